"""Rotation sets on the real lab: OpenBao static roles rotating real PostgreSQL logins.

A 2-member and a 3-member set (P = 30 s) are created, staggered and then watched over a
full period concurrently, so the whole file stays around a minute and a half.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from adminui.api import errors, pg_roles
from adminui.api.pg_roles import PgCredentials, PgEndpoint
from adminui.api.vault import VaultClient
from adminui.core.rotation import Member, assess, parse_server_time
from adminui.lab import Lab
from adminui.lab.postgres import ADMIN_ROLE, DATABASE, HOST
from adminui.monitor.rotation_service import (
    RotationService,
    RotationSet,
    RotationSetError,
    SetSpec,
)

pytestmark = [pytest.mark.lab, pytest.mark.slow]

NAMESPACE = "rotation-it"
PERIOD = 30.0
SAMPLE_EVERY = 1.5


@dataclass
class LabAccess:
    urls: list[str]
    token: str
    admin: PgCredentials = field(repr=False)

    def factory(self, index: int = 0) -> RotationService:
        def clients(namespace: str) -> VaultClient:
            return VaultClient.connect(self.urls[index], token=self.token, namespace=namespace)

        return RotationService(clients)


@pytest.fixture(scope="module")
def access(lab: Lab) -> Iterator[LabAccess]:
    leader = lab.bao_leader().api_url
    others = [n.api_url for n in lab.bao_nodes() if n.api_url != leader]
    pg = lab.postgres()
    admin = PgCredentials(PgEndpoint(HOST, pg.port, DATABASE), ADMIN_ROLE, pg.admin_password)
    the_access = LabAccess([leader, *others], lab.root_token, admin)

    async def make_namespace() -> None:
        async with VaultClient.connect(leader, token=lab.root_token) as vault:
            with contextlib.suppress(errors.BadRequest):  # left by an earlier run
                await vault.namespaces.create(NAMESPACE)

    asyncio.run(make_namespace())
    yield the_access


def spec(access: LabAccess, name: str, count: int, connection: str, **kw: object) -> SetSpec:
    options: dict[str, object] = {"create_connection": True, "admin": access.admin, **kw}
    return SetSpec(
        name=name,
        namespace=NAMESPACE,
        count=count,
        period=PERIOD,
        endpoint=access.admin.endpoint,
        connection=connection,
        **options,  # type: ignore[arg-type]
    )


async def creds_members(
    service: RotationService, rotation_set: RotationSet
) -> tuple[dict[str, int], dict[str, str], list[Member]]:
    """ttl and password per role, and the members as the credentials describe them."""
    all_creds = await asyncio.gather(
        *(service.credentials(rotation_set, m.role) for m in rotation_set.members)
    )
    ttls = {m.role: c.ttl for m, c in zip(rotation_set.members, all_creds, strict=True)}
    passwords = {m.role: c.password for m, c in zip(rotation_set.members, all_creds, strict=True)}
    members = [
        Member(m.role, parse_server_time(c.last_vault_rotation), c.rotation_period)
        for m, c in zip(rotation_set.members, all_creds, strict=True)
    ]
    return ttls, passwords, members


async def watch_full_period(
    service: RotationService, rotation_set: RotationSet
) -> dict[str, object]:
    """Sample the set over P + lag; check the choice and the guarantee at every sample.

    The guarantee stated at the start holds for the coming P − lag seconds; after that
    late rotations may have moved the stagger by up to the lag, which the live
    assessment states (and which must stay within one lag of the ideal).
    """
    status = await service.status(rotation_set)
    begin = time.time()
    start = status.assess(begin)
    assert start.staggered, start.gaps
    assert start.guarantee >= start.best_guarantee - 1.5
    seen: dict[str, set[str]] = {m.role: set() for m in rotation_set.members}
    samples = 0
    while time.time() < begin + PERIOD + service.lag + 1:
        ttls, passwords, members = await creds_members(service, rotation_set)
        now = time.time()
        live = assess(members, PERIOD, now, lag=service.lag)
        assert live.chosen is not None, ttls
        chosen = live.chosen
        # The choice has the longest remaining lifetime (ttl is in whole seconds), is
        # never a member still waiting for the server to rotate it, and never has less
        # than the guarantee.
        assert ttls[chosen] >= max(ttls.values()) - 1, (chosen, ttls)
        assert ttls[chosen] > 0
        assert live.chosen_remaining >= live.guarantee - 0.5, (chosen, ttls, live)
        if now - begin <= PERIOD - service.lag:
            assert live.chosen_remaining >= start.guarantee - 0.5, (chosen, ttls, start)
        assert live.guarantee >= start.best_guarantee - service.lag - 1.5, live
        user = rotation_set.member(chosen).username
        login = await pg_roles.try_login(
            PgCredentials(rotation_set.endpoint, user, passwords[chosen])
        )
        assert login.ok, login
        for role, password in passwords.items():
            seen[role].add(password)
        samples += 1
        await asyncio.sleep(SAMPLE_EVERY)
    return {"samples": samples, "seen": seen}


def test_two_sets_rotate_stagger_and_hand_out_the_longest_lived(access: LabAccess) -> None:
    service = access.factory(0)
    standby_service = access.factory(1)

    async def scenario() -> None:
        pair, triple = await asyncio.gather(
            service.create_set(spec(access, "it-pair", 2, "pg-pair")),
            service.create_set(spec(access, "it-triple", 3, "pg-triple")),
        )
        try:
            await checks(pair, triple)
        finally:
            for rotation_set in (pair, triple):
                with contextlib.suppress(errors.NotFound):  # deleted by the checks
                    await service.delete_set(
                        await service.load_set(NAMESPACE, rotation_set.name), access.admin
                    )

    async def checks(pair: RotationSet, triple: RotationSet) -> None:
        # Every admin sees the same sets, through any node.
        listing = await standby_service.list_sets(NAMESPACE)
        assert {s.name for s in listing.sets} >= {"it-pair", "it-triple"}
        stored = await standby_service.load_set(NAMESPACE, "it-triple")
        assert stored == triple
        assert stored.offset == pytest.approx(PERIOD / 3)
        exists = await pg_roles.existing_roles(access.admin, ["it_pair_1", "it_triple_3"])
        assert exists == {"it_pair_1", "it_triple_3"}

        with pytest.raises(RotationSetError):
            await service.create_set(spec(access, "it-pair", 2, "pg-pair"))

        first = await asyncio.gather(*(watch_full_period(service, s) for s in (pair, triple)))
        for rotation_set, result in zip((pair, triple), first, strict=True):
            assert result["samples"] >= PERIOD / (SAMPLE_EVERY + 1)
            seen = result["seen"]
            assert isinstance(seen, dict)
            # Every member was rotated by the server during the period.
            assert all(len(v) >= 2 for v in seen.values()), rotation_set.name
        for rotation_set in (pair, triple):
            checks_ = await service.verify(rotation_set)
            assert [c.ok for c in checks_] == [True] * len(rotation_set.members), checks_

        # Rotate-now: the rotated member becomes the longest-lived one, the old password
        # stops working and the new one logs in.
        before = await service.status(triple)
        victim = before.assess(time.time()).chosen
        assert victim is not None
        old = await service.credentials(triple, victim)
        after = await service.rotate_member(triple, victim)
        moved = {m.name: m for m in after.members}[victim]
        assert moved.last_rotation > {m.name: m for m in before.members}[victim].last_rotation
        assessment = after.assess(time.time())
        assert assessment.chosen == victim
        assert assessment.chosen_remaining >= PERIOD - 2
        new = await service.credentials(triple, victim)
        assert new.password != old.password
        user = triple.member(victim).username
        refused = await pg_roles.try_login(PgCredentials(triple.endpoint, user, old.password))
        accepted = await pg_roles.try_login(PgCredentials(triple.endpoint, user, new.password))
        assert (refused.ok, accepted.ok) == (False, True)

        # Another console changed the pair's record: deleting the set as this console
        # read it is refused before anything is deleted.
        async with VaultClient.connect(
            access.urls[0], token=access.token, namespace=NAMESPACE
        ) as vault:
            await vault.kv(pair.record_mount).write(
                pair.name, {**pair.to_record(), "created": "elsewhere"}, cas=1
            )
        with pytest.raises(RotationSetError, match="changed on the server"):
            await service.delete_set(pair, access.admin)
        assert await pg_roles.existing_roles(access.admin, ["it_pair_1"]) == {"it_pair_1"}
        pair = await service.load_set(NAMESPACE, "it-pair")
        assert (pair.record_version, pair.created) == (2, "elsewhere")

        # Deleting removes the static roles, the login roles and the record.
        report = await service.delete_set(pair, access.admin)
        assert set(report.static_roles) == {"it-pair-1", "it-pair-2"}
        assert set(report.login_roles) == {"it_pair_1", "it_pair_2"}
        async with VaultClient.connect(
            access.urls[0], token=access.token, namespace=NAMESPACE
        ) as vault:
            left = await vault.database().list_static_roles()
        assert not {"it-pair-1", "it-pair-2"} & set(left.keys)
        assert await pg_roles.existing_roles(access.admin, ["it_pair_1", "it_pair_2"]) == set()
        listing = await service.list_sets(NAMESPACE)
        assert "it-pair" not in {s.name for s in listing.sets}

    asyncio.run(scenario())


def test_a_failed_create_leaves_nothing_behind(access: LabAccess) -> None:
    service = access.factory(0)
    bad = spec(access, "it-broken", 2, "no-such-connection", create_connection=False)

    async def scenario() -> None:
        with pytest.raises(errors.NotFound):
            await service.create_set(bad)
        listing = await service.list_sets(NAMESPACE)
        assert "it-broken" not in {s.name for s in listing.sets}
        assert await pg_roles.existing_roles(access.admin, bad.usernames()) == set()
        # Wrong admin password: a clear PostgreSQL error, and the new connection is gone.
        wrong = PgCredentials(access.admin.endpoint, ADMIN_ROLE, "wrong-password")
        with pytest.raises((errors.BadRequest, pg_roles.PostgresError)):
            await service.create_set(spec(access, "it-broken", 2, "pg-broken", admin=wrong))
        connections = await service.list_connections(NAMESPACE)
        assert "pg-broken" not in {c.name for c in connections}

    asyncio.run(scenario())
