"""The soak's chaos, in a process of its own (as a real failure is outside the console):
every ``every`` seconds it kills one lab node (cycling through the OpenBao and Core
nodes) and restarts it ``down`` seconds later, until ``minutes`` have passed.

    python bench/_chaos.py <lab root> <every> <down> <minutes>

Prints one line per event: ``<unix time> killed|restarted|error <node> [detail]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.lab import Lab
from adminui.lab.lab import BAO_NODES


def victims(lab: Lab) -> list[str]:
    core = [n.name for n in lab.core_nodes()]
    order: list[str] = []
    for i in range(max(len(BAO_NODES), len(core))):
        if i < len(BAO_NODES):
            order.append(BAO_NODES[i])
        if i < len(core):
            order.append(core[i])
    return order


def main() -> int:
    root, every, down, minutes = Path(sys.argv[1]), *map(float, sys.argv[2:5])
    lab = Lab(root)
    order = victims(lab)
    print("ready", flush=True)
    ends = time.monotonic() + minutes * 60
    turn = 0
    while time.monotonic() + every < ends:
        time.sleep(every)
        name = order[turn % len(order)]
        turn += 1
        try:
            lab.kill(name)
            print(f"{time.time():.3f} killed {name}", flush=True)
            time.sleep(down)
            lab.restart(name)
            print(f"{time.time():.3f} restarted {name}", flush=True)
        except Exception as exc:  # reported, and the soak goes on
            print(f"{time.time():.3f} error {name} {type(exc).__name__}: {exc}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
