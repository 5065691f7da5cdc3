"""Problem lists: what a plan says went wrong, which is not what it commits to do.

Plans often state the problems found (``存在的突出问题``, ``查摆出的问题主要有：``, ``…问题。主要表现为：``)
before or beside the measures answering them. :func:`problem_items` finds the numbered items that
list problems; :func:`problem_block` finds a ``①②`` problem list at the tail of a measure's text.
Used by :mod:`analysis.measures` and :mod:`analysis.measure_ends`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .plan_body import HEADING_LINE, WS, lines

if TYPE_CHECKING:
    from .measures import Item

# Sections that list problems found, not what will be done.
# (``查摆问题、开展批评`` is a step of work; ``查摆出的问题`` lists what was found; ``实行问题清单管理`` is a way to handle them.)
PROBLEM_TITLE = re.compile(r"(?:存在|(?:查摆|查找|梳理)出?的|突出|主要)[^，。]{0,8}问题(?!导向)|问题清单(?!管理|制度|化)|问题表现|主要表现|具体表现|不足之处|存在的?(?:不足|差距)$|"
                           r"^(?:[^，,。；;]{0,4}的)?典型(?:问题|案例|案件)$|"  # 二、通报的典型问题: the cases a 通报 reports
                           r"^(?:产生|存在)?(?:上述)?问题的(?:主要)?(?:根源|原因)$|^原因分析$|"  # 三、产生问题的根源: causes, no measures
                           # (二、自查发现的问题, 一季度督查发现的主要问题; not 严肃处理督查发现的问题, a commitment)
                           r"^(?!严肃|认真|切实|及时|抓好|处理|整改|督促|跟踪|限期|对)[^，。]{0,8}?"
                           r"(?:自查|自查自纠|检查|督查|排查|巡视|巡察|审计|检视|暗访)中?发现的(?:主要|突出)?问题(?:及(?:其)?原因)?$|"
                           r"原因分析|原因剖析|根源剖析|问题根源|产生问题的(?:主要)?原因|问题产生的(?:主要|根本|深层次)?原因")
# (聚焦…突出问题: tackle them; 针对医德医风方面的突出问题，着力加强行风建设: a problem named, then what answers it)
# (not what still wants mending: 二、需要整改的主要问题, 亟待解决的突出问题 name the problems)
REMEDY_WORDS = re.compile(r"(?<!需要)(?<!亟待)(?<![需待])(?:整改|解决|整治|纠正)|措施|任务|改进|治理|纠治|查处|根治|建立|制定|形成|"
                          r"聚焦|紧盯|严防|严查|立行立改|立查立改|即知即改|边查边改|"
                          r"针对[^，,。；;]{2,40}[，,][^，,。；;]{2,}")
# A title naming a step of work on problems (``三、认真查摆突出问题``, ``深入查找存在问题``): its verb, not
# followed by ``出的``, says what will be done, while ``查摆出的问题`` lists what was found (and so does
# ``检视查摆出的主要问题``, two verbs before the ``出的``).
PROBLEM_STEP = re.compile(r"(?:查摆|查找|梳理|排查|检视)(?!(?:查摆|查找|梳理|排查|检视)?出?的)")
# An item naming a problem and then describing how it shows (``（三）违反中央八项规定精神问题。主要表现为：…``)
SYMPTOMS = re.compile(r"[\s　]*(?:(?:主要|具体)?表现(?:为|在)|主要(?:是|有|包括))")  # …问题。主要是会议多…
# An intro that states problems before saying what will be done (``针对…等问题``).
PROBLEM_INTRO = re.compile(r"^\s*针对.{2,}?问题")
# Headings that introduce a problem list: ``关于…的问题``, ``…方面``, ``着重整改``, ``突出问题``.
PROBLEM_LEAD_SEGMENT = re.compile(r"^(?:关于.{1,40}|.{0,30}(?:问题|方面)|着重整改|主要问题|突出问题.*|存在问题)$")
PROBLEM_WORDS = re.compile(
    r"不够|不足|不强|不高|不严|不深|不到位|不充分|不完善|不明显|不理想|不优|有待|过多|过滥|滞后|薄弱|欠缺|"
    r"缺乏|淡薄|淡化|脱节|偏差|现象|存在|问题|失之于|个别|有的|有时|差距")


# Lines that introduce a list of problems (``存在问题：``, ``主要表现：``, ``查摆出的问题主要有：``, their fields counted:
# ``…主要存在六个方面的问题：``; not an order to look for them, ``重点查摆以下方面问题：``).
PROBLEM_LEAD_LINE = re.compile(r"(?:存在|主要|突出|查摆出?|具体)(?:(?!以下|下列)[^。；;，,：:]{1,6}方面)?的?(?:主要)?"
                               r"(?:问题|表现)(?:有|是|为|如下)?[:：]?$|^问题表现[:：]?$|"
                               r"^[^。；;]{0,36}(?:问题|表现|不足|差距)[^。；;]{0,12}[:：]$|"
                               # a 通报's lead to the cases it reports (现将有关情况通报如下：1．…违规接受宴请问题。…)
                               # (or its count of them, closed with a stop: 现将近期查处的6起典型问题通报如下。)
                               r"^(?:现将|特将)[^。；;，,]{0,16}(?:情况|问题|案例|案件)(?:予以)?通报如下[:：。.]?$|"
                               # (or its sentence of them, then a lead: …对近期查处的6起…典型问题进行通报。具体如下：)
                               r"(?:问题|案例|案件)(?:进行|予以)通报[。.](?:具体|现将有关情况)?如下[:：]$")


# (and a report on mending them: 现将…审计查出问题的整改情况报告如下：, its sections say what was done and will be)
_REMEDY_LEAD = re.compile(r"措施|任务|办法|做法|如下要求|解决|整治|纠正|克服|问题的?整改(?:情况|工作|落实)")
# … unless the problems are what it announces (重点整治以下问题：, 着力解决以下几个方面的问题：, …梳理出当前我局作风方面需要
# 重点整治的问题：)
_PROBLEMS_FOLLOW = re.compile(r"(?:以下|如下|下列|需要(?:重点)?(?:整治|整改|解决)的)[^。；;，,：:]{0,10}问题[:：]$")
# A line after a problem list that leads in to the measures answering it (``整改措施：``, ``主要任务如下：``)
REMEDY_LEAD_LINE = re.compile(r"^[^。；;，,①-⑳]{0,16}(?:措施|任务|举措|办法|做法)(?:如下|是|有)?[:：]?$")


def problem_items(text: str, items: list[Item], intro_start: int, flattened: bool) -> set[int]:
    """Ids of sibling ``items`` that list problems: a run of leaves introduced by a line such as
    ``存在问题：`` / ``主要表现：`` / ``查摆出的问题主要有：`` (the last line before the run's first item).

    A run ends where the scheme changes, the numbering restarts, or another lead line
    (``针对上述问题，采取以下整改措施：``) comes before an item.
    """
    out: set[int] = set()
    if flattened:
        return out
    announced: set[int] = set()  # the items of runs whose lead announced problems
    in_problem_run, run_announced, prev = False, False, None
    for child in items:
        before = text[intro_start if prev is None else prev.marker.end:child.marker.start].rstrip(WS)
        nl = before.rfind("\n")
        last_line = before[nl + 1:].strip(WS) if (nl >= 0 or prev is None) else ""
        # the lead may end a paragraph that runs into the list (据介绍，…梳理出…群众反映集中的问题：一是…): its last
        # clause or its last sentence, which alone is checked for remedy words (the paragraph may have said
        # 作为重要政治任务 before)
        sentence = _last_clause(last_line, "。；;")
        problem_lead = bool(PROBLEM_LEAD_LINE.search(last_line) or PROBLEM_LEAD_LINE.search(_last_clause(last_line))
                            or PROBLEM_LEAD_LINE.search(sentence)
                            or last_line.endswith((":", "：")) and _under_problem_heading(before[:max(nl, 0)]))
        lead = bool(last_line) and (last_line[-1] in ":：" or problem_lead)
        if (prev is None or lead or child.marker.scheme != prev.marker.scheme
                or child.marker.value <= prev.marker.value):
            in_problem_run = lead and problem_lead and (not _REMEDY_LEAD.search(sentence)
                                                        or bool(_PROBLEMS_FOLLOW.search(sentence)))
            run_announced = in_problem_run and bool(_PROBLEMS_FOLLOW.search(sentence))
        if in_problem_run and not child.children:
            (announced if run_announced else out).add(id(child))
        prev = child
    # a problem list states what went wrong: most of its items use problem words (不够, 过多, 存在…), unless its lead
    # announced problems (重点整治以下五个方面的突出问题： / 1.层层签订责任状、以签代管。…签后不督促、不落实。)
    runs_ok = [it for it in items if id(it) in out
               and PROBLEM_WORDS.search(text, it.marker.end, min(it.end, it.marker.end + 60))]
    return (out if 2 * len(runs_ok) >= len(out) else set()) | announced


# A paragraph that speaks of every problem or case listed before it (上述问题，有的发生在…; 以上典型问题…): the list's
# summary, after which a 通报 says what is required (各级党组织要…一是…二是…)
_SUMMARY_START = re.compile(r"(?:上述|以上)[^。；;，,\n]{0,10}(?:问题|案件|案例|事例)")


def summary_after(text: str, item: Item) -> tuple[int, int] | None:
    """``(start, end)`` of the paragraph after the first paragraph of the problem ``item`` that opens with a summary
    of the whole list (:data:`_SUMMARY_START`), ``end`` being where the paragraph ends, or None: the last case of a
    通报 ends before it, and what follows is the 通报's own text."""
    for start, end in lines(text, item.marker.end, item.end)[1:]:
        start += len(text[start:end]) - len(text[start:end].lstrip(WS))
        if _SUMMARY_START.match(text, start, end):
            return start, end
    return None


def _under_problem_heading(before: str) -> bool:
    """Whether the last line of ``before`` is an unnumbered heading naming problems (``【存在的突出问题】``), so that
    the lead line after it (``经梳理归并，主要有以下几个方面：``) opens a list of problems."""
    line = before[before.rfind("\n") + 1:].strip(WS)
    return bool(HEADING_LINE.match(line) and PROBLEM_TITLE.search(line) and not REMEDY_WORDS.search(line))


def _last_clause(line: str, marks: str = "。；;，,") -> str:
    """What follows the last sentence mark or comma of ``line`` (``梳理出…集中的问题：``); with ``marks="。；;"``,
    its last sentence (``从督查情况看，…但仍存在一些不容忽视的问题，主要是：``)."""
    cut = max(line.rfind(c, 0, len(line) - 1) for c in marks)
    return line[cut + 1:]


_CASE_END = re.compile(r"的[；;。，,]?$")
# … or names a problem in a short noun phrase (``（一）公款吃喝、公款旅游及违规出入私人会所问题；``)
_NAMED_PROBLEM = re.compile(r"[^。；;]{2,60}问题[；;。，,]?$")
# … unless it asks whether (``是否存在…的问题；``, ``公务接待是否严格执行…``): an inspection plan's check list
CHECK_POINT = re.compile(r"[^。；;，,]{0,12}?是否")


def case_list(text: str, items: list[Item]) -> set[int]:
    """Ids of ``items`` when they are two or more leaves that each describe a case (``1.借婚丧喜庆…收受
    礼金的；`` … ``5.未按规定向组织报告的。``) or name a problem (``（三）违规发放津贴补贴问题；``): a list of
    what is targeted (整治重点), not of what will be done (``（二）着力解决…问题。`` opens with a remedy)."""
    if len(items) < 2 or any(it.children for it in items) or items[0].marker.scheme == "cn_article":
        return set()  # (an article listing the cases a rule covers, 第九条　有下列情形之一的，不予容错：…的。, is that rule)
    ends = [text[it.marker.end:it.end].strip(WS) for it in items]
    if any(CHECK_POINT.match(x) for x in ends):
        return set()  # (1)是否存在会议过多…的问题；: a point an inspection will check, not a problem found
    if all(_CASE_END.search(x) for x in ends):
        return {id(it) for it in items}
    named = all(_NAMED_PROBLEM.fullmatch(x) and not REMEDY_WORDS.search(x) for x in ends)
    return {id(it) for it in items} if named else set()


_SEGMENT_FLAT = re.compile(r"[^\.．]+")
_SEGMENT = re.compile(r"[^。；;\n]+[。；;]?")


def remedy_lead_line(text: str, lo: int, hi: int) -> int:
    """Start of the last line of ``text[lo:hi]`` when it leads in to measures (:data:`REMEDY_LEAD_LINE`) and is
    not the block's first line, else ``hi``: a problem list's ``整改措施：`` is a heading, not a problem."""
    nl = text.rfind("\n", lo, hi)
    if nl < 0:
        return hi
    start = nl + 1
    while start < hi and text[start] in WS:
        start += 1
    return start if REMEDY_LEAD_LINE.match(text[start:hi].strip(WS)) else hi


def segments(text: str, lo: int, hi: int, flattened: bool) -> list[tuple[int, int]]:
    pat = _SEGMENT_FLAT if flattened else _SEGMENT
    return [(m.start(), m.end()) for m in pat.finditer(text, lo, hi) if text[m.start():m.end()].strip(WS)]


def problem_block(text: str, lo: int, hi: int, flattened: bool,
                  require_lead_in: bool = True) -> tuple[int, int] | None:
    """``(heading start, list start)`` of a problem list at the tail of ``text[lo:hi]``, or None."""
    first = text.find("①", lo, hi)
    if first < 0:
        return None
    segs = [seg for seg in segments(text, lo, first, flattened)]
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
