"""Raft membership of an OpenBao/Vault cluster and its autopilot settings (F27).

The peers are the Raft configuration read from the cluster, each with its health and
applied index from the autopilot state when the token may read it. Changes (remove,
promote, demote, join) are sent as they are asked: the what-if check is the window's
to show first (:mod:`adminui.core.peer_change`). Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from adminui.api.errors import VaultError
from adminui.api.vault_models import Ack, AutopilotConfig
from adminui.core.autopilot_rules import settings_from
from adminui.core.capability_rules import allows_all
from adminui.core.peer_change import Peer, PeerAction
from adminui.monitor.connection import ClusterConnection


@dataclass(frozen=True)
class Membership:
    """The peers as read, and why their health is unknown ('' when it is known)."""

    peers: list[Peer]
    health_problem: str = ""


@dataclass(frozen=True)
class PeerRights:
    """Whether the token may change the membership and the autopilot settings."""

    change: bool
    autopilot: bool


class AutopilotProblem(ValueError):
    """Typed settings that are not sent; ``problems`` are sentences."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems
        self.user_message = " ".join(problems)


class PeerService:
    """Reads and changes the Raft membership of ``connection``'s cluster."""

    def __init__(self, connection: ClusterConnection) -> None:
        self.connection = connection

    async def membership(self) -> Membership:
        async with self.connection.vault() as vault:
            configuration = await vault.raft.configuration()
            try:
                state = await vault.raft.autopilot_state()
            except VaultError as exc:
                state, problem = None, str(exc.user_message)
            else:
                problem = ""
        peers = []
        for server in configuration.servers:
            seen = state.server(server.node_id) if state is not None else None
            peers.append(
                Peer(
                    server.node_id,
                    server.address,
                    server.voter,
                    server.leader,
                    seen.healthy if seen is not None else None,
                    seen.last_index if seen is not None else None,
                )
            )
        return Membership(peers, problem)

    async def change(self, action: PeerAction, node_id: str) -> Ack:
        """Remove, promote or demote ``node_id`` (JOIN goes through :meth:`join`)."""
        async with self.connection.vault() as vault:
            if action is PeerAction.REMOVE:
                return await vault.raft.remove_peer(node_id)
            if action is PeerAction.PROMOTE:
                return await vault.raft.promote(node_id)
            if action is PeerAction.DEMOTE:
                return await vault.raft.demote(node_id)
        raise ValueError(f"not a change of an existing peer: {action}")

    async def join(
        self, node_url: str, leader_api_addr: str, *, ca_pem: str = "", non_voter: bool = False
    ) -> Ack:
        """Ask the new node at ``node_url`` to join the cluster through its leader. Read-only
        profiles refuse it like any change (the request goes to the new node, with no token)."""
        async with self.connection.vault(node=node_url) as vault:
            return await vault.raft.join(
                leader_api_addr, leader_ca_cert=ca_pem, non_voter=non_voter
            )

    async def autopilot(self) -> AutopilotConfig:
        async with self.connection.vault() as vault:
            return await vault.raft.autopilot_config()

    async def save_autopilot(self, texts: dict[str, str]) -> AutopilotConfig:
        """Check the typed settings, send them, and read them back."""
        settings, problems = settings_from(texts)
        if problems:
            raise AutopilotProblem(problems)
        async with self.connection.vault() as vault:
            await vault.raft.set_autopilot_config(settings)
            return await vault.raft.autopilot_config()

    async def rights(self) -> PeerRights:
        paths = [
            "sys/storage/raft/remove-peer",
            "sys/storage/raft/autopilot/configuration",
        ]
        async with self.connection.vault() as vault:
            caps = await vault.token.capabilities_self(paths)

        return PeerRights(
            change=allows_all(caps.of(paths[0]), {"update"}),
            autopilot=allows_all(caps.of(paths[1]), {"update"}),
        )
