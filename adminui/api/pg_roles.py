"""PostgreSQL login roles for rotation sets, through a direct driver connection.

OpenBao static roles rotate the password of a login role that must already exist, and
the database engine offers no way to run arbitrary SQL, so the console creates (and
drops) those roles itself with the admin credentials the user enters. The driver is
``pg8000``: pure Python (nothing native to bundle), SCRAM-SHA-256 authentication, and
enough for the handful of short statements needed here. Its calls are blocking, so
every public function here is a coroutine that runs them in a worker thread; every
connection is closed before the function returns.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import pg8000.exceptions
import pg8000.native

from adminui.core.sentence import Sentence

#: Names the console will create: lower case, digits and underscores, at most 63 bytes.
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
CONNECT_TIMEOUT = 10.0


class PostgresError(Exception):
    """A PostgreSQL operation failed; ``user_message`` is one sentence for people (a
    :class:`~adminui.core.sentence.Sentence` the interface can translate)."""

    def __init__(self, user_message: str, detail: str = "") -> None:
        self.user_message = user_message
        self.detail = detail
        super().__init__(f"{user_message} {detail}".strip())


@dataclass(frozen=True)
class PgEndpoint:
    """Where the console reaches PostgreSQL."""

    host: str
    port: int = 5432
    database: str = "postgres"

    @classmethod
    def from_url(cls, url: str) -> PgEndpoint:
        """Host, port and database of a ``postgresql://`` URL (templates allowed)."""
        parts = urlsplit(url)
        if parts.scheme not in ("postgres", "postgresql") or not parts.hostname:
            raise ValueError(f"not a postgresql:// URL with a host: {url!r}")
        database = unquote(parts.path.lstrip("/")) or "postgres"
        return cls(parts.hostname, parts.port or 5432, database)

    def plugin_url(self) -> str:
        """The templated URL OpenBao's PostgreSQL plugin expects for this endpoint."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{{{{username}}}}:{{{{password}}}}@{host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class PgCredentials:
    """A login for ``endpoint``; the password is never shown in repr."""

    endpoint: PgEndpoint
    user: str
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class LoginCheck:
    """Whether ``user`` could log in, and the server's message when it could not."""

    user: str
    ok: bool
    message: str = ""


def check_role_name(name: str) -> str:
    """``name`` if the console may create it as a login role, else ValueError."""
    if not ROLE_NAME.match(name):
        raise ValueError(
            Sentence(
                "{0} is not a valid role name: use lower-case letters, digits and "
                "underscores, starting with a letter or underscore (at most 63 characters).",
                repr(name),
            )
        )
    return name


def _connect(creds: PgCredentials) -> pg8000.native.Connection:
    endpoint = creds.endpoint
    try:
        return pg8000.native.Connection(
            creds.user,
            host=endpoint.host,
            port=endpoint.port,
            database=endpoint.database,
            password=creds.password,
            timeout=CONNECT_TIMEOUT,
            application_name="adminui",
        )
    except pg8000.exceptions.DatabaseError as exc:
        raise PostgresError(
            Sentence(
                "PostgreSQL refused the login of {0} at {1}.",
                creds.user,
                f"{endpoint.host}:{endpoint.port}",
            ),
            _server_message(exc),
        ) from None
    except (TimeoutError, OSError, pg8000.exceptions.InterfaceError) as exc:
        raise PostgresError(
            Sentence("PostgreSQL at {0} could not be reached.", f"{endpoint.host}:{endpoint.port}"),
            str(exc),
        ) from None


def _server_message(exc: BaseException) -> str:
    args = exc.args[0] if exc.args else None
    if isinstance(args, dict):
        return str(args.get("M", args))
    return str(exc)


def _run(creds: PgCredentials, statements: Sequence[tuple[str, dict[str, Any]]]) -> list[Any]:
    connection = _connect(creds)
    try:
        return [connection.run(sql, **params) for sql, params in statements]
    except pg8000.exceptions.DatabaseError as exc:
        raise PostgresError(
            Sentence("PostgreSQL refused a statement."), _server_message(exc)
        ) from None
    except (OSError, pg8000.exceptions.InterfaceError) as exc:
        raise PostgresError(Sentence("The connection to PostgreSQL was lost."), str(exc)) from None
    finally:
        connection.close()


def _existing(creds: PgCredentials, names: Sequence[str]) -> set[str]:
    rows = _run(
        creds,
        [("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)", {"names": list(names)})],
    )[0]
    return {str(row[0]) for row in rows}


async def existing_roles(creds: PgCredentials, names: Iterable[str]) -> set[str]:
    """Which of ``names`` already exist as roles."""
    return await asyncio.to_thread(_existing, creds, list(names))


def _create(creds: PgCredentials, names: Sequence[str]) -> list[str]:
    for name in names:
        check_role_name(name)
    present = _existing(creds, names)
    missing = [n for n in names if n not in present]
    statements: list[tuple[str, dict[str, Any]]] = [
        (
            f"CREATE ROLE {pg8000.native.identifier(name)} LOGIN PASSWORD "
            f"{pg8000.native.literal(secrets.token_urlsafe(32))}",
            {},
        )
        for name in missing
    ]
    if statements:
        _run(creds, statements)
    return missing


async def create_login_roles(creds: PgCredentials, names: Iterable[str]) -> list[str]:
    """Create the login roles of ``names`` that do not exist yet; returns those created.

    Existing roles are adopted as they are. A new role gets a random password that
    nobody sees: OpenBao replaces it as soon as the static role is created.
    """
    return await asyncio.to_thread(_create, creds, list(names))


def _drop(creds: PgCredentials, names: Sequence[str]) -> list[str]:
    present = _existing(creds, names)
    doomed = [n for n in names if n in present]
    if doomed:
        _run(creds, [(f"DROP ROLE {pg8000.native.identifier(n)}", {}) for n in doomed])
    return doomed


async def drop_login_roles(creds: PgCredentials, names: Iterable[str]) -> list[str]:
    """Drop the roles of ``names`` that exist; returns those dropped."""
    return await asyncio.to_thread(_drop, creds, list(names))


def _try_login(creds: PgCredentials) -> LoginCheck:
    try:
        rows = _run(creds, [("SELECT current_user", {})])[0]
    except PostgresError as exc:
        return LoginCheck(creds.user, False, exc.detail or exc.user_message)
    return LoginCheck(creds.user, rows == [[creds.user]])


async def try_login(creds: PgCredentials) -> LoginCheck:
    """Log in as ``creds.user`` and ask who we are; never raises for a refused login."""
    return await asyncio.to_thread(_try_login, creds)
