"""Packages: every refusal of ``receive`` leaves the receiving database exactly as it was; assignment
import; units CSV; the roll-up rules; DHIS2 export."""

import json
import zipfile

import pytest

from nxdesk.cli import main
from nxdesk.domain.messages import MessageError
from nxdesk.interchange.assign import import_assignment, write_assignments
from nxdesk.interchange.collect import write_figures_package
from nxdesk.interchange.dhis2 import data_values
from nxdesk.interchange.packages import FIGURE_COLUMNS, rows_csv, write_package
from nxdesk.interchange.receive import receive
from nxdesk.store.db import open_db
from nxdesk.store.entries import set_entry
from nxdesk.store.locks import lock_period
from nxdesk.store.targets import target_id
from nxdesk.store.unit_summary import by_unit
from nxdesk.store.units import add_unit, import_units, list_units, set_unit_retired


def dump(db):
    return list(db.conn.iterdump())


@pytest.fixture
def province(demo_db):
    add_unit(demo_db, "16279", "Xã Như Xuân")
    add_unit(demo_db, "14755", "Phường Hạc Thành", "phuong")
    return demo_db


def figures_package(tmp_path, name="p.nxpkg", unit=("16279", "Xã Như Xuân"), rows=None, **manifest):
    rows = rows if rows is not None else [
        {"code": "KT01", "name": "Thu ngân sách", "unit": "tỷ đồng", "year": 2024, "months": 9,
         "value": "250,5", "status": "estimate"},
    ]  # fmt: skip
    counts = {s: sum(r.get("status") == s for r in rows) for s in ("estimate", "official")}
    path = tmp_path / name
    base = {"kind": "figures", "unit": {"code": unit[0], "name": unit[1]}, "year": 2024, "months": 9,
            "rows": len(rows), "counts": counts}  # fmt: skip
    write_package(path, {**base, **manifest}, rows_csv(FIGURE_COLUMNS, rows))
    return path


def refused(db, path, reason, **kwargs):
    before = dump(db)
    [outcome] = receive(db, [path], **kwargs)
    assert not outcome.ok
    assert any(m.code == reason for m in outcome.messages), outcome.messages
    assert dump(db) == before
    return outcome


def test_a_package_is_received_once_and_never_writes_the_offices_own_entries(province, tmp_path):
    own = province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall()
    path = figures_package(tmp_path)
    assert [o.state for o in receive(province, [path])] == ["applied"]
    before = dump(province)
    assert [o.state for o in receive(province, [path])] == ["unchanged"]
    assert dump(province) == before
    assert province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall() == own
    assert province.execute("SELECT value, status FROM unit_entries").fetchall() == [(250.5, "estimate")]


def test_unknown_unit_is_refused(province, tmp_path):
    refused(province, figures_package(tmp_path, unit=("99999", "Xã Lạ")), "receive.unknown_unit")


def test_retired_unit_is_refused(province, tmp_path):
    set_unit_retired(province, "16279")
    refused(province, figures_package(tmp_path), "receive.retired_unit")


def test_locked_period_is_refused(province, tmp_path):
    lock_period(province, 2024, 9, "chốt")
    refused(province, figures_package(tmp_path), "receive.locked")


def test_unknown_target_is_refused_and_nothing_of_the_package_applies(province, tmp_path):
    rows = [
        {"code": "KT01", "year": 2024, "months": 9, "value": "1", "status": "estimate"},
        {"code": "ZZ99", "year": 2024, "months": 9, "value": "1", "status": "estimate"},
    ]
    refused(province, figures_package(tmp_path, rows=rows), "receive.unknown_target")


@pytest.mark.parametrize(
    ("code", "value", "reason"),
    [
        ("KT01", "1e400", "receive.value"),
        ("KT01", "2.000.000.000.000.000", "receive.value"),
        ("KT01", "abc", "receive.value"),
        ("XD01", "12,5", "receive.decimals"),  # đảng viên: a whole count
    ],
)
def test_bad_numbers_and_decimals_are_refused(province, tmp_path, code, value, reason):
    unit = province.execute("SELECT unit FROM targets WHERE code = ?", [code]).fetchone()
    assert unit is not None
    rows = [{"code": code, "year": 2024, "months": 9, "value": value, "status": "official"}]
    refused(province, figures_package(tmp_path, rows=rows), reason)


def test_bad_status_and_wrong_period_rows_are_refused(province, tmp_path):
    rows = [{"code": "KT01", "year": 2024, "months": 9, "value": "1", "status": "maybe"}]
    refused(province, figures_package(tmp_path, rows=rows), "receive.status")
    rows = [{"code": "KT01", "year": 2024, "months": 6, "value": "1", "status": "estimate"}]
    refused(province, figures_package(tmp_path, "q.nxpkg", rows=rows), "receive.period")


