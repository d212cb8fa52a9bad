"""The audit log: hash chain, tamper detection, file I/O and the transport hook."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adminui.api import errors
from adminui.api.transport import RetryPolicy, VaultTransport
from adminui.core.audit import (
    GENESIS,
    AuditEvent,
    AuditRecord,
    LogEnd,
    last_hash,
    parse_line,
    seal,
    verify,
)
from adminui.profiles import secrets
from adminui.profiles.audit_log import AuditLog


def record(i: int, **changes: object) -> AuditRecord:
    fields: dict[str, object] = {
        "time": 1_700_000_000.0 + i,
        "who": "alice",
        "profile": "prod",
        "method": "PUT",
        "path": f"sys/policies/acl/p{i}",
        "node": "https://bao1:8200",
        "namespace": "team-a",
        "status": 204,
        "request_id": f"req-{i}",
        "result": "ok",
    }
    fields.update(changes)
    return AuditRecord(**fields)  # type: ignore[arg-type]


def chain(n: int) -> list[str]:
    prev, lines = GENESIS, []
    for i in range(n):
        entry = seal(record(i), prev)
        lines.append(entry.to_line())
        prev = entry.hash
    return lines


def test_intact_chain_verifies_and_round_trips() -> None:
    lines = chain(5)
    result = verify(lines)
    assert result.ok and result.entries == 5
    assert "intact" in result.message and "5 entries" in result.message
    assert parse_line(lines[2]).record == record(2)
    assert last_hash(lines) == json.loads(lines[-1])["hash"]
    assert last_hash([]) == GENESIS
    assert verify([]).ok


@pytest.mark.parametrize(
    ("tamper", "line", "reason"),
    [
        (lambda ls: ls.__setitem__(2, ls[2].replace('"result":"ok"', '"result":"no"')), 3, "hash"),
        (lambda ls: ls.__delitem__(1), 2, "follow"),
        (lambda ls: ls.insert(3, ls[3]), 5, "follow"),
        (lambda ls: ls.__setitem__(0, ls[0][:-5]), 1, "JSON"),
        (lambda ls: ls.insert(2, ""), 3, "empty"),
        (lambda ls: ls.reverse(), 1, "follow"),
        (lambda ls: ls.__setitem__(4, "[1, 2]"), 5, "object"),
    ],
    ids=["edited", "deleted", "duplicated", "cut", "blank", "reordered", "not-object"],
)
def test_tampering_points_to_the_first_bad_line(tamper: object, line: int, reason: str) -> None:
    lines = chain(6)
    tamper(lines)  # type: ignore[operator]
    result = verify(lines)
    assert not result.ok
    assert result.first_bad_line == line
    assert reason in result.reason
    assert f"line {line}" in result.message


def test_a_rehashed_edit_still_breaks_the_next_line() -> None:
    lines = chain(4)
    forged = seal(record(1, who="mallory"), json.loads(lines[0])["hash"])
    lines[1] = forged.to_line()
    result = verify(lines)
    assert result.first_bad_line == 3


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_single_byte_change_is_detected(data: st.DataObject) -> None:
    lines = chain(3)
    text = "\n".join(lines)
    pos = data.draw(st.integers(0, len(text) - 1))
    new = data.draw(st.characters(codec="utf-8").filter(lambda c: c != text[pos]))
    changed = (text[:pos] + new + text[pos + 1 :]).split("\n")
    assert not verify(changed).ok or changed == lines


def test_log_file_appends_verifies_exports_and_finds_tampering(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl")
    record_of = log.recorder("prod", who="alice", clock=lambda: 1_700_000_000.0)
    for i in range(3):
        record_of(AuditEvent("PUT", f"sys/policies/acl/p{i}", "https://bao1:8200", status=204))
    assert log.verify().ok and len(log.entries()) == 3
    assert (log.path.stat().st_mode & 0o777) == 0o600
    # A new AuditLog on the same file continues the chain.
    AuditLog(log.path).recorder("prod", who="bob")(AuditEvent("DELETE", "x", "n", status=204))
    assert log.verify().entries == 4
    exported = log.export(tmp_path / "out" / "copy.jsonl")
    assert exported.ok
    assert (tmp_path / "out" / "copy.jsonl").read_bytes() == log.path.read_bytes()
    lines = log.path.read_text().splitlines()
    lines[1] = lines[1].replace('"who":"alice"', '"who":"eve"')
    log.path.write_text("\n".join(lines) + "\n")
    result = log.verify()
    assert result.first_bad_line == 2
    assert AuditLog(tmp_path / "none.jsonl").verify().ok


def test_lines_cut_from_the_end_are_found(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    record_of = log.recorder("prod", who="alice", clock=lambda: 1_700_000_000.0)
    for i in range(5):
        record_of(AuditEvent("PUT", f"sys/policies/acl/p{i}", "https://bao1:8200", status=204))
    assert log.recorded_end() == LogEnd(5, last_hash(log.read_lines()))
    assert (log.end_path.stat().st_mode & 0o777) == 0o600
    full = log.path.read_text()
    # Two entries cut: the chain alone is still valid, the recorded end is not met.
    log.path.write_text("".join(full.splitlines(keepends=True)[:3]))
    assert verify(log.read_lines(), key=secrets.audit_key()).ok
    cut = log.verify()
    assert not cut.ok and cut.first_bad_line == 4 and cut.entries == 3
    assert cut.message == (
        "The audit log was altered at line 4: 2 entries were cut from the end "
        "(the log last held 5)."
    )
    # A whole new chain of the same length does not end where the log did.
    log.path.write_text("\n".join(chain(5)) + "\n")
    replaced = log.verify()
    assert replaced.first_bad_line == 5
    assert replaced.reason == "it is not the entry the log last ended with"
    # Restored: intact again; a log without (or with a broken) record of its end is
    # checked by its chain alone.
    log.path.write_text(full)
    assert log.verify().ok
    log.end_path.write_text("{not json")
    assert log.recorded_end() is None and log.verify().ok
    log.end_path.unlink()
    assert log.verify().ok
    assert LogEnd.from_json('{"entries": -1, "hash": "x"}') is None
    assert LogEnd.from_json("[1]") is None


# -- the transport hook --------------------------------------------------------------


def run_with(handler: object, *calls: tuple[str, str], read_only: bool = False) -> list[object]:
    events: list[AuditEvent] = []

    async def go() -> list[object]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
        transport = VaultTransport(
            "http://bao:8200",
            token="s.hook-token",
            client=client,
            read_only=read_only,
            retry=RetryPolicy(max_attempts=1),
            audit=events.append,
        )
        outcomes: list[object] = []
        try:
            for method, path in calls:
                try:
                    outcomes.append(await transport.request(method, path, namespace="team-a"))
                except errors.VaultError as exc:
                    outcomes.append(exc)
        finally:
            await client.aclose()
        return outcomes

    asyncio.run(go())
    return list(events)


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("denied"):
        return httpx.Response(403, json={"errors": ["permission denied"]})
    if request.method == "POST":
        return httpx.Response(200, json={"request_id": "abc-123", "data": {"ok": True}})
    return httpx.Response(204)


def test_transport_records_every_write_with_request_id_and_result() -> None:
    events = run_with(
        answer,
        ("GET", "sys/policies/acl/p"),
        ("LIST", "sys/policies/acl"),
        ("POST", "auth/token/create"),
        ("PUT", "sys/policies/acl/p"),
        ("DELETE", "sys/policies/acl/denied"),
    )
    assert events == [
        AuditEvent("POST", "auth/token/create", "http://bao:8200", "team-a", 200, "abc-123"),
        AuditEvent("PUT", "sys/policies/acl/p", "http://bao:8200", "team-a", 204, ""),
        AuditEvent(
            "DELETE",
            "sys/policies/acl/denied",
            "http://bao:8200",
            "team-a",
            403,
            "",
            "error",
            "PermissionDenied",
        ),
    ]
    assert "s.hook-token" not in repr(events)


def test_transport_records_refused_writes_and_survives_a_broken_sink() -> None:
    events = run_with(answer, ("PUT", "sys/policies/acl/p"), read_only=True)
    assert [(e.result, e.error) for e in events] == [("refused", "ReadOnlyViolation")]  # type: ignore[attr-defined]

    def broken(_event: AuditEvent) -> None:
        raise OSError("disk full")

    async def go() -> int:
        client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        transport = VaultTransport("http://bao:8200", client=client, audit=broken)
        try:
            return (await transport.request("PUT", "sys/policies/acl/p")).status
        finally:
            await client.aclose()

    assert asyncio.run(go()) == 204


def test_transport_without_sink_records_nothing_and_behaves_the_same() -> None:
    async def go() -> int:
        client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        transport = VaultTransport("http://bao:8200", client=client)
        try:
            return (await transport.request("PUT", "sys/policies/acl/p")).status
        finally:
            await client.aclose()

    assert asyncio.run(go()) == 204


def test_writers_of_two_clusters_extend_one_chain(tmp_path: Path) -> None:
    """Each cluster's connection has its own writer on the one file: A, B, A must chain."""
    path = tmp_path / "audit.jsonl"
    cluster_a = AuditLog(path).recorder("a", who="alice")
    cluster_b = AuditLog(path).recorder("b", who="alice")
    for record in (cluster_a, cluster_b, cluster_a, cluster_b, cluster_a):
        record(AuditEvent("PUT", "sys/policies/acl/p", "https://bao1:8200", status=204))
    result = AuditLog(path).verify()
    assert result.ok, result.message
    assert result.entries == 5


