"""Policy editor widgets offscreen: highlighting, underlines, models, drafts, dialogs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.policy_lint import Severity
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory, PolicyKey
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.policies.code_editor import CodeEditor
from adminui.ui.policies.dialogs import HistoryDialog, diff_html
from adminui.ui.policies.editor import PolicyEditor
from adminui.ui.policies.highlighter import STYLES
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.quotas.dialog import QuotaDialog

POLICY = 'path "secret/*" {\n  capabilities = ["read", "list"]\n}\n'


def context(read_only: bool = False) -> ClusterContext:
    profile = Profile("unit", ClusterKind.OPENBAO, ("http://127.0.0.1:9",), read_only=read_only)
    return ClusterContext(profile, token="t")


def formats_of(editor: CodeEditor, line: int) -> dict[str, str]:
    block = editor.document().findBlockByNumber(line)
    text = block.text()
    return {
        text[r.start : r.start + r.length]: r.format.foreground().color().name()
        for r in block.layout().formats()
    }


def test_highlighter_colours_keywords_attributes_and_capabilities(qtbot: QtBot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(POLICY)
    first, second = formats_of(editor, 0), formats_of(editor, 1)
    assert first["path"] == STYLES["keyword"].foreground().color().name()
    assert first['"secret/*"'] == STYLES["string"].foreground().color().name()
    assert second["capabilities"] == STYLES["attribute"].foreground().color().name()
    assert second['"read"'] == STYLES["capability"].foreground().color().name()


def test_opening_a_comment_recolours_the_following_lines(qtbot: QtBot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(POLICY)
    comment = STYLES["comment"].foreground().color().name()
    assert comment not in formats_of(editor, 1).values()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("/*\n")
    assert set(formats_of(editor, 2).values()) == {comment}


def test_editor_underlines_issues_and_explains_them(qtbot: QtBot) -> None:
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText('path "a" {\n  capabilities = ["reed"]\n}\n')
    from adminui.core.policy_lint import lint

    editor.set_issues(lint(editor.toPlainText()))
    [selection] = editor.extraSelections()
    assert selection.cursor.selectedText() == '"reed"'
    assert selection.cursor.blockNumber() == 1
    assert "reed" in editor.issues_at(2, 20)[0]
    assert editor.issues_at(1, 1) == []
    editor.mark_line(3, "server says no")
    assert editor.marked_lines() == {3: "server says no"}
    assert len(editor.extraSelections()) == 2


@dataclass(frozen=True)
class Rec:
    key: str
    value: int


def test_record_model_diff_updates_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    model: RecordTableModel[Rec] = RecordTableModel(
        [Column("Key", lambda r: r.key), Column("Value", lambda r: str(r.value))],
        key=lambda r: r.key,
    )
    model.set_records([Rec("a", 1), Rec("b", 2), Rec("c", 3)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    inserted: list[int] = []
    removed: list[int] = []
    changed: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _l: inserted.append(first))
    model.rowsRemoved.connect(lambda _p, first, _l: removed.append(first))
    model.dataChanged.connect(lambda tl, _br, _roles: changed.append(tl.row()))
    model.modelReset.connect(lambda: pytest.fail("no resets"))
    model.set_records([Rec("a", 1), Rec("c", 30), Rec("d", 4)])
    assert (removed, inserted, changed) == ([1], [2], [1])
    assert [r.key for r in model.records()] == ["a", "c", "d"]
    model.set_records([Rec("d", 4), Rec("a", 1)])
    assert [r.key for r in model.records()] == ["d", "a"]
    from PySide6.QtCore import Qt

    assert model.data(model.index(0, 1), Qt.ItemDataRole.UserRole) == Rec("d", 4)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_record_model_appends_one_row_and_drops_the_oldest_beyond_what_it_keeps(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    """A log that keeps three rows gains one at a time: one row in at the end, the oldest
    out at the front, a record already shown is not added twice, and the rows stay the
    same as a full update would make them."""
    model: RecordTableModel[Rec] = RecordTableModel(
        [Column("Key", lambda r: r.key), Column("Value", lambda r: str(r.value))],
        key=lambda r: r.key,
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.modelReset.connect(lambda: pytest.fail("no resets"))
    assert [model.append(Rec(key, 0), keep=3) for key in "abc"] == [True, True, True]
    assert (inserted, removed) == ([(0, 0), (1, 1), (2, 2)], [])
    assert model.append(Rec("b", 9), keep=3) is False  # shown already
    assert model.append(Rec("d", 4), keep=3) is True
    assert (inserted[-1], removed) == ((2, 2), [(0, 0)])
    assert [r.key for r in model.records()] == ["b", "c", "d"]
    assert model.has("b") and model.has("d") and not model.has("a")
    assert model.append(Rec("a", 1), keep=3) is True  # gone from the rows: shown again
    assert [r.key for r in model.records()] == ["c", "d", "a"]
    assert model.append(Rec("e", 5), keep=2) is True  # fewer kept now: two go at once
    assert removed[-1] == (0, 1)
    assert [r.key for r in model.records()] == ["a", "e"]
    model.set_records([Rec("x", 1)])
    assert model.has("x") and not model.has("a")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_new_policy_lints_as_you_type_and_autosaves_a_draft(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    drafts = DraftStore(tmp_path)
    editor = PolicyEditor(context(), bridge, drafts, PolicyHistory(tmp_path))
    qtbot.addWidget(editor)
    editor.new_policy("t1", "fresh")
    editor.editor.setPlainText('path "a" {\n  capabilities = ["read"\n}\n')
    qtbot.waitUntil(editor.has_errors, timeout=2000)
    assert [i.severity for i in editor.lint_model.records()] == [Severity.ERROR]
    draft = drafts.load(PolicyKey("unit", "t1", "fresh"))
    assert draft is not None and "capabilities" in draft.text and draft.base == ""
    # A new editor (after the first one died without saving) restores the draft.
    editor.deleteLater()
    again = PolicyEditor(context(), bridge, drafts, PolicyHistory(tmp_path))
    qtbot.addWidget(again)
    again.new_policy("t1", "fresh")
    assert again.text == draft.text
    assert again.draft_banner.isVisibleTo(again)


def test_read_only_profile_disables_save_and_editing(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    editor = PolicyEditor(
        context(read_only=True), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path)
    )
    qtbot.addWidget(editor)
    editor.new_policy("", "p")
    assert not editor.save_button.isEnabled()
    assert "read-only profile" in editor.save_button.toolTip()
    assert editor.editor.isReadOnly()


def test_history_dialog_restores_a_version(qtbot: QtBot, tmp_path: Path) -> None:
    history = PolicyHistory(tmp_path)
    key = PolicyKey("unit", "", "p")
    history.record(key, "v1\n")
    history.record(key, "v2\n")
    dialog = HistoryDialog(history.entries(key), "now\n")
    qtbot.addWidget(dialog)
    assert dialog.chosen is not None and dialog.chosen.version == 2
    dialog.select_version(1)
    assert dialog.chosen is not None and dialog.chosen.text == "v1\n"
    assert "v1" in dialog.diff.toPlainText() and "now" in dialog.diff.toPlainText()
    assert "#e6ffec" in diff_html("a", "b")


def test_quota_dialog_validates_before_sending(qtbot: QtBot) -> None:
    dialog = QuotaDialog("t1", nodes=3)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    dialog.name_edit.setText("q1")
    dialog.rate_spin.setValue(5)
    assert ok.isEnabled()
    assert "15" in dialog.effect.text()
    spec = dialog.spec()
    assert spec is not None and spec.path == "t1/" and spec.rate == 5
    dialog.interval_edit.setText("soon")
    assert not ok.isEnabled() and dialog.problems.text()
    dialog.interval_edit.setText("1s")
    dialog.mount_edit.setText("secret")
    assert dialog.spec() is not None and dialog.spec().path == "t1/secret/"  # type: ignore[union-attr]


def test_a_change_of_theme_recolours_the_highlighted_text(qtbot: QtBot) -> None:
    from adminui.ui.policies.highlighter import DARK_STYLES
    from adminui.ui.theme import ThemeController

    themes = ThemeController()
    themes.apply("light")
    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText(POLICY)
    assert formats_of(editor, 0)["path"] == STYLES["keyword"].foreground().color().name()
    try:
        themes.apply("dark")
        dark_keyword = DARK_STYLES["keyword"].foreground().color().name()
        qtbot.waitUntil(lambda: formats_of(editor, 0)["path"] == dark_keyword, timeout=2000)
    finally:
        themes.apply("system")


def test_lint_line_and_level_columns_fit_their_contents_at_once(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    editor = PolicyEditor(context(), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path))
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.new_policy("", "p", 'path "a/*" {\n  capabilities = ["read"]\n}\n')
    editor.editor.setPlainText("\n" * 9 + 'path "/a" {\n  capabilities = ["sudo", "red"]\n}\n')
    issues = editor.check_now()  # the findings as they are first shown, before any repaint
    assert {i.severity for i in issues} == {Severity.ERROR, Severity.WARNING}
    view = editor.lint_view
    metrics = view.fontMetrics()
    for column in (0, 1):
        widest = max(
            metrics.horizontalAdvance(editor.lint_model.index(row, column).data())
            for row in range(editor.lint_model.rowCount())
        )
        assert view.columnWidth(column) >= widest, column
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), column


def test_typing_is_linted_off_the_gui_thread_and_only_the_newest_text_counts(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large policy takes seconds to lint: the pause after typing lints it in a worker
    thread, and findings for a text already replaced are never shown."""
    import threading

    from adminui.ui.policies import editor as editor_module

    real_lint = editor_module.lint
    threads: list[str] = []
    release = threading.Event()

    def slow_lint(text: str) -> list[object]:
        threads.append(threading.current_thread().name)
        if "first" in text:
            release.wait(5)  # the first text is still being linted when the second comes
        return real_lint(text)

    monkeypatch.setattr(editor_module, "lint", slow_lint)
    editor = PolicyEditor(context(), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path))
    qtbot.addWidget(editor)
    editor.new_policy("t1", "fresh")
    threads.clear()
    editor.editor.setPlainText('# first\npath "a" {\n  capabilities = ["read"\n}\n')
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=3000)
    assert threads[0] != threading.current_thread().name  # not the GUI thread
    editor.editor.setPlainText('# second\npath "a" {\n  capabilities = ["reed"]\n}\n')
    release.set()
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=3000)
    qtbot.waitUntil(lambda: editor.lint_model.rowCount() == 1, timeout=3000)
    qtbot.wait(100)  # the first text's findings (a syntax error) never arrive
    [issue] = editor.lint_model.records()
    assert "reed" in issue.message


def test_closing_the_editor_while_it_lints_is_safe(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor is destroyed while its worker still lints: the late result is dropped
    (it used to be emitted on a deleted object from the worker thread: a crash)."""
    import threading

    from PySide6.QtWidgets import QApplication

    from adminui.ui.policies import editor as editor_module

    real_lint = editor_module.lint
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow_lint(text: str) -> list[object]:
        started.set()
        release.wait(5)
        try:
            return real_lint(text)
        finally:
            finished.set()

    monkeypatch.setattr(editor_module, "lint", slow_lint)
    editor = PolicyEditor(context(), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path))
    editor.new_policy("t1", "closing")
    editor.editor.setPlainText('path "a" {\n  capabilities = ["read"]\n}\n')
    qtbot.waitUntil(started.is_set, timeout=3000)
    editor.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)  # the editor is gone now
    release.set()
    assert finished.wait(5)
    qtbot.wait(100)  # the result arrives for nobody and is dropped
