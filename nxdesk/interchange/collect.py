"""Collect up: this office's figures of one period as a figures package for the level above."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import Message, MessageError, register
from ..store.summary import summary_inputs
from ..store.units import assigned_targets, own_unit
from .packages import FIGURE_COLUMNS, number_text, rows_csv, write_package

register(
    {
        "collect.no_identity": "this office's unit code is not known: import the assignment package from the "
        "level above first, or give --unit-code and --unit-name",
        "collect.no_figures": "there are no figures for {months}/{year} to send",
    }
)


def write_figures_package(
    db: Database,
    year: int,
    months: int,
    out: Path,
    unit_code: str | None = None,
    unit_name: str | None = None,
) -> dict:
    """Write the package; returns its manifest. Targets without a value are not sent, nor, when the level
    above assigned the year's targets, the office's own targets it did not assign."""
    me = own_unit(db)
    code = unit_code or (me.code if me else None)
    name = unit_name or (me.name if me and me.code == code else None) or code
    if not code:
        raise MessageError(Message("collect.no_identity"))
    assigned = assigned_targets(db, year)
    rows = [
        {
            "code": i.code,
            "name": i.name,
            "unit": i.unit,
            "year": year,
            "months": months,
            "sector": i.sector,
            "kind": str(i.kind),
            "direction": str(i.direction),
            "parent": i.parent,
            "decimals": i.decimals,
            "value": number_text(i.value),
            "status": str(i.status or "estimate"),
            "note": i.note,
        }  # fmt: skip
        for i in summary_inputs(db, year, months)
        if i.value is not None and (not assigned or i.target_id in assigned)
    ]
    if not rows:
        raise MessageError(Message("collect.no_figures", {"year": year, "months": months}))
    counts = {s: sum(r["status"] == s for r in rows) for s in ("estimate", "official")}
    manifest = {
        "kind": "figures",
        "unit": {"code": code, "name": name},
        "year": year,
        "months": months,
        "rows": len(rows),
        "counts": counts,
    }
    write_package(out, manifest, rows_csv(FIGURE_COLUMNS, rows))
    return manifest
