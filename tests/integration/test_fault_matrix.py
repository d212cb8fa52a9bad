"""Fault matrix: the console against misbehaving nodes of both cluster kinds.

For every case the console keeps running, shows one clear sentence where the user looks
(node tooltip, status bar, banner), keeps the GUI thread responsive (worst event-loop
gap measured, printed and bounded) and keeps what the user typed.

Faults come from two places: the fault proxy (``tests/faultproxy.py``) placed in front
of one real lab node, and the real lab itself (kills, seals, restarts, tokens, namespaces,
policies) plus a TLS-only OpenBao node started here with certificates made at run time.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from adminui.api import errors
from adminui.api.kuma import KumaClient, KumaError, KumaTimeouts
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind, Role
from adminui.core.quorum import QuorumWarning
from adminui.lab import Lab
from adminui.lab.openbao import bao_binary
from adminui.lab.procs import free_ports
from adminui.profiles.audit_log import AuditLog
from adminui.profiles.policy_drafts import DraftStore, PolicyKey
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.policies import PoliciesPage
from adminui.ui.policies.editor import PolicyEditor
from tests import secret_scan
from tests.faultproxy import Fault, FaultProxy

pytestmark = pytest.mark.lab
T = TypeVar("T")

#: Generous: two shared, busy cores. The GUI must never freeze for a network wait.
STALL_LIMIT_MS = 1500
WAIT_MS = 30_000
READER = 'path "secret/data/app/*" {\n  capabilities = ["read"]\n}\n'
TYPED = 'path "secret/data/typed/*" {\n  capabilities = ["read", "list"]\n}\n# typed by hand\n'


# -- helpers ---------------------------------------------------------------------------


class StallMeter:
    """The worst gap between 10 ms timer ticks in the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.worst_ms = 0
        self.started = False
        self._last = 0

    def start(self) -> None:
        self.started = True
        self.clock.start()
        self._last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst_ms = max(self.worst_ms, now - self._last)
        self._last = now

    def stop(self) -> int:
        if self.timer.isActive():
            self._tick()
            self.timer.stop()
        return self.worst_ms


@pytest.fixture
def stall(request: pytest.FixtureRequest) -> Iterator[StallMeter]:
    """Started by the test once its set-up is done; checked when the test ends."""
    meter = StallMeter()
    yield meter
    if meter.timer.isActive():  # the test failed before it stopped measuring
        meter.stop()
        return
    print(f"[fault matrix] {request.node.name}: worst GUI stall {meter.worst_ms} ms")
    assert meter.started, "the test never measured the GUI thread"
    assert meter.worst_ms < STALL_LIMIT_MS, f"the GUI thread stalled for {meter.worst_ms} ms"


def off_gui(qtbot: QtBot, fn: Callable[[], T], timeout_ms: int = WAIT_MS) -> T:
    """Run blocking ``fn`` in a thread while the GUI thread keeps processing events."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    if "error" in box:
        raise box["error"]
    return box.get("value")  # type: ignore[no-any-return]


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def node_row(window: MainWindow, cluster: str, url: str) -> int:
    model = window.view(cluster).overview.node_model
    return next(r for r in range(model.rowCount()) if model.node(r).url == url)


def role_of(window: MainWindow, cluster: str, url: str) -> Role | None:
    model = window.view(cluster).overview.node_model
    try:
        return model.node(node_row(window, cluster, url)).role
    except StopIteration:
        return None


def tooltip_of(window: MainWindow, cluster: str, url: str) -> str | None:
    """What the user reads when hovering the node's row."""
    model = window.view(cluster).overview.node_model
    try:
        row = node_row(window, cluster, url)
    except StopIteration:
        return None
    value = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    return None if value is None else str(value)


def cell(window: MainWindow, cluster: str, url: str, column: int) -> str:
    model = window.view(cluster).overview.node_model
    try:
        return str(model.index(node_row(window, cluster, url), column).data())
    except StopIteration:
        return ""


