"""`nxdesk settings [KEY [VALUE]]`: print all, one, or set one; refusals say what is allowed."""

import json

from nxdesk.store.db import open_db
from nxdesk.store.settings import load_settings

from .test_cli import nxdesk


def test_a_fresh_commune_file_is_set_up_from_the_command_line(tmp_path):
    db = tmp_path / "xa.db"
    assert nxdesk("settings", "level", "xa", db=db).returncode == 0
    assert nxdesk("settings", "issuing_body", "Đảng ủy xã Như Xuân", db=db).returncode == 0
    assert nxdesk("settings", "parent_body", "Đảng bộ tỉnh Thanh Hóa", db=db).returncode == 0
    result = nxdesk("settings", "term", "2025–2030", db=db)
    assert (result.returncode, result.stdout.strip()) == (0, "term = 2025-2030")
    assert nxdesk("settings", "threshold_pct", "80", db=db).returncode == 0
    recipients = nxdesk("settings", "recipients", "- Ban Thường vụ Tỉnh ủy;\\n- Lưu VP.", db=db)
    assert recipients.stdout.strip() == "recipients = - Ban Thường vụ Tỉnh ủy;\\n- Lưu VP."

    assert nxdesk("settings", "level", db=db).stdout.strip() == "xa"
    listing = nxdesk("settings", db=db).stdout.splitlines()
    assert "term = 2025-2030" in listing and "issuing_body = Đảng ủy xã Như Xuân" in listing

    database = open_db(db)
    s = load_settings(database)
    assert (s.level, s.term, s.issuing_body, s.threshold_pct) == (
        "xa",
        "2025-2030",
        "Đảng ủy xã Như Xuân",
        80.0,
    )
    assert s.recipients == "- Ban Thường vụ Tỉnh ủy;\n- Lưu VP."
    database.conn.close()

    summary = nxdesk("summary", "--year", "2025", "--months", "9", "--format", "json", db=db)
    assert json.loads(summary.stdout)["level"] == "xa"


def test_unknown_keys_and_bad_values_are_refused_with_what_is_allowed(tmp_path):
    db = tmp_path / "xa.db"
    assert nxdesk("settings", "level", "tinh", db=db).returncode == 0
    cases = [
        (("level", "quan"), "dac_khu"),
        (("document_style", "word"), "state"),
        (("threshold_pct", "201"), "1 to 200"),
        (("threshold_pct", "bảy mươi"), "1 to 200"),
        (("language", "fr"), "vi or en"),
        (("term", "2030-2025"), "2025-2030"),
        (("colour", "red"), "level"),
        (("colour",), "level"),
    ]
    for args, allowed in cases:
        result = nxdesk("settings", *args, db=db)
        assert result.returncode == 1, args
        assert allowed in result.stderr, (args, result.stderr)
    assert nxdesk("settings", "level", db=db).stdout.strip() == "tinh"  # nothing written


def test_setting_a_value_refuses_while_a_window_holds_the_file_reading_still_works(demo_db, db_path, qapp):
    from nxdesk.ui import startup

    demo_db.conn.commit()
    ok, _ = startup._acquire(db_path)
    assert ok
    try:
        result = nxdesk("settings", "level", "xa", db=db_path)
        assert result.returncode == 1 and "open in an nxdesk window" in result.stderr
        assert nxdesk("settings", "level", db=db_path).stdout.strip() == "huyen"
    finally:
        startup.release(db_path)
    assert nxdesk("settings", "level", "xa", db=db_path).returncode == 0
