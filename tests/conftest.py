"""Test set-up shared by every suite.

Qt runs offscreen (set before anything imports Qt). The real lab is started once per
session, in a directory of its own, only when a test asks for it, and stopped at the end.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/adminui-test-runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
# Nothing a test does may touch the user's own configuration, data or keyring.
_SANDBOX = tempfile.mkdtemp(prefix="adminui-test-home-")
os.environ["ADMINUI_CONFIG_DIR"] = os.path.join(_SANDBOX, "config")
os.environ["ADMINUI_DATA_DIR"] = os.path.join(_SANDBOX, "data")
# Nor send a notification to the desktop it runs on (the notification tests start a
# session bus of their own).
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

from collections.abc import Iterator  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402

from adminui.lab import Lab  # noqa: E402
from adminui.ui.bridge import AsyncBridge  # noqa: E402
from tests.secret_scan import *  # noqa: E402, F403 (session-end scan for leaked tokens)
from tests.stubs import MemoryKeyring  # noqa: E402

keyring.set_keyring(MemoryKeyring())


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """A running lab: 3 OpenBao nodes, PostgreSQL and 3 Core nodes on 127.0.0.1."""
    the_lab = Lab(tmp_path_factory.mktemp("lab"))
    try:
        the_lab.up()
        yield the_lab
    finally:
        the_lab.down()


@pytest.fixture
def healed_lab(lab: Lab) -> Iterator[Lab]:
    """The session lab, with every node running, unsealed and led again after the test."""
    yield lab
    for proc in lab.status().processes:
        if proc.state != "running":
            lab.restart(proc.name)
        elif proc.role == "sealed":
            lab.unseal(proc.name)
    lab.wait_healthy()


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the console: the cycle collector runs on the GUI thread only, never in the
    loop thread where it would destroy Qt objects (see adminui.ui.gui_gc)."""
    from adminui.ui.gui_gc import GuiThreadCollector

    global _collector
    _collector = GuiThreadCollector(freeze_survivors=False)
    yield
    _collector.stop()
    _collector = None


_collector: object = None


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Tests that never run the event loop still get their cycles collected (between
    tests, on the main thread)."""
    yield
    collect = getattr(_collector, "collect_due", None)
    if callable(collect):
        collect()


#: Threads that belong to the session, not to a test (the test runner, the lab's pools).
_SESSION_THREADS = ("MainThread", "pydevd", "ThreadPoolExecutor", "Thread-")
#: How long a test's threads may take to end once it is over.
_THREAD_GRACE_S = 3.0


@pytest.fixture(autouse=True)
def _nothing_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when it leaves behind what it started: an asyncio loop thread, a
    worker thread of the console, or a running Qt timer of a widget still alive. Runs
    after the test's own fixtures have been torn down (it is set up before them)."""
    threads_before = set(threading.enumerate())
    timers_before = _active_timers()
    yield
    if request.node.rep_call_failed if hasattr(request.node, "rep_call_failed") else False:
        return
    _settle_qt()  # widgets the test closed are deleted, and stop what they own
    deadline = time.monotonic() + _THREAD_GRACE_S
    left = _new_threads(threads_before)
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = _new_threads(threads_before)
    timers = [t for t in _active_timers() - timers_before if _timer_alive(t)]
    problems = [f"thread {t.name!r} still running" for t in left]
    problems += [f"timer {_describe_timer(t)} still active" for t in timers]
    if problems:
        pytest.fail("The test left work running: " + "; ".join(problems), pytrace=False)


def _new_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    return [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.name.startswith(_SESSION_THREADS)
    ]


def _settle_qt() -> None:
    """Deliver pending deletions, so widgets a test closed are really gone."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app = QCoreApplication.instance()
    if app is not None:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()


def _active_timers() -> set[object]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    found: set[object] = set()
    for widget in QApplication.allWidgets():
        for timer in widget.findChildren(QTimer):
            if timer.isActive():
                found.add(timer)
    return found


def _timer_alive(timer: object) -> bool:
    from shiboken6 import isValid

    return bool(isValid(timer) and timer.isActive())  # type: ignore[attr-defined]


def _describe_timer(timer: object) -> str:
    parent = timer.parent()  # type: ignore[attr-defined]
    owner = type(parent).__name__ if parent is not None else "no parent"
    return f"of {owner} every {timer.interval()} ms"  # type: ignore[attr-defined]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[object]:
    """Remember whether the test itself failed (its leftovers are then no news)."""
    report = yield
    if call.when == "call":
        item.rep_call_failed = report.failed  # type: ignore[attr-defined]
    return report


@pytest.fixture
def bridge() -> Iterator[AsyncBridge]:
    """The asyncio loop thread of a window or page, shut down after the test."""
    the_bridge = AsyncBridge()
    yield the_bridge
    the_bridge.shutdown()


@pytest.fixture(autouse=True)
def _fresh_window_state() -> Iterator[None]:
    """Each test starts without window state saved by an earlier one."""
    state = os.path.join(os.environ["ADMINUI_CONFIG_DIR"], "window.ini")
    if os.path.exists(state):
        os.remove(state)
    yield
