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
    ca_bundle=__file__,  # any readable file: the store checks only that it is there
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
        (
            '[[profile]]\nname = "x"\nkind = "nope"\nnode_urls = ["http://a"]\n',
            "kind must be one of",
        ),
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


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('insecure = "false"', "insecure must be true or false"),
        ("read_only = 1", "read_only must be true or false"),
        ("ca_bundle = 5", "ca_bundle must be text"),
        ('node_urls = "https://a:8200"', "node_urls must be a list"),
        ('poll_interval_ms = "500"', "poll_interval_ms must be a whole number"),
        ("poll_interval_ms = true", "poll_interval_ms must be a whole number"),
        ("poll_interval_ms = 50", "poll_interval_ms must be between 200 and 60000"),
        ('auth = "kerberos"', "auth must be one of token, userpass"),
        ('auth = "userpass"', "userpass sign-in needs a username"),
        ('auth = "cert"', "cert sign-in needs a client_cert file"),
        ('client_cert = "/nonexistent.pem"', "client_cert '/nonexistent.pem' is not a readable"),
    ],
)
def test_a_value_of_the_wrong_type_is_an_error_never_truthy(
    tmp_path: Path, line: str, says: str
) -> None:
    """``insecure = "false"`` used to turn TLS verification off (a non-empty string)."""
    body = {"name": '"x"', "kind": '"openbao"', "node_urls": '["https://a:8200"]'}
    key = line.split(" = ")[0]
    body[key] = line.split(" = ", 1)[1]
    text = "[[profile]]\n" + "".join(f"{k} = {v}\n" for k, v in body.items())
    (tmp_path / "profiles.toml").write_text(text)
    profiles, broken = ProfileStore(tmp_path).load_each()
    assert profiles == []
    assert [b.name for b in broken] == ["x"] and says in broken[0].reason


def test_sign_in_tls_name_and_refresh_settings_round_trip(tmp_path: Path) -> None:
    profile = Profile(
        "stage",
        ClusterKind.OPENBAO,
        ("https://10.0.0.5:8200",),
        auth="ldap",
        auth_mount="corp-ldap",
        username="alice",
        namespace="team-a",
        tls_server_name="bao.example.org",
        poll_interval_ms=2000,
    )
    store = ProfileStore(tmp_path)
    store.save([profile])
    [loaded] = store.load()
    assert loaded == profile and loaded.mount == "corp-ldap"
    assert Profile("x", ClusterKind.OPENBAO, ("http://a:1",), auth="oidc").mount == "oidc"
    text = (tmp_path / "profiles.toml").read_text()
    assert "password" not in text


def test_one_broken_profile_never_keeps_the_others_from_loading(tmp_path: Path) -> None:
    (tmp_path / "profiles.toml").write_text(
        '[[profile]]\nname = "good"\nkind = "openbao"\nnode_urls = ["https://a:8200"]\n'
        '[[profile]]\nname = "bad-url"\nkind = "openbao"\nnode_urls = ["bao1:8200"]\n'
        '[[profile]]\nname = "no-ca"\nkind = "openbao"\nnode_urls = ["https://b:8200"]\n'
        'ca_bundle = "/nonexistent/ca.pem"\n'
        '[[profile]]\nname = "good"\nkind = "core"\nnode_urls = ["https://c:7223"]\n'
        "[[profile]]\nkind = 3\n"
    )
    store = ProfileStore(tmp_path)
    profiles, broken = store.load_each()
    assert [p.name for p in profiles] == ["good"]
    reasons = {b.name: b.reason for b in broken}
    assert set(reasons) == {"bad-url", "no-ca", "good", "#5"}
    assert "not an http" in reasons["bad-url"]
    assert "not a readable file" in reasons["no-ca"]
    assert "second profile is named 'good'" in reasons["good"]
    assert "needs a name" in reasons["#5"]
    # Saving another profile keeps the broken ones as they were typed, for the user to mend.
    store.upsert(Profile("new", ClusterKind.CORE, ("https://n:7223",)))
    text = store.path.read_text()
    assert "bao1:8200" in text and "/nonexistent/ca.pem" in text
    assert [p.name for p in store.load_each()[0]] == ["good", "new"]


def test_the_console_opens_the_good_profiles_and_names_the_broken_one(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adminui import cli

    monkeypatch.setenv("ADMINUI_CONFIG_DIR", str(tmp_path))
    (tmp_path / "profiles.toml").write_text(
        '[[profile]]\nname = "good"\nkind = "openbao"\nnode_urls = ["https://a:8200"]\n'
        '[[profile]]\nname = "typo"\nkind = "openbao"\nnode_urls = ["https://b:8200"]\n'
        'insecure = "false"\n'
    )
    contexts, notices = cli._saved_contexts(set())
    assert [c.profile.name for c in contexts] == ["good"]  # type: ignore[attr-defined]
    assert len(notices) == 1 and "'typo' is not used" in notices[0]
    assert "insecure must be true or false" in notices[0]
