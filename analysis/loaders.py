"""Bytes to text, one function per file shape: plain text in any common encoding, Word ``.docx``, and
traditional characters. (HTML pages are in :mod:`analysis.htmltext`.)

Every function here either returns text or raises :class:`UnusableFile` with a reason a researcher can
act on. Nothing is fetched, nothing in a file is run, and no character is changed except: the byte-order
mark is dropped, ``\\r\\n``/``\\r`` become ``\\n``, and traditional characters become simplified ones.

Encodings are tried in this order (the first that fits wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32): ``utf-8-sig``, ``utf-16``, ``utf-32``;
2. NUL bytes: UTF-16 without a mark, ``utf-16-le`` / ``utf-16-be``, whichever decodes into plausible
   text; other NUL bytes mean a binary file, unless they are padding at the end or a few strays (below);
3. UTF-8: ``utf-8`` (a charset declared by an HTML page is tried next, if any);
4. UTF-8 and GB18030 line by line: a copy put together from pieces saved in both (a GBK plan with a
   passage pasted from a UTF-8 page): ``mixed utf-8 (12 lines) and gb18030 (30 lines)``, taken only when
   each line reads strictly and plausibly in one of them, and both are needed;
5. GB18030 against Big5: both decode most byte strings, so each decoding is scored by the share of its
   characters that are plausible in a Chinese document (common Han characters, ASCII, CJK punctuation)
   and the higher wins (ties go to GB18030, the mainland default): ``gb18030`` / ``big5`` / ``cp950``;
6. ``charset_normalizer``'s best guess, when no reading above scored at least :data:`MIN_PLAUSIBILITY`.

At each step a few undecodable bytes (at most :data:`MAX_BAD_BYTES`, or :data:`MAX_BAD_SHARE` of the
text: a file cut in the middle of a character, a stray byte) are replaced by U+FFFD, and the encoding
name records it: ``utf-8 (1 undecodable byte replaced)``. More are allowed, up to :data:`MAX_DAMAGED_SHARE`
of the correctly decoded wide characters (a copy damaged in a few dozen places still reads as thousands of
valid Chinese characters; text in another encoding read as UTF-8 never does). NUL bytes in a file that is
not UTF-16, if only at its end (padding left by a failed copy) or few (:data:`MAX_NUL_SHARE`), are dropped
and counted the same way: ``utf-8 (4096 NUL bytes dropped)``.
"""
from __future__ import annotations

import codecs
import functools
import io
import re
import zipfile
import zlib

from .wordnum import ListNumbers

MAX_BAD_BYTES, MAX_BAD_SHARE = 2, 0.001  # undecodable bytes tolerated (replaced by U+FFFD): count, share
MAX_DAMAGED_SHARE = 0.05  # undecodable bytes tolerated per correctly decoded wide character (a damaged copy)
MAX_DAMAGE_RUN = 6  # ... none of them in a run longer than this (a damaged character gives at most three)
MIN_PLAUSIBILITY = 0.6  # share of plausible characters below which GB18030/Big5 guesses are doubted
PLAUSIBILITY_SAMPLE = 100_000  # characters scored (enough to tell encodings apart, fast on large files)
N_COMMON_HAN = 3000  # size of the "common Han characters" set used to score decodings
TRADITIONAL_SHARE = 0.10  # text is traditional when >= this share of its Han characters change under t2s
MIN_TRADITIONAL_CHARS = 3  # ... and at least this many do (a stray variant does not make a text traditional)
MAX_CONTROL_SHARE = 0.01  # control characters (other than tab/newline/form feed) above this share: binary
MAX_NUL_SHARE = 0.01  # NUL bytes in a text that is not UTF-16 up to this share are dropped (more: binary)
DOCX_MAX_MEMBERS = 2000  # zip members allowed in a .docx
DOCX_MAX_RATIO = 100  # uncompressed/compressed size of a member above this (and > 1 MB) is a zip bomb
DOCX_UNCOMPRESSED_FACTOR = 10  # total uncompressed size may be at most this times max_file_bytes


class UnusableFile(Exception):
    """A file that cannot be used as a plan; the message says why (the caller adds the file name)."""


# --- file shapes -------------------------------------------------------------------------------

HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 compound file: Word 97–2003 .doc, WPS .wps, .xls, .et, .ppt
_REFUSED_SUFFIXES = {
    ".ppt": "presentations are not supported", ".pptx": "presentations are not supported",
}
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")  # PNG, JPEG, GIF, TIFF
_MAGIC = [
    (b"\x1f\x8b", "a gzip archive, not a text"),
    (b"Rar!", "a RAR archive, not a text"), (b"7z\xbc\xaf", "a 7-Zip archive, not a text"),
]


def _is_image(data: bytes) -> bool:
    """PNG, JPEG, GIF, TIFF, WebP or BMP (its reserved header bytes zero) by their signatures."""
    return (data.startswith(_IMAGES) or data[:4] == b"RIFF" and data[8:12] == b"WEBP"
            or data[:2] == b"BM" and data[6:10] == b"\x00" * 4 and len(data) > 26)

_HTML_HEAD = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]",
                        re.IGNORECASE | re.DOTALL)

# A web archive ("Save as single file": IE, Edge, Chrome; Word's single-file web page): a MIME message whose
# headers, before the first blank line, name a multipart/related body.
_MHTML_HEAD = re.compile(rb"\A(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?Content-Type:\s*multipart/related",
                         re.IGNORECASE)
