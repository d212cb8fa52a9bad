"""The main window lists clusters and their nodes' live roles without blocking."""

from __future__ import annotations

import http.server
import json
import socket
import threading

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, Role
from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow


def roles(window: MainWindow, cluster: str) -> list[Role]:
    model = window.view(cluster).overview.node_model
    return [model.node(row).role for row in range(model.rowCount())]


@pytest.mark.lab
def test_window_shows_lab_nodes_with_one_leader(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge
) -> None:
    contexts = [ClusterContext(p, t) for p, t in lab_profiles(lab)]
    window = MainWindow(contexts, bridge)
    qtbot.addWidget(window)
    window.show()

    def bao_settled() -> None:
        bao = roles(window, LAB_OPENBAO)
        assert len(bao) == 3 and bao.count(Role.LEADER) == 1 and bao.count(Role.FOLLOWER) == 2

    def core_settled() -> None:
        core = roles(window, LAB_CORE)
        assert len(core) == 3 and core.count(Role.LEADER) == 1

    # Two clusters: the window opens on the fleet; each cluster's nodes show once it is
    # opened (off screen, its looks are recorded but not drawn).
    assert window.stack.currentWidget() is window.fleet
    window.open_cluster_named(LAB_CORE)
    qtbot.waitUntil(core_settled, timeout=10_000)
    window.open_cluster_named(LAB_OPENBAO)
    qtbot.waitUntil(bao_settled, timeout=10_000)
    overview = window.view(LAB_OPENBAO).overview
    model = overview.node_model
    leader = next(model.node(r) for r in range(3) if model.node(r).role is Role.LEADER)
    assert leader.label in overview.summary.text()
    window.close()


class Blackhole:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        for conn in self.conns:
            conn.close()
        self.sock.close()


def test_hung_node_never_stalls_the_gui_thread(qtbot: QtBot, bridge: AsyncBridge) -> None:
    hole = Blackhole()
    try:
        url = f"http://127.0.0.1:{hole.port}"
        profile = Profile("Hung", ClusterKind.OPENBAO, (url,))
        window = MainWindow([ClusterContext(profile, "token")], bridge)
        qtbot.addWidget(window)
        window.show()
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(tick)
        ticker.start()
        qtbot.waitUntil(lambda: roles(window, "Hung") == [Role.UNREACHABLE], timeout=10_000)
        ticker.stop()
        worst = max(gaps)
        print(f"worst GUI event-loop gap with a hung node: {worst} ms")
        assert worst < 500  # generous: the probe's own read timeout is 1.5 s
        window.close()
    finally:
        hole.close()


