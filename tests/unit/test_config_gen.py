"""Config generators: golden files for 3- and 5-node clusters, and their rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adminui.core import config_gen as gen

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
UPDATE = os.environ.get("ADMINUI_UPDATE_GOLDEN") == "1"
VIP = "192.0.2.10/24"
VRID = 51


def core_topology(count: int) -> gen.Topology:
    ids = [gen.FIRST_CORE_ID] + [
        f"1111111{i}-2222-3333-4444-55555555555{i}" for i in range(2, count + 1)
    ]
    nodes = tuple(
        gen.TopologyNode(f"core{i}.example.com", gen.CORE_UPSTREAM_PORT, ids[i - 1])
        for i in range(1, count + 1)
    )
    return gen.Topology(gen.CORE, "Prod Core", nodes)


def bao_topology(count: int) -> gen.Topology:
    nodes = tuple(
        gen.node_from_url(f"https://bao{i}.example.com:8200") for i in range(1, count + 1)
    )
    return gen.Topology(gen.OPENBAO, "Prod OpenBao", nodes)


CASES = {
    "core3": core_topology(3),
    "core5": core_topology(5),
    "openbao3": bao_topology(3),
    "openbao5": bao_topology(5),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_files_match_golden(case: str) -> None:
    files = gen.all_configs(CASES[case], vip=VIP, virtual_router_id=VRID)
    expected_count = 1 + len(CASES[case].nodes) + (1 if case.startswith("core") else 0)
    assert len(files) == expected_count
    for name, text in files.items():
        path = GOLDEN / f"{case}-{name}"
        if UPDATE:
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"missing golden file {path.name} (ADMINUI_UPDATE_GOLDEN=1)"
        assert text == path.read_text(encoding="utf-8"), f"{path.name} differs"


def test_nginx_primary_then_backups() -> None:
    text = gen.nginx_stream(core_topology(3))
    servers = [
        s for s in map(str.strip, text.splitlines()) if s.startswith("server ") and s.endswith(";")
    ]
    assert servers == [
        "server core1.example.com:7220 max_fails=1 fail_timeout=5s;",
        "server core2.example.com:7220 backup;",
        "server core3.example.com:7220 backup;",
    ]
    assert "listen 443;" in text and "ssl_preread on;" in text
    assert text.count("{") == text.count("}")


def test_openbao_nginx_explains_health_codes_and_lack_of_active_checks() -> None:
    text = gen.nginx_stream(bao_topology(3), listen_port=8443)
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for needle in ("/v1/sys/health", "200", "429", "503", "no active HTTP health checks"):
        assert needle in comments
    assert "listen 8443;" in text


def test_keepalived_priorities_states_and_checks() -> None:
    confs = gen.keepalived_confs(core_topology(5), vip="10.0.0.5", virtual_router_id=7)
    assert [h for h, _ in confs] == [f"core{i}.example.com" for i in range(1, 6)]
    for i, (_host, text) in enumerate(confs):
        assert f"priority {110 - 10 * i}" in text
        assert ("state MASTER" in text) == (i == 0)
        assert ("state BACKUP" in text) == (i > 0)
        assert "virtual_router_id 7" in text and "10.0.0.5/32" in text
        for line in ("interval 2", "timeout 3", "fall 2", "rise 3"):
            assert line in text
    assert "kuma-core-00000000-0000-0000-0000-000000000000" in confs[0][1]
    assert "kuma-core-11111112-2222-3333-4444-555555555552" in confs[1][1]
    bao = gen.keepalived_conf(bao_topology(3), 2, vip=VIP, virtual_router_id=VRID)
    assert "https://127.0.0.1:8200/v1/sys/health" in bao and "curl -fsS" in bao


def test_keepalived_unicast_peers_for_ip_hosts() -> None:
    nodes = tuple(gen.TopologyNode(f"10.0.0.{i}", 7220, f"id{i}") for i in (1, 2, 3))
    text = gen.keepalived_conf(gen.Topology(gen.CORE, "c", nodes), 1, vip=VIP, virtual_router_id=1)
    assert "unicast_src_ip 10.0.0.2" in text
    assert "        10.0.0.1\n        10.0.0.3\n" in text


def test_priorities_never_drop_below_one() -> None:
    assert gen.priorities(3) == [110, 100, 90]
    assert min(gen.priorities(20)) == 1


@pytest.mark.parametrize(
    ("vip", "vrid", "interface"),
    [
        ("not-an-ip", 1, "eth0"),
        ("10.0.0.1", 0, "eth0"),
        ("10.0.0.1", 256, "eth0"),
        ("10.0.0.1", 1, "e th"),
    ],
)
def test_keepalived_rejects_bad_input(vip: str, vrid: int, interface: str) -> None:
    with pytest.raises(gen.ConfigError):
        gen.keepalived_conf(
            core_topology(3), 0, vip=vip, virtual_router_id=vrid, interface=interface
        )


def test_bad_topologies_are_refused() -> None:
    with pytest.raises(gen.ConfigError):
        gen.nginx_stream(gen.Topology(gen.CORE, "x", ()))
    with pytest.raises(gen.ConfigError):
        gen.nginx_stream(gen.Topology(gen.CORE, "x", (gen.TopologyNode("a;b", 1),)))
    with pytest.raises(gen.ConfigError):
        gen.core_inventory(bao_topology(3))
    with pytest.raises(gen.ConfigError):
        gen.Topology("mysql", "x", ())


def test_inventory_groups_and_assumption_note() -> None:
    text = gen.core_inventory(core_topology(3))
    assert "ASSUMED SCHEMA" in text
    lines = text.splitlines()
    core = lines.index("    kuma_core:")
    peers = lines.index("    kuma_core_peers:")
    assert core < peers
    assert "core1.example.com:" in lines[core + 2]
    assert 'raft_node_addr: "core1.example.com:7209"' in lines[core + 3]
    assert [line.strip() for line in lines[peers:] if line.endswith(".example.com:")] == [
        "core2.example.com:",
        "core3.example.com:",
    ]
    even = gen.core_inventory(core_topology(4))
    assert "even: Raft needs an odd number" in even


def test_ordered_by_moves_leader_first() -> None:
    nodes = core_topology(3).nodes
    assert [n.host for n in gen.ordered_by(nodes, "core3.example.com")] == [
        "core3.example.com",
        "core1.example.com",
        "core2.example.com",
    ]


def test_ipv6_targets_are_bracketed() -> None:
    node = gen.node_from_url("https://[2001:db8::1]:8200")
    assert node.target == "[2001:db8::1]:8200"
