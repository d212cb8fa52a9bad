"""The console process writes no core dump and keeps what it writes to its user."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_no_core_dumps_and_a_private_umask() -> None:
    code = (
        "import os, resource\n"
        "from adminui.profiles.process import harden_process\n"
        "harden_process()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE)[0], oct(os.umask(0)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    assert result.stdout.split() == ["0", "0o77"]


def test_the_window_leaves_only_private_files_behind(tmp_path: Path) -> None:
    """Open and close the real window (offscreen) with folders an older version made
    0755: afterwards every folder is 0700 and every file 0600."""
    config, data = tmp_path / "config", tmp_path / "data"
    for folder in (config, data):
        folder.mkdir(mode=0o755)
        folder.chmod(0o755)
    env = {
        **os.environ,
        "ADMINUI_CONFIG_DIR": str(config),
        "ADMINUI_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
    }
    subprocess.run(
        [sys.executable, "-m", "adminui", "--smoke-test"],
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    written = [p for folder in (config, data) for p in folder.rglob("*")]
    assert any(p.is_file() for p in written), "the window wrote nothing to check"
    assert {str(p): oct(_mode(p)) for p in written if p.is_file() and _mode(p) != 0o600} == {}
    folders = [config, data, *(p for p in written if p.is_dir())]
    assert {str(p): oct(_mode(p)) for p in folders if _mode(p) != 0o700} == {}
