"""The system tools the tests need are all there (a missing one fails here, by name)."""

from __future__ import annotations

import pytest

from tests import system_tools


def test_every_system_tool_the_tests_need_is_installed() -> None:
    assert system_tools.missing() == []


def test_a_missing_tool_is_named_with_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_tools.shutil, "which", lambda *_args, **_kw: None)
    problems = system_tools.missing()
    assert "objdump (package binutils), for the PyInstaller bundle test" in problems
    assert any("package nginx" in p for p in problems)
    with pytest.raises(AssertionError, match="install the Debian package keepalived"):
        system_tools.require_tool("keepalived")
