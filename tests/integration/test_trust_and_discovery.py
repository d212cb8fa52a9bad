"""Trusting a node's certificate from the cluster dialog, and discovering Core nodes
from the Core services, against the lab (its TLS listener has a CA of its own that this
computer does not trust)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.lab import Lab
from adminui.monitor.peer_certificate import fetch_certificate
from adminui.monitor.profile_check import check_profile, discover_nodes
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.cluster_dialog import ClusterDialog

pytestmark = [pytest.mark.lab]


def test_the_certificate_is_shown_with_its_fingerprint(lab: Lab) -> None:
    url = lab.bao_nodes()[0].tls_url
    certificate = asyncio.run(fetch_certificate(url))
    assert "127.0.0.1" in certificate.subject
    assert "AdminUI lab CA" in certificate.issuer
    assert len(certificate.sha256.split(":")) == 32
    assert certificate.pem.startswith("-----BEGIN CERTIFICATE-----")


def test_an_untrusted_node_is_trusted_from_the_dialog_after_a_look(
    qtbot: QtBot,
    lab: Lab,
    bridge: AsyncBridge,
    sandbox: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ClusterDialog(bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("tls")
    dialog.nodes.setPlainText(lab.bao_nodes()[0].tls_url)
    dialog.secret.setText(lab.root_token)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None and not dialog.busy, timeout=20_000)
    assert dialog.last_test is not None
    [node] = dialog.last_test.nodes
    assert node.tls.startswith("TLS") and not node.answers
    assert dialog.certificate_button.isVisible()

    shown: list[str] = []

    def click_trust(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        trust = next(b for b in box.buttons() if "Trust" in b.text())
        trust.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_trust)
    dialog.certificate_button.click()
    qtbot.waitUntil(lambda: bool(dialog.ca_bundle.text()), timeout=10_000)
    assert "SHA-256:" in shown[0] and "AdminUI lab CA" in shown[0]
    saved = Path(dialog.ca_bundle.text())
    assert saved.is_file() and saved.is_relative_to(sandbox)
    assert oct(saved.stat().st_mode & 0o777) == "0o600"

    dialog.last_test = None
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None and not dialog.busy, timeout=20_000)
    [node] = dialog.last_test.nodes
    assert node.answers and node.tls == "trusted"
    assert not dialog.certificate_button.isVisible()


def test_core_nodes_are_discovered_from_the_core_services(lab: Lab) -> None:
    cores = lab.core_nodes()
    profile = Profile("core", ClusterKind.CORE, (cores[0].rest_url,))
    found = asyncio.run(discover_nodes(profile, lab.core_token))
    assert set(found) == {n.rest_url for n in cores}
    assert found[0] == cores[0].rest_url
    # OpenBao the same way, from any one node.
    bao = lab.bao_nodes()
    profile = replace(profile, kind=ClusterKind.OPENBAO, node_urls=(bao[2].api_url,))
    assert set(asyncio.run(discover_nodes(profile, lab.root_token))) == {n.api_url for n in bao}


def test_a_tls_server_name_checks_the_certificate_against_that_name(lab: Lab) -> None:
    node = lab.bao_nodes()[0]
    by_name = Profile(
        "tls-name",
        ClusterKind.OPENBAO,
        (f"https://localhost:{node.tls_port}",),
        ca_bundle=str(lab.tls.ca_cert),
    )
    # The certificate names 127.0.0.1 only: reached as "localhost" it does not match …
    test = asyncio.run(check_profile(by_name, lab.root_token))
    assert test.nodes[0].tls.startswith("TLS") and not test.credentials.valid
    # … unless the profile says which name the certificate carries.
    fixed = replace(by_name, tls_server_name="127.0.0.1")
    test = asyncio.run(check_profile(fixed, lab.root_token))
    assert test.nodes[0].answers and test.nodes[0].tls == "trusted"
    assert test.credentials.valid
