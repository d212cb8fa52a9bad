"""Drills against the real lab, checked by an independent probe of sys/health.

The probe is a thread that asks every OpenBao node for ``sys/health`` every 20 ms with
its own HTTP client and records which node answered 200 (active). Its view of when a
new node became active must agree with the console's report; the console only counts a
leader once every reachable node knows it, so it may be later, never much earlier.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from adminui.core.audit import AuditEvent
from adminui.core.drill import Fault, ProbeKind
from adminui.core.drill_report import DrillReport, figures, verdict
from adminui.lab import Lab
from adminui.lab.health_probe import ActiveNodeProbe
from adminui.lab.profiles import lab_profiles
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.drill_faults import lab_fault_injector
from adminui.monitor.drill_runner import DrillPlan, DrillRunner
from adminui.profiles.drill_history import DrillHistory
from tests.system_tools import require_tool

pytestmark = [pytest.mark.lab, pytest.mark.slow]

#: The console's time to a leader known by all nodes vs. the raw probe's first 200.
EARLY_TOLERANCE_S = 0.15  # the console may not be earlier than the raw probe by more
LATE_TOLERANCE_S = 0.9  # nor later (one 100 ms tick + agreement + a busy 2-core box)


def _run(
    lab: Lab,
    plan: DrillPlan,
    abort_after: float | None = None,
    audit: Callable[[AuditEvent], None] | None = None,
) -> DrillReport:
    profile, token = lab_profiles(lab)[0]
    connection = ClusterConnection(profile, token, audit=audit)
    runner = DrillRunner(connection, plan, fault_injector=lab_fault_injector(lab))

    async def main() -> DrillReport:
        task = asyncio.create_task(runner.run())
        if abort_after is not None:
            while runner._state.fault_at is None and not task.done():
                await asyncio.sleep(0.05)
            await asyncio.sleep(abort_after)
            runner.abort("Aborted by the test.")
        return await task

    return asyncio.run(main())


@pytest.fixture
def probe(healed_lab: Lab) -> Iterator[ActiveNodeProbe]:
    with ActiveNodeProbe([n.api_url for n in healed_lab.bao_nodes()]) as health:
        yield health


def _assert_agrees(report: DrillReport, probe: ActiveNodeProbe) -> float:
    figs = figures(report)
    assert report.fault_at is not None and figs.time_to_new_leader_s is not None
    raw = probe.first_other_active(report.fault_at, report.old_leader)
    assert raw is not None, "the raw probe never saw another active node"
    server_s = raw - report.fault_at
    console_s = figs.time_to_new_leader_s
    assert server_s - EARLY_TOLERANCE_S <= console_s <= server_s + LATE_TOLERANCE_S, (
        server_s,
        console_s,
    )
    return server_s


def test_step_down_drill_agrees_with_raw_probe(healed_lab: Lab, probe: ActiveNodeProbe) -> None:
    audited: list[AuditEvent] = []
    report = _run(healed_lab, DrillPlan(Fault.STEP_DOWN, objective_s=10), audit=audited.append)
    assert report.error == "", report.error
    # The step-down is in the audit log; the probes' scratch writes are not.
    assert [(e.method, e.path, e.node, e.result) for e in audited] == [
        ("PUT", "sys/step-down", report.old_leader, "ok")
    ]
    assert report.outcome == "moved", report.outcome_text
    _assert_agrees(report, probe)
    figs = figures(report)
    assert figs.new_leader and figs.new_leader != report.old_leader
    assert figs.term_after is not None and figs.term_before is not None
    assert figs.term_after > figs.term_before
    assert figs.reads > 5 and figs.writes > 5
    assert verdict(report).passed, verdict(report).reasons


def test_kill_leader_drill_agrees_with_raw_probe(
    healed_lab: Lab, probe: ActiveNodeProbe, tmp_path: Path
) -> None:
    report = _run(healed_lab, DrillPlan(Fault.KILL_LEADER, objective_s=15))
    assert report.error == "", report.error
    server_s = _assert_agrees(report, probe)
    assert 0.5 < server_s < 15
    figs = figures(report)
    # Leaderless time: the console's ticks vs. the raw probe, over the same window.
    assert report.ended_at is not None and report.fault_at is not None
    raw_gap = probe.without_active(report.fault_at, report.ended_at)
    assert abs(figs.time_without_leader_s - raw_gap) <= LATE_TOLERANCE_S, (
        figs.time_without_leader_s,
        raw_gap,
    )
    assert figs.write_availability_pct is not None and figs.write_availability_pct < 100
    assert figs.longest_write_outage_s > 0.3
    assert figs.time_to_full_recovery_s is not None
    assert all(c.ok for c in report.post_checks if c.blocking), report.post_checks
    assert verdict(report).passed, verdict(report).reasons
    # The report survives the history and every export.
    history = DrillHistory(tmp_path)
    history.save(report)
    assert history.load(report.id).to_dict() == report.to_dict()
    _check_pdf(report, tmp_path)


def _check_pdf(report: DrillReport, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from adminui.ui.drills.export import export_json, export_markdown, export_pdf

    _app = QApplication.instance() or QApplication([])
    pdf = export_pdf(report, tmp_path / "drill.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert re.search(rb"/Type\s*/Page\b", data), "the PDF has no page"
    md = export_markdown(report, tmp_path / "drill.md")
    assert "Time without a leader" in md.read_text(encoding="utf-8")
    assert (tmp_path / "drill.timeline.png").stat().st_size > 1000
    assert '"figures"' in export_json(report, tmp_path / "drill.json").read_text(encoding="utf-8")
    subprocess.run(
        [
            require_tool("pdftoppm"),
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(tmp_path / "page"),
        ],
        check=True,
        timeout=60,
    )
    pages = list(tmp_path.glob("page*.png"))
    assert pages and pages[0].stat().st_size > 5000


def test_quorum_loss_drill_reports_write_outage_and_recovery(healed_lab: Lab) -> None:
    report = _run(healed_lab, DrillPlan(Fault.KILL_TWO, objective_s=20, hold_s=3.0))
    assert report.error == "" and not report.aborted, (report.error, report.abort_reason)
    figs = figures(report)
    assert len(report.targets) == 2
    # Writes fail for (at least most of) the hold time: quorum is gone.
    assert figs.longest_write_outage_s >= 2.0, figs.longest_write_outage_s
    assert figs.write_availability_pct is not None and figs.write_availability_pct < 80
    assert figs.recovery_after_restore_s is not None
    assert figs.time_to_full_recovery_s is not None
    assert report.restored_at is not None
    writes_after = [
        s for s in report.samples if s.kind is ProbeKind.WRITE and s.at > report.restored_at
    ]
    assert writes_after and writes_after[-1].ok
    assert all(c.ok for c in report.post_checks if c.blocking), report.post_checks
    # No safety abort: the quorum loss was intended.
    assert not any(e.kind == "abort" for e in report.events)


def test_abort_mid_drill_restores_the_lab(healed_lab: Lab) -> None:
    # A long hold: only the abort ends the outage early.
    plan = DrillPlan(Fault.KILL_FOLLOWER, objective_s=10, hold_s=60)
    started = time.monotonic()
    report = _run(healed_lab, plan, abort_after=1.0)
    assert time.monotonic() - started < 40
    assert report.aborted and "test" in report.abort_reason
    assert not verdict(report).passed
    assert any(e.kind == "restore" for e in report.events)
    status = healed_lab.status()
    bao = [p for p in status.processes if p.name.startswith("bao")]
    assert all(p.state == "running" for p in bao), bao
    assert sorted(p.role for p in bao).count("leader") == 1
