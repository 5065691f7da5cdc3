"""Measure extraction: every numbered or enumerated commitment of a plan, with offsets into its text.

In: the loaded text of one document (never edited) and the furniture spans the loader set aside.
Out: table ``measures`` (one row per measure; ``text`` is exactly ``text[char_start:char_end]``) and
table ``spans``, a partition of the whole text into measure / heading / problem / preamble /
furniture / other with no gap and no overlap.

How (each step is a small function below):
1. the plan body is bounded (:mod:`analysis.plan_body`): a notice wrapping the plan (``…印发给你们…``
   up to its signature date) and the leading title/preamble come before it; signatures, dates
   (Arabic or ``二〇一三年…``), closing clauses (``本办法自…施行``, ``抄送：``) and a closing
   attachment list after it;
2. numbering markers are found and checked as sequences (:mod:`analysis.numbering`), and nested by
   rank into a tree of items (in plans written as articles, ``第X条`` sits right under the chapter);
   an enumeration that belongs inside an item is folded into it: an article's clauses, and
   ``（1）`` ``①`` ``一是`` lists after an item's own lead-in (``具体要求：``);
3. items with children are headings (their text is the section context of the measures below, and
   so is a short unnumbered heading line such as ``【主要任务】`` just before them); leaves are
   measures, except under guiding-principle / background sections (preamble), problem sections,
   runs of items introduced by a problem line (``存在问题：``), and purpose or scope clauses
   (``为…，制定本细则``); a top-level leaf section whose title is a bare heading line and whose body
   is paragraphs (``一、改进调查研究`` then ``减少陪同人员。…``) yields one measure per paragraph
   (a paragraph that only leads in, ``…如下：``, is not one);
4. a measure's tail is trimmed of what follows it but is not it: an unnumbered heading line or a
   problem list (``关于…的问题 着重整改 ①…②…``) before the next measure; responsibility and
   deadline lines (``责任单位：…``, ``长期坚持``) stay with their measure.

Every step is a linear scan over the document's characters, lines or items (it runs per document
over corpora of thousands of plans).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import numbering
from .plan_body import (ATTACHMENT_HEADING, CLOSING_CLAUSE, DATE_LINE, PLAN_TITLE, SIGNATURE_LINE, THIS_DOCUMENT,
                         WS, bare_line, body_bounds, content_start)
from .plan_body import lines as _lines
from .numbering import Marker

SPAN_KINDS = ("other", "preamble", "heading", "problem", "measure", "furniture")
_CODE = {k: i for i, k in enumerate(SPAN_KINDS)}

# Sections whose content is guiding thought, principles or goals: preamble, not measures.
GUIDING_TITLE = re.compile(
    r"指导思想|基本原则|总体目标|目标要求|工作目标|主要目标|总体要求|整改方向|具体路径|总体思路|基本思路|目标任务$|"
    r"^(?:工作)?目标$|^原则$|^背景$|总则|附则|目的意义|重要意义|适用范围|"
    r"(?:工作|活动|整改|指导|总体)(?:目标|原则(?!上))|基本要求|基本情况|总体情况|有关情况$|背景情况")
# Sections that list problems found, not what will be done.
# (``查摆问题、开展批评`` is a step of work; ``查摆出的问题`` lists what was found.)
PROBLEM_TITLE = re.compile(r"(?:存在|(?:查摆|查找|梳理)出?的|突出|主要)[^，。]{0,8}问题(?!导向)|问题清单|问题表现|主要表现|具体表现|不足之处|"
                           r"原因分析|原因剖析|根源剖析|问题根源|产生问题的(?:主要)?原因")
REMEDY_WORDS = re.compile(r"整改|措施|任务|解决|改进|整治|治理|纠正|查处|根治|建立|制定|形成")
# An item naming a problem and then describing how it shows (``（三）违反中央八项规定精神问题。主要表现为：…``)
SYMPTOMS = re.compile(r"[\s　]*(?:主要|具体)?表现(?:为|在)")
# An intro that states problems before saying what will be done (``针对…等问题``).
PROBLEM_INTRO = re.compile(r"^\s*针对.{2,}?问题")
# Headings that introduce a problem list: ``关于…的问题``, ``…方面``, ``着重整改``, ``突出问题``.
PROBLEM_LEAD_SEGMENT = re.compile(r"^(?:关于.{1,40}|.{0,30}(?:问题|方面)|着重整改|主要问题|突出问题.*|存在问题)$")
PROBLEM_WORDS = re.compile(
    r"不够|不足|不强|不高|不严|不深|不到位|不充分|不完善|不明显|不理想|不优|有待|过多|过滥|滞后|薄弱|欠缺|"
    r"缺乏|淡薄|淡化|脱节|偏差|现象|存在|问题|失之于|个别|有的|有时|差距")
# Responsibility notes: （朱小丹同志负责，省府办公厅牵头办理） / （牵头单位：…；责任领导：…）
LEAD_NOTE = re.compile(r"[（(](?P<person>[^（()）]{1,40}?)同志负责[，,、；;]?\s*(?P<unit>[^（()）]{0,80}?)"
                       r"(?:牵头(?:办理|负责|落实)?|负责落实|办理)?[）)]\s*$")
LEAD_FIELDS = re.compile(r"(?P<key>责任领导|牵头领导|责任人|牵头单位|责任单位|责任部门)[:：][ \t\u3000]*(?P<value>[^；;，,）)。\n]+)")
# An item or paragraph that states the plan's purpose or scope (``第一条 为…，制定本细则。``,
# ``本规定适用于…``): preamble, not a measure.
_DOC = r"(?:办法|规定|细则|方案|意见|准则|制度|措施)"
PURPOSE_CLAUSE = re.compile(rf"[\s　]*(?:为了?.{{2,120}}?(?:特)?制定{THIS_DOCUMENT}|{THIS_DOCUMENT}适用于|"
                            rf".{{0,60}}(?:作出|提出)(?:如下|以下){_DOC}[。：:]?$)", re.S)
# A paragraph that only leads in to what follows (``…重点抓好以下工作：``, ``具体规定如下。``).
LEAD_IN = re.compile(r"(?:[:：]|(?:如下|以下(?:几个方面|方面|措施|工作|规定|要求|几点)?)[。.]?)\s*$")
# The lead-in of an item that commits to something and then lists its details (``…，具体要求如下：``).
DETAILS_LEAD_IN = re.compile(r"[，,。；;](?:具体|主要)?(?:要求|规定|标准|做法|措施)(?:如下|是|为)?[:：]$|[，,。；;][^，,。；;]{0,8}如下[:：]$|"
                             r"[，,。；;][^，,。；;]{0,12}(?:以下|下列)(?:规定|要求|几点|标准|做法)[:：]$")  # 会议安排要遵守以下规定：
# (not ``采取以下措施：``, which leads in to measures, not to one measure's details)
# A short unnumbered heading line (``【工作要求】``, ``提高会议质量``): context for the items below it.
HEADING_LINE = re.compile(r"^(?:【[^】]{1,30}】|[^。；;，,、：:！!？?．.（）()]{2,30})$")
# Lines that introduce a list of problems (``存在问题：``, ``主要表现：``, ``查摆出的问题主要有：``).
PROBLEM_LEAD_LINE = re.compile(r"(?:存在|主要|突出|查摆出?|具体)的?(?:主要)?(?:问题|表现)(?:有|是|为|如下)?[:：]?$|^问题表现[:：]?$|"
                               r"^[^。；;]{0,36}(?:问题|表现|不足|差距)[^。；;]{0,12}[:：]$")


@dataclass
class Item:
    """A numbered item: marker, where its subtree ends, its children and its title."""

    marker: Marker
    end: int
    children: list["Item"] = field(default_factory=list)
    title_end: int = 0
    own_end: int = 0  # end of its own text (start of its first child, or ``end``)
    headings: list[tuple[int, str]] = field(default_factory=list)  # unnumbered headings met inside


def extract(text: str, furniture: list[tuple[int, int]] = (), doc_id: str = "doc") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Measures and spans of one document.

    ``text`` is the loaded text; ``furniture`` lists ``(char_start, char_end)`` spans set aside by the
    loader. Returns ``(measures, spans)`` with the columns of the ``measures`` and ``spans`` schemas.
    """
    n = len(text)
    codes = np.zeros(n, dtype=np.int8)
    measure_no = np.full(n, -1, dtype=np.int32)
    for s, e in furniture:
        codes[s:e] = _CODE["furniture"]
    flattened = numbering.is_flattened(text)
    is_furniture = codes == _CODE["furniture"]
    lo, hi = body_bounds(text, is_furniture)
    start = content_start(text, is_furniture)
    codes[start:lo] = np.where(is_furniture[start:lo], _CODE["furniture"], _CODE["preamble"])
    markers = [m for m in numbering.find_markers(text, lo, hi, flattened=flattened) if codes[m.start] != _CODE["furniture"]]
    if not markers and not flattened:  # the plan's only list may run inside a paragraph: 一是…；二是…；三是…
        markers = [m for m in numbering.inline_enumeration(text, lo, hi) if codes[m.start] != _CODE["furniture"]]
    rows: list[dict] = []
    if markers:
        _paint(codes, _strip_range(text, lo, markers[0].start), "preamble")
        roots = _build_tree(text, markers, hi, flattened)
        head = _last_heading_line(text, lo, markers[0].start, after_title=True, codes=codes)
        ctx = {"path": [] if head else None, "headings": [head] if head else []}
        problems = _problem_items(text, roots, lo, flattened)
        quoted = _quoted_regulation(text, roots)
        for root in roots:
            if id(root) in problems:
                _paint(codes, (root.marker.start, root.end), "problem")
            elif id(root) in quoted:
                _paint(codes, (root.marker.start, root.end), "preamble")
            else:
                _classify(text, root, [], codes, rows, flattened, ctx)
    else:
        _paragraph_measures(text, lo, hi, "", None, codes, rows, require_heading=True)
    rows = [r for r in rows if r["char_end"] > r["char_start"]]
    for i, r in enumerate(rows):
        measure_no[r["char_start"]:r["char_end"]] = i
        codes[r["char_start"]:r["char_end"]] = _CODE["measure"]
    for s, e in furniture:  # furniture wins: a measure never includes page furniture
        codes[s:e] = _CODE["furniture"]
    return _measures_frame(text, rows, doc_id), _spans_frame(codes, measure_no, doc_id)


