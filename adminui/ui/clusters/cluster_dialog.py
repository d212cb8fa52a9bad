"""Add or edit a cluster: its nodes (type one, discover the rest), TLS trust, sign-in
method, and a connection test that tells, per node, whether it answers, its TLS verdict,
version and role, and for the credentials their TTL, policies and what the console's
pages will be able to do.

Nothing here touches the profiles file or the keyring: the dialog hands back the profile
and, when it signed in, the sign-in's answer; the window saves and applies them.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminui.api.vault_login import SignedIn
from adminui.core.cluster import ClusterKind
from adminui.monitor import cluster_setup
from adminui.monitor.peer_certificate import PeerCertificate, fetch_certificate, save_trusted
from adminui.monitor.profile_check import ProfileTest
from adminui.profiles.paths import default_config_dir
from adminui.profiles.secrets import SecretStoreUnavailable
from adminui.profiles.store import (
    MAX_POLL_MS,
    MIN_POLL_MS,
    SIGN_IN_METHODS,
    Profile,
    ProfileError,
)
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.sign_in_dialog import BrowserOpener, method_label, secret_label
from adminui.ui.i18n import say
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.theme import status_colour

KINDS = ((ClusterKind.OPENBAO, "OpenBao / Vault"), (ClusterKind.CORE, "KUMA Core"))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip().rstrip("/") for line in text.splitlines() if line.strip())


class ClusterDialog(QDialog):
    """Add (``profile`` None) or edit a cluster profile.

    ``taken``: the names of the other clusters (a new name must not be one of them).
    ``on_save(profile, signed, remember)`` stores and applies it; when it raises (a
    full disk, no keyring) the dialog says why and stays open with everything typed.
    After ``accept``, :attr:`result_profile` is the profile and :attr:`signed` the
    sign-in made while testing or saving (None: no credentials were given).
    """

    def __init__(
        self,
        bridge: AsyncBridge,
        profile: Profile | None = None,
        *,
        taken: set[str] | None = None,
        parent: QWidget | None = None,
        open_url: Callable[[str], object] | None = None,
        on_save: Callable[[Profile, SignedIn | None, bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.on_save = on_save
        self.original = profile
        self.taken = set(taken or ())
        self.result_profile: Profile | None = None
        self.signed: SignedIn | None = None
        self._signed_for: Profile | None = None
        self._job: int | None = None
        self.last_test: ProfileTest | None = None
        self.browser = BrowserOpener(open_url)
        self._rows: dict[QLineEdit, QWidget] = {}  # a field with its Browse… button
        self.setObjectName("clusterDialog")
        self.setWindowTitle(
            self.tr("Edit cluster {0}").format(profile.name) if profile else self.tr("Add cluster")
        )
        self._build()
        if profile is not None:
            self.fill(profile)
        self._method_changed()
        self._kind_changed()
        self.resize(620, 720)

    # ----- layout --------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = MessageBanner()
        outer.addWidget(self.banner)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.kind = QComboBox()
        for kind, label in KINDS:
            self.kind.addItem(label, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. prod-bao"))
        form.addRow(self.tr("&Name:"), self.name)
        self.nodes = QPlainTextEdit()
        self.nodes.setPlaceholderText("https://bao1.example.org:8200")
        self.nodes.setMaximumHeight(90)
        self.nodes.setTabChangesFocus(True)
        self.discover_button = QPushButton(self.tr("&Discover nodes"))
        self.discover_button.setToolTip(
            self.tr("Type one node's URL; the cluster names the others.")
        )
        self.discover_button.clicked.connect(self.discover)
        nodes_box = QVBoxLayout()
        nodes_box.addWidget(self.nodes)
        nodes_box.addWidget(self.discover_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self._buddy(self.tr("Node &URLs (one per line):"), self.nodes), nodes_box)
        self.health = QPlainTextEdit()
        self.health.setMaximumHeight(70)
        self.health.setTabChangesFocus(True)
        self.health.setPlaceholderText(self.tr("optional: one health URL per node"))
        self.health_label = QLabel(self.tr("&Health URLs:"))
        self.health_label.setBuddy(self.health)
        form.addRow(self.health_label, self.health)

        self.method = QComboBox()
        for key in SIGN_IN_METHODS:
            self.method.addItem(method_label(key), key)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.method_label = QLabel(self.tr("Sign-in &method:"))
        self.method_label.setBuddy(self.method)
        form.addRow(self.method_label, self.method)
        self.mount = QLineEdit()
        self.mount_label = QLabel(self.tr("Mou&nt path:"))
        self.mount_label.setBuddy(self.mount)
        form.addRow(self.mount_label, self.mount)
        self.username = QLineEdit()
        self.username_label = QLabel(self.tr("&Username:"))
        self.username_label.setBuddy(self.username)
        form.addRow(self.username_label, self.username)
        self.role = QLineEdit()
        self.role_label = QLabel(self.tr("R&ole:"))
        self.role_label.setBuddy(self.role)
        form.addRow(self.role_label, self.role)
        self.namespace = QLineEdit()
        self.namespace.setPlaceholderText(self.tr("the root namespace"))
        self.namespace_label = QLabel(self.tr("Namespace to sign in to:"))
        form.addRow(self.namespace_label, self.namespace)
        self.client_cert = QLineEdit()
        self.client_cert_label = QLabel(self.tr("Client certificate:"))
        form.addRow(self.client_cert_label, self._with_browse(self.client_cert))
        self.client_key = QLineEdit()
        self.client_key_label = QLabel(self.tr("Client key:"))
        form.addRow(self.client_key_label, self._with_browse(self.client_key))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("clusterSecret")
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        self.remember = QCheckBox(self.tr("Remember me (keep the token in the keyring)"))
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("the system's trusted CAs"))
        form.addRow(
            self._buddy(self.tr("&CA bundle:"), self.ca_bundle), self._with_browse(self.ca_bundle)
        )
        self.insecure = QCheckBox(self.tr("Do &not verify TLS certificates (insecure)"))
        self.insecure.setObjectName("insecureChoice")
        danger = status_colour("error").name()
        self.insecure.setStyleSheet(f"QCheckBox {{ color: {danger}; }}")
        form.addRow("", self.insecure)
        self.server_name = QLineEdit()
        self.server_name.setPlaceholderText(self.tr("the URLs' host"))
        self.server_name.setToolTip(
            self.tr(
                "The name the nodes' certificates carry, when you reach them by another name or IP."
            )
        )
        form.addRow(self.tr("TLS ser&ver name:"), self.server_name)
        self.read_only = QCheckBox(self.tr("&Read-only (refuse every change)"))
        form.addRow("", self.read_only)
        self.require_snapshot = QCheckBox(
            self.tr("Always save a Raft snapshot before a risky change")
        )
        self.require_snapshot.setToolTip(
            self.tr(
                "Before a step-down, a drill, a change of peers or a restore, a snapshot is "
                "saved first and cannot be skipped."
            )
        )
        form.addRow("", self.require_snapshot)
        self.notify = QCheckBox(self.tr("Desktop &notifications for this cluster"))
        self.notify.setChecked(True)
        self.notify.setToolTip(
            self.tr(
                "Leader changes, quorum at risk, sealed or silent nodes, clock skew and "
                "expiring certificates or sign-ins. Unticked, they are only logged."
            )
        )
        form.addRow("", self.notify)
        self.environment = QLineEdit()
        self.environment.setPlaceholderText(self.tr("e.g. PROD"))
        form.addRow(self.tr("&Environment label:"), self.environment)
        self.colour = QLineEdit()
        self.colour.setPlaceholderText(self.tr("#rrggbb, e.g. red for production"))
        form.addRow(self.tr("Co&lour:"), self.colour)
        self.poll = QDoubleSpinBox()
        self.poll.setRange(0.0, MAX_POLL_MS / 1000)
        self.poll.setDecimals(1)
        self.poll.setSingleStep(0.5)
        self.poll.setSuffix(self.tr(" s"))
        self.poll.setSpecialValueText(self.tr("the console's default"))
        form.addRow(self.tr("Refresh &every:"), self.poll)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.certificate_button = QPushButton(self.tr("Show &certificate…"))
        self.certificate_button.setToolTip(
            self.tr("See the certificate a node presents, and trust it for this cluster.")
        )
        self.certificate_button.clicked.connect(self.show_certificate)
        self.certificate_button.hide()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.certificate_button)
        test_row.addStretch(1)
        outer.addLayout(test_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.results = QTextBrowser()
        self.results.setObjectName("connectionTest")
        self.results.setMaximumHeight(190)
        self.results.hide()
        outer.addWidget(self.results)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        """A label whose accelerator moves to ``field`` (a row holding a layout)."""
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _with_browse(self, field: QLineEdit) -> QWidget:
        """``field`` and its Browse… button, as one widget (hidden together)."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(lambda: self._browse(field))
        row.addWidget(button)
        self._rows[field] = holder
        return holder

    def _browse(self, field: QLineEdit) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PEM file"),
            field.text(),
            self.tr("PEM files (*.pem *.crt *.key);;All files (*)"),
        )
        if path:
            field.setText(path)

    def fill(self, profile: Profile) -> None:
        self.kind.setCurrentIndex(0 if profile.kind is ClusterKind.OPENBAO else 1)
        self.kind.setEnabled(False)  # a cluster's kind does not change
        self.name.setText(profile.name)
        self.nodes.setPlainText("\n".join(profile.node_urls))
        self.health.setPlainText("\n".join(profile.health_urls))
        self.ca_bundle.setText(profile.ca_bundle)
        self.insecure.setChecked(profile.insecure)
        self.read_only.setChecked(profile.read_only)
        self.require_snapshot.setChecked(profile.require_snapshot)
        self.notify.setChecked(not profile.mute_alerts)
        self.environment.setText(profile.environment)
        self.colour.setText(profile.colour)
        self.server_name.setText(profile.tls_server_name)
        self.poll.setValue(profile.poll_interval_ms / 1000)
        self.method.setCurrentIndex(max(0, self.method.findData(profile.auth)))
        self.mount.setText(profile.auth_mount)
        self.username.setText(profile.username)
        self.role.setText(profile.role)
        self.namespace.setText(profile.namespace)
        self.client_cert.setText(profile.client_cert)
        self.client_key.setText(profile.client_key)

    def _kind_changed(self) -> None:
        openbao = self.chosen_kind() is ClusterKind.OPENBAO
        openbao_only: tuple[QWidget, ...] = (
            self.method,
            self.method_label,
            self.namespace,
            self.namespace_label,
            self.require_snapshot,
        )
        for widget in openbao_only:
            widget.setVisible(openbao)
        for shown in (self.health, self.health_label):
            shown.setVisible(not openbao)
        if not openbao:
            self.method.setCurrentIndex(self.method.findData("token"))
        self._method_changed()

    def _method_changed(self) -> None:
        method = str(self.method.currentData())
        core = self.chosen_kind() is ClusterKind.CORE
        shown = {
            "mount": method != "token",
            "username": method in ("userpass", "ldap"),
            "role": method in ("oidc", "jwt", "cert"),
            "cert": method == "cert",
        }
        rows: dict[str, tuple[QWidget, ...]] = {
            "mount": (self.mount, self.mount_label),
            "username": (self.username, self.username_label),
            "role": (self.role, self.role_label),
            "cert": (
                self._rows[self.client_cert],
                self.client_cert_label,
                self._rows[self.client_key],
                self.client_key_label,
            ),
        }
        for key, widgets in rows.items():
            for widget in widgets:
                widget.setVisible(shown[key])
        label = secret_label("token" if core else method)
        self.secret.setVisible(label is not None)
        self.secret_label.setVisible(label is not None)
        if label is not None:
            self.secret_label.setText(label)
        self.mount.setPlaceholderText(method)

    # ----- the profile being edited ---------------------------------------------------
    def chosen_kind(self) -> ClusterKind:
        return ClusterKind(str(self.kind.currentData()))

    def profile(self) -> Profile:
        """The profile as typed (ProfileError when it is not valid)."""
        kind = self.chosen_kind()
        profile = Profile(
            name=self.name.text().strip(),
            kind=kind,
            node_urls=_lines(self.nodes.toPlainText()),
            health_urls=_lines(self.health.toPlainText()) if kind is ClusterKind.CORE else (),
            ca_bundle=self.ca_bundle.text().strip(),
            insecure=self.insecure.isChecked(),
            read_only=self.read_only.isChecked(),
            require_snapshot=self.require_snapshot.isChecked() and kind is ClusterKind.OPENBAO,
            mute_alerts=not self.notify.isChecked(),
            environment=self.environment.text().strip(),
            colour=self.colour.text().strip(),
            auth=str(self.method.currentData()) if kind is ClusterKind.OPENBAO else "token",
            auth_mount=self.mount.text().strip(),
            username=self.username.text().strip(),
            role=self.role.text().strip(),
            namespace=self.namespace.text().strip() if kind is ClusterKind.OPENBAO else "",
            client_cert=self.client_cert.text().strip(),
            client_key=self.client_key.text().strip(),
            tls_server_name=self.server_name.text().strip(),
            poll_interval_ms=max(MIN_POLL_MS, round(self.poll.value() * 1000))
            if self.poll.value()
            else 0,
            extra=dict(self.original.extra) if self.original else {},
        )
        profile.validate()
        if profile.name in self.taken:
            raise ProfileError(
                self.tr("A cluster named {0!r} exists already.").format(profile.name)
            )
        return profile

    def _checked_profile(self) -> Profile | None:
        try:
            return self.profile()
        except ProfileError as exc:
            self.banner.show_message(str(exc), "error")
            return None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _run(self, coro: Coroutine[Any, Any, Any], done: Callable[[Any], object]) -> None:
        self.banner.hide()
        self.progress.show()
        for button in (self.discover_button, self.test_button, self.save_button):
            button.setEnabled(False)

        def finished(result: Any, error: BaseException | None) -> None:
            self._job = None
            self.progress.hide()
            for button in (self.discover_button, self.test_button, self.save_button):
                button.setEnabled(True)
            if error is not None:
                self.banner.show_error(error)
                return
            done(result)

        self._job = self.bridge.submit(coro, finished, owner=self)

    def _needs_secret(self, profile: Profile) -> bool:
        return profile.auth in ("token", "userpass", "ldap", "jwt")

    def _credentials(self, profile: Profile) -> Coroutine[Any, Any, SignedIn | None]:
        """A job giving the sign-in for ``profile``: the one made earlier while its
        sign-in fields are unchanged, else a new one with what is typed (None when a
        secret is needed and none was typed). Read here, on the GUI thread."""
        earlier = self._signed_for
        unchanged = earlier is not None and replace(earlier, node_urls=()) == replace(
            profile, node_urls=()
        )
        reuse = self.signed if unchanged else None
        return cluster_setup.credentials(
            profile,
            self.secret.text(),
            reuse=reuse,
            needs_secret=self._needs_secret(profile),
            open_browser=self.browser,
        )

    def _keep_credentials(self, profile: Profile, signed: SignedIn | None) -> None:
        if signed is not None:
            self.signed, self._signed_for = signed, profile
            self.secret.clear()

    # ----- actions --------------------------------------------------------------------
    def discover(self) -> None:
        """Add the nodes the cluster names, from the first URL typed."""
        profile = self._checked_profile()
        if profile is None:
            return

        def done(result: tuple[SignedIn | None, tuple[str, ...]]) -> None:
            signed, urls = result
            self._keep_credentials(profile, signed)
            self.nodes.setPlainText("\n".join(urls))
            added = len(urls) - len(profile.node_urls)
            found = (
                self.tr("Found 1 node; {0} added.").format(added)
                if len(urls) == 1
                else self.tr("Found {0} nodes; {1} added.").format(len(urls), added)
            )
            self.banner.show_message(found, "info")

        self._run(cluster_setup.discover(profile, self._credentials(profile)), done)

    def test_connection(self) -> None:
        """Each node's answer, TLS, version and role; the credentials' validity."""
        profile = self._checked_profile()
        if profile is None:
            return

        def done(result: tuple[SignedIn | None, ProfileTest]) -> None:
            signed, test = result
            self._keep_credentials(profile, signed)
            self.show_test(test)

        self._run(cluster_setup.test(profile, self._credentials(profile)), done)

    def show_test(self, test: ProfileTest) -> None:
        self.last_test = test
        ok, bad = status_colour("ok").name(), status_colour("error").name()
        rows = []
        for node in test.nodes:
            colour = ok if node.answers else bad
            role = QCoreApplication.translate("NodeTableModel", node.role)
            state = role + (f" ({say(node.reason)})" if node.reason else "")
            tls = {"not used": self.tr("not used"), "trusted": self.tr("trusted")}.get(
                node.tls, say(node.tls)
            )
            version = f" · {html.escape(node.version)}" if node.version else ""
            rows.append(
                f"<li><b>{html.escape(node.url)}</b>: <span style='color:{colour}'>"
                f"{html.escape(state)}</span> · TLS {html.escape(tls)}{version}</li>"
            )
        creds = test.credentials
        if creds.valid:
            ttl = (
                self.tr("no expiry")
                if not creds.ttl_s
                else self.tr("TTL {0} s").format(creds.ttl_s)
            )
            policies = ", ".join(creds.policies) or "-"
            line = self.tr("Credentials valid ({0}; policies: {1})").format(ttl, policies)
            can = [say(page) for page, yes in creds.abilities if yes]
            cannot = [say(page) for page, yes in creds.abilities if not yes]
            details = []
            if creds.abilities:
                details.append(self.tr("Can: {0}").format(", ".join(can) or "-"))
                if cannot:
                    details.append(self.tr("Cannot: {0}").format(", ".join(cannot)))
            rows.append(
                f"<li><span style='color:{ok}'>{html.escape(line)}</span>"
                + "".join(f"<br>{html.escape(d)}" for d in details)
                + "</li>"
            )
        else:
            line = self.tr("Credentials not valid: {0}").format(creds.detail)
            rows.append(f"<li><span style='color:{bad}'>{html.escape(line)}</span></li>")
        self.results.setHtml("<ul>" + "".join(rows) + "</ul>")
        self.results.show()
        untrusted = any(
            n.url.startswith("https://") and n.tls.startswith("TLS") for n in test.nodes
        )
        self.certificate_button.setVisible(untrusted)

    def show_certificate(self) -> None:
        """Fetch the first untrusted node's certificate and offer to trust it."""
        test = self.last_test
        urls = [n.url for n in (test.nodes if test else ()) if n.tls.startswith("TLS")]
        if not urls:
            urls = [u for u in _lines(self.nodes.toPlainText()) if u.startswith("https://")]
        if not urls:
            return
        self._run(fetch_certificate(urls[0]), self.offer_trust)

    def offer_trust(self, certificate: PeerCertificate) -> bool:
        """Show the certificate; on "Trust", save it as this cluster's CA bundle."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Trust this certificate?"))
        box.setText(
            self.tr(
                "{0} presents a certificate this computer does not trust. Compare the "
                "fingerprint with the one your administrator gave you before trusting it."
            ).format(certificate.url)
        )
        box.setInformativeText(
            self.tr("Subject: {0}\nIssuer: {1}\nValid until: {2}\nSHA-256: {3}").format(
                certificate.subject, certificate.issuer, certificate.not_after, certificate.sha256
            )
        )
        trust = box.addButton(self.tr("&Trust this certificate"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("trustCertificate")
        box.exec()
        if box.clickedButton() is not trust:
            return False
        name = self.name.text().strip() or "cluster"
        path = save_trusted(certificate, default_config_dir(), name)
        self.ca_bundle.setText(str(path))
        self.insecure.setChecked(False)
        self.banner.show_message(
            self.tr("Saved as this cluster's CA bundle: {0}. Test the connection again.").format(
                path
            ),
            "info",
        )
        return True

    def save(self) -> None:
        """Check the profile, sign in when credentials were given, and hand it back."""
        profile = self._checked_profile()
        if profile is None:
            return

        def done(signed: SignedIn | None) -> None:
            self._keep_credentials(profile, signed)
            if self.on_save is not None:
                try:
                    self.on_save(profile, self.signed, self.remember.isChecked())
                except (ProfileError, OSError, SecretStoreUnavailable) as exc:
                    self.banner.show_message(self.tr("Not saved: {0}").format(exc), "error")
                    return
            self.result_profile = profile
            self.accept()

        wants_sign_in = profile.auth in ("oidc", "cert") and self.original is None
        if self.secret.text() or (wants_sign_in and self.signed is None):
            self._run(self._credentials(profile), done)
        else:
            done(self.signed if self._signed_for is not None else None)

    def reject(self) -> None:
        if self._job is not None:
            self.bridge.cancel(self._job)
            self._job = None
        super().reject()
