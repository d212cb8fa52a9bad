"""F19: the local audit log — every write, who made it, and whether the chain holds."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.audit import AuditRecord, Verification, parse_line
from adminui.profiles.audit_log import AuditLog
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_view import fit_columns
from adminui.ui.theme import set_chip, set_tone

#: The column of the action (method and path): the long one, given the spare width.
_ACTION = 4


@dataclass(frozen=True)
class AuditRow:
    """One line of the log file: its number and its record (None when unreadable)."""

    line: int
    record: AuditRecord | None


def _stamp(record: AuditRecord | None) -> str:
    if record is None:
        return ""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(record.time))


def _field(name: str) -> Callable[[AuditRow], str]:
    def text(row: AuditRow) -> str:
        if row.record is None:
            return (
                QCoreApplication.translate("AuditPage", "unreadable line")
                if name == "result"
                else ""
            )
        value = getattr(row.record, name)
        return "" if value is None else str(value)

    return text


#: The words the log stores for a result and for a failure's kind (the API's error class
#: names), shown in the interface language.
_RESULT_WORDS = (
    QT_TRANSLATE_NOOP("AuditPage", "ok"),
    QT_TRANSLATE_NOOP("AuditPage", "error"),
    QT_TRANSLATE_NOOP("AuditPage", "refused"),
    QT_TRANSLATE_NOOP("AuditPage", "Unreachable"),
    QT_TRANSLATE_NOOP("AuditPage", "Timeout"),
    QT_TRANSLATE_NOOP("AuditPage", "TLSError"),
    QT_TRANSLATE_NOOP("AuditPage", "Sealed"),
    QT_TRANSLATE_NOOP("AuditPage", "NamespaceLocked"),
    QT_TRANSLATE_NOOP("AuditPage", "Standby"),
    QT_TRANSLATE_NOOP("AuditPage", "PermissionDenied"),
    QT_TRANSLATE_NOOP("AuditPage", "NotFound"),
    QT_TRANSLATE_NOOP("AuditPage", "RateLimited"),
    QT_TRANSLATE_NOOP("AuditPage", "BadRequest"),
    QT_TRANSLATE_NOOP("AuditPage", "Conflict"),
    QT_TRANSLATE_NOOP("AuditPage", "ServerError"),
    QT_TRANSLATE_NOOP("AuditPage", "BadResponse"),
    QT_TRANSLATE_NOOP("AuditPage", "ReadOnlyViolation"),
)


def _word(stored: str) -> str:
    """A stored word in the interface language (an unknown one as it is)."""
    if stored in _RESULT_WORDS:
        return QCoreApplication.translate("AuditPage", stored)
    return stored


def _result(row: AuditRow) -> str:
    if row.record is None:
        return QCoreApplication.translate("AuditPage", "unreadable line")
    record = row.record
    text = _word(record.result)
    if record.status is not None:
        text += f" {record.status}"
    if record.error:
        text += f" ({_word(record.error)})"
    return text


class AuditPage(QWidget):
    """Lists the audit log, verifies its hash chain and exports it."""

    #: A verification ended: the Verification.
    sig_verified = Signal(object)
    #: The log was exported: the destination path (as text).
    sig_exported = Signal(str)

    def __init__(
        self,
        log: AuditLog | None = None,
        parent: QWidget | None = None,
        *,
        ask_export_path: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log = log or AuditLog()
        self.ask_export_path = ask_export_path or self._ask_path
        self.heading = QLabel(self.tr("Audit log"))
        self.heading.setStyleSheet("font-size:14pt; font-weight:600;")
        self.where = QLabel(self.tr("Kept in {0}").format(self.log.path))
        set_tone(self.where, "muted")
        self.where.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()

        self.model: RecordTableModel[AuditRow] = RecordTableModel(
            [
                Column(self.tr("Line"), lambda r: str(r.line)),
                Column(self.tr("Time"), lambda r: _stamp(r.record)),
                Column(self.tr("Who"), _field("who")),
                Column(self.tr("Profile"), _field("profile")),
                Column(
                    self.tr("Action"),
                    lambda r: r.record.action if r.record else "",
                    lambda r: r.record.action if r.record else "",
                ),
                Column(self.tr("Namespace"), _field("namespace")),
                Column(self.tr("Node"), _field("node")),
                Column(self.tr("Request ID"), _field("request_id")),
                Column(self.tr("Result"), _result),
            ],
            key=lambda r: r.line,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        fit_columns(self.table, stretch=_ACTION)

        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr("Check that no line was changed, removed or added"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the file again (it is small and local: read in the GUI thread)."""
        rows = []
        for number, line in enumerate(self.log.read_lines(), start=1):
            try:
                rows.append(AuditRow(number, parse_line(line).record))
            except ValueError:
                rows.append(AuditRow(number, None))
        self.model.set_records(rows)

    def _show_verdict(self, result: Verification, text: str) -> None:
        self.verdict.setText(text)
        set_chip(self.verdict, "ok" if result.ok else "error")
        self.verdict.show()

    def _message(self, result: Verification) -> str:
        """``result.message`` (a Sentence) in the UI language."""
        return say(result.message)

    def verify(self) -> Verification:
        """Check the chain; on damage, say where and select that line."""
        self.reload()
        result = self.log.verify()
        self._show_verdict(result, self._message(result))
        if result.first_bad_line is not None:
            row = self.model.row_of(result.first_bad_line)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self.sig_verified.emit(result)
        return result

    def export(self) -> None:
        """Copy the log where the user chooses, and say whether the copy verifies."""
        destination = self.ask_export_path()
        if destination is None:
            return
        try:
            result = self.log.export(destination)
        except OSError as exc:
            self.verdict.setText(
                self.tr("The audit log could not be exported: {0}").format(exc.strerror or exc)
            )
            set_chip(self.verdict, "error")
            self.verdict.show()
            return
        text = self.tr("Exported {0} entries to {1}.").format(result.entries, destination)
        if not result.ok:
            text += " " + self._message(result)
        self._show_verdict(result, text)
        self.sig_exported.emit(str(destination))

    def _ask_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            "adminui-audit.jsonl",
            self.tr("JSON lines (*.jsonl)"),
        )
        return Path(name) if name else None
