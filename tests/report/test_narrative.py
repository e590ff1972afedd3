"""The narrative draft: the reference report's figures, wording rules, and the .docx/.txt exports."""

from __future__ import annotations

import pytest

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind, Status
from nxdesk.report.docx_out import write_narrative_docx, write_text_file
from nxdesk.report.narrative import narrative, narrative_paragraphs, period_title, report_pct
from nxdesk.store.settings import load_settings
from nxdesk.store.summary import load_summary

REFERENCE_ORDER = [
    "1.401,351",
    "188%",
    "182%",
    "193%",
    "195,064",
    "48,7%",
    "12.100,1",
    "28.300",
    "113,2%",
    "1.388",
    "92,5%",
    "70%",
    "165",
    "103,1%",
]


def _in_order(text: str, figures: list[str]) -> int:
    position = 0
    for figure in figures:
        found = text.find(figure, position)
        assert found >= 0, f"{figure!r} missing after position {position}: …{text[position : position + 200]}"
        position = found + len(figure)
    return position


@pytest.fixture
def demo_text(demo_db) -> str:
    return narrative(load_summary(demo_db, 2024, 9), load_settings(demo_db))


def test_demo_narrative_has_the_reference_figures_in_order(demo_text):
    _in_order(demo_text, REFERENCE_ORDER)


def test_demo_narrative_sentences_read_like_the_report(demo_text):
    assert (
        "Thu ngân sách 9 tháng ước đạt 1.401,351 tỷ đồng, đạt 188% dự toán tỉnh giao và đạt 182% "
        "dự toán huyện giao, bằng 193% so với cùng kỳ."
    ) in demo_text
    assert "Tổng sản lượng lương thực ước đạt 28.300 tấn, đạt 113,2% KH." in demo_text
    assert "đạt 195,064 tỷ đồng, đạt 48,7% kế hoạch (KH)." in demo_text
    assert "độ che phủ rừng đạt 70%, đạt 100% KH" in demo_text
    assert "đạt 165 đảng viên, đạt 103,1% KH." in demo_text
    # "ước" only for estimates: the official figures are plain "đạt"
    assert "ước đạt 195,064" not in demo_text and "ước đạt 1.388" not in demo_text
    assert "Trồng rừng sản xuất đạt 1.388 ha, đạt 92,5% KH." in demo_text
    # the reference's "đạt 148% kế hoạch" for 295 of 200 ha
    assert "295 ha, đạt 148% KH" in demo_text


def test_overall_line_and_limits(demo_text):
    paragraphs = demo_text.split("\n\n")
    assert paragraphs[0] == "I. Kinh tế"
    overall = next(p for p in paragraphs if "kế hoạch trở lên" in p)
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên" in overall
    assert "toàn huyện" in overall
    limits = paragraphs[-1]
    assert limits.startswith("Tuy nhiên")
    assert "hạn chế" in limits
    _in_order(
        limits,
        [
            "giải ngân vốn đầu tư công",
            "48,7% KH",
            "vốn các dự án do huyện quản lý",
            "32% KH",
            "số thôn được công nhận đạt chuẩn nông thôn mới",
            "71,4% KH",
        ],
    )
    assert "thu ngân sách" not in limits.lower()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (113.2, "113,2"),
        (48.72, "48,7"),
        (100.0, "100"),
        (181.99, "182"),
        (147.5, "148"),
        (92.53, "92,5"),
        (103.125, "103,1"),
        (119.94, "119,9"),
    ],
)
def test_report_pct_rule(value, text):
    assert report_pct(value) == text


def _row(**kw) -> SummaryInput:
    base = dict(
        code="A",
        name="Sản lượng thủy sản",
        unit="tấn",
        sector="Kinh tế",
        kind=Kind.FLOW,
        direction=Direction.UP,
        plan_own="1.000",
        value=800.0,
        status=Status.OFFICIAL,
    )
    base.update(kw)
    return SummaryInput(**base)


