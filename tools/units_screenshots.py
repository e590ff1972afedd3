"""Screenshots of the Units screen (list and matrix) and the receive dialog with differences.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/units_screenshots.py DB FOLDER [--out DIR]

DB: a database with units, their plans and received figures; the packages in FOLDER are shown in the receive
dialog (checked, not applied)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from nxdesk.report.fonts import register_bundled_fonts  # noqa: E402
from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.ui.i18n import install_translator  # noqa: E402


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def shoot(widget, out: Path, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    settle()
    widget.grab().save(str(out))
    print("wrote", out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("packages")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    register_bundled_fonts()
    install_translator("vi")
    from nxdesk.ui.dialogs.receive_dialog import ReceiveDialog
    from nxdesk.ui.dialogs.units_dialog import UnitsDialog

    out = Path(args.out)
    db = open_db(Path(args.db))
    dialog = UnitsDialog(db, 2024, 9)
    shoot(dialog, out / "units.png", (1300, 620))
    dialog.tabs.setCurrentIndex(1)
    shoot(dialog, out / "units-matrix.png", (1366, 700))
    dialog.close()
    receive = ReceiveDialog(db, sorted(Path(args.packages).glob("*.nxpkg")))
    shoot(receive, out / "receive-differences.png", (1100, 600))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
