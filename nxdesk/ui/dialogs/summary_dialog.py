"""Tổng hợp: the summary table of a period on screen, print preview, print, PDF and Excel, and the
narrative draft ("Dự thảo báo cáo", NarrativePane) in a second tab. Before printing or saving, a
document style without its names (the State style with no State names) is said so.

Every output goes through the same renderers as ``nxdesk export``: ``report.table.build_table`` for the
structure, ``report.pdf.print_summary`` for print, preview and PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...domain.periods import Period
from ...report.document import missing_names
from ...report.fonts import ensure_fonts
from ...report.pdf import a4_landscape, print_summary, render_pdf
from ...report.table import PrintedTable, build_table
from ...store.settings import Settings, load_settings
from ...store.summary import load_summary
from ..dialog_service import ask_save_path, dialogs, tell_saved
from ..i18n import period_of_year
from ..views.summary_view import SummaryView


class SummaryDialog(QDialog):
    """The summary of (year, months) for the whole district: table, printing, PDF, Excel, report draft."""

    def __init__(self, db: Database, year: int, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SummaryDialog")
        self._db = db
        self._period = Period(year, months)
        self._settings: Settings = Settings()
        self._summary = None
        self._table: PrintedTable | None = None
        period_text = period_of_year(months, year)
        self.setWindowTitle(self.tr("Summary — %1").replace("%1", period_text))

        self.period_label = QLabel(self.tr("Period: %1").replace("%1", f"<b>{period_text}</b>"), self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("documentDate")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setToolTip(self.tr("The date on the document's place-date line"))
        date_label = QLabel(self.tr("Document date:"), self)
        date_label.setBuddy(self.date_edit)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addStretch(1)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)

        self.view = SummaryView(self)
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.excel_button = QPushButton(self.tr("Export Excel…"), self)
        self.word_button = QPushButton(self.tr("Export Word…"), self)
        self.copy_button = QPushButton(self.tr("Copy for Word"), self)
        self.copy_button.setToolTip(self.tr("Copy the table as a Word table, ready to paste with Ctrl+V"))
        self.status = QLabel(self)
        self.status.setObjectName("summaryStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in self._output_buttons():
            buttons.addWidget(button)
        table_tab = QWidget(self)
        table_layout = QVBoxLayout(table_tab)
        table_layout.addWidget(self.view, 1)
        table_layout.addLayout(buttons)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(table_tab, self.tr("Summary table"))
        self.narrative = self._narrative_pane(year, months)
        self.tabs.addTab(self.narrative, self.tr("Report draft"))

        close = QDialogButtonBox(self)
        close_button = close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close_button.setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        self.word_button.clicked.connect(self.export_word)
        self.copy_button.clicked.connect(self.copy_for_word)
        self.reload()
        self.resize(1180, 720)
        self.view.browser.setFocus()

    def _narrative_pane(self, year: int, months: int) -> QWidget:
        try:
            from ..views.narrative_pane import NarrativePane
        except ImportError:
            label = QLabel(self.tr("The report draft is not available in this version."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        return NarrativePane(self._db, year, months, self)

    # -- content --------------------------------------------------------------------------------
    @property
    def table(self) -> PrintedTable | None:
        return self._table

    @property
    def document_date(self) -> date:
        return self.date_edit.date().toPython()

    def set_document_date(self, when: date) -> None:
        self.date_edit.setDate(QDate(when.year, when.month, when.day))

    def reload(self) -> None:
        """Read the settings and the summary again and show the table."""
        self._settings = load_settings(self._db)
        self._summary = load_summary(self._db, self._period.year, self._period.months)
        self._table = build_table(self._summary, self._settings) if self._summary.rows else None
        empty = self.tr("There are no targets for %1 yet: add them in the plan editor or import a table.")
        self.view.set_table(self._table, empty.replace("%1", str(self._period.year)))
        for button in self._output_buttons():
            button.setEnabled(self._table is not None)

    def _output_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.copy_button,
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.excel_button,
            self.word_button,
        )

    def paint_on(self, printer: QPrinter) -> int:
        """Print the document on ``printer`` (also the preview's paint handler); returns the page count."""
        if self._table is None:
            return 0
        return print_summary(self._table, self._settings, self.document_date, printer)

    def names_ready(self) -> bool:
        """Whether the document style has its names; if not, say so and let the clerk print anyway."""
        missing = missing_names(self._settings)
        if not missing:
            return True
        style = self.tr("State") if self._settings.document_style == "state" else self.tr("Party")
        labels = {
            "issuing_body": self.tr("issuing body (Party)"),
            "parent_body": self.tr("superior body (Party)"),
            "state_issuing_body": self.tr("issuing body (State)"),
            "state_parent_body": self.tr("superior body (State)"),
        }
        text = self.tr(
            "The %1 document style has no %2 in the settings, so the heading will be incomplete. "
            "Print anyway?"
        )
        text = text.replace("%1", style).replace("%2", ", ".join(labels[m] for m in missing))
        return dialogs().confirm(self, self.tr("Names missing"), text)

    # -- printing -------------------------------------------------------------------------------
    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_landscape())
        printer.setDocName(self._table.title if self._table else "nxdesk")
        return printer

    def make_preview(self) -> QPrintPreviewDialog:
        """The print preview dialog, ready to exec (A4 landscape, painted by :meth:`paint_on`)."""
        self._preview_printer = self._new_printer()
        preview = QPrintPreviewDialog(self._preview_printer, self)
        preview.setWindowTitle(self.tr("Print preview"))
        preview.paintRequested.connect(self._paint_safely)
        preview.resize(1100, 780)
        widget = preview.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.fitToWidth()
        return preview

    def preview(self) -> None:
        if self._table is not None and self.names_ready():
            self.make_preview().exec()

    def choose_printer(self) -> QPrinter | None:
        """Ask for the printer (the system print dialog); None when cancelled. Tests replace this."""
        printer = self._new_printer()
        chooser = QPrintDialog(printer, self)
        return printer if chooser.exec() == QDialog.DialogCode.Accepted else None

    def print_(self) -> None:
        if self._table is None or not self.names_ready():
            return
        printer = self.choose_printer()
        if printer is None:
            return
        pages = self._paint_safely(printer)
        if pages:
            self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))

    def _paint_safely(self, printer: QPrinter) -> int:
        try:
            return int(self._busy(lambda: self.paint_on(printer)))  # type: ignore[call-overload]
        except OSError as exc:
            dialogs().error(
                self,
                self.tr("Could not print"),
                self.tr("The document could not be printed:\n%1").replace("%1", str(exc)),
            )
            return 0

    # -- files ----------------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        return f"bieu-tong-hop-{self._period.months}-thang-{self._period.year}{suffix}"

    def _ask_path(self, title: str, filters: str, suffix: str) -> Path | None:
        return ask_save_path(self, title, filters, self._suggested_name(suffix), suffix)

    def export_pdf(self) -> Path | None:
        """Ask where, then write the PDF; returns the path written or None."""
        if self._table is None or not self.names_ready():
            return None
        path = self._ask_path(self.tr("Export the summary as PDF"), self.tr("PDF documents (*.pdf)"), ".pdf")
        if path is None:
            return None
        table, settings, when = self._table, self._settings, self.document_date
        return self._write(path, lambda: render_pdf(table, settings, when, path))

    def export_excel(self) -> Path | None:
        """Ask where, then write the summary workbook; returns the path or None."""
        if self._table is None or not self.names_ready():
            return None
        try:
            from ...report.xlsx import write_summary_xlsx
        except ImportError:
            dialogs().warning(
                self, self.tr("Export Excel"), self.tr("The Excel export is not available in this version.")
            )
            return None
        path = self._ask_path(
            self.tr("Export the summary to Excel"), self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return None
        summary, settings, when = self._summary, self._settings, self.document_date
        return self._write(path, lambda: write_summary_xlsx(summary, settings, path, today=when))

    def export_word(self) -> Path | None:
        """Ask where, then write the summary table as a Word file; returns the path or None."""
        if self._table is None or not self.names_ready():
            return None
        path = self._ask_path(
            self.tr("Export the summary to Word"), self.tr("Word documents (*.docx)"), ".docx"
        )
        if path is None:
            return None
        from ...report.docx_table import write_summary_docx

        table, settings, when = self._table, self._settings, self.document_date
        return self._write(path, lambda: write_summary_docx(table, settings, when, path))

    def copy_for_word(self) -> None:
        """The table on the clipboard as HTML (Word pastes a real table) and as text. Qt's own text editor
        puts it there, so the clipboard holds data Qt created (a QMimeData made in Python and handed to
        the clipboard crashes the interpreter's exit)."""
        if self._table is None:
            return
        from PySide6.QtWidgets import QTextEdit

        from ...report.html import clipboard_html

        editor = QTextEdit()
        editor.setHtml(clipboard_html(self._table, ensure_fonts()))
        editor.selectAll()
        editor.copy()
        self.status.setText(self.tr("Copied the table — paste it into Word with Ctrl+V."))

    def _busy(self, work: Callable[[], object]) -> object:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _write(self, path: Path, write: Callable[[], object]) -> Path | None:
        try:
            self._busy(write)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = self.tr("Could not write %1:\n%2\nThe file may be open in another program.")
            message = message.replace("%1", str(path)).replace("%2", reason)
            dialogs().error(self, self.tr("Could not save"), message)
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        tell_saved(self, self.tr("Saved"), self.tr("Saved to %1").replace("%1", str(path)), path)
        return path
