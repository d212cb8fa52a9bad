"""Create or edit a rate-limit quota, validated before anything is sent."""

from __future__ import annotations

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
from adminui.ui.i18n import say
from adminui.ui.theme import set_tone


class QuotaDialog(QDialog):
    """Name, namespace (+ mount), rate, interval and block interval of a quota."""

    def __init__(
        self,
        namespace: str,
        nodes: int,
        existing: RateLimitQuota | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._nodes = nodes
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
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Namespace"), self.namespace_edit)
        form.addRow(self.tr("Mount"), self.mount_edit)
        form.addRow(self.tr("Rate (requests)"), self.rate_spin)
        form.addRow(self.tr("Per interval"), self.interval_edit)
        form.addRow(self.tr("Block for"), self.block_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for edit in (
            self.name_edit,
            self.namespace_edit,
            self.mount_edit,
            self.interval_edit,
            self.block_edit,
        ):
            edit.textChanged.connect(self.validate)
        self.rate_spin.valueChanged.connect(self.validate)
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
        """Show the problems and enable OK only without any; returns them."""
        spec = self.spec()
        problems = (
            [self.tr("Durations look like 1s, 500ms, 2m or 1h.")]
            if spec is None
            else [say(p) for p in validate_quota(spec)]
        )
        self.problems.setText("\n".join(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
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
