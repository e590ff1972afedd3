"""Settings kept in the database: organisation names, place, document style, threshold, language."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlite_utils import Database


@dataclass
class Settings:
    """What the printed documents and the counts line need to know about the office."""

    parent_body: str = ""  # e.g. "Đảng bộ tỉnh Thanh Hóa" / "UBND tỉnh Thanh Hóa"
    issuing_body: str = ""  # e.g. "Huyện ủy Như Xuân" / "UBND huyện Như Xuân"
    place: str = ""  # e.g. "Như Xuân"
    document_style: str = "party"  # "party" (Hướng dẫn 36-HD/VPTW) or "state" (NĐ 30/2020/NĐ-CP)
    threshold_pct: float = 70.0
    language: str = "vi"
    preparer_name: str = ""  # người lập biểu, printed under the left signature
    signer_title: str = ""  # e.g. "PHÓ BÍ THƯ"; empty: the style's own (BÍ THƯ / CHỦ TỊCH)
    signer_name: str = ""  # printed under the right signature

    def __post_init__(self) -> None:
        self.threshold_pct = float(self.threshold_pct)
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
