"""The live view follows what really happens to the lab's nodes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import Role
from adminui.core.quorum import QuorumWarning
from adminui.core.transitions import TransitionKind
from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow

pytestmark = pytest.mark.lab
WAIT_MS = 30_000


@pytest.fixture
def window(qtbot: QtBot, healed_lab: Lab) -> Iterator[MainWindow]:
    bridge = AsyncBridge()
    contexts = [ClusterContext(p, t) for p, t in lab_profiles(healed_lab)]
    the_window = MainWindow(contexts, bridge, interval_ms=250)
    qtbot.addWidget(the_window)
    the_window.show()
    yield the_window
    the_window.close()
    bridge.shutdown()


def role_by_url(window: MainWindow, cluster: str) -> dict[str, Role]:
    model = window.view(cluster).overview.node_model
    return {model.node(r).url: model.node(r).role for r in range(model.rowCount())}


def leader_url(window: MainWindow, cluster: str) -> str | None:
    leaders = [u for u, r in role_by_url(window, cluster).items() if r is Role.LEADER]
    return leaders[0] if len(leaders) == 1 else None


def wait_for_leader(qtbot: QtBot, window: MainWindow, cluster: str) -> str:
    window.open_cluster_named(cluster)  # on screen: its view is drawn at every look
    qtbot.waitUntil(lambda: leader_url(window, cluster) is not None, timeout=WAIT_MS)
    url = leader_url(window, cluster)
    assert url is not None
    return url


def test_openbao_leader_kill_shows_new_leader_then_restart_follower(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    old = wait_for_leader(qtbot, window, LAB_OPENBAO)
    name = next(n.name for n in healed_lab.bao_nodes() if n.api_url == old)
    healed_lab.kill(name)

    def failed_over() -> None:
        roles = role_by_url(window, LAB_OPENBAO)
        assert roles[old] is Role.UNREACHABLE
        new = leader_url(window, LAB_OPENBAO)
        assert new is not None and new != old

    qtbot.waitUntil(failed_over, timeout=WAIT_MS)
    real_leader = healed_lab.bao_leader().api_url
    assert leader_url(window, LAB_OPENBAO) == real_leader
    events = window.view(LAB_OPENBAO).overview.events_model
    kinds = {events.index(r, 0).data(256).kind for r in range(events.rowCount())}
    assert {TransitionKind.NODE_DOWN, TransitionKind.LEADER_CHANGED} <= kinds
    healed_lab.restart(name)
    qtbot.waitUntil(lambda: role_by_url(window, LAB_OPENBAO)[old] is Role.FOLLOWER, timeout=WAIT_MS)


def test_core_leader_kill_shows_new_leader_then_restart_follower(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    old = wait_for_leader(qtbot, window, LAB_CORE)
    name = next(n.name for n in healed_lab.core_nodes() if n.rest_url == old)
    healed_lab.kill(name)

    def failed_over() -> None:
        assert role_by_url(window, LAB_CORE)[old] is Role.UNREACHABLE
        new = leader_url(window, LAB_CORE)
        assert new is not None and new != old

    qtbot.waitUntil(failed_over, timeout=WAIT_MS)
    healed_lab.restart(name)
    qtbot.waitUntil(lambda: role_by_url(window, LAB_CORE)[old] is Role.FOLLOWER, timeout=WAIT_MS)


def test_sealed_node_is_shown_sealed(qtbot: QtBot, window: MainWindow, healed_lab: Lab) -> None:
    leader = wait_for_leader(qtbot, window, LAB_OPENBAO)
    victim = next(n for n in healed_lab.bao_nodes() if n.api_url != leader)
    healed_lab.seal(victim.name)
    qtbot.waitUntil(
        lambda: role_by_url(window, LAB_OPENBAO)[victim.api_url] is Role.SEALED, timeout=WAIT_MS
    )
    assert "sealed" in window.statusBar().currentMessage() or victim.node_id in (
        window.statusBar().currentMessage()
    )


def test_two_of_three_down_shows_quorum_lost(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    leader = wait_for_leader(qtbot, window, LAB_OPENBAO)
    panel = window.view(LAB_OPENBAO).overview.quorum
    qtbot.waitUntil(lambda: panel.voters.text() == "3", timeout=WAIT_MS)
    victims = [n for n in healed_lab.bao_nodes() if n.api_url != leader][:1]
    victims.append(next(n for n in healed_lab.bao_nodes() if n.api_url == leader))
    for node in victims:
        healed_lab.kill(node.name)
    survivor = next(n for n in healed_lab.bao_nodes() if n not in victims)

    def lost() -> None:
        assert QuorumWarning.QUORUM_LOST in panel.warnings
        assert role_by_url(window, LAB_OPENBAO)[survivor.api_url] is Role.CANDIDATE

    qtbot.waitUntil(lost, timeout=WAIT_MS)
    assert not panel.banner.isHidden()
    assert "not enough healthy nodes" in panel.banner.text()


def test_requests_follow_a_live_node_when_the_leader_dies(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    view = window.view(LAB_OPENBAO)
    old = wait_for_leader(qtbot, window, LAB_OPENBAO)
    qtbot.waitUntil(lambda: view.context.preferred_node == old, timeout=WAIT_MS)
    node_id = {n.api_url: n.node_id for n in healed_lab.bao_nodes()}
    assert node_id[old] in view.answering.text()  # said by name, the address in the tooltip
    assert old in view.answering.toolTip()
    healed_lab.kill(next(n.name for n in healed_lab.bao_nodes() if n.api_url == old))
    qtbot.waitUntil(lambda: view.context.preferred_node not in ("", old), timeout=WAIT_MS)
    target = view.context.preferred_node
    assert view.context.node_order()[0] == target
    qtbot.waitUntil(lambda: node_id[target] in view.answering.text(), timeout=WAIT_MS)
