"""Word 2003 XML documents ("WordprocessingML 2003", ``<w:wordDocument>``) to text.

Word 2003 saves a document as one XML file (File > Save As > XML Document); office systems export it, and
sites serve it under ``.xml`` or ``.doc`` names. Read as a text file it would give its markup, so it has a
reader of its own, with the shape of :func:`analysis.loaders.docx_to_text`:

- paragraphs (``w:p``) one per line, inside sections and sub-sections (``wx:sect``, ``wx:sub-section``);
- a paragraph of an automatic list starts with the number Word draws: from ``w:lists`` (``w:listDef`` levels
  with ``w:nfc`` number formats, ``w:lvlText`` and ``w:start``; ``w:list`` instances with start overrides),
  set on the paragraph (``w:listPr``) or on its style, counted as :class:`analysis.wordnum.ListNumbers` counts
  Word's lists; bullets draw none;
- a table row of one-paragraph cells as one line of tab-separated cells (:func:`analysis.wordbin.table_lines`),
  a cell merged into the one above (``w:vmerge`` continuing) read once, a nested table's paragraphs in its cell;
- a text box's paragraphs (``w:txbxContent``) after the paragraph it is anchored in;
- tracked changes accepted (``Word.Deletion`` annotations left out, insertions kept), field codes dropped
  and results kept; not read: headers, footers, footnotes, comments, hidden text (``w:vanish``).

Parsed with lxml without network access or entities (a DTD is refused).
"""
from __future__ import annotations

import re

from .loaders import UnusableFile, xml_parser
from .wordbin import NFC_FORMATS, table_lines
from .wordnum import ListNumbers

W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
WX = "{http://schemas.microsoft.com/office/word/2003/auxHint}"
AML = "{http://schemas.microsoft.com/aml/2001/core}"
_CONTAINERS = {WX + "sect", WX + "sub-section", W + "body", W + "sdt", W + "sdtContent", W + "customXml",
               W + "smartTag"}
# Not text of the document as it reads: section properties (headers, footers), footnotes and endnotes, field
# codes, pictures and their shapes (a text box in one is read after its paragraph), deleted text.
_NOT_READ = {W + "sectPr", W + "footnote", W + "endnote", W + "instrText", W + "delText", W + "pPr", W + "rPr",
             W + "pict", W + "binData", W + "fldData", W + "tblPr", W + "tcPr", W + "trPr", W + "tblGrid"}


def _val(el, tag: str, default=None):
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val", default) if child is not None else default


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _lists(root) -> tuple[ListNumbers, dict[str, object]]:
    """The document's list numbering (:class:`ListNumbers` over list ids) and instance ``ilfo`` -> list id.

    Instances of one list definition share its counters, as in a ``.doc``; one that overrides a start number or
    a level counts on its own."""
    lists = root.find(W + "lists")
    if lists is None:
        return ListNumbers(), {}

    def levels_of(el) -> dict[int, tuple[str, str, int, int | None]]:
        out = {}
        for lvl in el.findall(W + "lvl"):
            restart = _val(lvl, "lvlRestart")
            out[_int(lvl.get(W + "ilvl"), 0)] = (NFC_FORMATS.get(_int(_val(lvl, "nfc"), 0), "decimal"),
                                                 _val(lvl, "lvlText", ""), _int(_val(lvl, "start"), 1),
                                                 None if restart is None else _int(restart, 0))
        return out

    defs = {d.get(W + "listDefId"): levels_of(d) for d in lists.findall(W + "listDef")}
    levels = {("def", k): v for k, v in defs.items()}
    list_of = {}
    for inst in lists.findall(W + "list"):
        ilfo, def_id = inst.get(W + "ilfo"), _val(inst, "ilst")
        own = dict(defs.get(def_id, {}))
        changed = False
        for override in inst.findall(W + "lvlOverride"):
            ilvl = _int(override.get(W + "ilvl"), 0)
            if override.find(W + "lvl") is not None:
                own.update(levels_of(override))
                changed = True
            start = _val(override, "startOverride")
            if start is not None and ilvl in own:
                fmt, text, _, restart = own[ilvl]
                own[ilvl] = (fmt, text, _int(start, 1), restart)
                changed = True
        list_of[ilfo] = ("lfo", ilfo) if changed else ("def", def_id)
        if changed:
            levels[list_of[ilfo]] = own
    return ListNumbers(levels), list_of


