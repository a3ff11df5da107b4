"""The write-ahead log (``-wal``) beside a workspace: its salts, and whether it holds committed frames.

SQLite's WAL format (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, format,
page size, checkpoint sequence, salt-1, salt-2, checksum-1, checksum-2), then frames of a 24-byte header
(page number, database size after commit or 0, salt-1, salt-2, checksum-1, checksum-2) and one page.
A frame counts only when its salts equal the header's and its cumulative checksum is right. Nothing in
the WAL names its database, so the writer records the salts it committed under in its lock file
(:mod:`action_planner.model.writer`); a WAL with other salts and committed frames belongs elsewhere.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC_LITTLE = 0x377F0682
MAGIC_BIG = 0x377F0683
HEADER = 32
FRAME_HEADER = 24


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def salts(path: Path) -> list[int] | None:
    """Salt-1 and salt-2 of the WAL beside workspace ``path``, or None when there is no valid WAL."""
    try:
        with wal_path(path).open("rb") as handle:
            header = handle.read(HEADER)
    except OSError:
        return None
    if len(header) < HEADER:
        return None
    magic, _format, _page, _seq, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or _checksum(header[:24], 0, 0, magic == MAGIC_BIG) != (sum1, sum2):
        return None
    return [salt1, salt2]


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def has_commits(path: Path) -> bool:
    """Whether the WAL beside ``path`` holds at least one valid committed frame (SQLite would apply it)."""
    try:
        data = wal_path(path).read_bytes()
    except OSError:
        return False
    if salts(path) is None:
        return False
    magic, _format, page, _seq, salt1, salt2, s0, s1 = struct.unpack(">8I", data[:HEADER])
    big = magic == MAGIC_BIG
    offset = HEADER
    while offset + FRAME_HEADER + page <= len(data):
        number, commit, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", data[offset : offset + FRAME_HEADER])
        if (f_salt1, f_salt2) != (salt1, salt2) or number == 0:
            return False
        s0, s1 = _checksum(data[offset : offset + 8], s0, s1, big)
        s0, s1 = _checksum(data[offset + FRAME_HEADER : offset + FRAME_HEADER + page], s0, s1, big)
        if (s0, s1) != (f_sum1, f_sum2):
            return False
        if commit:
            return True
        offset += FRAME_HEADER + page
    return False


def belongs(path: Path, writer_left_record: bool) -> bool:
    """Whether the WAL beside ``path`` may be applied; ``writer_left_record``: a lock file of ours was
    already beside it (its last writer stopped without closing, or closed keeping its log).

    No WAL, or one without a committed frame, is harmless (SQLite ignores it). After a writer of ours
    stopped without closing, the WAL is taken as its own and applied: the salts in its record can lag
    the log's (SQLite restarts the log after checkpoints) or be missing (a kill after the first commit
    and before the record was rewritten), and refusing a crashed writer's own log would keep its last
    committed edits out of reach. Without a record (the last writer closed cleanly, which removes the
    lock file and leaves no log) a log with committed frames came from elsewhere.
    """
    if salts(path) is None or writer_left_record:
        return True
    return not has_commits(path)
