"""The frozen build's start: ``dist/nxdesk/nxdesk-cli gui`` on the demo against the frozen bare window
(``dist/bare-window/``, from bench/bare_window.spec), first paint offscreen and the window mapped on Xvfb,
runs alternating, medians. Build both first (``make bench-frozen``); without them this says so and stops."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import xmap  # noqa: E402
from bench_startup import timings  # noqa: E402
from common import report, window_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
APP = ROOT / "dist" / "nxdesk" / "nxdesk-cli"
BARE = ROOT / "dist" / "bare-window" / "bare-window"


def main() -> None:
    if not (APP.exists() and BARE.exists()):
        print(f"(no frozen builds: {APP} and {BARE} — run `make bench-frozen`)")
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = window_env(tmp)
        db = tmp / "demo.db"
        subprocess.run([str(APP), "--db", str(db), "demo"], check=True, env=env, capture_output=True)
        app_env = {**env, "NXDESK_REPORT_PAINT": "1"}
        app_cmd, bare_cmd = [str(APP), "--db", str(db), "gui"], [str(BARE)]
        timings(bare_cmd, env, ("first-paint",))
        timings(app_cmd, app_env, ("first-paint",))
        bare, paint = [], []
        for _ in range(RUNS):
            bare.append(timings(bare_cmd, env, ("first-paint",))["first-paint"])
            paint.append(timings(app_cmd, app_env, ("first-paint",))["first-paint"])
        b, p = statistics.median(bare), statistics.median(paint)
        report("frozen bare window, first paint", f"{b * 1000:.0f} ms")
        report(
            "frozen nxdesk (demo, grid filled), first paint",
            f"{p * 1000:.0f} ms",
            "≤ 1.5× bare",
            f"{p / b:.2f}× bare — {'met' if p / b <= 1.5 else 'missed'}",
        )
        if not xmap.available():
            return
        with xmap.xvfb() as display:
            xmap.time_to_map(bare_cmd, env, display, ROOT)
            bare, mapped = [], []
            for _ in range(RUNS):
                bare.append(xmap.time_to_map(bare_cmd, env, display, ROOT))
                mapped.append(xmap.time_to_map(app_cmd, app_env, display, ROOT))
        b, m = statistics.median(bare), statistics.median(mapped)
        report("frozen bare window mapped on Xvfb", f"{b * 1000:.0f} ms")
        report(
            "frozen nxdesk mapped on Xvfb",
            f"{m * 1000:.0f} ms",
            "≤ 1.5× bare",
            f"{m / b:.2f}× bare — {'met' if m / b <= 1.5 else 'missed'}",
        )


if __name__ == "__main__":
    main()
