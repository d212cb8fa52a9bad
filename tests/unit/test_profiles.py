from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from adminui.core.cluster import ClusterKind
from adminui.profiles import secrets
from adminui.profiles.store import Profile, ProfileError, ProfileStore
from tests.stubs import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


PROD = Profile(
    "prod-vault",
    ClusterKind.OPENBAO,
    ("https://v1:8200", "https://v2:8200"),
    ca_bundle="/etc/ssl/prod.pem",
    environment="PROD",
    colour="#c62828",
    read_only=True,
)


def test_profiles_round_trip_and_file_is_private(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    core = Profile("core", ClusterKind.CORE, ("https://c1:7223",), ("http://c1:7208/health",))
    store.save([PROD, core])
    assert store.load() == [PROD, core]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.upsert(Profile("core", ClusterKind.CORE, ("https://c9:7223",)))
    assert store.get("core") is not None and store.get("core").node_urls == ("https://c9:7223",)
    store.remove("prod-vault")
    assert [p.name for p in store.load()] == ["core"]


def test_no_token_is_ever_written_to_the_profiles_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ProfileStore(tmp_path)
    store.save([PROD])
    secrets.store_token(PROD.name, "s.supersecret-token")
    assert "supersecret" not in store.path.read_text()
    assert secrets.load_token(PROD.name) == "s.supersecret-token"
    secrets.delete_token(PROD.name)
    assert secrets.load_token(PROD.name) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not toml [", "not valid TOML"),
        ('[[profile]]\nname = "x"\nkind = "openbao"\n', "lacks the field 'node_urls'"),
        ('[[profile]]\nname = "x"\nkind = "nope"\nnode_urls = ["http://a"]\n', "invalid value"),
        ('[[profile]]\nname = "x"\nkind = "core"\nnode_urls = ["ftp://a"]\n', "not an http"),
    ],
)
def test_bad_profiles_file_gives_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "profiles.toml").write_text(text)
    with pytest.raises(ProfileError, match=message):
        ProfileStore(tmp_path).load()


def test_duplicate_names_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="share the name"):
        ProfileStore(tmp_path).save([PROD, PROD])


def test_no_keyring_backend_gives_an_actionable_message() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(secrets.SecretStoreUnavailable, match="Secret Service"):
            secrets.store_token("x", "t")
    finally:
        keyring.set_keyring(previous)
