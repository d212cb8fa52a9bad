"""A KUMA-compatible Core node for the lab, on real Raft (PySyncObj).

Run one node with ``python -m adminui.lab.core_node --help``. Every socket binds
127.0.0.1. A node has four ports: Raft (PySyncObj), internal (HTTP, joins by ID),
REST API v3 and health.

What the node does
  * The replicated state is a service registry (``state.ServiceTable``): services with
    the fields KUMA shows in "Active services" and a Core membership map (service ID ->
    Raft address). Writes are PySyncObj commands: a follower's write is carried to the
    leader over the Raft connection and answered once it is committed; reads come from
    the node's own copy, as in KUMA (each node reads its own SQLite copy).
  * Bootstrap: the first nodes start with ``--peers`` listing each other. Each node
    registers its own Core service once a leader is known (ID from ``--id``; the
    all-zero ID is shown as ``core-1``, the others as ``core-<FQDN>``).
  * Join by ID: an admin creates a ``core`` service through REST, then starts a node
    with ``--raft-join HOST:INTERNAL_PORT --id ID``. The contacted node checks the ID
    (a known Core service without a node, and no other Core on that Raft address),
    binds it and adds the node to the Raft cluster; the new node then starts with the
    current members as partners. A refused join ends the process with status 2 and the
    reason on stderr.
  * Status colours: the leader marks a Core service green while it reaches its node and
    red when it does not (checked about every 0.5 s). Other kinds keep their status.
  * Writes are refused with KUMA's own error texts: ``request dropped as the cluster is
    not ready`` (HTTP 503, no leader known or the commit timed out) and ``failed to
    lookup: can't serve requests, not enough healthy nodes`` (HTTP 503, quorum lost).

Assumptions and lab extensions (not documented KUMA behaviour)
  * ``POST /api/v3/services/create`` also accepts ``kind``, ``fqdn``, ``name``,
    ``tenantID`` and ``status``; a Core service needs ``fqdn`` and one FQDN may have one
    Core service only (409 otherwise).
  * ``DELETE /api/v3/services/{id}`` exists (KUMA documents no delete call); deleting a
    Core service with a node also removes that node from the Raft cluster.
  * The response bodies of create, reload, restart and delete are the service object.
  * ``paired`` means "has a running instance": a Core service bound to a node, or a
    service of another kind that is not gray.
  * The health endpoint (``GET /health``) and its JSON are ours: KUMA documents a health
    port but neither its path nor its body.
  * The join call is ``POST /internal/join`` on the internal port.
"""

from adminui.lab.core_node.launch import FIRST_CORE_ID, CorePorts, core_node_argv

__all__ = ["FIRST_CORE_ID", "CorePorts", "core_node_argv"]
