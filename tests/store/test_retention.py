"""Keeping backups over weeks of work, with the store's clock moved day by day: a backup taken for a
reason (by hand, before an import, a migration or a restore) outlives the daily thinning for 30 days."""

from datetime import datetime, timedelta

import pytest

from nxdesk.store import backup, clock
from nxdesk.store.entries import set_entry
from nxdesk.store.targets import target_id


@pytest.fixture
def moving_clock():
    state = {"now": datetime(2024, 9, 2, 8, 0, 0)}
    previous = clock.set_source(lambda: state["now"])
    yield state
    clock.set_source(previous)


def test_forty_working_days_keep_every_reasoned_backup_for_30_days(demo_db, db_path, moving_clock):
    tid = target_id(demo_db, "KT01")
    first_day = moving_clock["now"].date()
    reasoned: dict[str, tuple[int, object]] = {}  # reason -> (day taken, path)
    for day in range(40):
        morning = datetime.combine(first_day + timedelta(days=day), datetime.min.time())
        moving_clock["now"] = morning.replace(hour=8)
        backup.backup_now(demo_db, db_path, "start")
        moving_clock["now"] = morning.replace(hour=10)
        if day == 0:
            reasoned["manual"] = (day, backup.backup_now(demo_db, db_path, "manual"))
        elif day == 1:
            reasoned["import"] = (day, backup.backup_now(demo_db, db_path, "import"))
        elif day == 2:
            set_entry(demo_db, tid, 2024, 9, value=5.0)
            saved = backup.list_backups(db_path)[-1].path
            reasoned["before-restore"] = (day, backup.restore(demo_db, db_path, saved))
        elif day == 3:
            reasoned["before-v2"] = (day, backup.backup_now(demo_db, db_path, "before-v2"))
        moving_clock["now"] = morning.replace(hour=17)
        backup.backup_now(demo_db, db_path, "close")

        for reason, (taken, path) in reasoned.items():
            if day - taken <= 30:
                assert path.exists(), f"day {day}: the {reason} backup of day {taken} was removed"
        today = moving_clock["now"].date()
        left = backup.list_backups(db_path)
        assert not [b for b in left if b.reason == "start" and b.made_at.date() < today]

    left = {b.path: b for b in backup.list_backups(db_path)}
    assert len(left) < 40  # forty days did not keep eighty copies
    assert not reasoned["before-v2"][1].exists()  # 36 days on, it is thinned out like the others
    assert all(b.kept_until is None for b in left.values() if b.reason in ("start", "close"))


def test_the_closing_copy_of_the_day_does_not_push_out_the_safety_copy(demo_db, db_path, moving_clock):
    saved = backup.backup_now(demo_db, db_path, "start")
    moving_clock["now"] += timedelta(hours=2)
    safety = backup.restore(demo_db, db_path, saved)
    moving_clock["now"] += timedelta(hours=6)
    backup.backup_now(demo_db, db_path, "close")
    moving_clock["now"] += timedelta(days=1)
    backup.backup_now(demo_db, db_path, "start")  # the next working day prunes
    assert safety.exists()
    assert saved.exists() is False  # a routine copy of a past day that was not its newest goes
