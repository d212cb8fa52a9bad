"""What the command palette can do on a cluster's pages, besides opening them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from adminui.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageAction:
    """``method`` of page ``page`` (opened first), shown as ``title``."""

    page: str
    title: str
    method: str

    def label(self) -> str:
        return QCoreApplication.translate("PageActions", self.title)

    def run_on(self, page: QWidget | None) -> bool:
        """Run it on the built page; False when the page does not offer it."""
        action = getattr(page, self.method, None)
        if not callable(action):
            return False
        action()
        return True


PAGE_ACTIONS = (
    PageAction(
        "drills", QT_TRANSLATE_NOOP("PageActions", "Step down the leader…"), "start_step_down"
    ),
    PageAction(
        "drills", QT_TRANSLATE_NOOP("PageActions", "Start a failover drill…"), "start_drill_wizard"
    ),
    PageAction(
        "namespaces", QT_TRANSLATE_NOOP("PageActions", "New namespace…"), "create_namespace"
    ),
    PageAction(
        "namespaces", QT_TRANSLATE_NOOP("PageActions", "Namespace blueprint…"), "open_blueprint"
    ),
    PageAction("policies", QT_TRANSLATE_NOOP("PageActions", "New policy…"), "ask_new_policy"),
    PageAction("quotas", QT_TRANSLATE_NOOP("PageActions", "New quota…"), "new_quota"),
    PageAction(
        "rotation", QT_TRANSLATE_NOOP("PageActions", "New rotation set…"), "new_rotation_set"
    ),
    PageAction(
        "drills",
        QT_TRANSLATE_NOOP("PageActions", "Export the drill report as PDF…"),
        "export_pdf_report",
    ),
    PageAction(
        "services", QT_TRANSLATE_NOOP("PageActions", "Add Core service…"), "open_add_dialog"
    ),
)
