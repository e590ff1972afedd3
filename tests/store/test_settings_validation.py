import pytest

from nxdesk.store.settings import SettingError, load_settings, set_setting, validate_setting


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("level", " Huyen ", "huyen"),
        ("document_style", "state", "state"),
        ("threshold_pct", "70,5", 70.5),
        ("threshold_pct", "200", 200.0),
        ("language", "en", "en"),
        ("term", "2025 – 2030", "2025-2030"),
        ("term", "", ""),
        ("show_preparer", "yes", True),
        ("recipients", "Ban Thường vụ Tỉnh ủy,\n\n  Lưu VP  ", "Ban Thường vụ Tỉnh ủy,\nLưu VP"),
        ("issuing_body", "  Đảng ủy xã Như Xuân ", "Đảng ủy xã Như Xuân"),
    ],
)
def test_accepted_values(key, text, value):
    assert validate_setting(key, text) == value


@pytest.mark.parametrize(
    ("key", "text", "code"),
    [
        ("level", "quan", "bad_value"),
        ("document_style", "", "bad_value"),
        ("threshold_pct", "0", "bad_value"),
        ("threshold_pct", "1.000,5", "bad_value"),
        ("term", "2025", "bad_value"),
        ("issuing_body", "a\x00b", "bad_value"),
        ("place", "Như\u200bXuân", "bad_value"),
        ("signer_name", "Lương Thị\u00adHoa", "bad_value"),
        ("recipients", "Tỉnh ủy\nLưu\u200e VP", "bad_value"),
        ("nonsense", "x", "unknown_key"),
    ],
)
def test_refused_values(key, text, code):
    with pytest.raises(SettingError) as info:
        validate_setting(key, text)
    assert info.value.code == code and (info.value.allowed or code == "unknown_key")


def test_set_setting_stores_one_value(db):
    set_setting(db, "level", "phuong")
    set_setting(db, "term", "2025-2030")
    s = load_settings(db)
    assert (s.level, s.term, s.document_style) == ("phuong", "2025-2030", "party")
