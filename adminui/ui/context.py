"""Pages act on a cluster through its connection (kept under this name for the pages)."""

from __future__ import annotations

from adminui.monitor.connection import ClusterConnection, Session

ClusterContext = ClusterConnection

__all__ = ["ClusterConnection", "ClusterContext", "Session"]
