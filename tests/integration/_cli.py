"""Running ``adminui`` commands in a test, with standard input that is a pipe."""

from __future__ import annotations

import io

import pytest

from adminui import cli


class _Pipe(io.StringIO):
    """Standard input that is a pipe, not a terminal."""

    def isatty(self) -> bool:
        return False


def adminui(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdin", _Pipe(stdin))
    monkeypatch.setattr("sys.stdout", out)
    return cli.main(argv), out.getvalue()
