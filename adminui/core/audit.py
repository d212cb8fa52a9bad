"""The audit trail of admin actions as a hash chain (pure logic: no I/O, no Qt).

Each entry is one JSON object on one line. Its ``hash`` is computed over the previous
entry's hash and the entry's own fields in canonical JSON, so editing, inserting,
deleting or reordering any line breaks the chain from that line on; :func:`verify`
names the first line that does not fit. With the log's key (format 2) the hash is an
HMAC-SHA-256, so a line forged by someone without the key — even one whose plain
SHA-256 is right — does not fit either; entries without the key (format 1, SHA-256)
are accepted only before the first keyed one. (Cutting lines off the end, or rewriting
the whole file, cannot be seen from the file alone: keep an exported copy elsewhere.)

The API layer reports each write as an :class:`AuditEvent`; a recorder adds who did it
and in which profile (:class:`AuditRecord`) and appends it with :func:`seal`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from adminui.core.sentence import Sentence

#: The ``prev`` of the first entry.
GENESIS = "0" * 64
FORMAT_VERSION = 1
#: Entries sealed with the log's key (HMAC-SHA-256).
KEYED_FORMAT_VERSION = 2


@dataclass(frozen=True)
class AuditEvent:
    """A write sent (or refused) by the API layer; never carries a token.

    ``result`` is ``"ok"``, ``"error"`` or ``"refused"`` (not sent at all);
    ``error`` the typed error's class name when it failed.
    """

    method: str
    path: str
    node: str
    namespace: str = ""
    status: int | None = None
    request_id: str = ""
    result: str = "ok"
    error: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """One line of the audit log, before it is chained."""

    time: float
    who: str
    profile: str
    method: str
    path: str
    node: str
    namespace: str = ""
    status: int | None = None
    request_id: str = ""
    result: str = "ok"
    error: str = ""

    @classmethod
    def of(cls, event: AuditEvent, *, time: float, who: str, profile: str) -> AuditRecord:
        return cls(time=time, who=who, profile=profile, **asdict(event))

    @property
    def action(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class ChainedEntry:
    """A record with its place in the chain."""

    record: AuditRecord
    prev: str
    hash: str
    keyed: bool = False

    def to_line(self) -> str:
        """The JSON line written to the log (no trailing newline)."""
        data = _fields(self.record, self.keyed)
        data["prev"] = self.prev
        data["hash"] = self.hash
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a log: ``first_bad_line`` is 1-based, None when intact;
    ``reason`` (a Sentence) says why that line does not fit."""

    entries: int
    first_bad_line: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad_line is None

    @property
    def message(self) -> str:
        """One sentence for people."""
        if self.ok:
            return Sentence("The audit log is intact: {0} entries, chain verified.", self.entries)
        return Sentence(
            "The audit log was altered at line {0}: {1}.", self.first_bad_line, self.reason
        )


def _fields(record: AuditRecord, keyed: bool = False) -> dict[str, Any]:
    data = asdict(record)
    data["v"] = KEYED_FORMAT_VERSION if keyed else FORMAT_VERSION
    return data


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def entry_hash(prev: str, fields: dict[str, Any], key: bytes | None = None) -> str:
    """The hex hash chaining ``fields`` to the previous entry's hash: HMAC-SHA-256 with
    ``key`` when given, else SHA-256."""
    message = prev.encode("ascii", errors="replace") + b"\n" + _canonical(fields)
    if key is not None:
        return hmac.new(key, message, hashlib.sha256).hexdigest()
    return hashlib.sha256(message).hexdigest()


def seal(record: AuditRecord, prev: str, key: bytes | None = None) -> ChainedEntry:
    """``record`` chained after the entry whose hash is ``prev`` (GENESIS for the first),
    sealed with the log's ``key`` when there is one."""
    keyed = key is not None
    return ChainedEntry(record, prev, entry_hash(prev, _fields(record, keyed), key), keyed)


_RECORD_KEYS = frozenset(AuditRecord.__dataclass_fields__)


