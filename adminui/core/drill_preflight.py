"""Preflight of a step-down or drill: is it safe to disturb this cluster now?

The monitor layer gathers :class:`ClusterFacts` from the live cluster; :func:`preflight`
turns them into named checks with one sentence each. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from adminui.core.drill import LAB_FAULTS, QUORUM_LOSS_FAULTS, Fault

#: A voter further behind the leader than this many log entries counts as lagging.
MAX_LAG_ENTRIES = 500
#: A voter the leader has not heard from for this long counts as lagging (autopilot's
#: own figure is refreshed lazily: ~3 s is normal on a healthy cluster).
MAX_CONTACT_S = 5.0


@dataclass(frozen=True)
class VoterFacts:
    """One voter as the leader (or the node itself) reports it."""

    node: str
    healthy: bool
    index_lag: int | None = None  # entries behind the leader
    last_contact_s: float | None = None


@dataclass(frozen=True)
class ClusterFacts:
    """What a preflight needs to know, gathered from the live cluster."""

    cluster: str
    leader: str = ""  # '' when no node leads
    nodes: int = 0
    answering: int = 0
    voters: tuple[VoterFacts, ...] = ()
    failure_tolerance: int | None = None  # None: the cluster does not say
    token_allowed: bool | None = None  # None: could not be checked
    token_detail: str = ""
    probe_ready: bool | None = None  # the scratch path for probes can be used
    probe_detail: str = ""
    can_inject: bool = False  # lab process control is available
    supports_step_down: bool = True


@dataclass(frozen=True)
class Check:
    """One preflight (or post-) check and its result in a sentence."""

    name: str
    ok: bool
    detail: str
    blocking: bool = True

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "blocking": self.blocking}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Check:
        return cls(
            str(data.get("name", "")),
            bool(data.get("ok")),
            str(data.get("detail", "")),
            bool(data.get("blocking", True)),
        )


#: Checks that can turn green by waiting (a new leader's autopilot needs a few seconds).
TRANSIENT_CHECKS = frozenset({"leader", "voters", "tolerance", "lag"})


@dataclass(frozen=True)
class Preflight:
    """The checks, and whether the action may go ahead."""

    checks: tuple[Check, ...] = field(default_factory=tuple)

    @property
    def passed(self) -> bool:
        return all(c.ok for c in self.checks if c.blocking)

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.blocking and not c.ok]

    @property
    def may_settle(self) -> bool:
        """Whether every failure is one that waiting may cure."""
        return all(c.name in TRANSIENT_CHECKS for c in self.failures)


def lagging(
    voters: Iterable[VoterFacts],
    max_lag: int = MAX_LAG_ENTRIES,
    max_contact_s: float = MAX_CONTACT_S,
) -> list[VoterFacts]:
    """Voters too far behind the leader, or not heard from recently."""
    return [
        v
        for v in voters
        if (v.index_lag is not None and v.index_lag > max_lag)
        or (v.last_contact_s is not None and v.last_contact_s > max_contact_s)
    ]


def preflight(facts: ClusterFacts, fault: Fault = Fault.STEP_DOWN) -> Preflight:
    """The checks for ``fault`` on a cluster described by ``facts``."""
    checks: list[Check] = []
    if facts.leader:
        checks.append(Check("leader", True, f"{facts.leader} is the active node."))
    else:
        checks.append(Check("leader", False, "No node is the leader right now."))

    unhealthy = [v.node for v in facts.voters if not v.healthy]
    if not facts.voters:
        checks.append(Check("voters", False, "The voters and their health could not be read."))
    elif unhealthy:
        checks.append(
            Check(
                "voters",
                False,
                f"{len(unhealthy)} of {len(facts.voters)} voters are not healthy: "
                + ", ".join(unhealthy)
                + ".",
            )
        )
    else:
        checks.append(Check("voters", True, f"All {len(facts.voters)} voters are healthy."))

    tolerance = facts.failure_tolerance
    needed = 1
    if tolerance is None:
        checks.append(Check("tolerance", False, "The failure tolerance could not be read."))
    elif tolerance < needed:
        checks.append(
            Check(
                "tolerance",
                False,
                f"Failure tolerance is {tolerance}: losing a node now would stop the cluster.",
            )
        )
    else:
        checks.append(Check("tolerance", True, f"Failure tolerance is {tolerance}."))

    behind = lagging(facts.voters)
    if behind:
        checks.append(
            Check(
                "lag",
                False,
                "Lagging behind the leader: "
                + ", ".join(_lag_text(v) for v in behind)
                + ". Wait until they catch up.",
            )
        )
    elif facts.voters:
        checks.append(Check("lag", True, "No voter is lagging behind the leader."))

    if facts.token_allowed is None:
        checks.append(
            Check("token", False, facts.token_detail or "The token's permissions are unknown.")
        )
    else:
        checks.append(
            Check(
                "token",
                facts.token_allowed,
                facts.token_detail
                or (
                    "The token may do this."
                    if facts.token_allowed
                    else "The token is not allowed to do this."
                ),
            )
        )

    if fault is Fault.STEP_DOWN and not facts.supports_step_down:
        checks.append(Check("fault", False, "This kind of cluster has no step-down operation."))
    if fault in LAB_FAULTS:
        checks.append(
            Check(
                "fault",
                facts.can_inject,
                "The lab can kill and restart nodes."
                if facts.can_inject
                else "Killing nodes is only possible in the local lab.",
            )
        )
    if fault in QUORUM_LOSS_FAULTS:
        checks.append(
            Check(
                "quorum loss",
                True,
                "This drill takes the cluster below quorum on purpose: writes will fail "
                "until the nodes are restored.",
                blocking=False,
            )
        )
    if facts.probe_ready is not None:
        checks.append(
            Check(
                "probes",
                facts.probe_ready,
                facts.probe_detail
                or (
                    "The scratch path for probes answers reads and writes."
                    if facts.probe_ready
                    else "The scratch path for probes cannot be used."
                ),
            )
        )
    return Preflight(tuple(checks))


def _lag_text(voter: VoterFacts) -> str:
    parts = []
    if voter.index_lag is not None and voter.index_lag > MAX_LAG_ENTRIES:
        parts.append(f"{voter.index_lag} entries behind")
    if voter.last_contact_s is not None and voter.last_contact_s > MAX_CONTACT_S:
        parts.append(f"last contact {voter.last_contact_s:.1f} s ago")
    return f"{voter.node} ({', '.join(parts)})"


def confirmation_phrase(cluster: str, node: str) -> str:
    """What the user must type to confirm an action on ``node`` of ``cluster``."""
    return f"{cluster}/{node}"
