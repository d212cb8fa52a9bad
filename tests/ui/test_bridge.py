"""The asyncio bridge delivers results in the GUI thread without blocking it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from adminui.ui.bridge import AsyncBridge


@pytest.fixture
def bridge() -> Iterator[AsyncBridge]:
    the_bridge = AsyncBridge()
    yield the_bridge
    the_bridge.shutdown()
    assert not the_bridge._thread.is_alive()


def test_result_arrives_in_gui_thread(qtbot: QtBot, bridge: AsyncBridge) -> None:
    seen: list[tuple[object, object, bool]] = []

    async def work() -> int:
        await asyncio.sleep(0.01)
        return 42

    with qtbot.waitSignal(bridge.sig_finished, timeout=2000):
        bridge.submit(
            work(),
            lambda r, e: seen.append((r, e, threading.current_thread() is threading.main_thread())),
        )
    assert seen == [(42, None, True)]


def test_errors_are_delivered_not_raised(qtbot: QtBot, bridge: AsyncBridge) -> None:
    seen: list[BaseException | None] = []

    async def fail() -> None:
        raise ValueError("boom")

    bridge.submit(fail(), lambda _r, e: seen.append(e))
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)  # delivered queued, not raised
    assert isinstance(seen[0], ValueError)


def test_slow_coroutine_does_not_block_and_is_cancelled_on_shutdown(qtbot: QtBot) -> None:
    bridge = AsyncBridge()
    started = threading.Event()

    async def hang() -> None:
        started.set()
        await asyncio.sleep(3600)

    bridge.submit(hang(), lambda *_: None)
    assert started.wait(2)
    bridge.shutdown(timeout=2)
    assert not bridge._thread.is_alive()


def test_a_job_can_be_cancelled_and_its_callback_is_not_called(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    stopped = threading.Event()
    called: list[object] = []

    async def slow() -> str:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            stopped.set()
            raise
        return "done"

    job = bridge.submit(slow(), lambda result, error: called.append((result, error)))
    qtbot.wait(50)
    assert bridge.cancel(job) is True
    assert stopped.wait(5)
    qtbot.wait(100)
    assert called == []
    # A finished job cannot be cancelled.
    finished: list[object] = []

    async def quick() -> int:
        return 1

    other = bridge.submit(quick(), lambda result, error: finished.append(result))
    qtbot.waitUntil(lambda: finished == [1], timeout=3000)
    assert bridge.cancel(other) is False


def test_work_submitted_after_shutdown_is_dropped_unstarted() -> None:
    """A page's timer can fire while the window closes: its request is closed, never
    left half-made, and its callback is not called."""
    the_bridge = AsyncBridge()
    the_bridge.shutdown()
    started: list[bool] = []
    called: list[object] = []

    async def work() -> None:
        started.append(True)

    coro = work()
    the_bridge.submit(coro, lambda result, error: called.append((result, error)))
    assert coro.cr_frame is None  # closed: no "never awaited" warning later
    assert started == [] and called == []


def test_a_widgets_job_dies_with_it_and_its_answer_is_dropped(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    from PySide6.QtWidgets import QWidget

    started, cancelled, seen = threading.Event(), threading.Event(), []

    async def slow() -> int:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return 1

    async def quick() -> int:
        return 2

    page = QWidget()
    bridge.submit(slow(), lambda r, e: seen.append(r), owner=page)
    late = QWidget()
    job = bridge.submit(quick(), lambda r, e: seen.append(r), owner=late)
    assert started.wait(5)
    page.deleteLater()
    shiboken6.delete(late)  # gone before its (already computed) answer is delivered
    qtbot.waitUntil(cancelled.is_set, timeout=5000)
    qtbot.wait(100)
    assert seen == [] and job not in bridge._jobs


def test_a_newer_job_of_the_same_key_supersedes_the_older(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    seen: list[object] = []

    async def answer(value: str, delay: float) -> str:
        await asyncio.sleep(delay)
        return value

    bridge.submit(answer("older list", 0.3), lambda r, e: seen.append(r), owner=page, key="list")
    bridge.submit(answer("newer list", 0.01), lambda r, e: seen.append(r), owner=page, key="list")
    bridge.submit(answer("other", 0.05), lambda r, e: seen.append(r), owner=page, key="other")
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)
    qtbot.wait(400)
    assert sorted(map(str, seen)) == ["newer list", "other"]
    page.deleteLater()
