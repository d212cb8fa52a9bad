"""``adminui profile …``: cluster profiles from the command line, for scripts and
headless machines.

    printf '%s' "$TOKEN" | adminui profile add prod --kind openbao \\
        --node https://bao1:8200 --discover --ca-bundle ca.pem --auth token
    adminui profile list [--json]
    adminui profile show prod [--json]
    adminui profile test prod [--json]      # exit 0: every node answers, token valid
    adminui profile remove prod

Secrets are read from standard input (or asked for at a prompt that does not echo),
never taken from the command line; the token goes to the system keyring only.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
from typing import Any, TextIO

from adminui.api import errors
from adminui.core.cluster import ClusterKind
from adminui.monitor.profile_check import ProfileTest, run_discovery, run_test
from adminui.profiles import secrets
from adminui.profiles.store import Profile, ProfileError, ProfileStore

ACTIONS = ("add", "list", "show", "test", "remove")


def add_parser(sub: Any) -> None:
    """The ``profile`` command and its options."""
    profile = sub.add_parser("profile", help="add, list, show, test or remove cluster profiles")
    profile.add_argument("action", choices=ACTIONS)
    profile.add_argument("name", nargs="?", help="the profile's name")
    profile.add_argument("--kind", choices=[k.value for k in ClusterKind])
    profile.add_argument("--node", action="append", default=[], help="a node URL (repeatable)")
    profile.add_argument("--health", action="append", default=[], help="Core: health URLs")
    profile.add_argument(
        "--discover", action="store_true", help="OpenBao: add the nodes the cluster names"
    )
    profile.add_argument("--ca-bundle", default="", help="a PEM file to trust besides the OS's")
    profile.add_argument("--read-only", action="store_true", help="refuse every change")
    profile.add_argument("--environment", default="", help="the banner's label (e.g. PROD)")
    profile.add_argument("--colour", default="", help="the banner's colour (#rrggbb)")
    profile.add_argument(
        "--auth",
        choices=("token", "none"),
        default="token",
        help="token: read the token from stdin or a prompt (default); none: keep none",
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
    for key in ("ca_bundle", "environment", "colour"):
        if getattr(profile, key):
            lines.append(f"  {key} {getattr(profile, key)}")
    lines.append(f"  read-only {'yes' if profile.read_only else 'no'}")
    return "\n".join(lines)


def _add(store: ProfileStore, args: argparse.Namespace, stdin: TextIO | None) -> int:
    if args.kind is None or not args.node:
        return _fail("add needs --kind and at least one --node")
    if any(p.name == args.name for p in store.load_each()[0]):
        return _fail(f"a profile named {args.name!r} exists; remove it first")
    profile = Profile(
        args.name,
        ClusterKind(args.kind),
        tuple(u.rstrip("/") for u in args.node),
        tuple(args.health),
        ca_bundle=args.ca_bundle,
        read_only=args.read_only,
        environment=args.environment,
        colour=args.colour,
    )
    profile.validate()
    token = read_secret("Token: ", stdin) if args.auth == "token" else ""
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
    if args.json:
        print(json.dumps(_shown(profile), indent=1))
    else:
        print(_describe(profile))
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
