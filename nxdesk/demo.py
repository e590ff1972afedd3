"""The demo: the reference report's 2024 figures (Như Xuân, 9 tháng), loaded through the importer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from .interchange.csv_import import ImportReport, import_file
from .paths import resource
from .store.settings import load_settings, save_settings
from .store.targets import set_decimals

DEMO_CSV = "nhu-xuan-2024.csv"
DEMO_YEAR, DEMO_MONTHS = 2024, 9
# The report gives budget and investment figures to the million (1.401,351 tỷ đồng).
DEMO_DECIMALS = {"KT01": 3, "KT02": 3, "KT02a": 3}


def demo_codes() -> set[str]:
    """The codes of the demo's targets, compared as every code is (``kt01`` is ``KT01``)."""
    import csv

    from .domain.text import code_key

    with open(resource("demo", DEMO_CSV), encoding="utf-8-sig", newline="") as f:
        return {code_key(row["code"]) for row in csv.DictReader(f)}


def targets_of_the_office(db: Database) -> list[str]:
    """Codes of the targets in ``db`` that are not the demo's: a file where the demo would mix its
    district's targets and names into an office's own data."""
    from .domain.text import code_key

    demo = demo_codes()
    return [
        code for (code,) in db.execute("SELECT code FROM targets ORDER BY code") if code_key(code) not in demo
    ]


def load_demo(db: Database) -> ImportReport:
    """Import the demo CSV and set the organisation to the report's own; all in one transaction."""
    with db.atomic():
        report = import_file(db, resource("demo", DEMO_CSV))
        if report.ok:
            settings = load_settings(db)
            settings.parent_body = "Đảng bộ tỉnh Thanh Hóa"
            settings.issuing_body = "Huyện ủy Như Xuân"
            settings.place = "Như Xuân"
            settings.level = "huyen"  # the reference report is a district's, from before July 2025
            settings.document_style = "party"
            settings.signer_name = settings.signer_name or "Lương Thị Hoa"  # the report's Bí thư Huyện ủy
            save_settings(db, settings)
            for code, decimals in DEMO_DECIMALS.items():
                for row in db.query("SELECT id FROM targets WHERE code = ?", [code]):
                    set_decimals(db, row["id"], decimals)
    return report
