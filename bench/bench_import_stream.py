"""Import of a large CSV table, whole process (``nxdesk --db … import file.csv``), against the yardstick of a
plain ``csv`` reader + ``sqlite3.executemany`` of the same file into one table in one transaction.

Targets: 100 000 rows within 10× the yardstick's time with a peak memory (max RSS) ≤ 200 MB; a 50 MB file in
bounded memory (≤ 200 MB as well). Runs alternate nxdesk and the yardstick; medians. The 50 MB file runs
only with ``BENCH_IMPORT_LARGE=1``: today's import takes minutes on it.
"""

from __future__ import annotations

import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_IMPORT_RUNS", "3"))
TARGETS = 1200
HEADER = ["code", "name", "unit", "year", "months", "sector", "plan_own", "value", "status"]

YARDSTICK = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("CREATE TABLE rows (code, name, unit, year, months, sector, plan_own, value, status)")
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    next(reader)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reader)
    conn.execute("COMMIT")
"""


def write_csv(path: Path, rows: int = 0, size: int = 0) -> int:
    """A CSV table of ``rows`` rows (or of about ``size`` bytes); returns the number of rows."""
    written = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        while (rows and written < rows) or (size and f.tell() < size):
            t, rest = written % TARGETS, written // TARGETS
            year, months = 1990 + rest // 12, rest % 12 + 1
            w.writerow(
                [
                    f"T{t:05d}",
                    f"Chỉ tiêu {t}",
                    "tấn",
                    year,
                    months,
                    f"Lĩnh vực {t % 5}",
                    "1.000,5",
                    f"{(written % 997) + 0.25:.2f}".replace(".", ","),
                    "official",
                ]
            )
            written += 1
    return written


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        assert proc.stderr is not None
        raise RuntimeError(f"{cmd}: exit {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def fresh(db: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return db


def compare(tmp: Path, csv_path: Path, runs: int, env: dict[str, str]) -> tuple[float, float, float, float]:
    """Medians of (nxdesk seconds, nxdesk MB, yardstick seconds, yardstick MB), runs alternating."""
    ours, base = [], []
    for _ in range(runs):
        db = fresh(tmp / "plain.db")
        base.append(run([sys.executable, "-c", YARDSTICK, str(csv_path), str(db)], env))
        db = fresh(tmp / "nxdesk.db")
        ours.append(run([sys.executable, "-m", "nxdesk", "--db", str(db), "import", str(csv_path)], env))
    return (
        statistics.median(t for t, _ in ours),
        statistics.median(m for _, m in ours),
        statistics.median(t for t, _ in base),
        statistics.median(m for _, m in base),
    )


def main() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env["XDG_CONFIG_HOME"], env["XDG_DATA_HOME"] = str(tmp / "config"), str(tmp / "data")
        path = tmp / "100k.csv"
        write_csv(path, rows=100_000)
        t, m, bt, bm = compare(tmp, path, RUNS, env)
        report("plain csv + sqlite3.executemany, 100,000 rows", f"{bt:.2f} s, {bm:.0f} MB")
        report(
            "nxdesk import, 100,000 rows",
            f"{t:.2f} s",
            "≤ 10× plain",
            f"{t / bt:.1f}× plain — {'met' if t / bt <= 10 else 'missed'}",
        )
        report("nxdesk import, 100,000 rows, peak memory", f"{m:.0f} MB", "≤ 200 MB", _verdict(m <= 200))
        if os.environ.get("BENCH_IMPORT_LARGE", "0") != "1":
            return
        big = tmp / "50mb.csv"
        rows = write_csv(big, size=50 * 1024 * 1024)
        t, m, bt, bm = compare(tmp, big, 1, env)
        report(f"plain csv + sqlite3.executemany, 50 MB ({rows:,} rows)", f"{bt:.2f} s, {bm:.0f} MB")
        report("nxdesk import, 50 MB", f"{t:.2f} s", "≤ 10× plain", f"{t / bt:.1f}× plain")
        report("nxdesk import, 50 MB, peak memory", f"{m:.0f} MB", "≤ 200 MB (bounded)", _verdict(m <= 200))


def _verdict(ok: bool) -> str:
    return "met" if ok else "missed"


if __name__ == "__main__":
    main()
