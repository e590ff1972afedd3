"""What the entry grid shows: columns, roles, colours, labels, typed-status parsing and the warnings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from ...domain.figure_rules import LAST_YEAR, figure_warnings
from ...domain.levels import PlanRole
from ...domain.numbers import NumberError, format_number, is_showable, parse_number
from ...domain.summary import SummaryRow
from ...domain.targets import Assessment, Status
from ...domain.targets import parse_status as domain_parse_status
from ..level_text import plan_header
from ..messages import message_text
from ..palette import BACKGROUNDS

(
    COL_NAME,
    COL_UNIT,
    COL_PLAN_UPPER,
    COL_PLAN_OWN,
    COL_LAST_YEAR,
    COL_VALUE,
    COL_STATUS,
    COL_PCT_PLAN,
    COL_PCT_LAST_YEAR,
    COL_PCT_TERM,
    COL_EXPECTED,
    COL_NOTE,
    COL_PCT_UPPER,  # shown right after COL_PCT_PLAN (EntryGrid moves it there)
) = range(13)
COLUMN_COUNT = 13
PLAN_COLUMNS = (COL_PLAN_UPPER, COL_PLAN_OWN)
EDITABLE_COLUMNS = (COL_LAST_YEAR, COL_VALUE, COL_STATUS, COL_EXPECTED, COL_NOTE)
NUMBER_COLUMNS = (
    COL_PLAN_UPPER,
    COL_PLAN_OWN,
    COL_LAST_YEAR,
    COL_VALUE,
    COL_PCT_PLAN,
    COL_PCT_LAST_YEAR,
    COL_PCT_TERM,
    COL_EXPECTED,
    COL_PCT_UPPER,
)
HIDEABLE_COLUMNS = (
    COL_UNIT,
    COL_PLAN_UPPER,
    COL_PLAN_OWN,
    COL_LAST_YEAR,
    COL_STATUS,
    COL_PCT_PLAN,
    COL_PCT_LAST_YEAR,
    COL_PCT_TERM,
    COL_EXPECTED,
    COL_NOTE,
    COL_PCT_UPPER,
)

_USER = Qt.ItemDataRole.UserRole.value
TargetIdRole = _TARGET = _USER + 1
WarningRole = _WARNING = _USER + 2
HasNoteRole = _NOTE = _USER + 3
LockedRole = _LOCKED = _USER + 4
AssessmentRole = _ASSESSMENT = _USER + 5

WARNING_BG = QColor("#ffe3a3")
ERROR_BG = QColor("#f4a7a0")
LOCKED_BG = QColor("#ececec")
LOCKED_FG = QColor("#777777")
ASSESSMENT_BG = BACKGROUNDS  # the chart's colours, lightened
ASSESSMENT_MARK = {
    Assessment.EXCEEDED: "▲",
    Assessment.MET: "✓",
    Assessment.ON_TRACK: "✓",
    Assessment.BEHIND: "▼",
    Assessment.NOT_MET: "✗",
}

WARNING_BRUSH = QBrush(WARNING_BG)
ERROR_BRUSH = QBrush(ERROR_BG)
LOCKED_BRUSH = QBrush(LOCKED_BG)
LOCKED_FG_BRUSH = QBrush(LOCKED_FG)
ASSESSMENT_BRUSH = {a: QBrush(c) for a, c in ASSESSMENT_BG.items()}
FLAGS_READ_ONLY = Qt.ItemIsEnabled | Qt.ItemIsSelectable
FLAGS_EDITABLE = FLAGS_READ_ONLY | Qt.ItemIsEditable
ITALIC = QFont()
ITALIC.setItalic(True)
ALIGNMENT = [
    int(Qt.AlignRight | Qt.AlignVCenter)
    if col in NUMBER_COLUMNS
    else int(Qt.AlignCenter)
    if col in (COL_UNIT, COL_STATUS)
    else int(Qt.AlignLeft | Qt.AlignVCenter)
    for col in range(COLUMN_COUNT)
]


def _value(role) -> int:
    return role.value if hasattr(role, "value") else int(role)


def _role(role) -> int:
    return role if type(role) is int else _value(role)


_DISPLAY, _EDIT, _ALIGN, _FONT, _BACKGROUND, _FOREGROUND, _TOOLTIP = (
    _value(r)
    for r in (
        Qt.DisplayRole,
        Qt.EditRole,
        Qt.TextAlignmentRole,
        Qt.FontRole,
        Qt.BackgroundRole,
        Qt.ForegroundRole,
        Qt.ToolTipRole,
    )
)
_DECORATION = _value(Qt.DecorationRole)
INDENT = QSize(18, 4)  # a "trong đó" row's name is shifted by an empty icon of this size, on every line
_indent_icon: list[QIcon] = []


def indent_icon() -> QIcon:
    """The empty icon that indents a "trong đó" row (made once a QGuiApplication exists)."""
    if not _indent_icon:
        pixmap = QPixmap(INDENT)
        pixmap.fill(Qt.transparent)
        _indent_icon.append(QIcon(pixmap))
    return _indent_icon[0]


translate = QCoreApplication.translate


def header_labels(level: str | None = None) -> list[str]:
    """The column headers; the two plans are named as the office's ``level`` names them."""
    return [
        QCoreApplication.translate("EntryGrid", "Target"),
        QCoreApplication.translate("EntryGrid", "Unit"),
        plan_header(level, PlanRole.UPPER),
        plan_header(level, PlanRole.OWN),
        QCoreApplication.translate("EntryGrid", "Same period last year"),
        QCoreApplication.translate("EntryGrid", "Actual"),
        QCoreApplication.translate("EntryGrid", "Estimate/Official"),
        QCoreApplication.translate("EntryGrid", "% of plan"),
        QCoreApplication.translate("EntryGrid", "% same period"),
        QCoreApplication.translate("EntryGrid", "% of term target"),
        QCoreApplication.translate("EntryGrid", "Year-end expectation"),
        QCoreApplication.translate("EntryGrid", "Note"),
        QCoreApplication.translate("EntryGrid", "% of %1").replace("%1", plan_header(level, PlanRole.UPPER)),
    ]


