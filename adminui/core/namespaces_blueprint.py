"""What a tenant blueprint asks for, checked before anything is sent.

A blueprint creates a namespace path (and its missing parents), mounts a KV v2 engine
in it, writes an ACL policy from a template and creates an auth role bound to it.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from enum import StrEnum

from adminui.core.namespaces import canonical_path, path_problem
from adminui.core.sentence import Sentence

#: The default policy: full use of the tenant's KV engine, nothing else.
DEFAULT_POLICY_TEMPLATE = """\
# Tenant ${tenant}: read and write its own secrets.
path "${mount}/data/*" {
  capabilities = ["create", "read", "update", "delete", "list"]
}
path "${mount}/metadata/*" {
  capabilities = ["read", "list", "delete"]
}
"""

_SIMPLE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class AuthKind(StrEnum):
    """Which auth role the blueprint creates."""

    APPROLE = "approle"
    TOKEN = "token"


@dataclass(frozen=True)
class BlueprintSpec:
    """One tenant to lay out."""

    path: str
    kv_mount: str = "kv"
    policy_name: str = "tenant"
    policy_template: str = DEFAULT_POLICY_TEMPLATE
    auth: AuthKind = AuthKind.APPROLE
    role_name: str = "tenant"
    token_ttl: str = "1h"
    custom_metadata: dict[str, str] = field(default_factory=dict)

    @property
    def namespace(self) -> str:
        return canonical_path(self.path)

    @property
    def tenant(self) -> str:
        """The last segment of the namespace path."""
        return self.namespace.rpartition("/")[2]


def render_policy(spec: BlueprintSpec) -> str:
    """The policy text: ``${tenant}``, ``${namespace}``, ``${mount}`` and ``${role}`` filled in.

    Unknown placeholders raise ``ValueError`` naming them.
    """
    values = {
        "tenant": spec.tenant,
        "namespace": spec.namespace,
        "mount": spec.kv_mount.strip("/"),
        "role": spec.role_name,
    }
    template = string.Template(spec.policy_template)
    unknown = sorted(
        {
            match.group("named") or match.group("braced")
            for match in template.pattern.finditer(spec.policy_template)
            if (match.group("named") or match.group("braced"))
            and (match.group("named") or match.group("braced")) not in values
        }
    )
    if unknown:
        raise ValueError(Sentence("Unknown placeholder(s) in the policy template: {0}", unknown))
    return template.safe_substitute(values)


def spec_problems(spec: BlueprintSpec) -> list[str]:
    """Everything wrong with ``spec`` that can be seen without asking the server."""
    problems = []
    problem = path_problem(spec.path)
    if problem:
        problems.append(problem)
    if not _SIMPLE_NAME.match(spec.kv_mount.strip("/")):
        problems.append(
            Sentence(
                "The secrets engine path must start with a letter or digit and use only "
                "letters, digits, '-', '_' and '.'."
            )
        )
    if not _SIMPLE_NAME.match(spec.policy_name):
        problems.append(
            Sentence(
                "The policy name must start with a letter or digit and use only letters, "
                "digits, '-', '_' and '.'."
            )
        )
    if not _SIMPLE_NAME.match(spec.role_name):
        problems.append(
            Sentence(
                "The role name must start with a letter or digit and use only letters, "
                "digits, '-', '_' and '.'."
            )
        )
    if spec.policy_name in ("root", "default"):
        problems.append(Sentence("The policy name '{0}' is reserved.", spec.policy_name))
    if not spec.policy_template.strip():
        problems.append(Sentence("The policy template is empty."))
    else:
        try:
            render_policy(spec)
        except ValueError as exc:
            reason = exc.args[0] if exc.args else None
            problems.append(reason if isinstance(reason, Sentence) else str(exc))
    return problems
