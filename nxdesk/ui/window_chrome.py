"""The main window's actions, toolbar (year, period, Ước/Chính thức, the other parts' dialogs) and menus,
named through the window's live texts (renamed in place when the language changes). Mixed into
:class:`~nxdesk.ui.main_window.MainWindow`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QToolBar

from .i18n import period_choices

translate = QCoreApplication.translate
Texts = Callable[[], str]


class WindowChrome:
    """Builds the actions, the toolbar and the menus; the slots live in the window and its mixins."""

    def _action(self, text: Texts, slot, shortcut=None, tip: Texts | None = None) -> QAction:
        """An action named (and tool-tipped) in the interface language, renamed when it changes."""
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        self.texts.set(action.setText, text)
        if tip is not None:
            self.texts.set(action.setToolTip, tip)
        return action

    def _name_undo_actions(self, undo: str | None = None, redo: str | None = None) -> None:
        """ "Undo <step>" and "Redo <step>" in the interface language (the step's own text from the stack)."""
        self._undo_texts = (
            self._undo_texts[0] if undo is None else undo,
            self._undo_texts[1] if redo is None else redo,
        )
        for action, word, what in (
            (self.act_undo, translate("MainWindow", "Undo"), self._undo_texts[0]),
            (self.act_redo, translate("MainWindow", "Redo"), self._undo_texts[1]),
        ):
            action.setText(f"{word} {what}" if what else word)

    def _build_actions(self) -> None:
        self.act_plan = self._action(
            lambda: translate("MainWindow", "Plan…"),
            self.open_plan_editor,
            tip=lambda: translate("MainWindow", "Targets and plans of the year"),
        )
        self.act_summary = self._action(
            lambda: translate("MainWindow", "Summary…"),
            self.open_summary,
            QKeySequence.Print,
            lambda: translate("MainWindow", "Summary table, printing, PDF, Excel and the report draft"),
        )
        self.act_lock = self._action(
            lambda: translate("MainWindow", "Lock figures"),
            self.open_lock,
            tip=lambda: translate("MainWindow", "Lock or unlock this period"),
        )
        self.act_settings = self._action(lambda: translate("MainWindow", "Settings…"), self.open_settings)
        self.act_backup = self._action(lambda: translate("MainWindow", "Backup / Restore…"), self.open_backup)
        self.act_import = self._action(
            lambda: translate("MainWindow", "Import figures…"),
            self.import_figures,
            tip=lambda: translate("MainWindow", "A CSV table or a filled entry workbook, all or nothing"),
        )
        self.act_entry_book = self._action(
            lambda: translate("MainWindow", "Entry workbook for departments…"),
            self.export_entry_workbook,
            tip=lambda: translate(
                "MainWindow", "An Excel workbook of a period for the departments to fill in or confirm"
            ),
        )
        self.act_history = self._action(lambda: translate("MainWindow", "Value history…"), self.open_history)
        self.act_units = self._action(
            lambda: translate("MainWindow", "Units and results by unit…"), self.open_units
        )
        self.act_assign = self._action(
            lambda: translate("MainWindow", "Assign targets…"), lambda: self.open_units("assign")
        )
        self.act_receive = self._action(
            lambda: translate("MainWindow", "Receive reports…"), lambda: self.open_units("receive")
        )
        self.act_assigned = self._action(
            lambda: translate("MainWindow", "Import an assignment package…"),
            self.take_assignment,
            tip=lambda: translate(
                "MainWindow", "The targets and plans the level above assigned to this office"
            ),
        )
        self.act_quit = self._action(lambda: translate("MainWindow", "Quit"), self.close, QKeySequence.Quit)
        stack = self.undo_stack
        self.act_undo = QAction(self)
        self.act_undo.triggered.connect(stack.undo)
        self.act_undo.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.act_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.Undo))
        self.act_redo = QAction(self)
        self.act_redo.triggered.connect(stack.redo)
        self.act_redo.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self._undo_texts = ("", "")
        stack.undoTextChanged.connect(lambda text: self._name_undo_actions(undo=text))
        stack.redoTextChanged.connect(lambda text: self._name_undo_actions(redo=text))
        self.texts.call(self._name_undo_actions)
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.Redo) if k not in redo_keys]
        self.act_redo.setShortcuts(redo_keys)
        for action in (self.act_undo, self.act_redo):
            self.addAction(action)

    def _build_toolbar(self) -> None:
        texts = self.texts
        bar = QToolBar(self)
        texts.set(bar.setWindowTitle, lambda: translate("MainWindow", "Toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        year_label = QLabel(self)
        texts.set(year_label.setText, lambda: translate("MainWindow", "Year") + " ")
        bar.addWidget(year_label)
        self.year_box = QComboBox(self)
        self.year_box.setMinimumContentsLength(5)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        bar.addWidget(self.year_box)
        period_label = QLabel(self)
        texts.set(period_label.setText, lambda: "  " + translate("MainWindow", "Period") + " ")
        bar.addWidget(period_label)
        self.period_box = QComboBox(self)
        for label, months in period_choices():
            self.period_box.addItem(label, months)
        texts.call(self._name_periods)
        self.period_box.setMaxVisibleItems(20)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        bar.addWidget(self.period_box)
        bar.addSeparator()
        self.radio_estimate = QRadioButton(self)
        self.radio_official = QRadioButton(self)
        texts.set(self.radio_estimate.setText, lambda: translate("MainWindow", "Estimate"))
        texts.set(self.radio_official.setText, lambda: translate("MainWindow", "Official"))
        texts.set(
            self.radio_estimate.setToolTip,
            lambda: translate("MainWindow", "Values typed now are stored as estimates"),
        )
        texts.set(
            self.radio_official.setToolTip,
            lambda: translate("MainWindow", "Values typed now are stored as official figures"),
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

    def _name_periods(self) -> None:
        for row, (label, _months) in enumerate(period_choices()):
            self.period_box.setItemText(row, label)

    def _menu(self, title: Texts):
        menu = self.menuBar().addMenu("")
        self.texts.set(menu.setTitle, title)
        return menu

    def _build_menus(self) -> None:
        file_menu = self._menu(lambda: translate("MainWindow", "&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_entry_book)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = self.edit_menu = self._menu(lambda: translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_history)
        tools = self._menu(lambda: translate("MainWindow", "&Tools"))
        for action in (self.act_plan, self.act_summary, self.act_lock):
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self.act_settings)
        units_menu = self._menu(lambda: translate("MainWindow", "&Units"))
        for action in (self.act_units, self.act_assign, self.act_receive):
            units_menu.addAction(action)
        units_menu.addSeparator()
        units_menu.addAction(self.act_assigned)
        menus = self.keys.menu_actions()
        for title, name in (
            (lambda: translate("MainWindow", "&View"), "view"),
            (lambda: translate("MainWindow", "&Help"), "help"),
        ):
            menu = self._menu(title)
            if name == "view":
                self.view_menu = menu
            for action in menus[name]:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
