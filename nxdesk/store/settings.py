"""Settings kept in the database: organisation names, place, document style, threshold, language."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from sqlite_utils import Database

from ..domain.levels import Level
from ..domain.numbers import NumberError, parse_number


@dataclass
class Settings:
    """What the printed documents and the counts line need to know about the office."""

    place: str = ""  # e.g. "Như Xuân"
    document_style: str = "party"  # "party" (Hướng dẫn 36-HD/VPTW) or "state" (NĐ 30/2020/NĐ-CP)
    threshold_pct: float = 70.0
    language: str = "vi"
    preparer_name: str = ""  # người lập biểu, printed under the left signature
    signer_title: str = ""  # e.g. "PHÓ BÍ THƯ"; empty: the style's own (BÍ THƯ / CHỦ TỊCH)
    signer_name: str = ""  # printed under the right signature
    level: str = "xa"  # the office's administrative level (domain.levels.Level)
    term: str = ""  # the congress term, e.g. "2025-2030"
    parent_body: str = ""  # Party: e.g. "Đảng bộ tỉnh Thanh Hóa"
    issuing_body: str = ""  # Party: e.g. "Đảng ủy xã Như Xuân"
    state_parent_body: str = ""  # State: e.g. "UBND tỉnh Thanh Hóa"
    state_issuing_body: str = ""  # State: e.g. "UBND xã Như Xuân"
    recipients: str = ""  # "Nơi nhận", one per line
    report_wording: str = "dat"  # "dat": "đạt Y% KH"; "vuot": "vượt X% kế hoạch"
    show_preparer: bool = False  # print the "NGƯỜI LẬP BIỂU" block

    def __post_init__(self) -> None:
        self.threshold_pct = float(self.threshold_pct)
        if isinstance(self.show_preparer, str):
            self.show_preparer = self.show_preparer.strip().lower() in ("1", "true", "yes")
        if self.document_style not in ("party", "state"):
            raise ValueError(f"unknown document style {self.document_style!r}")


def load_settings(db: Database) -> Settings:
    stored = {row["key"]: row["value"] for row in db.query("SELECT key, value FROM settings")}
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in stored.items() if k in known and v is not None})


def save_settings(db: Database, settings: Settings) -> None:
    with db.atomic():
        for key, value in asdict(settings).items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )


class SettingError(ValueError):
    """A key or value ``nxdesk settings`` and the Settings dialog refuse; ``code`` is ``unknown_key`` or
    ``bad_value``, ``allowed`` says what would be accepted."""

    def __init__(self, code: str, key: str, text: str, allowed: str) -> None:
        self.code, self.key, self.text, self.allowed = code, key, text, allowed
        what = f"unknown setting {key!r}" if code == "unknown_key" else f"{key}: {text!r} is not allowed"
        super().__init__(f"{what}; allowed: {allowed}")


SETTING_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings))
_TERM = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")
_CHOICES: dict[str, tuple[str, ...]] = {
    "level": tuple(level.value for level in Level),
    "document_style": ("party", "state"),
    "language": ("vi", "en"),
    "report_wording": ("dat", "vuot"),
}
_BOOLEANS = {"1": True, "true": True, "yes": True, "có": True, "0": False, "false": False, "no": False}


def validate_setting(key: str, text: str) -> str | float | bool:
    """The value ``text`` stands for under ``key``, or :class:`SettingError` saying what is allowed.

    Choices (``level``, ``document_style``, ``language``, ``report_wording``) must be one of theirs;
    ``threshold_pct`` a number 0–1000; ``term`` two years like ``2025-2030`` (or empty); ``show_preparer``
    yes/no; names and places any text without control characters (``recipients`` one per line)."""
    if key not in SETTING_KEYS:
        raise SettingError("unknown_key", key, text, ", ".join(SETTING_KEYS))
    value = text.strip()
    if key in _CHOICES:
        if value.lower() not in _CHOICES[key]:
            raise SettingError("bad_value", key, text, " | ".join(_CHOICES[key]))
        return value.lower()
    if key == "threshold_pct":
        try:
            number = parse_number(value)
        except NumberError:
            number = None
        if number is None or not 0 <= number <= 1000:
            raise SettingError("bad_value", key, text, "a number from 0 to 1000")
        return number
    if key == "term":
        if not value:
            return ""
        match = _TERM.match(value)
        if not match or int(match[1]) >= int(match[2]):
            raise SettingError("bad_value", key, text, "two years, e.g. 2025-2030")
        return f"{match[1]}-{match[2]}"
    if key == "show_preparer":
        if value.lower() not in _BOOLEANS:
            raise SettingError("bad_value", key, text, "yes | no")
        return _BOOLEANS[value.lower()]
    if key == "recipients":
        lines = [line.strip() for line in value.replace("\\n", "\n").splitlines()]
        value = "\n".join(line for line in lines if line)
    if any(ord(c) < 32 and c != "\n" for c in value) or (key != "recipients" and "\n" in value):
        raise SettingError("bad_value", key, text, "text without control characters")
    return value


def set_setting(db: Database, key: str, text: str) -> str | float | bool:
    """Validate and store one setting; returns the stored value."""
    value = validate_setting(key, text)
    settings = load_settings(db)
    setattr(settings, key, value)
    save_settings(db, settings)
    return value
