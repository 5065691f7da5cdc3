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

This module holds steps 2 and 3 (the item tree and what each item is). The other steps live in small
modules beside it: :mod:`analysis.plan_body` (step 1 and the line shapes all steps share),
:mod:`analysis.problems` (problem lists), :mod:`analysis.paragraphs` (measures that are paragraphs or
table rows), :mod:`analysis.measure_ends` (step 4, where a measure ends) and
:mod:`analysis.measure_table` (the output rows and the painted spans).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from . import numbering
from .measure_ends import attachment_part, before_furniture, closing_line, trim_tail
from .measure_table import SPAN_KINDS  # noqa: F401  (the spans table's kinds, also read as measures.SPAN_KINDS)
from .measure_table import CODE, measure_row, measures_frame, paint, spans_frame, strip_range
from .numbering import Marker
from .paragraphs import (IMPLEMENTATION_TITLE, LEDGER_POINTER, RESTATED_SHARE, RUN_TOPIC_TITLE, SPACED_HEADER,
                         TASKS_POINTER, TASKS_TITLE, TIMETABLE_TITLE, TOPIC_TITLE, attached_ledger, attached_ledgers,
                         attached_rule_sets, char_pairs, code_runs, continued_lines, field_block, headed_count,
                         headed_paragraphs, headed_plan, is_paragraph_section, measures_table, mostly_headed,
                         opening_run_paragraphs, paragraph_end, paragraph_measures, problem_pairs, remedies_table,
                         remedy_items, run_measures, run_paragraphs, table_under_title, wrapped_table)
from .plan_body import (ATTACHMENT_LINE, CLOSING_CLAUSE, DATE_LINE, DRAFT_ORDER, GUIDING_TITLE, HEADING_LINE,
                        PLAN_TITLE, PURPOSE_CLAUSE, RULE_TITLE, SENTENCE_MARK, SIGNATURE_LINE, THIS_DOCUMENT, WS,
                        body_bounds, content_start, section_breaks)
from .plan_body import lines as plan_lines
from .problems import (CHECK_POINT, PROBLEM_INTRO, PROBLEM_LEAD_LINE, PROBLEM_STEP, PROBLEM_TITLE, PROBLEM_WORDS,
                       REMEDY_LEAD_LINE, REMEDY_WORDS, SYMPTOMS, case_list, problem_block, problem_items, remedy_lead_line,
                       summary_after)


# The lead-in of an item that commits to something and then lists its details (``…，具体要求如下：``).
DETAILS_LEAD_IN = re.compile(r"[，,。；;](?:具体|主要)?(?:内容)?(?:要求|规定|标准|做法|措施|做到|包括)(?:如下|是|为)?[:：]$|"
                             r"[，,。；;][^，,。；;]{0,8}如下[:：]$|"
                             r"[，,。；;][^，,。；;]{0,12}(?:以下|下列)(?:规定|要求|几点|标准|做法|事宜|事项|情形|行为)[:：]$|"
                             r"[，,。；;][^，,。；;]{0,12}(?:以下|下列)(?:规定|标准)执行[:：]$|"  # (…工作餐标准按下列规定执行：1.早餐…)
                             r"[，,。；;][^，,。；;]{0,12}(?:以下|下列)[一二三四五六七八九十两几]?[种类]?[^，,。；;：:]{0,4}"
                             r"(?:方式|形式|类型)[:：]$|"  # 会议安排要遵守以下规定：; 实行以下三种代理方式：
                             # an item that is its list's lead (（一）下列重大事项由市委常委会议集体讨论决定：), or a sanction
                             # over the cases it covers (（三）责任追究。有下列情形之一的，按照有关规定追究…责任：)
                             r"^下列[^。；;：:]{2,40}[:：]$|[，,。；;][^，,。；;：:]{0,8}?凡?有下列情形之一的[^。；;]{0,40}[:：]$|"
                             # … or the ways its cases are dealt with (对清理出的在建项目，按照以下原则分别处理：1.未履行…的，
                             # 一律停止建设)
                             r"[，,。；;][^，,。；;]{0,8}(?:按照?|依照|根据)(?:以下|下列)[^，,。；;：:]{0,4}(?:原则|办法|方式)"
                             r"[^，,。；;：:]{0,6}(?:处理|处置|执行|办理)[:：]$|"
                             # … or over whom it covers (（二）重点抽查。对下列人员一律进行重点查核：1．拟提拔为…的考察对象)
                             r"[，,。；;][^，,。；;]{0,6}对(?:以下|下列)(?:人员|对象|单位|干部)[^，,。；;：:]{0,12}[:：]$")
# (not ``采取以下措施：``, which leads in to measures, not to one measure's details)


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
        codes[s:e] = CODE["furniture"]
    flattened = numbering.is_flattened(text)
    is_furniture = codes == CODE["furniture"]
    lo, hi = body_bounds(text, is_furniture)
    hi = _asides_start(text, lo, hi)
    start = content_start(text, is_furniture)
    codes[start:lo] = np.where(is_furniture[start:lo], CODE["furniture"], CODE["preamble"])
    # (a table a PDF copy laid out as text inside the plan is blanked for the outline: its category rows,
    # 一、规范财政资金分配, and row numbers are no sections or items of the plan, nor break its numbering; the table is
    # read with the section it stands in)
    table = None if flattened else _wrapped_table_extent(text, lo, hi, codes)
    outline_text = (text if table is None
                    else text[:table[0]] + _NOT_NEWLINE.sub(" ", text[slice(*table)]) + text[table[1]:])
    markers = [m for m in numbering.find_markers(outline_text, lo, hi, flattened=flattened)
               if codes[m.start] != CODE["furniture"]]
    if (toc := _table_of_contents(text, lo, hi)) is not None:  # a compilation's 目录: its entries are no items
        markers = [m for m in markers if not toc[0] <= m.start < toc[1]]
    if not flattened:  # a (1)(2)(3) list running on across paragraphs is a list of its own (十个严禁)
        starts = {m.start for m in markers}
        extra = [m for m in numbering.cross_paragraph_enumeration(outline_text, lo, hi)
                 if m.start not in starts and codes[m.start] != CODE["furniture"]]
        markers = sorted(markers + extra, key=lambda m: m.start) if extra else markers
    if not flattened:
        # (a hard wrap may leave a run's 三是 at a line's start, its 一是 and 二是 inside the paragraph above: it is the
        # paragraph's item, as they are, not a line of its own)
        continued = continued_lines(text, lo, hi)
        markers = [m for m in markers if not (m.scheme == "cn_shi" and text.rfind("\n", 0, m.start) + 1 in continued)]
        # 一是… at a line start, its 二是, 三是 inside the same paragraph: all are items
        markers = _with_inline_siblings(text, markers, codes)
    inline = False
    if not markers and not flattened and not headed_plan(text, lo, hi):
        # the plan's only list may run inside a paragraph: 一是…；二是…；三是… (in a plan of headed paragraphs it is one
        # measure's parts: 严格落实值班制度。…一是必须坚守岗位；二是…)
        markers = [m for m in numbering.inline_enumeration(text, lo, hi) if codes[m.start] != CODE["furniture"]]
        inline = bool(markers)
    rows: list[dict] = []
    if not flattened and start < lo:
        _notice_requirements(text, start, lo, rows, codes, is_furniture)
    ledger_read = False
    if markers:
        paint(codes, strip_range(text, lo, markers[0].start), "preamble")
        if measures_table(text, lo, markers[0].start):  # a 整改清单 table before the plan's only numbered lines
            paragraph_measures(text, lo, markers[0].start, "", None, codes, rows, require_heading=True)
        # (a compilation's next rule, titled on a line of its own, or a post's next section, headed by an emoji, closes
        # every item open before it)
        titles = section_breaks(text, markers[0].start, hi, is_furniture) if not flattened else []
        roots = _build_tree(_furniture_blanked(text, is_furniture), markers, hi, flattened, [s for s, _ in titles])
        if inline:  # an item of a run inside a paragraph ends with its paragraph (a news report's next one
            _end_at_paragraph(text, roots, flattened)  # opens 在精简会议文件方面，一是…, or is no list at all)
        head = _last_heading_line(text, lo, markers[0].start, after_title=True, codes=codes)
        # top-level items that are sections (items under them, or a title sentence over a run of 一是…): when they
        # are most, a leaf 五、规范公务接待。一是…二是… is a section too; else it is a rule among rules (一、…十二、)
        tops = [r for r in roots if r.marker.scheme in _SECTION_SCHEMES and r.marker.rank <= 0]
        sections = sum(1 for r in tops if r.children or _section_run(text, r, None))
        ctx = {"path": [] if head else None, "headings": [head] if head else [], "body_end": hi,
               "section_runs": 2 * sections > len(tops),
               "ledger": attached_ledger(text, hi) if LEDGER_POINTER.search(text, lo, hi) else None}
        problems = problem_items(text, roots, lo, flattened)
        quoted = _quoted_regulation(text, roots) | _agenda(text, roots, lo)
        for root in roots:
            if id(root) in problems:
                paint(codes, (root.marker.start, root.end), "problem")
                if root is roots[-1] and (summary := summary_after(text, root)):
                    # the list's last case ends before the paragraph summing the list up: the 一是…二是… runs after it
                    # are what a 通报 requires, not the case's text (or its paragraphs opening 一是要…, 二是要…)
                    for a, b in (run_paragraphs(text, summary[1], root.end)
                                 or opening_run_paragraphs(text, summary[1], root.end)):
                        paragraph_measures(text, a, b, "", None, codes, rows)
            elif id(root) in quoted:
                paint(codes, (root.marker.start, root.end), "preamble")
            else:
                _classify(text, root, [_paragraph_lead(text, root)] if inline else [], codes, rows, flattened, ctx)
        for s, e in titles:  # the rule's title and its preamble up to its first item
            paint(codes, (s, e), "heading")
            first = next((m.start for m in markers if m.start > e), hi)
            paint(codes, strip_range(text, e, first), "preamble")
        if ctx.get("ledger_read"):  # set by _classify when a task section pointed to the ledger
            _ledger_measures(text, ctx["ledger"], codes, rows)
        ledger_read = bool(ctx.get("ledger_read"))
    else:
        paragraph_measures(text, lo, hi, "", None, codes, rows, require_heading=True)
    # (the attachments may sit inside the body when no signature comes before them: look after the last measure too)
    ledgers = [] if ledger_read else (attached_ledgers(text, hi)
                                      or (attached_ledgers(text, rows[-1]["char_end"]) if rows else []))
    for k, ledger in enumerate(ledgers):
        # a notice that only issues its attached 任务分解表, or a plan whose attached table lists tasks of its own (the
        # second of two may, when the first restates the text: 附件1 检视问题整改清单, 附件2 立行立改事项清单)
        if (not rows and k == 0) or _own_tasks(text, ledger, codes, rows):
            _ledger_measures(text, ledger, codes, rows)
    if not flattened:
        for rule_set in attached_rule_sets(text, hi):  # 附件 / …“八条禁令” / 第一条…: the issuer's rules, after its signature
            _rule_set_measures(text, rule_set, is_furniture, codes, rows)
    rows = [r for r in rows if r["char_end"] > r["char_start"]]
    if not flattened:
        rows = _drop_spaced_restatements(text, rows, codes)
    for i, r in enumerate(rows):
        measure_no[r["char_start"]:r["char_end"]] = i
        codes[r["char_start"]:r["char_end"]] = CODE["measure"]
    for s, e in furniture:  # furniture wins: a measure never includes page furniture
        codes[s:e] = CODE["furniture"]
    return measures_frame(text, rows, doc_id), spans_frame(codes, measure_no, doc_id)


