"""Export a drill report: Markdown (with the chart as a PNG beside it), JSON and PDF.

The PDF is Qt's own: a QTextDocument built from the report's Markdown, the timeline
chart added as an image resource, painted on a QPdfWriter (A4).

Markdown, PDF and the viewer's document are in the interface language (``say``: by
default :func:`adminui.ui.i18n.say`); the JSON export stays English for scripts.
"""

from __future__ import annotations

import getpass
import html
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from adminui import __version__
from adminui.core.cluster import ROLE_NAMES, Role
from adminui.core.drill_report import DrillReport, fault_title, to_markdown, verdict
from adminui.core.sentence import Sentence, from_json
from adminui.ui.drills.chart import render_timeline
from adminui.ui.i18n import say as interface_say
from adminui.ui.theme import (
    LEADER_BAND_NONE,
    PROBE_BANDS,
    ROLE_BANDS,
    STATUS_COLOURS,
    chart_colour,
)

#: Renders a text of the report (a Sentence) in some language.
Say = Callable[[str], str]

CHART_URL = "drill-timeline.png"  # a plain name: the Markdown image link resolves to it


def export_json(report: DrillReport, path: Path) -> Path:
    """The report as JSON, its sentences as plain English text (the history keeps their
    parts for translation; an exported file is read by people and scripts)."""
    path.write_text(json.dumps(_plain(report.to_dict()), indent=1), encoding="utf-8")
    return path


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"sentence", "args"}:
            return str(from_json(value))
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def export_markdown(report: DrillReport, path: Path, say: Say = interface_say) -> Path:
    """Write the Markdown and ``<name>.timeline.png`` next to it (linked from it)."""
    chart = path.with_suffix(".timeline.png")
    render_timeline(report, 1200, 360, dark=False).save(str(chart))  # format from the suffix
    path.write_text(to_markdown(report, chart.name, say), encoding="utf-8")
    return path


def report_document(
    report: DrillReport,
    chart_width: int = 1100,
    pixel_ratio: float = 1.0,
    say: Say = interface_say,
) -> QTextDocument:
    """The report as a rich-text document with the chart embedded.

    ``pixel_ratio``: device pixels per layout pixel of the chart (a 150 dpi printer lays
    images out at 150/96 of their size unless told they are high-resolution).
    """
    document = QTextDocument()
    image = render_timeline(report, chart_width, int(chart_width * 0.33), dark=False)
    image.setDevicePixelRatio(pixel_ratio)
    document.setMarkdown(to_markdown(report, CHART_URL, say))
    # After setMarkdown: it clears the document, resources included.
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    _plain_tables(document)
    _colour_verdict(document, report, say)
    _add_legend(document, say)
    return document


