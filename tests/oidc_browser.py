"""The person's part of an OIDC sign-in, done by a test against the lab's provider.

A person would open the provider's page, sign in and be redirected to the console's
loopback callback. Here the same happens over HTTP: sign in to the provider (an OpenBao
server) with userpass, ask its ``authorize`` endpoint with the very query of the page
the console opened, and deliver the code to the redirect URI, as the browser would.
"""

from __future__ import annotations

import threading
from urllib.parse import parse_qs, urlsplit

import httpx

from adminui.lab import Lab
from adminui.lab.sign_in import idp_node


class ProviderBrowser:
    """``open_browser`` for :func:`adminui.monitor.sign_in.sign_in`: runs the browser
    step in a thread (the console's listener runs on the caller's loop)."""

    def __init__(self, lab: Lab, user: str = "alice", password: str | None = None) -> None:
        provider = idp_node(lab.state, lab.dir.root)
        assert provider is not None
        self.provider = provider.api_url
        self.user = user
        self.password = password if password is not None else lab.password(user)
        self.opened: list[str] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def join(self) -> None:
        for thread in self._threads:
            thread.join(10)

    def _visit(self, url: str) -> None:
        try:
            query = parse_qs(urlsplit(url).query)
            params = {key: values[0] for key, values in query.items()}
            with httpx.Client(base_url=self.provider, trust_env=False, timeout=10) as idp:
                token = _sign_in(idp, self.user, self.password)
                answer = idp.get(
                    "/v1/identity/oidc/provider/default/authorize",
                    params=params,
                    headers={"X-Vault-Token": token},
                )
                answer.raise_for_status()
                code, state = answer.json()["code"], answer.json()["state"]
            with httpx.Client(trust_env=False, timeout=10) as browser:
                browser.get(params["redirect_uri"], params={"code": code, "state": state})
        except BaseException as exc:  # reported by the test
            self.errors.append(exc)


def _sign_in(idp: httpx.Client, user: str, password: str) -> str:
    """A token of ``user`` at the provider (userpass)."""
    login = idp.post(f"/v1/auth/userpass/login/{user}", json={"password": password})
    login.raise_for_status()
    return str(login.json()["auth"]["client_token"])


def provider_jwt(lab: Lab, user: str = "alice") -> str:
    """An identity token (JWT) of the provider's role ``console`` for ``user``."""
    provider = idp_node(lab.state, lab.dir.root)
    assert provider is not None
    with httpx.Client(base_url=provider.api_url, trust_env=False, timeout=10) as idp:
        token = _sign_in(idp, user, lab.password(user))
        answer = idp.get("/v1/identity/oidc/token/console", headers={"X-Vault-Token": token})
        answer.raise_for_status()
        return str(answer.json()["data"]["token"])
