"""The audit log page (F19)."""

from adminui.ui.audit.page import AuditPage

__all__ = ["AuditPage"]
