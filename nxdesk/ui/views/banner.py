"""The message line under the grid, part of the layout: it takes room from the grid's foot, so it never covers
a row and never moves the rows under the clerk's mouse when it comes or goes (rows keep their place from the
grid's top). Esc in the grid dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

PROBLEM_STYLE = "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e5a39c; padding: 6px; }"
NOTICE_STYLE = "QLabel { background: #eeeeee; color: #333333; border: 1px solid #cccccc; padding: 6px; }"


class Banner(QLabel):
    """A problem (red) or a notice (grey) shown in the layout below the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        self.kind = ""
        self.hide()

    def show_text(self, text: str, kind: str) -> None:
        self.kind = kind
        self.setStyleSheet(PROBLEM_STYLE if kind == "problem" else NOTICE_STYLE)
        self.setText(text)
        self.show()
