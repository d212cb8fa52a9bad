"""What ``adminui profile add --discover`` and ``adminui profile test`` ask a cluster.

Qt-free; every request goes through the clients built from the profile
(:mod:`adminui.monitor.clients`). Nothing here stores anything.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from adminui.api import errors
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind, Role
from adminui.core.sentence import Sentence
from adminui.monitor.clients import kuma_client, on_first_node, vault_client
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile


@dataclass(frozen=True)
class NodeVerdict:
    """One node as the test saw it."""

    url: str
    role: str
    answers: bool
    reason: str = ""
    version: str = ""

    @property
    def tls(self) -> str:
        """'not used' (http), 'trusted', or why it is not ('TLS: …')."""
        if not self.url.startswith("https://"):
            return "not used"
        return self.reason if self.reason.startswith("TLS") else "trusted"


@dataclass(frozen=True)
class CredentialVerdict:
    """Whether the token works, and what it is."""

    valid: bool
    detail: str = ""
    ttl_s: int | None = None
    policies: tuple[str, ...] = ()
    #: What the console's pages will be able to do with these credentials: (page, yes).
    abilities: tuple[tuple[str, bool], ...] = ()


@dataclass(frozen=True)
class ProfileTest:
    """The outcome of ``adminui profile test``: every node and the credentials."""

    profile: str
    nodes: tuple[NodeVerdict, ...]
    credentials: CredentialVerdict
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Every node answers and the credentials are valid."""
        return all(n.answers for n in self.nodes) and self.credentials.valid


#: How long discovery waits for every Raft server to show in ``sys/ha-status`` (a node
#: appears there once it has sent its first heartbeat to the active node).
DISCOVERY_WAIT_S = 15.0


async def discover_openbao_nodes(
    profile: Profile, token: str | None, wait_s: float = DISCOVERY_WAIT_S
) -> tuple[str, ...]:
    """The profile's node URLs followed by every API address ``sys/ha-status`` names
    (the cluster's own view of its members), without repeats; cross-checked with the
    Raft configuration, it waits (up to ``wait_s``) until every Raft server is named."""
    found = list(profile.node_urls)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_s
    async with vault_client(profile, token, profile.node_urls[0]) as vault:
        try:
            expected = len((await vault.raft.configuration()).servers)
        except errors.VaultError:
            expected = 0  # not Raft storage, or the token may not read it
        while True:
            members = [m.api_address.rstrip("/") for m in (await vault.sys.ha_status()).nodes]
            if len(members) >= expected or loop.time() >= deadline:
                break
            await asyncio.sleep(0.5)
    for address in members:
        if address and address not in found:
            found.append(address)
    return tuple(found)


#: What each OpenBao page needs, as (page, path, capability) asked of capabilities-self.
PAGE_NEEDS = (
    (Sentence("Overview: Raft peers"), "sys/storage/raft/configuration", "read"),
    (Sentence("Step down"), "sys/step-down", "sudo"),
    (Sentence("Policies: edit"), "sys/policies/acl/any", "update"),
    (Sentence("Namespaces: create"), "sys/namespaces/any", "create"),
    (Sentence("Quotas: edit"), "sys/quotas/rate-limit/any", "update"),
    (Sentence("Rotation: database roles"), "database/rotate-role/any", "update"),
    (Sentence("Audit devices"), "sys/audit", "read"),
)


async def _abilities(vault: VaultClient) -> tuple[tuple[str, bool], ...]:
    try:
        found = await vault.token.capabilities_self([path for _page, path, _cap in PAGE_NEEDS])
    except errors.VaultError:
        return ()
    result = []
    for page, path, wanted in PAGE_NEEDS:
        granted = found.of(path)
        result.append((page, "root" in granted or wanted in granted))
    return tuple(result)


async def discover_core_nodes(profile: Profile, token: str | None) -> tuple[str, ...]:
    """The profile's node URLs followed by every Core service's REST address (its FQDN
    when that resolves here, else its address; the REST port it registered)."""
    found = list(profile.node_urls)
    scheme = profile.node_urls[0].split("://", 1)[0]
    async with kuma_client(profile, token, profile.node_urls[0]) as core:
        services = await core.list_services()
    loop = asyncio.get_running_loop()
    for service in services:
        if service.kind != "core" or not service.api_port:
            continue
        host = service.fqdn
        try:
            await loop.getaddrinfo(host, None)
        except (OSError, UnicodeError):
            # The address KUMA recorded may carry the internal port ("10.0.0.5:7210").
            host = urlsplit(f"//{service.address}").hostname or host
        if ":" in host:
            host = f"[{host}]"
        url = f"{scheme}://{host}:{service.api_port}"
        if host and url not in found:
            found.append(url)
    return tuple(found)


async def discover_nodes(profile: Profile, token: str | None) -> tuple[str, ...]:
    """Every node of the cluster, from the ones the profile names."""
    if profile.kind is ClusterKind.CORE:
        return await discover_core_nodes(profile, token)
    return await discover_openbao_nodes(profile, token)


#: A node that does not answer at all: the credentials are tried on the next one (a
#: sealed node answers, and its answer is the verdict).
UNREACHABLE: tuple[type[errors.VaultError], ...] = (
    errors.Unreachable,
    errors.Timeout,
    errors.TLSError,
)


async def _credentials(profile: Profile, token: str | None) -> CredentialVerdict:
    if not token:
        return CredentialVerdict(False, "no token is stored for this profile")

    async def check(url: str) -> CredentialVerdict:
        if profile.kind is ClusterKind.OPENBAO:
            async with vault_client(profile, token, url) as vault:
                info = await vault.token.lookup_self()
                abilities = await _abilities(vault)
            return CredentialVerdict(True, info.display_name, info.ttl, info.policies, abilities)
        async with kuma_client(profile, token, url) as core:
            user = await core.whoami()
        return CredentialVerdict(True, user.login or user.name)

    try:
        return await on_first_node(profile.node_urls, check, UNREACHABLE)
    except errors.VaultError as exc:  # refused, or no node answered (the last one's fault)
        return CredentialVerdict(False, str(exc.user_message))


def _no_audit(_event: object) -> None:
    """A connection test changes nothing: there is nothing to record."""


async def check_profile(profile: Profile, token: str | None) -> ProfileTest:
    """Each node's role and the token's validity, TTL and policies."""
    monitor = ClusterMonitor(ClusterConnection(profile, token, audit=_no_audit))
    try:
        snapshot = (await monitor.tick()).snapshot
    finally:
        await monitor.aclose()
    nodes = tuple(
        NodeVerdict(
            node.url,
            node.role.value,
            node.role not in (Role.UNREACHABLE, Role.UNKNOWN) or not node.error,
            str(node.reason),
            node.version,
        )
        for node in snapshot.nodes
    )
    credentials = await _credentials(profile, token)
    return ProfileTest(profile.name, nodes, credentials)


def run_test(profile: Profile, token: str | None) -> ProfileTest:
    """:func:`check_profile` from synchronous code (the command line)."""
    return asyncio.run(check_profile(profile, token))


def run_discovery(profile: Profile, token: str | None) -> tuple[str, ...]:
    return asyncio.run(discover_openbao_nodes(profile, token))
