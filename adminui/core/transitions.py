"""What changed between two snapshots of one cluster, as events a person cares about."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.quorum import QuorumState


class TransitionKind(StrEnum):
    LEADER_CHANGED = "leader_changed"
    LEADER_LOST = "leader_lost"
    TERM_CHANGED = "term_changed"
    NODE_DOWN = "node_down"
    NODE_UP = "node_up"
    NODE_SEALED = "node_sealed"
    NODE_UNSEALED = "node_unsealed"
    QUORUM_LOST = "quorum_lost"
    QUORUM_REGAINED = "quorum_regained"


@dataclass(frozen=True)
class Transition:
    kind: TransitionKind
    at: float
    node: str = ""
    before: str = ""
    after: str = ""

    def describe(self) -> str:
        texts = {
            TransitionKind.LEADER_CHANGED: f"Leader changed from {self.before or 'none'} "
            f"to {self.after}",
            TransitionKind.LEADER_LOST: f"No leader (was {self.before})",
            TransitionKind.TERM_CHANGED: f"Term {self.before} → {self.after}",
            TransitionKind.NODE_DOWN: f"{self.node} is unreachable",
            TransitionKind.NODE_UP: f"{self.node} is reachable again ({self.after})",
            TransitionKind.NODE_SEALED: f"{self.node} is sealed",
            TransitionKind.NODE_UNSEALED: f"{self.node} is unsealed ({self.after})",
            TransitionKind.QUORUM_LOST: "Quorum lost: not enough healthy nodes",
            TransitionKind.QUORUM_REGAINED: "Quorum regained",
        }
        return texts[self.kind]


def healthy(node: NodeState) -> bool:
    """Answering and unsealed: a voter that can take part in an election."""
    return node.role in (Role.LEADER, Role.FOLLOWER, Role.CANDIDATE)


def quorum_of(snapshot: Snapshot) -> QuorumState:
    """Quorum figures; nodes whose voter flag is unknown count as voters."""
    voters = [n for n in snapshot.nodes if n.voter is not False]
    return QuorumState(len(voters), sum(1 for n in voters if healthy(n)))


def _leader(snapshot: Snapshot) -> str:
    leaders = snapshot.leaders
    return leaders[0].url if len(leaders) == 1 else ""


def _term(snapshot: Snapshot) -> int | None:
    terms = [n.term for n in snapshot.nodes if n.term is not None]
    return max(terms) if terms else None


def diff(before: Snapshot | None, after: Snapshot) -> list[Transition]:
    """Transitions from ``before`` to ``after`` (none for the very first snapshot)."""
    if before is None:
        return []
    at = after.taken_at
    found: list[Transition] = []
    old_by_url = {n.url: n for n in before.nodes}
    for node in after.nodes:
        old = old_by_url.get(node.url)
        if old is None or old.role == node.role:
            continue
        if node.role is Role.UNREACHABLE:
            found.append(Transition(TransitionKind.NODE_DOWN, at, node.url, old.role, node.role))
        elif old.role is Role.UNREACHABLE:
            found.append(Transition(TransitionKind.NODE_UP, at, node.url, old.role, node.role))
        elif node.role is Role.SEALED:
            found.append(Transition(TransitionKind.NODE_SEALED, at, node.url, old.role, node.role))
        elif old.role is Role.SEALED:
            found.append(
                Transition(TransitionKind.NODE_UNSEALED, at, node.url, old.role, node.role)
            )
    old_leader, new_leader = _leader(before), _leader(after)
    if old_leader != new_leader:
        if new_leader:
            found.append(
                Transition(TransitionKind.LEADER_CHANGED, at, new_leader, old_leader, new_leader)
            )
        else:
            found.append(Transition(TransitionKind.LEADER_LOST, at, old_leader, old_leader, ""))
    old_term, new_term = _term(before), _term(after)
    if old_term is not None and new_term is not None and new_term != old_term:
        found.append(Transition(TransitionKind.TERM_CHANGED, at, "", str(old_term), str(new_term)))
    had, has = quorum_of(before).has_quorum, quorum_of(after).has_quorum
    if had and not has:
        found.append(Transition(TransitionKind.QUORUM_LOST, at))
    elif has and not had:
        found.append(Transition(TransitionKind.QUORUM_REGAINED, at))
    return found
