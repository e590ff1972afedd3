"""One row of the import table checked on its own: every cell cleaned and parsed, every problem as a
message with its line and column. A per-import memo answers the cells a table repeats on thousands of rows
(names, units, sectors, status words, plans, figures) once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter

from ..domain.messages import Message, register
from ..domain.numbers import DecimalMark, NumberError
from ..domain.periods import YEAR_RANGE
from ..domain.plans import PlanError, parse_plan
from ..domain.targets import Direction, Kind, Status, default_decimals, parse_figure, parse_status
from ..domain.text import TextError, clean_code, clean_text, code_key
from .decimal_mark import MarkVotes
from .table import COLUMNS, NUMBER_COLUMNS, PLAN_COLUMNS, RawRow, issue

register({f"number.{code}": text for code, text in NumberError.MESSAGES.items()})
register({f"plan.{code}": text for code, text in PlanError.MESSAGES.items()})
register(
    {
        "value.required": "required value is empty",
        "value.whole_range": "'{text}' is not a whole number from {low} to {high}",
        "value.choice": "'{text}' is not {allowed}",
        "status.invalid": "'{text}' is not estimate, official, ước or chính thức",
        "parent.self": "a target cannot be its own parent",
    }
)


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


class RowMemo:
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
# the identity cells of a row given as its cells in COLUMNS order
IDENTITY_AT = itemgetter(*(COLUMNS.index(column) for column in _IDENTITY_COLUMNS))
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
    memo: RowMemo | None = None,
    votes: MarkVotes | None = None,
) -> tuple[ParsedRow, list[Message]]:
    """Check every cell of one row on its own: the row and its issues (the row is valid when there are
    none). ``stored_decimals`` (by :func:`code_key`) gives the precision of targets already stored, for
    rows that do not set one; ``votes`` hears the row's numbers and plans (see ``MarkVotes``)."""
    memo = memo or RowMemo()
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
