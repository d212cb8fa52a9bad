"""Offline lint of ACL policy HCL: syntax errors and surprising rules, with positions.

``lint(text)`` takes one of two ways to the ``path`` blocks of a policy:

* The fast way knows the plain subset of HCL that policies are written in: attributes
  (``key = value``, the value a string, number, name or heredoc, or a list or object of
  those) and blocks, one item a line, with comments wherever a line may end. One regular
  expression cuts the text into tokens; a few more check the order of their kinds, run
  over a string holding one character per token; the path blocks are collected on the
  way. It accepts only text python-hcl2 parses too, and takes an ordinary policy of
  1 MiB in about a tenth of a second, a hundred times faster than python-hcl2.
* Anything else (a syntax error, or syntax outside the subset such as interpolation,
  operators or function calls) goes the slow way: python-hcl2 gives the verdict (a
  syntax error carries the line and column lark reports) and, when it parses, a
  token-by-token scanner walks the path blocks.

Both ways give the same findings. Only the tokens a finding is about get a line and a
column. Pure: no I/O.

Levels: an *error* is something the server certainly refuses (checked against OpenBao
2.7: it answers 400 to a policy holding it); a *warning* is accepted by the server but
probably not what was meant.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate, islice, repeat
from operator import add, itemgetter
from typing import NamedTuple, Protocol

import hcl2
from lark.exceptions import LarkError, UnexpectedInput

from adminui.core.sentence import Sentence

#: Capabilities OpenBao ACL policies understand (any other is refused).
KNOWN_CAPABILITIES = frozenset(
    {"create", "read", "update", "patch", "delete", "list", "scan", "sudo", "deny"}
)
#: Capabilities only Vault knows: OpenBao refuses them, Vault accepts them.
VAULT_ONLY_CAPABILITIES = frozenset({"subscribe", "recover"})
#: Keys a ``path`` block may hold (any other is refused).
KNOWN_PATH_KEYS = frozenset(
    {
        "comment",
        "capabilities",
        "policy",
        "allowed_parameters",
        "denied_parameters",
        "required_parameters",
        "min_wrapping_ttl",
        "max_wrapping_ttl",
        "control_group",
        "mfa_methods",
        "pagination_limit",
        "expiration",
        "list_scan_response_keys_filter_path",
    }
)
#: Keys the top level may hold besides ``path`` blocks (any other is refused).
KNOWN_TOP_LEVEL_KEYS = frozenset({"name"})
#: Values of the legacy ``policy = "..."`` form.
LEGACY_POLICIES = ("deny", "read", "write", "sudo")
_SERVER_POSITION = re.compile(r"\bAt (\d+):(\d+)")


class Severity(StrEnum):
    """How bad a finding is: ``ERROR`` the server refuses the policy, ``WARNING`` not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class LintIssue:
    """One finding; ``line`` and ``column`` are 1-based, ``length`` in characters."""

    line: int
    column: int
    severity: Severity
    message: str
    length: int = 1


class _Tokens(Protocol):
    """The significant tokens of a text (comments and blanks left out), by index."""

    def kind(self, index: int) -> str:
        """ "ident", "string", "number", "heredoc" or "punct"."""

    def text(self, index: int) -> str:
        """The token as written (a string with its quotes)."""

    def start(self, index: int) -> int:
        """Where the token starts in the text."""


@dataclass(slots=True)
class _PathBlock:
    """A ``path "<p>" { ... }`` block, by indices of its tokens."""

    path: int  # the path string
    keys: dict[str, int]  # each "key =" of the block: its first key token
    capabilities: list[int]  # the strings of each "capabilities = [...]"
    values: dict[str, int]  # each key: the first token after its first "key ="


class _Scan(NamedTuple):
    """What the lint needs of a policy that parses."""

    tokens: _Tokens
    blocks: list[_PathBlock]
    others: list[int]  # the names at the top level that are not a path block's "path"


# --- The fast way: a strict subset of HCL, checked over one character per token ---------
#
# Each token is one of these, the blanks after it included. They start with different
# characters (so their order here only matters for speed), and the first character
# tells the kind. A run of line ends, blank lines and comments is one token: it stands
# for the NL_OR_COMMENT tokens of python-hcl2's grammar (a block comment is one of
# them). Where no token fits, the text is left to the slow way. Where the fast way cuts
# a token, the slow scanner cuts the same.
_CLOSED_COMMENT = r"\#[^\n]*+|//[^\n]*+|/\*[\s\S]*?\*/"