def test_tampered_rows_manifest_counts_and_not_a_package_are_refused(province, tmp_path):
    good = figures_package(tmp_path)
    with zipfile.ZipFile(good) as z:
        manifest, rows = json.loads(z.read("manifest.json")), z.read("rows.csv")
    bad = tmp_path / "bad.nxpkg"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("rows.csv", rows.replace(b"250,5", b"950,5"))
    refused(province, bad, "package.tampered")
    manifest["counts"] = {"estimate": 0, "official": 1}
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("rows.csv", rows)
    refused(province, bad, "receive.counts")
    manifest["format_version"] = 99
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("rows.csv", rows)
    refused(province, bad, "package.version")
    junk = tmp_path / "junk.nxpkg"
    junk.write_bytes(b"PK not really")
    refused(province, junk, "package.unreadable")


def test_changes_need_confirming_and_older_packages_are_refused(province, tmp_path):
    first = figures_package(tmp_path, "a.nxpkg", written_at="2024-10-01T08:00:00.000000+00:00")
    receive(province, [first])
    rows = [{"code": "KT01", "year": 2024, "months": 9, "value": "260", "status": "official"}]
    newer = figures_package(tmp_path, "b.nxpkg", rows=rows, written_at="2024-10-02T08:00:00.000000+00:00")
    outcome = refused(province, newer, "receive.changes")
    assert [(d.code, d.old.value, d.new.value) for d in outcome.differences] == [("KT01", 250.5, 260.0)]
    before = dump(province)
    [dry] = receive(province, [newer], dry_run=True, accept_changes=True)
    assert dry.state == "would_apply" and dump(province) == before
    assert [o.state for o in receive(province, [newer], accept_changes=True)] == ["applied"]
    older = figures_package(tmp_path, "c.nxpkg", written_at="2024-10-01T09:00:00.000000+00:00")
    refused(province, older, "receive.older", accept_changes=True)
    assert province.execute("SELECT value FROM unit_entries").fetchall() == [(260.0,)]


def test_assignment_import_sets_structure_and_upper_plan_in_one_go(province, tmp_path):
    tid = target_id(province, "KT01")
    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (1, ?, 2024, '300,5')", [tid]
    )
    written = write_assignments(province, 2024, tmp_path)
    assert [p.name for p in written] == ["16279-2024-giao.nxpkg", "14755-2024-giao.nxpkg"]
    commune = open_db(tmp_path / "xa.db")
    report = import_assignment(commune, written[0])
    assert (
        report.targets_created
        == province.execute("SELECT COUNT(*) FROM target_years WHERE year = 2024").fetchone()[0]
    )
    sql = "SELECT p.expression FROM plans p JOIN targets t ON t.id = p.target_id WHERE t.code = 'KT01'"
    assert commune.execute(sql).fetchall() == [("300,5",)]
    assert commune.execute("SELECT parent_id IS NOT NULL FROM targets WHERE code = 'KT02a'").fetchone() == (
        1,
    )
    set_entry(commune, target_id(commune, "KT01"), 2024, 9, value=12.5)
    path = tmp_path / "up.nxpkg"
    manifest = write_figures_package(commune, 2024, 9, path)
    assert (
        manifest["unit"] == {"code": "16279", "name": "Xã Như Xuân"} and manifest["counts"]["estimate"] == 1
    )
    before = dump(commune)
    with pytest.raises(MessageError):
        import_assignment(commune, path)  # a figures package is not an assignment
    assert dump(commune) == before


