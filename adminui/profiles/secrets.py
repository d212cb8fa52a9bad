"""Tokens in the OS keyring, and nowhere else.

When no usable keyring backend exists (no Secret Service on a headless machine),
``SecretStoreUnavailable`` says so in a sentence a person can act on. A plain-text
backend (keyrings.alt) is refused rather than silently used, and so is a backend that
keeps nothing (keyring's ``null`` and ``fail`` backends, or a chain of only such):
a token "stored" there would be lost without a word.
"""

from __future__ import annotations

import base64
import os

import keyring
import keyring.errors

SERVICE = "adminui"
_PLAINTEXT_BACKENDS = ("keyrings.alt",)
_EMPTY_BACKENDS = ("keyring.backends.null", "keyring.backends.fail")


class SecretStoreUnavailable(RuntimeError):
    """No safe place to keep a token on this machine."""


_UNAVAILABLE = (
    "No system keyring is available, so the token cannot be stored safely. On Linux, "
    "start a Secret Service (for example GNOME Keyring or KeePassXC) in your desktop "
    "session and try again."
)


def _keeps_nothing(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_EMPTY_BACKENDS):
        return True
    chained = getattr(backend, "backends", None)
    if module.startswith("keyring.backends.chainer") and isinstance(chained, list | tuple):
        return all(_keeps_nothing(b) for b in chained)
    return False


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if _keeps_nothing(backend):
        raise SecretStoreUnavailable(_UNAVAILABLE)
    if module.startswith(_PLAINTEXT_BACKENDS):
        raise SecretStoreUnavailable(
            "The only keyring available stores secrets in plain text "
            f"({type(backend).__name__}); AdminUI will not use it. " + _UNAVAILABLE
        )
    return backend


def store_token(profile: str, token: str) -> None:
    try:
        _backend().set_password(SERVICE, profile, token)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(_UNAVAILABLE) from exc


def load_token(profile: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, profile)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(_UNAVAILABLE) from exc


def delete_token(profile: str) -> None:
    try:
        _backend().delete_password(SERVICE, profile)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(_UNAVAILABLE) from exc


#: The keyring entry of the audit log's key (its own service: no profile can clash).
AUDIT_KEY_SERVICE = "adminui-audit"
AUDIT_KEY_USER = "audit-log-key"


def audit_key() -> bytes | None:
    """The key that seals the local audit log's entries (made on first use); None when
    no safe keyring exists — the log is then chained without a key."""
    try:
        backend = _backend()
        stored = backend.get_password(AUDIT_KEY_SERVICE, AUDIT_KEY_USER)
        if stored is None:
            stored = base64.b64encode(os.urandom(32)).decode("ascii")
            backend.set_password(AUDIT_KEY_SERVICE, AUDIT_KEY_USER, stored)
            stored = backend.get_password(AUDIT_KEY_SERVICE, AUDIT_KEY_USER) or ""
        return base64.b64decode(stored.encode("ascii"), validate=True) or None
    except (SecretStoreUnavailable, keyring.errors.KeyringError, ValueError):
        return None
