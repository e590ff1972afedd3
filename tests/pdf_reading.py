"""Read a PDF back in the tests with pypdf (a pure-Python test dependency): no external tool to go missing."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path | str, page: int | None = None) -> str:
    """The text of the whole file, or of ``page`` (1-based), in drawing order."""
    reader = PdfReader(str(path))
    pages = reader.pages if page is None else [reader.pages[page - 1]]
    return "\n".join(p.extract_text() for p in pages)


def flat_text(path: Path | str, page: int | None = None) -> str:
    """The text with every run of white space made one space."""
    return " ".join(pdf_text(path, page).split())


def page_count(path: Path | str) -> int:
    return len(PdfReader(str(path)).pages)


def fonts(path: Path | str) -> dict[str, bool]:
    """Base font name -> whether the file embeds it, for every font any page uses."""
    found: dict[str, bool] = {}

    def visit(font) -> None:
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        for child in font.get("/DescendantFonts", []):
            visit(child)
            return
        embedded = descriptor is not None and any(
            key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        found[str(font.get("/BaseFont"))] = embedded

    for p in PdfReader(str(path)).pages:
        resources = p.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        for ref in font_dict.get_object().values() if font_dict is not None else []:
            visit(ref)
    return found
