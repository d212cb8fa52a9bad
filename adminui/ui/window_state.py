"""Window geometry, the selected cluster, each cluster's tab and the theme, kept across
restarts (an INI file in the configuration directory). Tabs are saved by key, not by
their title, so a change of language keeps them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from adminui.profiles.paths import default_config_dir

if TYPE_CHECKING:
    from adminui.ui.main_window import MainWindow


class WindowState:
    """Saves and restores what the user arranged in the main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        path = default_config_dir() / "window.ini"
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)
        #: A cluster was on screen at the last closing, and is again.
        self.cluster_restored = False

    def save(self) -> None:
        s = self.settings
        s.setValue("geometry", self.window.saveGeometry())
        s.setValue("state", self.window.saveState())
        index = self.window.cluster_list.currentIndex()
        if index.isValid():
            s.setValue("cluster", list(self.window.views)[index.row()])
        # The page shown at closing: a cluster, or the fleet (the first page otherwise).
        s.setValue("page", "cluster" if self.window.current_view() is not None else "fleet")
        for name, view in self.window.views.items():
            s.setValue(f"tabs/{_key(name)}", view.current_key())
        s.setValue("theme", self.window.theme)
        s.sync()

    def restore(self) -> None:
        s = self.settings
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        state = s.value("state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        names = list(self.window.views)
        cluster = s.value("cluster")
        if isinstance(cluster, str) and cluster in names:
            self.window.select_cluster(names.index(cluster))
            self.cluster_restored = s.value("page") == "cluster"
        for name, view in self.window.views.items():
            key = s.value(f"tabs/{_key(name)}")
            if isinstance(key, str) and key and key != view.current_key():
                view.page(key)
        theme = s.value("theme")
        if isinstance(theme, str) and theme in ("system", "light", "dark"):
            self.window.set_theme(theme)


def _key(name: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in name)
