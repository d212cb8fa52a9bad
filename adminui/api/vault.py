"""OpenBao/Vault API client: one object per node, one attribute per API area.

    async with VaultClient.connect("https://bao1:8200", token=token) as vault:
        health = await vault.sys.health()
        child = vault.with_namespace("team-a")
        await child.policies.write("reader", hcl)

Every result names the node that answered; every failure is an
:mod:`adminui.api.errors` error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adminui.api.transport import RetryPolicy, Timeouts, VaultTransport
from adminui.api.vault_access import PoliciesApi, QuotasApi, TokenApi
from adminui.api.vault_auth import AuthApi
from adminui.api.vault_login import LoginApi
from adminui.api.vault_namespaces import NamespacesApi, split_namespace
from adminui.api.vault_secrets import DatabaseApi, KvApi, MountsApi
from adminui.api.vault_sys import RaftApi, SysApi

__all__ = [
    "RetryPolicy",
    "Timeouts",
    "VaultClient",
    "VaultTransport",
    "split_namespace",
]


class VaultClient:
    """The API areas of one node, acting inside ``namespace`` ('' is the root).

    Cluster-level calls (``sys``, ``raft``) always go to the root namespace.
    """

    def __init__(self, transport: VaultTransport, namespace: str = "") -> None:
        self.transport = transport
        self.namespace = namespace.strip("/")
        self.sys = SysApi(transport)
        self.raft = RaftApi(transport)
        self.namespaces = NamespacesApi(transport, self.namespace)
        self.policies = PoliciesApi(transport, self.namespace)
        self.quotas = QuotasApi(transport, self.namespace)
        self.token = TokenApi(transport, self.namespace)
        self.mounts = MountsApi(transport, self.namespace)
        self.auth = AuthApi(transport, self.namespace)
        self.login = LoginApi(transport, self.namespace)

    @classmethod
    def connect(
        cls,
        base_url: str,
        *,
        token: str | None = None,
        namespace: str = "",
        timeouts: Timeouts | None = None,
        ca_bundle: str | Path | None = None,
        insecure: bool = False,
        read_only: bool = False,
        **transport_options: Any,
    ) -> VaultClient:
        """A client with its own transport to ``base_url``."""
        transport = VaultTransport(
            base_url,
            token=token,
            timeouts=timeouts,
            ca_bundle=ca_bundle,
            insecure=insecure,
            read_only=read_only,
            **transport_options,
        )
        return cls(transport, namespace)

    def __repr__(self) -> str:
        return f"VaultClient({self.transport!r}, namespace={self.namespace!r})"

    @property
    def node(self) -> str:
        """``scheme://host:port`` of the node this client talks to."""
        return self.transport.node

    def with_namespace(self, namespace: str) -> VaultClient:
        """The same node and token, acting in absolute namespace ``namespace``."""
        return VaultClient(self.transport, namespace)

    def child(self, name: str) -> VaultClient:
        """The same node and token, acting in child ``name`` of this namespace."""
        return self.with_namespace(f"{self.namespace}/{name.strip('/')}".strip("/"))

    def kv(self, mount: str = "secret") -> KvApi:
        """The KV v2 engine mounted at ``mount`` in this namespace."""
        return KvApi(self.transport, self.namespace, mount)

    def database(self, mount: str = "database") -> DatabaseApi:
        """The database engine mounted at ``mount`` in this namespace."""
        return DatabaseApi(self.transport, self.namespace, mount)

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def __aenter__(self) -> VaultClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
