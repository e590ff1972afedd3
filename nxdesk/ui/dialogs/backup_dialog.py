"""Sao lưu / Khôi phục: the backups beside the database with their date and contents, "back up now",
"save a copy as…", and restoring one (the current data is backed up first; the swap is atomic)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
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
from ...store import backup
from ...store.db import is_read_only
from ...store.errors import StoreError
from ...store.protected_files import export_target_problem
from ..dialog_service import dialogs, protected_file_text

translate = QCoreApplication.translate


def reason_label(reason: str) -> str:
    """Why a backup was made, in words."""
    labels = {
        "start": translate("Backups", "When nxdesk opened"),
        "close": translate("Backups", "When nxdesk closed"),
        "manual": translate("Backups", "Backed up by hand"),
        "import": translate("Backups", "Before an import"),
        "before-restore": translate("Backups", "Before a restore"),
    }
    if reason.startswith("before-v"):
        return translate("Backups", "Before an upgrade")
    return labels.get(reason, reason)


def kept_text(info: backup.BackupInfo) -> str:
    """How long a backup is kept: a date for one taken for a reason, the rotation for the others."""
    if info.kept_until is None:
        return translate("Backups", "Rotated (daily, monthly)")
    last_day = info.kept_until - timedelta(days=1)
    return translate("Backups", "At least until %1").replace("%1", f"{last_day:%d/%m/%Y}")


def locks_text(locks: list[tuple[int, int, str]]) -> str:
    """Locked periods as the clerk reads them: "9 tháng 2024 (chốt 05/10/2024 08:00)"."""
    parts = []
    for year, months, at in locks:
        text = translate("Backups", "%1 months %2 (locked %3)")
        parts.append(text.replace("%1", str(months)).replace("%2", str(year)).replace("%3", _date(at)))
    return "; ".join(parts)


def _date(text: str | None) -> str:
    if not text:
        return ""
    day, _, time = text.partition("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y} {time[:5]}".strip()


def contents_text(contents: backup.BackupContents) -> str:
    """A backup's contents in one line: "30 targets, 62 values, years 2023–2024, last change …"."""
    if not contents.ok:
        return {
            "corrupt": translate("Backups", "Damaged: cannot be restored"),
            "not_nxdesk": translate("Backups", "Not an nxdesk data file"),
            "newer_schema": translate("Backups", "From a newer nxdesk"),
            "unexpected_schema": translate("Backups", "Changed by another program: cannot be restored"),
        }.get(contents.problem or "", translate("Backups", "Cannot be read"))
    text = (
        translate("Backups", "%1 targets, %2 values")
        .replace("%1", str(contents.targets))
        .replace("%2", str(contents.entries))
    )
    if contents.years:
        years = (
            str(contents.years[0])
            if len(contents.years) == 1
            else f"{contents.years[0]}–{contents.years[-1]}"
        )
        text += translate("Backups", ", years %1").replace("%1", years)
    if contents.last_change:
        text += translate("Backups", ", last change %1").replace("%1", _date(contents.last_change))
    if contents.locked_periods:
        text += translate("Backups", ", %1 locked periods").replace("%1", str(contents.locked_periods))
    return text


def backup_label(info: backup.BackupInfo, contents: backup.BackupContents) -> str:
    """One backup as a line of a list: date — why — contents."""
    return f"{info.made_at:%d/%m/%Y %H:%M:%S} — {reason_label(info.reason)} — {contents_text(contents)}"