def parse_line(line: str) -> ChainedEntry:
    """One log line back into an entry; ValueError when it is not one."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise ValueError(Sentence("not valid JSON")) from exc
    if not isinstance(data, dict):
        raise ValueError(Sentence("not a JSON object"))
    prev, hash_ = data.get("prev"), data.get("hash")
    if not isinstance(prev, str) or not isinstance(hash_, str):
        raise ValueError(Sentence("no prev/hash fields"))
    fields = {k: v for k, v in data.items() if k in _RECORD_KEYS}
    missing = _RECORD_KEYS - fields.keys()
    if missing:
        raise ValueError(Sentence("missing {0}", sorted(missing)))
    try:
        record = AuditRecord(**fields)
    except TypeError as exc:
        raise ValueError(Sentence("unexpected fields")) from exc
    return ChainedEntry(record, prev, hash_, data.get("v") == KEYED_FORMAT_VERSION)


@dataclass(frozen=True)
class LogEnd:
    """Where the log ended when it was last written: how many entries, the last hash.

    Kept beside the log, it shows lines cut from the end, which the chain alone cannot
    (a shortened chain is still a valid chain).
    """

    entries: int
    hash: str

    def to_json(self) -> str:
        return json.dumps({"entries": self.entries, "hash": self.hash})

    @classmethod
    def from_json(cls, text: str) -> LogEnd | None:
        """The recorded end, or None when ``text`` is not one."""
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict):
            return None
        entries, hash_ = data.get("entries"), data.get("hash")
        if isinstance(entries, int) and entries >= 0 and isinstance(hash_, str):
            return cls(entries, hash_)
        return None


def verify(
    lines: Iterable[str], end: LogEnd | None = None, key: bytes | None = None
) -> Verification:
    """Check every line: parsable, linked to the one before, hash matching its content
    (with the log's ``key`` for keyed entries); with ``end``, also that no entry recorded
    there is missing from the end."""
    prev = GENESIS
    count = 0
    keyed_seen = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            return Verification(count, number, Sentence("an empty line"))
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):
            return Verification(count, number, Sentence("the line is not valid JSON"))
        if not isinstance(data, dict):
            return Verification(count, number, Sentence("the line is not a JSON object"))
        if data.get("prev") != prev:
            return Verification(count, number, Sentence("it does not follow the line before it"))
        fields = {k: v for k, v in data.items() if k not in ("prev", "hash")}
        if data.get("v") == KEYED_FORMAT_VERSION:
            if key is None:
                return Verification(
                    count, number, Sentence("it is sealed with the log's key, which is missing")
                )
            keyed_seen = True
            expected = entry_hash(prev, fields, key)
        elif keyed_seen:
            return Verification(
                count,
                number,
                Sentence("it is not sealed with the log's key, unlike the entries before it"),
            )
        else:
            expected = entry_hash(prev, fields)
        found = str(data.get("hash")).encode("utf-8", errors="replace")
        if not hmac.compare_digest(found, expected.encode("ascii")):
            return Verification(count, number, Sentence("its content does not match its hash"))
        try:
            parse_line(line)
        except ValueError as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], Sentence) else str(exc)
            return Verification(count, number, Sentence("it is not an audit entry ({0})", reason))
        prev = str(data["hash"])
        count += 1
        if end is not None and count == end.entries and prev != end.hash:
            return Verification(
                count, number, Sentence("it is not the entry the log last ended with")
            )
    if end is not None and count < end.entries:
        return Verification(
            count,
            count + 1,
            Sentence(
                "{0} entries were cut from the end (the log last held {1})",
                end.entries - count,
                end.entries,
            ),
        )
    return Verification(count)


def last_hash(lines: Iterable[str]) -> str:
    """The hash the next entry must chain to (GENESIS for an empty log)."""
    prev = GENESIS
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        try:
            data = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(data, dict) and isinstance(data.get("hash"), str):
            prev = data["hash"]
    return prev
