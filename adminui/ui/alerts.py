"""Alerts (F30): each look at a cluster goes through the alert rules; an alert is logged,
shown as a desktop notification (the freedesktop service where present, else the tray
icon's message, else a note in the window) and can open its cluster when clicked. The
tray icon's colour is the fleet's worst state.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from adminui.core.alert_rules import Alert, AlertRules
from adminui.core.cluster import ClusterKind, Snapshot
from adminui.monitor.desktop_notify import FreedesktopNotifier
from adminui.profiles.notification_log import NotificationLog
from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.theme import status_colour, status_dot

#: Each kind of alert in a few words (translated in the AlertCenter context).
KIND_TITLES = {
    "leader-change": QT_TRANSLATE_NOOP("AlertCenter", "leader changed"),
    "quorum-at-risk": QT_TRANSLATE_NOOP("AlertCenter", "quorum at risk"),
    "quorum-lost": QT_TRANSLATE_NOOP("AlertCenter", "quorum lost"),
    "node-sealed": QT_TRANSLATE_NOOP("AlertCenter", "node sealed"),
    "node-unreachable": QT_TRANSLATE_NOOP("AlertCenter", "node unreachable"),
    "clock-skew": QT_TRANSLATE_NOOP("AlertCenter", "clock skew"),
    "certificate-expiring": QT_TRANSLATE_NOOP("AlertCenter", "certificate expiring"),
    "credentials-expiring": QT_TRANSLATE_NOOP("AlertCenter", "sign-in expiring"),
}


def kind_title(kind: object) -> str:
    """An alert kind in a few words, in the window's language."""
    text = KIND_TITLES.get(str(kind), str(kind))
    return QCoreApplication.translate("AlertCenter", text)


#: Alert severities, the worst first.
_RANK = {"error": 0, "warning": 1, "info": 2}
#: The in-window note's width (px).
NOTE_WIDTH = 360
#: How long the in-window note stays (ms).
NOTE_MS = 10_000
log = logging.getLogger(__name__)


def dot_icon(tone: str) -> QIcon:
    """A round dot of the status colour ``tone`` (the tray icon)."""
    return status_dot(tone, 64)


