"""Rate-limit quota input: durations, validation before sending, the per-node arithmetic."""

from __future__ import annotations

import re
from dataclasses import dataclass

from adminui.core.sentence import Sentence

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def parse_duration(text: str) -> float | None:
    """Seconds in "1s", "500ms", "2m", "1h" or a bare number; None when unreadable."""
    match = _DURATION.match(text)
    if not match:
        return None
    return float(match.group(1)) * _UNITS[match.group(2)]


def format_duration(seconds: float) -> str:
    """The shortest of "Ns", "Nm", "Nh" that is exact (fractions in seconds)."""
    if seconds and seconds % 3600 == 0:
        return f"{int(seconds // 3600)}h"
    if seconds and seconds % 60 == 0:
        return f"{int(seconds // 60)}m"
    return f"{seconds:g}s"


@dataclass(frozen=True)
class QuotaSpec:
    """What a person asks for; ``path`` is a namespace, or namespace + mount ('' = all)."""

    name: str
    path: str
    rate: float
    interval: float = 1.0
    block_interval: float = 0.0


def validate_quota(spec: QuotaSpec) -> list[str]:
    """Problems that would make the server refuse the quota (or surprise its author)."""
    problems: list[str] = []
    if not spec.name.strip():
        problems.append(Sentence("Give the quota a name."))
    elif not _NAME.match(spec.name):
        problems.append(Sentence("The name may hold letters, digits, '-', '_' and '.' only."))
    if not spec.rate > 0:
        problems.append(Sentence("The rate must be greater than 0."))
    if not spec.interval >= 1:
        problems.append(Sentence("The interval must be at least 1 second."))
    if spec.block_interval < 0:
        problems.append(Sentence("The block interval cannot be negative."))
    if spec.path.startswith("/"):
        problems.append(Sentence("The path must not start with '/'."))
    if "//" in spec.path or " " in spec.path:
        problems.append(Sentence("The path must not contain spaces or empty segments."))
    return problems


def cluster_rate(rate: float, nodes: int) -> float:
    """Requests per interval a cluster lets through when clients spread over ``nodes``:
    each node counts on its own."""
    return rate * max(1, nodes)


def quota_path(namespace: str, mount: str = "") -> str:
    """The ``path`` of a quota on ``namespace`` (and ``mount`` in it)."""
    parts = [p.strip("/") for p in (namespace, mount) if p.strip("/")]
    return "/".join(parts) + ("/" if parts else "")
