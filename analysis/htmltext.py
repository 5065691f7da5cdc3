"""HTML page to article text, one paragraph per line, characters kept as the page has them.

Two tools, each doing what it is good at:

* an lxml walk of the page gives the text of every block element (``<p>``, ``<div>``, ``<h1>``…,
  ``<li>``, table cells, ``<br>`` breaks) exactly, full-width spaces and ``&nbsp;`` included. Before the
  walk, elements that cannot hold the article are dropped: ``script``, ``style``, ``head``, forms
  controls…, and page chrome (``nav``, ``header``, ``footer``, ``aside``, ``form`` and elements whose
  ``class``/``id`` say nav/menu/breadcrumb/share/footer/copyright/sidebar) unless that element holds
  most of the page's Chinese text (ASP.NET pages wrap everything in one ``<form>``);
* ``trafilatura`` (``favor_recall``) finds where the article is. Its own text is not used, because it
  trims indentation and collapses white space; its lines are matched in order against the walked blocks,
  and every block from the first to the last matched one is kept, widened over neighbouring blocks in
  the same container. So a short heading line such as ``一、改进调查研究`` that trafilatura might drop
  is kept when it lies inside the article. Lines made only of link text at either end of the range
  (a sidebar or menu list trafilatura took in) are left out.

If trafilatura finds nothing, or too little of its text matches the blocks (:data:`MIN_ALIGNED_SHARE`),
every walked block is kept (page furniture left in them is recognised later by :mod:`analysis.furniture`).

Nothing in the page is run or fetched: lxml parses with ``no_network`` and without entity loading.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lhtml

from .loaders import UnusableFile
from .plan_body import TABLE_HEADER_CELLS
from .wordnum import format_number

MIN_ALIGNED_SHARE = 0.5  # share of trafilatura's text that must be found in the blocks to trust its range
CHROME_MAX_SHARE = 0.5  # chrome elements holding more than this share of the page's Chinese text are kept

_DROP_TAGS = ("script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg",
              "canvas", "select", "option", "button", "input", "textarea", "map")
_CHROME_TAGS = ("nav", "header", "footer", "aside", "form", "menu")
_CHROME_TOKEN = re.compile(r"^(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|share|bshare|sharebar|"
                           r"footer|copyright|sidebar|topbar|weizhi|dqwz)$", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split())
MAX_HTML_DEPTH = 2048  # libxml2's nesting limit with huge_tree (256 without it)
_INLINE_TAG = re.compile(r"</?(?:font|span|b|i|u|s|em|strong|small|big|sub|sup|o:p|st1:\w+)(?=[\s/>])[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_EDGE_BREAK = re.compile(r"^[ \t\f]*[\r\n][ \t\r\n\f]*|[ \t\r\n\f]*[\r\n][ \t\f]*$")
_INNER_BREAK = re.compile(r"[ \t\f]*[\r\n][ \t\r\n\f]*")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NOT_KEY = re.compile(r"[\s|]+")
_DRAWN_LABEL = re.compile(r"^\s*(?:[0-9]{1,3}\.|[a-zA-Z]{1,4}\.|[一二三四五六七八九十百]{1,4}、|（[0-9]{1,3}）|[①-⑳])")


def html_to_text(page: str) -> str:
    """The article text of an HTML page (a decoded string), one block per line, joined with ``\\n``."""
    page = _XML_DECL.sub("", page, count=1)
    root, too_deep = _parse(page)
    if too_deep:
        # libxml2 drops whatever lies deeper than its nesting limit. An old page that never closes its inline
        # tags (<font><span> on every line) gets there; those tags carry no paragraphs, so read it without them.
        page = _INLINE_TAG.sub("", page)
        root, too_deep = _parse(page)
        if too_deep:
            raise UnusableFile(f"the page nests its tags deeper than {MAX_HTML_DEPTH:,} levels (block tags never "
                               "closed), and text beyond that depth cannot be read; save the page as text")
    if root is None:
        return ""
    _drop_chrome(root)
    blocks, owners, link_only = _walk(root)
    if not blocks:
        return ""
    first, last = _extend_to_siblings(*_article_range(page, blocks), owners)
    # lines made only of links at either end of the range are link lists (sidebars, menus), not the plan
    while first < last and link_only[first]:
        first += 1
    while last > first and link_only[last]:
        last -= 1
    return "\n".join(blocks[first:last + 1])


def _parse(page: str):
    """``(root or None, too_deep)``: the parsed page, and whether it nests deeper than libxml2 reads."""
    parser = lhtml.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    try:
        root = lhtml.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message for e in parser.error_log)


def _n_cjk(el) -> int:
    return len(_CJK.findall(el.text_content()))


def _is_chrome(el) -> bool:
    if el.tag in _CHROME_TAGS:
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return any(_CHROME_TOKEN.match(tok) for tok in re.split(r"[\s_-]+", names) if tok)


def _drop_chrome(root) -> None:
    """Remove non-content elements in place (their tail text stays)."""
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    total = max(_n_cjk(root), 1)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or not _is_chrome(el):
            continue
        if _n_cjk(el) <= CHROME_MAX_SHARE * total:
            el.drop_tree()


def _walk(root) -> tuple[list[str], list, list[bool]]:
    """The text of each block of the page in order, white space tidied (see :func:`_tidy`); for each, the
    block element it came from and whether all its text is link text (``<a href>``)."""
    lines: list[str] = []
    owners: list = []
    link_only: list[bool] = []
    cur: list[tuple[str, bool]] = []
    stack = [root]

    def flush():
        if cur:
            line = _tidy("".join(t for t, _ in cur))
            if line.strip():
                lines.append(line)
                owners.append(stack[-1])
                link_only.append(all(is_link for t, is_link in cur if t.strip()))
            cur.clear()

    def add(text: str, in_pre: bool, in_link: bool):
        parts = text.split("\n") if in_pre else [text]
        for i, part in enumerate(parts):
            if i:
                flush()
            cur.append((part, in_link))

    def open_(el, in_pre: bool, in_link: bool, todo: list) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "tr" and not in_pre and (cells := _simple_row(el)):
            # a row of short cells is one line, its cells split by tabs (序号  整改措施  责任单位), as a
            # reader reads it; a layout table, whose cells hold paragraphs, is walked block by block. A row
            # of links only (首页  集团概况  新闻中心) is a menu.
            flush()
            stack.append(el)
            cur.append(("\t".join(cells), _links_only(el)))
            flush()
            stack.pop()
            if el.tail:
                add(el.tail, in_pre, in_link)
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            flush()
        if block:
            stack.append(el)
        inner_pre, inner_link = in_pre or tag == "pre", in_link or (tag == "a" and el.get("href") is not None)
        if tag == "li":
            cur.append((list_label(el), False))
        if el.text and tag != "br":
            add(el.text, inner_pre, inner_link)
        todo.append((close, el, block, in_pre, in_link))  # after its children, which go on top of it
        todo.extend((open_, child, inner_pre, inner_link) for child in reversed(el))

    def close(el, block: bool, in_pre: bool, in_link: bool) -> None:
        if block:
            flush()
            stack.pop()
        if el.tail:
            add(el.tail, in_pre, in_link)

    # A stack of elements still to open or close, not recursion: an old page that never closes its tags
    # (<font><span> on every line) nests thousands deep, deeper than Python's recursion limit.
    todo: list = [(open_, root, False, False)]
    while todo:
        step, *args = todo.pop()
        if step is open_:
            open_(*args, todo)
        else:
            close(*args)
    flush()
    return lines, owners, link_only


# A data table's cell holds a phrase or a measure, at most a few short paragraphs; a layout table's cell holds
# a page section (a nested table, a list, many paragraphs, long text).
DATA_CELL_MAX_CHARS = 400
DATA_CELL_MAX_BLOCKS = 4
_NUMBERED_PIECE = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])")
_LAYOUT_TAGS = {"table", "ul", "ol", "li", "h1", "h2", "h3", "form", "nav", "header", "footer", "section", "article"}


def _simple_row(tr) -> list[str]:
    """The tidied texts of a ``<tr>``'s cells when it is a row of a data table, else ``[]``: two or more cells,
    each short (``DATA_CELL_MAX_CHARS``) with no nested table or list and at most ``DATA_CELL_MAX_BLOCKS`` line
    breaks or paragraphs, which join with a space (``陈卫东<br>（市委常委、秘书长）`` is one cell) unless they are
    lines of a numbered plan."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) < 2:
        return []
    out = []
    for c in cells:
        inner = [d.tag for d in c.iterdescendants() if isinstance(d.tag, str)]
        breaks = sum(t == "br" or t in _BLOCK_TAGS for t in inner)
        if any(t in _LAYOUT_TAGS for t in inner) or breaks > DATA_CELL_MAX_BLOCKS:
            return []
        pieces = _cell_pieces(c)
        text = _tidy(" ".join(pieces)).strip(" \t\r\n\u3000\xa0")
        if len(text) > DATA_CELL_MAX_CHARS or (len(pieces) > 1 and any(_NUMBERED_PIECE.match(x) for x in pieces)
                                                and not _under_ledger_header(tr)):
            # long, or lines of a numbered plan (一、精简会议 / 1.严控会期。): a layout cell; but in a ledger under a
            # 序号 header row, a cell's 1、…<br>2、… is the list of that row's measures
            return []
        out.append(text)
    return out


