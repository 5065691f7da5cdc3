"""The corpus stage: the manifest read and checked, each listed file loaded into the text every later
offset indexes into, and the page furniture in it recognised.

* :func:`read_manifest` — ``<corpus>/manifest.csv`` (or ``manifest.xlsx``) as a DataFrame of strings, or :class:`ManifestError`
  naming the file, the row and the column of each problem.
* :func:`load_document` — one file's bytes to a :class:`LoadedDocument` (text, encoding, format,
  traditional flag, SHA-256, furniture spans), or :class:`UnusableFile` with the reason.
* :func:`load_stage` — the pipeline's first per-document stage: tables ``documents``, ``texts``,
  ``furniture`` for one manifest entry (schemas in :mod:`analysis.schemas.corpus`).

Manifest rows are counted like a spreadsheet user counts data: ``row 1`` is the first row under the
header (in a spreadsheet program that is row 2, which the message also gives).
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import config
from .furniture import find_furniture
from .htmltext import html_to_text
from .loaders import (UnusableFile, charset_name, check_text, count_cjk, declared_charset, decode_bytes,
                      docx_images, docx_to_text, mhtml_page, normalise_newlines, plausibility, repair_text,
                      sniff_format, to_simplified)
from .odttext import odt_to_text
from .ofdtext import ofd_to_text
from .pdftext import pdf_to_text
from .rtftext import rtf_to_text
from .sheets import cell_text, xls_to_text, xlsx_to_text
from .wordbin import doc_images, doc_to_text
from .wordml import wordml_to_text
from .schemas.corpus import MANIFEST_COLUMNS

__all__ = ["ManifestError", "UnusableFile", "LoadedDocument", "read_manifest", "load_document", "load_stage",
           "MAX_FILE_BYTES", "MIN_CJK_CHARS", "entry_path"]

MANIFEST_NAMES = ("manifest.csv", "manifest.xlsx")  # looked for in this order
MAX_FILE_BYTES = 20_000_000  # default size limit (parameter ``max_file_bytes``)
MIN_CJK_CHARS = 50  # fewer Chinese characters than this is not a plan (parameter ``min_cjk_chars``)
SCANNED_DOCX_MAX_CHARS = 100  # a .docx with fewer characters of its own than this and pictures: a pasted scan (OCR)
# Year first, as dates are written in China: 2013, 2013-02, 2013-02-06, and as a spreadsheet on a
# Chinese system saves them (2013/2/6, 2013.2.6) or as plans print them (2013年2月6日, 2013年2月).
_DATE = re.compile(r"(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?)?\s*年?")


class ManifestError(ValueError):
    """The manifest cannot be used; the message names the file, the row and the column of each problem."""


# --- manifest ----------------------------------------------------------------------------------

def manifest_path(corpus_dir: Path) -> Path:
    """The corpus's manifest: ``manifest.csv``, else ``manifest.xlsx`` (its first sheet), as researchers
    keep one in Excel or WPS; ``manifest.csv`` when neither exists (the error then names it)."""
    for name in MANIFEST_NAMES:
        if (Path(corpus_dir) / name).is_file():
            return Path(corpus_dir) / name
    return Path(corpus_dir) / MANIFEST_NAMES[0]


def read_manifest(corpus_dir: Path) -> pd.DataFrame:
    """Read and check the manifest (:func:`manifest_path`): ``manifest.csv`` (UTF-8 with or without BOM,
    UTF-16 with BOM, or GB18030/GBK as spreadsheet programs on mainland Chinese systems save CSV), or the
    first sheet of ``manifest.xlsx`` (a date cell becomes ``YYYY-MM-DD``, a whole number loses its ``.0``).

    Returns one row per document in manifest order, every column (required ones first as in the file,
    extra ones kept) as strings with surrounding white space removed; empty optional fields are ``""``.
    Raises :class:`ManifestError` listing every problem found (missing column, empty or duplicate
    ``doc_id``, unknown ``level``, a ``file`` that is empty, absolute, outside the corpus folder or
    missing, a ``date`` that is not a real date written year first). Dates come out as ``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD`` (:func:`iso_date`), however the spreadsheet wrote them, and levels
    as their codes (a level may be named as ``levels.csv`` lists: 省级, 县, prefecture …).
    """
    corpus_dir = Path(corpus_dir)
    path = manifest_path(corpus_dir)
    header, rows, encoding = _read_xlsx_rows(path) if path.suffix == ".xlsx" else _read_csv_rows(path)
    # a corrupted UTF-8 file read as GB18030 turns its Chinese into other characters: say so
    note = [f"{path}: (read as GB18030/GBK, since it is not valid UTF-8)"] if encoding == "gb18030" else []
    problems = _check_header(path, header)
    if problems:
        raise ManifestError("\n".join(problems + note))
    df = pd.DataFrame(rows, columns=header, dtype="string").fillna("")
    for col in df.columns:
        df[col] = df[col].str.strip()
    aliases = config.level_aliases()  # every name of a level -> its code (levels.csv read once)
    problems = _check_rows(path, df, corpus_dir, aliases)
    if problems:
        raise ManifestError("\n".join(problems + note))
    df["date"] = df["date"].map(iso_date).astype("string")
    df["level"] = df["level"].str.lower().map(aliases).astype("string")  # 省级, 县 -> codes
    return df


def _read_csv_rows(path: Path) -> tuple[list[str], list[list[str]], str]:
    """Header, rows (padded to the header's length) and the encoding the manifest was read in."""
    if not path.is_file():
        raise ManifestError(f"{path}: no manifest.csv (or manifest.xlsx) in the corpus folder")
    text, encoding = _decode_manifest(path, path.read_bytes())
    try:
        records = [r for r in csv.reader(io.StringIO(text, newline="")) if any(cell.strip() for cell in r)]
    except csv.Error as exc:
        raise ManifestError(f"{path}: not a valid CSV file ({exc})") from None
    return (*_header_and_rows(path, records), encoding)


def _read_xlsx_rows(path: Path) -> tuple[list[str], list[list[str]], str]:
    """Header and rows of the first sheet of a ``.xlsx`` manifest, each cell as text (:func:`analysis.sheets.cell_text`)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001  openpyxl raises many kinds on a damaged or foreign file
        raise ManifestError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc}); "
                            "save it again from Excel/WPS, or as CSV (UTF-8)") from None
    try:
        records = [[cell_text(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    records = [r for r in records if any(cell.strip() for cell in r)]
    if records:  # formatted but empty cells right of the table are no columns
        width = max(i + 1 for r in records for i, cell in enumerate(r) if cell.strip())
        records = [r[:width] for r in records]
    return (*_header_and_rows(path, records), "xlsx")


def _header_and_rows(path: Path, records: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The header and the rows padded to its length; :class:`ManifestError` for no rows or a long row."""
    if not records:
        raise ManifestError(f"{path}: the file is empty (a header row and one row per document are needed)")
    header = [h.strip() for h in records[0]]
    rows = []
    for n, rec in enumerate(records[1:], start=1):
        if len(rec) > len(header):
            raise ManifestError(f"{_where(path, n)}: {len(rec)} fields but the header has {len(header)}")
        rows.append(rec + [""] * (len(header) - len(rec)))
    if not rows:
        raise ManifestError(f"{path}: lists no documents (only a header row)")
    return header, rows


# Encodings a manifest may come in, tried strictly in this order after a byte-order mark: UTF-8, then
# GB18030 (a superset of GBK/GB2312: what Excel writes for "CSV" on a mainland Chinese Windows).
# Strict, not lenient like the plans: a replaced byte in a file name or doc_id would silently point
# at the wrong document.
_GBK_AS_UTF8 = re.compile(r"[\u0080-\u00af\u00b1-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u07ff]")
_MANIFEST_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode_manifest(path: Path, data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of the manifest's bytes; :class:`ManifestError` naming the file otherwise."""
    for bom, enc in _MANIFEST_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ManifestError(f"{path}: starts with a {enc} byte-order mark but is not valid {enc} "
                                    f"({exc.reason} at byte {exc.start})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    else:
        # Short GBK text can be valid UTF-8 too (缺失 = C8B1 CAA7 reads as "ȱʧ"): characters of
        # U+0080-U+07FF other than ·×÷° are the sign; then the likelier reading wins.
        if _GBK_AS_UTF8.search(text):
            with contextlib.suppress(UnicodeDecodeError):
                gbk = data.decode("gb18030")
                if plausibility(gbk) > plausibility(text):
                    return gbk, "gb18030"
        return text, "utf-8"
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ManifestError(f"{path}: neither UTF-8 ({utf8_error}) nor GB18030/GBK text; "
                            "save it as UTF-8 CSV") from None


def _where(path: Path, row: int, column: str | None = None) -> str:
    col = f", column {column!r}" if column else ""
    return f"{path} row {row} (spreadsheet row {row + 1}){col}"


def _check_header(path: Path, header: list[str]) -> list[str]:
    problems = [f"{path} header row, column {c!r}: missing required column (required: {', '.join(MANIFEST_COLUMNS)})"
                for c in MANIFEST_COLUMNS if c not in header]
    seen = set()
    for c in header:
        if c in seen:
            problems.append(f"{path} header row, column {c!r}: the column appears twice")
        if not c:
            problems.append(f"{path} header row: a column has no name")
        seen.add(c)
    return problems


def _check_rows(path: Path, df: pd.DataFrame, corpus_dir: Path, aliases: dict[str, str]) -> list[str]:
    levels = list(dict.fromkeys(aliases.values()))  # the codes, top to bottom
    problems: list[str] = []
    first_doc: dict[str, int] = {}
    first_file: dict[str, int] = {}
    root = corpus_dir.resolve()  # once: resolving walks every component of the path
    for n, rec in enumerate(df.to_dict("records"), start=1):
        def bad(column: str, msg: str):
            problems.append(f"{_where(path, n, column)}: {msg}")

        doc_id = rec["doc_id"]
        if not doc_id:
            bad("doc_id", "empty doc_id (every document needs an identifier)")
        elif doc_id in first_doc:
            bad("doc_id", f"duplicate doc_id {doc_id!r} (already used in row {first_doc[doc_id]})")
        else:
            first_doc[doc_id] = n
        if rec["level"].lower() not in aliases:
            what = f"unknown level {rec['level']!r}" if rec["level"] else "empty level"
            bad("level", f"{what} (expected one of {', '.join(levels)}, or a name for one listed in "
                         "analysis/data/levels.csv, such as 省级 or 县)")
        file_problem = _check_file(rec["file"], corpus_dir, root)
        if file_problem:
            bad("file", file_problem)
        elif rec["file"] in first_file:
            bad("file", f"file {rec['file']!r} is already listed in row {first_file[rec['file']]}")
        else:
            first_file[rec["file"]] = n
        date_problem = _check_date(rec["date"])
        if date_problem:
            bad("date", date_problem)
    return problems


def _check_file(name: str, corpus_dir: Path, root: Path) -> str | None:
    """Why ``name`` is not a usable file path inside ``corpus_dir`` (``root``: it resolved), or ``None``."""
    if not name:
        return "empty file name"
    rel = name.replace("\\", "/")
    if rel.startswith("/") or re.match(r"[A-Za-z]:", rel):
        return f"absolute path {name!r} (give the path relative to the corpus folder)"
    if ".." in rel.split("/"):
        return f"path {name!r} escapes the corpus folder ('..')"
    full = corpus_dir / rel
    if not full.resolve().is_relative_to(root):
        return f"path {name!r} resolves outside the corpus folder (a symbolic link?)"
    if not full.exists():
        return f"file not found: {full}"
    if not full.is_file():
        return f"{full} is not a file"
    return None


def _check_date(value: str) -> str | None:
    """Why ``value`` is not a real date written year first (see :func:`iso_date`), or ``None``; empty is fine."""
    if not value:
        return None
    m = _DATE.fullmatch(value)
    if not m:
        return (f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD "
                "(year first: 2013/2/6 and 2013年2月6日 are read too)")
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        return f"date {value!r} is not a calendar date ({exc})"
    return None


def iso_date(value: str) -> str:
    """A manifest date checked by :func:`_check_date` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
    (``2013/2/6``, ``2013.2.6``, ``2013年2月6日`` -> ``2013-02-06``; ``2013年2月`` -> ``2013-02``); empty stays empty."""
    m = _DATE.fullmatch(value) if value else None
    if m is None:
        return value
    year, month, day = m.groups()
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")


def entry_path(entry: dict, corpus_dir: Path) -> Path:
    """The path of a manifest entry's file (``\\`` read as ``/``)."""
    return Path(corpus_dir) / entry["file"].replace("\\", "/")


# --- one document ------------------------------------------------------------------------------

@dataclass
class LoadedDocument:
    """A file loaded: ``text`` is what every later offset indexes into; ``furniture`` are
    ``(char_start, char_end, furniture_kind)`` spans of it."""

    text: str
    encoding: str
    file_format: str
    is_converted_from_traditional: bool
    sha256: str
    furniture: list[tuple[int, int, str]] = field(default_factory=list)


def load_document(path: Path, *, max_bytes: int = MAX_FILE_BYTES, min_cjk_chars: int = MIN_CJK_CHARS,
                  ocr: bool = True) -> LoadedDocument:
    """Load one plan file (text in any common encoding, HTML page or web archive, Word ``.docx`` or
    ``.doc`` (97–2003, also WPS ``.wps`` in that format), RTF (``.rtf``, or a ``.doc`` holding RTF), Word 2003 XML,
    OpenDocument text (``.odt``), a spreadsheet (``.xlsx``, ``.xls``, WPS ``.et``), an OFD document (``.ofd``),
    a PDF (its text layer, and scanned pages read by OCR unless ``ocr`` is False), or an image (a scan or
    screenshot, read by OCR unless ``ocr`` is False)).

    The text is decoded, stripped of its byte-order mark, has ``\\r\\n``/``\\r`` turned into ``\\n``,
    is reduced to the article (HTML) or paragraphs (docx, PDF), one per line, loses invisible format
    characters (zero-width spaces, soft hyphens), has HTML entities left in a plain-text copy of a page
    decoded, and is converted from traditional to simplified characters when it is traditional (each
    repair but the last is noted in ``encoding``). Nothing else is changed.
    Raises :class:`UnusableFile` (too large, empty, binary, undecodable, unsupported format, too few
    Chinese characters).
    """
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise UnusableFile(f"{size:,} bytes is over the limit of {max_bytes:,} (max_file_bytes)")
    data = path.read_bytes()
    if not data.strip():
        raise UnusableFile("the file is empty (0 bytes)" if not data else "the file is empty (only white space)")
    fmt = sniff_format(path.suffix, data)
    if fmt == "docx":
        text, encoding = _pasted_scan(docx_to_text(data, max_bytes=max_bytes), "utf-8", "docx", docx_images, data, ocr)
    elif fmt == "doc":
        text, encoding = _pasted_scan(doc_to_text(data), "word 97-2003 binary", "doc", doc_images, data, ocr)
    elif fmt == "rtf":
        text, encoding = rtf_to_text(data)
    elif fmt == "wordml":
        text, encoding = wordml_to_text(data), "word 2003 xml"
    elif fmt == "odt":
        text, encoding = odt_to_text(data, max_bytes=max_bytes), "odt (OpenDocument text)"
    elif fmt == "xlsx":
        text, encoding = xlsx_to_text(data, max_bytes=max_bytes)
    elif fmt == "xls":
        text, encoding = xls_to_text(data)
    elif fmt == "ofd":
        text, encoding = ofd_to_text(data, max_bytes=max_bytes, ocr=ocr)
    elif fmt == "pdf":
        text, encoding = pdf_to_text(data, ocr=ocr)
    elif fmt == "image":
        text, encoding = _image_text(data, ocr)
    elif fmt in ("html", "mhtml"):
        # a web archive's page is decoded like any page; the charset of its MIME part counts as declared
        html, part_charset = mhtml_page(data) if fmt == "mhtml" else (data, None)
        page, encoding = decode_bytes(html, declared=declared_charset(html) or charset_name(part_charset))
        check_text(page, min_cjk_chars=0)  # binary junk named as such before the HTML parser sees it
        text = html_to_text(normalise_newlines(page))
        if not text.strip():
            raise UnusableFile("the HTML page holds no article text")
    else:
        text, encoding = decode_bytes(data)
    text, repairs = repair_text(normalise_newlines(text), decode_entities=fmt == "text")
    encoding = "; ".join([encoding, *repairs])
    n_cjk = check_text(text, min_cjk_chars=min_cjk_chars)
    text, converted = to_simplified(text)  # one character for one: the count still holds
    furniture = find_furniture(text)
    n_cjk -= sum(count_cjk(text, s, e) for s, e, _ in furniture)
    if n_cjk < min_cjk_chars:  # a saved page whose article was lost: its title and the site's chrome
        raise UnusableFile(f"no plan text: {n_cjk:,} Chinese characters outside page furniture, fewer than "
                           f"the minimum of {min_cjk_chars:,} (min_cjk_chars)")
    return LoadedDocument(text, encoding, fmt, converted, hashlib.sha256(data).hexdigest(), furniture)


def _pasted_scan(text: str, encoding: str, kind: str, find_images, data: bytes, ocr: bool) -> tuple[str, str]:
    """A Word file's ``(text, encoding)`` (``kind``: ``docx`` or ``doc``); when it has fewer than
    :data:`SCANNED_DOCX_MAX_CHARS` characters of its own and holds pictures (``find_images(data)``: ``docx_images``
    or ``doc_images``, in order), the pages of a scan pasted into it, read by OCR after that text (a typed title)."""
    from . import ocr as ocr_module

    if len("".join(text.split())) >= SCANNED_DOCX_MAX_CHARS:
        return text, encoding
    images = find_images(data)
    if not images:
        return text, encoding
    if not ocr:
        raise UnusableFile(f"a Word document holding {len(images)} picture(s) and hardly any text (a pasted scan?) "
                           "(OCR is switched off: ocr = false)")
    try:
        scanned, how = ocr_module.images_to_text(images, f"{kind} pictures")
    except ocr_module.OcrUnavailable as exc:
        raise UnusableFile(f"a Word document holding pictures (a pasted scan?), and OCR cannot run: {exc}") from None
    except ValueError as exc:
        raise UnusableFile(f"a Word document holding pictures (a pasted scan?): {exc}") from None
    typed = text.strip()
    return (typed + "\n" + scanned if typed else scanned), f"{encoding}; {how}"


def _image_text(data: bytes, ocr: bool) -> tuple[str, str]:
    """An image file's text by OCR (:func:`analysis.ocr.image_to_text`), or :class:`UnusableFile` saying why not."""
    from . import ocr as ocr_module

    if not ocr:
        raise UnusableFile("an image, not a text (OCR is switched off: ocr = false)")
    try:
        text, how = ocr_module.image_to_text(data)
    except ocr_module.OcrUnavailable as exc:
        raise UnusableFile(f"an image, and OCR cannot run: {exc}") from None
    except ValueError as exc:
        raise UnusableFile(str(exc)) from None
    if not text.strip():
        raise UnusableFile("an image on which OCR found no text")
    return text, how


def load_stage(entry: dict, corpus_dir: Path, params: dict) -> dict[str, pd.DataFrame]:
    """The corpus stage for one manifest entry: ``{"documents": 1 row, "texts": 1 row, "furniture": n rows}``
    (columns as the schemas declare; dtypes are fixed when the runner assembles the tables).

    ``params``: ``max_file_bytes`` (default 20,000,000), ``min_cjk_chars`` (default 50), ``ocr`` (default
    True: scanned PDF pages are read by OCR). Raises :class:`UnusableFile` when the file cannot be used.
    """
    doc = load_document(entry_path(entry, corpus_dir),
                        max_bytes=params.get("max_file_bytes", MAX_FILE_BYTES),
                        min_cjk_chars=params.get("min_cjk_chars", MIN_CJK_CHARS),
                        ocr=bool(params.get("ocr", True)))
    doc_id = entry["doc_id"]
    row = dict(entry)
    row.update(source_file=entry["file"], file_format=doc.file_format, encoding=doc.encoding,
               is_converted_from_traditional=doc.is_converted_from_traditional, n_chars=len(doc.text),
               n_measures=0, sha256=doc.sha256)
    furniture = pd.DataFrame([(doc_id, a, b, k) for a, b, k in doc.furniture],
                             columns=["doc_id", "char_start", "char_end", "furniture_kind"])
    # checked against the schemas when the runner assembles the corpus tables
    return {
        "documents": pd.DataFrame([row]),
        "texts": pd.DataFrame([{"doc_id": doc_id, "text": doc.text}]),
        "furniture": furniture,
    }