def test_namespace_tree_opens_the_policy_page_on_a_namespace(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    profile = Profile("Offline", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    window = MainWindow([ClusterContext(profile, "token")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    view = window.view("Offline")
    view.open_namespace("policies", "team-a/apps")
    policies = view.page("policies")
    assert policies is not None
    assert view.tabs.currentWidget() is policies
    assert policies.namespace == "team-a/apps"  # type: ignore[attr-defined]
    window.close()


def test_palette_finds_pages_and_nodes_and_state_survives_a_restart(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    profiles = [
        Profile("Alpha", ClusterKind.OPENBAO, ("http://127.0.0.1:9",)),
        Profile("Beta", ClusterKind.CORE, ("http://127.0.0.1:10",), ("http://127.0.0.1:11/h",)),
    ]
    window = MainWindow([ClusterContext(p, "t") for p in profiles], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    palette = window.open_palette()
    qtbot.keyClicks(palette.search, "beta history")
    assert palette.matches() == ["Beta › History"]
    palette.run_current()
    assert window.current_view() is window.view("Beta")
    assert window.view("Beta").tabs.tabText(window.view("Beta").tabs.currentIndex()) == "History"
    window.set_theme("dark")
    window.close()

    again = MainWindow([ClusterContext(p, "t") for p in profiles], bridge, interval_ms=60_000)
    qtbot.addWidget(again)
    assert again.current_view() is again.view("Beta")
    beta_tabs = again.view("Beta").tabs
    assert beta_tabs.tabText(beta_tabs.currentIndex()) == "History"
    assert again.theme == "dark"
    again.set_theme("system")
    again.close()


def test_ctrl_number_switches_cluster(qtbot: QtBot, bridge: AsyncBridge) -> None:
    profiles = [Profile(n, ClusterKind.OPENBAO, ("http://127.0.0.1:9",)) for n in ("A", "B")]
    window = MainWindow([ClusterContext(p, "t") for p in profiles], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.cluster_list, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.view("B")
    window.close()


def test_every_page_client_records_writes_in_the_audit_log(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    from adminui.ui.audit import AuditPage

    profile = Profile("Audited", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    context = ClusterContext(profile, "t")
    client = context.vault("team-a")
    assert client.transport.audit is context.audit is not None
    window = MainWindow([context], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    page = window.open_audit_log()
    qtbot.addWidget(page)
    assert isinstance(page, AuditPage) and page.isVisible()
    window.close()


def test_namespace_tree_opens_the_quota_page_on_a_namespace(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    profile = Profile("Offline", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    window = MainWindow([ClusterContext(profile, "token")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    view = window.view("Offline")
    view.open_namespace("quotas", "team-a")
    quotas = view.page("quotas")
    assert view.tabs.currentWidget() is quotas
    assert quotas.quotas.namespace == "team-a"  # type: ignore[union-attr]
    window.close()


def test_palette_finds_loaded_namespaces(qtbot: QtBot, bridge: AsyncBridge) -> None:
    from adminui.core.namespaces import NamespaceEntry, NamespaceIndex

    profile = Profile("Vault", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    window = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    view = window.view("Vault")
    assert view.known_namespaces() == []  # the page was never opened: nothing loaded
    page = view.page("namespaces")
    assert page is not None and view.built("namespaces") is page
    entries = [NamespaceEntry(p) for p in ("team-a", "team-a/app1", "team-b")]
    page.model.set_index(NamespaceIndex(entries))  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(view.overview)
    palette = window.open_palette()
    qtbot.keyClicks(palette.search, "app1")
    assert palette.matches() == ["Vault › namespace team-a/app1"]
    palette.run_current()
    assert view.current_key() == "namespaces"
    current = page.tree.currentIndex()  # type: ignore[attr-defined]
    assert page.model.entry(current).path == "team-a/app1"  # type: ignore[attr-defined]
    window.close()


@pytest.mark.lab
def test_palette_fetches_namespaces_never_opened(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge
) -> None:
    import httpx

    leader = lab.bao_leader().api_url
    headers = {"X-Vault-Token": lab.root_token}
    with httpx.Client(base_url=leader, headers=headers, trust_env=False, timeout=10) as http:
        http.post("/v1/sys/namespaces/palette-ns", json={}).raise_for_status()
    try:
        contexts = [ClusterContext(p, t) for p, t in lab_profiles(lab)]
        window = MainWindow(contexts, bridge, interval_ms=60_000)
        qtbot.addWidget(window)
        view = window.view(LAB_OPENBAO)
        assert view.built("namespaces") is None
        palette = window.open_palette()
        qtbot.keyClicks(palette.search, "palette-ns")
        wanted = f"{LAB_OPENBAO} › namespace palette-ns"
        qtbot.waitUntil(lambda: palette.matches() == [wanted], timeout=15_000)
        # A second palette does not scan again: the paths are kept.
        assert view.fetch_namespaces(lambda _paths: None) is False
        palette.run_current()
        assert view.current_key() == "namespaces"
        page = view.built("namespaces")
        qtbot.waitUntil(
            lambda: (
                page.selected_entry() is not None  # type: ignore[union-attr]
                and page.selected_entry().path == "palette-ns"
            ),  # type: ignore[union-attr]
            timeout=15_000,
        )
        window.close()
    finally:
        with httpx.Client(base_url=leader, headers=headers, trust_env=False, timeout=10) as http:
            http.delete("/v1/sys/namespaces/palette-ns")


class _RunningDrill:
    """Stands in for a drill that has stopped nodes: abort() asks it to restore them; it
    ends once the test says they are back."""

    def __init__(self) -> None:
        from adminui.core.drill import Fault
        from adminui.monitor.drill_runner import DrillPlan

        self.plan = DrillPlan(Fault.KILL_LEADER)
        self.aborted = 0
        self.restored = False

    def abort(self, reason: str = "") -> None:
        self.aborted += 1

    async def run(self) -> None:
        import asyncio

        while not self.restored:
            await asyncio.sleep(0.02)
        raise RuntimeError("aborted")


def test_closing_during_a_drill_asks_and_waits_until_the_nodes_are_restored(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    profile = Profile("drilled", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    window = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    drills = window.view("drilled").page("drills")
    drill = _RunningDrill()
    drills.run_drill(drill)  # type: ignore[union-attr, arg-type]
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.close()
    assert window.isVisible() and drill.aborted == 0  # "No": nothing stops
    assert "Failover drill: kill leader (drilled)" in asked[0]

    answer = QMessageBox.StandardButton.Yes
    window.close()
    assert drill.aborted == 1 and window.isVisible()  # restoring: the window waits
    assert "Restoring the cluster" in window.statusBar().currentMessage()
    qtbot.wait(300)
    assert window.isVisible()
    # The drill ends (it restarted its nodes): the window closes by itself.
    drill.restored = True
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert len(asked) == 2


def test_the_sidebar_shows_each_clusters_health_also_when_not_selected(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    from PySide6.QtGui import QIcon

    from adminui.core.cluster import NodeState, Snapshot
    from adminui.monitor.cluster_monitor import Tick

    urls = ("http://127.0.0.1:9", "http://127.0.0.1:10", "http://127.0.0.1:11")
    profiles = [
        Profile("shown", ClusterKind.OPENBAO, urls),
        Profile("elsewhere", ClusterKind.OPENBAO, urls),
    ]
    window = MainWindow([ClusterContext(p, "t") for p in profiles], bridge, interval_ms=60_000)
    qtbot.addWidget(window)

    def look(*roles: Role) -> Tick:
        nodes = tuple(
            NodeState(url, role, voter=True, healthy=role in (Role.LEADER, Role.FOLLOWER))
            for url, role in zip(urls, roles, strict=True)
        )
        return Tick(Snapshot("x", 0.0, nodes))

    model = window.cluster_model
    window._on_tick("shown", look(Role.LEADER, Role.FOLLOWER, Role.FOLLOWER))
    window._on_tick("elsewhere", look(Role.UNREACHABLE, Role.UNREACHABLE, Role.CANDIDATE))
    shown, elsewhere = (model.index(row, 0) for row in range(2))
    assert window.cluster_list.currentIndex().row() == 0  # "elsewhere" is not on screen
    assert shown.data().endswith("OpenBao · 3 · tolerates 1")
    assert elsewhere.data().endswith("OpenBao · 3 · quorum lost")
    assert model.health("elsewhere").tone == "error"  # type: ignore[union-attr]
    assert isinstance(elsewhere.data(Qt.ItemDataRole.DecorationRole), QIcon)
    window._on_tick("shown", look(Role.LEADER, Role.FOLLOWER, Role.UNREACHABLE))
    assert shown.data().endswith("no failure tolerated")
    assert model.health("shown").tone == "warning"  # type: ignore[union-attr]


def test_the_empty_window_proposes_the_cluster_the_shell_names(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from adminui.ui.main_window import first_run_command

    monkeypatch.delenv("BAO_ADDR", raising=False)
    monkeypatch.setenv("VAULT_ADDR", "https://vault.example:8200")
    monkeypatch.setenv("VAULT_CACERT", "/etc/ssl/corp ca.pem")
    monkeypatch.setenv("VAULT_TOKEN", "hvs.never-on-a-command-line")
    window = MainWindow([], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    text = window.findChild(QLabel, "firstRun").text()
    assert (
        "printf '%s' \"$VAULT_TOKEN\" | adminui profile add my-cluster --kind openbao "
        "--node https://vault.example:8200 --discover --ca-bundle '/etc/ssl/corp ca.pem'"
    ) in text
    assert "hvs.never" not in text  # the token is piped from its variable, never shown
    assert first_run_command({}) == ""
    assert "--node http://b:8200" in first_run_command({"BAO_ADDR": "http://b:8200"})


class _KeepAliveNode(http.server.BaseHTTPRequestHandler):
    """Answers every request with an empty policy list on a kept-alive connection; the
    server notes which connections carried a policy listing."""

    protocol_version = "HTTP/1.1"

    def do_LIST(self) -> None:
        if "policies" in self.path:
            self.server.listing_connections.add(self.client_address)  # type: ignore[attr-defined]
        body = json.dumps({"data": {"keys": ["default"]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_LIST

    def log_message(self, *_args: object) -> None:
        return


def test_page_actions_of_a_window_cluster_reuse_one_connection_per_node(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _KeepAliveNode)
    server.listing_connections = set()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        context = ClusterContext(Profile("Kept", ClusterKind.OPENBAO, (url,)), "t")
        window = MainWindow([context], bridge, interval_ms=60_000)
        qtbot.addWidget(window)

        async def list_policies() -> tuple[str, ...]:
            async with context.vault() as vault:  # as a page does: ask, use, close
                return (await vault.policies.list()).keys

        for _ in range(6):
            with qtbot.waitCallback() as done:
                bridge.submit(list_policies(), done)
            assert done.args[0] == ("default",)
        # Kept-alive connections of the node's one client (a second one opens only while
        # the token check runs at the same moment), not one per action.
        assert len(server.listing_connections) <= 2  # type: ignore[attr-defined]
        window.remove_cluster("Kept")
        qtbot.waitUntil(lambda: len(context._pool or ()) == 0, timeout=5000)
        window.close()
    finally:
        server.shutdown()
        server.server_close()