def _under_ledger_header(tr) -> bool:
    """Whether the table holding ``tr`` opens with a header row of three or more cells, ``序号`` (or 编号, 序) first."""
    table = next(tr.iterancestors("table"), None)
    first = next(table.iter("tr"), None) if table is not None else None
    cells = [c for c in first if isinstance(c.tag, str) and c.tag in ("td", "th")] if first is not None else []
    return len(cells) >= 3 and _tidy("".join(cells[0].itertext())).strip(" \t\r\n\u3000\xa0") in TABLE_HEADER_CELLS


def _links_only(el) -> bool:
    """Whether all the text of ``el`` sits inside links (``<a href>``)."""
    linked = "".join("".join(a.itertext()) for a in el.iter("a") if a.get("href") is not None)
    return _tidy(linked).strip() == _tidy("".join(el.itertext())).strip() != ""


def _cell_pieces(cell) -> list[str]:
    """A cell's text split where it has a line break or a paragraph boundary."""
    pieces, cur = [], []
    for ev, el in etree.iterwalk(cell, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if ev == "start":
            if (tag == "br" or tag in _BLOCK_TAGS) and el is not cell:
                pieces.append("".join(cur))
                cur = []
            if el.text and tag != "br":
                cur.append(el.text)
        else:
            if tag in _BLOCK_TAGS and el is not cell:
                pieces.append("".join(cur))
                cur = []
            if el.tail and el is not cell:
                cur.append(el.tail)
    pieces.append("".join(cur))
    return [p.strip(" \t\r\n\u3000\xa0") for p in pieces if p.strip(" \t\r\n\u3000\xa0")]


_NESTED_FORM = "（{}）"  # an <ol> inside a list item; one nested deeper is drawn ①


def list_label(li) -> str:
    """The number a browser draws before ``<li>`` of an ``<ol>`` (``""`` in a ``<ul>``): its position
    (``start``/``value`` respected) in the list's ``type`` (1, a, A, i, I) or CSS ``list-style-type``
    (``cjk-ideographic`` draws 一、). The text has no indentation, so a list nested in a list item is
    drawn (1), (2) and one nested deeper ①, ② — distinct markers keep the nesting a reader sees."""
    ol = li.getparent()
    if ol is None or not isinstance(ol.tag, str) or ol.tag.lower() != "ol":
        return ""
    n = _int(ol.get("start"), 1) - 1
    for sib in ol:
        if isinstance(sib.tag, str) and sib.tag.lower() == "li":
            n = _int(sib.get("value"), n + 1)
            if sib is li:
                break
    depth = sum(1 for a in li.iterancestors("ol", "OL")) - 1
    if depth >= 1:
        return _NESTED_FORM.format(n) if depth == 1 else format_number(n, "decimalEnclosedCircle")
    style = (ol.get("style") or "").replace(" ", "").lower()
    if "cjk-ideographic" in style or "simp-chinese" in style or "trad-chinese" in style:
        return format_number(n, "chineseCounting") + "、"
    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(ol.get("type", "1"), "decimal")
    return format_number(n, fmt) + "."


def _int(value, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _tidy(line: str) -> str:
    """Source line breaks inside a block are layout, not text: dropped at the ends of the block, and
    inside it replaced by nothing between two wide (CJK) characters or by one space otherwise. All other
    characters, spaces included, are kept."""
    line = _EDGE_BREAK.sub("", line)

    def join(m):
        before, after = m.string[m.start() - 1:m.start()], m.string[m.end():m.end() + 1]
        return "" if _WIDE.match(before or " ") and _WIDE.match(after or " ") else " "

    return _INNER_BREAK.sub(join, line)


def _key(text: str) -> str:
    # a list number drawn by :func:`list_label` is not in trafilatura's text
    return _NOT_KEY.sub("", _DRAWN_LABEL.sub("", text, count=1))


def _article_range(page: str, blocks: list[str]) -> tuple[int, int]:
    """Indices of the first and last block of the article, as located by trafilatura (all blocks if unsure)."""
    everything = (0, len(blocks) - 1)
    target = _trafilatura_key(page)
    if not target or not blocks:
        return everything
    pos, matched, first, last = 0, 0, None, None
    for i, block in enumerate(blocks):
        key = _key(block)
        j = target.find(key, pos) if key else -1
        # short keys must follow on directly; long ones may skip over text the blocks lack
        if j < 0 or j - pos > (0 if len(key) < 8 else 2000):
            continue
        first = i if first is None else first
        last, pos, matched = i, j + len(key), matched + len(key)
    if first is None or matched < MIN_ALIGNED_SHARE * len(target):
        return everything
    return first, last


def _extend_to_siblings(first: int, last: int, owners: list) -> tuple[int, int]:
    """Widen the range over neighbouring blocks that sit in the same container as its first/last block
    (a title or closing line of the article that trafilatura left out)."""
    def same_container(i: int, j: int) -> bool:
        a, b = owners[i], owners[j]
        return a is b or (a.getparent() is not None and a.getparent() is b.getparent())

    while first > 0 and same_container(first - 1, first):
        first -= 1
    while last < len(owners) - 1 and same_container(last + 1, last):
        last += 1
    return first, last


def _trafilatura_key(page: str) -> str:
    import trafilatura

    out = trafilatura.extract(page, favor_recall=True, include_comments=False, include_tables=True,
                              deduplicate=False, with_metadata=False, output_format="txt")
    if not out:
        return ""
    # trafilatura marks list items with "- "; tables with "|"
    return _key("".join(re.sub(r"^\s*- ", "", ln) for ln in out.splitlines()))
