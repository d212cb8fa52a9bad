"""What a cluster's view and its pages ask of each other, instead of probing attributes.

Every page mixes in :class:`PageDefaults` and overrides what it does; the view hands
itself to :meth:`ClusterPage.attach` as the :class:`PageHost` the page reports to.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from adminui.profiles.store import Profile


class PageHost(Protocol):
    """The cluster view, as its pages see it."""

    def open_namespace(self, page_key: str, namespace: str) -> None:
        """Show page ``page_key`` on ``namespace``."""

    def profile_changed(self, profile: Profile) -> None:
        """The cluster's profile changed (for example a Core node joined)."""

    def members_changed(self, members: Any) -> None:
        """The cluster's members were counted anew."""

    def add_events(self, events: list[Any]) -> None:
        """Events for the overview's event list."""


@runtime_checkable
class ClusterPage(Protocol):
    """What the view asks of every page it builds."""

    def attach(self, host: PageHost) -> None:
        """Connect the page's reports to ``host`` (called once, right after building)."""

    def refresh(self) -> None:
        """Load or reload what the page shows."""

    def set_namespace(self, namespace: str) -> None:
        """Show ``namespace`` (pages that work per namespace)."""

    def show_path(self, path: str) -> None:
        """Select ``path`` (the namespaces page)."""

    def loaded_namespaces(self) -> list[str]:
        """Namespace paths the page has loaded ('' for the root excluded)."""

    def running_work(self) -> str:
        """A few words on long work running now (a drill, a re-stagger); '' when none."""

    def stop_work(self) -> None:
        """Stop that work (a drill first restores what it broke)."""


class PageDefaults:
    """What a page does not do: mixed into every page after its Qt base class."""

    def attach(self, host: PageHost) -> None:
        return None

    def refresh(self) -> None:
        return None

    def set_namespace(self, namespace: str) -> None:
        return None

    def show_path(self, path: str) -> None:
        return None

    def loaded_namespaces(self) -> list[str]:
        return []

    def running_work(self) -> str:
        return ""

    def stop_work(self) -> None:
        return None