# ---------------------------------------------------------------- tree

def _build_tree(text: str, markers: list[Marker], hi: int, flattened: bool) -> list[Item]:
    """Nest markers by rank into items; enumerations that belong inside an item are folded into it."""
    roots: list[Item] = []
    stack: list[Item] = []
    rank = _ranks(markers)
    for mk in markers:
        while stack and rank[stack[-1].marker.scheme] >= rank[mk.scheme]:
            stack.pop().end = mk.start
        item = Item(mk, hi)
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    for item in _walk(roots):
        _set_extent(text, item, flattened)
    _fold_enumerations(text, roots, flattened)
    return roots


def _ranks(markers: list[Marker]) -> dict[str, float]:
    """Rank per scheme for this document.

    In plans written as articles (``第一章 … 第一条 …``) the article sits right under the chapter and
    its clauses ``（一）`` ``1.`` below it, so ``第X条`` moves above ``（一）``.
    """
    rank = {name: float(r) for name, (r, _) in numbering.SCHEMES.items()}
    # ``1）`` and ``（1）`` share a depth; in a plan that uses both, the one met first holds the other
    # (``1）严格执行公务接待制度：`` over ``（1）实行公函接待制度；``)
    first = {}
    for m in markers:
        first.setdefault(m.scheme, m.start)
    if "arabic_paren" in first and "arabic_rparen" in first:
        rank[max(("arabic_paren", "arabic_rparen"), key=first.get)] += 0.5
    if any(m.scheme == "cn_article" for m in markers):
        rank["cn_article"] = 0.5
    # ``第一，改进调查研究。`` on its own line with ``1.`` items under it is a section, not an inline
    # enumeration: it moves above the schemes that follow it
    di = [i for i, m in enumerate(markers) if m.scheme == "cn_di" and m.at_line_start]
    if len(di) >= 2 and any(markers[i + 1].scheme in ("arabic", "cn_paren") for i in di if i + 1 < len(markers)):
        rank["cn_di"] = 0.5
    return rank


