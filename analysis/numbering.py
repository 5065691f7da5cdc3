"""Numbering schemes of Chinese official documents: named patterns, marker finding, sequence checks.

A *marker* is the printed number that opens an item: ``一、`` ``（一）`` ``1.`` ``1．`` ``1、`` ``（1）``
``①`` ``一是`` ``一要`` ``第一阶段``. Each scheme has a *rank* (its usual depth in official documents, top = 0), so
that items nest by rank. Markers only count where an item can start (a line start or, in text whose
punctuation was flattened to ``.``, after a dot), and only when they continue a sequence (1, 2, 3 …):
a stray ``3.`` inside a sentence never becomes an item.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
_CN_NUM = "[一二三四五六七八九十]{1,3}"
_CN_NUM_LONG = "[一二三四五六七八九十百零〇两]{1,6}"
_AR_NUM = "[0-9０-９]{1,3}"

# scheme name -> (rank, pattern matched at an item start). Group "n" holds the number.
SCHEMES: dict[str, tuple[int, re.Pattern]] = {
    # 第一部分 总体要求 / 第二部分 主要任务: parts that hold 一、二、 sections.
    "cn_part": (-1, re.compile(rf"第(?P<n>{_CN_NUM})部分[ \t\u3000]*")),
    "cn_chapter": (0, re.compile(rf"第(?P<n>{_CN_NUM})章[ \t\u3000]*")),
    # ``一、二月份`` / ``一、二季度`` name months and quarters, not a section; ``一、一季度督查发现的问题`` is a section
    # (no list of quarters repeats its first).
    # A scan's OCR reads 一、 as ―、, —、 or -、 and may put a space before the mark (四 、, 3 .); see _OCR_ONE.
    "cn_section": (0, re.compile(rf"(?P<n>{_CN_NUM}|[―—\-－])[ ]?[、，,]"
                                 rf"(?!(?!(?P=n)(?:月|季))(?:{_CN_NUM})[、，,]?(?:月|季|年级|届))")),
    "cn_section_dot": (0, re.compile(rf"(?P<n>{_CN_NUM})[\.．](?![0-9０-９])")),
    # Ⅰ、Ⅱ、 (Roman numeral characters, as some plans number their sections)
    "roman_section": (0, re.compile(r"(?P<n>[Ⅰ-Ⅻ])[、，,\.．]")),
    "cn_paren": (1, re.compile(rf"[（(]\s*(?P<n>{_CN_NUM}|[―—])\s*[）)]")),  # （—）: OCR's （一）
    # Work steps: 第一阶段：动员部署… / 第二步，…
    "cn_stage": (1, re.compile(rf"第(?P<n>{_CN_NUM})(?:阶段|步)")),
    # 第一条, and 第1条 as some county rules type it
    # (and 第十—条 as a scan's OCR reads 第十一条: a dash for the last 一)
    "cn_article": (2, re.compile(rf"第(?P<n>[一二三四五六七八九]?十[―—]|{_CN_NUM_LONG}|[0-9０-９]{{1,3}})条[ \t\u3000]*")),
    # ``1.1`` ``2.3``: a 任务分解 numbers its tasks under sections ``1.`` ``2.``; the value is the task's own
    # number (never a decimal before a unit: ``1.5天`` ``2.5倍``)
    "arabic_decimal": (3, re.compile(r"[0-9]{1,2}[\.．](?P<n>[0-9]{1,2})(?![0-9\.．%％])"
                                     r"(?=[ \t\u3000]|[\u4e00-\u9fff])(?![年月日号时分秒个项条次人名元万亿千百天周岁届期批家所座台辆件份篇本张栋层级倍成])")),
    # ``2,`` / ``3，``: a comma typed for 、 (never before a digit: ``2,3月`` ``1,000``), except a year
    # (``1、2013年县级“三公”经费…``: no decimal or list of numbers reads NNNN年 after its mark)
    "arabic": (2, re.compile(rf"(?P<n>{_AR_NUM}|[lI])[ ]?[\.．、,，](?:(?![0-9０-９])|(?=(?:19|20|１９|２０)[0-9０-９]{{2}}\s*年))")),
    # ``3严格控制督查检查考核。``: a number whose mark was lost, straight before the text. Only at a line start,
    # never before a unit (3天, 12月, 5个), and only where it fills the gap between its neighbours (2. and 4.)
    # ``2.1个农田水利项目…``: an item whose text opens with a count, which reads like a decimal; only at a line start
    # and, like a bare number, only where it fills the gap between its neighbours (1. and 3.)
    "arabic_count": (2, re.compile(r"(?P<n>[0-9０-９]{1,2})[\.．](?=[0-9０-９]{1,3}[个项名家所座件份次批条处])")),
    "arabic_bare": (2, re.compile(r"(?P<n>[0-9０-９]{1,2})(?![年月日号时分秒个项条次人名元万亿千百天周岁届期批家所座台辆件份篇本张栋层级倍成])"
                                  r"(?=[\u4e00-\u9fff])")),
    "arabic_paren": (3, re.compile(rf"[（(]\s*(?P<n>{_AR_NUM})\s*[）)]")),
    # ``1)`` sits a level below ``1.``: a list inside item 3. must not end item 3.
    "arabic_rparen": (3, re.compile(rf"(?P<n>{_AR_NUM})[）)](?![0-9０-９])")),
    "circled": (4, re.compile(r"(?P<n>[①-⑳])")),
    # a keycap digit, ``1⃣`` (the digit and U+20E3, with or without U+FE0F), as posts on Weibo and WeChat number lists
    "arabic_keycap": (2, re.compile("(?P<n>[0-9])\ufe0f?\u20e3\ufe0f?[ \t\u3000]*")),
    # single characters some Word documents number with: ㈠ for （一）, ⒈ for 1., ⑴ for （1） (same families)
    "cn_paren_char": (1, re.compile(r"(?P<n>[㈠-㈩])")),
    "arabic_stop_char": (2, re.compile(r"(?P<n>[⒈-⒛])")),
    "arabic_paren_char": (3, re.compile(r"(?P<n>[⑴-⒇])")),
    "cn_shi": (5, re.compile(rf"(?P<n>{_CN_NUM})(?:是|要|则)(?=[^，,、。；;\s])")),
    # 第一，… and, as a transcript types it, 第一 严格控制… (a space for the comma)
    "cn_di": (5, re.compile(rf"第(?P<n>{_CN_NUM})(?:[，,、：:]|[ \u3000]+(?=[\u4e00-\u9fff]))")),
}

# Schemes that may appear inside a sentence as an enumeration; they never start items there.
INLINE_SCHEMES = {"arabic_paren", "arabic_rparen", "circled", "cn_shi", "cn_di", "arabic_paren_char"}

# Where an item may start in ordinary text: at a line start, after optional indentation (and the page
# break ``\f`` a PDF-to-text copy leaves), a forum's quote
# marks (``> 1、…`` ``》一、…`` in a reposted plan) and the ``**`` of a heading set in bold in a Markdown
# copy (``**一、形式主义方面**``).
LINE_START = re.compile(r"(?:^|\n)[ \t\f\v\u3000\xa0]*(?:[>》][ \t\u3000\xa0]*)*(?:#{1,6}[ \t]+)?(?:\*\*)?"
                        # (and a WeChat repost's emoji before a section's number: 📌 一、从严精简文件会议)
                        r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u25A0-\u25FF][\uFE0F\u200D]?"
                        r"[ \t\u3000\xa0]*)*", re.MULTILINE)
# Where a numbered item may continue a sequence inside a line: after a sentence end — also a dot
# standing in for a damaged 。 (``…须经批准.16.严格控制…``), but not a decimal point (``1.5天``).
SENTENCE_END = re.compile(r"(?:[。；;！!？?]|(?<![0-9０-９A-Za-z])[.．])[ \t\u3000\xa0]*")
_NEWLINE = re.compile(r"\n")
# Dots standing in for lost punctuation (seed-style flattened text).
FLAT_DOT = re.compile(r"[\.．][ \t\u3000\xa0]*")
_FLAT_SPACE = re.compile(r"(?<=[\u4e00-\u9fff）)])[ \u3000\xa0]+")  # a space that stands for a lost mark
_FLAT_PAREN = re.compile(rf"[（(]{_CN_NUM}[）)]")  # （一）, wherever a flattened line puts it
_FLAT_RUN_IN = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9]{1,2}[\.．][\u4e00-\u9fff])")  # …接待规定1.接待工作…


# What OCR makes of a printed "1" or "一" at an item start (l. I. ―、 （—）); they only count inside a run 1, 2, 3 …
_OCR_ONE = {"l": 1, "I": 1, "―": 1, "—": 1, "-": 1, "－": 1}


def to_int(numeral: str) -> int:
    """Value of a numeral: Arabic (half- or full-width), circled (①=1), Chinese up to 99 (十二 = 12) or
    an OCR misreading of one (``l``, ``I``, ``―``, ``—``)."""
    if numeral in _OCR_ONE:
        return _OCR_ONE[numeral]
    if len(numeral) > 1 and numeral[-1] in "―—":  # 十— (OCR of 十一)
        numeral = numeral[:-1] + "一"
    if numeral and all(unicodedata.category(c) == "Nd" for c in numeral):
        return int("".join(str(unicodedata.digit(c)) for c in numeral))
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    if len(numeral) == 1 and "Ⅰ" <= numeral <= "Ⅻ":
        return ord(numeral) - ord("Ⅰ") + 1
    for first, last in (("⑴", "⒇"), ("⒈", "⒛"), ("㈠", "㈩")):  # ⑴ = (1), ⒈ = 1., ㈠ = (一)
        if len(numeral) == 1 and first <= numeral <= last:
            return ord(numeral) - ord(first) + 1
    if "百" in numeral:
        hundreds, _, rest = numeral.partition("百")
        rest = rest.lstrip("零〇")
        return CN_DIGITS.get(hundreds, 1) * 100 + (to_int(rest) if rest else 0)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for c in numeral:
        if c not in CN_DIGITS:
            raise ValueError(f"not a numeral: {numeral!r}")
        value = value * 10 + CN_DIGITS[c]
    return value


@dataclass(frozen=True)
class Marker:
    """A numbered item start: ``start`` of the marker, ``end`` after it, scheme, rank and value.

    ``at_line_start``: the marker may start a run (a line start, a sentence end in a line that lost
    its breaks, a dot in flattened text); ``in_long_line``: it stands after a sentence end inside
    such a line, not at a real line start."""

    start: int
    end: int
    scheme: str
    rank: int
    value: int
    at_line_start: bool
    in_long_line: bool = False
    bare: bool = False  # a number without its mark (``3严格…``): kept only between its two neighbours


HAN = re.compile(r"[\u3400-\u9fff]")  # a Chinese character
LATIN_ITEM_CHARS = 30  # a number followed by this many characters without a Chinese one starts no item

# A line this long holds several paragraphs whose breaks were lost (a web copy on one line): its
# sentence ends are item starts. Real plans' paragraphs are far shorter.
LONG_LINE_CHARS = 400
# A long line is a whole plan run together (not one long paragraph) when at least two section
# numbers (``二、`` ``（三）``) stand after a sentence end or a space in it. There every paragraph
# start of the printed plan may be hidden: after a sentence end, after a colon (``整改措施：（1）``)
# or after the space a lost break left (``二、存在问题和整改措施 （一）…``), and sub-items
# (``（1）`` ``①``) start items there as they would at line starts.
_RUN_TOGETHER_SECTION = re.compile(rf"(?:[。；;！!？?]|[ \u3000])[ \u3000]*(?:{_CN_NUM}、|[（(]{_CN_NUM}[）)])")
_LOST_BREAK = re.compile(r"[:：][ \t\u3000\xa0]*|(?<=\S)[ \u3000\xa0]+(?=\S)")
# In a long line, an article run onto its chapter's title (``第二章　改进调查研究第三条　…``): the article starts an item
# (a space may stay between them: 第三章  纠治享乐主义奢靡之风 第八条  严格公务接待.…)
_CHAPTER_THEN_ARTICLE = re.compile(rf"第{_CN_NUM}章[ \u3000]*[^\s。；;，,：:]{{1,20}}?[ \u3000]*(?=第{_CN_NUM_LONG}条)")
_LINE_CHAPTER_THEN_ARTICLE = re.compile(rf"^[ \t\u3000]*{_CHAPTER_THEN_ARTICLE.pattern}", re.M)
# In a long line, a section's title run onto its first sub-item (``五、整改措施（一）加强…``, ``四、存在的问题1.形式主义…``):
# the sub-item starts an item (a plan numbering its sub-items through all sections runs 二、规范督查检查考核（四）实行…)
_SECTION_THEN_FIRST = re.compile(rf"(?:^|(?<=[。；;！!？?\s]))(?:{_CN_NUM}|[―—])、[^\s。；;，,：:（()）]{{2,16}}?[ \t\u3000]*"
                                 r"(?=[（(](?:[一—―]|[二三四五六七八九十]{1,2}(?=[）)][^\s。；;，,：:]{2,}))[）)]|[1１][\.．、](?![0-9０-９]))"
                                 # (or a sub-section's title run onto its first item by a lost break, set off by a
                                 # space or not at all: ``（三）反对享乐主义方面　１．严格…``, ``（四）规范公务接待1．严格…``)
                                 rf"|^[ \t\u3000]*[（(]{_CN_NUM}[）)][^\s。；;，,：:（()）.．]{{2,16}}?[ \t\u3000]*"
                                 r"(?=[1１][\.．、](?![0-9０-９]))",
                                 re.MULTILINE)
# Sub-item schemes that start items after a lost break (``一是`` ``第一，`` stay inline: they run
# inside sentences even in well-kept copies).
_LOST_BREAK_SCHEMES = {"arabic_paren", "circled", "arabic_paren_char"}


def is_flattened(text: str) -> bool:
    """True when the text's punctuation was flattened to dots (few 。，、 but many ``.``)."""
    dots = text.count(".") + text.count("．")
    marks = sum(text.count(c) for c in "。，、；,")
    return dots >= 20 and dots > 4 * marks


