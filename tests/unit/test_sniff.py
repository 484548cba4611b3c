"""The file-type sniffer (``api.files.sniff``): every accepted type, built here from real bytes
and fed in awkward chunk sizes so signatures, ZIP headers and UTF-8 characters straddle chunk
boundaries; and the things refused, with what the refusal says."""

from __future__ import annotations

import io
import random
import struct
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterable, Iterator

import pytest

from api.files.sniff import (
    ALLOWED,
    CSV,
    DOCX,
    JPEG,
    ODS,
    ODT,
    PDF,
    PNG,
    TXT,
    XLSX,
    FileType,
    Sniffer,
    UnsupportedType,
    check_name,
    text_type_for,
)

SIZES = [1, 7, 64 * 1024]
CONTENT_TYPES = b'<?xml version="1.0" encoding="UTF-8"?><Types/>'


def chunked(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def sniff(data: bytes | Iterable[bytes], size: int = 7, name: str | None = None) -> FileType:
    sniffer = Sniffer(name)
    for chunk in chunked(data, size) if isinstance(data, bytes) else data:
        sniffer.feed(chunk)
    return sniffer.finish()


def refusal(data: bytes, size: int = 7, name: str | None = None) -> UnsupportedType:
    with pytest.raises(UnsupportedType) as caught:
        sniff(data, size, name)
    return caught.value


def zip_of(entries: list[tuple[str, bytes, int]], *, streamed: bool = False) -> bytes:
    """A ZIP of (name, content, compression) entries, in order. ``streamed`` writes it to a
    stream that can't seek, as a web app generating one on the fly would: every entry's size
    then follows its data (a data descriptor) instead of being in its header."""
    sink = io.BytesIO()
    target: io.RawIOBase | io.BytesIO = _Unseekable(sink) if streamed else sink
    with zipfile.ZipFile(target, "w") as archive:
        for name, content, compression in entries:
            archive.writestr(zipfile.ZipInfo(name, (2026, 12, 2, 9, 0, 0)), content, compression)
    return sink.getvalue()


class _Unseekable(io.RawIOBase):
    def __init__(self, sink: io.BytesIO) -> None:
        self._sink = sink

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        return self._sink.write(data)


D = zipfile.ZIP_DEFLATED
S = zipfile.ZIP_STORED


def docx(*extra: tuple[str, bytes, int], streamed: bool = False) -> bytes:
    return zip_of(
        [
            ("[Content_Types].xml", CONTENT_TYPES, D),
            ("_rels/.rels", b"<Relationships/>", D),
            *extra,
            ("word/document.xml", b"<w:document><w:body><w:p/></w:body></w:document>", D),
            ("word/_rels/document.xml.rels", b"<Relationships/>", D),
        ],
        streamed=streamed,
    )


def xlsx(*extra: tuple[str, bytes, int]) -> bytes:
    return zip_of(
        [
            ("[Content_Types].xml", CONTENT_TYPES, D),
            ("_rels/.rels", b"<Relationships/>", D),
            ("xl/workbook.xml", b"<workbook><sheets/></workbook>", D),
            *extra,
            ("xl/worksheets/sheet1.xml", b"<worksheet><sheetData/></worksheet>", D),
        ]
    )


def odf(kind: str) -> bytes:
    return zip_of(
        [
            ("mimetype", f"application/vnd.oasis.opendocument.{kind}".encode(), S),
            ("content.xml", b"<office:document-content/>", D),
            ("META-INF/manifest.xml", b"<manifest:manifest/>", D),
        ]
    )


def png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)  # 2x2, 8-bit RGB
    pixels = zlib.compress(b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def jpeg() -> bytes:
    jfif = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    table = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes(range(1, 65))
    return b"\xff\xd8" + jfif + table + b"\xff\xd9"


def pdf() -> bytes:
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"  # the comment of high bytes real PDFs carry
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )


TEXT = "Date,Agency,Note\n2026-12-02,Children's Services,Met with the family \u2013 café\t🙂\r\n"

SAMPLES = [
    (pdf(), PDF),
    (docx(), DOCX),
    (xlsx(), XLSX),
    (odf("text"), ODT),
    (odf("spreadsheet"), ODS),
    (png(), PNG),
    (jpeg(), JPEG),
    (TEXT.encode() * 50, TXT),
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("data", "expected"), SAMPLES, ids=[t.extension for _, t in SAMPLES])
def test_every_accepted_type_is_recognised_whatever_the_chunking(
    data: bytes, expected: FileType, size: int
) -> None:
    assert sniff(data, size) == expected


def test_the_samples_cover_every_accepted_type() -> None:
    assert {t for _, t in SAMPLES} | {CSV} == set(ALLOWED)


def test_text_is_csv_when_the_name_says_so() -> None:
    data = TEXT.encode()
    assert sniff(data, name="cases.csv") == CSV
    assert sniff(data, name="CASES.CSV") == CSV
    assert sniff(data, name="notes.txt") == TXT
    assert sniff(data, name="notes") == TXT
    assert sniff(data) == TXT
    assert text_type_for("a.csv") == CSV
    assert text_type_for("a.csv.txt") == TXT
    assert text_type_for(None) == TXT


