"""The "Dự thảo báo cáo" pane: shows the demo's draft, copies it, saves .docx and .txt, reports failures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from nxdesk.ui.views.narrative_pane import NarrativePane


@pytest.fixture
def pane(qtbot, demo_db):
    widget = NarrativePane(demo_db, 2024, 9)
    qtbot.addWidget(widget)
    return widget


def test_shows_the_demo_draft_and_copies_it(qtbot, pane):
    text = pane.editor.toPlainText()
    assert "Thu ngân sách 9 tháng ước đạt 1.401,351 tỷ đồng" in text
    assert "26/27 chỉ tiêu đạt từ 70% kế hoạch trở lên" in text
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(pane.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == text


def test_saves_docx_with_the_edited_text(qtbot, pane, fake_dialogs, tmp_path):
    from docx import Document

    pane.editor.setPlainText(pane.editor.toPlainText() + "\n\nĐoạn bổ sung của văn phòng.")
    fake_dialogs.answers = [str(tmp_path / "bao-cao")]  # no suffix typed: .docx is added
    qtbot.mouseClick(pane.docx_button, Qt.LeftButton)
    path = tmp_path / "bao-cao.docx"
    assert path.is_file()
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert any("1.401,351 tỷ đồng, đạt 188% dự toán tỉnh giao" in t for t in texts)
    assert "Đoạn bổ sung của văn phòng." in texts
    assert str(path) in pane.status.text()


def test_saves_txt_and_cancel_writes_nothing(qtbot, pane, fake_dialogs, tmp_path):
    fake_dialogs.answers = [None]
    qtbot.mouseClick(pane.txt_button, Qt.LeftButton)
    assert not list(tmp_path.glob("*.txt"))
    fake_dialogs.answers = [str(tmp_path / "du-thao.txt")]
    qtbot.mouseClick(pane.txt_button, Qt.LeftButton)
    saved = (tmp_path / "du-thao.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    assert saved.strip() == pane.text().strip()
    assert "Tổng sản lượng lương thực ước đạt 28.300 tấn, đạt 113,2% KH." in saved


def test_unwritable_target_shows_a_message(qtbot, pane, fake_dialogs, tmp_path):
    fake_dialogs.answers = [str(tmp_path / "no-such-folder" / "x.docx")]
    qtbot.mouseClick(pane.docx_button, Qt.LeftButton)
    kinds = [kind for kind, _, _ in fake_dialogs.shown]
    assert kinds == ["save_file", "error"]
    assert "no-such-folder" in fake_dialogs.shown[-1][2]


def test_rebuild_asks_before_dropping_edits_and_reads_new_figures(qtbot, pane, demo_db, fake_dialogs):
    from nxdesk.store import entries, targets

    pane.editor.setPlainText("sửa tay")
    fake_dialogs.answers = [False]
    qtbot.mouseClick(pane.regenerate_button, Qt.LeftButton)
    assert pane.text() == "sửa tay"
    entries.set_entry(demo_db, targets.target_id(demo_db, "XD01"), 2024, 9, value=170.0)
    fake_dialogs.answers = [True]
    qtbot.mouseClick(pane.regenerate_button, Qt.LeftButton)
    assert "kết nạp 170 đảng viên mới, đạt 106,3% KH" in pane.text()
