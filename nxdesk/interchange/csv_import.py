"""``nxdesk import``: validate the whole table first, then write all of it in one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.messages import Message, register
from ..domain.numbers import DecimalMark, NumberError
from ..domain.periods import YEAR_RANGE
from ..domain.plans import PlanError, parse_plan
from ..domain.targets import Direction, Kind, Status, default_decimals, parse_figure, parse_status
from ..domain.text import TextError, clean_code, clean_text, code_key
from .decimal_mark import MarkVotes
from .import_passes import Consistency, RowWriter
from .table import NUMBER_COLUMNS, PLAN_COLUMNS, RawRow, TableError, TableReader, issue

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

Progress = Callable[[float], None]  # how far an import is, 0…1


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
    # what the row says of its target, checked (rows sharing it agree on name, unit, sector, kind,
    # direction, parent and decimals)
    said: object = field(default=None, compare=False, repr=False)


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do), or every reason it was refused."""

    rows: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    values_written: int = 0
    decimal: DecimalMark | None = None
    issues: list[Message] = field(default_factory=list)
    dry_run: bool = False

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


_MISS = object()


class _Memo:
    """Answers already given during one import, by their inputs: a table repeats the same names, units,
    sectors, status words, plans and often the same figures on thousands of rows. An answer is a value or
    the exception that refused it (returned, not raised); the memo forgets everything once it holds
    ``LIMIT`` answers. ``answers.get(key, _MISS)`` is the fast path of a caller in a loop."""

    LIMIT = 50_000

    def __init__(self) -> None:
        self.answers: dict[tuple, object] = {}

    def __call__(self, function: Callable, *args: object) -> object:
        """``function(*args)``, or the exception it raised."""
        key = (function, *args)
        answer = self.answers.get(key, _MISS)
        return self.compute(key, function, *args) if answer is _MISS else answer

    def compute(self, key: tuple, function: Callable, *args: object) -> object:
        """``function(*args)`` (or its exception), remembered under ``key``."""
        if len(self.answers) >= self.LIMIT:
            self.answers.clear()
        try:
            answer = function(*args)
        except (TextError, NumberError, PlanError, ValueError) as exc:
            answer = exc
        self.answers[key] = answer
        return answer


def _figure(text: str, decimal: DecimalMark, unit: str, places: int | None) -> float:
    return parse_figure(text, decimal, unit=unit, decimals=places)


_IDENTITY_COLUMNS = ("code", "parent", "name", "unit", "sector", "kind", "direction", "decimals")
Problem = tuple[str, str, dict]  # (column, message code, parameters): an issue without its line


@dataclass(frozen=True)
class _Identity:
    """What a row says of its target (code, parent, name, unit, sector, kind, direction, decimals),
    checked: the same on every row of a target, so checked once per distinct spelling. ``problems`` come
    in the order a row lists them: texts, required cells, then (after the row's own cells) ``late``."""

    code: str
    parent: str
    name: str
    unit: str
    sector: str
    kind: Kind | None
    direction: Direction | None
    decimals: int | None
    places: int | None
    mark_whole: bool  # shown without decimals, by the cells as written: a grouped whole number casts no vote
    texts: list[Problem]
    required: list[Problem]
    decimals_problem: list[Problem]
    late: list[Problem]


