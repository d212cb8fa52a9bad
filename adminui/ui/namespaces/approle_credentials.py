"""The AppRole login a tenant blueprint issued: role_id shown, secret_id masked.

The secret_id can be revealed and copied (through :class:`SecureClipboard`, which takes
it off the clipboard again); it is held only by the widgets and cleared with them.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from adminui.monitor.blueprint import AppRoleCredentials
from adminui.ui.secure_clipboard import SecureClipboard


class AppRoleCredentialsBox(QGroupBox):
    """role_id and secret_id with copy buttons; hidden until :meth:`show_credentials`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("AppRole login"))
        self.setObjectName("approleCredentials")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.role_id_edit = QLineEdit()
        self.role_id_edit.setReadOnly(True)
        self.role_id_edit.setObjectName("roleId")
        self.secret_id_edit = QLineEdit()
        self.secret_id_edit.setReadOnly(True)
        self.secret_id_edit.setObjectName("secretId")
        self.secret_id_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.copy_role_button = QPushButton(self.tr("Copy"))
        self.copy_role_button.clicked.connect(self._copy_role_id)
        self.reveal_button = QPushButton(self.tr("Show"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal)
        self.copy_secret_button = QPushButton(self.tr("Copy"))
        self.copy_secret_button.clicked.connect(self._copy_secret_id)
        grid = QGridLayout(self)
        grid.addWidget(self.hint, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Role ID:")), 1, 0)
        grid.addWidget(self.role_id_edit, 1, 1, 1, 2)
        grid.addWidget(self.copy_role_button, 1, 3)
        grid.addWidget(QLabel(self.tr("Secret ID:")), 2, 0)
        grid.addWidget(self.secret_id_edit, 2, 1)
        grid.addWidget(self.reveal_button, 2, 2)
        grid.addWidget(self.copy_secret_button, 2, 3)
        grid.setColumnStretch(1, 1)
        self.hide()

    def show_credentials(self, credentials: AppRoleCredentials) -> None:
        """Show the login of ``credentials`` (the secret_id masked)."""
        where = credentials.namespace + "/" if credentials.namespace else self.tr("(root)")
        self.hint.setText(
            self.tr(
                "Applications log in with POST auth/{0}/login in namespace {1}. "
                "This is the only time the secret ID is shown: store it safely now."
            ).format(credentials.mount, where)
        )
        self.role_id_edit.setText(credentials.role_id)
        self.secret_id_edit.setText(credentials.secret_id)
        self.reveal_button.setChecked(False)
        self.show()

    def clear(self) -> None:
        """Forget both values (the dialog is closing)."""
        self.role_id_edit.clear()
        self.secret_id_edit.clear()
        self.hide()

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret_id_edit.setEchoMode(mode)
        self.reveal_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _copy_role_id(self) -> None:
        QGuiApplication.clipboard().setText(self.role_id_edit.text())
        self.copy_role_button.setText(self.tr("Copied"))

    def _copy_secret_id(self) -> None:
        # The helper belongs to the application: the secret leaves the clipboard after
        # a while even once this dialog is closed.
        clipboard = SecureClipboard(parent=QGuiApplication.instance())
        clipboard.copy(self.secret_id_edit.text())
        self.copy_secret_button.setText(
            self.tr("Copied (cleared in {0} s)").format(clipboard.timeout_ms // 1000)
        )
