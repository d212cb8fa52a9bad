"""Configuration generators for what sits in front of a cluster (F17).

Pure functions over a :class:`Topology` (the live nodes of a KUMA Core or OpenBao
cluster, in order): an nginx ``stream`` upstream with the first node as primary and the
others as ``backup``, one keepalived configuration per node, and the Core expand
inventory. Same input, same text: the output is deterministic and ends with a newline.

Nodes that are not running are never balanced to or given the VIP: a Core service
whose status is red (registered but never started, or stopped) stays in the nginx
upstream only as a commented-out ``server`` line that says why, gets no keepalived file
and is left out of the other files' peers; the expand inventory keeps it (it is the host
that still needs installing) with a comment. Uncomment or regenerate once it runs.

Sources: the KUMA 4.0 help and a community guide for the nginx/keepalived layout
(``reference/kuma.md``); OpenBao's ``/v1/sys/health`` status codes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from adminui.core.sentence import Sentence

CORE = "core"
OPENBAO = "openbao"
#: Core: nginx balances the web UI port (the community guide's layout).
CORE_UPSTREAM_PORT = 7220
CORE_RAFT_PORT = 7209
OPENBAO_DEFAULT_PORT = 8200
FIRST_CORE_ID = "00000000-0000-0000-0000-000000000000"

# keepalived check timing (seed guide): every 2 s, 3 s timeout, 2 failures to fall,
# 3 successes to rise.
CHECK_INTERVAL = 2
CHECK_TIMEOUT = 3
CHECK_FALL = 2
CHECK_RISE = 3
FIRST_PRIORITY = 110
PRIORITY_STEP = 10

_NAME = re.compile(r"[^A-Za-z0-9_]+")


class ConfigError(ValueError):
    """The input cannot produce a valid configuration; the text (a Sentence) says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message  # the Sentence itself, so the UI can still translate it


#: Why a node is left out (:attr:`TopologyNode.left_out`).
NOT_STARTED = "not_started"
STOPPED = "stopped"


@dataclass(frozen=True)
class TopologyNode:
    """One node: the host others reach it by, the port to balance, its Core service ID,
    and whether it runs (``left_out``: "" when it runs or nobody says, else NOT_STARTED
    for a service registered but never started, STOPPED for one that ran and is red)."""

    host: str
    port: int
    service_id: str = ""  # Core only
    scheme: str = "https"  # OpenBao: how the local health check talks to the node
    left_out: str = ""

    @property
    def target(self) -> str:
        host = f"[{self.host}]" if _is_ipv6(self.host) else self.host
        return f"{host}:{self.port}"

    @property
    def why_left_out(self) -> str:
        """The comment that says why the node is not in service ("" when it is)."""
        if self.left_out == NOT_STARTED:
            return "registered but never started (status red): no Core runs there yet"
        if self.left_out == STOPPED:
            return "not running (status red when generated)"
        return ""


@dataclass(frozen=True)
class Topology:
    """The nodes of one cluster, in order (the first is the nginx primary and the
    keepalived MASTER)."""

    kind: str  # CORE or OPENBAO
    name: str
    nodes: tuple[TopologyNode, ...]

    def __post_init__(self) -> None:
        if self.kind not in (CORE, OPENBAO):
            raise ConfigError(Sentence("unknown cluster kind {0!r}", self.kind))

    @property
    def serving(self) -> tuple[TopologyNode, ...]:
        """The nodes that run, in order: the first is the primary / MASTER."""
        return tuple(n for n in self.nodes if not n.left_out)

    @property
    def left_out(self) -> tuple[TopologyNode, ...]:
        """The nodes that do not run (see :attr:`TopologyNode.left_out`)."""
        return tuple(n for n in self.nodes if n.left_out)


def _is_ipv6(host: str) -> bool:
    try:
        return isinstance(ipaddress.ip_address(host), ipaddress.IPv6Address)
    except ValueError:
        return False


