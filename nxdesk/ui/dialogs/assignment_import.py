"""Nhận chỉ tiêu được giao: a commune opens the "Giao chỉ tiêu" package the level above sent it, sees what it
sets up (the year, its targets and sectors, the plans assigned, the level the office takes) and imports it
whole on confirmation, through the command line's own import; a refused package is explained and nothing is
written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.levels import PlanRole
from ...domain.messages import MessageError
from ...store.errors import StoreError
from ..dialog_service import dialogs
from ..import_export import show_import_issues
from ..level_text import level_name, plan_header
from ..write_errors import write_error_text

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ...interchange.assign import AssignmentPreview

translate = QCoreApplication.translate
MAX_LISTED_PLANS = 20


def _title() -> str:
    return translate("AssignmentImport", "Import an assignment package")


def describe(preview: AssignmentPreview, stored_level: str | None) -> str:
    """What the package sets up, in the interface language, ending with the question."""
    level = preview.level or stored_level
    lines = [
        translate("AssignmentImport", "Targets of %1 assigned to %2 (%3)")
        .replace("%1", str(preview.year))
        .replace("%2", preview.unit_name)
        .replace("%3", preview.unit_code)
        + (translate("AssignmentImport", ", from %1").replace("%1", preview.sender) if preview.sender else "")
        + ".",
        translate("AssignmentImport", "%1 targets (%2 new here) in %3 sectors: %4.")
        .replace("%1", str(preview.targets))
        .replace("%2", str(preview.new_targets))
        .replace("%3", str(len(preview.sectors)))
        .replace("%4", ", ".join(preview.sectors)),
    ]
    if preview.level:
        lines.append(
            translate("AssignmentImport", "This office becomes: %1.").replace("%1", level_name(level))
        )
    else:
        lines.append(translate("AssignmentImport", "This office stays: %1.").replace("%1", level_name(level)))
    lines.append("")
    header = plan_header(level, PlanRole.UPPER)
    lines.append(
        translate("AssignmentImport", "%1, %2 targets:")
        .replace("%1", header)
        .replace("%2", str(len(preview.plans)))
    )
    for code, name, unit, plan in preview.plans[:MAX_LISTED_PLANS]:
        lines.append(f"  {code} {name}: {plan} {unit}".rstrip())
    if len(preview.plans) > MAX_LISTED_PLANS:
        lines.append(
            "  "
            + translate("AssignmentImport", "… and %1 more.").replace(
                "%1", str(len(preview.plans) - MAX_LISTED_PLANS)
            )
        )
    lines += ["", translate("AssignmentImport", "Import it? Everything is written in one step, or nothing.")]
    return "\n".join(lines)


def take_assignment(parent: QWidget | None, db: Database) -> int | None:
    """Ask for the package, show what it sets up, import it when confirmed. The year imported, or ``None``
    when nothing was written (cancelled or refused, with the reasons shown)."""
    from ...interchange.assign import import_assignment, preview_assignment
    from ...store.settings import load_settings

    path = dialogs().open_file(
        parent, _title(), translate("AssignmentImport", "Assignment packages (*.nxpkg);;All files (*)")
    )
    if not path:
        return None
    try:
        preview = preview_assignment(db, Path(path))
        if not dialogs().confirm(parent, _title(), describe(preview, load_settings(db).level)):
            return None
        report = import_assignment(db, Path(path))
    except MessageError as exc:
        show_import_issues(parent, exc.messages)
        return None
    except (StoreError, sqlite3.Error) as exc:
        dialogs().error(parent, _title(), write_error_text(exc))
        return None
    level = report.level_set or load_settings(db).level
    dialogs().info(
        parent,
        _title(),
        translate("AssignmentImport", "Imported for %1: %2 new targets, %3 updated; %4.")
        .replace("%1", str(report.year))
        .replace("%2", str(report.targets_created))
        .replace("%3", str(report.targets_updated))
        .replace(
            "%4",
            translate("AssignmentImport", "%1 for %2 targets")
            .replace("%1", plan_header(level, PlanRole.UPPER))
            .replace("%2", str(report.plans_set)),
        ),
    )
    return report.year
