"""Past drills, kept locally: one JSON file per report under ``<data dir>/drills``.

The data directory is the platformdirs user data dir, or ``$ADMINUI_DATA_DIR``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from adminui.core.drill import Fault
from adminui.core.drill_report import DrillReport, figures, verdict
from adminui.profiles.paths import default_data_dir

_SAFE_ID = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")


@dataclass(frozen=True)
class DrillSummary:
    """One line of the drill history."""

    id: str
    cluster: str
    fault: Fault
    started_at: float
    passed: bool
    aborted: bool
    recovery_s: float | None


class DrillHistory:
    """Saved drill reports, newest first."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_data_dir()) / "drills"

    def _path(self, drill_id: str) -> Path:
        if not _SAFE_ID.match(drill_id):
            raise ValueError(f"not a drill id: {drill_id!r}")
        return self.root / f"{drill_id}.json"

    def save(self, report: DrillReport) -> Path:
        """Write ``report`` (replacing an earlier version with the same id)."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self._path(report.id)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".drill-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(report.to_dict(), handle, indent=1)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def load(self, drill_id: str) -> DrillReport:
        """The report with ``drill_id`` (KeyError when there is none)."""
        path = self._path(drill_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyError(drill_id) from None
        return DrillReport.from_dict(data)

    def delete(self, drill_id: str) -> None:
        self._path(drill_id).unlink(missing_ok=True)

    def summaries(self, cluster: str | None = None) -> list[DrillSummary]:
        """Every readable report (of ``cluster`` when given), newest first.

        Unreadable files are skipped, not fatal: the history is a convenience.
        """
        if not self.root.is_dir():
            return []
        found: list[DrillSummary] = []
        for path in self.root.glob("*.json"):
            try:
                report = DrillReport.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue
            if cluster is not None and report.cluster != cluster:
                continue
            found.append(
                DrillSummary(
                    report.id,
                    report.cluster,
                    report.fault,
                    report.started_at,
                    verdict(report).passed,
                    report.aborted,
                    figures(report).recovery_s,
                )
            )
        found.sort(key=lambda s: (s.started_at, s.id), reverse=True)
        return found