def _set_extent(text: str, item: Item, flattened: bool) -> None:
    item.own_end = item.children[0].marker.start if item.children else item.end
    item.title_end = _title_end(text, item.marker.end, item.own_end, flattened)


# Schemes that enumerate the parts of one commitment rather than separate commitments.
_ENUMERATION_SCHEMES = numbering.INLINE_SCHEMES
_SECTION_SCHEMES = {"cn_section", "cn_chapter", "cn_part", "roman_section"}
_HEADING_ONLY_SCHEMES = {"cn_chapter", "cn_part"}  # ``第X章`` ``第X部分`` title what follows; never a commitment
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
SECTION_TITLE_MAX_CHARS = 40  # a section's name (指导思想, 存在的突出问题) is short
CLOSING_ITEM_MAX_CHARS = 60  # a numbered closing clause (本细则由…负责解释, 自印发之日起施行) is short
_SENTENCE_MARK = re.compile(r"[。；;，,！!？?]")


def _fold_enumerations(text: str, items: list[Item], flattened: bool) -> None:
    """Fold into their item the sub-items that only enumerate its parts (codebook: an enumeration
    inside a measure stays inside it).

    Folded: an article's clauses (``第四条 …下列行为：（一）…（二）…``), and an enumeration
    (``（1）`` ``①`` ``一是`` ``第一，``) under an item that leads in to it with text of its own
    (``3、规范公务接待。严格执行…，具体要求：（1）…``) — for a top-level section only when most of
    its sibling sections are themselves single commitments (numbered rules ``一、…二、…``).
    """
    leaves = sum(1 for it in items if not it.children)
    for item in items:  # an item with children: are most of the *other* siblings leaves?
        if item.children and _folds(text, item, 2 * leaves > len(items) - 1, flattened):
            item.children = []
            _set_extent(text, item, flattened)
        else:
            _fold_enumerations(text, item.children, flattened)


def _folds(text: str, item: Item, siblings_are_leaves: bool, flattened: bool) -> bool:
    if item.marker.scheme == "cn_article":
        return True
    title = text[item.marker.end:item.title_end].rstrip(WS)
    problems = _problem_items(text, item.children, item.title_end, flattened)
    if problems and len(problems) < len(item.children):
        # ``（一）形式主义方面。存在的主要问题：①…②… 整改措施：（1）…（2）…``: a problem list and then
        # the measures that answer it are the item's contents, not the parts of one commitment
        return False
    if not all(ch.marker.scheme in _ENUMERATION_SCHEMES for ch in item.children):
        # numbered lines (1. 2.) under a sub-item that says what it commits to and then leads in to
        # its details (``（一）严格执行出国管理规定，具体要求如下：``, ``（一）严格控制发文数量。…。具体要求如下：``)
        # are its details, not measures
        own = text[item.marker.end:item.own_end].rstrip(WS)
        return (item.marker.scheme not in _SECTION_SCHEMES and bool(DETAILS_LEAD_IN.search(own))
                and not any(ch.children for ch in item.children))
    lead_in = bool(text[item.title_end:item.own_end].strip(WS)) or (bool(title) and title[-1] in ":：")
    if not lead_in:
        return False
    return item.marker.scheme not in _SECTION_SCHEMES or siblings_are_leaves


def _walk(items):
    for it in items:
        yield it
        yield from _walk(it.children)


_TITLE_STOP = re.compile(r"[。；;！？!?：:\n]|[ \u3000]{1,}(?=\S)")
_TITLE_STOP_FLAT = re.compile(r"[\.．\n]|[ \u3000]{1,}(?=\S)")


def _title_end(text: str, start: int, end: int, flattened: bool) -> int:
    while start < end and text[start] in " \t\u3000\xa0":  # spaces after the number (一、\xa0\xa0改进…) start no stop
        start += 1
    m = (_TITLE_STOP_FLAT if flattened else _TITLE_STOP).search(text, start, end)
    if not m:
        return end
    return m.end() if text[m.start()] in "。；;！？!?：:.．" else m.start()


def _title(text: str, item: Item) -> str:
    """The item's number and title as a section name: ``第二章　会议活动`` as printed, but ``一、改进调查研究``
    without the spaces a Word list puts after a number that ends in a mark (``一、\xa0\xa0 改进…``)."""
    number = text[item.marker.start:item.marker.end].strip(WS)
    if number and number[-1] in "、.．）)，,】]":
        return (number + text[item.marker.end:item.title_end].strip(WS)).rstrip("。.．：:；;*")
    return text[item.marker.start:item.title_end].strip(WS).rstrip("。.．：:；;*")


