"""The window at work, offscreen, on generated stores:
- one cell commit, from Enter to the row durable on disk (synchronous=FULL) and the chart redrawn and
  painted —
  target median ≤ 15 ms;
- switching sector and switching period on a year of 60 targets, as a click in the sector list and a choice
  in the period box do — target ≤ 50 ms (median, painted);
- peak memory of the window (chart included) on a store of 20 years × 120 targets × 12 cut-offs — ≤ 250 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import build_store, report, timed_steps  # noqa: E402


def _window(db, path: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nxdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(db, path, settings=settings)
    window.resize(1600, 900)
    window.show()
    deadline = time.perf_counter() + 10
    while window.chart is None and time.perf_counter() < deadline:
        app.processEvents()
    return app, window


def _settle(app) -> None:
    app.processEvents()  # the repaint of the grid and the chart


def commit_and_switch(tmp: Path) -> None:
    from nxdesk.store.sectors import list_sectors
    from nxdesk.ui.models.entry_model import COL_VALUE

    db = build_store(tmp / "sixty.db", years=2, targets=60, first_year=2024)
    app, w = _window(db, tmp / "sixty.db")
    sectors = [s.id for s in list_sectors(db)]
    w.go_to(2025, 9, sectors[0])
    _settle(app)
    model = w.grid.entry_model

    def commit_one(i: int) -> None:
        assert model.setData(model.index(i % model.rowCount(), COL_VALUE), f"{1000 + i},5")
        _settle(app)

    commit = timed_steps(commit_one, 100)
    report(
        "one cell commit → durable (FULL) + chart redrawn",
        f"{commit * 1000:.1f} ms",
        "median ≤ 15 ms",
        "met" if commit <= 0.015 else "missed",
    )

    def switch_sector(i: int) -> None:  # as a click in the sector list does
        w.sectors.choose(sectors[(i + 1) % len(sectors)], signal=True)
        _settle(app)

    s = timed_steps(switch_sector, 60)
    report(
        "switch sector (60-target year, 12 a sector)",
        f"{s * 1000:.1f} ms",
        "≤ 50 ms",
        "met" if s <= 0.05 else "missed",
    )

    w.sectors.choose(sectors[0], signal=True)
    boxes = {w.period_box.itemData(i): i for i in range(w.period_box.count())}

    def switch_period(i: int) -> None:  # as a choice in the period box does
        w.period_box.setCurrentIndex(boxes[(6, 9, 12)[i % 3]])
        _settle(app)

    p = timed_steps(switch_period, 60)
    report(
        "switch period (60-target year)", f"{p * 1000:.1f} ms", "≤ 50 ms", "met" if p <= 0.05 else "missed"
    )
    w.close()
    db.conn.close()


def memory_child(path: str) -> None:
    """In a child process: open the window and its chart on the large store, look around, print peak RSS."""
    import resource

    from nxdesk.store.db import open_db
    from nxdesk.store.sectors import list_sectors

    db = open_db(path)
    app, w = _window(db, Path(path))
    for months in (3, 6, 9, 12):
        for sector in list_sectors(db):
            w.go_to(2024, months, sector.id)
            _settle(app)
    w.chart.set_context(2024, 9, None)
    _settle(app)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)  # KiB on Linux -> MiB


def memory(tmp: Path) -> None:
    path = tmp / "large.db"
    build_store(path, years=20, targets=120).conn.close()
    out = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp)},
    )
    mb = int(out.stdout.strip().splitlines()[-1])
    report(
        "peak memory, window + chart, 20 y × 120 targets × 12",
        f"{mb} MB",
        "≤ 250 MB",
        "met" if mb <= 250 else "missed",
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        os.environ["XDG_CONFIG_HOME"] = d
        commit_and_switch(Path(d))
        memory(Path(d))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory-child":
        memory_child(sys.argv[2])
    else:
        main()
