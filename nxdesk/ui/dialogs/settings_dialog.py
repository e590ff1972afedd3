"""Cài đặt: the office's level, term and names (Party and State kept apart), the document style of
printed papers, recipients and wording, the "at least N% of plan" threshold and the interface language.
Validated with store.settings.validate_setting (as `nxdesk settings` is); saved in one transaction on OK."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

from ...domain.levels import Level
from ...report.fonts import ensure_fonts
from ...store.settings import SettingError, Settings, load_settings, save_settings, validate_setting
from ..dialog_service import dialogs
from ..level_text import level_name

# Language names are shown in their own language, whatever the interface language is.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))

# Examples shown in empty fields, by level: Party parent, Party body, State parent, State body, place.
EXAMPLES: dict[Level, tuple[str, str, str, str, str]] = {
    Level.XA: ("Đảng bộ tỉnh Thanh Hóa", "Đảng ủy xã Như Xuân", "", "UBND xã Như Xuân", "Như Xuân"),
    Level.PHUONG: (
        "Đảng bộ tỉnh Thanh Hóa",
        "Đảng ủy phường Hạc Thành",
        "",
        "UBND phường Hạc Thành",
        "Hạc Thành",
    ),
    Level.DAC_KHU: (
        "Đảng bộ tỉnh Quảng Ninh",
        "Đảng ủy đặc khu Vân Đồn",
        "",
        "UBND đặc khu Vân Đồn",
        "Vân Đồn",
    ),
    Level.TINH: ("Đảng bộ tỉnh Thanh Hóa", "Tỉnh ủy", "", "UBND tỉnh Thanh Hóa", "Thanh Hóa"),
    Level.HUYEN: (
        "Đảng bộ tỉnh Thanh Hóa",
        "Huyện ủy Như Xuân",
        "UBND tỉnh Thanh Hóa",
        "UBND huyện Như Xuân",
        "Như Xuân",
    ),
}
RECIPIENTS_EXAMPLE = (
    "- Ban Thường vụ Tỉnh ủy (b/c);\n- Các đồng chí Ủy viên BCH Đảng bộ xã;\n- Lưu Văn phòng."
)


def _clean(text: str) -> str:
    return " ".join(text.split())


class SettingsDialog(QDialog):
    """Edits the Settings row of the database; nothing is written until OK, then all of it at once."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        try:
            self._loaded = load_settings(db)
        except ValueError:  # an unknown stored style: start from the defaults rather than refuse to open
            self._loaded = Settings()
        self._build()
        self._show(self._loaded)
        self.resize(680, min(self.sizeHint().height(), 700))

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._office_page(), self.tr("Office"))
        self.tabs.addTab(self._documents_page(), self.tr("Printed documents"))
        self.tabs.addTab(self._general_page(), self.tr("Counting and language"))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _office_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        office = QGroupBox(self.tr("Office"), page)
        form = QFormLayout(office)
        self.level = QComboBox(office)
        for level in Level:
            self.level.addItem(level_name(level), level.value)
        self.level.currentIndexChanged.connect(self._update_examples)
        self.term = QLineEdit(office)
        self.term.setPlaceholderText("2025-2030")
        self.place = QLineEdit(office)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Congress term:"), self.term)
        form.addRow(self.tr("Place name (for the date line):"), self.place)

        party = QGroupBox(self.tr("Party names (Party documents)"), page)
        party_form = QFormLayout(party)
        self.parent_body = QLineEdit(party)
        self.issuing_body = QLineEdit(party)
        party_form.addRow(self.tr("Parent body:"), self.parent_body)
        party_form.addRow(self.tr("Issuing body:"), self.issuing_body)
        self.signer_title = QLineEdit(party)
        self.signer_title.setPlaceholderText("BÍ THƯ")
        self.signer_name = QLineEdit(party)
        self.signer_name.setPlaceholderText("Lương Thị Hoa")
        party_form.addRow(self.tr("Signer's title:"), self.signer_title)
        party_form.addRow(self.tr("Signer's name:"), self.signer_name)

        state = QGroupBox(self.tr("State names (State documents)"), page)
        state_form = QFormLayout(state)
        self.state_parent_body = QLineEdit(state)
        self.state_issuing_body = QLineEdit(state)
        state_form.addRow(self.tr("Parent body:"), self.state_parent_body)
        state_form.addRow(self.tr("Issuing body:"), self.state_issuing_body)
        self.state_signer_title = QLineEdit(state)
        self.state_signer_title.setPlaceholderText("CHỦ TỊCH")
        self.state_signer_name = QLineEdit(state)
        state_form.addRow(self.tr("Signer's title:"), self.state_signer_title)
        state_form.addRow(self.tr("Signer's name:"), self.state_signer_name)
        for widget in (office, party, state):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _documents_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        style = QGroupBox(self.tr("Document style"), page)
        style_layout = QVBoxLayout(style)
        self.party_style = QRadioButton(self.tr("Party documents (Guide 36-HD/VPTW)"), style)
        self.state_style = QRadioButton(self.tr("State documents (Decree 30/2020/NĐ-CP)"), style)
        self._styles = QButtonGroup(self)
        self._styles.addButton(self.party_style)
        self._styles.addButton(self.state_style)
        self.preview = QLabel(style)
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setStyleSheet("QLabel { background: white; border: 1px solid #bbb; padding: 8px; }")
        for widget in (self.party_style, self.state_style, self.preview):
            style_layout.addWidget(widget)
        for signal in (
            self.party_style.toggled,
            self.parent_body.textChanged,
            self.issuing_body.textChanged,
            self.state_parent_body.textChanged,
            self.state_issuing_body.textChanged,
            self.place.textChanged,
        ):
            signal.connect(self._update_preview)

        signing = QGroupBox(self.tr("Signatures and recipients"), page)
        signing_form = QFormLayout(signing)
        self.preparer_name = QLineEdit(signing)
        self.preparer_name.setPlaceholderText("Nguyễn Văn A")
        self.show_preparer = QCheckBox(self.tr("Print the “prepared by” block"), signing)
        self.recipients = QPlainTextEdit(signing)
        self.recipients.setPlaceholderText(RECIPIENTS_EXAMPLE)
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.report_wording = QComboBox(signing)
        self.report_wording.addItem(self.tr("“đạt 148% KH” (reached Y% of plan)"), "dat")
        self.report_wording.addItem(self.tr("“vượt 48% kế hoạch” (exceeded the plan by X%)"), "vuot")
        signing_form.addRow(self.tr("Prepared by (name):"), self.preparer_name)
        signing_form.addRow("", self.show_preparer)
        signing_form.addRow(self.tr("Recipients (one a line):"), self.recipients)
        signing_form.addRow(self.tr("Report wording:"), self.report_wording)
        self.signing = signing
        layout.addWidget(style)
        layout.addWidget(signing)
        layout.addStretch(1)
        return page

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        counting = QGroupBox(self.tr("Counting"), page)
        counting_form = QFormLayout(counting)
        self.threshold = QDoubleSpinBox(counting)
        self.threshold.setRange(1.0, 200.0)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(5.0)
        self.threshold.setSuffix("%")  # "70,0%", as percentages read everywhere else
        self.threshold.setMinimumWidth(110)
        explain = QLabel(self.tr("of the plan (the “… targets reached at least N% of plan” line)."), counting)
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.threshold)
        row.addWidget(explain, 1)
        counting_form.addRow(self.tr("Count targets that reached at least:"), row)

        language = QGroupBox(self.tr("Language"), page)
        language_layout = QVBoxLayout(language)
        self.language = QComboBox(language)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_note = QLabel(language)
        self.language_note.setText(
            self.tr("A new language takes effect when you press OK: the window opens again in it.")
        )
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_language_note)
        language_layout.addWidget(self.language)
        language_layout.addWidget(self.language_note)
        layout.addWidget(counting)
        layout.addWidget(language)
        layout.addStretch(1)
        return page

    # --- reading and showing --------------------------------------------------------------------------
    def _show(self, settings: Settings) -> None:
        self.level.setCurrentIndex(max(self.level.findData(settings.level), 0))
        self.term.setText(settings.term)
        self.parent_body.setText(settings.parent_body)
        self.issuing_body.setText(settings.issuing_body)
        self.state_parent_body.setText(settings.state_parent_body)
        self.state_issuing_body.setText(settings.state_issuing_body)
        self.place.setText(settings.place)
        self.preparer_name.setText(settings.preparer_name)
        self.show_preparer.setChecked(bool(settings.show_preparer))
        self.signer_title.setText(settings.signer_title)
        self.signer_name.setText(settings.signer_name)
        self.state_signer_title.setText(settings.state_signer_title)
        self.state_signer_name.setText(settings.state_signer_name)
        self.recipients.setPlainText(settings.recipients)
        self.report_wording.setCurrentIndex(max(self.report_wording.findData(settings.report_wording), 0))
        (self.state_style if settings.document_style == "state" else self.party_style).setChecked(True)
        self.threshold.setValue(settings.threshold_pct)
        found = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(found, 0))
        self._update_examples()

    def _update_examples(self) -> None:
        """Examples in the empty fields follow the chosen level ("Đảng ủy xã …", "Tỉnh ủy")."""
        level = Level(self.level.currentData() or Level.XA)
        party_parent, party_body, state_parent, state_body, place = EXAMPLES[level]
        self.parent_body.setPlaceholderText(party_parent)
        self.issuing_body.setPlaceholderText(party_body)
        self.state_parent_body.setPlaceholderText(state_parent)
        self.state_issuing_body.setPlaceholderText(state_body)
        self.place.setPlaceholderText(place)
        self._update_preview()

    def _update_language_note(self) -> None:
        """The note is always there; it turns bold once another language is chosen."""
        font = self.language_note.font()
        font.setBold(self.language.currentData() != self._loaded.language)
        self.language_note.setFont(font)

    def settings(self) -> Settings:
        """What the form holds now (the stored settings the form does not show are kept)."""
        return replace(
            self._loaded,
            level=str(self.level.currentData()),
            term=self.term.text().strip(),
            parent_body=_clean(self.parent_body.text()),
            issuing_body=_clean(self.issuing_body.text()),
            state_parent_body=_clean(self.state_parent_body.text()),
            state_issuing_body=_clean(self.state_issuing_body.text()),
            place=_clean(self.place.text()),
            document_style="state" if self.state_style.isChecked() else "party",
            threshold_pct=round(self.threshold.value(), 1),
            language=str(self.language.currentData()),
            preparer_name=_clean(self.preparer_name.text()),
            show_preparer=self.show_preparer.isChecked(),
            signer_title=_clean(self.signer_title.text()),
            signer_name=_clean(self.signer_name.text()),
            state_signer_title=_clean(self.state_signer_title.text()),
            state_signer_name=_clean(self.state_signer_name.text()),
            recipients=self.recipients.toPlainText(),
            report_wording=str(self.report_wording.currentData()),
        )

    def _update_preview(self) -> None:
        def shown(edit: QLineEdit) -> str:
            return escape((edit.text().strip() or edit.placeholderText()).upper())

        if self.state_style.isChecked():
            parent, issuing = shown(self.state_parent_body), shown(self.state_issuing_body)
            left = f"{parent}<br><b>{issuing}</b>" if parent else f"<b>{issuing}</b>"
            right = "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b>"
        else:
            parent, issuing = shown(self.parent_body), shown(self.issuing_body)
            left = f"{parent}<br><b>{issuing}</b><br>*"
            right = "<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>"
        place = escape(self.place.text().strip() or self.place.placeholderText())
        date_line = f"<i>{place}, ngày … tháng … năm …</i>"
        self.preview.setText(
            f"<table width='100%' style='font-family: {ensure_fonts()}, serif;'><tr>"
            f"<td align='center' valign='top'>{left}</td><td width='24'></td>"
            f"<td align='center' valign='top'>{right}<br><br>{date_line}</td></tr></table>"
        )

    # --- saving ---------------------------------------------------------------------------------------
    def _refuse(self, page: int, widget: QWidget, message: str) -> None:
        dialogs().warning(self, self.tr("Settings"), message)
        self.tabs.setCurrentIndex(page)
        widget.setFocus()

    def accept(self) -> None:
        settings = self.settings()
        try:
            settings.term = str(validate_setting("term", settings.term))
            settings.recipients = str(validate_setting("recipients", settings.recipients))
        except SettingError as exc:
            if exc.key == "term":
                return self._refuse(0, self.term, self.tr("The term is two years, e.g. 2025-2030."))
            return self._refuse(1, self.recipients, self.tr("The recipients cannot hold control characters."))
        state = settings.document_style == "state"
        if not (settings.state_issuing_body if state else settings.issuing_body):
            edit = self.state_issuing_body if state else self.issuing_body
            return self._refuse(
                0, edit, self.tr("Please give the issuing body; it heads every printed table.")
            )
        try:
            save_settings(self._db, settings)  # the main window says again that the language changes
        except SettingError:  # the widgets allow only valid choices; a text may still be too long
            dialogs().warning(
                self,
                self.tr("Settings"),
                self.tr("A text is too long (200 characters at most) or holds invisible characters."),
            )
            return
        self._loaded = settings
        super().accept()
