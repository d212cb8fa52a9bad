"""The part every flat table model of ours shares: rows in ``_rows``, titled columns."""

from __future__ import annotations

from collections.abc import MutableSequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """A table of ``self._rows`` whose columns are titled by ``HEADERS`` (translated)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: MutableSequence[Any] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def column_count(self) -> int:
        return len(self.HEADERS)

    def column_title(self, section: int) -> str:
        """The title of column ``section`` as shown (``HEADERS`` translated)."""
        return self.tr(self.HEADERS[section])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.column_count()
        ):
            return self.column_title(section)
        return None