# ---------------------------------------------------------------- classification

def _classify(text: str, item: Item, path: list[str], codes, rows, flattened: bool, ctx: dict) -> None:
    """Paint ``item``'s subtree into ``codes`` and append its measures to ``rows``.

    ``ctx`` carries unnumbered headings cut from a measure's tail to the measures after it in the
    same section (``{"path": section path, "headings": [...]}``).
    """
    title = _title(text, item)
    bare = text[item.marker.end:item.title_end].strip(WS + "。.．：:")
    span = (item.marker.start, item.end)
    if item.marker.scheme in _HEADING_ONLY_SCHEMES:
        # a chapter's title is its whole line, matched without spaces (``第七章　附　则``)
        line_end = text.find("\n", item.marker.end, item.end)
        line_end = item.end if line_end < 0 else line_end
        bare = _SPACES.sub("", text[item.marker.end:line_end]).strip(WS + "。.．：:")
        if not item.children and len(bare) <= 30 and not _SENTENCE_MARK.search(bare) \
                and not text[line_end:item.end].strip(WS):
            _paint(codes, span, "preamble" if GUIDING_TITLE.search(bare) else "heading")
            return  # a chapter with nothing under it is still a heading, never a commitment
    titled = len(bare) <= SECTION_TITLE_MAX_CHARS  # a long first sentence is a commitment, not a section name
    if titled and GUIDING_TITLE.search(bare):
        _paint(codes, span, "preamble")
        return
    if titled and PROBLEM_TITLE.search(bare) and not REMEDY_WORDS.search(bare):
        _paint(codes, span, "problem")
        return
    if (titled and not item.children and bare.endswith("问题") and not REMEDY_WORDS.search(bare)
            and SYMPTOMS.match(text, item.title_end)):
        _paint(codes, span, "problem")  # a problem named, then its symptoms: 主要表现为…
        return
    if item.children:
        _paint(codes, (item.marker.start, item.title_end), "heading")
        _classify_intro(text, item, path + [title], codes, flattened, ctx)
        problems = _problem_items(text, item.children, item.title_end, flattened)
        for child in item.children:
            if id(child) in problems:
                _paint(codes, (child.marker.start, child.end), "problem")
            else:
                _classify(text, child, path + [title], codes, rows, flattened, ctx)
        return
    if PURPOSE_CLAUSE.match(text, item.marker.end, item.end):
        _paint(codes, span, "preamble")
        return
    closing = None if flattened else _closing_line(text, item.marker.end, item.end)  # the plan's closing after it
    own = text[item.marker.end:item.end if closing is None else closing].strip(WS)
    if len(own) <= CLOSING_ITEM_MAX_CHARS and CLOSING_CLAUSE.search(own):
        return  # ``十、本细则自印发之日起施行。``: closes the plan, commits to nothing (left as other)
    if _is_paragraph_section(text, item, flattened):
        title_line_end = text.find("\n", item.marker.end, item.end)
        _paint(codes, (item.marker.start, title_line_end), "heading")
        if IMPLEMENTATION_TITLE.search(title) and not _headed_paragraphs(text, title_line_end, item.end):
            return  # 四、组织保障 over prose on who leads and reports: how the plan is run, not a commitment list
        _paragraph_measures(text, title_line_end, item.end, " > ".join(path + [title]), None, codes, rows)
        return
    end, tail = _trim_tail(text, item, flattened, codes, closing)
    for kind, s, e in tail:
        _paint(codes, (s, e), kind)
    if ctx["path"] != path:
        ctx.update(path=path, headings=[])
    rows.append(_measure_row(text, item.marker.start, end, item.marker, path + ctx["headings"], flattened))
    cut = [text[s:e].strip(WS + ".．") for kind, s, e in tail if kind == "heading"]
    if cut:  # a heading cut from this tail is the context of the measures after it
        ctx["headings"] = [_first_segment(cut[0], flattened)]


def _classify_intro(text: str, item: Item, path: list[str], codes, flattened: bool, ctx: dict) -> None:
    """Paint a heading's own text before its first child: a problem list, a ``针对…问题`` intro or preamble."""
    s, e = _strip_range(text, item.title_end, item.own_end)
    block = _problem_block(text, s, e, flattened, require_lead_in=False)
    if block:
        head_start, list_start = block
        _paint(codes, (s, head_start), "preamble")
        _paint(codes, (head_start, list_start), "heading")
        _paint(codes, (list_start, e), "problem")
        ctx.update(path=path, headings=[_first_segment(text[head_start:list_start].strip(WS + ".．"), flattened)])
        return
    _paint(codes, (s, e), "problem" if PROBLEM_INTRO.match(text[s:e]) else "preamble")
    head = _last_heading_line(text, s, e, codes=codes)
    if head:
        ctx.update(path=path, headings=[head])


def _last_heading_line(text: str, s: int, e: int, after_title: bool = False, codes=None) -> str:
    """The last line of ``text[s:e]`` when it is a short unnumbered heading (``【主要任务】``); lines of
    page furniture in ``codes`` (a page number, a running header) are passed over.

    ``after_title``: ``text[s:e]`` opens with the plan's title, which is never a section heading.
    """
    s, e = _strip_range(text, s, _before_furniture(text, codes, s, e))
    nl = text.rfind("\n", s, e)
    line = text[nl + 1 if nl >= 0 else s:e].strip(WS)
    if after_title and (nl < 0 or PLAN_TITLE.search(line)):
        return ""
    return line if HEADING_LINE.match(line) and not PROBLEM_LEAD_LINE.search(line) else ""


