"""The lab's clusters as console profiles (environment LAB), with their tokens."""

from __future__ import annotations

from adminui.core.cluster import ClusterKind
from adminui.lab.lab import Lab
from adminui.profiles.store import Profile

LAB_OPENBAO = "Lab OpenBao"
LAB_CORE = "Lab Core"


def lab_profiles(lab: Lab) -> list[tuple[Profile, str]]:
    """(profile, token) for the lab's OpenBao and Core clusters."""
    cores = lab.core_nodes()
    return [
        (
            Profile(
                LAB_OPENBAO,
                ClusterKind.OPENBAO,
                tuple(n.api_url for n in lab.bao_nodes()),
                environment="LAB",
            ),
            lab.root_token,
        ),
        (
            Profile(
                LAB_CORE,
                ClusterKind.CORE,
                tuple(n.rest_url for n in cores),
                tuple(n.health_url for n in cores),
                environment="LAB",
            ),
            lab.core_token,
        ),
    ]
