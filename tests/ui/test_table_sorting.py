"""A click on a header sorts the window's tables by the real value of the column
(numbers as numbers), diff updates keep the order, and every table copies its rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.api.vault_models import RateLimitQuota
from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.core.metrics_namespaces import NamespaceLoad
from adminui.core.peer_change import Peer, PeerAction
from adminui.core.recovery_plan import Candidate, RememberedServer
from adminui.monitor.namespace_load import LoadRanking
from adminui.monitor.peer_service import Membership
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.namespaces.load_view import LoadRankingView
from adminui.ui.overview.cluster_page import ClusterOverview
from adminui.ui.overview.peers_dialog import PeersDialog
from adminui.ui.overview.recovery_dialog import RecoveryDialog
from adminui.ui.policies.page import PoliciesPage, PolicyRow
from adminui.ui.policies.record_model import Column
from adminui.ui.quotas.widget import QuotasWidget
from adminui.ui.sortable_records import SortableRecordModel, number
from adminui.ui.table_model import natural_key
from adminui.ui.table_tools import TableTools

A, B, C = "http://127.0.0.1:28500", "http://127.0.0.1:28501", "http://127.0.0.1:28502"
PROFILE = Profile("sorting", ClusterKind.OPENBAO, (A, B, C))


@pytest.fixture
def offline() -> Iterator[ClusterContext]:
    """A context whose nodes refuse connections at once (nothing listens on port 9)."""
    profile = Profile("offline", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    yield ClusterContext(profile, "t")


def column_of(model: QAbstractItemModel, title: str) -> int:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def shown(table: QTableView, column: int) -> list[str]:
    """The texts of ``column``, top to bottom, as the table shows them."""
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def copied(qtbot: QtBot, table: QTableView) -> list[list[str]]:
    """What Ctrl+C puts on the clipboard, as rows of cells."""
    QGuiApplication.clipboard().clear()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]


def nodes_snapshot(commits: tuple[int, int, int], latency_ms: tuple[int, int, int]) -> Snapshot:
    roles = (Role.FOLLOWER, Role.LEADER, Role.FOLLOWER)
    nodes = tuple(
        NodeState(url, role, term=3, commit_index=commit, latency_s=ms / 1000, voter=True)
        for url, role, commit, ms in zip((A, B, C), roles, commits, latency_ms, strict=True)
    )
    return Snapshot("sorting", 1_700_000_000.0, nodes, failure_tolerance=1)


def test_node_table_sorts_numbers_as_numbers_and_keeps_the_order_live(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    overview = ClusterOverview(PROFILE, ClusterHistory())
    qtbot.addWidget(overview)
    overview.resize(1100, 700)
    overview.show()
    overview.show_snapshot(nodes_snapshot((9, 100, 10), (120, 8, 45)))
    table, model = overview.node_table, overview.node_model
    qtmodeltester.check(model)
    commit = column_of(model, "Commit index")
    latency = column_of(model, "Latency")
    # The cluster's order until a header is clicked.
    assert [model.node(r).url for r in range(3)] == [A, B, C]
    click_header(qtbot, table, commit)
    assert shown(table, commit) == ["9", "10", "100"]  # not "10", "100", "9"
    click_header(qtbot, table, commit)
    assert shown(table, commit) == ["100", "10", "9"]
    table.sortByColumn(latency, Qt.SortOrder.AscendingOrder)
    assert shown(table, latency) == ["8 ms", "45 ms", "120 ms"]
    # A live update that changes the order moves the rows, and the selection with them.
    table.selectRow(0)
    assert model.node(0).url == B
    overview.show_snapshot(nodes_snapshot((9, 100, 10), (120, 300, 45)))
    assert shown(table, latency) == ["45 ms", "120 ms", "300 ms"]
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    # Ctrl+C copies the selected rows as shown.
    rows = copied(qtbot, table)
    assert len(rows) == 1 and rows[0][commit] == "100" and rows[0][latency] == "300 ms"
    # A third click gives the cluster's order back.
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert [model.node(r).url for r in range(3)] == [A, B, C]
    qtmodeltester.check(model)


def test_policies_sort_by_name_naturally_and_filter(
    qtbot: QtBot, bridge: AsyncBridge, offline: ClusterContext, qtmodeltester: ModelTester
) -> None:
    page = PoliciesPage(offline, bridge)
    qtbot.addWidget(page)
    page.show()
    page.model.set_records(
        [PolicyRow("p10"), PolicyRow("p9"), PolicyRow("Admin"), PolicyRow("b", True)]
    )
    qtmodeltester.check(page.model)
    table = page.list_view
    assert shown(table, 0) == ["Admin", "b  ✎", "p9", "p10"]
    click_header(qtbot, table, 0)
    assert shown(table, 0) == ["p10", "p9", "b  ✎", "Admin"]
    page.search.setText("p")
    assert shown(table, 0) == ["p10", "p9"]
    assert page.select("p9")
    assert page.selected_name() == "p9"
    assert copied(qtbot, table) == [["p9"]]
    assert table.findChild(TableTools) is not None


def quota(name: str, rate: float, interval: float, block: float = 0.0) -> RateLimitQuota:
    return RateLimitQuota("n1", name, "team-a/", rate=rate, interval=interval, block_interval=block)


def test_quotas_sort_by_rate_and_interval_as_numbers(
    qtbot: QtBot, bridge: AsyncBridge, offline: ClusterContext
) -> None:
    widget = QuotasWidget(offline, bridge, "team-a")
    qtbot.addWidget(widget)
    widget.show()
    widget.model.set_records(
        [quota("slow", 5, 120), quota("fast", 100, 1, 30), quota("mid", 50, 10)]
    )
    table = widget.table
    assert shown(table, 0) == ["fast", "mid", "slow"]  # by name at first
    rate = column_of(widget.model, "Rate")
    click_header(qtbot, table, rate)
    assert shown(table, rate) == ["5", "50", "100"]
    interval = column_of(widget.model, "Interval")
    table.sortByColumn(interval, Qt.SortOrder.DescendingOrder)
    assert shown(table, 0) == ["slow", "mid", "fast"]  # 2 min, 10 s, 1 s
    block = column_of(widget.model, "Block")
    table.sortByColumn(block, Qt.SortOrder.DescendingOrder)
    assert shown(table, 0)[0] == "fast"  # the only one that blocks; the others after it
    table.selectRow(0)
    selected = widget.selected()
    assert selected is not None and selected.name == "fast"
    assert copied(qtbot, table)[0][0] == "fast"


def test_load_ranking_keeps_each_rank_when_sorted_otherwise(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    view = LoadRankingView()
    qtbot.addWidget(view)
    view.show()
    rows = (
        NamespaceLoad("team-b", 900.0, 15.0),
        NamespaceLoad("team-a10", 120.0, 2.0),
        NamespaceLoad("", 80.0, 1.3),
        NamespaceLoad("team-a9", 9.0, 0.15),
    )
    view.show_ranking(LoadRanking(rows, 60.0, (A,), (), True))
    qtmodeltester.check(view.model)
    table = view.table
    assert shown(table, 0) == ["1", "2", "3", "4"]
    click_header(qtbot, table, 2)  # Requests, smallest first
    assert shown(table, 2) == ["9", "80", "120", "900"]
    assert shown(table, 0) == ["4", "3", "2", "1"]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(table, 1) == ["(root)", "team-a9/", "team-a10/", "team-b/"]
    # A new measurement keeps the chosen order.
    view.show_ranking(LoadRanking(rows[:2], 60.0, (A,), (), True))
    assert shown(table, 1) == ["team-a10/", "team-b/"]
    assert shown(table, 0) == ["2", "1"]
    table.selectAll()
    assert [row[1] for row in copied(qtbot, table)] == ["team-a10/", "team-b/"]


def test_peers_sort_by_applied_index_and_act_on_the_row_shown(
    qtbot: QtBot, bridge: AsyncBridge, offline: ClusterContext
) -> None:
    dialog = PeersDialog(offline, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    peers = [
        Peer("node-a", "a:8201", leader=True, healthy=True, last_index=1000),
        Peer("node-b", "b:8201", healthy=True, last_index=99),
        Peer("node-c", "c:8201", healthy=False, last_index=100),
    ]
    dialog._shown(Membership(peers), None)
    table = dialog.table
    assert shown(table, 0) == ["node-a", "node-b", "node-c"]
    applied = column_of(dialog.model, "Applied index")
    click_header(qtbot, table, applied)
    assert shown(table, applied) == ["99", "100", "1000"]
    table.selectRow(0)
    asked: list[str] = []
    dialog.confirm_change = lambda outcome: asked.append(outcome.node_id) is not None
    dialog.change_selected(PeerAction.REMOVE)
    assert asked == ["node-b"]  # the row shown first, not the model's first record
    assert copied(qtbot, table)[0][0] == "node-b"


def test_recovery_candidates_sort_by_applied_index(
    qtbot: QtBot, bridge: AsyncBridge, offline: ClusterContext
) -> None:
    dialog = RecoveryDialog(offline, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    candidates = [
        Candidate(RememberedServer("n2", "b:8201", "http://b"), 100, True),
        Candidate(RememberedServer("n1", "a:8201", "http://a"), 1000, False),
        Candidate(RememberedServer("n3", "c:8201"), None, False),
    ]
    dialog.model.set_records(candidates)
    table = dialog.table
    assert shown(table, 0) == ["n2", "n1", "n3"]  # the plan's order
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown(table, 0) == ["n2", "n1", "n3"]  # 100, 1000, then the unknown
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown(table, 0) == ["n1", "n2", "n3"]  # the unknown stays last
    table.selectRow(0)
    assert copied(qtbot, table)[0][:3] == ["n1", "http://a", "1000"]


def test_sortable_record_model_passes_the_model_tester_through_sorts_and_updates(
    qtmodeltester: ModelTester,
) -> None:
    model: SortableRecordModel[tuple[str, int]] = SortableRecordModel(
        [Column("Name", lambda r: r[0]), Column("Count", lambda r: str(r[1]))],
        key=lambda r: r[0],
        sort_by={1: lambda r: number(r[1])},
    )
    qtmodeltester.check(model)
    model.set_records([("b", 10), ("a2", 9), ("a10", 100)])
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.record(r)[1] for r in range(3)] == [9, 10, 100]
    model.set_records([("b", 1), ("a10", 100), ("c", 50)])
    assert model.records() == [("b", 1), ("c", 50), ("a10", 100)]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in model.records()] == ["a10", "b", "c"]
    model.sort(-1)
    assert [r[0] for r in model.records()] == ["b", "a10", "c"]  # as given
    qtmodeltester.check(model)


def test_natural_key_reads_numbers_in_text() -> None:
    names = ["node10", "Node2", "node1", "alpha", ""]
    assert sorted(names, key=natural_key) == ["", "alpha", "node1", "Node2", "node10"]
