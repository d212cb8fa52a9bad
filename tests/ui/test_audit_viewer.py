"""The audit viewer: search over every field, filters by profile, result and path, the
detail pane, sorting by the real value, copy, export of chosen rows as CSV or JSON, and
Escape closing its window."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.core.audit import AuditEvent
from adminui.profiles.audit_log import AuditLog
from adminui.ui.audit import AuditPage
from adminui.ui.audit.model import ACTION, LINE, REQUEST_ID, RESULT, TIME, AuditModel, AuditRow
from adminui.ui.audit.query import ERROR, OK
from adminui.ui.table_tools import TableTools


def mixed_log(tmp_path: Path, count: int = 12) -> AuditLog:
    """``count`` entries: even ones by alice in prod (ok), odd ones by bob in staging
    (refused with 403); every third one writes a quota instead of a policy."""
    log = AuditLog(tmp_path / "audit.jsonl")
    prod = log.recorder("prod", who="alice")
    staging = log.recorder("staging", who="bob")
    for i in range(count):
        path = f"sys/quotas/rate-limit/q{i}" if i % 3 == 0 else f"sys/policies/acl/p{i}"
        ok = i % 2 == 0
        (prod if ok else staging)(
            AuditEvent(
                "PUT" if ok else "DELETE",
                path,
                "https://bao1:8200",
                "team-a" if ok else "",
                204 if ok else 403,
                f"req-{i}",
                "ok" if ok else "error",
                "" if ok else "PermissionDenied",
            )
        )
    return log


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> AuditPage:
    the_page = AuditPage(mixed_log(tmp_path))
    qtbot.addWidget(the_page)
    the_page.resize(1000, 600)
    the_page.show()
    return the_page


def lines(page: AuditPage) -> list[int]:
    """The line numbers shown, top to bottom."""
    return [page.model.entry(row).line for row in range(page.model.rowCount())]


def select(page: AuditPage, *rows: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        page.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_search_matches_any_field_and_every_word(page: AuditPage) -> None:
    assert lines(page) == list(range(1, 13))
    assert page.count.text() == "12 of 12 entries shown"
    for text, expected in (
        ("req-7", [8]),  # the request ID
        ("BOB", [2, 4, 6, 8, 10, 12]),  # who, whatever the case
        ("permissiondenied", [2, 4, 6, 8, 10, 12]),  # the error's kind
        ("quotas delete", [4, 10]),  # every word, in any field
        ("team-a q6", [7]),
        ("403", [2, 4, 6, 8, 10, 12]),  # the status
    ):
        page.search.setText(text)
        page.apply_filters()
        assert lines(page) == expected, text
    # The time as shown is searched too.
    shown_time = page.model.index(0, TIME).data()
    page.search.setText(shown_time[:10])
    page.apply_filters()
    assert len(lines(page)) == 12


def test_typing_filters_after_a_pause_without_reading_the_file_again(
    qtbot: QtBot, page: AuditPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[bool] = []
    original = page.log.read_lines
    monkeypatch.setattr(page.log, "read_lines", lambda: reads.append(True) or original())
    qtbot.keyClicks(page.search, "req-1")
    qtbot.waitUntil(lambda: lines(page) == [2, 11, 12], timeout=2000)
    assert reads == []
    page.reload_button.click()
    assert reads == [True]


def test_filters_by_profile_result_and_path(page: AuditPage) -> None:
    combo = page.profile_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Every profile", "prod", "staging"]
    combo.setCurrentIndex(combo.findData("staging"))
    assert lines(page) == [2, 4, 6, 8, 10, 12]
    combo.setCurrentIndex(combo.findData("prod"))
    assert lines(page) == [1, 3, 5, 7, 9, 11]
    combo.setCurrentIndex(0)
    results = page.result_combo
    results.setCurrentIndex(results.findData(ERROR))
    assert lines(page) == [2, 4, 6, 8, 10, 12]
    results.setCurrentIndex(results.findData(OK))
    assert lines(page) == [1, 3, 5, 7, 9, 11]
    page.path_edit.setText("rate-limit")
    page.apply_filters()
    assert lines(page) == [1, 7]  # ok quota writes: entries 0 and 6
    page.path_edit.setText("/sys/policies/acl/p1*")
    page.apply_filters()
    assert lines(page) == [11]  # p10 (p1 and p11 failed)
    results.setCurrentIndex(0)
    assert lines(page) == [2, 11, 12]
    assert page.clear_filters_button.isEnabled()
    page.clear_filters()
    assert lines(page) == list(range(1, 13))
    assert not page.clear_filters_button.isEnabled()
    assert page.path_edit.text() == "" and page.result_combo.currentIndex() == 0


def test_nothing_matching_says_so(page: AuditPage, tmp_path: Path, qtbot: QtBot) -> None:
    assert not page.empty.isVisible()
    page.search.setText("no-such-thing")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert page.empty.text() == "No entry matches the search and the filters."
    assert page.count.text() == "0 of 12 entries shown"
    page.clear_filters()
    assert not page.empty.isVisible()
    empty = AuditPage(AuditLog(tmp_path / "none" / "audit.jsonl"))
    qtbot.addWidget(empty)
    empty.show()
    assert empty.empty.isVisible() and empty.empty.text().startswith("No entries yet")


def test_detail_pane_shows_every_field_read_only(page: AuditPage) -> None:
    assert page.detail.toPlainText() == ""
    page.table.selectRow(5)
    text = page.detail.toPlainText()
    entry = page.model.entry(5)
    assert entry.record is not None
    for line in (
        "Line: 6",
        "Who: bob",
        "Profile: staging",
        "Method: DELETE",
        "Path: sys/policies/acl/p5",
        "Namespace: (root)",
        "Node: https://bao1:8200",
        "HTTP status: 403",
        "Request ID: req-5",
        "Result: error",
        "Error: PermissionDenied",
        f"Previous hash: {entry.prev}",
        f"Hash: {entry.hash}",
    ):
        assert line in text.splitlines(), line
    assert len(entry.hash) == 64
    assert page.detail.isReadOnly()
    flags = page.detail.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # Filtered away, the entry leaves the pane; another one takes it.
    page.search.setText("req-0")
    page.apply_filters()
    assert page.detail.toPlainText() == ""
    page.table.selectRow(0)
    assert "Request ID: req-0" in page.detail.toPlainText()


def test_an_unreadable_line_shows_as_it_stands(qtbot: QtBot, tmp_path: Path) -> None:
    log = mixed_log(tmp_path, 3)
    text = log.path.read_text().splitlines()
    text[1] = "not json at all"
    log.path.write_text("\n".join(text) + "\n")
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.table.selectRow(1)
    assert page.detail.toPlainText().splitlines() == [
        "Line: 2",
        "Result: unreadable line",
        "Text: not json at all",
    ]
    page.result_combo.setCurrentIndex(page.result_combo.findData(ERROR))
    assert lines(page) == [2]


def test_sorting_by_line_and_time_goes_by_value(
    page: AuditPage, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(page.model)
    table = page.table
    table.sortByColumn(LINE, Qt.SortOrder.DescendingOrder)
    assert lines(page) == list(range(12, 0, -1))  # 12, 11, 10, 9: not "9", "2", "12"…
    table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
    assert lines(page) == list(range(1, 13))
    table.sortByColumn(RESULT, Qt.SortOrder.AscendingOrder)
    assert lines(page)[:6] == [2, 4, 6, 8, 10, 12]  # "error 403 …" before "ok 204"
    # Filtering keeps the order chosen, and so does a reload.
    table.sortByColumn(LINE, Qt.SortOrder.DescendingOrder)
    page.profile_combo.setCurrentIndex(page.profile_combo.findData("prod"))
    assert lines(page) == [11, 9, 7, 5, 3, 1]
    page.reload()
    assert lines(page) == [11, 9, 7, 5, 3, 1]
    # The selection follows its row through a sort.
    table.selectRow(0)
    table.sortByColumn(LINE, Qt.SortOrder.AscendingOrder)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [5]
    assert "Line: 11" in page.detail.toPlainText()
    qtmodeltester.check(page.model)


def test_ctrl_c_copies_the_selected_rows(page: AuditPage, qtbot: QtBot) -> None:
    assert page.table.findChild(TableTools) is not None
    select(page, 0, 2)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert [row[0] for row in copied] == ["1", "3"]
    # The cells come in the order on screen: the result beside the time.
    assert copied[0][2] == "ok 204"
    assert "PUT sys/quotas/rate-limit/q0" in copied[0]


def test_export_the_selection_as_csv_and_json(
    page: AuditPage, tmp_path: Path, qtbot: QtBot
) -> None:
    destination = tmp_path / "out" / "chosen.csv"
    page.ask_rows_path = lambda: destination
    select(page, 1, 4)
    with qtbot.waitSignal(page.sig_rows_exported) as signal:
        page.export_rows_button.click()
    assert signal.args == [str(destination)]
    with destination.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["line"] for row in rows] == ["2", "5"]
    assert rows[0]["who"] == "bob" and rows[0]["status"] == "403"
    assert rows[0]["path"] == "sys/policies/acl/p1" and rows[0]["error"] == "PermissionDenied"
    assert rows[1]["result"] == "ok" and rows[1]["request_id"] == "req-4"
    assert rows[0]["hash"] == page.model.entry(1).hash
    assert page.verdict.text() == f"Exported 2 entries to {destination} as CSV."

    as_json = tmp_path / "out" / "chosen.json"
    page.ask_rows_path = lambda: as_json
    page.export_rows()
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert [item["line"] for item in data] == [2, 5]
    record = page.model.entry(4).record
    assert record is not None
    assert data[1]["time"] == record.time and data[1]["method"] == "PUT"
    assert data[1]["time_utc"].endswith("+00:00")
    assert data[0]["status"] == 403 and data[0]["namespace"] == ""

    # Nothing selected: the rows shown (filtered), in the order shown.
    page.table.clearSelection()
    page.profile_combo.setCurrentIndex(page.profile_combo.findData("staging"))
    page.table.sortByColumn(LINE, Qt.SortOrder.DescendingOrder)
    page.export_rows()
    assert [item["line"] for item in json.loads(as_json.read_text())] == [12, 10, 8, 6, 4, 2]
    # Cancelling the dialog writes nothing.
    page.ask_rows_path = lambda: None
    with qtbot.assertNotEmitted(page.sig_rows_exported):
        page.export_rows()


def test_export_of_rows_that_cannot_be_written_says_why(page: AuditPage, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    page.ask_rows_path = lambda: blocker / "rows.csv"
    page.export_rows()
    assert page.verdict.text().startswith("The entries could not be exported:")


def test_a_formula_is_written_as_text_in_csv(tmp_path: Path) -> None:
    from adminui.core.audit import AuditRecord
    from adminui.ui.audit.export import export_rows

    record = AuditRecord(1.0, "=HYPERLINK(1)", "p", "PUT", "@x", "n")
    destination = tmp_path / "rows"
    assert export_rows([AuditRow(1, record)], destination, "csv") == "csv"
    with destination.open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["who"] == "'=HYPERLINK(1)" and row["path"] == "'@x"


def test_verify_clears_filters_that_hide_the_bad_line(qtbot: QtBot, tmp_path: Path) -> None:
    log = mixed_log(tmp_path, 6)
    text = log.path.read_text().splitlines()
    text[3] = text[3].replace('"who":"bob"', '"who":"mallory"')
    log.path.write_text("\n".join(text) + "\n")
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.profile_combo.setCurrentIndex(page.profile_combo.findData("prod"))
    assert 4 not in lines(page)
    result = page.verify()
    assert result.first_bad_line == 4
    assert page.profile_combo.currentIndex() == 0
    assert [page.model.entry(i.row()).line for i in page.table.selectionModel().selectedRows()] == [
        4
    ]
    assert "Who: mallory" in page.detail.toPlainText()


def test_escape_closes_the_page_only_as_a_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = AuditPage(mixed_log(tmp_path, 2))
    qtbot.addWidget(window)
    window.setWindowFlag(Qt.WindowType.Window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.isVisible()

    holder = QWidget()
    qtbot.addWidget(holder)
    inside = AuditPage(mixed_log(tmp_path / "other", 2), holder)
    holder.show()
    assert inside.isVisible() and not inside.close_shortcut.isEnabled()


def test_column_widths_fit_the_action_and_keep_the_line_narrow(page: AuditPage) -> None:
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    metrics = page.table.fontMetrics()
    widest_action = max(
        metrics.horizontalAdvance(str(page.model.index(r, ACTION).data()))
        for r in range(page.model.rowCount())
    )
    assert header.sectionSize(ACTION) > widest_action
    assert header.sectionSize(LINE) <= max(header.sectionSizeHint(LINE), 60)
    # Long request IDs are elided (the detail pane and the tooltip show them whole).
    assert header.sectionSize(REQUEST_ID) <= max(
        header.sectionSizeHint(REQUEST_ID), metrics.horizontalAdvance("0" * 10)
    )
    assert page.model.index(0, REQUEST_ID).data(Qt.ItemDataRole.ToolTipRole) == "req-0"


def test_the_model_passes_the_model_tester_through_filters(
    qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    model = AuditModel()
    qtmodeltester.check(model)
    rows = [AuditRow.read(n, line) for n, line in enumerate(mixed_log(tmp_path).read_lines(), 1)]
    model.set_rows(rows)
    model.set_rows(rows[::2])  # many single rows away: a reset
    model.set_rows(rows[:4] + rows[8:])  # a few runs: removals and inserts
    assert [model.entry(r).line for r in range(model.rowCount())] == [1, 2, 3, 4, 9, 10, 11, 12]
    model.sort(TIME, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows[2:])
    assert [model.entry(r).line for r in range(model.rowCount())] == list(range(12, 2, -1))
    qtmodeltester.check(model)
