"""An upload's type, decided from its bytes as they stream past, never from its name or the
client's Content-Type.

Accepted: PDF, Word (DOCX), Excel (XLSX), OpenDocument text and spreadsheet (ODT, ODS), PNG,
JPEG, and UTF-8 text (TXT, CSV). Everything else is refused, naming what the bytes were found
to be where that is known: a program, a ZIP archive of some other kind, an HTML page, a GIF...

Text has no signature, and CSV is text too, so the file's name decides between them: give the
name to ``Sniffer(file_name)``, or call ``text_type_for(name)`` on a TXT answer. The name never
makes bytes into a type they are not; ``check_name`` refuses a name that claims another
accepted type (``report.pdf`` that is a PNG).
"""

from __future__ import annotations

import codecs
import re
import struct
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class FileType:
    """An accepted type: its media type, the usual file extension (no dot) and a label."""

    media_type: str
    extension: str
    label: str

    @property
    def content_type(self) -> str:
        """The Content-Type to serve it with: text is always UTF-8, so say so."""
        if self.media_type.startswith("text/"):
            return f"{self.media_type}; charset=utf-8"
        return self.media_type


PDF: Final = FileType("application/pdf", "pdf", "PDF")
DOCX: Final = FileType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx",
    "Word document (DOCX)",
)
XLSX: Final = FileType(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsx",
    "Excel spreadsheet (XLSX)",
)
ODT: Final = FileType("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text (ODT)")
ODS: Final = FileType(
    "application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument spreadsheet (ODS)"
)
PNG: Final = FileType("image/png", "png", "PNG image")
JPEG: Final = FileType("image/jpeg", "jpg", "JPEG image")
TXT: Final = FileType("text/plain", "txt", "plain text (TXT)")
CSV: Final = FileType("text/csv", "csv", "CSV")

ALLOWED: Final = (PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, TXT, CSV)

_BY_EXTENSION: Final = {t.extension: t for t in ALLOWED} | {"jpeg": JPEG}
_PHRASE: Final = {
    PDF: "a PDF",
    DOCX: "a Word document",
    XLSX: "an Excel spreadsheet",
    ODT: "an OpenDocument text document",
    ODS: "an OpenDocument spreadsheet",
    PNG: "a PNG image",
    JPEG: "a JPEG image",
    TXT: "plain text",
    CSV: "CSV text",
}
_TEXT: Final = frozenset({TXT, CSV})


class UnsupportedType(Exception):
    """The bytes are not an accepted type, or the name claims another accepted type.

    ``found`` says what the bytes were found to be ("a program", "empty"), when known.
    """

    def __init__(self, problem: str, found: str | None = None) -> None:
        allowed = ", ".join(t.label for t in ALLOWED)
        super().__init__(f"{problem} Accepted types: {allowed}.")
        self.found = found


def _refuse(found: str | None) -> UnsupportedType:
    if found is None:
        return UnsupportedType(
            "This file is not a type we accept (its contents match none of them; text must "
            "be UTF-8)."
        )
    return UnsupportedType(f"This file is {found}, which is not a type we accept.", found)


# Types decided by their first bytes.
_MAGIC: Final = ((b"%PDF-", PDF), (b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG))
_ZIP: Final = b"PK\x03\x04"
_HEAD: Final = 8  # bytes enough to tell every signature here apart

# First bytes of things refused, so the refusal can say what the file is. A "hard" one is
# refused at once; a "soft" one is printable and could begin a line of text ("MZ", "BMI,age"),
# so it only names what a file that then fails as text was.
_KNOWN: Final = (
    (b"\x7fELF", "a program", True),
    (b"MZ", "a program", False),
    (b"\xfe\xed\xfa\xce", "a program", True),
    (b"\xfe\xed\xfa\xcf", "a program", True),
    (b"\xce\xfa\xed\xfe", "a program", True),
    (b"\xcf\xfa\xed\xfe", "a program", True),
    (b"\xca\xfe\xba\xbe", "a program", True),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style (before 2007) Office file", True),
    (b"GIF87a", "a GIF image", True),
    (b"GIF89a", "a GIF image", True),
    (b"II*\x00", "a TIFF image", True),
    (b"MM\x00*", "a TIFF image", True),
    (b"BM", "a BMP image", False),
    (b"RIFF", "a RIFF file (WebP image, WAV audio or AVI video)", False),
    (b"\x1f\x8b", "a gzip archive", True),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", True),
    (b"Rar!\x1a\x07", "a RAR archive", True),
    (b"PK\x05\x06", "an empty ZIP archive", True),
)
# Text that begins like these is refused: it is a program or a document of another kind, and
# a browser might treat it as one.
_TEXT_LOOKING: Final = (
    ("#!", "a script (a program)"),
    ("{\\rtf", "an RTF document"),
    ("<", "markup (an HTML, XML or SVG document)"),
)
_LEAD: Final = max(len(magic) for magic, _ in _TEXT_LOOKING)
_BLANK: Final = "\ufeff \t\r\n\f"  # a byte order mark and white space

