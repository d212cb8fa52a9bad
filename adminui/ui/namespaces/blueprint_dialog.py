"""The tenant blueprint dialog: a form, then progress per step and the outcome.

The path starts as a new child of the selected namespace; a path that exists already is
refused before anything runs. A failed run keeps the form and says why inline; a
successful AppRole run shows the role_id and secret_id to log in with.
"""

from __future__ import annotations

from collections.abc import Callable, Container

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

from adminui.core.namespaces import ancestors, canonical_path, join_path
from adminui.core.namespaces_blueprint import (
    DEFAULT_POLICY_TEMPLATE,
    AuthKind,
    BlueprintSpec,
    spec_problems,
)
from adminui.core.sentence import Sentence
from adminui.monitor.blueprint import BlueprintResult, StepEvent, StepState, plan
from adminui.ui.errors import describe
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.namespaces.approle_credentials import AppRoleCredentialsBox
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

#: The name the path starts with under the selected namespace (a number is added when
#: that child exists).
NEW_TENANT = "new-tenant"

_NOTHING: frozenset[str] = frozenset()

_MARKS = {
    StepState.RUNNING: "…",
    StepState.DONE: "✔",
    StepState.SKIPPED: "–",
    StepState.FAILED: "✘",
    StepState.ROLLED_BACK: "↺",
    StepState.ROLLBACK_FAILED: "!",
}


def new_child_path(parent: str, known: Container[str]) -> str:
    """A child of ``parent`` that is not in ``known``: ``parent/new-tenant`` (or ``-2``…)."""
    candidate = join_path(parent, NEW_TENANT)
    number = 2
    while candidate in known:
        candidate = join_path(parent, f"{NEW_TENANT}-{number}")
        number += 1
    return candidate


class BlueprintDialog(QDialog):
    """Collects a :class:`BlueprintSpec`; the page runs it and feeds events back.

    ``known`` gives the namespaces that exist (as far as the page knows): such a path is
    refused before anything is sent.
    """

    #: Emitted when the user starts the blueprint: (spec).
    sig_run_requested = Signal(object)

    def __init__(
        self,
        base_path: str = "",
        parent: QWidget | None = None,
        known: Callable[[], Container[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._known = known or (lambda: _NOTHING)
        self.running = False
        self.setWindowTitle(self.tr("Tenant blueprint"))
        self.parent_label = QLabel(base_path + "/" if base_path else self.tr("(root)"))
        self.path_edit = QLineEdit(new_child_path(canonical_path(base_path), self._known()))
        self.path_edit.setPlaceholderText(self.tr("org/tenant-a"))
        self.path_edit.setToolTip(
            self.tr("The full path of the new namespace; missing parents are created too.")
        )
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
        self.outcome.setObjectName("blueprintOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.credentials = AppRoleCredentialsBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.run_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.run_button.setText(self.tr("Create tenant"))
        self.buttons.accepted.connect(self._run)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Selected namespace:"), self.parent_label)
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
        layout.addWidget(self.credentials)
        layout.addWidget(self.buttons)
        self._fields: tuple[QWidget, ...] = (
            self.path_edit,
            self.mount_edit,
            self.policy_edit,
            self.auth_combo,
            self.role_edit,
            self.ttl_edit,
            self.metadata_edit,
            self.template_edit,
        )
        for edit in (self.path_edit, self.mount_edit, self.policy_edit, self.role_edit):
            edit.textChanged.connect(self._check)
        self.template_edit.textChanged.connect(self._check)
        self.auth_combo.currentIndexChanged.connect(self._check)
        self.resize(560, 640)
        self._select_new_name()
        self._check()

    def _select_new_name(self) -> None:
        """Select the proposed last segment, so typing a name replaces it."""
        text = self.path_edit.text()
        start = text.rfind("/") + 1
        self.path_edit.setFocus()
        self.path_edit.setSelection(start, len(text) - start)

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

    def problems(self) -> list[str]:
        """What stops the blueprint from running, in the interface language."""
        spec = self.spec()
        problems = [say(p) for p in spec_problems(spec)]
        if not problems and spec.namespace in self._known():
            problems.append(
                self.tr("The namespace {0} already exists: give the path of a new one.").format(
                    spec.namespace
                )
            )
        return problems

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText(problems[0] if problems else "")
        self.run_button.setEnabled(not problems and not self.running)
        if not problems and not self.running:
            self.steps.clear()
            spec = self.spec()
            known = self._known()
            # The plan starts with the ancestors, outermost first: known ones are kept.
            kept = [path in known for path in ancestors(spec.namespace)]
            for row, name in enumerate(plan(spec)):
                text = say(name)
                if row < len(kept) and kept[row]:
                    text = self.tr("{0} (exists, kept)").format(text)
                item = QListWidgetItem(f"   {text}")
                item.setData(Qt.ItemDataRole.UserRole, str(name))
                self.steps.addItem(item)

    def _run(self) -> None:
        if self.running or self.problems():
            return
        self._set_running(True)
        self.outcome.clear()
        self.credentials.clear()
        self.sig_run_requested.emit(self.spec())

    def _set_running(self, running: bool) -> None:
        """While the blueprint runs the form cannot change (it is what is being done)."""
        self.running = running
        for field in self._fields:
            field.setEnabled(not running)
        self.run_button.setEnabled(not running and not self.problems())

    def _show_failure(self, text: str) -> None:
        set_tone(self.outcome, "error")
        self.outcome.setText(text)
        self._set_running(False)

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
            self._show_failure(self.tr("The blueprint could not run: {0}").format(reason))
        elif result is not None and result.ok:
            set_tone(self.outcome, "ok")
            self.outcome.setText(self.tr("Tenant {0} is ready.").format(result.spec.namespace))
            self.running = False
            self.run_button.setEnabled(False)  # done: running it again would fail
            if result.credentials is not None:
                self.credentials.show_credentials(result.credentials)
        elif result is not None:
            rolled = ", ".join(say(step) for step in result.rolled_back) or self.tr("nothing")
            text = self.tr("Step “{0}” failed. Rolled back: {1}.").format(
                say(result.failed_step), rolled
            )
            if result.error is not None:
                text += " " + describe(result.error)[0].replace("\n", " ")
            if result.rollback_failures:
                text += " " + self.tr("Could NOT roll back: {0}.").format(
                    ", ".join(say(step) for step in result.rollback_failures)
                )
            self._show_failure(text)

    def done(self, result: int) -> None:
        self.credentials.clear()  # shown once: gone with the dialog
        super().done(result)