# The title over a ledger's notes on how it is kept (填报说明, a sheet 说明 titled 关于整改任务清单的说明)
_NOTES_TITLE = re.compile(r"(?:关于[^。；;，,]{2,30}的)?(?:填报|填表|编制|使用)?说明[:：]?")
# A newspaper's box beside the plan it reprints (【相关链接】中央八项规定主要内容（摘编）): another text, not the plan
_NEWS_BOX = re.compile(r"[【\[](?:相关链接|新闻链接|背景链接|链接|延伸阅读|相关阅读|相关新闻)[】\]][^。；;]{0,40}")


_NOT_NEWLINE = re.compile(r"[^\n]")


def _wrapped_table_extent(text: str, lo: int, hi: int, codes) -> tuple[int, int] | None:
    """``(start, end)`` of a table of measures laid out as text in ``text[lo:hi]`` (:func:`wrapped_table`), from its
    header to its last line, or None."""
    lines = [(a, b) for a, b in (strip_range(text, s, e) for s, e in plan_lines(text, lo, hi))
             if b > a and codes[a] != CODE["furniture"]]
    found = wrapped_table(text, lines)
    return (found[0][0], found[3]) if found is not None else None


_TOC_HEAD = re.compile(r"^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$", re.MULTILINE)
TOC_ENTRY_MAX_CHARS = 30  # a table of contents' entry is a rule's or a chapter's title


def _table_of_contents(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of a compilation's table of contents in ``text[lo:hi]`` (目　录 / 一、首问负责制度 / 二、…): its
    line ``目录`` and the two or more short lines under it that each come again later as a title; else None."""
    head = _TOC_HEAD.search(text, lo, hi)
    if head is None:
        return None
    end, entries = head.end(), 0
    for a, b in plan_lines(text, head.end(), hi):
        line = text[a:b].strip(WS)
        if not line:
            continue
        if len(line) > TOC_ENTRY_MAX_CHARS or _SENTENCE_MARK.search(line) or line not in text[b:hi]:
            break
        end, entries = b, entries + 1
    return (head.start(), end) if entries >= 2 else None


def _asides_start(text: str, lo: int, hi: int) -> int:
    """Where the body ``text[lo:hi]`` ends: at a notes title on a line of its own after a table's rows (a ledger's
    填报说明 sheet: 1.本台账根据…制定 / 2.各责任单位排在第一位的为牵头单位), whose numbered notes say how the ledger
    is kept, not what will be done, or at a newspaper's box of another text (【相关链接】…, its numbered points
    another body's); else ``hi``."""
    seen_row = False
    for a, b in plan_lines(text, lo, hi):
        line = text[a:b].strip(WS)
        if line.count("\t") >= 2:
            seen_row = True
        elif seen_row and _NOTES_TITLE.fullmatch(line) or _NEWS_BOX.fullmatch(line):
            return a
    return hi


# A wrapping notice's lead to requirements of its own (…现印发给你们，并就有关事项通知如下：, 提出如下要求：, …提出如下要求，
# 请一并抓好落实。)
_NOTICE_REQUIREMENTS_LEAD = re.compile(r"(?:通知如下|如下要求|要求如下|提出以下要求|几点要求)"
                                       r"(?:[:：。]|[，,](?:请|望)[^。：:；;]{0,30}[。：:])[ \t\u3000\xa0]*$", re.M)
# … or the lead with its requirements run on inside its paragraph (…提出如下要求：一是…；二是…；三是…)
_NOTICE_REQUIREMENTS_RUN = re.compile(r"(?:通知如下|如下要求|要求如下|提出以下要求|几点要求)[:：][ \t\u3000\xa0]*(?=一是)")


def _notice_requirements(text: str, s: int, e: int, rows: list[dict], codes, is_furniture: np.ndarray) -> None:
    """The numbered requirements the notices wrapping the plan (``text[s:e]``: one, or a county's forwarding a city's
    forwarding the plan) make of their own after a lead (``…现印发给你们，并就有关事项通知如下：`` / ``一、各单位要…`` /
    ``二、…``), up to each notice's signature: one measure each, as the issuer commits to them as much as to the
    plan's. Requirements in sections of their own (``一、整治重点`` / ``（一）…`` / ``1．…``) are read as a plan's are."""
    for lead in _NOTICE_REQUIREMENTS_RUN.finditer(text, s, e):
        line_end = text.find("\n", lead.end(), e)
        line_end = e if line_end < 0 else line_end
        items = numbering.inline_run_from(text, lead.end(), line_end, 1)
        if len(items) >= 2:
            run_measures(text, items, line_end, [], rows)
    for lead in _NOTICE_REQUIREMENTS_LEAD.finditer(text, s, e):
        end = lead.end()
        for a, b in plan_lines(text, lead.end(), e):  # up to the notice's signature or date
            line = text[a:b].strip(WS)
            if line and (SIGNATURE_LINE.match(line) or DATE_LINE.match(line) or ATTACHMENT_LINE.match(line)):
                break  # (附件：… names what the notice issues, after its requirements)
            end = b
        # (not 一是… / 一要… paragraphs: the writers of seven notices left them unkeyed, one keyed them)
        items = [m for m in numbering.find_markers(text, lead.end(), end) if m.at_line_start and m.rank <= 2]
        if len(items) < 2:
            continue
        if len({m.scheme for m in items}) > 1:
            _notice_sections(text, lead.end(), end, rows, codes, is_furniture)
            continue
        run_measures(text, items, end, [], rows)


def _notice_sections(text: str, s: int, e: int, rows: list[dict], codes, is_furniture: np.ndarray) -> None:
    """The measures of a wrapping notice's own requirements laid out in sections (``一、整治重点`` / ``（一）整治“文山
    会海”。`` / ``1．…``), ``text[s:e]``: its items nested and classified as a plan's are."""
    markers = [m for m in numbering.find_markers(text, s, e) if codes[m.start] != CODE["furniture"]]
    _classify_items(text, markers, e, [], codes, rows, is_furniture)


def _classify_items(text: str, markers: list[Marker], hi: int, path: list[str], codes, rows: list[dict],
                    is_furniture: np.ndarray) -> None:
    """Nest ``markers`` (items of a text apart from the plan's body, ending at ``hi``: a wrapping notice's sections, an
    attached rule set) and classify each as a plan's item, under ``path``."""
    ctx = {"path": None, "headings": [], "body_end": hi, "section_runs": False, "ledger": None}
    for root in _build_tree(_furniture_blanked(text, is_furniture), markers, hi, False):
        _classify(text, root, path, codes, rows, False, ctx)


# The next circled or parenthesised item after a sentence end inside a line (…限期办结.②…: a damaged stop too)
# (a circled item may follow its sibling's duty note too: …完成时限：2014年11月底前）③清理规范…)
_INLINE_NEXT = {"circled": re.compile(r"(?<=[。；;.．）)])[ \t\u3000\xa0]*(?P<m>[②-⑳])"),
                "arabic_paren": re.compile(r"(?<=[。；;.．])[ \t\u3000\xa0]*(?P<m>[（(](?:[2-9]|1[0-9])[）)])"),
                # (…１０月底前完成整改销号.（牵头科室:驻局纪检监察组）8.畅通群众诉求渠道…: 8. after 7.'s duty note)
                "arabic": re.compile(r"(?<=[。；;）)])[ \t\u3000\xa0]*(?P<m>(?:[2-9２-９]|[1１][0-9０-９])[\.．、])(?![0-9０-９])")}


