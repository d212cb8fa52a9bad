"""How a drill damages and repairs a lab cluster, without importing the lab.

A **fault injector** is a mapping from an action name to a blocking callable that takes
a node URL (as the profile lists it). The drill runner calls them in a worker thread.
Only the local lab can offer these; real clusters get step-down only.

    injector = lab_fault_injector(lab)        # {"kill_node": ..., "restart_node": ...}
    DrillRunner(connection, plan, fault_injector=injector)

The UI receives the injector for lab profiles (see ``adminui.ui.drills``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: SIGKILL the node's process (a crash, as far as the cluster can tell).
KILL_NODE = "kill_node"
#: Start the node again and wait until it serves (OpenBao: unsealed).
RESTART_NODE = "restart_node"

NodeAction = Callable[[str], None]
FaultInjector = Mapping[str, NodeAction]


def can_inject(injector: FaultInjector | None) -> bool:
    """Whether ``injector`` offers everything a lab drill needs."""
    return injector is not None and KILL_NODE in injector and RESTART_NODE in injector


def _key(url: str) -> str:
    return url.strip().rstrip("/").lower()


def lab_fault_injector(lab: Any) -> dict[str, NodeAction]:
    """Kill/restart actions for the nodes of a running lab (duck-typed ``Lab``:
    ``bao_nodes()``, ``core_nodes()``, ``kill(name)``, ``restart(name)``)."""

    def names() -> dict[str, str]:
        found = {_key(n.api_url): n.name for n in lab.bao_nodes()}
        found.update({_key(n.rest_url): n.name for n in lab.core_nodes()})
        return found

    def name_of(url: str) -> str:
        name = names().get(_key(url))
        if name is None:
            raise KeyError(f"{url} is not a node of the lab")
        return name

    def kill(url: str) -> None:
        lab.kill(name_of(url))

    def restart(url: str) -> None:
        lab.restart(name_of(url))

    return {KILL_NODE: kill, RESTART_NODE: restart}
