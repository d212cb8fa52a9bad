"""Namespace records, the server's naming rules, and an index of a namespace tree.

Paths are absolute and written without a trailing slash (``team-a/app-1``); the root
namespace is ``''``. Everything here is pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from adminui.core.sentence import Sentence

#: Segment names the server refuses (OpenBao 2.x, ``helper/namespace``).
RESERVED_NAMES = frozenset({"", ".", "..", "root", "sys", "audit", "auth", "cubbyhole", "identity"})

_NO_METADATA: Mapping[str, str] = MappingProxyType({})

#: Unicode categories that are not "graphic" in Go's sense (controls, formats, unassigned…).
_NON_GRAPHIC = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class NamespaceEntry(NamedTuple):
    """One namespace as the tree shows it (a tuple: tens of thousands are built at once)."""

    path: str
    locked: bool = False
    tainted: bool = False
    id: str = ""
    uuid: str = ""
    custom_metadata: Mapping[str, str] = _NO_METADATA

    @property
    def name(self) -> str:
        """The last segment of the path."""
        return self.path.rpartition("/")[2]

    @property
    def parent(self) -> str:
        """The parent's path (``''`` for a top-level namespace)."""
        return self.path.rpartition("/")[0]


def canonical_path(path: str) -> str:
    """``/a/b/`` → ``a/b`` (the form used throughout the console)."""
    return "/".join(part for part in path.strip().split("/") if part)


def join_path(parent: str, name: str) -> str:
    """The absolute path of child ``name`` of ``parent``."""
    return f"{parent}/{name}" if parent else name


