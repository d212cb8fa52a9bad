"""Requests per namespace from OpenBao's route metrics, and a ranking over a window.

OpenBao 2.7 (telemetry with a Prometheus retention) times every request in a summary
whose *name* carries the operation, the namespace path and the mount, with every
character outside ``[a-zA-Z0-9_]`` turned into ``_``::

    vault_route_read_team_a_kv_v2__count 12   # GET  team-a/kv-v2/...
    vault_route_list_t1_t2_sys__count 3       # LIST t1/t2/sys/...
    vault_route_update_sys__count 8           # root namespace, mount sys/

Names are ambiguous on their own (``t1_t2`` may be ``t1/t2`` or ``t1_t2``), so they are
matched against the namespaces known from the tree: the longest known namespace whose
mangled path is a prefix wins; what matches none belongs to the root namespace.
Counts are per node and vanish after the retention time without requests: a count
that went down (or disappeared) restarted, so its new value is the increase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from adminui.core.metrics import Sample

ROUTE_PREFIX = "vault_route_"
OPERATIONS = (
    "create",
    "read",
    "update",
    "delete",
    "list",
    "scan",
    "patch",
    "help",
    "alias-lookahead",
    "header",
    "resolve-role",
    "rollback",
    "renew",
    "revoke",
)
_MANGLE = re.compile(r"[^a-zA-Z0-9_]")
ROOT = ""

#: How to turn per-namespace request metrics on, for the view to show when they are missing.
ENABLE_HINT = (
    "Add a telemetry stanza to every server's configuration and restart it:\n"
    'telemetry {\n  prometheus_retention_time = "60s"\n  disable_hostname = true\n}\n'
    "then read sys/metrics?format=prometheus with a token allowed to (root, or a policy "
    'granting "read" on sys/metrics).'
)


def mangle(text: str) -> str:
    """How the metrics library writes a path inside a metric name."""
    return _MANGLE.sub("_", text)


@dataclass(frozen=True)
class RouteCount:
    """Requests counted by one route metric."""

    operation: str
    rest: str  # mangled namespace path + mount, e.g. ``team_a_kv_v2_``
    count: float


def route_counts(samples: Iterable[Sample]) -> list[RouteCount]:
    """The ``vault_route_<op>_<namespace+mount>_count`` samples."""
    found = []
    ops = sorted((mangle(op) for op in OPERATIONS), key=len, reverse=True)
    for sample in samples:
        name = sample.name
        if not (name.startswith(ROUTE_PREFIX) and name.endswith("_count")):
            continue
        body = name[len(ROUTE_PREFIX) : -len("_count")]
        for op in ops:
            if body.startswith(op + "_"):
                found.append(RouteCount(op, body[len(op) + 1 :], sample.value))
                break
    return found


class NamespaceMatcher:
    """Attributes mangled route names to known namespace paths (longest prefix wins)."""

    def __init__(self, namespaces: Iterable[str]) -> None:
        self._by_mangled: dict[str, str] = {}
        for path in namespaces:
            if path:
                self._by_mangled.setdefault(mangle(path) + "_", path)
        self._lengths = sorted({len(k) for k in self._by_mangled}, reverse=True)

    def namespace_of(self, rest: str) -> str:
        """The namespace path a route's mangled remainder starts with (root if none)."""
        for length in self._lengths:
            if length < len(rest):
                found = self._by_mangled.get(rest[:length])
                if found is not None:
                    return found
        return ROOT


def requests_by_namespace(samples: Iterable[Sample], namespaces: Iterable[str]) -> dict[str, float]:
    """Total requests counted per namespace (root is ``''``) in one scrape."""
    matcher = NamespaceMatcher(namespaces)
    totals: dict[str, float] = {}
    for route in route_counts(samples):
        ns = matcher.namespace_of(route.rest)
        totals[ns] = totals.get(ns, 0.0) + route.count
    return totals


def has_route_metrics(samples: Iterable[Sample]) -> bool:
    """Whether the scrape carries any per-route request count."""
    return bool(route_counts(samples))


@dataclass(frozen=True)
class NamespaceLoad:
    """One row of the ranking."""

    namespace: str
    requests: float
    per_second: float


def _increase(before: float | None, after: float) -> float:
    if before is None or after < before:
        return after  # new, or the count restarted after expiring
    return after - before


def rank(
    before: Mapping[str, float], after: Mapping[str, float], window_s: float
) -> list[NamespaceLoad]:
    """Namespaces by requests between two scrapes ``window_s`` apart, busiest first.

    Both mappings must be keyed per (node, route) flattened by the caller or already
    summed per namespace; namespaces with no increase are left out.
    """
    rows = []
    for ns, count in after.items():
        increase = _increase(before.get(ns), count)
        if increase > 0:
            rows.append(NamespaceLoad(ns, increase, increase / window_s if window_s > 0 else 0.0))
    rows.sort(key=lambda r: (-r.requests, r.namespace))
    return rows


def route_totals(samples: Iterable[Sample], node: str = "") -> dict[str, float]:
    """Per-route counts keyed by ``node|op|rest`` (the unit that resets on its own)."""
    return {f"{node}|{r.operation}|{r.rest}": r.count for r in route_counts(samples)}


def rank_routes(
    before: Mapping[str, float],
    after: Mapping[str, float],
    namespaces: Iterable[str],
    window_s: float,
) -> list[NamespaceLoad]:
    """Rank namespaces from two sets of per-route totals (see :func:`route_totals`).

    Increases are computed per route and node first, so one expiring route does not
    distort the others, then summed per namespace.
    """
    matcher = NamespaceMatcher(namespaces)
    per_ns: dict[str, float] = {}
    for key, count in after.items():
        increase = _increase(before.get(key), count)
        if increase <= 0:
            continue
        rest = key.split("|", 2)[2]
        ns = matcher.namespace_of(rest)
        per_ns[ns] = per_ns.get(ns, 0.0) + increase
    return rank({}, per_ns, window_s)
