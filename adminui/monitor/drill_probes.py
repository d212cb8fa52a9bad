"""Client probes made during a drill: one read and one write, as an application would.

* OpenBao/Vault: KV v2 at mount ``adminui-drill-kv`` in a scratch namespace made for the
  drill, ``adminui-drill-scratch-<drill id>`` (custom metadata says what it is), and
  deleted with everything in it when the drill ends, however it ends.
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
from adminui.api.kuma import KumaError, KumaTimeouts, ServiceFilter
from adminui.api.transport import RetryPolicy, Timeouts
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind
from adminui.core.drill import ProbeKind, ProbeSample
from adminui.core.sentence import Sentence
from adminui.monitor.clients import kuma_client, vault_client
from adminui.profiles.store import Profile

#: Every drill's scratch namespace is called this plus the drill's ID.
SCRATCH_NAMESPACE_PREFIX = "adminui-drill-scratch-"
#: The custom metadata of a scratch namespace (so a left-over one explains itself).
SCRATCH_PURPOSE = "adminui failover drill scratch area, removed when the drill ends"
DRILL_MOUNT = "adminui-drill-kv"
#: How long the teardown waits for the (asynchronous) namespace deletion to complete.
DELETE_WAIT_S = 15.0
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


def scratch_namespace(drill_id: str) -> str:
    """The name of the scratch namespace of drill ``drill_id`` (one path segment)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in drill_id)
    return f"{SCRATCH_NAMESPACE_PREFIX}{safe}"


class OpenBaoProbes:
    """KV v2 reads and writes in the drill's own scratch namespace."""

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
        self.namespace = scratch_namespace(drill_id)
        self.drill_id = drill_id
        self.path = f"probe/{drill_id}"
        self.clock = clock
        self._targets = _Targets(profile.node_urls, leader)
        self._token = token
        self._clients = {
            url: vault_client(
                profile,
                token,
                url,
                namespace=self.namespace,
                timeouts=PROBE_TIMEOUTS,
                retry=_NO_RETRY,
            )
            for url in profile.node_urls
        }
        self._seq = 0

    def _root(self, url: str) -> VaultClient:
        """A client for ``url`` in the profile's own namespace (where the scratch one lives)."""
        return vault_client(self.profile, self._token, url)

    async def setup(self) -> None:
        """Create the scratch namespace and its KV v2 mount, then write once.

        Raises the API error when that is impossible (read-only, no permission…).
        """
        async with self._root(self._targets.pick()) as root:
            await root.namespaces.create(
                self.namespace, {"purpose": SCRATCH_PURPOSE, "drill": self.drill_id}
            )
            child = root.with_namespace(self.namespace)
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
        """Delete the scratch namespace (its mount and secret with it) and wait until it
        is gone; raises :class:`ScratchLeft` when it could not be removed."""
        failure = ""
        for url in dict.fromkeys((self._targets.pick(), *self.profile.node_urls)):
            async with self._root(url) as root:
                try:
                    if await _delete_namespace(
                        root, self.namespace, DELETE_WAIT_S
                    ) and await self._gone_everywhere(DELETE_WAIT_S):
                        return
                    failure = Sentence(
                        "The scratch namespace {0} was still being deleted after {1:.0f} s.",
                        self.namespace,
                        DELETE_WAIT_S,
                    )
                    break
                except errors.VaultError as exc:
                    failure = Sentence(
                        "The scratch namespace {0} could not be deleted: {1}",
                        self.namespace,
                        _error_text(exc),
                    )
        raise ScratchLeft(failure)

    async def _gone_everywhere(self, within: float) -> bool:
        """Whether every node that answers says 404 for the scratch namespace within
        ``within`` seconds: standbys serve reads locally and learn of the deletion late,
        and the namespace tree may be read from any of them."""
        deadline = time.monotonic() + within
        waiting = list(self.profile.node_urls)
        sealed: set[str] = set()
        while waiting:
            for url in list(waiting):
                async with self._root(url) as root:
                    try:
                        await root.namespaces.read(self.namespace)
                    except errors.NotFound:
                        waiting.remove(url)
                    except (errors.Unreachable, errors.Timeout):
                        waiting.remove(url)  # a node that is down shows no tree
                    except errors.Sealed:
                        # A node restarted by the drill is sealed for a moment, then
                        # replays its log: wait for it, unless it stays sealed.
                        sealed.add(url)
                    except errors.VaultError:
                        pass
            if not waiting:
                return True
            if time.monotonic() >= deadline:
                return set(waiting) <= sealed
            await asyncio.sleep(0.2)
        return True

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


class ScratchLeft(Exception):
    """The drill's scratch area could not be removed; ``user_message`` says why."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


async def _delete_namespace(root: VaultClient, name: str, within: float) -> bool:
    """Delete child namespace ``name`` of ``root``; whether reading it said 404 within
    ``within`` seconds (the deletion completes asynchronously)."""
    deadline = time.monotonic() + within
    try:
        await root.namespaces.delete(name)
    except errors.NotFound:
        return True
    while True:
        try:
            await root.namespaces.read(name)
        except errors.NotFound:
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(0.2)


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
        self._clients = {
            url: kuma_client(profile, token, url, timeouts=KumaTimeouts(connect=0.5, read=1.0))
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
