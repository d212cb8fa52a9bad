"""A new rotation set on the lab's OpenBao cluster offers the lab's PostgreSQL and its
admin login; any other cluster gets empty fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from adminui.lab import Lab
from adminui.lab.profiles import lab_profiles
from adminui.lab_hooks import RunningLabHooks
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.rotation.dialogs import LAB_CONNECTION, CreateSetDialog
from adminui.ui.rotation.page import RotationPage
from tests.ui.test_rotation_page import NOW, FakeService


def open_new_set_dialog(qtbot: QtBot, page: RotationPage) -> CreateSetDialog:
    page.namespace.setCurrentText("team")
    page.create_button.click()
    qtbot.waitUntil(lambda: page._create_dialog is not None, timeout=10_000)
    dialog = page._create_dialog
    assert isinstance(dialog, CreateSetDialog)
    return dialog


def test_the_lab_cluster_offers_the_lab_postgres(
    qtbot: QtBot, bridge: AsyncBridge, lab: Lab
) -> None:
    profile, token = lab_profiles(lab)[0]
    context = ClusterContext(profile, token, lab_hooks=RunningLabHooks(lab))
    page = RotationPage(context, bridge, service=FakeService(), clock=lambda: NOW)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    dialog = open_new_set_dialog(qtbot, page)
    postgres = lab.postgres()
    assert (dialog.host.text(), dialog.port.value()) == ("127.0.0.1", postgres.port)
    assert dialog.admin_user.text() == "bao_admin"
    assert dialog.admin_password.text() == postgres.admin_password
    assert dialog.connection.currentText() == LAB_CONNECTION
    assert dialog.new_connection.isChecked()  # the lab's connection is created with the set
    dialog.reject()

    # The same nodes under a profile that is not the lab's: nothing is filled in.
    other = ClusterContext(
        replace(profile, environment="PROD"), token, lab_hooks=RunningLabHooks(lab)
    )
    page = RotationPage(other, bridge, service=FakeService(), clock=lambda: NOW)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    dialog = open_new_set_dialog(qtbot, page)
    assert dialog.admin_password.text() == ""
    assert dialog.admin_user.text() != "bao_admin"  # at most an existing connection's user
    assert dialog.findChild(QLabel, "labPreset") is None
    dialog.reject()
