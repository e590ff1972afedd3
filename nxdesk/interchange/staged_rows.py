"""The checked rows of an import, put aside between its two passes (:class:`Staged`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.messages import Message
from .table import issue

if TYPE_CHECKING:
    from sqlite_utils import Database


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
        self.buffer: list[tuple] = []
        self.count = 0

    def add(self, row: tuple) -> None:
        """One checked row: the staged columns, then its line."""
        self.buffer.append(row)
        if len(self.buffer) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            marks = "?, ?, ?, " + "NULLIF(?, ''), " * 9 + "?"  # "" stands for an empty cell: binds fast
            conn = self.conn
            alone = not conn.in_transaction  # one transaction per batch, not one per row
            if alone:
                conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO {self.TABLE} VALUES ({marks})", self.buffer)
            if alone:
                conn.execute("COMMIT")
            self.count += len(self.buffer)
            self.buffer.clear()

    def duplicates(self) -> list[Message]:
        """Rows that write a cell an earlier row writes too (a row writes its own cell, and last year's
        when it gives ``last_year_value``), naming the first: found by SQLite, which sorts on disk, so
        memory does not grow with the file."""
        twice = self.conn.execute(
            f"SELECT 1 FROM {self.TABLE} GROUP BY code, year, months HAVING COUNT(*) > 1 LIMIT 1"
        ).fetchone()
        if (
            twice is None
            and self.conn.execute(
                f"SELECT 1 FROM {self.TABLE} WHERE last_year_value IS NOT NULL LIMIT 1"
            ).fetchone()
            is None
        ):
            return []  # no row writes another's cell: each writes its own, once
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

    def clear(self) -> None:
        self.buffer.clear()
        self.count = 0
        self.conn.execute("DELETE FROM temp.nxdesk_import_rows")

    def drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.nxdesk_import_rows")
