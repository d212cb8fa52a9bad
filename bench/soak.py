"""Soak: the console watches the lab for N minutes while nodes are killed and restarted.

    .venv/bin/python bench/soak.py [--minutes 10] [--every 30] [--down 8] [--trace-stalls]
        [--trace-memory] [--no-trim] [--healthy-prefill]

Runs the real main window offscreen on the lab's OpenBao and Core clusters (250 ms
interval), with the OpenBao cluster's History charts on screen (redrawn every second).
Each cluster's history is already full: a past hour of copies of real looks is added
first, a look with a node down for as long of every minute as the chaos takes one down
(one follower of each cluster is killed, looked at and restarted before the soak;
``--healthy-prefill``: only a healthy look), so memory should stay flat from the start:
the history only replaces what it holds with looks of the same kind. So are the other
lists that keep a bounded number of rows (each cluster's events, the notifications
page). Every ``--every`` seconds a process of its own (``bench/_chaos.py``: failures come
from outside the console) kills one lab node (cycling through the OpenBao and Core
nodes, leader or not) and restarts it ``--down`` seconds later.

The GUI thread's event-loop gaps are measured with a 10 ms timer, and so are a bare Qt
process's beside it (the floor: what the machine itself imposes, with the lab on the
same cores); stalls over 50 ms are counted, with when they came and how many came
within 3 s after a kill or restart. The heartbeat starts once the window has opened the
cluster (that opening is timed on its own) and both helper processes have started, and
it keeps a count of each gap length, not a list that would grow in the process it
measures. The process's memory is sampled every 10 s after a warm-up: the RSS, the C
heap's bytes in use and the blocks Python's allocator hands out. The C heap's free
memory is handed back every minute as in the console (``adminui.ui.heap_trim``;
``--no-trim`` to compare). Each thread's time on a CPU and waiting for one is printed.
With ``--trace-stalls``, also where the GUI thread was while late, and for each stall
over 50 ms how much of it the thread ran, waited for a CPU or was blocked (the kernel's
``schedstat``). At the end: how many objects the cycle collector tracks (with
``--trace-memory``: by type, against the warm-up), how many frozen ones nothing reaches,
and the memory once the C heap is trimmed once more. Prints what happened and ends with
one JSON line of figures. Exits 0 unless the console could not run at all.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import gc
import itertools
import json
import math
import os
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataclasses import replace

import psutil

from adminui.core.cluster import Role, Snapshot
from adminui.core.history import DEFAULT_CAPACITY, ClusterHistory
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection
from adminui.ui.heap_trim import HeapTrimmer, malloc_trim
from bench._common import emit, running_lab

HERE = Path(__file__).resolve().parent
ROOT = f"{HERE.parent}/"
WARMUP_S = 15.0
SAMPLE_EVERY_S = 10.0


def real_look(context: ClusterConnection) -> Snapshot:
    """One look at the cluster as the console's monitor takes it."""

    async def look() -> Snapshot:
        monitor = ClusterMonitor(context)
        try:
            return (await monitor.tick()).snapshot
        finally:
            await monitor.aclose()

    return asyncio.run(look())


def all_serving(looks: list[Snapshot]) -> bool:
    """Whether every node of ``looks`` answers as leader or follower."""
    roles = [node.role for look in looks for node in look.nodes]
    return bool(roles) and all(r in (Role.LEADER, Role.FOLLOWER) for r in roles)


def looks_with_a_node_down(lab: Any, contexts: list[ClusterConnection]) -> dict[str, Snapshot]:
    """A real look at each cluster while one of its followers is down (then restarted,
    and every node seen answering again)."""
    followers = {
        "openbao": next(n.name for n in lab.bao_nodes() if n.name != lab.bao_leader().name),
        "core": lab.core_nodes()[-1].name,
    }
    looks: dict[str, Snapshot] = {}
    for context in contexts:
        name = followers["openbao" if context.profile.kind.value == "openbao" else "core"]
        lab.kill(name)
        try:
            looks[context.profile.name] = real_look(context)
        finally:
            lab.restart(name)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not all_serving([real_look(c) for c in contexts]):
        time.sleep(1)
    return looks


