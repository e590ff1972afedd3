"""The "Dự thảo báo cáo" tab: the narrative draft of a period, editable, copyable, saved as .docx or .txt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.periods import Period
from ...report.narrative import narrative, period_title
from ...store.settings import Settings, load_settings
from ...store.summary import load_summary
from ..dialog_service import ask_save_path, dialogs, tell_saved

if TYPE_CHECKING:
    from sqlite_utils import Database


class NarrativePane(QWidget):
    """Shows the narrative draft of (year, months) built from the store; the clerk may edit the text
    before copying it to the clipboard or saving it (.docx for Word, .txt). "Tạo lại" rebuilds it."""

    saved = Signal(str)  # the path of a file just written

    def __init__(self, db: Database, year: int, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._period = Period(year, months)
        self._settings: Settings = Settings()
        self._generated = ""

        self.heading = QLabel(self)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("narrativeText")
        font = QFont(self.editor.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.editor.setFont(font)
        self.editor.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.status = QLabel(self)
        self.status.setObjectName("narrativeStatus")

        self.regenerate_button = QPushButton(self.tr("Rebuild from data"), self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.docx_button = QPushButton(self.tr("Save as Word (.docx)…"), self)
        self.txt_button = QPushButton(self.tr("Save as text (.txt)…"), self)
        self.copy_button.setDefault(True)
        self.regenerate_button.setToolTip(self.tr("Write the draft again from the current figures"))
        self.copy_button.setToolTip(self.tr("Copy the whole draft, ready to paste into Word"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.regenerate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.docx_button)
        buttons.addWidget(self.txt_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.regenerate_button.clicked.connect(self._on_regenerate)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.docx_button.clicked.connect(self.save_docx)
        self.txt_button.clicked.connect(self.save_txt)
        self.refresh()

    # -- content --------------------------------------------------------------------------------
    def text(self) -> str:
        """The draft as it stands in the editor (with the clerk's edits)."""
        return self.editor.toPlainText()

    def set_period(self, year: int, months: int) -> None:
        self._period = Period(year, months)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the draft from the store (the clerk's edits are replaced)."""
        self._settings = load_settings(self._db)
        summary = load_summary(self._db, self._period.year, self._period.months)
        self._generated = narrative(summary, self._settings)
        self.editor.setPlainText(self._generated)
        title = period_title(self._period.months, self._period.year).capitalize()
        self.heading.setText(self.tr("Draft report — %1").replace("%1", title))
        self.status.setText(self.tr("Built from the figures in the database; you may edit the text here."))

    def _on_regenerate(self) -> None:
        if self.text() != self._generated and not dialogs().confirm(
            self, self.tr("Rebuild the draft"), self.tr("Your edits to the draft will be lost. Rebuild it?")
        ):
            return
        self.refresh()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied to the clipboard — paste it into Word with Ctrl+V."))

    # -- files ----------------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        p = self._period
        return f"du-thao-bao-cao-{p.months}-thang-{p.year}{suffix}"

    def _ask_path(self, title: str, filters: str, suffix: str) -> Path | None:
        return ask_save_path(self, title, filters, self._suggested_name(suffix), suffix)

    def save_docx(self) -> Path | None:
        title, filters = self.tr("Save the draft as a Word document"), self.tr("Word documents (*.docx)")
        path = self._ask_path(title, filters, ".docx")
        if path is None:
            return None
        from ...report.docx_out import write_narrative_docx

        text, settings, period = self.text(), self._settings, self._period
        return self._write(path, lambda: write_narrative_docx(text, settings, period, path))

    def save_txt(self) -> Path | None:
        path = self._ask_path(self.tr("Save the draft as text"), self.tr("Text files (*.txt)"), ".txt")
        if path is None:
            return None
        from ...report.docx_out import write_text_file

        return self._write(path, lambda: write_text_file(self.text(), path))

    def _write(self, path: Path, write) -> Path | None:
        try:
            write()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("Could not write %1:\n%2\nThe file may be open in another program.")
            message = message.replace("%1", str(path)).replace("%2", reason)
            dialogs().error(self, self.tr("Could not save"), message)
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.saved.emit(str(path))
        tell_saved(self, self.tr("Saved"), self.tr("Saved to %1").replace("%1", str(path)), path)
        return path
