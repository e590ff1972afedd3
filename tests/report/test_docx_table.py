"""The summary table as a Word file, read back with python-docx."""

from datetime import date

import pytest

from nxdesk.report.docx_table import write_summary_docx
from nxdesk.report.table import build_table
from nxdesk.store.settings import load_settings
from nxdesk.store.summary import load_summary


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def test_summary_table_docx(demo_db, tmp_path):
    from docx import Document

    settings = load_settings(demo_db)
    settings.level = "huyen"
    settings.recipients = "Thường trực Tỉnh ủy (b/c)"
    table = build_table(load_summary(demo_db, 2024, 9), settings)
    path = write_summary_docx(table, settings, date(2024, 10, 8), tmp_path / "bieu.docx")
    document = Document(str(path))
    section = document.sections[0]
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    assert [round(x.mm) for x in (section.left_margin, section.top_margin, section.right_margin)] == [
        20,
        25,
        20,
    ]
    assert section.different_first_page_header_footer and "PAGE" in section.header._element.xml
    heading, grid, signature = document.tables
    assert [p.text for p in heading.rows[0].cells[1].paragraphs] == [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Như Xuân, ngày 08 tháng 10 năm 2024",
    ]
    assert "<w:tblHeader" in grid.rows[0]._tr.xml and "<w:tblHeader" in grid.rows[1]._tr.xml
    assert "<w:tblHeader" not in grid.rows[2]._tr.xml
    texts = [[c.text for c in row.cells] for row in grid.rows]
    budget = next(r for r in texts if r[1] == "Thu ngân sách")
    assert "1.401,351\u00a0(ước)" in budget and "188" in budget and "745,4" in budget
    assert any(r[1] == "KINH TẾ" and r[0] == "I" for r in texts)
    assert (
        "Nơi nhận:" in signature.rows[0].cells[0].text
        and "T/M BAN THƯỜNG VỤ" in signature.rows[0].cells[1].text
    )
    body = "\n".join(p.text for p in document.paragraphs)
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên" in body
