"""The yardstick: a bare PySide6 window with a 16-row table, closed after its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem


class Reporter(QObject):
    def __init__(self, widget, window):
        super().__init__(widget)
        self.window, self.done = window, False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("first-paint", flush=True)
        self.window.close()


app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(16, 10)
for r in range(16):
    for c in range(10):
        table.setItem(r, c, QTableWidgetItem(f"{r},{c}"))
window.setCentralWidget(table)
window.resize(1600, 900)
Reporter(table.viewport(), window)
window.show()
sys.exit(app.exec())
