"""The real lab: OpenBao Raft cluster, PostgreSQL and Core nodes on 127.0.0.1."""

from __future__ import annotations

import stat
import time

import httpx
import pytest

from adminui.lab import Lab
from adminui.lab import postgres as pg
from adminui.lab.openbao import BaoNodeClient
from adminui.lab.procs import wait_until

pytestmark = pytest.mark.lab


def roles(lab: Lab, prefix: str) -> dict[str, str]:
    return {p.name: p.role for p in lab.status().processes if p.name.startswith(prefix)}


def test_up_gives_three_voters_one_leader_postgres_and_core(lab: Lab) -> None:
    status = lab.status()
    assert {p.name for p in status.processes} >= {"bao1", "bao2", "bao3", "postgres"}
    assert all(p.state == "running" for p in status.processes)
    assert sorted(roles(lab, "bao").values()) == ["leader", "standby", "standby"]
    autopilot = BaoNodeClient(lab.bao_leader(), lab.root_token).ok(
        "GET", "sys/storage/raft/autopilot/state"
    )["data"]
    assert len(autopilot["voters"]) == 3
    assert autopilot["failure_tolerance"] == 1
    assert sorted(roles(lab, "core").values()) == ["follower", "follower", "leader"]


def test_secrets_stay_in_a_private_state_file(lab: Lab) -> None:
    state_file = lab.dir.path("state.json")
    assert stat.S_IMODE(state_file.stat().st_mode) == 0o600
    mode = stat.S_IMODE(lab.dir.root.stat().st_mode)
    assert mode & 0o077 in (0, 0o001)  # others may at most traverse (PostgreSQL's user)
    assert lab.root_token in state_file.read_text()


def test_up_again_reuses_the_running_lab(lab: Lab) -> None:
    pids = {p.name: p.pid for p in lab.status().processes}
    started = time.monotonic()
    lab.up()
    assert time.monotonic() - started < 5
    assert {p.name: p.pid for p in lab.status().processes} == pids


def test_namespaces_are_usable(lab: Lab) -> None:
    client = BaoNodeClient(lab.bao_leader(), lab.root_token)
    client.ok("POST", "sys/namespaces/lab-check")
    listed = client.ok("LIST", "sys/namespaces")["data"]["keys"]
    assert "lab-check/" in listed
    client.ok("DELETE", "sys/namespaces/lab-check")


def test_postgres_accepts_the_admin_login_and_refuses_a_wrong_one(lab: Lab) -> None:
    node = lab.postgres()
    assert pg.can_log_in(node, pg.ADMIN_ROLE, node.admin_password)
    assert not pg.can_log_in(node, pg.ADMIN_ROLE, node.admin_password + "x")


def test_killing_the_leader_elects_another(healed_lab: Lab) -> None:
    lab = healed_lab
    old = lab.bao_leader()
    lab.kill(old.name)
    assert lab.status().by_name(old.name).state == "dead"
    new = lab.bao_leader(timeout=30)
    assert new.name != old.name
    # The dead node is not reachable; the others agree on the new leader.
    assert BaoNodeClient(old).role() == "unreachable"
    survivors = [n for n in lab.bao_nodes() if n.name != old.name]

    def all_name_the_new_leader() -> bool:
        named = [BaoNodeClient(n).ok("GET", "sys/leader").get("leader_address") for n in survivors]
        return named == [new.api_url] * len(survivors)

    assert wait_until(all_name_the_new_leader, timeout=15)


def test_restarted_node_comes_back_as_standby(healed_lab: Lab) -> None:
    lab = healed_lab
    leader = lab.bao_leader()
    victim = next(n for n in lab.bao_nodes() if n.name != leader.name)
    lab.kill(victim.name)
    lab.restart(victim.name)
    assert lab.status().by_name(victim.name).role == "standby"
    assert lab.bao_leader().name == leader.name


def test_seal_and_unseal_a_node(healed_lab: Lab) -> None:
    lab = healed_lab
    leader = lab.bao_leader()
    victim = next(n for n in lab.bao_nodes() if n.name != leader.name)
    lab.seal(victim.name)
    response = BaoNodeClient(victim).health()
    assert response.status_code == 503 and response.json()["sealed"] is True
    lab.unseal(victim.name)
    assert lab.status().by_name(victim.name).role == "standby"


def test_graceful_stop_is_reported_as_stopped_not_dead(healed_lab: Lab) -> None:
    lab = healed_lab
    lab.stop("postgres")
    assert lab.status().by_name("postgres").state == "stopped"
    lab.restart("postgres")
    node = lab.postgres()
    assert pg.can_log_in(node, pg.ADMIN_ROLE, node.admin_password)


def test_killing_the_core_leader_elects_another(healed_lab: Lab) -> None:
    lab = healed_lab
    before = roles(lab, "core")
    old = next(name for name, role in before.items() if role == "leader")
    old_term = httpx.get(next(n for n in lab.core_nodes() if n.name == old).health_url).json()
    lab.kill(old)
    deadline = time.monotonic() + 20
    new = None
    while time.monotonic() < deadline and new is None:
        now = roles(lab, "core")
        new = next((n for n, r in now.items() if r == "leader" and n != old), None)
        time.sleep(0.1)
    assert new is not None
    new_health = httpx.get(next(n for n in lab.core_nodes() if n.name == new).health_url).json()
    assert new_health["term"] > old_term["term"]
    lab.restart(old)
    assert roles(lab, "core")[old] == "follower"


def test_lab_status_names_who_signs_in_and_where_the_passwords_are(
    lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adminui import cli

    monkeypatch.setenv("ADMINUI_LAB_DIR", str(lab.dir.root))
    assert cli.run_lab("status", None) == 0
    out = capsys.readouterr().out
    for wanted in ("idp", "userpass  alice", "ldap      bob", "oidc      role console"):
        assert wanted in out
    assert "secrets.sign_in_<user>" in out and "secrets.postgres_admin_password" in out
    assert "postgresql://bao_admin@127.0.0.1:" in out
    for secret in lab.state.secrets.values():
        assert secret not in out  # where the passwords are, never the passwords
