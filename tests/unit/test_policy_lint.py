"""Offline policy lint: syntax errors with positions, warnings where they belong."""

from __future__ import annotations

import hcl2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adminui.core import policy_lint
from adminui.core.policy_lint import (
    LintIssue,
    Severity,
    lint,
    server_error_position,
    syntax_error,
)

GOOD = 'path "secret/data/*" {\n  capabilities = ["read", "list"]\n}\n'


def messages(text: str) -> list[str]:
    return [i.message for i in lint(text)]


def test_clean_policy_has_no_findings() -> None:
    assert lint(GOOD) == []


def test_syntax_error_carries_line_and_column() -> None:
    issues = lint('path "x" {\n  capabilities = ["read"\n}\n')
    assert len(issues) == 1
    assert issues[0].severity is Severity.ERROR
    assert (issues[0].line, issues[0].column) == (3, 1)


def test_unclosed_brace_is_an_error_at_the_end() -> None:
    error = syntax_error('path "x" {\n  capabilities = ["read"]\n')
    assert error is not None and error.line >= 2
    assert "not closed" in error.message


def test_unknown_capability_is_pointed_at() -> None:
    text = 'path "a" {\n  capabilities = ["read", "reed"]\n}\n'
    [issue] = lint(text)
    assert issue.severity is Severity.ERROR  # the server refuses the policy
    assert "reed" in issue.message
    line = text.splitlines()[issue.line - 1]
    assert line[issue.column - 1 : issue.column - 1 + issue.length] == '"reed"'


def test_leading_slash_warns_on_the_path_line() -> None:
    [issue] = lint('# c\npath "/secret/*" {\n  capabilities = ["read"]\n}\n')
    assert issue.line == 2 and "leading '/'" in issue.message


def test_deny_with_other_capabilities_warns() -> None:
    assert any(
        "'deny' overrides" in m for m in messages('path "a" { capabilities = ["deny", "read"] }')
    )
    assert lint('path "a" { capabilities = ["deny"] }') == []


def test_sudo_alone_and_sudo_on_wildcard_warn() -> None:
    alone = messages('path "sys/audit" { capabilities = ["sudo"] }')
    assert any("alone grants nothing" in m for m in alone)
    wildcard = messages('path "sys/*" { capabilities = ["read", "sudo"] }')
    assert any("wildcard" in m for m in wildcard)
    assert not any("alone" in m for m in wildcard)


def test_empty_policy_and_empty_block_warn() -> None:
    assert any("empty" in m for m in messages(""))
    assert any("empty" in m for m in messages("# only a comment\n"))
    assert any("lists no capabilities" in m for m in messages('path "a" {}'))
    assert any("Empty capabilities" in m for m in messages('path "a" { capabilities = [] }'))


def test_duplicate_path_warns_and_unknown_keys_are_errors() -> None:
    text = (
        'path "a" { capabilities = ["read"] }\n'
        'path "a" { capabilities = ["list"]\n  colour = "red" }\nnom = "x"\nname = "x"\n'
    )
    found = {i.message: i.severity for i in lint(text)}
    duplicate = next(m for m in found if "already defined on line 1" in m)
    assert found[duplicate] is Severity.WARNING
    assert found["Unknown key 'colour' in a path block."] is Severity.ERROR
    assert found["Unknown top-level key 'nom'; only 'path' blocks."] is Severity.ERROR
    # The server accepts a top-level name.
    assert not any("'name'" in m for m in found)


def test_comments_do_not_confuse_positions() -> None:
    text = '/* path "x" { capabilities = ["bogus"] } */\npath "b" {\n  capabilities = ["nope"]\n}\n'
    [issue] = lint(text)
    assert (issue.line, issue.column) == (3, 19)


def test_server_error_position() -> None:
    message = "failed to parse policy: At 3:1: error parsing list, expected comma"
    assert server_error_position(message) == (3, 1)
    assert server_error_position('invalid capability "reed"') is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('path "{}[]=,#/*\n abcrdelist')), max_size=80))
def test_lint_never_crashes_and_positions_are_inside_the_text(text: str) -> None:
    lines = text.split("\n")
    for issue in lint(text):
        assert 1 <= issue.line <= len(lines) + 1
        assert issue.column >= 1
        assert issue.severity in (Severity.ERROR, Severity.WARNING)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[a-z][a-z0-9/]{0,12}\*?", fullmatch=True),
            st.lists(st.sampled_from(["read", "list", "create", "update", "delete"]), min_size=1),
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda t: t[0],
    )
)
def test_generated_valid_policies_are_clean(blocks: list[tuple[str, list[str]]]) -> None:
    text = ""
    for path, caps in blocks:
        listed = ", ".join(f'"{c}"' for c in caps)
        text += f'path "{path}" {{\n  capabilities = [{listed}]\n}}\n'

    assert lint(text) == []