def _line_ends(comment: str) -> str:
    return rf"(?:\n|{comment})(?:[ \t\r\n]++|{comment})*+"


# A block comment left open takes the rest of the text, where it is refused: searching
# the text for a "*/" again from each later "/*" would take quadratic time.
_LINE_ENDS = _line_ends(_CLOSED_COMMENT + r"|/\*[\s\S]*+")
_CLOSED_LINE_ENDS = re.compile(_line_ends(_CLOSED_COMMENT))
# Quoted, on one line, without ${ or %{ (interpolation and directives).
_STRING = r'"(?:[^"\\\n$%]++|\\[^\n]|\$(?!\{)|%(?!\{))*+"'
_NUMBER = r"-?[0-9]++(?:\.[0-9]++)?+(?!\d|\.\d)"
# Not an HCL keyword, not followed by "." (an attribute access).
_NAME = (
    r"(?!(?:if|in|for|for_each|else|endif|endfor)(?![\w.-]))"
    r"[A-Za-z_][A-Za-z0-9_-]*+(?![\w.-])"
)
_PUNCT = r"[{}\[\],]|=(?![=>])|:(?!:)"
# The closing line is the first line holding only the tag, and it holds it without
# blanks after it (python-hcl2 and the slow scanner disagree about those). The
# pattern needs a group, so only texts holding "<<" are cut with it; there, a "<<" that
# starts no such heredoc takes the rest of the text, as an open block comment does.
_HEREDOC = (
    r"<<-?(?P<tag>[A-Za-z][A-Za-z0-9_]*+)\n"
    r"(?:(?![^\S\n]*+(?P=tag)[^\S\n]*+$)[^\r\n]*+\n)*?[ \t]*+(?P=tag)(?=\n|\Z)"
)
_BLANKS = " \t\r"
_FAST_TOKEN = re.compile(rf"(?:{_PUNCT}|{_STRING}|{_NAME}|{_LINE_ENDS}|{_NUMBER})[{_BLANKS}]*+")
_FAST_TOKEN_OR_HEREDOC = re.compile(
    rf"(?:{_PUNCT}|{_STRING}|{_NAME}|{_LINE_ENDS}|{_NUMBER}|{_HEREDOC}|<<[\s\S]*+)[{_BLANKS}]*+",
    re.MULTILINE,
)
_WHOLE_HEREDOC = re.compile(rf"{_HEREDOC}[{_BLANKS}]*+", re.MULTILINE)
#: A token's first character to its kind: "\n" line ends, "i" name, "s" string,
#: "n" number, "h" heredoc, punctuation as itself.
_KIND_OF_FIRST = str.maketrans(
    {
        "#": "\n",
        "/": "\n",
        '"': "s",
        "<": "h",
        "-": "n",
        **dict.fromkeys("0123456789", "n"),
        **dict.fromkeys("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_", "i"),
    }
)
_KIND_NAMES = {"i": "ident", "s": "string", "n": "number", "h": "heredoc"}
#: How deep lists, objects and blocks may nest on the fast way.
_MAX_DEPTH = 6


def _value_pattern(depth: int) -> str:
    """A value at most ``depth`` lists or objects deep, over the kinds.

    A list's items are separated by commas, an object's by commas or line ends; a line
    end may come before and after each item and comma, a comma after the last item.
    """
    scalar = "[isnh]"
    if depth == 0:
        return scalar
    inner = _value_pattern(depth - 1)
    items = rf"\[\n?(?:{inner}\n?(?:,\n?|(?=\])))*+\]"
    pairs = rf"\{{\n?(?:[is][=:]{inner}(?:\n?,\n?|\n|(?=\}})))*+\}}"
    return rf"(?>{scalar}|{items}|{pairs})"


_VALUE = _value_pattern(_MAX_DEPTH)
_ATTRIBUTE = re.compile(rf"i={_VALUE}")
#: An attribute, or the head of a block (its type and labels) up to its "{".
_ITEM = re.compile(rf"(?P<attribute>i={_VALUE})|(?P<head>i[si]*+)\n?\{{")
#: The head of a block that may be a path block: a name and a string.
_PATH_HEAD = re.compile(r"is\n?\{")
#: A block's body of attributes only, one a line, up to and with its closing "}".
_ATTRIBUTES_BODY = re.compile(rf"\n?(?:i={_VALUE}(?:\n|(?=\}})))*+\}}")


