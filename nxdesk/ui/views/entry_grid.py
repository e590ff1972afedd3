"""The entry grid: a keyboard-first QTableView over :class:`EntryTableModel`.

Typing starts editing; Enter commits and moves down; Tab moves right; Esc cancels; Delete clears the
selected cells; Ctrl+V pastes a block copied from Excel; Ctrl+C copies. Bad input keeps the editor open
and the reason is emitted through ``message`` (the window shows it); nothing is written then.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
    QWidget,
)

from ...domain.numbers import DecimalMark, format_number, parse_number
from ...domain.targets import Status, is_grouped_whole
from ...interchange.decimal_mark import detect_decimal, vote
from ..dialog_service import dialogs
from ..models.changes import Change, merge_changes
from ..models.entry_cells import INDENT, NUMBER_COLUMNS
from ..models.entry_model import (
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
    HIDEABLE_COLUMNS,
    EntryTableModel,
    HasNoteRole,
    TargetIdRole,
    WarningRole,
    status_label,
)
from .frozen_column import FrozenColumn

NOTE_MARK = QColor("#1f6fd1")
WARNING_MARK = QColor("#b26a00")
FITTED_COLUMNS = (*NUMBER_COLUMNS, COL_STATUS, COL_UNIT, COL_NOTE)  # as wide as their widest text


translate = QCoreApplication.translate


def clipboard_block(text: str) -> list[list[str]]:
    """Rows of cells of a block copied from Excel: tab separated, one line a row, cells holding a tab,
    a newline or a quote come quoted; the trailing newline Excel adds is dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row or [""] for row in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]


class EntryDelegate(QStyledItemDelegate):
    """Editors for the grid's cells, with validation before anything is committed."""

    def __init__(self, grid: EntryGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.editors: dict[QWidget, QPersistentModelIndex] = {}  # open editor -> its cell

    def index_of(self, editor: QWidget) -> QModelIndex:
        persistent = self.editors.get(editor)
        return QModelIndex(persistent) if persistent is not None else self.grid.currentIndex()

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        self.editors.pop(editor, None)
        super().destroyEditor(editor, index)

    # --- editors -------------------------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        if index.column() == COL_STATUS:
            editor = QComboBox(parent)
            for status in (Status.ESTIMATE, Status.OFFICIAL):
                editor.addItem(status_label(status), str(status))
        else:
            editor = QLineEdit(parent)
            editor.setFrame(False)
            if index.column() != COL_NOTE:
                editor.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.editors[editor] = QPersistentModelIndex(index)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        text = index.data(Qt.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(text)))
            editor.setProperty("initial", text)
            return
        if editor.property("initial") is None:  # not again after a refused commit
            editor.setText(text)
            editor.setProperty("initial", text)

    def editor_text(self, editor: QWidget) -> str:
        return str(editor.currentData()) if isinstance(editor, QComboBox) else editor.text()

    def refusal(self, editor: QWidget, index: QModelIndex) -> str | None:
        """Why the editor's text can't be committed, or None."""
        text = self.editor_text(editor)
        if text == editor.property("initial"):
            return None
        try:
            self.grid.entry_model.change_for(index, text)
        except ValueError as exc:
            return str(exc.args[0]) if exc.args else str(exc)
        return None

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        text = self.editor_text(editor)
        if text == editor.property("initial"):
            return
        model.setData(index, text, Qt.EditRole)

    # --- keys ----------------------------------------------------------------------------------------------
    def eventFilter(self, editor, event) -> bool:
        kind = event.type()
        if kind == QEvent.KeyPress:
            key = event.key()
            if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab, Qt.Key_Backtab):
                index = self.index_of(editor)
                reason = self.refusal(editor, index)
                if reason:
                    self.grid.refuse(reason, editor)
                    return True
                if key in (Qt.Key_Return, Qt.Key_Enter):
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QAbstractItemDelegate.NoHint)
                    self.grid.move_down(index)
                    return True
        elif kind == QEvent.FocusOut and editor.isVisible() and self.refusal(editor, self.index_of(editor)):
            return True  # keep the editor and its text; nothing typed is lost
        return super().eventFilter(editor, event)

    # --- painting ------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        column = index.column()
        if column != COL_VALUE and column != COL_LAST_YEAR:  # the only cells with a note or a warning
            return
        rect = option.rect
        if index.data(HasNoteRole):
            painter.save()
            painter.setPen(Qt.NoPen)
            painter.setBrush(NOTE_MARK)
            painter.drawPolygon(
                QPolygon(
                    [
                        QPoint(rect.right() - 7, rect.top()),
                        QPoint(rect.right(), rect.top()),
                        QPoint(rect.right(), rect.top() + 7),
                    ]
                )
            )
            painter.restore()
        if index.data(WarningRole):
            painter.save()
            painter.setPen(WARNING_MARK)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect.adjusted(4, 0, 0, 0), int(Qt.AlignLeft | Qt.AlignVCenter), "⚠")
            painter.restore()


