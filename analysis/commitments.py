"""Quantified commitments: every number a measure binds to a limit, a target or a frequency.

A *commitment* is a quantity (:func:`analysis.numerals.find_quantities`) that the wording around it
binds, in one of these ways (all patterns compiled once below, each with a name):

* a comparator before it (``不超过3人`` ``<=``, ``不少于60天`` ``>=``, ``控制在2小时以内`` ``<=``,
  ``只管制一条车道`` ``<=``, ``提前2天`` ``>=``, ``达到90%`` ``>=``) or after it (``2篇以上`` ``>=``,
  ``5个工作日内`` ``<=``);
* a reduction (``减少20%以上`` ``reduce>=``, ``压缩30%`` ``reduce=``) or a freeze (``只减不增``,
  ``零增长``, ``数量不增加``: ``no_increase``, value 0 percent);
* a frequency in its sentence before it (``每季度开展1次`` ``=`` per 每季度). The ``frequency`` recorded is
  the period of the quantity's own clause, or of the clause before when it carries on (:func:`_frequency_of`);
* a distribution (``每人联系1个乡镇`` ``=``, ``各1人陪同`` ``=``);
* coordination with a commitment just before it (``每次不超过3个国家和10天``: 10天 inherits ``<=``).

Not commitments: numbers with none of these (``督察了9个市``, ``开展十项督查``, ``4个方面``,
``办好40件民生实事``), dates, ordinals, names in quotes or book-title marks (``“三严三实”``,
``“六个一”``), and periods that frame a limit (``1个任期内不超过2次``: the period is the frequency).
A commitment whose clause ends in ``的`` or opens with 凡/如/若 is a condition (``会期不超过半天的,
一律不安排食宿``): kept, flagged ``is_conditional``, left out of ``limits_comparison``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pandas as pd

from . import schemas
from .numerals import Quantity, find_quantities

# ---------------------------------------------------------------------------------------------
# Named patterns
# ---------------------------------------------------------------------------------------------
# Sentence and clause ends. A '.' is a boundary unless it sits between digits (1.5小时): plans that
# lost their punctuation (seed p000) use '.' for every stop.
SENTENCE_END = re.compile(r"[。；;！？!?\n]|(?<![0-9０-９])[.．](?![0-9０-９])")
CLAUSE_END = re.compile(r"[，,。；;！？!?：:\n]|(?<![0-9０-９])[.．](?![0-9０-９])")
# A line break inside a sentence of a hard-wrapped copy: after a line of 15 or more characters that ends in a
# character, digit or comma, before a character or digit (a heading line is shorter, a sentence ends in 。；：).
HARD_WRAP = re.compile(r"(?<=[^\n]{14}[\u4e00-\u9fff0-9０-９，、])\n(?=[\u4e00-\u9fff0-9０-９])")
# A clause that carries the period of the clause before it on (其中到乡镇不少于30天: of those 60 days a year).
CARRY_ON = re.compile(r"[ \t\u3000]*(?:其中|其余|另外|此外)")

FREQUENCY = re.compile(
    r"(?P<freq>每(?:一|个)?(?:年度|年|季度|季|半年|学期|月|周|星期|天|日|届|个任期|任期|次|餐|期)"
    r"|每(?:两|二|2)年|每(?:三|3)年|每(?:五|5)年|(?:一|1)个任期内?|任期内|全年|年均)"
)
_FREQ_CANON = [  # a term (每学期) is half a year; a meal or an issue (每餐, 每期) is one occasion
    (re.compile(r"半年|学期"), "每半年"), (re.compile(r"(两|二|2)年"), "每两年"), (re.compile(r"(三|3)年"), "每三年"),
    (re.compile(r"(五|5)年"), "每五年"), (re.compile(r"年|全年|年均"), "每年"), (re.compile(r"季"), "每季度"),
    (re.compile(r"月"), "每月"), (re.compile(r"周|星期"), "每周"), (re.compile(r"天|日"), "每天"),
    (re.compile(r"届|任期"), "每届"), (re.compile(r"次|餐|期"), "每次"),
]
DISTRIBUTION = re.compile(r"每人|每位|每名|每个(?:人|单位|部门|班子成员|党组成员|常委)|人均"
                          r"|各(?=[0-9０-９一二两三四五六七八九十半])|分别(?=[^，,。；;]{0,4}[0-9０-９一二两三四五六七八九十半])")

# Comparator cues before a quantity: (name, pattern, comparator, max characters between cue and number).
PREFIX_CUES: list[tuple[str, re.Pattern, str, int]] = [
    ("not_more_than", re.compile(r"(?:不|严禁|禁止)(?:得|能|应|宜|准|要|可|许)?(?:超过|超出|多于|高于|大于|长于)"), "<=", 8),
    ("at_most", re.compile(r"最多|至多|最长|最高|上限为?|控制在|控制到|控制为|压缩在|压缩到|压缩至|压缩为|压减到|压减至|压减为|减少到|减少至|减少为|精简为|缩短为|缩短到|缩短至|限定在|限定为|限于|限为|不突破"), "<=", 8),
    ("only", re.compile(r"只(?!有|是|要|减)|仅(?!仅|是|有)|保留"), "<=", 3),
    ("only", re.compile(r"只(?:安排|保留|配备|印发|召开|开展|组织)"), "<=", 12),  # 只安排支部书记或村委会主任1人
    ("not_less_than", re.compile(r"不(?:得|能|应|宜)?(?:少于|低于|短于)"), ">=", 8),
    ("at_least", re.compile(r"至少|最少|起码|达到|提前"), ">=", 8),
    ("at_least", re.compile(r"至少"), ">=", 16),  # 每季度至少到市信访接待中心接待来访群众1次
    ("exactly", re.compile(r"(?:一般|原则上|统一|合并)为"), "=", 2),
    ("target", re.compile(r"力争|争取"), ">=", 16),
    ("reduce", re.compile(r"减少|压缩|压减|削减|缩减|降低|下降|精简|节约|节省"), "reduce", 6),
    ("increase", re.compile(r"增加|增长|提高|提升"), "increase", 4),
    ("more_than", re.compile(r"(?<![不禁])(?:超过|超出|多于|高于)"), ">", 6),
    ("less_than", re.compile(r"(?<!不)(?:少于|低于|不足)"), "<", 6),
]
# A cut stated right before a floor (下降不低于5%): the floor is the cut's.
REDUCTION_BEFORE = re.compile(r"(?:减少|压缩|压减|削减|缩减|降低|下降|精简)(?:的?(?:比例|幅度))?$")
# Comparator cues right after a quantity.
SUFFIX_CUE = re.compile(r"(?P<cue>及以上|以上|以内|之内|以下|内|左右)")
_SUFFIX_COMPARATOR = {"及以上": ">=", "以上": ">=", "以内": "<=", "之内": "<=", "以下": "<=", "内": "<=", "左右": "="}
# A bare "N内" is a deadline only for short spans (5个工作日内); 3年内 / 两个月内 frame a period.
_DEADLINE_UNITS = {"个工作日", "工作日", "日", "天", "小时", "个小时", "分钟", "个月", "周", "星期", "个星期"}
# A ban for a stated time: 5年内一律不得新建楼堂馆所 (the number is how long the ban lasts).
BAN_AFTER = re.compile(r"(?:一律|均|都|原则上|坚决)?(?:不得|不再|不|禁止|严禁)")
# Counts of past facts (督察了9个市, 共召开26个, 先后, 累计, 已): weak binders do not apply.
PAST_FACT = re.compile(r"(?<![为除])了(?!解)|(?<![公总])共(?!同|享|建|产|识)|先后|累计|已经|已(?!有)")
# Freezes: no number printed, the commitment is a change of at most 0 percent.
NO_INCREASE = re.compile(
    r"只减不增|只降不升|零增长|(?:数量|总量|总额|规模|人数|经费|支出|开支|预算|编制)(?:原则上|一般|要|应|必须|确保)?"
    r"(?:只减不增|不增加|不得增加|不再增加|不增长|不得增长)"
    r"|不(?:得|能|应)?(?:超过|高于|突破)上(?:一)?年(?:度)?(?:[\u4e00-\u9fff]{0,3}数|水平)?"  # 不超过上年(决算数)
)
# Names, slogans and titles: numbers inside are never commitments.
QUOTED = re.compile(r"“[^”]{1,20}”|‘[^’]{1,20}’|'[^'\n]{1,20}'|\"[^\"\n]{1,20}\"|《[^》]{1,60}》")
# Names with a number that go unquoted (中央八项规定), and paired tallies (完成一项、销号一项; 发现一起、查处一起).
NAMED = re.compile(r"[一二三四五六七八九十0-9]+(?:项规定|项禁令|条禁令)"
                   r"|[\u4e00-\u9fff]{1,3}一([项件个起批])[、，,][\u4e00-\u9fff]{1,3}一\1")
CONDITION_OPENING = re.compile(r"^(?:凡|如|若|如果)")
_CONNECTOR = re.compile(r"^(?:和|及|以及|与|或|、|，|,)?$")
_PAREN = re.compile(r"[(（][^()（）]{0,20}[)）]")
_SUBJECT_NOISE = re.compile(
    r"原则上|一般情况下|一般|均|都|必须|要|应当|应|须|严格|做到|确保|控制|每(?:一|个)?(?:年度|年|季度|季|半年|月|周|星期|天|日|届|次)"
    r"|每人|每位|每名|人均|全年|年均|[，,、:：\s\"“”'‘’]"
)


@dataclass
class Commitment:
    """One commitment found in a text; offsets index that text."""
    start: int
    end: int
    comparator: str
    value: float | None
    value_high: float | None
    unit: str
    unit_raw: str
    frequency: str | None
    subject: str
    is_conditional: bool
    cue: str


# ---------------------------------------------------------------------------------------------
# Finding commitments in one text
# ---------------------------------------------------------------------------------------------
def find_commitments(text: str) -> list[Commitment]:
    """Every commitment in ``text`` (one measure), left to right. See the module docstring.

    A line broken in mid-sentence (a copy out of a PDF: ``会议时间不\n超过1.5小时``) is read joined up; the
    offsets of what is found are those of ``text``."""
    joined, where = _unwrapped(text)
    if where is None:
        return _find(text)
    return [replace(c, start=where[c.start], end=where[c.end - 1] + 1) for c in _find(joined)]


def _unwrapped(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the line breaks of hard-wrapped lines (:data:`HARD_WRAP`), and for each of its characters
    the offset in ``text``; ``(text, None)`` when there are none."""
    cuts = {m.start() for m in HARD_WRAP.finditer(text)}
    if not cuts:
        return text, None
    keep = [i for i in range(len(text)) if i not in cuts]
    return "".join(text[i] for i in keep), keep