_HTML_TAG = re.compile(rb"</?(?:p|div|br|span|table|tr|td|font|strong|h[1-6])\b[^<>]{0,200}>", re.IGNORECASE)


def sniff_format(suffix: str, data: bytes) -> str:
    """``text``, ``html``, ``mhtml``, ``docx``, ``doc``, ``rtf``, ``wordml``, ``odt``, ``xlsx``, ``xls``, ``ofd``, ``pdf`` or ``image`` for a
    file's bytes (and name suffix); :class:`UnusableFile` otherwise.

    The bytes decide, not the name: an OLE2 compound file is ``xls`` when it holds an Excel workbook stream
    (``.xls``, WPS ``.et``), a refused presentation when it holds a PowerPoint one, else ``doc`` whatever its
    suffix (a Word 97–2003 document, also as ``.wps`` or renamed ``.docx``; :func:`analysis.wordbin.doc_to_text`
    refuses other OLE2 files); a zip is ``ofd`` when it holds ``OFD.xml`` (or is named ``.ofd``), ``xlsx`` when
    it holds ``xl/workbook.xml``; and a ``.doc`` that holds a web page or text (sites often serve those) is
    read as such.

    HTML: an HTML suffix, an HTML document start (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<body>``)
    in the first kilobyte, or at least three common tags (``<p>``, ``<div>``, ``<br>`` …) in the first 4 KB.
    """
    suffix = suffix.lower()
    if data.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if suffix in (".mht", ".mhtml") or _MHTML_HEAD.search(data[:4096]):
        return "mhtml"
    if suffix == ".pdf":
        raise UnusableFile("not a PDF (it does not start with %PDF-); save the plan again as PDF, .docx or .txt")
    if _is_image(data):
        return "image"  # a scan or a screenshot: read by OCR
    if data.startswith(_OLE2):
        return _ole2_kind(data, suffix)
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"  # also a .doc that Word or a site saved as RTF
    if b"schemas.microsoft.com/office/word/2003/wordml" in data[:4096] and b"wordDocument" in data[:4096]:
        return "wordml"  # Word 2003 XML, also under a .doc name: read as a document, not as text with its markup
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise UnusableFile(reason)
    if data.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/vnd.oasis.opendocument." in data[:200]:  # ODF: the mimetype member comes first
            if b"opendocument.text" in data[:200]:
                return "odt"
            raise UnusableFile("an OpenDocument spreadsheet or presentation, not a text; save the plan as .odt or .docx")
        if suffix in (".odt", ".ott"):
            return "odt"  # a writer that did not put the mimetype first: the package check names what is missing
        if suffix == ".ofd" or b"OFD.xml" in data[:200_000] or b"OFD.xml" in data[-100_000:]:
            return "ofd"  # GB/T 33190 fixed-layout document: OFD.xml at the package root
        if b"xl/workbook.xml" in data[:200_000] or b"xl/workbook.xml" in data[-100_000:]:
            return "xlsx"
        if suffix == ".docx" or b"word/document.xml" in data[:200_000] or b"word/" in data[-100_000:]:
            return "docx"
        if suffix == ".xlsx":
            return "xlsx"  # the package check names what is missing
        raise UnusableFile(_REFUSED_SUFFIXES.get(suffix, "a zip archive that is not a Word .docx document"))
    if suffix == ".docx":
        raise UnusableFile("not a valid .docx (it is not a zip archive); save it again from Word as .docx")
    if suffix in _REFUSED_SUFFIXES:
        raise UnusableFile(_REFUSED_SUFFIXES[suffix])
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if suffix in HTML_SUFFIXES or _HTML_HEAD.search(head[:1024]) or len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    if head.lstrip().startswith(b"<?xml"):  # read as text, its markup would be taken for the plan
        flat_odf = b"urn:oasis:names:tc:opendocument" in head
        raise UnusableFile("a flat OpenDocument file (.fodt); save it as .odt or .docx" if flat_odf else
                           "an XML document that is neither a web page nor a Word 2003 XML document; "
                           "save the plan as .docx or .txt")
    return "text"


def _ole2_kind(data: bytes, suffix: str) -> str:
    """``xls`` or ``doc`` for an OLE2 compound file by the streams it holds (a presentation is refused)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(e).lower() for e in ole.listdir()}
    except Exception:  # olefile raises many kinds on a damaged container; wordbin says what is wrong with it
        streams = set()
    if "workbook" in streams or "book" in streams:
        return "xls"
    if "worddocument" in streams:
        return "doc"
    if "powerpoint document" in streams or suffix in _REFUSED_SUFFIXES:
        raise UnusableFile(_REFUSED_SUFFIXES.get(suffix, "presentations are not supported"))
    return "xls" if suffix in (".xls", ".et") else "doc"  # unreadable directory: the name's reader says why


def mhtml_page(data: bytes) -> tuple[bytes, str | None]:
    """The HTML page of a web archive (``.mht``/``.mhtml``): its first ``text/html`` part, transfer encoding
    (quoted-printable, base64) undone, and the charset the part declares; :class:`UnusableFile` when it has none."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload, part.get_content_charset()
    raise UnusableFile("a web archive (.mht) without an HTML page in it")


# --- decoding ----------------------------------------------------------------------------------

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "ms936", "euc-cn", "gb18030", "csgb2312"}
_PUNCT = set("　、。，．；：？！…—–·‘’“”《》〈〉「」『』【】〔〕（）［］｛｝～￥％＋－×÷①②③④⑤⑥⑦⑧⑨⑩")


