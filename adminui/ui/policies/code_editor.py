"""A plain-text editor with line numbers and underlined lint findings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QFontDatabase,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from adminui.core.policy_lint import LintIssue, Severity
from adminui.ui.i18n import say
from adminui.ui.policies.highlighter import HclHighlighter
from adminui.ui.theme import status_background, status_colour

_TONES = {Severity.ERROR: "error", Severity.WARNING: "warning"}


class _LineNumberArea(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """HCL editor: highlighting, a line-number gutter, wavy underlines with tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self.highlighter = HclHighlighter(self.document())
        self._gutter = _LineNumberArea(self)
        self._issues: list[LintIssue] = []
        self._marked_lines: dict[int, str] = {}
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._scroll_gutter)
        self._update_margin()

    # -- line numbers ---------------------------------------------------------------
    def line_number_width(self) -> int:
        digits = max(3, len(str(max(1, self.blockCount()))))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(
            QRect(area.left(), area.top(), self.line_number_width(), area.height())
        )

    def changeEvent(self, event: QEvent) -> None:
        """A change of theme re-colours the text already highlighted."""
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.rehighlight()
        super().changeEvent(event)

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = round(self.blockBoundingRect(block).height())
        flagged = {i.line: i.severity for i in self._issues}
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and top + height >= event.rect().top():
                number = block.blockNumber() + 1
                colour = status_colour("muted")
                if number in self._marked_lines or flagged.get(number) is Severity.ERROR:
                    colour = status_colour("error")
                elif number in flagged:
                    colour = status_colour("warning")
                painter.setPen(colour)
                painter.drawText(
                    0,
                    top,
                    self._gutter.width() - 5,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(number),
                )
            block = block.next()
            top += height
            height = round(self.blockBoundingRect(block).height())
        painter.end()

    # -- findings -------------------------------------------------------------------
    @property
    def issues(self) -> list[LintIssue]:
        return list(self._issues)

    def set_issues(self, issues: Sequence[LintIssue]) -> None:
        """Underline ``issues`` (replacing the previous ones)."""
        self._issues = list(issues)
        self._refresh_selections()

    def mark_line(self, line: int, message: str) -> None:
        """Mark a whole line (e.g. the one a server error names) until the next edit."""
        self._marked_lines = {line: message}
        self._refresh_selections()

    def clear_marks(self) -> None:
        if self._marked_lines:
            self._marked_lines = {}
            self._refresh_selections()

    def marked_lines(self) -> dict[int, str]:
        return dict(self._marked_lines)

    def _cursor_at(self, line: int, column: int) -> QTextCursor | None:
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return None
        cursor = QTextCursor(block)
        offset = min(max(0, column - 1), max(0, block.length() - 1))
        cursor.setPosition(block.position() + offset)
        return cursor

    def _refresh_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        for line, _message in self._marked_lines.items():
            cursor = self._cursor_at(line, 1)
            if cursor is None:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(status_background("error"))
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = cursor
            selections.append(sel)
        for issue in self._issues:
            cursor = self._cursor_at(issue.line, issue.column)
            if cursor is None:
                continue
            block_end = cursor.block().position() + max(0, cursor.block().length() - 1)
            end = min(block_end, cursor.position() + issue.length)
            if end <= cursor.position():  # at the end of a line: underline what precedes
                cursor.setPosition(max(cursor.block().position(), cursor.position() - 1))
                end = cursor.position() + 1
            end = min(end, max(0, self.document().characterCount() - 1))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            sel.format.setUnderlineColor(status_colour(_TONES[issue.severity]))
            sel.format.setToolTip(say(issue.message))
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        self._gutter.update()

    def issues_at(self, line: int, column: int) -> list[str]:
        """Messages of the findings (and line marks) covering a 1-based position, in the
        interface language."""
        found = [
            say(i.message)
            for i in self._issues
            if i.line == line and i.column <= column < i.column + max(1, i.length)
        ]
        if line in self._marked_lines:
            found.append(self._marked_lines[line])
        return found

    def go_to(self, line: int, column: int = 1) -> None:
        cursor = self._cursor_at(line, column)
        if cursor is not None:
            self.setTextCursor(cursor)
            self.centerCursor()
            self.setFocus()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFromParent(event.pos()))
            block = cursor.block()
            messages = self.issues_at(
                block.blockNumber() + 1, cursor.position() - block.position() + 1
            )
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)
            else:
                QToolTip.hideText()
            return True
        return bool(super().event(event))  # type: ignore[arg-type]
