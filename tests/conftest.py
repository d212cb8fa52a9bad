"""Test set-up shared by every suite.

Qt runs offscreen (set before anything imports Qt). The real lab is started once per
session, in a directory of its own, only when a test asks for it, and stopped at the end.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/adminui-test-runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
# Nothing a test does may touch the user's own configuration, data or keyring.
_SANDBOX = tempfile.mkdtemp(prefix="adminui-test-home-")
os.environ["ADMINUI_CONFIG_DIR"] = os.path.join(_SANDBOX, "config")
os.environ["ADMINUI_DATA_DIR"] = os.path.join(_SANDBOX, "data")

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
    _collector = GuiThreadCollector()
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
