"""Screenshots of the Units screen (list and matrix) and the receive dialog with differences.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/units_screenshots.py DB FOLDER [--out DIR]
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/units_screenshots.py --province WORKDIR [--out DIR]

DB: a database with units, their plans and received figures; the packages in FOLDER are shown in the receive
dialog (checked, not applied). ``--province`` first builds such a database in WORKDIR: a province (level
``tinh``) with the demo's targets, six communes and wards with assigned plans, five of them having sent
their 9-month figures, and a corrected package from one of them (the receive dialog's differences)."""

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


UNITS = (
    ("14755", "Phường Hạc Thành", "phuong"),
    ("16279", "Xã Như Xuân", "xa"),
    ("16282", "Xã Thượng Ninh", "xa"),
    ("14758", "Phường Quảng Phú", "phuong"),
    ("16285", "Xã Xuân Bình", "xa"),
    ("16300", "Xã Thanh Quân", "xa"),
)


def build_province(work: Path) -> tuple[Path, Path]:
    """The province's database and a folder with one corrected package."""
    import random

    from nxdesk.demo import load_demo
    from nxdesk.domain.plans import parse_optional_plan
    from nxdesk.domain.targets import default_decimals
    from nxdesk.interchange.packages import FIGURE_COLUMNS, number_text, rows_csv, write_package
    from nxdesk.interchange.receive import receive
    from nxdesk.store.settings import set_setting
    from nxdesk.store.summary import live_summary_inputs
    from nxdesk.store.units import add_unit

    work.mkdir(parents=True, exist_ok=True)
    path = work / "tinh.db"
    for leftover in work.glob("tinh.db*"):
        leftover.unlink()
    db = open_db(path)
    load_demo(db)
    set_setting(db, "level", "tinh")
    set_setting(db, "issuing_body", "Ủy ban nhân dân tỉnh Thanh Hóa")
    rng = random.Random(2024)
    items = [i for i in live_summary_inputs(db, 2024, 9) if parse_optional_plan(i.plan_upper or i.plan_own)]
    (work / "in").mkdir(exist_ok=True)
    (work / "again").mkdir(exist_ok=True)
    for old in [*(work / "in").glob("*"), *(work / "again").glob("*")]:
        old.unlink()
    for n, (code, name, level) in enumerate(UNITS):
        unit = add_unit(db, code, name, level)
        rows = []
        for i in items:
            plan = parse_optional_plan(i.plan_upper or i.plan_own).reference_value(i.direction)
            places = i.decimals if i.decimals is not None else default_decimals(i.unit)
            share = plan if i.unit.strip() in ("%", "‰") else plan / len(UNITS)
            share = round(share * rng.uniform(0.8, 1.2), places)
            if share <= 0:
                continue
            db.execute(
                "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (?, ?, 2024, ?)",
                [unit, i.target_id, number_text(share)],
            )
            pace = 1.0 if i.unit.strip() in ("%", "‰") or i.kind == "level" else 0.75
            value = round(share * pace * rng.uniform(0.45, 1.7), places)
            status = "official" if rng.random() < 0.55 else "estimate"
            rows.append(
                {"code": i.code, "year": 2024, "months": 9, "value": number_text(value), "status": status}
            )
        db.conn.commit()
        if n == len(UNITS) - 1:
            continue  # the last unit has not reported
        counts = {s: sum(r["status"] == s for r in rows) for s in ("estimate", "official")}
        manifest = {"kind": "figures", "unit": {"code": code, "name": name}, "year": 2024, "months": 9,
                    "rows": len(rows), "counts": counts}  # fmt: skip
        write_package(work / "in" / f"{code}-2024-09.nxpkg", manifest, rows_csv(FIGURE_COLUMNS, rows))
        if code == "16279":
            for r in rows[:3]:
                r["value"], r["status"] = number_text(float(r["value"].replace(",", ".")) * 1.1), "official"
            counts = {s: sum(r["status"] == s for r in rows) for s in ("estimate", "official")}
            again = {**manifest, "counts": counts, "written_at": "2099-01-01T00:00:00.000000+00:00"}
            write_package(work / "again" / f"{code}-2024-09.nxpkg", again, rows_csv(FIGURE_COLUMNS, rows))
    receive(db, [work / "in"])
    db.conn.close()
    return path, work / "again"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?")
    parser.add_argument("packages", nargs="?")
    parser.add_argument("--province", metavar="WORKDIR", help="build a province's database there first")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    if args.province:
        args.db, args.packages = build_province(Path(args.province))
    elif not (args.db and args.packages):
        parser.error("give DB and FOLDER, or --province WORKDIR")
    app = QApplication(sys.argv[:1])
    register_bundled_fonts()
    install_translator("vi")
    from nxdesk.ui.dialogs.receive_dialog import ReceiveDialog
    from nxdesk.ui.dialogs.units_dialog import UnitsDialog

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
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
