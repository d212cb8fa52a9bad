"""The namespace page and tree model against a recorded 10,000-namespace SCAN answer.

The recording (tests/data/namespaces_scan_10k.json.gz) is a real ``SCAN sys/namespaces``
answer of an OpenBao 2.7.2 server holding 10,000 namespaces (250 tenants × 39 apps,
two of them locked), replayed through ``httpx.MockTransport``.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt

from adminui.api.vault import VaultClient, VaultTransport
from adminui.core.cluster import ClusterKind
from adminui.core.namespaces import NamespaceEntry, NamespaceIndex
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.namespaces.page import NamespacesPage
from adminui.ui.namespaces.tree_model import NamespaceTreeModel

RECORDING = Path(__file__).parent.parent / "data" / "namespaces_scan_10k.json.gz"


def recorded_body() -> dict[str, Any]:
    return json.loads(gzip.decompress(RECORDING.read_bytes()))


class ReplayContext(ClusterContext):
    """A context whose clients answer from a handler instead of the network."""

    def __init__(self, handler: Any) -> None:
        super().__init__(
            Profile("replay", ClusterKind.OPENBAO, ("http://replay:8200",)), "s.replay-token"
        )
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return self.handler(request)

        client = httpx.AsyncClient(
            transport=httpx.MockTransport(record), base_url="http://replay:8200"
        )
        transport = VaultTransport("http://replay:8200", token="s.replay-token", client=client)
        original = transport.aclose

        async def aclose() -> None:
            await original()
            await client.aclose()

        transport.aclose = aclose  # type: ignore[method-assign]
        return VaultClient(transport, namespace)


@pytest.fixture(scope="module")
def body() -> dict[str, Any]:
    return recorded_body()


def scan_handler(body: dict[str, Any]) -> Any:
    raw = json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "SCAN":
            return httpx.Response(200, content=raw, headers={"content-type": "application/json"})
        return httpx.Response(404, json={"errors": []})

    return handler


def test_recording_has_the_real_shape(body: dict[str, Any]) -> None:
    keys = body["data"]["keys"]
    info = body["data"]["key_info"]
    assert len(keys) == 10_000
    first = info[keys[0]]
    assert set(first) == {"custom_metadata", "id", "locked", "path", "tainted", "uuid"}
    assert sum(1 for k in keys if k.count("/") == 1) == 250
    assert sum(v["locked"] for v in info.values()) == 2


def test_tree_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = NamespaceTreeModel()
    entries = [NamespaceEntry(p) for p in ("a", "a/x", "a/y", "b", "b/z/q", "c")]
    model.set_index(NamespaceIndex(entries))
    qtmodeltester.check(model)
    model.set_filter("q")
    qtmodeltester.check(model)
    model.set_index(NamespaceIndex([*entries, NamespaceEntry("b/z/qq"), NamespaceEntry("d")]))
    qtmodeltester.check(model)
    model.set_filter("")
    qtmodeltester.check(model)


def test_lazy_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = NamespaceTreeModel()
    asked: list[str] = []
    model.sig_fetch_requested.connect(asked.append)
    index = NamespaceIndex([NamespaceEntry("a"), NamespaceEntry("b")], complete=False)
    model.set_index(index)
    a = model.index_of_path("a")
    assert model.hasChildren(a) and model.canFetchMore(a)
    model.fetchMore(a)
    assert asked == ["a"]
    assert not model.canFetchMore(a)  # asked once, not again while pending
    model.add_children("a", [NamespaceEntry("a/k1"), NamespaceEntry("a/k2")])
    assert model.rowCount(model.index_of_path("a")) == 2
    assert not model.canFetchMore(model.index_of_path("a"))
    qtmodeltester.check(model)


def test_refresh_applies_a_diff_and_keeps_selection_and_expansion(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTreeView

    model = NamespaceTreeModel()
    model.set_index(NamespaceIndex([NamespaceEntry(p) for p in ("a", "a/x", "b", "b/y")]))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expand(model.index_of_path("b"))
    view.setCurrentIndex(model.index_of_path("b/y"))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_index(
        NamespaceIndex(
            [NamespaceEntry(p) for p in ("a0", "a", "b")]
            + [NamespaceEntry("b/y", locked=True), NamespaceEntry("b/w")]
        )
    )
    assert not resets
    assert view.isExpanded(model.index_of_path("b"))
    current = view.currentIndex()
    assert current.data(Qt.ItemDataRole.UserRole) == NamespaceEntry("b/y", locked=True)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["a", "a0", "b"]
    b = model.index_of_path("b")
    assert [model.index(r, 0, b).data() for r in range(model.rowCount(b))] == ["w", "y"]
    assert model.rowCount(model.index_of_path("a")) == 0


def test_filter_keeps_matches_and_ancestors_and_the_selection(qtbot: Any) -> None:
    model = NamespaceTreeModel()
    model.set_index(NamespaceIndex([NamespaceEntry(p) for p in ("a", "a/x", "b", "b/yes")]))
    from PySide6.QtWidgets import QTreeView

    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index_of_path("b/yes"))
    model.set_filter("YES")
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "b"
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole).path == "b/yes"
    model.set_filter("")
    assert model.rowCount() == 2
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole).path == "b/yes"


def test_a_filter_matching_everything_keeps_rows_expansion_and_selection(qtbot: Any) -> None:
    from PySide6.QtWidgets import QTreeView

    model = NamespaceTreeModel()
    model.set_index(NamespaceIndex([NamespaceEntry(p) for p in ("ta", "ta/tb", "tc")]))
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.expand(model.index_of_path("ta"))
    view.setCurrentIndex(model.index_of_path("ta/tb"))

    layouts: list[int] = []
    restyled: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.sig_restyled.connect(lambda: restyled.append(1))

    def bold(path: str) -> bool:
        return model.index_of_path(path).data(Qt.ItemDataRole.FontRole) is not None

    model.set_filter("t")  # every namespace matches: the same rows, bold names
    assert not layouts and restyled == [1]
    assert model.shown_count() == 3 and model.rowCount() == 2
    assert bold("ta") and bold("ta/tb") and bold("tc")
    assert view.isExpanded(model.index_of_path("ta"))
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole).path == "ta/tb"
    model.set_filter("T")  # the same namespaces again
    assert model.shown_count() == 3 and bold("ta")
    model.set_filter("")
    assert not layouts and restyled == [1, 1]
    assert model.rowCount() == 2 and not bold("ta")
    model.set_filter("tb")  # hides tc: the rows change
    assert layouts and restyled == [1, 1]
    assert model.rowCount() == 1 and bold("ta/tb") and not bold("ta")
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole).path == "ta/tb"


def test_a_parent_whose_children_are_all_filtered_out_has_none(qtmodeltester: Any) -> None:
    model = NamespaceTreeModel()
    model.set_index(
        NamespaceIndex(
            [
                NamespaceEntry("p", custom_metadata={"k": "v"}),
                NamespaceEntry("p/c"),
                NamespaceEntry("q"),
            ]
        )
    )
    p = model.index_of_path("p")
    assert model.hasChildren(p)
    model.set_filter("k=v")
    p = model.index_of_path("p")
    assert p.isValid() and not model.hasChildren(p) and model.rowCount(p) == 0
    assert not model.hasChildren(model.index(0, 1))  # only the first column has children
    qtmodeltester.check(model)


def test_page_loads_ten_thousand_and_filters_fast(
    qtbot: Any, bridge: AsyncBridge, body: dict[str, Any]
) -> None:
    context = ReplayContext(scan_handler(body))
    page = NamespacesPage(context, bridge)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000) as blocker:
        page.refresh()
    assert blocker.args == [10_000]
    assert page.model.rowCount() == 250
    assert "10000 namespaces" in page.count_label.text()
    locked = [e for e in page.model.index_data.entries.values() if e.locked]
    assert len(locked) == 2
    timings = []
    for text in ("t", "te", "ten", "tena", "tenant-01", "tenant-012", "tenant-0123/app-00"):
        started = time.perf_counter()
        page.filter_edit.setText(text)
        qtbot.wait(0)
        timings.append(time.perf_counter() - started)
    assert page.model.shown_count() == 1 + 10  # the tenant and app-000 … app-009
    assert max(timings) < 0.5  # generous on a loaded CI machine; the bench measures p95
    tenant = page.model.index_of_path("tenant-0123")
    assert page.tree.isExpanded(tenant)
    page.filter_edit.clear()
    assert page.model.rowCount() == 250


def test_page_falls_back_to_lazy_listing(qtbot: Any, bridge: AsyncBridge) -> None:
    def level(keys: list[str]) -> httpx.Response:
        info = {k: {"path": k, "id": "x", "uuid": "u", "locked": False} for k in keys}
        return httpx.Response(200, json={"data": {"keys": keys, "key_info": info}})

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "SCAN":
            return httpx.Response(405, json={"errors": ["unsupported operation"]})
        ns = request.headers.get("X-Vault-Namespace", "")
        if ns == "":
            return level(["p/", "q/"])
        if ns == "p":
            return level(["c/"])
        return httpx.Response(404, json={"errors": []})

    context = ReplayContext(handler)
    page = NamespacesPage(context, bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert page.model.rowCount() == 2
    p = page.model.index_of_path("p")
    assert page.model.canFetchMore(p)
    page.model.fetchMore(p)
    qtbot.waitUntil(lambda: page.model.rowCount(page.model.index_of_path("p")) == 1)
    assert "level by level" in page.count_label.text()


def test_create_keeps_input_after_a_refusal(qtbot: Any, bridge: AsyncBridge) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(400, json={"errors": ["namespace already exists"]})
        return httpx.Response(404, json={"errors": []})

    page = NamespacesPage(ReplayContext(handler), bridge)
    qtbot.addWidget(page)
    page.create_namespace()
    dialog = page.findChild(type(page).__mro__[0].__base__, "createNamespaceDialog")  # QWidget
    assert dialog is not None
    dialog.name_edit.setText("bad name")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "spaces" in dialog.problem.text()
    dialog.name_edit.setText("team-a")
    dialog.metadata_edit.setPlainText("owner=me")
    dialog.accept()
    qtbot.waitUntil(lambda: "already exists" in dialog.problem.text(), timeout=5000)
    assert dialog.name_edit.text() == "team-a"
    assert dialog.metadata_edit.toPlainText() == "owner=me"


def test_open_namespace_signal(qtbot: Any, bridge: AsyncBridge) -> None:
    page = NamespacesPage(ReplayContext(scan_handler(small_body())), bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert page.select_path("a/b")
    with qtbot.waitSignal(page.sig_open_namespace) as blocker:
        page.open_in_policies.trigger()
    assert blocker.args == ["policies", "a/b"]
    assert page.model.index(0, 0, QModelIndex()).data() == "a"


def test_page_fits_columns_again_when_a_filter_only_makes_names_bold(
    qtbot: Any, bridge: AsyncBridge
) -> None:
    page = NamespacesPage(ReplayContext(scan_handler(small_body())), bridge)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    fits: list[int] = []
    fit = page._fitter.fit
    page._fitter.fit = lambda: (fits.append(1), fit())[1]  # type: ignore[method-assign]
    page.filter_edit.setText("a")  # both namespaces match: no layout change
    assert fits == [1] and page.model.shown_count() == 2


def small_body() -> dict[str, Any]:
    keys = ["a/", "a/b/"]
    info = {k: {"path": k, "id": "i", "uuid": "u", "locked": False} for k in keys}
    return {"data": {"keys": keys, "key_info": info}}


def real_shaped_body(paths: list[str]) -> dict[str, Any]:
    """A SCAN answer shaped as OpenBao 2.x sends it (keys in its own order, trailing '/')."""
    keys = [p + "/" for p in paths]
    info = {
        k: {
            "custom_metadata": {},
            "id": f"id{i}",
            "locked": False,
            "path": k,
            "tainted": False,
            "uuid": f"00000000-0000-0000-0000-{i:012d}",
        }
        for i, k in enumerate(keys)
    }
    return {"request_id": "r", "lease_id": "", "data": {"keys": keys, "key_info": info}}


def shown_names(model: NamespaceTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_namespaces_are_listed_in_natural_order(qtbot: Any, bridge: AsyncBridge) -> None:
    paths = ["100", "007", "9", "10", "2", "t-10", "t-10/app-10", "t-10/app-9", "t-10/App-2"]
    page = NamespacesPage(ReplayContext(scan_handler(real_shaped_body(paths))), bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert shown_names(page.model, QModelIndex()) == ["2", "007", "9", "10", "100", "t-10"]
    tenant = page.model.index_of_path("t-10")
    assert shown_names(page.model, tenant) == ["App-2", "app-9", "app-10"]
    page.filter_edit.setText("app")  # filter results keep the order
    tenant = page.model.index_of_path("t-10")
    assert shown_names(page.model, tenant) == ["App-2", "app-9", "app-10"]
    page.filter_edit.setText("0")
    assert shown_names(page.model, QModelIndex()) == ["007", "10", "100", "t-10"]


def test_lazily_listed_levels_are_in_natural_order(qtbot: Any, bridge: AsyncBridge) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "SCAN":
            return httpx.Response(405, json={"errors": ["unsupported operation"]})
        if request.headers.get("X-Vault-Namespace", "") == "":
            return httpx.Response(200, json=real_shaped_body(["n10", "n9", "n100", "n2"]))
        return httpx.Response(404, json={"errors": []})

    page = NamespacesPage(ReplayContext(handler), bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert shown_names(page.model, QModelIndex()) == ["n2", "n9", "n10", "n100"]


def test_a_failed_load_is_said_in_the_page_not_in_a_box_over_another_page(
    qtbot: Any, bridge: AsyncBridge
) -> None:
    """Loading fails while the user is elsewhere: no modal box pops up later; the
    namespaces page itself says what failed when the user comes back to it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def handler(_request: Any) -> Any:
        import httpx

        return httpx.Response(403, json={"errors": ["permission denied"]})

    page = NamespacesPage(ReplayContext(handler), bridge)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(page.banner.isVisible, timeout=5000)
    assert page.banner.text.text().startswith("Loading namespaces failed: ")
    assert "not allowed" in page.banner.text.text()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == []
