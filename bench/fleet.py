"""The fleet: 30 cluster profiles watched by one console, with and without adaptive polling.

    .venv/bin/python bench/fleet.py [--seconds 60] [--kills 3] [--copies 15]

The lab's OpenBao and KUMA Core clusters are registered under ``--copies`` names each
(30 profiles by default). The console runs as its own process (offscreen), showing
``openbao-00``; every other cluster is off screen.

1. CPU and RSS of the console over ``--seconds``, adaptive polling on.
2. The OpenBao leader is killed ``--kills`` times. A raw probe polls every node's
   ``sys/health`` every 20 ms and records when a new node is active. For each of the 14
   OpenBao clusters off screen: the delay from that moment to the console's "leader
   changed" alert (p50/p95); for the one on screen: the delay to its live view showing
   the new leader. The killed node is restarted after each round.
3. CPU over ``--seconds`` again with adaptive polling off (every cluster looked at as if
   it were on screen), and the ratio.

Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.lab.health_probe import ActiveNodeProbe
from bench._common import emit, lab_spec, median, percentile, running_lab

ON_SCREEN = "openbao-00"
SETTLE_S = 10.0

CHILD = r"""
import json, sys, time
from dataclasses import replace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
spec, copies = json.loads(sys.argv[1]), int(sys.argv[2])
adaptive, on_screen = sys.argv[3] == "on", sys.argv[4]
contexts = []
for p in spec:
    prefix = "openbao" if p["kind"] == "openbao" else "core"
    for i in range(copies):
        profile = Profile(f"{prefix}-{i:02d}", ClusterKind(p["kind"]), tuple(p["urls"]),
                          tuple(p["health"]))
        contexts.append(ClusterContext(profile, p["token"]))
bridge = AsyncBridge()
window = MainWindow(contexts, bridge, use_desktop_notifications=False)
if not adaptive:
    window.monitor.set_settings(replace(window.monitor.schedule.settings, adaptive=False))
window.show()
window.open_cluster_named(on_screen)
def say(**fields):
    print(json.dumps(fields), flush=True)
def alert(a):
    if str(a.kind) == "leader-change":
        say(alert=str(a.kind), cluster=a.cluster, t=time.time())
window.alert_actions.center.sig_alert.connect(alert)
shown = [""]
def ticked(name, tick):
    if name == on_screen and tick.snapshot.leader is not None:
        url = tick.snapshot.leader.url
        if url != shown[0]:
            shown[0] = url
            say(view_leader=url, t=time.time())
window.monitor.sig_ticked.connect(ticked)
def finish():
    say(looks=window.monitor.looks, pulses=window.monitor.pulses, clusters=len(contexts))
    window.alert_actions.quitting = True
    window.close(); bridge.shutdown(); app.quit()
