"""OFD to text: plans published in the Chinese fixed-layout format (GB/T 33190-2016, "版式文档").

Since about 2020 bodies publish official documents as ``.ofd`` files beside (or instead of) PDF. An OFD
file is a zip package of XML parts: ``OFD.xml`` names the document's root (``DocRoot``), the document lists
its pages and their template pages, and each page's ``Content.xml`` places text objects on the page, in
millimetres from its top-left corner. Each ``TextCode`` carries its characters as Unicode with the position
of the first one and the advances of the others (``DeltaX``, also compressed as ``g 3 5.6``), inside a
``TextObject`` whose ``Boundary`` (and optional ``CTM``) places it.

This module reads every character with its position on the page, from the pages' content and from the
template pages they use (headers, page numbers), at any depth of ``PageBlock`` and ``CompositeObject``,
in any order the producer wrote them; a ``PathObject``'s straight strokes are kept as rules. The
characters then go through the layout of :mod:`analysis.pdftext`, which rebuilds a PDF's text layer:
lines from positions, wrapped lines joined into paragraphs (right margin, first-line indent), a table
drawn with rules read row by row as tab-separated cells (a row cut by a page break joined up again),
pages separated by a form feed. A scanned page (one image over it, hardly any text) is read by OCR from its
image resource, as :mod:`analysis.pdftext` reads a scanned PDF page. Annotations (watermarks, a reader's notes)
and signatures (the seal's picture) are not text of the plan and are not read.

Producers differ: one object per line or one per character (PDF converters), namespace prefixes or none,
``BaseLoc`` paths absolute (``/Doc_0/…``) or relative to the part that names them. Parts are parsed with
lxml without network access or entities; a zip bomb, a DTD, a missing part or broken XML is refused
naming the part (:class:`analysis.loaders.UnusableFile`).
"""
from __future__ import annotations

import io
import math
import posixpath
import re
import unicodedata
import zipfile
import zlib
from typing import NamedTuple

from .loaders import UnusableFile, check_office_zip, xml_parser
from .ocr import Box

PT_PER_MM = 72 / 25.4  # the layout works in PDF points, as pdftext's thresholds (a rule's width) are set in them
ASCENT, DESCENT = 0.88, 0.12  # share of the font size above and below the baseline (a glyph's box)
NARROW_ADVANCE = 0.5  # advance of a half-width character without DeltaX, in font sizes (full width: 1)
RULE_MAX_WIDTH_MM = 0.5  # a stroke or filled box this thin, and ...
RULE_MIN_LENGTH_MM = 3.5  # ... at least this long, is a rule (a table's border)
MAX_DEPTH = 32  # PageBlock / CompositeObject nesting read at most this deep (a loop in resources ends here)

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class OfdPage(NamedTuple):
    """One page's characters (:class:`analysis.ocr.Box`, one per character) and the ruled table on it (as
    ``pdftext.ruled_table`` gives)."""

    boxes: list
    rules: tuple


def ofd_to_text(data: bytes, *, max_bytes: int, ocr: bool = True) -> tuple[str, str]:
    """The text of an OFD file (bytes in), paragraphs one per line, pages joined by ``"\\n\\f"``, and how it was
    read: ``ofd (3 pages)``, with ``; first of 2 documents`` when the package holds more than one.

    A scanned page (an image over at least half of it and fewer than 100 characters of text, as
    :mod:`analysis.pdftext` tells a scanned PDF page) is read by OCR (:func:`analysis.ocr.read_page`) unless
    ``ocr`` is False: ``ofd OCR (every page; mean confidence 0.998)``, or ``ofd text and OCR (2 of 5 pages; …)``.
    Raises :class:`UnusableFile` naming the part that is missing or broken, or when no page holds text."""
    from .pdftext import SCAN_MAX_CHARS, SCAN_MIN_COVER, placed_pages_to_text, ruled_table

    check_office_zip(data, max_bytes=max_bytes, kind="ofd")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        package = _Package(zf)
        roots = [_text(e) for e in package.parse("OFD.xml").iter() if _local(e) == "DocRoot"]
        roots = [r for r in roots if r]
        if not roots:
            raise UnusableFile("not a valid OFD file (OFD.xml names no DocRoot)")
        doc_path = package.resolve(roots[0], "OFD.xml")
        doc = package.parse(doc_path)
        default_box = _page_box(_first(doc, "PageArea"))
        templates = {e.get("ID"): package.resolve(e.get("BaseLoc", ""), doc_path)
                     for e in doc.iter() if _local(e) == "TemplatePage"}
        units, media = package.resources(doc, doc_path)
        pages, scans = [], {}  # scans: page index -> (image part, its box in points)
        for page in (e for e in doc.iter() if _local(e) == "Page"):
            path = package.resolve(page.get("BaseLoc", ""), doc_path)
            content = package.parse(path)
            box = _page_box(_first(content, "Area"), default_box)
            glyphs, strokes, images = [], [], []
            for ref in (e for e in content if _local(e) == "Template"):
                tpl = templates.get(ref.get("TemplateID"))
                if tpl is None:
                    raise UnusableFile(f"not a valid OFD file ({path} uses template {ref.get('TemplateID')!r}, "
                                       "which the document does not list)")
                _place(package.parse(tpl), units, box[3], glyphs, strokes, images)
            _place(content, units, box[3], glyphs, strokes, images)
            page_area = max(box[2] * box[3] * PT_PER_MM ** 2, 1.0)
            cover = max(images, key=lambda im: _area(im[1]), default=None)
            if (cover is not None and cover[0] in media and _area(cover[1]) >= SCAN_MIN_COVER * page_area
                    and sum(not g.text.isspace() for g in glyphs) < SCAN_MAX_CHARS):
                scans[len(pages)] = (media[cover[0]], cover[1])
            pages.append(OfdPage(glyphs, ruled_table(strokes)))
        how = _read_scans(package, pages, scans) if scans and ocr else "ofd"
    if not pages:
        raise UnusableFile("the OFD file has no pages")
    if not any(g.text.strip() for page in pages for g in page.boxes):
        raise UnusableFile(f"the OFD file's {len(pages)} page(s) hold no text"
                           + (" and OCR found none on their images" if scans and ocr else
                              " (scanned images?): run OCR on it, or save the plan as PDF, .docx or .txt"
                              + ("" if ocr else " (OCR is switched off: ocr = false)")))
    if how == "ofd":
        how = f"ofd ({len(pages)} page{'s' if len(pages) > 1 else ''}"
        how += f"; first of {len(roots)} documents)" if len(roots) > 1 else ")"
    return placed_pages_to_text(pages), how


