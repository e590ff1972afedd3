"""Lịch sử giá trị: every change of one cell (target × period) — when, old → new, estimate/official,
note, where it came from — with "restore this value", which is itself written (and recorded) as a
change: in the window through its writer, as one step the clerk can undo. The history table is append-only
in the database; this dialog only reads it and adds to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...domain.numbers import format_number
from ...store.entries import HistoryItem, get_entry, history
from ...store.errors import StoreError
from ...store.locks import PeriodLocked, is_locked
from ..dialog_service import dialogs
from ..i18n import period_of_year
from ..models.changes import Change, apply_changes, holds

Write = Callable[[list[Change], str], list[Change]]

translate = QCoreApplication.translate


def status_label(status: str | None) -> str:
    return {
        "estimate": translate("History", "Estimate"),
        "official": translate("History", "Official"),
    }.get(status or "", "")


def source_label(source: str) -> str:
    return {
        "grid": translate("History", "Typed in the grid"),
        "paste": translate("History", "Pasted"),
        "undo": translate("History", "Undo / redo"),
        "import": translate("History", "Imported from a file"),
        "restore": translate("History", "Restored from the history"),
        "workbook": translate("History", "Read from a workbook"),
    }.get(source, source)


def _when(text: str) -> str:
    day, _, time = text.partition("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {time}".strip()


class HistoryDialog(QDialog):
    """Lists every change of one target's value in one period, newest first, and restores an old one."""

    COL_WHEN, COL_OLD, COL_NEW, COL_STATUS, COL_NOTE, COL_SOURCE = range(6)

    def __init__(
        self,
        db: Database,
        target_id: int,
        year: int,
        months: int,
        parent: QWidget | None = None,
        *,
        write: Write | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._target, self._year, self._months = db, target_id, year, months
        self._write = write or (lambda changes, _label: apply_changes(db, changes, source="restore"))
        self.changed = False
        self._items: list[HistoryItem] = []
        row = db.execute("SELECT code, name, unit FROM targets WHERE id = ?", [target_id]).fetchone()
        self._code, self._name, self._unit = row if row else ("", "", "")
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("Value history"))
        self._build()
        self.reload()
        self.resize(980, 460)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.current = QLabel(self)
        layout.addWidget(self.current)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Changed at"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Estimate / official"),
                self.tr("Note"),
                self.tr("How"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No value has been entered for this period yet."), self)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore this value"), self)
        self.restore_button.setToolTip(
            self.tr(
                "Make the selected row's new value the current value again; "
                "the restore is recorded in the history too."
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

    def _period_text(self) -> str:
        return period_of_year(self._months, self._year)

    def reload(self) -> None:
        unit = f" ({self._unit})" if self._unit else ""
        self.heading.setText(f"{self._code} {self._name}{unit} — {self._period_text()}")
        entry = get_entry(self._db, self._target, self._year, self._months)
        self._locked = is_locked(self._db, self._year, self._months)
        value = "—"
        if entry is not None:
            value = (format_number(entry.value) or "—") + f" ({status_label(str(entry.status))})"
        now = self.tr("Current value: %1").replace("%1", value)
        if self._locked:
            now += "  ·  " + self.tr("This period is locked: unlock it to restore a value.")
        self.current.setText(now)
        self._items = history(self._db, self._target, self._year, self._months)
        self.table.setRowCount(len(self._items))
        for r, item in enumerate(self._items):
            status = status_label(item.new_status)
            if item.old_status and item.old_status != item.new_status:
                status = f"{status_label(item.old_status)} → {status}"
            note = item.new_note or ""
            if item.old_note != item.new_note and item.old_note:
                note = f"{item.old_note} → {note or '—'}"
            cells = [
                _when(item.changed_at),
                format_number(item.old_value),
                format_number(item.new_value),
                status,
                note,
                source_label(item.source),
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c in (self.COL_OLD, self.COL_NEW):
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.empty.setVisible(not self._items)
        if self._items:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> HistoryItem | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._items[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None and not self._locked)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def restore_selected(self) -> None:
        item = self._selected()
        if item is None:
            return
        title = self.tr("Restore this value")
        restored = {"value": item.new_value, "status": item.new_status or "estimate", "note": item.new_note}
        current = get_entry(self._db, self._target, self._year, self._months)
        if current is not None and holds(current, restored):
            dialogs().info(self, title, self.tr("That is already the current value."))
            return
        change = Change(self._target, self._year, self._months, new=restored)
        try:
            written = self._write([change], title)
        except PeriodLocked:
            text = self.tr("%1 is locked: the figures are final. Unlock the period to change them.")
            dialogs().warning(self, title, text.replace("%1", self._period_text()))
            return
        except (StoreError, sqlite3.Error, OSError) as exc:
            dialogs().error(
                self,
                title,
                self.tr("The value could not be saved; nothing was changed.\n\n%1").replace("%1", str(exc)),
            )
            return
        if not written:
            return
        self.changed = True
        self.reload()
