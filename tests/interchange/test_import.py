"""The importer's refusals leave the database exactly as it was; a good file is applied whole."""

import pytest

from nxdesk.interchange.csv_import import import_file
from nxdesk.store import entries, locks, targets

HEADER = "code,name,unit,year,months,sector,kind,direction,parent,plan_upper,plan_own,value,status\n"
GOOD = HEADER + (
    'KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,flow,up,,"745,4",770,"1.401,351",estimate\n'
    "KT06,Sản lượng lương thực,tấn,2024,9,Kinh tế,flow,up,,,25.000,28.300,estimate\n"
    "KT06a,Lúa,tấn,2024,9,Kinh tế,flow,up,KT06,,17.600,19.850,official\n"
)


def snapshot(db):
    return {
        t: list(db.execute(f"SELECT * FROM {t} ORDER BY 1, 2"))
        for t in ("sectors", "targets", "target_years", "plans", "entries", "entry_history")
    }


def write(tmp_path, text, name="in.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_good_file_is_imported(db, tmp_path):
    report = import_file(db, write(tmp_path, GOOD))
    assert report.ok and report.decimal == "comma" and report.targets_created == 3
    tid = targets.target_id(db, "KT01")
    assert entries.get_entry(db, tid, 2024, 9).value == pytest.approx(1401.351)
    listed = targets.list_targets(db, 2024)
    assert [t.code for t in listed] == ["KT01", "KT06", "KT06a"]
    assert listed[2].parent_code == "KT06" and listed[0].plan_upper == "745,4"


def test_semicolon_and_bom(db, tmp_path):
    path = write(
        tmp_path,
        GOOD.replace(",", ";").replace('"745;4"', "745,4").replace('"1.401;351"', "1.401,351"),
        encoding="utf-8-sig",
    )
    report = import_file(db, path)
    assert report.ok, report.issues
    assert entries.get_entry(db, targets.target_id(db, "KT01"), 2024, 9).value == pytest.approx(1401.351)


def test_dry_run_writes_nothing(db, tmp_path):
    before = snapshot(db)
    report = import_file(db, write(tmp_path, GOOD), dry_run=True)
    assert report.ok and report.targets_created == 3 and report.values_written == 3
    assert snapshot(db) == before


def test_reimport_updates_by_code(db, tmp_path):
    import_file(db, write(tmp_path, GOOD))
    report = import_file(db, write(tmp_path, GOOD.replace('"1.401,351"', '"1.500,5"'), "b.csv"))
    assert report.ok and report.targets_updated == 3 and report.targets_created == 0
    assert entries.get_entry(db, targets.target_id(db, "KT01"), 2024, 9).value == pytest.approx(1500.5)


def test_last_year_value_is_an_official_entry_of_last_year(db, tmp_path):
    text = (
        "code,name,unit,year,months,value,last_year_value\n"
        'KT01,Thu ngân sách,tỷ đồng,2024,9,"1.401,351","726,1"\n'
    )
    assert import_file(db, write(tmp_path, text)).ok
    entry = entries.get_entry(db, targets.target_id(db, "KT01"), 2023, 9)
    assert entry.value == pytest.approx(726.1) and entry.status == "official"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("unit,", ""), "line 1, column unit: required column is missing"),
        (GOOD.replace("status\n", "status,colour\n"), "line 1, column colour: unknown column"),
        (GOOD.replace("28.300", "28.3x0"), "line 3, column value:"),
        (
            GOOD.replace(
                "KT06a,Lúa,tấn,2024,9,Kinh tế,flow,up,KT06,",
                "KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,flow,up,,",
            ),
            "line 4, column code: duplicate code KT01",
        ),
        (GOOD.replace(",KT06,", ",KT99,"), "line 4, column parent: unknown parent code KT99"),
        (
            GOOD.replace("2024,9,Kinh tế,flow,up,,,25", "2024,13,Kinh tế,flow,up,,,25"),
            "line 3, column months:",
        ),
        (GOOD.replace("flow,up,,,25", "stock,up,,,25"), "line 3, column kind:"),
        (GOOD.replace(",770,", ",abc,"), "line 2, column plan_own:"),
        (GOOD.replace(",19.850,", ",-5,"), "line 4, column value:"),
    ],
)
def test_refusals_leave_the_database_unchanged(db, tmp_path, text, expected):
    import_file(db, write(tmp_path, GOOD))  # something already there
    before = snapshot(db)
    report = import_file(db, write(tmp_path, text, "bad.csv"))
    assert not report.ok
    assert any(str(issue).startswith(expected) for issue in report.issues), report.issues
    assert snapshot(db) == before


