"""The live engine for one cluster: a Snapshot per tick and what changed since the last.

Runs on the asyncio loop (no Qt). Each tick costs at most one request timeout, whatever
the nodes do; the caller decides the interval.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from adminui.api.kuma import KumaClient, KumaTimeouts
from adminui.api.transport import RetryPolicy, Timeouts, VaultTransport
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind, Snapshot
from adminui.core.transitions import Transition, diff
from adminui.monitor.clients import kuma_client, vault_client
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.core_watch import CoreWatch
from adminui.monitor.openbao_watch import OpenBaoWatch

#: Probes must be quick to give up: a hung node costs one of these per tick.
PROBE_TIMEOUTS = Timeouts(connect=0.5, read=1.5, total=2.0)
NO_RETRY = RetryPolicy(max_attempts=1)
#: Closing waits for a look in flight at most this long (a look is bounded by the
#: probe timeouts above).
CLOSE_WAIT_STEP_S = 0.05
CLOSE_WAIT_STEPS = 60


@dataclass(frozen=True)
class Tick:
    """One observation of a cluster."""

    snapshot: Snapshot
    transitions: list[Transition] = field(default_factory=list)


class ClusterMonitor:
    """Watches one cluster; create, use and close it on one asyncio loop."""

    def __init__(self, connection: ClusterConnection) -> None:
        """Watch ``connection``'s cluster as its profile is now, with whatever token the
        connection holds at each look (a sign-in or renewal needs no new monitor; a look
        never waits for a sign-in: health is read without one)."""
        profile = self.profile = connection.profile
        self._busy = 0  # looks in flight
        #: Called (on the loop) when a node closes a kept-alive connection between two
        #: looks: a node stopped or killed is noticed then, before any look or pulse.
        self.on_connection_lost: Callable[[], None] | None = None
        self._last: Snapshot | None = None
        self._vaults: dict[str, VaultClient] = {}
        self._kuma: KumaClient | None = None
        spec = profile.spec()
        if profile.kind is ClusterKind.OPENBAO:
            self._vaults = {
                url: vault_client(
                    profile, None, url, timeouts=PROBE_TIMEOUTS, retry=NO_RETRY, read_only=True
                )
                for url in profile.node_urls
            }
            for client in self._vaults.values():
                client.transport.token_source = lambda: connection.token
                self._notice_losses(client.transport)
            self._watch: OpenBaoWatch | CoreWatch = OpenBaoWatch(spec, self._vaults)
        else:
            self._kuma = kuma_client(
                profile,
                None,
                profile.node_urls[0],
                timeouts=KumaTimeouts(connect=0.5, read=1.5),
                retry=NO_RETRY,
                read_only=True,
            )
            self._kuma.transport.token_source = lambda: connection.token
            self._notice_losses(self._kuma.transport)
            self._watch = CoreWatch(spec, self._kuma)

    def _notice_losses(self, transport: VaultTransport) -> None:
        if transport.lean is not None:
            transport.lean.on_lost = self._connection_lost

    def _connection_lost(self, _origin: object) -> None:
        if self.on_connection_lost is not None:
            self.on_connection_lost()

    @property
    def last(self) -> Snapshot | None:
        return self._last

    async def tick(self) -> Tick:
        self._busy += 1
        try:
            snapshot = await self._watch.look()
        finally:
            self._busy -= 1
        transitions = diff(self._last, snapshot)
        self._last = snapshot
        return Tick(snapshot, transitions)

    async def pulse(self) -> bool:
        """One cheap request between looks: True while the leader of the last look still
        leads (False: look again now; so is a cluster without a known leader)."""
        leader = self._last.leader if self._last is not None else None
        if leader is None:
            return False
        self._busy += 1
        try:
            return await self._watch.still_leads(leader.url)
        finally:
            self._busy -= 1

    async def aclose(self) -> None:
        """Close the clients once the look in flight (if any) has ended: closing them
        under a connection being made would leave its socket behind."""
        for _ in range(CLOSE_WAIT_STEPS):
            if not self._busy:
                break
            await asyncio.sleep(CLOSE_WAIT_STEP_S)
        for client in self._vaults.values():
            await client.aclose()
        if self._kuma is not None:
            await self._kuma.aclose()
