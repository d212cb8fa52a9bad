"""How often each cluster is looked at (adaptive polling). Pure: the clock is given.

* The cluster on screen: at its own interval (the console's default, 500 ms), every
  100 ms while it has no leader (a failover under way).
* A cluster off screen, or every cluster while the window is minimised: at a slow
  interval (a setting, 5 s by default), plus a *pulse* — one request asking whether the
  last leader still leads — every 2 s. Pulses fall on a grid shared by every cluster,
  and so do the slow looks, each in the place of a pulse (at 5 s: 6 s and 4 s apart in
  turn), so a slow cluster is asked something every 2 s. Any change (a transition at a
  look, a failed pulse) switches it to the on-screen interval (not the leaderless one)
  until it has been steady for ``settle_s``.

So the cost grows with what is on screen, not with the number of clusters, while a
leader lost off screen is still noticed within about a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PollSettings:
    on_screen_ms: int = 500
    leaderless_ms: int = 100
    off_screen_ms: int = 5000
    pulse_ms: int = 2000
    #: How long a cluster stays fast after its last change.
    settle_s: float = 10.0
    #: False: every cluster is looked at as if it were on screen.
    adaptive: bool = True


#: The slow intervals offered as a setting.
OFF_SCREEN_CHOICES_MS = (2000, 5000, 10000, 30000)


@dataclass
class PollSchedule:
    """The interval of each cluster's next look, and whether it is pulsed meanwhile."""

    settings: PollSettings = field(default_factory=PollSettings)
    clock: Callable[[], float] = time.monotonic
    on_screen: set[str] = field(default_factory=set)
    minimised: bool = False
    _busy_until: dict[str, float] = field(default_factory=dict)
    _leaderless: set[str] = field(default_factory=set)

    def observed(self, name: str, *, leaderless: bool, changed: bool) -> None:
        """A look at ``name`` ended; ``changed``: it saw a transition."""
        if changed:
            self.stirred(name)
        if leaderless:
            self._leaderless.add(name)
        else:
            self._leaderless.discard(name)

    def stirred(self, name: str) -> None:
        """Something changed at ``name`` (a transition, a failed pulse): look fast a while."""
        self._busy_until[name] = self.clock() + self.settings.settle_s

    def forget(self, name: str) -> None:
        self._busy_until.pop(name, None)
        self._leaderless.discard(name)
        self.on_screen.discard(name)

    def busy(self, name: str) -> bool:
        return self._busy_until.get(name, 0.0) > self.clock()

    def watched_closely(self, name: str) -> bool:
        """On screen in a window that is not minimised, or not adaptive at all."""
        return not self.settings.adaptive or (name in self.on_screen and not self.minimised)

    def slow(self, name: str) -> bool:
        """Looked at only at the slow interval (and pulsed in between)."""
        return not self.watched_closely(name) and not self.busy(name)

    def interval_ms(self, name: str, own_ms: int = 0) -> int:
        """Milliseconds from one look at ``name`` to the next; ``own_ms``: the profile's
        own interval (0: the default)."""
        fast = own_ms or self.settings.on_screen_ms
        if self.slow(name):
            return max(self.settings.off_screen_ms, fast)
        if name in self._leaderless and self.watched_closely(name):
            # Only the cluster on screen: a failover seen by many clusters at once
            # would otherwise crowd out the one the user is looking at.
            return min(fast, self.settings.leaderless_ms)
        return fast

    def pulse_ms(self, name: str) -> int | None:
        """Milliseconds between pulses of ``name``; None while it is not slow."""
        return self.settings.pulse_ms if self.slow(name) else None
