"""Policy diffs and the three-way merge used after a concurrent change."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adminui.core.policy_diff import LineTag, diff_lines, merge3, same_policy, unified_diff
from adminui.core.quota_rules import (
    QuotaSpec,
    cluster_rate,
    format_duration,
    parse_duration,
    quota_path,
    validate_quota,
)


def test_unified_diff_names_both_sides_and_the_change() -> None:
    diff = unified_diff("a\nb\n", "a\nc\n", "server", "editor")
    assert diff.splitlines()[:2] == ["--- server", "+++ editor"]
    assert "-b" in diff.splitlines() and "+c" in diff.splitlines()
    assert unified_diff("a\n", "a") == ""


def test_diff_lines_number_both_sides() -> None:
    lines = diff_lines("a\nb\nc", "a\nx\nc")
    assert [(line.tag, line.text) for line in lines] == [
        (LineTag.SAME, "a"),
        (LineTag.REMOVED, "b"),
        (LineTag.ADDED, "x"),
        (LineTag.SAME, "c"),
    ]
    assert lines[1].old_line == 2 and lines[2].new_line == 2 and lines[3].old_line == 3


def test_same_policy_ignores_line_endings_and_trailing_space() -> None:
    assert same_policy("a\r\nb\n\n", "a\nb")
    assert not same_policy("a\nb", "a\nc")


def test_merge_of_separate_edits_is_clean() -> None:
    base = "1\n2\n3\n4\n5\n"
    result = merge3(base, "1\nTWO\n3\n4\n5\n", "1\n2\n3\n4\nFIVE\n")
    assert result.conflicts == 0
    assert result.text == "1\nTWO\n3\n4\nFIVE\n"


def test_merge_of_overlapping_edits_marks_a_conflict() -> None:
    result = merge3("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n")
    assert result.conflicts == 1
    assert "<<<<<<< editor\nmine\n=======\ntheirs\n>>>>>>> server" in result.text


def test_merge_of_identical_edits_is_clean() -> None:
    assert merge3("a\n", "b\n", "b\n").text == "b\n"


@given(st.lists(st.sampled_from(["x", "y", "z", "w"]), max_size=8), st.data())
def test_merge_with_an_unchanged_side_takes_the_other(base: list[str], data: st.DataObject) -> None:
    other = data.draw(st.lists(st.sampled_from(["x", "y", "q"]), max_size=8))
    b, o = "\n".join(base), "\n".join(other)
    assert same_policy(merge3(b, b, o).text, o)
    assert same_policy(merge3(b, o, b).text, o)


def test_durations_and_quota_validation() -> None:
    assert parse_duration("1s") == 1.0
    assert parse_duration("500ms") == 0.5
    assert parse_duration("2m") == 120.0
    assert parse_duration("3") == 3.0
    assert parse_duration("soon") is None
    assert format_duration(60) == "1m" and format_duration(1.5) == "1.5s"
    assert quota_path("t1/t2", "secret") == "t1/t2/secret/"
    assert quota_path("", "") == ""
    assert validate_quota(QuotaSpec("q", "t1/", 5, 1, 0)) == []
    problems = validate_quota(QuotaSpec("bad name", "/t1", 0, 0.5, -1))
    assert len(problems) == 5
    assert cluster_rate(5, 3) == 15