def _read_scans(package, pages: list[OfdPage], scans: dict[int, tuple[str, tuple]]) -> str:
    """OCR the scanned pages' images into ``pages`` (the few characters of their own text kept, OCR's reading
    of those dropped); return how the file was read."""
    from PIL import Image, UnidentifiedImageError

    from . import ocr
    from .pdftext import not_over

    if len(scans) > ocr.MAX_OCR_PAGES:
        raise UnusableFile(f"{len(scans)} scanned pages: more than the {ocr.MAX_OCR_PAGES} a plan may send to OCR")
    found = {}
    try:
        for index, (part, (x0, y0, x1, _y1)) in sorted(scans.items()):
            try:
                with Image.open(io.BytesIO(package.read(part))) as img:
                    image = img.convert("RGB")
            except (UnidentifiedImageError, OSError, Image.DecompressionBombError, zipfile.BadZipFile,
                    zlib.error, EOFError, ValueError, RuntimeError) as exc:  # a damaged image or zip member
                raise UnusableFile(f"a scanned page whose image {part} cannot be read ({exc}; JBIG2 is not "
                                   "supported): save the plan as PDF") from None
            read = ocr.read_page(image, image.size[0] / max((x1 - x0) / 72, 1e-6))  # the image's own dpi
            found[index] = read
            glyphs = pages[index].boxes
            boxes = not_over([Box(b.x0 + x0, b.x1 + x0, b.y0 + y0, b.y1 + y0, b.text, b.score) for b in read.boxes],
                             glyphs)
            xs, ys, _ = read.rules
            rules = ([x + x0 for x in xs], [y + y0 for y in ys],
                     (xs[0] + x0, ys[0] + y0, xs[-1] + x0, ys[-1] + y0)) if xs else read.rules
            pages[index] = OfdPage(glyphs + boxes, rules)
    except ocr.OcrUnavailable as exc:
        raise UnusableFile(f"the OFD file's pages are scanned images and OCR cannot run: {exc}") from None
    confidence = f"mean confidence {ocr.mean_confidence(found):.3f}"
    if len(scans) == len(pages):
        return f"ofd OCR (every page; {confidence})"
    return f"ofd text and OCR ({len(scans)} of {len(pages)} pages; {confidence})"


def _area(box: tuple) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


