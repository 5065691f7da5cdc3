"""Where a plan's body starts and ends inside a loaded document.

In: the loaded text and a boolean mask of the characters the loader set aside as furniture.
Out: ``(lo, hi)`` character offsets of the plan body. Before ``lo``: the title, a notice wrapping
the plan (``现将…印发给你们…`` up to its signature date, or up to the plan's own title line) and
the furniture before them. After ``hi``: signatures, dates (``2013年2月6日`` / ``二〇一三年二月六日``),
another document that follows the plan (a gazette's next item: its title, then its number or addressees),
closing clauses (``本办法自印发之日起施行``, ``抄送：…``, ``…日印发``) and a closing attachment
list (``附件：1.…``). Also the line shapes the extractor's modules share (dates, signatures, the
document speaking of itself, purpose clauses, short heading lines). Used by :mod:`analysis.measures`.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .furniture import classify_line
from .numbering import HAN, LONG_LINE_CHARS, SENTENCE_END, inline_enumeration

WS = " \t\r\n\f\v\u3000\xa0"  # \f: the page break a PDF-to-text copy leaves
SENTENCE_MARK = re.compile(r"[。；;！!？?]")  # a mark that ends a sentence (not a comma, not a dot)
_QUOTED = re.compile(r"^(?:[>》][ \t\u3000\xa0]*)+")  # a forum's quote marks before a reposted line


def bare_line(line: str) -> str:
    """A line without its surrounding white space and without a forum's leading quote marks (``> …``)."""
    return _QUOTED.sub("", line.strip(WS)).strip(WS)

# A date, in Arabic (2013年2月6日; full-width digits, an OCR'd O for 0, a 20XX placeholder) or Chinese
# numerals (二〇一三年二月六日); a signed plan may give the month only (2014年1月).
_YEAR = r"(?:[12１２][0-9０-９OoＯ]{3}|20[XxＸ]{2})"
_DATE = (rf"(?:{_YEAR}\s*年\s*[0-9０-９]{{1,2}}\s*月(?:\s*[0-9０-９]{{1,2}}\s*日)?|"
         r"[一二〇○零]{2}[〇○零一二三四五六七八九]{2}\s*年\s*[一二三四五六七八九十]{1,2}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?)")
# ... the date, with the publication note some issuers set beside it: 2013年3月5日（此件公开发布）
DATE_LINE = re.compile(rf"^[\s（(]*{_DATE}(?:印发|发布)?[\s）)]*(?:[（(]此件[^（）()]{{1,12}}[）)])?\s*$")
_DATE_RE = re.compile(_DATE)
# An issuer (中共某县委, 某市人民政府办公室); a signature may name two or three on one line.
_ISSUER = (r"(?:中共)?[\u4e00-\u9fff（）()]{2,30}(?:委员会|党委|党组|委|政府|办公室|办公厅|厅|局|部|院|常委会|领导小组|科|组)"
           r"(?:办公室)?")
SIGNATURE_LINE = re.compile(rf"^\s*{_ISSUER}(?:[ \t\u3000\xa0]+{_ISSUER}){{0,2}}\s*(?:{_DATE}(?:印发|发布)?)?\s*$")
NOTICE_WORDS = re.compile(r"印发给你们|现将.{0,80}印发|现(?:予|予以)?印发|现转发|请认真(?:组织)?(?:贯彻|实施|执行)|请结合实际|"
                          # a report submitting the plan to the body above (现将…方案报送如下, 现予报送): it wraps the plan too
                          r"请遵照执行|现(?:予|予以)?报送|现将.{0,80}(?:报送|呈报|报上)")