def _with_inline_siblings(text: str, markers: list, codes) -> list:
    """``markers`` with the rest of each ``一是…；二是…；三是…`` run whose first item opens a line (``四、组织保障``
    then ``一是…；二是…；三是…`` in one paragraph; or a paragraph carrying a run on, ``四是…。五是…``): a line-start
    ``一是`` is found as an item, the ones after it inside its paragraph are not, and the first would swallow them."""
    starts = {m.start for m in markers}
    extra = []
    for m in markers:
        if m.scheme in _INLINE_NEXT and m.at_line_start:
            # (a copy that lost a line break: ②严格会议审批，…不超过1小时。③大力推行视频会议，…: ③ is the next item; so
            # is （2） in （1）严格执行工作纪律。…严肃处理。（2）开展…)
            nxt = _INLINE_NEXT[m.scheme].search(text, m.end, paragraph_end(text, m.end))
            if nxt and numbering.to_int(nxt["m"].strip("（()）.．、")) == m.value + 1 and nxt.start("m") not in starts:
                extra.append(Marker(nxt.start("m"), nxt.end("m"), m.scheme, m.rank, m.value + 1, False))
                starts.add(nxt.start("m"))
            continue
        if m.scheme != "cn_shi" or not m.at_line_start:
            continue
        lo, value = m.start, m.value
        while True:  # this paragraph's run, then the next paragraph's if it carries the run on (…三是…。 / 四是…五是…)
            end = paragraph_end(text, lo)  # (in a hard-wrapped copy, the lines the paragraph runs on into too)
            run = numbering.inline_run_from(text, lo, end, value)
            if not run:
                break
            extra += [r for r in run if r.start not in starts and codes[r.start] != CODE["furniture"]]
            starts.update(r.start for r in run)
            lo, value = end + 1, run[-1].value + 1
    return sorted(markers + extra, key=lambda mk: mk.start) if extra else markers


# ---------------------------------------------------------------- tree

def _furniture_blanked(text: str, is_furniture: np.ndarray) -> str:
    """``text`` with its page furniture turned to spaces (line breaks and page breaks kept, so offsets and
    lines stay): the items' structure is read without it, so that a page number between a title line and
    its sub-items (``2.规范会议程序。`` / ``— 1 —`` / ``（1）…``) is no text of the title's own."""
    if not is_furniture.any():
        return text
    chars = list(text)
    for i in np.flatnonzero(is_furniture):
        if chars[i] not in "\n\f":
            chars[i] = " "
    return "".join(chars)


def _build_tree(text: str, markers: list[Marker], hi: int, flattened: bool, cuts: list[int] = ()) -> list[Item]:
    """Nest markers by rank into items; enumerations that belong inside an item are folded into it. At each of
    ``cuts`` (where another document begins) every open item ends."""
    roots: list[Item] = []
    stack: list[Item] = []
    rank = _ranks(markers)
    cuts = sorted(cuts)
    for mk in markers:
        while cuts and cuts[0] < mk.start:
            while stack:
                stack.pop().end = cuts[0]
            cuts.pop(0)
        while stack and rank[stack[-1].marker.scheme] >= rank[mk.scheme]:
            stack.pop().end = mk.start
        item = Item(mk, hi)
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    for item in _walk(roots):
        _set_extent(text, item, flattened)
    _fold_enumerations(text, roots, flattened)
    return roots


def _end_at_paragraph(text: str, items: list[Item], flattened: bool) -> None:
    """Cut each of ``items`` at the first line break after its marker; what follows, up to the next item, is
    left as ``other`` (a news report's commentary, the lead-in of the next paragraph's run)."""
    for item in items:
        nl = text.find("\n", item.marker.end, item.end)
        if nl >= 0:
            item.end = nl
            _set_extent(text, item, flattened)


_LEAD_CLAUSE = re.compile(r"[^，,：:；;。]{2,30}?方面")


def _paragraph_lead(text: str, item: Item) -> str:
    """The section an item of a run inside a paragraph sits in: the ``…方面`` clause that opens its paragraph
    (``在改进调查研究方面，《方案》明确，一是…``), else ``""``."""
    start = text.rfind("\n", 0, item.marker.start) + 1
    m = _LEAD_CLAUSE.match(text[start:item.marker.start].strip(WS))
    return m.group(0) if m else ""


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
    if not flattened and text[item.title_end:item.title_end + 1] == "\n":
        # a title a hard wrap broke at the page width (（一）着力解决…只表态不落实 / 的问题): its last piece, a line with no
        # sentence of its own, ends it
        nxt = item.title_end + 1
        line_end = _line_end(text, nxt)
        if (line_end <= item.own_end and 0 < len(text[nxt:line_end].strip(WS)) <= _WRAPPED_TITLE_TAIL_MAX
                and not _SENTENCE_MARK.search(text, nxt, line_end)
                and nxt in continued_lines(text, text.rfind("\n", 0, item.marker.start) + 1, line_end)):
            item.title_end = line_end
        elif (_SENTENCE_MARK.search(text, item.marker.end, item.title_end) and line_end <= item.own_end
              and nxt in continued_lines(text, text.rfind("\n", 0, item.marker.start) + 1, line_end)):
            # (a sentence a hard wrap cut after its clauses, 3．推行“执法+帮扶”模式，执法检查中发现企业存在环境问题的，在 /
            # 依法处理的同时，…: no title, its first sentence goes on to its stop)
            item.title_end = _title_end(text, nxt, item.own_end, flattened)


_WRAPPED_TITLE_TAIL_MAX = 12  # characters of a title's last piece that a hard wrap carried onto a line of its own


# Schemes that enumerate the parts of one commitment rather than separate commitments.
_ENUMERATION_SCHEMES = numbering.INLINE_SCHEMES
_SECTION_SCHEMES = {"cn_section", "cn_chapter", "cn_part", "roman_section"}
_HEADING_ONLY_SCHEMES = {"cn_chapter", "cn_part"}  # ``第X章`` ``第X部分`` title what follows; never a commitment
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
SECTION_TITLE_MAX_CHARS = 40  # a section's name (指导思想, 存在的突出问题) is short
CLOSING_ITEM_MAX_CHARS = 60  # a numbered closing clause (本细则由…负责解释, 自印发之日起施行) is short
_SENTENCE_MARK = re.compile(r"[。；;，,！!？?]")


# A topic named before a colon, no clause of its own (接待对象和范围：, “三公”经费管理：), unless it commits to something
_NOUN_TOPIC = re.compile(r"[^，,。；;！!？?\s]{2,12}[:：]")
_COMMIT_VERB = re.compile(r"严|加强|深化|推进|全面|规范|控制|精简|减少|改进|实行|推行|建立|健全|完善|执行|落实|坚持|禁止|不得|不准|切实|认真|"
                          r"厉行|强化|提高|做好|开展|压缩|杜绝|整治|确保|要|应|须|必|一律|只|不")


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
    if not flattened and field_block(text, item.marker.end, item.end):
        return False  # 3．散：主要表现为… / 整治措施： / （1）…（2）…: a topic block's measures, not one commitment's parts
    if _QUESTION_TITLE.fullmatch(text, item.marker.end, item.title_end):
        return False  # 二、《决定》的主要内容有哪些？ / 答：…主要内容包括： / （一）…: a question over the answer's measures
    own = text[item.marker.end:item.own_end].strip(WS)
    if TOPIC_TITLE.fullmatch(own.strip("：:。")) or _NOUN_TOPIC.fullmatch(own) and not _COMMIT_VERB.search(own):
        # ``1．公务接待方面：（1）…（2）…``, ``1．接待对象和范围：（1）…``: a topic over its measures, no commitment
        # of its own to hold them
        return False
    title = text[item.marker.end:item.title_end].rstrip(WS)
    problems = problem_items(text, item.children, item.title_end, flattened)
    if problems and (len(problems) < len(item.children) or item.marker.scheme in _SECTION_SCHEMES):
        # ``（一）形式主义方面。存在的主要问题：①…②… 整改措施：（1）…（2）…``: a problem list and then
        # the measures that answer it are the item's contents, not the parts of one commitment; and a
        # section's list of problems (``二、整治重点 …问题主要有：①…②…``) is painted as problems, not read as paragraphs
        return False
    if not all(ch.marker.scheme in _ENUMERATION_SCHEMES for ch in item.children):
        # numbered lines (1. 2.) under a sub-item that says what it commits to and then leads in to
        # its details (``（一）严格执行出国管理规定，具体要求如下：``, ``（一）严格控制发文数量。…。具体要求如下：``)
        # are its details, not measures
        own = text[item.marker.end:item.own_end].rstrip(WS)
        # (a top-level rule among rules, 八、厉行勤俭节约。…具体做到：1.…, holds its details as a sub-item does)
        return ((item.marker.scheme not in _SECTION_SCHEMES or siblings_are_leaves) and bool(DETAILS_LEAD_IN.search(own))
                and not any(ch.children for ch in item.children))
    lead = text[item.title_end:item.own_end].strip(WS)
    if lead and _MEASURES_LEAD.search(lead) and (not _SENTENCE_MARK.search(title) or _TASKS_LEAD_AT.fullmatch(lead)):
        # （六）集中解决群众反映强烈的突出问题 / 针对…，县委决定开展以下专项整治：①…②…: a heading, a lead to its measures
        # (so is a title sentence and a lead to tasks of its own: （二）在解决官僚主义方面。重点抓好以下工作： / 一是…)
        return False
    lead_in = bool(lead) or (bool(title) and title[-1] in ":：")
    if not lead_in:
        # ``（一）严格控制全镇性会议的数量和规模`` on its own line over one paragraph ``一是…；二是…。``: the
        # paragraph is the body of that one commitment, as any single paragraph under such a title is
        # (not ①…。②… run together by a lost line break: circled items stand on lines of their own)
        one_paragraph = ("\n" not in text[item.own_end:item.end].strip(WS)
                         and not all(ch.marker.scheme == "circled" for ch in item.children))
        return item.marker.scheme not in _SECTION_SCHEMES and bool(title) and one_paragraph
    return item.marker.scheme not in _SECTION_SCHEMES or siblings_are_leaves


# a section's whole text as one sentence (…具体项目…见附表。), or as a sentence summing up the tasks and one pointing
# to them (…全市重点开展12个方面的专项整治。各项整治任务的具体内容…详见附件《…任务分解表》。)
_ONE_SENTENCE = re.compile(r"(?:[^。；;\n]+[。；;](?=[^。；;\n]*见附[件表]))?[^。；;\n]+[。.]?")


