"""Time stamps as KUMA writes them (RFC 3339, UTC)."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def now_pair() -> tuple[str, float]:
    """The current time as an RFC 3339 string and as epoch seconds."""
    now = time.time()
    return datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z"
    ), now
