"""The import's first pass: every row checked on its own (:mod:`.table_rows`), across rows and against the
database (:class:`Consistency`), and put aside (:class:`Staged`) for the second pass to write.

A table repeats the same codes, names, units, sectors, periods, plans, status words and often the same
figures on thousands of rows: each distinct cell is checked once and its answer kept, so a row that is
wholly right costs a few dictionary lookups. A row with any problem is checked again cell by cell by
:func:`.table_rows.parse_row`, which lists its problems in their order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from ..domain.messages import Message
from ..domain.numbers import DecimalMark
from ..domain.plans import PlanError
from ..domain.targets import Status, parse_status
from ..domain.text import TextError, clean_text, code_key
from ..store.locks import locked_periods
from ..store.sectors import DEFAULT_SECTOR
from .decimal_mark import MarkVotes
from .import_passes import changes_entry
from .table import COLUMNS, RawRow, issue
from .table_rows import (
    IDENTITY_AT,
    ParsedRow,
    RowMemo,
    _figure,
    _Identity,
    _identity,
    _period,
    parse_row,
    stored_plan_text,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

Cells = tuple[str, ...]  # one row's cells in COLUMNS order, "" where the table has no such column
_AT = {column: i for i, column in enumerate(COLUMNS)}
_NOTE, _YEAR, _MONTHS, _STATUS = _AT["note"], _AT["year"], _AT["months"], _AT["status"]
_BASELINE, _VALUE, _LAST, _EXPECTED = (
    _AT["baseline"],
    _AT["value"],
    _AT["last_year_value"],
    _AT["expected_year_end"],
)
_NUMBERS_AT = itemgetter(_BASELINE, _VALUE, _LAST, _EXPECTED)
_PLANS_AT = itemgetter(_AT["plan_upper"], _AT["plan_own"], _AT["plan_term"])
_ATTRIBUTES = ("name", "unit", "sector", "kind", "direction", "parent", "decimals")
_MISS = object()
LIMIT = 50_000  # answers kept per kind of cell; past it they are forgotten and found again


class FirstPass:
    """One reading of the table with one decimal mark: ``run`` checks every row, puts the valid ones
    aside in ``staged`` and returns every issue, in the order the rows and checks give them."""

    def __init__(
        self,
        db: Database,
        decimal: DecimalMark,
        votes: MarkVotes | None,
        stored_decimals: dict[str, int | None],
        staged: Staged,
    ) -> None:
        self.decimal, self.votes, self.stored_decimals = decimal, votes, stored_decimals
        self.staged = staged
        self.check = Consistency(db)
        self.rows = 0
        self._memo = RowMemo()  # the cell-by-cell check of rows with problems
        self._identities: dict[Cells, tuple[_Identity, bool]] = {}
        self._notes: dict[str, str | None] = {}
        self._periods: dict[tuple[str, str], tuple[int, int] | None] = {}
        self._figures: dict[tuple, dict[str, object]] = {}
        self._plans: dict[str, object] = {}
        self._statuses: dict[str, object] = {}

    def run(self, records: Iterable[tuple[int, Cells]]) -> list[Message]:
        """Check every row: the issues of the rows on their own (the valid rows are put aside)."""
        issues: list[Message] = []
        identities, notes, periods = self._identities, self._notes, self._periods
        figures, plans, statuses = self._figures, self._plans, self._statuses
        accept, stored_decimals = self.check.accept, self.stored_decimals
        stage = self.staged.add
        identity_of, numbers_of, plans_of = IDENTITY_AT, _NUMBERS_AT, _PLANS_AT
        rows = 0
        for line, cells in records:
            rows += 1
            values = identity_of(cells)
            known = identities.get(values)
            if known is None:
                if len(identities) >= LIMIT:
                    identities.clear()
                who = _identity(values, stored_decimals)
                known = identities[values] = (
                    who,
                    not (who.texts or who.required or who.decimals_problem or who.late),
                )
            who, fine = known
            if not fine:
                issues += self._problems(line, cells)
                continue
            note = cells[_NOTE]
            if note:
                note = notes.get(note, _MISS)
                if note is _MISS:
                    note = self._note(cells[_NOTE])
                if note is _MISS:
                    issues += self._problems(line, cells)
                    continue
            period = periods.get((cells[_YEAR], cells[_MONTHS]), _MISS)
            if period is _MISS:
                period = self._period(cells[_YEAR], cells[_MONTHS])
            if period is None:
                issues += self._problems(line, cells)
                continue
            numbers = figures.get((who.unit, who.places, who.mark_whole))
            if numbers is None:
                numbers = figures[(who.unit, who.places, who.mark_whole)] = {}
            parsed = []  # as staged: "" for an empty cell
            for text in numbers_of(cells):
                if text:
                    number = numbers.get(text, _MISS)
                    if number is _MISS:
                        number = self._figure(numbers, text, who)
                    if type(number) is not float:
                        break
                    parsed.append(number)
                else:
                    parsed.append("")
            else:
                chosen = []
                for text in plans_of(cells):
                    if text:
                        plan = plans.get(text, _MISS)
                        if plan is _MISS:
                            plan = self._plan(text)
                        if type(plan) is not str:
                            break
                        chosen.append(plan)
                    else:
                        chosen.append("")
                else:
                    status = cells[_STATUS]
                    if status:
                        status = statuses.get(status, _MISS)
                        if status is _MISS:
                            status = self._status(cells[_STATUS])
                    if type(status) is str:
                        baseline, value, last, expected = parsed
                        upper, own, term = chosen
                        code = accept(
                            line,
                            who,
                            *period,
                            baseline,
                            upper,
                            own,
                            term,
                            value,
                            status,
                            note,
                            last,
                            expected,
                        )
                        stage(
                            (
                                code,
                                *period,
                                baseline,
                                upper,
                                own,
                                term,
                                value,
                                status,
                                note,
                                last,
                                expected,
                                line,
                            )
                        )
                        continue
            issues += self._problems(line, cells)
        self.rows = rows
        return issues

    def _problems(self, line: int, cells: Cells) -> list[Message]:
        """A row with some problem, checked cell by cell: its problems in order (its numbers and plans
        vote)."""
        item, problems = parse_row(
            RawRow(line, dict(zip(COLUMNS, cells, strict=True))),
            self.decimal,
            self.stored_decimals,
            self._memo,
            self.votes,
        )
        if not problems:  # never expected: the quick check bails out only on a problem
            p, status = item.plans, item.status
            row = (item.baseline, p.get("upper"), p.get("own"), p.get("term"), item.value)
            row += (None if status is None else str(status), item.note, item.last_year_value)
            row = tuple("" if v is None else v for v in (*row, item.expected_year_end))
            code = self.check.accept(line, item.said, item.year, item.months, *row)  # type: ignore[arg-type]
            self.staged.add((code, item.year, item.months, *row, line))
        return problems

    def _note(self, text: str) -> object:
        try:
            note = clean_text(text, "note")
        except TextError:
            return _MISS
        if len(self._notes) >= LIMIT:
            self._notes.clear()
        self._notes[text] = note
        return note

    def _period(self, year: str, months: str) -> tuple[int, int] | None:
        found_year, found_months, problems = _period(year, months)
        answer = None if problems else (found_year, found_months)
        if len(self._periods) >= LIMIT:
            self._periods.clear()
        self._periods[(year, months)] = answer
        return answer  # type: ignore[return-value]

    def _figure(self, numbers: dict[str, object], text: str, who: _Identity) -> object:
        if self.votes is not None:
            self.votes.add(text, False, who.mark_whole)
        try:
            answer: object = float(_figure(text, self.decimal, who.unit, who.places))
        except ValueError as exc:
            answer = exc
        if len(numbers) >= LIMIT:
            numbers.clear()
        numbers[text] = answer
        return answer

    def _plan(self, text: str) -> object:
        if self.votes is not None:
            self.votes.add(text, True)
        try:
            answer: object = stored_plan_text(text, self.decimal)
        except (PlanError, ValueError) as exc:
            answer = exc
        if len(self._plans) >= LIMIT:
            self._plans.clear()
        self._plans[text] = answer
        return answer

    def _status(self, text: str) -> object:
        try:
            status = parse_status(text)
            answer: object = "" if status is None else str(status)
        except ValueError as exc:
            answer = exc
        if len(self._statuses) >= LIMIT:
            self._statuses.clear()
        self._statuses[text] = answer
        return answer


class Consistency:
    """Checks across rows and against the database, one valid row at a time: conflicting attributes and
    plans, parents, locks (the rows put aside find their duplicates themselves). Gives each row's code
    the spelling already stored (``kt01`` is ``KT01``), else the file's first spelling, so one target is
    never created twice under two cases. Keeps a few facts per target and year."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.spelled = {code_key(code): code for (code,) in db.execute("SELECT code FROM targets")}
        self.first: dict[str, ParsedRow] = {}  # each target's first row, in the file's order
        self.locked = set(locked_periods(db))
        # each (code, year, baseline, plans) the rows give of a year sheet, in the order first given
        self.years: dict[tuple, None] = {}
        self._canonical: dict[str, str] = {}  # a code as the file spells it -> as it is kept
        self._said: dict[str, _Identity] = {}  # what each target's first row says of it
        self._plans: dict[tuple[str, int, str], tuple[str, int]] = {}
        self._plans_agree: set[tuple] = set()  # (code, year, plans) of rows whose plans agreed
        self._issues: list[Message | _PendingParent] = []
        self._lock_issues: list[Message] = []

    def accept(
        self,
        line: int,
        who: _Identity,
        year: int,
        months: int,
        baseline: float | str,
        upper: str,
        own: str,
        term: str,
        value: float | str,
        status: str,
        note: str,
        last_year_value: float | str,
        expected_year_end: float | str,
    ) -> str:
        """One valid row (its cells as put aside: ``""`` for an empty one, the status as its word): its
        checks across rows; returns its code as kept."""
        code = self._canonical.get(who.code)
        if code is None:
            code = self._canonical[who.code] = self.spelled.setdefault(code_key(who.code), who.code)
        said = self._said.get(code)
        if said is None:
            self._said[code] = who
            self.first[code] = ParsedRow(
                line=line,
                code=code,
                name=who.name,
                unit=who.unit,
                year=year,
                months=months,
                sector=who.sector or None,
                kind=who.kind,
                direction=who.direction,
                parent=who.parent or None,
                decimals=who.decimals,
                said=who,
            )
        elif said is not who:
            self._differs(line, code, who, said)
        sheet = (code, year, baseline, upper, own, term)
        if sheet not in self.years:
            self.years[sheet] = None
        if upper or own or term:
            key = (code, year, upper, own, term)
            if key not in self._plans_agree:
                self._compare_plans(key, line)
        if self.locked:
            self._check_locks(
                line, code, year, months, value, status, note, last_year_value, expected_year_end
            )
        return code

    def _differs(self, line: int, code: str, who: _Identity, said: _Identity) -> None:
        first = self.first[code]
        for column in _ATTRIBUTES:
            if column == "parent":
                if (who.parent or None) != (said.parent or None):
                    # spellings of one code are told apart once every code of the file is known
                    self._issues.append(_PendingParent(who.parent or None, line, first))
            elif _said(who, column) != _said(said, column):
                self._issues.append(issue(line, column, "row.differs", other=first.line, code=code))

    def _compare_plans(self, key: tuple, line: int) -> None:
        code, year, *texts = key
        agree = True
        for source, text in zip(("upper", "own", "term"), texts, strict=True):
            if not text:
                continue
            earlier = self._plans.setdefault((code, year, source), (text, line))
            if earlier[0] != text:
                agree = False
                self._issues.append(
                    issue(line, f"plan_{source}", "plan.differs", other=earlier[1], code=code, year=year)
                )
        if agree:
            self._plans_agree.add(key)

    def _check_locks(
        self,
        line: int,
        code: str,
        year: int,
        months: int,
        value: float | str,
        status: str,
        note: str,
        last_year_value: float | str,
        expected_year_end: float | str,
    ) -> None:
        value, last_year_value, expected_year_end = (
            None if v == "" else v for v in (value, last_year_value, expected_year_end)
        )
        writes = value is not None or bool(status) or bool(note) or expected_year_end is not None
        if (
            (year, months) in self.locked
            and writes
            and changes_entry(self.db, code, year, months, value, status, note, expected_year_end)
        ):
            self._lock_issues.append(issue(line, "value", "period.locked", months=months, year=year))
        if (
            last_year_value is not None
            and (year - 1, months) in self.locked
            and changes_entry(self.db, code, year - 1, months, last_year_value, Status.OFFICIAL, None)
        ):
            self._lock_issues.append(
                issue(line, "last_year_value", "period.locked", months=months, year=year - 1)
            )

    def _spelled(self, parent: str | None) -> str | None:
        return None if parent is None else self.spelled.get(code_key(parent), parent)

    def finish(self) -> list[Message]:
        """The issues of every row seen, and those of the parents, known once the whole file was read."""
        issues: list[Message] = []
        for item in self._issues:
            if isinstance(item, _PendingParent):
                f = item.first
                if self._spelled(item.parent) != self._spelled(f.parent):
                    issues.append(issue(item.line, "parent", "row.differs", other=f.line, code=f.code))
            else:
                issues.append(item)
        first = self.first
        for r in first.values():
            r.parent = self._spelled(r.parent)
        stored = {
            code: (parent, sector)
            for code, parent, sector in self.db.execute(
                "SELECT t.code, p.code, s.name FROM targets t JOIN sectors s ON s.id = t.sector_id"
                " LEFT JOIN targets p ON p.id = t.parent_id"
            )
        }
        # the parents and sectors after this import: the file's where it gives them, else what is stored
        parents = {code: parent for code, (parent, _) in stored.items()}
        parents.update({code: r.parent for code, r in first.items() if r.parent is not None})
        sectors_after = {code: sector for code, (_, sector) in stored.items()}
        for code, r in first.items():
            sectors_after[code] = r.sector or sectors_after.get(code) or DEFAULT_SECTOR
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
            if sectors_after[r.parent].casefold() != sectors_after[code].casefold():
                issues.append(
                    issue(
                        r.line,
                        "parent",
                        "parent.sector",
                        parent=r.parent,
                        parent_sector=sectors_after[r.parent],
                        sector=sectors_after[code],
                    )
                )
        return issues + self._lock_issues


