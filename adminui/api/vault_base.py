"""What every OpenBao/Vault API area shares: its transport, its namespace, parsing."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from adminui.api.errors import BadResponse, InvalidName, NotFound
from adminui.api.transport import Streaming, VaultResponse, VaultTransport
from adminui.api.vault_models import Ack, KeyList
from adminui.api.vault_parse import parse_key_list, parse_warnings
from adminui.core.names import path_name_problem

T = TypeVar("T")


def checked_name(name: str) -> str:
    """``name`` without leading and trailing slashes, or InvalidName when one of its
    parts could change which path a request reaches: ``.`` and ``..`` (a name like
    ``../../sys/step-down`` would otherwise leave its place), an empty part, or a
    control character. Nothing is sent for such a name."""
    problem = path_name_problem(name)
    if problem:
        raise InvalidName(name, problem)
    return name.strip("/")


def path_segment(name: str) -> str:
    """``name`` checked (:func:`checked_name`) and quoted for use inside a URL path
    (slashes kept: KV paths have them)."""
    return quote(checked_name(name), safe="/@:+-_~.")


class ApiArea:
    """Base of the API area classes: one transport, one namespace ('' is the root)."""

    def __init__(self, transport: VaultTransport, namespace: str = "") -> None:
        self.transport = transport
        self.namespace = namespace.strip("/")

    async def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        accept: Collection[int] = (),
        authenticated: bool = True,
        changes_state: bool | None = None,
        root: bool = False,
        streaming: Streaming | None = None,
    ) -> VaultResponse:
        return await self.transport.request(
            method,
            path,
            namespace="" if root else self.namespace,
            json=json,
            params=params,
            accept=accept,
            authenticated=authenticated,
            changes_state=changes_state,
            streaming=streaming,
        )

    @staticmethod
    def _parse(response: VaultResponse, parser: Callable[[Any, str], T]) -> T:
        """Decode and parse; a wrong shape becomes a BadResponse naming the request."""
        body = response.json()
        try:
            return parser(body, response.node)
        except BadResponse as exc:
            raise response.bad(exc.detail) from None

    @staticmethod
    def _ack(response: VaultResponse) -> Ack:
        try:
            warnings = parse_warnings(response.json())
        except BadResponse:
            warnings = ()
        return Ack(response.node, response.status, warnings)

    async def _list(self, path: str, *, method: str = "LIST", root: bool = False) -> KeyList:
        """LIST keys; a 404 with no error messages means "none" and gives an empty list."""
        try:
            response = await self._call(method, path, root=root)
        except NotFound as exc:
            if exc.errors:
                raise
            return KeyList(exc.node)
        return self._parse(response, parse_key_list)