class _Package:
    """The zip's parts by name (a producer's backslashes and letter case forgiven), parsed safely."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.names = {self._key(n): n for n in zf.namelist()}

    @staticmethod
    def _key(name: str) -> str:
        return name.replace("\\", "/").lstrip("/").lower()

    def resolve(self, loc: str, referrer: str) -> str:
        """The part a ``BaseLoc`` names: absolute from the package root (``/Doc_0/…``), else relative to the
        folder of the part that names it, else (as some producers write it) relative to the root."""
        loc = loc.strip().replace("\\", "/")
        here = posixpath.normpath(posixpath.join(posixpath.dirname(referrer), loc)).lstrip("/")
        for cand in ([loc.lstrip("/")] if loc.startswith("/") else [here, posixpath.normpath(loc)]):
            if self._key(cand) in self.names:
                return self.names[self._key(cand)]
        raise UnusableFile(f"not a valid OFD file ({referrer} names {loc!r}, which the package does not hold)")

    def parse(self, name: str):
        from lxml import etree

        raw = self.read(name)
        parser = xml_parser()
        try:
            return etree.fromstring(raw, parser)
        except etree.XMLSyntaxError as exc:
            if "encoding" not in str(exc).lower() and "utf-8" not in str(exc).lower():
                raise UnusableFile(f"not a valid OFD file (broken XML in {name}: {exc})") from None
        # a part that declares UTF-8 but was written in GB18030 (it happens): read it as such
        try:
            text = raw.decode("gb18030")
            return etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text).encode("utf-8"), parser)
        except (UnicodeDecodeError, etree.XMLSyntaxError) as exc:
            raise UnusableFile(f"not a valid OFD file (broken XML in {name}: {exc})") from None

    def read(self, name: str) -> bytes:
        if self._key(name) not in self.names:
            raise UnusableFile(f"not a valid OFD file (no {name} in the package)")
        return self.zf.read(self.names[self._key(name)])

    def resources(self, doc, doc_path: str) -> tuple[dict, dict]:
        """From the document's resource parts: ``CompositeGraphicUnit`` ID -> its element (a ``CompositeObject``
        draws one) and ``MultiMedia`` ID -> the part holding the image (a scanned page's). A resource part or
        file that cannot be found is skipped: only composite objects and scans need them."""
        units, media = {}, {}
        for res in (e for e in doc.iter() if _local(e) in ("PublicRes", "DocumentRes")):
            try:
                res_path = self.resolve(_text(res), doc_path)
                root = self.parse(res_path)
            except UnusableFile:
                continue
            base = root.get("BaseLoc", "")
            for e in root.iter():
                if _local(e) == "CompositeGraphicUnit":
                    units[e.get("ID")] = e
                elif _local(e) == "MultiMedia" and (file := _first(e, "MediaFile")) is not None:
                    loc = _text(file)
                    for cand in ([loc] if loc.startswith("/") else [posixpath.join(base, loc), loc]):
                        try:
                            media[e.get("ID")] = self.resolve(cand, res_path)
                            break
                        except UnusableFile:
                            continue
        return units, media


def _place(page, units: dict, height: float, glyphs: list, strokes: list, images: list) -> None:
    """Every character, rule and image of a page (or template page) element, appended to ``glyphs``,
    ``strokes`` and ``images`` (``(resource ID, (x0, y0, x1, y1))``) in PDF points, y upwards (``height``:
    the page's height in mm)."""
    def to_pt(x: float, y: float) -> tuple[float, float]:
        return x * PT_PER_MM, (height - y) * PT_PER_MM

    def walk(elements, outer, depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        for el in elements:
            name = _local(el)
            if name in ("Content", "Layer", "PageBlock"):
                walk(el, outer, depth + 1)
            elif name == "TextObject":
                _text_object(el, _compose(outer, _object_matrix(el)), to_pt, glyphs)
            elif name == "PathObject":
                _path_object(el, _compose(outer, _object_matrix(el)), to_pt, strokes)
            elif name == "ImageObject":  # the unit square, mapped by its CTM onto the page
                m = _compose(outer, _object_matrix(el))
                corners = [to_pt(*_apply(m, x, y)) for x, y in ((0, 0), (1, 1))]
                images.append((el.get("ResourceID"), _segment(*corners[0], *corners[1])))
            elif name == "CompositeObject":
                unit = units.get(el.get("ResourceID"))
                if unit is not None:
                    walk(_children(unit, "Content"), _compose(outer, _object_matrix(el)), depth + 1)

    walk(_children(page, "Content"), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)


def _text_object(el, m, to_pt, glyphs: list) -> None:
    """The characters of one ``TextObject`` (object matrix ``m``, object space to page mm), appended to ``glyphs``
    as :class:`analysis.ocr.Box` (one per character)."""
    size = _float(el.get("Size", el.get("size")), 0.0)  # "size": a converter (easyofd) writes it so
    scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2])) or 1.0
    h_scale = _float(el.get("HScale"), 1.0) or 1.0
    em = size * scale * PT_PER_MM
    x = y = 0.0
    for code in _children(el, "TextCode"):
        # a TextCode without X (or Y) takes the X (or Y) of the TextCode before it (GB/T 33190 11.2)
        x, y = _float(code.get("X"), x), _float(code.get("Y"), y)
        dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        cx, cy = x, y
        for i, ch in enumerate(code.text or ""):
            # ambiguous-width marks (— “ ” …) are full width in a Chinese font
            own = size * (1.0 if unicodedata.east_asian_width(ch) in "WFA" else NARROW_ADVANCE) * h_scale
            advance = dx[i] if i < len(dx) else own
            if unicodedata.category(ch) not in ("Cc", "Cf"):  # a space the producer wrote is text (— 1 —, 　　)
                left, base = _apply(m, cx, cy)
                right, _ = _apply(m, cx + (min(advance, own) if advance > 0 else own), cy)
                x0, y_base = to_pt(left, base)
                x1, _ = to_pt(right, base)
                glyphs.append(Box(min(x0, x1), max(x0, x1), y_base - DESCENT * em, y_base + ASCENT * em, ch, 1.0))
            cx += advance
            cy += dy[i] if i < len(dy) else 0.0


