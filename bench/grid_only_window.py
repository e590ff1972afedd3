"""A measuring aid, not part of nxdesk: the main window's sector list and entry grid alone — nxdesk's own
widgets, filled from the demo database through the store, in a plain QMainWindow without the toolbar,
menus, keys, find bar, status line or chart — printing ``first-paint`` like the window does. It shows how
much of the first paint these two widgets and the store cost on their own (bench_startup.py)."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

app = QApplication(sys.argv[:1])

from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.store.entries import earlier_max  # noqa: E402
from nxdesk.store.sectors import list_sectors  # noqa: E402
from nxdesk.store.summary import load_summary  # noqa: E402
from nxdesk.ui.first_paint import after_first_paint  # noqa: E402
from nxdesk.ui.views.entry_grid import EntryGrid  # noqa: E402
from nxdesk.ui.views.sector_list import SectorList  # noqa: E402
from nxdesk.ui.window_views import sector_counts  # noqa: E402

YEAR, MONTHS = 2024, 9

db = open_db(sys.argv[1])
summary = load_summary(db, YEAR, MONTHS)
window = QMainWindow()
grid, sectors = EntryGrid(window), SectorList(window)
splitter = QSplitter(window)
for widget in (sectors, grid, QWidget(window)):
    splitter.addWidget(widget)
window.setCentralWidget(splitter)
shown = list_sectors(db)
counts = sector_counts(summary.rows)
sectors.set_sectors([(s.id, s.name, *counts.get(s.id, (0, 0, 0))) for s in shown], shown[0].id)
grid.entry_model.set_rows(
    [r for r in summary.rows if r.input.sector_id == shown[0].id],
    YEAR,
    MONTHS,
    earlier_max=earlier_max(db, YEAR, MONTHS),
    locked=False,
    last_year_locked=False,
    level=summary.level,
    period_rows=summary.rows,
)
window.resize(1600, 900)
after_first_paint(grid.viewport(), lambda: (print("first-paint", flush=True), window.close()), deferred=False)
window.show()
sys.exit(app.exec())
