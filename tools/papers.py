"""Every page of the printed papers as PNG images in docs/screenshots/papers/: the demo (a district, before
the July 2025 reform) and the same figures for a commune, each in the Party and the State style; for each,
the summary table (PDF) and the report draft (DOCX laid out by LibreOffice with the bundled Tinos).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/papers.py

Needs pdftoppm (poppler-utils) and soffice (libreoffice-writer-nogui).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nxdesk.demo import load_demo  # noqa: E402
from nxdesk.domain.periods import Period  # noqa: E402
from nxdesk.paths import resource  # noqa: E402
from nxdesk.report.docx_out import write_narrative_docx  # noqa: E402
from nxdesk.report.narrative import narrative  # noqa: E402
from nxdesk.report.pdf import export_pdf  # noqa: E402
from nxdesk.store.db import open_db  # noqa: E402
from nxdesk.store.settings import load_settings, save_settings  # noqa: E402
from nxdesk.store.summary import load_summary  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "papers"
DOC_DATE = date(2024, 10, 8)
RECIPIENTS = "Thường trực Tỉnh ủy (b/c)\nCác đồng chí Ủy viên Ban Thường vụ\nCác chi bộ, đảng bộ trực thuộc"
STATE_RECIPIENTS = "UBND tỉnh Thanh Hóa (b/c)\nThường trực Đảng ủy, HĐND\nCác phòng, ban, đơn vị"
VARIANTS = {
    "huyen-party": ("huyen", "party"),
    "huyen-state": ("huyen", "state"),
    "xa-party": ("xa", "party"),
    "xa-state": ("xa", "state"),
}


def _settings(db, level: str, style: str) -> None:
    s = load_settings(db)
    s.level, s.document_style = level, style
    s.parent_body = "Đảng bộ tỉnh Thanh Hóa"
    s.issuing_body = "Huyện ủy Như Xuân" if level == "huyen" else "Đảng ủy xã Như Xuân"
    s.state_parent_body = "UBND tỉnh Thanh Hóa"
    s.state_issuing_body = (
        "Ủy ban nhân dân huyện Như Xuân" if level == "huyen" else "Ủy ban nhân dân xã Như Xuân"
    )
    s.signer_name = "Lương Thị Hoa"
    s.state_signer_name = "Lê Văn Thuận"
    s.recipients = RECIPIENTS if style == "party" else STATE_RECIPIENTS
    s.term = "2025-2030" if level == "xa" else ""
    save_settings(db, s)


def _fonts_conf(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{resource('fonts')}</dir>"
        '<alias binding="same"><family>Times New Roman</family>'
        "<accept><family>Tinos</family></accept></alias></fontconfig>",
        encoding="utf-8",
    )
    return conf


def _pngs(pdf: Path, stem: str) -> list[Path]:
    for old in OUT.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / stem)], check=True)
    return sorted(OUT.glob(f"{stem}-*.png"))


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["nxdesk"])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        conf = _fonts_conf(work)
        db = open_db(work / "demo.db")
        load_demo(db)
        for name, (level, style) in VARIANTS.items():
            _settings(db, level, style)
            pdf = work / f"bieu-{name}.pdf"
            export_pdf(db, 2024, 9, pdf, DOC_DATE)
            settings = load_settings(db)
            text = narrative(load_summary(db, 2024, 9), settings)
            docx = write_narrative_docx(text, settings, Period(2024, 9), work / f"bao-cao-{name}.docx")
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{work}/lo",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                env={**os.environ, "FONTCONFIG_FILE": str(conf)},
            )
            for written in _pngs(pdf, f"bieu-{name}") + _pngs(docx.with_suffix(".pdf"), f"bao-cao-{name}"):
                print(written.relative_to(ROOT))


if __name__ == "__main__":
    main()
