"""The import's second pass: :class:`RowWriter` writes the rows the first pass (:mod:`.first_pass`) checked
and put aside, in batches (one ``executemany`` per statement), inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.numbers import check_magnitude
from ..domain.targets import Direction, Kind, Status
from ..store import sectors, targets
from ..store.clock import now
from ..store.locks import PeriodLocked, locked_periods

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .cross_checks import Consistency
    from .csv_import import ImportReport
    from .table_rows import ParsedRow

_UPSERT_ENTRY = (
    "INSERT INTO entries (target_id, year, months, value, status, note, expected_year_end, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target_id, year, months) DO UPDATE SET"
    " value = excluded.value, status = excluded.status, note = excluded.note,"
    " expected_year_end = excluded.expected_year_end, updated_at = excluded.updated_at"
)
_INSERT_HISTORY = (
    "INSERT INTO entry_history (target_id, year, months, old_value, new_value, old_status, new_status,"
    " old_note, new_note, old_expected_year_end, new_expected_year_end, source, changed_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_YEAR = (
    "INSERT INTO target_years (target_id, year, baseline, pace_pct, retired) VALUES (?, ?, ?, ?, 0)"
    " ON CONFLICT(target_id, year) DO UPDATE SET baseline = excluded.baseline,"
    " pace_pct = excluded.pace_pct, retired = excluded.retired"
)
_UPSERT_PLAN = (
    "INSERT INTO plans (target_id, year, source, expression) VALUES (?, ?, ?, ?)"
    " ON CONFLICT(target_id, year, source) DO UPDATE SET expression = excluded.expression"
)
_UNSET = object()
FIGURES_KEPT = 2000  # the changed cells an import preview lists; the rest are counted


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


def _status(text: str | None) -> Status | None:
    return Status(text) if text else None


class RowWriter:
    """Writes checked rows inside the caller's transaction: the targets (from each one's first row) and
    their parents at once, then each row's year sheet, plans and cells in batches. A cell changes, and
    gets its history row, exactly when ``store.entries.set_entry`` would change it; a change in a locked
    period raises ``PeriodLocked`` (the check refused such rows already)."""

    BATCH = 2000
    PART = 5000  # the cells of new targets written by one statement

    def __init__(
        self, db: Database, check: Consistency, report: ImportReport, source: str = "import"
    ) -> None:
        self.db, self.report, self.source = db, report, source
        self.locked = set(locked_periods(db))  # read again inside the transaction that writes
        self._years: dict[tuple[int, int], tuple[float | None, float | None]] = {}
        self._pending_years: list[tuple[int, int, float | None, dict[str, str]]] = []
        self._cells: list[tuple] = []  # (target, year, months, value, status, note, expected) or _UNSET
        self._empty = db.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        self._new: set[int] = set()
        self.ids = self._write_targets(list(check.first.values()))
        self._names = {tid: (code, check.first[code].name) for code, tid in self.ids.items()}

    def _write_targets(self, firsts: list[ParsedRow]) -> dict[str, int]:
        db, ids, sector_ids = self.db, {}, {}
        for r in firsts:  # targets first, without parents (a parent may come later in the file)
            existing = targets.target_id(db, r.code)
            current = (
                db.execute(
                    "SELECT sector_id, kind, direction FROM targets WHERE id = ?", [existing]
                ).fetchone()
                if existing is not None
                else None
            )
            if r.sector or current is None:
                sector_id = sector_ids.get(r.sector)
                if sector_id is None:  # each sector found (or created) once
                    sector_id = sector_ids[r.sector] = sectors.get_or_create_sector(db, r.sector)
            else:
                sector_id = current[0]
            ids[r.code] = targets.upsert_target(
                db,
                code=r.code,
                name=r.name,
                unit=r.unit,
                sector_id=sector_id,
                kind=r.kind or (current[1] if current else Kind.FLOW),
                direction=r.direction or (current[2] if current else Direction.UP),
                parent_id=None
                if existing is None
                else db.execute("SELECT parent_id FROM targets WHERE id = ?", [existing]).fetchone()[0],
            )
            if r.decimals is not None:
                targets.set_decimals(db, ids[r.code], r.decimals)
            self.report.targets_updated += existing is not None
            self.report.targets_created += existing is None
            if existing is None:
                self._new.add(ids[r.code])  # nothing of it is stored yet: no year sheet, no cell
        for r in firsts:
            if r.parent is not None:
                parent_id = ids.get(r.parent) or targets.target_id(db, r.parent)
                db.execute("UPDATE targets SET parent_id = ? WHERE id = ?", [parent_id, ids[r.code]])
        return ids

    def write(
        self,
        staged_rows: str,
        years: Iterable[tuple],
        progress: Callable[[int], None] | None = None,
        size: int = 0,
    ) -> None:
        """Write the rows put aside (``staged_rows``, a table with the staged columns, in the file's
        order): each (code, year, baseline, plans) the rows give, once and in the order they first give
        it (``years``, from the first pass: ``""`` for an empty cell); the cells of stored targets row by
        row; then every cell of the new ones (:meth:`finish`). ``progress`` hears how many of the ``size``
        rows are written."""
        for code, year, baseline, upper, own, term in years:
            plans = {
                source: text for source, text in (("upper", upper), ("own", own), ("term", term)) if text
            }
            self._pending_years.append((self.ids[code], year, None if baseline == "" else baseline, plans))
            if len(self._pending_years) >= self.BATCH:
                self._flush_years()
        self._flush_years()
        conn, done = self.db.conn, 0
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS nxdesk_import_targets (code TEXT PRIMARY KEY, target_id, new)"
        )
        conn.execute("DELETE FROM temp.nxdesk_import_targets")
        conn.executemany(
            "INSERT INTO temp.nxdesk_import_targets VALUES (?, ?, ?)",
            [(code, tid, tid in self._new) for code, tid in self.ids.items()],
        )
        try:
            if len(self._new) < len(self.ids):
                cursor = conn.execute(
                    "SELECT s.code, s.year, s.months, s.value, s.status, s.note, s.last_year_value,"
                    f" s.expected_year_end FROM {staged_rows} s CROSS JOIN temp.nxdesk_import_targets t"
                    " ON t.code = s.code WHERE NOT t.new ORDER BY s.rowid"
                )
                for done, row in enumerate(cursor, 1):
                    if progress is not None and done % 500 == 0:
                        progress(done)
                    self._add(*row)
            self._flush_cells()
            rest = size - done
            self.finish(
                staged_rows, None if progress is None else lambda part: progress(done + int(rest * part))
            )
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.nxdesk_import_targets")

    def _add(
        self,
        code: str,
        year: int,
        months: int,
        value: float | None,
        status: str | None,
        note: str | None,
        last_year_value: float | None,
        expected_year_end: float | None,
    ) -> None:
        """The cells of one row of a stored target, as the first pass put it aside."""
        tid = self.ids[code]
        if value is not None or status or note or expected_year_end is not None:
            self._cells.append(
                (
                    tid,
                    year,
                    months,
                    _UNSET if value is None else value,
                    (status or Status.ESTIMATE) if (status or value is not None) else _UNSET,
                    note if note else _UNSET,
                    _UNSET if expected_year_end is None else expected_year_end,
                )
            )
        if last_year_value is not None:
            self._cells.append((tid, year - 1, months, last_year_value, Status.OFFICIAL, _UNSET, _UNSET))
        if len(self._cells) >= self.BATCH:
            self._flush_cells()

    def finish(self, staged_rows: str, progress: Callable[[float], None] | None = None) -> None:
        """Every cell of the targets this import creates, straight from the rows put aside: nothing of
        theirs is stored, so each row writes its cell, estimate unless it says otherwise, and its last
        year's official figure; the history rows say the same, in the file's order. ``progress`` hears
        how far (0…1)."""
        if not self._new:
            return
        conn, at = self.db.conn, now()
        new_rows = (
            f" FROM {staged_rows} s CROSS JOIN temp.nxdesk_import_targets n ON n.code = s.code WHERE n.new"
        )
        own_cell = (
            " AND (s.value IS NOT NULL OR s.status IS NOT NULL OR s.note IS NOT NULL"
            " OR s.expected_year_end IS NOT NULL)"
        )
        last_year = conn.execute(f"SELECT 1{new_rows} AND s.last_year_value IS NOT NULL LIMIT 1").fetchone()
        if last_year is None and not self.locked:  # one cell a row at most, in the file's order
            tid, year, months, value, note, expected, place = [
                "n.target_id",
                "s.year",
                "s.months",
                "s.value",
                "s.note",
                "s.expected_year_end",
                "s.rowid",
            ]
            status = f"COALESCE(s.status, '{Status.ESTIMATE}')"
            cells, table = f"{new_rows}{own_cell}", staged_rows
        else:
            conn.execute("DROP TABLE IF EXISTS temp.nxdesk_import_cells")
            conn.execute(
                "CREATE TEMP TABLE nxdesk_import_cells AS SELECT target_id, year, months, value, status,"
                " note, expected_year_end FROM ("
                " SELECT n.target_id, s.year, s.months, s.value, COALESCE(s.status, ?) AS status, s.note,"
                f" s.expected_year_end, s.rowid * 2 AS place{new_rows}{own_cell}"
                " UNION ALL"
                " SELECT n.target_id, s.year - 1, s.months, s.last_year_value, ?, NULL, NULL,"
                f" s.rowid * 2 + 1{new_rows} AND s.last_year_value IS NOT NULL"
                ") ORDER BY place",
                [str(Status.ESTIMATE), str(Status.OFFICIAL)],
            )
            tid, year, months, value, status, note, expected, place = [
                "target_id",
                "year",
                "months",
                "value",
                "status",
                "note",
                "expected_year_end",
                "rowid",
            ]
            cells, table = " FROM temp.nxdesk_import_cells WHERE 1", "temp.nxdesk_import_cells"
        try:
            if self.locked:
                locked = conn.execute(
                    "SELECT c.year, c.months FROM temp.nxdesk_import_cells c"
                    " JOIN period_locks l ON l.year = c.year AND l.months = c.months LIMIT 1"
                ).fetchone()
                if locked is not None:
                    raise PeriodLocked(*locked)
            first, last = conn.execute(f"SELECT MIN(rowid), MAX(rowid) FROM {table}").fetchone()
            written = 0
            # a part of the cells at a time, each part's history after its cells: the same rows in the
            # same order as all at once, and the progress moves meanwhile
            for start in range(first or 0, (last or -1) + 1, self.PART):
                part = f"{cells} AND {place} BETWEEN ? AND ? ORDER BY {place}"
                bounds = [start, start + self.PART - 1]
                written += conn.execute(
                    "INSERT INTO entries (target_id, year, months, value, status, note,"
                    f" expected_year_end, updated_at) SELECT {tid}, {year}, {months}, {value}, {status},"
                    f" {note}, {expected}, ?{part}",
                    [at, *bounds],
                ).rowcount
                conn.execute(
                    "INSERT INTO entry_history (target_id, year, months, old_value, new_value, old_status,"
                    " new_status, old_note, new_note, old_expected_year_end, new_expected_year_end, source,"
                    f" changed_at) SELECT {tid}, {year}, {months}, NULL, {value}, NULL, {status}, NULL,"
                    f" {note}, NULL, {expected}, ?, ?{part}",
                    [self.source, at, *bounds],
                )
                if progress is not None:
                    progress((start + self.PART - first) / (last - first + 1))
            cells += f" ORDER BY {place}"
            room = max(FIGURES_KEPT - len(self.report.figures), 0)
            listed = conn.execute(
                f"SELECT {tid}, {year}, {months}, {value}, {status}{cells} LIMIT ?", [room]
            ).fetchall()
            for target, *cell, figure, word in listed:
                code, name = self._names[target]
                self.report.figure(FigureChange(code, name, *cell, None, figure, None, _status(word)))
            self.report.new_figures += written - len(listed)  # every cell of a new target is a new figure
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.nxdesk_import_cells")
        self.report.values_written += written

    def _flush_years(self) -> None:
        db, years, plans = self.db, [], []
        for tid, year, baseline, row_plans in self._pending_years:
            current = self._years.get((tid, year))
            if current is None and tid in self._new:
                current = (None, None)
            if current is None:
                current = db.execute(
                    "SELECT baseline, pace_pct FROM target_years WHERE target_id = ? AND year = ?",
                    [tid, year],
                ).fetchone() or (None, None)
            new = (baseline if baseline is not None else current[0], current[1])
            self._years[(tid, year)] = new
            years.append((tid, year, *new))
            plans += [(tid, year, source, " ".join(text.split())) for source, text in row_plans.items()]
        self._pending_years = []
        if years:
            db.conn.executemany(_UPSERT_YEAR, years)
        if plans:
            db.conn.executemany(_UPSERT_PLAN, plans)

    def _flush_cells(self) -> None:
        db, at, cells, history = self.db, now(), [], []
        for tid, year, months, value, status, note, expected in self._cells:
            old = None
            if not self._empty and tid not in self._new:
                old = db.execute(
                    "SELECT value, status, note, expected_year_end FROM entries"
                    " WHERE target_id = ? AND year = ? AND months = ?",
                    [tid, year, months],
                ).fetchone()
            old_value, old_status, old_note, old_expected = old or (None, None, None, None)
            if value is not _UNSET and value is not None:
                check_magnitude(float(value))  # type: ignore[arg-type]
            new_value = old_value if value is _UNSET else value
            new_status = (old_status or str(Status.ESTIMATE)) if status is _UNSET else str(Status(status))
            new_note = old_note if note is _UNSET else (note or None)
            new_expected = old_expected if expected is _UNSET else expected
            new = (new_value, new_status, new_note, new_expected)
            if old is not None and new == tuple(old):
                self.report.unchanged += 1
                continue
            if old is None and new == (None, str(Status.ESTIMATE), None, None) and status is _UNSET:
                self.report.unchanged += 1
                continue
            if (year, months) in self.locked:
                raise PeriodLocked(year, months)
            if len(self.report.figures) < FIGURES_KEPT:
                code, name = self._names[tid]
                self.report.figure(
                    FigureChange(
                        code,
                        name,
                        year,
                        months,
                        old_value,
                        new_value,
                        _status(old_status),
                        _status(new_status),
                    )
                )
            else:  # counted only: no object for each of many changed cells
                self.report.count_figure(old_value is None)
            cells.append((tid, year, months, new_value, new_status, new_note, new_expected, at))
            history.append(
                (tid, year, months, old_value, new_value, old_status, new_status, old_note, new_note)
                + (old_expected, new_expected, self.source, at)
            )
        self._cells = []
        if cells:
            db.conn.executemany(_UPSERT_ENTRY, cells)
            db.conn.executemany(_INSERT_HISTORY, history)
            self.report.values_written += len(cells)