@functools.lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The :data:`N_COMMON_HAN` most frequent Han characters (simplified), from jieba's word dictionary."""
    import jieba

    counts: dict[str, int] = {}
    with jieba.get_dict_file() as f:
        for raw in f:
            word, freq = raw.decode("utf-8").split(" ")[:2]
            for ch in word:
                counts[ch] = counts.get(ch, 0) + int(freq)
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    return frozenset([c for c in ranked if _is_han(c)][:N_COMMON_HAN])


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def plausibility(text: str) -> float:
    """Share of the non-space characters of ``text`` that are plausible in a Chinese plan (0..1).

    Plausible: printable ASCII, CJK punctuation and full-width forms, and common Han characters
    (traditional ones counted through their simplified form). Only the first
    :data:`PLAUSIBILITY_SAMPLE` characters are looked at.
    """
    common, t2s = common_han(), traditional_map()
    chars = [c for c in text[:PLAUSIBILITY_SAMPLE] if not c.isspace()]
    if not chars:
        return 0.0
    ok = sum(1 for c in chars if " " < c < "\x7f" or c in _PUNCT or "\uff01" <= c <= "\uff5e"
             or t2s.get(c, c) in common)
    return ok / len(chars)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be``, whichever decodes ``data`` into plausible text, else ``None``.

    (NUL bytes in UTF-16 are the high bytes of ASCII characters and the low bytes of characters such as
    U+4E00 一, so their position alone does not settle the byte order.)
    """
    if len(data) % 2:
        return None
    scored = []
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(data, enc)
        if text is not None:
            scored.append((plausibility(text), enc))
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= MIN_PLAUSIBILITY else None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in ``<meta>`` (GB2312/GBK read as their superset GB18030)."""
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", data[:8192], re.IGNORECASE)
    return charset_name(m.group(1).decode("ascii")) if m else None


