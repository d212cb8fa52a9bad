"""Rules of the lab Core node's replicated state, query and records (no processes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from adminui.lab.core_node import FIRST_CORE_ID, CorePorts, core_node_argv
from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.query import PAGE_SIZE, select
from adminui.lab.core_node.records import from_create_body, own_core_record
from adminui.lab.core_node.state import MAIN_TENANT, SHARED_TENANT, ServiceTable

NOW = "2026-01-01T00:00:00.000Z"


def core(table: ServiceTable, fqdn: str, t: float = 100.0) -> str:
    record = from_create_body({"resourceID": "r", "kind": "core", "fqdn": fqdn}, NOW, t)
    outcome = table.create(record)
    assert outcome.error is None
    return str(record["id"])


def test_create_fills_kuma_fields_and_defaults() -> None:
    record = from_create_body({"resourceID": "r1"}, NOW, 1.0)
    assert record["kind"] == "collector" and record["status"] == "green"
    assert record["tenantID"] == MAIN_TENANT["id"] and record["tenantName"] == "Main"
    assert record["name"].startswith("collector-")
    assert record["created"] == record["updated"] == NOW


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([], "request body must be a JSON object"),
        ({}, "resourceID is required"),
        ({"resourceID": "r", "status": "blue"}, "invalid status"),
        ({"resourceID": "r", "tenantID": "nope"}, "unknown tenant"),
        ({"resourceID": {"x": 1}}, "invalid resourceID"),
    ],
)
def test_create_rejects_bad_bodies(body: object, message: str) -> None:
    with pytest.raises(ApiError) as caught:
        from_create_body(body, NOW, 1.0)
    assert caught.value.status == 400 and caught.value.message == message


def test_one_core_service_per_fqdn() -> None:
    table = ServiceTable()
    first = core(table, "core4.lab")
    record = from_create_body({"resourceID": "r", "kind": "core", "fqdn": "CORE4.LAB"}, NOW, 1)
    outcome = table.create(record)
    assert outcome.error is not None and outcome.error.status == 409
    assert outcome.error.details == first
    no_fqdn = from_create_body({"resourceID": "r", "kind": "core"}, NOW, 1)
    assert table.create(no_fqdn).error is not None


def test_new_core_service_is_red_until_a_node_binds() -> None:
    table = ServiceTable()
    sid = core(table, "core4.lab")
    assert table.public(sid, 200.0)["status"] == "red"
    assert table.public(sid, 200.0)["name"] == "core-core4.lab"
    outcome = table.bind(sid, "127.0.0.1:7209", NOW, 150.0, {"apiPort": "7223"})
    assert outcome.error is None
    view = table.public(sid, 200.0)
    assert view["status"] == "green" and view["uptime"] == 50 and view["apiPort"] == "7223"
    assert "_started" not in view


def test_bind_refuses_unknown_ids_taken_addresses_and_second_nodes() -> None:
    table = ServiceTable()
    a, b = core(table, "a.lab"), core(table, "b.lab")
    other = from_create_body({"resourceID": "r", "kind": "storage"}, NOW, 1)
    table.create(other)
    unknown = table.bind("nope", "h:1", NOW, 1)
    assert unknown.error is not None and unknown.error.status == 404
    wrong_kind = table.bind(str(other["id"]), "h:1", NOW, 1)
    assert wrong_kind.error is not None and wrong_kind.error.status == 400
    assert table.bind(a, "h:1", NOW, 1).error is None
    same_addr = table.bind(b, "h:1", NOW, 1)
    assert same_addr.error is not None and "already runs on h:1" in same_addr.error.message
    again = table.bind(a, "h:2", NOW, 1)
    assert again.error is not None and again.error.status == 409
    table.unbind(a, "h:1", NOW)
    assert table.members == {} and table.services[a]["status"] == "red"


def test_register_core_creates_the_first_core_as_core_1() -> None:
    table = ServiceTable()
    record = own_core_record(FIRST_CORE_ID, "core1.lab", "127.0.0.1:7210", 7223, NOW, 5.0)
    assert table.register_core(record, "127.0.0.1:7209", 5.0).error is None
    assert table.services[FIRST_CORE_ID]["name"] == "core-1"
    assert table.members == {FIRST_CORE_ID: "127.0.0.1:7209"}
    # The same node registering again (a restart) is a no-op; another address is refused.
    assert table.register_core(record, "127.0.0.1:7209", 6.0).error is None
    assert table.register_core(record, "127.0.0.1:9999", 6.0).error is not None
    assert len(table.services) == 1 and table.members == {FIRST_CORE_ID: "127.0.0.1:7209"}


def test_statuses_reload_restart_delete() -> None:
    table = ServiceTable()
    record = from_create_body({"resourceID": "r", "status": "purple"}, NOW, 1)
    table.create(record)
    sid = str(record["id"])
    table.set_statuses({sid: "yellow", "missing": "red"}, NOW, 2)
    assert table.services[sid]["status"] == "yellow"
    table.set_statuses({sid: "not-a-colour"}, NOW, 2)
    assert table.services[sid]["status"] == "yellow"
    table.set_statuses({sid: "purple"}, NOW, 2)
    assert table.reload(sid, "later").service is not None
    assert table.services[sid]["status"] == "green"
    assert table.restart(sid, NOW, 50.0).error is None
    assert table.public(sid, 60.0)["uptime"] == 10
    assert table.delete(sid).error is None
    assert table.delete(sid).error is not None
    assert table.reload(sid, NOW).error is not None


def services(count: int) -> list[dict[str, object]]:
    rows = []
    for i in range(count):
        rec = from_create_body({"resourceID": "r", "kind": "storage", "name": f"S{i}"}, NOW, 1)
        rows.append(rec)
    return rows


def test_pages_of_250_from_page_1() -> None:
    rows = services(PAGE_SIZE + 3)
    assert len(select(rows, {}, {})) == PAGE_SIZE
    assert len(select(rows, {}, {"page": ["2"]})) == 3
    assert select(rows, {}, {"page": ["3"]}) == []
    for bad in ("0", "x", "-1"):
        with pytest.raises(ApiError):
            select(rows, {}, {"page": [bad]})


def test_filters_or_repeated_keys_and_regex_ignores_case() -> None:
    rows = services(3)
    rows[1]["kind"] = "collector"
    rows[2]["tenantID"] = SHARED_TENANT["id"]
    ids = [str(r["id"]) for r in rows]
    assert select(rows, {}, {"id": [ids[0], ids[2]]}) == [rows[0], rows[2]]
    assert select(rows, {}, {"kind": ["collector", "nothing"]}) == [rows[1]]
    assert select(rows, {}, {"tenantID": [SHARED_TENANT["id"]]}) == [rows[2]]
    assert select(rows, {}, {"name": ["^s1$"]}) == [rows[1]]
    assert select(rows, {}, {"kind": ["storage"], "name": ["s[02]"]}) == [rows[0], rows[2]]
    with pytest.raises(ApiError):
        select(rows, {}, {"name": ["("]})


def test_paired_means_a_running_instance() -> None:
    table = ServiceTable()
    bound, unbound = core(table, "a.lab"), core(table, "b.lab")
    table.bind(bound, "h:1", NOW, 1)
    gray = from_create_body({"resourceID": "r", "status": "gray"}, NOW, 1)
    table.create(gray)
    rows = table.all_public(10.0)
    assert [r["id"] for r in select(rows, table.members, {"paired": [""]})] == [bound]
    assert unbound not in [r["id"] for r in select(rows, table.members, {"paired": [""]})]


def test_core_node_argv_for_bootstrap_and_join(tmp_path: Path) -> None:
    ports = CorePorts(1, 2, 3, 4)
    argv = core_node_argv("py", tmp_path, "id-1", "c.lab", ports, tmp_path / "t", peers=["a:1"])
    assert argv[:3] == ["py", "-m", "adminui.lab.core_node"]
    assert argv[argv.index("--peers") + 1] == "a:1" and "--raft-join" not in argv
    joined = core_node_argv("py", tmp_path, "id-1", "c.lab", ports, tmp_path / "t", join="h:2")
    assert joined[-2:] == ["--raft-join", "h:2"] and "--peers" not in joined
    assert ports.join_addr == "127.0.0.1:2" and ports.health_url.endswith(":4/health")
    with pytest.raises(ValueError):
        core_node_argv("py", tmp_path, "i", "f", ports, tmp_path, peers=["a:1"], join="h:2")
