"""Short confirmations go away by themselves; errors and notices stay until dismissed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from adminui.ui.policies.error_banner import MessageBanner


def test_a_note_goes_away_and_a_message_stays(qtbot: QtBot) -> None:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_note("Saved.", seconds=0.05)
    assert banner.isVisible() and banner.text.text() == "Saved."
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=2000)
    banner.show_note("Copied.", seconds=0.05)
    banner.show_message("The policy could not be saved.", "error")  # replaces the note
    qtbot.wait(200)
    assert banner.isVisible() and banner.text.text() == "The policy could not be saved."
