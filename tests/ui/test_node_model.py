"""The node table model: diff updates and Qt's model tester."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, ClusterSpec, NodeState, Role, Snapshot, host_port
from adminui.ui.cluster_list_model import ClusterListModel
from adminui.ui.node_model import NodeTableModel


def snap(*nodes: NodeState) -> Snapshot:
    return Snapshot("c", 0.0, tuple(nodes))


A, B, C = "http://a", "http://b", "http://c"


def test_model_passes_model_tester_through_updates(qtmodeltester: ModelTester) -> None:
    model = NodeTableModel()
    qtmodeltester.check(model)
    model.apply(snap(NodeState(A, Role.LEADER, 3), NodeState(B, Role.FOLLOWER, 3)))
    qtmodeltester.check(model)
    model.apply(snap(NodeState(A, Role.UNREACHABLE), NodeState(B, Role.LEADER, 4)))
    model.apply(snap(NodeState(B, Role.LEADER, 4), NodeState(C, Role.FOLLOWER, 4)))
    qtmodeltester.check(model)
    assert [model.node(r).url for r in range(model.rowCount())] == [B, C]


def test_only_changed_rows_are_signalled(qtbot: QtBot) -> None:
    model = NodeTableModel()
    model.apply(snap(NodeState(A, Role.LEADER, 3), NodeState(B, Role.FOLLOWER, 3)))
    changed: list[int] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.modelReset.connect(lambda: resets.append(True))
    model.apply(snap(NodeState(A, Role.LEADER, 3), NodeState(B, Role.CANDIDATE, 4)))
    assert changed == [1]
    model.apply(snap(NodeState(A, Role.LEADER, 3), NodeState(B, Role.CANDIDATE, 4)))
    assert changed == [1]
    assert resets == []


def test_display_and_user_role() -> None:
    model = NodeTableModel()
    node = NodeState(
        A,
        Role.LEADER,
        term=7,
        commit_index=10,
        applied_index=9,
        latency_s=0.012,
        last_contact_s=0.25,
        voter=True,
        clock_offset_s=-0.4,
        balancer_answer="200",
        version="2.7.2",
    )
    model.apply(snap(node))
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == [
        host_port(A),
        "leader",
        "7",
        "10",
        "9",
        "0.25 s",
        "yes",
        "12 ms",
        "-0.4 s",
        "200",
        "2.7.2",
        A,  # the address, last: the node is called by its name (here: host and port)
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == node
    model.apply(snap(replace(node, name="vault-1")))
    assert (model.index(0, 0).data(), model.index(0, model.ADDRESS_COLUMN).data()) == ("vault-1", A)


def test_clock_skew_past_the_threshold_is_flagged() -> None:
    model = NodeTableModel()
    model.apply(
        snap(
            NodeState(A, Role.LEADER, clock_offset_s=5.2),
            NodeState(B, Role.FOLLOWER, clock_offset_s=0.3),
        )
    )
    column = NodeTableModel.OFFSET_COLUMN
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "NTP" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, column).data(Qt.ItemDataRole.BackgroundRole) is None


def test_cluster_list_model(qtmodeltester: ModelTester) -> None:
    spec = ClusterSpec("Lab OpenBao", ClusterKind.OPENBAO, (A, B, C))
    model = ClusterListModel([spec])
    qtmodeltester.check(model)
    assert "Lab OpenBao" in model.index(0, 0).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is spec


def test_events_model_newest_first_and_bounded(qtmodeltester: ModelTester) -> None:
    from adminui.core.transitions import Transition, TransitionKind
    from adminui.ui.overview.events_model import EventsModel

    model = EventsModel(capacity=3)
    qtmodeltester.check(model)
    for i in range(5):
        model.add([Transition(TransitionKind.NODE_DOWN, float(i), f"http://n{i}")])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole).node for r in range(3)] == [
        "http://n4",
        "http://n3",
        "http://n2",
    ]
    assert model.index(0, 1).data() == "http://n4 is unreachable"


def test_only_the_cells_that_changed_are_repainted(qtbot: QtBot) -> None:
    model = NodeTableModel()
    leader = NodeState(A, Role.LEADER, 3, latency_s=0.004, last_contact_s=0.0, version="2.7")
    model.apply(snap(leader))
    spans: list[tuple[int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): spans.append((top.row(), top.column(), bottom.column()))
    )
    model.apply(snap(replace(leader, latency_s=0.009)))  # one cell: the latency
    assert spans == [(0, 7, 7)]
    model.apply(snap(replace(leader, latency_s=0.0091)))  # still "9 ms": nothing to repaint
    assert spans == [(0, 7, 7)]
    model.apply(snap(replace(leader, term=4, commit_index=10, latency_s=0.009)))
    assert spans[1:] == [(0, 2, 3)]  # term and commit index: one run of two cells
    model.apply(snap(replace(leader, role=Role.UNREACHABLE)))  # a new role: the whole row
    assert spans[2:] == [(0, 0, model.columnCount() - 1)]
