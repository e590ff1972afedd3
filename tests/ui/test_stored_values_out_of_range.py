"""A figure stored beyond what nxdesk accepts (1e30, an infinity written straight into SQLite) shows as an
error cell with its reason; the window, its chart and the summary dialog open; typing or pasting such a figure
is refused with a Vietnamese message."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from nxdesk.store.sectors import sector_id
from nxdesk.ui.models.entry_cells import ERROR_BG
from nxdesk.ui.models.entry_model import COL_LAST_YEAR, COL_PCT_PLAN, COL_VALUE, WarningRole

from .test_entry_grid import index_of, type_into, value_of


def _store_straight(db_path, code, value, year=2024, months=9):
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE entries SET value = ? WHERE year = ? AND months = ? "
            "AND target_id = (SELECT id FROM targets WHERE code = ?)",
            (value, year, months, code),
        )


@pytest.fixture
def damaged(demo_db, db_path):
    demo_db.conn.commit()
    _store_straight(db_path, "KT01", 1e30)
    _store_straight(db_path, "KT02", float("inf"))
    _store_straight(db_path, "KT01", float("-inf"), year=2023)
    return db_path


@pytest.fixture
def window(qtbot, demo_db, damaged, tmp_path, fake_dialogs, vietnamese):
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(demo_db, damaged, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.go_to(2024, 9, sector_id(demo_db, "Kinh tế"))
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_stored_value_that_cannot_be_shown_is_an_error_cell(qtbot, window):
    w = window
    for code, col in (("KT01", COL_VALUE), ("KT02", COL_VALUE), ("KT01", COL_LAST_YEAR)):
        cell = index_of(w, code, col)
        assert cell.data() == "#NUM!"
        assert cell.data(Qt.BackgroundRole).color() == ERROR_BG
        assert "không hiển thị được" in cell.data(WarningRole)
        assert "không hiển thị được" in cell.data(Qt.ToolTipRole)
    assert "%" not in index_of(w, "KT01", COL_PCT_PLAN).data()  # no percentage computed from it
    assert index_of(w, "KT05", COL_VALUE).data() == "12.100,1"  # the other figures are untouched


def test_the_chart_pane_opens_on_such_figures(qtbot, window):
    qtbot.waitUntil(lambda: window.chart is not None, timeout=15000)
    window.chart.set_context(2024, 9, sector_id(window.db, "Kinh tế"))
    window.chart.refresh()
    qtbot.wait(50)


def test_a_real_figure_typed_over_it_replaces_it(qtbot, window):
    w = window
    editor = type_into(qtbot, w, "KT01", COL_VALUE, "1401,351", key=None)
    assert editor.text() == "1401,351"  # the editor does not start from #NUM!
    qtbot.keyClick(editor, Qt.Key_Return)
    assert value_of(w.db, "KT01") == pytest.approx(1401.351)
    assert index_of(w, "KT01", COL_VALUE).data() == "1.401,351"


def test_the_summary_dialog_opens(qtbot, window):
    from nxdesk.ui.dialogs.summary_dialog import SummaryDialog

    dialog = SummaryDialog(window.db, 2024, 9)
    qtbot.addWidget(dialog)
    assert "#NUM!" in dialog.view.text()


def test_typing_a_figure_beyond_ten_to_the_fifteen_is_refused(qtbot, window):
    w = window
    before = value_of(w.db, "KT05")
    editor = type_into(qtbot, w, "KT05", COL_VALUE, "10000000000000000000000000")
    assert w.grid.is_editing() and w.grid.open_editor() is editor
    assert value_of(w.db, "KT05") == before
    assert "quá lớn" in w.banner.text()
    editor.setText("12")
    qtbot.keyClick(editor, Qt.Key_Return)


def test_pasting_one_is_refused_and_writes_nothing(qtbot, window):
    w = window
    before = [value_of(w.db, c) for c in ("KT06", "KT06a")]
    w.grid.setCurrentIndex(index_of(w, "KT06", COL_VALUE))
    assert not w.grid.paste_text("1.234,5\n" + "9" * 400 + "\n")
    assert [value_of(w.db, c) for c in ("KT06", "KT06a")] == before
    assert "Chưa dán gì" in w.banner.text()


def test_the_application_opens_its_window_and_chart_on_such_a_file(damaged):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NXDESK_REPORT_PAINT": "1",
        "NXDESK_QUIT_AFTER_MS": "60000",
    }
    result = subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(damaged), "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first-paint", "chart-ready"]
    assert "Traceback" not in result.stderr
