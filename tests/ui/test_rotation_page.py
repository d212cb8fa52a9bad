"""The rotation page and its models, against a fake service (no network)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.api.errors import PermissionDenied
from adminui.api.pg_roles import PgEndpoint
from adminui.api.vault_models import DatabaseConnection, StaticCreds
from adminui.core.cluster import ClusterKind
from adminui.core.rotation import Member, PlannedRotation, stagger_plan
from adminui.monitor.rotation_service import (
    DeleteReport,
    MemberCheck,
    RotationSet,
    SetListing,
    SetMember,
    SetSpec,
    SetStatus,
)
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.rotation import RotationPage
from adminui.ui.rotation import page as page_module
from adminui.ui.rotation.dialogs import CreateSetDialog, DeleteSetDialog
from adminui.ui.rotation.models import MemberState, MemberTableModel, SetListModel, member_rows

NOW = 1_800_000_000.0
PERIOD = 60.0
ENDPOINT = PgEndpoint("127.0.0.1", 5432, "postgres")


def make_set(name: str = "billing", count: int = 3) -> RotationSet:
    return RotationSet(
        name=name,
        namespace="team",
        mount="database",
        connection="pg",
        period=PERIOD,
        members=tuple(SetMember(f"{name}-{i}", f"{name}_{i}") for i in range(1, count + 1)),
        endpoint=ENDPOINT,
    )


def staggered_status(rotation_set: RotationSet, now: float = NOW) -> SetStatus:
    step = rotation_set.period / len(rotation_set.members)
    members = tuple(
        Member(m.role, now - (i + 1) * step + 1.0, rotation_set.period)
        for i, m in enumerate(rotation_set.members)
    )
    return SetStatus(rotation_set, now, members)


class FakeService:
    """What the page asks of a RotationService, answered from memory."""

    def __init__(self) -> None:
        self.sets = {"team": [make_set("billing"), make_set("reports", 2)]}
        self.statuses = {s.name: staggered_status(s) for s in self.sets["team"]}
        self.calls: list[tuple[str, Any]] = []
        self.fail_next: BaseException | None = None
        self.password = "s3cret-Pa55"
        self.slow_restagger = False
        self.restagger_cancelled = False

    async def _maybe_fail(self) -> None:
        await asyncio.sleep(0)
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    async def list_namespaces(self) -> list[str]:
        return ["", "team"]

    async def list_sets(self, namespace: str) -> SetListing:
        self.calls.append(("list_sets", namespace))
        await self._maybe_fail()
        return SetListing(namespace, tuple(self.sets.get(namespace, [])))

    async def list_connections(self, namespace: str, mount: str = "database") -> list[Any]:
        url = "postgresql://{{username}}:{{password}}@db.example:6543/app"
        return [DatabaseConnection("n", "pg", connection_url=url, username="admin")]

    async def status(self, rotation_set: RotationSet) -> SetStatus:
        self.calls.append(("status", rotation_set.name))
        await self._maybe_fail()
        return self.statuses[rotation_set.name]

    async def rotate_member(self, rotation_set: RotationSet, role: str) -> SetStatus:
        self.calls.append(("rotate", role))
        status = self.statuses[rotation_set.name]
        members = tuple(
            replace(m, last_rotation=NOW) if m.name == role else m for m in status.members
        )
        self.statuses[rotation_set.name] = replace(status, members=members)
        return self.statuses[rotation_set.name]

    def plan(self, status: SetStatus, now: float | None = None) -> tuple[PlannedRotation, ...]:
        return stagger_plan(status.members, status.rotation_set.period, now or NOW)

    async def restagger(self, rotation_set: RotationSet, progress: Any = None) -> SetStatus:
        self.calls.append(("restagger", rotation_set.name))
        if self.slow_restagger:
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                self.restagger_cancelled = True
                raise
        if progress:
            progress("Rotated", 1.0)
        self.statuses[rotation_set.name] = staggered_status(rotation_set)
        return self.statuses[rotation_set.name]

    async def verify(self, rotation_set: RotationSet) -> list[MemberCheck]:
        self.calls.append(("verify", rotation_set.name))
        return [
            MemberCheck(
                m.role, m.username, i != 1, "" if i != 1 else "password authentication failed"
            )
            for i, m in enumerate(rotation_set.members)
        ]

    async def credentials(self, rotation_set: RotationSet, role: str) -> StaticCreds:
        self.calls.append(("credentials", role))
        return StaticCreds("n", rotation_set.member(role).username, self.password, 30)

    async def create_set(self, spec: SetSpec, progress: Any = None) -> RotationSet:
        self.calls.append(("create", spec))
        await self._maybe_fail()
        if progress:
            progress("Creating", 0.5)
        created = make_set(spec.name, spec.count)
        self.sets.setdefault(spec.namespace, []).append(created)
        self.statuses[created.name] = staggered_status(created)
        return created

    async def delete_set(
        self, rotation_set: RotationSet, admin: Any = None, progress: Any = None
    ) -> DeleteReport:
        self.calls.append(("delete", (rotation_set.name, admin)))
        self.sets["team"] = [s for s in self.sets["team"] if s.name != rotation_set.name]
        return DeleteReport((), (), True)


@pytest.fixture
def service() -> FakeService:
    return FakeService()


def make_page(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, read_only: bool = False
) -> RotationPage:
    profile = Profile("lab", ClusterKind.OPENBAO, ("http://127.0.0.1:1",), read_only=read_only)
    page = RotationPage(
        ClusterContext(profile, token="t"), bridge, service=service, clock=lambda: NOW
    )  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.namespace.setCurrentText("team")
    page.refresh()
    qtbot.waitUntil(
        lambda: page.member_model.rowCount() == 3 and page._status is not None, timeout=3000
    )
    return page


def test_set_model_diffs_and_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SetListModel()
    qtmodeltester.check(model)
    a, b, c = make_set("a"), make_set("b", 2), make_set("c")
    model.set_sets([b, a])
    qtmodeltester.check(model)
    assert [model.rotation_set(r).name for r in range(model.rowCount())] == ["a", "b"]
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _b, _r=(): changed.append(top.row()))
    model.set_sets([a, replace(b, period=120.0), c])
    assert changed == [1]
    model.set_sets([c])
    qtmodeltester.check(model)
    assert resets == []
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == c
    assert model.index(0, 2).data() == "1 min"


def test_member_model_states_and_model_tester(qtmodeltester: ModelTester) -> None:
    rotation_set = make_set()
    status = staggered_status(rotation_set)
    model = MemberTableModel()
    qtmodeltester.check(model)
    assessment = status.assess(NOW)
    model.set_rows(member_rows(rotation_set, status, assessment))
    qtmodeltester.check(model)
    states = [model.member_row(r).state for r in range(3)]
    # Member 1 rotated 19 s ago: it lives longest and is handed out.
    assert states == [MemberState.HAND_OUT, MemberState.VALID, MemberState.VALID]
    assert model.index(0, 3).data() == "41 s"
    # 3 s later member 3 is due (waiting for the server); member 1 is still handed out.
    later = status.assess(NOW + 3)
    model.set_rows(member_rows(rotation_set, status, later))
    assert [model.member_row(r).state for r in range(3)] == [
        MemberState.HAND_OUT,
        MemberState.VALID,
        MemberState.DUE,
    ]
    stuck = status.assess(NOW + 10)
    model.set_rows(member_rows(rotation_set, status, stuck))
    assert model.member_row(2).state is MemberState.STUCK
    gone = replace(status, members=status.members[:2], missing=("billing-3",))
    model.set_rows(
        member_rows(
            rotation_set,
            gone,
            gone.assess(NOW),
            {"billing-1": MemberCheck("billing-1", "b", False, "no")},
        )
    )
    qtmodeltester.check(model)
    assert model.member_row(2).state is MemberState.MISSING
    assert model.index(0, 6).data() == "refused"
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "no"


def test_page_lists_sets_and_shows_the_member_to_hand_out(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service)
    assert page.set_model.rowCount() == 2
    assert page.selected_set() is not None and page.selected_set().name == "billing"
    assert "Hand out billing-1" in page.timeline.caption.text()
    assert "Guaranteed remaining lifetime: 34 s" in page.timeline.caption.text()
    assert page.health.text() == "Stagger is correct."
    assert page.timeline.available


def test_the_guarantee_of_a_two_member_set_is_p_over_2_less_the_servers_margin(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    # "reports": N = 2, P = 60 s, staggered correctly.
    page = make_page(qtbot, bridge, service)
    page.set_table.selectRow(page.set_model.row_of("reports"))
    qtbot.waitUntil(lambda: page.member_model.rowCount() == 2, timeout=3000)
    qtbot.waitUntil(lambda: "Hand out reports-1" in page.timeline.caption.text(), timeout=3000)
    assert (
        "Guaranteed remaining lifetime: 24 s (P·(N−1)/N = 30 s, less 6 s for the server's "
        "rotation timing)." in page.timeline.caption.text()
    )
    tip = page.timeline.caption.toolTip()
    assert "every 5 s" in tip and "whole seconds" in tip


def test_a_drifted_set_says_what_drift_costs(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    # "reports" drifted: member 2 rotated 3 s late, so the members are 27 s / 33 s apart.
    status = service.statuses["reports"]
    drifted = tuple(
        replace(m, last_rotation=m.last_rotation + 3) if i == 1 else m
        for i, m in enumerate(status.members)
    )
    service.statuses["reports"] = replace(status, members=drifted)
    page = make_page(qtbot, bridge, service)
    page.set_table.selectRow(page.set_model.row_of("reports"))
    qtbot.waitUntil(lambda: "reports-1" in page.timeline.caption.text(), timeout=3000)
    assert (
        "Guaranteed remaining lifetime: 21 s (P·(N−1)/N = 30 s, less 6 s for the server's "
        "rotation timing and 3 s lost to drift)." in page.timeline.caption.text()
    )


def test_the_new_set_dialog_states_the_same_guarantee(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service)
    page.create_button.click()
    qtbot.waitUntil(lambda: page._create_dialog is not None, timeout=3000)
    dialog = page._create_dialog
    assert isinstance(dialog, CreateSetDialog)
    dialog.count.setValue(2)
    dialog.unit.setCurrentIndex(1)  # minutes
    dialog.period.setValue(1)
    assert (
        "Whoever asks gets at least 24 s of validity (P·(N−1)/N = 30 s, less 6 s for the "
        "server's rotation timing)." in dialog.summary.text()
    )
    dialog.reject()


def test_broken_stagger_is_reported(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    status = service.statuses["billing"]
    close = tuple(
        replace(m, last_rotation=status.members[0].last_rotation + 2) if i == 1 else m
        for i, m in enumerate(status.members)
    )
    service.statuses["billing"] = replace(status, members=close)
    page = make_page(qtbot, bridge, service)
    assert "too close" in page.health.text()
    assert "re-stagger" in page.health.text()


def page_with_slow_restagger(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> RotationPage:
    """A page on "billing", two members rotated too close together, whose re-stagger
    runs until stopped; re-staggering is confirmed without asking."""
    status = service.statuses["billing"]
    close = tuple(
        replace(m, last_rotation=status.members[0].last_rotation + 2) if i == 1 else m
        for i, m in enumerate(status.members)
    )
    service.statuses["billing"] = replace(status, members=close)
    service.slow_restagger = True
    page = make_page(qtbot, bridge, service)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return page


def test_a_running_restagger_can_be_stopped(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_with_slow_restagger(qtbot, bridge, service, monkeypatch)
    assert page.stop_button.isHidden()
    page.restagger_button.click()
    qtbot.waitUntil(lambda: ("restagger", "billing") in service.calls, timeout=3000)
    assert not page.stop_button.isHidden() and not page.restagger_button.isEnabled()
    page.stop_button.click()
    qtbot.waitUntil(lambda: service.restagger_cancelled, timeout=3000)
    assert page.stop_button.isHidden()
    assert page.progress_label.text().startswith("Re-staggering stopped")
    qtbot.waitUntil(page.restagger_button.isEnabled, timeout=3000)
    assert page.error.isHidden()


def test_a_failed_look_during_a_restagger_keeps_stop_and_the_busy_state(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A background look at the set fails while a re-stagger rotates passwords: Stop
    stays, the other actions stay disabled, and Stop still stops the re-stagger."""
    page = page_with_slow_restagger(qtbot, bridge, service, monkeypatch)
    page.restagger_button.click()
    qtbot.waitUntil(lambda: ("restagger", "billing") in service.calls, timeout=3000)
    looks = sum(1 for c in service.calls if c[0] == "status")
    service.fail_next = RuntimeError("the node went away")
    page._poll()
    qtbot.waitUntil(lambda: sum(1 for c in service.calls if c[0] == "status") > looks, timeout=3000)
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=3000)  # the failure is said
    assert not page.stop_button.isHidden()
    assert not page.restagger_button.isEnabled() and not page.rotate_button.isEnabled()
    page.stop_button.click()
    qtbot.waitUntil(lambda: service.restagger_cancelled, timeout=3000)
    qtbot.waitUntil(page.restagger_button.isEnabled, timeout=3000)


