"""The printed table's structure from the demo summary: groups, sub-rows, columns, numbers, counts."""

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind, Status
from nxdesk.report.table import (
    ASSESSMENT,
    LAST_YEAR,
    NAME,
    PCT_LAST_YEAR,
    PCT_UPPER,
    PLAN_UPPER,
    PROJECTED,
    STT,
    VALUE,
    RowKind,
    build_table,
)
from nxdesk.store.settings import Settings
from nxdesk.store.summary import load_summary


def _table(db):
    return build_table(load_summary(db, 2024, 9), Settings(level="huyen"))


def _row(table, code):
    return next(r for r in table.rows if r.code == code)


def test_title_and_counts_line(demo_db):
    table = _table(demo_db)
    assert table.title == "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024"
    assert table.counts_line == "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên; 5 vượt; 2 chưa đạt tiến độ"


def test_sector_groups_are_roman_numbered_and_targets_numbered_across_sectors(demo_db):
    table = _table(demo_db)
    groups = [(r.text(STT), r.text(NAME)) for r in table.rows if r.kind is RowKind.SECTOR]
    assert groups == [
        ("I", "KINH TẾ"),
        ("II", "VĂN HÓA - XÃ HỘI"),
        ("III", "MÔI TRƯỜNG"),
        ("IV", "QUỐC PHÒNG - AN NINH"),
        ("V", "XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ"),
    ]
    numbers = [r.text(STT) for r in table.rows if r.kind is RowKind.TARGET]
    assert numbers == [str(n) for n in range(1, 28)]
    assert _row(table, "XD03").text(STT) == "27"


def test_of_which_row_precedes_sub_rows_once_per_parent(demo_db):
    table = _table(demo_db)
    kinds = [(r.kind, r.code or r.text(NAME)) for r in table.rows]
    i = kinds.index((RowKind.TARGET, "KT06"))
    assert kinds[i + 1 : i + 4] == [
        (RowKind.OF_WHICH, "Trong đó:"),
        (RowKind.SUB_TARGET, "KT06a"),
        (RowKind.SUB_TARGET, "KT06b"),
    ]
    assert _row(table, "KT06a").text(NAME) == "- Lúa"
    assert _row(table, "KT06a").text(STT) == ""
    assert sum(k == RowKind.OF_WHICH for k, _ in kinds) == 2  # under KT02 and KT06


def test_numbers_in_vi_format_with_estimate_mark_and_assessment(demo_db):
    table = _table(demo_db)
    kt01 = _row(table, "KT01")
    assert kt01.text(VALUE) == "1.401,351 (ước)"
    assert kt01.cells[VALUE].text == "1.401,351" and kt01.cells[VALUE].number == 1401.351
    assert kt01.text(PCT_UPPER) == "188"
    assert kt01.text(PCT_LAST_YEAR) == "193"
    assert kt01.text(LAST_YEAR) == "726,1"
    assert kt01.text(ASSESSMENT) == "Vượt"
    assert _row(table, "KT06").text("pct_plan_own") == "113,2"
    assert _row(table, "KT02").text(VALUE) == "195,064"  # official: no mark
    assert _row(table, "KT02").text(ASSESSMENT) == "Chưa đạt tiến độ"
    assert _row(table, "VX06").text("plan_own") == "70,5–71,5"  # the plan as typed
    assert table.has_estimates and table.notes


def test_header_has_groups_over_plans_and_percentages(demo_db):
    table = _table(demo_db)
    top, bottom = table.header_rows
    assert [c.text for c in top] == [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2024",
        "TH cùng kỳ năm 2023",
        "TH 9 tháng năm 2024",
        "So sánh (%)",
        "Đánh giá",
        "Ghi chú",
    ]  # no year-end expectation typed and no last year's pattern: that column is left out
    assert [c.text for c in bottom] == [
        "KH tỉnh giao",
        "KH huyện giao",
        "TH/KH tỉnh giao",
        "TH/KH huyện giao",
        "TH/cùng kỳ",
    ]
    assert sum(c.colspan for c in top) == len(table.columns)


