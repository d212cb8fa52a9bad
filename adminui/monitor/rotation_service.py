"""Rotation sets on a live cluster: create, watch, rotate, re-stagger, verify, delete.

A set lives in one namespace: N PostgreSQL login roles, one OpenBao database static role
per member (period P), and a KV v2 record (mount :data:`RECORD_MOUNT` by default, path =
the set's name) that every admin and consumer reads the same way. OpenBao 2.7 ignores
``rotation_schedule`` when ``rotation_period`` is set (see :mod:`adminui.core.rotation`),
so the stagger is made by rotating member i at t0 + i·P/N; that takes up to one period,
and the plan is always recomputed from the live state, so an interrupted stagger is
simply run again. Times come from the server's ``last_vault_rotation``; the console's
clock is assumed to be synchronised with the servers'.

Every operation opens its own client through the injected factory (which follows the
leading node) and closes it before returning. Nothing here imports Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from adminui.api import pg_roles
from adminui.api.errors import BadRequest, BadResponse, NotFound, VaultError
from adminui.api.pg_roles import LoginCheck, PgCredentials, PgEndpoint
from adminui.api.vault import VaultClient
from adminui.api.vault_models import DatabaseConnection, StaticCreds
from adminui.core.namespaces import natural_sorted
from adminui.core.rotation import (
    DEFAULT_ROTATION_LAG,
    MIN_PERIOD,
    Assessment,
    Member,
    PlannedRotation,
    assess,
    parse_server_time,
    stagger_plan,
)
from adminui.core.sentence import Sentence

RECORD_MOUNT = "rotation-sets"
RECORD_VERSION = 1
POSTGRES_PLUGIN = "postgresql-database-plugin"
SET_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_MEMBERS = 16

ClientFactory = Callable[[str], VaultClient]
#: Progress callback: (what is happening, a Sentence; fraction done 0..1). Called on the
#: loop thread.
Progress = Callable[[str, float], None]
Sleep = Callable[[float], Awaitable[None]]


class RotationSetError(Exception):
    """A rotation-set request that cannot be carried out; ``user_message`` (a Sentence)
    says why."""

    def __init__(self, user_message: str, detail: str = "") -> None:
        self.user_message = user_message
        self.detail = detail
        super().__init__(f"{user_message} {detail}".strip())


def _no_progress(_message: str, _fraction: float) -> None:
    return None


@dataclass(frozen=True)
class SetMember:
    """One member: its OpenBao static role and the PostgreSQL login role it rotates."""

    role: str
    username: str


@dataclass(frozen=True)
class RotationSet:
    """A set's definition, as stored in its KV record."""

    name: str
    namespace: str
    mount: str
    connection: str
    period: float
    members: tuple[SetMember, ...]
    endpoint: PgEndpoint
    anchor: float = 0.0
    created: str = ""
    record_mount: str = RECORD_MOUNT
    #: The KV version of the record this was read from (0: not read from the server).
    record_version: int = 0

    @property
    def offset(self) -> float:
        """The stagger step P/N."""
        return self.period / len(self.members) if self.members else 0.0

    def member(self, role: str) -> SetMember:
        for member in self.members:
            if member.role == role:
                return member
        raise KeyError(role)

    def to_record(self) -> dict[str, Any]:
        """The KV data written for this set."""
        return {
            "version": RECORD_VERSION,
            "name": self.name,
            "namespace": self.namespace,
            "mount": self.mount,
            "connection": self.connection,
            "period": self.period,
            "offset": self.offset,
            "anchor": self.anchor,
            "created": self.created,
            "members": [{"role": m.role, "username": m.username} for m in self.members],
            "postgres": {
                "host": self.endpoint.host,
                "port": self.endpoint.port,
                "database": self.endpoint.database,
            },
        }

    @classmethod
    def from_record(
        cls,
        data: Mapping[str, Any],
        *,
        namespace: str,
        record_mount: str = RECORD_MOUNT,
        record_version: int = 0,
    ) -> RotationSet:
        """Parse a KV record; ValueError when it is not a rotation-set record."""
        try:
            members = tuple(SetMember(str(m["role"]), str(m["username"])) for m in data["members"])
            pg = data.get("postgres") or {}
            endpoint = PgEndpoint(
                str(pg.get("host", "")), int(pg.get("port", 5432)), str(pg.get("database", ""))
            )
            period = float(data["period"])
            result = cls(
                name=str(data["name"]),
                namespace=namespace,
                mount=str(data["mount"]),
                connection=str(data["connection"]),
                period=period,
                members=members,
                endpoint=endpoint,
                anchor=float(data.get("anchor", 0.0)),
                created=str(data.get("created", "")),
                record_mount=record_mount,
                record_version=record_version,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(
                Sentence("not a rotation-set record ({0}: {1})", type(exc).__name__, str(exc))
            ) from None
        if not members or period <= 0:
            raise ValueError(Sentence("a rotation-set record needs members and a positive period"))
        return result


@dataclass(frozen=True)
class SetListing:
    """The sets of one namespace, and records that could not be read as sets."""

    namespace: str
    sets: tuple[RotationSet, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class SetStatus:
    """A set's members as the server last reported them."""

    rotation_set: RotationSet
    observed_at: float
    members: tuple[Member, ...]
    missing: tuple[str, ...] = ()
    lag: float = DEFAULT_ROTATION_LAG

    def assess(self, now: float) -> Assessment:
        """Choice, guarantee and stagger health at ``now``."""
        return assess(self.members, self.rotation_set.period, now, lag=self.lag)


@dataclass(frozen=True)
class MemberCheck:
    """Whether a member's current password logs in to PostgreSQL."""

    role: str
    username: str
    ok: bool
    message: str = ""


@dataclass(frozen=True)
class DeleteReport:
    """What a delete removed."""

    static_roles: tuple[str, ...] = ()
    login_roles: tuple[str, ...] = ()
    record_deleted: bool = False


@dataclass(frozen=True)
class SetSpec:
    """What the user asked for when creating a set."""

    name: str
    namespace: str
    count: int
    period: float
    endpoint: PgEndpoint
    connection: str
    mount: str = "database"
    create_connection: bool = False
    admin: PgCredentials | None = field(default=None, repr=False)
    username_prefix: str = ""
    plugin_url: str = ""

    def role_names(self) -> list[str]:
        return [f"{self.name}-{i}" for i in range(1, self.count + 1)]

    def usernames(self) -> list[str]:
        prefix = self.username_prefix or self.name.replace("-", "_") + "_"
        return [f"{prefix}{i}" for i in range(1, self.count + 1)]

    def validate(self) -> None:
        """RotationSetError with a sentence for people when the request is not valid."""
        if not SET_NAME.match(self.name):
            raise RotationSetError(
                Sentence(
                    "A set name uses lower-case letters, digits and dashes (at most 40), "
                    "starting with a letter or digit."
                )
            )
        if not 2 <= self.count <= MAX_MEMBERS:
            raise RotationSetError(Sentence("A set needs between 2 and {0} members.", MAX_MEMBERS))
        if self.period < MIN_PERIOD or self.period != int(self.period):
            raise RotationSetError(
                Sentence(
                    "The period must be a whole number of seconds, at least {0:g}.", MIN_PERIOD
                )
            )
        if not self.connection.strip():
            raise RotationSetError(Sentence("Choose a database connection or name a new one."))
        if self.create_connection and self.admin is None:
            raise RotationSetError(
                Sentence("A new connection needs the PostgreSQL admin credentials.")
            )
        try:
            for name in self.usernames():
                pg_roles.check_role_name(name)
        except ValueError as exc:
            raise RotationSetError(Sentence("The account names are not valid."), str(exc)) from None


class RotationService:
    """Rotation sets through the API layer; every method is a coroutine for the loop."""

    def __init__(
        self,
        clients: ClientFactory,
        *,
        record_mount: str = RECORD_MOUNT,
        lag: float = DEFAULT_ROTATION_LAG,
        clock: Callable[[], float] = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._clients = clients
        self.record_mount = record_mount
        self.lag = lag
        self._clock = clock
        self._sleep = sleep

    # -- reading ---------------------------------------------------------------------

    async def list_namespaces(self) -> list[str]:
        """'' (the root) and every namespace below it, in natural order."""
        async with self._clients("") as vault:
            listing = await vault.namespaces.scan()
        return ["", *natural_sorted(n.path.strip("/") for n in listing.namespaces)]

    async def list_sets(self, namespace: str) -> SetListing:
        """Every set recorded in ``namespace`` (none when the record mount is missing)."""
        async with self._clients(namespace) as vault:
            kv = vault.kv(self.record_mount)
            try:
                keys = [k for k in (await kv.list()).keys if not k.endswith("/")]
            except NotFound:
                return SetListing(namespace)
            records = await asyncio.gather(*(kv.read(key) for key in keys), return_exceptions=True)
        sets: list[RotationSet] = []
        problems: list[str] = []
        for key, record in zip(keys, records, strict=True):
            if isinstance(record, BaseException):
                if not isinstance(record, VaultError):
                    raise record
                problems.append(Sentence("{0}: {1}", key, record.user_message))
                continue
            try:
                sets.append(
                    RotationSet.from_record(
                        record.data,
                        namespace=namespace,
                        record_mount=self.record_mount,
                        record_version=record.metadata.version,
                    )
                )
            except ValueError as exc:
                reason = exc.args[0] if exc.args else None
                problems.append(
                    Sentence("{0}: {1}", key, reason if isinstance(reason, Sentence) else str(exc))
                )
        return SetListing(namespace, tuple(sorted(sets, key=lambda s: s.name)), tuple(problems))

    async def load_set(self, namespace: str, name: str) -> RotationSet:
        async with self._clients(namespace) as vault:
            record = await vault.kv(self.record_mount).read(name)
        try:
            return RotationSet.from_record(
                record.data,
                namespace=namespace,
                record_mount=self.record_mount,
                record_version=record.metadata.version,
            )
        except ValueError as exc:
            raise RotationSetError(
                Sentence("The record of set {0} is not valid.", name), str(exc)
            ) from None

    async def list_connections(
        self, namespace: str, mount: str = "database"
    ) -> list[DatabaseConnection]:
        """The database connections of ``mount`` (none when the mount is missing)."""
        async with self._clients(namespace) as vault:
            db = vault.database(mount)
            try:
                names = (await db.list_connections()).keys
            except NotFound:
                return []
            return list(await asyncio.gather(*(db.read_connection(n) for n in names)))

    async def status(self, rotation_set: RotationSet) -> SetStatus:
        """Each member's last rotation, read from its static role (no password read)."""
        async with self._clients(rotation_set.namespace) as vault:
            return await self._status(vault, rotation_set)

    async def _status(self, vault: VaultClient, rotation_set: RotationSet) -> SetStatus:
        db = vault.database(rotation_set.mount)
        answers = await asyncio.gather(
            *(db.read_static_role(m.role) for m in rotation_set.members), return_exceptions=True
        )
        observed = self._clock()
        members: list[Member] = []
        missing: list[str] = []
        for member, answer in zip(rotation_set.members, answers, strict=True):
            if isinstance(answer, NotFound):
                missing.append(member.role)
                continue
            if isinstance(answer, BaseException):
                raise answer
            try:
                last = parse_server_time(answer.last_vault_rotation)
            except ValueError:
                raise BadResponse(
                    f"static role {member.role} has no valid last_vault_rotation",
                    node=answer.node,
                ) from None
            members.append(Member(member.role, last, answer.rotation_period or rotation_set.period))
        return SetStatus(rotation_set, observed, tuple(members), tuple(missing), self.lag)

    async def credentials(self, rotation_set: RotationSet, role: str) -> StaticCreds:
        """The member's current username and password (only when the user asks)."""
        rotation_set.member(role)
        async with self._clients(rotation_set.namespace) as vault:
            return await vault.database(rotation_set.mount).static_creds(role)

    async def verify(self, rotation_set: RotationSet) -> list[MemberCheck]:
        """Log in to PostgreSQL with each member's current password."""
        async with self._clients(rotation_set.namespace) as vault:
            db = vault.database(rotation_set.mount)
            creds = await asyncio.gather(
                *(db.static_creds(m.role) for m in rotation_set.members), return_exceptions=True
            )
        checks: list[Awaitable[LoginCheck]] = []
        for member, answer in zip(rotation_set.members, creds, strict=True):
            if isinstance(answer, VaultError):
                checks.append(_failed(member.username, answer.user_message))
            elif isinstance(answer, BaseException):
                raise answer
            else:
                login = PgCredentials(rotation_set.endpoint, answer.username, answer.password)
                checks.append(pg_roles.try_login(login))
        results = await asyncio.gather(*checks)
        return [
            MemberCheck(m.role, m.username, r.ok, r.message)
            for m, r in zip(rotation_set.members, results, strict=True)
        ]

    # -- changing --------------------------------------------------------------------

    async def rotate_member(self, rotation_set: RotationSet, role: str) -> SetStatus:
        """Rotate one member now and return the new status."""
        rotation_set.member(role)
        async with self._clients(rotation_set.namespace) as vault:
            await vault.database(rotation_set.mount).rotate_role(role)
            return await self._status(vault, rotation_set)

    def plan(self, status: SetStatus, now: float | None = None) -> tuple[PlannedRotation, ...]:
        """The rotations a re-stagger would make, from ``status``."""
        moment = self._clock() if now is None else now
        return stagger_plan(status.members, status.rotation_set.period, moment)

    async def restagger(
        self, rotation_set: RotationSet, progress: Progress | None = None
    ) -> SetStatus:
        """Rotate members at their slots until rotations are P/N apart (up to one period)."""
        report = progress or _no_progress
        async with self._clients(rotation_set.namespace) as vault:
            status = await self._status(vault, rotation_set)
            if status.missing:
                raise RotationSetError(
                    Sentence("Some members have no static role; the set cannot be re-staggered."),
                    ", ".join(status.missing),
                )
            await self._run_plan(vault, rotation_set, self.plan(status), report)
            return await self._status(vault, rotation_set)

    async def _run_plan(
        self,
        vault: VaultClient,
        rotation_set: RotationSet,
        plan: Sequence[PlannedRotation],
        report: Progress,
    ) -> None:
        db = vault.database(rotation_set.mount)
        start = self._clock()
        end = plan[-1].at if plan else start
        span = max(end - start, 1e-9)
        for index, step in enumerate(plan, start=1):
            while (wait := step.at - self._clock()) > 0:
                fraction = min(1.0, max(0.0, (self._clock() - start) / span))
                report(
                    Sentence("Waiting to rotate {0} (in {1:.0f} s)", step.member, wait), fraction
                )
                await self._sleep(min(wait, 1.0))
            await db.rotate_role(step.member)
            report(
                Sentence("Rotated {0} ({1} of {2})", step.member, index, len(plan)),
                min(1.0, index / len(plan)),
            )
        report(Sentence("Staggered"), 1.0)

    async def create_set(self, spec: SetSpec, progress: Progress | None = None) -> RotationSet:
        """Create accounts, static roles and the record, then stagger the members.

        What was created before a failure is removed again (the record last of all).
        A failure while staggering leaves a working set that can be re-staggered.
        """
        spec.validate()
        report = progress or _no_progress
        undo: list[Callable[[], Awaitable[object]]] = []
        async with self._clients(spec.namespace) as vault:
            try:
                rotation_set = await self._create(vault, spec, report, undo)
            except BaseException:
                for step in reversed(undo):
                    with contextlib.suppress(VaultError, pg_roles.PostgresError):
                        await step()
                raise
            report(Sentence("Staggering the members"), 0.0)
            status = await self._status(vault, rotation_set)
            plan = stagger_plan(
                status.members, spec.period, self._clock(), anchor=rotation_set.members[0].role
            )
            await self._run_plan(vault, rotation_set, plan, report)
        return rotation_set

    async def _create(
        self,
        vault: VaultClient,
        spec: SetSpec,
        report: Progress,
        undo: list[Callable[[], Awaitable[object]]],
    ) -> RotationSet:
        kv = vault.kv(self.record_mount)
        db = vault.database(spec.mount)
        report(Sentence("Checking the namespace"), 0.0)
        try:
            await kv.read_metadata(spec.name)
        except NotFound:
            pass
        else:
            raise RotationSetError(Sentence("A set named {0} already exists here.", spec.name))
        await _ensure_mount(vault, self.record_mount, "kv", {"version": "2"})
        await _ensure_mount(vault, spec.mount, "database")
        roles, usernames = spec.role_names(), spec.usernames()
        taken = set((await db.list_static_roles()).keys) & set(roles)
        if taken:
            raise RotationSetError(
                Sentence("Static roles with these names already exist."), ", ".join(sorted(taken))
            )
        if spec.create_connection:
            assert spec.admin is not None  # checked by validate()
            report(Sentence("Creating the connection"), 0.1)
            await db.write_connection(
                spec.connection,
                plugin_name=POSTGRES_PLUGIN,
                connection_url=spec.plugin_url or spec.endpoint.plugin_url(),
                username=spec.admin.user,
                password=spec.admin.password,
            )
            undo.append(lambda: db.delete_connection(spec.connection))
        else:
            await db.read_connection(spec.connection)
        if spec.admin is not None:
            report(Sentence("Creating the PostgreSQL login roles"), 0.2)
            admin = spec.admin
            created = await pg_roles.create_login_roles(admin, usernames)
            if created:
                undo.append(lambda: pg_roles.drop_login_roles(admin, created))
        for index, (role, username) in enumerate(zip(roles, usernames, strict=True)):
            report(Sentence("Creating static role {0}", role), 0.3 + 0.5 * index / spec.count)
            await db.write_static_role(
                role, db_name=spec.connection, username=username, rotation_period=int(spec.period)
            )
            undo.append(lambda role=role: db.delete_static_role(role))  # type: ignore[misc]
        first = await db.read_static_role(roles[0])
        rotation_set = RotationSet(
            name=spec.name,
            namespace=spec.namespace,
            mount=spec.mount,
            connection=spec.connection,
            period=float(spec.period),
            members=tuple(SetMember(r, u) for r, u in zip(roles, usernames, strict=True)),
            endpoint=spec.endpoint,
            anchor=parse_server_time(first.last_vault_rotation),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            record_mount=self.record_mount,
        )
        report(Sentence("Saving the set record"), 0.9)
        written = await kv.write(spec.name, rotation_set.to_record(), cas=0)
        return replace(rotation_set, record_version=written.version)

    async def delete_set(
        self,
        rotation_set: RotationSet,
        admin: PgCredentials | None = None,
        progress: Progress | None = None,
    ) -> DeleteReport:
        """Delete the static roles, the login roles (with ``admin``), then the record."""
        report = progress or _no_progress
        deleted: list[str] = []
        async with self._clients(rotation_set.namespace) as vault:
            await _check_record_unmoved(vault, rotation_set)
            db = vault.database(rotation_set.mount)
            for index, member in enumerate(rotation_set.members):
                report(
                    Sentence("Deleting static role {0}", member.role),
                    index / len(rotation_set.members),
                )
                try:
                    await db.delete_static_role(member.role)
                except NotFound:
                    continue
                deleted.append(member.role)
            dropped: list[str] = []
            if admin is not None:
                report(Sentence("Dropping the PostgreSQL login roles"), 0.8)
                dropped = await pg_roles.drop_login_roles(
                    admin, [m.username for m in rotation_set.members]
                )
            report(Sentence("Deleting the set record"), 0.9)
            await vault.kv(rotation_set.record_mount).delete_all(rotation_set.name)
        report(Sentence("Deleted"), 1.0)
        return DeleteReport(tuple(deleted), tuple(dropped), True)


async def _check_record_unmoved(vault: VaultClient, rotation_set: RotationSet) -> None:
    """Refuse (RotationSetError) when the set's record is gone or has a newer version
    than the one ``rotation_set`` was read from: another console changed the set, and
    deleting what this one saw could remove roles it no longer has."""
    if not rotation_set.record_version or vault.transport.read_only:
        return  # not read from the server / the delete is refused without being sent
    try:
        now = await vault.kv(rotation_set.record_mount).read_metadata(rotation_set.name)
    except NotFound:
        raise RotationSetError(
            Sentence("Set {0} was already deleted.", rotation_set.name)
        ) from None
    if now.current_version != rotation_set.record_version:
        raise RotationSetError(
            Sentence(
                "Set {0} changed on the server since it was read (version {1}, now {2}); "
                "nothing was deleted. Load the sets again and look before deleting.",
                rotation_set.name,
                rotation_set.record_version,
                now.current_version,
            )
        )


async def _ensure_mount(
    vault: VaultClient, path: str, engine: str, options: Mapping[str, str] | None = None
) -> None:
    """Enable ``engine`` at ``path`` unless it is there (another admin may race us)."""
    mount = (await vault.mounts.list()).get(path)
    if mount is None:
        try:
            await vault.mounts.enable(path, engine, options=options)
            return
        except BadRequest:
            mount = (await vault.mounts.list()).get(path)
            if mount is None:
                raise
    wanted_version = (options or {}).get("version")
    if mount.type != engine or (
        wanted_version and mount.options.get("version", "1") != wanted_version
    ):
        if wanted_version:
            raise RotationSetError(
                Sentence(
                    "The mount {0} exists but is not a {1} engine version {2}.",
                    path,
                    engine,
                    wanted_version,
                )
            )
        raise RotationSetError(
            Sentence("The mount {0} exists but is not a {1} engine.", path, engine)
        )


async def _failed(user: str, message: str) -> LoginCheck:
    return LoginCheck(user, False, message)
