"""Every message box and file dialog goes through here, so tests can answer them without a screen.

Widgets call ``dialogs()`` and the methods below; tests replace the service with ``set_dialogs(fake)``
(see tests/ui/fakes.py) and read what was shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def _ask(
    icon, parent: QWidget | None, title: str, text: str, actions: list[str], close: str | None
) -> int | None:
    """A message box with one button per action: the index of the one pressed, None for Esc, the close
    button, or ``close`` (a visible button that goes on, the default; hidden when None)."""
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    buttons = [box.addButton(label, QMessageBox.AcceptRole) for label in actions]
    if close is None:
        box.addButton(QMessageBox.Cancel).hide()  # Esc and the close button answer None
    else:
        box.setDefaultButton(box.addButton(close, QMessageBox.RejectRole))
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return buttons.index(clicked) if clicked in buttons else None


class DialogService:
    """The real prompts, shown on screen."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
        """Index of the chosen item, or None when cancelled."""
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(value) if ok else None

    def choose_action(self, parent: QWidget | None, title: str, text: str, actions: list[str]) -> int | None:
        """A warning with one button per way out; the index of the one pressed, None for Esc/close."""
        return _ask(QMessageBox.Warning, parent, title, text, actions, None)

    def offer_open(self, parent: QWidget | None, title: str, text: str) -> int | None:
        """A file was saved: 0 to open it, 1 to open its folder, None to go on."""
        from PySide6.QtCore import QCoreApplication

        translate = QCoreApplication.translate
        actions = [translate("DialogService", "Open the file"), translate("DialogService", "Open the folder")]
        return _ask(
            QMessageBox.Information, parent, title, text, actions, translate("DialogService", "Close")
        )

    def preview_import(self, parent: QWidget | None, report, file_name: str) -> bool:
        """The figures an import would change, old → new; True when the clerk chose to import."""
        from .dialogs.import_preview import ImportPreview

        dialog = ImportPreview(report, file_name, parent)
        try:
            return dialog.exec() == ImportPreview.Accepted
        finally:
            dialog.deleteLater()

    def choose_entry_workbook(self, parent: QWidget | None, year: int, months: int, sectors: list):
        """The period, sectors and pre-filling of an entry workbook (a ``WorkbookChoice``), or None."""
        from .dialogs.entry_workbook_dialog import EntryWorkbookDialog

        dialog = EntryWorkbookDialog(year, months, sectors, parent)
        try:
            return dialog.choice() if dialog.exec() == EntryWorkbookDialog.Accepted else None
        finally:
            dialog.deleteLater()

    def progress(self, parent: QWidget | None, title: str, text: str) -> ProgressBar:
        """A window-modal progress bar for a long task run on the window's thread (no cancel: the task
        is all or nothing); call it with how far the task is (0…1), ``close()`` it when done."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(text, "", 0, ProgressBar.STEPS, parent)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        dialog.setValue(0)
        return ProgressBar(dialog)

    def open_file(self, parent: QWidget | None, title: str, filters: str, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, filters: str, directory: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, filters: str, directory: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
        return list(paths)

    def choose_folder(self, parent: QWidget | None, title: str, directory: str = "") -> str | None:
        return QFileDialog.getExistingDirectory(parent, title, directory) or None

    def ask_form(
        self, parent: QWidget | None, title: str, fields: list[tuple[str, object]]
    ) -> list[str | int] | None:
        """A small form in one window. Each field is ``(label, default text)`` for a line edit,
        ``(label, [choices])`` or ``(label, ([choices], current index))`` for a drop-down; returns the texts /
        chosen indexes in order, or None when cancelled."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

        dialog = QDialog(parent)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        editors: list[QLineEdit | QComboBox] = []
        for label, value in fields:
            if isinstance(value, list | tuple):
                choices, current = value if isinstance(value, tuple) else (value, 0)
                editor: QLineEdit | QComboBox = QComboBox(dialog)
                editor.addItems(choices)
                editor.setCurrentIndex(current)
            else:
                editor = QLineEdit(value, dialog)
                editor.setMinimumWidth(320)
            form.addRow(label, editor)
            editors.append(editor)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
        buttons.button(QDialogButtonBox.Ok).setText(QCoreApplication.translate("DialogService", "OK"))
        buttons.button(QDialogButtonBox.Cancel).setText(QCoreApplication.translate("DialogService", "Cancel"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        try:
            if dialog.exec() != QDialog.Accepted:
                return None
            return [e.currentIndex() if isinstance(e, QComboBox) else e.text() for e in editors]
        finally:
            dialog.deleteLater()


class ProgressBar:
    """A shown progress dialog: ``bar(0.4)`` moves it (repainting the window), ``close()`` removes it."""

    STEPS = 1000

    def __init__(self, dialog) -> None:  # a QProgressDialog
        self.dialog = dialog

    def __call__(self, fraction: float) -> None:
        value = int(max(0.0, min(1.0, fraction)) * self.STEPS)
        if value != self.dialog.value():
            self.dialog.setValue(value)  # a modal dialog processes the events that repaint it

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


_service: DialogService = DialogService()


def dialogs() -> DialogService:
    return _service


def set_dialogs(service: DialogService) -> DialogService:
    """Install ``service`` (a fake in tests); returns the previous one."""
    global _service
    previous, _service = _service, service
    return previous


_open_database: Path | None = None
_chosen_folder: list[Path] = []  # the folder of the last file saved while this database is open


def set_open_database(path: Path | None) -> None:
    """Tell the save dialogs which database the window has open (its files are never written over)."""
    global _open_database
    _open_database = Path(path) if path is not None else None
    _chosen_folder.clear()  # another file: its saves start in Documents again


def protected_file_text(problem: str, path: Path) -> str:
    """Why a file (a ``store.protected_files`` code) must not be written over, in the interface language."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "database": QCoreApplication.translate(
            "DialogService",
            "%1 is nxdesk's data file. Choose another name: saving there would destroy the figures.",
        ),
        "companion": QCoreApplication.translate(
            "DialogService",
            "%1 is a working file of a database. Choose another name: saving there would damage the data.",
        ),
        "backup": QCoreApplication.translate(
            "DialogService", "%1 is in the backups folder of the data file. Choose another folder."
        ),
        "sqlite_file": QCoreApplication.translate(
            "DialogService", "%1 is a database file. Choose another name: it must not be written over."
        ),
    }
    return texts[problem].replace("%1", str(path))


def start_folder() -> Path:
    """Where save dialogs start: the folder the clerk last saved into in this session, else the user's
    Documents folder (the home folder without one)."""
    from PySide6.QtCore import QStandardPaths

    if _chosen_folder and _chosen_folder[0].is_dir():
        return _chosen_folder[0]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_save_path(
    parent: QWidget | None, title: str, filters: str, suggested: str, suffix: str
) -> Path | None:
    """Ask where to save a file; the name gets ``suffix`` (".pdf") when it was typed without it. The open
    database, its working files and backups, and any other database file are refused (asked again)."""
    from ..store.protected_files import export_target_problem

    suggested = str(start_folder() / suggested) if not Path(suggested).parent.name else suggested
    while True:
        chosen = dialogs().save_file(parent, title, filters, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
        problem = export_target_problem(path, _open_database)
        if problem is None:
            _chosen_folder[:] = [path.parent]
            return path
        dialogs().error(parent, title, protected_file_text(problem, path))
        suggested = str(path.parent)


def tell_saved(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say that ``path`` was written and offer to open it, or the folder it is in, with the system's own
    program (Excel, Word, the PDF reader, the file manager)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    choice = dialogs().offer_open(parent, title, text)
    if choice == 0:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif choice == 1:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
