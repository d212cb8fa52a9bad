"""For a lab cluster: start a joined Core node in the local lab ("Start this node in the
lab"). Real clusters get no joiner: their admin runs the install command on the host.

The lab package is imported lazily and only for a profile of environment LAB whose
nodes belong to the lab found in the lab directory (``$ADMINUI_LAB_DIR`` or the
default), as ``adminui --lab`` uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from adminui.profiles.store import Profile


@dataclass(frozen=True)
class JoinedNode:
    """A Core node that joined: the URLs the console watches it by."""

    name: str
    rest_url: str
    health_url: str


#: (service ID, FQDN) -> the node, after its join was accepted. Blocking: run it in a
#: worker thread (``asyncio.to_thread`` on the bridge).
LabJoiner = Callable[[str, str], JoinedNode]


def joiner_for_lab(lab: object) -> LabJoiner:
    """A joiner that uses ``lab`` (an :class:`adminui.lab.Lab`)."""

    def join(service_id: str, fqdn: str) -> JoinedNode:
        node = lab.join_core(service_id, fqdn)  # type: ignore[attr-defined]
        return JoinedNode(node.name, node.rest_url, node.health_url)

    return join


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
