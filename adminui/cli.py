"""Command line: open the console, or drive the local lab."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

from adminui import __version__
from adminui.installed import lab_installed

LAB_ACTIONS = ("up", "down", "status", "kill", "stop", "restart", "seal", "unseal", "join")


def build_parser(with_lab: bool | None = None) -> argparse.ArgumentParser:
    """The command line; the lab's options only where the lab is installed."""
    if with_lab is None:
        with_lab = lab_installed()
    parser = argparse.ArgumentParser(
        prog="adminui",
        description="Console for KUMA Core and OpenBao/Vault Raft clusters.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(lab=False, command=None)
    if with_lab:
        parser.add_argument(
            "--lab",
            action="store_true",
            help="start the local lab (or reuse a running one) and open the console on it",
        )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window without clusters, exit after its first paint (for packaging)",
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "ru"),
        help="interface language for this run (default: as chosen in View → Language)",
    )
    sub = parser.add_subparsers(dest="command")
    from adminui.profile_cli import add_parser as add_profile_parser

    add_profile_parser(sub)
    if with_lab:
        lab = sub.add_parser("lab", help="start, inspect, damage or stop the local lab")
        lab.add_argument("action", choices=LAB_ACTIONS)
        lab.add_argument(
            "node",
            nargs="?",
            help="node name for kill/stop/restart/seal/unseal; for join, the Core service ID",
        )
        lab.add_argument("fqdn", nargs="?", help="join: the FQDN of the new Core service")
    return parser


def _print_status(lab: object) -> int:
    from adminui.lab import Lab

    assert isinstance(lab, Lab)
    status = lab.status()
    if not status.exists:
        print("The lab is not running.")
        return 1
    print(f"{'NAME':10} {'PID':>8}  {'STATE':8} {'ROLE':12} ENDPOINT")
    for proc in status.processes:
        print(f"{proc.name:10} {proc.pid:>8}  {proc.state:8} {proc.role or '-':12} {proc.endpoint}")
    for line in lab.sign_in_lines():
        print(line)
    return 0


def _join(lab: object, service_id: str | None, fqdn: str | None) -> int:
    """Start a lab Core node that joins as the (already created) Core service."""
    from adminui.lab import Lab

    assert isinstance(lab, Lab)
    if not service_id or not fqdn:
        print("adminui lab join needs the Core service ID and its FQDN.", file=sys.stderr)
        return 2
    node = lab.join_core(service_id, fqdn)
    print(f"{node.name} joined as {service_id}: REST {node.rest_url}, health {node.health_url}")
    return _print_status(lab)


def run_lab(action: str, node: str | None, fqdn: str | None = None) -> int:
    from adminui.lab import Lab, LabError

    lab = Lab()
    started = time.monotonic()
    try:
        if action == "up":
            lab.up(progress=lambda msg: print(f"[{time.monotonic() - started:5.1f} s] {msg}"))
            print(f"Lab ready in {time.monotonic() - started:.1f} s (state in {lab.dir.root}).")
            return _print_status(lab)
        if action == "down":
            lab.down(progress=print)
            print("Lab stopped.")
            return 0
        if action == "status":
            return _print_status(lab)
        if action == "join":
            return _join(lab, node, fqdn)
        if not node:
            print(
                f"adminui lab {action} needs a node name (see `adminui lab status`).",
                file=sys.stderr,
            )
            return 2
        getattr(lab, action)(node)
        return _print_status(lab)
    except LabError as exc:
        print(f"Lab error: {exc}", file=sys.stderr)
        return 1


def _saved_contexts(skip: set[str], hooks: object = None) -> tuple[list[object], list[str]]:
    """Contexts for the saved profiles (tokens from the keyring), and notices."""
    from adminui.profiles import secrets
    from adminui.profiles.store import ProfileError, ProfileStore
    from adminui.ui.context import ClusterContext

    notices: list[str] = []
    try:
        profiles, broken = ProfileStore().load_each()
    except ProfileError as exc:
        return [], [str(exc)]
    # A broken profile is named with its reason; the others open as usual.
    notices += [f"Profile {b.name!r} is not used: {b.reason}" for b in broken]
    contexts: list[object] = []
    for profile in profiles:
        if profile.name in skip:
            continue
        try:
            token = secrets.load_token(profile.name)
        except secrets.SecretStoreUnavailable as exc:
            token = None
            notices.append(str(exc))
        contexts.append(ClusterContext(profile, token, lab_hooks=hooks))  # type: ignore[arg-type]
    return contexts, list(dict.fromkeys(notices))