def open_window(
    qtbot: QtBot, bridge: AsyncBridge, contexts: list[ClusterContext], interval_ms: int = 250
) -> MainWindow:
    window = MainWindow(contexts, bridge, interval_ms=interval_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def label_of(window: MainWindow, cluster: str, url: str) -> str:
    """The node's name as the window shows it (its Raft id or host name, else host:port)."""
    model = window.view(cluster).overview.node_model
    return model.node(node_row(window, cluster, url)).label


@dataclass
class AuditedContext(ClusterContext):
    """A context whose clients report every write to ``audit`` (the transport hook)."""

    audit: Callable[[Any], None] | None = field(default=None, repr=False)

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        return VaultClient.connect(
            node or self.node_order()[0],
            token=self.token,
            namespace=namespace,
            ca_bundle=self.profile.ca_bundle or None,
            insecure=self.profile.insecure,
            read_only=self.profile.read_only,
            audit=self.audit,
        )


def bao(
    lab: Lab,
    method: str,
    path: str,
    body: Any = None,
    *,
    token: str | None = None,
    namespace: str = "",
) -> httpx.Response:
    headers = {"X-Vault-Token": token or lab.root_token}
    if namespace:
        headers["X-Vault-Namespace"] = namespace
    with httpx.Client(base_url=lab.bao_leader().api_url, timeout=10, trust_env=False) as client:
        response = client.request(method, f"/v1/{path}", json=body, headers=headers)
    assert response.status_code < 400, f"{method} {path}: {response.status_code} {response.text}"
    return response


# -- OpenBao node behind the fault proxy: the live view ------------------------------

BAO = "FM OpenBao"


@pytest.fixture
def bao_proxy(healed_lab: Lab) -> Iterator[tuple[Profile, FaultProxy]]:
    """A profile of the lab's three nodes where one standby is reached through the proxy."""
    leader = healed_lab.bao_leader()
    standbys = [n for n in healed_lab.bao_nodes() if n.name != leader.name]
    with FaultProxy(standbys[1].api_url, lifetime_s=120) as proxy:
        urls = (leader.api_url, standbys[0].api_url, proxy.url)
        yield Profile(BAO, ClusterKind.OPENBAO, urls, environment="TEST"), proxy


BAO_LIVE_CASES = {
    "blackhole": (Fault("blackhole"), Role.UNREACHABLE, "The node {node} did not answer in time."),
    "reset": (Fault("reset"), Role.UNREACHABLE, "The node {node} could not be reached."),
    "truncated": (
        Fault("truncate"),
        Role.UNKNOWN,
        "The server sent an answer that could not be understood.",
    ),
    "not-json": (
        Fault("not_json"),
        Role.UNKNOWN,
        "The server sent an answer that could not be understood.",
    ),
    "huge": (
        Fault("huge", size_bytes=8 * 1024 * 1024),
        Role.UNKNOWN,
        "The server sent an answer that could not be understood.",
    ),
    "slow-drip": (Fault("drip"), Role.UNREACHABLE, "The node {node} did not answer in time."),
    "5xx": (
        Fault("status", status=502),
        Role.UNKNOWN,
        "The node {node} reported an internal error.",
    ),
}


@pytest.mark.parametrize("case", list(BAO_LIVE_CASES))
def test_openbao_node_fault_in_live_view(
    qtbot: QtBot,
    bridge: AsyncBridge,
    stall: StallMeter,
    bao_proxy: tuple[Profile, FaultProxy],
    case: str,
) -> None:
    fault, role, sentence = BAO_LIVE_CASES[case]
    profile, proxy = bao_proxy
    window = open_window(qtbot, bridge, [ClusterContext(profile, None)])
    qtbot.waitUntil(lambda: role_of(window, BAO, proxy.url) is Role.FOLLOWER, timeout=WAIT_MS)
    stall.start()
    proxy.fault = fault
    expected = sentence.format(node=proxy.url)
    qtbot.waitUntil(lambda: tooltip_of(window, BAO, proxy.url) == expected, timeout=WAIT_MS)
    assert role_of(window, BAO, proxy.url) is role
    assert f"not serving: {BAO}: {label_of(window, BAO, proxy.url)}" in status(window)
    # The other nodes keep being watched, and the faulty one recovers when the fault ends.
    assert role_of(window, BAO, profile.node_urls[0]) is Role.LEADER
    proxy.fault = Fault("pass")
    qtbot.waitUntil(lambda: role_of(window, BAO, proxy.url) is Role.FOLLOWER, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "all nodes answering" in status(window), timeout=WAIT_MS)
    assert proxy.faulted() >= 1
    window.close()
    stall.stop()


def test_openbao_node_latency_shows_in_latency_column(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, bao_proxy: tuple[Profile, FaultProxy]
) -> None:
    profile, proxy = bao_proxy
    window = open_window(qtbot, bridge, [ClusterContext(profile, None)])
    qtbot.waitUntil(lambda: role_of(window, BAO, proxy.url) is Role.FOLLOWER, timeout=WAIT_MS)
    stall.start()
    proxy.fault = Fault("latency", delay_s=0.6)
    latency_column = 7

    def slow() -> None:
        text = cell(window, BAO, proxy.url, latency_column)
        assert text.endswith(" ms") and int(text.split()[0]) >= 600

    qtbot.waitUntil(slow, timeout=WAIT_MS)
    assert role_of(window, BAO, proxy.url) is Role.FOLLOWER
    assert tooltip_of(window, BAO, proxy.url) is None
    assert "all nodes answering" in status(window)
    window.close()
    stall.stop()


# -- OpenBao write behind the fault proxy: the policy editor keeps the text ------------

EDITOR_CASES = {
    "429-retry-after": (
        Fault("rate_limit", retry_after="30", methods=frozenset({"PUT"})),
        "The server is rate limiting requests; try again in 30 s.",
        "RateLimited",
    ),
    "5xx-on-save": (
        Fault("status", status=500, methods=frozenset({"PUT"})),
        "The node {node} reported an internal error.",
        "ServerError",
    ),
    "reset-on-save": (
        Fault("reset", methods=frozenset({"PUT"})),
        "The node {node} could not be reached.",
        "Unreachable",
    ),
}


@pytest.mark.parametrize("case", list(EDITOR_CASES))
def test_policy_save_through_faulty_node_keeps_the_text(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab, case: str
) -> None:
    fault, sentence, error_name = EDITOR_CASES[case]
    name = f"fm-save-{case}"
    bao(healed_lab, "PUT", f"sys/policies/acl/{name}", {"policy": READER})
    audit = AuditLog()
    before = len(audit.entries())
    with FaultProxy(healed_lab.bao_leader().api_url, lifetime_s=120) as proxy:
        profile = Profile("FM editor", ClusterKind.OPENBAO, (proxy.url,))
        context = AuditedContext(profile, healed_lab.root_token, audit=audit.recorder(profile.name))
        editor = PolicyEditor(context, bridge)
        qtbot.addWidget(editor)
        editor.show()
        editor.confirm_save = lambda *_args: True
        editor.resolve_conflict = lambda *_args: None
        with qtbot.waitSignal(editor.sig_loaded, timeout=WAIT_MS):
            editor.open_policy("", name)
        stall.start()
        editor.editor.setPlainText(TYPED)
        proxy.fault = fault
        with qtbot.waitSignal(editor.sig_failed, timeout=WAIT_MS):
            editor.save()
        shown = editor.banner.text.text()
        assert shown == (
            "Not saved; your text is kept as a draft. " + sentence.format(node=proxy.url)
        )
        assert editor.banner.isVisible()
        assert editor.text == TYPED
        draft = DraftStore().load(PolicyKey(profile.name, "", name))
        assert draft is not None and draft.text == TYPED
        # A reset mid-answer comes after the server applied the write: the next save
        # finds the server already has the text (neither a conflict nor a second write).
        applied = case == "reset-on-save"
        proxy.fault = Fault("pass")
        with qtbot.waitSignal(editor.sig_saved, timeout=WAIT_MS):
            editor.save()
        if applied:
            assert editor.banner.text.text() == "Nothing to save: the server has this text."
    assert editor.text == TYPED
    server = bao(healed_lab, "GET", f"sys/policies/acl/{name}").json()["data"]["policy"]
    assert server == TYPED
    entries = [e.record for e in audit.entries()[before:] if e.record.path.endswith(name)]
    expected = [("error", error_name)] + ([] if applied else [("ok", "")])
    assert [(e.result, e.error) for e in entries] == expected
    assert all(e.profile == "FM editor" and e.method == "PUT" for e in entries)
    assert audit.verify().ok
    stall.stop()


# -- Core node behind the fault proxy: health probe (live view) and REST -------------

CORE = "FM Core"

#: fault -> (role shown, start of the node tooltip or None, KumaError raised by REST).
CORE_CASES: dict[str, tuple[Fault, Role, str | None, str]] = {
    "blackhole": (
        Fault("blackhole"),
        Role.UNREACHABLE,
        "The Core node {node} did not answer its health check: no",
        "KumaTimeout",
    ),
    "reset": (
        Fault("reset"),
        Role.UNREACHABLE,
        "The Core node {node} did not answer its health check: cannot reach the node",
        "KumaUnreachable",
    ),
    "truncated": (Fault("truncate"), Role.UNKNOWN, None, "KumaBadResponse"),
    "not-json": (Fault("not_json"), Role.UNKNOWN, None, "KumaBadResponse"),
    "huge": (Fault("huge", size_bytes=8 * 1024 * 1024), Role.UNKNOWN, None, "KumaBadResponse"),
    "5xx": (
        Fault("status", status=502),
        Role.UNKNOWN,
        "The Core node {node} answered its health check with an error",
        "KumaServerError",
    ),
    "429-retry-after": (
        Fault("rate_limit"),
        Role.UNKNOWN,
        "The Core node {node} answered its health check with an error",
        "KumaRateLimited",
    ),
    "latency": (Fault("latency", delay_s=0.6), Role.FOLLOWER, None, ""),
}


@pytest.fixture
def core_proxies(healed_lab: Lab) -> Iterator[tuple[Profile, FaultProxy, FaultProxy, str]]:
    """A Core profile whose one follower's health and REST ports go through proxies."""
    cores = healed_lab.core_nodes()
    leader_name = next(
        p.name
        for p in healed_lab.status().processes
        if p.name.startswith("core") and p.role == "leader"
    )
    follower = next(n for n in cores if n.name != leader_name)
    with (
        FaultProxy(follower.health_url, lifetime_s=120) as health,
        FaultProxy(follower.rest_url, lifetime_s=120) as rest,
    ):
        health_urls = tuple(
            f"{health.url}/health" if n is follower else n.health_url for n in cores
        )
        profile = Profile(
            CORE,
            ClusterKind.CORE,
            tuple(n.rest_url for n in cores),
            health_urls,
            environment="TEST",
        )
        yield profile, health, rest, follower.rest_url


@pytest.mark.parametrize("case", list(CORE_CASES))
def test_core_node_fault_in_live_view_and_rest(
    qtbot: QtBot,
    bridge: AsyncBridge,
    stall: StallMeter,
    healed_lab: Lab,
    core_proxies: tuple[Profile, FaultProxy, FaultProxy, str],
    case: str,
) -> None:
    fault, role, tooltip, rest_error = CORE_CASES[case]
    profile, health, rest, node_url = core_proxies
    window = open_window(qtbot, bridge, [ClusterContext(profile, healed_lab.core_token)])
    qtbot.waitUntil(lambda: role_of(window, CORE, node_url) is Role.FOLLOWER, timeout=WAIT_MS)
    stall.start()
    health.fault = rest.fault = fault
    if tooltip is None:
        qtbot.waitUntil(lambda: role_of(window, CORE, node_url) is role, timeout=WAIT_MS)
        if role is not Role.FOLLOWER:
            assert cell(window, CORE, node_url, 9) == "answers (role unknown)"
    else:
        expected = tooltip.format(node=node_url)
        qtbot.waitUntil(
            lambda: (tooltip_of(window, CORE, node_url) or "").startswith(expected),
            timeout=WAIT_MS,
        )
        assert role_of(window, CORE, node_url) is role
    if role is Role.FOLLOWER:
        assert "all nodes answering" in status(window)
    else:
        assert f"not serving: {CORE}: {label_of(window, CORE, node_url)}" in status(window)

    # The same fault on the REST API: a typed error, on the bridge's loop.
    async def whoami() -> object:
        async with KumaClient(
            rest.url, healed_lab.core_token, timeouts=KumaTimeouts(connect=0.5, read=1.5)
        ) as client:
            return await client.whoami()

    outcome: dict[str, Any] = {}
    bridge.submit(whoami(), lambda result, error: outcome.update(result=result, error=error))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    error = outcome["error"]
    if rest_error:
        assert isinstance(error, KumaError) and type(error).__name__ == rest_error, repr(error)
        assert healed_lab.core_token not in str(error) + repr(error)
    else:
        assert error is None
    health.fault = rest.fault = Fault("pass")
    qtbot.waitUntil(lambda: role_of(window, CORE, node_url) is Role.FOLLOWER, timeout=WAIT_MS)
    window.close()
    stall.stop()


def test_core_health_slow_drip_is_cut_at_one_timeout(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    follower = healed_lab.core_nodes()[0]
    with FaultProxy(follower.health_url, lifetime_s=60) as proxy:
        proxy.fault = Fault("drip", drip_interval_s=0.25, drip_bytes=24)  # 6 s of drip
        stall.start()

        async def probe() -> float:
            loop = asyncio.get_running_loop()
            started = loop.time()
            async with KumaClient(
                follower.rest_url, "", timeouts=KumaTimeouts(connect=0.5, read=1.5)
            ) as client:
                with contextlib.suppress(KumaError):
                    await client.probe_raft(f"{proxy.url}/health")
            return loop.time() - started

        outcome: dict[str, Any] = {}
        bridge.submit(probe(), lambda result, error: outcome.update(result=result, error=error))
        qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    print(f"[fault matrix] Core health probe under a slow drip took {outcome['result']:.1f} s")
    assert outcome["result"] < 3.0
    stall.stop()


# -- the real lab: nodes killed, sealed, restarted ------------------------------------

LAB_BAO = "Lab OpenBao"
LAB_CORE = "Lab Core"


def lab_context(lab: Lab, kind: ClusterKind) -> ClusterContext:
    if kind is ClusterKind.OPENBAO:
        urls = tuple(n.api_url for n in lab.bao_nodes())
        return ClusterContext(Profile(LAB_BAO, kind, urls, environment="LAB"), lab.root_token)
    cores = lab.core_nodes()
    profile = Profile(
        LAB_CORE,
        kind,
        tuple(n.rest_url for n in cores),
        tuple(n.health_url for n in cores),
        environment="LAB",
    )
    return ClusterContext(profile, lab.core_token)


def leader_url(window: MainWindow, cluster: str) -> str | None:
    model = window.view(cluster).overview.node_model
    leaders = [
        model.node(r).url for r in range(model.rowCount()) if model.node(r).role is Role.LEADER
    ]
    return leaders[0] if len(leaders) == 1 else None


def unreachable_sentence(url: str) -> str:
    return f"The node {url} could not be reached."


@pytest.mark.parametrize("who", ["leader", "follower"])
def test_openbao_node_killed(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab, who: str
) -> None:
    window = open_window(qtbot, bridge, [lab_context(healed_lab, ClusterKind.OPENBAO)])
    qtbot.waitUntil(lambda: leader_url(window, LAB_BAO) is not None, timeout=WAIT_MS)
    leader = leader_url(window, LAB_BAO)
    nodes = healed_lab.bao_nodes()
    victim = next(n for n in nodes if (n.api_url == leader) == (who == "leader"))
    stall.start()
    healed_lab.kill(victim.name)
    expected = unreachable_sentence(victim.api_url)
    qtbot.waitUntil(
        lambda: tooltip_of(window, LAB_BAO, victim.api_url) == expected, timeout=WAIT_MS
    )
    # The node is called by its Raft node id, not its URL.
    assert label_of(window, LAB_BAO, victim.api_url) == victim.node_id
    assert f"not serving: {LAB_BAO}: {label_of(window, LAB_BAO, victim.api_url)}" in status(window)
    qtbot.waitUntil(
        lambda: leader_url(window, LAB_BAO) not in (None, victim.api_url), timeout=WAIT_MS
    )
    summary = window.view(LAB_BAO).overview.summary.text()
    assert summary.startswith("Leader: ") and victim.api_url not in summary
    off_gui(qtbot, lambda: healed_lab.restart(victim.name))
    qtbot.waitUntil(
        lambda: role_of(window, LAB_BAO, victim.api_url) is Role.FOLLOWER, timeout=WAIT_MS
    )
    assert tooltip_of(window, LAB_BAO, victim.api_url) is None
    window.close()
    stall.stop()


def test_openbao_two_of_three_down(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    window = open_window(qtbot, bridge, [lab_context(healed_lab, ClusterKind.OPENBAO)])
    panel = window.view(LAB_BAO).overview.quorum
    qtbot.waitUntil(lambda: panel.voters.text() == "3", timeout=WAIT_MS)
    leader = leader_url(window, LAB_BAO)
    nodes = healed_lab.bao_nodes()
    victims = [next(n for n in nodes if n.api_url == leader)]
    victims.append(next(n for n in nodes if n.api_url != leader))
    survivor = next(n for n in nodes if n not in victims)
    stall.start()
    for node in victims:
        healed_lab.kill(node.name)

    def lost() -> None:
        assert QuorumWarning.QUORUM_LOST in panel.warnings
        assert role_of(window, LAB_BAO, survivor.api_url) is Role.CANDIDATE

    qtbot.waitUntil(lost, timeout=WAIT_MS)
    assert panel.banner.isVisible() and "not enough healthy nodes" in panel.banner.text()
    assert window.view(LAB_BAO).overview.summary.text() == "No leader known"
    for node in victims:
        assert tooltip_of(window, LAB_BAO, node.api_url) == unreachable_sentence(node.api_url)
    window.close()
    stall.stop()


def test_openbao_node_sealed(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    window = open_window(qtbot, bridge, [lab_context(healed_lab, ClusterKind.OPENBAO)])
    qtbot.waitUntil(lambda: leader_url(window, LAB_BAO) is not None, timeout=WAIT_MS)
    leader = leader_url(window, LAB_BAO)
    victim = next(n for n in healed_lab.bao_nodes() if n.api_url != leader)
    stall.start()
    off_gui(qtbot, lambda: healed_lab.seal(victim.name))
    qtbot.waitUntil(
        lambda: role_of(window, LAB_BAO, victim.api_url) is Role.SEALED, timeout=WAIT_MS
    )
    assert f"not serving: {LAB_BAO}: {label_of(window, LAB_BAO, victim.api_url)}" in status(window)
    assert cell(window, LAB_BAO, victim.api_url, 9) == "503"
    off_gui(qtbot, lambda: healed_lab.unseal(victim.name))
    qtbot.waitUntil(
        lambda: role_of(window, LAB_BAO, victim.api_url) is Role.FOLLOWER, timeout=WAIT_MS
    )
    window.close()
    stall.stop()


def test_openbao_node_restarted(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    window = open_window(qtbot, bridge, [lab_context(healed_lab, ClusterKind.OPENBAO)])
    qtbot.waitUntil(lambda: leader_url(window, LAB_BAO) is not None, timeout=WAIT_MS)
    leader = leader_url(window, LAB_BAO)
    victim = next(n for n in healed_lab.bao_nodes() if n.api_url != leader)
    stall.start()
    events = window.view(LAB_BAO).overview.events_model
    before = events.rowCount()
    off_gui(qtbot, lambda: healed_lab.restart(victim.name))
    qtbot.waitUntil(
        lambda: role_of(window, LAB_BAO, victim.api_url) is Role.FOLLOWER, timeout=WAIT_MS
    )
    assert tooltip_of(window, LAB_BAO, victim.api_url) is None
    assert leader_url(window, LAB_BAO) == leader  # a follower restart moves no leadership
    assert events.rowCount() >= before
    window.close()
    stall.stop()


@pytest.mark.parametrize("who", ["leader", "follower"])
def test_core_node_killed(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab, who: str
) -> None:
    window = open_window(qtbot, bridge, [lab_context(healed_lab, ClusterKind.CORE)])
    qtbot.waitUntil(lambda: leader_url(window, LAB_CORE) is not None, timeout=WAIT_MS)
    leader = leader_url(window, LAB_CORE)
    victim = next(n for n in healed_lab.core_nodes() if (n.rest_url == leader) == (who == "leader"))
    stall.start()
    healed_lab.kill(victim.name)
    qtbot.waitUntil(
        lambda: (tooltip_of(window, LAB_CORE, victim.rest_url) or "").startswith(
            f"The Core node {victim.rest_url} did not answer its health check: cannot reach"
        ),
        timeout=WAIT_MS,
    )
    assert role_of(window, LAB_CORE, victim.rest_url) is Role.UNREACHABLE
    assert label_of(window, LAB_CORE, victim.rest_url) == victim.name  # its host name
    assert f"not serving: {LAB_CORE}: {label_of(window, LAB_CORE, victim.rest_url)}" in status(
        window
    )
    qtbot.waitUntil(
        lambda: leader_url(window, LAB_CORE) not in (None, victim.rest_url), timeout=WAIT_MS
    )
    off_gui(qtbot, lambda: healed_lab.restart(victim.name))
    qtbot.waitUntil(
        lambda: role_of(window, LAB_CORE, victim.rest_url) is Role.FOLLOWER, timeout=WAIT_MS
    )
    window.close()
    stall.stop()


# -- the real lab: tokens, namespaces and policies change under the user ------------


def policies_page(
    qtbot: QtBot, bridge: AsyncBridge, lab: Lab, token: str, namespace: str
) -> PoliciesPage:
    profile = Profile("FM policies", ClusterKind.OPENBAO, (lab.bao_leader().api_url,))
    page = PoliciesPage(ClusterContext(profile, token), bridge)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.sig_listed, timeout=WAIT_MS):
        page.set_namespace(namespace)
    return page


DENIED = "The token is not allowed to do this (or it is invalid or expired)."


def test_token_revoked_while_open(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    # Created through an audited transport: the real server's request id is recorded.
    audit = AuditLog()

    async def create() -> str:
        async with VaultClient.connect(
            healed_lab.bao_leader().api_url,
            token=healed_lab.root_token,
            audit=audit.recorder("FM tokens"),
        ) as vault:
            body = {"policies": ["root"], "ttl": "10m"}
            answer = await vault.transport.request("POST", "auth/token/create", json=body)
            return str(answer.json()["auth"]["client_token"])

    token = run(create())
    secret_scan.register(token)
    entry = audit.entries()[-1].record
    assert (entry.profile, entry.action, entry.result, entry.status) == (
        "FM tokens",
        "POST auth/token/create",
        "ok",
        200,
    )
    assert len(entry.request_id) == 36 and entry.request_id.count("-") == 4
    assert token not in audit.path.read_text() and audit.verify().ok
    page = policies_page(qtbot, bridge, healed_lab, token, "")
    assert not page.banner.isVisible()
    page.search.setText("typed filter")
    stall.start()
    off_gui(qtbot, lambda: bao(healed_lab, "POST", "auth/token/revoke", {"token": token}))
    page.refresh()
    qtbot.waitUntil(page.banner.isVisible, timeout=WAIT_MS)
    assert page.banner.text.text() == f"Policies not listed. {DENIED}"
    assert page.search.text() == "typed filter"
    assert token not in page.banner.details.toPlainText()
    stall.stop()


@pytest.fixture(scope="module")
def namespaces(lab: Lab) -> Iterator[None]:
    for name in ("fm-a", "fm-b"):
        bao(lab, "POST", f"sys/namespaces/{name}")
    yield
    with contextlib.suppress(AssertionError, httpx.HTTPError):
        for name in ("fm-a", "fm-b"):
            bao(lab, "DELETE", f"sys/namespaces/{name}")


def test_permission_denied_in_one_namespace(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab, namespaces: None
) -> None:
    only_b = 'path "sys/policies/acl" {\n  capabilities = ["list"]\n}\n'
    bao(healed_lab, "PUT", "sys/policies/acl/fm-b-lister", {"policy": only_b}, namespace="fm-b")
    data = bao(
        healed_lab,
        "POST",
        "auth/token/create",
        {"policies": ["fm-b-lister"], "ttl": "10m"},
        namespace="fm-b",
    ).json()
    token = str(data["auth"]["client_token"])
    secret_scan.register(token)
    page = policies_page(qtbot, bridge, healed_lab, token, "fm-b")
    assert page.model.rowCount() >= 1  # the token works where its policy applies
    stall.start()
    page.set_namespace("fm-a")
    qtbot.waitUntil(page.banner.isVisible, timeout=WAIT_MS)
    assert page.banner.text.text() == f"Policies not listed. {DENIED}"
    assert page.model.rowCount() == 0
    stall.stop()


def test_namespace_deleted_while_shown(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    bao(healed_lab, "POST", "sys/namespaces/fm-gone")
    page = policies_page(qtbot, bridge, healed_lab, healed_lab.root_token, "fm-gone")
    stall.start()

    def delete() -> None:
        bao(healed_lab, "DELETE", "sys/namespaces/fm-gone")
        with httpx.Client(base_url=healed_lab.bao_leader().api_url, trust_env=False) as client:
            for _ in range(100):
                answer = client.get(
                    "/v1/sys/namespaces/fm-gone", headers={"X-Vault-Token": healed_lab.root_token}
                )
                if answer.status_code == 404:
                    return
                threading.Event().wait(0.1)

    off_gui(qtbot, delete)
    page.refresh()
    qtbot.waitUntil(page.banner.isVisible, timeout=WAIT_MS)
    assert page.banner.text.text() == (
        "Policies not listed: the namespace fm-gone no longer exists, or this token cannot see it."
    )
    assert page.heading.text().endswith("fm-gone")
    stall.stop()


def test_policy_changed_while_edited(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, healed_lab: Lab
) -> None:
    name = "fm-conflict"
    bao(healed_lab, "PUT", f"sys/policies/acl/{name}", {"policy": READER})
    profile = Profile("FM conflict", ClusterKind.OPENBAO, (healed_lab.bao_leader().api_url,))
    editor = PolicyEditor(ClusterContext(profile, healed_lab.root_token), bridge)
    qtbot.addWidget(editor)
    editor.resolve_conflict = lambda *_args: None
    editor.confirm_save = lambda *_args: True
    with qtbot.waitSignal(editor.sig_loaded, timeout=WAIT_MS):
        editor.open_policy("", name)
    editor.editor.setPlainText(TYPED)
    stall.start()
    other = READER.replace('"read"', '"read", "list"')
    off_gui(qtbot, lambda: bao(healed_lab, "PUT", f"sys/policies/acl/{name}", {"policy": other}))
    with qtbot.waitSignal(editor.sig_conflict, timeout=WAIT_MS):
        editor.save()
    assert editor.banner.text.text() == (
        "Not saved: the policy changed on the server since you opened it. "
        "Your text is kept as a draft."
    )
    assert editor.text == TYPED
    draft = DraftStore().load(PolicyKey(profile.name, "", name))
    assert draft is not None and draft.text == TYPED
    server = bao(healed_lab, "GET", f"sys/policies/acl/{name}").json()["data"]["policy"]
    assert server == other
    stall.stop()


# -- TLS: unknown CA, wrong host name, expired certificate ----------------------------


@dataclass(frozen=True)
class TlsNode:
    ca_file: Path
    urls: dict[str, str]


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca(cn: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def make_leaf(
    ca: tuple[x509.Certificate, ec.EllipticCurvePrivateKey],
    sans: list[x509.GeneralName],
    *,
    expired: bool = False,
) -> tuple[bytes, bytes]:
    ca_cert, ca_key = ca
    key = _key()
    now = datetime.datetime.now(datetime.UTC)
    start, end = (
        (now - datetime.timedelta(days=10), now - datetime.timedelta(days=1))
        if expired
        else (now - datetime.timedelta(days=1), now + datetime.timedelta(days=10))
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("adminui-test-node"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


@pytest.fixture(scope="module")
def tls_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsNode]:
    """One extra OpenBao server (in-memory storage) with a TLS listener per certificate."""
    import ipaddress

    root = tmp_path_factory.mktemp("tls-node")
    trusted = make_ca("AdminUI test CA")
    stranger = make_ca("Some other CA")
    loopback = [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    leaves = {
        "good": make_leaf(trusted, loopback),
        "unknown-ca": make_leaf(stranger, loopback),
        "wrong-host": make_leaf(trusted, [x509.DNSName("bao.example.test")]),
        "expired": make_leaf(trusted, loopback, expired=True),
    }
    ca_file = root / "ca.pem"
    ca_file.write_bytes(trusted[0].public_bytes(serialization.Encoding.PEM))
    ports = free_ports(2 * len(leaves))
    listeners, urls = [], {}
    for i, (label, (cert, key)) in enumerate(leaves.items()):
        (root / f"{label}.pem").write_bytes(cert)
        (root / f"{label}.key").write_bytes(key)
        (root / f"{label}.key").chmod(0o600)
        listeners.append(
            f'listener "tcp" {{\n  address = "127.0.0.1:{ports[2 * i]}"\n'
            f'  cluster_address = "127.0.0.1:{ports[2 * i + 1]}"\n'
            f'  tls_cert_file = "{root / f"{label}.pem"}"\n'
            f'  tls_key_file = "{root / f"{label}.key"}"\n}}\n'
        )
        urls[label] = f"https://127.0.0.1:{ports[2 * i]}"
    config = root / "config.hcl"
    config.write_text(
        f'ui = false\nstorage "inmem" {{}}\napi_addr = "{urls["good"]}"\n' + "".join(listeners),
        encoding="utf-8",
    )
    log = (root / "bao.log").open("wb")
    proc = subprocess.Popen(
        [str(bao_binary()), "server", f"-config={config}"],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(verify=False, trust_env=False, timeout=1.0) as client:
            for _ in range(200):
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{urls['good']}/v1/sys/health").status_code == 501:
                        break
                if proc.poll() is not None:
                    break
                threading.Event().wait(0.05)
            else:
                pytest.fail("the TLS OpenBao node did not start")
        assert proc.poll() is None, (root / "bao.log").read_text()
        yield TlsNode(ca_file, urls)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()


TLS_CASES = {
    "unknown-ca": ("unable to get local issuer certificate", False),
    "wrong-host": ("IP address mismatch", True),
    "expired": ("certificate has expired", True),
}


#: What the one sentence adds for each case.
TLS_SAYS = {
    "unknown-ca": "its certificate comes from an authority this profile does not trust "
    "(set its CA bundle).",
    "wrong-host": "its certificate is not issued for this address.",
    "expired": "its certificate has expired.",
}


@pytest.mark.parametrize("case", list(TLS_CASES))
def test_tls_failure_is_refused_with_one_sentence(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, tls_node: TlsNode, case: str
) -> None:
    reason, with_ca = TLS_CASES[case]
    url = tls_node.urls[case]
    good = tls_node.urls["good"]
    ca = str(tls_node.ca_file) if with_ca else ""
    # One profile: the faulty listener and, as a control, the good one (same CA setting).
    nodes = (url, good) if with_ca else (url,)
    profile = Profile("FM TLS", ClusterKind.OPENBAO, nodes, ca_bundle=ca, environment="TEST")
    window = open_window(qtbot, bridge, [ClusterContext(profile, None)])
    stall.start()
    expected = f"The secure connection to {url} could not be verified: {TLS_SAYS[case]}"
    qtbot.waitUntil(lambda: tooltip_of(window, "FM TLS", url) == expected, timeout=WAIT_MS)
    assert role_of(window, "FM TLS", url) is Role.UNREACHABLE
    assert f"not serving: FM TLS: {label_of(window, 'FM TLS', url)}" in status(window)
    if with_ca:  # the same CA verifies the good listener: TLS works, the node answers 501
        qtbot.waitUntil(lambda: cell(window, "FM TLS", good, 9) == "501", timeout=WAIT_MS)
    window.close()

    async def detail() -> str:
        async with VaultClient.connect(url, ca_bundle=ca or None) as client:
            try:
                await client.sys.health()
            except errors.TLSError as exc:
                return exc.detail
        return ""

    assert reason in run(detail())
    stall.stop()


def test_tls_insecure_profile_connects_and_says_so(
    qtbot: QtBot, bridge: AsyncBridge, stall: StallMeter, tls_node: TlsNode
) -> None:
    url = tls_node.urls["unknown-ca"]
    profile = Profile("FM insecure", ClusterKind.OPENBAO, (url,), insecure=True)
    window = open_window(qtbot, bridge, [ClusterContext(profile, None)])
    stall.start()
    qtbot.waitUntil(lambda: cell(window, "FM insecure", url, 9) == "501", timeout=WAIT_MS)
    assert tooltip_of(window, "FM insecure", url) is None
    overview = window.view("FM insecure").overview
    labels = [
        w.text() for w in overview.findChildren(QLabel) if w.objectName() == "environmentBanner"
    ]
    assert labels == ["TLS VERIFICATION OFF"]
    window.close()
    stall.stop()
