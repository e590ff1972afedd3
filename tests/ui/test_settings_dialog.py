"""Settings dialog: what is typed is saved in one go on OK and shown again next time; Cancel saves nothing."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from nxdesk.store.settings import Settings, load_settings, save_settings
from nxdesk.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def open_dialog(qtbot, db, fake_dialogs):
    def make():
        dialog = SettingsDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fill(qtbot, dialog):
    texts = {
        dialog.parent_body: "Đảng bộ tỉnh Thanh Hóa",
        dialog.issuing_body: "Đảng ủy xã Như Xuân",
        dialog.state_parent_body: "",
        dialog.state_issuing_body: "UBND xã Như Xuân",
        dialog.term: "2025 - 2030",
        dialog.place: "Như Xuân",
        dialog.preparer_name: "Nguyễn Thị Lan",
        dialog.signer_title: "Phó Chủ tịch",
        dialog.signer_name: "Lê Văn Thuận",
        dialog.state_signer_title: "Chủ tịch",
        dialog.state_signer_name: "Nguyễn Văn Bình",
    }
    for edit, text in texts.items():
        edit.clear()
        edit.insert(text)  # QTest types ASCII only
    dialog.tabs.setCurrentIndex(1)  # printed documents
    qtbot.mouseClick(dialog.state_style, Qt.LeftButton, pos=QPoint(8, dialog.state_style.height() // 2))
    dialog.threshold.setValue(75.5)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.level.setCurrentIndex(dialog.level.findData("xa"))
    dialog.recipients.setPlainText("- Ban Thường vụ Tỉnh ủy (b/c);\n\n- Lưu Văn phòng.")
    dialog.report_wording.setCurrentIndex(dialog.report_wording.findData("vuot"))
    dialog.show_preparer.setChecked(True)
    dialog.tabs.setCurrentIndex(2)  # counting and language


def test_saves_and_reloads_everything(qtbot, db, open_dialog, fake_dialogs):
    dialog = open_dialog()
    assert not dialog.language_note.font().bold()
    fill(qtbot, dialog)
    assert dialog.language_note.isVisible() and dialog.language_note.font().bold()
    assert "OK" in dialog.language_note.text()  # applied on OK, the window opens again in it
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    assert load_settings(db) == Settings(
        level="xa",
        term="2025-2030",
        parent_body="Đảng bộ tỉnh Thanh Hóa",
        issuing_body="Đảng ủy xã Như Xuân",
        state_issuing_body="UBND xã Như Xuân",
        recipients="- Ban Thường vụ Tỉnh ủy (b/c);\n- Lưu Văn phòng.",
        report_wording="vuot",
        show_preparer=True,
        place="Như Xuân",
        document_style="state",
        threshold_pct=75.5,
        language="en",
        preparer_name="Nguyễn Thị Lan",
        signer_title="Phó Chủ tịch",
        signer_name="Lê Văn Thuận",
        state_signer_title="Chủ tịch",
        state_signer_name="Nguyễn Văn Bình",
    )
    again = open_dialog()
    assert again.issuing_body.text() == "Đảng ủy xã Như Xuân"
    assert again.state_issuing_body.text() == "UBND xã Như Xuân" and again.term.text() == "2025-2030"
    assert again.state_style.isChecked() and not again.party_style.isChecked()
    assert again.threshold.value() == 75.5
    assert again.language.currentData() == "en"
    assert again.signer_name.text() == "Lê Văn Thuận"
    assert again.state_signer_name.text() == "Nguyễn Văn Bình"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in again.preview.text()
    assert "UBND XÃ NHƯ XUÂN" in again.preview.text() and "ĐẢNG ỦY" not in again.preview.text()


def test_cancel_saves_nothing(qtbot, db, open_dialog):
    save_settings(db, Settings(parent_body="Đảng bộ tỉnh Thanh Hóa", issuing_body="Huyện ủy Như Xuân"))
    dialog = open_dialog()
    assert dialog.party_style.isChecked()
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    assert load_settings(db).issuing_body == "Huyện ủy Như Xuân"
    assert load_settings(db).document_style == "party"


def test_issuing_body_is_required(qtbot, db, open_dialog, fake_dialogs):
    dialog = open_dialog()
    dialog.issuing_body.clear()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert fake_dialogs.shown[-1][0] == "warning"
    assert dialog.isVisible()
    assert load_settings(db) == Settings()


def test_threshold_typed_with_a_decimal_comma(qtbot, db, open_dialog):
    from PySide6.QtCore import QLocale

    dialog = open_dialog()
    dialog.threshold.setLocale(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    dialog.issuing_body.insert("Huyện ủy Như Xuân")
    line = dialog.threshold.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "80,5")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert load_settings(db).threshold_pct == 80.5


def test_level_and_the_names_the_dialog_does_not_show_survive_a_save(qtbot, db, open_dialog):
    save_settings(db, Settings(issuing_body="Huyện ủy Như Xuân", level="huyen", term="2020-2025"))
    dialog = open_dialog()
    assert dialog.level.currentData() == "huyen"
    dialog.level.setCurrentIndex(dialog.level.findData("tinh"))
    assert dialog.state_issuing_body.placeholderText() == "UBND tỉnh Thanh Hóa"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    saved = load_settings(db)
    assert (saved.level, saved.term, saved.issuing_body) == ("tinh", "2020-2025", "Huyện ủy Như Xuân")


def test_a_bad_term_is_refused_like_the_command_line_refuses_it(qtbot, db, open_dialog, fake_dialogs):
    dialog = open_dialog()
    dialog.issuing_body.insert("Đảng ủy xã Như Xuân")
    dialog.term.insert("2030-2025")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert fake_dialogs.shown[-1][0] == "warning" and dialog.isVisible()
    assert load_settings(db) == Settings()
