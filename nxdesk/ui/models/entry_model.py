"""The entry grid's table model: one row per target of a sector for one period.

Rows come from the domain summary (``store.summary.load_summary``), so the percentages and the
assessment are exactly those of the printed table. Editing goes through ``change_for`` (parse and
validate, raising on bad input) and a ``writer`` callback that stores the change (the main window's
undo stack); the model never writes by itself except through that callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.numbers import DecimalMark, NumberError, format_number, format_pct, parse_number
from ...domain.summary import SummaryRow
from ...domain.targets import Assessment, Kind, Status, allows_negative, is_count_unit
from ..i18n import assessment_label, number_error_text
from .changes import Change

(
    COL_NAME,
    COL_UNIT,
    COL_PLAN_PROVINCE,
    COL_PLAN_DISTRICT,
    COL_LAST_YEAR,
    COL_VALUE,
    COL_STATUS,
    COL_PCT_PLAN,
    COL_PCT_LAST_YEAR,
    COL_NOTE,
) = range(10)
COLUMN_COUNT = 10
EDITABLE_COLUMNS = (COL_LAST_YEAR, COL_VALUE, COL_STATUS, COL_NOTE)
NUMBER_COLUMNS = (
    COL_PLAN_PROVINCE,
    COL_PLAN_DISTRICT,
    COL_LAST_YEAR,
    COL_VALUE,
    COL_PCT_PLAN,
    COL_PCT_LAST_YEAR,
)

_USER = Qt.ItemDataRole.UserRole.value
TargetIdRole = _TARGET = _USER + 1
WarningRole = _WARNING = _USER + 2
HasNoteRole = _NOTE = _USER + 3
LockedRole = _LOCKED = _USER + 4
AssessmentRole = _ASSESSMENT = _USER + 5

WARNING_BG = QColor("#ffe3a3")
LOCKED_BG = QColor("#ececec")
LOCKED_FG = QColor("#777777")
ASSESSMENT_BG = {
    Assessment.EXCEEDED: QColor("#b9e4c3"),
    Assessment.MET: QColor("#d4efd9"),
    Assessment.ON_TRACK: QColor("#d4efd9"),
    Assessment.BEHIND: QColor("#f7c9c4"),
    Assessment.NOT_MET: QColor("#f7c9c4"),
}
ASSESSMENT_MARK = {
    Assessment.EXCEEDED: "▲",
    Assessment.MET: "✓",
    Assessment.ON_TRACK: "✓",
    Assessment.BEHIND: "▼",
    Assessment.NOT_MET: "✗",
}

Writer = Callable[[list[Change], str], bool]

WARNING_BRUSH = QBrush(WARNING_BG)
LOCKED_BRUSH = QBrush(LOCKED_BG)
LOCKED_FG_BRUSH = QBrush(LOCKED_FG)
ASSESSMENT_BRUSH = {a: QBrush(c) for a, c in ASSESSMENT_BG.items()}
FLAGS_READ_ONLY = Qt.ItemIsEnabled | Qt.ItemIsSelectable
FLAGS_EDITABLE = FLAGS_READ_ONLY | Qt.ItemIsEditable
ITALIC = QFont()
ITALIC.setItalic(True)
ALIGNMENT = [
    int(Qt.AlignRight | Qt.AlignVCenter)
    if col in NUMBER_COLUMNS
    else int(Qt.AlignCenter)
    if col in (COL_UNIT, COL_STATUS)
    else int(Qt.AlignLeft | Qt.AlignVCenter)
    for col in range(COLUMN_COUNT)
]


def _value(role) -> int:
    return role.value if hasattr(role, "value") else int(role)


def _role(role) -> int:
    return role if type(role) is int else _value(role)


_DISPLAY, _EDIT, _ALIGN, _FONT, _BACKGROUND, _FOREGROUND, _TOOLTIP = (
    _value(r)
    for r in (Qt.DisplayRole, Qt.EditRole, Qt.TextAlignmentRole, Qt.FontRole, Qt.BackgroundRole,
              Qt.ForegroundRole, Qt.ToolTipRole)
)


translate = QCoreApplication.translate


def header_labels() -> list[str]:
    return [
        QCoreApplication.translate("EntryGrid", "Target"),
        QCoreApplication.translate("EntryGrid", "Unit"),
        QCoreApplication.translate("EntryGrid", "Plan (province)"),
        QCoreApplication.translate("EntryGrid", "Plan (district)"),
        QCoreApplication.translate("EntryGrid", "Same period last year"),
        QCoreApplication.translate("EntryGrid", "Actual"),
        QCoreApplication.translate("EntryGrid", "Estimate/Official"),
        QCoreApplication.translate("EntryGrid", "% of plan"),
        QCoreApplication.translate("EntryGrid", "% same period"),
        QCoreApplication.translate("EntryGrid", "Note"),
    ]


def status_label(status: Status | None) -> str:
    if status is Status.OFFICIAL:
        return QCoreApplication.translate("EntryGrid", "Official")
    if status is Status.ESTIMATE:
        return QCoreApplication.translate("EntryGrid", "Estimate")
    return ""


def parse_status(text: str) -> Status | None:
    """ "Ước"/"estimate" or "Chính thức"/"official" (any case, with or without accents); '' is None."""
    key = text.strip().lower()
    if not key:
        return None
    if key in ("estimate", "e", "ước", "uoc", "u", "ư", status_label(Status.ESTIMATE).lower()):
        return Status.ESTIMATE
    if key in ("official", "o", "chính thức", "chinh thuc", "c", "ct", status_label(Status.OFFICIAL).lower()):
        return Status.OFFICIAL
    raise ValueError(
        QCoreApplication.translate("EntryGrid", "'%1' is neither 'Estimate' nor 'Official'.").replace(
            "%1", text.strip()
        )
    )


def editor_number(value: float | None) -> str:
    """The text an editor starts with: vi-VN, but never a form that would be refused as ambiguous."""
    if value is None:
        return ""
    text = format_number(value, max_decimals=6)
    try:
        parse_number(text)
    except NumberError:
        text = text.replace(".", "")
    return text


@dataclass
class GridRow:
    """One target's line in the grid, with its warnings by column."""

    summary: SummaryRow
    depth: int = 0
    warnings: dict[int, list[str]] = field(default_factory=dict)
    _cache: tuple | None = field(default=None, compare=False, repr=False)

    def cells(self, model: EntryTableModel) -> tuple[list, list, list]:
        if self._cache is None:
            self._cache = model._cells(self)
        return self._cache

    @property
    def target_id(self) -> int:
        return self.summary.input.target_id


