"""Client probes made during a drill: one read and one write, as an application would.

* OpenBao/Vault: KV v2 at mount ``adminui-drill-kv`` in namespace ``adminui-drill``
  (both created when missing), one scratch secret per drill.
* KUMA Core: a read is ``list_services``; a write creates a service of kind "agent"
  and deletes it again.

Each probe goes to the node believed to lead (``leader()``), or to the next node after
a failure — the console follows the leader. It records success, latency and the node.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

from adminui.api import errors
from adminui.api.kuma import KumaClient, KumaError, KumaTimeouts, ServiceFilter
from adminui.api.transport import RetryPolicy, Timeouts
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind
from adminui.core.drill import ProbeKind, ProbeSample
from adminui.profiles.store import Profile

DRILL_NAMESPACE = "adminui-drill"
DRILL_MOUNT = "adminui-drill-kv"
PROBE_SERVICE_PREFIX = "adminui-drill-"
#: A probe that takes longer than this counts as failed: a client would have given up.
PROBE_TIMEOUTS = Timeouts(connect=0.5, read=1.0, total=1.0)
_NO_RETRY = RetryPolicy(max_attempts=1)

T = TypeVar("T")
Clock = Callable[[], float]
LeaderHint = Callable[[], str]


class Probes(Protocol):
    """What the drill runner needs from a probe set."""

    async def setup(self) -> None: ...

    async def probe(self, kind: ProbeKind) -> ProbeSample: ...

    async def teardown(self) -> None: ...

    async def aclose(self) -> None: ...


class _Targets:
    """Which node the next probe goes to: the leader if known, else round robin."""

    def __init__(self, urls: tuple[str, ...], leader: LeaderHint) -> None:
        self.urls = urls
        self.leader = leader
        self._next = 0

    def pick(self) -> str:
        hint = self.leader()
        if hint in self.urls:
            return hint
        return self.urls[self._next % len(self.urls)]

    def failed(self, url: str) -> None:
        if url in self.urls:
            self._next = self.urls.index(url) + 1


def _error_text(exc: Exception) -> str:
    """What went wrong, as the API layer words it (a Sentence stays one)."""
    message = getattr(exc, "user_message", "")
    return message if isinstance(message, str) and message else exc.__class__.__name__


class OpenBaoProbes:
    """KV v2 reads and writes in the drill namespace."""

    def __init__(
        self,
        profile: Profile,
        token: str | None,
        drill_id: str,
        leader: LeaderHint,
        *,
        clock: Clock = time.time,
    ) -> None:
        self.profile = profile
        self.path = f"probe/{drill_id}"
        self.clock = clock
        self._targets = _Targets(profile.node_urls, leader)
        self._token = token
        self._clients = {
            url: VaultClient.connect(
                url,
                token=token,
                namespace=DRILL_NAMESPACE,
                timeouts=PROBE_TIMEOUTS,
                retry=_NO_RETRY,
                ca_bundle=profile.ca_bundle or None,
                insecure=profile.insecure,
                read_only=profile.read_only,
            )
            for url in profile.node_urls
        }
        self._seq = 0

    async def setup(self) -> None:
        """Create the namespace and the KV v2 mount when missing, then write once.

        Raises the API error when that is impossible (read-only, no permission…).
        """
        leader = self._targets.pick()
        async with VaultClient.connect(
            leader,
            token=self._token,
            ca_bundle=self.profile.ca_bundle or None,
            insecure=self.profile.insecure,
            read_only=self.profile.read_only,
        ) as root:
            try:
                await root.namespaces.read(DRILL_NAMESPACE)
            except errors.NotFound:
                await root.namespaces.create(
                    DRILL_NAMESPACE, {"purpose": "adminui failover drills"}
                )
            child = root.with_namespace(DRILL_NAMESPACE)
            mounts = await _retry(child.mounts.list, 5.0)
            if f"{DRILL_MOUNT}/" not in {m.path for m in mounts.mounts}:
                await child.mounts.enable(
                    DRILL_MOUNT, "kv", description="adminui drill probes", options={"version": "2"}
                )
            # A fresh KV v2 mount refuses writes until its upgrade finished.
            kv = child.kv(DRILL_MOUNT)
            await _retry(lambda: kv.write(self.path, {"seq": 0}), 10.0)

    async def probe(self, kind: ProbeKind) -> ProbeSample:
        url = self._targets.pick()
        client = self._clients[url]
        sent = self.clock()
        started = time.monotonic()
        try:
            if kind is ProbeKind.READ:
                secret = await client.kv(DRILL_MOUNT).read(self.path)
                node = secret.node
            else:
                self._seq += 1
                await client.kv(DRILL_MOUNT).write(self.path, {"seq": self._seq, "at": sent})
                node = url
        except (errors.VaultError, OSError) as exc:
            self._targets.failed(url)
            return ProbeSample(sent, kind, False, time.monotonic() - started, url, _error_text(exc))
        return ProbeSample(sent, kind, True, time.monotonic() - started, node)

    async def teardown(self) -> None:
        """Remove the drill's scratch secret (the namespace and mount stay for next time)."""
        for url in (self._targets.pick(), *self.profile.node_urls):
            try:
                await self._clients[url].kv(DRILL_MOUNT).delete_all(self.path)
                return
            except errors.VaultError:
                continue

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


