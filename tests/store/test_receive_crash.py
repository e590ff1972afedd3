"""SIGKILL a process that is receiving packages, at random moments: the file stays sound, every package
the process reported as received is there whole, and no package is ever half applied."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from nxdesk.interchange.packages import FIGURE_COLUMNS, rows_csv, write_package
from nxdesk.store.db import open_db
from nxdesk.store.units import add_unit

KILLS = 12
UNITS = 40

WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from nxdesk.interchange.receive import receive_one
    from nxdesk.store.db import open_db

    db = open_db(Path(sys.argv[1]))
    print("ready", flush=True)
    for path in sorted(Path(sys.argv[2]).glob("*.nxpkg")):
        outcome = receive_one(db, path, accept_changes=True)
        assert outcome.state in ("applied", "unchanged"), outcome.messages
        print(outcome.state, path.name, flush=True)
    print("done", flush=True)
    """
)


def _packages(folder, codes, run):
    for u in range(UNITS):
        rows = [
            {
                "code": code,
                "year": 2024,
                "months": 9,
                "value": str(run * 1000 + u * 10 + n),
                "status": "official",
            }
            for n, code in enumerate(codes)
        ]
        manifest = {
            "kind": "figures", "unit": {"code": f"U{u:03d}", "name": f"Xã {u}"}, "year": 2024, "months": 9,
            "rows": len(rows), "counts": {"estimate": 0, "official": len(rows)},
            "written_at": f"2024-10-{run + 1:02d}T08:00:{u:02d}.000000+00:00",
        }  # fmt: skip
        write_package(folder / f"U{u:03d}.nxpkg", manifest, rows_csv(FIGURE_COLUMNS, rows))


def test_sigkill_during_receive_never_half_applies_a_package(demo_db, db_path, tmp_path):
    rng = random.Random(170)
    for u in range(UNITS):
        add_unit(demo_db, f"U{u:03d}", f"Xã {u}")
    codes = [r[0] for r in demo_db.execute("SELECT code FROM targets WHERE unit <> 'đảng viên' ORDER BY id")]
    per_package = len(codes)
    demo_db.conn.close()
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    interrupted = reported_total = 0
    for run in range(KILLS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        _packages(folder, codes, run)
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db_path), str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode in (-signal.SIGKILL, 0), err
        interrupted += proc.returncode != 0
        reported = [line.split()[1][:-6] for line in out.splitlines() if line.startswith("applied ")]
        reported_total += len(reported)
        db = open_db(db_path)
        try:
            assert [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]
            assert list(db.execute("PRAGMA foreign_key_check")) == []
            per_unit = db.execute(
                "SELECT u.code, COUNT(*), MIN(ue.value), MAX(ue.package_id) = MIN(ue.package_id)"
                " FROM unit_entries ue JOIN units u ON u.id = ue.unit_id GROUP BY u.code"
            ).fetchall()
            for code, count, _, one_package in per_unit:
                assert count == per_package and one_package, code  # whole packages only
            values = {code: lowest for code, _, lowest, _ in per_unit}
            for code in reported:  # every reported package is there
                assert values[code] == run * 1000 + int(code[1:]) * 10, code
            logged = db.execute(
                "SELECT COUNT(*) FROM received_packages WHERE written_at LIKE ?", [f"2024-10-{run + 1:02d}%"]
            ).fetchone()[0]
            assert logged >= len(reported)
        finally:
            db.conn.close()
    assert interrupted > 0 and reported_total > KILLS
