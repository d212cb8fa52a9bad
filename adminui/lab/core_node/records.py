"""Service records built from a REST create request or from a node's own settings."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.state import (
    CORE_KIND,
    MAIN_TENANT,
    PRIVATE,
    STATUSES,
    TENANTS,
    core_name,
)

VERSION = "4.0.0-lab"
MAX_TEXT = 255


def _text(body: Mapping[str, Any], key: str, default: str = "") -> str:
    value = body.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str | int) or isinstance(value, bool) or len(str(value)) > MAX_TEXT:
        raise ApiError(400, f"invalid {key}", key)
    return str(value).strip()


def base_record(sid: str, kind: str, fqdn: str, now_iso: str, now: float) -> dict[str, Any]:
    return {
        "id": sid,
        "tenantID": MAIN_TENANT["id"],
        "tenantName": MAIN_TENANT["name"],
        "resourceID": "",
        "kind": kind,
        "name": "",
        "address": "",
        "fqdn": fqdn,
        "status": "green",
        "apiPort": "",
        "created": now_iso,
        "updated": now_iso,
        "version": VERSION,
        "warning": "",
        PRIVATE: now,
    }


def from_create_body(body: Any, now_iso: str, now: float) -> dict[str, Any]:
    """A new service from ``POST /api/v3/services/create`` (raises ApiError 400)."""
    if not isinstance(body, dict):
        raise ApiError(400, "request body must be a JSON object")
    resource_id = _text(body, "resourceID")
    if not resource_id:
        raise ApiError(400, "resourceID is required", "resourceID")
    kind = _text(body, "kind", "collector") or "collector"
    fqdn = _text(body, "fqdn")
    sid = str(uuid.uuid4())
    record = base_record(sid, kind, fqdn, now_iso, now)
    tenant_id = _text(body, "tenantID", MAIN_TENANT["id"])
    tenant = next((t for t in TENANTS if t["id"] == tenant_id), None)
    if tenant is None:
        raise ApiError(400, "unknown tenant", tenant_id)
    default_status = "red" if kind == CORE_KIND else "green"
    status = _text(body, "status", default_status) or default_status
    if status not in STATUSES:
        raise ApiError(400, "invalid status", status)
    default_name = core_name(sid, fqdn) if kind == CORE_KIND else f"{kind}-{sid[:8]}"
    record.update(
        resourceID=resource_id,
        tenantID=tenant["id"],
        tenantName=tenant["name"],
        name=_text(body, "name") or default_name,
        address=_text(body, "address"),
        apiPort=_text(body, "apiPort"),
        warning=_text(body, "warning"),
        status=status,
    )
    return record


def own_core_record(
    sid: str, fqdn: str, address: str, api_port: int, now_iso: str, now: float
) -> dict[str, Any]:
    """The Core service a bootstrap node registers for itself."""
    record = base_record(sid, CORE_KIND, fqdn, now_iso, now)
    record.update(
        resourceID=f"core-resource-{sid}",
        name=core_name(sid, fqdn),
        address=address,
        apiPort=str(api_port),
    )
    return record
