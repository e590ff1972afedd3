"""The main window's keyboard and view actions: sector, period and year keys, moving between panes, the find
bar, the "behind plan only" filter, the chart pane's toggle, help (F1) and About."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..domain.targets import Assessment
from .dialog_service import dialogs
from .live_texts import LiveTexts

translate = QCoreApplication.translate

BEHIND = frozenset({Assessment.BEHIND, Assessment.NOT_MET})


def folded(text: str) -> str:
    """Lower case without accents, so "thu ngan" finds "Thu ngân sách"."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def app_version() -> str:
    from .. import __version__  # read on first use

    return __version__


class FindBar(QWidget):
    """A line above the grid: type part of a target's name or its code; Enter finds the next one."""

    closed = Signal()

    def __init__(self, parent: QWidget, texts: LiveTexts) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        label = QLabel(self)
        texts.set(label.setText, lambda: translate("MainWindow", "Find target:"))
        layout.addWidget(label)
        self.edit = QLineEdit(self)
        texts.set(
            self.edit.setPlaceholderText,
            lambda: translate("MainWindow", "name or code — Enter: next, Esc: close"),
        )
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit, 1)
        self.result = QLabel(self)
        layout.addWidget(self.result)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.closed)
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class WindowKeys(QObject):
    """Builds the window's keyboard and view actions and answers them through the window's navigation."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.behind_only = False
        w = window
        self.act_next_sector = self.action(
            lambda: translate("MainWindow", "Next sector"), "Ctrl+PgDown", self.sector_step, 1
        )
        self.act_prev_sector = self.action(
            lambda: translate("MainWindow", "Previous sector"), "Ctrl+PgUp", self.sector_step, -1
        )
        self.act_next_period = self.action(
            lambda: translate("MainWindow", "Next period"), "Alt+Right", self.period_step, 1
        )
        self.act_prev_period = self.action(
            lambda: translate("MainWindow", "Previous period"), "Alt+Left", self.period_step, -1
        )
        self.act_next_year = self.action(
            lambda: translate("MainWindow", "Next year"), "Alt+PgDown", self.year_step, 1
        )
        self.act_prev_year = self.action(
            lambda: translate("MainWindow", "Previous year"), "Alt+PgUp", self.year_step, -1
        )
        self.act_next_pane = self.action(
            lambda: translate("MainWindow", "Next pane"), ["F6", "Ctrl+Tab"], self.pane_step, 1
        )
        self.act_prev_pane = self.action(
            lambda: translate("MainWindow", "Previous pane"),
            ["Shift+F6", "Ctrl+Shift+Tab"],
            self.pane_step,
            -1,
        )
        self.act_find = self.action(
            lambda: translate("MainWindow", "Find target…"), QKeySequence.Find, self.show_find
        )
        self.act_behind = self.action(
            lambda: translate("MainWindow", "Only targets behind plan"), "Ctrl+B", self.set_behind_only
        )
        self.act_behind.setCheckable(True)
        self.act_chart = self.action(
            lambda: translate("MainWindow", "Chart pane"), "F8", self.set_chart_shown
        )
        self.act_chart.setCheckable(True)
        self.act_chart.setChecked(True)
        self.act_help = self.action(
            lambda: translate("MainWindow", "Help"), QKeySequence.HelpContents, self.show_help
        )
        self.act_about = self.action(lambda: translate("MainWindow", "About nxdesk"), None, self.show_about)
        self.find_bar = FindBar(w, w.texts)
        self.find_bar.edit.textEdited.connect(lambda _t: self.find(0))
        self.find_bar.edit.returnPressed.connect(lambda: self.find(1))
        self.find_bar.closed.connect(self.close_find)

    def action(self, text: Callable[[], str], keys, slot, *args) -> QAction:
        """An action of the window named in the interface language, with its window-wide shortcuts."""
        action = QAction(self.w)
        self.w.texts.set(action.setText, text)
        if keys is not None:
            keys = keys if isinstance(keys, list) else [keys]
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.WindowShortcut)
        if args:
            action.triggered.connect(lambda _checked=False: slot(*args))
        else:
            action.triggered.connect(slot)
        self.w.addAction(action)
        return action

    def menu_actions(self) -> dict[str, list[QAction | None]]:
        return {
            "view": [
                self.act_find,
                self.act_behind,
                self.act_chart,
                None,
                self.act_prev_sector,
                self.act_next_sector,
                self.act_prev_period,
                self.act_next_period,
                self.act_prev_year,
                self.act_next_year,
                None,
                self.act_next_pane,
                self.act_prev_pane,
            ],
            "help": [self.act_help, self.act_about],
        }

    # --- navigation ----------------------------------------------------------------------------------------
    def sector_step(self, step: int) -> None:
        sectors = self.w.sectors
        count = sectors.count()
        if count:
            row = (max(sectors.currentRow(), 0) + step) % count
            sectors.setCurrentRow(row)

    def period_step(self, step: int) -> None:
        box = self.w.period_box
        row = box.currentIndex() + step
        if 0 <= row < box.count() and box.isEnabled():
            box.setCurrentIndex(row)

    def year_step(self, step: int) -> None:
        box = self.w.year_box
        row = box.currentIndex() + step
        if 0 <= row < box.count() and box.isEnabled():
            box.setCurrentIndex(row)

    def panes(self) -> list[QWidget]:
        w = self.w
        shown = [w.sectors, w.grid]
        if w.chart is not None and w.chart.isVisible():
            shown.append(w.chart)
        return shown

    def pane_step(self, step: int) -> None:
        if not self.w.grid.commit_open_editor():
            return
        panes = self.panes()
        focus = self.w.focusWidget()
        current = next((i for i, p in enumerate(panes) if focus is p or p.isAncestorOf(focus)), 0)
        pane = panes[(current + step) % len(panes)]
        pane.setFocus(Qt.OtherFocusReason)
        if pane is self.w.chart:
            pane.focusNextChild()

    # --- the chart pane ------------------------------------------------------------------------------------
    def chart_widget(self) -> QWidget:
        return self.w.chart if self.w.chart is not None else self.w.chart_placeholder

    def set_chart_shown(self, shown: bool) -> None:
        self.act_chart.setChecked(shown)
        self.chart_widget().setVisible(shown)
        if (
            not shown
            and self.w.focusWidget() is not None
            and self.chart_widget().isAncestorOf(self.w.focusWidget())
        ):
            self.w.grid.setFocus()

    # --- find and filter -----------------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.find_bar.result.clear()
        self.w.grid.setFocus()

    def matches(self, text: str) -> list[tuple[int, int]]:
        """(sector, target) of every target of the period whose name or code holds ``text``, in order."""
        needle = folded(text.strip())
        if not needle:
            return []
        order = [self.w.sectors.item(i).data(Qt.UserRole + 1) for i in range(self.w.sectors.count())]
        rank = {s: i for i, s in enumerate(order)}
        rows = sorted(self.w._rows, key=lambda r: rank.get(r.input.sector_id, len(rank)))
        return [
            (r.input.sector_id, r.input.target_id)
            for r in rows
            if needle in folded(r.input.name) or needle in folded(r.input.code)
        ]

    def find(self, step: int) -> None:
        found = self.matches(self.find_bar.edit.text())
        bar = self.find_bar
        if not found:
            bar.result.setText(translate("MainWindow", "not found") if bar.edit.text().strip() else "")
            return
        current = (self.w.sector_id, self.w.grid.current_target())
        at = found.index(current) if current in found else -1
        number = (at + step) % len(found) if at >= 0 else 0
        sector, target = found[number]
        if self.w.grid.entry_model.row_of_target(target) is None:
            if self.behind_only:
                self.set_behind_only(False)
            if sector != self.w.sector_id:
                self.w.go_to(self.w.year, self.w.months, sector)
        self.w.grid.select_target(target)
        bar.result.setText(f"{number + 1}/{len(found)}")

    def set_behind_only(self, on: bool) -> None:
        self.behind_only = on
        self.act_behind.setChecked(on)
        self.w.state.publish()

    def shown_rows(self, rows: list) -> list:
        """The sector's rows as the filter lets them through (behind plan, with their parent rows)."""
        if not self.behind_only:
            return rows
        behind = {r.input.code for r in rows if r.assessment in BEHIND}
        parents = {r.input.parent for r in rows if r.input.code in behind}
        return [r for r in rows if r.input.code in behind or r.input.code in parents]

    # --- help ----------------------------------------------------------------------------------------------
    def show_help(self) -> None:
        from ..store.settings import load_settings
        from .help_dialog import HelpDialog

        self.help = HelpDialog(self.w, load_settings(self.w.db).language)
        self.help.exec()

    def show_about(self) -> None:
        dialogs().info(
            self.w,
            translate("MainWindow", "About nxdesk"),
            translate(
                "MainWindow",
                "nxdesk %1 — the yearly targets' figures, charts and reports of an office, offline.\n\n"
                "Data file: %2",
            )
            .replace("%1", app_version())
            .replace("%2", str(self.w.db_path.resolve())),
        )
