"""Seal and unseal the nodes of an OpenBao/Vault cluster (F25).

Each node shows whether it is sealed and how many key shares it has of its threshold.
A share typed in the masked field goes at once to the node chosen, or to every sealed
node ("the whole cluster"), and the field is emptied: the console keeps no share. Reset
makes the chosen nodes forget the shares given so far. Sealing a node needs its address
typed again. A read-only profile refuses every change before it is sent.
"""

from __future__ import annotations

from collections.abc import Coroutine, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminui.core.cluster import host_port
from adminui.monitor.seal_service import NodeSeal, SealService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import say
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_view import row_table

#: The target choice meaning every node that is still sealed.
EVERY_SEALED = ""


class SealDialog(QDialog):
    """Per node: sealed or not, shares given of the threshold; give a share, reset, seal."""

    #: The nodes' seal states were read again: (list of NodeSeal).
    sig_statuses = Signal(list)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        parent: QWidget | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        #: Each node's name by URL, from the cluster's last look.
        self._names = dict(names or {})
        self.setWindowTitle(self.tr("Seal and unseal — {0}").format(context.profile.name))
        self.setObjectName("sealDialog")
        self._context = context
        self._bridge = bridge
        self._service = SealService(context)
        self.statuses: list[NodeSeal] = []
        #: Asks for the typed confirmation of a seal; returns what was typed ('' cancels).
        self.confirm_seal = self._ask_seal

        self.model: RecordTableModel[NodeSeal] = RecordTableModel(
            [
                Column(self.tr("Node"), lambda n: self.name_of(n.url)),
                Column(self.tr("State"), self._state_of),
                Column(self.tr("Key shares given"), lambda n: say(n.progress_text) or "—"),
            ],
            key=lambda n: n.url,
            parent=self,
        )
        self.table = row_table(self.model, self.tr("Seal state of each node"), stretch=0)

        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Give the share to"))
        self.share = QLineEdit()
        self.share.setEchoMode(QLineEdit.EchoMode.Password)
        self.share.setPlaceholderText(self.tr("one unseal key share"))
        self.share.setAccessibleName(self.tr("Unseal key share"))
        self.share.returnPressed.connect(self.give_share)
        self.give_button = QPushButton(self.tr("&Give share"))
        self.give_button.clicked.connect(self.give_share)
        self.reset_button = QPushButton(self.tr("&Reset progress"))
        self.reset_button.setToolTip(self.tr("The chosen nodes forget the shares given so far"))
        self.reset_button.clicked.connect(self.reset)
        self.seal_button = QPushButton(self.tr("&Seal node…"))
        self.seal_button.setToolTip(self.tr("Seal the node selected in the table"))
        self.seal_button.clicked.connect(self.seal_selected)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = MessageBanner()
        self.note = QLabel(
            self.tr(
                "Each node needs its threshold of key shares. A share is sent as soon as "
                "you give it and is not kept; never paste shares into tickets or chat."
            )
        )
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Give to:"), self.target)
        share_row = QHBoxLayout()
        share_row.addWidget(self.share, 1)
        share_row.addWidget(self.give_button)
        form.addRow(self.tr("Key share:"), share_row)
        actions = QHBoxLayout()
        actions.addWidget(self.reset_button)
        actions.addWidget(self.seal_button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.setMinimumWidth(560)
        self._busy = False
        self._may_seal = False
        self._update_actions()
        self.refresh()
        self._bridge.submit(self._service.may_seal(), self._sealing_known, owner=self)

    # ----- what is shown ------------------------------------------------------------------
    def _state_of(self, node: NodeSeal) -> str:
        if node.status is None:
            return self.tr("no answer: {0}").format(say(node.problem)) if node.problem else "—"
        return self.tr("sealed") if node.status.sealed else self.tr("unsealed")

    def refresh(self) -> None:
        """Read every node's seal state again."""
        self._bridge.submit(self._service.statuses(), self._shown, owner=self, key="statuses")

    def _shown(self, statuses: list[NodeSeal] | None, error: BaseException | None) -> None:
        if error is not None or statuses is None:
            self.banner.show_error(error or RuntimeError(), self.tr("Seal state not read."))
            return
        self.statuses = statuses
        self.model.set_records(statuses)
        self._fill_targets()
        self._update_actions()
        sealed = [s for s in statuses if s.sealed]
        if not sealed and not self._busy:
            self.banner.show_message(self.tr("Every node is unsealed."), "info")
        self.sig_statuses.emit(statuses)

    def _fill_targets(self) -> None:
        chosen = self.target.currentData()
        self.target.clear()
        sealed = [s.url for s in self.statuses if s.sealed]
        self.target.addItem(self.tr("Every sealed node ({0})").format(len(sealed)), EVERY_SEALED)
        for url in sealed:
            self.target.addItem(self.name_of(url), url)
        index = self.target.findData(chosen)
        self.target.setCurrentIndex(max(0, index))

    def _targets(self) -> list[str]:
        chosen = self.target.currentData()
        if chosen and chosen != EVERY_SEALED:
            return [str(chosen)]
        return [s.url for s in self.statuses if s.sealed]

    def _update_actions(self) -> None:
        read_only = self._context.read_only
        any_sealed = any(s.sealed for s in self.statuses)
        for widget in (self.give_button, self.reset_button, self.share, self.target):
            widget.setEnabled(any_sealed and not read_only and not self._busy)
        self.seal_button.setEnabled(self._may_seal and not read_only and not self._busy)
        if read_only:
            reason = self.tr("Read-only profile: changes are disabled.")
        elif not self._may_seal:
            reason = self.tr("This token may not seal nodes (it needs sudo on sys/seal).")
        else:
            reason = self.tr("Seal the node selected in the table")
        self.seal_button.setToolTip(reason)

    def _sealing_known(self, allowed: bool | None, error: BaseException | None) -> None:
        self._may_seal = bool(allowed) and error is None
        self._update_actions()

    # ----- actions ------------------------------------------------------------------------
    def give_share(self) -> None:
        """Send the typed share to the chosen nodes; the field is emptied at once."""
        share = self.share.text().strip()
        self.share.clear()
        targets = self._targets()
        if not share or not targets or self._busy:
            return
        self._run(self._service.give_share(share, targets), self.tr("Sending the share…"))
        del share  # nothing here holds it any longer

    def reset(self) -> None:
        targets = self._targets()
        if targets and not self._busy:
            self._run(self._service.reset(targets), self.tr("Resetting…"))

    def seal_selected(self) -> None:
        """Seal the selected node once its address is typed again."""
        index = self.table.currentIndex()
        if not index.isValid() or self._busy:
            self.banner.show_message(self.tr("Select the node to seal in the table."), "info")
            return
        url = self.model.record(index.row()).url
        name = self.name_of(url)
        if self.confirm_seal(name).strip() != name:
            self.banner.show_message(self.tr("Not sealed: the name typed did not match."), "info")
            return
        self._busy = True
        self._update_actions()

        def done(_ack: object, error: BaseException | None) -> None:
            self._busy = False
            if error is not None:
                self.banner.show_error(error, self.tr("Node {0} not sealed.").format(name))
            else:
                self.banner.show_message(self.tr("Node {0} is sealed.").format(name), "warning")
            self._update_actions()
            self.refresh()

        self._bridge.submit(self._service.seal(url), done, owner=self)

    def _ask_seal(self, name: str) -> str:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Seal node"),
            self.tr(
                "Sealing {0} stops it serving until it is unsealed with the threshold of key "
                "shares. Type the node's name to seal it:"
            ).format(name),
        )
        return text if accepted else ""

    def _run(self, work: Coroutine[Any, Any, list[NodeSeal]], doing: str) -> None:
        self._busy = True
        self._update_actions()
        self.banner.show_message(doing, "info")

        def done(after: list[NodeSeal] | None, error: BaseException | None) -> None:
            self._busy = False
            if error is not None or after is None:
                self.banner.show_error(
                    error or RuntimeError(), self.tr("The nodes did not take it.")
                )
            else:
                self.banner.show_message(self._outcome(after), "info")
            self._update_actions()
            self.refresh()

        self._bridge.submit(work, done, owner=self)

    def name_of(self, url: str) -> str:
        """How the node at ``url`` is called: its name, else its host and port."""
        return self._names.get(url) or host_port(url)

    def _outcome(self, after: list[NodeSeal]) -> str:
        parts = []
        for node in after:
            if node.status is None:
                parts.append(self.tr("{0}: {1}").format(self.name_of(node.url), say(node.problem)))
            elif node.status.sealed:
                parts.append(
                    self.tr("{0}: {1} shares given").format(
                        self.name_of(node.url), say(node.progress_text)
                    )
                )
            else:
                parts.append(self.tr("{0}: unsealed").format(self.name_of(node.url)))
        return "\n".join(parts)
