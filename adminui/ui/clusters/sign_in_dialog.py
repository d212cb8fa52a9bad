"""Sign in to one cluster with its profile's method.

The password (or pasted token or JWT) lives in the dialog's field until the sign-in
answers, and is then cleared; only the token that comes back is kept — in memory, and
in the keyring as well when "Remember me" stays ticked. A failed sign-in keeps what was
typed and says why. OIDC opens the provider's page in the browser and waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from adminui.api.vault_login import SignedIn
from adminui.core.cluster import ClusterKind
from adminui.monitor.sign_in import sign_in
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.policies.error_banner import MessageBanner

METHOD_LABELS = {
    "token": QT_TRANSLATE_NOOP("SignIn", "Token"),
    "userpass": QT_TRANSLATE_NOOP("SignIn", "Username and password"),
    "ldap": QT_TRANSLATE_NOOP("SignIn", "LDAP"),
    "oidc": QT_TRANSLATE_NOOP("SignIn", "OIDC (browser)"),
    "jwt": QT_TRANSLATE_NOOP("SignIn", "JWT"),
    "cert": QT_TRANSLATE_NOOP("SignIn", "TLS client certificate"),
}
SECRET_LABELS = {
    "token": QT_TRANSLATE_NOOP("SignIn", "Token:"),
    "userpass": QT_TRANSLATE_NOOP("SignIn", "Password:"),
    "ldap": QT_TRANSLATE_NOOP("SignIn", "Password:"),
    "jwt": QT_TRANSLATE_NOOP("SignIn", "JWT:"),
}


def method_label(method: str) -> str:
    """The sign-in method's name in the interface language."""
    return QCoreApplication.translate("SignIn", METHOD_LABELS.get(method, method))


def secret_label(method: str) -> str | None:
    """What the secret field of ``method`` is called (None: the method has none)."""
    label = SECRET_LABELS.get(method)
    return None if label is None else QCoreApplication.translate("SignIn", label)


class BrowserOpener(QObject):
    """Opens a URL in the person's browser, asked from the loop thread (queued to the
    GUI thread by the signal)."""

    sig_open = Signal(str)

    def __init__(self, open_url: Callable[[str], object] | None = None) -> None:
        super().__init__()
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.sig_open.connect(self._open)
        self.opened: list[str] = []

    def __call__(self, url: str) -> None:
        self.sig_open.emit(url)

    def _open(self, url: str) -> None:
        self.opened.append(url)
        self._open_url(url)


class SignInDialog(QDialog):
    """Signs in to ``profile``'s cluster; ``sig_signed_in(SignedIn, remember)`` on success."""

    sig_signed_in = Signal(object, bool)

    def __init__(
        self,
        profile: Profile,
        bridge: AsyncBridge,
        parent: QWidget | None = None,
        *,
        reason: str = "",
        open_url: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.bridge = bridge
        self.setWindowTitle(self.tr("Sign in to {0}").format(profile.name))
        self.setObjectName("signInDialog")
        self._job: int | None = None
        self.browser = BrowserOpener(open_url)

        layout = QVBoxLayout(self)
        if reason:
            why = QLabel(reason)
            why.setWordWrap(True)
            why.setObjectName("signInReason")
            layout.addWidget(why)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        form = QFormLayout()
        method = method_label(profile.auth)
        if profile.kind is ClusterKind.CORE:
            method = self.tr("KUMA Core API token")
        where = f" · {profile.mount}/" if profile.auth != "token" else ""
        form.addRow(self.tr("Method:"), QLabel(method + where))
        who = profile.username or profile.role
        if who:
            form.addRow(self.tr("User:") if profile.username else self.tr("Role:"), QLabel(who))
        if profile.namespace:
            form.addRow(self.tr("Namespace:"), QLabel(profile.namespace))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("signInSecret")
        label = secret_label("token" if profile.kind is ClusterKind.CORE else profile.auth)
        if label is not None:
            form.addRow(label, self.secret)
        else:
            self.secret.hide()
        if profile.auth == "oidc":
            form.addRow(QLabel(self.tr("Your browser opens the provider's sign-in page.")))
        self.remember = QCheckBox(self.tr("&Remember me (keep the token in the keyring)"))
        self.remember.setChecked(True)
        form.addRow(self.remember)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        """Sign in in the background; the dialog stays open until it answers."""
        if self.busy:
            return
        self.banner.hide()
        self.progress.show()
        self.sign_in_button.setEnabled(False)
        secret = self.secret.text()
        coro = sign_in(self.profile, secret, open_browser=self.browser)
        self._job = self.bridge.submit(coro, self._finished, owner=self)

    def reject(self) -> None:
        if self._job is not None:
            self.bridge.cancel(self._job)
            self._job = None
        super().reject()

    def _finished(self, signed: SignedIn | None, error: BaseException | None) -> None:
        self._job = None
        self.progress.hide()
        self.sign_in_button.setEnabled(True)
        if error is not None or signed is None:
            self.banner.show_error(error or RuntimeError("no answer"))
            self.secret.setFocus()
            return
        self.secret.clear()
        self.sig_signed_in.emit(signed, self.remember.isChecked())
        self.accept()