def compute_warnings(
    rows: list[SummaryRow], earlier_max: dict[int, float]
) -> dict[int, dict[int, list[str]]]:
    """Non-blocking warnings by target id and column: a flow below an earlier cut-off of the year,
    "trong đó" rows adding up to more than their parent, a value beyond 3× or under a third of the
    same period last year."""
    out: dict[int, dict[int, list[str]]] = {}

    def add(target: int, col: int, text: str) -> None:
        out.setdefault(target, {}).setdefault(col, []).append(text)

    by_code = {r.input.code: r for r in rows}
    children: dict[str, list[SummaryRow]] = {}
    for r in rows:
        if r.input.parent in by_code:
            children.setdefault(r.input.parent, []).append(r)
    for r in rows:
        item = r.input
        value = item.value
        if value is None:
            continue
        earlier = earlier_max.get(item.target_id)
        if item.kind is Kind.FLOW and earlier is not None and value < earlier - 1e-9:
            add(
                item.target_id,
                COL_VALUE,
                translate("EntryGrid", "Smaller than at an earlier cut-off of this year (%1).").replace(
                    "%1", format_number(earlier)
                ),
            )
        last = item.last_year_value
        if last and last > 0 and value >= 0 and (value > 3 * last or value < last / 3):
            add(
                item.target_id,
                COL_VALUE,
                translate(
                    "EntryGrid", "More than 3 times or less than a third of the same period last year (%1)."
                ).replace("%1", format_number(last)),
            )
        kids = [k for k in children.get(item.code, []) if k.input.unit.strip() == item.unit.strip()]
        if kids and item.unit.strip() != "%":
            total = sum(k.input.value or 0 for k in kids)
            if total > value + 1e-9:
                add(
                    item.target_id,
                    COL_VALUE,
                    translate("EntryGrid", 'Its "of which" rows add up to %1, more than this value.').replace(
                        "%1", format_number(total)
                    ),
                )
    return out


