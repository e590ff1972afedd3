"""BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC XÃ, PHƯỜNG as a PDF: A4 landscape, the units down and the
targets across in blocks of a few targets a page (value and % of the assigned plan each), the area's roll-up
row last, through QTextDocument and QPdfWriter like the other papers."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..domain.levels import words
from ..domain.numbers import format_number, format_pct
from ..domain.targets import Status
from ..store.settings import Settings
from ..store.unit_summary import ByUnit
from .units_matrix import FILLS, GOOD, TITLE, period_words

TARGETS_A_BLOCK = 6


def matrix_html(data: ByUnit, settings: Settings) -> str:
    ranked = sorted(
        data.units, key=lambda u: (-sum(r.assessment in GOOD for r in u.summary.rows), u.unit.code)
    )
    targets = data.rollup.rows
    area = words(settings.level).area
    parts = [
        f"<p align='center'><b>{escape(TITLE)}</b><br/>"
        f"<i>({escape(period_words(data.period.months, data.period.year))})</i></p>"
    ]
    for start in range(0, len(targets), TARGETS_A_BLOCK):
        block = targets[start : start + TARGETS_A_BLOCK]
        if start:
            parts.append("<p style='page-break-before: always'></p>")
        head = "".join(f"<th colspan='2'>{escape(t.name)}<br/>({escape(t.unit)})</th>" for t in block)
        value_width, pct_width = f"{76 * 0.6 / len(block):.1f}%", f"{76 * 0.4 / len(block):.1f}%"
        sub = "".join(f"<th width='{value_width}'>TH</th><th width='{pct_width}'>%KH</th>" for _ in block)
        rows = []
        for n, u in enumerate(ranked, start=1):
            met = sum(r.assessment in GOOD for r in u.summary.rows)
            cells = _cells(u.summary.rows[start : start + TARGETS_A_BLOCK])
            state = "chưa nhận" if u.receipt is None else "đã nhận"
            rows.append(
                f"<tr><td align='center'>{n}</td><td>{escape(u.unit.name)}<br/><small>{state}, đạt {met}/"
                f"{len(targets)}</small></td>{cells}</tr>"
            )
        area_name = escape(area[:1].upper() + area[1:])
        rows.append(f"<tr><td></td><td><b>{area_name}</b></td>{_cells(block, True)}</tr>")
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr><th rowspan='2' width='4%'>STT</th><th rowspan='2' width='20%'>Đơn vị</th>{head}</tr>"
            f"<tr>{sub}</tr>" + "".join(rows) + "</table>"
        )
    return "".join(parts)


def _cells(rows, bold: bool = False) -> str:
    out = []
    for r in rows:
        value = "–" if r.value is None else format_number(r.value, r.decimals)
        if r.value is not None and r.status is Status.ESTIMATE:
            value += "*"
        pct = "" if r.value is None or r.pct_plan_upper is None else format_pct(r.pct_plan_upper)
        fill = FILLS.get(r.assessment) if pct else None
        style = f" bgcolor='#{fill}'" if fill else ""
        if bold:
            value = f"<b>{value}</b>"
        out.append(f"<td align='right'>{value}</td><td align='right'{style}>{pct}</td>")
    return "".join(out)


def write_units_matrix_pdf(data: ByUnit, settings: Settings, out: Path) -> None:
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from .fonts import register_bundled_fonts
    from .pdf import a4_landscape, ensure_app

    ensure_app()
    families = register_bundled_fonts()
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageLayout(a4_landscape())
    doc = QTextDocument()
    doc.setDefaultFont(QFont(families[0] if families else "Tinos", 10))
    doc.setHtml(matrix_html(data, settings) + "<p><small>* số ước</small></p>")
    doc.print_(writer)
