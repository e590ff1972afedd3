"""The printed summary as PDF, read back with pypdf: heading, title, every target,
figures, page numbers, the header repeated on every page of a long table, and the fonts embedded."""

import subprocess
from datetime import date

import pytest

from nxdesk.domain.periods import Period
from nxdesk.domain.summary import SummaryInput, build_summary
from nxdesk.domain.targets import Direction, Kind, Status
from nxdesk.report.document import place_date
from nxdesk.report.pdf import export_pdf, render_pdf
from nxdesk.report.table import build_table
from nxdesk.store.settings import Settings, load_settings, save_settings
from nxdesk.store.summary import load_summary

from ..pdf_reading import fonts, page_count, pdf_text

DOC_DATE = date(2024, 10, 8)


@pytest.fixture(autouse=True)
def _qt(qapp):
    """pytest-qt's QApplication, so that printing here does not create a widget-less QGuiApplication
    that later widget tests in the same session could not use."""
    return qapp


def _text(path, page=None):
    return pdf_text(path, page)


def _flat(text):
    return " ".join(text.split())


def _pages(path):
    return page_count(path)


@pytest.fixture
def demo_pdf(demo_db, tmp_path):
    settings = load_settings(demo_db)
    settings.level = "huyen"
    settings.recipients = "Thường trực Tỉnh ủy (b/c)\nCác đồng chí Ủy viên BTV"
    save_settings(demo_db, settings)
    path = tmp_path / "bieu-9-thang.pdf"
    pages = export_pdf(demo_db, 2024, 9, path, DOC_DATE)
    assert pages == _pages(path)
    return path


def test_demo_pdf_has_party_heading_title_and_every_target(demo_db, demo_pdf):
    text = _flat(_text(demo_pdf))
    for line in (
        "ĐẢNG BỘ TỈNH THANH HÓA",
        "HUYỆN ỦY NHƯ XUÂN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Như Xuân, ngày 08 tháng 10 năm 2024",
        "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024",
        "I KINH TẾ",
        "V XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ",
        "Trong đó:",
        "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên; 5 vượt; 2 chưa đạt tiến độ",
        "Số -BC/HU",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Lương Thị Hoa",
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy (b/c),",
        "- Các đồng chí Ủy viên BTV,",
        "- Lưu VP.",
    ):
        assert line in text, line
    names = [r["name"] for r in demo_db.query("SELECT name FROM targets")]
    assert len(names) == 30
    for name in names:
        assert name in text, name
    for figure in ("1.401,351", "188", "182", "193", "113,2", "195,064", "48,7", "12.100,1", "165", "103,1"):
        assert f" {figure} " in f" {text} ", figure
    assert "1.401,351 (ước)" in text
    assert "Chưa đạt tiến độ" in text and "Vượt" in text
    assert "NGƯỜI LẬP BIỂU" not in text  # the preparer's block only when the office wants it
    for header in ("KH tỉnh giao", "KH huyện giao", "TH/KH tỉnh giao", "Ghi chú"):
        assert header in text, header
    assert "Tỷ lệ giải ngân thấp, mới đạt 32% KH" in text  # the notes column