def test_ambiguous_decimal_is_refused(db, tmp_path):
    text = HEADER + "KT01,Thu,tỷ đồng,2024,9,,,,,,770,1.401,estimate\n"
    report = import_file(db, write(tmp_path, text))
    assert not report.ok and "decimal" in str(report.issues[0])
    assert import_file(db, write(tmp_path, text, "b.csv"), decimal="comma").ok
    assert entries.get_entry(db, targets.target_id(db, "KT01"), 2024, 9).value == 1401


def test_every_error_is_listed(db, tmp_path):
    text = (
        GOOD.replace("28.300", "x")
        .replace(",770,", ",abc,")
        .replace("2024,9,Kinh tế,flow,up,KT06", "20x4,9,Kinh tế,flow,up,KT06")
    )
    report = import_file(db, write(tmp_path, text))
    assert len(report.issues) >= 3


def test_locked_period_rows_are_errors(db, tmp_path):
    locks.lock_period(db, 2024, 9, "đã chốt")
    before = snapshot(db)
    report = import_file(db, write(tmp_path, GOOD))
    assert not report.ok and any("locked" in str(i) for i in report.issues)
    assert snapshot(db) == before


def test_plans_of_a_dot_decimal_file_are_kept_in_the_vi_vn_form(db, tmp_path):
    text = (
        "code,name,unit,year,months,plan_own,value\n"
        'KT06,Lương thực,tấn,2024,9,"25,000",28300.5\n'
        "KT03,Tăng trưởng,%,2024,9,6.6-6.8,6.7\n"
    )
    report = import_file(db, write(tmp_path, text))
    assert report.ok and report.decimal == "dot"
    plans = {t.code: t.plan_own for t in targets.list_targets(db, 2024)}
    assert plans == {"KT06": "25.000", "KT03": "6,6-6,8"}  # what every reader parses as 25000 and 6.6-6.8
    from nxdesk.store.summary import load_summary

    pct = {r.code: r.pct_plan_own for r in load_summary(db, 2024, 9).rows}
    assert pct["KT06"] == pytest.approx(113.202) and pct["KT03"] == pytest.approx(6.7 / 6.6 * 100)


def test_a_parent_loop_through_the_stored_targets_is_refused(db, tmp_path):
    import_file(db, write(tmp_path, "code,name,unit,year,months,parent\nA,A,ha,2024,9,\nB,B,ha,2024,9,A\n"))
    before = snapshot(db)
    report = import_file(db, write(tmp_path, "code,name,unit,year,months,parent\nA,A,ha,2024,9,B\n", "b.csv"))
    assert not report.ok and "loops back" in str(report.issues[0])
    assert snapshot(db) == before


def test_a_parent_in_another_sector_is_refused(db, tmp_path):
    text = "code,name,unit,year,months,sector,parent\nP,P,tấn,2024,9,Kinh tế,\nC,C,tấn,2024,9,Môi trường,P\n"
    report = import_file(db, write(tmp_path, text))
    assert [str(i) for i in report.issues] == [
        "line 3, column parent: parent P is in sector Kinh tế, not Môi trường"
    ]


def test_reimporting_unchanged_figures_into_a_locked_period_goes_through(db, tmp_path):
    assert import_file(db, write(tmp_path, GOOD)).ok
    locks.lock_period(db, 2024, 9, "đã chốt")
    assert import_file(db, write(tmp_path, GOOD, "again.csv")).ok  # nothing in 9/2024 would change
    changed = GOOD.replace("28.300", "28.400")
    report = import_file(db, write(tmp_path, changed, "changed.csv"))
    assert [str(i) for i in report.issues] == ["line 3, column value: period 9/2024 is locked"]


def test_last_year_value_colliding_with_a_row_of_that_year_is_refused(db, tmp_path):
    text = (
        "code,name,unit,year,months,value,status,last_year_value\n"
        "KT01,Thu,tỷ đồng,2023,9,5,official,\n"
        'KT01,Thu,tỷ đồng,2024,9,"7,5",estimate,6\n'
    )
    report = import_file(db, write(tmp_path, text))
    assert not report.ok and "duplicate code KT01 for 9/2023 (see line 2)" in str(report.issues[0])


def test_a_superscript_or_other_non_ascii_digit_is_refused_not_a_crash(db, tmp_path):
    before = snapshot(db)
    report = import_file(db, write(tmp_path, "code,name,unit,year,months\nKT01,Thu,tỷ đồng,¹,٩\n"))
    assert not report.ok
    assert {i.where.column for i in report.issues} >= {"year", "months"}
    assert snapshot(db) == before
