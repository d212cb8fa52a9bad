"""Short human forms of durations and times for the rotation page."""

from __future__ import annotations

import time

from adminui.core.sentence import Sentence
from adminui.ui.i18n import say


def duration(seconds: float) -> str:
    """``14 s``, ``3 min 20 s``, ``2 h 5 min``, ``3 d 4 h`` (whole seconds, never negative),
    in the interface language."""
    total = max(0, int(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        text = Sentence("{0} d {1} h", days, hours) if hours else Sentence("{0} d", days)
    elif hours:
        text = Sentence("{0} h {1} min", hours, minutes) if minutes else Sentence("{0} h", hours)
    elif minutes:
        text = Sentence("{0} min {1} s", minutes, secs) if secs else Sentence("{0} min", minutes)
    else:
        text = Sentence("{0} s", secs)
    return say(text)


def clock_time(epoch: float) -> str:
    """Local time of day, with the date when it is not today."""
    local = time.localtime(epoch)
    if time.strftime("%Y-%m-%d", local) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M:%S", local)
    return time.strftime("%Y-%m-%d %H:%M:%S", local)
