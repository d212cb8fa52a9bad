"""The Drills page offscreen: history list, report viewer, replay, exports, confirmation."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.drill import (
    FAULT_TITLES,
    DrillEvent,
    EventKind,
    Fault,
    Observation,
    ProbeKind,
    ProbeSample,
)
from adminui.core.drill_preflight import Check, ClusterFacts, Preflight, VoterFacts, preflight
from adminui.core.drill_report import DrillReport
from adminui.core.sentence import Sentence
from adminui.monitor.drill_faults import KILL_NODE, RESTART_NODE
from adminui.monitor.drill_runner import DrillPlan, DrillProgress
from adminui.profiles.drill_history import DrillHistory
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.drills import DrillsPage, register_fault_injector, unregister_fault_injector
from adminui.ui.drills.dialogs import ConfirmDialog, DrillSetupDialog
from adminui.ui.drills.export import export_json, export_pdf
from adminui.ui.pages import PAGES
from tests.translation import installed_sentences

A, B, C = "http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3"


def report(drill_id: str = "d1", started: float = 1_700_000_000.0) -> DrillReport:
    def o(at: float, leader: str, term: int) -> Observation:
        roles = tuple(
            (
                u,
                "leader"
                if u == leader
                else ("unreachable" if u == A and leader != A else "follower"),
            )
            for u in (A, B, C)
        )
        serving = 3 if leader in (A, "") and leader else 2
        return Observation(started + at, leader, bool(leader), term, 3, serving, 3, roles)

    timeline = tuple(
        o(t / 10, A if t < 10 else ("" if t < 35 else B), 3 if t < 35 else 4) for t in range(60)
    )
    samples = tuple(
        ProbeSample(started + t / 10, kind, not (10 <= t < 36), 0.01, A if t < 10 else B)
        for t in range(60)
        for kind in (ProbeKind.READ, ProbeKind.WRITE)
    )
    return DrillReport(
        id=drill_id,
        cluster="Lab OpenBao",
        cluster_kind="openbao",
        fault=Fault.KILL_LEADER,
        objective_s=5.0,
        hypothesis="A new leader within 5 s.",
        started_at=started,
        fault_at=started + 1.0,
        restored_at=started + 3.6,
        ended_at=started + 6.0,
        old_leader=A,
        targets=(A,),
        preflight=(Check("voters", True, "All 3 voters are healthy."),),
        post_checks=(Check("one leader", True, "B leads."),),
        events=(DrillEvent(started + 1.0, EventKind.FAULT, "Killed the leader."),),
        observations=timeline,
        samples=samples,
    )


def make_page(qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, **kwargs: object) -> DrillsPage:
    profile = Profile("Lab OpenBao", ClusterKind.OPENBAO, (A, B, C), environment="LAB")
    page = DrillsPage(
        ClusterContext(profile, token="t"),
        bridge,
        history=DrillHistory(tmp_path),
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(page)
    return page


def test_registered_for_both_kinds() -> None:
    for kind in (ClusterKind.OPENBAO, ClusterKind.CORE):
        entries = [e for e in PAGES[kind] if e.module == "adminui.ui.drills"]
        assert len(entries) == 1 and entries[0].class_name == "DrillsPage"
        assert entries[0].available()


def test_history_list_and_report_viewer(
    qtbot: QtBot, qtmodeltester: object, bridge: AsyncBridge, tmp_path: Path
) -> None:
    history = DrillHistory(tmp_path)
    history.save(report("older", 1_700_000_000.0))
    page = make_page(qtbot, bridge, tmp_path)
    page.refresh()
    model = page.history_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    history.save(report("newer", 1_700_000_500.0))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: pytest.fail("the model must not reset"))
    page.refresh()
    assert inserted == [(0, 0)]
    assert model.summary(0).id == "newer"
    assert "PASS" in model.data(model.index(0))
    page.history_view.setCurrentIndex(model.index(1))
    assert page.report is not None and page.report.id == "older"
    text = page.viewer.toPlainText()
    assert "Verdict: PASS" in text and "Time without a leader" in text
    assert all(b.isEnabled() for b in page.export_buttons)
    assert page.chart.pixmap() is not None and not page.chart.pixmap().isNull()
    # Replay: the slider moves the cursor through the recorded timeline.
    page.replay_slider.setValue(300)  # 1.8 s in: leaderless
    assert "no leader" in page.replay_label.text()
    page.replay_slider.setValue(990)
    assert B.split("//")[1] in page.replay_label.text()
    page.replay()
    qtbot.waitUntil(lambda: page.replay_slider.value() == 1000, timeout=15000)
    history.delete("older")
    page.refresh()
    assert model.rowCount() == 1


def test_pdf_export_has_a_page(qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path) -> None:
    del qtbot, bridge
    pdf = export_pdf(report(), tmp_path / "r.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"/Page" in data and len(data) > 5000


def test_confirmation_needs_the_exact_phrase(qtbot: QtBot) -> None:
    checks = Preflight((Check("voters", True, "ok"),))
    dialog = ConfirmDialog("t", "a", "Lab OpenBao", A, checks)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.input.setText("Lab OpenBao")
    assert not ok.isEnabled()
    dialog.input.setText(f"Lab OpenBao/{A}")
    assert ok.isEnabled()
    failed = ConfirmDialog("t", "a", "Lab", A, Preflight((Check("tolerance", False, "0"),)))
    qtbot.addWidget(failed)
    failed.input.setText(f"Lab/{A}")
    assert not failed.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_lab_faults_only_with_an_injector(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    from adminui.monitor.drill_faults import can_inject

    page = make_page(qtbot, bridge, tmp_path)
    assert not can_inject(page.injector)
    injector = {KILL_NODE: lambda url: None, RESTART_NODE: lambda url: None}
    register_fault_injector("Lab OpenBao", injector)
    try:
        assert make_page(qtbot, bridge, tmp_path).injector is injector
    finally:
        unregister_fault_injector("Lab OpenBao")
    core = Profile("Core", ClusterKind.CORE, (A,))
    core_page = DrillsPage(ClusterContext(core, token="t"), bridge, history=DrillHistory(tmp_path))
    qtbot.addWidget(core_page)
    assert not core_page.step_down_button.isVisibleTo(core_page)
    assert not core_page.drill_button.isEnabled()


def _pick_in_wizard(
    qtbot: QtBot, page: DrillsPage, index: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, DrillPlan]:
    """Open the wizard with the page's button, pick combo entry ``index``, press
    "Run preflight"; the entry's text and the plan the page went on with."""
    plans: list[DrillPlan] = []
    monkeypatch.setattr(page, "prepare_drill", plans.append)
    qtbot.mouseClick(page.drill_button, Qt.MouseButton.LeftButton)
    dialog = page._dialog
    assert isinstance(dialog, DrillSetupDialog)
    dialog.fault.setCurrentIndex(index)
    text = dialog.fault.currentText()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(plans) == 1
    return text, plans[0]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            ClusterKind.OPENBAO,
            [Fault.STEP_DOWN, Fault.KILL_LEADER, Fault.KILL_FOLLOWER, Fault.KILL_TWO],
        ),
        (ClusterKind.CORE, [Fault.KILL_LEADER, Fault.KILL_FOLLOWER, Fault.KILL_TWO]),
    ],
)
def test_the_wizard_runs_the_fault_picked_in_its_combo(
    qtbot: QtBot,
    bridge: AsyncBridge,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: ClusterKind,
    expected: list[Fault],
) -> None:
    profile = Profile("Lab", kind, (A, B, C), environment="LAB")
    injector = {KILL_NODE: lambda url: None, RESTART_NODE: lambda url: None}
    page = DrillsPage(
        ClusterContext(profile, token="t"),
        bridge,
        history=DrillHistory(tmp_path),
        fault_injector=injector,
    )
    qtbot.addWidget(page)
    assert page.drill_button.isEnabled()
    chosen = []
    for index in range(len(expected)):
        text, plan = _pick_in_wizard(qtbot, page, index, monkeypatch)
        assert text == FAULT_TITLES[plan.fault]
        chosen.append(plan.fault)
    assert chosen == expected