def test_the_name_never_makes_binary_into_text() -> None:
    assert sniff(png(), name="cases.csv") == PNG


@pytest.mark.parametrize("size", [7, 64 * 1024])
def test_a_docx_is_found_past_a_large_entry_of_any_content(size: int) -> None:
    noise = random.Random(1).randbytes(300_000) + b"PK\x03\x04word/"  # a false signature too
    data = docx(("customXml/item1.bin", noise, S))
    assert sniff(data, size) == DOCX


@pytest.mark.parametrize("size", [1, 7, 64 * 1024])
def test_a_zip_written_to_a_stream_with_data_descriptors_is_read(size: int) -> None:
    data = docx(("docProps/core.xml", b"<cp:coreProperties/>" * 500, D), streamed=True)
    assert zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x08
    assert sniff(data, size) == DOCX


def test_an_office_file_embedded_in_another_does_not_change_its_type() -> None:
    embedded = docx()  # stored, so its own entries' headers are in the stream as they are
    assert sniff(xlsx(("xl/embeddings/Document1.docx", embedded, S))) == XLSX


def test_an_opendocument_mimetype_straddling_chunks_is_read() -> None:
    data = odf("spreadsheet")
    for split in range(1, 90):
        assert sniff([data[:split], data[split:]]) == ODS


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "a program"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48), "a program"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(24), "a program"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(20), "a GIF image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "an old-style (before 2007) Office"),
        (b"\x1f\x8b\x08\x00" + bytes(16), "a gzip archive"),
    ],
    ids=["elf", "pe", "mach-o", "gif", "ole2", "gzip"],
)
def test_known_binaries_are_refused_within_their_first_eight_bytes(data: bytes, says: str) -> None:
    sniffer = Sniffer("report.pdf")
    fed = 0
    with pytest.raises(UnsupportedType) as caught:
        for byte in chunked(data, 1):
            fed += 1
            sniffer.feed(byte)
    assert fed <= 8
    assert says in str(caught.value)
    assert caught.value.found is not None and caught.value.found in str(caught.value)
    assert "Accepted types: PDF, Word document (DOCX)" in str(caught.value)
    with pytest.raises(UnsupportedType):  # and it stays refused
        sniffer.finish()


@pytest.mark.parametrize("name", ["report.pdf", "setup.exe", "report"])
def test_a_program_is_refused_whatever_its_name(name: str) -> None:
    elf = b"\x7fELF\x02\x01\x01\x00" + bytes(4096)
    pe = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(56) + b"PE\x00\x00" + bytes(4096)
    assert refusal(elf, 64 * 1024, name).found == "a program"
    assert refusal(pe, 64 * 1024, name).found == "a program"


def test_text_that_starts_like_a_program_signature_is_still_text() -> None:
    assert sniff(b"MZ Smith,45\nBMI,22\n") == TXT
    assert sniff(b"BMI,age\n22,45\n", name="bmi.csv") == CSV


@pytest.mark.parametrize(
    "entries",
    [
        [("notes/a.txt", b"hello", D)],
        [("word/document.xml", b"<w:document/>", D)],  # no [Content_Types].xml
        [("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n", D), ("A.class", b"\xca\xfe", D)],
        [("mimetype", b"application/epub+zip", S), ("OEBPS/content.opf", b"<package/>", D)],
    ],
    ids=["plain", "word-without-content-types", "jar", "epub"],
)
def test_a_zip_that_is_not_an_accepted_office_file_is_refused(
    entries: list[tuple[str, bytes, int]],
) -> None:
    refused = refusal(zip_of(entries))
    assert refused.found == "a ZIP archive that is not a Word, Excel or OpenDocument file"
    assert "This file is a ZIP archive that is not a Word, Excel or OpenDocument file" in str(
        refused
    )


def test_other_office_kinds_are_refused_by_name() -> None:
    pptx = zip_of([("[Content_Types].xml", CONTENT_TYPES, D), ("ppt/presentation.xml", b"<p/>", D)])
    assert refusal(pptx).found == "a PowerPoint presentation"
    assert "OpenDocument file that is not" in str(refusal(odf("presentation")))
    with_macros = docx(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0", D))
    assert refusal(with_macros).found == "an Office file with macros"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "markup"),
        (b"\xef\xbb\xbf \n  <svg xmlns='http://www.w3.org/2000/svg'/>", "markup"),
        (b'<?xml version="1.0"?><note/>', "markup"),
        (b"#!/bin/sh\nrm -rf /\n", "a script"),
        (b"{\\rtf1\\ansi Hello}", "an RTF document"),
    ],
)
def test_text_that_is_really_another_kind_of_document_is_refused(text: bytes, says: str) -> None:
    for size in (1, 64 * 1024):
        assert says in str(refusal(text, size))


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_utf8_characters_split_across_chunks_are_text(size: int) -> None:
    text = "Ünïcödé \u2013 😀 \u2014 中文 ✓\n" * 20
    assert sniff(text.encode(), size) == TXT


