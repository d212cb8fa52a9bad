"""The Drills page: step-down of the active node (F15) and failover drills (F16).

Lab faults (kill the leader, a follower, or two nodes) need the lab's process control.
The page gets it as a *fault injector* — a mapping of action name to a blocking callable
taking a node URL (see :mod:`adminui.monitor.drill_faults`) — either through the
``fault_injector=`` keyword of :class:`DrillsPage`, or, since pages are built lazily by
``PageEntry.build(context, bridge)``, through the module-level registry:

    from adminui.monitor.drill_faults import lab_fault_injector
    from adminui.ui.drills import register_fault_injector
    register_fault_injector(profile.name, lab_fault_injector(lab))   # lab profiles only

Clusters without an injector are offered step-down only.
"""

from adminui.ui.drills.page import (
    DrillsPage,
    fault_injector_for,
    register_fault_injector,
    unregister_fault_injector,
)

__all__ = [
    "DrillsPage",
    "fault_injector_for",
    "register_fault_injector",
    "unregister_fault_injector",
]
