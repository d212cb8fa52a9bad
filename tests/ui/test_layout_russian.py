"""In Russian, at the window's default size, nothing the user reads is cut short.

The cluster list keeps its minimum width (also when the window is made narrow), every
header of the visible tables shows its whole text, and the audit results are Russian.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui import i18n
from adminui.ui.audit import AuditPage
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import SIDEBAR_MIN_WIDTH, MainWindow
from tests.translation import compile_sentences
from tests.ui.test_audit_page import filled_log
from tests.ui.test_translations import compiled_russian

#: The audit page's result words, until the project's translation holds them.
AUDIT_WORDS = {"ok": "успешно", "error": "ошибка", "PermissionDenied": "доступ запрещён"}


@pytest.fixture
def russian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    compiled_russian(tmp_path)
    translators = i18n.install_translators(qapp, "ru", tmp_path)
    words = QTranslator()
    assert words.load(str(compile_sentences(tmp_path, AUDIT_WORDS, "audit", "AuditPage")))
    qapp.installTranslator(words)
    yield
    qapp.removeTranslator(words)
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.save_language("system")
    QLocale.setDefault(QLocale.system())


def clipped_headers(view: QTableView | QTreeView) -> list[str]:
    """The header titles of ``view`` narrower than their text needs."""
    header: QHeaderView = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    model = view.model()
    assert model is not None and model.columnCount() > 0
    return [
        str(model.headerData(i, Qt.Orientation.Horizontal))
        for i in range(model.columnCount())
        if not header.isSectionHidden(i) and header.sectionSize(i) < header.sectionSizeHint(i)
    ]


def clipped_buttons(page: QWidget) -> list[str]:
    """The visible buttons of ``page`` narrower than their text or past its right edge."""
    clipped = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        right = button.mapTo(page, button.rect().topRight()).x()
        if button.width() < button.sizeHint().width() or right >= page.width():
            clipped.append(button.text())
    return clipped


def test_russian_window_keeps_the_sidebar_and_whole_headers(
    qtbot: QtBot, russian: None, bridge: AsyncBridge
) -> None:
    profiles = [
        Profile(
            "Lab OpenBao",
            ClusterKind.OPENBAO,
            ("http://127.0.0.1:9", "http://127.0.0.1:10", "http://127.0.0.1:11"),
        ),
        Profile("Lab Core", ClusterKind.CORE, ("http://127.0.0.1:12",), ("http://127.0.0.1:13/h",)),
    ]
    window = MainWindow([ClusterContext(p, "t") for p in profiles], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.width() == 1200  # the default size: a restored geometry would change it
    sidebar = window.cluster_list
    assert sidebar.width() >= SIDEBAR_MIN_WIDTH
    name_width = sidebar.sizeHintForIndex(window.cluster_model.index(0, 0)).width()
    assert sidebar.viewport().width() >= name_width

    views: list[QTableView | QTreeView] = []
    bao = window.view("Lab OpenBao")
    overview = bao.overview
    views += [overview.node_table, overview.events_table]
    for key, attribute in (("namespaces", "tree"), ("policies", "list_view")):
        page = bao.page(key)
        assert page is not None
        bao.tabs.setCurrentWidget(page)
        views.append(getattr(page, attribute))
    quotas = bao.page("quotas")
    assert quotas is not None
    bao.tabs.setCurrentWidget(quotas)
    views.append(quotas.findChild(QTableView))
    window.select_cluster(1)
    core = window.view("Lab Core")
    services = core.page("services")
    assert services is not None
    core.tabs.setCurrentWidget(services)
    views.append(services.table)  # type: ignore[attr-defined]
    QApplication.processEvents()
    for view in views:
        assert clipped_headers(view) == [], view.accessibleName()
    # Every tab of both clusters fits the default window: none widens it, squeezes the
    # cluster list, or cuts a button short.
    for row, view in ((0, bao), (1, core)):
        window.select_cluster(row)
        for tab in range(view.tabs.count()):
            page = view.tabs.widget(tab)
            view.tabs.setCurrentWidget(page)
            QApplication.processEvents()
            name = view.tabs.tabText(tab)
            assert clipped_buttons(page) == [], name
            assert window.width() == 1200, name
            assert sidebar.width() >= SIDEBAR_MIN_WIDTH, name

    # A narrow window squeezes the page, not the cluster list.
    window.resize(700, 600)
    QApplication.processEvents()
    assert sidebar.width() >= SIDEBAR_MIN_WIDTH
    window.close()


def test_russian_audit_table_shows_whole_headers_and_russian_results(
    qtbot: QtBot, russian: None, tmp_path: Path
) -> None:
    page = AuditPage(filled_log(tmp_path))
    qtbot.addWidget(page)
    page.resize(1000, 600)  # as the main window opens it
    page.show()
    QApplication.processEvents()
    assert clipped_headers(page.table) == []
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    result = headers.index("Результат")
    assert model.index(0, result).data() == "успешно 204"
    assert model.index(1, result).data() == "ошибка 403 (доступ запрещён)"
    # Every cell of the action column shows whole, and the line numbers waste no room.
    header = page.table.horizontalHeader()
    action = headers.index("Действие")
    assert header.sectionSize(action) >= page.table.sizeHintForColumn(action)
    line_width = max(header.sectionSizeHint(0), page.table.sizeHintForColumn(0))
    assert header.sectionSize(0) <= line_width + 16
