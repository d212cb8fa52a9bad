"""Config generators and Core services that do not run: a red service is never an
uncommented nginx ``server``, gets no keepalived file, and is noted in the inventory."""

from __future__ import annotations

import re

import pytest

from adminui.api.kuma import Service
from adminui.core import config_gen as gen
from adminui.core import services as rules
from adminui.monitor.topology import core_nodes

VIP = "192.0.2.10/24"
CREATED = "2026-01-01T00:00:00Z"


def services() -> list[Service]:
    return [
        Service(id=gen.FIRST_CORE_ID, kind="core", fqdn="core1.example.com", status="green"),
        Service(id="id-2", kind="core", fqdn="core2.example.com", status="green"),
        Service(id="id-3", kind="core", fqdn="core3.example.com", status="green"),
        # Registered through the REST API, never started.
        Service(
            id="id-4",
            kind="core",
            fqdn="core4.example.com",
            status="red",
            uptime=0,
            created=CREATED,
            updated=CREATED,
        ),
    ]


def topology(items: list[Service]) -> gen.Topology:
    return gen.Topology(gen.CORE, "Prod Core", core_nodes(items))


def server_lines(text: str) -> list[str]:
    return [
        line.strip() for line in text.splitlines() if re.match(r"\s*server\s+[^{\s]+:\d+", line)
    ]


def test_never_started_is_told_from_stopped() -> None:
    assert rules.never_started("red", 0, CREATED, CREATED)
    assert rules.never_started("red", None, "", "")
    assert not rules.never_started("red", 0, CREATED, "2026-01-01T00:09:00Z")  # ran, stopped
    assert not rules.never_started("green", 0, CREATED, CREATED)
    assert not rules.never_started("red", 12, CREATED, CREATED)


def test_nginx_has_no_uncommented_server_for_a_red_service() -> None:
    text = gen.nginx_stream(topology(services()))
    assert not [line for line in server_lines(text) if "core4.example.com" in line]
    assert server_lines(text) == [
        "server core1.example.com:7220 max_fails=1 fail_timeout=5s;",
        "server core2.example.com:7220 backup;",
        "server core3.example.com:7220 backup;",
    ]
    assert "        # server core4.example.com:7220 backup;" in text.splitlines()
    assert "# Left out: core4.example.com is registered but never started" in text


def test_a_red_first_core_is_not_the_primary() -> None:
    items = services()
    items[0] = Service(
        id=gen.FIRST_CORE_ID,
        kind="core",
        fqdn="core1.example.com",
        status="red",
        created=CREATED,
        updated="2026-01-01T00:09:00Z",
    )
    text = gen.nginx_stream(topology(items))
    assert server_lines(text)[0] == "server core2.example.com:7220 max_fails=1 fail_timeout=5s;"
    assert "core1.example.com is not running (status red when generated)" in text


def test_keepalived_leaves_the_red_service_out() -> None:
    top = topology(services())
    files = gen.all_configs(top, vip=VIP, virtual_router_id=51)
    assert not [name for name in files if "core4" in name]
    assert len([name for name in files if name.startswith("keepalived-")]) == 3
    first = gen.keepalived_conf(top, 0, vip=VIP, virtual_router_id=51)
    assert "node 1 of 3" in first and "# Left out: core4.example.com" in first
    with pytest.raises(gen.ConfigError, match="not running"):
        gen.keepalived_conf(top, 3, vip=VIP, virtual_router_id=51)


def test_keepalived_peers_skip_a_red_ip_host() -> None:
    nodes = (
        gen.TopologyNode("10.0.0.1", 7220, gen.FIRST_CORE_ID),
        gen.TopologyNode("10.0.0.2", 7220, "id-2"),
        gen.TopologyNode("10.0.0.4", 7220, "id-4", left_out=gen.NOT_STARTED),
    )
    text = gen.keepalived_conf(gen.Topology(gen.CORE, "c", nodes), 1, vip=VIP, virtual_router_id=5)
    assert "unicast_peer {\n        10.0.0.1\n    }" in text and "priority 100" in text


def test_inventory_keeps_the_host_to_install_with_a_note() -> None:
    text = gen.core_inventory(topology(services()))
    assert "        core4.example.com:\n          # registered but never started" in text
    assert "# install with --id id-4" in text
    assert "Core services: 4 (even: Raft needs an odd number); 1 not running" in text


def test_nothing_running_is_refused() -> None:
    nodes = (gen.TopologyNode("core1", 7220, left_out=gen.NOT_STARTED),)
    with pytest.raises(gen.ConfigError, match="no node"):
        gen.nginx_stream(gen.Topology(gen.CORE, "c", nodes))