#: Each text, the level of its one finding, and part of its message. The errors are
#: refused by OpenBao 2.7 (tests/integration/test_policy_lint_server.py proves it against
#: the server); the warnings are accepted by it.
LEVELS = [
    ('path "a/*" { capabilities = ["red"] }', Severity.ERROR, "Unknown capability 'red'"),
    ('path "a/*" { capabilities = ["READ"] }', Severity.ERROR, "Unknown capability 'READ'"),
    ('path "a/*" { capabilities = ["root"] }', Severity.ERROR, "Unknown capability 'root'"),
    ('path "a/*" { capabilites = ["read"] }', Severity.ERROR, "Unknown key 'capabilites'"),
    ('foo = "x"\npath "a/*" { capabilities = ["read"] }', Severity.ERROR, "top-level key 'foo'"),
    ('path "a/*" { policy = "reed" }', Severity.ERROR, "Unknown legacy policy 'reed'"),
    ('path "a/*" { capabilities = "read" }', Severity.ERROR, "must be a list"),
    ('path "a/+*" { capabilities = ["read"] }', Severity.ERROR, "'+*' is not allowed"),
    (
        'path "a/*" {\n capabilities = ["read"]\n list_scan_response_keys_filter_path = "x"\n}',
        Severity.ERROR,
        "needs the 'list' capability",
    ),
    ("", Severity.ERROR, "The policy is empty"),
    ('path "a/*" {\n  capabilities = ["read"\n}\n', Severity.ERROR, "Unexpected"),
    ('path "a/*" {\n  capabilities = ["read"]\n', Severity.ERROR, "not closed"),
    ('path "a/*" { capabilities = ["deny", "red"] }', Severity.WARNING, "ignores it after"),
    ('path "a/*" { capabilities = ["subscribe"] }', Severity.WARNING, "only in Vault"),
    ('path "/a/*" { capabilities = ["read"] }', Severity.WARNING, "leading '/'"),
    ('path "a/*" { capabilities = ["sudo"] }', Severity.WARNING, "alone grants nothing"),
    ('path "a/*" { capabilities = [] }', Severity.WARNING, "Empty capabilities"),
    ('path "a/*" { }', Severity.WARNING, "lists no capabilities"),
    ("# only a comment\n", Severity.WARNING, "The policy is empty"),
]


def test_findings_the_server_refuses_are_errors_the_others_warnings() -> None:
    for text, level, part in LEVELS:
        found = [i for i in lint(text) if part in i.message]
        assert len(found) == 1, (text, lint(text))
        assert found[0].severity is level, (text, found[0])
        if level is Severity.ERROR:
            continue
        assert all(i.severity is Severity.WARNING for i in lint(text)), text


def test_keys_and_capabilities_the_server_accepts_are_clean() -> None:
    for cap in ("create", "read", "update", "patch", "delete", "list", "scan", "sudo"):
        assert lint(f'path "a/b" {{ capabilities = ["{cap}", "read"] }}') == [], cap
    text = (
        'path "a/*" {\n  comment = "why"\n  capabilities = ["read", "list"]\n'
        '  expiration = "2030-01-01T00:00:00Z"\n  pagination_limit = 10\n'
        '  list_scan_response_keys_filter_path = "a/{{ .key }}"\n}\n'
    )
    assert lint(text) == []


# --- The fast way and the slow way agree -----------------------------------------------
#
# lint() first tries a fast check of a strict subset of HCL and falls back to
# python-hcl2 (and a token-by-token scan) for anything else. The fast check must accept
# only what python-hcl2 accepts, and both ways must give the same findings.


def slow_lint(text: str, monkeypatch: pytest.MonkeyPatch) -> list[LintIssue]:
    """lint() as it runs when the fast check refuses the text: python-hcl2 decides."""
    with monkeypatch.context() as patch:
        patch.setattr(policy_lint, "_fast_scan", lambda _text: None)
        return lint(text)


def hcl2_parses(text: str) -> bool:
    try:
        hcl2.loads(text)
    except Exception:  # any refusal counts
        return False
    return True


