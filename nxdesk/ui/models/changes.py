"""A change of one stored cell (an entry of a target at a cut-off), as the grid and the undo stack see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...domain.targets import Status
from ...store.entries import Entry, get_entry, set_entry
from ...store.errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Change:
    """What to write to the entry (target, year, months): ``new`` on do/redo, ``old`` on undo.
    Both are keyword sets of ``store.entries.set_entry`` (value, status, note)."""

    target_id: int
    year: int
    months: int
    old: dict = field(default_factory=dict)
    new: dict = field(default_factory=dict)


class ChangedElsewhere(StoreError):
    """An undo or redo would write over a cell that was changed outside the window since the edit."""

    code = "changed_elsewhere"

    def __init__(self, change: Change) -> None:
        self.change = change
        super().__init__(f"the entry of target {change.target_id} for {change.months}/{change.year} changed")


def _field(entry: Entry | None, name: str):
    if entry is None:
        return None
    stored = getattr(entry, name)  # value, status, note, expected_year_end: the keywords of set_entry
    return str(stored) if name == "status" else stored


def _expected(name: str, given):
    if name == "status":
        return str(Status(given)) if given else None
    if name == "note":
        return given or None
    return given


def holds(entry: Entry | None, fields: dict) -> bool:
    """Whether the stored cell holds ``fields`` (a side of a change; status absent means any)."""
    return all(
        _field(entry, name) == _expected(name, given)
        for name, given in fields.items()
        if not (name == "status" and given is None)
    )


def _as_stored(entry: Entry | None, names) -> dict:
    """The cell as stored, as a keyword set of ``set_entry`` for ``names`` (status only when there is one)."""
    if entry is None:
        return {name: None for name in names if name != "status"}
    return {name: Status(entry.status) if name == "status" else _field(entry, name) for name in names}


def apply_changes(
    db: Database, changes: list[Change], *, undo: bool = False, source: str = "grid", replay: bool = False
) -> list[Change]:
    """Write every change (its ``new`` side, or ``old`` when undoing) in one transaction. Returns the changes
    with ``old`` as the cells held it just before (a view read before another process wrote is no guide to
    what an undo must give back). With ``replay`` (undo/redo) each cell must still hold the other side of
    its change, or :class:`ChangedElsewhere` is raised and nothing is written."""
    written = []
    with db.atomic():
        for change in changes:
            values = change.old if undo else change.new
            current = get_entry(db, change.target_id, change.year, change.months)
            if replay and not holds(current, change.new if undo else change.old):
                raise ChangedElsewhere(change)
            if not replay:
                names = [*change.old, *(n for n in change.new if n not in change.old)]
                change = Change(
                    change.target_id, change.year, change.months, _as_stored(current, names), change.new
                )
            if values:
                set_entry(db, change.target_id, change.year, change.months, source=source, **values)
            written.append(change)
    return written


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
