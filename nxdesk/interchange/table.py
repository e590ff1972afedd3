"""Reading the import table's rows from a CSV file: encoding, delimiter, header (INTERCHANGE.md v2)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.messages import Message, MessageError, Where, register

COLUMNS = (
    "code",
    "name",
    "unit",
    "year",
    "months",
    "sector",
    "kind",
    "direction",
    "parent",
    "plan_upper",
    "plan_own",
    "plan_term",
    "decimals",
    "baseline",
    "value",
    "status",
    "last_year_value",
    "expected_year_end",
    "note",
)
REQUIRED = ("code", "name", "unit", "year", "months")
NUMBER_COLUMNS = ("baseline", "value", "last_year_value", "expected_year_end")
PLAN_COLUMNS = ("plan_upper", "plan_own", "plan_term")
# Version 1 of the table named the two plans by administrative level; both names stay accepted.
ALIASES = {"plan_province": "plan_upper", "plan_district": "plan_own"}

register(
    {
        "file.empty": "the file is empty",
        "file.binary": "the file is not a text table (it holds binary data); save it as CSV",
        "file.legacy_encoding": "the file is written in {encoding}, which nxdesk cannot read; "
        "convert it to Unicode (e.g. Unikey's converter) and save it as CSV UTF-8",
        "file.undecodable": "the file is not text in UTF-8, UTF-16 or Windows-1258",
        "column.unknown": "unknown column",
        "column.twice": "column appears twice",
        "column.missing": "required column is missing",
        "row.cell_count": "{count} cells where the header has {expected}",
        "csv.invalid": "not valid CSV: {detail}",
    }
)


def issue(line: int, column: str, message_code: str, /, **params: object) -> Message:
    """A message about one cell of the table: ``line N, column C: …``."""
    return Message(message_code, params, Where(line=line, column=column))


@dataclass(frozen=True)
class RawRow:
    """One data row: its line number in the file and its cells by column name (stripped, NFC);
    ``written`` gives the file's own name of a column it named by a v1 alias (``plan_district``)."""

    line: int
    cells: dict[str, str]
    written: dict[str, str] = field(default_factory=dict)


class TableError(MessageError):
    """The file cannot be read as an import table at all; ``issues`` are its messages."""

    @property
    def issues(self) -> list[Message]:
        return self.messages


# Bytes that Vietnamese text in Windows-1258 never uses but the legacy 8-bit fonts do: TCVN3 (ABC)
# puts ă â ê ô ơ ư đ and the toned vowels at 0xA7–0xAE and 0xB5–0xBE; VNI writes đ as 0xF1 and ư as
# 0xF6, and tone marks as a second byte after the vowel (aù = á, aø = à, aû = ả, aï = ạ).
_TCVN3 = re.compile(rb"[\xa7-\xae\xb5-\xbe]")
_VNI = re.compile(rb"[\xd1\xf1\xd6\xf6]|[aeiouyAEIOUY][\xf8\xf9\xfb\xef]")


def decode(data: bytes) -> str:
    """The file's text in NFC: UTF-8 (BOM optional), UTF-16 with BOM, or Windows-1258. A file in TCVN3
    or VNI is refused naming its encoding; raises :class:`TableError`."""
    where = Where(line=1)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise TableError(Message("file.undecodable", where=where)) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise TableError(Message("file.binary", where=where)) from None
            tcvn3, vni = len(_TCVN3.findall(data)), len(_VNI.findall(data))
            if tcvn3 or vni:
                encoding = "TCVN3 (ABC)" if tcvn3 >= vni else "VNI"
                raise TableError(Message("file.legacy_encoding", {"encoding": encoding}, where)) from None
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError:
                raise TableError(Message("file.undecodable", where=where)) from None
    return unicodedata.normalize("NFC", text)


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_rows(source: str | Path | bytes) -> list[RawRow]:
    """Decode, detect ``,`` ``;`` or tab (or take Excel's ``sep=`` line), check the header, return the
    data rows. Empty trailing columns (Excel's) are dropped."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    text = decode(data)
    first_line, _, rest = text.partition("\n")
    offset = 0
    sep = re.fullmatch(r"\s*sep=(.)\s*", first_line)
    if sep:
        text, offset = rest, 1
        first_line = text.split("\n", 1)[0]
        delimiter = sep.group(1)
    else:
        delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise TableError(issue(1 + offset, "-", "file.empty")) from None
    written = {ALIASES[h.strip()]: h.strip() for h in header if h.strip() in ALIASES}
    header = [ALIASES.get(h.strip(), h.strip()) for h in header]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    hline = 1 + offset
    issues = [
        issue(hline, h or f"#{i + 1}", "column.unknown") for i, h in enumerate(header) if h not in COLUMNS
    ]
    issues += [issue(hline, h, "column.twice") for i, h in enumerate(header) if h in header[:i]]
    issues += [issue(hline, c, "column.missing") for c in REQUIRED if c not in header]
    if issues:
        raise TableError(issues)
    rows = []
    try:
        line = 1
        for record in reader:
            start = line + 1
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            while len(record) > width and not record[-1].strip():
                record = record[:-1]
            if len(record) != width:
                issues.append(issue(start + offset, "-", "row.cell_count", count=len(record), expected=width))
                continue
            cells = {h: cell.strip() for h, cell in zip(header, record, strict=True)}
            rows.append(RawRow(start + offset, cells, written))
    except csv.Error as exc:
        issues.append(issue(reader.line_num + offset, "-", "csv.invalid", detail=str(exc)))
    if issues:
        raise TableError(issues)
    return rows
