"""The one place that decides whether a file is one nxdesk can open, and how.

The opener, the migrations, the backup list and restore all ask :func:`examine` (or
:func:`examine_connection` for a database already open). A file is nxdesk's when it is an SQLite
database marked with nxdesk's ``application_id``, at a schema version this nxdesk knows, whose schema
(the tables, indexes, triggers and views in ``sqlite_master``) is exactly what nxdesk's migrations
create at that version. Anything else — another program's database even at ``user_version`` 1, a file
with an extra trigger or a missing index — is refused untouched. An empty file, or an SQLite file with
nothing in it, is a new database.

Everything here reads; nothing is written to the file examined.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    CorruptDatabase,
    NewerSchemaError,
    NotAnNxdeskDatabase,
    StoreError,
    UnexpectedSchema,
)

SQLITE_HEADER = b"SQLite format 3\x00"

NEW, NXDESK = "new", "nxdesk"
NOT_NXDESK, CORRUPT, NEWER_SCHEMA, UNEXPECTED_SCHEMA, UNREADABLE = (
    NotAnNxdeskDatabase.code,
    CorruptDatabase.code,
    NewerSchemaError.code,
    UnexpectedSchema.code,
    "unreadable",
)

# Why a file is refused, in words for the command line (the window translates the codes itself).
REFUSALS = {
    NOT_NXDESK: "it is not an nxdesk data file (another kind of file, or another program's database)",
    UNEXPECTED_SCHEMA: "its tables or triggers are not the ones nxdesk makes (another program changed it)",
    CORRUPT: "it is damaged",
    NEWER_SCHEMA: "it was written by a newer version of nxdesk",
    UNREADABLE: "it cannot be read",
}


@dataclass(frozen=True)
class Verdict:
    """What a file is: ``code`` is ``new`` or ``nxdesk`` when it can be opened, else why not."""

    code: str
    version: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.code in (NEW, NXDESK)

    def raise_if_refused(self) -> None:
        """Raise the store error that says why the file cannot be opened (nothing when it can); its
        message is a sentence for the command line ("it is damaged (…)")."""
        if self.ok:
            return
        errors: dict[str, type[StoreError]] = {
            NOT_NXDESK: NotAnNxdeskDatabase,
            CORRUPT: CorruptDatabase,
            NEWER_SCHEMA: NewerSchemaError,
            UNEXPECTED_SCHEMA: UnexpectedSchema,
        }
        sentence = REFUSALS.get(self.code, self.code)
        detail = f" ({self.detail})" if self.detail and self.code in (CORRUPT, UNEXPECTED_SCHEMA) else ""
        raise errors.get(self.code, StoreError)(f"{sentence}{detail}")


def sniff(path: Path) -> Verdict | None:
    """From the first bytes alone: ``new`` for a missing or empty file, ``not_nxdesk`` for a file that is
    not an SQLite database, None when SQLite has to look inside."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        return Verdict(NEW)
    except OSError as exc:
        return Verdict(UNREADABLE, detail=str(exc))
    if not head:
        return Verdict(NEW)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return Verdict(NOT_NXDESK, detail="not an SQLite database")
    return None


def _wal_mode(path: Path) -> bool:
    """Whether the database header says WAL (file format version 2 at offsets 18 and 19)."""
    with open(path, "rb") as f:
        head = f.read(20)
    return len(head) == 20 and head[18] == 2


def examine(path: Path, *, integrity: bool = True) -> Verdict:
    """Look at the file ``path`` read-only and say what it is (see the module doc)."""
    first = sniff(Path(path))
    if first is not None:
        return first
    path = Path(path)
    uri = path.resolve().as_uri()
    try:
        if _wal_mode(path) and not path.with_name(path.name + "-wal").exists():
            # No connection has it open (SQLite keeps the -wal while one does): read it as it is, without
            # making the -wal and -shm files a WAL database's reader would leave beside a refused file.
            conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True)
        else:
            conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=10)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                conn.close()  # a WAL file in a folder that takes no -shm: header and schema still readable
                conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return _verdict_of_error(exc)
    try:
        return examine_connection(conn, integrity=integrity)
    finally:
        conn.close()


def examine_connection(conn: sqlite3.Connection, *, integrity: bool = True) -> Verdict:
    """What the database open on ``conn`` is, read without writing (see the module doc)."""
    from .migrations import APPLICATION_ID, SCHEMA_VERSION

    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and version == 0 and objects == 0:
            return Verdict(NEW)
        if app_id != APPLICATION_ID:
            return Verdict(NOT_NXDESK, version, "an SQLite database of another program")
        if integrity:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if rows != ["ok"]:
                return Verdict(CORRUPT, version, "; ".join(rows[:5]))
        if version > SCHEMA_VERSION:
            return Verdict(NEWER_SCHEMA, version, f"schema version {version} is newer than {SCHEMA_VERSION}")
        if version == 0:
            return Verdict(NOT_NXDESK, version, "marked as nxdesk's but never set up")
        differences = schema_differences(conn, version)
        if differences:
            return Verdict(UNEXPECTED_SCHEMA, version, "; ".join(differences[:5]))
        return Verdict(NXDESK, version)
    except sqlite3.Error as exc:
        return _verdict_of_error(exc)


def _verdict_of_error(exc: sqlite3.Error) -> Verdict:
    message = str(exc)
    if "not a database" in message or "encrypted" in message:
        return Verdict(NOT_NXDESK, detail=message)
    if "malformed" in message or "corrupt" in message:
        return Verdict(CORRUPT, detail=message)
    return Verdict(UNREADABLE, detail=message)


_SPACE = re.compile(r"\s+")


def _schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    """(type, name) -> (table, SQL with runs of white space made one) of every schema object, leaving out
    the statistics tables ``ANALYZE`` / ``PRAGMA optimize`` may add."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name): (table, _SPACE.sub(" ", sql or "").strip())
        for kind, name, table, sql in rows
        if not name.startswith("sqlite_stat")
    }


@functools.lru_cache(maxsize=8)
def _expected(migrations: tuple, version: int) -> dict[tuple[str, str], tuple[str, str]]:
    from .connection import NxDatabase

    db = NxDatabase(sqlite3.connect(":memory:", isolation_level=None), memory=True)
    try:
        for migration in migrations[:version]:
            with db.atomic():
                migration(db)
        return _schema(db.conn)
    finally:
        db.conn.close()


def expected_schema(version: int) -> dict[tuple[str, str], tuple[str, str]]:
    """The schema nxdesk's migrations create at ``version``."""
    from . import migrations

    return _expected(tuple(migrations.MIGRATIONS), version)


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """How the schema on ``conn`` differs from what nxdesk's migrations create at ``version``
    (empty when it is the same), e.g. ``unexpected trigger wipe_entries``."""
    actual, expected = _schema(conn), expected_schema(version)
    out = [f"unexpected {kind} {name}" for kind, name in sorted(actual.keys() - expected.keys())]
    out += [f"missing {kind} {name}" for kind, name in sorted(expected.keys() - actual.keys())]
    out += [
        f"changed {kind} {name}"
        for kind, name in sorted(actual.keys() & expected.keys())
        if actual[kind, name] != expected[kind, name]
    ]
    return out
