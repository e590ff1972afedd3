"""The entry grid's table model: one row per target of a sector for one period.

Rows come from the domain summary (``store.summary.load_summary``), so the percentages and the
assessment are exactly those of the printed table. Editing goes through ``change_for`` (parse and
validate, raising on bad input) and a ``writer`` callback that stores the change (the main window's
undo stack); the model never writes by itself except through that callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.numbers import UNSHOWABLE, DecimalMark, NumberError, format_number, format_pct
from ...domain.summary import SummaryRow
from ...domain.targets import Status, parse_figure
from ..i18n import assessment_label, number_error_text
from .changes import Change
from .entry_cells import (  # noqa: F401 - the grid's columns, roles and labels are re-exported here
    _ALIGN,
    _ASSESSMENT,
    _BACKGROUND,
    _DECORATION,
    _DISPLAY,
    _EDIT,
    _FONT,
    _FOREGROUND,
    _LOCKED,
    _NOTE,
    _TARGET,
    _TOOLTIP,
    _WARNING,
    ALIGNMENT,
    ASSESSMENT_BRUSH,
    ASSESSMENT_MARK,
    COL_EXPECTED,
    COL_LAST_YEAR,
    COL_NAME,
    COL_NOTE,
    COL_PCT_LAST_YEAR,
    COL_PCT_PLAN,
    COL_PCT_TERM,
    COL_PCT_UPPER,
    COL_PLAN_OWN,
    COL_PLAN_UPPER,
    COL_STATUS,
    COL_UNIT,
    COL_VALUE,
    COLUMN_COUNT,
    EDITABLE_COLUMNS,
    ERROR_BRUSH,
    FLAGS_EDITABLE,
    FLAGS_READ_ONLY,
    HIDEABLE_COLUMNS,
    ITALIC,
    LOCKED_BRUSH,
    LOCKED_FG_BRUSH,
    NUMBER_COLUMNS,
    PLAN_COLUMNS,
    WARNING_BRUSH,
    AssessmentRole,
    HasNoteRole,
    LockedRole,
    TargetIdRole,
    WarningRole,
    _role,
    compute_warnings,
    editor_number,
    header_labels,
    indent_icon,
    parse_status,
    status_label,
    translate,
)

Writer = Callable[[list[Change], str], bool]


_ANSWERED = frozenset(
    (
        _DISPLAY,
        _ALIGN,
        _BACKGROUND,
        _FONT,
        _FOREGROUND,
        _EDIT,
        _DECORATION,
        _TARGET,
        _WARNING,
        _NOTE,
        _LOCKED,
        _ASSESSMENT,
        _TOOLTIP,
    )
)


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
        self.level: str | None = None
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
        level: str | None = None,
        period_rows: list[SummaryRow] | None = None,
    ) -> None:
        """Replace everything (a sector or period switch); ``level`` names the plan columns; ``period_rows``
        (all the period's rows, default ``rows``) are what a figure's warnings are judged among."""
        self.beginResetModel()
        self.level = level
        self.year, self.months = year, months
        self.locked, self.last_year_locked = locked, last_year_locked
        self._earlier_max = dict(earlier_max or {})
        self._period_rows = period_rows
        self._rows = self._build(rows)
        self._headers = header_labels(level)
        self.endResetModel()

    def update_rows(self, rows: list[SummaryRow], period_rows: list[SummaryRow] | None = None) -> list[int]:
        """Replace the rows of the same targets after a commit; signal only the rows that changed.
        Returns the changed row numbers."""
        self._period_rows = period_rows
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
        judged_among = getattr(self, "_period_rows", None) or rows
        warnings = compute_warnings(
            judged_among,
            getattr(self, "_earlier_max", {}),
            self.year,
            self.months,
            of={r.input.target_id for r in rows},  # the rows shown, judged among the whole period
        )
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
        role = _role(role)
        if role not in _ANSWERED or not index.isValid():  # the view asks each cell for roles it has none of
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        g = self._rows[row]
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
        if role == _DECORATION:
            return indent_icon() if col == COL_NAME and g.depth else None
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
            if display[col] == UNSHOWABLE:
                background[col] = ERROR_BRUSH
            elif g.warnings.get(col):
                background[col] = WARNING_BRUSH
            elif col in EDITABLE_COLUMNS and self.is_cell_locked(col):
                background[col] = LOCKED_BRUSH
            elif col == COL_PCT_PLAN and r.assessment in ASSESSMENT_BRUSH:
                background[col] = ASSESSMENT_BRUSH[r.assessment]
        font: list = [None] * COLUMN_COUNT
        if item.value is not None and item.status is Status.ESTIMATE:
            font[COL_VALUE] = font[COL_STATUS] = ITALIC
        if item.expected_year_end is None:
            font[COL_EXPECTED] = ITALIC  # a projection, not the office's own figure
        return display, background, font

    def _display(self, g: GridRow, col: int) -> str:
        r, item = g.summary, g.summary.input
        if col == COL_NAME:
            return item.name
        if col == COL_UNIT:
            return item.unit
        if col == COL_PLAN_UPPER:
            return item.plan_upper or ""
        if col == COL_PLAN_OWN:
            return item.plan_own or ""
        if col == COL_LAST_YEAR:
            return format_number(item.last_year_value, max_decimals=r.decimals)
        if col == COL_VALUE:
            return format_number(item.value, max_decimals=r.decimals)
        if col == COL_EXPECTED:
            return format_number(r.projected_year_end, max_decimals=r.decimals)
        if col == COL_PCT_TERM:
            return f"{format_pct(r.pct_plan_term)}%" if r.pct_plan_term is not None else ""
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
        if col == COL_PCT_UPPER:
            return f"{format_pct(r.pct_plan_upper)}%" if r.pct_plan_upper is not None else ""
        if col == COL_NOTE:
            return item.note or ""
        return ""

    def _edit_text(self, g: GridRow, col: int) -> str:
        item = g.summary.input
        if col == COL_LAST_YEAR:
            return editor_number(item.last_year_value)
        if col == COL_VALUE:
            return editor_number(item.value)
        if col == COL_EXPECTED:
            return editor_number(item.expected_year_end)
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
        if col == COL_NOTE and item.note:
            lines.append(item.note)
        if col == COL_PCT_TERM and r.plan_term is not None:
            lines.append(translate("EntryGrid", "Term target: %1").replace("%1", r.plan_term.text))
        if col == COL_EXPECTED:
            if item.expected_year_end is not None:
                lines.append(translate("EntryGrid", "The office's own year-end expectation."))
            elif r.projected_year_end is not None:
                lines.append(
                    translate("EntryGrid", "Projected from last year's pattern; type the office's own.")
                )
            else:
                lines.append(translate("EntryGrid", "No basis for a projection; type the office's own."))
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
        self,
        index: QModelIndex | QPersistentModelIndex,
        text: str,
        decimal: DecimalMark | None = None,
        *,
        force_status: bool = False,
    ) -> Change | None:
        """The store change that typing ``text`` into the cell means; None when nothing changes.
        Raises ``ValueError`` (a :class:`NumberError` for numbers) with a translated message in
        ``args[0]`` when the text is refused. ``force_status``: a typed status is a change even when equal
        to the stored one (a pasted row's status column must win over the default of its value)."""
        col = index.column()
        if col in PLAN_COLUMNS:
            raise ValueError(
                translate(
                    "EntryGrid",
                    "Plans are not typed in the grid: change them in the plan editor (Plan… on the toolbar).",
                )
            )
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
            new_value = self.parse_value(text, item.unit, decimal, g.summary.decimals)
            if new_value == item.last_year_value:
                return None
            old_status = {"status": item.last_year_status} if item.last_year_status else {}
            return Change(
                tid,
                year - 1,
                months,
                {"value": item.last_year_value, **old_status},  # undo gives back last year's status too
                {"value": new_value, "status": Status.OFFICIAL},
            )
        if col == COL_EXPECTED:
            expected = self.parse_value(text, item.unit, decimal, g.summary.decimals)
            if expected == item.expected_year_end:
                return None
            return Change(
                tid,
                year,
                months,
                {"expected_year_end": item.expected_year_end},
                {"expected_year_end": expected},
            )
        if col == COL_VALUE:
            new_value = self.parse_value(text, item.unit, decimal, g.summary.decimals)
            if new_value == item.value and (new_value is None or self.default_status == item.status):
                return None
            old = {"value": item.value, **({"status": item.status} if item.status else {})}
            new = {"value": new_value, **({"status": self.default_status} if new_value is not None else {})}
            return Change(tid, year, months, old, new)
        if col == COL_STATUS:
            status = parse_status(text)
            if status is None or (status == item.status and not force_status):
                return None
            return Change(
                tid, year, months, {"status": item.status} if item.status else {}, {"status": status}
            )
        note = self.parse_note(text)
        if note == (item.note or None):
            return None
        return Change(tid, year, months, {"note": item.note}, {"note": note})

    @staticmethod
    def parse_note(text: str) -> str | None:
        """A typed note as kept (NFC, one line, bounded); raises ValueError with a translated text."""
        from ...domain.messages import Message
        from ...domain.text import TextError, clean_text
        from ..messages import message_text

        try:
            return clean_text(text, "note") or None
        except TextError as exc:
            raise ValueError(message_text(Message(exc.code, exc.params))) from exc

    @staticmethod
    def parse_value(
        text: str, unit: str, decimal: DecimalMark | None = None, decimals: int | None = None
    ) -> float | None:
        """A typed figure for a target of ``unit`` shown with ``decimals``; empty clears. Raises ValueError
        with a translated text."""
        if not text.strip():
            return None
        try:
            return parse_figure(text, decimal, unit=unit, decimals=decimals)
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