_REMEDY_LEAD = re.compile(r"措施|任务|办法|做法|如下要求|解决|整治|纠正|克服")


def _problem_items(text: str, items: list[Item], intro_start: int, flattened: bool) -> set[int]:
    """Ids of sibling ``items`` that list problems: a run of leaves introduced by a line such as
    ``存在问题：`` / ``主要表现：`` / ``查摆出的问题主要有：`` (the last line before the run's first item).

    A run ends where the scheme changes, the numbering restarts, or another lead line
    (``针对上述问题，采取以下整改措施：``) comes before an item.
    """
    out: set[int] = set()
    if flattened:
        return out
    in_problem_run, prev = False, None
    for child in items:
        before = text[intro_start if prev is None else prev.marker.end:child.marker.start].rstrip(WS)
        nl = before.rfind("\n")
        last_line = before[nl + 1:].strip(WS) if (nl >= 0 or prev is None) else ""
        lead = bool(last_line) and (last_line[-1] in ":：" or bool(PROBLEM_LEAD_LINE.search(last_line)))
        if (prev is None or lead or child.marker.scheme != prev.marker.scheme
                or child.marker.value <= prev.marker.value):
            in_problem_run = lead and bool(PROBLEM_LEAD_LINE.search(last_line)) and not _REMEDY_LEAD.search(last_line)
        if in_problem_run and not child.children:
            out.add(id(child))
        prev = child
    # a problem list states what went wrong: most of its items use problem words (不够, 过多, 存在…)
    runs_ok = [it for it in items if id(it) in out
               and PROBLEM_WORDS.search(text, it.marker.end, min(it.end, it.marker.end + 60))]
    return out if 2 * len(runs_ok) >= len(out) else set()


# The central regulation's eight points as plans quote them before their own measures
# (``一、要改进调查研究，…`` … ``八、要厉行勤俭节约，…``).
EIGHT_POINTS = re.compile(r"[\s　]*要?(?:改进调查研究|精简会议活动|精简文件简报|规范出访活动|改进警卫工作|改进新闻报道|"
                          r"严格文稿发表|厉行勤俭节约)[，,]")


def _quoted_regulation(text: str, items: list[Item]) -> set[int]:
    """Ids of top-level items that quote the central Eight-point Regulation as background: a run of
    four or more leaves opening with its points (``一、要改进调查研究，…``), followed by the plan's own
    items (a plan that only restates the points keeps them as its measures)."""
    run = [it for it in items if not it.children and EIGHT_POINTS.match(text, it.marker.end, it.end)]
    if len(run) < 4 or run[-1] is items[-1]:
        return set()
    first = next(i for i, it in enumerate(items) if it is run[0])
    consecutive = all(a is b for a, b in zip(items[first:first + len(run)], run))
    return {id(it) for it in run} if consecutive else set()


def _first_segment(heading: str, flattened: bool) -> str:
    parts = re.split(r"[\.．。\s　]" if flattened else r"[。\n]", heading)
    return next((p for p in parts if p), heading)[:40]


# Sections on how the plan itself is run (组织保障, 保障措施, 组织实施 …): their unnumbered prose paragraphs
# are not measures unless they open with heading sentences (加强组织领导。…), as four blind writers' keys agree.
IMPLEMENTATION_TITLE = re.compile(r"组织(?:保障|领导|实施)|保障措施|工作要求|有关要求")


def _headed_paragraphs(text: str, s: int, e: int) -> bool:
    """Whether any paragraph of ``text[s:e]`` opens with a short heading sentence."""
    return any(_short_heading(text[a:b].strip(WS)) for a, b in _lines(text, s, e) if text[a:b].strip(WS))


def _is_paragraph_section(text: str, item: Item, flattened: bool) -> bool:
    """A leaf whose title is a bare heading line followed by paragraphs on their own lines."""
    if flattened or item.marker.rank > 1:
        return False
    title_line_end = text.find("\n", item.marker.end, item.end)
    if title_line_end < 0:
        return False
    title = text[item.marker.end:title_line_end].strip(WS)
    body = text[title_line_end:item.end].strip(WS)
    if not title or not body or len(title) > 40:
        return False
    # ``一、改进调查研究。`` alone on its line, over two or more paragraphs that each open with a
    # short heading sentence (``减少陪同人员。…``): the paragraphs are the measures.
    # A sub-section (``（一）加强组织领导``) over one body, or over paragraphs that do not open with
    # heading sentences, is one measure with its title (top-level sections split into paragraphs).
    paragraphs = [text[s:e].strip(WS) for s, e in _lines(text, title_line_end, item.end) if text[s:e].strip(WS)]
    headed = len(paragraphs) >= 2 and all(_short_heading(x) for x in paragraphs)
    if title[-1] not in "。；;.．!！?？:：":
        return item.marker.rank <= 0 or headed  # a section or a part (第三部分　组织实施) over paragraphs
    return title[-1] == "。" and "。" not in title[:-1] and headed


