"""The command line offers the lab only where the lab is installed."""

from __future__ import annotations

import pytest

from adminui import __version__
from adminui.cli import build_parser
from adminui.installed import LAB_MODULES, lab_installed


def test_without_the_lab_nothing_offers_it(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser(with_lab=False)
    assert "lab" not in parser.format_help()
    args = parser.parse_args([])
    assert args.lab is False and args.command is None
    with pytest.raises(SystemExit) as refused:
        parser.parse_args(["lab", "up"])
    assert refused.value.code == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["--lab"])
    capsys.readouterr()


def test_with_the_lab_it_is_offered() -> None:
    parser = build_parser(with_lab=True)
    assert parser.parse_args(["--lab"]).lab is True
    args = parser.parse_args(["lab", "kill", "bao1"])
    assert (args.command, args.action, args.node) == ("lab", "kill", "bao1")


def test_lab_installed_follows_its_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    assert lab_installed()  # the test set-up installs the lab extra
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == LAB_MODULES[0] else real(name)
    )
    assert not lab_installed()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"adminui {__version__}"
