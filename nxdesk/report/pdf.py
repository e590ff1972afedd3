"""Print the summary document: A4 landscape, QTextDocument from HTML, page numbers at the top centre.

One code path for print, print preview and PDF (``print_summary`` on a ``QPrinter`` or ``QPdfWriter``):
``calibrate`` lays a short copy of the document out to learn what a row adds to its text and what lies
above and after the table, ``paginate`` cuts the table into page-sized chunks from the rows' heights
(each chunk its own ``<table>`` with the header rows, so the header is on every page and no row is ever
split), ``layout_summary`` lays the document out once and checks the cut on the real layout, and
``paint_document`` paints the pages with the page number at the top centre from page 2 (none on page 1),
inside the top margin. Margins, sizes and every element come from :mod:`nxdesk.report.document`; row
heights from :mod:`nxdesk.report.row_heights`. Needs a QGuiApplication (``ensure_app``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..qt_pair import require_sound_pair
from ..store.settings import Settings, load_settings
from ..store.summary import load_summary
from .document import LANDSCAPE, PAGE_NUMBER_FROM_TOP_MM, Document, summary_document
from .fonts import ensure_fonts
from .html import TAIL_MARK, column_percentages, document_html, table_html
from .row_heights import (
    Calibration,
    Layout,
    actual_layout,
    block_top,
    estimated_layout,
    read_calibration,
    sample_row,
    summary_tables,
)
from .table import NAME, Cell, PrintedTable, RowKind, TableRow, build_table

MARGINS_MM = QMarginsF(*LANDSCAPE.margins)  # left, top, right, bottom
PDF_RESOLUTION = 600
BODY_PT = 11
# Qt.AlignHCenter | Qt.AlignTop as a plain number: naming them would create the Python enums of the whole
# Qt namespace (93 of them, 0.1-0.2 s), which nothing else on the way to a PDF needs.
TOP_CENTRE = 0x0004 | 0x0020


def ensure_app() -> QCoreApplication:
    """The running Qt application, or a headless-capable QGuiApplication created for printing."""
    app = QCoreApplication.instance()
    if app is None:
        require_sound_pair()
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["nxdesk"])
    return app


def a4_landscape() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def page_label(page: int) -> str:
    """The page number as printed at the top centre: "2" (page 1 has none)."""
    return str(page) if page > 1 else ""


def font_measure(font_family: str):
    """(text, size pt, bold) -> width in points, with the printing font."""

    canvas = QImage(1, 1, QImage.Format.Format_RGB32)
    canvas.setDotsPerMeterX(round(72 / 0.0254))  # one pixel is one point
    canvas.setDotsPerMeterY(round(72 / 0.0254))
    metrics: dict[tuple[float, bool], QFontMetricsF] = {}  # one per size and weight, not one per text

    def measure(text: str, size: float, bold: bool) -> float:
        found = metrics.get((size, bold))
        if found is None:
            font = QFont(font_family)
            font.setPointSizeF(size)
            font.setBold(bold)
            found = metrics[size, bold] = QFontMetricsF(font, canvas)
        return found.horizontalAdvance(text)

    return measure


def build_document(
    html: str, font_family: str, device: QPagedPaintDevice | None, page_size: QSizeF
) -> QTextDocument:
    """A QTextDocument of ``html`` laid out on pages of ``page_size`` (device pixels) for ``device`` (its
    resolution) when given. The summary table's column widths are in the HTML already
    (:func:`column_shares`, given exactly)."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(font_family, BODY_PT))
    doc.setPageSize(QSizeF(0, 0))  # no page yet: nothing is laid out while the HTML is read
    doc.setHtml(html)
    doc.setPageSize(page_size)
    return doc


def column_shares(table: PrintedTable, font_family: str, measure=None) -> list[float]:
    """The summary table's column widths (percent of the text width), sized from their content (measured
    with ``measure``, a :func:`font_measure` of ``font_family``, when given)."""
    width_pt = LANDSCAPE.text_width_mm * 72 / 25.4
    return column_percentages(table, width_pt, BODY_PT, measure or font_measure(font_family))


def body_size(device: QPagedPaintDevice, font_family: str) -> QSizeF:
    """The size, in device pixels, of the part of a page the document fills (inside the margins)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    return QSizeF(rect.width(), rect.height())


def rule_spans(
    doc: QTextDocument, rules: Sequence[tuple[str, float]], gap: float = 0.0
) -> list[tuple[float, float, float]]:
    """Where the heading's rules go, in document coordinates: (x from, x to, y) under each ruled line, as
    long as the line's text times its share."""
    spans = []
    layout = doc.documentLayout()
    for text, share in rules:
        found = doc.find(text)
        if found.isNull():
            continue
        block = found.block()
        rect = layout.blockBoundingRect(block)
        text_rect = block.layout().lineAt(0).naturalTextRect()
        centre = rect.left() + text_rect.center().x()
        half = text_rect.width() * share / 2
        spans.append((centre - half, centre + half, rect.bottom() + gap))
    return spans


