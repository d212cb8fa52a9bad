"""The lint's levels against the real server: every text the lint calls an error is
refused by OpenBao, every text it only warns about is accepted, except the capabilities
only Vault knows (a warning, since the lint cannot tell the two servers apart, which
says that OpenBao refuses them)."""

from __future__ import annotations

import asyncio

import pytest

from adminui.api import errors
from adminui.api.vault import VaultClient
from adminui.core.policy_lint import Severity, lint
from adminui.lab import Lab
from tests.unit.test_policy_lint import LEVELS

pytestmark = pytest.mark.lab


async def outcomes(lab: Lab, texts: list[str]) -> list[str | None]:
    """For each text, the server's refusal (None when it accepted the policy)."""
    answers: list[str | None] = []
    async with VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token) as vault:
        for index, text in enumerate(texts):
            name = f"lint-level-{index}"
            try:
                await vault.policies.write(name, text)
            except errors.BadRequest as exc:
                answers.append(exc.server_message or str(exc))
                continue
            answers.append(None)
            await vault.policies.delete(name)
    return answers


def test_what_the_lint_calls_an_error_the_server_refuses_and_only_that(lab: Lab) -> None:
    texts = [text for text, _level, _part in LEVELS]
    answers = asyncio.run(outcomes(lab, texts))
    for (text, level, part), refusal in zip(LEVELS, answers, strict=True):
        has_error = any(i.severity is Severity.ERROR for i in lint(text))
        assert has_error is (level is Severity.ERROR), text
        if has_error or "only in Vault" in part:
            assert refusal is not None, f"the server accepted {text!r}"
        else:
            assert refusal is None, f"the server refused {text!r}: {refusal}"