def status_label(status: Status | None) -> str:
    if status is Status.OFFICIAL:
        return QCoreApplication.translate("EntryGrid", "Official")
    if status is Status.ESTIMATE:
        return QCoreApplication.translate("EntryGrid", "Estimate")
    return ""


def parse_status(text: str) -> Status | None:
    """ "Ước"/"estimate" or "Chính thức"/"official" (domain.targets.parse_status), the interface's own
    labels and the short forms a clerk types (e, u, o, c, ct); '' is None."""
    shorts = [(w, Status.ESTIMATE) for w in ("e", "u", "ư", status_label(Status.ESTIMATE))]
    shorts += [(w, Status.OFFICIAL) for w in ("o", "c", "ct", status_label(Status.OFFICIAL))]
    try:
        return domain_parse_status(text, *shorts)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("EntryGrid", "'%1' is neither 'Estimate' nor 'Official'.").replace(
                "%1", text.strip()
            )
        ) from None


def editor_number(value: float | None) -> str:
    """The text an editor starts with: vi-VN, but never a form that would be refused as ambiguous."""
    if value is None or not is_showable(value):
        return ""
    text = format_number(value, max_decimals=6)
    try:
        parse_number(text)
    except NumberError:
        text = text.replace(".", "")
    return text


def compute_warnings(
    rows: list[SummaryRow],
    earlier_max: dict[int, float],
    year: int,
    months: int,
    of: set[int | None] | None = None,
) -> dict[int, dict[int, list[str]]]:
    """The figure warnings (``domain.figure_rules``, the rules ``nxdesk check`` reports too) of the period's
    ``rows`` (or of the targets ``of`` only, judged among them), by target id and column, in the interface
    language."""
    out: dict[int, dict[int, list[str]]] = {}
    for warning in figure_warnings(rows, earlier_max, year, months, of):
        col = COL_LAST_YEAR if warning.figure == LAST_YEAR else COL_VALUE
        text = message_text(replace(warning.message, where=None))
        out.setdefault(warning.target_id, {}).setdefault(col, []).append(text)
    return out
