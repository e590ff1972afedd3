"""The main window's one writer path: every change of a figure from the window (typing, paste, clear, undo,
redo) is written here in one transaction and pushed as one undo step; changes made outside the window
(another program, the command line) are noticed and reloaded, and an undo step never replays over them."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QTimer

from ..store import locks
from ..store.db import StoreError, data_version
from .dialog_service import dialogs
from .i18n import period_name
from .models.changes import Change, ChangedElsewhere, apply_changes
from .undo import EditCommand, Location
from .write_errors import is_busy, write_error_text

translate = QCoreApplication.translate


class WindowWriter:
    """Writes the window's changes and keeps its undo stack honest about changes made elsewhere."""

    def __init__(self, window) -> None:
        self.w = window

    def changed_outside(self) -> bool:
        """Whether another connection (another program, the command line) committed since the last read."""
        try:
            return data_version(self.w.db) != self.w._data_version
        except sqlite3.Error:
            return False

    def check_outside_changes(self) -> bool:
        """Reload what the window shows when the file was changed outside it; True when it reloaded. Undo
        steps stay, but one that would write over such a change is refused and dropped when replayed."""
        if not self.changed_outside() or self.w.grid.is_editing():
            return False
        self.w.refresh()
        self.w.statusBar().showMessage(
            translate(
                "MainWindow",
                "The figures were changed outside this window (another program or the nxdesk command line) "
                "and have been reloaded.",
            ),
            15000,
        )
        return True

    def write(
        self, changes: list[Change], undo: bool, source: str, replay: bool = False
    ) -> list[Change] | None:
        """Write the changes; the changes as written (their ``old`` as the cells held it), None if refused."""
        try:
            return apply_changes(self.w.db, changes, undo=undo, source=source, replay=replay)
        except ChangedElsewhere:
            self.w.refresh()
            self.w.show_problem(
                translate(
                    "MainWindow",
                    "This step cannot be undone or redone: the figure was changed outside this window "
                    "(another program or the nxdesk command line) after your edit. The step was dropped and "
                    "the figure as changed there is kept.",
                )
            )
            return None
        except locks.PeriodLocked as exc:
            self.w.show_problem(
                translate(
                    "MainWindow", "%1 %2 is locked: the figures are final. Unlock the period to change them."
                )
                .replace("%1", period_name(exc.months))
                .replace("%2", str(exc.year))
            )
            return None
        except (StoreError, sqlite3.Error) as exc:
            dialogs().error(
                self,
                translate("MainWindow", "Not saved"),
                write_error_text(exc)
                if is_busy(exc)
                else translate("MainWindow", "The change could not be saved: %1").replace("%1", str(exc)),
            )
            return None

    def commit(self, changes: list[Change], label: str) -> bool:
        """Write the grid's changes in one transaction and push them as one undo step."""
        source = "paste" if len(changes) > 1 else "grid"
        outside = self.changed_outside()
        written = self.write(changes, False, source)
        if written is None:
            return False
        self.record(written, label)
        if outside:  # rows may have come or gone too: re-read all once the grid has finished this edit
            QTimer.singleShot(0, self.w.check_outside_changes)
        return True

    def record(self, written: list[Change], label: str) -> None:
        """Push changes already written (in one transaction) as one undo step of the place shown, re-read
        the rows and say when it was saved."""
        location = Location(self.w.year, self.w.months, self.w.sector_id)
        self.w.undo_stack.push(EditCommand(written, location, self.replay, label))
        self.w._after_write(written)

    def restore(self, changes: list[Change], label: str) -> list[Change]:
        """A value restored from the history: written like an edit (one transaction, source "restore")
        and undone as one step. Refusals (a locked period, a busy file) are raised to the history dialog,
        which tells the clerk."""
        if not self.w.grid.commit_open_editor():
            return []
        written = apply_changes(self.w.db, changes, source="restore")
        self.record(written, label)
        return written

    def dialog_wrote(self, *, keeps_undo: bool) -> None:
        """A dialog or an import wrote to the file outside this writer: the undo steps from before it are
        dropped (undoing one would write over what it did, silently) and the clerk is told — unless it
        wrote only through this writer or never the figures (``keeps_undo``)."""
        if not keeps_undo and self.w.undo_stack.count():
            self.w.undo_stack.clear()
            self.w.statusBar().showMessage(
                translate("MainWindow", "The undo history was cleared: the file was changed by the dialog."),
                15000,
            )
        self.w._data_version = data_version(self.w.db)

    def replay(self, changes: list[Change], location: Location, undo: bool) -> bool:
        if not self.w.grid.commit_open_editor():
            return False
        self.check_outside_changes()
        if (location.year, location.months, location.sector_id) != (
            self.w.year,
            self.w.months,
            self.w.sector_id,
        ):
            self.w.go_to(location.year, location.months, location.sector_id)
        written = self.write(changes, undo, "undo" if undo else "redo", replay=True)
        if written is None:
            return False
        self.w._after_write(written)
        self.w.grid.select_target(changes[0].target_id)
        return True
