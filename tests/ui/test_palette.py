"""The command palette's matching: every typed word, in any order and any case, over
tens of thousands of entries; entries arriving while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.ui.palette import CommandPalette, PaletteEntry, PaletteModel


def entries(*texts: str) -> list[PaletteEntry]:
    return [PaletteEntry(text, "", lambda: None) for text in texts]


def palette(qtbot: QtBot, items: list[PaletteEntry]) -> CommandPalette:
    dialog = CommandPalette(items)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_word_matches_in_any_order_and_case_hints_included(qtbot: QtBot) -> None:
    shown = palette(
        qtbot,
        [
            *entries("Vault › namespace team-a/app1", "Vault › Policies"),
            PaletteEntry("Refresh now", "F5", lambda: None),
        ],
    )
    shown.search.setText("APP1 vault")
    assert shown.matches() == ["Vault › namespace team-a/app1"]
    assert shown.list.currentIndex().row() == 0
    shown.search.setText("f5")
    assert shown.matches() == ["Refresh now    F5"]
    shown.search.setText("vault zzz")
    assert shown.matches() == [] and shown.no_matches.isVisible()


def test_typing_on_and_deleting_agree_with_a_fresh_search(qtbot: QtBot) -> None:
    texts = [
        f"c{c} › namespace tenant-{t:02d}/app-{a}"
        for c in (1, 2)
        for t in range(12)
        for a in range(5)
    ]
    texts += ["Refresh now", "Theme: dark", "c1 › Policies"]
    shown = palette(qtbot, entries(*texts))
    typed = ["t", "te", "ten", "tenant-1", "tenant-1 app", "tenant-1 app-3", "tenant-1", "c2"]
    typed += ["c2 tenant-0", "", "app-4 c1", "app-4", "p", "po", "the", "th", "  ", "dark theme"]
    for text in typed:
        shown.search.setText(text)
        words = text.lower().split()
        assert shown.matches() == [t for t in texts if all(w in t.lower() for w in words)], text


def test_entries_arriving_while_filtered_keep_the_highlighted_row(qtbot: QtBot) -> None:
    shown = palette(qtbot, entries("alpha one", "alpha two", "beta"))
    shown.search.setText("alpha")
    qtbot.keyClick(shown.search, Qt.Key.Key_Down)
    assert shown.list.currentIndex().data() == "alpha two"
    shown.add_entries(entries("alpha three", "gamma"))
    assert shown.matches() == ["alpha one", "alpha two", "alpha three"]
    assert shown.list.currentIndex().data() == "alpha two"
    shown.search.setText("gamma")
    assert shown.matches() == ["gamma"]
    shown.search.setText("delta")
    shown.add_entries(entries("delta"))  # nothing was highlighted: the first match is
    assert shown.list.currentIndex().data() == "delta" and not shown.no_matches.isVisible()


def test_enter_runs_the_highlighted_entry(qtbot: QtBot) -> None:
    ran: list[str] = []
    shown = palette(qtbot, [PaletteEntry(t, "", lambda t=t: ran.append(t)) for t in ("ab", "ac")])
    shown.search.setText("a")
    qtbot.keyClick(shown.search, Qt.Key.Key_Down)
    qtbot.keyClick(shown.search, Qt.Key.Key_Return)
    assert ran == ["ac"]


def test_rows_are_picked_never_edited(qtmodeltester: Any) -> None:
    model = PaletteModel(entries("one", "two", "three"))
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
    assert isinstance(model.index(1, 0).data(Qt.ItemDataRole.UserRole), PaletteEntry)
    qtmodeltester.check(model)
    model.set_text("t")
    assert model.shown_texts() == ["two", "three"]
    qtmodeltester.check(model)