def _words(path):
    """Every word of the PDF with its page and box in points (pdftotext -bbox)."""
    import re

    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in re.split(r"<page ", html)[1:]:
        width, height = (float(v) for v in re.search(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        words = [
            (float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ]
        pages.append((width, height, words))
    return pages


MM = 72 / 25.4


def test_landscape_margins_and_page_numbers_at_the_top_from_page_two(demo_pdf):
    pages = _words(demo_pdf)
    assert len(pages) >= 2
    for number, (width, height, words) in enumerate(pages, start=1):
        assert width > height  # landscape
        top_band = [w for w in words if w[3] < 20 * MM]
        body = [w for w in words if w not in top_band]
        assert min(w[0] for w in body) >= 20 * MM - 1
        assert max(w[2] for w in body) <= width - 20 * MM + 1
        assert min(w[1] for w in body) >= 20 * MM - 1
        assert max(w[3] for w in body) <= height - 20 * MM + 1
        if number == 1:
            assert top_band == []  # no page number on page 1
        else:
            assert [w[4] for w in top_band] == [str(number)]
            x_centre = (top_band[0][0] + top_band[0][2]) / 2
            assert abs(x_centre - width / 2) < 10 * MM  # top centre
    assert "Trang" not in _text(demo_pdf)


def _line_of(words, phrase):
    """The words of ``phrase`` in the page's words, found in order; their vertical centres."""
    parts = phrase.split()
    texts = [w[4] for w in words]
    for start in range(len(texts) - len(parts) + 1):
        if texts[start : start + len(parts)] == parts:
            return words[start : start + len(parts)]
    raise AssertionError(f"{phrase!r} not found")


@pytest.mark.parametrize("style", ["party", "state"])
def test_heading_phrases_print_on_one_line(demo_db, tmp_path, style):
    settings = load_settings(demo_db)
    settings.level = "xa"
    settings.document_style = style
    settings.issuing_body = "Đảng ủy xã Như Xuân"
    settings.state_parent_body = "UBND tỉnh Thanh Hóa"
    settings.state_issuing_body = "Ủy ban nhân dân xã Như Xuân"
    save_settings(demo_db, settings)
    path = tmp_path / f"{style}.pdf"
    export_pdf(demo_db, 2024, 9, path, DOC_DATE)
    words = _words(path)[0][2]
    phrases = (
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN XÃ NHƯ XUÂN"]
        if style == "state"
        else ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ NHƯ XUÂN", "ĐẢNG BỘ TỈNH THANH HÓA"]
    )
    for phrase in [*phrases, "Như Xuân, ngày 08 tháng 10 năm 2024"]:
        line = _line_of(words, phrase)
        assert max(w[1] for w in line) - min(w[1] for w in line) < 2, phrase
    text = _flat(_text(path))
    assert ("Số: /BC-UBND" if style == "state" else "Số -BC/ĐU") in text


def test_demo_pdf_numbers_its_pages_and_repeats_the_header(demo_pdf):
    pages = _pages(demo_pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _flat(_text(demo_pdf, page))
        if page < pages:  # the last page may hold only the counts line and the signatures
            assert "STT" in text and "Chỉ tiêu" in text and "Đánh giá" in text


def test_pdf_embeds_a_font_with_vietnamese_glyphs(demo_pdf):
    used = fonts(demo_pdf)
    assert used and all(used.values()), used  # every font embedded
    assert any("Tinos" in name or "Times" in name for name in used), used
    text = _text(demo_pdf)
    assert "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi" in _flat(text)
    assert "\ufffd" not in text


def test_state_style_heading(demo_db, tmp_path):
    settings = load_settings(demo_db)
    settings.document_style = "state"
    settings.state_parent_body = "UBND tỉnh Thanh Hóa"
    settings.state_issuing_body = "UBND huyện Như Xuân"
    settings.state_signer_title, settings.state_signer_name = "Phó Chủ tịch", "Lê Văn Thuận"
    settings.signer_name = "Lương Thị Hoa"  # the Party secretary never signs a State paper
    settings.preparer_name = "Nguyễn Thị Lan"
    settings.show_preparer = True
    save_settings(demo_db, settings)
    path = tmp_path / "state.pdf"
    export_pdf(demo_db, 2024, 9, path, date(2025, 1, 5))
    text = _flat(_text(path))
    for line in (
        "UBND TỈNH THANH HÓA",
        "UBND HUYỆN NHƯ XUÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Như Xuân, ngày 05 tháng 01 năm 2025",
        "TM. ỦY BAN NHÂN DÂN",
        "PHÓ CHỦ TỊCH",
        "Lê Văn Thuận",
        "Nguyễn Thị Lan",
        "NGƯỜI LẬP BIỂU",
    ):
        assert line in text, line
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text
    assert "HUYỆN ỦY" not in text and "ĐẢNG BỘ" not in text  # the Party names stay with the Party style
    assert "Lương Thị Hoa" not in text and "BÍ THƯ" not in text  # and so does the Party's signer


def _long_summary(n=120):
    sectors = ["Kinh tế", "Văn hóa - Xã hội", "Môi trường", "Quốc phòng - An ninh"]
    inputs = [
        SummaryInput(
            code=f"T{i:03d}",
            name=f"Chỉ tiêu thử nghiệm số {i:03d} về phát triển kinh tế - xã hội",
            unit="ha",
            sector=sectors[(i - 1) * len(sectors) // n],
            kind=Kind.FLOW,
            direction=Direction.UP,
            plan_own="1.000",
            value=700.0 + i,
            status=Status.ESTIMATE if i % 3 else Status.OFFICIAL,
        )
        for i in range(1, n + 1)
    ]
    return build_summary(inputs, Period(2024, 9))


def test_long_table_repeats_its_header_on_every_page_and_never_splits_a_row(tmp_path):
    path = tmp_path / "long.pdf"
    settings = Settings(
        parent_body="Đảng bộ tỉnh Thanh Hóa", issuing_body="Huyện ủy Như Xuân", place="Như Xuân"
    )
    pages = render_pdf(build_table(_long_summary()), settings, DOC_DATE, path)
    assert pages >= 4
    seen = []
    for page in range(1, pages + 1):
        text = _flat(_text(path, page))
        if page > 1 and page < pages:
            assert "STT Chỉ tiêu ĐVT" in text, f"page {page} has no header"
            assert "Kế hoạch năm 2024" in text and "Đánh giá" in text
        seen += [f"T{i:03d}" for i in range(1, 121) if f"số {i:03d} về phát triển kinh tế - xã hội" in text]
    assert seen == [f"T{i:03d}" for i in range(1, 121)]  # each row once, whole, in order


def test_export_writes_nothing_when_the_file_cannot_be_written(demo_db, tmp_path):
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(OSError):
        export_pdf(demo_db, 2024, 9, target, DOC_DATE)
    assert not target.exists()


def test_place_date_leading_zeros():
    assert place_date("Như Xuân", date(2024, 10, 8)) == "Như Xuân, ngày 08 tháng 10 năm 2024"
    assert place_date("Như Xuân", date(2024, 2, 15)) == "Như Xuân, ngày 15 tháng 02 năm 2024"
    assert place_date("Như Xuân", date(2024, 3, 1)) == "Như Xuân, ngày 01 tháng 3 năm 2024"
    assert place_date("", date(2024, 12, 31)).endswith(", ngày 31 tháng 12 năm 2024")


def test_summary_for_one_sector_only(demo_db, tmp_path):
    sector_id = demo_db.execute("SELECT id FROM sectors WHERE name = 'Môi trường'").fetchone()[0]
    table = build_table(load_summary(demo_db, 2024, 9, sector_id))
    path = tmp_path / "mt.pdf"
    render_pdf(table, load_settings(demo_db), DOC_DATE, path)
    text = _flat(_text(path))
    assert "MÔI TRƯỜNG" in text and "Độ che phủ rừng" in text
    assert "Thu ngân sách" not in text


def test_no_figure_or_plan_is_broken_across_lines(demo_pdf):
    words = [w for _, _, page in _words(demo_pdf) for w in page]
    for phrase in ("khoảng 85", "≥ 90", "44–45", "1.401,351 (ước)", "≥ 5,6"):
        line = _line_of(words, phrase)
        assert max(w[1] for w in line) - min(w[1] for w in line) < 2, phrase
    assert _line_of(words, "70,5–71,5")


def test_the_pdf_is_read_back_without_any_external_tool(demo_pdf, monkeypatch):
    monkeypatch.setenv("PATH", "")
    assert "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024" in _flat(_text(demo_pdf))
