"""Changing namespaces: create a path with its parents, delete a subtree, lock, unlock.

Locks and unlocks must go to the active node: in OpenBao 2.7 a lock sent through a
standby answers 400 yet applies the lock and loses the key. The clients handed in
here are expected to target the leading node.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping

from adminui.api.errors import NotFound
from adminui.api.vault import VaultClient
from adminui.api.vault_models import Ack, Namespace, NamespaceLock
from adminui.core.namespaces import ancestors, canonical_path, join_path, path_problem
from adminui.core.sentence import Sentence

#: Progress callback: what is happening (a Sentence). Called on the loop thread.
Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


async def exists(client: VaultClient, path: str) -> bool:
    """Whether absolute namespace ``path`` exists (and is not being deleted)."""
    parent, _, name = canonical_path(path).rpartition("/")
    try:
        found = await client.with_namespace(parent).namespaces.read(name)
    except NotFound:
        return False
    return not found.tainted


async def create_path(
    client: VaultClient,
    path: str,
    custom_metadata: Mapping[str, str] | None = None,
    progress: Progress = _quiet,
) -> list[str]:
    """Create ``path`` and any missing parents; returns the paths created, outermost first.

    Only the last namespace gets ``custom_metadata``.
    """
    path = canonical_path(path)
    problem = path_problem(path)
    if problem:
        raise ValueError(problem)
    created: list[str] = []
    for current in [*ancestors(path), path]:
        if await exists(client, current):
            if current == path:  # a create would replace its custom metadata
                raise ValueError(Sentence("The namespace {0} already exists.", path))
            continue
        parent, _, name = current.rpartition("/")
        progress(Sentence("Creating namespace {0}", current))
        meta = custom_metadata if current == path else None
        await client.with_namespace(parent).namespaces.create(name, meta)
        created.append(current)
    return created


async def create_one(
    client: VaultClient, path: str, custom_metadata: Mapping[str, str] | None = None
) -> Namespace:
    """Create exactly namespace ``path`` (its parent must exist).

    OpenBao answers a create of an existing namespace by replacing its custom metadata,
    so the namespace is looked up right before: one that exists is refused (ValueError
    with a Sentence), never overwritten.
    """
    path = canonical_path(path)
    problem = path_problem(path)
    if problem:
        raise ValueError(problem)
    if await exists(client, path):
        raise ValueError(Sentence("The namespace {0} already exists.", path))
    parent, _, name = path.rpartition("/")
    return await client.with_namespace(parent).namespaces.create(name, custom_metadata)


async def wait_gone(
    client: VaultClient, path: str, timeout: float = 30.0, interval: float = 0.1
) -> bool:
    """Wait until a deleted namespace has really disappeared (deletes are asynchronous)."""
    parent, _, name = canonical_path(path).rpartition("/")
    deadline = time.monotonic() + timeout
    while True:
        listing = await client.with_namespace(parent).namespaces.list()
        if name + "/" not in listing.keys:
            return True
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(interval)


async def delete_one(client: VaultClient, path: str, *, wait: bool = True) -> None:
    """Delete namespace ``path`` (no children) and, by default, wait until it is gone."""
    parent, _, name = canonical_path(path).rpartition("/")
    try:
        await client.with_namespace(parent).namespaces.delete(name)
    except NotFound:
        return
    if wait and not await wait_gone(client, path):
        raise TimeoutError(Sentence("namespace {0} was still being deleted after 30 s", path))


async def delete_subtree(
    client: VaultClient, path: str, descendants: list[str], progress: Progress = _quiet
) -> int:
    """Delete ``path`` and every namespace in ``descendants``, deepest level first.

    Each level is deleted concurrently and awaited before its parents go. Returns
    how many namespaces were deleted.
    """
    everything = {canonical_path(p) for p in descendants} | {canonical_path(path)}
    by_depth: dict[int, list[str]] = {}
    for item in everything:
        by_depth.setdefault(item.count("/"), []).append(item)
    done = 0
    limit = asyncio.Semaphore(8)

    async def one(item: str) -> None:
        nonlocal done
        async with limit:
            await delete_one(client, item)
            done += 1
            progress(Sentence("Deleted {0} of {1}: {2}", done, len(everything), item))

    for depth in sorted(by_depth, reverse=True):
        await asyncio.gather(*(one(item) for item in sorted(by_depth[depth])))
    return done


async def lock(client: VaultClient, path: str) -> NamespaceLock:
    """Lock API access to ``path``; the answer holds the only copy of the unlock key."""
    parent, _, name = canonical_path(path).rpartition("/")
    return await client.with_namespace(parent).namespaces.lock(name)


async def unlock(client: VaultClient, path: str, unlock_key: str | None) -> Ack:
    """Unlock ``path`` with its key (a root token may unlock without one)."""
    parent, _, name = canonical_path(path).rpartition("/")
    return await client.with_namespace(parent).namespaces.unlock(name, unlock_key or None)


def child_path(parent: str, name: str) -> str:
    """Absolute path of ``name`` created under ``parent``."""
    return join_path(canonical_path(parent), name.strip())
