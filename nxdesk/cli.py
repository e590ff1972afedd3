"""The command line of INTERCHANGE.md. Exit 0 on success, 1 when input is refused, 2 on a usage error."""

from __future__ import annotations

import argparse
import functools
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]


class MissingDatabase(Exception):
    """A command that reads figures named a database file that does not exist (a mistyped --db)."""


def _open(args: argparse.Namespace, create: bool = False, reading: bool = False):
    """The database of --db; only ``demo`` and ``import`` may create it, so a mistyped path is refused
    instead of answered from a new, empty file. A command that only reads (``reading``) opens a file
    that cannot be written read-only instead of refusing it."""
    from .store.db import open_db
    from .store.errors import ReadOnlyDatabase

    if not create and str(args.db) != ":memory:" and not Path(args.db).exists():
        raise MissingDatabase(f"no such database: {args.db} (load the demo or import a file first)")
    try:
        db = open_db(args.db)
    except ReadOnlyDatabase:
        if not reading:
            raise
        db = open_db(args.db, read_only=True)
    from .store.settings import stored_problems

    for problem in stored_problems(db):
        print(f"warning: {problem}", file=sys.stderr)
    return db


def _always(args: argparse.Namespace) -> bool:
    return True


def _writes(when: Callable[[argparse.Namespace], bool] = _always) -> Callable[[Command], Command]:
    """Mark a writing command: refused (exit 1, naming who holds it) while a window has the database open,
    and holding the window's lock file while it writes, so no window opens the file meanwhile. ``when``
    says whether these arguments write at all (``import --dry-run`` does not)."""

    def decorate(func: Command) -> Command:
        @functools.wraps(func)
        def run(args: argparse.Namespace) -> int:
            if str(args.db) == ":memory:" or not when(args):
                return func(args)
            from .store.protected_files import window_lock_path

            lock_file = window_lock_path(args.db)
            if not lock_file.parent.is_dir():  # no folder yet, so no window either
                return func(args)
            from PySide6.QtCore import QLockFile

            lock = QLockFile(str(lock_file))
            lock.setStaleLockTime(0)  # stale only when its process is gone, as the window takes it
            if not lock.tryLock(0):
                if lock.error() != QLockFile.LockFailedError:  # a read-only folder: no window writes there
                    return func(args)
                info = lock.getLockInfo()  # (…, pid, host, application)
                pid, host = (info[-3], info[-2]) if len(info) >= 3 else ("?", "?")
                print(
                    f"refused: {args.db} is open in an nxdesk window (process {pid} on computer {host}); "
                    "close that window first, or make the change there (nothing was written)",
                    file=sys.stderr,
                )
                return EXIT_REFUSED
            try:
                return func(args)
            finally:
                lock.unlock()

        return run

    return decorate


