"""The command line's reading commands of INTERCHANGE.md: the summary of a period, its exports (PDF, XLSX,
CSV, DOCX, the entry workbook) and the integrity check."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, _open


def cmd_summary(args: argparse.Namespace) -> int:
    from .interchange.summary_out import to_csv, to_json, to_table
    from .store.summary import load_summary

    if args.by_unit:
        from .cli_units import summary_by_unit

        return summary_by_unit(args)
    summary = load_summary(_open(args, reading=True), args.year, args.months)
    render = {"json": to_json, "csv": to_csv, "table": to_table}[args.format]
    sys.stdout.write(render(summary) + ("\n" if args.format == "json" else ""))
    return EXIT_OK


def _headless_qt() -> None:
    """Let Qt render without a screen: offscreen platform when there is no display (set before Qt loads)."""

    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _export_pdf(db, summary, settings, out: Path, when) -> str:
    from .report.pdf import render_pdf
    from .report.table import build_table

    return f"{render_pdf(build_table(summary, settings), settings, when, out)} page(s)"


def _export_csv(db, summary, settings, out: Path, when) -> str:
    from .report.csv_out import write_table_csv
    from .report.table import build_table

    table = build_table(summary, settings)
    write_table_csv(table, out)
    return f"{len(table.rows)} rows"


def _export_xlsx(db, summary, settings, out: Path, when) -> str:
    from .report.xlsx import write_summary_xlsx

    write_summary_xlsx(summary, settings, out, today=when)
    return f"{len(summary.rows)} targets"


def _export_docx(db, summary, settings, out: Path, when) -> str:
    from .report.docx_out import write_narrative_docx
    from .report.narrative import narrative_paragraphs

    paragraphs = narrative_paragraphs(summary, settings)
    write_narrative_docx("\n\n".join(paragraphs), settings, summary.period, out)
    return f"narrative draft, {len(paragraphs)} paragraphs"


def _export_workbook(db, summary, settings, out: Path, when) -> str:
    from .interchange.entry_workbook import write_entry_workbook

    write_entry_workbook(db, summary.period.year, summary.period.months, out)
    return f"{len(summary.rows)} targets"


# export --format X -> writer(db, summary, settings, out, when) returning a short description of the file.
EXPORTERS: dict[str, Callable[..., str]] = {
    "pdf": _export_pdf,
    "csv": _export_csv,
    "xlsx": _export_xlsx,
    "docx": _export_docx,
    "workbook": _export_workbook,
}
EXPORT_FORMATS = ("pdf", "xlsx", "csv", "docx", "workbook")


_PROTECTED = {
    "database": "the database itself",
    "companion": "a working file of an SQLite database (-wal, -shm, -journal or .lock)",
    "backup": "in the database's backups folder",
    "sqlite_file": "an SQLite database",
}


def _refuse_export_target(out: Path, db: str) -> bool:
    """Say so and return True when ``out`` is a file an export must never write over."""
    from .store.protected_files import export_target_problem

    problem = export_target_problem(out, db)
    if problem is None:
        return False
    print(
        f"refused: {out} is {_PROTECTED[problem]}; choose another file name (nothing was written)",
        file=sys.stderr,
    )
    return True


HEADED_FORMATS = ("pdf", "xlsx", "docx")  # the papers with a heading (not the csv table or the workbook)


def cmd_export(args: argparse.Namespace) -> int:
    """The summary of one period as a file, through the same renderers as the window."""
    from datetime import date

    _headless_qt()
    out = Path(args.output)
    exporter = EXPORTERS.get(args.format)
    if exporter is None:
        print(f"export --format {args.format} is not available in this version", file=sys.stderr)
        return EXIT_REFUSED
    if not out.parent.is_dir():
        print(f"no such folder: {out.parent}", file=sys.stderr)
        return EXIT_REFUSED
    if out.is_dir():
        print(f"{out} is a folder: give the name of the file to write in it", file=sys.stderr)
        return EXIT_REFUSED
    if _refuse_export_target(out, args.db):
        return EXIT_REFUSED
    try:
        when = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"--date must be YYYY-MM-DD, not {args.date!r}", file=sys.stderr)
        return EXIT_USAGE
    from .store.settings import load_settings
    from .store.summary import load_summary

    db = _open(args, reading=True)
    summary = load_summary(db, args.year, args.months)
    if not summary.rows:
        print(f"no targets for {args.year}: nothing to export", file=sys.stderr)
        return EXIT_REFUSED
    settings = load_settings(db)
    if args.format in HEADED_FORMATS:
        from .report.document import missing_names

        missing = missing_names(settings)
        if missing:
            print(
                f"warning: the {settings.document_style} style's heading is printed with blank names; set "
                + " and ".join(missing)
                + " (nxdesk settings KEY VALUE)",
                file=sys.stderr,
            )
    try:
        done = exporter(db, summary, settings, out, when)
    except OSError as exc:
        print(f"{out}: cannot write: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"wrote {out} ({args.format}, {done})")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .store.check import check_database
    from .store.db import open_db

    if not Path(args.db).is_file():
        print(f"no such database: {args.db}", file=sys.stderr)
        return EXIT_REFUSED
    # Read-only and without the opener's quick_check refusal: a damaged file is reported, never changed.
    from .store.check import finding
    from .store.errors import CorruptDatabase

    try:
        findings = check_database(open_db(args.db, read_only=True, check=False))
    except CorruptDatabase as exc:
        findings = [finding("error", "check.integrity", detail=str(exc))]
    for found in findings:
        print(f"{found.severity}: {found}")
    errors = sum(f.severity == "error" for f in findings)
    print(
        f"{args.db}: {errors} error(s), {len(findings) - errors} warning(s)" if findings else f"{args.db}: ok"
    )
    return EXIT_REFUSED if errors else EXIT_OK


def add_commands(sub, period_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """The reading commands' parsers: summary, export, check."""
    p = sub.add_parser("summary", help="print the summary of one period")
    period_args(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.add_argument("--by-unit", action="store_true", help="each subordinate unit's figures and the roll-up")
    p.set_defaults(func=cmd_summary)
    p = sub.add_parser(
        "export", help="write the summary of one period as pdf, xlsx, csv or docx, or its entry workbook"
    )
    period_args(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--date", help="document date YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_export)
    sub.add_parser("check", help="integrity and consistency report").set_defaults(func=cmd_check)