class _FastTokens:
    """Tokens cut the fast way: their kinds (one character each, see _KIND_OF_FIRST) and
    their texts with the blanks after them; the first starts at ``offset``."""

    def __init__(self, kinds: str, pieces: list[str], offset: int) -> None:
        self.kinds = kinds
        self.pieces = pieces
        self._offset = offset
        self._summed = 0
        self._starts: list[int] | None = None

    def kind(self, index: int) -> str:
        return _KIND_NAMES.get(self.kinds[index], "punct")

    def text(self, index: int) -> str:
        return self.pieces[index].rstrip(_BLANKS)

    def start(self, index: int) -> int:
        # Only findings need these: the first few are summed, then all are listed.
        if self._starts is None and self._summed < 4:
            self._summed += 1
            return self._offset + sum(map(len, islice(self.pieces, index)))
        if self._starts is None:
            self._starts = list(accumulate(map(len, self.pieces), initial=self._offset))
        return self._starts[index]


def _fast_tokens(text: str) -> _FastTokens | None:
    """The tokens of ``text``, or None when some part of it is not a token of the fast
    way; line ends and comments are among them."""
    offset = len(text) - len(text.lstrip(_BLANKS))
    # Both skip what is not a token, which the sum of the lengths then shows.
    if "<<" in text:
        pieces = list(map(re.Match.group, _FAST_TOKEN_OR_HEREDOC.finditer(text, offset)))
    else:
        pieces = _FAST_TOKEN.findall(text, offset)
    if sum(map(len, pieces)) != len(text) - offset or (pieces and not _whole(pieces[-1])):
        return None
    kinds = "".join(map(itemgetter(0), pieces)).translate(_KIND_OF_FIRST)
    return _FastTokens(kinds, pieces, offset)


def _whole(last: str) -> bool:
    """Whether the last token is whole: a block comment or a heredoc left open takes the
    rest of the text."""
    if last.startswith("<<"):
        return _WHOLE_HEREDOC.fullmatch(last) is not None
    if last[0] in "\n#/" and "/*" in last:
        return _CLOSED_LINE_ENDS.fullmatch(last) is not None
    return True


class _OutsideSubset(Exception):
    """The text is not in the subset the fast way knows."""


class _AttributeAt(NamedTuple):
    """Where an attribute is in a run of attributes, counted in tokens from its start."""

    key: int
    strings: tuple[int, ...] | None  # those of its value when that is a list
    nested: bool  # its value is a list holding a list


def _layout(shape: str) -> tuple[_AttributeAt, ...]:
    """The attributes of a run of attributes whose kinds are ``shape``."""
    layout: list[_AttributeAt] = []
    for attribute in _ATTRIBUTE.finditer(shape):
        start, end = attribute.span()
        if shape[start + 2] != "[":
            layout.append(_AttributeAt(start, None, False))
            continue
        strings = tuple(i for i in range(start + 3, end) if shape[i] == "s")
        layout.append(_AttributeAt(start, strings, shape.find("[", start + 3, end) >= 0))
    return tuple(layout)


