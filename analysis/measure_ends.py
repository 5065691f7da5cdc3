"""Where a measure ends: what follows a numbered item's text but is not part of its commitment.

:func:`trim_tail` cuts from a leaf's tail the plan's closing (``本办法自印发之日起施行``, a signature
over a date), an attachment starting inside it (``附件2`` and its title), a ``①②`` problem list, a
``注：`` note and unnumbered heading lines before the next item; :func:`before_furniture` steps back
over page furniture, Markdown residue and translation lines. Responsibility and deadline lines
(``责任单位：…``, ``长期坚持``) stay with their measure. Used by :mod:`analysis.measures`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .measure_table import CODE, strip_range
from .paragraphs import PROGRESS_LABEL, headed_count, measures_table, run_paragraphs
from .plan_body import (ATTACHMENT_HEADING, CONTACT_LINE, DATE_LINE, MARKUP_ONLY, PLAN_TITLE, SENTENCE_MARK,
                        SIGNATURE_LINE, TABLE_HEADER_CELLS, THIS_DOCUMENT, WS, bare_line, bracket_left_open,
                        other_script_line)
from .plan_body import lines as _lines
from .problems import problem_block, segments

if TYPE_CHECKING:
    from .measures import Item


def trim_tail(text: str, item: Item, flattened: bool, codes=None,
              closing: int | None = None) -> tuple[int, list[tuple[str, int, int]]]:
    """End of a leaf's measure text, and the (kind, start, end) pieces cut from its tail.

    Cut: the document's closing when it follows the last item (``closing``, from :func:`closing_line`:
    ``本办法自印发之日起施行``, a signature over a date, and whatever comes after them), a paragraph saying whom the
    plan covers (``本规定适用于…``, kind ``preamble``), a meeting's requirements
    (``会议要求：一是…``, kind ``runs``: measures of their own), a problem list
    introduced by heading-like segments (``关于…的问题.着重整改.①…``), a bare ``关于…`` heading segment in
    flattened text, a ``注：`` note, and unnumbered heading lines before the next item.
    """
    start, end = item.marker.end, item.own_end
    tail = [] if closing is None else [("other", closing, strip_range(text, closing, end)[1])]
    end = end if closing is None else closing
    attached = None if flattened else attachment_part(text, start, end)
    if attached:  # 附件2 / its title / its preamble, before the next list of items: not this measure
        tail = attached + tail
        end = attached[0][1]
    rule = None if flattened else _next_rule(text, start, end)
    if rule:  # the next rule of a compilation (制度汇编), its title over （…印发）: not this measure
        tail = rule + tail
        end = rule[0][1]
    section = None if flattened else _bracketed_section(text, start, end)
    if section:  # 【整改时限】 and its paragraphs after the item: a section of the plan's own, not this measure
        tail = section + tail
        end = section[0][1]
    table = None if flattened else _task_table(text, start, end)
    if table:  # …重点整改任务分解如下： / 序号  整改任务  责任单位  完成时限 / rows: the table's rows are measures of their own
        tail = table + tail
        end = table[0][1]
    scope = None if flattened else _SCOPE_PARAGRAPH.search(text, start, end)
    if scope:  # …于1月31日前报备。 / 本规定适用于县委…领导班子成员。: whom the plan covers, after its last item
        tail = [("preamble", *strip_range(text, scope.start(), end))] + tail
        end = scope.start()
    runs = None if flattened else _meeting_requirements(text, start, end)
    if runs is not None:  # 会议要求：一是…二是… after the minutes' last numbered item: measures of their own
        tail = [("runs", *strip_range(text, runs, end))] + tail
        end = runs
    cut = problem_block(text, start, end, flattened)
    if cut:
        head_start, list_start = cut
        return strip_range(text, item.marker.start, head_start)[1], [
            ("heading", head_start, list_start), ("problem", list_start, strip_range(text, list_start, end)[1])] + tail
    note = None if flattened else _note_line(text, start, end)
    head = _tail_heading(text, start if note is None else note, end, flattened, codes)
    if head is not None:
        tail = [("heading", *strip_range(text, head, end))] + tail
    if note is not None:  # a note under the measure, then perhaps the next heading: 注：本细则所称… 【新闻报道】
        # (or the next problem a plan pairs with its measures: 问题二：深入基层调研不够… / 整改措施：)
        kind = "problem" if PROBLEM_LABEL.match(bare_line(text[note:end])) else "other"
        tail = [(kind, *strip_range(text, note, end if head is None else head))] + tail
    first_cut = next(x for x in (note, head, end) if x is not None)
    return strip_range(text, item.marker.start, before_furniture(text, codes, start, first_cut))[1], tail


# A paragraph saying whom the plan covers (本规定适用于…。…参照执行。), on a line of its own after an item's text
_SCOPE_PARAGRAPH = re.compile(rf"(?<=\n)[ \t\u3000]*{THIS_DOCUMENT}(?:适用于|的适用范围)")


def before_furniture(text: str, codes, s: int, e: int) -> int:
    """``e`` moved back over the lines of page furniture (in ``codes``) that end ``text[s:e]``, and over
    lines of Markdown residue only (the ``**`` closing a bold heading) or of a translation: a page number and
    running header between one item and the next belong to neither."""
    s, e = strip_range(text, s, e)
    while e > s:
        line_start = max(text.rfind("\n", s, e), s)
        if not ((codes is not None and codes[e - 1] == CODE["furniture"])
                or MARKUP_ONLY.fullmatch(text, line_start, e) or other_script_line(text[line_start:e])):
            break
        e = strip_range(text, s, line_start)[1]
    return e


# A line that opens the document's closing part: the document speaking of itself (本办法自…施行, 本规定由…
# 负责解释, 本方案所称…), a report's closing formula, a notice's invitation to report and its contact lines
# (欢迎广大干部群众…监督举报。 举报电话：12388 / 举报网站：… / 来信地址：…), the units addressed and told to
# carry the document out, a news repost's reporter speaking of it (《措施》要求，…), a report's 下一步，….
_NEXT_TASKS = r"[^。；;\n]{0,50}(?:以下|如下)[^。；;\n]{0,12}[:：][ \t\u3000]*一是"
CLOSING_START = re.compile(rf"(?:{THIS_DOCUMENT}(?:自|由|报|所称|未尽事宜)|以上(?:汇报|报告)|"
                           rf"[^。；;]{{0,40}}?参照{THIS_DOCUMENT}|"  # 各县（市、区）教育局参照本方案…
                           r"欢迎[^。；;]{0,40}(?:监督|举报)|" + CONTACT_LINE.pattern + "|"
                           # the units addressed, told to carry out the whole document: 各县（市、区）…要…抓好上述措施的
                           # 贯彻落实 / 各村（社区）…要严格执行本通知要求
                           r"各[^。；;]{1,40}?(?:要|须|应)[^。；;]{0,40}?(?:本(?:通知|方案|办法|规定|细则|意见|措施|要点)|上述|以上)"
                           r"(?:各项)?(?:要求|措施|规定|任务|精神)?|"
                           # … or told to make their own rules by a date (各牵头单位要于2月底前制定具体实施细则)
                           r"各[^。；;\n]{1,40}?(?:要|须|应)[^。；;\n]{0,40}?制定[^。；;\n]{0,12}?"
                           r"(?:实施细则|实施办法|具体措施|具体办法|实施方案|工作方案)|"
                           # a news repost's reporter speaking of the document (《措施》要求，…), a report's next steps
                           # (not a lead to the issuer's own next tasks: 下一步，市纪委将重点抓好以下工作：一是…, measures)
                           r"《[^》]{1,30}》(?:要求|指出|强调|明确|规定)|下一步[，,：:](?!" + _NEXT_TASKS + ")|"
                           r"以上[^。；;]{0,12}适用于|总之[，,]|"  # 以上“十个严禁”适用于…: the list's scope; 总之，…: its conclusion
                           r"(?:抄送|抄报|分送)\s*[:：]|"  # the distribution list, however many lines it takes
                           r"[（(](?:此件|共印)|"  # （此件发至县级）, （共印200份）: the issuing office's notes
                           r"附件\s*[0-9０-９]{0,2}\s*[:：]\s*\S)")  # the attachment list (附件：…任务分解表), what follows is attached
# A paragraph after the plan's last item that sanctions breaking any of its rules (民警、辅警违反上述规定的，视情节…;
# 对违反本通知要求的，…): it closes the list. After an item in mid-list the same words sanction that item's own rule.
_SENTENCE_END = re.compile(SENTENCE_MARK.pattern + r"|(?<=[\u4e00-\u9fff])\.")  # and a dot after Chinese (half-width copy)
SANCTION_START = re.compile(r"[^。；;，,]{0,20}违反(?:上述|以上|本(?:通知|规定|办法|细则|意见|方案|措施))[^。；;，,]{0,12}的[，,]")  # 对违反本方案规定的，…
# … or that tells the units to report by a date (各乡镇、县直各单位整治工作情况于2019年6月20日前报县委…办公室).
REPORT_BY_DATE = re.compile(r"(?:[^。；;，,\n]{1,12}[，,])?[^。；;，,\n]{0,4}?各[^。；;.]{1,60}?(?:于|在)[^。；;.]{0,12}?"  # (节日期间，)(局属)各单位…于
                            r"(?:[0-9０-９]{4}\s*年|[0-9０-９]{1,2}\s*月\s*(?:[0-9０-９]{1,2}\s*日|底|中旬|上旬|下旬))"  # 2014年…, 10月10日, 6月底
                            r"[^。；;.]{0,12}?(?:前|以前|之前)[^。；;.]{0,30}?报")
# … or that states the issuer's resolve (厅党组将以这次专题民主生活会整改为契机，…; 整改落实是…的关键环节。县委常委会将以…的
# 劲头抓好整改) or tells the units to rise to the task (各村（社区）、镇直各单位要切实提高政治站位，…): the plan's peroration.
RESOLVE_START = re.compile(r"(?:[^。；;\n]{2,40}。)?[^。；;，,\n]{2,24}将以[^。；;\n]{0,60}?(?:为契机|劲头|精神|作风|成效)|"
                           r"[^。；;\n]{2,40}是一项长期(?:而艰巨|的)?[^。；;\n]{0,4}(?:任务|工程|工作)|"  # 改进工作作风…，是一项长期任务。
                           r"各[^。；;\n]{1,40}?要(?:切实)?(?:进一步)?提高政治站位|"
                           # (各级党组织要把…作为…的重要实践载体，以…推动作风转变，…为…提供坚强保障。: an exhortation, no task)
                           r"各[^。；;\n]{1,40}?要把[^。；;\n]{2,80}?作为[^。；;\n]*?为[^。；;\n]{2,60}?提供(?:坚强|有力)"
                           r"[^。；;\n]{0,6}(?:保障|保证)[。.]?\s*$")
# … or, in a news report quoting a plan, that opens the reporter's own text after the list: what the reporter saw or
# learned, a quoted remark, who said what, the reactions to the plan, the editor's note and the source line.
NEWS_AFTER = re.compile(r"记者[^。；;，,]{0,6}(?:注意到|了解到|看到|获悉|从|在|走访|采访)|据(?:了解|介绍|悉|统计)|采访中|小编|来源[:：]|"
                        r"【延伸阅读】|“[^”]{4,}[。！？!?]”|[^。；;“”]{2,40}?(?:在接受[^。；;]{0,8}采访时(?:说|表示)?|表示|告诉记者|坦言)[，,：:“]|"
                        r"[^。；;“”，,]{2,24}在[^。；;“”]{1,10}时(?:说|表示|指出|强调)[，,：:“]|会议(?:要求|强调|指出|认为)[，,：:]|"
                        r"[（(【](?:同期声|记者出镜|现场声|编后|编者按)[）)】]|(?:措施|规定|办法|意见|细则)自[^。；;]{0,8}起(?:施行|执行)|"
                        r"《[^》]{1,12}》(?:出台|印发|实施|公布)(?:后|以来)")
NOTE_LINE = re.compile(r"注\s*[:：]")  # 注：本细则所称公务接待，是指…
PROBLEM_LABEL = re.compile(r"问题[一二三四五六七八九十0-9０-９]{1,3}\s*[:：、.．]")  # 问题二：… in a plan pairing problems and measures


# An attachment whose title stands on its 附件 line (附表：会议和市领导同志活动新闻报道时长控制表, 附：…名单)
_TITLED_ATTACHMENT = re.compile(r"附[件表]?\s*[0-9０-９一二三四五]{0,2}\s*[:：]\s*[^。；;：:\s][^。；;：:]{1,40}")


def attachment_part(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Pieces of an attachment that starts inside ``text[s:e]`` after its first line (``附件2`` alone on a
    line, then the attachment's title, then its preamble): ``[("other", 附件 line), ("heading", title),
    ("preamble", rest)]``, or ``[]``. When the rest is a table of measures (an attached 整改台账), its kind
    is ``"table"``: its rows are measures of their own. A later attachment (附件1 a table of standards, 附件2 a
    任务分解表) gives its pieces after the first's."""
    lines = _later_lines(text, s, e)
    for i, (a, b) in enumerate(lines):
        titled = bool(_TITLED_ATTACHMENT.fullmatch(text[a:b].strip(WS)))  # 附表：…时长控制表, the title on the 附件 line
        if not titled and not ATTACHMENT_HEADING.match(text[a:b].strip(WS)):
            continue
        a, b = strip_range(text, a, b)
        body = b if titled else strip_range(text, *lines[i + 1])[1] if i + 1 < len(lines) else b
        later = next((k for k in range(i + 2 - titled, len(lines))
                      if ATTACHMENT_HEADING.match(text[slice(*lines[k])].strip(WS))), None)
        stop = lines[later][0] if later is not None else e
        pieces = [("heading", a, b)] if titled else [("other", a, b)]
        if not titled and i + 1 < len(lines):
            pieces.append(("heading", *strip_range(text, *lines[i + 1])))
        if body < stop and text[body:stop].strip(WS):
            pieces.append(("table" if measures_table(text, body, stop) else "preamble", *strip_range(text, body, stop)))
        return pieces + (attachment_part(text, lines[later - 1][0], e) if later is not None else [])
    return []


