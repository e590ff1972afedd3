"""The chart pane on the demo data: its actual pyqtgraph items, the link with the grid, redraws, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from nxdesk.domain.targets import Assessment
from nxdesk.store.entries import set_entry
from nxdesk.store.summary import load_summary
from nxdesk.store.targets import set_target_year, target_id
from nxdesk.ui.chart import style
from nxdesk.ui.chart.pane import ALL_SECTORS, PROGRESS, TREND, ChartPane
from nxdesk.ui.chart.rows import CAP_PCT

KINH_TE = 1


@pytest.fixture
def pane(qtbot, demo_db):
    widget = ChartPane(demo_db)
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(2024, 9, KINH_TE)
    return widget


def bars_of(chart):
    """{target code: (x0, width, fill colour)} of the drawn bars, read back from the BarGraphItem."""
    opts = chart.fill.opts
    out = {}
    if not len(opts["y"]):
        return out
    for x0, y, width, brush in zip(opts["x0"], opts["y"], opts["width"], opts["brushes"], strict=True):
        row = chart.bars[int(y)].row
        out[row.input.code] = (x0, width, QColor(brush.color()).name())
    return out


def texts_of(chart):
    return {
        chart.bars[int(round(t.pos().y()))].label.strip(" –"): t.textItem.toPlainText()
        for t in chart.texts
        if t.isVisible()
    }


def test_one_bar_per_target_of_the_sector_with_its_length_and_colour(pane, demo_db):
    summary = load_summary(demo_db, 2024, 9, KINH_TE)
    bars = bars_of(pane.progress)
    assert sorted(bars) == sorted(r.input.code for r in summary.rows)
    assert len(bars) == 16
    for row in summary.rows:
        x0, width, colour = bars[row.input.code]
        assert x0 == 0
        assert width == pytest.approx(min(row.pct_plan, CAP_PCT))
        assert colour == style.fill_brush(row.assessment).color().name()
    # what the report says: disbursement lags (48,7 % of plan, 32 % for the district's projects)
    assert bars["KT02"][1] == pytest.approx(48.705, abs=0.01)
    assert bars["KT02a"][1] == pytest.approx(32.0)
    assert bars["KT02"][2] == style.fill_brush(Assessment.BEHIND).color().name()
    assert bars["KT06"][2] == style.BLUE.lower()  # 113,2 %: exceeded
    assert bars["KT08"][2] == style.BLUISH_GREEN.lower()  # 92,5 % at 9 months: on track
    # lagging bars are hatched as well as coloured (colour-blind readers)
    hatched = {pane.progress.bars[int(y)].row.input.code for y in pane.progress.hatch.opts["y"]}
    assert hatched == {"KT02", "KT02a", "KT11"}
    texts = texts_of(pane.progress)
    assert texts["Giải ngân vốn đầu tư công"] == "48,7%"
    assert texts["Tổng sản lượng lương thực"] == "113,2%"


def test_a_huge_percentage_is_capped_and_marked(pane):
    chart = pane.progress
    assert chart.cap == CAP_PCT
    x0, width, _ = bars_of(chart)["KT01"]
    assert width == CAP_PCT  # 182 % drawn to the cap, not squashing the others
    assert texts_of(chart)["Thu ngân sách"] == "182% »"
    marks = chart.breaks.getData()
    assert len(marks[1]) == 1 and marks[1][0] == chart.row_of(target_id(pane.db, "KT01"))
    assert "150%" in chart.note.text


def test_the_100_percent_and_pace_lines_stand_at_the_right_x(pane):
    chart = pane.progress
    assert chart.line100.value() == 100
    assert chart.pace_line.value() == pytest.approx(75)
    assert chart.pace_line.isVisible()
    assert chart.pace_line.pen.style() == Qt.PenStyle.DashLine
    assert chart.line100.pen.style() == Qt.PenStyle.SolidLine
    top_ticks = dict(chart.plot.getAxis("top")._tickLevels[0])  # pane is 480 px wide: all fit
    assert top_ticks[75.0] == "75%" and top_ticks[100.0] == "100%"
    pane.set_context(2024, 3, KINH_TE)
    assert chart.pace_line.value() == pytest.approx(25)
    pane.set_context(2024, 12, KINH_TE)
    assert not chart.pace_line.isVisible()  # at year end the pace is the 100 % line


def test_no_value_and_no_percentage_get_a_marker_not_a_fake_bar(pane, demo_db):
    kt09 = target_id(demo_db, "KT09")
    set_entry(demo_db, kt09, 2024, 9, value=None)
    pane.refresh()
    chart = pane.progress
    assert "KT09" not in bars_of(chart)
    row = chart.row_of(kt09)
    xs, ys = chart.markers.getData()
    assert list(ys) == [row] and list(xs) == [0]
    assert texts_of(chart)["Giá trị xuất khẩu"] == style.assessment_name(Assessment.NO_DATA)
    spot = chart.markers.points()[0]
    assert spot.brush().color().name() == style.GREY.lower()

    # a down target without baseline: judged against its bound, no % of plan, shown in its colour
    vx01 = target_id(demo_db, "VX01")
    set_target_year(demo_db, vx01, 2024, baseline=None)
    pane.set_context(2024, 9, 2)
    chart = pane.progress
    assert "VX01" not in bars_of(chart)
    spot = chart.markers.points()[0]
    assert spot.brush().color().name() == style.BLUISH_GREEN.lower()
    assert texts_of(chart)["Tỷ lệ hộ nghèo"] == style.assessment_name(Assessment.ON_TRACK)


def test_selecting_a_row_highlights_its_bar(pane, demo_db):
    kt02 = target_id(demo_db, "KT02")
    pane.select_target(kt02)
    chart = pane.progress
    assert list(chart.highlight.opts["y"]) == [chart.row_of(kt02)]
    assert list(chart.outline.opts["y"]) == [chart.row_of(kt02)]
    assert chart.outline.opts["width"][0] == pytest.approx(48.705, abs=0.01)
    pane.select_target(None)
    assert list(chart.highlight.opts["y"]) == []


def _click_row(qtbot, chart, row: int, x: float = 50.0):
    scene_pt = chart.plot.vb.mapViewToScene(QPointF(x, row))
    view_pt = chart.view.mapFromScene(scene_pt)
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pt)


def test_clicking_a_bar_emits_its_target_and_selects_it(qtbot, pane, demo_db):
    kt08 = target_id(demo_db, "KT08")
    chart = pane.progress
    with qtbot.waitSignal(pane.target_clicked, timeout=2000) as signal:
        _click_row(qtbot, chart, chart.row_of(kt08))
    assert signal.args == [kt08]
    assert pane.target_id == kt08
    assert list(chart.highlight.opts["y"]) == [chart.row_of(kt08)]


def test_clicking_a_sector_heading_emits_nothing(qtbot, pane):
    pane.show_view(ALL_SECTORS)
    chart = pane.overview
    assert chart.bars[0].is_heading
    with qtbot.assertNotEmitted(pane.target_clicked):
        _click_row(qtbot, chart, 0)


def test_redraws_after_a_store_write_and_after_its_undo(pane, demo_db):
    kt02 = target_id(demo_db, "KT02")
    set_entry(demo_db, kt02, 2024, 9, value=360.45)
    pane.refresh()
    x0, width, colour = bars_of(pane.progress)["KT02"]
    assert width == pytest.approx(90.0)
    assert colour == style.BLUISH_GREEN.lower()
    set_entry(demo_db, kt02, 2024, 9, value=195.064)  # what the window's undo writes back
    pane.refresh()
    x0, width, colour = bars_of(pane.progress)["KT02"]
    assert width == pytest.approx(48.705, abs=0.01)
    assert colour == style.fill_brush(Assessment.BEHIND).color().name()


def test_all_sectors_view_groups_every_target_by_sector(pane, demo_db):
    pane.show_view(ALL_SECTORS)
    chart = pane.overview
    headings = [b.label for b in chart.bars if b.is_heading]
    assert headings == [
        "I. KINH TẾ",
        "II. VĂN HÓA - XÃ HỘI",
        "III. MÔI TRƯỜNG",
        "IV. QUỐC PHÒNG - AN NINH",
        "V. XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ",
    ]
    assert len(bars_of(chart)) == 30
    assert len(chart.bands.opts["y"]) == 5
    # the selection follows across views
    xd01 = target_id(demo_db, "XD01")
    pane.select_target(xd01)
    assert list(chart.highlight.opts["y"]) == [chart.row_of(xd01)]


def test_tooltip_gives_value_plan_percentage_and_assessment(pane, demo_db):
    chart = pane.progress
    text = chart.tooltip_at(chart.row_of(target_id(demo_db, "KT01")))
    assert "Thu ngân sách" in text
    assert "1.401,351 tỷ đồng" in text
    assert "770 tỷ đồng" in text and "745,4 tỷ đồng" in text
    assert "182%" in text
    assert style.assessment_name(Assessment.EXCEEDED) in text


def test_hovering_a_bar_shows_its_tooltip(qtbot, pane, demo_db):
    from PySide6.QtWidgets import QToolTip

    chart = pane.progress
    row = chart.row_of(target_id(demo_db, "KT06"))
    chart._moved(chart.plot.vb.mapViewToScene(QPointF(20, row)))
    assert chart._hover == row
    if QToolTip.isVisible():
        assert "Tổng sản lượng lương thực" in QToolTip.text()
    chart._moved(QPointF(-1000, -1000))
    assert chart._hover is None


def test_trend_of_a_flow_starts_at_zero_and_shows_last_year_and_the_plan(pane, demo_db):
    kt01 = target_id(demo_db, "KT01")
    set_entry(demo_db, kt01, 2024, 6, value=760.4)
    set_entry(demo_db, kt01, 2023, 12, value=1020.7)
    pane.refresh()
    pane.select_target(kt01)
    pane.show_view(TREND)
    trend = pane.trend
    xs, ys = trend.this.getData()
    assert list(xs) == [0, 6, 9] and list(ys) == [0, 760.4, 1401.351]
    lx, ly = trend.last.getData()
    assert list(lx) == [0, 9, 12] and list(ly) == [0, 726.1, 1020.7]
    assert trend.plan_line.value() == 770
    px, py = trend.pace.getData()
    assert list(px) == [0, 12] and list(py) == [0, 770]
    # selecting another row switches the trend at once
    vx01 = target_id(demo_db, "VX01")
    pane.select_target(vx01)
    xs, ys = trend.this.getData()
    assert list(xs) == [9] and list(ys) == [7.85]  # a level: only what was measured, no origin
    assert not trend.pace.isVisible()
    assert trend.plan_line.value() == 8


def test_trend_without_selection_asks_for_one(pane):
    pane.show_view(TREND)
    assert pane.trend.row is None
    assert pane.trend.message.textItem.toPlainText()
    assert not pane.trend.this.isVisible()


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 60)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("view", [PROGRESS, ALL_SECTORS, TREND])
def test_png_export_writes_a_non_empty_image_of_the_right_size(pane, fake_dialogs, tmp_path, view, demo_db):
    pane.select_target(target_id(demo_db, "KT01"))
    pane.show_view(view)
    fake_dialogs.answers.append(str(tmp_path / "bieu-do"))
    written = pane.save_png()
    assert written == tmp_path / "bieu-do.png"
    image = QImage(str(written))
    assert not image.isNull()
    rect = pane.export_item().sceneBoundingRect()
    if view == TREND:
        assert image.width() == round(rect.width() * 2)
    else:  # widened to hold every name whole
        assert image.width() >= round(rect.width() * 2)
    assert image.height() == pytest.approx(rect.height() * 2, abs=2)
    assert _distinct_colours(image) > 5  # bars, lines and text, not a blank page
    assert fake_dialogs.shown[0][0] == "save_file"
    if view != TREND:  # the selection highlight is for the screen only, and comes back after the export
        highlight = QColor("#FFE7A0").rgb()
        assert all(
            image.pixel(x, y) != highlight
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        )
        chart = pane.stack.currentWidget()
        assert list(chart.highlight.opts["y"]) == [chart.row_of(target_id(demo_db, "KT01"))]


def test_png_export_cancelled_writes_nothing(pane, fake_dialogs, tmp_path):
    fake_dialogs.answers.append(None)
    assert pane.save_png() is None
    assert list(tmp_path.glob("*.png")) == []


def test_png_export_to_an_unwritable_place_says_so(pane, fake_dialogs, tmp_path):
    fake_dialogs.answers.append(str(tmp_path / "missing-folder" / "x.png"))
    assert pane.save_png() is None
    assert fake_dialogs.shown[-1][0] == "error"


def test_copy_puts_the_chart_on_the_clipboard(pane):
    pane.copy_image()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() >= round(pane.export_item().sceneBoundingRect().width() * 2)  # names whole


def test_an_empty_year_shows_a_message_not_an_error(qtbot, db):
    widget = ChartPane(db)
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    widget.set_context(2025, 9, None)
    assert widget.progress.bars == []
    assert widget.progress.message.textItem.toPlainText()
    widget.show_view(ALL_SECTORS)
    assert widget.overview.bars == []
    widget.show_view(TREND)
    assert widget.trend.row is None


def test_at_year_end_the_legend_speaks_of_met_and_not_met(pane):
    pane.set_context(2024, 12, KINH_TE)
    labels = [label.text for _, label in pane.progress.legend.items]
    assert style.assessment_name(Assessment.MET) in labels
    assert style.assessment_name(Assessment.NOT_MET) in labels
    assert style.assessment_name(Assessment.ON_TRACK) not in labels
    # nothing entered for the full year yet: no bars, a grey marker per target
    assert bars_of(pane.progress) == {}
    assert len(pane.progress.markers.getData()[0]) == 16


def test_the_long_overview_scrolls_with_the_wheel_and_to_the_selected_bar(qtbot, pane, demo_db):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pane.resize(380, 560)
    pane.show_view(ALL_SECTORS)
    qtbot.wait(1)
    bar = pane.overview.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    viewport = pane.overview.view.viewport()
    pos = QPointF(150, 150)
    wheel = QWheelEvent(
        pos,
        viewport.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert bar.value() > 0
    bar.setValue(0)
    pane.select_target(target_id(demo_db, "XD03"))  # the last row
    assert bar.value() > 0


def test_clicking_a_bar_of_another_sector_in_the_overview_names_its_sector(qtbot, pane, demo_db):
    pane.show_view(ALL_SECTORS)
    chart = pane.overview
    xd01 = target_id(demo_db, "XD01")
    chart._ensure_visible(chart.row_of(xd01))
    with qtbot.waitSignal(pane.target_clicked, timeout=2000) as signal:
        _click_row(qtbot, chart, chart.row_of(xd01))
    assert signal.args == [xd01]
    assert pane.sector_of(xd01) == 5
    assert pane.progress.row_of(xd01) is None  # the sector view still shows Kinh tế until the window switches


def test_a_down_target_worse_than_its_baseline_gets_a_negative_bar_and_no_plan_says_so(pane, demo_db):
    from nxdesk.store.targets import set_plan

    vx01, vx03 = target_id(demo_db, "VX01"), target_id(demo_db, "VX03")
    set_entry(demo_db, vx01, 2024, 9, value=10.0)  # poverty rate up from 9,62 while the plan is below 8
    set_plan(demo_db, vx03, 2024, "own", None)
    pane.set_context(2024, 9, 2)
    chart = pane.progress
    x0, width, colour = bars_of(chart)["VX01"]
    assert x0 == pytest.approx((9.62 - 10) / (9.62 - 8) * 100) and width == pytest.approx(-x0)
    assert colour == style.fill_brush(Assessment.BEHIND).color().name()
    assert chart.low < 0
    texts = texts_of(chart)
    assert texts["Tỷ lệ hộ nghèo"] == "-23,5%"
    assert "VX03" not in bars_of(chart)
    assert texts["Tỷ lệ dân số tham gia bảo hiểm y tế"] == "no plan"
    assert "No plan" in chart.tooltip_at(chart.row_of(vx03))


def test_hovering_a_trend_point_names_its_period_and_value(pane, demo_db):
    from nxdesk.ui.i18n import period_name

    pane.select_target(target_id(demo_db, "KT01"))
    pane.show_view(TREND)
    trend = pane.trend
    near = trend.plot.vb.mapViewToScene(QPointF(9, 1401.351)) + QPointF(3, -2)
    assert trend.point_near(near) == (2024, 9)
    assert trend.point_tooltip(2024, 9) == f"{period_name(9)} 2024: 1.401,351 tỷ đồng"
    assert trend.point_tooltip(2023, 9) == f"{period_name(9)} 2023: 726,1 tỷ đồng"
    assert trend.point_near(trend.plot.vb.mapViewToScene(QPointF(3, 1400))) is None


def _legend_labels(chart) -> list[str]:
    return [label.text for _, label in chart.legend.items]


def test_the_legend_follows_the_period_and_comes_back_unchanged(pane):
    chart = pane.progress
    in_year = _legend_labels(chart)
    assert any("75" in text for text in in_year)  # the pace line of 9 tháng
    pane.set_context(2024, 12, KINH_TE)
    year_end = _legend_labels(chart)
    assert year_end != in_year and not any("75" in text for text in year_end)
    pane.set_context(2024, 6, KINH_TE)
    assert any("50" in text for text in _legend_labels(chart))  # same legend, relabelled for 6 tháng
    pane.set_context(2024, 9, KINH_TE)
    assert _legend_labels(chart) == in_year
    assert chart.legend.scene() is chart.view.scene()  # the legend shown is the one in the scene


def test_png_export_keeps_every_name_whole_and_the_screen_comes_back(
    pane, fake_dialogs, tmp_path, monkeypatch
):
    from nxdesk.ui.chart import export

    pane.resize(300, 640)
    chart = pane.progress  # the interactive chart, which an export brings in
    on_screen = dict(chart._axis_ticks["left"])
    assert any(text.endswith("…") for text in on_screen.values())  # elided to the narrow pane
    seen = {}
    real = export.save_png

    def spy(item, path, width=None):
        seen.update(chart._axis_ticks["left"])
        return real(item, path, width)

    monkeypatch.setattr(export, "save_png", spy)
    fake_dialogs.answers.append(str(tmp_path / "bieu-do.png"))
    assert pane.save_png()
    assert "Giải ngân vốn đầu tư công" in seen.values()
    assert not any(text.endswith("…") for text in seen.values())
    assert dict(chart._axis_ticks["left"]) == on_screen
