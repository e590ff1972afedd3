"""Receive figures packages from subordinate units: each checked whole and applied all or nothing for its unit
into ``unit_entries``. Nothing a package carries writes the office's own figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..domain.messages import Message, MessageError, Where, register
from ..domain.numbers import NumberError, check_magnitude, parse_number
from ..domain.targets import allows_negative, default_decimals
from ..store.locks import is_locked
from ..store.unit_entries import UnitFigure, last_receipt, replace_unit_figures, unit_figures
from ..store.units import Unit, unit_by_code
from .packages import SUFFIX, Package, read_package, written_at_key

register(
    {
        "receive.unknown_unit": "unit {code} ({name}) is not one of this office's units",
        "receive.retired_unit": "unit {code} ({name}) is retired",
        "receive.locked": "{months}/{year} is locked here; unlock it to receive figures for it",
        "receive.unknown_target": "target {code} is not a target of {year} here",
        "receive.duplicate": "target {code} appears twice",
        "receive.period": "the row is for {found}, the package for {months}/{year}",
        "receive.value": "{code}: {reason}",
        "receive.decimals": "{code}: {text} is not a whole number, which {unit} must be",
        "receive.status": "{code}: status '{text}' is not estimate or official",
        "receive.counts": "the manifest counts {expected} estimates and officials, the rows hold {found}",
        "receive.older": "this package was written at {written_at}, before the one already received "
        "({applied_at}); it is not applied",
        "receive.changes": "{count} figure(s) differ from those received on {received_at}; "
        "run again with --accept-changes to replace them",
    }
)


@dataclass(frozen=True)
class Difference:
    """A figure a package would change: before (``None``: not received) and after (``None``: dropped)."""

    code: str
    name: str
    old: UnitFigure | None
    new: UnitFigure | None
    decimals: int | None = None


@dataclass
class Outcome:
    """What receiving one package did: ``applied``, ``unchanged`` (already received), ``would_apply`` (dry
    run), ``changes`` (differences not accepted) or ``refused``."""

    file: str
    state: str = "refused"
    unit_code: str = ""
    unit_name: str = ""
    year: int = 0
    months: int = 0
    rows: int = 0
    counts: dict = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state in ("applied", "unchanged", "would_apply")


def expand(paths: list[str | Path]) -> list[Path]:
    """The files named, a folder standing for the packages and units' entry workbooks in it."""
    from .unit_workbook import WORKBOOK_SUFFIX

    found = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.iterdir() if f.suffix.lower() in (SUFFIX, WORKBOOK_SUFFIX))
        else:
            found.append(p)
    return found


def read_figures(db: Database, path: Path) -> Package:
    """A figures package, or a unit's filled entry workbook read as one."""
    from .unit_workbook import is_entry_workbook, read_unit_workbook

    if is_entry_workbook(path):
        return read_unit_workbook(db, path)
    return read_package(path, expected_kind="figures")


def _target_table(db: Database, year: int) -> dict[str, tuple[int, str, str, int | None]]:
    rows = db.execute(
        "SELECT t.code, t.id, t.name, t.unit, t.decimals FROM target_years ty"
        " JOIN targets t ON t.id = ty.target_id"
        " WHERE ty.year = ? AND ty.retired = 0",
        [year],
    )
    return {r[0].upper(): (r[1], r[2], r[3], r[4]) for r in rows}


def check_figures(db: Database, package: Package) -> tuple[Unit, dict[int, UnitFigure]]:
    """The unit and its figures {target id: figure}, or :class:`MessageError` with every reason."""
    file = package.path.name
    unit = unit_by_code(db, package.unit_code)
    params = {"code": package.unit_code, "name": package.unit_name}
    if unit is None:
        raise MessageError(Message("receive.unknown_unit", params, Where(file=file)))
    if unit.retired:
        raise MessageError(Message("receive.retired_unit", params, Where(file=file)))
    year, months = package.year, package.months
    if is_locked(db, year, months):
        raise MessageError(Message("receive.locked", {"year": year, "months": months}, Where(file=file)))
    known = _target_table(db, year)
    problems: list[Message] = []
    figures: dict[int, UnitFigure] = {}
    for line, row in enumerate(package.rows, start=2):
        where = Where(file=file, line=line)
        code = row["code"]
        if (row["year"], row["months"]) != (str(year), str(months)):
            found = f"{row['months']}/{row['year']}"
            problems.append(
                Message("receive.period", {"found": found, "year": year, "months": months}, where)
            )
            continue
        target = known.get(code.upper())
        if target is None:
            problems.append(Message("receive.unknown_target", {"code": code, "year": year}, where))
            continue
        tid, _name, unit_word, decimals = target
        if tid in figures:
            problems.append(Message("receive.duplicate", {"code": code}, where))
            continue
        value = None
        if row["value"]:
            try:
                value = check_magnitude(
                    parse_number(row["value"], "comma", allow_negative=allows_negative(unit_word)),
                    row["value"],
                )
            except NumberError as exc:
                problems.append(Message("receive.value", {"code": code, "reason": str(exc)}, where))
                continue
            places = default_decimals(unit_word) if decimals is None else decimals
            if places == 0 and value != int(value):
                params = {"code": code, "text": row["value"], "unit": unit_word}
                problems.append(Message("receive.decimals", params, where))
                continue
        status = row["status"] or "estimate"
        if status not in ("estimate", "official"):
            problems.append(Message("receive.status", {"code": code, "text": status}, where))
            continue
        figures[tid] = UnitFigure(value, status, row["note"] or None)
    counts = package.manifest.get("counts")
    if not problems and isinstance(counts, dict):
        found = {s: sum(f.status == s for f in figures.values()) for s in ("estimate", "official")}
        if {s: counts.get(s) for s in found} != found:
            problems.append(Message("receive.counts", {"expected": counts, "found": found}, Where(file=file)))
    if problems:
        raise MessageError(problems)
    return unit, figures


