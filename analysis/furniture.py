"""Page furniture: named, compiled patterns for the web-page debris found in copied plans, and the finder.

Plans copied from government web sites carry the page around them: date banners, print buttons,
view counters, ``Produced By`` lines, share bars, breadcrumbs, lists of related links, and runs of
``?`` where a character could not be mapped. The loaded text is never edited; these lines are only
*recognised* and returned as spans ``(char_start, char_end, kind)`` so that later stages set them aside.

Rules (so that a plan's own text is never taken for furniture):

* every pattern must match a **whole line** (after trimming surrounding whitespace, full-width spaces
  included): nothing is ever cut out of the middle of a paragraph;
* ``top`` patterns count only among the first :data:`TOP_LINES` non-blank lines, ``bottom`` patterns
  only as a trailing block (see :func:`find_furniture`), ``line`` patterns on any line of their own;
* a span covers its line from the first to the last character, the line's ``\\n`` excluded; a
  ``related_links`` span runs from its heading line to the end of the last non-blank line.

Kinds (``furniture_kind`` in the ``furniture`` table):

=================  ======  ==============================================================
kind               where   recognises
=================  ======  ==============================================================
date_banner        top     ``今日:``, ``今天是2013年2月21日 星期四``
mojibake           line    lines made only of ``?``/``？``/``□``/U+FFFD (unmapped characters)
page_meta          line    ``发布日期:2013-02-21 来源: … 阅览次数:``, ``字号：大 中 小``, ``索引号：…``, ``来源：…``, ``发表于 …`` (forum)
print_button       line    ``【打印本页】 【关闭窗口】``, ``[打印] [关闭]``, ``【加入收藏】``, ``【大】【中】【小】``, ``【列印】【关闭】``
produced_by        line    ``Produced By 大汉网络…``, ``Powered by …``, ``技术支持：…``
copyright          line    ``版权所有 …``, ``Copyright ©``, ``…ICP备…号``, ``网站标识码``, ``主办单位：``
back_to_top        line    ``返回顶部``, ``回到顶部``, ``[返回]``, ``返回首页``
share_bar          line    ``分享到：…``, ``扫一扫在手机打开当前页``, ``点击蓝字关注我们``, ``长按识别二维码…``, ``点赞 在看``
editor             line    ``责任编辑：…``, ``（责任编辑：张三）``
prev_next          line    ``上一篇：…``, ``下一篇：…``
breadcrumb         line    ``当前位置：首页 > 政务公开``, ``首页 > 新闻中心 > …``
toc                line    ``目  录``, ``一、改进调查研究……………2`` (a table of contents)
page_number        line    ``— 3 —``, ``-3-``, ``一 3 一`` (OCR), ``·23·`` (a gazette), ``第3页``, ``3/12`` (a copy out of a PDF), a pager
                           (``共2页 第1页 第2页 下一页``)
running_header     near    a short line next to page numbers, the same text at least twice (``中共河北省委办公厅``)
navigation         line    a site's menu copied as a line, four or more short entries (``首页 | 机构概况 | 政务公开 | …``)
page_header        near    a page's header printed again where its second page begins: a line repeating an earlier one
                           between lines of furniture (the site's name, the document's title)
related_links      bottom  ``相关自查报告: …、…``, ``相关链接``, ``相关阅读``, ``相关文章``, ``热点排行``, ``往期回顾`` and what follows
summary_box        block   an editor's summary before the text (``【要点】``, ``【核心提示】`` …) through its ``（以下为全文）`` line
=================  ======  ==============================================================
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TOP_LINES = 5  # a `top` pattern must be among this many first non-blank lines
RELATED_ITEM_MAX_CHARS = 80  # lines after a related-links heading: this short, not ending a sentence (titles)
MAX_FURNITURE_LINE = 200  # no furniture line is longer than this (a plan paragraph can be)

# Characters trimmed around a line before matching: ASCII and Unicode white space (incl. U+3000, U+00A0).
_TRIM = " \t\f\v\u3000\u00a0\ufeff"


@dataclass(frozen=True)
class FurniturePattern:
    """One named pattern. ``where`` is ``line`` (any line of its own), ``top`` or ``bottom``."""

    kind: str
    where: str
    regex: re.Pattern

    def matches(self, line: str) -> bool:
        """Whether the whole (trimmed) ``line`` is this furniture."""
        return len(line) <= MAX_FURNITURE_LINE and self.regex.fullmatch(line) is not None


def _p(kind: str, where: str, pattern: str, flags: int = 0) -> FurniturePattern:
    return FurniturePattern(kind, where, re.compile(pattern, flags))


_OPEN, _CLOSE = r"[【\[［(（<〔]?", r"[】\]］)）>〕]?"
_BUTTON = (r"(?:打印本页|打印此页|打印页面|打印文章|打印|关闭窗口|关闭本页|关闭|加入收藏|收藏本页|收藏|"
           r"(?:字体|字号)?\s*[:：]?\s*大\s*中\s*小|我要纠错|纠错|保存本页|保存|返回顶部|返回)")
_COLON = r"\s*[:：]"
_SHARE = r"(?:分享到\s*[:：]?|分享\s*[:：]).{0,60}"  # also ends a row of buttons (【打印】【关闭】 分享到：)

# A page number of a document copied out of a PDF, on a line of its own: — 3 —, -3-, ·23· (a gazette), 第3页, 3/12
PAGE_NUMBER = (r"[—–\-－一]\s*[0-9０-９]{1,3}\s*[—–\-－一]|[·•・‧]\s*[0-9０-９]{1,3}\s*[·•・‧]|"
               r"第\s*[0-9０-９]{1,3}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,3}\s*页)?|[0-9０-９]{1,3}\s*/\s*[0-9０-９]{1,3}")
_PAGER = r"[共第]\s*[0-9０-９]{1,3}\s*页|上一页|下一页|首页|尾页|末页|[\[［]?[0-9０-９]{1,3}[\]］]?"

# The fields of a portal page's metadata table, spaced out or not (索 引 号：…　信息分类：…, 主 题 词：…)
_META_FIELDS = "|".join(r"[ \u3000]*".join(name) for name in (
    "发布日期", "发布时间", "发文日期", "成文日期", "阅览次数", "浏览次数", "阅读次数", "点击次数", "点击数", "访问次数",
    "浏览量", "阅读量", "访问量", "信息来源", "文章来源", "稿件来源", "字号", "索引号", "发布机构", "生成日期", "主题分类",
    "体裁分类", "主题词", "公开方式", "公开范围", "信息类别", "信息分类"))

PATTERNS: tuple[FurniturePattern, ...] = (
    _p("date_banner", "top", r"(?:今日|今天是?)\s*[:：]?\s*[^。；;]{0,40}"),
    _p("mojibake", "line", r"[?？\ufffd□][?？\ufffd□\s\u3000]*"),
    _p("page_meta", "line", r".{0,80}?(?:" + _META_FIELDS + ")" + _COLON + r".{0,150}"),
    _p("page_meta", "line", r"(?:来源|作者|时间|日期)" + _COLON + r"[^。；;]{0,60}?\s(?:来源|作者|时间|日期)"
       + _COLON + r".{0,100}"),
    # a credit line of its own under an article (来源：某县纪委监委宣传部, 作者：张三)
    _p("page_meta", "line", r"(?:来源|出处|供稿|作者|摄影|图文|图片来源|文字)\s*[:：]\s*[^。；;，,\s]{1,30}"),
    _p("back_to_top", "line", rf"{_OPEN}\s*(?:返回顶部|回到顶部|返回首页|返回列表|返回上页|返回|top)\s*{_CLOSE}",
       re.IGNORECASE),
    _p("print_button", "line", rf"(?:(?:{_OPEN}\s*{_BUTTON}\s*{_CLOSE}|[【\[［][大中小][】\]］])[\s|｜/·]*)+(?:{_SHARE})?"),
    # a row of two or more short bracketed buttons, whatever they say (【列印】【关闭】【返回顶部】)
    _p("print_button", "line", r"(?:[【\[［][^】\]］。；;，,]{1,6}[】\]］][\s|｜/·]*){2,}" rf"(?:{_SHARE})?"),
    _p("produced_by", "line", r"(?:produced|powered|designed|developed)\s+by\b.*", re.IGNORECASE),
    _p("produced_by", "line", r"(?:技术支持|技术服务|网站建设)" + _COLON + r".{0,80}"),
    _p("copyright", "line", r"(?!.*[。；])" r".{0,120}(?:版权所有|copyright|©|ICP备|ICP证|备案号|网站标识码|公网安备).{0,120}",
       re.IGNORECASE),
    _p("copyright", "line", r"(?:主办单位|承办单位|主办|承办)" + _COLON + r".{0,120}"),
    _p("share_bar", "line", _SHARE),
    _p("share_bar", "line", r"扫一扫.{0,20}(?:手机|微信).{0,20}"),
    # a WeChat article's prompts: 点击蓝字关注我们, 长按识别二维码 关注…, 阅读原文, 点赞 在看
    _p("share_bar", "line", r"(?:点击(?:上方)?蓝字.{0,20}|长按(?:识别|扫描)?(?:图中|下方)?二维码.{0,30}|阅读原文.{0,10}|"
                            r"(?:点赞|在看|分享|收藏)(?:[\s|｜·/]*(?:点赞|在看|分享|收藏)){1,3})"),
    _p("page_meta", "line", r"(?:投稿|联系)(?:邮箱|电话|信箱)\s*[:：]\s*\S{3,60}"),
    # a forum post's chrome: 发表于 2013-2-6 09:58:41 | 只看该作者, 查看: 2871 | 回复: 12, 本帖最后由 … 编辑,
    # -- 发自我的iPhone
    _p("page_meta", "line", r"发表于\s*[0-9０-９].{0,40}|查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+"),
    _p("editor", "line", r"本帖最后由.{1,40}编辑"),
    _p("share_bar", "line", r"-{0,2}\s*发自我的\s*\S{1,20}"),
    _p("share_bar", "line", r"[-—－ ]{1,3}\s*END\s*[-—－ ]{1,3}"),  # a WeChat article's - END - under its text
    _p("editor", "line", rf"{_OPEN}\s*(?:责任编辑|责编|编辑|审核|校对)" + _COLON + r"\s*[^\s。；;]{1,20}"
       rf"(?:\s+(?:责任编辑|责编|编辑|审核|校对){_COLON}\s*[^\s。；;]{{1,20}})*\s*{_CLOSE}"),
    _p("prev_next", "line", r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇)" + _COLON + r".{0,150}"),
    _p("breadcrumb", "line", r"(?:当前位置|您现在的位置|您的位置|您当前的位置|现在位置|所在位置)\s*(?:是)?\s*[:：].{0,150}"),
    _p("breadcrumb", "line", r"首页\s*(?:[>»＞›/]|&gt;)\s*.{0,150}"),
    # a table of contents: its title, and entries with dot leaders and a page number
    _p("toc", "line", r"目\s*录|目\s*次"),
    _p("toc", "line", r"[^。；;]{1,60}?(?:…{2,}|\.{4,}|·{4,}|．{4,}|-{4,}|—{3,})\s*[0-9０-９]{1,3}"),
    _p("page_number", "line", PAGE_NUMBER),
    # a web page's pager copied with its text: 共2页　第1页　第2页　下一页, 首页 上一页 1 2 下一页 尾页
    _p("page_number", "line", rf"(?=.*页)(?:{_PAGER})(?:[\s|｜]*(?:{_PAGER}))+"),
    # a site's menu copied as a line: 首页 | 机构概况 | 政务公开 | 政策法规 (four or more short entries)
    _p("navigation", "line", r"[^|｜。；;，,：:\s]{1,8}(?:\s*[|｜]\s*[^|｜。；;，,：:\s]{1,8}){3,}"),
)

RELATED_LINKS = _p(
    "related_links", "bottom",
    # (a WeChat article's ▼往期推荐▼ too)
    r"[▼▲◆◇●★☆■□▶►]?" + _OPEN + r"(?:相关[\u4e00-\u9fff]{0,4}?(?:报告|范文|文章|文档|阅读|新闻|报道|链接|推荐|下载)|推荐阅读|延伸阅读|热门推荐|"
    r"热点推荐|猜你喜欢|更多(?:阅读|文章|相关)|(?:热点|热门|点击|阅读)排行(?:榜)?|热门文章|最新文章|热点新闻|"
    r"往期(?:回顾|推荐|精选)|精彩(?:回顾|推荐))" + _CLOSE + r"[▼▲◆◇●★☆■□◀◄]?\s*[:：]?.*",  # 相关文章, 【相关文章】
)

# An editor's summary of the plan set above its full text on a portal or news page (``【要点】`` then ``1．…`` points,
# then ``（以下为全文）``): its points restate measures, so the block is furniture. Only a block closed by such a
# line counts, within SUMMARY_MAX_LINES lines of its heading.
SUMMARY_HEADING = re.compile(r"[【\[［](?:要点|本文要点|文章要点|内容提要|提要|摘要|核心提示|导读|导语)[】\]］]\s*[:：]?.{0,80}")
SUMMARY_END = re.compile(r"[（(]?\s*(?:以下(?:为|是)?|下附)(?:文件)?(?:全文|正文|原文)\s*[）)]?[:：]?|全文如下[:：]?")
SUMMARY_MAX_LINES = 40


def _summary_blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans of editor's summaries among trimmed non-blank ``lines`` (see :data:`SUMMARY_HEADING`)."""
    out = []
    for i, (start, _, core) in enumerate(lines):
        if SUMMARY_HEADING.fullmatch(core):
            end = next((j for j in range(i + 1, min(i + 1 + SUMMARY_MAX_LINES, len(lines)))
                        if SUMMARY_END.fullmatch(lines[j][2])), None)
            if end is not None:
                out.append((start, lines[end][1], "summary_box"))
    return out


