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

OCR_DPI = 200  # rendering resolution of a scanned page (A4: 1654 x 2339 pixels; a 16-point character ~44 high)
OCR_THREADS = 2  # ONNX Runtime threads (fixed: results may differ between thread counts)
MAX_SIDE = 1280  # pixels of the longer side text lines are detected on (recognised on the full rendering)
MIN_CONFIDENCE = 0.5  # recognition score under which a line is dropped as noise
MAX_OCR_PAGES = 200  # pages a single document may send to OCR (a scanned book is not a plan)
IMAGE_DPI = 150  # resolution assumed for an image file that does not say (only scales its coordinates)
TILE_RATIO = 1.5  # a long image is read in slices at most this many times as high as wide, cut in blank rows


class OcrUnavailable(RuntimeError):
    """OCR cannot run here (a package or its bundled model is missing); the message says what."""


@functools.lru_cache(maxsize=1)
def engine():
    """The RapidOCR engine of this process (its models load once, in about two seconds)."""
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
    """One line of text found on a page, shaped like a pdfminer glyph for :func:`analysis.pdftext._page_lines`:
    ``x0``, ``x1``, ``y0``, ``y1``, ``height`` in PDF points (y upwards) and :meth:`get_text`."""

    __slots__ = ("x0", "x1", "y0", "y1", "height", "text", "score")

    def __init__(self, x0: float, x1: float, y0: float, y1: float, text: str, score: float):
        self.x0, self.x1, self.y0, self.y1, self.text, self.score = x0, x1, y0, y1, text, score
        self.height = y1 - y0

    def get_text(self) -> str:
        return self.text


def ocr_pages(data: bytes, pages: list[int]) -> dict[int, list[Box]]:
    """The text lines OCR finds on the given pages (0-based) of a PDF (bytes): page -> :class:`Box` list.

    Raises :class:`OcrUnavailable` when the engine cannot run, ``ValueError`` when PDFium cannot open the file.
    """
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise OcrUnavailable(f"PDFium is not installed ({exc}); install pypdfium2") from None
    ocr = engine()
    scale = OCR_DPI / 72
    out = {}
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"PDFium cannot open it: {exc}") from None
    try:
        for index in pages[:MAX_OCR_PAGES]:
            page = pdf[index]
            height = page.get_height()
            image = page.render(scale=scale, grayscale=True).to_pil().convert("RGB")
            result = ocr(image)
            boxes = []
            for quad, text, score in zip(result.boxes if result.boxes is not None else [],
                                         result.txts or (), result.scores or ()):
                xs, ys = [p[0] for p in quad], [p[1] for p in quad]
                if text.strip():
                    boxes.append(Box(min(xs) / scale, max(xs) / scale, height - max(ys) / scale,
                                     height - min(ys) / scale, text, float(score)))
            out[index] = boxes
            page.close()
    finally:
        pdf.close()
    return out


def mean_confidence(pages: dict[int, list[Box]]) -> float:
    """Mean recognition score of the lines kept, weighted by their characters (0 when none)."""
    weights = [(len(b.text), b.score) for boxes in pages.values() for b in boxes]
    total = sum(w for w, _ in weights)
    return sum(w * s for w, s in weights) / total if total else 0.0


def image_to_text(data: bytes) -> tuple[str, str]:
    """The text of an image file (bytes in; every frame of a multi-page TIFF a page) and how it was read:
    ``(text, "image OCR (2 pages; mean confidence 0.991)")``. Raises :class:`OcrUnavailable`, or
    ``ValueError`` naming what is wrong with the image."""
    import io

    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .pdftext import boxes_to_text

    try:
        with Image.open(io.BytesIO(data)) as img:
            frames = [(frame.convert("RGB"), img.info.get("dpi", (IMAGE_DPI, IMAGE_DPI))[1] or IMAGE_DPI)
                      for frame in ImageSequence.Iterator(img)][:MAX_OCR_PAGES]
    except Image.DecompressionBombError as exc:
        raise ValueError(f"the image is too large to read ({exc})") from None
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:  # what Pillow raises on damaged image data
        raise ValueError(f"a damaged or unknown image ({exc})") from None
    pages = {k: _image_boxes(frame, float(dpi)) for k, (frame, dpi) in enumerate(frames)}
    n = len(pages)
    return boxes_to_text([pages[k] for k in range(n)]), (
        f"image OCR ({n} page{'s' if n > 1 else ''}; mean confidence {mean_confidence(pages):.3f})")


def _image_boxes(image, dpi: float) -> list[Box]:
    """The text lines of one image in points (y upwards), read slice by slice when it is long."""
    import numpy as np

    ocr, scale = engine(), dpi / 72
    width, height = image.size
    dark = (np.asarray(image.convert("L")) < 128).sum(axis=1)
    boxes, top = [], 0
    while top < height:
        bottom = _cut_row(dark, top, int(TILE_RATIO * width))
        result = ocr(image.crop((0, top, width, bottom)))
        for quad, text, score in zip(result.boxes if result.boxes is not None else [],
                                     result.txts or (), result.scores or ()):
            xs, ys = [p[0] for p in quad], [p[1] + top for p in quad]
            if text.strip():
                boxes.append(Box(min(xs) / scale, max(xs) / scale, (height - max(ys)) / scale,
                                 (height - min(ys)) / scale, text, float(score)))
        top = bottom
    return boxes


def _cut_row(dark, top: int, tile: int) -> int:
    """Where the slice starting at row ``top`` ends: the emptiest row (fewest dark pixels) of the last
    two fifths of a ``tile``-row slice, so a cut runs between lines of text; the image's end if nearer."""
    if top + tile >= len(dark):
        return len(dark)
    lo = top + int(0.6 * tile)
    return lo + int(dark[lo:top + tile].argmin())
