"""Word 97–2003 binary documents (``.doc``; WPS ``.wps`` in that format) read like their ``.docx``.

The fixtures in ``tests/data/word97`` are earlier ``.docx`` fixtures saved as "Word 97-2003" by
LibreOffice (see its README): the ``.doc`` must read as its ``.docx`` source does, line for line. Where
LibreOffice's export itself changed the document (list numbering that continued in the ``.docx`` restarts
in the ``.doc``), the reference is LibreOffice's own reading of the ``.doc`` (its text export, kept beside).
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from analysis import corpus, loaders, measures, wordbin, wordnum
from analysis.loaders import UnusableFile

DATA = Path(__file__).parent / "data"
WORD97 = DATA / "word97"

# (.doc fixture, its .docx source, what it exercises)
PAIRS = [
    ("blind_plans12__v1.doc", "blind_plans12/v1.docx", "tracked changes: deletions left out"),
    ("blind_plans12__v2.doc", "blind_plans12/v2.docx", "a text box read after its anchor paragraph"),
    ("blind_plans15__y4.doc", "blind_plans15/y4.docx", "a table with horizontally merged cells"),
    ("blind_plans24__t2.doc", "blind_plans24/t2.docx", "a table with vertically merged cells"),
    ("blind_plans18__a3.doc", "blind_plans18/a3.docx", "a table of standards"),
    ("blind_plans16__z6.doc", "blind_plans16/z6.docx", "automatic numbers, footnote marks"),
    ("blind_plans22__e1.doc", "blind_plans22/e1.docx", "multi-level Chinese list numbers"),
]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


@pytest.mark.parametrize("doc, docx, what", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_doc_reads_as_its_docx(doc, docx, what):
    text = wordbin.doc_to_text((WORD97 / doc).read_bytes())
    expected = loaders.docx_to_text((DATA / docx).read_bytes(), max_bytes=20_000_000)
    assert _lines(text) == _lines(expected), what
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text)  # no field, object or cell marks left


@pytest.mark.parametrize("doc", ["blind_plans22__e2.doc", "blind_plans3__h1.doc"])
def test_list_numbers_are_those_libreoffice_draws_for_the_same_doc(doc):
    """LibreOffice's export restarted lists that continued in the .docx: its own reading of the .doc is the
    reference (white space aside: its text export indents numbered paragraphs)."""
    ours = wordbin.doc_to_text((WORD97 / doc).read_bytes())
    theirs = (WORD97 / doc.replace(".doc", ".libreoffice.txt")).read_text(encoding="utf-8-sig")

    def squeeze(text):
        return [x for x in (re.sub(r"\s+", "", line) for line in text.split("\n")) if x]

    assert squeeze(ours) == squeeze(theirs)
    numbered = re.findall(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])", ours, re.M)
    assert len(numbered) >= 15 and "三、" in numbered  # drawn by the reader: not in the .doc's text


def test_a_doc_loads_into_the_same_text_and_measures_as_its_docx(tmp_path):
    doc = corpus.load_document(WORD97 / "blind_plans22__e1.doc")
    docx = corpus.load_document(DATA / "blind_plans22" / "e1.docx")
    assert doc.file_format == "doc" and doc.encoding == "word 97-2003 binary"
    assert doc.text == docx.text
    spans = [(s, e) for s, e, _ in doc.furniture]
    got = measures.extract(doc.text, spans, "e1.doc")[0]
    assert len(got) > 10
    assert got["text"].tolist() == measures.extract(docx.text, spans, "e1.docx")[0]["text"].tolist()


@pytest.mark.parametrize("name", ["plan.wps", "plan.docx", "plan.DOC"])
def test_the_bytes_decide_not_the_name(tmp_path, name):
    """WPS saves .wps in Word's binary format; a .doc renamed .docx is still a .doc."""
    path = tmp_path / name
    path.write_bytes((WORD97 / "blind_plans22__e1.doc").read_bytes())
    assert corpus.load_document(path).file_format == "doc"


def test_a_doc_that_holds_a_web_page_or_text_is_read_as_such(tmp_path):
    """Sites serve Word "web pages" and plain text under .doc names."""
    page = tmp_path / "page.doc"
    page.write_text("<html><body><p>" + "一、改进调查研究。" * 20 + "</p></body></html>", encoding="utf-8")
    plain = tmp_path / "plain.doc"
    plain.write_text("一、改进调查研究。" * 20, encoding="gbk")
    assert corpus.load_document(page).file_format == "html"
    assert corpus.load_document(plain).file_format == "text"


def _patched(offset: int, change) -> bytes:
    """e1.doc with the 16-bit field at ``offset`` of its Word header (the FIB) set to ``change(old value)``,
    in place in the OLE2 container (LibreOffice writes the stream's first sector whole)."""
    import olefile

    data = bytearray((WORD97 / "blind_plans22__e1.doc").read_bytes())
    with olefile.OleFileIO(bytes(data)) as ole:
        word = ole.openstream("WordDocument").read()
    start = bytes(data).index(word[:512])
    old = struct.unpack_from("<H", data, start + offset)[0]
    struct.pack_into("<H", data, start + offset, change(old))
    return bytes(data)


