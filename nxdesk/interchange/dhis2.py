"""The units' figures of one period as DHIS2 ``dataValueSets`` JSON (INTERCHANGE.md "Units and packages").

data element = target code, org unit = unit code, period = the cut-off month in DHIS2's monthly form
(``202409`` is the year-to-date figure to September), value = the number as text with a dot, comment =
``estimate`` or ``official`` and the note.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from .packages import number_text


def data_values(db: Database, year: int, months: int) -> list[dict]:
    rows = db.execute(
        "SELECT t.code, u.code, ue.value, ue.status, ue.note FROM unit_entries ue"
        " JOIN units u ON u.id = ue.unit_id JOIN targets t ON t.id = ue.target_id"
        " WHERE ue.year = ? AND ue.months = ? AND ue.value IS NOT NULL ORDER BY u.position, u.id, t.code",
        [year, months],
    )
    period = f"{year}{months:02d}"
    return [
        {
            "dataElement": target,
            "period": period,
            "orgUnit": unit,
            "value": number_text(value).replace(",", "."),
            "comment": status + (f": {note}" if note else ""),
        }
        for target, unit, value, status, note in rows
    ]


def write_data_value_sets(db: Database, year: int, months: int, out: Path) -> int:
    values = data_values(db, year, months)
    out.write_text(json.dumps({"dataValues": values}, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(values)