def _find(text: str) -> list[Commitment]:
    masked = _masked_spans(text)
    quantities = [q for q in find_quantities(text) if not _inside(q.start, q.end, masked)]
    freq_spans = [(m.start(), m.end(), _canonical_frequency(m.group(0))) for m in FREQUENCY.finditer(text)]
    quantities = [q for q in quantities if not _inside(q.start, q.end, [(s, e) for s, e, _ in freq_spans])]
    out: list[Commitment] = []
    prev: tuple[Quantity, Commitment] | None = None
    for i, q in enumerate(quantities):
        c = _bind(text, q, quantities[i - 1] if i else None, quantities[i + 1] if i + 1 < len(quantities) else None,
                  freq_spans, prev, masked)
        if c is not None:
            out.append(c)
            prev = (q, c)
        elif _is_period(text, q, quantities[i + 1] if i + 1 < len(quantities) else None):
            freq_spans.append((q.start, q.end + 1, q.text + "内"))
    for m in NO_INCREASE.finditer(text):
        if not any(c.start <= m.start() < c.end for c in out):
            s0, _ = _clause_bounds(text, m.start())
            out.append(Commitment(m.start(), m.end(), "no_increase", 0.0, None, "percent", "", None,
                                  _clean_subject(text[s0:m.start()] + m.group(0)[:2]), False, m.group(0)))
    return sorted(out, key=lambda c: (c.start, c.end))