def test_refusals_name_the_problem(tmp_path):
    assert wordbin.doc_to_text(_patched(0x0A, lambda flags: flags))  # the patching alone changes nothing
    with pytest.raises(UnusableFile, match="password-protected"):
        wordbin.doc_to_text(_patched(0x0A, lambda flags: flags | 0x0100))  # fEncrypted
    with pytest.raises(UnusableFile, match="Word 6.0/95"):
        wordbin.doc_to_text(_patched(2, lambda n_fib: 0x0065))
    with pytest.raises(UnusableFile, match="no Word header"):
        wordbin.doc_to_text(_patched(0, lambda ident: 0x1234))
    data = (WORD97 / "blind_plans22__e1.doc").read_bytes()
    renamed = data.replace("WordDocument".encode("utf-16-le"), "WpsDocument_".encode("utf-16-le"))
    with pytest.raises(UnusableFile, match="without a Word document"):
        wordbin.doc_to_text(renamed)
    # a .docx saved with a password is an OLE2 file holding an EncryptedPackage stream: rename the directory
    # entry (its 64-byte name field, then the name's length in bytes with its NUL)
    entry = data.index("WordDocument".encode("utf-16-le"))
    encrypted = bytearray(data)
    encrypted[entry:entry + 64] = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\x00")
    encrypted[entry + 64:entry + 66] = struct.pack("<H", 34)
    with pytest.raises(UnusableFile, match="password-protected Office document"):
        wordbin.doc_to_text(bytes(encrypted))
    with pytest.raises(UnusableFile, match="Word .doc"):
        wordbin.doc_to_text(data[: len(data) // 3])  # a download cut short
    misnamed = tmp_path / "plan.xls"  # the bytes decide: a Word document under a spreadsheet's name
    misnamed.write_bytes(data)
    assert corpus.load_document(misnamed).file_format == "doc"


def _synthetic(pieces: list[tuple[str, bool]]) -> wordbin._Document:
    """A document of ``pieces`` (text, stored one byte per character?) and no other structure: a FIB
    with only the character count and the piece table set, the text bytes after it."""
    word = bytearray(0x400)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    cps, pcds = [0], b""
    for text, compressed in pieces:
        offset = len(word)
        if compressed:
            word += text.encode("cp1252")
            fc = (offset * 2) | 0x40000000
        else:
            word += text.encode("utf-16-le")
            fc = offset
        cps.append(cps[-1] + len(text))
        pcds += struct.pack("<HIH", 0, fc, 0)
    plc = struct.pack(f"<{len(cps)}i", *cps) + pcds
    table = b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<i", word, wordbin._OFF_CCP_TEXT, cps[-1])
    struct.pack_into("<II", word, wordbin._OFF_CLX, 0, len(table))
    return wordbin._Document(bytes(word), table)


def test_pieces_one_byte_or_two_per_character_and_fields():
    """Word stores text that fits Windows-1252 one byte per character (a compressed piece at half its
    offset); a field's code (between 0x13 and 0x14) is dropped, its result kept."""
    doc = _synthetic([("1. ", True), ("改进调查研究\x13 PAGE \x145\x15。\r", False),
                      ("2. ", True), ("精简会议\x07文件\x0b简报\r", False)])
    assert list(doc.lines()) == ["1. 改进调查研究5。", "2. 精简会议", "文件\n简报"]
    assert doc.fc_of(3) == doc.pieces[1][2]  # the first character of the second piece


def test_sprms_are_split_by_their_operand_sizes():
    grpprl = (struct.pack("<HB", 0x260A, 2) + struct.pack("<Hh", 0x460B, 3) + struct.pack("<HBBB", 0xC615, 2, 9, 9)
              + struct.pack("<HI", 0x6649, 1) + struct.pack("<HH", 0xD608, 3) + b"\x01\x02" + b"\x26\x0a")
    got = list(wordbin.sprms(grpprl))
    assert got == [(0x260A, b"\x02"), (0x460B, b"\x03\x00"), (0xC615, b"\x09\x09"), (0x6649, b"\x01\x00\x00\x00"),
                   (0xD608, b"\x01\x02")]  # the last, cut short, ends the list


def test_enclosed_number_formats():
    assert wordnum.format_number(3, "decimalEnclosedParen") == "⑶"
    assert wordnum.format_number(3, "decimalEnclosedFullstop") == "⒊"
    numbers = wordnum.ListNumbers({"a": {0: ("chineseCounting", "%1、", 1, None), 1: ("decimal", "%2.", 1, None)}})
    assert [numbers.number("a", lvl) for lvl in (0, 1, 1, 0, 1)] == ["一、", "1.", "2.", "二、", "1."]
    assert numbers.number(None, 0) == "" and numbers.number("b", 0) == ""


def test_hidden_text_is_not_read_as_in_the_docx():
    """``hidden_text.doc``: LibreOffice's save of a python-docx document whose middle run is hidden (sprmCFVanish)."""
    import io

    import docx

    source = docx.Document()
    p = source.add_paragraph("1.严控会议数量。")
    p.add_run("（内部备注，不印发）").font.hidden = True
    p.add_run("全年不超过四次。")
    source.add_paragraph("2.精简文件简报。")
    buf = io.BytesIO()
    source.save(buf)
    expected = "1.严控会议数量。全年不超过四次。\n2.精简文件简报。"
    assert loaders.docx_to_text(buf.getvalue(), max_bytes=10**7) == expected
    assert wordbin.doc_to_text((WORD97 / "hidden_text.doc").read_bytes()) == expected
