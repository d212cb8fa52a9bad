"""The drill report as a PDF people hand on: a coloured verdict, a legend for the chart's
colours, and on every page the console version, who exported it and the page number."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pypdf
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from adminui import __version__
from adminui.core.drill_report import DrillReport
from adminui.ui.drills.export import export_pdf, legend_entries, report_document
from adminui.ui.theme import ROLE_BANDS, STATUS_COLOURS
from tests.ui.test_drill_page import report


def pdf_pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def verdict_colour(document: QTextDocument, text: str) -> QColor:
    cursor = document.find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    return cursor.charFormat().foreground().color()


def test_every_page_has_the_version_the_operator_and_its_number(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pages = pdf_pages(export_pdf(report(), tmp_path / "drill.pdf"))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"AdminUI {__version__} · exported by " in text
        assert text.endswith(f"page {number} of {len(pages)}"), text[-80:]


def test_the_legend_names_every_colour_of_the_chart(qtbot: QtBot, tmp_path: Path) -> None:
    entries = dict((text, colour) for colour, text in legend_entries(str))
    assert entries["leader"] == ROLE_BANDS["leader"]
    assert {"unreachable", "sealed", "probe failed", "no leader"} <= set(entries)
    text = " ".join(pdf_pages(export_pdf(report(), tmp_path / "drill.pdf")))
    assert "Legend: ■ leader ■ follower" in text.replace("\xa0", " ").replace("  ", " ")


def test_the_verdict_is_green_when_passed_and_red_when_failed(qtbot: QtBot) -> None:
    passed = report()
    failed: DrillReport = dataclasses.replace(passed, objective_s=1.0)  # recovery took 2.5 s
    green = verdict_colour(report_document(passed, say=str), "Verdict: PASS")
    red = verdict_colour(report_document(failed, say=str), "Verdict: FAIL")
    assert green == QColor(STATUS_COLOURS["ok"][0])
    assert red == QColor(STATUS_COLOURS["error"][0])


def test_the_chart_heading_stays_on_the_page_of_the_chart(qtbot: QtBot, tmp_path: Path) -> None:
    # A longer hypothesis pushes the chart down the page: at some lengths the heading
    # would be left at the foot of one page and the chart put on the next.
    for lines in range(0, 40, 4):
        drill = dataclasses.replace(report(), hypothesis="\n\n".join(["A new leader."] * lines))
        pages = pdf_pages(export_pdf(drill, tmp_path / f"drill-{lines}.pdf"))
        with_heading = [i for i, text in enumerate(pages) if "Leader timeline" in text]
        with_legend = [i for i, text in enumerate(pages) if "Legend:" in text]
        assert with_heading == with_legend, (lines, with_heading, with_legend)
