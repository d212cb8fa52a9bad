"""The two ways the console opens on the lab (``--lab`` and the empty window's "Start
the local lab"), also when the config folder cannot be written or read."""

from __future__ import annotations

from pathlib import Path

import pytest

from adminui import cli
from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO
from adminui.profiles.store import ProfileStore
from adminui.ui.context import ClusterContext

pytestmark = [pytest.mark.lab]


def _names(contexts: list[object]) -> list[str]:
    return [c.profile.name for c in contexts if isinstance(c, ClusterContext)]


def test_the_labs_clusters_are_saved_as_profiles(lab: Lab, sandbox: Path) -> None:
    contexts, notices = cli.lab_contexts(lab)
    assert _names(contexts) == [LAB_OPENBAO, LAB_CORE] and notices == []
    assert {p.name for p in ProfileStore(sandbox).load()} == {LAB_OPENBAO, LAB_CORE}


@pytest.mark.parametrize("breakage", ["config folder is a file", "profiles file is a folder"])
def test_an_unusable_config_folder_opens_the_lab_for_the_session_and_says_so(
    lab: Lab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: Path, breakage: str
) -> None:
    if breakage == "config folder is a file":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        monkeypatch.setenv("ADMINUI_CONFIG_DIR", str(blocker / "config"))
    else:
        (sandbox / "profiles.toml").mkdir()
    contexts, notices = cli.lab_contexts(lab)
    assert _names(contexts) == [LAB_OPENBAO, LAB_CORE]
    assert len(notices) == 1 and "for this session only" in notices[0]


def test_start_the_local_lab_runs_lab_up_and_gives_its_clusters(
    lab: Lab, sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The lab is already running in this folder: "lab up" finds it healthy and reuses it.
    monkeypatch.setenv("ADMINUI_LAB_DIR", str(lab.dir.root))
    contexts = cli._lab_starter()()
    assert _names(contexts) == [LAB_OPENBAO, LAB_CORE]
    bao = next(c for c in contexts if isinstance(c, ClusterContext))
    assert bao.token == lab.root_token and bao.lab_hooks is not None
