"""What a page needs to act on one cluster: its profile, token and API clients.

Pages never create network clients themselves: they ask the context, which knows the
profile's TLS settings, read-only switch and token, and which node currently leads (the
live view keeps that up to date), so requests go to a live node (follow the leader).
Clients must only be used on the bridge's asyncio loop (``bridge.submit``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from adminui.api.kuma import KumaClient
from adminui.api.vault import VaultClient
from adminui.core.audit import AuditEvent
from adminui.core.cluster import ClusterKind
from adminui.monitor.clients import kuma_client, vault_client
from adminui.monitor.lab_hooks import LabHooks
from adminui.profiles.store import Profile


@dataclass
class ClusterContext:
    """One open cluster."""

    profile: Profile
    token: str | None = field(default=None, repr=False)
    preferred_node: str = ""  # the node believed to lead; set by the live view
    #: Receives every state-changing request's outcome (the local audit log, F19).
    audit: Callable[[AuditEvent], None] | None = field(default=None, repr=False)
    #: The local lab's part for a cluster it runs (built by the command line), else None.
    lab_hooks: LabHooks | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.audit is None:
            from adminui.profiles.audit_log import AuditLog

            self.audit = AuditLog().recorder(self.profile.name)

    @property
    def kind(self) -> ClusterKind:
        return self.profile.kind

    @property
    def read_only(self) -> bool:
        return self.profile.read_only

    def node_order(self) -> list[str]:
        """Node URLs, the preferred (leading) node first."""
        urls = list(self.profile.node_urls)
        if self.preferred_node in urls:
            urls.remove(self.preferred_node)
            urls.insert(0, self.preferred_node)
        return urls

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        """A client for the preferred node (or ``node``), acting in ``namespace``.

        The caller owns it and closes it (``async with`` or ``aclose``).
        """
        if self.kind is not ClusterKind.OPENBAO:
            raise TypeError(f"{self.profile.name} is not an OpenBao/Vault cluster")
        return vault_client(
            self.profile,
            self.token,
            node or self.node_order()[0],
            namespace=namespace,
            audit=self.audit,
        )

    def kuma(self, node: str | None = None) -> KumaClient:
        """A KUMA Core REST client for the preferred node (or ``node``)."""
        if self.kind is not ClusterKind.CORE:
            raise TypeError(f"{self.profile.name} is not a KUMA Core cluster")
        return kuma_client(self.profile, self.token, node or self.node_order()[0], audit=self.audit)
