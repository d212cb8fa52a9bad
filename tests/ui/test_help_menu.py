"""The Help menu (guide, shortcuts, log folder, About) and the single-instance guard."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from adminui import __version__
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.single_instance import SingleInstance


def _window(qtbot: QtBot, bridge: AsyncBridge) -> tuple[MainWindow, list[QUrl]]:
    profile = Profile("dead", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    window = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    opened: list[QUrl] = []
    window.help_actions.opener = opened.append
    return window, opened


def test_the_help_menu_opens_the_guide_and_the_log_folder(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    window, opened = _window(qtbot, bridge)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    window.guide_action.trigger()
    assert opened and opened[0].toLocalFile().endswith("docs/guide.md")
    assert Path(opened[0].toLocalFile()).is_file()
    folder = window.help_actions.open_log_folder()
    assert opened[-1].toLocalFile() == str(folder) and folder.is_dir()


def test_the_shortcuts_list_names_the_windows_and_the_pages_keys(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    window, _opened = _window(qtbot, bridge)
    rows = dict(window.help_actions.shortcut_rows())
    assert rows["Ctrl+K"].startswith("Command palette")
    assert rows["Ctrl+Shift+N"] == "Add cluster…" and rows["Ctrl+L"] == "Sign in…"
    assert "Ctrl+S" in rows and "F1" in rows
    dialog = window.help_actions.show_shortcuts()
    assert window.help_actions.shortcuts_table.rowCount() == len(rows)
    dialog.reject()


def test_about_names_the_versions_and_the_log_folder(qtbot: QtBot, bridge: AsyncBridge) -> None:
    window, _opened = _window(qtbot, bridge)
    text = window.help_actions.about_text()
    assert f"AdminUI {__version__}" in text and "PySide6" in text and "Python" in text
    assert "dead: not known yet" in text and "Log folder:" in text
    box = window.help_actions.show_about()
    assert box.isVisible()
    box.reject()


def test_a_second_console_raises_the_first_instead_of_starting(qtbot: QtBot) -> None:
    name = f"adminui-test-{uuid.uuid4().hex[:8]}"
    first, second = SingleInstance(name), SingleInstance(name)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.sig_raise_requested, timeout=3000):
            assert not second.claim()
    finally:
        first.release()
    # Once the first has gone, the next start is the first again.
    third = SingleInstance(name)
    assert third.claim()
    third.release()


@pytest.mark.parametrize("minimised", [False, True])
def test_raise_window_shows_a_minimised_window(
    qtbot: QtBot, bridge: AsyncBridge, minimised: bool
) -> None:
    window, _opened = _window(qtbot, bridge)
    window.show()
    if minimised:
        window.showMinimized()
    window.raise_window()
    assert window.isVisible() and not window.isMinimized()