def _starts(text: str, lo: int, hi: int, flattened: bool) -> list[tuple[int, str]]:
    """Candidate item-start positions in ``text[lo:hi]``, each with its kind: ``line`` (a line start),
    ``long`` (a sentence end inside a line of at least ``LONG_LINE_CHARS``), ``lost`` (a sentence end,
    colon or space inside a long line that runs a whole plan together), ``flat`` (a dot in flattened
    text) or ``inline`` (any other sentence end)."""
    found = {m.end(): "line" for m in LINE_START.finditer(text, lo, hi)}
    if flattened:
        for m in FLAT_DOT.finditer(text, lo, hi):
            found.setdefault(m.end(), "flat")
        # a converter that flattened the dots may have turned other marks into spaces, kept a few 。；, and
        # run a heading into its first sub-item (一.改进调查研究(一)厅领导…): those start items too
        for pattern in (SENTENCE_END, _FLAT_SPACE, _FLAT_PAREN, _FLAT_RUN_IN):
            for m in pattern.finditer(text, lo, hi):
                found.setdefault(m.end() if pattern is not _FLAT_PAREN else m.start(), "flat")
    else:
        breaks = [lo - 1] + [m.start() for m in _NEWLINE.finditer(text, lo, hi)] + [hi]
        run_together, long_lines = set(), []
        for i in range(1, len(breaks)):
            a, b = breaks[i - 1] + 1, breaks[i]
            if b - a < LONG_LINE_CHARS:
                continue
            long_lines.append((a, b))
            if len(_RUN_TOGETHER_SECTION.findall(text, a, b)) >= 2:
                run_together.add(i)
                for m in _LOST_BREAK.finditer(text, a, b):
                    found.setdefault(m.end(), "lost")
        for m in SENTENCE_END.finditer(text, lo, hi):
            i = bisect_right(breaks, m.end() - 1)  # the line holding this sentence end
            long = breaks[i] - breaks[i - 1] - 1 >= LONG_LINE_CHARS
            found.setdefault(m.end(), "lost" if i in run_together else "long" if long else "inline")
        for a, b in long_lines:
            for m in _CHAPTER_THEN_ARTICLE.finditer(text, a, b):
                found.setdefault(m.end(), "long")
        # (a section's title run onto its first sub-item by a lost break, 三、整治措施（一）开展…, in any line; and a
        # chapter's title onto its first article at a line's start, 第五章　监管检查中的接待纪律第十三条　本局人员…)
        for m in itertools.chain(_SECTION_THEN_FIRST.finditer(text, lo, hi),
                                 _LINE_CHAPTER_THEN_ARTICLE.finditer(text, lo, hi)):
            found.setdefault(m.end(), "long")
    if lo not in found:
        found[lo] = "line"
    return sorted((p, kind) for p, kind in found.items() if p < hi)


