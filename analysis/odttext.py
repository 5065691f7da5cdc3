"""OpenDocument text (``.odt``) to text: plans saved by LibreOffice, OpenOffice or an office suite in ODF.

An ``.odt`` file is a zip package (checked as a ``.docx`` is) whose ``content.xml`` holds the body and whose
``styles.xml`` holds most styles; the format is OASIS OpenDocument 1.2/1.3. This module reads the body as
the ``.docx`` reader reads a Word document:

- paragraphs (``text:p``) and headings (``text:h``) one per line, inside sections, lists and index bodies;
  ``text:s`` spaces, ``text:tab`` tabs and ``text:line-break`` line breaks kept;
- a paragraph of a numbered list starts with the number the application draws, which is not in the text:
  from the list style's level (``style:num-format`` such as ``1``, ``一, 二, 三, ...``, ``①, ②, ③, ...``,
  prefix, suffix, ``text:display-levels`` or LibreOffice's ``loext:num-list-format``), counting as ODF
  counts (a list continues an earlier one with ``text:continue-numbering`` or ``text:continue-list``, an item
  may restart at ``text:start-value``); a numbered outline heading gets its outline number; bullets draw none;
- a table takes the ``.docx`` shape (:func:`analysis.wordbin.table_lines`): covered (merged) cells are read
  once, a nested table's paragraphs are paragraphs of its cell;
- a text box (``draw:text-box`` in a ``draw:frame``) is read after the paragraph it is anchored in;
- not read: notes (footnotes, endnotes), annotations (comments), the tracked-changes record (deleted text is
  kept there, so the text reads with the changes accepted), hidden text and hidden paragraphs.

Parts are parsed with lxml without network access or entities; a missing or broken part is refused naming it.
"""
from __future__ import annotations

import io
import re
import zipfile

from .loaders import UnusableFile, check_office_zip, xml_parser
from .wordbin import table_lines
from .wordnum import format_number

_NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "xml": "http://www.w3.org/XML/1998/namespace",
       "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


P, H, LIST, ITEM, HEADER = _q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item"), _q("text:list-header")
TABLE, ROW, CELL, COVERED = _q("table:table"), _q("table:table-row"), _q("table:table-cell"), _q("table:covered-table-cell")
TEXT_BOX, _DRAW = _q("draw:text-box"), "{" + _NS["draw"] + "}"
# Elements whose content is not text of the plan as it reads (notes, comments, the deleted text of tracked
# changes, hidden text, a list label cached by the writer: the label is drawn from the list style instead).
_NOT_TEXT = {_q(n) for n in ("text:note", "office:annotation", "office:annotation-end", "text:tracked-changes",
                             "text:hidden-text", "text:number", "text:sequence-decls", "text:variable-decls",
                             "text:user-field-decls", "text:bookmark", "text:bookmark-start", "text:bookmark-end",
                             "office:forms", "text:soft-page-break", "text:change", "text:change-start",
                             "text:change-end", "text:index-title-template")}
# Containers whose children are read in order as blocks (sections, index bodies, rows grouped as header rows).
_CONTAINERS = {_q(n) for n in ("text:section", "text:index-body", "text:table-of-content", "text:illustration-index",
                               "text:table-index", "text:object-index", "text:user-index", "text:alphabetical-index",
                               "text:bibliography", "text:index-title", "table:table-header-rows", "table:table-rows",
                               "table:table-row-group", "text:change-region-placeholder")}

# ODF number formats (style:num-format) -> the Word format names analysis.wordnum draws
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
            "一, 二, 三, ...": "chineseCounting", "壹, 贰, 叁, ...": "chineseLegalSimplified",
            "①, ②, ③, ...": "decimalEnclosedCircle", "１, ２, ３, ...": "decimalFullWidth",
            "甲, 乙, 丙, ...": "ideographTraditional", "一, 十, 一百(壹,拾,壹佰), ...": "chineseCounting"}
_PLACEHOLDER = re.compile(r"%(\d)%")
MAX_REPEAT = 64  # a repeat count beyond this is a spreadsheet's filler (or forged), not a plan's cells or spaces


class _Level:
    __slots__ = ("fmt", "prefix", "suffix", "start", "shown", "pattern")

    def __init__(self, el):
        fmt = el.get(_q("style:num-format"), "")
        self.fmt = _FORMATS.get(fmt, "decimal" if fmt else "none")
        self.prefix, self.suffix = el.get(_q("style:num-prefix"), ""), el.get(_q("style:num-suffix"), "")
        self.start = _int(el.get(_q("text:start-value")), 1)
        self.shown = _int(el.get(_q("text:display-levels")), 1)
        self.pattern = el.get(_q("loext:num-list-format"))  # LibreOffice's full label: "%1%.%2%."


