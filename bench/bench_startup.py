"""Cold start: process start to the main window's first paint (demo database, the sector's grid filled),
against a bare PySide6 window on the same machine (target ≤ 1.5×), and to the chart pane painted
(target ≤ 0.6 s more than the bare window). Measured twice: offscreen, as reported by each program's first
paint, and — when Xvfb is installed — from outside, as the time until the window is mapped on an X server.
Runs alternate so both see the same machine load; medians of several runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import xmap  # noqa: E402
from common import report, window_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def timings(cmd: list[str], env: dict[str, str], labels: tuple[str, ...]) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        label = line.strip()
        if label in labels and label not in seen:
            seen[label] = time.perf_counter() - start
    proc.wait(timeout=60)
    missing = set(labels) - set(seen)
    if missing:
        raise RuntimeError(f"{cmd}: no {missing} line")
    return seen


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = window_env(tmp)
        # Measure what a clerk's start costs: bytecode compiled once, as in the frozen build (PyInstaller
        # ships compiled modules). Some machines set PYTHONDONTWRITEBYTECODE: nxdesk would recompile each run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        site_packages = sysconfig.get_paths()["purelib"]
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "nxdesk"), site_packages],
            check=False,
            env=env,
            capture_output=True,
        )
        db = tmp / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "nxdesk", "--db", str(db), "demo"],
            check=True,
            env=env,
            capture_output=True,
        )
        app_env = {**env, "NXDESK_REPORT_PAINT": "1"}
        app_cmd = [sys.executable, "-m", "nxdesk", "--db", str(db), "gui"]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        grid_cmd = [sys.executable, str(ROOT / "bench" / "grid_only_window.py"), str(db)]
        timings(bare_cmd, env, ("first-paint",))  # warm the file cache for all three
        timings(grid_cmd, env, ("first-paint",))
        timings(app_cmd, app_env, ("first-paint", "chart-ready"))
        bare, grid, paint, chart = [], [], [], []
        for _ in range(RUNS):
            bare.append(timings(bare_cmd, env, ("first-paint",))["first-paint"])
            t = timings(app_cmd, app_env, ("first-paint", "chart-ready"))
            paint.append(t["first-paint"])
            chart.append(t["chart-ready"])
            grid.append(timings(grid_cmd, env, ("first-paint",))["first-paint"])
        b, g, p, c = (statistics.median(x) for x in (bare, grid, paint, chart))
        report("bare PySide6 window, first paint", f"{b * 1000:.0f} ms")
        report(
            "nxdesk's sector list and grid alone (grid_only_window.py)",
            f"{g * 1000:.0f} ms",
            "(no target: what those two widgets cost)",
            f"{g / b:.2f}× bare",
        )
        report(
            "nxdesk main window (demo, grid filled), first paint",
            f"{p * 1000:.0f} ms",
            "≤ 1.5× bare",
            f"{p / b:.2f}× bare — {'met' if p / b <= 1.5 else 'missed'}",
        )
        report(
            "nxdesk chart pane painted",
            f"{c * 1000:.0f} ms",
            "≤ bare + 600 ms",
            f"bare + {(c - b) * 1000:.0f} ms — {'met' if c - b <= 0.6 else 'missed'}",
        )
        if not xmap.available():
            print("(Xvfb or libX11 missing: no figure for the window mapped on an X server)")
            return
        with xmap.xvfb() as display:
            xmap.time_to_map(bare_cmd, env, display, ROOT)  # warm
            bare, mapped = [], []
            for _ in range(RUNS):
                bare.append(xmap.time_to_map(bare_cmd, env, display, ROOT))
                mapped.append(xmap.time_to_map(app_cmd, app_env, display, ROOT))
        b, m = statistics.median(bare), statistics.median(mapped)
        report("bare PySide6 window mapped on Xvfb", f"{b * 1000:.0f} ms")
        report(
            "nxdesk main window mapped on Xvfb",
            f"{m * 1000:.0f} ms",
            "≤ 1.5× bare",
            f"{m / b:.2f}× bare — {'met' if m / b <= 1.5 else 'missed'}",
        )


if __name__ == "__main__":
    main()
