"""The session-end secret scan finds a planted token in a file or a log record."""

from __future__ import annotations

import logging
from pathlib import Path

from tests import secret_scan

TOKEN = "s.planted-token-0123456789abcdef"


def test_scan_finds_tokens_in_files_and_log_records(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "profiles.toml").write_text('name = "prod"\n')
    (tmp_path / "data" / "audit").mkdir(parents=True)
    leaky = tmp_path / "data" / "audit" / "audit.jsonl"
    leaky.write_bytes(b'{"who": "x", "note": "' + TOKEN.encode() + b'"}\n')
    files = list(secret_scan.files_under([tmp_path / "config", tmp_path / "data"]))
    assert len(files) == 2
    records = [("adminui.api", "GET /v1/x ok"), ("other", f"token={TOKEN}")]
    leaks = secret_scan.find_leaks({TOKEN, "short"}, files, records)
    assert [leak.where for leak in leaks] == [str(leaky), "log record of other"]
    assert TOKEN not in str(leaks[0])  # the report names the place, not the token
    assert secret_scan.find_leaks({TOKEN}, files[:1], records[:1]) == []


def test_collector_keeps_formatted_records_with_tracebacks() -> None:
    collector = secret_scan.RecordCollector()
    logger = logging.getLogger("adminui.test-secret-scan")
    logger.addHandler(collector)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        logger.debug("plain %s", "message")
        try:
            raise RuntimeError(f"failed with {TOKEN}")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(collector)
        logger.propagate = True
    assert collector.count == 2
    assert secret_scan.find_leaks({TOKEN}, [], collector.texts)


def test_register_ignores_empty_and_short_values() -> None:
    before = secret_scan.registered()
    secret_scan.register(None, "", "abc")
    assert secret_scan.registered() == before
