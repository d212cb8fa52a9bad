"""Sentences made below the user interface that the interface can still translate.

A :class:`Sentence` is the English text (it *is* a ``str``, so logs, reports and tests
read it as before) and keeps its template and values apart, so the interface can look the
template up in its translations and fill the values in again::

    Sentence("Failure tolerance is {0}.", 1)            # "Failure tolerance is 1."
    Sentence("{0} of {1} voters are not healthy: {2}.", 1, 3, ["a", "b"])

A list or tuple value is shown joined by ", ". A value may itself be a Sentence. Only
literal templates are found by the translation tools (``packaging/update-translations.sh``
treats ``Sentence(...)`` like Qt's ``QT_TR_NOOP``), so never pass a variable as template.
This module imports nothing from Qt; the interface renders sentences with
``adminui.ui.i18n.say``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

#: A value of a sentence once loaded from JSON: text, number, list or nested sentence.
Value = Any


class Sentence(str):
    """English text with its template and values kept for translation."""

    template: str
    args: tuple[Value, ...]

    def __new__(cls, template: str, *args: Value) -> Sentence:
        shown = [_english(arg) for arg in args]
        sentence = super().__new__(cls, template.format(*shown) if args else template)
        sentence.template = template
        sentence.args = tuple(args)
        return sentence

    def __reduce__(self) -> tuple[Callable[..., Sentence], tuple[Value, ...]]:
        return (Sentence, (self.template, *self.args))

    def render(
        self, translate: Callable[[str], str], fmt: Callable[[str, list[Value]], str]
    ) -> str:
        """The sentence in another language: ``translate`` maps a template, ``fmt`` fills
        it with values (nested sentences rendered the same way, lists joined)."""
        values = [_rendered(arg, translate, fmt) for arg in self.args]
        return fmt(translate(self.template), values)

    def to_json(self) -> dict[str, Value]:
        """A JSON-ready form that :func:`from_json` turns back into the sentence."""
        return {"sentence": self.template, "args": [_json_value(a) for a in self.args]}


def rounded(value: float, digits: int = 1) -> float:
    """``value`` rounded for display, never shown as "-0.0" (a tiny negative offset)."""
    return round(value, digits) + 0.0


def from_json(data: object) -> str:
    """The sentence (or plain text) stored by :meth:`Sentence.to_json` or as a string."""
    if isinstance(data, dict) and isinstance(data.get("sentence"), str):
        raw = data.get("args")
        args = [_from_json_value(a) for a in raw] if isinstance(raw, list) else []
        try:
            return Sentence(data["sentence"], *args)
        except (IndexError, KeyError, ValueError):
            return str(data["sentence"])
    return "" if data is None else str(data)


def json_value(text: str) -> Value:
    """``text`` as stored in JSON: a sentence keeps its parts, plain text stays text."""
    return text.to_json() if isinstance(text, Sentence) else str(text)


def joined(items: Sequence[str], separator: str = ", ") -> str:
    """Items joined by ``separator`` (a helper for values that are lists)."""
    return separator.join(str(item) for item in items)


def _english(value: Value) -> Value:
    if isinstance(value, (list, tuple)):
        return joined([str(v) for v in value])
    return value


def _rendered(
    value: Value, translate: Callable[[str], str], fmt: Callable[[str, list[Value]], str]
) -> Value:
    if isinstance(value, Sentence):
        return value.render(translate, fmt)
    if isinstance(value, (list, tuple)):
        return joined([str(_rendered(v, translate, fmt)) for v in value])
    return value


def _json_value(value: Value) -> Value:
    if isinstance(value, Sentence):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def _from_json_value(value: Value) -> Value:
    if isinstance(value, dict):
        return from_json(value)
    if isinstance(value, list):
        return [_from_json_value(v) for v in value]
    return value
