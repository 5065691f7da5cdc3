"""Measures that are paragraphs or table rows rather than numbered items.

* a top-level section whose title is a bare heading line over paragraphs that open with heading
  sentences (``一、改进调查研究`` then ``减少陪同人员。…``): one measure per paragraph
  (:func:`is_paragraph_section`, :func:`paragraph_measures`);
* a plan without numbers: its paragraphs that open with a short heading sentence, under the short
  heading lines (Word headings) that name their sections;
* a table of measures (整改清单) laid out as tab- or space-separated or Markdown pipe rows: one
  measure per row, its ``序号`` as the label; a header row, and a row restating a measure above, are not.
Closing clauses, signatures, dates, lead-in paragraphs (``…如下：``) and purpose clauses are never
measures. Used by :mod:`analysis.measures`.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from . import numbering
from .furniture import PAGE_NUMBER, classify_line
from .measure_table import CODE, measure_row, paint, strip_range
from .plan_body import (ATTACHMENT_HEADING, ATTACHMENT_LINE, CLOSING_CLAUSE, DATE_LINE, GUIDING_TITLE, HEADING_LINE,
                        MARKUP_ONLY, PLAN_TITLE, PURPOSE_CLAUSE, SENTENCE_MARK, SIGNATURE_LINE, TABLE_HEADER_CELLS, WS,
                        is_closing)
from .plan_body import lines as _lines
from .problems import CHECK_POINT, PROBLEM_LEAD_LINE, PROBLEM_TITLE, PROBLEM_WORDS, REMEDY_WORDS

if TYPE_CHECKING:
    from .measures import Item

# A paragraph that only leads in to what follows (``…重点抓好以下工作：``, ``具体规定如下。``).
LEAD_IN = re.compile(r"(?:[:：]|(?:如下|以下(?:[^。；;，,]{0,6}(?:方面|措施|工作|规定|要求|几点|任务))?)[。.]?)\s*$")


# Sections on how the plan itself is run (组织保障, 保障措施, 组织实施 …): their unnumbered prose paragraphs
# are not measures unless they open with heading sentences (加强组织领导。…), as four blind writers' keys agree.
IMPLEMENTATION_TITLE = re.compile(r"组织(?:保障|领导|实施)|保障措施|(?:工作|有关|整改)要求|(?:整改|工作)保障|保障(?:整改)?落实|"
                                  # (五、时间安排, 三、整改时限及步骤 over a prose timetable)
                                  r"(?:时间|进度|步骤)安排|(?:方法|实施|时间)步骤|(?:整改|完成)时限(?:(?:及|和|与)(?:步骤|安排))?$")
# … of which a timetable (五、时间安排, 三、工作步骤, 三、整改时限) is prose even when its one paragraph opens with a short
# sentence (专项整治与学习教育同步进行。5月至6月为…): only two or more headed paragraphs (its stages) can be measures
TIMETABLE_TITLE = re.compile(r"(?:时间|进度|步骤|工作)安排|(?:方法|实施|时间|工作)步骤|(?:整改|完成)时限$|"
                             r"(?:检查|督查|暗访|督导|活动|整治|实施)时间$")  # 三、检查时间: when, not what


# A title naming the problem or area its items answer (（三）针对享乐主义问题, 形式主义方面): it commits to nothing itself.
TOPIC_TITLE = re.compile(r"(?:针对|关于|在)?[^，,。；;]{1,20}(?:问题|方面)(?:的?整改措施)?")
# A title naming one of the four styles as the field its items answer (（一）着力解决形式主义问题。一是…, （二）在反对
# 官僚主义上下功夫。一是…, （三）针对享乐主义方面的问题), a field to work on (在…上下功夫, 在…上见实效) or a subject
# (关于公务接待和公务用车): a topic, as five writers of two rounds keyed it
RUN_TOPIC_TITLE = re.compile(r"(?:(?:着力|切实|重点|集中)?(?:解决|反对|整治|纠正|针对|聚焦|在反对|在解决|在)?[“\"]?"
                               r"(?:形式主义|官僚主义|享乐主义|奢靡之风|庸懒散|四风)[”\"]?(?:方面)?(?:的?突出)?(?:问题)?(?:上下功夫|方面)?|"
                               r"在[^。；;，,]{2,16}上(?:下功夫|下工夫|见实效|求实效|出实招)|"  # （五）在服务大局、司法为民上下功夫。
                               r"关于[^。；;，,]{2,20})[。.；;：:]?$")  # （二）关于公务接待和公务用车。一是…


def headed_paragraphs(text: str, s: int, e: int, runs: bool = False, codes=None) -> bool:
    """Whether any paragraph of ``text[s:e]`` opens with a short heading sentence (with ``runs``, or is a run of
    ``一是…；二是…；三是…`` items: an enumeration, not prose). With the document's span ``codes``, a paragraph a page
    number cuts is read whole, as :func:`paragraph_measures` reads it."""
    spans = _lines(text, s, e) if codes is None else _join_page_breaks(text, codes, _lines(text, s, e))
    return any(_short_heading(text[a:b].strip(WS)) or runs and bool(_inline_items(text, a, b))
               for a, b in _join_hard_wraps(text, spans) if text[a:b].strip(WS))


def headed_count(text: str, s: int, e: int) -> int:
    """How many paragraphs of ``text[s:e]`` open with a short heading sentence or a bullet."""
    return sum(1 for a, b in _join_hard_wraps(text, _lines(text, s, e)) if _opens_item(text[a:b].strip(WS)))


def headed_plan(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` reads as a plan without numbers: three or more paragraphs that open with a short heading
    sentence, at least half of those from the first of them to the last (严禁用公款送礼。… / 严禁公车私用。… /
    严格落实值班制度。…一是…二是…)."""
    paragraphs = [text[a:b].strip(WS) for a, b in _join_hard_wraps(text, _lines(text, s, e))]
    headed = [i for i, x in enumerate(x for x in paragraphs if x) if _opens_item(x)]
    return len(headed) >= 3 and 2 * len(headed) >= headed[-1] - headed[0] + 1


def mostly_headed(text: str, s: int, e: int) -> bool:
    """Whether at least half the paragraphs of ``text[s:e]`` (closing clauses aside) open with a short heading
    sentence: then one without a heading sentence before the first or after the last that has one is a
    lead-in, a timetable or an order to report, not a measure (see :func:`paragraph_measures`)."""
    paragraphs = [text[a:b].strip(WS) for a, b in _join_hard_wraps(text, _lines(text, s, e))]
    paragraphs = [x for x in paragraphs if x and not CLOSING_CLAUSE.search(x)]
    return 2 * sum(map(_opens_item, paragraphs)) >= len(paragraphs) > 0


# A paragraph's indent inside a line, after a sentence's end: the break before it was lost (…逐一核实。　　落实节假日封存制度。…)
_LOST_INDENT = re.compile(r"(?<=[。；;!！])[ \t]*\u3000{2}(?=[^\s\u3000])")


# … or, the indent lost too, a commitment's heading sentence of a few words after a sentence's end, a full sentence
# after it (…负责日常工作。强化监督检查。局纪检组要…, …重复填报.提升统计服务效能.全面推行…)
_LOST_HEADING = re.compile(r"(?<=[。；;!！]|(?<=[\u4e00-\u9fff])[.．])(?=(?:加强|强化|严格|提升|规范|健全|建立|完善|严肃|落实|推行|"
                           r"深化|改进|注重|切实|狠抓|从严)[^。；;！!，,、.．\s]{2,8}[。.．][^。；;！!.．]{8,})")


