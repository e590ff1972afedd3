"""Regenerate every screenshot in docs/screenshots/ from the demo data.

Run from the repository root, under Xvfb (the committed PNGs come from there)::

    make resources/i18n/nxdesk_vi.qm      # optional: nxdesk/ui/i18n.py compiles it on the fly otherwise
    Xvfb :97 -screen 0 1920x1080x24 &
    DISPLAY=:97 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py [--out docs/screenshots]
    kill %1

``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py`` needs no X server and renders the
same fonts and glyphs; only the highlight of the focused widget / selected row differs by a few pixels
(an offscreen window is never the active one). The report pages need ``pdftoppm`` (poppler-utils).

Reproducible: everything happens in $TMPDIR/nxdesk-screenshots (emptied first; its path shows in the
status bar and the backup dialog): a fresh database loaded with ``nxdesk.demo.load_demo``, an INI
QSettings and XDG_CONFIG_HOME there, so the user's database and settings are never touched. The store's
clock, the backup times and the document date are fixed; every prompt goes to a silent fake.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = Path(tempfile.gettempdir()) / "nxdesk-screenshots"  # a fixed path: it shows in the pictures
shutil.rmtree(TMP, ignore_errors=True)
TMP.mkdir(parents=True)
os.environ["XDG_CONFIG_HOME"] = str(TMP / "config")  # before Qt reads anything
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from nxdesk.demo import load_demo  # noqa: E402
from nxdesk.report.fonts import register_bundled_fonts  # noqa: E402
from nxdesk.report.pdf import export_pdf  # noqa: E402
from nxdesk.store import entries  # noqa: E402
from nxdesk.store.backup import backup_now  # noqa: E402
from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.store.sectors import sector_id  # noqa: E402
from nxdesk.store.settings import load_settings, save_settings  # noqa: E402
from nxdesk.store.targets import target_id  # noqa: E402
from nxdesk.ui.dialog_service import DialogService, set_dialogs  # noqa: E402
from nxdesk.ui.fonts import choose_ui_font  # noqa: E402
from nxdesk.ui.i18n import install_translator  # noqa: E402

YEAR, MONTHS = 2024, 9
DOC_DATE = date(2024, 10, 8)
CLOCK = ["2024-10-01T08:30:00"]  # what the store writes as "now" (imports, edits): fixed for the pictures
entries.now = lambda: CLOCK[0]


class Silent(DialogService):
    """Answers every prompt with nothing (cancel / no), without showing anything."""

    def info(self, *a, **k):
        print("prompt (info):", a[1:], file=sys.stderr)

    warning = error = info

    def confirm(self, *a, **k):
        return False

    def ask_text(self, *a, **k):
        return None

    choose = choose_action = open_file = save_file = ask_form = ask_text


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def shoot(widget: QWidget, out: Path, name: str, size: tuple[int, int] | None = None, *, close=True) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    settle()
    widget.grab().save(str(out / name))
    print("wrote", out / name)
    if close:
        widget.close()
        widget.deleteLater()
        settle(3)


def new_db(name: str, demo: bool = True):
    path = TMP / name
    db = open_db(path)
    if demo:
        load_demo(db)
    return db, path


def main_window(db, path, out: Path) -> None:
    from nxdesk.ui.main_window import MainWindow

    settings = QSettings(str(TMP / "window.ini"), QSettings.IniFormat)
    window = MainWindow(db, path, settings=settings)
    window.resize(1600, 900)
    window.show()
    for _ in range(200):
        if window.chart is not None:
            break
        settle(1)
    settle()
    window.go_to(YEAR, MONTHS, sector_id(db, "Kinh tế"))
    window.grid.select_target(target_id(db, "KT01"))
    shoot(window, out, "main-window.png")


def charts(db, out: Path) -> None:
    from nxdesk.ui.chart.pane import ChartPane

    pane = ChartPane(db)
    pane.set_context(YEAR, MONTHS, sector_id(db, "Kinh tế"))
    pane.select_target(target_id(db, "KT01"))
    views = [("chart-progress.png", 820), ("chart-all-sectors.png", 1240), ("chart-trend.png", 820)]
    for index, (name, height) in enumerate(views):  # all sectors: tall enough to show every sector
        pane.show_view(index)
        shoot(pane, out, name, (520, height), close=index == 2)


def dialogs(db, path, out: Path) -> None:
    from nxdesk.ui.dialogs.backup_dialog import BackupDialog
    from nxdesk.ui.dialogs.history_dialog import HistoryDialog
    from nxdesk.ui.dialogs.plan_editor import PlanEditorDialog
    from nxdesk.ui.dialogs.settings_dialog import SettingsDialog
    from nxdesk.ui.dialogs.summary_dialog import SummaryDialog

    shoot(PlanEditorDialog(db, YEAR), out, "plan-editor.png", (1400, 800))
    shoot(SettingsDialog(db), out, "settings.png")
    summary = SummaryDialog(db, YEAR, MONTHS)
    summary.set_document_date(DOC_DATE)
    shoot(summary, out, "summary-dialog.png", (1400, 850), close=False)
    summary.tabs.setCurrentIndex(1)
    shoot(summary, out, "narrative.png")

    kt01 = target_id(db, "KT01")
    before = entries.get_entry(db, kt01, YEAR, MONTHS)
    CLOCK[0] = "2024-10-02T09:15:00"
    entries.set_entry(db, kt01, YEAR, MONTHS, value=before.value * 0.98, note="Số ước tính của Chi cục Thuế")
    CLOCK[0] = "2024-10-03T14:40:00"
    entries.set_entry(db, kt01, YEAR, MONTHS, value=before.value, status="official", note="Số chính thức")
    shoot(HistoryDialog(db, kt01, YEAR, MONTHS), out, "history.png")  # dialogs at their own size

    backup_now(db, path, "manual", when=datetime(2024, 10, 7, 16, 30))
    backup_now(db, path, "manual", when=datetime(2024, 10, 8, 8, 5))
    shoot(BackupDialog(db, path), out, "backups.png")


def first_run(out: Path) -> None:
    from nxdesk.ui.main_window import MainWindow

    db, path = new_db("empty.db", demo=False)
    settings = QSettings(str(TMP / "empty.ini"), QSettings.IniFormat)
    shoot(MainWindow(db, path, settings=settings), out, "first-run.png", (1600, 900))


def reports(db, out: Path) -> None:
    for style in ("party", "state"):
        settings = load_settings(db)
        settings.document_style = style
        if style == "state":
            settings.parent_body, settings.issuing_body = "UBND tỉnh Thanh Hóa", "UBND huyện Như Xuân"
        save_settings(db, settings)
        pdf = TMP / f"report-{style}.pdf"
        export_pdf(db, YEAR, MONTHS, pdf, DOC_DATE)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(TMP / style)],
            check=True,
        )
        (TMP / f"{style}.png").replace(out / f"report-{style}.png")
        print("wrote", out / f"report-{style}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("nxdesk-screenshots")
    app.setApplicationName("nxdesk-screenshots")
    register_bundled_fonts()
    choose_ui_font(app)
    install_translator("vi")
    set_dialogs(Silent())
    db, path = new_db("nxdesk.db")
    main_window(db, path, args.out)
    charts(db, args.out)
    dialogs(db, path, args.out)
    first_run(args.out)
    reports(db, args.out)
    print("font:", app.font().family(), "platform:", app.platformName(), "temp:", TMP)
    return 0


if __name__ == "__main__":
    sys.exit(main())
