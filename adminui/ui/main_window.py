"""The main window: clusters on the left, the selected cluster's view on the right."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from adminui.core.cluster import Role
from adminui.installed import lab_installed
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.from_env import add_command, proposal
from adminui.profiles.store import Profile
from adminui.ui.alert_actions import AlertActions
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_list_model import ClusterListModel
from adminui.ui.cluster_page import ClusterPage
from adminui.ui.cluster_view import ClusterView
from adminui.ui.clusters.actions import ClusterActions
from adminui.ui.clusters.token_watch import TokenWatch
from adminui.ui.context import ClusterContext
from adminui.ui.fleet_page import FleetPage, event_text
from adminui.ui.help_menu import HelpActions
from adminui.ui.i18n import say
from adminui.ui.jobs_panel import Job, JobsPanel, JobState, jobs_of
from adminui.ui.monitor_service import MonitorService
from adminui.ui.page_actions import PAGE_ACTIONS, PageAction
from adminui.ui.palette import CommandPalette, PaletteEntry
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.theme import ThemeController, status_colour
from adminui.ui.window_state import WindowState

#: The cluster list never gets narrower than this, nor wider than the second figure by
#: itself (the user can drag it wider).
log = logging.getLogger(__name__)

SIDEBAR_MIN_WIDTH = 180
SIDEBAR_MAX_WIDTH = 320


#: The ``adminui profile add`` command for the cluster the shell names.
first_run_command = add_command


class MainWindow(QMainWindow):
    """Lists clusters and shows the selected one; every cluster is watched live."""

    def __init__(
        self,
        contexts: list[ClusterContext],
        bridge: AsyncBridge,
        interval_ms: int = 500,
        lab_starter: Callable[[], list[ClusterContext]] | None = None,
        *,
        use_desktop_notifications: bool = True,
    ) -> None:
        super().__init__()
        #: Starts the local lab and gives its clusters (built by the command line when
        #: the lab is installed); offered on the empty window.
        self.lab_starter = lab_starter
        self.setWindowTitle(self.tr("AdminUI — cluster console"))
        self.resize(1200, 760)
        self.bridge = bridge
        self.contexts = {c.profile.name: c for c in contexts}
        #: Connections whose shared clients the bridge closes when it stops (by id).
        self._pooled: set[int] = set()
        self._last_ticks: dict[str, Tick] = {}
        self.theme = "system"
        self.theme_controller = ThemeController(self)

        self.cluster_model = ClusterListModel([c.profile.spec() for c in contexts], self)
        self.cluster_list = QListView()
        self.cluster_list.setModel(self.cluster_model)
        self.cluster_list.setAccessibleName(self.tr("Clusters"))
        self.cluster_list.setSpacing(2)
        self.cluster_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cluster_list.setMinimumWidth(self._sidebar_width())

        self.stack = QStackedWidget()
        self.views: dict[str, ClusterView] = {}
        self.first_run = self._first_run_widget()
        self.stack.addWidget(self.first_run)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cluster_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)  # a narrow window squeezes the page, not the list
        splitter.setSizes([max(220, self.cluster_list.minimumWidth()), 980])
        # Notices that concern the whole console (no keyring, a broken profile) stay
        # above the pages until dismissed; the status bar's messages come and go.
        self.notice_banner = MessageBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        if contexts:
            self.statusBar().showMessage(self.tr("Connecting…"))

        self.cluster_list.selectionModel().selectionChanged.connect(self._on_cluster_selected)
        self.cluster_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cluster_list.customContextMenuRequested.connect(self._cluster_menu)

        self.monitor = MonitorService(bridge, interval_ms, self)
        self.monitor.sig_ticked.connect(self._on_tick)
        self.monitor.sig_failed.connect(self._on_failed)
        self.cluster_actions = ClusterActions(self)
        self.help_actions = HelpActions(self)
        self._cluster_bound: list[QAction] = []  # the File menu's actions on one cluster
        self.token_watch = TokenWatch(bridge, self)
        self.token_watch.sig_changed.connect(self._show_session)
        self.token_watch.sig_expired.connect(self._sign_in_expired)
        self.session_button = QPushButton()
        self.session_button.setObjectName("sessionState")
        self.session_button.setFlat(True)
        self.session_button.clicked.connect(lambda: self.cluster_actions.sign_in())
        self.statusBar().addPermanentWidget(self.session_button)
        #: Every cluster at a glance (F29): View → Fleet, or Go → Fleet (Ctrl+0).
        self.fleet = FleetPage()
        self.stack.addWidget(self.fleet)
        self.fleet.sig_open.connect(self.open_cluster_named)
        self._last_events: dict[str, str] = {}
        #: Alerts (F30): the notification log page, the tray icon, desktop notifications.
        self.alert_actions = AlertActions(self, use_desktop=use_desktop_notifications)
        #: Long work of every cluster (staggers, drills, measurements): a dock at the
        #: bottom, shown and hidden from the status bar, View → Jobs or Ctrl+J.
        self.jobs_panel = JobsPanel(jobs_of(bridge), self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_panel)
        self.jobs_panel.hide()
        self.statusBar().addPermanentWidget(self.jobs_panel.indicator)
        self.jobs_panel.sig_job_ended.connect(self._job_ended)
        for context in contexts:
            self._add_view(context)
        if contexts:
            self.stack.setCurrentWidget(self.views[contexts[0].profile.name])
        else:
            self.stack.setCurrentWidget(self.first_run)
        if contexts:
            self.cluster_list.setCurrentIndex(self.cluster_model.index(0, 0))
        self._build_menus()
        self.state = WindowState(self)
        self.set_theme("system")
        self.state.restore()
        if len(contexts) > 1 and not self.state.cluster_restored:
            self.show_fleet()  # several clusters: every one at a glance first (F29)
        # Adaptive polling: the cluster on screen often, the others slowly.
        self.stack.currentChanged.connect(self._screen_changed)
        self._screen_changed()
        self.monitor.start()
        self.token_watch.start()
        #: Closing waits for stopped work (a drill restoring nodes) to end.
        self._stopping_work = False
        self._close_later = QTimer(self)
        self._close_later.setInterval(200)
        self._close_later.setSingleShot(True)
        self._close_later.timeout.connect(self.close)

    def _first_run_widget(self) -> QWidget:
        """The empty window: add a cluster (or start the lab, from the command line)."""
        page = QWidget()
        page.setObjectName("firstRunPage")
        column = QVBoxLayout(page)
        column.addStretch(1)
        text = QLabel(self._first_run_text())
        text.setObjectName("firstRun")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(text)
        self.first_run_add = QPushButton(self.tr("&Add a cluster…"))
        self.first_run_add.setObjectName("firstRunAdd")
        self.first_run_add.clicked.connect(lambda: self.cluster_actions.add_cluster())
        column.addWidget(self.first_run_add, 0, Qt.AlignmentFlag.AlignCenter)
        from_shell = proposal(os.environ)
        self.first_run_env = QPushButton()
        self.first_run_env.setObjectName("firstRunFromShell")
        self.first_run_env.setVisible(from_shell is not None)
        if from_shell is not None:
            self.first_run_env.setText(
                self.tr("Add {0} (from ${1}_ADDR)…").format(
                    from_shell.profile.node_urls[0], from_shell.prefix
                )
            )
            self.first_run_env.clicked.connect(
                lambda: self.cluster_actions.add_cluster(
                    from_shell.profile, secret=from_shell.token, exact_name=True
                )
            )
        column.addWidget(self.first_run_env, 0, Qt.AlignmentFlag.AlignCenter)
        self.first_run_lab = QPushButton(self.tr("Start the local &lab"))
        self.first_run_lab.setObjectName("firstRunLab")
        self.first_run_lab.setToolTip(
            self.tr("A 3-node OpenBao cluster and a 3-node Core cluster on this computer.")
        )
        self.first_run_lab.setVisible(self.lab_starter is not None)
        self.first_run_lab.clicked.connect(self.start_lab)
        column.addWidget(self.first_run_lab, 0, Qt.AlignmentFlag.AlignCenter)
        self.first_run_progress = QProgressBar()
        self.first_run_progress.setRange(0, 0)
        self.first_run_progress.setMaximumWidth(320)
        self.first_run_progress.hide()
        column.addWidget(self.first_run_progress, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        return page

    def start_lab(self) -> None:
        """Start the local lab in the background; its clusters open when it is up."""
        starter = self.lab_starter
        if starter is None:
            return
        self.first_run_lab.setEnabled(False)
        self.first_run_progress.show()
        self.statusBar().showMessage(self.tr("Starting the local lab (about half a minute)…"))

        def started(contexts: list[ClusterContext] | None, error: BaseException | None) -> None:
            self.first_run_progress.hide()
            self.first_run_lab.setEnabled(True)
            if error is not None or contexts is None:
                self.show_notice(self.tr("The lab did not start: {0}").format(error))
                return
            for context in contexts:
                if context.profile.name not in self.views:
                    self.add_cluster(context)
            self.statusBar().showMessage(self.tr("The local lab is running."))

        self.bridge.submit(asyncio.to_thread(starter), started)

    def _first_run_text(self) -> str:
        """What the empty window says: how to add a cluster (proposed from $BAO_ADDR or
        $VAULT_ADDR when one is set) and how to start the lab."""
        lines = [self.tr("No clusters yet: add one with the button below (File → Add cluster…).")]
        proposal = first_run_command(os.environ)
        if proposal:
            lines += [
                self.tr("Your shell names a cluster; from a terminal, add it with:"),
                proposal,
            ]
        else:
            lines += [
                self.tr("From a terminal:"),
                "printf '%s' \"$TOKEN\" | adminui profile add NAME --kind openbao "
                "--node https://HOST:8200 --discover",
            ]
        if lab_installed() and self.lab_starter is None:
            lines += [self.tr("or start the local lab with: adminui --lab")]
        return "\n".join(lines)

    def show_notice(self, text: str) -> None:
        """Show ``text`` above the pages until the user dismisses it."""
        self.notice_banner.show_message(text, "warning")

    def _sidebar_width(self) -> int:
        """Room for the longest cluster name and its line under it (within reason)."""
        list_view = self.cluster_list
        widest = max(
            (
                list_view.sizeHintForIndex(self.cluster_model.index(row, 0)).width()
                for row in range(self.cluster_model.rowCount())
            ),
            default=0,
        )
        frame = 2 * (list_view.frameWidth() + list_view.spacing()) + 8
        return min(max(SIDEBAR_MIN_WIDTH, widest + frame), SIDEBAR_MAX_WIDTH)

    # ----- menus, shortcuts, palette ---------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actions = self.cluster_actions
        self.add_cluster_action = file_menu.addAction(
            self.tr("&Add cluster…"), lambda: actions.add_cluster()
        )
        self.add_cluster_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_cluster_action = file_menu.addAction(
            self.tr("&Edit cluster…"), lambda: actions.edit_cluster()
        )
        self.duplicate_cluster_action = file_menu.addAction(
            self.tr("D&uplicate cluster…"), lambda: actions.duplicate_cluster()
        )
        self.remove_cluster_action = file_menu.addAction(
            self.tr("&Remove cluster…"), lambda: actions.remove_cluster()
        )
        file_menu.addSeparator()
        self.sign_in_action = file_menu.addAction(self.tr("&Sign in…"), lambda: actions.sign_in())
        self.sign_in_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action = file_menu.addAction(self.tr("Sign &out"), lambda: actions.sign_out())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.alert_actions.quit)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self._cluster_bound = [
            self.edit_cluster_action,
            self.duplicate_cluster_action,
            self.remove_cluster_action,
            self.sign_in_action,
            self.sign_out_action,
        ]

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = view_menu.addAction(self.tr("&Refresh now"), self.refresh_now)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.palette_action = view_menu.addAction(self.tr("Command &palette…"), self.open_palette)
        self.palette_action.setShortcut(QKeySequence("Ctrl+K"))
        self.fleet_action = view_menu.addAction(self.tr("&Fleet"), self.show_fleet)
        self.fleet_action.setShortcut(QKeySequence("Ctrl+0"))
        self.notifications_action = self.alert_actions.add_to(view_menu)
        self.jobs_action = self.jobs_panel.toggle_action
        view_menu.addAction(self.jobs_action)
        self.audit_action = view_menu.addAction(self.tr("&Audit log…"), self.open_audit_log)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, key=key: self.set_theme(key))
            group.addAction(action)
            self.theme_actions[key] = action
        self.theme_actions["system"].setChecked(True)
        from adminui.ui.i18n import saved_language

        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        language_group = QActionGroup(self)
        for key, label in (
            ("system", self.tr("Follow the &system")),
            ("en", "English"),  # each language in its own words
            ("ru", "Русский"),
        ):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, key=key: self.set_language(key))
            language_group.addAction(action)
            self.language_actions[key] = action
        self.language_actions[saved_language()].setChecked(True)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._fill_go_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        helper = self.help_actions
        self.guide_action = help_menu.addAction(self.tr("User &guide"), helper.open_guide)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.tr("&Keyboard shortcuts…"), helper.show_shortcuts)
        help_menu.addAction(self.tr("Open &log folder"), helper.open_log_folder)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About AdminUI"), helper.show_about)
        for menu in (file_menu, view_menu, help_menu):
            # Shortcuts also work while a menu has never been opened.
            self.addActions(menu.actions())
        self._update_cluster_actions()
        for action in (self.refresh_action, self.palette_action):
            action.setToolTip(
                f"{action.text().replace('&', '')} "
                f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )

    def _fill_go_menu(self) -> None:
        for action in self.go_menu.actions():
            self.removeAction(action)
        self.go_menu.clear()
        self.go_menu.addAction(self.tr("Fleet"), self.show_fleet)
        self.go_menu.addAction(self.tr("Notifications"), self.alert_actions.show_page)
        self.go_menu.addSeparator()
        for row, spec in enumerate(self.cluster_model.clusters()):
            action = self.go_menu.addAction(spec.name, partial(self.select_cluster, row))
            if row < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        self.addActions(self.go_menu.actions())

    def _update_cluster_actions(self) -> None:
        view = self.current_view()
        for action in self._cluster_bound:
            action.setEnabled(view is not None)
        if view is not None and self._cluster_bound:
            self.sign_out_action.setEnabled(bool(view.context.token))
        self._show_session()

    def _cluster_menu(self, position: QPoint) -> None:
        """The cluster list's context menu: the cluster under the pointer, or Add."""
        index = self.cluster_list.indexAt(position)
        menu = QMenu(self)
        actions = self.cluster_actions
        if index.isValid():
            self.cluster_list.setCurrentIndex(index)
            name = self.cluster_model.clusters()[index.row()].name
            menu.addAction(self.tr("&Edit cluster…"), lambda: actions.edit_cluster(name))
            menu.addAction(self.tr("D&uplicate cluster…"), lambda: actions.duplicate_cluster(name))
            menu.addAction(self.tr("&Remove cluster…"), lambda: actions.remove_cluster(name))
            menu.addSeparator()
            menu.addAction(self.tr("&Sign in…"), lambda: actions.sign_in(name))
            sign_out = menu.addAction(self.tr("Sign &out"), lambda: actions.sign_out(name))
            sign_out.setEnabled(bool(self.views[name].context.token))
            menu.addSeparator()
        menu.addAction(self.tr("&Add cluster…"), lambda: actions.add_cluster())
        menu.popup(self.cluster_list.viewport().mapToGlobal(position))
        self._context_menu = menu

    # ----- clusters come and go -------------------------------------------------------
    def _add_view(self, context: ClusterContext) -> ClusterView:
        name = context.profile.name
        view = ClusterView(context, self.bridge)
        view.sig_profile_changed.connect(lambda profile, view=view: self._rewatch(view, profile))
        view.sig_members_changed.connect(
            lambda members, view=view: self.cluster_model.set_members(
                view.context.profile.name, members
            )
        )
        self.views[name] = view
        self.stack.addWidget(view)
        profile = context.profile
        self.fleet.apply(name, profile.kind, profile.environment, None)
        if name not in {spec.name for spec in self.cluster_model.clusters()}:
            self.cluster_model.add(context.profile.spec())
        context.on_credentials_changed(self._credentials_changed)
        self._share_clients(context)
        self.monitor.watch(context)
        self.token_watch.add(context)
        return view

    def _share_clients(self, context: ClusterContext) -> None:
        """The cluster's page actions reuse one HTTP client per node on the bridge's
        loop, closed when the cluster is removed or the window's loop stops."""
        context.share_clients_on(self.bridge.loop)
        if id(context) not in self._pooled:
            self._pooled.add(id(context))
            self.bridge.add_closer(context.close_clients)

    def add_cluster(self, context: ClusterContext) -> None:
        """Open a cluster added in the cluster manager, and show it."""
        log.info("cluster %s added", context.profile.name)
        self._add_view(context)
        self._fill_go_menu()
        self.select_cluster(self.cluster_model.rowCount() - 1)
        self.monitor.tick([context.profile.name])

    def replace_cluster(self, old_name: str, profile: Profile) -> None:
        """Cluster ``old_name`` was edited: watch and show it with ``profile`` at once."""
        old_view = self.views.pop(old_name, None)
        if old_view is None:
            return
        log.info(
            "cluster %s edited (now %s, %d nodes)", old_name, profile.name, len(profile.node_urls)
        )
        context = old_view.context
        context.set_profile(profile)
        self.monitor.unwatch(old_name)
        self.token_watch.remove(old_name)
        self._last_ticks.pop(old_name, None)
        self.cluster_model.replace(old_name, profile.spec())
        view = self._add_view(context)
        self.stack.removeWidget(old_view)
        old_view.deleteLater()
        self._fill_go_menu()
        self.stack.setCurrentWidget(view)
        self.monitor.tick([profile.name])

    def remove_cluster(self, name: str) -> None:
        log.info("cluster %s removed", name)
        view = self.views.pop(name, None)
        if view is None:
            return
        self.monitor.unwatch(name)
        self.token_watch.remove(name)
        self._last_ticks.pop(name, None)
        self._last_events.pop(name, None)
        self.fleet.remove(name)
        self.alert_actions.forget(name)
        self.bridge.submit(view.context.close_clients())
        self.cluster_model.remove(name)
        self.stack.removeWidget(view)
        view.deleteLater()
        self._fill_go_menu()
        if self.cluster_model.rowCount():
            self.select_cluster(0)
        else:
            self.stack.setCurrentWidget(self.first_run)
        self._update_cluster_actions()

    def _credentials_changed(self, _context: ClusterContext) -> None:
        """A sign-in, renewal or sign-out (the live view reads the token at each look)."""
        self._update_cluster_actions()

    def _show_session(self, _name: str = "") -> None:
        view = self.current_view()
        if view is None:
            self.session_button.hide()
            return
        text, tone = self.token_watch.text(view.context)
        self.session_button.setText(text)
        self.session_button.setToolTip(
            self.tr("Sign in to {0} again").format(view.context.profile.name)
        )
        self.session_button.setStyleSheet(
            f"QPushButton {{ color: {status_colour(tone).name()}; }}" if tone != "ok" else ""
        )
        self.session_button.show()

    def _sign_in_expired(self, name: str) -> None:
        """The token expired: ask for a sign-in; requests wait, nothing typed is lost."""
        self.cluster_actions.sign_in(
            name,
            reason=self.tr(
                "Your sign-in to {0} has expired. Sign in again: your drafts and open "
                "dialogs are kept, and an action waiting for the sign-in goes on after it."
            ).format(name),
        )

    def show_fleet(self) -> None:
        """Every cluster at a glance, the worst first."""
        self.cluster_list.clearSelection()
        self.stack.setCurrentWidget(self.fleet)
        self.fleet.table.setFocus()

    def open_cluster_named(self, name: str) -> None:
        for row, spec in enumerate(self.cluster_model.clusters()):
            if spec.name == name:
                self.select_cluster(row)
                view = self.views.get(name)
                if view is not None:
                    self.stack.setCurrentWidget(view)
                return

    def select_cluster(self, row: int) -> None:
        if 0 <= row < self.cluster_model.rowCount():
            self.cluster_list.setCurrentIndex(self.cluster_model.index(row, 0))

    def set_language(self, key: str) -> None:
        """Save the interface language; it applies when AdminUI next starts."""
        from adminui.ui.i18n import save_language

        save_language(key)
        self.language_actions[key].setChecked(True)
        if not hasattr(self, "language_note"):
            self.language_note = QLabel()
            self.language_note.setObjectName("languageNote")
            self.statusBar().addPermanentWidget(self.language_note)
        self.language_note.setText(
            self.tr("Language: {0} (applies after a restart)").format(
                self.language_actions[key].text().replace("&", "")
            )
        )

    def open_audit_log(self) -> QWidget:
        """The local audit log of every change made from this console (F19)."""
        from adminui.ui.audit import AuditPage

        page = AuditPage(parent=self)
        page.setWindowFlag(Qt.WindowType.Window)
        page.setWindowTitle(self.tr("Audit log"))
        page.resize(1000, 600)
        page.show()
        return page

    def refresh_now(self) -> None:
        """Look at every cluster now, and refresh the page on show."""
        self.monitor.tick_all()
        view = self.current_view()
        if view is not None:
            refresh = getattr(view.tabs.currentWidget(), "refresh", None)
            if callable(refresh):
                refresh()

    def set_theme(self, key: str) -> None:
        """Light, dark, or follow the OS (status colours keep their meaning in both)."""
        schemes = {
            "system": Qt.ColorScheme.Unknown,
            "light": Qt.ColorScheme.Light,
            "dark": Qt.ColorScheme.Dark,
        }
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(schemes.get(key, Qt.ColorScheme.Unknown))
        self.theme_controller.apply(key)
        if key in self.theme_actions:
            self.theme_actions[key].setChecked(True)
        self.theme = key

    def palette_entries(self) -> list[PaletteEntry]:
        entries = [
            PaletteEntry(self.tr("Refresh now"), "F5", self.refresh_now),
            PaletteEntry(self.tr("Audit log"), "Ctrl+Shift+A", self.open_audit_log),
            PaletteEntry(self.tr("Theme: follow the system"), "", lambda: self.set_theme("system")),
            PaletteEntry(self.tr("Theme: light"), "", lambda: self.set_theme("light")),
            PaletteEntry(self.tr("Theme: dark"), "", lambda: self.set_theme("dark")),
            PaletteEntry(self.tr("Quit"), "Ctrl+Q", self.alert_actions.quit),
            PaletteEntry(self.tr("Fleet"), "Ctrl+0", self.show_fleet),
            PaletteEntry(self.tr("Notifications"), "Ctrl+Shift+O", self.alert_actions.show_page),
            PaletteEntry(self.tr("Jobs"), "Ctrl+J", self.jobs_panel.toggle),
            PaletteEntry(self.tr("User guide"), "F1", self.help_actions.open_guide),
            PaletteEntry(self.tr("Keyboard shortcuts"), "", self.help_actions.show_shortcuts),
            PaletteEntry(self.tr("Open log folder"), "", self.help_actions.open_log_folder),
            PaletteEntry(self.tr("About AdminUI"), "", self.help_actions.show_about),
            PaletteEntry(
                self.tr("Add cluster…"), "Ctrl+Shift+N", lambda: self.cluster_actions.add_cluster()
            ),
        ]
        if self.current_view() is not None:
            entries += [
                PaletteEntry(
                    self.tr("Edit cluster…"), "", lambda: self.cluster_actions.edit_cluster()
                ),
                PaletteEntry(
                    self.tr("Duplicate cluster…"),
                    "",
                    lambda: self.cluster_actions.duplicate_cluster(),
                ),
                PaletteEntry(
                    self.tr("Remove cluster…"), "", lambda: self.cluster_actions.remove_cluster()
                ),
                PaletteEntry(self.tr("Sign in…"), "Ctrl+L", lambda: self.cluster_actions.sign_in()),
                PaletteEntry(self.tr("Sign out"), "", lambda: self.cluster_actions.sign_out()),
            ]
        for row, name, view in self.ordered_views():
            entries.append(
                PaletteEntry(
                    self.tr("Cluster: {0}").format(name),
                    f"Ctrl+{row + 1}" if row < 9 else "",
                    partial(self.select_cluster, row),
                )
            )
            for index, key in enumerate(view.page_keys()):
                title = view.tabs.tabText(index)
                entries.append(
                    PaletteEntry(
                        f"{name} › {title}",
                        "",
                        partial(self._go, row, view.page, key),
                    )
                )
            keys = set(view.page_keys())
            entries += [
                PaletteEntry(
                    f"{name} › {action.label()}", "", partial(self.run_page_action, row, action)
                )
                for action in PAGE_ACTIONS
                if action.page in keys
            ]
            for url in view.context.profile.node_urls:
                entries.append(
                    PaletteEntry(
                        self.tr("{0} › node {1}").format(name, url),
                        "",
                        partial(self._go, row, view.show_node, url),
                    )
                )
            entries += self._namespace_entries(row, name, view.known_namespaces())
        return entries

    def _namespace_entries(self, row: int, name: str, paths: list[str]) -> list[PaletteEntry]:
        view = self.views[name]
        return [
            PaletteEntry(
                self.tr("{0} › namespace {1}").format(name, path),
                "",
                partial(self._go, row, view.show_namespace, path),
            )
            for path in paths
        ]

    def run_page_action(self, row: int, action: PageAction) -> bool:
        """Select cluster ``row``, open the action's page and run it there."""
        self.select_cluster(row)
        view = self.current_view()
        return view is not None and action.run_on(view.page(action.page))

    def _go(self, row: int, action: Callable[[str], object], argument: str) -> None:
        """Select cluster ``row``, then ``action(argument)`` (a page, a node…)."""
        self.select_cluster(row)
        action(argument)

    def _palette_namespaces(
        self, palette: CommandPalette, row: int, name: str, paths: list[str]
    ) -> None:
        if isValid(palette) and palette.isVisible():
            palette.add_entries(self._namespace_entries(row, name, paths))

    def open_palette(self) -> CommandPalette:
        """The palette over every action; namespaces not loaded yet are fetched in the
        background and appear as they arrive."""
        palette = CommandPalette(self.palette_entries(), self)
        for row, name, view in self.ordered_views():
            view.fetch_namespaces(partial(self._palette_namespaces, palette, row, name))
        palette.open()
        return palette

    def _rewatch(self, view: ClusterView, profile: Profile) -> None:
        """Watch the cluster again with its changed profile (e.g. a node joined)."""
        context = view.context
        context.profile = profile
        self.cluster_model.set_spec(profile.spec())
        self.monitor.watch(context)

    def server_versions(self) -> dict[str, set[str]]:
        """Each cluster's server versions, as its nodes last reported them."""
        return {
            name: {node.version for node in self._last_ticks[name].snapshot.nodes if node.version}
            if name in self._last_ticks
            else set()
            for _row, name, _view in self.ordered_views()
        }

    def raise_window(self) -> None:
        """Come to the front (a second start of the console asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def ordered_views(self) -> list[tuple[int, str, ClusterView]]:
        """(row in the cluster list, name, view), in the list's order."""
        return [
            (row, spec.name, self.views[spec.name])
            for row, spec in enumerate(self.cluster_model.clusters())
            if spec.name in self.views
        ]

    def view(self, name: str) -> ClusterView:
        return self.views[name]

    def current_view(self) -> ClusterView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ClusterView) else None

    def _screen_changed(self, _index: int = 0) -> None:
        view = self.current_view()
        for each in self.views.values():
            # Off screen a cluster's ticks are recorded, not drawn (30 clusters cost
            # what the one on screen does).
            each.overview.set_on_screen(each is view)
        self.monitor.set_on_screen({view.context.profile.name} if view is not None else set())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.monitor.set_minimised(self.isMinimized() or not self.isVisible())
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.monitor.set_minimised(True)  # in the tray, or going away
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.monitor.set_minimised(self.isMinimized())
        super().showEvent(event)

    def _on_cluster_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        index = self.cluster_list.currentIndex()
        if index.isValid():
            view = self.views.get(self.cluster_model.clusters()[index.row()].name)
            if view is not None:
                self.stack.setCurrentWidget(view)
        self._update_cluster_actions()

    def _on_tick(self, name: str, tick: Tick) -> None:
        view = self.views.get(name)
        if view is None:
            return
        view.apply_tick(tick)
        self.cluster_model.set_health(name, tick.snapshot)
        self._last_ticks[name] = tick
        if tick.transitions:
            last = tick.transitions[-1]
            self._last_events[name] = event_text(say(last.describe()), last.at)
        profile = view.context.profile
        self.fleet.apply(
            name,
            profile.kind,
            profile.environment,
            tick.snapshot,
            cert_days=view.cert_days,
            last_event=self._last_events.get(name, ""),
            credentials=self.token_watch.text(view.context),
        )
        self.alert_actions.observe(name, tick.snapshot, view.cert_days)
        self._show_status()

    def _on_failed(self, name: str, message: str) -> None:
        self.statusBar().showMessage(message)

    def _show_status(self) -> None:
        failing = [
            f"{name}: {node.label}" + (f" ({say(node.reason)})" if node.reason else "")
            for name, tick in self._last_ticks.items()
            for node in tick.snapshot.nodes
            if node.role in (Role.UNREACHABLE, Role.SEALED, Role.UNKNOWN)
        ]
        newest = max(t.snapshot.taken_at for t in self._last_ticks.values())
        stamp = time.strftime("%H:%M:%S", time.localtime(newest))
        if failing:
            text = self.tr("Last refresh {0} · not serving: {1}").format(stamp, ", ".join(failing))
        else:
            text = self.tr("Last refresh {0} · all nodes answering").format(stamp)
        self.statusBar().showMessage(text)

    def running_work(self) -> list[tuple[ClusterPage, str]]:
        """Long work running in any cluster's pages (drills, re-staggers)."""
        return [item for view in self.views.values() for item in view.running_work()]

    def _job_ended(self, job: Job) -> None:
        """A job of the jobs panel ended: say so in a note (it may have run for hours)."""
        failed = job.state is JobState.FAILED
        title = (
            self.tr("{0}: failed").format(job.title)
            if failed
            else self.tr("{0}: done").format(job.title)
        )
        self.alert_actions.center.note.show_alert(
            title, job.status, job.cluster, "error" if failed else "ok"
        )
        self.statusBar().showMessage(f"{title} {job.status}".strip(), 15_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.alert_actions.closes_to_tray():
            self.hide()  # the console keeps watching, slowly, from the tray
            event.ignore()
            return
        jobs = self.jobs_panel.registry
        question = self.jobs_panel.quit_question()
        if question and not self._stopping_work:
            answer = QMessageBox.question(self, self.tr("Quit while jobs are running?"), question)
            if answer != QMessageBox.StandardButton.Yes:
                self.alert_actions.quitting = False  # a later close may go to the tray again
                event.ignore()
                return
            self._stopping_work = True
            jobs.cancel_all()  # a drill first restores what it broke, then ends
        if self._stopping_work and any(job.cancellable for job in jobs.running()):
            self.statusBar().showMessage(self.tr("Restoring the cluster before closing…"))
            self._close_later.start()
            event.ignore()
            return
        self.monitor.stop()
        self.token_watch.timer.stop()
        self.state.save()
        super().closeEvent(event)