def _recover_audit_log() -> None:
    """A last audit line cut short by a crash or a full disk is set aside on start."""
    from adminui.profiles.audit_log import AuditLog

    try:
        AuditLog().recover()
    except OSError as exc:
        print(f"The audit log could not be checked: {exc}", file=sys.stderr)


def lab_contexts(lab: object) -> tuple[list[object], list[str]]:
    """The running lab's clusters, with their tokens; saved as profiles (tokens in the
    keyring) when the config folder and the keyring allow, else for this session only,
    and the notices that say so."""
    from adminui.lab import Lab
    from adminui.lab.profiles import lab_profiles
    from adminui.lab_hooks import RunningLabHooks
    from adminui.profiles import secrets
    from adminui.profiles.store import ProfileError, ProfileStore
    from adminui.ui.context import ClusterContext

    assert isinstance(lab, Lab)
    hooks = RunningLabHooks(lab)
    store = ProfileStore()
    contexts: list[object] = []
    notices: list[str] = []
    for profile, token in lab_profiles(lab):
        try:
            store.upsert(profile)
        except (OSError, ProfileError) as exc:
            notices.append(
                f"The lab's clusters could not be saved in {store.directory} ({exc}); they "
                "are open for this session only."
            )
        try:
            secrets.store_token(profile.name, token)
        except secrets.SecretStoreUnavailable:
            notices.append("No system keyring: the lab's tokens are kept in memory only.")
        contexts.append(ClusterContext(profile, token, lab_hooks=hooks))
    return contexts, list(dict.fromkeys(notices))


def _lab_starter() -> Callable[[], list[object]]:
    """What the empty window's "Start the local lab" runs (in a worker thread): ``adminui
    lab up`` as a process of its own (the lab's files keep their own modes, whatever this
    hardened process's umask), then the lab's clusters, saved like ``--lab`` saves them."""

    def start() -> list[object]:
        import subprocess

        from adminui.lab import Lab, LabError

        done = subprocess.run(
            [sys.executable, "-m", "adminui", "lab", "up"],
            capture_output=True,
            text=True,
            umask=0o022,
            check=False,
        )
        if done.returncode != 0:
            raise LabError((done.stderr or done.stdout).strip()[-600:] or "adminui lab up failed")
        contexts, _notices = lab_contexts(Lab())
        return contexts

    return start


def open_console(with_lab: bool, language: str | None = None) -> int:
    from adminui.ui.context import ClusterContext

    lab_contexts_found: list[object] = []
    notices: list[str] = []
    hooks: object = None
    if lab_installed():
        # The lab's part (joining Core nodes, drill faults) for the clusters it runs.
        from adminui.lab_hooks import RunningLabHooks

        hooks = RunningLabHooks()
    if with_lab:
        from adminui.lab import Lab, LabError

        lab = Lab()
        started = time.monotonic()
        try:
            lab.up(progress=lambda msg: print(f"[{time.monotonic() - started:5.1f} s] {msg}"))
        except LabError as exc:
            print(f"Lab error: {exc}", file=sys.stderr)
            return 1
        lab_contexts_found, notices = lab_contexts(lab)
    # From here on the process holds tokens: no core dumps, nothing readable by others.
    # (The lab, started above as its own processes, keeps the modes it sets itself.)
    from adminui.profiles.process import harden_process

    harden_process()
    _recover_audit_log()
    skip = {c.profile.name for c in lab_contexts_found if isinstance(c, ClusterContext)}
    saved, saved_notices = _saved_contexts(skip, hooks)
    from adminui.ui.app import run

    contexts = [c for c in (*lab_contexts_found, *saved) if isinstance(c, ClusterContext)]
    starter = _lab_starter() if lab_installed() and not with_lab else None
    return run(
        contexts,
        " ".join(dict.fromkeys(notices + saved_notices)),
        language=language,
        lab_starter=starter,  # type: ignore[arg-type]
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "profile":
        from adminui import profile_cli

        return profile_cli.run(args)
    if args.command == "lab":
        return run_lab(args.action, args.node, args.fqdn)
    if args.smoke_test:
        from adminui.profiles.process import harden_process
        from adminui.ui.app import run

        harden_process()
        return run([], smoke_test=True, language=args.language)
    return open_console(args.lab, args.language)