PLAN_TITLE = re.compile(r"^[^。；;，,]{0,60}(?:方案|办法|细则|规定|意见|措施|要求)$")
# ``本办法`` / ``本实施办法`` / ``本暂行规定`` / ``本若干规定`` / ``本通知``: the document speaking of itself
THIS_DOCUMENT = r"本(?:实施|暂行|若干)?(?:办法|规定|方案|细则|意见|措施|准则|制度|通知|要点|规则|规范|守则|承诺|公约|标准|清单|负面清单)"
# A notice's contact lines for reports (举报电话：12388, 举报网站：…, 来信地址：…): they close it
CONTACT_LINE = re.compile(r"(?:(?:举报|监督|投诉)(?:电话|网站|网址|邮箱|信箱)|来信地址)\s*[:：]")
CLOSING_CLAUSE = re.compile(rf"参照{THIS_DOCUMENT}执行(?![，,][^。；;]{{2,40}}?(?:须|应当|不得|严禁|一律))|"
                            # (not with a rule of its own after it: 各村(居)委会接待回乡侨胞参照本办法执行,接待费用…须经…)
                            # an unnumbered paragraph telling other units to follow this plan (各村…要参照本方案，结合实际…)
                            rf"^(?![（(0-9０-９一二三四五六七八九十第])[^。；;]{{2,40}}?参照{THIS_DOCUMENT}(?:精神|要求)?\s*[，,]?\s*(?:实施|结合|制定)|^[^（(0-9０-９一二三四五六七八九十第]{{2,40}}参照执行[。.]?$|{THIS_DOCUMENT}自.{{0,12}}(?:施行|执行)|"
                            r"(?<!的[，,])由.{1,40}负责解释|^(?:附件|抄送|抄报|报送|分送|发送|报|送|发|主题词)\s*\d*\s*[:：]|"
                            # (联系人：…, 活动联系人：王某　联系电话：…)
                            r"^[^。；;，,：:\s]{0,8}(?:联系人|联系电话)\s*[:：]|"
                            rf"^{CONTACT_LINE.pattern}|"
                            # (an attached list of where to report, numbered: 一、镇纪委举报电话：0836-…, 二、…办公室电话：…)
                            r"^[^。；;，,]{0,30}?(?:举报|办公室|联系|值班)电话[^。；;]{0,20}?[:：]\s*[0-9０-９]|"
                            r"^[（(](?:此件|共印|联系人)|日印发$|"
                            # ``以上整改任务由…统一领导``: a paragraph pointing back at every measure closes the plan
                            r"^以上(?:各项|所列)?(?:整改)?(?:任务|措施|规定|要求|事项)|"
                            # a report's closing formula: 以上汇报，不妥之处，请批评指正。
                            r"^以上(?:汇报|报告)|请批评指正|^特此(?:通知|报告|函告|通报)[。.]?$|"
                            # 以上“十严禁”“八不准”自印发之日起执行 / 此规定自发布之日起施行
                            r"自(?:印发|发布|公布|下发)之日起(?:施行|执行|实施)")
# The attachment block at the end of a document: ``附件：1.…`` and the list lines below it.
ATTACHMENT_LINE = re.compile(r"^附件\s*\d*\s*[:：]?")
ATTACHMENT_ITEM = re.compile(r"^[^。；;！？!?]{1,60}$")
_ATTACHMENT_LIST = re.compile(r"^附件\s*[:：]")  # 附件：1.某某清单
ATTACHMENT_HEADING = re.compile(r"^附[件表]\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[:：]?$")  # 附件1, on its own line
_NUMBERED_ATTACHMENT = re.compile(r"附件\s*[0-9０-９一二三]{1,2}[ \u3000]+[^\s。；;]")  # 附件2　…整改清单, its title beside it
# An item or paragraph that states the plan's purpose or scope (``第一条 为…，制定本细则。``,
# ``本规定适用于…``): preamble, not a measure.
_DOC = r"(?:办法|规定|细则|方案|意见|准则|制度|措施)"
PURPOSE_CLAUSE = re.compile(rf"[\s　]*(?:为了?.{{2,200}}?(?:特)?制定\s*{THIS_DOCUMENT}|{THIS_DOCUMENT}适用于|"
                            # what a clean-up covers (第四条　清理范围包括党政机关占有、使用的全部办公用房…)
                            r"(?:清理|清查|整治|治理|检查|督查|清退|整改|创建|实施|活动)(?:工作)?范围(?:包括|为|是|涵盖)|"
                            rf".{{0,60}}(?:作出|提出)(?:如下|以下){_DOC}[。：:]?$|"
                            # a definition (第二条　本办法所称会议，是指…; 第六条　城市间交通费是指…的费用。 and no more): it
                            # commits to nothing
                            rf"{THIS_DOCUMENT}所称|[^。；;，,\s]{{2,16}}[，,]?是指[^。；;]{{2,150}}[。.]?\s*$|"
                            # … or a classification (第二条　厅机关会议分为三类：一类会议是…), and no more (its classes
                            # numbered too: 第五条　省级会议分为以下四类： / （一）一类会议。是以省委、省政府名义召开的…。)
                            # (or 省级机关会议实行分类管理，分为以下四类：…; 培训实行分类管理。一类培训是指…；二类…)
                            r"[^。；;，,\s]{2,16}(?:(?:实行分类管理[，,])?分为(?:以下)?[一二三两四五六七八九十]类[:：]|"
                            r"实行分类管理[。.])"
                            r"(?:\s*(?:[（(][一二三四五六七八九十][）)])?[一二三四五六七八九十]类(?:[^。；;]{0,8}[。.])?"
                            r"[^。；;]{2,120}[；;。.])+\s*$|"
                            # … and what a class of matters covers (第五条　重要干部任免事项主要包括：…)
                            r"[^。；;，,\s]{2,16}事项(?:主要)?包括[:：]|"
                            # a principle, and no more (第三条　会议管理应当坚持厉行节约、…、务实高效的原则。), or with the
                            # end it serves (…坚持统筹计划、从严控制…的原则，确保有限的经费用于…需要。)
                            r"[^。；;，,]{2,40}?(?:坚持|遵循)[^。；;]{2,80}?的?原则(?:[，,](?:确保|保证|以|使)[^。；;]{2,40})?"
                            r"[。.]?\s*$|"
                            # … or a stance in balanced clauses (第三条　领导干部与民营企业家交往，应当坚持亲而有度、清而有为，…，
                            # 既要坦荡真诚同民营企业家接触交往，又要守住底线、把好分寸。)
                            r"[^。；;]{2,40}?坚持[^。；;]{2,60}?既要[^。；;]{2,60}?又要[^。；;]{2,60}[。.]?\s*$)", re.S)