def _one_sentence_under(text: str, item: Item) -> bool:
    """Whether ``item``'s title stands on a line of its own over one sentence (（五）办好民生实事 / …见附表。), or over a
    sentence and the one pointing to the attachment; not a heading sentence with its text (1.开展专项整治。…具体任务见
    附件。 is a measure)."""
    line_end = text.find("\n", item.title_end, item.end)
    return (line_end > 0 and not text[item.title_end:line_end].strip(WS)
            and bool(_ONE_SENTENCE.fullmatch(text[item.title_end:item.end].strip(WS))))
# A lead to tasks right after an item's title sentence (（三）强化督促检查。重点抓好以下工作：一是…, （三）下访纪律。下访中重点
# 把握以下几点：一是…, 3.集中整治突出问题。聚焦群众反映强烈的问题，重点抓好以下工作：一是…), or opening the paragraph under a
# bare title (３、整治窗口作风 / 重点抓好以下工作：一是…): its writers split the items that follow (16 of 16 such items in the
# blind batches)
_TASKS_LEAD = (r"(?:要|还要)?(?:重点|着力|主要|切实|集中)?(?:抓好|做好|落实|推进|办好|开展|把握)以下[^。；;，,：:\n]{0,8}"
               r"(?:工作|任务|事项|实事|举措|措施|专项整治|专项行动|几点|几个方面|方面)[:：]")
_TASKS_LEAD_AT = re.compile(rf"\s*(?:[^。；;，,：:\s]{{1,6}}?中|(?:聚焦|围绕|针对|紧盯)[^。；;：:\n]{{1,22}}[，,]|"
                            # (or the body that does them first: 县卫生健康局重点抓好以下工作：)
                            rf"[^。；;，,：:\s]{{1,12}}?(?:局|委|办|院|部|厅|处|室|组|队|所|中心|机关))?{_TASKS_LEAD}")
# A lead to a section's measures, not to one measure's details (…县委决定开展以下专项整治：, 重点抓好以下工作：)
_MEASURES_LEAD = re.compile(r"(?:开展|采取|抓好|做好|落实|实施|推进|办好)以下[^。；;，,：:]{0,8}"
                            r"(?:措施|举措|专项整治|专项行动|整治|工作|任务|实事)[:：]$")
_FORM_NOTE = re.compile(r"[ \t\u3000]*(?:本表|此表|该表)")
# A lead to the cases a rule excepts (除下列情形外，各预算单位不得使用现金结算目录内的公务支出：)
_EXCEPTIONS_LEAD = re.compile(r"除(?:下列|以下)(?:情形|情况)(?:之一)?外[^。；;]*[:：]")
# A section listing the cases in which a rule holds someone to account (二、追究情形, （一）主体责任追究情形): its
# cases (1．对…不传达、不研究、不落实的；) are the rule's content, not problems found, as a 整治重点's are
# (so are the cases for recalling a village work team's member: 二、召回情形 / （一）立即召回情形。…有下列情形之一的，…)
_ACCOUNTABLE_CASES = re.compile(r"(?:追究|问责|追责|处分|处理|召回)[^。；;，,]{0,6}情形|情形[^。；;，,]{0,4}(?:追究|问责|追责)")


# An article that only allows the units to draft their own rules closes them (第十九条　市直各单位可以根据本办法，结合本单位实际，
# 制定…具体规定。), unlike an order to draft by a date (plan_body.DRAFT_ORDER)
# (or to manage their own by these rules: 第十八条　各乡镇可以结合实际参照本办法对乡镇自行选派的驻村干部进行管理。)
_MAY_DRAFT = re.compile(r"[^。；;]{2,40}?可(?:以)?(?:(?:根据|参照|依据|依照|按照|结合)[^。；;]{0,40}?制定|"
                        rf"[^。；;]{{0,12}}?参照{THIS_DOCUMENT})[^。；;]*[。.]?$")


# The sentences an effective-date article goes on with: the rules it replaces (…同时废止, 此前有关规定与本办法不一致的，以本办法为准)
_REPEAL = re.compile(r"(?:[^。；;]*(?:同时废止|停止执行|不再执行|(?:不一致|相抵触|有抵触)的?[，,]?以本\S{0,4}为准)[^。；;]*(?:[。；;]|$))+")
_ANNEX_TITLE = re.compile(r"附\s*则")


# A 附则's first clause, numbered: an order to make rules or to report by a date (…应当依据本办法，于2015年6月底前制定…)
_ANNEX_ORDER = re.compile(r"[ \t\u3000\xa0]*(?P<m>[0-9０-９]{1,2}[.．、]|[（(][一二三四五六七八九十0-9０-９]{1,2}[）)])(?P<body>[^\n]*"
                          r"于[^。；;，,\n]{2,20}(?:前|内)[^。；;\n]{0,30}(?:制定|修订|建立|报送|报)[^\n]*)")


def _annex_order(text: str, s: int, e: int) -> tuple[int, int, Marker] | None:
    """``(start, end, marker)`` of the numbered order by a date opening a 附则's text ``text[s:e]``, the rest of which is
    closing clauses (:data:`analysis.plan_body.CLOSING_CLAUSE`); else None."""
    lines = [(a, b) for a, b in plan_lines(text, s, e) if text[a:b].strip(WS)]
    m = _ANNEX_ORDER.fullmatch(text, *lines[0]) if lines else None
    if m is None or CLOSING_CLAUSE.search(m.group("body")) or any(
            not CLOSING_CLAUSE.search(text[a:b].strip(WS)) for a, b in lines[1:]):
        return None
    a, b = strip_range(text, m.start("m"), lines[0][1])
    marker = Marker(m.start("m"), m.end("m"), "annex", 1, numbering.to_int(m.group("m").strip("（()）.．、")), True)
    return a, b, marker


_ASIDE_SECTION = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．]\s*(?P<title>[^\n。；;]{2,30})\n")


def _before_aside(text: str, pos: int) -> bool:
    """Whether a top-level section that holds no measures starts at ``pos`` (``四、意见和建议`` after a report's 下一步
    list): the item before it is the plan's last, and its peroration (我局将以…) is no part of it."""
    m = _ASIDE_SECTION.match(text, pos)
    return bool(m and GUIDING_TITLE.search(m.group("title").strip()))


def _closes(own: str) -> bool:
    """Whether an item's own text is a short closing clause (本细则由…负责解释, 自印发之日起施行, 各单位可以根据本办法
    制定具体规定): no measure."""
    # (its first sentence, when what follows repeals or lets the units draft their own: 本细则自发布之日起执行。各县
    # （区）广播电视局可结合实际制定具体办法。)
    m = re.search(r"[。.]", own)
    rest = own[m.end():].strip(WS) if m else ""
    first = own[:m.end()] if m and (_REPEAL.fullmatch(own, m.end()) or _MAY_DRAFT.fullmatch(rest)) else own
    return (len(first) <= CLOSING_ITEM_MAX_CHARS and bool(CLOSING_CLAUSE.search(first) or _MAY_DRAFT.match(first))
            and not DRAFT_ORDER.search(first))
# The words that say what will be done about a problem (严禁…, 坚决纠正…, 建立…): a 整治重点 item without any names it only
_REMEDY_VERB = re.compile(r"严禁|严格|坚决|不得|不准|一律|必须|整治|纠正|纠治|查处|杜绝|建立|健全|推行|实行|开展|加强|规范|落实|确保|"
                          r"切实|防止|治理|清理|整改|解决|重点|着力")
# 三、整改重点, 二、整治内容: what the plan targets
_FOCUS_TITLE = re.compile(r"(?:(?:整改|整治|治理)(?:的)?(?:重点|内容)(?:问题)?|重点(?:整改|整治|治理|整顿)(?:的)?问题)[。.]?")
# A symptom's number opening the text after a field's title, or after the symptom before it (1.只表态不落实…；2.…)
_SYMPTOM_NUMBER = re.compile(r"(?:^|(?<=[；;。]))[ \t\u3000\xa0\n]*"
                             r"(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[①-⑳]|[（(][0-9０-９]{1,2}[）)])")


def _numbered_symptoms(text: str, item: Item) -> bool:
    """Whether ``item`` names a field (its title ends with 方面) and then lists two or more numbered symptoms."""
    title = text[item.marker.end:item.title_end].strip(WS + "。.：:")
    rest = text[item.title_end:item.end].strip(WS + "。.：:")
    return title.endswith("方面") and bool(_SYMPTOM_NUMBER.match(rest)) and len(_SYMPTOM_NUMBER.findall(rest)) >= 2


def _named_problem(text: str, item: Item) -> bool:
    """Whether ``item``'s title names a problem (``思想松劲懈怠问题``, ``“四个意识”不强问题``) and its text no remedy
    (``1.会议过多过滥问题。重点整治以会议落实会议…`` commits to one, as does a text of rules against it, with no
    problem words: ``（四）办公用房问题。镇党政班子成员办公用房严格按照标准执行…``)."""
    title = text[item.marker.end:item.title_end].strip(WS + "。.；;：:")
    rest = text[item.title_end:item.end].strip(WS + "。.；;：:")
    if _WRONGDOERS.match(rest) and not _REMEDY_OPENING.match(title) and not _DIRECTIVE.search(rest.split("。")[0]):
        return True  # （一）会议过多过滥。一些地方和部门习惯于以会议落实会议…: who does it wrong, no remedy
    return (_PROBLEM_NAMED.search(title) and not _REMEDY_OPENING.match(title) and not _REMEDY_OPENING.match(rest)
            and not (_RULE_WORDS.search(rest[:60]) and not PROBLEM_WORDS.search(rest[:60])))