_APPENDER = """
import sys
from pathlib import Path
from adminui.core.audit import AuditEvent
from adminui.profiles import secrets
from adminui.profiles.audit_log import AuditLog

secrets.audit_key = lambda: bytes.fromhex(sys.argv[4])  # every console has the one key

record = AuditLog(Path(sys.argv[1])).recorder(sys.argv[2], who="proc")
for i in range(int(sys.argv[3])):
    record(AuditEvent("PUT", f"secret/data/{sys.argv[2]}-{i}", "https://bao1:8200", status=204))
"""


def test_two_processes_appending_at_once_keep_one_chain(tmp_path: Path) -> None:
    """Two console processes append to one log at the same time; it still verifies."""
    path = tmp_path / "audit.jsonl"
    script = tmp_path / "append.py"
    script.write_text(_APPENDER)
    count = 60
    key = secrets.audit_key()
    assert key is not None
    children = [
        subprocess.Popen([sys.executable, str(script), str(path), name, str(count), key.hex()])
        for name in ("first", "second")
    ]
    # This process writes too, interleaved with both children.
    record = AuditLog(path).recorder("third", who="me")
    for i in range(count):
        record(AuditEvent("DELETE", f"secret/data/third-{i}", "https://bao1:8200", status=204))
    assert [child.wait(timeout=60) for child in children] == [0, 0]
    result = AuditLog(path).verify()
    assert result.ok, result.message
    assert result.entries == 3 * count
    assert AuditLog(path).recorded_end() == LogEnd(
        3 * count, last_hash(path.read_text().splitlines())
    )