def iter_lines(text: str):
    """Yield ``(start, end, line)`` for every line of ``text`` (``end`` excludes the ``\n``)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end, text[start:end]
        start = end + 1


def _trimmed(start: int, end: int, line: str) -> tuple[int, int, str]:
    """The line without surrounding white space, with its new offsets."""
    left = len(line) - len(line.lstrip(_TRIM))
    core = line.strip(_TRIM)
    return start + left, start + left + len(core), core


def classify_line(line: str, *, at_top: bool = False) -> str | None:
    """The furniture kind of a whole line, or ``None`` (``at_top`` admits the ``top`` patterns)."""
    core = line.strip(_TRIM)
    if not core:
        return None
    # (a bilingual portal repeats its buttons in the other script: 【打印本页】　【关闭窗口】　ᠬᠡᠪᠯᠡᠬᠦ　ᠬᠠᠭᠠᠬᠤ)
    bare = _OTHER_SCRIPT.sub(" ", core).strip(_TRIM) if _OTHER_SCRIPT.search(core) else None
    for pat in PATTERNS:
        if (pat.where == "line" or (pat.where == "top" and at_top)) and (pat.matches(core) or bare and pat.matches(bare)):
            return pat.kind
    return None


# Words in the scripts of China's minority languages (Tibetan, Mongolian, Uyghur in Arabic letters, Yi)
_OTHER_SCRIPT = re.compile(r"[\u0f00-\u0fff\u1800-\u18af\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\ua000-\ua4cf]+")


def _link_like(core: str) -> bool:
    """A line that may follow a related-links heading: furniture, or a short title not ending a sentence."""
    return bool(classify_line(core) or RELATED_LINKS.regex.fullmatch(core)) or (
        len(core) <= RELATED_ITEM_MAX_CHARS and core[-1] not in "。；;：:")


def _related_block(lines: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Index range ``(first, last)`` of a trailing related-links block among trimmed non-blank lines:
    a related-links heading followed, to the end, only by link-like lines."""
    tail = len(lines)
    while tail > 0 and _link_like(lines[tail - 1][2]):
        tail -= 1
    for i in range(max(tail - 1, 0), len(lines)):  # the heading line itself may be long (a list on one line)
        if RELATED_LINKS.regex.fullmatch(lines[i][2]):
            return i, len(lines) - 1
    return None


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """Furniture spans of ``text``: a sorted list of ``(char_start, char_end, furniture_kind)``.

    Spans never overlap; offsets index into ``text`` unchanged.
    """
    lines = [_trimmed(*ln) for ln in iter_lines(text)]
    lines = [ln for ln in lines if ln[2]]
    related = _related_block(lines)
    boxes = _summary_blocks(lines)
    spans = []
    for i, (start, end, core) in enumerate(lines):
        if related and i >= related[0]:
            spans.append((start, lines[related[1]][1], RELATED_LINKS.kind))
            break
        if any(a <= start < b for a, b, _ in boxes):
            continue
        kind = classify_line(core, at_top=i < TOP_LINES)
        if kind:
            spans.append((start, end, kind))
    spans = sorted(spans + boxes + _running_headers(lines, spans))
    return sorted(spans + _repeated_page_headers(lines, spans))


