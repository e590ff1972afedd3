"""What an empty database shows instead of an empty grid: load the demo, copy the structure from a CSV
file, or start an empty year."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from ..store.errors import StoreError
from .dialog_service import dialogs
from .import_export import show_import_issues
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
        layout.setContentsMargins(40, 60, 40, 60)
        layout.setSpacing(14)
        title = QLabel(translate("FirstRun", "Welcome to nxdesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            translate("FirstRun", "This database has no targets yet. How do you want to start?"), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
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
        big.setPointSizeF(big.pointSizeF() * 1.25)
        for button in (self.demo_button, self.csv_button, self.empty_button):
            button.setFont(big)  # the description's font follows, a step smaller
            button.setMinimumHeight(72)
            button.setStyleSheet(BUTTON_STYLE)
            layout.addWidget(button)
        layout.addStretch(1)
        self.demo_button.clicked.connect(self.load_demo)
        self.csv_button.clicked.connect(self.import_csv)
        self.empty_button.clicked.connect(self.start_empty_year)
        self.setFocusPolicy(Qt.StrongFocus)

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
        from ..interchange.csv_import import import_file

        path = dialogs().open_file(
            self,
            translate("FirstRun", "Copy the structure from a CSV file"),
            translate("FirstRun", "CSV tables (*.csv)"),
        )
        if not path:
            return False
        try:
            report = import_file(self.db, path)
        except (OSError, UnicodeDecodeError) as exc:
            dialogs().error(
                self,
                translate("FirstRun", "The file was not imported"),
                translate("FirstRun", "The file cannot be read: %1").replace("%1", str(exc)),
            )
            return False
        except (StoreError, sqlite3.Error) as exc:
            dialogs().error(self, translate("FirstRun", "The file was not imported"), write_error_text(exc))
            return False
        if not report.ok:
            self._show_issues(report.issues)
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
        self.empty_year.emit(int(text))
        return True
