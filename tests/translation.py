"""A small translation for tests: sentences compiled with Qt's lrelease and installed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def compile_sentences(
    directory: Path, messages: dict[str, str], name: str = "test_ru", context: str = ""
) -> Path:
    """A .qm file translating ``messages`` (source → text) in ``context``; by default the
    context with no name, where the lower layers' sentences live."""
    body = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in messages.items()
    )
    source = directory / f"{name}.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        f"<context><name>{escape(context)}</name>{body}</context></TS>",
        encoding="utf-8",
    )
    qm = directory / f"{name}.qm"
    subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(qm)], check=True, timeout=60)
    return qm


@contextmanager
def installed_sentences(
    qapp: QApplication, directory: Path, messages: dict[str, str], locale: str = "ru"
) -> Iterator[QTranslator]:
    """``messages`` installed as a translation with ``locale``'s number formats; both
    undone on leaving."""
    translator = QTranslator()
    assert translator.load(str(compile_sentences(directory, messages)))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(locale))
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
