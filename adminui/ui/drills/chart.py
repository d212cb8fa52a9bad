"""The drill's leader timeline drawn into an image (shown on screen and put in the PDF).

One band per node coloured by its role over time, a "leader" band naming who led, and
two rows of probe results (reads, writes: green ok, red failed). Time runs left to
right in seconds since the fault; a cursor marks the replay position.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from adminui.core.drill import EventKind, ProbeKind
from adminui.core.drill_report import DrillReport
from adminui.ui.i18n import QT_TRANSLATE_NOOP, fill
from adminui.ui.theme import (
    LEADER_BAND_NONE,
    LEADER_BAND_OTHER,
    LEADER_BAND_TEXT,
    LEADER_BANDS,
    PROBE_BANDS,
    ROLE_BANDS,
    chart_colour,
    is_dark,
    shade,
    status_colour_in,
)

ROLE_COLOURS = {role: QColor(colour) for role, colour in ROLE_BANDS.items()}
#: Probe marks: failed (False) and ok (True).
PROBE_COLOURS = {ok: QColor(colour) for ok, colour in PROBE_BANDS.items()}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillChart", text)


def short(url: str) -> str:
    return url.split("://", 1)[-1]


def time_range(report: DrillReport) -> tuple[float, float]:
    times = [o.at for o in report.observations] + [s.at for s in report.samples]
    if not times:
        return report.started_at, (report.ended_at or report.started_at) + 1
    return min(times), max(max(times), min(times) + 0.5)


def render_timeline(
    report: DrillReport,
    width: int = 900,
    height: int = 300,
    cursor: float | None = None,
    dark: bool | None = None,
) -> QImage:
    """The timeline of ``report`` as an image of ``width`` × ``height`` pixels, in the
    colours of the dark or the light theme (None: the theme shown now)."""
    dark = is_dark() if dark is None else dark
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(chart_colour("background", dark))
    painter = QPainter(image)
    try:
        _paint(painter, report, width, height, cursor, dark)
    finally:
        painter.end()
    return image


def _paint(
    painter: QPainter,
    report: DrillReport,
    width: int,
    height: int,
    cursor: float | None,
    dark: bool,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    nodes = [url for url, _ in report.observations[0].roles] if report.observations else []
    rows = ["leader", *nodes, "reads", "writes"]
    left, right, top, bottom = 150, 12, 26, 30
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    row_h = plot.height() / max(1, len(rows))
    t0, t1 = time_range(report)
    origin = report.fault_at if report.fault_at is not None else t0

    def x(at: float) -> float:
        return plot.left() + (at - t0) / (t1 - t0) * plot.width()

    painter.setPen(chart_colour("text", dark))
    painter.drawText(
        QRectF(0, 2, width, 20),
        Qt.AlignmentFlag.AlignHCenter,
        _tr(QT_TRANSLATE_NOOP("DrillChart", "Leader timeline — {0}")).format(report.cluster),
    )
    for i, name in enumerate(rows):
        label = {
            "leader": _tr(QT_TRANSLATE_NOOP("DrillChart", "leader")),
            "reads": _tr(QT_TRANSLATE_NOOP("DrillChart", "reads")),
            "writes": _tr(QT_TRANSLATE_NOOP("DrillChart", "writes")),
        }.get(name, short(name))
        painter.drawText(
            QRectF(4, plot.top() + i * row_h, left - 8, row_h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            label,
        )
    observations = sorted(report.observations, key=lambda o: o.at)
    leader_colour = {
        url: QColor(LEADER_BANDS[i % len(LEADER_BANDS)]) for i, url in enumerate(nodes)
    }
    other, nobody = shade(LEADER_BAND_OTHER, dark), shade(LEADER_BAND_NONE, dark)
    for k, obs in enumerate(observations):
        end = observations[k + 1].at if k + 1 < len(observations) else t1
        x0, x1 = x(obs.at), max(x(end), x(obs.at) + 1)
        band = QRectF(x0, plot.top() + 2, x1 - x0, row_h - 4)
        painter.fillRect(
            band,
            leader_colour.get(obs.leader, other) if obs.leader else nobody,
        )
        for i, (url, role) in enumerate(obs.roles, start=1):
            if i >= len(rows) - 2:
                break
            rect = QRectF(x0, plot.top() + i * row_h + 2, x1 - x0, row_h - 4)
            painter.fillRect(rect, ROLE_COLOURS.get(role, ROLE_COLOURS["unknown"]))
            del url
    for j, kind in enumerate((ProbeKind.READ, ProbeKind.WRITE)):
        row_top = plot.top() + (len(rows) - 2 + j) * row_h
        for sample in report.samples:
            if sample.kind is not kind:
                continue
            colour = PROBE_COLOURS[sample.ok]
            painter.fillRect(QRectF(x(sample.at), row_top + 3, 2, row_h - 6), colour)
    # Leader names inside the leader band.
    painter.setPen(QColor(LEADER_BAND_TEXT))
    for span_start, span_end, leader in _leader_spans(observations, t1):
        if leader and x(span_end) - x(span_start) > 60:
            painter.drawText(
                QRectF(x(span_start) + 3, plot.top(), x(span_end) - x(span_start) - 6, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                short(leader),
            )
    # Axis and markers.
    painter.setPen(QPen(chart_colour("axis", dark), 1))
    painter.drawRect(plot)
    step = _nice_step((t1 - t0) / 8)
    first = origin + step * int((t0 - origin) / step - 1)
    tick = first
    while tick <= t1:
        if tick >= t0:
            painter.drawLine(QPointF(x(tick), plot.bottom()), QPointF(x(tick), plot.bottom() + 4))
            painter.drawText(
                QRectF(x(tick) - 30, plot.bottom() + 4, 60, 14),
                Qt.AlignmentFlag.AlignHCenter,
                fill(_tr(QT_TRANSLATE_NOOP("DrillChart", "{0:+.1f} s")), tick - origin)
                if step < 1
                else _tr(QT_TRANSLATE_NOOP("DrillChart", "{0:+.0f} s")).format(tick - origin),
            )
        tick += step
    markers = [
        (
            report.fault_at,
            status_colour_in("error", dark),
            _tr(QT_TRANSLATE_NOOP("DrillChart", "fault")),
        ),
        (
            report.restored_at,
            status_colour_in("info", dark),
            _tr(QT_TRANSLATE_NOOP("DrillChart", "restore")),
        ),
    ]
    recovered = next((e.at for e in report.events if e.kind is EventKind.RECOVERED), None)
    markers.append(
        (recovered, status_colour_in("ok", dark), _tr(QT_TRANSLATE_NOOP("DrillChart", "recovered")))
    )
    for at, colour, text in markers:
        if at is None or not (t0 <= at <= t1):
            continue
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(at), plot.top() - 4), QPointF(x(at), plot.bottom()))
        painter.drawText(QPointF(x(at) + 3, plot.top() - 6), text)
    if cursor is not None and t0 <= cursor <= t1:
        painter.setPen(QPen(chart_colour("text", dark), 2))
        painter.drawLine(QPointF(x(cursor), plot.top()), QPointF(x(cursor), plot.bottom()))


def _leader_spans(observations: list, end: float) -> list[tuple[float, float, str]]:  # type: ignore[type-arg]
    spans: list[tuple[float, float, str]] = []
    for obs in observations:
        if spans and spans[-1][2] == obs.leader:
            continue
        if spans:
            spans[-1] = (spans[-1][0], obs.at, spans[-1][2])
        spans.append((obs.at, end, obs.leader))
    return spans


def _nice_step(raw: float) -> float:
    for step in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300):
        if raw <= step:
            return float(step)
    return 600.0
