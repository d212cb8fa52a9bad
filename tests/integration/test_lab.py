"""The real lab: OpenBao Raft cluster, PostgreSQL and Core nodes on 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from adminui.lab import Lab
from adminui.lab import postgres as pg
from adminui.lab.openbao import BaoNodeClient
from adminui.lab.procs import as_user, free_ports, stop, wait_until

pytestmark = pytest.mark.lab
#: Lab files anyone may read: certificates, no key.
PUBLIC_CERTIFICATES = {"ca.pem", "server.pem", "client.pem"}


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
    assert stat.S_IMODE(lab.dir.root.stat().st_mode) == 0o700  # not even traversable
    assert lab.root_token in state_file.read_text()
    for path in lab.dir.root.rglob("*"):
        if path.is_symlink() or path.is_socket() or path.name in PUBLIC_CERTIFICATES:
            continue
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path  # private to the lab


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


@contextlib.contextmanager
def psql_for_everyone() -> Iterator[Path]:
    """A psql any local user may run: the installed one, or a copy in a folder others can
    reach when the checkout lies in a private one (the question is whether the server
    lets them in, not whether they can find a client)."""
    installed = pg.bin_dir() / "psql"
    if pg._reachable_by_others(installed):
        yield installed
        return
    folder = Path(tempfile.mkdtemp(prefix="adminui-psql-"))
    try:
        folder.chmod(0o755)
        pg._copy_binaries(folder)
        yield folder / pg.bin_dir().relative_to(pg._wheel_root()) / "psql"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def psql_as(
    node: pg.PostgresNode, os_user: str | None, *, over_tcp: bool, psql: Path | None = None
) -> str:
    """What psql (``psql``, else the installed one) says when ``os_user`` (None: this
    one) asks for a superuser session without a password."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    argv = [str(psql or pg.bin_dir() / "psql"), "-X", "-w", "-tA", "-p", str(node.port)]
    argv += ["-h", pg.HOST if over_tcp else str(node.socket_dir), "-U", "postgres"]
    answer = subprocess.run(
        [*argv, "-c", "SELECT 1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=30,
        **as_user(os_user),
    )
    return answer.stdout.strip() + answer.stderr.strip()


def test_no_local_user_reaches_postgres_without_the_password(lab: Lab) -> None:
    """Neither this user, nor (when the lab runs as root) another local user or the
    server's own system user, gets a session without the password: over TCP or the
    Unix socket."""
    node = lab.postgres()
    users: list[str | None] = [None]
    if os.geteuid() == 0:
        users += ["nobody", pg.SYSTEM_USER]
    with psql_for_everyone() as psql:
        for user in users:
            for over_tcp in (False, True):
                said = psql_as(node, user, over_tcp=over_tcp, psql=psql)
                assert said != "1", (user, over_tcp)
                assert "password" in said or "Permission denied" in said, (user, over_tcp, said)
    assert pg.psql(node, "SELECT 1") == "1"  # the lab itself signs in with the password


def test_postgres_as_another_user_opens_no_parent_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server run as the system user (lab as root) gets a directory of its own: the
    parents of the lab's folder are not opened to it. Here the installed binaries are
    taken as out of its reach (as under a private home), so it runs from a copy."""
    monkeypatch.setattr(pg, "_reachable_by_others", lambda _path: False)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    chain = [home, *home.parents]
    before = {p: stat.S_IMODE(p.stat().st_mode) for p in chain}
    directory = pg.private_directory(pg.run_as(), home / "postgres")
    node = pg.PostgresNode(free_ports(1)[0], directory, "admin-pw", "super-pw")
    record = None
    try:
        pg.initialise(node)
        record = pg.start(node)
        pg.create_admin_role(node)
        assert pg.can_log_in(node, pg.ADMIN_ROLE, "admin-pw")
        assert {p: stat.S_IMODE(p.stat().st_mode) for p in chain} == before
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
        copied = pg.server_bin_dir(node).is_relative_to(directory)
        assert copied == (os.geteuid() == 0)  # only another user needs the copy
    finally:
        if record is not None:
            stop(record, sig=signal.SIGINT)
        if directory != home / "postgres":
            pg.remove_private_directory(directory)
    assert not directory.exists() or directory == home / "postgres"


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
