"""Quantified commitments: comparators, numeral forms, units, frequencies, what is NOT a commitment,
offsets into the document, and the is_quantified flag."""
import pandas as pd
import pytest

from analysis import schemas
from analysis.commitments import commitments_stage, extract_commitments, find_commitments, mark_quantified


def one(text):
    cs = find_commitments(text)
    assert len(cs) == 1, [(c.comparator, c.value, text[c.start:c.end]) for c in cs]
    return cs[0]


@pytest.mark.parametrize("text, comparator, value, value_high, unit", [
    # <= : 不超过 / 不得超过 / 控制在…以内 / 以内 / 只 / 保留
    ("县直部门单位陪同负责同志不超过3人。", "<=", 3, None, "persons"),
    ("一般的会议不得超过2小时。", "<=", 2, None, "hours"),
    ("会议时间控制在90分钟以内。", "<=", 90, None, "minutes"),
    ("汇报材料在3000字以内。", "<=", 3000, None, "characters"),
    ("特殊情况只管制一条车道。", "<=", 1, None, "items"),
    ("简报原则上保留一种。", "<=", 1, None, "items"),
    ("确保在5个工作日内反馈意见。", "<=", 5, None, "days"),
    ("各类会议会期原则上不超过半天。", "<=", 0.5, None, "days"),
    ("接待标准每人每天不超过100元。", "<=", 100, None, "yuan"),
    # >= : 不少于 / 至少 / 以上 / 提前
    ("市政府领导每年下基层调研不少于60天。", ">=", 60, None, "days"),
    ("县委常委每年到基层调研的时间不少于2个月。", ">=", 60, None, "days"),
    ("每年至少2次走访所联系的群众。", ">=", 2, None, "times"),
    ("每年撰写2篇以上调研报告。", ">=", 2, None, "items"),
    ("邀请市政府领导出席活动，要提前2天报批。", ">=", 2, None, "days"),
    ("县委书记每年住在村里不少于七个晚上。", ">=", 7, None, "days"),
    # = : a frequency or a distribution binds the number
    ("每季度组织开展1次专题学习。", "=", 1, None, "times"),
    ("每年召开一次专题民主生活会。", "=", 1, None, "times"),
    ("县委常委每年撰写1至2篇调研报告。", "=", 1, 2, "items"),
    ("每人联系1个乡镇。", "=", 1, None, "items"),
    ("县直部门单位和镇街各1人陪同。", "=", 1, None, "persons"),
    # reductions and freezes
    ("公文总数量比上年减少20%以上。", "reduce>=", 20, None, "percent"),
    ("会议经费压缩百分之二十。", "reduce=", 20, None, "percent"),
    ("三公经费只减不增。", "no_increase", 0, None, "percent"),
    ("确保议事协调机构总体数量不增加。", "no_increase", 0, None, "percent"),
    ("确保五年内三公经费原则上不增加。", "no_increase", 0, None, "percent"),  # 五年内 frames the freeze
    ("年度业务招待费不得超过上年决算数。", "no_increase", 0, None, "percent"),
    ("厅机关年度发文总量不超过上年。", "no_increase", 0, None, "percent"),
    # found in the blind commitment labels (tests/data/commitment_labels)
    ("局机关只保留《市场监管工作动态》1种简报。", "<=", 1, None, "items"),  # a title between cue and number
    ("简报由5种压缩为1种。", "<=", 1, None, "items"),
    ("超标准占用的在3个月内腾退。", "<=", 90, None, "days"),               # a deadline in months
    ("陪同的当地负责同志一般为1人。", "=", 1, None, "persons"),
    ("会议时长一般不超过一个半小时。", "<=", 1.5, None, "hours"),
    ("审批时限在法定时限基础上平均压缩一半以上。", "reduce>=", 50, None, "percent"),
    ("审批时限由平均二十个工作日缩短为八个工作日。", "<=", 8, None, "days"),  # the baseline is no commitment
    ("村里只安排支部书记或村委会主任1人陪同。", "<=", 1, None, "persons"),
    ("超标准部分一律腾退，5年内一律不得新建楼堂馆所。", "=", 1825, None, "days"),  # how long a ban lasts
])
def test_comparators_values_units(text, comparator, value, value_high, unit):
    c = one(text)
    assert c.comparator == comparator
    assert c.value == pytest.approx(value)
    assert c.value_high == value_high
    assert c.unit == unit


@pytest.mark.parametrize("text, frequency", [
    ("每年至少2次走访群众。", "每年"),
    ("每季度至少1次深入联系点。", "每季度"),
    ("由督查室每月对未办结的公文进行一次督查。", "每月"),
    ("每周安排1次接访。", "每周"),
    ("每半年报告1次进展。", "每半年"),
    ("与班子成员每届至少谈心1次。", "每届"),
    ("每次出访不超过10天。", "每次"),
    ("其他干部每两年内因公出国不超过1次。", "每两年"),
    ("1个任期内因公出国不超过2次。", "每届"),   # the period frames the limit; 1个 is no commitment
    ("陪同人员不超过3人。", None),
])
def test_frequency(text, frequency):
    assert one(text).frequency == frequency


