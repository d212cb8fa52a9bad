"""Failover timings: the server's election time next to what the console measures.

    .venv/bin/python bench/failover.py [--rounds 5]

On a lab (its own, in a temporary directory, or the one in $ADMINUI_LAB_DIR): N
step-downs of the OpenBao active node (the console's StepDown) and N kills of the leader
(the console's DrillRunner with the lab's fault injector). A raw probe thread polls every
node's /v1/sys/health every 20 ms with its own HTTP client and records when another node
first answers 200: that is the server's election time. The console's time is a new
leader *known by every reachable node*, from its own 50–100 ms observations. Prints both
side by side (p50/p95) and the console's extra delay; ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.core.drill import Fault
from adminui.core.drill_report import figures
from adminui.lab.health_probe import ActiveNodeProbe
from adminui.lab.profiles import lab_profiles
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.drill_faults import lab_fault_injector
from adminui.monitor.drill_runner import DrillPlan, DrillRunner
from adminui.monitor.stepdown import StepDown
from bench._common import emit, median, percentile, running_lab


def wait_settled(seconds: float) -> None:
    time.sleep(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rows: dict[str, list[tuple[float, float]]] = {"step_down": [], "kill_leader": []}
    problems: list[str] = []
    with running_lab() as lab:
        profile, token = lab_profiles(lab)[0]
        connection = ClusterConnection(profile, token, audit=lambda _event: None)
        urls = list(profile.node_urls)
        injector = lab_fault_injector(lab)
        with ActiveNodeProbe(urls) as probe:
            for i in range(args.rounds):
                wait_settled(3.0)

                async def step() -> tuple[float, float | None, str, str]:
                    async with StepDown(connection) as s:
                        result = await s.run()
                    return result.requested_at, result.elapsed_s, result.old_leader, result.text

                at, console, old, text = asyncio.run(step())
                time.sleep(0.3)
                raw = probe.first_other_active(at, old)
                if console is None or raw is None or "moved" not in text.lower():
                    problems.append(f"step-down {i + 1}: {text}")
                else:
                    rows["step_down"].append((raw - at, console))
                    print(f"step-down {i + 1}: server {raw - at:.3f} s, console {console:.3f} s")
            for i in range(args.rounds):
                plan = DrillPlan(Fault.KILL_LEADER, objective_s=15, steady_s=0.5, trailing_s=0.3)
                runner = DrillRunner(connection, plan, fault_injector=injector)
                report = asyncio.run(runner.run())
                figs = figures(report)
                raw = (
                    probe.first_other_active(report.fault_at, report.old_leader)
                    if report.fault_at
                    else None
                )
                if report.error or figs.time_to_new_leader_s is None or raw is None:
                    problems.append(f"kill {i + 1}: {report.error or 'no new leader'}")
                    continue
                assert report.fault_at is not None
                server = raw - report.fault_at
                rows["kill_leader"].append((server, figs.time_to_new_leader_s))
                print(
                    f"kill-leader {i + 1}: server {server:.3f} s, "
                    f"console {figs.time_to_new_leader_s:.3f} s"
                )
    figures_out: dict[str, object] = {"rounds": args.rounds}
    print()
    print(
        f"{'fault':<12} {'server p50':>11} {'server p95':>11} {'console p50':>12} "
        f"{'console p95':>12} {'extra p50':>10} {'extra p95':>10}"
    )
    for name, pairs in rows.items():
        server = [s for s, _ in pairs]
        console = [c for _, c in pairs]
        extra = [c - s for s, c in pairs]
        print(
            f"{name:<12} {median(server):>10.3f}s {percentile(server, 95):>10.3f}s "
            f"{median(console):>11.3f}s {percentile(console, 95):>11.3f}s "
            f"{median(extra):>9.3f}s {percentile(extra, 95):>9.3f}s"
        )
        figures_out.update(
            {
                f"{name}_server_p50_s": median(server),
                f"{name}_server_p95_s": percentile(server, 95),
                f"{name}_console_p50_s": median(console),
                f"{name}_console_p95_s": percentile(console, 95),
                f"{name}_extra_p50_s": median(extra),
                f"{name}_extra_p95_s": percentile(extra, 95),
                f"{name}_measured_count": len(pairs),
            }
        )
    for problem in problems:
        print("note:", problem)
    figures_out["problems_count"] = len(problems)
    emit(figures_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