# The verbs an inspection plan's topics open with (督查…情况: what it will check, not what was done)
_CHECKS = r"(?:督查|检查|督导|督促|核查|抽查|巡查|暗访|明察暗访|考核|评估)"
# … or an order to report it (七、及时报送落实情况。各县…于…前报…: what the units must send, by when)
_REPORTS = r"(?:及时|按时|定期|认真)?(?:报送|上报|报告)"
# Sections whose content is guiding thought, principles or goals: preamble, not measures.
GUIDING_TITLE = re.compile(
    # (and a definition titled as one: （一）首问责任人的界定。首问责任人是指…)
    r"[^，,。；;]{2,16}的(?:界定|定义|含义)$|"
    r"指导思想|基本原则|(?:总体|工作|主要)目标(?!责任|管理|考核)|目标要求|总体要求|整改方向|具体路径|总体思路|基本思路|目标任务$|"
    r"^(?:工作)?目标$|^原则$|^[\u4e00-\u9fff]{2}原则$|^背景$|总则|目的意义|^[^，,。；;]{0,6}目的$|重(?:要|大)意义|"
    # (a scope section, but not 二、严格交通管制的适用范围: a commitment to limit it)
    r"^(?!严格|规范|从严|控制|限定|缩小)[^，,。；;]{0,12}适用(?:范围|对象)(?:(?:和|及|与)(?:范围|对象))?$|"
    r"认识[^，,。；;]{0,20}(?:重要性|紧迫性|必要性)|"
    r"(?:工作|活动|整改|整治|整顿|治理|指导|总体|创建)(?:目标(?!责任|管理|考核)|原则(?!上))|(?<!的)基本(?:要求|情况)|的基本情况$|总体情况|有关情况$|背景情况|"
    # (not an article asking to know a unit's 基本情况: 第八条　开展执法检查前，执法人员应当熟悉被检查单位的基本情况，…)
    # who a special rectification covers (二、治理范围, 清退和整治范围, 检查对象和范围, 二、规范对象), when (二、检查时间和范围)
    # and what it targets (整治范围和重点, 清理范围和内容, 改革范围和目标): it commits to nothing
    r"^(?:(?:专项)?(?:治理|整治|整顿|清理|清退|清查|检查|督查|督导|实施|工作|活动|整改|改革|自查自纠|自查|监督检查|明察暗访|监督管理|管理|监督|监察|巡察|考核|督查考核|封存|腾退|"
    r"规范|查核|核查|抽查|包联|帮扶|结对)"
    r"(?:和?(?:治理|整治|清理|清退|清查|整合))?)?"
    r"(?:范围|对象|时间)(?:(?:和|及|与)?(?:范围|对象|时间)|(?:和|及|与)(?:重点|内容|目标))?$|"
    # (二、承诺主体, 参加对象, 一、培训对象和时间, 二、学习教育对象和时间: who takes part in a campaign or a course, and when)
    r"^(?:承诺|参加|参与|参学|参训|培训|活动|学习教育|教育|学习)(?:主体|对象|人员|范围)(?:(?:和|及|与)(?:时间|地点|范围|人员))?$|"
    # what a progress report says was done (二、已完成的整改事项, 整改落实情况, 工作开展情况, 取得的主要成效) or found
    # (二、换届风气风险点排查情况): no commitment
    # (but an inspection plan's 督查内容 name what it will check: （三）督查一季度问题整改情况, （四）检查…开展情况)
    rf"(?:已完成|已经完成|^已(?:经)?(?:整改|落实|解决|办结))[^，,。；;]{{0,10}}$|^(?!{_CHECKS}|{_REPORTS})[\s\S]*?(?:完成|落实|进展|开展|排查)情况$|"
    # (一、贯彻落实中央八项规定精神情况: what a 对照检查材料 reports was done)
    rf"^(?!{_CHECKS})(?:[^，,。；;]{{0,16}}和)?(?:贯彻)?落实[^，,。；;]{{2,24}}(?:精神|规定|要求)(?:的)?情况$|履行[^，,。；;]{{0,20}}责任(?:的)?情况$|"
    # (not （五）健全制度机制，巩固整改成效: a commitment to keep them)
    r"^[^，,。；;]{0,12}(?<!巩固|扩大|提升|检验|确保|放大|深化)(?:取得的|主要|工作|整改)成效$|取得的(?:主要)?成绩$|"
    # (二、专项整治和制度建设情况, 一、“四风”突出问题整改情况, 二、贯彻落实…的主要情况; not 公开整改情况, a commitment; a
    # report's 主要做法 stay measures, as two writers of three keyed them)
    rf"^(?!{_CHECKS})(?:[^，,。；;]{{0,20}}(?:问题|的|和|及|专项))?(?:整改|整治|制度建设|治理)情况$|的主要情况$|"
    # what a report asks of higher bodies (四、意见和建议): the issuer commits to nothing there
    r"^(?:意见(?:和|及|与)?建议|(?:有关|工作|几点)建议)$|"
    # what a meeting's minutes or report narrate (一、会议主要精神, 会前准备情况, 民主生活会召开情况): 会议认为…, 会上…
    r"会议(?:主要)?精神$|传达[^，,。；;]{0,20}精神$|(?<!报告|报送|通报|汇报|检查|督查|考核|登记)(?:召开|准备|学习|传达|讨论|审议)情况$|^讨论发言$|"
    # what a self-inspection found (一、自查情况: （一）公务接待方面。经自查，未发现…)
    r"自查(?:自纠)?情况$|"
    # … or what a campaign's self-examination found (二、检视问题情况, 查摆问题情况): the problems, told as a story
    r"^(?:检视|查摆|查找|梳理)(?:出的)?问题(?:的)?情况$|"
    # what an earlier round or period achieved, restated before the plan's own measures (一、前一阶段整治工作情况)
    # (the whole title: not a hard-wrapped line's end, 开展惠农补贴专项检查，对2021年以来惠农补贴发放情况 / 逐户核查…)
    r"^[^，,。；;]*?(?:前一?阶段|上一?阶段|前期|上半年|去年|以来)[^，,。；;]{0,12}(?:情况|成效|回顾)$|"
    # (一、2019年工作情况, 一、2021年作风建设工作回顾: a year's work points open with the year before)
    r"^[12][0-9]{3}年(?:度)?[^，,。；;]{0,10}(?:工作)?(?:情况|回顾|总结)$|"
    # what a service pledge describes beside its pledges (一、服务宗旨, 二、服务时间, 五、窗口设置及工作人员): no commitment
    r"^(?:服务|办事|窗口)?(?:宗旨|服务时间|办公时间|服务事项|办理事项|服务内容|服务对象|办公地点|服务地点)$|"
    r"^窗口(?:设置|分布)(?:及|和|与)?(?:工作)?人员$|"
    # where to complain or report (四、投诉渠道, 监督举报方式): contact lines, no commitment
    r"^(?:投诉|举报|监督举报|联系)(?:渠道|方式|电话|地址)$")
