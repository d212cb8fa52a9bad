"""Names the user types that become part of a request's path (policies, quotas, KV
paths, mounts, roles, namespaces, rotation sets): what makes one unusable.

A name may hold several parts separated by ``/`` (KV paths, mount paths) but no part
may be empty, ``.`` or ``..`` (``../../sys/step-down`` would reach another path), and
no character may be a control character. No Qt, no I/O.
"""

from __future__ import annotations

from adminui.core.sentence import Sentence


def path_name_problem(name: str) -> str:
    """Why ``name`` cannot go into a request's path ('' when it can); leading and
    trailing slashes are ignored."""
    clean = name.strip("/")
    if not clean:
        return Sentence("it is empty")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in clean):
        return Sentence("it contains a control character")
    if any(part in ("", ".", "..") for part in clean.split("/")):
        return Sentence("a part of it is empty, . or ..")
    return ""
