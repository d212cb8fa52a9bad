"""Measuring requests per namespace: two scrapes of every node's metrics, a window apart."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from adminui.api.errors import VaultError
from adminui.api.vault import VaultClient
from adminui.core.metrics import parse_prometheus
from adminui.core.metrics_namespaces import (
    NamespaceLoad,
    has_route_metrics,
    rank_routes,
    route_totals,
)
from adminui.core.sentence import Sentence


@dataclass(frozen=True)
class Scrape:
    """Per-route request counts of every node that answered."""

    totals: dict[str, float] = field(default_factory=dict)
    nodes: tuple[str, ...] = ()
    failures: tuple[str, ...] = ()  # "node: reason" (Sentences)
    has_routes: bool = False
    at: float = 0.0


@dataclass(frozen=True)
class LoadRanking:
    """The outcome of one measurement."""

    rows: tuple[NamespaceLoad, ...]
    window_s: float
    nodes: tuple[str, ...]
    failures: tuple[str, ...]
    supported: bool


async def scrape(clients: Sequence[VaultClient]) -> Scrape:
    """Read ``sys/metrics`` on every node concurrently."""

    async def one(client: VaultClient) -> tuple[str, dict[str, float] | str, bool]:
        try:
            metrics = await client.sys.metrics()
        except VaultError as exc:
            return client.node, exc.user_message, False
        samples = parse_prometheus(metrics.text)
        return client.node, route_totals(samples, client.node), has_route_metrics(samples)

    answers = await asyncio.gather(*(one(c) for c in clients))
    totals: dict[str, float] = {}
    nodes, failures = [], []
    supported = False
    for node, result, routes in answers:
        if isinstance(result, str):
            failures.append(Sentence("{0}: {1}", node, result))
            continue
        nodes.append(node)
        totals.update(result)
        supported = supported or routes
    return Scrape(totals, tuple(nodes), tuple(failures), supported, time.monotonic())


async def measure(
    clients: Sequence[VaultClient],
    namespaces: Iterable[str],
    window_s: float,
    sleep: Callable[[float], object] = asyncio.sleep,
) -> LoadRanking:
    """Rank namespaces by requests counted during ``window_s`` seconds on all nodes."""
    known = list(namespaces)
    first = await scrape(clients)
    await sleep(window_s)  # type: ignore[misc]
    second = await scrape(clients)
    elapsed = max(second.at - first.at, 1e-6) if second.at and first.at else window_s
    rows = rank_routes(first.totals, second.totals, known, elapsed)
    return LoadRanking(
        tuple(rows),
        elapsed,
        second.nodes,
        tuple(sorted(set(first.failures) | set(second.failures))),
        first.has_routes or second.has_routes,
    )
