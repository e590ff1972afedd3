"""The import's checks across rows and against the database (:class:`Consistency`), one valid row at a time
as the first pass (:mod:`.first_pass`) reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.messages import Message
from ..domain.targets import Status
from ..domain.text import code_key
from ..store import entries, targets
from ..store.locks import locked_periods
from ..store.sectors import DEFAULT_SECTOR
from .table import issue
from .table_rows import ParsedRow, _Identity

if TYPE_CHECKING:
    from sqlite_utils import Database

_ATTRIBUTES = ("name", "unit", "sector", "kind", "direction", "parent", "decimals")


def changes_entry(
    db: Database,
    code: str,
    year: int,
    months: int,
    value: float | None,
    status: Status | None,
    note: str | None,
    expected_year_end: float | None = None,
) -> bool:
    """Whether writing these (as :class:`RowWriter` does) would change the stored cell: a locked period
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
