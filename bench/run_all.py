"""Run every benchmark of bench/ in one go, side by side on the same machine (`make bench`).

Each prints its figures, the target it is measured against and the ratio; bench/README.md keeps the latest
figures with the machine they were measured on. None of this is part of the pass/fail tests.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "bench_startup.py",
    "startup_enums.py",
    "bench_window.py",
    "bench_scale.py",
    "bench_pdf_export.py",
    "bench_import_stream.py",
    "bench_frozen.py",
)


def machine() -> str:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or platform.machine(),
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def main() -> int:
    print(f"nxdesk benchmarks on {machine()}\n")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / name)], env=env).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
