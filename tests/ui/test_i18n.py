"""The Vietnamese catalogue: complete, placeholders intact, loaded at start; never compiled at start-up."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from nxdesk.domain.numbers import NumberError, parse_number
from nxdesk.paths import resource

ROOT = Path(__file__).resolve().parents[2]
TS = resource("i18n", "nxdesk_vi.ts")
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[a-z_]\w*\}")


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) for every live message of a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            out.append((name, message.findtext("source"), tr.text if tr is not None else None, kind))
    return out


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in nxdesk/ today (into a scratch .ts, the committed one untouched)."""
    scratch = tmp_path_factory.mktemp("ts") / "scan.ts"
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "nxdesk").rglob("*.py"))
    subprocess.run([str(exe), *sources, "-ts", str(scratch)], check=True, capture_output=True)
    return {(c, s) for c, s, _, _ in messages(scratch)}


def test_every_source_string_has_a_vietnamese_translation(source_messages):
    translated = {(c, s) for c, s, t, kind in messages(TS) if (t or "").strip() and kind != "unfinished"}
    missing = sorted(source_messages - translated)
    assert not missing, "untranslated (run tools/ts_fill.py): " + "; ".join(f"[{c}] {s}" for c, s in missing)


def test_placeholders_match_in_every_translation():
    wrong = []
    for context, source, translation, _ in messages(TS):
        if translation and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"[{context}] {source!r} -> {translation!r}")
    assert not wrong, "\n".join(wrong)


def test_the_interface_is_vietnamese_by_default_and_english_on_request(qapp):
    from nxdesk.ui.i18n import install_translator, remove_translators

    try:
        assert install_translator("vi")
        assert QCoreApplication.translate("EntryGrid", "Actual") == "Thực hiện"
        assert QCoreApplication.translate("Period", "9 months") == "9 tháng"
        assert not install_translator("en")
        assert QCoreApplication.translate("EntryGrid", "Actual") == "Actual"
    finally:
        remove_translators()


def test_number_errors_are_translated_by_code(qapp):
    from nxdesk.ui.i18n import install_translator, number_error_text, remove_translators

    install_translator("vi")
    try:
        with pytest.raises(NumberError) as ambiguous:
            parse_number("1.401")
        assert number_error_text(ambiguous.value) == (
            "'1.401' có thể hiểu theo hai cách: viết 1401 nếu là số nguyên, hoặc 1,401 nếu là số thập phân."
        )
        with pytest.raises(NumberError) as negative:
            parse_number("-3", allow_negative=False)
        assert number_error_text(negative.value, "ha") == "'-3' là số âm; số liệu tính bằng ha không thể âm."
    finally:
        remove_translators()


def test_a_missing_qm_is_logged_and_the_window_speaks_english(qapp, tmp_path, monkeypatch, caplog):
    import logging

    import nxdesk.ui.i18n as i18n

    shutil.copy(TS, tmp_path / "nxdesk_vi.ts")
    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts[1:]))
    with caplog.at_level(logging.ERROR, logger="nxdesk.ui.i18n"):
        assert i18n.qm_path() is None
        assert i18n.install_translator("vi") is False
    try:
        assert "nxdesk_vi.qm is missing" in caplog.text
        assert QCoreApplication.translate("MainWindow", "Saved at %1") == "Saved at %1"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["nxdesk_vi.ts"]  # nothing compiled
    finally:
        i18n.remove_translators()
