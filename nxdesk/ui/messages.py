"""Messages (domain.messages) in the interface language: one translated text per code, with the same
``{name}`` placeholders as the English catalogue, and where the message points (line and column of a
table, sheet and cell of a workbook, a target's code). The command line renders the same messages
in English with :func:`nxdesk.domain.messages.render_en`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.messages import Message, Where, render_en
from ..domain.text import TextError, clean_code, clean_text

translate = QCoreApplication.translate


_kept: tuple[str, dict[str, str]] | None = None


def texts() -> dict[str, str]:
    """Every known code's text in the current interface language, translated once per catalogue (a grid
    commit asks for dozens of messages, each of which would translate all of them)."""
    global _kept
    catalogue = translate("MessageText", "line {line}")  # another text in each catalogue
    if _kept is None or _kept[0] != catalogue:
        _kept = (catalogue, _translated_texts())
    return _kept[1]


def _translated_texts() -> dict[str, str]:
    from .units_messages import units_texts

    return {
        **units_texts(),
        "text.control": translate(
            "MessageText",
            "contains a control character ({char}); retype the text without it",
        ),
        "text.invisible": translate(
            "MessageText",
            "contains an invisible character ({char}); retype the text without it",
        ),
        "text.too_long": translate(
            "MessageText",
            "is {length} characters long; at most {limit} are kept",
        ),
        "text.empty_code": translate(
            "MessageText",
            "a target needs a code",
        ),
        "file.empty": translate(
            "MessageText",
            "the file is empty",
        ),
        "file.binary": translate(
            "MessageText",
            "the file is not a text table (it holds binary data); save it as CSV",
        ),
        "file.legacy_encoding": translate(
            "MessageText",
            "the file is written in {encoding}, which nxdesk cannot read; convert it to Unicode (e.g. Unikey's converter) and save it as CSV UTF-8",  # noqa: E501
        ),
        "file.undecodable": translate(
            "MessageText",
            "the file is not text in UTF-8, UTF-16 or Windows-1258",
        ),
        "column.unknown": translate(
            "MessageText",
            "unknown column",
        ),
        "column.twice": translate(
            "MessageText",
            "column appears twice",
        ),
        "column.missing": translate(
            "MessageText",
            "required column is missing",
        ),
        "row.cell_count": translate(
            "MessageText",
            "{count} cells where the header has {expected}",
        ),
        "csv.invalid": translate(
            "MessageText",
            "not valid CSV: {detail}",
        ),
        "number.empty": translate(
            "MessageText",
            "no number given",
        ),
        "number.invalid": translate(
            "MessageText",
            "'{text}' is not a number",
        ),
        "number.ambiguous": translate(
            "MessageText",
            "'{text}' is ambiguous: write {as_thousands} for thousands or {as_decimal} for a decimal",
        ),
        "number.negative": translate(
            "MessageText",
            "'{text}' is negative, which this figure cannot be",
        ),
        "number.not_integer": translate(
            "MessageText",
            "'{text}' must be a whole number",
        ),
        "number.too_large": translate(
            "MessageText",
            "'{text}' is too large: a figure may be at most 1.000.000.000.000.000 (10^15)",
        ),
        "number.too_long": translate(
            "MessageText",
            "'{text}' is too long to be a figure",
        ),
        "plan.empty": translate(
            "MessageText",
            "the plan is empty",
        ),
        "plan.invalid": translate(
            "MessageText",
            "'{text}' is not a plan expression (e.g. 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4)",
        ),
        "plan.reversed": translate(
            "MessageText",
            "'{text}': the lower bound of a range must come first",
        ),
        "value.required": translate(
            "MessageText",
            "required value is empty",
        ),
        "value.whole_range": translate(
            "MessageText",
            "'{text}' is not a whole number from {low} to {high}",
        ),
        "value.choice": translate(
            "MessageText",
            "'{text}' is not {allowed}",
        ),
        "status.invalid": translate(
            "MessageText",
            "'{text}' is not estimate, official, ước or chính thức",
        ),
        "parent.self": translate(
            "MessageText",
            "a target cannot be its own parent",
        ),
        "code.duplicate": translate(
            "MessageText",
            "duplicate code {code} for {months}/{year} (see line {other})",
        ),
        "row.differs": translate(
            "MessageText",
            "differs from line {other} for the same code {code}",
        ),
        "plan.differs": translate(
            "MessageText",
            "differs from line {other} for {code} {year}",
        ),
        "parent.unknown": translate(
            "MessageText",
            "unknown parent code {code}",
        ),
        "parent.loop": translate(
            "MessageText",
            "parent chain of {code} loops back to itself",
        ),
        "parent.sector": translate(
            "MessageText",
            "parent {parent} is in sector {parent_sector}, not {sector}",
        ),
        "period.locked": translate(
            "MessageText",
            "period {months}/{year} is locked",
        ),
        "decimal.undecided": translate(
            "MessageText",
            "cannot tell whether the file's decimal mark is a comma or a dot; give --decimal comma or --decimal dot",  # noqa: E501
        ),
        "import.no_backup": translate(
            "MessageText",
            "no backup could be written before importing ({detail})",
        ),
        "workbook.unreadable": translate(
            "MessageText",
            "cannot read the workbook: {detail}",
        ),
        "workbook.not_entry_workbook": translate(
            "MessageText",
            "this is not an nxdesk entry workbook (no sheet has the hidden row of column names; write one with nxdesk for the period)",  # noqa: E501
        ),
        "workbook.keys_missing": translate(
            "MessageText",
            "the hidden row of column names is gone; write the workbook again with nxdesk and copy the figures into it",  # noqa: E501
        ),
        "workbook.too_large": translate(
            "MessageText",
            "the file unpacks to {size} MB, far more than any entry form; it was not opened",
        ),
        "workbook.too_many_parts": translate(
            "MessageText",
            "the file has {count} parts, far more than any entry form; it was not opened",
        ),
        "workbook.too_many_cells": translate(
            "MessageText",
            "the file has {count} cells, far more than any entry form; it was not opened",
        ),
        "workbook.formula_no_value": translate(
            "MessageText",
            "the formula has no calculated value; open the file in Excel and save it again, or type the number",  # noqa: E501
        ),
        "workbook.nothing_filled": translate(
            "MessageText",
            "no Thực hiện or Ghi chú cell is filled in on any sheet: nothing to import",
        ),
        "workbook.cell_changed": translate(
            "MessageText",
            "this cell may not be changed in the workbook (it was '{old}', it is '{new}'); only Thực hiện, Ước / Chính thức, Dự kiến cả năm and Ghi chú are read",  # noqa: E501
        ),
        "workbook.row_added": translate(
            "MessageText",
            "a row was added; new targets are added in the plan editor, not the workbook",
        ),
        "workbook.row_twice": translate(
            "MessageText",
            "the target {code} appears twice (also row {other})",
        ),
        "figure.unshowable": translate(
            "MessageText",
            "the stored figure cannot be shown: it is not a number or larger than 10^15; type the right figure, or restore a backup",  # noqa: E501
        ),
        "figure.below_earlier": translate(
            "MessageText",
            "{value} is less than {earlier}, entered at an earlier cut-off of the year",
        ),
        "figure.far_from_last_year": translate(
            "MessageText",
            "{value} is more than 3 times or less than a third of the same period last year ({last_year})",
        ),
        "figure.far_from_plan": translate(
            "MessageText",
            "{pct}% of plan: far beyond it; check the figure and its unit",
        ),
        "figure.children_above": translate(
            "MessageText",
            "its 'trong đó' rows add up to {total}, more than its value {value}",
        ),
        "check.integrity": translate(
            "MessageText",
            "integrity: {detail}",
        ),
        "check.foreign_key": translate(
            "MessageText",
            "foreign key: {table} row {row} points to a missing {parent} row",
        ),
        "check.plan_unreadable": translate(
            "MessageText",
            "the {year} plan ({source}) '{text}' cannot be read",
        ),
        "check.parent_sector": translate(
            "MessageText",
            "its parent {parent} is in another sector",
        ),
        "check.parent_loop": translate(
            "MessageText",
            "its chain of parents loops",
        ),
        "check.values_outside_plan": translate(
            "MessageText",
            "{count} value(s) entered in {year}, but the target is not in {year}'s plan",
        ),
    }


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def where_text(where: Where | None) -> str:
    """Where a message points, in the interface language."""
    if where is None:
        return ""
    parts = []
    if where.file:
        parts.append(where.file)
    if where.sheet is not None and where.cell is not None:
        parts.append(
            translate("MessageText", "sheet {sheet}, cell {cell}").format(sheet=where.sheet, cell=where.cell)
        )
    elif where.sheet is not None:
        parts.append(translate("MessageText", "sheet {sheet}").format(sheet=where.sheet))
    if where.line is not None and where.column is not None:
        parts.append(
            translate("MessageText", "line {line}, column {column}").format(
                line=where.line, column=where.column
            )
        )
    elif where.line is not None:
        parts.append(translate("MessageText", "line {line}").format(line=where.line))
    if where.code is not None:
        parts.append(where.code)
    if where.year is not None:
        parts.append(f"{where.months}/{where.year}" if where.months else str(where.year))
    return ", ".join(parts)


def message_text(message: Message) -> str:
    """One message in the interface language, prefixed with where it points; a code the window does not
    know yet is shown in English rather than hidden."""
    text = texts().get(message.code)
    if text is None:
        return render_en(message)
    body = text.format_map(_Params({k: str(v) for k, v in message.params.items()}))
    where = where_text(message.where)
    return f"{where}: {body}" if where else body


def text_problem(field: str, text: str) -> str | None:
    """Why ``text`` cannot be kept as ``field`` (code, name, unit, sector, note), in the interface
    language; None when it can."""
    try:
        clean_code(text) if field == "code" else clean_text(text, field)
    except TextError as exc:
        return message_text(Message(exc.code, exc.params))
    return None
