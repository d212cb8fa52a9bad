"""One cluster's overview: environment banner, quorum, nodes, events, history, replay."""

from __future__ import annotations

import bisect
import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.cluster import ClusterKind, Role, Snapshot, host_port
from adminui.core.history import ClusterHistory
from adminui.core.quorum import quorum_size
from adminui.core.sentence import Sentence
from adminui.monitor.cluster_monitor import Tick
from adminui.monitor.node_certificates import NodeCertificate, soonest_expiry
from adminui.profiles.store import Profile
from adminui.ui.i18n import say
from adminui.ui.node_model import NodeTableModel
from adminui.ui.overview.events_model import EventsModel, EventsUntil
from adminui.ui.overview.quorum_panel import QuorumPanel
from adminui.ui.overview.replay_banner import (
    BACK_TO_LIVE_KEY,
    ReplayBanner,
    moment_text,
    replay_colours,
)
from adminui.ui.table_view import fit_columns, sortable
from adminui.ui.theme import ENVIRONMENT_COLOURS as THEME_ENVIRONMENTS
from adminui.ui.theme import set_chip, solid_banner_style, text_on

ENVIRONMENT_COLOURS = {k: v for k, v in THEME_ENVIRONMENTS.items() if k != "INSECURE"}


def environment_banner(profile: Profile) -> QLabel | None:
    """A coloured strip naming the environment (red PROD…), or None when unnamed."""
    if not profile.environment and not profile.insecure:
        return None
    colour = profile.colour or ENVIRONMENT_COLOURS.get(profile.environment.upper(), "")
    colour = colour or ENVIRONMENT_COLOURS["LAB"]
    text = profile.environment.upper() or ""
    if profile.insecure:
        warning = say(Sentence("TLS VERIFICATION OFF"))
        text = f"{text}  ·  {warning}" if text else warning
        colour = THEME_ENVIRONMENTS["INSECURE"]
    banner = QLabel(text)
    banner.setObjectName("environmentBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet(
        f"background:{colour};color:{text_on(colour)};font-weight:700;letter-spacing:2px;"
        "padding:4px;"
    )
    return banner


