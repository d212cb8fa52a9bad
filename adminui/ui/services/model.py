"""The "Active services" table model and its filter proxy.

Rows are :class:`~adminui.api.kuma_models.Service` records keyed by ID, updated in place
from each refresh (rows inserted, removed or changed; never a reset). Rows whose status
changed since the user last marked the table as seen are highlighted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from adminui.api.kuma_models import Service
from adminui.core import services as rules
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.table_model import HeaderedTableModel
from adminui.ui.theme import status_background, status_colour

AnyIndex = QModelIndex | QPersistentModelIndex

#: The theme's status colour (adminui.ui.theme) for each of KUMA's service colours.
STATUS_COLOURS = {
    "green": "ok",
    "red": "error",
    "yellow": "warning",
    "purple": "special",
    "gray": "muted",
    "unknown": "muted",
}
#: Sort key role: numbers for uptime, a rank for status, text elsewhere.
SortRole = Qt.ItemDataRole.UserRole + 1
#: True when the row changed since the last "mark as seen".
ChangedRole = Qt.ItemDataRole.UserRole + 2

# For lupdate: the documented statuses shown through ``self.tr``.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("ServiceTableModel", "green"),
    QT_TRANSLATE_NOOP("ServiceTableModel", "yellow"),
    QT_TRANSLATE_NOOP("ServiceTableModel", "purple"),
    QT_TRANSLATE_NOOP("ServiceTableModel", "red"),
    QT_TRANSLATE_NOOP("ServiceTableModel", "gray"),
)


def translated_meaning(status: str) -> str:
    """The status meaning in the UI language (sentences from ``adminui.core.services``)."""
    return say(rules.meaning(status))


class ServiceTableModel(HeaderedTableModel):
    """Services by ID in the server's order; the Service under ``Qt.UserRole``."""

    #: The number of highlighted (changed) rows changed: (count).
    sig_changed_count = Signal(int)

    HEADERS = (
        QT_TRANSLATE_NOOP("ServiceTableModel", "Status"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "Name"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "Tenant"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "FQDN"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "Address"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "ID"),
        QT_TRANSLATE_NOOP("ServiceTableModel", "Uptime"),
    )
    STATUS, KIND, NAME, TENANT, FQDN, ADDRESS, ID, UPTIME = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Service] = []
        self._baseline: dict[str, str] | None = None  # ID -> status when last seen
        self._changed: set[str] = set()

    # -- Qt model API ------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        service = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return service
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(service, column)
        if role == SortRole:
            if column == self.STATUS:
                return rules.status_rank(service.status)
            if column == self.UPTIME:
                return -1 if service.uptime is None else service.uptime
            return self._display(service, column).casefold()
        if role == ChangedRole:
            return service.id in self._changed
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_colour(STATUS_COLOURS[service.colour])
        if role == Qt.ItemDataRole.BackgroundRole and service.id in self._changed:
            return QBrush(status_background("warning"))
        if role == Qt.ItemDataRole.FontRole and service.id in self._changed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(service, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == self.STATUS:
            return translated_meaning(service.status)
        return None

    def _display(self, service: Service, column: int) -> str:
        status = self.tr(service.status) if service.status else self.tr("unknown")
        values = (
            status,
            service.kind,
            service.name,
            service.tenant_name or service.tenant_id,
            service.fqdn,
            service.address,
            service.id,
            say(rules.format_uptime(service.uptime)),
        )
        return values[column]

    def _tooltip(self, service: Service, column: int) -> str | None:
        if column == self.STATUS:
            text = self.tr("{0}: {1}").format(
                service.status or self.tr("unknown"), translated_meaning(service.status)
            )
            if service.warning:
                text += "\n" + service.warning
            if service.id in self._changed:
                text += "\n" + self.tr("Changed since you last marked the table as seen.")
            return text
        if column == self.ID:
            return self.tr("Select and press Ctrl+C to copy the ID.")
        return None

    # -- records -------------------------------------------------------------------------
    def service(self, row: int) -> Service:
        return self._rows[row]

    def services(self) -> list[Service]:
        return list(self._rows)

    def row_of(self, service_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == service_id), -1)

    @property
    def changed_ids(self) -> frozenset[str]:
        return frozenset(self._changed)

    def apply(self, services: Sequence[Service]) -> None:
        """Bring the rows in line with ``services``: removals, changes, then additions."""
        wanted = {s.id: s for s in services}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        last = len(self.HEADERS) - 1
        for row, before in enumerate(self._rows):
            after = wanted[before.id]
            if after != before:
                self._rows[row] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        known = {s.id for s in self._rows}
        additions = [s for s in services if s.id not in known]
        if additions:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(additions) - 1)
            self._rows.extend(additions)
            self.endInsertRows()
        if self._baseline is None:
            self._baseline = self._statuses()
        self._set_changed(rules.changed_since(self._baseline, self._statuses()))

    def mark_seen(self) -> None:
        """Take the current statuses as the new baseline: no row is highlighted."""
        self._baseline = self._statuses()
        self._set_changed(set())

    def _statuses(self) -> dict[str, str]:
        return {s.id: s.status for s in self._rows}

    def _set_changed(self, changed: set[str]) -> None:
        if changed == self._changed:
            return
        touched = changed ^ self._changed
        self._changed = changed
        last = len(self.HEADERS) - 1
        for row, service in enumerate(self._rows):
            if service.id in touched:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.sig_changed_count.emit(len(changed))

    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self._rows if s.kind})

    def core_services(self) -> list[Service]:
        return [s for s in self._rows if s.kind.lower() == rules.CORE_KIND]


class ServiceFilterProxy(QSortFilterProxyModel):
    """Filters by status, kind and free text; sorts with :data:`SortRole`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._statuses: set[str] = set()
        self._kinds: set[str] = set()
        self._text = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_statuses(self, statuses: Iterable[str]) -> None:
        self.beginFilterChange()
        self._statuses = {s.lower() for s in statuses}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kinds(self, kinds: Iterable[str]) -> None:
        self.beginFilterChange()
        self._kinds = {k.lower() for k in kinds}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ServiceTableModel) or source_row >= model.rowCount():
            return True
        service = model.service(source_row)
        fields = (
            service.kind,
            service.name,
            service.tenant_name,
            service.fqdn,
            service.address,
            service.id,
            service.status,
        )
        return rules.matches(
            fields,
            service.status,
            service.kind,
            statuses=self._statuses,
            kinds=self._kinds,
            text=self._text,
        )
