"""Measure extraction: every numbered or enumerated commitment of a plan, with offsets into its text.

In: the loaded text of one document (never edited) and the furniture spans the loader set aside.
Out: table ``measures`` (one row per measure; ``text`` is exactly ``text[char_start:char_end]``) and
table ``spans``, a partition of the whole text into measure / heading / problem / preamble /
furniture / other with no gap and no overlap.

How (each step is a small function below):
1. the plan body is bounded: a notice wrapping the plan (``…印发给你们…`` up to its signature date)
   and the leading title/preamble come before it; signatures, dates and closing clauses after it;
2. numbering markers are found and checked as sequences (:mod:`analysis.numbering`), and nested by
   rank into a tree of items;
3. items with children are headings (their text is the section context of the measures below);
   leaves are measures, except under guiding-principle sections (preamble) and problem sections;
   a leaf section whose title is a bare heading line and whose body is paragraphs (plans written as
   ``一、改进调查研究`` followed by ``减少陪同人员。…`` paragraphs) yields one measure per paragraph;
4. a measure's tail is trimmed of what follows it but is not it: an unnumbered heading line or a
   problem list (``关于…的问题 着重整改 ①…②…``) before the next measure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import numbering
from .numbering import Marker

SPAN_KINDS = ("other", "preamble", "heading", "problem", "measure", "furniture")
_CODE = {k: i for i, k in enumerate(SPAN_KINDS)}

# Sections whose content is guiding thought, principles or goals: preamble, not measures.
GUIDING_TITLE = re.compile(
    r"指导思想|基本原则|总体目标|目标要求|工作目标|主要目标|总体要求|整改方向|具体路径|总体思路|基本思路|目标任务$|"
    r"^(?:工作)?目标$|^原则$|^背景$|总则|附则|目的意义|重要意义|适用范围")
# Sections that list problems found, not what will be done.
PROBLEM_TITLE = re.compile(r"(存在|查摆|查找|梳理|突出|主要)[^，。]{0,8}问题|问题清单|问题表现|主要表现|不足之处")
REMEDY_WORDS = re.compile(r"整改|措施|任务|解决|改进")
# An intro that states problems before saying what will be done (``针对…等问题``).
PROBLEM_INTRO = re.compile(r"^\s*针对.{2,}?问题")
# Headings that introduce a problem list: ``关于…的问题``, ``…方面``, ``着重整改``, ``突出问题``.
PROBLEM_LEAD_SEGMENT = re.compile(r"^(?:关于.{1,40}|.{0,30}(?:问题|方面)|着重整改|主要问题|突出问题.*|存在问题)$")
PROBLEM_WORDS = re.compile(
    r"不够|不足|不强|不高|不严|不深|不到位|不充分|不完善|不明显|不理想|不优|有待|过多|过滥|滞后|薄弱|欠缺|"
    r"缺乏|淡薄|淡化|脱节|偏差|现象|存在|问题|失之于|个别|有的|有时|差距")
# A date line (signature date) and a signing body line.
DATE_LINE = re.compile(r"^[\s（(]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发|发布)?[\s）)]*$")
SIGNATURE_LINE = re.compile(
    r"^\s*(?:中共)?[\u4e00-\u9fff（）()]{2,30}(?:委员会|党委|党组|委|政府|办公室|办公厅|厅|局|部|院|常委会|领导小组)"
    r"(?:办公室)?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发|发布)?)?\s*$")
NOTICE_WORDS = re.compile(r"印发给你们|现将.{0,80}印发|现印发|请认真(?:组织)?(?:贯彻|实施|执行)|请结合实际")
CLOSING_CLAUSE = re.compile(r"参照本(?:办法|规定|方案|细则|意见)执行|本(?:办法|规定|方案|细则|意见)自.{0,12}(?:施行|执行)|"
                            r"由.{1,20}负责解释|^(?:附件|抄送|主题词)[:：]")
# Responsibility notes: （朱小丹同志负责，省府办公厅牵头办理） / （牵头单位：…；责任领导：…）
LEAD_NOTE = re.compile(r"[（(](?P<person>[^（()）]{1,40}?)同志负责[，,、；;]?\s*(?P<unit>[^（()）]{0,80}?)"
                       r"(?:牵头(?:办理|负责|落实)?|负责落实|办理)?[）)]\s*$")
LEAD_FIELDS = re.compile(r"(?P<key>责任领导|牵头领导|责任人|牵头单位|责任单位|责任部门)[:：]\s*(?P<value>[^；;，,）)。]+)")
WS = " \t\r\n\u3000\xa0"


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
    lo, hi = _body_bounds(text, codes, flattened)
    codes[_content_start(text, codes):lo] = np.where(codes[_content_start(text, codes):lo] == _CODE["furniture"],
                                                      _CODE["furniture"], _CODE["preamble"])
    markers = [m for m in numbering.find_markers(text, lo, hi, flattened=flattened) if codes[m.start] != _CODE["furniture"]]
    rows: list[dict] = []
    if markers:
        _paint(codes, _strip_range(text, lo, markers[0].start), "preamble")
        roots = _build_tree(text, markers, hi, flattened)
        ctx = {"path": None, "headings": []}
        for root in roots:
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


# ---------------------------------------------------------------- body bounds

def _content_start(text: str, codes: np.ndarray) -> int:
    i = 0
    while i < len(text) and (codes[i] == _CODE["furniture"] or text[i] in WS):
        i += 1
    return i


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in ``text[lo:hi]`` (end excludes the newline)."""
    out, pos = [], lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        out.append((pos, end))
        pos = end + 1
    return out


