"""Loading a namespace tree from a server: one recursive SCAN, or LIST level by level.

OpenBao 2.x answers ``SCAN sys/namespaces`` with the whole subtree; a server that does
not know SCAN refuses the method (400/405) and the tree is then listed lazily, one
level per request.
"""

from __future__ import annotations

from dataclasses import dataclass

from adminui.api.errors import BadRequest, NotFound
from adminui.api.vault import VaultClient
from adminui.api.vault_models import Namespace, NamespaceList
from adminui.core.namespaces import (
    NamespaceEntry,
    NamespaceIndex,
    canonical_path,
    join_path,
    natural_sorted,
    path_key,
)


@dataclass(frozen=True)
class ContentSummary:
    """What a namespace holds, shown before deleting it."""

    path: str
    children: tuple[str, ...] = ()
    mounts: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()


def entry_of(namespace: Namespace, base: str = "") -> NamespaceEntry:
    """A tree entry from an API record whose key is relative to ``base``."""
    return NamespaceEntry(
        join_path(base, canonical_path(namespace.key or namespace.path)),
        namespace.locked,
        namespace.tainted,
        namespace.id,
        namespace.uuid,
        namespace.custom_metadata,
    )


def index_of_scan(listing: NamespaceList, base: str = "") -> NamespaceIndex:
    """The complete index of a SCAN answer taken in namespace ``base``."""
    return NamespaceIndex((entry_of(n, base) for n in listing.namespaces), complete=True)


async def scan_tree(client: VaultClient) -> NamespaceIndex | None:
    """The whole tree below the client's namespace, or None when SCAN is unsupported."""
    try:
        entries = await client.namespaces.scan_entries()
    except BadRequest as exc:
        if exc.status in (400, 405) and _unsupported(exc.errors):
            return None
        raise
    except NotFound as exc:
        if exc.errors:
            return None
        raise
    return NamespaceIndex(entries, complete=True)


def _unsupported(errors: tuple[str, ...]) -> bool:
    text = " ".join(errors).lower()
    return not text or "unsupported" in text or "method" in text


async def list_children(client: VaultClient, parent: str) -> list[NamespaceEntry]:
    """Direct children of absolute namespace ``parent`` (natural order)."""
    entries = await client.with_namespace(parent).namespaces.list_entries()
    return sorted(entries, key=lambda e: path_key(e.path))


async def load_tree(client: VaultClient) -> NamespaceIndex:
    """The whole tree when SCAN works, else the first level (lazily completed later).

    The search texts of a scanned tree are built here, off the GUI thread, so that the
    first keystroke of a filter does not build them for tens of thousands of namespaces.
    """
    index = await scan_tree(client)
    if index is not None:
        index.prepare_search()
        return index
    top = await list_children(client, client.namespace)
    index = NamespaceIndex(top, complete=False)
    index.listed = {client.namespace}
    return index


async def summarize(client: VaultClient, path: str) -> ContentSummary:
    """Child namespaces (whole subtree), mounts and policies inside namespace ``path``."""
    inside = client.with_namespace(path)
    try:
        children = await inside.namespaces.scan()
        found = [join_path(path, canonical_path(n.key)) for n in children.namespaces]
    except BadRequest:
        listing = await inside.namespaces.list()
        found = [join_path(path, canonical_path(n.key)) for n in listing.namespaces]
    child_paths = tuple(natural_sorted(found))
    mounts = await inside.mounts.list()
    policies = await inside.policies.list()
    return ContentSummary(
        path,
        child_paths,
        tuple(m.path for m in mounts.mounts),
        tuple(p for p in policies.keys if p not in ("default", "root")),
    )
