"""The main window's actions, toolbar (year, period, Ước/Chính thức, the other parts' dialogs) and menus.
Mixed into :class:`~nxdesk.ui.main_window.MainWindow`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QToolBar

from .i18n import period_choices

translate = QCoreApplication.translate


class WindowChrome:
    """Builds the actions, the toolbar and the menus; the slots live in the window and its mixins."""

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        if tip:
            action.setToolTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_plan = self._action(
            translate("MainWindow", "Plan…"),
            self.open_plan_editor,
            tip=translate("MainWindow", "Targets and plans of the year"),
        )
        self.act_summary = self._action(
            translate("MainWindow", "Summary…"),
            self.open_summary,
            QKeySequence.Print,
            translate("MainWindow", "Summary table, printing, PDF, Excel and the report draft"),
        )
        self.act_lock = self._action(
            translate("MainWindow", "Lock figures"),
            self.open_lock,
            tip=translate("MainWindow", "Lock or unlock this period"),
        )
        self.act_settings = self._action(translate("MainWindow", "Settings…"), self.open_settings)
        self.act_backup = self._action(translate("MainWindow", "Backup / Restore…"), self.open_backup)
        self.act_import = self._action(
            translate("MainWindow", "Import figures…"),
            self.import_figures,
            tip=translate("MainWindow", "A CSV table or a filled entry workbook, all or nothing"),
        )
        self.act_entry_book = self._action(
            translate("MainWindow", "Entry workbook for departments…"),
            self.export_entry_workbook,
            tip=translate("MainWindow", "An Excel workbook of this period with empty cells to fill in"),
        )
        self.act_history = self._action(translate("MainWindow", "Value history…"), self.open_history)
        self.act_units = self._action(translate("MainWindow", "Units and results by unit…"), self.open_units)
        self.act_assign = self._action(
            translate("MainWindow", "Assign targets…"), lambda: self.open_units("assign")
        )
        self.act_receive = self._action(
            translate("MainWindow", "Receive reports…"), lambda: self.open_units("receive")
        )
        self.act_assigned = self._action(
            translate("MainWindow", "Import an assignment package…"),
            self.take_assignment,
            tip=translate("MainWindow", "The targets and plans the level above assigned to this office"),
        )
        self.act_quit = self._action(translate("MainWindow", "Quit"), self.close, QKeySequence.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self, translate("MainWindow", "Undo"))
        self.act_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, translate("MainWindow", "Redo"))
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.Redo) if k not in redo_keys]
        self.act_redo.setShortcuts(redo_keys)
        for action in (self.act_undo, self.act_redo):
            self.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(translate("MainWindow", "Year") + " ", self))
        self.year_box = QComboBox(self)
        self.year_box.setMinimumContentsLength(5)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        bar.addWidget(self.year_box)
        bar.addWidget(QLabel("  " + translate("MainWindow", "Period") + " ", self))
        self.period_box = QComboBox(self)
        for label, months in period_choices():
            self.period_box.addItem(label, months)
        self.period_box.setMaxVisibleItems(20)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        bar.addWidget(self.period_box)
        bar.addSeparator()
        self.radio_estimate = QRadioButton(translate("MainWindow", "Estimate"), self)
        self.radio_official = QRadioButton(translate("MainWindow", "Official"), self)
        self.radio_estimate.setToolTip(translate("MainWindow", "Values typed now are stored as estimates"))
        self.radio_official.setToolTip(
            translate("MainWindow", "Values typed now are stored as official figures")
        )
        self.status_group = QButtonGroup(self)
        self.status_group.addButton(self.radio_estimate)
        self.status_group.addButton(self.radio_official)
        self.radio_estimate.setChecked(True)
        self.radio_estimate.toggled.connect(self._status_mode_changed)
        bar.addWidget(self.radio_estimate)
        bar.addWidget(self.radio_official)
        bar.addSeparator()
        for action in (self.act_plan, self.act_summary, self.act_lock, self.act_settings):
            bar.addAction(action)
        self.toolbar = bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_entry_book)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_history)
        tools = self.menuBar().addMenu(translate("MainWindow", "&Tools"))
        for action in (self.act_plan, self.act_summary, self.act_lock):
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self.act_settings)
        units_menu = self.menuBar().addMenu(translate("MainWindow", "&Units"))
        for action in (self.act_units, self.act_assign, self.act_receive):
            units_menu.addAction(action)
        units_menu.addSeparator()
        units_menu.addAction(self.act_assigned)
        menus = self.keys.menu_actions()
        for title, name in (
            (translate("MainWindow", "&View"), "view"),
            (translate("MainWindow", "&Help"), "help"),
        ):
            menu = self.menuBar().addMenu(title)
            for action in menus[name]:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