def _body_bounds(text: str, codes: np.ndarray, flattened: bool) -> tuple[int, int]:
    """Start and end of the plan body: after a wrapping notice, before signatures and closing lines."""
    lines = [(s, e) for s, e in _lines(text, 0, len(text))
             if text[s:e].strip(WS) and not (codes[s:e] == _CODE["furniture"]).all()]
    lo = _notice_end(text, lines)
    hi = lines[-1][1] if lines else len(text)
    for s, e in reversed(lines):
        line = text[s:e].strip(WS)
        if e <= lo or not (DATE_LINE.match(line) or SIGNATURE_LINE.match(line) or CLOSING_CLAUSE.search(line)
                           or (codes[s:e] == _CODE["furniture"]).any()):
            break
        hi = s
    return lo, max(hi, lo)


def _notice_end(text: str, lines: list[tuple[int, int]]) -> int:
    """End of a notice that wraps the plan (its signature date line), or 0 when there is none.

    A notice is recognised by its wording (``现将…印发给你们``) followed, before the plan, by a date
    line on its own; the plan must follow it.
    """
    seen_notice = False
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip(WS)
        if NOTICE_WORDS.search(line):
            seen_notice = True
        elif seen_notice and DATE_LINE.match(line) and i < len(lines) - 3:
            return e
    return 0


# ---------------------------------------------------------------- tree

def _build_tree(text: str, markers: list[Marker], hi: int, flattened: bool) -> list[Item]:
    roots: list[Item] = []
    stack: list[Item] = []
    for mk in markers:
        while stack and stack[-1].marker.rank >= mk.rank:
            stack.pop().end = mk.start
        item = Item(mk, hi)
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    for item in _walk(roots):
        item.own_end = item.children[0].marker.start if item.children else item.end
        item.title_end = _title_end(text, item.marker.end, item.own_end, flattened)
    return roots


def _walk(items):
    for it in items:
        yield it
        yield from _walk(it.children)


_TITLE_STOP = re.compile(r"[。；;！？!?：:\n]|[ \u3000]{1,}(?=\S)")
_TITLE_STOP_FLAT = re.compile(r"[\.．\n]|[ \u3000]{1,}(?=\S)")


def _title_end(text: str, start: int, end: int, flattened: bool) -> int:
    m = (_TITLE_STOP_FLAT if flattened else _TITLE_STOP).search(text, start, end)
    if not m:
        return end
    return m.end() if text[m.start()] in "。；;！？!?：:.．" else m.start()


def _title(text: str, item: Item) -> str:
    return text[item.marker.start:item.title_end].strip(WS).rstrip("。.．：:；;")


# ---------------------------------------------------------------- classification

