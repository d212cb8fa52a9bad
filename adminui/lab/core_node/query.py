"""``GET /api/v3/services`` query rules: filters and pages, as KUMA documents them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.state import CORE_KIND

PAGE_SIZE = 250
KNOWN = {"page", "id", "tenantID", "kind", "name", "fqdn", "paired"}


def page_number(query: Mapping[str, Sequence[str]]) -> int:
    """The requested page (from 1; 1 when absent)."""
    values = query.get("page") or ["1"]
    try:
        page = int(values[-1])
    except ValueError:
        raise ApiError(400, "invalid page", values[-1]) from None
    if page < 1:
        raise ApiError(400, "invalid page", values[-1])
    return page


def _regex(query: Mapping[str, Sequence[str]], key: str) -> re.Pattern[str] | None:
    values = query.get(key)
    if not values:
        return None
    try:
        return re.compile(values[-1], re.IGNORECASE)
    except re.error as exc:
        raise ApiError(400, f"invalid {key} regular expression", str(exc)) from None


def is_paired(service: Mapping[str, Any], members: Mapping[str, str]) -> bool:
    """Lab meaning of ``paired``: the service has a running instance."""
    if service.get("kind") == CORE_KIND:
        return service.get("id") in members
    return service.get("status") != "gray"


def select(
    services: Sequence[Mapping[str, Any]],
    members: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
) -> list[Mapping[str, Any]]:
    """One page of the services that match ``query`` (repeated keys are OR-ed)."""
    page = page_number(query)
    name, fqdn = _regex(query, "name"), _regex(query, "fqdn")
    sets = {key: set(query[key]) for key in ("id", "tenantID", "kind") if query.get(key)}
    paired = "paired" in query

    def matches(svc: Mapping[str, Any]) -> bool:
        if any(str(svc.get(key, "")) not in wanted for key, wanted in sets.items()):
            return False
        if name is not None and not name.search(str(svc.get("name", ""))):
            return False
        if fqdn is not None and not fqdn.search(str(svc.get("fqdn", ""))):
            return False
        return not paired or is_paired(svc, members)

    found = [svc for svc in services if matches(svc)]
    start = (page - 1) * PAGE_SIZE
    return found[start : start + PAGE_SIZE]
