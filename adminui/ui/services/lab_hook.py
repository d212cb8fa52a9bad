"""For a lab cluster: start a joined Core node in the local lab ("Start this node in the
lab"), and the shell command that does the same. Real clusters get no joiner: their admin
runs the install command on the host.

The lab package is imported lazily and only for a profile of environment LAB whose
nodes belong to the lab found in the lab directory (``$ADMINUI_LAB_DIR`` or the
default), as ``adminui --lab`` uses it.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from adminui.profiles.store import Profile


@dataclass(frozen=True)
class JoinedNode:
    """A Core node that joined: the URLs the console watches it by."""

    name: str
    rest_url: str
    health_url: str


class LabJoiner(Protocol):
    """What the page needs of the lab to add a Core node."""

    def join(self, service_id: str, fqdn: str) -> JoinedNode:
        """Start the node and return it once its join was accepted. Blocking: run it in
        a worker thread (``asyncio.to_thread`` on the bridge)."""
        ...

    def command(self, service_id: str, fqdn: str) -> str:
        """The one-line shell command that starts the same node (``adminui lab join``)."""
        ...


def lab_join_command(service_id: str, fqdn: str, lab_dir: Path | None = None) -> str:
    """``adminui lab join <ID> <FQDN>``; with ``ADMINUI_LAB_DIR=…`` in front when the lab
    is not in the default directory."""
    words = ["adminui", "lab", "join", shlex.quote(service_id), shlex.quote(fqdn)]
    prefix = f"ADMINUI_LAB_DIR={shlex.quote(str(lab_dir))} " if lab_dir is not None else ""
    return prefix + " ".join(words)


class _LabJoiner:
    def __init__(self, lab: object) -> None:
        self.lab = lab

    def join(self, service_id: str, fqdn: str) -> JoinedNode:
        node = self.lab.join_core(service_id, fqdn)  # type: ignore[attr-defined]
        return JoinedNode(node.name, node.rest_url, node.health_url)

    def command(self, service_id: str, fqdn: str) -> str:
        import platformdirs

        # A shell may lack this process's $ADMINUI_LAB_DIR: name any other directory.
        default = Path(platformdirs.user_data_dir("adminui", appauthor=False)) / "lab"
        root = Path(self.lab.dir.root)  # type: ignore[attr-defined]
        return lab_join_command(service_id, fqdn, None if root == default else root)


def joiner_for_lab(lab: object) -> LabJoiner:
    """A joiner that uses ``lab`` (an :class:`adminui.lab.Lab`)."""
    return _LabJoiner(lab)


def lab_joiner_for(profile: Profile) -> LabJoiner | None:
    """The joiner for ``profile`` when it is the running lab's Core cluster, else None."""
    if profile.environment.upper() != "LAB":
        return None
    try:
        from adminui.lab import Lab

        lab = Lab()
        if lab.dir.load() is None:
            return None
        urls = {n.rest_url for n in lab.core_nodes()}
    except Exception:  # no lab extras installed, unreadable state: no lab action
        return None
    if not urls & set(profile.node_urls):
        return None
    return joiner_for_lab(lab)
