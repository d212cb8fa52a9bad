"""Rate-limit quotas through the API layer: list, save and delete without lost updates.

OpenBao keeps no version for a quota, so a save or a delete reads the quota again right
before it writes and refuses (:class:`QuotaMoved`) when it is no longer the one the user
started from: another console changed, created or deleted it meanwhile. Quota endpoints
answer in the root namespace only. Nothing here imports Qt.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from adminui.api.errors import NotFound
from adminui.api.vault import VaultClient
from adminui.api.vault_models import Ack, RateLimitQuota
from adminui.core.quota_rules import QuotaSpec, format_duration
from adminui.core.sentence import Sentence

#: Opens a client for a namespace; the caller closes it (a connection's ``vault``).
ClientFactory = Callable[[str], VaultClient]


class QuotaMoved(Exception):
    """The quota on the server is not the one the change was made against.

    ``current`` is what the server holds now (None: it does not exist).
    """

    def __init__(self, name: str, current: RateLimitQuota | None) -> None:
        super().__init__(
            Sentence(
                "Quota {0} changed on the server since it was read; nothing was written.", name
            )
        )
        self.name = name
        self.current = current


@dataclass(frozen=True)
class QuotaValues:
    """What a person sets on a quota, in comparable form (intervals in seconds)."""

    path: str
    rate: float
    interval: float
    block_interval: float

    @classmethod
    def of_quota(cls, quota: RateLimitQuota) -> QuotaValues:
        return cls(quota.path.strip("/"), quota.rate, quota.interval, quota.block_interval)

    @classmethod
    def of_spec(cls, spec: QuotaSpec) -> QuotaValues:
        return cls(spec.path.strip("/"), spec.rate, spec.interval, spec.block_interval)


def same_quota(a: RateLimitQuota | None, b: RateLimitQuota | None) -> bool:
    """Whether two reads of a quota hold the same settings (None: absent)."""
    if a is None or b is None:
        return a is b
    return QuotaValues.of_quota(a) == QuotaValues.of_quota(b)


@dataclass(frozen=True)
class QuotaChange:
    """One setting in the three-way view: as opened, on the server now, as typed."""

    label: str
    opened: str
    server: str
    mine: str


def _rows(values: QuotaValues | None) -> dict[str, str]:
    if values is None:
        return dict.fromkeys(_LABELS, "—")
    return {
        _LABELS[0]: values.path or "/",
        _LABELS[1]: f"{values.rate:g}",
        _LABELS[2]: format_duration(values.interval),
        _LABELS[3]: format_duration(values.block_interval) if values.block_interval else "—",
    }


_LABELS = (Sentence("Path"), Sentence("Rate"), Sentence("Interval"), Sentence("Block"))


def three_way(
    opened: RateLimitQuota | None, server: RateLimitQuota | None, mine: QuotaSpec
) -> list[QuotaChange]:
    """Each setting that differs anywhere between what was opened, the server's and
    the form's (``None`` for a quota that did not exist)."""
    rows = (
        _rows(QuotaValues.of_quota(opened) if opened else None),
        _rows(QuotaValues.of_quota(server) if server else None),
        _rows(QuotaValues.of_spec(mine)),
    )
    return [
        QuotaChange(label, rows[0][label], rows[1][label], rows[2][label])
        for label in _LABELS
        if len({rows[0][label], rows[1][label], rows[2][label]}) > 1
    ]


def in_namespace(quota: RateLimitQuota, namespace: str) -> bool:
    """Whether ``quota`` limits ``namespace`` or something inside it ('' shows all)."""
    ns = namespace.strip("/")
    path = quota.path.strip("/")
    return not ns or path == ns or path.startswith(ns + "/")


class QuotaService:
    """Every quota request of the page; each method is a coroutine for the loop."""

    def __init__(self, clients: ClientFactory) -> None:
        self._clients = clients

    async def list(self, namespace: str) -> list[RateLimitQuota]:
        """The quotas on ``namespace`` and below ('' lists all), by name."""
        async with self._clients("") as vault:
            names = (await vault.quotas.list_rate_limits()).keys
            quotas = await asyncio.gather(*(vault.quotas.read_rate_limit(n) for n in names))
        return sorted((q for q in quotas if in_namespace(q, namespace)), key=lambda q: q.name)

    async def read(self, name: str) -> RateLimitQuota | None:
        """Quota ``name`` as the server holds it now (None: there is none)."""
        async with self._clients("") as vault:
            return await _read(vault, name)

    async def save(self, spec: QuotaSpec, opened: RateLimitQuota | None) -> Ack:
        """Write ``spec``, unless the quota moved away from ``opened`` (None: it was new)
        since the form was filled in: then :class:`QuotaMoved`, and nothing is written."""
        async with self._clients("") as vault:
            await _check_unmoved(vault, spec.name, opened)
            return await vault.quotas.write_rate_limit(
                spec.name,
                rate=spec.rate,
                path=spec.path,
                interval=format_duration(spec.interval),
                block_interval=format_duration(spec.block_interval) if spec.block_interval else 0,
            )

    async def delete(self, listed: RateLimitQuota) -> Ack:
        """Delete the quota ``listed`` shows, unless it changed since it was listed."""
        async with self._clients("") as vault:
            await _check_unmoved(vault, listed.name, listed)
            return await vault.quotas.delete_rate_limit(listed.name)


async def _read(vault: VaultClient, name: str) -> RateLimitQuota | None:
    try:
        return await vault.quotas.read_rate_limit(name)
    except NotFound:
        return None


async def _check_unmoved(vault: VaultClient, name: str, expected: RateLimitQuota | None) -> None:
    """Raise :class:`QuotaMoved` unless quota ``name`` is still ``expected``.

    A read-only connection skips the look: its transport refuses (and records) the
    write that follows without sending it.
    """
    if vault.transport.read_only:
        return
    current = await _read(vault, name)
    if not same_quota(current, expected):
        raise QuotaMoved(name, current)
