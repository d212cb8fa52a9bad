"""Reading an answer with a size limit, so a broken or hostile node cannot fill memory.

The largest answers the console expects are lists of namespaces: 10,000 of them take
about 1 MiB. The default limit leaves plenty of room above that. The limit holds for
the decoded body whatever the content encoding: compressed bodies are inflated here a
bounded piece at a time (a small gzip body can stand for gigabytes), and an encoding
that cannot be inflated that way is refused.
"""

from __future__ import annotations

import zlib

import httpx

#: The largest answer read by default (bytes, after decompression).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: What the console asks servers for: only encodings it can inflate with a bound.
ACCEPT_ENCODING = "gzip, deflate"


class ResponseTooLarge(Exception):
    """The answer (or its declared length) is above the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit

    @property
    def limit_mib(self) -> float:
        return self.limit / (1024 * 1024)


class UnsupportedEncoding(Exception):
    """The answer is compressed in a way the console does not inflate."""


class Inflater:
    """gzip or deflate, inflated at most ``room`` bytes per call."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._zlib = zlib.decompressobj(self._wbits)
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        """Inflate ``data``; raises ResponseTooLarge-worthy output early by returning at
        most ``room`` + 1 bytes (the caller checks the limit)."""
        out = bytearray()
        pending = data
        while pending and len(out) <= room:
            try:
                piece = self._zlib.decompress(pending, room + 1 - len(out))
            except zlib.error:
                if not (self._first and self.encoding == "deflate"):
                    raise
                # Some servers send raw deflate without the zlib header.
                self._wbits = -zlib.MAX_WBITS
                self._zlib = zlib.decompressobj(self._wbits)
                self._first = False
                continue
            self._first = False
            out += piece
            pending = self._zlib.unconsumed_tail
            if self._zlib.eof and self._zlib.unused_data:  # a second gzip member
                pending = self._zlib.unused_data
                self._zlib = zlib.decompressobj(self._wbits)
        return bytes(out)

    def finish(self) -> None:
        """Raise ``zlib.error`` when the compressed body ended before its end."""
        if not self._zlib.eof:
            raise zlib.error("the compressed answer ends early")


def inflater_for(content_encodings: list[str]) -> Inflater | None:
    """What inflates a body sent with these ``Content-Encoding`` header values (None:
    nothing to inflate); raises UnsupportedEncoding for anything but gzip or deflate."""
    encodings = [
        e.strip().lower()
        for value in content_encodings
        for e in value.split(",")
        if e.strip() and e.strip().lower() != "identity"
    ]
    if not encodings:
        return None
    if len(encodings) == 1 and encodings[0] in ("gzip", "x-gzip", "deflate"):
        return Inflater(encodings[0])
    raise UnsupportedEncoding(", ".join(encodings))


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The body of a streamed ``response``, at most ``limit`` bytes once decoded.

    Raises :class:`ResponseTooLarge` as soon as the declared length or the bytes decoded
    so far pass the limit (the rest is never read), :class:`UnsupportedEncoding` for a
    compression other than gzip or deflate, and ``zlib.error`` for a corrupt one.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(limit)
    if response.is_stream_consumed:  # built in memory (a stub server): already decoded
        if len(response.content) > limit:
            raise ResponseTooLarge(limit)
        return response.content
    inflater = inflater_for(response.headers.get_list("content-encoding"))
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        chunk = raw if inflater is None else inflater.feed(raw, limit - size)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(limit)
        chunks.append(chunk)
    if inflater is not None:
        inflater.finish()
    return b"".join(chunks)
