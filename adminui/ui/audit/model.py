"""The audit log's rows as a table: one line of the file per row, sorted by the value
of a column (line and time as numbers), updated by difference when the rows shown
change (a reload, a search, a filter)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from adminui.core.audit import AuditRecord, ChainedEntry, parse_line
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.table_model import AnyIndex, HeaderedTableModel, natural_key
from adminui.ui.theme import status_colour

#: The columns: line, time, who, profile, action, namespace, node, request, result.
LINE, TIME, WHO, PROFILE, ACTION, NAMESPACE, NODE, REQUEST_ID, RESULT = range(9)

#: The roles a cell answers.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)

#: More rows added or removed at once than this are shown by a reset (cheaper then).
_MANY_CHANGES = 64


@dataclass(frozen=True)
class AuditRow:
    """One line of the log file: its number and its record (None when unreadable);
    ``text`` the line as it stands in the file, ``prev``/``hash``/``keyed`` its place in
    the chain."""

    line: int
    record: AuditRecord | None
    text: str = ""
    prev: str = ""
    hash: str = ""
    keyed: bool = False

    @classmethod
    def read(cls, line: int, text: str) -> AuditRow:
        """Line number ``line`` of the file, whose text is ``text``."""
        try:
            entry: ChainedEntry = parse_line(text)
        except ValueError:
            return cls(line, None, text)
        return cls(line, entry.record, text, entry.prev, entry.hash, entry.keyed)


def translate(text: str) -> str:
    """``text`` in the interface language (the audit page's words)."""
    return QCoreApplication.translate("AuditPage", text)


#: The words the log stores for a result and for a failure's kind (the API's error class
#: names), shown in the interface language.
RESULT_WORDS = (
    QT_TRANSLATE_NOOP("AuditPage", "ok"),
    QT_TRANSLATE_NOOP("AuditPage", "error"),
    QT_TRANSLATE_NOOP("AuditPage", "refused"),
    QT_TRANSLATE_NOOP("AuditPage", "Unreachable"),
    QT_TRANSLATE_NOOP("AuditPage", "Timeout"),
    QT_TRANSLATE_NOOP("AuditPage", "TLSError"),
    QT_TRANSLATE_NOOP("AuditPage", "Sealed"),
    QT_TRANSLATE_NOOP("AuditPage", "NamespaceLocked"),
    QT_TRANSLATE_NOOP("AuditPage", "Standby"),
    QT_TRANSLATE_NOOP("AuditPage", "PermissionDenied"),
    QT_TRANSLATE_NOOP("AuditPage", "NotFound"),
    QT_TRANSLATE_NOOP("AuditPage", "RateLimited"),
    QT_TRANSLATE_NOOP("AuditPage", "BadRequest"),
    QT_TRANSLATE_NOOP("AuditPage", "Conflict"),
    QT_TRANSLATE_NOOP("AuditPage", "ServerError"),
    QT_TRANSLATE_NOOP("AuditPage", "BadResponse"),
    QT_TRANSLATE_NOOP("AuditPage", "ReadOnlyViolation"),
)

HEADERS = (
    QT_TRANSLATE_NOOP("AuditPage", "Line"),
    QT_TRANSLATE_NOOP("AuditPage", "Time"),
    QT_TRANSLATE_NOOP("AuditPage", "Who"),
    QT_TRANSLATE_NOOP("AuditPage", "Profile"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Namespace"),
    QT_TRANSLATE_NOOP("AuditPage", "Node"),
    QT_TRANSLATE_NOOP("AuditPage", "Request ID"),
    QT_TRANSLATE_NOOP("AuditPage", "Result"),
)


def word(stored: str) -> str:
    """A stored word in the interface language (an unknown one as it is)."""
    return translate(stored) if stored in RESULT_WORDS else stored


def stamp(moment: float) -> str:
    """A time of the log as shown: local, to the second."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(moment))


def result_text(row: AuditRow) -> str:
    """The result as shown: "error 403 (PermissionDenied)", in the interface language."""
    if row.record is None:
        return translate("unreadable line")
    record = row.record
    text = word(record.result)
    if record.status is not None:
        text += f" {record.status}"
    if record.error:
        text += f" ({word(record.error)})"
    return text


def _field(name: str) -> Callable[[AuditRow], str]:
    def text(row: AuditRow) -> str:
        if row.record is None:
            return ""
        value = getattr(row.record, name)
        return "" if value is None else str(value)

    return text


#: How each column shows a row.
TEXTS: tuple[Callable[[AuditRow], str], ...] = (
    lambda r: str(r.line),
    lambda r: stamp(r.record.time) if r.record else "",
    _field("who"),
    _field("profile"),
    lambda r: r.record.action if r.record else "",
    _field("namespace"),
    _field("node"),
    _field("request_id"),
    result_text,
)


def cell_texts(row: AuditRow) -> list[str]:
    """Every column's text of ``row``, as shown."""
    return [text(row) for text in TEXTS]


class AuditModel(HeaderedTableModel):
    """The rows shown; the :class:`AuditRow` under ``Qt.UserRole``. Sorted by a column
    (:meth:`sort`), the line order otherwise."""

    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def column_title(self, section: int) -> str:
        return translate(self.HEADERS[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The role first: a view asks for many roles a cell has none of.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == LINE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == RESULT and (row.record is None or row.record.result != "ok"):
                return status_colour("error")
            return None
        text = TEXTS[index.column()](row)
        return text if role == Qt.ItemDataRole.DisplayRole or text else None

    # ----- rows ---------------------------------------------------------------------------
    def rows(self) -> list[AuditRow]:
        """The rows shown, in the order shown."""
        return list(self._rows)

    def entry(self, row: int) -> AuditRow:
        """The row shown at ``row``."""
        return self._rows[row]

    def row_of(self, line: int) -> int:
        """The row showing line ``line`` of the file (-1 if none)."""
        for row, entry in enumerate(self._rows):
            if entry.line == line:
                return row
        return -1

    def sort_key(self, row: Any, column: int) -> Any:
        entry: AuditRow = row
        if column == LINE:
            return float(entry.line)
        if column == TIME:
            return None if entry.record is None else float(entry.record.time)
        text = TEXTS[column](entry)
        return natural_key(text) if text else None

    def natural_rows(self) -> list[Any]:
        return sorted(self._rows, key=lambda r: r.line)

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        """Show ``rows`` (in the current sort order): rows that went away are removed,
        new ones inserted and changed ones signalled; a change of many rows at once
        resets the model instead."""
        if self._sort_column < 0:
            wanted = sorted(rows, key=lambda r: r.line)
        else:
            wanted = self.sorted_rows(sorted(rows, key=lambda r: r.line))
        new_lines = {r.line for r in wanted}
        old_lines = {r.line for r in self._rows}
        if not self._diff(wanted, new_lines, old_lines):
            self.beginResetModel()
            self._rows = wanted
            self.endResetModel()

    def _diff(self, wanted: list[AuditRow], new_lines: set[int], old_lines: set[int]) -> bool:
        """Apply ``wanted`` by removals, inserts and changes; False (nothing done) when
        that would take too many steps or the kept rows changed their order."""
        kept_old = [r.line for r in self._rows if r.line in new_lines]
        kept_new = [r.line for r in wanted if r.line in old_lines]
        if kept_old != kept_new:
            return False
        removed = _runs([i for i, r in enumerate(self._rows) if r.line not in new_lines])
        added = _runs([i for i, r in enumerate(wanted) if r.line not in old_lines])
        if len(removed) + len(added) > _MANY_CHANGES:
            return False
        for first, last in reversed(removed):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        for first, last in added:
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows[first:first] = wanted[first : last + 1]
            self.endInsertRows()
        last_column = self.column_count() - 1
        for position, (shown, new) in enumerate(zip(self._rows, wanted, strict=True)):
            if shown != new:
                self._rows[position] = new
                self.dataChanged.emit(self.index(position, 0), self.index(position, last_column))
        return True


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of neighbours."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs
