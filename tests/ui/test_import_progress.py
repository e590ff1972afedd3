"""A long import shows a progress bar in the window while it checks and writes, then removes it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nxdesk.store.targets import target_id
from nxdesk.ui import import_export
from nxdesk.ui.dialog_service import DialogService


def test_a_long_import_shows_how_far_it_is(demo_db, tmp_path, fake_dialogs, monkeypatch):
    path = tmp_path / "long.csv"
    rows = "".join(f"N{n:04d},Mới {n},ha,2024,9,{n},official\n" for n in range(2_000))
    path.write_text("code,name,unit,year,months,value,status\n" + rows, encoding="utf-8")
    monkeypatch.setattr(import_export, "LONG_IMPORT_BYTES", path.stat().st_size)
    fake_dialogs.answers = [str(path)]
    chosen = import_export.choose_import(None, demo_db)  # checked first, for the preview
    assert chosen == str(path) and target_id(demo_db, "N1999") is None
    assert import_export.import_figures(None, demo_db, chosen)
    kinds = [kind for kind, *_ in fake_dialogs.shown]
    assert kinds == ["open_file", "progress", "progress closed", "progress", "progress closed", "info"]
    assert [text for kind, _, text in fake_dialogs.shown if kind == "progress"] == [
        "Checking long.csv…",
        "Checking and writing long.csv…",
    ]
    assert fake_dialogs.fractions == sorted(fake_dialogs.fractions) and fake_dialogs.fractions[-1] == 1.0
    assert target_id(demo_db, "N1999") is not None


def test_a_short_import_shows_no_progress_bar(demo_db, tmp_path, fake_dialogs):
    path = tmp_path / "short.csv"
    path.write_text("code,name,unit,year,months,value\nN1,Mới,ha,2024,9,5\n", encoding="utf-8")
    fake_dialogs.answers = [str(path)]
    assert import_export.import_figures(None, demo_db, import_export.choose_import(None, demo_db))
    assert [kind for kind, *_ in fake_dialogs.shown] == ["open_file", "info"]


def test_the_progress_bar_follows_the_task(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    bar = DialogService().progress(parent, "Importing figures", "Checking and writing long.csv…")
    assert bar.dialog.isVisible() and bar.dialog.windowTitle() == "Importing figures"
    bar(0.25)
    assert bar.dialog.value() == bar.STEPS // 4
    bar(1.0)
    assert bar.dialog.value() == bar.STEPS
    bar.close()
    assert not bar.dialog.isVisible()


def test_the_first_run_import_of_a_long_table_shows_how_far_it_is(
    qtbot, db, db_path, tmp_path, fake_dialogs, monkeypatch
):
    from PySide6.QtCore import QSettings

    from nxdesk.ui.main_window import MainWindow

    path = tmp_path / "structure.csv"
    rows = "".join(f"N{n:04d},Mới {n},ha,2025,12,Kinh tế,{n + 1}\n" for n in range(1_500))
    path.write_text("code,name,unit,year,months,sector,plan_own\n" + rows, encoding="utf-8")
    monkeypatch.setattr(import_export, "LONG_IMPORT_BYTES", path.stat().st_size)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    w = MainWindow(db, db_path, settings=settings, with_chart=False)
    qtbot.addWidget(w)
    fake_dialogs.answers = [str(path)]
    assert w._first_run.import_csv()
    kinds = [kind for kind, *_ in fake_dialogs.shown]
    assert kinds[:3] == ["open_file", "progress", "progress closed"]
    assert fake_dialogs.fractions[-1] == 1.0
    assert target_id(db, "N1499") is not None
