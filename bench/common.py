"""Helpers shared by the benchmarks: timing, a generated large store, printing figures."""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

from nxdesk.domain.targets import Status
from nxdesk.store.db import open_db

SECTORS = (
    "Kinh tế",
    "Văn hóa - Xã hội",
    "Môi trường",
    "Quốc phòng - An ninh",
    "Xây dựng Đảng và hệ thống chính trị",
)


def window_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment a benchmark starts a window in: offscreen unless told otherwise, settings and data
    in ``tmp`` (never the user's)."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        **extra,
    }


def timed(fn, repeat: int = 5) -> float:
    """Median seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_steps(step, runs: int) -> float:
    """Median seconds of ``step(i)`` for i in range(runs) (each call may do something different)."""
    times = []
    for i in range(runs):
        start = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_store(
    path: Path, years: int, targets: int, cutoffs: int = 12, first_year: int = 2005, seed: int = 1
):
    """A store of ``years`` × ``targets`` × ``cutoffs`` entries, written with plain SQL in one transaction
    (the benchmark measures reading it, not building it)."""
    rng = random.Random(seed)
    db = open_db(path)
    with db.atomic():
        for position, name in enumerate(SECTORS, start=1):
            db.execute("INSERT INTO sectors (name, position) VALUES (?, ?)", [name, position])
        for t in range(1, targets + 1):
            sector = (t - 1) % len(SECTORS) + 1
            kind = "flow" if t % 3 else "level"
            db.execute(
                "INSERT INTO targets (id, code, name, unit, kind, direction, sector_id, position)"
                " VALUES (?, ?, ?, ?, ?, 'up', ?, ?)",
                [t, f"T{t:04d}", f"Chỉ tiêu số {t}", "tấn", kind, sector, t],
            )
        for y in range(first_year, first_year + years):
            for t in range(1, targets + 1):
                plan = rng.uniform(100, 10000)
                db.execute("INSERT INTO target_years (target_id, year) VALUES (?, ?)", [t, y])
                db.execute(
                    "INSERT INTO plans VALUES (?, ?, 'own', ?)", [t, y, f"{plan:.1f}".replace(".", ",")]
                )
                rows = [
                    (
                        t,
                        y,
                        m,
                        plan * m / 12 * rng.uniform(0.6, 1.3),
                        str(Status.OFFICIAL),
                        None,
                        "2024-01-01T00:00:00",
                    )
                    for m in range(12 - cutoffs + 1, 13)
                ]
                db.conn.executemany(
                    "INSERT INTO entries (target_id, year, months, value, status, note, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
    return db


def report(name: str, value: str, target: str = "", verdict: str = "") -> None:
    print(f"{name:<58} {value:>16}  {target:<22} {verdict}")
