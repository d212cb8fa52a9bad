"""CPU used by the console while it monitors 2 clusters × 3 nodes (the lab) at rest.

    .venv/bin/python bench/idle_cpu.py [--seconds 60]

Launches the console as its own process (offscreen) on the lab's OpenBao and Core
clusters, lets it settle for 5 s, then measures its CPU time over the window. Ends
with one JSON line (percent of one core).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import CONSOLE_PRELUDE, emit, lab_spec, running_lab

CHILD = (
    CONSOLE_PRELUDE
    + r"""
window.show()
# Two clusters open on the fleet; as a user would, the first cluster is opened (the
# other is then looked at slowly, off screen).
window.open_cluster_named(spec[0]["name"])
ticks = [0]
window.monitor.sig_ticked.connect(lambda *_: ticks.__setitem__(0, ticks[0] + 1))
def finish():
    print(json.dumps({"ticks": ticks[0]}), flush=True)
    window.close(); bridge.shutdown(); app.quit()
QTimer.singleShot(int(float(sys.argv[2]) * 1000), finish)
app.exec()
"""
)

SETTLE_S = 5.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with running_lab() as lab:
        spec = lab_spec(lab)
        # A settings and data folder of its own: the page shown is the overview, not
        # whatever tab a window on this machine was left on.
        home = tempfile.TemporaryDirectory(prefix="adminui-bench-idle-")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            ADMINUI_CONFIG_DIR=str(Path(home.name) / "config"),
            ADMINUI_DATA_DIR=str(Path(home.name) / "data"),
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, json.dumps(spec), str(args.seconds + SETTLE_S + 1)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        watched = psutil.Process(proc.pid)
        time.sleep(SETTLE_S)
        before = watched.cpu_times()
        started = time.monotonic()
        time.sleep(args.seconds)
        after = watched.cpu_times()
        wall = time.monotonic() - started
        rss_mb = watched.memory_info().rss / 2**20
        out, _ = proc.communicate(timeout=60)
        home.cleanup()
    used = (after.user - before.user) + (after.system - before.system)
    ticks = json.loads(out.strip().splitlines()[-1])["ticks"]
    print(f"CPU {used:.2f} s over {wall:.1f} s; {ticks} cluster ticks in total", flush=True)
    emit(
        {
            "seconds": round(wall, 1),
            "clusters": len(spec),
            "nodes": sum(len(p["urls"]) for p in spec),
            "cpu_percent_of_one_core": 100 * used / wall,
            "rss_mb": rss_mb,
            "ticks_total": ticks,
        }
    )


if __name__ == "__main__":
    main()
