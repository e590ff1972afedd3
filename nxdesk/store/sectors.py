"""Sectors (lĩnh vực): named, ordered groups of targets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


from ..domain.text import clean_text

DEFAULT_SECTOR = "Chung"


@dataclass(frozen=True)
class Sector:
    """A sector as stored: id, name and its place in the printed order."""

    id: int
    name: str
    position: int


def list_sectors(db: Database) -> list[Sector]:
    return [Sector(**row) for row in db.query("SELECT id, name, position FROM sectors ORDER BY position, id")]


def add_sector(db: Database, name: str) -> int:
    name = clean_text(name, "sector")
    if not name:
        raise ValueError("a sector needs a name")
    with db.atomic():
        position = db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM sectors").fetchone()[0]
        return db.execute("INSERT INTO sectors (name, position) VALUES (?, ?)", [name, position]).lastrowid


def add_standard_sectors(db: Database) -> list[int]:
    """The five standard sectors (``domain.sectors.STANDARD_SECTORS``) that are missing, in one transaction;
    the ids of those added."""
    from ..domain.sectors import STANDARD_SECTORS

    with db.atomic():
        return [add_sector(db, name) for name in STANDARD_SECTORS if sector_id(db, name) is None]


def sector_id(db: Database, name: str) -> int | None:
    """The sector called ``name``, letter case aside ("KINH TẾ" is "Kinh tế": the papers print both in
    capitals, so two of them would be two sections with one title)."""
    name = clean_text(name, "sector")
    row = db.execute("SELECT id FROM sectors WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    wanted = name.casefold()
    for sid, existing in db.execute("SELECT id, name FROM sectors ORDER BY position, id"):
        if existing.casefold() == wanted:
            return sid
    return None


def get_or_create_sector(db: Database, name: str | None) -> int:
    name = clean_text(name, "sector") or DEFAULT_SECTOR
    existing = sector_id(db, name)
    return existing if existing is not None else add_sector(db, name)


def rename_sector(db: Database, sector: int, name: str) -> None:
    name = clean_text(name, "sector")
    if not name:
        raise ValueError("a sector needs a name")
    with db.atomic():
        db.execute("UPDATE sectors SET name = ? WHERE id = ?", [name, sector])


def move_sector(db: Database, sector: int, offset: int) -> None:
    """Move a sector up (−1) or down (+1) in the order."""
    with db.atomic():
        ids = [s.id for s in list_sectors(db)]
        index = ids.index(sector)
        new_index = max(0, min(len(ids) - 1, index + offset))
        ids.insert(new_index, ids.pop(index))
        for position, sid in enumerate(ids, start=1):
            db.execute("UPDATE sectors SET position = ? WHERE id = ?", [position, sid])