class EntryGrid(QTableView):
    """The sector's targets for one period; edits go to ``entry_model.writer`` (the window's undo stack)."""

    message = Signal(str)
    dismissed = Signal()  # Esc: the clerk has read the message
    current_target_changed = Signal(object)  # a target id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = EntryTableModel(self)
        self.setModel(self.entry_model)
        self.delegate = EntryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(
            QAbstractItemView.AnyKeyPressed
            | QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setIconSize(INDENT)  # the only icon: the indent of "trong đó" rows
        self.setWordWrap(True)  # long target names take two lines rather than being cut
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        header.setMinimumHeight(56)
        header.moveSection(header.visualIndex(COL_PCT_UPPER), header.visualIndex(COL_PCT_PLAN) + 1)
        self.set_column_widths()
        self.user_hidden: set[int] = set()  # hideable columns the clerk turned off
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.entry_model.modelReset.connect(self.show_optional_columns)
        self.entry_model.modelReset.connect(self._emit_current)
        self.entry_model.modelReset.connect(self.fit_rows)
        self.entry_model.dataChanged.connect(self._fit_changed_rows)
        header.sectionResized.connect(self._column_resized)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.frozen = FrozenColumn(self, COL_NAME)
        self.entry_model.modelReset.connect(self.fit_columns)
        self.entry_model.dataChanged.connect(
            lambda top_left, bottom_right, *_roles: self.fit_columns(top_left.row(), bottom_right.row())
        )

    def set_column_widths(self) -> None:
        """Widths from the font, so "Chính thức" or "triệu đồng" fit with any interface font."""
        fm = self.fontMetrics()
        pad = 14

        def fit(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        widths = {
            COL_NAME: fit("Tổng diện tích gieo trồng"),
            COL_UNIT: fit("tỷ đồng", "ĐVT"),
            COL_PLAN_UPPER: fit("25.000,5"),
            COL_PLAN_OWN: fit("25.000,5"),
            COL_LAST_YEAR: fit("1.401,35"),
            COL_VALUE: fit("1.401,351", "Thực hiện"),
            COL_STATUS: fit(status_label(Status.OFFICIAL), status_label(Status.ESTIMATE)),
            COL_PCT_PLAN: fit("▲ 147,5%"),
            COL_PCT_LAST_YEAR: fit("193,5%"),
            COL_PCT_UPPER: fit("193,5%"),
            COL_PCT_TERM: fit("193,5%", "nhiệm kỳ"),
            COL_EXPECTED: fit("1.401,351", "Dự kiến"),
            COL_NOTE: fit("Tiến độ xây dựng còn chậm"),  # a short note reads whole; the rest in its tooltip
        }
        self._min_widths = widths
        self._text_widths: list[dict[int, tuple[int, bool]]] = []  # per row: (text width, warned) a column
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def fit_columns(self, first: int = 0, last: int | None = None) -> None:
        """Every figure, plan and percentage whole on one line: a column is as wide as its widest text
        (never narrower than set_column_widths made it); the note column up to a reasonable width. The
        texts are measured anew for a reset, and only in the changed rows after a commit."""
        fm = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        model = self.entry_model
        count = model.rowCount()
        if last is None or len(self._text_widths) != count:
            first, last = 0, count - 1
            self._text_widths = [{} for _ in range(count)]
        for r in range(max(first, 0), min(last + 1, count)):
            self._text_widths[r] = {
                column: (
                    fm.horizontalAdvance(model.display_text(r, column) or ""),
                    bool(model.index(r, column).data(WarningRole)),
                )
                for column in FITTED_COLUMNS
            }
        for column in FITTED_COLUMNS:
            measured = [row[column] for row in self._text_widths]
            widest = max((width for width, _warned in measured), default=0)
            if column == COL_UNIT:
                widest = min(widest, fm.horizontalAdvance("đảng viên") + 2)
            if column == COL_NOTE:
                widest = min(widest, fm.horizontalAdvance("x" * 40))
            warned = any(warned for _width, warned in measured)
            needed = widest + pad + (fm.horizontalAdvance("⚠ ") if warned else 0)
            width = max(needed, self._min_widths.get(column, 0))
            if self.columnWidth(column) < width or column in NUMBER_COLUMNS:
                self.setColumnWidth(column, width)

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.EnsureVisible) -> None:
        """Scroll so that the cell is not under the frozen name column (which never scrolls sideways)."""
        bar = self.horizontalScrollBar()
        before = bar.value()
        super().scrollTo(index, hint)
        if not index.isValid() or index.column() == COL_NAME:
            bar.setValue(before)
            return
        left = self.visualRect(index).left()
        frozen = self.columnWidth(COL_NAME)
        if left < frozen:
            bar.setValue(bar.value() + left - frozen)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.frozen.place()

    def column_choices(self) -> list[tuple[int, str]]:
        """The columns the clerk may hide or show, with their headers."""
        return [(c, self.entry_model.headerData(c, Qt.Horizontal)) for c in HIDEABLE_COLUMNS]

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a hideable column (the choice holds across sectors and periods)."""
        if shown:
            self.user_hidden.discard(column)
        else:
            self.user_hidden.add(column)
        self.show_optional_columns()

    def show_optional_columns(self) -> None:
        """The term column only where some target has a term target; none the clerk turned off."""
        has_term = any(g.summary.plan_term is not None for g in self.entry_model.rows())
        for column in HIDEABLE_COLUMNS:
            needed = has_term if column == COL_PCT_TERM else True
            self.setColumnHidden(column, column in self.user_hidden or not needed)

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for column, text in self.column_choices():
            action = menu.addAction(text.replace("\n", " "))
            action.setCheckable(True)
            action.setChecked(column not in self.user_hidden)
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (COL_NAME, COL_UNIT):
            self.fit_rows()

    def _fit_changed_rows(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles) -> None:
        self.fit_rows(top_left.row(), bottom_right.row())

    def fit_rows(self, first: int = 0, last: int | None = None) -> None:
        """Row heights so that a long target name or unit takes two or three lines instead of being cut
        (computed here for the reset or changed rows, cheaper than letting the view ask every cell)."""
        fm = self.fontMetrics()
        base = fm.height() + 10
        header = self.verticalHeader()
        wrapped = [(column, max(self.columnWidth(column) - 10, 30)) for column in (COL_NAME, COL_UNIT)]
        end = self.entry_model.rowCount() if last is None else min(last + 1, self.entry_model.rowCount())
        for row in range(max(first, 0), end):
            needed = base
            indent = INDENT.width() + 4 if self.entry_model.row_at(row).depth else 0
            for column, width in wrapped:
                text = self.entry_model.display_text(row, column)
                width = width - indent if column == COL_NAME else width
                rect = fm.boundingRect(QRect(0, 0, width, 10000), int(Qt.TextWordWrap), text)
                needed = max(needed, rect.height() + 8)
            if header.sectionSize(row) != needed:
                header.resizeSection(row, needed)

    # --- state ---------------------------------------------------------------------------------------------
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.row() != previous.row() or not previous.isValid():
            self._emit_current()

    def _emit_current(self) -> None:
        index = self.currentIndex()
        self.current_target_changed.emit(index.data(TargetIdRole) if index.isValid() else None)

    def current_target(self) -> int | None:
        index = self.currentIndex()
        return index.data(TargetIdRole) if index.isValid() else None

    def select_target(self, target_id: int | None, column: int | None = None) -> None:
        if target_id is None:
            return
        row = self.entry_model.row_of_target(target_id)
        if row is not None:
            col = self.currentIndex().column() if column is None else column
            self.setCurrentIndex(self.entry_model.index(row, max(col, 0)))

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.EditingState

    def open_editor(self) -> QWidget | None:
        for editor in self.delegate.editors:
            return editor
        return None

    def commit_open_editor(self) -> bool:
        """Commit what is being typed (before closing, switching sector or period). False when refused."""
        editor = self.open_editor()
        if editor is None:
            return True
        reason = self.delegate.refusal(editor, self.delegate.index_of(editor))
        if reason:
            self.refuse(reason, editor)
            return False
        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.NoHint)
        return True

    # The view commits and closes an open editor by itself when the current cell changes (a click
    # elsewhere): refused text must neither be written nor thrown away, so the editor stays open.
    def commitData(self, editor: QWidget) -> None:
        if self.delegate.refusal(editor, self.delegate.index_of(editor)):
            return
        super().commitData(editor)

    def closeEditor(self, editor: QWidget, hint) -> None:
        if hint == QAbstractItemDelegate.RevertModelCache:
            self.dismissed.emit()
        if hint != QAbstractItemDelegate.RevertModelCache and editor in self.delegate.editors:
            reason = self.delegate.refusal(editor, self.delegate.index_of(editor))
            if reason:
                self.refuse(reason, editor)
                return
        super().closeEditor(editor, hint)

    def refuse(self, reason: str, editor: QWidget | None = None) -> None:
        self.message.emit(reason)
        if editor is not None and editor.isVisible():
            QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), reason, editor)

    def move_down(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() + 1 < self.entry_model.rowCount():
            self.setCurrentIndex(self.entry_model.index(index.row() + 1, index.column()))

    # --- keys ----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if not self.is_editing():
            if event.matches(QKeySequence.Paste):
                self.paste_text(QGuiApplication.clipboard().text())
                return
            if event.matches(QKeySequence.Copy):
                self.copy_selection()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and not event.modifiers():
                self.clear_selection()
                return
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.move_down(self.currentIndex())
                return
            if event.key() == Qt.Key_Escape:
                self.dismissed.emit()
                return
            if self._typed_where_it_cannot_be(event):
                return
        super().keyPressEvent(event)

    def _typed_where_it_cannot_be(self, event) -> bool:
        """Typing into a plan, a calculated or a locked cell says why nothing happens (a plan: where it is
        changed instead). True when the key was answered so."""
        index = self.currentIndex()
        typed = event.text()
        if not index.isValid() or not typed or not typed.isprintable() or typed.isspace():
            return False
        if index.column() in (COL_NAME, COL_UNIT):  # typing there finds a row by its name, as in any list
            return False
        if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False
        if self.entry_model.flags(index) & Qt.ItemIsEditable:
            return False
        try:
            self.entry_model.change_for(index, typed)
        except ValueError as exc:
            self.refuse(str(exc.args[0]))
            return True
        return False

    def visible_table(self, selection_only: bool = False) -> tuple[list[list[str]], list[int]]:
        """The texts of the shown rows and columns (those the clerk did not hide), of the selection or of
        the whole sector, and the columns they come from."""
        model = self.entry_model
        header = self.horizontalHeader()
        columns = sorted(
            (c for c in range(COLUMN_COUNT) if not self.isColumnHidden(c)), key=header.visualIndex
        )
        rows = [r for r in range(model.rowCount()) if not self.isRowHidden(r)]
        if selection_only:
            indexes = self.selectedIndexes() or (
                [self.currentIndex()] if self.currentIndex().isValid() else []
            )
            chosen = {(i.row(), i.column()) for i in indexes}
            rows = [r for r in rows if any((r, c) in chosen for c in columns)]
            columns = [c for c in columns if any((r, c) in chosen for r in rows)]
        return [[model.display_text(r, c) for c in columns] for r in rows], columns

    def copy_selection(self) -> None:
        """Ctrl+C: the selected cells as Excel and Word paste them (text with tabs, and an HTML table)."""
        from ..clipboard import put_table

        rows, columns = self.visible_table(selection_only=True)
        if rows:
            put_table(rows, 0, frozenset(i for i, c in enumerate(columns) if c in NUMBER_COLUMNS))

    def copy_table(self) -> int:
        """The sector as shown (visible rows and columns) with the headers, as a table for Excel or Word;
        returns the number of rows copied."""
        from ..clipboard import put_table

        rows, columns = self.visible_table()
        headers = [str(self.entry_model.headerData(c, Qt.Horizontal)).replace("\n", " ") for c in columns]
        put_table([headers, *rows], 1, frozenset(i for i, c in enumerate(columns) if c in NUMBER_COLUMNS))
        return len(rows)

    def _write(self, changes: list[Change], label: str) -> bool:
        writer = self.entry_model.writer
        return bool(changes) and writer is not None and writer(changes, label)

    def clear_selection(self) -> None:
        """Delete: empty every selected editable cell, as one step (recorded in the history)."""
        indexes = self.selectedIndexes() or [self.currentIndex()]
        changes = []
        for index in indexes:
            if not index.isValid() or index.column() not in EDITABLE_COLUMNS or index.column() == COL_STATUS:
                continue
            try:
                change = self.entry_model.change_for(index, "")
            except ValueError as exc:
                self.refuse(str(exc.args[0]))
                return
            if change is not None:
                changes.append(change)
        self._write(changes, translate("EntryGrid", "Clear"))

    def block_decimal(self, cells: list[tuple[int, int, str]]) -> DecimalMark | None | str:
        """The pasted block's decimal mark, decided from the whole block as the importer decides a file's;
        where the block leaves it open, the clerk is asked once, with the numbers read both ways.
        ``""`` when the clerk cancelled. Whole-count figures (decimals 0) read ``28.500`` as grouped and
        take no part in the decision."""
        model = self.entry_model
        figures = [
            c.strip()
            for r, col, c in cells
            if col in (COL_VALUE, COL_LAST_YEAR, COL_EXPECTED)
            and r < model.rowCount()
            and c.strip()
            and not (model.row_at(r).summary.decimals == 0 and is_grouped_whole(c))
        ]
        decimal = detect_decimal((text, False) for text in figures)
        if decimal is not None:
            return decimal
        open_ones = [t for t in dict.fromkeys(figures) if vote(t) is None]
        if not open_ones:
            return None
        lines = []
        for text in open_ones[:6]:
            grouped, point = parse_number(text, "comma"), parse_number(text, "dot")
            lines.append(
                translate("EntryGrid", "%1: yes → %2, no → %3")
                .replace("%1", text)
                .replace("%2", format_number(grouped, max_decimals=4).replace(".", ""))
                .replace("%3", format_number(point, max_decimals=6))
            )
        answer = dialogs().choose_action(
            self,
            translate("EntryGrid", "Paste"),
            translate("EntryGrid", "Is the dot the thousands separator?") + "\n\n" + "\n".join(lines),
            [
                translate("EntryGrid", "Yes: the dot separates thousands"),
                translate("EntryGrid", "No: the dot is the decimal mark"),
            ],
        )
        if answer is None:
            return ""
        return "comma" if answer == 0 else "dot"

    def paste_text(self, text: str) -> bool:
        """Paste a block copied from Excel (tab and newline separated, quoted cells allowed) at the current
        cell, or one value into every selected cell: all of it in one step, or nothing."""
        start = self.currentIndex()
        block = clipboard_block(text)
        if not start.isValid() or not block:
            return False
        model = self.entry_model
        selected = [i for i in self.selectedIndexes() if i.column() in EDITABLE_COLUMNS]
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            cells = [(i.row(), i.column(), block[0][0]) for i in selected]  # fill the selection
        else:
            cells = [
                (start.row() + i, start.column() + j, cell)
                for i, line in enumerate(block)
                for j, cell in enumerate(line)
            ]
        decimal = self.block_decimal(cells)
        if decimal == "":
            return False
        errors, changes = [], []
        for row, col, cell in cells:
            if row >= model.rowCount() or col >= COLUMN_COUNT:
                errors.insert(
                    0,
                    translate("EntryGrid", "The pasted block goes beyond the table (%1 rows, %2 columns).")
                    .replace("%1", str(len(block)))
                    .replace("%2", str(max(map(len, block)))),
                )
                break
            try:
                change = model.change_for(model.index(row, col), cell, decimal, force_status=True)
            except ValueError as exc:
                errors.append(f"{model.display_text(row, COL_NAME).strip()}: {exc.args[0]}")
                continue
            if change is not None:
                changes.append(change)
        if errors:
            self.refuse(translate("EntryGrid", "Nothing was pasted:") + "\n" + "\n".join(errors[:8]))
            return False
        changes = merge_changes(changes)
        if not changes:
            return True
        if self._write(changes, translate("EntryGrid", "Paste %1 cells").replace("%1", str(len(changes)))):
            last_row = min(max(r for r, _c, _t in cells), model.rowCount() - 1)
            last_col = min(max(c for _r, c, _t in cells), COLUMN_COUNT - 1)
            top = model.index(min(r for r, _c, _t in cells), min(c for _r, c, _t in cells))
            self.setCurrentIndex(top)
            self.selectionModel().select(
                QItemSelection(top, model.index(last_row, last_col)), QItemSelectionModel.ClearAndSelect
            )
            return True
        return False
