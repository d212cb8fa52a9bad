"""``adminui profile …`` against a 3-node OpenBao cluster the lab did not start: add it
from one URL with the rest discovered and the token read from stdin, test it, list,
show and remove it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from adminui import cli
from adminui.profiles import secrets
from adminui.profiles.store import ProfileStore
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.integration._cli import adminui


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path_factory.mktemp("own-bao")) as running:
        yield running


def test_add_a_cluster_from_one_url_test_list_show_and_remove_it(
    cluster: BaoCluster,
    sandbox: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    leader = cluster.urls[cluster.leader_index()]
    argv = ["profile", "add", "own", "--kind", "openbao", "--node", leader, "--discover"]
    code, _out = adminui(
        [*argv, "--environment", "STAGE", "--json"], monkeypatch, cluster.root_token
    )
    assert code == 0
    [profile] = ProfileStore(sandbox).load()
    assert profile.node_urls[0] == leader and set(profile.node_urls) == set(cluster.urls)
    assert secrets.load_token("own") == cluster.root_token
    assert cluster.root_token not in (sandbox / "profiles.toml").read_text()

    code, out = adminui(["profile", "test", "own", "--json"], monkeypatch)
    result = json.loads(out)
    assert code == 0 and result["ok"] is True
    roles = {n["url"]: n["role"] for n in result["nodes"]}
    assert roles[leader] == "leader"
    assert sorted(roles.values()) == ["follower", "follower", "leader"]
    assert result["credentials"]["valid"] is True
    assert "root" in result["credentials"]["policies"]

    code, out = adminui(["profile", "list", "--json"], monkeypatch)
    assert code == 0 and [p["name"] for p in json.loads(out)["profiles"]] == ["own"]
    code, out = adminui(["profile", "show", "own"], monkeypatch)
    assert code == 0 and leader in out and cluster.root_token not in out

    # A token that is not valid (revoked, mistyped): the test says so and exits 1.
    secrets.store_token("own", "s.not-a-token")
    code, out = adminui(["profile", "test", "own"], monkeypatch)
    assert code == 1 and "token not valid" in out

    code, _out = adminui(["profile", "remove", "own"], monkeypatch)
    assert code == 0 and ProfileStore(sandbox).load() == []
    assert secrets.load_token("own") is None


def test_a_secret_is_never_taken_from_the_command_line(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(
            [
                "profile",
                "add",
                "x",
                "--kind",
                "openbao",
                "--node",
                "http://a:8200",
                "--token",
                "s.secret",
            ]
        )
    assert exited.value.code == 2
    assert ProfileStore(sandbox).load() == []


def test_a_cluster_that_does_not_answer_fails_its_test(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _ = adminui(
        ["profile", "add", "gone", "--kind", "openbao", "--node", "http://127.0.0.1:9"],
        monkeypatch,
        "s.whatever",
    )
    assert code == 0
    code, out = adminui(["profile", "test", "gone"], monkeypatch)
    assert code == 1
    assert "unreachable (connection refused)" in out
