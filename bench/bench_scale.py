"""Summary of one period on a store of 20 years × 120 targets × 12 cut-offs, and the import of a
10,000-row CSV:
time at 1× and 10× the data, and how it grows (it must grow no worse than linearly)."""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import build_store, report, timed  # noqa: E402

from nxdesk.interchange.csv_import import import_file  # noqa: E402
from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.store.summary import load_summary  # noqa: E402


def summary_time(tmp: Path, years: int, targets: int) -> float:
    db = build_store(tmp / f"s{years}x{targets}.db", years, targets)
    last = 2005 + years - 1
    seconds = timed(lambda: load_summary(db, last, 9), repeat=7)
    db.conn.close()
    return seconds


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "unit", "year", "months", "sector", "plan_own", "value", "status"])
        targets = 120
        for i in range(rows):
            t, rest = i % targets, i // targets
            year, months = 2000 + rest // 12, rest % 12 + 1
            w.writerow(
                [
                    f"T{t:04d}",
                    f"Chỉ tiêu {t}",
                    "tấn",
                    year,
                    months,
                    f"Lĩnh vực {t % 5}",
                    "1.000,5",
                    f"{(i % 997) + 0.25:.2f}".replace(".", ","),
                    "official",
                ]
            )


def import_time(tmp: Path, rows: int) -> float:
    path = tmp / f"import{rows}.csv"
    write_csv(path, rows)

    def run() -> None:
        db_path = tmp / f"imp{rows}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        db = open_db(db_path)
        assert import_file(db, path).ok
        db.conn.close()

    return timed(run, repeat=3)


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        small, large = summary_time(tmp, 2, 120), summary_time(tmp, 20, 120)
        report("summary, 2 years × 120 targets × 12 cut-offs", f"{small * 1000:.1f} ms")
        report(
            "summary, 20 years × 120 targets × 12 cut-offs",
            f"{large * 1000:.1f} ms",
            "growth ≤ 10× (linear)",
            f"growth {large / small:.1f}× for 10× data",
        )
        i1, i10 = import_time(tmp, 1000), import_time(tmp, 10000)
        report("import, 1,000-row CSV", f"{i1 * 1000:.0f} ms")
        report(
            "import, 10,000-row CSV",
            f"{i10 * 1000:.0f} ms",
            "growth ≤ 10× (linear)",
            f"growth {i10 / i1:.1f}× for 10× data",
        )


if __name__ == "__main__":
    main()