class AlertNote(QFrame):
    """The in-window note for an alert, when the desktop shows none: a title, the text
    and *Open*; it goes away by itself."""

    #: Open the note's cluster: (name).
    sig_open = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("alertNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        column = self.column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addLayout(buttons)
        self.cluster = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTE_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_alert(self, title: str, body: str, cluster: str, tone: str) -> None:
        self.cluster = cluster
        self.title.setText(title)
        self.title.setStyleSheet(f"color: {status_colour(tone).name()};")
        self.body.setText(body)
        self.setFixedWidth(NOTE_WIDTH)
        # Word-wrapped text: as tall as the lines need at this width (a long alert, or
        # a longer language, is not cut).
        layout = self.column
        layout.activate()
        self.setFixedHeight(
            layout.totalHeightForWidth(NOTE_WIDTH)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        parent = self.parentWidget()
        if parent is not None:
            self.move(parent.width() - self.width() - 16, parent.height() - self.height() - 40)
        self.show()
        self.raise_()
        self.timer.start()

    def _open(self) -> None:
        self.hide()
        self.sig_open.emit(self.cluster)


class AlertCenter(QObject):
    """Turns looks into alerts and delivers them."""

    #: An alert was raised (logged): (Alert).
    sig_alert = Signal(object)
    #: The user clicked an alert: open cluster (name).
    sig_open = Signal(str)
    #: The tray icon was clicked: show the window.
    sig_show = Signal()

    def __init__(
        self,
        bridge: AsyncBridge,
        window: QWidget,
        log_file: NotificationLog | None = None,
        *,
        use_desktop: bool = True,
    ) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.rules = AlertRules()
        self.log = log_file or NotificationLog()
        self.note = AlertNote(window)
        self.note.sig_open.connect(self.sig_open)
        self.tray = QSystemTrayIcon(dot_icon("muted"), self)
        self.tray.setToolTip(self.tr("AdminUI"))
        self.tray.messageClicked.connect(self._tray_message_clicked)
        self.tray.activated.connect(self._tray_activated)
        self.tray_menu = QMenu(window)
        self.tray.setContextMenu(self.tray_menu)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.tone = "muted"
        #: Alerts shown (for the window's status and the tests).
        self.shown: list[tuple[str, Alert]] = []
        self._tray_cluster = ""
        self._by_id: dict[int, str] = {}
        self.notifier: FreedesktopNotifier | None = None
        if use_desktop:
            self._open_notifier()

    # ----- desktop notifications --------------------------------------------------------
    def _open_notifier(self) -> None:
        notifier = FreedesktopNotifier()

        def opened(present: object, error: BaseException | None) -> None:
            if present is True and error is None:
                log.info("desktop notifications go to the freedesktop service")
                self.notifier = notifier
                self._wait_for_click()

        self.bridge.submit(notifier.open(), opened, owner=self)
        self.bridge.add_closer(notifier.aclose)

    def _wait_for_click(self) -> None:
        notifier = self.notifier
        if notifier is None or not notifier.ready:
            return

        def clicked(notification_id: object, error: BaseException | None) -> None:
            if error is not None or not isinstance(notification_id, int):
                return
            cluster = self._by_id.get(notification_id)
            if cluster:
                self.sig_open.emit(cluster)
            self._wait_for_click()

        self.bridge.submit(notifier.next_click(), clicked, owner=self)

    # ----- looks in, alerts out ---------------------------------------------------------
    def observe(
        self,
        name: str,
        kind: ClusterKind,
        snapshot: Snapshot,
        *,
        cert_days: float | None = None,
        credentials: str = "ok",
        muted: bool = False,
    ) -> list[Alert]:
        """Run the rules on a look at cluster ``name``; deliver what they raise (a muted
        cluster's alerts are logged, not shown)."""
        alerts = self.rules.observe(snapshot, kind, cert_days=cert_days, credentials=credentials)
        for alert in alerts:
            self.log.append(alert)
            self.sig_alert.emit(alert)
        if alerts and not muted:
            self.deliver(alerts)
        return alerts

    def forget(self, name: str) -> None:
        self.rules.forget(name)

    def deliver(self, alerts: list[Alert]) -> None:
        """One notification for what one look raised: the worst alert as its title, every
        alert a line of its text."""
        ranked = sorted(alerts, key=lambda a: _RANK[a.severity])
        alert = ranked[0]
        title = self.tr("{0}: {1}").format(alert.cluster, kind_title(alert.kind))
        if len(ranked) > 1:
            title = self.tr("{0} (and {1} more)").format(title, len(ranked) - 1)
        body = "\n".join(say(a.text) for a in ranked)
        if self.notifier is not None and self.notifier.ready:
            way = "desktop"

            def sent(notification_id: object, error: BaseException | None) -> None:
                if isinstance(notification_id, int):
                    self._by_id[notification_id] = alert.cluster
                elif error is not None:
                    log.warning("a desktop notification failed: %s", error)
                    self.note.show_alert(title, body, alert.cluster, alert.severity)

            self.bridge.submit(self.notifier.notify(title, body, alert.severity), sent, owner=self)
        elif self.tray.isVisible() and self.tray.supportsMessages():
            way = "tray"
            self._tray_cluster = alert.cluster
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if alert.severity == "error"
                else QSystemTrayIcon.MessageIcon.Warning
                if alert.severity == "warning"
                else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(title, body, icon, NOTE_MS)
        else:
            way = "window"
            self.note.show_alert(title, body, alert.cluster, alert.severity)
        self.shown.append((way, alert))
        del self.shown[:-100]

    # ----- the tray ---------------------------------------------------------------------
    def set_tone(self, tone: str, summary: str) -> None:
        """Colour the tray icon by the fleet's worst state; ``summary`` is its tooltip."""
        if tone != self.tone:
            self.tone = tone
            self.tray.setIcon(dot_icon(tone))
        self.tray.setToolTip(summary)

    def _tray_message_clicked(self) -> None:
        if self._tray_cluster:
            self.sig_open.emit(self._tray_cluster)

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.sig_show.emit()
