"""The main window's slots that open the other parts' dialogs (imported lazily, in the slot), the grid's
context menu, and the first-run page. Mixed into :class:`~nxdesk.ui.main_window.MainWindow`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from ..store.settings import load_settings
from .dialog_service import dialogs

translate = QCoreApplication.translate


class WindowSlots:
    """Dialog, menu and first-run slots of the main window (uses its db, grid, year, months, sector)."""

    # --- dialogs of the other parts ------------------------------------------------------------------------
    def _missing(self, what: str) -> None:
        dialogs().info(
            self,
            "nxdesk",
            translate("MainWindow", "%1 is not available in this version.").replace("%1", what),
        )

    def _before_dialog(self) -> bool:
        if not self.grid.commit_open_editor():
            return False
        self.check_outside_changes()  # the dialog starts from the figures as they are in the file
        return True

    def open_plan_editor(self) -> None:
        if not self._before_dialog():
            return
        try:
            from .dialogs.plan_editor import PlanEditorDialog
        except ImportError:
            return self._missing(translate("MainWindow", "The plan editor"))
        PlanEditorDialog(self.db, self.year, self).exec()
        self.refresh()

    def open_settings(self) -> None:
        if not self._before_dialog():
            return
        try:
            from .dialogs.settings_dialog import SettingsDialog
        except ImportError:
            return self._missing(translate("MainWindow", "Settings"))
        before = load_settings(self.db).language
        SettingsDialog(self.db, self).exec()
        after = load_settings(self.db).language
        if after != before:
            from .i18n import install_translator

            install_translator(after)
            dialogs().info(
                self,
                "nxdesk",
                translate("MainWindow", "The new language is used fully after nxdesk is restarted."),
            )
        self.refresh()

    def open_summary(self) -> None:
        if not self._before_dialog():
            return
        try:
            from .dialogs.summary_dialog import SummaryDialog
        except ImportError:
            return self._missing(translate("MainWindow", "The summary"))
        SummaryDialog(self.db, self.year, self.months, self).exec()

    def open_units(self, then: str | None = None) -> None:
        if not self._before_dialog():
            return
        from .dialogs.units_dialog import UnitsDialog

        dialog = UnitsDialog(self.db, self.year, self.months, self)
        if then == "assign":
            dialog.assign()
        elif then == "receive":
            dialog.receive()
        dialog.exec()

    def open_lock(self) -> None:
        if not self._before_dialog():
            return
        try:
            from .dialogs.lock_dialog import LockDialog
        except ImportError:
            return self._missing(translate("MainWindow", "Locking"))
        LockDialog(self.db, self.year, self.months, self).exec()
        self._load_period()

    def open_history(self) -> None:
        target = self.grid.current_target()
        if target is None or not self._before_dialog():
            return
        try:
            from .dialogs.history_dialog import HistoryDialog
        except ImportError:
            return self._missing(translate("MainWindow", "The value history"))
        HistoryDialog(self.db, target, self.year, self.months, self).exec()
        self._reload_sector()

    def open_backup(self) -> None:
        if not self._before_dialog():
            return
        try:
            from .dialogs.backup_dialog import BackupDialog
        except ImportError:
            return self._missing(translate("MainWindow", "Backup"))
        BackupDialog(self.db, self.db_path, self).exec()
        self.undo_stack.clear()  # after a restore the stack's "before" values belong to another file
        self.refresh()

    def import_figures(self) -> None:
        from .import_export import import_figures

        if self._before_dialog() and import_figures(self, self.db):
            self.refresh()

    def export_entry_workbook(self) -> None:
        from .import_export import export_entry_workbook

        if self._before_dialog():
            export_entry_workbook(self, self.db, self.year, self.months)

    def _grid_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_history)
        menu.addSeparator()
        menu.addAction(translate("MainWindow", "Copy"), self._copy_cells)
        paste = menu.addAction(translate("MainWindow", "Paste"), self._paste_cells)
        clear = menu.addAction(translate("MainWindow", "Clear"), self.grid.clear_selection)
        paste.setEnabled(not self._locked)
        clear.setEnabled(not self._locked)
        menu.addSeparator()
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu.exec(self.grid.viewport().mapToGlobal(pos))

    def _copy_cells(self) -> None:
        QGuiApplication.clipboard().setText(self.grid.selected_text())

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
