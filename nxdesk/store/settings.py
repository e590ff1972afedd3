"""Settings kept in the database: organisation names, place, document style, threshold, language."""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, fields

from sqlite_utils import Database


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
                [key, unicodedata.normalize("NFC", str(value))],
            )
