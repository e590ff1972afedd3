"""Documents of the model (:mod:`nxdesk.report.document`) as Word files (python-docx).

The report: A4 portrait with the model's margins (top/bottom 20 mm, left 30 mm, right 15 mm), Times New
Roman (Word substitutes a serif with Vietnamese glyphs where it is missing) at the sizes of the style;
the heading as a borderless table whose columns are as wide as their widest line, so "CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM" and the body names never wrap; "BÁO CÁO" on its own line and the subject below;
parts and sector titles in the "Heading 1"/"Heading 2" styles; justified paragraphs with a 1 cm
first-line indent; the signature block with Nơi nhận; the page number at the top centre from page 2
(a PAGE field, first page different). Files are written to a temporary name and moved into place, so a
failed save never leaves half a file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.periods import Period
from ..files import write_atomically
from ..store.settings import Settings
from .document import PLACEHOLDER_MARK, Document, Line, report_document
from .narrative import report_subject, text_sections

FONT = "Times New Roman"


def new_document(doc: Document):
    """An empty Word document with the model's page (size, orientation, margins), styles and the page
    number at the top centre from page 2."""
    from docx import Document as Docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    document = Docx()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if doc.page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(doc.page.width_mm), Mm(doc.page.height_mm)
    left, top, right, bottom = doc.page.margins
    section.left_margin, section.top_margin = Mm(left), Mm(top)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    section.header_distance = Mm(10)
    _styles(document, doc)
    _page_number_header(section, doc.sizes.page_number)
    return document


def write_text_file(text: str, path: str | Path) -> Path:
    """The draft as a UTF-8 .txt (with BOM and CRLF, so every Windows editor shows the diacritics)."""

    def save(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="\r\n") as f:
            f.write(text.rstrip("\n") + "\n")

    return write_atomically(path, save)


def _font(run, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _measure():
    """(text, size pt, bold) -> width in points with the printing font (Times New Roman or its twin)."""
    from .fonts import ensure_fonts
    from .pdf import ensure_app, font_measure

    ensure_app()
    return font_measure(ensure_fonts())


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    props.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    props.append(margins)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    props.append(layout)


def _set_widths(table, widths_mm: list[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    grid = table._tbl.tblGrid
    for column, width in zip(
        grid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"),
        widths_mm,
        strict=False,
    ):
        column.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(round(width / 25.4 * 1440))
        )


def _line(container, line: Line, align, measure=None) -> None:
    """One model line as a paragraph; a rule becomes an underlined run of spaces under it."""
    from docx.shared import Pt

    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(0)
    fmt.space_before = Pt(line.space_before)
    _font(p.add_run(line.text), line.size, line.bold, line.italic, line.underline or line.rule >= 1.0)
    if line.rule and line.rule < 1.0 and measure is not None:
        rule = container.add_paragraph()
        rule.alignment = align
        rule.paragraph_format.space_after = Pt(0)
        rule.paragraph_format.line_spacing = Pt(line.size * 0.6)
        space = measure("\u00a0", line.size, False) or line.size / 4
        count = max(4, round(measure(line.text, line.size, line.bold) * line.rule / space))
        _font(rule.add_run("\u00a0" * count), line.size, underline=True)


def _cell(table, row: int, column: int):
    cell = table.rows[row].cells[column]
    first = cell.paragraphs[0]._element
    first.getparent().remove(first)
    return cell


NAME_BREAKS = (" THÀNH PHỐ ", " ĐẶC KHU ", " PHƯỜNG ", " HUYỆN ", " TỈNH ", " XÃ ")


def _split_name(line: Line, room_pt: float, measure) -> list[Line]:
    """A body name too wide for its column, as two lines broken between the body and its place
    ("ỦY BAN NHÂN DÂN" / "HUYỆN NHƯ XUÂN"), never mid-phrase; the rule stays under the last line."""
    if measure(line.text, line.size, line.bold) <= room_pt:
        return [line]
    for word in NAME_BREAKS:
        at = line.text.rfind(word)
        if at > 0:
            first, second = line.text[:at], line.text[at + 1 :]
            return [replace(line, text=first, rule=0.0), replace(line, text=second, space_before=0)]
    return [line]


def _heading_table(document, doc: Document, measure) -> None:
    """The heading as a borderless two-column table, each column as wide as its widest line needs, so that
    no heading phrase wraps."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    pad = 3.0  # points either side
    right_need = max(measure(line.text, line.size, line.bold) for line in doc.heading.right) + 2 * pad
    text_width = doc.page.text_width_mm
    right_mm = min(text_width, right_need * 25.4 / 72)
    room = (text_width - right_mm) * 72 / 25.4 - 2 * pad
    left_lines = [part for line in doc.heading.left for part in _split_name(line, room, measure)]
    left_need = max(measure(line.text, line.size, line.bold) for line in left_lines) + 2 * pad
    left_mm = max(left_need * 25.4 / 72, text_width - right_mm - 10)
    left_mm = min(left_mm, text_width - right_mm)
    right_mm = text_width - left_mm
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _set_widths(table, [left_mm, right_mm])
    for column, lines in enumerate((left_lines, doc.heading.right)):
        cell = _cell(table, 0, column)
        for line in lines:
            _line(cell, line, WD_ALIGN_PARAGRAPH.CENTER, measure)