def charset_name(name: str | None) -> str | None:
    """A declared charset (``<meta>``, a MIME part) as Python's codec name, GB2312/GBK read as their superset
    GB18030; ``None`` when there is none or Python has no such codec."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _GB_ALIASES:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _lenient(data: bytes, encoding: str, *, damage_share: float = 0.0) -> tuple[str, str] | None:
    """``(text, name)`` decoded strictly, or with a few undecodable bytes (a truncated last character, a
    stray byte) replaced by U+FFFD and the name saying how many; ``None`` when there are more.

    ``damage_share`` > 0 also allows up to that share of the correctly decoded wide characters (U+0800 and
    above: Chinese text) to be replaced: a copy damaged in a few dozen places still reads as thousands of
    valid Chinese characters. (Text in another encoding read as UTF-8 gives far more undecodable bytes than
    valid wide characters; a passage in another encoding gives a long run of them, :data:`MAX_DAMAGE_RUN`;
    GB18030 and Big5 readings are further weighed by their plausibility.)"""
    text = _strict(data, encoding)
    if text is not None:
        return text, encoding
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    bad = text.count("\ufffd")
    allowed = max(MAX_BAD_BYTES, MAX_BAD_SHARE * len(text))
    if damage_share and bad > allowed and _LONG_DAMAGE.search(text) is None:
        # damage is scattered: a long run of undecodable bytes is a passage in another encoding instead
        allowed = max(allowed, damage_share * len(_WIDE_CHAR.findall(text)))
    if bad > allowed:
        return None
    return text, f"{encoding} ({bad} undecodable byte{'s' if bad > 1 else ''} replaced)"


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``: ``(text, encoding name)`` following the order in the module docstring.

    A leading byte-order mark is not part of the text. A few undecodable bytes are replaced by U+FFFD
    (see :func:`_lenient`). Raises :class:`UnusableFile` for NUL bytes that are not UTF-16, and for bytes
    no encoding fits.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8-sig" and _stray_nuls(data):
                return _without_nuls(data, declared)
            found = _lenient(data, enc, damage_share=MAX_DAMAGED_SHARE)
            if found is None:
                raise UnusableFile(f"the bytes after its {enc} byte-order mark are not valid {enc}")
            return found[0].lstrip("\ufeff"), found[1]
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        found = _lenient(data, enc) if enc else None
        if found is not None:
            return found
        if _stray_nuls(data):
            return _without_nuls(data, declared)
        raise UnusableFile("binary file: it holds NUL bytes and is not UTF-16 text")
    for enc in ("utf-8", declared):
        found = _lenient(data, enc, damage_share=MAX_DAMAGED_SHARE) if enc else None
        if found is not None:
            return _undo_double_encoding(*found)
    mixed = _mixed_reading(data)
    if mixed is not None:
        return mixed
    best = _best_chinese_reading(data, 0.0)
    if best is not None and best[0] >= MIN_PLAUSIBILITY:
        return best[2]
    # a damaged copy: more undecodable bytes are allowed, in a reading that is plausible Chinese text only
    damaged = _best_chinese_reading(data, MAX_DAMAGED_SHARE)
    if damaged is not None and damaged[0] >= MIN_PLAUSIBILITY:
        return damaged[2]
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    if best is not None:
        return best[2]
    raise UnusableFile("could not be decoded as UTF-8, UTF-16, GB18030 or Big5")


def _mixed_reading(data: bytes) -> tuple[str, str] | None:
    """``(text, name)`` of ``data`` read line by line as UTF-8 or else GB18030, or ``None``.

    Each line holding non-ASCII bytes takes the first of the two that decodes it strictly into plausible
    text (so a short GBK line that happens to be valid UTF-8, such as 说 read as ``˵``, stays GBK); the
    reading is taken only when every line reads so and both encodings are needed. Splitting at ``\n`` is
    safe: that byte is never part of a multi-byte character in either encoding.
    """
    raws = data.split(b"\n")
    # UTF-8 first: on a GBK file every strict UTF-8 decode fails at its first byte, so this costs little
    utf8 = [None if raw.isascii() else _plausible_line(raw, "utf-8") for raw in raws]
    n_utf8 = sum(t is not None for t in utf8)
    if not n_utf8:
        return None
    lines, n_gb = [], 0
    for raw, text in zip(raws, utf8):
        if text is None and not raw.isascii():
            text = _plausible_line(raw, "gb18030")
            if text is None:
                return None
            n_gb += 1
        lines.append(raw.decode("ascii") if text is None else text)
    if not n_gb:
        return None
    return "\n".join(lines), f"mixed utf-8 ({_lines(n_utf8)}) and gb18030 ({_lines(n_gb)})"


def _lines(n: int) -> str:
    return f"{n} line" + ("s" if n != 1 else "")


def _plausible_line(raw: bytes, encoding: str) -> str | None:
    text = _strict(raw, encoding)
    return text if text is not None and plausibility(text) >= MIN_PLAUSIBILITY else None


def _stray_nuls(data: bytes) -> bool:
    """Whether ``data`` (not UTF-16) holds NUL bytes that are no part of its text: padding left at the end by
    a failed copy or sync, or a few strays (at most :data:`MAX_NUL_SHARE`), beside other text."""
    nul = data.count(b"\x00")
    if not nul:
        return False
    padding = len(data) - len(data.rstrip(b"\x00"))
    return (nul == padding or nul <= MAX_NUL_SHARE * len(data)) and bool(data.replace(b"\x00", b"").strip())


def _without_nuls(data: bytes, declared: str | None) -> tuple[str, str]:
    """:func:`decode_bytes` of ``data`` without its NUL bytes, the encoding name counting them."""
    nul = data.count(b"\x00")
    text, enc = decode_bytes(data.replace(b"\x00", b""), declared=declared)
    return text, f"{enc} ({nul} NUL byte{'s' if nul > 1 else ''} dropped)"


def _best_chinese_reading(data: bytes, damage_share: float):
    """``(plausibility, -rank, (text, name))`` of the most plausible GB18030/Big5/CP950 reading (ties to the
    earlier), or ``None`` when none decodes within the undecodable bytes allowed."""
    scored = []
    for rank, enc in enumerate(("gb18030", "big5", "cp950")):
        found = _lenient(data, enc, damage_share=damage_share)
        if found is not None:
            scored.append((plausibility(found[0]), -rank, found))
    return max(scored, default=None)


_LONG_DAMAGE = re.compile("\ufffd{%d,}" % (MAX_DAMAGE_RUN + 1))
_WIDE_CHAR = re.compile(r"[\u0800-\ufffc\U00010000-\U0010ffff]")
_LATIN_SUPPLEMENT = re.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def _undo_double_encoding(text: str, encoding: str) -> tuple[str, str]:
    """Text that was UTF-8, read as Latin-1 or Windows-1252 (``ä¸­å…±`` for 中共) or as GBK (``涓叡`` for 中共,
    ``銆?`` for 。) and saved again as UTF-8: its Chinese back, when the bytes it stands for are valid UTF-8
    (for GBK, bytes the wrong reading replaced are lost, and counted); other text unchanged."""
    sample = text[:PLAUSIBILITY_SAMPLE]  # enough to tell; every UTF-8 document passes here
    if len(_CJK.findall(sample)) * 100 >= len(sample):
        return _undo_gbk_reading(text, encoding)
    if len(_LATIN_SUPPLEMENT.findall(sample)) * 10 < len(sample):
        return text, encoding
    for wrong, table in (("latin-1", None), ("windows-1252", _sloppy_cp1252())):
        try:
            raw = text.encode("latin-1") if table is None else bytes(table[c] for c in text)
            repaired = raw.decode("utf-8")
        except (UnicodeError, KeyError):
            continue
        if len(_CJK.findall(repaired)) * 4 >= len(repaired):
            return repaired, f"{encoding} (double-encoded: UTF-8 read as {wrong}; repaired)"
    return text, encoding


# What Chinese punctuation becomes when its UTF-8 bytes are read as GBK: 。、 start with E3 80 (``銆``), the
# full-width ，：；（） with EF BC (``锛``). In such a copy they are frequent and the real marks are rare.
_GBK_MOJIBAKE = re.compile("[銆锛]")
_CN_MARKS = re.compile("[，。、；：]")
_LOST_RUN = re.compile("\ufffd+")


def _undo_gbk_reading(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:PLAUSIBILITY_SAMPLE]
    odd, marks = len(_GBK_MOJIBAKE.findall(sample)), len(_CN_MARKS.findall(sample))
    if odd * 100 < len(sample) or odd < 3 * marks:
        return text, encoding
    # a U+FFFD the wrong reading left stands for lost bytes: 0xFF (never in UTF-8) keeps their place
    raw = b"\xff".join(part.encode("gbk", errors="replace") for part in text.split("\ufffd"))
    repaired = _LOST_RUN.sub("\ufffd", raw.decode("utf-8", errors="replace"))
    if len(_CN_MARKS.findall(repaired[:PLAUSIBILITY_SAMPLE])) < 3 * max(1, marks) \
            or len(_CJK.findall(repaired)) * 2 < len(repaired):
        return text, encoding
    lost = repaired.count("\ufffd")
    return repaired, (f"{encoding} (double-encoded: UTF-8 read as GBK; repaired, "
                      f"{lost:,} characters lost)")


@functools.lru_cache(maxsize=1)
def _sloppy_cp1252() -> dict[str, int]:
    """Character -> byte of Windows-1252 as browsers read it: its five undefined bytes (0x81, 0x8D,
    0x8F, 0x90, 0x9D) stand for themselves, as in Latin-1, so every byte has a character."""
    table = {}
    for b in range(256):
        try:
            table[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            table[chr(b)] = b
    return table


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return (text, best.encoding) if plausibility(text) >= MIN_PLAUSIBILITY else None


# Characters that carry no text: zero-width space/joiners, word joiner, a byte-order mark inside the text,
# soft hyphen. Copies from web pages and editors scatter them inside words and after numbers.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Radical and compatibility code points standing for ordinary characters: a PDF whose font maps 一 to the Kangxi
# radical ⼀ (U+2F00), 长 to ⻓ (U+2ED3), as some PDF writers' fonts do, copies as ⼀、严格控制⽂件; numbering and
# cues would not see 一、 or 文件. Kangxi radicals and compatibility ideographs have a compatibility mapping
# (NFKC); the simplified radical forms of the CJK Radicals Supplement do not, so their equivalents (Unicode's
# EquivalentUnifiedIdeograph.txt) are listed here. Japanese forms (J-SIMPLIFIED) are left as they are.
_RADICAL_FORM = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")
RADICAL_EQUIVALENTS = {
    "⺰": "纟", "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝", "⻋": "车", "⻌": "辶", "⻐": "钅", "⻓": "长",
    "⻔": "门", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻠": "饣", "⻢": "马", "⻥": "鱼", "⻦": "鸟",
    "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙",
}
# HTML character references left undecoded in a plain-text copy of a page (&nbsp; &ldquo;四风&rdquo;).
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});")
MIN_ENTITIES = 3  # fewer may be the plan's own text (an ampersand in a name)
# A copy out of a PDF whose letter-spacing became spaces: 严 格 控 制 会 议 数 量 不 超 过 4 次 .
_HAN = "\u3400-\u9fff"
_HAN_OR_MARK = "\u3400-\u9fff\u3001-\u303f\uff01-\uff5e0-9"  # Chinese, CJK and full-width marks, digits
_SPACED_PAIR = re.compile(f"[{_HAN}] (?=[{_HAN}])")
_LETTER_SPACE = re.compile(f"(?<=[{_HAN}])[ \u3000](?=[{_HAN_OR_MARK}])|(?<=[{_HAN_OR_MARK}])[ \u3000](?=[{_HAN}])|"
                           f"(?<=[\u3001-\u303f\uff01-\uff5e])[ \u3000](?=[\u3001-\u303f\uff01-\uff5e0-9])|"
                           f"(?<=[0-9])[ ](?=[0-9])")  # 2 0 1 3年, 6 0天
LETTER_SPACED_SHARE = 0.3  # of Chinese characters followed by one space and another Chinese character


# A copy whose Chinese punctuation became "?" on its way through a system without the characters (GBK text
# passed through Latin-1): many "?" and hardly a real mark. Its list numbers are restored by position, so the
# plan keeps its structure: ``?一?`` at a line start is ``（一）``, ``一?`` is ``一、``, ``1?`` is ``1.``; every
# other "?" stays (one character for one, so offsets hold), and sentence ends still cut at it.
MIN_LOST_MARKS = 20
# A copy may lose only some of its marks (pasted together from two sources, a PDF copy whose brackets had
# no Unicode mapping): list numbers that lost their marks at a line start (``?一?``, ``二?``, ``3?`` before a
# Chinese character) are never anything else, so this many of them are restored whatever the rest holds.
MIN_LOST_LIST_MARKS = 2
_LOST_PAREN = re.compile(r"^([ \t\u3000\xa0]*)\?([一二三四五六七八九十]{1,3})\?", re.M)
_LOST_SECTION = re.compile(r"^([ \t\u3000\xa0]*)([一二三四五六七八九十]{1,3})\?", re.M)
_LOST_ARABIC = re.compile(r"^([ \t\u3000\xa0]*)([0-9０-９]{1,2})\?", re.M)
_LOST_LIST_MARK = re.compile(r"^[ \t\u3000\xa0]*(?:\?[一二三四五六七八九十]{1,3}\?|[一二三四五六七八九十]{1,3}\?"
                             r"|[0-9０-９]{1,2}\?)(?=[\u4e00-\u9fff])", re.M)
_REAL_MARKS = re.compile("[，。、；：（）“”]")


def _punctuation_lost_to_question_marks(text: str) -> bool:
    lost = text.count("?")
    return lost >= MIN_LOST_MARKS and lost > 3 * len(_REAL_MARKS.findall(text)) and count_cjk(text) > 4 * lost


def _restore_list_marks(text: str) -> tuple[str, int]:
    text, a = _LOST_PAREN.subn(r"\1（\2）", text)
    text, b = _LOST_SECTION.subn(r"\1\2、", text)
    text, c = _LOST_ARABIC.subn(r"\1\2.", text)
    return text, a + b + c


def repair_text(text: str, *, decode_entities: bool) -> tuple[str, list[str]]:
    """Remove invisible format characters; in a plain-text copy of a web page (``decode_entities``), decode
    the HTML character references left in it (twice when ``&amp;ldquo;`` was encoded twice); in a copy
    out of a PDF whose letter-spacing became spaces (a space after ``LETTER_SPACED_SHARE`` of the Chinese
    characters), remove the single spaces next to Chinese characters; radical and compatibility forms become the
    characters they stand for (``⼀`` → ``一``; one character for one). Returns the text and notes for the
    ``encoding`` column (``"12 invisible characters removed"``)."""
    import html

    notes = []
    n = len(_INVISIBLE.findall(text))
    if n:
        text = _INVISIBLE.sub("", text)
        notes.append(f"{n} invisible characters removed")
    if _RADICAL_FORM.search(text):
        text, n = _RADICAL_FORM.subn(_unified_character, text)
        n -= len(_RADICAL_FORM.findall(text))  # forms with no equivalent stay and are not counted
        if n:
            notes.append(f"{n} radical forms read as the characters they stand for (⼀ → 一)")
    if decode_entities and len(_ENTITY.findall(text)) >= MIN_ENTITIES:
        for _ in range(2):
            text = html.unescape(text)
        notes.append("HTML entities decoded")
    if _punctuation_lost_to_question_marks(text):
        text, n = _restore_list_marks(text)
        notes.append(f"punctuation lost to '?'; {n} list numbers restored")
    elif len(_LOST_LIST_MARK.findall(text)) >= MIN_LOST_LIST_MARKS:
        text, n = _restore_list_marks(text)
        notes.append(f"some punctuation lost to '?'; {n} list numbers restored")
    if len(_SPACED_PAIR.findall(text)) >= LETTER_SPACED_SHARE * max(1, count_cjk(text)):
        text = _LETTER_SPACE.sub("", text)  # single spaces next to Chinese; line breaks and ASCII words kept
        notes.append("letter-spacing removed")
    return text, notes


def _unified_character(m: re.Match) -> str:
    """The ordinary (unified) character a radical or compatibility form stands for, or the form itself."""
    import unicodedata

    form = m.group(0)
    char = RADICAL_EQUIVALENTS.get(form) or unicodedata.normalize("NFKC", form)
    return char if len(char) == 1 and "\u3400" <= char <= "\u9fff" else form


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading byte-order mark is dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# --- checks on the decoded text ----------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc without tab, newlines, \v, \f


def count_cjk(text: str, start: int = 0, end: int | None = None) -> int:
    """Chinese characters (CJK unified ideographs) in ``text[start:end]``."""
    return len(_CJK.findall(text, start, len(text) if end is None else end))


def check_text(text: str, *, min_cjk_chars: int) -> int:
    """Raise :class:`UnusableFile` when ``text`` is empty, binary, or has too few CJK characters;
    return its number of Chinese characters."""
    if not text.strip():
        raise UnusableFile("the file is empty (no characters other than white space)")
    controls = len(_CONTROL.findall(text))
    if not _CJK.search(text) and len(_LATIN_SUPPLEMENT.findall(text)) * 10 >= len(text):
        raise UnusableFile("mojibake: the text looks like UTF-8 read as Latin-1/Windows-1252 and saved again "
                           "(ä¸­å…± for 中共), and could not be repaired; save the original file again")
    if "\x00" in text:
        raise UnusableFile(f"binary file: {text.count(chr(0)):,} NUL characters in {len(text):,} characters "
                           "(or a UTF-16 file with bytes lost or added)")
    if controls > max(2, MAX_CONTROL_SHARE * len(text)):
        raise UnusableFile(f"binary file: {controls:,} control characters in {len(text):,} characters")
    n_cjk = len(_CJK.findall(text))
    if n_cjk < min_cjk_chars:
        raise UnusableFile(f"nothing recognisable as a plan: {n_cjk:,} Chinese characters, "
                           f"fewer than the minimum of {min_cjk_chars:,} (min_cjk_chars)")
    return n_cjk


# --- traditional characters --------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def traditional_map() -> dict[str, str]:
    """Character-level traditional -> simplified map of OpenCC (``TSCharacters``), first choice only."""
    from importlib import resources

    path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    pairs = (ln.rstrip("\n").split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if "\t" in ln)
    return {k: v.split(" ")[0] for k, v in pairs if k != v.split(" ")[0]}


# OpenCC leaves 覆 alone (it is also a simplified character), but in traditional texts 答覆/批覆/回覆
# are the forms of simplified 答复/批复/回复; 衞 is the Hong Kong form of 卫. Same length, so offsets
# are unaffected.
_T2S_FIXES = {"衞": "卫", "批覆": "批复", "答覆": "答复", "回覆": "回复", "函覆": "函复", "覆函": "复函", "覆核": "复核",
              "覆查": "复查", "覆議": "复议", "覆议": "复议", "反覆": "反复", "覆信": "复信"}
_T2S_FIX_RE = re.compile("|".join(_T2S_FIXES))


_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")  # the ranges of _is_han


@functools.lru_cache(maxsize=1)
def _traditional_han() -> re.Pattern:
    """One character class of the Han characters that change under traditional->simplified."""
    chars = sorted(c for c in traditional_map() if len(c) == 1 and _is_han(c))
    return re.compile("[%s]" % "".join(re.escape(c) for c in chars)) if chars else re.compile(r"(?!)")


def traditional_share(text: str) -> tuple[int, int]:
    """``(Han characters that change under traditional->simplified, Han characters)`` of ``text``."""
    # counted by regular expressions in C, not by a Python loop over every character
    return _traditional_han().subn("", text)[1], _HAN.subn("", text)[1]


def is_traditional(text: str) -> bool:
    """At least :data:`TRADITIONAL_SHARE` of the Han characters (and :data:`MIN_TRADITIONAL_CHARS`) are traditional."""
    changed, han = traditional_share(text)
    return changed >= MIN_TRADITIONAL_CHARS and changed >= TRADITIONAL_SHARE * han


@functools.lru_cache(maxsize=1)
def _opencc_t2s():
    from opencc import OpenCC

    return OpenCC("tw2s")  # t2s plus Taiwan variants: 著力/隨著 -> 着力/随着, which plain t2s leaves


def to_simplified(text: str) -> tuple[str, bool]:
    """``(text, converted)``: traditional text converted with OpenCC ``tw2s``, other text unchanged.

    OpenCC's tables map one character to one character and phrases to phrases of the same length,
    so offsets before and after agree; if a future table breaks that, offsets still index the
    returned text (the only text later stages see).
    """
    if not is_traditional(text):
        return text, False
    out = _opencc_t2s().convert(text)
    return _T2S_FIX_RE.sub(lambda m: _T2S_FIXES[m.group()], out), True


# --- Word .docx --------------------------------------------------------------------------------

_OFFICE_ZIP = {  # kind -> (what the user calls it, the member every such package has)
    "docx": (".docx", "word/document.xml", "a Word .docx document"),
    "xlsx": (".xlsx", "xl/workbook.xml", "an Excel .xlsx workbook"),
    "ofd": (".ofd", "OFD.xml", "an OFD document"),
    "odt": (".odt", "content.xml", "an OpenDocument text"),
}


def xml_parser():
    """The lxml parser every XML part of a document is read with: no entities resolved, no network access,
    lxml's default size limits (documents are parsed, never trusted)."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def check_office_zip(data: bytes, *, max_bytes: int, kind: str = "docx") -> None:
    """Refuse an Office zip package (``kind`` "docx" or "xlsx"; also "ofd", the same kind of package) before
    parsing it: a broken archive, too many members, zip bombs, XML that declares a DTD or entities, or no main
    part for ``kind``."""
    name, main, what = _OFFICE_ZIP[kind]
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:  # a damaged directory
        # (NotImplementedError: a damaged "version needed" field reads as a zip version Python cannot open)
        raise UnusableFile(f"not a valid {name} (broken zip archive: {exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > DOCX_MAX_MEMBERS:
            raise UnusableFile(f"suspicious {name}: {len(infos):,} zip members (limit {DOCX_MAX_MEMBERS:,})")
        total, limit = sum(i.file_size for i in infos), DOCX_UNCOMPRESSED_FACTOR * max_bytes
        if total > limit:
            raise UnusableFile(f"suspicious {name} (zip bomb?): {total:,} bytes uncompressed, over {limit:,}")
        for i in infos:
            if i.file_size > 1_000_000 and i.file_size > DOCX_MAX_RATIO * max(i.compress_size, 1):
                raise UnusableFile(f"suspicious {name} (zip bomb?): member {i.filename} expands "
                                   f"{i.file_size / max(i.compress_size, 1):,.0f} times")
        if main not in zf.namelist():
            raise UnusableFile(f"not {what} (no {main} in the zip)")
        for i in infos:
            if not i.filename.endswith((".xml", ".rels")):
                continue
            try:
                member = zf.read(i)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError,
                    RuntimeError) as exc:  # RuntimeError: a flag bit says the member is encrypted
                # a download cut short or bytes damaged in storage: the zip's directory reads, a member does not
                raise UnusableFile(f"not a valid {name} (damaged zip member {i.filename}: {exc})") from None
            if re.search(rb"<!(?:DOCTYPE|ENTITY)", member, re.I):
                raise UnusableFile(f"refused {name}: {i.filename} declares a DTD/entities (never used by Office)")


