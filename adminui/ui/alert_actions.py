"""The window's side of alerts and adaptive polling: the notification log page, the
tray icon's menu, and the settings (how slowly clusters off screen are looked at,
whether closing the window keeps the console in the tray), kept across restarts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from adminui.core.alert_rules import Alert
from adminui.core.cluster import Snapshot
from adminui.core.poll_schedule import OFF_SCREEN_CHOICES_MS, PollSettings
from adminui.monitor.token_life import TokenAction
from adminui.profiles.notification_log import NotificationLog
from adminui.ui.alerts import AlertCenter
from adminui.ui.i18n import say, settings
from adminui.ui.notifications_page import NotificationsPage

if TYPE_CHECKING:
    from adminui.ui.main_window import MainWindow


class AlertActions(QObject):
    """Builds and runs the alert pieces of ``window``."""

    def __init__(self, window: MainWindow, *, use_desktop: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings()  # the window settings file, as the language uses
        self.log = NotificationLog()
        self.center = AlertCenter(window.bridge, window, self.log, use_desktop=use_desktop)
        self.page = NotificationsPage(self.log)
        window.stack.addWidget(self.page)
        self.page.sig_open.connect(window.open_cluster_named)
        self.center.sig_alert.connect(self._raised)
        self.center.sig_open.connect(self.open_from_alert)
        self.center.sig_show.connect(window.raise_window)
        self.quitting = False
        self._told_tray = False
        self.keep_in_tray = self._flag("tray/keep_on_close")
        off_screen = self.settings.value("polling/off_screen_ms", 0)
        self.off_screen_ms = (
            int(str(off_screen))
            if str(off_screen).isdigit() and int(str(off_screen)) in OFF_SCREEN_CHOICES_MS
            else PollSettings().off_screen_ms
        )
        self._apply_polling()
        self._fill_tray_menu()

    def _flag(self, key: str) -> bool:
        return str(self.settings.value(key, "false")).lower() == "true"

    # ----- menus --------------------------------------------------------------------------
    def add_to(self, view_menu: QMenu) -> QAction:
        """The View menu's *Notifications* and *Alerts and polling* entries; gives the
        first."""
        shown = view_menu.addAction(self.tr("&Notifications"), self.show_page)
        shown.setShortcut(QKeySequence("Ctrl+Shift+O"))
        menu = view_menu.addMenu(self.tr("Alerts and &polling"))
        slow = menu.addMenu(self.tr("Clusters off screen: look every"))
        group = QActionGroup(self)
        self.interval_actions: dict[int, QAction] = {}
        for ms in OFF_SCREEN_CHOICES_MS:
            action = slow.addAction(self.tr("{0} s").format(ms // 1000))
            action.setCheckable(True)
            action.setChecked(ms == self.off_screen_ms)
            action.triggered.connect(lambda _checked=False, ms=ms: self.set_off_screen_ms(ms))
            group.addAction(action)
            self.interval_actions[ms] = action
        self.tray_action = menu.addAction(self.tr("Keep running in the tray when closed"))
        self.tray_action.setCheckable(True)
        self.tray_action.setChecked(self.keep_in_tray)
        self.tray_action.toggled.connect(self.set_keep_in_tray)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_action.setToolTip(self.tr("This desktop shows no tray icons."))
        return shown

    def _fill_tray_menu(self) -> None:
        menu = self.center.tray_menu
        menu.addAction(self.tr("Show AdminUI"), self.window.raise_window)
        menu.addAction(self.tr("Fleet"), lambda: self._show(self.window.show_fleet))
        menu.addAction(self.tr("Notifications"), lambda: self._show(self.show_page))
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit)

    def _show(self, what: object) -> None:
        self.window.raise_window()
        if callable(what):
            what()

    # ----- settings -----------------------------------------------------------------------
    def set_off_screen_ms(self, ms: int) -> None:
        self.off_screen_ms = ms
        self.settings.setValue("polling/off_screen_ms", ms)
        self._apply_polling()

    def _apply_polling(self) -> None:
        monitor = self.window.monitor
        monitor.set_settings(
            PollSettings(
                on_screen_ms=monitor.interval_ms,
                leaderless_ms=min(monitor.interval_ms, PollSettings().leaderless_ms),
                off_screen_ms=self.off_screen_ms,
                adaptive=monitor.schedule.settings.adaptive,
            )
        )

    def set_keep_in_tray(self, keep: bool) -> None:
        self.keep_in_tray = keep
        self.settings.setValue("tray/keep_on_close", "true" if keep else "false")

    def closes_to_tray(self) -> bool:
        """Closing the window now hides it in the tray instead (and says so once)."""
        tray = self.center.tray
        if self.quitting or not self.keep_in_tray or not tray.isVisible():
            return False
        if not self._told_tray:
            self._told_tray = True
            tray.showMessage(
                self.tr("AdminUI keeps watching"),
                self.tr("The console runs on in the tray. Quit it from the tray menu."),
            )
        return True

    def quit(self) -> None:
        self.quitting = True
        self.window.close()

    # ----- alerts -------------------------------------------------------------------------
    def show_page(self) -> None:
        self.window.cluster_list.clearSelection()
        self.page.reload()
        self.window.stack.setCurrentWidget(self.page)
        self.page.table.setFocus()

    def open_from_alert(self, name: str) -> None:
        self.window.raise_window()
        self.window.open_cluster_named(name)

    def observe(self, name: str, snapshot: Snapshot, cert_days: float | None) -> None:
        """A look at cluster ``name``: raise what it brings; colour the tray."""
        view = self.window.views.get(name)
        if view is None:
            return
        connection = view.context
        credentials = (
            "expired"
            if connection.expired
            else "warning"
            if self.window.token_watch.actions.get(name) is TokenAction.WARN
            else "ok"
        )
        self.center.observe(
            name,
            connection.profile.kind,
            snapshot,
            cert_days=cert_days,
            credentials=credentials,
            muted=connection.profile.mute_alerts,
        )
        tone, summary = self.window.fleet.worst()
        self.center.set_tone(tone, summary)

    def forget(self, name: str) -> None:
        self.center.forget(name)

    def _raised(self, alert: Alert) -> None:
        self.page.add(alert)
        self.window.statusBar().showMessage(
            self.tr("{0}: {1}").format(alert.cluster, say(alert.text)), 15_000
        )
