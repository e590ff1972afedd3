"""The current chart as a PNG image: to a file, or to the clipboard for pasting into a Word report.

pyqtgraph's ``ImageExporter`` renders the chart's scene; its SVG exporter is broken on Qt 6.12, so PNG only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

EXPORT_SCALE = 2  # twice the on-screen size: sharp when printed at the width of an A4 page


def render(item, width: int | None = None) -> QImage:
    """The graphics ``item`` (with its children) drawn on a white image ``width`` pixels wide."""
    from pyqtgraph.exporters import ImageExporter  # only when exporting: it imports every exporter

    exporter = ImageExporter(item)
    params = exporter.parameters()
    params["background"] = "w"
    params["width"] = int(width or round(item.sceneBoundingRect().width() * EXPORT_SCALE))
    image = exporter.export(toBytes=True)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def save_png(item, path: Path | str, width: int | None = None) -> QImage:
    """Write ``item`` as a PNG file; returns the image. Raises OSError when the file cannot be written."""
    image = render(item, width)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return image


def copy_image(item, width: int | None = None) -> QImage:
    """Put ``item`` on the clipboard as an image; returns it."""
    image = render(item, width)
    QGuiApplication.clipboard().setImage(image)
    return image
