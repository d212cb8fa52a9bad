"""One live cluster: its profile, the credentials it signs in with, and its API clients.

Pages never create network clients themselves: they ask the connection, which knows the
profile's TLS settings, read-only switch and token, and which node currently leads (the
live view keeps that up to date), so requests go to a live node (follow the leader).
Clients must only be used on the bridge's asyncio loop.

The credentials are replaced in place (a sign-in, a renewal, a sign-out): every client
built afterwards carries the new token, and listeners (the live monitor, the status bar)
are told. The GUI thread replaces them; the loop only reads the reference.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from adminui.api.errors import PermissionDenied
from adminui.api.kuma import KumaClient
from adminui.api.transport import AuditSink, VaultTransport
from adminui.api.vault import VaultClient
from adminui.core.audit import AuditEvent
from adminui.core.cluster import ClusterKind
from adminui.monitor.clients import kuma_client, vault_client
from adminui.monitor.lab_hooks import LabHooks
from adminui.monitor.node_pool import NodePool
from adminui.profiles.crash_log import hide
from adminui.profiles.store import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Session:
    """What is known of the current token's life: when it was obtained (monotonic
    seconds), its TTL then (0: it never expires), whether it can be renewed, its
    policies, and whether the user asked to keep it in the keyring."""

    obtained_at: float = 0.0
    ttl_s: int = 0
    renewable: bool = False
    policies: tuple[str, ...] = ()
    remembered: bool = True

    def expires_at(self) -> float | None:
        return self.obtained_at + self.ttl_s if self.ttl_s > 0 else None

    def left_s(self, now: float) -> float | None:
        """Seconds until the token expires (None: it does not)."""
        end = self.expires_at()
        return None if end is None else max(0.0, end - now)


#: How long a request waits for the user to sign in again once the token has expired.
SIGN_IN_WAIT_S = 600.0
_GATE_POLL_S = 0.2


class SignInNeeded(PermissionDenied):
    """The token expired and nobody signed in again in time."""

    summary = "The sign-in expired; sign in again and retry."


def index_value(index: str) -> int:
    """The Raft index inside an OpenBao ``X-Vault-Index`` (base64 of ``{"cluster": …,
    "value": "32"}``); -1 for none, 0 for one that cannot be read (kept as the newest)."""
    if not index:
        return -1
    try:
        decoded = json.loads(base64.b64decode(index + "=" * (-len(index) % 4)))
        return int(decoded["value"])
    except (ValueError, TypeError, KeyError, binascii.Error):
        return 0


@dataclass
class ClusterConnection:
    """One open cluster."""

    profile: Profile
    token: str | None = field(default=None, repr=False)
    preferred_node: str = ""  # the node believed to lead; set by the live view
    #: Receives every state-changing request's outcome (the local audit log, F19).
    audit: Callable[[AuditEvent], None] | None = field(default=None, repr=False)
    #: The local lab's part for a cluster it runs (built by the command line), else None.
    lab_hooks: LabHooks | None = field(default=None, repr=False)
    #: The current token's life, as far as the console knows it.
    session: Session = field(default_factory=Session, repr=False)
    #: The token is known to have expired: requests wait (``wait_signed_in``) until the
    #: user signs in again, then go on with the new token.
    expired: bool = field(default=False, repr=False)
    _listeners: list[Callable[[ClusterConnection], None]] = field(
        default_factory=list, repr=False, compare=False
    )
    #: The newest ``X-Vault-Index`` a write of this console was answered with: every
    #: later request sends it, so standby reads see this console's own writes.
    consistency_index: str = field(default="", repr=False)
    #: Shared per-node HTTP clients on the window's loop (None: every client its own).
    _pool: NodePool | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.token = self.token or None
        hide(self.token)
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
        node = node or self.node_order()[0]
        client = vault_client(
            self.profile,
            self.token,
            node,
            namespace=namespace,
            audit=self.audit,
            client=self._shared_client(node),
        )
        self._bind(client.transport)
        return client

    def kuma(self, node: str | None = None) -> KumaClient:
        """A KUMA Core REST client for the preferred node (or ``node``)."""
        if self.kind is not ClusterKind.CORE:
            raise TypeError(f"{self.profile.name} is not a KUMA Core cluster")
        node = node or self.node_order()[0]
        client = kuma_client(
            self.profile, self.token, node, audit=self.audit, client=self._shared_client(node)
        )
        self._bind(client.transport)
        return client

    # ----- shared clients ------------------------------------------------------------
    def share_clients_on(self, loop: asyncio.AbstractEventLoop) -> None:
        """Keep one HTTP client per node for requests made on ``loop`` (the window's),
        until :meth:`close_clients`; clients asked for on other loops stay their own."""
        if self._pool is None or self._pool.loop is not loop:
            self._pool = NodePool(loop)

    async def close_clients(self) -> None:
        """Close the shared clients (on their loop); later requests open new ones."""
        if self._pool is not None:
            await self._pool.aclose()

    def _shared_client(self, node: str) -> httpx.AsyncClient | None:
        return self._pool.client(node, self.profile) if self._pool is not None else None

    def _bind(self, transport: VaultTransport) -> None:
        """Requests read the current token, wait while a sign-in is due, and carry the
        newest write's index so a standby never answers from before it."""
        transport.token_source = lambda: self.token
        transport.gate = self.wait_signed_in
        transport.index_source = lambda: self.consistency_index
        transport.index_sink = self.note_index

    def note_index(self, index: str) -> None:
        """Keep ``index`` (a write's ``X-Vault-Index``) unless a newer one is kept."""
        if index_value(index) >= index_value(self.consistency_index):
            self.consistency_index = index

    async def wait_signed_in(self, timeout_s: float = SIGN_IN_WAIT_S) -> None:
        """Return at once unless the token has expired; then wait until the user signs
        in again (the pending request then goes on), or raise SignInNeeded."""
        waited = 0.0
        while self.expired:
            if waited >= timeout_s:
                raise SignInNeeded("the token expired", node=self.profile.name)
            await asyncio.sleep(_GATE_POLL_S)
            waited += _GATE_POLL_S

    # ----- credentials, replaced in place ------------------------------------------
    def on_credentials_changed(self, listener: Callable[[ClusterConnection], None]) -> None:
        """Call ``listener(self)`` after every change of token or session."""
        self._listeners.append(listener)

    def set_credentials(self, token: str | None, session: Session | None = None) -> None:
        """Use ``token`` from now on (None: signed out)."""
        self.token = token or None
        hide(self.token)
        self.session = session or Session(obtained_at=time.monotonic())
        self.expired = False
        log.info(
            "%s: credentials %s (ttl %s s)",
            self.profile.name,
            "replaced" if self.token else "dropped",
            self.session.ttl_s,
        )
        for listener in list(self._listeners):
            listener(self)

    def mark_expired(self) -> None:
        """The token is gone (expired, revoked): hold requests until a new sign-in."""
        if not self.expired:
            self.expired = True
            log.warning("%s: the token expired; requests wait for a sign-in", self.profile.name)
            for listener in list(self._listeners):
                listener(self)

    def set_profile(self, profile: Profile) -> None:
        """The edited profile applies from the next request on."""
        self.profile = profile
        if self.preferred_node not in profile.node_urls:
            self.preferred_node = ""


class OnConnection:
    """Work done through one cluster's connection (a step-down, a drill): its profile,
    token and audit log are the connection's at each moment, so a sign-in during a long
    run is followed."""

    connection: ClusterConnection

    @property
    def profile(self) -> Profile:
        return self.connection.profile

    @property
    def token(self) -> str | None:
        return self.connection.token

    @property
    def audit(self) -> AuditSink | None:
        """Receives the outcome of every change sent (the local audit log)."""
        return self.connection.audit