# A question as an item's title (一、《决定》出台的背景是什么？): a policy-interpretation page's question over its answer
# (a question's word and a full-width ？: a copy whose punctuation was damaged to ? asks nothing)
_QUESTION_TITLE = re.compile(r"[^。；;！!？?\n]{0,60}(?:什么|哪些|如何|怎样|怎么|为什么|为何|是否|多少|何时|哪里|吗)"
                             r"[^。；;！!？?\n]{0,30}？\s*")
# … and the lead in its answer to the rules it quotes (…作出了专门规定：一是…; not …有三个方面的特点：一是…, a description)
_ANSWER_RULES_LEAD = re.compile(r"(?:规定|措施|要求|制度|办法)[^。；;：:]{0,6}[:：][ \t\u3000\xa0]*$")
# A title naming a problem, or naming it and saying it persists (文山会海问题仍然突出)
_PROBLEM_NAMED = re.compile(r"问题(?:(?:仍然|依然|仍|还|比较|较为)?(?:突出|存在|严重|较多|明显))?$")
# The opening of a problem's description: who does it wrong (一些地方和部门…, 有的单位…, 个别干部…)
_WRONGDOERS = re.compile(r"(?:一些|有些|有的|个别|少数|部分)(?:地方|部门|单位|干部|领导|党员|同志|机关|乡镇|村|会议|文件|检查)?")
_DIRECTIVE = re.compile(r"严禁|不得|必须|应当|务必|一律不")  # (…个别干部…的，一律不得…: a rule about them)


# (（一）公款吃喝问题。一是严格执行公务接待标准…: the problem's title, then the rules against it)
_RULE_WORDS = re.compile(r"严格|严禁|一律|不得|禁止|必须|务必|清理|清退|停发|实行|建立")


# (（三）着力解决…问题, 重点整治以会议落实会议…, 四是持续整治收受“红包”问题: what will be done about the problem; with
# whom, first: 联合市医疗保障局，严肃查处…)
_REMEDY_OPENING = re.compile(r"(?:(?:联合|会同)[^，,。；;]{2,20}[，,])?(?:重点|着力|坚决|集中|切实|持续|深入|严肃|全面|大力|扎实)?"
                             r"(?:整治|整改|治理|纠正|查处|解决|清理|规范|纠治|针对|聚焦|破解)")


_OTHER_TITLE = re.compile(r"其[他它](?:事项)?[。.]?")  # 九、其他: a title whose clauses the plan's closing took


# A rule's name (白蕖镇干部驻村工作制度: its body first, or 关于…) and the purpose its preamble opens with (为进一步…，)
_RULE_NAME = re.compile(r"关于|(?:中共)?[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗|镇|乡|街道|局|厅|委)")
_PURPOSE_OPENING = re.compile(r"为了?(?:进一步|切实|认真|深入|全面|严格|加强|规范|贯彻|推动|促进|确保)[^。；;]{2,80}[，,]")


_AGENDA_LEAD = re.compile(r"(?:会议)?议题[:：]")


def _agenda(text: str, roots: list[Item], lo: int) -> set[int]:
    """Ids of the ``roots`` a meeting's record lists under ``议题：`` (1、传达学习… 2、研究… 3、其他事项): what the meeting
    took up, not what it decided."""
    out: set[int] = set()
    for k, root in enumerate(roots):
        before = text[lo if k == 0 else roots[k - 1].marker.start:root.marker.start].rstrip(WS)
        if not _AGENDA_LEAD.fullmatch(before[before.rfind("\n") + 1:].strip(WS)):
            continue
        for item in roots[k:]:
            if item.marker.scheme != root.marker.scheme or item.children:
                break
            out.add(id(item))
            item.end = min(item.end, _line_end(text, item.marker.end))  # (the record after the last topic is no part of it)
    return out


def _remedy_lead_inside(text: str, item: Item) -> bool:
    """Whether a line of ``item``'s text (its children's too) leads in to measures (``整改措施：``,
    :data:`REMEDY_LEAD_LINE`): a section titled with a problem (``（四）服务民生和工程质量存在短板的问题``) that pairs it, or
    the problems under it, with the measures answering them."""
    return any(REMEDY_LEAD_LINE.match(text[a:b].strip(WS))
               for a, b in plan_lines(text, item.title_end, item.end) if b > a)


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


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


def _heading_line(text: str, item: Item) -> str | None:
    """The item's whole first line without its spaces when it is a bare heading (no sentence mark, at most
    30 characters), else None: the title proper stops at a space (``一、改进调查研究 厅领导…``)."""
    line_end = text.find("\n", item.marker.end, item.end)
    line = _SPACES.sub("", text[item.marker.end:item.end if line_end < 0 else line_end]).strip(WS + "。.．：:")
    return line if line and len(line) <= 30 and not _SENTENCE_MARK.search(line) else None


def _title(text: str, item: Item) -> str:
    """The item's number and title as a section name: ``第二章　会议活动`` as printed, but ``一、改进调查研究``
    without the spaces a Word list puts after a number that ends in a mark (``一、\xa0\xa0 改进…``)."""
    number = text[item.marker.start:item.marker.end].strip(WS)
    if number and number[-1] in "、.．）)，,】]":
        return (number + text[item.marker.end:item.title_end].strip(WS)).rstrip("。.．：:；;*")
    return text[item.marker.start:item.title_end].strip(WS).rstrip("。.．：:；;*")


# ---------------------------------------------------------------- classification

# A line of a progress report that says what comes next for one problem (下一步措施：（1）… / 下一步措施：对尚未办结的…)
_NEXT_STEPS_LINE = re.compile(r"(?m)^[ \t\u3000\xa0]*下一步(?:整改)?(?:措施|打算|工作)[:：]")
# An article of a 总则 that states its purpose in a sentence the wrap cut (第一条　为深入贯彻…，\n结合实际…), the
# principles the work keeps to (第三条　改进工作作风坚持从严从紧、以上率下，坚持…; …坚持…的原则; 应当坚持依法警卫、科学警卫、
# 文明警卫; …遵循以下原则：) or what a body is
# (第二条　厅党组是经省委批准设立的党的领导机构，…), perhaps after a heading of its own (（一）目的依据。为…): no commitment
_STATED_PRINCIPLE = re.compile(r"[\s\u3000]*(?:[^。；;，,]{2,8}[。:：])?(?:为了?[^。；;]{4,}?[，,]|[^。；;]{0,40}?坚持[^。；;]*?(?:原则|[、，,][^。；;]{0,20}坚持)|"
                               r"[^。；;]{0,30}(?:坚持|遵循)以下原则|[^。；;]{0,40}?坚持(?:[^。；;，,、]{2,8}、){2,}|"
                               r"[^。；;，,]{2,24}是[^。；;，,]{2,60}(?:机构|组织|形式|核心|机关)[。，,])")

# A line break with the spaces around it: a hard-wrapped copy's, taken out to read a clause the page width cut
_HARD_WRAP = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")


