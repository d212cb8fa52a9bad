"""``adminui profile …``: cluster profiles from the command line, for scripts and
headless machines.

    printf '%s' "$TOKEN" | adminui profile add prod --kind openbao \\
        --node https://bao1:8200 --discover --ca-bundle ca.pem --auth token
    printf '%s' "$PASSWORD" | adminui profile add stage --kind openbao \\
        --node http://127.0.0.1:8200 --auth userpass --user alice
    adminui profile edit prod --read-only --environment PROD
    adminui profile login stage             # sign in again (the password from stdin)
    adminui profile logout stage            # revoke the token and forget it
    adminui profile list [--json]
    adminui profile show prod [--json]
    adminui profile test prod [--json]      # exit 0: every node answers, token valid
    adminui profile remove prod

Secrets are read from standard input (or asked for at a prompt that does not echo),
never taken from the command line. A password or a JWT signs in and is dropped: the
token it yields is what is kept, in the system keyring only.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import json
import sys
import webbrowser
from typing import Any, TextIO

from adminui.api import errors
from adminui.core.cluster import ClusterKind
from adminui.monitor.profile_check import ProfileTest, run_discovery, run_test
from adminui.monitor.sign_in import sign_in, sign_out
from adminui.profiles import secrets
from adminui.profiles.store import SIGN_IN_METHODS, Profile, ProfileError, ProfileStore

ACTIONS = ("add", "edit", "list", "show", "test", "login", "logout", "remove")
AUTH_CHOICES = (*SIGN_IN_METHODS, "none")
#: What each sign-in method reads from stdin or a prompt.
_SECRET_PROMPTS = {
    "token": "Token: ",
    "userpass": "Password: ",
    "ldap": "Password: ",
    "jwt": "JWT: ",
}


def add_parser(sub: Any) -> None:
    """The ``profile`` command and its options."""
    profile = sub.add_parser(
        "profile", help="add, edit, list, show, test, sign in to or remove cluster profiles"
    )
    profile.add_argument("action", choices=ACTIONS)
    profile.add_argument("name", nargs="?", help="the profile's name")
    profile.add_argument("--kind", choices=[k.value for k in ClusterKind])
    profile.add_argument("--node", action="append", default=[], help="a node URL (repeatable)")
    profile.add_argument("--health", action="append", default=[], help="Core: health URLs")
    profile.add_argument(
        "--discover", action="store_true", help="OpenBao: add the nodes the cluster names"
    )
    profile.add_argument("--ca-bundle", default=None, help="a PEM file to trust besides the OS's")
    profile.add_argument(
        "--read-only",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="refuse every change",
    )
    profile.add_argument("--environment", default=None, help="the banner's label (e.g. PROD)")
    profile.add_argument("--colour", default=None, help="the banner's colour (#rrggbb)")
    profile.add_argument(
        "--auth",
        choices=AUTH_CHOICES,
        default=None,
        help="how to sign in: token (default; read from stdin or a prompt), userpass or "
        "ldap (--user; the password from stdin), jwt (--role; the JWT from stdin), oidc "
        "(--role; a browser opens), cert (--client-cert); none: keep no token",
    )
    profile.add_argument("--user", default=None, help="userpass, LDAP: the user name")
    profile.add_argument("--role", default=None, help="OIDC, JWT, cert: the role")
    profile.add_argument("--mount", default=None, help="the sign-in method's mount path")
    profile.add_argument("--namespace", default=None, help="the namespace to sign in to")
    profile.add_argument("--client-cert", default=None, help="cert: the client certificate")
    profile.add_argument("--client-key", default=None, help="cert: the client certificate's key")
    profile.add_argument(
        "--tls-server-name", default=None, help="the name the nodes' certificates carry"
    )
    profile.add_argument(
        "--poll-interval-ms", type=int, default=None, help="how often the live view looks"
    )
    profile.add_argument("--json", action="store_true", help="print JSON")


def read_secret(prompt: str, stdin: TextIO | None = None) -> str:
    """A secret from standard input when it is not a terminal, else from a prompt that
    does not echo. Never from the command line."""
    stream = stdin or sys.stdin
    if not stream.isatty():
        return stream.read().strip()
    return getpass.getpass(prompt).strip()


def _fail(message: str) -> int:
    print(f"adminui profile: {message}", file=sys.stderr)
    return 2


def _shown(profile: Profile) -> dict[str, Any]:
    data = profile.to_toml()
    data.setdefault("read_only", False)
    return data


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    store = ProfileStore()
    try:
        if args.action == "list":
            return _list(store, args.json)
        if not args.name:
            return _fail(f"{args.action} needs a profile name")
        if args.action == "add":
            return _add(store, args, stdin)
        profile = store.get(args.name)
        if profile is None:
            return _fail(f"no usable profile named {args.name!r} (see `adminui profile list`)")
        if args.action == "edit":
            return _edit(store, profile, args)
        if args.action == "login":
            return _login(profile, stdin)
        if args.action == "logout":
            return _logout(profile)
        if args.action == "show":
            print(json.dumps(_shown(profile), indent=1) if args.json else _describe(profile))
            return 0
        if args.action == "remove":
            store.remove(profile.name)
            secrets.delete_token(profile.name)
            print(f"Removed {profile.name!r} and its stored token.")
            return 0
        return _test(profile, args.json)
    except ProfileError as exc:
        return _fail(str(exc))
    except secrets.SecretStoreUnavailable as exc:
        return _fail(str(exc))
    except errors.VaultError as exc:
        return _fail(exc.user_message)


def _list(store: ProfileStore, as_json: bool) -> int:
    profiles, broken = store.load_each()
    if as_json:
        print(
            json.dumps(
                {
                    "profiles": [_shown(p) for p in profiles],
                    "broken": [dataclasses.asdict(b) for b in broken],
                },
                indent=1,
            )
        )
        return 0
    for profile in profiles:
        print(f"{profile.name}\t{profile.kind.value}\t{len(profile.node_urls)} node(s)")
    for bad in broken:
        print(f"{bad.name}\tbroken\t{bad.reason}")
    return 0


def _describe(profile: Profile) -> str:
    lines = [f"{profile.name} ({profile.kind.value})"]
    lines += [f"  node {url}" for url in profile.node_urls]
    for key in ("ca_bundle", "environment", "colour", "namespace", "client_cert"):
        if getattr(profile, key):
            lines.append(f"  {key} {getattr(profile, key)}")
    sign_in_as = profile.username or profile.role
    lines.append(
        f"  sign-in {profile.auth}"
        + (f" as {sign_in_as}" if sign_in_as else "")
        + (f" on {profile.mount}/" if profile.auth != "token" else "")
    )
    lines.append(f"  read-only {'yes' if profile.read_only else 'no'}")
    return "\n".join(lines)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """The profile fields the options name (None: not given)."""
    given = {
        "ca_bundle": args.ca_bundle,
        "read_only": args.read_only,
        "environment": args.environment,
        "colour": args.colour,
        "username": args.user,
        "role": args.role,
        "auth_mount": args.mount,
        "namespace": args.namespace,
        "client_cert": args.client_cert,
        "client_key": args.client_key,
        "tls_server_name": args.tls_server_name,
        "poll_interval_ms": args.poll_interval_ms,
    }
    if args.auth is not None:
        given["auth"] = "token" if args.auth == "none" else args.auth
    if args.node:
        given["node_urls"] = tuple(u.rstrip("/") for u in args.node)
    if args.health:
        given["health_urls"] = tuple(args.health)
    return {key: value for key, value in given.items() if value is not None}


def obtain_token(
    profile: Profile, stdin: TextIO | None, *, open_browser: Any = None
) -> tuple[str, int]:
    """Sign in with the profile's method: (the token, its TTL in seconds; 0 = none).

    The secret (token, password, JWT) comes from stdin or a prompt; a password or a
    JWT is used for this sign-in and dropped. A pasted token is kept as given."""
    prompt = _SECRET_PROMPTS.get(profile.auth)
    secret = read_secret(prompt, stdin) if prompt else ""
    if profile.auth == "token":
        return secret, 0
    if profile.auth == "oidc" and open_browser is None:
        open_browser = _open_browser
    signed = asyncio.run(sign_in(profile, secret, open_browser=open_browser))
    del secret
    return signed.token, signed.ttl_s


def _open_browser(url: str) -> None:
    print("Complete the sign-in in your browser; if none opens, visit:", file=sys.stderr)
    print(url, file=sys.stderr)
    webbrowser.open(url)


def _add(store: ProfileStore, args: argparse.Namespace, stdin: TextIO | None) -> int:
    if args.kind is None or not args.node:
        return _fail("add needs --kind and at least one --node")
    if any(p.name == args.name for p in store.load_each()[0]):
        return _fail(f"a profile named {args.name!r} exists; change it with `edit`")
    profile = dataclasses.replace(Profile(args.name, ClusterKind(args.kind), ()), **_changes(args))
    profile.validate()
    token, _ttl = obtain_token(profile, stdin) if args.auth != "none" else ("", 0)
    if args.discover:
        if profile.kind is not ClusterKind.OPENBAO:
            return _fail("--discover finds OpenBao/Vault nodes only")
        try:
            profile = dataclasses.replace(profile, node_urls=run_discovery(profile, token))
        except errors.VaultError as exc:
            return _fail(f"discovery failed: {exc.user_message}")
    store.upsert(profile)
    if token:
        secrets.store_token(profile.name, token)
    del token
    return _print_profile(profile, args.json)


def _print_profile(profile: Profile, as_json: bool) -> int:
    print(json.dumps(_shown(profile), indent=1) if as_json else _describe(profile))
    return 0


def _edit(store: ProfileStore, profile: Profile, args: argparse.Namespace) -> int:
    """Change the fields the options name; the stored token stays."""
    if args.kind is not None and args.kind != profile.kind.value:
        return _fail("the kind of a cluster cannot change; add a new profile instead")
    changed = dataclasses.replace(profile, **_changes(args))
    changed.validate()
    store.upsert(changed)
    return _print_profile(changed, args.json)


def _login(profile: Profile, stdin: TextIO | None) -> int:
    token, ttl = obtain_token(profile, stdin)
    if not token:
        return _fail("no token was given")
    secrets.store_token(profile.name, token)
    del token
    lifetime = f"for {ttl} s" if ttl else "without expiry"
    print(
        f"Signed in to {profile.name!r} ({profile.auth}), {lifetime}; the token is in the keyring."
    )
    return 0


def _logout(profile: Profile) -> int:
    token = secrets.load_token(profile.name)
    if token:
        try:
            asyncio.run(sign_out(profile, token))
        except errors.VaultError as exc:
            print(f"The token could not be revoked: {exc.user_message}", file=sys.stderr)
    secrets.delete_token(profile.name)
    print(f"Signed out of {profile.name!r}; its token is forgotten.")
    return 0


def _test(profile: Profile, as_json: bool) -> int:
    token = secrets.load_token(profile.name)
    result: ProfileTest = run_test(profile, token)
    if as_json:
        data = dataclasses.asdict(result) | {"ok": result.ok}
        print(json.dumps(data, indent=1))
    else:
        for node in result.nodes:
            state = node.role + (f" ({node.reason})" if node.reason else "")
            print(f"{node.url}\t{state}")
        creds = result.credentials
        if creds.valid:
            ttl = "no expiry" if not creds.ttl_s else f"TTL {creds.ttl_s} s"
            print(f"token valid ({ttl}; policies: {', '.join(creds.policies) or '-'})")
        else:
            print(f"token not valid: {creds.detail}")
    return 0 if result.ok else 1
