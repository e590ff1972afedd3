"""The summary as INTERCHANGE.md's JSON and CSV, and as an aligned text table for the terminal."""

from __future__ import annotations

import csv
import io
import json
import math
import unicodedata

from ..domain.levels import PlanRole, words
from ..domain.numbers import format_number, format_pct
from ..domain.plans import PlanExpr, normal_form
from ..domain.summary import Summary, SummaryRow, counts_line
from ..domain.targets import Direction

ROW_KEYS = (
    "code",
    "name",
    "unit",
    "sector",
    "parent",
    "kind",
    "direction",
    "decimals",
    "plan_upper",
    "plan_own",
    "plan_term",
    "value",
    "status",
    "last_year_value",
    "pct_plan_upper",
    "pct_plan_own",
    "pct_plan_term",
    "pct_last_year",
    "projected_year_end",
    "assessment",
)


def _plan(expr: PlanExpr | None, direction: Direction) -> dict | None:
    return None if expr is None else {"text": expr.text, "value": expr.reference_value(direction)}


def row_dict(row: SummaryRow) -> dict:
    i = row.input
    return {
        "code": i.code,
        "name": i.name,
        "unit": i.unit,
        "sector": i.sector,
        "parent": i.parent,
        "kind": str(i.kind),
        "direction": str(i.direction),
        "decimals": row.decimals,
        "plan_upper": _plan(row.plan_upper, i.direction),
        "plan_own": _plan(row.plan_own, i.direction),
        "plan_term": _plan(row.plan_term, i.direction),
        "value": i.value,
        "status": str(i.status) if i.status else None,
        "last_year_value": i.last_year_value,
        "pct_plan_upper": row.pct_plan_upper,
        "pct_plan_own": row.pct_plan_own,
        "pct_plan_term": row.pct_plan_term,
        "pct_last_year": row.pct_last_year,
        "projected_year_end": row.projected_year_end,
        "assessment": str(row.assessment),
    }


def summary_dict(summary: Summary) -> dict:
    return {
        "year": summary.period.year,
        "months": summary.period.months,
        "pace_pct": summary.pace_pct,
        "threshold_pct": summary.threshold_pct,
        "level": summary.level,
        "rows": [row_dict(r) for r in summary.rows],
        "counts": summary.counts,
    }


def _finite(data):
    """``data`` with every NaN and infinity made ``None`` (JSON has no such numbers)."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {key: _finite(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(value) for value in data]
    return data


def to_json(summary: Summary) -> str:
    """Strict JSON (INTERCHANGE.md): never ``NaN`` or ``Infinity``; a number that isn't finite is ``null``."""
    return json.dumps(_finite(summary_dict(summary)), ensure_ascii=False, indent=2, allow_nan=False)


def to_csv(summary: Summary) -> str:
    """One line per row, the JSON's keys as columns (plans flattened to their text); unrounded numbers."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ROW_KEYS)
    for row in summary.rows:
        d = _finite(row_dict(row))
        for key in ("plan_upper", "plan_own", "plan_term"):
            d[key] = d[key]["text"] if d[key] else ""
        writer.writerow(["" if d[k] is None else d[k] for k in ROW_KEYS])
    return out.getvalue()


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def to_table(summary: Summary) -> str:
    """An aligned table in vi-VN number format, for reading in a terminal."""
    lw = words(summary.level)
    upper, own = lw.plan_label(PlanRole.UPPER), lw.plan_label(PlanRole.OWN)
    header = [
        "Mã",
        "Chỉ tiêu",
        "ĐVT",
        upper,
        own,
        "Cùng kỳ",
        "Thực hiện",
        f"%{upper}",
        f"%{own}",
        "%CK",
        "Đánh giá",
    ]
    numeric = {3, 4, 5, 6, 7, 8, 9}
    lines = [header]
    for r in summary.rows:
        i = r.input
        value = format_number(i.value) + (" (ước)" if r.is_estimate and i.value is not None else "")
        name = ("  - " if i.parent else "") + i.name
        lines.append(
            [
                i.code,
                name[:48],
                i.unit,
                normal_form(r.plan_upper, r.decimals),
                normal_form(r.plan_own, r.decimals),
                format_number(i.last_year_value),
                value,
                format_pct(r.pct_plan_upper),
                format_pct(r.pct_plan_own),
                format_pct(r.pct_last_year),
                r.assessment.label,
            ]
        )
    widths = [
        max(_width(unicodedata.normalize("NFC", line[c])) for line in lines) for c in range(len(header))
    ]
    text = [
        "  ".join(
            _pad(unicodedata.normalize("NFC", cell), widths[c], c in numeric) for c, cell in enumerate(line)
        ).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * w for w in widths))
    title = f"{summary.period.title} — {counts_line(summary)}"
    return title + "\n\n" + "\n".join(text) + "\n"
