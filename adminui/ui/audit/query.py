"""Which audit rows a search and the filters keep: plain Python over the rows read, so
typing never reads the file again."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from adminui.ui.audit.model import AuditRow

#: The result filter's choices: any result, writes that worked, the others (failed,
#: refused, or a line that cannot be read).
ANY_RESULT, OK, ERROR = "", "ok", "error"


@dataclass(frozen=True)
class AuditQuery:
    """A search and the filters: ``text``'s every word somewhere in a row; ``profile``
    that profile exactly (None: any); ``result`` one of ``ANY_RESULT``, ``OK``,
    ``ERROR``; ``path`` in the request path (``*`` and ``?`` as wildcards)."""

    text: str = ""
    profile: str | None = None
    result: str = ANY_RESULT
    path: str = ""

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.profile is not None or self.result or self.path)


def _path_test(pattern: str) -> Callable[[str], bool] | None:
    wanted = pattern.strip().casefold().lstrip("/")
    if not wanted:
        return None
    if "*" in wanted or "?" in wanted:
        return lambda path: fnmatchcase(path.casefold(), wanted)
    return lambda path: wanted in path.casefold()


class AuditIndex:
    """The rows of one reading of the log, each with the text a search looks through
    (every field, as stored and as shown)."""

    def __init__(
        self, rows: Sequence[AuditRow], shown: Callable[[AuditRow], Iterable[str]]
    ) -> None:
        self.rows = list(rows)
        self._haystacks = [self._haystack(row, shown(row)) for row in self.rows]

    @staticmethod
    def _haystack(row: AuditRow, shown: Iterable[str]) -> str:
        parts = list(shown)
        record = row.record
        if record is None:
            parts.append(row.text)
        else:
            parts += [record.method, record.path, record.result, record.error]
            parts.append("" if record.status is None else str(record.status))
        return "\n".join(part for part in parts if part).casefold()

    def profiles(self) -> list[str]:
        """The profiles named in the log, sorted."""
        names = {row.record.profile for row in self.rows if row.record is not None}
        return sorted(names, key=str.casefold)

    def select(self, query: AuditQuery) -> list[AuditRow]:
        """The rows ``query`` keeps, in the log's order."""
        if query.is_empty():
            return list(self.rows)
        words = query.text.casefold().split()
        path_ok = _path_test(query.path)
        kept = []
        for row, haystack in zip(self.rows, self._haystacks, strict=True):
            record = row.record
            if query.profile is not None and (record is None or record.profile != query.profile):
                continue
            if query.result == OK and (record is None or record.result != "ok"):
                continue
            if query.result == ERROR and record is not None and record.result == "ok":
                continue
            if path_ok is not None and (record is None or not path_ok(record.path)):
                continue
            if all(word in haystack for word in words):
                kept.append(row)
        return kept