def _said(who: _Identity, column: str) -> object:
    """One attribute a row says of its target, as its parsed row holds it (an empty sector is None)."""
    value = getattr(who, column)
    return (value or None) if column == "sector" else value


class _PendingParent:
    """A row naming its target's parent differently from the target's first row: the same parent or not
    is decided once the file's spellings are all known."""

    __slots__ = ("parent", "line", "first")

    def __init__(self, parent: str | None, line: int, first: ParsedRow) -> None:
        self.parent, self.line, self.first = parent, line, first


class Staged:
    """The checked rows of an import, kept between its two passes in a temporary table (SQLite keeps it in
    a file of its own, never in the database), in the file's order."""

    TABLE = "temp.nxdesk_import_rows"
    COLUMNS = (
        "code, year, months, baseline, plan_upper, plan_own, plan_term, value, status, note,"
        " last_year_value, expected_year_end"
    )
    BATCH = 2000

    def __init__(self, db: Database) -> None:
        self.conn = db.conn
        if not self.conn.in_transaction:  # scratch, never synced: its journal need not be on disk either
            self.conn.execute("PRAGMA temp.journal_mode = MEMORY")
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS nxdesk_import_rows ({self.COLUMNS}, line)")
        self._buffer: list[tuple] = []
        self.count = 0

    def add(self, row: tuple) -> None:
        """One checked row: the staged columns, then its line."""
        self._buffer.append(row)
        if len(self._buffer) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            marks = "?, ?, ?, " + "NULLIF(?, ''), " * 9 + "?"  # "" stands for an empty cell: binds fast
            conn = self.conn
            alone = not conn.in_transaction  # one transaction per batch, not one per row
            if alone:
                conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO {self.TABLE} VALUES ({marks})", self._buffer)
            if alone:
                conn.execute("COMMIT")
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
