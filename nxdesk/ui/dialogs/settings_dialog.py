"""Cài đặt: the office's names, the document style of printed papers, the "at least N% of plan" threshold
and the interface language. Saved with store.settings.save_settings (one transaction) on OK."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from ...store.settings import SettingError, Settings, load_settings, save_settings
from ..dialog_service import dialogs

# Language names are shown in their own language, whatever the interface language is.
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


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
        self.resize(640, self.sizeHint().height())

    def _build(self) -> None:
        organisation = QGroupBox(self.tr("Organisation"), self)
        form = QFormLayout(organisation)
        self.parent_body = QLineEdit(organisation)
        self.parent_body.setPlaceholderText("Đảng bộ tỉnh Thanh Hóa")
        self.issuing_body = QLineEdit(organisation)
        self.issuing_body.setPlaceholderText("Huyện ủy Như Xuân")
        self.place = QLineEdit(organisation)
        self.place.setPlaceholderText("Như Xuân")
        form.addRow(self.tr("Parent body:"), self.parent_body)
        form.addRow(self.tr("Issuing body:"), self.issuing_body)
        form.addRow(self.tr("Place name (for the date line):"), self.place)

        signing = QGroupBox(self.tr("Signatures on printed tables"), self)
        signing_form = QFormLayout(signing)
        self.preparer_name = QLineEdit(signing)
        self.preparer_name.setPlaceholderText("Nguyễn Văn A")
        self.signer_title = QLineEdit(signing)
        self.signer_title.setPlaceholderText(self.tr("BÍ THƯ / CHỦ TỊCH (by the document style)"))
        self.signer_name = QLineEdit(signing)
        self.signer_name.setPlaceholderText("Lương Thị Hoa")
        signing_form.addRow(self.tr("Prepared by (name):"), self.preparer_name)
        signing_form.addRow(self.tr("Signer's title:"), self.signer_title)
        signing_form.addRow(self.tr("Signer's name:"), self.signer_name)
        self.signing = signing

        style = QGroupBox(self.tr("Document style"), self)
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
            self.place.textChanged,
        ):
            signal.connect(self._update_preview)

        counting = QGroupBox(self.tr("Counting"), self)
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

        language = QGroupBox(self.tr("Language"), self)
        language_layout = QVBoxLayout(language)
        self.language = QComboBox(language)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_note = QLabel(language)
        self.language_note.setText(self.tr("A new language takes effect the next time nxdesk starts."))
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._update_language_note)
        language_layout.addWidget(self.language)
        language_layout.addWidget(self.language_note)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        for widget in (organisation, style, self.signing, counting, language, buttons):
            layout.addWidget(widget)

    def _show(self, settings: Settings) -> None:
        self.parent_body.setText(settings.parent_body)
        self.issuing_body.setText(settings.issuing_body)
        self.place.setText(settings.place)
        self.preparer_name.setText(settings.preparer_name)
        self.signer_title.setText(settings.signer_title)
        self.signer_name.setText(settings.signer_name)
        (self.state_style if settings.document_style == "state" else self.party_style).setChecked(True)
        self.threshold.setValue(settings.threshold_pct)
        found = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(found, 0))
        self._update_preview()

    def _update_language_note(self) -> None:
        """The note is always there; it turns bold once another language is chosen."""
        font = self.language_note.font()
        font.setBold(self.language.currentData() != self._loaded.language)
        self.language_note.setFont(font)

    def settings(self) -> Settings:
        """What the form holds now."""
        return Settings(
            parent_body=" ".join(self.parent_body.text().split()),
            issuing_body=" ".join(self.issuing_body.text().split()),
            place=" ".join(self.place.text().split()),
            document_style="state" if self.state_style.isChecked() else "party",
            threshold_pct=round(self.threshold.value(), 1),
            language=str(self.language.currentData()),
            preparer_name=" ".join(self.preparer_name.text().split()),
            signer_title=" ".join(self.signer_title.text().split()),
            signer_name=" ".join(self.signer_name.text().split()),
        )

    def _update_preview(self) -> None:
        parent = escape((self.parent_body.text().strip() or self.parent_body.placeholderText()).upper())
        issuing = escape((self.issuing_body.text().strip() or self.issuing_body.placeholderText()).upper())
        if self.state_style.isChecked():
            left = f"{parent}<br><b>{issuing}</b>"
            right = "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b>"
        else:
            left = f"{parent}<br><b>{issuing}</b><br>*"
            right = "<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>"
        place = escape(self.place.text().strip() or self.place.placeholderText())
        date_line = f"<i>{place}, ngày … tháng … năm …</i>"
        self.preview.setText(
            "<table width='100%' style='font-family: Times New Roman, Tinos, serif;'><tr>"
            f"<td align='center' valign='top'>{left}</td><td width='24'></td>"
            f"<td align='center' valign='top'>{right}<br><br>{date_line}</td></tr></table>"
        )

    def accept(self) -> None:
        settings = self.settings()
        if not settings.issuing_body:
            dialogs().warning(
                self,
                self.tr("Settings"),
                self.tr("Please give the issuing body; it heads every printed table."),
            )
            self.issuing_body.setFocus()
            return
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
