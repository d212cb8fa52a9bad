"""Dialogs of the rotation page: create a set, delete a set (typed confirmation)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from adminui.api.pg_roles import PgCredentials, PgEndpoint
from adminui.api.vault_models import DatabaseConnection
from adminui.core.rotation import ROTATION_MARGIN, best_guarantee, ideal_guarantee
from adminui.monitor.lab_hooks import PostgresLogin
from adminui.monitor.rotation_service import RotationSet, RotationSetError, SetSpec
from adminui.ui.errors import describe
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.rotation.format import duration
from adminui.ui.theme import set_tone

#: The connection a lab rotation set creates, unless one is chosen.
LAB_CONNECTION = "lab-postgres"

PERIOD_UNITS = (
    (QT_TRANSLATE_NOOP("CreateSetDialog", "s"), 1),
    (QT_TRANSLATE_NOOP("CreateSetDialog", "min"), 60),
    (QT_TRANSLATE_NOOP("CreateSetDialog", "h"), 3600),
    (QT_TRANSLATE_NOOP("CreateSetDialog", "d"), 86400),
)


class ErrorBox(QWidget):
    """One clear sentence in red, with the details one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.details = QLabel()
        self.details.setObjectName("errorDetails")
        self.details.setWordWrap(True)
        self.details.setVisible(False)
        self.toggle = QPushButton(self.tr("Details…"))
        self.toggle.setFlat(True)
        self.toggle.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        layout.addRow(self.message, self.toggle)
        layout.addRow(self.details)
        self.setVisible(False)

    def show_error(self, error: BaseException) -> None:
        message, text = describe(error)
        detail = getattr(error, "detail", "") or ""
        self.message.setText(message or self.tr("The operation failed."))
        self.details.setText("\n".join(t for t in (detail, text) if t and t != message))
        self.details.setVisible(False)
        self.toggle.setVisible(bool(self.details.text()))
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.message.clear()
        self.details.clear()


