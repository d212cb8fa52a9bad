"""The interface language: which one to show, and Qt translators that show it.

Translations live in ``resources/translations`` as ``adminui_<lang>.ts`` (sources, made by
``packaging/update-translations.sh``) and ``adminui_<lang>.qm`` (built by the set-up
step). Without a ``.qm`` file the interface stays in English.
"""

from __future__ import annotations

import string
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from adminui.core.sentence import Sentence
from adminui.profiles.paths import default_config_dir

#: What the user can choose: follow the system, or one language.
LANGUAGES = ("system", "en", "ru")
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction into ``context``; translated later by ``tr()``."""
    return text


def settings() -> QSettings:
    """The window settings file (``window.ini`` in the configuration directory)."""
    path = default_config_dir() / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def saved_language() -> str:
    """The language saved by View → Language ("system" when none is saved)."""
    value = settings().value("language")
    return value if isinstance(value, str) and value in LANGUAGES else "system"


def save_language(choice: str) -> None:
    if choice in LANGUAGES:
        s = settings()
        s.setValue("language", choice)
        s.sync()


def resolve(choice: str) -> str:
    """ "en" or "ru" for a choice; "system" follows the OS locale (Russian → "ru")."""
    if choice in ("en", "ru"):
        return choice
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install_translators(
    app: QCoreApplication, choice: str, directory: Path = TRANSLATIONS_DIR
) -> list[QTranslator]:
    """Install the translators for ``choice``; returns them (keep them alive).

    English needs none. A missing ``.qm`` file leaves the interface in English.
    """
    language = resolve(choice)
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))  # numbers and dates follow the language too
    if language == "en":
        return installed
    own = QTranslator(app)
    if own.load(str(directory / f"adminui_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    return installed


class _LocaleFormatter(string.Formatter):
    """Fills a template with values, writing decimal numbers the locale's way."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, float):
            point = QLocale().decimalPoint()
            if point != ".":
                text = text.replace(".", point)
        return str(text)


_FORMATTER = _LocaleFormatter()


def fill(template: str, *values: object) -> str:
    """``template.format(*values)``, decimal numbers written the interface language's way
    (use it for a ``tr()`` text with ``{0:.1f}``-style numbers)."""
    return _FORMATTER.format(template, *values)


def say(text: object) -> str:
    """``text`` in the interface language: a :class:`Sentence` from the lower layers is
    looked up in the translations and filled in again; other text is shown as it is."""
    if isinstance(text, Sentence):
        try:
            return text.render(
                lambda template: QCoreApplication.translate("", template),
                lambda template, values: _FORMATTER.format(template, *values),
            )
        except (IndexError, KeyError, ValueError):
            return str(text)  # a broken translation shows the English sentence
    return "" if text is None else str(text)