def _classify(text: str, item: Item, path: list[str], codes, rows, flattened: bool, ctx: dict) -> None:
    """Paint ``item``'s subtree into ``codes`` and append its measures to ``rows``.

    ``ctx`` carries unnumbered headings cut from a measure's tail to the measures after it in the
    same section (``{"path": section path, "headings": [...]}``) and where the plan body ends (``body_end``).
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
            paint(codes, span, "preamble" if GUIDING_TITLE.search(bare) else "heading")
            return  # a chapter with nothing under it is still a heading, never a commitment
    if _QUESTION_TITLE.fullmatch(text, item.marker.end, item.title_end):
        # 五、如何确保《决定》各项要求落到实处？ / 答：…作出了专门规定：一是…二是…: an interpretation page's question heads
        # its answer, whose numbered items or run are the measures quoted, and whose prose says why or when (preamble)
        paint(codes, (item.marker.start, item.title_end), "heading")
        run = [] if item.children else numbering.inline_enumeration(text, item.title_end, item.end)
        if (len(run) >= 2 and [m.value for m in run] == list(range(1, len(run) + 1))
                and _ANSWER_RULES_LEAD.search(text, item.title_end, run[0].start)):
            paint(codes, strip_range(text, item.title_end, run[0].start), "preamble")
            run_measures(text, run, item.end, path + [title], rows, flattened)
        elif not item.children:
            paint(codes, strip_range(text, item.title_end, item.end), "preamble")
        for child in item.children:
            _classify(text, child, path + [title], codes, rows, flattened, ctx)
        return
    if item.marker.in_long_line and not item.children and GUIDING_TITLE.match(text, item.marker.end):
        paint(codes, span, "preamble")  # 一、指导思想以邓小平理论…: a guiding section whose title lost its line break
        return
    titled = len(bare) <= SECTION_TITLE_MAX_CHARS  # a long first sentence is a commitment, not a section name
    bare = _heading_line(text, item) or bare  # an OCR copy's stray space (一、总体 要求) cuts no title short
    if item.children and item.marker.scheme in ("cn_chapter", "cn_section") and bare == "总则":
        # 第一章　总则: its purpose, scope, definition and principle articles commit to nothing, but a duty or a rule
        # there (第四条　省直单位应当建立健全公务出差审批制度) is a measure, as writers keyed 27 of 29 such articles
        paint(codes, (item.marker.start, item.title_end), "heading")
        for child in item.children:
            if child.children or _STATED_PRINCIPLE.match(text, child.marker.end, child.end):
                paint(codes, (child.marker.start, child.end), "preamble")
            else:
                _classify(text, child, path + [title], codes, rows, flattened, ctx)
        return
    if (titled and GUIDING_TITLE.search(bare) and not _CHECK_FOCUS.match(text, item.title_end, item.end)
            or not item.children and _ANNEX_TITLE.fullmatch(bare)):
        # (附则 over its articles is a heading: a dated order to draft rules or a supervision duty there is a measure, as
        # writers of six plans keyed it; over unnumbered closing clauses, it and they commit to nothing)
        paint(codes, span, "preamble")
        if not item.children and (order := _annex_order(text, item.title_end, item.end)) is not None:
            # 十、附则 / 1.各全资、控股子公司应当依据本办法，于2015年6月底前制定…，报集团备案。 / 2.本办法由…负责解释。:
            # its numbered order by a date is a measure, as an article of a 附则 chapter is (its closing clauses, no
            # sequence with it, left it no item of its own)
            rows.append(measure_row(text, *order, path + [title], flattened))
        for child in item.children:  # a progress report's 整改情况：… then 下一步措施：（1）… per problem: what it will do
            if (nxt := _NEXT_STEPS_LINE.search(text, child.marker.end, child.end)) is not None:
                remedy_items(text, nxt.start(), child.end, path + [title], codes, rows)
        return
    own = text[item.title_end:item.end].strip(WS)
    if (not item.children and RULE_TITLE.fullmatch(bare) and _RULE_NAME.match(bare) and "\n" not in own
            and _PURPOSE_OPENING.match(own)):
        # 四、白蕖镇干部驻村工作制度 / 为进一步密切党群干群关系，…镇党委决定建立干部驻村工作制度。: a compilation's rule,
        # titled with a number, and its one paragraph of preamble (its items follow as the title's siblings)
        paint(codes, (item.marker.start, item.title_end), "heading")
        paint(codes, strip_range(text, item.title_end, item.end), "preamble")
        return
    if (titled and PROBLEM_TITLE.search(bare) and not REMEDY_WORDS.search(bare) and not PROBLEM_STEP.search(bare)
            and not CHECK_POINT.match(bare)  # (not （1）是否存在用公款大吃大喝的问题；, a point to check)
            and not (item.children and _remedy_lead_inside(text, item))  # (nor a problem over 整改措施：①…②…)
            # (nor a 立行立改问题清单 laid out as a table with a column of measures: 序号 问题表现 整改措施 责任领导 …)
            and not (not item.children and remedies_table(text, item.title_end, item.end))):
        paint(codes, span, "problem")
        return
    if (titled and not item.children and bare.endswith(("问题", "方面")) and not REMEDY_WORDS.search(bare)
            and SYMPTOMS.match(text, item.title_end)):
        paint(codes, span, "problem")  # a problem or a field named, then its symptoms: …方面。主要表现为：①…
        return
    attached = attachment_part(text, item.title_end, item.own_end) if item.children and not flattened else []
    if attached and all(kind != "table" for kind, _, _ in attached):
        # 四、组织保障 / its paragraphs / 附件 / its title / its preamble / 第一条…: the articles are the attachment's, the
        # section is the text before it
        _classify(text, replace(item, children=[], end=attached[0][1], own_end=attached[0][1]), path, codes, rows,
                  flattened, ctx)
        for kind, s, e in attached:
            paint(codes, (s, e), kind)
        name = text[attached[1][1]:attached[1][2]].strip(WS) if len(attached) > 1 else ""
        for child in item.children:
            _classify(text, child, [name] if name else [], codes, rows, flattened, ctx)
        return
    split = None if flattened or not item.children else _rule_before_lead(text, item)
    if split is not None:
        # 八、严禁违反枪支管理规定…。…一律实行集中统一保管。 / 违反本禁令的，按以下规定处理： / （一）…: the last rule, then a
        # lead of the rule set's own to the items after it, which are no parts of that rule
        rows.append(measure_row(text, item.marker.start, split[0], item.marker, path, flattened))
        paint(codes, split, "preamble")
        for child in item.children:
            _classify(text, child, path, codes, rows, flattened, ctx)
        return
    if (item.children and not flattened and not any(ch.children for ch in item.children)
            and _EXCEPTIONS_LEAD.search(text, item.marker.end, item.children[0].marker.start)):
        # （二）严格控制现金结算。除下列情形外，…不得使用现金结算…： / 1.在县级以下地区… / 2.…: the cases the rule excepts
        # are no commitments of their own, the rule with them is one
        rows.append(measure_row(text, item.marker.start, item.end, item.marker, path, flattened))
        return
    if item.children:
        paint(codes, (item.marker.start, item.title_end), "heading")
        _classify_intro(text, item, path + [title], codes, rows, flattened, ctx)
        problems = problem_items(text, item.children, item.title_end, flattened)
        if not any(_ACCOUNTABLE_CASES.search(x) for x in (*path, bare)):
            problems |= case_list(text, item.children)
        if _FOCUS_TITLE.fullmatch(bare):  # 二、治理重点 / （一）思想松劲懈怠问题。认为…: the problems targeted
            problems |= {id(ch) for ch in item.children if not ch.children and _named_problem(text, ch)}
            # (or the misconduct told with no word of what will be done: （一）在行政审批和服务中，对符合条件的事项故意拖延、
            # 推诿扯皮，…借审批之机索要财物、接受宴请。)
            # (and a field named, then how it shows: （一）“四个意识”不强。主要表现为：…以文件落实文件…)
            # (or a field named, then its symptoms numbered: （一）…工作要求方面。1.只表态不落实，…；2.…；3.…)
            problems |= {id(ch) for ch in item.children
                         if not ch.children and (not _REMEDY_VERB.search(text, ch.marker.end, ch.end)
                                                 or SYMPTOMS.match(text, ch.title_end) or _numbered_symptoms(text, ch))}
        for child in item.children:
            if id(child) in problems:
                paint(codes, (child.marker.start, child.end), "problem")
            else:
                _classify(text, child, path + [title], codes, rows, flattened, ctx)
        return
    own_end = before_furniture(text, codes, item.marker.end, item.end)
    if (PURPOSE_CLAUSE.match(text, item.marker.end, own_end)
            # (a hard-wrapped copy may break the plan's name at the page width: …结合本局实际，制定本规 / 定。)
            or PURPOSE_CLAUSE.match(_HARD_WRAP.sub("", text[item.marker.end:own_end]))):
        paint(codes, span, "preamble")
        return
    if _FORM_NOTE.match(text, item.marker.end, item.end):
        return  # 1.本表由接待单位如实填写: how to fill in an attached form, no commitment (left as other)
    closing = None if flattened else closing_line(text, item.marker.end, item.end,
                                                  last=item.end >= ctx["body_end"] or _before_aside(text, item.end))
    own = text[item.marker.end:item.end if closing is None else closing].strip(WS)
    if _closes(own):
        return  # ``十、本细则自印发之日起施行。``: closes the plan, commits to nothing (left as other)
    if not own:
        return  # a number over nothing (an empty paragraph Word still numbers ``2．``): commits to nothing
    if _OTHER_TITLE.fullmatch(own) or closing is not None and HEADING_LINE.match(own) and all(
            CLOSING_CLAUSE.search(x) for x in text[closing:item.end].splitlines() if x.strip(WS)):
        paint(codes, strip_range(text, item.marker.start, item.end if closing is None else closing), "heading")
        return  # ``九、其他`` over nothing but the plan's closing clauses (本细则自印发之日起施行…): no measure
    points = LEDGER_POINTER.search(text, item.marker.end, item.end)
    if titled and (points and TASKS_TITLE.fullmatch(bare)
                   or (points or TASKS_POINTER.search(text, item.title_end, item.end)) and _one_sentence_under(text, item)
                   ) and (ctx["ledger"] or attached_ledger(text, item.end)):
        # 三、整改任务 only sends the reader to the attached 整改台账 (见附件) after the signature: its rows are the measures
        # (so does a title over one sentence pointing to it, the table attached after the signature or in the body:
        # （五）办好民生实事 / …重点推进7件民生实事，具体项目、责任人和完成时限见附表。)
        paint(codes, (item.marker.start, item.title_end), "heading")
        paint(codes, strip_range(text, item.title_end, item.end), "preamble")
        ctx["ledger_read"] = bool(ctx["ledger"])
        return
    table_start = table_under_title(text, item, flattened)
    if table_start is not None:  # （一）反对形式主义 over its rows of the plan's table of measures
        paint(codes, (item.marker.start, table_start), "heading")
        paragraph_measures(text, table_start, item.end, " > ".join(path + [title]), None, codes, rows)
        return
    fields = None if flattened else field_block(text, item.marker.end, item.end if closing is None else closing)
    if fields is not None:  # （二）对…问题进行专项整治 / 整治内容：… / 整治措施：一是…；二是…: a topic over its fields
        line_end = text.find("\n", item.marker.end, fields[0])
        paint(codes, (item.marker.start, line_end), "problem" if fields[1] else "heading")
        paint(codes, strip_range(text, line_end, fields[0]), "problem")
        remedy_items(text, fields[0], item.end if closing is None else closing, path + [title], codes, rows)
        return
    if is_paragraph_section(text, item, flattened, codes):
        title_line_end = text.find("\n", item.marker.end, item.end)
        paint(codes, (item.marker.start, title_line_end), "heading")
        attached = attachment_part(text, title_line_end, item.end)
        for kind, s, e in attached:  # 附件 / its title / its preamble, after the section's own paragraphs: not theirs
            paint(codes, (s, e), "preamble" if kind == "table" else kind)
        section_end = attached[0][1] if attached else item.end
        first = len(rows)
        _paragraph_section(text, title_line_end, section_end, title, bare, path, codes, rows)
        if (item.marker.rank <= 0 and len(rows) == first + 1 and _COMMITMENT_TITLE.match(bare)
                and not text[title_line_end:rows[first]["char_start"]].strip(WS)
                and not text[rows[first]["char_end"]:section_end].strip(WS)):
            # 一、提高思想认识，切实担负起节日期间的监督责任 / its one paragraph: a title stating a commitment of its own over
            # the paragraph that carries it out is one measure with it, as seven writers keyed thirteen such sections
            # (four more writers keyed five from the paragraph, which the measure still holds)
            rows[first] = measure_row(text, item.marker.start, rows[first]["char_end"], item.marker, path, flattened)
        for kind, s, e in attached:
            if kind == "table":  # an attached 整改台账: one measure per task row
                paragraph_measures(text, s, e, text[attached[1][1]:attached[1][2]].strip(WS), None, codes, rows)
        return
    topic = bool(RUN_TOPIC_TITLE.match(bare))
    tasks_lead = _TASKS_LEAD_AT.match(text, item.title_end, item.end)
    run_on = _TITLE_RUN_ON.match(text, item.marker.end, item.end)
    run = _section_run(text, item, closing, topic, tasks_lead, run_on) \
        if ctx["section_runs"] or topic or tasks_lead or run_on else []
    if run:  # 五、规范公务接待和出访。一是…二是…: a section's title sentence, then its measures in one paragraph
        paint(codes, (item.marker.start, run[0].start), "heading")
        run_measures(text, run, item.end if closing is None else closing, path + [title], rows, flattened)
        return
    end, tail = trim_tail(text, item, flattened, codes, closing)
    for kind, s, e in tail:
        paint(codes, (s, e), "preamble" if kind in ("table", "runs") else kind)
    own = text[item.marker.end:end].strip(WS)
    if tail and _closes(own):
        return  # 第十三条　本办法由局办公室负责解释 before the next rule of a compilation: closes its rule (left as other)
    if ctx["path"] != path:
        ctx.update(path=path, headings=[])
    rows.append(measure_row(text, item.marker.start, end, item.marker, path + ctx["headings"], flattened))
    titles = [text[s:e].strip(WS) for kind, s, e in tail if kind == "heading"]
    for kind, s, e in tail:
        if kind == "table":  # an attached 整改台账 after the last item: one measure per task row
            paragraph_measures(text, s, e, titles[-1] if titles else "", None, codes, rows)
        elif kind == "runs":  # 会议要求：一是…二是…: one measure per item
            # (under a heading of their own, 贯彻落实“十不准”的保障措施 / 一是开展全员承诺。…, the heading is none, nor is a
            # closing paragraph after the last headed one)
            paragraph_measures(text, s, e, "", None, codes, rows, edges_need_heading=mostly_headed(text, s, e))
        elif kind == "problem":  # 问题二：… then 整改措施：一是…二是…: the next problem and the measures answering it
            remedy_items(text, s, e, path, codes, rows)
    cut = [text[s:e].strip(WS + ".．") for kind, s, e in tail if kind == "heading"]
    if cut:  # a heading cut from this tail is the context of the measures after it
        ctx["headings"] = [_first_segment(cut[0], flattened)]


# A title that a lost break ran straight onto its run, without a stop between them (``（一）整治文山会海问题一是严控…；二是…；
# 三是…``): it heads the run, as it does where the break is kept
_TITLE_RUN_ON = re.compile(r"[ \t\u3000]*[^\s。；;，,：:、.．！!？?①-⑳]{2,20}?(?=一是|①)")  # (三、保障措施①…；②…: circled too)


# What an inspection plan's topic goes on to say it will check (（三）惠民政策落实情况。重点监察…是否…): the topic names
# what will be checked, not what a report says was done
_CHECK_FOCUS = re.compile(r"[ \t\u3000\xa0]*(?:重点|主要|着重)(?:监察|检查|督查|督导|核查|监督|巡察|抽查)")


# A section title stating a commitment, not naming a field: in two parts, what to do and to what end (提高思想认识，切实担负
# 起节日期间的监督责任), or opening with what will be done (严格落实节日期间值班值守和信息报送制度)
_COMMITMENT_TITLE = re.compile(r"[^，,]{2,}[，,][^，,]{2,}|(?:严格|加强|强化|严肃|切实|坚决|认真|扎实|全面|深入)"
                               r"(?:落实|执行|遵守|开展|推进|做好|抓好)")


def _section_run(text: str, item: Item, closing: int | None, topic: bool = False, lead: re.Match | None = None,
                 run_on: re.Match | None = None) -> list:
    """The ``一是…二是…`` run right after a top-level section's title sentence, within its one paragraph
    (``五、规范农业执法和项目资金管理。一是…二是…``), or ``[]``: the title names the section, the items are its measures.
    A sub-item's title (``5．严格控制会议。一是…``) states a commitment whose parts the run lists (kept whole), unless it
    is a topic (``topic``, :data:`RUN_TOPIC_TITLE`: ``（一）着力解决形式主义问题。一是…``), at any level, or the title
    sentence is followed by a lead to tasks (``lead``, :data:`_TASKS_LEAD_AT`: ``（三）严格规范简报。重点抓好以下几项工作：
    一是…``), which the run then follows, or the title runs straight onto its run (``run_on``, :data:`_TITLE_RUN_ON`)."""
    if not topic and not lead and not run_on and (item.marker.scheme not in _SECTION_SCHEMES or item.marker.rank > 0):
        return []
    end = item.end if closing is None else closing
    start = lead.end() if lead else run_on.end() if run_on else item.title_end
    # (a hard-wrapped copy's paragraph runs on over lines; a lead under a bare title opens a paragraph of its own)
    line_end = min(end, paragraph_end(text, start if lead else item.marker.end))
    run = numbering.inline_run_from(text, start, line_end, 1, run_on=bool(run_on) and not lead)
    if (lead or run_on) and not run:  # (4、加强统计基础建设。重点做好以下工作:①…;②…;③…: tasks circled after the lead)
        run = numbering.circled_run_from(text, start, line_end)
    return run if len(run) >= 2 and not text[line_end:end].strip(WS) else []


def _ledger_measures(text: str, ledger, codes, rows) -> None:
    """Paint the attached ledger (:func:`analysis.paragraphs.attached_ledger`) and append one measure per row,
    its section the ledger's title."""
    attachment_line, title, table = ledger
    if title:
        paint(codes, title, "heading")
    name = text[slice(*title)].strip(WS) if title else text[slice(*attachment_line)].strip(WS)
    paragraph_measures(text, *table, name, None, codes, rows)


