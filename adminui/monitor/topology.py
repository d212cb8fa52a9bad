"""Reading a cluster's live topology for the generators (run on the bridge's loop)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from adminui.api.errors import VaultError
from adminui.api.kuma import KumaClient, Service
from adminui.api.vault import VaultClient
from adminui.api.vault_models import HaStatus
from adminui.core import config_gen as gen
from adminui.core import services as rules
from adminui.monitor import core_services as fetch
from adminui.monitor.clients import on_first_node


def left_out(service: Service) -> str:
    """Why a Core service is no node to balance to: gen.NOT_STARTED, gen.STOPPED or ""."""
    if service.status.strip().lower() != "red":
        return ""
    started = not rules.never_started(
        service.status, service.uptime, service.created, service.updated
    )
    return gen.STOPPED if started else gen.NOT_STARTED


def core_nodes(services: Sequence[Service]) -> tuple[gen.TopologyNode, ...]:
    """Core services as nodes, in the server's order (core-1 first when listed first);
    red ones marked left out."""
    nodes = []
    for service in services:
        if service.kind.lower() != "core":
            continue
        host = service.fqdn or (urlsplit(f"//{service.address}").hostname or "")
        if host:
            nodes.append(
                gen.TopologyNode(
                    host, gen.CORE_UPSTREAM_PORT, service.id, left_out=left_out(service)
                )
            )
    first = [n for n in nodes if n.service_id == gen.FIRST_CORE_ID]
    return tuple(first + [n for n in nodes if n.service_id != gen.FIRST_CORE_ID])


async def core_topology(
    factory: Callable[[str], KumaClient], urls: Sequence[str], name: str
) -> tuple[gen.Topology, str]:
    services, node = await fetch.core_services(factory, urls)
    return gen.Topology(gen.CORE, name, core_nodes(services)), node


async def openbao_topology(
    factory: Callable[..., VaultClient], urls: Sequence[str], leader: str, name: str
) -> tuple[gen.Topology, str]:
    """The members from ``sys/ha-status`` (the active node first); the profile's node
    URLs when that cannot be read (then the source is "": the page names the profile)."""

    async def attempt(url: str) -> tuple[HaStatus, str]:
        async with factory(node=url) as client:
            return await client.sys.ha_status(), url

    api_urls: list[str] = []
    source = ""
    active = leader
    try:
        status, source = await on_first_node(urls, attempt, (VaultError,))
    except VaultError:
        pass  # no node tells: the profile's node URLs stand
    else:
        api_urls = [n.api_address for n in status.nodes if n.api_address]
        active = next((n.api_address for n in status.nodes if n.active_node), leader)
    if not api_urls:
        api_urls = list(urls)
        source = ""
    nodes = [gen.node_from_url(u) for u in api_urls]
    first = urlsplit(active).hostname or ""
    first_port = urlsplit(active).port
    front = [n for n in nodes if n.host == first and (first_port is None or n.port == first_port)]
    ordered = tuple(front + [n for n in nodes if n not in front])
    return gen.Topology(gen.OPENBAO, name, ordered), source
