"""Offline lint of ACL policy HCL: syntax errors and surprising rules, with positions.

``lint(text)`` parses the text with python-hcl2 (syntax errors carry the line and
column lark reports) and then walks the ``path`` blocks with a small position-keeping
scanner to point each finding at the line and column it is about. Pure: no I/O.

Levels: an *error* is something the server certainly refuses (checked against OpenBao
2.7: it answers 400 to a policy holding it); a *warning* is accepted by the server but
probably not what was meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

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


@dataclass(frozen=True)
class _Token:
    kind: str  # "ident", "string", "punct", "number", "heredoc"
    text: str
    line: int
    column: int

    @property
    def value(self) -> str:
        """A string token without its quotes (other tokens as written)."""
        if self.kind == "string":
            return self.text[1:-1]
        return self.text


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


def _tokens(text: str) -> list[_Token]:
    """Significant tokens with 1-based positions (comments and blanks dropped)."""
    result: list[_Token] = []
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    line = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        if kind == "tag":
            kind = "heredoc"
        start = match.start()
        while line + 1 < len(line_starts) and line_starts[line + 1] <= start:
            line += 1
        if kind in ("comment", "space"):
            continue
        result.append(_Token(kind, match.group(), line + 1, start - line_starts[line] + 1))
    return result


@dataclass
class _PathBlock:
    path: _Token
    keys: dict[str, _Token]
    capabilities: list[_Token]
    values: dict[str, _Token]  # the first token after "key ="


def _path_blocks(tokens: list[_Token]) -> tuple[list[_PathBlock], list[_Token]]:
    """``path "<p>" { ... }`` blocks, and the other top-level keys, from the tokens."""
    blocks: list[_PathBlock] = []
    others: list[_Token] = []
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
            others.append(tok)
        i += 1
    return blocks, others


def _read_block(tokens: list[_Token], i: int) -> tuple[_PathBlock, int]:
    """The block whose path string is ``tokens[i]``; returns it and the index after it."""
    block = _PathBlock(tokens[i], {}, [], {})
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
            block.keys.setdefault(tok.text, tok)
            if i + 2 < len(tokens):
                block.values.setdefault(tok.text, tokens[i + 2])
            if tok.text == "capabilities":
                i = _read_list(tokens, i + 2, block.capabilities)
                continue
        i += 1
    return block, i


def _read_list(tokens: list[_Token], i: int, into: list[_Token]) -> int:
    if i >= len(tokens) or tokens[i].text != "[":
        return i
    i += 1
    while i < len(tokens) and tokens[i].text != "]":
        if tokens[i].kind == "string":
            into.append(tokens[i])
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
    except (LarkError, ValueError, TypeError, KeyError, RecursionError) as exc:
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


def lint(text: str) -> list[LintIssue]:
    """Every finding in ``text``, sorted by position; an empty list means clean."""
    if text == "":
        return [
            LintIssue(1, 1, Severity.ERROR, Sentence("The policy is empty: the server refuses it."))
        ]
    error = syntax_error(text)
    if error is not None:
        return [error]
    blocks, others = _path_blocks(_tokens(text))
    issues: list[LintIssue] = []
    if not blocks:
        issues.append(
            LintIssue(1, 1, Severity.WARNING, Sentence("The policy is empty: it grants nothing."))
        )
    for tok in others:
        if tok.text in KNOWN_TOP_LEVEL_KEYS:
            continue
        issues.append(
            _at(
                tok,
                Severity.ERROR,
                Sentence("Unknown top-level key {0!r}; only 'path' blocks.", tok.text),
            )
        )
    seen: dict[str, _Token] = {}
    for block in blocks:
        issues.extend(_check_block(block))
        path = block.path.value
        if path in seen:
            issues.append(
                _at(
                    block.path,
                    Severity.WARNING,
                    Sentence(
                        "Path {0!r} is already defined on line {1}; the rules are merged.",
                        path,
                        seen[path].line,
                    ),
                )
            )
        else:
            seen[path] = block.path
    return sorted(issues)


def _check_block(block: _PathBlock) -> list[LintIssue]:
    issues: list[LintIssue] = []
    path = block.path.value
    if path.startswith("/"):
        issues.append(
            _at(
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
        issues.append(_at(block.path, Severity.WARNING, Sentence("The path is empty.")))
    if "+*" in path:
        issues.append(
            _at(
                block.path,
                Severity.ERROR,
                Sentence("'+*' is not allowed in a path: the server refuses it."),
            )
        )
    for key, tok in block.keys.items():
        if key not in KNOWN_PATH_KEYS:
            issues.append(
                _at(tok, Severity.ERROR, Sentence("Unknown key {0!r} in a path block.", key))
            )
    if "policy" in block.keys:
        legacy = block.values.get("policy")
        if legacy is not None and legacy.kind == "string" and legacy.value not in LEGACY_POLICIES:
            issues.append(
                _at(
                    legacy,
                    Severity.ERROR,
                    Sentence(
                        "Unknown legacy policy {0!r}: the server refuses it "
                        "(deny, read, write or sudo).",
                        legacy.value,
                    ),
                )
            )
        issues.append(
            _at(
                block.keys["policy"],
                Severity.WARNING,
                Sentence("'policy = ...' is the legacy form; use 'capabilities = [...]'."),
            )
        )
    listed = block.values.get("capabilities")
    if listed is not None and listed.text != "[":
        issues.append(
            _at(
                listed,
                Severity.ERROR,
                Sentence("'capabilities' must be a list, such as [\"read\"]."),
            )
        )
    if "capabilities" not in block.keys and "policy" not in block.keys:
        issues.append(
            _at(block.path, Severity.WARNING, Sentence("Path {0!r} lists no capabilities.", path))
        )
    caps = [c.value for c in block.capabilities]
    # The server stops reading the list at 'deny': what follows it is not checked.
    checked = caps.index("deny") if "deny" in caps else len(caps)
    for index, tok in enumerate(block.capabilities):
        if tok.value in KNOWN_CAPABILITIES:
            continue
        if tok.value in VAULT_ONLY_CAPABILITIES:
            issues.append(
                _at(
                    tok,
                    Severity.WARNING,
                    Sentence(
                        "Capability {0!r} exists only in Vault: OpenBao refuses it.", tok.value
                    ),
                )
            )
        elif index < checked:
            issues.append(
                _at(
                    tok,
                    Severity.ERROR,
                    Sentence("Unknown capability {0!r}: the server will refuse it.", tok.value),
                )
            )
        else:
            issues.append(
                _at(
                    tok,
                    Severity.WARNING,
                    Sentence(
                        "Unknown capability {0!r}; the server ignores it after 'deny'.",
                        tok.value,
                    ),
                )
            )
    if (
        "list_scan_response_keys_filter_path" in block.keys
        and "list" not in caps[:checked]
        and checked == len(caps)
    ):
        issues.append(
            _at(
                block.keys["list_scan_response_keys_filter_path"],
                Severity.ERROR,
                Sentence(
                    "'list_scan_response_keys_filter_path' needs the 'list' capability on "
                    "this path: the server refuses it without."
                ),
            )
        )
    if "capabilities" in block.keys and not caps and (listed is None or listed.text == "["):
        issues.append(
            _at(
                block.keys["capabilities"],
                Severity.WARNING,
                Sentence("Empty capabilities: grants nothing."),
            )
        )
    if "deny" in caps and len(set(caps)) > 1:
        tok = block.capabilities[caps.index("deny")]
        issues.append(
            _at(
                tok,
                Severity.WARNING,
                Sentence("'deny' overrides every other capability in this list."),
            )
        )
    if "sudo" in caps:
        tok = block.capabilities[caps.index("sudo")]
        if set(caps) <= {"sudo"}:
            issues.append(
                _at(
                    tok,
                    Severity.WARNING,
                    Sentence(
                        "'sudo' alone grants nothing: it only adds access to root-protected "
                        "endpoints on top of other capabilities."
                    ),
                )
            )
        if path.endswith("*") or path.endswith("+"):
            issues.append(
                _at(
                    tok,
                    Severity.WARNING,
                    Sentence(
                        "'sudo' on the wildcard path {0!r} opens every root-protected "
                        "endpoint below it.",
                        path,
                    ),
                )
            )
    return issues


def _at(tok: _Token, severity: Severity, message: str) -> LintIssue:
    return LintIssue(tok.line, tok.column, severity, message, max(1, len(tok.text)))


def server_error_position(message: str) -> tuple[int, int] | None:
    """``(line, column)`` named by a server parse error such as "At 3:1: ...", or None."""
    match = _SERVER_POSITION.search(message)
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))
