"""The local lab: one object that starts, inspects, damages and stops it.

``Lab.up()`` starts a 3-node OpenBao Raft cluster, a PostgreSQL server and a 3-node
Core cluster, all on 127.0.0.1 with ports chosen at start, and records every PID in
the lab directory. ``up`` is idempotent: a healthy running lab is reused; state left
by a crashed run is detected, whatever of it still runs is stopped, and the lab is
started afresh. ``down`` stops every process by PID.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from adminui.core.cluster import ClusterKind, ClusterSpec
from adminui.lab import core_cluster, openbao, postgres
from adminui.lab import sign_in as lab_sign_in
from adminui.lab.openbao import BaoNode, BaoNodeClient
from adminui.lab.procs import LabError, ProcessRecord, ProcessState, free_ports, wait_until
from adminui.lab.procs import is_running as record_is_running
from adminui.lab.procs import kill as kill_record
from adminui.lab.procs import stop as stop_record
from adminui.lab.state import STATE_FILE, LabState, StateDir, default_lab_dir
from adminui.lab.tls import LabTls, make_lab_tls

BAO_NODES = ("bao1", "bao2", "bao3")
POSTGRES = "postgres"
#: Where PostgreSQL keeps its data when that is not in the lab directory (state.extra).
POSTGRES_DIR = "postgres_dir"
#: The PostgreSQL superuser's password (state.secrets): every login needs one.
POSTGRES_SUPERUSER = "postgres_superuser_password"

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


@dataclass(frozen=True)
class ProcessStatus:
    """What ``status`` says about one lab process."""

    name: str
    pid: int
    state: ProcessState
    role: str = ""  # OpenBao: leader/standby/sealed…; Core: leader/follower/candidate…
    endpoint: str = ""


@dataclass(frozen=True)
class LabStatus:
    processes: list[ProcessStatus] = field(default_factory=list)

    @property
    def exists(self) -> bool:
        return bool(self.processes)

    def by_name(self, name: str) -> ProcessStatus:
        for proc in self.processes:
            if proc.name == name:
                return proc
        raise KeyError(name)


class Lab:
    """The lab living in one state directory."""

    def __init__(self, root: Path | None = None) -> None:
        self.dir = StateDir(root or default_lab_dir())
        self._state: LabState | None = None
        self._save_lock = threading.Lock()  # start-up saves from several threads

    # ----- state -------------------------------------------------------------------------
    @property
    def state(self) -> LabState:
        if self._state is None:
            self._state = self.dir.load()
        if self._state is None:
            raise LabError("The lab is not running: start it with `adminui lab up`.")
        return self._state

    def _save(self) -> None:
        assert self._state is not None
        with self._save_lock:
            self.dir.save(self._state)

    @property
    def root_token(self) -> str:
        return self.state.secrets["root_token"]

    @property
    def core_token(self) -> str:
        return self.state.secrets["core_token"]

    def bao_nodes(self) -> list[BaoNode]:
        ports = self.state.ports
        return [
            BaoNode(
                name,
                f"node{i}",
                ports[name]["api"],
                ports[name]["cluster"],
                self.dir.path(name),
                tls_port=ports[name].get("tls", 0),
                tls_dir=self.tls.directory,
            )
            for i, name in enumerate(BAO_NODES, start=1)
            if name in ports
        ]

    @property
    def tls(self) -> LabTls:
        """The lab CA's files (the nodes' TLS listener, the client certificate)."""
        return LabTls(self.dir.path("tls"))

    def sign_in_lines(self) -> list[str]:
        """Who can sign in to the lab's OpenBao cluster, how, and where the passwords are;
        and PostgreSQL's admin role (what rotation sets connect with)."""
        lines = lab_sign_in.describe(
            self.state, self.dir.path(STATE_FILE), self.tls, self.bao_nodes()
        )
        if POSTGRES in self.state.ports and "postgres_admin_password" in self.state.secrets:
            lines.append(
                f"PostgreSQL (rotation sets): {self.postgres().connection_url()}; the "
                f"password is in {self.dir.path(STATE_FILE)} under "
                "secrets.postgres_admin_password"
            )
        return lines

    def password(self, user: str) -> str:
        """A lab sign-in user's password (see ``sign_in_lines``)."""
        return self.state.secrets[lab_sign_in.password_key(user)]

    def bao_node(self, name: str) -> BaoNode:
        for node in self.bao_nodes():
            if node.name == name:
                return node
        raise LabError(f"The lab has no OpenBao node called {name!r}.")

    def postgres(self) -> postgres.PostgresNode:
        directory = self.state.extra.get(POSTGRES_DIR)
        return postgres.PostgresNode(
            self.state.ports[POSTGRES]["tcp"],
            Path(directory) if directory else self.dir.path(POSTGRES),
            self.state.secrets["postgres_admin_password"],
            self.state.secrets.get(POSTGRES_SUPERUSER, ""),
            str(self.dir.root),
        )

    def core_nodes(self) -> list[core_cluster.CoreNode]:
        return core_cluster.nodes_from_state(self.state, self.dir.root)

    def cluster_specs(self) -> list[ClusterSpec]:
        """The lab's two clusters, as the console watches them."""
        cores = self.core_nodes()
        return [
            ClusterSpec(
                "Lab OpenBao",
                ClusterKind.OPENBAO,
                tuple(n.api_url for n in self.bao_nodes()),
                environment="LAB",
            ),
            ClusterSpec(
                "Lab Core",
                ClusterKind.CORE,
                tuple(n.rest_url for n in cores),
                tuple(n.health_url for n in cores),
                environment="LAB",
            ),
        ]

    # ----- up ----------------------------------------------------------------------------
    def up(self, progress: Progress = _quiet) -> LabStatus:
        """Start the lab, or reuse it when it is already healthy."""
        existing = self.dir.load()
        if existing is not None:
            self._state = existing
            status = self.status()
            if self._is_healthy(status):
                progress("The lab is already running.")
                return status
            dead = [p.name for p in status.processes if p.state != "running"]
            progress(
                "Found state of an earlier lab that is not healthy"
                + (f" (not running: {', '.join(dead)})" if dead else "")
                + "; cleaning it up and starting afresh."
            )
            self.down(progress)
        self._stop_strays()
        self.dir.wipe()
        self.dir.ensure()
        self._state = LabState()
        try:
            self._start_all(progress)
        except BaseException:
            progress("Start failed; stopping what was started.")
            self.down(_quiet, wipe=False)
            raise
        return self.status()

    def _start_all(self, progress: Progress) -> None:
        state = self._state
        assert state is not None
        core_ports = core_cluster.PORTS_PER_NODE * core_cluster.INITIAL_NODES
        ports = free_ports(6 + 1 + core_ports + len(BAO_NODES) + 2)
        extra = ports[7 + core_ports :]
        for i, name in enumerate(BAO_NODES):
            state.ports[name] = {"api": ports[2 * i], "cluster": ports[2 * i + 1], "tls": extra[i]}
        state.ports[lab_sign_in.IDP] = {"api": extra[-2], "cluster": extra[-1]}
        state.ports[POSTGRES] = {"tcp": ports[6]}
        state.secrets["postgres_admin_password"] = secrets.token_urlsafe(18)
        state.secrets[POSTGRES_SUPERUSER] = secrets.token_urlsafe(18)
        pg_directory = postgres.private_directory(postgres.run_as(), self.dir.path(POSTGRES))
        if pg_directory != self.dir.path(POSTGRES):
            state.extra[POSTGRES_DIR] = str(pg_directory)
        state.secrets["core_token"] = secrets.token_urlsafe(24)
        lab_sign_in.make_passwords(state)
        core_cluster.assign_ports(state, ports[7 : 7 + core_ports])
        make_lab_tls(self.tls.directory)
        self._save()
        with ThreadPoolExecutor(max_workers=3) as pool:
            futures = [
                pool.submit(self._start_openbao, progress),
                pool.submit(self._start_postgres, progress),
                pool.submit(self._start_core, progress),
            ]
            errors = []
            for future in futures:
                try:
                    future.result()
                except LabError as exc:
                    errors.append(str(exc))
        if errors:
            raise LabError("\n\n".join(errors))
        self._save()

    def _remember(self, record: ProcessRecord) -> None:
        assert self._state is not None
        self._state.processes[record.name] = record
        self._save()

    def _start_openbao(self, progress: Progress) -> None:
        nodes = self.bao_nodes()
        first, joiners = nodes[0], nodes[1:]
        progress("Starting OpenBao nodes…")
        with ThreadPoolExecutor(max_workers=len(nodes)) as pool:
            for record in pool.map(openbao.start_node, nodes):
                self._remember(record)
        key, token = openbao.initialize(first)
        assert self._state is not None
        self._state.secrets["unseal_key"] = key
        self._state.secrets["root_token"] = token
        self._save()
        openbao.unseal(first, key)
        openbao.wait_role(first, {"leader"}, timeout=30)
        # Promote joined nodes to voters quickly (the default stabilisation time is 10 s).
        BaoNodeClient(first, token).ok(
            "POST",
            "sys/storage/raft/autopilot/configuration",
            {"server_stabilization_time": "1s", "cleanup_dead_servers": False},
        )
        progress("OpenBao node 1 initialised and unsealed; joining nodes 2 and 3…")
        for node in joiners:
            openbao.join(node, first)
            openbao.unseal(node, key)
        for node in joiners:
            openbao.wait_role(node, {"standby"}, timeout=30)
        # A node that joined and was never restarted ignores step-down once it leads
        # (OpenBao 2.7.2): restart each joined node once.
        with ThreadPoolExecutor(max_workers=len(joiners)) as pool:
            list(pool.map(lambda n: self.restart(n.name), joiners))
        progress("Waiting for autopilot to promote all 3 OpenBao nodes to voters…")
        openbao.wait_voters(nodes, token, count=3, timeout=45)
        leader = openbao.wait_leader(nodes, timeout=15)
        progress("OpenBao cluster ready: 3 voters.")
        self._start_sign_in(leader, progress)

    def _start_sign_in(self, leader: BaoNode, progress: Progress) -> None:
        """The OpenID provider, and the cluster's sign-in methods that use it."""
        state = self.state
        provider = lab_sign_in.idp_node(state, self.dir.root)
        assert provider is not None
        self._remember(lab_sign_in.start_idp(provider, state))
        self._save()
        clients = lab_sign_in.configure_idp(provider, state)
        lab_sign_in.configure_cluster(leader, state, provider, clients, self.tls)
        progress("Sign-in ready: userpass, LDAP's call, OIDC, JWT and cert.")

    def _start_postgres(self, progress: Progress) -> None:
        progress("Starting PostgreSQL…")
        node = self.postgres()
        postgres.initialise(node)
        self._remember(postgres.start(node))
        postgres.create_admin_role(node)
        progress("PostgreSQL ready.")

    def _start_core(self, progress: Progress) -> None:
        progress("Starting Core nodes…")
        for record in core_cluster.start_initial(self.state, self.dir.root):
            self._remember(record)
        core_cluster.wait_ready(self.core_nodes(), timeout=30)
        progress("Core cluster ready: 3 nodes.")

    def _is_healthy(self, status: LabStatus) -> bool:
        expected = {*BAO_NODES, POSTGRES, lab_sign_in.IDP, *core_cluster.initial_names()}
        running = {p.name for p in status.processes if p.state == "running"}
        if not expected <= running:
            return False
        bao_roles = [p.role for p in status.processes if p.name in BAO_NODES]
        return all(role in ("leader", "standby") for role in bao_roles)

    def _stop_strays(self) -> None:
        """Stop processes left running from this lab directory whose PIDs were lost.

        A stray is a program the lab starts (an OpenBao server, PostgreSQL, a Core node)
        naming this directory on its command line, running in a session of its own as the
        lab starts them. Anything in the caller's session (the shell or script that runs
        ``lab down``) and any other program that merely mentions the directory is left alone.
        """
        root = str(self.dir.root)
        own_session = os.getsid(0)
        private: list[Path] = []
        killed: list[psutil.Process] = []
        for proc in psutil.process_iter(["pid", "cmdline"]):
            cmdline = proc.info.get("cmdline") or []
            if not any(root in part for part in cmdline) or not _is_lab_program(cmdline):
                continue
            with contextlib.suppress(psutil.Error, OSError):
                if proc.pid != os.getpid() and os.getsid(proc.pid) != own_session:
                    proc.kill()
                    killed.append(proc)
                    private += postgres.private_directories_of(cmdline)
        if private:  # a PostgreSQL's own directory, outside the lab's: once it has ended
            psutil.wait_procs(killed, timeout=5)
            for directory in private:
                postgres.remove_private_directory(directory)

    # ----- status ------------------------------------------------------------------------
    def status(self) -> LabStatus:
        """Per process: running / stopped / dead, and each node's role."""
        state = self.dir.load()
        if state is None:
            return LabStatus()
        self._state = state
        rows: list[ProcessStatus] = []
        stopped = set(state.extra.get("stopped", []))
        for name, record in state.processes.items():
            if record_is_running(record):
                proc_state: ProcessState = "running"
            else:
                proc_state = "stopped" if name in stopped else "dead"
            role, endpoint = "", ""
            if name in BAO_NODES:
                node = self.bao_node(name)
                endpoint = node.api_url
                role = BaoNodeClient(node).role() if proc_state == "running" else ""
            elif name == POSTGRES:
                endpoint = f"{postgres.HOST}:{state.ports[POSTGRES]['tcp']}"
            elif name == lab_sign_in.IDP:
                provider = lab_sign_in.idp_node(state, self.dir.root)
                endpoint = provider.api_url if provider else ""
                role = "provider" if proc_state == "running" else ""
            else:
                core = core_cluster.node_by_name(self.core_nodes(), name)
                if core is not None:
                    endpoint = core.rest_url
                    role = core_cluster.role(core) if proc_state == "running" else ""
            rows.append(ProcessStatus(name, record.pid, proc_state, role, endpoint))
        return LabStatus(rows)

    # ----- damage and repair -----------------------------------------------------------
    def _record(self, name: str) -> ProcessRecord:
        try:
            return self.state.processes[name]
        except KeyError:
            raise LabError(f"The lab has no process called {name!r}.") from None

    def kill(self, name: str) -> None:
        """SIGKILL one lab process (a crash, as far as the cluster can tell)."""
        kill_record(self._record(name))

    def stop(self, name: str) -> None:
        """Stop one lab process gracefully; ``status`` then says 'stopped', not 'dead'."""
        stop_record(self._record(name))
        stopped = set(self.state.extra.get("stopped", []))
        stopped.add(name)
        self.state.extra["stopped"] = sorted(stopped)
        self._save()

    def restart(self, name: str) -> None:
        """Start a stopped or killed node again (OpenBao nodes are unsealed, and rejoin)."""
        record = self._record(name)
        if record_is_running(record):
            stop_record(record)
        if name in BAO_NODES:
            node = self.bao_node(name)
            self._remember(openbao.start_node(node))
            openbao.unseal(node, self.state.secrets["unseal_key"])
            openbao.wait_role(node, {"leader", "standby"}, timeout=30)
        elif name == POSTGRES:
            self._remember(postgres.start(self.postgres()))
        else:
            core = core_cluster.node_by_name(self.core_nodes(), name)
            if core is None:
                raise LabError(f"The lab has no process called {name!r}.")
            self._remember(core_cluster.start_node(core, self.state))
        stopped = set(self.state.extra.get("stopped", []))
        stopped.discard(name)
        self.state.extra["stopped"] = sorted(stopped)
        self._save()

    def join_core(self, node_id: str, fqdn: str) -> core_cluster.CoreNode:
        """Start one more Core node that joins the cluster as Core service ``node_id``
        (created beforehand through the REST API); ``status`` and ``down`` see it.
        Undo with :func:`adminui.lab.core_join.remove_from_lab`."""
        from adminui.lab import core_join

        node, record = core_join.join_node(self.state, self.dir.root, node_id, fqdn)
        self._remember(record)
        return node

    def seal(self, name: str) -> None:
        """Seal one OpenBao node (it keeps running and answers 503)."""
        node = self.bao_node(name)
        BaoNodeClient(node, self.root_token).ok("PUT", "sys/seal")
        openbao.wait_role(node, {"sealed"}, timeout=15)

    def unseal(self, name: str) -> None:
        node = self.bao_node(name)
        openbao.unseal(node, self.state.secrets["unseal_key"])
        openbao.wait_role(node, {"leader", "standby"}, timeout=30)

    def wait_healthy(self, timeout: float = 60.0) -> None:
        """Wait until OpenBao's autopilot reports every voter healthy (failure tolerance
        back to what 3 voters give) and the Core cluster has one leader."""
        nodes = self.bao_nodes()

        def bao_healthy() -> bool:
            state = openbao.autopilot_state(nodes, self.root_token)
            if not state or not state.get("healthy"):
                return False
            return int(state.get("failure_tolerance", 0)) >= (len(nodes) - 1) // 2

        if not wait_until(bao_healthy, timeout=timeout, interval=0.25):
            raise LabError(f"The OpenBao cluster did not become healthy within {timeout:.0f} s.")
        core_cluster.wait_ready(self.core_nodes(), timeout=timeout)

    def bao_leader(self, timeout: float = 30.0) -> BaoNode:
        running = [n for n in self.bao_nodes() if record_is_running(self._record(n.name))]
        return openbao.wait_leader(running, timeout)

    # ----- down --------------------------------------------------------------------------
    def down(self, progress: Progress = _quiet, *, wipe: bool = True) -> None:
        """Stop every process the lab started, by PID; remove the lab directory."""
        state = self.dir.load()
        if state is not None:
            records = list(state.processes.values())
            with ThreadPoolExecutor(max_workers=max(1, len(records))) as pool:
                list(pool.map(lambda r: stop_record(r, sig=_stop_signal(r)), records))
            for record in records:
                progress(f"Stopped {record.name} (PID {record.pid}).")
        self._stop_strays()
        if wipe:
            if state is not None and state.extra.get(POSTGRES_DIR):
                postgres.remove_private_directory(Path(state.extra[POSTGRES_DIR]))
            _wipe_with_retry(self.dir)
        self._state = None


def _stop_signal(record: ProcessRecord) -> int:
    # PostgreSQL: SIGINT is its "fast" shutdown; SIGTERM would wait for sessions to end.
    return signal.SIGINT if record.name == POSTGRES else signal.SIGTERM


def _wipe_with_retry(state_dir: StateDir) -> None:
    for _ in range(20):
        try:
            state_dir.wipe()
            return
        except OSError:
            time.sleep(0.1)
    shutil.rmtree(state_dir.root, ignore_errors=True)


#: Programs the lab starts: the OpenBao server, PostgreSQL, and the Core node module.
LAB_PROGRAMS = ("bao", "postgres")
CORE_NODE_MODULE = "adminui.lab.core_node"


def _is_lab_program(cmdline: list[str]) -> bool:
    return Path(cmdline[0]).name in LAB_PROGRAMS or CORE_NODE_MODULE in cmdline