# An attached table that reports how far the work has got (…整改任务落实进展情况表), not what is to be done (a 责任分工表
# may list tasks of its own, …“禁酒令”落实责任分工表; one naming the plan's sections or articles restates them)
_PROGRESS_TABLE = re.compile(r"(?:进展|完成|落实|办理|整改)情况")


def _own_tasks(text: str, ledger, codes, rows: list[dict]) -> bool:
    """Whether the attached ``ledger`` beside the plan's measures ``rows`` lists tasks of its own (as the writers of
    five plans keyed them): its title reports no progress, no measure sends the reader to it for its details, and its
    rows mostly do not restate a measure above (the median row's task cell, its longest, shares less than
    :data:`RESTATED_SHARE` of its character pairs with the measure it is closest to; the writers of three tables
    restating the prose left them unkeyed, and a report's table of progress)."""
    attachment_line, title, _ = ledger
    if _PROGRESS_TABLE.search(text[slice(*(title or attachment_line))]) or any(
            LEDGER_POINTER.search(text, r["char_start"], r["char_end"])
            and not TASKS_POINTER.search(text, r["char_start"], r["char_end"]) for r in rows):
        # a progress report, or a table a measure sends the reader to for its details (见附件台账; not for the tasks
        # themselves: 上述措施的具体任务、责任单位和完成时限见附件《整改任务分解表》, whose rows its writer keyed)
        return False
    table_rows: list[dict] = []
    _ledger_measures(text, ledger, codes.copy(), table_rows)  # read into a scratch copy: nothing painted yet
    # (cells typed with spaces too, one or more, and wrapped over lines: its longest piece is its task's; and the text's
    # headings count as what a table may restate: 1　阳奉阴违、做选择搞变通打折扣问题 under 整治事项, the title of a
    # section whose items are the measures)
    headings = [{"char_start": a, "char_end": b} for a, b in code_runs(codes[:attachment_line[0]], CODE["heading"])]
    return bool(table_rows) and not _restated(text, table_rows, rows + headings, _ANY_SPACE)


_TAB = re.compile("\t")  # cells of a table row as the loaders write it
_ANY_SPACE = re.compile(r"\s+")  # … or as a PDF copy leaves it, a space or more between cells, each wrapped over lines


def _restated(text: str, table_rows: list[dict], rows: list[dict], cell_sep: re.Pattern = _TAB) -> bool:
    """Whether the measures ``table_rows`` read from a table mostly restate the measures ``rows`` above: the median
    row's task cell (its longest, the row split at ``cell_sep``) shares at least :data:`RESTATED_SHARE` of its
    character pairs with the measure it is closest to."""
    measures_pairs = [char_pairs(text[r["char_start"]:r["char_end"]]) for r in rows]
    cells = (max(cell_sep.split(text[r["char_start"]:r["char_end"]]), key=len)[:60] for r in table_rows)
    shares = sorted(max((len(p & q) / len(p) for q in measures_pairs), default=0.0) if p else 0.0
                    for p in map(char_pairs, cells))
    return bool(shares) and shares[len(shares) // 2] >= RESTATED_SHARE


# Cells of a table row typed with spaces (１　　敬老院附属接待用房改作老年人活动室　　刘德春　　２０１３年１２月１５日)
_SPACED_CELLS = re.compile(r"[ \u3000\xa0]{2,}|\t")


def _drop_spaced_restatements(text: str, rows: list[dict], codes) -> list[dict]:
    """``rows`` without the runs of two or more measures that are rows of a table typed with spaces under a spaced
    ``序号`` header (each one line of three or more cells opening with its number) and that mostly restate the
    measures before them (:func:`_restated`): a 整改清单 repeating the plan's measures in short, which its writers
    left unkeyed; the rows are painted ``other``. A table of tasks of its own keeps its rows."""
    spaced = [_spaced_row(text[r["char_start"]:r["char_end"]]) for r in rows]
    out, i = [], 0
    while i < len(rows):
        j = i
        while j < len(rows) and spaced[j]:
            j += 1
        if (j - i >= 2 and SPACED_HEADER.fullmatch(_line_before(text, rows[i]["char_start"]))
                and _restated(text, rows[i:j], out, _SPACED_CELLS)):
            for r in rows[i:j]:
                paint(codes, (r["char_start"], r["char_end"]), "other")
        else:
            out.extend(rows[i:max(j, i + 1)])
        i = max(j, i + 1)
    return out


def _line_before(text: str, pos: int) -> str:
    """The last non-blank line of ``text`` before ``pos``, stripped."""
    end = pos
    while end > 0 and text[end - 1] in WS:
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end].strip(WS)


