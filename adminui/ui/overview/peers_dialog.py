"""Raft peers of an OpenBao/Vault cluster and its autopilot settings (F27).

The table is the Raft configuration with each server's health and applied index. Remove,
promote, demote and join each show first what the change does to voters, quorum and
failure tolerance; a change that loses quorum or leaves an even number of voters needs a
second confirmation, and removing the leader is refused. The autopilot settings are
shown with a sentence each and checked before they are sent.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adminui.api.vault_models import AutopilotConfig
from adminui.core.autopilot_rules import FIELDS
from adminui.core.peer_change import Peer, PeerAction, WhatIf, what_if
from adminui.core.quota_rules import format_duration
from adminui.monitor.peer_service import Membership, PeerRights, PeerService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.errors import sentence_of
from adminui.ui.i18n import say
from adminui.ui.overview.snapshot_first import SnapshotFirstBox
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column
from adminui.ui.sortable_records import SortableRecordModel, number
from adminui.ui.table_view import row_table


@dataclass(frozen=True)
class JoinRequest:
    """A new node to join: its own API URL, the leader's, the CA the leader is checked by."""

    node_url: str
    leader_url: str
    ca_file: str = ""
    non_voter: bool = False


def autopilot_texts(config: AutopilotConfig) -> dict[str, str]:
    """The settings as they are typed in the form."""
    return {
        "cleanup_dead_servers": "true" if config.cleanup_dead_servers else "false",
        "dead_server_last_contact_threshold": format_duration(
            config.dead_server_last_contact_threshold_s
        ),
        "last_contact_threshold": format_duration(config.last_contact_threshold_s),
        "max_trailing_logs": str(config.max_trailing_logs),
        "min_quorum": str(config.min_quorum),
        "server_stabilization_time": format_duration(config.server_stabilization_time_s),
    }