# A short unnumbered heading line (``【工作要求】``, ``提高会议质量``): context for the items below it.
HEADING_LINE = re.compile(r"^(?:【[^】]{1,30}】|[^。；;，,、：:！!？?．.（）()]{2,30})$")
# The head of another official document after the plan (a gazette or a compilation holds several): its title
# (it may wrap over two or three short lines), then its document number (青政办发〔2014〕9号) or its addressees
# (各市（州）、县（市、区）人民政府，省政府各部门：).
DOCUMENT_TITLE_END = re.compile(r"(?:通知|意见|方案|办法|决定|规定|批复|通报|细则|措施|要点|规划|报告)$")
DOCUMENT_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【(（][12][0-9]{3}[〕\]］】)）]\s*[0-9０-９]{1,4}\s*号$")
ADDRESSEE_LINE = re.compile(r"^各[^。；;！？!?]{2,80}[：:]$")
# The title of a text that accompanies the plan after it on one page or in one file: its interpretation
# (【政策解读】《…》解读, …答记者问), its drafting notes (关于《…》的起草说明) or a glossary (名词解释). What follows
# explains the plan, and its numbered questions or notes are not measures.
COMPANION_TITLE = re.compile(r"^(?:【[^】]{0,10}】)?[^。；;！？!?]{0,60}(?:解读|答记者问|起草说明|编制说明|制定说明|名词解释)$")
# A news item's dateline (a newspaper page holds the plan and other items): 本报讯（记者…）, 新华社北京5月6日电.
NEWS_DATELINE = re.compile(r"^(?:本报讯|本报[\u4e00-\u9fff]{1,8}(?:讯|电)|新华社[\u4e00-\u9fff0-9０-９]{1,12}电|"
                           r"[\u4e00-\u9fff]{2,8}(?:日报|晚报)讯)")
MARKUP_ONLY = re.compile(r"[*_#~=|:`>》+\s\u2500-\u257f\u2014\uff0d-]+")  # Markdown, forum or box-drawing residue: **, |---|:---|, +---+, >, ────
TABLE_HEADER_CELLS = {"序号", "编号", "序", "No.", "No"}  # the first cells of a table's header row (序号  整改措施 …)


def content_start(text: str, furniture: np.ndarray) -> int:
    """First character that is neither furniture nor white space."""
    i = 0
    while i < len(text) and (furniture[i] or text[i] in WS):
        i += 1
    return i


def lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in ``text[lo:hi]`` (end excludes the newline)."""
    out, pos = [], lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def _content_lines(text: str, furniture: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of every line holding text that is not all furniture."""
    return [(s, e) for s, e in lines(text, 0, len(text)) if text[s:e].strip(WS) and not furniture[s:e].all()]


# A rule's title on a line of its own in a compilation (蓼川市市级机关调查研究工作制度, …公务用车管理规定（试行）) …
RULE_TITLE = re.compile(r"[^。；;，,：:！？!?\s]{2,40}(?:办法|规定|制度|细则|措施|意见|方案|要点|准则|规则|守则)"
                         r"(?:[（(](?:试行|暂行|修订)[）)])?")