def node_from_url(url: str, *, port: int | None = None, service_id: str = "") -> TopologyNode:
    """A node from its URL (``https://host:8200``); ``port`` overrides the URL's."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise ConfigError(Sentence("{0!r} has no host", url))
    default = 443 if parts.scheme == "https" else 80
    return TopologyNode(
        parts.hostname, port or parts.port or default, service_id, parts.scheme or "https"
    )


def identifier(text: str) -> str:
    """``text`` turned into a safe nginx/keepalived name (letters, digits, ``_``)."""
    name = _NAME.sub("_", text.strip()).strip("_").lower()
    return name or "cluster"


def _check_nodes(topology: Topology) -> None:
    if not topology.nodes:
        raise ConfigError(Sentence("the cluster has no nodes"))
    if not topology.serving:
        raise ConfigError(Sentence("no node of the cluster is running"))
    for node in topology.nodes:
        if not node.host or any(c.isspace() or c in ";{}\"'" for c in node.host):
            raise ConfigError(Sentence("invalid host {0!r}", node.host))
        if not 0 < node.port < 65536:
            raise ConfigError(Sentence("invalid port {0} for {1}", node.port, node.host))


# -- nginx ------------------------------------------------------------------------------


def nginx_stream(topology: Topology, *, listen_port: int = 443) -> str:
    """An nginx ``stream`` block: TLS passed through (``ssl_preread on``), the first
    running node primary (``max_fails=1 fail_timeout=5s``), the other running ones
    ``backup``; nodes that do not run are commented-out lines with the reason.

    The result is meant for the top level of ``nginx.conf`` (or a file included there,
    outside the ``http`` block).
    """
    _check_nodes(topology)
    if not 0 < listen_port < 65536:
        raise ConfigError(Sentence("invalid listen port {0}", listen_port))
    upstream = f"{identifier(topology.name)}_{topology.kind}"
    what = "KUMA Core web UI" if topology.kind == CORE else "OpenBao API"
    lines = [
        f"# nginx stream balancer for {topology.name} ({what}).",
        "# Generated by AdminUI from the live topology; the first node is the primary,",
        "# the others take traffic only while it is marked down.",
    ]
    if topology.kind == OPENBAO:
        lines += [
            "#",
            "# Health semantics: GET /v1/sys/health answers 200 on the active node, 429 on a",
            "# standby, 473 on a performance standby, 501 when not initialised and 503 when",
            "# sealed. Open-source nginx `stream` has no active HTTP health checks, so this",
            "# balancer cannot read those codes: it relies on max_fails + backup (a node that",
            "# refuses connections is skipped for fail_timeout). Put the active node first;",
            "# a standby that receives a request forwards it to the active node.",
        ]
    else:
        lines += [
            "#",
            "# Open-source nginx `stream` has no active health checks: a Core that refuses",
            "# connections is skipped for fail_timeout (max_fails + backup).",
        ]
    lines += ["", "stream {", f"    upstream {upstream} {{"]
    first, *others = topology.serving
    lines.append(f"        server {first.target} max_fails=1 fail_timeout=5s;")
    lines += [f"        server {n.target} backup;" for n in others]
    for node in topology.left_out:
        lines += [
            f"        # Left out: {node.host} is {node.why_left_out}.",
            "        # Uncomment (or generate again) once it runs:",
            f"        # server {node.target} backup;",
        ]
    lines += [
        "    }",
        "",
        "    server {",
        f"        listen {listen_port};",
        "        ssl_preread on;",
        f"        proxy_pass {upstream};",
        "        proxy_connect_timeout 3s;",
        "    }",
        "}",
    ]
    return "\n".join(lines) + "\n"


# -- keepalived ---------------------------------------------------------------------------


def priorities(count: int) -> list[int]:
    """Descending VRRP priorities 110, 100, 90, … (never below 1)."""
    return [max(1, FIRST_PRIORITY - PRIORITY_STEP * i) for i in range(count)]


def check_command(topology: Topology, node: TopologyNode) -> str:
    """The local health check keepalived runs on ``node``."""
    if topology.kind == CORE:
        unit = f"kuma-core-{node.service_id or FIRST_CORE_ID}"
        return f"/usr/bin/systemctl is-active --quiet {unit}"
    # -f fails on any status >= 400: only the active node (200) passes; standbys (429),
    # sealed (503) and uninitialised (501) nodes do not hold the VIP.
    return (
        f"/usr/bin/curl -fsS -o /dev/null --max-time {CHECK_TIMEOUT - 1} "
        f"{node.scheme}://127.0.0.1:{node.port}/v1/sys/health"
    )


def _validate_vrrp(vip: str, virtual_router_id: int, interface: str) -> str:
    try:
        address = ipaddress.ip_interface(vip.strip())
    except ValueError:
        raise ConfigError(Sentence("{0!r} is not an IP address (the VIP)", vip)) from None
    if not 1 <= virtual_router_id <= 255:
        raise ConfigError(Sentence("virtual_router_id must be between 1 and 255"))
    if not interface or any(c.isspace() or c in ";{}\"'" for c in interface):
        raise ConfigError(Sentence("invalid network interface {0!r}", interface))
    if "/" in vip:
        return str(address)
    prefix = 32 if address.version == 4 else 128
    return f"{address.ip}/{prefix}"


def keepalived_conf(
    topology: Topology,
    index: int,
    *,
    vip: str,
    virtual_router_id: int,
    interface: str = "eth0",
) -> str:
    """keepalived.conf for node ``index``: a ``vrrp_script`` that checks the local service
    and a ``vrrp_instance`` (MASTER on the first node, BACKUP elsewhere) with the shared
    ``virtual_router_id`` and VIP."""
    _check_nodes(topology)
    if not 0 <= index < len(topology.nodes):
        raise ConfigError(Sentence("no node {0}", index))
    vip_cidr = _validate_vrrp(vip, virtual_router_id, interface)
    node = topology.nodes[index]
    if node.left_out:
        raise ConfigError(
            Sentence("{0} is not running (status red): it gets its file once it runs", node.host)
        )
    serving = topology.serving
    rank = serving.index(node)
    priority = priorities(len(serving))[rank]
    state = "MASTER" if rank == 0 else "BACKUP"
    base = identifier(topology.name)
    script = f"chk_{base}_{'kuma_core' if topology.kind == CORE else 'openbao'}"
    instance = f"VI_{base.upper()}"
    what = (
        f"the kuma-core-{node.service_id or FIRST_CORE_ID} unit"
        if topology.kind == CORE
        else "the local OpenBao node (/v1/sys/health)"
    )
    lines = [
        f"# keepalived for {node.host} ({topology.name}), node {rank + 1} of {len(serving)}.",
        f"# Generated by AdminUI; the check watches {what}.",
    ]
    lines += [f"# Left out: {n.host} is {n.why_left_out}." for n in topology.left_out]
    lines += [
        "",
        "global_defs {",
        "    enable_script_security",
        "    script_user root",
        "}",
        "",
        f"vrrp_script {script} {{",
        f'    script "{check_command(topology, node)}"',
        f"    interval {CHECK_INTERVAL}",
        f"    timeout {CHECK_TIMEOUT}",
        f"    fall {CHECK_FALL}",
        f"    rise {CHECK_RISE}",
        "}",
        "",
        f"vrrp_instance {instance} {{",
        f"    state {state}",
        f"    interface {interface}",
        f"    virtual_router_id {virtual_router_id}",
        f"    priority {priority}",
        "    advert_int 1",
    ]
    peers = [n.host for n in serving if n is not node]
    if peers and all(_is_ip(p) for p in peers) and _is_ip(node.host):
        lines += [f"    unicast_src_ip {node.host}", "    unicast_peer {"]
        lines += [f"        {p}" for p in peers]
        lines.append("    }")
    lines += [
        "    virtual_ipaddress {",
        f"        {vip_cidr}",
        "    }",
        "    track_script {",
        f"        {script}",
        "    }",
        "}",
    ]
    return "\n".join(lines) + "\n"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def keepalived_confs(
    topology: Topology, *, vip: str, virtual_router_id: int, interface: str = "eth0"
) -> list[tuple[str, str]]:
    """(host, keepalived.conf) for every running node, in order."""
    return [
        (
            node.host,
            keepalived_conf(
                topology, i, vip=vip, virtual_router_id=virtual_router_id, interface=interface
            ),
        )
        for i, node in enumerate(topology.nodes)
        if not node.left_out
    ]


# -- Core expand inventory -----------------------------------------------------------------


def _yaml_key(text: str) -> str:
    return text if re.fullmatch(r"[A-Za-z0-9_.-]+", text) else '"' + text.replace('"', '\\"') + '"'


def core_inventory(
    topology: Topology, *, raft_port: int = CORE_RAFT_PORT, ansible_user: str = "root"
) -> str:
    """The Core hosts as a KUMA inventory (``expand.inventory.yml`` /
    ``distributed.inventory.yml`` shape): the first Core in ``kuma_core`` with its
    ``raft_node_addr``, every other Core in ``kuma_core_peers``.

    The group names come from the KUMA 4.0 help; the rest of the schema (where the
    variables sit, that per-host values are mappings) is assumed from KUMA's inventory
    templates and says so in the file.
    """
    if topology.kind != CORE:
        raise ConfigError(Sentence("the expand inventory is for KUMA Core clusters"))
    _check_nodes(topology)
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", ansible_user):
        raise ConfigError(Sentence("invalid ansible user {0!r}", ansible_user))
    first = topology.serving[0]
    peers = [n for n in topology.nodes if n is not first]
    stopped = len(topology.left_out)
    lines = [
        f"# KUMA Core hosts of {topology.name}, generated by AdminUI.",
        "# ASSUMED SCHEMA: the groups kuma_core / kuma_core_peers and raft_node_addr are",
        "# documented (KUMA 4.0 help); the layout around them follows KUMA's inventory",
        "# templates and is not checked against the installer. Compare with your",
        "# installer's expand.inventory.yml.template before use.",
        f"# Core services: {len(topology.nodes)}"
        + ("" if len(topology.nodes) % 2 else " (even: Raft needs an odd number)")
        + (f"; {stopped} not running" if stopped else ""),
        "all:",
        "  vars:",
        "    ansible_connection: ssh",
        f"    ansible_user: {ansible_user}",
        "kuma:",
        "  children:",
        "    kuma_core:",
        "      hosts:",
        f"        {_yaml_key(first.host)}:",
        f'          raft_node_addr: "{first.host}:{raft_port}"',
    ]
    if first.service_id:
        lines.append(f"          # service ID {first.service_id}")
    lines += ["    kuma_core_peers:", "      hosts:" + ("" if peers else " {}")]
    for node in peers:
        lines.append(f"        {_yaml_key(node.host)}:")
        if node.left_out:
            lines.append(f"          # {node.why_left_out}")
        if node.service_id:
            lines.append(f"          # install with --id {node.service_id}")
    return "\n".join(lines) + "\n"


def all_configs(
    topology: Topology,
    *,
    vip: str,
    virtual_router_id: int,
    interface: str = "eth0",
    listen_port: int = 443,
) -> dict[str, str]:
    """Every file the generators make, by file name."""
    files = {"nginx-stream.conf": nginx_stream(topology, listen_port=listen_port)}
    for i, (host, text) in enumerate(
        keepalived_confs(
            topology, vip=vip, virtual_router_id=virtual_router_id, interface=interface
        ),
        start=1,
    ):
        files[f"keepalived-{i}-{identifier(host)}.conf"] = text
    if topology.kind == CORE:
        files["expand.inventory.yml"] = core_inventory(topology)
    return files


def ordered_by(nodes: Sequence[TopologyNode], first_host: str) -> tuple[TopologyNode, ...]:
    """``nodes`` with the node on ``first_host`` moved to the front (order kept else)."""
    front = [n for n in nodes if n.host == first_host]
    return tuple(front + [n for n in nodes if n.host != first_host])
