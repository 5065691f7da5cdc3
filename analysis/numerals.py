"""Numerals and quantities in Chinese plan text: Arabic and Chinese numerals, ranges, time words, units.

Three layers, each a small pure function:

* :func:`parse_numeral` — one numeral as printed (``12``, ``１２``, ``1.5``, ``十二``, ``两千``,
  ``二〇一六``, ``半``, ``1万``) -> ``float`` (``None`` if it is not a numeral).
* :func:`parse_range` — a numeral or a range (``1至2``, ``一至两``, ``1-2``, ``两三``) -> ``(low, high)``.
* :func:`find_quantities` — every *number + unit* in a text (``不超过3人``, ``半天``, ``2个月``,
  ``百分之二十``, ``5个工作日``, ``10万元``), with offsets, the printed unit, the normalised unit and
  values converted into it.

Normalised units (``UNITS``) and conversions (documented conventions):

* ``persons`` 人 名 位 人次; ``times`` 次 回 场 期 轮; ``items`` 个 项 件 篇 份 种 条 家 所 户 批 套 辆 台 桌 间 张 页 国;
* ``characters`` 字 (千字 x1000, 万字 x10000); ``minutes`` 分钟; ``hours`` 小时 钟头;
* ``days`` 天 日 工作日 晚 夜 (a night counts as a day), 周/星期 = 7 days, 个月 = 30 days, 年 = 365 days;
  ``半天`` = 0.5 day, ``一个半小时`` = 1.5 hours, ``两天半`` = 2.5 days;
* ``percent`` % ％ 个百分点 百分之N, ``N分之M`` = 100*M/N percent, 成 = 10 percent, ``一半`` = 50 percent;
* ``yuan`` 元 (千元 x1000, 万元 x10000, 亿元 x1e8); ``square_metres`` 平方米 ㎡; ``km`` 公里 千米.

What is *not* a quantity (filtered here, so every caller agrees): dates (a number of 1000 or more
before 年, a number right after 年 or 月 as in ``2月6日``, ``N月`` without 个), ordinals (``第一``),
``上半年``/``下半年``, ``一次性``, vague ``一批``/``一些``, ``周年``, ``每一名`` (every one), weekdays
(``每周一晚上``), a day of the month (``每月25日前``). A space or line break between a number and its unit
(``10 %``, a hard-wrapped ``15\n个工作日``) is allowed. Whether a quantity is a
*commitment* is decided in :mod:`analysis.commitments`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------------------------
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}

ARABIC = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
CN_NUMERAL = r"[零〇○一二两三四五六七八九十百千万亿]+"
NUMERAL = rf"(?:{ARABIC}[万千亿]?|{CN_NUMERAL}|半)"
RANGE_SEP = r"(?:至|到|-|—|－|～|~)"

# Two adjacent Chinese digits used as an approximate range: 一两个, 两三天, 三五人.
_ADJACENT_RANGES = {"一两": (1, 2), "两三": (2, 3), "二三": (2, 3), "三四": (3, 4), "三五": (3, 5),
                    "四五": (4, 5), "五六": (5, 6), "六七": (6, 7), "七八": (7, 8), "八九": (8, 9)}


def parse_numeral(text: str) -> float | None:
    """One numeral as printed -> its value, or ``None`` when ``text`` is not a numeral.

    Arabic (half- or full-width, decimals, an optional 万/千/亿 multiplier: ``1.5万`` = 15000),
    Chinese (``十二`` 12, ``二十`` 20, ``一百零五`` 105, ``两千`` 2000, ``三万五千`` 35000),
    positional Chinese digits (``二〇一六`` 2016), and ``半`` = 0.5.
    """
    s = (text or "").strip().translate(_FULLWIDTH)
    if not s:
        return None
    if s == "半":
        return 0.5
    m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)([万千亿]?)", s)
    if m:
        mult = {"": 1, "千": 1000, "万": 10_000, "亿": 100_000_000}[m.group(2)]
        return float(m.group(1)) * mult
    if not re.fullmatch(CN_NUMERAL, s) or re.fullmatch(r"[万亿]+", s):
        return None  # 亿元 / 万人 alone are not a count
    return _parse_chinese(s)


def _parse_chinese(s: str) -> float | None:
    if all(c in _CN_DIGIT for c in s):  # positional digits: 二〇一六, or a single digit
        if len(s) > 1 and s[0] in "两":
            return None
        return float("".join(str(_CN_DIGIT[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGIT:
            if digit is not None and _CN_DIGIT[c] != 0:
                return None  # two digits in a row inside a unit numeral: not a numeral (两三百)
            digit = _CN_DIGIT[c] if _CN_DIGIT[c] != 0 else None
        elif c in _CN_SMALL_UNIT:
            section += (1 if digit is None else digit) * _CN_SMALL_UNIT[c]
            digit = None
        elif c in _CN_BIG_UNIT:
            section += digit or 0
            total = (total + section) * _CN_BIG_UNIT[c] if c == "亿" else total + section * _CN_BIG_UNIT[c]
            section, digit = 0, None
    return float(total + section + (digit or 0))


def parse_range(text: str) -> tuple[float, float] | None:
    """A numeral or a range of two -> ``(low, high)`` (equal for one numeral); ``None`` if neither.

    ``1至2`` / ``一至两`` / ``1-2`` / ``1～2`` -> (1, 2); ``两三`` -> (2, 3); ``5`` -> (5, 5).
    """
    s = (text or "").strip().translate(_FULLWIDTH)
    if s in _ADJACENT_RANGES:
        lo, hi = _ADJACENT_RANGES[s]
        return float(lo), float(hi)
    parts = re.split(RANGE_SEP, s, maxsplit=1)
    if len(parts) == 2:
        lo, hi = parse_numeral(parts[0]), parse_numeral(parts[1])
        if lo is None or hi is None:
            return None
        return (lo, hi) if lo <= hi else (hi, lo)
    v = parse_numeral(s)
    return None if v is None else (v, v)


# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------
UNITS = ("persons", "times", "items", "characters", "minutes", "hours", "days", "percent", "yuan",
         "square_metres", "km")

# printed unit -> (normalised unit, factor into it). Matched longest first.
UNIT_TABLE: dict[str, tuple[str, float]] = {
    "个工作日": ("days", 1), "工作日": ("days", 1), "个晚上": ("days", 1), "个小时": ("hours", 1),
    "个百分点": ("percent", 1), "个国家": ("items", 1), "个月": ("days", 30),
    "个星期": ("days", 7), "个人": ("persons", 1),
    "平方米": ("square_metres", 1), "㎡": ("square_metres", 1), "公里": ("km", 1), "千米": ("km", 1),
    "分钟": ("minutes", 1), "小时": ("hours", 1), "钟头": ("hours", 1), "星期": ("days", 7),
    "人次": ("persons", 1), "千字": ("characters", 1000), "万字": ("characters", 10_000),
    "千元": ("yuan", 1000), "万元": ("yuan", 10_000), "亿元": ("yuan", 100_000_000),
    "天": ("days", 1), "日": ("days", 1), "晚": ("days", 1), "夜": ("days", 1), "周": ("days", 7),
    "年": ("days", 365),
    "人": ("persons", 1), "名": ("persons", 1), "位": ("persons", 1),
    "次": ("times", 1), "回": ("times", 1), "场": ("times", 1), "期": ("times", 1), "轮": ("times", 1),
    "个": ("items", 1), "项": ("items", 1), "件": ("items", 1), "篇": ("items", 1), "份": ("items", 1),
    "种": ("items", 1), "条": ("items", 1), "家": ("items", 1), "所": ("items", 1), "户": ("items", 1),
    "批": ("items", 1), "套": ("items", 1), "辆": ("items", 1), "台": ("items", 1), "桌": ("items", 1),
    "间": ("items", 1), "张": ("items", 1), "页": ("items", 1), "国": ("items", 1),
    "字": ("characters", 1), "元": ("yuan", 1), "%": ("percent", 1), "％": ("percent", 1),
    "成": ("percent", 10),
}
# Unit characters that continue into a word that is not a unit (一次性, 台账, 国家 without 个 is fine).
_UNIT_NOT_BEFORE = {"次": "性", "台": "账阶", "周": "年边", "年": "度级底初末", "日": "常", "期": "间",
                    "国": "内外有务际企", "成": "为立员果效绩本不", "间": "断", "场": "所合景",
                    "人": "民大员事", "名": "义称单", "件": "事", "条": "件例", "家": "庭属", "所": "有以在",
                    "天": "然", "项": "目", "份": "子", "张": "贴", "批": "准复示评", "回": "头访",
                    "页": "面", "个": "性别", "种": "类子", "轮": "流换岗训"}
# Vague or non-counting uses of 一 before a unit: 一批 (a batch), 一些, 一次性 is handled above.
_VAGUE = {("一", "批"), ("一", "些")}

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNIT_TABLE, key=len, reverse=True))
_TIME_UNITS = {"天", "日", "年", "小时", "个小时", "个月", "周", "星期", "个星期"}

QUANTITY_RE = re.compile(
    rf"(?P<pct>百分之(?P<pct_num>{CN_NUMERAL}|{ARABIC}))"
    rf"|(?P<frac>(?P<den>[二三四五六七八九十]|[0-9]+)分之(?P<num>[一二三四五六七八九]|[0-9]+))"
    rf"|(?P<half_extra>(?P<hnum>{ARABIC}|[一二两三四五六七八九十]+)(?P<hunit>天|个小时|小时|个月|年)半)"
    rf"|(?P<half_mid>(?P<mnum>{ARABIC}|[一二两三四五六七八九十]+)个半(?P<munit>小时|钟头|月))"
    r"|(?P<half_of>一半)"
    rf"|(?P<q>(?P<number>{NUMERAL}(?:{RANGE_SEP}{NUMERAL})?)(?P<approx>余|多)?[ \u3000\n]?(?P<unit>{_UNIT_ALT}))"
)

# characters that, right before a number, mean it is not a free-standing quantity
_DIGITS = set("0123456789０１２３４５６７８９Xx") | set(_CN_DIGIT) | set("十百千万亿")
_NOT_AFTER = set("第之") | _DIGITS


def _blocked_before(text: str, start: int) -> bool:
    """True when the number at ``start`` continues something else: an ordinal (第一), a longer number,
    a decimal, or a date chain (``2月6日``: a number right after 年/月 that follow digits)."""
    prev = text[start - 1] if start > 0 else ""
    prev2 = text[start - 2] if start > 1 else ""
    if prev in _NOT_AFTER:
        return True
    if prev in ".．" and prev2 in _DIGITS:
        return True
    if prev2 + prev == "最后":  # 每月最后一周: which week, not how long
        return True
    return prev in "年月" and prev2 in _DIGITS


@dataclass(frozen=True)
class Quantity:
    """A number + unit found in a text. Offsets index the text searched."""
    start: int
    end: int
    text: str
    low: float          # value in the normalised unit (ranges: lower end)
    high: float         # upper end (== low for a single value)
    unit: str           # normalised unit, one of UNITS
    unit_raw: str       # unit as printed (个月, 人, %)
    is_approximate: bool = False  # 余/多 after the number (10余人)


def find_quantities(text: str) -> list[Quantity]:
    """Every number + unit in ``text``, left to right, with dates/ordinals/vague uses left out.

    Values are converted into the normalised unit (``2个月`` -> 60 days, ``半天`` -> 0.5 days,
    ``1万元`` -> 10000 yuan, ``百分之二十`` -> 20 percent).
    """
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text):
        q = _to_quantity(m, text)
        if q is not None:
            out.append(q)
    return out


def _to_quantity(m: re.Match, text: str) -> Quantity | None:
    start, end = m.start(), m.end()
    prev = text[start - 1] if start > 0 else ""
    if m.group("pct"):
        v = parse_numeral(m.group("pct_num"))
        return None if v is None else Quantity(start, end, m.group(0), v, v, "percent", "百分之")
    if m.group("frac"):
        den, num = parse_numeral(m.group("den")), parse_numeral(m.group("num"))
        if not den or num is None or num >= den:
            return None
        v = round(100.0 * num / den, 4)
        return Quantity(start, end, m.group(0), v, v, "percent", "分之")
    if m.group("half_of"):  # 压缩一半: half of something, 50 percent
        if _blocked_before(text, start):
            return None
        return Quantity(start, end, m.group(0), 50.0, 50.0, "percent", "一半")
    if m.group("half_extra") or m.group("half_mid"):  # 一天半, 两个小时半; 一个半小时, 两个半月
        if _blocked_before(text, start):
            return None
        base = parse_numeral(m.group("hnum") or m.group("mnum"))
        unit_raw = m.group("hunit") or {"月": "个月"}.get(m.group("munit"), m.group("munit"))
        unit, factor = UNIT_TABLE[unit_raw]
        if base is None:
            return None
        v = (base + 0.5) * factor
        return Quantity(start, end, m.group(0), v, v, unit, unit_raw)
    number, unit_raw = m.group("number"), m.group("unit")
    if _blocked_before(text, start) or (number == "半" and prev in "上下前后大多一"):
        return None
    nxt = text[end] if end < len(text) else ""
    if nxt and nxt in _UNIT_NOT_BEFORE.get(unit_raw[-1], ""):
        return None
    if (number, unit_raw) in _VAGUE or (number == "一" and prev == "每"):  # 每一名: every, not one
        return None
    if unit_raw in ("晚", "夜") and (prev == "周" or text[max(start - 2, 0):start] == "星期"):  # 每周一晚上: Mondays
        return None
    rng = parse_range(number)
    if rng is None:
        return None
    lo, hi = rng
    if unit_raw == "年" and hi >= 1000:  # a year, not a duration
        return None
    if unit_raw == "日" and (nxt not in "内以之前" or prev == "月"):  # 日 alone is a date far more often than a
        return None  # duration; 每月25日前 is a day of the month
    unit, factor = UNIT_TABLE[unit_raw]
    return Quantity(start, end, m.group(0), lo * factor, hi * factor, unit, unit_raw,
                    bool(m.group("approx")))