def test_a_byte_order_mark_is_allowed() -> None:
    assert sniff(b"\xef\xbb\xbfName,Age\nSam,4\n", name="kids.csv") == CSV


@pytest.mark.parametrize(
    "data",
    [
        b"notes\x00more notes",
        b"colour \x1b[31mred\x1b[0m",
        b"a line\x0bvertical tab",
        "C1 control \u0085 here".encode(),
        "caf\xe9 in Latin-1".encode("latin-1"),
        "ends mid-character ✓".encode()[:-1],
        b"\xed\xa0\x80 a surrogate",
    ],
    ids=["nul", "escape", "vt", "c1", "latin1", "truncated", "surrogate"],
)
def test_bytes_that_are_not_clean_utf8_text_are_refused(data: bytes) -> None:
    for size in (1, 7, 64 * 1024):
        refused = refusal(b"Plain text at first.\n" * 10 + data, size)
        assert "text must be UTF-8" in str(refused)
        assert refused.found is None


def test_allowed_control_characters_are_text() -> None:
    assert sniff(b"a\tb\r\nc\fd\n") == TXT


def test_an_empty_file_is_refused() -> None:
    refused = refusal(b"")
    assert refused.found == "empty"
    assert str(refused).startswith("This file is empty")
    sniffer = Sniffer()
    sniffer.feed(b"")
    with pytest.raises(UnsupportedType, match="empty"):
        sniffer.finish()


def test_files_shorter_than_any_signature() -> None:
    assert sniff(b"ok") == TXT
    assert sniff(b"\xff\xd8\xff") == JPEG
    assert "markup" in str(refusal(b"<b>"))
    assert refusal(b"\x7f").found is None


def test_the_sniffer_keeps_bounded_state_over_a_long_stream() -> None:
    line = ("Agency,Contact,Note \u2013 ✓\n" * 2000).encode()
    noise = random.Random(2).randbytes(64 * 1024)
    tracemalloc.start()
    try:
        text = Sniffer()
        for _ in range(256):  # 16 MiB or so
            text.feed(line)
        assert text.finish() == TXT
        archive = Sniffer()
        archive.feed(docx())
        for _ in range(256):  # after the central directory: nothing more is read
            archive.feed(noise)
        assert archive.finish() == DOCX
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024


def test_feeding_after_finish_is_a_mistake() -> None:
    sniffer = Sniffer()
    sniffer.feed(pdf())
    assert sniffer.finish() == PDF
    assert sniffer.finish() == PDF
    with pytest.raises(RuntimeError):
        sniffer.feed(b"more")


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("report.pdf", PDF),
        ("Report.PDF", PDF),
        ("photo.jpg", JPEG),
        ("photo.jpeg", JPEG),
        ("photo.JPEG", JPEG),
        ("cases.csv", TXT),
        ("cases.csv", CSV),
        ("notes.txt", CSV),
        ("notes.txt", TXT),
        ("README", PDF),
        ("scan.tiff", PNG),
        ("minutes.doc", DOCX),
        ("archive.tar.gz", TXT),
        ("report.pdf.", PDF),
        ("C:\\Users\\sam\\report.pdf", PDF),
        (".pdf", PDF),
    ],
)
def test_names_that_fit_or_say_nothing_are_accepted(name: str, found: FileType) -> None:
    check_name(name, found)


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("report.pdf", PNG),
        ("report.pdf", TXT),
        ("photo.jpg", PNG),
        ("photo.png", JPEG),
        ("budget.xlsx", DOCX),
        ("minutes.docx", ODT),
        ("sheet.ods", XLSX),
        ("cases.csv", PDF),
        ("notes.txt", ODS),
        ("notes.txt.pdf", TXT),
    ],
)
def test_a_name_claiming_another_accepted_type_is_refused(name: str, found: FileType) -> None:
    with pytest.raises(UnsupportedType) as caught:
        check_name(name, found)
    assert f"but its contents are {caught.value.found}." in str(caught.value)
    assert "Accepted types:" in str(caught.value)


def test_refusal_messages_read_as_plain_english() -> None:
    with pytest.raises(UnsupportedType) as caught:
        check_name("report.pdf", PNG)
    assert str(caught.value) == (
        "The file is named as a PDF (.pdf) but its contents are a PNG image. Accepted types: PDF, "
        "Word document (DOCX), Excel spreadsheet (XLSX), OpenDocument text (ODT), "
        "OpenDocument spreadsheet (ODS), PNG image, JPEG image, plain text (TXT), CSV."
    )


def test_text_is_served_as_utf8() -> None:
    assert TXT.content_type == "text/plain; charset=utf-8"
    assert CSV.content_type == "text/csv; charset=utf-8"
    assert PDF.content_type == "application/pdf"
