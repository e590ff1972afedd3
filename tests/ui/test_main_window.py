"""The main window on a temporary database: periods, sectors, counts, state between runs, first run."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id, years
from nxdesk.ui.models.entry_model import COL_NAME, COL_PCT_PLAN, COL_VALUE

from .windows import shown_window


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "ui.ini")


def make_window(qtbot, db, db_path, ini, with_chart=False):
    return shown_window(qtbot, db, db_path, ini, with_chart=with_chart)


def choose_period(w, label):
    index = w.period_box.findText(label)
    assert index >= 0, label
    w.period_box.setCurrentIndex(index)


def test_window_shows_sectors_with_counts_grid_and_status_line(
    qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese
):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    assert w.year_box.currentText() == "2024"
    assert w.period_box.currentText() == "9 tháng"
    names = [w.sectors.item(i).text() for i in range(w.sectors.count())]
    assert names[:2] == ["Kinh tế", "Văn hóa - Xã hội"]
    assert "Kinh tế" in w.sectors.item(0).toolTip() and "/" in w.sectors.item(0).toolTip()
    model = w.grid.entry_model
    assert model.headerData(COL_VALUE, Qt.Horizontal) == "Thực hiện"
    assert model.index(0, COL_NAME).data() == "Thu ngân sách"
    assert model.index(0, COL_VALUE).data() == "1.401,351"
    assert model.index(0, COL_PCT_PLAN).data() == "▲ 182%"
    lua = model.row_of_target(target_id(demo_db, "KT06a"))
    assert model.index(lua, COL_NAME).data() == "Lúa"
    assert model.index(lua, COL_NAME).data(Qt.DecorationRole) is not None  # "trong đó" rows are indented
    assert model.index(0, COL_NAME).data(Qt.DecorationRole) is None
    assert w.status_counts.text() == "9 tháng 2024: 26/27 chỉ tiêu đạt từ 70% KH trở lên"
    assert str(db_path) in w.status_file.text()
    assert "Huyện ủy Như Xuân" in w.windowTitle()


def test_switching_sector_and_period(qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.sectors.choose(sector_id(demo_db, "Môi trường"), signal=True)
    assert w.grid.entry_model.index(0, COL_NAME).data() == "Độ che phủ rừng"
    choose_period(w, "Quý I")
    assert w.months == 3
    assert w.sector_id == sector_id(demo_db, "Môi trường")
    assert w.grid.entry_model.index(0, COL_VALUE).data() == ""  # nothing entered for Quý I
    assert w.status_counts.text().startswith("Quý I 2024: 0/27")


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db, db_path, ini, fake_dialogs):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    qtmodeltester.check(w.grid.entry_model)


def test_year_period_sector_and_geometry_are_remembered(qtbot, demo_db, db_path, ini, fake_dialogs):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 6, sector_id(demo_db, "Quốc phòng - An ninh"))
    w.resize(790, 700)  # the test screen is 800×800: this fits it
    w.splitter.setSizes([250, 330, 200])
    sizes = w.splitter.sizes()
    assert w.close()
    again = make_window(qtbot, demo_db, db_path, ini)
    assert (again.year, again.months) == (2024, 6)
    assert again.sector_id == sector_id(demo_db, "Quốc phòng - An ninh")
    assert again.sectors.current_sector() == again.sector_id
    assert QSettings(ini, QSettings.IniFormat).value("window/geometry") is not None
    assert again.splitter.sizes()[0] == sizes[0] == 250  # the restored splitter state
    assert again.size() == w.size()


def test_commit_updates_sector_count_and_status_line(qtbot, demo_db, db_path, ini, fake_dialogs, vietnamese):
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    kt02 = w.grid.entry_model.row_of_target(target_id(demo_db, "KT02"))
    assert w.grid.entry_model.index(kt02, COL_PCT_PLAN).data() == "▼ 48,7%"
    good_before = w.sectors.item(0).toolTip()
    changed = []
    w.grid.entry_model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    assert w.grid.entry_model.setData(w.grid.entry_model.index(kt02, COL_VALUE), "350")
    assert changed == [kt02]  # only the edited row is signalled
    assert w.grid.entry_model.index(kt02, COL_PCT_PLAN).data() == "✓ 87,4%"
    assert w.sectors.item(0).toolTip() != good_before
    assert w.status_counts.text() == "9 tháng 2024: 27/27 chỉ tiêu đạt từ 70% KH trở lên"


def test_chart_pane_is_put_in_place_after_the_first_paint(qtbot, demo_db, db_path, ini, fake_dialogs):
    w = make_window(qtbot, demo_db, db_path, ini, with_chart=True)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
    assert w.splitter.widget(2) is w.chart
    w.chart.target_clicked.emit(target_id(demo_db, "KT05"))
    assert w.grid.current_target() == target_id(demo_db, "KT05")


def test_first_run_demo_choice_loads_the_demo(qtbot, db, db_path, ini, fake_dialogs, vietnamese):
    w = make_window(qtbot, db, db_path, ini)
    assert w.stack.currentWidget() is w._first_run
    assert "Nạp dữ liệu mẫu" in w._first_run.demo_button.text()
    assert not w.act_summary.isEnabled() and not w.period_box.isEnabled() and w.act_plan.isEnabled()
    qtbot.mouseClick(w._first_run.demo_button, Qt.LeftButton)
    assert years(db) == [2024]
    assert w.stack.currentWidget() is w.splitter
    assert (w.year, w.months) == (2024, 9)
    assert w.grid.entry_model.rowCount() > 0
    assert w.act_summary.isEnabled() and w.period_box.isEnabled()
    assert w.status_counts.text().startswith("9 tháng 2024: 26/27")


def test_first_run_csv_with_errors_lists_them_and_writes_nothing(
    qtbot, db, db_path, ini, fake_dialogs, vietnamese, tmp_path
):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,unit,year,months,value\nKT01,Thu ngân sách,tỷ đồng,2024,9,abc\n", encoding="utf-8"
    )
    w = make_window(qtbot, db, db_path, ini)
    fake_dialogs.answers = [str(bad)]
    assert not w._first_run.import_csv()
    kind, title, text = fake_dialogs.shown[-1]
    assert kind == "error" and title == "Không nhập được tệp"
    assert "dòng 2, cột value: 'abc' không phải là số" in text
    assert years(db) == []
    good = tmp_path / "good.csv"
    good.write_text(
        "code,name,unit,year,months,sector,plan_own\nKT01,Thu ngân sách,tỷ đồng,2025,12,Kinh tế,800\n",
        encoding="utf-8",
    )
    fake_dialogs.answers = [str(good)]
    assert w._first_run.import_csv()
    assert years(db) == [2025]
    assert w.stack.currentWidget() is w.splitter and w.year == 2025


def test_first_run_empty_year_opens_the_plan_editor(
    qtbot, db, db_path, ini, fake_dialogs, vietnamese, monkeypatch
):
    opened = []
    w = make_window(qtbot, db, db_path, ini)
    monkeypatch.setattr(w, "open_plan_editor", lambda: opened.append(w.year))
    fake_dialogs.answers = ["2026"]
    assert w._first_run.start_empty_year()
    assert opened == [2026]
    assert w.year_box.currentText() == "2026"
    assert years(db) == []  # nothing created by itself


def test_toolbar_and_menus_open_the_other_parts_dialogs(
    qtbot, demo_db, db_path, ini, fake_dialogs, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    opened = []

    def fake_exec(dialog):
        opened.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    w = make_window(qtbot, demo_db, db_path, ini)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.grid.select_target(target_id(demo_db, "KT01"), COL_VALUE)
    for action in (w.act_plan, w.act_settings, w.act_summary, w.act_lock, w.act_history, w.act_backup):
        action.trigger()
    assert opened == [
        "PlanEditorDialog",
        "SettingsDialog",
        "SummaryDialog",
        "LockDialog",
        "HistoryDialog",
        "BackupDialog",
    ]
    assert not [m for m in fake_dialogs.shown if m[0] == "error"]
    assert w.grid.entry_model.rowCount() == 16  # the window re-read everything afterwards


def test_every_importer_refusal_is_shown_in_vietnamese(db, tmp_path, vietnamese):
    from nxdesk.domain.messages import render_en
    from nxdesk.interchange.csv_import import import_file
    from nxdesk.ui.messages import message_text

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,name,unit,year,months,kind,parent,plan_own,value\n"
        'A1,Thu ngân sách,tỷ đồng,2024,9,flow,,"1,5",abc\n'
        'A2,Diện tích,ha,2024,13,stock,ZZ,hai,"-3,5"\n'
        'A3,Kết nạp,đảng viên,2024,9,,A3,100,"2,5"\n'
        'A1,Thu ngân sách,tỷ đồng,2024,9,flow,,"1,5",\n',
        encoding="utf-8",
    )
    report = import_file(db, bad)
    assert len(report.issues) >= 6
    for issue in report.issues:
        assert message_text(issue) != render_en(issue), issue
        assert message_text(issue).startswith(f"dòng {issue.where.line}, cột {issue.where.column}: ")


def test_a_damaged_settings_file_does_not_stop_the_window(qtbot, demo_db, db_path, ini, fake_dialogs):
    damaged = QSettings(ini, QSettings.IniFormat)
    junk = {"last/year": "hai", "last/months": "99", "last/sector": "x", "window/geometry": "?"}
    for key, value in junk.items():
        damaged.setValue(key, value)
    damaged.sync()
    w = make_window(qtbot, demo_db, db_path, ini)
    assert (w.year, w.months) == (2024, 9)
    assert w.grid.entry_model.rowCount() > 0