# Control characters other than tab, line feed, carriage return and form feed; DEL; C1.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _known(head: bytes) -> tuple[str, bool] | None:
    return next(((what, hard) for magic, what, hard in _KNOWN if head.startswith(magic)), None)


class _Text:
    """UTF-8 text with no control characters but \\t \\n \\r \\f, checked as it streams.

    The incremental decoder carries a character split between chunks over to the next one.
    ``found`` names what the file is when it fails as text (from its first bytes).
    """

    def __init__(self, found: str | None) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._found = found
        self._lead = ""  # the first characters that are not blank, until they are enough
        self._lead_known = False

    def feed(self, data: bytes, *, final: bool = False) -> None:
        try:
            decoded = self._decoder.decode(data, final)
        except UnicodeDecodeError:
            raise _refuse(self._found) from None
        if _CONTROL.search(decoded):
            raise _refuse(self._found)
        if not self._lead_known:
            self._lead = (self._lead + decoded).lstrip(_BLANK)[:_LEAD]
            if len(self._lead) == _LEAD or final:
                self._lead_known = True
                for magic, what in _TEXT_LOOKING:
                    if self._lead.startswith(magic):
                        raise _refuse(what)


_LOCAL: Final = b"PK\x03\x04"
_CENTRAL: Final = b"PK\x01\x02"
_END: Final = b"PK\x05\x06"
_HEADER: Final = struct.Struct("<4sHHHHHIIIHH")  # a ZIP local file header, 30 bytes
_METHODS: Final = frozenset({0, 8, 9, 12, 14, 93, 95})  # stored, deflate(64), bzip2, lzma, ...
_BAD_NAME: Final = re.compile(rb"[\x00-\x1f]|^$")  # a control byte, or no name at all
_ODF_PREFIX: Final = b"application/vnd.oasis.opendocument."
_ODF: Final = {
    b"application/vnd.oasis.opendocument.text": ODT,
    b"application/vnd.oasis.opendocument.spreadsheet": ODS,
}