def _differences(db: Database, old: dict[int, UnitFigure], new: dict[int, UnitFigure]) -> list[Difference]:
    changed = [tid for tid in sorted(old.keys() | new.keys()) if old.get(tid) != new.get(tid)]
    if not changed:
        return []
    marks = ",".join("?" * len(changed))
    sql = f"SELECT id, code, name, decimals, unit FROM targets WHERE id IN ({marks})"
    names = {r[0]: r[1:] for r in db.execute(sql, changed)}
    found = []
    for tid in changed:
        code, name, places, unit = names[tid]
        places = default_decimals(unit) if places is None else places
        found.append(Difference(code, name, old.get(tid), new.get(tid), places))
    return found


class _Rollback(Exception):
    """Raised inside the transaction so a package that is not applied writes nothing."""


def receive_one(
    db: Database,
    path: Path,
    dry_run: bool = False,
    accept_changes: bool = False,
    read: Package | MessageError | None = None,
) -> Outcome:
    """Receive one file; ``read`` is the file as already read (a package, or why it is none)."""
    outcome = Outcome(file=path.name)
    try:
        if isinstance(read, MessageError):
            raise read
        package = read if read is not None else read_figures(db, path)
        outcome.unit_code, outcome.unit_name = package.unit_code, package.unit_name
        outcome.year, outcome.months = package.year, package.months or 0
        outcome.rows, outcome.counts = len(package.rows), package.manifest.get("counts") or {}
        unit, figures = check_figures(db, package)
    except MessageError as exc:
        outcome.messages = exc.messages
        return outcome
    try:
        with db.atomic():  # decided and written under the write lock, against what is stored at that moment
            _decide_and_apply(db, package, unit, figures, outcome, dry_run, accept_changes)
            if outcome.state != "applied":
                raise _Rollback
    except _Rollback:
        pass
    return outcome


def _decide_and_apply(
    db: Database, package: Package, unit: Unit, figures: dict[int, UnitFigure], outcome: Outcome,
    dry_run: bool, accept_changes: bool,
) -> None:  # fmt: skip
    year, months = package.year, package.months
    previous = last_receipt(db, unit.id, year, months)
    changed = 0
    if previous is not None:
        if previous.sha256 == package.sha256 and previous.written_at == package.written_at:
            outcome.state = "unchanged"
            return
        if written_at_key(package.written_at) < written_at_key(previous.written_at):
            params = {"written_at": package.written_at, "applied_at": previous.written_at}
            outcome.messages = [Message("receive.older", params, Where(file=package.path.name))]
            return
        outcome.differences = _differences(db, unit_figures(db, unit.id, year, months), figures)
        changed = len(outcome.differences)
        if changed and not accept_changes:
            outcome.state = "changes"
            params = {"count": changed, "received_at": previous.received_at}
            outcome.messages = [Message("receive.changes", params, Where(file=package.path.name))]
            return
    if dry_run:
        outcome.state = "would_apply"
        return
    from .. import __version__

    replace_unit_figures(
        db, unit.id, year, months, figures, sha256=package.sha256, written_at=package.written_at,
        writer_version=str(package.manifest.get("nxdesk_version") or __version__),
        file_name=package.path.name,
        changed=changed,
    )  # fmt: skip
    outcome.state = "applied"


def receive(
    db: Database, paths: list[str | Path], dry_run: bool = False, accept_changes: bool = False
) -> list[Outcome]:
    """Receive every package named (folders stand for their packages), oldest written first."""
    files = expand(paths)
    read: dict[Path, Package | MessageError] = {}
    for path in files:  # each file read once: a workbook takes a while to open
        try:
            read[path] = read_figures(db, path)
        except MessageError as exc:
            read[path] = exc

    def written(path: Path) -> str:
        found = read[path]
        return "" if isinstance(found, MessageError) else found.written_at

    order = sorted(files, key=written)
    return [receive_one(db, path, dry_run, accept_changes, read[path]) for path in order]
