"""Texts of the window that follow the interface language: each is set once when the widget is built and
again whenever the language changes, in the same window (nothing is rebuilt, nothing typed is lost)."""

from __future__ import annotations

from collections.abc import Callable


class LiveTexts:
    """A list of (setter, text) pairs, and of renaming functions, applied again by :meth:`apply`."""

    def __init__(self) -> None:
        self._items: list[Callable[[], None]] = []

    def set(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        """Call ``setter(text())`` now and after each change of language."""
        self.call(lambda: setter(text()))

    def call(self, rename: Callable[[], object]) -> None:
        """Call ``rename()`` now and after each change of language."""
        rename()
        self._items.append(rename)

    def apply(self) -> None:
        for rename in self._items:
            rename()
