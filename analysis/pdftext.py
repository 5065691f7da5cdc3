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
* **Tables** drawn with rules (Word and WPS draw a table's borders as thin lines) are read cell by cell: a
  row is one line of tab-separated cells, as a .docx or HTML table row is read, and a row cut by a page
  break (its first cell empty on the next page) is joined to the row it continues. Tables without rules
  and two-column pages are read line by line across the page.

Nothing in the PDF is run. A PDF without a text layer (a scan), with fonts that carry no Unicode map, or
protected by a password is refused with the reason (:class:`analysis.loaders.UnusableFile`).
"""
from __future__ import annotations

import bisect
import contextlib
import io
import logging
import re
import statistics
from typing import NamedTuple

from .loaders import MIN_PLAUSIBILITY, UnusableFile, plausibility

SAME_LINE = 0.45  # glyph centres this many glyph heights apart or closer sit on one line
WORD_GAP = 0.6  # a gap wider than this many glyph heights between two glyphs is a space
SHORT_LINE = 3.0  # a line ending this many character widths before the right margin ends its paragraph
INDENT = 1.2  # a line starting this many character widths right of the left margin starts a paragraph
GUTTER_GAP = 0.3  # a vertical band of white this many glyph heights wide may be a gutter between columns …
PIECE_GAP = 0.25  # … found, and a row cut at it, where two glyphs stand this many glyph heights apart or more
GUTTER_CROSSINGS = 0.15  # … if at most this share of the page's row pieces run across it (titles, running heads)
COLUMN_MIN_WIDTH = 8.0  # a column is at least this many glyph heights wide …
COLUMN_MIN_LINES = 3  # … and holds at least this many lines …
COLUMN_FULL = 0.85  # … that fill this share of its width (wrapped text)
BAND_GAP = 1.5  # a row of a page in columns this many glyph heights clear of the rows below it may run across
HEADLINE = 1.3  # a line this many times as tall as the page's lines is a headline, read across the page
UNMAPPED_MAX_SHARE = 0.05  # glyphs without a Unicode value ("(cid:123)") above this share: unreadable
UNMAPPED_MIN_MARKS = 10  # … and at least this many on a page, for it to be read by OCR (not a few symbols)
GARBLED_MIN_MARKS = 50  # a page's text layer this long that is not plausible Chinese (a font's map sends glyphs
# to the wrong characters: 䄋䄋㩫㨶 for 某某县卫) is read by OCR; plausibility as loaders.plausibility
SCAN_MAX_CHARS = 100  # a page with fewer characters than this in its text layer (a site's stamp, a page number) …
SCAN_MIN_COVER = 0.5  # … and an image over at least this share of it is a scan, read by OCR

_CJK = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END = re.compile(r"[。；！？：:;!?]\s*$")
_LIST_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.．、]|"
                         r"第[一二三四五六七八九十百]+[章条])")
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def pdf_to_text(data: bytes, *, ocr: bool = True) -> tuple[str, str]:
    """The text of a PDF's pages (bytes in), paragraphs one per line, pages joined by ``"\\n\\f"``, and how it
    was read: ``pdf text layer``, or for scanned pages (an image over the page, hardly any text) and pages whose
    fonts have no usable Unicode map (:func:`_unmapped`) ``pdf OCR (…)`` naming the pages read by
    :mod:`analysis.ocr` and their mean confidence. ``ocr=False`` refuses such a PDF instead."""
    layouts = list(_layouts(data))
    # outside _layouts: an error in this package's layout code is a bug, not a damaged file
    pages = document_lines([(glyphs, rules) for glyphs, rules, _ in layouts])
    # a scanned page: an image over it and hardly any text layer (the few glyphs it has, a site's stamp, are kept)
    scanned = {index: glyphs for index, (glyphs, _, cover) in enumerate(layouts)
               if sum(not g.get_text().isspace() for g in glyphs) < SCAN_MAX_CHARS and cover >= SCAN_MIN_COVER}
    # a page whose fonts give no characters (no Unicode map, as old typesetting software embeds them) or the
    # wrong ones is drawn all the same: OCR reads what it draws, and none of its text layer is kept
    unmapped = [index for index, (glyphs, _, _) in enumerate(layouts) if index not in scanned and _unmapped(glyphs)]
    if unmapped and not ocr:
        raise UnusableFile(f"{len(unmapped)} of {len(layouts)} pages have fonts without a usable Unicode map (their "
                           "text layer gives no characters, or the wrong ones): save the plan as .docx or .txt, or "
                           "let OCR read them (OCR is switched off: ocr = false)")
    how = "pdf text layer"
    if (scanned or unmapped) and ocr:
        how = _read_scanned(data, {**scanned, **{index: [] for index in unmapped}}, pages, len(unmapped))
    _join_rows_split_by_pages(pages)
    if not any(line[4].strip() for page in pages for line in page):
        if scanned and ocr:
            raise UnusableFile(f"the PDF has no text layer and OCR found no text on its {len(scanned)} scanned "
                               "page(s) (too faint, or not a text?)")
        raise UnusableFile("the PDF has no text layer (a scanned image?): run OCR on it, or save the plan as "
                           ".docx or .txt" + ("" if ocr else " (OCR is switched off: ocr = false)"))
    text = "\n\f".join(_paragraphs(page) for page in pages) + "\n"
    n_unmapped = len(_UNMAPPED.findall(text))
    if n_unmapped > UNMAPPED_MAX_SHARE * len(text):
        raise UnusableFile(f"the PDF's fonts give no characters for {n_unmapped:,} glyphs (no Unicode map): its text "
                           "cannot be read; save the plan as .docx or .txt, or run OCR on it")
    return text, how


def _unmapped(glyphs) -> bool:
    """The page's text layer does not say what it draws: glyphs without a character (``(cid:N)`` from a font
    with no Unicode map, or a symbol font's private-use code points), more than :data:`UNMAPPED_MAX_SHARE` of
    its marks; or, in a page of at least :data:`GARBLED_MIN_MARKS` marks, characters a plan would not hold
    (a map to the wrong characters: rare ideographs, Latin-1 letters), by :func:`analysis.loaders.plausibility`."""
    marks = [t for t in (g.get_text() for g in glyphs) if not t.isspace()]
    bad = sum(1 for t in marks if _UNMAPPED.fullmatch(t) or _PRIVATE_USE.fullmatch(t))
    if bad >= UNMAPPED_MIN_MARKS and bad > UNMAPPED_MAX_SHARE * len(marks):
        return True
    return len(marks) >= GARBLED_MIN_MARKS and plausibility("".join(marks)) < MIN_PLAUSIBILITY


def _layouts(data: bytes):
    """Each page's glyphs, ruled table (:func:`_rules`) and image cover (:func:`_image_cover`; 0 on a page with
    text), as pdfminer.six reads them; what it raises on a damaged or protected file becomes :class:`UnusableFile` with the reason."""
    from pdfminer.high_level import extract_pages
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with _quiet("pdfminer"):  # a damaged PDF makes it log a warning per broken object
            for layout in extract_pages(io.BytesIO(data), laparams=None):
                glyphs = list(_glyphs(layout))
                few = sum(not g.get_text().isspace() for g in glyphs) < SCAN_MAX_CHARS
                yield glyphs, _rules(layout), _image_cover(layout) if few else 0.0
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnusableFile("the PDF is password-protected (or encrypted in a way that cannot be read); "
                           "save an unprotected copy, .docx or .txt") from None
    except Exception as exc:  # noqa: BLE001  pdfminer raises many kinds on a damaged file
        raise UnusableFile(f"not a readable PDF ({type(exc).__name__}: {exc}); a download cut short reads "
                           "like this: fetch it again") from None


def placed_pages_to_text(pages: list) -> str:
    """Text of pages given as placed text and a ruled table (``page.boxes``, ``page.rules``: what OCR found,
    :class:`analysis.ocr.OcrPage`, or an OFD page's characters, :class:`analysis.ofdtext.OfdPage`), lines,
    table rows and paragraphs rebuilt as for a PDF's text layer, one paragraph per line, pages joined by
    ``"\\n\\f"``."""
    lines = document_lines([(page.boxes, page.rules) for page in pages])
    _join_rows_split_by_pages(lines)
    return "\n\f".join(_paragraphs(page) for page in lines) + "\n"


def _image_cover(layout) -> float:
    """The share of the page the largest image on it covers (a scanned page: nearly all of it; a logo or a
    seal: little), at any container depth."""
    from pdfminer.layout import LTImage

    area = max(layout.width * layout.height, 1.0)
    return max((img.width * img.height / area for img in _objects(layout, LTImage)), default=0.0)


def _read_scanned(data: bytes, scanned: dict[int, list], pages: list[list], n_unmapped: int = 0) -> str:
    """OCR the ``scanned`` pages into ``pages`` (their lines as the text layer's, with the few glyphs their own
    text layer has); return how the PDF was read. ``n_unmapped``: how many of them are pages whose fonts have no
    usable Unicode map (none, or a wrong one; their text layer dropped), named in what is returned."""
    from . import ocr

    if len(scanned) > ocr.MAX_OCR_PAGES:
        raise UnusableFile(f"{len(scanned)} scanned pages: more than the {ocr.MAX_OCR_PAGES} a plan may send to OCR")
    try:
        found = ocr.ocr_pages(data, sorted(scanned))
    except ocr.OcrUnavailable as exc:
        what = "no text layer (a scanned image?)" if len(scanned) > n_unmapped else "fonts without a usable Unicode map"
        raise UnusableFile(f"the PDF has {what} and OCR cannot run: {exc}") from None
    except ValueError as exc:
        raise UnusableFile(f"not a readable PDF for OCR ({exc})") from None
    for index, page in found.items():
        glyphs = scanned[index]  # the text layer's few characters are its own: OCR's reading of them is dropped
        pages[index] = _page_lines(not_over(page.boxes, glyphs) + glyphs, page.rules)
    confidence = f"mean confidence {ocr.mean_confidence(found):.3f}"
    if n_unmapped:
        confidence += f"; {n_unmapped} page(s) whose fonts have no Unicode map, or a wrong one"
    if len(scanned) == len(pages):
        return f"pdf OCR (every page; {confidence})"
    return f"pdf text layer and OCR ({len(scanned)} of {len(pages)} pages; {confidence})"


def not_over(boxes: list, glyphs: list) -> list:
    """The ``boxes`` (lines OCR read) over none of the ``glyphs`` (a scanned page's own few characters of text,
    a site's stamp): where the page has its own text, OCR's reading of it is dropped."""
    return [b for b in boxes
            if not any(b.x0 <= (g.x0 + g.x1) / 2 <= b.x1 and b.y0 <= (g.y0 + g.y1) / 2 <= b.y1 for g in glyphs)]


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


def _glyphs(layout):
    """Every glyph (``LTChar``) of a page layout, in any container depth."""
    from pdfminer.layout import LTChar

    return _objects(layout, LTChar)


def _objects(obj, kind):
    """Every layout object of class ``kind`` in ``obj``, in any container depth."""
    if isinstance(obj, kind):
        yield obj
    elif hasattr(obj, "__iter__"):
        for child in obj:
            yield from _objects(child, kind)


def _rules(layout) -> tuple[list[float], list[float], tuple[float, float, float, float] | None]:
    """The ruled table of a page layout, if it has one (see :func:`ruled_table`): Word and WPS draw a table's
    borders as thin straight lines or thin filled boxes."""
    from pdfminer.layout import LTLine, LTRect

    return ruled_table([(o.x0, o.y0, o.x1, o.y1) for o in layout if isinstance(o, (LTLine, LTRect))])


def ruled_table(strokes: list[tuple[float, float, float, float]]
                ) -> tuple[list[float], list[float], tuple[float, float, float, float] | None]:
    """The ruled table among a page's strokes ``(x0, y0, x1, y1)`` (points, y upwards), if there is one: the x
    of its vertical rules, the y of its horizontal rules (each sorted) and its box ``(x0, y0, x1, y1)``; empty
    lists and ``None`` without one. A horizontal rule above or below the vertical rules' reach (the rule
    under a 红头, a footnote's rule) is no border of the table."""
    xs, ys, reach = [], [], []
    for x0, y0, x1, y1 in strokes:
        if x1 - x0 < 1.5 and y1 - y0 > 10:
            xs.append((x0 + x1) / 2)
            reach.append((y0, y1))
    if reach:
        low, high = min(r[0] for r in reach) - 2.0, max(r[1] for r in reach) + 2.0
        ys = [(y0 + y1) / 2 for x0, y0, x1, y1 in strokes if y1 - y0 < 1.5 and x1 - x0 > 10 and low <= y0 <= high]
    xs, ys = _distinct(xs), _distinct(ys)
    if len(xs) < 3 or len(ys) < 2:  # a rule under a title or a box around a page is no table
        return [], [], None
    return xs, ys, (xs[0], ys[0], xs[-1], ys[-1])


def _distinct(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _page_lines(glyphs: list, rules=([], [], None)) -> list[tuple[float, float, float, float, str, int]]:
    """The page's lines in reading order: ``(x0, x1, y0, y1, text, column)`` in PDF points (see :func:`_lines`)."""
    return _lines(_prepare(glyphs, rules))


class _Page(NamedTuple):
    """A page made ready once for :func:`_lines`: its ruled table's rows (:func:`_table_rows`), and the glyphs
    outside the table as rows, as those rows cut at gaps (:func:`_split_at_gaps`), and the gutters they show."""

    table: list
    height: float
    rows: list
    pieces: list
    gutters: list


def _prepare(glyphs: list, rules) -> _Page:
    glyphs, table = _without_table(glyphs, rules)
    height = _height(glyphs)
    rows = _rows(glyphs, height)
    pieces = [piece for row in rows for piece in _split_at_gaps(row, _piece_gap(row, height))]
    return _Page(table, height, rows, pieces, find_gutters(pieces, height))


def _lines(page: _Page, carried=()) -> list[tuple[float, float, float, float, str, int]]:
    """The page's lines in reading order: ``(x0, x1, y0, y1, text, column)`` in PDF points. Inside a ruled
    table (``rules``, see :func:`_rules`) each row is one line, its cells' texts joined by tabs (as a .docx or
    HTML table row is read), a cell's wrapped lines joined. On a page set in columns (:func:`find_gutters`) each
    column's lines come before the next column's, between the lines that run across the page (a title, a
    running head); ``column`` is the line's column (0 for the first or only one, -1 across the page). A page too
    sparse to show its columns (the last page's few balanced lines) takes the ``carried`` gutters of a page of
    the same document when its lines fit them (:func:`_fits`)."""
    table, height, rows = page.table, page.height, page.rows
    gutters = page.gutters or (list(carried) if carried and _fits(page.pieces, carried) else [])
    if not gutters:
        lines = [_line(row, height) for row in rows] + table
        return [(*ln[:5], 0) for ln in sorted(lines, key=lambda ln: -(ln[2] + ln[3]) / 2)]
    units = [_line(piece, height) for row in rows for piece in _split_at_gutters(row, gutters, height)]
    return _reading_order(units + table, gutters, _across(units, table, gutters, height))


def _without_table(glyphs: list, rules) -> tuple[list, list]:
    """The glyphs outside the page's ruled table (``rules``, see :func:`_rules`) and the table's rows."""
    xs, ys, box = rules
    if box is None:
        return glyphs, []
    inside = [g for g in glyphs if box[0] <= (g.x0 + g.x1) / 2 <= box[2] and box[1] <= (g.y0 + g.y1) / 2 <= box[3]]
    if not inside:
        return glyphs, []
    ids = {id(g) for g in inside}
    return [g for g in glyphs if id(g) not in ids], _table_rows(inside, xs, ys)


def _height(glyphs: list) -> float:
    return (statistics.median(g.height for g in glyphs) if glyphs else 0.0) or 10.0


def document_lines(pages: list[tuple[list, tuple]]) -> list[list[tuple]]:
    """:func:`_page_lines` of each page ``(glyphs, rules)`` of one document; a page whose own lines show no
    columns is offered the gutters of the nearest page that shows them (a layout holds through a document)."""
    prepared = [_prepare(glyphs, rules) for glyphs, rules in pages]
    out = []
    for k, page in enumerate(prepared):
        near = sorted((j for j, p in enumerate(prepared) if p.gutters), key=lambda j: (abs(j - k), j))
        out.append(_lines(page, prepared[near[0]].gutters if near and not page.gutters else ()))
    return out


def _fits(pieces: list[list], gutters) -> bool:
    """The ``pieces`` of a page (rows cut at gaps) can be read in the columns ``gutters`` make: each gutter has
    text on both sides and at most :data:`GUTTER_CROSSINGS` of the pieces (and at least one) run across it."""
    for g0, g1 in gutters:
        across = sum(p[0].x0 < g1 and p[-1].x1 > g0 for p in pieces)
        if across > max(1.0, GUTTER_CROSSINGS * len(pieces)) or not any(p[-1].x1 <= g0 for p in pieces) \
                or not any(p[0].x0 >= g1 for p in pieces):
            return False
    return True


def _rows(glyphs: list, height: float) -> list[list]:
    """Glyphs grouped into rows by their vertical centres (:data:`SAME_LINE`), top to bottom, each row left
    to right."""
    rows: list[list] = []
    for g in sorted(glyphs, key=lambda g: -(g.y0 + g.y1) / 2):
        centre = (g.y0 + g.y1) / 2
        if rows and abs(rows[-1][0] - centre) <= SAME_LINE * height:
            rows[-1][1].append(g)
        else:
            rows.append([centre, [g]])
    return [sorted(row, key=lambda g: g.x0) for _, row in rows]


def _line(row: list, height: float) -> tuple[float, float, float, float, str]:
    """One row of glyphs (left to right) as a line ``(x0, x1, y0, y1, text)``: a space where two glyphs
    stand more than :data:`WORD_GAP` heights apart."""
    parts, prev = [], None
    for g in row:
        if prev is not None and g.x0 - prev.x1 > WORD_GAP * height and parts and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(g.get_text())
        prev = g
    return (row[0].x0, row[-1].x1, min(g.y0 for g in row), max(g.y1 for g in row), "".join(parts))


def _piece_gap(row: list, height: float) -> float:
    """The gap (points) at which a row of glyphs is cut into pieces: :data:`PIECE_GAP` heights, or twice the
    gap that three in four of its glyphs exceed where its characters are spread out (a letter-spaced or
    distributed line; a row of a few OCR lines has too few gaps to say)."""
    gaps = sorted(b.x0 - a.x1 for a, b in zip(row, row[1:]))
    spread = gaps[len(gaps) // 4] if len(gaps) >= 4 else 0.0
    return max(PIECE_GAP * height, 2 * spread)


def _split_at_gaps(row: list, gap: float) -> list[list]:
    """A row of glyphs (left to right) cut where two glyphs stand more than ``gap`` points apart."""
    pieces = [[row[0]]] if row else []
    for g in row[1:]:
        if g.x0 - pieces[-1][-1].x1 > gap:
            pieces.append([g])
        else:
            pieces[-1].append(g)
    return pieces


def find_gutters(pieces: list[list], height: float) -> list[tuple[float, float]]:
    """The gutters of a page set in columns, left to right, as ``(x0, x1)`` in the pieces' unit (points; pixels
    for OCR's lines); none for a page in one column. ``pieces`` are its rows cut at gaps (:func:`_split_at_gaps`),
    each a list of glyph-like objects (``x0``, ``x1``) left to right; ``height`` a line's height. A gutter is a band at least
    :data:`GUTTER_GAP` heights wide that at most :data:`GUTTER_CROSSINGS` of the pieces cross (a title, a
    running head or a comma hanging at a line's end may run into it), with text on both sides; every column it
    leaves must be at least :data:`COLUMN_MIN_WIDTH` heights wide and hold :data:`COLUMN_MIN_LINES` lines that
    fill it (wrapped text), so that a table without rules, a hanging list number or a signature set to the right
    is no column."""
    if len(pieces) < 2 * COLUMN_MIN_LINES:
        return []
    lo, hi = min(p[0].x0 for p in pieces), max(p[-1].x1 for p in pieces)
    step = max(height / 8, 0.25)
    n = int((hi - lo) / step) + 1
    cover = [0] * n
    for p in pieces:
        for k in range(int((p[0].x0 - lo) / step), min(int((p[-1].x1 - lo) / step) + 1, n)):
            cover[k] += 1
    limit = GUTTER_CROSSINGS * len(pieces)
    gutters, k = [], 0
    while k < n:
        if cover[k] <= limit:
            j = k
            while j < n and cover[j] <= limit:
                j += 1
            if k > 0 and j < n and (j - k) * step >= GUTTER_GAP * height:
                gutters.append((lo + k * step, lo + j * step))
            k = j
        else:
            k += 1
    if not gutters:
        return []
    edges = [lo] + [x for g in gutters for x in g] + [hi]
    for left, right in zip(edges[::2], edges[1::2]):
        inside = [p for p in pieces if p[0].x0 >= left - step and p[-1].x1 <= right + step]
        width = max((p[-1].x1 for p in inside), default=left) - min((p[0].x0 for p in inside), default=left)
        full = sum(p[-1].x1 - p[0].x0 >= COLUMN_FULL * width for p in inside)
        if width < COLUMN_MIN_WIDTH * height or full < COLUMN_MIN_LINES:
            return []
    return gutters


def _split_at_gutters(row: list, gutters: list[tuple[float, float]], height: float) -> list[list]:
    """A row of glyphs (left to right) cut where a gutter lies between two glyphs that stand apart (by at least
    :func:`_piece_gap`): one piece per column, and a title or a running head set across the gutter (its glyphs
    close together, or spread evenly) kept whole. A comma that hangs into the gutter stays with its column."""
    pieces = [[row[0]]] if row else []
    gap = _piece_gap(row, height)
    for g in row[1:]:
        a = pieces[-1][-1]
        if g.x0 - a.x1 >= gap and any(
                (a.x0 + a.x1) / 2 < (g0 + g1) / 2 < (g.x0 + g.x1) / 2 for g0, g1 in gutters):
            pieces.append([g])
        else:
            pieces[-1].append(g)
    return pieces


def _across(lines: list[tuple], table: list[tuple], gutters: list[tuple[float, float]], height: float) -> set[int]:
    """Indices of ``lines + table`` (text lines, then ruled table rows) read across the page rather than in a
    column: a line or row that runs across a gutter (a title, a table as wide as the page); a text line set
    larger than the others (:data:`HEADLINE`) with nothing beside it (a headline inside the width of one
    column); and a row that white space of :data:`BAND_GAP` heights or more parts from everything below it, when
    it heads the page or follows a line read across (a running head with ``·23·`` at its other end, an issuer
    and date line under a title), or from everything above it at the foot of the page; and a row right under a
    title (a line across a gutter or a headline) whose pieces, one in each of several columns, each fill less than half of it (an issuer
    and a date line under a title, set close to the columns)."""
    units = lines + table
    centre = [(u[2] + u[3]) / 2 for u in units]
    order = sorted(range(len(units)), key=lambda i: -centre[i])
    rows: list[list[int]] = []
    for i in order:
        if rows and centre[rows[-1][0]] - centre[i] <= SAME_LINE * height:
            rows[-1].append(i)
        else:
            rows.append([i])
    body = statistics.median(ln[3] - ln[2] for ln in lines) if lines else height
    edges = [min(u[0] for u in units)] + [x for g in gutters for x in g] + [max(u[1] for u in units)]
    widths = [b - a for a, b in zip(edges[::2], edges[1::2])]

    def short(u) -> bool:  # a piece that fills less than half of its column
        return u[1] - u[0] < 0.5 * widths[sum((u[0] + u[1]) / 2 > (g0 + g1) / 2 for g0, g1 in gutters)]

    out = {i for i, u in enumerate(units) if any(u[0] < g0 and u[1] > g1 for g0, g1 in gutters)}
    for i, u in enumerate(lines):  # a headline with nothing beside it (a title set in one column has text beside)
        if u[3] - u[2] >= HEADLINE * body and not any(
                j != i and v[2] < u[3] and v[3] > u[2] for j, v in enumerate(units)):
            out.add(i)
    titles = set(out)
    for k, row in enumerate(rows):
        below = rows[k + 1] if k + 1 < len(rows) else None
        above = rows[k - 1] if k > 0 else None
        clear_below = below is not None and \
            min(units[i][2] for i in row) - max(units[i][3] for i in below) >= BAND_GAP * height
        clear_above = above is not None and \
            min(units[i][2] for i in above) - max(units[i][3] for i in row) >= BAND_GAP * height
        if clear_below and (above is None or set(above) <= out) or clear_above and below is None:
            out.update(row)
        elif above is not None and set(above) <= titles and len(row) > 1 and all(short(units[i]) for i in row):
            out.update(row)  # an issuer line and its date, set apart under a title, as wide as both columns
    return out


def _reading_order(units: list[tuple], gutters: list[tuple[float, float]], across: set[int]) -> list[tuple]:
    """Lines of a page in columns in reading order, each with its column: top to bottom, a line read across
    the page (indices ``across``, see :func:`_across`) ends the run of lines in columns above it, and a run is
    read column after column."""
    across_ids = {id(units[i]) for i in across}

    def column(ln) -> int:
        if id(ln) in across_ids:
            return -1
        centre = (ln[0] + ln[1]) / 2
        return sum(centre > (g0 + g1) / 2 for g0, g1 in gutters)

    out, run = [], []
    for ln in sorted(units, key=lambda ln: -(ln[2] + ln[3]) / 2):
        c = column(ln)
        if c < 0:
            out += sorted(run, key=lambda r: (r[5], -(r[2] + r[3]) / 2))
            out.append((*ln[:5], -1))
            run = []
        else:
            run.append((*ln[:5], c))
    return out + sorted(run, key=lambda r: (r[5], -(r[2] + r[3]) / 2))


def _table_rows(glyphs: list, xs: list[float], ys: list[float]) -> list[tuple[float, float, float, float, str]]:
    """One line per row of a ruled table: its cells (between the rules) left to right, joined by tabs."""
    cells: dict[tuple[int, int], list] = {}
    for g in glyphs:
        row = bisect.bisect(ys, (g.y0 + g.y1) / 2)
        col = bisect.bisect(xs, (g.x0 + g.x1) / 2)
        cells.setdefault((row, col), []).append(g)
    lines = []
    for row in sorted({r for r, _ in cells}, reverse=True):  # the top row has the largest y
        texts = []
        for col in range(1, len(xs)):
            parts = [ln[4].strip() for ln in _page_lines(cells.get((row, col), []))]
            texts.append(_join_wrapped(parts))
        y0, y1 = ys[row - 1] if row > 0 else ys[0], ys[row] if row < len(ys) else ys[-1]
        lines.append((xs[0] + 1, xs[-1] - 1, y0, y1, "\t".join(texts).rstrip("\t")))
    return [ln for ln in lines if ln[4].strip()]


def _join_rows_split_by_pages(pages: list[list]) -> None:
    """A table row cut by a page break goes on, on the next page, as a row whose first cell (序号) is empty,
    among the first rows there (after a repeated header): its cells are joined to the row it continues, the
    last row of the page before, which is where a reader takes them to belong. In place."""
    for before, page in zip(pages, pages[1:]):
        last = max((i for i, ln in enumerate(before) if "\t" in ln[4]), default=None)
        rows = [i for i, ln in enumerate(page) if "\t" in ln[4]][:2]
        cont = next((i for i in rows if page[i][4].split("\t")[0] == ""), None)
        if last is None or cont is None:
            continue
        a, b = before[last][4].split("\t"), page[cont][4].split("\t")
        width = max(len(a), len(b))
        a, b = a + [""] * (width - len(a)), b + [""] * (width - len(b))
        before[last] = (*before[last][:4], "\t".join(_join_wrapped([x, y]) for x, y in zip(a, b)).rstrip("\t"),
                        *before[last][5:])
        del page[cont]


def _join_wrapped(parts: list[str]) -> str:
    """Lines of one cell or paragraph joined: CJK without a space, two Latin words with one."""
    out = ""
    for part in parts:
        a, b = out[-1:], part[:1]
        out += (" " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else "") + part
    return out


def _left_margin(starts: list[float], em: float) -> float:
    """The page's left margin: the leftmost line start that another line shares (within half a character),
    so that one line standing out to the left (a site's stamp over a scanned page) does not indent every
    other line; the leftmost start when no two lines share one."""
    starts = sorted(starts)
    return next((a for a, b in zip(starts, starts[1:]) if b - a <= em / 2), starts[0])


def _paragraphs(lines: list[tuple]) -> str:
    """One page's lines joined into paragraphs (see the module docstring), one per line. Margins are each
    column's own (a line's sixth field, when it has one), so a paragraph runs on from the foot of one column
    to the head of the next."""
    if not lines:
        return ""
    margins = {key: _margins([ln for ln in lines if _column(ln) == key]) for key in {_column(ln) for ln in lines}}
    paras, prev = [lines[0][4]], lines[0]
    for ln in lines[1:]:
        x0, _x1, _y0, y1, text = ln[:5]
        left, em, _ = margins[_column(ln)]
        _, prev_em, prev_right = margins[_column(prev)]  # the line before may end a column
        new = ("\t" in text or "\t" in prev[4]  # a table row (see _table_rows) is a line of its own
               or (_column(ln) < 0) != (_column(prev) < 0)  # into or out of a line across the columns
               or prev[1] < prev_right - SHORT_LINE * prev_em or x0 > left + INDENT * em
               or text[:1] in " \u3000\t"
               or (_column(ln) == _column(prev) and prev[2] - y1 > 1.2 * (y1 - ln[2]))
               or (_LIST_START.match(text) and _SENTENCE_END.search(prev[4])))
        if new:
            paras.append(text)
        else:  # a wrapped line
            paras[-1] = _join_wrapped([paras[-1], text.lstrip()])
        prev = ln
    return "\n".join(paras)


def _column(line: tuple) -> int:
    return line[5] if len(line) > 5 else 0


def _margins(lines: list[tuple]) -> tuple[float, float, float]:
    """``(left, em, right)`` of a column's (or a page's) lines: page numbers do not set them."""
    body = [ln for ln in lines if len(ln[4].strip()) >= 4] or lines
    widths = [(ln[1] - ln[0]) / len(ln[4].strip()) for ln in body if _CJK.search(ln[4])]
    em = statistics.median(widths) if widths else 10.0
    return _left_margin([ln[0] for ln in body], em), em, max(ln[1] for ln in body)