# How a compilation notes where a rule comes from, under its title: （2013年2月26日局党组会议通过）, （嵩建〔2013〕37号　
# 2013年3月18日印发）
_ISSUED_NOTE = re.compile(r"[（(][^（）()\n]{0,40}(?:[12][0-9]{3}年|〔[12][0-9]{3}〕)[^（）()\n]{0,40}"
                          r"(?:通过|印发|发布|施行|修订|制定)[）)]")


def _next_rule(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """``[("heading", title), ("preamble", the rest)]`` when another rule of a compilation starts inside ``text[s:e]``
    after its first line: a document's title (``…公务接待规定``) over a line noting how it was issued
    (``（2013年3月18日印发）``), then its preamble up to its first item; else ``[]``."""
    lines = _later_lines(text, s, e)
    for (a, b), nxt in zip(lines, lines[1:]):
        title = bare_line(text[a:b])
        if (PLAN_TITLE.search(title) and not SENTENCE_MARK.search(title)
                and _ISSUED_NOTE.fullmatch(bare_line(text[slice(*nxt)]))):
            a, b = strip_range(text, a, b)
            return [("heading", a, b), ("preamble", *strip_range(text, b, e))]
    return []


_BRACKETED_HEADING = re.compile(r"【[^】\n]{2,20}】")  # 【整改时限】 on a line of its own


def _bracketed_section(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """``[("heading", 【…】 line), ("preamble", the rest)]`` when a bracketed heading stands on a line of its own
    after the first line of ``text[s:e]`` with prose after it, else ``[]`` (a bracketed heading with only
    heading lines after it, or none, is cut as a tail heading, see :func:`_tail_heading`)."""
    for a, b in _later_lines(text, s, e):
        a, b = strip_range(text, a, b)
        if _BRACKETED_HEADING.fullmatch(text, a, b):
            if _tail_heading(text, s, e, False) == a:
                return []  # 【二、精简会议活动】 over a sub-heading (★严格控制会议) before the next item: all headings
            return [("heading", a, b), ("preamble", *strip_range(text, b, e))]
    return []


# A line leading in to a table under it (市局确定的重点整改任务分解如下：)
# (or a bundled plan's preamble ending on its table: …对需要新建、修订和废止的制度作如下安排。)
_TABLE_LEAD = re.compile(r"(?:如下|以下|见下表|如表)[^。；;，,]{0,6}[:：]$|作如下安排。$")


def _task_table(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """``[("heading", lead), ("table", the table)]`` when a line after the first of ``text[s:e]`` leads in
    (``…分解如下：``) to a table of measures (:func:`measures_table`) whose header row comes next; else ``[]``: a
    task table set in the body under an item, whose rows are tasks of their own (a row restating a measure above
    is passed over when the rows are read)."""
    lines = _later_lines(text, s, e)
    for (a, b), (c, d) in zip(lines, lines[1:]):
        a, b = strip_range(text, a, b)
        if _TABLE_LEAD.search(text, a, b) and _header_row(text[c:d].strip(WS)) and measures_table(text, c, e):
            return [("heading", a, b), ("table", *strip_range(text, c, e))]
    return []


def _later_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[s:e]`` after its first, as ``(start, end)``."""
    return [(a, b) for a, b in _lines(text, s, e) if text[a:b].strip(WS)][1:]


_MEETING_REQUIRES = re.compile(r"会议(?:还)?(?:要求|强调|决定|议定|明确)[，,：:]")
# A paragraph leading in to measures of a field of its own (在制度建设方面，重点抓好以下工作：) or to requirements
# on the whole plan (为确保各项措施落到实处，提出以下工作要求：) or to the issuer's next tasks (下一步，市纪委将重点抓好以下工作：):
# not the item above it
_OWN_LEAD = re.compile(r"(?:在[^，。：；\n]{2,14}方面|为(?:确保|保证|推动)[^，。：；\n]{2,24}|下一步)[，,][^。：；\n]{0,50}"
                       r"(?:以下|如下)[^。：；\n]{0,12}[：:]")
_RUN_OPENS = re.compile(r"[ \t\u3000]*一是")
# A label over requirements of the plan's own after its last item (工作要求： / ①各村要…; ②…), unnumbered
_REQUIREMENTS_LABEL = re.compile(r"(?:工作|有关|几点|具体|保障|相关)?要求[:：]")
# … or a heading of their own (贯彻落实“十不准”的保障措施 / 一是开展全员承诺。…), a title naming what they secure or carry out
_OWN_HEADING = re.compile(r"[^。；;，,：:！!？?（）()]{2,16}(?:保障措施|工作要求|保障要求|有关要求|落实措施)")
_ITEM_OPENS = re.compile(r"[ \t\u3000]*(?:一是|①|[（(][1１一][）)])")


def _meeting_requirements(text: str, s: int, e: int) -> int | None:
    """Start of the first paragraph after the first line of ``text[s:e]`` that states what a meeting requires as a run
    of items (``会议要求：一是…二是…三是…``), or leads in to a run of a field or of requirements of its own
    (``在制度建设方面，重点抓好以下工作：一是…``, or such a lead alone over ``一是…`` paragraphs), or None: in
    minutes, the requirements after the decisions' last item; in a plan, what follows its last item's text."""
    later = _later_lines(text, s, e)
    for i, (a, b) in enumerate(later):
        a, b = strip_range(text, a, b)
        if _MEETING_REQUIRES.match(text, a, b) and run_paragraphs(text, a, b):
            return a
        if ((_REQUIREMENTS_LABEL.fullmatch(text, a, b) or _OWN_HEADING.fullmatch(text, a, b)) and i + 1 < len(later)
                and _ITEM_OPENS.match(text, later[i + 1][0])):
            return a
        lead = _OWN_LEAD.match(text, a, b)
        if lead and (run_paragraphs(text, a, b) if lead.end() < b
                     else i + 1 < len(later) and (_RUN_OPENS.match(text, later[i + 1][0])
                                                  # (or over headed paragraphs: 压实工作责任。… / 强化跟踪问效。…)
                                                  or headed_count(text, later[i + 1][0], e) >= 2)):
            return a
    return None


def _note_line(text: str, s: int, e: int) -> int | None:
    """Start of the first ``注：`` line, line naming the next problem (``问题二：…``) or line reporting what was done
    (``整改情况：…``), after the first line of ``text[s:e]``, or None."""
    for a, b in _later_lines(text, s, e):
        line = bare_line(text[a:b])
        if NOTE_LINE.match(line) or PROBLEM_LABEL.match(line) or PROGRESS_LABEL.match(line):
            return strip_range(text, a, b)[0]
    return None


def closing_line(text: str, s: int, e: int, last: bool = False) -> int | None:
    """Start of the first line after the first line of ``text[s:e]`` that opens the document's closing
    (:data:`CLOSING_START`, or a signature line over a date line; after the ``last`` item of the plan also a
    sanction for breaking any of its rules, :data:`SANCTION_START`, an order to report by a date,
    :data:`REPORT_BY_DATE`, the issuer's resolve, :data:`RESOLVE_START`, or a news report's own text after the list,
    :data:`NEWS_AFTER`), or None."""
    lines = _later_lines(text, s, e)
    for i, (a, b) in enumerate(lines):
        if bracket_left_open(text[max(s, text.rfind("\n", s, max(s, a - 1)) + 1):a]):
            continue  # a hard wrap inside brackets (…市直各部门党组（ / 党委）可参照本细则，…): the sentence goes on
        line = bare_line(text[a:b])
        # (a signature's translation may stand between it and the date: 中共某乡委员会 / its Uyghur / 2014年8月15日)
        below = next((bare_line(text[slice(*x)]) for x in lines[i + 1:] if not other_script_line(text[slice(*x)])), "")
        signed = SIGNATURE_LINE.match(line) and DATE_LINE.match(below)
        # (a sanction right under the item's title is the item itself: 18.严肃执纪问责 / 对违反本方案规定的，…)
        sanction = last and (SANCTION_START.match(line) or REPORT_BY_DATE.match(line) or RESOLVE_START.match(line)
                             or NEWS_AFTER.match(line)) \
            and _SENTENCE_END.search(text, s, a)
        if CLOSING_START.match(line) or signed or sanction:
            return strip_range(text, a, b)[0]
    return None


# A responsibility or deadline line after a measure (``责任单位：县委办``, ``长期坚持``, ``6月底前``).
_DUTY_OR_DEADLINE = re.compile(r"[:：]|责任|牵头|配合|时限|完成|长期|持续|常态|坚持|到位|月底|年底|季度|底前|之前|以前|"
                               r"[0-9０-９]+\s*月|[一二三四五六七八九十]+月")
_RE_GUANYU = re.compile(r"关于[^\.．。]{2,30}?(?:[ \u3000]|$)")


def _header_row(line: str) -> bool:
    """Whether ``line`` is a table's header row: three or more tab-separated cells, 序号 (or 编号 …) first or second."""
    cells = [c.strip(WS) for c in line.split("\t")]
    return len(cells) >= 3 and any(c in TABLE_HEADER_CELLS for c in cells[:2])


def _tail_heading(text: str, lo: int, hi: int, flattened: bool, codes=None) -> int | None:
    """Start of an unnumbered heading at the tail of a leaf, or None.

    Flattened text: a segment opening with ``关于`` (``关于加强省经信委党组自身建设 坚决…``).
    Ordinary text: trailing short lines without end punctuation (``关于遵守政治纪律的问题``); lines of
    page furniture in ``codes`` (a page number, a running header) are passed over.
    """
    if flattened:
        for s, e in segments(text, lo, hi, True)[1:]:
            if _RE_GUANYU.match(text, s):
                return s
        return None
    lines = [(s, e) for s, e in _lines(text, lo, hi) if text[s:e].strip(WS)]
    cut = None
    for s, e in reversed(lines[1:]):
        if (codes is not None and codes[strip_range(text, s, e)[0]] == CODE["furniture"]) \
                or MARKUP_ONLY.fullmatch(text, s, e):
            continue
        line = bare_line(text[s:e])
        if _header_row(line):  # 序号  整改措施  责任单位  完成时限: the header of a table after the item
            cut = s
            continue
        lead_in = line[-1] in ":：" and not _DUTY_OR_DEADLINE.search(line[:-1])  # 在节日期间： leads in to what follows
        if lead_in or (len(line) <= 30 and line[-1] not in "。；;，,、.．!！?？)）" and not line.startswith("——")
                       and not _DUTY_OR_DEADLINE.search(line)):  # 责任单位：… / 长期坚持 stay with their measure
            cut = s
        else:
            break
    return cut
