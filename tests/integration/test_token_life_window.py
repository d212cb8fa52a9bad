"""A token's life in the window, against the lab's real cluster: a 30-second token is
renewed before half of it has passed; a token that cannot be renewed expires into the
sign-in prompt while a policy draft and an open dialog keep what was typed, and the save
made meanwhile goes through once the user has signed in again (by userpass)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.lab import Lab
from adminui.lab.sign_in import POLICY
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.cluster_dialog import ClusterDialog
from adminui.ui.clusters.sign_in_dialog import SignInDialog
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.policies.page import PoliciesPage
from tests.secret_scan import register

pytestmark = [pytest.mark.lab]

NAME = "lab-session"


def _token(lab: Lab, **settings: object) -> str:
    """A child token of the lab's root with the console's policy."""
    with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False, timeout=10) as bao:
        answer = bao.post(
            "/v1/auth/token/create",
            json={"policies": [POLICY], "no_parent": True, **settings},
            headers={"X-Vault-Token": lab.root_token},
        )
        answer.raise_for_status()
        token = str(answer.json()["auth"]["client_token"])
    register(token)
    return token


def _ttl(lab: Lab, token: str) -> int:
    with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False, timeout=10) as bao:
        answer = bao.get("/v1/auth/token/lookup-self", headers={"X-Vault-Token": token})
        answer.raise_for_status()
        return int(answer.json()["data"]["ttl"])


def _window(qtbot: QtBot, lab: Lab, bridge: AsyncBridge, token: str) -> MainWindow:
    profile = Profile(
        NAME,
        ClusterKind.OPENBAO,
        tuple(n.api_url for n in lab.bao_nodes()),
        auth="userpass",
        username="alice",
    )
    window = MainWindow([ClusterContext(profile, token)], bridge)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_30_second_token_is_renewed_before_half_of_it_has_passed(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge, sandbox: Path
) -> None:
    token = _token(lab, ttl="30s", explicit_max_ttl="10m", renewable=True)
    window = _window(qtbot, lab, bridge, token)
    connection = window.view(NAME).context
    watch = window.token_watch
    qtbot.waitUntil(lambda: connection.session.ttl_s > 0, timeout=10_000)  # learned
    assert connection.session.renewable
    learned_at = connection.session.obtained_at
    # Let the watch's clock run 16 s ahead: past half the TTL, so it renews.
    watch.clock = lambda: time.monotonic() + 16
    qtbot.waitUntil(lambda: connection.session.obtained_at != learned_at, timeout=10_000)
    assert connection.token == token and connection.session.ttl_s >= 28
    assert "expires in" in window.session_button.text()
    # The server agrees: the token has (about) its whole TTL again.
    time.sleep(0.5)
    assert _ttl(lab, token) >= 28
    window.close()


def test_an_expired_token_asks_for_a_sign_in_and_nothing_typed_is_lost(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge, sandbox: Path, tmp_path: Path
) -> None:
    token = _token(lab, ttl="6s", renewable=False)
    window = _window(qtbot, lab, bridge, token)
    view = window.view(NAME)
    connection = view.context
    qtbot.waitUntil(lambda: connection.session.ttl_s > 0, timeout=10_000)
    assert not connection.session.renewable

    # A policy being written, and an open dialog with something typed in it.
    page = view.page("policies")
    assert isinstance(page, PoliciesPage)
    editor = page.editor
    editor.confirm_save = lambda *_: True
    editor.new_policy("", "expiry-draft")
    draft = 'path "secret/data/expiry/*" {\n  capabilities = ["read"]\n}\n'
    editor.editor.setPlainText(draft)
    edit = window.cluster_actions.edit_cluster(NAME)
    assert isinstance(edit, ClusterDialog)
    edit.environment.setText("typed before expiry")

    # It expires: the prompt asks for a sign-in; requests now wait for it.
    qtbot.waitUntil(lambda: connection.expired, timeout=15_000)
    prompt = window.cluster_actions.sign_in_dialogs[NAME]
    assert isinstance(prompt, SignInDialog) and prompt.isVisible()
    assert "expired" in window.session_button.text()
    saved: list[object] = []
    editor.sig_saved.connect(saved.append)
    editor.save()  # waits for the sign-in instead of failing
    qtbot.wait(600)
    assert not saved and editor.text == draft

    prompt.secret.setText(lab.password("alice"))
    prompt.sign_in_button.click()
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=15_000)
    assert connection.token and connection.token != token
    register(connection.token)
    qtbot.waitUntil(lambda: bool(saved), timeout=15_000)  # the save went through
    assert editor.text == draft
    assert edit.isVisible() and edit.environment.text() == "typed before expiry"
    edit.reject()
    with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False, timeout=10) as bao:
        answer = bao.get(
            "/v1/sys/policies/acl/expiry-draft", headers={"X-Vault-Token": lab.root_token}
        )
        assert answer.json()["data"]["policy"] == draft
        bao.delete("/v1/sys/policies/acl/expiry-draft", headers={"X-Vault-Token": lab.root_token})
    window.close()


def test_the_prompt_keeps_a_wrong_password_case_and_says_why(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge, sandbox: Path
) -> None:
    window = _window(qtbot, lab, bridge, "")
    connection = window.view(NAME).context
    assert "Signed out" in window.session_button.text()
    prompt = window.cluster_actions.sign_in(NAME)
    assert isinstance(prompt, SignInDialog)
    prompt.secret.setText("definitely-wrong-1")
    prompt.sign_in_button.click()
    qtbot.waitUntil(lambda: not prompt.busy and prompt.banner.isVisible(), timeout=15_000)
    assert prompt.isVisible() and prompt.secret.text() == "definitely-wrong-1"
    assert "definitely-wrong-1" not in prompt.banner.text.text()
    assert connection.token is None
    prompt.reject()
    window.close()


def test_oidc_in_the_window_opens_the_browser_and_signs_in(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge, sandbox: Path
) -> None:
    from tests.oidc_browser import ProviderBrowser

    window = _window(qtbot, lab, bridge, "")
    connection = window.view(NAME).context
    connection.set_profile(replace(connection.profile, auth="oidc", username="", role="console"))
    browser = ProviderBrowser(lab)
    window.cluster_actions.open_url = browser
    prompt = window.cluster_actions.sign_in(NAME)
    assert isinstance(prompt, SignInDialog) and not prompt.secret.isVisible()
    prompt.sign_in_button.click()
    qtbot.waitUntil(lambda: connection.token is not None, timeout=30_000)
    browser.join()
    assert not browser.errors and len(browser.opened) == 1
    register(connection.token)
    assert connection.session.ttl_s > 0
    window.close()


def test_a_token_revoked_elsewhere_is_noticed_and_asks_for_a_sign_in(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge, sandbox: Path
) -> None:
    token = _token(lab, ttl="1h")
    window = _window(qtbot, lab, bridge, token)
    connection = window.view(NAME).context
    qtbot.waitUntil(lambda: connection.session.ttl_s > 0, timeout=10_000)
    window.token_watch.verify_interval_s = 1.0
    with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False, timeout=10) as bao:
        bao.post(
            "/v1/auth/token/revoke",
            json={"token": token},
            headers={"X-Vault-Token": lab.root_token},
        ).raise_for_status()
    qtbot.waitUntil(lambda: connection.expired, timeout=15_000)
    prompt = window.cluster_actions.sign_in_dialogs[NAME]
    assert prompt.isVisible() and "expired" in window.session_button.text()
    prompt.reject()
    window.close()
