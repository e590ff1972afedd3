"""The entry workbook from the window: the clerk chooses the period and the sectors, the input cells start
with the figures entered so far; imported back, only what a department changed is a change."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from nxdesk.domain.targets import Status
from nxdesk.interchange.entry_workbook import KEYS_ROW
from nxdesk.store import entries
from nxdesk.store.sectors import list_sectors, sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.dialogs.entry_workbook_dialog import EntryWorkbookDialog, WorkbookChoice

from .windows import shown_window

VALUE, STATUS = "G", "H"


def _row_of(ws, code):
    for row in ws.iter_rows(min_row=KEYS_ROW + 1, max_col=1):
        if row[0].value == code:
            return row[0].row
    raise AssertionError(code)


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    entries.set_entry(demo_db, target_id(demo_db, "KT01"), 2024, 6, value=700.25, status=Status.ESTIMATE)
    entries.set_entry(demo_db, target_id(demo_db, "MT01"), 2024, 6, value=69.5, status=Status.OFFICIAL)
    w = shown_window(qtbot, demo_db, db_path, tmp_path / "ui.ini")
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    return w


def test_a_chosen_period_and_two_sectors_out_and_back(window, demo_db, tmp_path, fake_dialogs):
    chosen = (sector_id(demo_db, "Kinh tế"), sector_id(demo_db, "Môi trường"))
    fake_dialogs.workbook_choice = WorkbookChoice(6, chosen, True)
    fake_dialogs.answers = [str(tmp_path / "bieu-6-thang")]
    window.act_entry_book.trigger()
    path = tmp_path / "bieu-6-thang.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == ["Kinh tế", "Môi trường"]
    ws = wb["Kinh tế"]
    assert ws["A1"].value == "BIỂU NHẬP SỐ LIỆU 6 THÁNG NĂM 2024"
    r = _row_of(ws, "KT01")
    assert (ws[f"{VALUE}{r}"].value, ws[f"{STATUS}{r}"].value) == (700.25, "Ước")  # to be confirmed
    ws[f"{VALUE}{r}"] = "705"
    wb.save(path)

    fake_dialogs.answers = [str(path), None]
    window.act_import.trigger()
    report = fake_dialogs.previews[-1]
    assert [(f.code, f.months, f.old_value, f.new_value) for f in report.figures] == [
        ("KT01", 6, 700.25, 705.0)
    ]
    assert report.unchanged == 1  # MT01, pre-filled and left as it was
    assert entries.get_entry(demo_db, target_id(demo_db, "KT01"), 2024, 6).value == 705.0


def test_the_dialog_offers_the_period_the_sectors_and_pre_filling(qtbot, demo_db, vietnamese):
    sectors = [(s.id, s.name) for s in list_sectors(demo_db)]
    dialog = EntryWorkbookDialog(2024, 9, sectors)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Biểu nhập liệu năm 2024"
    assert dialog.period_box.currentText() == "9 tháng"
    assert dialog.prefill_box.isChecked()
    assert dialog.choice() == WorkbookChoice(9, tuple(s for s, _ in sectors), True)
    dialog.period_box.setCurrentIndex(dialog.period_box.findText("Quý I"))
    for i in range(2, dialog.sector_list.count()):
        dialog.sector_list.item(i).setCheckState(Qt.Unchecked)
    dialog.prefill_box.setChecked(False)
    assert dialog.choice() == WorkbookChoice(3, tuple(s for s, _ in sectors[:2]), False)
    dialog.sector_list.item(0).setCheckState(Qt.Unchecked)
    dialog.sector_list.item(1).setCheckState(Qt.Unchecked)
    assert not dialog.ok_button.isEnabled()  # no sector: nothing to write