def assert_ways_agree(text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways give the same findings; True when the fast way took the text."""
    fast = policy_lint._fast_scan(text) is not None
    if fast:
        assert hcl2_parses(text), f"the fast check accepted what python-hcl2 refuses: {text!r}"
    assert lint(text) == slow_lint(text, monkeypatch), text
    return fast


#: Texts in the fast check's subset, each with something it must get right.
IN_SUBSET = [
    GOOD,
    'path "x" { capabilities = ["read"] }',  # a block on one line
    'path "x" {}\npath "y" {\n}\n',
    'path "x" {\n  policy = <<EOT\nread\nEOT\n}\n',
    'path "x" {\n  comment = <<-EOT\n    why\n    EOT\n  capabilities = ["read"]\n}',
    'x = [<<EOT\na\nEOT\n, "b"]\npath "a" { capabilities = ["read"] }',
    'path "a" {\n  capabilities = ["read"]\n  allowed_parameters = {\n    "version" = []\n'
    '    "x" = ["a", "b",]\n    y = [1, 2.5, -3]\n  }\n}\n',
    'path "a" {\n  allowed_parameters = { "a" = [], "b" = ["x"] }\n  capabilities = ["list"]\n}',
    'path "a" { denied_parameters = { "a" : [] } \n capabilities = ["read"] }',
    '# c\n// d\n/* e */\npath "a" { capabilities = ["read"] } # f\n/* g\nh */',
    'path "a" /* c */ { capabilities = ["reed"] }',
    'path "a" { capabilities = [/* c */ "read", "reed" /* d */] }',
    'path "a" {\n  capabilities = [\n    "read", # r\n    "reed" // l\n  ]\n}',
    'path "a" {\n  foo {\n    bar = 1\n  }\n  capabilities = ["read"]\n}',
    'path "a" {\n  capabilities {\n  }\n  capabilities = ["read"]\n}',
    'path "x" {}\npath = 1',
    'name = "p"\npath "x" { capabilities = ["read"] }',
    'path "a" { pagination_limit = 10\n capabilities = ["list"] }',
    'path "a" { x = true\n y = false\n z = null\n capabilities = ["read"] }',
    'path "é/中" { capabilities = ["read", "lïst"] }',
    'path "a\\"b" { capabilities = ["re\\"ad", "\\u0041", "\\\\", "$x", "100%"] }',
    'path "a" { capabilities = [{"read" = "list"}] }',
    'path "a" { capabilities = ["read"]\n capabilities = ["list", "sudo"] }',
    'path "a" { capabilities = "read" }',
    'path "a" { capabilities = 1 }',
    'path "a" { capabilities = foo }',
    'path "a" { capabilities = {} }',
    'path "a" { capabilities = <<EOT\nx\nEOT\n}',
    'path "a" { policy = foo }',
    'foo "a" { capabilities = ["reed"] }',
    'foo path "a" { capabilities = ["reed"] }',
    'path "a" "b" { capabilities = ["reed"] }',
    'path a { capabilities = ["reed"] }',
    'x = y\npath "a" {}',
    'path "a" {}\r\npath "a" {}\r\n',
    "\n\n\n",
    "  \t ",
    'path "a" {\n  x = format\n  y = -1\n  z = { a = 1, b = 2 }\n  w = { a = 1\n b = 2 }\n}',
    'path "a" {\n  capabilities = ["read"]\n  list_scan_response_keys_filter_path = "x"\n}',
    'path "/a/*" { capabilities = ["sudo"] }',
    'path "" { capabilities = ["deny", "x", "sudo"] }',
    'path "a+*" { capabilities = ["read", "subscribe", "recover"] }',
    'path "a" {\n}\npath "a" {\n}\npath "b" {\n}\npath "a" {\n}',
    'path "a" { capabilities = ["read"] }# end',
    'x = <<EOT\na\n/* b\nEOT\npath "a" { capabilities = ["read"] } // /* not open',
]

#: Valid HCL outside the subset: python-hcl2 decides, the findings are the same.
OUTSIDE_SUBSET = [
    'path "x" { capabilities = ["read"] } path "y" {}',  # two blocks on one line
    "a = 1 b = 2",  # python-hcl2 takes two attributes on one line
    "x = <<EOT\nhello\n EOT \nEOT\n",  # the scanners disagree on the closing line
    'path "${x}" { capabilities = ["read"] }',
    'path "a" { capabilities = ["$${x}", "reed"] }',
    'path "a" { capabilities = [["read"]] }',
    'path "a" { capabilities = [["read"]]\n policy = "x" }',
    'path "a" {\n  for = 1\n}',
    'path "a" {\n  x = 1e5\n}',
    'path "a" {\n  x = a.b\n}',
    'path "a" {\n  x = f(1)\n  y = 1 + 2\n  z = a[0]\n}',
    'path "a" { x = { a = 1 b = 2 } }',
    'path "a" {}\rpath "b" {}',
    'path "a" "\n" { capabilities = ["reed"] }',
]

#: Not HCL (python-hcl2 refuses each), though a careless check might take some.
NOT_HCL = [
    'path "x {\n}',  # an unclosed string
    'path "x" {}\n}',  # trailing garbage
    'path "x" { capabilities = ["read"] }\ngarbage',
    'path "x" {\n capabilities = ["read"]\n',  # an unclosed brace
    "a =\n",  # "=" without a value
    "a = ",
    "= 1",
    'path "x" { capabilities = }',
    'path "x" { capabilities = ["read",, "list"] }',
    'path "a" { capabilities = ["read"], }',
    'path "a" { capabilities: ["read"] }',
    'path "a" { "capabilities" = ["read"] }',
    'path "x" {\n  policy = <<EOT\nread\nEOT}\n',
    "x = <<EOT\nhello",
    'path /* c */ "a" { capabilities = ["read"] }',
    'path "a" { capabilities = /* c */ ["read"] }',
    'path "a" { capabilities /* c */ = ["read"] }',
    'path "a" { capabilities = ["read"] }/*end',
    'path "a" { capabilities = ["%{x}"] }',
    'path = 1\npath "x" {}',  # a block named like an attribute before it
    "a { b = 1\n b { } }",
    '\ufeffpath "a" {}',
    'path "a" {\u00a0}',
    "x = 1.",
    'path "a" {}\n/* a */ /* b',  # a block comment left open
    "x = <<EOT\na\nEOT\ny = <<EOT\nb\n",  # a heredoc left open
    "x = <<EOT\na\nEOT  \ny = 1\n",  # nor is this one closed, for python-hcl2
]


def test_the_fast_check_takes_the_plain_policies(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in IN_SUBSET:
        assert assert_ways_agree(text, monkeypatch), f"not taken the fast way: {text!r}"


def test_the_slow_way_lints_the_rest_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in OUTSIDE_SUBSET:
        assert hcl2_parses(text), text
        assert not assert_ways_agree(text, monkeypatch), f"taken the fast way: {text!r}"


def test_what_is_not_hcl_is_left_to_python_hcl2(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in NOT_HCL:
        assert not hcl2_parses(text), text
        assert policy_lint._fast_scan(text) is None, text
        [issue] = lint(text)
        assert issue.severity is Severity.ERROR
        assert lint(text) == slow_lint(text, monkeypatch)


def test_the_existing_examples_lint_alike_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [text for text, _level, _part in LEVELS] + [
        'path "x" {\n  capabilities = ["read"\n}\n',
        'path "a" {}',
        'path "a" { capabilities = ["deny", "read"] }',
        'path "sys/*" { capabilities = ["read", "sudo"] }',
        'path "a" { capabilities = ["read"] }\n'
        'path "a" { capabilities = ["list"]\n  colour = "red" }\nnom = "x"\nname = "x"\n',
        '/* path "x" { capabilities = ["bogus"] } */\npath "b" {\n  capabilities = ["nope"]\n}\n',
    ]
    for text in texts:
        assert_ways_agree(text, monkeypatch)


def test_a_block_named_like_an_earlier_attribute_is_an_error_not_a_crash() -> None:
    [issue] = lint('path = 1\npath "x" {\n  capabilities = ["read"]\n}\n')
    assert issue.severity is Severity.ERROR and "not valid HCL" in issue.message


_NAMES = st.sampled_from(
    ["path", "capabilities", "policy", "allowed_parameters", "name", "comment", "foo",
     "true", "null", "for", "format", "a-b", "_x", "a.b"]
)  # fmt: skip
_STRINGS = st.sampled_from(
    ['"read"', '"list"', '"deny"', '"sudo"', '"reed"', '"subscribe"', '"secret/*"', '"/a"',
     '""', '"a+*"', '"x y"', '"a\\"b"', '"\\\\"', '"${x}"', '"$${x}"', '"%"', '"é中"',
     '"#not a comment"', '"//x"', '"/*x*/"', '"\\q"', '"unclosed']
)  # fmt: skip
_SCALARS = st.one_of(
    _STRINGS,
    _NAMES,
    st.sampled_from(["1", "-1", "1.5", "01", "1e5", "1.", "٣", "a[0]", "f(1)", "1 + 2"]),
    st.sampled_from(["<<EOT\nread\nEOT\n", "<<-EOT\n  x\n  EOT\n", "<<EOT\nx\nEOT  \n"]),
)
_GAPS = st.sampled_from(["", " ", "\n", " # c\n", " // c\n", "/* c */", "\r\n", "\t"])
_LIST_ENDS = st.sampled_from(["", ",", "\n"])
_ITEM_GAPS = st.sampled_from([", ", ",", "\n, ", ",\n", " ", "\n"])
_EQUALS = st.sampled_from([" = ", "=", ": ", " "])


@st.composite
def _values(draw: st.DrawFn, depth: int = 2) -> str:
    kind = draw(st.sampled_from(["scalar", "list", "object"] if depth else ["scalar"]))
    if kind == "scalar":
        return draw(_SCALARS)
    items = draw(st.lists(_values(depth - 1), max_size=3))
    if kind == "list":
        return "[" + draw(_GAPS) + draw(_ITEM_GAPS).join(items) + draw(_LIST_ENDS) + "]"
    pairs = [draw(st.one_of(_STRINGS, _NAMES)) + draw(_EQUALS) + item for item in items]
    return "{" + draw(_GAPS) + draw(_ITEM_GAPS).join(pairs) + draw(_GAPS) + "}"


@st.composite
def _policies(draw: st.DrawFn) -> str:
    """Policies in the fast check's subset and around it; now and then broken."""
    items: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            items.append(draw(_NAMES) + draw(_EQUALS) + draw(_values()))
            continue
        head = draw(st.sampled_from(['path "a/*"', 'path "/b"', 'path "a"', "foo", 'path "x" "y"']))
        body = [
            draw(_NAMES) + draw(_EQUALS) + draw(_values()) for _ in range(draw(st.integers(0, 3)))
        ]
        inside = draw(st.sampled_from(["\n", "\n  ", " # c\n", " "])).join(body)
        items.append(head + draw(_GAPS) + "{" + draw(_GAPS) + inside + draw(_GAPS) + "}")
    text = draw(st.sampled_from(["\n", "\n\n", " # c\n", "\n/* c */\n", " "])).join(items)
    if text and draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(text) - 1))
        text = (
            text[:at] + draw(st.sampled_from(["", "{", "}", "=", '"', ",", "\n"])) + text[at + 1 :]
        )
    return text