def test_a_forged_line_with_a_correct_plain_hash_is_found(tmp_path: Path) -> None:
    """Someone without the log's key appends a line whose SHA-256 chains correctly, or
    claims the keyed format with a key of their own: Verify names the line."""
    log = AuditLog(tmp_path / "audit.jsonl")
    record_of = log.recorder("prod", who="alice", clock=lambda: 1_700_000_000.0)
    for i in range(2):
        record_of(AuditEvent("PUT", f"sys/policies/acl/p{i}", "https://bao1:8200", status=204))
    assert log.verify().ok
    honest = log.path.read_text()
    prev = json.loads(honest.splitlines()[-1])["hash"]
    forged = record(7, who="mallory")
    for line in (seal(forged, prev).to_line(), seal(forged, prev, b"not the key").to_line()):
        log.path.write_text(honest + line + "\n")
        result = log.verify()
        assert not result.ok and result.first_bad_line == 3, result.message
    log.path.write_text(honest)
    assert log.verify().ok


def test_a_log_begun_without_a_key_goes_on_with_one(tmp_path: Path) -> None:
    """Entries written before the key existed (an earlier version) still verify; from
    the first keyed entry on, every one must be keyed."""
    path = tmp_path / "audit.jsonl"
    first = seal(record(0), GENESIS)
    path.write_text(first.to_line() + "\n")
    log = AuditLog(path)
    log.recorder("prod", who="alice")(AuditEvent("DELETE", "x", "n", status=204))
    result = log.verify()
    assert result.ok and result.entries == 2
    assert [e.keyed for e in log.entries()] == [False, True]


def test_without_its_key_a_keyed_log_takes_no_unkeyed_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.recorder("prod", who="alice")(AuditEvent("PUT", "x", "n", status=204))
    monkeypatch.setattr(secrets, "audit_key", lambda: None)  # the keyring went away
    assert AuditLog(log.path).problem() == "its key is not in the system keyring"