def test_rotate_now_shows_the_effect_before_confirming(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, bridge, service)
    page.member_table.selectRow(1)
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.rotate_button.click()
    assert "34 s now, 14 s after the rotation" in asked[0]
    assert ("rotate", "billing-2") not in service.calls
    page.rotate_button.click()
    qtbot.waitUntil(lambda: ("rotate", "billing-2") in service.calls, timeout=3000)
    qtbot.waitUntil(
        lambda: page.member_model.member_row(1).state is MemberState.HAND_OUT, timeout=3000
    )


def test_verify_reports_per_member(qtbot: QtBot, bridge: AsyncBridge, service: FakeService) -> None:
    page = make_page(qtbot, bridge, service)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.member_model.index(1, 6).data() == "refused", timeout=3000)
    assert page.member_model.index(0, 6).data() == "logs in"
    assert page.progress_label.text() == "Login refused for: billing-2."


def test_password_is_hidden_until_revealed_and_the_clipboard_is_cleared(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "CLIPBOARD_CLEAR_MS", 200)
    page = make_page(qtbot, bridge, service)
    assert ("credentials", "billing-1") not in service.calls
    assert page.password.text() == ""
    page.member_table.selectRow(0)
    page.reveal_button.setChecked(True)
    qtbot.waitUntil(lambda: page.password.text() == service.password, timeout=3000)
    assert page.password.echoMode() is QLineEdit.EchoMode.Normal
    page.reveal_button.setChecked(False)
    assert page.password.text() == ""
    clipboard = QGuiApplication.clipboard()
    page.copy_button.click()
    qtbot.waitUntil(lambda: clipboard.text() == service.password, timeout=3000)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert page.password.text() == ""


