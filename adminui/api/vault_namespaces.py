"""Namespaces: create, read, delete, list one level, scan a subtree, lock and unlock.

Calls act on children of the area's namespace (the root when it is '').
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import partial

from adminui.api.errors import BadResponse, InvalidName, NotFound
from adminui.api.vault_base import ApiArea, path_segment
from adminui.api.vault_models import Ack, Namespace, NamespaceDeletion, NamespaceList, NamespaceLock
from adminui.api.vault_parse import (
    parse_namespace,
    parse_namespace_deletion,
    parse_namespace_list,
    parse_namespace_lock,
)
from adminui.core.namespaces import NamespaceEntry
from adminui.core.sentence import Sentence


def split_namespace(path: str) -> tuple[str, str]:
    """``a/b/c`` → (``a/b``, ``c``): the parent namespace and the child's name."""
    parent, _, name = path.strip("/").rpartition("/")
    return parent, name


_EMPTY: dict[str, object] = {}


def parse_namespace_entries(
    body: object, node: str, base: str = ""
) -> builtins.list[NamespaceEntry]:
    """A LIST/SCAN answer as tree entries with absolute paths (under ``base``).

    Built for tens of thousands of keys: plain type checks, one tuple per namespace.
    """
    del node
    listing = body.get("data") if isinstance(body, dict) else None
    if not isinstance(listing, dict):
        raise BadResponse("data: expected an object")
    keys = listing.get("keys") or []
    info = listing.get("key_info") or {}
    if not isinstance(keys, list) or not isinstance(info, dict):
        raise BadResponse("data.keys / data.key_info: expected a list and an object")
    prefix = base.strip("/") + "/" if base.strip("/") else ""
    make = tuple.__new__  # NamedTuple's own __new__ is a Python function: too slow here
    entries: builtins.list[NamespaceEntry] = []
    append = entries.append
    for key in keys:
        if type(key) is not str:
            raise BadResponse("data.keys: expected strings")
        item = info.get(key) or _EMPTY
        if type(item) is not dict:
            raise BadResponse(f"data.key_info.{key}: expected an object")
        meta = item.get("custom_metadata") or _EMPTY
        ident = item.get("id") or ""
        uuid = item.get("uuid") or ""
        if (
            type(meta) is not dict
            or type(ident) is not str
            or type(uuid) is not str
            or (meta and not all(type(v) is str for v in meta.values()))
        ):
            raise BadResponse(f"data.key_info.{key}: unexpected field types")
        path = key[:-1] if key.endswith("/") else key
        if not path or path[0] == "/" or "//" in path:
            path = "/".join(part for part in path.split("/") if part)
            if not path:
                continue
        append(
            make(
                NamespaceEntry,
                (
                    prefix + path,
                    item.get("locked") is True,
                    item.get("tainted") is True,
                    ident,
                    uuid,
                    meta,
                ),
            )
        )
    return entries


def _name(name: str) -> str:
    clean = name.strip("/")
    if "/" in clean:
        raise InvalidName(name, Sentence("a namespace name is one part, without /"))
    return path_segment(clean)


class NamespacesApi(ApiArea):
    """``sys/namespaces`` inside the area's namespace."""

    async def create(
        self, name: str, custom_metadata: Mapping[str, str] | None = None
    ) -> Namespace:
        """Create child ``name``, optionally with custom metadata."""
        body = {"custom_metadata": dict(custom_metadata)} if custom_metadata else None
        response = await self._call("POST", f"sys/namespaces/{_name(name)}", json=body)
        return self._parse(response, partial(parse_namespace, key=name.strip("/") + "/"))

    async def read(self, name: str) -> Namespace:
        response = await self._call("GET", f"sys/namespaces/{_name(name)}")
        return self._parse(response, partial(parse_namespace, key=name.strip("/") + "/"))

    async def patch_metadata(self, name: str, custom_metadata: Mapping[str, str]) -> Namespace:
        """Replace (merge-patch) the custom metadata of child ``name``."""
        response = await self._call(
            "PATCH",
            f"sys/namespaces/{_name(name)}",
            json={"custom_metadata": dict(custom_metadata)},
        )
        return self._parse(response, partial(parse_namespace, key=name.strip("/") + "/"))

    async def delete(self, name: str) -> NamespaceDeletion:
        """Delete child ``name`` (it completes asynchronously; children must go first)."""
        response = await self._call("DELETE", f"sys/namespaces/{_name(name)}")
        return self._parse(response, parse_namespace_deletion)

    async def list(self) -> NamespaceList:
        """Direct children, sorted by key (empty when there are none)."""
        return await self._listing("LIST")

    async def scan(self) -> NamespaceList:
        """The whole subtree in one request, sorted by relative path."""
        return await self._listing("SCAN")

    async def _listing(self, method: str) -> NamespaceList:
        try:
            response = await self._call(method, "sys/namespaces")
        except NotFound as exc:
            if exc.errors:
                raise
            return NamespaceList(exc.node)
        return self._parse(response, parse_namespace_list)

    async def scan_entries(self) -> builtins.list[NamespaceEntry]:
        """The whole subtree as tree entries with absolute paths (fast path for big trees)."""
        return await self._entries("SCAN")

    async def list_entries(self) -> builtins.list[NamespaceEntry]:
        """Direct children as tree entries with absolute paths."""
        return await self._entries("LIST")

    async def _entries(self, method: str) -> builtins.list[NamespaceEntry]:
        try:
            response = await self._call(method, "sys/namespaces")
        except NotFound as exc:
            if exc.errors:
                raise
            return []
        return self._parse(response, partial(parse_namespace_entries, base=self.namespace))

    async def lock(self, child: str = "") -> NamespaceLock:
        """Lock API access to ``child`` (or to this namespace when empty)."""
        path = "sys/namespaces/api-lock/lock" + (f"/{_name(child)}" if child else "")
        return self._parse(await self._call("POST", path), parse_namespace_lock)

    async def unlock(self, child: str = "", unlock_key: str | None = None) -> Ack:
        """Unlock ``child`` (or this namespace) with its key (a root token needs none)."""
        path = "sys/namespaces/api-lock/unlock" + (f"/{_name(child)}" if child else "")
        body = {"unlock_key": unlock_key} if unlock_key else None
        return self._ack(await self._call("POST", path, json=body))
