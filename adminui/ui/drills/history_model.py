"""The list of past drills: one row per saved report, newest first, diff-updated."""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from adminui.core.drill import FAULT_TITLES
from adminui.core.drill_report import format_seconds
from adminui.profiles.drill_history import DrillSummary
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.theme import status_colour

_Index = QModelIndex | QPersistentModelIndex

# For lupdate: the fault titles (adminui.core.drill.FAULT_TITLES) shown through ``self.tr``.
_FAULT_TITLES = (
    QT_TRANSLATE_NOOP("DrillHistoryModel", "Step down the active node"),
    QT_TRANSLATE_NOOP("DrillHistoryModel", "Kill the leader (lab)"),
    QT_TRANSLATE_NOOP("DrillHistoryModel", "Kill a follower (lab)"),
    QT_TRANSLATE_NOOP("DrillHistoryModel", "Kill two nodes: quorum loss, then restore (lab)"),
)


class DrillHistoryModel(QAbstractListModel):
    """Summaries of saved drills; the DrillSummary is under ``Qt.UserRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DrillSummary] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(row.started_at))
            result = (
                self.tr("aborted")
                if row.aborted
                else (self.tr("PASS") if row.passed else self.tr("FAIL"))
            )
            return self.tr("{0} · {1} · {2} · recovery {3}").format(
                when,
                self.tr(FAULT_TITLES.get(row.fault, str(row.fault))),
                result,
                say(format_seconds(row.recovery_s)),
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_colour("ok" if row.passed else "error")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Drill {0} on {1}").format(row.id, row.cluster)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def summary(self, row: int) -> DrillSummary:
        return self._rows[row]

    def set_summaries(self, summaries: list[DrillSummary]) -> None:
        """Replace the rows by ``summaries`` with row inserts/removes/changes, no reset."""
        wanted = {s.id for s in summaries}
        # Remove rows that are gone (from the bottom up).
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        # Insert new rows and update changed ones, in the order given.
        for position, summary in enumerate(summaries):
            current = self._rows[position] if position < len(self._rows) else None
            if current is not None and current.id == summary.id:
                if current != summary:
                    self._rows[position] = summary
                    index = self.index(position)
                    self.dataChanged.emit(index, index)
                continue
            existing = next(
                (i for i in range(position, len(self._rows)) if self._rows[i].id == summary.id),
                None,
            )
            if existing is not None:
                self.beginMoveRows(QModelIndex(), existing, existing, QModelIndex(), position)
                self._rows.insert(position, self._rows.pop(existing))
                self.endMoveRows()
                if self._rows[position] != summary:
                    self._rows[position] = summary
                    index = self.index(position)
                    self.dataChanged.emit(index, index)
                continue
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, summary)
            self.endInsertRows()
