"""Before an import writes, the window lists each figure it would change, old → new, with the counts;
"Hủy" leaves the data file exactly as it was, "Nhập" writes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nxdesk.importing import import_path
from nxdesk.store import entries
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.import_preview import ImportPreview

from .windows import shown_window

CSV = (
    "code,name,unit,year,months,value,status\n"
    'KT01,Thu ngân sách,tỷ đồng,2024,9,"1.500,25",official\n'  # 1.401,351 (ước) -> 1.500,25 chính thức
    'KT05,Tổng diện tích gieo trồng,ha,2024,9,"12.100,1",official\n'  # as it is: unchanged
    "KT10,Số doanh nghiệp thành lập mới,doanh nghiệp,2024,6,20,estimate\n"  # a new figure
)


def _everything(db):
    return (
        list(db.execute("SELECT * FROM entries ORDER BY 1, 2, 3")),
        list(db.execute("SELECT count(*) FROM entry_history")),
        list(db.execute("SELECT * FROM targets ORDER BY id")),
    )


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(CSV, "utf-8")
    return path


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    w = shown_window(qtbot, demo_db, db_path, tmp_path / "ui.ini")
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    return w


def test_cancel_in_the_preview_writes_nothing(window, demo_db, csv_file, fake_dialogs):
    before = _everything(demo_db)
    fake_dialogs.answers = [str(csv_file)]
    fake_dialogs.import_answer = False  # "Hủy"
    window.act_import.trigger()
    report = fake_dialogs.previews[-1]
    assert (report.new_figures, report.changed_figures, report.unchanged) == (1, 1, 1)
    assert _everything(demo_db) == before
    assert not [kind for kind, _, _ in fake_dialogs.shown if kind in ("info", "error")]
    kt01 = window.grid.entry_model.row_of_target(target_id(demo_db, "KT01"))
    assert window.grid.entry_model.display_text(kt01, 5) == "1.401,351"


def test_import_in_the_preview_writes_the_figures(window, demo_db, csv_file, fake_dialogs):
    fake_dialogs.answers = [str(csv_file), None]
    window.act_import.trigger()
    assert fake_dialogs.shown[-1][0] == "info"
    assert entries.get_entry(demo_db, target_id(demo_db, "KT01"), 2024, 9).value == pytest.approx(1500.25)
    assert entries.get_entry(demo_db, target_id(demo_db, "KT10"), 2024, 6).value == 20
    kt01 = window.grid.entry_model.row_of_target(target_id(demo_db, "KT01"))
    assert window.grid.entry_model.display_text(kt01, 5) == "1.500,25"


def test_a_refused_file_shows_no_preview(window, demo_db, tmp_path, fake_dialogs):
    bad = tmp_path / "sai.csv"
    bad.write_text("code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,nhiều\n", "utf-8")
    fake_dialogs.answers = [str(bad), None]
    window.act_import.trigger()
    assert fake_dialogs.previews == [] and fake_dialogs.shown[-1][0] == "error"


def test_the_preview_lists_old_and_new_values_in_vietnamese(qtbot, demo_db, csv_file, vietnamese):
    before = _everything(demo_db)
    report = import_path(demo_db, csv_file, dry_run=True)
    assert _everything(demo_db) == before  # the dry run itself writes nothing
    dialog = ImportPreview(report, csv_file.name)
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "1 số liệu mới, 1 thay đổi, 1 không đổi; 0 chỉ tiêu mới."
    rows = {dialog.cell(r, 0): [dialog.cell(r, c) for c in range(5)] for r in range(dialog.table.rowCount())}
    assert rows["Thu ngân sách"] == [
        "Thu ngân sách",
        "9 tháng 2024",
        "1.401,351",
        "1.500,25",
        "Ước → Chính thức",
    ]
    assert rows["Số doanh nghiệp thành lập mới"][1:] == ["6 tháng 2024", "", "20", "Ước"]
    assert "Tổng diện tích gieo trồng" not in rows  # unchanged figures are only counted
    assert dialog.import_button.text() == "Nhập" and dialog.cancel_button.text() == "Hủy"
    dialog.show()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert dialog.result() == ImportPreview.Rejected
