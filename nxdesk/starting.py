"""Starting lists: the targets an office of a level typically follows (a commune's 2025–2030 congress
resolution, a province's), shipped as CSV tables in resources/starting/ and loaded through the importer
for one year, without plans or values, for the clerk to edit in the plan editor."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from .domain.levels import Level
from .importing import import_path
from .interchange.csv_import import ImportReport
from .interchange.table import COLUMNS
from .paths import resource
from .store.targets import set_decimals

# Wards and special zones follow the commune list; district data (before July 2025) too.
LIST_OF_LEVEL = {
    Level.XA: "xa",
    Level.PHUONG: "xa",
    Level.DAC_KHU: "xa",
    Level.HUYEN: "xa",
    Level.TINH: "tinh",
}


def starting_list_path(level: Level | str) -> Path:
    """The starting list's CSV for ``level``."""
    return resource("starting", LIST_OF_LEVEL[Level(level)] + ".csv")


def starting_rows(level: Level | str) -> list[dict[str, str]]:
    """The starting list's rows, as the file has them."""
    with starting_list_path(level).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_starting_list(db: Database, level: Level | str, year: int) -> ImportReport:
    """Import the level's starting list as the targets of ``year`` (cut-off 12, no values), then give each
    target its precision. All or nothing, as every import."""
    rows = starting_rows(level)
    decimals = {r["code"]: int(r["decimals"]) for r in rows if r.get("decimals", "").strip()}
    columns = [c for c in rows[0] if c in COLUMNS] if rows else []
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "year": str(year), "months": "12"})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "starting.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        with db.atomic():
            report = import_path(db, path)
            if report.ok:
                for row in db.query("SELECT id, code FROM targets"):
                    if row["code"] in decimals:
                        set_decimals(db, row["id"], decimals[row["code"]])
    return report