def _identity(values: tuple[str, ...], stored_decimals: dict[str, int | None]) -> _Identity:
    cells = dict(zip(_IDENTITY_COLUMNS, values, strict=True))
    texts: list[Problem] = []
    cleaned: dict[str, str] = {}
    for column, kind in (("code", None), ("parent", None), *TEXT_FIELDS.items()):
        if column == "note":
            continue
        text = cells[column]
        try:
            if kind is None:
                cleaned[column] = clean_code(text) if text else ""
            else:
                cleaned[column] = clean_text(text, kind)
        except TextError as exc:
            texts.append((column, exc.code, exc.params))
            cleaned[column] = ""
    required = [
        (column, "value.required", {})
        for column in ("code", "name")
        if not cleaned[column] and not any(p[0] == column for p in texts)
    ]
    late: list[Message] = []
    decimals_problem: list[Message] = []
    decimals = _decimals(cells, decimals_problem, 0)
    places = decimals if decimals is not None else stored_decimals.get(code_key(cleaned["code"]))
    given = cells["decimals"]
    if given.isascii() and given.isdigit():
        mark_places: int | None = int(given)
    else:
        mark_places = stored_decimals.get(code_key(cells["code"]), default_decimals(cells["unit"]))
    kind = _enum(cells, "kind", Kind, late, 0)
    direction = _enum(cells, "direction", Direction, late, 0)
    if cleaned["parent"] and code_key(cleaned["parent"]) == code_key(cleaned["code"]):
        late.append(issue(0, "parent", "parent.self"))
    return _Identity(
        code=cleaned["code"],
        parent=cleaned["parent"],
        name=cleaned["name"],
        unit=cleaned["unit"],
        sector=cleaned["sector"],
        kind=kind,
        direction=direction,
        decimals=decimals,
        places=places,
        mark_whole=mark_places == 0,
        texts=texts,
        required=required,
        decimals_problem=[(m.where.column, m.code, m.params) for m in decimals_problem],
        late=[(m.where.column, m.code, m.params) for m in late],
    )


def _whole(column: str, text: str, valid: range, problems: list[Problem]) -> int | None:
    if not text:
        problems.append((column, "value.required", {}))
        return None
    if not (text.isascii() and text.isdigit()) or int(text) not in valid:
        problems.append(
            (column, "value.whole_range", {"text": text, "low": valid.start, "high": valid.stop - 1})
        )
        return None
    return int(text)


def _period(year_text: str, months_text: str) -> tuple[int | None, int | None, list[Problem]]:
    """The row's year and cut-off, checked (the key of the memo: two texts)."""
    problems: list[Problem] = []
    year = _whole("year", year_text, YEAR_RANGE, problems)
    months = _whole("months", months_text, range(1, 13), problems)
    return year, months, problems


_EMPTY = ("",) * len(_IDENTITY_COLUMNS)


