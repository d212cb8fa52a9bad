"""A small parser for the Prometheus text exposition format (what ``sys/metrics`` sends).

Only what the console needs: sample name, labels and value. Comments, ``# TYPE`` and
``# HELP`` lines, timestamps and malformed lines are skipped, never fatal.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

_SAMPLE = re.compile(
    r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)"
    r"(?:\{(?P<labels>.*)\})?"
    r"\s+(?P<value>\S+)(?:\s+-?\d+)?\s*$"
)
_LABEL = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?')
_UNESCAPE = {"\\\\": "\\", '\\"': '"', "\\n": "\n"}


@dataclass(frozen=True)
class Sample:
    """One line of the exposition: ``name{labels} value``."""

    name: str
    value: float
    labels: tuple[tuple[str, str], ...] = field(default=())

    def label(self, key: str, default: str = "") -> str:
        return next((v for k, v in self.labels if k == key), default)


def _unescape(text: str) -> str:
    return re.sub(r"\\[\\\"n]", lambda m: _UNESCAPE[m.group(0)], text)


def _value(text: str) -> float | None:
    lowered = text.lower()
    if lowered in ("+inf", "inf"):
        return math.inf
    if lowered == "-inf":
        return -math.inf
    try:
        return float(text)
    except ValueError:
        return None


def _labels(text: str) -> tuple[tuple[str, str], ...] | None:
    labels = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        match = _LABEL.match(text, pos)
        if match is None:
            return None
        labels.append((match.group(1), _unescape(match.group(2))))
        pos = match.end()
    return tuple(labels)


def parse_prometheus(text: str) -> list[Sample]:
    """Every well-formed sample of ``text``, in order."""
    samples = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _SAMPLE.match(line)
        if match is None:
            continue
        value = _value(match.group("value"))
        if value is None:
            continue
        labels = _labels(match.group("labels") or "")
        if labels is None:
            continue
        samples.append(Sample(match.group("name"), value, labels))
    return samples
