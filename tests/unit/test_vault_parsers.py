"""Every OpenBao response parser, fed arbitrary JSON, returns a result or BadResponse."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adminui.api import vault_parse as p
from adminui.api.errors import BadResponse

# Field names the parsers look for, so that generated objects reach deep code paths.
KEYS = [
    "data",
    "keys",
    "key_info",
    "errors",
    "warnings",
    "nodes",
    "servers",
    "config",
    "voters",
    "leader",
    "healthy",
    "failure_tolerance",
    "last_contact",
    "last_term",
    "last_index",
    "node_id",
    "address",
    "voter",
    "api_address",
    "active_node",
    "last_echo",
    "sealed",
    "initialized",
    "standby",
    "t",
    "n",
    "progress",
    "version",
    "server_time_utc",
    "ha_enabled",
    "is_self",
    "leader_address",
    "raft_committed_index",
    "raft_applied_index",
    "path",
    "id",
    "uuid",
    "locked",
    "custom_metadata",
    "status",
    "unlock_key",
    "policy",
    "rules",
    "name",
    "rate",
    "interval",
    "block_interval",
    "inheritable",
    "rate_limit_exempt_paths",
    "capabilities",
    "kv/data/x",
    "policies",
    "ttl",
    "meta",
    "expire_time",
    "metadata",
    "versions",
    "1",
    "x",
    "current_version",
    "type",
    "options",
    "kv/",
    "connection_details",
    "connection_url",
    "allowed_roles",
    "rotation_period",
    "rotation_statements",
    "password",
    "username",
    "keys_base64",
    "root_token",
    "node1",
    "enable_rate_limit_response_headers",
    "created_time",
    "destroyed",
    "joined",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["2.77s", "1m30s", "0", "-5ms", "1e9h", "abc", "1.5.5s", "", "12"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=5)), children, max_size=6
        ),
    ),
    max_leaves=30,
)
bodies = st.one_of(json_values, st.builds(lambda d: {"data": d}, json_values))

PARSERS: dict[str, Callable[[Any, str], Any]] = {
    "key_list": p.parse_key_list,
    "health_200": partial(p.parse_health, 200),
    "health_999": partial(p.parse_health, 999),
    "leader": p.parse_leader,
    "ha_status": p.parse_ha_status,
    "seal_status": p.parse_seal_status,
    "init_status": p.parse_init_status,
    "init_result": p.parse_init_result,
    "raft_configuration": p.parse_raft_configuration,
    "autopilot_state": p.parse_autopilot_state,
    "namespace": p.parse_namespace,
    "namespace_list": p.parse_namespace_list,
    "namespace_deletion": p.parse_namespace_deletion,
    "namespace_lock": p.parse_namespace_lock,
    "policy": p.parse_policy,
    "rate_limit_quota": p.parse_rate_limit_quota,
    "quota_config": p.parse_quota_config,
    "capabilities": partial(p.parse_capabilities, paths=("kv/data/x",)),
    "token_info": p.parse_token_info,
    "kv_secret": p.parse_kv_secret,
    "kv_write": p.parse_kv_write,
    "kv_metadata": p.parse_kv_metadata,
    "mounts": p.parse_mounts,
    "database_connection": partial(p.parse_database_connection, name="c"),
    "static_role": partial(p.parse_static_role, name="r"),
    "static_creds": p.parse_static_creds,
    "warnings": lambda body, node: p.parse_warnings(body),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies)
def test_parsers_raise_only_bad_response(name: str, body: Any) -> None:
    with contextlib.suppress(BadResponse):
        PARSERS[name](body, "http://127.0.0.1:8200")


@given(text=st.text(max_size=30))
def test_go_duration_parser_raises_only_bad_response(text: str) -> None:
    try:
        value = p.parse_go_duration(text)
    except BadResponse:
        return
    assert isinstance(value, float)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0", 0.0),
        ("0s", 0.0),
        ("2.77s", 2.77),
        ("150ms", 0.15),
        ("1m30s", 90.0),
        ("1h0m0s", 3600.0),
        ("3µs", 3e-6),
        ("-1.5s", -1.5),
    ],
)
def test_go_durations(text: str, seconds: float) -> None:
    assert p.parse_go_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "s", "1", "1.2.3s", "1x", "٣s", "+"])
def test_bad_go_durations(text: str) -> None:
    with pytest.raises(BadResponse):
        p.parse_go_duration(text)


def test_parsers_tolerate_unknown_fields() -> None:
    body = {"data": {"keys": ["b", "a"], "brand_new_field": {"nested": [1, 2]}}}
    assert p.parse_key_list(body, "n").keys == ("a", "b")
    leader = p.parse_leader({"is_self": True, "future": None}, "n")
    assert leader.is_self and leader.raft_committed_index is None
