"""The sidebar list of clusters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from adminui.core.cluster import ClusterKind, ClusterSpec, Snapshot
from adminui.core.quorum import QuorumWarning
from adminui.core.services import CoreMembers
from adminui.core.transitions import quorum_of
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.theme import status_dot

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


QUORUM_LOST = QT_TRANSLATE_NOOP("ClusterListModel", "quorum lost")
NO_TOLERANCE = QT_TRANSLATE_NOOP("ClusterListModel", "no failure tolerated")
TOLERATES = QT_TRANSLATE_NOOP("ClusterListModel", "tolerates {0}")
SINGLE_NODE = QT_TRANSLATE_NOOP("ClusterListModel", "single node, no Raft")
TOLERANCE_UNKNOWN = QT_TRANSLATE_NOOP("ClusterListModel", "failure tolerance unknown")


@dataclass(frozen=True)
class ClusterHealth:
    """What the sidebar shows of a cluster's last look: a tone and a few words."""

    tone: str  # a status colour name of adminui.ui.theme: "ok", "warning", "error"
    text: str


def health_of(snapshot: Snapshot) -> ClusterHealth:
    """The cluster's health at a glance: quorum lost, no failure tolerated, or how many
    voters it can still lose."""
    if not snapshot.replicated:
        return ClusterHealth("ok" if snapshot.leader else "error", _translated(SINGLE_NODE))
    state = quorum_of(snapshot)
    if snapshot.leader is None or (
        snapshot.quorum_known and QuorumWarning.QUORUM_LOST in state.warnings
    ):
        return ClusterHealth("error", _translated(QUORUM_LOST))
    if not snapshot.quorum_known:
        return ClusterHealth("ok", _translated(TOLERANCE_UNKNOWN))
    if QuorumWarning.NO_TOLERANCE in state.warnings:
        return ClusterHealth("warning", _translated(NO_TOLERANCE))
    return ClusterHealth("ok", _translated(TOLERATES).format(state.tolerance_now))


def _translated(text: str) -> str:
    return QCoreApplication.translate("ClusterListModel", text)


class ClusterListModel(QAbstractListModel):
    """One row per cluster; the ClusterSpec under ``Qt.UserRole``."""

    def __init__(self, clusters: list[ClusterSpec], parent: Any = None) -> None:
        super().__init__(parent)
        self._clusters = list(clusters)
        self._members: dict[str, CoreMembers] = {}
        self._health: dict[str, ClusterHealth] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clusters)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._clusters):
            return None
        spec = self._clusters[index.row()]
        health = self._health.get(spec.name)
        if role == Qt.ItemDataRole.DisplayRole:
            count = node_count_text(spec, self._members.get(spec.name))
            line = f"{KIND_LABELS[spec.kind]} · {count}"
            return f"{spec.name}\n{line} · {health.text}" if health else f"{spec.name}\n{line}"
        if role == Qt.ItemDataRole.DecorationRole:
            return status_dot(health.tone if health else "muted")
        if role == Qt.ItemDataRole.UserRole:
            return spec
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(spec.node_urls)
        return None

    def set_health(self, name: str, snapshot: Snapshot) -> None:
        """Show cluster ``name``'s health from its newest snapshot (every cluster is
        watched, so one off screen that lost its quorum shows it too)."""
        row = self._row_of(name)
        health = health_of(snapshot)
        if row >= 0 and self._health.get(name) != health:
            self._health[name] = health
            self.dataChanged.emit(self.index(row), self.index(row))

    def health(self, name: str) -> ClusterHealth | None:
        return self._health.get(name)

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

    def add(self, spec: ClusterSpec) -> None:
        """Append a cluster (added from the cluster manager)."""
        row = len(self._clusters)
        self.beginInsertRows(QModelIndex(), row, row)
        self._clusters.append(spec)
        self.endInsertRows()

    def remove(self, name: str) -> None:
        row = self._row_of(name)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._clusters[row]
        self.endRemoveRows()
        self._members.pop(name, None)
        self._health.pop(name, None)

    def replace(self, old_name: str, spec: ClusterSpec) -> None:
        """Cluster ``old_name`` is now ``spec`` (edited; maybe renamed)."""
        row = self._row_of(old_name)
        if row < 0:
            return
        self._clusters[row] = spec
        if old_name != spec.name:
            self._members.pop(old_name, None)
            self._health.pop(old_name, None)
        self.dataChanged.emit(self.index(row), self.index(row))

    def set_members(self, name: str, members: CoreMembers) -> None:
        """Count cluster ``name``'s nodes from its Core services (its Services page)."""
        row = self._row_of(name)
        if row >= 0 and self._members.get(name) != members:
            self._members[name] = members
            self.dataChanged.emit(self.index(row), self.index(row))
