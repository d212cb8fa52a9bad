"""Sentences of the editing pages (lint findings, quota problems, audit verdicts,
durations) are shown in the interface language once a translator knows them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.audit_log import AuditLog
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory
from adminui.profiles.store import Profile
from adminui.ui.audit import AuditPage
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.policies.editor import PolicyEditor
from adminui.ui.quotas.dialog import QuotaDialog
from adminui.ui.rotation.format import duration
from tests.translation import installed_sentences

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

#: Templates (as the lower layers write them) and their test translations.
RUSSIAN = {
    "Unknown capability {0!r}: the server will refuse it.": (
        "Неизвестное право {0!r}: сервер его отклонит."
    ),
    "Give the quota a name.": "Укажите имя квоты.",
    "The audit log was altered at line {0}: {1}.": "Журнал аудита изменён в строке {0}: {1}.",
    "an empty line": "пустая строка",
    "{0} min {1} s": "{0} мин {1} с",
}


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The sentences above installed as a translation, numbers written the Russian way;
    removed (and the locale reset) afterwards."""
    with installed_sentences(qapp, tmp_path, RUSSIAN) as translator:
        yield translator


def test_lint_findings_are_shown_translated(
    qtbot: QtBot, bridge: AsyncBridge, russian: QTranslator, tmp_path: Path
) -> None:
    profile = Profile("unit", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    editor = PolicyEditor(
        ClusterContext(profile, token="t"), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path)
    )
    qtbot.addWidget(editor)
    editor.new_policy("", "p", 'path "a" {\n  capabilities = ["reed"]\n}\n')
    [issue] = editor.check_now()
    assert issue.message == "Unknown capability 'reed': the server will refuse it."  # English
    finding = editor.lint_model.index(0, 2)
    shown = "Неизвестное право 'reed': сервер его отклонит."
    assert finding.data() == shown
    assert finding.data(Qt.ItemDataRole.ToolTipRole) == shown
    assert editor.editor.issues_at(issue.line, issue.column) == [shown]


def test_quota_problems_audit_verdicts_and_durations_are_translated(
    qtbot: QtBot, russian: QTranslator, tmp_path: Path
) -> None:
    dialog = QuotaDialog("t1", nodes=3)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "x")  # problems show once something was typed
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)
    assert "Укажите имя квоты." in dialog.problems.text()

    log = AuditLog(tmp_path / "audit.jsonl")
    log.path.write_text("\n", encoding="utf-8")
    page = AuditPage(log)
    qtbot.addWidget(page)
    result = page.verify()
    assert result.message == "The audit log was altered at line 1: an empty line."
    assert page.verdict.text() == "Журнал аудита изменён в строке 1: пустая строка."

    assert duration(200) == "3 мин 20 с"