def fill_history(
    history: ClusterHistory,
    model: Snapshot,
    down: Snapshot | None = None,
    down_share: tuple[float, float] = (0.0, 1.0),
) -> None:
    """A past hour of the cluster: the history at its capacity before the soak, each
    snapshot a copy of a real look (``model``: all the fields and objects a live look
    holds, so that live looks replacing them do not make the memory grow by themselves).
    With ``down``: a look with a node down for ``down_share[0]`` seconds of every
    ``down_share[1]``, as the chaos will take one down, so the prefill carries the mix
    of looks the live ones will."""
    now = time.time()
    step = 3600 / DEFAULT_CAPACITY
    for i in range(DEFAULT_CAPACITY):
        model_now = model
        if down is not None and (i * step) % down_share[1] < down_share[0]:
            model_now = down
        nodes = tuple(
            replace(
                copy.deepcopy(node),
                commit_index=1000 + i,
                applied_index=1000 + i - n,
                latency_s=0.002 + 0.001 * n,
            )
            for n, node in enumerate(model_now.nodes)
        )
        history.add(replace(model_now, taken_at=now - 3600 + i * step, nodes=nodes))


def fill_lists(window: Any, models: dict[str, Snapshot]) -> None:
    """The other bounded lists that fill up as the console runs, full before the soak
    as the history is: each cluster's events and the notifications page, as many rows as
    each keeps, of nodes going down and coming back in turn as the chaos makes them."""
    from adminui.core.alert_rules import Alert, AlertKind
    from adminui.core.sentence import Sentence
    from adminui.core.transitions import Transition, TransitionKind
    from adminui.profiles.notification_log import KEEP

    past = time.time() - 3600
    for name, view in window.views.items():
        nodes = models[name].nodes
        events = view.overview.events_model
        for i in range(events.capacity):
            node = nodes[i % len(nodes)]
            names = ((node.url, node.name),)
            if i % 2 == 0:
                event = Transition(TransitionKind.NODE_DOWN, past + i, node.url, names=names)
            else:
                event = Transition(
                    TransitionKind.NODE_UP, past + i, node.url, after="follower", names=names
                )
            events.add([event])
    page = window.alert_actions.page
    clusters = list(models)
    for i in range(KEEP):
        name = clusters[i % len(clusters)]
        nodes = models[name].nodes
        node = nodes[i // len(clusters) % len(nodes)]
        text = Sentence("Node {0} does not answer.", node.label)
        page.add(Alert(name, AlertKind.NODE_UNREACHABLE, text, past + i, node.url))


FLOOR = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer
app = QCoreApplication([])
clock = QElapsedTimer(); clock.start()
gaps, last, big = [], [0], []
def beat():
    now = clock.elapsed(); gap = now - last[0]; last[0] = now; gaps.append(gap)
    if gap > 50: big.append(time.time())
heart = QTimer(); heart.setInterval(10); heart.timeout.connect(beat); heart.start()
QTimer.singleShot(int(float(sys.argv[1]) * 1000), app.quit)
print("ready", flush=True)
app.exec()
gaps.sort()
print(json.dumps({"max": gaps[-1], "p99": gaps[int(len(gaps) * 0.99)], "big": big}))
"""


def chaos_events(output: str) -> tuple[list[tuple[float, str]], list[str]]:
    """(unix time, "killed x" / "restarted x") of each event, and the errors."""
    events: list[tuple[float, str]] = []
    errors: list[str] = []
    for line in output.splitlines():
        stamp, _, rest = line.partition(" ")
        try:
            when = float(stamp)
        except ValueError:
            continue
        if rest.startswith("error"):
            errors.append(rest)
        else:
            events.append((when, rest))
    return events, errors


def heap_in_use() -> Callable[[], float] | None:
    """The C heap's bytes in use (MiB, glibc's ``mallinfo2``: every arena and the large
    blocks it maps), or None where the C library has no such count."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in (
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            )
        ]

    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = MallInfo2

    def read() -> float:
        info = mallinfo2()
        return float(info.uordblks + info.hblkhd) / 2**20

    return read


