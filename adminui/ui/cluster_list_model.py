"""The sidebar list of clusters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from adminui.core.cluster import ClusterKind, ClusterSpec

AnyIndex = QModelIndex | QPersistentModelIndex

KIND_LABELS = {ClusterKind.OPENBAO: "OpenBao", ClusterKind.CORE: "KUMA Core"}


class ClusterListModel(QAbstractListModel):
    """One row per cluster; the ClusterSpec under ``Qt.UserRole``."""

    def __init__(self, clusters: list[ClusterSpec], parent: Any = None) -> None:
        super().__init__(parent)
        self._clusters = list(clusters)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clusters)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._clusters):
            return None
        spec = self._clusters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{spec.name}\n{KIND_LABELS[spec.kind]} · {len(spec.node_urls)}"
        if role == Qt.ItemDataRole.UserRole:
            return spec
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(spec.node_urls)
        return None

    def clusters(self) -> list[ClusterSpec]:
        return list(self._clusters)