def _signature_table(document, doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    columns = doc.signature
    width = doc.page.text_width_mm
    shares = [0.42] + [0.58 / (len(columns) - 1)] * (len(columns) - 1) if len(columns) > 1 else [1.0]
    table = document.add_table(rows=1, cols=len(columns))
    _no_borders(table)
    _set_widths(table, [width * share for share in shares])
    for index, column in enumerate(columns):
        cell = _cell(table, 0, index)
        align = WD_ALIGN_PARAGRAPH.LEFT if column.align_left else WD_ALIGN_PARAGRAPH.CENTER
        for line in column.lines:
            _line(cell, line, align)
        if column.name is not None:
            for _ in range(column.space_lines):
                spacer = cell.add_paragraph()
                spacer.paragraph_format.space_after = Pt(0)
            _line(cell, column.name, align)


def _page_number_header(section, size: float) -> None:
    """The page number at the top centre from page 2: a PAGE field in the header, the first page's
    header left empty."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    _font(run, size)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
        elif text == " PAGE ":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            run._r.append(element)
        else:
            element = OxmlElement("w:t")
            element.text = text
            run._r.append(element)
    section.first_page_header.is_linked_to_previous = False


def _styles(document, doc: Document) -> None:
    """Normal and the two heading styles in the document's font and sizes (black, bold, no theme)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(doc.sizes.body)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    for name in ("Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(doc.sizes.body)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(6), Pt(6)
        fmt.keep_with_next = True


def write_document_docx(doc: Document, path: str | Path) -> Path:
    """Render a portrait document of the model (heading, type and subject, sections of paragraphs,
    signature block and Nơi nhận) as a Word file."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    measure = _measure()
    document = new_document(doc)

    _heading_table(document, doc, measure)
    _line(document, doc.doc_type, WD_ALIGN_PARAGRAPH.CENTER)
    for line in doc.subject:
        _line(document, line, WD_ALIGN_PARAGRAPH.CENTER)
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)

    for part in doc.sections:
        if part.title:
            heading = document.add_paragraph(part.title, style=f"Heading {1 if part.level == 1 else 2}")
            heading.paragraph_format.first_line_indent = Cm(1)
            for run in heading.runs:
                _font(run, doc.sizes.body, bold=True)
        for text in part.paragraphs:
            p = document.add_paragraph()
            fmt = p.paragraph_format
            fmt.space_after = Pt(6)
            fmt.line_spacing = 1.15
            fmt.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            italic = part.placeholder and text.startswith(PLACEHOLDER_MARK)
            for number, line in enumerate(text.split("\n")):
                if number:
                    p.add_run().add_break()
                _font(p.add_run(line), doc.sizes.body, italic=italic)
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    _signature_table(document, doc)
    return write_atomically(path, lambda tmp: document.save(str(tmp)))


def write_narrative_docx(text: str, settings: Settings | None, period: Period, path: str | Path) -> Path:
    """Write the draft ``text`` (paragraphs separated by blank lines, as :func:`narrative` gives, possibly
    edited) to ``path`` as the whole report: heading, "BÁO CÁO" and its subject, parts and sector titles
    as Word headings, the signature block and Nơi nhận. The day and month are left for the signing."""
    doc = report_document(
        settings or Settings(), text_sections(text), report_subject(period), None, period.year
    )
    return write_document_docx(doc, path)
