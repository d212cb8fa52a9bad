"""Signing in for real to the lab's OpenBao cluster with every method: userpass, LDAP's
call on its mount, OIDC through the lab's provider (the browser step done by the test),
JWT from that provider, and a TLS client certificate; renewing and revoking the token."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from adminui.api import errors
from adminui.core.cluster import ClusterKind
from adminui.lab import Lab
from adminui.lab.sign_in import POLICY
from adminui.monitor import sign_in as signing
from adminui.monitor.clients import vault_client
from adminui.profiles import secrets
from adminui.profiles.store import Profile, ProfileStore
from tests.integration._cli import adminui
from tests.oidc_browser import ProviderBrowser, provider_jwt
from tests.secret_scan import register

pytestmark = [pytest.mark.lab]


def _profile(lab: Lab, **changes: str) -> Profile:
    urls = tuple(n.api_url for n in lab.bao_nodes())
    return replace(Profile("lab-sign-in", ClusterKind.OPENBAO, urls), **changes)


async def _policies_of(profile: Profile, token: str) -> tuple[str, ...]:
    async with vault_client(profile, token, profile.node_urls[0]) as vault:
        return (await vault.token.lookup_self()).policies


def test_userpass_signs_in_and_the_token_works(lab: Lab) -> None:
    profile = _profile(lab, auth="userpass", username="alice")
    signed = asyncio.run(signing.sign_in(profile, lab.password("alice")))
    assert signed.ttl_s > 0 and signed.renewable
    assert POLICY in signed.policies
    assert POLICY in asyncio.run(_policies_of(profile, signed.token))
    assert signed.token not in repr(signed)


def test_ldap_is_the_userpass_call_on_its_own_mount(lab: Lab) -> None:
    profile = _profile(lab, auth="ldap", username="bob")
    assert profile.mount == "ldap"
    signed = asyncio.run(signing.sign_in(profile, lab.password("bob")))
    assert POLICY in asyncio.run(_policies_of(profile, signed.token))


def test_a_wrong_password_is_refused_in_a_sentence_without_the_password(lab: Lab) -> None:
    profile = _profile(lab, auth="userpass", username="alice")
    with pytest.raises(errors.VaultError) as raised:
        asyncio.run(signing.sign_in(profile, "not-the-password-123"))
    assert "not-the-password-123" not in str(raised.value)
    assert "not-the-password-123" not in raised.value.user_message


def test_a_dead_first_node_is_skipped(lab: Lab) -> None:
    urls = ("http://127.0.0.1:9", *(n.api_url for n in lab.bao_nodes()))
    profile = replace(_profile(lab, auth="userpass", username="alice"), node_urls=urls)
    signed = asyncio.run(signing.sign_in(profile, lab.password("alice")))
    assert signed.node != "http://127.0.0.1:9"


def test_jwt_from_the_labs_provider_signs_in(lab: Lab) -> None:
    profile = _profile(lab, auth="jwt", role="console")
    signed = asyncio.run(signing.sign_in(profile, provider_jwt(lab)))
    assert POLICY in asyncio.run(_policies_of(profile, signed.token))


def test_oidc_signs_in_through_the_browser_and_the_loopback_callback(lab: Lab) -> None:
    profile = _profile(lab, auth="oidc", role="console")
    browser = ProviderBrowser(lab)
    signed = asyncio.run(signing.sign_in(profile, open_browser=browser, oidc_wait_s=30))
    browser.join()
    assert not browser.errors
    assert len(browser.opened) == 1
    assert browser.opened[0].startswith(ProviderBrowser(lab).provider)
    assert POLICY in asyncio.run(_policies_of(profile, signed.token))


def test_oidc_refused_by_the_provider_says_so(lab: Lab) -> None:
    profile = _profile(lab, auth="oidc", role="console")
    browser = ProviderBrowser(lab, password="wrong")
    with pytest.raises(errors.VaultError) as raised:
        asyncio.run(signing.sign_in(profile, open_browser=browser, oidc_wait_s=3))
    browser.join()
    assert browser.errors  # the provider refused the person
    assert "in time" in raised.value.user_message


def test_a_client_certificate_signs_in_on_the_tls_listener(lab: Lab) -> None:
    tls = lab.tls
    profile = Profile(
        "lab-cert",
        ClusterKind.OPENBAO,
        tuple(n.tls_url for n in lab.bao_nodes()),
        ca_bundle=str(tls.ca_cert),
        auth="cert",
        role="console",
        client_cert=str(tls.client_cert),
        client_key=str(tls.client_key),
    )
    profile.validate()
    signed = asyncio.run(signing.sign_in(profile))
    assert POLICY in asyncio.run(_policies_of(profile, signed.token))


def _short_lived_user(lab: Lab, user: str, password: str, **ttl: str) -> None:
    node = lab.bao_leader()
    with httpx.Client(base_url=node.api_url, trust_env=False, timeout=10) as bao:
        answer = bao.post(
            f"/v1/auth/userpass/users/{user}",
            json={"password": password, "token_policies": [POLICY], **ttl},
            headers={"X-Vault-Token": lab.root_token},
        )
        answer.raise_for_status()


def test_a_30_second_token_is_renewed_and_sign_out_revokes_it(lab: Lab) -> None:
    _short_lived_user(lab, "carol", "carol-pass-1", token_ttl="30s", token_max_ttl="10m")
    # The leader first: a standby may serve the login from storage it has not caught up on.
    leader = lab.bao_leader().api_url
    profile = _profile(lab, auth="userpass", username="carol")
    profile = replace(profile, node_urls=(leader, *(u for u in profile.node_urls if u != leader)))
    signed = asyncio.run(signing.sign_in(profile, "carol-pass-1"))
    assert 0 < signed.ttl_s <= 30 and signed.renewable
    time.sleep(2)
    renewed = asyncio.run(signing.renew(profile, signed.token))
    assert renewed.token == signed.token
    assert renewed.ttl_s > 27
    asyncio.run(signing.sign_out(profile, signed.token))
    with pytest.raises(errors.PermissionDenied):
        asyncio.run(_policies_of(profile, signed.token))
    asyncio.run(signing.sign_out(profile, signed.token))  # a second sign-out is harmless


# ----- the command line -----------------------------------------------------------------
def test_the_cli_adds_a_profile_by_userpass_keeping_only_the_token(
    lab: Lab, sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = lab.password("alice")
    first = lab.bao_nodes()[0].api_url
    argv = ["profile", "add", "stage", "--kind", "openbao", "--node", first]
    code, out = adminui(
        [*argv, "--auth", "userpass", "--user", "alice", "--discover"], monkeypatch, password
    )
    assert code == 0, out
    [profile] = ProfileStore(sandbox).load()
    assert profile.auth == "userpass" and profile.username == "alice"
    assert set(profile.node_urls) == {n.api_url for n in lab.bao_nodes()}
    token = secrets.load_token("stage")
    register(token)
    assert token and token != password
    saved = (sandbox / "profiles.toml").read_text()
    assert password not in saved and token not in saved and password not in out

    code, out = adminui(["profile", "test", "stage", "--json"], monkeypatch)
    assert code == 0 and POLICY in json.loads(out)["credentials"]["policies"]

    # Edit applies to the file; the token stays.
    code, out = adminui(
        ["profile", "edit", "stage", "--environment", "STAGE", "--read-only"], monkeypatch
    )
    assert code == 0 and "read-only yes" in out
    assert ProfileStore(sandbox).load()[0].environment == "STAGE"
    assert secrets.load_token("stage") == token

    # Logout revokes the token on the cluster and forgets it; login signs in again.
    code, _ = adminui(["profile", "logout", "stage"], monkeypatch)
    assert code == 0 and secrets.load_token("stage") is None
    with pytest.raises(errors.PermissionDenied):
        asyncio.run(_policies_of(profile, token))
    code, out = adminui(["profile", "login", "stage"], monkeypatch, password)
    assert code == 0 and "Signed in" in out and password not in out
    fresh = secrets.load_token("stage")
    register(fresh)
    assert fresh and fresh != token
    code, out = adminui(["profile", "login", "stage"], monkeypatch, "wrong-password-42")
    assert code == 2 and secrets.load_token("stage") == fresh


def test_the_cli_signs_in_with_a_jwt_from_stdin(
    lab: Lab, sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jwt = provider_jwt(lab)
    argv = ["profile", "add", "jwt", "--kind", "openbao", "--node", lab.bao_nodes()[1].api_url]
    code, out = adminui([*argv, "--auth", "jwt", "--role", "console"], monkeypatch, jwt)
    assert code == 0, out
    token = secrets.load_token("jwt")
    register(token, jwt)
    assert token and token != jwt and jwt not in (sandbox / "profiles.toml").read_text()


def test_sign_in_to_a_namespace_uses_its_own_auth_mount(lab: Lab) -> None:
    """A profile's namespace: the login is sent into it (userpass enabled there)."""
    root = {"X-Vault-Token": lab.root_token}
    inside = {**root, "X-Vault-Namespace": "signin-team"}
    with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False, timeout=10) as bao:
        bao.post("/v1/sys/namespaces/signin-team", headers=root, json={})
        bao.post("/v1/sys/auth/userpass", headers=inside, json={"type": "userpass"})
        bao.post(
            "/v1/auth/userpass/users/erin",
            headers=inside,
            json={"password": "erin-pass-77", "token_policies": ["default"]},
        ).raise_for_status()
    leader = lab.bao_leader().api_url
    profile = replace(
        _profile(lab, auth="userpass", username="erin", namespace="signin-team"),
        node_urls=(leader,),
    )
    signed = asyncio.run(signing.sign_in(profile, "erin-pass-77"))
    register(signed.token)

    # The token belongs to the namespace: its lookup there names it.
    async def namespace_of() -> str:
        async with vault_client(profile, signed.token, leader, namespace="signin-team") as v:
            return (await v.token.lookup_self()).namespace_path

    assert asyncio.run(namespace_of()).strip("/") == "signin-team"
    # Without the namespace the same user is unknown.
    with pytest.raises(errors.VaultError):
        asyncio.run(signing.sign_in(replace(profile, namespace=""), "erin-pass-77"))