def ancestors(path: str) -> list[str]:
    """Every ancestor of ``path``, nearest last, root excluded: ``a/b/c`` → [a, a/b]."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


_DIGITS = re.compile(r"(\d+)")

#: One chunk of a name for natural order: ``(0, number)`` for a run of digits, ``(1, text)``
#: for the text between them (numbers come before text at the same place).
NameChunk = tuple[int, int] | tuple[int, str]
NameKey = tuple[tuple[NameChunk, ...], tuple[int, ...], str]


def name_key(name: str) -> NameKey:
    """The natural-order key of one path segment: ``2 < 9 < 10 < 100``.

    Runs of digits compare as numbers and text compares without case. Names that are
    still equal are ordered by fewer leading zeros first (``7 < 07 < 007``), then by the
    exact text (``A < a``), so the order is total: two different names never tie.
    """
    chunks: list[NameChunk] = []
    widths: list[int] = []
    for i, part in enumerate(_DIGITS.split(name)):
        if i % 2:
            chunks.append((0, int(part)))
            widths.append(len(part))
        elif part:
            chunks.append((1, part.casefold()))
    return tuple(chunks), tuple(widths), name


def path_key(path: str) -> tuple[NameKey, ...]:
    """The natural-order key of a path, segment by segment: a parent comes right before
    its children (``a < a/2 < a/10 < a-b``); the root ``''`` comes first."""
    return tuple(name_key(part) for part in path.split("/") if part)


class _NameKeys(dict[str, NameKey]):
    """:func:`name_key` worked out once per distinct name (big trees repeat their names:
    every tenant has an ``app-001``)."""

    def __missing__(self, name: str) -> NameKey:
        key = self[name] = name_key(name)
        return key


def natural_sorted(paths: Iterable[str]) -> list[str]:
    """``paths`` in natural order (see :func:`path_key`)."""
    keys = _NameKeys()
    return sorted(paths, key=lambda path: tuple([keys[part] for part in path.split("/") if part]))


def name_problem(name: str) -> str:
    """Why the server would refuse ``name`` as a namespace name ('' when it is valid).

    Mirrors OpenBao's rules: one path segment, not reserved, every character graphic,
    no white space, no ``+`` or ``*`` wildcards.
    """
    if name == "":
        return Sentence("A namespace name cannot be empty.")
    if "/" in name:
        return Sentence("A namespace name cannot contain '/'; create the parents one by one.")
    if name in RESERVED_NAMES:
        return Sentence("'{0}' is reserved and cannot be used as a namespace name.", name)
    for char in name:
        if char.isspace():
            return Sentence("A namespace name cannot contain spaces.")
        if char in "+*":
            return Sentence("A namespace name cannot contain the wildcard '{0}'.", char)
        if unicodedata.category(char) in _NON_GRAPHIC:
            return Sentence("A namespace name cannot contain the character U+{0:04X}.", ord(char))
    return ""


def path_problem(path: str) -> str:
    """Why the server would refuse absolute path ``path`` ('' when every segment is valid)."""
    if not path.strip("/"):
        return Sentence("Give a namespace path.")
    for segment in path.strip("/").split("/"):
        problem = name_problem(segment)
        if problem:
            return problem
    return ""


@dataclass(frozen=True)
class TreeDiff:
    """What changed between two snapshots of a tree (paths)."""

    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    changed: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


_NO_KIDS: list[str] = []


class NamespaceIndex:
    """All known namespaces by path, their children in natural order, and a search index.

    ``complete`` says whether the whole tree is known (a recursive scan) or only the
    levels listed so far (``listed`` holds the paths whose children are known).
    """

    def __init__(self, entries: Iterable[NamespaceEntry] = (), *, complete: bool = True) -> None:
        self.entries: dict[str, NamespaceEntry] = {e.path: e for e in entries}
        self.complete = complete
        self.listed: set[str] = {""}
        children: dict[str, list[str]] = {"": []}
        for path in self.entries:
            children.setdefault(path.rpartition("/")[0], []).append(path)
        # A listing may name a child without its parent: give the parent an entry.
        missing = [p for p in children if p and p not in self.entries]
        while missing:
            path = missing.pop()
            self.entries[path] = NamespaceEntry(path)
            parent = path.rpartition("/")[0]
            if parent not in children:
                children[parent] = []
                if parent and parent not in self.entries:
                    missing.append(parent)
            children[parent].append(path)
        keys = _NameKeys()
        for kids in children.values():
            if len(kids) > 1:  # siblings differ only in their last segment
                kids.sort(key=lambda path: keys[path.rpartition("/")[2]])
        #: Children of each path that has any (leaves are absent: use ``kids``).
        self.children = children
        self._folded: dict[str, str] | None = None
        self._descendants: dict[str, int] | None = None
        self._parents: list[str] | None = None
        self._everything: frozenset[str] | None = None  # every path: what "all match" shows
        #: The last search: (needle, the paths it matched, what it showed).
        self._last_search: tuple[str, list[str], frozenset[str]] = ("", [], frozenset())

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, path: object) -> bool:
        return path in self.entries

    def kids(self, path: str) -> list[str]:
        """Children of ``path`` (natural order; empty when it has none or none are known)."""
        return self.children.get(path, _NO_KIDS)

    def is_listed(self, path: str) -> bool:
        """Whether the children of ``path`` are known."""
        return self.complete or path in self.listed

    def child_count(self, path: str) -> int:
        return len(self.children.get(path, ()))

    def descendant_count(self, path: str) -> int:
        """Every namespace below ``path`` (known so far)."""
        total = 0
        stack = [path]
        while stack:
            kids = self.children.get(stack.pop(), ())
            total += len(kids)
            stack.extend(kids)
        return total

    def subtree(self, path: str) -> list[str]:
        """``path`` and everything below it, deepest first (the order to delete them)."""
        order: list[str] = []
        stack = [path]
        while stack:
            current = stack.pop()
            order.append(current)
            stack.extend(self.children.get(current, ()))
        order.sort(key=lambda p: p.count("/"), reverse=True)
        return order

    # ----- search --------------------------------------------------------------------------
    def prepare_search(self) -> None:
        """Build the search texts now (a loader calls this off the GUI thread), rather
        than at the first keystroke of a filter."""
        self._folded_names()

    def _folded_names(self) -> dict[str, str]:
        if self._folded is None:
            join, pair = "\x00".join, "=".join  # path\0key=value\0key=value…
            self._folded = {
                path: (path + "\x00" + join(map(pair, entry.custom_metadata.items()))).casefold()
                if entry.custom_metadata
                else path.casefold()
                for path, entry in self.entries.items()
            }
        return self._folded

    def matching(self, text: str) -> frozenset[str] | None:
        """Paths to show for filter ``text``: matches and all their ancestors.

        ``None`` means "no filter" (show everything). A namespace matches when its path
        or one of its ``key=value`` metadata pairs contains the text (case-insensitive).
        """
        needle = text.strip().casefold()
        if not needle:
            return None
        folded = self._folded_names()
        last_needle, last_hits, last_shown = self._last_search
        if last_needle and last_needle in needle and len(last_hits) < len(folded):
            # Typing on: only what the shorter text matched can still match (after a
            # text that matched everything, the plain pass below is quicker).
            hits = [path for path in last_hits if needle in folded[path]]
            if len(hits) == len(last_hits):
                self._last_search = (needle, last_hits, last_shown)
                return last_shown
        else:
            hits = [path for path, text in folded.items() if needle in text]
        if len(hits) == len(folded):  # everything matches (a first letter often does)
            if self._everything is None:
                self._everything = frozenset(folded)
            self._last_search = (needle, hits, self._everything)
            return self._everything
        if 2 * len(hits) > len(folded):
            # Most namespaces match: one pass over the namespaces with children, the
            # deepest first (so that a parent sees its children's verdict), is cheaper
            # than walking up from every match.
            matched = frozenset(hits)
            added: set[str] = set()
            children = self.children
            for parent in self._parents_deepest_first():
                kids = children[parent]
                if parent not in matched and (
                    not matched.isdisjoint(kids) or (added and not added.isdisjoint(kids))
                ):
                    added.add(parent)
            result = matched | added if added else matched
        else:
            shown = set(hits)
            level = shown  # the parents of the last level that are not shown yet
            while level:
                level = {path.rpartition("/")[0] for path in level}
                level.discard("")
                level -= shown
                shown |= level
            result = frozenset(shown)
        self._last_search = (needle, hits, result)
        return result

    def _parents_deepest_first(self) -> list[str]:
        if self._parents is None:
            parents = [path for path in self.children if path]
            parents.sort(key=lambda p: p.count("/"), reverse=True)
            self._parents = parents
        return self._parents

    def natural_order(self) -> list[str]:
        """Every known path (the root excluded) in natural order (see :func:`path_key`):
        each namespace right before its children, siblings in natural order."""
        order: list[str] = []
        children = self.children
        stack = [path for path in reversed(children.get("", _NO_KIDS)) if path]
        while stack:
            path = stack.pop()
            order.append(path)
            kids = children.get(path)
            if kids:
                stack.extend(reversed(kids))
        return order

    def descendant_counts(self) -> dict[str, int]:
        """Namespaces below each path (computed once per index)."""
        if self._descendants is None:
            counts = dict.fromkeys(self.children, 0)
            for path in sorted(self.entries, key=lambda p: p.count("/"), reverse=True):
                parent = path.rpartition("/")[0]
                counts[parent] = counts.get(parent, 0) + 1 + counts.get(path, 0)
            self._descendants = counts
        return self._descendants

    def with_children(self, parent: str, entries: Iterable[NamespaceEntry]) -> NamespaceIndex:
        """A copy where the children of ``parent`` are replaced by ``entries`` (lazy listing).

        Known grandchildren of children that are still present are kept.
        """
        fresh = {e.path: e for e in entries}
        prefix = parent + "/" if parent else ""
        kept = []
        for path, entry in self.entries.items():
            if prefix and not path.startswith(prefix):
                kept.append(entry)  # outside the listed subtree (the parent itself too)
                continue
            child = prefix + path[len(prefix) :].split("/", 1)[0]
            if path != child and child in fresh:
                kept.append(entry)  # below a child that is still there
        result = NamespaceIndex([*kept, *fresh.values()], complete=False)
        result.listed = {p for p in self.listed if p == "" or p in result.entries} | {parent}
        return result

    # ----- changes ---------------------------------------------------------------------------
    def diff(self, newer: NamespaceIndex) -> TreeDiff:
        """What ``newer`` adds, removes and changes compared with this index.

        With a partial (lazily listed) index only the listed levels are compared.
        """
        old, new = self.entries, newer.entries
        old_keys: set[str]
        new_keys: set[str]
        if newer.complete:
            old_keys, new_keys = set(old), set(new)
        else:
            scope = newer.listed

            def in_scope(p: str) -> bool:
                return p.rpartition("/")[0] in scope

            old_keys = {p for p in old if in_scope(p)}
            new_keys = {p for p in new if in_scope(p)}
        added = frozenset(new_keys - old_keys)
        removed = frozenset(old_keys - new_keys)
        changed = frozenset(p for p in (old_keys & new_keys) if old[p] != new[p])
        return TreeDiff(added, removed, changed)


def child_entries(parent: str, entries: Iterable[NamespaceEntry]) -> list[NamespaceEntry]:
    """Entries of a one-level listing of ``parent``, made absolute, in natural order."""
    result = []
    for entry in entries:
        name = canonical_path(entry.path).rpartition("/")[2]
        result.append(
            NamespaceEntry(
                join_path(parent, name),
                entry.locked,
                entry.tainted,
                entry.id,
                entry.uuid,
                entry.custom_metadata,
            )
        )
    result.sort(key=lambda e: path_key(e.path))
    return result