def _bind(text, q: Quantity, q_prev: Quantity | None, q_next: Quantity | None, freq_spans, prev,
          masked=()) -> Commitment | None:
    c_start, c_end = _clause_bounds(text, q.start)
    floor = max(c_start, q_prev.end if q_prev is not None else 0)
    cue_name, comparator, cue_start = _prefix_cue(text, floor, q.start, masked)
    suffix = SUFFIX_CUE.match(text, q.end)
    suffix_cmp = None
    end = q.end
    ban = (suffix is not None and suffix.group("cue") == "内" and q.unit_raw in ("年", "个月")
           and BAN_AFTER.match(text, suffix.end()) is not None and not _is_period(text, q, q_next))
    if suffix and suffix.group("cue") == "内" and q.unit_raw not in _DEADLINE_UNITS and not ban:
        suffix = None
    if suffix:
        suffix_cmp = _SUFFIX_COMPARATOR[suffix.group("cue")]
        end = suffix.end()
    if suffix_cmp == "<=" and suffix.group("cue") in ("内", "之内", "以内") and _is_period(text, q, q_next):
        return None  # 3年内不超过2次: the period of a limit, not a limit
    is_past = bool(PAST_FACT.search(text[c_start:q.start]))
    if comparator is None and suffix_cmp == "=" and is_past:
        return None  # 参会人员300人左右 in a report: a past fact, not a target
    comparator = "=" if ban and comparator is None else _combine(comparator, suffix_cmp)
    cue_name = "ban_period" if ban and cue_name is None else cue_name
    in_sentence = _frequency_before(text, q.start, freq_spans)  # enough to make a bare count a commitment
    frequency = _frequency_of(text, q, c_start, comparator, freq_spans, prev, in_sentence)
    if comparator is None and not is_past:
        dist = _distribution_before(text, floor, q.start)
        if dist is not None:
            comparator, cue_start, cue_name = "=", dist, "distribution"
        elif prev is not None and _coordinated(text, prev[0], q):
            comparator, cue_name = prev[1].comparator, "coordinated"
            frequency = frequency or prev[1].frequency
        elif in_sentence is not None and q.unit in ("times", "items", "persons", "days", "hours"):
            comparator, cue_name = "=", "frequency"
    if comparator is None or (comparator == "increase" and q.unit != "percent"):
        return None
    if comparator in ("reduce", "increase"):
        comparator = {">=": f"{comparator}>=", "<=": f"{comparator}<="}.get(suffix_cmp, f"{comparator}=")
    elif cue_name == "not_less_than" and REDUCTION_BEFORE.search(text, max(floor, cue_start - 8), cue_start):
        comparator = "reduce>="  # 较上年下降不低于5%, 精简比例不低于50%: a cut of at least
    start = min(cue_start, q.start) if cue_start is not None else q.start
    after = text[end:c_end]
    conditional = after.strip() == "的" or bool(CONDITION_OPENING.match(text[c_start:q.start].strip()))
    subject = _subject(text, max(c_start, floor), start, end, c_end, q)
    value, value_high = (q.low, None) if q.low == q.high else (q.low, q.high)
    return Commitment(start, end, comparator, value, value_high, q.unit, q.unit_raw, frequency, subject,
                      conditional, cue_name or "")


