"""`nxdesk export`: the window's renderers from the command line, without a display."""

import csv
import os
import subprocess
import sys

import pytest

from nxdesk.cli import main
from nxdesk.store.settings import load_settings, save_settings

from ..pdf_reading import flat_text


def _run(db_path, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "nxdesk", "--db", str(db_path), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def demo_path(demo_db, db_path):
    settings = load_settings(demo_db)
    settings.level = "huyen"
    save_settings(demo_db, settings)
    demo_db.conn.commit()
    return db_path


def test_export_pdf_in_a_process_without_display(demo_path, tmp_path):
    out = tmp_path / "bieu.pdf"
    result = _run(
        demo_path,
        "export",
        "--year",
        "2024",
        "--months",
        "9",
        "--format",
        "pdf",
        "-o",
        str(out),
        "--date",
        "2024-10-08",
    )
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    flat = flat_text(out)
    assert "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024" in flat
    assert "Như Xuân, ngày 08 tháng 10 năm 2024" in flat
    assert "1.401,351" in flat and "Trang" not in flat and "Nơi nhận:" in flat


def test_export_csv_is_the_printed_table(demo_path, tmp_path, capsys):
    out = tmp_path / "bieu.csv"
    assert (
        main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel shows the Vietnamese right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["STT", "Chỉ tiêu", "ĐVT"]
    assert "Kế hoạch năm 2024 - KH huyện giao" in rows[0] and rows[0][-1] == "Ghi chú"
    assert rows[1][:2] == ["I", "KINH TẾ"]
    kt01 = next(r for r in rows if r[1] == "Thu ngân sách")
    assert kt01[0] == "1" and "1.401,351 (ước)" in kt01 and "188" in kt01 and kt01[-2] == "Vượt"
    assert next(r for r in rows if r[1] == "Trong đó:")[:2] == ["", "Trong đó:"]


def test_export_refuses_a_missing_folder_and_an_empty_year(demo_path, tmp_path, capsys):
    missing = tmp_path / "nowhere" / "x.pdf"
    assert (
        main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                "pdf",
                "-o",
                str(missing),
            ]
        )
        == 1
    )
    assert "no such folder" in capsys.readouterr().err
    out = tmp_path / "x.csv"
    assert (
        main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2019",
                "--months",
                "9",
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert not out.exists()


def test_export_usage_errors(demo_path, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                "odt",
                "-o",
                "x",
            ]
        )
    assert exc.value.code == 2
    assert (
        main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                "csv",
                "-o",
                str(tmp_path / "x.csv"),
                "--date",
                "8/10/2024",
            ]
        )
        == 2
    )


def test_export_process_does_not_load_numpy(demo_path, tmp_path):
    """numpy (pulled in by sqlite-utils) would cost a third of the export's time; pyqtgraph stays out too."""
    code = (
        "import sys; from nxdesk.cli import main; "
        f"rc = main(['--db', {str(demo_path)!r}, 'export', '--year', '2024', '--months', '9', "
        f"'--format', 'pdf', '-o', {str(tmp_path / 'x.pdf')!r}]); "
        "print(rc, 'numpy' in sys.modules, 'pyqtgraph' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split()[-3:] == ["0", "False", "False"], result.stdout + result.stderr


def _bytes(path):
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx", "docx"])
def test_export_never_writes_over_the_database_or_its_files(demo_path, tmp_path, capsys, fmt):
    from nxdesk.store.backup import backup_now
    from nxdesk.store.db import open_db

    db = open_db(demo_path)
    backup = backup_now(db, demo_path, "manual")
    other = tmp_path / "khac.sqlite"
    open_db(other).conn.close()
    wal, shm = (demo_path.with_name(demo_path.name + s) for s in ("-wal", "-shm"))
    assert wal.exists() and shm.exists()  # the open connection keeps them
    for target in (demo_path, wal, shm, backup, other):
        before = _bytes(target)
        code = main(
            [
                "--db",
                str(demo_path),
                "export",
                "--year",
                "2024",
                "--months",
                "9",
                "--format",
                fmt,
                "-o",
                str(target),
            ]
        )
        err = capsys.readouterr().err
        assert code == 1, target
        assert "refused" in err and str(target) in err
        assert _bytes(target) == before, target
    db.conn.close()
    assert open_db(demo_path).execute("SELECT count(*) FROM entries").fetchone()[0] > 0


def test_export_over_the_database_spelled_another_way_is_refused(demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = demo_path.read_bytes()
    code = main(
        [
            "--db",
            str(demo_path),
            "export",
            "--year",
            "2024",
            "--months",
            "9",
            "--format",
            "csv",
            "-o",
            f"./{demo_path.name}",
        ]
    )
    assert code == 1 and "the database itself" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_export_warns_when_the_styles_names_are_blank(qapp, demo_path, tmp_path, capsys):
    """Switching to the State style without its names prints dotted blanks: the command line says so."""
    assert main(["--db", str(demo_path), "settings", "document_style", "state"]) == 0
    capsys.readouterr()
    args = ["--db", str(demo_path), "export", "--year", "2024", "--months", "9"]
    assert main([*args, "--format", "pdf", "-o", str(tmp_path / "bieu.pdf")]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "state_issuing_body" in err and "state_parent_body" in err
    assert main([*args, "--format", "csv", "-o", str(tmp_path / "bieu.csv")]) == 0
    assert "warning:" not in capsys.readouterr().err  # the csv table has no heading
    assert main(["--db", str(demo_path), "settings", "document_style", "party"]) == 0
    assert main([*args, "--format", "docx", "-o", str(tmp_path / "bao-cao.docx")]) == 0
    assert "warning:" not in capsys.readouterr().err


def test_export_to_a_folder_says_to_name_a_file(demo_path, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    args = ["--db", str(demo_path), "export", "--year", "2024", "--months", "9", "--format", "xlsx"]
    assert main([*args, "-o", str(folder)]) == 1
    assert "is a folder: give the name of the file" in capsys.readouterr().err
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-")]
