"""Errors of the API layer reach the interface as sentences it shows translated: the
English text stays as it was, and an installed translator turns it into Russian in the
banners, boxes and labels that show errors."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adminui.api.errors import (
    TLS_FILES_DETAIL,
    BadRequest,
    RateLimited,
    Sealed,
    StandbyRedirect,
    TLSError,
    Unreachable,
)
from adminui.api.kuma import KumaBadResponse
from adminui.api.pg_roles import PostgresError
from adminui.core.sentence import Sentence, from_json, json_value
from adminui.ui.errors import describe as describe_core_error
from adminui.ui.errors import describe as describe_namespace_error
from adminui.ui.i18n import say
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.rotation.dialogs import ErrorBox
from tests.translation import installed_sentences

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
NODE = "https://10.0.0.1:8200"

#: A tiny Russian translation of a few API sentences (context: none, as lupdate puts them).
RUSSIAN = {
    "The node {0} could not be reached.": "Узел {0} недоступен.",
    "The node {0} is sealed and must be unsealed before it can serve.": (
        "Узел {0} запечатан: распечатайте его, чтобы он мог обслуживать запросы."
    ),
    "The server is rate limiting requests; try again in {0:g} s.": (
        "Сервер ограничивает частоту запросов; повторите через {0:g} с."
    ),
    "The server refused the request: {0}.": "Сервер отклонил запрос: {0}.",
    "The connection to PostgreSQL was lost.": "Соединение с PostgreSQL потеряно.",
    "the answer is not JSON": "ответ не в формате JSON",
}


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The sentences above installed as a translation, numbers written the Russian way;
    removed (and the locale reset) afterwards."""
    with installed_sentences(qapp, tmp_path, RUSSIAN) as translator:
        yield translator


def test_the_english_sentences_are_unchanged() -> None:
    assert Unreachable(node=NODE).user_message == f"The node {NODE} could not be reached."
    assert RateLimited(retry_after=60.0).user_message == (
        "The server is rate limiting requests; try again in 60 s."
    )
    refused = BadRequest(errors=["At 3:1: unknown token."])
    assert refused.user_message == "The server refused the request: At 3:1: unknown token."
    assert (
        BadRequest(errors=["bad path"]).user_message == "The server refused the request: bad path."
    )
    assert StandbyRedirect(node=NODE).user_message == (
        f"The node {NODE} is a standby; send this change to the leader."
    )
    leader = StandbyRedirect(node=NODE, location="https://10.0.0.2:8200/v1/sys/x")
    assert leader.user_message.endswith("send this change to https://10.0.0.2:8200.")
    tls = TLSError("certificate has expired", node=NODE)
    assert tls.user_message == (
        f"The secure connection to {NODE} could not be verified: its certificate has expired."
    )
    files = TLSError(f"{TLS_FILES_DETAIL}: [X509] no certificate")
    assert files.user_message.startswith("The secure connection to OpenBao could not be set up")
    for error in (Unreachable(node=NODE), Sealed(node=NODE), RateLimited(), refused, tls):
        message = error.user_message
        assert isinstance(message, Sentence)
        assert from_json(json_value(message)) == message  # the parts survive JSON
        assert pickle.loads(pickle.dumps(error)).user_message == message


def test_say_translates_api_errors(russian: QTranslator) -> None:
    assert say(Unreachable(node=NODE).user_message) == f"Узел {NODE} недоступен."
    assert say(RateLimited(retry_after=1.5).user_message) == (
        "Сервер ограничивает частоту запросов; повторите через 1,5 с."
    )
    assert say(BadRequest(errors=["bad path."]).user_message) == "Сервер отклонил запрос: bad path."
    lost = PostgresError(Sentence("The connection to PostgreSQL was lost."), "EOF")
    assert say(lost.user_message) == "Соединение с PostgreSQL потеряно."
    # Not in the translation: the English sentence is shown as it is.
    assert say(TLSError("boom", node=NODE).user_message) == (
        f"The secure connection to {NODE} could not be verified."
    )


def test_error_widgets_show_the_translation(russian: QTranslator, qtbot: QtBot) -> None:
    sealed = Sealed(node=NODE, status=503, errors=["Vault is sealed"])
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_error(sealed)
    assert banner.text.text() == (
        f"Узел {NODE} запечатан: распечатайте его, чтобы он мог обслуживать запросы."
    )
    assert "Sealed" in banner.details.toPlainText()  # the details stay technical

    box = ErrorBox()
    qtbot.addWidget(box)
    box.show_error(PostgresError(Sentence("The connection to PostgreSQL was lost."), "EOF"))
    assert box.message.text() == "Соединение с PostgreSQL потеряно."

    sentence, details = describe_namespace_error(Unreachable(node=NODE))
    assert sentence == f"Узел {NODE} недоступен." and "Unreachable" in details

    core = KumaBadResponse(Sentence("the answer is not JSON"), method="GET", url=NODE)
    assert "ответ не в формате JSON" in describe_core_error(core)[0]