def _int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _list_styles(*roots) -> tuple[dict[str, dict[int, _Level]], dict[int, _Level]]:
    """Numbered list styles by name (level, 0-based -> its format; bullet levels left out) and the outline
    style's numbered levels."""
    styles: dict[str, dict[int, _Level]] = {}
    outline: dict[int, _Level] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_q("text:list-style")):
            levels = {int(el.get(_q("text:level"), "1")) - 1: _Level(el)
                      for el in style.iter(_q("text:list-level-style-number"))}
            styles[style.get(_q("style:name"), "")] = levels
        for style in root.iter(_q("text:outline-style")):
            outline = {int(el.get(_q("text:level"), "1")) - 1: _Level(el)
                       for el in style.iter(_q("text:outline-level-style"))}
    return styles, outline


class _Numbering:
    """The counters of the document's lists, advanced in reading order as ODF numbers list items."""

    def __init__(self, styles: dict[str, dict[int, _Level]], outline: dict[int, _Level]):
        self.styles, self.outline = styles, outline
        self.chains: dict[str, list[int]] = {}  # a list's xml:id -> the counters it continues
        self.last_by_style: dict[str, list[int]] = {}
        self.outline_counters: list[int] = []

    def open_list(self, el, parent_counters: list[int] | None) -> list[int]:
        """The counters a ``text:list`` element uses: its parent item's (a nested list), the list it continues,
        or new ones."""
        style = el.get(_q("text:style-name"), "")
        if parent_counters is not None:
            counters = parent_counters
        elif el.get(_q("text:continue-list")) in self.chains:
            counters = self.chains[el.get(_q("text:continue-list"))]
        elif el.get(_q("text:continue-numbering")) == "true" and style in self.last_by_style:
            counters = self.last_by_style[style]
        else:
            counters = []
        xml_id = el.get(_q("xml:id"))
        if xml_id:
            self.chains[xml_id] = counters
        if parent_counters is None:
            self.last_by_style[style] = counters
        return counters

    def label(self, style: str, depth: int, counters: list[int], start_value: int | None) -> str:
        """Advance ``counters`` for an item at ``depth`` (0-based) of a list of ``style``; its drawn label."""
        levels = self.styles.get(style, {})
        level = levels.get(depth)
        if level is None or level.fmt == "none":
            return ""  # a bullet or an unnumbered level draws no number (and does not count)
        return _advance(levels, depth, counters, level.start if start_value is None else start_value,
                        start_value is not None)

    def heading(self, el, unnumbered: bool) -> str:
        """The outline number drawn before a ``text:h`` (``""`` when the outline level is not numbered, or
        ``unnumbered``: its paragraph style takes it out of the outline's numbering)."""
        depth = _int(el.get(_q("text:outline-level")), 1) - 1
        level = self.outline.get(depth)
        if level is None or level.fmt == "none" or el.get(_q("text:is-list-header")) == "true" or unnumbered:
            return ""
        start = _int(el.get(_q("text:start-value")), level.start)
        return _advance(self.outline, depth, self.outline_counters, start,
                        el.get(_q("text:restart-numbering")) == "true")


def _advance(levels: dict[int, _Level], depth: int, counters: list[int], start: int, restart: bool) -> str:
    while len(counters) <= depth:
        counters.append(levels[len(counters)].start - 1 if len(counters) in levels else 0)
    counters[depth] = start if restart else counters[depth] + 1
    del counters[depth + 1:]  # the levels below restart
    level = levels[depth]

    def draw(k: int) -> str:
        sub = levels.get(k, level)
        return format_number(max(counters[k], 1) if k < len(counters) else 1, sub.fmt)

    if level.pattern:
        return _PLACEHOLDER.sub(lambda m: draw(int(m.group(1)) - 1) if int(m.group(1)) - 1 <= depth else "",
                                level.pattern)
    shown = range(max(0, depth - level.shown + 1), depth + 1)
    return level.prefix + ".".join(draw(k) for k in shown) + level.suffix


