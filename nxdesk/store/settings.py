"""Settings kept in the database: organisation names, place, document style, threshold, language.

``SETTINGS`` is the one registry of what may be stored: each key's default and the validator that checks
a value both when it is written and when it is read. A stored value that does not pass (written by an
older version or by hand) never breaks a summary or a print: it reads as its default, and
``stored_problems`` says which ones, for the command line and the window to tell the clerk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from ..domain.numbers import NumberError, parse_number
from ..domain.text import TextError, clean_text

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_TEXT_SETTING = 200


class SettingError(ValueError):
    """A value (or key) the registry refuses; ``code`` is ``unknown_key`` or ``bad_value``."""

    def __init__(self, code: str, key: str, value: object = None, allowed: str = "") -> None:
        self.code, self.key, self.value, self.allowed = code, key, value, allowed
        if code == "unknown_key":
            text = f"unknown setting {key!r} (known: {', '.join(SETTINGS)})"
        else:
            text = f"{value!r} is not a valid {key}: {allowed}"
        super().__init__(text)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    try:
        text = clean_text(value, "setting")  # NFC; control and invisible characters refused
    except TextError as exc:
        raise ValueError(str(exc)) from exc
    if len(text) > MAX_TEXT_SETTING:
        raise ValueError("too long")
    return text


def _one_of(*choices: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = str(value).strip().lower() if isinstance(value, str) else value
        if text not in choices:
            raise ValueError("not one of the choices")
        return text  # type: ignore[return-value]

    return parse


def _threshold(value: object) -> float:
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and "%" not in value:
        try:
            number = parse_number(value, allow_negative=False)
        except NumberError as exc:
            raise ValueError(str(exc)) from exc
    else:
        raise ValueError("not a plain number")
    if not 1.0 <= number <= 200.0:  # also refuses NaN
        raise ValueError("out of range")
    return number


def _lines(value: object) -> str:
    """A list kept one item per line ("Nơi nhận"): each line cleaned like a text, empty lines dropped."""
    if not isinstance(value, str):
        raise ValueError("not text")
    lines = [_text(line) for line in value.replace("\r\n", "\n").split("\n")]
    text = "\n".join(line for line in lines if line)
    if len(text) > 20 * MAX_TEXT_SETTING:
        raise ValueError("too long")
    return text


def _term(value: object) -> str:
    """A congress term "2025-2030" (or empty): two years, the second after the first."""
    text = _text(value).replace("–", "-").replace(" ", "")
    if not text:
        return ""
    first, _, last = text.partition("-")
    if not (first.isdigit() and last.isdigit() and len(first) == len(last) == 4 and int(first) < int(last)):
        raise ValueError("not a term")
    return f"{first}-{last}"


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ValueError("not yes or no")


@dataclass(frozen=True)
class SettingSpec:
    """One stored setting: its default, its validator (raises ValueError) and what it allows, in words."""

    default: object
    parse: Callable[[object], object]
    allowed: str


_ANY_TEXT = f"any text up to {MAX_TEXT_SETTING} characters, without control characters"
SETTINGS: dict[str, SettingSpec] = {
    "parent_body": SettingSpec("", _text, _ANY_TEXT),
    "issuing_body": SettingSpec("", _text, _ANY_TEXT),
    "place": SettingSpec("", _text, _ANY_TEXT),
    "document_style": SettingSpec("party", _one_of("party", "state"), "party or state"),
    "threshold_pct": SettingSpec(70.0, _threshold, "a number from 1 to 200, without a % sign (e.g. 70)"),
    "language": SettingSpec("vi", _one_of("vi", "en"), "vi or en"),
    "preparer_name": SettingSpec("", _text, _ANY_TEXT),
    "signer_title": SettingSpec("", _text, _ANY_TEXT),
    "signer_name": SettingSpec("", _text, _ANY_TEXT),
    "level": SettingSpec(
        "xa", _one_of("xa", "phuong", "dac_khu", "tinh", "huyen"), "xa, phuong, dac_khu, tinh or huyen"
    ),
    "term": SettingSpec("", _term, "a congress term such as 2025-2030, or empty"),
    "state_parent_body": SettingSpec("", _text, _ANY_TEXT),
    "state_issuing_body": SettingSpec("", _text, _ANY_TEXT),
    "recipients": SettingSpec("", _lines, "one recipient per line"),
    "report_wording": SettingSpec(
        "dat", _one_of("dat", "vuot"), "dat (đạt Y% KH) or vuot (vượt X% kế hoạch)"
    ),
    "show_preparer": SettingSpec(False, _flag, "yes or no"),
}


def validate_setting(key: str, value: object) -> object:
    """The value as stored settings hold it; :class:`SettingError` for an unknown key or a bad value."""
    spec = SETTINGS.get(key)
    if spec is None:
        raise SettingError("unknown_key", key)
    try:
        return spec.parse(value)
    except ValueError as exc:
        raise SettingError("bad_value", key, value, spec.allowed) from exc


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


@dataclass(frozen=True)
class SettingProblem:
    """A stored value the registry refuses, read as its default instead."""

    key: str
    stored: str
    default: object
    allowed: str

    def __str__(self) -> str:
        return (
            f"setting {self.key} = {self.stored!r} is not valid ({self.allowed}); "
            f"using the default {self.default!r}"
        )


def _stored(db: Database) -> dict[str, str]:
    return {row["key"]: row["value"] for row in db.query("SELECT key, value FROM settings")}


def _read(db: Database) -> tuple[dict[str, object], list[SettingProblem]]:
    values: dict[str, object] = {}
    problems: list[SettingProblem] = []
    stored = _stored(db)  # keys of another version are not this one's to judge
    for key, spec in SETTINGS.items():
        raw = stored.get(key)
        if raw is None:
            continue
        try:
            values[key] = spec.parse(raw)
        except ValueError:
            problems.append(SettingProblem(key, str(raw), spec.default, spec.allowed))
    return values, problems


def stored_problems(db: Database) -> list[SettingProblem]:
    """Every stored setting that does not pass its validator (each reads as its default)."""
    return _read(db)[1]


def load_settings(db: Database) -> Settings:
    """The settings; a stored value that does not pass its validator reads as its default."""
    values, _ = _read(db)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in values.items() if k in known})


def save_settings(db: Database, settings: Settings) -> None:
    """Write every setting, each checked by the registry first: one bad value writes nothing."""
    checked = {key: validate_setting(key, value) for key, value in asdict(settings).items()}
    with db.atomic():
        for key, value in checked.items():
            _write(db, key, value)


def set_setting(db: Database, key: str, value: object) -> object:
    """Check and write one setting; returns the value as stored settings hold it."""
    checked = validate_setting(key, value)
    with db.atomic():
        _write(db, key, checked)
    return checked


def _write(db: Database, key: str, value: object) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, str(value)],
    )
