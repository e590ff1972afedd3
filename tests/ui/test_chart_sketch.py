"""The first chart is painted without pyqtgraph; the pyqtgraph charts come in for the other views."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from nxdesk.store.sectors import sector_id
from nxdesk.store.targets import target_id
from nxdesk.ui.chart.pane import ALL_SECTORS, PROGRESS, TREND, ChartPane
from nxdesk.ui.palette import BLUE, BLUISH_GREEN

from .windows import shown_window, wait_for_chart

KINH_TE = 1
WITHOUT_PYQTGRAPH = (
    "pyqtgraph",
    "numpy",
    "nxdesk.ui.chart.bars",
    "nxdesk.ui.chart.trend",
    "nxdesk.ui.chart.items",
    "nxdesk.ui.chart.export",
)


@pytest.fixture
def no_pyqtgraph(monkeypatch):
    """Any import of pyqtgraph, numpy or the pyqtgraph charts fails while the test runs."""
    for name in WITHOUT_PYQTGRAPH:
        monkeypatch.setitem(sys.modules, name, None)


@pytest.fixture
def pane(qtbot, demo_db, no_pyqtgraph):
    widget = ChartPane(demo_db)
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(2024, 9, KINH_TE)
    return widget


def colour_count(image, colour: str) -> int:
    want = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == want
    )


def test_the_first_chart_shows_the_sectors_targets_and_percentages_without_pyqtgraph(pane):
    assert not pane.has_charts()
    assert sys.modules["pyqtgraph"] is None  # not imported: importing it would have failed
    texts = pane.sketch.texts()
    assert texts[0] == "Thu ngân sách  182% »"  # cut at the cap, marked
    assert "Giải ngân vốn đầu tư công  48,7%" in texts
    assert len(texts) == 16
    assert pane.sketch.cap == 150.0 and pane.sketch.pace == pytest.approx(75.0)
    legend = [text for _kind, text in pane.sketch.entries]
    assert "Tiến độ 9 tháng (75%)" in legend or "Pace 9 months (75%)" in legend
    image = pane.grab().toImage()
    assert colour_count(image, BLUE) > 50 and colour_count(image, BLUISH_GREEN) > 50


def test_the_first_chart_follows_the_selection_and_a_click(qtbot, pane, demo_db):
    kt06 = target_id(demo_db, "KT06")
    pane.select_target(kt06)
    assert pane.sketch.selected_row() == pane.sketch.row_of(kt06)
    kt02 = target_id(demo_db, "KT02")
    canvas = pane.sketch.canvas
    with qtbot.waitSignal(pane.target_clicked) as clicked:
        qtbot.mouseClick(
            canvas, Qt.MouseButton.LeftButton, pos=canvas.row_point(pane.sketch.row_of(kt02)).toPoint()
        )
    assert clicked.args == [kt02]
    assert pane.target_id == kt02
    assert not pane.has_charts()


def test_the_first_chart_redraws_for_another_sector_and_period(pane, demo_db):
    pane.set_context(2024, 12, sector_id(demo_db, "Môi trường"))
    assert len(pane.sketch.texts()) == 3
    assert not pane.has_charts()


@pytest.fixture
def window(qtbot, demo_db, db_path, tmp_path, fake_dialogs):
    w = shown_window(qtbot, demo_db, db_path, tmp_path / "ui.ini", with_chart=True, size=(1400, 800))
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    wait_for_chart(qtbot, w)
    return w


def test_clicking_a_first_bar_selects_the_row(qtbot, window, demo_db):
    kt06 = target_id(demo_db, "KT06")
    canvas = window.chart.sketch.canvas
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.row_point(window.chart.sketch.row_of(kt06)).toPoint()
    )
    assert window.grid.current_target() == kt06


def test_another_view_brings_in_the_interactive_chart_and_a_click_still_selects_the_row(
    qtbot, window, demo_db
):
    kt04 = target_id(demo_db, "KT04")
    window.grid.select_target(kt04)
    window.chart.tabs.setCurrentIndex(TREND)
    assert window.chart.has_charts() and window.chart.sketch is None
    assert window.chart.stack.currentWidget() is window.chart.trend
    window.chart.tabs.setCurrentIndex(ALL_SECTORS)
    assert window.chart.stack.currentWidget() is window.chart.overview
    window.chart.tabs.setCurrentIndex(PROGRESS)
    chart = window.chart.progress
    assert window.chart.stack.currentWidget() is chart
    assert list(chart.highlight.opts["y"]) == [chart.row_of(kt04)]  # the selection carried over
    kt06 = target_id(demo_db, "KT06")
    scene_pt = chart.plot.vb.mapViewToScene(QPointF(40, chart.row_of(kt06)))
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.view.mapFromScene(scene_pt))
    assert window.grid.current_target() == kt06


def test_the_real_window_paints_its_chart_without_importing_pyqtgraph(tmp_path):
    """In a fresh interpreter, as a clerk starts it: the chart pane is up, pyqtgraph and numpy not loaded."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        from nxdesk.demo import load_demo
        from nxdesk.store.db import open_db
        from nxdesk.ui.main_window import MainWindow

        app = QApplication([])
        db_path = sys.argv[1]
        db = open_db(db_path)
        load_demo(db)
        w = MainWindow(db, db_path, settings=QSettings(sys.argv[2], QSettings.IniFormat))
        w.show()

        def look():
            if w.chart is None or not w.chart.sketch.texts():
                QTimer.singleShot(20, look)
                return
            w.chart.grab()
            print("texts", len(w.chart.sketch.texts()))
            print("pyqtgraph", "pyqtgraph" in sys.modules, "numpy" in sys.modules)
            app.quit()

        QTimer.singleShot(0, look)
        app.exec()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "demo.db"), str(tmp_path / "ui.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "pyqtgraph False False" in lines
    assert any(line.startswith("texts ") and int(line.split()[1]) > 0 for line in lines)


def test_the_pointer_over_a_first_bar_shows_its_facts(qtbot, pane, demo_db, monkeypatch):
    from PySide6.QtWidgets import QToolTip

    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: shown.append(text))
    kt02 = target_id(demo_db, "KT02")
    canvas = pane.sketch.canvas
    qtbot.mouseMove(canvas, canvas.row_point(pane.sketch.row_of(kt02)).toPoint())
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[-1].startswith("Giải ngân vốn đầu tư công\n")
    assert "48,7%" in shown[-1]
    assert not pane.has_charts()
