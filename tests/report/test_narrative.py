"""The narrative draft: the reference report's figures, wording rules, and the .docx/.txt exports."""

from __future__ import annotations

import pytest

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind, Status
from nxdesk.report.docx_out import write_narrative_docx, write_text_file
from nxdesk.report.narrative import is_heading, narrative, narrative_paragraphs, period_title, report_pct
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


@pytest.fixture(autouse=True)
def _qt(qapp):
    """pytest-qt's QApplication: the Word writer measures the heading with the printing font."""
    return qapp


@pytest.fixture
def demo_settings(demo_db):
    settings = load_settings(demo_db)
    settings.level = "huyen"
    settings.recipients = "Thường trực Tỉnh ủy (b/c)\nCác đồng chí Ủy viên BTV"
    return settings


@pytest.fixture
def demo_text(demo_db, demo_settings) -> str:
    return narrative(load_summary(demo_db, 2024, 9), demo_settings)


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
    assert "Trong 9 tháng, kết nạp 165 đảng viên mới, đạt 103,1% KH." in demo_text
    assert "Thành lập mới 36 doanh nghiệp, đạt 80% KH." in demo_text
    # "ước" only for estimates: the official figures are plain "đạt"
    assert "ước đạt 195,064" not in demo_text and "ước đạt 1.388" not in demo_text
    assert "Trồng 1.388 ha rừng sản xuất, đạt 92,5% KH." in demo_text
    # the reference's "đạt 148% kế hoạch" for 295 of 200 ha
    assert "295 ha, đạt 148% KH" in demo_text
    # growth rates and bounds in words; no "% KH" on a rate, no bare symbols, no dropped "%"
    assert "Tốc độ tăng giá trị sản xuất ước đạt 5,8%, đạt kế hoạch đề ra (từ 5,6% trở lên)." in demo_text
    assert "đạt kế hoạch đề ra (không quá 15,8%)" in demo_text and "(≤" not in demo_text
    assert "tỷ lệ hộ nghèo ước còn 7,85%, đạt kế hoạch đề ra (dưới 8%)" in demo_text
    assert "hoàn thành 100% chỉ tiêu giao quân, đạt kế hoạch." in demo_text
    for wrong in ("đạt 36 doanh nghiệp", "đạt 165 đảng viên", "đạt 100%, đạt 100% KH", "5,8%, đạt 103,6% KH"):
        assert wrong not in demo_text, wrong


def test_the_report_is_a_whole_document(demo_text):
    paragraphs = demo_text.split("\n\n")
    assert paragraphs[0].startswith("Thực hiện ") and paragraphs[0].endswith("9 tháng năm 2024 như sau:")
    titles = [p for p in paragraphs if is_heading(p)]
    assert titles == [
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU",
        "1. Kinh tế",
        "2. Văn hóa - Xã hội",
        "3. Môi trường",
        "4. Quốc phòng - An ninh",
        "5. Xây dựng Đảng và hệ thống chính trị",
        "6. Đánh giá chung",
        "II. HẠN CHẾ",
        "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM 2024",
    ]
    assert paragraphs[-1].startswith("[…]")
    # the counts are their own part, not under the last sector
    overall = paragraphs[paragraphs.index("6. Đánh giá chung") + 1]
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên" in overall
    # one paragraph per target, not one list per sector
    economy = paragraphs[paragraphs.index("1. Kinh tế") + 1 : paragraphs.index("2. Văn hóa - Xã hội")]
    assert len(economy) == 13 and economy[0].startswith("Thu ngân sách 9 tháng")


def test_area_and_wording_follow_the_settings(demo_db, demo_settings):
    summary = load_summary(demo_db, 2024, 9)
    demo_settings.level = "xa"
    demo_settings.report_wording = "vuot"
    text = narrative(summary, demo_settings)
    assert "toàn xã có 26/27 chỉ tiêu" in text
    assert "kết nạp 165 đảng viên mới, vượt 3,1% kế hoạch." in text
    assert "vượt 88% dự toán tỉnh giao và vượt 82% dự toán xã giao" in text
    assert "Giải ngân vốn đầu tư công đạt 195,064 tỷ đồng, đạt 48,7% kế hoạch (KH)." in text


def test_overall_line_and_limits(demo_text):
    paragraphs = demo_text.split("\n\n")
    overall = next(p for p in paragraphs if "kế hoạch trở lên" in p)
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên" in overall
    assert "toàn huyện" in overall
    limits = paragraphs[paragraphs.index("II. HẠN CHẾ") + 1]
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
    paragraphs = narrative_paragraphs(build_summary(rows, Period(2024, 12)))
    limits = paragraphs[paragraphs.index("II. HẠN CHẾ") + 1]
    assert period_title(12, 2024) == "NĂM 2024" and period_title(9, 2024) == "9 THÁNG NĂM 2024"
    assert "không hoàn thành kế hoạch năm" in limits and "tỷ lệ hộ nghèo" in limits


