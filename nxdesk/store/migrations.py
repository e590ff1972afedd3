"""Ordered, named migrations. ``PRAGMA user_version`` holds how many have been applied.

Each migration runs in its own transaction; an existing database is copied to ``backups/`` beside it
before any migration touches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ForeignDatabaseError, NewerSchemaError, StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "ForeignDatabaseError",
    "NewerSchemaError",
    "apply_migrations",
    "schema_version",
]

APPLICATION_ID = 0x6E786473  # "nxds": marks the file as an nxdesk database


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one (``executescript`` would commit the surrounding transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def m001_core_tables(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE sectors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL
        );
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'flow' CHECK (kind IN ('flow', 'level')),
            direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
            sector_id INTEGER NOT NULL REFERENCES sectors(id),
            parent_id INTEGER REFERENCES targets(id),
            position INTEGER NOT NULL,
            CHECK (parent_id IS NULL OR parent_id <> id)
        );
        CREATE INDEX targets_sector ON targets(sector_id, position);
        -- A target takes part in a year when it has a row here (the year's plan sheet).
        CREATE TABLE target_years (
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            baseline REAL,
            pace_pct REAL,
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            PRIMARY KEY (target_id, year)
        );
        CREATE INDEX target_years_year ON target_years(year);
        CREATE TABLE plans (
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('province', 'district')),
            expression TEXT NOT NULL,
            PRIMARY KEY (target_id, year, source)
        );
        CREATE TABLE entries (
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            value REAL,
            status TEXT NOT NULL DEFAULT 'estimate' CHECK (status IN ('estimate', 'official')),
            note TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (target_id, year, months)
        );
        CREATE INDEX entries_period ON entries(year, months);
        CREATE TABLE entry_history (
            id INTEGER PRIMARY KEY,
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            months INTEGER NOT NULL,
            old_value REAL,
            new_value REAL,
            old_status TEXT,
            new_status TEXT,
            old_note TEXT,
            new_note TEXT,
            source TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX entry_history_cell ON entry_history(target_id, year, months, id);
        CREATE TRIGGER entry_history_no_update BEFORE UPDATE ON entry_history
        BEGIN SELECT RAISE(ABORT, 'entry_history is append-only'); END;
        CREATE TRIGGER entry_history_no_delete BEFORE DELETE ON entry_history
        BEGIN SELECT RAISE(ABORT, 'entry_history is append-only'); END;
        CREATE TABLE period_locks (
            year INTEGER NOT NULL,
            months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            reason TEXT,
            locked_at TEXT NOT NULL,
            PRIMARY KEY (year, months)
        );
        CREATE TABLE lock_log (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            months INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
            reason TEXT,
            at TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        """,
    )


def m002_plans_by_role(db: Database) -> None:
    """Name the plans by who set them: ``upper`` (the level above), ``own`` (the office), ``term`` (the
    congress term's target); each target's display precision; the office's own year-end expectation."""
    _run_script(
        db,
        """
        CREATE TABLE plans_by_role (
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('upper', 'own', 'term')),
            expression TEXT NOT NULL,
            PRIMARY KEY (target_id, year, source)
        );
        INSERT INTO plans_by_role (target_id, year, source, expression)
            SELECT target_id, year, CASE source WHEN 'province' THEN 'upper' ELSE 'own' END, expression
            FROM plans;
        DROP TABLE plans;
        ALTER TABLE plans_by_role RENAME TO plans;
        ALTER TABLE targets ADD COLUMN decimals INTEGER CHECK (decimals IS NULL OR decimals BETWEEN 0 AND 4);
        ALTER TABLE entries ADD COLUMN expected_year_end REAL;
        ALTER TABLE entry_history ADD COLUMN old_expected_year_end REAL;
        ALTER TABLE entry_history ADD COLUMN new_expected_year_end REAL;
        INSERT OR IGNORE INTO settings (key, value)
            SELECT 'level', 'huyen' WHERE EXISTS (SELECT 1 FROM targets);
        """,
    )