class BackupDialog(QDialog):
    """Lists the backups of the open database; backs up now, saves a copy elsewhere, restores one."""

    COL_MADE, COL_REASON, COL_CONTENTS, COL_SIZE, COL_KEPT = range(5)

    def __init__(self, db: Database, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._path = db, Path(db_path)
        self.restored = False
        self._backups: list[tuple[backup.BackupInfo, backup.BackupContents]] = []
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        self._build()
        self.reload()
        self.resize(1080, 480)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.where.setText(
            self.tr(
                "Backups of %1 are kept in %2. nxdesk backs up when it opens and closes, before every "
                "import, upgrade and restore. A backup made by hand or before an import, upgrade or "
                "restore is kept at least 30 days; of the others, every backup of today, the last one of "
                "each of the last 10 days and of each of the last 12 months are kept."
            )
            .replace("%1", self._path.name)
            .replace("%2", str(backup.backups_dir(self._path)))
        )
        layout.addWidget(self.where)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Why"), self.tr("Contents"), self.tr("Size"), self.tr("Kept")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(self.COL_CONTENTS, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No backups yet."), self)
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.clicked.connect(self.backup_now)
        self.copy_button = QPushButton(self.tr("Save a copy as…"), self)
        self.copy_button.clicked.connect(self.save_copy)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (self.backup_button, self.copy_button, self.restore_button, self.restore_file_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

    def reload(self) -> None:
        self._backups = [(info, backup.read_contents(info.path)) for info in backup.list_backups(self._path)]
        self.table.setRowCount(len(self._backups))
        for r, (info, contents) in enumerate(self._backups):
            size = format_number(info.size / 1024, max_decimals=0) + " KB"
            made = f"{info.made_at:%d/%m/%Y %H:%M:%S}"
            cells = [made, reason_label(info.reason), contents_text(contents), size, kept_text(info)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{info.path}" if c == self.COL_CONTENTS else text)
                if c == self.COL_SIZE:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not contents.ok:
                    item.setForeground(Qt.darkRed)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self._backups)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> tuple[backup.BackupInfo, backup.BackupContents] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.restore_button.setEnabled(chosen is not None and chosen[1].ok and not is_read_only(self._db))
        self.restore_file_button.setEnabled(not is_read_only(self._db))

    def backup_now(self) -> None:
        try:
            path = backup.backup_now(self._db, self._path, "manual")
        except StoreError as exc:
            dialogs().error(
                self,
                self.windowTitle(),
                self.tr("The backup could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.reload()
        dialogs().info(self, self.windowTitle(), self.tr("Backed up to %1.").replace("%1", str(path)))

    def save_copy(self) -> None:
        suggested = str(Path.home() / f"{self._path.stem}-{_today()}.db")
        target = dialogs().save_file(self, self.tr("Save a copy as"), "nxdesk (*.db)", suggested)
        if not target:
            return
        target_path = Path(target)
        problem = export_target_problem(target_path, self._path)
        if problem in ("database", "companion", "backup"):  # another database file may be replaced by a copy
            dialogs().warning(self, self.windowTitle(), protected_file_text(problem, target_path))
            return
        try:
            if target_path.exists():
                target_path.unlink()  # the file dialog already asked before overwriting
            backup.copy_database(self._db, target_path)
        except (OSError, sqlite3.Error) as exc:
            dialogs().error(
                self, self.windowTitle(), self.tr("The copy could not be written: %1").replace("%1", str(exc))
            )
            return
        text = self.tr("A copy was saved as %1.").replace("%1", str(target))
        dialogs().info(self, self.windowTitle(), text)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or not self.restore_button.isEnabled():
            return
        info, contents = chosen
        self._restore(info.path, f"{info.made_at:%d/%m/%Y %H:%M:%S}", contents)

    def restore_from_file(self) -> None:
        """Restore a copy kept elsewhere (a USB stick, another computer's backup)."""
        chosen = dialogs().open_file(
            self,
            self.tr("Restore from a file"),
            "nxdesk (*.db *.sqlite);;*",
            str(backup.backups_dir(self._path)),
        )
        if not chosen:
            return
        contents = backup.read_contents(Path(chosen))
        if not contents.ok:
            dialogs().warning(
                self,
                self.tr("Restore"),
                self.tr("%1 cannot be restored: %2")
                .replace("%1", chosen)
                .replace("%2", contents_text(contents)),
            )
            return
        self._restore(Path(chosen), chosen, contents)

    def _restore(self, source: Path, name: str, contents: backup.BackupContents) -> None:
        question = (
            self.tr(
                "Restore the backup of %1 (%2)?\n\nThe figures now in nxdesk are backed up "
                "first, then replaced by this backup's."
            )
            .replace("%1", name)
            .replace("%2", contents_text(contents))
        )
        try:
            dropped = backup.locks_dropped_by(self._db, source)
        except (OSError, sqlite3.Error) as exc:
            text = self.tr("Nothing was restored: %1").replace("%1", str(exc))
            dialogs().error(self, self.tr("Restore"), text)
            return
        reason = None
        if dropped:
            warning = self.tr(
                "This backup is older than these locks, which the restore would remove: %1.\n\n"
                "To restore it anyway, give the reason (it is kept in the lock log):"
            ).replace("%1", locks_text(dropped))
            reason = dialogs().ask_text(self, self.tr("Restore"), question + "\n\n" + warning)
            if reason is None:
                return
            if not reason.strip():
                dialogs().warning(
                    self, self.tr("Restore"), self.tr("Nothing was restored: removing locks needs a reason.")
                )
                return
        elif not dialogs().confirm(self, self.tr("Restore"), question):
            return
        try:
            safety = backup.restore(self._db, self._path, source, reason=reason, drop_locks=bool(dropped))
        except (StoreError, OSError, sqlite3.Error) as exc:
            text = self.tr("Nothing was restored: %1").replace("%1", str(exc))
            dialogs().error(self, self.tr("Restore"), text)
            return
        self.restored = True
        self.reload()
        dialogs().info(
            self,
            self.tr("Restore"),
            self.tr("The backup was restored. The figures from before are kept in %1.").replace(
                "%1", str(safety)
            ),
        )


def _today() -> str:
    from datetime import date

    return f"{date.today():%Y%m%d}"
