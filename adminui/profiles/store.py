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

#: The live view's refresh interval a profile may ask for, in milliseconds.
MIN_POLL_MS = 200
MAX_POLL_MS = 60_000
#: How a profile signs in (OpenBao/Vault); KUMA Core takes its API token.
SIGN_IN_METHODS = ("token", "userpass", "ldap", "oidc", "jwt", "cert")
#: Where each method is mounted unless the profile says otherwise.
DEFAULT_MOUNTS = {
    "userpass": "userpass",
    "ldap": "ldap",
    "oidc": "oidc",
    "jwt": "jwt",
    "cert": "cert",
}


class ProfileError(ValueError):
    """A profile is invalid or the profiles file cannot be read; the text is for people."""


@dataclass(frozen=True)
class BrokenProfile:
    """A profile of the file that cannot be used, and why (the others still load)."""

    name: str
    reason: str


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ProfileError(f"{where}: {key} must be text in quotes, not {value!r}.")
    return value


def _flag(data: dict[str, Any], key: str, where: str) -> bool:
    """A TOML boolean; the text "false" is an error, never taken as true."""
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ProfileError(f"{where}: {key} must be true or false (without quotes), not {value!r}.")
    return value


def _whole(data: dict[str, Any], key: str, where: str) -> int:
    """A whole number (not text, not a boolean); 0 when absent."""
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(
            f"{where}: {key} must be a whole number (without quotes), not {value!r}."
        )
    return value