def find_markers(text: str, lo: int = 0, hi: int | None = None, *, flattened: bool = False) -> list[Marker]:
    """Every marker in ``text[lo:hi]`` that continues a numbering sequence, in text order.

    Rules (each guards against a false item):
    * a marker must stand at an item start (line start; after ``。；`` inside a line, where it may only
      continue a sequence already running — unless the line is so long that it must have lost its
      breaks, where a sentence end is an item start; after a dot in flattened text; in a line that
      runs a whole plan together, also after a colon or a space);
    * inline enumeration schemes (``①``, ``（1）``, ``一是``) count only at real line starts in
      ordinary text and never in flattened text, where they are sub-items or problem lists inside an
      item (``（1）`` and ``①`` also at the lost breaks of a line that runs a plan together);
    * per scheme, values must run 1, 2, 3 …; a 1 starts a new run (numbering restarts in a new
      section); runs of a single item are dropped, except a lone top-level heading at a line start.
    """
    hi = len(text) if hi is None else hi
    raw: list[Marker] = []
    for pos, kind in _starts(text, lo, hi, flattened):
        for scheme, (rank, pat) in SCHEMES.items():
            if scheme in INLINE_SCHEMES and (flattened or kind != "line") \
                    and not (kind == "lost" and scheme in _LOST_BREAK_SCHEMES):
                continue
            if (scheme == "cn_section_dot" and kind == "inline") or (scheme in _GAP_ONLY and kind != "line"):
                continue
            m = pat.match(text, pos, hi)
            if m and not HAN.search(text, m.end(), min(hi, m.end() + LATIN_ITEM_CHARS)):
                break  # 1. Strictly limit meetings…: a translation or a Latin line, not a Chinese item
            if m and _family(scheme) in ("arabic", "arabic_decimal") and _in_table_row(text, m.end(), hi):
                break  # 1、 in a table's 序号 cell: the row is read as a table row, like one numbered 1
            if m:
                raw.append(Marker(pos, m.end(), _family(scheme), rank, to_int(m.group("n")),
                                  kind != "inline", kind in ("long", "lost"), scheme in _GAP_ONLY))
                break
    return _keep_sequences(raw if flattened else _lost_break_items(text, _attachment_entries_dropped(text, raw)), text)


