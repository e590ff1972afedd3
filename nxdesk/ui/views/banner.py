"""The message line over the foot of the grid: shown over it rather than above it, so the grid never moves
under the clerk's mouse when a message comes or goes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

PROBLEM_STYLE = "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e5a39c; padding: 6px; }"
NOTICE_STYLE = "QLabel { background: #eeeeee; color: #333333; border: 1px solid #cccccc; padding: 6px; }"


class Banner(QLabel):
    """A problem (red) or a notice (grey) floating at the bottom of ``area``; Esc in the grid hides it."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.area = area
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.kind = ""
        area.installEventFilter(self)
        self.hide()

    def show_text(self, text: str, kind: str) -> None:
        self.kind = kind
        self.setStyleSheet(PROBLEM_STYLE if kind == "problem" else NOTICE_STYLE)
        self.setText(text)
        self.show()
        self.place()
        self.raise_()

    def place(self) -> None:
        width = self.area.width()
        height = min(self.heightForWidth(width), self.area.height() // 2)
        self.setGeometry(0, self.area.height() - height, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() == QEvent.Resize and self.isVisible():
            self.place()
        return False
