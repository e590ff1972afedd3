"""The main window's read-only views of the figures (each quarter on its own, two periods side by side) and
copying the grid as a table; their actions join the View and Edit menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

translate = QCoreApplication.translate


class PeriodViews(QObject):
    """Builds the view actions of ``window`` and opens the views on its year, period and sector."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.act_quarters = window.keys.action(
            lambda: translate("MainWindow", "Each quarter on its own…"), "Ctrl+Shift+Q", self.show_quarters
        )
        window.texts.set(
            self.act_quarters.setToolTip,
            lambda: translate("MainWindow", "Flows by quarter: Quarter III = 9 months − 6 months"),
        )
        self.act_compare = window.keys.action(
            lambda: translate("MainWindow", "Two periods side by side…"), "Ctrl+Shift+K", self.show_comparison
        )
        self.act_copy_table = window.keys.action(
            lambda: translate("MainWindow", "Copy the table"), "Ctrl+Shift+C", self.copy_table
        )
        window.texts.set(
            self.act_copy_table.setToolTip,
            lambda: translate(
                "MainWindow", "The visible rows and columns, to paste into Excel or Word as a table"
            ),
        )
        self.view = None

    def add_to_menus(self) -> None:
        """The views at the top of the View menu, copying the table in the Edit menu."""
        view = self.w.view_menu
        first = view.actions()[0] if view.actions() else None
        view.insertAction(first, self.act_quarters)
        view.insertAction(first, self.act_compare)
        view.insertSeparator(first)
        self.w.edit_menu.addSeparator()
        self.w.edit_menu.addAction(self.act_copy_table)

    # --- views ---------------------------------------------------------------------------------------------
    def show_quarters(self) -> None:
        self._open(0)

    def show_comparison(self) -> None:
        self._open(1)

    def _open(self, which: int) -> None:
        from .dialogs.periods_view import PeriodsView

        w = self.w
        if not w.grid.commit_open_editor() or w.stack.currentWidget() is not w.splitter:
            return
        self.view = PeriodsView(w.db, w.year, w.months, w.sector_id, which, w)
        self.view.setAttribute(Qt.WA_DeleteOnClose)
        self.view.show()

    # --- copying -------------------------------------------------------------------------------------------
    def copy_table(self) -> None:
        """The whole sector as the grid shows it (visible rows and columns, with the headers)."""
        copied = self.w.grid.copy_table()
        self.w.statusBar().showMessage(
            translate("MainWindow", "Copied %1 rows: paste them into Excel or Word with Ctrl+V.").replace(
                "%1", str(copied)
            ),
            8000,
        )
