"""Limits on an untrusted workbook, checked on the zip before openpyxl reads it: size, parts, strings, cells.

openpyxl reads a workbook's whole shared-string table into memory and fills every row up to its last cell,
so a 6 MB file of 4 million shared strings, or a 70 KB file with one cell in column XFD per row, costs
minutes and gigabytes. Each part is streamed once here, in chunks, counting what openpyxl would build;
a workbook past a limit is refused with a sentence before any of it is parsed.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from action_planner.model.messages import Message
from action_planner.model.translatable import QT_TRANSLATE_NOOP

#: Refusals the catalogue and review importers share.
NO_DEFUSEDXML = QT_TRANSLATE_NOOP("Model", "reading workbooks safely needs the defusedxml package; reinstall the app.")
UNREADABLE = QT_TRANSLATE_NOOP("Model", "the workbook cannot be read (%1).")
TOO_MANY_PARTS = QT_TRANSLATE_NOOP("Model", "it holds %1 parts; a workbook has far fewer.")
COMPRESSED = QT_TRANSLATE_NOOP("Model", "its part “%1” is compressed %2 to 1, which no real workbook is.")

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024  # smaller parts are harmless whatever their ratio
MAX_ZIP_MEMBERS = 10_000
#: A catalogue of 100,000 rows has a few unique texts a row, in at most a few dozen columns.
MAX_SHARED_STRINGS = 1_000_000
MAX_CELLS = 3_000_000
MAX_COLUMNS = 64  # A to BL: far wider than any catalogue sheet
CHUNK = 1024 * 1024

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_STRING = re.compile(rb"<" + _PREFIX + rb"si[\s/>]")
_CELL = re.compile(rb"<" + _PREFIX + rb"c[\s/>]")
_REFERENCE = re.compile(rb"<" + _PREFIX + rb"c\s[^>]*?\br=\"([A-Z]{1,3})[0-9]")


class WorkbookRefused(Exception):
    """The workbook is past a limit; ``problem`` says which, in a planner's words."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


@dataclass
class Counts:
    """What the streamed parts hold: shared strings, cells, and the widest column used (1 = A)."""

    strings: int = 0
    cells: int = 0
    widest: int = 0
    bytes_read: int = 0


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def check_workbook(archive: zipfile.ZipFile) -> Counts:
    """Refuse (:class:`WorkbookRefused`) a workbook whose parts would cost more than a catalogue can need."""
    members = archive.infolist()
    if "[Content_Types].xml" not in {member.filename for member in members}:
        raise WorkbookRefused(
            Message(QT_TRANSLATE_NOOP("Model", "it is a zip file but not an Excel workbook (.xlsx)."))
        )
    if len(members) > MAX_ZIP_MEMBERS:
        raise WorkbookRefused(Message(TOO_MANY_PARTS, len(members)))
    total = sum(member.file_size for member in members)  # zipfile never unpacks more than these sizes
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookRefused(
            Message(
                QT_TRANSLATE_NOOP("Model", "it would unpack to %1 MB; the limit is %2 MB."),
                round(total / 2**20),
                MAX_UNCOMPRESSED_BYTES // 2**20,
            )
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise WorkbookRefused(
                Message(
                    COMPRESSED,
                    member.filename,
                    round(ratio),
                )
            )
    counts = Counts()
    for member in members:
        name = member.filename.lower()
        if name.endswith("sharedstrings.xml"):
            _stream(archive, member, counts, _count_strings)
        elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
            _stream(archive, member, counts, _count_cells)
    return counts


def _count_strings(chunk: bytes, counts: Counts) -> None:
    counts.strings += len(_STRING.findall(chunk))
    if counts.strings > MAX_SHARED_STRINGS:
        raise WorkbookRefused(
            Message(
                QT_TRANSLATE_NOOP("Model", "it holds more than %1 different texts, far more than any catalogue needs."),
                MAX_SHARED_STRINGS,
            )
        )


def _count_cells(chunk: bytes, counts: Counts) -> None:
    counts.cells += len(_CELL.findall(chunk))
    if counts.cells > MAX_CELLS:
        raise WorkbookRefused(
            Message(
                QT_TRANSLATE_NOOP("Model", "its sheets hold more than %1 cells, far more than any catalogue needs."),
                MAX_CELLS,
            )
        )
    for letters in set(_REFERENCE.findall(chunk)):
        counts.widest = max(counts.widest, column_number(letters.decode("ascii")))
    if counts.widest > MAX_COLUMNS:
        raise WorkbookRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "Model",
                    "a sheet has cells in column %1; a catalogue sheet uses columns A to %2. Delete the cells beyond "
                    "them and save again.",
                ),
                column_letters(counts.widest),
                column_letters(MAX_COLUMNS),
            )
        )


def _stream(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, counts: Counts, count: Callable[[bytes, Counts], None]
) -> None:
    """Feed ``count`` the part in chunks that end after a ``>``, so that no tag is split between two."""
    carried = b""
    with archive.open(member) as part:
        while block := part.read(CHUNK):
            counts.bytes_read += len(block)
            data = carried + block
            cut = data.rfind(b">") + 1
            chunk, carried = data[:cut], data[cut:]
            if len(carried) > CHUNK:  # no tag is a megabyte long: count what there is rather than grow
                chunk, carried = data, b""
            count(chunk, counts)
    if carried:
        count(carried, counts)
