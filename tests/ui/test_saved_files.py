"""After a file is saved, the window offers to open it or its folder; save dialogs start in Documents, then
in the folder the clerk last saved into for this data file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from nxdesk.ui.dialog_service import set_open_database
from nxdesk.ui.dialogs.summary_dialog import SummaryDialog


@pytest.fixture
def dialog(qtbot, demo_db, db_path, fake_dialogs, vietnamese):
    set_open_database(db_path)
    d = SummaryDialog(demo_db, 2024, 9)
    qtbot.addWidget(d)
    d.set_document_date(date(2024, 10, 8))
    return d


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_a_saved_pdf_can_be_opened_at_once(dialog, fake_dialogs, tmp_path, opened):
    fake_dialogs.answers = [str(tmp_path / "bieu")]
    fake_dialogs.open_choice = 0  # "Mở tệp"
    assert dialog.export_pdf() == tmp_path / "bieu.pdf"
    (title, text) = fake_dialogs.offers[-1]
    assert title == "Đã lưu" and str(tmp_path / "bieu.pdf") in text
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "bieu.pdf")]


def test_the_folder_of_a_saved_workbook_can_be_opened(dialog, fake_dialogs, tmp_path, opened):
    fake_dialogs.answers = [str(tmp_path / "bieu.xlsx")]
    fake_dialogs.open_choice = 1  # "Mở thư mục"
    assert dialog.export_excel() == tmp_path / "bieu.xlsx"
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_closing_the_message_opens_nothing(dialog, fake_dialogs, tmp_path, opened):
    fake_dialogs.answers = [str(tmp_path / "bieu.docx")]
    assert dialog.export_word() == tmp_path / "bieu.docx"
    assert len(fake_dialogs.offers) == 1 and opened == []


def test_save_dialogs_start_in_documents_then_in_the_folder_last_chosen(dialog, fake_dialogs, tmp_path):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    fake_dialogs.answers = [str(tmp_path / "bieu.pdf")]
    dialog.export_pdf()
    assert Path(fake_dialogs.save_directory).parent == Path(documents or Path.home())
    fake_dialogs.answers = [None]
    dialog.export_excel()
    assert Path(fake_dialogs.save_directory) == tmp_path / "bieu-tong-hop-9-thang-2024.xlsx"
