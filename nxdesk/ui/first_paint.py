"""Run something once, right after a widget has painted for the first time (deferred work at start-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    """Event filter that calls ``callback`` from the event loop once ``widget``'s first paint has finished."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], deferred: bool) -> None:
        super().__init__(widget)
        self.callback, self.deferred = callback, deferred
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            if self.deferred:
                QTimer.singleShot(0, self, self.callback)  # after the whole window has been painted
            else:
                self.callback()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None], *, deferred: bool = True) -> None:
    """Call ``callback`` once ``widget`` first paints: from the event loop after the paint (``deferred``), or
    as the paint begins (for measuring when it happened)."""
    _AfterFirstPaint(widget, callback, deferred)
