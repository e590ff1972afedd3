"""Kế hoạch năm …: the year's targets and sectors, edited in place; every change is saved at once.

Opened by the main window as ``PlanEditorDialog(db, year, parent).exec()``; afterwards the window re-reads
its sectors and targets. Reads and writes go through nxdesk.store only, each user action in one transaction.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...store import sectors as store_sectors
from ...store import targets as store_targets
from ..dialog_service import dialogs
from ..messages import text_problem
from .plan_delegate import PlanDelegate
from .plan_model import (
    COL_BASELINE,
    COL_CODE,
    COL_DECIMALS,
    COL_DIRECTION,
    COL_KIND,
    COL_NAME,
    COL_PARENT,
    COL_PLAN_OWN,
    COL_PLAN_TERM,
    COL_PLAN_UPPER,
    COL_SECTOR,
    COL_UNIT,
    COMBO_COLUMNS,
    PlanTableModel,
)

ALL_SECTORS = -1


class PlanEditorDialog(QDialog):
    """The plan sheet of one year: sectors (add, rename, reorder) and targets (add, edit, retire,
    reorder, copy last year's sheet). Each edit is its own transaction, saved immediately."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.changed = False
        self.setObjectName("PlanEditorDialog")
        self.model = PlanTableModel(db, year, self)
        self.model.refused.connect(self._on_refused)
        self.model.saved.connect(self._on_saved)
        self._build()
        self._reload_sectors()
        self._update_title()
        self._update_buttons()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 760
        if screen is not None and screen.width() > 400:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        self.year_box = QSpinBox(self)
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(self.model.year)
        self.year_box.valueChanged.connect(self._on_year_changed)
        top.addWidget(self.year_box)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        top.addSpacing(16)
        top.addWidget(self.heading)
        self.count_label = QLabel(self)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        self.copy_button = self._button(self.tr("Copy from last year"), self.copy_from_last_year, top)

        sector_box = QGroupBox(self.tr("Sectors"), self)
        sector_layout = QVBoxLayout(sector_box)
        self.sector_list = QListWidget(sector_box)
        self.sector_list.setWordWrap(True)
        self.sector_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sector_list.currentItemChanged.connect(self._on_sector_selected)
        sector_layout.addWidget(self.sector_list)
        sector_buttons = QHBoxLayout()
        self.add_sector_button = self._button(self.tr("Add…"), self.add_sector, sector_buttons)
        self.rename_sector_button = self._button(self.tr("Rename…"), self.rename_sector, sector_buttons)
        sector_layout.addLayout(sector_buttons)
        self.standard_sectors_button = QPushButton(self.tr("Add the five standard sectors"), sector_box)
        self.standard_sectors_button.setAutoDefault(False)
        self.standard_sectors_button.setToolTip(self._standard_sectors_tip())
        self.standard_sectors_button.clicked.connect(lambda *_: self._run(self.add_standard_sectors))
        sector_layout.addWidget(self.standard_sectors_button)
        sector_moves = QHBoxLayout()
        self.sector_up_button = self._button(self.tr("Up"), lambda: self.move_sector(-1), sector_moves)
        self.sector_down_button = self._button(self.tr("Down"), lambda: self.move_sector(1), sector_moves)
        sector_layout.addLayout(sector_moves)

        target_box = QWidget(self)
        target_layout = QVBoxLayout(target_box)
        target_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(target_box)
        self.table.setModel(self.model)
        self.table.setItemDelegate(PlanDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a long target name takes two lines rather than being cut
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(COL_NAME, QHeaderView.Interactive)  # sized by _fit_name_column
        header.moveSection(COL_SECTOR, header.count() - 1)  # changed rarely: last
        widths = {
            COL_CODE: 60,
            COL_UNIT: 104,
            COL_SECTOR: 150,
            COL_KIND: 86,
            COL_DIRECTION: 96,
            COL_PARENT: 64,
            COL_PLAN_UPPER: 92,
            COL_PLAN_OWN: 100,
            COL_PLAN_TERM: 100,
            COL_BASELINE: 84,
            COL_DECIMALS: 96,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, max(width, self._header_width(column)))
        header.setMinimumHeight(2 * self.fontMetrics().height() + 12)  # headers wrap onto two lines
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        target_layout.addWidget(self.table)

        target_buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add target…"), self.add_target, target_buttons)
        self.edit_button = self._button(self.tr("Edit"), self.edit_current, target_buttons)
        self.retire_button = self._button(self.tr("Drop from this year"), self.toggle_retired, target_buttons)
        self.up_button = self._button(self.tr("Up"), lambda: self.move_target(-1), target_buttons)
        self.down_button = self._button(self.tr("Down"), lambda: self.move_target(1), target_buttons)
        target_buttons.addStretch(1)
        self.show_retired = QCheckBox(self.tr("Show targets dropped from this year"), target_box)
        self.show_retired.toggled.connect(self._on_show_retired)
        target_buttons.addWidget(self.show_retired)
        target_layout.addLayout(target_buttons)

        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(sector_box)
        splitter.addWidget(target_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1140])

        hint = QLabel(
            self.tr(
                "Every change is saved at once. Plans are kept as typed: 25.000, ≥ 70, dưới 3, "
                "6,6-6,8, khoảng 4."
            ),
            self,
        )
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.accept)
        close.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.Close).setAutoDefault(False)  # Enter in a cell must not close it
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _button(self, text: str, slot: Any, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda *_: self._run(slot))
        layout.addWidget(button)
        return button

    def _run(self, action: Any) -> None:
        """Run a button's action; a database error (the file locked by another program…) is reported,
        and as each action is one transaction, nothing of it was written."""
        try:
            action()
        except sqlite3.Error as exc:
            message = self.tr("The change could not be saved: %1").replace("%1", str(exc))
            dialogs().error(self, self.tr("Not saved"), message)
            self._refresh()

    # --- state --------------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self.model.year

    def _update_title(self) -> None:
        title = self.tr("Plan for %1").replace("%1", str(self.year))
        self.setWindowTitle(title)
        self.heading.setText(title)

    def current_target(self) -> store_targets.TargetRecord | None:
        index = self.table.currentIndex()
        return self.model.target_at(index.row()) if index.isValid() else None

    def select_target(self, target_id: int, column: int = COL_NAME) -> None:
        row = self.model.row_of(target_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    def _update_buttons(self) -> None:
        target = self.current_target()
        self.edit_button.setEnabled(target is not None and not target.retired)
        self.retire_button.setEnabled(target is not None)
        self.retire_button.setText(
            self.tr("Put back in this year") if target and target.retired else self.tr("Drop from this year")
        )
        self.up_button.setEnabled(target is not None and not target.retired)
        self.down_button.setEnabled(target is not None and not target.retired)
        sheet = store_targets.list_targets(self._db, self.year)
        count = sum(1 for t in sheet if t.parent_id is None)
        if count:
            text = self.tr("%1 targets, %2 “of which” rows") if len(sheet) > count else self.tr("%1 targets")
            self.count_label.setText(text.replace("%1", str(count)).replace("%2", str(len(sheet) - count)))
        else:
            self.count_label.setText(
                self.tr("No targets for %1 yet: copy last year's plan or add targets.").replace(
                    "%1", str(self.year)
                )
            )
        sector = self._selected_sector()
        self.rename_sector_button.setEnabled(sector is not None)
        self.sector_up_button.setEnabled(sector is not None)
        self.sector_down_button.setEnabled(sector is not None)

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        target = self.model.target_at(index.row()) if index.isValid() else None
        self._kept = (target.id, index.column()) if target else None

    def _restore_current(self) -> None:
        kept = getattr(self, "_kept", None)
        if kept is not None:
            self.select_target(*kept)
        self._update_buttons()

    def _on_saved(self) -> None:
        self.changed = True
        self._update_buttons()

    def _refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else getattr(self.current_target(), "id", None)
        column = self.table.currentIndex().column() if self.table.currentIndex().isValid() else COL_NAME
        self.model.reload(reset=True)
        if keep is not None:
            self.select_target(keep, column)
        self._update_buttons()

    def _on_year_changed(self, year: int) -> None:
        self.model.set_year(year)
        self._update_title()
        self._update_buttons()

    def _on_show_retired(self, show: bool) -> None:
        self.model.set_show_retired(show)

    # --- refused edits: say why, then give the typed text back in the editor ------------------------

    def _on_refused(self, row: int, column: int, message: str, text: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show_refusal(row, column, message, text))

    def _show_refusal(self, row: int, column: int, message: str, text: str) -> None:
        dialogs().warning(self, self.tr("Not saved"), message)
        if column in COMBO_COLUMNS or not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        editor = self.table.indexWidget(index)
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    # --- sectors ------------------------------------------------------------------------------------

    def _selected_sector(self) -> int | None:
        item = self.sector_list.currentItem()
        if item is None:
            return None
        sid = item.data(Qt.UserRole)
        return None if sid == ALL_SECTORS else int(sid)

    def _reload_sectors(self, select: int | None = None) -> None:
        if select is None:
            select = self._selected_sector()
        self.sector_list.blockSignals(True)
        self.sector_list.clear()
        everything = QListWidgetItem(self.tr("All sectors"))
        everything.setData(Qt.UserRole, ALL_SECTORS)
        self.sector_list.addItem(everything)
        current = everything
        for sector in store_sectors.list_sectors(self._db):
            item = QListWidgetItem(sector.name)
            item.setData(Qt.UserRole, sector.id)
            item.setToolTip(sector.name)
            self.sector_list.addItem(item)
            if sector.id == select:
                current = item
        self.sector_list.setCurrentItem(current)
        self.sector_list.blockSignals(False)
        self.standard_sectors_button.setVisible(self.sector_list.count() == 1)  # only "All sectors"
        self.model.set_sector(self._selected_sector())
        self._update_buttons()

    def _on_sector_selected(self, *_: object) -> None:
        self.model.set_sector(self._selected_sector())
        self.table.setColumnHidden(COL_SECTOR, self._selected_sector() is not None)
        self._update_buttons()

    def _sector_name_free(self, name: str, own: int | None = None) -> bool:
        other = store_sectors.sector_id(self._db, name)
        if other is not None and other != own:
            dialogs().warning(
                self,
                self.tr("Sectors"),
                self.tr("There is already a sector named “%1”.").replace("%1", name.strip()),
            )
            return False
        return True

    def _sector_text_ok(self, name: str) -> bool:
        problem = text_problem("sector", name)
        if problem:
            dialogs().warning(self, self.tr("Sector"), problem)
        return problem is None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_name_column()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The name column takes the width the other columns leave, but never less than a readable
        minimum: on a narrow screen the sheet scrolls sideways rather than squeeze the names."""
        table = self.table
        self._fit_short_columns()
        others = sum(
            table.columnWidth(c)
            for c in range(self.model.columnCount())
            if c != COL_NAME and not table.isColumnHidden(c)
        )
        room = table.viewport().width() - others
        minimum = self.fontMetrics().horizontalAdvance("Tích tụ đất đai để sản xuất nông") + 16
        table.setColumnWidth(COL_NAME, max(room, minimum))
        table.resizeRowsToContents()

    def _fit_short_columns(self) -> None:
        """Codes, units, kinds, directions, parents and sectors on one line where they are short enough
        ("Thời điểm" not broken in two); a long sector name wraps within a bounded width."""
        fm = self.table.fontMetrics()
        caps = {
            COL_CODE: 120,
            COL_UNIT: 140,
            COL_KIND: 140,
            COL_DIRECTION: 140,
            COL_PARENT: 120,
            COL_SECTOR: 200,
        }
        model = self.model
        for column, cap in caps.items():
            texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0) + 16
            width = min(cap, max(widest, self._header_width(column)))
            if width > self.table.columnWidth(column):
                self.table.setColumnWidth(column, width)

    def _header_width(self, column: int) -> int:
        """Wide enough for the header's longest word, so a wrapped header is never cut mid-word."""
        text = str(self.model.headerData(column, Qt.Horizontal) or "")
        widest = max((self.fontMetrics().horizontalAdvance(w) for w in text.split()), default=0)
        return widest + 24

    @staticmethod
    def _standard_sectors_tip() -> str:
        from ...domain.sectors import STANDARD_SECTORS

        return "\n".join(STANDARD_SECTORS)

    def add_standard_sectors(self) -> None:
        """A year without sectors: the five usual ones in one click (Kinh tế; Văn hóa - Xã hội; …)."""
        added = store_sectors.add_standard_sectors(self._db)
        if added:
            self.changed = True
            self._reload_sectors(select=added[0])

    def add_sector(self) -> None:
        name = dialogs().ask_text(self, self.tr("New sector"), self.tr("Name of the new sector:"))
        if not name or not name.strip() or not self._sector_text_ok(name) or not self._sector_name_free(name):
            return
        sid = store_sectors.add_sector(self._db, name)
        self.changed = True
        self._reload_sectors(select=sid)

    def rename_sector(self) -> None:
        sid = self._selected_sector()
        if sid is None:
            return
        old = self.sector_list.currentItem().text()
        name = dialogs().ask_text(self, self.tr("Rename sector"), self.tr("New name of the sector:"), old)
        if not name or not name.strip() or name.strip() == old or not self._sector_text_ok(name):
            return
        if not self._sector_name_free(name, sid):
            return
        store_sectors.rename_sector(self._db, sid, name)
        self.changed = True
        self._reload_sectors(select=sid)
        self.model.reload(reset=True)

    def move_sector(self, offset: int) -> None:
        sid = self._selected_sector()
        if sid is None:
            return
        store_sectors.move_sector(self._db, sid, offset)
        self.changed = True
        self._reload_sectors(select=sid)

    # --- targets ------------------------------------------------------------------------------------

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def add_target(self) -> None:
        sectors = store_sectors.list_sectors(self._db)
        if not sectors:
            dialogs().info(self, self.tr("New target"), self.tr("Add a sector first."))
            return
        chosen = self._selected_sector()
        sector_index = next((i for i, s in enumerate(sectors) if s.id == chosen), 0)
        code = name = unit = ""
        while True:
            fields: list[tuple[str, Any]] = [
                (self.tr("Code:"), code),
                (self.tr("Target:"), name),
                (self.tr("Unit:"), unit),
                (self.tr("Sector:"), ([s.name for s in sectors], sector_index)),
            ]
            answer = dialogs().ask_form(self, self.tr("New target"), fields)
            if answer is None:
                return
            code, name, unit = (str(a).strip() for a in answer[:3])
            sector_index = int(answer[3])
            picked = sectors[sector_index]
            if not code or not name:
                dialogs().warning(self, self.tr("New target"), self.tr("A target needs a code and a name."))
                continue
            problem = next(
                (p for f, t in (("code", code), ("name", name), ("unit", unit)) if (p := text_problem(f, t))),
                None,
            )
            if problem:
                dialogs().warning(self, self.tr("New target"), problem)
                continue
            existing = store_targets.target_id(self._db, code)
            if existing is None:
                break
            on_sheet, retired = store_targets.year_of_target(self._db, existing, self.year)
            if on_sheet and not retired:
                dialogs().warning(self, self.tr("New target"), self.model.code_taken_message(code))
                continue
            question = self.tr(
                "The code %1 belongs to a target that is not on the %2 plan. "
                "Put that target on this year's plan?"
            )
            question = question.replace("%1", code).replace("%2", str(self.year))
            if dialogs().confirm(self, self.tr("New target"), question):
                store_targets.set_retired(self._db, existing, self.year, retired=False)
                self.changed = True
                self._refresh(keep=existing)
                return
        with self._db.atomic():
            tid = store_targets.upsert_target(self._db, code=code, name=name, unit=unit, sector_id=picked.id)
            store_targets.set_target_year(self._db, tid, self.year)
        self.changed = True
        self._refresh(keep=tid)

    def toggle_retired(self) -> None:
        target = self.current_target()
        if target is None:
            return
        if target.retired:
            store_targets.set_retired(self._db, target.id, self.year, retired=False)
            self.changed = True
            self._refresh(keep=target.id)
            return
        rows = len(store_targets.descendants(self._db, target.id))
        question = self.tr("Drop “%1” from the %2 plan? It stays in other years and in the value history.")
        question = question.replace("%1", target.name).replace("%2", str(self.year))
        if rows:
            question += "\n" + self.tr("Its %1 “of which” rows are dropped with it.").replace("%1", str(rows))
        if not dialogs().confirm(self, self.tr("Drop target"), question):
            return
        row = self.table.currentIndex().row()
        store_targets.set_retired(self._db, target.id, self.year, retired=True)
        self.changed = True
        self.model.reload(reset=True)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), COL_NAME))
        self._update_buttons()

    def move_target(self, offset: int) -> None:
        target = self.current_target()
        if target is None or target.retired:
            return
        if store_targets.move_in_year(self._db, target.id, self.year, offset):
            self.changed = True
            self._refresh(keep=target.id)

    def copy_from_last_year(self) -> None:
        source = self.year - 1
        title = self.tr("Copy from last year")
        if not store_targets.list_targets(self._db, source):
            dialogs().info(self, title, self.tr("%1 has no targets to copy.").replace("%1", str(source)))
            return
        present = len(store_targets.list_targets(self._db, self.year, include_retired=True))
        if present:
            question = self.tr(
                "The %1 plan already has %2 targets. Add the targets of %3 that are not on it "
                "yet? Targets already there are left as they are."
            )
            question = question.replace("%1", str(self.year)).replace("%2", str(present))
            question = question.replace("%3", str(source))
            if not dialogs().confirm(self, title, question):
                return
        copied = store_targets.copy_year(self._db, source, self.year)
        self.changed = True
        self.model.reload(reset=True)
        self._update_buttons()
        dialogs().info(
            self,
            title,
            self.tr("%1 targets copied from %2 to %3.")
            .replace("%1", str(copied))
            .replace("%2", str(source))
            .replace("%3", str(self.year)),
        )
