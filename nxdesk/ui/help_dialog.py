"""The guide (F1): an offline HTML page for every screen, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resource

translate = QCoreApplication.translate


def help_page(language: str) -> str:
    """The guide's HTML: English for "en", Vietnamese otherwise."""
    path = resource("help", "en.html" if language == "en" else "vi.html")
    return path.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide in a browser that follows its own links and never goes online."""

    def __init__(self, window: QWidget, language: str = "vi") -> None:
        super().__init__(window)
        self.setWindowTitle(translate("MainWindow", "nxdesk — guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource("help"))])
        self.browser.setHtml(help_page(language))
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(translate("MainWindow", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(700, screen.height() - 60))
