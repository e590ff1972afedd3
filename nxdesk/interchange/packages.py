"""Packages: files that carry their own identity between offices (INTERCHANGE.md "Units and packages").

A package is a zip file (``.nxpkg``) holding ``manifest.json`` and ``rows.csv``. The manifest names the
format and its version, the kind (``assignment`` down to a unit, ``figures`` up to the level above), the
unit, the period, when and by which nxdesk it was written, the row counts and the sha256 of ``rows.csv``.
The rows are the CSV table of INTERCHANGE.md (UTF-8, ``,``, decimal comma).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.messages import Message, MessageError, Where, register

FORMAT = "nxdesk-package"
FORMAT_VERSION = 1
SUFFIX = ".nxpkg"
MANIFEST, ROWS = "manifest.json", "rows.csv"
KINDS = ("assignment", "figures")

ASSIGNMENT_COLUMNS = (
    "code", "name", "unit", "year", "months", "sector", "kind", "direction", "parent", "decimals",
    "plan_upper",
)  # fmt: skip
FIGURE_COLUMNS = (
    "code", "name", "unit", "year", "months", "sector", "kind", "direction", "parent", "decimals",
    "value", "status", "note",
)  # fmt: skip
MAX_PACKAGE_BYTES = 50 * 1024 * 1024

register(
    {
        "package.unreadable": "not an nxdesk package ({reason})",
        "package.format": "not an nxdesk package (the manifest says format '{format}')",
        "package.version": "package format version {version} is newer than this nxdesk reads ({known}); "
        "update nxdesk",
        "package.manifest": "the manifest is incomplete: {field} is missing or invalid",
        "package.kind": "this is {kind} package, not {expected} package",
        "package.tampered": "the rows do not match the manifest's sha256: the file was changed after it was "
        "written, or is damaged",
        "package.counts": "the manifest counts {expected} rows, the file holds {found}",
        "package.header": "rows.csv needs the columns {columns}",
    }
)


def written_now() -> str:
    """The moment a package is written, in UTC to the microsecond (packages from one day are ordered)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def written_at_key(text: str) -> datetime:
    return datetime.fromisoformat(text)


def number_text(value: float | None) -> str:
    """A stored number in the table's decimal-comma form, exact and without grouping (``1401,351``)."""
    if value is None:
        return ""
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def rows_csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row[c] for c in columns])
    return out.getvalue().encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_package(path: Path, manifest: dict[str, Any], rows: bytes) -> None:
    """Write the package through a temporary file, so a half-written package never carries the name."""
    from .. import __version__

    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        **manifest,
        "written_at": manifest.get("written_at") or written_now(),
        "nxdesk_version": __version__,
        "sha256": sha256(rows),
    }
    part = path.with_name(path.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        z.writestr(ROWS, rows)
    part.replace(path)


@dataclass(frozen=True)
class Package:
    """A package read and checked whole: its manifest, and its rows as {column: text} in file order."""

    path: Path
    manifest: dict[str, Any]
    rows: list[dict[str, str]]
    sha256: str

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def unit_code(self) -> str:
        return self.manifest["unit"]["code"]

    @property
    def unit_name(self) -> str:
        return self.manifest["unit"]["name"]

    @property
    def year(self) -> int:
        return self.manifest["year"]

    @property
    def months(self) -> int | None:
        return self.manifest.get("months")

    @property
    def written_at(self) -> str:
        return self.manifest["written_at"]


def is_package(path: str | Path) -> bool:
    """A package by its name or, whatever its name, by its content (a zip holding a manifest)."""
    path = Path(path)
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with zipfile.ZipFile(path) as z:
            return MANIFEST in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _need(manifest: dict, field: str, kind: type, where: Where) -> None:
    if not isinstance(manifest.get(field), kind) or isinstance(manifest.get(field), bool):
        raise MessageError(Message("package.manifest", {"field": field}, where))


def read_package(path: str | Path, expected_kind: str | None = None) -> Package:
    """Open a package and check it whole: format, version, manifest fields, sha256 of the rows, counts.
    Raises :class:`MessageError` with the reason."""
    path = Path(path)
    where = Where(file=path.name)
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise MessageError(Message("package.unreadable", {"reason": "too large"}, where))
        with zipfile.ZipFile(path) as z:
            manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
            data = z.read(ROWS)
    except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError, ValueError) as exc:
        raise MessageError(Message("package.unreadable", {"reason": str(exc)}, where)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        fmt = manifest.get("format") if isinstance(manifest, dict) else None
        raise MessageError(Message("package.format", {"format": fmt}, where))
    _need(manifest, "format_version", int, where)
    if manifest["format_version"] > FORMAT_VERSION:
        raise MessageError(
            Message(
                "package.version", {"version": manifest["format_version"], "known": FORMAT_VERSION}, where
            )
        )
    for field, kind in (("kind", str), ("year", int), ("written_at", str), ("sha256", str), ("rows", int)):
        _need(manifest, field, kind, where)
    if manifest["kind"] not in KINDS:
        raise MessageError(Message("package.manifest", {"field": "kind"}, where))
    unit = manifest.get("unit")
    if not isinstance(unit, dict) or not isinstance(unit.get("code"), str) or not unit.get("code"):
        raise MessageError(Message("package.manifest", {"field": "unit"}, where))
    try:
        written_at_key(manifest["written_at"])
    except ValueError as exc:
        raise MessageError(Message("package.manifest", {"field": "written_at"}, where)) from exc
    if manifest["kind"] == "figures":
        _need(manifest, "months", int, where)
        if not 1 <= manifest["months"] <= 12:
            raise MessageError(Message("package.manifest", {"field": "months"}, where))
    if expected_kind and manifest["kind"] != expected_kind:
        article = {"assignment": "an assignment", "figures": "a figures"}
        raise MessageError(
            Message(
                "package.kind", {"kind": article[manifest["kind"]], "expected": article[expected_kind]}, where
            )
        )
    digest = sha256(data)
    if digest != manifest["sha256"].lower():
        raise MessageError(Message("package.tampered", where=where))
    columns = ASSIGNMENT_COLUMNS if manifest["kind"] == "assignment" else FIGURE_COLUMNS
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        rows = [dict(r) for r in reader]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise MessageError(Message("package.unreadable", {"reason": str(exc)}, where)) from exc
    if tuple(reader.fieldnames or ()) != columns:
        raise MessageError(Message("package.header", {"columns": ",".join(columns)}, where))
    if len(rows) != manifest["rows"]:
        raise MessageError(
            Message("package.counts", {"expected": manifest["rows"], "found": len(rows)}, where)
        )
    return Package(path, manifest, [{k: (v or "").strip() for k, v in r.items()} for r in rows], digest)