def docx_to_text(data: bytes, *, max_bytes: int) -> str:
    """The text of a ``.docx`` as it reads now: each paragraph, and each table cell's paragraph, on a line
    of its own. Tracked changes count as accepted (insertions kept, deletions dropped); paragraphs inside
    content controls are read; a text box's paragraphs follow the paragraph it is anchored in."""
    check_office_zip(data, max_bytes=max_bytes, kind="docx")
    import docx  # python-docx parses with resolve_entities=False; DTDs were refused above anyway

    try:
        document = docx.Document(io.BytesIO(_as_plain_document(data)))
    except Exception as exc:  # python-docx raises many kinds on malformed packages
        reason = _BYTES_IO.sub("the file", f"{type(exc).__name__}: {exc}")  # no memory address in the reason
        raise UnusableFile(f"not a readable Word .docx document ({reason})") from None
    return "\n".join(_docx_lines(document.element.body, document._body, ListNumbers.from_docx(document)))


# Pictures OCR can read (a scan pasted into Word); vector drawings (EMF/WMF) and others are not scans.
_SCAN_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif")


def docx_images(data: bytes) -> list[bytes]:
    """The pictures a ``.docx`` shows (PNG, JPEG, TIFF, BMP, GIF), in the order its body shows them, each
    once: the pages of a scan pasted into a Word file. Call after :func:`docx_to_text` (which checks the package)."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(_as_plain_document(data)))
    parts, out, seen = document.part.related_parts, [], set()
    for el in document.element.body.iter(qn("a:blip"), "{urn:schemas-microsoft-com:vml}imagedata"):
        rid = el.get(qn("r:embed")) or el.get(qn("r:id"))
        part = parts.get(rid) if rid else None
        if part is not None and part.content_type in _SCAN_TYPES and rid not in seen:
            seen.add(rid)
            out.append(part.blob)
    return out


_BYTES_IO = re.compile(r"'?<_io\.BytesIO object at 0x[0-9a-fA-F]+>'?")
# The main part of a macro-enabled document (.docm) or a template (.dotx, .dotm) holds the same WordprocessingML
# as a .docx; python-docx opens only the .docx content type.
_WORD_VARIANTS = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                  b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                  b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_plain_document(data: bytes) -> bytes:
    """``data`` with a ``.docm``/``.dotx``/``.dotm`` main part declared as a ``.docx`` one (the package rewritten in
    memory; macros are never run or read), else ``data`` itself."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        try:
            types = zf.read("[Content_Types].xml")
        except KeyError:
            return data
        if not any(v in types for v in _WORD_VARIANTS):
            return data
        for variant in _WORD_VARIANTS:
            types = types.replace(variant, _DOCUMENT_TYPE)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for info in zf.infolist():
                new.writestr(info.filename, types if info.filename == "[Content_Types].xml" else zf.read(info))
    return out.getvalue()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Runs whose text is not in the document as it reads now: tracked deletions and moves away; a text box's
