"""F3: voters, quorum size, failure tolerance and the warnings that go with them."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from adminui.core.cluster import Snapshot
from adminui.core.quorum import WARNING_TEXT, QuorumWarning
from adminui.core.transitions import quorum_of
from adminui.ui.i18n import say
from adminui.ui.theme import SOLID_BANNERS, set_tone, solid_banner_style

_BANNERS = {
    QuorumWarning.QUORUM_LOST: "quorum_lost",
    QuorumWarning.NO_TOLERANCE: "no_tolerance",
    QuorumWarning.EVEN_VOTERS: "even_voters",
}
SEVERITY_STYLE = {warning: solid_banner_style(name) for warning, name in _BANNERS.items()}

#: The same warnings when replayed: an outline in the warning's colour, no alarm fill.
PAST_SEVERITY_STYLE = {
    warning: f"border:2px dashed {SOLID_BANNERS[name][1]};" for warning, name in _BANNERS.items()
}


class QuorumPanel(QFrame):
    """Shows the quorum figures of one snapshot and a banner per warning: a filled alarm
    for the present, a dashed outline headed by the moment for a replayed past."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(self)
        self.voters = QLabel()
        self.quorum = QLabel()
        self.tolerance = QLabel()
        self.healthy = QLabel()
        self.tolerance_caption = QLabel()
        for column, (title, value) in enumerate(
            (
                (self.tr("Voters"), self.voters),
                (self.tr("Quorum"), self.quorum),
                (self.tr("Healthy voters"), self.healthy),
                ("", self.tolerance),
            )
        ):
            caption = QLabel(title) if title else self.tolerance_caption
            set_tone(caption, "muted")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            layout.addWidget(caption, 0, column)
            layout.addWidget(value, 1, column)
        self.banner = QLabel()
        self.banner.setObjectName("quorumBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()
        layout.addWidget(self.banner, 2, 0, 1, 4)
        self.warnings: list[QuorumWarning] = []

    def warning_text(self, warning: QuorumWarning) -> str:
        return say(WARNING_TEXT[warning])

    def show_snapshot(self, snapshot: Snapshot, past: str = "") -> None:
        """Show ``snapshot``; ``past`` names its moment when it is replayed ("" for live)."""
        self.tolerance_caption.setText(
            self.tr("Failure tolerance then") if past else self.tr("Failure tolerance now")
        )
        if not snapshot.quorum_known:
            self._show_unknown(snapshot)
            return
        state = quorum_of(snapshot)
        tolerance = state.tolerance_now
        if snapshot.failure_tolerance is not None and state.has_quorum:
            # The cluster's own figure also discounts voters that are not yet stable.
            tolerance = min(tolerance, snapshot.failure_tolerance)
        self.voters.setText(str(state.voters))
        self.quorum.setText(str(state.quorum))
        self.healthy.setText(str(state.healthy))
        self.tolerance.setText(str(tolerance))
        warnings = list(state.warnings)
        if state.has_quorum and tolerance == 0 and QuorumWarning.NO_TOLERANCE not in warnings:
            warnings.append(QuorumWarning.NO_TOLERANCE)
        self.warnings = warnings
        if not warnings:
            self.banner.hide()
            return
        worst = next(w for w in SEVERITY_STYLE if w in warnings)
        lines = [self.warning_text(w) for w in warnings]
        if past:
            self.banner.setStyleSheet(PAST_SEVERITY_STYLE[worst] + "border-radius:4px;")
            lines.insert(0, self.tr("At {0}, in the past:").format(past))
        else:
            self.banner.setStyleSheet(SEVERITY_STYLE[worst] + "border-radius:4px;")
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def _show_unknown(self, snapshot: Snapshot) -> None:
        """One node without Raft (no quorum to keep), or voters this token may not read:
        no figure the console did not read, and no alarm."""
        for label in (self.voters, self.quorum, self.healthy, self.tolerance):
            label.setText("—" if not snapshot.replicated else "?")
        self.warnings = []
        if not snapshot.replicated:
            text = self.tr(
                "Single node, no Raft ({0} storage): there is no quorum to keep or lose."
            ).format(snapshot.storage)
        elif snapshot.voters_unread == "refused":
            text = self.tr(
                "Unknown: the token may not read sys/storage/raft/autopilot/state, so the "
                "voters, quorum and failure tolerance are not shown."
            )
        else:
            text = self.tr(
                "Unknown: without a token the voters, quorum and failure tolerance cannot be read."
            )
        self.banner.setStyleSheet("")
        set_tone(self.banner, "muted")
        self.banner.setText(text)
        self.banner.show()