class PeersDialog(QDialog):
    """The Raft configuration with remove/promote/demote/join, and autopilot settings."""

    #: The peers were read again: (Membership).
    sig_membership = Signal(object)
    #: A change or a save finished: (True when it worked).
    sig_done = Signal(bool)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raft peers — {0}").format(context.profile.name))
        self.setObjectName("peersDialog")
        self._context = context
        self._bridge = bridge
        self.service = PeerService(context)
        self.membership: Membership | None = None
        self.rights: PeerRights | None = None
        self._busy = False
        #: Shows the what-if and asks; returns True to go on (replaced in tests).
        self.confirm_change: Callable[[WhatIf], bool] = self._ask_change
        #: Asks which node joins (None: cancelled; replaced in tests).
        self.ask_join: Callable[[], JoinRequest | None] = self._ask_join
        #: The what-if last shown (tests read it).
        self.last_what_if: WhatIf | None = None

        self.model: SortableRecordModel[Peer] = SortableRecordModel(
            [
                Column(self.tr("Node ID"), lambda p: p.node_id),
                Column(self.tr("Cluster address"), lambda p: p.address),
                Column(self.tr("Voter"), lambda p: self.tr("yes") if p.voter else self.tr("no")),
                Column(self.tr("Leader"), lambda p: self.tr("leader") if p.leader else ""),
                Column(self.tr("Healthy"), self._health_of),
                Column(
                    self.tr("Applied index"),
                    lambda p: "—" if p.last_index is None else str(p.last_index),
                ),
            ],
            key=lambda p: p.node_id,
            parent=self,
            sort_by={
                2: lambda p: 0.0 if p.voter else 1.0,
                3: lambda p: 0.0 if p.leader else 1.0,
                4: lambda p: {True: 0.0, None: 1.0, False: 2.0}[p.healthy],
                5: lambda p: number(p.last_index),
            },
        )
        self.table = row_table(self.model, self.tr("Raft peers"), stretch=1, sorted_by=-1)

        self.banner = MessageBanner()
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(lambda: self.change_selected(PeerAction.REMOVE))
        self.promote_button = QPushButton(self.tr("&Promote…"))
        self.promote_button.clicked.connect(lambda: self.change_selected(PeerAction.PROMOTE))
        self.demote_button = QPushButton(self.tr("&Demote…"))
        self.demote_button.clicked.connect(lambda: self.change_selected(PeerAction.DEMOTE))
        self.join_button = QPushButton(self.tr("&Join a node…"))
        self.join_button.clicked.connect(self.join)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.refresh)
        actions = QHBoxLayout()
        for button in (self.remove_button, self.promote_button, self.demote_button):
            actions.addWidget(button)
        actions.addWidget(self.join_button)
        actions.addStretch(1)
        self.snapshot_first = SnapshotFirstBox(context, bridge)
        actions.addWidget(self.snapshot_first)
        actions.addWidget(self.refresh_button)

        self.autopilot_box = QWidget()
        form = QFormLayout(self.autopilot_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.autopilot_fields: dict[str, QLineEdit | QCheckBox] = {}
        for field in FIELDS:
            editor: QLineEdit | QCheckBox
            editor = QCheckBox() if field.kind == "bool" else QLineEdit()
            editor.setAccessibleName(field.key)
            editor.setToolTip(say(field.meaning))
            meaning = QLabel(say(field.meaning))
            meaning.setWordWrap(True)
            meaning.setObjectName("fieldMeaning")
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(meaning)
            form.addRow(field.key + ":", column)
            self.autopilot_fields[field.key] = editor
        self.save_autopilot_button = QPushButton(self.tr("&Save autopilot settings"))
        self.save_autopilot_button.clicked.connect(self.save_autopilot)
        form.addRow("", self.save_autopilot_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        peers_page = QWidget()
        peers_layout = QVBoxLayout(peers_page)
        peers_layout.addWidget(self.table, 1)
        peers_layout.addLayout(actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.autopilot_box)
        self.tabs = QTabWidget()
        self.tabs.addTab(peers_page, self.tr("Peers"))
        self.tabs.addTab(scroll, self.tr("Autopilot"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.setMinimumSize(760, 520)
        self._update_actions()
        self.refresh()
        self._bridge.submit(self.service.rights(), self._rights_known, owner=self)
        self._bridge.submit(self.service.autopilot(), self._autopilot_shown, owner=self)

    # ----- what is shown ------------------------------------------------------------------
    def _health_of(self, peer: Peer) -> str:
        if peer.healthy is None:
            return self.tr("unknown")
        return self.tr("healthy") if peer.healthy else self.tr("unhealthy")

    def refresh(self) -> None:
        self._bridge.submit(self.service.membership(), self._shown, owner=self, key="peers")

    def _shown(self, membership: Membership | None, error: BaseException | None) -> None:
        if error is not None or membership is None:
            self.banner.show_error(error or RuntimeError(), self.tr("The peers were not read."))
            return
        self.membership = membership
        self.model.set_records(membership.peers)
        if membership.health_problem:
            self.banner.show_message(
                self.tr("Health unknown — the token may not read the autopilot state: {0}").format(
                    say(membership.health_problem)
                ),
                "warning",
            )
        self._update_actions()
        self.sig_membership.emit(membership)

    def _rights_known(self, rights: PeerRights | None, error: BaseException | None) -> None:
        self.rights = rights if error is None and rights else PeerRights(False, False)
        self._update_actions()

    def _autopilot_shown(self, config: AutopilotConfig | None, error: BaseException | None) -> None:
        if error is not None or config is None:
            self.tabs.setTabText(1, self.tr("Autopilot (not read)"))
            self.tabs.setTabToolTip(1, sentence_of(error) if error else "")
            return
        self.tabs.setTabText(1, self.tr("Autopilot"))
        for key, text in autopilot_texts(config).items():
            editor = self.autopilot_fields[key]
            if isinstance(editor, QCheckBox):
                editor.setChecked(text == "true")
            else:
                editor.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        read_only = self._context.read_only
        rights = self.rights
        may_change = rights is not None and rights.change and not read_only
        may_autopilot = rights is not None and rights.autopilot and not read_only
        if read_only:
            reason = self.tr("Read-only profile: changes are disabled.")
        elif rights is None:
            reason = self.tr("Checking what this token may do…")
        elif not rights.change:
            reason = self.tr("This token may not change the Raft configuration.")
        else:
            reason = ""
        for button in (self.remove_button, self.promote_button, self.demote_button):
            button.setEnabled(may_change and not self._busy and self.membership is not None)
            button.setToolTip(reason)
        self.join_button.setEnabled(not read_only and not self._busy)
        self.join_button.setToolTip(
            reason if read_only else self.tr("Ask a new, uninitialised node to join")
        )
        self.save_autopilot_button.setEnabled(may_autopilot and not self._busy)
        if read_only:
            self.save_autopilot_button.setToolTip(reason)
        elif rights is not None and not rights.autopilot:
            self.save_autopilot_button.setToolTip(
                self.tr("This token may not change the autopilot settings.")
            )
        else:
            self.save_autopilot_button.setToolTip("")

    # ----- changes ------------------------------------------------------------------------
    def change_selected(self, action: PeerAction) -> None:
        """Remove, promote or demote the selected peer after its what-if is confirmed."""
        index = self.table.currentIndex()
        if self._busy or self.membership is None:
            return
        if not index.isValid():
            self.banner.show_message(self.tr("Select a peer in the table first."), "info")
            return
        node_id = self.model.record(index.row()).node_id
        outcome = what_if(self.membership.peers, action, node_id)
        if self._agreed(outcome):
            self._run(lambda: self.service.change(action, node_id), outcome)

    def _agreed(self, outcome: WhatIf) -> bool:
        """Whether the change goes ahead: not refused, and its what-if confirmed."""
        self.last_what_if = outcome
        if outcome.refused:
            self.banner.show_message(say(outcome.refused), "warning")
            return False
        if not self.confirm_change(outcome):
            self.banner.show_message(self.tr("Nothing was changed."), "info")
            return False
        return True

    def join(self) -> None:
        """Ask which node joins, show its what-if, and send the join to that node."""
        if self._busy:
            return
        request = self.ask_join()
        if request is None:
            return
        ca_pem = ""
        if request.ca_file:
            try:
                ca_pem = Path(request.ca_file).expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                self.banner.show_error(exc, self.tr("The CA file was not read."))
                return
        peers = self.membership.peers if self.membership else []
        outcome = what_if(peers, PeerAction.JOIN, request.node_url)
        if request.non_voter:
            outcome = WhatIf(PeerAction.JOIN, request.node_url, outcome.before, outcome.before)
        if not self._agreed(outcome):
            return
        self._run(
            lambda: self.service.join(
                request.node_url, request.leader_url, ca_pem=ca_pem, non_voter=request.non_voter
            ),
            outcome,
        )

    def _run(self, make_work: Callable[[], Coroutine[Any, Any, object]], outcome: WhatIf) -> None:
        """Save the snapshot asked for first, then send what ``make_work`` makes."""
        self._busy = True
        self._update_actions()
        self.banner.show_message(self.tr("Saving a Raft snapshot first…"), "info")

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update_actions()
            self.banner.show_error(error, self.tr("No snapshot saved, so nothing was changed."))
            self.sig_done.emit(False)

        self.snapshot_first.then(
            outcome.action.value, lambda: self._send(make_work(), outcome), failed, owner=self
        )

    def _send(self, work: Coroutine[Any, Any, object], outcome: WhatIf) -> None:
        self.banner.show_message(self.tr("Changing the Raft configuration…"), "info")

        def done(_ack: object, error: BaseException | None) -> None:
            self._busy = False
            self._update_actions()
            if error is not None:
                self.banner.show_error(error, self.tr("Not changed."))
                self.sig_done.emit(False)
            else:
                self.banner.show_message(self._done_text(outcome), "info")
                self.sig_done.emit(True)
            self.refresh()

        self._bridge.submit(work, done, owner=self, cancel_with_owner=False)

    def _done_text(self, outcome: WhatIf) -> str:
        texts = {
            PeerAction.REMOVE: self.tr("{0} was removed from the Raft configuration."),
            PeerAction.PROMOTE: self.tr("{0} is now a voter."),
            PeerAction.DEMOTE: self.tr("{0} is now a non-voter."),
            PeerAction.JOIN: self.tr(
                "{0} asked to join. Unseal it; autopilot makes it a voter once it is stable."
            ),
        }
        return texts[outcome.action].format(outcome.node_id)

    def save_autopilot(self) -> None:
        texts = {}
        for key, editor in self.autopilot_fields.items():
            if isinstance(editor, QCheckBox):
                texts[key] = "true" if editor.isChecked() else "false"
            else:
                texts[key] = editor.text()
        self._busy = True
        self._update_actions()

        def done(config: AutopilotConfig | None, error: BaseException | None) -> None:
            self._busy = False
            self._update_actions()
            if error is not None or config is None:
                # What was typed stays in the form.
                self.banner.show_error(
                    error or RuntimeError(), self.tr("Autopilot settings not saved.")
                )
                self.sig_done.emit(False)
                return
            self._autopilot_shown(config, None)
            self.banner.show_message(self.tr("Autopilot settings saved."), "info")
            self.sig_done.emit(True)

        self._bridge.submit(self.service.save_autopilot(texts), done, owner=self)

    # ----- questions ----------------------------------------------------------------------
    def _ask_change(self, outcome: WhatIf) -> bool:
        titles = {
            PeerAction.REMOVE: self.tr("Remove peer {0}"),
            PeerAction.PROMOTE: self.tr("Promote {0} to voter"),
            PeerAction.DEMOTE: self.tr("Demote {0} to non-voter"),
            PeerAction.JOIN: self.tr("Join {0}"),
        }
        title = titles[outcome.action].format(outcome.node_id)
        text = "\n".join(say(line) for line in outcome.lines)
        answer = QMessageBox.question(self, title, text + "\n\n" + self.tr("Go on?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not outcome.needs_second_confirmation:
            return True
        risks = "\n\n".join(say(risk) for risk in outcome.risks)
        second = QMessageBox.warning(
            self,
            title,
            risks + "\n\n" + self.tr("Make this change anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return second == QMessageBox.StandardButton.Yes

    def _ask_join(self) -> JoinRequest | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Join a node"))
        node_url = QLineEdit()
        node_url.setPlaceholderText("https://bao-4.example.com:8200")
        leader = QLineEdit(self._context.preferred_node or self._context.profile.node_urls[0])
        ca_file = QLineEdit(self._context.profile.ca_bundle or "")
        non_voter = QCheckBox(self.tr("Join as a non-voter (a read replica)"))
        form = QFormLayout(dialog)
        form.addRow(self.tr("New node's API address:"), node_url)
        form.addRow(self.tr("Leader's API address:"), leader)
        form.addRow(self.tr("CA file (PEM) for the leader:"), ca_file)
        form.addRow("", non_voter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or not node_url.text().strip():
            return None
        return JoinRequest(
            node_url.text().strip().rstrip("/"),
            leader.text().strip().rstrip("/"),
            ca_file.text().strip(),
            non_voter.isChecked(),
        )
