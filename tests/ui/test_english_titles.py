"""In English, dialog titles name the period in English: no Vietnamese period names, no hard-coded "năm"."""

from __future__ import annotations

import re

import pytest

from nxdesk.store.targets import target_id

VIETNAMESE = re.compile(r"tháng|năm|Quý|Cả năm", re.IGNORECASE)


@pytest.fixture
def english(qapp):
    from nxdesk.ui.i18n import install_translator, remove_translators

    install_translator("en")
    yield
    remove_translators()
    install_translator("vi")
    remove_translators()


def _dialogs(db):
    from nxdesk.ui.dialogs.history_dialog import HistoryDialog
    from nxdesk.ui.dialogs.lock_dialog import LockDialog
    from nxdesk.ui.dialogs.periods_view import COMPARE_VIEW, PeriodsView
    from nxdesk.ui.dialogs.summary_dialog import SummaryDialog
    from nxdesk.ui.dialogs.units_dialog import UnitsDialog

    yield SummaryDialog(db, 2024, 9)
    yield SummaryDialog(db, 2024, 12)
    lock = LockDialog(db, 2024, 3)
    yield lock
    yield HistoryDialog(db, target_id(db, "KT01"), 2024, 9)
    yield PeriodsView(db, 2024, 9, None)
    yield PeriodsView(db, 2024, 9, None, COMPARE_VIEW)
    units = UnitsDialog(db, 2024, 9)
    units.matrix_title.setWindowTitle(units.matrix_title.text())
    yield units.matrix_title


def test_english_titles_have_no_vietnamese_period_words(qtbot, demo_db, fake_dialogs, english):
    titles = []
    for widget in _dialogs(demo_db):
        qtbot.addWidget(widget)
        titles.append(widget.windowTitle())
        if hasattr(widget, "heading"):
            titles.append(widget.heading.text())
    assert titles[0] == "Summary — 9 months 2024" and titles[1] == "Summary — Full year 2024"
    assert [t for t in titles if VIETNAMESE.search(t)] == []
    assert any("Quarter I 2024" in t for t in titles)


def test_vietnamese_titles_say_the_period_the_vietnamese_way(qtbot, demo_db, fake_dialogs, vietnamese):
    from nxdesk.ui.dialogs.summary_dialog import SummaryDialog

    for months, expected in ((9, "Tổng hợp — 9 tháng năm 2024"), (12, "Tổng hợp — Cả năm 2024")):
        dialog = SummaryDialog(demo_db, 2024, months)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == expected