@_writes()
def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import DEMO_MONTHS, DEMO_YEAR, load_demo, targets_of_the_office

    db = _open(args, create=True)
    own = targets_of_the_office(db)
    if own:
        print(
            f"refused: {args.db} holds {len(own)} target(s) of its own ({', '.join(own[:3])}"
            + (", …" if len(own) > 3 else "")
            + "); the demo would change its names, level and target list. "
            "Load the demo into another file with --db (nothing was written)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    report = load_demo(db)
    if not report.ok:
        return _refused(report.issues)
    print(
        f"demo loaded into {args.db}: {report.targets_created} targets created, "
        f"{report.targets_updated} updated, {report.values_written} values written "
        f"(try: nxdesk summary --year {DEMO_YEAR} --months {DEMO_MONTHS})"
    )
    return EXIT_OK


def _refused(issues) -> int:
    for issue in issues:
        print(issue, file=sys.stderr)
    print(f"refused: {len(issues)} error(s), nothing was written", file=sys.stderr)
    return EXIT_REFUSED


@_writes(lambda args: not args.dry_run)
def cmd_import(args: argparse.Namespace) -> int:
    from .importing import import_path

    if not Path(args.file).is_file():
        print(f"no such file: {args.file}", file=sys.stderr)
        return EXIT_REFUSED
    from .interchange.packages import is_package
    from .interchange.unit_rows import has_unit_column

    if is_package(args.file) or has_unit_column(args.file):
        from .cli_units import import_package, import_unit_table

        return (import_package if is_package(args.file) else import_unit_table)(args)
    from .store.check import warnings_on

    db = _open(args, create=True)  # the importer backs the database up before it writes
    progress = _progress_line(Path(args.file))
    # a CSV table or an entry workbook
    report = import_path(db, args.file, args.decimal, args.dry_run, progress=progress)
    if not report.ok:
        return _refused(report.issues)
    verb = "would write" if args.dry_run else "wrote"
    print(
        f"{report.rows} rows ok (decimal {report.decimal}); {verb} {report.targets_created} new targets, "
        f"{report.targets_updated} updated, {report.values_written} values"
        + (" — dry run, nothing written" if args.dry_run else "")
    )
    if not args.dry_run:  # the grid's warnings on what came in
        warnings = warnings_on(db, [(f.code, f.year, f.months) for f in report.figures])
        for warning in warnings[:LISTED_WARNINGS]:
            print(f"warning: {warning}")
        if len(warnings) > LISTED_WARNINGS:
            print(f"warning: … and {len(warnings) - LISTED_WARNINGS} more (nxdesk check lists every one)")
    return EXIT_OK


LISTED_WARNINGS = 50  # an import's figure warnings printed; check prints them all


def _progress_line(path: Path) -> Callable[[float], None] | None:
    """For a long import, a line on stderr saying how far it is: rewritten in place on a terminal,
    else one line every tenth. None for a small file."""
    from .importing import LONG_IMPORT_BYTES

    if path.stat().st_size < LONG_IMPORT_BYTES:
        return None
    terminal = sys.stderr.isatty()
    shown = [-1]

    def show(fraction: float) -> None:
        percent = min(100, int(fraction * 100))
        if percent == shown[0] or (not terminal and percent % 10):
            return
        shown[0] = percent
        end = "\r" if terminal and percent < 100 else "\n"
        print(f"importing {path.name}: {percent}%", end=end, file=sys.stderr, flush=True)

    return show


@_writes()
def cmd_lock(args: argparse.Namespace) -> int:
    from .store.locks import lock_period

    done = lock_period(_open(args), args.year, args.months, (args.reason or "").strip() or None)
    print(f"{args.months}/{args.year} " + ("locked" if done else "was already locked"))
    return EXIT_OK


@_writes()
def cmd_unlock(args: argparse.Namespace) -> int:
    from .store.locks import unlock_period

    if not args.reason.strip():
        print("unlocking needs a reason (--reason TEXT)", file=sys.stderr)
        return EXIT_USAGE
    done = unlock_period(_open(args), args.year, args.months, args.reason)
    print(f"{args.months}/{args.year} " + ("unlocked" if done else "was not locked"))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from .store.backup import backup_now, copy_database
    from .store.errors import BackupError

    db = _open(args, reading=bool(args.output))
    try:
        if args.output:
            out = Path(args.output)
            if out.exists():
                print(f"{out} already exists; choose another name", file=sys.stderr)
                return EXIT_REFUSED
            path = copy_database(db, out)
        else:
            path = backup_now(db, Path(args.db), "manual")
    except (BackupError, OSError) as exc:
        print(f"backup failed: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"backup written: {path}")
    return EXIT_OK


@_writes()
def cmd_restore(args: argparse.Namespace) -> int:
    from .store.backup import replace_with_backup, restore
    from .store.db import open_db
    from .store.errors import BackupError, CorruptDatabase, NotAnNxdeskDatabase, RestoreDropsLocks

    source = Path(args.file)
    if not source.is_file():
        print(f"no such file: {source}", file=sys.stderr)
        return EXIT_REFUSED
    if source.resolve() == Path(args.db).resolve():
        print(f"{source} is the database itself: name a backup to restore from", file=sys.stderr)
        return EXIT_REFUSED
    reason = (args.reason or "").strip() or None
    if args.drop_locks and not reason:
        print("--drop-locks needs --reason TEXT (the reason is kept in the lock log)", file=sys.stderr)
        return EXIT_USAGE
    try:
        try:
            db = open_db(args.db)
        except (CorruptDatabase, NotAnNxdeskDatabase) as exc:
            moved = replace_with_backup(Path(args.db), source)
            print(f"{args.db} could not be opened ({exc}); it was kept as {moved}")
            print(f"restored {source} into {args.db}")
            return EXIT_OK
        safety = restore(db, Path(args.db), source, reason=reason, drop_locks=args.drop_locks)
    except RestoreDropsLocks as exc:
        print(f"refused: {exc}; nothing was changed.", file=sys.stderr)
        print("To restore it anyway, run again with --drop-locks --reason TEXT.", file=sys.stderr)
        return EXIT_REFUSED
    except BackupError as exc:
        print(f"refused: {exc}; nothing was changed", file=sys.stderr)
        return EXIT_REFUSED
    print(f"the current data was backed up to {safety}")
    print(f"restored {source} into {args.db}")
    return EXIT_OK


def _setting_text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\n", "\\n")


@_writes(lambda args: args.value is not None)
def cmd_settings(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .store.settings import SettingError, load_settings, set_setting, validate_setting

    if args.value is not None:
        args.value = args.value.replace("\\n", "\n")  # a line break typed on the command line
        try:
            validate_setting(args.key, args.value)
        except SettingError as exc:
            print(exc, file=sys.stderr)
            return EXIT_REFUSED
        value = set_setting(_open(args, create=True), args.key, args.value)
        print(f"{args.key} = {_setting_text(value)}")
        return EXIT_OK
    values = asdict(load_settings(_open(args)))
    if args.key is None:
        for key, value in values.items():
            print(f"{key} = {_setting_text(value)}")
        return EXIT_OK
    if args.key not in values:
        try:
            validate_setting(args.key, "")
        except SettingError as exc:
            print(exc, file=sys.stderr)
        return EXIT_REFUSED
    print(_setting_text(values[args.key]))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):  # Qt would abort with a misleading message about xcb-cursor0
        print(
            "nxdesk: there is no display to open the window on (set DISPLAY or run under Xvfb); "
            "the other commands work without one",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    from .ui.app import run

    return run(Path(args.db))


def _year(text: str) -> int:
    from .domain.periods import YEAR_RANGE

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year") from None
    if year not in YEAR_RANGE:
        last = YEAR_RANGE.stop - 1
        raise argparse.ArgumentTypeError(f"{year} is not a year from {YEAR_RANGE.start} to {last}")
    return year


def _period_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--months", type=int, required=True, choices=range(1, 13), metavar="1-12")


class _VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (importlib.metadata is slow to import)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit"
        )

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from . import __version__

        parser.exit(message=f"nxdesk {__version__}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nxdesk",
        description="Socio-economic targets of a commune, ward or province: enter, follow, print.",
    )
    parser.add_argument(
        "--db",
        default=None,  # resolved after parsing: platformdirs only when --db is not given
        help="database file (default: NXDESK_DB or the user data folder)",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the window (the default)").set_defaults(func=cmd_gui)
    sub.add_parser("demo", help="load the reference report's 2024 figures").set_defaults(func=cmd_demo)
    p = sub.add_parser("import", help="import a CSV table or a filled .xlsx entry workbook (all or nothing)")
    p.add_argument("file")
    p.add_argument("--decimal", choices=("comma", "dot"))
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.set_defaults(func=cmd_import)
    from .cli_report import add_commands as add_report_commands

    add_report_commands(sub, _period_args)
    p = sub.add_parser("lock", help="lock a period (chốt số liệu): its figures refuse every change")
    _period_args(p)
    p.add_argument("--reason")
    p.set_defaults(func=cmd_lock)
    p = sub.add_parser("unlock", help="unlock a period; the reason is logged")
    _period_args(p)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_unlock)
    p = sub.add_parser("backup", help="back the database up (SQLite online backup)")
    p.add_argument("-o", "--output", help="write the copy to this file instead of backups/")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="restore a backup (the current file is backed up first)")
    p.add_argument("file")
    p.add_argument(
        "--drop-locks",
        action="store_true",
        help="restore even a backup older than a lock, removing that lock (needs --reason)",
    )
    p.add_argument("--reason", help="why: kept with the record of the restore and in the lock log")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("settings", help="print all settings, one, or set one (validated)")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(func=cmd_settings)
    from .cli_units import add_commands as add_units_commands

    add_units_commands(sub, _period_args)
    return parser


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the window (``[--db FILE] [gui]``), read without building the
    whole command line's parser: every start of the window would pay for it before the first paint."""
    rest, db = list(argv), None
    if rest and rest[0].startswith("--db="):
        db, rest = rest[0].removeprefix("--db="), rest[1:]
    elif len(rest) >= 2 and rest[0] == "--db" and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    if rest not in ([], ["gui"]) or db == "":
        return None
    return argparse.Namespace(db=db, command="gui", func=cmd_gui)


def main(argv: list[str] | None = None) -> int:
    args = _window_args(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)  # exits 2 on a usage error
    if args.db is None:
        from .paths import default_db_path

        args.db = str(default_db_path())
    func: Command = getattr(args, "func", cmd_gui)
    from .qt_pair import UnsoundQtPair
    from .store.db import StoreError
    from .store.migrations import ForeignDatabaseError, NewerSchemaError

    try:
        return func(args)
    except UnsoundQtPair as exc:
        print(exc, file=sys.stderr)
        return EXIT_REFUSED
    except MissingDatabase as exc:
        print(exc, file=sys.stderr)
        return EXIT_REFUSED
    except (StoreError, ForeignDatabaseError, NewerSchemaError) as exc:
        print(f"{args.db}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            print(f"{args.db}: {type(exc).__name__}: {exc} (nothing was written)", file=sys.stderr)
        else:  # another program kept writing for longer than the busy timeout
            print(
                f"{args.db}: another program is writing to this file; "
                "try again in a moment (nothing was written)",
                file=sys.stderr,
            )
        return EXIT_REFUSED
    except (sqlite3.Error, OSError) as exc:  # a full disk, a pulled USB stick: a message, not a traceback
        print(f"{args.db}: {type(exc).__name__}: {exc} (nothing was written)", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