QTimer.singleShot(int(float(sys.argv[5]) * 1000), finish)
# A line on standard input stops it (no timer polling for a file inside the measured process).
from PySide6.QtCore import QSocketNotifier
stopper = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
stopper.activated.connect(lambda: (stopper.setEnabled(False), finish()))
say(ready=True, t=time.time())
app.exec()
"""


class Console:
    """The console process, its lines read in a thread."""

    def __init__(self, spec: list[dict[str, object]], copies: int, adaptive: bool, run_s: float):
        self.home = tempfile.TemporaryDirectory(prefix="adminui-bench-fleet-")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            ADMINUI_CONFIG_DIR=str(Path(self.home.name) / "config"),
            ADMINUI_DATA_DIR=str(Path(self.home.name) / "data"),
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notifications on this desktop
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                json.dumps(spec),
                str(copies),
                "on" if adaptive else "off",
                ON_SCREEN,
                str(run_s),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        self.lines: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.ps = psutil.Process(self.proc.pid)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with contextlib.suppress(ValueError):
                self.lines.append(json.loads(line))

    def wait_for(self, key: str, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next((line for line in self.lines if key in line), None)
            if found is not None:
                return found
            time.sleep(0.05)
        return None

    def cpu_percent(self, seconds: float) -> float:
        before = self.ps.cpu_times()
        started = time.monotonic()
        time.sleep(seconds)
        after = self.ps.cpu_times()
        used = (after.user - before.user) + (after.system - before.system)
        return float(100 * used / (time.monotonic() - started))

    def finish(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        with contextlib.suppress(OSError):  # it may have ended by itself
            self.proc.stdin.write("stop\n")
            self.proc.stdin.close()
        self.proc.wait(timeout=120)
        self._reader.join(10)
        self.home.cleanup()
        return next((line for line in self.lines if "looks" in line), {})


def kill_rounds(lab: Any, console: Console, kills: int, copies: int) -> tuple[list[float], ...]:
    """(notification delays off screen, view delays on screen, elections) in seconds."""
    urls = [n.api_url for n in lab.bao_nodes()]
    off_screen = {f"openbao-{i:02d}" for i in range(copies)} - {ON_SCREEN}
    notified: list[float] = []
    viewed: list[float] = []
    elections: list[float] = []
    for round_no in range(kills):
        old = lab.bao_leader().api_url
        name = next(n.name for n in lab.bao_nodes() if n.api_url == old)
        seen_before = len(console.lines)
        with ActiveNodeProbe(urls) as probe:
            killed_at = time.time()
            lab.kill(name)
            raw = None
            deadline = time.monotonic() + 60
            while raw is None and time.monotonic() < deadline:
                raw = probe.first_other_active(killed_at, old)
                time.sleep(0.02)
        if raw is None:
            print(f"round {round_no + 1}: no new leader within 60 s", flush=True)
            lab.restart(name)
            continue
        elections.append(raw - killed_at)
        time.sleep(8)  # every alert of this round has arrived by now
        fresh = console.lines[seen_before:]
        alerts = {
            line["cluster"]: line["t"]
            for line in fresh
            if line.get("alert") == "leader-change" and line["cluster"] in off_screen
        }
        shown = next((line["t"] for line in fresh if "view_leader" in line), None)
        notified += [t - raw for t in alerts.values()]
        if shown is not None:
            viewed.append(shown - raw)
        late = sorted(t - raw for t in alerts.values())
        print(
            f"round {round_no + 1}: election {raw - killed_at:.2f} s; "
            f"{len(alerts)}/{len(off_screen)} off-screen alerts, "
            f"p50 {median(late):.2f} s, max {max(late, default=float('nan')):.2f} s; "
            f"on-screen view +{(shown or float('nan')) - raw:.2f} s",
            flush=True,
        )
        lab.restart(name)
        lab.wait_healthy()
        time.sleep(12)  # the clusters settle and go slow again
    return notified, viewed, elections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--copies", type=int, default=15, help="names per lab cluster")
    args = parser.parse_args()
    kill_s = args.kills * 60
    with running_lab() as lab:
        spec = lab_spec(lab)
        clusters = len(spec) * args.copies
        figures: dict[str, object] = {"clusters": clusters}
        for adaptive in (True, False):
            run_s = SETTLE_S + args.seconds + (kill_s if adaptive else 0) + 5
            console = Console(spec, args.copies, adaptive, run_s)
            if console.wait_for("ready", 60) is None:
                raise SystemExit("the console did not start")
            time.sleep(SETTLE_S)
            cpu = console.cpu_percent(args.seconds)
            rss_mb = console.ps.memory_info().rss / 2**20
            label = "adaptive" if adaptive else "fixed"
            print(f"{label} polling: CPU {cpu:.1f} % of a core, RSS {rss_mb:.0f} MiB", flush=True)
            figures[f"cpu_percent_{label}"] = cpu
            figures[f"rss_mb_{label}"] = rss_mb
            if adaptive:
                notified, viewed, elections = kill_rounds(lab, console, args.kills, args.copies)
                figures.update(
                    {
                        "kills": args.kills,
                        "notifications_measured": len(notified),
                        "notification_delay_p50_s": median(notified),
                        "notification_delay_p95_s": percentile(notified, 95),
                        "on_screen_extra_delay_p50_s": median(viewed),
                        "election_after_kill_p50_s": median(elections),
                    }
                )
            counts = console.finish()
            if counts:
                figures[f"looks_{label}"] = counts.get("looks")
                figures[f"pulses_{label}"] = counts.get("pulses")
        fixed = float(str(figures["cpu_percent_fixed"]))
        figures["cpu_ratio_adaptive_to_fixed"] = (
            float(str(figures["cpu_percent_adaptive"])) / fixed if fixed else float("nan")
        )
    emit(figures)


if __name__ == "__main__":
    main()
