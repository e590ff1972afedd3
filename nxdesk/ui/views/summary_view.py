"""The summary table on screen: the same printed-table structure and HTML as the PDF, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...report.fonts import ensure_fonts
from ...report.html import screen_html
from ...report.table import PrintedTable


class SummaryView(QWidget):
    """Shows a :class:`PrintedTable` (title, counts line, table) in a read-only, selectable browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("summaryTable")
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("summaryEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser, 1)
        self._table: PrintedTable | None = None

    def set_table(self, table: PrintedTable | None, empty_text: str = "") -> None:
        """Show ``table``; ``None`` shows ``empty_text`` instead."""
        self._table = table
        if table is None or not table.rows:
            self.browser.clear()
            self.browser.hide()
            self.empty.setText(empty_text)
            self.empty.show()
            return
        self.empty.hide()
        self.browser.show()
        self.browser.setHtml(screen_html(table, ensure_fonts(), 11))

    def text(self) -> str:
        """The text on screen (for tests and copying)."""
        return self.browser.toPlainText() if self._table is not None else self.empty.text()
