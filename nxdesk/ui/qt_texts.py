"""Qt's own texts that Qt ships no Vietnamese catalogue for (PySide6 has no qtbase_vi.qm): the standard
buttons of every message box and button box, and the print preview's tool tips. Listed here so the
project's own catalogue (resources/i18n/nxdesk_vi.ts) carries them; Qt looks them up under its own
contexts through the installed translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def standard_button_texts() -> list[str]:
    """The standard buttons' texts as Qt asks for them (context QPlatformTheme)."""
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Save All"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "Yes to &All"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "N&o to All"),
        translate("QPlatformTheme", "Abort"),
        translate("QPlatformTheme", "Retry"),
        translate("QPlatformTheme", "Ignore"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Restore Defaults"),
    ]


def print_preview_texts() -> list[str]:
    """The print preview's tool buttons (context QPrintPreviewDialog)."""
    return [
        translate("QPrintPreviewDialog", "Print Preview"),
        translate("QPrintPreviewDialog", "Next page"),
        translate("QPrintPreviewDialog", "Previous page"),
        translate("QPrintPreviewDialog", "First page"),
        translate("QPrintPreviewDialog", "Last page"),
        translate("QPrintPreviewDialog", "Fit width"),
        translate("QPrintPreviewDialog", "Fit page"),
        translate("QPrintPreviewDialog", "Zoom in"),
        translate("QPrintPreviewDialog", "Zoom out"),
        translate("QPrintPreviewDialog", "Portrait"),
        translate("QPrintPreviewDialog", "Landscape"),
        translate("QPrintPreviewDialog", "Show single page"),
        translate("QPrintPreviewDialog", "Show facing pages"),
        translate("QPrintPreviewDialog", "Show overview of all pages"),
        translate("QPrintPreviewDialog", "Print"),
        translate("QPrintPreviewDialog", "Page setup"),
    ]
