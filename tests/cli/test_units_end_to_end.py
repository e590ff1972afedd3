"""Units end to end with real processes: a province assigns to two communes, each imports its assignment,
enters figures and sends a 9-month package; the province receives both, sees them by unit, is shown a
corrected package's differences and accepts them; a tampered package is refused."""

import json
import sqlite3
import zipfile

from tests.cli.test_cli import nxdesk


def ok(result):
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def dump(path):
    """Everything the database holds, as SQL text (for 'nothing changed' comparisons)."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(line for line in conn.iterdump())
    finally:
        conn.close()


def own_entries(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM entries ORDER BY target_id, year, months").fetchall()
    finally:
        conn.close()


def query(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def tamper(source, target, old, new):
    with zipfile.ZipFile(source) as z:
        manifest, rows = z.read("manifest.json"), z.read("rows.csv").decode()
    assert old in rows
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("rows.csv", rows.replace(old, new))


def test_province_assigns_communes_report_province_compares(tmp_path):
    prov, c1, c2 = tmp_path / "tinh.db", tmp_path / "xa1.db", tmp_path / "xa2.db"
    out = tmp_path / "giao"
    out.mkdir()
    ok(nxdesk("demo", db=prov))
    ok(nxdesk("units", "add", "16279", "Xã Như Xuân", db=prov))
    ok(nxdesk("units", "add", "14755", "Phường Hạc Thành", "--level", "phuong", db=prov))
    listed = ok(nxdesk("units", db=prov)).stdout.splitlines()
    assert listed == ["16279\tXã Như Xuân\txa", "14755\tPhường Hạc Thành\tphuong"]
    plans = tmp_path / "plans.csv"
    plans.write_text(
        'unit_code,code,year,plan_upper\n16279,KT01,2024,"300,5"\n14755,KT01,2024,400\n', "utf-8"
    )
    ok(nxdesk("import", str(plans), db=prov))
    assert query(prov, "SELECT COUNT(*) FROM unit_plans") == [(2,)]
    province_own = own_entries(prov)

    ok(nxdesk("assign", "--year", "2024", "-o", str(out), db=prov))
    packages = sorted(p.name for p in out.iterdir())
    assert packages == ["14755-2024-giao.nxpkg", "16279-2024-giao.nxpkg"]

    for db, code in ((c1, "16279"), (c2, "14755")):
        ok(nxdesk("import", str(out / f"{code}-2024-giao.nxpkg"), db=db))
    upper = (
        "SELECT p.expression FROM plans p JOIN targets t ON t.id = p.target_id"
        " WHERE t.code = 'KT01' AND p.source = 'upper' AND p.year = 2024"
    )
    assert query(c1, upper) == [("300,5",)]
    assert query(c2, "SELECT code, name FROM own_unit") == [("14755", "Phường Hạc Thành")]
    assert query(c1, "SELECT COUNT(*) FROM targets") == query(prov, "SELECT COUNT(*) FROM targets")

    figures = {c1: "250,5", c2: "380"}
    for db, value in figures.items():
        table = tmp_path / "th.csv"
        table.write_text(
            f'code,name,unit,year,months,value,status\nKT01,Thu ngân sách,tỷ đồng,2024,9,"{value}",estimate\n'
            'KT06,Tổng sản lượng lương thực,tấn,2024,9,"1.200",official\n',
            "utf-8",
        )
        ok(nxdesk("import", str(table), "--decimal", "comma", db=db))
    sent = {}
    for db, code in ((c1, "16279"), (c2, "14755")):
        sent[code] = tmp_path / f"{code}-9.nxpkg"
        ok(nxdesk("package", "--year", "2024", "--months", "9", "-o", str(sent[code]), db=db))

    before_receiving = dump(prov)
    dry = ok(nxdesk("receive", "--dry-run", str(sent["16279"]), str(sent["14755"]), db=prov))
    assert dry.stdout.count("would be received") == 2 and dump(prov) == before_receiving
    ok(nxdesk("receive", str(sent["16279"]), str(sent["14755"]), db=prov))
    dhis2 = tmp_path / "dhis2.json"
    dhis2_run = ok(nxdesk("dhis2", "--year", "2024", "--months", "9", "-o", str(dhis2), db=prov))
    values = json.loads(dhis2.read_text("utf-8"))["dataValues"]
    assert values == []  # a quarter of a flow needs the 6-month figure too, which no unit sent
    assert "left out: 16279 KT01: no figure for month 6 to subtract" in dhis2_run.stderr
    assert own_entries(prov) == province_own  # a package never writes the office's own figures
    by_unit = json.loads(
        ok(
            nxdesk("summary", "--year", "2024", "--months", "9", "--by-unit", "--format", "json", db=prov)
        ).stdout
    )
    units = {u["code"]: u for u in by_unit["units"]}
    assert set(units) == {"16279", "14755"} and all(u["received_at"] for u in units.values())
    kt01 = {code: next(r for r in u["rows"] if r["code"] == "KT01") for code, u in units.items()}
    assert kt01["16279"]["value"] == 250.5 and kt01["16279"]["plan_upper"]["value"] == 300.5
    assert round(kt01["14755"]["pct_plan_upper"], 6) == 95.0
    rollup = {r["code"]: r for r in by_unit["rollup"]["rows"]}
    assert rollup["KT01"]["value"] == 630.5
    assert rollup["KT06"]["value"] == 2400 and rollup["KT06"]["status"] == "official"
    printed = tmp_path / "bieu.pdf"
    ok(nxdesk("unit-table", "--year", "2024", "--months", "9", "-o", str(printed), db=prov))
    assert printed.read_bytes().startswith(b"%PDF")
    rates = [r for r in by_unit["rollup"]["rows"] if r["unit"] == "%"]
    assert rates and all(r["value"] is None for r in rates)

    ok(nxdesk("receive", str(sent["16279"]), db=prov))  # the same package again: nothing changes
    before = dump(prov)
    table = tmp_path / "fix.csv"
    header = "code,name,unit,year,months,value,status,note\n"
    table.write_text(header + "KT01,Thu ngân sách,tỷ đồng,2024,9,255,official,số chính thức\n", "utf-8")
    ok(nxdesk("import", str(table), "--decimal", "comma", db=c1))
    corrected = tmp_path / "16279-9b.nxpkg"
    ok(nxdesk("package", "--year", "2024", "--months", "9", "-o", str(corrected), db=c1))
    shown = nxdesk("receive", str(corrected), db=prov)
    assert shown.returncode == 1
    assert "KT01 Thu ngân sách: 250,500 (estimate) -> 255,000 (official)" in shown.stdout + shown.stderr
    assert dump(prov) == before
    ok(nxdesk("receive", str(corrected), "--accept-changes", db=prov))
    assert query(
        prov, "SELECT ue.value, ue.status, ue.note FROM unit_entries ue JOIN targets t ON t.id = ue.target_id"
        " JOIN units u ON u.id = ue.unit_id WHERE u.code = '16279' AND t.code = 'KT01' AND ue.months = 9"
    ) == [(255.0, "official", "số chính thức")]  # fmt: skip
    assert own_entries(prov) == province_own

    after = dump(prov)
    tampered = tmp_path / "tampered.nxpkg"
    tamper(corrected, tampered, "255", "955")
    refused = nxdesk("receive", str(tampered), db=prov)
    assert refused.returncode == 1 and "sha256" in refused.stderr
    older = nxdesk("receive", str(sent["16279"]), db=prov)
    assert older.returncode == 1 and "before the one already received" in older.stderr
    assert dump(prov) == after
    log = query(prov, "SELECT u.code, rp.changed FROM received_packages rp JOIN units u ON u.id = rp.unit_id"
                      " ORDER BY rp.id")  # fmt: skip
    assert log == [("16279", 0), ("14755", 0), ("16279", 1)]