def test_errors_show_one_sentence_and_details(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service)
    service.fail_next = PermissionDenied(
        "denied", method="LIST", url="http://x/v1/rotation-sets/metadata", status=403
    )
    page.refresh()
    qtbot.waitUntil(lambda: not page.error.isHidden(), timeout=3000)
    assert page.error.message.text() == PermissionDenied.summary
    assert "403" in page.error.details.text()
    assert page.error.details.isHidden()
    page.error.toggle.click()
    assert not page.error.details.isHidden()


def test_create_dialog_keeps_input_on_failure_and_creates(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service)
    page.create_button.click()
    qtbot.waitUntil(lambda: page._create_dialog is not None, timeout=3000)
    dialog = page._create_dialog
    assert isinstance(dialog, CreateSetDialog)
    # Picking the existing connection fills in where PostgreSQL is.
    dialog.connection.setCurrentText("pg")
    assert (dialog.host.text(), dialog.port.value(), dialog.admin_user.text()) == (
        "db.example",
        6543,
        "admin",
    )
    assert not dialog.new_connection.isChecked()
    dialog.name.setText("Bad Name")
    dialog.create_button.click()
    assert dialog.error.isVisible()
    assert not any(c[0] == "create" for c in service.calls)
    dialog.name.setText("payments")
    dialog.period.setValue(2)
    dialog.unit.setCurrentIndex(1)  # minutes
    dialog.admin_password.setText("pw")
    service.fail_next = PermissionDenied("denied", status=403)
    dialog.create_button.click()
    qtbot.waitUntil(
        lambda: dialog.error.isVisible() and dialog.create_button.isEnabled(), timeout=3000
    )
    assert dialog.name.text() == "payments" and dialog.admin_password.text() == "pw"
    dialog.create_button.click()
    qtbot.waitUntil(lambda: page.set_model.row_of("payments") >= 0, timeout=3000)
    spec = [c[1] for c in service.calls if c[0] == "create"][-1]
    assert (spec.name, spec.namespace, spec.count, spec.period) == ("payments", "team", 3, 120.0)
    assert spec.admin is not None and spec.admin.user == "admin"