def test_units_csv_is_all_or_nothing(db, tmp_path):
    good = tmp_path / "units.csv"
    good.write_text("code,name,level\n16279,Xã Như Xuân,xa\n14755,Phường Hạc Thành,phuong\n", "utf-8")
    assert import_units(db, good) == (2, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,level\n1,Xã A,xa\n2,,huyen\n", "utf-8")
    before = dump(db)
    with pytest.raises(MessageError) as err:
        import_units(db, bad)
    assert {m.code for m in err.value.messages} == {"units.name_empty", "units.level_invalid"}
    assert dump(db) == before and [u.code for u in list_units(db)] == ["16279", "14755"]


def test_rollup_sums_additive_flows_only_and_dhis2_lists_the_values(province, tmp_path):
    for unit, value in (("16279", "100"), ("14755", "50,5")):
        rows = [
            {"code": "KT01", "year": 2024, "months": 9, "value": value, "status": "official"},
            {"code": "KT03", "year": 2024, "months": 9, "value": "7", "status": "official"},
        ]
        receive(province, [figures_package(tmp_path, f"{unit}.nxpkg", unit=(unit, unit), rows=rows)])
    data = by_unit(province, 2024, 9)
    rollup = {r.code: r for r in data.rollup.rows}
    assert rollup["KT01"].value == 150.5 and rollup["KT03"].value is None  # KT03 is a rate (%)
    assert [u.receipt is not None for u in data.units] == [True, True]
    export = data_values(province, 2024, 9)
    assert ("14755", "KT01", "no figure for month 6 to subtract") in export.left_out
    # KT03 is a level (a state at the cut-off): its value is the state at the quarter's end
    assert [(v["orgUnit"], v["dataElement"], v["period"], v["value"]) for v in export.values] == [
        ("16279", "KT03", "2024Q3", "7"), ("14755", "KT03", "2024Q3", "7"),
    ]  # fmt: skip
    rows = [
        {"code": "KT01", "year": 2024, "months": 6, "value": "20,25", "status": "official"},
        {"code": "KT03", "year": 2024, "months": 6, "value": "6", "status": "official"},
    ]
    half = figures_package(tmp_path, "half.nxpkg", unit=("14755", "x"), rows=rows, months=6)
    assert [o.state for o in receive(province, [half])] == ["applied"]
    values = data_values(province, 2024, 9).values
    assert {"dataElement": "KT01", "period": "2024Q3", "orgUnit": "14755", "value": "30.25",
            "comment": "official"} in values  # fmt: skip
    assert data_values(province, 2024, 6).values[0]["period"] == "2024Q2"
    ytd = data_values(province, 2024, 6, year_to_date=True).values
    assert {(v["period"], v["dataElement"], v["value"]) for v in ytd} == {
        ("2024S1", "KT01", "20.25"),
        ("2024S1", "KT03", "6"),
    }
    with pytest.raises(MessageError) as err:
        data_values(province, 2024, 9, year_to_date=True)
    assert err.value.messages[0].code == "dhis2.no_span"


def test_units_command_refuses_a_bad_level_and_a_taken_code(province, tmp_path, capsys):
    path = tmp_path / "nxdesk.db"
    assert main(["--db", str(path), "units", "add", "16279", "X"]) == 1
    assert "already used" in capsys.readouterr().err


def test_a_communes_own_targets_stay_out_of_its_package(province, tmp_path):
    from nxdesk.store.sectors import get_or_create_sector
    from nxdesk.store.targets import set_target_year, upsert_target

    [written, _] = write_assignments(province, 2024, tmp_path)
    commune = open_db(tmp_path / "xa.db")
    import_assignment(commune, written)
    own = upsert_target(commune, code="XA01", name="Đường giao thông nông thôn", unit="km",
                        sector_id=get_or_create_sector(commune, "Kinh tế"))  # fmt: skip
    set_target_year(commune, own, 2024)
    set_entry(commune, own, 2024, 9, value=3.5)
    set_entry(commune, target_id(commune, "KT01"), 2024, 9, value=12.5)
    path = tmp_path / "up.nxpkg"
    assert write_figures_package(commune, 2024, 9, path)["rows"] == 1
    assert [o.state for o in receive(province, [path])] == ["applied"]


def test_a_table_with_unit_code_sets_unit_plans_and_figures_all_or_nothing(province, tmp_path):
    from nxdesk.interchange.unit_rows import import_unit_rows

    own = province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall()
    table = tmp_path / "units.csv"
    table.write_text(
        "unit_code;code;year;months;plan_upper;value;status\n"
        "16279;KT01;2024;9;300,5;120,5;chính thức\n"
        "14755;kt01;2024;9;;80;\n",
        "utf-8",
    )
    report = import_unit_rows(province, table, "comma")
    assert (report.plans_set, report.values_written) == (1, 2)
    assert province.execute("SELECT expression FROM unit_plans").fetchall() == [("300,5",)]
    rows = province.execute("SELECT value, status, package_id FROM unit_entries ORDER BY unit_id").fetchall()
    assert rows == [(120.5, "official", None), (80.0, "estimate", None)]
    assert province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall() == own
    bad = tmp_path / "bad.csv"
    bad.write_text("unit_code,code,year,months,value,plan_own\n16279,KT01,2024,9,999,5\n", "utf-8")
    before = dump(province)
    with pytest.raises(MessageError) as err:
        import_unit_rows(province, bad, "comma")
    assert [m.code for m in err.value.messages] == ["unit_rows.own_column"]
    assert dump(province) == before