# The attachment list's first entry on its label's line (附件：1．临渊县公务交通补贴标准表), the next entries under it
_ATTACHMENT_FIRST = re.compile(r"[ \t\u3000\xa0]*附\s*件\s*[:：][ \t\u3000\xa0]*[1１][\.．、]")


def _attachment_entries_dropped(text: str, raw: list[Marker]) -> list[Marker]:
    """``raw`` without the entries ``2．`` ``3．`` … of an attachment list whose ``1．`` stands on the label's line
    (``附件：1．…标准表`` / ``2．…核定表``): they name attached files, and would carry on the plan's last run."""
    dropped: set[int] = set()
    for k, m in enumerate(raw):
        if m.scheme != "arabic" or m.value != 2 or not m.at_line_start:
            continue
        line = text.rfind("\n", 0, m.start)
        if line < 0 or not _ATTACHMENT_FIRST.match(text, text.rfind("\n", 0, line) + 1, line):
            continue
        for value, nxt in enumerate(raw[k:], start=2):
            if nxt.scheme != "arabic" or nxt.value != value or not nxt.at_line_start:
                break
            dropped.add(id(nxt))
    return [m for m in raw if id(m) not in dropped] if dropped else raw


# The mark before a sub-item whose line break was lost: a sentence end or semicolon (②…；③…), or a colon
_LOST_BREAK_BEFORE = re.compile(r"(?:[。；;：:]|(?<=[\u4e00-\u9fff”）)])[.．])[ \t\u3000\xa0]*$")  # (…调整.（2）…: a damaged 。)