def _style_lists(root) -> dict[str, tuple[str, int]]:
    """Paragraph style id -> the ``(ilfo, ilvl)`` its ``w:listPr`` (or that of a style it is based on) sets."""
    styles = root.find(W + "styles")
    own, based = {}, {}
    for style in (styles.findall(W + "style") if styles is not None else []):
        sid = style.get(W + "styleId")
        lp = style.find(f"{W}pPr/{W}listPr")
        if lp is not None:
            own[sid] = (_val(lp, "ilfo", "0"), _int(_val(lp, "ilvl"), 0))
        based[sid] = _val(style, "basedOn")
    out = {}
    for sid in based:
        cur, seen = sid, set()
        while cur is not None and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur in own:
            out[sid] = own[cur]
    return out


class _Reader:
    def __init__(self, root):
        self.numbers, self.list_of = _lists(root)
        self.style_lists = _style_lists(root)

    def label(self, p) -> str:
        ppr = p.find(W + "pPr")
        lp = ppr.find(W + "listPr") if ppr is not None else None
        ilfo, ilvl = (None, 0)
        if lp is not None and _val(lp, "ilfo") is not None:
            ilfo, ilvl = _val(lp, "ilfo"), _int(_val(lp, "ilvl"), 0)
        elif ppr is not None and _val(ppr, "pStyle") in self.style_lists:
            ilfo, ilvl = self.style_lists[_val(ppr, "pStyle")]
            if lp is not None and _val(lp, "ilvl") is not None:
                ilvl = _int(_val(lp, "ilvl"), 0)
        if ilfo in (None, "0"):
            return ""
        return self.numbers.number(self.list_of.get(ilfo), ilvl)

    def blocks(self, el, in_cell: bool = False):
        for child in el:
            if child.tag == W + "p":
                yield from self.paragraph(child)
            elif child.tag == W + "tbl":
                rows = self.rows(child)
                if in_cell:  # a nested table: its paragraphs are paragraphs of the outer cell
                    yield from (p for row in rows for cell in row for p in cell)
                else:
                    yield from table_lines(rows)
            elif child.tag in _CONTAINERS:
                yield from self.blocks(child, in_cell)

    def paragraph(self, p):
        boxes = list(p.iter(W + "txbxContent"))
        yield self.label(p) + "".join(self.text(p))
        for box in boxes:
            yield from self.blocks(box)

    def text(self, el):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_READ:
                continue
            if tag == AML + "annotation":
                kind = child.get(W + "type", "")
                if kind == "Word.Insertion":
                    yield from self.text(child)  # an insertion's runs are inside aml:content
                continue  # a deletion's text, a comment, a bookmark: not text of the document as it reads
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                if rpr is not None and rpr.find(W + "vanish") is not None and \
                        rpr.find(W + "vanish").get(W + "val", "on") not in ("off", "0", "false"):
                    continue
            if tag == W + "t":
                yield child.text or ""
            elif tag == W + "tab":
                yield "\t"
            elif tag in (W + "br", W + "cr"):
                yield "\n"
            elif tag == W + "txbxContent":
                continue  # read after the paragraph
            else:
                yield from self.text(child)

    def rows(self, tbl) -> list[list[list[str]]]:
        out = []
        for tr in tbl.findall(W + "tr"):
            cells = []
            for tc in tr.findall(W + "tc"):
                vmerge = tc.find(f"{W}tcPr/{W}vmerge")
                if vmerge is not None and vmerge.get(W + "val", "continue") != "restart":
                    continue  # merged into the cell above: read once
                cells.append(list(self.blocks(tc, in_cell=True)) or [""])
            if cells:
                out.append(cells)
        return out


def wordml_to_text(data: bytes) -> str:
    """The text of a Word 2003 XML document (its bytes), one paragraph per line (see the module docstring).

    Raises :class:`~analysis.loaders.UnusableFile` for broken XML, a DTD, or a document without text."""
    from lxml import etree

    if re.search(rb"<!(?:DOCTYPE|ENTITY)", data[:100_000], re.I):
        raise UnusableFile("refused Word 2003 XML document: it declares a DTD/entities (never used by Word)")
    parser = xml_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UnusableFile(f"not a valid Word 2003 XML document (broken XML: {exc})") from None
    body = root.find(W + "body")
    if root.tag != W + "wordDocument" or body is None:
        raise UnusableFile("not a Word 2003 XML document (no w:wordDocument with a w:body)")
    text = "\n".join(_Reader(root).blocks(body))
    if not text.strip():
        raise UnusableFile("the Word 2003 XML document holds no text")
    return text
