"""Export a drill report: Markdown (with the chart as a PNG beside it), JSON and PDF.

The PDF is Qt's own: a QTextDocument built from the report's Markdown, the timeline
chart added as an image resource, painted on a QPdfWriter (A4).

Markdown, PDF and the viewer's document are in the interface language (``say``: by
default :func:`adminui.ui.i18n.say`); the JSON export stays English for scripts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from adminui.core.drill_report import DrillReport, fault_title, to_markdown
from adminui.core.sentence import from_json
from adminui.ui.drills.chart import render_timeline
from adminui.ui.i18n import say as interface_say

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
    return document


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
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    height = float(rect.height())
    painter = QPainter(writer)
    try:
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, rect.width(), height))
            painter.restore()
    finally:
        painter.end()
    return path