def _lost_break_items(text: str, raw: list[Marker]) -> list[Marker]:
    """``raw`` markers with the sub-items a lost line break hid: ``③`` inside the line of ``②`` (``…；③严禁…``) when
    ``②`` and ``④`` open lines, and a first ``一是`` run onto its title (``（四）建章立制方面一是…``) when ``二是``
    opens the next line. Inline schemes count at line starts only, so without the hidden item the run would break
    off (or the item before it swallow it)."""
    extra = []
    for i, (prev, m) in enumerate(zip(raw, raw[1:])):
        if m.scheme == "arabic" and m.value == 2 and not m.in_long_line and (hit := _label_then_first(text, prev, m)):
            extra.append(Marker(hit.start("m"), hit.end("m"), m.scheme, m.rank, 1, True))
            continue
        if m.scheme not in ("circled", "arabic_paren", "cn_shi", "arabic") or m.in_long_line or m.value < 2:
            continue
        if m.value == 2 and m.scheme in ("circled", "arabic_paren") and (hit := _remedy_label_first(text, m)):
            extra.append(Marker(hit.start("m"), hit.end("m"), m.scheme, m.rank, 1, True))
            continue
        if m.scheme == "arabic" and not prev.at_line_start:
            # (the 1． read inside the title's line, which alone starts no run, is no title: the line's first marker is)
            prev = next((mk for mk in reversed(raw[:i + 1]) if mk.at_line_start), prev)
        line = text.rfind("\n", prev.end, m.start)  # the line break before ``m``
        # (a ``1．`` only as the first item on its title's line: （四）一次性告知制度。1．编制办事指南。… / 2．…; a 2. hidden
        # inside the line of 1. carries on its run anyway, after a sentence end)
        gap = prev.scheme == m.scheme and prev.value == m.value - 2 and m.scheme != "arabic"
        # (a first item on its title's line, the second opening the next line after blank lines or none)
        first = m.value == 2 and prev.rank < m.rank \
            and not text[text.find("\n", prev.end, m.start):m.start].strip(" \t\u3000\xa0\n")
        if line < 0 or not (gap or first):
            continue
        for hit in SCHEMES[m.scheme][1].finditer(text, prev.end, line):
            before = text[text.rfind("\n", 0, hit.start()) + 1:hit.start()]
            if to_int(hit.group("n")) == m.value - 1 and (_LOST_BREAK_BEFORE.search(before)
                                                          or first and (before.endswith("方面")
                                                                        or _BARE_TITLE.fullmatch(text, prev.end,
                                                                                                 hit.start()))):
                extra.append(Marker(hit.start(), hit.end(), m.scheme, m.rank, m.value - 1, True))
                break
    return sorted(raw + extra, key=lambda mk: mk.start) if extra else raw


# A remedy label and its first item on one line, with ② opening the next line: 　　整改措施：①严格执行…, or after a lost
# break inside the line of the problem it answers (存在问题：…出租给个体户经营.整改措施：①对超标的…)
_REMEDY_FIRST = re.compile(r"(?:措施|举措)[:：][ \t\u3000\xa0]*(?P<m>①|[（(]1[）)])")


