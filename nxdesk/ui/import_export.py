"""Figures in and out of the window through files: import a CSV table or a filled entry workbook (all or
nothing, the command line's own validation), and write the entry workbook that departments fill in."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..importing import LONG_IMPORT_BYTES, import_path
from ..store.errors import StoreError
from .dialog_service import ProgressBar, ask_save_path, dialogs
from .messages import message_text
from .write_errors import write_error_text

translate = QCoreApplication.translate
MAX_LISTED_ISSUES = 30


def show_import_issues(parent: QWidget | None, issues: list) -> None:
    """Every reason a file was refused, in the interface language (the first 30, then a count)."""
    lines = [message_text(i) for i in issues[:MAX_LISTED_ISSUES]]
    if len(issues) > MAX_LISTED_ISSUES:
        lines.append(
            translate("Import", "… and %1 more.").replace("%1", str(len(issues) - MAX_LISTED_ISSUES))
        )
    head = translate("Import", "Nothing was written. Correct these %1 problem(s) and try again:")
    dialogs().error(
        parent,
        translate("Import", "The file was not imported"),
        head.replace("%1", str(len(issues))) + "\n\n" + "\n".join(lines),
    )


def progress_bar(parent: QWidget | None, path: str | Path) -> ProgressBar | None:
    """A progress bar for importing ``path`` when it is long enough to need one (close it when done)."""
    if not Path(path).is_file() or Path(path).stat().st_size < LONG_IMPORT_BYTES:
        return None
    return dialogs().progress(
        parent,
        translate("Import", "Importing figures"),
        translate("Import", "Checking and writing %1…").replace("%1", Path(path).name),
    )


def import_figures(parent: QWidget | None, db: Database) -> bool:
    """Ask for a file and import it whole, or explain why nothing was written. True when imported."""
    path = dialogs().open_file(
        parent,
        translate("Import", "Import figures from a file"),
        translate(
            "Import", "CSV tables and entry workbooks (*.csv *.xlsx);;CSV tables (*.csv);;Excel (*.xlsx)"
        ),
    )
    if not path:
        return False
    bar = progress_bar(parent, path)
    try:
        report = import_path(db, path, progress=bar)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        dialogs().error(
            parent,
            translate("Import", "The file was not imported"),
            translate("Import", "The file cannot be read: %1").replace("%1", str(exc)),
        )
        return False
    except (StoreError, sqlite3.Error) as exc:
        dialogs().error(parent, translate("Import", "The file was not imported"), write_error_text(exc))
        return False
    finally:
        if bar is not None:
            bar.close()
    if not report.ok:
        show_import_issues(parent, report.issues)
        return False
    dialogs().info(
        parent,
        translate("Import", "Imported"),
        translate("Import", "%1 rows imported: %2 new targets, %3 updated, %4 values written.")
        .replace("%1", str(report.rows))
        .replace("%2", str(report.targets_created))
        .replace("%3", str(report.targets_updated))
        .replace("%4", str(report.values_written)),
    )
    return True


def export_entry_workbook(parent: QWidget | None, db: Database, year: int, months: int) -> Path | None:
    """Ask where, then write the entry workbook of (year, months) for the departments to fill in."""
    from ..interchange.entry_workbook import write_entry_workbook

    path = ask_save_path(
        parent,
        translate("Import", "Entry workbook for the departments"),
        translate("Import", "Excel workbooks (*.xlsx)"),
        f"bieu-nhap-lieu-{months}-thang-{year}.xlsx",
        ".xlsx",
    )
    if path is None:
        return None
    try:
        write_entry_workbook(db, year, months, path)
    except OSError as exc:
        dialogs().error(
            parent,
            translate("Import", "Not saved"),
            translate("Import", "The workbook could not be written: %1").replace("%1", str(exc)),
        )
        return None
    dialogs().info(
        parent,
        translate("Import", "Entry workbook written"),
        translate(
            "Import",
            "%1 was written. Departments fill in the yellow cells; import the file back with "
            "File → Import figures.",
        ).replace("%1", str(path)),
    )
    return path
