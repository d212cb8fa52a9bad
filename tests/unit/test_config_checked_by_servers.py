"""The generated load-balancer configurations are accepted by the real programs:
`nginx -t` on the upstream (inside a complete nginx.conf with a loopback listen) and
`keepalived --config-test` on every node's file."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from adminui.core import config_gen as gen
from tests.system_tools import nginx_stream_module, require_tool


def loopback_topology(kind: str, count: int) -> gen.Topology:
    # IP targets: nginx resolves upstream names while checking the file.
    nodes = tuple(
        gen.TopologyNode("127.0.0.1", 17220 + i, f"0000000{i}-2222-3333-4444-555555555555")
        for i in range(count)
    )
    return gen.Topology(kind, f"lab {kind}", nodes)


def nginx_check(tmp_path: Path, stream: str) -> subprocess.CompletedProcess[str]:
    # nginx -t binds nothing; the listen is on loopback all the same.
    stream = stream.replace("listen 18443;", "listen 127.0.0.1:18443;")
    assert "listen 127.0.0.1:18443;" in stream
    (tmp_path / "stream.conf").write_text(stream, encoding="utf-8")
    module = nginx_stream_module()
    (tmp_path / "nginx.conf").write_text(
        (f"load_module {module};\n" if module else "")
        + f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\n"
        f"events {{}}\ninclude {tmp_path}/stream.conf;\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [
            require_tool("nginx"),
            "-t",
            "-e",
            str(tmp_path / "error.log"),
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.parametrize(("kind", "count"), [(gen.CORE, 3), (gen.CORE, 5), (gen.OPENBAO, 3)])
def test_nginx_accepts_the_generated_stream_block(tmp_path: Path, kind: str, count: int) -> None:
    stream = gen.nginx_stream(loopback_topology(kind, count), listen_port=18443)
    result = nginx_check(tmp_path, stream)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_nginx_check_refuses_a_broken_upstream(tmp_path: Path) -> None:
    """The check can fail: a server line with a typo is refused."""
    stream = gen.nginx_stream(loopback_topology(gen.CORE, 3), listen_port=18443)
    result = nginx_check(tmp_path, stream.replace(" backup;", " bakup;", 1))
    assert result.returncode != 0
    assert "bakup" in result.stderr


def keepalived_check(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    """``keepalived --config-test`` on ``text``, as root: keepalived runs as root on the
    hosts the file is for, and run by another user it calls the root-run check script
    insecure. A normal user runs the test command with sudo (the README says so)."""
    conf = tmp_path / "keepalived.conf"
    conf.write_text(text, encoding="utf-8")
    conf.chmod(0o644)
    command = [require_tool("keepalived"), "--config-test", "-f", str(conf)]
    if os.geteuid() != 0:
        command = [require_tool("sudo"), "-n", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.parametrize(("kind", "count"), [(gen.CORE, 3), (gen.OPENBAO, 5)])
def test_keepalived_accepts_every_generated_node_file(
    tmp_path: Path, kind: str, count: int
) -> None:
    confs = gen.keepalived_confs(
        loopback_topology(kind, count), vip="192.0.2.10/24", virtual_router_id=51
    )
    assert len(confs) == count
    for _host, text in confs:
        result = keepalived_check(tmp_path, text)
        assert result.returncode == 0, result.stdout + result.stderr


def test_keepalived_check_refuses_a_broken_file(tmp_path: Path) -> None:
    text = gen.keepalived_conf(
        loopback_topology(gen.CORE, 3), 0, vip="192.0.2.10/24", virtual_router_id=51
    )
    result = keepalived_check(tmp_path, text.replace("priority", "priorty"))
    assert result.returncode != 0
    assert "priorty" in result.stdout + result.stderr
