"""Offline policy lint: syntax errors with positions, warnings where they belong."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from adminui.core.policy_lint import Severity, lint, server_error_position, syntax_error

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
