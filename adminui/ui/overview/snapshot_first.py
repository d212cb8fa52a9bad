""" "Save a Raft snapshot first": the choice offered before a risky change (a step-down, a
drill, a change of peers, a restore), and the save itself (F26).

Ticked by default on OpenBao/Vault clusters; a profile with ``require_snapshot`` cannot
untick it. The snapshot goes to a private folder of the console's data and joins the
cluster's snapshot list; the change goes ahead only once it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QWidget

from adminui.core.cluster import ClusterKind
from adminui.monitor.snapshot_service import SnapshotService
from adminui.profiles.snapshot_list import SnapshotRecord
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext


class SnapshotFirstBox(QCheckBox):
    """The check box, and :meth:`then` which saves (when ticked) before going on."""

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Save a Raft snapshot first"), parent)
        self.setObjectName("snapshotFirst")
        self._context = context
        self._bridge = bridge
        self.service = SnapshotService(context)
        #: The snapshot saved by the last :meth:`then` (None: none was).
        self.saved: SnapshotRecord | None = None
        required = context.profile.require_snapshot
        self.setChecked(True)
        self.setEnabled(not required)
        self.setToolTip(
            self.tr("This cluster's profile requires a fresh snapshot before this change.")
            if required
            else self.tr("A snapshot of the whole store is saved before the change is made.")
        )
        self.setVisible(context.kind is ClusterKind.OPENBAO)

    @property
    def wanted(self) -> bool:
        return self._context.kind is ClusterKind.OPENBAO and (
            self.isChecked() or self._context.profile.require_snapshot
        )

    def then(
        self,
        what: str,
        go: Callable[[], None],
        failed: Callable[[BaseException], None],
        owner: QObject,
    ) -> None:
        """Save a snapshot first when wanted, then ``go()``; ``failed(error)`` instead when
        it could not be saved (the change is then not made)."""
        self.saved = None
        if not self.wanted:
            go()
            return

        def done(record: SnapshotRecord | None, error: BaseException | None) -> None:
            if error is not None or record is None:
                failed(error or RuntimeError())
                return
            self.saved = record
            go()

        self._bridge.submit(self.service.save_before(what), done, owner=owner)
