"""Optical character recognition of scanned plans: PDF pages that carry an image but no text layer, and
image files (a scan saved as TIFF, JPEG or PNG; a phone's long screenshot of an article).

Many plans are published as scans of the signed paper copy (红头文件 with its seal). Such a page is
rendered with PDFium (``pypdfium2``) at :data:`OCR_DPI` and read by RapidOCR on ONNX Runtime with the
PP-OCR detection and recognition models that ship inside the ``rapidocr`` wheel (pinned in
``pyproject.toml``; nothing is downloaded, and a missing model is an error, not a download). Each text
line found becomes a box ``(x0, x1, y0, y1, text)`` in PDF points (y upwards), the coordinates the text
layer of a digital PDF gives, so :mod:`analysis.pdftext` rebuilds lines and paragraphs from either the same
way. Lines read with a confidence under :data:`MIN_CONFIDENCE` (stamps, seal rims, speckle) are left out.

The engine runs :data:`OCR_THREADS` threads whatever the machine, so the same scan gives the same text
on every run of one installation (ONNX Runtime's sums depend on how work is split between threads).
"""
from __future__ import annotations

import functools
import logging
import os
import re
import statistics
from typing import NamedTuple

OCR_DPI = 200  # rendering resolution of a scanned page (A4: 1654 x 2339 pixels; a 16-point character ~44 high)
OCR_THREADS = 2  # ONNX Runtime threads (fixed: results may differ between thread counts)
MAX_SIDE = 1280  # pixels of the longer side text lines are detected on (recognised on the full rendering)
MIN_CONFIDENCE = 0.5  # recognition score under which a line is dropped as noise
MAX_OCR_PAGES = 200  # pages a single document may send to OCR (a scanned book is not a plan)
IMAGE_DPI = 150  # resolution assumed for an image file that does not say (only scales its coordinates)
TILE_RATIO = 1.5  # a long image is read in slices at most this many times as high as wide, cut in blank rows
RULE_SPAN = 0.3  # a run of ink this share of the page's width is a table's row rule
RULE_LINES = 2.2  # a run of ink this many text lines high is a table's column rule (a header and one row)
RULE_SLACK = 3  # pixels a rule may drift over its length (a skewed scan) and still be one rule
RULE_EDGE = 0.02  # runs of ink this close to the page's edge (share of its size) are a scanner's border
MAX_SKEW = 3.0  # degrees a scanned page may be turned; it is straightened before it is read ...
MIN_SKEW = 0.2  # ... when turned by at least this much


# Every call says what to run: the engine keeps the steps a call asked for as its setting for the next ones
_DETECT_AND_READ = {"use_det": True, "use_cls": False, "use_rec": True}
_READ_ONLY = {"use_det": False, "use_cls": False, "use_rec": True}


class OcrUnavailable(RuntimeError):
    """OCR cannot run here (a package or its bundled model is missing); the message says what."""


def engine():
    """The RapidOCR engine of this process (its models load once, in about half a second). Keyed by the process:
    a worker forked from a process that had one builds its own, and the inherited one is never dropped there
    (ONNX Runtime's threads do not survive a fork: destroying its copy of a session waits for them forever)."""
    return _engine_of(os.getpid())


@functools.lru_cache(maxsize=None)  # one per process id; never evicted, for the reason above
def _engine_of(pid: int):
    try:
        from rapidocr import RapidOCR
    except ImportError as exc:
        raise OcrUnavailable(f"the OCR engine is not installed ({exc}); install the package with its "
                             "dependencies (rapidocr, onnxruntime, pypdfium2)") from None
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    try:
        return RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False,
                                "Global.text_score": MIN_CONFIDENCE, "Global.max_side_len": MAX_SIDE,
                                "EngineConfig.onnxruntime.intra_op_num_threads": OCR_THREADS,
                                "EngineConfig.onnxruntime.inter_op_num_threads": 1})
    except Exception as exc:  # noqa: BLE001  a model that is missing and cannot be fetched, a broken install
        raise OcrUnavailable(f"the OCR engine could not start ({type(exc).__name__}: {exc})") from None


