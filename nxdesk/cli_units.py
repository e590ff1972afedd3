"""The command line of INTERCHANGE.md "Units and packages": units, assign, package, receive, summary
--by-unit, import of an assignment package, and the DHIS2 export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import EXIT_OK, EXIT_REFUSED, _open, _writes
from .domain.messages import MessageError
from .domain.numbers import format_number


def _refuse(exc: MessageError, tail: str = "nothing was written") -> int:
    for message in exc.messages:
        print(message, file=sys.stderr)
    print(f"refused: {len(exc.messages)} error(s), {tail}", file=sys.stderr)
    return EXIT_REFUSED


def _units_writes(args: argparse.Namespace) -> bool:
    return args.action in ("add", "import", "rename", "retire")


@_writes(_units_writes)
def cmd_units(args: argparse.Namespace) -> int:
    from .store import units

    db = _open(args, create=args.action in ("add", "import"), reading=args.action == "list")
    try:
        if args.action == "add":
            units.add_unit(db, args.code, args.name, args.level)
            print(f"unit {args.code.upper()} added")
        elif args.action == "rename":
            units.rename_unit(db, args.code, args.name)
            print(f"unit {args.code.upper()} renamed")
        elif args.action == "retire":
            units.set_unit_retired(db, args.code, not args.undo)
            print(f"unit {args.code.upper()} " + ("back in use" if args.undo else "retired"))
        elif args.action == "import":
            if not Path(args.file).is_file():
                print(f"no such file: {args.file}", file=sys.stderr)
                return EXIT_REFUSED
            added, updated = units.import_units(db, args.file)
            print(f"{added} units added, {updated} updated")
        else:
            for unit in units.list_units(db):
                print(f"{unit.code}\t{unit.name}\t{unit.level}" + ("\tretired" if unit.retired else ""))
    except MessageError as exc:
        return _refuse(exc)
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from .interchange.assign import write_assignments

    try:
        db = _open(args, reading=True)
        written = write_assignments(db, args.year, Path(args.output))
        workbooks = []
        if args.months is not None:
            from .interchange.unit_workbook import write_unit_workbooks

            workbooks = write_unit_workbooks(db, args.year, args.months, Path(args.output))
    except MessageError as exc:
        return _refuse(exc)
    for path in written + workbooks:
        print(path)
    print(f"{len(written)} assignment package(s) written for {args.year}")
    if workbooks:
        print(f"{len(workbooks)} entry workbook(s) for units without nxdesk, {args.months}/{args.year}")
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from .cli_report import _refuse_export_target
    from .interchange.collect import write_figures_package

    out = Path(args.output)
    if out.is_dir():
        from .interchange.assign import package_name
        from .store.units import own_unit

        me = own_unit(_open(args, reading=True))
        out = out / package_name(args.unit_code or (me.code if me else "nxdesk"), args.year, args.months)
    if not out.parent.is_dir():
        print(f"no such folder: {out.parent}", file=sys.stderr)
        return EXIT_REFUSED
    if _refuse_export_target(out, args.db):
        return EXIT_REFUSED
    try:
        manifest = write_figures_package(
            _open(args, reading=True), args.year, args.months, out, args.unit_code, args.unit_name
        )
    except MessageError as exc:
        return _refuse(exc)
    counts = manifest["counts"]
    print(
        f"wrote {out}: {manifest['unit']['code']} {manifest['unit']['name']}, {args.months}/{args.year}, "
        f"{manifest['rows']} figures ({counts['estimate']} estimate, {counts['official']} official)"
    )
    return EXIT_OK


def _figure(f, decimals: int | None = None) -> str:
    if f is None:
        return "(none)"
    text = "(empty)" if f.value is None else format_number(f.value, decimals)
    return f"{text} ({f.status})" + (f" «{f.note}»" if f.note else "")


@_writes(lambda args: not args.dry_run)
def cmd_receive(args: argparse.Namespace) -> int:
    from .interchange.receive import receive

    db = _open(args, reading=args.dry_run)
    outcomes = receive(db, args.files, args.dry_run, args.accept_changes)
    if not outcomes:
        print("no packages found", file=sys.stderr)
        return EXIT_REFUSED
    words = {
        "applied": "received",
        "unchanged": "already received, nothing changed",
        "would_apply": "would be received (dry run)",
        "changes": "differs from what was received",
        "refused": "refused",
    }
    for o in outcomes:
        who = f"{o.unit_code} {o.unit_name}, {o.months}/{o.year}: " if o.unit_code else ""
        stream = sys.stdout if o.ok else sys.stderr
        print(f"{o.file}: {who}{words[o.state]}" + (f" ({o.rows} figures)" if o.ok else ""), file=stream)
        for d in o.differences:
            print(
                f"  {d.code} {d.name}: {_figure(d.old, d.decimals)} -> {_figure(d.new, d.decimals)}",
                file=stream,
            )
        for message in o.messages:
            print(f"  {message}", file=sys.stderr)
    refused = sum(not o.ok for o in outcomes)
    if refused:
        print(
            f"{refused} of {len(outcomes)} package(s) not applied (nothing of those was written)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return EXIT_OK


def summary_by_unit(args: argparse.Namespace) -> int:
    from .interchange import unit_summary_out
    from .store.unit_summary import by_unit

    data = by_unit(_open(args, reading=True), args.year, args.months)
    render = {
        "json": unit_summary_out.to_json,
        "csv": unit_summary_out.to_csv,
        "table": unit_summary_out.to_table,
    }
    sys.stdout.write(render[args.format](data) + ("\n" if args.format == "json" else ""))
    return EXIT_OK


def import_package(args: argparse.Namespace) -> int:
    """``nxdesk import`` of an assignment package."""
    from .interchange.assign import import_assignment

    db = _open(args, create=True)
    try:
        report = import_assignment(db, args.file, args.dry_run)
    except MessageError as exc:
        return _refuse(exc)
    verb = "would write" if args.dry_run else "wrote"
    print(
        f"assignment for {report.unit_code}, {report.year}: {verb} {report.targets_created} new targets, "
        f"{report.targets_updated} updated, {report.plans_set} assigned plans"
        + (f", the office's level {report.level_set}" if report.level_set else "")
        + (" — dry run, nothing written" if args.dry_run else "")
    )
    return EXIT_OK


def import_unit_table(args: argparse.Namespace) -> int:
    """``nxdesk import`` of a table with a ``unit_code`` column."""
    from .interchange.unit_rows import import_unit_rows

    db = _open(args, create=True)
    try:
        report = import_unit_rows(db, args.file, args.decimal, args.dry_run)
    except MessageError as exc:
        return _refuse(exc)
    verb = "would write" if args.dry_run else "wrote"
    print(
        f"{report.rows - report.own_rows} unit rows ok; {verb} {report.plans_set} assigned plans, "
        f"{report.values_written} unit values"
        + (f"; {report.own_rows} of the office's own rows" if report.own_rows else "")
        + (" — dry run, nothing written" if args.dry_run else "")
    )
    return EXIT_OK


def cmd_unit_table(args: argparse.Namespace) -> int:
    """The units × targets table of a period as a printed paper (PDF) or a workbook (XLSX)."""
    from .cli_report import _headless_qt, _refuse_export_target
    from .store.settings import load_settings
    from .store.unit_summary import by_unit

    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        print("unit-table -o needs a .pdf or .xlsx file name", file=sys.stderr)
        return EXIT_REFUSED
    if not out.parent.is_dir():
        print(f"no such folder: {out.parent}", file=sys.stderr)
        return EXIT_REFUSED
    if _refuse_export_target(out, args.db):
        return EXIT_REFUSED
    db = _open(args, reading=True)
    data = by_unit(db, args.year, args.months)
    if out.suffix.lower() == ".pdf":
        _headless_qt()
        from .report.units_matrix_pdf import write_units_matrix_pdf

        write_units_matrix_pdf(data, load_settings(db), out)
    else:
        from .report.units_matrix import write_units_matrix_xlsx

        write_units_matrix_xlsx(data, load_settings(db), out)
    print(f"wrote {out}: {len(data.units)} units × {len(data.rollup.rows)} targets")
    return EXIT_OK


def cmd_dhis2(args: argparse.Namespace) -> int:
    from .cli_report import _refuse_export_target
    from .interchange.dhis2 import write_data_value_sets

    out = Path(args.output)
    if not out.parent.is_dir():
        print(f"no such folder: {out.parent}", file=sys.stderr)
        return EXIT_REFUSED
    if _refuse_export_target(out, args.db):
        return EXIT_REFUSED
    try:
        export = write_data_value_sets(
            _open(args, reading=True), args.year, args.months, out, args.year_to_date
        )
    except MessageError as exc:
        return _refuse(exc)
    period = export.values[0]["period"] if export.values else ""
    print(f"wrote {out}: {len(export.values)} data values" + (f", period {period}" if period else ""))
    for unit, target, reason in export.left_out:
        print(f"  left out: {unit} {target}: {reason}", file=sys.stderr)
    if export.left_out:
        print(f"{len(export.left_out)} figure(s) left out", file=sys.stderr)
    return EXIT_OK


def add_commands(sub, period_args) -> None:
    p = sub.add_parser("units", help="the office's subordinate units: list, add, rename, retire, import CSV")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=cmd_units, action="list")
    actions.add_parser("list", help="code, name, level of each unit")
    a = actions.add_parser("add", help="add a unit")
    a.add_argument("code")
    a.add_argument("name")
    a.add_argument("--level", choices=("xa", "phuong", "dac_khu", "thon"), default="xa")
    a = actions.add_parser("rename", help="rename a unit")
    a.add_argument("code")
    a.add_argument("name")
    a = actions.add_parser("retire", help="retire a unit (kept with its figures)")
    a.add_argument("code")
    a.add_argument("--undo", action="store_true", help="put a retired unit back in use")
    a = actions.add_parser("import", help="add or rename units from a CSV file: code,name[,level]")
    a.add_argument("file")
    p = sub.add_parser("assign", help="write one assignment package per unit for a year")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument(
        "--months",
        type=int,
        choices=range(1, 13),
        metavar="M",
        help="also write each unit's entry workbook of the period, for a unit without nxdesk",
    )
    p.set_defaults(func=cmd_assign)
    p = sub.add_parser(
        "package", help="write this office's figures of a period as a package for the level above"
    )
    period_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--unit-code", help="this office's unit code (default: from the assignment package)")
    p.add_argument("--unit-name", help="this office's name (default: from the assignment package)")
    p.set_defaults(func=cmd_package)
    p = sub.add_parser(
        "receive", help="receive figures packages and filled unit workbooks from units (files or folders)"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--accept-changes", action="store_true", help="replace figures already received")
    p.set_defaults(func=cmd_receive)
    p = sub.add_parser("unit-table", help="print the units × targets table of a period (.pdf or .xlsx)")
    period_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_unit_table)
    p = sub.add_parser("dhis2", help="write the units' figures of a period as DHIS2 dataValueSets JSON")
    period_args(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--year-to-date",
        action="store_true",
        help="the year-to-date figures under the DHIS2 period of that span (1, 3, 6 or 12 months only); "
        "by default each figure of the quarter (or month) ending at the cut-off",
    )
    p.set_defaults(func=cmd_dhis2)
