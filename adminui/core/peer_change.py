"""What a change of Raft membership does to quorum, before it is made (F27).

Removing, promoting or demoting a peer, or joining a node, changes how many voters
there are and how many of them are healthy. :func:`what_if` works out voters, quorum and
failure tolerance before and after, and says what would need a second confirmation: a
change that loses quorum, or one that leaves an even number of voters. Removing the
leader is refused outright (step it down first).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from adminui.core.quorum import QuorumState
from adminui.core.sentence import Sentence


class PeerAction(StrEnum):
    REMOVE = "remove"
    PROMOTE = "promote"
    DEMOTE = "demote"
    JOIN = "join"


@dataclass(frozen=True)
class Peer:
    """One server of the Raft configuration, with its health when autopilot says it
    (``healthy`` None: not known, counted as healthy and said so)."""

    node_id: str
    address: str = ""
    voter: bool = True
    leader: bool = False
    healthy: bool | None = None
    last_index: int | None = None


def quorum_of(peers: list[Peer]) -> QuorumState:
    voters = [p for p in peers if p.voter]
    return QuorumState(len(voters), sum(1 for p in voters if p.healthy is not False))


@dataclass(frozen=True)
class WhatIf:
    """A membership change and its effect; ``refused`` says why it cannot be made at
    all, ``risks`` what needs a second confirmation."""

    action: PeerAction
    node_id: str
    before: QuorumState
    after: QuorumState
    refused: str = ""
    health_unknown: bool = False

    @property
    def risks(self) -> list[str]:
        found: list[str] = []
        if self.before.has_quorum and not self.after.has_quorum:
            found.append(
                Sentence(
                    "After this change {0} of {1} voters are healthy and {2} are needed: "
                    "the cluster loses quorum and stops accepting writes.",
                    self.after.healthy,
                    self.after.voters,
                    self.after.quorum,
                )
            )
        if self.after.voters > 0 and self.after.voters % 2 == 0:
            found.append(
                Sentence(
                    "It leaves an even number of voters ({0}): one fewer tolerates as "
                    "many failures, and a split into halves leaves neither side a majority.",
                    self.after.voters,
                )
            )
        return found

    @property
    def needs_second_confirmation(self) -> bool:
        return bool(self.risks)

    @property
    def lines(self) -> list[str]:
        """Before → after, one figure per line."""
        lines: list[str] = [
            Sentence("Voters: {0} → {1}", self.before.voters, self.after.voters),
            Sentence("Quorum (votes needed): {0} → {1}", self.before.quorum, self.after.quorum),
            Sentence(
                "Failure tolerance now: {0} → {1}",
                self.before.tolerance_now,
                self.after.tolerance_now,
            ),
        ]
        if self.health_unknown:
            lines.append(
                Sentence(
                    "Health of the voters is not known (autopilot could not be read): "
                    "every voter is counted as healthy."
                )
            )
        return lines


def what_if(peers: list[Peer], action: PeerAction, node_id: str) -> WhatIf:
    """The effect of ``action`` on ``node_id`` (for JOIN: a new node's name)."""
    before = quorum_of(peers)
    unknown = any(p.voter and p.healthy is None for p in peers)
    target = next((p for p in peers if p.node_id == node_id), None)
    refused = ""
    after_peers = list(peers)
    if action is PeerAction.JOIN:
        if target is not None:
            refused = Sentence("{0} is already a member of the cluster.", node_id)
        else:
            # A new node joins as a non-voter; autopilot makes it a voter once stable.
            after_peers.append(Peer(node_id, voter=True, healthy=True))
    elif target is None:
        refused = Sentence("{0} is not a member of the cluster.", node_id)
    elif action is PeerAction.REMOVE:
        if target.leader:
            refused = Sentence(
                "{0} leads the cluster: step it down first, then remove it.", node_id
            )
        after_peers.remove(target)
    elif action is PeerAction.PROMOTE:
        if target.voter:
            refused = Sentence("{0} is already a voter.", node_id)
        after_peers[after_peers.index(target)] = replace(target, voter=True)
    elif action is PeerAction.DEMOTE:
        if not target.voter:
            refused = Sentence("{0} is not a voter.", node_id)
        elif target.leader:
            refused = Sentence("{0} leads the cluster: step it down first.", node_id)
        after_peers[after_peers.index(target)] = replace(target, voter=False)
    return WhatIf(action, node_id, before, quorum_of(after_peers), refused, unknown)
