"""The printed summary table's structure, built once from a domain Summary.

The PDF/print (``report/html.py``), the on-screen table and the XLSX export all render this one
structure, so every output shows the same rows, columns and wording:

- columns of PRODUCT.md: STT | Chỉ tiêu | ĐVT | KH năm (by level: KH tỉnh giao, KH xã giao) |
  TH cùng kỳ | TH kỳ báo cáo | So sánh %: TH/KH upper, TH/KH own, TH/cùng kỳ | [TH/mục tiêu nhiệm kỳ] |
  Dự kiến cả năm | Đánh giá | [Ghi chú]; optional columns where no row has data are left out;
- sector group rows with Roman numerals ("I", "KINH TẾ", past XII too), targets numbered 1…N across
  sectors, a "Trong đó:" row before the first "trong đó" sub-row of a parent, sub-rows named "- Lúa";
- figures through :mod:`nxdesk.report.figures`: plans in normal form, values at the target's
  precision, percentages rounded the way the report rounds them; estimates carry ``Cell.estimate``;
- each column's width in characters, from its content (figures never wrap);
- the assessment label per row and the counts line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from ..domain.levels import PlanRole, is_budget_target, words
from ..domain.summary import Summary, SummaryRow, counts_line
from ..domain.targets import Assessment
from ..store.settings import Settings
from .figures import pct_places, plan_text, report_pct, roman, value_text

TITLE_PREFIX = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
ESTIMATE_MARK = "(ước)"
OF_WHICH = "Trong đó:"

# Column keys, in print order.
STT, NAME, UNIT = "stt", "name", "unit"
PLAN_UPPER, PLAN_OWN = "plan_upper", "plan_own"
LAST_YEAR, VALUE = "last_year_value", "value"
PCT_UPPER, PCT_OWN, PCT_LAST_YEAR = "pct_plan_upper", "pct_plan_own", "pct_last_year"
PROJECTED, ASSESSMENT = "projected_year_end", "assessment"
PLAN_TERM, PCT_TERM, NOTE = "plan_term", "pct_plan_term", "note"

PLAN_GROUP, PCT_GROUP = "plan", "pct"


@dataclass(frozen=True)
class Column:
    """One printed column: ``header`` is its own caption; ``group`` names the spanning header above it."""

    key: str
    header: str
    group: str | None = None
    numeric: bool = False
    width: float = 8.0  # in characters of the body font, from the content (see ``_fit_widths``)
    wraps: bool = False  # only the name, assessment and note columns wrap; figures never do


@dataclass(frozen=True)
class HeaderCell:
    """A cell of the (two-row) table header, with its spans."""

    text: str
    colspan: int = 1
    rowspan: int = 1
    key: str | None = None  # the column key when the cell sits over one column


@dataclass(frozen=True)
class Cell:
    """A printed cell: ``text`` as shown, ``number`` the unrounded value (for spreadsheets), estimate flag."""

    text: str = ""
    number: float | None = None
    estimate: bool = False
    places: int | None = None  # decimals shown in ``text`` when it shows ``number`` (for spreadsheets)

    @property
    def display(self) -> str:
        """The text with the estimate mark: "1.401,351 (ước)"."""
        return f"{self.text} {ESTIMATE_MARK}" if self.estimate and self.text else self.text


class RowKind(StrEnum):
    """What a table row is: a sector group, a target, the "Trong đó:" line, or a "trong đó" sub-target."""

    SECTOR = "sector"
    TARGET = "target"
    OF_WHICH = "of_which"
    SUB_TARGET = "sub_target"


@dataclass(frozen=True)
class TableRow:
    """One printed row; ``cells`` maps every column key of the table to a :class:`Cell`."""

    kind: RowKind
    cells: dict[str, Cell]
    code: str | None = None
    target_id: int | None = None
    assessment: Assessment | None = None

    def text(self, key: str) -> str:
        cell = self.cells.get(key)
        return cell.display if cell else ""

    @property
    def is_group(self) -> bool:
        return self.kind is RowKind.SECTOR


@dataclass(frozen=True)
class PrintedTable:
    """The whole printed table: title, columns, two header rows, body rows and the counts line."""

    title: str
    columns: list[Column]
    header_rows: list[list[HeaderCell]]
    rows: list[TableRow]
    counts_line: str
    year: int
    months: int
    has_estimates: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]


def document_title(summary: Summary) -> str:
    """ "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024"."""
    return f"{TITLE_PREFIX} {summary.period.title}"


def _all_columns(summary: Summary, settings: Settings) -> list[Column]:
    p = summary.period
    w = words(settings.level)
    upper, own = w.plan_label(PlanRole.UPPER), w.plan_label(PlanRole.OWN)
    term = settings.term.strip()
    return [
        Column(STT, "STT"),
        Column(NAME, "Chỉ tiêu", wraps=True),
        Column(UNIT, "ĐVT"),
        Column(PLAN_UPPER, upper, PLAN_GROUP, True),
        Column(PLAN_OWN, own, PLAN_GROUP, True),
        Column(PLAN_TERM, f"Mục tiêu nhiệm kỳ {term}".strip(), None, True),
        Column(LAST_YEAR, f"TH cùng kỳ năm {p.year - 1}", None, True),
        Column(VALUE, f"TH {p.phrase}" + ("" if p.months == 12 else f" năm {p.year}"), None, True),
        Column(PCT_UPPER, f"TH/{upper}", PCT_GROUP, True),
        Column(PCT_OWN, f"TH/{own}", PCT_GROUP, True),
        Column(PCT_LAST_YEAR, "TH/cùng kỳ", PCT_GROUP, True),
        Column(PCT_TERM, "TH/mục tiêu nhiệm kỳ", PCT_GROUP, True),
        Column(PROJECTED, "Dự kiến cả năm", None, True),
        Column(ASSESSMENT, "Đánh giá", wraps=True),
        Column(NOTE, "Ghi chú", wraps=True),
    ]


OPTIONAL = (
    PLAN_UPPER,
    PLAN_OWN,
    PLAN_TERM,
    LAST_YEAR,
    PCT_UPPER,
    PCT_OWN,
    PCT_LAST_YEAR,
    PCT_TERM,
    PROJECTED,
    NOTE,
)


def _target_cells(row: SummaryRow, stt: str, sub: bool) -> dict[str, Cell]:
    i = row.input
    has_value = i.value is not None
    decimals = row.decimals
    typed = i.decimals if i.decimals is not None else (0 if decimals == 0 else 3)

    def num(value: float | None, places: int = typed) -> Cell:
        text = value_text(value, places)
        return Cell(text, value, places=_places(text))

    def pct(value: float | None) -> Cell:
        if value is None:
            return Cell()
        return Cell(report_pct(value), value, places=pct_places(value))

    def plan(expr, typed: str | None) -> Cell:
        if expr is None:
            return Cell(typed or "")
        text = plan_text(expr, decimals, i.unit)
        number = expr.reference_value(i.direction)
        simple = expr.op == "exact"
        return Cell(text, number, places=_places(text) if simple else None)

    value = num(i.value)
    return {
        STT: Cell(stt),
        NAME: Cell(f"- {i.name}" if sub else i.name),
        UNIT: Cell(i.unit),
        PLAN_UPPER: plan(row.plan_upper, i.plan_upper),
        PLAN_OWN: plan(row.plan_own, i.plan_own),
        PLAN_TERM: plan(row.plan_term, i.plan_term),
        LAST_YEAR: num(i.last_year_value),
        VALUE: Cell(value.text, i.value, estimate=row.is_estimate and has_value, places=value.places),
        PCT_UPPER: pct(row.pct_plan_upper),
        PCT_OWN: pct(row.pct_plan_own),
        PCT_LAST_YEAR: pct(row.pct_last_year),
        PCT_TERM: pct(row.pct_plan_term),
        PROJECTED: num(row.projected_year_end, decimals),
        ASSESSMENT: Cell(row.assessment.label),
        NOTE: Cell(" ".join((i.note or "").split())),
    }


def _places(text: str) -> int | None:
    if not text:
        return None
    return len(text.partition(",")[2])


def is_budget_row(row: TableRow) -> bool:
    """A budget line ("Thu ngân sách"): its plans are a "dự toán"."""
    return is_budget_target(row.text(NAME))


def _body(summary: Summary) -> list[TableRow]:
    rows: list[TableRow] = []
    sector: str | None = None
    sector_no = target_no = 0
    last_parent_with_of_which: str | None = None
    for r in summary.rows:
        i = r.input
        if i.sector != sector:
            sector, sector_no = i.sector, sector_no + 1
            rows.append(TableRow(RowKind.SECTOR, {STT: Cell(roman(sector_no)), NAME: Cell(i.sector.upper())}))
            last_parent_with_of_which = None
        if i.parent is None:
            target_no += 1
            rows.append(
                TableRow(
                    RowKind.TARGET, _target_cells(r, str(target_no), False), i.code, i.target_id, r.assessment
                )
            )
            continue
        if last_parent_with_of_which != i.parent:
            rows.append(TableRow(RowKind.OF_WHICH, {NAME: Cell(OF_WHICH)}))
            last_parent_with_of_which = i.parent
        cells = _target_cells(r, "", True)
        rows.append(TableRow(RowKind.SUB_TARGET, cells, i.code, i.target_id, r.assessment))
    return rows


def _header(columns: list[Column], summary: Summary) -> list[list[HeaderCell]]:
    captions = {PLAN_GROUP: f"Kế hoạch năm {summary.period.year}", PCT_GROUP: "So sánh (%)"}
    top: list[HeaderCell] = []
    bottom: list[HeaderCell] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if column.group is None:
            top.append(HeaderCell(column.header, rowspan=2, key=column.key))
            index += 1
            continue
        members = [c for c in columns[index:] if c.group == column.group]
        top.append(HeaderCell(captions[column.group], colspan=len(members)))
        bottom.extend(HeaderCell(c.header, key=c.key) for c in members)
        index += len(members)
    return [top, bottom] if bottom else [[HeaderCell(c.text, c.colspan, 1, c.key) for c in top]]


NAME_MIN, NAME_MAX = 40, 64  # characters: the name column wraps inside these bounds
WRAPPING_MAX = {ASSESSMENT: 12, NOTE: 22}
PADDING = 1.5


def _fit_widths(
    columns: list[Column], rows: list[TableRow], header_rows: list[list[HeaderCell]]
) -> list[Column]:
    """Each column as wide as its widest figure (plus the estimate mark) or its header's longest word."""
    headers: dict[str, str] = {}
    for header_row in header_rows:
        for h in header_row:
            if h.key:
                headers[h.key] = h.text
    fitted = []
    for column in columns:
        cells = [r.cells[column.key] for r in rows if r.kind in (RowKind.TARGET, RowKind.SUB_TARGET)]
        words_ = headers.get(column.key, column.header).split()
        longest_word = max((len(w) for w in words_), default=1) * 1.25  # bold
        if column.key == NAME:
            content = max((len(c.display) for c in cells), default=NAME_MIN)
            width = min(max(content * 0.6, NAME_MIN), NAME_MAX)
        elif column.wraps:
            content = max((len(c.display) for c in cells), default=0)
            width = min(max(content, longest_word), WRAPPING_MAX[column.key])
        else:
            content = max((len(c.display) for c in cells), default=0)
            width = max(content, longest_word, 3)
        fitted.append(replace(column, width=width + PADDING))
    return fitted


def build_table(summary: Summary, settings: Settings | None = None) -> PrintedTable:
    """The printed table of ``summary``; optional columns without any data are left out; the plan
    columns are named by the office's level (``settings.level``)."""
    settings = settings or Settings()
    body = _body(summary)
    targets = [r for r in body if r.kind in (RowKind.TARGET, RowKind.SUB_TARGET)]
    columns = []
    for column in _all_columns(summary, settings):
        if column.key == PROJECTED and summary.period.months == 12:
            continue  # at the year's end the actual is the year's figure
        if column.key in OPTIONAL and not any(r.cells[column.key].text for r in targets):
            continue
        columns.append(column)
    has_estimates = any(r.cells[VALUE].estimate for r in targets)
    notes = ["Số liệu có ghi \u201c(ước)\u201d là số ước thực hiện."] if has_estimates else []
    header_rows = _header(columns, summary)
    return PrintedTable(
        title=document_title(summary),
        columns=_fit_widths(columns, body, header_rows),
        header_rows=header_rows,
        rows=body,
        counts_line=counts_line(summary),
        year=summary.period.year,
        months=summary.period.months,
        has_estimates=has_estimates,
        notes=notes,
    )
