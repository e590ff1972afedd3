"""Before an import writes: every figure it would change, old → new, with the counts of new, changed and
unchanged figures; "Import" writes the file, "Cancel" leaves the data file as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.numbers import format_number
from ...domain.targets import Status
from ...interchange.csv_import import ImportReport
from ..i18n import period_name

MAX_ROWS = 2000


class ImportPreview(QDialog):
    """The dry run's figures, for the clerk to accept or refuse before anything is written."""

    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPreview")
        self.setWindowTitle(self.tr("Import %1: check before writing").replace("%1", file_name))
        layout = QVBoxLayout(self)
        self.counts = QLabel(
            self.tr("%1 new figures, %2 changed, %3 unchanged; %4 new targets.")
            .replace("%1", str(report.new_figures))
            .replace("%2", str(report.changed_figures))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.targets_created)),
            self,
        )
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        headers = [
            self.tr("Target"),
            self.tr("Period"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Estimate/Official"),
        ]
        figures = report.figures[:MAX_ROWS]
        self.table = QTableWidget(len(figures), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for row, f in enumerate(figures):
            status = self._status(f.old_status, f.new_status, f.old_value is None)
            texts = [
                f.name or f.code,
                f"{period_name(f.months)} {f.year}",
                format_number(f.old_value, max_decimals=6),
                format_number(f.new_value, max_decimals=6),
                status,
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if column == 0:
                    item.setToolTip(f"{f.code} — {f.name}")
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        listed = report.new_figures + report.changed_figures
        if listed > len(figures):
            layout.addWidget(
                QLabel(self.tr("… and %1 more.").replace("%1", str(listed - len(figures))), self)
            )
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def _status(self, old: Status | None, new: Status | None, was_empty: bool) -> str:
        names = {Status.ESTIMATE: self.tr("Estimate"), Status.OFFICIAL: self.tr("Official")}
        new_name = names.get(new, "") if new is not None else ""
        if was_empty or old is None or old == new:
            return new_name
        return f"{names.get(old, '')} → {new_name}"

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