def _remedy_label_first(text: str, m: Marker) -> re.Match | None:
    """The ``①`` (``（1）``) after a remedy label in the line right before the line the ``②`` (``m``) opens."""
    line = text.rfind("\n", 0, m.start)
    if line < 0 or text[line + 1:m.start].strip(" \t\u3000\xa0"):
        return None
    hit = _REMEDY_FIRST.search(text, text.rfind("\n", 0, line) + 1, line)
    return hit if hit and SCHEMES[m.scheme][1].fullmatch(hit.group("m")) else None


# A section's title with no sentence of its own (三、加强基层新闻报道 before ①…, its ② opening the next line; or two
# phrases, a space before the item: 四、加强监督考核,确保措施落实　１、…)
_BARE_TITLE = re.compile(r"[ \t\u3000\xa0]*(?:[^\s。；;，,：:！!？?]{2,20}|[^\s。；;，,：:！!？?]{2,14}[，,][^\s。；;，,：:！!？?]{2,14}"
                         r"[ \t\u3000\xa0]+)")


# A label and its first item on one line, the item's break lost (整改措施：1．全面推行… with 2．… opening the next line;
# not 附件：1.…, a list of attachments)
_LABEL_FIRST = re.compile(r"[ \t\u3000\xa0]*(?!附件|附表)[^\s。；;，,：:]{2,8}[：:][ \t\u3000\xa0]*(?P<m>[1１][\.．、])(?![0-9０-９])")


def _label_then_first(text: str, prev: Marker, m: Marker) -> re.Match | None:
    """The ``1．`` of :data:`_LABEL_FIRST` on the line right before the line ``2．`` (``m``) opens, after ``prev``."""
    line = text.rfind("\n", prev.end, m.start)
    if line < 0 or text[line + 1:m.start].strip(" \t\u3000\xa0"):
        return None
    label_line = text.rfind("\n", 0, line) + 1
    if _wrapped_onto(text, label_line):
        return None  # (…要严格遵守以 / - 1 - / 下规定：1.调研点…: a hard wrap cut 以下规定： , no label of its own)
    return _LABEL_FIRST.match(text, max(prev.end, label_line), line)


_SPACE = r"[ \t\u3000\xa0]*"
_PAGE_NUMBER_LINE = re.compile(rf"{_SPACE}[-—－]?{_SPACE}[0-9０-９]{{1,3}}{_SPACE}[-—－]?{_SPACE}")  # - 1 -, －2－, 3
_WRAPPED_LINE_MIN = 25  # characters of a full line a hard wrap broke mid-sentence (a title over a label is shorter)