def parse_row(
    row: RawRow,
    decimal: DecimalMark,
    stored_decimals: dict[str, int | None],
    memo: _Memo | None = None,
    votes: MarkVotes | None = None,
) -> tuple[ParsedRow, list[Message]]:
    """Check every cell of one row on its own: the row and its issues (the row is valid when there are
    none). ``stored_decimals`` (by :func:`code_key`) gives the precision of targets already stored, for
    rows that do not set one; ``votes`` hears the row's numbers and plans (see ``MarkVotes``)."""
    memo = memo or _Memo()
    answers, compute = memo.answers, memo.compute
    line, get = row.line, row.cells.get
    values = tuple(map(get, _IDENTITY_COLUMNS, _EMPTY))
    who = answers.get(values, _MISS)
    if who is _MISS:
        who = compute(values, _identity, values, stored_decimals)
    assert isinstance(who, _Identity)
    problems: list[Problem] = list(who.texts)
    text = get("note", "")
    key: tuple = (clean_text, text, "note")
    note = answers.get(key, _MISS)
    if note is _MISS:
        note = compute(key, clean_text, text, "note")
    if isinstance(note, TextError):
        problems.append(("note", note.code, note.params))
        note = ""
    problems += who.required
    key = (_period, get("year", ""), get("months", ""))
    period = answers.get(key, _MISS)
    if period is _MISS:
        period = compute(key, _period, key[1], key[2])
    year, months, period_problems = period  # type: ignore[misc]
    if period_problems:
        problems += period_problems
    problems += who.decimals_problem
    unit, places = who.unit, who.places
    numbers: dict[str, float | None] = {}
    for column in NUMBER_COLUMNS:
        text = get(column, "")
        numbers[column] = None
        if text:
            if votes is not None:
                votes.add(text, False, who.mark_whole)
            key = (_figure, text, decimal, unit, places)
            number = answers.get(key, _MISS)
            if number is _MISS:
                number = compute(key, _figure, text, decimal, unit, places)
            if isinstance(number, NumberError):
                problems.append((column, f"number.{number.code}", number.params))
            else:
                numbers[column] = number  # type: ignore[assignment]
    plans = {}
    for column in PLAN_COLUMNS:
        text = get(column, "")
        if text:
            if votes is not None:
                votes.add(text, True)
            plan = memo(stored_plan_text, text, decimal)
            if isinstance(plan, PlanError):
                problems.append((column, f"plan.{plan.code}", {"text": plan.text}))
            else:
                plans[column.removeprefix("plan_")] = plan
    status = None
    text = get("status", "")
    if text:
        status = memo(parse_status, text)
        if isinstance(status, ValueError):
            problems.append(("status", "status.invalid", {"text": text}))
            status = None
    problems += who.late
    item = ParsedRow(
        line=line,
        code=who.code,
        name=who.name,
        unit=unit,
        year=year or 0,  # type: ignore[arg-type]
        months=months or 0,  # type: ignore[arg-type]
        sector=who.sector or None,
        kind=who.kind,
        direction=who.direction,
        parent=who.parent or None,
        decimals=who.decimals,
        plans=plans,
        baseline=numbers["baseline"],
        value=numbers["value"],
        status=status,  # type: ignore[arg-type]
        last_year_value=numbers["last_year_value"],
        expected_year_end=numbers["expected_year_end"],
        note=note or None,  # type: ignore[arg-type]
        said=who,
    )
    return item, [issue(line, column, code, **params) for column, code, params in problems]


def parse_rows(
    raw: Iterable[RawRow], decimal: DecimalMark, stored_decimals: dict[str, int | None] | None = None
) -> tuple[list[ParsedRow], list[Message]]:
    """Check every cell of every row on its own (:func:`parse_row`); the valid rows and every issue."""
    stored_decimals = stored_decimals or {}
    memo = _Memo()
    parsed, issues = [], []
    for row in raw:
        item, row_issues = parse_row(row, decimal, stored_decimals, memo)
        issues += row_issues
        if not row_issues:
            parsed.append(item)
    return parsed, issues


class _ListSource:
    """Rows already in memory (an entry workbook's), read like a file: ``rows()`` as often as asked."""

    def __init__(self, raw: list[RawRow]) -> None:
        self.raw = raw
        self.size = len(raw)
        self.issues: list[Message] = []
        self.written = {r.line: r.written for r in raw if r.written}

    def rows(self, progress: Callable[[int], None] | None = None) -> Iterator[RawRow]:
        for count, row in enumerate(self.raw):
            if progress is not None and count % 500 == 0:
                progress(count)
            yield row

    def written_at(self, line: int | None) -> dict[str, str] | None:
        return self.written.get(line)  # type: ignore[arg-type]


class _FileSource:
    """A CSV file streamed through :class:`TableReader`."""

    def __init__(self, reader: TableReader) -> None:
        self.reader = reader
        self.size = reader.size

    @property
    def issues(self) -> list[Message]:
        return self.reader.issues

    def rows(self, progress: Callable[[int], None] | None = None) -> Iterator[RawRow]:
        return self.reader.rows(progress)

    def written_at(self, line: int | None) -> dict[str, str] | None:
        return self.reader.written or None


