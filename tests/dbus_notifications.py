"""A private session D-Bus (``dbus-daemon``) with a freedesktop notification service on
it that records what it is asked to show and can "click" a notification, for tests."""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from jeepney import DBusAddress, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass
class FakeNotificationService:
    """Answers ``Notify`` (recording summary and body) on the bus at ``address``."""

    address: str
    shown: list[tuple[int, str, str]] = field(default_factory=list)
    _clicks: list[int] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _ready: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the fake notification service did not start")

    def click(self, notification_id: int) -> None:
        self._clicks.append(notification_id)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _serve(self) -> None:
        with open_dbus_connection(bus=self.address) as conn:
            Proxy(message_bus, conn).RequestName(SERVICE, 4)
            self._ready.set()
            emitter = DBusAddress(PATH, interface=SERVICE)
            while not self._stop.is_set():
                while self._clicks:
                    clicked = self._clicks.pop(0)
                    conn.send(new_signal(emitter, "ActionInvoked", "us", (clicked, "default")))
                try:
                    msg = conn.receive(timeout=0.05)
                except TimeoutError:
                    continue
                if msg.header.message_type is not MessageType.method_call:
                    continue
                member = msg.header.fields.get(3)  # HeaderFields.member
                if member == "Notify":
                    _app, _replaces, _icon, summary, body, *_rest = msg.body
                    notification_id = len(self.shown) + 1
                    self.shown.append((notification_id, summary, body))
                    conn.send(new_method_return(msg, "u", (notification_id,)))
                else:
                    conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


@contextlib.contextmanager
def session_bus() -> Iterator[str]:
    """A session bus of its own (its address), stopped afterwards."""
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon gave no address")
        yield address
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


@contextlib.contextmanager
def notification_service() -> Iterator[tuple[str, FakeNotificationService]]:
    """(the bus address, the service) for a test."""
    with session_bus() as address:
        service = FakeNotificationService(address)
        service.start()
        try:
            yield address, service
        finally:
            service.stop()
