"""The command line as INTERCHANGE.md defines it, run in a subprocess like a user would."""

import json
import os
import subprocess
import sys

import pytest


def nxdesk(*args, db=None, env=None):
    full_env = {**os.environ, **(env or {})}
    cmd = [sys.executable, "-m", "nxdesk", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "x.db"
    result = nxdesk("demo", db=path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def summary(demo_file):
    result = nxdesk("summary", "--year", "2024", "--months", "9", "--format", "json", db=demo_file)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def row(summary, name):
    return next(r for r in summary["rows"] if r["name"] == name)


def test_summary_json_reproduces_the_reports_percentages(summary):
    assert (summary["year"], summary["months"], summary["pace_pct"], summary["threshold_pct"]) == (
        2024,
        9,
        75.0,
        70.0,
    )
    budget = row(summary, "Thu ngân sách")
    assert round(budget["pct_plan_upper"]) == 188
    assert round(budget["pct_plan_own"]) == 182
    assert round(budget["pct_last_year"]) == 193
    assert budget["plan_upper"] == {"text": "745,4", "value": 745.4}
    assert budget["status"] == "estimate" and budget["assessment"] == "exceeded"
    assert round(row(summary, "Tổng sản lượng lương thực")["pct_plan_own"], 1) == 113.2
    assert round(row(summary, "Trồng rừng sản xuất")["pct_plan_own"], 1) == 92.5
    assert round(row(summary, "Kết nạp đảng viên mới")["pct_plan_own"], 1) == 103.1
    assert row(summary, "Độ che phủ rừng")["pct_plan_own"] == 100
    assert round(row(summary, "Giải ngân vốn đầu tư công")["pct_plan_own"], 1) == 48.7


def test_summary_json_shape(summary):
    keys = {
        "code",
        "name",
        "unit",
        "sector",
        "parent",
        "kind",
        "direction",
        "decimals",
        "plan_upper",
        "plan_own",
        "plan_term",
        "value",
        "status",
        "last_year_value",
        "pct_plan_upper",
        "pct_plan_own",
        "pct_plan_term",
        "pct_last_year",
        "projected_year_end",
        "assessment",
    }
    assert all(keys <= set(r) for r in summary["rows"])
    assert summary["level"] == "huyen"  # the demo is the 2024 district
    budget = row(summary, "Thu ngân sách")
    assert (budget["decimals"], budget["plan_term"], budget["pct_plan_term"]) == (3, None, None)
    assert row(summary, "Kết nạp đảng viên mới")["decimals"] == 0
    assert summary["counts"]["total"] == 27  # the "trong đó" rows are details, not targets of their own
    assert {"at_least_threshold", "exceeded", "on_track", "behind", "no_plan", "no_data"} <= set(
        summary["counts"]
    )
    codes = [r["code"] for r in summary["rows"]]
    for r in summary["rows"]:
        if r["parent"]:
            assert codes.index(r["parent"]) < codes.index(r["code"])


def test_summary_table_is_vi_vn(demo_file):
    result = nxdesk("summary", "--year", "2024", "--months", "9", db=demo_file)
    assert result.returncode == 0
    assert "1.401,351" in result.stdout and "113,2" in result.stdout and "9 THÁNG NĂM 2024" in result.stdout


def test_summary_csv(demo_file):
    result = nxdesk("summary", "--year", "2024", "--months", "9", "--format", "csv", db=demo_file)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("code,name,unit") and len(lines) == 31


def test_import_refusal_exit_status_and_message(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,unit,year,months,value\nKT01,Thu,tỷ đồng,2024,9,abc\n", encoding="utf-8")
    result = nxdesk("import", str(bad), db=tmp_path / "y.db")
    assert result.returncode == 1
    assert "line 2, column value:" in result.stderr and "nothing was written" in result.stderr


def test_import_dry_run(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(
        'code,name,unit,year,months,value\nKT01,Thu,tỷ đồng,2024,9,"1.401,351"\n', encoding="utf-8"
    )
    db = tmp_path / "z.db"
    assert "dry run" in nxdesk("import", str(good), "--dry-run", db=db).stdout
    assert (
        '"rows": []' in nxdesk("summary", "--year", "2024", "--months", "9", "--format", "json", db=db).stdout
    )
    assert nxdesk("import", str(good), db=db).returncode == 0


def test_import_warns_about_a_figure_far_beyond_its_plan_as_the_grid_does(tmp_path):
    db = tmp_path / "w.db"
    assert nxdesk("demo", db=db).returncode == 0
    table = tmp_path / "far.csv"
    table.write_text("code,name,unit,year,months,value\nKT08,Trồng rừng sản xuất,ha,2024,9,5250\n", "utf-8")
    result = nxdesk("import", str(table), db=db)
    assert result.returncode == 0
    assert (
        "warning: KT08, 9/2024: 350% of plan: far beyond it; check the figure and its unit" in result.stdout
    )
    assert "350% of plan" in nxdesk("check", db=db).stdout


def test_usage_error_is_exit_2(tmp_path):
    assert nxdesk("summary", "--year", "2024", db=tmp_path / "u.db").returncode == 2


@pytest.mark.parametrize("year", ["-5", "0", "3000", "99999999999999999999"])
def test_a_year_no_report_has_is_a_usage_error_not_a_lock(demo_file, year):
    """`lock --year 3000` once locked 9/3000; a 20-digit year ended in an OverflowError."""
    for args in (("lock", "--year", year, "--months", "9"), ("summary", "--year", year, "--months", "9")):
        result = nxdesk(*args, db=demo_file)
        assert result.returncode == 2, (args, result.stderr)
        assert "is not a year" in result.stderr and "Traceback" not in result.stderr


def test_db_from_environment(tmp_path):
    path = tmp_path / "env.db"
    assert nxdesk("demo", env={"NXDESK_DB": str(path)}).returncode == 0
    assert path.exists()


def test_check_reports_ok_on_demo(demo_file):
    result = nxdesk("check", db=demo_file)
    assert result.returncode == 0 and "error" not in result.stdout.split(":")[-1]


def test_not_a_database_is_refused_cleanly(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = nxdesk("summary", "--year", "2024", "--months", "9", db=junk)
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_window_without_a_display_is_refused_with_a_clear_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(tmp_path / "g.db"), "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1 and "no display" in result.stderr


def test_summary_table_at_year_end_counts_met_and_not_met(demo_file):
    result = nxdesk("summary", "--year", "2024", "--months", "12", db=demo_file)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("NĂM 2024 — ") and "không đạt" in first and "chưa đạt tiến độ" not in first


def test_a_mistyped_database_is_refused_not_created(tmp_path):
    missing = tmp_path / "nxdsek.db"
    result = nxdesk("summary", "--year", "2024", "--months", "9", db=missing)
    assert result.returncode == 1 and "no such database" in result.stderr
    assert not missing.exists()


def test_the_demo_is_not_loaded_over_an_offices_own_targets(tmp_path):
    """It once set level huyen and the district's names over a commune's, and mixed its targets in."""
    path = tmp_path / "xa.db"
    table = tmp_path / "xa.csv"
    table.write_text("code,name,unit,year,months,value\nNS01,Thu ngân sách,triệu đồng,2025,9,8290\n", "utf-8")
    assert nxdesk("settings", "level", "xa", db=path).returncode == 0
    assert nxdesk("import", str(table), db=path).returncode == 0
    result = nxdesk("demo", db=path)
    assert result.returncode == 1 and "NS01" in result.stderr
    assert nxdesk("settings", "level", db=path).stdout.strip() == "xa"
    assert "KT01" not in nxdesk("summary", "--year", "2024", "--months", "9", db=path).stdout
    again = tmp_path / "demo.db"
    assert nxdesk("demo", db=again).returncode == 0
    assert nxdesk("demo", db=again).returncode == 0  # the demo's own file takes it again


def test_restore_of_the_database_onto_itself_is_refused(tmp_path):
    path = tmp_path / "d.db"
    assert nxdesk("demo", db=path).returncode == 0
    before = path.read_bytes()
    result = nxdesk("restore", str(path), db=path)
    assert result.returncode == 1
    assert "is the database itself" in result.stderr
    assert (
        path.read_bytes() == before
        and not (tmp_path / "backups").exists()
        or not any(p.name.endswith("before-restore.db") for p in (tmp_path / "backups").iterdir())
    )


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["gui"], None), (["--db", "x.db"], "x.db"), (["--db=x.db", "gui"], "x.db")],
)
def test_a_plain_start_of_the_window_is_read_without_the_whole_parser(argv, db):
    from nxdesk.cli import _window_args, cmd_gui

    args = _window_args(argv)
    assert args is not None and args.db == db and args.func is cmd_gui


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "x.db", "summary"],
        ["--version"],
        ["--db", "--version"],
        ["--db="],
        ["gui", "--help"],
        ["--db"],
    ],
)
def test_anything_else_goes_through_the_parser(argv):
    from nxdesk.cli import _window_args

    assert _window_args(argv) is None


def test_a_mistyped_command_is_still_a_usage_error(tmp_path):
    result = nxdesk("gu", db=tmp_path / "x.db")
    assert result.returncode == 2 and "invalid choice" in result.stderr