def _input(code, **kw):
    base = dict(
        code=code,
        name=f"Chỉ tiêu {code}",
        unit="ha",
        sector="Kinh tế",
        kind=Kind.FLOW,
        direction=Direction.UP,
        plan_own="100",
        value=80.0,
        status=Status.OFFICIAL,
    )
    return SummaryInput(**{**base, **kw})


def test_columns_without_data_are_left_out():
    summary = build_summary([_input("A", expected_year_end=105.0), _input("B", value=None)], Period(2024, 9))
    table = build_table(summary)
    keys = table.keys
    assert PLAN_UPPER not in keys and LAST_YEAR not in keys and PCT_UPPER not in keys
    assert PCT_LAST_YEAR not in keys
    assert PROJECTED in keys and VALUE in keys
    top, bottom = table.header_rows
    assert [c.text for c in bottom] == ["KH xã giao", "TH/KH xã giao"]  # the default level
    assert table.counts_line.endswith("1 chưa có số liệu")
    assert not table.has_estimates


def test_year_end_drops_projection_and_counts_met():
    summary = build_summary([_input("A", value=100.0), _input("B", value=50.0)], Period(2024, 12))
    table = build_table(summary)
    assert PROJECTED not in table.keys
    assert "TH năm 2024" in [c.header for c in table.columns]  # not "TH cả năm năm 2024"
    assert table.counts_line == "1/2 chỉ tiêu đạt từ 70% kế hoạch trở lên; 0 vượt; 1 đạt; 1 không đạt"


def test_sectors_past_twelve_keep_roman_numerals():
    inputs = [_input(f"S{n}", sector=f"Lĩnh vực {n}") for n in range(1, 16)]
    table = build_table(build_summary(inputs, Period(2024, 9)))
    groups = [r.text(STT) for r in table.rows if r.kind is RowKind.SECTOR]
    assert groups[11:] == ["XII", "XIII", "XIV", "XV"]


def test_plans_print_in_normal_form_from_a_dot_decimal_file(db, tmp_path):
    from nxdesk.interchange.csv_import import import_file

    csv = tmp_path / "dot.csv"
    csv.write_text(
        "code,name,unit,year,months,sector,kind,direction,parent,plan_upper,plan_own,baseline,value,status,"
        "last_year_value,note\n"
        "A,Diện tích gieo trồng,ha,2024,9,Kinh tế,flow,up,,6109,42828,,5000.5,official,,\n"
        "B,Tỷ lệ lao động qua đào tạo,%,2024,9,Kinh tế,level,up,,,70.5-71.5,,71.2,official,,\n"
        "C,Số lớp tập huấn,lớp,2024,9,Kinh tế,flow,up,,,~10,,9,official,,\n",
        encoding="utf-8",
    )
    report = import_file(db, csv)
    assert report.ok, report.issues
    table = build_table(load_summary(db, 2024, 9))
    row = _row(table, "A")
    assert row.text(PLAN_UPPER) == "6.109" and row.cells["plan_own"].text == "42.828"
    assert _row(table, "B").cells["plan_own"].text == "70,5–71,5"
    assert _row(table, "C").cells["plan_own"].text == "khoảng 10"
    from nxdesk.interchange.summary_out import to_table

    terminal = to_table(load_summary(db, 2024, 9))
    assert "6.109" in terminal and "42.828" in terminal and "6109" not in terminal


def test_sectors_print_in_their_own_order(demo_db):
    ids = {r["name"]: r["id"] for r in demo_db.query("SELECT id, name FROM sectors")}
    demo_db.execute("UPDATE sectors SET position = 99 WHERE id = ?", [ids["Kinh tế"]])
    demo_db.execute("UPDATE sectors SET position = -1 WHERE id = ?", [ids["Môi trường"]])
    groups = [r.text(NAME) for r in _table(demo_db).rows if r.kind is RowKind.SECTOR]
    assert groups[0] == "MÔI TRƯỜNG" and groups[-1] == "KINH TẾ"
    assert [r.text(STT) for r in _table(demo_db).rows if r.kind is RowKind.SECTOR][:2] == ["I", "II"]