def _prefix_cue(text: str, floor: int, q_start: int, masked=()) -> tuple[str | None, str | None, int | None]:
    """The cue closest before ``q_start`` (not before ``floor``) within its allowed gap; a name or title
    (``masked``) between them does not count towards the gap (只保留《工作动态》1种)."""
    best = None
    window = text[floor:q_start]
    for name, pat, comparator, max_gap in PREFIX_CUES:
        for m in pat.finditer(window):
            gap = len(window) - m.end() - sum(e - s for s, e in masked if floor + m.end() <= s and e <= q_start)
            if gap <= max_gap and (best is None or m.end() > best[3] or (m.end() == best[3] and m.start() < best[2])):
                best = (name, comparator, m.start(), m.end())
    if best is None:
        return None, None, None
    return best[0], best[1], floor + best[2]


def _combine(prefix: str | None, suffix: str | None) -> str | None:
    if prefix is None:
        return suffix
    if prefix in (">", "<") and suffix:
        return suffix  # 超过3天以上 reads as >=
    return prefix


def _is_period(text: str, q: Quantity, q_next: Quantity | None) -> bool:
    """``3年内`` / ``两年内`` followed, in the same clause, by a cue and another quantity."""
    if q.unit != "days" or q_next is None or not text.startswith("内", q.end):
        return False
    between = text[q.end + 1:q_next.start]
    return len(between) <= 10 and not CLAUSE_END.search(between) and any(
        pat.search(between) for _, pat, _, _ in PREFIX_CUES)


