"""Whether the token may perform an action, and why not (pure)."""

from __future__ import annotations

from collections.abc import Collection

#: Capabilities that grant everything (the root token reports "root").
_ALL = frozenset({"root"})


def allows(granted: Collection[str], needed: Collection[str]) -> bool:
    """Whether ``granted`` holds any of ``needed`` (and no ``deny``)."""
    held = set(granted)
    if "deny" in held:
        return False
    return bool(held & _ALL) or bool(held & set(needed))


def denial_reason(
    granted: Collection[str] | None,
    needed: Collection[str],
    path: str,
    read_only: bool,
    writes: bool,
) -> str | None:
    """Why an action is not allowed (None when it is).

    ``granted`` None means the capabilities are not known (yet): the action stays
    enabled and the server decides. ``writes``: whether the action changes anything.
    """
    if writes and read_only:
        return "read-only profile: changes are disabled"
    if granted is None or allows(granted, needed):
        return None
    held = ", ".join(sorted(granted)) or "none"
    want = " or ".join(sorted(needed))
    return f"the token lacks {want} on {path} (it has: {held})"
