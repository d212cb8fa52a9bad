"""Keeps every cluster's token alive: learns its TTL, renews it before half of it has
passed, warns when a tenth is left, and reports it expired at zero.

Once a second, on the GUI thread, without waiting on the network: renewals and
look-ups run on the bridge's loop, one at a time per cluster.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from adminui.api import errors
from adminui.core.cluster import ClusterKind
from adminui.monitor.connection import ClusterConnection, Session
from adminui.monitor.token_life import (
    RENEW_RETRY_S,
    TokenAction,
    learn_session,
    next_action,
    renew_connection,
)
from adminui.ui.bridge import AsyncBridge

CHECK_INTERVAL_MS = 1000
#: How often a token is asked about (``lookup-self``) to notice one revoked elsewhere.
VERIFY_INTERVAL_S = 60.0
log = logging.getLogger(__name__)


class TokenWatch(QObject):
    """Watches the tokens of the connections it is given."""

    #: A cluster's token state changed (renewed, warned, expired, signed in): (name).
    sig_changed = Signal(str)
    #: A cluster's token expired or was refused as unknown: (name).
    sig_expired = Signal(str)

    def __init__(
        self,
        bridge: AsyncBridge,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.clock = clock
        self._connections: dict[str, ClusterConnection] = {}
        self._busy: set[str] = set()
        self._blocked_until: dict[str, float] = {}
        self._verified_at: dict[str, float] = {}
        self.verify_interval_s = VERIFY_INTERVAL_S
        self.actions: dict[str, TokenAction] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def add(self, connection: ClusterConnection) -> None:
        """Watch ``connection``'s token; its TTL is asked of the cluster first."""
        self._connections[connection.profile.name] = connection
        self.learn(connection)

    def remove(self, name: str) -> None:
        self._connections.pop(name, None)
        self.actions.pop(name, None)

    def learn(self, connection: ClusterConnection) -> None:
        """Ask the cluster how long the token has (a token from the keyring)."""
        if connection.session.ttl_s or connection.session.obtained_at:
            return  # a fresh sign-in: its life is known
        self._look_up(connection)

    def check(self) -> None:
        now = self.clock()
        for name, connection in list(self._connections.items()):
            if not connection.token or connection.expired:
                continue
            action = next_action(
                connection.session, now, renew_blocked_until=self._blocked_until.get(name, 0.0)
            )
            if action is TokenAction.EXPIRED:
                self._expired(connection)
                continue
            if action is TokenAction.RENEW and name not in self._busy:
                self._renew(connection)
            elif now - self._verified_at.setdefault(name, now) >= self.verify_interval_s:
                self._verify(connection)
            if self.actions.get(name) != action:
                self.actions[name] = action
                self.sig_changed.emit(name)

    def _verify(self, connection: ClusterConnection) -> None:
        """Ask whether the token still works (revoked elsewhere, its TTL cut short)."""
        self._verified_at[connection.profile.name] = self.clock()
        self._look_up(connection)

    def _look_up(self, connection: ClusterConnection) -> None:
        """``lookup-self``: the token's life as the cluster tells it now; a token it no
        longer knows has expired (or was revoked)."""
        name = connection.profile.name
        if connection.kind is not ClusterKind.OPENBAO or not connection.token or name in self._busy:
            return
        self._busy.add(name)
        token = connection.token

        def answered(session: Session | None, error: BaseException | None) -> None:
            self._busy.discard(name)
            if connection.token != token:
                return  # signed in again meanwhile
            if isinstance(error, errors.PermissionDenied):
                log.warning("%s: the token is no longer valid (revoked?)", name)
                self._expired(connection)
            elif session is not None:
                connection.session = session  # the same token: no new watch needed
                self.sig_changed.emit(name)

        self.bridge.submit(learn_session(connection), answered, owner=self)

    def _renew(self, connection: ClusterConnection) -> None:
        name = connection.profile.name
        token = connection.token
        self._busy.add(name)

        def renewed(session: Session | None, error: BaseException | None) -> None:
            self._busy.discard(name)
            if connection.token != token:
                return
            if isinstance(error, errors.PermissionDenied):
                self._expired(connection)
            elif error is not None or session is None:
                # A node down, a 429: warn meanwhile, try again a little later.
                log.warning("%s: renewing the token failed: %s", name, error)
                self._blocked_until[name] = self.clock() + RENEW_RETRY_S
            else:
                log.info("%s: token renewed for %s s", name, session.ttl_s)
                self._blocked_until.pop(name, None)
                connection.session = session  # the same token: no new watch needed
            self.sig_changed.emit(name)

        self.bridge.submit(renew_connection(connection), renewed, owner=self)

    def _expired(self, connection: ClusterConnection) -> None:
        name = connection.profile.name
        self.actions[name] = TokenAction.EXPIRED
        connection.mark_expired()
        self.sig_expired.emit(name)
        self.sig_changed.emit(name)

    def text(self, connection: ClusterConnection) -> tuple[str, str]:
        """(the status bar's words on this cluster's sign-in, a status tone)."""
        if connection.expired:
            return self.tr("Sign-in expired — sign in again"), "error"
        if not connection.token:
            return self.tr("Signed out — sign in"), "warning"
        left = connection.session.left_s(self.clock())
        if left is None:
            return self.tr("Signed in"), "ok"
        minutes = left / 60
        when = (
            self.tr("{0} h").format(f"{minutes / 60:.0f}")
            if minutes >= 90
            else self.tr("{0} min").format(f"{minutes:.0f}")
            if left >= 90
            else self.tr("{0} s").format(f"{left:.0f}")
        )
        tone = "warning" if self.actions.get(connection.profile.name) is TokenAction.WARN else "ok"
        return self.tr("Signed in · expires in {0}").format(when), tone
