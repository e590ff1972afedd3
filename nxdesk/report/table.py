"""The printed summary table's structure, built once from a domain Summary.

The PDF/print (``report/html.py``), the on-screen table and the XLSX export all render this one
structure, so every output shows the same rows, columns and wording:

- columns of PRODUCT.md: STT | Chỉ tiêu | ĐVT | KH năm (tỉnh giao, huyện giao) | TH cùng kỳ |
  TH kỳ báo cáo | So sánh %: TH/KH tỉnh, TH/KH huyện, TH/cùng kỳ | Dự kiến cả năm | Đánh giá;
  optional columns where no row has data are left out;
- sector group rows with Roman numerals ("I", "KINH TẾ"), targets numbered 1…N across sectors,
  a "Trong đó:" row before the first "trong đó" sub-row of a parent, sub-rows named "- Lúa";
- numbers in vi-VN format; estimates carry ``Cell.estimate`` (``display`` adds " (ước)");
- the assessment label per row and the counts line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..domain.numbers import format_number, format_pct
from ..domain.periods import roman
from ..domain.summary import Summary, SummaryRow, counts_line
from ..domain.targets import Assessment, is_count_unit

TITLE_PREFIX = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"
ESTIMATE_MARK = "(ước)"
OF_WHICH = "Trong đó:"

# Column keys, in print order.
STT, NAME, UNIT = "stt", "name", "unit"
PLAN_UPPER, PLAN_OWN = "plan_upper", "plan_own"
LAST_YEAR, VALUE = "last_year_value", "value"
PCT_UPPER, PCT_OWN, PCT_LAST_YEAR = "pct_plan_upper", "pct_plan_own", "pct_last_year"
PROJECTED, ASSESSMENT = "projected_year_end", "assessment"

PLAN_GROUP, PCT_GROUP = "plan", "pct"


@dataclass(frozen=True)
class Column:
    """One printed column: ``header`` is its own caption; ``group`` names the spanning header above it."""

    key: str
    header: str
    group: str | None = None
    numeric: bool = False
    width: float = 1.0  # relative width, for renderers that lay out columns themselves


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


def _all_columns(summary: Summary) -> list[Column]:
    p = summary.period
    return [
        Column(STT, "STT", width=0.62),
        Column(NAME, "Chỉ tiêu", width=2.95),
        Column(UNIT, "ĐVT", width=1.0),
        Column(PLAN_UPPER, "Tỉnh giao", PLAN_GROUP, True, 0.9),
        Column(PLAN_OWN, "Huyện giao", PLAN_GROUP, True, 0.9),
        Column(LAST_YEAR, f"TH cùng kỳ năm {p.year - 1}", None, True, 0.95),
        Column(VALUE, f"TH {p.phrase}" + ("" if p.months == 12 else f" năm {p.year}"), None, True, 1.6),
        Column(PCT_UPPER, "TH/KH tỉnh", PCT_GROUP, True, 0.8),
        Column(PCT_OWN, "TH/KH huyện", PCT_GROUP, True, 0.8),
        Column(PCT_LAST_YEAR, "TH/cùng kỳ", PCT_GROUP, True, 0.8),
        Column(PROJECTED, "Dự kiến cả năm", None, True, 0.95),
        Column(ASSESSMENT, "Đánh giá", None, False, 1.65),
    ]


OPTIONAL = (PLAN_UPPER, PLAN_OWN, LAST_YEAR, PCT_UPPER, PCT_OWN, PCT_LAST_YEAR, PROJECTED)


def _projection_text(value: float | None, unit: str) -> str:
    """A projection is an estimate: whole numbers for counts, one decimal from 100 up, else two."""
    if value is None:
        return ""
    if is_count_unit(unit):
        return format_number(value, max_decimals=0)
    return format_number(value, max_decimals=1 if abs(value) >= 100 else 2)


def _target_cells(row: SummaryRow, stt: str, sub: bool) -> dict[str, Cell]:
    i = row.input
    has_value = i.value is not None

    def num(value: float | None) -> Cell:
        return Cell(format_number(value), value)

    def pct(value: float | None) -> Cell:
        return Cell(format_pct(value), value)

    return {
        STT: Cell(stt),
        NAME: Cell(f"- {i.name}" if sub else i.name),
        UNIT: Cell(i.unit),
        PLAN_UPPER: Cell(
            row.plan_upper.text if row.plan_upper else (i.plan_upper or ""),
            row.plan_upper.reference_value(i.direction) if row.plan_upper else None,
        ),
        PLAN_OWN: Cell(
            row.plan_own.text if row.plan_own else (i.plan_own or ""),
            row.plan_own.reference_value(i.direction) if row.plan_own else None,
        ),
        LAST_YEAR: num(i.last_year_value),
        VALUE: Cell(format_number(i.value), i.value, estimate=row.is_estimate and has_value),
        PCT_UPPER: pct(row.pct_plan_upper),
        PCT_OWN: pct(row.pct_plan_own),
        PCT_LAST_YEAR: pct(row.pct_last_year),
        PROJECTED: Cell(_projection_text(row.projected_year_end, i.unit), row.projected_year_end),
        ASSESSMENT: Cell(row.assessment.label),
    }


def _body(summary: Summary) -> list[TableRow]:
    rows: list[TableRow] = []
    sector: str | None = None
    sector_no = target_no = 0
    last_parent_with_of_which: str | None = None
    for r in summary.rows:
        i = r.input
        if i.sector != sector:
            sector, sector_no = i.sector, sector_no + 1
            number = roman(sector_no) if sector_no <= 12 else str(sector_no)
            rows.append(TableRow(RowKind.SECTOR, {STT: Cell(number), NAME: Cell(i.sector.upper())}))
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


def build_table(summary: Summary) -> PrintedTable:
    """The printed table of ``summary``; optional columns without any data are left out."""
    body = _body(summary)
    targets = [r for r in body if r.kind in (RowKind.TARGET, RowKind.SUB_TARGET)]
    columns = []
    for column in _all_columns(summary):
        if column.key == PROJECTED and summary.period.months == 12:
            continue  # at the year's end the actual is the year's figure
        if column.key in OPTIONAL and not any(r.cells[column.key].text for r in targets):
            continue
        columns.append(column)
    has_estimates = any(r.cells[VALUE].estimate for r in targets)
    notes = ["Số liệu có ghi \u201c(ước)\u201d là số ước thực hiện."] if has_estimates else []
    return PrintedTable(
        title=document_title(summary),
        columns=columns,
        header_rows=_header(columns, summary),
        rows=body,
        counts_line=counts_line(summary),
        year=summary.period.year,
        months=summary.period.months,
        has_estimates=has_estimates,
        notes=notes,
    )