class Box:
    """Text placed on a page (a line OCR found, with its confidence ``score``; a character of an OFD page, score
    1), shaped like a pdfminer glyph for :func:`analysis.pdftext._page_lines`: ``x0``, ``x1``, ``y0``, ``y1``,
    ``height`` in PDF points (y upwards) and :meth:`get_text`."""

    __slots__ = ("x0", "x1", "y0", "y1", "height", "text", "score")

    def __init__(self, x0: float, x1: float, y0: float, y1: float, text: str, score: float):
        self.x0, self.x1, self.y0, self.y1, self.text, self.score = x0, x1, y0, y1, text, score
        self.height = y1 - y0

    def get_text(self) -> str:
        return self.text


class OcrPage(NamedTuple):
    """What OCR found on one page: its text lines (:class:`Box`, points, y upwards) and the rules of a ruled
    table on it, as :func:`analysis.pdftext._rules` gives them for a text layer (``([], [], None)`` without)."""

    boxes: list
    rules: tuple


def ocr_pages(data: bytes, pages: list[int]) -> dict[int, OcrPage]:
    """What OCR finds on the given pages (0-based) of a PDF (bytes): page -> :class:`OcrPage`.

    Raises :class:`OcrUnavailable` when the engine cannot run, ``ValueError`` when PDFium cannot open the file
    or load or draw one of the pages.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise OcrUnavailable(f"PDFium is not installed ({exc}); install pypdfium2") from None
    engine()  # fail before rendering anything if OCR cannot run
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"PDFium cannot open it: {exc}") from None
    out = {}
    try:
        for index in pages[:MAX_OCR_PAGES]:
            try:  # a page pdfminer could read may still be one PDFium cannot load or draw (a damaged object)
                page = pdf[index]
                image = page.render(scale=OCR_DPI / 72, grayscale=True).to_pil().convert("RGB")
            except pdfium.PdfiumError as exc:
                raise ValueError(f"PDFium cannot draw page {index + 1}: {exc}") from None
            out[index] = read_page(image, OCR_DPI)
            page.close()
    finally:
        pdf.close()
    return out


def read_page(image, dpi: float) -> OcrPage:
    """OCR of one page image (PIL, ``dpi`` dots per inch): its lines and ruled table in points (y upwards).

    A page more than :data:`TILE_RATIO` times as high as wide (a long screenshot) is read in slices cut
    between lines, and no table is looked for. On a ruled table's page a line OCR found across a column
    rule is read again cell by cell (recognition only), so that each cell keeps its own text."""
    import numpy as np
    from PIL import Image

    ocr, scale = engine(), dpi / 72
    width, height = image.size
    dark = np.asarray(image.convert("L")) < 128
    if height <= TILE_RATIO * width:  # a page: straightened first, so that its lines and rules run level
        angle = skew(dark)
        if abs(angle) >= MIN_SKEW:
            image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
            dark = np.asarray(image.convert("L")) < 128
    found, top, ink = [], 0, dark.sum(axis=1)  # found: (x0, x1, top, bottom, text, score) in pixels
    while top < height:
        bottom = _cut_row(ink, top, int(TILE_RATIO * width))
        found += [(x0, x1, y0 + top, y1 + top, text, score) for x0, x1, y0, y1, text, score
                  in _lines(ocr(image.crop((0, top, width, bottom)), **_DETECT_AND_READ))]
        top = bottom
    line = statistics.median(y1 - y0 for _, _, y0, y1, _, _ in found) if found else 0
    if line:
        found = _split_at_gutters(ocr, image, dark, found, line)
    table = _table_rules(dark, line) if line and height <= TILE_RATIO * width else None
    rules: tuple = ([], [], None)
    if table:
        found = _split_at_rules(ocr, image, found, *table)
        xs = [x / scale for x in table[0]]
        ys = sorted((height - y) / scale for y in table[1])
        rules = (xs, ys, (xs[0], ys[0], xs[-1], ys[-1]))
    boxes = [Box(x0 / scale, x1 / scale, (height - y1) / scale, (height - y0) / scale, text, score)
             for x0, x1, y0, y1, text, score in found]
    return OcrPage(boxes, rules)


def skew(dark, max_degrees: float = MAX_SKEW, step: float = 0.1) -> float:
    """The angle (degrees, counter-clockwise positive as PIL's ``rotate`` takes it) that levels a scanned
    page's lines: the one at which the page's ink, sheared by it, piles into the fewest, fullest rows (a
    projection profile, on a quarter-size copy). ``dark``: a boolean array, True where ink is."""
    import numpy as np

    rows, cols = np.nonzero(dark[::4, ::4])
    if len(rows) < 500:  # a blank page has no lines to level
        return 0.0
    best, best_score = 0.0, -1.0
    for degrees in np.arange(-max_degrees, max_degrees + step / 2, step):
        shifted = np.round(rows - cols * np.tan(np.radians(degrees))).astype(np.int64)
        counts = np.bincount(shifted - shifted.min()).astype(np.float64)
        score = float((counts * counts).sum())
        if score > best_score + 1e-9:
            best, best_score = float(round(degrees, 2)), score
    return best


def _lines(result) -> list[tuple[float, float, float, float, str, float]]:
    """The engine's text lines as ``(x0, x1, top, bottom, text, score)`` in the image's pixels."""
    out = []
    for quad, text, score in zip(result.boxes if result.boxes is not None else [], result.txts or (),
                                 result.scores or ()):
        if text.strip():
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            out.append((min(xs), max(xs), min(ys), max(ys), cjk_punctuation(text), float(score)))
    return out


_CJK_CHAR = "\u3400-\u9fff"
# a bracket pair around Chinese with at least one half-width side: (二) (二） （二)
_HALF_PAREN = re.compile(r"\(([^()（）\n]{0,40}?[%s][^()（）\n]{0,40}?)[)）]|（([^()（）\n]{0,40}?[%s][^()（）\n]{0,40}?)\)"
                         % (_CJK_CHAR, _CJK_CHAR))
_HALF_NUMBER = re.compile(r"^[(（](\d{1,2})[)）](?=[%s])" % _CJK_CHAR, re.M)  # a list number (1) before Chinese
_HALF_MARK = re.compile(r"(?<=[%s])[,:;?!]|[,:;?!](?=[%s])" % (_CJK_CHAR, _CJK_CHAR))
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}


def cjk_punctuation(text: str) -> str:
    """OCR's half-width marks in Chinese text as the full-width marks they stand for: a bracket pair around
    Chinese, either side half-width (``(二)``, ``(二）`` → ``（二）``; ``(2013年1月25日)``), a list number so
    bracketed before Chinese (``(1)严格…`` → ``（1）严格…``), and ``, : ; ? !`` next to a Chinese character. The
    recogniser often returns the half-width form of a mark it reads right; ``.`` is left alone (``1.``)."""
    text = _HALF_PAREN.sub(lambda m: f"（{m.group(1) or m.group(2)}）", text)
    text = _HALF_NUMBER.sub(lambda m: f"（{m.group(1)}）", text)
    return _HALF_MARK.sub(lambda m: _FULL[m.group()], text)


def _max_runs(mask) -> "np.ndarray":
    """Per row of a boolean array, the longest run of True."""
    import numpy as np

    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _, ends = np.nonzero(step == -1)  # row-major: each run's end pairs with its start
    out = np.zeros(mask.shape[0], dtype=np.int64)
    np.maximum.at(out, rows, ends - starts)
    return out


def _thicken(mask, axis: int, by: int):
    """``mask`` with each True spread ``by`` pixels both ways along ``axis`` (a skewed rule stays one run)."""
    import numpy as np

    out = mask.copy()
    for k in range(1, by + 1):
        out |= np.roll(mask, k, axis=axis) | np.roll(mask, -k, axis=axis)
    return out


def _centres(indices) -> list[float]:
    """Runs of consecutive indices (gaps up to twice :data:`RULE_SLACK` closed) as their middles."""
    out, run = [], []
    for i in indices:
        if run and i - run[-1] > 2 * RULE_SLACK + 1:
            out.append((run[0] + run[-1]) / 2)
            run = []
        run.append(int(i))
    if run:
        out.append((run[0] + run[-1]) / 2)
    return out


def _table_rules(dark, line: float) -> tuple[list[float], list[float]] | None:
    """The x of the column rules and the y of the row rules (pixels) of a ruled table on a page image
    (``dark``: a boolean array, True where ink is; ``line``: the height of its text lines), or None: a table
    needs three column rules and two row rules, as for a text layer. A column rule is a run of ink
    :data:`RULE_LINES` text lines high, a row rule one :data:`RULE_SPAN` of the page wide lying between the
    column rules' ends (a 红头's red line above the table is no row of it); no stroke of a character is that
    long. Runs along the page's edges (a scanner's dark border) are no rules."""
    import numpy as np

    height, width = dark.shape
    edge_x, edge_y = RULE_EDGE * width, RULE_EDGE * height
    cols = _thicken(dark, 1, RULE_SLACK).T
    xs = [x for x in _centres(np.nonzero(_max_runs(cols) >= RULE_LINES * line)[0]) if edge_x < x < width - edge_x]
    if len(xs) < 3:
        return None
    band = 3 * RULE_SLACK  # a skewed rule wanders further along a table's height than along one run's
    spans = [_extent(cols[max(0, int(x) - band):int(x) + band + 1].any(axis=0), line) for x in xs]
    top, bottom = min(a for a, _ in spans) - 2 * RULE_SLACK, max(b for _, b in spans) + 2 * RULE_SLACK
    ys = [y for y in _centres(np.nonzero(_max_runs(_thicken(dark, 0, RULE_SLACK)) >= RULE_SPAN * width)[0])
          if top <= y <= bottom and edge_y < y < height - edge_y]
    if len(ys) < 2:
        return None
    return xs, ys


def _extent(values, line: float) -> tuple[int, int]:
    """``(start, end)`` of the runs of True at least a text line long in a 1-D boolean array (a column rule,
    broken where the scan lost a few pixels of it; end exclusive)."""
    import numpy as np

    step = np.diff(np.concatenate(([0], values.astype(np.int8), [0])))
    starts, ends = np.nonzero(step == 1)[0], np.nonzero(step == -1)[0]
    long = ends - starts >= line
    return int(starts[long].min()), int(ends[long].max())


def _split_at_rules(ocr, image, found, xs, ys):
    """Lines inside the table that run across a column rule, split there and each piece recognised again."""
    out = []
    for x0, x1, top, bottom, text, score in found:
        inside = ys[0] <= (top + bottom) / 2 <= ys[-1]
        cuts = [x for x in xs if x0 + 2 * RULE_SLACK < x < x1 - 2 * RULE_SLACK] if inside else []
        if not cuts:
            out.append((x0, x1, top, bottom, text, score))
            continue
        edges = [x0, *cuts, x1]
        for a, b in zip(edges, edges[1:]):
            piece = image.crop((int(a) + RULE_SLACK, int(top), int(b) - RULE_SLACK, int(bottom) + 1))
            rec = ocr(piece, **_READ_ONLY)
            for t, sc in zip(rec.txts or (), rec.scores or ()):
                if t.strip() and sc >= MIN_CONFIDENCE:
                    out.append((a, b, top, bottom, cjk_punctuation(t), float(sc)))
    return out


def _split_at_gutters(ocr, image, dark, found, line: float):
    """On a page set in columns (:func:`analysis.pdftext.find_gutters` on the lines found), a line OCR ran across
    a narrow gutter (both columns' lines read as one) is split at the white band it has there, each piece
    recognised again; a title across the gutter has ink there and is kept whole."""
    from .pdftext import find_gutters

    gutters = find_gutters([[Box(x0, x1, top, bottom, text, score)] for x0, x1, top, bottom, text, score in found],
                           line)
    out = []
    for x0, x1, top, bottom, text, score in found:
        crossed = [(g0, g1) for g0, g1 in gutters if x0 < g0 and g1 < x1]
        cut = _white_band(dark[int(top):int(bottom) + 1, int(x0):int(x1)], crossed[0], x0) if crossed else None
        if cut is None:
            out.append((x0, x1, top, bottom, text, score))
            continue
        for a, b in ((x0, cut[0]), (cut[1], x1)):
            rec = ocr(image.crop((int(a), int(top), int(b), int(bottom) + 1)), **_READ_ONLY)
            for t, sc in zip(rec.txts or (), rec.scores or ()):
                if t.strip() and sc >= MIN_CONFIDENCE:
                    out.append((a, b, top, bottom, cjk_punctuation(t), float(sc)))
    return out


def _white_band(dark_box, gutter: tuple[float, float], x_offset: float) -> tuple[float, float] | None:
    """The run of ink-free pixel columns in ``dark_box`` (a line's pixels) that overlaps ``gutter`` and is at
    least half as wide as it, in page pixels; None when there is none (a title set across the gutter)."""
    empty = ~dark_box.any(axis=0)
    best, k = None, 0
    while k < len(empty):
        if empty[k]:
            j = k
            while j < len(empty) and empty[j]:
                j += 1
            a, b = x_offset + k, x_offset + j
            if a < gutter[1] and b > gutter[0] and b - a >= 0.5 * (gutter[1] - gutter[0]) and \
                    (best is None or b - a > best[1] - best[0]):
                best = (a, b)
            k = j
        else:
            k += 1
    return best


def mean_confidence(pages: dict[int, OcrPage]) -> float:
    """Mean recognition score of the lines kept, weighted by their characters (0 when none)."""
    weights = [(len(b.text), b.score) for page in pages.values() for b in page.boxes]
    total = sum(w for w, _ in weights)
    return sum(w * s for w, s in weights) / total if total else 0.0


def image_to_text(data: bytes) -> tuple[str, str]:
    """The text of an image file (bytes in; every frame of a multi-page TIFF a page) and how it was read:
    ``(text, "image OCR (2 pages; mean confidence 0.991)")``. Raises :class:`OcrUnavailable`, or
    ``ValueError`` naming what is wrong with the image."""
    return images_to_text([data])


def images_to_text(images: list[bytes], what: str = "image") -> tuple[str, str]:
    """The text of several images read one after another as the pages of one document (each frame of a
    multi-page TIFF a page; at most :data:`MAX_OCR_PAGES` in all) and how: ``(text, "<what> OCR (2 pages; mean
    confidence 0.991)")``. Raises :class:`OcrUnavailable`, or ``ValueError`` naming what is wrong with an image."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .pdftext import placed_pages_to_text

    frames = []
    for data in images:
        try:
            with Image.open(io.BytesIO(data)) as img:
                dpi = img.info.get("dpi", (IMAGE_DPI, IMAGE_DPI))[1] or IMAGE_DPI
                frames += [(frame.convert("RGB"), dpi) for frame in ImageSequence.Iterator(img)]
        except Image.DecompressionBombError as exc:
            raise ValueError(f"the image is too large to read ({exc})") from None
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:  # what Pillow raises on damaged image data
            raise ValueError(f"a damaged or unknown image ({exc})") from None
        if len(frames) >= MAX_OCR_PAGES:
            break
    engine()
    pages = {k: read_page(frame, float(dpi)) for k, (frame, dpi) in enumerate(frames[:MAX_OCR_PAGES])}
    n = len(pages)
    return placed_pages_to_text([pages[k] for k in range(n)]), (
        f"{what} OCR ({n} page{'s' if n > 1 else ''}; mean confidence {mean_confidence(pages):.3f})")


def _cut_row(dark_per_row, top: int, tile: int) -> int:
    """Where the slice starting at row ``top`` ends: the emptiest row (fewest dark pixels) of the last
    two fifths of a ``tile``-row slice, so a cut runs between lines of text; the image's end if nearer."""
    if top + tile >= len(dark_per_row):
        return len(dark_per_row)
    lo = top + int(0.6 * tile)
    return lo + int(dark_per_row[lo:top + tile].argmin())
