"""The units × targets matrix as a table model: a row per unit, best first, then the area's roll-up row; four
fixed columns (rank, unit, report, targets met) and a column per target showing the value and % of the
assigned plan on a background of the assessment's colour.

Cells are read from the matrix's columns when the view asks; a cell's text is made the first time it is
shown and kept, so opening the screen costs no per-cell work beyond what is painted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from ...domain.numbers import format_number, format_pct
from ...domain.targets import Assessment, Status
from ...domain.unit_cells import Cell
from ...store.unit_matrix import UnitsMatrix
from ..chart.unit_bars import UnitBar

# Light backgrounds of the assessment colours (chart/style.py's Okabe-Ito hues), readable under black text.
CELL_COLOURS = {
    Assessment.EXCEEDED: "#cfe3f3",
    Assessment.MET: "#c9eee2",
    Assessment.ON_TRACK: "#c9eee2",
    Assessment.BEHIND: "#f7d5bf",
    Assessment.NOT_MET: "#f7d5bf",
}
GOOD = frozenset({Assessment.EXCEEDED, Assessment.MET, Assessment.ON_TRACK})
MATRIX_FIXED = 4  # rank, unit, report, targets met; then a column per target
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_DISPLAY, _BACKGROUND, _TOOLTIP = Qt.DisplayRole, Qt.BackgroundRole, Qt.ToolTipRole
_ALIGNMENT, _FONT = Qt.TextAlignmentRole, Qt.FontRole
_ROOT = QModelIndex()


def met_counts(matrix: UnitsMatrix) -> list[int]:
    """Each unit's number of targets met (exceeded, met or on track), in the units' order."""
    met = [0] * len(matrix.units)
    for column in matrix.columns:
        for n, cell in enumerate(column):
            if cell[3] in GOOD:
                met[n] += 1
    return met


def status_counts(matrix: UnitsMatrix, unit: int) -> tuple[int, int]:
    """(official, estimate) figures of unit number ``unit``."""
    statuses = [column[unit][1] for column in matrix.columns]
    return statuses.count(Status.OFFICIAL), statuses.count(Status.ESTIMATE)


def cell_text(cell: Cell, decimals: int) -> str:
    value, _, pct, _ = cell
    if value is None:
        return "–"
    text = format_number(value, decimals)
    return text if pct is None else f"{text}\n{format_pct(pct)}%"


def matrix_bars(matrix: UnitsMatrix, target: int) -> list[UnitBar]:
    """Target number ``target``'s bars: units with a % of plan by that % (highest first), then the others."""
    decimals = matrix.rollup.rows[target].decimals
    bars = []
    for unit, (value, _, pct, assessment) in zip(matrix.units, matrix.columns[target], strict=True):
        text = "–" if value is None else format_number(value, decimals)
        bars.append(UnitBar(f"{unit.code} {unit.name}", text, pct, assessment))
    return sorted(bars, key=lambda b: (b.pct is None, -(b.pct or 0.0), b.label))


class UnitsMatrixModel(QAbstractTableModel):
    """``fixed[r]``: the four fixed columns' texts of row ``r`` (the ranked units, then the area)."""

    def __init__(
        self,
        matrix: UnitsMatrix,
        order: list[int],
        fixed: list[list[str]],
        fixed_headers: list[str],
        estimate: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.matrix, self.order, self.fixed, self.estimate = matrix, order, fixed, estimate
        rows = matrix.rollup.rows
        self.headers = fixed_headers + [f"{r.code}\n{r.unit}" for r in rows]
        self.names = [r.name for r in rows]
        self.decimals = [r.decimals for r in rows]
        self.area = [(r.value, r.status, r.pct_plan_upper, r.assessment) for r in rows]
        self._texts: dict[tuple[int, int], str] = {}
        self._brushes = {a: QBrush(QColor(c)) for a, c in CELL_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.order) + 1

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, target: int) -> Cell:
        """The cell of ranked row ``row`` (the area's row after the units) for target number ``target``."""
        if row < len(self.order):
            return self.matrix.columns[target][self.order[row]]
        return self.area[target]

    def text(self, row: int, column: int) -> str:
        if column < MATRIX_FIXED:
            return self.fixed[row][column]
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            target = column - MATRIX_FIXED
            text = self._texts[key] = cell_text(self.cell(row, target), self.decimals[target])
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.text(row, column)
        if role == _FONT:
            return self._bold if row == len(self.order) else None
        if column < MATRIX_FIXED:
            return None
        if role == _ALIGNMENT:
            return _RIGHT
        if role == _BACKGROUND:
            value, _, _, assessment = self.cell(row, column - MATRIX_FIXED)
            return None if value is None else self._brushes.get(assessment)
        if role == _TOOLTIP:
            value, status, _, _ = self.cell(row, column - MATRIX_FIXED)
            return self.estimate if value is not None and status is Status.ESTIMATE else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        if role == _DISPLAY:
            return self.headers[section]
        if role == _TOOLTIP and section >= MATRIX_FIXED:
            return self.names[section - MATRIX_FIXED]
        return None

    def column_widths(self, metrics: QFontMetrics, bold: QFontMetrics, header: QFontMetrics) -> list[int]:
        """Each column's width for its widest text, measured without formatting every cell: a target's values
        have the column's precision, so the widest is its largest or its smallest value (digits are of one
        width); its percentages are measured at their largest and smallest with the one decimal shown."""
        widths = []
        for column, title in enumerate(self.headers):
            width = max(header.horizontalAdvance(line) for line in title.split("\n"))
            if column < MATRIX_FIXED:
                texts = {f[column] for f in self.fixed[:-1]}
                width = max([width, *(metrics.horizontalAdvance(t) for t in texts)])
                width = max(width, bold.horizontalAdvance(self.fixed[-1][column]))
            else:
                target = column - MATRIX_FIXED
                decimals, cells = self.decimals[target], self.matrix.columns[target]
                values = [c[0] for c in cells if c[0] is not None]
                pcts = [c[2] for c in cells if c[2] is not None]
                lines = ["–"]
                if values:
                    lines += [format_number(min(values), decimals), format_number(max(values), decimals)]
                if pcts:
                    lines += [f"{format_number(min(pcts), 1)}%", f"{format_number(max(pcts), 1)}%"]
                width = max([width, *(metrics.horizontalAdvance(line) for line in lines)])
                for line in cell_text(self.area[target], decimals).split("\n"):
                    width = max(width, bold.horizontalAdvance(line))
            widths.append(width)
        return widths
