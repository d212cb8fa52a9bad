"""The live view shows the sentences of the lower layers (events, quorum warnings, node
notes) in the interface language once a translation is installed."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.sentence import Sentence
from adminui.core.transitions import Transition, TransitionKind
from adminui.ui.node_model import NodeTableModel
from adminui.ui.overview.events_model import EventsModel
from adminui.ui.overview.quorum_panel import QuorumPanel
from tests.translation import installed_sentences

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
A, B, C = "http://a", "http://b", "http://c"

RUSSIAN = {
    "{0} is reachable again ({1})": "{0} снова доступен ({1})",
    "follower": "ведомый",
    "Quorum regained": "Кворум восстановлен",
    "Quorum lost: not enough healthy nodes to elect a leader or accept writes. "
    "Bring voters back until a majority of them is healthy.": "Кворум потерян.",
    "{0:.2f} s": "{0:.2f} с",
    "no answer": "нет ответа",
}


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The sentences above installed as a translation, numbers written the Russian way;
    removed (and the locale reset) afterwards."""
    with installed_sentences(qapp, tmp_path, RUSSIAN):
        yield


def test_events_are_shown_translated(russian: None) -> None:
    model = EventsModel()
    model.add(
        [
            Transition(TransitionKind.NODE_UP, 1.0, A, Role.UNREACHABLE, Role.FOLLOWER),
            Transition(TransitionKind.QUORUM_REGAINED, 1.0),
        ]
    )
    assert model.index(0, 1).data() == "Кворум восстановлен"
    assert model.index(1, 1).data() == "http://a снова доступен (ведомый)"
    event = model.index(1, 0).data(Qt.ItemDataRole.UserRole)
    assert event.describe() == "http://a is reachable again (follower)"  # English underneath


def test_quorum_warning_is_shown_translated(qtbot: QtBot, russian: None) -> None:
    panel = QuorumPanel()
    qtbot.addWidget(panel)
    lost = Snapshot(
        "c",
        1.0,
        (
            NodeState(A, Role.UNREACHABLE),
            NodeState(B, Role.UNREACHABLE),
            NodeState(C, Role.CANDIDATE),
        ),
    )
    panel.show_snapshot(lost)
    assert panel.banner.text() == "Кворум потерян."


def test_node_notes_and_numbers_are_shown_translated(russian: None) -> None:
    model = NodeTableModel()
    node = NodeState(
        A, Role.UNREACHABLE, last_contact_s=0.25, balancer_answer=Sentence("no answer")
    )
    model.apply(Snapshot("c", 1.0, (node,)))
    assert model.index(0, 5).data() == "0,25 с"
    assert model.index(0, 9).data() == "нет ответа"


def test_without_a_translation_the_sentences_stay_english() -> None:
    model = EventsModel()
    model.add([Transition(TransitionKind.NODE_UP, 1.0, A, Role.UNREACHABLE, Role.FOLLOWER)])
    assert model.index(0, 1).data() == "http://a is reachable again (follower)"