def import_rows(
    db: Database,
    raw: list[RawRow],
    decimal: DecimalMark | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Validate every row, then write all of them in one transaction — or nothing if any issue."""
    return _import(db, _ListSource(raw), decimal, dry_run, progress)


def _import(
    db: Database,
    source: _ListSource | _FileSource,
    decimal: DecimalMark | None,
    dry_run: bool,
    progress: Progress | None,
) -> ImportReport:
    """Two passes: the first reads the rows, checks each one, keeps only what the checks across rows need
    (per target and year) and puts each valid row aside in a temporary table on disk; the second writes
    those rows in batches, inside one transaction. Memory does not grow with the number of rows. Without
    a given mark the first pass reads with a decimal comma (vi-VN) while the cells vote, and reads again
    with a dot if the votes say so."""
    stored_decimals = _stored_decimals(db)
    steps = _Steps(progress, 2, source.size)
    staged = _Staged(db)
    try:
        if decimal is not None:
            report, check = _check_pass(db, source, decimal, None, stored_decimals, staged, steps, dry_run)
        else:
            votes = MarkVotes()
            report, check = _check_pass(db, source, "comma", votes, stored_decimals, staged, steps, dry_run)
            if source.issues:
                return report
            decimal = votes.decided()
            if decimal is None:
                return ImportReport(
                    rows=report.rows, issues=[issue(1, "-", "decimal.undecided")], dry_run=dry_run
                )
            if decimal != "comma":
                steps = _Steps(progress, 3, source.size, done=1)
                report, check = _check_pass(
                    db, source, decimal, None, stored_decimals, staged, steps, dry_run
                )
        if report.issues or source.issues:
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
                writer = RowWriter(db, check, report)
                for row in staged.rows(steps.next(staged.count)):
                    writer.add(*row)
                writer.finish(staged.TABLE)
                if dry_run:
                    raise _DryRun  # roll back: the report keeps the counts of what would be written
        except _DryRun:
            pass
    finally:
        staged.drop()
    if progress is not None:
        progress(1.0)
    return report


def _check_pass(
    db: Database,
    source: _ListSource | _FileSource,
    decimal: DecimalMark,
    votes: MarkVotes | None,
    stored_decimals: dict[str, int | None],
    staged: _Staged,
    steps: _Steps,
    dry_run: bool,
) -> tuple[ImportReport, Consistency]:
    """The first pass: every row checked on its own and across rows; the valid ones put aside."""
    report = ImportReport(dry_run=dry_run, decimal=decimal)
    memo = _Memo()
    check = Consistency(db)
    staged.clear()
    issues: list[Message] = []
    for row in source.rows(steps.next()):
        report.rows += 1
        item, row_issues = parse_row(row, decimal, stored_decimals, memo, votes)
        if row_issues:
            issues += row_issues
        else:
            check.add(item)
            staged.add(item)
    if source.issues:
        return ImportReport(issues=list(source.issues), dry_run=dry_run), check
    staged.flush()
    issues += staged.duplicates()  # first: within a line they come before what check.finish() says
    issues += check.finish()
    report.issues = [_as_written(m, source.written_at(m.where.line if m.where else None)) for m in issues]
    report.issues.sort(key=lambda i: i.where.line or 0)
    return report, check


class _Staged:
    """The checked rows of an import, kept between its two passes in a temporary table (SQLite keeps it in
    a file of its own, never in the database), in the file's order."""

    TABLE = "temp.nxdesk_import_rows"
    COLUMNS = (
        "code, year, months, baseline, plan_upper, plan_own, plan_term, value, status, note,"
        " last_year_value, expected_year_end"
    )

    def __init__(self, db: Database) -> None:
        self.conn = db.conn
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS nxdesk_import_rows ({self.COLUMNS}, line)")
        self._buffer: list[tuple] = []
        self.count = 0

    def add(self, r: ParsedRow) -> None:
        p = r.plans
        self._buffer.append(
            (
                r.code,
                r.year,
                r.months,
                r.baseline,
                p.get("upper"),
                p.get("own"),
                p.get("term"),
                r.value,
                None if r.status is None else str(r.status),
                r.note,
                r.last_year_value,
                r.expected_year_end,
                r.line,
            )
        )
        if len(self._buffer) >= 2000:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            marks = ", ".join("?" * 13)
            self.conn.executemany(f"INSERT INTO {self.TABLE} VALUES ({marks})", self._buffer)
            self.count += len(self._buffer)
            self._buffer = []

    def duplicates(self) -> list[Message]:
        """Rows that write a cell an earlier row writes too (a row writes its own cell, and last year's
        when it gives ``last_year_value``), naming the first: found by SQLite, which sorts on disk, so
        memory does not grow with the file."""
        found = self.conn.execute(
            "WITH cells AS ("
            f" SELECT code, year, months, line * 2 AS place FROM {self.TABLE}"
            f" UNION ALL SELECT code, year - 1, months, line * 2 + 1 FROM {self.TABLE}"
            " WHERE last_year_value IS NOT NULL),"
            " twice AS (SELECT code, year, months, MIN(place) AS first FROM cells"
            " GROUP BY code, year, months HAVING COUNT(*) > 1)"
            " SELECT c.place, c.code, c.year, c.months, t.first FROM cells c"
            " JOIN twice t ON t.code = c.code AND t.year = c.year AND t.months = c.months"
            " WHERE c.place > t.first ORDER BY c.place"
        )
        return [
            issue(
                place // 2,
                "last_year_value" if place % 2 else "code",
                "code.duplicate",
                code=code,
                months=months,
                year=year,
                other=first // 2,
            )
            for place, code, year, months, first in found
        ]

    def rows(self, progress: Callable[[int], None] | None = None) -> Iterator[tuple]:
        cursor = self.conn.execute(f"SELECT {self.COLUMNS} FROM temp.nxdesk_import_rows ORDER BY rowid")
        for count, row in enumerate(cursor):
            if progress is not None and count % 500 == 0:
                progress(count)
            yield row

    def clear(self) -> None:
        self._buffer = []
        self.count = 0
        self.conn.execute("DELETE FROM temp.nxdesk_import_rows")

    def drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.nxdesk_import_rows")


class _Steps:
    """One progress (0…1) over the import's passes, each reporting how far it read (bytes or rows)."""

    def __init__(self, progress: Progress | None, passes: int, size: int, done: int = 0) -> None:
        self.progress, self.passes, self.size, self.done = progress, passes, max(size, 1), done

    def next(self, size: int | None = None) -> Callable[[int], None] | None:
        """The next pass's reporter; ``size``: how much it reads, when not the source's size."""
        if self.progress is None:
            return None
        step, progress, whole = self.done, self.progress, max(size or self.size, 1)
        self.done += 1

        def report(read: int) -> None:
            progress((step + min(read, whole) / whole) / self.passes)

        return report


def _as_written(message: Message, written: dict[str, str] | None) -> Message:
    """The message naming the column as the file wrote it (a v1 name such as ``plan_district``)."""
    where = message.where
    if where is None or where.column is None or not written:
        return message
    name = written.get(where.column)
    if name is None:
        return message
    return Message(message.code, message.params, replace(where, column=name), message.severity)


def _stored_decimals(db: Database) -> dict[str, int | None]:
    """Each stored target's precision (its own, else its unit's default), by :func:`code_key`."""
    return {
        code_key(code): decimals if decimals is not None else default_decimals(unit)
        for code, unit, decimals in db.execute("SELECT code, unit, decimals FROM targets")
    }


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def import_file(
    db: Database,
    path: str | Path,
    decimal: DecimalMark | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a CSV file in the INTERCHANGE.md format, streamed: checked whole in a first pass, written
    in a second; ``progress`` hears how far the import is (0…1) while it runs."""
    try:
        reader = TableReader(path)
        return _import(db, _FileSource(reader), decimal, dry_run, progress)
    except TableError as exc:
        return ImportReport(issues=exc.messages, dry_run=dry_run)
