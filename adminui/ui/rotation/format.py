"""Short human forms of durations and times for the rotation page."""

from __future__ import annotations

import time


def duration(seconds: float) -> str:
    """``14 s``, ``3 min 20 s``, ``2 h 5 min``, ``3 d 4 h`` (whole seconds, never negative)."""
    total = max(0, int(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def clock_time(epoch: float) -> str:
    """Local time of day, with the date when it is not today."""
    local = time.localtime(epoch)
    if time.strftime("%Y-%m-%d", local) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M:%S", local)
    return time.strftime("%Y-%m-%d %H:%M:%S", local)
