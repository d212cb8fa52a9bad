"""What changed between two snapshots of one cluster, as events a person cares about."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from adminui.core.cluster import NodeState, Role, Snapshot, role_name
from adminui.core.quorum import QuorumState
from adminui.core.sentence import Sentence


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
    MEMBER_ADDED = "member_added"  # a Core service was registered (not started yet)
    MEMBER_JOINED = "member_joined"  # a Core service's node started and joined
    MEMBER_LEFT = "member_left"  # a Core service was removed


@dataclass(frozen=True)
class Transition:
    kind: TransitionKind
    at: float
    node: str = ""
    before: str = ""
    after: str = ""
    #: (URL, name) of the nodes the event mentions, to say them by name.
    names: tuple[tuple[str, str], ...] = ()

    def _name(self, url: str) -> str:
        return dict(self.names).get(url, url)

    def describe(self) -> str:
        """The event as a sentence (English text; the interface shows it translated)."""
        kind = self.kind
        node, before, after = self._name(self.node), self._name(self.before), self._name(self.after)
        if kind is TransitionKind.LEADER_CHANGED:
            if not self.before:
                return Sentence("Leader changed from none to {0}", after)
            return Sentence("Leader changed from {0} to {1}", before, after)
        if kind is TransitionKind.LEADER_LOST:
            return Sentence("No leader (was {0})", before)
        if kind is TransitionKind.TERM_CHANGED:
            return Sentence("Term {0} → {1}", self.before, self.after)
        if kind is TransitionKind.NODE_DOWN:
            return Sentence("{0} is unreachable", node)
        if kind is TransitionKind.NODE_UP:
            return Sentence("{0} is reachable again ({1})", node, role_name(self.after))
        if kind is TransitionKind.NODE_SEALED:
            return Sentence("{0} is sealed", node)
        if kind is TransitionKind.NODE_UNSEALED:
            return Sentence("{0} is unsealed ({1})", node, role_name(self.after))
        if kind is TransitionKind.QUORUM_LOST:
            return Sentence("Quorum lost: not enough healthy nodes")
        if kind is TransitionKind.MEMBER_ADDED:
            return Sentence(
                "Core service {0} added (ID {1}); not started yet", self.node, self.after
            )
        if kind is TransitionKind.MEMBER_JOINED:
            return Sentence("Core service {0} joined the cluster (ID {1})", self.node, self.after)
        if kind is TransitionKind.MEMBER_LEFT:
            return Sentence("Core service {0} left the cluster (ID {1})", self.node, self.before)
        return Sentence("Quorum regained")


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
    if not (before.replicated and after.replicated):
        return _named(found, before, after)  # one node without Raft: no quorum to lose
    had, has = quorum_of(before).has_quorum, quorum_of(after).has_quorum
    if had and not has:
        found.append(Transition(TransitionKind.QUORUM_LOST, at))
    elif has and not had:
        found.append(Transition(TransitionKind.QUORUM_REGAINED, at))
    return _named(found, before, after)


def _named(found: list[Transition], before: Snapshot, after: Snapshot) -> list[Transition]:
    """``found`` with the names of the nodes each event mentions."""
    names = {n.url: n.label for n in (*before.nodes, *after.nodes)}
    return [
        replace(
            t,
            names=tuple(
                (u, names[u]) for u in dict.fromkeys((t.node, t.before, t.after)) if u in names
            ),
        )
        for t in found
    ]
