"""Enables actions the token may perform; disables the others with the reason shown.

Capabilities come from ``sys/capabilities-self`` (asked through the bridge), and a
read-only profile disables every change whatever the token may do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from adminui.api.vault_models import Capabilities
from adminui.core.capability_rules import denial_reason
from adminui.monitor.policy_service import PolicyService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import say


@dataclass
class _Gated:
    target: QWidget | QAction
    path: Callable[[], str | None]
    needed: frozenset[str]
    writes: bool
    tooltip: str


class CapabilityGate(QObject):
    """Registered widgets/actions are enabled only when the token may act."""

    #: Emitted after new capabilities arrived and were applied.
    sig_updated = Signal()

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        namespace: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._bridge = bridge
        self._namespace = namespace
        self._gated: list[_Gated] = []
        self._granted: dict[str, tuple[str, ...]] = {}
        self._generation = 0

    def set_namespace(self, namespace: str) -> None:
        self._namespace = namespace
        self._granted.clear()
        self.refresh()

    def add(
        self,
        target: QWidget | QAction,
        path: Callable[[], str | None],
        needed: set[str],
        *,
        writes: bool,
    ) -> None:
        """Gate ``target`` on one of ``needed`` at ``path()`` (None: nothing selected)."""
        self._gated.append(_Gated(target, path, frozenset(needed), writes, target.toolTip()))
        self.apply()

    def reason(self, target: QWidget | QAction) -> str | None:
        """Why ``target`` is disabled by this gate, in the interface language (None when
        allowed)."""
        for gated in self._gated:
            if gated.target is target:
                return self._reason(gated)
        return None

    def _reason(self, gated: _Gated) -> str | None:
        path = gated.path()
        if path is None and not (gated.writes and self._context.read_only):
            return self.tr("select an item first")
        granted = self._granted.get(path) if path is not None else None
        why = denial_reason(
            granted, gated.needed, path or "", self._context.read_only, gated.writes
        )
        return None if why is None else say(why)

    def apply(self) -> None:
        """Enable or disable every target from what is known now."""
        for gated in self._gated:
            why = self._reason(gated)
            gated.target.setEnabled(why is None)
            tip = gated.tooltip
            if why is not None:
                tip = f"{tip}\n{self.tr('Disabled:')} {why}".strip()
            gated.target.setToolTip(tip)

    def refresh(self) -> None:
        """Ask the server what the token may do on every gated path."""
        self.apply()
        paths = sorted({p for g in self._gated if (p := g.path()) is not None})
        if not paths or not self._context.token:
            return
        self._generation += 1
        generation = self._generation

        def done(result: Capabilities | None, error: BaseException | None) -> None:
            if generation != self._generation or error is not None or result is None:
                return  # unknown capabilities leave the actions to the server
            # A path the answer says nothing about stays unknown (a real server answers
            # ["deny"] for a path the token may not touch).
            self._granted.update({path: caps for path, caps in result.paths.items() if caps})
            self.apply()
            self.sig_updated.emit()

        ask = PolicyService(self._context.vault).capabilities(self._namespace, paths)
        self._bridge.submit(ask, done, owner=self, key="ask")
