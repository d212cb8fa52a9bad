"""One header for every cluster page, a namespace picker, and what an empty list shows.

A page's header has two rows. The first holds its title (the page's name and its scope,
e.g. "ACL policies — team-a") and, at the top right corner, the primary action (with an
icon). The second holds the scope picker where the page has one, then on the right the
secondary actions as flat buttons, Refresh always the last of them, under the primary
action. (Two rows, so every page fits the window in every language.) Where a page's
list is empty, :class:`EmptyState` says so in one sentence and offers the primary action
again (disabled, with the reason, where the profile is read-only).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from adminui.core.namespaces import NamespaceIndex
from adminui.monitor.namespace_service import NamespaceService
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.errors import describe
from adminui.ui.theme import set_tone

#: An action of the header: a button, or an action shown as a button.
Action = QAbstractButton | QAction

#: The icons of the header's actions: (the desktop theme's icon, the style's own).
_ICONS: dict[str, tuple[QIcon.ThemeIcon, QStyle.StandardPixmap]] = {
    "new": (QIcon.ThemeIcon.ListAdd, QStyle.StandardPixmap.SP_FileDialogNewFolder),
    "refresh": (QIcon.ThemeIcon.ViewRefresh, QStyle.StandardPixmap.SP_BrowserReload),
    "save": (QIcon.ThemeIcon.DocumentSaveAs, QStyle.StandardPixmap.SP_DialogSaveButton),
    "delete": (QIcon.ThemeIcon.EditDelete, QStyle.StandardPixmap.SP_TrashIcon),
    "copy": (QIcon.ThemeIcon.EditCopy, QStyle.StandardPixmap.SP_FileIcon),
    "edit": (QIcon.ThemeIcon.DocumentProperties, QStyle.StandardPixmap.SP_FileDialogDetailedView),
}

#: How long a namespace list read for the picker is used before it is read again.
NAMESPACES_MAX_AGE_S = 60.0


def action_icon(name: str, widget: QWidget) -> QIcon:
    """The icon of action ``name`` ("new", "refresh", "save", "delete", "copy", "edit"):
    the desktop theme's, else the style's own (so every desktop shows one)."""
    themed, standard = _ICONS[name]
    fallback = widget.style().standardIcon(standard)
    return QIcon.fromTheme(themed, fallback)


def _title_font(font: QFont) -> QFont:
    title = QFont(font)
    title.setPointSizeF(font.pointSizeF() * 1.35)
    title.setWeight(QFont.Weight.DemiBold)
    return title


class PageHeader(QWidget):
    """The title and the primary action at the top right; under them the scope picker,
    the secondary actions and Refresh."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.title.setFont(_title_font(self.title.font()))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        #: The scope picker (None on pages without one).
        self.scope: NamespacePicker | None = None
        #: The primary action's button (None until :meth:`set_primary`).
        self.primary: QAbstractButton | None = None
        #: The Refresh button (None until :meth:`set_refresh`).
        self.refresh: QAbstractButton | None = None
        self._top = QHBoxLayout()
        self._top.addWidget(self.title)
        self._top.addStretch(1)
        self._scope_row = QHBoxLayout()
        self._secondary = QHBoxLayout()
        self._secondary.setSpacing(2)
        actions = QHBoxLayout()
        actions.addLayout(self._scope_row)
        actions.addStretch(1)
        actions.addLayout(self._secondary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(self._top)
        layout.addLayout(actions)

    def set_title(self, text: str) -> None:
        """The page's name and its scope, e.g. "ACL policies — team-a"."""
        self.title.setText(text)

    def set_scope(self, picker: QWidget, label: str) -> None:
        """Show ``picker`` (with ``label`` before it) under the title."""
        if isinstance(picker, NamespacePicker):
            self.scope = picker
        caption = QLabel(label)
        caption.setBuddy(picker)
        self._scope_row.addWidget(caption)
        self._scope_row.addWidget(picker)

    def add_secondary(self, action: Action, icon: str = "") -> QAbstractButton:
        """Add a secondary action (a flat button) before Refresh; returns its button."""
        button = self._button(action, icon, flat=True)
        at = self._secondary.count() - (1 if self.refresh is not None else 0)
        self._secondary.insertWidget(at, button)
        return button

    def set_refresh(self, action: Action) -> QAbstractButton:
        """Show Refresh in its place: the last of the secondary actions, under the
        primary action."""
        self.refresh = self._button(action, "refresh", flat=True)
        self._secondary.addWidget(self.refresh)
        return self.refresh

    def set_primary(self, action: Action, icon: str = "new") -> QAbstractButton:
        """Show the page's primary action at the top right, with ``icon``."""
        self.primary = self._button(action, icon, flat=False)
        self.primary.setObjectName("primaryAction")
        self._top.addWidget(self.primary)
        return self.primary

    def _button(self, action: Action, icon: str, *, flat: bool) -> QAbstractButton:
        if isinstance(action, QAction):
            action.setIconText(action.text())  # the whole text: "Add…" keeps its "…"
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            tool.setAutoRaise(flat)
            button: QAbstractButton = tool
        else:
            button = action
            if isinstance(button, QPushButton):
                button.setFlat(flat)
            elif isinstance(button, QToolButton):
                button.setAutoRaise(flat)
        if icon:
            themed = action_icon(icon, self)
            if isinstance(action, QAction):
                action.setIcon(themed)
            else:
                button.setIcon(themed)
        return button


class NamespacePicker(QComboBox):
    """An editable list of the cluster's namespaces that completes what is typed.

    Its first item is the root (shown as ``root_label``); :meth:`path` gives the chosen
    namespace ('' for the root). The namespaces are read off the GUI thread, once and
    again when the list is older than :data:`NAMESPACES_MAX_AGE_S`; a failure leaves the
    list as it was and says why in the tooltip.
    """

    #: The user chose a namespace (from the list, or typed and Enter): its path.
    sig_chosen = Signal(str)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        root_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._bridge = bridge
        self.root_label = root_label
        self._current = ""
        self._read_at: float | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(max(18, len(root_label) + 2))  # the root label whole
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setAccessibleName(self.tr("Namespace"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.set_namespaces([])
        self.activated.connect(lambda _index: self._chosen())
        editor = self.lineEdit()
        assert editor is not None  # editable
        editor.returnPressed.connect(self._chosen)
        completer.activated.connect(lambda _text: self._chosen())

    def path(self) -> str:
        """The namespace shown ('' for the root)."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.itemData(index))
        return text.strip("/")

    def set_path(self, path: str) -> None:
        """Show ``path`` ('' for the root) without saying it was chosen."""
        self._current = path.strip("/")
        self.blockSignals(True)
        index = self.findData(self._current)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(self._current)
        self.blockSignals(False)

    def set_namespaces(self, paths: list[str]) -> None:
        """List the root and ``paths`` (in the order given); what is shown stays."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.root_label, "")
        for path in paths:
            if path:
                self.addItem(path, path)
        self.blockSignals(False)
        self.set_path(self._current)

    def namespaces(self) -> list[str]:
        """The namespace paths listed ('' for the root first)."""
        return [str(self.itemData(i)) for i in range(self.count())]

    def ensure_loaded(self, max_age_s: float = NAMESPACES_MAX_AGE_S) -> None:
        """Read the cluster's namespaces unless a reading newer than ``max_age_s`` is
        listed; the GUI never waits for it."""
        if self._read_at is not None and time.monotonic() - self._read_at < max_age_s:
            return
        self._read_at = time.monotonic()
        self._bridge.submit(
            NamespaceService(self._context).load_tree(), self._arrived, owner=self, key="list"
        )

    def _arrived(self, index: NamespaceIndex | None, error: BaseException | None) -> None:
        if error is not None or index is None:
            self._read_at = None  # asked again at the next refresh
            sentence = describe(error or RuntimeError())[0]
            self.setToolTip(self.tr("Namespaces not listed: {0}").format(sentence))
            return
        self.setToolTip("")
        self.set_namespaces(index.natural_order())

    def _chosen(self) -> None:
        path = self.path()
        if path == self._current:
            return
        self._current = path
        self.sig_chosen.emit(path)


class EmptyState(QWidget):
    """One sentence where a list is empty, and the page's primary action again.

    The button does what ``primary`` does and is enabled only while it is (with its
    tooltip); on a read-only profile it stays disabled and a second sentence says why.
    """

    def __init__(
        self,
        sentence: str,
        action_text: str,
        primary: Action,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._primary = primary
        self._read_only = read_only
        self.sentence = QLabel(sentence)
        self.sentence.setObjectName("emptySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.read_only_note = QLabel(
            self.tr("This profile is read-only: nothing can be created from here.")
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_tone(self.read_only_note, "muted")
        self.read_only_note.setVisible(read_only)
        self.button = QPushButton(action_text)
        self.button.setObjectName("emptyAction")
        self.button.setIcon(action_icon("new", self))
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self._press)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.sentence)
        layout.addWidget(self.read_only_note)
        layout.addSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        if isinstance(primary, QAction):
            primary.changed.connect(self._mirror)
        else:
            primary.installEventFilter(self)
        self._mirror()

    def set_sentence(self, sentence: str) -> None:
        self.sentence.setText(sentence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ToolTipChange):
            self._mirror()
        return False

    def _mirror(self) -> None:
        self.button.setEnabled(self._primary.isEnabled() and not self._read_only)
        self.button.setToolTip(self._primary.toolTip())

    def _press(self) -> None:
        if isinstance(self._primary, QAction):
            if self._primary.isEnabled():
                self._primary.trigger()
        else:
            self._primary.click()


class ListOrEmpty(QStackedWidget):
    """A page's list, or its :class:`EmptyState` once a load found nothing.

    Until :meth:`set_loaded` the list shows (it fills as the rows arrive); after it, the
    empty state shows whenever ``is_empty()`` holds (checked as the model's rows change).
    """

    def __init__(
        self,
        view: QAbstractItemView,
        empty: EmptyState,
        is_empty: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.empty = empty
        self._is_empty = is_empty
        self._loaded = False
        self.addWidget(view)
        self.addWidget(empty)
        model = view.model()
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self.update_shown)

    def set_loaded(self, loaded: bool) -> None:
        """Say whether the list holds a finished load (False while reloading or after a
        failure: the list shows then, never a claim that nothing is there)."""
        self._loaded = loaded
        self.update_shown()

    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty

    def update_shown(self, *_args: object) -> None:
        self.setCurrentWidget(self.empty if self._loaded and self._is_empty() else self.view)