class _Zip:
    """The entries of a ZIP archive, read from its local file headers as they stream past.

    Entries whose size the header gives are skipped without being kept. After an entry whose
    size only follows its data (a "data descriptor"), the next header is found by searching
    for its signature, and a candidate that does not look like a header is passed over. Only
    a header still being read is buffered, so memory is bounded by one header and one chunk.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._skip = 0
        self._searching = False
        self._done = False  # the central directory: there are no more entries
        self._first = True
        self.mimetype: bytes | None = None  # an OpenDocument (or EPUB) first entry's content
        self.content_types = False
        self.main: str | None = None  # "word/", "xl/" or "ppt/", whichever came first
        self.macros = False

    def feed(self, data: bytes) -> None:
        if self._done:
            return
        view = memoryview(data)
        if self._skip:
            skipped = min(self._skip, len(view))
            self._skip -= skipped
            view = view[skipped:]
        self._buffer += view
        self._parse()

    def _parse(self) -> None:
        buffer = self._buffer
        while not self._done:
            if self._searching:
                found = buffer.find(_LOCAL)
                if found < 0:
                    del buffer[: max(0, len(buffer) - 3)]  # a signature may straddle chunks
                    return
                del buffer[:found]
            if len(buffer) < _HEADER.size:
                return
            if buffer.startswith((_CENTRAL, _END)):
                self._done = True
                buffer.clear()
                return
            if not buffer.startswith(_LOCAL):
                self._searching = True  # not where a header should be: look for the next
                del buffer[:1]
                continue
            _, version, flags, method, _, _, _, packed, _, name_len, extra_len = (
                _HEADER.unpack_from(buffer)
            )
            data_at = _HEADER.size + name_len + extra_len
            mimetype = self._first and name_len == 8 and method == 0 and packed <= 128
            wanted = data_at + (packed if mimetype else 0)
            plausible = version <= 63 and method in _METHODS
            if plausible and len(buffer) < wanted:
                return
            name = bytes(buffer[_HEADER.size : _HEADER.size + name_len])
            if not plausible or _BAD_NAME.search(name):
                del buffer[:1]  # bytes inside some entry's data that only look like a header
                self._searching = True
                continue
            self._entry(name, method, bytes(buffer[data_at:wanted]))
            self._searching = bool(flags & 0x08) or packed == 0xFFFFFFFF
            if self._searching:
                del buffer[:data_at]
            elif len(buffer) >= data_at + packed:
                del buffer[: data_at + packed]
            else:
                self._skip = data_at + packed - len(buffer)
                buffer.clear()
                return

    def _entry(self, name: bytes, method: int, first_data: bytes) -> None:
        if self._first:
            self._first = False
            if name == b"mimetype" and method == 0:
                self.mimetype = first_data
                return
        if name == b"[Content_Types].xml":
            self.content_types = True
        for main in (b"word/", b"xl/", b"ppt/"):
            if self.main is None and name.startswith(main):
                self.main = main.decode()
        if name.endswith(b"vbaProject.bin"):
            self.macros = True

    def verdict(self) -> FileType:
        if self.mimetype is not None:
            if self.mimetype in _ODF:
                return _ODF[self.mimetype]
            if self.mimetype.startswith(_ODF_PREFIX):
                raise _refuse("an OpenDocument file that is not text or a spreadsheet")
        if self.content_types and self.macros:
            raise _refuse("an Office file with macros")
        if self.content_types and self.main == "word/":
            return DOCX
        if self.content_types and self.main == "xl/":
            return XLSX
        if self.content_types and self.main == "ppt/":
            raise _refuse("a PowerPoint presentation")
        raise _refuse("a ZIP archive that is not a Word, Excel or OpenDocument file")


class Sniffer:
    """Decides a stream's type from its bytes: ``feed`` each chunk, then ``finish``.

    ``feed`` raises UnsupportedType as soon as the bytes settle it (a program is refused on
    its first eight bytes), and every call after that raises it again. It keeps a few bytes
    of state, plus one ZIP header while one is being read, never the body. ``file_name`` only
    chooses between CSV and TXT for text; without it, text is TXT (``text_type_for`` makes the
    same choice later).
    """

    def __init__(self, file_name: str | None = None) -> None:
        self._file_name = file_name
        self._head = b""
        self._kind: FileType | _Zip | _Text | None = None
        self._verdict: FileType | UnsupportedType | None = None

    def feed(self, chunk: bytes) -> None:
        """Take the next chunk; UnsupportedType once the bytes so far rule the file out."""
        if isinstance(self._verdict, UnsupportedType):
            raise self._verdict
        if self._verdict is not None:
            raise RuntimeError("Sniffer.feed after finish")
        try:
            self._feed(chunk)
        except UnsupportedType as refused:
            self._verdict = refused
            raise

    def _feed(self, chunk: bytes) -> None:
        if self._kind is None:
            need = _HEAD - len(self._head)
            self._head += chunk[:need]
            if len(self._head) < _HEAD:
                return
            self._kind = self._classify(self._head)
            self._consume(self._head)
            chunk = chunk[need:]
        if chunk:
            self._consume(chunk)

    def _consume(self, data: bytes, *, final: bool = False) -> None:
        if isinstance(self._kind, _Zip):
            self._kind.feed(data)
        elif isinstance(self._kind, _Text):
            self._kind.feed(data, final=final)

    @staticmethod
    def _classify(head: bytes) -> FileType | _Zip | _Text:
        for magic, found in _MAGIC:
            if head.startswith(magic):
                return found
        if head.startswith(_ZIP):
            return _Zip()
        known = _known(head)
        if known is not None and known[1]:
            raise _refuse(known[0])
        return _Text(known[0] if known else None)

    def finish(self) -> FileType:
        """The type, after the last chunk; UnsupportedType when it is not accepted."""
        if self._verdict is None:
            try:
                self._verdict = self._finish()
            except UnsupportedType as refused:
                self._verdict = refused
        if isinstance(self._verdict, UnsupportedType):
            raise self._verdict
        return self._verdict

    def _finish(self) -> FileType:
        if self._kind is None:  # fewer bytes than the head, or none
            if not self._head:
                raise _refuse("empty")
            self._kind = self._classify(self._head)
            self._consume(self._head, final=True)
        else:
            self._consume(b"", final=True)
        if isinstance(self._kind, FileType):
            return self._kind
        if isinstance(self._kind, _Zip):
            return self._kind.verdict()
        return text_type_for(self._file_name)


def _extension(file_name: str) -> str | None:
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1].rstrip(" .")
    _, dot, extension = base.rpartition(".")
    return extension.lower() if dot else None


def text_type_for(file_name: str | None) -> FileType:
    """The type of text content: CSV when the name ends ``.csv``, else TXT."""
    if file_name is not None and _extension(file_name) == "csv":
        return CSV
    return TXT


def check_name(file_name: str, found: FileType) -> None:
    """Refuse a name whose extension is another accepted type's than the bytes' ``found``
    (TXT and CSV are both text, so either name fits either). A name with no extension, or
    one not in the list, is data and passes."""
    extension = _extension(file_name)
    named = _BY_EXTENSION.get(extension or "")
    if named is None or named == found or {named, found} <= _TEXT:
        return
    raise UnsupportedType(
        f"The file is named as {_PHRASE[named]} (.{extension}) but its contents are "
        f"{_PHRASE[found]}.",
        _PHRASE[found],
    )
