"""Table model of one year's plan sheet for the plan editor: every edit is saved at once, in its own
transaction, through nxdesk.store; what cannot be read is refused with a Vietnamese message."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...domain.levels import PlanRole
from ...domain.numbers import NumberError, format_number
from ...domain.plans import PlanError, parse_plan
from ...domain.targets import Direction, Kind, default_decimals, parse_figure
from ...domain.text import TextError
from ...store import targets as store_targets
from ...store.sectors import list_sectors
from ...store.settings import load_settings
from ...store.targets import InvalidParent, TargetCodeTaken, TargetRecord
from ..i18n import number_error_text
from ..level_text import plan_header

COL_CODE, COL_NAME, COL_UNIT, COL_SECTOR, COL_KIND, COL_DIRECTION, COL_PARENT = range(7)
COL_PLAN_UPPER, COL_PLAN_OWN, COL_PLAN_TERM, COL_BASELINE, COL_DECIMALS = range(7, 12)
COLUMN_COUNT = 12
COMBO_COLUMNS = (COL_SECTOR, COL_KIND, COL_DIRECTION, COL_PARENT, COL_DECIMALS)
PLAN_COLUMNS = {COL_PLAN_UPPER: "upper", COL_PLAN_OWN: "own", COL_PLAN_TERM: "term"}
DEFAULT_DECIMALS = -1  # the decimals drop-down's value for "the unit's default"
INDENT = "      "

Index = QModelIndex | QPersistentModelIndex


class PlanTableModel(QAbstractTableModel):
    """The year's targets in sector order ("trong đó" rows indented under their parent).

    ``refused(row, column, message, text)`` is emitted when a typed value is not accepted (the store is
    left unchanged); ``saved()`` after every accepted edit."""

    refused = Signal(int, int, str, str)
    saved = Signal()

    def __init__(self, db: Database, year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._year = year
        self._sector_id: int | None = None
        self._show_retired = False
        self._rows: list[TargetRecord] = []
        self._depth: dict[int, int] = {}
        self._all: dict[int, TargetRecord] = {}
        self._sectors: dict[int, str] = {}
        self.level: str | None = None
        self.reload()

    # --- reading ------------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        self._year = year
        self.reload(reset=True)

    def set_sector(self, sector_id: int | None) -> None:
        self._sector_id = sector_id
        self.reload(reset=True)

    def set_show_retired(self, show: bool) -> None:
        self._show_retired = show
        self.reload(reset=True)

    def reload(self, reset: bool = False, defer: bool = False) -> None:
        """Re-read the sheet; a plain reset when rows were added, removed or reordered. With ``defer``
        (an edit committed from a cell editor) the reset waits until the view has closed the editor."""
        everything = store_targets.list_targets(self._db, self._year, include_retired=True)
        self.level = load_settings(self._db).level
        self._all = {t.id: t for t in everything}
        self._sectors = {s.id: s.name for s in list_sectors(self._db)}
        rows = [
            t
            for t in everything
            if (self._show_retired or not t.retired)
            and (self._sector_id is None or t.sector_id == self._sector_id)
        ]
        self._depth = {}
        for t in rows:
            depth, parent, seen = 0, t.parent_id, {t.id}
            while parent is not None and parent in self._all and parent not in seen:
                seen.add(parent)
                depth += 1
                parent = self._all[parent].parent_id
            self._depth[t.id] = depth
        same_layout = not reset and [t.id for t in rows] == [t.id for t in self._rows]
        if same_layout:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            return
        if defer:
            QTimer.singleShot(0, self, lambda: self.reload(reset=True))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def target_at(self, row: int) -> TargetRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, target_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == target_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and 0 <= section < COLUMN_COUNT:
            return self.headerData(section, orientation, Qt.DisplayRole)
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < COLUMN_COUNT:
            return [
                self.tr("Code"),
                self.tr("Target"),
                self.tr("Unit"),
                self.tr("Sector"),
                self.tr("Kind"),
                self.tr("Direction"),
                self.tr("Part of"),
                plan_header(self.level, PlanRole.UPPER),
                plan_header(self.level, PlanRole.OWN),
                plan_header(self.level, PlanRole.TERM),
                self.tr("Baseline"),
                self.tr("Decimals"),
            ][section]
        if orientation == Qt.Vertical and role == Qt.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        target = self._rows[index.row()]
        return base if target.retired else base | Qt.ItemIsEditable

    def kind_label(self, kind: Kind) -> str:
        return self.tr("Cumulative") if kind is Kind.FLOW else self.tr("Point in time")

    def direction_label(self, direction: Direction) -> str:
        return self.tr("Higher is better") if direction is Direction.UP else self.tr("Lower is better")

    def _display(self, t: TargetRecord, column: int) -> str:
        if column == COL_CODE:
            return t.code
        if column == COL_NAME:
            name = INDENT * self._depth.get(t.id, 0) + t.name
            return name + "  " + self.tr("(dropped this year)") if t.retired else name
        if column == COL_UNIT:
            return t.unit
        if column == COL_SECTOR:
            return t.sector
        if column == COL_KIND:
            return self.kind_label(t.kind)
        if column == COL_DIRECTION:
            return self.direction_label(t.direction)
        if column == COL_PARENT:
            return t.parent_code or ""
        if column == COL_PLAN_UPPER:
            return t.plan_upper or ""
        if column == COL_PLAN_OWN:
            return t.plan_own or ""
        if column == COL_PLAN_TERM:
            return t.plan_term or ""
        if column == COL_DECIMALS:
            return self.decimals_label(t.decimals, t.unit)
        return format_number(t.baseline)

    def decimals_label(self, decimals: int | None, unit: str) -> str:
        if decimals is None:
            return self.tr("%1 (unit's default)").replace("%1", str(default_decimals(unit)))
        return str(decimals)

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._display(t, column)
        if role == Qt.EditRole:
            return {
                COL_NAME: t.name,
                COL_SECTOR: t.sector_id,
                COL_KIND: str(t.kind),
                COL_DIRECTION: str(t.direction),
                COL_PARENT: t.parent_id or 0,
                COL_DECIMALS: DEFAULT_DECIMALS if t.decimals is None else t.decimals,
            }.get(column, self._display(t, column))
        if role == Qt.ToolTipRole and column == COL_NAME:
            return t.name
        if role == Qt.ToolTipRole and column == COL_PARENT and t.parent_id in self._all:
            return self._all[t.parent_id].name
        if role == Qt.ToolTipRole and column == COL_DECIMALS:
            return self.tr("How many decimals the target's figures are shown and printed with.")
        if role == Qt.TextAlignmentRole and column in (
            COL_PLAN_UPPER,
            COL_PLAN_OWN,
            COL_PLAN_TERM,
            COL_BASELINE,
        ):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and column == COL_NAME and self._depth.get(t.id):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ForegroundRole and t.retired:
            return QBrush(QColor("#888888"))
        return None

    def choices(self, index: Index) -> list[tuple[str, Any]] | None:
        """The (label, value) pairs a drop-down offers for this cell, or None for a text cell."""
        if not index.isValid():
            return None
        column = index.column()
        t = self._rows[index.row()]
        if column == COL_SECTOR:
            return [(name, sid) for sid, name in self._sectors.items()]
        if column == COL_KIND:
            return [(self.kind_label(k), str(k)) for k in Kind]
        if column == COL_DIRECTION:
            return [(self.direction_label(d), str(d)) for d in Direction]
        if column == COL_DECIMALS:
            default = (self.decimals_label(None, t.unit), DEFAULT_DECIMALS)
            return [default, *((str(n), n) for n in range(5))]
        if column == COL_PARENT:
            below = set(store_targets.descendants(self._db, t.id))
            options: list[tuple[str, Any]] = [(self.tr("— (none)"), 0)]
            for other in self._all.values():
                if other.id == t.id or other.id in below or other.retired or other.sector_id != t.sector_id:
                    continue
                options.append((f"{other.code} · {other.name}", other.id))
            return options
        return None

    # --- writing ------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.EditRole) -> bool:
        if not index.isValid() or role != Qt.EditRole or not self.flags(index) & Qt.ItemIsEditable:
            return False
        t = self._rows[index.row()]
        column = index.column()
        text = "" if value is None else str(value)
        try:
            self._write(t, column, value, text.strip())
        except _Refused as refusal:
            self.refused.emit(index.row(), column, refusal.message, text)
            return False
        except TextError as exc:  # a control or invisible character, or too long
            from ...domain.messages import Message
            from ..messages import message_text

            self.refused.emit(index.row(), column, message_text(Message(exc.code, exc.params)), text)
            return False
        except sqlite3.Error as exc:  # e.g. the file is locked by another program: nothing was written
            message = self.tr("The change could not be saved: %1").replace("%1", str(exc))
            self.refused.emit(index.row(), column, message, text)
            return False
        self.reload(defer=True)
        self.saved.emit()
        return True

    def _write(self, t: TargetRecord, column: int, value: Any, text: str) -> None:
        db = self._db
        if column == COL_CODE:
            if not text:
                raise _Refused(self.tr("A target needs a code."))
            try:
                store_targets.update_target(db, t.id, code=text)
            except TargetCodeTaken as exc:
                raise _Refused(self.code_taken_message(exc.target_code)) from exc
        elif column == COL_NAME:
            if not text:
                raise _Refused(self.tr("A target needs a name."))
            store_targets.update_target(db, t.id, name=text)
        elif column == COL_UNIT:
            store_targets.update_target(db, t.id, unit=text)
        elif column == COL_SECTOR:
            store_targets.update_target(db, t.id, sector_id=int(value))
        elif column == COL_KIND:
            store_targets.update_target(db, t.id, kind=Kind(str(value)))
        elif column == COL_DIRECTION:
            store_targets.update_target(db, t.id, direction=Direction(str(value)))
        elif column == COL_PARENT:
            try:
                store_targets.update_target(db, t.id, parent_id=int(value) or None)
            except InvalidParent as exc:
                message = self.tr("A target cannot be placed under itself or under its own rows.")
                raise _Refused(message) from exc
        elif column in PLAN_COLUMNS:
            if text:
                try:
                    parse_plan(text)
                except PlanError as exc:
                    raise _Refused(self.plan_error_message(exc)) from exc
            store_targets.set_plan(db, t.id, self._year, PLAN_COLUMNS[column], text or None)
        elif column == COL_DECIMALS:
            try:
                decimals = int(value)
            except (TypeError, ValueError):
                decimals = -2
            if not DEFAULT_DECIMALS <= decimals <= 4:
                raise _Refused(self.tr("Decimals are a whole number from 0 to 4."))
            store_targets.set_decimals(db, t.id, None if decimals == DEFAULT_DECIMALS else decimals)
        elif column == COL_BASELINE:
            baseline = None
            if text:
                try:
                    baseline = parse_figure(text, None, unit=t.unit, decimals=t.decimals)
                except NumberError as exc:
                    raise _Refused(self.number_error_message(exc, t.unit)) from exc
            store_targets.set_baseline(db, t.id, self._year, baseline)

    # --- messages (translated by code, never from the domain's English text) --------------------------

    def code_taken_message(self, code: str) -> str:
        text = self.tr("The code %1 is already used by another target (codes are unique across all years).")
        return text.replace("%1", code)

    def plan_error_message(self, exc: PlanError) -> str:
        if exc.code == "reversed":
            return self.tr("“%1”: the lower bound of a range must come first, e.g. 6,6-6,8.").replace(
                "%1", exc.text
            )
        if exc.code == "empty":
            return self.tr("The plan is empty.")
        message = self.tr("“%1” is not a plan nxdesk can read. Write e.g. 25.000, ≥ 70, 6,6-6,8, khoảng 4.")
        message = message.replace("%1", exc.text)
        if exc.cause is not None:
            message += "\n" + self.number_error_message(exc.cause)
        return message

    def number_error_message(self, exc: NumberError, unit: str = "") -> str:
        return number_error_text(exc, unit)


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