async def _retry(call: Callable[[], Awaitable[T]], within: float) -> T:
    """``call()`` until it succeeds, for at most ``within`` seconds (the last error wins).

    Right after a namespace or mount is created, standbys may not know it yet.
    """
    deadline = time.monotonic() + within
    while True:
        try:
            return await call()
        except (errors.NotFound, errors.BadRequest, errors.Standby, errors.ServerError):
            if time.monotonic() >= deadline:
                raise
            await asyncio.sleep(0.2)


class CoreProbes:
    """Service reads (list) and writes (create an "agent" service, then delete it)."""

    def __init__(
        self,
        profile: Profile,
        token: str | None,
        drill_id: str,
        leader: LeaderHint,
        *,
        clock: Clock = time.time,
    ) -> None:
        self.profile = profile
        self.drill_id = drill_id
        self.clock = clock
        self._targets = _Targets(profile.node_urls, leader)
        verify: object = True
        if profile.insecure:
            verify = False
        elif profile.ca_bundle:
            verify = profile.ca_bundle
        self._clients = {
            url: KumaClient(
                url, token or "", verify=verify, timeouts=KumaTimeouts(connect=0.5, read=1.0)
            )
            for url in profile.node_urls
        }
        self._seq = 0
        self._leftovers: set[str] = set()

    @property
    def _prefix(self) -> str:
        return f"{PROBE_SERVICE_PREFIX}{self.drill_id[:12]}-"

    async def setup(self) -> None:
        """Check that the token may list services (raises the API error otherwise)."""
        await self._clients[self._targets.pick()].list_services(ServiceFilter(kinds=("agent",)))

    async def probe(self, kind: ProbeKind) -> ProbeSample:
        url = self._targets.pick()
        client = self._clients[url]
        sent = self.clock()
        started = time.monotonic()
        try:
            if kind is ProbeKind.READ:
                await client.list_services(ServiceFilter(kinds=("agent",)))
            else:
                self._seq += 1
                service = await client.create_service(
                    "adminui-drill",
                    kind="agent",
                    name=f"{self._prefix}{self._seq}",
                    fqdn=f"drill-{self._seq}.adminui.invalid",
                )
                self._leftovers.add(service.id)
                await client.delete_service(service.id)
                self._leftovers.discard(service.id)
        except (KumaError, OSError) as exc:
            self._targets.failed(url)
            return ProbeSample(sent, kind, False, time.monotonic() - started, url, str(exc))
        return ProbeSample(sent, kind, True, time.monotonic() - started, url)

    async def teardown(self) -> None:
        """Delete probe services a failed write left behind."""
        client = self._clients[self._targets.pick()]
        try:
            services = await client.list_services(ServiceFilter(kinds=("agent",)))
        except KumaError:
            services = []
        ids = self._leftovers | {s.id for s in services if s.name.startswith(self._prefix)}
        for sid in ids:
            try:
                await client.delete_service(sid)
            except KumaError:
                continue
        self._leftovers.clear()

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


def make_probes(
    profile: Profile, token: str | None, drill_id: str, leader: LeaderHint, clock: Clock
) -> Probes:
    """The probe set for ``profile``'s kind of cluster."""
    if profile.kind is ClusterKind.OPENBAO:
        return OpenBaoProbes(profile, token, drill_id, leader, clock=clock)
    return CoreProbes(profile, token, drill_id, leader, clock=clock)
