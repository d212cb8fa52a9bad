"""Item models of the rotation page: the sets of a namespace, and one set's members."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from adminui.core.rotation import Assessment, Member
from adminui.monitor.rotation_service import MemberCheck, RotationSet, SetMember, SetStatus
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.rotation.format import clock_time, duration
from adminui.ui.table_model import HeaderedTableModel
from adminui.ui.theme import status_colour

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class _KeyedTableModel(HeaderedTableModel):
    """Rows of records kept in a fixed order, updated by key: no reset, changed rows only."""

    def __init__(self, key: Callable[[Any], Hashable], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._key = key

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, key: Hashable) -> int:
        """The row of the record with ``key`` (-1 when absent)."""
        for row, record in enumerate(self._rows):
            if self._key(record) == key:
                return row
        return -1

    def _apply(self, new: Sequence[Any]) -> None:
        """Bring the rows in line with ``new`` (in its order)."""
        new_keys = [self._key(r) for r in new]
        for row in reversed(range(len(self._rows))):
            if self._key(self._rows[row]) not in new_keys:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for position, record in enumerate(new):
            key = self._key(record)
            row = self.row_of(key)
            if row == -1:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, record)
                self.endInsertRows()
                continue
            if row != position:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), position)
                self._rows.insert(position, self._rows.pop(row))
                self.endMoveRows()
            if self._rows[position] != record:
                self._rows[position] = record
                last = len(self.HEADERS) - 1
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))


class SetListModel(_KeyedTableModel):
    """The sets of one namespace, by name; the RotationSet under ``Qt.UserRole``."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SetListModel", "Set"),
        QT_TRANSLATE_NOOP("SetListModel", "Members"),
        QT_TRANSLATE_NOOP("SetListModel", "Period"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda s: s.name, parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rotation_set: RotationSet = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return rotation_set
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                rotation_set.name,
                str(len(rotation_set.members)),
                duration(rotation_set.period),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Database mount {0}, connection {1}").format(
                rotation_set.mount, rotation_set.connection
            )
        return None

    def set_sets(self, sets: Sequence[RotationSet]) -> None:
        self._apply(sorted(sets, key=lambda s: s.name))

    def rotation_set(self, row: int) -> RotationSet:
        result: RotationSet = self._rows[row]
        return result


class MemberState(StrEnum):
    """What a member is doing now, for people."""

    HAND_OUT = QT_TRANSLATE_NOOP("MemberTableModel", "hand out")  # the one to give to consumers now
    VALID = QT_TRANSLATE_NOOP("MemberTableModel", "valid")
    # due; the server rotates it within the lag
    DUE = QT_TRANSLATE_NOOP("MemberTableModel", "rotating")
    STUCK = QT_TRANSLATE_NOOP("MemberTableModel", "not rotated")  # overdue past the lag
    MISSING = QT_TRANSLATE_NOOP("MemberTableModel", "missing")  # its static role is gone


#: The status tone (see adminui.ui.theme) of each state.
STATE_COLOURS = {
    MemberState.HAND_OUT: "ok",
    MemberState.VALID: "info",
    MemberState.DUE: "warning",
    MemberState.STUCK: "error",
    MemberState.MISSING: "error",
}


@dataclass(frozen=True)
class MemberRow:
    """One member as the table shows it (seconds are whole, so ticks change rows rarely)."""

    member: SetMember
    state: MemberState
    last_rotation: float | None = None
    next_rotation: float | None = None
    remaining: int = 0
    check: MemberCheck | None = None


def member_rows(
    rotation_set: RotationSet,
    status: SetStatus | None,
    assessment: Assessment | None,
    checks: dict[str, MemberCheck] | None = None,
) -> list[MemberRow]:
    """The rows for ``rotation_set`` from its last status and the assessment at now."""
    known: dict[str, Member] = {m.name: m for m in status.members} if status else {}
    rows = []
    for member in rotation_set.members:
        check = (checks or {}).get(member.role)
        found = known.get(member.role)
        if found is None or assessment is None:
            state = MemberState.MISSING if status else MemberState.VALID
            rows.append(MemberRow(member, state, check=check))
            continue
        now = assessment.now
        if member.role in assessment.stuck:
            state = MemberState.STUCK
        elif found.is_due(now):
            state = MemberState.DUE
        elif member.role == assessment.chosen:
            state = MemberState.HAND_OUT
        else:
            state = MemberState.VALID
        rows.append(
            MemberRow(
                member,
                state,
                found.last_rotation,
                found.next_rotation,
                int(found.remaining(now)),
                check,
            )
        )
    return rows


class MemberTableModel(_KeyedTableModel):
    """The members of one set, in the set's order; the MemberRow under ``Qt.UserRole``."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Member"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Account"),
        QT_TRANSLATE_NOOP("MemberTableModel", "State"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Remaining"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Last rotation"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Next rotation"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Login"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(lambda r: r.member.role, parent)

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self._apply(rows)

    def member_row(self, row: int) -> MemberRow:
        result: MemberRow = self._rows[row]
        return result

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: MemberRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2:
                return status_colour(STATE_COLOURS[row.state])
            if column == 6 and row.check is not None:
                return status_colour("ok" if row.check.ok else "error")
        if role == Qt.ItemDataRole.FontRole and row.state is MemberState.HAND_OUT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and row.check is not None:
            return say(row.check.message) or self.tr("Logged in with the current password.")
        return None

    def _display(self, row: MemberRow, column: int) -> str:
        if column == 0:
            return row.member.role
        if column == 1:
            return row.member.username
        if column == 2:
            return self.tr(row.state.value)
        if column == 3:
            return "" if row.next_rotation is None else duration(row.remaining)
        if column == 4:
            return "" if row.last_rotation is None else clock_time(row.last_rotation)
        if column == 5:
            return "" if row.next_rotation is None else clock_time(row.next_rotation)
        if row.check is None:
            return ""
        return self.tr("logs in") if row.check.ok else self.tr("refused")
