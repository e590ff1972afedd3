"""One document model for every paper nxdesk prints; the HTML/PDF, DOCX and XLSX writers render it.

A :class:`Document` is the heading (two columns of styled lines: the issuing body with its số/ký hiệu
on the left; the Party title or the Quốc hiệu and Tiêu ngữ with the place and date on the right), the
document type and subject, sections (a summary table or paragraphs), the signature block (Nơi nhận on
the left, the preparer only when the office wants it, the signing authority on the right) and the page
geometry. No Qt here.

Sizes and layout follow Hướng dẫn 36-HD/VPTW (2018, Party style) and Nghị định 30/2020/NĐ-CP Phụ lục I
(State style); see README "Printing" for the values chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.levels import Level, words
from ..store.settings import Settings
from .figures import roman
from .table import PrintedTable

__all__ = ["roman"]

PARTY, STATE = "party", "state"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLANK = "……………………"
NUMBER_GAP = "\u00a0" * 6  # the number is left blank for the office's register
RECIPIENTS_HEAD = "Nơi nhận:"
ARCHIVE = "Lưu VP."
PLACEHOLDER_MARK = "[…]"


@dataclass(frozen=True)
class Line:
    """One printed line: its text and look; ``rule`` draws a solid line under it, as long as the text
    times ``rule`` (1.0 for the Tiêu ngữ, about a third for the issuing body)."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    rule: float = 0.0
    space_before: float = 0.0  # points


@dataclass(frozen=True)
class Sizes:
    """Font sizes (pt) of each element for one style."""

    upper_title: float  # ĐẢNG CỘNG SẢN VIỆT NAM / Quốc hiệu
    motto: float
    parent: float
    issuing: float
    number: float
    place_date: float
    doc_type: float
    subject: float
    body: float
    authority: float
    signer: float
    recipients_head: float
    recipients: float
    page_number: float
    table: float = 11.0


PARTY_SIZES = Sizes(15, 15, 14, 14, 14, 14, 16, 14, 14, 14, 14, 14, 12, 14)
STATE_SIZES = Sizes(12, 13, 12, 12, 13, 14, 14, 14, 14, 14, 14, 12, 11, 14)


@dataclass(frozen=True)
class Page:
    """A4 in one orientation, margins in millimetres (left, top, right, bottom)."""

    landscape: bool
    margins: tuple[float, float, float, float]

    @property
    def width_mm(self) -> float:
        return 297.0 if self.landscape else 210.0

    @property
    def height_mm(self) -> float:
        return 210.0 if self.landscape else 297.0

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margins[0] - self.margins[2]


PORTRAIT = Page(False, (30.0, 20.0, 15.0, 20.0))
LANDSCAPE = Page(True, (20.0, 25.0, 20.0, 20.0))
PAGE_NUMBER_FROM_TOP_MM = 10.0


@dataclass(frozen=True)
class Heading:
    """The heading's two columns; the left ends with the số/ký hiệu, the right with the place and date."""

    left: tuple[Line, ...]
    right: tuple[Line, ...]
    left_share: float  # the left column's share of the text width


@dataclass(frozen=True)
class Section:
    """A part of the body: an optional title ("I. KẾT QUẢ …"), paragraphs, and/or the summary table.

    ``placeholder`` marks paragraphs the office writes itself (printed in italics, marked)."""

    title: str = ""
    level: int = 1
    paragraphs: tuple[str, ...] = ()
    table: PrintedTable | None = None
    placeholder: bool = False
    counts_line: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SignatureColumn:
    """One column of the signature block; ``lines`` then ``space`` (room to sign) then ``name``."""

    lines: tuple[Line, ...]
    name: Line | None = None
    align_left: bool = False
    space_lines: int = 4


@dataclass(frozen=True)
class Document:
    """A whole paper: heading, type and subject, sections, signature block, page geometry."""

    style: str
    page: Page
    sizes: Sizes
    heading: Heading
    doc_type: Line
    subject: tuple[Line, ...]
    sections: list[Section] = field(default_factory=list)
    signature: tuple[SignatureColumn, ...] = ()
    title: str = ""

    @property
    def font_pt(self) -> float:
        return self.sizes.body


def _upper(text: str) -> str:
    return " ".join(text.split()).upper()


def _clean(text: str) -> str:
    return " ".join(text.split())


def place_date(place: str, when: date | None, year: int | None = None) -> str:
    """ "Như Xuân, ngày 08 tháng 10 năm 2024" (days below 10 and months 1, 2 with a leading zero); without a
    date, the day and month are left blank for the day of signing."""
    where = place.strip() or BLANK
    if when is None:
        gap = "\u00a0" * 5
        return f"{where}, ngày{gap}tháng{gap}năm {year or ''}".rstrip()
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)
    return f"{where}, ngày {when.day:02d} tháng {month} năm {when.year}"


def style_names(settings: Settings) -> tuple[str, str]:
    """(superior body, issuing body) of the document style: the Party names or the State names."""
    if settings.document_style == STATE:
        return settings.state_parent_body, settings.state_issuing_body
    return settings.parent_body, settings.issuing_body


