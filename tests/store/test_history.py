"""Value history: every change recorded, newest first; the table is append-only (a trigger refuses edits)."""

import sqlite3

import pytest

from nxdesk.store.entries import get_entry, history, set_entry
from nxdesk.store.locks import PeriodLocked, lock_period
from nxdesk.store.targets import target_id


def test_every_change_of_a_cell_is_recorded_newest_first(demo_db):
    tid = target_id(demo_db, "KT02")
    start = get_entry(demo_db, tid, 2024, 9)
    set_entry(demo_db, tid, 2024, 9, value=200.0, status="estimate")
    set_entry(demo_db, tid, 2024, 9, value=210.5, status="official")
    set_entry(demo_db, tid, 2024, 9, note="theo báo cáo của phòng TC-KH")
    assert not set_entry(demo_db, tid, 2024, 9, value=210.5)  # no change, no history row
    items = history(demo_db, tid, 2024, 9)
    assert [(i.old_value, i.new_value) for i in items[:3]] == [
        (210.5, 210.5),
        (200.0, 210.5),
        (start.value, 200.0),
    ]
    assert (items[1].old_status, items[1].new_status) == ("estimate", "official")
    assert items[0].new_note == "theo báo cáo của phòng TC-KH"
    assert items[-1].source == "import" and items[0].source == "grid"
    assert all(i.changed_at for i in items)


def test_restoring_an_old_value_is_itself_recorded(demo_db):
    tid = target_id(demo_db, "KT02")
    original = get_entry(demo_db, tid, 2024, 9)
    set_entry(demo_db, tid, 2024, 9, value=1.0)
    old = history(demo_db, tid, 2024, 9)[1]  # the import that wrote the original value
    set_entry(
        demo_db, tid, 2024, 9, value=old.new_value, status=old.new_status, note=old.new_note, source="restore"
    )
    assert get_entry(demo_db, tid, 2024, 9).value == original.value
    newest = history(demo_db, tid, 2024, 9)[0]
    assert (newest.old_value, newest.new_value, newest.source) == (1.0, original.value, "restore")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE entry_history SET new_value = 0",
        "UPDATE entry_history SET changed_at = '2000-01-01T00:00:00' WHERE id = 1",
        "DELETE FROM entry_history",
        "DELETE FROM entry_history WHERE id = 1",
    ],
)
def test_history_is_append_only(demo_db, statement):
    before = list(demo_db.execute("SELECT * FROM entry_history ORDER BY id"))
    assert before
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        demo_db.execute(statement)
    assert list(demo_db.execute("SELECT * FROM entry_history ORDER BY id")) == before


def test_a_refused_write_leaves_no_history(demo_db):
    tid = target_id(demo_db, "KT02")
    count = len(history(demo_db, tid, 2024, 9))
    lock_period(demo_db, 2024, 9)
    with pytest.raises(PeriodLocked):
        set_entry(demo_db, tid, 2024, 9, value=3.0)
    assert len(history(demo_db, tid, 2024, 9)) == count
