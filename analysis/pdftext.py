"""PDF to text: the text layer of a PDF plan, one paragraph per line, pages separated by a form feed.

Government plans are published as PDFs made from Word or WPS: one column, paragraphs wrapped at the right
margin, a first line indented by two characters, page numbers (``— 3 —``) at the foot. pdfminer.six reads
each glyph with its position and its Unicode value; this module rebuilds the lines and paragraphs:

* **Lines** are glyphs whose vertical centres lie within :data:`SAME_LINE` of a glyph height, read left
  to right, a space where two glyphs stand more than :data:`WORD_GAP` heights apart. (pdfminer's own line
  grouping puts full-width quotes set in another font on a line of their own, so ``“三公”经费`` would lose
  its quotes to the line above.)
* **Paragraphs**: a line joins the one before it unless that line stops short of the right margin (by
  more than :data:`SHORT_LINE` character widths: the last line of a paragraph), this one is indented
  (by :data:`INDENT` character widths, or opens with white space), a blank band lies between them, or
  this one opens with a list number right after a line that ended a sentence. A paragraph never runs
  across a page: a page ends its paragraphs, and the next page starts after ``\\f``.

Nothing in the PDF is run. A PDF without a text layer (a scan), with fonts that carry no Unicode map, or
protected by a password is refused with the reason (:class:`analysis.loaders.UnusableFile`).
"""
from __future__ import annotations

import contextlib
import io
import logging
import re
import statistics

from .loaders import UnusableFile

SAME_LINE = 0.45  # glyph centres this many glyph heights apart or closer sit on one line
WORD_GAP = 0.6  # a gap wider than this many glyph heights between two glyphs is a space
SHORT_LINE = 3.0  # a line ending this many character widths before the right margin ends its paragraph
INDENT = 1.2  # a line starting this many character widths right of the left margin starts a paragraph
UNMAPPED_MAX_SHARE = 0.05  # glyphs without a Unicode value ("(cid:123)") above this share: unreadable

_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[。；！？：:;!?]\s*$")
_LIST_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.．、]|"
                         r"第[一二三四五六七八九十百]+[章条])")
_UNMAPPED = re.compile(r"\(cid:\d+\)")


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF's pages (bytes in), paragraphs one per line, pages joined by ``"\\n\\f"``."""
    from pdfminer.high_level import extract_pages
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages = []
    try:
        with _quiet("pdfminer"):  # a damaged PDF makes it log a warning per broken object
            for layout in extract_pages(io.BytesIO(data), laparams=None):
                pages.append(_page_lines(list(_glyphs(layout))))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnusableFile("the PDF is password-protected (or encrypted in a way that cannot be read); "
                           "save an unprotected copy, .docx or .txt") from None
    except Exception as exc:  # noqa: BLE001  pdfminer raises many kinds on a damaged file
        raise UnusableFile(f"not a readable PDF ({type(exc).__name__}: {exc}); a download cut short reads "
                           "like this: fetch it again") from None
    if not any(line[4].strip() for page in pages for line in page):
        raise UnusableFile("the PDF has no text layer (a scanned image?): run OCR on it, or save the plan as "
                           ".docx or .txt")
    text = "\n\f".join(_paragraphs(page) for page in pages) + "\n"
    unmapped = len(_UNMAPPED.findall(text))
    if unmapped > UNMAPPED_MAX_SHARE * len(text):
        raise UnusableFile(f"the PDF's fonts give no characters for {unmapped:,} glyphs (no Unicode map): its text "
                           "cannot be read; save the plan as .docx or .txt, or run OCR on it")
    return text


@contextlib.contextmanager
def _quiet(name: str):
    """Errors only from logger ``name`` inside the block; its level is restored after it."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _glyphs(obj):
    """Every glyph (``LTChar``) of a page layout, in any container depth."""
    from pdfminer.layout import LTChar

    if isinstance(obj, LTChar):
        yield obj
    elif hasattr(obj, "__iter__"):
        for child in obj:
            yield from _glyphs(child)


def _page_lines(glyphs: list) -> list[tuple[float, float, float, float, str]]:
    """The page's lines, top to bottom: ``(x0, x1, y0, y1, text)`` in PDF points."""
    if not glyphs:
        return []
    height = statistics.median(g.height for g in glyphs) or 10.0
    rows: list[list] = []
    for g in sorted(glyphs, key=lambda g: -(g.y0 + g.y1) / 2):
        centre = (g.y0 + g.y1) / 2
        if rows and abs(rows[-1][0] - centre) <= SAME_LINE * height:
            rows[-1][1].append(g)
        else:
            rows.append([centre, [g]])
    lines = []
    for _, row in rows:
        row.sort(key=lambda g: g.x0)
        parts, prev = [], None
        for g in row:
            if prev is not None and g.x0 - prev.x1 > WORD_GAP * height and parts and not parts[-1].endswith(" "):
                parts.append(" ")
            parts.append(g.get_text())
            prev = g
        lines.append((row[0].x0, row[-1].x1, min(g.y0 for g in row), max(g.y1 for g in row), "".join(parts)))
    return lines


def _paragraphs(lines: list[tuple[float, float, float, float, str]]) -> str:
    """One page's lines joined into paragraphs (see the module docstring), one per line."""
    if not lines:
        return ""
    body = [ln for ln in lines if len(ln[4].strip()) >= 4] or lines  # page numbers do not set the margins
    left, right = min(ln[0] for ln in body), max(ln[1] for ln in body)
    widths = [(ln[1] - ln[0]) / len(ln[4].strip()) for ln in body if _CJK.search(ln[4])]
    em = statistics.median(widths) if widths else 10.0
    paras, prev = [lines[0][4]], lines[0]
    for ln in lines[1:]:
        x0, _x1, _y0, y1, text = ln
        new = (prev[1] < right - SHORT_LINE * em or x0 > left + INDENT * em or text[:1] in " \u3000\t"
               or prev[2] - y1 > 1.2 * (y1 - ln[2])
               or (_LIST_START.match(text) and _SENTENCE_END.search(prev[4])))
        if new:
            paras.append(text)
        else:  # a wrapped line: CJK joins without a space, two Latin words keep one
            a, b = paras[-1][-1:], text.lstrip()[:1]
            paras[-1] += (" " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else "") + text.lstrip()
        prev = ln
    return "\n".join(paras)