# runs are read as its own paragraphs; Word's VML copy of a text box (mc:Fallback) is never read.
_NOT_READ_IN = {_W + "del", _W + "moveFrom", _W + "txbxContent",
                "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _inside_skipped(el, stop) -> bool:
    """Whether ``el`` or an ancestor below ``stop`` is one of :data:`_NOT_READ_IN`."""
    while el is not None and el is not stop:
        if el.tag in _NOT_READ_IN:
            return True
        el = el.getparent()
    return False


def _paragraph_text(p) -> str:
    """A ``w:p``'s text from all its runs: inside insertions, hyperlinks, fields and content controls too
    (python-docx's ``Paragraph.text`` reads only direct runs and hyperlinks); hidden runs are left out."""
    return "".join(r.text for r in p.iter(_W + "r") if not _inside_skipped(r.getparent(), p) and not _hidden(r))


def _hidden(run) -> bool:
    """Whether a ``w:r`` is hidden text (``w:vanish`` set on the run): Word neither shows nor prints it."""
    props = run.find(_W + "rPr")
    vanish = props.find(_W + "vanish") if props is not None else None
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


def _blocks(el):
    """The paragraphs and tables under a body, cell or text box element in reading order, content
    controls (``w:sdt``) and custom XML opened."""
    for child in el.iterchildren():
        if child.tag in (_W + "p", _W + "tbl"):
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag == _W + "customXml":
            yield from _blocks(child)


def is_data_table(flat: list[bool], widths: list[int], header: list[str]) -> bool:
    """Whether a Word table is a table of data rather than a layout: most rows hold one paragraph per cell
    (``flat``), or its first row is a header (``序号  问题  整改措施  责任单位…``, three or more cells) and most
    rows have its width (a 整改清单 whose measure cells hold two or three numbered paragraphs each).

    ``widths``: the number of cells per row; ``header``: the first row's cell texts."""
    from .plan_body import TABLE_HEADER_CELLS

    if 2 * sum(flat) > len(flat):
        return True
    return (len(header) >= 3 and header[0] in TABLE_HEADER_CELLS
            and 2 * sum(1 for w in widths if w == len(header)) > len(widths))


def _docx_lines(el, parent, numbers: ListNumbers):
    """Paragraph texts under a body, table cell or text box element, in reading order; ``parent`` is the
    python-docx object owning them (for styles). A paragraph of a Word list starts with the number Word
    draws for it (``1.``, ``（一）``), which is not in its text. A table row whose cells each hold one
    paragraph is one line, its cells split by tabs (``1\t精简会议\t县委办``); other rows (layout tables
    whose cells hold paragraphs) give each cell's paragraphs on lines of their own."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in _blocks(el):
        if block.tag == _W + "p":
            yield numbers.label(Paragraph(block, parent)) + _paragraph_text(block)
            for box in block.iter(_W + "txbxContent"):
                if not _inside_skipped(box.getparent(), block):  # once: not the VML copy, not a nested box
                    yield from _docx_lines(box, parent, numbers)
            continue
        seen = set()  # holds the elements themselves, so their identity stays stable
        rows = []
        for row in Table(block, parent).rows:
            cells = []
            for cell in row.cells:
                if cell._tc not in seen:  # merged cells are returned once per grid column and row
                    seen.add(cell._tc)
                    cells.append(cell)
            rows.append(cells)
        # a data table (see is_data_table): its rows are read as rows, a cell of two paragraphs as one (rather
        # than cell by cell, as a layout table's cells are)
        flat = [len(c) > 1 and all(len(x.paragraphs) == 1 and not x.tables for x in c) for c in rows]
        data_table = is_data_table(flat, [len(c) for c in rows], [x.text.strip() for x in rows[0]] if rows else [])
        for cells, is_flat in zip(rows, flat):
            if len(cells) > 1 and (is_flat or data_table and not any(c.tables for c in cells)):
                yield "\t".join(" ".join(numbers.label(x) + _paragraph_text(x._p).strip() for x in c.paragraphs).strip()
                                 for c in cells)
            else:
                for cell in cells:
                    yield from _docx_lines(cell._tc, cell, numbers)
