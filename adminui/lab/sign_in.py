"""What the lab's OpenBao cluster can be signed in to with, all real, on 127.0.0.1.

* ``userpass``: user ``alice``; a second userpass mount at ``ldap/`` with user ``bob``
  (OpenBao 2.7 ships no LDAP auth; LDAP's login call is the userpass one on its own
  mount, so this is what the console's LDAP sign-in is tested against).
* ``oidc``: an OpenBao server of its own (``idp``) is the OpenID provider (its identity
  OIDC provider ``default``), with ``alice`` as a user there; the cluster's ``oidc`` auth
  trusts it, and the role ``console`` allows the console's loopback callback.
* ``jwt``: identity tokens of that provider's role ``console`` (checked against its JWKS).
* ``cert``: the cluster's TLS listener, with a client certificate of the lab CA.

Every sign-in gets the policy ``console-admin``. Passwords are made at start and kept in
the lab's state file (0600), like its root token.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from adminui.lab import openbao
from adminui.lab.openbao import HOST, BaoNode, BaoNodeClient
from adminui.lab.procs import (
    ProcessRecord,
    ensure_ports_free,
    spawn,
    wait_started,
    write_private,
)
from adminui.lab.state import LabState
from adminui.lab.tls import LabTls

IDP = "idp"
#: The console's OIDC callback (as ``bao login -method=oidc`` uses, on 127.0.0.1).
REDIRECT_URI = "http://127.0.0.1:8250/oidc/callback"
ROLE = "console"
POLICY = "console-admin"
#: user -> the mount they sign in on.
USERS = {"alice": "userpass", "bob": "ldap"}
TOKEN_TTL = "1h"

_ADMIN_POLICY = """\
# Everything the console's pages use (the lab's sign-in users are its administrators).
path "*" {
  capabilities = ["create", "read", "update", "patch", "delete", "list", "sudo"]
}
"""
_IDP_USER_POLICY = f"""\
path "identity/oidc/token/{ROLE}" {{
  capabilities = ["read"]
}}
"""


class IdpNode(BaoNode):
    """The lab's OpenID provider: a single OpenBao server in memory, with its web UI
    (where a person signs in during the browser step)."""

    def config_text(self) -> str:
        return f"""\
ui = true
api_addr = "{self.api_url}"
cluster_addr = "https://{HOST}:{self.cluster_port}"
disable_mlock = true

storage "inmem" {{}}

listener "tcp" {{
  address = "{HOST}:{self.api_port}"
  cluster_address = "{HOST}:{self.cluster_port}"
  tls_disable = true
}}
"""

    def write_config(self) -> None:
        write_private(self.config_path, self.config_text())

    @property
    def issuer(self) -> str:
        return f"{self.api_url}/v1/identity/oidc/provider/default"


def idp_node(state: LabState, root: Path) -> IdpNode | None:
    ports = state.ports.get(IDP)
    if not ports:
        return None
    return IdpNode(IDP, IDP, ports["api"], ports["cluster"], root / IDP)


def password_key(user: str) -> str:
    """The key of ``user``'s password in the lab state's secrets."""
    return f"sign_in_{user}"


def start_idp(node: IdpNode, state: LabState) -> ProcessRecord:
    """Start the provider, initialise and unseal it; its root token goes to ``state``."""
    ensure_ports_free(node.name, (node.api_port, node.cluster_port))
    node.write_config()
    record = spawn(node.name, node.argv(), node.log_path)
    client = BaoNodeClient(node)
    wait_started(
        record, lambda: client.role() != "unreachable", 20.0, f"listening on {node.api_url}"
    )
    key, token = openbao.initialize(node)
    openbao.unseal(node, key)
    openbao.wait_role(node, {"leader"}, timeout=30)
    state.secrets["idp_root_token"] = token
    return record


@dataclass(frozen=True)
class ProviderClients:
    """What the cluster needs to trust the provider."""

    oidc_client_id: str
    oidc_client_secret: str
    jwt_audience: str


def configure_idp(node: IdpNode, state: LabState) -> ProviderClients:
    """Users, an OIDC client for the console's callback, and a role issuing JWTs."""
    idp = BaoNodeClient(node, state.secrets["idp_root_token"])
    idp.ok("POST", "sys/auth/userpass", {"type": "userpass"})
    idp.ok("PUT", "sys/policies/acl/idp-user", {"policy": _IDP_USER_POLICY})
    idp.ok(
        "POST",
        "auth/userpass/users/alice",
        {"password": state.secrets[password_key("alice")], "token_policies": ["idp-user"]},
    )
    idp.ok("POST", "identity/oidc/key/default", {"allowed_client_ids": ["*"]})
    idp.ok(
        "POST",
        "identity/oidc/client/adminui",
        {"redirect_uris": [REDIRECT_URI], "assignments": ["allow_all"], "key": "default"},
    )
    client = idp.ok("GET", "identity/oidc/client/adminui")["data"]
    idp.ok("POST", f"identity/oidc/role/{ROLE}", {"key": "default", "ttl": "1h"})
    role = idp.ok("GET", f"identity/oidc/role/{ROLE}")["data"]
    return ProviderClients(
        str(client["client_id"]), str(client["client_secret"]), str(role["client_id"])
    )