def _classify(text: str, item: Item, path: list[str], codes, rows, flattened: bool, ctx: dict) -> None:
    """Paint ``item``'s subtree into ``codes`` and append its measures to ``rows``.

    ``ctx`` carries unnumbered headings cut from a measure's tail to the measures after it in the
    same section (``{"path": section path, "headings": [...]}``).
    """
    title = _title(text, item)
    bare = text[item.marker.end:item.title_end].strip(WS + "。.．：:")
    span = (item.marker.start, item.end)
    if GUIDING_TITLE.search(bare):
        _paint(codes, span, "preamble")
        return
    if PROBLEM_TITLE.search(bare) and not REMEDY_WORDS.search(bare):
        _paint(codes, span, "problem")
        return
    if item.children:
        _paint(codes, (item.marker.start, item.title_end), "heading")
        _classify_intro(text, item, path + [title], codes, flattened, ctx)
        for child in item.children:
            _classify(text, child, path + [title], codes, rows, flattened, ctx)
        return
    if _is_paragraph_section(text, item, flattened):
        _paint(codes, (item.marker.start, item.title_end), "heading")
        _paragraph_measures(text, item.title_end, item.end, " > ".join(path + [title]), None, codes, rows)
        return
    end, tail = _trim_tail(text, item, flattened)
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


def _first_segment(heading: str, flattened: bool) -> str:
    parts = re.split(r"[\.．。\s　]" if flattened else r"[。\n]", heading)
    return next((p for p in parts if p), heading)[:40]


def _is_paragraph_section(text: str, item: Item, flattened: bool) -> bool:
    """A leaf whose title is a bare heading line followed by paragraphs on their own lines."""
    if flattened or item.marker.rank > 1:
        return False
    title_line_end = text.find("\n", item.marker.end, item.end)
    if title_line_end < 0:
        return False
    title = text[item.marker.end:title_line_end].strip(WS)
    body = text[title_line_end:item.end].strip(WS)
    return bool(title) and bool(body) and title[-1] not in "。；;.．!！?？:：" and len(title) <= 40


def _paragraph_measures(text, lo, hi, section, marker, codes, rows, require_heading=False) -> None:
    """One measure per paragraph of ``text[lo:hi]`` (closing clauses and signatures are not measures)."""
    for s, e in _lines(text, lo, hi):
        s, e = _strip_range(text, s, e)
        if e <= s or codes[s] == _CODE["furniture"]:
            continue
        line = text[s:e]
        if CLOSING_CLAUSE.search(line) or DATE_LINE.match(line) or SIGNATURE_LINE.match(line):
            continue
        if require_heading and not _heading_sentence(line):
            _paint(codes, (s, e), "preamble")
            continue
        rows.append(_measure_row(text, s, e, None, [section] if section else [], False))


def _trim_tail(text: str, item: Item, flattened: bool) -> tuple[int, list[tuple[str, int, int]]]:
    """End of a leaf's measure text, and the (kind, start, end) pieces cut from its tail.

    Cut: a problem list introduced by heading-like segments (``关于…的问题.着重整改.①…``), a bare
    ``关于…`` heading segment in flattened text, and unnumbered heading lines before the next item.
    """
    start, end = item.marker.end, item.own_end
    cut = _problem_block(text, start, end, flattened)
    if cut:
        head_start, list_start = cut
        return _strip_range(text, item.marker.start, head_start)[1], [
            ("heading", head_start, list_start), ("problem", list_start, _strip_range(text, list_start, end)[1])]
    head = _tail_heading(text, start, end, flattened)
    if head is not None:
        s, e = _strip_range(text, head, end)
        kind = "heading"
        return _strip_range(text, item.marker.start, head)[1], [(kind, s, e)]
    return _strip_range(text, item.marker.start, end)[1], []


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


_RE_GUANYU = re.compile(r"关于[^\.．。]{2,30}?(?:[ \u3000]|$)")


def _tail_heading(text: str, lo: int, hi: int, flattened: bool) -> int | None:
    """Start of an unnumbered heading at the tail of a leaf, or None.

    Flattened text: a segment opening with ``关于`` (``关于加强省经信委党组自身建设 坚决…``).
    Ordinary text: trailing short lines without end punctuation (``关于遵守政治纪律的问题``).
    """
    if flattened:
        for s, e in _segments(text, lo, hi, True)[1:]:
            if _RE_GUANYU.match(text, s):
                return s
        return None
    lines = [(s, e) for s, e in _lines(text, lo, hi) if text[s:e].strip(WS)]
    cut = None
    for s, e in reversed(lines[1:]):
        line = text[s:e].strip(WS)
        if len(line) <= 30 and line[-1] not in "。；;，,、.．!！?？)）" and not line.startswith("——"):
            cut = s
        else:
            break
    return cut


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
