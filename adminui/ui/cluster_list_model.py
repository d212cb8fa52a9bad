"""The sidebar list of clusters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from adminui.core.cluster import ClusterKind, ClusterSpec
from adminui.core.services import CoreMembers

AnyIndex = QModelIndex | QPersistentModelIndex

KIND_LABELS = {ClusterKind.OPENBAO: "OpenBao", ClusterKind.CORE: "KUMA Core"}


def node_count_text(spec: ClusterSpec, members: CoreMembers | None) -> str:
    """``3`` (the nodes watched), or for a Core cluster whose services are known the
    Core services that run or ran, with ``+ 1 not started`` for those only registered."""
    if members is None:
        return str(len(spec.node_urls))
    count = str(members.nodes)
    if members.not_started:
        return QCoreApplication.translate("ClusterListModel", "{0} + {1} not started").format(
            count, members.not_started
        )
    return count


class ClusterListModel(QAbstractListModel):
    """One row per cluster; the ClusterSpec under ``Qt.UserRole``."""

    def __init__(self, clusters: list[ClusterSpec], parent: Any = None) -> None:
        super().__init__(parent)
        self._clusters = list(clusters)
        self._members: dict[str, CoreMembers] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clusters)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._clusters):
            return None
        spec = self._clusters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = node_count_text(spec, self._members.get(spec.name))
            return f"{spec.name}\n{KIND_LABELS[spec.kind]} · {count}"
        if role == Qt.ItemDataRole.UserRole:
            return spec
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(spec.node_urls)
        return None

    def clusters(self) -> list[ClusterSpec]:
        return list(self._clusters)

    def _row_of(self, name: str) -> int:
        return next((i for i, c in enumerate(self._clusters) if c.name == name), -1)

    def set_spec(self, spec: ClusterSpec) -> None:
        """Replace the cluster of the same name (e.g. a node joined)."""
        row = self._row_of(spec.name)
        if row >= 0 and self._clusters[row] != spec:
            self._clusters[row] = spec
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_members(self, name: str, members: CoreMembers) -> None:
        """Count cluster ``name``'s nodes from its Core services (its Services page)."""
        row = self._row_of(name)
        if row >= 0 and self._members.get(name) != members:
            self._members[name] = members
            self.dataChanged.emit(self.index(row), self.index(row))
