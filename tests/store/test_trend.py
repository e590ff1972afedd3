from nxdesk.store.entries import set_entry
from nxdesk.store.targets import target_id
from nxdesk.store.trend import year_curves


def test_year_curves_of_the_demo_budget_line(demo_db):
    tid = target_id(demo_db, "KT01")
    curves = year_curves(demo_db, tid, 2024)
    assert curves.this_year == {9: 1401.351}
    assert curves.last_year == {9: 726.1}


def test_year_curves_by_month_ignore_other_years_and_empty_values(demo_db):
    tid = target_id(demo_db, "KT01")
    set_entry(demo_db, tid, 2024, 3, value=300.5)
    set_entry(demo_db, tid, 2024, 6, value=None, note="chưa có số")
    set_entry(demo_db, tid, 2023, 12, value=1100.0)
    set_entry(demo_db, tid, 2022, 12, value=999.0)
    curves = year_curves(demo_db, tid, 2024)
    assert curves.this_year == {3: 300.5, 9: 1401.351}
    assert curves.last_year == {9: 726.1, 12: 1100.0}
    assert year_curves(demo_db, tid, 2030).this_year == {}
