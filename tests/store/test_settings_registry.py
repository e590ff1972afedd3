"""Settings are checked when written and when read: a stored value that does not parse (threshold_pct = "70%")
reads as its default, with a warning on the command line and a message in the window, instead of breaking
every summary, print and command."""

from __future__ import annotations

import pytest

from nxdesk.cli import main
from nxdesk.store.settings import (
    SETTINGS,
    SettingError,
    Settings,
    load_settings,
    save_settings,
    set_setting,
    stored_problems,
    validate_setting,
)
from nxdesk.store.summary import load_summary


def _store_straight(db, key, value):
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
    db.conn.commit()


def test_every_setting_has_a_default_that_passes_its_own_check():
    assert set(SETTINGS) >= {"threshold_pct", "document_style", "language", "place", "issuing_body"}
    for key, spec in SETTINGS.items():
        assert validate_setting(key, spec.default) == spec.default, key
    assert set(SETTINGS) == set(Settings.__dataclass_fields__)


@pytest.mark.parametrize(
    "key, value",
    [
        ("threshold_pct", "70%"),
        ("threshold_pct", "bảy mươi"),
        ("threshold_pct", "0"),
        ("threshold_pct", "nan"),
        ("threshold_pct", float("inf")),
        ("document_style", "fancy"),
        ("language", "fr"),
        ("place", "x" * 201),
        ("place", "Như\x00Xuân"),
    ],
)
def test_bad_values_are_refused_when_written(db, key, value):
    with pytest.raises(SettingError) as refused:
        set_setting(db, key, value)
    assert refused.value.code == "bad_value" and refused.value.key == key
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key = ?", [key]).fetchone()[0] == 0


def test_an_unknown_key_is_refused(db):
    with pytest.raises(SettingError) as refused:
        set_setting(db, "colour", "red")
    assert refused.value.code == "unknown_key" and "threshold_pct" in str(refused.value)


def test_good_values_are_written_in_their_stored_form(db):
    assert set_setting(db, "threshold_pct", "75,5") == 75.5
    assert set_setting(db, "language", "EN") == "en"
    assert load_settings(db).threshold_pct == 75.5 and load_settings(db).language == "en"


def test_save_settings_checks_every_value_first_and_writes_nothing_when_one_is_bad(db):
    settings = Settings(place="Như Xuân", signer_name="x" * 500)
    with pytest.raises(SettingError):
        save_settings(db, settings)
    assert db.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0


def test_a_bad_stored_threshold_reads_as_the_default_and_is_reported(demo_db):
    _store_straight(demo_db, "threshold_pct", "70%")
    _store_straight(demo_db, "document_style", "fancy")
    settings = load_settings(demo_db)
    assert settings.threshold_pct == 70.0 and settings.document_style == "party"
    assert settings.issuing_body == "Huyện ủy Như Xuân"  # the good ones are kept
    problems = stored_problems(demo_db)
    assert [(p.key, p.stored) for p in problems] == [("document_style", "fancy"), ("threshold_pct", "70%")]
    assert load_summary(demo_db, 2024, 9).threshold_pct == 70.0


def test_the_command_line_warns_on_stderr_and_still_works(qapp, demo_db, db_path, capsys, tmp_path):
    _store_straight(demo_db, "threshold_pct", "70%")
    assert main(["--db", str(db_path), "summary", "--year", "2024", "--months", "9"]) == 0
    captured = capsys.readouterr()
    assert "chỉ tiêu đạt từ 70% kế hoạch trở lên" in captured.out
    assert "warning: setting threshold_pct = '70%' is not valid" in captured.err
    assert "using the default 70.0" in captured.err
    out = tmp_path / "bieu.pdf"
    args = [
        "--db",
        str(db_path),
        "export",
        "--year",
        "2024",
        "--months",
        "9",
        "--format",
        "pdf",
        "-o",
        str(out),
    ]
    assert main(args) == 0 and out.stat().st_size > 0
