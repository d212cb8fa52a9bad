"""The namespace tree as a Qt item model, updated in place and filtered in place.

The model shows a :class:`NamespaceIndex`. Rows are built on demand, level by level, the
first time a view asks for a parent's children: loading 10,000 namespaces builds only
the first level. A new index (a refresh) is applied as row
insertions, removals and ``dataChanged`` per parent, so views keep their expansion and
selection. The filter keeps matching namespaces and their ancestors; a new filter text
is applied as one layout change that carries persistent indexes over (no reset, no
per-row Python callback: the matching set comes from the index in one pass). When
every namespace stays shown (a first letter often matches them all) the rows are kept
and only the bold of the names changes (``sig_restyled``).
When the server cannot SCAN, children are listed level by level through
``canFetchMore``/``fetchMore``: the model asks with ``sig_fetch_requested``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from adminui.core.namespaces import NamespaceEntry, NamespaceIndex, ancestors
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.theme import status_colour

AnyIndex = QModelIndex | QPersistentModelIndex

#: The namespace's absolute path (str).
PathRole = Qt.ItemDataRole.UserRole + 1

# Roles as plain ints: ``data`` runs for every role of every cell a view measures or
# paints (eight roles per cell), so it compares ints instead of looking enum members up.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_USER = int(Qt.ItemDataRole.UserRole)
_PATH = int(PathRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ANSWERED = frozenset({_DISPLAY, _USER, _PATH, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _FONT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Node:
    """One row: the namespace, its shown children and its row under its parent."""

    __slots__ = ("children", "entry", "parent", "path", "pending", "row")

    def __init__(self, path: str, entry: NamespaceEntry, parent: _Node | None) -> None:
        self.path = path
        self.entry = entry
        self.parent = parent
        self.children: list[_Node] | None = None  # None: not built yet (built on demand)
        self.row = 0
        self.pending = False  # a lazy listing of its children was asked for


class NamespaceTreeModel(QAbstractItemModel):
    """Namespaces as a tree; the :class:`NamespaceEntry` under ``Qt.UserRole``."""

    #: Emitted when a lazily listed namespace needs its children: (absolute path).
    sig_fetch_requested = Signal(str)
    #: Emitted when a new filter text changed which names are bold but not which rows
    #: are shown (every namespace was shown and still is): views repaint their rows,
    #: and columns fitted to their contents are fitted again.
    sig_restyled = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("NamespaceTreeModel", "Namespace"),
        QT_TRANSLATE_NOOP("NamespaceTreeModel", "Children"),
        QT_TRANSLATE_NOOP("NamespaceTreeModel", "Below"),
        QT_TRANSLATE_NOOP("NamespaceTreeModel", "Locked"),
        QT_TRANSLATE_NOOP("NamespaceTreeModel", "Custom metadata"),
    )
    NAME, CHILDREN, BELOW, LOCKED, METADATA = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = NamespaceIndex()
        self._root = _Node("", NamespaceEntry(""), None)
        self._nodes: dict[str, _Node] = {"": self._root}
        self._filter = ""
        self._needle = ""  # the filter text as matched: stripped, case-folded
        self._shown: frozenset[str] | None = None
        self._below: dict[str, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ----- what is shown -----------------------------------------------------------------------
    @property
    def index_data(self) -> NamespaceIndex:
        """The namespaces currently known (the whole tree, not just what the filter shows)."""
        return self._index

    @property
    def filter_text(self) -> str:
        return self._filter

    def shown_count(self) -> int:
        """Namespaces the filter lets through (all when there is no filter)."""
        return len(self._index) if self._shown is None else len(self._shown)

    def _wanted(self, path: str) -> list[str]:
        kids = self._index.kids(path)
        if self._shown is None:
            return kids
        shown = self._shown
        return [k for k in kids if k in shown]

    def _kids(self, node: _Node) -> list[_Node]:
        """The shown children of ``node``, built the first time they are asked for."""
        if node.children is None:
            nodes = self._nodes
            entries = self._index.entries
            built = []
            for row, path in enumerate(self._wanted(node.path)):
                kid = nodes.get(path)
                if kid is None:
                    kid = nodes[path] = _Node(path, entries[path], node)
                else:
                    kid.parent, kid.entry, kid.children = node, entries[path], None
                kid.row = row
                built.append(kid)
            node.children = built
        return node.children

    def _new_node(self, path: str, parent: _Node) -> _Node:
        node = self._nodes.get(path)
        if node is None:
            node = self._nodes[path] = _Node(path, self._index.entries[path], parent)
        node.parent, node.entry, node.children = parent, self._index.entries[path], None
        return node

    # ----- changing the data -------------------------------------------------------------------
    def set_index(self, index: NamespaceIndex) -> None:
        """Show ``index``: the first time by one insertion, afterwards as a diff."""
        was_empty = not self._kids(self._root)
        old = self._index
        self._index = index
        self._below = {}
        self._shown = index.matching(self._filter)
        if was_empty:
            wanted = self._wanted("")
            self._root.children = None
            if wanted:
                self.beginInsertRows(QModelIndex(), 0, len(wanted) - 1)
                self._kids(self._root)
                self.endInsertRows()
            self._forget_missing()
            return
        old_below = old.descendant_counts() if old.complete else {}
        self._sync(self._root, old, old_below)
        self._forget_missing()

    def _below_count(self, path: str) -> int:
        if not self._below:
            self._below = self._index.descendant_counts()
        return self._below.get(path, 0)

    def _forget_missing(self) -> None:
        entries = self._index.entries
        for path in [p for p in self._nodes if p and p not in entries]:
            del self._nodes[path]

    def _sync(self, node: _Node, old: NamespaceIndex, old_below: dict[str, int]) -> None:
        if node.children is None:
            return  # never shown: nothing for a view to be told
        wanted = self._wanted(node.path)
        current = [kid.path for kid in node.children]
        parent_index = self._index_of(node)
        if current != wanted:
            self._remove_missing(node, parent_index, set(wanted))
            self._insert_new(node, parent_index, wanted)
        new_below = self._index.descendant_counts() if self._index.complete else {}
        for kid in node.children:
            path = kid.path
            entry = self._index.entries[path]
            if (
                entry != kid.entry
                or old.child_count(path) != self._index.child_count(path)
                or old_below.get(path) != new_below.get(path)
                or old.is_listed(path) != self._index.is_listed(path)
            ):
                kid.entry = entry
                self.dataChanged.emit(
                    self.createIndex(kid.row, 0, kid),
                    self.createIndex(kid.row, len(self.HEADERS) - 1, kid),
                )
            self._sync(kid, old, old_below)

    def _remove_missing(self, node: _Node, parent_index: QModelIndex, keep: set[str]) -> None:
        kids = self._kids(node)
        i = len(kids) - 1
        while i >= 0:
            if kids[i].path in keep:
                i -= 1
                continue
            j = i
            while j > 0 and kids[j - 1].path not in keep:
                j -= 1
            self.beginRemoveRows(parent_index, j, i)
            del kids[j : i + 1]
            for row in range(j, len(kids)):
                kids[row].row = row
            self.endRemoveRows()
            i = j - 1

    def _insert_new(self, node: _Node, parent_index: QModelIndex, wanted: list[str]) -> None:
        kids = self._kids(node)
        present = {kid.path for kid in kids}
        pos = 0
        i = 0
        while i < len(wanted):
            if wanted[i] in present:
                pos += 1
                i += 1
                continue
            j = i
            while j < len(wanted) and wanted[j] not in present:
                j += 1
            fresh = [self._new_node(path, node) for path in wanted[i:j]]
            self.beginInsertRows(parent_index, pos, pos + len(fresh) - 1)
            kids[pos:pos] = fresh
            for row in range(pos, len(kids)):
                kids[row].row = row
            self.endInsertRows()
            pos += len(fresh)
            i = j

    def set_filter(self, text: str) -> None:
        """Keep matching namespaces and their ancestors (empty text shows all)."""
        if text == self._filter:
            return
        self._filter = text
        self._needle = text.strip().casefold()
        shown = self._index.matching(text)
        if shown is self._shown or shown == self._shown:
            return
        everything = len(self._index)
        if (self._shown is None or len(self._shown) == everything) and (
            shown is None or len(shown) == everything
        ):
            # Every namespace was shown and still is (a first letter often matches them
            # all): the rows stay, so no layout change; only which names are bold
            # changes. One signal for the whole tree rather than dataChanged, which a
            # tree view answers by asking every row it shows whether it has children.
            self._shown = shown
            self.sig_restyled.emit()
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_nodes = [(i.internalPointer(), i.column()) for i in old]
        self._shown = shown
        # Every level is rebuilt on demand; persistent indexes find their new rows.
        for node in self._nodes.values():
            node.children = None
        new = []
        for node, column in old_nodes:
            new.append(self._reindex(node, column))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reindex(self, node: _Node, column: int) -> QModelIndex:
        """Where ``node`` is after a filter change (invalid when hidden)."""
        if node.path not in self._nodes or (
            self._shown is not None and node.path not in self._shown
        ):
            return QModelIndex()
        parent = self._nodes.get(node.path.rpartition("/")[0], self._root)
        self._kids(parent)
        return self.createIndex(node.row, column, node)

    # ----- lookups -----------------------------------------------------------------------------
    def _index_of(self, node: _Node) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)

    def index_of_path(self, path: str) -> QModelIndex:
        """The model index of ``path`` (invalid when unknown or hidden by the filter)."""
        if not path or path not in self._index.entries:
            return QModelIndex()
        if self._shown is not None and path not in self._shown:
            return QModelIndex()
        node: _Node = self._root
        for ancestor in [*ancestors(path), path]:
            kids = self._kids(node)
            found = self._nodes.get(ancestor)
            if found is None or found.row >= len(kids) or kids[found.row] is not found:
                return QModelIndex()
            node = found
        return self.createIndex(node.row, 0, node)

    def entry(self, index: AnyIndex) -> NamespaceEntry | None:
        node = self._node(index)
        return None if node is self._root else node.entry

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    # ----- QAbstractItemModel ------------------------------------------------------------------
    # A view calls these for every row it lays out (thousands after a filter change in a
    # tree with expanded tenants): they are written out rather than built on helpers.
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            node = parent.internalPointer()
        else:
            node = self._root
        kids = node.children
        if kids is None:
            kids = self._kids(node)
        if 0 <= row < len(kids) and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids(self._node(parent)))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return _COLUMNS

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return False
            node = parent.internalPointer()
        else:
            node = self._root
        index = self._index
        if not index.complete and node.path not in index.listed:
            return True  # not listed yet: it may have children
        if node.children is not None:
            return bool(node.children)
        kids = index.kids(node.path)
        return bool(kids) and (self._shown is None or not self._shown.isdisjoint(kids))

    def canFetchMore(self, parent: AnyIndex) -> bool:
        if self._index.complete or (parent.isValid() and parent.column() != 0):
            return False
        node = self._node(parent)
        return node.path not in self._index.listed and not node.pending

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        node.pending = True
        self.sig_fetch_requested.emit(node.path)

    def add_children(self, parent: str, entries: list[NamespaceEntry]) -> None:
        """The answer to ``sig_fetch_requested``: the children of ``parent``."""
        node = self._nodes.get(parent)
        if node is not None:
            node.pending = False
        self.set_index(self._index.with_children(parent, entries))

    def fetch_failed(self, parent: str) -> None:
        """A lazy listing failed: allow it to be asked for again."""
        node = self._nodes.get(parent)
        if node is not None:
            node.pending = False

    # flags() is Qt's own (enabled and selectable): a view asks it twice per row it lays
    # out, so an override answering the same in Python would only cost time.

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node = index.internalPointer()
        column = index.column()
        if role == _DISPLAY:
            return self._display(node, column)
        entry = node.entry
        if role == _USER:
            return entry
        if role == _PATH:
            return node.path
        if role == _TOOLTIP:
            return self._tooltip(entry)
        if role == _FOREGROUND:
            return status_colour("error") if entry.locked else None
        if role == _ALIGNMENT:
            return _RIGHT if column in (self.CHILDREN, self.BELOW) else None
        if (  # _FONT
            column == self.NAME
            and self._shown is not None
            and self._needle in node.path.rpartition("/")[2].casefold()
        ):
            return self._bold
        return None

    def _display(self, node: _Node, column: int) -> str:
        entry = node.entry
        path = node.path
        if column == self.NAME:
            return entry.name
        if column == self.CHILDREN:
            if not self._index.complete and path not in self._index.listed:
                return "?"
            return str(self._index.child_count(path))
        if column == self.BELOW:
            return str(self._below_count(path)) if self._index.complete else ""
        if column == self.LOCKED:
            return self.tr("locked") if entry.locked else ""
        if column == self.METADATA:
            return ", ".join(f"{k}={v}" for k, v in sorted(entry.custom_metadata.items()))
        return ""

    def _tooltip(self, entry: NamespaceEntry) -> str:
        lines = [entry.path + "/"]
        if entry.id:
            lines.append(self.tr("ID: {0}").format(entry.id))
        if entry.uuid:
            lines.append(self.tr("UUID: {0}").format(entry.uuid))
        if entry.locked:
            lines.append(self.tr("API access is locked"))
        if entry.tainted:
            lines.append(self.tr("Being deleted"))
        return "\n".join(lines)


_COLUMNS = len(NamespaceTreeModel.HEADERS)