class _FastScanner:
    """Checks the kinds of a text's tokens against the subset's grammar and collects
    the path blocks as the slow scanner would; raises :class:`_OutsideSubset` when the
    text is not in the subset (python-hcl2 then decides).

    Path blocks mostly repeat a few shapes: the layout of each shape of attributes is
    worked out once.
    """

    def __init__(self, tokens: _FastTokens) -> None:
        self._tokens = tokens
        self._kinds = tokens.kinds
        self._pieces = tokens.pieces
        self._layouts: dict[str, tuple[_AttributeAt, ...]] = {}
        self._blocks: list[_PathBlock] = []
        self._others: list[int] = []

    def scan(self) -> _Scan:
        """The path blocks and other top-level names of the whole text."""
        kinds = self._kinds
        pos = 1 if kinds.startswith("\n") else 0
        attributes: set[str] = set()
        while pos < len(kinds):
            head = _PATH_HEAD.match(kinds, pos)
            if head is not None and self._text(pos) == "path" and "path" not in attributes:
                block = _PathBlock(pos + 1, {}, [], {})
                self._blocks.append(block)
                pos = self._body(head.end(), 1, block)
            else:
                pos = self._top_level_item(pos, attributes)
            if pos < len(kinds):
                if kinds[pos] != "\n":
                    raise _OutsideSubset
                pos += 1
        return _Scan(self._tokens, self._blocks, self._others)

    def _top_level_item(self, pos: int, attributes: set[str]) -> int:
        """Checks the top-level item at ``pos``; returns the index after it."""
        item = _ITEM.match(self._kinds, pos)
        if item is None:
            raise _OutsideSubset
        if item.lastgroup == "attribute":
            attributes.add(self._text(pos))
            self._others.append(pos)
            if self._kinds[pos + 2] == "i":  # a name as value, such as "x = y"
                self._others.append(pos + 2)
            return item.end()
        _refuse_block_after_attribute(self._text(pos), attributes)
        path = self._head(pos, item.end("head"))
        if path is None:
            return self._body(item.end(), 1, None)
        block = _PathBlock(path, {}, [], {})
        self._blocks.append(block)
        return self._body(item.end(), 1, block)

    def _head(self, start: int, end: int) -> int | None:
        """The index of the path of a block whose head ends in ``path "<p>"``; the names
        of the head before it (all of them for another block) go to the others."""
        for index in range(start, end):
            if self._kinds[index] != "i":
                continue
            if index + 2 == end and self._kinds[index + 1] == "s" and self._text(index) == "path":
                return index + 1
            self._others.append(index)
        return None

    def _body(self, pos: int, depth: int, block: _PathBlock | None) -> int:
        """Checks the body that starts at ``pos`` (after its "{"), recording its
        attributes into ``block`` when it is a path block's; returns the index after its
        "}"."""
        simple = _ATTRIBUTES_BODY.match(self._kinds, pos)
        if simple is None:
            return self._mixed_body(pos, depth, block)
        if block is not None:
            self._record(block, pos, simple.end())
        return simple.end()

    def _mixed_body(self, pos: int, depth: int, block: _PathBlock | None) -> int:
        """:meth:`_body` for a body that holds blocks too."""
        if depth > _MAX_DEPTH:
            raise _OutsideSubset
        kinds = self._kinds
        attributes: set[str] = set()
        if kinds.startswith("\n", pos):
            pos += 1
        while not kinds.startswith("}", pos):
            item = _ITEM.match(kinds, pos)
            if item is None:
                raise _OutsideSubset
            if item.lastgroup == "attribute":
                attributes.add(self._text(pos))
                if block is not None:
                    self._record(block, pos, item.end())
                pos = item.end()
            else:  # the slow scanner does not look into blocks in a path block either
                _refuse_block_after_attribute(self._text(pos), attributes)
                pos = self._body(item.end(), depth + 1, None)
            if kinds.startswith("\n", pos):
                pos += 1
            elif not kinds.startswith("}", pos):
                raise _OutsideSubset
        return pos + 1

    def _record(self, block: _PathBlock, start: int, end: int) -> None:
        """Records the attributes between ``start`` and ``end`` into a path block."""
        shape = self._kinds[start:end]
        layout = self._layouts.get(shape)
        if layout is None:
            layout = self._layouts[shape] = _layout(shape)
        pieces = self._pieces
        for attribute in layout:
            at = start + attribute.key
            key = pieces[at].rstrip(_BLANKS)
            if key not in block.keys:
                block.keys[key] = at
                block.values[key] = at + 2
            if key != "capabilities" or attribute.strings is None:
                continue
            if attribute.nested:
                raise _OutsideSubset  # the slow scanner stops at the inner list's "]"
            block.capabilities += [start + i for i in attribute.strings]

    def _text(self, index: int) -> str:
        return self._pieces[index].rstrip(_BLANKS)


def _refuse_block_after_attribute(name: str, attributes: set[str]) -> None:
    # python-hcl2 refuses a block named like an attribute before it in the same body.
    if name in attributes:
        raise _OutsideSubset


def _fast_scan(text: str) -> _Scan | None:
    """The scan of ``text`` when it is in the fast way's subset of HCL (python-hcl2
    parses all of it), else None."""
    tokens = _fast_tokens(text)
    if tokens is None:
        return None
    try:
        return _FastScanner(tokens).scan()
    except _OutsideSubset:
        return None


# --- The slow way: once python-hcl2 accepted the text, a token-by-token scan ------------

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*|//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<heredoc><<-?(?P<tag>[A-Za-z_][A-Za-z0-9_]*)\n.*?^[ \t]*(?P=tag)[ \t]*$)
  | (?P<string>"(?:[^"\\\n]|\\.)*"?)
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_\-.]*)
  | (?P<space>\s+)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)


