"""Gather what a preflight needs from a live cluster (see adminui.core.drill_preflight)."""

from __future__ import annotations

from adminui.api import errors
from adminui.api.kuma import KumaClient, KumaError, KumaTimeouts
from adminui.api.vault import VaultClient
from adminui.api.vault_models import AutopilotState
from adminui.core.cluster import ClusterKind, Role, Snapshot
from adminui.core.drill import Fault
from adminui.core.drill_preflight import ClusterFacts, VoterFacts
from adminui.core.quorum import QuorumState
from adminui.core.sentence import Sentence
from adminui.monitor.clients import kuma_client
from adminui.monitor.cluster_monitor import PROBE_TIMEOUTS
from adminui.profiles.store import Profile

_SERVING = (Role.LEADER, Role.FOLLOWER)
#: Capabilities that let a token call sys/step-down.
STEP_DOWN_CAPABILITIES = frozenset({"update", "sudo", "root"})


def _openbao_voters(state: AutopilotState) -> tuple[VoterFacts, ...]:
    leader = state.server(state.leader)
    leader_index = leader.last_index if leader else None
    voters = []
    for server in state.servers:
        if server.status not in ("leader", "voter"):
            continue
        lag = None
        if leader_index is not None and server.last_index is not None:
            lag = max(0, leader_index - server.last_index)
        voters.append(
            VoterFacts(
                server.name or server.id,
                server.healthy and server.node_status in ("alive", ""),
                lag,
                None if server.status == "leader" else server.last_contact,
            )
        )
    return tuple(voters)


async def openbao_facts(
    profile_name: str,
    snapshot: Snapshot,
    client_for: VaultClient,
    fault: Fault,
    *,
    can_inject: bool = False,
    read_only: bool = False,
) -> ClusterFacts:
    """Facts of an OpenBao/Vault cluster, asking its leader (``client_for``)."""
    leader = snapshot.leader
    base = ClusterFacts(
        profile_name,
        leader.url if leader else "",
        len(snapshot.nodes),
        sum(1 for n in snapshot.nodes if n.role in (*_SERVING, Role.CANDIDATE)),
        can_inject=can_inject,
    )
    if leader is None:
        return base
    voters: tuple[VoterFacts, ...] = ()
    tolerance = None
    try:
        state = await client_for.raft.autopilot_state()
        voters, tolerance = _openbao_voters(state), state.failure_tolerance
    except errors.VaultError:
        pass
    allowed: bool | None
    detail: str
    if read_only:
        allowed = False
        detail = Sentence("The profile is read-only: drills and step-down are disabled.")
    elif fault is Fault.STEP_DOWN:
        try:
            caps = await client_for.token.capabilities_self(["sys/step-down"])
        except errors.VaultError as exc:
            allowed = None
            detail = Sentence("The token's permissions could not be read: {0}", exc.user_message)
        else:
            granted = set(caps.of("sys/step-down"))
            allowed = bool(granted & STEP_DOWN_CAPABILITIES)
            detail = (
                Sentence("The token may call sys/step-down.")
                if allowed
                else Sentence(
                    "The token may not call sys/step-down (it needs the update capability)."
                )
            )
    else:
        allowed, detail = True, Sentence("The token will be checked by the probes' first write.")
    return ClusterFacts(
        profile_name,
        leader.url,
        base.nodes,
        base.answering,
        voters,
        tolerance,
        allowed,
        detail,
        can_inject=can_inject,
    )


async def core_facts(
    profile_name: str,
    snapshot: Snapshot,
    client: KumaClient,
    *,
    can_inject: bool = False,
    read_only: bool = False,
) -> ClusterFacts:
    """Facts of a KUMA Core cluster, from its Raft health snapshot and one service list."""
    leader = snapshot.leader
    voters = []
    for node in snapshot.nodes:
        lag = None
        if leader and leader.commit_index is not None and node.applied_index is not None:
            lag = max(0, leader.commit_index - node.applied_index)
        voters.append(VoterFacts(node.url, node.role in _SERVING, lag))
    serving = sum(1 for n in snapshot.nodes if n.role in _SERVING)
    tolerance = QuorumState(len(snapshot.nodes), serving).tolerance_now if leader else 0
    allowed: bool | None
    detail: str
    if read_only:
        allowed, detail = False, Sentence("The profile is read-only: drills are disabled.")
    else:
        try:
            await client.list_services()
            allowed = True
            detail = Sentence("The token may list services (KUMA has no capability query).")
        except KumaError as exc:
            allowed, detail = False, Sentence("The token could not list services: {0}", str(exc))
    return ClusterFacts(
        profile_name,
        leader.url if leader else "",
        len(snapshot.nodes),
        sum(1 for n in snapshot.nodes if n.role in (*_SERVING, Role.CANDIDATE)),
        tuple(voters),
        tolerance,
        allowed,
        detail,
        can_inject=can_inject,
        supports_step_down=False,
    )


def probe_kuma_client(profile: Profile, token: str | None, url: str) -> KumaClient:
    """A Core client for ``url`` with the probes' short timeouts."""
    return kuma_client(
        profile,
        token,
        url,
        timeouts=KumaTimeouts(connect=PROBE_TIMEOUTS.connect, read=PROBE_TIMEOUTS.read),
    )


__all__ = ["ClusterKind", "core_facts", "openbao_facts", "probe_kuma_client"]