def _spaced_row(row: str) -> bool:
    """Whether a measure's text is one table row typed with spaces: three or more cells, a number first, on one line or
    wrapped over the lines after it (a PDF copy's row, its cells wrapped in their columns)."""
    row = row.strip(WS)
    return row[:1].isdigit() and len(_SPACED_CELLS.split(row.split("\n", 1)[0])) >= 3


def _rule_set_measures(text: str, rule_set, is_furniture, codes, rows) -> None:
    """Paint an attached set of rules (:func:`analysis.paragraphs.attached_rule_sets`) and append its measures: its
    numbered items (three or more) read as a plan's are, its section the rule set's title."""
    attachment_line, title, (lo, hi) = rule_set
    markers = [m for m in numbering.find_markers(text, lo, hi) if codes[m.start] != CODE["furniture"]]
    if len(markers) < 3:
        return
    name = text[slice(*title)].strip(WS) if title else text[slice(*attachment_line)].strip(WS)
    if title:
        paint(codes, title, "heading")
    paint(codes, strip_range(text, lo, markers[0].start), "preamble")
    _classify_items(text, markers, hi, [name], codes, rows, is_furniture)


_SLOGAN_CHARS = 30  # a section's opening sentence this short, before its 一是 paragraphs, is its motto


def _paragraph_section(text: str, title_line_end: int, end: int, title: str, bare: str, path: list[str], codes,
                       rows) -> None:
    """The paragraphs ``text[title_line_end:end]`` of a section titled ``title`` on a line of its own
    (:func:`analysis.paragraphs.is_paragraph_section`): its measures, problems and prose."""
    pairs = problem_pairs(text, title_line_end, end)
    if pairs is not None:  # 二、存在问题及整改措施 / 问题一：… / 整改措施： / 健全学习制度。… (no numbered item under it)
        _problem_pair_measures(text, title_line_end, pairs, end, path + [title], codes, rows)
        return
    if IMPLEMENTATION_TITLE.search(title) and not headed_paragraphs(text, title_line_end, end, runs=True, codes=codes) or \
            TIMETABLE_TITLE.search(title) and headed_count(text, title_line_end, end) < 2:
        return  # 四、组织保障 over prose on who leads and reports: how the plan is run, not a commitment list
    if _FOCUS_TITLE.fullmatch(bare) and not headed_paragraphs(text, title_line_end, end, runs=True):
        # 三、整改重点 over prose on the problems found (局党组归纳了…13个问题（见附件）): what is targeted, no commitment
        # (its problem lists stay problems)
        targeted: list[dict] = []
        paragraph_measures(text, title_line_end, end, title, None, codes, targeted)
        for row in targeted:
            paint(codes, (row["char_start"], row["char_end"]), "preamble")
        return
    first = len(rows)
    # (under a topic every paragraph answers it, headed or not: （三）在反对享乐主义上下功夫 / 县政府党组成员要带头深入基层…。
    # / 加强干部队伍日常管理。…)
    paragraph_measures(text, title_line_end, end, " > ".join(path + [title]), None, codes, rows,
                       edges_need_heading=mostly_headed(text, title_line_end, end) and not RUN_TOPIC_TITLE.match(bare))
    if len(rows) > first + 1 and not rows[first]["label"] and rows[first + 1]["label"] == "一是":
        lead = text[rows[first]["char_start"]:rows[first]["char_end"]].strip(WS)
        if len(lead) <= _SLOGAN_CHARS and "\n" not in lead and not SENTENCE_MARK.search(lead[:-1]):
            # 八、厉行勤俭节约 / 坚持勤俭办一切事业，反对铺张浪费。 / 一是…: a one-sentence motto leads in to the run
            lead_row = rows.pop(first)
            paint(codes, (lead_row["char_start"], lead_row["char_end"]), "preamble")


def _problem_pair_measures(text: str, s: int, pairs: int, e: int, path: list[str], codes, rows) -> None:
    """``text[s:e]`` whose problems and measures are paired from ``pairs`` on (:func:`analysis.paragraphs.problem_pairs`):
    what comes before is preamble, each ``问题N：…`` a problem, and what each ``整改措施：`` leads to its measures."""
    paint(codes, (s, pairs), "preamble")
    paint(codes, (pairs, e), "problem")
    remedy_items(text, pairs, e, path, codes, rows)


def _rule_before_lead(text: str, item: Item) -> tuple[int, int] | None:
    """``(start, end)`` of the unnumbered lead closing ``item``'s own text (``违反本禁令的，按以下规定处理：``) when the text
    before it is a rule of its own (a sentence with ``严禁``, ``不得``, ``一律``, ``必须``), on a line apart; else None."""
    s, e = strip_range(text, item.marker.end, item.own_end)
    line_start = text.rfind("\n", s, e) + 1
    lead = text[line_start:e].strip(WS)
    rule = text[s:line_start].strip(WS)
    if (not line_start or not lead or lead[-1] not in ":：" or len(lead) > _LEAD_MAX_CHARS or not rule.endswith("。")
            or not _RULE_SENTENCE.match(rule)):
        return None
    return strip_range(text, line_start, e)


_LEAD_MAX_CHARS = 40
_RULE_SENTENCE = re.compile(r"[^。；;]{0,12}(?:严禁|不得|一律|必须|禁止)")  # 严禁违反枪支管理规定…


# A section's paragraph leading to tasks of its own before its numbered items (招商引资接待工作重点抓好以下几点：)
_INTRO_TASKS_LEAD = re.compile(rf"(?:(?:聚焦|围绕|针对|紧盯)[^。；;：:\n]{{1,22}}[，,])?[^。；;，,：:]{{0,20}}?{_TASKS_LEAD}")


def _classify_intro(text: str, item: Item, path: list[str], codes, rows, flattened: bool, ctx: dict) -> None:
    """Paint a heading's own text before its first child: a problem list, a ``针对…问题`` intro, paragraphs that
    open with heading sentences (their numbers lost in a copy, before the few typed ones that survived: measures)
    or preamble."""
    s, e = strip_range(text, item.title_end, item.own_end)
    pairs = None if flattened else problem_pairs(text, s, e)
    if pairs is not None:  # 问题一：… / 整改措施： / 健全学习制度。… before the first numbered measure of the section
        _problem_pair_measures(text, s, pairs, e, path, codes, rows)
        return
    if not flattened and headed_count(text, s, e) >= 2 and mostly_headed(text, s, e):
        paragraph_measures(text, s, e, " > ".join(path), None, codes, rows, require_heading=True)
        return
    block = problem_block(text, s, e, flattened, require_lead_in=False)
    if block:
        head_start, list_start = block
        lead = remedy_lead_line(text, list_start, e)  # 整改措施： after the list leads in to the measures
        paint(codes, (s, head_start), "preamble")
        paint(codes, (head_start, list_start), "heading")
        paint(codes, (list_start, lead), "problem")
        paint(codes, (lead, e), "heading")
        head = _first_segment(text[head_start:list_start].strip(WS + ".．"), flattened)
        # ``关于…方面的问题`` names what the measures answer; a bare ``主要问题：`` names nothing
        ctx.update(path=path, headings=[] if PROBLEM_LEAD_LINE.search(head) else [head])
        return
    parts = [] if flattened or "\n" in text[s:e] else numbering.inline_enumeration(text, s, e)
    if len(parts) >= 2 and DETAILS_LEAD_IN.search(text[s:parts[0].start].rstrip(WS)):  # (…，具体做到：一是…)
        # 巡察组要严格按照…开展工作，坚守职责定位，具体做到：一是…；二是…；三是…: a commitment over its section's items,
        # its parts run inline, is a measure (as its writer keyed it)
        rows.append(measure_row(text, s, e, None, path, flattened))
        return
    if len(parts) >= 2 and _INTRO_TASKS_LEAD.fullmatch(text[s:parts[0].start].strip(WS)):
        # 二、招商引资接待 / 招商引资接待工作重点抓好以下几点：一是…；二是… / 5.…: the section's own tasks, run inline
        # before its numbered items, are measures each (as its writer keyed them)
        paint(codes, strip_range(text, s, parts[0].start), "preamble")
        run_measures(text, parts, e, path, rows, flattened)
        return
    paint(codes, (s, e), "problem" if PROBLEM_INTRO.match(text[s:e]) else "preamble")
    head = _last_heading_line(text, s, e, codes=codes)
    if head:
        ctx.update(path=path, headings=[head])


def _last_heading_line(text: str, s: int, e: int, after_title: bool = False, codes=None) -> str:
    """The last line of ``text[s:e]`` when it is a short unnumbered heading (``【主要任务】``); lines of
    page furniture in ``codes`` (a page number, a running header) are passed over.

    ``after_title``: ``text[s:e]`` opens with the plan's title, which is never a section heading.
    """
    s, e = strip_range(text, s, before_furniture(text, codes, s, e))
    nl = text.rfind("\n", s, e)
    line = text[nl + 1 if nl >= 0 else s:e].strip(WS)
    if after_title and (nl < 0 or PLAN_TITLE.search(line)):
        return ""
    return line if HEADING_LINE.match(line) and not PROBLEM_LEAD_LINE.search(line) else ""


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
