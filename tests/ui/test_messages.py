"""Every message code renders on the command line (English) and in the window (translated), with the
same placeholders, and keeps where it points."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from nxdesk.domain.messages import CATALOG, Message, Where, render_en

PLACEHOLDER = re.compile(r"\{([a-z_]\w*)\}")


def _load_every_catalogue() -> None:
    """Import every module outside the window, so each registers its codes."""
    for name in ("domain", "interchange", "store", "report"):
        package = importlib.import_module(f"nxdesk.{name}")
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(info.name)


_load_every_catalogue()


def _sample(code: str) -> Message:
    params = {name: f"<{name}>" for name in PLACEHOLDER.findall(CATALOG[code])}
    return Message(code, params, Where(sheet="Kinh tế", cell="G6"))


def test_the_catalogue_is_not_empty():
    assert {"file.legacy_encoding", "workbook.cell_changed", "figure.below_earlier", "text.control"} <= set(
        CATALOG
    )


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_every_code_renders_in_english_and_in_vietnamese(code, vietnamese):
    from nxdesk.ui.messages import message_text, texts

    assert code in texts(), f"{code} has no text in nxdesk/ui/messages.py"
    english = set(PLACEHOLDER.findall(CATALOG[code]))
    assert set(PLACEHOLDER.findall(texts()[code])) == english
    message = _sample(code)
    cli, window = render_en(message), message_text(message)
    assert cli.startswith("sheet Kinh tế, cell G6: ") and "{" not in cli
    assert window.startswith("trang Kinh tế, ô G6: ") and "{" not in window
    assert window != cli
    for name in english:
        assert f"<{name}>" in cli and f"<{name}>" in window


def test_a_table_message_says_line_and_column_in_both(vietnamese):
    from nxdesk.ui.messages import message_text

    message = Message("period.locked", {"months": 9, "year": 2024}, Where(line=3, column="value"))
    assert render_en(message) == "line 3, column value: period 9/2024 is locked"
    assert message_text(message) == "dòng 3, cột value: kỳ 9/2024 đã chốt số liệu"
