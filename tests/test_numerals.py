"""Numeral parser: Arabic and Chinese numerals, ranges, time words, units, and what is not a quantity."""
import pytest

from analysis.numerals import UNITS, find_quantities, parse_numeral, parse_range


@pytest.mark.parametrize("text, expected", [
    ("12", 12), ("１２", 12), ("1.5", 1.5), ("0.5", 0.5),
    ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("一百零五", 105), ("两千", 2000),
    ("三万五千", 35000), ("一亿", 1e8),
    ("二〇一六", 2016),          # positional digits (years written out)
    ("两", 2), ("半", 0.5),
    ("1万", 10000), ("1.5万", 15000),
    ("亿", None), ("万", None),  # a bare magnitude is not a count (过亿元)
    ("abc", None), ("", None), ("第一", None),
])
def test_parse_numeral(text, expected):
    assert parse_numeral(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1至2", (1, 2)), ("一至两", (1, 2)), ("1-2", (1, 2)), ("1～2", (1, 2)), ("三到五", (3, 5)),
    ("两三", (2, 3)),   # adjacent digits: an approximate range, not 23
    ("一两", (1, 2)),
    ("2至1", (1, 2)),   # reversed ends are ordered
    ("5", (5, 5)), ("十", (10, 10)),
    ("x至2", None),
])
def test_parse_range(text, expected):
    assert parse_range(text) == expected


@pytest.mark.parametrize("text, quantity, low, high, unit", [
    ("不超过3人", "3人", 3, 3, "persons"),
    ("陪同不超过两名", "两名", 2, 2, "persons"),
    ("出国不超过4人次", "4人次", 4, 4, "persons"),
    ("每年至少2次", "2次", 2, 2, "times"),
    ("开展一场", "一场", 1, 1, "times"),
    ("联系1个乡镇", "1个", 1, 1, "items"),
    ("撰写1至2篇", "1至2篇", 1, 2, "items"),
    ("撰写一至两篇", "一至两篇", 1, 2, "items"),
    ("两三天", "两三天", 2, 3, "days"),
    ("不超过3个国家", "3个国家", 3, 3, "items"),
    ("文字稿不超过800字", "800字", 800, 800, "characters"),
    ("讲话不超过30分钟", "30分钟", 30, 30, "minutes"),
    ("不超过2小时", "2小时", 2, 2, "hours"),
    ("不超过两个小时", "两个小时", 2, 2, "hours"),
    ("会期不超过半天", "半天", 0.5, 0.5, "days"),   # time word: half a day
    ("会期一天半", "一天半", 1.5, 1.5, "days"),
    ("不少于2个月", "2个月", 60, 60, "days"),       # a month counts as 30 days
    ("不少于7个晚上", "7个晚上", 7, 7, "days"),     # a night counts as a day
    ("5个工作日内", "5个工作日", 5, 5, "days"),
    ("两周内", "两周", 14, 14, "days"),
    ("3年内", "3年", 1095, 1095, "days"),
    ("减少20%以上", "20%", 20, 20, "percent"),
    ("减少２０％", "２０％", 20, 20, "percent"),
    ("压缩百分之二十", "百分之二十", 20, 20, "percent"),
    ("压减三分之一", "三分之一", 33.3333, 33.3333, "percent"),
    ("下降3个百分点", "3个百分点", 3, 3, "percent"),
    ("压缩一成", "一成", 10, 10, "percent"),
    ("每人每天100元", "100元", 100, 100, "yuan"),
    ("不超过10万元", "10万元", 100000, 100000, "yuan"),
    ("面积不超过18平方米", "18平方米", 18, 18, "square_metres"),
    ("50公里以内", "50公里", 50, 50, "km"),
    ("参会人员１０人", "１０人", 10, 10, "persons"),
    ("会议不超过一个半小时", "一个半小时", 1.5, 1.5, "hours"),   # not 一个 (items) and 半小时
    ("两个半月内完成", "两个半月", 75, 75, "days"),
    ("审批时限压缩一半以上", "一半", 50, 50, "percent"),
    ("减少20 %以上", "20 %", 20, 20, "percent"),                  # a space between number and unit
    ("在15\n个工作日内核查", "15\n个工作日", 15, 15, "days"),    # a hard-wrapped copy
])
def test_find_quantities_forms_and_units(text, quantity, low, high, unit):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.text, q.unit) == (quantity, unit)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)
    assert text[q.start:q.end] == quantity
    assert q.unit in UNITS


@pytest.mark.parametrize("text", [
    "2016年",                 # a year
    "2013年2月6日印发",        # a date: every part
    "20XX年40件民生实事",      # a placeholder year still starts a date chain
    "从6月份开始",             # month names are not durations (个月 is)
    "第一次会议",              # ordinal
    "2016年上半年出台",        # 上半年 is a date, not half a year
    "一次性解决",              # 一次性 = once and for all
    "建立工作台账",            # 台账 is not a unit
    "办好一批民生实事",        # 一批: vague
    "根据省委46号文件",        # document number: 号 is no unit
    "营业收入过亿元",          # 亿 alone is no count
    "十八届三中全会",          # names of plenums
    "建设60周年",              # 周年 is not weeks
    "传达到每一名党员干部",    # 每一名: every one, not one
    "每周一晚上召开",          # a weekday
    "每月25日前报送",          # a day of the month
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_offsets_index_the_searched_text():
    text = "县委常委每年到基层调研的时间不少于2个月，撰写1至2篇调研报告。"
    qs = find_quantities(text)
    assert [text[q.start:q.end] for q in qs] == ["2个月", "1至2篇"]
    assert [q.unit_raw for q in qs] == ["个月", "篇"]


def test_approximate_suffix_is_flagged():
    (q,) = find_quantities("组织10余人")
    assert q.is_approximate and q.low == 10
