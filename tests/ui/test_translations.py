"""Russian and English UI: the .ts sources are complete and sound, and the window speaks
Russian once the compiled translation is loaded (English when it is missing)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adminui.cli import build_parser
from adminui.core.cluster import ClusterKind, Role
from adminui.core.metrics_namespaces import ENABLE_HINT
from adminui.core.policy_lint import Severity
from adminui.core.sentence import Sentence
from adminui.monitor.blueprint import StepState
from adminui.profiles.store import Profile
from adminui.ui import i18n
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.pages import PAGES
from adminui.ui.rotation.models import MemberState
from tests.translation import installed_sentences

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

#: Sources that read the same in Russian: examples, formats, keywords and identifiers.
UNTRANSLATED = {
    "core-2.example.com",
    "core-resource-<FQDN>",
    "FQDN",
    "ID",
    "org/tenant-a",
    "owner=team-a",
    "owner=team-a\ncost-centre=42",
    "tenant-a",
    "virtual_router_id:",
    "{0}",
    "{0}: {1}",
    "ID: {0}",
    "UUID: {0}",
}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%[sdn]|</?\w+>")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert source is not None and translation is not None, (path.name, name)
            found.append((name, source, translation))
    return found


def russian() -> list[tuple[str, str, ET.Element]]:
    return messages(TRANSLATIONS / "adminui_ru.ts")


@pytest.mark.parametrize("name", ["adminui_ru.ts", "adminui_en.ts"])
def test_ts_files_are_well_formed(name: str) -> None:
    path = TRANSLATIONS / name
    found = messages(path)
    assert len(found) > 400
    assert ET.parse(path).getroot().get("language") == name[len("adminui_") : -len(".ts")]
    pairs = Counter((context, source) for context, source, _ in found)
    assert [pair for pair, count in pairs.items() if count > 1] == []


def test_both_languages_hold_the_same_texts() -> None:
    english = {(c, s) for c, s, _ in messages(TRANSLATIONS / "adminui_en.ts")}
    assert {(c, s) for c, s, _ in russian()} == english


def test_the_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """Running the update script changes no message: no text was added or dropped in the
    code without regenerating (and translating) the .ts files."""
    for name in ("adminui_ru.ts", "adminui_en.ts"):
        (tmp_path / name).write_bytes((TRANSLATIONS / name).read_bytes())
    script = TRANSLATIONS.parents[1] / "packaging" / "update-translations.sh"
    subprocess.run(
        ["bash", str(script)],
        check=True,
        timeout=120,
        capture_output=True,
        env={**os.environ, "TS_DIR": str(tmp_path), "LUPDATE": str(LUPDATE)},
    )
    for name in ("adminui_ru.ts", "adminui_en.ts"):
        fresh = {(c, s) for c, s, _ in messages(tmp_path / name)}
        kept = {(c, s) for c, s, _ in messages(TRANSLATIONS / name)}
        assert (sorted(fresh - kept), sorted(kept - fresh)) == ([], []), name


def translated(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_russian_message_is_translated() -> None:
    missing = [
        (context, source)
        for context, source, translation in russian()
        if source not in UNTRANSLATED
        and (
            not all(text.strip() for text in translated(translation))
            or translation.get("type") is not None
        )
    ]
    assert missing == []
    # The exceptions are still in use (else the list hides nothing and should shrink).
    assert {source for _, source, _ in russian()} >= UNTRANSLATED


def test_placeholders_and_markup_survive_translation() -> None:
    broken = []
    for context, source, translation in russian():
        for text in translated(translation):
            if not text:
                continue
            if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text)):
                broken.append((context, source, text))
            if source.endswith("\n") != text.endswith("\n"):
                broken.append((context, source, text))
    assert broken == []


def test_menu_accelerators_are_kept() -> None:
    """Exactly one '&' in a translation whose source has one; unique per menu level."""
    found = {
        (context, source): translation.text or ""
        for context, source, translation in russian()
        if re.search(r"&[^&\s]", source)
    }
    assert found, "no accelerated texts found"
    for (context, source), text in found.items():
        assert text.count("&") == 1, (context, source, text)
    menu_bar = [found[("MainWindow", s)] for s in ("&File", "&View", "&Go", "&Help")]
    view_menu = [
        found[("MainWindow", s)]
        for s in ("&Refresh now", "Command &palette…", "&Theme", "&Language")
    ]
    for level in (menu_bar, view_menu):
        keys = [text[text.index("&") + 1].lower() for text in level]
        assert len(set(keys)) == len(keys), level


def test_texts_shown_through_tr_from_other_layers_are_extracted() -> None:
    """Texts defined outside the widgets (page titles, roles, states) reach the .ts."""
    sources = {(c, s) for c, s, _ in russian()}
    expected = {("ClusterView", e.title) for entries in PAGES.values() for e in entries}
    expected |= {("NodeTableModel", role.value) for role in Role}
    expected |= {("MemberTableModel", state.value) for state in MemberState}
    expected |= {("PolicyEditor", level.value) for level in Severity}
    expected |= {("BlueprintDialog", state.value) for state in StepState}
    expected.add(("LoadRankingView", ENABLE_HINT))
    assert expected - sources == set()


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed (and the saved language reset) afterwards."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.save_language("system")
    QLocale.setDefault(QLocale.system())


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def compiled_russian(directory: Path) -> Path:
    qm = directory / "adminui_ru.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(TRANSLATIONS / "adminui_ru.ts"), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    return qm


def test_window_speaks_russian_with_the_compiled_translation(
    qtbot: QtBot,
    qapp: QApplication,
    installed: list[QTranslator],
    bridge: AsyncBridge,
    tmp_path: Path,
) -> None:
    qm = compiled_russian(tmp_path)
    installed.extend(i18n.install_translators(qapp, "ru", tmp_path))
    assert any(t.filePath() == str(qm) for t in installed)
    window = MainWindow([], bridge)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Файл", "&Вид", "&Переход", "&Справка"]
    assert window.windowTitle() == "AdminUI — консоль кластеров"
    view_menu = window.menuBar().actions()[1].menu()
    assert view_menu is not None
    texts = [action.text() for action in view_menu.actions()]
    assert "&Язык" in texts and "&Тема" in texts
    # Choosing a language saves it and says when it applies (in the current language).
    window.language_actions["en"].trigger()
    assert i18n.saved_language() == "en"
    assert window.language_note.text() == "Язык: English (вступит в силу после перезапуска)"
    window.close()


def test_window_stays_english_without_a_compiled_translation(
    qtbot: QtBot,
    qapp: QApplication,
    installed: list[QTranslator],
    bridge: AsyncBridge,
    tmp_path: Path,
) -> None:
    installed.extend(i18n.install_translators(qapp, "ru", tmp_path))
    assert not any("adminui_" in t.filePath() for t in installed)
    window = MainWindow([], bridge)
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&View", "&Go", "&Help"]
    window.close()


def test_language_choice_and_command_line(installed: list[QTranslator]) -> None:
    assert i18n.resolve("ru") == "ru" and i18n.resolve("en") == "en"
    assert i18n.resolve("system") in ("en", "ru")
    assert i18n.saved_language() == "system"
    i18n.save_language("ru")
    assert i18n.saved_language() == "ru"
    i18n.save_language("klingon")
    assert i18n.saved_language() == "ru"
    i18n.save_language("system")
    assert build_parser().parse_args(["--language", "ru"]).language == "ru"
    assert build_parser().parse_args([]).language is None


def test_the_last_tab_survives_a_change_of_language(
    qtbot: QtBot,
    qapp: QApplication,
    installed: list[QTranslator],
    bridge: AsyncBridge,
    tmp_path: Path,
) -> None:
    profile = Profile("Alpha", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    english = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(english)
    english.view("Alpha").page("history")
    english.close()

    compiled_russian(tmp_path)
    installed.extend(i18n.install_translators(qapp, "ru", tmp_path))
    russian = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(russian)
    view = russian.view("Alpha")
    assert view.current_key() == "history"
    assert view.tabs.tabText(view.tabs.currentIndex()) == "История"
    assert view.page("no such page") is None
    assert "policies" in view.page_keys()
    russian.close()


def test_say_shows_lower_layer_sentences_in_the_interface_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    took = Sentence("Took {0:.2f} s.", 1.234)
    with installed_sentences(qapp, tmp_path, {"Took {0:.2f} s.": "Заняло {0:.2f} с."}):
        assert i18n.say(took) == "Заняло 1,23 с."
        assert i18n.fill("{0}: {1:+.1f} s", "offset", -1.25) == "offset: -1,2 s"
        QLocale.setDefault(QLocale("en"))
        assert i18n.say(took) == "Заняло 1.23 с."
        assert i18n.say(Sentence("Not translated {0}.", 2)) == "Not translated 2."
    assert i18n.say(took) == "Took 1.23 s."
    assert i18n.say("plain") == "plain" and i18n.say(None) == ""
