"""The units × targets matrix's data: what each unit's row shows follows every change of its figures, plans
and the office's targets, whether made here or by another process."""

from nxdesk.interchange.receive import receive
from nxdesk.store.db import open_db
from nxdesk.store.targets import target_id
from nxdesk.store.unit_summary import by_unit

from .test_packages import figures_package, province  # noqa: F401


def kt01(data, code):
    [unit] = [u for u in data.units if u.unit.code == code]
    [row] = [r for r in unit.summary.rows if r.code == "KT01"]
    return row


def test_the_matrix_shows_each_change_of_a_units_figure_and_plan(province, tmp_path):  # noqa: F811
    first = figures_package(tmp_path, "a.nxpkg", written_at="2024-10-01T08:00:00.000000+00:00")
    receive(province, [first])
    assert kt01(by_unit(province, 2024, 9), "16279").value == 250.5
    assert kt01(by_unit(province, 2024, 9), "16279").value == 250.5  # shown again, unchanged
    rows = [{"code": "KT01", "year": 2024, "months": 9, "value": "260", "status": "official"}]
    newer = figures_package(tmp_path, "b.nxpkg", rows=rows, written_at="2024-10-02T08:00:00.000000+00:00")
    receive(province, [newer], accept_changes=True)
    assert kt01(by_unit(province, 2024, 9), "16279").value == 260.0
    assert {r.code: r.value for r in by_unit(province, 2024, 9).rollup.rows}["KT01"] == 260.0
    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (1, ?, 2024, '520')",
        [target_id(province, "KT01")],
    )
    province.conn.commit()
    assert kt01(by_unit(province, 2024, 9), "16279").pct_plan_upper == 50.0


def test_the_matrix_follows_a_change_made_by_another_process(province, tmp_path):  # noqa: F811
    receive(province, [figures_package(tmp_path)])
    assert kt01(by_unit(province, 2024, 9), "16279").value == 250.5
    path = province.execute("PRAGMA database_list").fetchone()[2]
    other = open_db(path)
    other.execute("UPDATE unit_entries SET value = 300")
    other.conn.commit()
    other.close()
    assert kt01(by_unit(province, 2024, 9), "16279").value == 300.0
    assert kt01(by_unit(province, 2024, 9, sector_id=1), "16279").value == 300.0


def test_a_locked_periods_matrix_shows_the_targets_and_plans_as_they_were_at_the_lock(
    province,  # noqa: F811
    tmp_path,
):
    from nxdesk.store.locks import lock_period
    from nxdesk.store.targets import set_plan

    receive(province, [figures_package(tmp_path)])
    tid = target_id(province, "KT01")
    before = {r.code: (r.name, r.input.plan_own) for r in by_unit(province, 2024, 9).rollup.rows}
    lock_period(province, 2024, 9, reason="chốt")
    province.execute("UPDATE targets SET name = 'Thu ngân sách (sửa)' WHERE id = ?", [tid])
    set_plan(province, tid, 2024, "own", "9999")
    province.conn.commit()
    locked = by_unit(province, 2024, 9)
    assert {r.code: (r.name, r.input.plan_own) for r in locked.rollup.rows} == before
    assert kt01(locked, "16279").name == before["KT01"][0] and kt01(locked, "16279").value == 250.5
    assert kt01(by_unit(province, 2024, 9, sector_id=1), "16279").name == before["KT01"][0]
    unlocked = by_unit(province, 2024, 6)
    assert {r.code: r.name for r in unlocked.rollup.rows}["KT01"] == "Thu ngân sách (sửa)"
    assert {r.code: r.input.plan_own for r in unlocked.rollup.rows}["KT01"] == "9999"


