"""Tests of analysis.furniture: each kind on a line of its own, edge-only kinds, and plan lines left alone."""
from __future__ import annotations

import pytest

from analysis.furniture import PATTERNS, classify_line, find_furniture, iter_lines

PLAN = "一、改进调查研究\n　　（一）基本原则。要轻车简从，减少陪同、简化接待。\n"


@pytest.mark.parametrize("line, kind", [
    ("今日:", "date_banner"),
    ("今天是2013年2月21日 星期四", "date_banner"),
    ("????", "mojibake"),
    ("?", "mojibake"),
    ("？？ ？", "mojibake"),
    ("发布日期:2013-02-21 来源: 县纪委办公室 阅览次数:", "page_meta"),
    ("发布时间：2014-01-05 10:21:33", "page_meta"),
    ("来源：市政府办公室 作者：张三", "page_meta"),
    ("字号：大 中 小", "page_meta"),
    ("索引号：11370828004345123X/2013-00012", "page_meta"),
    ("发布机构：", "page_meta"),  # the value sits in the next table cell
    ("索 引 号：\tMS-11302-2019-0031\t信息分类：\t通知公告", "page_meta"),  # a metadata table's fields spaced out
    ("文\u3000\u3000号：\t茗教发〔2019〕3号\t主 题 词：\t作风建设 禁酒", "page_meta"),
    ("\ufffd\ufffd", "mojibake"),
    ("【字体：大 中 小】", "print_button"),
    ("【大】【中】【小】 【打印】", "print_button"),
    ("【打印本页】 【关闭窗口】", "print_button"),
    ("【打印本页】【关闭窗口】", "print_button"),
    ("[打印] [关闭]", "print_button"),
    ("【加入收藏】 【打印此页】 【关闭】", "print_button"),
    ("【纠错】\u3000【打印】\u3000【关闭】\u3000分享到：", "print_button"),  # a share bar ends the row of buttons
    ("Produced By 大汉网络 大汉版通发布系统", "produced_by"),
    ("Powered by EasySite", "produced_by"),
    ("技术支持：某某网络科技有限公司", "produced_by"),
    ("版权所有：某某县人民政府办公室 备案号：鲁ICP备12345678号", "copyright"),
    ("Copyright © 2013 金乡县人民政府", "copyright"),
    ("主办单位：金乡县人民政府办公室", "copyright"),
    ("返回顶部", "back_to_top"),
    ("[返回]", "back_to_top"),
    ("分享到：", "share_bar"),
    ("分享到：微博 微信 QQ空间", "share_bar"),
    ("扫一扫在手机打开当前页", "share_bar"),
    ("责任编辑：王五", "editor"),
    ("（责任编辑：王五）", "editor"),
    ("上一篇：关于开展党的群众路线教育实践活动的通知", "prev_next"),
    ("下一篇：无", "prev_next"),
    ("当前位置：首页 > 政务公开", "breadcrumb"),
    ("您现在的位置：首页 > 新闻中心 > 通知公告", "breadcrumb"),
    ("首页 > 政务公开 > 规划计划", "breadcrumb"),
    ("目  录", "toc"),
    ("一、改进调查研究……………………2", "toc"),
    ("第三部分 保障措施..........12", "toc"),
    ("— 3 —", "page_number"),
    ("-12-", "page_number"),
    ("一 3 一", "page_number"),  # an OCR'd — 3 —
    ("第3页 共12页", "page_number"),
    ("【列印】【关闭】【返回顶部】", "print_button"),  # any row of short bracketed buttons
    ("来源：某县纪委监委宣传部", "page_meta"),
    ("点击蓝字关注我们", "share_bar"),
    ("长按识别二维码 关注某县发布", "share_bar"),
    ("点赞 · 在看", "share_bar"),
    ("投稿邮箱：news@example.com", "page_meta"),
    ("发表于 2013-2-6 09:58:41 | 只看该作者", "page_meta"),
    ("查看: 2871 | 回复: 12", "page_meta"),
    ("本帖最后由 鹤坪老李 于 2013-2-6 10:12 编辑", "editor"),
    ("-- 发自我的iPhone", "share_bar"),
    ("- END -", "share_bar"),  # a WeChat article's end mark
])
def test_each_kind_is_recognised_on_its_own_line(line, kind):
    text = f"{line}\n{PLAN}"  # first line, so `top` kinds qualify too
    spans = find_furniture(text)
    assert spans[0] == (0, len(line), kind)
    assert all(text[a:b].strip() for a, b, _ in spans)


@pytest.mark.parametrize("line", [
    "一、改进调查研究",
    "（三）基本原则。",
    "时间：2014年1月至3月",  # a plan's timetable line, not page meta
    "责任单位：市政府办公室",
    "来源于群众、服务群众，切实改进文风会风。",
    "返回原单位工作的干部要做好交接。",
    "分享经验做法，推广先进典型。",
    "今天是我们党的生日，要认真组织纪念活动，严格控制规模和经费，不得铺张浪费。",
    "1.严格控制会议数量和规模。版权所有问题另行研究？",  # a plan sentence longer than any furniture line
    "　　要认真落实八项规定，改进会风文风，精简文件简报。",
    "2013-2015",  # a period, not a page number
    "全年会议压缩1/3以上。",
])
def test_plan_lines_are_not_furniture(line):
    text = "\n".join(["关于改进工作作风的实施办法", "一、总体要求", "要坚持从严要求，以上率下。", "二、具体措施",
                      "要轻车简从。", line, "三、组织领导", "各级党组织要加强领导。"])
    kinds = [k for _, _, k in find_furniture(text)]
    assert kinds == []


