"""Add a Core service (F8): create it, show and copy its ID, and the install command."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminui.api.kuma import KumaConflict, Service
from adminui.core import services as rules
from adminui.monitor import core_services as fetch
from adminui.monitor.lab_hooks import JoinedNode, LabJoiner
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.errors import describe
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.theme import set_tone


class AddCoreServiceDialog(QDialog):
    """Creates a Core service for one host and shows what to run on that host."""

    #: The Core service was created: (Service).
    sig_created = Signal(object)
    #: The lab started a node for the new service and it joined: (JoinedNode).
    sig_lab_node_started = Signal(object)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        cores: Sequence[tuple[str, str]],
        leader_fqdn: str,
        lab_joiner: LabJoiner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Core service"))
        self.setObjectName("addCoreServiceDialog")
        self.resize(720, 420)
        self.context = context
        self.bridge = bridge
        self.cores = list(cores)  # (ID, FQDN) of the existing Core services
        self.lab_joiner = lab_joiner
        self.service: Service | None = None
        self.joined: JoinedNode | None = None
        self._busy = False

        self.fqdn_edit = QLineEdit()
        self.fqdn_edit.setPlaceholderText(self.tr("core-2.example.com"))
        self.fqdn_edit.setAccessibleName(self.tr("Host FQDN"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("core-<FQDN> (KUMA's default)"))
        self.resource_edit = QLineEdit()
        self.resource_edit.setPlaceholderText(self.tr("core-resource-<FQDN>"))
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setObjectName("checkLabel")
        form = QFormLayout()
        form.addRow(self.tr("Host FQDN:"), self.fqdn_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Resource ID:"), self.resource_edit)
        form.addRow("", self.check_label)

        self.banner = MessageBanner()
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_service)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        self.result_box = self._build_result_box()
        self.result_box.hide()
        self.leader_edit.setText(leader_fqdn)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.fqdn_edit.textChanged.connect(self._check)
        self._check()

    def _build_result_box(self) -> QGroupBox:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        box = QGroupBox(self.tr("New Core service"))
        self.id_edit = QLineEdit()
        self.id_edit.setReadOnly(True)
        self.id_edit.setFont(mono)
        self.id_edit.setAccessibleName(self.tr("Service ID"))
        self.copy_id_button = QPushButton(self.tr("Copy ID"))
        self.copy_id_button.clicked.connect(self.copy_id)
        self.id_copied_label = QLabel()
        self.id_copied_label.setObjectName("idCopiedLabel")
        set_tone(self.id_copied_label, "muted")
        id_row = QHBoxLayout()
        id_row.addWidget(self.id_edit, 1)
        id_row.addWidget(self.id_copied_label)
        id_row.addWidget(self.copy_id_button)

        self.leader_edit = QLineEdit()
        self.leader_edit.setToolTip(self.tr("The FQDN of the current leader (editable)."))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(rules.DEFAULT_JOIN_PORT)
        self.port_spin.setToolTip(
            self.tr(
                "KUMA's documents disagree on the join port: 7209 (Raft) in the help, "
                "7210 (internal) in a community guide."
            )
        )
        self.flags_check = QCheckBox(self.tr("Add the other documented flags (ports)"))
        join_row = QHBoxLayout()
        join_row.addWidget(self.leader_edit, 1)
        join_row.addWidget(QLabel(self.tr("port")))
        join_row.addWidget(self.port_spin)

        self.command_edit = QPlainTextEdit()
        self.command_edit.setReadOnly(True)
        self.command_edit.setFont(mono)
        self.command_edit.setFixedHeight(64)
        self.command_edit.setAccessibleName(self.tr("Install command"))
        self.copy_command_button = QPushButton(self.tr("Copy command"))
        self.copy_command_button.clicked.connect(self.copy_command)
        command_row = QHBoxLayout()
        command_row.addWidget(self.command_edit, 1)
        command_row.addWidget(self.copy_command_button)
        self.install_hint = QLabel(
            self.tr("Run this on the new host, as root, once the KUMA distribution is unpacked.")
        )
        self.install_hint.setWordWrap(True)
        if self.lab_joiner is not None:
            self.install_hint.setText(
                self.tr(
                    "On a real KUMA host: run this as root once the KUMA distribution is "
                    "unpacked. It does not work in the lab (no kuma program, no such host)."
                )
            )

        self.lab_command_edit = QPlainTextEdit()
        self.lab_command_edit.setReadOnly(True)
        self.lab_command_edit.setFont(mono)
        self.lab_command_edit.setFixedHeight(48)
        self.lab_command_edit.setAccessibleName(self.tr("Lab command"))
        self.copy_lab_command_button = QPushButton(self.tr("Copy lab command"))
        self.copy_lab_command_button.clicked.connect(self.copy_lab_command)
        lab_command_row = QHBoxLayout()
        lab_command_row.addWidget(self.lab_command_edit, 1)
        lab_command_row.addWidget(self.copy_lab_command_button)
        self.lab_command_widget = QWidget()
        self.lab_command_widget.setLayout(lab_command_row)
        lab_command_row.setContentsMargins(0, 0, 0, 0)
        self.lab_command_label = QLabel(self.tr("In this lab:"))
        self.lab_command_hint = QLabel(
            self.tr(
                "This cluster is the local lab: this command starts the lab Core node on "
                "127.0.0.1 (free ports), joining through the lab's leader with this ID. "
                "Run it here, or press the button below."
            )
        )
        self.lab_command_hint.setWordWrap(True)
        set_tone(self.lab_command_hint, "muted")

        self.lab_button = QPushButton(self.tr("Start this node in the lab"))
        self.lab_button.clicked.connect(self.start_in_lab)
        self.lab_status = QLabel()
        self.lab_status.setWordWrap(True)
        lab_row = QHBoxLayout()
        lab_row.addWidget(self.lab_button)
        lab_row.addWidget(self.lab_status, 1)
        self.lab_button.setVisible(self.lab_joiner is not None)

        form = QFormLayout(box)
        form.addRow(self.tr("Service ID:"), id_row)
        form.addRow(self.tr("Join through:"), join_row)
        form.addRow("", self.flags_check)
        form.addRow(self.tr("Install command:"), command_row)
        form.addRow("", self.install_hint)
        form.addRow(self.lab_command_label, self.lab_command_widget)
        form.addRow("", self.lab_command_hint)
        form.addRow("", lab_row)
        for widget in (self.lab_command_label, self.lab_command_widget, self.lab_command_hint):
            widget.setVisible(self.lab_joiner is not None)
        self.leader_edit.textChanged.connect(self._update_command)
        self.port_spin.valueChanged.connect(self._update_command)
        self.flags_check.toggled.connect(self._update_command)
        return box

    # -- checks before sending --------------------------------------------------------
    def _check(self) -> None:
        """Refuse a second Core on one host; warn when the count would be even."""
        fqdn = self.fqdn_edit.text().strip()
        ok = False
        if self.service is not None:
            self.check_label.setText("")
        elif not fqdn:
            self.check_label.setText(self.tr("Enter the FQDN of the host for the new Core."))
            set_tone(self.check_label, "")
        elif not rules.valid_fqdn(fqdn):
            self.check_label.setText(self.tr("{0} is not a valid host name.").format(fqdn))
            set_tone(self.check_label, "error")
        elif (taken := rules.core_for_host(self.cores, fqdn)) is not None:
            self.check_label.setText(
                self.tr("{0} already has a Core service ({1}); a host runs one Core only.").format(
                    fqdn, taken
                )
            )
            set_tone(self.check_label, "error")
        else:
            ok = True
            count = len(self.cores) + 1
            if rules.even_after_adding(len(self.cores)):
                self.check_label.setText(
                    self.tr(
                        "Warning: the cluster would then have {0} Core services, an even "
                        "number. Raft needs an odd number: add one more afterwards."
                    ).format(count)
                )
                set_tone(self.check_label, "warning")
            else:
                self.check_label.setText(
                    self.tr("The cluster will have {0} Core services.").format(count)
                )
                set_tone(self.check_label, "")
        self.create_button.setEnabled(ok and not self._busy and self.service is None)
        if self.context.read_only:
            self.create_button.setEnabled(False)
            self.create_button.setToolTip(self.tr("The profile is read-only."))

    # -- create -------------------------------------------------------------------------
    def create_service(self) -> None:
        if not self.create_button.isEnabled():
            return
        fqdn = self.fqdn_edit.text().strip()
        name = self.name_edit.text().strip() or rules.default_core_name(fqdn)
        resource = self.resource_edit.text().strip() or f"core-resource-{fqdn}"
        self._busy = True
        self._check()
        self.banner.show_message(self.tr("Creating the Core service for {0}…").format(fqdn))
        urls = self.context.node_order()
        self.bridge.submit(
            fetch.create_core(self.context.kuma, urls, fqdn=fqdn, name=name, resource_id=resource),
            self._on_created,
            owner=self,
        )

    def _on_created(self, result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        if error is not None:
            sentence, details = describe(error)
            if isinstance(error, KumaConflict):
                sentence = self.tr(
                    "The server refused to create it: this host already has a Core service, "
                    "or the ID is taken (HTTP 409). {0}"
                ).format(error.message)
            self.banner.show_message(sentence, "error", details)
            self._check()
            return
        service, node = result
        self.service = service
        for edit in (self.fqdn_edit, self.name_edit, self.resource_edit):
            edit.setReadOnly(True)
        self.id_edit.setText(service.id)
        self._check()
        self.result_box.show()
        self._update_command()
        self.copy_id_button.setFocus()
        self._put_id_on_clipboard()
        self.banner.show_message(
            self.tr("Created {0} (answered by {1}). ID copied to the clipboard.").format(
                service.name, node
            ),
            "info",
        )
        self.sig_created.emit(service)

    def set_leader_fqdn(self, fqdn: str) -> None:
        """Fill in the leader's FQDN unless the user already typed one."""
        if not self.leader_edit.isModified():
            self.leader_edit.setText(fqdn)

    def _update_command(self) -> None:
        if self.service is None:
            return
        self.command_edit.setPlainText(
            rules.install_command(
                self.leader_edit.text() or "<leader-fqdn>",
                self.port_spin.value(),
                self.service.id,
                with_documented_flags=self.flags_check.isChecked(),
            )
        )

        if self.lab_joiner is not None:
            self.lab_command_edit.setPlainText(
                self.lab_joiner.command(self.service.id, self.service.fqdn)
            )

    def command(self) -> str:
        return self.command_edit.toPlainText()

    def lab_command(self) -> str:
        """The lab's equivalent of the install command ("" when the cluster is no lab)."""
        return self.lab_command_edit.toPlainText() if self.lab_joiner is not None else ""

    # -- copy ---------------------------------------------------------------------------
    def _put_id_on_clipboard(self) -> None:
        if self.service is not None:
            QGuiApplication.clipboard().setText(self.service.id)
            self.id_copied_label.setText(self.tr("ID copied"))

    def copy_id(self) -> None:
        if self.service is not None:
            self._put_id_on_clipboard()
            self.banner.show_message(self.tr("The service ID is on the clipboard."))

    def copy_command(self) -> None:
        if self.command():
            QGuiApplication.clipboard().setText(self.command())
            self.banner.show_message(self.tr("The install command is on the clipboard."))

    def copy_lab_command(self) -> None:
        if self.lab_command():
            QGuiApplication.clipboard().setText(self.lab_command())
            self.banner.show_message(self.tr("The lab command is on the clipboard."))

    # -- lab ----------------------------------------------------------------------------
    def start_in_lab(self) -> None:
        joiner = self.lab_joiner
        service = self.service
        if joiner is None or service is None or self.joined is not None:
            return
        self.lab_button.setEnabled(False)
        self.lab_status.setText(
            self.tr("Starting a lab Core node that joins as {0}…").format(service.id)
        )
        run: Callable[[str, str], JoinedNode] = joiner.join
        self.bridge.submit(
            asyncio.to_thread(run, service.id, service.fqdn), self._on_joined, owner=self
        )

    def _on_joined(self, result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return
        if error is not None:
            self.lab_button.setEnabled(True)
            self.lab_status.setText(self.tr("The lab node did not join."))
            self.banner.show_message(
                self.tr("The lab could not start the node: {0}").format(
                    str(error).splitlines()[0] if str(error) else type(error).__name__
                ),
                "error",
                str(error),
            )
            return
        assert isinstance(result, JoinedNode)
        self.joined = result
        self.lab_status.setText(
            self.tr("{0} joined: REST {1}, health {2}.").format(
                result.name, result.rest_url, result.health_url
            )
        )
        self.sig_lab_node_started.emit(result)
