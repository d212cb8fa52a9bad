"""The real application window under Xvfb (xcb), driven through its main flows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from adminui.lab import Lab
from adminui.lab.openbao import BaoNodeClient
from tests.system_tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.lab, pytest.mark.slow]


def distinct_colours(path: str) -> int:
    image = QImage(path)
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_main_flows_in_a_real_window(healed_lab: Lab, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        ADMINUI_LAB_DIR=str(healed_lab.dir.root),
        ADMINUI_CONFIG_DIR=str(tmp_path / "config"),  # its window state stays its own
        # Its audit log too: it runs without this process's keyring, and a log that
        # this process sealed with its key takes no unsealed entry.
        ADMINUI_DATA_DIR=str(tmp_path / "data"),
    )
    try:
        result = subprocess.run(
            [
                require_tool("xvfb-run"),
                "-a",
                "-s",
                "-screen 0 1280x800x24",
                sys.executable,
                "-m",
                "tests.e2e.drive_window",
                str(shots),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        # Leave the lab as other tests expect it.
        client = BaoNodeClient(healed_lab.bao_leader(), healed_lab.root_token)
        client.request("DELETE", "sys/namespaces/e2e-tenant")
        client.request("DELETE", "sys/policies/acl/e2e-reader")
        _delete_core_services_named(healed_lab, "core-e2e.lab.local")
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
    for step in (
        "settled",
        "namespace_created",
        "policy_saved",
        "step_down_preflight",
        "step_down_confirm_enabled",
        "step_down_finished",
        "step_down_new_leader",
        "failover_seen",
        "dead_shown_unreachable",
        "restarted_follower",
    ):
        assert seen[step] is True, (step, seen)
    assert seen["clipboard_has_id"] is True, seen
    assert seen["core_service_id"] in seen["install_command"]
    assert "--raft.join" in seen["install_command"]
    assert seen["step_down_outcome"] == "moved", seen
    assert len(seen["shots"]) == 7
    for path in seen["shots"]:
        assert distinct_colours(path) > 8, path  # a real picture, not a blank window


def _delete_core_services_named(lab: Lab, fqdn: str) -> None:
    """Remove the Core services the window created, so the lab has its 3 again."""
    import httpx

    rest = lab.core_nodes()[0].rest_url
    headers = {"Authorization": f"Bearer {lab.core_token}"}
    with httpx.Client(base_url=rest, headers=headers, timeout=10) as client:
        listed = client.get("/api/v3/services", params={"kind": "core"}).json()
        for service in listed:
            if service.get("fqdn") == fqdn:
                client.delete(f"/api/v3/services/{service['id']}")