def test_date_banner_only_at_the_top():
    body = "\n".join(f"{i}. 要严格控制会议规模，减少会议数量。" for i in range(1, 9))
    assert find_furniture(f"今日:\n{body}")[0][2] == "date_banner"
    assert find_furniture(f"{body}\n今日:") == []


def test_related_links_block_runs_to_the_end():
    plan = "（五）公布整改情况。坚持开门搞整改，在一定范围内公布整改方案，接受干部群众监督。"
    related = "相关自查报告: 创建文明处室自查报告、中学办学水平自查报告、企业自查报告6篇"
    text = f"{plan}\n{related}\n财政局党费收缴自查报告\n小学食品安全的自查报告\n"
    spans = find_furniture(text)
    start = text.index("相关")
    assert spans == [(start, text.rindex("报告") + 2, "related_links")]


def test_a_wechat_articles_recommended_reads_run_to_the_end():
    plan = "（五）公布整改情况。坚持开门搞整改，在一定范围内公布整改方案，接受干部群众监督。"
    text = f"{plan}\n▼往期推荐▼\n一图读懂｜新修订《中国共产党纪律处分条例》\n曝光台｜县纪委监委通报3起典型问题\n棠溪清风\n"
    start = text.index("▼往期")
    assert find_furniture(text) == [(start, text.rindex("清风") + 2, "related_links")]


def test_related_links_followed_by_another_list_of_links_run_to_the_end():
    plan = "（五）公布整改情况。坚持开门搞整改，在一定范围内公布整改方案，接受干部群众监督。"
    text = (f"{plan}\n相关链接：\n·市委常委会研究改进作风　2013-01-10\n热点排行：\n1.2013年政府工作报告全文\n"
            "2.关于调整最低工资标准的通知\n网站地图 | 联系我们\n")
    spans = find_furniture(text)
    assert spans == [(text.index("相关链接"), len(text.rstrip()), "related_links")]


@pytest.mark.parametrize("heading", ["【相关文章】", "[相关链接]", "〔相关阅读〕："])
def test_a_bracketed_related_links_heading_after_the_footer_opens_the_block(heading):
    plan = "强化监督问责。局纪检监察室每季度检查一次，检查结果在局内通报。"
    text = (f"{plan}\n版权所有：某市住房和城乡建设局\n{heading}\n·市住建局召开全局干部职工大会\n"
            "·关于进一步加强保障性住房分配管理的通知\n技术支持：某市信息网络中心\n")
    spans = find_furniture(text)
    assert spans[-1] == (text.index(heading), len(text.rstrip()), "related_links")
    assert not any(s < text.index("版权所有") for s, _, _ in spans)


def test_a_wechat_articles_tail_is_furniture():
    plan = "●纳入年度考核。各单位每年年底要向县委书面报告执行本办法的情况，执行情况纳入年度考核内容。"
    text = (f"{plan}\n来源：县委办公室\n编辑：叶晓琳　审核：周建平\n往期回顾\n▶ 某县召开全县经济工作会议\n"
            "▶ 春运期间，这些班车时刻有调整\n长按识别二维码 关注某县发布\n权威发布 · 政务公开 · 服务民生\n")
    spans = find_furniture(text)
    assert [k for _, _, k in spans] == ["page_meta", "editor", "related_links"]
    assert spans[-1][1] == len(text.rstrip())


@pytest.mark.parametrize("heading", ["相关链接", "相关阅读：", "相关文章"])
def test_related_links_heading_in_the_middle_is_not_furniture(heading):
    long_para = "要切实加强组织领导，把整改落实工作摆上重要议事日程，主要负责同志亲自抓、负总责，确保各项整改措施落到实处，取得实效。"
    text = f"一、总体要求\n{heading}\n{long_para}\n二、组织领导\n{long_para}"
    assert [k for _, _, k in find_furniture(text)] == []


def test_seed_004_leading_and_trailing_furniture():
    text = ("今日:\n????\n?\n中共金乡县委常委会关于改进工作作风、密切联系群众的实施办法\n\n"
            "发布日期:2013-02-21 来源: 县纪委办公室 阅览次数:\n\n\n  现将《实施办法》印发给你们,请结合实际认真贯彻执行。\n"
            "中共金乡县委办公室                 2013年2月6日印发\n\n【打印本页】 【关闭窗口】\n?\n"
            "Produced By 大汉网络 大汉版通发布系统")
    kinds = [k for _, _, k in find_furniture(text)]
    assert kinds == ["date_banner", "mojibake", "mojibake", "page_meta", "print_button", "mojibake", "produced_by"]


