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
_REST_AT = itemgetter(_YEAR, _MONTHS, _STATUS, _NOTE)
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
        self._identities: dict[Cells, tuple[_Identity, dict[str, object] | None]] = {}
        self._rests: dict[Cells, tuple[int, int, str, str] | None] = {}
        self._figures: dict[tuple, dict[str, object]] = {}
        self._plans: dict[str, object] = {}

    def run(self, records: Iterable[tuple[int, Cells]]) -> list[Message]:
        """Check every row: the issues of the rows on their own (the valid rows are put aside)."""
        issues: list[Message] = []
        identities, rests, plans = self._identities, self._rests, self._plans
        accept, staged = self.check.accept, self.staged
        buffer, batch = staged.buffer, staged.BATCH
        identity_of, rest_of, numbers_of, plans_of = IDENTITY_AT, _REST_AT, _NUMBERS_AT, _PLANS_AT
        rows = 0
        for line, cells in records:
            rows += 1
            values = identity_of(cells)
            known = identities.get(values)
            if known is None:
                known = self._identity(values)
            who, numbers = known
            rest = rests.get(rest_of(cells), _MISS)
            if rest is _MISS:
                rest = self._rest(rest_of(cells))
            if numbers is None or rest is None:
                issues += self._problems(line, cells)
                continue
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
                    year, months, status, note = rest  # type: ignore[misc]
                    baseline, value, last, expected = parsed
                    upper, own, term = chosen
                    staged_cells = (
                        year,
                        months,
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
                    code = accept(line, who, *staged_cells)
                    buffer.append((code, *staged_cells, line))
                    if len(buffer) >= batch:
                        staged.flush()
                    continue
            issues += self._problems(line, cells)
        self.rows = rows
        return issues

    def _identity(self, values: Cells) -> tuple[_Identity, dict[str, object] | None]:
        """What the row says of its target, checked, and the answers kept for its figures (None when the
        identity has a problem)."""
        if len(self._identities) >= LIMIT:
            self._identities.clear()
        who = _identity(values, self.stored_decimals)
        numbers = None
        if not (who.texts or who.required or who.decimals_problem or who.late):
            numbers = self._figures.setdefault((who.unit, who.places, who.mark_whole), {})
        self._identities[values] = (who, numbers)
        return who, numbers

    def _rest(self, key: Cells) -> tuple[int, int, str, str] | None:
        """The row's year, cut-off, status word and note, checked; None when one of them has a problem."""
        year_text, months_text, status_text, note_text = key
        year, months, problems = _period(year_text, months_text)
        answer = None
        if not problems:
            try:
                status = parse_status(status_text) if status_text else None
                answer = (year, months, "" if status is None else str(status), clean_text(note_text, "note"))
            except (TextError, ValueError):
                pass
        if len(self._rests) >= LIMIT:
            self._rests.clear()
        self._rests[key] = answer  # type: ignore[assignment]
        return answer  # type: ignore[return-value]

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