def _paragraph_measures(text, lo, hi, section, marker, codes, rows, require_heading=False) -> None:
    """One measure per paragraph of ``text[lo:hi]`` (closing clauses and signatures are not measures).

    ``require_heading`` (a plan without numbers): only paragraphs opening with a short heading sentence are
    measures, and a short unnumbered heading line (``改进调查研究``, a Word heading) names the section of
    the measures after it; the plan's title line never does."""
    seen_text = False
    # paragraphs beside the rows of a table that lists the measures (整改清单) lead in or close, unless
    # they open with a heading sentence
    lines = [(s, e, _table_cells(text[s:e])) for s, e in (_strip_range(text, a, b) for a, b in _lines(text, lo, hi))]
    tabular = any(cells for _, _, cells in lines)
    for s, e, cells in lines:
        if e <= s or codes[s] == _CODE["furniture"]:
            continue
        line = text[s:e]
        if require_heading and seen_text and HEADING_LINE.match(line) and not PLAN_TITLE.search(line) and not cells:
            _paint(codes, (s, e), "heading")
            section = line
            continue
        seen_text = True
        if (CLOSING_CLAUSE.search(line) or DATE_LINE.match(line) or SIGNATURE_LINE.match(line)
                or _MARKUP_ONLY.fullmatch(line)):  # |---|---| under a Markdown table's header row
            continue
        if cells and cells[0] in TABLE_HEADER_CELLS:
            if rows and rows[-1]["char_start"] >= lo and not _table_cells(text[rows[-1]["char_start"]:rows[-1]["char_end"]]) \
                    and not text[rows[-1]["char_end"]:s].strip(WS):
                lead = rows.pop()  # the paragraph right above a table introduces it (…列表如下，…)
                _paint(codes, (lead["char_start"], lead["char_end"]), "heading")
            _paint(codes, (s, e), "heading")
            continue
        if cells and _restates(text, cells, rows):
            _paint(codes, (s, e), "other")  # a row restating a measure above (整改责任分工: 序号 任务 责任单位 时限)
            continue
        if not cells and (((require_heading or tabular) and not _short_heading(line)) or LEAD_IN.search(line)
                          or PURPOSE_CLAUSE.match(line)):
            _paint(codes, (s, e), "preamble")
            continue
        # a paragraph, or a row of a table that is the plan's only list of measures (整改清单)
        rows.append(_measure_row(text, s, e, None, [section] if section else [], False))
        if cells and cells[0].isdigit():
            rows[-1]["label"] = cells[0]  # the row's 序号


# A line laid out as a table row: three or more cells split by tabs or wide spaces.
_CELL_SPLIT = re.compile(r"\t+|[ \u3000\xa0]{2,}")
TABLE_HEADER_CELLS = {"序号", "编号", "序", "No.", "No"}


_PIPE_ROW = re.compile(r"\|.*\|")  # a Markdown table row: | 1 | 会议多 | 精简会议… | 局办公室 |


def _table_cells(line: str) -> list[str]:
    """The cells of a table-row line (``1\t规范公务接待\t县接待办\t2014年3月底前``, or a Markdown row
    ``| 1 | 规范公务接待 | 县接待办 |``), else ``[]``: three or more cells, and either a row number first or
    no sentence end (a paragraph with wide gaps is not a row)."""
    core = line.strip(WS)
    if core.count("|") >= 2:  # | 1 | 会议多 | 精简会议… |, or the same without the outer bars
        cells = [c.strip(WS) for c in (core[1:-1] if _PIPE_ROW.fullmatch(core) else core).split("|")]
        return cells if len(cells) >= 3 and all(cells) else []
    cells = [c for c in _CELL_SPLIT.split(core) if c]
    if len(cells) < 3:
        return []
    return cells if cells[0].isdigit() or not re.search(r"[。；;！!？?]", line) else []


def _restates(text: str, cells: list[str], rows: list[dict]) -> bool:
    """Whether a row's task cell (its first cell of four or more characters) opens a measure above."""
    task = next((c for c in cells if len(c) >= 4), "")
    return bool(task) and any(task in text[r["char_start"]:min(r["char_end"], r["char_start"] + 40)] for r in rows)


def _trim_tail(text: str, item: Item, flattened: bool, codes=None,
               closing: int | None = None) -> tuple[int, list[tuple[str, int, int]]]:
    """End of a leaf's measure text, and the (kind, start, end) pieces cut from its tail.

    Cut: the document's closing when it follows the last item (``closing``, from :func:`_closing_line`:
    ``本办法自印发之日起施行``, a signature over a date, and whatever comes after them), a problem list
    introduced by heading-like segments (``关于…的问题.着重整改.①…``), a bare ``关于…`` heading segment in
    flattened text, a ``注：`` note, and unnumbered heading lines before the next item.
    """
    start, end = item.marker.end, item.own_end
    tail = [] if closing is None else [("other", closing, _strip_range(text, closing, end)[1])]
    end = end if closing is None else closing
    attached = None if flattened else _attachment_part(text, start, end)
    if attached:  # 附件2 / its title / its preamble, before the next list of items: not this measure
        tail = attached + tail
        end = attached[0][1]
    cut = _problem_block(text, start, end, flattened)
    if cut:
        head_start, list_start = cut
        return _strip_range(text, item.marker.start, head_start)[1], [
            ("heading", head_start, list_start), ("problem", list_start, _strip_range(text, list_start, end)[1])] + tail
    note = None if flattened else _note_line(text, start, end)
    head = _tail_heading(text, start if note is None else note, end, flattened, codes)
    if head is not None:
        tail = [("heading", *_strip_range(text, head, end))] + tail
    if note is not None:  # a note under the measure, then perhaps the next heading: 注：本细则所称… 【新闻报道】
        tail = [("other", *_strip_range(text, note, end if head is None else head))] + tail
    first_cut = next(x for x in (note, head, end) if x is not None)
    return _strip_range(text, item.marker.start, _before_furniture(text, codes, start, first_cut))[1], tail


