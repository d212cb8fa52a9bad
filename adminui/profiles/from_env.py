"""A cluster profile proposed from the shell's ``BAO_*`` (or ``VAULT_*``) variables, as
the ``bao``/``vault`` command lines read them: the address, the CA file, the namespace
and the token. Nothing is saved until the user says so."""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile

PROPOSED_NAME = "my-cluster"


@dataclass(frozen=True)
class EnvProposal:
    """The proposed profile, the variable prefix it came from, and the token (if set)."""

    profile: Profile
    prefix: str
    token: str = field(default="", repr=False)


def proposal(env: Mapping[str, str]) -> EnvProposal | None:
    """The cluster ``BAO_ADDR`` (else ``VAULT_ADDR``) names, or None."""
    for prefix in ("BAO", "VAULT"):
        address = env.get(f"{prefix}_ADDR", "").strip().rstrip("/")
        if not address:
            continue
        profile = Profile(
            PROPOSED_NAME,
            ClusterKind.OPENBAO,
            (address,),
            ca_bundle=env.get(f"{prefix}_CACERT", "").strip(),
            namespace=env.get(f"{prefix}_NAMESPACE", "").strip().strip("/"),
        )
        return EnvProposal(profile, prefix, env.get(f"{prefix}_TOKEN", "").strip())
    return None


def add_command(env: Mapping[str, str]) -> str:
    """The ``adminui profile add`` command for the proposed cluster ('' when none); the
    token is piped in from its variable, never written on the command line."""
    found = proposal(env)
    if found is None:
        return ""
    profile = found.profile
    words = ["adminui", "profile", "add", profile.name, "--kind", "openbao"]
    words += ["--node", profile.node_urls[0], "--discover"]
    if profile.ca_bundle:
        words += ["--ca-bundle", profile.ca_bundle]
    if profile.namespace:
        words += ["--namespace", profile.namespace]
    command = " ".join(shlex.quote(w) for w in words)
    return f"printf '%s' \"${found.prefix}_TOKEN\" | {command}"