class _Body:
    """Reads the body's blocks into lines."""

    def __init__(self, numbering: _Numbering, hidden_styles: set[str], list_of_style: dict[str, str | None]):
        self.numbering, self.hidden, self.list_of_style = numbering, hidden_styles, list_of_style

    def blocks(self, el, in_cell: bool = False):
        """Lines of the blocks under ``el`` (in a table cell, a nested table gives its paragraphs, as in a .doc)."""
        for child in el:
            tag = child.tag
            if tag in (P, H):
                yield from self.paragraph(child)
            elif tag == LIST:
                yield from self.list(child, None)
            elif tag == TABLE and in_cell:
                for row in self.rows(child):
                    for cell in row:
                        yield from cell
            elif tag == TABLE:
                yield from table_lines(self.rows(child))
            elif tag in _CONTAINERS:
                yield from self.blocks(child, in_cell)

    def list(self, el, outer):
        style = el.get(_q("text:style-name")) or (outer[0] if outer else "")
        depth = outer[1] + 1 if outer else 0
        counters = self.numbering.open_list(el, outer[2] if outer else None)
        for item in el:
            if item.tag not in (ITEM, HEADER):
                continue
            start = item.get(_q("text:start-value"))
            label = "" if item.tag == HEADER else None
            for child in item:
                if child.tag in (P, H):
                    if label is None:  # the item's first paragraph carries its number
                        label = self.numbering.label(style, depth, counters, _int(start, 1) if start else None)
                        yield from self.paragraph(child, label)
                    else:
                        yield from self.paragraph(child)
                elif child.tag == LIST:
                    yield from self.list(child, (style, depth, counters))
                elif child.tag == TABLE:
                    yield from table_lines(self.rows(child))

    def paragraph(self, el, label: str = ""):
        if el.get(_q("text:style-name")) in self.hidden or any(
                h.get(_q("text:is-hidden")) == "true" for h in el.iter(_q("text:hidden-paragraph"))):
            return
        if el.tag == H and not label:  # a style that names a list style ("" for none) is not outline-numbered
            label = self.numbering.heading(el, self.list_of_style.get(el.get(_q("text:style-name"), "")) is not None)
        boxes: list = []
        yield label + "".join(self.inline(el, boxes))
        for shape in boxes:
            for box in list(shape.iter(TEXT_BOX)) or [shape]:
                yield from self.blocks(box)

    def inline(self, el, boxes: list):
        """The characters of a paragraph's content; text boxes met on the way are collected into ``boxes``."""
        if el.text:
            yield el.text
        for child in el:
            tag = child.tag
            if tag == _q("text:s"):
                yield " " * min(max(_int(child.get(_q("text:c")), 1), 0), MAX_REPEAT)  # a forged count stays small
            elif tag == _q("text:tab"):
                yield "\t"
            elif tag == _q("text:line-break"):
                yield "\n"
            elif isinstance(tag, str) and tag.startswith(_DRAW):
                boxes.append(child)  # a text box, a shape holding text, a picture: read after the paragraph
            elif tag in _NOT_TEXT or (child.get(_q("text:style-name")) in self.hidden):
                pass
            elif tag == _q("text:ruby"):
                base = child.find(_q("text:ruby-base"))
                if base is not None:
                    yield from self.inline(base, boxes)
            elif isinstance(tag, str):
                yield from self.inline(child, boxes)
            if child.tail:
                yield child.tail

    def rows(self, table) -> list[list[list[str]]]:
        """Each row's cells, each cell its paragraphs; cells covered by a merged cell are left out, and a cell or
        row written once with a repeat count (empty ones, as LibreOffice writes them) counts that many times."""
        out = []
        for row in _table_rows(table):
            cells = []
            for cell in row:
                if cell.tag == CELL:
                    paragraphs = list(self.blocks(cell, in_cell=True)) or [""]
                    cells.extend([paragraphs] * min(_int(cell.get(_q("table:number-columns-repeated")), 1), MAX_REPEAT))
            if cells:
                out.extend([cells] * min(_int(row.get(_q("table:number-rows-repeated")), 1), MAX_REPEAT))
        return out


def _table_rows(table):
    """The ``table:table-row`` elements of a table in order, inside header-row and row groups too."""
    for child in table:
        if child.tag == ROW:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _table_rows(child)


def _list_style_of(*roots) -> dict[str, str | None]:
    """Paragraph style name -> the list style it (or the nearest style it is based on) sets, ``""`` for one that
    sets none explicitly (``style:list-style-name=""``), None when no style of its chain sets it."""
    own, parent = {}, {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_q("style:style")):
            name = style.get(_q("style:name"), "")
            own[name] = style.get(_q("style:list-style-name"))
            parent[name] = style.get(_q("style:parent-style-name"))
    out = {}
    for name in own:
        seen, cur = set(), name
        while cur is not None and cur not in seen and own.get(cur) is None:
            seen.add(cur)
            cur = parent.get(cur)
        out[name] = own.get(cur) if cur is not None else None
    return out


def _hidden_styles(*roots) -> set[str]:
    """Names of text and paragraph styles that hide their text (``text:display="none"``)."""
    out = set()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_q("style:style")):
            props = style.find(_q("style:text-properties"))
            if props is not None and props.get(_q("text:display")) == "none":
                out.add(style.get(_q("style:name")))
    return out


def _parse(zf: zipfile.ZipFile, name: str, required: bool):
    from lxml import etree

    try:
        data = zf.read(name)
    except KeyError:
        if required:
            raise UnusableFile(f"not a valid OpenDocument text (no {name} in the zip)") from None
        return None
    parser = xml_parser()
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise UnusableFile(f"not a valid OpenDocument text (broken XML in {name}: {exc})") from None


def odt_to_text(data: bytes, *, max_bytes: int) -> str:
    """The text of an OpenDocument text file (its bytes), one paragraph per line (see the module docstring).

    Raises :class:`~analysis.loaders.UnusableFile` for a damaged package, a missing or broken part, or a body
    without text."""
    check_office_zip(data, max_bytes=max_bytes, kind="odt")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        content = _parse(zf, "content.xml", required=True)
        styles = _parse(zf, "styles.xml", required=False)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise UnusableFile("not an OpenDocument text (content.xml has no office:text body; a spreadsheet or a "
                           "presentation?)")
    numbering = _Numbering(*_list_styles(styles, content))
    body_reader = _Body(numbering, _hidden_styles(styles, content), _list_style_of(styles, content))
    text = "\n".join(body_reader.blocks(body))
    if not text.strip():
        raise UnusableFile("the OpenDocument text holds no text")
    return text