def _before_furniture(text: str, codes, s: int, e: int) -> int:
    """``e`` moved back over the lines of page furniture (in ``codes``) that end ``text[s:e]``, and over
    lines of Markdown residue only (the ``**`` closing a bold heading) or of a translation: a page number and
    running header between one item and the next belong to neither."""
    s, e = _strip_range(text, s, e)
    while e > s:
        line_start = max(text.rfind("\n", s, e), s)
        if not ((codes is not None and codes[e - 1] == _CODE["furniture"])
                or _MARKUP_ONLY.fullmatch(text, line_start, e) or _translation(text[line_start:e])):
            break
        e = _strip_range(text, s, line_start)[1]
    return e


def _translation(line: str) -> bool:
    """A line of Latin words without a Chinese character: the English translation after a bilingual plan's
    paragraph (``Strictly limit the number of meetings…``)."""
    return not numbering.HAN.search(line) and len(_LATIN_WORD.findall(line)) >= 3


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_MARKUP_ONLY = re.compile(r"[*_#~=|:`>》\s-]+")  # Markdown or forum residue: **, ***, |---|:---|, > (a quoted blank)


# A line that opens the document's closing part: the document speaking of itself (本办法自…施行, 本规定由…
# 负责解释, 本方案所称…), a report's closing formula.
CLOSING_START = re.compile(rf"(?:{THIS_DOCUMENT}(?:自|由|报|所称|未尽事宜)|以上(?:汇报|报告)|"
                           rf"[^。；;]{{0,40}}?参照{THIS_DOCUMENT})")  # 各县（市、区）教育局参照本方案…
NOTE_LINE = re.compile(r"注\s*[:：]")  # 注：本细则所称公务接待，是指…


