"""Chốt số liệu: lock or unlock one period (year, cut-off) with a reason. Unlocking asks for a reason and
a confirmation; both are logged. The lock itself is enforced by the store (``locks.ensure_unlocked`` in
``entries.set_entry`` and the importer), so every write path — grid, paste, undo, import, command line —
is refused, whatever screen it comes from."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...store.entries import status_counts
from ...store.errors import StoreError
from ...store.locks import is_locked, lock_period, unlock_period
from ..dialog_service import dialogs
from ..i18n import period_name, period_of_year


def _when(text: str | None) -> str:
    if not text:
        return ""
    day, _, time = text.partition("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {time[:5]}".strip()


class LockDialog(QDialog):
    """Locks or unlocks the window's current period, and shows the year's lock log."""

    def __init__(self, db: Database, year: int, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._year, self._months = db, year, months
        self.changed = False
        self.setObjectName("LockDialog")
        self.setWindowTitle(self.tr("Lock the figures"))
        self._build()
        self.reload()
        self.resize(760, 420)

    def _period_text(self) -> str:
        return period_of_year(self._months, self._year)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.PlainText)
        layout.addWidget(self.state)
        form = QFormLayout()
        self.reason = QLineEdit(self)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.clicked.connect(self.lock)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(self.lock_button)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Locks and unlocks of %1:").replace("%1", str(self._year)), self))
        self.log = QTableWidget(0, 4, self)
        self.log.setHorizontalHeaderLabels(
            [self.tr("At"), self.tr("Period"), self.tr("Action"), self.tr("Reason")]
        )
        self.log.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log.setSelectionMode(QAbstractItemView.NoSelection)
        self.log.verticalHeader().hide()
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        layout.addWidget(self.log)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.heading.setText(self._period_text())
        locked = self._db.execute(
            "SELECT reason, locked_at FROM period_locks WHERE year = ? AND months = ?",
            [self._year, self._months],
        ).fetchone()
        if locked:
            text = self.tr("Locked since %1: the figures cannot be changed.").replace("%1", _when(locked[1]))
            if locked[0]:
                text += " " + self.tr("Reason: %1").replace("%1", locked[0])
            self.reason.setPlaceholderText(self.tr("Why the period is unlocked (required)"))
        else:
            text = self.tr(
                "Not locked: the figures can still be changed. Lock the period once they are "
                "final (for example after the meeting's report)."
            )
            self.reason.setPlaceholderText(self.tr("For example: reported to the standing committee"))
        estimates, total = status_counts(self._db, self._year, self._months)
        if estimates:
            text += "\n" + self.tr("%1 of the %2 figures entered are still estimates (ước).").replace(
                "%1", str(estimates)
            ).replace("%2", str(total))
        elif total:
            text += "\n" + self.tr("All %1 figures entered are official.").replace("%1", str(total))
        self.state.setText(text)
        self.lock_button.setVisible(not locked)
        self.unlock_button.setVisible(bool(locked))
        rows = list(
            self._db.execute(
                "SELECT at, months, action, reason FROM lock_log WHERE year = ? ORDER BY id DESC",
                [self._year],
            )
        )
        self.log.setRowCount(len(rows))
        for r, (at, months, action, reason) in enumerate(rows):
            cells = [
                _when(at),
                period_name(months),
                self.tr("Locked") if action == "lock" else self.tr("Unlocked"),
                reason or "",
            ]
            for c, value in enumerate(cells):
                self.log.setItem(r, c, QTableWidgetItem(value))

    def is_locked(self) -> bool:
        return is_locked(self._db, self._year, self._months)

    def lock(self) -> None:
        try:
            lock_period(self._db, self._year, self._months, self.reason.text().strip() or None)
        except (StoreError, sqlite3.Error, OSError) as exc:
            dialogs().error(
                self,
                self.windowTitle(),
                self.tr("The period could not be locked: %1").replace("%1", str(exc)),
            )
            return
        self.changed = True
        self.reason.clear()
        self.reload()

    def unlock(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            text = self.tr("Please write why the period is unlocked; the reason is kept in the log.")
            dialogs().warning(self, self.windowTitle(), text)
            self.reason.setFocus()
            return
        question = self.tr(
            "Unlock %1? Its figures can then be changed again. The unlock and its reason are logged."
        ).replace("%1", self._period_text())
        if not dialogs().confirm(self, self.tr("Unlock"), question):
            return
        try:
            unlock_period(self._db, self._year, self._months, reason)
        except (StoreError, sqlite3.Error, OSError) as exc:
            dialogs().error(
                self,
                self.windowTitle(),
                self.tr("The period could not be unlocked: %1").replace("%1", str(exc)),
            )
            return
        self.changed = True
        self.reason.clear()
        self.reload()