def _split_lost_indents(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` of paragraphs, each cut where a paragraph indent follows a sentence's end and a short heading sentence
    follows the indent (two headed paragraphs run together on one line when a copy lost the break between them), or
    where a commitment's heading sentence follows a sentence's end with no indent at all (:data:`_LOST_HEADING`) in a
    paragraph that opens with a heading sentence itself."""
    out = []
    for s, e in spans:
        cuts = [(m.start(), m.end()) for m in _LOST_INDENT.finditer(text, s, e)]
        if _short_heading(text[s:e].strip(WS)):
            cuts = sorted(cuts + [(m.start(), m.start()) for m in _LOST_HEADING.finditer(text, s, e)])
        for a, b in cuts:
            if _short_heading(text[b:e]) and _short_heading(text[s:a].strip(WS)):
                out.append((s, a))
                s = b
        out.append((s, e))
    return out


def _opens_item(paragraph: str) -> bool:
    """A paragraph opening with a short heading sentence or a bullet (◆ 严格控制…)."""
    return _short_heading(paragraph.strip(WS)) or bool(BULLET.match(paragraph))


def table_under_title(text: str, item: Item, flattened: bool) -> int | None:
    """End of a leaf item's title line when rows of a table of measures follow it (a Word table's merged
    category row, ``（一）反对形式主义，切实改进会风文风``, over its rows ``1\t严格控制会议…\t局办公室\t长期坚持``),
    else None: the rows are the measures, each with its 序号, and the title their section."""
    if flattened or item.children:
        return None
    title_end = text.find("\n", item.marker.end, item.end)
    if title_end < 0 or not text[item.marker.end:title_end].strip(WS):
        return None
    lines = [(a, b) for a, b in _lines(text, title_end, item.end) if text[a:b].strip(WS)]
    title = text[item.marker.end:title_end].strip(WS)
    if (lines and _TABLE_LEAD.search(text[slice(*lines[0])].strip(WS)) and len(title) <= 40
            and not SENTENCE_MARK.search(title.rstrip("。.：:"))):  # (a bare title: not a commitment of its own)
        # (a line leading in to the table, 监狱党委对查摆出的问题逐项研究，明确整改任务如下表：, and its header row: the
        # title's, as the rows are its measures)
        title_end = lines[0][1]
        lines = lines[1:]
        if lines and _header_row(_table_cells(text[slice(*lines[0])])):
            title_end, lines = lines[0][1], lines[1:]
        else:
            return None
    elif lines and len(title) <= 40 and _header_row(_table_cells(text[slice(*lines[0])])):
        title_end, lines = lines[0][1], lines[1:]  # （二）任务清单 / 序号	整改任务	具体措施	完成时限 / 1	…: the header the title's
    numbered = [bool((cells := _table_cells(text[a:b])) and row_number(cells)) for a, b in lines[:2]]
    return title_end if numbered == [True, True] else None


# (or a lead in one sentence ending with a colon: 围绕…，建立健全以下制度，确保整改成效长期保持：)
_TABLE_LEAD = re.compile(r"(?:如下表|见下表|列表如下|如下)[:：。]?$|^[^。；;！？!?]*[:：]$")


def is_paragraph_section(text: str, item: Item, flattened: bool, codes=None) -> bool:
    """A leaf whose title is a bare heading line followed by paragraphs on their own lines (``codes``: the
    document's span codes so far, whose furniture lines, ``— 2 —`` between two paragraphs, are no paragraphs)."""
    if flattened or item.marker.rank > 1:
        return False
    title_line_end = text.find("\n", item.marker.end, item.end)
    if title_line_end < 0:
        return False
    title = text[item.marker.end:title_line_end].strip(WS)
    body = text[title_line_end:item.end].strip(WS)
    if not title or not body or len(title) > 40:
        return False
    joined = _join_hard_wraps(text, _lines(text, item.marker.start, item.end))
    if joined and joined[0][1] > title_line_end:
        return False  # ``十、严禁上班时间玩游戏、…从事与工作无关的`` / ``活动。…``: a hard wrap, no bare heading line
    # ``一、改进调查研究。`` alone on its line, over two or more paragraphs that each open with a
    # short heading sentence (``减少陪同人员。…``): the paragraphs are the measures.
    # A sub-section (``（一）加强组织领导``) over one body, or over paragraphs that do not open with
    # heading sentences, is one measure with its title (top-level sections split into paragraphs).
    paragraphs = [text[s:e].strip(WS) for s, e in _join_hard_wraps(text, _lines(text, title_line_end + 1, item.end))
                  if text[s:e].strip(WS) and (codes is None or not all(codes[s:e] == CODE["furniture"]))]
    # (a problem named, its symptoms labelled, then what answers it: （一）“四个意识”不强问题 / 主要表现：… / 强化政治引领。…)
    answers = [x for x in paragraphs if not _problem_paragraph(x)]
    headed = len(answers) >= (2 if len(answers) == len(paragraphs) else 1) and all(_short_heading(x) for x in answers)
    if title[-1] not in "。；;.．!！?？:：" and SENTENCE_MARK.search(title):
        # ``四、规范出访活动。从…合理安``: a run-in paragraph that a page break cut, no bare heading line
        return False
    if title[-1] not in "。；;.．!！?？:：":
        # a section or a part (第三部分　组织实施) over paragraphs; a sub-section title on its line over a paragraph
        # of 一是…二是… items (（三）针对享乐主义问题, （三）规范经营管理，提升服务发展质量)
        # (or a topic over two paragraphs or more: （三）在反对享乐主义上下功夫 / 县政府党组成员要带头…。 / 加强…。)
        return (item.marker.rank <= 0 or headed or _has_runs(text, title_line_end, item.end)
                or bool(RUN_TOPIC_TITLE.match(title)) and len(answers) >= 2)
    # ``（一）在反对形式主义方面，着力提高协商议政实效。`` alone on its line over paragraphs of ``一是…`` (after a lead-in,
    # ``…采取以下措施：``): a heading over its items, as a title without the stop is
    # (its stop may be a damaged half-width one: （二）规范工作微信群、QQ群. / 一是…;二是…)
    return title[-1] in "。.．" and "。" not in title[:-1] and (headed or _has_runs(text, title_line_end, item.end))


def _has_runs(text: str, s: int, e: int) -> bool:
    """Whether a line of ``text[s:e]`` is a paragraph of ``一是…二是…`` items (:func:`_inline_items`)."""
    return bool(run_paragraphs(text, s, e))


def opening_run_paragraphs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The paragraphs of ``text[s:e]`` that open ``一是…``, ``二是…`` … in turn, one item each (two or more), as
    ``(start, end)``, or ``[]``."""
    out = []
    for a, b in _join_hard_wraps(text, _lines(text, s, e)):
        if text[a:b].strip(WS) and numbering.inline_run_from(text, a, b, len(out) + 1)[:1]:
            out.append((a, b))
    return out if len(out) >= 2 else []


def run_paragraphs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The paragraphs of ``text[s:e]`` made of ``一是…二是…`` items (:func:`_inline_items`), as ``(start, end)``."""
    return [(a, b) for a, b in _join_hard_wraps(text, _lines(text, s, e)) if _inline_items(text, a, b)]


def paragraph_measures(text, lo, hi, section, marker, codes, rows, require_heading=False, edges_need_heading=False) -> None:
    """One measure per paragraph of ``text[lo:hi]`` (closing clauses and signatures are not measures).

    ``require_heading`` (a plan without numbers): only paragraphs opening with a short heading sentence are
    measures, and a short unnumbered heading line (``改进调查研究``, a Word heading) names the section of
    the measures after it; the plan's title line never does. ``edges_need_heading`` (a section whose
    paragraphs mostly open with heading sentences, :func:`mostly_headed`): a paragraph without one before the
    first that has one leads in, and after the last one it is the section's timetable or order to report
    (a duty line still joins its measure); neither is a measure."""
    seen_text, section_kind, next_ordinal, header = False, None, None, None
    # paragraphs beside the rows of a table that lists the measures (整改清单) lead in or close, unless
    # they open with a heading sentence
    spans = _box_rows(text, [strip_range(text, a, b) for a, b in _lines(text, lo, hi)])
    content = [(a, b) for a, b in spans if text[a:b].strip(WS) and codes[a] != CODE["furniture"]]
    flat = flattened_table(text, content)
    flat_numbers = {}  # start of a flattened table's row -> its 序号
    table_headers = []  # spans of the header rows of tables a PDF copy laid out as text, read as headers
    if flat is not None:  # a PDF copy's table, one cell per line: its header a heading, one measure per row
        header, table_rows = flat
        table_headers.append(header)
        spans = [sp for sp in spans if sp[1] <= header[0]] + [header] + table_rows
        flat_numbers = {a: text[a:b].split("\n", 1)[0].strip(WS) for a, b in table_rows}
    wrapped_numbers = {}  # start of a wrapped table's row -> its 序号
    wrapped = None if flat is not None else wrapped_table(text, content)
    if wrapped is not None:  # a PDF copy's table laid out as text, its rows wrapped: a measure per row
        header, table_rows, categories, table_end = wrapped
        table_headers.append(header)
        for span in categories:
            paint(codes, span, "heading")
        wrapped_numbers = {a: n for a, _, n in table_rows}
        # (the header row stays, read as the header it is; the rows keep their lines: no hard wrap joins one to the next)
        spans = (_paragraph_spans(text, codes, [sp for sp in spans if sp[1] <= header[1]])
                 + [(a, b) for a, b, _ in table_rows]
                 + _paragraph_spans(text, codes, [sp for sp in spans if sp[0] >= table_end]))
    else:
        spans = _paragraph_spans(text, codes, spans)
    lines = [(s, e, _table_cells(text[s:e]) if s not in wrapped_numbers else []) for s, e in spans]
    tabular = any(cells for _, _, cells in lines)
    # (the headings above, which a table's row may restate as it may a measure's opening: found only for a table)
    headings_above = code_runs(codes[:lo], CODE["heading"]) if tabular else []
    numbers = [row_number(cells) if cells else "" for _, _, cells in lines]
    headed = [s for s, e, cells in lines if edges_need_heading and not cells and _opens_item(text[s:e])
              and not _problem_paragraph(text[s:e])]  # (存在问题：发文偏多。 is no heading sentence)
    figures = figure_table(text, spans)
    for i, (s, e, cells) in enumerate(lines):
        if e <= s or codes[s] == CODE["furniture"]:
            continue
        if i in figures:
            paint(codes, (s, e), "other")  # a table of figures (area standards, targets), not of measures
            continue
        if s in wrapped_numbers:  # a wrapped table's row: a measure, its 序号 its label
            rows.append(measure_row(text, s, e, None, [section] if section else [], False))
            rows[-1]["label"] = wrapped_numbers[s]
            continue
        line = text[s:e]
        if rows and (ATTACHMENT_LINE.match(opening := line.lstrip(WS)) or opening.startswith(("附：", "附:"))):
            # 附件：…领导小组名单 (附：…报道规格) after the section's measures, and the attachment itself: not the
            # section's text
            paint(codes, (s, hi), "other")
            break
        task = _TASK_ROW.fullmatch(line.strip(WS)) if tabular and not cells else None
        if task and next((n for n in numbers[i + 1:] if n), "").startswith(task["n"] + "."):
            paint(codes, (s, e), "heading")  # task 1 over its sub-tasks 1.1, 1.2 (任务分解表)
            section = task["title"]
            continue
        # (and in a section of headed paragraphs, a heading line between them: 着力解决官僚主义问题)
        if ((require_heading and seen_text or edges_need_heading and not _opens_item(line)) and HEADING_LINE.match(line)
                and not PLAN_TITLE.search(line) and not cells):
            paint(codes, (s, e), "heading")
            section, section_kind = line, _section_kind(line)
            continue
        if section_kind:  # the paragraphs under 【存在的主要问题】 or 【整改目标】
            paint(codes, (s, e), section_kind)
            continue
        seen_text = True
        # (MARKUP_ONLY: |---|---| under a Markdown table's header row, a rule of ────)
        if (_closing_line(line) or MARKUP_ONLY.fullmatch(line) or _MINUTES_FIELD.match(line)
                or _BLANK_FIELDS.fullmatch(line.strip(WS))):
            continue
        if (rows and rows[-1]["char_start"] >= lo and not cells and _resolve(line.strip(WS))
                and all(_closing_line(text[a:b]) for a, b, _ in lines[i + 1:])):
            continue  # the section's last paragraph after its measures, an exhortation (各级党组织要把…为…提供坚强保障。)
        if (_header_row(cells) or SPACED_HEADER.fullmatch(line.strip(WS))
                or any(h[0] <= s < h[1] for h in table_headers)):
            if rows and rows[-1]["char_start"] >= lo and not _table_cells(text[rows[-1]["char_start"]:rows[-1]["char_end"]]) \
                    and not text[rows[-1]["char_end"]:s].strip(WS):
                lead = rows.pop()  # the paragraph right above a table introduces it (…列表如下，…)
                paint(codes, (lead["char_start"], lead["char_end"]), "heading")
            paint(codes, (s, e), "heading")
            header = cells
            continue
        if not cells and _POINTER_ONLY.fullmatch(line.strip(WS)):
            paint(codes, (s, e), "preamble")  # 具体工作任务分解见附件。: where the tasks are, not a task
            continue
        if not cells and _problem_paragraph(line):
            paint(codes, (s, e), "problem")  # 重点整治四个方面突出问题：一是文山会海…；二是…
            continue
        if _SCHEDULE_LINE.match(line.strip(WS)):
            paint(codes, (s, e), "other")  # 3月：开展会风文风专项检查。 / 第二季度（4—6月）：…: a month's entry of a timetable
            continue
        if cells and (_restates(text, cells, rows, header, headings_above)
                      or _REFERENCE_ROW.search(line) and max(map(len, cells)) <= 30):
            # (or a row of a 责任清单 that names the tasks a leader leads by their numbers: 牵头第2、3、13项)
            paint(codes, (s, e), "other")  # a row restating a measure above (整改责任分工: 序号 任务 责任单位 时限)
            continue
        opens_item = _short_heading(line) or (require_heading and BULLET.match(line))
        # (a paragraph running its own items, 针对…等问题，着力办好以下几件实事：一是…二是…, lists measures all the same)
        if (headed and not cells and not _opens_item(line) and not headed[0] <= s <= headed[-1]
                and not _inline_items(text, s, e)):
            if rows and s > headed[-1] and _continues(text, rows[-1], s, line, "", False):
                rows[-1]["char_end"] = e  # its duty line (（责任人：…；时限：…）)
            else:
                paint(codes, (s, e), "preamble")  # 建设领域行政审批事项多…必须下大力气加以改进。 / 全场整改工作从7月上旬开始…
            continue
        # (so does, in a section of headed paragraphs, one without a heading between two that have one: 遇有特殊情况确需
        # 超出上述标准的，须…)
        inside = bool(headed) and headed[0] < s < headed[-1] and bool(_REFERS_BACK.match(line.lstrip(WS)))
        if (not cells and not opens_item and rows
                and _continues(text, rows[-1], s, line, _next_paragraph(text, lines, i),
                               (require_heading or inside) and not tabular)):
            rows[-1]["char_end"] = e  # its duty line (（责任领导：…）) or, in a plan without numbers, its next paragraph
            continue
        if not cells and DUTY_LINE.fullmatch(line.strip(WS)):
            paint(codes, (s, e), "preamble")  # 牵头单位：… over a section's items: who leads them, not a measure
            continue
        if not cells and (((require_heading or tabular) and not opens_item) or LEAD_IN.search(line)
                          or PURPOSE_CLAUSE.match(line)):
            paint(codes, (s, e), "preamble")
            continue
        if cells and header is None:  # the table's header row, above this range when category rows split the table
            header = _header_above(text, lo)
        sub = _cell_items(text, s, e, cells, header) if cells else []
        if sub:  # 2  有偿补课  1.出台…。 2.组织…  局长: a row whose measure cell is a numbered list gives its items
            for k, m in enumerate(sub):
                end = strip_range(text, m.start, sub[k + 1].start if k + 1 < len(sub) else e)[1]
                rows.append(measure_row(text, s if k == 0 else m.start, end, m, [section] if section else [], False))
            continue
        items = [] if cells else _inline_items(text, s, e) or (
            numbering.inline_run_from(text, s, e, next_ordinal) if next_ordinal else []) or _rules_to_make(text, s, e)
        next_ordinal = items[-1].value + 1 if items else None  # a run may carry on in the next paragraph (四是…五是…)
        if not items and not cells and (_MEETING_NARRATION.match(line) or _SPEAKER.match(line)):
            paint(codes, (s, e), "preamble")
            continue
        if items:  # 一是加强组织领导。…二是…三是…: one measure per item
            paint(codes, strip_range(text, s, items[0].start), "preamble")  # its lead-in (…重点抓好以下四个方面工作：)
            run_measures(text, items, e, [section] if section else [], rows)
            continue
        if not cells and rows and _report_order(line) and not _RUN_ORDINAL.match(line):
            continue  # 各单位自查自纠情况报告请于2014年1月10日前报…: the order to report after the measures closes them
            # (not a run's next item: 二是县直各单位…于11月20日前完成，并将腾退情况书面报…)
        # a paragraph, or a row of a table that is the plan's only list of measures (整改清单)
        rows.append(measure_row(text, s, e, None, [section] if section else [], False))
        if cells and (number := row_number(cells)) or (number := flat_numbers.get(s)):
            rows[-1]["label"] = number  # the row's 序号


_RUN_ORDINAL = re.compile(r"[ \t\u3000\xa0]*[一二三四五六七八九十]{1,3}是")  # 二是…: an item of a run, never a closing


# A paragraph that only sends the reader to the attachment for the tasks (具体工作任务分解见附件。, 具体任务分工详见附件2。)
_POINTER_ONLY = re.compile(r"[^。；;，,\n]{0,24}(?:详)?见附[件表][0-9０-９一二三]?(?:《[^》]{1,40}》)?[。.]?")


# The start of a paragraph's rest after a page break: a character inside a sentence, not a number that
# opens an item or a heading (``二、``, ``一是``, ``第三条``, ``（二）``, ``2.``)
_CONTINUATION = re.compile(r"(?![一二三四五六七八九十百]+[、是．.]|第[一二三四五六七八九十百零〇\d]+[条章节部])"
                           r"(?:[\u4e00-\u9fff，、；：”’）》《“‘]|[0-9０-９]+(?![0-9０-９.．、)）]))")  # 30天 goes on, 2. opens
PAGE_LINE_MIN_CHARS = 20  # a line cut by a page break is a full line of the page (a heading line is shorter)


def _paragraph_spans(text: str, codes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (lines) as paragraphs: a page break's furniture and a hard wrap joined over, a lost indent split at."""
    return _split_lost_indents(text, _join_hard_wraps(text, _join_page_breaks(text, codes, spans)))


def _join_page_breaks(text: str, codes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a paragraph cut by a page break made whole: a full line that stops mid-sentence, then
    only page furniture (``— 3 —``) and the break, then a line that goes on with the sentence (``理，情节…``).
    The joined paragraph keeps the furniture inside it, painted as furniture, as a numbered item does."""
    out: list[tuple[int, int]] = []
    last = None  # index in ``out`` of the last span that is not furniture
    for s, e in spans:
        if e <= s or codes[s] == CODE["furniture"]:  # (a blank line around the page number is no paragraph either)
            out.append((s, e))
            continue
        if last is not None:
            ps, pe = out[last]
            # (a copy without the break itself has a page number's line between: — 3 —)
            numbered = [x for x in text[pe:s].split("\n") if x.strip(WS)]
            if (("\f" in text[pe:s] or numbered and all(classify_line(x.strip(WS)) == "page_number" for x in numbered))
                    and all(text[i] in WS or codes[i] == CODE["furniture"] for i in range(pe, s))
                    and pe - ps >= PAGE_LINE_MIN_CHARS and not SENTENCE_MARK.match(text[pe - 1])
                    and text[pe - 1] not in ":：" and _CONTINUATION.match(text, s)
                    and "\t" not in text[ps:pe] and "\t" not in text[s:e]):  # a table's row is a line of its own
                del out[last + 1:]  # the furniture between now lies inside the paragraph
                out[last] = (ps, e)
                continue
        out.append((s, e))
        last = len(out) - 1
    return out


# A page number on a line of its own (- 2 -, — 3 —), with the blank lines around it
_PAGE_BREAK = re.compile(rf"\s*\n[ \t\u3000]*(?:{PAGE_NUMBER})[ \t\u3000]*\n\s*")


def _join_hard_wraps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the lines of a hard-wrapped copy joined into their paragraphs.

    A copy wrapped at a fixed width (an OCR'd print, a text dump: ``…县委书记为第一责任人,其他`` /
    ``常委按照分工…``) shows it: of its lines of :data:`PAGE_LINE_MIN_CHARS` or more, at least
    :data:`WRAP_MIN_LINES` and a third are within two characters of one width. There a line of about
    that width that stops mid-sentence runs on into a next line that goes on with the sentence.
    Elsewhere nothing is joined: a line break is a paragraph's end."""
    width = _wrap_width(text)
    indented = _indented_copy(text)
    if width is None and not indented:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if width is not None and out and (brk := _PAGE_BREAK.match(text, out[-1][1])) and brk.end() >= e:
            continue  # a page number between two wrapped lines (…节庆、论坛、展 / - 2 - / 会、研讨会…) breaks no paragraph
        if out:
            ps, pe = out[-1]
            last_line = text.rfind("\n", ps, pe) + 1 or ps  # the joined paragraph's last wrapped line
            if (not _PAGE_BREAK.sub("\n", text[pe:s]).count("\n") > 1 and "\t" not in text[ps:e]
                    and (width is not None and pe - max(last_line, ps) >= width - 3 and not SENTENCE_MARK.match(text[pe - 1])
                         and text[pe - 1] not in ":：" and _CONTINUATION.match(text, s)
                         or width is not None and pe - max(last_line, ps) >= width - 3 and _run_goes_on(text, ps, pe, s)
                         or indented and _broken_line(text, ps, max(last_line, ps), pe, s))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def continued_lines(text: str, lo: int, hi: int) -> set[int]:
    """Starts of the lines of ``text[lo:hi]`` that go on with the paragraph above them in a hard-wrapped or indented
    copy (see :func:`_join_hard_wraps`): an ordinal there (``…实时监控；`` / ``三是节假日期间…``) opens no paragraph."""
    if _wrap_width(text) is None and not _indented_copy(text):
        return set()
    lines = _lines(text, lo, hi)
    return {a for a, _ in lines} - {a for a, _ in _join_hard_wraps(text, lines)}


def paragraph_end(text: str, pos: int) -> int:
    """The end of the paragraph holding ``pos``: its line's end, or in a hard-wrapped or indented copy (see
    :func:`_join_hard_wraps`) the end of the last line it runs on into (``一是…每`` / ``年不超过15个…；二是…``)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if _wrap_width(text) is None and not _indented_copy(text):
        return line_end
    line_start = text.rfind("\n", 0, pos) + 1
    spans = _join_hard_wraps(text, _lines(text, line_start, min(len(text), line_end + PARAGRAPH_REACH)))
    return max(spans[0][1], line_end) if spans else line_end


PARAGRAPH_REACH = 3000  # characters after a line that its paragraph may run on into in a hard-wrapped copy


def _broken_line(text: str, ps: int, s: int, e: int, nxt: int) -> bool:
    """In an indented copy (:func:`_indented_copy`), whether the line ``text[s:e]`` (the last of the paragraph
    from ``ps``) was broken mid-sentence and goes on in the line at ``nxt``: that line has no indent of its own (a
    paragraph's first line has one), ``text[s:e]`` is a full line of a paragraph, not a heading (it is long and
    ends on a comma, or holds a sentence's end: ``调研不少于40天，`` / ``…制度，严禁上`` then ``班时间上网…``), and
    the next line goes on with the sentence, or with the paragraph's run (``…一是…领导小组；`` then ``二是…``)."""
    line_start = text.rfind("\n", 0, nxt) + 1
    line = text[s:e].strip(WS)
    if text[line_start] in _INDENT or len(line) < PAGE_LINE_MIN_CHARS or line[-1] in "。.！!？?:：":
        return False
    if line[-1] in "；;":
        ordinal = _RUN_ORDINAL.match(text, nxt)
        return bool(ordinal) and _next_ordinal(text[ps:e]) == ordinal[1]
    return (line[-1] in "，,、" or bool(SENTENCE_MARK.search(line))) and bool(_CONTINUATION.match(text, nxt))


def _run_goes_on(text: str, ps: int, pe: int, nxt: int) -> bool:
    """Whether the paragraph ``text[ps:pe]``, its last line a full one ending on ``；``, goes on in the line at ``nxt``
    with its run's next item, set flush at the margin by the wrap (``…；二是…实时监控；`` / ``三是节假日期间…``)."""
    ordinal = _RUN_ORDINAL.match(text, nxt)
    return text[pe - 1] in "；;" and bool(ordinal) and _next_ordinal(text[ps:pe]) == ordinal[1]


_RUN_ORDINAL = re.compile(r"([一二三四五六七八九十])是")
_ORDINALS = "一二三四五六七八九十"


def _next_ordinal(paragraph: str) -> str | None:
    """The ordinal after the last ``X是`` of ``paragraph`` (``…一是…；`` -> ``二``), or None without one."""
    found = [m[1] for m in _RUN_ORDINAL.finditer(paragraph)]
    k = _ORDINALS.find(found[-1]) if found else -1
    return _ORDINALS[k + 1] if 0 <= k < len(_ORDINALS) - 1 else None


_INDENT = " \u3000\t\xa0"
INDENTED_MIN_SHARE = 0.6  # of a copy's full lines that open with an indent, for its paragraphs to be told by it


@functools.lru_cache(maxsize=8)
def _indented_copy(text: str) -> bool:
    """Whether the paragraphs of ``text`` open with an indent (``\u3000\u3000坚持学习制度。…``) on most of its full
    lines: then a line without one, after a line broken mid-sentence, goes on with that line's paragraph (an OCR
    copy or a pasted page that broke lines anywhere: ``…调研不少于40天，`` / ``每人每年形成…``)."""
    full = [text[s] in _INDENT for s, e in _lines(text, 0, len(text)) if len(text[s:e].strip(WS)) >= PAGE_LINE_MIN_CHARS]
    return len(full) >= WRAP_MIN_LINES and sum(full) >= INDENTED_MIN_SHARE * len(full)


WRAP_MIN_LINES = 5  # lines of one width that show a hard-wrapped copy
# the shortest line counted towards a wrap width: a gazette's narrow column holds 18 characters of Chinese and 21 with
# half-width digits (从严控制会议数量。市政府全体会议每年 / 召开1至2次，常务会议原则上每月召开2次，)
WRAP_LINE_MIN_CHARS = 16


@functools.lru_cache(maxsize=8)
def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped copy was wrapped at (see :func:`_join_hard_wraps`), or None."""
    lengths = Counter(e - s for s, e in _lines(text, 0, len(text)) if e - s >= WRAP_LINE_MIN_CHARS)
    total = sum(lengths.values())
    if total < WRAP_MIN_LINES:
        return None
    near = {n: sum(lengths.get(n + d, 0) for d in range(-2, 3)) for n in lengths}  # lines within 2 of n
    width = max(near, key=lambda n: (near[n], n))
    return width if near[width] >= WRAP_MIN_LINES and 3 * near[width] >= total else None


# A paragraph that names problems and lists them inline: its opening up to a colon is a problem lead
# (``重点整治四个方面突出问题：``) and an enumeration follows the colon (``一是…；二是…``, ``①…②…``).
_INLINE_LIST_START = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]是|[①-⑳]|[（(]?[1-9１-９][）).．、])")


# A line of a meeting's record that says who came and who wrote it down (出席：…, 列席：…, 请假：…, 记录人：…, 散会：11:40)
_MINUTES_FIELD = re.compile(r"[ \t\u3000]*(?:出席|列席|缺席|请假|记录人?|主持人?|参加人员|参会人员|出席人员|列席人员|参会人|"
                            r"散会|会议时间|会议地点|会议主持|记录员)\s*[:：]")


# A line of a blank form's fields (接待日期：　　年　　月　　日　　接待地点：): it is filled in, it commits to nothing
_BLANK_FIELDS = re.compile(r"(?:[^。；;，,：:\s]{1,12}[:：][\s_＿□年月日时分至元人次天份辆个号]*)+")


# A line giving whom to call or write to (镇纪委联系电话：7316022, 联系人：王某　电话：…): no commitment
_CONTACT = re.compile(r"[^。；;，,]{0,12}(?:联系电话|联系人|电话|传真|电子邮箱|邮箱)\s*[:：]\s*[0-9０-９\-－—（）()、 ]*$|"
                      r"[^。；;，,]{0,12}(?:举报|投诉|监督)(?:电话|信箱|网站|网址|邮箱)\s*[:：]|"  # 县纪委举报电话：…；举报信箱：…
                      r"(?:联系人|联系电话|(?:办公|联系|通讯)?地址)\s*[:：][^。；;]{0,40}$")


# The end of a lead-in announcing separate tasks (…抓好以下四个方面工作：, 现就有关事项通知如下：, 重点做好三项工作：,
# …。具体做到：)
# The label a plan puts before its measures (整改措施：, 主要任务：), also read by remedy_items
_REMEDY_NAME = r"(?:(?:整改|整治|整顿|治理|主要|改进|工作)(?:措施|举措|任务)|下一步(?:整改)?(?:措施|打算|工作))"
_LIST_LEAD = re.compile(r"(?<!围绕)(?<!包括)(?:以下|如下|下列)(?!内容)[^。；;：:]{0,12}[:：]$|(?:几|[两一二三四五六七八九十]+)(?:个方面|项|点)[^。；;：:]{0,8}[:：]$|"
                        rf"(?:^|[。；;])(?:具体(?:做到|要求|措施|规定)|{_REMEDY_NAME})[:：]$|"  # 具体做到：, 整改措施：
                        r"[，,](?:重点|着重|主要)做到[:：]$")  # 严格控制会议数量和规模，重点做到：
# A commitment's clause, then a lead to its details (严格控制会议数量和规模，全县性会议实行年度计划管理，具体要求如下：)
_DETAILS_AFTER_RULE = re.compile(r"[^。；;：:]{4,}[，,]具体(?:要求|规定|标准|做法)(?:如下|是|为)[:：]$")
# A lead that only announces a count of bans the items then list (节日期间，全县各级党员干部要严格做到“十个严禁”：一是严禁…;
# 县直各单位和各乡镇要严格执行“五个严禁”：), as two writers keyed them, one measure per ban; not a commitment of its own
# first (…要严格遵守中央八项规定和有关规定，带头做到“八个严禁”：…, one measure, as a third writer keyed it)
_BANS_LEAD = re.compile(r"(?:[^。；;，,]{1,8}[，,])?[^。；;，,]{2,30}?[“\"][一二三四五六七八九十两]+个?(?:严禁|不准|禁止|不得)[”\"][:：]")


# A paragraph's lead to what a bare title above it commits to (（五）精简会议活动 / 重点做到“三个不”：一是…二是…)
_DO_LEAD = re.compile(r"(?:重点|着重|主要)做到[^。；;，,：:]{0,8}[:：]")


# A lead-in of whole sentences giving the context of the tasks after it (学院党委坚持把整改贯穿活动始终，对…问题马上
# 就改。一是…二是…三是…): longer than a heading sentence, with a clause break in its last sentence
_CONTEXT_LEAD = re.compile(r"(?:[^。；;]*[。；;])*[^。；;，,]{6,}[，,][^。；;]{12,}[。；;]")


# A lead-in announcing the next steps the items then list (…没有完成时。下一步，厅党组将坚持标准不降、力度不减，一是…)
_NEXT_STEP_LEAD = re.compile(r"(?:^|[。；;])(?:下一步|下一阶段|下阶段|今后)[^。；;：:]{0,40}[，,：:]$")
# A meeting's requirement or decision the items spell out (会议要求，局机关各科室…要迅速传达学习…。一是…二是…)
# (or, after what the minutes narrate, its last sentence: 会议听取了…。会议认为，…。会议议定：一是…)
_MEETING_LEAD = re.compile(r"(?:^|[。；;])会议(?:要求|强调|决定|议定|明确|确定)[，,：:][^。；;]*[。；;]?$")
# … unlike what the minutes narrate (会议认为，…; 会议听取了…的汇报; 会议原则同意…; 会议还研究了其他事项): no commitment
_MEETING_NARRATION = re.compile(r"[ \t\u3000]*会议(?:还|一致|原则)?(?:认为|指出|听取|审议|研究了|同意|通报|传达|学习|讨论|分析)")
# … nor a member's remarks in a record of the meeting (罗成（党政办主任）：…, （其他同志发言略）)
# (a name and a post, not a unit and its other name: 县纪委（监委）：负责… is a duty)
_SPEAKER = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{2,4}[（(][^（）()]{0,12}(?:书记|长|主任|委员|同志|干事|秘书)[^（）()]{0,4}[）)]"
                      r"[:：]|[（(][^（）()]{0,8}发言略[）)])")
# A lead-in naming the purpose the items serve (为确保上述措施落到实处，一是…)
# (after whole sentences too: …必须不折不扣抓好落实。为确保整改工作落到实处，一是…)
_PURPOSE_LEAD = re.compile(r"(?:[^。；;]*[。；;])*为(?:确保|保证|推动|使)[^。；;：:]{2,40}[，,：:]")


# A lead-in naming the problem the items answer (针对“三公”经费支出控制不严的问题，一是…)
_PROBLEM_LEAD = re.compile(r"针对[^。；;：:]{2,40}(?:问题|现象|情况)[，,：:]")


def _inline_items(text: str, s: int, e: int) -> list:
    """The ``一是…二是…三是…`` items a paragraph ``text[s:e]`` is made of, or ``[]``.

    The paragraph must open with the first item, announce a list of tasks (``…重点抓好以下四个方面工作：``), or
    name the problem they answer (``针对…的问题，``), or give their context in whole sentences, or announce the next
    steps (``下一步，厅党组将…，``), before three or more items (``学院党委坚持把整改贯穿活动始终，…马上就改。``,
    ``…对本规定执行情况进行监督检查。一是…``):
    a paragraph that opens with a heading sentence of its own and then enumerates (``减少陪同人员。一是…``),
    or names one commitment's parts (``接待工作做到“四个不”：一是…``), is one commitment, as a numbered
    title over such a paragraph is.
    """
    items = numbering.inline_enumeration(text, text.rfind("\n", 0, s) + 1, e)  # from the line start: 　　一是…
    if not items and len(run := numbering.inline_run_from(text, s, e, 1)) >= 3:
        return run  # 一要加强领导。…二要公开透明。…三要严肃问责。…: the paragraph is the run itself
    if not items and (circled := _circled_run(text, s, e) or _circled_run(text, s, e, _INLINE_PAREN, "arabic_paren")
                      or _circled_run(text, s, e, _INLINE_ARABIC, "arabic")):
        # (镇总工会重点做好以下几件实事：①…；②…；③…: a lead to tasks, then circled items run inside the paragraph;
        # so does a lead to requirements, 为确保整改取得实效，提出如下要求：（1）…（2）…（3）…, and 1．…；2．… after
        # either)
        # (not a commitment's details: …严格执行组织生活各项制度，具体要求如下：①…；②…, one measure)
        lead = text[s:circled[0].start].strip(WS)
        leads = (_TASKS_LEAD, _REQUIREMENTS_LEAD, _PLEDGE_LEAD, _MEETING_LEAD)  # (会议确定：1.…；2.…: each a decision)
        return circled if any(p.search(lead) for p in leads) else []
    if not items or [m.value for m in items] != list(range(1, len(items) + 1)):
        return []
    lead = text[s:items[0].start].strip(WS)
    # (规范土地审批服务。全面清理…。具体抓好三项工作：一是…: a heading sentence's commitment, then its parts)
    if _DETAILS_AFTER_RULE.search(lead):
        return []  # (严格控制会议数量和规模，…，具体要求如下：一是…: one commitment's details, as the writers' brief keys them)
    return items if (not lead or _LIST_LEAD.search(lead) and not _short_heading(lead) or _PROBLEM_LEAD.fullmatch(lead)
                     or _DO_LEAD.fullmatch(lead) or _BANS_LEAD.fullmatch(lead)
                     or _MEETING_LEAD.search(lead) and len(items) >= 2
                     or (_CONTEXT_LEAD.fullmatch(lead) or _NEXT_STEP_LEAD.search(lead) or _PURPOSE_LEAD.fullmatch(lead)
                         or _SENTENCES.fullmatch(lead) and not _short_heading(lead) and not _OWN_RULE.fullmatch(lead))
                     and len(items) >= 3) else []


# A lead to tasks of their own (重点规范以下行为：, 镇总工会重点做好以下几件实事：)
_TASKS_LEAD = re.compile(r"(?:抓好|做好|落实|推进|办好|规范|开展)以下[^。；;，,：:]{0,8}[:：]$")
# A lead to the pledges a body makes (高新区管委会向园区企业郑重承诺：①…；②…): each pledge is a commitment of its own
_PLEDGE_LEAD = re.compile(r"(?:郑重|公开|庄严)承诺(?:如下)?[:：]$")
# A lead to the requirements a section sets (提出如下要求：, 作出以下几点要求：)
_REQUIREMENTS_LEAD = re.compile(r"(?:提出|作出|明确)(?:如下|以下)(?:几点|几项)?要求[:：]$")
_INLINE_CIRCLED = re.compile(r"(?<=[：:；;。])[ \t\u3000\xa0]*(?P<m>[①-⑳])")
_INLINE_PAREN = re.compile(r"(?<=[：:；;。.])[ \t\u3000\xa0]*(?P<m>[（(](?P<n>[1-9]|1[0-9])[）)])")
_INLINE_ARABIC = re.compile(r"(?<=[：:；;。])[ \t\u3000\xa0]*(?P<m>(?P<n>[1-9１-９]|1[0-9])[\.．、])(?![0-9０-９])")


def _circled_run(text: str, s: int, e: int, pattern: re.Pattern = _INLINE_CIRCLED, scheme: str = "circled") -> list:
    """Markers of a ``①…；②…；③…`` run (or, with :data:`_INLINE_PAREN`, ``（1）…（2）…（3）…``, with
    :data:`_INLINE_ARABIC`, ``1．…2．…3．…``) inside the paragraph
    ``text[s:e]``, each after a colon or sentence end, running 1, 2, 3 …; ``[]`` unless three or more."""
    out = []
    for m in pattern.finditer(text, s, e):
        value = numbering.to_int(m.groupdict().get("n") or m.group("m"))  # (① has no group of its own for the number)
        if value != len(out) + 1:
            break
        out.append(numbering.Marker(m.start("m"), m.end("m"), scheme, numbering.SCHEMES[scheme][0], value, False))
    return out if len(out) >= 3 else []


# A lead-in of whole sentences (县委办公室…对本规定执行情况进行监督检查。一是…；二是…)
_SENTENCES = re.compile(r"(?:[^。；;！!]+[。；;！!])+")
# A single sentence laying down a rule of its own that the items then detail (接待单位应当如实填写接待清单，并由相关负责人
# 审签。一是接待清单包括…), as a heading sentence is: one commitment
_OWN_RULE = re.compile(r"[^。；;！!]{2,40}(?:应当|必须)[^。；;！!]{2,40}[。]")


# An item of a list filling a table cell: 1. 1． 1、 （1） ①, at the cell's start or after a sentence end or a space
_CELL_ITEM = re.compile(r"[（(](?P<p>[1-9])[）)]|(?P<a>[1-9])(?:[.．](?![0-9])|、)|(?P<c>[①-⑨])")  # (1.5小时 is no item)


def _item_marker(m: re.Match, offset: int) -> numbering.Marker:
    """A :data:`_CELL_ITEM` match (in a string starting at ``offset`` of the text) as a marker: ``（2）`` ``2.`` ``2、``
    ``②`` -> value 2."""
    value = int(m.group("p") or m.group("a") or ord(m.group("c")) - ord("①") + 1)
    scheme = "arabic_paren" if m.group("p") else "arabic" if m.group("a") else "circled"
    return numbering.Marker(offset + m.start(), offset + m.end(), scheme, numbering.SCHEMES[scheme][0], value, True)


def _cell_items(text: str, s: int, e: int, cells: list[str], header: list[str] = ()) -> list:
    """The items of the list that fills a cell of the table row ``text[s:e]`` (``1.出台…办法。 2.组织…``: the
    row's number names the problem, each item is a measure), as markers; ``[]`` unless a cell other than the
    row's number opens with item 1 (or with a topic before it, ``公务接待方面：（1）…``) and holds item 2. Under a
    ``header`` naming a column of measures (整改措施, 任务…) no cell before that column is read (a cell of ``①②``
    problems), nor after it when the row has the header's width. A cell that states its commitment before listing
    its parts (``大力精简会议…。一是…``) is one measure."""
    line = text[s:e]
    if "|" in line:
        return []  # a Markdown row's cells are not substrings of the line in order
    column = _measure_column(header)
    exact = len(header) == len(cells)  # (an empty last cell, 备注, may be missing from the row)
    where = list(range(len(cells)))  # each cell's column
    tabbed = line.strip(WS).split("\t")
    if len(tabbed) > 1 and [c.strip(WS) for c in tabbed if c.strip(WS)] == cells:
        # a row of tab-separated cells keeps its empty ones (a category merged over the rows below it): count them
        where = [k for k, c in enumerate(tabbed) if c.strip(WS)]
        exact = len(header) == len(tabbed)
    pos = 0
    for i, cell in zip(where, cells):
        at = line.find(cell, pos)
        pos = at + len(cell) if at >= 0 else pos
        first = _CELL_ITEM.search(cell)
        if (at < 0 or _ROW_NUMBER_CELL.fullmatch(cell) or not first
                or column is not None and (i < column or exact and i > column)):
            continue
        lead = cell[:first.start()].strip(WS)
        if lead and not (lead[-1] in ":：" and TOPIC_TITLE.fullmatch(lead[:-1])):
            continue
        items = _numbered_list(text, s + at + first.start(), s + at + len(cell))
        if len(items) >= 2:
            return items
    return []


# A paragraph's lead to the rules it will make, listed inline after it (重点建立完善以下制度：1.修订…；2.制定…)
_RULES_LEAD = re.compile(r"[ \t\u3000]*[^。；;：:\n]{0,20}以下[^。；;，,：:\n]{0,6}制度[:：][ \t\u3000]*")


def _rules_to_make(text: str, s: int, e: int) -> list:
    """The items of a list of rules to make or revise that the paragraph ``text[s:e]`` opens with its lead
    (:data:`_RULES_LEAD`), one rule each, as its writer keyed them; ``[]`` unless two or more."""
    lead = _RULES_LEAD.match(text, s, e)
    items = _numbered_list(text, lead.end(), e) if lead else []
    return items if len(items) >= 2 else []


def _numbered_list(text: str, start: int, end: int) -> list:
    """Markers of the list ``1.…2.…`` (or ``（1）…（2）…``, ``①…②…``) that ``text[start:end]`` opens with its item 1,
    each later item after a sentence end, a semicolon, a space or a line break (in a hard-wrapped copy)."""
    items = []
    for m in _CELL_ITEM.finditer(text, start, end):
        if m.start() > start and text[m.start() - 1] not in "。；; \u3000\xa0\n":
            continue
        mk = _item_marker(m, 0)
        if mk.value == len(items) + 1:
            items.append(mk)
    return items


_REMEDY_LABEL = re.compile(rf"(?:{_REMEDY_NAME}|具体(?:措施|举措|任务))[:：]")


# A field naming the problems of a topic block (整治内容：…, 主要表现：…, 存在问题：…), or a topic naming its problem
# with its symptoms on the title line (1．庸：主要表现为…)
_PROBLEM_FIELD = re.compile(r"(?:整治|整顿|治理|整改)(?:内容|重点)|(?:主要|具体)?表现|存在(?:的)?(?:主要)?问题|问题表现|^主要问题|"
                            r"(?:审计|巡察|巡视|检查|督查)发现")  # (审计发现：2014年度局本级公务接待费超预算…)
_FIELD_HEAD = re.compile(r"[^：:。；;，,]{1,8}[：:]")
_SYMPTOMS_INLINE = re.compile(r"[^：:。；;，,]{1,10}[：:]\s*(?:主要|具体)?表现(?:为|在)")


def _ends_sentence(text: str, b: int) -> bool:
    """Whether the line ending at ``b`` ends a sentence: a stop, or a damaged copy's half-width or full-width dot after a
    Chinese character (``（一）整治学习不深入问题.``; after a digit it is a number's, ``1．``)."""
    last = text[b - 1:b]
    return bool(SENTENCE_MARK.match(last)) or (last in ".．" and b >= 2 and not text[b - 2].isascii()
                                               and not text[b - 2].isdigit())


# A remedy label a lost break ran onto the problem field's line, after its last sentence (…经营.整改措施：①…)
_LABEL_RUN_ON = re.compile(r"(?:[。；;]|(?<=[\u4e00-\u9fff])[.．])[ \t\u3000\xa0]*(?P<label>(?:整改|整治)(?:措施|举措)[:：])")


def field_block(text: str, s: int, e: int) -> tuple[int, bool] | None:
    """Where the measures start in a numbered topic written as labelled fields, the item's own text ``text[s:e]``
    (from right after its number): ``（二）对…问题进行专项整治`` / ``整治内容：…`` / ``整治措施：一是…`` / ``牵头单位：…``,
    or ``1．庸：主要表现为…`` / ``整治措施：…``. Returns ``(start of the 整治措施： line, whether the title line itself
    names the problem)``, or None. The problem field must come first, on the title line or right under it; the
    measures are what the label leads to (see :func:`remedy_items`), as the writers of 2015–2019 专项整治 and 作风整顿
    plans keyed them. A title line naming a problem in so many words (``1．…落实不到位，…``) counts when the label follows
    it at once, or follows the line a hard wrap carried the statement's end onto."""
    seen, worded = False, 0
    for k, (a, b) in enumerate((a, b) for a, b in _lines(text, s, e) if text[a:b].strip(WS)):
        a, b = strip_range(text, a, b)
        if k and (seen or k == worded) and _REMEDY_LABEL.match(text, a, b):
            return a, title_problem or k == worded
        head = _FIELD_HEAD.match(text, a, b)
        problem = bool(head and _PROBLEM_FIELD.search(head.group()) or k == 0 and _SYMPTOMS_INLINE.match(text, a, b))
        if k == 0:
            title_problem = seen = problem
            # (a 巡视 feedback item: the problem stated in words, 1．…不够深入，…, then 整改措施：①… on the next line, or
            # on the line after, when a copy's hard wrap cut the statement: worded holds the line the label must be on)
            worded = 0 if problem or not PROBLEM_WORDS.search(text, a, b) else 1 if _ends_sentence(text, b) else 2
        if problem and k and (label := _LABEL_RUN_ON.search(text, a, b)):
            return label.start("label"), title_problem  # (存在问题：…出租给个体户经营.整改措施：①…: a lost break)
        if k == 1:
            if worded == 2 and (head or not _ends_sentence(text, b)):
                worded = 0  # (a field of its own, 整治内容：…, or a statement going on past its second line)
            seen = seen or problem
            if not seen and worded != 2:
                return None  # the item's own text goes on (3．严把发文关口，… / 责任领导：…): no topic block
    return None


def problem_pairs(text: str, s: int, e: int) -> int | None:
    """Start of the first line ``问题一：…`` in ``text[s:e]`` when a line ``整改措施：…`` follows it: a section's text
    pairing each problem with its measures (``问题一：…`` / ``整改措施：`` / ``健全学习制度。…``), else None."""
    first = None
    for a, b in _lines(text, s, e):
        a, b = strip_range(text, a, b)
        if first is None and _PROBLEM_PAIR.match(text, a, b):
            first = a
        elif first is not None and _REMEDY_LABEL.match(text, a, b):
            return first
    return None


_PROBLEM_PAIR = re.compile(r"问题[一二三四五六七八九十0-9０-９]{1,3}\s*[:：、.．]")


_CLAUSE_MARK = re.compile(r"[。；;，,]")


def _label_items(text: str, a: int, b: int, label: re.Match) -> list:
    """The ``一是…二是…`` (or ``①…②…``, or ``1.…2.…`` right after it) items of the line ``text[a:b]`` after its label
    ``整改措施：``, each a sentence of its own) (two are enough after a label)."""
    numbered = _numbered_list(text, strip_range(text, label.end(), b)[0], b)
    # (items of whole sentences, 1.…。2.…。: not the parts of one list sentence, 1．…；2．…；3．…, which its writer kept)
    sentences = len(numbered) >= 2 and all(text[m.start - 1] in "。\n" for m in numbered[1:])
    return _run_from(text, label.end(), b) or _inline_items(text, a, b) or (numbered if sentences else [])


def _run_from(text: str, at: int, b: int) -> list:
    """The markers of a ``一是…二是…`` or ``①…；②…`` run (two or more) that opens ``text[at:b]``, else ``[]``."""
    run = numbering.inline_run_from(text, at, b, 1)
    if len(run) >= 2:
        return run
    circled = []
    for m in re.finditer(r"[①-⑨]", text[at:b]):
        pos = at + m.start()
        if ord(m.group()) - ord("①") == len(circled) and (not circled or text[pos - 1] in "。；;"
                                                          or _ends_sentence(text, pos)):
            circled.append(numbering.Marker(pos, pos + 1, "circled", numbering.SCHEMES["circled"][0], len(circled) + 1,
                                            True))
    return circled if len(circled) >= 2 and not text[at:circled[0].start].strip(WS) else []


def run_measures(text: str, run: list, end: int, path: list[str], rows: list[dict], flattened: bool = False) -> None:
    """Append to ``rows`` one measure per item of ``run`` (markers in text order, the last one's text ending at
    ``end``), each item's text running to the next item's number, its trailing space stripped."""
    for k, m in enumerate(run):
        stop = run[k + 1].start if k + 1 < len(run) else end
        rows.append(measure_row(text, m.start, strip_range(text, m.start, stop)[1], m, path, flattened))


def remedy_items(text: str, s: int, e: int, path: list[str], codes, rows) -> None:
    """In ``text[s:e]`` (the next problem ``问题二：…`` cut from a measure's tail, or a topic block's fields), each
    paragraph ``整改措施：一是…；二是…；三是…`` is a heading and its items; each paragraph numbered ``（1）`` ``1.`` ``①``, or
    opening with a short heading sentence, after a line ``整改措施：`` of its own is a measure, and so is a paragraph of
    prose there; a paragraph ``整改措施：`` over prose is a measure (after the label); they are appended to ``rows``. A
    line naming who answers for the measure before it, or by when (``牵头单位：…``), belongs to that measure; a line
    reporting what was done (``整改情况：…``) is no measure."""
    after_label, last = False, None  # last: (start, marker) of the measure a duty line right after it belongs to
    following = None  # the number a paragraph carrying on a label's list 1.…。2.… would open with (3.…, its break kept)
    for a, b in _join_hard_wraps(text, _lines(text, s, e)):  # (a PDF copy's paragraphs, their hard wraps joined)
        a, b = strip_range(text, a, b)
        if a >= b:
            continue
        item = _CELL_ITEM.match(text, a, b) if following else None
        if item and _item_marker(item, 0).value == following:
            last = (a, _item_marker(item, 0))
            rows.append(measure_row(text, a, b, last[1], path, False))
            following += 1
            continue
        following = None
        if last and _DUTY_LINE.match(text, a, b):  # 牵头单位：县委办。 / 责任领导：… / 完成时限：…: the measure's note
            rows[-1] = measure_row(text, last[0], b, last[1], path, False)
            continue
        last = None
        if _PROBLEM_PAIR.match(text, a, b):  # 问题二：… opens the next pair: what follows until its label is a problem
            after_label = False
            continue
        label = _REMEDY_LABEL.match(text, a, b)
        if label and not text[label.end():b].strip(WS):
            paint(codes, (a, b), "heading")
            after_label = True
            continue
        if PROGRESS_LABEL.match(text, a, b):  # 整改情况：已约谈相关处室负责人5人…: what was done, no commitment
            paint(codes, (a, b), "other")
            after_label = False
            continue
        numbered = _CELL_ITEM.match(text, a, b) if after_label else None
        run = _run_from(text, a, b) if numbered else []
        if len(run) >= 2:  # ①…；②…；③… in one paragraph under a line 整改措施：: one measure each
            run_measures(text, run, b, path, rows)
            last = (run[-1].start, run[-1])
            continue
        if numbered or after_label and _short_heading(text[a:b]):  # （1）规范公务接待。… under a line 整改措施：
            last = (a, _item_marker(numbered, 0) if numbered else None)
            rows.append(measure_row(text, a, b, last[1], path, False))
            continue
        run = _inline_items(text, a, b) if after_label and not label else []
        if run and not _CLAUSE_MARK.search(text, a, run[0].start):
            # 整改措施： / 重点抓好以下工作：一是…；二是…；三是…: a bare lead's run, one measure per item (not a commitment's
            # parts after it: …进行1次自查，自查重点是三项内容：一是…)
            run_measures(text, run, b, path, rows)
            paint(codes, (a, run[0].start), "heading")
            last = (run[-1].start, run[-1])
            continue
        if after_label and not label and not _FIELD_HEAD.match(text, a, b):
            # 整改措施： / 严格执行会议费、培训费管理办法，…: prose under the label is a measure (not a field: 责任股室：…)
            last = (a, None)
            rows.append(measure_row(text, a, b, None, path, False))
            continue
        after_label = False
        items = _label_items(text, a, b, label) if label else []
        if label and not items:  # 整治措施：以“两学一做”学习教育为载体，…: one measure, after its label
            start = strip_range(text, label.end(), b)[0]
            paint(codes, (a, start), "heading")
            first = _CELL_ITEM.match(text, start, b)
            first = _item_marker(first, 0) if first else None
            last = (start, first if first and first.value == 1 else None)
            rows.append(measure_row(text, start, b, last[1], path, False))
            # (a first item run onto the label, 整改措施:①全面清理…, its ② and ③ opening the lines below: they carry it on)
            following = 2 if last[1] is not None else None
            continue
        if not items:
            continue
        paint(codes, (a, items[0].start), "heading")
        run_measures(text, items, b, path, rows)
        last = (items[-1].start, items[-1])
        following = items[-1].value + 1 if items[-1].scheme == "arabic" else None

# A line reporting what was done about a problem, beside what will be done (整改情况：…, 整改进展：…, 完成情况：…)
PROGRESS_LABEL = re.compile(r"[ \t\u3000\xa0]*(?:整改|落实|完成)(?:情况|进展|进度)[:：]")
# A line naming who answers for a measure or by when (牵头单位：…, 责任领导：…, 完成时限：…)
_DUTY_LINE = re.compile(r"(?:牵头|责任|配合|协办|主办)(?:单位|领导|部门|科室|股室|处室|人)[：:]|(?:完成|整改)时限[：:]")


def _header_above(text: str, lo: int, reach: int = 3000) -> list[str]:
    """The cells of the nearest table header row (``序号  问题  整改措施 …``) in the ``reach`` characters before ``lo``,
    else ``[]``: a ledger's category rows (``一、形式主义方面``) split its rows into sections read one by one."""
    for a, b in reversed(list(_lines(text, max(0, lo - reach), lo))):
        cells = _table_cells(text[a:b])
        if _header_row(cells):
            return cells
    return []


def _header_row(cells: list[str]) -> bool:
    """Whether a table row's ``cells`` are its header (``序号`` or ``编号`` first or second, or a problem column then a
    column of measures: ``问题 措施 责任人 时限``)."""
    return bool(cells) and (any(c in TABLE_HEADER_CELLS for c in cells[:2]) or _problem_measure_header(cells))


_PROBLEM_HEADS = {"问题", "存在问题", "主要问题", "突出问题", "问题表现", "查摆问题", "存在的问题"}


def _problem_measure_header(cells: list[str]) -> bool:
    """Whether ``cells`` head a table without numbers pairing each problem with its measures (问题 措施 责任人 时限)."""
    return len(cells) >= 3 and cells[0] in _PROBLEM_HEADS and bool(_MEASURE_COLUMN.search(cells[1]))


def _next_paragraph(text: str, lines: list, i: int) -> str:
    """The first non-blank line after ``lines[i]``, stripped, or ``""``."""
    for j in range(i + 1, len(lines)):  # (called only for a paragraph that may continue a measure)
        a, b, _ = lines[j]
        if text[a:b].strip(WS):
            return text[a:b].strip(WS)
    return ""


# A line naming who answers for the measure above and by when (（责任领导：镇长；完成时限：2014年6月底前）)
DUTY_LINE = re.compile(r"[（(]?(?:责任|牵头|配合|完成|时间|时限)[^：:，,。]{0,6}[：:][^。]{0,80}[）)]?[。]?")


# A paragraph that speaks of the one before it (遇有特殊情况确需超出上述标准的，…; 前款所称…): its exception or detail
_REFERS_BACK = re.compile(r"(?:遇有|如遇|确因|确需|特殊情况)|[^。；;]{0,24}(?:上述|前款|前述)")


def _continues(text: str, last: dict, s: int, line: str, nxt: str, prose: bool) -> bool:
    """Whether the paragraph ``line`` at ``s`` belongs to the measure ``last`` that ends right before it (only
    blank space between): a duty line always; with ``prose`` (a plan without numbers, whose measures are
    paragraphs opening with heading sentences), one paragraph that does not open one, when what follows it
    (``nxt``) is the next measure, a duty line or a heading, and unless it closes the plan (the units told to
    follow it, an order to report, the issuer's resolve, a reporter's own text) or leads in to something else."""
    if text[last["char_end"]:s].strip(WS):
        return False
    core = line.strip(WS)
    if DUTY_LINE.fullmatch(core):
        return True
    if not prose or "\n" in text[last["char_start"]:last["char_end"]].strip(WS):
        return False  # (a measure takes one such paragraph)
    if not (_short_heading(nxt) or BULLET.match(nxt) or DUTY_LINE.fullmatch(nxt) or HEADING_LINE.match(nxt)):
        return False  # more prose follows: commentary or closing, not the measure's second paragraph
    from .measure_ends import CLOSING_START, NEWS_AFTER, REPORT_BY_DATE, RESOLVE_START  # (measure_ends imports this module)
    return not (LEAD_IN.search(core) or PURPOSE_CLAUSE.match(core) or HEADING_LINE.match(core)
                or any(p.match(core) for p in (CLOSING_START, NEWS_AFTER, REPORT_BY_DATE, RESOLVE_START)))


def _closing_line(line: str) -> bool:
    """Whether ``line`` is blank or part of the document's close (a closing clause, a date, a signature, a contact
    line)."""
    core = line.strip(WS)
    return not core or bool(CLOSING_CLAUSE.search(line) or DATE_LINE.match(line) or SIGNATURE_LINE.match(line)
                            or _CONTACT.match(core))


def _resolve(line: str) -> bool:
    """Whether the paragraph ``line`` states the issuer's resolve or exhorts, no task (:data:`RESOLVE_START`)."""
    from .measure_ends import RESOLVE_START  # (measure_ends imports this module)
    return bool(RESOLVE_START.match(line))


def _report_order(line: str) -> bool:
    """Whether the paragraph ``line`` orders the units to report by a date (:data:`REPORT_BY_DATE`)."""
    from .measure_ends import REPORT_BY_DATE  # (measure_ends imports this module)
    return bool(REPORT_BY_DATE.match(line.strip(WS)))


# A header cell naming the column of the commitments (整改措施, 工作任务, 整改事项, 主要内容, and a research plan's 调研课题)
# (a catalogue of services, 代理事项 / 审批事项 / 服务事项 with their time limits, names no measures)
# (nor a plan of the inspections it keeps, 事项名称 / 牵头股室 / 实施时间: names of events, not tasks)
_MEASURE_COLUMN = re.compile(r"措施|任务|(?<!代理|服务|审批|许可|办理|政务|便民)事项(?!名称)|内容|举措|调研课题|重点项目")


def measures_table(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a table of measures (an attached 整改台账 or 任务清单): a header row
    (``序号`` first) with a column of measures and two or more numbered rows. A form (``序号 姓名 职务
    车牌号``) names no such column."""
    lines = [(a, b) for a, b in _lines(text, s, e) if text[a:b].strip(WS)]
    if wrapped_table(text, lines) is not None:
        return True  # a PDF copy's table laid out as text, its rows wrapped over lines
    if (flat := flattened_table(text, lines)) is not None and _TASK_COLUMN.search(text[slice(*flat[0])]):
        return True  # … or flattened to one cell per line (序号 / 整改事项 / 责任处室 / … / 1 / its cells / 2 / …)
    rows = [_table_cells(text[a:b]) for a, b in _lines(text, s, e)]
    header = next((c for c in rows if _header_row(c)), None)
    # (rows without numbers under a 问题 措施 … header: as many cells as it has)
    numbered = sum(1 for c in rows if c and (row_number(c) or header and _problem_measure_header(header)
                                             and len(c) == len(header) and c is not header))
    return (header is not None and (any(_MEASURE_COLUMN.search(c) for c in header) or _rule_plan(header))
            and numbered >= 2)


# A header cell naming what will be done about each problem (整改措施, 整治举措, 整改任务)
_REMEDY_COLUMN = re.compile(r"措施|举措|任务")


def remedies_table(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a table of measures (:func:`measures_table`) whose header pairs a problem column
    with a column of remedies (``序号 问题表现 整改措施 责任领导 …``): a 问题清单 of this layout lists what will be done
    about each problem, unlike one that lists the problems alone (``序号 内容 责任领导``)."""
    header = next((c for c in (_table_cells(text[a:b]) for a, b in _lines(text, s, e)) if _header_row(c)), None)
    return (header is not None and any("问题" in c for c in header) and any(_REMEDY_COLUMN.search(c) for c in header)
            and measures_table(text, s, e))


# A 制度建设计划's table: rules to make, revise or abolish, each by a date (序号 制度名称 类别 牵头处室 完成时限)
_RULE_COLUMN = re.compile(r"(?:拟(?:制定|新建|修订)的?)?制度(?:名称)?")
_RULE_PLAN_COLUMN = re.compile(r"类别|类型|新建|修订|废止|时限|完成时间")


def _rule_plan(header: list[str]) -> bool:
    """Whether a table's ``header`` cells name the rules to be made and when or how (a plan's rows of work)."""
    return any(_RULE_COLUMN.fullmatch(c) for c in header) and any(_RULE_PLAN_COLUMN.search(c) for c in header)


# A sentence sending the reader to an attached ledger for the measures: 列入整改台账（见附件）, 详见附件1 整改任务清单
LEDGER_POINTER = re.compile(r"(?:台账|清单|分解表|任务表|措施表|一览表)[^。；;]{0,8}[（(]?(?:详)?见附件|"
                            r"(?:详)?见附件[0-9０-９一二三]?[^。；;]{0,12}(?:台账|清单|分解表|任务表|措施表|一览表)|"
                            # (…研究确定了12项整改措施，明确责任股室和完成时限（具体见附件2）)
                            r"[0-9０-９一二三四五六七八九十]+项(?:专项)?(?:整改|整治)?(?:措施|任务)[^。；;]{0,30}[（(]?(?:具体|详)?见附件|"
                            # (…重点推进7件民生实事，具体项目、责任人和完成时限见附表)
                            r"[0-9０-９一二三四五六七八九十]+[件项][^。；;]{0,30}?[（(]?(?:具体|详)?见附表")
# … or, as a section's one sentence under its title, to the attachment for its tasks (四、集中开展专项整治 / …具体任务、
# 责任领导、责任股室和完成时限见附件。; inside a measure the table may still list tasks of their own)
TASKS_POINTER = re.compile(r"(?:具体(?:整改|整治|工作)?(?:任务|项目|措施)|任务的具体内容)[^。；;]{0,30}?见附[件表]|"
                           # (…确定了一批需要制定修订的制度，明确牵头部门和完成时限，具体见附件《…制度建设任务表》。)
                           r"见附[件表][0-9０-９]?《[^》。；;]{0,30}(?:台账|清单|分解表|任务表|措施表|一览表)》|"
                           # (or the list named first: …形成《…整改任务清单》（见附表），明确责任领导、责任科室和完成时限…)
                           r"《[^》。；;]{0,40}(?:台账|清单|分解表|任务表|措施表|一览表)》[（(]见附[件表][0-9０-９]?[）)]|"
                           # (or a list of tasks among the lists it names: …建立问题清单、任务清单、责任清单（见附件）)
                           r"任务清单[^。；;（(]{0,12}[（(](?:具体|详)?见附[件表]")
# A section title announcing the plan's tasks or measures (三、整改任务, 主要措施, 具体整改事项, 四、整治任务)
TASKS_TITLE = re.compile(r"(?:专项)?(?:整改|整治|主要|重点|具体|工作)?(?:整改|整治)?(?:任务|措施|事项|举措)(?:和|及|与)?"
                         r"(?:措施|时限|分工)?")
# The line heading an attachment: 附件 / 附件1 (or 附表) alone, or with its title (附件：整改台账)
# (a title may name a year, 附件：兴隆镇2016年…任务分解表; a list of attachments opens with a number, 附件：1.…)
# (or after its number and a space, 附件2　…整改清单)
_ATTACHMENT_TITLED = re.compile(r"附[件表](?:\s*[0-9０-９一二三]{0,2}\s*[:：]\s*|\s*[0-9０-９一二三]{0,2}[ \u3000]+)"
                                r"(?P<title>(?![0-9０-９]{1,2}[.．、\s])[^。；;]{2,40})|附[件表]\s*[0-9０-９一二三]{0,2}\s*[:：]?")


def attached_ledger(text: str, s: int) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int]] | None:
    """The first attachment after ``s`` (where the plan ends; of the first three) that is a table of measures (an attached
    整改台账, see :func:`measures_table`): the spans of its ``附件`` line, of its title line (None when the
    ``附件`` line names it or the table follows at once) and of its table (to the next ``附件`` line or the end
    of ``text``); or None."""
    return next(iter(attached_ledgers(text, s)), None)


def attached_ledgers(text: str, s: int) -> list[tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int]]]:
    """Every attachment after ``s`` among the first three that is a table of measures, as :func:`attached_ledger` gives
    the first (a 检视问题整改清单 restating the text, then a 立行立改事项清单 of tasks of its own)."""
    rows = [strip_range(text, a, b) for a, b in _lines(text, s, len(text)) if text[a:b].strip(WS)]
    heads = [i for i, (a, b) in enumerate(rows) if _ATTACHMENT_TITLED.fullmatch(text, a, b)]
    # (those that hold a table: a notice's own list line 附件：…分解表 before its signature holds none, and two lists of
    # certificates may come before the task table, 附件1 and 附件2 before 附件3)
    out = []
    for k, i in enumerate(heads[:3]):
        end = rows[heads[k + 1]][0] if k + 1 < len(heads) else len(text)
        titled = bool(_ATTACHMENT_TITLED.fullmatch(text, *rows[i])["title"])
        title = None if titled or i + 1 >= len(rows) or _header_row(_table_cells(text[slice(*rows[i + 1])])) else rows[i + 1]
        start = (title or rows[i])[1]
        if start < end and measures_table(text, start, end):
            out.append((rows[i], title, strip_range(text, start, end)))
    return out


# The title of an attached set of rules the issuer lays down (…作风纪律“八条禁令”, …负面清单, …廉洁自律若干规定, …十不准):
# its items are commitments, as four writers keyed them; not a 任务分解表 restating the plan, a form, a 承诺书 or a 回执
# (or a list of the rules it will make: …专项整治建章立制清单, 制度建设清单)
_RULE_SET_TITLE = re.compile(r"(?:禁令|不准|严禁|做到|负面清单|正面清单|规定|办法|细则|守则|准则|公约|措施|建章立制清单|"
                             r"制度(?:建设)?清单)[”\"》]?"
                             r"(?:[（(][^（）()]{1,16}[）)])?$")  # (…负面清单（“八个严禁”）: the set's name after it)
_NOT_RULE_SET = re.compile(r"分解|分工|台账|任务表|登记|回执|承诺书|名单|统计|一览表|申请|审批表|说明|汇总")


def attached_rule_sets(text: str, s: int) -> list[tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int]]]:
    """The attachments after ``s`` (where the plan ends) that are sets of rules (:data:`_RULE_SET_TITLE`): for each,
    the spans of its ``附件`` line, of its title line (None when the ``附件`` line names it) and of its text (to the
    next ``附件`` line or the end of ``text``)."""
    rows = [strip_range(text, a, b) for a, b in _lines(text, s, len(text)) if text[a:b].strip(WS)]
    heads = [i for i, (a, b) in enumerate(rows) if _ATTACHMENT_TITLED.fullmatch(text, a, b)]
    out = []
    for k, i in enumerate(heads):
        last = heads[k + 1] if k + 1 < len(heads) else len(rows)
        while last - 1 > i and is_closing(text[slice(*rows[last - 1])]):
            last -= 1  # (the issuing office's 抄送 and 印发 lines after the last attachment: not its text)
        end = rows[last][0] if last < len(rows) else len(text)
        named = _ATTACHMENT_TITLED.fullmatch(text, *rows[i])["title"]
        title = None if named or i + 1 >= len(rows) else rows[i + 1]
        name = (named or (text[slice(*title)] if title else "")).strip(WS)
        start = (title or rows[i])[1]
        if start < end and _RULE_SET_TITLE.search(name) and not _NOT_RULE_SET.search(name):
            out.append((rows[i], title, strip_range(text, start, end)))
    return out


# A task row of a 任务分解表 (``2\t清理规范公务用车和办公用房``): its number and a title, no sentence
_TASK_ROW = re.compile(r"(?P<n>[0-9]{1,3})[、.．]?\t+(?P<title>[^\t。；;！？!?]{2,40})")


# A paragraph labelled as the problems found (存在问题：厅机关发文…), beside one labelled 整改措施：
_PROBLEM_LABEL = re.compile(r"[ \t\u3000\xa0]*(?:存在的?(?:主要|突出)?问题|主要问题|突出问题|问题表现|主要表现|具体表现)[:：]")


def _problem_paragraph(line: str) -> bool:
    colon = min((i for i in (line.find("："), line.find(":")) if i >= 0), default=-1)
    # (not ``针对会议多、文件多的问题：一是…``: a lead naming the problems the items then answer; nor
    # ``围绕会议多、文件多的问题，重点抓好以下工作：一是…``, a lead to tasks)
    return (colon > 0 and bool(PROBLEM_LEAD_LINE.search(line[:colon + 1])) and not _PROBLEM_LEAD.match(line)
            and not _TASKS_LEAD.search(line[:colon + 1])
            and bool(_INLINE_LIST_START.match(line, colon + 1))) or bool(_PROBLEM_LABEL.match(line)) or _field_problems(line)


# A paragraph naming a field and then what went wrong in it (在形式主义方面，文山会海问题依然存在，…；检查考核多，…): the
# problem words of :data:`analysis.problems.PROBLEM_WORDS` twice or more and none of a commitment's words
_FIELD_NAMED = re.compile(r"[ \t\u3000\xa0]*在?[^，,。；;：:]{2,12}方面[，,：:]")
_COMMITS = re.compile(r"要|一律|严禁|不得|不准|必须|坚决|确保|实行|推行|建立|严格|坚持")


def _field_problems(line: str) -> bool:
    return bool(_FIELD_NAMED.match(line)) and len(PROBLEM_WORDS.findall(line)) >= 2 and not _COMMITS.search(line)


# A bullet opening a paragraph (◆ 严格控制会议数量…): in a plan without numbers, the bulleted paragraphs are its list
BULLET = re.compile(r"[ \t\u3000\xa0]*[◆◇●■□▲△★☆➢➤►▶•√※❖◉](?![\u4e00-\u9fff]{0,12}[：:]?$)")


def _section_kind(heading: str) -> str | None:
    """``"preamble"`` under a guiding-thought or goals heading, ``"problem"`` under a problems heading, else None."""
    bare = heading.strip(WS + "【】[]")
    if GUIDING_TITLE.search(bare):
        return "preamble"
    if PROBLEM_TITLE.search(bare) and not REMEDY_WORDS.search(bare):
        return "problem"
    return None


# An entry of a month-by-month timetable (2月：节后上班纪律检查。, 1月份：…, 第一季度（1—3月）：…, a table row 1月\t研究制定…)
# or its table's header (月份\t工作内容\t责任单位): it times work the plan commits to elsewhere, as six writers of two
# rounds left such entries unkeyed
_MONTH = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:[上中下]旬)?"
_SCHEDULE_LINE = re.compile(rf"{_MONTH}(?:[至—\-－~～]{_MONTH})?(?:[ \u3000]*[：:\t]|[ \u3000]+)|第[一二三四]季度(?:[（(][^）)]{{1,12}}[）)])?[：:]|"
                            r"(?:月份|月度|时间)[ \t\u3000]+(?:主要)?工作(?:内容|任务|安排)")


# A line laid out as a table row: three or more cells split by tabs or wide spaces.
_CELL_SPLIT = re.compile(r"\t+|[ \u3000\xa0]{2,}")
# A table's header typed with spaces whose 序号 stands one space from the next cell (序号　制度名称及主要内容　　责任领导…):
# its cells split wrong, but it is the header all the same (so is one whose short cells all stand one space apart:
# 序号　实事项目　责任领导　责任单位　完成时限)
SPACED_HEADER = re.compile(r"(?:序号|编号)(?:[ \u3000\xa0][^。；;，,：:\d]{2,}[ \u3000\xa0]{2,}[^。；;，,：:\d]+|"
                           r"(?:[ \u3000\xa0][^\s。；;，,：:\d]{2,8}){3,})")


_PIPE_ROW = re.compile(r"\|.*\|")  # a Markdown table row: | 1 | 会议多 | 精简会议… | 局办公室 |


# A cell holding a figure: a number with its unit and bound (``20``, ``150件以内``, ``30%``), not a date
_FIGURE_CELL = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|[件个项种人次名辆台套间平方米㎡元万期份场批类家处条天]{1,3})?"
                          r"(?:以内|以下|以上|左右)?")


def figure_table(text: str, spans: list[tuple[int, int]], min_rows: int = 2) -> set[int]:
    """Indices into ``spans`` (lines) of tables of figures typed into the text with tabs or wide spaces: a run
    of lines of two or more cells and no sentence end, header included, in which at least ``min_rows`` rows
    end with a figure or hold two (``县级正职　　　20``, ``全区性会议　　72个　　65个以内　　区委办``). Such a
    table (office-area standards, reduction targets) states figures the measures refer to; its rows are not
    measures, unlike the rows of a 整改清单."""
    found, run, rows = set(), [], 0
    for i, (s, e) in enumerate([*spans, (0, 0)]):
        line = text[s:e].strip(WS)
        cells = [c for c in _CELL_SPLIT.split(line) if c] if line and not SENTENCE_MARK.search(line) else []
        if len(cells) >= 2 and max(map(len, cells)) <= 30:
            run.append(i)
            rows += bool(_FIGURE_CELL.fullmatch(cells[-1]) or sum(map(bool, map(_FIGURE_CELL.fullmatch, cells[1:]))) >= 2)
            continue
        if rows >= min_rows:
            found.update(run)
        run, rows = [], 0
    return found


def _table_cells(line: str) -> list[str]:
    """The cells of a table-row line (``1\t规范公务接待\t县接待办\t2014年3月底前``, a Markdown row
    ``| 1 | 规范公务接待 | 县接待办 |``, or a box-drawn row whose cells wrap over several lines, joined column by
    column), else ``[]``: three or more cells with a row number (:func:`row_number`) or no sentence end (a
    paragraph with wide gaps is not a row); or two cells, a row number with a short name and the measure
    (``1 改进调查研究\t集团领导班子成员每年…。``)."""
    core = line.strip(WS)
    if core.count("|") >= 2:  # | 1 | 会议多 | 精简会议… |, or the same without the outer bars
        rows = [_pipe_cells(x.strip(WS)) for x in core.split("\n")]
        if len({len(r) for r in rows}) != 1:
            return []
        cells = ["".join(col).strip(WS) for col in zip(*rows)]  # a box-drawn row wrapped over several lines
        return cells if len(cells) >= 3 and cells[0] and sum(map(bool, cells)) >= 3 else []
    cells = [c for c in _CELL_SPLIT.split(core) if c]
    if cells and (first := _NUMBER_HEAD.fullmatch(cells[0])):
        # 序号　整改任务　　　…: a header typed with one space after 序号 (see SPACED_HEADER), its next cell the tasks (not
        # 序号　栏目类别　　主要内容, the columns of a form laid out in an attachment)
        cells[:1] = list(first.groups())
    if all(_FIELD.match(c) for c in cells):
        return []  # 填报单位：…　审核：…　填报日期：… — a form's fields, not a row of the table
    if len(cells) == 2:
        return cells if _LEADING_NUMBER.match(cells[0]) and SENTENCE_MARK.search(cells[1]) else []
    if len(cells) < 3:
        return []
    return cells if row_number(cells) or not SENTENCE_MARK.search(line) else []


_FIELD = re.compile(r"[^：:]{1,8}[：:]")
_NUMBER_HEAD = re.compile(r"(序号|编号)[ \u3000\xa0]+(\S*(?:措施|任务|举措))")
_LEADING_NUMBER = re.compile(r"(\d{1,3})(?:\s|$)")


_ROW_NUMBER_CELL = re.compile(r"[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})*[、.．,，]?")  # 3, ３, 3、, 3., a sub-task's 1.2


def row_number(cells: list[str]) -> str:
    """A table row's number (its 序号): the first or second cell when it is a number, with or without its mark
    or as a sub-task's ``1.2`` (a category cell may come first), or the number opening the first cell
    (``1 改进调查研究``); ``""`` when it has none."""
    for c in cells[:2]:
        if _ROW_NUMBER_CELL.fullmatch(c):
            return c
    m = _LEADING_NUMBER.match(cells[0]) if cells else None
    return m.group(1) if m else ""


def _pipe_cells(row: str) -> list[str]:
    return [c.strip(WS) for c in (row[1:-1] if _PIPE_ROW.fullmatch(row) else row).split("|")]


# A header cell of a table a PDF copy flattened to one cell per line (问题表现, 责任领导, 完成时限)
_FLAT_HEADER_CELL = re.compile(r"[\u4e00-\u9fff（）()/、]{2,8}")


_DEADLINE_HEADER = re.compile(r"时限|时间|期限")  # 完成时限, 完成时间: the last cell of a flattened row is its deadline


def flattened_table(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A table that a copy out of a PDF flattened to one cell per line, its cells wrapped over lines of their own
    (``序号`` / ``问题表现`` / ``整改措施`` / … / ``1`` / its cells / ``2`` / …), among ``lines`` (non-blank, no
    furniture): ``(header, rows)``, the header lines' span and one span per row, from its number's line to its last line
    ending a sentence (the measure's cell; the short cells after it name who and when) before the next number's; or None.
    The header is ``序号`` and two or more short cells, each on its line; the rows' numbers run 1, 2, 3 … alone on theirs."""
    bare = [text[a:b].strip(WS) for a, b in lines]
    number = [numbering.to_int(x) if x.isdecimal() else None for x in bare]  # a row's 序号 alone on its line (１ too)
    for i, line in enumerate(bare):
        if line != "序号":
            continue
        j = i + 1
        while j < len(bare) and _FLAT_HEADER_CELL.fullmatch(bare[j]):
            j += 1
        if j - i < 3 or j >= len(bare) or number[j] != 1:
            continue
        starts, n = [j], 2
        for k in range(j + 1, len(bare)):
            if number[k] == n:
                starts.append(k)
                n += 1
        if len(starts) < 2:
            continue
        # (the last row ends before the distribution list or the next attachment: 抄送：厅党组成员…)
        stop = next((k for k in range(starts[-1] + 1, len(bare)) if _table_stop(bare[k])), len(bare))
        ends = [k - 1 for k in starts[1:]] + [stop - 1]
        # (a row ends with its measure's last sentence: the short cells after it, 责任领导 陈立新 / 完成时限 2019年12 /
        # 月底前, name who and when and are left out, as a tab-separated row's would be read into its fields)
        # (without a sentence's end, the cells after the column of tasks are the row's last lines: its deadline, which a
        # wrap may have cut, and one line per unit cell before it, 县委组织部 / 县考核办 / 2019年11月底)
        cells = bare[i + 1:j]
        task = next((c for c, cell in enumerate(cells) if _MEASURE_COLUMN.search(cell)), None)
        units = len(cells) - task - 2 if task is not None and _DEADLINE_HEADER.search(cells[-1]) else 0
        ends = [next((k for k in range(b, a, -1) if bare[k][-1:] in "。；;.!！"),
                     max(a + 1, _without_trailing_cells(bare, a, b) - max(units, 0)) if b > a else b)
                for a, b in zip(starts, ends)]
        return (lines[i][0], lines[j - 1][1]), [(lines[a][0], lines[b][1]) for a, b in zip(starts, ends)]
    return None


# A table's header a copy out of a PDF left on one line, its cells set off by spaces, one or more (序号  整改任务  责任单位
# 完成时限, 序号 整改任务 牵头单位 责任单位 完成时限; not tabs, which set off the cells of a table the loaders wrote)
_LINE_HEADER = re.compile(r"(?:序号|编号)(?:[ \u3000\xa0]+[^\s。；;，,：:\d]{2,12}){2,}")
_SPLIT_HEADER = re.compile(r"序[ \u3000\xa0]+[^\s。；;，,：:\d]{2,12}")  # 序  整改事项 …, its 号 on the line below
# A row's number opening its first line, alone or before its first cell (1     对全镇18个村…, 1 规范坐班值班：…, 1)
_ROW_START = re.compile(r"(?P<n>[0-9０-９]{1,3})[、.．]?(?:[ \t\u3000\xa0]+(?=\S)|$)")
# A category row between a table's rows (一、工作作风方面（4项）, （一）形式主义方面（5项）)
_CATEGORY_ROW = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;\s]{2,30}")
# A rule a plain-text table draws between its header and its rows or between its parts (-----, =====)
_RULE_LINE = re.compile(r"[-=_—─━═]{5,}")
# A header cell naming the column of tasks (整改措施, 整改任务, 整治内容, a list of rules to make: 制度名称; not a form's
# 主要内容 under 栏目类别)
_TASK_COLUMN = re.compile(r"措施|任务|举措|(?:整改|整治|工作|具体)(?:内容|事项)|制度名称")
# A deadline alone in its cell (2022年5月底前, 9月30日前, 长期坚持), or its end a wrap carried onto a line of its own (底前)
# (or a wrap cut it inside its day: 2021年9月3 / 0日前)
_DEADLINE_CELL = re.compile(r"(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日?)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|起)?|"
                            r"(?:底|末|上旬|中旬|下旬)?前|[底末]|长期坚持|持续推进|立行立改|每(?:月|季度|半年|年)|"
                            r"[0-9０-９]{1,2}日(?:前|以前|起)?")


def _without_trailing_cells(bare: list[str], a: int, b: int) -> int:
    """The last of the lines ``bare[a:b + 1]`` (a table row's, one cell or a wrapped piece per line) before the cells
    alone on their lines at its end that name who and when (镇纪委 / 2022年5月底前, 财务审计处 / 2014年10月 / 底前)."""
    while b > a and (_DEADLINE_CELL.fullmatch(bare[b]) or DATE_LINE.match(bare[b]) or SIGNATURE_LINE.match(bare[b])):
        b -= 1
    return b


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")  # four Chinese characters in a row: a cell's text, not a number or a date


def wrapped_table(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[int, int], list[tuple[int, int, str]],
                                                                     list[tuple[int, int]], int] | None:
    """A table of measures that a copy out of a PDF laid out as text, among ``lines`` (non-blank, no furniture): its
    header on one line (:data:`_LINE_HEADER`, with a column of measures), then rows each opening a line with their
    number, 1, 2, 3 …, their cells wrapped over the lines after it, in columns or one cell per line, and category rows
    (``一、工作作风方面（4项）``) between them (or each number on its row's middle line: :func:`_centred_rows`).
    Returns ``(header, rows, categories, end)``: the header line's span, one ``(start, end, number)`` per row, from its
    number's line to the line before the next row's (its unit and deadline cells alone on their lines left out), the
    category lines' spans, and where the table's last line ends; or None. The last row takes no more lines than the
    longest row before it, but for its deadline, and never a closing line or an attachment's (抄送：…, 附件2)."""
    bare = [text[a:b].strip(WS) for a, b in lines]
    for i, line in enumerate(bare):
        # (a header whose cells a narrow column wrapped over two lines: 序  整改事项  责任  责任  完成 / 号        领导  单位  时限)
        split = i + 1 < len(bare) and _SPLIT_HEADER.match(line) and bare[i + 1].startswith("号")
        if split:
            line = "序号" + line[1:] + " " + bare[i + 1][1:]
        if not _LINE_HEADER.fullmatch(line) or not _TASK_COLUMN.search(line):
            continue
        found = _top_rows(bare, i + 1 + bool(split)) or _centred_rows(text, lines, bare, i + 1 + bool(split))
        if found is None:
            continue
        spans, categories = found
        rows = [(lines[a][0], lines[_without_trailing_cells(bare, a, b)][1], _ROW_START.match(bare[k])["n"])
                for a, b, k in spans]
        end = lines[spans[-1][1]][1]  # (the last row's cells left out of its measure are still the table's)
        if not all(_HAN_RUN.search(text, a, b) for a, b, _ in rows):
            continue  # 1 / 2 / 3 under the header of a blank form (…整改台账（样表）): no rows of measures
        if 2 * sum(bool(CHECK_POINT.match(bare[k], _ROW_START.match(bare[k]).end())) for _, _, k in spans) >= len(rows):
            continue  # 1　　是否存在…问题: a self-check form's points, no tasks
        return (lines[i][0], lines[i + bool(split)][1]), rows, [lines[c] for c in categories], end
    return None


def _top_rows(bare: list[str], k: int) -> tuple[list[tuple[int, int, int]], list[int]] | None:
    """The rows of a wrapped table whose body starts at ``bare[k]`` and whose rows each open a line with their number
    (their cells top-aligned): ``([(first, last, number_line), …], category_lines)``, indices into ``bare``, or None
    for fewer than two rows. A row runs to the line before the next row or category; the last takes no more lines
    than the longest row before it."""
    starts, categories, rules = [], [], []
    while k < len(bare):
        row = _ROW_START.match(bare[k])
        if row and numbering.to_int(row["n"]) == len(starts) + 1:
            starts.append(k)
        elif (_CATEGORY_ROW.fullmatch(bare[k]) and k + 1 < len(bare)
              and (nxt := _ROW_START.match(bare[k + 1])) and numbering.to_int(nxt["n"]) == len(starts) + 1):
            categories.append(k)
        elif _RULE_LINE.fullmatch(bare[k]):
            rules.append(k)
        elif not starts or _table_stop(bare[k]):
            break
        k += 1
    if len(starts) < 2:
        return None
    ends = [min([b, *(c for c in categories + rules if a < c < b)]) - 1 for a, b in zip(starts, starts[1:] + [k])]
    ends[-1] = min(ends[-1], starts[-1] + max(b - a for a, b in zip(starts[:-1], ends[:-1])))
    while ends[-1] + 1 < k and _DEADLINE_CELL.fullmatch(bare[ends[-1] + 1]):
        ends[-1] += 1  # (its deadline, wrapped below the longest row's length: 2021年9月起 / 长期坚持)
    return [(a, b, a) for a, b in zip(starts, ends)], categories


_CONTINUED = re.compile(r"续表[0-9０-９]*")  # the line over a table's header repeated on the next page


def _centred_rows(text: str, lines: list[tuple[int, int]], bare: list[str],
                  k: int) -> tuple[list[tuple[int, int, int]], list[int]] | None:
    """The rows of a wrapped table whose body starts at ``bare[k]`` and whose cells a PDF centred in their rows, so
    that each row's number sits on its middle line (``      公务接待审批把关不严，  严格执行…`` / ``1     部分接待无公函、
    无接待  律不予接待，…`` / ``      清单                    一并归档备查``): ``([(first, last, number_line), …],
    category_lines)``, indices into ``bare``, or None. When the table's first line is indented (the number's column
    empty), so is every line but a number's or a category's; a copy that dropped the indents (each cell's lines set
    off by single spaces) runs to a closing line, a signature or a date. The first row's number comes within four
    lines; a 续表 line and the header repeated after a page break count for no row. The lines between two numbers are
    shared out, the lower row taking the extra one (a row's middle line is its ``h // 2``-th, 0-based, of ``h``); a
    category row ends the row above it."""
    def indented(j: int) -> bool:
        return text[lines[j][0] - 1:lines[j][0]] in (" ", "\u3000", "\xa0", "\t")

    def ends(j: int) -> bool:  # (a line that ends the table)
        if _table_stop(bare[j]):
            return True
        if flush_left is False:
            return not indented(j)
        return bool(SIGNATURE_LINE.match(bare[j]) or DATE_LINE.match(bare[j]))

    first = next((j for j in range(k, len(bare)) if not _CATEGORY_ROW.fullmatch(bare[j])), None)
    flush_left = first is not None and not indented(first)  # (False: an indented copy, its rows' lines set in)
    kept, numbers, categories = [], [], []  # (repeated headers and 续表 lines are left out of kept)
    while k < len(bare):
        row = _ROW_START.match(bare[k])
        if row and numbering.to_int(row["n"]) == len(numbers) + 1:
            numbers.append(len(kept))
        elif _CONTINUED.fullmatch(bare[k]) or (numbers and _LINE_HEADER.fullmatch(bare[k])):
            k += 1
            continue
        elif _CATEGORY_ROW.fullmatch(bare[k]):
            categories.append(len(kept))
        elif ends(k) or (not numbers and len(kept) - (categories or [-1])[-1] > 4):
            break
        kept.append(k)
        k += 1
    if len(numbers) < 2:
        return None
    firsts, lasts = [], []
    for n, at in enumerate(numbers):
        before = [c for c in categories if c < at and (n == 0 or c > numbers[n - 1])]
        gap = at - numbers[n - 1] - 1 if n else 0
        firsts.append(before[-1] + 1 if before else 0 if n == 0 else at - (gap - gap // 2))
        after = [c for c in categories if c > at and (n + 1 == len(numbers) or c < numbers[n + 1])]
        if after:
            lasts.append(after[0] - 1)
        elif n + 1 < len(numbers):
            lasts.append(at + (numbers[n + 1] - at - 1) // 2)
        else:  # (the last row: no more lines below its number than above it)
            lasts.append(min(len(kept) - 1, at + (at - firsts[-1])))
    if numbers[0] - firsts[0] == 0 or not all(f <= a <= b for f, a, b in zip(firsts, numbers, lasts)):
        return None  # the first number opens its row: a table read row by row, or no table
    return [(kept[f], kept[b], kept[a]) for f, a, b in zip(firsts, numbers, lasts)], [kept[c] for c in categories]


def _table_stop(line: str) -> bool:
    """Whether a line after a table's rows ends it: the distribution list (抄送：…) or the issuing office's 印发 line, an
    attachment's line, or a section of the text (三、工作要求). (A unit's name or a date alone on its line is a cell:
    镇纪委, 2022年5月底前.)"""
    return bool(_DISTRIBUTION.match(line) or ATTACHMENT_LINE.match(line) or ATTACHMENT_HEADING.match(line)
                or _SECTION_START.match(line))


_DISTRIBUTION = re.compile(r"(?:抄送|抄报|分送|主题词)\s*[:：]|.*印发$")
_SECTION_START = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章条部]")


def _box_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``lines`` with the lines of one box-drawn table row joined: a pipe line whose first cell is empty
    continues the row above it (``| 1 | 重大行政决策一律经过…合法性 |`` / ``|   | 审查和集体讨论… |``)."""
    out: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e].strip(WS)
        cells = _pipe_cells(line) if line.count("|") >= 2 else []
        if out and cells and not cells[0] and any(cells):
            prev = text[out[-1][0]:out[-1][1]].strip(WS)
            if prev.count("|") >= 2 and not MARKUP_ONLY.fullmatch(prev.split("\n")[-1]):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


_REFERENCE_ROW = re.compile(r"第[0-9０-９]{1,3}(?:[、，,和及至-][0-9０-９]{1,3})*项|"
                            # (or by the part and article of the rules it carries out: 严守课堂讲授纪律（第一部分第1、3条）)
                            r"[（(]第[一二三四五六七八九十]{1,3}部分(?:第[0-9０-９]{1,3}(?:[、，,和及至-][0-9０-９]{1,3})*条)?[）)]|"
                            # (or by the articles it carries out: 调查研究（第三条至第五条）, 文件简报（第九条、第十条）)
                            r"[（(]第[一二三四五六七八九十]{1,4}条(?:[、，,和及至-]第[一二三四五六七八九十]{1,4}条)*[）)]")


def _measure_column(header) -> int | None:
    """Index of the column of measures in a table's ``header`` cells, or None: 整改措施 before 整改事项 (a short name of
    the task) when a header has both."""
    return next((i for word in ("措施", "举措", "任务", "内容", "事项") for i, c in enumerate(header or ()) if word in c), None)


RESTATED_SHARE = 0.5  # a table row restates a measure when this share of its task cell's character pairs occur in it
HEADING_RESTATED_SHARE = 0.75  # … or a heading of the text, when this share do (解决看病就医突出问题: 7 of 9)


def char_pairs(s: str) -> set[str]:
    """The pairs of adjacent Chinese characters in ``s`` (punctuation, digits and spaces dropped)."""
    han = "".join(c for c in s if "\u4e00" <= c <= "\u9fff")
    return {han[i:i + 2] for i in range(len(han) - 1)}


def code_runs(codes, code: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of ``code`` in the array ``codes``."""
    mask = np.concatenate(([False], codes == code, [False]))
    edges = np.flatnonzero(mask[1:] != mask[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def _restates(text: str, cells: list[str], rows: list[dict], header=None, headings=()) -> bool:
    """Whether a row's task cell opens a measure above, in a row of short cells (a row with a measure of its own,
    ``19  清理规范  完成县直单位…。``, under a category cell, restates nothing), or shares
    :data:`HEADING_RESTATED_SHARE` of its character pairs with one of the ``headings`` spans (``1  解决形式主义问题`` under
    ``（一）着力解决形式主义问题``). The task cell is the cell under the ``header``'s column of measures
    when the row is as wide as the header, else its first cell of four or more characters (under 序号 问题类别 存在问题
    整改措施, the category 会风文风 is no task)."""
    if any(len(c) >= 20 and "。" in c for c in cells):
        return False
    column = _measure_column(header)
    if column is not None and len(header) == len(cells):
        task = cells[column] if len(cells[column]) >= 4 else ""
    else:
        task = next((c for c in cells if len(c) >= 4), "")
    if not task:
        return False
    openings = [(r["char_start"], min(r["char_end"], r["char_start"] + 40)) for r in rows]
    if any(task in text[a:b] for a, b in openings):
        return True
    pairs = char_pairs(task)
    return len(pairs) >= 3 and any(len(pairs & char_pairs(text[a:b])) >= HEADING_RESTATED_SHARE * len(pairs)
                                   for a, b in headings)


_SHORT_HEADING = re.compile(r"(?:——)?(?:[^。；;！？!?\n—]{2,16}|[^。；;！？!?\n—（(]{2,16}[（(][^（）()。；;\n]{2,24}[）)])(?:[。！!]|——|(?<![0-9０-９A-Za-z])[.．](?=[^\s0-9０-９]))")  # 减少陪同人员。… / ——严格控制… / 严控会议——… / 动员部署（4月上旬）。…
# A ban stated as its paragraph's heading sentence is longer than a topic (``严禁在农业项目审批和资金分配中优亲厚友、
# 暗箱操作。``, ``严查庸懒散和“门难进、脸难看、事难办”问题。``): the 八个严禁 / 十不准 / 严查… that bodies issued under
# the Eight-point Regulation are lists of them.
_BAN_HEADING = re.compile(r"(?:严禁|禁止|不准|不得|严查|严惩|坚决(?:查处|整治|纠正|制止))[^。；;！？!?\n—]{2,28}[。！!]")


# A news page's own labels set like a heading: 数字——…, 记者手记——…, 编后——… (no commitment of the plan)
_NEWS_LABEL = re.compile(r"(?:数字|数据|记者手记|记者观察|编后|编者按|链接|新闻链接|背景|背景链接|延伸阅读|相关阅读|相关新闻|短评|点评|评论)"
                         r"(?:——|[。！!])")


def _short_heading(s: str) -> bool:
    """True when a paragraph opens with a short heading sentence (``减少陪同人员。``, ``严控会议——``), not with an
    ordinary sentence (``各单位要认真贯彻执行，局纪检组负责监督检查。``) or a news page's label (``记者手记——``)."""
    m = _SHORT_HEADING.match(s) or _BAN_HEADING.match(s)
    return bool(m) and m.group(0).count("，") + m.group(0).count(",") <= 1 and not _NEWS_LABEL.match(s)
