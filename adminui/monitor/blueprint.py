"""Running a tenant blueprint, step by step, undoing everything if a step fails.

    result = await run_blueprint(client, spec, on_step)

Each step reports ``StepEvent``s (running, done, failed, rolled back). When a step
fails, every step this run completed is undone in reverse order; the result says
which step failed and what was rolled back (or could not be). With an AppRole role the
last step issues a secret_id: the result carries the role_id and secret_id the tenant
logs in with (kept out of every ``repr``, never logged).
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

from adminui.api.errors import NotFound, VaultError
from adminui.api.vault import VaultClient
from adminui.api.vault_auth import AuthApi
from adminui.core.namespaces import ancestors
from adminui.core.namespaces_blueprint import AuthKind, BlueprintSpec, render_policy, spec_problems
from adminui.core.sentence import Sentence
from adminui.monitor import namespace_ops


class StepState(StrEnum):
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"
    FAILED = "failed"
    ROLLED_BACK = "rolled back"
    ROLLBACK_FAILED = "rollback failed"


@dataclass(frozen=True)
class StepEvent:
    """One change of one step's state; ``step`` and ``detail`` are Sentences (or plain
    text from elsewhere) for people."""

    step: str
    state: StepState
    detail: str = ""


#: Where the blueprint enables AppRole (inside the tenant's namespace).
APPROLE_MOUNT = "approle"


@dataclass(frozen=True)
class AppRoleCredentials:
    """What a tenant's application logs in with (``auth/<mount>/login`` in ``namespace``)."""

    namespace: str
    mount: str
    role_name: str
    role_id: str
    secret_id: str = field(repr=False)
    secret_id_accessor: str = field(default="", repr=False)


Undo = Callable[[], Awaitable[object]]
OnStep = Callable[[StepEvent], None]


def _ignore(_: StepEvent) -> None:
    return None


@dataclass
class BlueprintResult:
    """What a run did."""

    spec: BlueprintSpec
    events: list[StepEvent] = field(default_factory=list)
    failed_step: str = ""
    error: BaseException | None = None
    rolled_back: list[str] = field(default_factory=list)
    rollback_failures: list[str] = field(default_factory=list)
    #: The AppRole login of a successful AppRole run (None otherwise).
    credentials: AppRoleCredentials | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None


class _Run:
    def __init__(self, client: VaultClient, spec: BlueprintSpec, on_step: OnStep) -> None:
        self.client = client
        self.spec = spec
        self.on_step = on_step
        self.result = BlueprintResult(spec)
        self.undo: list[tuple[str, Undo]] = []

    def emit(self, step: str, state: StepState, detail: str = "") -> None:
        event = StepEvent(step, state, detail)
        self.result.events.append(event)
        self.on_step(event)

    async def step(self, name: str, action: Callable[[], Awaitable[Undo | None]]) -> None:
        self.emit(name, StepState.RUNNING)
        try:
            undo = await action()
        except BaseException as exc:
            self.result.failed_step = name
            self.result.error = exc
            detail = exc.user_message if isinstance(exc, VaultError) else _message(exc)
            if isinstance(exc, VaultError) and exc.server_message:
                detail = Sentence("{0} ({1})", detail, exc.server_message)
            self.emit(name, StepState.FAILED, detail)
            raise
        if undo is None:
            self.emit(name, StepState.SKIPPED, Sentence("already present"))
        else:
            self.undo.append((name, undo))
            self.emit(name, StepState.DONE)

    async def rollback(self) -> None:
        for name, undo in reversed(self.undo):
            try:
                await undo()
            except Exception as exc:
                self.result.rollback_failures.append(name)
                self.emit(name, StepState.ROLLBACK_FAILED, _message(exc))
            else:
                self.result.rolled_back.append(name)
                self.emit(name, StepState.ROLLED_BACK)
        self.undo.clear()


def plan(spec: BlueprintSpec) -> list[str]:
    """The step names, in order (some may turn out to be skipped)."""
    steps: list[str] = [
        Sentence("Create namespace {0}", p) for p in [*ancestors(spec.namespace), spec.namespace]
    ]
    steps.append(Sentence("Enable KV v2 at {0}/", spec.kv_mount))
    steps.append(Sentence("Write policy {0}", spec.policy_name))
    if spec.auth is AuthKind.APPROLE:
        steps.append(Sentence("Enable AppRole auth"))
        steps.append(Sentence("Create AppRole role {0}", spec.role_name))
        steps.append(Sentence("Issue a secret ID for role {0}", spec.role_name))
    else:
        steps.append(Sentence("Create token role {0}", spec.role_name))
    return steps


