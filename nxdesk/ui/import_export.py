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
from ..store.check import warnings_on
from ..store.errors import StoreError
from .dialog_service import ProgressBar, ask_save_path, dialogs, tell_saved
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


def progress_bar(parent: QWidget | None, path: str | Path, text: str) -> ProgressBar | None:
    """A progress bar for reading ``path`` when it is long enough to need one (close it when done);
    ``text`` names the task, with %1 for the file's name."""
    if not Path(path).is_file() or Path(path).stat().st_size < LONG_IMPORT_BYTES:
        return None
    return dialogs().progress(
        parent, translate("Import", "Importing figures"), text.replace("%1", Path(path).name)
    )


def choose_import(parent: QWidget | None, db: Database) -> str | None:
    """Ask for a file, check it as the command line's ``--dry-run`` does (nothing written) and show the
    figures it would change, old → new. The file to import when the clerk chose "Import", else None."""
    path = dialogs().open_file(
        parent,
        translate("Import", "Import figures from a file"),
        translate(
            "Import", "CSV tables and entry workbooks (*.csv *.xlsx);;CSV tables (*.csv);;Excel (*.xlsx)"
        ),
    )
    if not path:
        return None
    report = run_import(parent, db, path, dry_run=True)
    if report is None or not dialogs().preview_import(parent, report, Path(path).name):
        return None
    return path


def import_figures(parent: QWidget | None, db: Database, path: str) -> bool:
    """Import the file whole (checked by :func:`choose_import`), or explain why nothing was written. True
    when imported."""
    report = run_import(parent, db, path, dry_run=False)
    if report is None:
        return False
    text = (
        translate("Import", "%1 rows imported: %2 new targets, %3 updated, %4 values written.")
        .replace("%1", str(report.rows))
        .replace("%2", str(report.targets_created))
        .replace("%3", str(report.targets_updated))
        .replace("%4", str(report.values_written))
    )
    changed = [(f.code, f.year, f.months) for f in report.figures]
    unusual = [message_text(m) for m in warnings_on(db, changed)]
    if unusual:  # the grid's warnings on what the file brought in
        shown = unusual[:MAX_LISTED_ISSUES]
        more = len(unusual) - len(shown)
        text += "\n\n" + translate("Import", "Check these figures:") + "\n" + "\n".join(shown)
        if more:
            text += "\n" + translate("Import", "… and %1 more.").replace("%1", str(more))
    dialogs().info(parent, translate("Import", "Imported"), text)
    return True


def run_import(parent: QWidget | None, db: Database, path: str, *, dry_run: bool):
    """Import ``path`` (or only check it, ``dry_run``); the report, or None after saying why it failed."""
    text = translate("Import", "Checking %1…") if dry_run else translate("Import", "Checking and writing %1…")
    bar = progress_bar(parent, path, text)
    try:
        report = import_path(db, path, dry_run=dry_run, progress=bar)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        dialogs().error(
            parent,
            translate("Import", "The file was not imported"),
            translate("Import", "The file cannot be read: %1").replace("%1", str(exc)),
        )
        return None
    except (StoreError, sqlite3.Error) as exc:
        dialogs().error(parent, translate("Import", "The file was not imported"), write_error_text(exc))
        return None
    finally:
        if bar is not None:
            bar.close()
    if not report.ok:
        show_import_issues(parent, report.issues)
        return None
    return report


def export_entry_workbook(parent: QWidget | None, db: Database, year: int, months: int) -> Path | None:
    """Ask for the period (of ``year``, ``months`` first), the sectors and pre-filling, then where; write
    the entry workbook for the departments to fill in."""
    from ..interchange.entry_workbook import write_entry_workbook
    from ..store.sectors import list_sectors
    from ..store.summary import summary_inputs

    present = {i.sector_id for i in summary_inputs(db, year, months)}
    sectors = [(s.id, s.name) for s in list_sectors(db) if s.id in present]
    choice = dialogs().choose_entry_workbook(parent, year, months, sectors)
    if choice is None:
        return None
    months = choice.months
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
        write_entry_workbook(db, year, months, path, sectors=choice.sector_ids, prefill=choice.prefill)
    except OSError as exc:
        dialogs().error(
            parent,
            translate("Import", "Not saved"),
            translate("Import", "The workbook could not be written: %1").replace("%1", str(exc)),
        )
        return None
    tell_saved(
        parent,
        translate("Import", "Entry workbook written"),
        translate(
            "Import",
            "%1 was written. Departments fill in the yellow cells; import the file back with "
            "File → Import figures.",
        ).replace("%1", str(path)),
        path,
    )
    return path
