"""Texts of the units and packages messages (store/units, interchange/packages, assign, receive,
unit_rows, collect) in the interface language; ``ui/messages.texts`` takes them in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def units_texts() -> dict[str, str]:
    return {
        "units.code_empty": translate("MessageText", "the unit code is empty"),
        "units.code_invalid": translate(
            "MessageText", "unit code '{code}' may hold only letters, digits, '-', '_' and '.'"
        ),
        "units.name_empty": translate("MessageText", "the unit's name is empty"),
        "units.level_invalid": translate(
            "MessageText", "level '{level}' is not one of xa, phuong, dac_khu, thon"
        ),
        "units.code_taken": translate("MessageText", "unit code {code} is already used by {name}"),
        "units.unknown": translate("MessageText", "no unit with code {code}"),
        "units.csv_header": translate(
            "MessageText", "the units file needs the columns code,name[,level], not {header}"
        ),
        "units.csv_unreadable": translate("MessageText", "the units file cannot be read: {reason}"),
        "units.plan_invalid": translate("MessageText", "plan '{text}' for {code} is not a plan expression"),
        "package.unreadable": translate("MessageText", "not an nxdesk package ({reason})"),
        "package.format": translate(
            "MessageText", "not an nxdesk package (the manifest says format '{format}')"
        ),
        "package.version": translate(
            "MessageText",
            "package format version {version} is newer than this nxdesk reads ({known}); update nxdesk",
        ),
        "package.manifest": translate(
            "MessageText", "the manifest is incomplete: {field} is missing or invalid"
        ),
        "package.kind": translate("MessageText", "this is {kind} package, not {expected} package"),
        "package.tampered": translate(
            "MessageText",
            "the rows do not match the manifest's sha256: the file was changed after it was written, or is damaged",  # noqa: E501
        ),
        "package.counts": translate(
            "MessageText", "the manifest counts {expected} rows, the file holds {found}"
        ),
        "package.header": translate("MessageText", "rows.csv needs the columns {columns}"),
        "assign.no_units": translate(
            "MessageText", "there are no units to assign to (add them with: nxdesk units add CODE NAME)"
        ),
        "assign.no_targets": translate("MessageText", "there are no targets for {year}"),
        "assign.no_folder": translate("MessageText", "no such folder: {folder}"),
        "assign.value": translate("MessageText", "{column} '{text}' is not valid"),
        "assign.year": translate("MessageText", "the row is for {found}, the package for {year}"),
        "assign.parent": translate(
            "MessageText", "parent '{parent}' is neither in the package nor a known target"
        ),
        "collect.no_identity": translate(
            "MessageText",
            "this office's unit code is not known: import the assignment package from the level above first, or give --unit-code and --unit-name",  # noqa: E501
        ),
        "collect.no_figures": translate("MessageText", "there are no figures for {months}/{year} to send"),
        "receive.unknown_unit": translate(
            "MessageText", "unit {code} ({name}) is not one of this office's units"
        ),
        "receive.retired_unit": translate("MessageText", "unit {code} ({name}) is retired"),
        "receive.locked": translate(
            "MessageText", "{months}/{year} is locked here; unlock it to receive figures for it"
        ),
        "receive.unknown_target": translate("MessageText", "target {code} is not a target of {year} here"),
        "receive.duplicate": translate("MessageText", "target {code} appears twice"),
        "receive.period": translate("MessageText", "the row is for {found}, the package for {months}/{year}"),
        "receive.value": translate("MessageText", "{code}: {reason}"),
        "receive.decimals": translate(
            "MessageText", "{code}: {text} is not a whole number, which {unit} must be"
        ),
        "receive.status": translate("MessageText", "{code}: status '{text}' is not estimate or official"),
        "receive.counts": translate(
            "MessageText", "the manifest counts {expected} estimates and officials, the rows hold {found}"
        ),
        "receive.older": translate(
            "MessageText",
            "this package was written at {written_at}, before the one already received ({applied_at}); it is not applied",  # noqa: E501
        ),
        "receive.changes": translate(
            "MessageText",
            "{count} figure(s) differ from those received on {received_at}; run again with --accept-changes to replace them",  # noqa: E501
        ),
        "dhis2.no_span": translate(
            "MessageText",
            "DHIS2 has no period from January to month {months}; export by period (the default) instead, or a cut-off of 1, 3, 6 or 12 months",  # noqa: E501
        ),
        "receive.workbook_no_unit": translate(
            "MessageText",
            "this entry workbook was not written for a unit (it carries no unit code); write each unit's workbook with: nxdesk assign --year Y --months M -o DIR",  # noqa: E501
        ),
        "receive.workbook_empty": translate(
            "MessageText", "nothing is filled in: no Thực hiện or Ghi chú cell on any sheet"
        ),
        "unit_rows.header": translate("MessageText", "unknown column(s) {columns} in a table with unit_code"),
        "unit_rows.missing": translate("MessageText", "column {column} is needed"),
        "unit_rows.own_column": translate(
            "MessageText", "{column} is the office's own; leave it empty on a unit's row"
        ),
        "unit_rows.unknown_unit": translate("MessageText", "no unit with code {code}"),
        "unit_rows.unknown_target": translate("MessageText", "no target {code} in {year}"),
        "unit_rows.bad": translate("MessageText", "'{text}' is not valid here"),
        "unit_rows.locked": translate("MessageText", "{months}/{year} is locked"),
        "unit_rows.unreadable": translate("MessageText", "the file cannot be read: {reason}"),
    }