def _attachment_part(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Pieces of an attachment that starts inside ``text[s:e]`` after its first line (``附件2`` alone on a
    line, then the attachment's title, then its preamble): ``[("other", 附件 line), ("heading", title),
    ("preamble", rest)]``, or ``[]``."""
    lines = _later_lines(text, s, e)
    for i, (a, b) in enumerate(lines):
        if ATTACHMENT_HEADING.match(text[a:b].strip(WS)):
            a, b = _strip_range(text, a, b)
            pieces = [("other", a, b)]
            if i + 1 < len(lines):
                t0, t1 = _strip_range(text, *lines[i + 1])
                pieces.append(("heading", t0, t1))
                if t1 < e and text[t1:e].strip(WS):
                    pieces.append(("preamble", *_strip_range(text, t1, e)))
            return pieces
    return []


def _later_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[s:e]`` after its first, as ``(start, end)``."""
    return [(a, b) for a, b in _lines(text, s, e) if text[a:b].strip(WS)][1:]


def _note_line(text: str, s: int, e: int) -> int | None:
    """Start of the first ``注：`` line after the first line of ``text[s:e]``, or None."""
    for a, b in _later_lines(text, s, e):
        if NOTE_LINE.match(bare_line(text[a:b])):
            return _strip_range(text, a, b)[0]
    return None


def _closing_line(text: str, s: int, e: int) -> int | None:
    """Start of the first line after the first line of ``text[s:e]`` that opens the document's closing
    (:data:`CLOSING_START`, or a signature line over a date line), or None."""
    lines = _later_lines(text, s, e)
    for i, (a, b) in enumerate(lines):
        line = bare_line(text[a:b])
        signed = SIGNATURE_LINE.match(line) and i + 1 < len(lines) and DATE_LINE.match(bare_line(text[slice(*lines[i + 1])]))
        if CLOSING_START.match(line) or signed:
            return _strip_range(text, a, b)[0]
    return None


_SEGMENT_FLAT = re.compile(r"[^\.．]+")
_SEGMENT = re.compile(r"[^。；;\n]+[。；;]?")


def _segments(text: str, lo: int, hi: int, flattened: bool) -> list[tuple[int, int]]:
    pat = _SEGMENT_FLAT if flattened else _SEGMENT
    return [(m.start(), m.end()) for m in pat.finditer(text, lo, hi) if text[m.start():m.end()].strip(WS)]


def _problem_block(text: str, lo: int, hi: int, flattened: bool,
                   require_lead_in: bool = True) -> tuple[int, int] | None:
    """``(heading start, list start)`` of a problem list at the tail of ``text[lo:hi]``, or None."""
    first = text.find("①", lo, hi)
    if first < 0:
        return None
    segs = [seg for seg in _segments(text, lo, first, flattened)]
    head_start = first
    for s, e in reversed(segs):
        seg = text[s:e].strip(WS + "。.．:：")
        if not PROBLEM_LEAD_SEGMENT.match(seg):
            break
        head_start = s
    items = re.split(r"[①-⑳]", text[first:hi])[1:]
    problem_like = sum(bool(PROBLEM_WORDS.search(x[:60])) for x in items)
    lead_in_ok = head_start > lo or not require_lead_in  # a measure keeps its own first sentence
    if head_start < first and lead_in_ok and problem_like * 2 >= len(items):
        return head_start, first
    return None


# A responsibility or deadline line after a measure (``责任单位：县委办``, ``长期坚持``, ``6月底前``).
_DUTY_OR_DEADLINE = re.compile(r"[:：]|责任|牵头|配合|时限|完成|长期|持续|常态|坚持|到位|月底|年底|季度|底前|之前|以前|"
                               r"[0-9０-９]+\s*月|[一二三四五六七八九十]+月")
_RE_GUANYU = re.compile(r"关于[^\.．。]{2,30}?(?:[ \u3000]|$)")


def _tail_heading(text: str, lo: int, hi: int, flattened: bool, codes=None) -> int | None:
    """Start of an unnumbered heading at the tail of a leaf, or None.

    Flattened text: a segment opening with ``关于`` (``关于加强省经信委党组自身建设 坚决…``).
    Ordinary text: trailing short lines without end punctuation (``关于遵守政治纪律的问题``); lines of
    page furniture in ``codes`` (a page number, a running header) are passed over.
    """
    if flattened:
        for s, e in _segments(text, lo, hi, True)[1:]:
            if _RE_GUANYU.match(text, s):
                return s
        return None
    lines = [(s, e) for s, e in _lines(text, lo, hi) if text[s:e].strip(WS)]
    cut = None
    for s, e in reversed(lines[1:]):
        if (codes is not None and codes[_strip_range(text, s, e)[0]] == _CODE["furniture"]) \
                or _MARKUP_ONLY.fullmatch(text, s, e):
            continue
        line = bare_line(text[s:e])
        if (len(line) <= 30 and line[-1] not in "。；;，,、.．!！?？)）" and not line.startswith("——")
                and not _DUTY_OR_DEADLINE.search(line)):  # 责任单位：… / 长期坚持 stay with their measure
            cut = s
        else:
            break
    return cut


_SHORT_HEADING = re.compile(r"[^。；;！？!?\n]{2,16}[。！!]")


def _short_heading(s: str) -> bool:
    """True when a paragraph opens with a short heading sentence (``减少陪同人员。``), not with an
    ordinary sentence (``各单位要认真贯彻执行，局纪检组负责监督检查。``)."""
    m = _SHORT_HEADING.match(s)
    return bool(m) and m.group(0).count("，") + m.group(0).count(",") <= 1


def _heading_sentence(s: str) -> str:
    """The opening heading sentence of a paragraph (``减少陪同人员。``), or empty when it has none."""
    m = re.match(r"[^。；;！？!?\n]{2,30}[。；;！？!?]", s)
    if not m:
        return ""
    sentence = m.group(0)
    return sentence


# ---------------------------------------------------------------- rows

def _measure_row(text, s, e, marker: Marker | None, path: list[str], flattened: bool) -> dict:
    body_start = marker.end if marker else s
    body = text[body_start:e].lstrip(WS)
    if flattened:
        m = re.match(r"[^\.．\s\u3000]{2,40}[\.．]", body)
        heading = m.group(0) if m else ""
    else:
        heading = _heading_sentence(body)
    person, unit = _lead(text[s:e])
    return {"label": text[marker.start:marker.end].strip(WS) if marker else "",
            "section": " > ".join(p for p in path if p), "heading": heading, "char_start": s, "char_end": e,
            "lead_person": person, "lead_unit": unit, "_path": " > ".join(p for p in path if p)}


def _lead(measure_text: str) -> tuple[str | None, str | None]:
    """Lead person and lead unit named in a responsibility note, if any."""
    m = LEAD_NOTE.search(measure_text)
    if m:
        return m.group("person").strip() or None, (m.group("unit").strip(" ，,、；;") or None)
    fields = {f.group("key"): f.group("value").strip() for f in LEAD_FIELDS.finditer(measure_text[-120:])}
    person = fields.get("责任领导") or fields.get("牵头领导") or fields.get("责任人")
    unit = fields.get("牵头单位") or fields.get("责任单位") or fields.get("责任部门")
    return person, unit


def _measures_frame(text: str, rows: list[dict], doc_id: str) -> pd.DataFrame:
    records = []
    for i, r in enumerate(rows, start=1):
        records.append({
            "measure_id": f"{doc_id}-m{i:03d}", "doc_id": doc_id, "seq": i, "label": r["label"],
            "section": r["section"] or None, "heading": r["heading"] or None,
            "text": text[r["char_start"]:r["char_end"]], "char_start": r["char_start"], "char_end": r["char_end"],
            "lead_person": r["lead_person"], "lead_unit": r["lead_unit"], "is_quantified": False,
        })
    cols = ["measure_id", "doc_id", "seq", "label", "section", "heading", "text", "char_start", "char_end",
            "lead_person", "lead_unit", "is_quantified"]
    return pd.DataFrame.from_records(records, columns=cols)


def _spans_frame(codes: np.ndarray, measure_no: np.ndarray, doc_id: str) -> pd.DataFrame:
    """Run-length spans over (kind, measure number): consecutive, covering ``[0, len(text))``."""
    n = len(codes)
    if n == 0:
        return pd.DataFrame({"doc_id": [], "span_kind": [], "char_start": [], "char_end": []})
    key = codes.astype(np.int64) * (1 << 32) + (measure_no.astype(np.int64) + 1)
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], n]
    return pd.DataFrame({"doc_id": doc_id, "span_kind": [SPAN_KINDS[c] for c in codes[starts]],
                         "char_start": starts, "char_end": ends})


def _paint(codes: np.ndarray, span: tuple[int, int], kind: str) -> None:
    s, e = span
    if e > s:
        region = codes[s:e]
        region[region != _CODE["furniture"]] = _CODE[kind]


def _strip_range(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in WS:
        s += 1
    while e > s and text[e - 1] in WS:
        e -= 1
    return s, e


# ---------------------------------------------------------------- pipeline stage

def extract_stage(doc: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Per-document stage: ``texts`` + ``furniture`` -> ``measures``, ``spans``; fills ``documents.n_measures``."""
    doc_id = doc["documents"]["doc_id"].iloc[0]
    text = doc["texts"]["text"].iloc[0]
    furn = doc.get("furniture")
    spans_in = [] if furn is None or not len(furn) else list(zip(furn["char_start"], furn["char_end"]))
    measures, spans = extract(text, spans_in, doc_id)
    documents = doc["documents"].copy()
    documents["n_measures"] = len(measures)
    return {"measures": measures, "spans": spans, "documents": documents}
