"""Process start → first paint of the main window, and → first live snapshot on screen.

    .venv/bin/python bench/startup.py [--runs 5]

Starts a lab (or uses the one in $ADMINUI_LAB_DIR), then launches the console N times
as a fresh process (offscreen) watching the lab's two clusters. The child reports the
moments of its first paint and of the first snapshot shown; times are measured from the
moment the benchmark creates the process. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import CONSOLE_PRELUDE, emit, lab_spec, median, running_lab

CHILD = (
    CONSOLE_PRELUDE
    + r"""
marks = {}
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.time()
        return False
watcher = Painted()
window.installEventFilter(watcher)
def ticked(name, tick):
    if "snapshot" not in marks:
        marks["snapshot"] = time.time()
        QTimer.singleShot(50, finish)
def finish():
    print(json.dumps(marks), flush=True)
    window.close(); bridge.shutdown(); app.quit()
window.monitor.sig_ticked.connect(ticked)
window.show()
QTimer.singleShot(10000, finish)
app.exec()
"""
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paints: list[float] = []
    snapshots: list[float] = []
    with running_lab() as lab:
        spec = lab_spec(lab)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for run in range(args.runs):
            # The kernel's process start time counts from a boot time rounded to whole
            # seconds: take our own clock just before the process is created instead.
            started = time.time()
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, json.dumps(spec)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                text=True,
            )
            out, _ = proc.communicate(timeout=60)
            marks = json.loads(out.strip().splitlines()[-1])
            paints.append(marks["paint"] - started)
            snapshots.append(marks["snapshot"] - started)
            print(
                f"run {run + 1}: first paint {paints[-1]:.3f} s, first snapshot "
                f"{snapshots[-1]:.3f} s",
                flush=True,
            )
            time.sleep(0.2)
    emit(
        {
            "runs": args.runs,
            "first_paint_median_s": median(paints),
            "first_snapshot_median_s": median(snapshots),
            "first_paint_max_s": max(paints),
            "first_snapshot_max_s": max(snapshots),
        }
    )


if __name__ == "__main__":
    main()
