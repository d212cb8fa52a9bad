"""Join one more Core node to the lab's running Core cluster, by service ID, as in KUMA.

The admin first creates a ``core`` service through the REST API (which gives its ID);
:func:`join_node` then starts a lab Core node process with ``--raft-join`` to a live
node's internal address and ``--id`` that ID, on free ports, its data under the lab
directory. The node is recorded in the lab state (ports, ID, PID) like the initial
ones, so ``lab status`` shows it and ``lab down`` stops it. :func:`leave_node` undoes it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from adminui.lab import core_cluster
from adminui.lab.core_cluster import CoreNode
from adminui.lab.core_node.launch import CorePorts, core_node_argv
from adminui.lab.procs import (
    LabError,
    ProcessRecord,
    free_ports,
    is_running,
    spawn,
    stop,
    wait_started,
    wait_until,
)
from adminui.lab.state import LabState

if TYPE_CHECKING:
    from adminui.lab.lab import Lab

JOIN_TIMEOUT = 45.0


def next_name(state: LabState) -> str:
    """The first unused ``coreN`` name."""
    taken = set(state.extra.get("core_ids", {})) | set(state.processes)
    n = core_cluster.INITIAL_NODES + 1
    while f"core{n}" in taken:
        n += 1
    return f"core{n}"


def live_join_addr(state: LabState, root: Path) -> str:
    """The internal address of a running Core node (the leader when one is known)."""
    nodes = [
        n
        for n in core_cluster.nodes_from_state(state, root)
        if n.name in state.processes and is_running(state.processes[n.name])
    ]
    if not nodes:
        raise LabError("No lab Core node is running to join through.")
    leaders = [n for n in nodes if core_cluster.role(n) == "leader"]
    return (leaders or nodes)[0].join_addr


def join_node(
    state: LabState, root: Path, node_id: str, fqdn: str
) -> tuple[CoreNode, ProcessRecord]:
    """Start a Core node that joins the running cluster as service ``node_id``.

    Adds its ports and ID to ``state`` (the caller saves it and keeps the record) and
    waits until its health endpoint answers, i.e. the join was accepted. A refused join
    raises LabError with the node's reason.
    """
    node_id, fqdn = node_id.strip(), fqdn.strip()
    if not node_id or not fqdn:
        raise LabError("A join needs the Core service ID and the node's FQDN.")
    ids: dict[str, str] = state.extra.setdefault("core_ids", {})
    if node_id in ids.values():
        raise LabError(f"A lab Core node already runs as service {node_id}.")
    token_file = root / core_cluster.TOKEN_FILE
    if not token_file.exists():
        raise LabError("The lab's Core token file is missing: is the lab running?")
    join = live_join_addr(state, root)
    name = next_name(state)
    ports = CorePorts.from_list(free_ports(core_cluster.PORTS_PER_NODE))
    node = CoreNode(
        name,
        node_id,
        fqdn,
        ports.raft,
        ports.internal,
        ports.rest,
        ports.health,
        root / name,
    )
    # The name is free, so any directory by that name is a node that left: its Raft
    # journal names other ports and members, and would stop the new node from joining.
    shutil.rmtree(node.directory, ignore_errors=True)
    node.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    argv = core_node_argv(
        sys.executable, node.directory, node_id, fqdn, ports, token_file, join=join
    )
    record = spawn(name, argv, node.log_path)
    try:
        wait_started(
            record,
            lambda: core_cluster.role(node) in ("leader", "follower"),
            JOIN_TIMEOUT,
            f"joining through {join} as {node_id}",
        )
    except LabError:
        stop(record)
        raise
    state.ports[name] = {
        "raft": ports.raft,
        "internal": ports.internal,
        "rest": ports.rest,
        "health": ports.health,
    }
    ids[name] = node_id
    state.processes[name] = record
    return node, record


def leave_node(state: LabState, name: str) -> None:
    """Stop a joined node (by PID) and forget it in ``state`` (the caller saves).

    Remove its Core service through the REST API first, so the cluster drops it from
    Raft; the initial nodes cannot leave this way.
    """
    if name in core_cluster.initial_names():
        raise LabError(f"{name} is one of the lab's initial Core nodes; it cannot leave.")
    record = state.processes.pop(name, None)
    if record is not None:
        stop(record)
        wait_until(lambda: not is_running(record), 10.0)
    state.ports.pop(name, None)
    state.extra.get("core_ids", {}).pop(name, None)
    stopped = [n for n in state.extra.get("stopped", []) if n != name]
    state.extra["stopped"] = stopped


def remove_from_lab(lab: Lab, name: str) -> None:
    """:func:`leave_node` on a running lab, its state saved (``Lab.join_core`` undone)."""
    leave_node(lab.state, name)
    lab.dir.save(lab.state)


def node_for_service(lab: Lab, node_id: str) -> CoreNode | None:
    """The lab Core node that runs as service ``node_id``, if any."""
    return next((n for n in lab.core_nodes() if n.node_id == node_id), None)
