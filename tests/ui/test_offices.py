"""A commune's office: the window's words follow the level; term targets, precision and the office's own
year-end expectation, driven through the real window and plan editor on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from nxdesk.store import targets as st
from nxdesk.store.entries import get_entry
from nxdesk.store.sectors import sector_id
from nxdesk.store.settings import set_setting
from nxdesk.ui.dialogs.plan_editor import PlanEditorDialog
from nxdesk.ui.dialogs.plan_model import COL_DECIMALS, COL_PLAN_TERM
from nxdesk.ui.models.entry_model import (
    COL_EXPECTED,
    COL_PCT_TERM,
    COL_PLAN_OWN,
    COL_PLAN_UPPER,
    COL_VALUE,
    COLUMN_COUNT,
)

from .test_entry_grid import index_of, type_into, value_of
from .test_plan_editor import type_into as type_into_plan


@pytest.fixture
def commune_db(demo_db):
    set_setting(demo_db, "level", "xa")
    set_setting(demo_db, "term", "2025-2030")
    set_setting(demo_db, "issuing_body", "Đảng ủy xã Như Xuân")
    return demo_db


def open_window(qtbot, db, db_path, tmp_path, sector="Kinh tế", with_chart=False):
    from nxdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(db, db_path, settings=settings, with_chart=with_chart)
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(db, sector))
    w.show()
    qtbot.waitExposed(w)
    return w


def headers(w):
    model = w.grid.entry_model
    return [model.headerData(c, Qt.Horizontal) for c in range(COLUMN_COUNT)]


def test_a_communes_window_names_the_plans_by_its_level_and_never_says_huyen(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    w = open_window(qtbot, commune_db, db_path, tmp_path, with_chart=True)
    qtbot.waitUntil(lambda: w.chart is not None and w.chart.summary is not None, timeout=10000)
    shown = headers(w)
    assert shown[COL_PLAN_UPPER] == "KH tỉnh giao" and shown[COL_PLAN_OWN] == "KH xã giao"
    assert w.chart.tabs.tabText(1) == "Toàn xã"
    texts = [*shown, w.chart.tabs.tabText(1), w.windowTitle()]
    from nxdesk.ui.chart.rows import tooltip

    bar = next(b for b in w.chart.progress.bars if b.row is not None and b.row.input.code == "KT06")
    texts.append(tooltip(bar, 150, w._summary.level))
    assert "KH xã giao" in texts[-1]
    budget = next(b for b in w.chart.progress.bars if b.row is not None and b.row.input.code == "KT01")
    assert "Dự toán tỉnh giao: 745,4 tỷ đồng" in tooltip(budget, 150, "xa")
    assert not [t for t in texts if "huyện" in t.lower()]


def test_the_demo_district_keeps_its_words(qtbot, demo_db, db_path, tmp_path, fake_dialogs, vietnamese):
    w = open_window(qtbot, demo_db, db_path, tmp_path)
    assert headers(w)[COL_PLAN_OWN] == "KH huyện giao"


def test_a_whole_count_target_reads_28_500_as_28500_typed_and_pasted(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    food = st.target_id(commune_db, "KT06")  # tấn: not a count unit, decimals 2 by default
    st.set_decimals(commune_db, food, 0)
    w = open_window(qtbot, commune_db, db_path, tmp_path)
    type_into(qtbot, w, "KT06", COL_VALUE, "28.500")
    assert value_of(w.db, "KT06") == 28500
    assert index_of(w, "KT06", COL_VALUE).data() == "28.500"
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_VALUE))
    assert w.grid.paste_text("29.100\n")
    assert value_of(w.db, "KT06") == 29100


def test_with_decimals_the_same_text_is_still_refused_as_ambiguous(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    w = open_window(qtbot, commune_db, db_path, tmp_path)
    before = value_of(w.db, "KT06")
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_VALUE))
    assert not w.grid.paste_text("28.500\n")
    assert value_of(w.db, "KT06") == before


def test_the_office_types_its_year_end_expectation_in_the_grid(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    w = open_window(qtbot, commune_db, db_path, tmp_path)
    assert index_of(w, "KT06", COL_EXPECTED).data() == ""  # no basis: blank, never ×12/9
    type_into(qtbot, w, "KT06", COL_EXPECTED, "30.000,5")
    entry = get_entry(w.db, st.target_id(w.db, "KT06"), 2024, 9)
    assert entry.expected_year_end == 30000.5
    assert index_of(w, "KT06", COL_EXPECTED).data() == "30.000,5"
    w.act_undo.trigger()
    assert get_entry(w.db, st.target_id(w.db, "KT06"), 2024, 9).expected_year_end is None


def test_term_column_shows_where_a_term_target_exists_and_can_be_hidden(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    w = open_window(qtbot, commune_db, db_path, tmp_path)
    assert w.grid.isColumnHidden(COL_PCT_TERM)
    st.set_plan(commune_db, st.target_id(commune_db, "KT06"), 2024, "term", "30.000")
    w.refresh()
    assert not w.grid.isColumnHidden(COL_PCT_TERM)
    assert index_of(w, "KT06", COL_PCT_TERM).data() == "94,3%"  # 28.300 / 30.000
    assert headers(w)[COL_PCT_TERM] == "% MT nhiệm kỳ"
    w.grid.set_column_shown(COL_PCT_TERM, False)
    w.refresh()
    assert w.grid.isColumnHidden(COL_PCT_TERM)


def test_plan_editor_sets_a_term_target_and_decimals(qtbot, commune_db, fake_dialogs, vietnamese):
    dialog = PlanEditorDialog(commune_db, 2024)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.headerData(COL_PLAN_TERM, Qt.Horizontal) == "Mục tiêu nhiệm kỳ"
    type_into_plan(qtbot, dialog, "XD01", COL_PLAN_TERM, "≥ 90")
    tid = st.target_id(commune_db, "XD01")
    assert next(t for t in st.list_targets(commune_db, 2024) if t.id == tid).plan_term == "≥ 90"

    food = st.target_id(commune_db, "KT06")
    row = model.row_of(food)
    assert model.index(row, COL_DECIMALS).data() == "2 (theo ĐVT)"
    dialog.select_target(food, COL_DECIMALS)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key_F2)
    combo = dialog.table.indexWidget(dialog.table.currentIndex())
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(0))
    qtbot.keyClick(combo, Qt.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call after Enter
    assert next(t for t in st.list_targets(commune_db, 2024) if t.id == food).decimals == 0


def test_first_run_asks_the_level_and_names_then_loads_the_communes_starting_list(
    qtbot, db, db_path, tmp_path, fake_dialogs, vietnamese
):
    from datetime import datetime

    from nxdesk.store.settings import load_settings
    from nxdesk.store.targets import list_targets, years
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(
        db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w._first_run
    assert w.stack.currentWidget() is page
    assert page.level.currentData() == "xa"
    assert [page.level.itemData(i) for i in range(page.level.count())] == [
        "xa",
        "phuong",
        "dac_khu",
        "tinh",
        "huyen",
    ]
    assert "xã" in page.starting_button.text()
    page.level.setCurrentIndex(page.level.findData("phuong"))
    assert page.issuing_body.placeholderText().startswith("Đảng ủy phường")
    page.issuing_body.insert("Đảng ủy phường Hạc Thành")
    page.state_issuing_body.insert("UBND phường Hạc Thành")
    page.parent_body.insert("Đảng bộ tỉnh Thanh Hóa")
    qtbot.mouseClick(page.starting_button, Qt.LeftButton)

    year = datetime.now().year
    assert years(db) == [year]
    assert len(list_targets(db, year)) >= 20
    s = load_settings(db)
    assert (s.level, s.issuing_body, s.state_issuing_body) == (
        "phuong",
        "Đảng ủy phường Hạc Thành",
        "UBND phường Hạc Thành",
    )
    assert w.stack.currentWidget() is w.splitter and w.year == year
    shown = headers(w)
    assert shown[COL_PLAN_OWN] == "KH phường giao"
    assert not [t for t in shown if "huyện" in t.lower()]


def test_first_run_with_a_province(qtbot, db, db_path, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.store.settings import load_settings
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(
        db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat), with_chart=False
    )
    qtbot.addWidget(w)
    w.show()
    page = w._first_run
    page.level.setCurrentIndex(page.level.findData("tinh"))
    assert "tỉnh" in page.starting_button.text()
    assert page.load_starting_list()
    assert load_settings(db).level == "tinh"
    shown = headers(w)
    assert (shown[COL_PLAN_UPPER], shown[COL_PLAN_OWN]) == ("KH Trung ương giao", "KH tỉnh giao")


def test_a_value_without_a_plan_reads_no_plan_in_the_grid_and_the_chart(
    qtbot, commune_db, db_path, tmp_path, fake_dialogs, vietnamese
):
    from nxdesk.domain.targets import Assessment
    from nxdesk.ui.chart import style
    from nxdesk.ui.models.entry_model import COL_PCT_PLAN

    tid = st.target_id(commune_db, "KT08")
    st.set_plan(commune_db, tid, 2024, "upper", None)
    st.set_plan(commune_db, tid, 2024, "own", None)
    w = open_window(qtbot, commune_db, db_path, tmp_path, with_chart=True)
    qtbot.waitUntil(lambda: w.chart is not None and w.chart.summary is not None, timeout=10000)
    assert index_of(w, "KT08", COL_PCT_PLAN).data(Qt.ToolTipRole).startswith("Chưa có kế hoạch")
    labels = [label.text for _, label in w.chart.progress.legend.items]
    assert style.assessment_name(Assessment.NO_PLAN) == "Chưa có kế hoạch" and "Chưa có kế hoạch" in labels
    assert w.status_counts.text().startswith("9 tháng 2024: 25/26")  # counted only with a plan
