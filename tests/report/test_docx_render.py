"""The Word report laid out by LibreOffice (headless) with the bundled metric twin of Times New Roman,
read back with pdftotext: no heading phrase wraps, page numbers from page 2, the margins kept."""

import re
import shutil
import subprocess

import pytest

from nxdesk.domain.periods import Period
from nxdesk.paths import resource
from nxdesk.report.docx_out import write_narrative_docx
from nxdesk.report.narrative import narrative
from nxdesk.store.settings import load_settings
from nxdesk.store.summary import load_summary

MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def _to_pdf(docx, tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{resource('fonts')}</dir>"
        '<alias binding="same"><family>Times New Roman</family>'
        "<accept><family>Tinos</family></accept></alias>"
        "</fontconfig>",
        encoding="utf-8",
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed to lay the DOCX out"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**__import__("os").environ, "FONTCONFIG_FILE": str(conf)},
    )
    return docx.with_suffix(".pdf")


def _pages(pdf):
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in re.split(r"<page ", html)[1:]:
        words = [
            (float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ]
        pages.append(words)
    return pages


def _one_line(words, phrase):
    parts = phrase.split()
    texts = [w[4] for w in words]
    for start in range(len(texts) - len(parts) + 1):
        if texts[start : start + len(parts)] == parts:
            line = words[start : start + len(parts)]
            return max(w[1] for w in line) - min(w[1] for w in line) < 2
    raise AssertionError(f"{phrase!r} not found in {' '.join(texts[:60])}")


@pytest.mark.parametrize(
    ("style", "level", "phrases"),
    [
        ("party", "huyen", ["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY NHƯ XUÂN", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
        (
            "state",
            "xa",
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN XÃ NHƯ XUÂN",
            ],
        ),
    ],
)
def test_docx_heading_never_wraps_and_pages_are_numbered_from_two(demo_db, tmp_path, style, level, phrases):
    settings = load_settings(demo_db)
    settings.document_style, settings.level = style, level
    settings.state_parent_body = "UBND tỉnh Thanh Hóa"
    settings.state_issuing_body = f"Ủy ban nhân dân {'huyện' if level == 'huyen' else 'xã'} Như Xuân"
    text = narrative(load_summary(demo_db, 2024, 9), settings)
    docx = write_narrative_docx(text, settings, Period(2024, 9), tmp_path / f"{style}-{level}.docx")
    pages = _pages(_to_pdf(docx, tmp_path))
    assert len(pages) >= 2
    first = pages[0]
    for phrase in [*phrases, "BÁO CÁO"]:
        assert _one_line(first, phrase), phrase
    assert _one_line(first, "kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2024")
    assert min(w[0] for w in first) >= 30 * MM - 1  # left margin
    assert min(w[1] for w in first) >= 20 * MM - 1  # no page number on page 1
    second_top = min(pages[1], key=lambda w: w[1])
    assert second_top[4] == "2" and second_top[1] < 20 * MM  # in the header, top centre
    assert abs((second_top[0] + second_top[2]) / 2 - (30 * MM + (210 - 15) * MM) / 2) < 5 * MM
    last = " ".join(w[4] for w in pages[-1])
    assert (
        "Nơi nhận:" in last and ("T/M BAN THƯỜNG VỤ" if style == "party" else "TM. ỦY BAN NHÂN DÂN") in last
    )
