"""``nxdesk import``: validate the whole table first, then write all of it in one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..domain.messages import Message, register
from ..domain.numbers import DecimalMark
from ..domain.targets import default_decimals
from ..domain.text import code_key
from .cross_checks import Consistency
from .decimal_mark import MarkVotes
from .first_pass import Cells, FirstPass
from .import_passes import FIGURES_KEPT, FigureChange, RowWriter
from .staged_rows import Staged
from .table import COLUMNS, RawRow, TableError, TableReader, issue

register(
    {
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
class ImportReport:
    """What an import did (or, with ``dry_run``, would do), or every reason it was refused. ``figures``
    lists the cells it changes (the first :data:`FIGURES_KEPT`; ``new_figures`` and ``changed_figures``
    count them all); ``unchanged`` counts the cells it wrote as they already were."""

    rows: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    values_written: int = 0
    decimal: DecimalMark | None = None
    issues: list[Message] = field(default_factory=list)
    dry_run: bool = False
    figures: list[FigureChange] = field(default_factory=list)
    new_figures: int = 0
    changed_figures: int = 0
    unchanged: int = 0

    def figure(self, change: FigureChange) -> None:
        """Count one changed cell, and keep it while fewer than FIGURES_KEPT are kept."""
        self.count_figure(change.is_new)
        if len(self.figures) < FIGURES_KEPT:
            self.figures.append(change)

    def count_figure(self, new: bool) -> None:
        """Count one changed cell without keeping it (past the FIGURES_KEPT first ones)."""
        if new:
            self.new_figures += 1
        else:
            self.changed_figures += 1

    @property
    def ok(self) -> bool:
        return not self.issues


class _ListSource:
    """Rows already in memory (an entry workbook's), read like a file: ``rows()`` as often as asked."""

    def __init__(self, raw: list[RawRow]) -> None:
        self.raw = raw
        self.size = len(raw)
        self.issues: list[Message] = []
        self.written = {r.line: r.written for r in raw if r.written}

    def records(self, progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, Cells]]:
        """Each row as its line and its cells in COLUMNS order (``""`` for a column it does not give)."""
        for count, row in enumerate(self.raw):
            if progress is not None and count % 500 == 0:
                progress(count)
            yield row.line, tuple(map(row.cells.get, COLUMNS, repeat("")))

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

    def records(self, progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, Cells]]:
        return self.reader.records(progress)

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
    staged = Staged(db)
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
                writer.write(staged.TABLE, check.years, steps.next(staged.count), staged.count)
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
    staged: Staged,
    steps: _Steps,
    dry_run: bool,
) -> tuple[ImportReport, Consistency]:
    """The first pass: every row checked on its own and across rows; the valid ones put aside."""
    report = ImportReport(dry_run=dry_run, decimal=decimal)
    staged.clear()
    first = FirstPass(db, decimal, votes, stored_decimals, staged)
    issues = first.run(source.records(steps.next()))
    report.rows, check = first.rows, first.check
    if source.issues:
        return ImportReport(issues=list(source.issues), dry_run=dry_run), check
    staged.flush()
    issues += staged.duplicates()  # first: within a line they come before what check.finish() says
    issues += check.finish()
    report.issues = [_as_written(m, source.written_at(m.where.line if m.where else None)) for m in issues]
    report.issues.sort(key=lambda i: i.where.line or 0)
    return report, check


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