def ranked(counts: Counter[int], pct: float) -> int:
    """Nearest-rank percentile of values given as a count of each."""
    rank = max(1, math.ceil(pct / 100 * counts.total()))
    for value in sorted(counts):
        rank -= counts[value]
        if rank <= 0:
            return value
    return 0


def cpu_ns(native_id: int | None) -> tuple[int, int] | None:
    """A thread's time so far on a CPU and ready but waiting for one (ns), from the
    kernel's ``schedstat``; None where it cannot be read."""
    try:
        ran, waited, _slices = Path(f"/proc/self/task/{native_id}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(ran), int(waited)


def thread_times() -> dict[str, tuple[float, float]]:
    """Each thread's time so far on a CPU and ready but waiting for one (s), by name."""
    times: dict[str, tuple[float, float]] = {}
    for thread in threading.enumerate():
        counted = cpu_ns(thread.native_id)
        if counted is not None:
            times[thread.name] = (counted[0] / 1e9, counted[1] / 1e9)
    return times


def near(when: float, events: list[tuple[float, str]], within_s: float = 3.0) -> bool:
    return any(0 <= when - at <= within_s for at, _ in events)


class StallTracer:
    """Samples the GUI thread's stack from a thread of its own while the heartbeat is
    late, and counts which functions the slow ticks were spent in; and where the other
    threads were meanwhile (one that holds the interpreter lock keeps the GUI thread
    from running Python)."""

    def __init__(self, late_ms: float = 30.0, every_s: float = 0.004) -> None:
        self.gui = threading.get_ident()
        #: The kernel's counts for the GUI thread: time on a CPU and waiting for one,
        #: and how often it gave the CPU up (blocked) or had it taken away.
        self._native_id = threading.get_native_id()
        self._status = Path(f"/proc/self/task/{self._native_id}/status")
        #: Each stall seen, from when it was noticed (``late_ms`` after the last beat)
        #: to the first beat after it: (the whole gap, the part measured, ms the GUI
        #: thread ran, ms it was ready but waited for a CPU, times it blocked, times the
        #: CPU was taken from it). The rest of the part measured it was blocked.
        self.stalls: list[tuple[float, float, float, float, int, int]] = []
        self.last_beat = time.monotonic()
        self.late_s = late_ms / 1000
        self.every_s = every_s
        self.samples: list[tuple[str, ...]] = []
        self.others: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-tracer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _counts(self) -> tuple[float, int, int, int, int]:
        """Now, and the GUI thread's ns on a CPU and waiting for one, voluntary and
        involuntary context switches so far."""
        counted = cpu_ns(self._native_id)
        try:
            switches = [
                int(line.split()[1])
                for line in self._status.read_text().splitlines()
                if "ctxt_switches" in line
            ]
        except (OSError, ValueError):
            switches = []
        if counted is None or len(switches) < 2:
            return time.monotonic(), 0, 0, 0, 0
        return time.monotonic(), *counted, switches[0], switches[1]

    def _run(self) -> None:
        beat_before = self.last_beat
        noticed: tuple[float, int, int, int, int] | None = None
        while not self._stop.wait(self.every_s):
            beat = self.last_beat
            if time.monotonic() - beat < self.late_s:
                if noticed is not None:  # the beat came back: how the stall was spent
                    now, ran, waited, blocked, taken = self._counts()
                    self.stalls.append(
                        (
                            (beat - beat_before) * 1000,
                            (now - noticed[0]) * 1000,
                            (ran - noticed[1]) / 1e6,
                            (waited - noticed[2]) / 1e6,
                            blocked - noticed[3],
                            taken - noticed[4],
                        )
                    )
                    noticed = None
                beat_before = beat
                continue
            if noticed is None:
                noticed = self._counts()
            frames = sys._current_frames()
            self.samples.append(self._stack(frames.get(self.gui)))
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in frames.items():
                if ident in (self.gui, threading.get_ident()):
                    continue
                stack = self._stack(frame)
                own = next(
                    (f for f in stack if f.startswith("adminui/")), stack[0] if stack else ""
                )
                self.others[f"{names.get(ident, ident)}: {own}"] += 1

    @staticmethod
    def _stack(frame: Any) -> tuple[str, ...]:
        stack: list[str] = []
        while frame is not None:
            code = frame.f_code
            where = code.co_filename.removeprefix(ROOT).rsplit("site-packages/", 1)[-1]
            stack.append(f"{where}:{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        return tuple(stack)

    def report(self, top: int = 25) -> None:
        leaves: Counter[str] = Counter()
        ours: Counter[str] = Counter()
        inclusive: Counter[str] = Counter()
        for stack in self.samples:
            if not stack:
                continue
            leaves[stack[0]] += 1
            own = next((f for f in stack if f.startswith("adminui/")), "(none)")
            ours[own] += 1
            for name in {f.rsplit(":", 1)[0] for f in stack}:
                inclusive[name] += 1
        print(f"stall samples: {len(self.samples)}")
        for title, counter in (("leaf", leaves), ("first console frame", ours)):
            print(f"-- by {title}")
            for name, count in counter.most_common(top):
                print(f"{count:6d}  {name}")
        print("-- inclusive (function)")
        for name, count in inclusive.most_common(top * 2):
            print(f"{count:6d}  {name}")
        print("-- the other threads meanwhile (their first console frame, else their leaf)")
        for name, count in self.others.most_common(top):
            print(f"{count:6d}  {name}")
        long = sorted(self._long(), reverse=True)
        print(
            f"-- the {len(long)} stalls over 50 ms, from when noticed ({self.late_s * 1000:.0f} "
            "ms late) to the next beat: the GUI thread running / waiting for a CPU / blocked"
        )
        for gap, part, ran, waited, blocked, taken in long[:top]:
            print(
                f"  {gap:4.0f} ms, {part:4.0f} ms of it measured: ran {ran:5.1f}, waited for a "
                f"CPU {waited:5.1f}, blocked {part - ran - waited:5.1f} ms "
                f"({blocked} times; the CPU taken away {taken} times)"
            )

    def _long(self) -> list[tuple[float, float, float, float, int, int]]:
        """The stalls seen of more than 50 ms."""
        return [stall for stall in self.stalls if stall[0] > 50]

    def figures(self) -> dict[str, float]:
        """Over the stalls of more than 50 ms: the GUI thread's time running and waiting."""
        long = self._long()
        return {
            "traced_stalls_over_50ms": len(long),
            "traced_stalls_measured_ms": sum(stall[1] for stall in long),
            "traced_stalls_ran_ms": sum(stall[2] for stall in long),
            "traced_stalls_waited_for_cpu_ms": sum(stall[3] for stall in long),
        }


def memory_growth(first: object) -> None:
    """Print where the Python allocations that grew since snapshot ``first`` were made."""
    import tracemalloc

    gc.collect()
    later = tracemalloc.take_snapshot()
    print("python allocations that grew most (tracemalloc):")
    for stat in later.compare_to(first, "traceback")[:12]:  # type: ignore[arg-type]
        print(f"  {stat.size_diff / 1024:+.0f} KiB in {stat.count_diff:+d} blocks")
        for line in stat.traceback.format()[-10:]:
            print(f"      {line}")


def deep_mib(roots: list[object]) -> float:
    """Memory held by ``roots`` and everything they reach (each object counted once)."""
    atoms = (str, bytes, int, float, bool, type(None))
    seen: set[int] = set()
    size = 0
    stack = list(roots)
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        size += sys.getsizeof(item)
        if type(item) in atoms:
            continue
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, tuple | list):
            stack.extend(item)
        if hasattr(item, "__dict__"):
            stack.append(item.__dict__)
        for cls in type(item).__mro__:  # slotted objects (snapshots, node states)
            slots = cls.__dict__.get("__slots__", ())
            for name in (slots,) if isinstance(slots, str) else slots:
                stack.append(getattr(item, name, None))
    return size / 2**20


def census() -> Counter[str]:
    """How many objects of each type the cycle collector tracks, the frozen ones too
    (they are frozen again afterwards, with what the next full collection would freeze)."""
    gc.unfreeze()
    try:
        return Counter(type(o).__name__ for o in gc.get_objects())
    finally:
        gc.freeze()


def frozen_garbage() -> dict[str, object]:
    """What the frozen objects hold that nothing reaches any more (cycles frozen while
    alive, never collected since), by type; unfreezes and collects them."""
    frozen = gc.get_freeze_count()
    tracked = frozen + len(gc.get_objects())
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    found = gc.collect()
    kinds = Counter(type(o).__name__ for o in gc.garbage)
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()
    top = ", ".join(f"{name} {count}" for name, count in kinds.most_common(8))
    print(f"frozen at the end: {frozen} objects, of which unreachable: {found} ({top})")
    before = psutil.Process().memory_info().rss / 2**20
    trim = malloc_trim()
    if trim is not None:
        trim()
    trimmed = psutil.Process().memory_info().rss / 2**20
    print(
        f"objects the collector tracks: {tracked}; RSS {before:.1f} MiB, {trimmed:.1f} MiB "
        "once the C allocator gave back what it holds free (malloc_trim)"
    )
    return {
        "frozen_objects": frozen,
        "frozen_unreachable_objects": found,
        "tracked_objects_end": tracked,
        "rss_trimmed_end_mib": trimmed,
    }


def soak(
    minutes: float,
    every: float,
    down: float,
    trace: bool = False,
    memory: bool = False,
    trim: bool = True,
    live_mix: bool = False,
) -> dict[str, object]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from adminui.lab.profiles import lab_profiles
    from adminui.ui.bridge import AsyncBridge
    from adminui.ui.context import ClusterContext
    from adminui.ui.gui_gc import GuiThreadCollector
    from adminui.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    process = psutil.Process()
    unexpected: list[str] = []
    sys.excepthook = lambda *info: unexpected.append("".join(traceback.format_exception(*info)))
    threading.excepthook = lambda args: unexpected.append(
        f"{args.thread.name if args.thread else '?'}: {args.exc_type.__name__}: {args.exc_value}"
    )

    with running_lab() as lab:
        contexts = [ClusterContext(p, t) for p, t in lab_profiles(lab)]
        models = {c.profile.name: real_look(c) for c in contexts}
        downs = looks_with_a_node_down(lab, contexts) if live_mix else {}
        bridge = AsyncBridge()
        # As the console runs: the cycle collector on the GUI thread, freezing what
        # survives a full collection (adminui.ui.app does the same).
        collector = GuiThreadCollector(app)
        # As the console runs: the C heap's free memory handed back every minute.
        trimmer = HeapTrimmer(malloc_trim() if trim else None)
        window = MainWindow(contexts, bridge, interval_ms=250)
        window.show()
        for view in window.views.values():
            name = view.context.profile.name
            # Each cluster has a node down ``down`` s of every 2 × ``every`` s (the
            # chaos takes OpenBao and Core nodes in turn).
            fill_history(view.history, models[name], downs.get(name), (down, 2 * every))
        fill_lists(window, models)
        # The hour of history was made in a moment here; in the console it builds up
        # under the collector above, which freezes it as it goes. Do that once now.
        gc.collect()
        gc.freeze()
        histories_start = deep_mib([v.history.snapshots() for v in window.views.values()])
        # Two clusters open on the fleet: the first is opened, on its History tab.
        window.open_cluster_named(contexts[0].profile.name)
        charted = window.views[contexts[0].profile.name]
        charted.tabs.setCurrentWidget(charted.charts)
        # The opening (the charts built and first painted) is a user's action of its own,
        # timed here and not in the heartbeat: the soak measures the window as it watches.
        opening = time.perf_counter()
        app.processEvents()
        opening_ms = (time.perf_counter() - opening) * 1000
        ticks = [0]
        failures: list[str] = []
        window.monitor.sig_ticked.connect(lambda *_: ticks.__setitem__(0, ticks[0] + 1))
        window.monitor.sig_failed.connect(lambda name, message: failures.append(message))

        clock = QElapsedTimer()
        clock.start()
        # How many gaps of each length (ms): a count per length, not a list that would
        # grow by 100 entries a second (0.5 MiB in 10 minutes) in the process measured.
        gaps: Counter[int] = Counter()
        last = [0]

        # The gaps over 50 ms: (wall-clock time, s since the start, ms) of each.
        big: list[tuple[float, float, int]] = []
        # How long each cycle collection takes (the collector runs on the GUI thread).
        gc_started = [0.0]
        gc_slow: list[tuple[int, float]] = []  # (generation, ms) of collections over 20 ms
        gc_max = [0.0]

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                gc_started[0] = time.perf_counter()
                return
            took = (time.perf_counter() - gc_started[0]) * 1000
            gc_max[0] = max(gc_max[0], took)
            if took > 20:
                gc_slow.append((info["generation"], took))

        gc.callbacks.append(on_gc)

        tracer = StallTracer() if trace else None

        def beat() -> None:
            if tracer is not None:
                tracer.last_beat = time.monotonic()
            now = clock.elapsed()
            gaps[now - last[0]] += 1
            if now - last[0] > 50:
                big.append((time.time(), now / 1000, now - last[0]))
            last[0] = now

        heart = QTimer()
        heart.setInterval(10)
        heart.timeout.connect(beat)
        heart.start()

        rss: list[tuple[float, float]] = []

        first_allocations: list[object] = []

        tracked_first: list[Counter[str]] = []

        fds: list[int] = []

        # Beside the RSS: the C heap's bytes in use, and the blocks Python's allocator
        # hands out (what grows, if anything, is below Python or in it).
        heap = heap_in_use()
        parts: list[tuple[float, int]] = []

        def sample() -> None:
            rss.append((clock.elapsed() / 1000, process.memory_info().rss / 2**20))
            parts.append((heap() if heap is not None else 0.0, sys.getallocatedblocks()))
            fds.append(process.num_fds())
            if memory and not tracked_first:
                tracked_first.append(census())
            if memory and not first_allocations:
                import tracemalloc

                tracemalloc.start(25)
                gc.collect()
                first_allocations.append(tracemalloc.take_snapshot())

        sampler = QTimer()
        sampler.setInterval(int(SAMPLE_EVERY_S * 1000))
        sampler.timeout.connect(sample)
        QTimer.singleShot(int(WARMUP_S * 1000), sample)
        QTimer.singleShot(int(WARMUP_S * 1000), sampler.start)

        # Node failures come from outside the console: a process of their own; and a bare
        # Qt process beside it measures the stalls the machine itself imposes (the floor).
        chaos = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "_chaos.py"),
                str(lab.dir.root),
                str(every),
                str(down),
                str(minutes),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        floor = subprocess.Popen(
            [sys.executable, "-c", FLOOR, str(minutes * 60)], stdout=subprocess.PIPE, text=True
        )
        # Both say "ready" once started (their start-up takes the CPUs for a moment).
        for helper in (chaos, floor):
            assert helper.stdout is not None
            helper.stdout.readline()
        last[0] = clock.elapsed()  # the first gap is the event loop's, not this set-up's
        started = time.monotonic()
        if tracer is not None:
            tracer.last_beat = time.monotonic()
            tracer.start()
        # The console's own event loop, as it runs for a user: objects Qt deletes later
        # (deleteLater) are deleted only by a running loop, not by processEvents() calls.
        healed = [False]

        def heal_check() -> None:
            # After the last restart every node must be seen answering again: every
            # cluster's last look (a view off screen draws none).
            if all_serving([tick.snapshot for tick in window._last_ticks.values()]):
                healed[0] = True
                app.quit()

        healer = QTimer()
        healer.setInterval(10)
        healer.timeout.connect(heal_check)
        QTimer.singleShot(int(minutes * 60_000), healer.start)
        QTimer.singleShot(int(minutes * 60_000 + 60_000), app.quit)  # unhealed a minute on
        threads_before = thread_times()
        app.exec()
        threads_after = thread_times()
        healer.stop()
        heart.stop()
        sampler.stop()
        if tracer is not None:
            tracer.stop()
            tracer.report()
        if first_allocations:
            memory_growth(first_allocations[0])
        gc.callbacks.remove(on_gc)
        sample()
        chaos_out, _ = chaos.communicate(timeout=120)
        floor_out, _ = floor.communicate(timeout=120)
        lab._state = None  # the chaos process started nodes anew: read their PIDs again
        elapsed_min = (time.monotonic() - started) / 60
        if tracked_first:
            grown = census()
            grown.subtract(tracked_first[0])
            top = ", ".join(f"{name} {count:+d}" for name, count in grown.most_common(12))
            print(f"tracked objects that grew most since the warm-up: {top}")
        histories_end = deep_mib([v.history.snapshots() for v in window.views.values()])
        print(
            f"the clusters' histories hold {histories_start:.1f} MiB at the start, "
            f"{histories_end:.1f} MiB at the end (prefilled looks replaced by live ones)"
        )
        leftovers = frozen_garbage()
        window.close()
        bridge.shutdown()
        collector.stop()
        trimmer.stop()

    events, chaos_errors = chaos_events(chaos_out)
    kills = sum(1 for _, what in events if what.startswith("killed"))
    restarts = sum(1 for _, what in events if what.startswith("restarted"))
    floor_figures = json.loads(floor_out.strip().splitlines()[-1])
    near_chaos = sum(1 for when, _, _ in big if near(when, events))
    for _, at, gap in big:
        print(f"a stall of {gap} ms, {at:.1f} s into the run")
    # Memory growth: last sample against the first after warm-up, and the slope.
    growth = rss[-1][1] - rss[0][1] if len(rss) >= 2 else 0.0
    span_min = (rss[-1][0] - rss[0][0]) / 60 if len(rss) >= 2 else 0.0
    # Growth by thirds of the run: a bounded cache fills early and then stays flat.
    thirds = [rss[round(i * (len(rss) - 1) / 3)][1] for i in range(4)] if rss else [0.0] * 4
    by_third = [b - a for a, b in itertools.pairwise(thirds)]
    cuts = [parts[round(i * (len(parts) - 1) / 3)] for i in range(4)] if parts else [(0.0, 0)] * 4
    heap_by_third = [b[0] - a[0] for a, b in itertools.pairwise(cuts)]
    blocks_by_third = [b[1] - a[1] for a, b in itertools.pairwise(cuts)]
    for when, what in events:
        print(f"{time.strftime('%H:%M:%S', time.localtime(when))} {what}")
    for message in sorted(set(failures))[:10]:
        print(f"monitor failure: {message}")
    for text in unexpected[:10]:
        print(f"unexpected exception: {text}")
    print(
        f"soak: {elapsed_min:.1f} min, {ticks[0]} ticks, {kills} kills, "
        f"{restarts} restarts; memory {rss[0][1]:.1f} -> {rss[-1][1]:.1f} MiB "
        f"({growth:+.1f} MiB; by thirds of the run {by_third[0]:+.1f}, {by_third[1]:+.1f}, "
        f"{by_third[2]:+.1f} MiB); open files {fds[0] if fds else 0} -> {fds[-1] if fds else 0}; "
        f"worst GUI stall {max(gaps)} ms (p99 {ranked(gaps, 99)} "
        f"ms, median {ranked(gaps, 50)} ms); healed at the end: {healed[0]}; errors: "
        f"{len(chaos_errors) + len(unexpected)}"
    )
    thread_cpu = {
        name: (ran - threads_before[name][0], waited - threads_before[name][1])
        for name, (ran, waited) in threads_after.items()
        if name in threads_before
    }
    print(
        "threads over the run, on a CPU / waiting for one: "
        + "; ".join(
            f"{name} {ran:.1f} / {waited:.1f} s" for name, (ran, waited) in thread_cpu.items()
        )
    )
    print(
        "by thirds of the run: the C heap in use "
        + ", ".join(f"{d:+.2f}" for d in heap_by_third)
        + " MiB; Python's allocated blocks "
        + ", ".join(f"{d:+d}" for d in blocks_by_third)
    )
    print(
        f"cycle collections: the longest {gc_max[0]:.0f} ms; over 20 ms: {len(gc_slow)} "
        f"(by generation: {sorted({g for g, _ in gc_slow})})"
    )
    print(
        f"stalls over 50 ms: {len(big)}, of which {near_chaos} within 3 s after a kill or "
        f"restart (opening the cluster on its History tab before the run: {opening_ms:.0f} ms); "
        f"a bare Qt process beside it (the floor): worst {floor_figures['max']} ms, "
        f"p99 {floor_figures['p99']} ms, {len(floor_figures['big'])} over 50 ms"
    )
    return {
        "duration_min": elapsed_min,
        "ticks": ticks[0],
        "kills": kills,
        "restarts": restarts,
        "rss_start_mib": rss[0][1],
        "rss_end_mib": rss[-1][1],
        "rss_growth_mib": growth,
        "rss_growth_mib_per_hour": growth / span_min * 60 if span_min else 0.0,
        "histories_mib_start": histories_start,
        "histories_mib_end": histories_end,
        "open_files_start": fds[0] if fds else 0,
        "open_files_end": fds[-1] if fds else 0,
        "rss_growth_mib_first_third": by_third[0],
        "rss_growth_mib_second_third": by_third[1],
        "rss_growth_mib_last_third": by_third[2],
        "c_heap_in_use_mib_start": cuts[0][0],
        "c_heap_in_use_mib_end": cuts[3][0],
        "c_heap_growth_mib_by_third": heap_by_third,
        "python_blocks_start": cuts[0][1],
        "python_blocks_end": cuts[3][1],
        "python_blocks_growth_by_third": blocks_by_third,
        "max_gui_stall_ms": max(gaps),
        "opening_ms": opening_ms,
        "p99_gui_stall_ms": ranked(gaps, 99),
        "monitor_failures": len(failures),
        "chaos_errors": len(chaos_errors),
        "stalls_over_50ms": len(big),
        "gc_max_ms": gc_max[0],
        "gc_over_20ms": len(gc_slow),
        "stalls_over_50ms_within_3s_of_chaos": near_chaos,
        "floor_max_stall_ms": floor_figures["max"],
        "floor_p99_stall_ms": floor_figures["p99"],
        "floor_stalls_over_50ms": len(floor_figures["big"]),
        "unexpected_exceptions": len(unexpected),
        "healed_at_end": healed[0],
        "heap_trims": trimmer.trims,
        "heap_trim_longest_ms": trimmer.longest_s * 1000,
        "thread_cpu_s": {name: round(ran, 2) for name, (ran, _) in thread_cpu.items()},
        "thread_waited_for_cpu_s": {name: round(w, 2) for name, (_, w) in thread_cpu.items()},
        **leftovers,
        **(tracer.figures() if tracer is not None else {}),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to run")
    parser.add_argument("--every", type=float, default=30.0, help="seconds between kills")
    parser.add_argument("--down", type=float, default=8.0, help="seconds a node stays down")
    parser.add_argument(
        "--trace-stalls",
        action="store_true",
        help="sample the GUI thread's stack while it is late and print where the time went",
    )
    parser.add_argument(
        "--trace-memory",
        action="store_true",
        help="count the tracked objects by type and trace Python allocations after the "
        "warm-up; print the types and allocations that grew most (slows the run)",
    )
    parser.add_argument(
        "--no-trim",
        action="store_true",
        help="do not hand the C heap's free memory back every minute (to compare)",
    )
    # The prefill with a node down was once chosen with --live-mix; it is the default now.
    parser.add_argument("--live-mix", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--healthy-prefill",
        action="store_true",
        help="prefill with a healthy look only, not also with one of a node down as often "
        "as the chaos takes one down (for which one follower of each cluster is killed "
        "and restarted before the soak)",
    )
    args = parser.parse_args()
    emit(
        soak(
            args.minutes,
            args.every,
            args.down,
            args.trace_stalls,
            args.trace_memory,
            not args.no_trim,
            not args.healthy_prefill,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
