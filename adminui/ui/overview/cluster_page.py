"""One cluster's overview: environment banner, quorum, nodes, events, history, replay."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.cluster import ClusterKind, Snapshot
from adminui.core.history import ClusterHistory
from adminui.core.sentence import Sentence
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.store import Profile
from adminui.ui.i18n import say
from adminui.ui.node_model import NodeTableModel
from adminui.ui.overview.events_model import EventsModel
from adminui.ui.overview.quorum_panel import QuorumPanel

ENVIRONMENT_COLOURS = {"PROD": "#c62828", "STAGE": "#ef6c00", "TEST": "#1565c0", "LAB": "#455a64"}


def environment_banner(profile: Profile) -> QLabel | None:
    """A coloured strip naming the environment (red PROD…), or None when unnamed."""
    if not profile.environment and not profile.insecure:
        return None
    colour = profile.colour or ENVIRONMENT_COLOURS.get(profile.environment.upper(), "#455a64")
    text = profile.environment.upper() or ""
    if profile.insecure:
        warning = say(Sentence("TLS VERIFICATION OFF"))
        text = f"{text}  ·  {warning}" if text else warning
        colour = "#b71c1c"
    banner = QLabel(text)
    banner.setObjectName("environmentBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet(
        f"background:{colour};color:white;font-weight:700;letter-spacing:2px;padding:4px;"
    )
    return banner


class ClusterOverview(QWidget):
    """Live nodes table, quorum panel and event log; a replay slider over the history."""

    def __init__(
        self, profile: Profile, history: ClusterHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.history = history
        self.live = True
        self.node_model = NodeTableModel(self)
        self.events_model = EventsModel(parent=self)

        self.title = QLabel(profile.name)
        self.title.setObjectName("clusterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(self.tr("Waiting for the first answer from the nodes…"))
        self.summary.setObjectName("clusterSummary")
        self.balancer = QLabel()
        self.balancer.setObjectName("balancerSummary")
        self.balancer.setWordWrap(True)
        self.quorum = QuorumPanel()

        self.node_table = QTableView()
        self.node_table.setModel(self.node_model)
        self.node_table.setAccessibleName(self.tr("Nodes"))
        self.node_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.node_table.setWordWrap(False)
        self.node_table.verticalHeader().setVisible(False)
        header = self.node_table.horizontalHeader()
        # Sized to the contents once the first answers arrive, not on every update.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized = False

        self.events_table = QTableView()
        self.events_table.setModel(self.events_model)
        self.events_table.setAccessibleName(self.tr("Events"))
        self.events_table.verticalHeader().setVisible(False)
        self.events_table.horizontalHeader().setStretchLastSection(True)

        self.replay = QSlider(Qt.Orientation.Horizontal)
        self.replay.setAccessibleName(self.tr("Replay"))
        self.replay.setRange(0, 0)
        self.replay.valueChanged.connect(self._on_replay)
        self.replay_label = QLabel(self.tr("Live"))

        layout = QVBoxLayout(self)
        banner = environment_banner(profile)
        if banner is not None:
            layout.addWidget(banner)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.quorum)
        layout.addWidget(self.balancer)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.node_table)
        split.addWidget(self.events_table)
        split.setSizes([260, 140])
        layout.addWidget(split, 1)
        replay_row = QHBoxLayout()
        replay_row.addWidget(QLabel(self.tr("Replay:")))
        replay_row.addWidget(self.replay, 1)
        replay_row.addWidget(self.replay_label)
        layout.addLayout(replay_row)

    def apply_tick(self, tick: Tick) -> None:
        self.history.add(tick.snapshot)
        self.events_model.add(tick.transitions)
        at_end = self.replay.value() == self.replay.maximum()
        self.replay.blockSignals(True)
        self.replay.setRange(0, max(0, len(self.history) - 1))
        if at_end:
            self.replay.setValue(self.replay.maximum())
        self.replay.blockSignals(False)
        if self.live:
            self.show_snapshot(tick.snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.node_model.apply(snapshot)
        if not self._sized and snapshot.nodes:
            self.node_table.resizeColumnsToContents()
            # Room for the longest role name, whatever the first look showed.
            widest = self.node_table.fontMetrics().horizontalAdvance(self.tr("unreachable"))
            role_column = NodeTableModel.ROLE_COLUMN
            header = self.node_table.horizontalHeader()
            header.resizeSection(role_column, max(header.sectionSize(role_column), widest + 16))
            self._sized = True
        self.quorum.show_snapshot(snapshot)
        leaders = snapshot.leaders
        if len(leaders) == 1:
            text = self.tr("Leader: {0}").format(leaders[0].url)
            if leaders[0].term is not None:
                text += self.tr(" · term {0}").format(leaders[0].term)
        elif not leaders:
            text = self.tr("No leader known")
        else:
            text = self.tr("{0} nodes claim leadership").format(len(leaders))
        self.summary.setText(text)
        self.balancer.setText(self._balancer_text(snapshot))

    def _balancer_text(self, snapshot: Snapshot) -> str:
        """F6: where a health-checking load balancer would send traffic."""
        if self.profile.kind is ClusterKind.OPENBAO:
            active = [n.url for n in snapshot.nodes if n.balancer_answer == "200"]
            if active:
                return self.tr(
                    "Balancer: a /v1/sys/health check (200 = healthy) sends traffic to {0}; "
                    "standbys answer 429, sealed nodes 503."
                ).format(", ".join(active))
            return self.tr(
                "Balancer: no node answers 200 to /v1/sys/health: no traffic would be served."
            )
        answering = [n.url for n in snapshot.nodes if n.balancer_answer.startswith("answers")]
        if answering:
            return self.tr(
                "Balancer: with the first node as primary and the others as backup, traffic "
                "goes to {0}."
            ).format(answering[0])
        return self.tr("Balancer: no node answers; no traffic would be served.")

    def _on_replay(self, value: int) -> None:
        snapshots = self.history.snapshots()
        if not snapshots:
            return
        self.live = value >= len(snapshots) - 1
        snapshot = snapshots[min(value, len(snapshots) - 1)]
        if self.live:
            self.replay_label.setText(self.tr("Live"))
        else:
            stamp = time.strftime("%H:%M:%S", time.localtime(snapshot.taken_at))
            self.replay_label.setText(self.tr("Replaying {0}").format(stamp))
        self.show_snapshot(snapshot)
