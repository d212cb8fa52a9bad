"""`lab down` stops stray lab processes, and nothing else that mentions the lab directory."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from adminui.lab import Lab
from adminui.lab.lab import CORE_NODE_MODULE


def sleeper(root: Path, *, own_session: bool, core_node: bool) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-c", "import time; time.sleep(60)"]
    argv += [CORE_NODE_MODULE] if core_node else []
    argv += ["--dir", str(root / "core" / "node-1")]
    return subprocess.Popen(argv, start_new_session=own_session)


def test_only_detached_lab_programs_are_stopped(tmp_path: Path) -> None:
    lab = Lab(tmp_path / "lab")
    stray = sleeper(lab.dir.root, own_session=True, core_node=True)
    caller = sleeper(lab.dir.root, own_session=False, core_node=True)
    bystander = sleeper(lab.dir.root, own_session=True, core_node=False)
    try:
        time.sleep(0.3)  # let the children exec, so their command lines are theirs
        lab._stop_strays()
        assert stray.wait(timeout=10) != 0
        time.sleep(0.2)
        assert caller.poll() is None and bystander.poll() is None
    finally:
        for proc in (stray, caller, bystander):
            proc.kill()
            proc.wait(timeout=10)
