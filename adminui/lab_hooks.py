"""The local lab's hooks for the window, built by the command line (``adminui``).

For a profile of environment LAB whose nodes belong to the lab found in the lab
directory (``$ADMINUI_LAB_DIR`` or the default), the Services page may start a joined
Core node in the lab and the Drills page may kill and restart nodes. This module may
import the lab; the window never does (it sees only :mod:`adminui.monitor.lab_hooks`).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from adminui.lab import Lab, postgres
from adminui.monitor.drill_faults import FaultInjector, lab_fault_injector
from adminui.monitor.lab_hooks import JoinedNode, LabJoiner, PostgresLogin, lab_join_command
from adminui.profiles.store import Profile


class _LabJoiner:
    def __init__(self, lab: Lab) -> None:
        self.lab = lab

    def join(self, service_id: str, fqdn: str) -> JoinedNode:
        node = self.lab.join_core(service_id, fqdn)
        return JoinedNode(node.name, node.rest_url, node.health_url)

    def command(self, service_id: str, fqdn: str) -> str:
        # A shell may lack this process's $ADMINUI_LAB_DIR: name any other directory.
        default = Path(platformdirs.user_data_dir("adminui", appauthor=False)) / "lab"
        root = Path(self.lab.dir.root)
        return lab_join_command(service_id, fqdn, None if root == default else root)


def joiner_for_lab(lab: Lab) -> LabJoiner:
    """A joiner that uses ``lab``."""
    return _LabJoiner(lab)


class RunningLabHooks:
    """:class:`~adminui.monitor.lab_hooks.LabHooks` for the lab running on this machine
    (found afresh each time: it may be started or stopped while the console runs)."""

    def __init__(self, lab: Lab | None = None) -> None:
        self._lab = lab

    def _lab_running(self, profile: Profile, kinds: str) -> Lab | None:
        if profile.environment.upper() != "LAB":
            return None
        try:
            lab = self._lab or Lab()
            if lab.dir.load() is None:
                return None
            urls: set[str] = set()
            if "bao" in kinds:
                urls |= {n.api_url for n in lab.bao_nodes()}
            if "core" in kinds:
                urls |= {n.rest_url for n in lab.core_nodes()}
        except Exception:  # unreadable lab state: no lab actions
            return None
        return lab if urls & set(profile.node_urls) else None

    def joiner_for(self, profile: Profile) -> LabJoiner | None:
        lab = self._lab_running(profile, "core")
        return joiner_for_lab(lab) if lab is not None else None

    def fault_injector_for(self, profile: Profile) -> FaultInjector | None:
        lab = self._lab_running(profile, "bao core")
        return lab_fault_injector(lab) if lab is not None else None

    def postgres_for(self, profile: Profile) -> PostgresLogin | None:
        lab = self._lab_running(profile, "bao")
        if lab is None:
            return None
        try:
            node = lab.postgres()
        except (KeyError, OSError):  # a lab without its PostgreSQL
            return None
        return PostgresLogin(
            postgres.HOST, node.port, postgres.DATABASE, postgres.ADMIN_ROLE, node.admin_password
        )