def configure_cluster(
    leader: BaoNode, state: LabState, provider: IdpNode, clients: ProviderClients, tls: LabTls
) -> None:
    """The cluster's auth methods, each giving ``console-admin``."""
    bao = BaoNodeClient(leader, state.secrets["root_token"])
    bao.ok("PUT", f"sys/policies/acl/{POLICY}", {"policy": _ADMIN_POLICY})
    token_settings = {"token_policies": [POLICY], "token_ttl": TOKEN_TTL, "token_max_ttl": "8h"}
    for user, mount in USERS.items():
        description = "LDAP stand-in (the userpass call)" if mount == "ldap" else ""
        bao.ok("POST", f"sys/auth/{mount}", {"type": "userpass", "description": description})
        bao.ok(
            "POST",
            f"auth/{mount}/users/{user}",
            {"password": state.secrets[password_key(user)], **token_settings},
        )
    bao.ok("POST", "sys/auth/oidc", {"type": "oidc"})
    bao.ok(
        "POST",
        "auth/oidc/config",
        {
            "oidc_discovery_url": provider.issuer,
            "oidc_client_id": clients.oidc_client_id,
            "oidc_client_secret": clients.oidc_client_secret,
            "default_role": ROLE,
        },
    )
    bao.ok(
        "POST",
        f"auth/oidc/role/{ROLE}",
        {
            "user_claim": "sub",
            "allowed_redirect_uris": [REDIRECT_URI],
            "oidc_scopes": ["openid"],
            **token_settings,
        },
    )
    bao.ok("POST", "sys/auth/jwt", {"type": "jwt"})
    bao.ok(
        "POST", "auth/jwt/config", {"oidc_discovery_url": f"{provider.api_url}/v1/identity/oidc"}
    )
    bao.ok(
        "POST",
        f"auth/jwt/role/{ROLE}",
        {
            "role_type": "jwt",
            "user_claim": "sub",
            "bound_audiences": [clients.jwt_audience],
            **token_settings,
        },
    )
    bao.ok("POST", "sys/auth/cert", {"type": "cert"})
    bao.ok(
        "POST",
        f"auth/cert/certs/{ROLE}",
        {"certificate": tls.ca_cert.read_text(encoding="utf-8"), **token_settings},
    )


def make_passwords(state: LabState) -> None:
    for user in USERS:
        state.secrets[password_key(user)] = secrets.token_urlsafe(18)


def describe(state: LabState, state_file: Path, tls: LabTls, nodes: list[BaoNode]) -> list[str]:
    """What ``adminui lab status`` says about signing in."""
    if password_key("alice") not in state.secrets:
        return []
    lines = [
        f"Sign-in (OpenBao): passwords are in {state_file} under secrets.{password_key('<user>')}",
        "  userpass  alice (mount userpass/)",
        "  ldap      bob (mount ldap/, the LDAP call on a userpass mount)",
    ]
    node = idp_node(state, state_file.parent)
    if node is not None:
        lines.append(f"  oidc      role {ROLE}: alice at the provider {node.api_url}/ui/")
        lines.append(f"  jwt       role {ROLE}: identity tokens of that provider")
    tls_urls = [n.tls_url for n in nodes if n.tls_url]
    if tls_urls:
        lines.append(
            f"  cert      {', '.join(tls_urls)} with {tls.client_cert} "
            f"(key {tls.client_key}, CA {tls.ca_cert})"
        )
    return lines
