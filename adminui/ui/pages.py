"""The pages a cluster offers besides its overview, by cluster kind.

Each entry builds its page lazily (when its tab is first shown), so opening the console
costs no extra requests or imports.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from adminui.core.cluster import ClusterKind
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import QT_TRANSLATE_NOOP

PageFactory = Callable[[ClusterContext, AsyncBridge], QWidget]


@dataclass(frozen=True)
class PageEntry:
    """A page: a key that never changes (saved in the window state, used to open it),
    its tab title, and where its class lives (module, class name)."""

    key: str
    title: str
    module: str
    class_name: str

    def available(self) -> bool:
        """Whether the page's module exists (found without importing it)."""
        try:
            return importlib.util.find_spec(self.module) is not None
        except ImportError:
            return False

    def build(self, context: ClusterContext, bridge: AsyncBridge) -> QWidget:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        page: QWidget = cls(context, bridge)
        return page


PAGES: dict[ClusterKind, tuple[PageEntry, ...]] = {
    ClusterKind.OPENBAO: (
        PageEntry(
            "namespaces",
            QT_TRANSLATE_NOOP("ClusterView", "Namespaces"),
            "adminui.ui.namespaces",
            "NamespacesPage",
        ),
        PageEntry(
            "policies",
            QT_TRANSLATE_NOOP("ClusterView", "Policies"),
            "adminui.ui.policies",
            "PoliciesPage",
        ),
        PageEntry(
            "quotas", QT_TRANSLATE_NOOP("ClusterView", "Quotas"), "adminui.ui.quotas", "QuotasPage"
        ),
        PageEntry(
            "rotation",
            QT_TRANSLATE_NOOP("ClusterView", "Rotation sets"),
            "adminui.ui.rotation",
            "RotationPage",
        ),
        PageEntry(
            "config",
            QT_TRANSLATE_NOOP("ClusterView", "Config"),
            "adminui.ui.config_gen",
            "ConfigPage",
        ),
        PageEntry(
            "drills", QT_TRANSLATE_NOOP("ClusterView", "Drills"), "adminui.ui.drills", "DrillsPage"
        ),
    ),
    ClusterKind.CORE: (
        PageEntry(
            "services",
            QT_TRANSLATE_NOOP("ClusterView", "Services"),
            "adminui.ui.services",
            "ServicesPage",
        ),
        PageEntry(
            "config",
            QT_TRANSLATE_NOOP("ClusterView", "Config"),
            "adminui.ui.config_gen",
            "ConfigPage",
        ),
        PageEntry(
            "drills", QT_TRANSLATE_NOOP("ClusterView", "Drills"), "adminui.ui.drills", "DrillsPage"
        ),
    ),
}
