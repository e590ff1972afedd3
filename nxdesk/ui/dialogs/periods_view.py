"""Read-only views of the current sector across periods: each quarter on its own (a flow's Quý III is
9 tháng − 6 tháng, a level shows its value at the quarter's end), or two periods side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.numbers import format_number, format_pct
from ...domain.quarters import QUARTERS, period_difference, quarter_cutoffs, quarter_values
from ...domain.summary import SummaryRow
from ...domain.targets import Kind
from ...store.summary import load_summary
from ..i18n import period_name

if TYPE_CHECKING:
    from sqlite_utils import Database

QUARTER_VIEW, COMPARE_VIEW = 0, 1
COMPARE_CHOICES = (3, 6, 9, 12)


class PeriodsTableModel(QAbstractTableModel):
    """Rows of texts under given headers; numbers right-aligned, nothing editable."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._tips: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]], tips: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._tips = headers, rows, tips
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ToolTipRole:
            return self._tips[row][col] or None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignLeft | Qt.AlignVCenter) if col == 0 else int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]


class PeriodsView(QDialog):
    """The sector's targets over the year's quarters, or in two chosen periods next to each other."""

    def __init__(
        self,
        db: Database,
        year: int,
        months: int,
        sector_id: int | None,
        view: int = QUARTER_VIEW,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._year, self._months, self._sector = db, year, months, sector_id
        self.setObjectName("PeriodsView")
        self._summaries: dict[int, dict[int, SummaryRow]] = {}
        self._order: list[SummaryRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.view_label = QLabel(self)
        top.addWidget(self.view_label)
        self.view_box = QComboBox(self)
        self.view_box.addItem("", QUARTER_VIEW)
        self.view_box.addItem("", COMPARE_VIEW)
        top.addWidget(self.view_box)
        self.first_box, self.second_box = QComboBox(self), QComboBox(self)
        for box in (self.first_box, self.second_box):
            for m in COMPARE_CHOICES:
                box.addItem("", m)
        earlier = max((m for m in COMPARE_CHOICES if m < months), default=3)
        later = months if months in COMPARE_CHOICES and months != earlier else 6
        self.first_box.setCurrentIndex(COMPARE_CHOICES.index(earlier))
        self.second_box.setCurrentIndex(COMPARE_CHOICES.index(later))
        self.first_label = QLabel(self)
        top.addWidget(self.first_label)
        top.addWidget(self.first_box)
        top.addWidget(self.second_box)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = PeriodsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        self.table.horizontalHeader().setMinimumHeight(44)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self._name_texts()
        layout.addWidget(buttons)
        self.view_box.setCurrentIndex(view)
        self.view_box.currentIndexChanged.connect(self.show_view)
        self.first_box.currentIndexChanged.connect(self.show_view)
        self.second_box.currentIndexChanged.connect(self.show_view)
        self.show_view()
        self.resize(960, 560)

    def _name_texts(self) -> None:
        """The labels, choices and button in the interface language."""
        self.view_label.setText(self.tr("View:"))
        self.view_box.setItemText(0, self.tr("Each quarter on its own"))
        self.view_box.setItemText(1, self.tr("Two periods side by side"))
        for box in (self.first_box, self.second_box):
            for row, months in enumerate(COMPARE_CHOICES):
                box.setItemText(row, period_name(months))
        self.first_label.setText(self.tr("Periods:"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """The interface language changed while the view is open: named again, the same view shown."""
        if event.type() == QEvent.LanguageChange and hasattr(self, "close_button"):
            self._name_texts()
            self.show_view()
        super().changeEvent(event)

    # --- reading -------------------------------------------------------------------------------------------
    def _rows_at(self, months: int) -> dict[int, SummaryRow]:
        if months not in self._summaries:
            rows = load_summary(self._db, self._year, months, self._sector).rows
            self._summaries[months] = {r.input.target_id: r for r in rows}
            if not self._order:
                self._order = list(rows)
        return self._summaries[months]

    def _targets(self) -> list[SummaryRow]:
        self._rows_at(self._months)
        return self._order

    @staticmethod
    def _name(row: SummaryRow) -> str:
        return ("    " if row.input.parent else "") + row.input.name

    # --- the two views -------------------------------------------------------------------------------------
    def show_view(self) -> None:
        comparing = self.view_box.currentData() == COMPARE_VIEW
        for widget in (self.first_label, self.first_box, self.second_box):
            widget.setVisible(comparing)
        if comparing:
            self._show_comparison()
        else:
            self._show_quarters()

    def _show_quarters(self) -> None:
        self.setWindowTitle(self.tr("Each quarter on its own — %1").replace("%1", str(self._year)))
        headers = [self.tr("Target"), self.tr("Unit")] + [
            self.tr("Quarter %1").replace("%1", ("I", "II", "III", "IV")[q - 1]) for q in QUARTERS
        ]
        by_cutoff = {quarter_cutoffs(q)[1]: self._rows_at(quarter_cutoffs(q)[1]) for q in QUARTERS}
        rows, tips = [], []
        for target in self._targets():
            tid, kind = target.input.target_id, target.input.kind
            values = {
                m: (r.input.value if (r := rows_at.get(tid)) is not None else None)
                for m, rows_at in by_cutoff.items()
            }
            quarters = quarter_values(kind, values)
            rows.append(
                [self._name(target), target.input.unit]
                + [format_number(v, max_decimals=target.decimals) for v in quarters]
            )
            tip = (
                self.tr("A level: its value at the quarter's end.")
                if kind is Kind.LEVEL
                else self.tr("A flow: what was added in the quarter (its cut-off minus the one before).")
            )
            tips.append([target.input.name, ""] + [tip] * len(QUARTERS))
        self.model.set_rows(headers, rows, tips)
        self.explanation.setText(
            self.tr(
                "Flows: each quarter alone (Quarter III = 9 months − 6 months). Levels: the value at the "
                "quarter's end. A blank cell: a cut-off it needs has no figure."
            )
        )

    def _show_comparison(self) -> None:
        first, second = self.first_box.currentData(), self.second_box.currentData()
        one, two = period_name(first), period_name(second)
        self.setWindowTitle(
            self.tr("%1 and %2, %3").replace("%1", one).replace("%2", two).replace("%3", str(self._year))
        )
        actual, of_plan = self.tr("Actual"), self.tr("% of plan")
        headers = [
            self.tr("Target"),
            self.tr("Unit"),
            f"{actual}\n{one}",
            f"{of_plan}\n{one}",
            f"{actual}\n{two}",
            f"{of_plan}\n{two}",
            self.tr("Difference\n%1 − %2").replace("%1", two).replace("%2", one),
        ]
        left, right = self._rows_at(first), self._rows_at(second)
        rows, tips = [], []
        for target in self._targets():
            tid, places = target.input.target_id, target.decimals
            a, b = left.get(tid), right.get(tid)
            va = a.input.value if a is not None else None
            vb = b.input.value if b is not None else None
            rows.append(
                [
                    self._name(target),
                    target.input.unit,
                    format_number(va, max_decimals=places),
                    _pct(a),
                    format_number(vb, max_decimals=places),
                    _pct(b),
                    format_number(period_difference(va, vb), max_decimals=places),
                ]
            )
            tips.append([target.input.name] + [""] * 6)
        self.model.set_rows(headers, rows, tips)
        self.explanation.setText(
            self.tr("Figures are year-to-date at each cut-off; the difference is blank where one is missing.")
        )


def _pct(row: SummaryRow | None) -> str:
    return f"{format_pct(row.pct_plan)}%" if row is not None and row.pct_plan is not None else ""
