"""What an empty database shows instead of an empty grid: the office's level and names first, then four
ways to start: the level's starting list of targets, the demo, the structure of a CSV file, an empty year."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.levels import Level
from ..store.errors import StoreError
from ..store.settings import SettingError, load_settings, save_settings
from .dialog_service import dialogs
from .dialogs.settings_dialog import EXAMPLES
from .import_export import show_import_issues
from .level_text import level_name
from .write_errors import write_error_text

translate = QCoreApplication.translate


BUTTON_STYLE = (
    "QCommandLinkButton { border: 1px solid #b9c6d3; border-radius: 6px; background: #ffffff;"
    " padding: 10px; }"
    "QCommandLinkButton:hover, QCommandLinkButton:focus { border: 1px solid #1f4e79; background: #eaf2fb; }"
)


class FirstRunPage(QWidget):
    """Three ways to start: ``loaded(year, months)`` once data arrived, ``empty_year(year)`` for a new one."""

    loaded = Signal(int, int)
    empty_year = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        outer = QHBoxLayout(self)  # a readable column in the middle, not lines across a wide screen
        column = QWidget(self)
        column.setMaximumWidth(900)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(10)
        title = QLabel(translate("FirstRun", "Welcome to nxdesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self._office_box())
        intro = QLabel(
            translate("FirstRun", "This database has no targets yet. How do you want to start?"), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.starting_button = QCommandLinkButton(self)
        self.demo_button = QCommandLinkButton(
            translate("FirstRun", "Load the demo"),
            translate(
                "FirstRun",
                "The 27 targets of Như Xuân district with their 9-month 2024 figures, to try everything out.",
            ),
            self,
        )
        self.csv_button = QCommandLinkButton(
            translate("FirstRun", "Copy the structure from a CSV file…"),
            translate(
                "FirstRun",
                "Targets, sectors and plans from a table in the import format (a file exported from Excel).",
            ),
            self,
        )
        self.empty_button = QCommandLinkButton(
            translate("FirstRun", "Start an empty year…"),
            translate("FirstRun", "Choose the year, then enter its targets and plans in the plan editor."),
            self,
        )
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.15)
        for button in (self.starting_button, self.demo_button, self.csv_button, self.empty_button):
            button.setFont(big)  # the description's font follows, a step smaller
            button.setMinimumHeight(58)
            button.setStyleSheet(BUTTON_STYLE)
            layout.addWidget(button)
        layout.addStretch(1)
        self.starting_button.clicked.connect(self.load_starting_list)
        self.demo_button.clicked.connect(self.load_demo)
        self.csv_button.clicked.connect(self.import_csv)
        self.empty_button.clicked.connect(self.start_empty_year)
        self.setFocusPolicy(Qt.StrongFocus)
        self._show_level()

    # --- the office ---------------------------------------------------------------------------------------
    def _office_box(self) -> QGroupBox:
        box = QGroupBox(translate("FirstRun", "Your office"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        self.level = QComboBox(box)
        for level in Level:
            self.level.addItem(level_name(level), level.value)
        self.parent_body = QLineEdit(box)
        self.issuing_body = QLineEdit(box)
        self.state_issuing_body = QLineEdit(box)
        self.place = QLineEdit(box)
        fields = (
            (0, 0, translate("FirstRun", "Level:"), self.level),
            (0, 2, translate("FirstRun", "Place name:"), self.place),
            (1, 0, translate("FirstRun", "Party committee:"), self.issuing_body),
            (1, 2, translate("FirstRun", "Above it:"), self.parent_body),
            (2, 0, translate("FirstRun", "People's Committee:"), self.state_issuing_body),
        )
        for row, col, label, widget in fields:
            grid.addWidget(QLabel(label, box), row, col)
            grid.addWidget(widget, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        settings = load_settings(self.db)
        self.level.setCurrentIndex(max(self.level.findData(settings.level), 0))
        self.parent_body.setText(settings.parent_body)
        self.issuing_body.setText(settings.issuing_body)
        self.state_issuing_body.setText(settings.state_issuing_body)
        self.place.setText(settings.place)
        self.level.currentIndexChanged.connect(self._show_level)
        return box

    def chosen_level(self) -> Level:
        return Level(self.level.currentData() or Level.XA)

    def _show_level(self) -> None:
        level = self.chosen_level()
        party_parent, party_body, _state_parent, state_body, place = EXAMPLES[level]
        self.parent_body.setPlaceholderText(party_parent)
        self.issuing_body.setPlaceholderText(party_body)
        self.state_issuing_body.setPlaceholderText(state_body)
        self.place.setPlaceholderText(place)
        if level is Level.TINH:
            self.starting_button.setText(translate("FirstRun", "Start from a province's typical targets"))
            about = translate(
                "FirstRun",
                "About 25 targets a province follows, in the five sectors, for this year: edit them.",
            )
        else:
            self.starting_button.setText(translate("FirstRun", "Start from a commune's typical targets"))
            about = translate(
                "FirstRun",
                "About 25 targets of a 2025–2030 commune congress resolution, in the five sectors, "
                "for this year: edit them.",
            )
        self.starting_button.setDescription(about)

    def save_office(self) -> bool:
        """Keep the level and names typed here (the Settings dialog shows them again); False, with a
        message, when they could not be written."""
        settings = load_settings(self.db)
        settings.level = self.chosen_level().value
        for name in ("parent_body", "issuing_body", "state_issuing_body", "place"):
            setattr(settings, name, " ".join(getattr(self, name).text().split()))
        try:
            save_settings(self.db, settings)
        except SettingError:
            dialogs().warning(
                self,
                translate("FirstRun", "Your office"),
                translate(
                    "FirstRun", "A name is too long (200 characters at most) or holds invisible characters."
                ),
            )
            return False
        except (StoreError, sqlite3.Error) as exc:
            dialogs().error(self, translate("FirstRun", "Your office"), write_error_text(exc))
            return False
        return True

    def load_starting_list(self) -> bool:
        from ..starting import load_starting_list

        if not self.save_office():
            return False
        today = datetime.now()
        try:
            report = load_starting_list(self.db, self.chosen_level(), today.year)
        except (StoreError, sqlite3.Error) as exc:
            dialogs().error(
                self, translate("FirstRun", "The starting list was not loaded"), write_error_text(exc)
            )
            return False
        if not report.ok:
            self._show_issues(report.issues)
            return False
        self.loaded.emit(today.year, today.month)
        return True

    def load_demo(self) -> bool:
        from ..demo import DEMO_MONTHS, DEMO_YEAR, load_demo

        try:
            report = load_demo(self.db)
        except (StoreError, sqlite3.Error) as exc:
            dialogs().error(self, translate("FirstRun", "The demo was not loaded"), write_error_text(exc))
            return False
        if not report.ok:
            self._show_issues(report.issues)
            return False
        self.loaded.emit(DEMO_YEAR, DEMO_MONTHS)
        return True

    def import_csv(self) -> bool:
        if not self.save_office():
            return False
        path = dialogs().open_file(
            self,
            translate("FirstRun", "Copy the structure from a CSV file"),
            translate("FirstRun", "CSV tables (*.csv)"),
        )
        if not path:
            return False
        from .import_export import run_import

        if run_import(self, self.db, path, dry_run=False) is None:
            return False
        year_months = self.db.execute(
            "SELECT year, MAX(months) FROM entries GROUP BY year ORDER BY year DESC LIMIT 1"
        ).fetchone()
        from ..store.targets import years

        known = years(self.db)
        year = known[-1] if known else datetime.now().year
        months = year_months[1] if year_months and year_months[0] == year else 12
        self.loaded.emit(year, months)
        return True

    def _show_issues(self, issues: list) -> None:
        show_import_issues(self, issues)

    def start_empty_year(self) -> bool:
        default = str(datetime.now().year)
        answer = dialogs().ask_text(
            self, translate("FirstRun", "Start an empty year"), translate("FirstRun", "Year:"), default
        )
        if answer is None:
            return False
        text = answer.strip()
        if not text.isdigit() or not 1900 <= int(text) <= 2200:
            dialogs().warning(
                self,
                translate("FirstRun", "Start an empty year"),
                translate("FirstRun", "'%1' is not a year.").replace("%1", text),
            )
            return False
        if not self.save_office():
            return False
        self.empty_year.emit(int(text))
        return True