def _plain_tables(document: QTextDocument) -> None:
    """One thin rule between cells instead of the double borders of Markdown tables."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setBorder(0.5)
            table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            table_format.setBorderBrush(chart_colour("axis", dark=False))
            table_format.setBorderCollapse(True)
            table_format.setCellSpacing(0)
            table_format.setCellPadding(4)
            frame.setFormat(table_format)


def _colour_verdict(document: QTextDocument, report: DrillReport, say: Say) -> None:
    """PASS in green, FAIL in red."""
    passed = verdict(report).passed
    text = say(Sentence("Verdict: PASS") if passed else Sentence("Verdict: FAIL"))
    cursor = document.find(text)
    if cursor.isNull():
        return
    colour = STATUS_COLOURS["ok" if passed else "error"][0]  # the light theme's: paper
    look = QTextCharFormat()
    look.setForeground(QColor(colour))
    look.setFontWeight(QFont.Weight.Bold)
    cursor.mergeCharFormat(look)


def legend_entries(say: Say = interface_say) -> list[tuple[str, str]]:
    """(colour, meaning) of every colour the timeline chart uses."""
    roles = [
        (ROLE_BANDS[role.value], say(ROLE_NAMES[role]))
        for role in (
            Role.LEADER,
            Role.FOLLOWER,
            Role.CANDIDATE,
            Role.SEALED,
            Role.UNREACHABLE,
            Role.UNKNOWN,
        )
    ]
    return [
        *roles,
        (PROBE_BANDS[True], say(Sentence("probe answered"))),
        (PROBE_BANDS[False], say(Sentence("probe failed"))),
        (LEADER_BAND_NONE[0], say(Sentence("no leader"))),
    ]


def _add_legend(document: QTextDocument, say: Say) -> None:
    """What each colour of the chart means, right under the chart."""
    block = document.begin()
    while block.isValid():
        fragment_it = block.begin()
        found = False
        while not fragment_it.atEnd():
            fragment = fragment_it.fragment()
            if fragment.charFormat().isImageFormat():
                found = fragment.charFormat().toImageFormat().name() == CHART_URL
                if found:
                    break
            fragment_it += 1
        if found:
            break
        block = block.next()
    if not block.isValid():
        return
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(QTextBlockFormat())
    items = " &nbsp; ".join(
        f'<span style="color:{colour}">&#9632;</span> {html.escape(text)}'
        for colour, text in legend_entries(say)
    )
    cursor.insertHtml(f"<small><b>{html.escape(say(Sentence('Legend')))}:</b> {items}</small>")
    # The heading above the chart stays on the chart's page.
    heading = block.previous()
    while heading.isValid() and not heading.text().strip():
        heading = heading.previous()
    if heading.isValid():
        keep = heading.blockFormat()
        keep.setProperty(_KEEP_WITH_CHART, True)
        QTextCursor(heading).setBlockFormat(keep)


#: A block property marking the chart's heading (kept on one page with the chart).
_KEEP_WITH_CHART = QTextBlockFormat.Property.UserProperty + 1


def footer_text(page: int, pages: int, say: Say = interface_say, when: float | None = None) -> str:
    """The line at the foot of each PDF page: console version, operator, date, page."""
    at = time.strftime("%Y-%m-%d %H:%M", time.localtime(time.time() if when is None else when))
    return say(
        Sentence(
            "AdminUI {0} · exported by {1} on {2} · page {3} of {4}",
            __version__,
            _operator(),
            at,
            page,
            pages,
        )
    )


def _operator() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def _break_before_chart(document: QTextDocument, page_height: float) -> None:
    """Start the chart's heading on a new page when the chart would not fit below it."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().property(_KEEP_WITH_CHART):
            top = layout.blockBoundingRect(block).top()
            chart = block.next()
            while chart.isValid() and not chart.text().strip(" \ufffc") and chart.length() <= 1:
                chart = chart.next()
            bottom = layout.blockBoundingRect(chart).bottom() if chart.isValid() else top
            if int(top // page_height) != int(bottom // page_height):
                moved = block.blockFormat()
                moved.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(moved)
            return
        block = block.next()


def report_title(report: DrillReport, say: Say = interface_say) -> str:
    """The report's title (the fault and the cluster) in ``say``'s language."""
    return f"{say(fault_title(report.fault))} — {report.cluster}"


def export_pdf(report: DrillReport, path: Path, say: Say = interface_say) -> Path:
    """Print the report to a PDF file at ``path`` (A4, one or more pages).

    The document is laid out for the writer's resolution and painted page by page on
    the writer itself (``QTextDocument.print_`` lays out a clone that loses the chart).
    """
    writer = QPdfWriter(str(path))
    writer.setTitle(report_title(report, say))
    writer.setCreator("AdminUI")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document = report_document(
        report, chart_width=rect.width() - 20, pixel_ratio=writer.resolution() / 96, say=say
    )
    document.documentLayout().setPaintDevice(writer)
    footer = writer.resolution() * 0.35  # about 9 mm for the footer line
    height = float(rect.height()) - footer
    document.setPageSize(QSizeF(rect.width(), height))
    _break_before_chart(document, height)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, rect.width(), height))
            painter.restore()
            painter.setPen(chart_colour("axis", dark=False))
            small = QFont(document.defaultFont())
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.drawText(
                QRectF(0, height, rect.width(), footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                footer_text(page + 1, pages, say),
            )
    finally:
        painter.end()
    return path
