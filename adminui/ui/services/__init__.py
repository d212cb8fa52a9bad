"""Core "Active services": the table, adding a Core service, copying IDs (F7, F8)."""

from adminui.ui.services.page import ServicesPage

__all__ = ["ServicesPage"]
