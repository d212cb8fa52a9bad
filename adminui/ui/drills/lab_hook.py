"""For a lab cluster: the fault injector that kills and restarts its nodes.

``adminui --lab`` registers an injector for the lab's two profiles (see
:func:`adminui.ui.drills.register_fault_injector`). When the console was started without
it, a profile of environment LAB whose nodes belong to the lab found in the lab directory
(``$ADMINUI_LAB_DIR`` or the default) still gets one, as the Services page finds its
joiner. Any other cluster gets none: its nodes run on hosts the console cannot reach, so
only the faults that need no host access (an OpenBao step-down) are offered.

The lab package is imported lazily and only for such a profile.
"""

from __future__ import annotations

from adminui.monitor.drill_faults import FaultInjector, lab_fault_injector
from adminui.profiles.store import Profile


def lab_fault_injector_for(profile: Profile) -> FaultInjector | None:
    """The injector for ``profile`` when it is one of the running lab's clusters."""
    if profile.environment.upper() != "LAB":
        return None
    try:
        from adminui.lab import Lab

        lab = Lab()
        if lab.dir.load() is None:
            return None
        urls = {n.api_url for n in lab.bao_nodes()} | {n.rest_url for n in lab.core_nodes()}
    except Exception:  # no lab extras installed, unreadable state: no lab faults
        return None
    if not urls & set(profile.node_urls):
        return None
    return lab_fault_injector(lab)
