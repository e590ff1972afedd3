"""The demo's 9-month PDF export as a whole process (`nxdesk --db X export --format pdf`), beside
LibreOffice's headless conversion of the same table exported as xlsx (`soffice --headless --convert-to pdf`),
in the same run. Target: nxdesk takes at most a third of LibreOffice's time.

LibreOffice is not a dependency of nxdesk: install it for this measurement only
(`apt-get install --no-install-recommends libreoffice-calc-nogui`). Without it the nxdesk time is still
printed. Both sides get one untimed warm-up run (Python bytecode, LibreOffice's user profile), then they
run in turns and the median of each is reported.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report  # noqa: E402

RUNS = 7
YEAR, MONTHS = "2024", "9"


def _headless_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def _nxdesk(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "nxdesk", "--db", str(db), *args]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, all threads) of one run of ``cmd``."""
    cpu, start = _cpu(), time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start, _cpu() - cpu


Timing = tuple[float, float]  # median wall-clock seconds, median CPU seconds


def _paired_medians(ours: list[str], theirs: list[str] | None, env: dict[str, str]) -> tuple[Timing, Timing]:
    """Medians of each command over RUNS runs, taken in turns (A B A B …) so that both see the same load
    on a shared machine; one untimed warm-up run each."""
    commands = [ours] if theirs is None else [ours, theirs]
    for cmd in commands:
        _run(cmd, env)
    runs: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(RUNS):
        for n, cmd in enumerate(commands):
            runs[n].append(_run(cmd, env))
    medians = [(statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for r in runs]
    return medians[0], (medians[1] if theirs is not None else (float("nan"), float("nan")))


def main() -> int:
    env = _headless_env()
    with tempfile.TemporaryDirectory(prefix="nxdesk-bench-pdf-") as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "demo.db"
        subprocess.run(_nxdesk(db, "demo"), env=env, check=True, capture_output=True)

        pdf = tmp / "bieu.pdf"
        export = _nxdesk(
            db,
            "export",
            "--year",
            YEAR,
            "--months",
            MONTHS,
            "--format",
            "pdf",
            "-o",
            str(pdf),
            "--date",
            "2024-10-08",
        )
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            (ours, ours_cpu), _ = _paired_medians(export, None, env)
            report("nxdesk export --format pdf (whole process, demo 9 tháng)", f"{ours * 1000:.0f} ms")
            report("LibreOffice headless conversion", "not installed", "", "skipped")
            return 0
        source = tmp / "bieu.xlsx"
        done = subprocess.run(
            _nxdesk(db, "export", "--year", YEAR, "--months", MONTHS, "--format", "xlsx", "-o", str(source)),
            env=env,
            capture_output=True,
        )
        if done.returncode != 0:  # no xlsx writer in this version: the same table as CSV
            source = tmp / "bieu.csv"
            subprocess.run(
                _nxdesk(
                    db, "export", "--year", YEAR, "--months", MONTHS, "--format", "csv", "-o", str(source)
                ),
                env=env,
                check=True,
                capture_output=True,
            )
        out_dir = tmp / "lo"
        profile = (tmp / "lo-profile").as_uri()
        convert = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        (ours, ours_cpu), (theirs, theirs_cpu) = _paired_medians(export, convert, env)
        if not (out_dir / (source.stem + ".pdf")).is_file():
            report("LibreOffice headless conversion", "no PDF written", "", "failed")
            return 1
        report(
            "nxdesk export --format pdf (whole process, demo 9 tháng)",
            f"{ours * 1000:.0f} ms",
            f"cpu {ours_cpu * 1000:.0f} ms",
        )
        report(
            f"soffice --headless --convert-to pdf ({source.suffix[1:]})",
            f"{theirs * 1000:.0f} ms",
            f"cpu {theirs_cpu * 1000:.0f} ms",
        )
        ratio = ours / theirs
        verdict = "ok" if ratio <= 1 / 3 else "SLOWER THAN TARGET"
        report("ratio nxdesk / LibreOffice, wall clock", f"{ratio:.2f}", "target ≤ 0.33", verdict)
        report(
            "ratio nxdesk / LibreOffice, CPU time",
            f"{ours_cpu / theirs_cpu:.2f}",
            f"load {os.getloadavg()[0]:.1f}",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
