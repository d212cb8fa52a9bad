"""Recovery plans: the node kept, peers.json, when no plan is needed; the local memory."""

from __future__ import annotations

import json
from pathlib import Path

from adminui.core.recovery_plan import RaftMemory, RememberedServer, kuma_plan, openbao_plan
from adminui.profiles.raft_memory_store import RaftMemoryStore

A, B, C = "http://10.0.0.1:8200", "http://10.0.0.2:8200", "http://10.0.0.3:8200"
MEMORY = RaftMemory(
    "prod",
    (
        RememberedServer("bao-1", "10.0.0.1:8201", A),
        RememberedServer("bao-2", "10.0.0.2:8201", B),
        RememberedServer("bao-3", "10.0.0.3:8201", C),
        RememberedServer("bao-r", "10.0.0.9:8201", "http://10.0.0.9:8200", voter=False),
    ),
    {A: 120, B: 118, C: 131},
)


def test_with_two_voters_gone_the_survivor_is_kept_even_with_a_lower_index() -> None:
    plan = openbao_plan(MEMORY, {B}, has_leader=False)
    assert plan.needed and plan.keep is not None
    assert plan.keep.server.node_id == "bao-2" and plan.keep.answers
    assert json.loads(plan.peers_json) == [
        {"id": "bao-2", "address": "10.0.0.2:8201", "non_voter": False}
    ]
    assert [c.server.node_id for c in plan.candidates] == ["bao-2", "bao-3", "bao-1"]
    assert "1 of 3 voters answer and 2 are needed" in plan.why
    assert "(bao-3, bao-1)" in plan.steps[0]


def test_with_every_voter_down_the_highest_applied_index_is_kept() -> None:
    plan = openbao_plan(MEMORY, set(), has_leader=False)
    assert plan.keep is not None and plan.keep.server.node_id == "bao-3"
    assert "(131)" in plan.why


def test_no_plan_is_needed_with_a_leader_or_a_majority_and_none_without_a_memory() -> None:
    assert not openbao_plan(MEMORY, {A, B}, has_leader=False).needed
    assert not openbao_plan(MEMORY, {A}, has_leader=True).needed
    unknown = openbao_plan(RaftMemory("new"), set(), has_leader=False)
    assert not unknown.needed and "has not seen" in unknown.why


def test_kuma_plan_resets_the_node_kept_and_removes_the_others() -> None:
    plan = kuma_plan(["c1", "c2", "c3"], {"c1"}, keep="c1")
    assert plan.needed and "raft/.reset" in plan.steps[0] and "c2, c3" in plan.steps[3]
    assert not kuma_plan(["c1", "c2", "c3"], {"c1", "c2"}, keep="c1").needed


def test_the_memory_survives_a_restart_and_a_broken_file_is_forgotten(tmp_path: Path) -> None:
    store = RaftMemoryStore(tmp_path)
    store.save(MEMORY)
    assert RaftMemoryStore(tmp_path).load("prod") == MEMORY
    for path in (tmp_path / "raft-memory").glob("*.json"):
        path.write_text("{not json")
    assert RaftMemoryStore(tmp_path).load("prod") == RaftMemory("prod")
