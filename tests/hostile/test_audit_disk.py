"""A change the audit log cannot record is not sent; a line a crash cut short is set
aside so the log verifies again."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from adminui.api import errors
from adminui.core.audit import AuditEvent
from adminui.profiles import audit_log
from adminui.profiles.audit_log import AuditLog
from tests.hostile.server import Answer, HostileServer
from tests.hostile.test_transport_parity import DIALECTS, Dialect, close


class _Full:
    """``os.statvfs`` of a disk with nothing free."""

    f_bavail = 0
    f_frsize = 4096


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_change_the_log_cannot_record_is_not_sent(
    dialect: Dialect, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl")
    monkeypatch.setattr(audit_log.os, "statvfs", lambda _path: _Full())

    async def go() -> tuple[Any, list[Any]]:
        async with HostileServer(lambda _s: Answer(200, dialect.ok_body)) as node:
            client = dialect.make(node.url, audit=log.recorder("p", who="me"))
            try:
                try:
                    await dialect.write(client)
                except errors.VaultError as exc:
                    refused: Any = exc
                else:
                    refused = None
                await dialect.read(client)  # reads are not recorded: they still go
            finally:
                await close(client)
            return refused, node.seen

    refused, seen = asyncio.run(go())
    assert isinstance(refused, errors.AuditUnavailable), refused
    assert "KiB free" in refused.user_message and "not sent" in refused.user_message
    assert [s.method for s in seen] == ["GET"]
    assert log.entries() == []


def test_a_torn_last_line_is_set_aside_and_the_chain_goes_on(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    record = log.recorder("p", who="me")
    for i in range(3):
        record(AuditEvent("PUT", f"sys/policies/acl/p{i}", "https://bao1:8200", status=204))
    with log.path.open("ab") as handle:  # a crash (or a full disk) mid-write
        handle.write(b'{"time": 1, "who": "me", "prof')
    assert not log.verify().ok
    # On start the console sets the fragment aside; the log verifies again.
    assert log.recover().startswith('{"time": 1')
    assert log.verify().ok and log.verify().entries == 3
    aside = log.path.with_name("audit.jsonl.torn")
    assert aside.read_bytes() == b'{"time": 1, "who": "me", "prof\n'
    assert oct(os.stat(aside).st_mode & 0o777) == "0o600"
    # An append does the same by itself, and chains to the last whole entry.
    with log.path.open("ab") as handle:
        handle.write(b'{"half')
    record(AuditEvent("DELETE", "sys/policies/acl/p0", "https://bao1:8200", status=204))
    result = log.verify()
    assert result.ok and result.entries == 4
    assert log.recover() == ""  # nothing left to set aside
