"""Cluster-level OpenBao/Vault endpoints: health, leader, HA, seal, Raft, metrics.

These are root-only endpoints: they are always sent without a namespace header.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from adminui.api.errors import BadResponse
from adminui.api.transport import Streaming
from adminui.api.vault_base import ApiArea
from adminui.api.vault_models import (
    HEALTH_STATUS_ROLES,
    Ack,
    AutopilotConfig,
    AutopilotState,
    HaStatus,
    Health,
    InitResult,
    InitStatus,
    Leader,
    Metrics,
    RaftConfiguration,
    SealStatus,
)
from adminui.api.vault_parse import (
    parse_autopilot_config,
    parse_autopilot_state,
    parse_ha_status,
    parse_health,
    parse_init_result,
    parse_init_status,
    parse_leader,
    parse_raft_configuration,
    parse_seal_status,
)


class SysApi(ApiArea):
    """``sys/health``, ``sys/leader``, ``sys/ha-status``, seal/unseal, init, step-down."""

    async def health(self) -> Health:
        """The node's role from the status code; never raises for the role codes."""
        response = await self._call(
            "GET", "sys/health", accept=HEALTH_STATUS_ROLES.keys(), authenticated=False, root=True
        )
        body = response.json()
        if response.status == 503 and not (isinstance(body, dict) and body.get("sealed")):
            raise self.transport.error_for(response)
        try:
            return parse_health(response.status, body, response.node)
        except BadResponse as exc:
            raise response.bad(exc.detail) from None

    async def leader(self) -> Leader:
        """Who this node believes is the leader (a dead leader is still named)."""
        response = await self._call("GET", "sys/leader", authenticated=False, root=True)
        return self._parse(response, parse_leader)

    async def ha_status(self) -> HaStatus:
        """The HA members as seen by the active node."""
        return self._parse(await self._call("GET", "sys/ha-status", root=True), parse_ha_status)

    async def seal_status(self) -> SealStatus:
        response = await self._call("GET", "sys/seal-status", authenticated=False, root=True)
        return self._parse(response, parse_seal_status)

    async def init_status(self) -> InitStatus:
        response = await self._call("GET", "sys/init", authenticated=False, root=True)
        return self._parse(response, parse_init_status)

    async def init(self, secret_shares: int = 1, secret_threshold: int = 1) -> InitResult:
        """Initialise the node; the result holds the unseal keys and the root token."""
        response = await self._call(
            "PUT",
            "sys/init",
            json={"secret_shares": secret_shares, "secret_threshold": secret_threshold},
            authenticated=False,
            root=True,
        )
        return self._parse(response, parse_init_result)

    async def unseal(self, key: str) -> SealStatus:
        """Give the node one unseal key share."""
        response = await self._call(
            "PUT", "sys/unseal", json={"key": key}, authenticated=False, root=True
        )
        return self._parse(response, parse_seal_status)

    async def unseal_reset(self) -> SealStatus:
        """Forget the key shares this node was given so far (progress back to 0)."""
        response = await self._call(
            "PUT", "sys/unseal", json={"reset": True}, authenticated=False, root=True
        )
        return self._parse(response, parse_seal_status)

    async def seal(self) -> Ack:
        """Seal this node."""
        return self._ack(await self._call("PUT", "sys/seal", root=True))

    async def step_down(self) -> Ack:
        """Ask the active node to give up leadership (check afterwards that it moved)."""
        return self._ack(await self._call("PUT", "sys/step-down", root=True))

    async def metrics(self) -> Metrics:
        """Prometheus text from ``sys/metrics`` (needs telemetry with prometheus retention)."""
        response = await self._call(
            "GET", "sys/metrics", params={"format": "prometheus"}, root=True
        )
        content_type = response.headers.get("content-type", "")
        if "json" in content_type:
            raise response.bad("metrics came back as JSON, not Prometheus text")
        return Metrics(response.node, response.text)


class RaftApi(ApiArea):
    """Integrated storage: configuration, autopilot state, join."""

    async def configuration(self) -> RaftConfiguration:
        response = await self._call("GET", "sys/storage/raft/configuration", root=True)
        return self._parse(response, parse_raft_configuration)

    async def autopilot_state(self) -> AutopilotState:
        """Health, failure tolerance, voters and per-server term/index/last contact."""
        response = await self._call("GET", "sys/storage/raft/autopilot/state", root=True)
        return self._parse(response, parse_autopilot_state)

    async def join(
        self, leader_api_addr: str, *, leader_ca_cert: str = "", non_voter: bool = False
    ) -> Ack:
        """Ask this (uninitialised) node to join the cluster led by ``leader_api_addr``
        (``leader_ca_cert``: the PEM the leader's certificate is checked against)."""
        body: dict[str, object] = {"leader_api_addr": leader_api_addr}
        if leader_ca_cert:
            body["leader_ca_cert"] = leader_ca_cert
        if non_voter:
            body["non_voter"] = True
        response = await self._call(
            "PUT", "sys/storage/raft/join", json=body, authenticated=False, root=True
        )
        body = response.json()
        if not (isinstance(body, dict) and body.get("joined") is True):
            raise response.bad("the node did not report that it joined")
        return Ack(response.node, response.status)

    async def remove_peer(self, server_id: str) -> Ack:
        """Take ``server_id`` out of the Raft configuration."""
        return await self._peer_call("remove-peer", server_id)

    async def promote(self, server_id: str) -> Ack:
        """Make the non-voter ``server_id`` a voter."""
        return await self._peer_call("promote", server_id)

    async def demote(self, server_id: str) -> Ack:
        """Make the voter ``server_id`` a non-voter."""
        return await self._peer_call("demote", server_id)

    async def _peer_call(self, action: str, server_id: str) -> Ack:
        response = await self._call(
            "POST", f"sys/storage/raft/{action}", json={"server_id": server_id}, root=True
        )
        return self._ack(response)

    async def autopilot_config(self) -> AutopilotConfig:
        response = await self._call("GET", "sys/storage/raft/autopilot/configuration", root=True)
        return self._parse(response, parse_autopilot_config)

    async def set_autopilot_config(self, settings: dict[str, object]) -> Ack:
        """Change the autopilot settings named in ``settings`` (the server's field names;
        durations as Go duration text such as ``10s``)."""
        response = await self._call(
            "POST", "sys/storage/raft/autopilot/configuration", json=settings, root=True
        )
        return self._ack(response)

    async def save_snapshot(self, sink: Callable[[bytes], None]) -> Ack:
        """Stream a snapshot of the whole Raft store to ``sink``, chunk by chunk (the
        active node answers; a standby forwards the request to it)."""
        response = await self._call(
            "GET", "sys/storage/raft/snapshot", root=True, streaming=Streaming(sink=sink)
        )
        return Ack(response.node, response.status)

    async def restore_snapshot(
        self, chunks: Callable[[], AsyncIterator[bytes]], *, force: bool = False
    ) -> Ack:
        """Replace the whole Raft store with the snapshot read from ``chunks``.

        ``force``: restore a snapshot taken on another cluster (other unseal keys); the
        plain restore refuses one whose keys differ.
        """
        path = "sys/storage/raft/snapshot-force" if force else "sys/storage/raft/snapshot"
        response = await self._call("POST", path, root=True, streaming=Streaming(body=chunks))
        return Ack(response.node, response.status)
