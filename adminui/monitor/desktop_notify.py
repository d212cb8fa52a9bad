"""Desktop notifications through the freedesktop notification service
(``org.freedesktop.Notifications`` on the session D-Bus), where a desktop has one.

Runs on the asyncio loop (no Qt): :meth:`FreedesktopNotifier.open` says whether the
service is there; :meth:`notify` shows one and gives its id; :meth:`next_click` waits for
the next notification the user clicked (its id). The console falls back to its tray icon,
or a note in its own window, where there is no such service.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.asyncio import DBusRouter, Proxy, open_dbus_router

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: How long a notification stays (ms); the service may ignore it.
SHOWN_MS = 15_000
#: The urgency hint per alert severity (0 low, 1 normal, 2 critical).
URGENCY = {"info": 0, "warning": 1, "error": 2}
log = logging.getLogger(__name__)

#: The one action offered: clicking the notification opens its cluster.
_ACTIONS = ["default", "Open"]
_ADDRESS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)


class FreedesktopNotifier:
    """One session-bus connection that sends notifications and hears their clicks."""

    def __init__(self, app_name: str = "AdminUI") -> None:
        self.app_name = app_name
        self._router: DBusRouter | None = None
        self._opened: contextlib.AbstractAsyncContextManager[DBusRouter] | None = None
        self._clicks: asyncio.Queue[Any] | None = None
        self._filter: Any = None

    async def open(self) -> bool:
        """Connect to the session bus; True when a notification service is there."""
        try:
            self._opened = open_dbus_router("SESSION")
            self._router = await self._opened.__aenter__()
            bus = Proxy(message_bus, self._router)
            (owned,) = await bus.NameHasOwner(SERVICE)
            if not owned:
                await self.aclose()
                return False
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH, member="ActionInvoked")
            await bus.AddMatch(rule)
            self._clicks = asyncio.Queue()
            self._filter = self._router.filter(rule, queue=self._clicks, bufsize=64)
            return True
        except (OSError, KeyError, ValueError, RuntimeError) as exc:
            log.info("no desktop notification service: %s", exc)
            await self.aclose()
            return False

    @property
    def ready(self) -> bool:
        return self._router is not None and self._clicks is not None

    async def notify(self, summary: str, body: str, severity: str = "info") -> int:
        """Show a notification; its id (clicking it is reported by :meth:`next_click`)."""
        if self._router is None:
            raise RuntimeError("the notifier is not open")
        hints = {"urgency": ("y", URGENCY.get(severity, 1))}
        message = new_method_call(
            _ADDRESS,
            "Notify",
            "susssasa{sv}i",
            (
                self.app_name,
                0,
                "dialog-warning",
                summary,
                body,
                ["default", "Open"],
                hints,
                SHOWN_MS,
            ),
        )
        reply = await self._router.send_and_get_reply(message)
        (notification_id,) = reply.body
        return int(notification_id)

    async def next_click(self) -> int:
        """The id of the next notification the user clicked (its default action)."""
        if self._clicks is None:
            raise RuntimeError("the notifier is not open")
        while True:
            signal = await self._clicks.get()
            notification_id, action = signal.body
            if action in ("default", "open", "Open"):
                return int(notification_id)

    async def aclose(self) -> None:
        if self._filter is not None:
            self._filter.close()
            self._filter = None
        self._clicks = None
        opened, self._opened, self._router = self._opened, None, None
        if opened is None:
            return
        try:
            await opened.__aexit__(None, None, None)
        except (Exception, asyncio.CancelledError):
            # Its receiving task was cancelled already (the loop is stopping): the
            # router then re-raises that instead of closing the connection itself.
            connection = getattr(opened, "conn", None)
            if connection is not None:
                with contextlib.suppress(Exception):
                    await connection.close()
