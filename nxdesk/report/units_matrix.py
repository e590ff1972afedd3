"""BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC XÃ, PHƯỜNG: the units × targets table of one period as
an Excel workbook — for each target the unit's value and % of the plan assigned to it, the area's roll-up
row, completeness and ranking by targets met. Numbers are real numbers with formats (see report/xlsx.py)."""

from __future__ import annotations

from pathlib import Path

from ..domain.levels import words
from ..domain.targets import Assessment, Status
from ..store.settings import Settings
from ..store.unit_summary import ByUnit
from .xlsx import FONT, number_format, put_text

TITLE = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC XÃ, PHƯỜNG"
GOOD = frozenset({Assessment.EXCEEDED, Assessment.MET, Assessment.ON_TRACK})
FILLS = {
    Assessment.EXCEEDED: "CFE3F3",
    Assessment.MET: "C9EEE2",
    Assessment.ON_TRACK: "C9EEE2",
    Assessment.BEHIND: "F7D5BF",
    Assessment.NOT_MET: "F7D5BF",
}


def period_words(months: int, year: int) -> str:
    names = {3: "Quý I", 6: "6 tháng", 9: "9 tháng", 12: "Cả năm"}
    return f"{names.get(months, f'{months} tháng')} năm {year}"


def write_units_matrix_xlsx(data: ByUnit, settings: Settings, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tong hop don vi"
    targets = data.rollup.rows
    fixed = ["STT", "Đơn vị", "Tình trạng báo cáo", "Số chỉ tiêu đạt"]
    ncols = len(fixed) + 2 * len(targets)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    put_text(ws.cell(1, 1), TITLE)
    ws.cell(1, 1).font = Font(name=FONT, bold=True, size=13)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    put_text(ws.cell(2, 1), f"({period_words(data.period.months, data.period.year)})")
    ws.cell(2, 1).font = Font(name=FONT, italic=True, size=12)
    ws.cell(2, 1).alignment = Alignment(horizontal="center")
    head, sub = 4, 5
    for c, text in enumerate(fixed, start=1):
        ws.merge_cells(start_row=head, start_column=c, end_row=sub, end_column=c)
        put_text(ws.cell(head, c), text)
    for n, row in enumerate(targets):
        c = len(fixed) + 1 + 2 * n
        ws.merge_cells(start_row=head, start_column=c, end_row=head, end_column=c + 1)
        put_text(ws.cell(head, c), f"{row.name} ({row.unit})")
        put_text(ws.cell(sub, c), "Thực hiện")
        put_text(ws.cell(sub, c + 1), "% KH giao")
    for r in (head, sub):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.font = Font(name=FONT, bold=True, size=11)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
    ranked = sorted(
        data.units, key=lambda u: (-sum(r.assessment in GOOD for r in u.summary.rows), u.unit.code)
    )
    r = sub + 1
    for number, u in enumerate(ranked, start=1):
        met = sum(row.assessment in GOOD for row in u.summary.rows)
        state = "Chưa nhận" if u.receipt is None else f"Đã nhận {u.receipt.received_at[:10]}"
        fixed_cells = [number, u.unit.name, state, f"{met}/{len(targets)}"]
        _line(ws, r, fixed_cells, u.summary.rows, box, Font, Alignment, PatternFill)
        r += 1
    area = words(settings.level).area
    _line(
        ws,
        r,
        ["", area[:1].upper() + area[1:], "", ""],
        targets,
        box,
        Font,
        Alignment,
        PatternFill,
        bold=True,
    )
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 10
    for c in range(len(fixed) + 1, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11
    ws.row_dimensions[head].height = 60
    ws.freeze_panes = ws.cell(sub + 1, 3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head}:{sub}"
    wb.save(out)


def _line(ws, r, fixed, rows, box, Font, Alignment, PatternFill, bold=False) -> None:  # noqa: N803
    for c, value in enumerate(fixed, start=1):
        cell = ws.cell(r, c)
        if isinstance(value, str):
            put_text(cell, value)
        else:
            cell.value = value
        cell.font = Font(name=FONT, bold=bold, size=11)
        cell.border = box
    for n, row in enumerate(rows):
        c = len(fixed) + 1 + 2 * n
        value, pct = ws.cell(r, c), ws.cell(r, c + 1)
        if row.value is not None:
            value.value = row.value
            value.number_format = number_format(row.decimals, row.status is Status.ESTIMATE)
        if row.value is not None and row.pct_plan_upper is not None:
            pct.value = row.pct_plan_upper
            pct.number_format = "0.0"
            fill = FILLS.get(row.assessment)
            if fill:
                pct.fill = PatternFill("solid", fgColor=fill)
        for cell in (value, pct):
            cell.font = Font(name=FONT, bold=bold, size=11)
            cell.border = box
