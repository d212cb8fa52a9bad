"""The namespaces page: tree, actions, tenant blueprint and load ranking."""

from adminui.ui.namespaces.page import NamespacesPage

__all__ = ["NamespacesPage"]
