"""Reading the import table's rows from a CSV file: encoding, delimiter, header (INTERCHANGE.md v2)."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

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
    encoding = file_encoding(lambda: io.BytesIO(data))
    return unicodedata.normalize("NFC", data.decode(encoding))


_CHUNK = 1 << 20


def _decodes(source: BinaryIO, encoding: str) -> bool:
    """Whether the whole of ``source`` decodes in ``encoding``, read a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for chunk in iter(lambda: source.read(_CHUNK), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def file_encoding(open_binary: Callable[[], BinaryIO]) -> str:
    """The encoding :func:`decode` reads the file in (``utf-16``, ``utf-8-sig`` or ``cp1258``), found a
    chunk at a time so a large file is never held whole; raises :class:`TableError` as :func:`decode`."""
    where = Where(line=1)
    with open_binary() as source:
        if source.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            source.seek(0)
            if _decodes(source, "utf-16"):
                return "utf-16"
            raise TableError(Message("file.undecodable", where=where))
        source.seek(0)
        if _decodes(source, "utf-8-sig"):
            return "utf-8-sig"
        source.seek(0)
        binary, tcvn3, vni, tail = False, 0, 0, b""
        for chunk in iter(lambda: source.read(_CHUNK), b""):
            binary = binary or b"\x00" in chunk
            tcvn3 += len(_TCVN3.findall(chunk))
            # a two-byte VNI mark may straddle two chunks: count the matches that end in this one
            vni += sum(1 for m in _VNI.finditer(tail + chunk) if m.end() > len(tail))
            tail = chunk[-1:]
        if binary:
            raise TableError(Message("file.binary", where=where))
        if tcvn3 or vni:
            encoding = "TCVN3 (ABC)" if tcvn3 >= vni else "VNI"
            raise TableError(Message("file.legacy_encoding", {"encoding": encoding}, where))
        source.seek(0)
        if _decodes(source, "cp1258"):
            return "cp1258"
        raise TableError(Message("file.undecodable", where=where))


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class TableReader:
    """An import table read a row at a time, as often as asked (the importer checks the whole file in
    one pass and writes it in a second): the encoding is found once, each pass decodes, normalizes (NFC)
    and splits the file again, so memory stays the same whatever the file's size. ``issues`` holds the
    last pass's problems with rows (cell counts, invalid CSV); a bad header raises :class:`TableError`."""

    def __init__(self, source: str | Path | bytes) -> None:
        self._source = source
        if isinstance(source, bytes):
            self.size = len(source)
        else:
            self.size = Path(source).stat().st_size
        self.encoding = file_encoding(self._open)
        self.issues: list[Message] = []
        self.written: dict[str, str] = {}  # the v1 names the header used, by today's name

    def _open(self) -> BinaryIO:
        if isinstance(self._source, bytes):
            return io.BytesIO(self._source)
        return Path(self._source).open("rb")

    def rows(self, progress: Callable[[int], None] | None = None) -> Iterator[RawRow]:
        """Decode, detect ``,`` ``;`` or tab (or take Excel's ``sep=`` line), check the header, yield the
        data rows; ``progress`` hears how many bytes were read, every few hundred rows. Empty trailing
        columns (Excel's) are dropped; rows of the wrong width are left out and named in ``issues``."""
        for line, header, record in self._records(progress):
            yield RawRow(line, dict(zip(header, map(str.strip, record), strict=True)), self.written)

    def records(self, progress: Callable[[int], None] | None = None) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The data rows as :meth:`rows` reads them, each as its line and its cells in :data:`COLUMNS`
        order (stripped; ``""`` for a column the table does not have)."""
        strip, pick = str.strip, None
        for line, header, record in self._records(progress):
            if pick is None:
                pick = itemgetter(*(header.index(c) if c in header else len(header) for c in COLUMNS))
            record.append("")
            yield line, tuple(map(strip, pick(record)))

    def _records(self, progress: Callable[[int], None] | None) -> Iterator[tuple[int, list[str], list[str]]]:
        """(line, header, cells as read) of each data row of the right width."""
        self.issues = issues = []
        with self._open() as source:
            text = io.TextIOWrapper(source, encoding=self.encoding, newline="")
            lines = itertools.chain.from_iterable(_nfc_batches(text))
            first = next(lines, "")
            first_line = first.partition("\n")[0]
            offset = 0
            sep = re.fullmatch(r"\s*sep=(.)\s*", first_line)
            if sep:
                body: Iterator[str] = lines
                offset = 1
                delimiter = sep.group(1)
            else:
                body = itertools.chain((first,), lines)
                delimiter = _delimiter(first_line)
            reader = csv.reader(body, delimiter=delimiter)
            try:
                header = next(reader)
            except StopIteration:
                raise TableError(issue(1 + offset, "-", "file.empty")) from None
            self.written = {ALIASES[h.strip()]: h.strip() for h in header if h.strip() in ALIASES}
            header = [ALIASES.get(h.strip(), h.strip()) for h in header]
            while header and not header[-1]:
                header.pop()
            width = len(header)
            hline = 1 + offset
            bad = [
                issue(hline, h or f"#{i + 1}", "column.unknown")
                for i, h in enumerate(header)
                if h not in COLUMNS
            ]
            bad += [issue(hline, h, "column.twice") for i, h in enumerate(header) if h in header[:i]]
            bad += [issue(hline, c, "column.missing") for c in REQUIRED if c not in header]
            if bad:
                raise TableError(bad)
            try:
                line = 1
                count = 0
                for record in reader:
                    start = line + 1
                    line = reader.line_num
                    if progress is not None and count % 500 == 0:
                        progress(source.tell())
                    count += 1
                    if len(record) != width:
                        while len(record) > width and not record[-1].strip():
                            record = record[:-1]
                        if not "".join(record).strip():
                            continue
                        if len(record) != width:
                            count_problem = issue(
                                start + offset, "-", "row.cell_count", count=len(record), expected=width
                            )
                            issues.append(count_problem)
                            continue
                    elif not "".join(record).strip():
                        continue
                    yield start + offset, header, record
            except csv.Error as exc:
                issues.append(issue(reader.line_num + offset, "-", "csv.invalid", detail=str(exc)))
            if progress is not None:
                progress(self.size)


def _nfc_batches(text: io.TextIOWrapper) -> Iterator[list[str]]:
    """The lines of ``text`` in NFC, a batch at a time. A batch already in NFC is passed on as it is: every
    line ends in a line break, which nothing composes with, so the batch is in NFC when each line is."""
    while True:
        batch = text.readlines(1 << 13)
        if not batch:
            return
        if not unicodedata.is_normalized("NFC", "".join(batch)):
            batch = [unicodedata.normalize("NFC", line) for line in batch]
        yield batch


def read_csv_rows(source: str | Path | bytes) -> list[RawRow]:
    """Every data row of the table (see :meth:`TableReader.rows`); raises :class:`TableError` with every
    problem of the header or the rows."""
    reader = TableReader(source)
    rows = list(reader.rows())
    if reader.issues:
        raise TableError(reader.issues)
    return rows
