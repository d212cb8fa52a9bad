"""The overview's recovery-plan button stands out while a majority of the nodes is lost,
and the applied indexes of live ticks are remembered for the plan."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.core.recovery_plan import RaftMemory
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.raft_memory_store import RaftMemoryStore
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.cluster_page import ClusterOverview

A, B, C = "http://127.0.0.1:28300", "http://127.0.0.1:28301", "http://127.0.0.1:28302"
PROFILE = Profile("recovery-marks", ClusterKind.OPENBAO, (A, B, C))


def snapshot(*roles: Role, applied: int = 40, storage: str = "raft") -> Snapshot:
    nodes = tuple(
        NodeState(url, role, applied_index=None if role is Role.UNREACHABLE else applied)
        for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot("recovery-marks", 1_700_000_000.0, nodes, storage=storage)


def test_the_button_is_marked_only_while_a_majority_is_lost(qtbot: QtBot) -> None:
    overview = ClusterOverview(PROFILE, ClusterHistory())
    qtbot.addWidget(overview)
    button = overview.recovery_button
    overview.show_snapshot(snapshot(Role.LEADER, Role.FOLLOWER, Role.UNREACHABLE))
    assert not button.property("lost") and button.styleSheet() == ""
    overview.show_snapshot(snapshot(Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE))
    assert button.property("lost") and "background" in button.styleSheet()
    overview.show_snapshot(snapshot(Role.LEADER, Role.UNREACHABLE, Role.UNREACHABLE))
    assert not button.property("lost")
    # A single node without Raft has no quorum to lose.
    overview.show_snapshot(
        snapshot(Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE, storage="inmem")
    )
    assert not button.property("lost")


def test_live_ticks_leave_the_applied_indexes_for_a_plan(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[str] = []
    save = RaftMemoryStore.save

    def save_and_say_where(store: RaftMemoryStore, memory: RaftMemory) -> None:
        writers.append(threading.current_thread().name)
        save(store, memory)

    monkeypatch.setattr(RaftMemoryStore, "save", save_and_say_where)
    view = ClusterView(ClusterContext(PROFILE, None), bridge)
    qtbot.addWidget(view)
    view.apply_tick(Tick(snapshot(Role.LEADER, Role.FOLLOWER, Role.UNREACHABLE, applied=77), []))
    qtbot.waitUntil(lambda: RaftMemoryStore().load("recovery-marks").applied == {A: 77, B: 77})
    assert writers and threading.main_thread().name not in writers  # not the GUI thread
