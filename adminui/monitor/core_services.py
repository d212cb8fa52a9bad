"""The page's network work, run on the bridge's loop: list services, create one.

Requests go to the node believed to lead first, then to the others while a node cannot
be reached (follow the leader); each result says which node answered.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from adminui.api.kuma import (
    KumaClient,
    KumaClusterNotReady,
    KumaError,
    KumaTimeout,
    KumaUnreachable,
    Service,
    ServiceFilter,
)
from adminui.monitor.clients import on_first_node

ClientFactory = Callable[[str], KumaClient]
#: Errors after which the next node is tried.
_TRY_NEXT = (KumaUnreachable, KumaTimeout, KumaClusterNotReady)


@dataclass(frozen=True)
class ServicesLook:
    """One refresh: the services, the node that answered and the leader's FQDN."""

    services: list[Service]
    node: str
    leader_fqdn: str


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


async def _leader_fqdn(
    client: KumaClient, health_url: str, services: Sequence[Service], fallback: str
) -> str:
    """The leader's FQDN from a health endpoint's Raft state, else ``fallback``."""
    if not health_url:
        return fallback
    try:
        probe = await client.probe_raft(health_url)
    except KumaError:
        return fallback
    if probe.role == "leader" and probe.fqdn:
        return probe.fqdn
    if probe.leader_id:
        match = next((s.fqdn for s in services if s.id == probe.leader_id and s.fqdn), None)
        if match:
            return match
    return fallback


async def look(
    factory: ClientFactory, urls: Sequence[str], health_urls: Sequence[str]
) -> ServicesLook:
    """All services from the first node (in ``urls`` order) that answers."""
    health = dict(zip(urls, health_urls, strict=False))

    async def attempt(url: str) -> ServicesLook:
        async with _closing(factory(url)) as client:
            services = await client.list_services()
            fqdn = await _leader_fqdn(client, health.get(url, ""), services, host_of(url))
            return ServicesLook(services, url, fqdn)

    return await on_first_node(urls, attempt, _TRY_NEXT)


async def create_core(
    factory: ClientFactory, urls: Sequence[str], *, fqdn: str, name: str, resource_id: str
) -> tuple[Service, str]:
    """Create a Core service for host ``fqdn``; (the service, the node that answered).

    Only a node that could not be reached (nothing was written) is retried elsewhere.
    """

    async def attempt(url: str) -> tuple[Service, str]:
        async with _closing(factory(url)) as client:
            service = await client.create_service(
                resource_id, kind="core", fqdn=fqdn, name=name or None
            )
            return service, url

    return await on_first_node(urls, attempt, (KumaUnreachable, KumaClusterNotReady))


async def core_services(factory: ClientFactory, urls: Sequence[str]) -> tuple[list[Service], str]:
    """The Core services (for the config generators); (services, answering node)."""

    async def attempt(url: str) -> tuple[list[Service], str]:
        async with _closing(factory(url)) as client:
            return await client.list_services(ServiceFilter(kinds=("core",))), url

    return await on_first_node(urls, attempt, _TRY_NEXT)


@contextlib.asynccontextmanager
async def _closing(client: KumaClient) -> AsyncIterator[KumaClient]:
    try:
        yield client
    finally:
        await client.aclose()
