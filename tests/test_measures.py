"""Measure extraction: numbering schemes, non-measures, flattened punctuation, spans partition."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from analysis import measures, numbering, schemas
from analysis.furniture import find_furniture


def extract(text, furniture=()):
    return measures.extract(text, list(furniture), "d")


def labels(text):
    return extract(text)[0]["label"].fillna("").tolist()


def assert_partition(text, spans):
    """Spans are consecutive, cover the whole text, and never overlap."""
    if not text:
        assert spans.empty
        return
    assert spans["char_start"].iloc[0] == 0
    assert spans["char_end"].iloc[-1] == len(text)
    assert (spans["char_start"].iloc[1:].to_numpy() == spans["char_end"].iloc[:-1].to_numpy()).all()
    assert (spans["char_end"] > spans["char_start"]).all()
    assert set(spans["span_kind"]) <= set(measures.SPAN_KINDS)


@pytest.mark.parametrize("numeral, value", [
    ("1", 1), ("12", 12), ("１２", 12), ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("①", 1), ("⑳", 20),
    ("⑴", 1), ("⒇", 20), ("⒈", 1), ("⒛", 20), ("㈠", 1), ("㈩", 10),
])
def test_numerals(numeral, value):
    assert numbering.to_int(numeral) == value


@pytest.mark.parametrize("text, expected", [
    # each numbering scheme of the issue, as leaves of a two-level plan
    ("一、会议\n1.精简会议。少开会。\n2.控制会期。\n", ["1.", "2."]),
    ("一、会议\n1．精简会议。\n2．控制会期。\n", ["1．", "2．"]),
    ("一、会议\n1、精简会议。\n2、控制会期。\n", ["1、", "2、"]),
    ("一、会议\n（1）精简会议。\n（2）控制会期。\n", ["（1）", "（2）"]),
    ("一、会议\n①精简会议。\n②控制会期。\n", ["①", "②"]),
    ("说明。\n一是精简会议。\n二是控制会期。\n", ["一是", "二是"]),
    ("说明。\n一要精简会议。\n二要控制会期。\n", ["一要", "二要"]),
    ("一、精简会议。少开会。\n二、控制会期。\n", ["一、", "二、"]),
    ("（一）精简会议。\n（二）控制会期。\n", ["（一）", "（二）"]),
    # single-character numbers of some Word documents: ㈠ (（一）), ⒈ (1.), ⑴ (（1）), in their families
    ("㈠会议\n⒈精简会议。\n⒉控制会期。\n㈡文件\n⒈精简文件。\n⒉控制篇幅。\n", ["⒈", "⒉", "⒈", "⒉"]),
    ("一、会议\n⑴精简会议。\n⑵控制会期，要求：⒈不发纪念品；⒉不摆花草。\n", ["⑴", "⑵"]),
    # numbering that restarts in a later section
    ("一、会议\n1.精简会议。\n2.控制会期。\n二、文件\n1.精简文件。\n2.控制篇幅。\n", ["1.", "2.", "1.", "2."]),
    # an item continued inline after a sentence end (seed 002: "…违纪行为。 31.深入贯彻…")
    ("一、会议\n1.精简会议。\n2.控制会期。 3.压缩经费。\n", ["1.", "2.", "3."]),
])
def test_numbering_schemes(text, expected):
    assert labels(text) == expected


def test_stray_numbers_are_not_items():
    # "12.20" is a date, "3." inside a sentence does not continue any sequence
    text = "一、安全\n1.吸取“12.20”事故教训。\n2.落实责任，完成3.5万元投入。\n"
    assert labels(text) == ["1.", "2."]


def test_inline_enumeration_stays_inside_measure():
    text = "一、督查\n1.开展十项督查。一是督查提案办理;二是督查改革落实;三是督查政务公开。\n2.完善机制。\n"
    m, _ = extract(text)
    assert m["label"].tolist() == ["1.", "2."]
    assert "三是督查政务公开" in m["text"].iloc[0]


def test_headings_are_context_not_measures():
    text = "一、改进会风\n（一）精简会议\n1.严控数量。\n2.严控会期。\n（二）精简文件\n3.压缩篇幅。\n4.减少简报。\n"
    m, spans = extract(text)
    assert m["label"].tolist() == ["1.", "2.", "3.", "4."]
    assert m["section"].tolist()[2] == "一、改进会风 > （二）精简文件"
    heading_text = "".join(text[s:e] for s, e in spans.loc[spans.span_kind == "heading", ["char_start", "char_end"]].to_numpy())
    assert "精简文件" in heading_text


def test_guiding_principles_are_preamble():
    text = ("一、指导思想和基本原则\n（一）指导思想。以科学发展观为指导。\n（二）基本原则。坚持从严。\n"
            "二、整改措施\n（一）精简会议。少开会。\n（二）精简文件。少发文。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）"]
    assert m["text"].iloc[0].startswith("（一）精简会议")
    assert spans.loc[spans.char_start == 0, "span_kind"].iloc[0] == "heading" or "preamble" in set(spans.span_kind)


def test_problem_lists_are_not_measures():
    text = ("一、存在的主要问题\n1.会议过多，效率不高。\n2.文件过滥。\n"
            "二、整改措施\n1.精简会议。\n2.精简文件。\n")
    m, spans = extract(text)
    assert m["text"].str.contains("过多").sum() == 0
    assert len(m) == 2
    assert "problem" in set(spans.span_kind)


FLAT = ("某委整改方案.根据要求.制定本方案.一.指导思想 高举旗帜.坚持原则.二.整改措施 "
        "关于会议的问题.着重整改.①会议过多.效率不高.②会期过长.不够精简.1.从严控制会议.会期不超过半天.不准发纪念品."
        "2.精简文件简报.①压缩篇幅.②减少数量.3.规范公务接待.严禁超标准接待."
        "关于文风的问题.着重整改.①文件过多.②篇幅过长.存在套话.4.改进文风.力戒空话.5.精简简报.只保留一种.")


def test_flattened_punctuation_recovers_items_from_numbering():
    m, spans = extract(FLAT)
    assert m["label"].tolist() == ["1.", "2.", "3.", "4.", "5."]
    # a problem list before a measure is cut from the previous measure and marked problem
    assert not m["text"].str.contains("会期过长|文件过多").any()
    assert m["text"].iloc[2].endswith("严禁超标准接待.")
    # sub-items ① ② inside measure 2 stay inside it
    assert "②减少数量" in m["text"].iloc[1]
    assert "关于文风的问题" in m["section"].iloc[3]
    problem = "".join(FLAT[s:e] for s, e in spans.loc[spans.span_kind == "problem", ["char_start", "char_end"]].to_numpy())
    assert "会议过多" in problem and "篇幅过长" in problem


def test_heading_sentence_paragraphs_are_measures():
    text = ("关于改进作风的实施办法\n  根据规定，制定本办法。\n  一、改进调查研究\n"
            "  减少陪同人员。调研不超过3人陪同。\n  简化接待工作。不准迎送。\n"
            "  二、精简会议活动\n  控制会议规模。会期不超过半天。\n  县人大常委会参照本办法执行。\n"
            "中共某县委\n2013年2月6日\n")
    m, spans = extract(text)
    assert m["heading"].tolist() == ["减少陪同人员。", "简化接待工作。", "控制会议规模。"]
    assert m["section"].tolist() == ["一、改进调查研究", "一、改进调查研究", "二、精简会议活动"]
    assert_partition(text, spans)


def test_notice_wrapping_the_plan_is_preamble():
    text = ("县委关于印发《实施办法》的通知\n现将《实施办法》印发给你们，请认真贯彻执行。\n"
            "一要提高认识。认真学习。\n二要严格执行。带头落实。\n中共某县委\n2013年2月6日\n"
            "实施办法\n一、精简会议\n（一）控制会期。不超过半天。\n（二）控制规模。不超过50人。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）"]


def test_lead_person_and_unit():
    text = ("二、措施\n1．加强学习。每季度学习1次。（朱小丹同志负责，省府办公厅牵头办理）\n"
            "2．构建大督查格局。健全体系。（朱小丹、李锋同志负责，省编办，省发展改革委牵头办理）\n")
    m, _ = extract(text)
    assert m["lead_person"].tolist() == ["朱小丹", "朱小丹、李锋"]
    assert m["lead_unit"].tolist() == ["省府办公厅", "省编办，省发展改革委"]


def test_furniture_never_inside_a_measure():
    text = "今日:\n一、会议\n1.精简会议。\n2.控制会期。\n【打印本页】 【关闭窗口】\n"
    furn = [(0, 4), (text.index("【"), len(text) - 1)]
    m, spans = extract(text, furn)
    assert m["text"].tolist() == ["1.精简会议。", "2.控制会期。"]
    assert_partition(text, spans)
    kinds = spans.set_index("char_start")["span_kind"]
    assert kinds[0] == "furniture"


def test_measure_text_is_exact_slice_and_tables_validate():
    text = "一、会议\n1.精简会议。\n2.控制会期。\n"
    m, spans = extract(text)
    for r in m.itertuples():
        assert text[r.char_start:r.char_end] == r.text
    schemas.validate(m, "measures")
    schemas.validate(spans, "spans")


CJK = st.sampled_from(list("会议文件接待车辆调研基层严禁不得控制在以内精简规范"))
PIECES = st.one_of(CJK, st.sampled_from(["一、", "二、", "（一）", "（二）", "1.", "2.", "3.", "1．", "①", "②", "一是", "二是",
                                          "。", "；", "\n", ".", "  ", "\u3000", "关于", "问题", "针对", "2013年2月6日",
                                          "指导思想", "印发给你们", "（张三同志负责，办公厅牵头办理）",
                                          "第一条", "第二条", "第一章", "第一阶段", "第二阶段", "1)", "2)", "（1）", "（2）",
                                          "存在问题：", "具体要求：", "附件：", "二〇一三年二月六日", "【主要任务】",
                                          "为", "制定本办法", "如下。", "责任单位：", "长期坚持"]))


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=80).map("".join), st.booleans())
def test_spans_always_partition_generated_text(text, with_furniture):
    furniture = [(0, min(3, len(text)))] if with_furniture and text else []
    m, spans = extract(text, furniture)
    assert_partition(text, spans)
    covered = spans.loc[spans.span_kind == "measure"]
    assert len(covered) >= len(m) or m.empty
    for r in m.itertuples():
        assert text[r.char_start:r.char_end] == r.text
        assert r.char_end > r.char_start


def test_chapters_and_articles():
    text = ("某县实施细则\n第一章　总则\n第一条　为贯彻八项规定，制定本细则。\n第二条　本细则适用于全县。\n"
            "第二章　会议活动\n第三条　严格控制会议。会期不超过半天。\n第四条　精简文件。\n"
            "第三章　附则\n第五条　本细则自印发之日起施行。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["第三条", "第四条"]
    assert m["section"].tolist() == ["第二章　会议活动"] * 2


def test_spaced_chapter_titles_and_empty_chapters_are_never_measures():
    # 条款式 plans space out short chapter titles (``第七章　附　则``); the closing articles sit under it
    text = ("某镇若干规定\n第一章　总　则\n第一条　为改进作风，制定本规定。\n第二章　会议活动\n"
            "第二条　严格控制会议。会期不超过半天。\n第三条　精简文件。\n\n第三章　附　则\n\n"
            "第四条　本规定由镇党政办公室负责解释。\n第五条　本规定自印发之日起施行。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["第二条", "第三条"]
    assert "附" not in "".join(m["text"])
    chapter = text.index("第三章")
    at = spans[(spans["char_start"] <= chapter) & (spans["char_end"] > chapter)]["span_kind"].tolist()
    assert at and at[0] in ("heading", "preamble")


def test_damaged_full_stop_before_the_next_number_still_ends_an_item():
    # a 。 typed as "." (``…须经批准.2.严格…``) ends item 1; a decimal point (``1.5天``) does not
    text = "一、用车\n1.公务用车统一管理，确需使用的须经批准.2.严格控制出国，每次不超过1.5天。\n3.规范培训。\n"
    m, _ = extract(text)
    assert m["label"].tolist() == ["1.", "2.", "3."]
    assert m["text"].iloc[0].endswith("须经批准.")
    assert "1.5天" in m["text"].iloc[1]


def test_a_plan_that_lost_every_line_break_still_gives_its_items():
    # a web copy on one line: sentence ends inside a line that long are item starts; the closing
    # sentences, the signature and the print buttons at its end are not part of the last measure
    body = "".join(f"（{c}）第{c}项措施的具体要求写在这里，" + "内容" * 80 + "。" for c in "一二三")
    text = ("首页 > 新闻中心 为改进作风，提出如下意见。一、改进调研。" + body + "二、精简会议。1.严控会议数量。2.严控会期。"
            "本意见自印发之日起施行。中共某市委办公室　2013年1月5日印发【打印本页】【关闭窗口】")
    m, _ = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）", "（三）", "1.", "2."]
    assert m["text"].iloc[-1] == "2.严控会期。"


_PROBLEMS_THEN_MEASURES = (
    "（一）形式主义方面。存在的主要问题：①学习不够深入，以会代学；②考核检查过多，基层负担较重。"
    "整改措施：（1）精简会议。全县性会议减少三分之一。（2）减少检查考核。一年只组织一次综合考核。"
    "（二）享乐主义方面。存在的主要问题：①公车管理不够严格；②办公用房超标。"
    "整改措施：（1）严格公车管理。严禁公车私用。（2）清理办公用房。三个月内腾退到位。")


@pytest.mark.parametrize("sep", ["\n", ""], ids=["lines", "one line"])
def test_a_problem_list_and_the_measures_answering_it_are_not_folded_into_their_heading(sep):
    # 整改方案 sections: ①② problems, then 整改措施： and the measures (1)(2); on separate lines, and run
    # together on one line (a copy that lost its breaks: item starts at colons and at the space left)
    body = _PROBLEMS_THEN_MEASURES.replace("：①", "：" + sep + "①").replace("；②", "；" + sep + "②")
    body = body.replace("：（", "：" + sep + "（").replace("。（", "。" + sep + "（")
    text = "某县政府党组整改方案 一、整改目标 作风明显转变。二、存在问题和整改措施 " + sep + body + "内容" * 150
    m, spans = extract(text)
    assert m["label"].tolist() == ["（1）", "（2）"] * 2
    assert m["text"].str.contains("不够|过多|超标").sum() == 0
    problems = "".join(text[r.char_start:r.char_end] for r in spans.itertuples() if r.span_kind == "problem")
    assert "以会代学" in problems and "办公用房超标" in problems
    assert_partition(text, spans)


def test_a_long_paragraph_keeps_its_inline_list():
    # one long measure (no section numbers run together with it) keeps its ①② and （1） inside it
    text = ("一、会议\n1.精简会议。具体要求：①全县性会议减少三分之一；②会期不超过半天；（1）不发纪念品；（2）不摆花草。"
            + "内容" * 250 + "\n2.精简文件。\n")
    assert labels(text) == ["1.", "2."]


def test_a_comma_typed_for_the_mark_after_a_number_still_numbers_the_item():
    text = "一、会议\n1.严控会议数量。\n2,严控会期，开2,3天的会须报批。\n3，严控规模。\n4.不发纪念品。\n"
    assert labels(text) == ["1.", "2,", "3，", "4."]


def test_scope_and_closing_paragraphs_after_the_measures_are_not_measures():
    text = ("一、会议\n——严控会议数量。全年不超过四次。\n——严控会期。会期不超过半天。\n"
            "本实施办法适用于市级领导干部。各县结合实际制定实施办法。\n"
            "以上整改任务由党组统一领导，班子成员各负其责。\n")
    m, spans = extract(text)
    assert len(m) == 2 and not m["text"].str.contains("适用于|以上").any()
    assert_partition(text, spans)


@pytest.mark.parametrize("tail", [
    "本意见自印发之日起施行。\n　　　　中共某市委\n　　　　某市人民政府\n　　　　２０１３年１月１８日\n",  # full-width date
    "本办法自印发之日起施行。\n中共某市委办公室　某市人民政府办公室\n2O13年1月8日\n",  # two issuers; OCR'd O
    "\n中共某厅党组\n2014年1月\n",  # a month, no day
    "\n中共某市人民政府党组\n20XX年2月\n",  # a placeholder year
    "以上汇报，不妥之处，请批评指正。\n",
    "各单位参照本措施，结合实际制定具体办法。本措施自发布之日起执行。\n",
    "本细则自印发之日起施行。\n中共某镇委员会\n2013年1月20日\n责任编辑：林晓\n【列印】【关闭】【返回顶部】\n",
    # the closing of a first document, then a second document's title and preamble (a notice of two)
    "本办法自印发之日起施行，由县委办公室负责解释。\n\n某县公务接待管理规定\n\n为规范公务接待，制定本规定。\n",
    # the attachments listed, then the attachments themselves
    "附件：1．某县督查检查考核计划清单\n　　　2．某县基层减负监测点名单\n\n附件1\n\n某县督查检查考核计划清单\n"
    "序号　事项名称　　　　牵头单位\n1　　综合考核　　　　县委督查室\n2　　专项督查　　　　县扶贫办\n",
    # a paragraph telling other units to follow the plan, after the last item's own text
    "各县（市、区）教育局参照本方案，\n结合实际抓好贯彻落实。\n",
    "本方案报县委审定后组织实施。各单位参照本方案执行。\n",
    # the signature and date, then notes
    "中共某县财政局党组\n2014年1月10日\n注：本方案所称“三公”经费，是指用财政拨款安排的相关费用。\n",
])
def test_closing_lines_signatures_and_dates_are_not_part_of_the_last_measure(tail):
    text = "一、会议\n1.严控会议数量。全年不超过四次。\n2.严控会期。会期不超过半天。\n" + tail
    m, spans = extract(text, [(s, e) for s, e, _ in find_furniture(text)])  # as the loader finds it
    assert m["text"].iloc[-1] == "2.严控会期。会期不超过半天。"
    assert_partition(text, spans)


def test_a_note_under_a_measure_is_not_the_measure_and_the_heading_after_it_still_heads_what_follows():
    text = ("某局改进作风实施细则\n【公务接待】\n1.严格执行公函接待制度。\n2.接待工作餐安排在机关食堂。\n注：本细则所称公务接待，是指接待上级机关人员。\n"
            "【宣传报道】\n1.精简会议报道。\n2.不发贺信贺电。\n")
    m, spans = extract(text)
    assert m["section"].tolist() == ["【公务接待】"] * 2 + ["【宣传报道】"] * 2
    assert m["text"].iloc[1] == "2.接待工作餐安排在机关食堂。"
    assert_partition(text, spans)


def test_page_numbers_and_running_headers_between_items_are_neither_measure_text_nor_section_names():
    text = ("一、会议\n1.严控会议数量。全年不超过四次。\n\n— 3 —\n\n某县委办公室\n\n2.严控会期。\n"
            "二、文件\n\n— 4 —\n\n某县委办公室\n\n1.精简文件。\n2.压缩篇幅。\n")
    furniture = [(s, e) for s, e, _ in find_furniture(text)]
    assert len(furniture) == 4  # two page numbers, and the running header next to them
    m, spans = extract(text, furniture)
    assert m["text"].iloc[0] == "1.严控会议数量。全年不超过四次。"
    assert m["section"].tolist() == ["一、会议"] * 2 + ["二、文件"] * 2
    assert_partition(text, spans)


def test_right_paren_numbers_hold_the_parenthesised_details_under_them():
    # 1） and （1） share a depth; the one met first holds the other
    text = ("一、公务接待\n1）严格执行公务接待制度：\n（1）实行公函接待制度；\n（2）接待一律安排工作餐。\n"
            "2）接待费用按月统计公开。\n")
    assert labels(text) == ["1）", "2）"]


def test_a_markdown_table_gives_one_measure_per_row():
    text = ("某局整改落实台账\n根据要求，制定本台账。\n**一、形式主义方面**\n| 序号 | 存在问题 | 整改措施 | 责任单位 |\n"
            "|---|:---|---|---|\n| 1 | 会议多 | 严格控制会议数量，全年不超过2次。 | 局办公室 |\n"
            "| 2 | 文件多 | 局机关发文减少20%。 | 局办公室 |\n\n**二、官僚主义方面**\n| 3 | 调研少 | 每年调研不少于60天。 | 局党组 |\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["1", "2", "3"] and m["text"].str.contains("严格控制会议数量").iloc[0]
    assert m["section"].tolist() == ["一、形式主义方面"] * 2 + ["二、官僚主义方面"]
    assert_partition(text, spans)


def test_articles_numbered_with_arabic_digits():
    text = ("某县改进作风的规定\n第1条 为改进作风，制定本规定。\n第2条 严控会议数量。\n第3条 规范接待：\n（一）实行公函制度；\n"
            "（二）严控陪餐人数。\n第4条 本规定自印发之日起施行。\n")
    assert labels(text) == ["第2条", "第3条"]


def test_prose_under_a_section_on_running_the_plan_is_not_measures_unless_it_opens_with_headings():
    body = "一、会议\n1.严控会议数量。\n2.严控会期。\n二、组织保障\n"
    prose = "整改工作在县委统一领导下进行，县委常委会负总责。\n整改方案和整改结果在一定范围内公布。\n"
    headed = "加强组织领导。县委常委会负总责，班子成员各负其责。\n强化督促检查。县委督查室每季度通报一次。\n"
    assert labels(body + prose) == ["1.", "2."]
    assert len(extract(body + headed)[0]) == 4


def test_a_second_list_attached_mid_document_heads_its_items_and_is_not_the_measure_before_it():
    text = ("某镇“十严禁”负面清单\n为改进作风，制定本清单。\n1.严禁收送礼品礼金。\n2.严禁公款吃喝。\n\n附件2\n\n"
            "某镇机关工作人员“八不准”\n\n为规范机关工作人员行为，特制定以下“八不准”：\n1.不准迟到早退。\n2.不准串岗闲聊。\n\n"
            "以上“十严禁”“八不准”自印发之日起执行。违者严肃处理。\n")
    m, spans = extract(text)
    assert m["text"].tolist() == ["1.严禁收送礼品礼金。", "2.严禁公款吃喝。", "1.不准迟到早退。", "2.不准串岗闲聊。"]
    assert m["section"].fillna("").tolist() == ["", "", "某镇机关工作人员“八不准”", "某镇机关工作人员“八不准”"]
    assert_partition(text, spans)


def test_spaces_a_word_list_puts_after_a_number_are_not_part_of_the_section_name():
    text = "一、\xa0\xa0 改进调查研究\n1.\xa0\xa0 深入基层调研。每年不少于60天。\n2.\xa0\xa0 建立联系点。\n二、\xa0 精简会议\n1. 严控会议。\n2. 严控会期。\n"
    assert extract(text)[0]["section"].tolist() == ["一、改进调查研究"] * 2 + ["二、精简会议"] * 2


def test_a_plan_reposted_in_a_forum_behind_quote_marks():
    text = ("转过来给大家看看：\n> 某县政府关于改进作风的规定\n》一、改进调查研究\n> 1、每年到基层调研不少于60天。\n"
            "》2、调研轻车简从。\n> 本规定自发布之日起施行。\n> 某县人民政府\n> 2013年2月1日\n\n小城故事多\n顶！\n")
    m, spans = extract(text)
    assert m["text"].tolist() == ["1、每年到基层调研不少于60天。", "2、调研轻车简从。"]
    assert_partition(text, spans)


@pytest.mark.parametrize("lead", ["具体要求如下：", "会议安排要遵守以下规定："])
def test_numbered_details_led_in_by_a_later_sentence_of_the_item_stay_in_it(lead):
    text = (f"一、精简会议\n（一）大力精简会议。全省性会议压减40%以上。{lead}\n1.只开到市级；\n2.能合并的合并召开。\n"
            "（二）提高会议实效。不以开会代替落实。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_a_parts_prose_on_running_the_plan_is_not_a_measure():
    text = ("某省若干措施\n第一部分　总体要求\n坚持问题导向。\n第二部分　主要措施\n一、精简会议\n（一）压减会议。\n"
            "（二）提高实效。\n第三部分　组织实施\n\n各级党委（党组）要切实担负起为基层减负的主体责任，主要负责同志亲自抓。\n"
            "各地各部门要结合实际抓好贯彻落实，于年底前将落实情况报省委办公厅。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_a_plan_without_numbers_takes_its_short_heading_lines_as_sections():
    text = ("某市改进作风实施办法\n为改进作风，制定本办法。\n改进调查研究\n减少陪同人员。调研时陪同不超过2人。\n"
            "轻车简从。随行车辆不超过2台。\n精简会议活动\n严控会议数量。全年不超过4次。\n")
    m, _ = extract(text)
    assert m["section"].tolist() == ["改进调查研究"] * 2 + ["精简会议活动"]


def test_an_inline_enumeration_that_is_the_plans_only_list_gives_its_measures():
    text = ("某镇关于进一步改进作风的通知\n各村、镇直各单位：\n为改进作风，现就有关事项通知如下：一是严禁公款吃喝；"
            "二是严格公务用车管理；三是严格控制会议。\n四是认真落实值班制度；五是严肃执纪问责。\n特此通知。\n某镇党委\n2014年1月2日\n")
    assert labels(text) == ["一是", "二是", "三是", "四是", "五是"]


def test_a_bilingual_plans_english_paragraphs_are_neither_items_nor_measure_text():
    text = ("一、会议\n1.严格控制会议数量，全年不超过4次。\n1. Strictly limit the number of meetings to four a year.\n"
            "2.严格控制会期。\n2. Meetings shall last no longer than half a day.\n")
    m, spans = extract(text)
    assert m["text"].tolist() == ["1.严格控制会议数量，全年不超过4次。", "2.严格控制会期。"]
    assert_partition(text, spans)


def test_prose_after_a_tables_rows_is_not_a_measure():
    text = ("某局整改清单\n一、形式主义方面\n序号 | 存在问题 | 整改措施\n1 | 会议多 | 全局性会议每年不超过4次\n"
            "2 | 文件长 | 文件一般不超过3000字\n局党组将建立整改落实台账，实行清单化管理、销号式推进，整改一项销号一项。\n")
    assert extract(text)[0]["label"].tolist() == ["1", "2"]


def test_a_problem_named_with_its_symptoms_is_a_problem_and_a_list_of_problems_to_build_is_a_measure():
    text = ("某厅专项整治方案\n一、总体要求\n坚持问题导向，从严从实。\n二、整治重点\n（一）不作为、乱作为问题。主要表现为：对群众诉求推诿扯皮。\n"
            "（二）违反中央八项规定精神问题。主要表现为：“四风”问题反弹。\n三、方法步骤\n"
            "1．建立问题清单。对照整治重点逐项查摆，形成问题清单。\n2．集中整治。逐项整改到位。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["1．", "2．"]
    assert "problem" in set(spans["span_kind"])


def test_inline_numbers_in_an_ordinary_paragraph_do_not_start_items():
    text = "一、会议\n1.严控会议。全年开会不超过4次。二、三月份不开会。\n2.严控会期。\n"
    assert labels(text) == ["1.", "2."]


def test_a_table_restating_the_measures_is_not_measures_again():
    text = ("一、整改措施\n1.规范公务接待。严格执行标准。\n2.从严管理公务用车。严禁公车私用。\n二、责任分工\n"
            "序号\t整改任务\t责任单位\t完成时限\n1\t规范公务接待\t县接待办\t2014年3月底前\n"
            "2\t从严管理公务用车\t县机关事务局\t长期坚持\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["1.", "2."]
    header = text.index("序号")
    assert spans[(spans["char_start"] <= header) & (spans["char_end"] > header)]["span_kind"].tolist() == ["heading"]


def test_numbered_details_after_a_details_lead_in_stay_in_their_item():
    text = ("一、出国\n（一）严格执行出国管理规定，具体要求如下：\n1.每年出访不超过1次。\n2.团组不超过5人。\n"
            "（二）严格控制费用。\n二、会议\n（一）精简会议。\n1.严控数量。\n2.严控会期。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）", "1.", "2."]
    assert "团组不超过5人" in m["text"].iloc[0]


def test_a_table_that_is_the_only_list_of_measures_gives_one_measure_per_row():
    text = ("某局整改清单\n为解决“四风”问题，结合实际，制定本方案。\n序号\t问题\t整改措施\t完成时限\n"
            "1\t会议多\t全局性会议每年不超过4次\t长期坚持\n2\t文件长\t文件一般不超过3000字；简报只保留1种\t2014年3月\n")
    m, spans = extract(text)
    assert len(m) == 2 and m["text"].iloc[1].startswith("2\t文件长")
    header = text.index("序号")
    assert spans[(spans["char_start"] <= header) & (spans["char_end"] > header)]["span_kind"].tolist() == ["heading"]


def test_an_attachment_after_the_dated_signature_is_not_the_plan():
    text = ("一、加强领导\n（一）成立领导小组。\n（二）强化督查。\n二、营造氛围。开设专栏，公开曝光。\n\n"
            "附件：成员单位职责\n\n中共某县委办公室　　2013年4月10日印发\n\n附件\n\n成员单位职责\n\n"
            "1.县委办公室：负责统筹。\n2.县纪委：负责监督检查。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）", "二、"]
    assert "附件" not in m["text"].iloc[-1]


def test_di_markers_on_their_own_lines_over_numbered_items_are_sections():
    text = ("第一，改进调查研究。\n1.到基层调研。\n2.轻车简从。\n第二，精简会议活动。\n1.严控会议。\n2.严控会期。\n"
            "第三，抓好落实。\n一是加强领导；\n二是强化督查。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["1.", "2.", "1.", "2.", "一是", "二是"]
    assert m["section"].tolist()[:2] == ["第一，改进调查研究"] * 2


def test_long_sentences_with_section_words_are_still_measures_and_closing_items_are_not():
    text = ("一、改进调研\n1.调研要突出问题导向，多到群众意见多、工作困难的地方去，不搞“被调研”，不走过场。\n"
            "2.一般性调研活动原则上不作报道，市级新闻媒体要压缩会议和领导活动报道，多报道基层。\n"
            "二、本细则由省委办公厅负责解释。\n三、本细则自印发之日起施行。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["1.", "2."]


def test_roman_numeral_sections_and_their_problem_lists():
    text = ("Ⅰ、存在的主要问题\n1.预算约束不够硬，执行不严。\n2.会议费用偏高。\nⅡ、整改措施\n1.严格预算管理。\n2.压缩会议费。\n")
    m, _ = extract(text)
    assert m["label"].tolist() == ["1.", "2."] and m["section"].tolist() == ["Ⅱ、整改措施"] * 2


def test_the_paragraph_introducing_a_table_of_measures_is_a_heading():
    text = ("一、精简会议\n严格控制会议。全年不超过4次。\n二、公务接待\n本部分措施及责任单位列表如下，由各单位落实。\n"
            "序号\t整改措施\t责任单位\n1\t接待一律凭公函\t办公室\n2\t不上高档菜肴\t办公室\n")
    m, _ = extract(text)
    assert len(m) == 3 and m["text"].iloc[1].startswith("1\t接待")


def test_ocr_misread_numbers_still_form_their_runs():
    text = "―、精简会议\nl.严格会议审批。\n2.控制会议规模。\n3 .严格控制出席活动。\n二、精简文件\nI.减少发文。\n2.压缩篇幅。\n"
    m, _ = extract(text)
    assert m["label"].tolist() == ["l.", "2.", "3 .", "I.", "2."]
    assert m["section"].iloc[0] == "―、精简会议"


def test_the_quoted_eight_points_before_the_plans_own_measures_are_preamble():
    points = "".join(f"{n}、要{p}，有关要求如下文。\n" for n, p in zip(
        "一二三四五六七八", ["改进调查研究", "精简会议活动", "精简文件简报", "规范出访活动", "改进警卫工作", "改进新闻报道",
                       "严格文稿发表", "厉行勤俭节约"]))
    text = "中央八项规定的主要内容是：\n" + points + "结合实际，提出如下措施。\n一、改进调研\n（一）减少陪同。\n（二）轻车简从。\n"
    m, _ = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）"]
    assert len(extract(points)[0]) == 8  # a plan that only restates the points keeps them as its measures


def test_a_measure_that_tackles_a_problem_is_not_a_problem_list():
    text = "一、反对官僚主义\n1、深化审批改革。精简审批事项。\n2、集中整治侵害群众利益的突出问题。对征地拆迁开展专项治理。\n"
    m, _ = extract(text)
    assert m["label"].tolist() == ["1、", "2、"]


def test_notice_without_signature_date_ends_at_the_plan_title():
    text = ("关于印发《实施办法》的通知\n现将《实施办法》印发给你们，请结合实际认真贯彻执行。\n"
            "一要提高认识。认真学习。\n二要严格执行。带头落实。\n"
            "关于改进作风的实施办法\n一、精简会议\n（一）控制会期。不超过半天。\n（二）控制规模。不超过50人。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_responsibility_line_stays_with_its_measure():
    text = "一、会议\n1.精简会议。少开会。\n责任单位：县委办\n2.控制会期。\n"
    m, _ = extract(text)
    assert m["text"].iloc[0].endswith("责任单位：县委办")
    assert m["lead_unit"].iloc[0] == "县委办"


def test_a_section_naming_the_step_of_finding_problems_holds_measures():
    # 查摆突出问题 is work to be done (its items are measures); 查摆出的问题 lists what was found
    step = ("某县学习教育实施方案\n一、总体要求\n坚持问题导向。\n二、学习研讨\n（一）开展专题学习\n1.县委理论学习中心组开展集中学习。\n"
            "2.开展专题研讨。\n三、认真查摆突出问题\n（一）广泛征求意见\n3.采取发放征求意见表、召开座谈会等方式广泛征求意见。\n"
            "（二）深入对照检查\n4.领导班子逐条对照检查，形成问题清单。\n5.召开专题民主生活会。\n")
    assert labels(step) == ["1.", "2.", "3.", "4.", "5."]
    found = "某县整改方案\n一、查摆出的突出问题\n1.调研不够深入。\n2.会议过多过长。\n二、整改措施\n1.严控会议数量。\n2.精简文件简报。\n"
    assert labels(found) == ["1.", "2."]


def test_a_page_break_left_by_a_pdf_copy_does_not_hide_the_next_item():
    # pdftotext ends each page with a form feed; the next page's first line starts with it
    text = ("某镇实施方案\n二、主要措施\n    一是严格执行会议制度，每月召开会议不超过1次。\n    二是镇纪委每季度开展监督检查，\n"
            "发现问题点名通报。\n\n— 2 —\n\f    三是建立问题线索快速处置机制，3个工作日内启动核查。\n")
    m, spans = extract(text, [(text.index("— 2 —"), text.index("— 2 —") + 5)])
    assert m["label"].tolist() == ["一是", "二是", "三是"]
    assert "— 2 —" not in m["text"].iloc[1]


def test_a_notices_invitation_to_report_and_its_contact_lines_close_it():
    text = ("关于中秋国庆期间纠治“四风”的通知\n一、严禁公款吃喝。\n二、严禁违规收送礼品礼金。\n"
            "三、畅通举报渠道。各级纪检监察机关要公布举报电话，安排专人值守。\n"
            "　　欢迎广大干部群众对违反中央八项规定精神问题进行监督举报。\n　　举报电话：12388\n"
            "　　来信地址：某市某区政通路8号，邮编：449001\n")
    m, _ = extract(text)
    assert m["text"].iloc[-1] == "三、畅通举报渠道。各级纪检监察机关要公布举报电话，安排专人值守。"


def test_a_number_that_lost_its_mark_fills_the_gap_between_its_neighbours():
    text = ("某县整改方案\n一、整改措施\n1.大幅精简会议活动。\n2.精简文件简报。\n3严格控制督查检查考核。\n4.改进调查研究。\n")
    assert labels(text) == ["1.", "2.", "3", "4."]
    # a bare number that fills no gap, or that is a quantity (3天, 12月), starts nothing
    assert labels("某县方案\n一、措施\n1.精简会议。\n2.精简文件，\n5项工作年底前完成。\n3.改进调研。\n") == ["1.", "2.", "3."]
    assert labels("某县方案\n一、措施\n1.精简会议，\n2天内报送。\n2.精简文件。\n3.改进调研。\n") == ["1.", "2.", "3."]


def test_a_problem_list_inside_a_heading_gives_its_measures_no_problem_heading_as_context():
    text = ("某县整改方案\n二、突出问题和整改措施\n（一）关于形式主义方面\n　　主要问题：①会议过多；②文件过长；③调研不深。\n"
            "　　整改措施：\n1.精简会议活动。\n2.精简文件简报。\n（二）关于享乐主义方面\n　　主要问题：①公车私用问题存在。\n"
            "　　整改措施：\n1.严禁公车私用。\n2.规范公务接待。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["1.", "2.", "1.", "2."]
    assert m["section"].iloc[0].endswith("（一）关于形式主义方面")  # not "… > 主要问题："
    lead = text.index("整改措施：")
    kind = spans[(spans.char_start <= lead) & (spans.char_end > lead)]["span_kind"].item()
    assert kind == "heading"


def test_the_units_told_to_carry_out_the_document_close_it():
    text = ("某镇关于为基层减负的通知\n①精简会议。\n②精简文件。\n③加强监督问责。镇纪委要将减负工作纳入日常监督。\n\n"
            "　　各村（社区）、镇机关各站所要严格执行本通知要求，执行中遇到的问题请及时反映。\n")
    m, _ = extract(text)
    assert m["text"].iloc[-1] == "③加强监督问责。镇纪委要将减负工作纳入日常监督。"
    # an instruction to one unit inside a measure is not the document's closing
    kept = "某县方案\n1.精简会议。\n2.规范接待。\n　　各乡镇要建立接待台账，每月报送。\n3.改进调研。\n"
    assert "各乡镇要建立接待台账" in extract(kept)[0]["text"].iloc[1]



def test_a_sanction_after_the_last_rule_closes_the_list_but_a_sanction_item_stays_whole():
    text = ("某局关于严明纪律的十不准\n一、不准违规使用警车。警车一律凭派车单出车。\n二、不准出入私人会所。不得参与赌博。\n\n"
            "　　民警、辅警违反上述规定的，视情节轻重给予批评教育、通报批评等处理。\n")
    assert extract(text)[0]["text"].iloc[-1] == "二、不准出入私人会所。不得参与赌博。"
    item = ("某县方案\n1.精简会议。\n2.严肃执纪问责\n对违反本方案规定的，视情节轻重给予批评教育。\n")
    assert extract(item)[0]["text"].iloc[-1] == "2.严肃执纪问责\n对违反本方案规定的，视情节轻重给予批评教育。"


def test_a_number_over_nothing_is_not_a_measure():
    # Word numbers an empty list paragraph too: the loader draws 2． before nothing
    text = "某市方案\n一、精简会议\n1．严控会议数量。\n2．\n3．提高会议质量。\n"
    assert labels(text) == ["1．", "3．"]


def test_a_paragraph_naming_problems_and_listing_them_inline_is_a_problem():
    text = ("某镇方案\n一、总体要求\n坚持问题导向。\n二、整治重点\n重点整治四个方面突出问题：一是文山会海反弹回潮；二是督查检查考核过多过频。\n"
            "三、主要措施\n1、严控会议数量。\n2、压减发文数量。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["1、", "2、"]
    assert "problem" in set(spans["span_kind"])


def test_a_reporters_closing_and_a_reports_next_steps_are_not_the_last_measure():
    repost = ("某县出台作风建设十条措施\n1.精简会议。全县性会议减少三成。\n2.畅通举报渠道。开通微信举报平台。\n"
              "《措施》要求，各乡镇要结合实际抓好贯彻落实。《措施》自印发之日起施行。\n")
    assert extract(repost)[0]["text"].iloc[-1] == "2.畅通举报渠道。开通微信举报平台。"
    report = ("某局落实八项规定情况的报告\n一是精简会议，会议数量下降五成。\n二是建章立制，新制定制度八项。\n"
              "下一步，局党组将继续坚持以上率下，加大监督检查力度。\n")
    assert extract(report)[0]["text"].iloc[-1] == "二是建章立制，新制定制度八项。"



def test_an_article_run_onto_its_chapters_title_in_a_long_line_starts_an_item():
    # a PDF copy-paste that lost its breaks: 第二章　改进调查研究第三条　… all on one line
    filler = "，严格执行有关规定，确保各项要求落到实处" * 3
    line = ("某局实施细则第一章　总则第一条　为改进作风，制定本细则。第二条　本细则适用于局机关" + filler + "。"
            "第二章　改进调查研究第三条　局领导每年到基层调研不少于两个月" + filler + "。第四条　调研期间一律在基层食堂就餐" + filler + "。"
            "第三章　精简会议第五条　局机关召开的全局性会议每年不超过四次" + filler + "。第六条　严格控制发文数量" + filler + "。")
    assert len(line) >= 400
    text = line + "\n第四章　附则\n第七条　本细则自印发之日起施行。\n"
    assert labels(text) == ["第三条", "第四条", "第五条", "第六条"]  # 第二条 is a scope clause
    # … and at a line's start, a space between the chapter's title and the article (a lost break)
    text = ("某局若干规定\n第一章　总则\n第一条　为改进作风，制定本规定。\n第二章　会议活动\n第二条　严格控制会议。会期不超过半天。\n"
            "第三条　精简文件。发文数量压减10%。\n第三章  纠治享乐主义 第四条  严格公务接待.工作餐一律在机关食堂安排。\n"
            "第五条  规范公务用车.公务用车实行统一管理。\n")
    assert labels(text) == ["第二条", "第三条", "第四条", "第五条"]


def test_tables_of_measures_in_the_layouts_real_ledgers_use():
    # a category cell before the row number (a Word table with merged category cells)
    merged = ("某厅整改方案\n整改任务如下表：\n类别\t序号\t整改任务\t责任单位\n会风文风方面\t1\t全年会议数量压减30%以上。\t办公室\n"
              "2\t全年发文总量压减30%以上。\t办公室\n")
    assert labels(merged) == ["1", "2"]
    # two columns: a number with a short task name, then the measure
    two = "某集团实施细则\n1 改进调查研究\t领导班子成员每年到基层调研不少于60天。\n2 精简会议活动\t严格控制集团层面会议。\n"
    assert labels(two) == ["1", "2"]
    # a box-drawn table whose cells wrap over two lines, with a form's fields under it
    box = ("某县整改台账\n+----+----------+------------------+--------+\n| 序号 | 问题 | 整改措施 | 责任人 |\n"
           "+====+==========+==================+========+\n| 1 | 调研论证不 | 重大决策一律经过专家论证、 | 李建华 |\n"
           "|   | 充分 | 风险评估和集体讨论。 |   |\n+----+----------+------------------+--------+\n"
           "| 2 |   | 建立法律顾问制度。 | 李建华 |\n+----+----------+------------------+--------+\n"
           "填报单位：县政府办公室    审核：周明远    填报日期：2016年1月\n")
    m, _ = extract(box)
    assert m["label"].tolist() == ["1", "2"]
    assert "风险评估和集体讨论" in m["text"].iloc[0] and "填报单位" not in "".join(m["text"])


def test_an_order_to_report_by_a_date_after_the_last_item_closes_the_plan():
    text = ("某县集中整治方案\n一、整治措施\n1.精简会议。\n2.精简文件。\n二、工作要求\n(一)加强组织领导.成立领导小组.\n"
            "(二)注重宣传引导.开设专栏,及时通报典型案例.\n\n各乡镇,县直各单位整治工作情况于2019年6月20日前报县委办公室.\n")
    assert extract(text)[0]["text"].iloc[-1] == "(二)注重宣传引导.开设专栏,及时通报典型案例."
    # a notice's last paragraph: a clause before the units, and a month and day without the year
    notice = ("某厅关于做好中秋国庆期间纠正四风工作的通知\n一、严禁公款送礼。\n二、严禁公款吃喝。\n三、畅通举报渠道。举报电话：12388。\n"
              "　　节日期间，各单位要严格执行领导干部带班和值班制度，并于10月10日前将节日期间作风建设情况报驻厅纪检组。\n")
    assert extract(notice)[0]["text"].iloc[-1] == "三、畅通举报渠道。举报电话：12388。"


def test_clauses_numbered_across_paragraphs_are_the_list_and_within_one_paragraph_stay_inside():
    across = ("某厅关于严格执行“十个严禁”的通知\n一、“十个严禁”\n在公务活动方面：(1)严禁超标准接待；(2)严禁公车私用；(3)严禁公款旅游。\n"
              "在节日期间：(4)严禁公款送礼；(5)严禁收受礼金。\n以上“十个严禁”适用于全体干部职工。\n二、工作要求\n1.提高思想认识。\n2.强化监督检查。\n")
    m, _ = extract(across)
    assert m["label"].tolist() == ["(1)", "(2)", "(3)", "(4)", "(5)", "1.", "2."]
    assert m["text"].iloc[2] == "(3)严禁公款旅游。" and m["section"].iloc[3].endswith("在节日期间：")
    within = ("某县方案\n1.规范公务接待：(1)严禁超标准接待；(2)严禁陪餐超标；(3)严禁赠送礼品。\n2.精简会议。\n")
    assert labels(within) == ["1.", "2."]


def test_a_section_focused_on_problems_holds_measures():
    text = ("某省方案\n一、总体要求\n坚持问题导向。\n二、聚焦贯彻落实决策部署方面的突出问题\n第一，整治表态多调门高问题。建立清单。\n"
            "第二，整治学习走过场问题。改进学习方式。\n三、组织保障\n第一，压实责任。\n第二，强化问责。\n")
    assert labels(text) == ["第一，", "第二，", "第一，", "第二，"]


def test_bulleted_paragraphs_of_a_plan_without_numbers_are_its_measures():
    text = ("某局整改方案\n按照市委统一部署，局党组在广泛征求意见的基础上，制定本方案。\n【存在的主要问题】\n○ 形式主义方面：会议多、文件多。\n【整改目标】\n"
            "通过整改，使突出问题得到解决。\n【整改措施】\n◆ 严格控制会议数量。每年不超过3次。\n"
            "☆ 严格落实党风廉政建设“一岗双责”，局党组每半年专题研究1次。\n【工作要求】\n√ 局班子成员要带头整改，做到真改实改。\n")
    m, spans = extract(text)
    assert [t[:6] for t in m["text"]] == ["◆ 严格控制", "☆ 严格落实", "√ 局班子成"]
    assert "problem" in set(spans["span_kind"])


def test_a_concluding_paragraph_is_not_the_last_measure():
    text = "某市方案\n【精简会议】\n一要严控会议数量。\n二要提高会议质量。\n总之，改进作风永远在路上，各级要持之以恒抓好落实。\n"
    assert extract(text)[0]["text"].iloc[-1] == "二要提高会议质量。"


def test_a_distribution_list_over_two_lines_is_not_the_last_measure():
    text = ("某市委整改方案\n1.精简会议。\n2.公开整改情况。整改进展情况向社会公布。\n\n抄送：省委办公厅，省委督导组。\n"
            "    市人大常委会党组，市政府党组，市政协党组。\n中共某市委办公室        2014年8月13日印发\n")
    assert extract(text)[0]["text"].iloc[-1] == "2.公开整改情况。整改进展情况向社会公布。"


@pytest.mark.parametrize("footer", ["", "— 1 —\n", "— 1 —\n\f", "第1页\n"])
def test_a_page_number_between_a_title_line_and_its_items_leaves_the_items_measures(footer):
    """A page break right after ``2.规范会议程序和时间。`` puts the page's footer between it and its items: the
    footer is furniture, so the title has no text of its own and its items are the measures."""
    from analysis.furniture import find_furniture

    text = ("一、提高会议质量\n1.会议材料要精简，与会议主题无关的材料一律不印发。\n2.规范会议程序和时间。\n" + footer +
            "(1)县政府全体会议一般不超过2小时。\n(2)会议主要讲话一般不超过30分钟。\n(3)会议一律不摆放花草。\n"
            "二、精简文件\n1.可发可不发的文件一律不发。\n2.严控简报。\n")
    spans = [(s, e) for s, e, _ in find_furniture(text)]
    assert bool(spans) == bool(footer.strip())
    got = [t.split("\n")[0][:6] for t in measures.extract(text, spans, "d")[0]["text"]]
    assert got == ["1.会议材料", "(1)县政府", "(2)会议主", "(3)会议一", "1.可发可不", "2.严控简报"]


GAZETTE_PAGE = """澄州市人民政府办公室关于严格控制会议的规定
一、全市性会议每年不超过10次。
二、会议时间一般不超过2小时。
三、不得在风景名胜区召开会议。
— 5 —
澄州市人民政府办公室关于做好春季农业生产工作
的通知
澄政办发〔2014〕9号
各县（市、区）人民政府：
一、抓好春耕备耕。
二、加强农资供应。
"""

NEWS_PAGE = """县委出台改进作风十条规定
1.县领导每年下基层调研不少于60天。
2.严格控制陪同人员。
本报讯（记者　王明）5月6日，全县首批3条公交线路开通运营。
"""


@pytest.mark.parametrize("text, starts_with", [(GAZETTE_PAGE, "澄州市人民政府办公室关于做好春季"),
                                               (NEWS_PAGE, "本报讯（记者")])
def test_a_document_after_the_plan_is_set_aside_and_listed(text, starts_with):
    import pandas as pd

    from analysis import plan_body

    furniture = [(s, e) for s, e, _ in find_furniture(text)]
    m, spans = measures.extract(text, furniture, "d")
    start = text.index(starts_with)
    assert (m["char_end"] <= start).all() and len(m) in (2, 3)  # the next item's 一、二、 are no measures of the plan
    assert set(spans[spans["char_start"] >= start]["span_kind"]) <= {"other", "furniture"}
    after = plan_body.documents_after_plan(pd.DataFrame({"doc_id": ["d"], "text": [text]}), spans)
    assert after.to_dict("records") == [{"doc_id": "d", "char_start": start, "n_chars": len(text) - start,
                                         "first_line": text[start:].splitlines()[0]}]


def test_a_plan_with_nothing_after_it_lists_no_other_document():
    import pandas as pd

    from analysis import plan_body

    text = GAZETTE_PAGE[:GAZETTE_PAGE.index("— 5 —")]
    _, spans = measures.extract(text, [(s, e) for s, e, _ in find_furniture(text)], "d")
    after = plan_body.documents_after_plan(pd.DataFrame({"doc_id": ["d"], "text": [text]}), spans)
    assert after.empty and list(after.columns) == ["doc_id", "char_start", "n_chars", "first_line"]


@pytest.mark.parametrize("mark", ["、", ".", "．"])
def test_an_item_whose_text_opens_with_a_year_is_a_measure(mark):
    # 1、2013年县级“三公”经费…: a number before its mark is never a decimal or a list when NNNN年 follows
    text = ("一、改进调查研究\n1、县领导每年到基层调研不少于70天。\n二、厉行勤俭节约\n"
            f"1{mark}2013年县级“三公”经费比上年压减15%。\n2{mark}严格公务用车管理，严禁公车私用。\n")
    m, _ = measures.extract(text)
    assert [t[:6] for t in m["text"]] == ["1、县领导每", f"1{mark}2013", f"2{mark}严格公务"]


@pytest.mark.parametrize("line", ["1、2月份召开全县工作会议。", "1,2013万元用于公务接待。", "1.2013万元用于公务接待。"])
def test_a_number_before_other_digits_still_starts_no_item(line):
    text = f"一、严格会议管理\n{line}\n"
    assert [(m.start, m.scheme) for m in numbering.find_markers(text)] == [(0, "cn_section")]


def test_a_flattened_plan_whose_marks_became_spaces_keeps_its_items():
    # one line, 、。，converted to '.' or spaces; a heading runs into its first item ((一) straight after the
    # heading's words) and a sub-item into its parent's title (…接待规定1.接待…)
    text = ("某局关于改进作风的实施办法 为贯彻八项规定精神.结合实际 制定本办法. "
            "一.改进调查研究(一)局领导每年到基层调研不少于60天.调研要轻车简从 "
            "(二)建立联系点制度 每位局领导联系1个乡镇. (三)下基层不打招呼.不搞迎送. "
            "二.规范公务接待(一)严格执行公务接待规定1.接待工作一律按标准安排 不得超标准接待. "
            "2.工作餐原则上安排在机关食堂 陪餐人员不超过3人. (二)严格控制三公经费 比上年压减10%. ")
    assert numbering.is_flattened(text + "." * 20)
    m, _ = measures.extract(text + "." * 20)
    assert [t[:6] for t in m["text"]] == ["(一)局领导", "(二)建立联", "(三)下基层",
                                          "1.接待工作", "2.工作餐原", "(二)严格控"]


HARD_WRAPPED = """某县委常委会整改方案
一、总体 要求
以科学发展观为指导,深入贯彻党的十八大精神，以为民务实清廉为主
要内容,坚持边学边查边改，着力解决人民群众反映强烈的突出问题，
做到问题不解决不放过、整改不到位不放过、群众不满意不放过,确保
整改工作取得实实在在的成效。
二、整改措施
1.切实改进文风会风。县委、县政府召开的全县性会议每年控制在12
个以内，会期一般不超过半天，严格控制参会人员范围和数量。
2.建立常委联系点制度。每名县委常委联系1个乡镇、1个贫困村和1
家重点企业，每季度到联系点调研不少于1次，帮助解决实际问题。
三、组织保障
县委常委会对整改工作负总责，县委书记为第一责任人,其他常委按照
分工抓好分管领域整改工作。整改情况在县内新闻媒体和县政府网站上
公开,接受群众监督。领导小组办公室要建立整改台账,逐项销号，对整
改不力、群众不满意的,一律不得过关，并严肃追究有关人员责任。
"""


def test_a_hard_wrapped_copy_keeps_its_goals_and_its_running_of_the_plan_out_of_the_measures():
    # an OCR'd print: lines wrapped at one width, a stray space inside a section title (总体 要求)
    m, spans = measures.extract(HARD_WRAPPED)
    assert [t[:6] for t in m["text"]] == ["1.切实改进", "2.建立常委"]
    goals = HARD_WRAPPED.index("以科学发展观")
    assert spans[(spans.char_start <= goals) & (spans.char_end > goals)]["span_kind"].tolist() == ["preamble"]


def test_a_gazettes_narrow_column_joins_its_lines_of_eighteen_characters():
    # (blind_plans85's f165_04, a gazette page in a narrow column: 18 characters of Chinese to a line, 20 to 23 with
    # half-width digits; the shorter lines are as full as the longer, and each headed paragraph is one measure)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans85" / "f165_04.txt")
    texts = list(extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"])
    assert texts[0].replace("\n", "").endswith("须报市政府分管领导审批。") and len(texts) <= 28

    # … and a wrapped line may open with a title's 《 (blind_plans223's f425_04: ①…典型案例，编印 / 《栎桥镇…》…。②…)
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans223" / "f425_04.txt")
    texts = list(extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"])
    assert any(t.startswith("①选取") and "《栎桥镇" in t for t in texts)


def test_a_hard_wrapped_items_first_line_cut_after_its_clauses_is_no_problem_title():
    # (3．推行“执法+帮扶”模式，执法检查中发现企业存在环境问题的，在 / 依法处理的同时，…: a wrap cut the item's first sentence
    # after its clauses; that line is no title naming a problem, the item is a measure)
    paragraphs = ["　　三、整治措施", "　　（三）推行包容审慎监管",
                  "　　1．动态调整监督执法正面清单，对纳入清单的企业以非现场检查为主，无违法线索的原则上不进行现场检查。",
                  "　　2．对初次违法且危害后果轻微并及时改正的，依法不予行政处罚，实行“首违不罚”，同时加强教育指导。",
                  "　　3．推行“执法+帮扶”模式，执法检查中发现企业存在环境问题的，在依法处理的同时，主动提供技术指导和整改建议。",
                  "　　4．建立分局领导联系重点企业制度，每名班子成员联系3至5家重点企业，每季度至少上门走访一次。",
                  "　　5．提速环评审批，对符合条件的建设项目实行环评告知承诺制，报告书、报告表审批时限分别压缩至30个、15个工作日以内。"]
    wrapped = "\n".join("\n".join(p[i:i + 34] for i in range(0, len(p), 34)) for p in paragraphs)
    text = "某分局执法作风整治方案\n　　为规范执法行为，优化营商环境，结合实际，制定本方案。\n" + wrapped + "\n"
    assert [t[:2] for t in extract(text)[0]["text"]] == ["1．", "2．", "3．", "4．", "5．"]


def test_an_emoji_before_a_sections_number_still_opens_the_section():
    # (a WeChat repost: 📌 五、强化组织保障 / …重点抓好以下工作：一是…；二是…: the section's run, not the item above's tail)
    text = ("某县为基层减负十条措施\n为切实为基层减负，制定以下措施。\n📌 一、从严精简文件会议\n"
            "1.严控发文数量。全县发文总量压减10%以上。\n2.严控会议规模。全县性会议实行年度计划管理。\n"
            "📌 二、强化组织保障\n各乡镇、各部门要重点抓好以下工作：一是压实主体责任，主要负责同志亲自研究部署；"
            "二是强化监督执纪，对搞变通打折扣的严肃追责问责；三是畅通反映渠道，及时收集办理基层反映的问题。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.严控", "2.严控", "一是压实", "二是强化", "三是畅通"]


def test_a_pledge_attached_last_after_the_attached_plan_is_no_part_of_it():
    # (a notice forwarding 附件1 its plan and 附件2 a pledge to sign, 党员领导干部作风建设承诺书 / 本人…郑重承诺：一、…: the
    # signer's promises, not the issuer's measures)
    text = ("中共某县委关于印发《某县深化作风建设三年行动方案》的通知\n各乡镇党委：\n"
            "现将《某县深化作风建设三年行动方案》印发给你们，并就有关事项通知如下：\n"
            "一、抓好方案落实。各单位要按照附件1的要求，结合实际抓好落实。\n二、签订作风承诺。党员领导干部签订承诺书（附件2）。\n"
            "附件：1．某县深化作风建设三年行动方案\n　　　2．党员领导干部作风建设承诺书\n中共某县委\n2021年5月8日\n"
            "附件1\n某县深化作风建设三年行动方案\n一、精简文件会议。县级发文数量压减10%以上。\n二、规范公务接待。严格执行接待标准。\n"
            "附件2\n党员领导干部作风建设承诺书\n本人作为一名党员领导干部，郑重承诺：\n"
            "一、严格遵守中央八项规定及其实施细则精神；\n二、不违规收送礼品礼金；\n三、严格管好家属子女和身边工作人员。\n"
            "承诺人：\n年　月　日\n")
    texts = [t[:4] for t in extract(text)[0]["text"]]
    assert "一、严格" not in texts and "三、严格" not in texts and "一、精简" in texts


def test_lines_of_ordinary_text_are_not_joined_as_hard_wraps():
    # paragraphs of every length, each on its line: a line break is a paragraph's end
    text = ("一、改进调查研究\n"
            "减少陪同人员。领导下基层调研一律轻车简从，随行人员不超过3人\n"
            "改进调研方式。多到困难地区和群众意见多的地方去，不搞层层陪同，不提前踩点安排\n"
            "建立联系点制度。每位领导联系1个乡镇\n")
    m, _ = measures.extract(text)
    assert len(m) == 3


def test_a_task_breakdown_numbered_1_1_gives_its_tasks_under_their_sections():
    text = ("某县任务分解方案\n1. 改进调查研究\n1.1 县领导每年到基层调研不少于60天。\n1.2 下基层调研要轻车简从。\n"
            "2. 精简会议活动\n2.1 严格控制全县性会议，全年不超过10个。\n2.2 会期一般不超过半天。\n")
    m, _ = measures.extract(text)
    assert m["label"].tolist() == ["1.1", "1.2", "2.1", "2.2"]
    assert m["section"].tolist() == ["1.改进调查研究"] * 2 + ["2.精简会议活动"] * 2


@pytest.mark.parametrize("line", ["1.5天内办结群众来信。", "2.5倍以上的超标部分一律腾退。"])
def test_a_decimal_before_a_unit_starts_no_task(line):
    assert [m.scheme for m in numbering.find_markers(f"一、严格会议管理\n{line}\n")] == ["cn_section"]


@pytest.mark.parametrize("title", ["保障整改落实", "整改要求"])
def test_prose_under_a_section_on_carrying_the_plan_out_is_no_measure(title):
    text = ("一、改进调查研究\n1.县领导每年到基层调研不少于60天。\n2.下基层调研要轻车简从。\n"
            f"二、{title}\n　　市委常委会对整改工作负总责，市委书记为第一责任人，各位常委对分管领域整改工作负直接责任。\n")
    m, _ = measures.extract(text)
    assert len(m) == 2


def test_markdown_section_headings_hold_the_items_under_them():
    text = ("# 某局改进作风实施方案\n\n## 一、改进调查研究\n\n1. **严格控制陪同**。局领导调研随行不超过2人。\n\n"
            "2. **建立联系点**。每位局领导联系1个基层站所。\n\n## 二、加强组织领导\n\n"
            "局党组书记为第一责任人，班子成员按分工抓好整改。\n")
    m, _ = measures.extract(text)
    assert m["section"].tolist() == ["一、改进调查研究"] * 2
    assert m["text"].iloc[-1].endswith("联系1个基层站所。")


@pytest.mark.parametrize("closing", ["各牵头单位要于2013年2月底前制定具体实施细则，明确时间节点和责任人。",
                                     "各单位要高度重视，于7月底前制定本单位具体措施报集团党委办公室备案。"])
def test_units_told_to_make_their_own_rules_close_the_plan(closing):
    text = f"一、严格会议管理\n1.严格控制会议数量，全年不超过10个。\n2.会期一般不超过半天。\n\n　　{closing}\n"
    m, _ = measures.extract(text)
    assert len(m) == 2 and m["text"].iloc[-1] == "2.会期一般不超过半天。"


def test_a_notice_followed_at_once_by_the_plan_ends_before_it_not_at_the_plans_own_signature_date():
    # 现将…印发给你们 and then the plan's chapters, with no signature or repeated title between them: the date under
    # the plan is the plan's own, so the notice does not swallow the plan
    text = ("青政发〔2013〕2号\n某省人民政府关于改进工作作风的实施办法\n各市（州）人民政府，省政府各部门：\n"
            "现将《某省人民政府关于改进工作作风的实施办法》印发给你们，请认真贯彻执行。\n第一章　总　则\n"
            "第一条　为改进工作作风，制定本办法。\n第二章　改进调查研究\n第二条　省政府领导同志每年到基层调研不少于2个月。\n"
            "第三条　调研轻车简从，随行人员不超过4人。\n第三章　附　则\n第四条　本办法自印发之日起施行。\n某省人民政府\n"
            "2013年1月11日\n（此件公开发布）\n抄送：省委各部门。\n某省人民政府办公厅　2013年1月14日印发\n")
    assert labels(text) == ["第二条", "第三条"]


def test_a_news_report_quoting_a_plans_runs_gives_each_item_ending_with_its_paragraph():
    # no numbered lines: the runs inside paragraphs are the list, the first 一是 may follow a comma, an item ends
    # with its paragraph (not in the next paragraph's lead-in or the reporter's commentary), and a problem run stays out
    text = ("省交通运输厅出台改进作风十五条措施\n本报讯 省交通运输厅日前出台《方案》。\n"
            "厅党组梳理出存在的突出问题：一是会议多、文件多；二是深入基层不够；三是检查评比过多。\n"
            "在改进调查研究方面，《方案》明确，一是厅领导每年到基层调研不少于60天；二是调研轻车简从；三是每名厅领导联系1个贫困村。\n"
            "在精简会议文件方面，一是全系统会议每年不超过5个；二是厅发文件一般不超过3000字；三是厅领导不出席剪彩活动。\n"
            "厅长表示，改进作风关键要抓落实、见实效。\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["一是", "二是", "三是"] * 2
    assert m["text"].iloc[2] == "三是每名厅领导联系1个贫困村。" and m["text"].iloc[5] == "三是厅领导不出席剪彩活动。"
    assert m["section"].tolist() == ["在改进调查研究方面"] * 3 + ["在精简会议文件方面"] * 3  # its paragraph's 方面 clause
    # a comma opens only a run's first item: 一是…，二是…，三是… after commas are the parts of one sentence
    assert numbering.inline_enumeration("对问题，一是建立台账，二是明确责任，三是及时反馈。\n") == []


def test_a_progress_reports_done_items_and_a_prose_timetable_are_no_measures():
    # what a 整改落实情况报告 says was done is no commitment; its 下一步整改措施 are
    report = ("某县人民政府关于整改落实情况的报告\n一、整改工作总体情况\n23项整改任务已完成19项。\n二、已完成的整改事项\n"
              "1.会议文件明显精简。全县性会议同比减少41.9%。\n2.公务接待全面规范。接待费同比下降52.3%。\n"
              "三、下一步整改措施\n1.巩固会议文件精简成果。全年全县性会议控制在25次以内。\n2.深化行政审批制度改革。年底前完成第二轮清理。\n")
    m = extract(report)[0]
    assert [t[:4] for t in m["text"]] == ["1.巩固", "2.深化"]
    # a 时间安排 section's prose paragraph is the plan's timetable, not a commitment of its own
    plan = ("某镇整改方案\n一、整改措施\n1、精简会议。每月全镇性会议不超过2次。\n2、规范接待。一律不安排宴请。\n"
            "二、时间安排\n　　整改工作从2014年6月开始，至12月底基本结束，分集中整改、巩固提高两个阶段进行。\n")
    assert labels(plan) == ["1、", "2、"]
    # a measure that names a report on the plan's progress is still one (整改落实情况 inside its title)
    reporting = ("某县方案\n一、强化落实\n1.建立整改落实情况定期报告制度，每半年报告一次。\n2.整改落实情况向社会公开。\n")
    assert labels(reporting) == ["1.", "2."]


def test_a_news_reports_background_problem_run_is_no_list_of_measures():
    text = ("市委出台改进作风实施意见\n据介绍，《意见》起草前，市委办公室发放征求意见表300多份，梳理出当前群众反映集中的问题："
            "一是会议多、文件多，有的部门会议过多；二是迎来送往多，接待负担过重；三是少数干部深入基层不够。\n"
            "在调查研究方面，《意见》要求，一是每名市级领导每年到基层调研不少于2个月；二是建立基层联系点制度；三是调研不搞层层陪同。\n")
    m = extract(text)[0]
    assert len(m) == 3 and m["text"].iloc[0].startswith("一是每名市级领导")


@pytest.mark.parametrize("after", [
    "记者注意到，与以往的文件相比，这次的《规定》条条有数字。",
    "“规定出台以后，关键在于执行。”采访中，不少干部群众表示要看落实。",
    "县委常委、县纪委书记某某在接受采访时说：“谁要是顶风违纪，我们就要让他付出代价。”",
    "《措施》出台后，在干部职工中引起了较大反响。",
    "据了解，2012年全县共召开全县性会议127次。",
    "措施自即日起施行，由县监察局牵头每季度督查一次。欢迎网友监督。",
    "（同期声）县长 某某：我们要带头，从县政府班子成员做起。",
])
def test_a_news_reports_own_text_after_the_quoted_list_is_no_part_of_the_last_measure(after):
    text = ("某县出台改进作风十条规定\n《规定》共十条，主要内容如下：\n1.严格控制会议。全县性会议每年不超过10次。\n"
            f"2.强化监督检查。县纪委每季度专项检查一次。\n{after}\n")
    assert extract(text)[0]["text"].iloc[-1] == "2.强化监督检查。县纪委每季度专项检查一次。"


def test_a_plan_pairing_problems_and_measures_ends_each_measure_before_the_next_problem():
    text = ("某县委常委会整改方案\n问题一：文山会海问题突出。会议偏多，文件偏长。\n整改措施：\n1.严格控制会议数量。全年不超过20次。\n"
            "2.推行无纸化办公。年底前建成电子公文系统。\n\n问题二：深入基层调研不够，联系群众不紧密。\n整改措施：\n"
            "1.完善领导干部联系点制度。每名常委联系1个乡镇。\n2.坚持接访下访制度。县委书记每月接访1天。\n")
    m, spans = extract(text)
    assert m["text"].tolist()[1] == "2.推行无纸化办公。年底前建成电子公文系统。"
    problem = spans[spans["span_kind"] == "problem"]
    assert any(text[r.char_start:r.char_end].startswith("问题二：深入基层") for r in problem.itertuples())


def test_a_plan_without_numbers_keeps_a_measures_second_paragraph_and_duty_line_but_not_its_closing():
    text = ("某镇整改方案\n在反对形式主义方面\n严格控制会议数量。镇党委每月召开1次党政联席会议。\n（责任领导：镇党委书记；完成时限：2014年4月起长期坚持）\n"
            "精简检查评比。一律合并为年中、年底两次综合考核。\n县里部署的各类检查，镇里一律如实汇报，不得要求村干部陪同检查。\n"
            "在反对官僚主义方面\n落实干部驻村制度。镇领导班子成员每人联系1个村。\n（责任领导：镇长；完成时限：2014年6月底前）\n"
            "镇党委班子将以这次整改为契机，以整改的实际成效取信于民。\n")
    m = extract(text)[0]
    assert [t.split("。")[0] for t in m["text"]] == ["严格控制会议数量", "精简检查评比", "落实干部驻村制度"]
    assert m["text"].iloc[0].endswith("长期坚持）") and m["text"].iloc[1].endswith("不得要求村干部陪同检查。")
    assert m["text"].iloc[2].endswith("2014年6月底前）")


@pytest.mark.parametrize("after", [
    "改进工作作风、密切联系群众，是一项长期任务。各单位要按照本办法要求抓紧抓实。",
    "局属各股室、各乡镇国土资源所要对照本方案，于2014年3月10日前将整改落实情况书面报送局党组办公室。",
])
def test_a_peroration_or_an_order_to_report_after_the_last_item_closes_the_plan(after):
    text = f"某局整改方案\n1．精简会议。全年会议不超过10次。\n2．强化监督。纪检组每半年检查一次。\n{after}\n"
    assert extract(text)[0]["text"].iloc[-1] == "2．强化监督。纪检组每半年检查一次。"


def test_a_paragraph_reporting_on_violations_after_the_last_item_is_part_of_it_but_a_sanction_clause_closes():
    text = ("某市规定\n1.精简会议。全年会议不超过10次。\n2.严肃责任追究。对违反本规定的，严肃处理。\n"
            "市纪委每季度将查处违反本规定问题的情况在全市通报一次。\n")
    assert extract(text)[0]["text"].iloc[-1].endswith("在全市通报一次。")
    closing = "某市规定\n1.精简会议。全年会议不超过10次。\n2.强化监督。纪委每季度检查一次。\n对违反本规定的，一律严肃追究责任。\n"
    assert extract(closing)[0]["text"].iloc[-1] == "2.强化监督。纪委每季度检查一次。"


def test_a_sub_section_naming_its_problem_over_a_run_of_items_gives_each_item():
    text = ("某街道整改方案\n三、整改措施\n（一）针对形式主义问题\n1、精简会议。每月不超过2次。\n2、精简文件。发文减少20%。\n"
            "（二）针对享乐主义问题\n    一是严格执行机关考勤制度，实行上下班签到；二是开展“庸懒散”专项治理；三是街道干部不得在社区报销任何费用。\n"
            "（三）针对奢靡之风问题\n1、规范公务接待。一律安排工作餐。\n2、规范公车使用。节假日一律封存。\n")
    assert labels(text) == ["1、", "2、", "一是", "二是", "三是", "1、", "2、"]


def test_keycap_digits_and_a_transcripts_spaced_ordinals_number_items():
    weibo = ("【改进作风八项措施】#改进作风# 市政府常务会议通过八项措施：\n1⃣严格控制会议，市政府全体会议每年不超过2次。\n"
             "2\ufe0f\u20e3精简文件简报，市政府文件一般不超过5000字。\n3⃣改进调查研究，市领导每年下基层不少于60天。\n#作风建设# 转发 128 评论 36\n")
    assert [t[:6] for t in extract(weibo)[0]["text"]] == ["1⃣严格控制", "2\ufe0f\u20e3精简文", "3⃣改进调查"]
    transcript = ("【正文】县政府出台六条规定。\n第一 严格控制会议数量，全县性会议每年不超过10次。\n"
                  "第二 精简文件简报，县政府文件一般不超过3000字。\n第三 改进公务接待，一律安排工作餐。\n")
    assert labels(transcript) == ["第一", "第二", "第三"]


def test_paragraphs_led_by_a_dash_heading_are_measures_but_a_news_pages_labels_are_not():
    text = ("某区出台七条措施\n严控会议——全区性会议一律实行年度计划管理，每年不超过12次。\n"
            "严控文件——区委、区政府发文比上年减少20%。\n严控接待——公务接待一律安排工作餐。\n"
            "数字——教育实践活动开展以来，全区压减会议46个。\n记者手记——七个“严控”，条条落在实处。\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["严控会议", "严控文件", "严控接待"]


def test_an_attached_forms_instructions_and_a_goals_section_are_no_measures():
    text = ("某镇专项整治方案\n一、整治目标\n通过专项整治，使干部作风明显转变。\n二、整治措施\n1.规范公务接待。一律安排工作餐。\n"
            "2.规范公车使用。节假日一律封存。\n附件\n公务接待登记表\n接待单位：______　日期：______\n填表说明：\n"
            "1.本表由接待单位如实填写。\n2.本表须附派出单位公函。\n")
    assert [t[:6] for t in extract(text)[0]["text"]] == ["1.规范公务", "2.规范公车"]


def test_an_inline_number_in_a_later_section_carries_on_no_run_of_an_earlier_one():
    text = ("某省实施意见\n一、改进调查研究\n（一）调研要务求实效\n1.省委常委每年到基层调研不少于60天。\n2.调研活动轻车简从。\n"
            "二、精简会议活动\n（一）严格控制会议数量。全省性会议每年年初统一编制计划。\n"
            "（二）严格控制会议规模和时间。具体为：1.重要会议会期不超过1天半；2.其他会议不超过1天；3.汇报发言不超过10分钟。\n"
            "（三）改进会议形式。能开电视电话会议的不开现场会。\n")
    assert labels(text) == ["1.", "2.", "（一）", "（二）", "（三）"]


def test_a_sections_list_of_problems_after_its_lead_is_painted_as_problems():
    text = ("某局专项整治方案\n一、指导思想\n以…为指导。\n二、整治重点\n通过征求意见，群众反映比较集中的问题主要有：\n"
            "①部分教师收受礼品礼金；\n②一些在职教师从事有偿补课；\n③择校乱收费现象仍有发生；\n④采购不透明，个别人员收受回扣。\n"
            "三、整治任务\n序号\t整治问题\t整改措施\t责任单位\n1\t收受礼品礼金\t开展收受礼品礼金专项治理。\t监察室\n"
            "2\t有偿补课\t出台有偿补课处理办法。\t人事科\n四、工作要求\n加强组织领导，逐项抓好落实。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["1\t收受", "2\t有偿", "加强组织"]
    problem = "".join(text[a:b] for a, b in spans.loc[spans.span_kind == "problem", ["char_start", "char_end"]].to_numpy())
    assert "①部分教师" in problem and "④采购不透明" in problem


def test_a_ledger_rows_measure_cell_that_is_a_numbered_list_gives_its_items():
    text = ("某局整改清单\n序号\t问题\t整改措施\t责任单位\t完成时限\n"
            "1\t会议多\t严格执行会议年度计划，全局性会议每季度不超过2次。\t办公室\t6月底前\n"
            "2\t有偿补课\t1.出台在职教师有偿补课处理办法。 2.组织学校与教师逐级签订责任书。\t人事科\t8月底前\n"
            "3\t会议检查多\t大力精简会议和检查评比。一是会议减少30%；二是检查合并为1项。\t办公室\t12月底前\n")
    m = extract(text)[0]
    assert len(m) == 4  # row 3's cell states its commitment before its parts: one measure
    assert m["text"].iloc[1].startswith("2\t有偿补课\t1.出台") and m["text"].iloc[1].endswith("处理办法。")
    assert m["text"].iloc[2].startswith("2.组织学校") and m["text"].iloc[2].endswith("8月底前")
    assert m["label"].iloc[2] == "2."


def test_a_ledger_table_before_the_plans_only_numbered_lines_is_read():
    text = ("查摆问题及整改措施清单\n序号\t问题类别\t整改措施\t责任领导\t整改时限\n"
            "1\t学习不深入\t将中央八项规定精神纳入中心组学习计划，每季度专题研讨1次。\t局党组书记\t6月底前\n"
            "2\t文山会海\t全局性会议原则上每季度不超过2次。\t分管领导\t6月底前\n"
            "整改工作要求：一是强化组织领导，逐项抓好落实；二是实行销号管理，每月调度一次；三是公开整改结果，接受监督。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t学习", "2\t文山", "一是强化", "二是实行", "三是公开"]


def test_measures_after_a_remedy_label_are_items_and_the_problems_label_beside_them_is_a_problem():
    text = ("某厅整改落实方案\n二、问题清单及整改措施\n（一）在学习方面\n存在问题：学习不够系统。\n1．纳入第一议题学习。\n2．每季度研判一次。\n"
            "（二）在精文简会方面\n存在问题：发文、开会总量仍然偏多。\n"
            "整改措施：一是严格文件会议管理，发文压减15%；二是督查检查实行年度计划管理；三是推行一表通报送。\n")
    m, spans = extract(text)
    assert labels(text) == ["1．", "2．", "一是", "二是", "三是"]
    kinds = {text[a:b].strip(): k for k, a, b in spans[["span_kind", "char_start", "char_end"]].to_numpy()}
    assert kinds["存在问题：发文、开会总量仍然偏多。"] == "problem"


def test_a_topic_named_before_a_colon_holds_no_sub_items_but_a_commitment_does():
    text = ("某局细则\n（一）公务接待\n1．接待对象和范围：\n（1）上级部门来人持公函的，按规定接待。\n（2）无公函的一律不予接待。\n"
            "2．严格执行接待标准：\n（1）工作餐实行定额管理。\n（2）不上酒水。\n")
    assert labels(text) == ["（1）", "（2）", "2．"]


def test_a_lead_units_line_over_a_sections_items_is_no_measure():
    text = ("某市专项整治方案\n二、整治内容\n（一）文山会海问题专项整治\n牵头单位：市委办公室\n1．严格会议管理。计划外会议一律不开。\n"
            "2．压缩文件简报。文件一般不超过5000字。\n（二）庸懒散问题专项整治\n牵头单位：市委组织部、市人社局\n"
            "一是建立机关考勤通报制度；二是开展明察暗访；三是纳入年度考核。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．严格", "2．压缩", "一是建立", "二是开展", "三是纳入"]


def test_a_service_pledges_descriptions_and_address_are_no_measures():
    text = ("便民服务中心服务承诺\n一、服务宗旨\n全心全意为人民服务，群众满意是我们的最高标准。\n二、服务时间\n上午8:30—12:00，下午3:00—6:00。\n"
            "三、服务承诺\n1．首问负责。首位接待的工作人员为首问责任人。\n2．限时办结。即办件当场办结。\n"
            "四、窗口设置及工作人员\n民政窗口：周丽华；劳动保障窗口：黄建军。\n五、监督方式\n监督电话：6123456\n地址：青砖街道办事处一楼\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["1．首问负", "2．限时办"]


def test_paragraphs_opening_with_a_long_strictly_investigate_heading_are_measures():
    text = ("某市纪委专项整治方案\n三、整治重点\n严查公款吃喝。重点查处用公款大吃大喝。\n严查公车私用。节假日公务用车一律封存。\n"
            "严查违规发放津贴补贴。对各单位发放情况全面检查。\n严查庸懒散和“门难进、脸难看、事难办”问题。市纪委每月组织1次明察暗访。\n"
            "四、工作要求\n加强组织领导。主要负责同志亲自抓。\n")
    texts = extract(text)[0]["text"].tolist()
    assert any(t.startswith("严查庸懒散") for t in texts) and len(texts) == 5


def test_a_notice_that_only_issues_its_attached_task_table_gives_the_tables_rows():
    text = ("某县人民政府办公室关于印发2014年重点任务分解表的通知\n各乡镇、各部门：\n现将《重点任务分解表》印发给你们，请认真贯彻执行。\n"
            "附件：重点任务分解表\n某县人民政府办公室\n2014年3月5日\n附件\n重点任务分解表\n序号\t类别\t工作任务\t牵头单位\t完成时限\n"
            "1\t会议活动\t严格控制会议数量，全县性会议比上年减少20%。\t县政府办\t12月底\n"
            "2\t文件简报\t县政府发文比上年减少10%以上。\t县政府办\t12月底\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t会议", "2\t文件"]


def test_ledger_rows_read_only_the_column_of_measures_and_a_topic_before_a_cells_items():
    text = ("某县整改台账\n序号\t存在问题\t整改事项\t整改措施\t责任领导\t备注\n一、形式主义方面\n"
            "1\t①审批事项多。 ②窗口作风差。\t优化审批\t1．取消下放一批审批事项。 2．推行一站式审批。\t赵明\t\n"
            "2\t接待不规范。\t公务接待\t公务接待方面：（1）严格执行公函制度。 （2）工作餐不上酒水。\t陈东\t\n"
            "3\t会议多。\t精简会议\t1、2014年全县性会议减少20%。 2、推行视频会议。\t李军\t\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["1\t①审", "2．推行", "2\t接待", "（2）工", "3\t会议", "2、推行"]


def test_a_ledger_row_with_a_measure_of_its_own_under_a_category_cell_is_no_restatement_but_a_leaders_row_is():
    text = ("某县任务分解表\n序号\t类别\t工作任务\t牵头单位\n1\t清理规范\t清理规范公务用车，超编车辆一律收回。\t县机关事务局\n"
            "2\t清理规范\t完成县直单位在编不在岗人员清理，对吃空饷问题逐一整改到位。\t县编办\n"
            "责任清单\n序号\t责任领导\t牵头负责整改事项\t责任单位\n1\t刘建军\t牵头第1、2项\t县政府办\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t清理", "2\t清理"]


def test_a_top_level_sections_title_over_a_run_of_items_gives_the_items_unless_the_sections_are_rules():
    sections = ("某厅改进作风的规定\n一、改进调查研究。一是厅领导每年到基层调研不少于60天；二是调研轻车简从。\n"
                "二、精简会议活动。一是严格控制全省性会议；二是会议一般不超过半天。\n三、规范公务接待。一是一律安排工作餐；二是不上酒水。\n")
    assert labels(sections) == ["一是", "二是"] * 3
    rules = ("某局十二条规定\n一、局领导每年到基层调研不少于60天。\n二、深入开展民警大走访活动。一是社区民警每年走访群众；二是建立台账。\n"
             "三、全局性会议每年不超过3次。\n四、局机关发文比上年减少20%以上。\n")
    assert labels(rules) == ["一、", "二、", "三、", "四、"]


def test_measures_after_the_next_problems_label_are_read_from_a_measures_tail():
    text = ("某县委常委会整改方案\n问题一：会议多。\n整改措施：\n1.严格控制会议数量。全县性会议减少30%。\n2.精简文件简报。文件减少20%。\n\n"
            "问题二：调查研究不深不实。\n整改措施：一是完善调研制度，常委每年调研不少于60天。二是改进调研方式，不搞层层陪同。"
            "三是落实联系点制度，每季度走访1次。\n\n"
            "问题三：公务接待不规范。\n整改措施：\n（1）规范公务接待。一律安排工作餐。\n（2）加强公务用车管理。节假日一律封存。\n\n"
            "问题四：决策不民主。\n整改措施：\n1.修订议事规则。\n2.健全重大决策听证制度。\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["1.严格", "2.精简", "一是完善", "二是改进", "三是落实", "（1）规", "（2）加", "1.修订", "2.健全"]


def test_a_fields_symptoms_and_a_reports_account_of_work_done_are_no_measures():
    text = ("某厅集中整治方案\n一、总体要求\n以…为指导。\n二、整治重点\n（一）服务基层方面。主要表现为：①窗口作风差；②审批慢。\n"
            "（二）履职尽责方面。主要表现为：①不敢担当；②推诿扯皮。\n三、整治措施\n（一）精简文件。发文减少30%。\n（二）精简会议。会议减少30%。\n")
    assert labels(text) == ["（一）", "（二）"]
    report = ("某镇为基层减负工作自查报告\n一、工作开展情况\n（一）强化组织领导。镇党委成立领导小组。\n（二）精简文件会议。发文减少41%。\n"
              "二、下一步工作打算\n一是持续巩固文件会议精简成果；\n二是坚决破除痕迹主义。\n")
    assert labels(report) == ["一是", "二是"]


def test_a_top_level_rule_among_rules_keeps_the_details_it_leads_in_to():
    text = ("某县若干规定\n一、改进调查研究。县级领导每年到基层调研不少于60天。\n二、精简会议活动。全县性会议每年不超过10次。\n"
            "三、厉行勤俭节约。严格遵守廉洁从政有关规定，具体做到：\n1.“三公”经费比上年压缩10%以上；\n2.严格执行办公用房标准；\n"
            "3.严禁用公款大吃大喝。\n四、规范公务接待。一律安排工作餐。\n")
    assert labels(text) == ["一、", "二、", "三、", "四、"]


def test_a_section_on_recognising_the_urgency_of_the_task_is_preamble():
    text = ("某市实施意见\n一、充分认识改进机关作风的紧迫性\n党的十八大以来，中央对改进工作作风提出了新的更高要求。我市机关作风仍有差距。\n"
            "二、主要措施\n（一）精简会议文件。全市性会议每年不超过10次。\n（二）规范公务接待。一律安排工作餐。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_headed_paragraphs_before_a_sections_few_typed_numbers_are_measures_and_a_heading_line_among_them_is_not():
    text = ("某乡整改方案\n一、指导思想\n以…为指导。\n二、整改措施\n着力解决会风文风问题\n严格控制会议。乡级会议每月不超过2次。\n"
            "精简文件简报。乡发文比上年减少20%。\n着力解决官僚主义问题\n规范便民服务。服务大厅实行午间值班。\n"
            "1．完善议事决策制度。重新修订议事规则。\n2．建立群众评议制度。每半年评议一次。\n")
    texts = [t[:4] for t in extract(text)[0]["text"]]
    assert texts == ["严格控制", "精简文件", "规范便民", "1．完善", "2．建立"]


def test_a_numbered_order_to_draft_rules_by_a_date_is_a_measure_and_one_that_only_allows_it_is_not():
    text = ("某市实施意见\n一、改进会风\n（一）精简会议。全市性会议每年不超过10次。\n二、监督检查\n"
            "（一）市纪委每年检查一次执行情况。\n（二）各县（市、区）要参照本意见，结合实际制定具体实施办法，于2013年3月底前报市委办公室备案。\n"
            "（三）市委督查室每半年通报一次。\n")
    assert labels(text) == ["（一）", "（一）", "（二）", "（三）"]
    rules = ("某局会议费管理办法\n第一条　为规范会议费管理，制定本办法。\n第二条　会议一律在机关会议室召开。\n第三条　会期不超过1天。\n"
             "第四条　局属各单位可以根据本办法，结合本单位实际，制定会议费管理具体规定。\n第五条　本办法自印发之日起施行。\n")
    assert labels(rules) == ["第二条", "第三条"]


def test_a_list_of_named_problems_to_target_is_no_measure():
    text = ("某县纪委专项整治工作方案\n一、整治重点\n这次专项整治重点解决以下问题：\n（一）公款吃喝、公款旅游及违规出入私人会所问题；\n"
            "（二）违规收送节礼和礼金问题；\n（三）公车私用、私车公养问题。\n二、整治措施\n1、开展廉洁提醒。节前召开一次会议。\n"
            "2、开展专项检查。县纪委组成3个检查组明察暗访。\n")
    assert labels(text) == ["1、", "2、"]
    symptoms = ("某市专项整治方案\n二、整治重点\n重点整治以下问题：\n（一）违规公款吃喝问题。主要是：超标准接待，无公函接待。\n"
                "（二）违规饮酒问题。主要是：工作日午间饮酒。\n三、整治措施\n（一）全面开展自查自纠。各单位对费用支出进行自查。\n"
                "（二）强化日常监督检查。综合运用明察暗访方式。\n")
    assert [t[:6] for t in extract(symptoms)[0]["text"]] == ["（一）全面开", "（二）强化日"]


def test_scope_and_targets_definitions_and_principles_are_no_measures():
    text = ("某市办公用房清理方案\n一、清理范围和重点\n清理范围：市直各级党政机关。\n清理重点：领导干部办公用房超标准配置。\n"
            "二、整改要求\n1．严格执行办公用房面积标准。超标部分一律腾退。\n2．停止新建楼堂馆所。五年内一律不得新建。\n")
    assert labels(text) == ["1．", "2．"]
    rules = ("某省差旅费管理办法\n第一条　差旅费实行限额管理。\n第二条　住宿费是指工作人员因公出差期间入住宾馆发生的房租费用。\n"
             "第三条　住宿费按限额标准凭据报销。\n第四条　会议管理应当坚持厉行节约、反对浪费、务实高效的原则。\n"
             "第五条　伙食补助费是指出差期间的补助。每人每天100元。\n")
    assert labels(rules) == ["第一条", "第三条", "第五条"]


def test_an_ocr_copy_that_breaks_lines_anywhere_keeps_its_headed_paragraphs_and_runs_apart():
    text = ("某局整改落实方案\n一、指导思想\n\u3000\u3000以党的十八大精神为指导，深入开展教育实践活动，切实改进作风。\n二、整改措施\n"
            "\u3000\u3000（一)聚焦形式主义，切实改进学风会风文风\n"
            "\u3000\u3000坚持学习制度。局党组中心组每月集中学习1次以上，每季度开展1次专题研讨，\n党组成员每人每年撰写学习心得不少于2篇。\n"
            "\u3000\u3000精简会议文件。局机关内部会议能合并的合并，能不开的不开，全局性会议一般不超\n过1.5小时，可发可不发的文件一律不发。\n"
            "— 2 —\n"
            "\u3000\u3000改进调研工作。局党组成员每年到乡镇国土所和项目一线调研不少于40天，\n每人每年形成1篇以上调研报告。\n"
            "\u3000\u3000（二）聚焦奢靡之风，切实厉行勤俭节约\n"
            "\u3000\u3000严格公务接待。严格执行公务接待标准，实行接待审批单制度，一律安排工作餐，\n严禁到高档酒店和私人会所接待。\n"
            "\u3000\u3000规范公务用车。对全局公务车辆实行集中管理、统一调度，建立出车登记制度，\n节假日车辆一律封存。\n"
            "三、保障措施\n\u3000\u3000为确保整改工作落到实处，一是加强组织领导，成立由局党组书记任组长的领导小组；\n"
            "二是建立整改台账，对每项整改任务明确责任领导和完成时限；三是强化监督检查，对整改不力的严肃问责。\n")
    m, spans = extract(text, [(a, b) for a, b, _ in find_furniture(text)])
    assert [t[:4] for t in m["text"]] == ["坚持学习", "精简会议", "改进调研", "严格公务", "规范公务", "一是加强", "二是建立", "三是强化"]
    assert_partition(text, spans)


def test_an_ocr_copys_first_section_number_read_as_a_hyphen_still_opens_the_sections():
    text = ("某县委实施意见\n-、改进调查研究\n1.县委常委每年到基层调研不少于60天。\n2.改进调研方式。轻车简从。\n"
            "二、精简会议活动\n3.严格控制会议数量。\n4.提高会议质量。\n三、加强监督检查。县纪委每半年通报一次执行情况，对违反规定的严肃处理。\n")
    assert labels(text) == ["1.", "2.", "3.", "4.", "三、"]


def test_the_attachment_list_closes_the_last_measure_and_a_date_under_the_title_is_no_signature():
    text = ("某市整治方案\n（2014年2月24日）\n为深入开展教育实践活动，切实解决“四风”突出问题，结合我市实际，制定本方案，请各单位认真贯彻执行。\n"
            "一、整治措施\n（一）精简会议。全市性会议减少20%。\n（二）整治情况在市政府网站公布。\n附件：渚阳市集中整治任务分解表\n"
            "渚阳市集中整治任务分解表\n序号\t整治类别\t整治任务\t牵头单位\n1\t文山会海\t发文减少20%\t市政府办\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["（一）精", "（二）整"]
    assert m["text"].iloc[-1].endswith("公布。")
    assert_partition(text, spans)


def test_a_field_named_with_its_problems_and_a_lead_to_the_measures_are_no_measures():
    text = ("某县政府党组整改方案\n一、总体要求\n以…为指导。\n二、整改重点\n"
            "在形式主义方面，文山会海问题依然存在，一些会议照本宣科、效果不好；检查考核多，乡镇疲于应付。\n"
            "在奢靡之风方面，公务接待、公务用车管理存在薄弱环节，个别部门办公用房超标。\n"
            "针对上述问题，县政府党组确定了以下整改措施。\n三、整改措施\n（一）精简会议。全县性会议减少20%。\n"
            "（二）规范公务接待。一律安排工作餐。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_a_sub_section_naming_one_of_the_four_styles_gives_the_items_of_its_run():
    text = ("某县委常委会整改方案\n一、整改措施\n（一）着力解决形式主义问题。一是精简会议活动。全县性会议减少20%。二是精简文件简报。"
            "发文减少30%。\n（二）在服务大局、司法为民上下功夫。一是开展专项行动。二是深化检务公开。\n"
            "（三）严格控制会议。一是会期不超过1天；二是不摆放花草。\n"
            "（四）关于公务接待和公务用车。一是严格接待审批。二是公车统一管理。\n"
            "（五）在转变调研方式上见实效。一是改进调研方法。二是减少陪同。\n")
    assert labels(text) == ["一是", "二是", "一是", "二是", "（三）", "一是", "二是", "一是", "二是"]


def test_a_ledger_rows_empty_merged_cell_keeps_the_column_of_measures_in_place():
    text = ("某市委常委会整改任务台账\n序号\t类别\t存在问题\t整改措施\t责任单位\t完成时限\n"
            "1\t形式主义\t会议多、会议长。\t1.严格控制全市性会议。 2.推行视频会议。\t市委办\t长期坚持\n"
            "2\t\t检查考核多。\t1.清理检查考核项目，压减50%。 2.推行年度综合考核。\t市委督查室\t2014年6月\n")
    m = extract(text)[0]
    assert [t[:5] for t in m["text"]] == ["1\t形式主", "2.推行视", "2\t\t检查", "2.推行年"]


def test_a_headed_paragraph_keeps_the_parts_it_leads_in_to_and_a_lead_naming_problems_gives_its_items():
    text = ("某局整改方案\n一、整改措施\n（一）聚焦“四风”，集中整治突出问题\n坚决精简会议文件。会议每年不超过3次。\n"
            "规范土地审批服务。全面清理审批事项，凡无法律法规依据的一律取消。具体抓好三项工作：一是公开事项目录；二是纳入窗口办理；"
            "三是推行限时办结。\n"
            "（二）贴近基层，切实解决群众反映强烈的问题\n针对群众反映的确权颁证进度慢、征地补偿款发放不及时等问题，局党组着力办好以下几件实事："
            "一是年底前完成确权登记；二是清理征地补偿款发放情况；三是增设受理窗口。\n"
            "深入开展调查研究。局党组成员每人每年到基层调研不少于40天。\n建立局领导联系分局制度。每季度到联系点现场办公1次。\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["坚决精简", "规范土地", "一是年底", "二是清理", "三是增设", "深入开展", "建立局领"]


def test_prose_under_the_rectifications_focus_is_no_measure():
    text = ("某局整改方案\n一、总体要求\n以…为指导。\n二、整改重点\n"
            "对照征求到的4个方面68条意见建议和班子对照检查材料，局党组归纳了在“四风”方面需要重点整改的13个问题（见附件）。\n"
            "三、整改措施\n（一）精简会议。全局性会议每年不超过3次。\n（二）规范接待。一律安排工作餐。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_the_annex_chapters_articles_are_read_one_by_one():
    # a dated order to draft rules and a supervision duty in the 附则 are measures (six writers keyed them); its
    # effective-date, interpretation and repeal articles and an order without a date close the rules
    text = ("某县实施办法\n第一章　总则\n第一条　为改进作风，制定本办法。\n第二章　会议\n第二条　严格控制会议数量。\n"
            "第三条　会议一律不摆花草。\n第三章　附　则\n第四条　县纪委负责对本办法执行情况进行监督检查，每季度通报一次。\n"
            "第五条　各乡镇要参照本办法，结合实际制定具体实施办法，于2013年3月底前报县委办公室备案。\n"
            "第六条　县直各部门参照本办法，结合实际制定具体办法，报县委办公室备案。\n第七条　本办法由县委办公室负责解释。\n"
            "第八条　本办法自印发之日起施行。2008年印发的《某县公务接待暂行规定》同时废止。其他规定与本办法不一致的，以本办法为准。\n"
            "（此件发至乡镇）\n")
    assert labels(text) == ["第二条", "第三条", "第四条", "第五条"]
    m, spans = extract(text)
    assert_partition(text, spans)
    # an annex of unnumbered closing clauses is no measure, and nor is its title
    assert labels("某县规定\n一、会议\n1.少开会。\n2.开短会。\n四、附则\n本规定由县委办公室负责解释，自印发之日起施行。\n") == ["1.", "2."]


def test_a_line_wrapped_inside_brackets_does_not_open_the_closing():
    text = ("某市实施细则\n第一条　严格控制会议。\n第二条　精简文件简报。\n第三条　各镇（街道）党（工）委、市直各部门党组（\n"
            "党委）可参照本细则，结合实际制定具体办法。\n第四条　本细则由市委办公室负责解释。\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["第一条", "第二条"]


def test_an_attached_table_of_standards_after_the_last_article_is_not_in_it():
    text = ("某省公务接待管理办法\n第一条　接待一律安排工作餐。\n第二条　不得安排宴请。\n"
            "第三条　接待费用一律凭公函、接待清单和发票报销。\n\n\n附表\n\n某省国内公务接待工作餐标准\n\n"
            "                                          单位：元/人·餐\n  ────────────────────────────────\n"
            "  地区类别                      早餐          午、晚餐\n  ────────────────────────────────\n"
            "  省会城市                       20              60\n  其他市县                       15              50\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["第一条", "第二条", "第三条"]
    assert m["text"].iloc[-1] == "第三条　接待费用一律凭公函、接待清单和发票报销。"


def test_a_title_naming_a_problem_and_then_its_remedy_is_a_heading_over_measures():
    text = ("某医院整改方案\n二、整改措施\n（一）针对医德医风方面的突出问题，着力加强行风建设\n1、开展医德医风专题教育。每年培训8学时。\n"
            "2、严禁收受红包回扣。签订承诺书。\n（二）针对看病难问题，着力提升服务效能\n1、推行预约诊疗。\n2、优化就医流程。\n")
    assert labels(text) == ["1、", "2、", "1、", "2、"]


def test_a_focus_list_led_in_as_the_problems_to_tackle_holds_problems():
    text = ("某局专项整治实施方案\n三、整治重点\n对照党章党规，重点整治以下问题：\n"
            "（一）理想信念模糊动摇的问题。少数党员对党忠诚不够，学用脱节。\n"
            "（二）“四风”问题反弹回潮的问题。文山会海有所反弹，公务接待超标准问题禁而未绝。\n"
            "四、整治措施\n1.坚持中心组每月集中学习一次。\n2.严格执行公务接待制度。\n")
    assert labels(text) == ["1.", "2."]


def test_a_timetable_section_of_one_paragraph_is_prose():
    text = ("某局方案\n一、整治措施\n（一）精简会议。会议减少20%。\n（二）规范接待。一律安排工作餐。\n二、时间安排\n"
            "　　专项整治与学习教育同步进行。5月至6月为查摆问题阶段，各单位对照整治重点逐条查找问题、建立清单；7月至10月为集中整改"
            "阶段，对查摆出的问题逐项整改销号；11月至12月为总结提升阶段，对整治情况进行“回头看”，建立健全长效机制。\n"
            "三、工作要求\n（一）加强组织领导。成立领导小组。\n（二）严格督查问责。每季度通报。\n")
    assert labels(text) == ["（一）", "（二）", "（一）", "（二）"]


def test_a_topic_written_as_labelled_fields_gives_the_items_of_its_measures_field():
    text = ("某县专项整治工作方案\n二、整治内容和措施\n（一）对形式主义、官僚主义问题进行专项整治\n"
            "　　整治内容：文山会海反弹回潮，督查检查考核过多过频。\n"
            "　　整治措施：一是大力精简文件会议，文件会议压减30%以上；二是统筹规范督查检查考核，年度计划外的一律报批。\n"
            "　　牵头单位：县委办、县政府办。\n"
            "（二）对基层党组织软弱涣散问题进行专项整治\n　　整治内容：部分村党组织书记能力不强。\n"
            "　　整治措施：一是对全县村（社区）党组织开展一次全面排查；二是落实县级领导联系制度。\n　　牵头单位：县委组织部。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["一是", "二是", "一是", "二是"]
    assert m["text"].iloc[1].endswith("牵头单位：县委办、县政府办。")  # the duty line belongs to the last measure
    kinds = {text[s:e].strip()[:4]: k for s, e, k in zip(spans.char_start, spans.char_end, spans.span_kind)}
    assert kinds["整治内容"] == "problem" and kinds["（一）对"] == "heading"
    assert_partition(text, spans)


def test_a_topic_naming_its_symptoms_gives_what_its_label_leads_to():
    text = ("某镇庸懒散慢专项治理工作方案\n三、治理重点及措施\n"
            "1．庸：主要表现为能力素质不适应岗位要求，对政策吃不透。\n"
            "整治措施：以学习教育为载体，严格落实每周一早学制度，每季度进行一次应知应会测试。\n责任领导：镇党委副书记\n"
            "2．散：主要表现为组织纪律松懈，上班迟到早退。\n整治措施：\n（1）严格执行考勤制度，实行早晚签到。\n"
            "（2）严格落实村干部轮流坐班制度。\n责任领导：镇纪委书记\n"
            "3．慢：主要表现为办事拖沓，效率不高。\n工作措施：①完善便民服务中心一站式服务；②推行全程代办制度。\n")
    m = extract(text)[0]
    assert [t[:6] for t in m["text"]] == ["以学习教育为", "（1）严格执", "（2）严格落", "①完善便民服", "②推行全程代"]


def test_problem_and_measures_pairs_before_a_sections_first_number_give_their_measures():
    text = ("某局整改落实方案\n一、总体要求\n坚持问题导向。\n二、存在问题及整改措施\n问题一：理论学习不够深入。\n班子成员存在重业务轻学习的倾向。\n整改措施：\n"
            "健全学习制度。坚持中心组每月集中学习1次。\n开展专题研讨。每个专题研讨不少于2天。\n责任领导：局长\n"
            "问题二：议事决策不够规范。\n个别事项会前沟通不充分。\n整改措施：\n（1）修订完善议事规则。\n（2）推行党务政务公开。\n"
            "问题三：服务群众不够主动。\n群众反映问题解决不及时。\n整改措施：建立班子成员联系乡镇制度，每季度至少调研1次。\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["健全学习", "开展专题", "（1）修", "（2）推", "建立班子"]


def test_a_report_on_what_was_done_and_its_suggestions_to_the_bodies_above_are_no_measures():
    text = ("某局整改落实情况的报告\n一、“四风”突出问题整改情况\n（一）精简会议。全年减少会议30%。\n（二）规范接待。接待费下降20%。\n"
            "二、专项整治和制度建设情况\n1.开展会员卡清退。\n2.制定制度12项。\n三、下一步工作打算\n（一）持续精简会议。\n"
            "（二）公开整改情况。整改方案在门户网站公开。\n四、意见和建议\n1.建议上级出台差旅费标准。\n2.建议加强培训。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_a_report_submitting_the_plan_wraps_it_as_a_notice_does():
    text = ("中共某局党组\n关于报送整改落实方案的报告\n县委专题教育领导小组办公室：\n"
            "根据有关通知要求，局党组研究制定了《某局整改落实方案》，现予报送。\n附件：某局整改落实方案\n中共某局党组\n2015年11月16日\n"
            "附件\n某局整改落实方案\n一、总体要求\n坚持问题导向。\n二、整改措施\n1.改进会风。会议不超过1.5小时。\n"
            "2.改进调研。每年调研不少于40天。\n")
    assert labels(text) == ["1.", "2."]


def test_a_section_running_into_an_attachment_keeps_its_own_paragraphs():
    text = ("某县整改整治方案\n一、总体要求\n坚持问题导向。\n三、整改整治措施\n（一）深化理论武装。坚持第一议题制度。\n"
            "（二）推动高质量发展。实施三年行动。\n四、组织保障\n"
            "　　整改整治工作于2023年10月启动，12月底前基本完成，此后转入常态化整改。各责任单位要按照“即知即改、立行立改、长期坚持”"
            "的原则分类推进，每月5日前向县委主题教育办报送上月整改进展情况。\n"
            "　　一是加强组织领导。领导小组统筹推进。二是实行清单管理。整改一项、销号一项。三是强化结果运用。纳入年度考核。\n"
            "附件\n某县纠治四风为基层减负若干措施\n　　为切实为基层减负，制定以下措施。\n"
            "　　第一条　严格控制发文数量。\n　　第二条　精简会议活动。\n")
    assert labels(text) == ["（一）", "（二）", "一是", "二是", "三是", "第一条", "第二条"]


def test_a_rule_set_attached_after_the_signature_gives_its_articles_and_a_form_does_not():
    plan = ("某局作风纪律集中整顿活动实施方案\n一、整顿措施\n（一）严格考勤。实行人脸识别考勤。\n（二）强化督查。每月明察暗访一次。\n"
            "附件：某局干部职工作风纪律“八条禁令”\n中共某局党组\n2017年2月22日\n附件\n")
    rules = ("某局干部职工作风纪律“八条禁令”\n为严明纪律，制定本禁令。\n第一条　严禁在工作时间上网聊天。\n第二条　严禁迟到早退。\n"
             "第三条　严禁公车私用。\n违反上述禁令的，视情节轻重给予处理。\n")
    m = extract(plan + rules)[0]
    assert m["label"].tolist() == ["（一）", "（二）", "第一条", "第二条", "第三条"]
    assert m["text"].iloc[-1] == "第三条　严禁公车私用。"
    form = "某局公务接待审批登记表\n1.本表由接待单位填写。\n2.本表一式两份。\n3.本表报办公室备案。\n"
    assert labels(plan.replace("“八条禁令”", "公务接待审批登记表") + form) == ["（一）", "（二）"]


def test_a_lone_first_item_after_a_topic_line_ending_in_a_colon_is_a_measure():
    text = ("某行实施细则\n三、规范公务活动\n（一）公务用车方面：\n1．公务用车统一管理。\n2．严禁借用下属单位车辆。\n"
            "（二）出国（境）方面：\n1．严格控制因公出国团组和人数。\n四、厉行勤俭节约\n（一）严格执行预算。\n（二）严禁设立小金库。\n")
    assert labels(text) == ["1．", "2．", "1．", "（一）", "（二）"]


def test_goals_and_aims_of_a_rectification_drive_are_no_measures():
    text = ("某局作风整顿实施方案\n一、整顿目的\n通过开展作风纪律集中整顿，进一步严明纪律。\n二、整顿目标\n"
            "通过集中整顿，努力实现“四个明显”：思想认识明显提高，纪律作风明显好转。\n三、整顿措施\n（一）严格考勤。\n（二）强化督查。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_an_inspection_plans_check_points_are_measures_not_problems():
    text = ("某厅“四风”问题自查自纠工作方案\n一、自查自纠范围\n厅机关各处室、厅直属各单位。\n二、自查自纠重点\n"
            "各单位要对照以下内容逐项自查：\n1．形式主义方面：\n（1）是否存在会议过多过滥、以会议贯彻会议的问题；\n"
            "（2）是否存在文件简报过多、层层发文的问题；\n2．奢靡之风方面：\n（1）是否存在用公款大吃大喝的问题；\n"
            "（2）是否存在违规收受礼品礼金的问题；\n三、检查时间\n2016年6月3日至6月14日，节前以机关为重点。\n"
            "四、工作要求\n一是加强领导，落实责任。各单位党组对自查自纠工作负总责，主要负责同志为第一责任人。\n"
            "二是严肃执纪问责。对自查自纠中不认真、整改不到位的，严肃批评，限期纠正。\n"
            "各单位自查自纠情况报告请于2014年1月10日前报厅领导小组办公室。\n")
    assert labels(text) == ["（1）", "（2）", "（1）", "（2）", "一是", "二是"]
    # the same items naming problems found, without asking whether, stay a list of problems
    assert labels(text.replace("是否存在", "存在")) == ["一是", "二是"]


def test_a_signature_wrapped_over_two_lines_is_no_measure():
    text = ("某厅自查自纠工作方案\n一、自查自纠措施\n各单位党组对自查自纠工作负总责，主要负责同志为第一责任人，班子成员要对分管领域的问题认真查纠。\n"
            "各单位要广泛听取基层干部和服务对象的意见，自查自纠的情况和结果要向群众公开。\n\n"
            "　　　　岷东省交通运输厅党的群众路线\n　　　　教育实践活动领导小组\n　　　　2013年10月15日\n")
    m = extract(text)[0]
    assert len(m) == 2 and not m["text"].str.contains("群众路线").any()


def test_the_order_to_report_after_work_points_closes_the_last_one():
    text = ("某县2014年党风廉政建设工作要点\n一、落实中央八项规定精神\n1．严格执行八项规定。\n2．加强纪检干部队伍建设。坚决防止“灯下黑”。\n\n"
            "　　各乡镇、各单位要按照本要点要求，结合实际抓好落实，于6月底和11月底前分别将半年和全年工作落实情况报县纪委。\n")
    m = extract(text)[0]
    assert m["text"].tolist()[-1] == "2．加强纪检干部队伍建设。坚决防止“灯下黑”。"


def test_a_blank_form_attached_after_the_article_putting_the_rules_in_force_is_no_plan():
    text = ("某市差旅费管理实施细则\n一、报销管理\n1．出差人员应当在出差结束后15个工作日内办理报销手续。\n"
            "2．差旅费报销原则上通过公务卡结算，住宿费应当使用公务卡刷卡支付，未使用公务卡结算的须说明原因。\n二、其他事项\n（一）各单位要切实加强差旅费管理。\n"
            "（二）本细则由市财政局负责解释，自2015年5月1日起执行。\n\n附件\n\n某市市直机关出差审批单\n"
            "出差人员\t\t职务\n填表说明：1．本单由出差人员出差前填写；\n          2．乘坐飞机出差的，应在“出差事由”栏说明理由。\n")
    assert labels(text) == ["1．", "2．", "（一）"]


def test_a_meetings_attendance_lines_and_rules_are_no_measures():
    text = ("某局党组会议纪要\n一、会议议定事项\n会议要求，局机关各科室、局属各单位要迅速传达学习中央八项规定，严格执行各项要求。\n\n出席：周建平　陈志刚\n列席：刘晓红（办公室）\n请假：黄德明（在外培训）\n"
            "记录：郑小兰\n──────────────────────\n")
    m = extract(text)[0]
    assert len(m) == 1 and not m["text"].str.contains("出席|列席|请假|记录|──").any()


def test_a_compilations_next_rule_ends_the_rule_before_it():
    text = ("某市机关制度汇编\n某市文件简报精简办法\n为精简文件简报，制定本办法。\n一、严格控制发文。无实质内容的文件一律不发。\n"
            "二、精简简报。各部门简报一律停办。\n三、本办法自印发之日起施行。\n\n- 4 -\n\n某市调查研究工作制度\n"
            "为大兴调查研究之风，推动领导干部深入基层，制定本制度。\n一、明确调研任务。市领导每年到基层调研不少于60天。\n"
            "二、加强考核监督。市政府办公室建立调研登记制度，每半年汇总一次。\n\n某市会议审批备案制度\n"
            "为进一步精简会议，规范以市政府名义召开的会议，制定本制度。\n1．全市性会议由主办部门提前10天提出书面申请。\n"
            "2．全市性会议每个部门每年原则上只开1次。\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["一、", "二、", "一、", "二、", "1．", "2．"]
    assert m["text"].iloc[3] == "二、加强考核监督。市政府办公室建立调研登记制度，每半年汇总一次。"


def test_a_compilations_numbered_rule_title_and_its_purpose_are_no_measure():
    text = ("某镇制度汇编\n一、某镇机关会议制度\n1、镇党委会议原则上每月召开一次。\n2、各类会议要开短会、讲短话。\n"
            "二、某镇公务接待制度\n实行归口管理。镇党政办统一负责公务接待。\n严禁公款吃喝。机关干部不得用公款相互宴请。\n"
            "三、某镇干部驻村工作制度\n为进一步密切党群干群关系，推动干部下基层，镇党委决定建立干部驻村工作制度。\n"
            "四、驻村安排。镇领导班子成员每人联系1个村。\n附：某镇公务接待登记单\n接待日期：　　年　　月　　日　　来访单位：\n"
            "陪同人员：　　　　用餐次数：　　费用金额：　　元\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist() == ["1、镇党", "2、各类", "实行归口", "严禁公款", "四、驻村"]


def test_an_order_to_draft_rules_with_its_date_first_is_a_measure():
    text = ("某县公务接待管理办法\n第一章　总则\n第一条　为规范公务接待，制定本办法。\n第二章　接待管理\n"
            "第二条　公务接待实行公函制度。\n第三条　接待一律在机关食堂安排工作餐。\n第三章　附　则\n"
            "第四条　各乡镇要参照本办法，结合实际于2013年4月底前制定本乡镇公务接待实施细则，报县政府办公室备案。\n"
            "第五条　本办法自印发之日起施行。\n")
    assert labels(text) == ["第二条", "第三条", "第四条"]


def test_a_meetings_requirements_are_measures_and_its_narration_is_not():
    text = ("某局党组会议纪要\n一、会议议定事项\n会议听取了办公室关于改进作风的汇报。会议认为，全局作风总体较好。\n"
            "会议要求，局机关各科室要迅速传达学习中央八项规定精神，做到人人知晓。一是局领导班子成员要带头执行，自觉接受监督。"
            "二是各科室主要负责人是本科室作风建设的第一责任人，要于1月底前制定具体措施。三是局办公室要建立落实情况台账。\n"
            "罗成（党政办主任）：我先把征求意见的情况汇报一下。\n（其他同志发言略）\n")
    assert labels(text) == ["一是", "二是", "三是"]


def test_a_meeting_records_agenda_and_relayed_speech_are_no_measures():
    text = ("某镇党委班子会议记录\n时间：2014年4月9日上午\n议题：\n1、传达学习县委推进会精神\n2、研究我镇整改“四风”问题的具体措施\n"
            "3、其他事项\n会议记录：\n一、冯书记传达县委推进会精神\n冯书记传达了县委推进会精神。\n二、会议决定\n"
            "1、精简会议。村干部会议原则上每月集中召开1次。\n2、规范公务接待。接待一律在镇机关食堂安排工作餐。\n")
    assert labels(text) == ["1、", "2、"]


def test_a_sections_principle_is_no_measure():
    text = ("某厅公务接待规定\n一、接待原则\n厅机关公务接待坚持简化礼仪、务实节俭、对口接待、从严控制的原则，坚决反对铺张浪费。\n"
            "二、接待要求\n（一）接待来访人员必须凭公函接待。\n（二）不搞迎来送往，不到机场、车站迎送。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_causes_of_the_problems_in_a_self_examination_are_no_measures():
    text = ("某县委书记个人对照检查材料\n一、存在的“四风”突出问题\n1.形式主义方面。一是学习不够深入。\n二、问题产生的原因\n"
            "一是理想信念有所放松。总认为自己是从基层一步步干上来的。\n二是宗旨意识有所淡薄。深入基层少了。\n"
            "三、整改措施\n1．带头深入基层。每年到基层调研时间不少于70天。\n2．带头精简会议。全县性会议每年不超过10个。\n")
    assert labels(text) == ["1．", "2．"]


def test_a_posts_emoji_heading_ends_the_list_before_it():
    text = ("某县纪委监委提醒：中秋国庆廉洁过节\n现就有关要求提醒如下：\n1.严禁违规收送礼品礼金。\n"
            "2.严禁以节日慰问为名搞层层陪同、走过场。\n\n💡三项要求 · 廉洁过节\n\n一是压实责任。各级党组织要切实扛起主体责任。\n\n"
            "二是严格值守。各单位要严格落实节日期间领导干部带班制度。\n\n🔍监督检查 · 不留死角\n\n"
            "节日期间，县纪委监委将成立4个监督检查组，紧盯酒店餐馆开展明察暗访。\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["1.", "2.", "一是", "二是"]
    assert m["text"].iloc[1] == "2.严禁以节日慰问为名搞层层陪同、走过场。"


def test_a_notice_of_headed_paragraphs_with_one_run_inside_reads_paragraph_by_paragraph():
    text = ("某镇关于做好春节期间有关工作的通知\n各村（社区）：\n春节将至。为确保全镇干部过一个廉洁的春节，现就有关事项通知如下。\n"
            "严禁用公款送礼。节日期间一律不得用公款购买赠送年货节礼。\n严禁公车私用。公务用车节日期间一律封存。\n"
            "严格落实值班制度。春节期间实行镇领导带班制度，值班人员要做到：一是必须坚守岗位；二是必须保持通讯畅通；三是必须认真填写值班记录。\n"
            "加强监督检查。镇纪委要对节日期间各项规定的执行情况进行检查。\n镇纪委监督举报电话：0873—5910162；举报信箱：镇纪委办公室。\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist() == ["严禁用公", "严禁公车", "严格落实", "加强监督"]


def test_problems_named_under_a_focus_title_are_problems_and_remedies_stay_measures():
    text = ("某区扶贫领域作风问题专项治理实施方案\n一、治理重点\n（一）思想松劲懈怠问题。认为全区已经摘帽、“大功告成”，工作标准降低。\n"
            "（二）工作措施不精准的问题。主要是贫困人口识别不准、退出不实。\n（三）监督问责不力问题。对发现的问题整改不彻底。\n"
            "二、主要措施\n（一）开展政治监督。区纪委监委把脱贫攻坚决策部署贯彻落实情况作为监督重点。\n"
            "（二）规范帮扶干部管理。建立驻村干部考勤制度。\n")
    assert labels(text) == ["（一）", "（二）"]
    focus = text.replace("认为全区已经摘帽、“大功告成”，工作标准降低。", "重点整治工作标准降低、力度减弱等问题。")
    assert labels(focus) == ["（一）", "（一）", "（二）"]


def test_a_topic_block_of_symptoms_then_headed_paragraphs_gives_the_paragraphs():
    text = ("某县专项治理工作方案\n三、治理内容及措施\n（一）“四个意识”不强问题\n\n主要表现：对脱贫攻坚重大决策部署学习领会不深。\n\n"
            "强化政治引领。县委理论学习中心组每季度至少安排1次脱贫攻坚专题学习。\n\n开展政治监督。县纪委监委把决策部署贯彻落实情况作为监督重点。\n\n"
            "（二）责任落实不到位问题\n\n主要表现：部分乡镇党委主体责任传导不到位。\n\n落实责任清单。县扶贫开发领导小组制定责任清单。\n\n"
            "规范帮扶干部管理。建立驻村干部考勤制度。\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist() == ["强化政治", "开展政治", "落实责任", "规范帮扶"]


def test_a_run_after_sentences_and_a_purpose_lead_gives_its_items():
    text = ("某局办公用房清理整改实施方案\n一、整改措施\n（一）严格按标准调整领导干部办公室。\n（二）收回出租用房。\n五、保障措施\n"
            "办公用房清理整改是局党组作出的公开承诺，必须不折不扣抓好落实。为确保整改工作落到实处，一是加强组织领导，成立领导小组；"
            "二是严格督促检查，局纪检组全程监督；三是公开整改结果，接受群众监督。\n")
    assert labels(text)[-3:] == ["一是", "二是", "三是"]


def test_a_section_that_watches_for_problems_holds_measures():
    text = ("某市纪委监委关于中秋国庆期间严明纪律的通知\n一、压紧压实责任\n一是落实主体责任。各级党组织要扛起主体责任。\n"
            "二是开展廉洁提醒。各级纪检监察机关要发送廉洁提醒短信。\n二、紧盯突出问题，严防“四风”反弹回潮\n"
            "一是严查违规收送礼品礼金问题。重点查处借节日之机收受礼品礼金。\n二是严查违规公款吃喝问题。重点查处公款大吃大喝。\n")
    assert labels(text) == ["一是", "二是", "一是", "二是"]


def test_a_table_of_figures_typed_into_the_text_gives_no_measures():
    text = ("某县党政机关办公用房清理工作方案\n一、清理范围\n　　全县各级党政机关使用的全部办公用房。\n\n三、清理标准\n"
            "　　县直机关办公用房面积执行《党政机关办公用房建设标准》规定的县级机关标准，具体为：\n\n"
            "　　职　　务　　　　　使用面积（平方米/人）\n　　县级正职　　　　　　　20\n　　县级副职　　　　　　　12\n"
            "　　正科级　　　　　　　　 9\n　　科级以下　　　　　　　 6\n\n"
            "　　办公室使用面积按房间墙体内侧围合面积计算，套间、办公室内设的休息室和卫生间面积一并计入。\n\n"
            "四、清理内容\n　　（一）清理超标准配备使用的办公用房。超过标准的，一律腾退。\n"
            "　　（二）清理多处占用的办公用房。只能保留一处，其余一律腾退。\n")
    m, spans = extract(text)
    assert m["label"].tolist() == ["（一）", "（二）"]
    table = text.index("县级正职")
    assert spans.set_index("char_start").sort_index().loc[:table, "span_kind"].iloc[-1] == "other"


def test_a_plan_signed_before_its_attached_report_form_is_no_notice():
    text = ("中共某市纪委关于印发《关于规范党员干部操办婚丧喜庆事宜的实施办法》的通知\n各县（市、区）纪委：\n"
            "　　现将《关于规范党员干部操办婚丧喜庆事宜的实施办法》印发给你们，请认真贯彻落实。\n\n"
            "关于规范党员干部操办婚丧喜庆事宜的实施办法\n　　为狠刹大操大办之风，制定本办法。\n一、严格操办标准\n"
            "（一）严格控制宴请规模。婚事宴席不得超过20桌，每桌不超过10人；在外地另行举办的，合计不得超过上述标准。\n"
            "（二）严禁收受礼金。党员干部不得收受下属单位和个人、管理服务对象的礼金礼品，确因特殊原因无法拒收的应当登记上交。\n"
            "二、严格报告制度\n（一）事前报告。党员干部操办婚事，应当提前10个工作日向所在单位党组织和纪检监察机关书面报告。\n"
            "（二）事后报告。操办结束后7个工作日内，报告实际宴请桌数、参加人数、收受礼金及退还情况。\n"
            "三、其他\n　　本办法由市纪委负责解释，自发布之日起施行。\n\n中共某市纪委\n　　　　　　2014年3月18日\n\n"
            "附件\n某市党员干部操办婚丧喜庆事宜报告表\n姓名：　　　　单位及职务：\n填表说明：\n"
            "1．本表由党员干部本人填写，一式两份。\n2．事前报告和事后报告分别填写。\n3．“车辆来源”栏应注明自有车辆或租用车辆。\n")
    assert labels(text) == ["（一）", "（二）", "（一）", "（二）"]


def test_a_template_attached_after_the_article_putting_rules_in_force_is_no_part_of_the_plan():
    text = ("某省因公临时出国（境）管理办法\n第一条　为规范因公出国（境）管理，制定本办法。\n"
            "第二条　严格控制出访团组数量，县级领导干部每年因公出国（境）不超过1次，主要负责同志不同团出访。\n"
            "第三条　出访团组回国后10日内向外事工作领导小组报送书面报告，并在本单位公示出访任务、行程和经费情况。\n"
            "第四条　本办法自印发之日起施行。\n\n附件：因公出国（境）团组公示内容（参考格式）\n"
            "　　一、团组名称、组团单位、团长姓名及职务；\n　　二、出访国家（地区）、出访时间；\n　　三、经费预算或实际开支情况。\n\n"
            "某省人民政府外事办公室　　　　2013年4月18日印发\n")
    assert labels(text) == ["第二条", "第三条"]


def test_a_lead_in_to_the_events_not_to_be_held_keeps_its_list():
    text = ("某市规范操办婚丧喜庆事宜的实施办法\n一、严格操办标准\n"
            "（一）严格控制操办范围。党员干部除本人及子女婚事、直系亲属丧事外，一律不得操办下列事宜：\n1.乔迁新居；\n"
            "2.子女升学、参军、就业；\n3.本人及亲属生日、祝寿。\n（二）严格控制车辆使用。操办婚事使用车辆不得超过8辆。\n")
    assert labels(text) == ["（一）", "（二）"]


def test_the_cases_of_a_section_on_holding_someone_to_account_are_measures():
    text = ("某县违反中央八项规定精神问题“一案双查”实施办法\n一、追究情形\n（一）主体责任追究情形\n"
            "1．对上级关于落实中央八项规定精神的部署要求不传达、不研究、不落实的；\n"
            "2．未建立公务接待、公务用车等制度或者制度执行不到位的；\n3．对群众反映强烈的问题不及时处理的。\n"
            "二、追究方式\n1．对党组织的问责，视情节轻重采取责令作出书面检查、通报批评等方式。\n")
    assert labels(text)[:3] == ["1．", "2．", "3．"]
    targeted = text.replace("一、追究情形\n（一）主体责任追究情形", "一、整治重点\n（一）主体责任方面")
    assert len(labels(targeted)) == len(labels(text)) - 3  # (a 整治重点's cases are the problems it targets)


def test_a_run_after_a_lead_of_whole_sentences_gives_its_items():
    text = ("某县改进新闻报道的规定\n一、会议新闻报道\n（一）全县性会议文字稿不超过800字。\n（二）部门会议一般不发消息。\n"
            "五、监督检查\n　　县委办公室会同县纪委、县委宣传部对本规定执行情况进行监督检查。一是建立新闻报道审稿和报备制度；"
            "二是每半年通报一次会议和县领导同志活动新闻报道情况；三是对违反规定的，视情节轻重进行约谈、通报批评。\n")
    assert labels(text)[-3:] == ["一是", "二是", "三是"]


def test_an_attachment_after_a_sections_paragraphs_is_not_the_sections():
    text = ("某县改进新闻报道的规定\n一、会议新闻报道\n（一）全县性会议文字稿不超过800字。\n（二）部门会议一般不发消息。\n"
            "二、监督检查\n　　严格审稿制度。县领导同志活动超规格报道的，须报县委宣传部审定。\n"
            "　　加强通报考核。每半年通报一次新闻报道情况。\n附：县领导同志活动新闻报道规格\n"
            "　　县委书记、县长一般性工作活动：《某县报》800字以内，《某县新闻》2分钟以内。\n"
            "　　县直部门、乡镇会议：一般不报道。\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist() == ["（一）全", "（二）部", "严格审稿", "加强通报"]
    assert m["text"].iloc[-1].endswith("每半年通报一次新闻报道情况。")


def test_an_attachment_titled_on_its_line_ends_the_last_item():
    text = ("某市广播电视局改进新闻报道实施细则\n一、新闻时长\n（一）市委全会报道不超过5分钟。\n（二）一般性调研不单独报道。\n"
            "二、工作要求\n（一）落实审片责任。实行编辑、制片人、分管台领导“三审”制度。\n"
            "（二）本细则自发布之日起执行。各县（区）广播电视局可结合实际制定具体办法。\n\n"
            "附表：会议和市领导同志活动新闻报道时长控制表\n报道类型\t电视《某市新闻》\t广播《某市新闻联播》\n"
            "市委全会、市“两会”开闭幕\t不超过5分钟\t不超过3分20秒\n一般性视察、调研、检查\t不单独报道\t不单独报道\n"
            "（注：1．重大突发事件的报道不受本表限制；2．表中时长含导语和同期声。）\n\n"
            "抄送：市委宣传部，市委办公室。\n某市广播电影电视局办公室　　　　2013年5月7日印发\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["（一）", "（二）", "（一）"]


def test_an_exception_paragraph_joins_the_headed_measure_it_qualifies():
    text = ("某厅关于规范操办婚丧喜庆事宜的若干规定\n一、明确操办范围\n除婚丧外一律不办。只能操办本人及子女婚事。\n\n"
            "控制宴请对象。宴请对象限于亲属和少量亲朋好友。\n\n二、严格规模标准\n严格控制宴席规模。婚事宴席不得超过20桌。\n\n"
            "遇有特殊情况确需超出上述标准的，须事前向厅机关纪委书面说明理由。\n\n规范宴请标准。宴席标准应当与当地一般消费水平相当。\n\n"
            "严格控制车辆使用。婚庆车辆不得超过8辆。\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist() == ["除婚丧外", "控制宴请", "严格控制", "规范宴请", "严格控制"]
    assert "上述标准" in m["text"].iloc[2]


def test_a_catalogue_of_services_attached_after_the_plan_gives_no_measures():
    text = ("某镇为民服务全程代理制实施方案\n一、代理程序\n（一）受理登记。代理员对群众申办的事项实行一事一登记，当场出具受理回执。\n"
            "（二）限时办结。各代理事项严格按照《代理事项目录》确定的时限办结，承诺时限一般比法定时限缩短三分之一以上。\n"
            "二、保障措施\n（一）加强组织领导。成立镇为民服务全程代理工作领导小组，由镇党委书记任组长。\n\n附件：\n\n"
            "某镇为民服务全程代理事项目录\n\n序号\t代理事项\t承办单位\t办理时限\n一、民政类\n1\t农村最低生活保障申请\t镇民政办\t20个工作日\n"
            "2\t农村五保供养申请\t镇民政办\t20个工作日\n二、社保类\n3\t城乡居民养老保险参保登记\t镇社保所\t即办\n")
    assert labels(text) == ["（一）", "（二）", "（一）"]


@pytest.mark.parametrize("lead", ["实行以下三种代理方式：", "具体包括："])
def test_an_item_leading_in_to_its_kinds_or_contents_keeps_them(lead):
    text = ("某镇为民服务工作方案\n一、主要内容\n（一）代理范围。凡群众需要到县直部门办理的事项，均纳入代理范围。\n"
            f"（二）代理方式。根据事项性质和群众需求，{lead}\n1.直接代理。对手续齐全的事项当场受理、当场办结。\n"
            "2.全程代理。对需要到县直部门办理的事项，由镇代理员全程代办。\n3.上门代理。对行动不便的群众，由代理员上门受理。\n"
            "（三）代理回访。镇便民服务中心每月对已办结事项进行回访。\n")
    assert labels(text) == ["（一）", "（二）", "（三）"]


def test_a_paragraph_opening_with_a_bracketed_or_circled_number_keeps_it_as_its_label():
    text = ("某镇关于严禁工作日午间饮酒的通知\n一、提高认识，统一思想。严禁工作日午间饮酒是落实中央八项规定精神的具体举措。\n"
            "二、明确禁酒范围。工作日中午全镇干部一律不得饮酒。\n三、严格审批报备。确需饮酒的须事先填写审批表。\n"
            "四、强化监督检查。镇纪委不定期进行明察暗访。\n"
            "五、严肃责任追究\n　　对违反本通知规定的干部，一经查实，按以下办法处理：\n"
            "　　（1）第一次违反的，给予诫勉谈话，责令作出书面检查；\n　　（2）第二次违反的，给予党纪政纪处分；\n"
            "　　（3）酒后驾车或因饮酒贻误工作的，从重处理。\n六、加强宣传引导。镇党政办要大力宣传禁酒规定。\n")
    assert labels(text)[4:7] == ["（1）", "（2）", "（3）"]


def test_a_section_naming_whom_the_rules_cover_commits_to_nothing():
    text = ("某局领导干部“八小时以外”监督管理办法\n　　一、指导思想\n"
            "　　以党的十八大精神为指导，认真落实中央八项规定精神，切实加强领导干部“八小时以外”监督管理。\n\n"
            "　　二、监督管理对象\n"
            "　　局领导班子成员，局机关科室负责人，局属各单位领导班子成员（以下统称领导干部）。局机关其他党员干部参照执行。\n\n"
            "　　三、行为规范\n　　（一）不准出入私人会所，不准接受管理服务对象宴请。\n　　（二）不准参与赌博和封建迷信活动。\n"
            "　　四、监督措施\n　　（一）建立家访制度。每年对领导干部开展一次家访。\n　　（二）畅通举报渠道。公布举报电话和邮箱。\n")
    m = extract(text)[0]
    assert m["label"].tolist() == ["（一）", "（二）", "（一）", "（二）"]


def test_dated_stages_that_open_with_a_heading_are_measures():
    text = ("某镇村级小微权力清单实施方案\n五、保障措施\n    加强组织领导。成立领导小组。\n    强化督查考核。纳入年度考核。\n"
            "六、实施步骤\n    动员部署（2018年11月下旬至12月上旬）。召开全镇动员会，传达学习有关文件精神。\n"
            "    全面实施（2018年12月至2019年10月）。各村全面落实清单管理和流程运行。\n"
            "    总结验收（2019年11月至12月）。镇党委组织对各村实施情况进行检查验收。\n中共某镇委员会\n2018年11月20日\n")
    m = extract(text)[0]
    assert m["text"].str[:4].tolist()[-3:] == ["动员部署", "全面实施", "总结验收"]


def test_an_item_on_reporting_the_study_is_a_measure_not_a_narrated_section():
    text = ("某厅理论学习中心组学习实施细则\n一、学习内容\n1．学习党章党规。\n2．学习系列讲话。\n四、学习管理\n"
            "1．严格考勤。集中学习实行签到。\n2．建立档案。建立中心组学习档案。\n"
            "3．报告学习情况。每年7月和12月，分别向省委宣传部报送中心组半年和全年学习情况。\n4．推动学用结合。每年讲1次党课。\n")
    assert labels(text)[2:] == ["1．", "2．", "3．", "4．"]


def test_an_order_to_draft_own_rules_by_a_date_given_with_zai_is_a_measure():
    text = ("某县关于改进工作作风的若干规定\n第一条　为改进作风，制定本规定。\n第二条　精简会议。全县性会议每年不超过10次。\n"
            "第三条　加强监督检查。县纪委每半年通报一次执行情况。\n"
            "第四条　各乡镇党委、政府和县直各部门要参照本规定，结合各自实际，在2013年2月底前制定具体实施办法，报县委办公室备案。\n"
            "第五条　本规定由县委办公室负责解释。\n第六条　本规定自印发之日起施行。\n")
    assert labels(text) == ["第二条", "第三条", "第四条"]


def test_a_focus_named_as_a_problem_then_ruled_on_is_a_measure_one_described_is_not():
    text = ("某镇“四风”突出问题专项整治工作方案\n一、整治重点\n"
            "　　（一）思想松劲懈怠问题。认为作风建设抓了几年差不多了，存在松劲情绪。\n"
            "　　（二）办公用房问题。镇党政班子成员办公用房严格按照标准执行，超标的于7月15日前完成调整。\n"
            "二、工作要求\n　　（一）加强领导。镇成立专项整治领导小组。\n")
    assert labels(text) == ["（二）", "（一）"]


def test_problems_led_in_by_the_last_sentence_of_a_paragraph_are_problems():
    text = ("某市关于开展第二季度作风建设专项督查的通知\n一、一季度督查发现的主要问题\n"
            "　　一季度共发现问题47个，已下发交办单47份。从督查情况看，全市机关作风总体向好，但仍存在一些不容忽视的问题，主要是：\n"
            "　　1.上班纪律仍有松弛现象。个别单位工作人员迟到早退。\n　　2.窗口服务不够规范。部分工作人员不佩戴工作牌。\n"
            "二、督查方式\n　　1.暗访。采取“四不两直”方式随机暗访。\n　　2.明察。对问题较多的单位实地明察。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.暗访", "2.明察"]


def test_the_cases_a_notice_reports_are_problems_not_measures():
    text = ("中共某省纪委关于3起违反中央八项规定精神典型问题的通报\n"
            "各市纪委：\n　　今年以来，全省把监督执行中央八项规定精神作为重要政治任务，严肃查处了一批顶风违纪问题。"
            "为警示教育广大党员干部，现将有关情况通报如下：\n"
            "　　1．省林业厅某处副处长何某违规接受宴请问题。2015年4月，何某接受被检查单位宴请。何某受到党内严重警告处分。\n"
            "　　2．某市交通运输局副局长彭某公车私用问题。2015年5月1日，彭某驾驶公务用车参加亲属婚礼。彭某受到党内警告处分。\n"
            "　　3．某县人民医院违规发放津补贴问题。2014年，该院违规发放津补贴。院长受到诫勉谈话。\n")
    assert extract(text)[0].empty


def test_a_section_about_the_first_quarter_is_a_section_not_a_list_of_quarters():
    # 一、一季度… names no quarters (一、二季度 would); without its 一、, the 二、…五、 after it start no run either
    text = ("某市关于开展专项督查的通知\n一、一季度督查发现的主要问题\n　　一季度共发现问题47个，主要是：上班纪律松弛。\n"
            "二、督查方式\n　　1.暗访。随机选择时段进行暗访。\n　　2.明察。对问题较多的单位实地明察。\n"
            "三、工作要求\n　　1.高度重视。各单位要在4月底前开展一次自查。\n　　2.严守纪律。督查人员不接受宴请。\n")
    assert labels(text) == ["1.", "2.", "1.", "2."]
    assert [m.value for m in numbering.find_markers(text) if m.scheme == "cn_section"] == [1, 2, 3]


def test_what_an_inspection_will_check_is_a_measure_what_was_done_is_not():
    text = ("某市第二季度作风建设专项督查方案\n一、督查内容\n"
            "　　（一）督查一季度问题整改情况。对交办的47个问题逐一开展“回头看”，对整改不力的单位进行约谈。\n"
            "　　（二）督查“两学一做”学习教育开展情况。重点督查专题学习讨论等工作推进情况。\n"
            "二、工作要求\n　　（一）严守督查纪律。督查人员要轻车简从。\n　　（二）及时报送。各单位于6月25日前报送督查情况。\n")
    assert labels(text) == ["（一）", "（二）", "（一）", "（二）"]
    report = ("某局领导班子对照检查材料\n一、贯彻落实中央八项规定精神情况\n"
              "　　（一）精简会议。2013年召开会议26次，比上年减少35%。\n　　（二）改进调研。班子成员全年走访300余户次。\n"
              "二、整改措施\n　　（一）改进学习方式。中心组每月集中学习1次。\n　　（二）减少会议。能合并的会议合并召开。\n")
    assert [t[:6] for t in extract(report)[0]["text"]] == ["（一）改进学", "（二）减少会"]


def test_a_section_on_when_and_where_checks_are_made_and_a_scope_article_are_not_measures():
    text = ("某省纪委明察暗访工作方案\n一、检查时间和范围\n　　检查时间：2013年12月28日至2014年2月16日。\n"
            "　　检查范围：全省各级党政机关、事业单位。\n二、检查内容\n　　1.重点检查是否用公款大吃大喝。\n"
            "　　2.重点检查是否公车私用。\n")
    assert labels(text) == ["1.", "2."]
    rules = ("某省办公用房清理整改实施办法\n第一章　清理范围和标准\n第一条　清理范围包括党政机关占有、使用的全部办公用房。\n"
             "第二条　领导干部办公室面积严格执行标准。\n第二章　整改措施\n第三条　超标准占用的，于8月底前腾退。\n"
             "第四条　严禁新建、扩建办公用房。\n")
    assert labels(rules) == ["第二条", "第三条", "第四条"]


def test_what_a_notice_of_cases_requires_after_summing_them_up_is_measures():
    text = ("中共某省纪委关于2起违反中央八项规定精神典型问题的通报\n各市纪委：\n　　为警示教育广大党员干部，现将有关情况通报如下：\n"
            "　　1．省林业厅某处副处长何某违规接受宴请问题。2015年4月，何某接受被检查单位宴请。何某受到党内严重警告处分。\n"
            "　　2．某市交通运输局副局长彭某公车私用问题。2015年5月1日，彭某驾驶公务用车参加亲属婚礼。彭某受到党内警告处分。\n"
            "　　上述问题，有的发生在节日期间，性质恶劣，充分说明“四风”问题具有顽固性和反复性。\n"
            "　　各级党组织要把上述典型问题作为反面教材，严格落实中央八项规定精神。一是严守节日纪律。严禁用公款购买节礼。"
            "二是强化监督检查。各级纪检监察机关要紧盯重点场所。三是严肃执纪问责。对顶风违纪的从严从重处理。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["一是严守", "二是强化", "三是严肃"]
    problems = "".join(text[s:e] for s, e, k in zip(spans["char_start"], spans["char_end"], spans["span_kind"]) if k == "problem")
    assert "何某接受被检查单位宴请" in problems and "顽固性和反复性" in problems
    # … and so are they after a notice that reports its cases in a sentence of its own and then leads in to them
    text = text.replace("为警示教育广大党员干部，现将有关情况通报如下：", "市纪委对近期查处的2起典型问题进行通报。具体如下：")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严守", "二是强化", "三是严肃"]


def test_a_meetings_decisions_run_in_one_paragraph_are_each_a_measure():
    # (县政府常务会议纪要 / 会议确定：1.…；2.…；3.…: each a decision of its own; and the minutes' task list attached as
    # 附件　…整改任务清单, no number, gives its rows)
    text = ("某县人民政府常务会议纪要\n一、关于三公经费压缩工作\n会议听取了县财政局的汇报。\n"
            "会议确定：1.下半年县直机关三公经费再压缩5%；2.县财政局要在10月底前完成公务卡强制结算改革；"
            "3.县审计局要在年底前开展一次专项审计。\n出席：陈立华　王建国\n记录：马丽娟\n附件：县政府整改任务清单\n\n"
            "附件　县政府整改任务清单\n序号\t存在问题\t整改措施\t责任单位\t完成时限\n"
            "1\t会议多\t制定县政府会议计划管理办法，全县性会议减少20%\t县政府办公室\t2014年10月底\n"
            "2\t公车管理不规范\t清理超编公务用车，节假日公务用车封存\t县机关事务局\t2014年10月底\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["1.", "2.", "3.", "1\t", "2\t"]


def test_what_a_meeting_requires_after_its_last_decision_is_measures_of_their_own():
    text = ("中共某县委常委会会议纪要\n一、审议《若干规定》\n　　会议明确，《若干规定》主要内容如下：\n"
            "　　（一）改进会风。全县性会议一般不超过半天。\n"
            "　　（二）厉行勤俭节约。严格执行办公用房标准，超标准占用的要在2月底前腾退。\n"
            "　　会议要求：一是县委常委会成员要带头严格执行《若干规定》。二是各乡镇要参照《若干规定》于2月15日前制定具体措施。"
            "三是县纪委要加强监督检查。\n二、研究春耕备耕工作\n　　会议听取了副县长关于春耕备耕工作的汇报。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）改", "（二）厉", "一是县委", "二是各乡", "三是县纪"]


def test_a_topic_with_one_bracketed_item_under_it_and_a_target_responsibility_system():
    text = ("某集团领导班子整改落实方案\n一、整改措施\n（一）关于享乐主义问题的整改\n"
            "    1、实行重点工作目标责任制。班子成员对分管的重点工作签订目标责任书。\n    2、加强学习培训。中心组每月集中学习1次。\n"
            "（二）关于奢靡之风问题的整改\n    1、业务招待方面：\n    （1）严格执行业务招待事前审批制度。\n    （2）业务招待费比上年压缩30%以上。\n"
            "    2、办公用房方面：\n    （1）按照规定的标准，对领导人员办公用房进行全面清理，超标部分8月底前腾退。\n")
    assert labels(text) == ["1、", "2、", "（1）", "（2）", "（1）"]


def test_a_general_chapters_duties_and_rules_are_measures_its_purpose_and_principles_are_not():
    text = ("某省差旅费管理办法\n第一章　总　则\n第一条　为加强和规范省直机关差旅费管理，推进厉行节约反对浪费，\n结合实际，制定本办法。\n"
            "第二条　本办法适用于省直各级党政机关。\n第三条　差旅费管理坚持厉行节约、从严控制的原则。\n"
            "第四条　省直单位应当建立健全公务出差审批制度，从严控制出差人数和天数。\n"
            "第五条　省财政厅按照分地区、分级别的原则制定差旅费标准。\n"
            "第二章　城市间交通费\n第六条　出差人员应当按规定等级乘坐交通工具。\n第七条　未按规定等级乘坐的，超支部分由个人自理。\n"
            "第三章　附　则\n第八条　本办法自印发之日起施行。\n")
    assert labels(text) == ["第四条", "第五条", "第六条", "第七条"]


def test_an_attached_task_table_of_its_own_gives_measures_one_restating_the_plan_or_reporting_progress_does_not():
    body = ("某局关于改进工作作风的具体规定\n一、精简会议。局机关全年会议比上年减少20%，会议一般不超过半天。\n"
            "二、精简文件。局机关发文比上年减少15%，简报只保留1种。\n三、规范接待。严格执行接待公函制度，工作餐不上酒水。\n"
            "本规定自印发之日起施行。\n附件：{title}\n中共某局党组\n2013年2月26日\n附件\n{title}\n序号\t工作任务\t责任科室\t完成时限\n")
    own = ("1\t制定《局机关差旅费管理暂行办法》，明确出差审批程序\t办公室\t2013年3月底\n"
           "2\t建立局领导基层联系点制度，每名局领导联系1个乡镇\t人事科\t2013年4月底\n"
           "3\t推行行政审批网上办理，办理时限压缩至5个工作日\t审批科\t2013年6月底\n")
    restating = ("1\t局机关全年会议比上年减少20%，会议一般不超过半天\t办公室\t长期坚持\n"
                 "2\t局机关发文比上年减少15%，简报只保留1种\t办公室\t长期坚持\n"
                 "3\t严格执行接待公函制度，工作餐不上酒水\t财务科\t长期坚持\n")
    tasks = body.format(title="2013年改进作风重点任务分解表") + own
    assert labels(tasks) == ["一、", "二、", "三、", "1", "2", "3"]
    assert labels(body.format(title="2013年改进作风重点任务分解表") + restating) == ["一、", "二、", "三、"]
    assert labels(body.format(title="2013年改进作风重点任务落实进展情况表") + own) == ["一、", "二、", "三、"]


def test_rules_and_norms_speak_of_themselves_and_a_long_purpose_article_is_preamble():
    text = ("某集团党委会议议事规则\n第一条　为坚持党对国有企业的领导，充分发挥集团公司党委把方向、管大局、保落实的领导作用，"
            "规范党委会议事决策程序，根据《中国共产党章程》、《关于在深化国有企业改革中坚持党的领导加强党的建设的若干意见》"
            "和省国资委党委有关规定，结合集团公司实际，制定本规则。\n第二条　本规则所称大额度资金运作，是指单笔1000万元以上的资金调动。\n"
            "第三条　党委会原则上每月召开一次。\n第四条　讨论决定事项实行表决制。\n")
    assert labels(text) == ["第三条", "第四条"]
    norms = ("某局服务企业行为规范\n第一条　本规范适用于全局各科室。\n第二条　本规范所称企业，是指依法登记的各类企业。\n"
             "第三条　不得接受企业宴请。\n第四条　不得到企业报销费用。\n")
    assert labels(norms) == ["第三条", "第四条"]


def test_a_general_chapter_stating_what_a_body_is_or_its_principles_holds_no_measure():
    text = ("某厅党组工作规则\n第一章　总则\n第一条　为规范厅党组工作，制定本规则。\n"
            "第二条　厅党组是经省委批准设立的党的领导机构，在全省交通运输系统发挥领导核心作用。\n"
            "第三条　警卫工作应当坚持依法警卫、科学警卫、文明警卫，做到安全、便民、节俭。\n"
            "第四条　“三重一大”事项决策应当遵循以下原则：\n（一）坚持集体决策；\n（二）坚持民主集中制。\n"
            "第五条　厅党组成员应当带头执行本规则，每年在民主生活会上报告执行情况。\n"
            "第二章　议事范围\n第六条　重要干部任免事项主要包括：中层干部的选拔任用和免职。\n"
            "第七条　大额度资金使用事项，是指单笔金额在30万元以上的资金安排。\n"
            "第八条　本规则第六条、第七条所列事项，必须由厅党组会议集体研究决定。\n")
    assert labels(text) == ["第五条", "第八条"]


def test_a_section_titled_with_a_problem_that_pairs_it_with_measures_gives_them():
    text = ("某集团主题教育检视整改工作方案\n一、问题清单及整改措施\n（一）理论学习与企业改革发展结合不够紧密的问题\n"
            "　　问题表现：中心组学习存在“以读代学”现象。\n　　整改措施：\n①每月召开1次中心组学习会。\n②落实“第一议题”制度。\n"
            "（二）服务民生和工程质量存在短板的问题\n　　问题表现：部分安置房项目交付延期。\n　　整改措施：\n"
            "①对延期交付的3个安置房项目实行挂牌督办。\n②开展工程质量安全“百日攻坚”行动。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["①每月召开", "②落实“第", "①对延期交", "②开展工程"]


def test_a_section_limiting_where_rules_apply_is_a_commitment_a_scope_section_is_not():
    text = ("某市领导同志出行交通管制工作规定\n一、适用范围\n　　本规定适用于市级领导同志公务出行。\n"
            "二、严格交通管制的适用范围\n　　1.市级领导同志在本市范围内公务出行，一律不实行交通管制。\n"
            "　　2.各县领导同志公务出行，不得要求实行交通管制。\n三、规范交通管制的实施\n　　1.不得提前封闭道路。\n　　2.民警应当文明执勤。\n")
    assert labels(text) == ["1.", "2.", "1.", "2."]


def test_a_list_its_item_leads_in_to_stays_inside_the_item():
    text = ("中共某市委常委会议事决策规则\n一、议事决策范围\n（一）下列重大事项由市委常委会议集体讨论决定：\n"
            "1.全市经济社会发展中长期规划；\n2.市本级预算中的重大支出。\n"
            "（二）市委常委会议不讨论应当由市政府决定的事项。\n二、决策的监督\n（一）加强监督。市纪委对决策执行情况进行监督。\n"
            "（二）责任追究。有下列情形之一的，按照有关规定追究相关人员的责任：\n1.应当提交常委会集体讨论决定而未提交的；\n"
            "2.不执行或者擅自改变常委会决定的。\n")
    assert labels(text) == ["（一）", "（二）", "（一）", "（二）"]


def test_where_to_complain_and_a_campaigns_story_of_problems_found_are_no_measures():
    text = ("某市政务服务中心服务承诺\n一、服务承诺\n（一）一次性告知。对申请材料不全的，一次性告知需补正的材料。\n"
            "（二）限时办结。承诺件在承诺时限内办结。\n二、投诉渠道\n现场投诉：市政务服务中心一楼服务台\n"
            "欢迎社会各界对中心窗口服务和工作人员作风进行监督。\n本承诺自发布之日起施行。\n某市政务服务中心\n2018年9月3日\n")
    assert labels(text) == ["（一）", "（二）"]
    story = ("某厅主题教育检视问题整改方案\n一、检视问题情况\n"
             "厅党组通过集体学习研讨、深入调查研究等方式，共检视出5个方面12条问题。\n"
             "二、整改措施\n（一）规范服务区管理。年内完成服务区厕所改造。\n（二）精简会议。厅机关会议减少20%。\n")
    assert labels(story) == ["（一）", "（二）"]


def test_a_heading_whose_lead_announces_special_campaigns_gives_them_as_measures():
    text = ("某县委常委会整改方案\n一、整改措施\n（一）精简会议。全县性会议减少20%。\n"
            "（二）集中解决群众反映强烈的突出问题\n　　针对群众反映集中的问题，县委决定开展以下专项整治：\n"
            "　　①开展旧城改造信访问题专项化解，9月底前化解到位。\n　　②开展涉农资金管理使用专项检查。\n"
            "（三）严格控制接待标准。具体要求如下：①工作餐不上酒水；②陪餐人员不超过3人。\n")
    assert [t[:6] for t in extract(text)[0]["text"]] == ["（一）精简会", "①开展旧城改", "②开展涉农资", "（三）严格控"]


def test_a_one_sentence_motto_before_a_sections_yishi_paragraphs_leads_in():
    text = ("某区关于改进工作作风的十项规定\n一、精简会议活动\n　　严格控制会议数量。全区性会议每年不超过10次。\n"
            "　　缩短会议时间。会议一般不超过半天。\n二、厉行勤俭节约\n　　坚持勤俭办一切事业，反对铺张浪费。\n"
            "　　一是从严控制“三公”经费，一律比上年压缩10%。\n　　二是严格公务接待管理，区内公务活动不安排宴请。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["严格控制", "缩短会议", "一是从严", "二是严格"]


def test_an_inspections_feedback_problem_gives_the_measures_its_label_leads_to():
    text = ("中共某县委关于省委巡视组反馈意见的整改方案\n一、反馈问题及整改措施\n（一）党的领导弱化方面\n"
            "1．学习贯彻上级决策部署不够深入，有的部署停留在会议和文件上。\n"
            "　　整改措施：①严格落实中心组学习制度，每季度至少安排1次专题学习；②建立重大决策部署贯彻落实台账。\n"
            "　　责任领导：县委书记\n"
            "2．意识形态工作责任制落实不到位。\n　　整改措施：制定意识形态工作责任制实施细则，县委常委会每半年专题研究1次。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["①严格落实", "②建立重大", "制定意识形"]


def test_a_progress_reports_next_steps_per_problem_are_measures_what_was_done_is_not():
    text = ("中共某厅党组关于巡视整改进展情况的通报\n一、厅党组履行巡视整改主体责任情况\n"
            "　　厅党组把巡视整改作为重大政治任务，先后召开5次党组会议研究整改工作。\n二、巡视反馈问题整改落实情况\n"
            "　　（一）关于“学习贯彻不够深入”的问题\n　　整改情况：厅党组修订了中心组学习制度，开展集中学习12次。\n"
            "　　下一步措施：\n　　（1）坚持把学习贯彻作为首要政治任务。\n　　（2）健全调研成果转化机制。\n"
            "　　（二）关于“问题线索处置不及时”的问题\n　　整改情况：已办结17件。\n"
            "　　下一步措施：对尚未办结的4件问题线索，2019年3月底前全部办结。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（1）坚持", "（2）健全", "对尚未办结"]


def test_a_section_titled_with_a_problem_whose_items_pair_problems_with_measures_gives_the_measures():
    text = ("某大学党委巡视整改方案\n一、整改任务\n（一）关于“干部和人才队伍建设存在短板”的问题\n"
            "　　1.干部选拔任用不够规范，年轻干部储备不足。\n　　整改措施：\n　　（1）严格执行干部选拔任用工作程序。\n"
            "　　（2）制定优秀年轻干部培养选拔计划。\n　　2.人才流失问题突出。\n　　整改措施：\n　　（1）建立人才流失预警机制。\n")
    assert [t[:6] for t in extract(text)[0]["text"]] == ["（1）严格执", "（2）制定优", "（1）建立人"]


def test_a_task_table_attached_inside_the_body_after_a_table_of_standards_gives_its_rows():
    text = ("某公司负责人履职待遇、业务支出管理办法\n一、总则\n第一条　为规范负责人履职待遇，制定本办法。\n二、公务用车\n"
            "第二条　公司不为负责人配备专车。\n第三条　严禁公车私用。\n三、附则\n第四条　本办法由公司办公室负责解释，自印发之日起试行。\n"
            "附件1\n负责人业务招待标准表\n项目\t标准\t备注\n工作餐\t每人每餐不超过100元\t陪餐不超过2人\n"
            "附件2\n负责人履职待遇清理规范任务分解表\n序号\t工作任务\t责任科室\t完成时限\n"
            "1\t对照标准核定负责人办公用房面积，超标部分进行调整\t办公室\t2017年6月30日前\n"
            "2\t收回公司为负责人配备的手机，停止报销个人通信费用\t财务科\t2017年7月1日起\n"
            "抄送：县国资办。\n某公司办公室　　2017年6月8日印发\n")
    assert labels(text) == ["第二条", "第三条", "1", "2"]


def test_an_article_listing_the_cases_a_rule_covers_is_that_rule_not_a_problem_list():
    text = ("某市激励干部担当作为容错纠错实施办法\n第一章　容错情形\n"
            "第一条　干部有下列情形之一，且出于公心的，可以予以容错：（一）在推进改革中先行先试出现失误的；（二）因不可预见因素出现失误的。\n"
            "第二条　有下列情形之一的，不予容错：（一）违反政治纪律的；（二）借改革之名谋取私利的。\n"
            "第二章　容错程序\n第三条　干部本人可以提出容错书面申请。\n第四条　问责调查机关应当在10个工作日内核实。\n")
    assert labels(text) == ["第一条", "第二条", "第三条", "第四条"]


def test_a_wrapping_notices_own_numbered_requirements_are_measures():
    text = ("某集团关于印发《负责人履职待遇管理实施细则》的通知\n集团各部室：\n"
            "　　集团公司党委研究制定了《负责人履职待遇管理实施细则》，现印发给你们，并就有关事项通知如下：\n"
            "　　一、各单位要把规范负责人履职待遇作为落实“两个责任”的重要内容。\n"
            "　　二、各分公司要在2015年10月31日前开展一次全面自查，自查报告报集团纪委。\n"
            "某集团公司\n2015年9月28日\n负责人履职待遇管理实施细则\n一、公务用车\n　　1.不为负责人配备专车。\n"
            "　　2.严禁公车私用。\n二、业务招待\n　　1.严格执行接待标准。\n　　2.严禁在高档场所接待。\n")
    assert labels(text) == ["一、", "二、", "1.", "2.", "1.", "2."]


def test_a_sections_opening_commitment_that_runs_its_parts_inline_is_a_measure():
    # (a blind writer's 巡察组 rules: 一、严守工作纪律 / 巡察组要严格按照…，坚守职责定位，具体做到：一是…；二是…；三是… / 一是严格请示报告。…)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans143" / "f283_03.txt")
    texts = [t[:5] for t in extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]]
    assert texts[:4] == ["巡察组要严", "一是严格请", "二是严格保", "三是严格依"]
    scope = ("某市节约型机关创建实施方案\n一、创建范围和目标\n　　创建范围为全市县级及以上党政机关。\n"
             "二、主要任务\n　　（一）推行无纸化办公。\n　　（二）实行垃圾分类。\n")
    assert labels(scope) == ["（一）", "（二）"]


def test_attached_positive_and_negative_lists_named_after_their_title_give_their_items():
    text = ("某医疗集团作风建设年活动实施方案\n一、工作任务\n　　1.优化门诊就医流程。全面推行预约诊疗。\n　　2.落实双向转诊。\n"
            "　　附件：1.医务人员正面清单（“三个做到”）\n　　　　　2.医务人员负面清单（“三个严禁”）\n某医疗集团\n2019年5月10日\n"
            "附件1\n医务人员正面清单（“三个做到”）\n　　1.做到文明接诊，使用规范用语。\n　　2.做到首诊负责，不得推诿急危重症患者。\n"
            "　　3.做到合理诊疗，合理检查、合理用药。\n附件2\n医务人员负面清单（“三个严禁”）\n"
            "　　一、严禁收受患者“红包”。\n　　二、严禁开单提成。\n　　三、严禁在工作时间饮酒。\n")
    assert labels(text) == ["1.", "2.", "1.", "2.", "3.", "一、", "二、", "三、"]


def test_a_pact_speaks_of_itself_and_standards_set_out_below_stay_in_their_item():
    pact = ("某村“两委”干部作风建设公约\n第一条　为加强村干部作风建设，制定本公约。\n第二条　本公约适用于本村党支部委员。\n"
            "第三条　村干部不得优亲厚友。\n第四条　村干部不得接受宴请。\n第五条　本公约自村民代表大会通过之日起施行。\n")
    assert labels(pact) == ["第三条", "第四条"]
    meals = ("某市国内公务接待管理办法\n二、接待标准\n（一）住宿标准。接待对象住宿应当安排在协议定点饭店。\n"
             "（二）用餐标准。确因工作需要，接待单位可以安排工作餐一次，工作餐标准按下列规定执行：\n"
             "　　1.早餐每人不超过20元；\n　　2.午餐、晚餐每人每餐不超过80元。\n（三）陪餐人数。接待对象在10人以内的，陪餐不超过3人。\n")
    assert labels(meals) == ["（一）", "（二）", "（三）"]


def test_a_general_section_numbered_as_a_section_gives_its_duties_not_its_purpose():
    text = ("某市国内公务接待管理办法\n一、总则\n（一）目的依据。为规范国内公务接待，根据有关规定，结合实际，制定本办法。\n"
            "（二）本办法适用于全市各级党政机关。\n（三）国内公务接待应当坚持有利公务、务实节俭的原则。\n"
            "（四）市政府办公室是全市国内公务接待工作的主管部门，负责制定全市公务接待标准。\n"
            "二、接待管理\n（一）实行公函制度。无公函的公务活动不予接待。\n（二）实行接待清单制度。\n")
    assert labels(text) == ["（四）", "（一）", "（二）"]


def test_an_article_number_whose_last_one_a_scan_read_as_a_dash_is_still_an_article():
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十—", "十二"]  # 第十—条: a scan's OCR of 第十一条
    text = "某镇关于改进工作作风的实施办法\n" + "".join(f"第{n}条　严格执行第{k}项规定，不得超出标准。\n" for k, n in enumerate(nums, 1))
    assert labels(text) == [f"第{n}条" for n in nums]


def test_a_feedback_problem_hard_wrapped_before_its_label_still_gives_its_measures():
    text = ("某大学党委巡视整改方案\n一、反馈问题及整改措施\n　　1.思想政治理论课建设不够有力，马克思主义学院建设滞后，专职思\n"
            "政课教师配备不足。\n　　整改措施：\n　　（1）制定课程思政建设实施方案。\n　　（2）开展课程思政示范课程评选。\n"
            "　　2.党委常委会议事决策不够规范。\n　　整改措施：\n　　（1）修订党委常委会议事规则。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（1）制定", "（2）开展", "（1）修订"]


def test_a_lead_after_the_last_item_over_requirements_of_its_own_gives_one_measure_each():
    text = ("某委关于加强行风建设的十项措施\n　　为推动作风建设常态化长效化，制定以下措施。\n"
            "　　一、严格公务接待管理。医院公务接待实行事前审批、事后清单报销制度。\n"
            "　　二、建立行风建设长效机制。各医院要建立行风建设工作台账，每季度开展一次自查自纠。\n"
            "　　为确保各项措施落到实处，提出以下工作要求：\n"
            "　　一是加强组织领导。各医院要成立行风建设工作领导小组。\n"
            "　　二是强化监督检查。省卫生健康委每年组织一次行风建设专项检查。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、严格", "二、建立", "一是加强", "二是强化"]
    text = ("某局自查自纠报告\n四、下一步整改措施\n下一步，我局将重点抓好以下工作：\n"
            "一是强化政治担当。局党组每半年至少专题研究1次作风建设工作。\n"
            "二是严肃执纪问责。对整改不力的，严肃追究相关科室负责人责任。\n"
            "在制度建设方面，重点抓好以下工作：一是修订《公务接待管理办法》；二是制定《内部控制规程》；"
            "三是建立作风建设问题月报制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是强化", "二是严肃", "一是修订", "二是制定", "三是建立"]


def test_problems_a_self_inspection_found_and_what_was_already_mended_are_no_measures():
    text = ("某局自查自纠报告\n一、自查发现的问题\n（一）形式主义方面。1.部分科室布置工作仍习惯于发文件、要报表。"
            "2.有的科室满足于开会传达。\n（二）官僚主义方面。1.部分窗口科室服务意识不强。\n"
            "二、已整改情况\n针对上述问题，我局坚持即知即改，已清理规范局机关向县区下发的统计报表，取消重复报表17项。\n"
            "三、下一步整改措施\n（一）强化政治担当。局党组每半年至少专题研究1次作风建设工作。\n"
            "（二）严肃执纪问责。对整改不力的，严肃追究责任。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["（一）强", "（二）严"]
    kinds = dict(zip(spans["char_start"], spans["span_kind"]))
    assert "problem" in kinds.values()


def test_a_ledger_row_restates_by_its_measures_column_not_by_its_category():
    text = ("某镇自查自纠报告\n四、下一步工作打算\n①坚决为基层减负。严格控制镇级会议数量，能合并的一律合并召开。\n"
            "②健全长效机制。修订完善镇机关公务接待、公车管理等制度。\n"
            "附件：某镇问题整改台账\n序号\t问题类别\t存在问题\t整改措施\t责任领导\t整改时限\n"
            "1\t基层减负\t站所向村重复要数\t建立全镇基础数据共享台账，同一数据统一收集共享使用\t周海波\t2020年11月底\n"
            "2\t公务接待\t以误餐名义列支接待费用\t停止以误餐名义列支接待费用，公务接待一律凭公函报销\t李德胜\t2020年10月底\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①坚决为", "②健全长", "1\t基层", "2\t公务"]


def test_a_hard_wrapped_item_line_is_no_bare_heading_over_the_line_after_it():
    wrap = "　　{}\n"
    lines = ["一、严禁违规接受管理服务对象的宴请、礼品礼金和消费卡。不得以",
             "任何名义收受案件当事人、管理服务对象及其亲友赠送的财物，不得参加",
             "可能影响公正执行公务的宴请和娱乐活动。",
             "二、严禁工作日午间饮酒和在执勤、备勤、值班期间饮酒。着警服一",
             "律不得在公共场所饮酒。",
             "三、严禁上班时间玩游戏、炒股、网购、看视频等从事与工作无关的",
             "活动。上班时间不得擅离岗位，外出须向所在单位负责人请假登记。",
             "四、严禁公车私用。不得驾驶警车接送亲友子女、办理私事，节假日警",
             "车一律停放在单位指定地点，确因工作需要使用的须经批准并登记。"]
    text = "某县公安民警作风纪律“十个严禁”\n" + "".join(wrap.format(x) if x[1] == "、" else x + "\n" for x in lines)
    m, _ = extract(text)
    assert [t[:2] for t in m["text"]] == ["一、", "二、", "三、", "四、"]
    assert m["text"][2].replace("\n", "").endswith("请假登记。")


def test_a_notice_lead_that_ends_asking_for_its_requirements_to_be_carried_out_gives_them():
    text = ("某县公安局关于印发《民警作风纪律“十个严禁”》的通知\n各派出所，局机关各科室：\n"
            "　　局党委研究制定了《民警作风纪律“十个严禁”》，现印发给你们，并就贯彻落实提出如下要求，请一并抓好落实。\n"
            "　　一、迅速组织学习传达。各单位要在本通知下发后一周内组织民警逐条学习。\n"
            "　　二、强化督察检查。督察大队每周不少于两次开展明察暗访。\n"
            "　　附件：民警作风纪律“十个严禁”\n某县公安局\n2018年3月16日\n"
            "民警作风纪律“十个严禁”\n一、严禁违规接受管理服务对象的宴请。\n二、严禁工作日午间饮酒。\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["一、迅速", "二、强化", "一、严禁", "二、严禁"]
    assert m["text"][1].endswith("明察暗访。")  # not the 附件： line after it


def test_an_attached_task_table_titled_with_a_year_is_read():
    text = ("某镇村务公开和公务接待管理规定\n第一条　村级公务接待实行审批制度。\n第二条　村务每季度公开一次。\n"
            "第三条　本规定自印发之日起施行。\n附件：某镇2016年村务公开规范化建设任务分解表\n"
            "某镇2016年村务公开规范化建设任务分解表\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t对全镇14个村的村务公开栏进行统一规范\t镇经管站\t2016年5月底前\n"
            "2\t印制《村级公务接待审批单》，统一下发到各村\t镇党政办\t2016年4月底前\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第一条　", "第二条　", "1\t对全", "2\t印制"]


def test_a_commitment_to_keep_what_rectification_achieved_is_no_report_of_it():
    text = ("某局整改方案\n二、整改措施\n（一）强化理论武装\n1.局党组每季度至少开展1次专题学习。\n2.各党支部每月组织1次集中学习。\n"
            "（二）严明纪律规矩\n1.严格执行公务用餐规定。\n2.全面规范执法执勤用车管理。\n"
            "（三）健全制度机制，巩固整改成效。修订完善局机关公务接待、差旅费管理办法，9月底前印发。\n"
            "三、取得的主要成效\n局机关会议数量同比下降30%。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.局党", "2.各党", "1.严格", "2.全面", "（三）健"]


def test_a_sub_item_whose_line_break_was_lost_is_found():
    text = ("某镇政法综治队伍作风建设实施办法\n一、六条禁令\n①严禁在调解纠纷中收受当事人财物；\n"
            "②严禁工作日午间饮酒；③严禁对来访群众推诿扯皮、态度生硬；\n④严禁利用职务便利为亲友办理违规事项；\n"
            "二、工作措施\n（一）学习教育方面\n　　一是开展集中学习。镇党委中心组每月开展1次专题学习。\n"
            "　　二是开展警示教育。组织镇村干部观看警示教育片。\n（二）建章立制方面一是完善镇机关公务接待管理制度，６月底前修订印发。\n"
            "　　二是健全村级小微权力清单和监督机制。\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["①严", "②严", "③严", "④严", "一是", "二是", "一是", "二是"]
    damaged = ("某镇办公用房管理规定\n一、严格办公用房管理\n（1）严格面积标准。超标的一律调整.（2）统一调配使用。由党政办统一调配。\n"
               "(3)从严控制维修。维修须经党政联席会议研究。\n")  # (a half-width period for the 。 before the hidden (2))
    assert [t[:3] for t in extract(damaged)[0]["text"]] == ["（1）", "（2）", "(3)"]


def test_a_plan_of_the_inspections_kept_names_events_not_tasks():
    text = ("某县教育局关于减轻中小学教师负担的若干规定\n第一条　严格控制督查检查评比考核事项。\n第二条　规范教师培训。\n"
            "第三条　本规定自印发之日起施行。\n附件：某县教育局督查检查评比考核事项计划表\n"
            "序号\t事项名称\t牵头股室\t实施时间\t方式\n1\t义务教育均衡发展年度监测\t基础教育股\t2020年10月\t结合年终考核\n"
            "2\t学校安全工作综合检查\t安全管理股\t2020年4月、9月\t联合检查\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第一条　", "第二条　"]


def test_a_spaced_table_header_whose_number_cell_stands_one_space_from_the_next_is_no_measure():
    text = ("某学院整改方案\n一、整改措施\n1.大力精简会议文件。全院性会议每学期不超过2次。\n2.减少检查评比。除上级统一部署外一律取消。\n"
            "二、制度建设清单\n学院将结合整改工作，建立健全以下制度：\n"
            "序号　制度名称及主要内容　　　　　　责任领导　　牵头部门　　完成时限\n"
            "1　　制定《学院会议管理办法》，明确会议审批、会期和规模要求　　党委副书记　党政办公室　2014年1月\n"
            "2　　修订《学院公务接待管理规定》，建立接待审批和清单报销制度　　院长　　　　党政办公室　2014年1月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.大力", "2.减少", "1　　制", "2　　修"]


def test_a_task_table_set_in_the_body_under_an_item_gives_its_rows():
    text = ("某市司法局作风纪律集中整顿活动实施方案\n一、整改措施\n（一）强化思想教育。各级司法行政机关要把学习中央八项规定作为集中学习的重要内容。\n"
            "（二）加强社区矫正监管。各县司法局每月对社区服刑人员监管情况开展一次检查。\n"
            "　　市局确定的重点整改任务分解如下：\n序号\t整改任务\t责任单位\t完成时限\n"
            "1\t建立全市司法行政系统作风纪律投诉举报平台，公布举报电话\t政治部\t2014年5月底\n"
            "2\t清理规范局机关和直属单位公务用车，超编车辆一律封存上交\t办公室\t2014年6月底\n"
            "二、组织领导\n（一）加强组织领导。成立市局作风纪律集中整顿活动领导小组。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）强", "（二）加", "1\t建立", "2\t清理", "（一）加"]


def test_a_paragraph_cut_by_a_page_number_without_a_page_break_is_one_measure():
    text = ("某县机关作风建设若干规定\n"
            "　　严格控制会议数量。全县性会议每年不超过十次，能合并的一律合并召\n"
            "\n- 2 -\n\n"
            "开，能以电视电话会议形式召开的一律不再集中开会，会议时间一般不超过半天。\n"
            "　　精简文件简报。各部门一律不得印发普通工作简报，确需印发的须经分管领导同意。\n"
            "　　规范公务接待。严格执行接待标准，一律不安排宴请，不提供香烟和高档酒水。\n")
    m, _ = extract(text, [(s, e) for s, e, _ in find_furniture(text)])
    assert [t[:4] for t in m["text"]] == ["严格控制", "精简文件", "规范公务"]
    assert m["text"][0].rstrip().endswith("不超过半天。")


def test_an_attached_pledge_form_after_the_article_putting_the_rules_in_force_is_no_measure():
    text = ("某市干部教育培训班管理办法\n第一条　培训班一律在党校、行政学院或者经批准的定点培训机构举办，不得到风景名胜区举办。\n"
            "第二条　培训期间严禁组织或者参加宴请，严禁收受礼品礼金，严禁借培训之机公款旅游。\n"
            "第三条　本办法由市委组织部负责解释，自印发之日起施行。\n附件\n学员廉洁自律承诺书\n"
            "　　本人参加＿＿＿＿培训班学习，在培训期间郑重承诺：\n一、严格遵守中央八项规定精神和培训班各项纪律，按时上课。\n"
            "二、不接受任何单位和个人的宴请，不参与同学之间的相互宴请。\n承诺人（签名）：\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第一条　", "第二条　"]


def test_a_run_whose_items_a_damaged_copy_ends_with_half_width_periods_gives_each_item():
    text = ("某镇厉行节约十条措施\n一、从紧编制年度预算。镇财政所编制预算时坚持保工资、保运转。\n"
            "二、节约水电能耗\n　　一是加强用电管理。办公室空调夏季设定温度不低于26℃,人走灯灭.二是加强用水用纸管理。及时维修跑冒滴漏.\n"
            "三、严格公务接待\n　　一是严格执行公函接待制度，无公函的一律不予接待。\n　　二是工作餐一律安排在镇机关食堂。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、从紧", "一是加强", "二是加强", "一是严格", "二是工作"]


def test_a_ledgers_notes_on_how_it_is_kept_are_no_measures():
    text = ("某县委常委班子整改落实台账\n一、反对形式主义方面\n序号\t存在问题\t整改措施\t责任单位\t完成时限\n"
            "1\t会议偏多\t严格控制全县性会议，全年减少20%以上\t县委办\t2014年12月底前\n"
            "2\t文件偏多\t严格控制发文数量，全年减少20%以上\t县委办\t2014年12月底前\n"
            "二、建章立制方面\n3\t制度不健全\t制定《国内公务接待管理办法》\t县委办\t2014年10月底前\n"
            "填报说明\n1.本台账根据县委常委班子整改方案制定。\n2.各责任单位排在第一位的为牵头单位。\n")
    texts = extract(text)[0]["text"].tolist()
    assert [t[:3] for t in texts] == ["1\t会", "2\t文", "3\t制"]



def test_who_makes_the_pledges_is_no_measure_and_a_named_contact_line_closes_the_last():
    text = ("中共某镇委员会关于开展公开承诺活动的通知\n一、承诺主体\n（一）镇党委、政府领导班子及其成员；\n（二）镇机关、站所全体干部职工；\n"
            "二、工作要求\n（一）加强组织领导。成立由镇党委书记任组长的活动领导小组，负责活动的组织实施。\n"
            "（二）及时报送信息。各党组织要明确一名信息员，于每月25日前将活动开展情况书面报镇党建办。\n"
            "活动联系人：王晓燕　联系电话：0735-5733028\n中共某镇委员会\n2014年4月8日\n")
    m = extract(text)[0]
    assert [t[:4] for t in m["text"]] == ["（一）加", "（二）及"]
    assert "联系人" not in m["text"][1]
    course = ("某镇村干部培训管理办法\n一、培训对象和时间\n全镇23个村（社区）“两委”成员，共计196人。培训分两期进行，每期3天。\n"
              "二、管理措施\n1.学员一律在镇机关食堂就餐，不得安排宴请。\n2.培训期间严格考勤，不得无故缺课。\n")
    assert [t[:4] for t in extract(course)[0]["text"]] == ["1.学员", "2.培训"]


def test_each_circled_item_of_a_hard_wrapped_paragraph_under_a_remedy_label_is_a_measure():
    # a county plan copied out of a PDF (blind_plans158/f313_06.txt, left out of its batch's key for its first
    # paragraph, which a lost and an added line break cut short): under each 整改措施： line, one hard-wrapped
    # paragraph of ①…；②…；③… items
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans158" / "f313_06.txt")
    texts = [t.replace("\n", "") for t in extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]]
    opening = [t[:6] for t in texts]
    for start in ("②改进考核方", "①坚持县级领", "②深化县政务", "③开展机关效", "②全面推行公", "③严禁借用、"):
        assert start in opening, start
    assert next(t for t in texts if t.startswith("①对县直部门")).endswith("各部门不得另行组织；")


def test_last_years_report_and_a_month_by_month_timetable_are_no_measures():
    text = ("某县纪委监委2021年纠治“四风”工作要点\n一、2020年工作情况\n2020年，全县各级纪检监察机关共查处违反中央八项规定精神问题36起。\n"
            "二、2021年主要任务\n（一）紧盯元旦、春节等重要节点，严查违规收送礼品礼金问题。\n（二）深化违规吃喝专项整治，发现一起查处一起。\n"
            "三、月度督查安排\n1月：元旦春节期间“四风”问题专项督查。\n2月：节后上班纪律检查。\n3月：县直机关工作纪律督查。\n"
            "第二季度（４—６月）：以清明、五一、端午为重点开展督查。\n"
            "四、工作要求\n（一）加强组织领导。县纪委常委会每季度专题研究一次作风建设工作。\n"
            "（二）强化结果运用。督查结果纳入年度党风廉政建设责任制考核。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）紧", "（二）深", "（一）加", "（二）强"]
    table = ("某局2013年机关作风建设工作计划\n一、工作措施\n1.改进会风文风。全局性会议一律控制在1小时以内。\n"
             "2.规范公务接待。严格执行接待标准。\n二、月度工作安排\n月份 主要工作内容 责任股室\n"
             "1月 制定2013年机关作风建设工作计划 局办公室\n2月 召开全局作风建设动员会 局办公室 人事股\n")
    assert [t[:4] for t in extract(table)[0]["text"]] == ["1.改进", "2.规范"]


def test_a_campaigns_goals_are_no_measure():
    text = ("某市直属机关“五型机关”创建实施方案\n一、创建目标\n通过两年时间的创建，使市直机关学习风气更加浓厚，服务意识明显增强。\n"
            "二、创建内容\n（一）建设学习型机关。坚持每月集中学习一次。\n（二）建设服务型机关。推行首问负责和限时办结制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）建", "（二）建"]


def test_a_run_item_whose_number_a_hard_wrap_left_at_a_line_end_is_found():
    lines = ["某市关于推进社区减负增效的十二条措施",
             "一、精简社区工作事项。全面清理社区承担的各类工作事项，未经准入的",
             "事项一律不得交由社区承担，确因工作需要的须报市委组织部审核同意。",
             "二、规范社区挂牌。社区办公场所对外只悬挂社区党组织和居委会牌子。",
             "三、工作要求",
             "各地各部门要把社区减负增效作为整治形式主义的重要任务，重点抓好以",
             "下三项工作：一是强化组织领导，各县区要成立工作专班，确保落地；二是",
             "强化督促检查，市委组织部将适时开展专项检查，检查结果纳入考核；三是",
             "强化宣传引导，及时总结推广好的经验做法，营造良好氛围，全面推开。"]
    m = extract("\n".join(lines) + "\n")[0]
    assert [t.replace("\n", "")[:4] for t in m["text"]] == ["一、精简", "二、规范", "一是强化", "二是强化", "三是强化"]


def test_a_run_under_a_guarantees_title_that_a_page_number_cuts_gives_its_items():
    paragraphs = ["某镇疫情防控减负工作方案", "一、主要措施",
                  "　　（一）精简报表。镇级不得自行设计下发疫情防控报表，确需填报的由党政办统一审核，同一数据只报一次。",
                  "　　（二）减少检查。镇级对村（社区）的防控检查每月不超过一次，严禁重复检查、多头检查和层层加码。",
                  "　　（三）规范工作群。镇级面向村（社区）的工作群每个站所只保留一个，不得要求村干部在群内打卡接龙。",
                  "　　二、保障措施",
                  "　　镇党委将从以下方面抓好落实：一是成立由镇党委书记任组长、镇长任副组长的疫情防控减负工作专班，办公室设"
                  "在党政办，负责统筹协调和日常督促；二是镇纪委将减负措施落实情况纳入日常监督，对违规下发表格、加码检查的站"
                  "所及其负责人进行约谈；三是每季度召开一次村（社区）干部座谈会，听取减负措施落实情况，建立台账、限期解决。"]
    width = 28  # a copy out of a PDF: every paragraph wrapped at the page's width, a page number after its 28th line
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    cut = next(k for k, x in enumerate(lines) if "一是成立" in x) + 1
    text = "\n".join(lines[:cut] + ["", "- 4 -", ""] + lines[cut:]) + "\n"
    m = extract(text, [(s, e) for s, e, _ in find_furniture(text)])[0]
    assert [t[:4] for t in m["text"]][-3:] == ["一是成立", "二是镇纪", "三是每季"]


def test_a_section_title_run_onto_its_first_sub_item_by_a_lost_break_is_found_in_a_short_line():
    text = ("某市纪委监委关于集中整治疫情防控中形式主义官僚主义问题的工作方案\n一、工作目标\n通过集中整治，推动作风明显好转。\n"
            "二、整治措施（一）开展专项监督检查。市纪委监委成立5个专项监督检查组，采取“四不两直”方式开展监督检查。\n"
            "（二）畅通问题线索渠道。开设“疫情防控作风问题随手拍”专栏，接受群众监督举报。\n"
            "三、工作要求\n（一）加强组织领导。市纪委监委成立集中整治工作专班。\n（二）坚持以身作则。开展监督检查要轻车简从。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）开", "（二）畅", "（一）加", "（二）坚"]


def test_a_sub_section_title_set_off_from_its_first_item_by_a_lost_break_heads_its_items():
    # a damaged copy: the break after （三）'s title became an ideographic space, so its 1. stands inside the line
    text = ("某镇党委关于党的群众路线教育实践活动整改落实方案\n一、整改重点和措施\n（一）反对形式主义方面\n"
            "　　１．严格学习制度。坚持每周一机关干部集中学习制度，每月召开一次党委中心组学习会，学习情况纳入年度考核。\n"
            "　　２．精简会议和文件。镇召开的各类会议比去年减少３０％以上，一般会议不超过１个小时，镇发文件比去年减少２５％。\n"
            "（二）反对享乐主义方面　１．严格机关考勤管理。实行镇机关干部上下班签到、外出登记和去向公示制度，由镇纪委每月通报。\n"
            "　　２．整治“走读”现象，镇村干部工作日必须在岗在位，班子成员工作日原则上在镇里住宿，确需离开的须请假。\n"
            "（三）反对奢靡之风方面\n"
            "　　１．严格控制接待费用，镇机关取消接待用烟酒，上级来人一律在机关食堂安排工作餐，每月公开一次接待费用支出。\n"
            "　　２．规范公务用车管理，镇机关公务用车实行统一调度、派车登记，节假日一律停放在镇政府院内，严禁公车私用。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["１．严格", "２．精简", "１．严格", "２．整治", "１．严格", "２．规范"]
    # … or by nothing at all (（二）反对享乐主义方面１．严格…)
    run_on = text.replace("方面　１．严格机关", "方面１．严格机关")
    assert [t[:4] for t in extract(run_on)[0]["text"]] == ["１．严格", "２．精简", "１．严格", "２．整治", "１．严格", "２．规范"]


def test_a_title_a_lost_break_ran_onto_its_run_of_three_heads_the_run():
    # （一）'s title and its 一是…二是…三是… paragraph were two lines; the copy lost the break and left no mark between
    text = ("某镇党委关于开展四风突出问题专项整治的实施方案\n一、总体要求\n通过专项整治，镇村干部作风明显好转，群众满意度明显提高。\n"
            "二、整治内容和措施\n（一）整治文山会海问题一是严控会议数量,镇级会议比上年减少三分之一以上,能合并的合并；二是严控文件"
            "简报,镇党委、政府发文比上年减少３０%,镇机关一律停办各类工作简报；三是提高会议效率,推行“短会+现场会”,一般性会议不超过"
            "１小时。\n（二）整治门难进、脸难看、事难办问题\n"
            "　　一是全面推行便民服务中心“一窗受理、集中办理”，服务事项全部上墙公示，群众办事实行一次性告知。\n"
            "　　二是实行干部挂牌上岗和服务承诺,在中心设立群众评议器,每月对窗口工作人员评议一次。\n"
            "（三）整治公款吃喝和违规收送礼金问题。严格执行公务接待规定，镇机关不设接待室，上级来人一律在机关食堂就餐。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严控", "二是严控", "三是提高", "一是全面", "二是实行", "（三）整"]


def test_a_lead_to_tasks_over_an_inline_arabic_run_under_a_bare_title_gives_one_measure_per_item():
    text = ("某镇党委配合教育整顿推进为民办实事工作方案\n一、总体要求\n以教育整顿为契机，切实解决群众急难愁盼问题。\n二、主要任务\n"
            "（一）整治顽瘴痼疾\n　　①镇纪委会同驻镇派出所、司法所，对辖区内政法干警违规经商办企业问题开展排查。\n"
            "　　②在镇便民服务中心和各村（社区）公开教育整顿举报电话、举报信箱，受理群众举报。\n"
            "（二）为群众办实事\n　　驻镇派出所、司法所和人民法庭重点办好以下实事：1．在８个行政村设立警务室，实行民警每周驻村不少于"
            "2天；2．由司法所牵头，每村（社区）配备1名法律顾问，每月开展1次培训；3．由人民法庭在镇综治中心设立巡回审判点，对婚姻家庭"
            "纠纷就地立案、就地审理。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①镇纪委", "②在镇便", "1．在８", "2．由司", "3．由人"]


def test_a_work_arrangement_section_of_stages_in_one_paragraph_is_no_measure():
    text = ("某县林业局改进工作作风密切联系群众实施办法\n一、改进调查研究\n"
            "（一）局领导班子成员每年深入国有林场和林区乡镇调研不少于60天，每人每年至少帮助基层解决1个实际问题。\n"
            "（二）调研轻车简从，不搞层层陪同，不准林场安排宴请和超标准接待。\n二、保障措施\n"
            "（一）加强组织领导。局成立改进工作作风领导小组，局长任组长，各股室负责人为成员。\n"
            "（二）强化监督检查。局纪检组每季度对各单位执行本办法的情况进行一次督查。\n三、工作安排\n"
            "　　本实施办法分三个阶段推进：第一阶段（3月）为学习动员阶段，组织全局干部职工学习有关规定；第二阶段（4月至10月）为组织"
            "实施阶段，各单位对照本办法逐项落实；第三阶段（11月至12月）为检查总结阶段，局党组对全年执行情况进行检查考核。\n"
            "　　本实施办法自印发之日起施行。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）局", "（二）调", "（一）加", "（二）强"]


def test_a_problem_list_laid_out_as_a_table_with_a_column_of_remedies_gives_one_measure_per_row():
    text = ("中共某县人民政府党组关于印发《县政府党组“三严三实”专题教育立行立改问题清单》的通知\n各乡镇人民政府，县政府各部门：\n"
            "现将问题清单印发给你们，请各责任单位对照清单逐项抓好落实。\n一、问题清单\n"
            "序号\t问题表现\t整改措施\t责任领导\t牵头单位\t完成时限\n"
            "1\t政务服务中心部分窗口工作人员迟到早退\t严格执行首问负责、限时办结制度，窗口工作人员实行挂牌上岗\t副主任\t县政务服务中心\t8月底\n"
            "2\t部分行政审批事项办理时限过长\t全面清理审批事项前置条件和申报材料，审批时限压缩三分之一以上\t常务副县长\t县编办\t9月底\n"
            "3\t县政府各类会议偏多，部分会议层层陪会\t建立县政府会议计划管理制度，一般会议时间不超过1.5小时\t主任\t县政府办公室\t8月底\n"
            "二、工作要求\n（一）明确责任分工。各项立行立改任务的责任领导要亲自研究部署、亲自协调推进。\n"
            "（二）严格督查问责。县政府督查室对立行立改事项实行跟踪督办，每月通报一次进展情况。\n")
    texts = extract(text)[0]["text"].tolist()
    assert [t[:4] for t in texts] == ["1\t政务", "2\t部分", "3\t县政", "（一）明", "（二）严"]
    # a 问题清单 whose table lists only the problems (序号 内容 责任领导 …) stays a problem list
    problems_only = text.replace("\t问题表现\t整改措施\t", "\t内容\t说明\t")
    assert [t[:4] for t in extract(problems_only)[0]["text"]] == ["（一）明", "（二）严"]


def test_a_section_to_act_on_problems_at_once_gives_its_items_though_its_title_names_problems():
    text = ("中共某镇委员会“三严三实”专题教育实施方案\n一、主要措施\n"
            "（一）抓好专题学习。采取集中学习与个人自学相结合的方式，认真研读有关篇目，全年集中学习不少于12次。\n"
            "（二）讲好专题党课。镇党委书记在6月上旬为全镇党员干部讲一次“三严三实”专题党课。\n"
            "二、同步开展作风突出问题立行立改\n"
            "　　1.整治镇村干部“走读”问题。严格执行镇干部驻村工作制度和值班值守制度，镇干部每周在镇住宿不少于3天。\n"
            "　　2.整治便民服务“最后一公里”不畅问题。镇便民服务中心实行全程代办、预约服务和延时服务。\n"
            "　　3.整治“三资”管理不规范问题。全面清理村集体资金、资产、资源，村级财务每季度公开1次。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）抓", "（二）讲", "1.整治", "2.整治", "3.整治"]


def test_a_remedy_label_run_onto_its_first_item_by_a_lost_break_gives_that_item():
    text = ("中共某省交通运输厅党组专题民主生活会整改落实方案\n一、整改措施\n（一）严以修身方面\n"
            "存在问题：1.理论学习的深度和广度不够，学习往往停留在读原文、记笔记上；2.对党性修养重视不够。\n"
            "整改措施：1．坚持厅党组中心组学习制度,每年集中学习不少于１２次，其中专题研讨不少于４次。\n"
            "2．厅党组成员每年至少参加1次省委党校或者干部学院的集中轮训,认真参加所在支部的组织生活。\n"
            "（二）严以用权方面\n存在问题：1.在项目审批、资金分配等环节还存在廉政风险；2.个别处室审批程序繁琐。\n"
            "整改措施：1．全面推行厅机关权力清单和责任清单制度,2016年3月底前在厅门户网站公布。\n"
            "2．深化交通运输行政审批制度改革,再取消和下放一批审批事项，办理时限压缩30%以上。\n"
            "3．加强对工程建设项目招投标、质量监督和资金拨付等重点环节的监管。\n")
    texts = extract(text)[0]["text"].tolist()
    assert [t[:4] for t in texts] == ["1．坚持", "2．厅党", "1．全面", "2．深化", "3．加强"]


def test_a_section_titled_with_a_commitment_over_one_paragraph_is_one_measure_with_its_title():
    text = ("中共某省纪委关于2014年中秋国庆期间严明纪律要求的通知\n各市州纪委，省直各单位：\n"
            "为坚决防止“四风”问题反弹，现就有关事项通知如下：\n一、提高思想认识，切实担负起节日期间的监督责任\n"
            "各级纪检监察机关要深刻认识节日期间纠正“四风”的长期性和复杂性，把“两节”期间作风建设作为重要任务抓紧抓实。\n"
            "二、严明纪律要求，坚决刹住节日不正之风\n"
            "（一）严禁用公款购买、赠送月饼等节礼。不得用公款购买、印制、邮寄、赠送贺卡。\n"
            "（二）严禁公款吃喝和奢侈浪费。不得违反规定用公款组织宴请、安排宴请或参加宴请。\n"
            "三、严格落实节日期间值班值守制度\n"
            "节日期间，各级纪检监察机关实行24小时值班和领导带班制度，值班人员要坚守岗位，确保信息畅通。\n"
            "四、组织保障\n各级纪检监察机关主要负责同志要亲自部署，分管领导具体负责。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、提高", "（一）严", "（二）严", "三、严格"]


def test_a_notice_of_cases_gives_the_requirements_after_its_summary_paragraph_by_paragraph():
    text = ("中共某市纪委关于六起违反中央八项规定精神问题的通报\n各县（市、区）纪委，市直各单位：\n"
            "近期，市纪委查处了一批违反中央八项规定精神问题，现将其中六起典型问题通报如下：\n"
            "1.市林业局党组成员、副局长王某某违规接受宴请问题。2016年1月，王某某接受下属单位宴请，受到党内警告处分。\n"
            "2.县水务局工会违规组织职工聚餐并发放购物卡问题。该局工会主席郑某某受到党内警告处分。\n"
            "    上述问题的发生，暴露出一些党员干部纪律规矩意识不强。端午节即将到来，现提出如下要求：\n"
            "    一是要深刻汲取教训，切实引以为戒。各级党组织要及时将本通报传达到全体党员干部，组织开展一次专题警示教育。\n"
            "    二是要严守节日纪律，坚决防止“四风”反弹。端午节期间，全市党员干部要严格执行中央八项规定精神。\n"
            "    三是要加强监督检查，严肃执纪问责。节日期间，市纪委将组织暗访组开展监督检查。\n"
            "中共某市纪律检查委员会\n2016年6月3日\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是要深", "二是要严", "三是要加"]


def test_an_inspection_plans_topics_and_whom_it_covers():
    # （三）…落实情况 names what the inspection will check (重点监察…), not what a report says was done; 监察对象 is scope
    text = ("中共某县纪委关于开展不作为慢作为乱作为专项效能监察的通知\n各乡镇，县直各部门：\n"
            "经研究，决定在全县开展专项效能监察，现将有关事项通知如下：\n一、监察对象\n"
            "全县各乡镇、县直各部门（单位）及其工作人员，重点是承担行政审批、行政执法任务的单位及其负责人。\n二、监察重点\n"
            "（一）行政审批服务情况。重点监察县政务服务中心各窗口是否严格执行首问负责、限时办结制度。\n"
            "（二）惠民政策落实情况。重点监察精准扶贫、低保救助等惠民资金是否及时足额落实到位，是否存在截留挪用问题。\n"
            "三、工作要求\n（一）严格责任追究。对监察中发现的不作为、慢作为问题严肃追责。\n"
            "（二）注重成果运用。专项效能监察结果纳入年度目标管理考核。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）行", "（二）惠", "（一）严", "（二）注"]


def test_a_lists_own_scope_and_commencement_are_no_measures():
    text = ("某县纪委监委关于违规吃喝问题的负面清单\n为深化违规吃喝问题专项整治，制定本清单。\n"
            "1.严禁用公款或者变相用公款安排宴请，严禁在内部食堂违规安排公务宴请。\n"
            "2.严禁接受管理服务对象安排的宴请，严禁到私人会所、农家乐等隐蔽场所吃喝。\n"
            "3.严禁违规饮酒，工作日午间一律禁酒。\n有关说明：\n"
            "1.本清单所称“管理服务对象”，是指与党员干部存在行政审批、执法监管等职务上关系的单位和个人。\n"
            "2.本清单适用于全县各级党的机关、人大机关、行政机关、政协机关中的党员干部和公职人员。\n"
            "3.本清单自印发之日起施行，由县纪委监委负责解释。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.严禁", "2.严禁", "3.严禁"]


def test_a_first_section_number_a_lost_break_ran_onto_the_preamble_starts_the_sections():
    text = ("石桥镇精简会议文件简报改进会风文风实施方案\n"
            "　　为贯彻落实中央八项规定，切实解决会议多、文件多的问题，结合我镇实际，制定本方案。一、指导思想\n"
            "　　以党的十八大精神为指导，坚持从严从简、务实高效，把镇村干部从文山会海中解脱出来。\n二、整改措施\n"
            "（一）严格控制会议次数。镇党委、镇政府召开的全镇性会议每月不超过2次。\n"
            "（二）精简文件和简报。镇发文件比2012年减少30%以上，镇发文件一般不超过2000字。\n三、整改清单\n"
            "序号\t整改事项\t责任人\t完成时限\n"
            "1\t清理县、镇要求村级填报的各类台账报表，保留的报表目录向各村公布\t党政办主任\t2013年5月底\n"
            "2\t镇会议室不摆放花草、不制作横幅，会议不提供瓶装水和水果\t党政办主任\t立即整改\n"
            "四、组织领导\n（一）成立领导小组。成立由镇党委书记任组长的工作领导小组。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）精", "1\t清理", "2\t镇会", "（一）成"]


def test_a_commitment_whose_paragraph_goes_on_to_the_content_it_covers_stays_whole():
    # 主要围绕以下内容开展：一是…: the content of the one commitment; 重点抓好以下环节：一是…: tasks of their own
    text = ("石门镇关于建立群众工作站和民情恳谈日制度的实施意见\n一、建立群众工作站\n"
            "（一）镇设群众工作站，实行一站式受理，镇领导班子成员每周轮流坐班接待群众1天。\n"
            "（二）各村设立群众工作室，每个工作日安排1名村干部值班。\n三、建立民情恳谈日制度\n"
            "　　每月15日为全镇“民情恳谈日”，镇领导班子成员分片参加，每次邀请群众代表不少于20人。民情恳谈日主要围绕以下内容"
            "开展：一是通报镇村重点工作；二是听取群众对镇村工作的意见建议；三是现场解答群众咨询。\n"
            "　　民情恳谈工作重点抓好以下环节：一是会前公告，恳谈日前3天公告恳谈主题；二是会中记录，建立民情恳谈登记簿；三是会后"
            "办理，一般问题7日内答复。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）镇", "（二）各", "每月15", "一是会前", "二是会中",
                                                         "三是会后"]


def test_a_section_title_run_onto_its_first_circled_item_above_blank_lines_heads_its_items():
    text = ("桐溪县关于改进会议和领导同志活动新闻报道的规定\n\n一、改进会议新闻报道\n\n"
            "（一）县委全委会、县人代会、县政协全会，由县级媒体作重点报道。\n\n（二）严格控制会议报道时长和字数，一般不超过2分钟。\n\n"
            "二、加强基层新闻报道①县广播电视台《桐溪新闻》每期基层新闻时长不少于总时长的一半。\n\n"
            "②桐溪新闻网首页重要位置开设“基层动态”专栏，每日更新不少于5条。\n\n"
            "③县委宣传部每年组织2次以上“新闻记者走基层”集中采访活动。\n\n三、监督检查\n\n"
            "（一）县委宣传部负责对县级媒体执行本规定情况进行监督检查。\n\n（二）对违反本规定的单位和个人严肃处理。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）县", "（二）严", "①县广播", "②桐溪新", "③县委宣",
                                                         "（一）县", "（二）对"]


def test_whom_an_assessment_covers_what_is_sealed_or_vacated_and_a_classification_are_no_measures():
    text = ("白河县领导干部联系基层工作督查考核办法\n一、考核对象\n县四大班子领导成员，县直各单位领导班子成员。\n"
            "二、封存范围\n凡列入县车改方案取消的一般公务用车，包括各单位借用、调用的车辆。\n"
            "三、腾退范围\n领导干部办公室使用面积超过规定标准的，以及出租、出借的办公用房，均属本次腾退范围。\n四、督查考核内容\n"
            "（一）会议分为三类：一类会议是以县委名义召开的全县工作会议；二类会议是各部门召开的全县性专业会议；三类会议是其他业务会议。\n"
            "（二）联系点工作。县级领导每月到联系乡镇不少于2次，每次在基层工作不少于1天。\n"
            "（三）接访下访工作。县级领导每月在县群众来访接待中心接访不少于1天。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（二）联", "（三）接"]


def test_a_bare_titles_paragraph_opening_with_what_it_will_do_gives_one_measure_per_item():
    text = ("桐溪镇厉行节约反对浪费实施办法\n一、主要措施\n"
            "（一）规范公务接待。上级部门来镇检查指导工作，一律凭公函登记接待，无公函的不予接待。\n（二）精简会议活动\n"
            "　　重点做到“三个不”：一是不开无实质内容的会议，能合并召开的一律合并召开；二是不在镇机关以外场所召开会议，会议不摆放"
            "花草；三是不搞剪彩、奠基、揭牌等庆典活动。\n"
            "（三）规范办公用房。镇机关办公用房按照县里核定的面积标准使用，超标部分一律腾退。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）规", "一是不开", "二是不在", "三是不搞", "（三）规"]


def test_a_notices_typical_cases_are_problems_and_its_requirements_measures():
    text = ("中共某省纪委关于2014年元旦春节期间落实中央八项规定精神监督检查情况的通报\n各市州纪委，省直各单位：\n"
            "一、监督检查基本情况\n元旦春节期间，全省各级纪检监察机关共组织检查组1126个，发现问题线索43条。\n二、通报的典型问题\n"
            "　　1.某县农业局党组书记、局长何某某违规用公款购买年货节礼问题。何某某受到党内警告处分。\n"
            "　　2.某市城乡规划局副局长陈某某公车私用问题。陈某某受到诫勉谈话，并承担相关费用。\n三、有关要求\n"
            "（一）切实履行主体责任。各级党委（党组）要把落实八项规定精神作为重大政治任务。\n"
            "（二）坚持点名道姓通报曝光。各级纪委要建立违反八项规定精神问题定期通报曝光制度。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["（一）切", "（二）坚"]
    assert "problem" in set(spans["span_kind"])


def test_a_definition_titled_as_one_is_no_measure():
    # (the list of attachments after a plan's closing clause, 附件：1.… / 2.…, is checked on blind_plans256's f458_01)
    text = ("某县政务服务中心首问负责制度\n一、首问负责\n"
            "（一）首问责任人的界定。首问责任人是指服务对象到机关单位办事时，第一个被询问的工作人员。通过电话询问的，第一个接听的为首问责任人。\n"
            "（二）首问责任人应当热情接待，对属于本人职责范围的事项，按规定及时办理。\n"
            "（三）对不属于本人职责范围的事项，首问责任人应当告知承办单位及联系方式。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（二）首", "（三）对"]


def test_a_purpose_article_whose_last_words_a_hard_wrap_split_is_no_measure():
    text = ("某县行政效能投诉处理办法\n"
            "第一条　为了加强行政效能监察，督促国家机关及其工作人员依法履行\n职责、改进工作作风、提高办事效率，结合本县实际，制定\n本办法。\n"
            "第二条　县行政效能投诉中心负责受理公民、法人和其他组织的效能投诉。\n"
            "第三条　效能投诉中心对受理的投诉，应当在5个工作日内作出处理。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第二条　", "第三条　"]


def test_a_page_number_inside_a_wrapped_paragraph_does_not_end_it():
    paragraphs = ["某市四风突出问题专项整治方案", "一、整治内容",
                  "（一）会员卡清退。在2013年底集中清退的基础上，各单位要开展一次“回头看”，对清退不彻底的限期整改到位。",
                  "（二）楼堂馆所清理。全市各级党政机关5年内一律不得以任何形式和理由新建楼堂馆所，已批准但尚未开工的一律停建。",
                  "（三）节庆论坛清理规范", "重点做好以下三项工作：一是对全市党政机关主办、承办的各类节庆、论坛、展会、研讨会进行全面清"
                  "理，凡未经批准擅自举办的一律停办；二是对主题相近、内容重复的活动予以合并，全市节庆论坛活动总量压减三分之一以上；三是严禁使"
                  "用财政资金举办营业性文艺晚会，严禁向企业和基层摊派费用。",
                  "二、组织保障", "（一）强化组织领导。市委教育实践活动领导小组统筹协调专项整治工作，各牵头单位要明确专人负责。",
                  "（二）加强督查问责。市委教育实践活动督导组要把专项整治情况作为督导的重要内容，对整治不力的严肃问责。"]
    width = 30  # a copy out of a PDF: every paragraph wrapped at the page's width, a page number inside the 一是 item
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    cut = next(k for k, x in enumerate(lines) if "重点做好" in x) + 1
    text = "\n".join(lines[:cut] + ["", "- 2 -", ""] + lines[cut:]) + "\n"
    m = extract(text, [(s, e) for s, e, _ in find_furniture(text)])[0]
    assert [t[:4] for t in m["text"]] == ["（一）会", "（二）楼", "一是对全", "二是对主", "三是严禁", "（一）强", "（二）加"]


def test_a_self_examinations_report_and_causes_are_no_measures_and_its_remedies_are():
    text = ("党的群众路线教育实践活动专题民主生活会个人对照检查材料\n"
            "一、遵守党的政治纪律和贯彻落实中央八项规定情况\n本人能够在思想上、政治上、行动上同党中央保持高度一致，严格执行各项规定。\n"
            "二、产生问题的根源\n深刻反思，上述问题的产生根本在于主观上的放松。\n"
            "一是理想信念有所弱化。理论学习重视不够，学用结合不紧。\n二是宗旨意识有所淡化。与群众的感情没有同步加深。\n"
            "三是党性修养有所放松。对自己要求有所降低，自我约束不够严格。\n三、努力方向和整改措施\n"
            "（一）加强理论学习，坚定理想信念。每月至少精读1本理论著作，撰写学习心得。\n"
            "（二）牢记宗旨观念，密切联系群众。坚持每月到联系乡镇调研不少于3天。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）加", "（二）牢"]


def test_a_numbered_order_to_report_how_the_work_went_is_a_measure():
    # 七、及时报送落实情况 orders the units to report by a date; 二、整改落实情况 would report what was done
    text = ("中共某市委组织部　某市民政局关于印发村级组织出具证明事项清单的通知\n各县（市、区）委组织部、民政局：\n"
            "现将有关事项通知如下：\n一、严格实行清单管理。《清单》共保留村级组织出具证明事项12项，清单之外的证明一律不得要求村级组织出具。\n"
            "二、加强监督检查。各县（市、区）要把《清单》落实情况纳入基层减负督查内容，发现问题及时督促整改。\n"
            "三、及时报送落实情况。各县（市、区）委组织部要会同民政局，于2022年12月底前将《清单》落实情况报市委组织部。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、严格", "二、加强", "三、及时"]


def test_a_standard_that_speaks_of_itself_has_its_scope_and_definitions_as_no_measures():
    text = ("某市市级行政事业单位通用办公设备和办公家具配置标准\n一、总则\n"
            "（一）为加强市级行政事业单位资产管理，合理配置资产，根据有关规定，制定本标准。\n"
            "（二）本标准适用于市直党政机关、人大机关、政协机关和各事业单位。\n"
            "（三）本标准所称通用办公设备，是指各单位普遍使用的计算机、打印机、复印机等设备。\n"
            "（四）本标准规定的配置数量上限、价格上限为最高标准，各单位不得突破。\n"
            "二、执行要求\n（一）严格预算管理。各单位编制年度部门预算时，应当依据本标准编制新增资产配置预算。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（四）本", "（一）严"]


def test_an_audit_finding_is_a_problem_what_was_done_is_no_measure_and_prose_under_the_label_is_one():
    text = ("某局审计发现问题整改方案\n一、审计发现的问题及整改措施\n（一）公务用车管理不规范问题\n"
            "审计发现：局车队有3辆超编车辆未按规定处置；有2辆公务用车长期被下属单位借用。\n整改措施：\n"
            "一是对超编车辆按规定程序封存，并移交统一处置；\n二是收回被下属单位借用的车辆，今后严禁借用下属单位车辆；\n"
            "整改情况：3辆超编车辆已于2015年7月10日封存，被借用的2辆车辆已收回。\n"
            "（二）会议费、培训费支出不规范问题\n审计发现：2014年局本级在风景名胜区召开会议2次，支出会议费9.35万元。\n整改措施：\n"
            "严格执行会议费、培训费管理办法，会议、培训计划实行年度审批，未列入年度计划的一律不得举办。\n"
            "责任股室：办公室\n完成时限：2015年12月底前\n"
            "二、保障措施\n（一）加强组织领导。局成立审计整改工作领导小组。\n（二）强化监督问责。驻局纪检组对整改工作进行全程监督。\n")
    m, spans = extract(text)
    texts = m["text"].tolist()
    assert [t[:4] for t in texts] == ["一是对超", "二是收回", "严格执行", "（一）加", "（二）强"]
    assert not any("整改情况" in t or "审计发现" in t for t in texts)
    assert texts[2].rstrip().endswith("2015年12月底前")  # its duty lines stay with it


def test_a_newspaper_box_of_another_text_after_the_reprinted_rules_gives_no_measures():
    text = ("桐江报\n【编者按】日前，县委、县政府印发了《关于改进工作作风密切联系群众的若干规定》，现予刊登。\n"
            "关于改进工作作风密切联系群众的若干规定\n第一条　改进调查研究。县级领导每年深入基层调研不少于60天。\n"
            "第二条　精简会议。全县性会议一般不超过半天。\n"
            "【相关链接】中央八项规定主要内容（摘编）\n一、改进调查研究，深入基层了解真实情况。\n二、精简会议活动，切实改进会风。\n"
            "三、精简文件简报，切实改进文风。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第一条　", "第二条　"]


def test_a_task_section_pointing_to_an_attachment_titled_beside_its_number_gives_that_tables_rows():
    text = ("某局执法作风专项整治实施方案\n一、整治内容\n"
            "（一）执法不作为、慢作为问题。对投诉举报核查处置不及时，对群众反映的问题推诿扯皮。\n"
            "（二）执法乱作为问题。对轻微违法行为机械执法、“一刀切”处罚。\n"
            "二、整改措施\n对照问题清单，局党组研究确定了3项整改措施，明确责任股室和完成时限（具体见附件2），各责任单位要逐项整改。\n"
            "三、保障措施\n（一）压实整改责任。局党组书记履行第一责任人职责。\n（二）强化监督检查。局机关纪委每月开展一次督查。\n"
            "附件：1．某局执法作风问题清单\n2．某局执法作风整改清单\n"
            "附件1　某局执法作风问题清单\n序号\t问题类别\t具体表现\t问题来源\n1\t执法不作为\t投诉举报核查处置超过规定时限\t案卷评查\n"
            "2\t执法乱作为\t对标签瑕疵等轻微违法行为一律处罚\t经营主体座谈\n"
            "附件2　某局执法作风整改清单\n序号\t整改任务及措施\t责任股室\t完成时限\n"
            "1\t建立投诉举报办理时限预警制度，超期件每周通报\t消费者权益保护股\t2023年7月\n"
            "2\t推行说理式执法，行政处罚决定书须载明裁量理由和依据\t法规股\t长期坚持\n"
            "3\t聘请10名经营主体代表担任执法作风监督员\t办公室\t2023年8月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）压", "（二）强", "1\t建立", "2\t推行", "3\t聘请"]


def test_a_run_of_requirements_ending_with_the_in_force_clause_gives_its_items():
    text = ("某市关于改进工作作风的十项规定\n一、精简会议活动。市级会议一律从简，会期不超过半天。\n"
            "二、精简文件简报。没有实质内容的文件一律不发。\n"
            "　　为确保上述规定落到实处，提出以下要求：一是加强监督检查，市纪委每半年开展一次专项检查；"
            "二是严格责任追究,对违反本规定的，视情节轻重给予批评教育；三是各县（区）要于2013年２月底前制定具体办法,"
            "报市委办公室备案.本规定自下发之日起执行。\n抄送：省委办公厅。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["一、精简", "二、精简", "一是加强", "二是严格", "三是各县"]
    assert "本规定自下发" not in m["text"].iloc[-1]


def test_a_section_of_special_tasks_pointing_to_the_attached_table_gives_its_rows():
    text = ("某厅“文山会海”专项整治工作方案\n　　为集中整治厅机关文件过多过滥、简报泛滥、讲话稿冗长等问题，结合厅机关实际，"
            "制定本方案。\n一、整治目标\n厅机关发文数量减少30%以上。\n二、整治任务\n"
            "　　针对查摆出的问题，厅党组研究确定了3项专项整治任务，具体见附件《专项整治任务分解表》。\n"
            "三、保障措施\n（一）加强组织领导。成立专项整治工作领导小组。\n（二）严格考核问责。将整治任务纳入年度考核。\n"
            "　　附件：专项整治任务分解表\n某厅党组\n2014年9月5日\n附件\n专项整治任务分解表\n序号\t整治任务\t牵头处室\t完成时限\n"
            "1\t严格执行年度发文计划，未列入计划的文件一般不予印发\t办公室\t2014年10月起\n"
            "2\t对内容相近的文件实行合并发文\t各处室\t长期坚持\n"
            "3\t简报每期篇幅一般不超过2000字\t办公室\t长期坚持\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）加", "（二）严", "1\t严格", "2\t对内", "3\t简报"]


def test_a_bundled_plans_table_after_its_preamble_ending_as_arranged_gives_its_rows():
    text = ("某局专项整治方案\n一、工作要求\n1.各牵头单位要制定具体实施办法。\n2.厅纪检组要加强对专项整治的监督。\n"
            "某局整改任务安排\n为了巩固活动成果，结合实际，对需要落实的整改任务作如下安排。\n"
            "序号\t整改任务\t牵头处室\t完成时限\n1\t清理规范评比达标表彰活动\t人事处\t2014年10月\n"
            "2\t开展“三公”经费专项检查\t财务处\t2014年11月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.各牵", "2.厅纪", "1\t清理", "2\t开展"]


def test_a_table_of_rules_to_make_revise_or_abolish_is_a_table_of_measures():
    text = ("某局制度建设计划\n一、工作要求\n1.各牵头处室要深入调研，确保制度务实管用。\n2.新建的制度须经审核后提交局党组审定。\n"
            "附件\n制度建设计划表\n序号\t制度名称\t类别\t牵头处室\t完成时限\n"
            "1\t《某局机关公务接待管理办法》\t新建\t办公室\t2014年10月\n"
            "2\t《某局机关公务用车管理办法》\t修订\t服务中心\t2014年11月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.各牵", "2.新建", "1\t《某", "2\t《某"]


def test_a_rule_over_the_cases_it_covers_or_the_ways_they_are_dealt_with_is_one_measure():
    text = ("某县清理规范评比达标表彰活动实施方案\n三、主要措施\n"
            "（一）坚决清理撤销。凡有下列情形之一的评比达标表彰项目，一律予以撤销：\n1．未经批准自行设立的；\n"
            "2．以评比为名向参评单位收取费用的；\n（二）实行分类处理。对清理出的在建项目，按照以下原则分别处理：\n"
            "1.未履行审批程序的，一律停止建设；\n2.超规模、超标准的，一律停止建设，整改到位后方可继续；\n"
            "（三）严禁借机收费。所需经费由主办单位在部门预算中列支。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）坚", "（二）实", "（三）严"]


def test_a_section_of_the_problems_still_to_be_mended_lists_problems():
    text = ("某局整改方案\n　　为了深入贯彻落实中央八项规定精神，扎实推进“四风”问题整改，结合局领导班子查摆的问题，制定本方案。\n"
            "一、指导思想和目标任务\n　　坚持问题导向，通过集中整改，使“四风”方面的突出问题得到有效解决。\n"
            "二、需要整改的主要问题\n（一）形式主义方面：抓工作重部署轻落实，有的工作只停留在会议和文件上。\n"
            "（二）官僚主义方面：服务意识不强，办事效率不高。\n三、整改措施\n（一）深化行政审批制度改革。年底前公布审批事项目录。\n"
            "（二）加强信访工作。建立局领导信访接待日制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）深", "（二）加"]


def test_a_rule_over_the_people_it_covers_is_one_measure():
    text = ("某县领导干部个人有关事项报告抽查核实办法\n　　为规范抽查核实工作，结合本县实际，制定本办法。\n"
            "一、抽查对象的确定\n（一）随机抽查。每年按照10%左右的比例随机抽取抽查核实对象。\n"
            "（二）重点抽查。对下列人员一律进行重点查核：\n1．拟提拔为县管领导干部的考察对象；\n2．拟列为县管后备干部人选的；\n"
            "（三）动态调整。上年度漏报的领导干部，当年列为必查对象。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）随", "（二）重", "（三）动"]


def test_who_a_rule_regulates_is_its_scope():
    text = ("某市规范领导干部配偶、子女及其配偶经商办企业行为工作方案\n　　为深入贯彻中央有关规定，结合我市实际，制定本方案。\n"
            "一、规范对象\n（一）市级领导干部；\n（二）市委管理的领导班子成员和其他市管干部。\n"
            "二、禁止性规定\n1．市级领导干部的配偶、子女及其配偶不得在本市行政区域内经商办企业。\n"
            "2．其他市管领导干部的配偶不得在其管辖的地区和业务范围内经商办企业。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．市级", "2．其他"]


def test_the_cases_for_recalling_a_work_team_member_are_the_rules_content():
    text = ("某县驻村第一书记和工作队员召回管理办法\n　　为从严管理驻村干部，结合我县实际，制定本办法。\n一、召回情形\n"
            "（一）立即召回情形。驻村干部有下列情形之一的，经核实后立即予以召回：\n1.违反政治纪律和政治规矩，造成不良影响的；\n"
            "2.未经批准擅自离岗连续超过3天的。\n（二）限期整改后召回情形。驻村干部有下列情形之一的，责令限期整改：1.年度考核"
            "被确定为基本称职的；2.群众满意度测评低于70%的。\n二、召回程序\n1.调查核实。县委组织部对拟召回人员的有关情况进行调查核实。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）立", "（二）限", "1.调查"]


def test_a_title_over_one_sentence_pointing_to_the_attached_table_gives_the_tables_rows():
    text = ("某村驻村工作队2021年度帮扶工作计划\n　　为做好2021年驻村帮扶工作，结合石樑村实际，制定本计划。\n一、重点任务\n"
            "（一）发展富民产业。新建油茶基地200亩，带动脱贫户30户增收。\n（二）办好民生实事\n"
            "围绕群众急难愁盼问题，工作队今年重点推进2件民生实事，具体项目、责任人和完成时限见附表。\n"
            "二、保障措施\n1.加强组织领导。工作队实行队长负责制，每周召开一次队务会。\n"
            "附表：帮扶项目任务分解表\n\n附表\n帮扶项目任务分解表\n序号\t帮扶任务\t牵头责任人\t完成时限\n"
            "1\t实施通组道路硬化工程3.2公里\t胡立衡\t2021年9月\n2\t新建村级党群服务中心便民服务大厅\t邓佳\t2021年6月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）发", "1.加强", "1\t实施", "2\t新建"]


def test_an_attached_catalogue_after_the_in_force_article_is_no_measure():
    text = ("某县公务卡管理实施细则\n　　为规范公务支出管理，结合本县实际，制定本细则。\n一、公务卡的使用\n"
            "　　1.持卡人应当在消费之日起30日内报销，确保在银行规定的免息还款期内还款，不得以现金形式支付报销款。\n　　2.公务卡不得用于提取现金。\n二、附则\n"
            "　　本细则由县财政局负责解释，自2014年10月1日起施行。\n\n附件2\n\n某县县级预算单位公务卡强制结算目录\n\n"
            "　　1.办公费\n　　2.印刷费\n　　3.咨询费\n　　4.手续费\n　　5.会议费\n　　6.培训费\n\n"
            "　　注：上述支出中单笔金额在200元以下的零星支出，可以使用现金结算。\n\n抄送：县委办公室，县纪委。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.持卡", "2.公务"]


def test_a_lead_to_tasks_over_circled_items_run_inside_its_paragraph_gives_one_measure_each():
    text = ("某市烟草专卖局落实中央八项规定具体办法\n　　为改进工作作风，结合本局实际，制定本办法。\n一、规范专卖执法行为\n"
            "　　坚持依法行政、文明执法，全面推行执法公示和执法全过程记录制度。\n"
            "　　重点规范以下行为：①严禁对零售客户检查时态度粗暴；②严禁利用许可证审批为客户设置障碍；③严禁执法人员接受零售"
            "客户宴请；④严禁以罚代管、选择性执法。\n二、提升客户服务水平\n　　1.全面推行“阳光营销”。\n　　2.规范客户服务窗口。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["坚持依法", "①严禁对", "②严禁利", "③严禁执", "④严禁以",
                                                         "1.全面", "2.规范"]


def test_a_spaced_table_restating_the_measures_above_gives_no_measures():
    text = ("某镇清理规范办公用房实施方案\n　　为贯彻落实中央八项规定精神，结合我镇实际，制定本方案。\n一、整改措施\n"
            "一是立即停止敬老院附属接待用房的使用，已建成的接待用房全部改作敬老院老年人活动室。\n"
            "二是严格按照标准调整书记、镇长办公用房，拆除套间隔墙。\n三是对原镇人大主席的办公室予以收回，由党政办统一登记。\n"
            "二、整改清单\n序号　整改事项　　　　　　　　　　责任人　　　完成时限\n"
            "１　　敬老院附属接待用房改作老年人活动室　　刘德春　　　２０１３年１２月１５日\n"
            "２　　调整书记、镇长办公用房　　　　　　　　张建国　　　２０１３年１１月３０日\n"
            "３　　收回原人大主席办公室　　　　　　　　　李萍　　　　２０１３年１１月３０日\n"
            "三、责任追究\n（一）整改不到位的，追究相关责任人的责任。\n（二）拒不腾退的，由镇纪委立案调查。\n")
    m, spans = extract(text)
    assert [t[:4] for t in m["text"]] == ["一是立即", "二是严格", "三是对原", "（一）整", "（二）拒"]
    row = text.index("１　　敬老院")
    assert spans[(spans["char_start"] <= row) & (spans["char_end"] > row)]["span_kind"].item() == "other"


def test_a_section_sending_the_reader_to_the_attachment_for_its_specific_tasks_gives_the_tables_rows():
    text = ("某县国税局整改方案\n　　为巩固教育实践活动成果，结合我局实际，制定本方案。\n一、整改措施\n"
            "（一）改进服务方式。推行预约办税和延时服务。\n二、集中开展专项整治\n"
            "　　针对群众和纳税人反映强烈的突出问题，集中开展专项整治，具体任务、责任领导、责任股室和完成时限见附件。\n"
            "三、组织保障\n（一）加强组织领导。成立整改工作领导小组。\n"
            "附件\n专项整治任务表\n序号\t整治任务\t责任领导\t完成时限\n1\t清理规范涉税中介服务\t王平\t2014年9月\n"
            "2\t整治办税服务厅“冷硬横推”问题\t李明\t2014年10月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）改", "（一）加", "1\t清理", "2\t整治"]


def test_an_article_stating_a_principle_and_the_end_it_serves_is_no_measure():
    text = ("某局因公出国（境）经费管理办法\n　　第一条　为加强因公出国（境）经费管理，结合我局实际，制定本办法。\n"
            "　　第二条　因公出国（境）经费管理坚持统筹计划、从严控制、规范管理、厉行节约的原则，确保有限的经费用于满足"
            "对外交流合作需要。\n　　第三条　实行年度出国（境）计划管理。未列入年度计划的团组，原则上不得安排出访。\n"
            "　　第四条　严格控制团组规模。每个团组人数不超过6人。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第三条　", "第四条　"]


def test_circled_details_of_a_commitment_run_inside_its_paragraph_stay_with_it():
    text = ("某厅党组推进“两学一做”学习教育常态化制度化实施方案\n　　为推进学习教育常态化制度化，结合厅机关实际，制定本方案。\n"
            "一、主要措施\n（一）以党支部为基本单位落实组织生活制度\n"
            "各党支部要把“三会一课”作为基本抓手，严格执行组织生活各项制度，具体要求如下：①支部党员大会每季度至少召开1次；"
            "②支部委员会会议每月召开1次；③党小组会每月召开1次。\n（二）引导党员发挥先锋模范作用\n"
            "1．开展“党员示范岗”创建活动。在窗口服务岗位设立党员示范岗。\n2．深化“百名党员进百村”活动。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）以", "1．开展", "2．深化"]


def test_a_section_reporting_the_risks_a_check_found_lists_no_measures():
    text = ("某镇严肃换届纪律工作方案\n　　为严肃换届纪律，确保换届风清气正，结合我镇实际，制定本方案。\n"
            "一、换届风气风险点排查情况\n　　镇党委于8月中旬对换届风气进行了摸底排查，初步梳理出以下风险点：\n"
            "　　1、个别干部对换届纪律认识不足，存在打听人事消息的现象；\n　　2、个别村存在宗族势力影响代表选举的苗头。\n"
            "二、主要工作措施\n　　1、强化纪律教育。组织全镇干部学习“九个严禁”。\n　　2、严格监督检查。镇纪委全程监督换届工作。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1、强化", "2、严格"]


def test_a_topic_with_its_main_problems_field_gives_the_measures_its_remedy_label_leads_to():
    text = ("某林业局党委整改方案\n　　为抓好整改落实，结合我局实际，制定本方案。\n一、问题清单和整改措施\n（一）形式主义方面\n"
            "　　主要问题：调研多在场部和交通沿线林场，深入偏远管护站少；会议多、材料多。\n　　整改措施：\n"
            "　　①局领导班子成员每人每年深入基层林场调研不少于50天。\n　　②2014年局发文件和召开会议数量比上年减少30%。\n"
            "（二）官僚主义方面\n　　主要问题：对林区职工群众反映的问题回应不及时。\n"
            "　　整改措施：①实施林区棚户区改造，2014年完成改造住房420户；②解决3个偏远林场职工饮水安全问题。\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["①局", "②2", "①实", "②解"]


def test_a_lead_to_requirements_over_parenthesised_items_inside_its_paragraph_gives_one_measure_per_item():
    text = ("某局整改方案\n　　为抓好整改落实，结合我局实际，制定本方案。\n一、主要措施\n"
            "（一）严格控制会议数量，全局性会议每年不超过两次，会议时间一般不超过半天，严禁陪会。\n"
            "（二）精简文件简报，没有实质内容的文件一律不发，可发可不发的一律不发。\n二、工作要求\n"
            "　　为确保整改取得实效，提出如下要求：（1）加强领导，落实责任。局党组书记为第一责任人。"
            "（2）公开透明，接受监督。整改方案在门户网站公示。（3）严格督查，确保实效。局纪检组每月督查一次。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）精", "（1）加", "（2）公", "（3）严"]


def test_who_a_study_campaign_covers_and_when_is_no_measure():
    text = ("某镇党纪学习教育实施方案\n　　为开展党纪学习教育，结合我镇实际，制定本方案。\n一、指导思想\n"
            "　　以习近平新时代中国特色社会主义思想为指导，引导全镇党员干部学纪、知纪、明纪、守纪。\n二、学习教育对象和时间\n"
            "　　党纪学习教育面向全镇党员，重点是镇领导班子成员、镇机关干部、村（社区）“两委”成员。学习教育从2024年4月开始，"
            "到7月底基本结束。\n三、主要任务\n（一）抓实学习教育\n1.个人自学。全镇党员要以《条例》为主要内容开展个人自学。\n"
            "2.集中学习。镇党委理论学习中心组每月集中学习一次。\n（二）深入查摆问题\n1.广泛征求意见。镇党委召开座谈会听取意见。\n"
            "2.开展对照检查。党员干部对照党章党规党纪查摆问题。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.个人", "2.集中", "1.广泛", "2.开展"]


@pytest.mark.parametrize("pointer", [
    "对照县委部署，集中开展6项专项整治，具体整治任务、责任领导和完成时限详见附件。",
    "围绕群众反映强烈的突出问题，全镇重点开展2个方面的专项整治。各项整治任务的具体内容、牵头单位和完成时限，详见附件。",
])
def test_a_section_pointing_to_the_attached_table_for_its_tasks_gives_the_rows(pointer):
    text = ("某镇整改落实方案\n　　为抓好整改落实，结合我镇实际，制定本方案。\n一、整改措施\n"
            "（一）改进学习方式。坚持每月第一个星期一为镇机关集中学习日，学习考勤纳入干部平时考核。\n"
            f"二、集中开展专项整治\n　　{pointer}\n三、组织保障\n（一）加强组织领导。成立整改工作领导小组。\n"
            "附件\n专项整治任务表\n序号\t整治任务\t责任领导\t完成时限\n1\t开展“庸懒散”问题专项整治\t刘建新\t2014年9月\n"
            "2\t开展“走读”问题专项整治\t周立军\t2014年8月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）改", "（一）加", "1\t开展", "2\t开展"]


def test_a_task_section_pointing_to_an_unsigned_plans_attached_list_gives_the_rows_not_itself():
    # (三、整改措施 / 针对…形成《…整改任务清单》（见附件），共2项。市委常委会将严格按照清单抓好落实…, the list attached
    # with no signature before it: the rows are the measures, the section's paragraph only sends the reader to them)
    text = ("市委常委会整改方案\n　　为抓好整改落实，结合实际，制定本方案。\n一、整改措施\n"
            "　　针对查摆出的问题，市委常委会逐项制定了整改措施，明确了牵头领导、责任单位和完成时限，形成《市委常委会整改任务"
            "清单》（见附件），共2项。市委常委会将严格按照清单抓好落实，做到问题不解决不放过。\n"
            "二、制度建设\n　　①修订《市委常委会工作规则》，健全重大事项集体决策制度。\n　　②建立市级领导干部基层联系点制度。\n"
            "附件\n市委常委会整改任务清单\n序号\t整改任务\t牵头领导\t完成时限\n1\t全市性会议比上年减少30%以上\t刘建新\t2014年9月\n"
            "2\t全面清理超编超标配备的公务用车\t周立军\t2014年8月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①修订《", "②建立市", "1\t全市", "2\t全面"]


def test_an_article_stating_a_principle_is_no_measure_when_a_page_number_follows_it():
    text = ("某厅“三公”经费管理暂行办法\n第一章　总则\n第一条　为加强“三公”经费管理，结合本厅实际，制定本办法。\n"
            "第二条　“三公”经费管理遵循从严从简、勤俭办事、总额控制、公开透明的\n原则。\n\n- 1 -\n\n第二章　预算管理\n"
            "第三条　“三公”经费实行预算管理。各单位应当在部门预算中单独列示“三公”经费，未列入预算的不得支出。\n"
            "第四条　“三公”经费预算实行总额控制，只减不增。\n")
    page = text.index("- 1 -")
    assert [t[:3] for t in extract(text, [(page, page + 5)])[0]["text"]] == ["第三条", "第四条"]


def test_every_paragraph_under_a_topic_title_is_a_measure_headed_or_not():
    text = ("某县政府党组整改落实方案\n　　为抓好整改落实，结合实际，制定本方案。\n一、整改措施\n（一）在反对形式主义上下功夫\n"
            "　　一是切实改进会风。县政府全体会议每年召开1至2次，常务会议原则上每月召开1次。\n"
            "　　二是切实改进文风。县政府发文数量在2013年基础上减少25%以上。\n（二）在反对享乐主义上下功夫\n"
            "　　县政府党组成员要带头深入基层、深入群众，切实做到“五个一”：一是每周至少安排1天深入乡镇；"
            "二是每月至少开展1次专题调研；三是每季度至少召开1次群众代表座谈会。\n"
            "　　加强干部队伍日常管理。严格执行机关工作人员考勤和请销假制度，每月至少开展1次明察暗访。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是切实", "二是切实", "县政府党", "加强干部"]


def test_a_commitment_with_the_points_it_focuses_on_gives_one_measure_per_point():
    text = ("某镇实施细则\n　　为改进工作作风，结合我镇实际，制定本细则。\n一、改进调查研究\n"
            "　　一是镇党政班子成员每月深入联系村调研不少于4天，每年撰写1篇调研报告。\n　　二是调研要轻车简从，不打招呼、直奔现场。\n"
            "二、精简会议活动\n　　严格控制会议数量和规模，重点做到：一是全镇性工作会议每月原则上只召开1次；"
            "二是全镇性会议时间一般不超过1个半小时；三是会议一律不摆放花草，不发放纪念品。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是镇党", "二是调研", "一是全镇", "二是全镇", "三是会议"]


@pytest.mark.parametrize("sep", ["", "\n　　"])
def test_a_title_sentence_leading_to_tasks_of_its_own_gives_one_measure_per_task(sep):
    text = ("某县政府办公室关于精简会议文件的通知\n　　为精简会议文件，现就有关事项通知如下。\n一、精简文件简报\n"
            "　　（一）从严控制发文数量。凡现行文件规定仍然适用的，一律不再制发文件，发文数量比上年压缩20%以上。\n"
            f"　　（二）严格规范简报。重点抓好以下几项工作：{sep}一是各部门原则上只保留1种简报；{sep}"
            f"二是简报篇幅一般不超过2000字；{sep}三是不得向领导同志个人报送简报。\n"
            "　　（三）推进公文无纸化传输。2013年底前实现公文电子化传输全覆盖。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）从", "一是各部", "二是简报", "三是不得", "（三）推"]


def test_a_table_header_whose_cells_stand_one_space_apart_is_no_measure():
    text = ("某镇整改方案\n　　为抓好整改落实，结合我镇实际，制定本方案。\n一、整改措施\n"
            "（一）严控接待开支。镇机关公务接待一律在机关食堂安排工作餐，不上酒水。\n二、为民办实事项目清单\n"
            "　　镇党委承诺在年内办好以下实事:\n序号\u3000实事项目\u3000责任领导\u3000责任单位\u3000完成时限\n"
            "１\u3000新建3处集中供水工程\u3000副镇长 刘海平\u3000镇水利站\u3000２０１４年12月底\n"
            "２\u3000硬化通村公路8.5公里\u3000镇长 何志强\u3000镇交管站\u3000２０１４年11月底\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["（一）", "１\u3000新", "２\u3000硬"]


def test_a_run_opening_a_line_of_a_hard_wrapped_copy_goes_on_into_the_lines_it_runs_on_into():
    lines = ["某市关于改进工作作风的具体措施", "　　为改进工作作风，密切联系群众，结合实际，制定以下措", "施。",
             "　　一、改进调查研究", "　　一是市级领导干部每年到基层调研时间不少于2个月，调研",
             "要直接到乡镇、村组、社区和企业；二是调研要轻车简从，随行",
             "人员不超过5人，不搞层层陪同；三是调研期间不张贴悬挂标语",
             "横幅，不安排群众迎送，不铺设迎宾地毯，不摆放花草，不安排", "宴请。",
             "　　二、精简会议活动", "　　一是严格控制会议数量，市委、市政府召开的全市性会议每",
             "年不超过15个；二是严格控制会议规模和会期，全市性会议一般只",
             "开到县（市、区）分管负责人，会期原则上不超过1天。"]
    text = "\n".join(lines) + "\n"
    assert [t[:3] for t in extract(text)[0]["text"]] == ["一是市", "二是调", "三是调", "一是严", "二是严"]


def test_a_paragraph_saying_whom_the_plan_covers_after_its_last_item_is_not_that_measure():
    text = ("某县关于改进工作作风的若干规定\n一、改进调查研究\n1.县级领导干部每年到基层调研时间不少于60天。\n"
            "2.调研要轻车简从，不搞层层陪同。\n二、加强监督检查\n1.县纪委每半年对执行本规定情况进行一次专项检查，检查结果在全县通报。\n"
            "2.对违反本规定的，视情节轻重严肃处理，并在新闻媒体上公开曝光，确保各项要求落到实处，决不搞下不为例。\n\n"
            "　　本规定适用于县委、县人大常委会、县政府、县政协领导班子成员。乡镇和县直各单位领导班子成员参照执行。\n")
    measures_, spans = extract(text)
    assert measures_["text"].iloc[-1].endswith("决不搞下不为例。")
    scope = text.index("本规定适用于")
    assert spans[(spans.char_start <= scope) & (spans.char_end > scope)]["span_kind"].tolist() == ["preamble"]


def test_a_focus_section_naming_who_does_wrong_lists_problems_not_measures():
    text = ("某省“文山会海”专项整治方案\n　　为切实解决“文山会海”问题，结合我省实际，制定本方案。\n一、整治目标\n"
            "　　通过专项整治，使会议文件数量明显减少，会风文风明显改进。\n二、整治重点\n"
            "　　（一）会议过多过滥。一些地方和部门习惯于以会议落实会议，层层开会、重复开会，陪会现象普遍。\n"
            "　　（二）会风文风不实。有的会议准备不充分、议而不决；有的文件可发可不发的也发，可短可长的一律往长里写。\n"
            "三、整治措施\n　　1.严格控制会议数量。全省性会议实行年度计划管理，未列入计划的会议原则上不得召开。\n"
            "　　2.严格控制发文数量。省直部门发文数量比上年减少三分之一以上。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.严格", "2.严格"]


FORWARDED = ("江陵市教育局关于在全市教育系统开展“四风”问题专项整治的通知\n各县（市、区）教育局，市直各学校：\n"
             "　　为深入开展党的群众路线教育实践活动，经研究，决定在全市教育系统开展“四风”问题专项整治，现将有关事项通知如下:\n"
             "一、整治内容\n1．集中整治文山会海。市教育局全年召开全市性会议比上年减少20%,各类文件、简报比上年减少30%。\n"
             "2．集中整治教育乱收费。严格执行国家和省收费政策,对违规收费问题一经查实,坚决清退并追究学校负责人责任。\n"
             "二、工作要求\n1．各县（市、区）教育局要高度重视，成立相应工作机构，制定具体实施方案，于10月31日前报市教育局。\n"
             "2．市教育局将组织专项督查组，对各地各校专项整治开展情况进行督查，督查结果纳入年度目标考核。\n")


def test_a_forwarding_notice_s_own_requirements_in_sections_are_measures_beside_the_forwarded_plan():
    text = ("潞溪县教育局关于转发《江陵市教育局关于开展“四风”问题专项整治的通知》的通知\n各乡镇中心学校，县直各学校：\n"
            "　　现将《江陵市教育局关于开展“四风”问题专项整治的通知》转发给你们，请结合实际认真贯彻执行。结合我县教育工作实际，"
            "现就有关要求通知如下:\n一、整治重点\n（一）整治“文山会海”。\n"
            "1．全县教育系统会议一律精简，县教育局召开的全县性会议每学期不超过4次，每次会期不超过半天。\n"
            "2．局机关各股室向学校发文须经局办公室审核，没有实质内容的通知、简报一律不发。\n"
            "（二）整治公款吃喝和公车私用。各学校一律不得用公款相互宴请，学校车辆节假日期间一律封存。\n二、工作要求\n"
            "（一）加强组织领导。局成立专项整治工作领导小组，由局长任组长。\n"
            "（二）强化督查问责。局监察室要开展随机抽查，对整改不力的学校对校长进行约谈。\n"
            "　　　　　　　　潞溪县教育局\n　　　　　　　　2013年10月21日\n" + FORWARDED)
    assert [t[:4] for t in extract(text)[0]["text"]] == [
        "1．全县", "2．局机", "（二）整", "（一）加", "（二）强", "1．集中", "2．集中", "1．各县", "2．市教"]


def test_every_notice_forwarding_the_plan_gives_its_own_requirements():
    text = ("中共青溪县委办公室文件\n青办发〔2013〕7号\n中共青溪县委办公室关于转发《中共澧州市委办公室关于转发〈中共岚川省委办公厅"
            "关于改进工作作风的实施意见〉的通知》的通知\n各乡镇党委，县直各单位：\n"
            "　　现将《中共澧州市委办公室关于转发〈中共岚川省委办公厅关于改进工作作风的实施意见〉的通知》转发给你们。"
            "经县委同意，结合我县实际，提出如下要求，请一并认真贯彻执行。\n"
            "　　一、切实提高思想认识。各乡镇、各部门要于3月15日前召开专题会议传达学习，结合实际制定具体落实措施。\n"
            "　　二、从严控制会议活动。县委、县政府召开的全县性会议全年不超过8个，会期一般不超过半天。\n"
            "　　　　　　　　中共青溪县委办公室\n　　　　　　　　　　2013年3月6日\n"
            "中共澧州市委办公室\n关于转发《中共岚川省委办公厅关于改进工作作风的实施意见》的通知\n澧办发〔2013〕5号\n"
            "各县（市、区）委，市委各部委：\n　　《中共岚川省委办公厅关于改进工作作风的实施意见》已经省委同意，现转发给你们，"
            "并提出如下要求，请一并贯彻执行。\n"
            "　　1．各地各部门要迅速组织传达学习，主要负责同志要带头执行，以上率下。\n"
            "　　2．市级领导同志到基层调研，一律轻车简从、减少陪同，不安排迎送，不张贴悬挂标语横幅。\n"
            "　　　　　　　　中共澧州市委办公室\n　　　　　　　　　　2013年2月25日\n"
            "中共岚川省委办公厅关于改进工作作风的实施意见\n"
            "　　为深入贯彻中央政治局关于改进工作作风、密切联系群众的八项规定，结合我省实际，提出如下实施意见。\n"
            "　　一、改进调查研究。省级领导同志每人每年到基层调研时间不少于60天，调研轻车简从，不搞层层陪同。\n"
            "　　二、精简会议活动。严格控制以省委、省政府名义召开的全省性会议，提倡开短会、讲短话。\n"
            "　　三、精简文件简报。可发可不发的文件、没有实际内容的简报一律不发，省直部门简报只保留一种。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == [
        "一、切实", "二、从严", "1．各地", "2．市级", "一、改进", "二、精简", "三、精简"]


def test_a_notice_s_lead_asking_for_its_requirements_to_be_carried_out_may_end_with_a_colon():
    text = ("中共漾水镇委员会文件\n漾发〔2013〕11号\n中共漾水镇委员会关于转发《蓼川县关于改进工作作风的实施办法》的通知\n"
            "各村（社区）党支部，镇直各单位：\n现将《蓼川县关于改进工作作风的实施办法》转发给你们，请结合实际认真贯彻执行。"
            "结合我镇实际，提出以下要求，请各村（社区）、各单位一并抓好落实：\n"
            "（一）深入开展驻村联户。镇党政领导班子成员每人联系1至2个村（社区），每月驻村时间不少于4天。\n"
            "（二）严格村级财务管理。各村（社区）一律不得列支招待费，上级来村检查工作一律不安排用餐。\n"
            "中共漾水镇委员会\n2013年4月12日\n"
            "蓼川县关于改进工作作风的实施办法\n为改进全县各级领导机关和领导干部工作作风，结合我县实际，制定本实施办法。\n"
            "一、改进调研工作\n1．县级领导干部每年到基层调研不少于40天，每人每年至少撰写1篇调研报告。\n"
            "2．调研一律轻车简从，乡镇只安排1名负责同志陪同。\n二、精简会议\n"
            "1．县委、县政府全体会议以外的全县性会议，每年不超过10个，会期不超过半天。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）深", "（二）严", "1．县级", "2．调研", "1．县委"]


def test_a_circled_item_after_a_sentence_end_in_its_predecessor_s_line_is_the_next_item():
    text = ("某区问题清单及整改措施\n　　为抓好整改，结合实际，制定本清单。\n一、文风会风方面\n　　整改措施：\n"
            "　　①区委、区政府发文数量在２０１８年基础上压减３０%以上，区直部门发文压减１５%以上。\n"
            "　　②严格会议审批，全区性会议由区委办公室统筹安排，会议时间一般不超过1小时。③大力推行视频会议,不得要求街道"
            "主要负责同志参加区直部门业务工作会议,严禁层层陪会.\n二、调查研究方面\n　　整改措施：\n"
            "　　①区级领导干部每年到基层调研不少于60天，每人每年形成1篇高质量调研报告。\n"
            "　　②调研一律轻车简从，不提前通知、不层层陪同、不搞迎来送往。\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["①区", "②严", "③大", "①区", "②调"]


def test_a_paragraph_that_only_points_to_the_attachment_is_no_measure():
    text = ("某局贯彻落实八项规定实施细则\n　　为改进工作作风，结合我局实际，制定本细则。\n一、改进调查研究\n"
            "　　1．局领导班子成员每年到基层调研不少于30天，每人确定1个基层联系点。\n二、加强监督检查\n"
            "　　强化组织领导。局党组对贯彻落实八项规定负总责，局党组书记为第一责任人。\n"
            "　　严格监督检查。驻局纪检组采取定期检查与随机抽查相结合的方式开展监督检查。\n"
            "　　严肃责任追究。对违反本细则的，视情节轻重给予批评教育、诫勉谈话或组织处理。\n"
            "　　具体工作任务分解见附件。\n三、本细则自印发之日起施行。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．局领", "强化组织", "严格监督", "严肃责任"]


def test_an_attachment_s_own_note_in_brackets_does_not_pull_the_attachment_into_the_plan():
    text = ("中共某厅党组关于印发“六个严禁”的通知\n各市州交通运输局，厅直各单位：\n"
            "　　为加强作风建设，厅党组制定了“六个严禁”，现通知如下：\n一、“六个严禁”内容\n"
            "　　（一）严禁违规插手干预交通建设工程项目招投标、工程分包和材料采购。\n"
            "　　（二）严禁收受项目业主、施工、监理单位以及管理服务对象的礼金和有价证券。\n二、工作要求\n"
            "　　（一）抓好宣传公示。各单位要将“六个严禁”制成公示牌上墙公示，公示牌样式见附件1。\n"
            "　　（二）强化监督检查。厅纪检组每半年对各地各单位执行情况开展一次督查。\n"
            "　　附件：1.“六个严禁”公示牌样式\n　　　　　2.监督举报电话一览表\n中共某厅党组\n2013年4月12日\n"
            "附件1\n“六个严禁”公示牌样式\n一、严禁违规插手干预工程招投标\n二、严禁收受礼金、有价证券\n"
            "岚川省交通运输厅纪检组、监察室　监制\n（公示牌规格：长120厘米、宽80厘米，蓝底白字，不锈钢材质，由各单位\n"
            "自行制作。）\n附件2\n监督举报电话一览表\n单位\u3000\u3000\u3000\u3000举报电话\n"
            "省公路管理局纪委\u3000\u3000\u3000\u30000731-84561120\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）严", "（一）抓", "（二）强"]


def test_the_last_rule_before_the_rule_set_s_own_lead_to_its_penalties_is_a_measure():
    text = ("某县公安局改进警风警纪“八条禁令”\n　　为加强队伍作风建设，制定以下禁令。\n"
            "　　一、严禁工作日饮酒和着警服在公共场所饮酒，严禁酒后驾驶机动车辆。\n"
            "　　二、严禁公车私用，严禁驾驶警车接送子女上下学、出入娱乐场所和办理私事。\n"
            "　　三、严禁违反枪支管理规定携带枪支饮酒、进入娱乐场所。枪支弹药一律实行集中统一保管。\n\n"
            "　　违反本禁令的，按以下规定处理：\n"
            "　　（一）违反第一条、第二条的，给予通报批评并责令作出书面检查；情节较重的，给予警告以上处分。\n"
            "　　（二）违反第三条的，一律停止执行职务，给予记大过以上处分；构成犯罪的，依法追究刑事责任。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["一、严", "二、严", "三、严", "（一）", "（二）"]


def test_an_attached_list_of_the_rules_a_plan_will_make_gives_one_measure_per_rule():
    text = ("中共某县教育局党组关于印发专项整治方案的通知\n各学校：\n　　现将《专项整治方案》印发给你们，请认真贯彻执行。\n"
            "某县教育系统专项整治方案\n　　为深入开展专项整治，结合实际，制定本方案。\n一、整治重点\n"
            "　　（一）整治违规收费。严格执行教育收费公示制度，严禁擅自设立收费项目。\n"
            "　　（二）整治有偿补课。严禁在职教师有偿补课和到校外培训机构兼职兼薪。\n二、工作要求\n"
            "　　（一）注重建章立制。各学校要针对专项整治中暴露的问题健全长效机制，具体任务见附件。\n"
            "　　附件：某县教育系统专项整治建章立制清单\n中共某县教育局党组\n2023年10月10日\n附件\n某县教育系统专项整治建章立制清单\n"
            "　　1.制定《中小学校服选用采购管理办法》，明确家长委员会参与采购。（牵头股室：装备股；完成时限：2023年12月底前）\n"
            "　　2.修订《中小学校食堂管理办法》，完善食材集中采购制度。（牵头股室：营养办；完成时限：2023年12月底前）\n"
            "　　3.建立教育收费“一校一档”年度审核制度。（牵头股室：计财股；完成时限：2023年11月底前）\n"
            "中共某县教育局党组办公室　　　　　　2023年10月12日印发\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）整", "（二）整", "（一）注", "1.制定", "2.修订", "3.建立"]


def test_circled_items_a_lost_break_and_a_damaged_stop_ran_together_are_two_measures():
    text = ("某镇整改方案\n　　为抓好整改落实，结合我镇实际，制定本方案。\n一、整改措施\n（一）密切联系群众\n"
            "　　①镇领导班子成员每月驻村时间不少于８天,每年走访农户不少于１００户.\n"
            "　　②实行领导干部接访下访制度,镇党委书记、镇长每月各安排１天接待群众来访.\n（二）精简会议文件\n"
            "　　①严格控制会议,全镇性大会每季度不超过１次,会议不超过半天.②精简文件简报,县里文件已有明确规定的不再转发.\n"
            "（三）规范公务接待\n　　①镇机关公务接待一律在机关食堂安排工作餐,不上酒水.\n　　②镇机关公务用车实行统一派车.\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["①镇", "②实", "①严", "②精", "①镇", "②镇"]


def test_the_issuing_office_s_lines_after_an_attached_rule_set_are_not_its_last_rule():
    text = ("中共某县教育局党组关于印发专项整治方案的通知\n各学校：\n　　现将《专项整治方案》印发给你们，请认真贯彻执行。\n"
            "某县教育系统专项整治方案\n　　为深入开展专项整治，结合实际，制定本方案。\n一、整治重点\n"
            "　　（一）整治违规收费。严格执行教育收费公示制度，严禁擅自设立收费项目。\n"
            "　　（二）整治有偿补课。严禁在职教师有偿补课和到校外培训机构兼职兼薪。\n"
            "　　附件：某县教育系统专项整治建章立制清单\n附件\n某县教育系统专项整治建章立制清单\n"
            "　　1.制定《中小学校服选用采购管理办法》。（牵头股室：装备股；完成时限：2023年12月底前）\n"
            "　　2.修订《中小学校食堂管理办法》。（牵头股室：营养办；完成时限：2023年12月底前）\n"
            "　　3.建立教育收费“一校一档”年度审核制度。（牵头股室：计财股；完成时限：2023年11月底前）\n\n"
            "中共某县教育局党组办公室　　　　　　2023年10月12日印发\n")
    assert extract(text)[0]["text"].iloc[-1].endswith("完成时限：2023年11月底前）")


def test_a_parenthesised_item_after_a_sentence_end_in_its_predecessor_s_line_is_the_next_item():
    text = ("某市委常委会整改方案\n　　为抓好整改落实，结合实际，制定本方案。\n三、整改任务和措施\n（一）集中解决形式主义问题\n"
            "　　（1）改进会风文风。全市性会议每年控制在10个以内，会议时间一般不超过1个半小时。\n"
            "　　(2)改进调查研究。市委常委每年到基层调研不少于70天，每人每年至少蹲点调研1次。\n"
            "　　（3）规范督查考核。全市性检查考核项目压缩50%以上，严禁以“材料”论英雄。\n（二）集中解决享乐主义问题\n"
            "　　（1）严格执行工作纪律。建立机关干部考勤通报制度，对上班时间擅离职守、上网炒股等行为严肃处理。"
            "（2）开展“治庸治懒”专项行动。对工作拖沓、敷衍塞责、不作为的干部,视情节实行诫勉谈话或组织调整。\n"
            "（三）集中解决奢靡之风问题\n　　（1）严格控制公务接待。接待一律安排在定点饭店，陪餐人数不超过3人。\n"
            "　　(2)规范公车使用。推行公务用车标识化管理，严禁公车私用,节假日公车一律封存。\n"
            "　　（3）坚决刹住“人情风”。严禁党员干部借婚丧嫁娶之机大操大办、收钱敛财。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == [
        "（1）", "(2)", "（3）", "（1）", "（2）", "（1）", "(2)", "（3）"]


def test_a_title_sentence_leading_to_special_campaigns_of_its_own_gives_one_measure_per_campaign():
    text = ("某县能力作风建设年实施方案\n　　为深入开展能力作风建设年活动，结合实际，制定本方案。\n一、重点任务\n"
            "　　（一）在能力提升上求突破。坚持把学习作为干部成长进步的第一需要，每季度举办一期专题培训班。\n"
            "　　（二）在专项整治上求突破。集中开展以下三项专项整治：一是开展“中梗阻”专项整治，重点查处推诿扯皮问题；"
            "二是开展“庸懒散”专项整治，采取明察暗访方式检查工作纪律；三是开展“慢作为”专项整治，对重点工作实行挂牌督办。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）在", "一是开展", "二是开展", "三是开展"]


def test_an_attached_table_pairing_problems_with_measures_without_numbers_gives_one_measure_per_row():
    text = ("县卫生局党委整改方案\n　　为抓好整改落实，结合全县卫生工作实际，制定本方案。\n一、整改重点\n"
            "局党委共梳理出需要整改的问题3条。针对每个问题，局党委逐项制定了整改措施，明确责任人和完成时限，形成整改清单（见附件）。\n"
            "二、工作要求\n（一）加强领导，落实责任。局党委书记对整改工作负总责，班子成员按分工各负其责。\n"
            "（二）公开承诺，接受监督。整改方案和整改结果在局门户网站公示。\n\n附件：县卫生局党委整改清单\n\n附件\n"
            "县卫生局党委整改清单\n问题\t措施\t责任人\t时限\n"
            "深入基层调研少\t局班子成员每人联系2个乡镇卫生院，每季度到联系点调研不少于1次\t冯志远\t长期坚持\n"
            "门诊排队时间长\t推行预约诊疗、分时段就诊和“一站式”服务\t吕红梅\t2014年11月底前\n"
            "新农合基金监管不严\t开展新农合基金专项检查，对定点医疗机构实行动态管理\t苏立华\t2014年10月底前\n")
    assert [t.split("\t")[0][:4] for t in extract(text)[0]["text"]] == ["（一）加", "（二）公", "深入基层", "门诊排队", "新农合基"]


def test_an_attached_list_of_research_topics_gives_one_measure_per_topic():
    text = ("中共某县委办公室关于印发大兴调查研究实施方案的通知\n各乡镇，县直各单位：\n　　现将《实施方案》印发给你们，请认真贯彻落实。\n"
            "某县大兴调查研究实施方案\n　　为深入贯彻落实中央关于在全党大兴调查研究的部署，结合实际，制定本方案。\n一、调研内容\n"
            "　　一是围绕推动高质量发展开展调研；二是围绕群众急难愁盼问题开展调研；三是围绕全面从严治党开展调研。\n二、工作要求\n"
            "　　1.轻车简从。调研一律轻车简从，不搞层层陪同，不增加基层负担。\n　　2.务求实效。每项课题形成1篇调研报告。\n"
            "　　附件：县级领导干部调研课题清单\n中共某县委办公室\n2023年4月20日\n附件\n县级领导干部调研课题清单\n"
            "序号\t调研课题\t牵头领导\t完成时限\n1\t关于县茶产业全链条发展的调研\t王平\t2023年8月\n"
            "2\t关于县经济开发区营商环境的调研\t李明\t2023年8月\n3\t关于基层减负成效的调研\t张华\t2023年9月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是围绕", "二是围绕", "三是围绕", "1.轻车", "2.务求",
                                                          "1\t关于", "2\t关于", "3\t关于"]


def test_a_notice_s_lead_to_its_own_requirements_may_end_with_a_full_stop():
    text = ("中共某省委办公厅文件\n某办发〔2013〕9号\n中共某省委办公厅\n印发《任务分工方案》的通知\n各市、州党委，省直各单位：\n"
            "　　《任务分工方案》已经省委领导同志同意，现印发给你们，并就有关事项通知如下。\n"
            "　　一、提高思想认识。各地各部门要把贯彻落实《实施意见》作为一项重要政治任务，主要负责同志要亲自研究部署。\n"
            "　　二、细化落实措施。各牵头单位要在本通知印发后30日内制定具体落实措施，报省委办公厅备案。\n"
            "中共某省委办公厅\n2013年2月20日\n\n任务分工方案\n　　为确保《实施意见》各项规定落到实处，现将主要任务分解如下。\n"
            "一、改进调查研究\n　　1．省级领导干部每年到基层调研不少于2个月。\n　　2．调研轻车简从，不搞层层陪同。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、提高", "二、细化", "1．省级", "2．调研"]


def test_a_topic_title_s_run_in_a_hard_wrapped_copy_goes_on_over_the_wrapped_lines():
    lines = ["某县地方税务局党组整改方案", "　　为抓好整改落实，结合我局实际，制定本方", "案。",
             "一、整改措施",
             "（一）着力整治形式主义。一是精简会议文件，全局性会议每年控制在3",
             "次以内，会议时间不超过半天；二是改进调查研究，局领导每年到基层调",
             "研不少于30天，每人确定1个基层联系点；三是规范检查考核，对基层分",
             "局的检查考核每年不超过2次。",
             "（二）着力整治奢靡之风。一是严格公务接待，执行公函制度和接待清单",
             "制度，不上高档菜肴和酒水；二是严格公务用车管理，节假日一律封存",
             "停放，严禁公车私用。"]
    text = "\n".join(lines) + "\n"
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是精简", "二是改进", "三是规范", "一是严格", "二是严格"]


def test_headed_paragraphs_whose_heading_sentence_ends_in_a_damaged_half_width_stop_are_measures_each():
    text = ("某县卫健局纠治四风工作方案\n　　为深入纠治四风，结合实际，制定本方案。\n一、重点任务\n"
            "（一）持续整治形式主义\n　　1.精简文件会议.局机关发文数量压减10%。\n　　2.统筹督查检查考核。同一事项一年只检查一次。\n"
            "（二）深化医药领域不正之风治理\n"
            "　　规范医药代表接待。各医疗机构统一设置医药代表接待室,实行预约登记.\n"
            "　　规范学术会议赞助。医疗机构接受企业赞助的,须签订书面协议.\n"
            "　　规范外出进修和学术交流.医务人员外出进修实行审批报备制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.精简", "2.统筹", "规范医药", "规范学术", "规范外出"]


def test_a_section_of_problems_found_by_two_verbs_before_chu_de_is_no_step_of_work():
    text = ("县公安局执法办案领域作风问题检视清单和整改措施\n　　为深入开展主题教育，现将检视出的问题和整改措施列出如下。\n"
            "一、检视查摆出的主要问题\n1. 执法理念有偏差。少数民警重打击轻保护、重实体轻程序。\n"
            "2. 受案立案不规范。个别单位存在选择性立案、压案不立等问题。\n"
            "二、整改措施\n（一）全面落实受案立案制度改革，所有警情一律通过执法办案平台登记受理。\n"
            "（二）建立案件两级审核制度，重大复杂案件由法制大队集体审核。\n")
    measures, spans = extract(text)
    assert [t[:4] for t in measures["text"]] == ["（一）全", "（二）建"]
    assert "".join(text[r.char_start:r.char_end] for r in spans.itertuples() if r.span_kind == "problem").count("。") == 4


def test_a_section_whose_one_sentence_sends_the_reader_to_a_titled_attached_task_table_takes_its_rows():
    text = ("某集团四风问题专项整治实施方案\n　　为扎实开展专项整治，结合实际，制定本方案。\n一、整治措施\n"
            "（一）整治文山会海。集团层面综合性会议每年不超过2次。\n（二）整治公务用车。公务用车实行集中管理、统一调度。\n"
            "二、建立健全长效机制\n　　坚持立行立改与建章立制相结合，集团党委确定了一批需要制定修订的制度，明确牵头部门和完成时限，"
            "具体见附件《四风问题专项整治制度建设任务表》。\n三、工作要求\n（一）加强组织领导。集团成立专项整治领导小组。\n"
            "（二）严肃执纪问责。集团纪委加强监督检查。\n"
            "附件：四风问题专项整治制度建设任务表\n某集团党委\n2014年8月15日\n附件\n四风问题专项整治制度建设任务表\n"
            "序号\t制度建设任务\t牵头部门\t完成时限\n1\t修订《集团会议和文件管理办法》，明确会议审批要求\t办公室\t2014年10月底前\n"
            "2\t制定《集团业务接待管理办法》，明确接待标准\t办公室\t2014年11月底前\n"
            "3\t制定《集团办公用房管理办法》，建立定期核查制度\t综合管理部\t2014年12月底前\n")
    texts = [t[:4] for t in extract(text)[0]["text"]]
    assert "坚持立行" not in texts and texts[-3:] == ["1\t修订", "2\t制定", "3\t制定"]


def test_a_numbered_dated_order_opening_a_supplementary_section_of_closing_clauses_is_a_measure():
    def text(order):
        return ("某集团领导人员履职待遇和业务支出管理办法\n一、总则\n　　1.为规范领导人员履职待遇，制定本办法。\n二、业务招待\n"
                "　　1.严格控制业务招待费用，实行预算管理，不得超标准接待。\n　　2.业务招待一律在内部食堂安排，不得安排高档菜肴。\n"
                f"三、附则\n　　1.{order}\n　　2.本办法由集团办公室负责解释。\n　　3.本办法自印发之日起施行。\n")
    dated = "各全资、控股子公司应当依据本办法，于2015年6月底前制定本单位管理办法，报集团备案。"
    measures = extract(text(dated))[0]
    assert [t[:4] for t in measures["text"]] == ["1.严格", "2.业务", "1.各全"] and measures["label"].iloc[-1] == "1."
    # an article that only lets them follow this one commits to nothing
    assert len(extract(text("各子公司可以参照本办法执行。"))[0]) == 2


def test_two_headed_paragraphs_run_together_after_a_lost_break_are_measures_each():
    text = ("县供电公司车辆专项整治方案\n　　为规范车辆管理，制定本方案。\n二、整治措施\n"
            "　　严格派车审批。所有车辆出车一律实行一车一单。\n"
            "　　强化车辆动态监控。全部车辆安装北斗定位终端，办公室每周抽查行驶轨迹。　　落实节假日封存制度。节假日期间车辆一律封存。\n"
            "　　严禁公车私用。严禁驾驶公务用车办理私事。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["严格派车", "强化车辆", "落实节假", "严禁公车"]


def test_a_wrapping_notice_s_requirements_run_inside_its_lead_paragraph_are_measures_each():
    text = ("中共某市消防救援支队委员会关于印发队伍作风纪律十严禁的通知\n各大队党委，支队机关各部门：\n"
            "　　支队党委研究制定了《队伍作风纪律十严禁》，现印发给你们。\n"
            "　　为确保十严禁落地见效，提出如下要求：一是各级党委要在3月底前组织全体指战员逐条学习；"
            "二是支队每月组织1次作风纪律明察暗访；三是对违反十严禁的人员，一律从严从重处理。\n"
            "中共某市消防救援支队委员会\n2019年3月12日\n队伍作风纪律十严禁\n"
            "　　为严明队伍纪律，结合支队实际，制定本规定。\n"
            "　　一、严禁违规饮酒。工作日午间一律禁酒。\n　　二、严禁擅离职守。执勤期间严禁擅自离开岗位。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是各级", "二是支队", "三是对违", "一、严禁", "二、严禁"]


def test_a_section_titled_with_the_problems_to_tackle_over_a_paragraph_of_symptoms_is_no_measure():
    text = ("某港务集团通关服务窗口作风专项整治方案\n　　为优化口岸营商环境，结合集团实际，制定本方案。\n"
            "一、重点整治问题\n　　经集团党委组织走访客户、召开座谈会和网上征求意见，梳理出通关服务窗口作风方面的突出问题，主要表现在："
            "一是服务意识不强，部分窗口人员对客户咨询态度生硬；二是办事流程繁琐，提货、放行环节多次往返；"
            "三是收费不够规范，个别环节存在收费项目不公开的情况；四是纪律执行不严，极个别人员索要好处费。\n"
            "二、整改措施\n（一）推行一站式服务，将报关、报检业务集中到综合窗口受理。\n（二）公开作业收费项目和收费标准。\n")
    measures, spans = extract(text)
    assert [t[:4] for t in measures["text"]] == ["（一）推", "（二）公"]


def test_headed_paragraphs_after_the_last_item_behind_a_lead_of_their_own_are_measures_each():
    text = ("某公路管理站改进作风十项措施\n　　为改进作风，结合实际，制定以下措施。\n"
            "一、严格落实学习制度。每周五下午为站集中学习日。\n二、改进养护作业作风。路面病害发现后24小时内处置。\n"
            "三、健全长效机制。2019年9月底前修订完善各项制度并汇编成册。\n"
            "　　为确保上述措施落到实处，站支部提出以下保障要求：\n"
            "　　压实工作责任。站长、支部书记为落实十项措施的第一责任人。\n"
            "　　强化跟踪问效。站办公室每月对十项措施落实情况进行梳理。\n"
            "　　接受群众监督。在站服务窗口设置作风监督公示牌。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、严格", "二、改进", "三、健全", "压实工作", "强化跟踪", "接受群众"]


def test_a_chapter_title_run_onto_its_first_article_by_a_lost_break_gives_that_article():
    text = ("某监管局公务接待管理办法\n第一章　总则\n第一条　为规范公务接待，制定本办法。\n第二章　接待标准\n"
            "第二条　接待对象应当按照规定标准自行用餐。\n第三条　公务接待出行活动应当安排集中乘车。\n"
            "第三章　监管检查中的接待纪律第四条　本局人员开展监管检查时，一律在被检查单位职工食堂就餐。\n"
            "第五条　严禁接受被监管单位赠送的礼品、礼金。\n第四章　附则\n第六条　本办法自印发之日起施行。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第二条　", "第三条　", "第四条　", "第五条　"]


def test_a_section_naming_when_and_whom_a_rectification_campaign_covers_is_no_measure():
    text = ("某县交通运输局治超执法作风纪律集中整顿活动实施方案\n　　为规范治超执法，结合实际，制定本方案。\n"
            "一、整顿时间和范围\n　　整顿活动从2016年6月中旬开始，至2016年10月底结束。整顿范围为县公路超限检测站全体执法人员。\n"
            "二、整顿措施\n（一）强化教育培训。每名执法人员集中培训时间不少于40学时。\n"
            "（二）规范检测执法程序。严格执行先卸载、后处罚的规定。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）强", "（二）规"]


def test_items_after_a_lead_announcing_problems_are_problems_without_problem_words():
    text = ("某县应急管理局安全生产执法检查中形式主义官僚主义问题专项整治工作方案\n　　为切实为基层和企业减负，结合实际，制定本方案。\n"
            "一、整治重点\n　　重点整治以下四个方面的突出问题：\n"
            "　　1.层层签订责任状、以签代管。县、乡、村、企业层层签订安全生产责任书，一签了之，签后不督促、不落实。\n"
            "　　2.以文件落实文件。上级文件原文照转、层层转发，文件多而落实少。\n"
            "　　3.检查过多过频。部门之间检查计划不统筹，同一企业一个月内接受多轮检查。\n"
            "　　4.重痕迹轻实绩。检查只看台账资料、不看现场隐患。\n"
            "二、整治措施\n（一）全面清理各类安全生产责任书，除法律法规明确规定的以外一律不再签订。\n"
            "（二）上级文件要求明确、可直接执行的，不再转发或者制定贯彻文件。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）全", "（二）上"]


def test_a_lead_to_tasks_opening_the_paragraph_under_a_bare_title_splits_its_run():
    text = ("某镇社保医保窗口作风整治方案\n　　为提升服务水平，结合实际，制定本方案。\n二、主要任务\n"
            "１、精简证明材料。对村（社区）出具的各类证明实行清单管理。\n"
            "２、整治窗口作风\n\n　　重点抓好以下工作：一是严格考勤管理，窗口人员按时到岗；二是规范服务用语，严禁冷硬横推；"
            "三是推行好差评，差评事项当日回访。\n"
            "３、严守纪律规矩。窗口工作人员严禁吃拿卡要。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["１、精简", "一是严格", "二是规范", "三是推行", "３、严守"]


def test_a_hard_wrapped_item_whose_first_line_ends_in_what_it_checks_since_a_year_is_a_measure():
    lines = ["石门镇主题教育检视问题清单及整改措施", "一、廉洁自律有差距",
             "问题表现：个别村干部在惠农资金发放中存在不规范问题。", "整改措施：",
             "1.开展惠农补贴“一卡通”专项检查，对2021年以来惠农补贴发放情况",
             "逐户核查，发现问题一律追缴清退。",
             "2.严格执行中央八项规定精神，全面清理镇属站所津贴补贴发放情况，违规",
             "发放的限期整改到位。"]
    assert [t[:4] for t in extract("\n".join(lines) + "\n")[0]["text"]] == ["1.开展", "2.严格"]


def test_an_article_run_onto_the_last_clause_of_the_article_before_it_is_an_article():
    text = ("某局党纪学习教育期间作风建设若干规定\n第一章　总则\n第一条　为深入开展党纪学习教育，制定本规定。\n第二章　纪律要求\n"
            "第二条　局党委理论学习中心组每月安排１次党纪专题学习。\n"
            "第三条　严格执行中央八项规定及其实施细则精神,严禁下列行为：\n（一）违规接受管理服务对象宴请；\n"
            "（二）违规收受学生、家长礼品礼金；\n（三）公款旅游或者变相公款旅游。第四条　严控会议文件。全市性会议每年控制在２０个以内。\n"
            "第五条　改进调研督查。局领导到学校调研要轻车简从。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第二条", "第三条", "第四条", "第五条"]


def test_an_item_that_names_who_answers_the_public_s_questions_is_no_closing_clause():
    text = ("某镇村级财务内部审计作风办法\n　　为规范村级财务审计，制定本办法。\n一、作风建设\n"
            "　　一是加强学习培训。每季度组织镇审计人员集中学习一次财经法规。\n"
            "　　二是开展廉政承诺。镇审计人员每年年初签订廉政承诺书。\n"
            "　　三是推行审计公开。村级财务审计结果在村务公开栏张榜公布，群众有疑问的，由镇内部审计办公室负责解释。\n"
            "　　四是听取群众意见。每个审计项目结束后发放审计作风评议表。\n"
            "二、本办法自印发之日起施行，由镇纪委负责解释。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是加强", "二是开展", "三是推行", "四是听取"]


def test_items_after_a_lead_naming_the_problems_needing_rectification_are_problems():
    text = ("某县林业局持续整治四风问题实施方案\n　　为改进林业系统干部作风，结合实际，制定本方案。\n二、整治重点\n"
            "　　通过召开座谈会、走访林农等方式，梳理出当前我局作风方面需要重点整治的问题：\n"
            "　　1.少数干部在办理林木采伐许可过程中存在吃拿卡要现象；\n"
            "　　2.生态护林员选聘不公开、不透明；\n"
            "　　3.公务接待、公务用车违规问题仍有发生。\n"
            "三、主要措施\n（一）严格公务接待管理。全面执行公务接待一函一单制度。\n（二）规范林业行政审批。审批事项全部进入政务服务中心。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）规"]


def test_a_label_over_circled_requirements_after_the_last_item_gives_them_as_measures():
    text = ("某镇农业综合服务中心服务三农改进作风十项措施\n　　为改进服务作风，制定以下措施。\n"
            "一、农技人员包村联户到田头。中心农技人员每月深入联系村不少于4天。\n"
            "二、推行为农服务一站办。在镇便民服务中心设立农业服务窗口。\n"
            "三、建立作风督查机制。镇纪委每季度对中心作风情况开展一次明察暗访。\n\n"
            "    工作要求：\n"
            "    ①各村（社区）要积极配合中心开展服务，及时收集和反映农户需求。\n"
            "    ②中心要于５月１５日前将本措施在各村（社区）公开张贴。\n"
            "    ③镇党委将本措施落实情况纳入年度考核内容。\n\n"
            "    本措施自印发之日起施行。\n")
    measures = extract(text)[0]
    assert [t[:4] for t in measures["text"]] == ["一、农技", "二、推行", "三、建立", "①各村（", "②中心要", "③镇党委"]
    assert "工作要求" not in measures["text"].iloc[2]


def test_a_section_s_own_run_of_tasks_before_its_numbered_items_gives_one_measure_per_task():
    text = ("某镇统战联谊活动和招商引资接待实施细则\n　　为规范招商引资接待工作，制定本细则。\n一、统战联谊活动\n"
            "　　1.镇党委统战委员负责统筹全镇统战联谊活动。\n　　2.举办乡贤联谊会应当简朴务实。\n二、招商引资接待\n"
            "　　招商引资接待工作重点抓好以下几点:一是实行审批制度，接待来镇考察客商须填写审批单；"
            "二是严格接待标准，陪餐人数不超过３人；三是不搞超规格接待，不组织列队迎送。\n"
            "　　3.镇干部外出招商,须事先制定招商计划。\n　　4.建立招商引资接待台账。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.镇党", "2.举办", "一是实行", "二是严格", "三是不搞",
                                                          "3.镇干", "4.建立"]


def test_a_table_a_pdf_copy_flattened_to_one_cell_per_line_gives_one_measure_per_row():
    lines = ["某县委台办主题教育整改落实方案", "一、整改措施",
             "　　一是强化理论武装。每季度开展1次专题学习研讨。", "　　二是精准服务台胞台企。每月至少上门走访1次。",
             "二、整改清单", "序号", "问题表现", "整改措施", "责任领导", "完成时限",
             "1", "理论学习不够系统，", "学用结合不紧", "制定办党组理论学习中心组年度学习计", "划，每季度集中学习不少于2次。",
             "陈立新", "2019年12", "月底前",
             "2", "对台资企业困难了解", "不及时", "建立台资企业问题诉求台账，实行闭环管理。", "周海澜", "长期坚持",
             "3", "作风监督检查不够经", "常", "办机关纪检员每季度开展1次监督检查。", "林素琴", "长期坚持",
             "三、工作要求", "　　（一）压实整改责任。办党组书记履行第一责任人职责。",
             "　　（二）强化跟踪督办。办党组每月召开1次整改工作推进会。"]
    measures = extract("\n".join(lines) + "\n")[0]
    assert [t[:4] for t in measures["text"]] == ["一是强化", "二是精准", "1\n理论", "2\n对台", "3\n作风", "（一）压", "（二）强"]
    assert list(measures["label"].iloc[2:5]) == ["1", "2", "3"]
    assert measures["text"].iloc[2].endswith("每季度集中学习不少于2次。")  # (not its leader's and deadline's cells)


def test_a_lead_to_points_to_keep_after_a_noun_title_splits_its_run():
    text = ("某县领导干部接访下访和信访工作作风规定\n　　为改进信访工作作风，制定本规定。\n三、下访\n"
            "（一）定期下访。县级领导每季度至少下访1次。\n"
            "（二）下访纪律。下访中重点把握以下几点：一是不提前打招呼、不搞层层陪同；二是不接受宴请、不收受礼品；"
            "三是不搞形式主义，不以下访之名行检查之实。\n"
            "（三）约访回访。对重复上访的群众，由包案领导主动约访。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）定", "一是不提", "二是不接", "三是不搞", "（三）约"]


def test_a_lead_to_tasks_after_a_focusing_clause_splits_its_run():
    text = ("某镇深入贯彻中央八项规定精神学习教育实施方案\n　　为扎实开展学习教育，制定本方案。\n二、主要任务\n"
            "1.抓好学习研讨。镇党委理论学习中心组每月开展1次专题学习。\n"
            "2.集中整治突出问题。聚焦群众反映强烈的问题，重点抓好以下工作：一是整治违规吃喝问题，严禁接受服务对象宴请；"
            "二是整治违规收送礼品礼金问题；三是整治村级组织负担过重问题。\n"
            "3.抓好建章立制。于6月底前修订完善镇机关各项管理制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.抓好", "一是整治", "二是整治", "三是整治", "3.抓好"]
    # … as it does after the body that does them (（二）强化监督检查。县卫生健康局重点抓好以下工作：一是…)
    text = text.replace("聚焦群众反映强烈的问题，重点抓好以下工作", "镇纪委重点抓好以下工作")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.抓好", "一是整治", "二是整治", "三是整治", "3.抓好"]
    # … and after a body's organs that must do them, each task on a line of its own (（四）…。厅机关要重点抓好以下工作： /
    # 一是… / 二是…)
    text = text.replace("镇纪委重点抓好以下工作：", "镇机关要重点抓好以下工作：\n").replace("；二是", "；\n二是").replace("；三是", "；\n三是")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.抓好", "一是整治", "二是整治", "三是整治", "3.抓好"]


def test_a_section_naming_which_firms_cadres_are_paired_with_is_no_measure():
    text = ("某镇万名干部进万企包联服务企业工作方案\n　　为帮助企业解决困难，制定本方案。\n一、指导思想\n"
            "以“转作风、优服务、促发展”为目标，组织镇村干部深入企业开展包联服务。\n二、包联范围\n"
            "全镇规模以上工业企业１２家、规模以下工业企业和商贸流通企业３５家、在建招商引资项目８个。镇党政班子成员每人包联"
            "2至3家企业（项目），镇机关站所负责人和驻村干部每人包联１至２家企业,具体包联安排见附件。\n"
            "三、包联职责\n（一）当好政策宣传员。及时向企业宣传扶持政策，每半年至少送一次政策上门。\n"
            "（二）当好问题协调员。每月至少到包联企业走访一次。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）当", "（二）当"]


def test_a_remedy_label_s_list_of_sentences_gives_one_measure_per_item_also_after_a_kept_break():
    lines = ["某县委政法委主题教育检视问题清单及整改措施", "一、检视问题及整改措施", "（一）作风建设方面",
             "　　存在问题：1.文山会海问题仍有反弹。2.个别干部公务用车登记不规范。",
             "　　整改措施：1.从严控制发文开会，委机关发文数量同比减少30%以上。2.开展落实中央八项规定精神专项",
             "检查，发现问题立行立改。",
             "3.严格执行委机关作风建设“十不准”规定，对违反规定的干部一律从严处理。",
             "（二）队伍建设方面",
             "　　存在问题：1.谈心谈话开展不经常。2.年轻干部培养锻炼的渠道不多。",
             "　　整改措施：1.落实谈心谈话制度，每半年至少开展1次。2.制定年轻干部培养计划。"]
    assert [t[:4] for t in extract("\n".join(lines) + "\n")[0]["text"]] == ["1.从严", "2.开展", "3.严格", "1.落实",
                                                                           "2.制定"]
    # a list in one sentence, its items parted by semicolons, stays one measure, as its writer keyed it
    listed = ("某厅整改落实情况通报\n一、形式主义方面\n（一）问题：会议多、文件多。\n"
              "整改措施：1．严格会议计划管理，全省性会议每年只召开1次；2．实行发文总量控制；3．清理简报刊物。\n"
              "责任处室：厅办公室\n（二）问题：调查研究走过场。\n整改措施：建立厅领导基层联系点制度。\n")
    assert [t[:4] for t in extract(listed)[0]["text"]] == ["1．严格", "建立厅领"]


def test_an_attached_task_table_a_measure_names_as_the_home_of_its_tasks_gives_its_rows():
    text = ("某厅整治督查检查考核过多过频问题专项整治方案\n　　为切实为学校减负，制定本方案。\n二、整治措施\n"
            "　　（一）实行年度计划管理。面向中小学校的督查检查考核事项实行年度计划管理。\n"
            "　　（二）压减评比表彰项目。评比表彰项目压减50%以上。\n"
            "　　上述措施的具体任务、责任单位和完成时限见附件《整改任务分解表》。\n"
            "三、工作要求\n　　（一）压实整改责任。各处室主要负责同志为第一责任人。\n"
            "附件:整改任务分解表\n\n附件\n\n整改任务分解表\n\n序号\t整改任务\t责任单位\t完成时限\n"
            "１\t制定面向中小学校督查检查考核评比事项清单管理办法\t厅办公室\t２０２３年８月底前\n"
            "２\t将安全、德育、体育卫生等专项检查整合为一次综合检查\t基础教育处\t２０２３年１０月底前\n"
            "３\t出台进校园活动审核备案办法，公布年度进校园活动白名单\t思想政治工作处\t２０２３年９月底前\n")
    assert [t[:4] for t in extract(text)[0]["text"]][-3:] == ["１\t制定", "２\t将安", "３\t出台"]


def test_a_table_assigning_the_rules_parts_and_articles_to_offices_restates_them():
    text = ("某学院教职工教风学风建设若干规定\n一、严守课堂纪律\n1.教师授课不得传播错误观点。\n2.新开课程须经教学委员会审核。\n"
            "二、廉洁从教\n1.不得接受学员宴请和礼品。\n2.外出授课须经审批。\n"
            "附件：责任分工表\n\n附件\n责任分工表\n序号\t工作内容\t牵头部门\t配合部门\n"
            "1\t严守课堂讲授纪律（第一部分第1条）\t教务部\t各教研部\n2\t课程准入制度（第一部分第2条）\t教学委员会办公室\t教务部\n"
            "3\t廉洁从教和外出授课管理（第二部分）\t院纪委\t人事处\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.教师", "2.新开", "1.不得", "2.外出"]


def test_a_run_under_a_heading_of_its_own_after_the_last_item_gives_its_items_not_the_heading():
    text = ("某报社采编人员十不准\n　　为规范采编行为，制定本规定。\n一、不准索取或者收受财物。\n二、不准从事有偿新闻。\n"
            "三、不准制造虚假新闻。\n\n　　贯彻落实“十不准”的保障措施\n\n"
            "　　一是开展全员承诺。全体采编人员须签订承诺书。\n\n　　二是公开监督渠道。公布社纪委举报电话。\n\n"
            "　　三是从严查处问题。对违反规定的严肃处理。\n\n"
            "　　各分社可以结合工作特点，制定补充细则。\n\n　　本规定自印发之日起施行。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、不准", "二、不准", "三、不准", "一是开展", "二是公开", "三是从严"]


def test_a_lead_to_the_rules_to_make_gives_one_measure_per_rule():
    text = ("某县广播电视台群众路线整改方案\n　　为抓好整改，制定本方案。\n一、整改措施\n（一）改进文风。新闻稿件一般不超过800字。\n"
            "（二）精简会议。每月召开一次全体职工会。\n二、建章立制\n"
            "重点建立完善以下制度：1.修订《台务会议事规则》，明确集体决策程序；2.制定《采编人员下基层管理办法》；"
            "3.建立《群众来电来访办理制度》，实行首问负责。\n三、组织保障\n（一）加强领导。台支部书记为第一责任人。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）改", "（二）精", "1.修订", "2.制定", "3.建立", "（一）加"]


def test_a_section_naming_what_a_clean_up_covers_is_no_measure():
    text = ("某市政务新媒体和政府网站清理整合方案\n　　为解决指尖上的形式主义，制定本方案。\n一、总体要求\n"
            "坚持集约节约、实用管用、分级负责的原则，到2019年10月底，全市政务新媒体总量压减50%以上。\n二、清理整合范围\n"
            "全市各级党政机关、承担行政职能的事业单位及其内设机构、派出机构在微信、微博、抖音、今日头条等第三方平台开设的"
            "政务账号，自行开发的移动客户端（APP）、小程序，以及各级各类政府网站。\n"
            "三、主要任务\n（一）坚决关停僵尸号。对连续6个月未更新的账号一律关停。\n（二）整合同质化账号。同一单位只开设一个账号。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）坚", "（二）整"]


def test_a_title_sentence_ending_in_a_damaged_stop_over_a_run_heads_its_items():
    text = ("某镇整治指尖上的形式主义工作方案\n　　为减轻基层负担，制定本方案。\n二、主要任务\n"
            "　　（一）精简政务新媒体账号.\n　　①镇级保留2个账号。\n　　②各村不开设政务新媒体账号。\n"
            "　　（二）规范工作微信群、QQ群.\n"
            "　　一是同一项工作只建一个工作群,能并则并;二是工作任务完成后的临时群３日内解散;三是晚上９点后不在工作群布置一般性工作.\n"
            "　　（三）严禁以留痕代替落实.不得要求村干部通过微信群上传工作照片。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①镇级保", "②各村不", "一是同一", "二是工作", "三是晚上",
                                                          "（三）严"]


def test_a_problem_title_ending_in_a_damaged_stop_over_its_measures_label_heads_a_run():
    # (整治措施：①…；②… under a title whose 。 a damaged copy turned into a half-width dot: one measure per item, as
    # under the same title with its stop intact)
    text = ("某大学专项整治工作方案\n　　为抓好专项整治，制定本方案。\n二、专项整治内容及措施\n"
            "　　（一）整治学习不深入问题.\n　　整治措施：①理论学习中心组每月集中学习一次；②二级党组织书记每学期讲党课；"
            "③建立学习通报制度。\n"
            "　　（二）整治违反中央八项规定精神问题。\n　　整治措施：①开展公务接待专项检查；②严禁收受礼金。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①理论学", "②二级党", "③建立学", "①开展公", "②严禁收"]


def test_a_ban_then_the_principle_its_practice_keeps_to_is_a_measure():
    # (…坚持…原则 after a ban in the same sentence is no principle stated and no more: the item commits to the ban)
    text = ("某镇中心学校专项治理实施方案\n　　为加强师德师风建设，制定本方案。\n三、治理措施\n"
            "　　1、加强学习。每月组织一次集中学习。\n　　2、严查有偿补课和违规征订。\n"
            "　　一是全镇在职教师一律不得组织、参与有偿补课。\n"
            "　　二是严禁教师向学生推销教辅资料，教辅资料征订坚持“一教一辅”“自愿购买”原则。\n"
            "　　三是设立举报箱，公布举报电话。\n　　3、严格执纪问责。对顶风违纪的，发现一起、查处一起。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1、加强", "一是全镇", "二是严禁", "三是设立", "3、严格"]


def test_a_runs_number_wrapped_from_its_shi_at_the_page_width_still_opens_an_item():
    # (a PDF copy's hard wrap cut 三是 into 三 / 是 at the line's end: the run still has its third item)
    text = ("关于加强乡镇干部作风建设严格落实住乡住村制度的通知\n各县（市、区）委组织部、纪委：\n"
            "　　为进一步改进乡镇干部作风，密切党群干群关系，现就严格落实住乡\n住村制度有关事项通知如下。\n"
            "　　一、严格执行住乡值班制度。乡镇干部原则上每周在乡镇住宿不少于4\n个晚上，乡镇党政主要负责人每月在乡"
            "镇住宿不少于20个晚上，确保\n工作日和节假日都有领导带班、干部值班。\n"
            "　　二、切实改进服务群众方式。重点抓好以下四个方面：一是全面推行乡\n镇干部“一线工作法”，每名乡镇干部每"
            "月下村不少于8天，帮助群众解决\n生产生活中的实际困难；二是实行民情恳谈制度，乡镇每季度召开一次民情\n"
            "恳谈会，村每月召开一次，恳谈中收集的问题实行台账管理、限期办结；三\n是推行为民全程代理服务，对群众申办"
            "的证照、审批、救助等事项，由村级\n代理员全程代办、限时办结；四是建立群众诉求办理回访制度，办理结果由\n"
            "乡镇纪委每月抽查回访。\n"
            "　　三、强化结果运用。将乡镇干部作风情况纳入年度考核和干部选拔任用\n考察内容，对落实不力的严肃问责。\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["一、", "一是", "二是", "三\n", "四是", "三、"]


def test_a_section_title_run_onto_a_sub_item_numbered_through_the_plan_opens_it():
    # (sub-items numbered through all sections, （一）…（九）: the lost break ran 二、's title onto （三）, not （一）)
    text = ("关于为乡镇减负赋能的若干措施\n　　为切实减轻基层负担，提出如下措施。\n一、精简文件会议\n"
            "　　（一）严控文件数量。发给乡镇的文件原则上不超过30件。\n　　（二）提高会议质量。全省性会议原则上只开到县一级。\n"
            "　　二、规范督查检查考核（三）实行年度计划和审批报备制度.督查检查考核事项实行年度计划管理。\n"
            "　　（四）改进督查检查考核方式。能通过信息系统调取的数据不再要求乡镇报送。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）提", "（三）实", "（四）改"]


def test_a_purpose_article_whose_plan_name_a_hard_wrap_broke_is_preamble():
    # (…制定本规 / 定。: the page width cut 本规定 in two; the article still only says why the rules are made)
    text = ("鹤溪县国土资源局改进窗口服务作风的规定\n"
            "  第一条　为深入贯彻落实中央八项规定精神，切实改进国土资源窗口服务\n工作作风，结合本局实际，制定本规\n定。\n"
            "  第二条　窗口工作人员应当严格执行首问负责制，不得推诿\n搪塞。\n"
            "  第三条　实行一次性告知制度，需要补正的材料一次性书面告知\n申请人。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第二条", "第三条"]


def test_a_section_title_run_onto_its_first_item_across_spaces_opens_it():
    # (a lost break left 二、组织领导 and two ideographic spaces before 1．: the section's items are 1．2．, not one)
    text = ("某大学专项整治工作方案\n　　为抓好专项整治，制定本方案。\n一、整治措施\n"
            "　　（一）精简会议文件。学校发文、开会数量比上年压减30%以上。\n　　（二）规范公务接待。一律在学校食堂安排工作餐。\n"
            "二、组织领导　　１．学校成立专项整治工作领导小组，党委书记任组长。\n"
            "　　２．校纪委要加强对专项整治工作的监督，对敷衍塞责的严肃问责。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）精", "（二）规", "１．学校", "２．校纪"]
    # … and so does a title of two phrases (四、加强监督考核,确保措施落实　１、…, ２、 opening the line after a blank line)
    text = text.replace("二、组织领导　　１．学校成立", "二、加强监督考核,确保措施落实　１、学校成立").replace("２．校纪委", "\n　　２、校纪委")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）精", "（二）规", "１、学校", "２、校纪"]


def test_an_annex_article_letting_the_units_manage_theirs_by_these_rules_closes_them():
    # (各乡镇可以…参照本办法…进行管理: leave to apply the rules, as 可…参照本办法制定… is leave to draft; no order)
    text = ("松阳县驻村帮扶工作队管理办法\n第一章　总　则\n第一条　为加强驻村工作队管理，制定本办法。\n第二章　管　理\n"
            "第二条　驻村干部每月驻村不少于20天。\n第三条　驻村干部不得接受帮扶对象宴请。\n第三章　附　则\n"
            "第四条  各乡镇可以结合实际参照本办法对乡镇自行选派的驻村干部进行管理。\n"
            "第五条  本办法由县委组织部负责解释。\n第六条  本办法自印发之日起施行。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第二条", "第三条"]


def test_a_section_naming_its_attached_task_list_before_the_pointer_gives_the_lists_rows():
    # (…形成《…整改任务清单》（见附表），明确责任领导…: the list named first, then 见附表; its rows are the measures)
    text = ("某市发展改革委集中整治形式主义官僚主义工作方案\n　　为集中整治形式主义、官僚主义，制定本方案。\n"
            "一、整治措施\n　　针对上述问题，委党组逐项研究制定整改措施，形成《市发展改革委整改任务清单》（见附表），"
            "明确责任领导、责任科室和完成时限，实行清单化管理、销号式推进。\n"
            "二、保障措施\n　　（一）压实整治责任。委党组书记履行第一责任人职责。\n　　（二）加强跟踪督办。每月调度一次。\n"
            "附表\n市发展改革委整改任务清单\n序号\t问题表现\t整改措施\t责任科室\t完成时限\n"
            "1\t会议文件多\t严格控制发文数量，全年发文比上年减少10%\t办公室\t2019年12月\n"
            "2\t报表材料多\t清理统计报表，取消重复填报事项\t综合科\t2019年11月\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）压", "（二）加", "1\t会议", "2\t报表"]
    # … as does a measure naming a list of tasks among the lists it sends the reader to (…建立问题清单、任务清单、
    # 责任清单（见附件）), the measure itself kept
    text = ("某镇巡察整改工作方案\n　　为抓好巡察整改，制定本方案。\n一、整改措施\n"
            "　　1．成立整改工作领导小组。由镇党委书记任组长。\n"
            "　　2．实行“三张清单”管理。逐项建立问题清单、任务清单、责任清单（见附件），实行销号管理。\n"
            "中共某镇委员会\n2024年5月20日\n附件\n整改“三张清单”\n序号\t问题清单\t任务清单\t责任清单\t完成时限\n"
            "1\t接待未履行审批手续\t严格执行公务接待“三单”制度\t党政综合办\t2024年6月底\n"
            "2\t公务用车节假日未封存\t落实公务用车节假日封存制度\t党政综合办\t2024年6月底\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．成立", "2．实行", "1\t接待", "2\t公务"]


def test_a_lead_announcing_only_a_count_of_bans_gives_one_measure_per_ban():
    # (…要严格做到“十个严禁”：一是…: a lead and the bans it counts, one measure each; after a commitment of its own,
    # …要严格遵守有关规定，带头做到“三个严禁”：一是…, the run is that commitment's parts)
    text = ("关于做好中秋国庆期间正风肃纪工作的通知\n各乡镇党委，县直各单位：\n　　为做好节日期间正风肃纪工作，现就有关事项通知如下。\n"
            "一、严明节日纪律，坚决做到“三个严禁”\n节日期间，全县各级党员干部要严格做到“三个严禁”：一是严禁违规收送月饼等节礼；"
            "二是严禁违规公款吃喝；三是严禁公车私用。\n"
            "二、强化监督检查，严肃追责问责\n全县各级党组织要严格遵守中央八项规定和有关规定，带头做到“三个严禁”：一是严禁用公款购买贺年卡；"
            "二是严禁用公款购买年货节礼；三是严禁大操大办婚丧喜庆事宜。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严禁", "二是严禁", "三是严禁", "二、强化"]


def test_a_runs_item_a_hard_wrap_set_at_the_margin_stays_in_its_paragraphs_run():
    # (a PDF copy wrapped at a fixed width: …实时监控； ends a full line and 三是 opens the next, flush at the margin,
    # as the paragraph's 一是 and 二是 sit inside it; the lead's run gives one measure per item)
    text = ("枫源县县属国有企业持续纠治“四风”若干措施\n"
            "　　为深入贯彻落实中央八项规定及其实施细则精神，驰而不息纠治“四风”，\n"
            "推动县属国有企业作风建设常态化长效化，结合县属国有企业实际，制定以下措\n施。\n"
            "一、严格规范业务招待\n"
            "　　一是实行业务招待事前审批和“一事一单”制度，业务招待须事先填报审\n"
            "批单，注明事由、对象、人数及费用预算，经企业主要负责人审批后方可安排。\n"
            "　　二是严格执行接待标准。业务招待每人每餐（含酒水）不超过120元，\n"
            "陪餐人数不超过3人，原则上安排在企业内部食堂或者定点饭店，不得提供高\n档菜肴。\n"
            "二、加强公务用车管理\n"
            "　　县属企业公务用车管理重点抓好以下工作：一是全面实行公务用车集中管\n"
            "理、统一调度，严格执行派车单制度，杜绝无单出车；二是县属企业公务用车\n"
            "全部安装北斗定位终端，接入全县公务用车监管平台，实现行驶轨迹实时监控；\n"
            "三是节假日期间公务用车一律封存停放，确因工作需要使用的，须经企业主要\n"
            "负责人批准并登记备案。\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["一是", "二是", "一是", "二是", "三是"]


def test_a_bodys_pledges_run_inside_one_paragraph_give_one_measure_each():
    # (…郑重承诺:①…;②…;③…: a lead to pledges, each a commitment of its own, as after a lead to tasks)
    text = ("白沙高新区作风建设攻坚行动方案\n　　为优化营商环境，制定本方案。\n一、攻坚重点\n"
            "　　一是推行“首席服务官”制度。园区领导每月至少走访企业1次。\n　　二是推行“无事不扰”服务模式。不到企业开展一般性检查。\n"
            "二、服务企业“三项承诺”\n"
            "　　高新区管委会向园区企业郑重承诺:①政策信息主动推送,惠企政策出台后10日内推送到企业;"
            "②办事指南一次告知,不让企业因材料问题多跑一次;③审批事项限时办结,超时默认同意.\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["一是推", "二是推", "①政策", "②办事", "③审批"]


def test_an_order_to_draft_rules_within_a_term_is_a_measure():
    # (…参照本办法，结合各自实际，在一个月内制定具体实施细则，报…备案: an order with its term, not leave to draft)
    text = ("雪垭州委关于改进工作作风的实施办法\n第一章　总　则\n第一条　为改进工作作风，制定本办法。\n第二章　改进调查研究\n"
            "第二条　州级领导干部每年到基层调研不少于60天。\n第三条　调研轻车简从，不搞层层陪同。\n"
            "第四条　各县（市）委、州直各部门党组要参照本办法，结合各自实际，在一个月内制定具体实施细则，报州委办公室备案。\n"
            "第三章　附　则\n第五条　本办法由州委办公室负责解释。\n第六条　本办法自印发之日起施行。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第二条", "第三条", "第四条"]


def test_a_notices_cases_announced_by_their_count_with_a_stop_are_problems():
    # (…现将近期查处的3起典型问题通报如下。 then 1．…问题。…受到…处分。: the cases; the 一是… after 以上 are the measures)
    text = ("中共某市纪委关于三起违反中央八项规定精神问题的通报\n各县（市、区）纪委监委：\n\n"
            "今年以来，全市严肃查处了一批违反中央八项规定精神问题。为强化警示教育，现将近期查处的3起典型问题通报如下。\n\n"
            "1．某局原副局长何某某违规收受礼品礼金问题。2016年至2019年，何某某收受购物卡共计1.2万元。何某某受到党内严重警告处分。\n\n"
            "2．某县住建局副局长邓某某违规接受宴请问题。2019年3月，邓某某接受施工企业安排的宴请。邓某某受到党内警告处分。\n\n"
            "3．某中心主任曾某公车私用问题。2019年5月，曾某驾驶公务用车回老家探亲。曾某受到诫勉谈话。\n\n"
            "以上3起问题，反映出一些党员干部纪律意识淡薄，教训十分深刻。现提出如下要求：\n\n"
            "一是要深刻汲取教训，切实增强纪律意识。各级党组织要组织党员干部认真学习本通报。\n\n"
            "二是要紧盯重要节点，持续深化纠治“四风”。各级纪检监察机关要开展常态化监督检查。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是要深", "二是要紧"]


def test_the_issuers_next_tasks_run_after_the_last_requirement_are_measures():
    # (下一步，市纪委将重点抓好以下工作：一是…；二是…: the issuer's own tasks after the last numbered requirement, not a
    # report's closing 下一步 prose nor that requirement's tail)
    text = ("宁阙市纪委关于春节期间明察暗访情况的通报\n各县（市、区）纪委：\n　　现将春节期间明察暗访情况通报如下。\n"
            "一、工作要求\n1．切实提高思想认识。各级党组织要把贯彻落实中央八项规定精神作为长期政治任务。\n"
            "2．加快建立长效机制。各单位要抓紧修订完善相关制度；市纪委将适时开展专项检查。\n"
            "下一步，市纪委将重点抓好以下工作：一是将明察暗访常态化，每月至少组织1次专项暗访；"
            "二是建立问题整改销号制度，逐项跟踪督办；三是在元宵节、清明节等节点继续开展专项检查。\n"
            "中共宁阙市纪委\n2016年2月19日\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．切实", "2．加快", "一是将明", "二是建立", "三是在元"]


def test_a_title_committing_to_manage_problems_by_a_list_is_a_measure():
    # (（一）实行问题清单管理。…: a way to handle what the checks find, not a list of problems found)
    text = ("关于开展中秋国庆期间明察暗访的通知\n各市（州）纪委：\n　　现就有关事项通知如下。\n一、问题处理\n\n"
            "（一）实行问题清单管理。对明察暗访发现的问题，暗访组要现场拍照、录像，形成问题清单。\n\n"
            "（二）从严从快查处。对节日期间顶风违纪的，一律从严从重处理。\n\n二、工作要求\n\n"
            "（一）加强组织领导。各级纪委主要负责同志亲自部署。\n\n（二）及时报送信息。每个时段结束后3个工作日内报送情况。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）实", "（二）从", "（一）加", "（二）及"]


def test_a_title_a_hard_wrap_broke_at_the_page_width_ends_on_its_last_piece():
    # (（一）着力解决…只表态不落实 / 的问题: the wrap carried the title's end onto a line of its own; its two 一是
    # paragraphs are its measures, not the parts of a commitment the title would make with 的问题 as its text)
    text = ("岚川省民宗委党组集中整治形式主义官僚主义实施方案\n"
            "　　为深入贯彻落实中央关于集中整治形式主义、官僚主义的部署要求，结\n合委机关实际，制定本方案。\n"
            "一、整治重点和措施\n"
            "　　（一）着力解决贯彻落实党中央决策部署和省委工作要求只表态不落实\n的问题\n"
            "　　一是委党组每季度专题研究一次民族团结进步创建、少数民族发展资金\n使用等重点工作推进情况。\n"
            "　　二是严格执行重大事项请示报告制度，委领导班子成员每半年向党组书\n面报告分管工作落实情况。\n"
            "　　（二）着力解决联系服务民族地区群众不深入不扎实的问题\n"
            "　　一是委领导班子成员每人联系1个自治县（民族乡），每年到民族地区\n调研不少于30天。\n"
            "　　二是建立民族地区基层问题清单，对调研中收集到的问题逐项交办。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是委党", "二是严格", "一是委领", "二是建立"]


def test_an_attached_task_table_after_two_other_attachments_gives_its_rows():
    # (附件1 and 附件2 list certificates; 附件3 is the task table a notice issues: its rows are the measures)
    text = ("关于进一步规范村（社区）证明事项的通知\n各乡镇人民政府：\n　　为减轻基层负担，现就有关事项通知如下。\n"
            "　　一、严格执行证明事项清单。清单之外的证明一律不得要求村（社区）出具。\n"
            "　　二、加强监督检查。对违规要求开具证明的严肃问责。\n"
            "附件：1．村（社区）出具证明事项清单\n　　　2．不再出具证明事项清单\n　　　3．工作任务分解表\n"
            "某市人民政府办公室\n2021年5月10日\n"
            "附件1\n村（社区）出具证明事项清单\n序号\t证明名称\t依据\n1\t居住证明\t《居住证暂行条例》\n2\t亲属关系证明\t有关规定\n"
            "附件2\n不再出具证明事项清单\n序号\t证明名称\t替代方式\n1\t无犯罪记录证明\t公安机关出具\n2\t健在证明\t部门核查\n"
            "附件3\n工作任务分解表\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t在市政府门户网站公布《清单》\t市政务服务局\t2021年5月底\n"
            "2\t在各村（社区）公开栏张贴《清单》\t各乡镇\t2021年6月底\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、严格", "二、加强", "1\t在市", "2\t在各"]


def test_a_rectification_focus_item_telling_only_the_misconduct_is_a_problem():
    # (二、整治重点 / （一）…故意拖延、推诿扯皮，…借审批之机索要财物: what is targeted, no word of what will be done;
    # an item saying what will be done there, （二）严禁…, stays a measure)
    text = ("全省住房城乡建设系统“吃拿卡要”问题专项整治工作方案\n　　为解决群众反映强烈的突出问题，制定本方案。\n"
            "　　一、整治重点\n"
            "　　（一）在行政审批和服务中，对符合条件的事项故意拖延、推诿扯皮，借审批之机索要财物、接受宴请。\n"
            "　　（二）窗口服务人员工作纪律松弛，迟到早退、脱岗串岗，对群众咨询“冷硬横推”。\n"
            "　　二、主要措施\n　　（一）全面清理审批事项。没有法律法规依据的审批事项一律取消。\n"
            "　　（二）规范执法检查行为。执法检查人员一律持证上岗、亮证执法。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（一）全面", "（二）规范"]


def test_a_bare_title_over_a_lead_and_a_table_gives_the_tables_rows():
    # (（一）“四风”突出问题整改任务 / …明确整改任务如下表： / 序号…: the rows are the measures, the title and lead theirs;
    # not a commitment of its own with a lead and table after it, （五）加强…。各县…检查… / …分解如下：)
    text = ("某监狱党委群众路线教育实践活动整改方案\n　　为抓好整改落实，制定本方案。\n一、整改措施\n"
            "（一）“四风”突出问题整改任务\n　　监狱党委对查摆出的问题逐项研究，明确整改任务如下表：\n"
            "序号\t整改任务\t牵头领导\t责任部门\t完成时限\n"
            "1\t建立监狱领导班子成员联系监区制度，每月到联系监区蹲点不少于4天\t党委书记\t政治处\t2014年10月\n"
            "2\t精简会议文件，全年召开全体民警大会不超过4次\t政委\t办公室\t2014年12月\n"
            "（二）建章立制\n　　一是修订《公务接待管理办法》。\n　　二是完善《警容风纪管理规定》。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t建立", "2\t精简", "一是修订", "二是完善"]
    # … and so does a lead in one sentence ending with a colon (围绕…，建立健全以下制度，确保整改成效长期保持：)
    text = text.replace("明确整改任务如下表：", "围绕会议、接待等方面，建立健全以下制度，确保整改成效长期保持：")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t建立", "2\t精简", "一是修订", "二是完善"]
    # … and a bare title right over the table's header (（二）任务清单 / 序号	整改任务	… / 1	…), no lead between
    text = ("某局巡察整改工作方案\n　　为抓好整改，制定本方案。\n三、问题清单和任务清单\n（一）问题清单\n序号\t问题类别\t问题具体表现\n"
            "1\t八项规定方面\t机关食堂借工作餐名义接待上级检查人员。\n2\t八项规定方面\t执法用车节假日不入库停放。\n"
            "（二）任务清单\n序号\t整改任务\t具体措施\t完成时限\n"
            "1\t严格规范机关食堂管理\t对食堂就餐情况全面清查，无审批单接待费用由相关人员退赔。\t2021年7月底\n"
            "2\t加强执法执勤用车管理\t为执法执勤用车安装定位装置，节假日统一停放入库。\t2021年8月底\n"
            "四、组织保障\n（一）加强组织领导。局党组每月研究一次整改工作。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1\t严格", "2\t加强", "（一）加"]


def test_a_sections_closing_exhortation_after_its_run_is_no_measure():
    # (各级党组织要把…作为…重要实践载体，…为…提供坚强保障。 after the section's 一是…三是: an exhortation, no task)
    text = ("中共某省民政厅党组关于深化基层联系点制度的通知\n厅机关各处室：\n　　现就有关事项通知如下。\n"
            "　　一、严守纪律规矩\n　　厅领导干部下基层必须轻车简从，不搞层层陪同。\n"
            "　　二、抓好组织实施\n"
            "　　一是厅办公室负责统筹协调,每季度汇总厅领导干部下基层情况;二是厅机关党委将落实情况纳入述职评议内容;"
            "三是各处室要于2024年5月底前制定具体措施.\n"
            "　　各级党组织要把深化基层联系点制度作为党纪学习教育的重要实践载体,以严明的纪律推动作风转变,"
            "为推进全省民政事业高质量发展提供坚强保障.\n"
            "　　联系人:厅办公室　周明远,电话:0731-86612345\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["厅领导干", "一是厅办", "二是厅机", "三是各处"]


def test_a_runs_item_whose_paragraph_break_was_lost_with_its_indent_kept_opens_an_item():
    # (…化解在萌芽状态.　　四是…: a damaged copy lost the line break but kept the indent; 四是 opens the next item)
    text = ("关于常态化开展“四下基层”的通知\n各处室：\n　　现就有关事项通知如下。\n　　一、常态化开展“四下基层”\n"
            "　　一是政策宣讲下基层.厅领导干部每年开展政策宣讲不少于2场.\n"
            "　　二是调查研究下基层.厅党组成员每年到基层调研不少于2个月.\n"
            "　　三是信访接待下基层.厅领导干部每季度接待群众来访1天,努力把矛盾化解在萌芽状态.　　四是现场办公下基层。"
            "对基层反映的难题,厅领导到现场协调解决.\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["一是", "二是", "三是", "四是"]


def test_a_circled_item_run_onto_its_siblings_duty_note_opens_an_item():
    # (…完成时限：2014年11月底前）③清理规范…: a lost break after ②'s duty note; ③ is the next item)
    text = ("中共某县委常委会整改方案\n　　为抓好整改落实，制定本方案。\n一、专项整治\n"
            "①清理规范办公用房。超标部分一律腾退。（牵头领导:常务副县长;完成时限:2014年10月底前）\n"
            "②清理规范公务用车。超编车辆一律封存。（牵头领导:常务副县长;完成时限:2014年11月底前）③清理规范“三公”经费。"
            "“三公”经费只减不增。（牵头领导:县长）\n"
            "④整治“庸懒散奢”等不良风气。建立问题台账，限期整改。\n")
    assert [t[:1] for t in extract(text)[0]["text"]] == ["①", "②", "③", "④"]


def test_an_attached_table_whose_header_stands_one_space_from_its_number_gives_its_rows():
    # (序号　整改任务　　…: the header typed with one ideographic space after 序号; its rows are tasks of their own; a
    # table restating the text above under the same header stays out)
    text = ("某市公安局交通警察支队作风纪律专项整治方案\n　　为抓好专项整治，制定本方案。\n"
            "　　一、严格执法执勤。路面执勤民警一律佩戴执法记录仪。\n　　二、规范窗口服务。车管所窗口实行首问负责。\n"
            "附件：专项整治整改任务清单\n某市公安局交通警察支队\n2015年6月8日\n"
            "附件\n专项整治整改任务清单\n序号　整改任务　　　　　　　　　　责任单位　　　　完成时限\n"
            "1　　完成全支队执法记录仪配备更新　　　　支队装备财务科　　2015年8月底\n"
            "2　　建设执法音视频数据管理平台　　　　　支队科技科　　　　2015年9月底\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一、严格", "二、规范", "1　　完", "2　　建"]
    restating = text.replace("完成全支队执法记录仪配备更新", "路面执勤民警一律佩戴执法记录仪　支队长").replace(
        "建设执法音视频数据管理平台", "车管所窗口实行首问负责　政委")
    assert [t[:4] for t in extract(restating)[0]["text"]] == ["一、严格", "二、规范"]


def test_an_attached_table_restating_the_plans_measures_in_short_stays_out():
    # (blind_plans241's f443_02: an attached 整改任务分解表 under a header one space from 序号, its rows the plan's
    # measures in short, its cells typed with one or more spaces: its writer left it unkeyed)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans241" / "f443_02.txt")
    texts = extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]
    assert len(texts) == 15 and not any(t[:1].isdigit() and "\u3000\u3000" in t for t in texts)


def test_a_rectification_focus_item_naming_a_field_then_how_it_shows_is_a_problem():
    # (一、治理重点 / （一）“四个意识”不强。主要表现为：…以文件落实文件…: a problem and its symptoms, though a symptom
    # quotes a verb of what should be done)
    text = ("扶贫领域作风问题专项治理实施方案\n　　为转变扶贫干部作风，制定本方案。\n一、治理重点\n"
            "    （一）“四个意识”不强。主要表现为：满足于一般性号召，以会议贯彻会议、以文件落实文件。\n"
            "    （二）工作作风不扎实。主要表现为：填表报数多、入户走访少。\n"
            "二、主要措施\n    （一）压实政治责任。市县党委主要负责同志每年报告脱贫攻坚工作。\n"
            "    （二）加强资金监管。全面推行扶贫资金项目公告公示制度。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（一）压实", "（二）加强"]


def test_a_numbered_item_run_onto_its_siblings_duty_note_opens_an_item():
    # (…完成整改销号.（牵头科室:驻局纪检监察组）3.畅通…: a lost break after 2.'s duty note; 3. is the next item)
    text = ("某市交通运输局党组作风建设年实施方案\n　　为推进作风建设，制定本方案。\n一、主要任务\n"
            "1.严控会议文件,局机关发文总量比上年压减10%.（牵头科室:办公室）\n"
            "2.开展“窗口作风大整顿”,重点整治“冷硬横推”,10月底前完成整改销号.（牵头科室:驻局纪检监察组）"
            "3.畅通群众诉求渠道,对12345热线转办件一律在5个工作日内办结.（牵头科室:办公室）\n"
            "4.规范执法行为,推行执法全过程记录.\n")
    assert [t[:2] for t in extract(text)[0]["text"]] == ["1.", "2.", "3.", "4."]


def test_an_attached_table_of_who_answers_for_each_part_is_no_task_table():
    # (blind_plans232's f434_02: an attached 责任分工表 naming the office that leads each chapter of the rules; its
    # writer left the rows unkeyed)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans232" / "f434_02.docx")
    assert len(extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]) == 19


def test_an_attached_table_of_who_answers_for_tasks_of_its_own_gives_its_rows():
    # (…“禁酒令”落实责任分工表 / 序号 工作任务 牵头单位 配合单位 完成时限: tasks the rules do not state, each row keyed;
    # a table naming the rules' articles, 调查研究（第三条至第五条）, still restates them)
    rules = ("某省公安厅禁酒令实施细则\n第一条　为严明纪律，制定本细则。\n第二条　民警工作日午间一律禁止饮酒。\n"
             "第三条　民警执行公务期间一律禁止饮酒。\n第四条　本细则自印发之日起施行。\n"
             "附件：禁酒令落实责任分工表\n附件\n禁酒令落实责任分工表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n")
    rows = ("1\t组织全体民警逐条学习本细则，逐人签订承诺书\t政治部\t各警种\t2013年7月15日前\n"
            "2\t清理规范机关食堂和内部接待场所，建立酒水出入库登记制度\t装备财务处\t机关服务中心\t2013年7月底前\n")
    assert [t[:4] for t in extract(rules + rows)[0]["text"]] == ["第二条　", "第三条　", "1\t组织", "2\t清理"]
    rows = "1\t工作日午间禁酒（第二条）\t政治部\t各警种\t长期\n2\t公务期间禁酒（第三条）\t督察总队\t各警种\t长期\n"
    assert [t[:4] for t in extract(rules + rows)[0]["text"]] == ["第二条　", "第三条　"]


def test_an_article_asking_to_know_a_units_basic_facts_is_a_measure():
    # (第八条　…执法人员应当熟悉被检查单位的基本情况，制定检查方案…: a duty, not a section reporting 基本情况)
    text = ("澧州市应急管理部门安全生产执法检查作风规定\n第一章　总　则\n第一条　为规范执法检查，制定本规定。\n"
            "第二章　检查计划与实施\n第二条　应急管理部门应当于每年1月底前编制年度监督检查计划。\n"
            "第三条　开展执法检查前，执法人员应当熟悉被检查单位的基本情况，制定检查方案，明确检查重点。\n"
            "第四条　不得以督导、调研、暗访等名义变相增加企业检查次数。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第二条", "第三条", "第四条"]


def test_a_remedy_labels_first_circled_item_on_its_line_is_carried_on_by_the_lines_below():
    # (blind_plans333's f537_06: 整改措施:①全面清理… / ②建立… / ③扩大…, the first item run onto the label and the rest
    # opening lines; and ①…整改.②修订…, a lost break after a damaged stop: one measure per item either way)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans333" / "f537_06.txt")
    texts = [t[:5] for t in extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]]
    assert texts[2:7] == ["①对局机关", "②修订《丹", "③清理财政", "①全面清理", "②建立专项"]


def test_a_bare_lead_under_a_remedy_label_splits_its_run_and_a_timetable_with_its_steps_is_no_measure():
    # (整改措施： / 重点抓好以下工作：一是…；二是…；三是…: the lead's run, one measure per item; not a commitment's parts,
    # …进行1次自查，自查重点是三项内容：一是…, one measure; and 二、整改时限及步骤 over prose is a timetable)
    text = ("中共某县人大常委会党组“三严三实”专题民主生活会整改方案\n　　为抓好整改落实，制定本方案。\n一、问题及整改措施\n"
            "    （一）严以律己方面\n    存在问题：公务接待审批不够严格。\n    整改措施：\n"
            "    一是每年对公务接待、会议费支出情况进行1次自查，自查重点是三项内容：一是接待对象是否符合规定；二是会议是否严格控制规模。\n"
            "    （二）创业要实方面\n    存在问题：联系人大代表不够紧密。\n    整改措施：\n"
            "    重点抓好以下工作：一是2016年6月底前实现代表之家全覆盖；二是完善常委会组成人员联系代表制度；三是实行代表建议重点督办制度。\n"
            "二、整改时限及步骤\n    整改工作从2016年1月下旬开始，到2016年底结束。1月底前，完成整改方案的制定和印发；2月至11月，"
            "逐项推进整改任务；12月，对整改工作进行总结，向县委报告整改落实情况。\n"
            "三、组织保障\n    一是加强领导，落实责任。党组书记为第一责任人。\n    二是跟踪督查，确保实效。每两个月检查一次整改进展。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是每年", "一是20", "二是完善", "三是实行", "一是加强", "二是跟踪"]


def test_a_section_of_its_timetable_and_steps_over_prose_is_no_measure():
    # (blind_plans338's f542_03: 三、整改时限及步骤 / 整改工作从2016年1月下旬开始，…: when the work is done, in prose; and
    # 整改措施： / 重点抓好以下工作：一是…；二是…；三是…, a bare lead's run, one measure per item)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans338" / "f542_03.txt")
    texts = [t[:4] for t in extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]]
    assert len(texts) == 19 and not any(t.startswith("整改工作") for t in texts) and texts[-6:-3] == ["一是20", "二是完善", "三是实行"]


def test_a_lead_to_tasks_naming_the_problems_they_answer_splits_its_run():
    # (围绕会议多、文件多的问题，重点抓好以下工作：一是…；二是…: a lead to tasks, not a problem list)
    text = ("中共某县人民政府党组整改方案\n　　为抓好整改落实，制定本方案。\n一、整改任务和措施\n"
            "（一）在改进文风会风上下功夫\n"
            "    围绕会议多、文件多的问题，重点抓好以下工作：一是严格控制会议数量和规模，专题会议能不开的坚决不开；"
            "二是提高文件质量，发文数量比上年减少20%以上；三是改进会议形式，推行电视电话会议。\n"
            "（二）在深入基层服务群众上下功夫\n    一是建立县政府领导联系乡镇制度。\n    二是完善县长热线。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严格", "二是提高", "三是改进", "一是建立", "二是完善"]


def test_a_lead_counting_the_fields_of_problems_opens_a_problem_list():
    # (…作风纪律方面主要存在六个方面的问题：一是…；二是…: what went wrong, no measures; an order to look for them,
    # …重点查摆以下方面问题：①…, stays a duty: blind_plans208's f410_06)
    text = ("某市司法局作风纪律专项整治方案\n　　为抓好专项整治，制定本方案。\n一、整治内容\n"
            "　　从前期征求意见和自查自纠情况看，全市司法行政系统在作风纪律方面主要存在三个方面的问题：一是政治意识不强，落实不到位；"
            "二是服务意识淡薄，窗口存在“冷硬横推”现象；三是纪律松弛，工作日中午饮酒问题时有发生。\n"
            "二、主要措施\n　　（一）深化理论武装。每月开展一次专题学习。\n　　（二）开展违规饮酒专项整治。对违规饮酒的一律从严处理。\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（一）深化", "（二）开展"]


def test_a_section_on_the_great_significance_is_preamble_and_numbered_report_phone_lines_close_the_plan():
    # (一、充分认识…的重大意义 over background, as 重要意义 is; and an attachment's 一、镇纪委举报电话：0836-… lines)
    text = ("关于严明村（社区）“两委”换届纪律的通知\n各乡镇党委、纪委：\n　　现就有关事项通知如下。\n"
            "一、充分认识严明换届纪律的重大意义\n今年我县集中开展村（社区）“两委”换届，全县共涉及186个村。\n"
            "二、严格执行换届纪律\n（一）严禁拉票贿选。\n（二）严禁违规用人。\n"
            "附件\n换届选举监督举报方式\n一、镇纪委举报电话：0836-5512307\n二、镇党委换届选举工作领导小组办公室电话：0836-5512260\n")
    assert [t[:5] for t in extract(text)[0]["text"]] == ["（一）严禁", "（二）严禁"]


def test_a_compilations_table_of_contents_gives_no_measures():
    # (目　录 / 一、首问负责制度 / 二、限时办结制度 …: the entries come again as the rules' titles; they are no items)
    text = ("白沙镇便民服务中心工作制度汇编\n\n目　录\n一、首问负责制度\n二、限时办结制度\n\n"
            "一、首问负责制度\n　　1.首问负责人对群众提出的事项应当即受理。\n　　2.首问负责人应认真填写登记簿。\n"
            "二、限时办结制度\n　　1.即办事项当场办结。\n　　2.承诺事项在承诺时限内办结。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.首问", "2.首问", "1.即办", "2.承诺"]


def test_an_attached_list_of_where_to_report_gives_no_measures():
    # (blind_plans340's f544_05: 附件 / …监督举报方式 / 一、镇纪委举报电话：0836-… / 二、…办公室电话：… / 四、…举报电话：12388)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans340" / "f544_05.txt")
    texts = extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]
    assert len(texts) == 13 and not any("电话：" in t[:30] for t in texts)


def test_an_item_opening_with_a_count_is_no_decimal():
    # (1.部分历史遗留的… / 2.1个农田水利项目受汛期影响… / 3.…: the 2. of a run whose text opens with a count)
    text = ("某县关于做好审计整改工作的通知\n　　现就有关事项通知如下。\n一、整改要求\n"
            "1.部分单位要在9月底前缴清欠缴的非税收入；\n2.1个农田水利项目要倒排工期，年底前完工；\n"
            "3.各单位要在10月底前完成资产清查。\n二、工作措施\n1.建立整改台账。\n2.实行对账销号。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.部分", "2.1个", "3.各单", "1.建立", "2.实行"]
    # … but a wrapped line opening with a decimal fills no gap: it goes on the item before it (…比上年减少 / 1.5个百分点)
    text = ("某县关于做好审计整改工作的通知\n　　现就有关事项通知如下。\n一、整改要求\n"
            "1.压减会议数量，会议费比上年减少\n1.5个百分点以上；\n2.实行对账销号。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.压减", "2.实行"]


def test_a_lead_to_a_report_on_mending_problems_opens_no_problem_list():
    # (现将…审计查出问题的整改情况报告如下： / 一、整改工作总体情况 … / 四、下一步工作措施 / 下一步，…重点抓好以下工作：一是…)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans324" / "f528_02.txt")
    texts = [t[:4] for t in extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]]
    assert texts[:5] == ["一是继续", "二是严格", "三是加大", "四是健全", "五是加强"] and len(texts) == 13


def test_a_first_arabic_item_run_onto_its_titles_line_opens_the_run():
    # (（四）一次性告知制度。1．编制办事指南。… / 2．落实书面告知。…: the break after the title was lost, the 2． opens a line)
    text = ("某省便民服务中心工作制度\n　　为规范便民服务，制定本制度。\n一、工作制度\n"
            "　　（一）首问负责制度。1．明确首问责任人。首位接待人员为首问责任人。\n　　2．规范首问流程。当即办理。\n"
            "　　（二）一次性告知制度。1．编制办事指南。做到要素齐全。\n　　2．落实书面告知。一次性告知需补正的材料。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1．明确", "2．规范", "1．编制", "2．落实"]


def test_an_item_applying_the_rules_with_a_rule_of_its_own_is_a_measure():
    # (1.各村(居)委会接待回乡侨胞参照本办法执行,接待费用…的,须经村民代表会议讨论通过: not the plan's closing clause)
    text = ("某镇涉侨接待管理办法\n　　为规范涉侨接待，制定本办法。\n一、规范镇机关接待\n1.接待用餐安排在机关食堂。\n"
            "2.不得赠送礼品。\n二、规范村(居)涉侨活动\n1.各村(居)委会接待回乡侨胞参照本办法执行,接待费用从村级经费中列支的,"
            "须经村民代表会议讨论通过.\n2.村干部不得以村集体名义组团出境.\n三、附则\n1.各村参照本办法执行。\n2.本办法自印发之日起施行。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.接待", "2.不得", "1.各村", "2.村干"]



def test_a_remedy_label_run_onto_the_problem_field_leads_to_its_items():
    # (存在问题：…出租给个体户经营.整改措施：①对超标的… / ②收回…: a lost break ran the label and ① onto the problem's line;
    # and ②建立…杜绝重复购置和浪费。③每半年…: the lost break hid the last ③ in the line of ②)
    text = ("某镇巡察反馈问题整改方案\n　　为抓好巡察反馈问题整改，制定本方案。\n一、整改任务\n（一）公务接待不规范\n"
            "　　存在问题：无公函接待3次。\n　　整改措施：①严格执行无公函不接待。\n　　②严格控制陪餐人数。\n"
            "　　责任领导：镇长　完成时限：2018年8月\n\n（二）办公用房超标准使用\n"
            "　　存在问题：镇长办公室使用面积超过规定标准,2间临街用房出租给个体户经营.整改措施：①对超标办公室进行隔断改造。\n"
            "　　②收回出租的2间临街用房。\n　　责任领导：镇党委书记　完成时限：2018年8月\n\n（三）厉行节约制度执行不到位\n"
            "　　存在问题：公务卡强制结算目录执行不严。\n　　整改措施：①严格执行公务卡强制结算目录。\n"
            "　　②建立办公用品采购审批制度,杜绝重复购置和浪费。③每半年分析一次经费支出情况。\n"
            "　　责任领导：镇长　完成时限：2018年9月\n\n二、保障措施\n　　一是加强组织领导。\n　　二是强化监督问责。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["①严格执", "②严格控", "①对超标", "②收回出", "①严格执", "②建立办",
                                                         "③每半年", "一是加强", "二是强化"]
    # (the ① after the label is the run's first item: 整改措施：①… / ②… opening the next line)
    marks = numbering.find_markers("（一）接待\n　　整改措施：①严格执行无公函不接待。\n　　②严格控制陪餐人数。\n")
    assert [(m.scheme, m.value) for m in marks if m.scheme == "circled"] == [("circled", 1), ("circled", 2)]



def test_a_rule_sentence_over_its_details_run_is_one_measure():
    # (接待单位应当如实填写接待清单，并由相关负责人审签。一是接待清单包括…；二是…；三是…: the details of one rule)
    text = ("某县公务接待实施细则\n　　为规范公务接待，制定本细则。\n一、严格接待审批\n"
            "　　一是实行公函制度。\n　　二是实行接待审批制度。\n二、推行接待清单制度\n"
            "　　接待单位应当如实填写接待清单，并由相关负责人审签。一是接待清单包括接待对象的单位、姓名、职务等内容；"
            "二是接待清单作为财务报销的凭证之一；三是各单位每季度末将接待清单汇总情况报县财政局备案。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是实行", "二是实行", "接待单位"]


def test_a_label_a_hard_wrap_cut_from_its_line_is_no_label():
    # (…学员外出调研和现场教学要严格遵守以 / - 1 - / 下规定：1.调研点…；/ 2.轻车简从…；3.…: one rule's details, the wrap
    # having cut 以下规定： so that 下规定： looks like a label over a first item)
    text = ("某省行政学院关于改进培训作风的实施意见\n　　为改进培训作风，现提出如下意见。\n一、改进教学\n"
            "　　（一）改进教学方式方法。大力推行案例式、研讨式教学，切实增强培训的针对\n性和实效性。\n"
            "　　（二）规范现场教学和学员调研。学员外出调研和现场教学要严格遵守以\n\n- 1 -\n\n"
            "下规定：1.调研点须经院教务处审核，不得安排到风景名胜区；\n2.轻车简从，不搞层层陪同；3.在调研单位食堂用工作餐；"
            "4.调研结束后及时\n撰写调研报告，不得以调研名义变相旅游。\n"
            "　　（三）严格培训班次管理。严格执行年度培训计划，不得擅自增设班次。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）改", "（二）规", "（三）严"]


def test_a_lead_to_tasks_after_an_items_title_splits_its_circled_run():
    # (4、加强统计基础建设。重点做好以下工作:①…;②…;③…: the tasks, as a 一是 run after such a lead is; not 必须做到:①…)
    text = ("某镇统计工作作风建设实施方案\n　　为加强统计工作作风建设，制定本方案。\n一、主要措施\n"
            "  1、规范统计调查现场工作。镇统计站开展入户调查时,必须做到:①调查人员佩戴证件;②不得接受宴请.\n"
            "  2、加强统计基础建设。重点做好以下工作:①规范企业统计台账,年底前全部达标;②建立村级统计信息员队伍;"
            "③落实统计工作经费.\n  3、严肃统计执法。依法依规严肃处理统计违法行为。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1、规范", "①规范企", "②建立村", "③落实统", "3、严肃"]


def test_an_article_classifying_with_numbered_classes_is_no_measure():
    # (第五条　省级会议分为以下四类： / （一）一类会议。是以省委、省政府名义召开的…。/ …: a definition, as 分为三类：一类… is)
    text = ("某省省级会议费管理办法\n第一章　总则\n第一条　为加强会议费管理，制定本办法。\n第二章　会议分类\n"
            "第二条　省级会议分为以下三类：\n（一）一类会议。是以省委、省政府名义召开的全省性会议。\n"
            "（二）二类会议。是省直各部门召开的全省性业务工作会议。\n（三）三类会议。是除上述会议以外的其他业务性会议。\n"
            "第三条　各部门应当严格控制会议数量和规模。\n第四条　会议一律在机关内部会议室召开。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第三条　", "第四条　"]
    # … nor one that first says the matter is managed by class (…实行分类管理，分为以下三类：, 培训实行分类管理。一类培训是指…)
    for opening in ("第二条　省级会议实行分类管理，分为以下三类：\n", "第二条　省级会议实行分类管理。\n"):
        assert [t[:4] for t in extract(text.replace("第二条　省级会议分为以下三类：\n", opening))[0]["text"]] == ["第三条　", "第四条　"]
    # … nor the closing clause naming who interprets the rules, however many bodies do it together
    text += "第五条　本办法由省财政厅会同省委组织部、省人力资源和社会保障厅负责解释。\n第六条　本办法自印发之日起施行。\n"
    assert [t[:4] for t in extract(text)[0]["text"]] == ["第三条　", "第四条　"]


def test_the_cases_a_rule_excepts_stay_in_the_rule():
    # (（二）严格控制现金结算。除下列情形外，…不得使用现金结算…： / 1.… / 2.… / 确需使用现金结算的，…: one rule, its
    # exceptions no commitments of their own)
    text = ("某市财政局关于实行公务卡强制结算目录的通知\n各预算单位：\n　　为规范公务支出，现就有关事项通知如下：\n"
            "一、严格公务卡使用\n（一）严格执行报销规定。持卡人应当在规定期限内凭发票办理报销手续。\n"
            "（二）严格控制现金结算。除下列情形外，各预算单位不得使用现金结算目录内的公务支出：\n"
            "1.在县级以下（不含县级）地区发生的公务支出；\n2.在不具备刷卡条件的地区和场所发生的公务支出。\n"
            "确需使用现金结算的，经办人应当说明原因，经单位负责人审批后方可报销。\n"
            "（三）严禁公卡私用。公务卡只能用于公务支出，严禁用于个人消费。\n")
    texts = extract(text)[0]["text"]
    assert [t[:4] for t in texts] == ["（一）严", "（二）严", "（三）严"] and texts[1].rstrip().endswith("方可报销。")


def test_an_attachment_list_numbered_from_its_labels_line_gives_no_measures():
    # (blind_plans344's f548_05: 附件：1．…补贴标准表 / 2．…核定表 / 3．…组建方案: the entries name attached files, and
    # its 2．3． would carry on the plan's last run of 1．2．)
    from analysis import corpus
    doc = corpus.load_document(Path(__file__).parent / "data" / "blind_plans344" / "f548_05.txt")
    texts = extract(doc.text, [(s, e) for s, e, _ in doc.furniture])[0]["text"]
    assert len(texts) == 23 and not any("临渊县公务用车服务中心组建方案" in t for t in texts)


def test_a_section_title_run_onto_its_circled_items_opens_their_run():
    # (三、保障措施①成立整改工作领导小组…；②实行…；③镇纪委…: a lost break ran the title onto its items, as 一是 runs on)
    text = ("某镇整改方案\n　　为抓好整改，制定本方案。\n一、整改措施\n　　1、严格公务接待。\n　　2、规范公务用车。\n"
            "二、保障措施①成立整改工作领导小组，镇党委书记任组长；②实行领导班子成员包村责任制；③镇纪委对整改情况跟踪督查.\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1、严格", "2、规范", "①成立整", "②实行领", "③镇纪委"]


_WRAPPED_PLAN = ("某镇移风易俗专项整治方案\n　　为推进移风易俗，制定本方案。\n一、主要措施\n"
                 "　　（一）健全红白理事会组织。各村于11月底前健全红白理事会。\n"
                 "　　（二）落实报备制度。村民操办婚丧事实行事前报告。\n二、整改清单\n{table}\n三、保障措施\n"
                 "　　（一）加强组织领导。成立镇移风易俗工作领导小组。\n")


def test_a_table_a_pdf_copy_laid_out_as_text_gives_one_measure_per_row():
    # (序号  整改任务  责任单位  完成时限 / 1     对全镇18个村…逐村摸    镇民政办    2019年11月 /       排，建立工作台账  15日前
    # / - 2 - / 2 …: the cells wrapped in their columns, a page number between rows)
    table = ("序号  整改任务                                责任单位        完成时限\n"
             "1     对全镇18个村红白理事会运行情况逐村摸    镇民政办        2019年11月\n"
             "      排，建立工作台账                                        15日前\n"
             "2     组织各村红白理事会会长、理事集中培训1   镇党建办、镇民  2019年11月\n"
             "      次，明确职责和操办标准                  政办            30日前\n\n- 2 -\n\n"
             "3     在镇、村两级公布举报电话，受理群众对大  镇纪委          2019年11月\n"
             "      操大办问题的举报                                        10日前")
    m = extract(_WRAPPED_PLAN.format(table=table), [])[0]
    assert [t[:6] for t in m["text"]] == ["（一）健全红", "（二）落实报", "1     ", "2     ", "3     ", "（一）加强组"]
    assert list(m["label"][2:5]) == ["1", "2", "3"] and "操大办问题的举报" in m["text"][4]
    # … and so does one flattened with single spaces, or one cell per line, its unit and deadline left out of the row
    table = ("序号 整改任务 责任单位 完成时限\n1 规范坐班值班：各村每天至少1名干部坐班，\n坐班表上墙公示\n镇党建办\n2022年5月底前\n"
             "2 落实代办服务：每村明确1名专职代办员\n镇便民服务中心\n2022年6月底前")
    m = extract(_WRAPPED_PLAN.format(table=table), [])[0]
    assert [t.split("\n")[-1] for t in m["text"][2:4]] == ["镇党建办", "镇便民服务中心"]
    # … its deadline wrapped to a lone 底 (2022年6月 / 底) still its deadline
    m = extract(_WRAPPED_PLAN.format(table=table.replace("2022年6月底前", "2022年6月\n底")), [])[0]
    assert [t.split("\n")[-1] for t in m["text"][2:4]] == ["镇党建办", "镇便民服务中心"]


def test_a_pdf_table_whose_cells_are_centred_in_their_rows_gives_each_row_its_lines_above_its_number():
    # (a PDF that centred its cells leaves each row's 序号 on the row's middle line: the lines between two numbers are
    # shared out, the lower row taking the odd one; a category row ends a row; a 续表 line and the header repeated over
    # a page break belong to no row)
    table = ("序号  问题                    整改措施                              责任单位    完成时限\n"
             "一、会议方面\n"
             "      会议偏多，部分会议会期  严格执行年度会议计划，计划外会议须报\n"
             "1     偏长                    党组审批，会期一般不超过1天           办公室      2018年6月底\n"
             "      文件偏多                全面清理规范性文件，压减发文数量10%\n"
             "2     简报偏长                严格控制简报篇幅，一般不超过2000字    办公室      2018年6月底\n"
             "                              以内\n"
             "二、接待方面\n"
             "      接待无公函              无公函的一律不予接待，接待清单与公函\n"
             "续表\n"
             "序号  问题                    整改措施                              责任单位    完成时限\n"
             "3     清单                    一并归档备查                          办公室      立行立改\n"
             "                              推行公务用车“一车一卡”管理，出车一律\n"
             "4     公车管理不规范          实行派车单制度                        服务中心    长期坚持")
    plan = _WRAPPED_PLAN.format(table="　　（一）…").split("二、整改清单")[0] + "附件：整改清单\n\n附件\n\n整改清单\n"
    m = extract(plan + table, [])[0]
    rows = [t.replace(" ", "") for t in m["text"][2:]]
    assert list(m["label"][2:]) == ["1", "2", "3", "4"]
    assert rows[0].startswith("会议偏多") and rows[0].endswith("2018年6月底") and "文件偏多" not in rows[0]
    assert rows[1].startswith("文件偏多") and rows[1].endswith("以内") and "二、接待" not in rows[1]
    assert rows[2].startswith("接待无公函") and "一并归档备查" in rows[2]
    assert rows[3].startswith("推行公务用车") and "派车单制度" in rows[3]
    # … and so is a copy that dropped the indents, each cell's lines set off by single spaces, up to its closing lines
    table = ("序号 整改任务 责任领导 完成时限\n"
             "严格执行公务接待管理规定，全面\n落实接待审批单、公函、接待清单\n"
             "1 “三单”管理，严禁无公函接待 周立新 2017年7月底前\n和超标准接待。\n"
             "对公务用车进行全面核查，违规\n"
             "2 保留的车辆一律封存上交，建立 何建平 2017年8月底前\n公务用车使用登记和公示制度。\n"
             "抄送：省委巡视工作领导小组办公室。\n")
    m = extract(plan + table, [])[0]
    assert list(m["label"][2:]) == ["1", "2"] and m["text"][2].startswith("严格执行公务接待")
    assert m["text"][2].rstrip().endswith("和超标准接待。") and m["text"][3].rstrip().endswith("使用登记和公示制度。")


def test_an_unsigned_plans_plain_text_ledger_with_rules_and_bracketed_categories_gives_a_measure_per_row():
    # (附件：…整改台账 right after the plan's last item, no signature, then a <pre> block: its title, =====, the header,
    # -----, （一）形式主义方面（2项）, rows 1 and 2, -----, （二）…: the plan ends at the 附件 line, each row a measure)
    plan = ("某镇整改方案\n　　为推进整改，制定本方案。\n一、主要措施\n"
            "　　（一）健全红白理事会组织。各村于11月底前健全红白理事会，明确会长、理事和操办标准，张榜公布。\n"
            "　　（二）落实报备制度。村民操办婚丧事实行事前报告。\n附件：某镇整改台账\n")
    table = ("                某镇整改台账\n" + "=" * 60 + "\n"
             "序号  整改任务及措施                        牵头领导    完成时限\n" + "-" * 60 + "\n"
             "（一）形式主义方面（2项）\n"
             " 1    精简会议文件。全镇性会议一律从严控制，  镇党委书记  2014年10月底\n"
             "      能不开的坚决不开。\n"
             " 2    改进调查研究。班子成员每人每年到村调研  镇长        长期坚持\n"
             "      不少于60天。\n" + "-" * 60 + "\n"
             "（二）享乐主义方面（1项）\n"
             " 3    整顿工作纪律。全面推行考勤登记和去向公  镇纪委书记  长期坚持\n"
             "      示。\n")
    m = extract(plan + table, [])[0]
    assert [t[:6] for t in m["text"][:2]] == ["（一）健全红", "（二）落实报"] and list(m["label"][2:]) == ["1", "2", "3"]
    assert m["text"][3].endswith("不少于60天。") and m["text"][4].startswith("3    整顿")


def test_a_hard_wrapped_unsigned_plans_list_one_cell_per_line_gives_its_rows_whole():
    # (a PDF copy wrapped short of a long line: 附件 / its title / 序号 整改任务 整改措施 责任领导 完成时限 / 一、…方面（2项） / 1 /
    # its cells one per line, a date a wrap cut inside its day, 2021年9月3 / 0日前; the last row's deadline on lines
    # past the longest row's length is still its own)
    plan = ("某工作队作风问题专项整改方案\n　　为抓好整改，制定本方案。\n一、整改措施\n"
            "　　（一）加强组织领导。成立工作队作风问题专项整\n改领导小组，统筹推进整改工作。\n"
            "　　（二）强化督促检查。每月对整改进展情况开展一\n次督查。\n附件\n某工作队作风问题专项整改清单\n")
    table = ("序号 整改任务 整改措施 责任领导 完成时限\n一、工作作风方面（2项）\n"
             "1\n解决调研不深入问题\n制定队员基层调研计划，每季度调研不少于10天\n副领队 周立明\n2021年9月3\n0日前\n"
             "2\n严格执行请销假制度\n实行请销假线上登记\n和每周通报\n副领队 周立明\n2021年9月起\n长期坚持\n")
    m = extract(plan + table, [])[0]
    assert list(m["label"]) == ["（一）", "（二）", "1", "2"]
    assert m["text"][2].endswith("副领队 周立明") and m["text"][3].endswith("副领队 周立明")


def test_a_focus_item_resolving_to_keep_rectifying_a_problem_is_a_measure():
    # (二、治理重点 / 四是持续整治收受“红包”问题。对收受…“红包”的医务人员，发现一起、查处一起…: what will be done, not a
    # problem named; a problem named and described is still one)
    text = ("某县卫生健康局专项治理方案\n　　为纠正医药购销领域不正之风，制定本方案。\n一、治理重点\n"
            "　　一是严肃查处收受回扣问题。重点查处医务人员收受医药企业回扣的行为。\n"
            "　　二是持续整治收受“红包”问题。对收受患者及其亲属“红包”的医务人员，发现一起、查处一起，并在全县通报。\n"
            "二、工作措施\n　　（一）全面开展自查自纠。各医疗卫生机构要组织全体职工开展自查自纠。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严肃", "二是持续", "（一）全"]
    # … as is one naming with whom it will be done first (（四）涉及医保基金使用的有关问题。联合市医疗保障局，严肃查处…)
    text = text.replace("二是持续整治收受“红包”问题。对收受患者及其亲属“红包”的医务人员，发现一起、查处一起，并在全县通报。",
                        "二是涉及医保基金使用的有关问题。联合县医疗保障局，严肃查处虚构服务、串换项目等欺诈骗保行为。")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是严肃", "二是涉及", "（一）全"]


def test_a_task_list_naming_the_sections_above_it_restates_them():
    # (四、整改任务清单 / 1　解决形式主义问题　包村联系、精简会议文件 … under （一）着力解决形式主义问题: each row names a
    # section, most of its character pairs found in that heading; the sections' items are the measures)
    text = ("某卫生院整改方案\n　　为抓好整改落实，制定本方案。\n一、整改措施\n（一）着力解决形式主义问题\n"
            "　　①建立院领导包村联系制度，每月下村指导不少于1次。\n　　②精简会议，每月全院职工大会不超过1次。\n"
            "（二）着力解决群众看病就医中的突出问题\n　　①严格执行国家基本药物制度，基本药物全部实行零差率销售。\n"
            "　　②每月开展一次处方点评，对不合理用药的医师进行约谈。\n"
            "二、整改任务清单\n序号\t整改事项\t主要内容\t责任人\t完成时限\n"
            "1\t解决形式主义问题\t包村联系、精简会议文件\t王建平\t2014年8月底\n"
            "2\t解决看病就医突出问题\t基本药物、处方点评\t陈志军\t2014年10月底\n"
            "三、保障措施\n　　加强组织领导。成立整改工作领导小组。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["①建立", "②精简", "①严格", "②每月", "加强组"]


def test_a_pdf_table_in_the_plans_body_keeps_its_category_rows_out_of_the_plans_numbering():
    # (三、整治任务 / …具体如下： / 序号 整治任务 牵头领导 … / 一、规范财政资金分配 / 1 … / 二、提高服务效率 / 3 … then
    # 四、保障措施: the category rows are no sections of the plan, and 四、 still follows 三、)
    text = ("某局专项整治实施方案\n一、指导思想\n以改进作风为目标。\n二、整治重点\n1.资金分配不透明问题。\n2.审批环节多问题。\n"
            "三、整治任务\n局党组确定了3项整治任务，具体如下：\n序号 整治任务 牵头领导 责任处室 完成时限\n"
            "一、规范财政资金分配\n1 全面推行财政专项资金竞争性分配，除 何建军 预算处 2014年6月\n救灾等特殊项目外一律公开评审\n"
            "2 建立专项资金分配结果公示制度，分配 何建军 预算处 2014年5月\n结果在局门户网站公示不少于7天\n"
            "二、提高服务效率\n3 精简财政资金拨付流程，国库集中支付 孙丽 国库处 2014年5月\n资金到位时间压缩到3个工作日\n"
            "四、保障措施\n1.加强组织领导。成立专项整治工作领导小组。\n2.强化监督问责。对工作不力的严肃问责。\n")
    m = extract(text)[0]
    assert list(m["label"]) == ["1", "2", "3", "1.", "2."]
    assert m["text"][0].rstrip().endswith("一律公开评审") and m["text"][2].rstrip().endswith("压缩到3个工作日")


def test_a_blank_form_or_a_self_check_list_laid_out_as_text_gives_no_measures():
    # (…整改台账（样表） / 序号  问题表现  整改措施  责任人 / 1 / 2 / 3: a form to fill in; 1　　是否存在…问题: points to check)
    plan = _WRAPPED_PLAN.format(table="　　（一）…").split("二、整改清单")[0] + "附件：自查表\n\n附件\n\n作风问题自查表\n"
    for table in ("序号  问题表现  整改措施  责任人  整改时限\n1\n2\n3",
                  "序号　自查项目　整改措施\n1　　是否存在上班迟到早退问题\n2　　是否存在接受宴请问题\n3　　是否存在收受礼金问题"):
        texts = extract(plan + table, [])[0]["text"]
        assert [t[:6] for t in texts] == ["（一）健全红", "（二）落实报"]


def test_a_numbered_order_to_draft_by_a_date_stays_an_item_with_a_closing_sentence_after_it():
    # (十、各市州党委、省直各部门要…制定具体措施，于2013年1月15日前报省委办公厅备案。县级以下党政机关参照本办法执行。:
    # the plan's last item, only its tail closes the plan)
    text = ("中共某省委关于改进工作作风的实施办法\n　　为改进工作作风，制定本办法。\n一、改进调查研究。到基层调研要轻车简从。\n"
            "二、精简会议活动。严格控制会议数量。\n三、各市州党委、省直各部门要按照本办法精神，结合实际制定具体措施，于2013年1月15日前"
            "报省委办公厅备案。县级以下党政机关参照本办法执行。\n")
    texts = extract(text)[0]["text"]
    assert [t[:4] for t in texts] == ["一、改进", "二、精简", "三、各市"] and texts[2].endswith("备案。")


def test_a_headed_paragraph_run_onto_the_one_before_with_no_indent_is_its_own_measure():
    # (加强组织领导.局党组成立…,负责日常工作。强化监督检查。局纪检组要采取明察暗访…: the break and the indent lost)
    text = ("某局专项整治方案\n　　为抓好专项整治，制定本方案。\n一、保障措施\n"
            "　　加强组织领导.局党组成立专项整治工作领导小组,负责日常工作。强化监督检查。局纪检组要采取明察暗访、随机抽查等方式开展监督。\n"
            "　　严肃执纪问责。对顶风违纪的一律从严处理。\n")
    assert [t[:6] for t in extract(text)[0]["text"]] == ["加强组织领导", "强化监督检查", "严肃执纪问责"]


def test_an_article_stating_a_stance_in_balanced_clauses_is_no_measure():
    # (第三条　领导干部与民营企业家交往，应当坚持亲而有度、清而有为，…，既要坦荡真诚…，又要守住底线、把好分寸。: a principle)
    text = ("某县领导干部政商交往行为规范\n第一条　为构建亲清政商关系，制定本规范。\n"
            "第二条　领导干部与民营企业家交往，应当坚持亲而有度、清而有为，既要坦荡真诚同民营企业家接触交往，又要守住底线、把好分寸。\n"
            "第三条　领导干部应当主动深入企业了解生产经营状况。\n第四条　领导干部不得接受民营企业的宴请。\n")
    assert [t[:3] for t in extract(text)[0]["text"]] == ["第三条", "第四条"]


def test_the_second_of_two_attached_tables_gives_its_own_tasks():
    # (附件1 检视问题整改清单 restating the text, 附件2 立行立改事项清单 of tasks of its own: the second's rows are measures)
    text = ("某镇主题教育检视问题整改方案\n　　为抓好整改，制定本方案。\n一、整改措施\n"
            "　　1．完善中心组学习制度，开展常态化学习。\n　　2．落实发文开会双控，清理工作群和政务App。\n"
            "二、工作要求\n　　各村要抓好落实。\n附件：1.检视问题整改清单\n　　　2.立行立改事项清单\n\n附件1\n\n检视问题整改清单\n\n"
            "序号\t问题表现\t整改措施\t责任单位\t完成时限\n1\t理论学习不够深入\t完善中心组学习制度，开展常态化学习\t党政办\t长期坚持\n"
            "2\t基层负担较重\t落实发文开会双控，清理工作群和政务App\t党政办\t长期坚持\n\n附件2\n\n立行立改事项清单\n\n"
            "序号\t立行立改事项\t具体措施\t责任单位\t完成时限\n1\t整治便民服务中心窗口空岗问题\t推行窗口AB岗和午间轮值制度\t便民服务中心\t11月底\n"
            "2\t解决集镇农贸市场占道经营问题\t划定临时摊位区，建立常态化巡查机制\t综合执法队\t12月底\n\n"
            "抄送：县委主题教育领导小组办公室。\n某镇党政综合办公室　　　　　2023年11月15日印发\n")
    texts = [t[:6] for t in extract(text)[0]["text"]]
    assert texts[:2] == ["1．完善中心", "2．落实发文"] and "1\t整治便民" in texts and "2\t解决集镇" in texts


def test_a_sections_intro_naming_what_its_tasks_answer_splits_its_run():
    # (三、工作措施 / 围绕上述整治内容,重点抓好以下工作：一是…；二是…；三是… / （一）…: the intro's tasks, then the items)
    text = ("某局吃拿卡要专项整治方案\n　　为开展专项整治，制定本方案。\n一、工作措施\n"
            "　　围绕上述整治内容,重点抓好以下工作：一是开展警示教育,组织执法人员观看警示教育片；二是开展廉洁家访；"
            "三是签订廉洁执法承诺书。\n　　（一）规范执法检查行为。执法检查一律两人以上。\n　　（二）落实执法全过程记录。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["一是开展", "二是开展", "三是签订", "（一）规", "（二）落"]


def test_an_attached_table_flattened_one_cell_per_line_or_of_key_projects_gives_its_rows():
    # (附件 / …整改清单 / 序号 / 整改事项 / 责任处室 / 完成时限 / 1 / 修订《…》，建 / 立年度会议计划审批制度 / 办公室 / …: a PDF copy's
    # attached table, one cell per line; and a Word table whose column of tasks is 重点项目)
    plan = ("某厅机关四风问题专项整治方案\n　　为开展专项整治，制定本方案。\n一、整治措施\n　　（一）精简会议文件。严控会议数量。\n"
            "　　（二）规范公务接待。严格执行接待标准。\n附件：整改清单\n\n附件\n整改清单\n{table}\n抄送：厅党组成员。\n"
            "某厅机关党委办公室　　2014年7月10日印发\n")
    flat = ("序号\n整改事项\n责任处室\n完成时限\n1\n修订《厅机关会议管理办法》，建\n立年度会议计划审批制度\n办公室\n2014年9月底\n前\n"
            "2\n建设厅机关电子考勤系统，实行指\n纹签到和月度通报\n人事处\n2014年8月底\n前")
    tab = ("序号\t重点项目\t牵头单位\t完成时限\n1\t修订《厅机关会议管理办法》，建立年度会议计划审批制度\t办公室\t2014年9月底前\n"
           "2\t建设厅机关电子考勤系统，实行指纹签到和月度通报\t人事处\t2014年8月底前")
    for table in (flat, tab):
        texts = [t.replace("\n", "").replace("\t", "")[:8] for t in extract(plan.format(table=table))[0]["text"]]
        assert texts == ["（一）精简会议文", "（二）规范公务接", "1修订《厅机关会", "2建设厅机关电子"]


def test_a_title_naming_sloth_as_its_field_heads_its_run():
    # ((三)集中整治“庸懒散”。一是…;二是…；三是…: the field the items answer, as 着力解决形式主义问题。一是… is)
    text = ("某镇机关干部作风整顿方案\n　　为整顿干部作风，制定本方案。\n一、整顿措施\n(一)严格考勤管理。实行每日签到制度。\n"
            "(二)集中整治“庸懒散”。一是开展上班时间玩手机游戏等问题专项检查;二是对无故旷工的扣减绩效考核奖；三是对整改不力的干部通报批评。\n"
            "(三)严肃财经纪律。严格执行镇村财务管理制度。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["(一)严", "一是开展", "二是对无", "三是对整", "(三)严"]


def test_points_an_inspection_covers_stay_in_its_item():
    # ((二)…要加强对市直各单位差旅费管理使用情况的监督检查。主要内容包括： / 1．…是否健全…；/ 2．…: the inspection's points)
    text = ("某市市直机关差旅费管理办法\n一、总则\n（一）为加强差旅费管理，制定本办法。\n二、监督问责\n"
            "（一）各单位应当加强对本单位工作人员出差活动的内控管理。\n"
            "（二）市财政局、市审计局等有关部门要加强对市直各单位差旅费管理使用情况的监督检查。主要内容包括：\n"
            "　　1．单位出差审批制度是否健全；\n　　2．差旅费报销是否符合规定；\n　　3．是否向下级单位转嫁差旅费。\n"
            "（三）出差人员不得接受礼品、礼金。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）各", "（二）市", "（三）出"]


def test_a_table_laid_out_as_text_with_its_header_split_or_a_lead_above_gives_only_its_rows():
    # (序  整改事项  责任  完成 / 号            领导  时限: the header wrapped in a narrow column; …研究确定了以下2项任务。 / 序号 /
    # 整治任务 / …: the lead above a table flattened one cell per line introduces it)
    plan = ("某镇整改落实方案\n　　为抓好整改落实，制定本方案。\n一、整改措施\n　　（一）精简会议文件。严控会议数量。\n"
            "二、整改事项清单\n{table}\n三、工作要求\n　　（一）加强组织领导。成立整改工作领导小组。\n")
    split = ("序  整改事项                              责任    完成\n号                                      领导    时限\n"
             "1   清理镇机关办公用房，超标准部分腾退      王立军  2014年10月\n2   清理规范村级各类挂牌，统一样式        李明    2014年11月")
    flat = ("镇党委研究确定了以下2项专项整治具体任务。\n序号\n整改任务\n牵头单位\n完成时限\n1\n清理镇机关办公用房，超标准部分腾退\n党政办\n"
            "2014年10月\n2\n清理规范村级各类挂牌，统一样式\n党建办\n2014年11月")
    for table in (split, flat):
        texts = [re.sub(r"\s", "", t)[:4] for t in extract(plan.format(table=table))[0]["text"]]
        assert texts == ["（一）精", "1清理镇", "2清理规", "（一）加"]


def test_a_focus_field_with_its_symptoms_numbered_is_a_problem():
    # (二、整治重点 / （一）…工作要求方面。1.只表态不落实，…；2.…照抄照搬…；3.…: the field and how it shows, even where a
    # symptom quotes a verb of what should be done, 落实)
    text = ("某市集中整治形式主义官僚主义工作方案\n　　为集中整治形式主义、官僚主义，制定本方案。\n一、整治重点\n"
            "（一）贯彻落实上级决策部署方面。1.只表态不落实，搞虚假式落实；2.对上级决策部署照抄照搬；3.搞材料出政绩。\n"
            "（二）联系服务群众方面。4.对群众反映的问题推诿扯皮；5.调研走马观花。\n二、整治措施\n（一）精简文件会议。发文数量压减30%。\n"
            "（二）规范督查检查考核。督查检查考核事项总数压减50%。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）精", "（二）规"]


def test_an_interpretation_pages_questions_head_the_measures_their_answers_quote():
    # (一、《决定》出台的背景是什么？ / 答：… / 二、…主要内容有哪些？ / 答：…主要内容包括： / （一）… / 四、…有哪些特点？ / 答：…一是更加
    # 全面… / 五、如何确保…？ / 答：…作出了专门规定：一是…；二是…: the rules quoted are the measures, the rest explains them)
    text = ("市委有关负责同志就《关于厉行节约的决定》答记者问\n一、《决定》出台的背景是什么？\n答：党的十八大以来，中央先后出台有关规定。\n"
            "二、《决定》的主要内容有哪些？\n答：《决定》共分七个部分。主要内容包括：\n（一）严格经费预算管理。严禁超预算安排支出。\n"
            "（二）从严控制公务接待。无公函的一律不予接待。\n三、《决定》有哪些特点？\n答：主要有三个方面的特点：一是更加全面。二是更加具体。三是更加严格。\n"
            "四、如何确保《决定》各项要求落到实处？\n答：《决定》对监督检查作出了专门规定：一是建立年度报告制度；二是开展经常性监督检查；三是推行公开公示。\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["（一）严", "（二）从", "一是建立", "二是开展", "三是推行"]


def test_an_attached_table_naming_the_texts_headings_restates_them():
    # (附件 / …任务分解表 / 1　阳奉阴违、做选择搞变通打折扣问题　市委办公室…: the rows name the sections whose items are the measures)
    text = ("澧州市主题教育专项整治工作方案\n　　为开展专项整治，制定本方案。\n一、整治内容\n"
            "（一）整治阳奉阴违、做选择搞变通打折扣问题\n　　1.对中央和省委决策部署落实情况开展全面督查。\n"
            "　　2.对督查发现的问题实行台账管理。\n（二）整治领导干部亲属违规经商办企业问题\n　　3.全面摸排相关人员从业情况。\n"
            "　　4.对查实的依规依纪处理。\n二、工作要求\n　　1.压实整治责任。各牵头单位主要负责同志为第一责任人。\n"
            "　　附件：专项整治任务分解表\n\n附件\n\n专项整治任务分解表\n\n"
            "序号　整治事项　　　　　　　　　　　　　　　　牵头单位　　　　　　　完成时限\n"
            "1　　阳奉阴违、做选择搞变通打折扣问题　　　　　市委办公室　　　　　　2019年12月底\n"
            "2　　领导干部亲属违规经商办企业问题　　　　　　市委组织部　　　　　　2019年12月底\n\n"
            "抄送：省委主题教育领导小组办公室。\n澧州市委主题教育领导小组办公室　　　　2019年10月12日印发\n")
    assert [t[:4] for t in extract(text)[0]["text"]] == ["1.对中", "2.对督", "3.全面", "4.对查", "1.压实"]


def test_a_commitment_then_a_lead_to_its_details_is_one_measure():
    # (严格控制会议数量和规模，全县性会议实行年度计划管理，具体要求如下：一是…；二是…；三是…: the details of one commitment, as
    # "…具体要求如下：（1）…（2）…" is kept whole)
    text = ("某县关于精简文件会议的通知\n　　现就有关事项通知如下。\n一、大力精简文件\n　　严格控制发文数量。\n二、大力精简会议活动\n"
            "　　严格控制会议数量和规模，全县性会议实行年度计划管理，具体要求如下：一是同一主题的会议合并召开；"
            "二是县直部门会议不要求乡镇主要负责同志参加；三是会议一般不超过1.5小时。\n"
            "　　严格控制各类节庆、论坛活动，未经批准不得举办。\n")
    texts = [t[:4] for t in extract(text)[0]["text"]]
    assert "严格控制会" in [t[:5] for t in extract(text)[0]["text"]] and not any(t.startswith("一是") for t in texts)
