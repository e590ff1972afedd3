"""Units at a province's scale: receiving 170 packages of 30 targets, and building the units × targets
matrix for 170 units × 40 targets: the screen's cells (``units_matrix``) and every unit's full summary with
the roll-up (``by_unit``, for the printed and exported tables), in alternating rounds.

Run: ``python bench/bench_units.py`` (offscreen is not needed: no Qt)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SECTORS, timed  # noqa: E402
from nxdesk.interchange.packages import FIGURE_COLUMNS, rows_csv, write_package  # noqa: E402
from nxdesk.interchange.receive import receive  # noqa: E402
from nxdesk.store import unit_matrix, unit_summary  # noqa: E402
from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.store.unit_matrix import units_matrix  # noqa: E402
from nxdesk.store.unit_summary import by_unit  # noqa: E402

UNITS = 170


def build(path: Path, targets: int):
    db = open_db(path)
    with db.atomic():
        for position, name in enumerate(SECTORS, start=1):
            db.execute("INSERT INTO sectors (name, position) VALUES (?, ?)", [name, position])
        for t in range(1, targets + 1):
            db.execute(
                "INSERT INTO targets (id, code, name, unit, kind, direction, sector_id, position)"
                " VALUES (?, ?, ?, ?, ?, 'up', ?, ?)",
                [t, f"T{t:03d}", f"Chỉ tiêu {t}", "%" if t % 5 == 0 else "tấn", "flow", (t - 1) % 5 + 1, t],
            )
            db.execute("INSERT INTO target_years (target_id, year) VALUES (?, 2024)", [t])
            db.execute(
                "INSERT INTO plans (target_id, year, source, expression) VALUES (?, 2024, 'upper', '1.000')",
                [t],
            )
        for u in range(1, UNITS + 1):
            db.execute(
                "INSERT INTO units (id, code, name, level, position) VALUES (?, ?, ?, 'xa', ?)",
                [u, f"{38000 + u}", f"Xã số {u}", u],
            )
            for t in range(1, targets + 1):
                db.execute(
                    "INSERT INTO unit_plans (unit_id, target_id, year, expression) VALUES (?, ?, 2024, ?)",
                    [u, t, str(10 + u % 7)],
                )
    return db


def packages(folder: Path, targets: int) -> None:
    for u in range(1, UNITS + 1):
        rows = [
            {"code": f"T{t:03d}", "year": 2024, "months": 9, "value": f"{u % 13 + t},5", "status": "official"}
            for t in range(1, targets + 1)
        ]
        manifest = {
            "kind": "figures", "unit": {"code": f"{38000 + u}", "name": f"Xã số {u}"},
            "year": 2024, "months": 9, "rows": len(rows), "counts": {"estimate": 0, "official": len(rows)},
        }  # fmt: skip
        write_package(folder / f"{38000 + u}.nxpkg", manifest, rows_csv(FIGURE_COLUMNS, rows))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = build(tmp / "receive.db", 30)
        (tmp / "in").mkdir()
        packages(tmp / "in", 30)
        start = time.perf_counter()
        outcomes = receive(db, [tmp / "in"])
        took = time.perf_counter() - start
        assert all(o.state == "applied" for o in outcomes) and len(outcomes) == UNITS
        print(
            f"receive {UNITS} packages × 30 targets: {took * 1000:.0f} ms"
            f" ({took / UNITS * 1000:.1f} ms a package)"
        )
        start = time.perf_counter()
        again = receive(db, [tmp / "in"])
        took = time.perf_counter() - start
        assert all(o.state == "unchanged" for o in again)
        print(f"receive the same {UNITS} packages again (nothing changes): {took * 1000:.0f} ms")

        db = build(tmp / "matrix.db", 40)
        (tmp / "in40").mkdir()
        packages(tmp / "in40", 40)
        receive(db, [tmp / "in40"])
        for sector, label in ((None, "40 targets"), (1, "one sector, 8 targets")):
            for _ in range(2):  # alternating, so machine load falls on both alike
                cold = timed(lambda s=sector: (forget(), by_unit(db, 2024, 9, s)), repeat=7)
                changed = timed(lambda s=sector: (touch(db), by_unit(db, 2024, 9, s)), repeat=7)
                same = timed(lambda s=sector: by_unit(db, 2024, 9, s), repeat=7)
                print(
                    f"full summaries (by_unit) {UNITS} units × {label}: first {cold * 1000:.1f} ms,"
                    f" after one unit's figure changed {changed * 1000:.1f} ms,"
                    f" shown again unchanged {same * 1000:.2f} ms (medians)"
                )
                cold = timed(lambda s=sector: (forget(), units_matrix(db, 2024, 9, s)), repeat=7)
                changed = timed(lambda s=sector: (touch(db), units_matrix(db, 2024, 9, s)), repeat=7)
                same = timed(lambda s=sector: units_matrix(db, 2024, 9, s), repeat=7)
                print(
                    f"screen's matrix (units_matrix) {UNITS} units × {label}: first {cold * 1000:.1f} ms,"
                    f" after one unit's figure changed {changed * 1000:.1f} ms, shown again unchanged"
                    f" {same * 1000:.2f} ms (medians)"
                )


def forget() -> None:
    """Drop what the matrix keeps between calls: the next call computes every unit."""
    unit_summary._CACHE.clear()
    unit_summary._LAST.clear()
    unit_matrix._LAST.clear()


_TICK = iter(range(10**9))


def touch(db) -> None:
    """Change one unit's figure, as a package received for it would."""
    db.execute(
        "UPDATE unit_entries SET value = ? WHERE unit_id = 1 AND target_id = 1 AND months = 9", [next(_TICK)]
    )
    db.conn.commit()


if __name__ == "__main__":
    main()
