"""The database handle: reads and transactions on plain sqlite3, sqlite-utils only for its table API."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from nxdesk.store.connection import NxDatabase
from nxdesk.store.db import open_db


def test_query_gives_dicts_and_refuses_statements_without_rows():
    db = NxDatabase(sqlite3.connect(":memory:", isolation_level=None))
    db.execute("CREATE TABLE t (a, b)")
    db.execute("INSERT INTO t VALUES (?, ?)", [1, "x"])
    assert list(db.query("SELECT a, b FROM t")) == [{"a": 1, "b": "x"}]
    with pytest.raises(ValueError):
        db.query("DELETE FROM t WHERE a = 2")


def test_atomic_takes_the_write_lock_at_once_and_nests_as_savepoints(db_path):
    db = open_db(db_path)
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        db.execute("CREATE TABLE t (a)")
        with db.atomic():
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # held from BEGIN, before any write
            db.execute("INSERT INTO t VALUES (1)")
            with pytest.raises(RuntimeError), db.atomic():
                db.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError
        assert [r[0] for r in db.execute("SELECT a FROM t")] == [1]
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError
        assert [r[0] for r in db.execute("SELECT a FROM t")] == [1]
        assert not db.conn.in_transaction
    finally:
        other.close()
        db.conn.close()


def test_the_table_api_comes_from_sqlite_utils_on_the_same_connection(db_path):
    db = open_db(db_path)
    try:
        db["notes"].insert({"id": 1, "text": "a"}, pk="id")
        assert db.table_names()[-1] == "notes"
        assert db.execute("SELECT text FROM notes").fetchone()[0] == "a"
        assert db.sqlite_utils().conn is db.conn
    finally:
        db.conn.close()


def test_opening_and_reading_a_database_does_not_import_sqlite_utils(demo_db, db_path):
    demo_db.conn.commit()
    code = (
        "import sys\n"
        "from nxdesk.store.db import open_db\n"
        "from nxdesk.store.summary import load_summary\n"
        "from nxdesk.store.sectors import list_sectors\n"
        f"db = open_db({str(db_path)!r})\n"
        "assert load_summary(db, 2024, 9).rows and list_sectors(db)\n"
        "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
        "db['targets'].count\n"
        "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "True", "False"]  # sqlite-utils on demand, numpy never
