"""The chart pane inside the main window: lazy install without a jump, row ↔ bar, redraw on commit/undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from nxdesk.domain.targets import Assessment
from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.chart import style
from nxdesk.ui.models.entry_model import COL_VALUE

from .windows import shown_window, wait_for_chart


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    w = shown_window(qtbot, demo_db, db_path, tmp_path / "ui.ini", with_chart=True, size=(1400, 800))
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    wait_for_chart(qtbot, w)
    return w


def bar_width(chart, tid):
    i = chart.row_of(tid)
    for y, width in zip(chart.fill.opts["y"], chart.fill.opts["width"], strict=True):
        if int(y) == i:
            return width
    return None


def bar_colour(chart, tid):
    i = chart.row_of(tid)
    for y, brush in zip(chart.fill.opts["y"], chart.fill.opts["brushes"], strict=True):
        if int(y) == i:
            return brush.color().name()
    return None


def test_the_pane_takes_the_placeholders_place_and_size(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(demo_db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    qtbot.waitExposed(w)
    before = w.splitter.sizes()
    qtbot.waitUntil(lambda: w.chart is not None, timeout=10000)
    qtbot.wait(10)
    assert w.splitter.widget(2) is w.chart
    assert w.splitter.sizes() == before  # no jump of the layout
    assert w.chart.minimumSizeHint().width() <= before[2]


def test_selecting_a_row_selects_its_bar(window, demo_db):
    kt08 = target_id(demo_db, "KT08")
    window.grid.select_target(kt08)
    chart = window.chart.progress
    assert window.chart.target_id == kt08
    assert list(chart.highlight.opts["y"]) == [chart.row_of(kt08)]


def test_clicking_a_bar_selects_the_row(qtbot, window, demo_db):
    kt06 = target_id(demo_db, "KT06")
    chart = window.chart.progress
    scene_pt = chart.plot.vb.mapViewToScene(QPointF(40, chart.row_of(kt06)))
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.view.mapFromScene(scene_pt))
    assert window.grid.current_target() == kt06


def test_the_chart_redraws_after_a_commit_and_after_undo_and_redo(window, demo_db):
    kt02 = target_id(demo_db, "KT02")
    chart = window.chart.progress
    assert bar_width(chart, kt02) == pytest.approx(48.705, abs=0.01)
    model = window.grid.entry_model
    assert model.setData(model.index(model.row_of_target(kt02), COL_VALUE), "350")
    assert bar_width(chart, kt02) == pytest.approx(350 / 400.5 * 100)
    assert bar_colour(chart, kt02) == style.fill_brush(Assessment.ON_TRACK).color().name()
    window.undo_stack.undo()
    assert bar_width(chart, kt02) == pytest.approx(48.705, abs=0.01)
    assert bar_colour(chart, kt02) == style.fill_brush(Assessment.BEHIND).color().name()
    window.undo_stack.redo()
    assert bar_width(chart, kt02) == pytest.approx(350 / 400.5 * 100)


def test_the_chart_follows_the_sector_and_period(window, demo_db):
    window.go_to(2024, 9, sector_id(demo_db, "Môi trường"))
    assert len(window.chart.progress.fill.opts["y"]) == 3
    window.go_to(2024, 6, sector_id(demo_db, "Môi trường"))
    assert window.chart.progress.pace_line.value() == pytest.approx(50)


def test_clicking_another_sectors_bar_switches_the_grid_to_that_sector(window, demo_db):
    kt = sector_id(demo_db, "Kinh tế")
    assert window.sector_id == kt
    xd01 = target_id(demo_db, "XD01")  # in "Xây dựng Đảng …", shown in the all-sectors view
    window.chart.target_clicked.emit(xd01)
    assert window.sector_id == sector_id(demo_db, "Xây dựng Đảng và hệ thống chính trị")
    assert window.grid.current_target() == xd01
    assert window.sectors.current_sector() == window.sector_id


def test_the_chart_pane_is_renamed_in_place_when_the_language_changes(window, vietnamese):
    from nxdesk.ui.i18n import remove_translators

    remove_translators()
    window.apply_language("en")
    chart = window.chart
    assert [chart.tabs.tabText(i) for i in range(3)] == ["Sector", "Whole district", "Trend"]
    window.apply_language("vi")
    assert window.chart is chart and [chart.tabs.tabText(i) for i in range(3)] == [
        "Lĩnh vực",
        "Toàn huyện",
        "Xu hướng",
    ]
    assert window.chart.isVisible()
