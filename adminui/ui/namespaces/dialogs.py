"""Dialogs of the namespace page: create, delete (typed confirmation), unlock key, unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminui.core.namespaces import join_path, name_problem
from adminui.core.sentence import Sentence
from adminui.monitor.namespace_tree import ContentSummary
from adminui.ui.i18n import say
from adminui.ui.secure_clipboard import SecureClipboard
from adminui.ui.theme import set_tone


def parse_metadata(text: str) -> tuple[dict[str, str], str]:
    """``key=value`` lines → (mapping, problem: a Sentence or ''); blank lines are ignored."""
    result: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            return result, Sentence("Line {0}: write metadata as key=value.", number)
        result[key.strip()] = value.strip()
    return result, ""


class CreateNamespaceDialog(QDialog):
    """Name (checked as you type with the server's rules) and custom metadata."""

    def __init__(self, parent_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_path = parent_path
        self.setWindowTitle(self.tr("New namespace"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("tenant-a"))
        self.metadata_edit = QPlainTextEdit()
        self.metadata_edit.setPlaceholderText(self.tr("owner=team-a\ncost-centre=42"))
        self.metadata_edit.setFixedHeight(80)
        self.problem = QLabel()
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            self.tr("Parent:"), QLabel(parent_path + "/" if parent_path else self.tr("(root)"))
        )
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Custom metadata:"), self.metadata_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.metadata_edit.textChanged.connect(self._check)
        self._check()

    @property
    def path(self) -> str:
        return join_path(self.parent_path, self.name_edit.text())

    def metadata(self) -> dict[str, str]:
        return parse_metadata(self.metadata_edit.toPlainText())[0]

    def _check(self) -> None:
        problem = name_problem(self.name_edit.text())
        if not problem:
            problem = parse_metadata(self.metadata_edit.toPlainText())[1]
        self.problem.setText(say(problem) if problem and self.name_edit.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def show_failure(self, message: str) -> None:
        """Keep the dialog (and what was typed) open with the server's refusal."""
        self.problem.setText(message)


class DeleteNamespaceDialog(QDialog):
    """Shows what the namespace holds; deleting needs the path typed in full."""

    def __init__(self, summary: ContentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Delete namespace"))
        text = QLabel(
            self.tr(
                "Deleting <b>{0}/</b> removes everything in it for good: its secrets "
                "engines and their data, policies, auth methods and tokens."
            ).format(summary.path)
        )
        text.setWordWrap(True)
        contents = QPlainTextEdit()
        contents.setReadOnly(True)
        contents.setPlainText(self._contents_text())
        contents.setObjectName("deleteContents")
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(summary.path)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = len(summary.children) + 1
        ok.setText(self.tr("Delete {0} namespace(s)").format(count))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(contents)
        layout.addWidget(QLabel(self.tr("Type the namespace path to confirm:")))
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(
            lambda typed: ok.setEnabled(typed.strip().strip("/") == summary.path)
        )
        self.resize(520, 380)

    def _contents_text(self) -> str:
        s = self.summary
        lines = [self.tr("Child namespaces: {0}").format(len(s.children))]
        lines += [f"  {c}/" for c in s.children[:50]]
        if len(s.children) > 50:
            lines.append(self.tr("  … and {0} more").format(len(s.children) - 50))
        lines.append(self.tr("Secrets engines: {0}").format(len(s.mounts)))
        lines += [f"  {m}" for m in s.mounts]
        lines.append(self.tr("Policies: {0}").format(len(s.policies)))
        lines += [f"  {p}" for p in s.policies]
        return "\n".join(lines)


class UnlockKeyDialog(QDialog):
    """Shows the unlock key of a lock once, with a copy button."""

    def __init__(self, path: str, unlock_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Namespace locked"))
        text = QLabel(
            self.tr(
                "API access to <b>{0}/</b> is locked. This is the only time the unlock key "
                "is shown: store it safely now."
            ).format(path)
        )
        text.setWordWrap(True)
        self.key_edit = QLineEdit(unlock_key)
        self.key_edit.setReadOnly(True)
        self.key_edit.setObjectName("unlockKey")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        # The key is a secret: it leaves the clipboard after a while, even once this
        # dialog is closed (the helper belongs to the application, not the dialog).
        clipboard = SecureClipboard(parent=QGuiApplication.instance())
        clipboard.copy(self.key_edit.text())
        self.copy_button.setText(
            self.tr("Copied (cleared in {0} s)").format(clipboard.timeout_ms // 1000)
        )

    def done(self, result: int) -> None:
        self.key_edit.clear()  # shown once: gone with the dialog
        super().done(result)


class UnlockDialog(QDialog):
    """Asks for the unlock key (a root token may leave it empty)."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock namespace"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("unlock key (may be empty with a root token)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Unlock API access to <b>{0}/</b>").format(path)))
        layout.addWidget(self.key_edit)
        layout.addWidget(buttons)

    @property
    def unlock_key(self) -> str:
        return self.key_edit.text().strip()
