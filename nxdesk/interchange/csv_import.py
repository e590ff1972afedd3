"""``nxdesk import``: validate the whole table first, then write all of it in one transaction, or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.messages import Message, register
from ..domain.numbers import DecimalMark, NumberError
from ..domain.plans import PlanError, parse_plan
from ..domain.targets import Direction, Kind, Status, is_grouped_whole, parse_figure, parse_status
from ..domain.text import TextError, clean_code, clean_text, code_key
from ..store import entries, sectors, targets
from ..store.locks import is_locked
from ..store.sectors import DEFAULT_SECTOR
from .decimal_mark import detect_decimal
from .table import NUMBER_COLUMNS, PLAN_COLUMNS, RawRow, TableError, issue, read_csv_rows

register({f"number.{code}": text for code, text in NumberError.MESSAGES.items()})
register({f"plan.{code}": text for code, text in PlanError.MESSAGES.items()})
register(
    {
        "value.required": "required value is empty",
        "value.whole_range": "'{text}' is not a whole number from {low} to {high}",
        "value.choice": "'{text}' is not {allowed}",
        "status.invalid": "'{text}' is not estimate, official, ước or chính thức",
        "parent.self": "a target cannot be its own parent",
        "code.duplicate": "duplicate code {code} for {months}/{year} (see line {other})",
        "row.differs": "differs from line {other} for the same code {code}",
        "plan.differs": "differs from line {other} for {code} {year}",
        "parent.unknown": "unknown parent code {code}",
        "parent.loop": "parent chain of {code} loops back to itself",
        "parent.sector": "parent {parent} is in sector {parent_sector}, not {sector}",
        "period.locked": "period {months}/{year} is locked",
        "decimal.undecided": "cannot tell whether the file's decimal mark is a comma or a dot; "
        "give --decimal comma or --decimal dot",
        "import.no_backup": "no backup could be written before importing ({detail})",
    }
)

YEAR_RANGE = range(1900, 2201)


@dataclass
class ParsedRow:
    """One validated row, ready to write."""

    line: int
    code: str
    name: str
    unit: str
    year: int
    months: int
    sector: str | None
    kind: Kind | None
    direction: Direction | None
    parent: str | None
    decimals: int | None = None
    plans: dict[str, str] = field(default_factory=dict)
    baseline: float | None = None
    value: float | None = None
    status: Status | None = None
    last_year_value: float | None = None
    expected_year_end: float | None = None
    note: str | None = None


@dataclass(frozen=True)
class FigureChange:
    """One stored cell an import changes (or, in a dry run, would change): as it was and as it becomes."""

    code: str
    name: str
    year: int
    months: int
    old_value: float | None
    new_value: float | None
    old_status: Status | None
    new_status: Status | None

    @property
    def is_new(self) -> bool:
        """No figure was there before."""
        return self.old_value is None


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do), or every reason it was refused. ``figures``
    lists each cell it changes; ``unchanged`` counts the cells it wrote as they already were."""

    rows: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    values_written: int = 0
    decimal: DecimalMark | None = None
    issues: list[Message] = field(default_factory=list)
    dry_run: bool = False
    figures: list[FigureChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def new_figures(self) -> int:
        return sum(f.is_new for f in self.figures)

    @property
    def changed_figures(self) -> int:
        return len(self.figures) - self.new_figures

    @property
    def ok(self) -> bool:
        return not self.issues


def _enum(cells: dict[str, str], column: str, enum: type, issues: list[Message], line: int):
    text = cells.get(column, "").lower()
    if not text:
        return None
    try:
        return enum(text)
    except ValueError:
        allowed = " or ".join(e.value for e in enum)
        issues.append(issue(line, column, "value.choice", text=cells[column], allowed=allowed))
        return None


def _int(cells: dict[str, str], column: str, valid: range, issues: list[Message], line: int) -> int | None:
    text = cells.get(column, "")
    if not text:
        issues.append(issue(line, column, "value.required"))
        return None
    if not (text.isascii() and text.isdigit()) or int(text) not in valid:
        issues.append(
            issue(line, column, "value.whole_range", text=text, low=valid.start, high=valid.stop - 1)
        )
        return None
    return int(text)


def _number_message(line: int, column: str, exc: NumberError) -> Message:
    return issue(line, column, f"number.{exc.code}", **exc.params)


def _plan_message(line: int, column: str, exc: PlanError) -> Message:
    return issue(line, column, f"plan.{exc.code}", text=exc.text)


_SWAP_MARKS = str.maketrans({".": ",", ",": "."})


def stored_plan_text(text: str, decimal: DecimalMark) -> str:
    """The plan as it is kept: as typed, in the vi-VN form every reader parses (``6,6-6,8``, ``25.000``).
    A plan from a dot-decimal file (``6.6-6.8``, ``25,000``) gets its marks swapped, and must read back
    alike."""
    plan = parse_plan(text, decimal)
    if decimal != "dot":
        return plan.text
    swapped = plan.text.translate(_SWAP_MARKS)
    again = parse_plan(swapped, "comma")
    if (again.op, again.low, again.high) != (plan.op, plan.low, plan.high):
        raise PlanError("invalid", text)
    return swapped


TEXT_FIELDS = {"name": "name", "unit": "unit", "sector": "sector", "note": "note"}


def _decimals(cells: dict[str, str], issues: list[Message], line: int) -> int | None:
    text = cells.get("decimals", "")
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or int(text) > 4:
        issues.append(issue(line, "decimals", "value.whole_range", text=text, low=0, high=4))
        return None
    return int(text)


def parse_rows(
    raw: list[RawRow], decimal: DecimalMark, stored_decimals: dict[str, int | None] | None = None
) -> tuple[list[ParsedRow], list[Message]]:
    """Check every cell of every row on its own; collect every issue. ``stored_decimals`` (by
    :func:`code_key`) gives the precision of targets already stored, for rows that do not set one."""
    stored_decimals = stored_decimals or {}
    parsed, issues = [], []
    for row in raw:
        line, row_issues = row.line, []
        c = dict(row.cells)
        for column, kind in (("code", None), ("parent", None), *TEXT_FIELDS.items()):
            try:
                if kind is None:
                    c[column] = clean_code(c[column]) if c.get(column) else ""
                else:
                    c[column] = clean_text(c.get(column, ""), kind)
            except TextError as exc:
                row_issues.append(issue(line, column, exc.code, **exc.params))
                c[column] = ""
        for column in ("code", "name"):
            if not c.get(column) and not any(i.where.column == column for i in row_issues):
                row_issues.append(issue(line, column, "value.required"))
        year = _int(c, "year", YEAR_RANGE, row_issues, line)
        months = _int(c, "months", range(1, 13), row_issues, line)
        unit = c.get("unit", "")
        decimals = _decimals(c, row_issues, line)
        places = decimals if decimals is not None else stored_decimals.get(code_key(c.get("code", "")))
        numbers: dict[str, float | None] = {}
        for column in NUMBER_COLUMNS:
            text = c.get(column, "")
            numbers[column] = None
            if text:
                try:
                    numbers[column] = parse_figure(text, decimal, unit=unit, decimals=places)
                except NumberError as exc:
                    row_issues.append(_number_message(line, column, exc))
        plans = {}
        for column in PLAN_COLUMNS:
            text = c.get(column, "")
            if text:
                try:
                    plans[column.removeprefix("plan_")] = stored_plan_text(text, decimal)
                except PlanError as exc:
                    row_issues.append(_plan_message(line, column, exc))
        status = None
        if c.get("status"):
            try:
                status = parse_status(c["status"])
            except ValueError:
                row_issues.append(issue(line, "status", "status.invalid", text=c["status"]))
        item = ParsedRow(
            line=line,
            code=c.get("code", ""),
            name=c.get("name", ""),
            unit=unit,
            year=year or 0,
            months=months or 0,
            sector=c.get("sector") or None,
            kind=_enum(c, "kind", Kind, row_issues, line),
            direction=_enum(c, "direction", Direction, row_issues, line),
            parent=c.get("parent") or None,
            decimals=decimals,
            plans=plans,
            baseline=numbers["baseline"],
            value=numbers["value"],
            status=status,
            last_year_value=numbers["last_year_value"],
            expected_year_end=numbers["expected_year_end"],
            note=c.get("note") or None,
        )
        if item.parent and code_key(item.parent) == code_key(item.code):
            row_issues.append(issue(line, "parent", "parent.self"))
        issues += row_issues
        if not row_issues:
            parsed.append(item)
    return parsed, issues


def canonical_codes(db: Database, rows: list[ParsedRow]) -> None:
    """Give each row's code and parent the spelling already stored (``kt01`` is ``KT01``), else the
    file's first spelling, so one target is never created twice under two cases."""
    spelled = {code_key(code): code for (code,) in db.execute("SELECT code FROM targets")}
    for r in rows:
        spelled.setdefault(code_key(r.code), r.code)
    for r in rows:
        r.code = spelled[code_key(r.code)]
        if r.parent is not None:
            r.parent = spelled.get(code_key(r.parent), r.parent)


def check_consistency(db: Database, rows: list[ParsedRow]) -> list[Message]:
    """Checks across rows and against the database: duplicates, conflicting attributes, parents, locks."""
    issues: list[Message] = []
    seen: dict[tuple[str, int, int], int] = {}
    first: dict[str, ParsedRow] = {}
    plans_seen: dict[tuple[str, int, str], tuple[str, int]] = {}
    for r in rows:
        key = (r.code, r.year, r.months)
        if key in seen:
            issues.append(
                issue(
                    r.line,
                    "code",
                    "code.duplicate",
                    code=r.code,
                    months=r.months,
                    year=r.year,
                    other=seen[key],
                )
            )
        seen.setdefault(key, r.line)
        if r.last_year_value is not None:  # it writes the cell (code, year − 1, months) too
            ly_key = (r.code, r.year - 1, r.months)
            if ly_key in seen:
                issues.append(
                    issue(
                        r.line,
                        "last_year_value",
                        "code.duplicate",
                        code=r.code,
                        months=r.months,
                        year=r.year - 1,
                        other=seen[ly_key],
                    )
                )
            seen.setdefault(ly_key, r.line)
        if r.code in first:
            f = first[r.code]
            for column in ("name", "unit", "sector", "kind", "direction", "parent", "decimals"):
                if getattr(r, column) != getattr(f, column):
                    issues.append(issue(r.line, column, "row.differs", other=f.line, code=r.code))
        first.setdefault(r.code, r)
        for source, text in r.plans.items():
            earlier = plans_seen.setdefault((r.code, r.year, source), (text, r.line))
            if earlier[0] != text:
                issues.append(
                    issue(
                        r.line, f"plan_{source}", "plan.differs", other=earlier[1], code=r.code, year=r.year
                    )
                )
    stored = {
        code: (parent, sector)
        for code, parent, sector in db.execute(
            "SELECT t.code, p.code, s.name FROM targets t JOIN sectors s ON s.id = t.sector_id"
            " LEFT JOIN targets p ON p.id = t.parent_id"
        )
    }
    # the parents and sectors after this import: the file's where it gives them, else what is stored
    parents = {code: parent for code, (parent, _) in stored.items()}
    parents.update({code: r.parent for code, r in first.items() if r.parent is not None})
    sectors = {code: sector for code, (_, sector) in stored.items()}
    for code, r in first.items():
        sectors[code] = r.sector or sectors.get(code) or DEFAULT_SECTOR
    for code, r in first.items():
        if r.parent is None:
            continue
        if r.parent not in first and r.parent not in stored:
            issues.append(issue(r.line, "parent", "parent.unknown", code=r.parent))
            continue
        walk, steps = r.parent, 0
        while walk is not None and steps <= len(parents):
            if walk == code:
                issues.append(issue(r.line, "parent", "parent.loop", code=code))
                break
            walk, steps = parents.get(walk), steps + 1
        if sectors[r.parent].casefold() != sectors[code].casefold():
            issues.append(
                issue(
                    r.line,
                    "parent",
                    "parent.sector",
                    parent=r.parent,
                    parent_sector=sectors[r.parent],
                    sector=sectors[code],
                )
            )
    for r in rows:
        if (
            _writes_entry(r)
            and is_locked(db, r.year, r.months)
            and _changes_entry(db, r.code, r.year, r.months, r.value, r.status, r.note, r.expected_year_end)
        ):
            issues.append(issue(r.line, "value", "period.locked", months=r.months, year=r.year))
        if (
            r.last_year_value is not None
            and is_locked(db, r.year - 1, r.months)
            and _changes_entry(db, r.code, r.year - 1, r.months, r.last_year_value, Status.OFFICIAL, None)
        ):
            issues.append(issue(r.line, "last_year_value", "period.locked", months=r.months, year=r.year - 1))
    return issues


def _writes_entry(r: ParsedRow) -> bool:
    return r.value is not None or bool(r.status) or bool(r.note) or r.expected_year_end is not None


def _changes_entry(
    db: Database,
    code: str,
    year: int,
    months: int,
    value: float | None,
    status: Status | None,
    note: str | None,
    expected_year_end: float | None = None,
) -> bool:
    """Whether writing these (as :func:`write_rows` does) would change the stored cell: a locked period
    refuses only rows that would change it, so a file imported again after the lock still goes through."""
    tid = targets.target_id(db, code)
    old = entries.get_entry(db, tid, year, months) if tid is not None else None
    if old is None:
        return True
    new_value = old.value if value is None else value
    new_status = status or (Status.ESTIMATE if value is not None else old.status)
    new_note = note or old.note
    new_expected = old.expected_year_end if expected_year_end is None else expected_year_end
    return (new_value, str(new_status), new_note, new_expected) != (
        old.value,
        str(old.status),
        old.note,
        old.expected_year_end,
    )


def write_rows(db: Database, rows: list[ParsedRow], report: ImportReport, source: str = "import") -> None:
    """Apply validated rows inside the caller's transaction."""
    ids: dict[str, int] = {}
    for r in rows:  # targets first, without parents (a parent may come later in the file)
        if r.code in ids:
            continue
        existing = targets.target_id(db, r.code)
        current = (
            db.execute("SELECT sector_id, kind, direction FROM targets WHERE id = ?", [existing]).fetchone()
            if existing is not None
            else None
        )
        sector_id = (
            sectors.get_or_create_sector(db, r.sector) if (r.sector or current is None) else current[0]
        )
        ids[r.code] = targets.upsert_target(
            db,
            code=r.code,
            name=r.name,
            unit=r.unit,
            sector_id=sector_id,
            kind=r.kind or (current[1] if current else Kind.FLOW),
            direction=r.direction or (current[2] if current else Direction.UP),
            parent_id=None if existing is None else _current_parent(db, existing),
        )
        if r.decimals is not None:
            targets.set_decimals(db, ids[r.code], r.decimals)
        report.targets_updated += existing is not None
        report.targets_created += existing is None
    parents_set: set[str] = set()
    year_rows_done: set[tuple] = (
        set()
    )  # (code, year, baseline, plans) already written: rows repeat per cut-off
    for r in rows:
        tid = ids[r.code]
        if r.parent is not None and r.code not in parents_set:
            parents_set.add(r.code)
            parent_id = ids.get(r.parent) or targets.target_id(db, r.parent)
            db.execute("UPDATE targets SET parent_id = ? WHERE id = ?", [parent_id, tid])
        key = (r.code, r.year, r.baseline, tuple(sorted(r.plans.items())))
        if key not in year_rows_done:
            year_rows_done.add(key)
            current = db.execute(
                "SELECT baseline, pace_pct FROM target_years WHERE target_id = ? AND year = ?", [tid, r.year]
            ).fetchone()
            baseline = r.baseline if r.baseline is not None else (current[0] if current else None)
            targets.set_target_year(
                db, tid, r.year, baseline=baseline, pace_pct=current[1] if current else None
            )
            for plan_source, text in r.plans.items():
                targets.set_plan(db, tid, r.year, plan_source, text)
        if _writes_entry(r):
            changes: dict[str, object] = {}
            if r.value is not None:
                changes["value"] = r.value
            if r.status or r.value is not None:
                changes["status"] = r.status or Status.ESTIMATE
            if r.note:
                changes["note"] = r.note
            if r.expected_year_end is not None:
                changes["expected_year_end"] = r.expected_year_end
            _write_entry(db, report, r, tid, r.year, changes, source)
        if r.last_year_value is not None:
            changes = {"value": r.last_year_value, "status": Status.OFFICIAL}
            _write_entry(db, report, r, tid, r.year - 1, changes, source)


def _write_entry(
    db: Database, report: ImportReport, r: ParsedRow, tid: int, year: int, changes: dict, source: str
) -> None:
    """Write one cell, counting it in ``report`` as changed (with its old and new figure) or unchanged."""
    old = entries.get_entry(db, tid, year, r.months)
    if not entries.set_entry(db, tid, year, r.months, source=source, **changes):
        report.unchanged += 1
        return
    report.values_written += 1
    new = entries.get_entry(db, tid, year, r.months)
    report.figures.append(
        FigureChange(
            r.code,
            r.name,
            year,
            r.months,
            old.value if old else None,
            new.value if new else None,
            old.status if old else None,
            new.status if new else None,
        )
    )


def _current_parent(db: Database, target: int) -> int | None:
    return db.execute("SELECT parent_id FROM targets WHERE id = ?", [target]).fetchone()[0]


def import_rows(
    db: Database, raw: list[RawRow], decimal: DecimalMark | None = None, dry_run: bool = False
) -> ImportReport:
    """Validate every row, then write all of them in one transaction — or nothing if any issue."""
    report = ImportReport(rows=len(raw), dry_run=dry_run)
    stored_decimals = _stored_decimals(db)
    if decimal is None:
        decimal = detect_decimal(_mark_cells(raw, stored_decimals))
        if decimal is None:
            report.issues.append(issue(1, "-", "decimal.undecided"))
            return report
    report.decimal = decimal
    parsed, report.issues = parse_rows(raw, decimal, stored_decimals)
    canonical_codes(db, parsed)
    report.issues += check_consistency(db, parsed)
    written = {r.line: r.written for r in raw if r.written}
    report.issues = [_as_written(m, written) for m in report.issues]
    report.issues.sort(key=lambda i: i.where.line or 0)
    if report.issues:
        return report
    if not dry_run:  # every import that writes is preceded by a backup
        from ..store.backup import backup_before_change
        from ..store.errors import BackupError

        try:
            backup_before_change(db, "import")
        except BackupError as exc:
            report.issues.append(issue(1, "-", "import.no_backup", detail=str(exc)))
            return report
    try:
        with db.atomic():
            write_rows(db, parsed, report)
            if dry_run:
                raise _DryRun  # roll back: the report keeps the counts of what would be written
    except _DryRun:
        pass
    return report


def _as_written(message: Message, written: dict[int, dict[str, str]]) -> Message:
    """The message naming the column as the file wrote it (a v1 name such as ``plan_district``)."""
    where = message.where
    if where is None or where.column is None or where.line not in written:
        return message
    name = written[where.line].get(where.column)
    if name is None:
        return message
    return Message(message.code, message.params, replace(where, column=name), message.severity)


def _stored_decimals(db: Database) -> dict[str, int | None]:
    """Each stored target's precision (its own, else its unit's default), by :func:`code_key`."""
    from ..domain.targets import default_decimals

    return {
        code_key(code): decimals if decimals is not None else default_decimals(unit)
        for code, unit, decimals in db.execute("SELECT code, unit, decimals FROM targets")
    }


def _mark_cells(raw: list[RawRow], stored_decimals: dict[str, int | None]) -> list[tuple[str, bool]]:
    """The cells that tell the file's decimal mark: numbers and plans, except a grouped whole number
    (``28.500``) of a target shown without decimals, which reads the same with either mark."""
    from ..domain.targets import default_decimals

    cells = []
    for r in raw:
        c = r.cells
        given = c.get("decimals", "")
        if given.isascii() and given.isdigit():
            places: int | None = int(given)
        else:
            places = stored_decimals.get(code_key(c.get("code", "")), default_decimals(c.get("unit", "")))
        for column in NUMBER_COLUMNS:
            text = c.get(column, "")
            if not (places == 0 and is_grouped_whole(text)):
                cells.append((text, False))
        cells += [(c.get(column, ""), True) for column in PLAN_COLUMNS]
    return cells


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def import_file(
    db: Database, path: str | Path, decimal: DecimalMark | None = None, dry_run: bool = False
) -> ImportReport:
    """Import a CSV file in the INTERCHANGE.md format."""
    try:
        raw = read_csv_rows(path)
    except TableError as exc:
        return ImportReport(issues=exc.messages, dry_run=dry_run)
    return import_rows(db, raw, decimal, dry_run)
