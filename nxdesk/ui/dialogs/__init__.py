"""Dialogs opened from the main window: plan editor, settings, summary, lock, history, backup."""