class CreateSetDialog(QDialog):
    """Name, namespace, connection, N, period and the PostgreSQL admin login.

    The dialog stays open while the set is created (progress shown) and keeps every
    field when creation fails, so nothing typed is lost. Once the set exists it closes:
    staggering the members (up to one period) goes on in the jobs panel.
    """

    #: Emitted with the SetSpec when the user asks to create the set.
    sig_submitted = Signal(object)

    def __init__(
        self,
        namespace: str,
        connections: Sequence[DatabaseConnection] = (),
        parent: QWidget | None = None,
        lab_login: PostgresLogin | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New rotation set"))
        self.setMinimumWidth(460)
        self._connections = {c.name: c for c in connections}

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. billing-db"))
        self.namespace = QLineEdit(namespace)
        self.namespace.setPlaceholderText(self.tr("root namespace"))
        self.mount = QLineEdit("database")
        self.connection = QComboBox()
        self.connection.setEditable(True)
        self.connection.addItems(sorted(self._connections))
        self.new_connection = QCheckBox(self.tr("Create this connection (PostgreSQL plugin)"))
        self.count = QSpinBox()
        self.count.setRange(2, 16)
        self.count.setValue(3)
        self.period = QSpinBox()
        self.period.setRange(1, 100_000)
        self.period.setValue(1)
        self.unit = QComboBox()
        for label, seconds in PERIOD_UNITS:
            self.unit.addItem(self.tr(label), seconds)
        self.unit.setCurrentIndex(3)
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("default: the set name, then _1, _2…"))

        self.host = QLineEdit("127.0.0.1")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("postgres")
        self.admin_user = QLineEdit()
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Namespace"), self.namespace)
        form.addRow(self.tr("Database mount"), self.mount)
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow("", self.new_connection)
        form.addRow(self.tr("Members (N)"), self.count)
        period_row = QWidget()
        period_layout = QFormLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addRow(self.period, self.unit)
        form.addRow(self.tr("Period (P)"), period_row)
        form.addRow(self.tr("Account names"), self.prefix)

        pg_box = QGroupBox(self.tr("PostgreSQL, as this console reaches it"))
        pg_form = QFormLayout(pg_box)
        pg_form.addRow(self.tr("Host"), self.host)
        pg_form.addRow(self.tr("Port"), self.port)
        pg_form.addRow(self.tr("Database"), self.database)
        pg_form.addRow(self.tr("Admin user"), self.admin_user)
        pg_form.addRow(self.tr("Admin password"), self.admin_password)
        note = QLabel(
            self.tr(
                "The admin login creates the accounts (existing ones are adopted) and is "
                "sent to OpenBao only for a new connection; it is never stored here."
            )
        )
        note.setWordWrap(True)
        pg_form.addRow(note)
        if lab_login is not None:
            self._fill_from_lab(lab_login, pg_form)

        self.summary = QLabel()
        self.summary.setObjectName("createSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setVisible(False)
        self.error = ErrorBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create and stagger"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(pg_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.connection.currentTextChanged.connect(self._connection_changed)
        for spin in (self.count, self.period):
            spin.valueChanged.connect(self._update_summary)
        self.unit.currentIndexChanged.connect(self._update_summary)
        self._connection_changed(self.connection.currentText())
        self._update_summary()

    def _fill_from_lab(self, login: PostgresLogin, form: QFormLayout) -> None:
        """The local lab's PostgreSQL and admin login, and a connection name for it."""
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.admin_user.setText(login.user)
        self.admin_password.setText(login.password)
        self.connection.setEditText(LAB_CONNECTION)  # the lab's, made with the first set
        lab_note = QLabel(self.tr("Filled in from the local lab's PostgreSQL."))
        lab_note.setObjectName("labPreset")
        form.insertRow(0, lab_note)

    def period_seconds(self) -> int:
        return int(self.period.value() * int(self.unit.currentData()))

    def _connection_changed(self, name: str) -> None:
        known = self._connections.get(name)
        self.new_connection.setChecked(known is None and bool(name.strip()))
        if known is None:
            return
        try:
            endpoint = PgEndpoint.from_url(known.connection_url)
        except ValueError:
            return
        self.host.setText(endpoint.host)
        self.port.setValue(endpoint.port)
        self.database.setText(endpoint.database)
        if known.username:
            self.admin_user.setText(known.username)

    def _update_summary(self) -> None:
        count, period = self.count.value(), self.period_seconds()
        self.summary.setText(
            self.tr(
                "{0} accounts rotating every {1}, {2} apart. Whoever asks gets at least {3} "
                "of validity (P·(N−1)/N = {4}, less {5} for the server's rotation timing). "
                "Staggering takes about {4}: it runs in the background once the set is "
                "created (this dialog then closes; the jobs panel shows its progress)."
            ).format(
                count,
                duration(period),
                duration(period / count),
                duration(best_guarantee(count, period, ROTATION_MARGIN)),
                duration(ideal_guarantee(count, period)),
                duration(ROTATION_MARGIN),
            )
        )

    def spec(self) -> SetSpec:
        """The request as typed (RotationSetError when it is not valid)."""
        endpoint = PgEndpoint(self.host.text().strip(), self.port.value(), self.database.text())
        admin = None
        if self.admin_user.text().strip():
            admin = PgCredentials(
                endpoint, self.admin_user.text().strip(), self.admin_password.text()
            )
        result = SetSpec(
            name=self.name.text().strip(),
            namespace=self.namespace.text().strip().strip("/"),
            count=self.count.value(),
            period=float(self.period_seconds()),
            endpoint=endpoint,
            connection=self.connection.currentText().strip(),
            mount=self.mount.text().strip() or "database",
            create_connection=self.new_connection.isChecked(),
            admin=admin,
            username_prefix=self.prefix.text().strip(),
        )
        result.validate()
        return result

    def _submit(self) -> None:
        self.error.clear()
        try:
            spec = self.spec()
        except RotationSetError as exc:
            self.error.show_error(exc)
            self._fit_height()
            return
        self.set_busy(True)
        self.sig_submitted.emit(spec)

    def set_busy(self, busy: bool) -> None:
        inputs: list[QWidget] = [*self.findChildren(QLineEdit), *self.findChildren(QSpinBox)]
        inputs += [self.connection, self.unit, self.new_connection, self.create_button]
        for widget in inputs:
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("Starting…"))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the layout needs at this width (shown rows and wrapped
        paragraphs are never cut when the progress row appears)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_progress(self, message: str, fraction: float) -> None:
        self.progress_label.setText(say(message))
        self.progress.setValue(int(fraction * 100))
        self._fit_height()

    def show_failure(self, error: BaseException) -> None:
        """Re-enable the form with everything as typed, and say what went wrong."""
        self.set_busy(False)
        self.error.show_error(error)
        self._fit_height()


class DeleteSetDialog(QDialog):
    """Delete a set: type its name to confirm; optionally drop the login roles too."""

    def __init__(self, rotation_set: RotationSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rotation_set = rotation_set
        self.setWindowTitle(self.tr("Delete rotation set {0}").format(rotation_set.name))
        members = ", ".join(m.role for m in rotation_set.members)
        text = QLabel(
            self.tr(
                "This deletes the static roles {0} and the set's record. Consumers will "
                "no longer get passwords from this set. Type the set's name to confirm."
            ).format(members)
        )
        text.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(rotation_set.name)
        self.drop_accounts = QCheckBox(self.tr("Also drop the PostgreSQL login roles"))
        self.admin_user = QLineEdit()
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_box = QGroupBox(self.tr("PostgreSQL admin login"))
        admin_form = QFormLayout(self.admin_box)
        admin_form.addRow(self.tr("Admin user"), self.admin_user)
        admin_form.addRow(self.tr("Admin password"), self.admin_password)
        self.admin_box.setEnabled(False)
        self.drop_accounts.toggled.connect(self.admin_box.setEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._check)
        self.drop_accounts.toggled.connect(self._check)
        self.admin_user.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(self.drop_accounts)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        named = self.typed.text() == self.rotation_set.name
        admin_ok = not self.drop_accounts.isChecked() or bool(self.admin_user.text().strip())
        self.delete_button.setEnabled(named and admin_ok)

    def admin(self) -> PgCredentials | None:
        """The admin login when the login roles are to be dropped too."""
        if not self.drop_accounts.isChecked():
            return None
        return PgCredentials(
            self.rotation_set.endpoint, self.admin_user.text().strip(), self.admin_password.text()
        )
