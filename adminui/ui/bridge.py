"""The asyncio loop thread and its way back to the GUI thread.

One asyncio loop runs in a daemon thread and owns the network clients. Widgets hand it
coroutines with :meth:`AsyncBridge.submit`; each result (or exception) comes back
through the ``sig_finished`` signal, which Qt delivers in the GUI thread (queued
connection), where the callback given to ``submit`` runs. The GUI thread never waits.

A job may belong to a widget (``owner``): it is cancelled when the widget is destroyed,
and an answer that arrives for a widget already gone is dropped. With a ``key`` as well,
a newer job of the same owner and key supersedes the older one (cancelled, its answer
never delivered): a page reloading its list never shows the older list last.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any

import sniffio
from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

Callback = Callable[[Any, BaseException | None], None]
#: How long shutdown lets running requests finish before cancelling them.
SHUTDOWN_GRACE_S = 0.3


class _ProgressRelay(QObject):
    """Carries one job's progress values from the loop thread to the GUI thread."""

    sig_value = Signal(object)  # an object: a value arrives whole (a Sentence stays one)


class AsyncBridge(QObject):
    """Runs coroutines on a background asyncio loop; results arrive as Qt signals."""

    #: Emitted in the GUI thread when a submitted coroutine ended: (job id, result, error).
    sig_finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="adminui-asyncio", daemon=True)
        self._callbacks: dict[int, Callback] = {}
        self._ids = itertools.count(1)
        self._pending: set[Future[Any]] = set()
        self._jobs: dict[int, Future[Any]] = {}
        self._closers: list[Callable[[], Coroutine[Any, Any, Any]]] = []
        #: Jobs that belong to a widget: job -> owner; owner id -> its jobs.
        self._owner_of: dict[int, QObject] = {}
        self._jobs_of: dict[int, set[int]] = {}
        #: The newest job of each (owner id, key).
        self._newest: dict[tuple[int, str], int] = {}
        #: Jobs whose owner's end does not cancel them (their answer is still dropped).
        self._outlive: set[int] = set()
        # Queued always: a result never arrives inside submit(), before its job id.
        self.sig_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        # This thread runs asyncio only: said once, so that httpx's helpers (anyio, via
        # sniffio) need not find it out at every request. Finding out runs an import
        # statement, which PySide6's import hook makes costly: about a sixth of this
        # thread's time at rest.
        sniffio.thread_local.name = "asyncio"
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def submit(
        self,
        coro: Coroutine[Any, Any, Any],
        callback: Callback | None = None,
        *,
        owner: QObject | None = None,
        key: str = "",
        cancel_with_owner: bool = True,
    ) -> int:
        """Run ``coro`` on the loop; ``callback(result, error)`` runs later in the GUI thread.

        ``owner``: the widget that asked. Its destruction cancels the job (unless
        ``cancel_with_owner`` is False: work that must finish on its own, such as a
        drill restoring what it broke) and its answer is then never delivered. ``key``
        (with an owner): the job supersedes the owner's previous job of that key.

        After :meth:`shutdown` nothing runs any more: ``coro`` is closed unstarted and its
        callback never called (a page's timer may still fire while the window closes).
        """
        job = next(self._ids)
        if self._loop.is_closed():
            coro.close()
            return job
        if owner is not None:
            self._own(job, owner, key, cancel_with_owner)
        if callback is not None:
            self._callbacks[job] = callback
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        self._pending.add(future)
        self._jobs[job] = future

        def done(fut: Future[Any]) -> None:
            self._pending.discard(fut)
            self._jobs.pop(job, None)
            if fut.cancelled():
                return
            error = fut.exception()
            self.sig_finished.emit(job, None if error else fut.result(), error)

        future.add_done_callback(done)
        return job

    def _own(self, job: int, owner: QObject, key: str, cancel_with_owner: bool) -> None:
        owner_id = id(owner)
        if owner_id not in self._jobs_of:
            self._jobs_of[owner_id] = set()
            owner.destroyed.connect(lambda *_: self._owner_gone(owner_id))
        self._jobs_of[owner_id].add(job)
        self._owner_of[job] = owner
        if not cancel_with_owner:
            self._outlive.add(job)
        if key:
            older = self._newest.get((owner_id, key))
            self._newest[(owner_id, key)] = job
            if older is not None:
                self.cancel(older)

    def _owner_gone(self, owner_id: int) -> None:
        """The widget went: its jobs are cancelled (or left to finish unheard)."""
        for job in self._jobs_of.pop(owner_id, set()):
            self._owner_of.pop(job, None)
            self._callbacks.pop(job, None)
            if job in self._outlive:
                self._outlive.discard(job)
            else:
                self.cancel(job)
        for owned in [k for k in self._newest if k[0] == owner_id]:
            del self._newest[owned]

    def _release(self, job: int) -> QObject | None:
        """Forget job ``job``'s owner; returns it (None for a job without one)."""
        owner = self._owner_of.pop(job, None)
        self._outlive.discard(job)
        if owner is not None:
            self._jobs_of.get(id(owner), set()).discard(job)
        return owner

    def cancel(self, job: int) -> bool:
        """Stop job ``job`` (its coroutine sees CancelledError); its callback is not called.
        False when it had already ended."""
        self._callbacks.pop(job, None)
        self._release(job)
        future = self._jobs.pop(job, None)
        return future is not None and future.cancel()

    @Slot(int, object, object)
    def _deliver(self, job: int, result: Any, error: BaseException | None) -> None:
        callback = self._callbacks.pop(job, None)
        owner = self._release(job)
        if callback is None or (owner is not None and not isValid(owner)):
            return  # cancelled, superseded, or its widget has gone
        callback(result, error)

    def reporter(self, owner: QObject, deliver: Callable[[Any], None]) -> Callable[[Any], None]:
        """The one way work on the loop reports progress: a function the loop thread may
        call with any value; ``deliver(value)`` then runs on the GUI thread, in order, and
        never once ``owner`` has gone."""
        relay = _ProgressRelay(owner)  # a child of the owner: destroyed with it
        relay.sig_value.connect(deliver, Qt.ConnectionType.QueuedConnection)

        def report(value: Any) -> None:
            if isValid(relay):
                relay.sig_value.emit(value)

        return report

    def add_closer(self, closer: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        """Run ``closer()`` on the loop at shutdown, after every task was cancelled
        (for example to close network clients that live on the loop)."""
        self._closers.append(closer)

    def call_soon(self, fn: Callable[[], Any]) -> None:
        self._loop.call_soon_threadsafe(fn)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel what is still running, stop the loop and join its thread."""
        if not self._thread.is_alive():
            return
        for future in list(self._pending):
            future.cancel()
        self._callbacks.clear()

        async def drain() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            # Most requests end within moments; cancelling one mid-connect leaves the
            # HTTP library's half-made connection attempts for the garbage collector.
            if tasks:
                await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_S)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for closer in self._closers:
                with contextlib.suppress(Exception):
                    await closer()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(drain(), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        if not self._loop.is_running():
            self._loop.close()
