"""When a node's TLS certificate runs out, in words and levels (F31). Pure."""

from __future__ import annotations

from dataclasses import dataclass

from adminui.core.sentence import Sentence

#: Days left at which a certificate is warned about, then shown as an error.
WARN_DAYS = 30
ERROR_DAYS = 7
DAY_S = 86_400.0


@dataclass(frozen=True)
class Expiry:
    """A certificate's time left at one moment."""

    days_left: float

    @property
    def level(self) -> str:
        """ "ok", "warning" (30 days or fewer), "error" (7 days or fewer, or expired)."""
        if self.days_left <= ERROR_DAYS:
            return "error"
        if self.days_left <= WARN_DAYS:
            return "warning"
        return "ok"

    @property
    def text(self) -> str:
        if self.days_left < 0:
            return Sentence("expired {0} days ago", int(-self.days_left))
        if self.days_left < 1:
            return Sentence("expires within a day")
        return Sentence("expires in {0} days", int(self.days_left))


def expiry_of(not_after_ts: float, now: float) -> Expiry:
    return Expiry((not_after_ts - now) / DAY_S)


def soonest(expiries: list[Expiry]) -> Expiry | None:
    """The certificate that runs out first (None when none was read)."""
    return min(expiries, key=lambda e: e.days_left) if expiries else None
