"""A commune's clerk imports the province's "Giao chỉ tiêu" package through the window, into a real empty
database: the window shows what the package sets up, imports it on confirmation, and the grid then shows the
targets with their "KH tỉnh giao"; a refused or declined package leaves the database as it was."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QSettings, Qt

from nxdesk.demo import load_demo
from nxdesk.interchange.assign import write_assignments
from nxdesk.store.db import open_db
from nxdesk.store.settings import load_settings
from nxdesk.store.targets import target_id
from nxdesk.store.units import add_unit
from nxdesk.ui.models.entry_model import COL_PLAN_UPPER

from .test_entry_grid import index_of


@pytest.fixture
def packages(tmp_path):
    """The province's two assignment packages for 2024 (a commune's, with its own plan for KT01, and a
    ward's), written by a province database of its own."""
    province = open_db(tmp_path / "tinh.db")
    assert load_demo(province).ok
    add_unit(province, "16279", "Xã Như Xuân")
    add_unit(province, "14755", "Phường Hạc Thành", "phuong")
    kt01 = target_id(province, "KT01")
    province.execute(
        "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (1, ?, 2024, '300,5')", [kt01]
    )
    province.conn.commit()
    folder = tmp_path / "giao"
    folder.mkdir()
    written = write_assignments(province, 2024, folder)
    province.conn.close()
    return written


def open_window(qtbot, db, db_path, tmp_path):
    from nxdesk.ui.main_window import MainWindow

    w = MainWindow(db, db_path, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def dump(db):
    return list(db.conn.iterdump())


def test_the_window_imports_the_assignment_and_the_grid_shows_the_province_plan(
    qtbot, db, db_path, tmp_path, packages, fake_dialogs, vietnamese
):
    w = open_window(qtbot, db, db_path, tmp_path)
    assert w.act_assigned in w.menuBar().actions()[3].menu().actions()  # Đơn vị menu
    fake_dialogs.answers = [str(packages[0]), True, None]
    w.act_assigned.trigger()
    kinds = [kind for kind, _, _ in fake_dialogs.shown]
    assert kinds == ["open_file", "confirm", "info"]
    assert fake_dialogs.shown[0][1] == "Nhận gói chỉ tiêu được giao"
    shown = fake_dialogs.shown[1][2]
    assert "2024" in shown and "Xã Như Xuân (16279)" in shown
    assert "KH tỉnh giao" in shown and "KT01 Thu ngân sách: 300,5 tỷ đồng" in shown
    assert "Cơ quan trở thành: Xã." in shown  # the level the office takes

    # in the database: the year's targets and the plan assigned, the office's identity and level
    sql = "SELECT p.expression FROM plans p JOIN targets t ON t.id = p.target_id WHERE t.code = 'KT01'"
    assert db.execute(sql).fetchall() == [("300,5",)]
    assert load_settings(db).level == "xa"
    # in the window: the year shown, the grid's KH tỉnh giao column holding the province's plan
    assert w.year == 2024 and w.year_box.currentText() == "2024"
    model = w.grid.entry_model
    assert model.headerData(COL_PLAN_UPPER, Qt.Horizontal) == "KH tỉnh giao"
    assert index_of(w, "KT01", COL_PLAN_UPPER).data() == "300,5"


def test_a_refused_or_declined_package_leaves_the_database_unchanged(
    qtbot, db, db_path, tmp_path, packages, fake_dialogs, vietnamese
):
    w = open_window(qtbot, db, db_path, tmp_path)
    before = dump(db)
    with zipfile.ZipFile(packages[0]) as z:
        manifest, rows = json.loads(z.read("manifest.json")), z.read("rows.csv")
    tampered = tmp_path / "sua.nxpkg"
    with zipfile.ZipFile(tampered, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("rows.csv", rows.replace(b"300,5", b"30,5"))
    fake_dialogs.answers = [str(tampered)]
    w.act_assigned.trigger()
    kind, _, text = fake_dialogs.shown[-1]
    assert kind == "error" and text.startswith("Chưa ghi gì vào dữ liệu")
    assert "sua.nxpkg: số liệu trong gói không khớp mã sha256" in text and dump(db) == before

    figures = tmp_path / "so-lieu.nxpkg"  # a figures package is not an assignment
    manifest = {**manifest, "kind": "figures", "months": 9, "counts": {"estimate": 0, "official": 0}}
    with zipfile.ZipFile(figures, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("rows.csv", rows)
    fake_dialogs.answers = [str(figures)]
    w.act_assigned.trigger()
    kind, _, text = fake_dialogs.shown[-1]
    assert kind == "error" and "so-lieu.nxpkg" in text and dump(db) == before

    fake_dialogs.answers = [str(packages[0]), False]  # shown, then declined
    w.act_assigned.trigger()
    assert fake_dialogs.shown[-1][0] == "confirm" and dump(db) == before
    assert w.year_box.count() == 0  # still no year: the first-run page