def _path_object(el, m, to_pt, strokes: list) -> None:
    """A ``PathObject``'s straight, thin strokes (and thin filled boxes) as rules ``(x0, y0, x1, y1)`` in points:
    the borders of a drawn table, a rule under a title."""
    box = _floats(el.get("Boundary"), 4)
    if box is not None and min(box[2], box[3]) <= RULE_MAX_WIDTH_MM and max(box[2], box[3]) >= RULE_MIN_LENGTH_MM:
        corners = [to_pt(*_apply(m, x, y)) for x, y in ((0, 0), (box[2], box[3]))]
        strokes.append(_segment(*corners[0], *corners[1]))
        return
    data = _first(el, "AbbreviatedData")
    if data is None or not data.text:
        return
    tokens = re.findall(r"[A-Za-z]|" + _NUMBER.pattern, data.text)
    point = start = None
    i = 0
    while i < len(tokens):
        op = tokens[i]
        if op in ("M", "S"):
            point = start = _pair(tokens, i + 1)
            i += 3
        elif op == "L":
            nxt = _pair(tokens, i + 1)
            if point is not None and nxt is not None:
                strokes.append(_segment(*to_pt(*_apply(m, *point)), *to_pt(*_apply(m, *nxt))))
            point = nxt
            i += 3
        elif op == "C":  # closes the subpath: a box's last side
            if point is not None and start is not None:
                strokes.append(_segment(*to_pt(*_apply(m, *point)), *to_pt(*_apply(m, *start))))
            point = start
            i += 1
        else:  # curves (Q, B, A) are no rules: skip the operator and its numbers
            i += 1
            while i < len(tokens) and not tokens[i].isalpha():
                i += 1
            point = None


def _segment(xa: float, ya: float, xb: float, yb: float) -> tuple[float, float, float, float]:
    return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)


def _pair(tokens: list[str], i: int):
    try:
        return float(tokens[i]), float(tokens[i + 1])
    except (IndexError, ValueError):
        return None


def _object_matrix(el) -> tuple:
    """Object space to its parent's space: the ``CTM``, then a move to the ``Boundary``'s origin."""
    box = _floats(el.get("Boundary"), 4) or (0.0, 0.0, 0.0, 0.0)
    a, b, c, d, e, f = _floats(el.get("CTM"), 6) or (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return a, b, c, d, e + box[0], f + box[1]


def _compose(outer: tuple, inner: tuple) -> tuple:
    """The matrix that applies ``inner``, then ``outer`` (``(a, b, c, d, e, f)``: x' = a x + c y + e)."""
    A, B, C, D, E, F = outer
    a, b, c, d, e, f = inner
    return A * a + C * b, B * a + D * b, A * c + C * d, B * c + D * d, A * e + C * f + E, B * e + D * f + F


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _deltas(value: str | None) -> list[float]:
    """A ``DeltaX``/``DeltaY`` list, its ``g N v`` runs (N times v) expanded."""
    if not value:
        return []
    out: list[float] = []
    tokens = value.split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            n, v = _float(tokens[i + 1], 0.0), _float(tokens[i + 2], 0.0)
            out.extend([v] * max(0, min(int(n), 100_000)))
            i += 3
        else:
            out.append(_float(tokens[i], 0.0))
            i += 1
    return out


def _page_box(area, default=(0.0, 0.0, 210.0, 297.0)) -> tuple:
    """A page area's ``PhysicalBox`` ``(x, y, width, height)`` in mm (A4 when none is given)."""
    box = _first(area, "PhysicalBox") if area is not None else None
    return (_floats(box.text, 4) if box is not None else None) or default


def _float(value, default: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    return v if math.isfinite(v) else default


def _floats(value, n: int):
    nums = _NUMBER.findall(value or "")
    return tuple(float(v) for v in nums[:n]) if len(nums) >= n else None


def _local(el) -> str:
    """An element's name without its namespace (producers differ in prefixes and namespaces)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _children(el, name: str):
    return [c for c in el if _local(c) == name]


def _first(el, name: str):
    return next((c for c in el.iter() if _local(c) == name), None)


def _text(el) -> str:
    return (el.text or "").strip()