def missing_names(settings: Settings) -> list[str]:
    """The settings a style needs to print its heading that are empty (the summary dialog warns)."""
    parent, issuing = style_names(settings)
    state = settings.document_style == STATE
    missing = []
    if not issuing.strip():
        missing.append("state_issuing_body" if state else "issuing_body")
    if not parent.strip():
        missing.append("state_parent_body" if state else "parent_body")
    return missing


def number_line(settings: Settings) -> str:
    """ "Số      -BC/ĐU" (Party, suffix by level) or "Số:      /BC-UBND" (State), number left blank."""
    if settings.document_style == STATE:
        return f"Số:{NUMBER_GAP}/BC-UBND"
    return f"Số{NUMBER_GAP}-BC/{_level_words(settings).party_suffix}"


def _level_words(settings: Settings):
    try:
        return words(settings.level)
    except ValueError:
        return words(Level.XA)


def build_heading(settings: Settings, when: date | None, year: int | None = None) -> Heading:
    """The heading of ``settings``' style with that style's names."""
    state = settings.document_style == STATE
    s = STATE_SIZES if state else PARTY_SIZES
    parent, issuing = (_upper(n) for n in style_names(settings))
    left: list[Line] = []
    if parent:
        left.append(Line(parent, s.parent))
    issuing = issuing or BLANK
    number = Line(number_line(settings), s.number, space_before=6 if state else 0)
    if state:
        left += [Line(issuing, s.issuing, bold=True, rule=0.35), number]
        right = [
            Line(NATION, s.upper_title, bold=True),
            Line(MOTTO, s.motto, bold=True, rule=1.0),
        ]
    else:
        left += [Line(issuing, s.issuing, bold=True), Line("*", s.issuing), number]
        right = [Line(PARTY_NAME, s.upper_title, bold=True, underline=True)]
    right.append(Line(place_date(settings.place, when, year), s.place_date, italic=True, space_before=8))
    return Heading(tuple(left), tuple(right), 0.42)


def recipients(settings: Settings) -> list[str]:
    """The "Nơi nhận" list kept in the settings, one per line, "Lưu VP." added when absent."""
    items = [_clean(line).lstrip("-+• ").strip() for line in settings.recipients.splitlines()]
    items = [i for i in items if i]
    if not any(i.lower().startswith("lưu") for i in items):
        items.append(ARCHIVE)
    return items


def build_signature(settings: Settings, *, preparer: bool = True) -> tuple[SignatureColumn, ...]:
    """Nơi nhận on the left; the preparer's block when ``show_preparer``; the signing authority right."""
    state = settings.document_style == STATE
    s = STATE_SIZES if state else PARTY_SIZES
    if state:
        head = Line(RECIPIENTS_HEAD, s.recipients_head, bold=True, italic=True)
        authority = (
            Line("TM. ỦY BAN NHÂN DÂN", s.authority, bold=True),
            Line(_upper(settings.state_signer_title) or "CHỦ TỊCH", s.authority, bold=True),
        )
    else:
        head = Line(RECIPIENTS_HEAD, s.recipients_head, underline=True)
        authority = (
            Line("T/M BAN THƯỜNG VỤ", s.authority, bold=True),
            Line(_upper(settings.signer_title) or "BÍ THƯ", s.authority),
        )
    items = recipients(settings)
    listed = tuple(
        Line(f"- {item}{'' if item.endswith('.') else (',' if n < len(items) - 1 else '.')}", s.recipients)
        for n, item in enumerate(items)
    )
    columns = [SignatureColumn((head, *listed), None, align_left=True, space_lines=0)]
    if preparer and settings.show_preparer:
        name = _clean(settings.preparer_name)
        columns.append(
            SignatureColumn(
                (Line("NGƯỜI LẬP BIỂU", s.authority, bold=True),), Line(name, s.signer, bold=True)
            )
        )
    signer = settings.state_signer_name if state else settings.signer_name
    columns.append(SignatureColumn(authority, Line(_clean(signer), s.signer, bold=True)))
    return tuple(columns)


def summary_document(table: PrintedTable, settings: Settings, when: date | None) -> Document:
    """The summary table as a paper: A4 landscape, heading, title, table, counts line, signatures."""
    state = settings.document_style == STATE
    s = STATE_SIZES if state else PARTY_SIZES
    section = Section(table=table, counts_line=table.counts_line, notes=tuple(table.notes))
    return Document(
        style=settings.document_style,
        page=LANDSCAPE,
        sizes=s,
        heading=build_heading(settings, when, table.year),
        doc_type=Line(table.title, 14, bold=True),
        subject=(),
        sections=[section],
        signature=build_signature(settings),
        title=table.title,
    )


def report_document(
    settings: Settings, sections: list[Section], subject: str, when: date | None, year: int
) -> Document:
    """The report (báo cáo): A4 portrait, "BÁO CÁO" on its own line and the subject below it."""
    state = settings.document_style == STATE
    s = STATE_SIZES if state else PARTY_SIZES
    return Document(
        style=settings.document_style,
        page=PORTRAIT,
        sizes=s,
        heading=build_heading(settings, when, year),
        doc_type=Line("BÁO CÁO", s.doc_type, bold=True, space_before=12),
        subject=(Line(subject, s.subject, bold=True),),
        sections=sections,
        signature=build_signature(settings, preparer=False),
        title=f"BÁO CÁO {subject}",
    )