# … over the rule's own opening: its purpose (为严格执行…), a preamble that names it (…，制定本制度。) or leads in to it
# (…，特制定以下措施：), or its first chapter or article
_RULE_OPENING = re.compile(rf"第[一1]章|第[一1]条|总\s*则$|为了?[^。；;]{{4,}}|"
                           rf".{{0,400}}?制定(?:{THIS_DOCUMENT}|(?:以下|如下)[^。；;]{{0,4}}[:：])")


# An emoji a WeChat post sets before a section heading (💡三项要求 · 廉洁过节, 🔍监督检查 · 不留死角)
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2700-\u27BF]")


def section_breaks(text: str, lo: int, hi: int, furniture: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[lo:hi]`` where another document or section begins, which ends every
    item open before it: the title of another rule of a compilation (a rule's name alone on its line,
    :data:`RULE_TITLE`, not numbered, after a line that ends a sentence or closes a rule and before the rule's own
    opening, :data:`_RULE_OPENING`), or a post's section heading (a short line that opens with an emoji and reads as
    a heading, :data:`HEADING_LINE`)."""
    content = [x for x in _content_lines(text, furniture) if lo <= x[0] < hi]
    out = []
    for i, (s, e) in enumerate(content):
        line = text[s:e].strip(WS)
        emoji = _EMOJI.match(line) and HEADING_LINE.match(line) and not furniture[s:e].any()
        if emoji or 0 < i < len(content) - 1 and _rule_title(text, line, content[i - 1], content[i + 1]):
            start = s + text[s:e].index(line)
            out.append((start, start + len(line)))
    return out


def _rule_title(text: str, line: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    # (a numbered title, 二、白蕖镇公务接待制度, is an item: the tree nests the rule under it; the rule before ends
    # in a full sentence, a closing or a signature)
    previous = bare_line(text[slice(*before)])
    return bool(RULE_TITLE.fullmatch(line) and not _NUMBERED_LINE.match(line)
                and _RULE_OPENING.match(text[slice(*after)].strip(WS))
                and (previous.endswith(("。", "；", ";", "！", "!", "）", ")")) or is_closing(previous)))


# A numbered order to the units to draft their own rules by a date (（三）各县（市、区）要参照本意见，结合实际制定具体
# 实施办法，于3月底前报备): a commitment with its deadline (writers keyed 7 of 10), unlike one without a date (2 of 5),
# 参照本办法执行 (a scope extension) or an unnumbered closing paragraph
# (the date may come first: 各乡镇要参照本办法，结合实际于（在）2013年4月底前制定本乡镇公务接待实施细则)
DRAFT_ORDER = re.compile(r"制定[^。；;]{0,40}?于[^。；;]{0,12}?(?:[0-9０-９]{1,2}\s*月|年底|月底)[^。；;]{0,8}?前|"
                         r"[于在][^。；;]{0,12}?(?:[0-9０-９]{1,2}\s*月|年底|月底)[^。；;]{0,8}?前[^。；;]{0,6}?制定|"
                         # (or within a term: …结合各自实际，在一个月内制定具体实施细则，报州委办公室备案)
                         r"[于在][一二三四五六七八九十两0-9０-９]{1,3}个?(?:月|周|日|天|工作日)内[^。；;]{0,6}?制定")
# … even when a closing sentence follows it on its line (十、各市州党委、省直各部门要…制定具体措施，于2013年1月15日前报省委办公厅
# 备案。县级以下党政机关参照本办法执行。): the line is the plan's last item, only its tail closes the plan


def _numbered_draft_order(line: str) -> bool:
    """Whether ``line`` (stripped) is a numbered item whose first sentence orders the units to draft by a date."""
    first = re.match(r"[^。；;]*[。；;]?", line).group()
    return bool(_NUMBERED_LINE.match(line) and DRAFT_ORDER.search(first))


def body_bounds(text: str, furniture: np.ndarray) -> tuple[int, int]:
    """Start and end of the plan body: after a wrapping notice, before signatures and closing lines."""
    content = _content_lines(text, furniture)
    lo = _notice_end(text, content)
    following = _next_document(text, content, lo)
    content = [(s, e) for s, e in content if s < following]
    hi = content[-1][1] if content else len(text)
    attachment = _attachment_block(text, content, lo)
    below = ""  # the closing line under this one
    for k in range(len(content) - 1, -1, -1):
        s, e = content[k]
        line = bare_line(text[s:e])
        if e > lo and (e - s >= LONG_LINE_CHARS or _run_then_closing(text, s, e) or _numbered_draft_order(line)):
            # a line that lost its breaks, or a run of requirements ending with the in-force clause (提出以下要求：
            # 一是…；二是…；三是….本规定自下发之日起执行。): trim its closing sentences only
            hi = _closing_tail(text, max(s, lo), e)
            break
        if e <= lo or not (is_closing(line) or _wrapped_signature(line, below)) \
                and not (furniture[s:e].any() or s >= attachment):
            break
        below = line
        if k and bracket_left_open(text[slice(*content[k - 1])]) and s < attachment:
            # a hard wrap inside brackets (…市直各部门党组（ / 党委）可参照本细则，…): the line goes on an article (not
            # inside an attachment: （公示牌规格：…不锈钢材质 / 自行制作。） is the attachment's own note)
            break
        hi = s
    return lo, max(hi, lo)


def _run_then_closing(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` runs three or more ``一是…`` items before the sentence that closes it."""
    m = CLOSING_CLAUSE.search(text, s, e)
    return bool(m and m.start() > s and inline_enumeration(text, s, m.start()))


