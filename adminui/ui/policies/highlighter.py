"""HCL syntax highlighting fed by pygments' HCL (Terraform) lexer.

The whole document is lexed once per change (policies are small) and each block takes
its own slice of the tokens. A block's state is a hash of the next block's formats, so
a change that re-colours later lines (an opened comment or heredoc) makes Qt carry on
highlighting them.
"""

from __future__ import annotations

import bisect
from typing import Any

from pygments.lexers import get_lexer_by_name
from pygments.token import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String
from pygments.token import _TokenType as TokenType
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from adminui.core.policy_lint import KNOWN_CAPABILITIES
from adminui.ui.theme import HIGHLIGHT_COLOURS, is_dark

#: Words that read as keywords in a policy (the lexer sees them as bare names).
_BLOCK_WORDS = frozenset({"path"})


def _fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


_BOLD = frozenset({"keyword", "capability"})
_ITALIC = frozenset({"comment"})


def _styles(side: int) -> dict[str, QTextCharFormat]:
    return {
        name: _fmt(pair[side], bold=name in _BOLD, italic=name in _ITALIC)
        for name, pair in HIGHLIGHT_COLOURS.items()
    }


#: Style per token kind; the name is what tests and themes refer to.
STYLES: dict[str, QTextCharFormat] = _styles(0)
#: The same kinds on a dark background.
DARK_STYLES: dict[str, QTextCharFormat] = _styles(1)


def styles() -> dict[str, QTextCharFormat]:
    """The styles for the theme shown now."""
    return DARK_STYLES if is_dark() else STYLES


def classify(token: TokenType, text: str) -> str | None:
    """The style name of a pygments token (None: default text)."""
    if token in Comment:
        return "comment"
    if token in String:
        stripped = text.strip().strip('"')
        return "capability" if stripped in KNOWN_CAPABILITIES else "string"
    if token in Number:
        return "number"
    if token in Keyword or (token in Error and text.strip() and text.isidentifier()):
        return "keyword"
    if token in Name.Attribute or token in Name:
        return "keyword" if text in _BLOCK_WORDS else "attribute"
    if token in Operator or token in Punctuation:
        return "operator"
    return None


def style_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, length, style) over ``text``, merging the lexer's split identifiers."""
    lexer = get_lexer_by_name("hcl", stripnl=False, ensurenl=False)
    spans: list[tuple[int, int, str]] = []
    pending: tuple[int, str] | None = None  # characters the lexer marked as errors
    for start, token, value in lexer.get_tokens_unprocessed(text):
        if token in Error and (value.isalnum() or value == "_"):
            pending = (pending[0], pending[1] + value) if pending else (start, value)
            continue
        if pending is not None:
            style = classify(Name, pending[1])
            if style:
                spans.append((pending[0], len(pending[1]), style))
            pending = None
        style = classify(token, value)
        if style == "string" and "," in value:
            spans.extend(_split_list(start, value))
        elif style:
            spans.append((start, len(value), style))
    if pending is not None:
        spans.append((pending[0], len(pending[1]), classify(Name, pending[1]) or "attribute"))
    return spans


def _split_list(start: int, value: str) -> list[tuple[int, int, str]]:
    """The lexer gives `"read", "list"` as one string: colour each item on its own."""
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for part in value.split(","):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        if stripped:
            style = "capability" if stripped.strip('"') in KNOWN_CAPABILITIES else "string"
            spans.append((start + offset + lead, len(stripped), style))
        offset += len(part) + 1
    return spans


class HclHighlighter(QSyntaxHighlighter):
    """Colours ACL policy HCL in a QTextDocument."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._text: str | None = None
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str]] = []

    def _relex(self) -> None:
        document = self.document()
        if document is None:
            return
        text = document.toPlainText()  # revision() does not move on setPlainText
        if text == self._text:
            return
        self._text = text
        self._spans = style_spans(text)
        self._starts = [s[0] for s in self._spans]

    def spans_in(self, position: int, length: int) -> list[tuple[int, int, str]]:
        """Styled spans overlapping [position, position + length), clipped to it."""
        self._relex()
        end = position + length
        first = max(0, bisect.bisect_right(self._starts, position) - 1)
        result: list[tuple[int, int, str]] = []
        for start, size, style in self._spans[first:]:
            if start >= end:
                break
            lo, hi = max(start, position), min(start + size, end)
            if hi > lo:
                result.append((lo - position, hi - lo, style))
        return result

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        formats = styles()
        for start, size, style in self.spans_in(block.position(), len(text)):
            self.setFormat(start, size, formats[style])
        following = block.next()
        state: Any = 0
        if following.isValid():
            spans = self.spans_in(following.position(), following.length())
            state = hash(tuple(spans)) & 0x3FFFFFFF
        self.setCurrentBlockState(int(state))
