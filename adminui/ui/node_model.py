"""The table of a cluster's nodes, updated in place from each new snapshot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.sentence import Sentence, rounded
from adminui.ui.i18n import QT_TRANSLATE_NOOP, fill, say
from adminui.ui.table_model import HeaderedTableModel, natural_key
from adminui.ui.theme import status_background, status_colour

# For lupdate: the role names (adminui.core.cluster.Role) shown through ``self.tr``.
_ROLE_NAMES = (
    QT_TRANSLATE_NOOP("NodeTableModel", "leader"),
    QT_TRANSLATE_NOOP("NodeTableModel", "follower"),
    QT_TRANSLATE_NOOP("NodeTableModel", "candidate"),
    QT_TRANSLATE_NOOP("NodeTableModel", "sealed"),
    QT_TRANSLATE_NOOP("NodeTableModel", "unreachable"),
    QT_TRANSLATE_NOOP("NodeTableModel", "unknown"),
)

#: The status colour (adminui.ui.theme) each role is written in.
ROLE_STATUS = {
    Role.LEADER: "ok",
    Role.FOLLOWER: "info",
    Role.CANDIDATE: "warning",
    Role.SEALED: "special",
    Role.UNREACHABLE: "error",
    Role.UNKNOWN: "muted",
}

#: The order roles sort in: the serving ones first.
ROLE_ORDER = {role: float(rank) for rank, role in enumerate(ROLE_STATUS)}

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
        QT_TRANSLATE_NOOP("NodeTableModel", "Address"),
    )
    ROLE_COLUMN = 1
    OFFSET_COLUMN = 8
    ADDRESS_COLUMN = 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NodeState] = []
        #: The nodes' URLs in the model's own order (the cluster's, newcomers last).
        self._order: list[str] = []

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
            return status_colour(ROLE_STATUS[node.role])
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OFFSET_COLUMN:
            offset = node.clock_offset_s
            if offset is not None and abs(offset) > self.skew_threshold_s:
                return status_background("error")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        return None

    #: Clock offsets beyond this are flagged (Raft clusters need NTP).
    skew_threshold_s = 2.0

    def _display(self, node: NodeState, column: int) -> str:
        if column == 0:
            return node.label
        if column == self.ROLE_COLUMN:
            if node.reason:  # why it does not serve, in the table, not only in a tooltip
                return f"{self.tr(node.role.value)} ({say(node.reason)})"
            return self.tr(node.role.value)
        if column in (2, 3, 4):
            return _opt((node.term, node.commit_index, node.applied_index)[column - 2])
        if column == 5:
            contact = node.last_contact_s
            return "" if contact is None else say(Sentence("{0:.2f} s", contact))
        if column == 6:
            return {True: self.tr("yes"), False: self.tr("no"), None: ""}[node.voter]
        if column == 7:
            latency = node.latency_s
            return "" if latency is None else say(Sentence("{0:.0f} ms", latency * 1000))
        if column == self.OFFSET_COLUMN:
            offset = node.clock_offset_s
            return "" if offset is None else say(Sentence("{0:+.1f} s", rounded(offset)))
        if column == 9:
            return say(node.balancer_answer)
        if column == self.ADDRESS_COLUMN:
            return node.url
        return node.version

    def _tooltip(self, node: NodeState, column: int) -> str | None:
        if column == self.OFFSET_COLUMN and node.clock_offset_s is not None:
            if abs(node.clock_offset_s) > self.skew_threshold_s:
                return fill(
                    self.tr(
                        "This node's clock differs from ours by {0:.1f} s. Raft clusters need "
                        "synchronised clocks: check NTP on the node."
                    ),
                    node.clock_offset_s,
                )
            return self.tr("Measured from the server's own time; resolution about 1 s.")
        if node.error:
            return say(node.error)
        if column == self.ROLE_COLUMN and node.leader_hint:
            return self.tr("Names as leader: {0}").format(node.leader_hint)
        return None

    def node(self, row: int) -> NodeState:
        return self._rows[row]

    def sort_key(self, row: Any, column: int) -> Any:
        """Numbers, times and indexes sort as numbers, roles serving first."""
        node: NodeState = row
        if column == 0:
            return natural_key(node.label)
        if column == self.ADDRESS_COLUMN:
            return natural_key(node.url)
        if column == self.ROLE_COLUMN:
            return ROLE_ORDER[node.role]
        numbers = {
            2: node.term,
            3: node.commit_index,
            4: node.applied_index,
            5: node.last_contact_s,
            7: node.latency_s,
            self.OFFSET_COLUMN: node.clock_offset_s,
        }
        if column in numbers:
            value = numbers[column]
            return None if value is None else float(value)
        if column == 6:
            return None if node.voter is None else (0.0 if node.voter else 1.0)
        text = self._display(node, column)
        return natural_key(text) if text else None

    def natural_rows(self) -> list[Any]:
        place = {url: i for i, url in enumerate(self._order)}
        return sorted(self._rows, key=lambda n: place.get(n.url, len(place)))

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
            self._order = [u for u in self._order if u in by_url]
            self._order += [n.url for n in additions if n.url not in self._order]
        for row, (before, after) in enumerate(zip(self._rows, new, strict=True)):
            if before != after:
                self._rows[row] = after
                for first, last in self._changed_runs(before, after):
                    self.dataChanged.emit(self.index(row, first), self.index(row, last))
        self.keep_sorted()

    def _changed_runs(self, before: NodeState, after: NodeState) -> list[tuple[int, int]]:
        """The runs of columns whose text or tooltip differ: only those cells are
        repainted (at each look a node's latency and contact change, little else)."""
        columns = len(self.HEADERS)
        if before.role != after.role or before.error != after.error:
            return [(0, columns - 1)]
        runs: list[tuple[int, int]] = []
        for column in range(columns):
            if self._display(before, column) == self._display(after, column) and self._tooltip(
                before, column
            ) == self._tooltip(after, column):
                continue
            if runs and runs[-1][1] == column - 1:
                runs[-1] = (runs[-1][0], column)
            else:
                runs.append((column, column))
        return runs
