"""Quorum arithmetic for a Raft cluster, and the warnings a person should see."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from adminui.core.sentence import Sentence


class QuorumWarning(StrEnum):
    EVEN_VOTERS = "even_voters"
    NO_TOLERANCE = "no_tolerance"
    QUORUM_LOST = "quorum_lost"


#: What each warning means for the cluster (the quorum panel shows these).
WARNING_TEXT = {
    QuorumWarning.EVEN_VOTERS: Sentence(
        "Even number of voters: one more voter adds no failure tolerance, and a split "
        "into halves leaves neither side a majority. Use an odd number."
    ),
    QuorumWarning.NO_TOLERANCE: Sentence(
        "Failure tolerance is 0: losing one more voter stops the cluster from "
        "electing a leader and accepting writes."
    ),
    QuorumWarning.QUORUM_LOST: Sentence(
        "Quorum lost: not enough healthy nodes to elect a leader or accept writes. "
        "Bring voters back until a majority of them is healthy."
    ),
}


def quorum_size(voters: int) -> int:
    """Votes needed for a majority: floor(n/2) + 1 (0 for an empty cluster)."""
    return voters // 2 + 1 if voters > 0 else 0


@dataclass(frozen=True)
class QuorumState:
    """Quorum figures for ``voters`` voters of which ``healthy`` answer."""

    voters: int
    healthy: int

    @property
    def quorum(self) -> int:
        return quorum_size(self.voters)

    @property
    def has_quorum(self) -> bool:
        return self.voters > 0 and self.healthy >= self.quorum

    @property
    def design_tolerance(self) -> int:
        """How many voters the cluster could lose when all are healthy."""
        return max(0, self.voters - self.quorum)

    @property
    def tolerance_now(self) -> int:
        """How many more voters can fail right now before quorum is lost."""
        return max(0, self.healthy - self.quorum)

    @property
    def warnings(self) -> list[QuorumWarning]:
        found = []
        if self.voters > 0 and self.voters % 2 == 0:
            found.append(QuorumWarning.EVEN_VOTERS)
        if not self.has_quorum:
            found.append(QuorumWarning.QUORUM_LOST)
        elif self.tolerance_now == 0:
            found.append(QuorumWarning.NO_TOLERANCE)
        return found