async def run_blueprint(
    client: VaultClient, spec: BlueprintSpec, on_step: OnStep = _ignore
) -> BlueprintResult:
    """Lay out tenant ``spec``; on failure undo this run's changes and report them."""
    problems = spec_problems(spec)
    if problems:
        message = problems[0]
        for problem in problems[1:]:
            message = Sentence("{0} {1}", message, problem)  # one sentence after another
        raise ValueError(message)
    policy = render_policy(spec)
    run = _Run(client, spec, on_step)
    names = plan(spec)
    inside = client.with_namespace(spec.namespace)
    auth = AuthApi(inside.transport, spec.namespace)
    try:
        for current in [*ancestors(spec.namespace), spec.namespace]:
            await run.step(names.pop(0), _create_namespace(client, current, spec))

        async def kv() -> Undo:
            await inside.mounts.enable(
                spec.kv_mount, "kv", options={"version": "2"}, description="tenant secrets"
            )
            return lambda: inside.mounts.disable(spec.kv_mount)

        await run.step(names.pop(0), kv)

        async def write_policy() -> Undo:
            # Written only where nothing is: a rollback must never delete what another
            # console wrote meanwhile (the same look guards the roles below).
            with contextlib.suppress(NotFound):
                await inside.policies.read(spec.policy_name)
                raise _taken(Sentence("Policy {0}", spec.policy_name), spec)
            await inside.policies.write(spec.policy_name, policy)
            return lambda: inside.policies.delete(spec.policy_name)

        await run.step(names.pop(0), write_policy)

        if spec.auth is AuthKind.APPROLE:

            async def enable_approle() -> Undo | None:
                mounts = await auth.list_mounts()
                if mounts.get(APPROLE_MOUNT) is not None:
                    return None
                await auth.enable(APPROLE_MOUNT, "approle")
                return lambda: auth.disable(APPROLE_MOUNT)

            async def approle_role() -> Undo:
                if await auth.approle_role_exists(spec.role_name, mount=APPROLE_MOUNT):
                    raise _taken(Sentence("AppRole role {0}", spec.role_name), spec)
                await auth.write_approle_role(
                    spec.role_name,
                    token_policies=[spec.policy_name],
                    token_ttl=spec.token_ttl,
                    mount=APPROLE_MOUNT,
                )
                return lambda: auth.delete_approle_role(spec.role_name, mount=APPROLE_MOUNT)

            await run.step(names.pop(0), enable_approle)
            await run.step(names.pop(0), approle_role)
            await run.step(names.pop(0), _issue_secret_id(run, auth))
        else:

            async def token_role() -> Undo:
                if await auth.token_role_exists(spec.role_name):
                    raise _taken(Sentence("Token role {0}", spec.role_name), spec)
                await auth.write_token_role(
                    spec.role_name, allowed_policies=[spec.policy_name], token_ttl=spec.token_ttl
                )
                return lambda: auth.delete_token_role(spec.role_name)

            await run.step(names.pop(0), token_role)
    except BaseException:
        await run.rollback()
        if run.result.error is not None and not isinstance(run.result.error, Exception):
            raise  # cancellation: undo was attempted, let it propagate
    return run.result


def _issue_secret_id(run: _Run, auth: AuthApi) -> Callable[[], Awaitable[Undo]]:
    spec = run.spec

    async def action() -> Undo:
        role_id = await auth.approle_role_id(spec.role_name, mount=APPROLE_MOUNT)
        secret_id, accessor = await auth.generate_approle_secret_id(
            spec.role_name, mount=APPROLE_MOUNT
        )
        run.result.credentials = AppRoleCredentials(
            spec.namespace, APPROLE_MOUNT, spec.role_name, role_id, secret_id, accessor
        )

        async def undo() -> None:
            run.result.credentials = None
            await auth.destroy_approle_secret_id(spec.role_name, accessor, mount=APPROLE_MOUNT)

        return undo

    return action


def _create_namespace(
    client: VaultClient, path: str, spec: BlueprintSpec
) -> Callable[[], Awaitable[Undo | None]]:
    async def action() -> Undo | None:
        if path != spec.namespace and await namespace_ops.exists(client, path):
            return None
        meta = spec.custom_metadata if path == spec.namespace else None
        await namespace_ops.create_one(client, path, meta)
        return lambda: namespace_ops.delete_one(client, path)

    return action


def _taken(what: str, spec: BlueprintSpec) -> ValueError:
    return ValueError(
        Sentence("{0} already exists in {1}; it is not replaced.", what, spec.namespace)
    )


def _message(exc: BaseException) -> str:
    """The text of an exception, keeping a Sentence it was raised with."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Sentence):
        return exc.args[0]
    return str(exc)