def following_document(text: str, furniture: np.ndarray) -> int:
    """Where another document begins after the plan in the same file (see :func:`_next_document`), or
    ``len(text)`` when none does. ``furniture``: boolean mask of the loader's furniture, one per character."""
    content = _content_lines(text, furniture)
    return _next_document(text, content, _notice_end(text, content))


def documents_after_plan(texts: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """The files whose plan is followed by another document (a gazette's next item, a newspaper's next
    article, a second plan of a compilation): its text is set aside (``other`` spans), so a second plan
    in one file is not extracted and the researcher should split the file.

    In: ``texts`` (``doc_id``, ``text``) and ``spans`` (``doc_id``, ``span_kind``, ``char_start``,
    ``char_end``; its ``furniture`` spans are the loader's). Out: one row per such document, columns
    ``doc_id``, ``char_start`` (where the other document begins), ``n_chars`` (characters from there to
    the end of the text), ``first_line`` (its first line, e.g. the next item's title), ordered by ``doc_id``.
    """
    rows = []
    furniture = spans[spans["span_kind"] == "furniture"].groupby("doc_id")
    held = set(furniture.groups)
    for doc_id, text in zip(texts["doc_id"], texts["text"]):
        mask = np.zeros(len(text), dtype=bool)
        if doc_id in held:
            for s, e in zip(*(furniture.get_group(doc_id)[c].to_numpy() for c in ("char_start", "char_end"))):
                mask[s:e] = True
        start = following_document(text, mask)
        if start < len(text):
            first = next((ln.strip(WS) for ln in text[start:].splitlines() if ln.strip(WS)), "")
            rows.append({"doc_id": doc_id, "char_start": start, "n_chars": len(text) - start, "first_line": first})
    out = pd.DataFrame(rows, columns=["doc_id", "char_start", "n_chars", "first_line"])
    return out.sort_values("doc_id", kind="stable").reset_index(drop=True)


def _next_document(text: str, content: list[tuple[int, int]], lo: int) -> int:
    """Start of another document after the plan (its title line), or ``len(text)``: title lines (short, no
    sentence mark, the last ending as a document's title ends: ``…的通知``) followed by a document number
    line or an addressee line, or a news item's dateline (``本报讯…``), after the plan has begun (a numbered line
    after ``lo``)."""
    begun = False
    for i, (s, e) in enumerate(content):
        line = text[s:e].strip(WS)
        if s < lo:
            continue
        if not begun:
            begun = bool(_NUMBERED_LINE.match(line))
            continue
        if NEWS_DATELINE.match(line) or COMPANION_TITLE.match(line) and not _NUMBERED_LINE.match(line):
            return s
        if not (DOCUMENT_NUMBER_LINE.match(line) or ADDRESSEE_LINE.match(line)):
            continue
        j = i
        while j > 0 and i - j < 3 and _title_piece(text[slice(*content[j - 1])].strip(WS)):
            j -= 1
        title = "".join(text[slice(*content[k])].strip(WS) for k in range(j, i))
        if j < i and DOCUMENT_TITLE_END.search(title) and content[j][0] > lo:
            return content[j][0]
    return len(text)


def _title_piece(line: str) -> bool:
    return 0 < len(line) <= 60 and not SENTENCE_MARK.search(line) and not _NUMBERED_LINE.match(line) \
        and not DOCUMENT_NUMBER_LINE.match(line)


def bracket_left_open(line: str) -> bool:
    """Whether ``line`` opens more full-width brackets than it closes (a hard wrap inside ``（…）``)."""
    return line.count("（") > line.count("）")


# The head of an issuer's name: a place and its level (岷东省…, 中共某县…), where a signature too long for its line begins
_ISSUER_HEAD = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗|镇|乡|街道)")


def _wrapped_signature(line: str, below: str) -> bool:
    """Whether ``line`` is the first part of a signature wrapped onto the signature line ``below``
    (``岷东省交通运输厅党的群众路线`` / ``教育实践活动领导小组``)."""
    return bool(below and SIGNATURE_LINE.match(below) and _ISSUER_HEAD.match(line)
                and SIGNATURE_LINE.match(line + below))


def is_closing(line: str) -> bool:
    """Whether ``line`` (stripped) closes a document: a date, a signature, a closing clause (…印发, 抄送：…), or
    a translation."""
    return bool(DATE_LINE.match(line) or SIGNATURE_LINE.match(line) or CLOSING_CLAUSE.search(line)
                or other_script_line(line))


