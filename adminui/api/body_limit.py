"""Reading an answer with a size limit, so a broken or hostile node cannot fill memory.

The largest answers the console expects are lists of namespaces: 10,000 of them take
about 1 MiB. The default limit leaves plenty of room above that.
"""

from __future__ import annotations

import httpx

#: The largest answer read by default (bytes, after decompression).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class ResponseTooLarge(Exception):
    """The answer (or its declared length) is above the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit

    @property
    def limit_mib(self) -> float:
        return self.limit / (1024 * 1024)


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The body of a streamed ``response``, at most ``limit`` bytes once decoded.

    Raises :class:`ResponseTooLarge` as soon as the declared length or the bytes read so
    far pass the limit; the rest is never read.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ResponseTooLarge(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def buffered(response: httpx.Response, content: bytes) -> httpx.Response:
    """A complete response holding ``content`` (already decoded) instead of a stream."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )
