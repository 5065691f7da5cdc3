"""Quantified commitments: comparators, numeral forms, units, frequencies, and what is not a commitment."""
import pandas as pd
import pytest

from analysis import commitments, numerals, reuse, stringency


def found(text):
    return [(c.comparator, c.value, c.unit, c.frequency) for c in commitments.find_commitments(text)]


@pytest.mark.parametrize("numeral, value", [
    ("12", 12), ("１２", 12), ("十二", 12), ("两千", 2000), ("1.5", 1.5), ("二十", 20),
])
def test_numerals(numeral, value):
    assert numerals.parse_numeral(numeral) == value


@pytest.mark.parametrize("text, low, high", [("一至两", 1, 2), ("1至2", 1, 2), ("1-2", 1, 2)])
def test_ranges(text, low, high):
    assert numerals.parse_range(text) == (low, high)


@pytest.mark.parametrize("text, expected", [
    # each comparator
    ("陪同人员不超过3人", ("<=", 3.0, "persons", None)),
    ("讲话时间一般不超过30分钟", ("<=", 30.0, "minutes", None)),
    ("文字稿控制在800字以内", ("<=", 800.0, "characters", None)),
    ("每年下基层调研不少于60天", (">=", 60.0, "days", "每年")),
    ("每季度至少1次深入联系点", (">=", 1.0, "times", "每季度")),
    ("公文总数量比上年减少20%以上", ("reduce>=", 20.0, "percent", None)),
    ("三公经费只减不增", ("no_increase", 0.0, "percent", None)),
    # time words: 半天 is half a day
    ("会期不超过半天", ("<=", 0.5, "days", None)),
])
def test_comparators_units_and_frequencies(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "督察了9个市的26个县",          # counts of past facts
    "开展十项督查活动",              # list counts
    "2016年第一季度召开一次会议",    # a date and an ordinal
    "践行“三严三实”要求",            # a name in quotes
    "抓好以下4个方面的工作",
])
def test_not_commitments(text):
    assert found(text) == []


def test_is_quantified_and_document_offsets():
    measures = pd.DataFrame({
        "measure_id": ["d-m001", "d-m002"], "doc_id": ["d", "d"], "seq": [1, 2],
        "text": ["控制会期。会期不超过半天。", "开展十项督查活动。"], "char_start": [100, 200], "char_end": [113, 209],
        "is_quantified": [False, False]})
    com = commitments.extract_commitments(measures)
    assert com["measure_id"].tolist() == ["d-m001"]
    marked = commitments.mark_quantified(measures, com)
    assert marked["is_quantified"].tolist() == [True, False]
    start = int(com["char_start"].iloc[0]) - 100
    assert "半天" in measures["text"].iloc[0][start:int(com["char_end"].iloc[0]) - 100]


def test_strong_wording_scores_higher_than_hedged():
    measures = pd.DataFrame({"measure_id": ["a-m001", "a-m002"], "doc_id": ["a", "a"], "seq": [1, 2],
                             "text": ["严禁公款吃喝，一律不得超标准接待。", "原则上尽量少开会，适当控制规模。"],
                             "char_start": [0, 20], "char_end": [17, 36], "is_quantified": [False, False]})
    scores = stringency.score_measures(measures, commitments.extract_commitments(measures))
    by_id = scores.set_index("measure_id")["stringency_score"]
    assert by_id["a-m001"] > by_id["a-m002"]


def test_alignment_finds_a_planted_passage():
    planted = "县委常委到基层调研不准迎送不张贴悬挂标语横幅不摆放花草水果"
    a = "今年以来全县经济运行总体平稳各项事业稳步推进" + planted + "努力开创新局面"
    b = "全市上下要进一步统一思想提高认识" + planted + "确保取得实效"
    al = reuse.align(a, b)
    assert a[al.a_start:al.a_end] == planted == b[al.b_start:al.b_end]


def test_stock_phrases_earn_nothing_in_alignment():
    stock = "认真贯彻落实中央八项规定精神"
    a, b = stock + "加强机关效能建设", stock + "推动产业转型升级"
    norm_a, _ = reuse.normalise(a)
    norm_b, _ = reuse.normalise(b)
    wa = reuse.stock_mask(norm_a, [stock], set(), 4)
    wb = reuse.stock_mask(norm_b, [stock], set(), 4)
    al = reuse.align(norm_a, norm_b, wa, wb)
    assert al.n_informative == 0
    assert reuse.align(norm_a, norm_b).n_informative >= len(stock)  # without the mask it would count
