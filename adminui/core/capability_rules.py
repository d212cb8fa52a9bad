"""Whether the token may perform an action, and why not (pure)."""

from __future__ import annotations

from collections.abc import Collection

from adminui.core.sentence import Sentence

#: Capabilities that grant everything (the root token reports "root").
_ALL = frozenset({"root"})


def allows(granted: Collection[str], needed: Collection[str]) -> bool:
    """Whether ``granted`` holds any of ``needed`` (and no ``deny``)."""
    held = set(granted)
    if "deny" in held:
        return False
    return bool(held & _ALL) or bool(held & set(needed))


def allows_all(granted: Collection[str], needed: Collection[str]) -> bool:
    """Whether ``granted`` holds every one of ``needed`` (or ``root``), and no ``deny``:
    for endpoints that need two capabilities at once, such as ``sudo`` and ``update``."""
    held = set(granted)
    if "deny" in held:
        return False
    return bool(held & _ALL) or set(needed) <= held


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
        return Sentence("read-only profile: changes are disabled")
    if granted is None or allows(granted, needed):
        return None
    held: object = sorted(granted) or Sentence("none")
    return Sentence("the token lacks {0} on {1} (it has: {2})", _either(sorted(needed)), path, held)


def _either(names: list[str]) -> str:
    """``a``, ``a or b``, ``a or b or c`` (each "or" translatable)."""
    if not names:
        return ""
    phrase = names[0]
    for name in names[1:]:
        phrase = Sentence("{0} or {1}", phrase, name)
    return phrase
