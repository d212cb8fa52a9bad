"""Clients for the nodes of one cluster, built from its profile in one place.

Every client of a cluster gets the profile's TLS settings (its CA bundle, or the OS
trust store; ``insecure`` only when the profile says so), its read-only switch, and the
cluster's node URLs as the only places a redirect may lead to. Nothing else in the
console decides these.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from adminui.api import errors
from adminui.api.kuma import KumaClient
from adminui.api.transport import AuditSink
from adminui.api.vault import VaultClient
from adminui.profiles.store import Profile

T = TypeVar("T")

#: Faults of one node, where another node of the cluster may still answer.
NODE_FAULTS: tuple[type[errors.VaultError], ...] = (
    errors.Unreachable,
    errors.Timeout,
    errors.TLSError,
    errors.Sealed,
)


async def on_first_node(
    urls: Iterable[str],
    attempt: Callable[[str], Awaitable[T]],
    faults: tuple[type[errors.VaultError], ...] = NODE_FAULTS,
) -> T:
    """``attempt(url)`` on each node in turn until one answers; a fault of that node
    (``faults``) moves on to the next, any other error is the answer. When every node
    fails, the last node's fault is raised."""
    last: errors.VaultError | None = None
    for url in urls:
        try:
            return await attempt(url)
        except faults as exc:
            last = exc
    raise last or errors.Unreachable("the profile names no node")


def vault_client(
    profile: Profile,
    token: str | None,
    node: str,
    *,
    namespace: str = "",
    read_only: bool | None = None,
    audit: AuditSink | None = None,
    **options: Any,
) -> VaultClient:
    """An OpenBao/Vault client for ``node`` of ``profile``'s cluster, acting in
    ``namespace``; read-only when the profile is (or when ``read_only`` says so)."""
    return VaultClient.connect(
        node,
        token=token,
        namespace=namespace,
        ca_bundle=profile.ca_bundle or None,
        insecure=profile.insecure,
        read_only=profile.read_only if read_only is None else read_only or profile.read_only,
        peers=profile.node_urls,
        audit=audit,
        client_cert=profile.client_certificate,
        server_name=profile.tls_server_name,
        **options,
    )


def kuma_client(
    profile: Profile,
    token: str | None,
    node: str,
    *,
    read_only: bool | None = None,
    audit: AuditSink | None = None,
    **options: Any,
) -> KumaClient:
    """A KUMA Core REST client for ``node`` of ``profile``'s cluster."""
    return KumaClient(
        node,
        token or "",
        ca_bundle=profile.ca_bundle or None,
        insecure=profile.insecure,
        read_only=profile.read_only if read_only is None else read_only or profile.read_only,
        peers=profile.node_urls,
        audit=audit,
        server_name=profile.tls_server_name,
        **options,
    )
