"""The real application window under Xvfb (xcb), driven through its main flows."""

from __future__ import annotations

from pathlib import Path

import pytest

from adminui.lab import Lab
from adminui.lab.openbao import BaoNodeClient
from tests.e2e.xvfb import distinct_colours, drive

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def test_main_flows_in_a_real_window(healed_lab: Lab, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    try:
        seen = drive("drive_window", tmp_path, str(shots), ADMINUI_LAB_DIR=str(healed_lab.dir.root))
    finally:
        # Leave the lab as other tests expect it.
        client = BaoNodeClient(healed_lab.bao_leader(), healed_lab.root_token)
        client.request("DELETE", "sys/namespaces/e2e-tenant")
        client.request("DELETE", "sys/policies/acl/e2e-reader")
        _delete_core_services_named(healed_lab, "core-e2e.lab.local")
    for step in (
        "fleet_first",
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
    # The typed confirmation asks for the leader by its Raft node id, not its URL.
    assert seen["step_down_phrase"].startswith("Lab OpenBao/node"), seen
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
