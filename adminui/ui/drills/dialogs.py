"""Dialogs of the Drills page: preflight + typed confirmation, and the drill wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from adminui.core.drill import FAULT_TITLES, LAB_FAULTS, Fault
from adminui.core.drill_preflight import Preflight, confirmation_phrase
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.theme import status_colour

# For lupdate: the fault titles (adminui.core.drill.FAULT_TITLES) shown through ``self.tr``.
_FAULT_TITLES = (
    QT_TRANSLATE_NOOP("DrillSetupDialog", "Step down the active node"),
    QT_TRANSLATE_NOOP("DrillSetupDialog", "Kill the leader (lab)"),
    QT_TRANSLATE_NOOP("DrillSetupDialog", "Kill a follower (lab)"),
    QT_TRANSLATE_NOOP("DrillSetupDialog", "Kill two nodes: quorum loss, then restore (lab)"),
)


def checks_html(checks: Preflight, tr: object = None) -> str:
    """The preflight checks as a small HTML list (✔ / ✘ / note), in the interface
    language."""
    rows = []
    for check in checks.checks:
        mark, tone = (
            ("✔", "ok") if check.ok else (("✘", "error") if check.blocking else ("ℹ", "info"))
        )
        colour = status_colour(tone).name()
        rows.append(
            f"<tr><td style='color:{colour}'>{mark}</td><td><b>{_escape(say(check.title))}</b>"
            f"</td><td>{_escape(say(check.detail))}</td></tr>"
        )
    return "<table cellspacing='4'>" + "".join(rows) + "</table>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConfirmDialog(QDialog):
    """Shows the preflight and asks the user to type ``<cluster>/<node>`` to go ahead.

    The OK button stays disabled until the preflight passed and the phrase matches.
    """

    def __init__(
        self,
        title: str,
        action: str,
        cluster: str,
        node: str,
        checks: Preflight,
        parent: QWidget | None = None,
        extra: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.phrase = confirmation_phrase(cluster, node)
        self.checks = checks
        layout = QVBoxLayout(self)
        intro = QLabel(action)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        preflight = QLabel(checks_html(checks))
        preflight.setTextFormat(Qt.TextFormat.RichText)
        preflight.setWordWrap(True)
        layout.addWidget(preflight)
        if checks.passed:
            prompt = QLabel(self.tr("Type <b>{0}</b> to confirm.").format(_escape(self.phrase)))
        else:
            prompt = QLabel(self.tr("The preflight failed: this action is not allowed now."))
        prompt.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(prompt)
        self.input = QLineEdit()
        self.input.setAccessibleName(self.tr("Confirmation"))
        self.input.setPlaceholderText(self.phrase)
        self.input.setEnabled(checks.passed)
        layout.addWidget(self.input)
        if extra is not None:  # e.g. "Save a Raft snapshot first"
            layout.addWidget(extra)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Go ahead"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.input.textChanged.connect(self._update)

    def _update(self, text: str) -> None:
        self.ok_button.setEnabled(self.checks.passed and text.strip() == self.phrase)


class DrillSetupDialog(QDialog):
    """First step of the drill wizard: the fault, the objective and the hypothesis."""

    def __init__(self, faults: list[Fault], lab: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New failover drill"))
        form = QFormLayout(self)
        self.fault = QComboBox()
        for fault in faults:
            self.fault.addItem(self.tr(FAULT_TITLES[fault]), fault)
        form.addRow(self.tr("Fault"), self.fault)
        if not lab:
            note = QLabel(
                self.tr(
                    "Killing nodes is only offered for the local lab; this cluster can be "
                    "drilled with a step-down."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        self.objective = QDoubleSpinBox()
        self.objective.setRange(0.5, 3600)
        self.objective.setValue(10.0)
        self.objective.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Recovery objective"), self.objective)
        self.hypothesis = QPlainTextEdit()
        self.hypothesis.setPlaceholderText(
            self.tr("Leave empty for the default hypothesis of the fault.")
        )
        self.hypothesis.setFixedHeight(70)
        form.addRow(self.tr("Hypothesis"), self.hypothesis)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Run preflight"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_fault(self) -> Fault:
        """The fault picked in the combo (Qt hands its data back as a plain ``str``)."""
        return Fault(self.fault.currentData())


def faults_for(kind_is_openbao: bool, lab: bool) -> list[Fault]:
    """The faults offered for a cluster."""
    faults = [Fault.STEP_DOWN] if kind_is_openbao else []
    if lab:
        faults += [f for f in Fault if f in LAB_FAULTS]
    return faults
