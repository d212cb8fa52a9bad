"""Cluster profiles, stored as TOML under the platformdirs config directory.

A profile never holds a token: tokens live in the OS keyring (see ``secrets``).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomli_w

from adminui.core.cluster import ClusterKind, ClusterSpec
from adminui.profiles.paths import default_config_dir

PROFILES_FILE = "profiles.toml"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class ProfileError(ValueError):
    """A profile is invalid or the profiles file cannot be read; the text is for people."""


@dataclass(frozen=True)
class Profile:
    """One cluster the console knows about."""

    name: str
    kind: ClusterKind
    node_urls: tuple[str, ...]
    health_urls: tuple[str, ...] = ()
    ca_bundle: str = ""
    insecure: bool = False
    read_only: bool = False
    environment: str = ""
    colour: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def validate(self) -> None:
        if not self.name.strip():
            raise ProfileError("A profile needs a name.")
        if not self.node_urls:
            raise ProfileError(f"Profile {self.name!r} lists no node URLs.")
        for url in (*self.node_urls, *self.health_urls):
            if not url.startswith(("http://", "https://")):
                raise ProfileError(
                    f"Profile {self.name!r}: {url!r} is not an http:// or https:// URL."
                )
        if self.health_urls and len(self.health_urls) != len(self.node_urls):
            raise ProfileError(f"Profile {self.name!r}: give one health URL per node, or none.")
        if self.colour and not _COLOUR.match(self.colour):
            raise ProfileError(f"Profile {self.name!r}: colour must look like #c62828.")

    def spec(self) -> ClusterSpec:
        return ClusterSpec(self.name, self.kind, self.node_urls, self.health_urls, self.environment)

    def to_toml(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind.value,
            "node_urls": list(self.node_urls),
        }
        if self.health_urls:
            data["health_urls"] = list(self.health_urls)
        for key in ("ca_bundle", "environment", "colour"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        for key in ("insecure", "read_only"):
            if getattr(self, key):
                data[key] = True
        data.update(self.extra)
        return data

    @classmethod
    def from_toml(cls, data: dict[str, Any]) -> Profile:
        known = {
            "name",
            "kind",
            "node_urls",
            "health_urls",
            "ca_bundle",
            "insecure",
            "read_only",
            "environment",
            "colour",
        }
        try:
            profile = cls(
                name=str(data["name"]),
                kind=ClusterKind(str(data["kind"])),
                node_urls=tuple(str(u) for u in data["node_urls"]),
                health_urls=tuple(str(u) for u in data.get("health_urls", ())),
                ca_bundle=str(data.get("ca_bundle", "")),
                insecure=bool(data.get("insecure", False)),
                read_only=bool(data.get("read_only", False)),
                environment=str(data.get("environment", "")),
                colour=str(data.get("colour", "")),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except KeyError as exc:
            raise ProfileError(f"A profile lacks the field {exc.args[0]!r}.") from None
        except (TypeError, ValueError) as exc:
            raise ProfileError(f"A profile has an invalid value: {exc}") from None
        profile.validate()
        return profile


class ProfileStore:
    """Reads and writes the profiles file (atomically, mode 0600)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_config_dir()

    @property
    def path(self) -> Path:
        return self.directory / PROFILES_FILE

    def load(self) -> list[Profile]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ProfileError(f"The profiles file {self.path} is not valid TOML: {exc}") from None
        entries = data.get("profile", [])
        if not isinstance(entries, list):
            raise ProfileError(f"The profiles file {self.path} has no [[profile]] list.")
        return [Profile.from_toml(entry) for entry in entries]

    def save(self, profiles: list[Profile]) -> None:
        names = [p.name for p in profiles]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ProfileError(f"Two profiles share the name {duplicates[0]!r}.")
        for profile in profiles:
            profile.validate()
        self.directory.mkdir(parents=True, exist_ok=True)
        text = tomli_w.dumps({"profile": [p.to_toml() for p in profiles]})
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, self.path)

    def upsert(self, profile: Profile) -> None:
        """Add ``profile``, or replace the one with its name."""
        profiles = [p for p in self.load() if p.name != profile.name]
        self.save([*profiles, profile])

    def remove(self, name: str) -> None:
        self.save([p for p in self.load() if p.name != name])

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.load() if p.name == name), None)


def with_nodes(profile: Profile, node_urls: tuple[str, ...]) -> Profile:
    return replace(profile, node_urls=node_urls)
