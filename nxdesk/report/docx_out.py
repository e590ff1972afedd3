"""The narrative draft as a Word document (python-docx), laid out like an administrative text.

A4 portrait, margins of Nghị định 30/2020/NĐ-CP (top/bottom 2 cm, left 3 cm, right 2 cm), Times New
Roman 14 pt (Word substitutes a serif with Vietnamese glyphs where it is missing), justified paragraphs
with a 1 cm first-line indent; the issuing body and the title on top; sector headings in bold.
Files are written to a temporary name and moved into place, so a failed save never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..domain.periods import Period
from ..store.settings import Settings
from .heading import STATE, heading_for
from .narrative import is_heading, period_title

FONT = "Times New Roman"
TITLE_PREFIX = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"


def write_atomically(path: str | Path, save: Callable[[Path], None]) -> Path:
    """Call ``save(temporary_path)`` in the target's folder, then replace ``path`` with it."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        save(Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_text_file(text: str, path: str | Path) -> Path:
    """The draft as a UTF-8 .txt (with BOM and CRLF, so every Windows editor shows the diacritics)."""

    def save(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="\r\n") as f:
            f.write(text.rstrip("\n") + "\n")

    return write_atomically(path, save)


def _font(run, size: float, bold: bool = False, italic: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _heading(document, settings: Settings, period: Period) -> None:
    """The two-column heading of the chosen document style (see :mod:`nxdesk.report.heading`); the day
    and month of the place-date line are left blank for the clerk to fill in when the report is signed."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    h = heading_for(settings, date(period.year, 1, 1))
    left = ([(h.parent_body, False, False)] if h.parent_body else []) + [(h.issuing_body, True, False)]
    if h.style == STATE:
        right = [(h.right_lines[0], True, False), (h.right_lines[1], True, True)]
    else:
        left.append(("*", False, False))
        right = [(h.right_lines[0], True, True)]
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
        for text, bold, underline in lines:
            p = cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(text)
            _font(run, 13, bold)
            run.font.underline = underline
    place = settings.place.strip() or "……"
    p = table.rows[0].cells[1].add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(f"{place}, ngày      tháng      năm {period.year}"), 13, italic=True)
    document.add_paragraph()


def write_narrative_docx(text: str, settings: Settings | None, period: Period, path: str | Path) -> Path:
    """Write ``text`` (paragraphs separated by blank lines, as :func:`narrative` gives) to ``path``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)

    def centred(line: str, size: float, bold: bool = False, italic: bool = False) -> None:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _font(p.add_run(line), size, bold, italic)

    if settings is not None:
        _heading(document, settings, period)
    centred(f"{TITLE_PREFIX} {period_title(period.months, period.year)}", 14, bold=True)
    centred("(Dự thảo)", 14, italic=True)
    document.add_paragraph()

    for paragraph in (p.strip() for p in text.replace("\r\n", "\n").split("\n\n")):
        if not paragraph:
            continue
        p = document.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_after = Pt(6)
        fmt.line_spacing = 1.15
        fmt.first_line_indent = Cm(1)
        if is_heading(paragraph):
            fmt.keep_with_next = True
            _font(p.add_run(paragraph), 14, bold=True)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for number, line in enumerate(paragraph.split("\n")):
            if number:
                p.add_run().add_break()
            _font(p.add_run(line), 14)
    return write_atomically(path, lambda tmp: document.save(str(tmp)))
