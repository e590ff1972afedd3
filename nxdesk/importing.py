"""Import a file of figures, whichever kind: a CSV table (INTERCHANGE.md) or a filled entry workbook (.xlsx).
Both go through the same validation and all-or-nothing write; the command line and the window call this."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from .domain.numbers import DecimalMark
from .interchange.csv_import import ImportReport, import_file

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def import_path(
    db: Database, path: str | Path, decimal: DecimalMark | None = None, dry_run: bool = False
) -> ImportReport:
    if Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        from .interchange.workbook_reader import import_workbook

        return import_workbook(db, path, decimal, dry_run)
    return import_file(db, path, decimal, dry_run)
