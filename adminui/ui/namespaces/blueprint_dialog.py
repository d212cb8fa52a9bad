"""The tenant blueprint dialog: a form, then progress per step and the outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from adminui.core.namespaces_blueprint import (
    DEFAULT_POLICY_TEMPLATE,
    AuthKind,
    BlueprintSpec,
    spec_problems,
)
from adminui.core.sentence import Sentence
from adminui.monitor.blueprint import BlueprintResult, StepEvent, StepState, plan
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.namespaces.dialogs import parse_metadata
from adminui.ui.theme import set_tone

# For lupdate: step states (adminui.monitor.blueprint.StepState), shown through ``self.tr``.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("BlueprintDialog", "running"),
    QT_TRANSLATE_NOOP("BlueprintDialog", "done"),
    QT_TRANSLATE_NOOP("BlueprintDialog", "skipped"),
    QT_TRANSLATE_NOOP("BlueprintDialog", "failed"),
    QT_TRANSLATE_NOOP("BlueprintDialog", "rolled back"),
    QT_TRANSLATE_NOOP("BlueprintDialog", "rollback failed"),
)

_MARKS = {
    StepState.RUNNING: "…",
    StepState.DONE: "✔",
    StepState.SKIPPED: "–",
    StepState.FAILED: "✘",
    StepState.ROLLED_BACK: "↺",
    StepState.ROLLBACK_FAILED: "!",
}


class BlueprintDialog(QDialog):
    """Collects a :class:`BlueprintSpec`; the page runs it and feeds events back."""

    #: Emitted when the user starts the blueprint: (spec).
    sig_run_requested = Signal(object)

    def __init__(self, base_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tenant blueprint"))
        self.path_edit = QLineEdit(base_path + "/" if base_path else "")
        self.path_edit.setPlaceholderText(self.tr("org/tenant-a"))
        self.mount_edit = QLineEdit("kv")
        self.policy_edit = QLineEdit("tenant")
        self.auth_combo = QComboBox()
        self.auth_combo.addItem(self.tr("AppRole role"), AuthKind.APPROLE)
        self.auth_combo.addItem(self.tr("Token role"), AuthKind.TOKEN)
        self.role_edit = QLineEdit("tenant")
        self.ttl_edit = QLineEdit("1h")
        self.metadata_edit = QLineEdit()
        self.metadata_edit.setPlaceholderText(self.tr("owner=team-a"))
        self.template_edit = QPlainTextEdit(DEFAULT_POLICY_TEMPLATE)
        self.template_edit.setToolTip(
            self.tr("Placeholders: ${tenant}, ${namespace}, ${mount}, ${role}")
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.steps = QListWidget()
        self.steps.setObjectName("blueprintSteps")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.run_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.run_button.setText(self.tr("Create tenant"))
        self.buttons.accepted.connect(self._run)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Namespace path:"), self.path_edit)
        form.addRow(self.tr("KV v2 mount:"), self.mount_edit)
        form.addRow(self.tr("Policy name:"), self.policy_edit)
        form.addRow(self.tr("Auth role:"), self.auth_combo)
        form.addRow(self.tr("Role name:"), self.role_edit)
        form.addRow(self.tr("Token TTL:"), self.ttl_edit)
        form.addRow(self.tr("Custom metadata:"), self.metadata_edit)
        form.addRow(self.tr("Policy template:"), self.template_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.steps)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        for edit in (self.path_edit, self.mount_edit, self.policy_edit, self.role_edit):
            edit.textChanged.connect(self._check)
        self.template_edit.textChanged.connect(self._check)
        self.auth_combo.currentIndexChanged.connect(self._check)
        self.resize(560, 640)
        self._check()

    def spec(self) -> BlueprintSpec:
        meta = dict(parse_metadata(self.metadata_edit.text().replace(",", "\n"))[0])
        return BlueprintSpec(
            path=self.path_edit.text().strip(),
            kv_mount=self.mount_edit.text().strip(),
            policy_name=self.policy_edit.text().strip(),
            policy_template=self.template_edit.toPlainText(),
            auth=AuthKind(self.auth_combo.currentData()),
            role_name=self.role_edit.text().strip(),
            token_ttl=self.ttl_edit.text().strip(),
            custom_metadata=meta,
        )

    def _check(self) -> None:
        problems = spec_problems(self.spec())
        self.problem.setText(say(problems[0]) if problems else "")
        self.run_button.setEnabled(not problems)
        if not problems:
            self.steps.clear()
            for name in plan(self.spec()):
                item = QListWidgetItem(f"   {say(name)}")
                item.setData(Qt.ItemDataRole.UserRole, str(name))
                self.steps.addItem(item)

    def _run(self) -> None:
        self.run_button.setEnabled(False)
        self.outcome.clear()
        self.sig_run_requested.emit(self.spec())

    def on_step(self, event: StepEvent) -> None:
        """Show one step's new state."""
        line = f"{_MARKS[event.state]} {say(event.step)} — {self.tr(event.state.value)}"
        if event.detail:
            line += f": {say(event.detail)}"
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if (
                item.data(Qt.ItemDataRole.UserRole) == event.step
                or item.text().strip() == event.step
            ):
                item.setText(line)
                item.setData(Qt.ItemDataRole.UserRole, event.step)
                return
        item = QListWidgetItem(line)
        item.setData(Qt.ItemDataRole.UserRole, event.step)
        self.steps.addItem(item)

    def on_finished(self, result: BlueprintResult | None, error: BaseException | None) -> None:
        """Say how it ended; the form keeps what was typed."""
        if error is not None:
            raised = error.args[0] if len(error.args) == 1 else None  # a Sentence from below?
            reason = say(raised) if isinstance(raised, Sentence) else str(error)
            self.outcome.setText(self.tr("The blueprint could not run: {0}").format(reason))
            self.run_button.setEnabled(True)
        elif result is not None and result.ok:
            self.outcome.setText(self.tr("Tenant {0} is ready.").format(result.spec.namespace))
        elif result is not None:
            rolled = ", ".join(say(step) for step in result.rolled_back) or self.tr("nothing")
            text = self.tr("Step “{0}” failed. Rolled back: {1}.").format(
                say(result.failed_step), rolled
            )
            if result.rollback_failures:
                text += " " + self.tr("Could NOT roll back: {0}.").format(
                    ", ".join(say(step) for step in result.rollback_failures)
                )
            self.outcome.setText(text)
            self.run_button.setEnabled(True)
