"""Pure rules of the Core services page: meanings, changes, checks, install command."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adminui.core import services as rules

ID = "81512176-1bc8-43f6-8fc7-71cc7f380d65"


def test_every_documented_colour_has_a_meaning() -> None:
    for colour in ("green", "red", "yellow", "purple", "gray"):
        assert rules.meaning(colour) != rules.UNKNOWN_MEANING
    assert "deleted tenant" in rules.meaning("GRAY")
    assert rules.meaning("blue") == rules.UNKNOWN_MEANING
    assert rules.status_rank("green") < rules.status_rank("red") < rules.status_rank("blue")


def test_changed_since_lists_changed_and_new_ids_only() -> None:
    baseline = {"a": "green", "b": "green", "gone": "red"}
    current = {"a": "green", "b": "red", "new": "green"}
    assert rules.changed_since(baseline, current) == {"b", "new"}
    diff = rules.diff_statuses(baseline, current)
    assert diff.added == {"new"} and diff.removed == {"gone"} and diff.changed == {"b"}
    assert rules.diff_statuses(current, current).empty


@given(st.dictionaries(st.text(max_size=4), st.sampled_from(rules.STATUS_ORDER)))
def test_nothing_changed_against_itself(statuses: dict[str, str]) -> None:
    assert rules.changed_since(statuses, statuses) == set()


def test_matches_filters() -> None:
    fields = ("core", "core-1", "core1.lab", ID)
    assert rules.matches(fields, "green", "core", statuses=set(), kinds=set(), text="")
    assert rules.matches(fields, "green", "core", statuses={"green"}, kinds={"core"}, text="CORE1")
    assert not rules.matches(fields, "red", "core", statuses={"green"}, kinds=set(), text="")
    assert not rules.matches(fields, "green", "core", statuses=set(), kinds={"collector"}, text="")
    assert not rules.matches(fields, "green", "core", statuses=set(), kinds=set(), text="zzz")


def test_core_for_host_ignores_case_and_trailing_dot() -> None:
    cores = [("id1", "core1.example.com"), ("id2", "Core2.Example.com")]
    assert rules.core_for_host(cores, "CORE2.example.com.") == "id2"
    assert rules.core_for_host(cores, "core3.example.com") is None
    assert rules.core_for_host(cores, "") is None


def test_even_count_warning() -> None:
    assert rules.even_after_adding(3)  # 3 + 1 = 4
    assert not rules.even_after_adding(4)  # 5


def test_valid_fqdn() -> None:
    assert rules.valid_fqdn("core-2.example.com")
    assert not rules.valid_fqdn("core 2")
    assert not rules.valid_fqdn("-bad.example.com")
    assert not rules.valid_fqdn("")


def test_install_command_is_exactly_the_documented_form() -> None:
    assert (
        rules.install_command("core1.example.com", 7209, ID)
        == f"kuma core --raft.join core1.example.com:7209 --id {ID} --install"
    )
    full = rules.install_command("core1.example.com", 7210, ID, with_documented_flags=True)
    assert full.startswith(f"kuma core --raft.join core1.example.com:7210 --id {ID} ")
    assert full.endswith(" --install")
    for flag in ("--raft.node.listen 0.0.0.0:7209", "--health 0.0.0.0:7208", "--rest 0.0.0.0:7223"):
        assert flag in full
    assert "install.sh" not in full and "sudo" not in full


def test_format_uptime() -> None:
    assert rules.format_uptime(None) == ""
    assert rules.format_uptime(59) == "00:00:59"
    assert rules.format_uptime(3 * 86400 + 4 * 3600 + 5 * 60 + 6) == "3d 04:05:06"
