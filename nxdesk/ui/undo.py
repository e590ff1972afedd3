"""Undo and redo of grid edits: each commit, paste or clear is one :class:`EditCommand` on the window's
QUndoStack. The edit is written before it is pushed (so a refused write never enters the stack); undo and
redo write through ``replay``, which first returns the window to the sector and period of the edit. An
undo or redo the store refuses (the period was locked since) drops the command from the stack, so the stack
never claims a state the figures are not in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from .models.changes import Change


@dataclass(frozen=True)
class Location:
    """Where an edit was made: year, cut-off and the sector shown, to return there on undo/redo."""

    year: int
    months: int
    sector_id: int | None


Replay = Callable[[list[Change], Location, bool], bool]


class EditCommand(QUndoCommand):
    """One user action on the grid (a cell, a paste block, a clear), already written when pushed."""

    def __init__(self, changes: list[Change], location: Location, replay: Replay, text: str) -> None:
        super().__init__(text)
        self.changes = list(changes)
        self.location = location
        self._replay = replay
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit was written by the grid before the push
            self._first = False
            return
        if not self._replay(self.changes, self.location, False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._replay(self.changes, self.location, True):
            self.setObsolete(True)