def test_same_period_wording_increase_decrease_and_equal():
    rows = [
        _row(code="A", name="Thủy sản", last_year_value=700.0),  # +14,3%
        _row(code="B", name="Vận tải", last_year_value=1000.0),  # -20%
        _row(code="C", name="Du lịch", last_year_value=800.0),  # equal
        _row(
            code="D",
            name="Độ che phủ",
            unit="%",
            kind=Kind.LEVEL,
            plan_own="70",
            value=70.5,
            last_year_value=69.3,
        ),
    ]
    text = narrative(build_summary(rows, Period(2024, 9)))
    assert "tăng 14,3% so với cùng kỳ" in text
    assert "giảm 20% so với cùng kỳ" in text
    assert "Du lịch đạt 800 tấn, đạt 80% KH, bằng cùng kỳ." in text
    assert "tăng 1,2 điểm phần trăm so với cùng kỳ" in text


def test_estimates_missing_values_down_targets_and_year_end():
    rows = [
        _row(code="A", name="Thu ngân sách", unit="tỷ đồng", status=Status.ESTIMATE, value=1100.0),
        _row(
            code="B",
            name="Tỷ lệ hộ nghèo",
            unit="%",
            kind=Kind.LEVEL,
            direction=Direction.DOWN,
            plan_own="dưới 8",
            value=8.4,
            sector="Văn hóa - Xã hội",
        ),
        _row(code="C", name="Số xã đạt chuẩn", unit="xã", value=None, status=None, sector="Văn hóa - Xã hội"),
    ]
    text = narrative(build_summary(rows, Period(2024, 12)))
    assert "Thu ngân sách năm 2024 ước đạt 1.100 tỷ đồng, đạt 110% dự toán." in text
    assert "tỷ lệ hộ nghèo còn 8,4%, chưa đạt kế hoạch đề ra (dưới 8%)" in text
    assert "Chưa có số liệu kỳ này: số xã đạt chuẩn." in text
    limits = narrative_paragraphs(build_summary(rows, Period(2024, 12)))[-1]
    assert period_title(12, 2024) == "NĂM 2024" and period_title(9, 2024) == "9 THÁNG NĂM 2024"
    assert "không hoàn thành kế hoạch năm" in limits and "tỷ lệ hộ nghèo" in limits


def test_docx_and_txt_read_back(tmp_path, demo_db, demo_text):
    from docx import Document

    settings = load_settings(demo_db)
    path = write_narrative_docx(demo_text, settings, Period(2024, 9), tmp_path / "du-thao.docx")
    document = Document(str(path))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    left, right = (cell.text.split("\n") for cell in document.tables[0].rows[0].cells)
    assert left == ["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY NHƯ XUÂN", "*"]
    assert right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM" and right[1].startswith("Như Xuân, ngày")
    assert "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024" in paragraphs
    body = "\n".join(paragraphs)
    _in_order(body, REFERENCE_ORDER)
    heading = next(p for p in document.paragraphs if p.text == "I. Kinh tế")
    assert all(run.bold for run in heading.runs)
    assert not list(tmp_path.glob(".du-thao-*"))  # no temporary file left behind

    txt = write_text_file(demo_text, tmp_path / "du-thao.txt")
    assert txt.read_bytes().startswith(b"\xef\xbb\xbf")
    assert txt.read_text(encoding="utf-8-sig").replace("\r\n", "\n").strip() == demo_text.strip()


def test_cli_export_docx(tmp_path, demo_db, db_path):
    from docx import Document

    from nxdesk.cli import main

    out = tmp_path / "du-thao.docx"
    args = [
        "--db",
        str(db_path),
        "export",
        "--year",
        "2024",
        "--months",
        "9",
        "--format",
        "docx",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    _in_order("\n".join(p.text for p in Document(str(out)).paragraphs), REFERENCE_ORDER)