class ClusterOverview(QWidget):
    """Live nodes table, quorum panel and event log; a replay slider over the history.

    While a past moment is replayed every part of the page shows that moment (events up to
    it only), a banner and a frame say so, and Esc or the banner's button return to live.
    """

    #: The moment shown changed: its ``taken_at`` while replaying, None back at live.
    sig_moment_changed = Signal(object)

    def __init__(
        self, profile: Profile, history: ClusterHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.history = history
        self.live = True
        #: Drawn as ticks come (False while its cluster is off screen: only recorded).
        self.on_screen = True
        self._unshown = False
        #: The snapshot replayed now; None while live.
        self.replayed: Snapshot | None = None
        self.node_model = NodeTableModel(self)
        self.events_model = EventsModel(parent=self)
        #: What the events table shows: every event live, those up to the moment replayed.
        self.events_shown = EventsUntil(self)
        self.events_shown.setSourceModel(self.events_model)
        self.replay_banner = ReplayBanner()
        self.replay_banner.back_button.clicked.connect(self.go_live)
        self.live_shortcut = QShortcut(BACK_TO_LIVE_KEY, self)
        self.live_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.live_shortcut.activated.connect(self.go_live)
        self.live_shortcut.setEnabled(False)

        self.title = QLabel(profile.name)
        self.title.setObjectName("clusterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(self.tr("Waiting for the first answer from the nodes…"))
        self.summary.setObjectName("clusterSummary")
        self.balancer = QLabel()
        self.balancer.setObjectName("balancerSummary")
        self.balancer.setWordWrap(True)
        #: The nodes' TLS certificates: the soonest expiry, each node in the tooltip (F31).
        self.certificates = QLabel()
        self.certificates.setObjectName("certificateSummary")
        self.certificates.setWordWrap(True)
        self.certificates.hide()
        self.quorum = QuorumPanel()

        self.node_table = QTableView()
        self.node_table.setModel(self.node_model)
        self.node_table.setAccessibleName(self.tr("Nodes"))
        self.node_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.node_table.setWordWrap(False)
        self.node_table.verticalHeader().setVisible(False)
        # The cluster's order until a header is clicked (numbers sort as numbers).
        sortable(self.node_table)
        # Sized to the contents when rows arrive, not on every update.
        fit_columns(self.node_table)
        self._sized = False
        self._reasons: tuple[str, ...] = ()

        self.events_table = QTableView()
        self.events_table.setModel(self.events_shown)
        self.events_table.setAccessibleName(self.tr("Events"))
        self.events_table.verticalHeader().setVisible(False)
        fit_columns(self.events_table, stretch=1)

        self.replay = QSlider(Qt.Orientation.Horizontal)
        self.replay.setAccessibleName(self.tr("Replay"))
        self.replay.setRange(0, 0)
        self.replay.valueChanged.connect(self._on_replay)
        self.replay_label = QLabel(self.tr("Live"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A frame round the whole page, coloured while the past is shown.
        self.page_frame = QFrame()
        self.page_frame.setObjectName("overviewFrame")
        outer.addWidget(self.page_frame)
        layout = QVBoxLayout(self.page_frame)
        banner = environment_banner(profile)
        if banner is not None:
            layout.addWidget(banner)
        layout.addWidget(self.replay_banner)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.quorum)
        layout.addWidget(self.balancer)
        layout.addWidget(self.certificates)
        #: Opens the seal and unseal dialog (OpenBao/Vault clusters only).
        self.seal_button = QPushButton(self.tr("Seal and &unseal…"))
        self.seal_button.setObjectName("sealButton")
        self.seal_button.setToolTip(
            self.tr("Each node's seal state; give key shares to unseal, or seal a node")
        )
        self.seal_button.setVisible(profile.kind is ClusterKind.OPENBAO)
        #: Opens the Raft snapshots dialog (OpenBao/Vault clusters only).
        self.snapshot_button = QPushButton(self.tr("S&napshots…"))
        self.snapshot_button.setObjectName("snapshotButton")
        self.snapshot_button.setToolTip(self.tr("Save a Raft snapshot, or restore one"))
        self.snapshot_button.setVisible(profile.kind is ClusterKind.OPENBAO)
        #: Opens the Raft peers dialog (OpenBao/Vault clusters only).
        self.peers_button = QPushButton(self.tr("Raft &peers…"))
        self.peers_button.setObjectName("peersButton")
        self.peers_button.setToolTip(
            self.tr("Remove, promote, demote or join peers, with their effect on quorum first")
        )
        self.peers_button.setVisible(profile.kind is ClusterKind.OPENBAO)
        #: Opens the lost-quorum recovery plan (OpenBao/Vault and KUMA Core); marked
        #: when the live view shows quorum lost.
        self.recovery_button = QPushButton(self.tr("&Recovery plan…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setToolTip(
            self.tr("Which node to keep and the steps, when a majority of the voters is lost")
        )
        #: "Last snapshot 3 h ago" (of the snapshots this console saved).
        self.last_snapshot = QLabel()
        self.last_snapshot.setObjectName("lastSnapshot")
        self.last_snapshot.setVisible(profile.kind is ClusterKind.OPENBAO)
        self._last_snapshot_at: float | None = None
        node_actions = QHBoxLayout()
        node_actions.addWidget(self.last_snapshot)
        node_actions.addStretch(1)
        node_actions.addWidget(self.recovery_button)
        node_actions.addWidget(self.peers_button)
        node_actions.addWidget(self.snapshot_button)
        node_actions.addWidget(self.seal_button)
        layout.addLayout(node_actions)
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
        self._mark_frame()

    def show_certificates(self, found: list[NodeCertificate], now: float | None = None) -> None:
        """The soonest certificate expiry of the nodes, warned at 30 and 7 days; each
        node's subject, issuer, names and expiry in the tooltip."""
        at = time.time() if now is None else now
        latest = self.history.latest()
        label = latest.label_of if latest is not None else host_port
        lines = []
        for node in found:
            cert = node.certificate
            expiry = node.expiry(at)
            if cert is None or expiry is None:
                if node.problem:
                    lines.append(
                        self.tr("{0}: not read ({1})").format(label(node.url), say(node.problem))
                    )
                continue
            lines.append(
                self.tr("{0}: {1}, issued by {2}; names: {3}; {4} ({5})").format(
                    label(node.url),
                    cert.subject,
                    cert.issuer,
                    ", ".join(cert.sans) or "—",
                    say(expiry.text),
                    cert.not_after,
                )
            )
        first = soonest_expiry(found, at)
        if first is None:
            self.certificates.setVisible(bool(lines))
            self.certificates.setText(self.tr("TLS certificates: not read"))
            self.certificates.setToolTip("\n".join(lines))
            set_chip(self.certificates, "info")
            return
        self.certificates.setText(
            self.tr("TLS certificates: the first {0}").format(say(first.text))
        )
        self.certificates.setToolTip("\n".join(lines))
        set_chip(self.certificates, {"ok": "info"}.get(first.level, first.level))
        self.certificates.show()

    def set_last_snapshot(self, saved_at: float | None) -> None:
        """When this console last saved a snapshot of the cluster (None: never)."""
        self._last_snapshot_at = saved_at
        self._show_snapshot_age()

    def _show_snapshot_age(self) -> None:
        saved_at = self._last_snapshot_at
        if saved_at is None:
            self.last_snapshot.setText(self.tr("No snapshot saved from this console"))
            return
        hours = max(0.0, time.time() - saved_at) / 3600
        # English is chosen here (it loads no translation); Russian has its three forms.
        if hours < 1:
            n = int(hours * 60)
            text = (
                self.tr("Last snapshot %n minute ago", "", n)
                if n == 1
                else self.tr("Last snapshot %n minutes ago", "", n)
            )
        elif hours < 48:
            n = int(hours)
            text = (
                self.tr("Last snapshot %n hour ago", "", n)
                if n == 1
                else self.tr("Last snapshot %n hours ago", "", n)
            )
        else:
            n = int(hours / 24)
            text = self.tr("Last snapshot %n days ago", "", n)
        self.last_snapshot.setText(text)

    def apply_tick(self, tick: Tick) -> None:
        """Record the tick; show it unless a past moment is being replayed, or the page
        is off screen (then it is shown when the page comes on screen)."""
        self.history.add(tick.snapshot)
        self.events_model.add(tick.transitions)
        if not self.on_screen:
            self._unshown = True
            return
        self._show_latest()

    def _show_latest(self) -> None:
        self._unshown = False
        self._show_snapshot_age()
        self._place_slider()
        latest = self.history.latest()
        if self.live and latest is not None:
            self.show_snapshot(latest)

    def set_on_screen(self, on_screen: bool) -> None:
        """Off screen, ticks are recorded but not drawn; back on screen, the newest is."""
        self.on_screen = on_screen
        if on_screen and self._unshown:
            self._show_latest()

    def _place_slider(self) -> None:
        """Slider range over the history; the handle on the moment shown (the right end
        while live), found by time since the oldest snapshots leave the ring buffer."""
        count = len(self.history)
        index = count - 1
        if self.replayed is not None:
            times = [s.taken_at for s in self.history.snapshots()]
            index = max(0, bisect.bisect_right(times, self.replayed.taken_at) - 1)
        self.replay.blockSignals(True)
        self.replay.setRange(0, max(0, count - 1))
        self.replay.setValue(max(0, index))
        self.replay.blockSignals(False)

    def go_live(self) -> None:
        """Leave the replay: the latest snapshot and every event again."""
        self.live = True
        self.replayed = None
        self._place_slider()
        self.replay_banner.hide()
        self.live_shortcut.setEnabled(False)
        self.replay_label.setText(self.tr("Live"))
        self.events_shown.set_until(None)
        self._mark_frame()
        snapshots = self.history.snapshots()
        if snapshots:
            self.show_snapshot(snapshots[-1])
        self.sig_moment_changed.emit(None)

    def show_past(self, snapshot: Snapshot) -> None:
        """Show the recorded ``snapshot`` on the whole page, marked as the past."""
        self.live = False
        self.replayed = snapshot
        stamp = moment_text(snapshot.taken_at)
        self.replay_banner.show_moment(snapshot.taken_at)
        self.live_shortcut.setEnabled(True)
        self.replay_label.setText(self.tr("Replaying {0}").format(stamp))
        self.events_shown.set_until(snapshot.taken_at)
        self._mark_frame()
        self.show_snapshot(snapshot, past=stamp)
        self.sig_moment_changed.emit(snapshot.taken_at)

    def _mark_frame(self) -> None:
        # The border is always there (transparent while live) so the page does not jump.
        colour = "transparent" if self.live else replay_colours()[1]
        sheet = f"QFrame#overviewFrame {{ border: 3px solid {colour}; border-radius: 4px; }}"
        if sheet != self.page_frame.styleSheet():
            self.page_frame.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._mark_frame()
        super().changeEvent(event)

    def _fit_role_column(self) -> None:
        role_column = NodeTableModel.ROLE_COLUMN
        widest = self.node_table.fontMetrics().horizontalAdvance(self.tr("unreachable")) + 16
        needed = max(widest, self.node_table.sizeHintForColumn(role_column))
        self.node_table.horizontalHeader().resizeSection(role_column, needed)

    def show_snapshot(self, snapshot: Snapshot, past: str = "") -> None:
        """Fill every panel from ``snapshot``; ``past`` names its moment when replayed."""
        self.node_model.apply(snapshot)
        if not self._sized and snapshot.nodes:
            self.node_table.resizeColumnsToContents()
            # Room for the longest role name, whatever the first look showed.
            widest = self.node_table.fontMetrics().horizontalAdvance(self.tr("unreachable"))
            role_column = NodeTableModel.ROLE_COLUMN
            header = self.node_table.horizontalHeader()
            header.resizeSection(role_column, max(header.sectionSize(role_column), widest + 16))
            self._sized = True
        reasons = tuple(n.reason for n in snapshot.nodes)
        if reasons != self._reasons:
            # A node's role now says why it does not serve ("unreachable (timeout)"):
            # the column grows to show it whole, and shrinks back when all serve.
            self._reasons = reasons
            self._fit_role_column()
        self.quorum.show_snapshot(snapshot, past)
        self._mark_recovery(snapshot)
        leaders = snapshot.leaders
        if len(leaders) == 1:
            text = self.tr("Leader: {0}").format(leaders[0].label)
            if leaders[0].term is not None:
                text += self.tr(" · term {0}").format(leaders[0].term)
        elif not leaders:
            text = self.tr("No leader known")
        else:
            text = self.tr("{0} nodes claim leadership").format(len(leaders))
        self.summary.setText(text)
        self.balancer.setText(self._balancer_text(snapshot))

    def _mark_recovery(self, snapshot: Snapshot) -> None:
        """The recovery plan's button stands out while a majority of the nodes is lost."""
        answering = sum(1 for n in snapshot.nodes if n.role is not Role.UNREACHABLE)
        lost = (
            snapshot.replicated
            and bool(snapshot.nodes)
            and not snapshot.leaders
            and answering < quorum_size(len(snapshot.nodes))
        )
        if lost != self.recovery_button.property("lost"):
            self.recovery_button.setProperty("lost", lost)
            self.recovery_button.setStyleSheet(solid_banner_style("quorum_lost") if lost else "")

    def _balancer_text(self, snapshot: Snapshot) -> str:
        """F6: where a health-checking load balancer would send traffic."""
        if self.profile.kind is ClusterKind.OPENBAO:
            active = [n.label for n in snapshot.nodes if n.balancer_answer == "200"]
            if active:
                return self.tr(
                    "Balancer: a /v1/sys/health check (200 = healthy) sends traffic to {0}; "
                    "standbys answer 429, sealed nodes 503."
                ).format(", ".join(active))
            return self.tr(
                "Balancer: no node answers 200 to /v1/sys/health: no traffic would be served."
            )
        answering = [n.label for n in snapshot.nodes if n.balancer_answer.startswith("answers")]
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
        if value >= len(snapshots) - 1:
            self.go_live()
        else:
            self.show_past(snapshots[value])
