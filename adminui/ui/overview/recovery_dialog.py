"""The lost-quorum recovery plan of an OpenBao/Vault cluster (F28).

Opened while the cluster is healthy it says so, and remembers the Raft configuration
for the day it is not. With quorum lost it names the node to keep (the highest applied
index), shows the ``raft/peers.json`` to write on it (copy or save), and the steps in order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.recovery_plan import Candidate, RecoveryPlan
from adminui.monitor.recovery_service import RecoveryService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import say
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column
from adminui.ui.sortable_records import SortableRecordModel, number
from adminui.ui.table_model import natural_key
from adminui.ui.table_view import fit_columns, sortable
from adminui.ui.theme import set_banner_level


class RecoveryDialog(QDialog):
    """Why (or why not) to recover, which node to keep, peers.json, the steps."""

    #: A plan was made: (RecoveryPlan).
    sig_plan = Signal(object)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery plan — {0}").format(context.profile.name))
        self.setObjectName("recoveryDialog")
        self._context = context
        self._bridge = bridge
        self.service = RecoveryService(context)
        self.plan: RecoveryPlan | None = None
        #: Where peers.json is saved ('' cancels); replaced in tests.
        self.choose_save_path = self._ask_save_path

        self.banner = MessageBanner()
        self.why = QLabel(self.tr("Checking which nodes answer…"))
        self.why.setWordWrap(True)
        self.why.setObjectName("recoveryWhy")
        self.model: SortableRecordModel[Candidate] = SortableRecordModel(
            [
                Column(self.tr("Node ID"), lambda c: c.server.node_id),
                Column(self.tr("Address"), lambda c: c.server.api_url or "—"),
                Column(
                    self.tr("Last applied index"),
                    lambda c: "—" if c.applied is None else str(c.applied),
                ),
                Column(
                    self.tr("Answers now"), lambda c: self.tr("yes") if c.answers else self.tr("no")
                ),
            ],
            key=lambda c: c.server.node_id,
            parent=self,
            sort_by={
                1: lambda c: natural_key(c.server.api_url) if c.server.api_url else None,
                2: lambda c: number(c.applied),
                3: lambda c: 0.0 if c.answers else 1.0,
            },
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Voters, the one to keep first"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        sortable(self.table)  # the plan's order (the one to keep first) until clicked
        fit_columns(self.table, stretch=1)
        self.peers_label = QLabel(self.tr("raft/peers.json for the node kept:"))
        self.peers_json = QPlainTextEdit()
        self.peers_json.setReadOnly(True)
        self.peers_json.setAccessibleName(self.tr("peers.json"))
        self.peers_json.setMaximumHeight(110)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy_peers_json)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self.save_peers_json)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setObjectName("recoverySteps")
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.refresh)

        file_row = QHBoxLayout()
        file_row.addWidget(self.peers_label, 1)
        file_row.addWidget(self.copy_button)
        file_row.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.refresh_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.why)
        layout.addWidget(self.table, 1)
        layout.addLayout(file_row)
        layout.addWidget(self.peers_json)
        layout.addWidget(self.steps)
        layout.addLayout(bottom)
        self.setMinimumSize(720, 560)
        self._show_file(False)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self._bridge.submit(self.service.plan(), self._shown, owner=self, key="plan")

    def _shown(self, plan: RecoveryPlan | None, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        if error is not None or plan is None:
            self.banner.show_error(error or RuntimeError(), self.tr("No plan was made."))
            return
        self.banner.hide()
        self.plan = plan
        self.why.setText(say(plan.why))
        set_banner_level(self.why, "error" if plan.needed else "info")
        self.model.set_records(list(plan.candidates))
        self._show_file(bool(plan.peers_json))
        self.steps.setVisible(plan.needed)
        if plan.needed:
            self.peers_json.setPlainText(plan.peers_json)
            self.steps.setText(
                "\n".join(f"{i}. {say(step)}" for i, step in enumerate(plan.steps, start=1))
            )
        self.sig_plan.emit(plan)

    def _show_file(self, shown: bool) -> None:
        for widget in (
            self.peers_label,
            self.peers_json,
            self.copy_button,
            self.save_button,
            self.steps,
        ):
            widget.setVisible(shown)

    def copy_peers_json(self) -> None:
        if self.plan is not None and self.plan.needed:
            QGuiApplication.clipboard().setText(self.plan.peers_json)
            self.banner.show_message(self.tr("peers.json copied."), "info")

    def save_peers_json(self) -> None:
        if self.plan is None or not self.plan.needed:
            return
        target = self.choose_save_path()
        if not target:
            return
        try:
            Path(target).write_text(self.plan.peers_json, encoding="utf-8")
        except OSError as exc:
            self.banner.show_error(exc, self.tr("peers.json not saved."))
            return
        self.banner.show_message(self.tr("Saved {0}.").format(target), "info")

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save peers.json"), str(Path.home() / "peers.json"), "JSON (*.json)"
        )
        return path
