"""The table of a cluster's nodes, updated in place from each new snapshot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.table_model import HeaderedTableModel

# For lupdate: the role names (adminui.core.cluster.Role) shown through ``self.tr``.
_ROLE_NAMES = (
    QT_TRANSLATE_NOOP("NodeTableModel", "leader"),
    QT_TRANSLATE_NOOP("NodeTableModel", "follower"),
    QT_TRANSLATE_NOOP("NodeTableModel", "candidate"),
    QT_TRANSLATE_NOOP("NodeTableModel", "sealed"),
    QT_TRANSLATE_NOOP("NodeTableModel", "unreachable"),
    QT_TRANSLATE_NOOP("NodeTableModel", "unknown"),
)

ROLE_COLOURS = {
    Role.LEADER: "#2e7d32",
    Role.FOLLOWER: "#1565c0",
    Role.CANDIDATE: "#ef6c00",
    Role.SEALED: "#6a1b9a",
    Role.UNREACHABLE: "#c62828",
    Role.UNKNOWN: "#616161",
}

AnyIndex = QModelIndex | QPersistentModelIndex


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


class NodeTableModel(HeaderedTableModel):
    """Rows are nodes (in the cluster's order); the NodeState under ``Qt.UserRole``."""

    HEADERS = (
        QT_TRANSLATE_NOOP("NodeTableModel", "Node"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Role"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Term"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Commit index"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Applied index"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Last contact"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Voter"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Latency"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Clock offset"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Balancer sees"),
        QT_TRANSLATE_NOOP("NodeTableModel", "Version"),
    )
    ROLE_COLUMN = 1
    OFFSET_COLUMN = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NodeState] = []

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        node = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return node
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ROLE_COLUMN:
            return QColor(ROLE_COLOURS[node.role])
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OFFSET_COLUMN:
            offset = node.clock_offset_s
            if offset is not None and abs(offset) > self.skew_threshold_s:
                return QColor("#ffcdd2")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        return None

    #: Clock offsets beyond this are flagged (Raft clusters need NTP).
    skew_threshold_s = 2.0

    def _display(self, node: NodeState, column: int) -> str:
        latency = "" if node.latency_s is None else f"{node.latency_s * 1000:.0f} ms"
        contact = "" if node.last_contact_s is None else f"{node.last_contact_s:.2f} s"
        voter = {True: self.tr("yes"), False: self.tr("no"), None: ""}[node.voter]
        offset = "" if node.clock_offset_s is None else f"{node.clock_offset_s:+.1f} s"
        values = (
            node.url,
            self.tr(node.role.value),
            _opt(node.term),
            _opt(node.commit_index),
            _opt(node.applied_index),
            contact,
            voter,
            latency,
            offset,
            node.balancer_answer,
            node.version,
        )
        return values[column]

    def _tooltip(self, node: NodeState, column: int) -> str | None:
        if column == self.OFFSET_COLUMN and node.clock_offset_s is not None:
            if abs(node.clock_offset_s) > self.skew_threshold_s:
                return self.tr(
                    "This node's clock differs from ours by {0:.1f} s. Raft clusters need "
                    "synchronised clocks: check NTP on the node."
                ).format(node.clock_offset_s)
            return self.tr("Measured from the server's own time; resolution about 1 s.")
        if node.error:
            return node.error
        if column == self.ROLE_COLUMN and node.leader_hint:
            return self.tr("Names as leader: {0}").format(node.leader_hint)
        return None

    def node(self, row: int) -> NodeState:
        return self._rows[row]

    def apply(self, snapshot: Snapshot) -> None:
        """Bring the rows in line with ``snapshot``: changed rows only, no reset."""
        new = list(snapshot.nodes)
        old_urls = [n.url for n in self._rows]
        new_urls = [n.url for n in new]
        if old_urls != new_urls:
            # Membership changed: remove rows that went away, then append new ones.
            for row in reversed(range(len(self._rows))):
                if self._rows[row].url not in new_urls:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
            kept = {n.url for n in self._rows}
            additions = [n for n in new if n.url not in kept]
            if additions:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(additions) - 1)
                self._rows.extend(additions)
                self.endInsertRows()
            by_url = {n.url: n for n in new}
            new = [by_url[n.url] for n in self._rows]
        for row, (before, after) in enumerate(zip(self._rows, new, strict=True)):
            if before != after:
                self._rows[row] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