def test_spans_exclude_surrounding_space_and_newlines():
    text = "　　【打印本页】 \r\n正文。\n"
    (a, b, kind), = find_furniture(text.replace("\r\n", "\n"))
    assert (text.replace("\r\n", "\n")[a:b], kind) == ("【打印本页】", "print_button")


def test_iter_lines_covers_text():
    text = "a\n\nbc\n"
    assert [(s, e, ln) for s, e, ln in iter_lines(text)] == [(0, 1, "a"), (2, 2, ""), (3, 5, "bc")]


def test_patterns_are_named_and_compiled_once():
    assert all(p.kind and p.where in {"line", "top", "bottom"} and hasattr(p.regex, "fullmatch") for p in PATTERNS)
    assert classify_line("【打印本页】") == "print_button"
    assert classify_line("今日:") is None  # a `top` pattern needs at_top


def test_running_header_next_to_page_numbers_is_furniture_but_a_repeated_plan_line_is_not():
    page = "要严格执行本细则的各项规定，切实改进工作作风。\n" * 3
    text = (f"{page}\n— 1 —\n\n中共某省委办公厅\n{page}\n— 2 —\n\n中共某省委办公厅\n{page}"
            "责任单位：县委办\n一、精简会议\n责任单位：县委办\n二、精简文件\n责任单位：县委办\n")
    spans = find_furniture(text)
    assert [k for _, _, k in spans] == ["page_number", "running_header", "page_number", "running_header"]
    assert all(text[a:b] == "中共某省委办公厅" for a, b, k in spans if k == "running_header")


def test_an_editors_summary_closed_by_its_full_text_line_is_furniture_and_an_open_one_is_not():
    summary = "【要点】\n　　《实施意见》共七个方面24条，主要内容：\n　　1．县级领导每年到基层调研不少于2个月；\n（以下为全文）\n"
    body = "某县关于改进工作作风的实施意见\n　　明确调研时间。县级领导每年到基层调研不少于2个月。\n"
    text = "发布时间：2013-02-04\n\n" + summary + body
    spans = [(s, e, k) for s, e, k in find_furniture(text) if k == "summary_box"]
    assert spans == [(text.index("【要点】"), text.index("（以下为全文）") + len("（以下为全文）"), "summary_box")]
    assert not [k for _, _, k in find_furniture(summary.replace("（以下为全文）\n", "") + body) if k == "summary_box"]


def test_a_second_page_copied_with_its_pager_menu_and_header_is_furniture_and_spans_do_not_overlap():
    header = ["岷北省住房和城乡建设厅", "首页 | 机构概况 | 政务公开 | 政策法规 | 公众参与", "当前位置：首页 >> 政务公开 >> 厅发文件",
              "岷北省住房和城乡建设厅关于印发实施办法的通知", "发布日期：2013-02-07　　信息来源：厅办公室　　点击数：1387",
              "【字体：大 中 小】　【打印本页】　【关闭窗口】"]
    body1 = ["第一条　精简会议活动。全省性会议每年不超过5次。", "第二条　规范公务用车。严格执行配备标准，严禁公车私用；"]
    pager = ["共2页　　第1页　　第2页　　下一页", "【打印本页】　【关闭窗口】"]
    body2 = ["不得借用下属单位和企业的车辆。", "第三条　厉行勤俭节约。办公用房超标的限期腾退。"]
    text = "\n".join(header + body1 + pager + header + body2)
    spans = find_furniture(text)
    kinds = {text[a:b]: k for a, b, k in spans}
    assert kinds["共2页　　第1页　　第2页　　下一页"] == "page_number"
    assert kinds["首页 | 机构概况 | 政务公开 | 政策法规 | 公众参与"] == "navigation"
    second = text.index("岷北省住房和城乡建设厅", text.index("下一页"))
    assert (second, second + len("岷北省住房和城乡建设厅"), "page_header") in spans
    title = text.index("岷北省住房和城乡建设厅关于印发", second)
    assert any(a == title and k == "page_header" for a, b, k in spans)
    assert text.index("岷北省住房和城乡建设厅") not in {a for a, _, _ in spans}  # the first page's name is the page's own
    assert all(b <= a2 for (_, b, _), (a2, _, _) in zip(spans, spans[1:]))  # no two spans overlap
    assert not any(text[a:b].startswith(("第", "不得")) for a, b, _ in spans)


def test_a_row_of_buttons_with_their_translation_in_another_script_is_furniture():
    # a bilingual portal repeats 打印本页 and 关闭窗口 in Mongolian, Uyghur or Tibetan beside the Chinese
    assert classify_line("【打印本页】　【关闭窗口】　ᠬᠡᠪᠯᠡᠬᠦ　ᠬᠠᠭᠠᠬᠤ") == "print_button"
    assert classify_line("【打印本页】 【关闭窗口】 بېسىش  تاقاش") == "print_button"
    # a plan line with a word in another script stays a plan line
    assert classify_line("一、严格控制会议　ᠬᠤᠷᠠᠯ") is None
