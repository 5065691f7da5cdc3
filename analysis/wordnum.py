"""Word's automatic paragraph numbers, rendered as the reader sees them.

A Word list does not store its numbers in the text: a paragraph carries ``w:numPr`` (list id and
level), directly or through its paragraph style, and ``word/numbering.xml`` says how each level is
drawn (``numFmt`` decimal / chineseCounting / decimalEnclosedCircle …, ``lvlText`` such as ``%1.`` or
``（%1）``, ``start``). Plans typed in Word often number their measures this way, so without the
numbers a ``.docx`` plan would lose its structure. :class:`ListNumbers` keeps the counters of one
document (the only state here) and returns each paragraph's label (``"1."``, ``"（三）"``, ``"①"``), or
``""`` for a paragraph that is not numbered or is a bullet.
"""
from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                    "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"}
_PLACEHOLDER = re.compile(r"%([1-9])")


def chinese_number(n: int) -> str:
    """``n`` in Chinese numerals as list numbers are written: 1 一, 10 十, 12 十二, 20 二十, 105 一百零五."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _DIGITS[rest] if rest < 10 else
                                    (_DIGITS[1] if rest < 20 else "") + chinese_number(rest))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out += letters * count
    return out


def format_number(n: int, fmt: str) -> str:
    """Counter ``n`` drawn in Word number format ``fmt`` (``decimal``, ``chineseCounting``, ``decimalEnclosedCircle`` …)."""
    if fmt in _CHINESE_FORMATS:
        return chinese_number(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)  # ⑴
    if fmt == "decimalEnclosedFullstop" and 1 <= n <= 20:
        return chr(0x2488 + n - 1)  # ⒈
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and n >= 1:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "ideographTraditional" and 1 <= n <= len(_STEMS):
        return _STEMS[n - 1]
    return str(n)


def _val(el, tag: str, default=None):
    child = el.find(_W + tag) if el is not None else None
    return child.get(_W + "val", default) if child is not None else default


class ListNumbers:
    """The list numbering of one Word document; :meth:`label` (``.docx`` paragraphs) or :meth:`number` must be
    called on its paragraphs in reading order (the counters advance as Word's do: a level counts up, the
    levels below it restart, unless a level's restart rule says otherwise — ``0`` never restarts, ``n``
    restarts after level ``n``).

    ``levels``: list id -> level (0-based) -> ``(fmt, text, start, restart)``: ``fmt`` a Word number format
    name (``decimal``, ``chineseCounting`` …, as :func:`format_number` takes), ``text`` the label with
    ``%1``…``%9`` for the levels' counters (``（%1）``), ``start`` the first number, ``restart`` the 1-based
    level whose use restarts this one (None: the level just above, as Word does by default; 0: never).
    :meth:`from_docx` reads them from a ``python-docx`` document; :mod:`analysis.wordbin` from a ``.doc``.
    """

    def __init__(self, levels: dict | None = None):
        self._levels: dict[object, dict[int, tuple[str, str, int, int | None]]] = dict(levels or {})
        self._counters: dict[object, dict[int, int]] = {}

    @classmethod
    def from_docx(cls, document) -> "ListNumbers":
        """The numbering of a ``python-docx`` document (``word/numbering.xml``; none if it has no lists)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # a document without lists
            return cls()
        abstract = {a.get(_W + "abstractNumId"): cls._read_levels(a) for a in root.iter(_W + "abstractNum")}
        out = {}
        for num in root.iter(_W + "num"):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.iter(_W + "lvlOverride"):
                ilvl, lvl = int(override.get(_W + "ilvl", "0")), override.find(_W + "lvl")
                if lvl is not None:
                    levels.update(cls._read_levels(override))
                start = _val(override, "startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _, restart = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start), restart)
            out[num.get(_W + "numId")] = levels
        return cls(out)

    @staticmethod
    def _read_levels(el) -> dict[int, tuple[str, str, int, int | None]]:
        out = {}
        for lvl in el.findall(_W + "lvl"):
            restart = _val(lvl, "lvlRestart")
            out[int(lvl.get(_W + "ilvl", "0"))] = (_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""),
                                                   int(_val(lvl, "start", "1")),
                                                   None if restart is None else int(restart))
        return out

    def label(self, paragraph) -> str:
        """The number Word draws before a ``python-docx`` ``paragraph`` (``""`` if none), advancing the counters."""
        return self.number(*self._num_pr(paragraph))

    def number(self, list_id, ilvl: int) -> str:
        """The number drawn for the next paragraph at level ``ilvl`` of list ``list_id`` (``""`` for no
        list, an unknown one, a bullet), advancing the counters."""
        levels = self._levels.get(list_id) if list_id is not None else None
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(list_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, ("", "", 1, None))[3]
            if ilvl < (deeper if restart is None else restart):
                del counters[deeper]  # a lower level restarts after its parent counts up (unless lvlRestart 0)
        fmt, text = levels[ilvl][:2]
        if fmt in ("bullet", "none"):
            return ""

        def draw(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            k_fmt, _, k_start, _ = levels.get(k, ("decimal", "", 1, None))
            return format_number(counters.get(k, k_start), k_fmt)

        return _PLACEHOLDER.sub(draw, text)

    @staticmethod
    def _num_pr(paragraph) -> tuple[str | None, int]:
        """``(numId, ilvl)`` set on the paragraph, else on its style or the styles it is based on."""
        ppr = paragraph._p.pPr
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        style = paragraph.style if num_pr is None else None
        while num_pr is None and style is not None:
            spr = style.element.find(_W + "pPr")
            num_pr = spr.find(_W + "numPr") if spr is not None else None
            style = style.base_style
        if num_pr is None:
            return None, 0
        num_id = _val(num_pr, "numId")
        return (None if num_id in (None, "0") else num_id), int(_val(num_pr, "ilvl", "0"))
