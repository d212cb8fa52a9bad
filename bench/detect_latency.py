"""How much later than a raw 20 ms HTTP probe the console's model shows a new leader.

    .venv/bin/python bench/detect_latency.py [--rounds 5]

On the lab, kills the OpenBao leader N times. For each kill: a raw probe thread polls
every node's /v1/sys/health every 20 ms and records when another node first answers
200; the console (offscreen, default 500 ms poll interval) records when its node model
first shows that node as leader. Prints the extra delay of the console (p50/p95). The
killed node is restarted between rounds. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.lab.health_probe import ActiveNodeProbe
from bench._common import emit, median, percentile, running_lab


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from adminui.core.cluster import Role
    from adminui.lab.profiles import LAB_OPENBAO, lab_profiles
    from adminui.ui.bridge import AsyncBridge
    from adminui.ui.context import ClusterContext
    from adminui.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    extra: list[float] = []
    elections: list[float] = []
    with running_lab() as lab:
        contexts = [ClusterContext(p, t) for p, t in lab_profiles(lab) if p.name == LAB_OPENBAO]
        bridge = AsyncBridge()
        window = MainWindow(contexts, bridge)
        model = window.view(LAB_OPENBAO).overview.node_model
        urls = [n.api_url for n in lab.bao_nodes()]

        def ui_leader() -> str | None:
            leaders = [
                model.node(r).url
                for r in range(model.rowCount())
                if model.node(r).role is Role.LEADER
            ]
            return leaders[0] if len(leaders) == 1 else None

        def pump_until(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                app.processEvents()
                if predicate():
                    return True
                time.sleep(0.002)
            return False

        for round_no in range(args.rounds):
            old = lab.bao_leader().api_url
            pump_until(lambda old=old: ui_leader() == old, 15)
            name = next(n.name for n in lab.bao_nodes() if n.api_url == old)
            with ActiveNodeProbe(urls) as probe:
                killed_at = time.time()
                lab.kill(name)
                shown = pump_until(lambda old=old: ui_leader() not in (None, old), 60)
                ui_at = time.time()
                raw = None
                deadline = time.monotonic() + 5
                while raw is None and time.monotonic() < deadline:
                    raw = probe.first_other_active(killed_at, old)
                    time.sleep(0.02)
            if shown and raw is not None:
                extra.append(ui_at - raw)
                elections.append(raw - killed_at)
                print(
                    f"round {round_no + 1}: election {elections[-1]:.2f} s after the kill; "
                    f"console +{extra[-1]:.3f} s",
                    flush=True,
                )
            else:
                print(f"round {round_no + 1}: no new leader seen in time", flush=True)
            lab.restart(name)
            time.sleep(3)  # let the restarted node settle as a standby
        window.close()
        bridge.shutdown()
    emit(
        {
            "rounds": args.rounds,
            "measured_rounds": len(extra),
            "extra_delay_p50_s": median(extra),
            "extra_delay_p95_s": percentile(extra, 95),
            "election_after_kill_p50_s": median(elections),
            "console_poll_interval_s": 0.5,
        }
    )


if __name__ == "__main__":
    main()
