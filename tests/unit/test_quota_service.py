"""The quota page's lost-update guard: comparing reads and the three-way view."""

from __future__ import annotations

from adminui.api.vault_models import RateLimitQuota
from adminui.core.quota_rules import QuotaSpec
from adminui.monitor.quota_service import QuotaChange, same_quota, three_way


def quota(rate: float, path: str = "team-a/", node: str = "n1") -> RateLimitQuota:
    return RateLimitQuota(node=node, name="q", path=path, rate=rate, interval=1.0)


def test_two_reads_of_one_quota_are_the_same_whichever_node_answered() -> None:
    assert same_quota(quota(10, node="n1"), quota(10, path="/team-a", node="n2"))
    assert not same_quota(quota(10), quota(11))
    assert same_quota(None, None)
    assert not same_quota(None, quota(10))
    assert not same_quota(quota(10), None)


def test_three_way_lists_only_the_settings_that_differ() -> None:
    mine = QuotaSpec("q", "team-a/", 30, 1.0, 0.0)
    assert three_way(quota(10), quota(20), mine) == [QuotaChange("Rate", "10", "20", "30")]
    created = three_way(None, quota(7, path="team-b/"), mine)
    assert [c.label for c in created] == ["Path", "Rate", "Interval"]
    assert created[0] == QuotaChange("Path", "—", "team-b", "team-a")
    assert three_way(quota(30), quota(30), mine) == []
