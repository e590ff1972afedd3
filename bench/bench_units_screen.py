"""The Units screen's matrix at a province's scale (170 units × 40 targets, every figure received): the
matrix filled and its table painted, and the whole screen opened on the matrix tab, painted.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_units_screen.py``. Each figure is the median of 7, the
matrix's data computed afresh each time (what the store keeps between showings is dropped first)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_units import build, packages  # noqa: E402
from bench.common import timed  # noqa: E402
from nxdesk.interchange.receive import receive  # noqa: E402


def forget() -> None:
    """Drop whatever the store keeps of a matrix between showings."""
    from nxdesk.store import unit_summary

    for name in ("_CACHE", "_LAST"):
        getattr(unit_summary, name).clear()
    try:
        from nxdesk.store import unit_matrix
    except ImportError:  # a tree without the screen's own matrix
        return
    unit_matrix._LAST.clear()


def main() -> None:
    from nxdesk.ui.dialogs.units_dialog import UnitsDialog

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = build(tmp / "matrix.db", 40)
        (tmp / "in").mkdir()
        packages(tmp / "in", 40)
        receive(db, [tmp / "in"])
        dialog = UnitsDialog(db, 2024, 9)
        dialog.tabs.setCurrentIndex(1)
        dialog.show()
        app.processEvents()

        def refill() -> None:
            forget()
            dialog._fill_matrix()
            dialog.matrix.viewport().repaint()

        def paint() -> None:
            dialog.matrix.viewport().repaint()

        def open_screen() -> None:
            forget()
            screen = UnitsDialog(db, 2024, 9)
            screen.tabs.setCurrentIndex(1)
            screen.show()
            screen.matrix.viewport().repaint()
            screen.close()
            screen.deleteLater()
            app.processEvents()

        for _ in range(2):
            filled = timed(refill, repeat=7)
            painted = timed(paint, repeat=7)
            opened = timed(open_screen, repeat=7)
            print(
                f"units screen 170 × 40: matrix filled and painted {filled * 1000:.1f} ms (of which the"
                f" table's paint alone {painted * 1000:.1f} ms), screen opened on the matrix and painted"
                f" {opened * 1000:.1f} ms (medians)"
            )
        dialog.close()


if __name__ == "__main__":
    main()
