"""What the window may ask of the local lab, as protocols (no lab code here).

The console's pages never import the lab: for a cluster the lab runs, the command line
builds the real hooks (:mod:`adminui.lab_hooks`) and hands them to the pages through
the cluster's context. Real clusters get none: their nodes run on hosts the console
cannot reach, so a page offers only what needs no host access.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from adminui.monitor.drill_faults import FaultInjector
from adminui.profiles.store import Profile


@dataclass(frozen=True)
class JoinedNode:
    """A Core node that joined: the URLs the console watches it by."""

    name: str
    rest_url: str
    health_url: str


class LabJoiner(Protocol):
    """What the Services page needs of the lab to add a Core node."""

    def join(self, service_id: str, fqdn: str) -> JoinedNode:
        """Start the node and return it once its join was accepted. Blocking: run it in
        a worker thread (``asyncio.to_thread`` on the bridge)."""
        ...

    def command(self, service_id: str, fqdn: str) -> str:
        """The one-line shell command that starts the same node (``adminui lab join``)."""
        ...


@dataclass(frozen=True)
class PostgresLogin:
    """The lab's PostgreSQL as a rotation set connects to it (its admin login)."""

    host: str
    port: int
    database: str
    user: str
    password: str = field(repr=False)


class LabHooks(Protocol):
    """The lab's part for the clusters it runs (None for every other cluster)."""

    def joiner_for(self, profile: Profile) -> LabJoiner | None:
        """Adds Core nodes to ``profile``'s cluster when the lab runs it."""
        ...

    def fault_injector_for(self, profile: Profile) -> FaultInjector | None:
        """Kills and restarts ``profile``'s nodes when the lab runs them."""
        ...

    def postgres_for(self, profile: Profile) -> PostgresLogin | None:
        """The lab's PostgreSQL, for a rotation set on ``profile``'s lab cluster."""
        ...


def lab_join_command(service_id: str, fqdn: str, lab_dir: Path | None = None) -> str:
    """``adminui lab join <ID> <FQDN>``; with ``ADMINUI_LAB_DIR=…`` in front when the lab
    is not in the default directory."""
    words = ["adminui", "lab", "join", shlex.quote(service_id), shlex.quote(fqdn)]
    prefix = f"ADMINUI_LAB_DIR={shlex.quote(str(lab_dir))} " if lab_dir is not None else ""
    return prefix + " ".join(words)
