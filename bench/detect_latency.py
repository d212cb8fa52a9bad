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
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import emit, median, percentile, running_lab

RAW_INTERVAL_S = 0.02


def raw_probe(urls: list[str], old: str, stop: threading.Event, seen: dict[str, float]) -> None:
    """Record the first moment a node other than ``old`` answers 200 (active)."""
    with httpx.Client(timeout=httpx.Timeout(0.2, connect=0.1)) as client:
        while not stop.is_set() and "raw" not in seen:
            for url in urls:
                if url == old:
                    continue
                try:
                    if client.get(f"{url}/v1/sys/health").status_code == 200:
                        seen["raw"] = time.time()
                        seen["raw_leader"] = url  # type: ignore[assignment]
                        break
                except httpx.HTTPError:
                    pass
            time.sleep(RAW_INTERVAL_S)


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
            seen: dict[str, float] = {}
            stop = threading.Event()
            prober = threading.Thread(target=raw_probe, args=(urls, old, stop, seen))
            prober.start()
            killed_at = time.time()
            lab.kill(name)
            shown = pump_until(lambda old=old: ui_leader() not in (None, old), 60)
            ui_at = time.time()
            prober.join(60)
            stop.set()
            if shown and "raw" in seen:
                extra.append(ui_at - seen["raw"])
                elections.append(seen["raw"] - killed_at)
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