def other_script_line(line: str) -> bool:
    """A line in another script without a Chinese character: a bilingual plan's translation of the line before it
    (``Strictly limit the number of meetings…``; a Uyghur, Tibetan or Mongolian signature under the Chinese one)."""
    return not HAN.search(line) and (len(_LATIN_WORD.findall(line)) >= 3
                                     or sum(ch.isalpha() and not ch.isascii() for ch in line) >= 6)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


# where a long line's closing pieces part: a sentence end, before 【, before a distribution list run onto the dated
# signature (…实效。中共某乡委员会2014年7月15日抄送：县委办公室。)
_PIECE_END = re.compile(SENTENCE_END.pattern + r"|(?=【)|(?=(?:抄送|抄报|分送|主送)[:：])")


def _closing_tail(text: str, s: int, e: int) -> int:
    """Where the closing part of a long line ``text[s:e]`` begins (``e`` when it has none).

    The line is cut after each sentence end and before each ``【``; from the end, pieces that are a
    closing clause, a signature or date, or page furniture (``【打印本页】``) are the tail."""
    cuts = [s] + [m.end() for m in _PIECE_END.finditer(text, s, e) if s < m.end() < e] + [e]
    hi = e
    for a, b in zip(reversed(cuts[:-1]), reversed(cuts[1:])):
        piece = text[a:b].strip(WS)
        if piece and not (is_closing(piece) or classify_line(piece)):
            break
        hi = a
    return hi


_BEGUN_CHARS = 40  # a line this long is the plan's text, not its title block


def _attachment_block(text: str, content: list[tuple[int, int]], lo: int) -> int:
    """Start of what follows the plan as attachments, or ``len(text)``: an attachment list (``附件：1.…``)
    followed later by the attachments themselves (``附件1`` on its own line, then its text), from the
    list on; a closing attachment list (``附件：1.…`` then short list lines); or, when the plan's dated
    signature is followed by an attachment (``附件`` / ``附件1`` and its own text), that signature date
    line and all after it.

    Only the last ``附件`` line counts for a list, and only when every line from it to the end is a
    short list entry, a signature, a date or a closing line (a ``附件`` line followed by the plan
    itself is not).
    """
    attached = [i for i, (s, e) in enumerate(content) if s >= lo and ATTACHMENT_LINE.match(text[s:e].strip(WS))]
    listed = [i for i in attached if _ATTACHMENT_LIST.match(text[slice(*content[i])].strip(WS))]
    headings = (text[slice(*content[i])].strip(WS) for i in attached if listed and i > listed[0])
    if listed and any(ATTACHMENT_HEADING.match(x) or _NUMBERED_ATTACHMENT.match(x) for x in headings):
        return content[listed[0]][0]  # ``附件：1.… 2.…`` listed, then ``附件1`` and its text: the plan ends at the list
    begun = False  # (a date under the plan's title, （2014年7月25日）, is no signature: the plan has not begun there)
    for i, (s, e) in enumerate(content[:attached[-1] + 1] if attached else []):
        line = text[s:e].strip(WS)
        if s >= lo and begun and (DATE_LINE.match(line) or SIGNATURE_LINE.match(line) and _DATE_RE.search(line)):
            return s  # the plan is signed and dated here; the attachment after it is not the plan
        if s >= lo and begun and _IN_FORCE.search(line):
            # the plan's last article puts it in force (本细则…自2015年5月1日起执行。) and the next line heads an
            # attachment that is a blank form: it and what follows (its 填表说明) are not the plan
            after = [text[slice(*content[j])].strip(WS) for j in range(i + 1, min(i + 9, len(content)))]
            nxt = next((i + 1 + k for k, x in enumerate(after) if not is_closing(x) or ATTACHMENT_LINE.match(x)), None)
            head = text[slice(*content[nxt])].strip(WS) if nxt is not None else ""
            if (nxt is not None and nxt + 1 < len(content) and ATTACHMENT_HEADING.match(head)
                    and _FORM_TITLE.search(text[slice(*content[nxt + 1])].strip(WS))):
                return content[nxt][0]
            if (label := ATTACHMENT_LINE.match(head)) and _FORM_TITLE.search(head[label.end():].strip(WS)):
                return content[nxt][0]  # (附件：因公出国（境）团组公示内容（参考格式）, its title on the 附件 line)
        if s >= lo and begun and ATTACHMENT_HEADING.match(line) and _catalogue_after(text, content, i):
            return s  # 附件 / …代理事项目录 / 序号 代理事项 承办单位 办理时限: a catalogue attached, not the plan
        if (s >= lo and i == attached[-1] and ATTACHMENT_HEADING.match(line) and i + 1 < len(content)
                and _FORM_TITLE.search(text[slice(*content[i + 1])].strip(WS))):
            return s  # the last attachment a blank form or pledge (附件3 / 领导干部廉洁过节承诺书 / 本人郑重承诺…): not the plan
        if s >= lo and ATTACHMENT_LINE.match(line) and _ledger_after(text, content, i):
            # 附件：…整改台账 / its title / ===== / 序号  整改任务及措施 …, unsigned: the plan ends at its 附件 line (also
            # in a copy hard-wrapped short of _BEGUN_CHARS: a table's header under it is no title block's)
            return s
        begun = begun or s >= lo and len(line) >= _BEGUN_CHARS
    for i in range(len(content) - 1, max(-1, len(content) - 12), -1):
        s, e = content[i]
        if s < lo:
            break
        if ATTACHMENT_LINE.match(text[s:e].strip(WS)):
            rest = [text[a:b].strip(WS) for a, b in content[i + 1:]]
            # (a row of tab-separated cells is no list entry: an attached 整改台账's rows are measures)
            if all(ATTACHMENT_ITEM.match(x) and "\t" not in x or DATE_LINE.match(x) or SIGNATURE_LINE.match(x)
                   or CLOSING_CLAUSE.search(x) for x in rest):
                return s
            break
    return len(text)


