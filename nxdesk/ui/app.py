"""Start the window: the application object, fonts, the translator (Vietnamese unless the settings say
English), the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..qt_pair import require_sound_pair


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        require_sound_pair()
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("nxdesk")
    app.setApplicationName("nxdesk")
    return app


def _open(db_path: Path):
    """Open the database without the data-safety checks (``startup.open_for_window`` replaces this)."""
    from ..store.db import StoreError, open_db
    from ..store.migrations import ForeignDatabaseError, NewerSchemaError
    from .dialog_service import dialogs

    try:
        return open_db(db_path), db_path
    except (StoreError, ForeignDatabaseError, NewerSchemaError, OSError) as exc:
        dialogs().error(
            None,
            "nxdesk",
            QCoreApplication.translate("App", "The database %1 cannot be opened: %2")
            .replace("%1", str(db_path))
            .replace("%2", str(exc)),
        )
        return None


def _language(db) -> str:
    from ..store.settings import load_settings

    try:
        return load_settings(db).language
    except Exception:  # noqa: BLE001 - a damaged settings table must not stop the window
        return "vi"


def run(db_path: Path) -> int:
    """Open the window on ``db_path``; returns the exit status."""
    app = _application()
    from .fonts import choose_ui_font
    from .i18n import install_translator
    from .write_errors import install_error_hook

    install_error_hook()  # an error no screen caught is still shown to the clerk
    choose_ui_font(app)
    install_translator("vi")  # messages before the database is open are Vietnamese
    from .startup import backup_after_first_paint, close_for_window, open_for_window

    opened = open_for_window(Path(db_path), start_backup=False)  # checks, one-window lock, ways out
    if opened is None:
        return 1
    db, path = opened
    language = _language(db)
    if language != "vi":
        install_translator(language)
    from .main_window import MainWindow

    window = MainWindow(db, path)
    backup_after_first_paint(window, db, path)  # the start-of-day backup, once the window is on screen
    if os.environ.get("NXDESK_QUIT_AFTER_MS") or os.environ.get("NXDESK_REPORT_PAINT"):
        from .run_hooks import install

        install(window)  # smoke test and start-up benchmark hooks
    window.show()
    status = app.exec()
    close_for_window(db, path)  # backup at close, then close and release the lock
    return status