@settings(max_examples=300, deadline=None)
@given(_policies())
def test_generated_policies_lint_alike_both_ways(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_ways_agree(text, monkeypatch)


# --- Big policies ---------------------------------------------------------------------

BLOCK = """# team {i}: read its own secrets
path "secret/data/team-{i}/*" {{
  capabilities = ["read", "list"]
  allowed_parameters = {{
    "version" = []
  }}
}}
"""


def big_policy(size: int) -> str:
    """Ordinary path blocks, ``size`` characters of them or a little more."""
    blocks: list[str] = []
    total = 0
    while total < size:
        blocks.append(BLOCK.format(i=len(blocks)))
        total += len(blocks[-1])
    return "".join(blocks)


def test_a_big_plain_policy_is_linted_without_python_hcl2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = big_policy(256 * 1024) + 'path "x/*" {\n  capabilities = ["reed"]\n}\n'

    def refuse(_text: str) -> object:
        raise AssertionError("python-hcl2 was called")

    monkeypatch.setattr(hcl2, "loads", refuse)
    [issue] = lint(text)
    line = text.count("\n") - 1
    assert (issue.line, issue.column, issue.length) == (line, 19, 6)
    assert "reed" in issue.message and issue.severity is Severity.ERROR


def test_a_syntax_error_in_a_big_policy_is_placed_as_python_hcl2_places_it() -> None:
    text = big_policy(64 * 1024)
    lines = text.split("\n")
    broken = len(lines) - 4  # the 'allowed_parameters = {' of the last block, 1-based
    assert lines[broken - 1] == "  allowed_parameters = {"
    lines[broken - 1] = "  allowed_parameters = {,"
    text = "\n".join(lines)
    assert policy_lint._fast_scan(text) is None
    issues = lint(text)
    assert issues == [syntax_error(text)]
    assert (issues[0].line, issues[0].column) == (broken, 25)
    assert issues[0].message.startswith("Unexpected ',")
