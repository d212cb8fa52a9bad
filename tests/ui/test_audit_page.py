"""The audit page lists the log, verifies its chain, points at tampering and exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.audit import AuditEvent
from adminui.profiles.audit_log import AuditLog
from adminui.ui.audit import AuditPage


def filled_log(tmp_path: Path, count: int = 4) -> AuditLog:
    log = AuditLog(tmp_path / "audit.jsonl")
    record = log.recorder("prod", who="alice")
    for i in range(count):
        record(
            AuditEvent(
                "PUT",
                f"sys/policies/acl/p{i}",
                "https://bao1:8200",
                "team-a",
                204 if i % 2 == 0 else 403,
                f"req-{i}" if i % 2 == 0 else "",
                "ok" if i % 2 == 0 else "error",
                "" if i % 2 == 0 else "PermissionDenied",
            )
        )
    return log


def test_page_lists_entries_and_verifies_an_intact_log(qtbot: QtBot, tmp_path: Path) -> None:
    page = AuditPage(filled_log(tmp_path))
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.rowCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: model.index(1, c).data() for c, h in enumerate(headers)}
    assert row["Who"] == "alice" and row["Profile"] == "prod"
    assert row["Action"] == "PUT sys/policies/acl/p1"
    assert row["Result"] == "error 403 (PermissionDenied)"
    assert model.index(0, headers.index("Request ID")).data() == "req-0"
    with qtbot.waitSignal(page.sig_verified) as signal:
        page.verify_button.click()
    assert signal.args[0].ok
    assert page.verdict.isVisible()
    assert page.verdict.text() == "The audit log is intact: 4 entries, chain verified."


def test_page_points_to_the_first_tampered_line(qtbot: QtBot, tmp_path: Path) -> None:
    log = filled_log(tmp_path, 5)
    lines = log.path.read_text().splitlines()
    lines[2] = lines[2].replace('"result":"ok"', '"result":"error"')
    lines[3] = "garbage"
    log.path.write_text("\n".join(lines) + "\n")
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.show()
    assert page.model.index(3, 8).data() == "unreadable line"
    result = page.verify()
    assert result.first_bad_line == 3
    assert page.verdict.text().startswith("The audit log was altered at line 3:")
    selected = page.table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [2]


def test_page_exports_a_copy_that_verifies(qtbot: QtBot, tmp_path: Path) -> None:
    log = filled_log(tmp_path, 3)
    destination = tmp_path / "out" / "export.jsonl"
    page = AuditPage(log, ask_export_path=lambda: destination)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_exported) as signal:
        page.export_button.click()
    assert signal.args == [str(destination)]
    assert destination.read_bytes() == log.path.read_bytes()
    assert AuditLog(destination).verify().ok
    assert page.verdict.text() == f"Exported 3 entries to {destination}."
    # Cancelling the file dialog exports nothing.
    page.ask_export_path = lambda: None
    with qtbot.assertNotEmitted(page.sig_exported):
        page.export()