def test_without_the_lab_only_the_step_down_is_offered_and_the_wizard_says_why(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, bridge, tmp_path)
    _text, plan = _pick_in_wizard(qtbot, page, 0, monkeypatch)
    dialog = page._dialog
    assert isinstance(dialog, DrillSetupDialog)
    assert dialog.fault.count() == 1 and plan.fault is Fault.STEP_DOWN
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "only offered for the local lab" in shown


def test_screenshot(qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path) -> None:
    DrillHistory(tmp_path).save(report())
    page = make_page(qtbot, bridge, tmp_path)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    page.history_view.setCurrentIndex(page.history_model.index(0))
    page.replay_slider.setValue(400)
    qtbot.wait(200)
    # Kept for the guide when ADMINUI_SCREENSHOTS names a folder; checked either way.
    out = Path(os.environ.get("ADMINUI_SCREENSHOTS") or tmp_path)
    assert page.grab().save(str(out / "drills_page.png"))
    assert (out / "drills_page.png").stat().st_size > 10_000
    pdf = export_pdf(page.report, out / "drill.pdf")  # type: ignore[arg-type]
    assert pdf.read_bytes().startswith(b"%PDF-")


LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

#: A few drill sentences in Russian (the context with no name, as lupdate files them).
RUSSIAN = {
    "Lagging behind the leader: {0}. Wait until they catch up.": (
        "Отстают от лидера: {0}. Дождитесь, пока они догонят лидера."
    ),
    "{0} (last contact {1:.1f} s ago)": "{0} (последний контакт {1:.1f} с назад)",
    "lag": "отставание",
    "restore": "восстановление",
    "Restarting {0}.": "Перезапуск {0}.",
    "{0:.2f} s": "{0:.2f} с",
}


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The sentences above installed as a translation, numbers written the Russian way;
    removed (and the locale reset) afterwards."""
    with installed_sentences(qapp, tmp_path, RUSSIAN) as translator:
        yield translator


def test_drill_sentences_show_in_the_interface_language(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, russian: QTranslator
) -> None:
    del russian
    facts = ClusterFacts(
        "Lab OpenBao", A, 3, 3, (VoterFacts(B, True, 0, 7.5), VoterFacts(C, True)), 1, True
    )
    checks = preflight(facts)
    assert checks.failures[0].detail == (
        f"Lagging behind the leader: {B} (last contact 7.5 s ago). Wait until they catch up."
    )
    dialog = ConfirmDialog("t", "a", "Lab OpenBao", A, checks)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Отстают от лидера: {B} (последний контакт 7,5 с назад)." in shown
    assert "<b>отставание</b>" in shown
    assert "Lagging" not in shown

    # The history list and the live events of the page.
    DrillHistory(tmp_path).save(report())
    page = make_page(qtbot, bridge, tmp_path)
    page.refresh()
    assert "2,50 с" in page.history_model.data(page.history_model.index(0))
    event = DrillEvent(1_700_000_000.0, EventKind.RESTORE, Sentence("Restarting {0}.", B))
    page._on_progress(DrillProgress("recovery", event.at, event=event))
    assert page.live_log.toPlainText().endswith(f"[восстановление] Перезапуск {B}.")


def test_exported_json_holds_plain_english(tmp_path: Path) -> None:
    drill = report().with_(
        events=(DrillEvent(1.0, EventKind.RESTORE, Sentence("Restarting {0}.", B)),)
    )
    data = json.loads(export_json(drill, tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["events"][0]["text"] == f"Restarting {B}."
    assert DrillReport.from_dict(data).events[0].text == f"Restarting {B}."


#: The report's own texts in Russian (a few, enough to see each kind rendered).
RUSSIAN_REPORT = {
    "Failover drill: {0} — {1}": "Учения по отказу: {0} — {1}",
    "Kill the leader (lab)": "Остановка лидера (лаборатория)",
    "Verdict: PASS": "Итог: ПРОЙДЕНО",
    "Recovered in {0} ({1}), within the objective of {2}.": (
        "Восстановление за {0} ({1}) — в пределах целевого времени {2}."
    ),
    "time to a new leader known by all nodes": "время до нового лидера, признанного всеми узлами",
    "{0:.2f} s": "{0:.2f} с",
    "{0:.1f} %": "{0:.1f} %",
    "Read availability": "Доступность чтения",
    "{0} of {1} reads": "{0} (запросов на чтение: {1})",
    "Leader timeline": "Хронология лидерства",
    "no leader": "нет лидера",
    "voters": "голосующие узлы",
    "ok": "ок",
    "fault": "сбой",
}


def test_report_in_the_interface_language(qapp: QApplication, tmp_path: Path) -> None:
    from adminui.core.drill_report import to_markdown
    from adminui.ui.drills.export import export_markdown, report_document
    from adminui.ui.i18n import say

    drill = report()
    english = to_markdown(drill, "c.png")
    with installed_sentences(qapp, tmp_path, RUSSIAN_REPORT):
        text = to_markdown(drill, "c.png", say)
        lines = text.splitlines()
        assert lines[0] == "# Учения по отказу: Остановка лидера (лаборатория) — Lab OpenBao"
        assert "**Итог: ПРОЙДЕНО**" in lines
        assert (
            "* Восстановление за 2,50 с (время до нового лидера, признанного всеми узлами)"
            " — в пределах целевого времени 5,00 с."
        ) in lines
        assert "| Доступность чтения | 48,0 % (запросов на чтение: 50) |" in lines
        assert "| голосующие узлы | ок | All 3 voters are healthy. |" in lines
        assert "## Хронология лидерства" in lines and "![Хронология лидерства](c.png)" in lines
        # "{0:+.2f} s" is not in this translation: its numbers still follow the locale.
        assert "| +0,00 s | +2,50 s | 2,50 с | нет лидера |" in lines
        assert any(line.endswith("| +0,00 s | сбой | Killed the leader. |") for line in lines)
        # The default stays English even with a translation installed.
        assert to_markdown(drill, "c.png") == english
        # The viewer's document and the Markdown export speak the interface language.
        assert "Учения по отказу" in report_document(drill).toPlainText()
        exported = export_markdown(drill, tmp_path / "r.md").read_text(encoding="utf-8")
        assert exported.startswith("# Учения по отказу:")
    assert to_markdown(drill, "c.png", say) == english
    assert english.startswith("# Failover drill: Kill the leader (lab) — Lab OpenBao\n")