def _catalogue_after(text: str, content: list[tuple[int, int]], i: int) -> bool:
    """Whether the ``附件`` line ``content[i]`` heads a title over a table that lists no measures (a catalogue of
    services and their time limits, ``序号　代理事项　承办单位　办理时限``), unlike an attached 整改台账."""
    from .paragraphs import _header_row, _table_cells, measures_table  # (paragraphs imports this module)
    if i + 2 >= len(content) or SENTENCE_MARK.search(text[slice(*content[i + 1])]):
        return False
    return _header_row(_table_cells(text[slice(*content[i + 2])])) and not measures_table(text, content[i + 2][0], len(text))


def _ledger_after(text: str, content: list[tuple[int, int]], i: int) -> bool:
    """Whether the ``附件`` line ``content[i]`` heads a plain-text table of measures (an attached 整改台账 set with
    spaces, as a PDF copy or a ``<pre>`` block lays it out) whose header comes within the three lines after it (its
    title, a rule line), so that the unsigned plan ends at that line. (A table the loaders wrote, its cells
    tab-separated, is read where it stands, as its writers keyed it.)"""
    from .paragraphs import _LINE_HEADER, measures_table  # (paragraphs imports this module)
    heads = [j for j in range(i + 1, min(i + 4, len(content)))
             if _LINE_HEADER.fullmatch(text[slice(*content[j])].strip(WS))]
    return bool(heads) and measures_table(text, content[heads[0]][0], len(text))


# A blank form's title (出差审批单, 公务接待登记表, 用车申请单, 回执): it is filled in, it commits to nothing
# (…学员廉洁自律承诺书: a pledge left blank for each trainee to sign, not the issuer's rules)
_FORM_TITLE = re.compile(r"(?:审批|登记|申请|报批|备案|报销|签批|呈批|派车|报告)(?:单|表|卡)$|回执$|承诺书$|"
                         r"[（(](?:参考|推荐)?(?:格式|样式|式样|范本|模板)[）)]$|"  # …公示内容（参考格式）: a template
                         r"(?:结算|支出|保留|公开|收费)目录$")  # (…公务卡强制结算目录: a catalogue the rules refer to, not rules)
_IN_FORCE = re.compile(rf"本(?!通知)(?:实施|暂行|若干)?{_DOC}.{{0,20}}?自.{{0,16}}?(?:施行|执行|实施)[。.]?")


_NUMBERED_LINE = re.compile(r"[（(]?[一二三四五六七八九十0-9０-９]+[）)、.．]|第[一二三四五六七八九十百]+[章条]")


def _notice_end(text: str, content: list[tuple[int, int]]) -> int:
    """End of a notice that wraps the plan (its signature date line), or 0 when there is none.

    A notice is recognised by its wording (``现将…印发给你们``) followed, before the plan, by a date
    line on its own; the plan must follow it.
    """
    seen_notice, title_end = False, 0
    # a date line with no numbered line after it is the plan's own signature date, not the notice's: the plan
    # followed the notice's paragraph without a signature or its title between them
    last_numbered = max((i for i, (s, e) in enumerate(content) if _NUMBERED_LINE.match(text[s:e].strip(WS))), default=-1)
    numbered_since_title = False
    for i, (s, e) in enumerate(content):
        line = text[s:e].strip(WS)
        if NOTICE_WORDS.search(line):
            seen_notice = True
        elif seen_notice and DATE_LINE.match(line) and i < len(content) - 3 and i < last_numbered:
            # (unless the plan's title and numbered lines came first: the date signs the plan, and the numbered
            # lines after it belong to its attachment, a form's 填表说明 1．2．)
            return title_end if numbered_since_title else e
        elif seen_notice and not title_end and PLAN_TITLE.search(line) and not _NUMBERED_LINE.match(line) \
                and i < len(content) - 3:
            title_end = s  # no signature date: the plan starts at its own title line
        elif title_end and _NUMBERED_LINE.match(line) and not ATTACHMENT_LINE.match(text[title_end:e].lstrip(WS)):
            numbered_since_title = True  # (a notice's list 附件：1.…实施办法 / 2.…任务分工 is no plan title)
    return title_end