class _Token(NamedTuple):
    kind: str  # "ident", "string", "punct", "number", "heredoc"
    text: str
    start: int


class _TokenList:
    """Tokens cut the slow way."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens

    def kind(self, index: int) -> str:
        return self._tokens[index].kind

    def text(self, index: int) -> str:
        return self._tokens[index].text

    def start(self, index: int) -> int:
        return self._tokens[index].start


def _tokens(text: str) -> list[_Token]:
    """Significant tokens (comments and blanks dropped)."""
    result: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        if kind == "tag":
            kind = "heredoc"
        if kind in ("comment", "space"):
            continue
        result.append(_Token(kind, match.group(), match.start()))
    return result


def _slow_scan(text: str) -> _Scan:
    """The scan of any ``text`` python-hcl2 accepts."""
    tokens = _tokens(text)
    blocks, others = _path_blocks(tokens)
    return _Scan(_TokenList(tokens), blocks, others)


def _path_blocks(tokens: list[_Token]) -> tuple[list[_PathBlock], list[int]]:
    """``path "<p>" { ... }`` blocks, and the other top-level keys, from the tokens."""
    blocks: list[_PathBlock] = []
    others: list[int] = []
    i = 0
    depth = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in "{[(" and tok.kind == "punct":
            depth += 1
        elif tok.text in "}])" and tok.kind == "punct":
            depth = max(0, depth - 1)
        elif depth == 0 and tok.kind == "ident":
            is_path = (
                tok.text == "path"
                and i + 2 < len(tokens)
                and tokens[i + 1].kind == "string"
                and tokens[i + 2].text == "{"
            )
            if is_path:
                block, i = _read_block(tokens, i + 1)
                blocks.append(block)
                continue
            others.append(i)
        i += 1
    return blocks, others


def _read_block(tokens: list[_Token], i: int) -> tuple[_PathBlock, int]:
    """The block whose path string is ``tokens[i]``; returns it and the index after it."""
    block = _PathBlock(i, {}, [], {})
    i += 2  # the path string and "{"
    depth = 1
    while i < len(tokens) and depth > 0:
        tok = tokens[i]
        if tok.kind == "punct" and tok.text in "{[(":
            depth += 1
        elif tok.kind == "punct" and tok.text in "}])":
            depth -= 1
        elif (
            depth == 1 and tok.kind == "ident" and i + 1 < len(tokens) and tokens[i + 1].text == "="
        ):
            block.keys.setdefault(tok.text, i)
            if i + 2 < len(tokens):
                block.values.setdefault(tok.text, i + 2)
            if tok.text == "capabilities":
                i = _read_list(tokens, i + 2, block.capabilities)
                continue
        i += 1
    return block, i


def _read_list(tokens: list[_Token], i: int, into: list[int]) -> int:
    if i >= len(tokens) or tokens[i].text != "[":
        return i
    i += 1
    while i < len(tokens) and tokens[i].text != "]":
        if tokens[i].kind == "string":
            into.append(i)
        i += 1
    return i + 1


def syntax_error(text: str) -> LintIssue | None:
    """The first HCL syntax error in ``text`` (None when it parses)."""
    try:
        hcl2.loads(text)
    except UnexpectedInput as exc:
        line = max(1, int(getattr(exc, "line", 1) or 1))
        column = max(1, int(getattr(exc, "column", 1) or 1))
        return LintIssue(line, column, Severity.ERROR, _describe(exc))
    except (LarkError, ValueError, TypeError, KeyError, RecursionError, RuntimeError) as exc:
        # RuntimeError: python-hcl2 refuses a block named like an attribute before it.
        return LintIssue(
            1, 1, Severity.ERROR, Sentence("The policy is not valid HCL ({0}).", str(exc))
        )
    return None


def _describe(exc: UnexpectedInput) -> str:
    token = getattr(exc, "token", None)
    if token is not None and getattr(token, "type", "") == "$END":
        return Sentence("Unexpected end of the policy: a bracket or brace is not closed.")
    char = getattr(exc, "char", None)
    if char is not None:
        return Sentence("Unexpected character {0!r}.", char)
    if token is not None:
        return Sentence("Unexpected {0!r}.", str(token))
    return Sentence("The policy is not valid HCL.")


# --- The findings ------------------------------------------------------------------------


def lint(text: str) -> list[LintIssue]:
    """Every finding in ``text``, sorted by position; an empty list means clean."""
    if text == "":
        return [
            LintIssue(1, 1, Severity.ERROR, Sentence("The policy is empty: the server refuses it."))
        ]
    scan = _fast_scan(text)
    if scan is None:
        error = syntax_error(text)
        if error is not None:
            return [error]
        scan = _slow_scan(text)
    return _findings(scan, _Locator(text, scan.tokens))


def _findings(scan: _Scan, locate: _Locator) -> list[LintIssue]:
    tokens = scan.tokens
    issues: list[LintIssue] = []
    if not scan.blocks:
        issues.append(
            LintIssue(1, 1, Severity.WARNING, Sentence("The policy is empty: it grants nothing."))
        )
    for index in scan.others:
        key = tokens.text(index)
        if key in KNOWN_TOP_LEVEL_KEYS:
            continue
        issues.append(
            locate.issue(
                index,
                Severity.ERROR,
                Sentence("Unknown top-level key {0!r}; only 'path' blocks.", key),
            )
        )
    seen: dict[str, int] = {}
    for block in scan.blocks:
        path = tokens.text(block.path)[1:-1]
        issues.extend(_check_block(block, path, tokens, locate))
        if path in seen:
            issues.append(
                locate.issue(
                    block.path,
                    Severity.WARNING,
                    Sentence(
                        "Path {0!r} is already defined on line {1}; the rules are merged.",
                        path,
                        locate.line(seen[path]),
                    ),
                )
            )
        else:
            seen[path] = block.path
    return sorted(issues)


def _check_block(
    block: _PathBlock, path: str, tokens: _Tokens, locate: _Locator
) -> list[LintIssue]:
    """The findings about one path block, whose path (without quotes) is ``path``."""
    issues: list[LintIssue] = []
    if path.startswith("/"):
        issues.append(
            locate.issue(
                block.path,
                Severity.WARNING,
                Sentence(
                    "Policy paths are relative to the namespace and written without a "
                    "leading '/' (write {0!r}).",
                    path.lstrip("/"),
                ),
            )
        )
    if not path:
        issues.append(locate.issue(block.path, Severity.WARNING, Sentence("The path is empty.")))
    if "+*" in path:
        issues.append(
            locate.issue(
                block.path,
                Severity.ERROR,
                Sentence("'+*' is not allowed in a path: the server refuses it."),
            )
        )
    for key, index in block.keys.items():
        if key not in KNOWN_PATH_KEYS:
            issues.append(
                locate.issue(
                    index, Severity.ERROR, Sentence("Unknown key {0!r} in a path block.", key)
                )
            )
    if "policy" in block.keys:
        issues.extend(_check_legacy_policy(block, tokens, locate))
    listed = block.values.get("capabilities")
    if listed is not None and tokens.text(listed) != "[":
        issues.append(
            locate.issue(
                listed,
                Severity.ERROR,
                Sentence("'capabilities' must be a list, such as [\"read\"]."),
            )
        )
    if "capabilities" not in block.keys and "policy" not in block.keys:
        issues.append(
            locate.issue(
                block.path, Severity.WARNING, Sentence("Path {0!r} lists no capabilities.", path)
            )
        )
    caps = [tokens.text(index)[1:-1] for index in block.capabilities]
    # The server stops reading the list at 'deny': what follows it is not checked.
    checked = caps.index("deny") if "deny" in caps else len(caps)
    if not KNOWN_CAPABILITIES.issuperset(caps):
        issues.extend(_check_unknown_capabilities(block.capabilities, caps, checked, locate))
    if (
        "list_scan_response_keys_filter_path" in block.keys
        and "list" not in caps[:checked]
        and checked == len(caps)
    ):
        issues.append(
            locate.issue(
                block.keys["list_scan_response_keys_filter_path"],
                Severity.ERROR,
                Sentence(
                    "'list_scan_response_keys_filter_path' needs the 'list' capability on "
                    "this path: the server refuses it without."
                ),
            )
        )
    if "capabilities" in block.keys and not caps and (listed is None or tokens.text(listed) == "["):
        issues.append(
            locate.issue(
                block.keys["capabilities"],
                Severity.WARNING,
                Sentence("Empty capabilities: grants nothing."),
            )
        )
    if "deny" in caps and len(set(caps)) > 1:
        issues.append(
            locate.issue(
                block.capabilities[caps.index("deny")],
                Severity.WARNING,
                Sentence("'deny' overrides every other capability in this list."),
            )
        )
    if "sudo" in caps:
        issues.extend(_check_sudo(block.capabilities[caps.index("sudo")], caps, path, locate))
    return issues


def _check_unknown_capabilities(
    indices: list[int], caps: list[str], checked: int, locate: _Locator
) -> list[LintIssue]:
    """Findings about the capabilities OpenBao does not know; the server reads ``caps``
    up to ``checked`` only."""
    issues: list[LintIssue] = []
    for position, (cap, index) in enumerate(zip(caps, indices, strict=True)):
        if cap in KNOWN_CAPABILITIES:
            continue
        if cap in VAULT_ONLY_CAPABILITIES:
            issues.append(
                locate.issue(
                    index,
                    Severity.WARNING,
                    Sentence("Capability {0!r} exists only in Vault: OpenBao refuses it.", cap),
                )
            )
        elif position < checked:
            issues.append(
                locate.issue(
                    index,
                    Severity.ERROR,
                    Sentence("Unknown capability {0!r}: the server will refuse it.", cap),
                )
            )
        else:
            issues.append(
                locate.issue(
                    index,
                    Severity.WARNING,
                    Sentence("Unknown capability {0!r}; the server ignores it after 'deny'.", cap),
                )
            )
    return issues


def _check_legacy_policy(block: _PathBlock, tokens: _Tokens, locate: _Locator) -> list[LintIssue]:
    issues: list[LintIssue] = []
    legacy = block.values.get("policy")
    if legacy is not None and tokens.kind(legacy) == "string":
        value = tokens.text(legacy)[1:-1]
        if value not in LEGACY_POLICIES:
            issues.append(
                locate.issue(
                    legacy,
                    Severity.ERROR,
                    Sentence(
                        "Unknown legacy policy {0!r}: the server refuses it "
                        "(deny, read, write or sudo).",
                        value,
                    ),
                )
            )
    issues.append(
        locate.issue(
            block.keys["policy"],
            Severity.WARNING,
            Sentence("'policy = ...' is the legacy form; use 'capabilities = [...]'."),
        )
    )
    return issues


def _check_sudo(sudo: int, caps: list[str], path: str, locate: _Locator) -> list[LintIssue]:
    issues: list[LintIssue] = []
    if set(caps) <= {"sudo"}:
        issues.append(
            locate.issue(
                sudo,
                Severity.WARNING,
                Sentence(
                    "'sudo' alone grants nothing: it only adds access to root-protected "
                    "endpoints on top of other capabilities."
                ),
            )
        )
    if path.endswith("*") or path.endswith("+"):
        issues.append(
            locate.issue(
                sudo,
                Severity.WARNING,
                Sentence(
                    "'sudo' on the wildcard path {0!r} opens every root-protected "
                    "endpoint below it.",
                    path,
                ),
            )
        )
    return issues


class _Locator:
    """Lines and columns of the tokens of one text.

    The first few are counted directly; past them, the offsets of all line starts are
    listed once and searched.
    """

    _COUNTED = 16

    def __init__(self, text: str, tokens: _Tokens) -> None:
        self._text = text
        self._tokens = tokens
        self._counted = 0
        self._line_starts: list[int] | None = None

    def issue(self, index: int, severity: Severity, message: str) -> LintIssue:
        """A finding about the token at ``index``."""
        line, column = self._position(self._tokens.start(index))
        return LintIssue(line, column, severity, message, max(1, len(self._tokens.text(index))))

    def line(self, index: int) -> int:
        """The line of the token at ``index``."""
        return self._position(self._tokens.start(index))[0]

    def _position(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None and self._counted < self._COUNTED:
            self._counted += 1
            line_start = self._text.rfind("\n", 0, offset) + 1
            return self._text.count("\n", 0, offset) + 1, offset - line_start + 1
        if self._line_starts is None:
            lengths = map(len, self._text.split("\n"))
            self._line_starts = [0, *accumulate(map(add, lengths, repeat(1)))]
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


def server_error_position(message: str) -> tuple[int, int] | None:
    """``(line, column)`` named by a server parse error such as "At 3:1: ...", or None."""
    match = _SERVER_POSITION.search(message)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