def _wrapped_onto(text: str, start: int) -> bool:
    """Whether the line at ``start`` goes on with the line above it (blank lines and page numbers between): that line
    is full and breaks off after a Chinese character, mid-sentence."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip(" \t\u3000\xa0\f")
        if line and not _PAGE_NUMBER_LINE.fullmatch(line):
            return len(line) >= _WRAPPED_LINE_MIN and bool(HAN.fullmatch(line[-1]))
        end = begin - 1
    return False


_CELL_END = re.compile(r"[ \u3000\xa0]*\t")


def _in_table_row(text: str, end: int, hi: int) -> bool:
    """Whether a number ending at ``end`` fills the first cell of a table row: a tab follows it, and the
    line has two tabs or more (three cells: 序号, 任务, 责任单位 …; one tab is a number set off by a tab)."""
    if not _CELL_END.match(text, end, hi):
        return False
    line_end = text.find("\n", end, hi)
    return text.count("\t", end, hi if line_end < 0 else line_end) >= 2


_FAMILY = {"cn_section_dot": "cn_section", "cn_paren_char": "cn_paren", "arabic_stop_char": "arabic", "arabic_keycap": "arabic",
           "arabic_paren_char": "arabic_paren", "arabic_bare": "arabic", "arabic_count": "arabic"}
# Schemes read only at a line start and kept only where the number after them follows (a lost mark, a count)
_GAP_ONLY = {"arabic_bare", "arabic_count"}


# What follows a run's ``二是``: its text, on the same line or, in a hard-wrapped copy, on the next (…落地见效；二是 /
# 强化督促检查，…)
_ITEM_GOES_ON = r"(?=(?:[ \t\u3000]*\n[ \t\u3000]*)?[^，,、。；;\s])"
# (a sentence's end may be a half-width period in a copy with damaged punctuation: …由值班人员检查关闭.二是…; not one a
# converter set off with a space, ``…问题. 一是…``, where the run stays as its writer keyed it)
# (a hard-wrapped copy may break a run's number from its 是 at the page width: …；三\n是推行…)
_WRAP = r"(?:[ \t\u3000]*\n[ \t\u3000]*)?"
# (nor one whose paragraph's break was lost with its indent kept: …化解在萌芽状态.　　四是…)
_RUN_AFTER = r"(?:^|(?<=[：:；;。\n])|(?<=[\u4e00-\u9fff”）)][.．])(?=(?:\u3000\u3000)?[一二三四五六七八九十]))"
_INLINE_SHI = re.compile(rf"(?:{_RUN_AFTER}|(?<=[，,])(?=[ \t\u3000\xa0]*一是))[ \t\u3000\xa0]*(?P<n>[一二三四五六七八九十]{{1,3}}){_WRAP}是"
                         rf"{_ITEM_GOES_ON}", re.MULTILINE)  # a run's 一是 also after a comma: …《方案》明确，一是…；二是…


def inline_enumeration(text: str, lo: int = 0, hi: int | None = None) -> list[Marker]:
    """Markers of a ``一是…；二是…；三是…`` run inside paragraphs (after a colon, ``；``, ``。`` or at a line
    start), for a plan whose only list is such an enumeration (``…通知如下：一是…；二是…``); ``[]`` unless
    three or more items run 1, 2, 3 …"""
    hi = len(text) if hi is None else hi
    raw = [Marker(m.start("n"), m.end(), "cn_shi", SCHEMES["cn_shi"][0], to_int(m.group("n")), True)
           for m in _INLINE_SHI.finditer(text, lo, hi)]
    kept = _keep_sequences(raw)
    return kept if len(kept) >= 3 else []


_INLINE_RUN = re.compile(rf"{_RUN_AFTER}[ \t\u3000\xa0]*(?P<n>[一二三四五六七八九十]{{1,3}}){_WRAP}(?P<s>是|要)"
                         rf"{_ITEM_GOES_ON}", re.MULTILINE)


_RUN_WORD = re.compile(rf"[ \t\u3000\xa0]*(?P<n>[一二三四五六七八九十]{{1,3}})(?P<s>是|要){_ITEM_GOES_ON}")


def inline_run_from(text: str, lo: int, hi: int, first: int, run_on: bool = False) -> list[Marker]:
    """Markers of a ``四是…；五是…`` (or ``一要…二要…``) run that opens ``text[lo:hi]`` (white space aside) with the
    ordinal ``first`` and goes on ``first + 1`` … with the same word: a line-start item's run inside its paragraph, or
    a paragraph carrying on the run of the paragraph before it; ``[]`` if it does not open one. With ``run_on`` the
    first item may follow a title without a mark between them (``…问题一是…``: a lost line break)."""
    out: list[Marker] = []
    word = None
    line_start = text.rfind("\n", 0, lo) + 1  # the run's first item is found from its line start (　　四是…)
    head = _RUN_WORD.match(text, lo, hi) if run_on else None
    after = head.end() if head else lo if text[line_start:lo].strip(" \t\u3000\xa0") else line_start
    for m in itertools.chain([head] if head else [], _INLINE_RUN.finditer(text, after, hi)):
        mk = Marker(m.start("n"), m.end(), "cn_shi", SCHEMES["cn_shi"][0], to_int(m.group("n")), True)
        if (mk.value != first + len(out) or word not in (None, m.group("s"))
                or not out and text[lo:mk.start].strip(" \t\u3000\xa0\n")):
            break
        out.append(mk)
        word = m.group("s")
    return out


def circled_run_from(text: str, lo: int, hi: int) -> list[Marker]:
    """Markers of a ``①…；②…；③…`` run that opens ``text[lo:hi]`` (white space aside), each item after a colon, semicolon
    or stop (``重点做好以下工作:①规范…;②建立…;③落实…``), or ``[]``."""
    out: list[Marker] = []
    for m in SCHEMES["circled"][1].finditer(text, lo, hi):
        before = text[lo:m.start()].rstrip(" \t\u3000\xa0")
        if to_int(m.group("n")) != len(out) + 1 or (before[-1:] not in "：:；;。." if out else before.strip()):
            break
        out.append(Marker(m.start(), m.end(), "circled", SCHEMES["circled"][0], len(out) + 1, True))
    return out


# ``(1)`` ``（2）`` opening a clause (at a line start, or after a colon or sentence end inside a line)
_CLAUSE_PAREN = re.compile(r"(?:^|(?<=[：:；;。]))[ \t\u3000\xa0]*(?P<m>[（(](?P<n>[0-9０-９]{1,2})[）)])", re.MULTILINE)
_PARAGRAPH_END = re.compile(r"[。；;！!？?：:][ \t\u3000\xa0]*\n")


def cross_paragraph_enumeration(text: str, lo: int = 0, hi: int | None = None) -> list[Marker]:
    """Markers of a ``(1)…(2)…(3)…`` run that goes on across paragraphs (``在公务活动方面：(1)严禁…；(2)严禁…``
    / ``在节日期间：(4)严禁…``): numbered clauses inside one paragraph are one item's details, but a run that
    carries on into the next paragraph is the list itself. ``[]`` unless three or more run 1, 2, 3 … and a
    paragraph ends (a line break after a sentence end or colon; not a hard wrap) between two of them."""
    hi = len(text) if hi is None else hi
    runs: list[list[Marker]] = []
    for m in _CLAUSE_PAREN.finditer(text, lo, hi):
        mk = Marker(m.start("m"), m.end("m"), "arabic_paren", SCHEMES["arabic_paren"][0], to_int(m.group("n")), True)
        if runs and mk.value == runs[-1][-1].value + 1:
            runs[-1].append(mk)
        elif mk.value == 1:
            runs.append([mk])
    return [mk for run in runs if len(run) >= 3
            and any(_PARAGRAPH_END.search(text, a.end, b.start) for a, b in zip(run, run[1:])) for mk in run]


def _family(scheme: str) -> str:
    return _FAMILY.get(scheme, scheme)


def _keep_sequences(raw: list[Marker], text: str = "") -> list[Marker]:
    """Keep markers that form runs 1, 2, 3 … per scheme (see :func:`find_markers`).

    At an item start a run may skip one number (a marker lost in a damaged copy must not drop every
    item after it) or repeat the last one (a typing slip ``5. 5. 6.``: both are items); inside a line
    only the exact next number continues a run, or the last one repeated where the next number skips one
    (``3、…。3、农忙季节…`` then ``5、``: the second 3 is the 4 mistyped), and only a run no higher-ranked
    marker has interrupted since (an inline ``3.`` in ``（二）`` carries on no ``2.`` of ``（一）``). A number without its mark
    (``3严格…``) only fills the gap between the number before it and the one after it.
    """
    runs: dict[str, list[list[Marker]]] = {}
    gap_fillers: set[int] = set()  # ids of markers kept only if the number after them skips one
    latest: dict[float, int] = {}  # rank -> start of the last marker of that rank at an item start
    following: dict[int, Marker | None] = {}  # id -> the next marker of the same scheme
    ahead: dict[str, Marker] = {}
    for mk in reversed(raw):
        following[id(mk)] = ahead.get(mk.scheme)
        ahead[mk.scheme] = mk
    for mk in raw:
        scheme_runs = runs.setdefault(mk.scheme, [])
        last = scheme_runs[-1][-1] if scheme_runs else None
        step = mk.value - last.value if last is not None else None
        if (last is not None and not mk.at_line_start and mk.scheme != "cn_article"
                and any(r < mk.rank and pos > last.start for r, pos in latest.items())):
            # ``（二）…具体为：1.…；2.…；3.…``: an inline 3. does not carry on the 1. 2. of an earlier section (an article
            # does carry on after its own clauses: 第七条…严禁下列行为：/ （一）… / （四）…旅游。第八条　严控会议文件。…)
            step = None
        if mk.at_line_start:
            latest[mk.rank] = mk.start
        if mk.bare:
            if step == 1:
                scheme_runs[-1].append(mk)
        elif step == 1 or (step in (0, 2) and mk.at_line_start):
            scheme_runs[-1].append(mk)
        elif step == 0:
            scheme_runs[-1].append(mk)
            gap_fillers.add(id(mk))
        elif mk.value == 1 and (mk.at_line_start or mk.rank <= 0 and _then_second_line(following[id(mk)])):
            scheme_runs.append([mk])  # (or a section's 一、 a lost break ran onto the preamble: …制定本方案。一、指导思想)
    for scheme_runs in runs.values():  # a bare number stays only where the next one follows it
        for i, run in enumerate(scheme_runs):
            scheme_runs[i] = [mk for j, mk in enumerate(run)
                              if not (mk.bare or id(mk) in gap_fillers)
                              or (j + 1 < len(run) and run[j + 1].value == mk.value + 1 + (id(mk) in gap_fillers))]
    kept = [mk for scheme_runs in runs.values() for run in scheme_runs if _plausible(run, text) for mk in run]
    return sorted(kept, key=lambda m: m.start)


def _then_second_line(nxt: Marker | None) -> bool:
    """Whether ``nxt`` is a ``2`` opening a line: the run a first section number inside a line starts goes on."""
    return nxt is not None and nxt.value == 2 and nxt.at_line_start


_LEAD_LINE_END = re.compile(r"[:：][ \t\u3000\xa0]*\n[ \t\u3000\xa0]*$")


def _plausible(run: list[Marker], text: str = "") -> bool:
    """A run of two or more, a lone top-level ``一、``/``（一）`` heading at a line start, or a lone ``1．`` (``（1）``,
    ``1）``) opening the line after a lead-in (``（三）出国（境）方面：`` / ``1．严格控制…``; ``4、办公用房方面：`` /
    ``（1）按照…标准…``: a topic with one measure under it)."""
    first = run[0]
    return (len(run) > 1 or (first.rank <= 1 and first.at_line_start and not first.in_long_line)
            or first.value == 1 and first.at_line_start and not first.in_long_line
            and first.scheme in ("arabic", "arabic_paren", "arabic_rparen")
            and bool(_LEAD_LINE_END.search(text, max(0, first.start - 40), first.start)))
