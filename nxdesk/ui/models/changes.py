"""A change of one stored cell (an entry of a target at a cut-off), as the grid and the undo stack see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from ...store.entries import set_entry


@dataclass(frozen=True)
class Change:
    """What to write to the entry (target, year, months): ``new`` on do/redo, ``old`` on undo.
    Both are keyword sets of ``store.entries.set_entry`` (value, status, note)."""

    target_id: int
    year: int
    months: int
    old: dict = field(default_factory=dict)
    new: dict = field(default_factory=dict)


def apply_changes(db: Database, changes: list[Change], *, undo: bool = False, source: str = "grid") -> None:
    """Write every change (its ``new`` side, or ``old`` when undoing) in one transaction."""
    with db.atomic():
        for change in changes:
            values = change.old if undo else change.new
            if values:
                set_entry(db, change.target_id, change.year, change.months, source=source, **values)


def merge_changes(changes: list[Change]) -> list[Change]:
    """One change per cell: later values win (a pasted status over the value's default status), and the
    undo side keeps what each field held before the first of them."""
    merged: dict[tuple[int, int, int], Change] = {}
    for change in changes:
        key = (change.target_id, change.year, change.months)
        if key not in merged:
            merged[key] = change
            continue
        first = merged[key]
        merged[key] = Change(*key, old={**change.old, **first.old}, new={**first.new, **change.new})
    return list(merged.values())
