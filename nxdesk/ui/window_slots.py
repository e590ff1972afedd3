"""The main window's slots that open the other parts' dialogs (imported lazily, in the slot), the grid's
context menu, and the first-run page. Mixed into :class:`~nxdesk.ui.main_window.MainWindow`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from ..store.settings import load_settings

translate = QCoreApplication.translate


class WindowSlots:
    """Dialog, menu and first-run slots of the main window (uses its db, grid, year, months, sector)."""

    # --- dialogs of the other parts ------------------------------------------------------------------------
    def _before_dialog(self) -> bool:
        if not self.grid.commit_open_editor():
            return False
        self.check_outside_changes()  # the dialog starts from the figures as they are in the file
        return True

    def launch(self, run, *, keeps_undo: bool = False) -> bool:
        """One policy for every dialog: commit what is being typed, start from the file as it is, run the
        dialog; when it wrote to the file, the writer applies its undo policy (``WindowWriter.dialog_wrote``:
        ``keeps_undo`` for a dialog that writes figures only through the writer, or none) and the time it was
        saved is noted. Then the window re-reads the file into its state, which the views follow. True when
        it wrote."""
        if not self._before_dialog():
            return False
        before = self.db.conn.total_changes
        run()
        wrote = self.db.conn.total_changes != before
        if wrote:
            self.writer.dialog_wrote(keeps_undo=keeps_undo)
            self.state.saved_at = datetime.now()
        self.refresh()
        return wrote

    def open_plan_editor(self) -> None:
        from .dialogs.plan_editor import PlanEditorDialog

        self.launch(lambda: PlanEditorDialog(self.db, self.year, self).exec())

    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        before = load_settings(self.db).language
        # settings never change a figure: the undo steps stay (a language change keeps them too)
        self.launch(lambda: SettingsDialog(self.db, self).exec(), keeps_undo=True)
        after = load_settings(self.db).language
        if after != before:
            self.apply_language(after)

    def apply_language(self, language: str) -> None:
        """Apply a new interface language at once, in this window: the translators (nxdesk's and Qt's own)
        are swapped and every text is named again; what is shown, selected or typed stays."""
        from .i18n import install_translator

        install_translator(language)
        self.retranslate()

    def open_summary(self) -> None:
        from .dialogs.summary_dialog import SummaryDialog

        self.launch(lambda: SummaryDialog(self.db, self.year, self.months, self).exec())

    def open_units(self, then: str | None = None) -> None:
        from .dialogs.units_dialog import UnitsDialog

        def run() -> None:
            dialog = UnitsDialog(self.db, self.year, self.months, self)
            if then == "assign":
                dialog.assign()
            elif then == "receive":
                dialog.receive()
            dialog.exec()

        # a unit's package never writes the office's figures: the undo steps stay
        self.launch(run, keeps_undo=True)

    def take_assignment(self) -> None:
        """Import the package of targets the level above assigned, then show its year."""
        from .dialogs.assignment_import import take_assignment

        taken: list[int | None] = []
        if self.launch(lambda: taken.append(take_assignment(self, self.db))) and taken[0] is not None:
            self.go_to(taken[0], self.months, None)

    def open_lock(self) -> None:
        from .dialogs.lock_dialog import LockDialog

        self.launch(lambda: LockDialog(self.db, self.year, self.months, self).exec())

    def open_history(self) -> None:
        from .dialogs.history_dialog import HistoryDialog

        target = self.grid.current_target()
        if target is not None:
            self.launch(
                lambda: HistoryDialog(
                    self.db, target, self.year, self.months, self, write=self.writer.restore
                ).exec(),
                keeps_undo=True,  # a restore is written through the writer: one undo step
            )

    def open_backup(self) -> None:
        from .dialogs.backup_dialog import BackupDialog

        shown: list[BackupDialog] = []

        def run() -> None:
            shown.append(BackupDialog(self.db, self.db_path, self))
            shown[0].exec()

        self.launch(run)
        if shown and shown[0].restored:  # the stack's "before" values belong to another file now
            self.writer.dialog_wrote(keeps_undo=False)
            self._saved()

    def import_figures(self) -> None:
        from .import_export import choose_import, import_figures

        path = choose_import(self, self.db) if self._before_dialog() else None
        if path is not None:  # checked and previewed: only now is anything written
            self.launch(lambda: import_figures(self, self.db, path))

    def export_entry_workbook(self) -> None:
        from .import_export import export_entry_workbook

        if self._before_dialog():
            export_entry_workbook(self, self.db, self.year, self.months)

    def _grid_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_history)
        menu.addSeparator()
        menu.addAction(translate("MainWindow", "Copy"), self._copy_cells)
        menu.addAction(self.periods.act_copy_table)
        paste = menu.addAction(translate("MainWindow", "Paste"), self._paste_cells)
        clear = menu.addAction(translate("MainWindow", "Clear"), self.grid.clear_selection)
        paste.setEnabled(not self._locked)
        clear.setEnabled(not self._locked)
        menu.addSeparator()
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def _copy_cells(self) -> None:
        self.grid.copy_selection()

    def _paste_cells(self) -> None:
        self.grid.paste_text(QGuiApplication.clipboard().text())

    # --- first run -----------------------------------------------------------------------------------------
    def _show_first_run(self) -> None:
        from .first_run import FirstRunPage

        if self._first_run is None:
            self._first_run = FirstRunPage(self.db, self)
            self._first_run.loaded.connect(self._first_run_loaded)
            self._first_run.empty_year.connect(self._first_run_empty_year)
            self.stack.addWidget(self._first_run)
        self.stack.setCurrentWidget(self._first_run)
        self.status_counts.setText("")

    def _first_run_loaded(self, year: int, months: int) -> None:
        self.year, self.months, self.sector_id = year, months, None
        self._set_period_box(months)
        self.refresh()
        self._saved()

    def _first_run_empty_year(self, year: int) -> None:
        self._chosen_empty_year = year
        self.year = year
        self.refresh()
        self.open_plan_editor()