class EntryTableModel(QAbstractTableModel):
    """The rows of one sector and period; editable cells: same period last year, actual, status, note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self.year = 0
        self.months = 1
        self.locked = False
        self.last_year_locked = False
        self.default_status = Status.ESTIMATE
        self.writer: Writer | None = None
        self._headers = header_labels()

    # --- filling -------------------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: list[SummaryRow],
        year: int,
        months: int,
        *,
        earlier_max: dict[int, float] | None = None,
        locked: bool = False,
        last_year_locked: bool = False,
    ) -> None:
        """Replace everything (a sector or period switch)."""
        self.beginResetModel()
        self.year, self.months = year, months
        self.locked, self.last_year_locked = locked, last_year_locked
        self._earlier_max = dict(earlier_max or {})
        self._rows = self._build(rows)
        self._headers = header_labels()
        self.endResetModel()

    def update_rows(self, rows: list[SummaryRow]) -> list[int]:
        """Replace the rows of the same targets after a commit; signal only the rows that changed.
        Returns the changed row numbers."""
        fresh = {r.input.target_id: r for r in rows}
        summaries = [fresh.get(g.target_id, g.summary) for g in self._rows]
        rebuilt = self._build(summaries)
        changed = []
        for number, (old, new) in enumerate(zip(self._rows, rebuilt, strict=True)):
            if old.summary != new.summary or old.warnings != new.warnings:
                changed.append(number)
        self._rows = rebuilt
        for number in changed:
            self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMN_COUNT - 1))
        return changed

    def _build(self, rows: list[SummaryRow]) -> list[GridRow]:
        warnings = compute_warnings(rows, getattr(self, "_earlier_max", {}))
        parents = {r.input.code: r.input.parent for r in rows}
        out = []
        for r in rows:
            depth, parent = 0, r.input.parent
            while parent in parents and depth < 5:
                depth, parent = depth + 1, parents[parent]
            out.append(GridRow(r, depth, warnings.get(r.input.target_id, {})))
        return out

    # --- reading -------------------------------------------------------------------------------------------
    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def display_text(self, row: int, column: int) -> str:
        return self._rows[row].cells(self)[0][column]

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def row_of_target(self, target_id: int) -> int | None:
        for number, g in enumerate(self._rows):
            if g.target_id == target_id:
                return number
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        role = _role(role)
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        horizontal = orientation == Qt.Horizontal
        if horizontal and 0 <= section < COLUMN_COUNT:
            if role == _DISPLAY:
                return self._headers[section]
            if section in EDITABLE_COLUMNS:
                return translate(
                    "EntryGrid", "Editable: type to change, Delete clears, Ctrl+V pastes from Excel."
                )
        if not horizontal and role == _DISPLAY and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def is_cell_locked(self, column: int) -> bool:
        return self.last_year_locked if column == COL_LAST_YEAR else self.locked

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        column = index.column()
        if column in EDITABLE_COLUMNS and not self.is_cell_locked(column):
            return FLAGS_EDITABLE
        return FLAGS_READ_ONLY

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        g = self._rows[row]
        role = _role(role)
        if role == _DISPLAY:
            return g.cells(self)[0][col]
        if role == _ALIGN:
            return ALIGNMENT[col]
        if role == _BACKGROUND:
            return g.cells(self)[1][col]
        if role == _FONT:
            return g.cells(self)[2][col]
        if role == _FOREGROUND:
            return LOCKED_FG_BRUSH if col in EDITABLE_COLUMNS and self.is_cell_locked(col) else None
        if role == _EDIT:
            return self._edit_text(g, col)
        if role == _TARGET:
            return g.target_id
        # Custom roles never answer None (a habit from a PySide6 6.12 reference bug on Python 3.11).
        if role == _WARNING:
            return "\n".join(g.warnings.get(col, []))
        if role == _NOTE:
            return col == COL_VALUE and bool(g.summary.input.note)
        if role == _LOCKED:
            return col in EDITABLE_COLUMNS and self.is_cell_locked(col)
        if role == _ASSESSMENT:
            return g.summary.assessment.value if col == COL_PCT_PLAN else ""
        if role == _TOOLTIP:
            return self._tooltip(g, col)
        return None

    def _cells(self, g: GridRow) -> tuple[list, list, list]:
        """Display texts, backgrounds and fonts of a row, computed once per row and reading."""
        item, r = g.summary.input, g.summary
        display = [self._display(g, col) for col in range(COLUMN_COUNT)]
        background: list = [None] * COLUMN_COUNT
        for col in range(COLUMN_COUNT):
            if g.warnings.get(col):
                background[col] = WARNING_BRUSH
            elif col in EDITABLE_COLUMNS and self.is_cell_locked(col):
                background[col] = LOCKED_BRUSH
            elif col == COL_PCT_PLAN and r.assessment in ASSESSMENT_BRUSH:
                background[col] = ASSESSMENT_BRUSH[r.assessment]
        font: list = [None] * COLUMN_COUNT
        if item.value is not None and item.status is Status.ESTIMATE:
            font[COL_VALUE] = font[COL_STATUS] = ITALIC
        return display, background, font

    def _display(self, g: GridRow, col: int) -> str:
        r, item = g.summary, g.summary.input
        if col == COL_NAME:
            return "    " * g.depth + item.name
        if col == COL_UNIT:
            return item.unit
        if col == COL_PLAN_PROVINCE:
            return item.plan_province or ""
        if col == COL_PLAN_DISTRICT:
            return item.plan_district or ""
        if col == COL_LAST_YEAR:
            return format_number(item.last_year_value)
        if col == COL_VALUE:
            return format_number(item.value)
        if col == COL_STATUS:
            return status_label(item.status) if item.value is not None else ""
        if col == COL_PCT_PLAN:
            mark = ASSESSMENT_MARK.get(r.assessment, "")
            pct = r.pct_plan
            if pct is None:
                return f"{mark} {assessment_label(r.assessment)}" if mark else ""
            return f"{mark} {format_pct(pct)}%"
        if col == COL_PCT_LAST_YEAR:
            return f"{format_pct(r.pct_last_year)}%" if r.pct_last_year is not None else ""
        if col == COL_NOTE:
            return item.note or ""
        return ""

    def _edit_text(self, g: GridRow, col: int) -> str:
        item = g.summary.input
        if col == COL_LAST_YEAR:
            return editor_number(item.last_year_value)
        if col == COL_VALUE:
            return editor_number(item.value)
        if col == COL_STATUS:
            return str(item.status or self.default_status)
        if col == COL_NOTE:
            return item.note or ""
        return self._display(g, col)

    def _tooltip(self, g: GridRow, col: int) -> str | None:
        r, item = g.summary, g.summary.input
        lines: list[str] = []
        if col == COL_NAME:
            lines.append(f"{item.code} — {item.name}")
        if col == COL_PCT_PLAN:
            lines.append(assessment_label(r.assessment))
        if col == COL_VALUE and item.value is not None and item.status is not None:
            lines.append(status_label(item.status))
        if col == COL_VALUE and item.note:
            lines.append(translate("EntryGrid", "Note: %1").replace("%1", item.note))
        if col in EDITABLE_COLUMNS and self.is_cell_locked(col):
            lines.append(
                translate("EntryGrid", "This period is locked (figures final); unlock it to change them.")
            )
        lines.extend("⚠ " + w for w in g.warnings.get(col, []))
        return "\n".join(lines) or None

    # --- editing -------------------------------------------------------------------------------------------
    def change_for(
        self, index: QModelIndex | QPersistentModelIndex, text: str, decimal: DecimalMark | None = None
    ) -> Change | None:
        """The store change that typing ``text`` into the cell means; None when nothing changes.
        Raises ``ValueError`` (a :class:`NumberError` for numbers) with a translated message in
        ``args[0]`` when the text is refused."""
        col = index.column()
        if col not in EDITABLE_COLUMNS:
            raise ValueError(translate("EntryGrid", "This column is calculated and cannot be typed into."))
        if self.is_cell_locked(col):
            raise ValueError(
                translate("EntryGrid", "This period is locked (figures final); unlock it to change them.")
            )
        g = self._rows[index.row()]
        item = g.summary.input
        tid, year, months = item.target_id, self.year, self.months
        if col == COL_LAST_YEAR:
            new_value = self.parse_value(text, item.unit, decimal)
            if new_value == item.last_year_value:
                return None
            return Change(
                tid,
                year - 1,
                months,
                {"value": item.last_year_value},
                {"value": new_value, "status": Status.OFFICIAL},
            )
        if col == COL_VALUE:
            new_value = self.parse_value(text, item.unit, decimal)
            if new_value == item.value and (new_value is None or self.default_status == item.status):
                return None
            old = {"value": item.value, **({"status": item.status} if item.status else {})}
            new = {"value": new_value, **({"status": self.default_status} if new_value is not None else {})}
            return Change(tid, year, months, old, new)
        if col == COL_STATUS:
            status = parse_status(text)
            if status is None or status == item.status:
                return None
            return Change(
                tid, year, months, {"status": item.status} if item.status else {}, {"status": status}
            )
        note = " ".join(text.split()) or None
        if note == (item.note or None):
            return None
        return Change(tid, year, months, {"note": item.note}, {"note": note})

    @staticmethod
    def parse_value(text: str, unit: str, decimal: DecimalMark | None = None) -> float | None:
        """A typed figure for a target of ``unit``; empty clears. Raises ValueError with a translated text."""
        if not text.strip():
            return None
        try:
            return parse_number(
                text, decimal, integer_only=is_count_unit(unit), allow_negative=allows_negative(unit)
            )
        except NumberError as exc:
            raise ValueError(number_error_text(exc, unit)) from exc

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or not self.flags(index) & Qt.ItemIsEditable:
            return False
        try:
            change = self.change_for(index, "" if value is None else str(value))
        except ValueError:
            return False
        if change is None:
            return True
        if self.writer is None:
            return False
        return self.writer(
            [change],
            translate("EntryGrid", "Edit %1").replace("%1", self._rows[index.row()].summary.input.name),
        )