def _urls(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
        raise ProfileError(f"{where}: {key} must be a list of URLs in quotes.")
    return tuple(value)


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
    #: A fresh Raft snapshot is saved before every risky change (step-down, drill,
    #: peer change, restore); the user cannot skip it (OpenBao/Vault clusters).
    require_snapshot: bool = False
    #: No desktop notifications for this cluster (its alerts are still logged).
    mute_alerts: bool = False
    environment: str = ""
    colour: str = ""
    #: Sign-in (OpenBao/Vault): the method, its mount ('' = the method's usual one), the
    #: user name (userpass, LDAP), the role (OIDC, JWT, cert) and the namespace to sign
    #: in to. A password is never part of a profile.
    auth: str = "token"
    auth_mount: str = ""
    username: str = ""
    role: str = ""
    namespace: str = ""
    #: A TLS client certificate and its key (PEM files), for ``cert`` sign-in.
    client_cert: str = ""
    client_key: str = ""
    #: The name the nodes' certificates are checked against, when not the URLs' host.
    tls_server_name: str = ""
    #: How often the live view looks at the cluster (0: the console's default).
    poll_interval_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def mount(self) -> str:
        """The sign-in method's mount path."""
        return self.auth_mount.strip("/") or DEFAULT_MOUNTS.get(self.auth, self.auth)

    @property
    def client_certificate(self) -> tuple[str, str] | None:
        if not self.client_cert:
            return None
        cert = str(Path(self.client_cert).expanduser())
        return cert, str(Path(self.client_key or self.client_cert).expanduser())

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
        if self.ca_bundle and not Path(self.ca_bundle).expanduser().is_file():
            raise ProfileError(
                f"Profile {self.name!r}: its CA bundle {self.ca_bundle!r} is not a readable file."
            )
        if self.poll_interval_ms and not MIN_POLL_MS <= self.poll_interval_ms <= MAX_POLL_MS:
            raise ProfileError(
                f"Profile {self.name!r}: poll_interval_ms must be between {MIN_POLL_MS} and "
                f"{MAX_POLL_MS}."
            )
        if self.auth not in SIGN_IN_METHODS:
            methods = ", ".join(SIGN_IN_METHODS)
            raise ProfileError(f"Profile {self.name!r}: auth must be one of {methods}.")
        if self.kind is ClusterKind.CORE and self.auth != "token":
            raise ProfileError(f"Profile {self.name!r}: KUMA Core signs in with its API token.")
        if self.auth in ("userpass", "ldap") and not self.username.strip():
            raise ProfileError(f"Profile {self.name!r}: {self.auth} sign-in needs a username.")
        if self.auth == "cert" and not self.client_cert:
            raise ProfileError(f"Profile {self.name!r}: cert sign-in needs a client_cert file.")
        for label, file in (("client_cert", self.client_cert), ("client_key", self.client_key)):
            if file and not Path(file).expanduser().is_file():
                raise ProfileError(
                    f"Profile {self.name!r}: its {label} {file!r} is not a readable file."
                )

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
        for key in _TEXT_FIELDS:
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.auth != "token":
            data["auth"] = self.auth
        if self.poll_interval_ms:
            data["poll_interval_ms"] = self.poll_interval_ms
        for key in _FLAGS:
            if getattr(self, key):
                data[key] = True
        data.update(self.extra)
        return data

    @classmethod
    def from_toml(cls, data: dict[str, Any]) -> Profile:
        known = {"name", "kind", "node_urls", "health_urls", "auth", *_FLAGS}
        known.add("poll_interval_ms")
        known |= set(_TEXT_FIELDS)
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ProfileError("A profile needs a name (text in quotes).")
        where = f"Profile {name!r}"
        if "node_urls" not in data:
            raise ProfileError(f"{where} lacks the field 'node_urls'.")
        try:
            kind = ClusterKind(_text(data, "kind", where))
        except ValueError:
            kinds = ", ".join(repr(k.value) for k in ClusterKind)
            raise ProfileError(f"{where}: kind must be one of {kinds}.") from None
        profile = cls(
            name=name,
            kind=kind,
            node_urls=_urls(data, "node_urls", where),
            health_urls=_urls(data, "health_urls", where),
            insecure=_flag(data, "insecure", where),
            read_only=_flag(data, "read_only", where),
            require_snapshot=_flag(data, "require_snapshot", where),
            mute_alerts=_flag(data, "mute_alerts", where),
            auth=_text(data, "auth", where) or "token",
            poll_interval_ms=_whole(data, "poll_interval_ms", where),
            **{key: _text(data, key, where) for key in _TEXT_FIELDS},
            extra={k: v for k, v in data.items() if k not in known},
        )
        profile.validate()
        return profile


#: The profile's true-or-false fields, by their TOML names (written only when true).
_FLAGS = ("insecure", "read_only", "require_snapshot", "mute_alerts")

#: The profile's optional text fields, by their TOML names.
_TEXT_FIELDS = (
    "ca_bundle",
    "environment",
    "colour",
    "auth_mount",
    "username",
    "role",
    "namespace",
    "client_cert",
    "client_key",
    "tls_server_name",
)


class ProfileStore:
    """Reads and writes the profiles file (atomically, mode 0600)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_config_dir()

    @property
    def path(self) -> Path:
        return self.directory / PROFILES_FILE

    def _entries(self) -> list[Any]:
        """The file's ``[[profile]]`` tables as they are (ProfileError when the file
        itself cannot be read)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise ProfileError(f"The profiles file {self.path} cannot be read: {exc}") from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ProfileError(f"The profiles file {self.path} is not valid TOML: {exc}") from None
        entries = data.get("profile", [])
        if not isinstance(entries, list):
            raise ProfileError(f"The profiles file {self.path} has no [[profile]] list.")
        return entries

    def load_each(self) -> tuple[list[Profile], list[BrokenProfile]]:
        """Every usable profile, and the broken ones with the reason: one broken profile
        (a bad URL, a missing CA file, a second one of the same name) never keeps the
        others from loading."""
        profiles: list[Profile] = []
        broken: list[BrokenProfile] = []
        for number, entry in enumerate(self._entries(), start=1):
            name = entry.get("name") if isinstance(entry, dict) else None
            label = name if isinstance(name, str) and name.strip() else f"#{number}"
            try:
                if not isinstance(entry, dict):
                    raise ProfileError(f"Profile #{number} is not a [[profile]] table.")
                profile = Profile.from_toml(entry)
            except ProfileError as exc:
                broken.append(BrokenProfile(label, str(exc)))
                continue
            if any(p.name == profile.name for p in profiles):
                reason = f"A second profile is named {profile.name!r}; only the first is used."
                broken.append(BrokenProfile(profile.name, reason))
                continue
            profiles.append(profile)
        return profiles, broken

    def load(self) -> list[Profile]:
        """Every profile; ProfileError naming the first broken one if any is."""
        profiles, broken = self.load_each()
        if broken:
            raise ProfileError(broken[0].reason)
        return profiles

    def save(self, profiles: list[Profile]) -> None:
        names = [p.name for p in profiles]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ProfileError(f"Two profiles share the name {duplicates[0]!r}.")
        for profile in profiles:
            profile.validate()
        self._write([p.to_toml() for p in profiles])

    def _write(self, entries: list[Any]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        text = tomli_w.dumps({"profile": entries})
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, self.path)

    def _others(self, name: str) -> list[Any]:
        """The file's entries except those named ``name``, broken ones kept as typed."""
        return [e for e in self._entries() if not (isinstance(e, dict) and e.get("name") == name)]

    def upsert(self, profile: Profile) -> None:
        """Add ``profile``, or replace the one with its name (other profiles, broken ones
        included, are kept as they are)."""
        profile.validate()
        self._write([*self._others(profile.name), profile.to_toml()])

    def remove(self, name: str) -> None:
        self._write(self._others(name))

    def get(self, name: str) -> Profile | None:
        return next((p for p in self.load_each()[0] if p.name == name), None)


def with_nodes(profile: Profile, node_urls: tuple[str, ...]) -> Profile:
    return replace(profile, node_urls=node_urls)
