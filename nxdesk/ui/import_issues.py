"""The importer's refusals ("line N, column C: reason", English in the CLI) in the interface language.

The importer reports plain English reasons; the window translates the known ones by their form. An
unknown reason is shown as it is rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _patterns() -> list[tuple[str, str]]:
    """(regular expression of the English reason, translated text with %1… for its groups)."""
    return [
        (r"required value is empty", translate("ImportIssues", "required value is empty")),
        (
            r"'(.*)' is not a whole number from (\d+) to (\d+)",
            translate("ImportIssues", "'%1' is not a whole number from %2 to %3"),
        ),
        (r"'(.*)' is not a number", translate("ImportIssues", "'%1' is not a number")),
        (
            r"'(.*)' is ambiguous: write (\S+) for thousands or (\S+) for a decimal",
            translate(
                "ImportIssues", "'%1' can be read two ways: write %2 for a whole number or %3 for a decimal"
            ),
        ),
        (
            r"'(.*)' is negative, which this figure cannot be",
            translate("ImportIssues", "'%1' is negative, which this figure cannot be"),
        ),
        (r"'(.*)' must be a whole number", translate("ImportIssues", "'%1' must be a whole number")),
        (
            r"'(.*)' is too large: a figure may be at most .*",
            translate("ImportIssues", "'%1' is too large: a figure may be at most 1.000.000.000.000.000"),
        ),
        (r"'(.*)' is too long to be a figure", translate("ImportIssues", "'%1' is too long to be a figure")),
        (r"the plan is empty", translate("ImportIssues", "the plan is empty")),
        (
            r"'(.*)' is not a plan expression.*",
            translate("ImportIssues", "'%1' is not a plan (e.g. 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4)"),
        ),
        (
            r"'(.*)': the lower bound of a range must come first.*",
            translate("ImportIssues", "'%1': the lower bound of a range must come first"),
        ),
        (r"'(.*)' is not (\w+) or (\w+)", translate("ImportIssues", "'%1' is neither %2 nor %3")),
        (
            r"a target cannot be its own parent",
            translate("ImportIssues", "a target cannot be its own parent"),
        ),
        (
            r"duplicate code (\S+) for (\d+)/(\d+) \(see line (\d+)\)",
            translate("ImportIssues", "code %1 appears twice for %2/%3 (see line %4)"),
        ),
        (
            r"differs from line (\d+) for the same code (\S+)",
            translate("ImportIssues", "differs from line %1 for the same code %2"),
        ),
        (
            r"differs from line (\d+) for (\S+) (\d+)",
            translate("ImportIssues", "differs from line %1 for %2 %3"),
        ),
        (r"unknown parent code (\S+)", translate("ImportIssues", "no target has the parent code %1")),
        (
            r"parent chain of (\S+) loops back to itself",
            translate("ImportIssues", "the parents of %1 loop back to it"),
        ),
        (
            r"parent (\S+) is in sector (.+), not (.+)",
            translate("ImportIssues", "the parent %1 is in the sector %2, not in %3"),
        ),
        (r"period (\d+)/(\d+) is locked", translate("ImportIssues", "period %1/%2 is locked")),
        (
            r"the file is not UTF-8 text \((.*)\)",
            translate("ImportIssues", "the file is not UTF-8 text (%1)"),
        ),
        (r"the file is empty", translate("ImportIssues", "the file is empty")),
        (r"unknown column", translate("ImportIssues", "unknown column")),
        (r"column appears twice", translate("ImportIssues", "the column appears twice")),
        (r"required column is missing", translate("ImportIssues", "a required column is missing")),
        (
            r"(\d+) cells where the header has (\d+)",
            translate("ImportIssues", "%1 cells where the header has %2"),
        ),
        (r"not valid CSV: (.*)", translate("ImportIssues", "not valid CSV: %1")),
        (
            r"cannot tell whether the file's decimal mark is a comma or a dot.*",
            translate(
                "ImportIssues",
                "cannot tell whether the decimal mark is a comma or a dot; write the "
                "numbers the Vietnamese way (1.401,351)",
            ),
        ),
    ]


def reason_text(reason: str) -> str:
    """One reason in the interface language (unchanged when its form is unknown)."""
    for pattern, text in _patterns():
        match = re.fullmatch(pattern, reason, flags=re.S)
        if match:
            for number, group in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", group)
            return text
    return reason


def issue_text(issue) -> str:
    """``line N, column C: reason`` in the interface language."""
    line, column, reason = (
        getattr(issue, "line", None),
        getattr(issue, "column", None),
        getattr(issue, "reason", None),
    )
    if line is None or reason is None:
        return str(issue)
    return (
        translate("ImportIssues", "line %1, column %2: %3")
        .replace("%1", str(line))
        .replace("%2", str(column))
        .replace("%3", reason_text(reason))
    )
