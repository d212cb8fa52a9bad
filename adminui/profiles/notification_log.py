"""The alerts the console raised (F30), kept across restarts: one JSON line per alert in
``<data dir>/notifications.jsonl``, the newest last, at most :data:`KEEP` of them.

A line that cannot be read (a torn write) is skipped; a log that cannot be written (a
full disk) keeps the alert in memory and says so once, so no alert is lost for the
session.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from adminui.core.alert_rules import Alert, AlertKind
from adminui.core.sentence import Sentence, from_json
from adminui.profiles.paths import default_data_dir

#: Alerts kept in the file; older ones are dropped when it grows past twice this.
KEEP = 1000
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoggedAlert:
    """An alert as read back from the log (its text may be a Sentence or plain text)."""

    cluster: str
    kind: AlertKind
    text: str
    at: float
    node: str = ""

    @classmethod
    def of(cls, alert: Alert) -> LoggedAlert:
        return cls(alert.cluster, alert.kind, alert.text, alert.at, alert.node)


def _line(alert: LoggedAlert) -> str:
    text = alert.text.to_json() if isinstance(alert.text, Sentence) else alert.text
    record = {
        "cluster": alert.cluster,
        "kind": str(alert.kind),
        "text": text,
        "at": alert.at,
        "node": alert.node,
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def _parse(line: str) -> LoggedAlert | None:
    try:
        data = json.loads(line)
        return LoggedAlert(
            str(data["cluster"]),
            AlertKind(data["kind"]),
            from_json(data["text"]),
            float(data["at"]),
            str(data.get("node", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


class NotificationLog:
    """Appends alerts to the log file and reads them back."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / "notifications.jsonl"
        self._unwritten: list[LoggedAlert] = []
        #: Why the last write failed ('' while writing works).
        self.problem = ""

    def append(self, alert: Alert | LoggedAlert) -> None:
        entry = alert if isinstance(alert, LoggedAlert) else LoggedAlert.of(alert)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(_line(entry))
            self.problem = ""
        except OSError as exc:
            if not self.problem:
                log.warning("the notification log cannot be written: %s", exc)
            self.problem = exc.strerror or str(exc)
            self._unwritten.append(entry)
            return
        self._trim()

    def _trim(self) -> None:
        try:
            with self.path.open(encoding="utf-8") as lines:
                count = sum(1 for _ in lines)
            if count <= 2 * KEEP:
                return
            kept = self.path.read_text(encoding="utf-8").splitlines(keepends=True)[-KEEP:]
            spare = self.path.with_suffix(".tmp")
            spare.write_text("".join(kept), encoding="utf-8")
            os.replace(spare, self.path)
        except OSError as exc:
            log.warning("the notification log could not be trimmed: %s", exc)

    def read(self) -> list[LoggedAlert]:
        """Every alert kept, the oldest first (those that could not be written last)."""
        entries: list[LoggedAlert] = []
        try:
            with self.path.open(encoding="utf-8") as lines:
                for line in lines:
                    entry = _parse(line)
                    if entry is not None:
                        entries.append(entry)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("the notification log cannot be read: %s", exc)
        return entries + self._unwritten

    def clear(self) -> None:
        self._unwritten.clear()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("the notification log could not be cleared: %s", exc)
