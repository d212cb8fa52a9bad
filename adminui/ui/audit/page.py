"""F19: the local audit log — every write, who made it, and whether the chain holds.

The file is read once per *Reload* (it is small and local); the search box and the
filters then pick rows from what was read, in Python, so typing never reads the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.audit import Verification
from adminui.profiles.audit_log import AuditLog
from adminui.ui.audit.export import JSON, export_rows, iso_utc
from adminui.ui.audit.model import (
    ACTION,
    LINE,
    NODE,
    REQUEST_ID,
    RESULT,
    TIME,
    AuditModel,
    AuditRow,
    cell_texts,
    stamp,
    word,
)
from adminui.ui.audit.query import ANY_RESULT, ERROR, OK, AuditIndex, AuditQuery
from adminui.ui.i18n import say
from adminui.ui.table_view import fit_columns, sortable
from adminui.ui.theme import set_chip, set_tone

#: How long typing pauses before the rows are picked again.
SEARCH_DELAY_MS = 150


class AuditPage(QWidget):
    """Lists the audit log, searches and filters it, shows an entry's every field,
    verifies its hash chain and exports it (the whole log, or the rows chosen)."""

    #: A verification ended: the Verification.
    sig_verified = Signal(object)
    #: The log was exported: the destination path (as text).
    sig_exported = Signal(str)
    #: Rows were exported as CSV or JSON: the destination path (as text).
    sig_rows_exported = Signal(str)

    def __init__(
        self,
        log: AuditLog | None = None,
        parent: QWidget | None = None,
        *,
        ask_export_path: Callable[[], Path | None] | None = None,
        ask_rows_path: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log = log or AuditLog()
        self.ask_export_path = ask_export_path or self._ask_path
        #: Where the chosen rows go; its suffix (.csv or .json) says the format.
        self.ask_rows_path = ask_rows_path or self._ask_rows_path
        self.index = AuditIndex([], cell_texts)
        self.heading = QLabel(self.tr("Audit log"))
        self.heading.setStyleSheet("font-size:14pt; font-weight:600;")
        self.where = QLabel(self.tr("Kept in {0}").format(self.log.path))
        set_tone(self.where, "muted")
        self.where.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()

        self._build_filters()
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        sortable(self.table, LINE)
        # The action takes the width left, and never less than its longest needs.
        self.fitter = fit_columns(self.table, stretch=ACTION)
        self.fitter.needs[ACTION] = self._action_width
        # Long values read whole in the detail pane (and in the cell's tooltip).
        self.fitter.limits[NODE] = lambda: self._text_width(22)
        self.fitter.limits[REQUEST_ID] = lambda: self._text_width(10)
        # The result beside the time, where it is seen without scrolling; columns can
        # be dragged into another order.
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.moveSection(header.visualIndex(RESULT), header.visualIndex(TIME) + 1)
        self.fitter.fit()
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        for signal in (
            self.model.modelReset,
            self.model.rowsRemoved,
            self.model.layoutChanged,
            self.model.dataChanged,
        ):
            signal.connect(self._show_detail)

        self.empty = QLabel()
        self.empty.setObjectName("auditEmpty")
        self.empty.setWordWrap(True)
        set_tone(self.empty, "muted")
        self.empty.hide()
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setAccessibleName(self.tr("The selected entry"))
        self.detail.setReadOnly(True)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detail.setPlaceholderText(self.tr("Select an entry to see every field of it."))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(top)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr("Check that no line was changed, removed or added"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Copy the whole log as it is, so the copy can be verified")
        )
        self.export_button.clicked.connect(self.export)
        self.export_rows_button = QPushButton(self.tr("Export rows…"))
        self.export_rows_button.setToolTip(
            self.tr("Save the selected entries (or all shown) as CSV or JSON")
        )
        self.export_rows_button.clicked.connect(self.export_rows)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_rows_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.verdict)
        layout.addLayout(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)

        #: Escape closes the page when it is a window of its own.
        self.close_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.close_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_shortcut.activated.connect(self.close)
        self.close_shortcut.setEnabled(False)
        self.reload()

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Search every field…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Profile"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.addItem(self.tr("Every profile"), None)
        self.result_combo = QComboBox()
        self.result_combo.setAccessibleName(self.tr("Result"))
        self.result_combo.addItem(self.tr("Any result"), ANY_RESULT)
        self.result_combo.addItem(word("ok"), OK)
        self.result_combo.addItem(word("error"), ERROR)
        self.result_combo.setToolTip(
            self.tr("Errors include writes refused before sending and lines that cannot be read")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("auditPath")
        self.path_edit.setPlaceholderText(self.tr("Path contains…"))
        self.path_edit.setAccessibleName(self.tr("Path"))
        self.path_edit.setToolTip(self.tr("Part of the request path; * and ? are wildcards"))
        self.path_edit.setClearButtonEnabled(True)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        set_tone(self.count, "muted")

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._typing.start)
        self.path_edit.textChanged.connect(self._typing.start)
        self.profile_combo.currentIndexChanged.connect(self.apply_filters)
        self.result_combo.currentIndexChanged.connect(self.apply_filters)

        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 3)
        self.filters.addWidget(self.profile_combo)
        self.filters.addWidget(self.result_combo)
        self.filters.addWidget(self.path_edit, 2)
        self.filters.addWidget(self.clear_filters_button)

    # ----- reading and picking rows -------------------------------------------------------
    def reload(self) -> None:
        """Read the file again (it is small and local: read in the GUI thread)."""
        rows = [AuditRow.read(number, line) for number, line in enumerate(self.log.read_lines(), 1)]
        self.index = AuditIndex(rows, cell_texts)
        self._fill_profiles()
        self.apply_filters()

    def _fill_profiles(self) -> None:
        chosen = self.profile_combo.currentData()
        names = self.index.profiles()
        if chosen is not None and chosen not in names:
            names.append(chosen)  # kept, so a reload does not drop the user's choice
        shown = [self.profile_combo.itemData(i) for i in range(1, self.profile_combo.count())]
        if shown == names:
            return
        self.profile_combo.blockSignals(True)
        while self.profile_combo.count() > 1:
            self.profile_combo.removeItem(1)
        for name in names:
            self.profile_combo.addItem(name, name)
        found = self.profile_combo.findData(chosen) if chosen is not None else 0
        self.profile_combo.setCurrentIndex(max(0, found))
        self.profile_combo.blockSignals(False)

    def query(self) -> AuditQuery:
        """The search and filters as they are set."""
        return AuditQuery(
            text=self.search.text(),
            profile=self.profile_combo.currentData(),
            result=self.result_combo.currentData() or ANY_RESULT,
            path=self.path_edit.text(),
        )

    def apply_filters(self) -> None:
        """Show the rows the search and the filters keep."""
        self._typing.stop()
        query = self.query()
        rows = self.index.select(query)
        self.model.set_rows(rows)
        total = len(self.index.rows)
        self.clear_filters_button.setEnabled(not query.is_empty())
        self.count.setText(self.tr("{0} of {1} entries shown").format(len(rows), total))
        if rows:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("No entry matches the search and the filters.")
                if total
                else self.tr("No entries yet: every change made from this console is listed here.")
            )
            self.empty.show()
        self._show_detail()

    def clear_filters(self) -> None:
        """Empty the search box and set every filter back to all."""
        for widget in (self.search, self.path_edit, self.profile_combo, self.result_combo):
            widget.blockSignals(True)
        self.search.clear()
        self.path_edit.clear()
        self.profile_combo.setCurrentIndex(0)
        self.result_combo.setCurrentIndex(0)
        for widget in (self.search, self.path_edit, self.profile_combo, self.result_combo):
            widget.blockSignals(False)
        self.apply_filters()

    def _text_width(self, characters: int) -> int:
        return self.table.fontMetrics().horizontalAdvance("0" * characters)

    def _action_width(self) -> int:
        """The width of the longest action shown (every row, not only those measured)."""
        actions = {row.record.action for row in self.model.rows() if row.record is not None}
        longest = sorted(actions, key=len, reverse=True)[:8]
        metrics = self.table.fontMetrics()
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
        return widest + 2 * (margin + 1) if widest else 0

    # ----- the detail pane ----------------------------------------------------------------
    def selected_rows(self) -> list[AuditRow]:
        """The rows selected, in the order shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry(row) for row in rows]

    def detail_text(self, row: AuditRow) -> str:
        """Every field of ``row``, one "name: value" line each."""
        record = row.record
        if record is None:
            fields = [
                (self.tr("Line"), str(row.line)),
                (self.tr("Result"), self.tr("unreadable line")),
                (self.tr("Text"), row.text),
            ]
        else:
            fields = [
                (self.tr("Line"), str(row.line)),
                (self.tr("Time"), f"{stamp(record.time)} ({iso_utc(record.time)})"),
                (self.tr("Who"), record.who),
                (self.tr("Profile"), record.profile),
                (self.tr("Method"), record.method),
                (self.tr("Path"), record.path),
                (self.tr("Namespace"), record.namespace or self.tr("(root)")),
                (self.tr("Node"), record.node),
                (self.tr("HTTP status"), "" if record.status is None else str(record.status)),
                (self.tr("Request ID"), record.request_id),
                (self.tr("Result"), word(record.result)),
                (self.tr("Error"), word(record.error) if record.error else ""),
                (self.tr("Previous hash"), row.prev),
                (self.tr("Hash"), row.hash),
                (
                    self.tr("Sealed with the log's key"),
                    self.tr("yes") if row.keyed else self.tr("no"),
                ),
            ]
        return "\n".join(f"{name}: {value}" for name, value in fields)

    def _show_detail(self, *_args: object) -> None:
        """The current row's fields when it is selected (else the first selected row's);
        nothing when no row is selected."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            row = current.row()
        else:
            chosen = sorted(index.row() for index in selection.selectedRows())
            row = chosen[0] if chosen else -1
        if not 0 <= row < self.model.rowCount():
            self.detail.clear()
            return
        text = self.detail_text(self.model.entry(row))
        if text != self.detail.toPlainText():
            self.detail.setPlainText(text)

    # ----- verify and export ----------------------------------------------------------------
    def _show_verdict(self, result: Verification, text: str) -> None:
        self.verdict.setText(text)
        set_chip(self.verdict, "ok" if result.ok else "error")
        self.verdict.show()

    def _show_failure(self, text: str) -> None:
        self.verdict.setText(text)
        set_chip(self.verdict, "error")
        self.verdict.show()

    def _message(self, result: Verification) -> str:
        """``result.message`` (a Sentence) in the UI language."""
        return say(result.message)

    def verify(self) -> Verification:
        """Check the chain; on damage, say where and select that line (the search and
        filters are cleared when they hide it)."""
        self.reload()
        result = self.log.verify()
        self._show_verdict(result, self._message(result))
        if result.first_bad_line is not None:
            row = self.model.row_of(result.first_bad_line)
            if row < 0 and not self.query().is_empty():
                self.clear_filters()
                row = self.model.row_of(result.first_bad_line)
            if row >= 0:
                self.select_row(row)
        self.sig_verified.emit(result)
        return result

    def select_row(self, row: int) -> None:
        """Make ``row`` the selected and current one, and show it."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def export(self) -> None:
        """Copy the log where the user chooses, and say whether the copy verifies."""
        destination = self.ask_export_path()
        if destination is None:
            return
        try:
            result = self.log.export(destination)
        except OSError as exc:
            self._show_failure(
                self.tr("The audit log could not be exported: {0}").format(exc.strerror or exc)
            )
            return
        text = self.tr("Exported {0} entries to {1}.").format(result.entries, destination)
        if not result.ok:
            text += " " + self._message(result)
        self._show_verdict(result, text)
        self.sig_exported.emit(str(destination))

    def rows_to_export(self) -> list[AuditRow]:
        """The selected rows, or every row shown when none is selected."""
        return self.selected_rows() or self.model.rows()

    def export_rows(self) -> None:
        """Save the selected rows (or every row shown) as CSV or JSON."""
        rows = self.rows_to_export()
        if not rows:
            self._show_failure(self.tr("Nothing to export: no entry is shown."))
            return
        destination = self.ask_rows_path()
        if destination is None:
            return
        try:
            kind = export_rows(rows, destination)
        except OSError as exc:
            self._show_failure(
                self.tr("The entries could not be exported: {0}").format(exc.strerror or exc)
            )
            return
        self.verdict.setText(
            self.tr("Exported {0} entries to {1} as {2}.").format(
                len(rows), destination, "JSON" if kind == JSON else "CSV"
            )
        )
        set_chip(self.verdict, "ok")
        self.verdict.show()
        self.sig_rows_exported.emit(str(destination))

    def _ask_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            "adminui-audit.jsonl",
            self.tr("JSON lines (*.jsonl)"),
        )
        return Path(name) if name else None

    def _ask_rows_path(self) -> Path | None:
        csv_filter = self.tr("CSV (*.csv)")
        json_filter = self.tr("JSON (*.json)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export entries"),
            "adminui-audit.csv",
            f"{csv_filter};;{json_filter}",
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.casefold() not in (".csv", ".json"):
            path = path.with_name(path.name + (".json" if chosen == json_filter else ".csv"))
        return path

    # ----- as a window ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.close_shortcut.setEnabled(self.isWindow())
        super().showEvent(event)
