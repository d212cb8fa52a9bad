"""Dialogs of the policy workbench: save diff, conflict with the server, history."""

from __future__ import annotations

import html
import time
from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from adminui.core.policy_diff import LineTag, diff_lines, merge3
from adminui.core.policy_lint import LintIssue
from adminui.profiles.policy_drafts import HistoryEntry
from adminui.ui.i18n import say
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.theme import DIFF_BACKGROUNDS, is_dark, set_chip, status_colour

#: Row backgrounds of a diff: (light theme, dark theme); unchanged rows keep the base.
_LINE_COLOURS = {
    LineTag.ADDED: DIFF_BACKGROUNDS["added"],
    LineTag.REMOVED: DIFF_BACKGROUNDS["removed"],
}


def diff_html(old: str, new: str) -> str:
    """A coloured line diff from ``old`` to ``new`` as HTML."""
    side = 1 if is_dark() else 0
    muted = status_colour("muted").name()
    rows = []
    for line in diff_lines(old, new):
        number = line.new_line if line.new_line is not None else line.old_line
        colours = _LINE_COLOURS.get(line.tag)
        background = f' style="background:{colours[side]}"' if colours else ""
        rows.append(
            f"<tr{background}>"
            f'<td style="color:{muted}">{number}</td><td>{line.tag.value}</td>'
            f"<td><pre style='margin:0'>{html.escape(line.text) or ' '}</pre></td></tr>"
        )
    return "<table cellspacing=0 cellpadding=1>" + "".join(rows) + "</table>"


class DiffView(QTextEdit):
    """Read-only coloured diff."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    def show_diff(self, old: str, new: str) -> None:
        self.setHtml(diff_html(old, new))


class SaveDiffDialog(QDialog):
    """ "This is what will change on the server": confirm or go back."""

    def __init__(
        self,
        name: str,
        server: str,
        mine: str,
        parent: QWidget | None = None,
        problems: Sequence[LintIssue] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save policy {name}").replace("{name}", name))
        self.resize(720, 480)
        #: The problem the user picked to go back to (None: none picked).
        self.chosen_problem: LintIssue | None = None
        self.problems = list(problems)
        label = QLabel(self.tr("Changes against the server's current text:"))
        self.view = DiffView()
        self.view.show_diff(server, mine)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.back_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.problem_summary = QLabel()
        self.problem_summary.setObjectName("saveProblems")
        self.problem_summary.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems the server will reject"))
        if self.problems:
            set_chip(self.problem_summary, "error")
            self.problem_summary.setText(self._summary(len(self.problems)))
            for issue in self.problems:
                item = QListWidgetItem(
                    self.tr("Line {0}, column {1}: {2}").format(
                        issue.line, issue.column, say(issue.message)
                    )
                )
                self.problem_list.addItem(item)
            self.problem_list.setMaximumHeight(
                self.problem_list.sizeHintForRow(0) * min(len(self.problems), 5) + 8
            )
            self.problem_list.itemActivated.connect(self._go_to)
            self.problem_list.itemDoubleClicked.connect(self._go_to)
            # The server refuses such a text whole: sending it would only fail.
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Fix the problems first"))
            self.back_button.setText(self.tr("Back to the editor"))
            self.back_button.setToolTip(self.tr("Go to the first problem; nothing is sent"))
            layout.addWidget(self.problem_summary)
            layout.addWidget(self.problem_list)
        else:
            self.problem_summary.hide()
            self.problem_list.hide()
        layout.addWidget(label)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _summary(self, count: int) -> str:
        # Two messages so that English reads right without a translation; each carries
        # %n, so a translation gives every plural form of its language.
        if count == 1:
            return self.tr("%n problem — the server will reject this.", "", count)
        return self.tr("%n problems — the server will reject this.", "", count)

    def _go_to(self, item: QListWidgetItem) -> None:
        self.chosen_problem = self.problems[self.problem_list.row(item)]
        self.reject()


class ConflictDialog(QDialog):
    """The server's policy changed since it was opened: show both, offer a merge."""

    def __init__(
        self, name: str, base: str, mine: str, server: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy {name} changed on the server").replace("{name}", name))
        self.resize(900, 560)
        self.merged = merge3(base, mine, server)
        explanation = QLabel(
            self.tr(
                "Someone changed this policy on the server after you opened it. Nothing was "
                "saved. Compare both versions, then merge the server's changes into the editor "
                "and save again."
            )
        )
        explanation.setWordWrap(True)
        mine_view = QPlainTextEdit(mine)
        server_view = QPlainTextEdit(server)
        for plain in (mine_view, server_view):
            plain.setReadOnly(True)
            plain.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff = DiffView()
        self.diff.show_diff(server, mine)
        panes = QSplitter()
        for title, view in (
            (self.tr("Your version"), mine_view),
            (self.tr("Server version now"), server_view),
            (self.tr("Difference (server → yours)"), self.diff),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(title))
            box_layout.addWidget(view)
            panes.addWidget(box)
        conflicts = self.merged.conflicts
        summary = (
            self.tr("The changes merge cleanly.")
            if conflicts == 0
            else self.tr("{n} region(s) conflict and will be marked in the editor.").replace(
                "{n}", str(conflicts)
            )
        )
        self.merge_button = QPushButton(self.tr("Merge into editor"))
        self.merge_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Keep my text unchanged"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(summary), 1)
        row.addWidget(self.merge_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(panes, 1)
        layout.addLayout(row)


def _when(entry: HistoryEntry) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(entry.saved_at))


class HistoryDialog(QDialog):
    """Versions saved from the console: pick one to see its diff and restore it."""

    def __init__(
        self, entries: Sequence[HistoryEntry], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved versions"))
        self.resize(860, 520)
        self._current = current
        self.chosen: HistoryEntry | None = None
        self.model: RecordTableModel[HistoryEntry] = RecordTableModel(
            [
                Column(self.tr("Version"), lambda e: str(e.version)),
                Column(self.tr("Saved"), _when),
                Column(self.tr("Node"), lambda e: e.node),
            ],
            key=lambda e: e.version,
            parent=self,
        )
        self.model.set_records(list(reversed(entries)))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.diff = DiffView()
        self.restore_button = QPushButton(self.tr("Restore into editor"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.accept)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        split = QSplitter()
        split.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Difference (editor → selected version)")))
        right_layout.addWidget(self.diff)
        split.addWidget(right)
        split.setSizes([300, 560])
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        if entries:
            self.table.selectRow(0)

    def select_version(self, version: int) -> None:
        self.table.selectRow(self.model.row_of(version))

    def _show(self) -> None:
        row = self.table.currentIndex().row()
        self.chosen = self.model.record(row) if row >= 0 else None
        self.restore_button.setEnabled(self.chosen is not None)
        if self.chosen is not None:
            self.diff.show_diff(self._current, self.chosen.text)
