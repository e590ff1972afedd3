"""Reading the import table's rows from a CSV file: encoding, delimiter, header."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

COLUMNS = (
    "code",
    "name",
    "unit",
    "year",
    "months",
    "sector",
    "kind",
    "direction",
    "parent",
    "plan_upper",
    "plan_own",
    "baseline",
    "value",
    "status",
    "last_year_value",
    "note",
)
REQUIRED = ("code", "name", "unit", "year", "months")
NUMBER_COLUMNS = ("baseline", "value", "last_year_value")
PLAN_COLUMNS = ("plan_upper", "plan_own")
# Version 1 of the table named the two plans by administrative level; both names stay accepted.
ALIASES = {"plan_province": "plan_upper", "plan_district": "plan_own"}


@dataclass(frozen=True)
class Issue:
    """One reason a file is refused, located as ``line N, column C``."""

    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.reason}"


@dataclass(frozen=True)
class RawRow:
    """One data row: its line number in the file and its cells by column name (stripped)."""

    line: int
    cells: dict[str, str]


class TableError(Exception):
    """The file cannot be read as an import table at all."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("; ".join(map(str, issues)))


def read_csv_rows(source: str | Path | bytes) -> list[RawRow]:
    """Decode (UTF-8, BOM optional), detect ``,`` or ``;``, check the header, return the data rows."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TableError(
            [Issue(1, "-", f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})")]
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise TableError([Issue(1, "-", "the file is empty")]) from None
    header = [ALIASES.get(h.strip(), h.strip()) for h in header]
    issues = [Issue(1, h or f"#{i + 1}", "unknown column") for i, h in enumerate(header) if h not in COLUMNS]
    issues += [Issue(1, h, "column appears twice") for i, h in enumerate(header) if h in header[:i]]
    issues += [Issue(1, c, "required column is missing") for c in REQUIRED if c not in header]
    if issues:
        raise TableError(issues)
    rows = []
    try:
        line = 1
        for record in reader:
            start = line + 1
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                issues.append(Issue(start, "-", f"{len(record)} cells where the header has {len(header)}"))
                continue
            rows.append(RawRow(start, {h: cell.strip() for h, cell in zip(header, record, strict=True)}))
    except csv.Error as exc:
        issues.append(Issue(reader.line_num, "-", f"not valid CSV: {exc}"))
    if issues:
        raise TableError(issues)
    return rows
