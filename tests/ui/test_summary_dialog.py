"""The summary dialog on the demo data: the table on screen, PDF and Excel export, printing, preview."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from nxdesk.ui.dialogs.summary_dialog import SummaryDialog

from ..pdf_reading import flat_text


@pytest.fixture
def dialog(qtbot, demo_db, fake_dialogs):
    d = SummaryDialog(demo_db, 2024, 9)
    qtbot.addWidget(d)
    d.set_document_date(date(2024, 10, 8))
    return d


def _pdf_text(path):
    return flat_text(path)


def test_table_on_screen(vietnamese, dialog):
    assert "9 tháng năm 2024" in dialog.windowTitle()
    text = dialog.view.text()
    assert "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024" in text
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên; 5 vượt; 2 chưa đạt tiến độ" in text
    for piece in (
        "KINH TẾ",
        "Thu ngân sách",
        "1.401,351",
        "(ước)",
        "188",
        "113,2",
        "Trong đó:",
        "- Lúa",
        "Chưa đạt tiến độ",
        "Kết nạp đảng viên mới",
    ):
        assert piece in text, piece
    assert dialog.view.browser.isReadOnly()
    assert dialog.tabs.count() == 2


def test_second_tab_is_the_report_draft(dialog):
    assert dialog.tabs.widget(1).__class__.__name__ == "NarrativePane"
    assert "Thu ngân sách" in dialog.tabs.widget(1).text() or "thu ngân sách" in dialog.tabs.widget(1).text()


def test_export_pdf_uses_the_chosen_date_and_adds_the_suffix(dialog, fake_dialogs, tmp_path, qtbot):
    dialog.set_document_date(date(2024, 11, 5))
    fake_dialogs.answers = [str(tmp_path / "bieu")]
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "bieu.pdf"
    assert written.is_file()
    text = _pdf_text(written)
    assert "Như Xuân, ngày 05 tháng 11 năm 2024" in text and "1.401,351" in text
    assert str(written) in dialog.status.text()


def test_export_pdf_cancelled_writes_nothing(dialog, fake_dialogs, tmp_path):
    fake_dialogs.answers = [None]
    assert dialog.export_pdf() is None
    assert not list(tmp_path.glob("*.pdf*"))


def test_export_pdf_to_an_unwritable_place_shows_an_error(dialog, fake_dialogs, tmp_path):
    fake_dialogs.answers = [str(tmp_path / "missing" / "x.pdf")]
    assert dialog.export_pdf() is None
    kinds = [kind for kind, _, _ in fake_dialogs.shown]
    assert kinds == ["save_file", "error"]
    assert not (tmp_path / "missing").exists()


def test_export_excel(dialog, fake_dialogs, tmp_path):
    from openpyxl import load_workbook

    fake_dialogs.answers = [str(tmp_path / "bieu.xlsx")]
    path = dialog.export_excel()
    assert path == tmp_path / "bieu.xlsx" and path.is_file()
    sheet = load_workbook(path).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Thu ngân sách" in values


def test_print_goes_through_the_same_document(dialog, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = dialog._new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(dialog, "choose_printer", pdf_printer)
    dialog.print_()
    text = _pdf_text(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Nơi nhận:" in text and "Tổng sản lượng lương thực" in text
    assert "Sent" in dialog.status.text() or "trang" in dialog.status.text()


def test_print_preview_renders_the_pages(dialog, qtbot):
    preview = dialog.make_preview()
    qtbot.addWidget(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() >= 2
    layout = dialog._preview_printer.pageLayout()
    assert layout.orientation() == layout.Orientation.Landscape


def test_empty_year_disables_the_outputs(qtbot, db, fake_dialogs):
    d = SummaryDialog(db, 2031, 6)
    qtbot.addWidget(d)
    assert not d.pdf_button.isEnabled() and not d.print_button.isEnabled()
    assert "2031" in d.view.text()
    assert d.export_pdf() is None and fake_dialogs.shown == []


def test_a_style_without_its_names_warns_before_printing(qtbot, demo_db, fake_dialogs, tmp_path):
    from nxdesk.store.settings import load_settings, save_settings

    settings = load_settings(demo_db)
    settings.document_style = "state"  # the demo has only the Party names
    save_settings(demo_db, settings)
    d = SummaryDialog(demo_db, 2024, 9)
    qtbot.addWidget(d)
    fake_dialogs.answers = [False]  # "Print anyway?" -> no
    assert d.export_pdf() is None
    kind, title, text = fake_dialogs.shown[-1]
    assert kind == "confirm" and ("State" in text or "Nhà nước" in text)
    assert [k for k, _, _ in fake_dialogs.shown] == ["confirm"]  # no file asked for, none written
    assert not list(tmp_path.glob("*.pdf"))
    fake_dialogs.answers = [True, str(tmp_path / "x")]  # print anyway, then the file name
    assert d.export_pdf() == tmp_path / "x.pdf"
    text = _pdf_text(tmp_path / "x.pdf")
    assert "HUYỆN ỦY" not in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_party_style_with_its_names_prints_without_asking(dialog, fake_dialogs, tmp_path):
    fake_dialogs.answers = [str(tmp_path / "y")]
    assert dialog.export_pdf() == tmp_path / "y.pdf"
    assert [kind for kind, _, _ in fake_dialogs.shown] == ["save_file"]


def test_copy_for_word_puts_a_real_table_on_the_clipboard(dialog, qtbot):
    from PySide6.QtGui import QGuiApplication

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and "<table" in data.html() and "<thead>" in data.html()
    assert "1.401,351" in data.html() and "KH tỉnh giao" in data.html()
    assert "Thu ngân sách" in data.text()


def test_export_word_writes_the_table(dialog, fake_dialogs, tmp_path):
    from docx import Document

    fake_dialogs.answers = [str(tmp_path / "bieu")]
    assert dialog.export_word() == tmp_path / "bieu.docx"
    document = Document(str(tmp_path / "bieu.docx"))
    assert any("Thu ngân sách" in c.text for row in document.tables[1].rows for c in row.cells)