@pytest.mark.parametrize("text, frequencies", [
    # the period a quantity is counted in comes from its own clause ...
    ("全省性会议每年不超过6个，会期一般不超过1天。", ["每年", None]),
    ("县委常委每年到基层调研不少于60天，每人联系1个乡镇。", ["每年", None]),
    ("镇级会议每月不超过2次，会议时间一般不超过1.5小时。", ["每月", None]),
    ("每年不超过1次，每次出访不超过3个国家，随行人员不超过6人。", ["每年", "每次", None]),
    # ... or is carried on by 其中, or by a clause counting the same thing in the same unit
    ("每年到基层调研不少于60天，其中到乡镇不少于30天。", ["每年", "每年"]),
    ("每月到包联村工作不少于4天，吃住在村不少于2天。", ["每月", "每月"]),
    # a year's total cut against last year is a cut, not a yearly one; every year's cut is
    ("全年会议数量比上年压减10%以上。", [None]),
    ("发文总量每年压缩5%。", ["每年"]),
    # a term is half a year; a meal and an issue are occasions
    ("校领导每学期至少听课4次。", ["每半年"]),
    ("工作餐每人每餐不超过40元。", ["每次"]),
    ("简报每年不超过12期，每期不超过2000字。", ["每年", "每次"]),
])
def test_frequency_is_the_period_of_the_quantitys_own_clause(text, frequencies):
    assert [c.frequency for c in find_commitments(text)] == frequencies


@pytest.mark.parametrize("text, comparator, value", [
    ("市政府领导每季度至少到市信访接待中心接待来访群众1次。", ">=", 1.0),  # 至少 reaches over a long verb phrase
    ("2013年“三公”经费较上年下降不低于5%。", "reduce>=", 5.0),  # a cut stated before its floor
    ("保留项目实行目录管理，精简比例不低于50%。", "reduce>=", 50.0),
    ("每人每年参加集中培训的时间不低于7天。", ">=", 7.0),  # a floor without a cut before it
])
def test_floors_far_from_their_number_and_floors_of_a_cut(text, comparator, value):
    c = one(text)
    assert (c.comparator, c.value) == (comparator, value)


def test_a_hard_wrapped_line_is_read_joined_up_and_offsets_stay_those_of_the_text():
    # a copy out of a PDF breaks lines in mid-sentence, inside a cue or a number
    text = "全县性会议参会人数一般控制在一百人以内，会议时间一般不\n超过1.5小时，其中到贫困县调研不少于1\n5天。"
    cs = find_commitments(text)
    assert [text[c.start:c.end] for c in cs] == ["控制在一百人以内", "不\n超过1.5小时", "不少于1\n5天"]
    assert [(c.comparator, c.value, c.unit) for c in cs[1:]] == [("<=", 1.5, "hours"), (">=", 15.0, "days")]
    # a short heading line is not a wrapped sentence: its break stays a break
    from analysis.commitments import _unwrapped

    assert _unwrapped("一、精简会议\n3次以上的会议合并召开。") == ("一、精简会议\n3次以上的会议合并召开。", None)
    joined, where = _unwrapped(text)
    assert "\n" not in joined and len(where) == len(joined) == len(text) - 2


@pytest.mark.parametrize("text", [
    "2016年第一季度召开一次省政府党组扩大会议。",          # a date and a one-off event
    "开展十项督查活动。",                                  # list count
    "重点抓好4个方面的工作。",                              # list count
    "围绕8项整改任务，开展18个方面31项专项整治工作。",      # list counts
    "认真贯彻落实中央八项规定精神。",                        # a name
    "践行“三严三实”要求，落实“六个一”联系点制度。",         # slogans in quotes
    "根据省委46号文件精神，结合实际制定本方案。",            # document number
    "共督察了9个市（州）的26个县，参会人员近300人。",        # counts of past facts
    "先后召开企业负责人座谈会26个。",                        # past fact
    "对现行制度进行一次全面梳理。",                          # a one-off, no limit
    "2013年2月6日印发。",                                   # date
    "建立一本台账，办好一批民生实事。",                      # vague counts
    "市纪委每季度通报一次违反中央八项规定精神问题。",        # 一次 is; 八项 (a name) is not
    "每月调度一次整改进度，完成一项、销号一项。",            # 一次 is; a paired tally is not
    "把节日纪律要求传达到每一名党员干部。",                  # every one
    "每月25日前将进展情况报领导小组办公室。",                # a day of the month
    "每月最后一周为无会周。",                                # which week, not how long
    "坚持县级领导干部每周轮流接访。",                        # 轮流: in turn
])
def test_not_commitments(text):
    assert [text[c.start:c.end] for c in find_commitments(text)] in ([], ["一次"])


