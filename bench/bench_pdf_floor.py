"""Where the PDF export's time goes against LibreOffice's, as whole processes timed in turns: the bare
interpreter, importing PySide6's QtGui, Qt alone printing the finished document (``pdf_floor.py``: the
same HTML, laid out once and painted, no nxdesk code), ``nxdesk export --format pdf`` and LibreOffice
converting the same table (skipped when it is not installed). Each is printed as a share of LibreOffice's
time: what Qt alone takes is the least any export through QTextDocument can take.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pdf_export import MONTHS, RUNS, YEAR, _headless_env, _nxdesk  # noqa: E402
from common import report  # noqa: E402

HERE = Path(__file__).resolve().parent


def _printed_html(db: Path, html: Path) -> None:
    """The HTML of the document the export prints (the last one laid out), written to ``html``."""
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from nxdesk.report import pdf\n"
        "from nxdesk.report.table import build_table\n"
        "from nxdesk.store.db import open_db\n"
        "from nxdesk.store.settings import load_settings\n"
        "from nxdesk.store.summary import load_summary\n"
        "seen = []\n"
        "build = pdf.build_document\n"
        "pdf.build_document = lambda html, *a: seen.append(html) or build(html, *a)\n"
        "db = open_db(sys.argv[1], read_only=True)\n"
        "settings = load_settings(db)\n"
        f"table = build_table(load_summary(db, {YEAR}, {MONTHS}), settings)\n"
        "pdf.render_pdf(table, settings, date(2024, 10, 8), sys.argv[2] + '.pdf')\n"
        "open(sys.argv[2], 'w', encoding='utf-8').write(seen[-1])\n"
    )
    env = {**_headless_env(), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script, str(db), str(html)], env=env, check=True)


def main() -> int:
    env = _headless_env()
    with tempfile.TemporaryDirectory(prefix="nxdesk-bench-floor-") as tmp_name:
        tmp = Path(tmp_name)
        db = tmp / "demo.db"
        subprocess.run(_nxdesk(db, "demo"), env=env, check=True, capture_output=True)
        html = tmp / "printed.html"
        _printed_html(db, html)
        period = ["--year", YEAR, "--months", MONTHS]
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import PySide6.QtGui": [sys.executable, "-c", "import PySide6.QtGui"],
            "Qt alone prints the document (pdf_floor.py)": [
                sys.executable,
                str(HERE / "pdf_floor.py"),
                str(html),
                str(tmp / "floor.pdf"),
            ],
            "nxdesk export --format pdf": _nxdesk(
                db, "export", *period, "--format", "pdf", "-o", str(tmp / "x.pdf"), "--date", "2024-10-08"
            ),
        }
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is not None:
            xlsx = tmp / "bieu.xlsx"
            subprocess.run(
                _nxdesk(db, "export", *period, "--format", "xlsx", "-o", str(xlsx)),
                env=env,
                check=True,
                capture_output=True,
            )
            commands["LibreOffice converts the xlsx"] = [
                soffice,
                f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp / "lo"),
                str(xlsx),
            ]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for cmd in commands.values():  # warm-up
            subprocess.run(cmd, env=env, check=True, capture_output=True)
        for round_ in range(RUNS):
            names = list(commands) if round_ % 2 == 0 else list(reversed(commands))
            for name in names:
                start = time.perf_counter()
                subprocess.run(commands[name], env=env, check=True, capture_output=True)
                times[name].append(time.perf_counter() - start)
        medians = {name: statistics.median(t) for name, t in times.items()}
        theirs = medians.get("LibreOffice converts the xlsx")
        for name, seconds in medians.items():
            share = f"{seconds / theirs:.2f} of LibreOffice" if theirs else ""
            report(name, f"{seconds * 1000:.0f} ms", share)
        report("load average", f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