def _frequency_before(text: str, q_start: int, freq_spans, max_chars: int = 60) -> str | None:
    """The last frequency word before ``q_start`` in its sentence, within ``max_chars``."""
    lo = max(_sentence_start(text, q_start), q_start - max_chars)
    found = [f for s, e, f in freq_spans if lo <= s and e <= q_start]
    return found[-1] if found else None


def _frequency_of(text: str, q: Quantity, c_start: int, comparator: str | None, freq_spans, prev,
                  carried: str | None) -> str | None:
    """The period a commitment's quantity is counted in: a frequency word in its own clause (``每年不超过3个``),
    or in the sentence before it when its clause carries the same budget on (``其中…``, or the quantity before
    it in the sentence was counted in that period in the same unit: ``每月驻村不少于4天，吃住在村不少于2天``).
    A clause that moves to another measure of the same thing takes none (``会议每年不超过6个，会期不超过半天``;
    ``每年到基层调研不少于60天，每人联系1个乡镇``), nor does a year's total cut against last year (``全年会议数量
    比上年压减10%``: a cut, not a yearly one). ``carried``: the sentence's last frequency word before the quantity."""
    own = [(s, f) for s, e, f in freq_spans if c_start <= s and e <= q.start]
    if own:
        s, f = own[-1]
        if comparator in ("reduce", "increase") and text.startswith("全年", s):
            return None
        return f
    if carried is None:
        return None
    if CARRY_ON.match(text, c_start) or (prev is not None and prev[1].frequency == carried
                                         and prev[1].unit == q.unit and prev[0].end >= _sentence_start(text, q.start)):
        return carried
    return None


def _distribution_before(text: str, floor: int, q_start: int, max_gap: int = 12) -> int | None:
    # search past q_start: the lookahead of 各(?=1) must see the number
    found = [m for m in DISTRIBUTION.finditer(text, floor) if m.end() <= q_start and q_start - m.end() <= max_gap]
    return found[-1].start() if found else None


def _coordinated(text: str, q_prev: Quantity, q: Quantity, max_chars: int = 12) -> bool:
    """``q`` is listed with the commitment ``q_prev`` in one clause: ``3个国家和10天``,
    ``1个乡镇(街道)、1个村``, ``1个困难户和1名困难学生`` (object words, then a connector)."""
    between = _PAREN.sub("", text[q_prev.end:q.start]).strip()
    if len(between) > max_chars or CLAUSE_END.search(between):
        return False
    if any(pat.search(between) for _, pat, _, _ in PREFIX_CUES):
        return False
    return bool(_CONNECTOR.match(between)) or bool(re.search(r"(?:、|和|及|以及|与)$", between))


def _subject(text: str, c_start: int, start: int, end: int, c_end: int, q: Quantity) -> str:
    """What the number binds: the noun phrase before the cue, or the counted object after it."""
    before = _clean_subject(text[c_start:start])
    after_raw = re.split(r"[、和及与或]", _PAREN.sub("", text[end:c_end]), maxsplit=1)[0]
    after = _clean_subject(re.sub(r"^(?:的|时间|左右)", "", after_raw))[:10]
    if len(after) >= 2 and q.unit in ("items", "times", "persons"):
        return after
    if len(before) >= 2:
        return before
    if len(after) >= 2:
        return after
    p_start, _ = _clause_bounds(text, max(c_start - 1, 0)) if c_start > 0 else (0, 0)
    return _clean_subject(text[p_start:max(c_start - 1, 0)]) or before or after