def paint_document(
    doc: QTextDocument,
    device: QPagedPaintDevice,
    font_family: str,
    number_pt: float = 14,
    rules: Sequence[tuple[str, float]] = (),
) -> int:
    """Paginate ``doc`` on ``device``'s page and paint every page, numbered at the top centre from page 2;
    returns the page count."""
    if doc.documentLayout().paintDevice() is not device:
        doc.documentLayout().setPaintDevice(device)
    number_font = QFont(font_family)
    number_font.setPointSizeF(number_pt)
    layout = device.pageLayout()
    dpmm = device.resolution() / 25.4
    top_margin = layout.margins(QPageLayout.Unit.Millimeter).top()
    number_band = QRectF(
        0, -(top_margin - PAGE_NUMBER_FROM_TOP_MM) * dpmm, 0, (top_margin - PAGE_NUMBER_FROM_TOP_MM) * dpmm
    )
    body = body_size(device, font_family)
    rule_pen = QPen()  # black; QPen(QColor) would load the Qt namespace's enums to pick its overload
    rule_pen.setColor(QColor("black"))
    rule_pen.setWidthF(device.resolution() / 72 * 0.6)  # 0.6 pt
    if doc.pageSize() != body:  # already laid out for this page by layout_summary: don't do it again
        doc.setPageSize(body)
    pages = doc.pageCount()
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.Dark):
        palette.setColor(role, QColor("black"))  # WindowText/Dark: the <hr> rules under the heading
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("cannot paint on the printer or file (is it writable?)")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            top = index * body.height()
            painter.save()
            painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, body.width(), body.height())
            context.palette = palette
            doc.documentLayout().draw(painter, context)
            for x1, x2, y in rule_spans(doc, rules, device.resolution() / 72 * 3) if index == 0 else ():
                painter.strokePath(_segment(x1, x2, y), rule_pen)
            painter.restore()
            label = page_label(index + 1)
            if label:
                painter.setFont(number_font)
                painter.drawText(
                    QRectF(0, number_band.top(), body.width(), number_band.height()),
                    TOP_CENTRE,
                    label,
                )
    finally:
        painter.end()
    return pages


def _segment(x1: float, x2: float, y: float) -> QPainterPath:
    """A horizontal line as a path: stroked with ``QPainter.strokePath``, which takes its pen as an
    argument (``setPen`` would load the Qt namespace's enums to pick among its overloads)."""
    path = QPainterPath()
    path.moveTo(x1, y)
    path.lineTo(x2, y)
    return path


def calibrate(
    table: PrintedTable,
    settings: Settings,
    when: date | None,
    font_family: str,
    device: QPagedPaintDevice,
    width: float,
    shares: Sequence[float],
    measure=None,
) -> Calibration:
    """Lay a short copy of the document out in one long page (cells top-aligned): the heading, the header,
    one target row and a one-line row after it, then the counts line and signatures; and the header with
    one row on its own, as on a page the table starts on. ``shares`` are the table's column widths
    (:func:`column_shares`). What they tell holds for the whole table (:mod:`.row_heights`)."""
    sentinel = TableRow(RowKind.OF_WHICH, {NAME: Cell("-")})
    probe = replace(table, rows=[sample_row(table), sentinel])
    html = document_html(
        summary_document(probe, settings, when),
        font_family,
        valign="top",
        measure=measure or font_measure(font_family),
        percentages=shares,
    )
    doc = build_document(html, font_family, device, QSizeF(width, 1e9))
    # where a table starting a page puts its header: the header alone tells (no body row moves it)
    header = table_html(table, BODY_PT, table.rows[:1], valign="top", percentages=shares)
    alone = build_document(header, font_family, device, QSizeF(width, 1e9))
    return read_calibration(doc, alone, probe)


_HEADING_ROWS = (RowKind.SECTOR, RowKind.OF_WHICH)
SAFETY = 0.985  # fill pages to 98.5 %: rounding and borders


def _cut_before(table: PrintedTable, cut: int, page_start: int) -> int:
    """Move a page break up so that no sector or "Trong đó:" line is left alone at a page's foot."""
    while cut - 1 > page_start and table.rows[cut - 1].kind in _HEADING_ROWS:
        cut -= 1
    return cut


def paginate(table: PrintedTable, m: Layout, page_height: float) -> tuple[list[int], bool]:
    """Where new pages start (body row indexes) so that no row is split, no group heading is left at a
    page's foot, and the counts line and signatures stay with at least one table row."""
    limit = page_height * SAFETY
    breaks: list[int] = []
    page_start, used = 0, m.above + m.header
    for i, height in enumerate(m.rows):
        if used + height <= limit or i == page_start:
            used += height
            continue
        cut = _cut_before(table, i, page_start)
        breaks.append(cut)
        page_start = cut
        used = m.top + m.header + sum(m.rows[cut : i + 1])
    if used + m.tail <= limit:
        return breaks, False
    if len(m.rows) - page_start >= 3:  # carry the last two rows over with the signatures
        return [*breaks, _cut_before(table, len(m.rows) - 2, page_start)], False
    return breaks, True


