"""The summary workbook, read back with openpyxl: values, merged heading, number formats, print setup."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind, Status
from nxdesk.report.table import build_table
from nxdesk.report.xlsx import write_summary_xlsx
from nxdesk.store.settings import Settings, load_settings
from nxdesk.store.summary import load_summary


@pytest.fixture
def sheet(tmp_path, demo_db):
    summary = load_summary(demo_db, 2024, 9)
    settings = load_settings(demo_db)
    settings.level = "huyen"
    settings.show_preparer = True
    settings.recipients = "Thường trực Tỉnh ủy (b/c)"
    path = write_summary_xlsx(summary, settings, tmp_path / "tong-hop.xlsx", today=date(2024, 10, 8))
    return load_workbook(path).active, build_table(summary, settings)


def _find(ws, text):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not in the sheet")


def test_heading_title_and_merged_header(sheet):
    ws, table = sheet
    assert ws["A1"].value == "ĐẢNG BỘ TỈNH THANH HÓA"
    assert ws["A2"].value == "HUYỆN ỦY NHƯ XUÂN" and ws["A2"].font.b
    right = _find(ws, "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert right.font.b and right.font.u == "single"
    assert _find(ws, "Như Xuân, ngày 08 tháng 10 năm 2024").font.i
    title = _find(ws, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024")
    merged = {str(r) for r in ws.merged_cells.ranges}
    from openpyxl.utils import get_column_letter

    last = get_column_letter(len(table.columns))
    assert f"A{title.row}:{last}{title.row}" in merged
    plan = _find(ws, "Kế hoạch năm 2024")
    assert f"{plan.coordinate}:{ws.cell(plan.row, plan.column + 1).coordinate}" in merged
    assert ws.cell(plan.row + 1, plan.column).value == "KH tỉnh giao"
    assert ws.cell(plan.row + 1, plan.column + 1).value == "KH huyện giao"
    assert _find(ws, "Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/HU").column == 1
    stt = _find(ws, "STT")
    assert f"{stt.coordinate}:A{stt.row + 1}" in merged
    # the same columns as the printed table, in the same order
    headers = [
        ws.cell(stt.row + (1 if ws.cell(stt.row + 1, c).value else 0), c).value
        for c in range(1, len(table.columns) + 1)
    ]
    assert headers == [c.header for c in table.columns]


def test_rows_values_and_number_formats(sheet):
    ws, table = sheet
    group = _find(ws, "KINH TẾ")
    assert ws.cell(group.row, 1).value == "I" and group.font.b
    budget = _find(ws, "Thu ngân sách")
    cols = {c.key: i for i, c in enumerate(table.columns, start=1)}
    row = budget.row
    value = ws.cell(row, cols["value"])
    assert value.value == pytest.approx(1401.351) and value.number_format == '#,##0.000 "(ước)"'
    pct = ws.cell(row, cols["pct_plan_own"])
    assert pct.value == pytest.approx(1401.351 / 770 * 100) and pct.number_format == "#,##0"  # as "182"
    upper = ws.cell(row, cols["pct_plan_upper"])
    assert upper.number_format == "#,##0"  # "188", never "188,0"
    food = ws.cell(_find(ws, "Tổng sản lượng lương thực").row, cols["pct_plan_own"])
    assert food.number_format == "#,##0.0"  # "113,2"
    assert ws.cell(row, cols["plan_own"]).value == 770
    assert ws.cell(row, cols["plan_own"]).number_format == "#,##0"
    assert ws.cell(row, cols["assessment"]).value == "Vượt"
    assert _find(ws, "Trong đó:").font.i
    assert ws.cell(_find(ws, "- Lúa").row, cols["value"]).value == 19850
    assert ws.cell(_find(ws, "Tốc độ tăng giá trị sản xuất").row, cols["plan_own"]).value == "≥ 5,6"
    assert ws.cell(_find(ws, "Trồng rừng sản xuất").row, cols["value"]).number_format == "#,##0"
    # as many body rows as the printed table
    names = [ws.cell(r, cols["name"]).value for r in range(group.row, group.row + len(table.rows))]
    assert names == [r.cells["name"].text for r in table.rows]
    assert _find(ws, table.counts_line).font.b
    # the signature block under the table, as on the printed page
    signers = _find(ws, "NGƯỜI LẬP BIỂU").row
    assert signers == _find(ws, "T/M BAN THƯỜNG VỤ").row > _find(ws, table.counts_line).row
    assert not _find(ws, "BÍ THƯ").font.b  # HD 36: the title in capitals, upright, not bold
    assert _find(ws, "Nơi nhận:").font.u == "single"
    assert _find(ws, "- Thường trực Tỉnh ủy (b/c),").row == _find(ws, "Nơi nhận:").row + 1
    assert _find(ws, "- Lưu VP.")


def test_print_setup(sheet):
    ws, table = sheet
    stt = _find(ws, "STT")
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${stt.row}:${stt.row + 1}"
    assert ws.oddHeader.center.text == "&P" and ws.HeaderFooter.differentFirst
    assert not ws.firstHeader.center.text  # no number on page 1
    mm = 25.4
    assert 20 <= ws.page_margins.left * mm <= 35 and ws.page_margins.right * mm >= 20
    assert 20 <= ws.page_margins.top * mm <= 25 and 20 <= ws.page_margins.bottom * mm <= 25


def test_whole_counts_show_no_decimals(tmp_path):
    rows = [
        SummaryInput(
            code="T",
            name="Số thôn đạt chuẩn",
            unit="thôn",
            sector="Kinh tế",
            kind=Kind.FLOW,
            direction=Direction.UP,
            plan_own="20",
            value=10.0,
            last_year_value=6.0,
            last_year_full=8.0,
            status=Status.OFFICIAL,
        )
    ]
    summary = build_summary(rows, Period(2024, 9))
    path = write_summary_xlsx(summary, Settings(), tmp_path / "t.xlsx")
    ws = load_workbook(path).active
    table = build_table(summary)
    cols = {c.key: i for i, c in enumerate(table.columns, start=1)}
    row = _find(ws, "Số thôn đạt chuẩn").row
    projected = ws.cell(row, cols["projected_year_end"])
    assert projected.value == 13 and projected.number_format == "#,##0"  # 10 × 8 / 6, whole
    assert table.rows[1].text("projected_year_end") == "13"


def test_formula_looking_text_stays_text_and_state_heading(tmp_path):
    rows = [
        SummaryInput(
            code="A",
            name="=SUM(A1)",
            unit="-5 ha",
            sector="@Kinh tế",
            kind=Kind.FLOW,
            direction=Direction.UP,
            plan_own="+100",
            value=50.0,
            status=Status.OFFICIAL,
        )
    ]
    settings = Settings(
        parent_body="Đảng bộ tỉnh Thanh Hóa",
        issuing_body="Huyện ủy Như Xuân",
        state_parent_body="UBND tỉnh Thanh Hóa",
        state_issuing_body="UBND huyện Như Xuân",
        place="Như Xuân",
        document_style="state",
    )
    path = write_summary_xlsx(build_summary(rows, Period(2024, 6)), settings, tmp_path / "x.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    cell = _find(ws, "=SUM(A1)")
    assert cell.data_type == "s" and cell.quotePrefix
    assert _find(ws, "-5 ha").data_type == "s"
    assert _find(ws, "@KINH TẾ").data_type == "s"
    assert _find(ws, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font.b
    assert _find(ws, "Độc lập - Tự do - Hạnh phúc").font.u == "single"
    assert _find(ws, "UBND HUYỆN NHƯ XUÂN").font.b
    assert _find(ws, "TM. ỦY BAN NHÂN DÂN") and _find(ws, "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND")
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("HUYỆN ỦY" in t for t in texts)
    values = load_workbook(path, data_only=True).active
    assert _find(values, "=SUM(A1)")  # no formula was ever stored


def test_cli_export_xlsx(tmp_path, demo_db, db_path):
    from nxdesk.cli import main

    out = tmp_path / "tong-hop.xlsx"
    args = [
        "--db",
        str(db_path),
        "export",
        "--year",
        "2024",
        "--months",
        "9",
        "--format",
        "xlsx",
        "-o",
        str(out),
    ]
    assert main([*args, "--date", "2024-10-08"]) == 0
    ws = load_workbook(out).active
    assert _find(ws, "Như Xuân, ngày 08 tháng 10 năm 2024")
    assert 165 in [c.value for c in ws[_find(ws, "Kết nạp đảng viên mới").row]]


def test_signer_names_from_the_settings_under_the_signatures(tmp_path, demo_db):
    settings = load_settings(demo_db)
    settings.show_preparer = True
    settings.preparer_name, settings.signer_title, settings.signer_name = (
        "Nguyễn Thị Lan",
        "Phó Bí thư",
        "Lê Văn Thuận",
    )
    path = write_summary_xlsx(load_summary(demo_db, 2024, 9), settings, tmp_path / "ky.xlsx")
    ws = load_workbook(path).active
    assert _find(ws, "PHÓ BÍ THƯ").row < _find(ws, "Lê Văn Thuận").row
    assert _find(ws, "Nguyễn Thị Lan").row == _find(ws, "Lê Văn Thuận").row