def test_docx_and_txt_read_back(tmp_path, demo_settings, demo_text):
    from docx import Document

    path = write_narrative_docx(demo_text, demo_settings, Period(2024, 9), tmp_path / "du-thao.docx")
    document = Document(str(path))
    section = document.sections[0]
    mm = [
        round(x.mm, 1)
        for x in (
            section.page_width,
            section.page_height,
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert mm == [210, 297, 20, 20, 30, 15]  # A4; NĐ 30 / HD 36: top, bottom 20–25, left 30–35, right 15–20
    # page numbers: a PAGE field in the header, none on the first page
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml and "PAGE" not in section.first_page_header._element.xml
    paragraphs = [p.text for p in document.paragraphs if p.text]
    heading, signature = document.tables[0], document.tables[-1]
    left, right = ([p.text for p in cell.paragraphs] for cell in heading.rows[0].cells)
    assert left == [
        "ĐẢNG BỘ TỈNH THANH HÓA",
        "HUYỆN ỦY NHƯ XUÂN",
        "*",
        "Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/HU",
    ]
    assert right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM" and right[1].startswith("Như Xuân, ngày")
    assert heading.rows[0].cells[0].paragraphs[1].runs[0].bold
    assert "<w:tblBorders>" in heading._tbl.xml and 'w:val="nil"' in heading._tbl.xml
    assert paragraphs[:2] == ["BÁO CÁO", "kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2024"]
    body = "\n".join(paragraphs)
    _in_order(body, REFERENCE_ORDER)
    styled = {p.text: p.style.name for p in document.paragraphs}
    assert styled["I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"] == "Heading 1"
    assert styled["1. Kinh tế"] == "Heading 2" and styled["II. HẠN CHẾ"] == "Heading 1"
    recipients, signer = ([p.text for p in cell.paragraphs if p.text] for cell in signature.rows[0].cells)
    assert recipients == [
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy (b/c),",
        "- Các đồng chí Ủy viên BTV,",
        "- Lưu VP.",
    ]
    assert signer == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lương Thị Hoa"]
    assert not list(tmp_path.glob(".du-thao-*"))  # no temporary file left behind

    txt = write_text_file(demo_text, tmp_path / "du-thao.txt")
    assert txt.read_bytes().startswith(b"\xef\xbb\xbf")
    assert txt.read_text(encoding="utf-8-sig").replace("\r\n", "\n").strip() == demo_text.strip()


def test_edited_text_keeps_its_parts_in_the_docx(tmp_path, demo_settings, demo_text):
    from docx import Document

    edited = demo_text.replace(
        "[…] (Văn phòng bổ sung nhiệm vụ, giải pháp trọng tâm.)", "Tập trung thu ngân sách."
    )
    path = write_narrative_docx(edited, demo_settings, Period(2024, 9), tmp_path / "sua.docx")
    styled = {p.text: p.style.name for p in Document(str(path)).paragraphs}
    assert styled["Tập trung thu ngân sách."] == "Normal"
    assert styled["III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NHỮNG THÁNG CUỐI NĂM 2024"] == "Heading 1"


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


def test_the_outlook_counts_targets_already_beyond_their_plan_and_is_left_out_without_a_basis():
    beyond = _row(code="A", name="Thu ngân sách", plan_own="1.000", value=1200.0)
    expected = _row(code="B", name="Thủy sản", value=700.0, expected_year_end=1050.0)
    unknown = _row(code="C", name="Vận tải", value=700.0)
    known = narrative(build_summary([beyond, expected], Period(2024, 9)))
    assert "dự kiến đến cuối năm tất cả các chỉ tiêu đều hoàn thành" in known
    falls_short = _row(code="B", value=700.0, expected_year_end=900.0)
    short = narrative(build_summary([beyond, falls_short], Period(2024, 9)))
    assert "dự kiến đến cuối năm có 1/2 chỉ tiêu hoàn thành" in short
    blind = narrative(build_summary([beyond, unknown], Period(2024, 9)))
    assert "dự kiến đến cuối năm" not in blind  # never "0/2" for a year nobody has projected
    assert "trong đó 1 chỉ tiêu đã vượt kế hoạch năm." in blind


def test_the_demo_draft_does_not_expect_none_of_its_targets_to_be_completed(demo_db):
    text = narrative(load_summary(demo_db, 2024, 9), load_settings(demo_db))
    assert "0/27" not in text