def test_delete_needs_the_typed_name(
    qtbot: QtBot, service: FakeService, bridge: AsyncBridge
) -> None:
    dialog = DeleteSetDialog(make_set())
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    dialog.typed.setText("billin")
    assert not dialog.delete_button.isEnabled()
    dialog.typed.setText("billing")
    assert dialog.delete_button.isEnabled()
    dialog.drop_accounts.setChecked(True)
    assert not dialog.delete_button.isEnabled()
    dialog.admin_user.setText("root")
    assert dialog.delete_button.isEnabled()
    admin = dialog.admin()
    assert admin is not None and admin.endpoint == ENDPOINT


def test_delete_from_the_page(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, bridge, service)

    def confirm(dialog: DeleteSetDialog) -> int:
        dialog.typed.setText("billing")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeleteSetDialog, "exec", confirm)
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.set_model.row_of("billing") == -1, timeout=3000)
    assert ("delete", ("billing", None)) in service.calls


def test_read_only_disables_changes(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service, read_only=True)
    page.member_table.selectRow(0)
    assert not page.create_button.isEnabled()
    assert not page.rotate_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.verify_button.isEnabled()
    assert "read-only" in page.rotate_button.toolTip()


def test_a_restagger_is_a_job_of_the_jobs_panel_and_other_sets_stay_usable(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adminui.ui.jobs_panel import JobState, jobs_of

    page = page_with_slow_restagger(qtbot, bridge, service, monkeypatch)
    registry = jobs_of(bridge)
    page.restagger_button.click()
    qtbot.waitUntil(lambda: ("restagger", "billing") in service.calls, timeout=3000)
    (job,) = registry.running()
    assert (job.title, job.cluster, job.reveal) == ("Re-stagger billing", "lab", True)
    assert page.running_work() == "a re-stagger of billing"
    # Another set of the page can be worked on meanwhile; the re-staggered one cannot.
    page.set_table.selectRow(page.set_model.row_of("reports"))
    qtbot.waitUntil(lambda: page.restagger_button.isEnabled(), timeout=3000)
    assert page.stop_button.isHidden() and page.delete_button.isEnabled()
    page.set_table.selectRow(page.set_model.row_of("billing"))
    qtbot.waitUntil(lambda: not page.stop_button.isHidden(), timeout=3000)
    assert not page.delete_button.isEnabled()
    # Cancelling in the panel is the page's Stop.
    assert registry.cancel(job.id)
    qtbot.waitUntil(lambda: service.restagger_cancelled, timeout=3000)
    ended = registry.job(job.id)
    assert ended is not None and ended.state is JobState.CANCELLED
    assert page.stop_button.isHidden()
    assert page.progress_label.text().startswith("Re-staggering stopped")


def test_a_finished_restagger_reports_its_progress_and_its_end_to_the_panel(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adminui.ui.jobs_panel import JobState, jobs_of

    status = service.statuses["billing"]
    close = tuple(
        replace(m, last_rotation=status.members[0].last_rotation + 2) if i == 1 else m
        for i, m in enumerate(status.members)
    )
    service.statuses["billing"] = replace(status, members=close)
    page = make_page(qtbot, bridge, service)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    registry = jobs_of(bridge)
    seen: list[tuple[str, Any]] = []
    registry.subscribe(lambda what, job: seen.append((what, job.progress)))
    page.restagger_button.click()
    qtbot.waitUntil(lambda: not registry.running(), timeout=3000)
    (job,) = registry.jobs()
    assert job.state is JobState.DONE and job.status == "Re-staggered." and job.notify
    assert ("changed", 1.0) in seen  # the service's "Rotated" at 100 %
    assert page.progress_label.text() == "Re-staggered."
    assert page.stop_button.isHidden()


def test_a_set_that_fails_while_being_created_keeps_the_dialog_and_notifies_nothing(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    from adminui.ui.jobs_panel import JobState, jobs_of

    page = make_page(qtbot, bridge, service)
    page.create_button.click()
    qtbot.waitUntil(lambda: page._create_dialog is not None, timeout=3000)
    dialog = page._create_dialog
    assert isinstance(dialog, CreateSetDialog)
    dialog.name.setText("payments")
    dialog.admin_password.setText("pw")
    service.fail_next = PermissionDenied("denied", status=403)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=3000)
    assert dialog.isVisible() and dialog.error.isVisible()
    (job,) = jobs_of(bridge).jobs()
    assert job.title == "Create and stagger payments"
    assert job.state is JobState.FAILED and not job.notify  # the dialog says it
    dialog.reject()


def test_the_create_dialog_grows_so_its_paragraph_is_not_cut_by_the_progress_row(
    qtbot: QtBot,
) -> None:
    dialog = CreateSetDialog("team", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "runs in the background" in dialog.summary.text()
    dialog.set_busy(True)
    dialog.show_progress("Creating static role billing-1", 0.3)
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    summary = dialog.summary
    assert summary.height() >= summary.heightForWidth(summary.width())
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    dialog.set_busy(False)


def test_the_page_has_the_common_header(
    qtbot: QtBot, bridge: AsyncBridge, service: FakeService
) -> None:
    page = make_page(qtbot, bridge, service)
    page.resize(1000, 650)
    page.show()
    assert page.header.title.text() == "Rotation sets — lab"
    assert page.header.primary is page.create_button
    assert page.header.refresh is page.refresh_button
    right = page.create_button.mapTo(page, page.create_button.rect().topRight()).x()
    assert right > page.width() - 30  # the main action at the top right
