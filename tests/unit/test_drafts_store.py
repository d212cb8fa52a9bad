"""Local drafts and saved-version history survive restarts and torn writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from adminui.core.capability_rules import allows, allows_all, denial_reason
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory, PolicyKey, default_data_dir

KEY = PolicyKey("lab", "t1/t2", "reader")


def test_draft_round_trip_and_discard(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    assert store.load(KEY) is None
    store.save(KEY, "mine", "base")
    again = DraftStore(tmp_path).load(KEY)  # a new process sees it
    assert again is not None and (again.text, again.base, again.key) == ("mine", "base", KEY)
    assert DraftStore(tmp_path).load(PolicyKey("lab", "t1", "reader")) is None
    assert [d.key for d in store.all()] == [KEY]
    store.discard(KEY)
    assert store.load(KEY) is None and store.all() == []


def test_unreadable_draft_is_ignored(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save(KEY, "x", "")
    next(store.root.glob("*.json")).write_text("{not json", encoding="utf-8")
    assert store.load(KEY) is None


def test_history_appends_versions_and_skips_a_torn_line(tmp_path: Path) -> None:
    history = PolicyHistory(tmp_path)
    assert history.entries(KEY) == []
    history.record(KEY, "v1", "http://127.0.0.1:1")
    history.record(KEY, "v2")
    with next(history.root.glob("*.jsonl")).open("a", encoding="utf-8") as handle:
        handle.write('{"profile": "lab", "trunc')
    entries = PolicyHistory(tmp_path).entries(KEY)
    assert [(e.version, e.text) for e in entries] == [(1, "v1"), (2, "v2")]
    assert entries[0].node == "http://127.0.0.1:1"


def test_data_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ADMINUI_DATA_DIR", str(tmp_path))
    assert default_data_dir() == tmp_path
    DraftStore().save(KEY, "t", "")
    assert list((tmp_path / "policy-drafts").glob("*.json"))


def test_capability_rules() -> None:
    assert allows(["root"], {"delete"})
    assert allows(["read", "delete"], {"delete"})
    assert not allows(["read"], {"delete"})
    assert not allows(["deny", "delete"], {"delete"})
    assert denial_reason(["read"], {"delete"}, "sys/x", read_only=False, writes=True) == (
        "the token lacks delete on sys/x (it has: read)"
    )
    assert denial_reason(None, {"delete"}, "p", read_only=False, writes=True) is None
    assert denial_reason(["root"], {"x"}, "p", read_only=True, writes=True) == (
        "read-only profile: changes are disabled"
    )
    assert denial_reason(["list"], {"list"}, "p", read_only=True, writes=False) is None
    # Endpoints that need two capabilities at once (sys/seal: sudo and update).
    assert allows_all(["update", "sudo", "read"], {"sudo", "update"})
    assert not allows_all(["update"], {"sudo", "update"})
    assert allows_all(["root"], {"sudo", "update"})
    assert not allows_all(["deny"], {"read"})


def test_two_consoles_keep_a_draft_each_and_never_drop_the_others(tmp_path: Path) -> None:
    """One's autosave never overwrites the other's; one's save never deletes the other's."""
    first, second = DraftStore(tmp_path), DraftStore(tmp_path)
    first.save(KEY, "first's text", "base")
    second.save(KEY, "second's text", "base")
    assert first.load(KEY).text == "first's text"  # type: ignore[union-attr]
    assert second.load(KEY).text == "second's text"  # type: ignore[union-attr]
    first.discard(KEY)  # the first console saved its text to the server
    assert second.load(KEY).text == "second's text"  # type: ignore[union-attr]
    # The first console opens the policy again: it sees the second's draft, which stays
    # the second's while that console runs.
    assert first.load(KEY).text == "second's text"  # type: ignore[union-attr]
    first.discard(KEY)
    assert [d.text for d in DraftStore(tmp_path).all()] == ["second's text"]


def test_the_draft_of_a_console_that_is_gone_is_taken_over(tmp_path: Path) -> None:
    gone = DraftStore(tmp_path, owner="999999999-dead")  # no such process
    gone.save(KEY, "unsaved before the crash", "base")
    heir = DraftStore(tmp_path)
    assert heir.load(KEY).text == "unsaved before the crash"  # type: ignore[union-attr]
    heir.discard(KEY)  # saved by the new console: nothing is left behind
    assert DraftStore(tmp_path).all() == []


def test_temporary_files_a_kill_left_behind_are_removed_on_start(tmp_path: Path) -> None:
    import os
    import time

    folder = tmp_path / "policy-drafts"
    folder.mkdir()
    old, fresh = folder / ".tmp-old.json", folder / ".tmp-fresh.json"
    old.write_text("{")
    fresh.write_text("{")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    DraftStore(tmp_path)
    assert not old.exists() and fresh.exists()  # one being written now is left alone
