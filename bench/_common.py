"""Shared pieces of the benchmarks: a lab to measure against, and JSON output."""

from __future__ import annotations

import contextlib
import json
import math
import os
import statistics
import tempfile
from collections.abc import Iterator
from pathlib import Path

from adminui.lab import Lab


@contextlib.contextmanager
def running_lab() -> Iterator[Lab]:
    """The lab in $ADMINUI_LAB_DIR if one runs there, else a fresh one stopped afterwards."""
    if os.environ.get("ADMINUI_LAB_DIR"):
        lab = Lab()
        lab.up()
        yield lab
        return
    with tempfile.TemporaryDirectory(prefix="adminui-bench-lab-") as tmp:
        lab = Lab(Path(tmp) / "lab")
        try:
            lab.up()
            yield lab
        finally:
            lab.down()


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (NaN for no values)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def emit(figures: dict[str, object]) -> None:
    """Print the benchmark's one JSON line of figures (last line of its output)."""
    rounded = {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}
    print(json.dumps(rounded), flush=True)


#: The start of a console process for the benchmarks that measure one: it builds the
#: window (offscreen) on the clusters given as JSON in argv[1] (see :func:`lab_spec`)
#: and leaves ``app``, ``bridge`` and ``window`` for the rest of the script.
CONSOLE_PRELUDE = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
spec = json.loads(sys.argv[1])
contexts = [ClusterContext(Profile(p["name"], ClusterKind(p["kind"]), tuple(p["urls"]),
            tuple(p["health"])), p["token"]) for p in spec]
bridge = AsyncBridge()
window = MainWindow(contexts, bridge)
"""


def lab_spec(lab: Lab) -> list[dict[str, object]]:
    """The lab's clusters as CONSOLE_PRELUDE reads them."""
    from adminui.lab.profiles import lab_profiles

    return [
        {
            "name": p.name,
            "kind": p.kind.value,
            "urls": p.node_urls,
            "health": p.health_urls,
            "token": token,
        }
        for p, token in lab_profiles(lab)
    ]
