"""Store functions the plan editor uses: field updates, baseline, retire, in-year moves."""

import pytest

from nxdesk.store import targets as st
from nxdesk.store.sectors import list_sectors


def codes(db, year, sector_id=None):
    return [t.code for t in st.list_targets(db, year, sector_id)]


def by_code(db, year, code):
    return next(t for t in st.list_targets(db, year, include_retired=True) if t.code == code)


def test_update_target_changes_only_given_fields(demo_db):
    tid = st.target_id(demo_db, "KT01")
    st.update_target(demo_db, tid, name="Thu ngân sách nhà nước", unit="tỷ đồng", kind="level")
    t = by_code(demo_db, 2024, "KT01")
    assert (t.name, t.kind, t.direction, t.plan_own) == ("Thu ngân sách nhà nước", "level", "up", "770")


def test_update_target_refuses_a_taken_code(demo_db):
    with pytest.raises(st.TargetCodeTaken):
        st.update_target(demo_db, st.target_id(demo_db, "KT01"), code="KT02")
    assert st.target_id(demo_db, "KT01") is not None


def test_parent_cannot_be_own_row(demo_db):
    parent, child = st.target_id(demo_db, "KT06"), st.target_id(demo_db, "KT06a")
    with pytest.raises(st.InvalidParent):
        st.update_target(demo_db, parent, parent_id=child)
    st.update_target(demo_db, child, parent_id=None)
    assert by_code(demo_db, 2024, "KT06a").parent_id is None


def test_sector_change_takes_the_trong_do_rows_along(demo_db):
    env = list_sectors(demo_db)[2].id
    st.update_target(demo_db, st.target_id(demo_db, "KT06"), sector_id=env)
    moved = codes(demo_db, 2024, env)
    assert moved[-3:] == ["KT06", "KT06a", "KT06b"]
    assert "KT06a" not in codes(demo_db, 2024, list_sectors(demo_db)[0].id)


def test_retire_for_one_year_only(demo_db):
    st.copy_year(demo_db, 2024, 2025)
    tid = st.target_id(demo_db, "KT06")
    assert st.set_retired(demo_db, tid, 2025) == 3  # with its two "trong đó" rows
    assert "KT06" not in codes(demo_db, 2025) and "KT06a" not in codes(demo_db, 2025)
    assert "KT06" in codes(demo_db, 2024)
    assert by_code(demo_db, 2025, "KT06").plan_own == "25.000"  # kept for an undo
    st.set_retired(demo_db, tid, 2025, retired=False)
    assert "KT06b" in codes(demo_db, 2025)


def test_move_in_year_passes_the_visible_neighbour(demo_db):
    before = codes(demo_db, 2024)
    assert before.index("KT07") == before.index("KT06b") + 1
    assert st.move_in_year(demo_db, st.target_id(demo_db, "KT07"), 2024, -1)
    after = codes(demo_db, 2024)
    assert after.index("KT07") == after.index("KT06") - 1
    assert after.index("KT06a") == after.index("KT06") + 1
    first = after[0]
    assert not st.move_in_year(demo_db, st.target_id(demo_db, first), 2024, -1)


def test_set_baseline_keeps_pace(demo_db):
    tid = st.target_id(demo_db, "KT01")
    st.set_target_year(demo_db, tid, 2024, baseline=None, pace_pct=80.0)
    st.set_baseline(demo_db, tid, 2024, 1200.5)
    t = by_code(demo_db, 2024, "KT01")
    assert (t.baseline, t.pace_pct) == (1200.5, 80.0)
