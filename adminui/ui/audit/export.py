"""Audit rows written out as CSV or JSON, for a spreadsheet or another tool.

Every field of each record is written as stored (the time as seconds since the epoch,
and again in ISO 8601 UTC), with its line number and its place in the chain; a line
that cannot be read is written as it stands. (The log itself is exported as it is, so
the copy verifies: see ``AuditLog.export``.)
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from adminui.ui.audit.model import AuditRow

CSV, JSON = "csv", "json"

#: The fields written, in this order (CSV columns, JSON keys).
FIELDS = (
    "line",
    "time",
    "time_utc",
    "who",
    "profile",
    "method",
    "path",
    "namespace",
    "node",
    "status",
    "request_id",
    "result",
    "error",
    "prev",
    "hash",
    "keyed",
    "unreadable",
)

#: What a spreadsheet would take for the start of a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def iso_utc(moment: float) -> str:
    """``moment`` as ISO 8601 in UTC, to the millisecond."""
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds")


def row_fields(row: AuditRow) -> dict[str, Any]:
    """``row`` as the fields written (only those it has)."""
    record = row.record
    if record is None:
        return {"line": row.line, "unreadable": row.text}
    return {
        "line": row.line,
        "time": record.time,
        "time_utc": iso_utc(record.time),
        "who": record.who,
        "profile": record.profile,
        "method": record.method,
        "path": record.path,
        "namespace": record.namespace,
        "node": record.node,
        "status": record.status,
        "request_id": record.request_id,
        "result": record.result,
        "error": record.error,
        "prev": row.prev,
        "hash": row.hash,
        "keyed": row.keyed,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    # A text cell a spreadsheet would run as a formula is kept as text.
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(rows: Sequence[AuditRow], destination: Path) -> None:
    """``rows`` as CSV with a header line (UTF-8)."""
    with destination.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for row in rows:
            fields = row_fields(row)
            writer.writerow([_cell(fields.get(name)) for name in FIELDS])


def write_json(rows: Sequence[AuditRow], destination: Path) -> None:
    """``rows`` as a JSON array of objects (UTF-8)."""
    data = [row_fields(row) for row in rows]
    text = json.dumps(data, ensure_ascii=False, indent=2)
    destination.write_text(text + "\n", encoding="utf-8")


def format_of(destination: Path, chosen: str = "") -> str:
    """The format for ``destination``: its suffix says, else the one ``chosen``, else CSV."""
    suffix = destination.suffix.casefold()
    if suffix == ".json":
        return JSON
    if suffix == ".csv":
        return CSV
    return chosen if chosen in (CSV, JSON) else CSV


def export_rows(rows: Sequence[AuditRow], destination: Path, kind: str = "") -> str:
    """Write ``rows`` to ``destination`` as ``kind`` (see :func:`format_of`); the format
    used. Raises OSError when it cannot be written."""
    kind = format_of(destination, kind)
    destination.parent.mkdir(parents=True, exist_ok=True)
    if kind == JSON:
        write_json(rows, destination)
    else:
        write_csv(rows, destination)
    return kind
