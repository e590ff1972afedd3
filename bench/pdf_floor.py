"""What Qt alone costs for one printed summary: PySide6, a QGuiApplication, the printing font, the finished
document's HTML read into a QTextDocument, laid out and painted page by page into a PDF. No nxdesk module is
imported; ``bench_pdf_floor.py`` writes the HTML and times this script as a whole process.

Usage: python pdf_floor.py DOCUMENT.html OUT.pdf
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRectF, QSizeF  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def main(html_path: str, out: str) -> int:
    app = QGuiApplication(["pdf_floor"])  # noqa: F841  (kept alive while printing)
    family = "Times New Roman" if "Times New Roman" in QFontDatabase.families() else "Tinos"
    if family not in QFontDatabase.families():
        for path in sorted(FONTS.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    writer = QPdfWriter(out)
    writer.setResolution(600)
    margins = QMarginsF(20, 25, 20, 20)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer.setPageLayout(
        QPageLayout(a4, QPageLayout.Orientation.Landscape, margins, QPageLayout.Unit.Millimeter)
    )
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    body = QSizeF(rect.width(), rect.height())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(family, 11))
    doc.setPageSize(QSizeF(0, 0))
    doc.setHtml(Path(html_path).read_text(encoding="utf-8"))
    doc.setPageSize(body)
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.Dark):
        palette.setColor(role, QColor("black"))
    painter = QPainter(writer)
    for index in range(doc.pageCount()):
        if index:
            writer.newPage()
        top = index * body.height()
        painter.save()
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()))
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, top, body.width(), body.height())
        context.palette = palette
        doc.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
