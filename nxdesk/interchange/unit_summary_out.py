"""``summary --by-unit``: INTERCHANGE.md's JSON (units with their rows, the roll-up), a CSV with one line
per unit and target, and a terminal matrix of % of the assigned plan."""

from __future__ import annotations

import csv
import io
import json

from ..domain.numbers import format_pct
from ..store.unit_summary import ByUnit
from .summary_out import _finite, row_dict


def by_unit_dict(data: ByUnit) -> dict:
    return {
        "year": data.period.year,
        "months": data.period.months,
        "units": [
            {
                "code": u.unit.code,
                "name": u.unit.name,
                "level": u.unit.level,
                "received_at": u.receipt.received_at if u.receipt else None,
                "rows": [row_dict(r) for r in u.summary.rows],
                "counts": u.summary.counts,
            }
            for u in data.units
        ],
        "rollup": {"rows": [row_dict(r) for r in data.rollup.rows]},
    }


def to_json(data: ByUnit) -> str:
    return json.dumps(_finite(by_unit_dict(data)), ensure_ascii=False, indent=2, allow_nan=False)


CSV_KEYS = ("unit_code", "unit_name", "received_at", "code", "name", "unit", "value", "status",
            "plan_upper", "pct_plan_upper", "assessment")  # fmt: skip


def to_csv(data: ByUnit) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_KEYS)

    def line(code: str, name: str, received: str | None, row) -> None:
        d = row_dict(row)
        plan = d["plan_upper"]["text"] if d["plan_upper"] else None
        values = [code, name, received, d["code"], d["name"], d["unit"], d["value"], d["status"], plan,
                  d["pct_plan_upper"], d["assessment"]]  # fmt: skip
        writer.writerow(["" if v is None else v for v in values])

    for u in data.units:
        for row in u.summary.rows:
            line(u.unit.code, u.unit.name, u.receipt.received_at if u.receipt else None, row)
    for row in data.rollup.rows:
        line("", "rollup", None, row)
    return out.getvalue()


def to_table(data: ByUnit) -> str:
    """Units down, targets across: % of the assigned plan (``-`` where nothing was received)."""
    codes = [r.code for r in data.rollup.rows]
    header = ["unit", "received", *codes]
    lines = [header]
    for u in data.units:
        cells = [u.unit.code + " " + u.unit.name, u.receipt.received_at if u.receipt else "missing"]
        for row in u.summary.rows:
            cells.append("-" if row.value is None else (format_pct(row.pct_plan_upper) or "?"))
        lines.append(cells)
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return "".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n"
                   for line in lines)  # fmt: skip
