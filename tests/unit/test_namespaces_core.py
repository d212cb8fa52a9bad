"""Namespace naming rules, the tree index, its search and its diffs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adminui.core.namespaces import (
    NamespaceEntry,
    NamespaceIndex,
    ancestors,
    canonical_path,
    name_key,
    name_problem,
    natural_sorted,
    path_problem,
)
from adminui.core.namespaces_blueprint import BlueprintSpec, render_policy, spec_problems


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "empty"),
        ("a/b", "'/'"),
        ("sys", "reserved"),
        ("root", "reserved"),
        ("..", "reserved"),
        ("bad name", "spaces"),
        ("tab\there", "spaces"),
        ("wild*", "wildcard"),
        ("plus+", "wildcard"),
        ("ctrl\x07", "U+0007"),
    ],
)
def test_names_the_server_refuses(name: str, fragment: str) -> None:
    assert fragment in name_problem(name)


@pytest.mark.parametrize("name", ["team-a.x", "UPPER_x", "ünïcode", "a1"])
def test_names_the_server_accepts(name: str) -> None:
    assert name_problem(name) == ""


def test_paths_are_checked_per_segment() -> None:
    assert path_problem("ok/sys/x")
    assert path_problem("/ok/fine/") == ""
    assert canonical_path("/a//b/") == "a/b"
    assert ancestors("a/b/c") == ["a", "a/b"]


def entries(*paths: str) -> list[NamespaceEntry]:
    return [NamespaceEntry(p) for p in paths]


def test_index_children_counts_and_missing_parents() -> None:
    index = NamespaceIndex(entries("b", "a/y", "a/x", "c/d/e"))
    assert index.kids("") == ["a", "b", "c"]
    assert index.kids("a") == ["a/x", "a/y"]
    assert "c/d" in index  # named only through its child
    assert index.child_count("a") == 2
    assert index.descendant_counts()["c"] == 2
    assert index.descendant_count("") == len(index)
    assert index.subtree("c") == ["c/d/e", "c/d", "c"]


def test_matching_keeps_ancestors_and_reads_metadata() -> None:
    index = NamespaceIndex(
        [*entries("a", "a/b", "a/b/target", "z"), NamespaceEntry("m", custom_metadata={"o": "Ops"})]
    )
    assert index.matching("") is None
    assert index.matching("TARG") == {"a", "a/b", "a/b/target"}
    assert index.matching("o=ops") == {"m"}
    assert index.matching("nothing") == set()


def test_diff() -> None:
    old = NamespaceIndex(entries("a", "b"))
    new = NamespaceIndex([NamespaceEntry("a", locked=True), *entries("c")])
    diff = old.diff(new)
    assert diff.added == {"c"} and diff.removed == {"b"} and diff.changed == {"a"}
    assert old.diff(old).empty


def test_with_children_replaces_one_level_lazily() -> None:
    index = NamespaceIndex(entries("a", "b", "a/x", "a/x/deep"), complete=False)
    index.listed = {"", "a", "a/x"}
    newer = index.with_children("a", entries("a/x", "a/new"))
    assert newer.kids("a") == ["a/new", "a/x"]
    assert "a/x/deep" in newer  # below a child that is still there
    assert newer.is_listed("a") and not newer.is_listed("b")
    gone = index.with_children("a", [])
    assert "a/x" not in gone and "a/x/deep" not in gone


@given(st.lists(st.from_regex(r"[a-c]{1,2}(/[a-c]{1,2}){0,2}", fullmatch=True), max_size=30))
def test_index_is_consistent_for_any_paths(paths: list[str]) -> None:
    index = NamespaceIndex(entries(*paths))
    for path in paths:
        assert path in index
        assert path in index.kids(path.rpartition("/")[0])
    assert sum(len(k) for k in index.children.values()) == len(index)


def test_children_are_in_natural_order() -> None:
    index = NamespaceIndex(entries("007", "10", "100", "2", "9", "t/app-10", "t/app-9", "t/App-2"))
    assert index.kids("") == ["2", "007", "9", "10", "100", "t"]
    assert index.kids("t") == ["t/App-2", "t/app-9", "t/app-10"]


def test_natural_order_ties_are_broken_by_zeros_then_case() -> None:
    assert natural_sorted(["007", "07", "7", "8"]) == ["7", "07", "007", "8"]
    assert natural_sorted(["b", "a", "B", "A"]) == ["A", "a", "B", "b"]
    assert natural_sorted(["x2a", "x10", "x2"]) == ["x2", "x2a", "x10"]
    # A parent comes right before its children, whatever follows its name.
    assert natural_sorted(["a-b", "a/10", "a", "a/2"]) == ["a", "a/2", "a/10", "a-b"]


_NAMES = st.from_regex(r"[aAbB0-9]{0,6}", fullmatch=True)


@given(_NAMES, _NAMES, _NAMES)
def test_natural_order_is_total_and_transitive(a: str, b: str, c: str) -> None:
    assert (name_key(a) == name_key(b)) == (a == b)
    if name_key(a) <= name_key(b) <= name_key(c):
        assert name_key(a) <= name_key(c)


_PATHS = st.lists(
    st.lists(
        st.sampled_from(["a", "A", "b", "2", "10", "02", "x-1", "app-9"]), min_size=1, max_size=4
    ).map("/".join),
    max_size=40,
)


@given(_PATHS)
def test_natural_order_of_the_index_is_natural_sorted(paths: list[str]) -> None:
    index = NamespaceIndex(entries(*paths))  # missing parents included
    assert index.natural_order() == natural_sorted(p for p in index.entries if p)


def _fresh_matching(tree: list[NamespaceEntry], text: str) -> set[str] | None:
    """What a search gives without any earlier search to start from (ancestors walked
    up one by one)."""
    needle = text.strip().casefold()
    if not needle:
        return None
    index = NamespaceIndex(tree)
    texts = {
        e.path: (e.path + "".join(f"\x00{k}={v}" for k, v in e.custom_metadata.items()))
        for e in index.entries.values()
    }
    shown = {path for path, t in texts.items() if needle in t.casefold()}
    for path in list(shown):
        shown.update(ancestors(path))
    return shown


_TREE = [
    *entries("t", "t/app-1", "t/app-2", "u/x/app-10", "team", "deep/er/est"),
    NamespaceEntry("m", custom_metadata={"env": "Prod", "owner": "team-3"}),
]


def test_matching_while_typing_and_deleting_agrees_with_a_fresh_search() -> None:
    index = NamespaceIndex(_TREE)
    index.prepare_search()
    typed = ["a", "ap", "app", "app-1", "app-", "x", "", "p", "pr", "PROD", "e", "t", "te"]
    typed += ["tea", "team-3", "te", "t", "e", "es", "est", "zz", "zzz", "z", "/", "t/"]
    for text in typed:
        assert index.matching(text) == _fresh_matching(_TREE, text), text


def test_matching_everything_shows_every_namespace() -> None:
    index = NamespaceIndex(entries("ta", "ta/tb", "tc/td"))
    assert index.matching("t") == {"ta", "ta/tb", "tc", "tc/td"}
    assert index.matching("T") == index.matching("t")


@given(
    st.lists(
        st.lists(st.sampled_from(["ab", "ba", "a-1", "b10", "c"]), min_size=1, max_size=3).map(
            "/".join
        ),
        max_size=25,
    ),
    st.lists(st.text(alphabet="abc-1/ ", max_size=4), max_size=12),
)
def test_matching_any_sequence_agrees_with_a_fresh_search(
    paths: list[str], texts: list[str]
) -> None:
    tree = entries(*paths)
    index = NamespaceIndex(tree)
    for text in texts:
        assert index.matching(text) == _fresh_matching(tree, text), text


def test_blueprint_policy_rendering_and_checks() -> None:
    spec = BlueprintSpec("org/team-a", kv_mount="secrets")
    text = render_policy(spec)
    assert 'path "secrets/data/*"' in text and "team-a" in text
    assert spec_problems(spec) == []
    bad = BlueprintSpec("org/sys", policy_name="root", policy_template="${nope}")
    problems = " ".join(spec_problems(bad))
    assert "reserved" in problems and "nope" in problems