def _clean_subject(s: str, max_chars: int = 10) -> str:
    s = _SUBJECT_NOISE.sub("", _PAREN.sub("", s)).rstrip("的")
    return s[-max_chars:]


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in CLAUSE_END.finditer(text, 0, pos):
        start = m.end()
    m = CLAUSE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    return start


def _masked_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for pat in (QUOTED, NAMED) for m in pat.finditer(text)]


def _inside(s: int, e: int, spans) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _canonical_frequency(s: str) -> str:
    if "任期" in s and not s.startswith("每"):
        return "每届"
    for pat, canon in _FREQ_CANON:
        if pat.search(s):
            return canon
    return s


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------
def extract_commitments(measures: pd.DataFrame, kinds: list[dict] | None = None, *,
                        validate: bool = True) -> pd.DataFrame:
    """The ``commitments`` table of a ``measures`` frame (columns as in :mod:`analysis.schemas.commitments`).

    ``char_start``/``char_end`` index the DOCUMENT text (measure ``char_start`` + offset in the
    measure text); ``text`` is that slice. ``limit_kind`` comes from ``kinds`` (default: the
    ``limit_kinds`` of ``analysis/data/stringency.toml``). ``validate=False`` skips the schema check
    (the per-document stage leaves it to the runner, which checks the assembled table once).
    """
    from .stringency import assign_limit_kind, load_stringency_config

    kinds = load_stringency_config()["limit_kinds"] if kinds is None else kinds
    rows = []
    for m in measures.sort_values(["doc_id", "seq"], kind="mergesort").itertuples(index=False):
        mtext = str(m.text)
        for k, c in enumerate(find_commitments(mtext), start=1):
            rows.append({
                "commitment_id": f"{m.measure_id}-c{k:02d}", "measure_id": m.measure_id, "doc_id": m.doc_id,
                "subject": c.subject or None, "limit_kind": assign_limit_kind(mtext, c, kinds),
                "comparator": c.comparator, "value": c.value, "value_high": c.value_high, "unit": c.unit,
                "unit_raw": c.unit_raw or None, "frequency": c.frequency, "is_conditional": c.is_conditional,
                "cue": c.cue, "text": mtext[c.start:c.end],
                "char_start": int(m.char_start) + c.start, "char_end": int(m.char_start) + c.end,
            })
    if not rows:
        return schemas.empty("commitments")
    out = pd.DataFrame(rows)
    return schemas.validate(out, "commitments") if validate else out


def mark_quantified(measures: pd.DataFrame, commitments: pd.DataFrame) -> pd.DataFrame:
    """``measures`` with ``is_quantified`` set: the measure has at least one commitment that is not a
    condition, or a condition on a recognised limit (``会期不超过半天的，一律不安排食宿`` is a rule on
    meeting length; ``凡是出现两次以上的事务都用制度来规范`` is a principle, not a quantified commitment)."""
    out = measures.copy()
    binding = commitments[~commitments["is_conditional"].astype(bool) | commitments["limit_kind"].notna()]
    out["is_quantified"] = out["measure_id"].isin(set(binding["measure_id"])).astype("boolean")
    return out


def commitments_stage(doc: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Per-document stage: ``measures`` in; ``commitments``, ``measures`` (``is_quantified`` set) and
    ``measure_stringency`` out. Params: none of its own (weights and kinds come from stringency.toml,
    or ``params["stringency_config"]``, a path)."""
    from .stringency import load_stringency_config, score_measures

    config = load_stringency_config(params.get("stringency_config"))
    measures = doc.get("measures", schemas.empty("measures"))
    commitments = extract_commitments(measures, config["limit_kinds"], validate=False)
    return {
        "commitments": commitments,
        "measures": mark_quantified(measures, commitments),
        "measure_stringency": score_measures(measures, commitments, config, validate=False),
    }