def _overflowing_chunk(doc: QTextDocument, page_height: float) -> int | None:
    """The first table chunk whose rows do not all end on the page it starts on, if any."""
    layout = doc.documentLayout()
    for index, qtable in enumerate(summary_tables(doc)):
        first = qtable.format().headerRowCount()
        if qtable.rows() <= first:
            continue
        start = block_top(layout, qtable, first) // page_height
        last = qtable.rows() - 1
        bottom = max(
            layout.blockBoundingRect(qtable.cellAt(last, c).lastCursorPosition().block()).bottom()
            for c in range(qtable.columns())
        )
        if (bottom - 1) // page_height != start:
            return index
    return None


def layout_summary(
    table: PrintedTable,
    settings: Settings,
    when: date | None,
    device: QPagedPaintDevice,
    family: str,
    document: Document | None = None,
) -> QTextDocument:
    """The paginated document, laid out once when the breaks planned from the rows' estimated heights are
    the ones their real heights give (:mod:`.row_heights`), else once more with those; then checked on
    the real layout and moved up a row at a time wherever a chunk would still run over its page."""
    document = document or summary_document(table, settings, when)
    measure = font_measure(family)  # one set of font metrics for every measuring below
    body = body_size(device, family)
    shares = column_shares(table, family, measure)
    calibration = calibrate(table, settings, when, family, device, body.width(), shares, measure)
    estimate = estimated_layout(table, calibration, family, BODY_PT, device)
    breaks, tail_on_new_page = paginate(table, estimate, body.height())
    planned = False
    rows = len(table.rows)
    for _ in range(rows + 3):
        html = document_html(document, family, breaks, tail_on_new_page, measure=measure, percentages=shares)
        doc = build_document(html, family, device, body)
        if not planned:  # the breaks came from estimated heights: kept when the real ones give the same
            planned = True
            actual = actual_layout(doc, table, calibration)
            replanned = paginate(table, actual, body.height()) if actual else (breaks, tail_on_new_page)
            if replanned != (breaks, tail_on_new_page):
                breaks, tail_on_new_page = replanned
                continue
        chunk = _overflowing_chunk(doc, body.height())
        bounds = [0, *breaks, rows]
        if chunk is not None:
            start, end = bounds[chunk], bounds[chunk + 1]
            if end - start <= 1:
                return doc  # a single row taller than a page: let Qt split it
            breaks = sorted((set(breaks) - {end}) | {_cut_before(table, end - 1, start)})
            continue
        if tail_on_new_page or _tail_fits(doc, body.height()):
            return doc
        if rows - bounds[-2] >= 3:  # carry the last two rows over with the counts line and signatures
            breaks = [*breaks, _cut_before(table, rows - 2, bounds[-2])]
        else:
            tail_on_new_page = True
    return doc


def _tail_fits(doc: QTextDocument, page_height: float) -> bool:
    """Whether the counts line and the signatures end on the page they start on."""
    found = doc.find(TAIL_MARK)
    if found.isNull():
        return True
    layout = doc.documentLayout()
    start = layout.blockBoundingRect(found.block()).top() // page_height
    return (doc.size().height() - 1) // page_height == start


def print_summary(
    table: PrintedTable, settings: Settings, when: date | None, device: QPagedPaintDevice
) -> int:
    """Print the summary document on ``device`` (printer or PDF writer); returns the number of pages."""
    family = ensure_fonts()
    document: Document = summary_document(table, settings, when)
    doc = layout_summary(table, settings, when, device, family, document)
    rules = [
        (line.text, line.rule) for line in (*document.heading.left, *document.heading.right) if line.rule
    ]
    return paint_document(doc, device, family, document.sizes.page_number, rules)


def render_pdf(table: PrintedTable, settings: Settings, when: date, path: Path | str) -> int:
    """Write the summary document to ``path`` as PDF (whole or not at all); returns the number of pages."""
    ensure_app()
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_landscape())
    writer.setTitle(table.title)
    writer.setCreator("nxdesk")
    try:
        pages = print_summary(table, settings, when, writer)
        del writer  # closes the file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def export_pdf(
    db: Database,
    year: int,
    months: int,
    path: Path | str,
    when: date | None = None,
    sector_id: int | None = None,
) -> int:
    """The summary of (year, months) from ``db`` as a PDF at ``path``, dated ``when`` (today by default)."""
    settings = load_settings(db)
    table = build_table(load_summary(db, year, months, sector_id), settings)
    return render_pdf(table, settings, when or date.today(), path)
