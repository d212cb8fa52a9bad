"""The policy lint as you type, off the GUI thread.

A large policy (the server takes up to 1 MiB) takes seconds to parse; typing must never
wait for it. :class:`BackgroundLint` lints in a worker thread and hands the findings
back through a queued signal; a result that a newer text (or a lint run in the
foreground) has overtaken is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from adminui.core.policy_lint import LintIssue


class _Relay(QObject):
    """Carries a result from the worker thread to the GUI thread. It has no parent and
    the worker keeps it alive, so it outlives an editor closed while a lint runs (a
    signal of a deleted object, emitted from another thread, would crash the process)."""

    sig_done = Signal(int, object)


class BackgroundLint(QObject):
    """One worker thread; only the findings for the newest text are delivered."""

    #: The findings for the newest text given to :meth:`start` (list of LintIssue).
    sig_linted = Signal(object)

    def __init__(self, lint: Callable[[str], list[LintIssue]], parent: QObject | None = None):
        super().__init__(parent)
        self._lint = lint
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="adminui-lint")
        self._generation = 0
        self._relay = _Relay()
        self._relay.sig_done.connect(self._deliver)  # dropped when this object dies
        pool = self._pool
        self.destroyed.connect(lambda: pool.shutdown(wait=False, cancel_futures=True))

    def start(self, text: str) -> None:
        """Lint ``text`` in the worker; an earlier text still queued is skipped."""
        self._generation += 1
        generation = self._generation
        relay, lint, latest = self._relay, self._lint, self._latest

        def work() -> None:
            if generation != latest():
                return  # a newer text is waiting: this one is out of date already
            relay.sig_done.emit(generation, lint(text))

        self._pool.submit(work)

    def _latest(self) -> int:
        return self._generation

    def overtake(self) -> None:
        """Drop whatever the worker is doing (the caller linted in the foreground)."""
        self._generation += 1

    def _deliver(self, generation: int, issues: list[LintIssue]) -> None:
        if not isValid(self):
            return  # the editor closed while the lint ran
        if generation == self._generation:
            self.sig_linted.emit(issues)
