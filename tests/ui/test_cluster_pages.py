"""Every page the view can build speaks the ClusterPage protocol the view relies on."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import ClusterPage
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.pages import PAGES


@pytest.mark.parametrize("kind", list(ClusterKind))
def test_every_page_is_a_cluster_page_and_reports_to_its_view(
    qtbot: QtBot, bridge: AsyncBridge, kind: ClusterKind
) -> None:
    profile = Profile("Offline", kind, ("http://127.0.0.1:9",))
    view = ClusterView(ClusterContext(profile, "t"), bridge)
    qtbot.addWidget(view)
    for entry in PAGES[kind]:
        page = view.page(entry.key)
        assert isinstance(page, ClusterPage), entry.key
        assert page.running_work() == ""  # nothing started on an offline cluster
    assert view.running_work() == []
    assert view.known_namespaces() == []
    opened: list[object] = []
    view.sig_profile_changed.connect(opened.append)
    if kind is ClusterKind.CORE:
        services = view.built("services")
        services.sig_profile_changed.emit(profile)  # type: ignore[union-attr]
        assert opened == [profile]  # wired by attach()
