"""Preflight of a step-down or drill: is it safe to disturb this cluster now?

The monitor layer gathers :class:`ClusterFacts` from the live cluster; :func:`preflight`
turns them into named checks with one sentence each. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from adminui.core.drill import LAB_FAULTS, QUORUM_LOSS_FAULTS, Fault
from adminui.core.sentence import Sentence, from_json, json_value

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


#: What each check is called where checks are listed (the name itself is a key).
CHECK_TITLES = {
    "leader": Sentence("leader"),
    "voters": Sentence("voters"),
    "tolerance": Sentence("tolerance"),
    "lag": Sentence("lag"),
    "token": Sentence("token"),
    "fault": Sentence("fault"),
    "quorum loss": Sentence("quorum loss"),
    "probes": Sentence("probes"),
    "all nodes back": Sentence("all nodes back"),
    "one leader": Sentence("one leader"),
    "term advanced": Sentence("term advanced"),
    "writes succeed": Sentence("writes succeed"),
}


@dataclass(frozen=True)
class Check:
    """One preflight (or post-) check and its result in a sentence.

    ``name`` is a key (see :data:`CHECK_TITLES` for how it is shown); ``detail`` is
    usually a :class:`~adminui.core.sentence.Sentence`.
    """

    name: str
    ok: bool
    detail: str
    blocking: bool = True

    @property
    def title(self) -> str:
        """The check's name, for people."""
        return CHECK_TITLES.get(self.name, self.name)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ok": self.ok,
            "detail": json_value(self.detail),
            "blocking": self.blocking,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Check:
        return cls(
            str(data.get("name", "")),
            bool(data.get("ok")),
            from_json(data.get("detail", "")),
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
        checks.append(Check("leader", True, Sentence("{0} is the active node.", facts.leader)))
    else:
        checks.append(Check("leader", False, Sentence("No node is the leader right now.")))

    unhealthy = [v.node for v in facts.voters if not v.healthy]
    if not facts.voters:
        checks.append(
            Check("voters", False, Sentence("The voters and their health could not be read."))
        )
    elif unhealthy:
        checks.append(
            Check(
                "voters",
                False,
                Sentence(
                    "{0} of {1} voters are not healthy: {2}.",
                    len(unhealthy),
                    len(facts.voters),
                    unhealthy,
                ),
            )
        )
    else:
        checks.append(
            Check("voters", True, Sentence("All {0} voters are healthy.", len(facts.voters)))
        )

    tolerance = facts.failure_tolerance
    needed = 1
    if tolerance is None:
        checks.append(
            Check("tolerance", False, Sentence("The failure tolerance could not be read."))
        )
    elif tolerance < needed:
        checks.append(
            Check(
                "tolerance",
                False,
                Sentence(
                    "Failure tolerance is {0}: losing a node now would stop the cluster.",
                    tolerance,
                ),
            )
        )
    else:
        checks.append(Check("tolerance", True, Sentence("Failure tolerance is {0}.", tolerance)))

    behind = lagging(facts.voters)
    if behind:
        checks.append(
            Check(
                "lag",
                False,
                Sentence(
                    "Lagging behind the leader: {0}. Wait until they catch up.",
                    [_lag_text(v) for v in behind],
                ),
            )
        )
    elif facts.voters:
        checks.append(Check("lag", True, Sentence("No voter is lagging behind the leader.")))

    if facts.token_allowed is None:
        checks.append(
            Check(
                "token",
                False,
                facts.token_detail or Sentence("The token's permissions are unknown."),
            )
        )
    else:
        checks.append(
            Check(
                "token",
                facts.token_allowed,
                facts.token_detail
                or (
                    Sentence("The token may do this.")
                    if facts.token_allowed
                    else Sentence("The token is not allowed to do this.")
                ),
            )
        )

    if fault is Fault.STEP_DOWN and not facts.supports_step_down:
        checks.append(
            Check("fault", False, Sentence("This kind of cluster has no step-down operation."))
        )
    if fault in LAB_FAULTS:
        checks.append(
            Check(
                "fault",
                facts.can_inject,
                Sentence("The lab can kill and restart nodes.")
                if facts.can_inject
                else Sentence("Killing nodes is only possible in the local lab."),
            )
        )
    if fault in QUORUM_LOSS_FAULTS:
        checks.append(
            Check(
                "quorum loss",
                True,
                Sentence(
                    "This drill takes the cluster below quorum on purpose: writes will fail "
                    "until the nodes are restored."
                ),
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
                    Sentence("The scratch path for probes answers reads and writes.")
                    if facts.probe_ready
                    else Sentence("The scratch path for probes cannot be used.")
                ),
            )
        )
    return Preflight(tuple(checks))


def _lag_text(voter: VoterFacts) -> Sentence:
    """How far ``voter`` (one that :func:`lagging` found) is behind."""
    behind = voter.index_lag is not None and voter.index_lag > MAX_LAG_ENTRIES
    silent = voter.last_contact_s is not None and voter.last_contact_s > MAX_CONTACT_S
    if behind and silent:
        return Sentence(
            "{0} ({1} entries behind, last contact {2:.1f} s ago)",
            voter.node,
            voter.index_lag,
            voter.last_contact_s,
        )
    if behind:
        return Sentence("{0} ({1} entries behind)", voter.node, voter.index_lag)
    return Sentence("{0} (last contact {1:.1f} s ago)", voter.node, voter.last_contact_s or 0.0)


def confirmation_phrase(cluster: str, node: str) -> str:
    """What the user must type to confirm an action on ``node`` of ``cluster``."""
    return f"{cluster}/{node}"
