"""The hooks the frozen build's smoke test drives: the real window, its chart and the summary dialog."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_window_opens_its_chart_and_the_summary_dialog_then_closes(demo_db, db_path):
    demo_db.conn.commit()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NXDESK_REPORT_PAINT": "1",
        "NXDESK_OPEN_SUMMARY": "1",
        "NXDESK_QUIT_AFTER_MS": "60000",
    }
    result = subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db_path), "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["first-paint", "chart-ready", "summary-dialog"]
    from nxdesk.store.backup import list_backups

    assert sorted(b.reason for b in list_backups(db_path)) == ["close", "start"]  # start: after the paint
