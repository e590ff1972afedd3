"""Đơn vị: the office's subordinate units (add, rename, retire, import a list), assigning them their targets
("Giao chỉ tiêu"), receiving their packages ("Nhận báo cáo"), and the units × targets matrix of the period
with completeness and ranking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ...domain.levels import words
from ...domain.messages import MessageError
from ...store import units as unit_store
from ...store.settings import load_settings
from ...store.unit_matrix import UnitsMatrix, units_matrix
from ..dialog_service import dialogs
from ..i18n import period_name, period_of_year
from ..messages import message_text
from .units_matrix_model import MATRIX_FIXED, UnitsMatrixModel, matrix_bars, met_counts, status_counts

LEVELS = ("xa", "phuong", "dac_khu", "thon")


def _when(text: str | None) -> str:
    if not text:
        return ""
    day, _, time = text.partition("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {time[:5]}"


class UnitsDialog(QDialog):
    """The Units screen: a list tab and a matrix tab for the window's period."""

    def __init__(self, db: Database, year: int, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._year, self._months = db, year, months
        self.changed = False
        self.setObjectName("UnitsDialog")
        self.setWindowTitle(self.tr("Units"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._build_list(), self.tr("Units"))
        self.tabs.addTab(self._build_matrix(), self.tr("Results by unit"))
        row = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Assign targets…"), self)
        self.assign_button.clicked.connect(self.assign)
        self.receive_button = QPushButton(self.tr("Receive reports…"), self)
        self.receive_button.clicked.connect(self.receive)
        self.xlsx_button = QPushButton(self.tr("Save the table as Excel…"), self)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.pdf_button = QPushButton(self.tr("Save the table as PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.assign_button, self.receive_button, self.xlsx_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()
        self.resize(1280, 640)

    # --- the list ----
    def _build_list(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.unit_table = QTableWidget(0, 4, page)
        self.unit_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Level"), self.tr("In use")]
        )
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.unit_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.unit_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.unit_table.verticalHeader().hide()
        layout.addWidget(self.unit_table)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add),
            (self.tr("Rename…"), self.rename),
            (self.tr("Retire / bring back"), self.toggle_retired),
            (self.tr("Import a list (CSV)…"), self.import_list),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _level_names(self) -> list[str]:
        return [self.tr("commune"), self.tr("ward"), self.tr("special zone"), self.tr("village")]

    def _fill_list(self) -> None:
        units = unit_store.list_units(self._db)
        names = dict(zip(LEVELS, self._level_names(), strict=True))
        self.unit_table.setRowCount(len(units))
        for r, unit in enumerate(units):
            in_use = self.tr("no") if unit.retired else self.tr("yes")
            for c, text in enumerate((unit.code, unit.name, names.get(unit.level, unit.level), in_use)):
                item = QTableWidgetItem(text)
                if unit.retired:
                    item.setForeground(QBrush(QColor("#8C8C8C")))
                self.unit_table.setItem(r, c, item)

    def _selected_code(self) -> str | None:
        row = self.unit_table.currentRow()
        item = self.unit_table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def _refuse(self, exc: MessageError) -> None:
        dialogs().warning(self, self.tr("Units"), "\n".join(message_text(m) for m in exc.messages))

    def _write(self, action) -> None:
        try:
            action()
        except MessageError as exc:
            self._refuse(exc)
            return
        self.changed = True
        self.reload()

    def add(self) -> None:
        answer = dialogs().ask_form(
            self,
            self.tr("Add a unit"),
            [(self.tr("Code:"), ""), (self.tr("Name:"), ""), (self.tr("Level:"), self._level_names())],
        )
        if answer:
            code, name, level = answer
            self._write(lambda: unit_store.add_unit(self._db, str(code), str(name), LEVELS[int(level)]))

    def rename(self) -> None:
        code = self._selected_code()
        if code is None:
            return
        unit = unit_store.unit_by_code(self._db, code)
        name = dialogs().ask_text(self, self.tr("Rename a unit"), self.tr("Name:"), unit.name if unit else "")
        if name:
            self._write(lambda: unit_store.rename_unit(self._db, code, name))

    def toggle_retired(self) -> None:
        code = self._selected_code()
        unit = unit_store.unit_by_code(self._db, code) if code else None
        if unit is not None:
            self._write(lambda: unit_store.set_unit_retired(self._db, unit.code, not unit.retired))

    def import_list(self) -> None:
        path = dialogs().open_file(self, self.tr("Import a list of units"), self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            added, updated = unit_store.import_units(self._db, path)
        except MessageError as exc:
            self._refuse(exc)
            return
        self.changed = True
        self.reload()
        text = self.tr("%1 units added, %2 renamed.").replace("%1", str(added)).replace("%2", str(updated))
        dialogs().info(self, self.tr("Units"), text)

    # --- the matrix ----
    def _build_matrix(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.matrix_title = QLabel(page)
        self.matrix_title.setTextFormat(Qt.PlainText)
        font = self.matrix_title.font()
        font.setBold(True)
        self.matrix_title.setFont(font)
        layout.addWidget(self.matrix_title)
        split = QSplitter(Qt.Horizontal, page)
        self.matrix = QTableView(split)
        self.matrix.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SingleSelection)
        self.matrix.verticalHeader().hide()
        self.matrix.setWordWrap(False)
        split.addWidget(self.matrix)
        split.addWidget(self._build_chart(split))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        return page

    def _build_chart(self, parent: QWidget) -> QWidget:
        from ..chart.unit_bars import UnitTargetChart

        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("% of the assigned plan, by unit:"), panel)
        self.chart_target = QComboBox(panel)
        self.chart_target.setObjectName("chartTarget")
        self.chart_target.currentIndexChanged.connect(self._show_chart)
        self.unit_chart = UnitTargetChart(panel)
        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.unit_chart)
        layout.addWidget(label)
        layout.addWidget(self.chart_target)
        layout.addWidget(scroll, 1)
        return panel

    def _fill_chart_targets(self, data: UnitsMatrix) -> None:
        chosen = self.chart_target.currentData()
        self.chart_target.blockSignals(True)
        self.chart_target.clear()
        for r in data.rollup.rows:
            self.chart_target.addItem(f"{r.code} {r.name} ({r.unit})", r.code)
        index = self.chart_target.findData(chosen) if chosen else -1
        self.chart_target.setCurrentIndex(max(index, 0) if self.chart_target.count() else -1)
        self.chart_target.blockSignals(False)
        self._show_chart()

    def _show_chart(self, *_args) -> None:
        target = self.chart_target.currentIndex()
        if target >= 0:
            self.unit_chart.show_bars(matrix_bars(self.data, target))

    def _cell_chosen(self, current, *_args) -> None:
        """A cell of a target's column chooses that target for the chart."""
        target = current.column() - MATRIX_FIXED
        if 0 <= target < self.chart_target.count():
            self.chart_target.setCurrentIndex(target)

    def show_target_chart(self, code: str) -> None:
        self.chart_target.setCurrentIndex(self.chart_target.findData(code))

    def completeness(self, data: UnitsMatrix, unit: int) -> str:
        receipt = data.receipts[unit]
        if receipt is None:
            return self.tr("missing")
        official, estimate = status_counts(data, unit)
        return (
            self.tr("received %1: %2 official, %3 estimate")
            .replace("%1", _when(receipt.received_at))
            .replace("%2", str(official))
            .replace("%3", str(estimate))
        )

    def _fill_matrix(self) -> None:
        data = units_matrix(self._db, self._year, self._months)
        self.data = data
        level = load_settings(self._db).level
        self.matrix_title.setText(
            self.tr("Results by unit, %1 %2 — value and % of the assigned plan")
            .replace("%1", period_name(self._months))
            .replace("%2", str(self._year))
        )
        targets = len(data.rollup.rows)
        met = met_counts(data)
        order = sorted(range(len(data.units)), key=lambda n: (-met[n], data.units[n].code))
        fixed = [
            [
                str(rank),
                f"{data.units[n].code} {data.units[n].name}",
                self.completeness(data, n),
                f"{met[n]}/{targets}",
            ]
            for rank, n in enumerate(order, start=1)
        ]
        fixed.append(["", words(level).area.capitalize(), "", ""])
        headers = [self.tr("Rank"), self.tr("Unit"), self.tr("Report"), self.tr("Targets met")]
        model = UnitsMatrixModel(data, order, fixed, headers, self.tr("estimate"), self.matrix)
        old = self.matrix.model()
        self.matrix.setModel(model)
        if old is not None:
            old.deleteLater()
        self.matrix.selectionModel().currentChanged.connect(self._cell_chosen)
        font = self.matrix.font()
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        widths = model.column_widths(
            metrics, QFontMetrics(bold), QFontMetrics(self.matrix.horizontalHeader().font())
        )
        margin = (
            2 * (self.matrix.style().pixelMetric(self.matrix.style().PixelMetric.PM_FocusFrameHMargin) + 1)
            + 4
        )
        header = self.matrix.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width + margin)
        self.matrix.verticalHeader().setDefaultSectionSize(2 * metrics.lineSpacing() + 6)
        self._fill_chart_targets(data)

    def reload(self) -> None:
        self._fill_list()
        self._fill_matrix()

    # --- assign, receive, print ----
    def assign(self) -> None:
        from ...interchange.assign import write_assignments

        folder = dialogs().choose_folder(self, self.tr("Folder for the assignment packages"))
        if not folder:
            return
        try:
            written = write_assignments(self._db, self._year, Path(folder))
        except MessageError as exc:
            self._refuse(exc)
            return
        text = self.tr("%1 assignment packages written to %2.").replace("%1", str(len(written)))
        question = self.tr(
            "Also write each unit's entry workbook of %1, for units that fill it in Excel without nxdesk?"
        ).replace("%1", period_of_year(self._months, self._year))
        if dialogs().confirm(self, self.tr("Assign targets"), question):
            from ...interchange.unit_workbook import write_unit_workbooks

            books = write_unit_workbooks(self._db, self._year, self._months, Path(folder))
            text += "\n" + self.tr("%1 entry workbooks written.").replace("%1", str(len(books)))
        dialogs().info(self, self.tr("Assign targets"), text.replace("%2", folder))

    def receive(self) -> None:
        from .receive_dialog import ReceiveDialog

        paths = dialogs().open_files(
            self, self.tr("Receive reports"), self.tr("Packages and unit workbooks (*.nxpkg *.xlsx)")
        )
        if not paths:
            return
        dialog = ReceiveDialog(self._db, [Path(p) for p in paths], self)
        dialog.exec()
        if dialog.applied:
            self.changed = True
            self.reload()

    def full_data(self):
        """Every unit's full summary of the period, which the printed and Excel tables show."""
        from ...store.unit_summary import by_unit

        return by_unit(self._db, self._year, self._months)

    def save_xlsx(self) -> None:
        from ...report.units_matrix import write_units_matrix_xlsx

        path = dialogs().save_file(self, self.tr("Save the table as Excel"), self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            write_units_matrix_xlsx(self.full_data(), load_settings(self._db), Path(path))
        except OSError as exc:
            dialogs().error(self, self.tr("Save the table as Excel"), str(exc))

    def save_pdf(self) -> None:
        from ...report.units_matrix_pdf import write_units_matrix_pdf

        path = dialogs().save_file(self, self.tr("Save the table as PDF"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            write_units_matrix_pdf(self.full_data(), load_settings(self._db), Path(path))
        except OSError as exc:
            dialogs().error(self, self.tr("Save the table as PDF"), str(exc))