def _repeated_page_headers(lines: list[tuple[int, int, str]], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A web page's header printed again where a copy of its second page begins (the site's name, the document's
    title): a line that repeats an earlier line of the text and stands between two lines of furniture (a pager or
    print buttons, a menu or breadcrumb, the page's date line), or between one and another such line."""
    starts = {start for start, _, _ in spans}
    seen: set[str] = set()
    out: list[tuple[int, int, str]] = []
    for i, (start, end, core) in enumerate(lines):
        if start not in starts and core in seen and 0 < i < len(lines) - 1 \
                and lines[i - 1][0] in starts and (lines[i + 1][0] in starts or lines[i + 1][2] in seen
                                                  and i + 2 < len(lines) and lines[i + 2][0] in starts):
            out.append((start, end, "page_header"))
            starts.add(start)
        seen.add(core)
    return out


RUNNING_HEADER_MAX_CHARS = 30


def _running_headers(lines: list[tuple[int, int, str]], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A PDF copy's running header or footer: a short line (no sentence punctuation) next to a page
    number, found next to page numbers at least twice with the same text (``中共河北省委办公厅``)."""
    numbers = {start for start, _, kind in spans if kind == "page_number"}
    found = {start for start, _, _ in spans}  # (a line already found as other furniture stays that)
    near: dict[str, list[int]] = {}
    for i, (start, _, core) in enumerate(lines):
        if start in numbers:
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and lines[j][0] not in found:
                    c = lines[j][2]
                    if len(c) <= RUNNING_HEADER_MAX_CHARS and not re.search(r"[。；;，,：:]", c):
                        near.setdefault(c, []).append(j)
    return [(lines[j][0], lines[j][1], "running_header")
            for c, js in near.items() if len(js) >= 2 for j in sorted(set(js))]
