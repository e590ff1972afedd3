"""A unit without nxdesk fills the entry workbook written for it and the office receives it like a figures
package: the unit from the workbook's hidden cells, all or nothing, the same refusals, and the receiving
database unchanged by a refused workbook."""

from openpyxl import load_workbook

from nxdesk.cli import main
from nxdesk.interchange.entry_workbook import write_entry_workbook
from nxdesk.interchange.receive import receive
from nxdesk.store.locks import lock_period
from nxdesk.store.targets import target_id
from nxdesk.store.units import set_unit_retired

from .test_packages import dump, province  # noqa: F401


def db_file(db):
    return db.execute("PRAGMA database_list").fetchone()[2]


def write_workbooks(db, folder, capsys=None):
    db.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (1, ?, 2024, '500')",
        [target_id(db, "KT01")],
    )
    db.conn.commit()
    folder.mkdir(exist_ok=True)
    assert main(["--db", db_file(db), "settings", "level", "tinh"]) == 0
    assert main(["--db", db_file(db), "assign", "--year", "2024", "--months", "9", "-o", str(folder)]) == 0
    return folder / "16279-2024-09-nhap.xlsx"


def fill(path, out, code="KT01", value=250.5, status="Chính thức", edit=None):
    book = load_workbook(path)
    for ws in book.worksheets:
        headers = {ws.cell(4, c).value: c for c in range(1, ws.max_column + 1)}
        for r in range(6, ws.max_row + 1):
            if ws.cell(r, 1).value == code:
                ws.cell(r, headers["Thực hiện"]).value = value
                ws.cell(r, headers["Ước / Chính thức"]).value = status
                if edit:
                    ws.cell(r, headers[edit[0]]).value = edit[1]
    book.save(out)
    return out


def unit_values(db):
    return db.execute(
        "SELECT u.code, t.code, ue.value, ue.status FROM unit_entries ue JOIN units u ON u.id = ue.unit_id"
        " JOIN targets t ON t.id = ue.target_id ORDER BY 1, 2"
    ).fetchall()


def refused(db, path, reason):
    before = dump(db)
    [outcome] = receive(db, [path])
    assert outcome.state == "refused"
    assert reason in [m.code for m in outcome.messages], outcome.messages
    assert dump(db) == before
    return outcome


def test_assign_writes_each_unit_a_workbook_with_its_plan_and_code(province, tmp_path):  # noqa: F811
    path = write_workbooks(province, tmp_path / "out")
    assert sorted(p.name for p in path.parent.glob("*.xlsx")) == [
        "14755-2024-09-nhap.xlsx", "16279-2024-09-nhap.xlsx",
    ]  # fmt: skip
    ws = load_workbook(path).worksheets[0]
    headers = [ws.cell(4, c).value for c in range(1, 12)]
    assert "KH tỉnh giao" in headers and "Dự kiến cả năm" not in headers
    assert ws["A2"].value.startswith("Đơn vị: Xã Như Xuân (mã 16279)")
    kt01 = next(r for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value == "KT01")
    assert ws.cell(kt01, headers.index("KH tỉnh giao") + 1).value == "500"


def test_a_filled_unit_workbook_is_received_for_its_unit_once(province, tmp_path):  # noqa: F811
    own = province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall()
    path = fill(write_workbooks(province, tmp_path / "out"), tmp_path / "filled.xlsx")
    [outcome] = receive(province, [path])
    assert (outcome.state, outcome.unit_code, outcome.months) == ("applied", "16279", 9)
    assert unit_values(province) == [("16279", "KT01", 250.5, "official")]
    assert province.execute("SELECT * FROM entries ORDER BY 1, 2, 3").fetchall() == own
    assert [o.state for o in receive(province, [path])] == ["unchanged"]
    corrected = fill(path, tmp_path / "corrected.xlsx", value=260)
    [outcome] = receive(province, [corrected])
    assert outcome.state == "changes" and [(d.old.value, d.new.value) for d in outcome.differences] == [
        (250.5, 260.0)
    ]
    assert unit_values(province) == [("16279", "KT01", 250.5, "official")]
    assert [o.state for o in receive(province, [corrected], accept_changes=True)] == ["applied"]
    assert unit_values(province) == [("16279", "KT01", 260.0, "official")]


def test_a_unit_workbook_is_refused_for_the_reasons_a_package_is(province, tmp_path):  # noqa: F811
    blank = write_workbooks(province, tmp_path / "out")
    edited = fill(blank, tmp_path / "edited.xlsx", edit=("KH tỉnh giao", "400"))
    refused(province, edited, "workbook.cell_changed")  # the assigned plan was typed over
    renamed = fill(blank, tmp_path / "renamed.xlsx", edit=("Chỉ tiêu", "Thu khác"))
    refused(province, renamed, "workbook.cell_changed")
    refused(province, fill(blank, tmp_path / "text.xlsx", value="nhiều"), "number.invalid")
    refused(province, fill(blank, tmp_path / "status.xlsx", status="xong"), "receive.status")
    refused(province, blank, "receive.workbook_empty")
    office = tmp_path / "office.xlsx"
    write_entry_workbook(province, 2024, 9, office)
    refused(province, fill(office, tmp_path / "office-filled.xlsx"), "receive.workbook_no_unit")
    good = fill(blank, tmp_path / "good.xlsx")
    lock_period(province, 2024, 9, reason="chốt")
    refused(province, good, "receive.locked")
    province.execute("DELETE FROM period_locks")
    province.conn.commit()
    set_unit_retired(province, "16279", True)
    refused(province, good, "receive.retired_unit")
    province.execute("UPDATE units SET retired = 0, code = 'X9' WHERE code = '16279'")
    province.conn.commit()
    refused(province, good, "receive.unknown_unit")
    assert unit_values(province) == []


def test_receive_takes_packages_and_workbooks_from_one_folder(province, tmp_path, capsys):  # noqa: F811
    blank = write_workbooks(province, tmp_path / "out")
    inbox = tmp_path / "in"
    inbox.mkdir()
    fill(blank, inbox / "16279.xlsx")
    code = main(["--db", db_file(province), "receive", str(inbox)])
    assert code == 0, capsys.readouterr()
    assert unit_values(province) == [("16279", "KT01", 250.5, "official")]
