"""Create or edit a rate-limit quota, validated before anything is sent.

The dialog stays open while the quota is saved: the widget sends it, then closes the
dialog on success or shows the server's refusal inline with every field kept.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from adminui.api.vault_models import RateLimitQuota
from adminui.core.quota_rules import (
    QuotaSpec,
    cluster_rate,
    format_duration,
    parse_duration,
    quota_path,
    validate_quota,
)
from adminui.monitor.quota_service import QuotaChange
from adminui.ui.i18n import say
from adminui.ui.theme import set_tone

#: The narrowest the dialog gets: its placeholders and the effect sentence stay readable.
MIN_WIDTH = 440


class QuotaDialog(QDialog):
    """Name, namespace (+ mount), rate, interval and block interval of a quota.

    "Create" (or "Save") emits :attr:`sig_submitted`; the dialog then waits, busy, for
    :meth:`saved` or :meth:`show_failure`.
    """

    #: The user asked to save the quota: (the :class:`QuotaSpec`, validated).
    sig_submitted = Signal(object)

    def __init__(
        self,
        namespace: str,
        nodes: int,
        existing: RateLimitQuota | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._nodes = nodes
        #: The quota as the server held it when the form was filled from it (None: new).
        self.opened = existing
        # Problems show once the user has typed something (or at once when editing).
        self._touched = existing is not None
        self.busy = False
        self.setWindowTitle(self.tr("Edit quota") if existing else self.tr("New quota"))
        self.name_edit = QLineEdit(existing.name if existing else "")
        self.name_edit.setReadOnly(existing is not None)
        ns, mount = namespace.strip("/"), ""
        if existing is not None:
            parts = existing.path.strip("/")
            if ns and parts.startswith(ns):
                mount = parts[len(ns) :].strip("/")
            elif not ns:
                ns, mount = "", parts
        self.namespace_edit = QLineEdit(ns)
        self.namespace_edit.setPlaceholderText(self.tr("root (every namespace)"))
        self.mount_edit = QLineEdit(mount)
        self.mount_edit.setPlaceholderText(self.tr("optional, e.g. secret"))
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.0, 1_000_000.0)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setValue(existing.rate if existing else 10.0)
        self.interval_edit = QLineEdit(format_duration(existing.interval) if existing else "1s")
        self.block_edit = QLineEdit(
            format_duration(existing.block_interval) if existing and existing.block_interval else ""
        )
        self.block_edit.setPlaceholderText(self.tr("none"))
        self.problems = QLabel()
        set_tone(self.problems, "error")
        self.problems.setWordWrap(True)
        self.failure = QLabel()
        self.failure.setObjectName("quotaFailure")
        set_tone(self.failure, "error")
        self.failure.setWordWrap(True)
        self.failure.hide()
        self.moved = QLabel()
        self.moved.setObjectName("quotaMoved")
        self.moved.setTextFormat(Qt.TextFormat.RichText)
        self.moved.setWordWrap(True)
        self.moved.hide()
        self.status = QLabel()
        self.status.hide()
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Namespace:"), self.namespace_edit)
        form.addRow(self.tr("Mount:"), self.mount_edit)
        form.addRow(self.tr("Rate (requests):"), self.rate_spin)
        form.addRow(self.tr("Per interval:"), self.interval_edit)
        form.addRow(self.tr("Block for:"), self.block_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save") if existing else self.tr("Create"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.problems)
        layout.addWidget(self.failure)
        layout.addWidget(self.moved)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._fields: tuple[QWidget, ...] = (
            self.name_edit,
            self.namespace_edit,
            self.mount_edit,
            self.rate_spin,
            self.interval_edit,
            self.block_edit,
        )
        for edit in (
            self.name_edit,
            self.namespace_edit,
            self.mount_edit,
            self.interval_edit,
            self.block_edit,
        ):
            edit.textEdited.connect(self._touch)
            edit.textChanged.connect(self.validate)
        self.rate_spin.valueChanged.connect(self._touch)
        self._fit_placeholders()
        self.setMinimumWidth(MIN_WIDTH)
        self.validate()

    def _fit_placeholders(self) -> None:
        for edit in (self.namespace_edit, self.mount_edit, self.block_edit):
            text = edit.placeholderText()
            # The frame and text margins of a line edit take about two character widths.
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(text + "MM") if text else 0)

    def _touch(self, *_: object) -> None:
        self._touched = True
        self.validate()

    def spec(self) -> QuotaSpec | None:
        """What the form says, or None when a duration is unreadable."""
        interval = parse_duration(self.interval_edit.text())
        block_text = self.block_edit.text().strip()
        block = parse_duration(block_text) if block_text else 0.0
        if interval is None or block is None:
            return None
        return QuotaSpec(
            self.name_edit.text().strip(),
            quota_path(self.namespace_edit.text(), self.mount_edit.text()),
            self.rate_spin.value(),
            interval,
            block,
        )

    def validate(self) -> list[str]:
        """Enable Create only without problems, and show them once the user has typed
        something; returns them."""
        spec = self.spec()
        problems = (
            [self.tr("Durations look like 1s, 500ms, 2m or 1h.")]
            if spec is None
            else [say(p) for p in validate_quota(spec)]
        )
        self.problems.setText("\n".join(problems) if self._touched else "")
        self.save_button.setEnabled(not problems and not self.busy)
        if spec is not None and not problems:
            total = cluster_rate(spec.rate, self._nodes)
            self.effect.setText(
                self.tr(
                    "Each node counts on its own: with clients spread over {n} nodes, up to "
                    "{total:g} requests per {interval} get through."
                )
                .replace("{n}", str(self._nodes))
                .replace("{total:g}", f"{total:g}")
                .replace("{interval}", format_duration(spec.interval))
            )
        else:
            self.effect.clear()
        return problems

    # -- saving ------------------------------------------------------------------------
    def _submit(self) -> None:
        self._touched = True
        problems = self.validate()
        spec = self.spec()
        if problems or spec is None or self.busy:
            return
        self.set_busy(True)
        self.sig_submitted.emit(spec)

    def set_busy(self, busy: bool) -> None:
        """While saving: the form is read-only, Create is off and a line says so."""
        self.busy = busy
        for field in self._fields:
            field.setEnabled(not busy)
        if busy:
            self.failure.hide()
            self.moved.hide()
            self.status.setText(self.tr("Saving the quota…"))
        self.status.setVisible(busy)
        self.validate()

    def show_failure(self, message: str) -> None:
        """The server refused: say why here, keep every field, let the user try again."""
        self.set_busy(False)
        self.failure.setText(message)
        self.failure.show()

    def opened_for(self, name: str) -> RateLimitQuota | None:
        """What the server held under ``name`` when this form was filled (None: new)."""
        return self.opened if self.opened is not None and self.opened.name == name else None

    def show_moved(self, current: RateLimitQuota | None, changes: list[QuotaChange]) -> None:
        """The quota changed on the server since the form was filled: say so with the
        three versions side by side, keep every field, and let a second Save replace
        what is on the server now (the user has seen it)."""
        self.set_busy(False)
        name = self.name_edit.text().strip()
        if current is None:
            text = self.tr(
                "Not saved: quota {name} was deleted on the server since you opened it. "
                "Save again to create it with your values."
            )
        elif self.opened_for(name) is None:
            text = self.tr(
                "Not saved: a quota named {name} was created on the server meanwhile. "
                "Save again to replace it with your values."
            )
        else:
            text = self.tr(
                "Not saved: quota {name} changed on the server since you opened it. "
                "Save again to replace the server's values with yours."
            )
        self.opened = current
        self.failure.setText(text.replace("{name}", name))
        self.failure.show()
        head = (self.tr("When opened"), self.tr("On the server now"), self.tr("Yours"))
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(cell)}</td>" for cell in (say(c.label), c.opened, c.server, c.mine)
            )
            + "</tr>"
            for c in changes
        )
        header = "<tr><th></th>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr>"
        self.moved.setText(f"<table cellspacing='6'>{header}{rows}</table>")
        self.moved.setVisible(bool(changes))

    def saved(self) -> None:
        """The quota was saved: close the dialog."""
        self.set_busy(False)
        self.accept()
