"""The CSV table's ``unit_code`` column (INTERCHANGE.md): empty means the office itself — that row is the
office's own, read as the CSV table reads it — and a unit's code makes the row that unit's; the whole file
is applied in one transaction or not at all."""

import pytest

from nxdesk.cli import main
from nxdesk.domain.messages import MessageError
from nxdesk.interchange.unit_rows import import_unit_rows

from .test_packages import dump, province  # noqa: F401


def own_value(db, code, months=9):
    return db.execute(
        "SELECT e.value, e.status FROM entries e JOIN targets t ON t.id = e.target_id"
        " WHERE t.code = ? AND e.year = 2024 AND e.months = ?",
        [code, months],
    ).fetchall()


def unit_value(db):
    return db.execute(
        "SELECT u.code, ue.value FROM unit_entries ue JOIN units u ON u.id = ue.unit_id"
    ).fetchall()


def test_an_empty_unit_code_is_the_offices_own_row(province, tmp_path):  # noqa: F811
    table = tmp_path / "mixed.csv"
    table.write_text(
        "unit_code;code;name;unit;year;months;plan_upper;value;status\n"
        "16279;KT01;Thu ngân sách;tỷ đồng;2024;9;300,5;120,5;chính thức\n"
        ";KT01;Thu ngân sách;tỷ đồng;2024;9;;1500,25;chính thức\n",
        "utf-8",
    )
    report = import_unit_rows(province, table, "comma")
    assert (report.own_rows, report.own_values_written, report.values_written) == (1, 1, 1)
    assert own_value(province, "KT01") == [(1500.25, "official")]
    assert unit_value(province) == [("16279", 120.5)]


def test_a_bad_own_row_refuses_the_units_rows_too_and_the_other_way(province, tmp_path):  # noqa: F811
    before = dump(province)
    bad_own = tmp_path / "bad-own.csv"
    bad_own.write_text(
        "unit_code,code,name,unit,year,months,value\n"
        "16279,KT01,Thu ngân sách,tỷ đồng,2024,9,120\n"
        ",KT01,Thu ngân sách,tỷ đồng,2024,9,nhiều\n",
        "utf-8",
    )
    with pytest.raises(MessageError) as err:
        import_unit_rows(province, bad_own, "comma")
    assert [m.where.line for m in err.value.messages] == [3]
    assert dump(province) == before
    bad_unit = tmp_path / "bad-unit.csv"
    bad_unit.write_text(
        "unit_code,code,name,unit,year,months,value\n"
        "99999,KT01,Thu ngân sách,tỷ đồng,2024,9,120\n"
        ",KT01,Thu ngân sách,tỷ đồng,2024,9,1500\n",
        "utf-8",
    )
    with pytest.raises(MessageError) as err:
        import_unit_rows(province, bad_unit, "comma")
    assert [m.code for m in err.value.messages] == ["unit_rows.unknown_unit"]
    assert dump(province) == before


def test_the_import_command_takes_a_mixed_table(province, tmp_path, capsys):  # noqa: F811
    table = tmp_path / "mixed.csv"
    table.write_text(
        "unit_code,code,name,unit,year,months,value,status\n"
        ',KT01,Thu ngân sách,tỷ đồng,2024,9,"1500,5",official\n'
        "14755,KT01,Thu ngân sách,tỷ đồng,2024,9,80,estimate\n",
        "utf-8",
    )
    path = province.execute("PRAGMA database_list").fetchone()[2]
    assert main(["--db", path, "import", str(table), "--decimal", "comma"]) == 0
    out = capsys.readouterr().out
    assert "1 unit rows ok" in out and "1 of the office's own rows" in out
    assert own_value(province, "KT01") == [(1500.5, "official")]
    assert unit_value(province) == [("14755", 80.0)]
