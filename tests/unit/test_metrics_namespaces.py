"""Prometheus parsing and requests per namespace from OpenBao's route metrics."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from adminui.core.metrics import parse_prometheus
from adminui.core.metrics_namespaces import (
    has_route_metrics,
    rank,
    rank_routes,
    requests_by_namespace,
    route_totals,
)

# Lines as OpenBao 2.7.2 exposes them (telemetry on, disable_hostname = true).
SCRAPE = """\
# HELP vault_route_read_t1_sys_ vault_route_read_t1_sys_
# TYPE vault_route_read_t1_sys_ summary
vault_route_read_t1_sys_{quantile="0.5"} 0.133
vault_route_read_t1_sys__sum 0.38
vault_route_read_t1_sys__count 3
vault_route_list_t1_t2_sys__count 5
vault_route_create_team_a_x_kv_v2__count 1
vault_route_read_team_a_x_kv_v2__count 4
vault_route_update_sys__count 8
vault_route_update_auth_token__count 2
vault_expire_lease_expiration{cluster="c",namespace="root"} 1
vault_core_handle_request_count +Inf
malformed line here
"""


def test_parser_reads_names_labels_and_values() -> None:
    samples = parse_prometheus(SCRAPE)
    by_name = {s.name: s for s in samples}
    assert by_name["vault_route_read_t1_sys_"].label("quantile") == "0.5"
    assert by_name["vault_expire_lease_expiration"].label("namespace") == "root"
    assert math.isinf(by_name["vault_core_handle_request_count"].value)
    assert "malformed" not in by_name


def test_requests_are_attributed_to_the_longest_known_namespace() -> None:
    counts = requests_by_namespace(parse_prometheus(SCRAPE), ["t1", "t1/t2", "team-a.x"])
    assert counts == {"t1": 3, "t1/t2": 5, "team-a.x": 5, "": 10}


def test_without_route_metrics_it_says_so() -> None:
    assert has_route_metrics(parse_prometheus(SCRAPE))
    assert not has_route_metrics(parse_prometheus("vault_core_unsealed 1\n"))


def test_ranking_over_a_window_handles_restarted_counts() -> None:
    before = route_totals(parse_prometheus(SCRAPE), "n1")
    after_text = SCRAPE.replace("list_t1_t2_sys__count 5", "list_t1_t2_sys__count 25").replace(
        "read_t1_sys__count 3",
        "read_t1_sys__count 1",  # expired and came back: 1 new
    )
    after = route_totals(parse_prometheus(after_text), "n1")
    rows = rank_routes(before, after, ["t1", "t1/t2", "team-a.x"], 10.0)
    assert [(r.namespace, r.requests) for r in rows] == [("t1/t2", 20), ("t1", 1)]
    assert rows[0].per_second == 2.0
    assert rank({"a": 5}, {"a": 5}, 1.0) == []


@given(st.text(max_size=300))
def test_parser_never_raises(text: str) -> None:
    parse_prometheus(text)