def test_coordinated_numbers_inherit_the_comparator():
    text = "每次不超过3个国家（包括经停国家）和10天时间。"
    cs = find_commitments(text)
    assert [(text[c.start:c.end], c.comparator, c.unit, c.frequency) for c in cs] == [
        ("不超过3个国家", "<=", "items", "每次"), ("10天", "<=", "days", "每次")]


@pytest.mark.parametrize("text", [
    "班子成员每人联系1个乡镇（街道）、1个村（社区）、10户群众。",
    "局领导班子成员分别联系1个县（市、区）、1个重点项目和10户群众。",
    "每名镇领导班子成员包联1个村（社区）、1个村民小组和10户群众。",  # a long subject after 每名
])
def test_distribution_lists(text):
    cs = find_commitments(text)
    assert [(c.comparator, c.value) for c in cs] == [("=", 1), ("=", 1), ("=", 10)]


def test_two_limits_in_one_sentence_are_separate():
    text = "文字稿不超过800字，电视播出时间不超过2分钟。"
    cs = find_commitments(text)
    assert [(c.value, c.unit, c.subject) for c in cs] == [(800, "characters", "文字稿"), (2, "minutes", "电视播出时间")]


@pytest.mark.parametrize("text, subject", [
    ("会期原则上不超过半天。", "会期"),
    ("随行媒体记者不超过2人。", "随行媒体记者"),
    ("县委常委每年撰写1至2篇调研报告。", "调研报告"),
])
def test_subject(text, subject):
    assert one(text).subject == subject


def test_conditions_are_flagged():
    text = "会期不超过半天的，一律不安排食宿；会期一天以上的，不得提高食宿标准。"
    cs = find_commitments(text)
    assert [c.is_conditional for c in cs] == [True, True]
    assert [c.comparator for c in cs] == ["<=", ">="]
    assert not one("会期不超过半天。").is_conditional


def _measures(texts, doc_id="d1", offset=100, gap=7):
    """Measures laid out in a document: each starts `gap` characters after the previous one ends."""
    rows, pos = [], offset
    for i, t in enumerate(texts, 1):
        rows.append({"measure_id": f"{doc_id}-m{i:03d}", "doc_id": doc_id, "seq": i, "label": str(i),
                     "section": None, "heading": None, "text": t, "char_start": pos, "char_end": pos + len(t),
                     "lead_person": None, "lead_unit": None, "is_quantified": False})
        pos += len(t) + gap
    return pd.DataFrame(rows)


def test_offsets_index_the_document_text():
    texts = ["1.精简会议。一般的会议不超过2小时，讲话不超过30分钟。", "2.开展十项督查活动。", "3.每年至少2次走访群众。"]
    m = _measures(texts)
    doc_text = "序" * 100 + "".join(t + "〇" * 7 for t in texts)
    com = extract_commitments(m)
    assert len(com) == 3
    for r in com.itertuples():
        assert doc_text[r.char_start:r.char_end] == r.text
    assert com["commitment_id"].tolist() == ["d1-m001-c01", "d1-m001-c02", "d1-m003-c01"]
    assert com["limit_kind"].tolist() == ["meeting_length", "speech_length", "contact_visits"]


@pytest.mark.parametrize("text, is_quantified", [
    ("县委常委每人联系1个乡镇。", True),
    ("每年至少2次走访群众。", True),
    ("三公经费只减不增。", True),
    ("会期不超过半天的，一律不安排食宿。", True),           # a condition on a recognised limit (meeting length)
    ("凡是出现两次以上的事务都用制度来规范。", False),      # a principle, not a commitment
    ("开展十项督查活动。", False),
    ("2016年第一季度召开一次会议。", False),
    ("共督察了9个市。", False),
])
def test_is_quantified(text, is_quantified):
    m = _measures([text])
    out = mark_quantified(m, extract_commitments(m))
    assert bool(out["is_quantified"].iloc[0]) is is_quantified


def test_stage_returns_three_valid_tables():
    m = _measures(["1.严禁超标准接待，陪同人员不超过3人。", "2.加强学习。"])
    out = commitments_stage({"measures": m}, {})
    assert set(out) == {"commitments", "measures", "measure_stringency"}
    schemas.validate(out["commitments"], "commitments")
    schemas.validate(out["measures"], "measures")
    ms = schemas.validate(out["measure_stringency"], "measure_stringency")
    assert out["measures"]["is_quantified"].tolist() == [True, False]
    assert ms["n_commitments"].tolist() == [1, 0]
    assert out["measures"]["measure_id"].tolist() == m["measure_id"].tolist()


def test_stage_on_a_document_without_measures():
    out = commitments_stage({"measures": schemas.empty("measures")}, {})
    assert len(out["commitments"]) == 0 and len(out["measure_stringency"]) == 0
    assert list(out["commitments"].columns) == schemas.get("commitments").column_names
