"""The lab's state directory and the JSON record of what runs in it.

The directory (mode 0700) holds every node's data, config and log, plus
``state.json`` (mode 0600) with the PIDs the lab started and the throwaway
secrets generated for it (root token, unseal key, database password). Nothing of
it is ever written anywhere else.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from adminui.lab.procs import ProcessRecord

STATE_FILE = "state.json"


def default_lab_dir() -> Path:
    """``$ADMINUI_LAB_DIR``, else ``<platformdirs user data dir>/lab``."""
    override = os.environ.get("ADMINUI_LAB_DIR")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir("adminui", appauthor=False)) / "lab"


@dataclass
class LabState:
    """Everything the lab needs to find, watch and stop what it started."""

    processes: dict[str, ProcessRecord] = field(default_factory=dict)
    ports: dict[str, dict[str, int]] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "processes": {k: v.to_json() for k, v in self.processes.items()},
            "ports": self.ports,
            "secrets": self.secrets,
            "extra": self.extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LabState:
        return cls(
            processes={
                str(k): ProcessRecord.from_json(v) for k, v in data.get("processes", {}).items()
            },
            ports={
                str(k): {str(a): int(b) for a, b in v.items()}
                for k, v in data.get("ports", {}).items()
            },
            secrets={str(k): str(v) for k, v in data.get("secrets", {}).items()},
            extra=dict(data.get("extra", {})),
        )


class StateDir:
    """The lab directory on disk."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def ensure(self) -> None:
        """Create the directory, mode 0700 (a PostgreSQL run as its own system user
        keeps its data elsewhere: nothing here is opened to it)."""
        if not self.root.exists():
            self.root.mkdir(parents=True)
            os.chmod(self.root, 0o700)

    def path(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def load(self) -> LabState | None:
        """The saved state, or None when there is none (or it is unreadable)."""
        try:
            data = json.loads(self.path(STATE_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None
        try:
            return LabState.from_json(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def save(self, state: LabState) -> None:
        self.ensure()
        target = self.path(STATE_FILE)
        tmp = target.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state.to_json(), handle, indent=2)
        os.replace(tmp, target)

    def wipe(self) -> None:
        """Remove everything the lab wrote."""
        if self.root.exists():
            shutil.rmtree(self.root)
