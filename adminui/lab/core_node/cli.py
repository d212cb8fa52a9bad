"""Command line of a lab Core node: parse, join if asked, serve until SIGTERM."""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from adminui.lab.core_node.health import HealthHandler
from adminui.lab.core_node.httpjson import JsonHandler, JsonServer
from adminui.lab.core_node.internal import InternalHandler, JoinRefused, request_join
from adminui.lab.core_node.launch import FIRST_CORE_ID, HOST, CorePorts, reset_marker
from adminui.lab.core_node.node import CoreNode, NodeConfig
from adminui.lab.core_node.raft import load_members, reset_to_single, save_members, start_raft
from adminui.lab.core_node.registry import Registry
from adminui.lab.core_node.rest import RestHandler

log = logging.getLogger("core_node")
JOIN_TIMEOUT = 30.0


class StartError(Exception):
    """The node cannot start; the message says why."""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m adminui.lab.core_node",
        description="A KUMA-compatible lab Core node on Raft (all ports on 127.0.0.1).",
    )
    p.add_argument("--data-dir", required=True, type=Path, help="journal and state")
    p.add_argument("--id", default=FIRST_CORE_ID, help="this node's Core service ID")
    p.add_argument("--fqdn", default="core-1.lab", help="this node's FQDN")
    p.add_argument("--raft-port", required=True, type=int)
    p.add_argument("--internal-port", required=True, type=int, help="joins (--raft-join)")
    p.add_argument("--rest-port", required=True, type=int, help="REST API v3")
    p.add_argument("--health-port", required=True, type=int, help="GET /health")
    p.add_argument("--token-file", required=True, type=Path, help="the REST Bearer token")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--peers", default="", help="HOST:RAFTPORT,... of the other members")
    group.add_argument("--raft-join", default=None, help="HOST:INTERNALPORT of a member")
    p.add_argument("--log-level", default="INFO")
    return p


def config_from(args: argparse.Namespace) -> NodeConfig:
    try:
        token = args.token_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise StartError(f"cannot read the token file: {exc.strerror}") from None
    if not token:
        raise StartError("the token file is empty")
    peers = tuple(p.strip() for p in args.peers.split(",") if p.strip())
    return NodeConfig(
        data_dir=args.data_dir,
        node_id=args.id,
        fqdn=args.fqdn,
        ports=CorePorts(args.raft_port, args.internal_port, args.rest_port, args.health_port),
        token=token,
        peers=peers,
        join=args.raft_join,
    )


def _check_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError as exc:
            raise StartError(f"Raft port {port} is not free: {exc.strerror}") from None


def _partners(config: NodeConfig) -> list[str]:
    """Members to start with: --peers, those saved last time, or those given by a join.

    None after a reset (KUMA's recovery when most Core nodes are lost): the marker
    ``<data-dir>/raft/.reset`` overrides --peers, --raft-join and the saved members.
    """
    marker = reset_marker(config.data_dir)
    if marker.exists():
        _check_free(config.ports.raft)  # never rebuild the journal under a running node
        reset_to_single(config.raft_addr, config.data_dir)
        log.warning(
            "raft reset: %s applied and removed; this node (%s) is now a Raft cluster of one "
            "with its data kept (--peers, --raft-join and saved members ignored)",
            marker,
            config.raft_addr,
        )
        return []
    saved = load_members(config.data_dir)
    partners = [*config.peers, *saved]
    if config.join and not saved:
        payload = {
            "id": config.node_id,
            "raft_addr": config.raft_addr,
            "address": config.ports.join_addr,
            "apiPort": str(config.ports.rest),
        }
        try:
            members = request_join(config.join, payload, JOIN_TIMEOUT)
        except JoinRefused as exc:
            raise StartError(f"join refused: {exc}") from None
        save_members(config.data_dir, [*members, config.raft_addr])
        partners += members
    return sorted(set(partners) - {config.raft_addr})


def _servers(node: CoreNode) -> list[JsonServer]:
    ports = node.config.ports
    plan: list[tuple[int, type[JsonHandler]]] = [
        (ports.health, HealthHandler),
        (ports.internal, InternalHandler),
        (ports.rest, RestHandler),
    ]
    servers: list[JsonServer] = []
    try:
        for port, handler in plan:
            servers.append(JsonServer(port, handler, node))
    except OSError as exc:
        for server in servers:
            server.server_close()
        raise StartError(f"cannot listen on {HOST}: {exc.strerror}") from None
    return servers


def run(config: NodeConfig) -> None:
    """Run the node until SIGTERM or SIGINT."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping", signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    registry = Registry()
    node = CoreNode(config, registry)
    servers = _servers(node)
    try:
        partners = _partners(config)
        _check_free(config.ports.raft)
        syncobj = start_raft(config.raft_addr, partners, config.data_dir, registry)
        node.attach(syncobj)
        for server in servers:
            server.serve_in_thread(f"http-{server.server_address[1]}")
        log.info(
            "core node %s (%s): raft %s, partners %s, rest %d, health %d, internal %d",
            config.node_id,
            config.fqdn,
            config.raft_addr,
            ",".join(partners) or "-",
            config.ports.rest,
            config.ports.health,
            config.ports.internal,
        )
        stop.wait()
        for server in servers:
            server.shutdown()
        syncobj.destroy_synchronous()
    finally:
        for server in servers:
            server.server_close()
    log.info("stopped")


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        run(config_from(args))
    except StartError as exc:
        print(f"core node: {exc}", file=sys.stderr)
        return 2
    return 0
