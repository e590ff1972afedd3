"""Every way text and figures come in from a file: one Unicode form, one code per target, no control or
invisible characters, bounded lengths, the encodings and delimiters of INTERCHANGE.md v2, its new
columns; and what goes out as CSV is never a live formula."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest

from nxdesk.cli import main
from nxdesk.interchange.csv_import import import_file
from nxdesk.store import entries, sectors, targets

from .test_import import snapshot, write

HEADER = "code,name,unit,year,months,sector,value,status\n"
ROW = "KT01,Thu ngân sách,tỷ đồng,2024,9,Kinh tế,{value},{status}\n"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _value(db, code, year=2024, months=9):
    entry = entries.get_entry(db, targets.target_id(db, code), year, months)
    return None if entry is None else entry.value


def _messages(report) -> list[str]:
    return [str(m) for m in report.issues]


def test_decomposed_accents_match_the_stored_sector_and_name(demo_db, tmp_path):
    sectors_before = [s.name for s in sectors.list_sectors(demo_db)]
    report = import_file(demo_db, write(tmp_path, nfd(HEADER + ROW.format(value='"1.500,5"', status="ước"))))
    assert report.ok, _messages(report)
    assert [s.name for s in sectors.list_sectors(demo_db)] == sectors_before  # no look-alike "Kinh tế"
    name, unit = demo_db.execute("SELECT name, unit FROM targets WHERE code = 'KT01'").fetchone()
    assert (name, unit) == ("Thu ngân sách", "tỷ đồng")
    assert _value(demo_db, "KT01") == 1500.5


def test_a_sector_typed_in_capitals_is_the_stored_sector(demo_db, tmp_path):
    """The papers print sector titles in capitals: a second "KINH TẾ" would be a second section "KINH TẾ"."""
    sectors_before = [s.name for s in sectors.list_sectors(demo_db)]
    table = HEADER.replace("status", "parent") + (
        'KT06,Tổng sản lượng lương thực,tấn,2024,9,KINH TẾ,"28.300,5",\n'
        'KT06a,Lúa,tấn,2024,9,kinh tế,"19.850,5",KT06\n'
    )
    report = import_file(demo_db, write(tmp_path, table))
    assert report.ok, _messages(report)
    assert [s.name for s in sectors.list_sectors(demo_db)] == sectors_before
    in_sector = demo_db.execute(
        "SELECT s.name FROM targets t JOIN sectors s ON s.id = t.sector_id WHERE t.code IN ('KT06', 'KT06a')"
    ).fetchall()
    assert in_sector == [("Kinh tế",), ("Kinh tế",)]


def test_a_decomposed_unit_keeps_the_non_negative_check(demo_db, tmp_path):
    report = import_file(demo_db, write(tmp_path, nfd(HEADER + ROW.format(value="-5", status=""))))
    assert _messages(report) == ["line 2, column value: '-5' is negative, which this figure cannot be"]


def test_a_code_in_another_case_is_the_same_target(demo_db, tmp_path):
    count = demo_db.execute("SELECT count(*) FROM targets").fetchone()[0]
    text = HEADER + ROW.format(value="1500", status="").replace("KT01", " kt01 ")
    assert import_file(demo_db, write(tmp_path, text)).ok
    assert demo_db.execute("SELECT count(*) FROM targets").fetchone()[0] == count
    assert _value(demo_db, "KT01") == 1500


def test_the_same_code_twice_in_two_cases_is_a_duplicate(db, tmp_path):
    text = (
        HEADER + ROW.format(value="1", status="") + ROW.format(value="2", status="").replace("KT01", "kt01")
    )
    report = import_file(db, write(tmp_path, text))
    assert _messages(report) == ["line 3, column code: duplicate code KT01 for 9/2024 (see line 2)"]


def test_an_invisible_character_in_a_code_is_refused(demo_db, tmp_path):
    before = snapshot(demo_db)
    text = HEADER + ROW.format(value="1", status="").replace("KT01", "KT01\u200b")
    report = import_file(demo_db, write(tmp_path, text))
    assert _messages(report) == [
        "line 2, column code: contains an invisible character (U+200B); retype the text without it"
    ]
    assert snapshot(demo_db) == before


def test_control_characters_are_refused_and_line_breaks_become_spaces(db, tmp_path):
    text = HEADER + 'KT01,"Thu\x00 ngân sách",tỷ đồng,2024,9,Kinh tế,1,\n'
    report = import_file(db, write(tmp_path, text))
    assert _messages(report) == [
        "line 2, column name: contains a control character (U+0000); retype the text without it"
    ]
    text = HEADER + 'KT01,"Thu\x0bngân\nsách",tỷ đồng,2024,9,Kinh tế,1,\n'  # Word's line break
    assert import_file(db, write(tmp_path, text)).ok
    assert db.execute("SELECT name FROM targets").fetchone()[0] == "Thu ngân sách"


def test_texts_longer_than_the_store_keeps_are_refused(db, tmp_path):
    text = "code,name,unit,year,months,note\n" + f"KT01,{'x' * 301},ha,2024,9,{'y' * 2001}\n"
    report = import_file(db, write(tmp_path, text))
    assert _messages(report) == [
        "line 2, column name: is 301 characters long; at most 300 are kept",
        "line 2, column note: is 2001 characters long; at most 2000 are kept",
    ]
    assert db.execute("SELECT count(*) FROM targets").fetchone()[0] == 0


def test_the_store_refuses_the_same_texts_whoever_writes(db):
    from nxdesk.domain.text import TextError

    sid = sectors.get_or_create_sector(db, nfd("Kinh tế"))
    assert sid == sectors.get_or_create_sector(db, "Kinh tế")
    tid = targets.upsert_target(db, code="KT01", name="Thu", unit="ha", sector_id=sid)
    assert targets.upsert_target(db, code="kt01", name="Thu ngân sách", unit="ha", sector_id=sid) == tid
    with pytest.raises(TextError):
        targets.upsert_target(db, code="KT02", name="x" * 301, unit="ha", sector_id=sid)
    targets.set_target_year(db, tid, 2024)
    with pytest.raises(TextError):
        entries.set_entry(db, tid, 2024, 9, note="n" * 2001)
    with pytest.raises(TextError):
        entries.set_entry(db, tid, 2024, 9, note="a\x00b")
    assert entries.get_entry(db, tid, 2024, 9) is None


# -- encodings and delimiters --------------------------------------------------------------------------
def _raw(tmp_path, data: bytes):
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


def test_utf16_tab_text_from_excel_is_read(demo_db, tmp_path):
    text = (
        (HEADER + ROW.format(value="1.500,5", status="chính thức"))
        .replace(",", "\t")
        .replace("1.500\t5", "1.500,5")
    )
    report = import_file(demo_db, _raw(tmp_path, text.encode("utf-16")))
    assert report.ok, _messages(report)
    assert _value(demo_db, "KT01") == 1500.5
    assert entries.get_entry(demo_db, targets.target_id(demo_db, "KT01"), 2024, 9).status == "official"


def test_windows_1258_is_decoded_to_the_stored_names(demo_db, tmp_path):
    sectors_before = [s.name for s in sectors.list_sectors(demo_db)]
    # Windows-1258 writes "ế" as ê + a combining acute accent (0xEC), "ỷ" as y + a combining hook (0xD2)
    data = (
        b"code,name,unit,year,months,sector,value\r\n"
        b'KT01,Thu ng\xe2n s\xe1ch,ty\xd2 \xf0\xf4\xccng,2024,9,Kinh t\xea\xec,"1.500,5"\r\n'
    )
    assert data.decode("cp1258")  # the bytes really are Windows-1258
    report = import_file(demo_db, _raw(tmp_path, data))
    assert report.ok, _messages(report)
    assert [s.name for s in sectors.list_sectors(demo_db)] == sectors_before
    assert _value(demo_db, "KT01") == 1500.5


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (
            b"code,name,unit,year,months\r\nKT01,Thu ng\xa9n s\xb8ch,t\xfb \xae\xabng,2024,9\r\n",
            "TCVN3 (ABC)",
        ),
        (b"code,name,unit,year,months\r\nKT01,Thu nga\xe2n sa\xf9ch,ty\xfb \xf1o\xe2ng,2024,9\r\n", "VNI"),
    ],
)
def test_legacy_vietnamese_encodings_are_refused_by_name(db, tmp_path, data, named, capsys):
    path = _raw(tmp_path, data)
    assert main(["--db", str(tmp_path / "nx.db"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"line 1: the file is written in {named}, which nxdesk cannot read" in err


def test_excel_sep_line_and_empty_trailing_columns(demo_db, tmp_path):
    text = "sep=;\r\ncode;name;unit;year;months;value;;\r\nKT01;Thu ngân sách;tỷ đồng;2024;9;1.500,5;;\r\n"
    assert import_file(demo_db, _raw(tmp_path, text.encode("utf-8-sig"))).ok
    assert _value(demo_db, "KT01") == 1500.5
    bad = text.replace("1.500,5", "abc")
    report = import_file(demo_db, _raw(tmp_path, bad.encode("utf-8")))
    assert _messages(report) == ["line 3, column value: 'abc' is not a number"]  # the file's own line


# -- v2 columns --------------------------------------------------------------------------------------
def test_v2_columns_plan_term_decimals_and_the_year_end_expectation(db, tmp_path):
    text = (
        "code,name,unit,year,months,plan_upper,plan_own,plan_term,decimals,value,status,expected_year_end\n"
        "DN01,Doanh nghiệp thành lập mới,tỷ đồng,2025,9,30,35,≥ 150,0,28.500,Ước,30.000\n"
        'KT01,Thu ngân sách,tỷ đồng,2025,9,"745,4",770,,,"12,5",CHÍNH THỨC,\n'
    )
    report = import_file(db, write(tmp_path, text))
    assert report.ok, _messages(report)
    assert report.decimal == "comma"
    listed = {t.code: t for t in targets.list_targets(db, 2025)}
    assert listed["DN01"].plan_term == "≥ 150" and listed["DN01"].decimals == 0
    assert listed["KT01"].decimals is None
    assert _value(db, "DN01", 2025) == 28500  # decimals 0: not ambiguous
    dn01 = entries.get_entry(db, targets.target_id(db, "DN01"), 2025, 9)
    assert (dn01.status, dn01.expected_year_end) == ("estimate", 30000)
    assert entries.get_entry(db, targets.target_id(db, "KT01"), 2025, 9).status == "official"


def test_a_stored_whole_count_reads_grouped_figures_without_asking(demo_db, tmp_path):
    targets.set_decimals(demo_db, targets.target_id(demo_db, "KT01"), 0)
    report = import_file(demo_db, write(tmp_path, HEADER + ROW.format(value="1.500", status="")))
    assert report.ok, _messages(report)
    assert _value(demo_db, "KT01") == 1500


def test_decimals_outside_0_to_4_and_unknown_status_words(db, tmp_path):
    text = "code,name,unit,year,months,decimals,status\nKT01,Thu,ha,2024,9,5,xong\n"
    assert _messages(import_file(db, write(tmp_path, text))) == [
        "line 2, column decimals: '5' is not a whole number from 0 to 4",
        "line 2, column status: 'xong' is not estimate, official, ước or chính thức",
    ]


# -- going out --------------------------------------------------------------------------------------
def test_exported_csv_never_holds_a_live_formula_and_keeps_negative_numbers(demo_db, db_path, tmp_path):
    evil = {"KT01": '=HYPERLINK("http://x","y")', "KT02": "+cmd|' /C calc'!A0", "KT03": "@SUM(1)"}
    for code, name in evil.items():
        demo_db.execute("UPDATE targets SET name = ? WHERE code = ?", [name, code])
    growth = demo_db.execute("SELECT code, id FROM targets WHERE unit = '%' ORDER BY id").fetchone()
    entries.set_entry(demo_db, growth[1], 2024, 9, value=-5.5, status="official")
    out = tmp_path / "bang.csv"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    cells = [c for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    for name in evil.values():
        assert "'" + name in cells
    assert "-5,5" in cells  # a real negative number stays a number


def test_settings_values_are_kept_in_nfc(db):
    from nxdesk.store.settings import load_settings, set_setting

    set_setting(db, "place", nfd("Như Xuân"))
    assert load_settings(db).place == "Như Xuân"
    assert db.execute("SELECT value FROM settings WHERE key = 'place'").fetchone()[0] == "Như Xuân"


def test_a_non_ascii_digit_in_decimals_is_refused_not_a_crash(db, tmp_path):
    text = "code,name,unit,year,months,decimals\nKT01,Thu,ha,2024,9,²\n"
    assert _messages(import_file(db, write(tmp_path, text))) == [
        "line 2, column decimals: '²' is not a whole number from 0 to 4"
    ]
