"""The PDF file on disk: finished pages' streams kept in a spill file, the document written object by object."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path
from typing import IO, Any

#: The spill file's and the PDF's buffers: one system call per MiB kept, read back or written, instead of a
#: seek, a write and a read per page and a write per 8 KiB (some 30,000 while 12,000 actions are saved). Each
#: call drops the interpreter lock and the worker takes it back at once; the GUI thread waiting for it is woken,
#: loses the race, and restarts its 5 ms wait before asking for a switch (CPython's "convoy effect"). Seen:
#: the GUI thread waiting on that lock for up to 260 ms while the worker ran in ``save_document``.
BUFFER_BYTES = 1 << 20


class PageSpill:
    """Finished pages' encoded content streams, kept in an unnamed temporary file beside the export until the
    document is saved (the same disk as the export, not a ``/tmp`` that may live in memory), so that memory
    keeps a page's offset and length, not its bytes."""

    def __init__(self, folder: Path) -> None:
        # kept open across the export and closed by close(): no block can hold it
        self._file: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            dir=folder, prefix=".pdf-pages-", buffering=BUFFER_BYTES
        )
        self._end = 0
        self._at_end = True  # a seek would flush the buffer: pages are kept one after the other

    def keep(self, content: bytes) -> tuple[int, int]:
        """Store ``content``; its offset and length."""
        if not self._at_end:
            self._file.seek(self._end)
            self._at_end = True
        self._file.write(content)
        offset, self._end = self._end, self._end + len(content)
        return offset, len(content)

    def read(self, offset: int, length: int) -> bytes:
        """The ``length`` bytes kept at ``offset`` (pages read in the order they were kept come from the
        buffer: one read of the file per MiB)."""
        self._at_end = False
        self._file.seek(offset)
        return self._file.read(length)

    @property
    def size(self) -> int:
        """The bytes kept so far."""
        return self._end

    @property
    def closed(self) -> bool:
        return self._file.closed

    def close(self) -> None:
        self._file.close()


@cache
def spilled_stream_class() -> type[Any]:
    """reportlab's stream object for a finished page whose encoded content waits in a :class:`PageSpill`."""
    from reportlab.pdfbase.pdfdoc import PDFStream, pdfdocEnc

    class SpilledStream(PDFStream):  # type: ignore[misc]  # reportlab has no type information
        """The dictionary (shared: reportlab copies it before adding the length) and where the bytes are."""

        __Comment__ = "page stream"

        def __init__(self, dictionary: Any, spill: PageSpill, content: bytes | str) -> None:
            super().__init__(dictionary)
            # ASCII85 gives text, which reportlab writes in PDFDocEncoding: the same bytes, the same length
            self.spill, self.place = spill, spill.keep(pdfdocEnc(content))

        def format(self, document: Any) -> bytes:
            self.content: bytes | None = self.spill.read(*self.place)
            try:
                return bytes(super().format(document))
            finally:
                self.content = None

    return SpilledStream


class _Output:
    """The file being written, and where the next bytes go in it (reportlab's ``PDFFile``, on disk)."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.offset = 0

    def add(self, data: bytes | str) -> int:
        """Write ``data`` (text in PDFDocEncoding); where it starts."""
        from reportlab.pdfbase.pdfdoc import pdfdocEnc

        encoded = pdfdocEnc(data)
        start, self.offset = self.offset, self.offset + len(encoded)
        self.file.write(encoded)
        return start


def save_document(document: Any, canvas: Any, path: str | Path) -> None:
    """Write reportlab's ``document`` to ``path`` as ``PDFDocument.SaveToFile`` does (the same objects in the
    same order: the same bytes), but each object as it is formatted, instead of the whole file built in
    memory (twice: its pieces, then them joined) and written at the end."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import (
        PDF_VERSION_DEFAULT,
        PDFCrossReferenceTable,
        PDFIndirectObject,
        PDFPage,
        PDFTrailer,
    )

    if getattr(document, "_savedToFile", False):
        raise RuntimeError("a reportlab document is saved once")
    if getattr(document, "_digiSigs", None):
        raise ValueError("a signed PDF needs its whole file in memory: save it with reportlab's own SaveToFile")
    # GetPDFData's preparation: the fonts' subsets, the information dictionary, the outline
    for font in document.delayedFonts:
        font.addObjects(document)
    document.info.invariant = document.invariant
    document.info.digest(document.signature)
    document.Reference(document.Catalog)
    document.Reference(document.info)
    document.Outlines.prepare(document, canvas)
    if document.Outlines.ready < 0:
        document.Catalog.Outlines = None
    # PDFDocument.format, writing as it goes
    document.encrypt.prepare(document)
    catalog, info = document.Reference(document.Catalog), document.Reference(document.info)
    encryption = document.encrypt.info()
    encryption_ref = document.Reference(encryption) if encryption else None
    comments = not rl_config.invariant and rl_config.pdfComments
    with open(path, "wb", buffering=BUFFER_BYTES) as file:
        output = _Output(file)
        major, minor = getattr(document, "_pdfVersion", PDF_VERSION_DEFAULT)
        output.add(
            f"%PDF-{major}.{minor}\n".encode() + b"%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )
        ids = []
        number = 1
        while number in document.numberToId:  # objects may be added while others are formatted
            name = document.numberToId[number]
            obj = document.idToObject[name]
            formatted = PDFIndirectObject(name, obj).format(document)
            if comments:
                output.add(f"% {name!a}: class {obj.__class__.__name__[:50]} \n")
            document.idToOffset[name] = output.add(formatted)
            if isinstance(obj, PDFPage):  # what formatting made for the page and no other object refers to
                obj.Resources = obj.MediaBox = None
            ids.append(name)
            number += 1
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xref_offset = output.add(xref.format(document))
        size = len(document.numberToId) + 1
        trailer = PDFTrailer(xref_offset, Size=size, Root=catalog, Info=info, Encrypt=encryption_ref, ID=document.ID())
        output.add(trailer.format(document))
    document._savedToFile = True  # as SaveToFile marks it: a document is saved once
