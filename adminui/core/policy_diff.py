"""Diffs and three-way merges of policy texts (pure; built on difflib)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum


class LineTag(StrEnum):
    SAME = " "
    ADDED = "+"
    REMOVED = "-"


@dataclass(frozen=True)
class DiffLine:
    """One line of a diff; line numbers are 1-based (None on the side it is absent)."""

    tag: LineTag
    text: str
    old_line: int | None
    new_line: int | None


def normalised(text: str) -> str:
    """``text`` with unified line endings and no trailing blank space at the end."""
    return text.replace("\r\n", "\n").rstrip()


def same_policy(a: str, b: str) -> bool:
    """Whether two texts are the same policy as far as a person editing it can tell."""
    return normalised(a) == normalised(b)


def unified_diff(old: str, new: str, old_label: str = "server", new_label: str = "editor") -> str:
    """A unified diff from ``old`` to ``new`` ('' when they are the same)."""
    lines = difflib.unified_diff(
        normalised(old).splitlines(),
        normalised(new).splitlines(),
        fromfile=old_label,
        tofile=new_label,
        lineterm="",
    )
    return "\n".join(lines)


def diff_lines(old: str, new: str) -> list[DiffLine]:
    """Every line of both texts, tagged, in order (for a coloured side-by-side view)."""
    a = normalised(old).splitlines()
    b = normalised(new).splitlines()
    result: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                result.append(DiffLine(LineTag.SAME, a[i1 + k], i1 + k + 1, j1 + k + 1))
            continue
        for i in range(i1, i2):
            result.append(DiffLine(LineTag.REMOVED, a[i], i + 1, None))
        for j in range(j1, j2):
            result.append(DiffLine(LineTag.ADDED, b[j], None, j + 1))
    return result


@dataclass(frozen=True)
class MergeResult:
    """A merged text; ``conflicts`` counts the regions marked with <<<<<<< / >>>>>>>."""

    text: str
    conflicts: int


def _changes(base: list[str], other: list[str]) -> list[tuple[int, int, list[str]]]:
    """(base start, base end, replacement) for each change from ``base`` to ``other``."""
    matcher = difflib.SequenceMatcher(a=base, b=other, autojunk=False)
    return [(i1, i2, other[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def merge3(base: str, mine: str, theirs: str) -> MergeResult:
    """Merge two edits of ``base``; overlapping edits become conflict markers.

    ``mine`` is the editor's text, ``theirs`` the server's current text.
    """
    b = normalised(base).splitlines()
    ours = _changes(b, normalised(mine).splitlines())
    their = _changes(b, normalised(theirs).splitlines())
    out: list[str] = []
    conflicts = 0
    pos = 0
    i = j = 0
    while i < len(ours) or j < len(their):
        # Take the next change (or overlapping group of changes) in base order.
        first = _earliest(ours, i, their, j)
        start, end = first[0], first[1]
        group_ours: list[tuple[int, int, list[str]]] = []
        group_theirs: list[tuple[int, int, list[str]]] = []
        grew = True
        while grew:
            grew = False
            while i < len(ours) and _touches(ours[i], start, end):
                group_ours.append(ours[i])
                start, end = min(start, ours[i][0]), max(end, ours[i][1])
                i += 1
                grew = True
            while j < len(their) and _touches(their[j], start, end):
                group_theirs.append(their[j])
                start, end = min(start, their[j][0]), max(end, their[j][1])
                j += 1
                grew = True
        out.extend(b[pos:start])
        mine_text = _apply(b, start, end, group_ours)
        theirs_text = _apply(b, start, end, group_theirs)
        if not group_theirs or mine_text == theirs_text:
            out.extend(mine_text)
        elif not group_ours:
            out.extend(theirs_text)
        else:
            conflicts += 1
            out.append("<<<<<<< editor")
            out.extend(mine_text)
            out.append("=======")
            out.extend(theirs_text)
            out.append(">>>>>>> server")
        pos = end
    out.extend(b[pos:])
    text = "\n".join(out)
    return MergeResult(text + "\n" if text else "", conflicts)


def _earliest(
    ours: list[tuple[int, int, list[str]]],
    i: int,
    their: list[tuple[int, int, list[str]]],
    j: int,
) -> tuple[int, int, list[str]]:
    if i >= len(ours):
        return their[j]
    if j >= len(their):
        return ours[i]
    return ours[i] if ours[i][0] <= their[j][0] else their[j]


def _touches(change: tuple[int, int, list[str]], start: int, end: int) -> bool:
    """Whether a change overlaps or abuts the region [start, end)."""
    c_start, c_end, _ = change
    return c_start <= end and c_end >= start


def _apply(
    base: list[str], start: int, end: int, changes: list[tuple[int, int, list[str]]]
) -> list[str]:
    """``base[start:end]`` with ``changes`` (all inside that region) applied."""
    result: list[str] = []
    pos = start
    for c_start, c_end, lines in changes:
        result.extend(base[pos:c_start])
        result.extend(lines)
        pos = c_end
    result.extend(base[pos:end])
    return result
