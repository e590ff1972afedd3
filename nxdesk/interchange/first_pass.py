"""The import's first pass: every row checked on its own (:mod:`.table_rows`), across rows and against the
database (:class:`.cross_checks.Consistency`), and put aside (:class:`.staged_rows.Staged`) for the second
pass to write.

A table repeats the same codes, names, units, sectors, periods, plans, status words and often the same
figures on thousands of rows: each distinct cell is checked once and its answer kept, so a row that is
wholly right costs a few dictionary lookups. A row with any problem is checked again cell by cell by
:func:`.table_rows.parse_row`, which lists its problems in their order."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import TYPE_CHECKING

from ..domain.messages import Message
from ..domain.numbers import DecimalMark
from ..domain.plans import PlanError
from ..domain.targets import parse_status
from ..domain.text import TextError, clean_text
from .cross_checks import Consistency
from .decimal_mark import MarkVotes
from .staged_rows import Staged
from .table import COLUMNS, RawRow
from .table_rows import (
    IDENTITY_AT,
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
