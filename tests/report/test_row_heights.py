"""The printed table's row heights: read from the printed document's cells (and estimated from the texts
before it exists) they equal the whole table laid out in one long page, row top to row top; a wrong
estimate costs a second layout, never a different paper."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPdfWriter

from nxdesk.report import pdf, row_heights
from nxdesk.report.document import summary_document
from nxdesk.report.html import document_html
from nxdesk.report.table import NAME, Cell, RowKind, TableRow, build_table
from nxdesk.store.settings import Settings, load_settings
from nxdesk.store.summary import load_summary

from ..pdf_reading import pdf_text
from .test_pdf import _long_summary

DOC_DATE = date(2024, 10, 8)


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


@pytest.fixture
def writer(tmp_path):
    device = QPdfWriter(str(tmp_path / "scratch.pdf"))
    device.setResolution(pdf.PDF_RESOLUTION)
    device.setPageLayout(pdf.a4_landscape())
    return device


def _whole_table_rows(table, settings, family, device, width, shares):
    """Each body row's height as the distance between row tops, the whole table laid out in one long page
    with top-aligned cells and a one-line row after the last."""
    probe = replace(table, rows=[*table.rows, TableRow(RowKind.OF_WHICH, {NAME: Cell("-")})])
    paper = summary_document(probe, settings, DOC_DATE)
    html = document_html(paper, family, valign="top", percentages=shares)
    doc = pdf.build_document(html, family, device, QSizeF(width, 1e9))
    qtable = max(row_heights.summary_tables(doc), key=lambda t: t.rows())
    first = len(table.header_rows)
    layout = doc.documentLayout()
    tops = [row_heights.block_top(layout, qtable, first + i) for i in range(len(probe.rows))]
    header_top = row_heights.block_top(layout, qtable, 0)
    rows = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    return header_top, tops[0] - header_top, rows, doc.size().height() - tops[-1] - min(rows)


def _tables(demo_db):
    settings = load_settings(demo_db)
    for months in (6, 9, 12):
        yield build_table(load_summary(demo_db, 2024, months), settings), settings
    yield build_table(_long_summary(37)), Settings(issuing_body="Huyện ủy Như Xuân", place="Như Xuân")


def test_rows_read_from_the_printed_document_equal_the_whole_table_laid_out(demo_db, writer):
    family = pdf.ensure_fonts()
    body = pdf.body_size(writer, family)
    heights = set()
    for table, settings in _tables(demo_db):
        shares = pdf.column_shares(table, family)
        above, header, rows, tail = _whole_table_rows(table, settings, family, writer, body.width(), shares)
        calibration = pdf.calibrate(table, settings, DOC_DATE, family, writer, body.width(), shares)
        estimate = row_heights.estimated_layout(table, calibration, family, pdf.BODY_PT, writer)
        breaks, tail_on_new_page = pdf.paginate(table, estimate, body.height())
        html = document_html(
            summary_document(table, settings, DOC_DATE), family, breaks, tail_on_new_page, percentages=shares
        )
        printed = pdf.build_document(html, family, writer, body)
        actual = row_heights.actual_layout(printed, table, calibration)
        assert actual is not None
        assert (actual.above, actual.header, actual.rows, actual.tail) == (above, header, rows, tail)
        assert estimate.rows == rows  # texts broken into lines as the document breaks them
        heights.update(rows)
    assert len(heights) > 2  # rows of one, two and more lines


def _counting_documents(monkeypatch) -> list[int]:
    built = [0]
    build = pdf.build_document

    def counted(*args):
        built[0] += 1
        return build(*args)

    monkeypatch.setattr(pdf, "build_document", counted)
    return built


def test_a_wrong_estimate_is_corrected_by_the_real_heights(demo_db, tmp_path, monkeypatch):
    settings = load_settings(demo_db)
    table = build_table(load_summary(demo_db, 2024, 9), settings)
    built = _counting_documents(monkeypatch)
    right = tmp_path / "right.pdf"
    pages = pdf.render_pdf(table, settings, DOC_DATE, right)
    assert built[0] == 3  # the short copy, the header alone, the printed document once

    def one_line_each(table, calibration, *args):
        estimate = row_heights.estimated_layout(table, calibration, *args)
        return replace(estimate, rows=[min(estimate.rows)] * len(estimate.rows))

    monkeypatch.setattr(pdf, "estimated_layout", one_line_each)
    wrong = tmp_path / "wrong.pdf"
    built[0] = 0
    assert pdf.render_pdf(table, settings, DOC_DATE, wrong) == pages
    assert built[0] == 4  # the printed document laid out again with the breaks of the real heights
    for page in range(1, pages + 1):
        assert pdf_text(wrong, page) == pdf_text(right, page)
