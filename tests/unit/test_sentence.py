"""Sentences of the lower layers: English text that keeps its template and values."""

from __future__ import annotations

import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from adminui.core.sentence import Sentence, from_json, json_value


def test_a_sentence_is_its_english_text() -> None:
    s = Sentence("Failure tolerance is {0}.", 1)
    assert s == "Failure tolerance is 1."
    assert isinstance(s, str) and s.template == "Failure tolerance is {0}." and s.args == (1,)
    assert Sentence("No node leads.") == "No node leads."
    assert Sentence("{0} of {1} voters are not healthy: {2}.", 2, 3, ["a", "b"]) == (
        "2 of 3 voters are not healthy: a, b."
    )
    assert Sentence("Took {0:.2f} s.", 1.234) == "Took 1.23 s."


def test_render_translates_the_template_and_nested_sentences() -> None:
    inner = Sentence("{0} entries behind", 700)
    outer = Sentence("Lagging: {0}.", [inner, Sentence("node {0}", "b")])
    table = {"Lagging: {0}.": "Отстают: {0}.", "{0} entries behind": "отстаёт на {0}"}
    shown = outer.render(lambda t: table.get(t, t), lambda t, v: t.format(*v))
    assert shown == "Отстают: отстаёт на 700, node b."
    assert outer == "Lagging: 700 entries behind, node b."


def test_json_and_pickle_keep_the_parts() -> None:
    s = Sentence("{0} is {1:.1f} s behind: {2}.", "node-1", 2.5, [Sentence("x {0}", 1), "y"])
    again = from_json(json.loads(json.dumps(json_value(s))))
    assert isinstance(again, Sentence)
    assert again == s and again.template == s.template
    assert again.render(str.upper, lambda t, v: t.format(*v)) == "node-1 IS 2.5 S BEHIND: X 1, y."
    copied = pickle.loads(pickle.dumps(s))
    assert isinstance(copied, Sentence) and copied.args == s.args
    # Plain text and old records without parts load as text.
    assert from_json("just text") == "just text" and json_value("t") == "t"
    assert from_json(None) == ""
    assert from_json({"sentence": "{0} and {1}", "args": [1]}) == "{0} and {1}"


@given(
    st.lists(st.one_of(st.integers(), st.text(max_size=8), st.floats(allow_nan=False)), max_size=4)
)
def test_any_values_survive_json(values: list[object]) -> None:
    template = " ".join(f"{{{i}}}" for i in range(len(values))) or "none"
    s = Sentence(template, *values)
    assert from_json(json.loads(json.dumps(json_value(s)))) == s
