"""Messages as data: every refusal, warning and finding is a code with parameters and a location.

No layer writes a sentence that another layer parses back. The command line renders a message with
:func:`render_en` from :data:`CATALOG` (English); the window renders the same code with its own
translated text (``ui/messages.py``). A test checks that every code has both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Where:
    """Where a message points: a line and column of a CSV table, a sheet and cell of a workbook,
    a file, or a target and period of the store. Every part is optional."""

    line: int | None = None
    column: str | None = None
    sheet: str | None = None
    cell: str | None = None
    file: str | None = None
    code: str | None = None
    year: int | None = None
    months: int | None = None

    def render_en(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet}")
        if self.cell is not None:
            parts.append(f"cell {self.cell}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        if self.code is not None:
            parts.append(self.code)
        if self.year is not None:
            parts.append(f"{self.months}/{self.year}" if self.months else str(self.year))
        return ", ".join(parts)


@dataclass(frozen=True)
class Message:
    """One message: ``code`` (a key of :data:`CATALOG`), its parameters, where it points, and
    whether it refuses (``error``) or only warns."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    where: Where | None = None
    severity: str = "error"

    def __str__(self) -> str:
        return render_en(self)


class MessageError(Exception):
    """Raised with one or more messages; nothing was written."""

    def __init__(self, messages: list[Message] | Message) -> None:
        self.messages = [messages] if isinstance(messages, Message) else list(messages)
        super().__init__("; ".join(render_en(m) for m in self.messages))


# English texts of every code, with ``{name}`` placeholders for the parameters.
CATALOG: dict[str, str] = {}


def register(entries: Mapping[str, str]) -> None:
    """Add codes to the catalogue (each module that speaks registers its codes once)."""
    for code, text in entries.items():
        if code in CATALOG and CATALOG[code] != text:
            raise ValueError(f"message code {code!r} registered twice with different texts")
        CATALOG[code] = text


def render_en(message: Message) -> str:
    """The English sentence of ``message``, prefixed with where it points."""
    text = CATALOG.get(message.code)
    body = text.format_map(_Params(message.params)) if text else f"{message.code} {dict(message.params)}"
    where = message.where.render_en() if message.where else ""
    return f"{where}: {body}" if where else body


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__({k: _show(v) for k, v in params.items()})


def _show(value: Any) -> str:
    return str(value)
