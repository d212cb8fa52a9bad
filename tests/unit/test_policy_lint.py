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
    assert issue.severity is Severity.WARNING
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


def test_duplicate_path_and_unknown_keys_warn() -> None:
    text = (
        'path "a" { capabilities = ["read"] }\n'
        'path "a" { capabilities = ["list"]\n  colour = "red" }\nname = "x"\n'
    )
    found = messages(text)
    assert any("already defined on line 1" in m for m in found)
    assert any("Unknown key 'colour'" in m for m in found)
    assert any("Unknown top-level key 'name'" in m for m in found)


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
