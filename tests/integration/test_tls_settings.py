"""TLS settings: verification on by default (OS trust store), a CA per profile, and
"insecure" only when a profile says so — with a warning banner that stays."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
import truststore
from cryptography.hazmat.primitives import serialization
from pytestqt.qtbot import QtBot

from adminui.api import transport as transport_module
from adminui.api.errors import TLSError
from adminui.api.transport import VaultTransport, make_ssl_context
from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.store import Profile, ProfileStore
from adminui.ui.context import ClusterContext
from adminui.ui.overview.cluster_page import ClusterOverview, environment_banner
from tests.integration.test_fault_matrix import make_ca

URL = "https://bao.example.test:8200"


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    cert, _key = make_ca("Profile CA")
    path = tmp_path / "profile-ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_verification_is_on_by_default_with_the_os_trust_store() -> None:
    context = make_ssl_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    profile = Profile("p", ClusterKind.OPENBAO, (URL,))
    assert not profile.insecure and profile.ca_bundle == ""
    assert "insecure" not in profile.to_toml()


def test_profile_ca_is_loaded_and_used_by_every_client(
    ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_ssl_context(ca_file)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert any(
        ("commonName", "Profile CA") in rdn for c in context.get_ca_certs() for rdn in c["subject"]
    )
    seen: list[Any] = []
    real = transport_module.make_ssl_context

    def spy(ca_bundle: Any = None, client_cert: Any = None) -> ssl.SSLContext:
        seen.append(ca_bundle)
        return real(ca_bundle, client_cert)

    monkeypatch.setattr(transport_module, "make_ssl_context", spy)
    profile = Profile("p", ClusterKind.OPENBAO, (URL,), ca_bundle=str(ca_file))
    vault = ClusterContext(profile, "t").vault()
    assert seen == [str(ca_file)]
    assert not vault.transport.insecure
    insecure = ClusterContext(Profile("q", ClusterKind.OPENBAO, (URL,), insecure=True)).vault()
    assert insecure.transport.insecure and seen == [str(ca_file)]  # no context: no checks


def test_a_bad_ca_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(TLSError) as caught:
        VaultTransport(URL, ca_bundle=bad)
    assert caught.value.user_message.startswith("The secure connection to")
    with pytest.raises(TLSError):
        VaultTransport(URL, ca_bundle=tmp_path / "missing.pem")


def test_insecure_is_per_profile_and_round_trips(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(
        [
            Profile("safe", ClusterKind.OPENBAO, (URL,)),
            Profile("lab", ClusterKind.OPENBAO, (URL,), insecure=True, environment="LAB"),
        ]
    )
    loaded = {p.name: p for p in store.load()}
    assert not loaded["safe"].insecure and loaded["lab"].insecure
    assert "insecure = true" in store.path.read_text()


def test_insecure_banner_is_shown_and_stays(qtbot: QtBot) -> None:
    assert environment_banner(Profile("p", ClusterKind.OPENBAO, (URL,))) is None
    prod = Profile("p", ClusterKind.OPENBAO, (URL,), insecure=True, environment="prod")
    banner = environment_banner(prod)
    assert banner is not None
    assert banner.text() == "PROD  ·  TLS VERIFICATION OFF"
    assert "#b71c1c" in banner.styleSheet()
    profile = Profile("p", ClusterKind.OPENBAO, (URL,), insecure=True)
    overview = ClusterOverview(profile, ClusterHistory())
    qtbot.addWidget(overview)
    overview.show()
    found = overview.findChild(type(overview.title), "environmentBanner")
    assert found is not None and found.isVisible()
    assert found.text() == "TLS VERIFICATION OFF"
    for i in range(5):  # live updates never hide it
        node = NodeState(URL, Role.LEADER if i % 2 else Role.UNREACHABLE)
        overview.apply_tick(Tick(Snapshot("p", 1_700_000_000.0 + i, (node,))))
    assert found.isVisible() and found.text() == "TLS VERIFICATION OFF"