def m003_restore_log(db: Database) -> None:
    """A record of every restore (which backup, where the figures from before went, which locks it
    removed and why); it and the lock log are append-only and carried into every restored file."""
    _run_script(
        db,
        """
        CREATE TABLE restore_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            source TEXT NOT NULL,
            safety_copy TEXT,
            dropped_locks TEXT NOT NULL DEFAULT '',
            reason TEXT
        );
        CREATE TRIGGER restore_log_no_update BEFORE UPDATE ON restore_log
        BEGIN SELECT RAISE(ABORT, 'restore_log is append-only'); END;
        CREATE TRIGGER restore_log_no_delete BEFORE DELETE ON restore_log
        BEGIN SELECT RAISE(ABORT, 'restore_log is append-only'); END;
        CREATE TRIGGER lock_log_no_update BEFORE UPDATE ON lock_log
        BEGIN SELECT RAISE(ABORT, 'lock_log is append-only'); END;
        CREATE TRIGGER lock_log_no_delete BEFORE DELETE ON lock_log
        BEGIN SELECT RAISE(ABORT, 'lock_log is append-only'); END;
        """,
    )


def m004_lock_snapshots(db: Database) -> None:
    """What a locked period's report showed at locking (PRODUCT.md "Locks"): the summary inputs of every
    target of the period as JSON. Gone with the lock when the period is unlocked."""
    _run_script(
        db,
        """
        CREATE TABLE lock_snapshots (
            year INTEGER NOT NULL,
            months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            taken_at TEXT NOT NULL,
            rows TEXT NOT NULL,
            PRIMARY KEY (year, months),
            FOREIGN KEY (year, months) REFERENCES period_locks(year, months) ON DELETE CASCADE
        );
        """,
    )


def m005_units(db: Database) -> None:
    """The office's subordinate units (communes of a province, villages of a commune), the plan the office
    assigns to each, the figures each unit reported (apart from the office's own entries), and the log of
    every package received."""
    _run_script(
        db,
        """
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            level TEXT NOT NULL DEFAULT 'xa' CHECK (level IN ('xa', 'phuong', 'dac_khu', 'thon')),
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            position INTEGER NOT NULL
        );
        CREATE TABLE unit_plans (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            expression TEXT NOT NULL,
            PRIMARY KEY (unit_id, target_id, year)
        );
        CREATE TABLE received_packages (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            sha256 TEXT NOT NULL,
            written_at TEXT NOT NULL,
            writer_version TEXT NOT NULL,
            file_name TEXT NOT NULL,
            rows INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX received_packages_period ON received_packages(unit_id, year, months, id);
        CREATE TRIGGER received_packages_no_update BEFORE UPDATE ON received_packages
        BEGIN SELECT RAISE(ABORT, 'received_packages is append-only'); END;
        CREATE TRIGGER received_packages_no_delete BEFORE DELETE ON received_packages
        BEGIN SELECT RAISE(ABORT, 'received_packages is append-only'); END;
        CREATE TABLE unit_entries (
            unit_id INTEGER NOT NULL REFERENCES units(id),
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
            value REAL,
            status TEXT NOT NULL DEFAULT 'estimate' CHECK (status IN ('estimate', 'official')),
            note TEXT,
            package_id INTEGER REFERENCES received_packages(id),
            PRIMARY KEY (unit_id, target_id, year, months)
        );
        CREATE INDEX unit_entries_period ON unit_entries(year, months);
        CREATE TABLE own_unit (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            assigned_by TEXT
        );
        CREATE TABLE assigned_targets (
            target_id INTEGER NOT NULL REFERENCES targets(id),
            year INTEGER NOT NULL,
            PRIMARY KEY (target_id, year)
        );
        """,
    )


MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    m001_core_tables,
    m002_plans_by_role,
    m003_restore_log,
    m004_lock_snapshots,
    m005_units,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(db: Database, path: Path | None) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return their names."""
    from .identify import examine_connection

    verdict = examine_connection(db.conn, integrity=False)  # the one judge of what the file is
    if verdict.code == "unreadable":
        raise StoreError(verdict.detail)
    verdict.raise_if_refused()
    version = verdict.version
    pending = MIGRATIONS[version:]
    if pending and version > 0 and path is not None:
        from .backup import backup_now

        backup_now(db, path, reason=f"before-v{SCHEMA_VERSION}")
    applied = []
    for number, migration in enumerate(pending, start=version + 1):
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        applied.append(migration.__name__)
    return applied