def test_each_units_row_is_the_summary_of_its_inputs(province, tmp_path):  # noqa: F811
    """The matrix builds its rows target by target; each unit's summary is the one ``build_summary`` gives."""
    from nxdesk.domain.summary import build_summary

    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression)"
        " SELECT 1, id, 2024, CASE WHEN code = 'KT01' THEN '300,5' ELSE '≥ 50' END FROM targets"
    )
    province.conn.commit()
    receive(province, [figures_package(tmp_path)])
    data = by_unit(province, 2024, 9)
    for unit in data.units:
        inputs = [r.input for r in unit.summary.rows]
        assert unit.summary == build_summary(inputs, data.period, unit.summary.threshold_pct)
    assert kt01(data, "16279").value == 250.5 and kt01(data, "16279").pct_plan_upper == 250.5 / 300.5 * 100


def _same_as_full_summaries(db, year, months, sector_id=None):
    from nxdesk.store.unit_matrix import units_matrix

    full, lean = by_unit(db, year, months, sector_id), units_matrix(db, year, months, sector_id)
    assert lean.period == full.period and lean.rollup == full.rollup
    assert lean.units == [u.unit for u in full.units] and lean.receipts == [u.receipt for u in full.units]
    assert [list(column) for column in zip(*lean.columns, strict=True)] == [
        [(r.value, r.status, r.pct_plan_upper, r.assessment) for r in u.summary.rows] for u in full.units
    ]
    return lean


def test_the_screens_matrix_holds_what_each_units_full_summary_says(province, tmp_path):  # noqa: F811
    """Cells (value, status, % of the assigned plan, assessment) and the roll-up, whole, by sector, locked,
    and after changes, as the full summaries give them."""
    from nxdesk.store.locks import lock_period
    from nxdesk.store.units import add_unit

    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression)"
        " SELECT 1, id, 2024, CASE WHEN code = 'KT01' THEN '300,5' WHEN code LIKE 'XH%' THEN '44-45'"
        " ELSE '≥ 5,6' END FROM targets"
    )
    province.conn.commit()
    add_unit(province, "99999", "Xã chưa gửi")  # no plan, no figures: a column of missing cells
    receive(province, [figures_package(tmp_path)])
    # up targets only: read without last year's columns
    directions = province.execute("SELECT id, direction FROM targets").fetchall()
    province.execute("UPDATE targets SET direction = 'up'")
    province.conn.commit()
    _same_as_full_summaries(province, 2024, 9)
    province.conn.executemany(
        "UPDATE targets SET direction = ? WHERE id = ?", [(d, i) for i, d in directions]
    )
    province.conn.commit()
    # every target, down ones included, with figures this year and last year (same period and year end)
    province.execute("UPDATE targets SET direction = 'down' WHERE id % 3 = 0")
    for year, months, factor in ((2024, 9, 0.9), (2023, 9, 1.0), (2023, 12, 1.2), (2024, 12, 1.1)):
        province.execute(
            "INSERT OR IGNORE INTO unit_entries (unit_id, target_id, year, months, value, status)"
            " SELECT u.id, t.id, ?, ?, (t.id * 7 % 50) * ? + u.id, CASE WHEN t.id % 2 THEN 'official'"
            " ELSE 'estimate' END FROM units u, targets t WHERE u.id < 3",
            [year, months, factor],
        )
    province.conn.commit()
    assert province.execute("SELECT COUNT(*) FROM targets WHERE direction = 'down'").fetchone()[0] > 0
    lean = _same_as_full_summaries(province, 2024, 9)
    assert len(lean.units) == 3 and lean.receipts[2] is None and lean.receipts[0] is not None
    _same_as_full_summaries(province, 2024, 9, sector_id=1)
    _same_as_full_summaries(province, 2024, 12)
    lock_period(province, 2024, 9, reason="chốt")
    province.execute("UPDATE targets SET name = 'Thu ngân sách (sửa)' WHERE code = 'KT01'")
    province.conn.commit()
    _same_as_full_summaries(province, 2024, 9)
    province.execute("UPDATE unit_entries SET value = 300")
    province.conn.commit()
    assert _same_as_full_summaries(province, 2024, 9).columns[0][0][0] == 300.0
    from nxdesk.store.units import set_unit_retired

    set_unit_retired(province, "99999")
    assert len(_same_as_full_summaries(province, 2024, 9).units) == 2
