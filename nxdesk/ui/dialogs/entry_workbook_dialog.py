"""What goes into the entry workbook for the departments: the period, the sectors, and whether the input
cells start with the figures stored now (for the departments to confirm the current estimates)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import period_choices


@dataclass(frozen=True)
class WorkbookChoice:
    """The clerk's choice: the cut-off month, the sectors' ids, pre-filled or empty input cells."""

    months: int
    sector_ids: tuple[int, ...]
    prefill: bool


class EntryWorkbookDialog(QDialog):
    """Chooses the period (of the window's year), the sectors (all ticked at first) and pre-filling."""

    def __init__(
        self, year: int, months: int, sectors: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EntryWorkbookDialog")
        self.setWindowTitle(self.tr("Entry workbook for %1").replace("%1", str(year)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period_box = QComboBox(self)
        for label, m in period_choices():
            self.period_box.addItem(label, m)
        named = [i for i in range(self.period_box.count()) if self.period_box.itemData(i) == months]
        self.period_box.setCurrentIndex(named[-1] if named else 0)
        form.addRow(self.tr("Period:"), self.period_box)
        self.sector_list = QListWidget(self)
        for sid, name in sectors:
            item = QListWidgetItem(name, self.sector_list)
            item.setData(Qt.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
        form.addRow(self.tr("Sectors:"), self.sector_list)
        layout.addLayout(form)
        self.prefill_box = QCheckBox(self.tr("Fill in the figures entered so far (to be confirmed)"), self)
        self.prefill_box.setChecked(True)
        layout.addWidget(self.prefill_box)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Write the workbook…"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sector_list.itemChanged.connect(lambda _item: self._update())
        self._update()

    def _checked(self) -> tuple[int, ...]:
        items = [self.sector_list.item(i) for i in range(self.sector_list.count())]
        return tuple(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self._checked()))

    def choice(self) -> WorkbookChoice:
        return WorkbookChoice(self.period_box.currentData(), self._checked(), self.prefill_box.isChecked())
