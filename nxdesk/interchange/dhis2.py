"""The units' figures of one period as DHIS2 ``dataValueSets`` JSON (INTERCHANGE.md "Units and packages",
the layout in docs/units-and-packages.md).

data element = target code, org unit = unit code, value = the number as text with a dot, comment =
``estimate`` or ``official`` and the note. nxdesk keeps year-to-date figures (9 tháng = January to
September); a DHIS2 period is a span of its own (``2024Q3`` is July to September), and DHIS2 has no period
from January to September. So the period is never the cut-off month's id with a year-to-date value in it:

- by period (the default): the figure of the period that ends at the cut-off — the quarter (``2024Q3``) for
  a cut-off at a quarter's end (3, 6, 9, 12), else the month (``202408``). A flow's quarter is the
  difference of two year-to-date figures (9 tháng − 6 tháng; Q1 is 3 tháng itself), which DHIS2 adds up
  again into half-years and years; a level target (a state at the cut-off) is its value. A flow whose
  earlier figure was not received, and a rate (``%``, whose year-to-date value splits into no quarters),
  are left out and listed.
- year to date (``--year-to-date``): the year-to-date figure under the DHIS2 period with exactly that span —
  ``2024Q1`` (3 tháng), ``2024S1`` (6 tháng), ``2024`` (cả năm), ``202401`` (tháng 1); other cut-offs
  (9 tháng) have no such period and are refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import Message, MessageError, register
from ..domain.rollup import is_rate
from .packages import number_text

register(
    {
        "dhis2.no_span": "DHIS2 has no period from January to month {months}; export by period (the "
        "default) instead, or a cut-off of 1, 3, 6 or 12 months",
    }
)

YEAR_TO_DATE = {1: "{year}01", 3: "{year}Q1", 6: "{year}S1", 12: "{year}"}


@dataclass
class Export:
    """The data values, and the (unit code, target code, reason) of the figures left out."""

    values: list[dict] = field(default_factory=list)
    left_out: list[tuple[str, str, str]] = field(default_factory=list)


def period_id(year: int, months: int) -> tuple[str, int]:
    """The DHIS2 period ending at the cut-off, by period, and the cut-off that period starts after."""
    if months % 3 == 0:
        return f"{year}Q{months // 3}", months - 3
    return f"{year}{months:02d}", months - 1


def _figures(db: Database, year: int, months: int) -> list[tuple]:
    return db.execute(
        "SELECT t.code, u.code, t.kind, t.unit, ue.value, ue.status, ue.note, ue.unit_id, ue.target_id"
        " FROM unit_entries ue JOIN units u ON u.id = ue.unit_id JOIN targets t ON t.id = ue.target_id"
        " WHERE ue.year = ? AND ue.months = ? AND ue.value IS NOT NULL ORDER BY u.position, u.id, t.code",
        [year, months],
    ).fetchall()


def _value(number: Decimal | float) -> str:
    return number_text(float(number)).replace(",", ".") if isinstance(number, float) else _decimal(number)


def _decimal(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _comment(status: str, note: str | None) -> str:
    return status + (f": {note}" if note else "")


def data_values(db: Database, year: int, months: int, year_to_date: bool = False) -> Export:
    export = Export()
    rows = _figures(db, year, months)
    if year_to_date:
        if months not in YEAR_TO_DATE:
            raise MessageError(Message("dhis2.no_span", {"months": months}))
        period = YEAR_TO_DATE[months].format(year=year)
        for target, unit, _kind, _unit_word, value, status, note, _uid, _tid in rows:
            export.values.append(
                {
                    "dataElement": target,
                    "period": period,
                    "orgUnit": unit,
                    "value": _value(value),
                    "comment": _comment(status, note),
                }  # fmt: skip
            )
        return export
    period, before = period_id(year, months)
    earlier = {}
    if before > 0:
        earlier = {
            (r[7], r[8]): (r[4], r[5]) for r in _figures(db, year, before) if r[2] == "flow"
        }  # fmt: skip
    for target, unit, kind, unit_word, value, status, note, uid, tid in rows:
        if kind == "flow" and is_rate(unit_word):
            export.left_out.append((unit, target, "a rate has no per-period value"))
            continue
        if kind == "flow" and before > 0:
            if (uid, tid) not in earlier:
                export.left_out.append((unit, target, f"no figure for month {before} to subtract"))
                continue
            prior, prior_status = earlier[(uid, tid)]
            number = Decimal(repr(float(value))) - Decimal(repr(float(prior)))
            status = "official" if status == prior_status == "official" else "estimate"
            text = _decimal(number)
        else:
            text = _value(value)
        export.values.append(
            {
                "dataElement": target,
                "period": period,
                "orgUnit": unit,
                "value": text,
                "comment": _comment(status, note),
            }  # fmt: skip
        )
    return export


def write_data_value_sets(
    db: Database, year: int, months: int, out: Path, year_to_date: bool = False
) -> Export:
    export = data_values(db, year, months, year_to_date)
    payload = json.dumps({"dataValues": export.values}, ensure_ascii=False, indent=1)
    out.write_text(payload, encoding="utf-8")
    return export
