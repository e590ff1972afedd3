"""Widgets of the main window and the dialogs."""
