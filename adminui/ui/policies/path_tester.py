""" "What can this token do here?": asks the server which capabilities apply to a path."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminui.api.vault_models import Capabilities
from adminui.monitor.policy_service import PolicyService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.policies.error_banner import MessageBanner


class PathTester(QWidget):
    """Path (and optionally another token) in; the server's capabilities out."""

    #: The server answered: the path and its capabilities.
    sig_answered = Signal(str, object)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = PolicyService(context.vault)
        self._bridge = bridge
        self.namespace = ""
        intro = QLabel(
            self.tr(
                "Ask the server which capabilities a token has on a path in this namespace. "
                "To see what a policy grants, use a token that carries it."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("e.g. secret/data/app/config"))
        self.path_edit.returnPressed.connect(self.check)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("blank: this console's own token"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size:11pt;")
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(self.tr("Path"), self.path_edit)
        form.addRow(self.tr("Token"), self.token_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def set_namespace(self, namespace: str) -> None:
        self.namespace = namespace.strip("/")
        self.result.clear()

    def check(self) -> None:
        path = self.path_edit.text().strip().lstrip("/")
        if not path:
            self.result.setText(self.tr("Enter a path first."))
            return
        token = self.token_edit.text().strip()
        self.banner.hide()
        self.result.setText(self.tr("Asking the server…"))

        def done(result: Capabilities | None, error: BaseException | None) -> None:
            if error is not None or result is None:
                self.result.clear()
                self.banner.show_error(error or RuntimeError(), self.tr("The check failed."))
                return
            caps = result.of(path)
            self.result.setText(self.describe(path, caps))
            self.sig_answered.emit(path, caps)

        ask = self._service.capabilities(self.namespace, [path], token)
        self._bridge.submit(ask, done, owner=self, key="ask")

    def describe(self, path: str, caps: tuple[str, ...]) -> str:
        """One sentence for a path's capabilities."""
        if not caps or caps == ("deny",):
            return self.tr("On {path}: nothing is allowed (deny).").replace("{path}", path)
        if "root" in caps:
            return self.tr("On {path}: everything (root).").replace("{path}", path)
        return (
            self.tr("On {path}: {caps}.")
            .replace("{path}", path)
            .replace("{caps}", ", ".join(sorted(caps)))
        )
