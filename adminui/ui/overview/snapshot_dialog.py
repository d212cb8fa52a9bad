"""Raft snapshots of an OpenBao/Vault cluster (F26): save one, see the saved ones, restore.

A save streams the snapshot into the file chosen, with the bytes saved so far shown, and
records its size, SHA-256, time and leader. A restore replaces the cluster's whole store:
it needs the cluster's name typed, offers a fresh snapshot of the present state first
(ticked by default), and explains ``snapshot-force`` (a snapshot taken with other unseal
keys). Buttons the token or a read-only profile may not use are disabled with the reason.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminui.monitor.snapshot_service import SnapshotRights, SnapshotService, snapshot_rights
from adminui.profiles.snapshot_list import SnapshotRecord
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.overview.snapshot_first import SnapshotFirstBox
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_view import row_table

#: Progress is reported at most once per this many bytes.
PROGRESS_STEP_BYTES = 256 * 1024


def size_text(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes)


def when_text(saved_at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(saved_at))


class SnapshotDialog(QDialog):
    """The cluster's saved snapshots; Save snapshot…, Restore…."""

    #: A save or restore finished: (True when it worked).
    sig_done = Signal(bool)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raft snapshots — {0}").format(context.profile.name))
        self.setObjectName("snapshotDialog")
        self._context = context
        self._bridge = bridge
        self.service = SnapshotService(context)
        self._rights: SnapshotRights | None = None
        self._busy = False
        self._reported = 0
        #: Where a new snapshot goes ('' cancels); replaced in tests.
        self.choose_save_path = self._ask_save_path
        #: Which file to restore ('' cancels); replaced in tests.
        self.choose_restore_path = self._ask_restore_path
        #: The typed confirmation of a restore ('' cancels); replaced in tests.
        self.confirm_restore = self._ask_restore

        self.model: RecordTableModel[SnapshotRecord] = RecordTableModel(
            [
                Column(self.tr("Saved"), lambda r: when_text(r.saved_at)),
                Column(self.tr("Leader"), lambda r: r.leader or "—"),
                Column(self.tr("Size"), lambda r: size_text(r.size_bytes)),
                Column(self.tr("SHA-256"), lambda r: r.sha256[:16] + "…"),
                Column(self.tr("File"), lambda r: r.path),
            ],
            key=lambda r: r.id,
            parent=self,
        )
        self.table = row_table(self.model, self.tr("Snapshots saved by this console"), stretch=4)

        self.note = QLabel(
            self.tr(
                "A snapshot holds the cluster's whole store, secrets included: keep the file "
                "where only administrators can read it."
            )
        )
        self.note.setWordWrap(True)
        self.banner = MessageBanner()
        self.progress = QLabel()
        self.progress.setObjectName("snapshotProgress")
        self.save_button = QPushButton(self.tr("&Save snapshot…"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore)
        self.snapshot_first = SnapshotFirstBox(context, bridge)
        self.snapshot_first.setText(self.tr("Save a snapshot of the present state first"))
        self.force = QCheckBox(self.tr("Force: the snapshot comes from another cluster"))
        self.force.setToolTip(
            self.tr(
                "snapshot-force restores a snapshot taken with other unseal keys; the "
                "cluster then needs that cluster's keys to unseal."
            )
        )
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        options = QVBoxLayout()
        options.addWidget(self.snapshot_first)
        options.addWidget(self.force)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(actions)
        layout.addLayout(options)
        layout.addWidget(close)
        self.setMinimumWidth(760)
        self._relay_progress = bridge.reporter(self, self._show_progress)
        self.reload()
        self._update_actions()
        self._bridge.submit(snapshot_rights(context), self._rights_known, owner=self)

    # ----- what is shown ------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_records(self.service.records())

    def _rights_known(self, rights: SnapshotRights | None, error: BaseException | None) -> None:
        self._rights = rights if error is None else SnapshotRights(False, False, False)
        if error is not None:
            self.banner.show_error(error, self.tr("What this token may do was not read."))
        self._update_actions()

    def _update_actions(self) -> None:
        rights = self._rights
        read_only = self._context.read_only
        may_save = rights is not None and rights.save
        may_restore = rights is not None and rights.restore and not read_only
        self.save_button.setEnabled(may_save and not self._busy)
        self.restore_button.setEnabled(may_restore and not self._busy)
        self.force.setEnabled(may_restore and rights is not None and rights.force)
        if rights is None:
            waiting = self.tr("Checking what this token may do…")
            self.save_button.setToolTip(waiting)
            self.restore_button.setToolTip(waiting)
            return
        self.save_button.setToolTip(
            self.tr("Stream a snapshot of the whole store into a file")
            if may_save
            else self.tr("This token may not read sys/storage/raft/snapshot.")
        )
        if read_only:
            reason = self.tr("Read-only profile: changes are disabled.")
        elif not rights.restore:
            reason = self.tr("This token may not update sys/storage/raft/snapshot.")
        else:
            reason = self.tr("Replace the cluster's whole store with a saved snapshot")
        self.restore_button.setToolTip(reason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._reported = 0
        self.progress.setText("")
        self._update_actions()

    def _report(self, done_bytes: int) -> None:
        """Called on the loop's thread for every chunk: emits every step or so."""
        if done_bytes - self._reported >= PROGRESS_STEP_BYTES or self._reported == 0:
            self._reported = done_bytes
            # The dialog may have been closed: the restore goes on without it.
            self._relay_progress(done_bytes)

    def _show_progress(self, done_bytes: int) -> None:
        if self._busy:
            self.progress.setText(self.tr("{0} so far…").format(size_text(done_bytes)))

    # ----- save ---------------------------------------------------------------------------
    def save(self) -> None:
        """Ask where, then stream a snapshot there."""
        if self._busy:
            return
        target = self.choose_save_path()
        if target:
            self._save_to(Path(target))

    def _save_to(self, target: Path) -> None:
        self._set_busy(True)
        self.banner.show_message(self.tr("Saving a snapshot to {0}…").format(target), "info")

        def done(record: SnapshotRecord | None, error: BaseException | None) -> None:
            self._set_busy(False)
            self.reload()
            if error is not None or record is None:
                self.banner.show_error(error or RuntimeError(), self.tr("No snapshot saved."))
                self.sig_done.emit(False)
                return
            self.banner.show_message(
                self.tr("Saved {0} ({1}, SHA-256 {2}).").format(
                    record.path, size_text(record.size_bytes), record.sha256
                ),
                "info",
            )
            self.sig_done.emit(True)

        # Closing the dialog cancels a save (its partial file is removed).
        self._bridge.submit(self.service.save(target, self._report), done, owner=self)

    def _ask_save_path(self) -> str:
        name = f"{self._context.profile.name}-{time.strftime('%Y%m%d-%H%M%S')}.snap"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a Raft snapshot"),
            str(Path.home() / name),
            self.tr("Raft snapshots (*.snap);;All files (*)"),
        )
        return path

    # ----- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        """Ask which file (the selected record's by default), confirm, restore."""
        if self._busy:
            return
        index = self.table.currentIndex()
        chosen = self.model.record(index.row()).path if index.isValid() else ""
        source = self.choose_restore_path(chosen)
        if not source:
            return
        name = self._context.profile.name
        if self.confirm_restore(Path(source)).strip() != name:
            self.banner.show_message(
                self.tr("Not restored: the cluster name typed did not match."), "info"
            )
            return
        self._set_busy(True)
        self.banner.show_message(self.tr("Saving a snapshot of the present state…"), "info")

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self.reload()
            self.banner.show_error(error, self.tr("No snapshot saved, so nothing was restored."))
            self.sig_done.emit(False)

        def restore() -> None:
            self.reload()
            self._restore_from(Path(source))

        self.snapshot_first.then("restore", restore, failed, owner=self)

    def _restore_from(self, source: Path) -> None:
        self._set_busy(True)
        self.banner.show_message(self.tr("Restoring {0}…").format(source), "warning")
        force = self.force.isChecked()

        def done(_result: object, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                self.banner.show_error(error, self.tr("Not restored."))
                self.sig_done.emit(False)
                return
            self.banner.show_message(
                self.tr(
                    "Restored {0}. Tokens and leases created after it was taken no longer "
                    "exist; sign in again if requests are refused."
                ).format(source),
                "warning",
            )
            self.sig_done.emit(True)

        self._bridge.submit(
            self.service.restore(source, force=force, progress=self._report),
            done,
            owner=self,
            cancel_with_owner=False,
        )

    def _ask_restore_path(self, chosen: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a Raft snapshot"),
            chosen or str(Path.home()),
            self.tr("Raft snapshots (*.snap);;All files (*)"),
        )
        return path

    def _ask_restore(self, source: Path) -> str:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Restore snapshot"),
            self.tr(
                "Restoring {0} replaces everything {1} holds now — secrets, policies, "
                "tokens — with what the snapshot holds. Type the cluster's name to restore:"
            ).format(source, self._context.profile.name),
        )
        return text if accepted else ""
