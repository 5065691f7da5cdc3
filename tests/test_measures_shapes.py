"""Measure extraction on hand-written plans in the shapes real work-style plans take.

Each case is a plan text written in one of the shapes Chinese party/government plans really take
(实施办法 with heading-sentence paragraphs, 整改方案 with 一、（一）1. and problem lists, 实施细则 with
第X章/第X条, 若干规定 with inline 一是, progress reports, notices wrapping the plan, 【】 headings,
责任单位/时限 lines, skipped numbers, HTML/Word line shapes …). The expected measures were written by
hand from the codebook's definition ("What is a measure"): a list of ``(label, prefix)`` where
``prefix`` is how the measure's text (whitespace removed) goes on after its label, plus strings that
must never be inside any measure (headings, problem lists, preambles, closings).

A second test checks that line-shape variants of every plan (blank lines, indentation, no-break
spaces, trailing spaces — what the HTML and Word copies of a plan look like) give the same measures.
"""
import re
from pathlib import Path

import pytest

from analysis import measures

WS = re.compile(r"[ \t\r\n\u3000\xa0]+")


def squash(s: str) -> str:
    return WS.sub("", s)


# What a half-width copy of a plan changes (circled numbers ① and 。、 stay as they are).
HALF_WIDTH = str.maketrans("（）：，；！？０１２３４５６７８９\u3000", "():,;!?0123456789 ")


def nfkc(s: str) -> str:
    return s.translate(HALF_WIDTH)


CASES = {
    # 实施办法: sections 一、… whose measures are paragraphs opening with a heading sentence; an HTML copy
    # with blank lines between paragraphs and full-width indentation; closing clauses and signature.
    "banfa_paragraphs": (
        "某县委常委会关于改进工作作风的实施办法\n\n"
        "　　为贯彻落实中央八项规定精神，结合我县实际，制定本办法。\n\n"
        "　　一、改进调查研究\n\n"
        "　　减少陪同人员。县委常委到基层调研，陪同人员不超过3人。\n\n"
        "　　简化接待工作。不搞迎送，不张贴标语横幅，不安排宴请。\n\n"
        "　　二、精简会议活动\n\n"
        "　　严控会议数量。凡是可开可不开的会议一律不开。\n\n"
        "　　压缩会议时间。一般会议不超过半天，讲话不超过30分钟。\n\n"
        "　　三、厉行勤俭节约\n\n"
        "　　严格执行住房、车辆配备等待遇规定，不超标准配车，不违规使用公车。\n\n"
        "　　四、强化监督检查\n\n"
        "　　县纪委要把执行本办法情况纳入党风廉政建设责任制考核。\n\n"
        "　　县人大常委会、县政府、县政协党组参照本办法执行。\n\n"
        "　　本办法自印发之日起施行。\n\n"
        "中共某县委\n2013年1月15日\n",
        [("", "减少陪同人员"), ("", "简化接待工作"), ("", "严控会议数量"), ("", "压缩会议时间"),
         ("", "严格执行住房"), ("", "县纪委要把执行")],
        ["为贯彻落实", "参照本办法", "自印发之日", "中共某县委", "改进调查研究"],
    ),
    # 整改方案: guiding thought, a problem section numbered like the measures, 一、（一）1. measures with a
    # 针对…等问题 intro, and a 组织领导 section whose （一）（二） items are measures.
    "zhenggai_three_levels": (
        "中共某市委常委会党的群众路线教育实践活动整改方案\n"
        "　　按照中央和省委的部署，针对专题民主生活会查摆出的问题，制定本方案。\n"
        "　　一、指导思想\n"
        "　　以邓小平理论、“三个代表”重要思想和科学发展观为指导，坚持问题导向。\n"
        "　　二、存在的主要问题\n"
        "　　（一）形式主义方面。\n"
        "　　1.学风不浓，学用脱节。\n"
        "　　2.文山会海问题依然存在。\n"
        "　　（二）官僚主义方面。\n"
        "　　1.深入基层不够，调查研究不深。\n"
        "　　2.服务意识不强。\n"
        "　　三、整改措施\n"
        "　　（一）切实改进文风会风\n"
        "　　针对会议多、文件多等问题，采取以下措施：\n"
        "　　1.精简会议活动。市委全委会每年不超过2次，严格控制会期。\n"
        "　　2.精简文件简报。市委文件数量比上年减少15%以上。\n"
        "　　（二）深入调查研究\n"
        "　　3.完善调研制度。市委常委每年到基层调研不少于60天。\n"
        "　　4.建立联系点制度。每名常委联系1个县、1个乡镇、1个村。\n"
        "　　四、组织领导\n"
        "　　（一）加强领导。成立整改工作领导小组，书记任组长。\n"
        "　　（二）强化督查。市纪委对整改落实情况进行专项督查。\n"
        "　　中共某市委常委会\n"
        "　　2014年1月20日\n",
        [("1.", "精简会议活动"), ("2.", "精简文件简报"), ("3.", "完善调研制度"), ("4.", "建立联系点制度"),
         ("（一）", "加强领导"), ("（二）", "强化督查")],
        ["学风不浓", "服务意识不强", "针对会议多", "以邓小平", "切实改进文风会风", "2014年1月20日"],
    ),
    # 实施细则: chapters and articles; 总则 and 附则 are not measures; an article's （一）（二）（三）
    # clauses stay inside the article.
    "xize_chapters_articles": (
        "某市贯彻落实中央八项规定实施细则\n"
        "第一章　总则\n"
        "第一条　为进一步改进工作作风、密切联系群众，根据中央八项规定，结合我市实际，制定本细则。\n"
        "第二条　本细则适用于市委、市政府领导班子成员。\n"
        "第二章　改进调查研究\n"
        "第三条　调研要轻车简从。到基层调研一般不超过2天，随行人员不超过3人。\n"
        "第四条　调研期间不得有下列行为：\n"
        "（一）层层陪同；\n"
        "（二）张贴悬挂标语横幅；\n"
        "（三）安排宴请和赠送纪念品。\n"
        "第三章　精简会议活动\n"
        "第五条　严格控制会议数量和规模。全市性会议每年不超过10个。\n"
        "第六条　提高会议效率。会议一般不超过半天。\n"
        "第四章　附则\n"
        "第七条　本细则由市委办公室负责解释。\n"
        "第八条　本细则自印发之日起施行。\n",
        [("第三条", "调研要轻车简从"), ("第四条", "调研期间不得有下列行为：（一）层层陪同"),
         ("第五条", "严格控制会议数量"), ("第六条", "提高会议效率")],
        ["为进一步改进", "本细则适用于", "负责解释", "自印发之日"],
    ),
    # The same articles without chapters: the purpose and scope articles and the closing articles
    # are not measures.
    "guiding_articles_no_chapters": (
        "某县关于规范公务接待的暂行规定\n"
        "第一条　为规范公务接待工作，厉行勤俭节约，根据有关规定，制定本规定。\n"
        "第二条　本规定适用于全县各级党政机关。\n"
        "第三条　公务接待实行公函制度。无公函的一律不予接待。\n"
        "第四条　接待对象应当按照规定标准自行用餐。确因工作需要，接待单位可以安排工作餐一次，"
        "并做到：\n"
        "（一）不提供香烟和高档酒水；\n"
        "（二）陪餐人数不超过3人。\n"
        "第五条　严禁以任何名义赠送礼金、有价证券和土特产品。\n"
        "第六条　本规定由县委办公室负责解释。\n"
        "第七条　本规定自发布之日起施行。\n",
        [("第三条", "公务接待实行公函制度"), ("第四条", "接待对象应当按照"), ("第五条", "严禁以任何名义")],
        ["为规范公务接待工作", "本规定适用于", "负责解释", "自发布之日"],
    ),
    # 若干规定: numbered rules 一、二、… each one measure; inline 一是/二是 inside a rule, and a rule whose
    # 一是/二是 enumeration is laid out one per line after a colon, stay inside the rule.
    "ruogan_rules_inline_shi": (
        "中共某县委关于贯彻落实中央八项规定的若干规定\n"
        "　　为切实改进工作作风，密切联系群众，结合我县实际，作出如下规定。\n"
        "　　一、改进调查研究。县委常委到基层调研要深入群众，一是不搞层层陪同；二是不安排宴请；三是不张贴标语。\n"
        "　　二、精简会议活动。切实改进会风，坚持做到：\n"
        "　　一是严格控制会议数量；\n"
        "　　二是严格控制会议规模；\n"
        "　　三是提高会议质量。\n"
        "　　三、精简文件简报。切实改进文风，没有实质内容的文件一律不发。\n"
        "　　四、规范出访活动。从严控制出访人员数量，不安排考察性出访。\n"
        "　　五、厉行勤俭节约。严格执行住房、车辆配备等有关工作和生活待遇的规定。\n"
        "　　本规定自印发之日起施行。\n",
        [("一、", "改进调查研究"), ("二、", "精简会议活动。切实改进会风，坚持做到：一是严格控制会议数量"),
         ("三、", "精简文件简报"), ("四、", "规范出访活动"), ("五、", "厉行勤俭节约")],
        ["为切实改进", "自印发之日"],
    ),
    # Progress report: sections with 一是/二是 paragraphs; a closing section written as one paragraph.
    "progress_report_shi": (
        "某局贯彻落实中央八项规定情况的报告\n\n"
        "　　今年以来，我局认真贯彻落实中央八项规定精神，现将有关情况报告如下。\n\n"
        "　　一、加强组织领导\n\n"
        "　　一是成立领导小组。局党组书记任组长，分管领导任副组长。\n\n"
        "　　二是制定实施方案。印发了《实施方案》，明确了任务分工。\n\n"
        "　　二、狠抓作风整改\n\n"
        "　　一是精简会议文件。全年召开会议同比减少30%。\n\n"
        "　　二是规范公务接待。严格执行接待标准，公务接待费同比下降25%。\n\n"
        "　　三是严格公车管理。实行公车集中管理，节假日封存。\n\n"
        "　　三、下一步打算\n\n"
        "　　我局将继续巩固成果，严格执行公务接待和公车管理制度，推动作风建设常态化。\n\n"
        "　　某市某局\n　　2013年12月10日\n",
        [("一是", "成立领导小组"), ("二是", "制定实施方案"), ("一是", "精简会议文件"), ("二是", "规范公务接待"),
         ("三是", "严格公车管理"), ("", "我局将继续巩固成果")],
        ["今年以来", "加强组织领导", "狠抓作风整改", "2013年12月10日"],
    ),
    # 1、 and （1） levels: a bare 1、 heading has （1） measures below it; a 1、 item with a lead-in
    # sentence ending in a colon keeps its （1）（2） inside; goals are not measures.
    "arabic_comma_paren_levels": (
        "某区机关作风建设实施方案\n"
        "　　一、工作目标\n"
        "　　通过集中整治，机关作风明显好转。\n"
        "　　二、主要任务\n"
        "　　1、改进会风\n"
        "　　（1）减少会议数量，能合并的会议一律合并。\n"
        "　　（2）控制会议规模，区级会议参会人数不超过100人。\n"
        "　　2、改进文风\n"
        "　　（1）压缩文件篇幅，一般文件不超过3000字。\n"
        "　　（2）减少简报数量，部门简报只保留一种。\n"
        "　　3、规范公务接待。严格执行接待审批制度，具体要求：\n"
        "　　（1）不准超标准接待；\n"
        "　　（2）不准安排高消费娱乐活动。\n"
        "　　4、加强公车管理。实行公务用车定点加油、定点维修。\n"
        "　　三、保障措施\n"
        "　　1、加强领导。各单位主要负责人为第一责任人。\n"
        "　　2、严格考核。将作风建设纳入年度绩效考核。\n",
        [("（1）", "减少会议数量"), ("（2）", "控制会议规模"), ("（1）", "压缩文件篇幅"), ("（2）", "减少简报数量"),
         ("3、", "规范公务接待。严格执行接待审批制度，具体要求：（1）不准超标准接待"), ("4、", "加强公车管理"),
         ("1、", "加强领导"), ("2、", "严格考核")],
        ["通过集中整治", "改进会风", "改进文风"],
    ),
    # Sections carrying 【】 headings instead of numbers; numbering restarts under each.
    "bracket_headings": (
        "某县纪委关于开展作风建设年活动的实施方案\n"
        "【指导思想】\n"
        "以党的十八大精神为指导，以解决群众反映强烈的突出问题为重点。\n"
        "【主要任务】\n"
        "1.开展明察暗访。采取不打招呼、直奔现场的方式，每月至少开展1次。\n"
        "2.畅通举报渠道。开通举报电话和网站，实行24小时受理。\n"
        "3.严肃查处问题。对顶风违纪的，一律从严查处并点名道姓通报曝光。\n"
        "【工作要求】\n"
        "1.提高认识。各单位要把作风建设摆上重要议事日程。\n"
        "2.务求实效。坚持边查边改，确保活动取得实效。\n",
        [("1.", "开展明察暗访"), ("2.", "畅通举报渠道"), ("3.", "严肃查处问题"), ("1.", "提高认识"), ("2.", "务求实效")],
        ["以党的十八大", "【工作要求】", "【主要任务】"],
    ),
    # Bold-style headings: unnumbered short heading lines over numbered measures, in a Word copy.
    "bold_unnumbered_headings": (
        "关于进一步改进会风文风的实施意见\n"
        "为进一步改进会风文风，提高工作效率，现提出如下意见。\n"
        "一、改进会风\n"
        "严格控制会议\n"
        "1.各部门召开的会议，一律不邀请县领导出席。\n"
        "2.会议时间一般不超过2小时。\n"
        "提高会议质量\n"
        "3.会议材料要简明扼要，不念稿子。\n"
        "4.推行电视电话会议，减少集中开会。\n"
        "二、改进文风\n"
        "5.严格控制发文数量，可发可不发的一律不发。\n"
        "6.提倡短文，一般文件不超过3000字。\n",
        [("1.", "各部门召开的会议"), ("2.", "会议时间一般不超过"), ("3.", "会议材料要简明"), ("4.", "推行电视电话会议"),
         ("5.", "严格控制发文数量"), ("6.", "提倡短文")],
        ["提高会议质量", "为进一步改进会风", "改进文风"],
    ),
    # A notice wraps the plan (the plan is its attachment); steps and organisation sections; 抄送 and
    # the printing line close the file.
    "notice_attachment_steps": (
        "中共某县委办公室关于印发《某县党员干部作风整顿实施方案》的通知\n\n"
        "各乡镇党委，县直各单位：\n\n"
        "　　现将《某县党员干部作风整顿实施方案》印发给你们，请结合实际认真贯彻执行。\n\n"
        "　　附件：某县党员干部作风整顿实施方案\n\n"
        "中共某县委办公室\n2013年4月2日\n\n"
        "附件\n\n"
        "某县党员干部作风整顿实施方案\n\n"
        "　　为深入贯彻落实中央八项规定精神，按照市委统一部署，制定本方案。\n\n"
        "　　一、整顿内容\n\n"
        "　　（一）整治庸懒散问题。重点整治上班迟到早退、串岗空岗等问题。\n\n"
        "　　（二）整治奢靡之风。重点整治公款吃喝、公款旅游等问题。\n\n"
        "　　二、方法步骤\n\n"
        "　　（一）动员部署阶段（4月上旬）。召开动员大会，制定具体方案。\n\n"
        "　　（二）查摆整改阶段（4月中旬至6月底）。对照整顿内容，逐项整改到位。\n\n"
        "　　（三）总结验收阶段（7月）。县作风整顿领导小组组织检查验收。\n\n"
        "　　三、组织领导\n\n"
        "　　成立县作风整顿工作领导小组，由县委书记任组长，负责作风整顿的组织实施。\n\n"
        "抄送：市委办公室。\n"
        "中共某县委办公室　　　　　　2013年4月2日印发\n",
        # the prose under 三、组织领导 is how the plan is run, not a measure: in a numbered plan an unnumbered
        # paragraph is a measure only when it opens with a heading sentence (codebook), as blind writers' keys agree
        [("（一）", "整治庸懒散问题"), ("（二）", "整治奢靡之风"), ("（一）", "动员部署阶段"), ("（二）", "查摆整改阶段"),
         ("（三）", "总结验收阶段")],
        ["现将", "附件", "抄送", "为深入贯彻", "印发"],
    ),
    # 责任单位 / 牵头领导 / 完成时限 lines after each item, and a responsibility note in parentheses.
    "duty_and_deadline_lines": (
        "某市政府党组“四风”问题整改任务清单\n"
        "　　一、关于文山会海问题\n"
        "　　1.精简会议。全市性会议比上年减少20%。\n"
        "　　牵头领导：张某某\n"
        "　　责任单位：市政府办公室\n"
        "　　完成时限：2014年6月底\n"
        "　　2.精简文件。市政府文件比上年减少15%。\n"
        "　　责任单位：市政府办公室、市法制办\n"
        "　　完成时限：长期坚持\n"
        "　　二、关于公务接待问题\n"
        "　　3.规范公务接待。严格执行接待标准，实行公函制度。（责任单位：市接待办；完成时限：2014年3月底前）\n"
        "　　4.清理办公用房。超标准办公用房一律腾退。\n"
        "　　责任单位：市机关事务管理局\n"
        "　　时限：2014年12月底前完成\n",
        [("1.", "精简会议。全市性会议比上年减少20%。牵头领导：张某某责任单位：市政府办公室完成时限：2014年6月底"),
         ("2.", "精简文件。市政府文件比上年减少15%。责任单位：市政府办公室、市法制办完成时限：长期坚持"),
         ("3.", "规范公务接待"), ("4.", "清理办公用房。超标准办公用房一律腾退。责任单位：市机关事务管理局时限")],
        ["关于公务接待问题", "关于文山会海问题"],
    ),
    # Numbering that skips a number (a lost marker) and repeats one (a typing slip).
    "skipped_and_repeated_numbers": (
        "一、严格执行八项规定\n"
        "1.严禁公款吃喝。不得超标准接待。\n"
        "2.严禁公款旅游。不得借考察之名旅游。\n"
        "4.严禁违规配车。不得超编制配备公车。\n"
        "5.严禁收送红包。不得收受礼金。\n"
        "5.严禁大操大办。不得借婚丧嫁娶敛财。\n"
        "6.严禁违规建房。不得超标准建设办公楼。\n",
        [("1.", "严禁公款吃喝"), ("2.", "严禁公款旅游"), ("4.", "严禁违规配车"), ("5.", "严禁收送红包"),
         ("5.", "严禁大操大办"), ("6.", "严禁违规建房")],
        [],
    ),
    # A number typed twice, the second run into the line after a full stop, where the next number skips one:
    # it stands for the missing 3 (a repeat inside a line before the exact next number stays in its item).
    "repeated_number_inside_a_line_fills_the_gap": (
        "一、精简会议活动\n"
        "1、严格控制会议数量。全乡性会议每年不超过6次。\n"
        "2、会议不摆花草，不发纪念品。2、村干部到乡里开会一律不安排就餐。\n"
        "3、农忙季节原则上不召开全乡性会议。3、确需召开的安排在晚上。\n"
        "5、乡领导不参加各类剪彩、奠基活动。\n",
        [("1、", "严格控制会议数量"), ("2、", "会议不摆花草，不发纪念品。2、村干部"), ("3、", "农忙季节原则上"),
         ("3、", "确需召开的安排"), ("5、", "乡领导不参加")],
        [],
    ),
    # A long preamble that names 一、二月份 at a line start and an 一、二、三 mechanism inside a sentence.
    "preamble_with_numeral_references": (
        "某乡镇关于进一步改进工作作风的实施意见\n"
        "　　今年一、二月份，镇党委对全镇干部作风情况进行了调研，发现一些问题。为贯彻落实县委“一、二、三”"
        "工作机制，结合我镇实际，现提出如下意见。\n"
        "一、二月份的调研表明，少数干部仍存在门难进、脸难看的现象。\n"
        "　　一、严格上下班制度。镇机关干部实行签到制度，不得迟到早退。\n"
        "　　二、严格请销假制度。干部请假一天以内由分管领导批准。\n"
        "　　三、严格值班制度。节假日实行领导带班制度。\n",
        [("一、", "严格上下班制度"), ("二、", "严格请销假制度"), ("三、", "严格值班制度")],
        ["二月份", "一、二、三"],
    ),
    # An HTML copy: no-break-space indentation, a measure's text broken over lines (<br>), and
    # half-width and full-width marker variants.
    "html_line_shapes": (
        "某局改进工作作风实施细则\n"
        "\xa0\xa0\xa0\xa0一、改进会风\n"
        "\xa0\xa0\xa0\xa0(一)严格控制会议数量。\n"
        "全局性会议每年不超过4次，\n"
        "一般不超过半天。\n"
        "\xa0\xa0\xa0\xa0(二)提高会议效率。会议材料提前印发。\n"
        "\xa0\xa0\xa0\xa0二、改进文风\n"
        "\xa0\xa0\xa0\xa0１．压缩发文数量。发文比上年减少10%。\n"
        "\xa0\xa0\xa0\xa0２．提高文件质量。杜绝空话套话。\n",
        [("(一)", "严格控制会议数量。全局性会议每年不超过4次，一般不超过半天。"), ("(二)", "提高会议效率"),
         ("１．", "压缩发文数量"), ("２．", "提高文件质量")],
        ["改进会风", "改进文风"],
    ),
    # 第一，第二，… enumerations at paragraph starts.
    "cn_di_enumeration": (
        "关于加强机关作风建设的意见\n"
        "　　为加强机关作风建设，提出以下意见。\n"
        "　　第一，加强学习教育。每月组织一次集中学习。\n"
        "　　第二，严格工作纪律。严禁上班时间上网炒股、玩游戏。\n"
        "　　第三，强化监督问责。对违反规定的严肃问责。\n",
        [("第一，", "加强学习教育"), ("第二，", "严格工作纪律"), ("第三，", "强化监督问责")],
        ["为加强机关作风建设"],
    ),
    # Problems listed with ① ② on their own lines under each sub-section, then numbered measures.
    "circled_problems_then_measures": (
        "某局领导班子整改方案\n"
        "　　一、整改内容\n"
        "　　（一）会风方面\n"
        "　　存在问题：\n"
        "　　①会议偏多，有的会议效果不明显；\n"
        "　　②会期偏长，讲话照本宣科现象存在。\n"
        "　　整改措施：\n"
        "　　1.精简会议。能合并的会议合并召开。\n"
        "　　2.缩短会期。会议一般不超过2小时。\n"
        "　　（二）文风方面\n"
        "　　存在问题：\n"
        "　　①文件偏多；\n"
        "　　②篇幅偏长，存在空话套话。\n"
        "　　整改措施：\n"
        "　　3.精简文件。发文数量减少10%。\n"
        "　　4.改进文风。提倡短实新。\n",
        [("1.", "精简会议"), ("2.", "缩短会期"), ("3.", "精简文件"), ("4.", "改进文风")],
        ["会议偏多", "会期偏长", "文件偏多", "篇幅偏长", "整改措施："],
    ),
    # Paragraph measures under a section whose first paragraph is a lead-in ending in a colon.
    "paragraphs_with_lead_in": (
        "某县关于厉行勤俭节约的实施办法\n"
        "　　一、严格经费管理\n"
        "　　为确保各项规定落到实处，重点抓好以下工作：\n"
        "　　严格公务用车管理。公务用车实行统一管理，严禁公车私用。\n"
        "　　严格办公用房管理。超标办公用房一律腾退。\n"
        "　　二、严格公务接待\n"
        "　　严格接待审批。无公函一律不予接待。\n"
        "　　严格接待标准。工作餐不上高档菜肴和酒水。\n",
        [("", "严格公务用车管理"), ("", "严格办公用房管理"), ("", "严格接待审批"), ("", "严格接待标准")],
        ["重点抓好以下工作"],
    ),
    # A （一） heading with a problem intro (主要表现：①…②…) before its numbered measures.
    "inline_problem_intro": (
        "某委整改落实方案\n"
        "一、整改任务\n"
        "（一）关于会风问题。主要表现：①会议过多；②会期过长，效率不高。\n"
        "1.精简会议。全委性会议每年不超过6次。\n"
        "2.缩短会期。会议一般不超过半天。\n"
        "（二）关于文风问题。针对文件过多、篇幅过长等问题，采取以下措施：\n"
        "3.精简文件。发文数量减少20%。\n"
        "4.改进文风。力戒空话套话。\n",
        [("1.", "精简会议"), ("2.", "缩短会期"), ("3.", "精简文件"), ("4.", "改进文风")],
        ["会议过多", "针对文件过多"],
    ),
    # A plan without any numbers: paragraphs opening with a short heading sentence are the measures;
    # the purpose sentence, the closing request and the closing clause are not.
    "no_numbers_heading_paragraphs": (
        "关于改进机关工作作风的规定\n"
        "为改进工作作风，制定本规定。\n"
        "减少陪同人员。到基层调研，陪同人员不超过3人。\n"
        "简化接待工作。不搞迎送，不安排宴请。\n"
        "严格会议管理。会议一般不超过半天。\n"
        "各单位要认真贯彻执行，局纪检组负责监督检查。\n"
        "本规定自印发之日起施行。\n",
        [("", "减少陪同人员"), ("", "简化接待工作"), ("", "严格会议管理")],
        ["为改进工作作风", "各单位要认真贯彻执行", "自印发之日"],
    ),
    # 整改方案 opening with 基本情况 and 原因分析 sections; work principles; the signature date is
    # written in Chinese numerals; an attachment list and a 抄报 line close the file.
    "background_causes_cn_date_attachments": (
        "中共某县委常委班子专题民主生活会整改方案\n"
        "一、基本情况\n"
        "县委常委班子于2014年1月召开了专题民主生活会，查摆出“四风”方面问题20条。\n"
        "二、原因分析\n"
        "（一）理想信念有所弱化。对世界观、人生观、价值观改造不够。\n"
        "（二）宗旨意识有所淡化。联系群众不够紧密。\n"
        "三、工作原则\n"
        "坚持边学边查边改，坚持开门搞整改。\n"
        "四、整改措施\n"
        "（一）严格控制“三公”经费。“三公”经费比上年压缩10%。\n"
        "（二）规范公务用车管理。公务用车一律集中停放。\n"
        "（三）清理办公用房。超标办公用房一律腾退。\n"
        "附件：1.整改任务分解表\n"
        "　　　2.整改工作进度表\n"
        "中共某县委常委会\n"
        "二〇一四年二月十日\n"
        "抄报：市委办公室\n",
        [("（一）", "严格控制“三公”经费"), ("（二）", "规范公务用车管理"), ("（三）", "清理办公用房。超标办公用房一律腾退。")],
        ["县委常委班子于", "理想信念", "宗旨意识", "坚持边学边查", "附件", "整改工作进度表", "二〇一四年", "抄报"],
    ),
    # A section title ending with a full stop over paragraphs that each open with a heading sentence.
    "section_title_with_full_stop_paragraphs": (
        "某市政府党组关于改进工作作风的实施办法\n"
        "一、改进调查研究。\n"
        "减少陪同人员。市政府领导到基层调研，陪同人员不超过3人。\n"
        "简化接待工作。不搞迎送，不张贴标语。\n"
        "二、精简会议活动。\n"
        "控制会议规模。全市性会议参会人数不超过200人。\n"
        "压缩会议时间。会议一般不超过半天。\n",
        [("", "减少陪同人员"), ("", "简化接待工作"), ("", "控制会议规模"), ("", "压缩会议时间")],
        ["改进调查研究", "精简会议活动"],
    ),
    # Work steps written as 第一阶段/第二阶段 with a body line below each stage line; a notice that
    # says 现予印发 before the plan.
    "stages_and_xianyu_notice": (
        "关于印发《某镇作风建设专项整治方案》的通知\n"
        "各村、镇直各单位：\n"
        "《某镇作风建设专项整治方案》已经镇党委会议研究同意，现予印发，请遵照执行。\n"
        "一要高度重视。二要狠抓落实。\n"
        "中共某镇委员会\n"
        "2014年3月5日\n"
        "某镇作风建设专项整治方案\n"
        "一、整治重点\n"
        "（一）整治庸懒散。重点整治迟到早退、上班时间玩游戏等行为。\n"
        "（二）整治吃拿卡要。重点整治办事刁难群众等行为。\n"
        "二、步骤安排\n"
        "第一阶段：动员部署（3月上旬）\n"
        "召开动员会，制定整治方案，公布举报电话。\n"
        "第二阶段：查摆整改（3月中旬至5月底）\n"
        "对照整治重点，逐项查摆问题，建立整改台账。\n"
        "第三阶段：总结提高（6月）\n"
        "总结整治成效，建立长效机制。\n",
        [("（一）", "整治庸懒散"), ("（二）", "整治吃拿卡要"),
         ("第一阶段", "：动员部署（3月上旬）召开动员会"), ("第二阶段", "：查摆整改"), ("第三阶段", "：总结提高（6月）总结整治成效")],
        ["现予印发", "一要高度重视", "2014年3月5日"],
    ),
    # Sub-sections （一）… with a bare title line and one body paragraph are one measure each, title
    # included; a paragraph that only leads in (…具体规定如下。) is not a measure; an item whose title
    # ends with a colon keeps its （1）（2） inside.
    "subsection_bodies_and_lead_ins": (
        "某局关于加强作风建设的实施意见\n"
        "一、加强组织领导\n"
        "（一）成立领导小组\n"
        "局党组书记任组长，班子成员任副组长，领导小组办公室设在办公室。\n"
        "（二）明确工作责任\n"
        "各科室主要负责人为第一责任人，对本科室作风建设负总责。\n"
        "二、严格公务活动管理\n"
        "为规范公务活动，具体规定如下。\n"
        "严格公务接待。无公函一律不予接待，陪餐人数不超过3人。\n"
        "严格因公出差。出差人员按标准乘坐交通工具，不得变相旅游。\n"
        "三、强化监督检查\n"
        "1.开展明察暗访：\n"
        "（1）节假日期间开展专项检查；\n"
        "（2）每季度通报一次检查情况。\n"
        "2.严肃责任追究。对违反规定的，依纪依规严肃处理。\n",
        [("（一）", "成立领导小组局党组书记任组长"), ("（二）", "明确工作责任各科室主要负责人"),
         ("", "严格公务接待"), ("", "严格因公出差"), ("1.", "开展明察暗访：（1）节假日期间"), ("2.", "严肃责任追究")],
        ["具体规定如下", "严格公务活动管理", "强化监督检查"],
    ),
    # Problems numbered like measures, introduced by a lead line (查摆出的问题主要有：) under a neutral
    # heading, and 具体表现 / 整改措施 sub-sections; a 1) 2) list inside item 2. stays inside it.
    "numbered_problems_lead_line": (
        "某局党组整改方案\n"
        "一、关于会风文风方面\n"
        "查摆出的问题主要有：\n"
        "1.会议多、会期长，以会议落实会议。\n"
        "2.文件多、篇幅长，空话套话多。\n"
        "针对上述问题，采取以下整改措施：\n"
        "1.精简会议。局务会每月不超过1次。\n"
        "2.精简文件。严格控制发文数量：\n"
        "1)可发可不发的一律不发；\n"
        "2)篇幅一般不超过3000字。\n"
        "3.改进文风。倡导短实新文风。\n"
        "二、关于服务群众方面\n"
        "（一）具体表现\n"
        "1.深入基层调研少。\n"
        "2.服务意识不强，办事效率不高。\n"
        "（二）整改措施\n"
        "1.建立联系点制度。每名班子成员联系1个乡镇。\n"
        "2.推行限时办结制。一般事项3个工作日内办结。\n",
        [("1.", "精简会议"), ("2.", "精简文件。严格控制发文数量：1)可发可不发"), ("3.", "改进文风"),
         ("1.", "建立联系点制度"), ("2.", "推行限时办结制")],
        ["会议多、会期长", "文件多、篇幅长", "深入基层调研少", "服务意识不强", "针对上述问题"],
    ),
    # A plan (not a notice) that says 请结合实际 in its body must not lose the measures before a
    # section titled …措施; a bare deadline line (长期坚持) stays with its measure.
    "plan_saying_qing_and_bare_deadlines": (
        "某局关于改进会风的实施方案\n"
        "一、主要任务\n"
        "1.精简会议。局务会每月不超过1次。\n"
        "长期坚持\n"
        "2.缩短会期。会议一般不超过2小时，请结合实际抓好落实。\n"
        "2014年6月底前\n"
        "二、保障措施\n"
        "1.加强领导。局长为第一责任人。\n"
        "2.强化督查。局纪检组每季度检查一次。\n"
        "3.严肃问责。对违反规定的严肃处理。\n"
        "4.定期通报。每季度通报一次落实情况。\n",
        [("1.", "精简会议。局务会每月不超过1次。长期坚持"), ("2.", "缩短会期。会议一般不超过2小时，请结合实际抓好落实。2014年6月底前"),
         ("1.", "加强领导"), ("2.", "强化督查"), ("3.", "严肃问责"), ("4.", "定期通报")],
        ["保障措施"],
    ),
    # Parts (第一部分 总体要求 / 第二部分 主要任务) holding 一、二、 sections: the guiding part is preamble
    # even where a section title inside it says nothing guiding.
    "parts_over_sections": (
        "某市作风建设三年行动计划\n"
        "第一部分　总体要求\n"
        "一、指导思想\n"
        "以党的十八大精神为指导。\n"
        "二、工作重点\n"
        "聚焦“四风”问题，突出抓好领导干部作风建设。\n"
        "第二部分　主要任务\n"
        "一、改进会风\n"
        "1.控制会议数量。市级会议减少20%。\n"
        "2.提高会议实效。会议一般不超过半天。\n"
        "二、改进文风\n"
        "3.精简文件。发文减少15%。\n"
        "4.改进文风。提倡短实新。\n",
        [("1.", "控制会议数量"), ("2.", "提高会议实效"), ("3.", "精简文件"), ("4.", "改进文风")],
        ["聚焦“四风”问题", "以党的十八大"],
    ),
    # A short 整改清单 with no sections: problems found, then what will be done, numbered alike.
    "problems_then_measures_at_top_level": (
        "某科室整改清单\n"
        "经过认真查摆，存在的主要问题有：\n"
        "1.学习不够深入，学用结合不紧。\n"
        "2.服务群众意识不强。\n"
        "针对上述问题，制定以下整改措施：\n"
        "1.每周五下午集中学习2小时。\n"
        "2.推行首问负责制，群众来办事一次讲清。\n",
        [("1.", "每周五下午集中学习"), ("2.", "推行首问负责制")],
        ["学习不够深入", "服务群众意识不强", "针对上述问题"],
    ),
    # 群众路线 实施方案: guiding thought and goals; tasks introduced by 着力解决…问题，具体是： (a remedy,
    # not a problem list); steps whose sub-section 查摆问题、开展批评 is work to do, not problems found.
    "qunzhong_luxian_steps": (
        "中共某县委关于在全县开展党的群众路线教育实践活动的实施方案\n"
        "\n"
        "　　根据中央、省委和市委的统一部署，县委决定，从2013年7月开始，在全县开展党的群众路线教育实践活动。现制定如下实施方案。\n"
        "\n"
        "　　一、指导思想和目标要求\n"
        "\n"
        "　　（一）指导思想。高举中国特色社会主义伟大旗帜，以邓小平理论为指导。\n"
        "\n"
        "　　（二）目标要求。通过集中教育，使党员干部思想进一步提高。\n"
        "\n"
        "　　二、主要任务\n"
        "\n"
        "　　着力解决“四风”问题，具体是：\n"
        "\n"
        "　　（一）着力解决形式主义问题。重点解决文山会海、检查评比过多等问题。\n"
        "\n"
        "　　（二）着力解决官僚主义问题。重点解决脱离群众、门难进脸难看等问题。\n"
        "\n"
        "　　三、方法步骤\n"
        "\n"
        "　　活动分三个环节进行。\n"
        "\n"
        "　　（一）学习教育、听取意见。主要抓好以下工作：\n"
        "\n"
        "　　1.深入学习动员。召开全县动员大会。\n"
        "\n"
        "　　2.广泛听取意见。采取走访座谈等方式，征求意见建议。\n"
        "\n"
        "　　（二）查摆问题、开展批评。\n"
        "\n"
        "　　3.认真查摆问题。对照“四风”表现，逐项查摆。\n"
        "\n"
        "　　4.开好民主生活会。县委常委会带头召开专题民主生活会。\n"
        "\n"
        "　　（三）整改落实、建章立制。\n"
        "\n"
        "　　5.制定整改方案。明确整改时限。\n"
        "\n"
        "　　6.建立健全制度。形成长效机制。\n"
        "\n"
        "　　四、组织领导\n"
        "\n"
        "　　（一）加强组织领导。县委成立教育实践活动领导小组。\n"
        "\n"
        "　　（二）注重舆论宣传。充分运用报刊、电视等媒体，营造良好氛围。\n"
        "\n"
        "　　（三）强化督导检查。县委派出督导组，全程督导。\n"
        "\n"
        "中共某县委\n"
        "2013年7月10日\n",
        [("（一）", "着力解决形式主义问题"), ("（二）", "着力解决官僚主义问题"), ("1.", "深入学习动员"), ("2.", "广泛听取意见"),
         ("3.", "认真查摆问题"), ("4.", "开好民主生活会"), ("5.", "制定整改方案"), ("6.", "建立健全制度"),
         ("（一）", "加强组织领导"), ("（二）", "注重舆论宣传"), ("（三）", "强化督导检查")],
        ["高举中国特色", "通过集中教育", "活动分三个环节", "主要抓好以下工作", "2013年7月10日"],
    ),
    # a township's plan of bold title lines, each over one paragraph of 一是…二是… (the paragraph is that title's
    # body: one measure), a last item telling units to draw up their own measures by a date (its line broken by a
    # scan's OCR: a measure, as the writers of seven of ten blind files keyed such an item), and the publication note beside the date
    "title_lines_over_yishi_paragraphs": (
        "中共某镇委员会关于进一步加强干部作风建设的实施方案\n"
        "为深入贯彻落实中央八项规定精神，结合我镇实际，制定本方案。\n"
        "一、严格会议和文件管理\n"
        "（一）严格控制全镇性会议的数量和规模\n"
        "一是全镇干部大会每季度不超过1次；二是会议时间不超过1小时。\n"
        "（二）大力精简各类文件和工作简报\n"
        "一是可发可不发的文件一律不发；二是简报每月不超过2期。\n"
        "二、改进调查研究\n"
        "（一）落实班子成员驻村蹲点调研制度\n"
        "一是每人每月驻村不少于4天；二是每季度形成1篇调研报告。\n"
        "三、组织保障\n"
        "（一）切实加强对作风建设的组织领导\n"
        "一是成立以镇党委书记为组长的领导小组；二是明确专人负责日常工作。\n"
        "（二）各村（社区）、镇属各站所参照本方案\n"
        "结合实际制定具体措施，于6月底前报镇党政办备案。\n"
        "中共某镇委员会\n"
        "2015年6月10日（此件公开发布）\n",
        [("（一）", "严格控制全镇性会议的数量和规模一是全镇干部大会"), ("（二）", "大力精简各类文件和工作简报一是"),
         ("（一）", "落实班子成员驻村蹲点调研制度一是"), ("（一）", "切实加强对作风建设的组织领导一是"),
         ("（二）", "各村（社区）、镇属各站所参照本方案")],
        ["此件公开发布", "为深入贯彻落实"],
    ),
    # a ledger kept in a spreadsheet, its 序号 typed now as text with its mark (1、), now as a number (2): every
    # row is a measure, numbered or not with a mark (the marks once made two sequences and lost half the rows)
    "ledger_rows_numbered_with_and_without_marks": (
        "柳溪镇问题清单和整改措施\n"
        "序号\t存在问题\t整改措施\t责任人\t完成时限\n"
        "一、在形式主义方面\n"
        "1、\t会议多。\t镇级会议实行月度计划，每月集中开会不超过2次。\t李永康\t2014年4月\n"
        "2\t台账多。\t清理规范各类台账资料，村级台账精简为8本。\t何丽\t2014年5月\n"
        "3、\t调研少。\t全面推行机关干部包村联户制度，每月入户走访不少于2次。\t杨海涛\t长期坚持\n"
        "二、在奢靡之风方面\n"
        "4\t公款送礼。\t节日期间不得用公款购买烟酒礼品。\t曾凡忠\t长期坚持\n",
        [("1、", "会议多。镇级会议实行月度计划"), ("2", "台账多。清理规范"), ("3、", "调研少。全面推行"),
         ("4", "公款送礼。节日期间")],
        ["柳溪镇问题清单", "序号"],
    ),
    # a 任务分解表: task rows 1, 2 name the tasks (headings), their sub-task rows 1.1, 1.2 … are the measures
    "task_table_with_sub_task_rows": (
        "某集团巡视整改任务分解表\n"
        "序号\t整改任务\t具体措施\t责任部门\t完成时间\n"
        "1\t严格规范业务招待管理\n"
        "1.1\t\t修订业务招待管理办法，严禁在私人会所招待。\t办公室\t2015-08-31\n"
        "1.2\t\t业务招待费实行预算总额控制，较上年压减20%以上。\t财务部\t2015-12-31\n"
        "2\t清理规范公务用车\n"
        "2.1\t\t开展公务用车专项清理，违规借用车辆一律退还。\t办公室\t2015-08-15\n"
        "2.2\t\t暂停新建、购置办公楼。\t资产管理部\t2015-10-31\n",
        [("1.1", "修订业务招待管理办法"), ("1.2", "业务招待费实行"), ("2.1", "开展公务用车专项清理"),
         ("2.2", "暂停新建")],
        ["严格规范业务招待管理", "清理规范公务用车"],
    ),
    # 专项整治方案: a scope section (治理范围) whose items only name who is covered; 整治重点 items that each
    # describe a case (…的；), the targets, not commitments; a section whose paragraph announces its tasks and
    # runs them inline (…以下三个方面工作：一是…二是…); a paragraph naming one commitment's parts (接待工作
    #做到“三个不”：一是…) that stays one measure; a 工作要求 paragraph made of 一是… items; a contact line; an
    # attached 整改台账 whose rows are measures of their own.
    "special_rectification": (
        "某县公务用车和违规收送礼金专项治理工作方案\n"
        "　　为巩固落实中央八项规定精神成果，制定本方案。\n"
        "　　一、治理范围\n"
        "　　（一）全县各级党的机关、人大机关、行政机关和政协机关；\n"
        "　　（二）县直各事业单位和参照公务员法管理的单位。\n"
        "　　二、整治重点\n"
        "　　1.借婚丧喜庆等名义收受管理服务对象礼金的；\n"
        "　　2.使用公车操办婚丧喜庆事宜的；\n"
        "　　3.未按规定向组织报告的。\n"
        "　　三、治理内容\n"
        "　　针对上述问题，重点抓好以下三个方面工作：一是全面清退购物卡。党员干部持有的购物卡一律于12月20日前清退上交。"
        "二是严禁违规收送礼金。严禁在婚丧喜庆活动中收受管理服务对象的礼金。三是严禁公车私用。节假日期间公务用车一律封存。\n"
        "　　四、规范公务接待\n"
        "　　接待工作做到“三个不”：一是不上高档菜肴；二是不安排宴请；三是不安排陪餐。\n"
        "　　五、工作要求\n"
        "　　一是加强组织领导。成立专项治理领导小组，由县委副书记任组长。二是严肃追责问责。对拒不清退、弄虚作假的一律从严处理。"
        "三是强化社会监督。设立举报信箱，公开接受群众监督。\n"
        "　　县纪委联系电话：6213579\n"
        "附件\n"
        "某县专项治理整改台账\n"
        "序号\t整改事项\t整改措施\t责任单位\t完成时限\n"
        "1\t公车私用问题\t节假日公务用车一律封存，实行定点停放\t县机关事务局\t2014年10月31日\n"
        "2\t购物卡清退不彻底问题\t逐人签订零持有承诺，开展抽查\t县纪委\t2014年12月31日\n",
        [("一是", "全面清退购物卡"), ("二是", "严禁违规收送礼金"), ("三是", "严禁公车私用"), ("", "接待工作做到"),
         ("一是", "加强组织领导"), ("二是", "严肃追责问责"), ("三是", "强化社会监督"), ("1", "公车私用问题"),
         ("2", "购物卡清退不彻底问题")],
        ["县直各事业单位", "全县各级党的机关", "收受管理服务对象礼金的", "针对上述问题", "联系电话", "某县专项治理整改台账",
         "序号"],
    ),
}


def run(text):
    m, spans = measures.extract(text, [], "d")
    return m, spans


def assert_partition(text, spans):
    assert spans["char_start"].iloc[0] == 0 and spans["char_end"].iloc[-1] == len(text)
    assert (spans["char_start"].iloc[1:].to_numpy() == spans["char_end"].iloc[:-1].to_numpy()).all()


@pytest.mark.parametrize("name", list(CASES))
def test_plan_shapes_give_the_hand_labelled_measures(name):
    text, expected, not_measures = CASES[name]
    m, spans = run(text)
    got = [(r.label, squash(r.text)) for r in m.itertuples()]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (label, body), (exp_label, prefix) in zip(got, expected):
        assert body.startswith(squash(label) + prefix), (body, prefix)
    for bad in not_measures:
        assert not any(bad in t for t in m["text"]), bad
    for r in m.itertuples():
        assert text[r.char_start:r.char_end] == r.text
    assert_partition(text, spans)


def _variants(text):
    lines = text.split("\n")
    bare = [ln.strip(" \t\u3000\xa0") for ln in lines]
    yield "no blank lines, no indentation", "\n".join(ln for ln in bare if ln) + "\n"
    yield "blank line after every line", "\n\n".join(bare) + "\n"
    yield "no-break-space indentation", "\n".join("\xa0\xa0" + ln if ln else ln for ln in bare)
    yield "trailing spaces", "\n".join(ln + "  " for ln in lines)
    # half-width copy: （一）→(一), ：→:, ，→, ；→; and full-width digits and spaces → ASCII
    yield "half-width punctuation", nfkc(text)


@pytest.mark.parametrize("name", list(CASES))
def test_line_shape_variants_give_the_same_measures(name):
    text = CASES[name][0]
    reference = [(nfkc(r.label), squash(nfkc(r.text))) for r in run(text)[0].itertuples()]
    for what, variant in _variants(text):
        got = [(nfkc(r.label), squash(nfkc(r.text))) for r in run(variant)[0].itertuples()]
        assert got == reference, what


def test_lead_unit_from_duty_lines_and_notes():
    text = CASES["duty_and_deadline_lines"][0]
    m, _ = run(text)
    assert m["lead_unit"].tolist() == ["市政府办公室", "市政府办公室、市法制办", "市接待办", "市机关事务管理局"]
    assert m["lead_person"].tolist()[0] == "张某某"


def test_a_task_row_names_the_section_of_its_sub_tasks():
    m, spans = run(CASES["task_table_with_sub_task_rows"][0])
    assert list(m["section"]) == ["严格规范业务招待管理"] * 2 + ["清理规范公务用车"] * 2
    assert (spans["span_kind"] == "heading").sum() == 3  # the header row and the two task rows


def test_sections_give_context_from_unnumbered_and_bracket_headings():
    m, _ = run(CASES["bold_unnumbered_headings"][0])
    assert [sec.split(" > ")[-1] for sec in m["section"]] == ["严格控制会议"] * 2 + ["提高会议质量"] * 2 + ["二、改进文风"] * 2
    m, _ = run(CASES["bracket_headings"][0])
    assert [sec.strip("【】") for sec in m["section"]] == ["主要任务"] * 3 + ["工作要求"] * 2


SEEDS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_plans_give_the_same_measures_in_every_line_shape(path):
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    reference = [(nfkc(r.label), squash(nfkc(r.text))) for r in run(text)[0].itertuples()]
    assert reference
    for what, variant in _variants(text):
        got = [(nfkc(r.label), squash(nfkc(r.text))) for r in run(variant)[0].itertuples()]
        assert got == reference, what


def test_a_paragraph_cut_by_a_page_break_is_made_whole_and_a_heading_before_a_break_is_not_joined():
    # a PDF or OFD copy ends each page's paragraphs: a full line that stops mid-sentence goes on after the
    # page's number and the break (``…不少于`` / ``— 2 —`` / ``30天，…``); a run-in heading cut the same way
    # (``四、规范出访活动。从…``) is one measure, not a heading over its own rest
    page = "\n— 2 —\n\f"
    text = ("关于改进工作作风的实施办法\n"
            "一、改进调查研究\n"
            "减少陪同人员。县级领导到乡镇调研，乡镇只安排一名负责同志陪同，每年到基层调研时间不少于" + page +
            "30天，轻车简从。\n"
            "注重调研实效。每人每年撰写调研报告不少于两篇，调研中发现的问题要建立台账、跟踪办理。\n"
            "二、规范出访活动。从外交大局和全省发展需要出发，合理安排出访活动，严格控制出访团组数量和" + "\n— 3 —\n\f" +
            "随行人员，一般不安排到机场迎送。\n"
            "三、精简会议活动\n"
            "严格控制会议数量。全县性会议每年不超过十二个，能合并召开的一律合并召开。\n")
    furniture = [(m.start(), m.end()) for m in re.finditer(r"— \d —", text)]
    m, spans = measures.extract(text, furniture, "d")
    starts = [squash(t)[:6] for t in m["text"]]
    assert starts == ["减少陪同人员", "注重调研实效", "二、规范出访", "严格控制会议"], starts
    assert squash(m["text"].iloc[0]).endswith("30天，轻车简从。") and "随行人员" in m["text"].iloc[2]
    painted = spans[spans.span_kind == "furniture"]
    assert [text[a:b] for a, b in zip(painted.char_start, painted.char_end)] == ["— 2 —", "— 3 —"]
    assert_partition(text, spans)


def test_a_table_header_row_after_a_list_item_is_not_part_of_it():
    # a ledger's 整治重点 list, then its table: the header row (序号  整改措施 … 完成时限, whose 时限 reads like
    # a deadline line that stays with its measure) is a heading, not the tail of the item above it
    text = ("整改落实台账\n"
            "整治重点：\n"
            "1.文山会海、督查检查考核过多过频问题；\n"
            "2.公款吃喝、违规收送礼品礼金问题。\n"
            "序号\t整改措施\t责任领导\t牵头单位\t完成时限\n"
            "一、形式主义方面\n"
            "1\t开展文件会议“瘦身”行动，县级发文数量比上年压减30%以上。\t王立新\t县委办公室\t2018年6月底前\n"
            "2\t清理规范各类工作微信群和政务APP，严禁以留痕代替落实。\t李华\t县委网信办\t2018年5月底前\n")
    m, spans = measures.extract(text, [], "d")
    assert m["text"].iloc[1] == "2.公款吃喝、违规收送礼品礼金问题。"
    header = text.index("序号")
    kinds = spans[(spans.char_start <= header) & (spans.char_end > header)].span_kind.tolist()
    assert kinds == ["heading"], kinds
    assert_partition(text, spans)


@pytest.mark.parametrize("header, rows_are_measures", [
    ("序号\t整改事项\t整改措施\t责任单位\t完成时限", True),  # an attached 整改台账: its rows are measures
    ("序号\t姓名\t职务\t车牌号\t备注", False),  # an attached form to fill in: not a list of commitments
])
def test_an_attached_ledger_after_the_last_item_gives_its_rows_as_measures_and_a_form_does_not(header, rows_are_measures):
    text = ("某市办公用房清理工作实施方案\n一、主要任务\n（一）全面清查办公用房。各单位对办公用房进行全面登记。\n"
            "（二）严格执行面积标准。超标准办公用房一律腾退。\n附件\n某市办公用房清理台账\n" + header + "\n"
            "1\t领导干部办公用房超标准问题\t逐人核定面积，超出部分一律腾退\t市机关事务局\t2013年11月30日\n"
            "2\t办公用房出租出借问题\t合同到期一律收回，租金上缴财政\t市财政局\t2013年12月31日\n")
    m, spans = run(text)
    assert m["label"].tolist()[:2] == ["（一）", "（二）"]
    assert not any("附件" in t or "台账" in t for t in m["text"])  # the last item ends before the attachment
    assert m["label"].tolist()[2:] == (["1", "2"] if rows_are_measures else [])
    if rows_are_measures:
        assert m["text"].iloc[2].startswith("1\t领导干部办公用房") and m["section"].iloc[2] == "某市办公用房清理台账"
    assert_partition(text, spans)


_LEDGER_PLAN = ("某厅党组整改方案\n一、存在的主要问题\n　　①会议多；②接待不规范。\n三、整改任务\n"
                "　　针对上述问题，厅党组逐项研究制定了整改措施，列入整改台账（见附件），实行清单管理、对账销号。\n"
                "　　整改工作分三个阶段推进：2013年11月底前立行立改；2014年6月底前完成制度建设。\n"
                "四、保障措施\n（一）加强组织领导。厅党组成立整改工作领导小组。\n（二）公开整改情况。整改方案在厅网站公布。\n"
                "\n中共某厅党组\n2013年10月28日\n\n附件\n某厅党组整改台账\n序号\t问题\t整改措施\t责任领导\t完成时限\n"
                "1\t会议多\t全省性会议比上年减少30%，一般会议会期不超过1天。\t副厅长\t2013年12月底前\n"
                "2\t接待不规范\t严格执行接待标准，严禁在项目工地超标准接待。\t副厅长\t长期坚持\n")


@pytest.mark.parametrize("plan, read", [
    (_LEDGER_PLAN, "pointed"),  # 三、整改任务 sends the reader to the ledger after the signature: its rows are the measures
    # no pointer, but the ledger's rows restate no measure above: they are tasks of its own (as the writers of five
    # plans with such a table keyed them)
    (_LEDGER_PLAN.replace("列入整改台账（见附件），", ""), "own"),
    # the task section holds measures of its own and sends the reader to the ledger for their details
    (_LEDGER_PLAN.replace("三、整改任务\n", "三、整改任务\n（一）精简会议。全省性会议减少30%，见附件台账。\n"), None),
])
def test_a_task_section_pointing_to_a_ledger_after_the_signature_takes_the_ledger_rows_as_its_measures(plan, read):
    m, spans = run(plan)
    ledger = [t for t in m["text"] if t[0].isdigit()]
    if read:
        assert len(ledger) == 2 and ledger[0].startswith("1\t会议多\t全省性会议") and ledger[1].endswith("长期坚持")
        assert (m["section"][m["text"].isin(ledger)] == "某厅党组整改台账").all()
    else:
        assert ledger == [] and "（二）" in m["label"].tolist()
    if read == "pointed":
        assert m["label"].tolist() == ["（一）", "（二）", "1", "2"]
        pointer = plan.index("针对上述问题")
        assert spans[(spans.char_start <= pointer) & (spans.char_end > pointer)].span_kind.tolist() == ["preamble"]
    assert_partition(plan, spans)


def test_the_attached_ledger_is_the_first_attachment_after_the_plan_and_a_form_is_none():
    from analysis.paragraphs import attached_ledger
    end = _LEDGER_PLAN.index("中共某厅党组")
    attachment, title, table = attached_ledger(_LEDGER_PLAN, end)
    assert _LEDGER_PLAN[slice(*attachment)] == "附件" and _LEDGER_PLAN[slice(*title)] == "某厅党组整改台账"
    assert _LEDGER_PLAN[slice(*table)].startswith("序号") and _LEDGER_PLAN[slice(*table)].endswith("长期坚持")
    titled = _LEDGER_PLAN.replace("附件\n某厅党组整改台账\n", "附件：某厅党组整改台账\n")
    assert attached_ledger(titled, end)[1] is None
    form = _LEDGER_PLAN.replace("序号\t问题\t整改措施\t责任领导\t完成时限", "序号\t姓名\t职务\t车牌号\t备注")
    assert attached_ledger(form, end) is None


_HEADED_SECTIONS = ("某局改进工作作风实施细则\n一、提升行政审批服务效能\n"
                    "建设领域行政审批事项多、环节多，是群众意见比较多的地方，必须下大力气加以改进。\n"
                    "集中进驻窗口办理。审批事项全部进驻市政务服务中心窗口。\n"
                    "实行并联审批。施工许可核发时限压缩至7个工作日。\n"
                    "（责任单位：审批科；时限：2013年6月底前）\n"
                    "二、保障措施\n加强组织领导。局党组书记为第一责任人。\n接受群众监督。整改方案在局网站公示。\n"
                    "全局整改工作从7月上旬开始，9月底前基本完成，10月份进行“回头看”。\n"
                    "各科室要按照本方案要求抓好落实，整改情况于每月25日前报局办公室。\n")


def test_in_a_section_of_headed_paragraphs_a_lead_in_and_a_closing_timetable_are_no_measures():
    m, spans = run(_HEADED_SECTIONS)
    assert [t[:6] for t in m["text"]] == ["集中进驻窗口", "实行并联审批", "加强组织领导", "接受群众监督"]
    assert m["text"].iloc[1].endswith("时限：2013年6月底前）")  # a duty line still joins its measure
    for words in ("建设领域行政审批", "全局整改工作从", "各科室要按照"):
        at = _HEADED_SECTIONS.index(words)
        assert spans[(spans.char_start <= at) & (spans.char_end > at)].span_kind.tolist() == ["preamble"], words
    assert_partition(_HEADED_SECTIONS, spans)


def test_a_section_of_plain_paragraphs_keeps_every_paragraph_and_a_headed_section_its_middle_one():
    plain = _HEADED_SECTIONS.replace("集中进驻窗口办理。", "").replace("实行并联审批。", "")
    texts = [t[:6] for t in run(plain)[0]["text"]]  # section 一 without heading sentences: each paragraph a measure
    assert texts == ["建设领域行政", "审批事项全部", "施工许可核发", "加强组织领导", "接受群众监督"]
    middle = _HEADED_SECTIONS.replace("实行并联审批。施工", "严格执法车辆管理：①不得挪用；②不得改装。\n实行并联审批。施工")
    assert any(t.startswith("严格执法车辆管理") for t in run(middle)[0]["text"])


@pytest.mark.parametrize("lead, split", [
    ("针对“三公”经费支出控制不严的问题，", True),  # names the problem the items answer
    ("学院党委坚持把整改贯穿活动始终，对师生反映强烈、能够立即解决的问题马上就改。", True),  # context in whole sentences
    ("减少陪同人员。", False),  # a heading sentence of its own: one commitment with its parts
    ("首先，严格控制会议数量和规模。", False),
])
def test_a_paragraph_of_inline_items_after_a_problem_or_context_lead_gives_one_measure_per_item(lead, split):
    text = ("某局整改方案\n三、整改措施\n（一）在厉行勤俭节约方面\n" + lead
            + "一是从严控制“三公”经费，预算比上年压缩10%以上；二是严格执行公务接待标准，严禁超标准接待；"
              "三是加强公务用车管理，严禁公车私用；四是清理规范办公用房，严格按标准调整到位。\n"
              "（二）在加强廉政建设方面\n1、落实责任制。班子成员落实一岗双责。\n2、加强内部监督。每年检查一次。\n")
    m, spans = run(text)
    assert m["label"].tolist() == (["一是", "二是", "三是", "四是"] if split else ["（一）"]) + ["1、", "2、"]
    assert_partition(text, spans)


def test_category_rows_of_a_table_of_measures_head_their_rows_and_each_row_is_a_measure():
    # a Word table whose category rows are merged cells (（一）反对形式主义…) reads as numbered titles over tab rows
    text = ("某局整改落实方案\n三、整改措施\n　　局党组逐项明确整改措施、责任单位和完成时限，具体如下：\n"
            "序号\t整改措施\t责任单位\t完成时限\n（一）反对形式主义，切实改进会风文风\n"
            "1\t严格控制会议数量和规模，全局性会议控制在6次以内。\t局办公室\t长期坚持\n"
            "2\t精简文件简报，发文数量减少20%以上。\t局办公室\t2014年3月底前\n"
            "（二）反对奢靡之风，切实做到厉行节约\n"
            "3\t严控“三公”经费支出，比上年压缩10%以上。\t计划财务科\t2014年12月底前\n"
            "4\t严禁借节庆之机公款送礼。\t监察室\t长期坚持\n"
            "　　表中所列整改事项，由局教育实践活动办公室逐项分解到人、建立台账。\n"
            "四、保障措施\n（一）加强组织领导。局党组对整改工作负总责。\n（二）强化督促检查。每月督查一次。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1", "2", "3", "4", "（一）", "（二）"]
    assert m["section"].iloc[2].endswith("（二）反对奢靡之风，切实做到厉行节约")
    assert m["text"].iloc[3].startswith("4\t严禁借节庆") and "表中所列" not in m["text"].iloc[3]
    title = text.index("（一）反对形式主义")
    assert spans[(spans.char_start <= title) & (spans.char_end > title)].span_kind.tolist() == ["heading"]
    assert_partition(text, spans)
    one_row = text.replace("2\t精简文件简报，发文数量减少20%以上。\t局办公室\t2014年3月底前\n", "")
    assert "（一）" in run(one_row)[0]["label"].tolist()[:1]  # one row under a title: the title's item, as before


@pytest.mark.parametrize("heading, problems", [
    ("【存在的突出问题】", True),  # an unnumbered heading naming problems over a lead line and a numbered list
    ("【整改措施】", False),
])
def test_a_numbered_list_under_an_unnumbered_problems_heading_and_a_lead_line_is_a_problem_list(heading, problems):
    text = ("某镇党委整改方案\n" + heading + "\n通过召开座谈会等方式，共征集意见建议73条，经梳理归并，主要有以下几个方面：\n"
            "1．会议偏多、文件偏多，村干部疲于应付。\n2．深入村组和农户不够，有的问题久拖不决。\n"
            "【整改措施】\n1．全镇性会议每月不超过2次。\n2．班子成员每月到联系村不少于4天。\n")
    m, spans = run(text)
    assert m["text"].str[2:6].tolist() == (["全镇性会", "班子成员"] if problems else
                                          ["会议偏多", "深入村组", "全镇性会", "班子成员"])
    if problems:
        at = text.index("会议偏多")
        assert spans[(spans.char_start <= at) & (spans.char_end > at)].span_kind.tolist() == ["problem"]
    assert_partition(text, spans)


def test_a_section_paragraph_of_inline_items_after_juti_zuodao_gives_one_measure_per_item():
    text = ("某县实施办法\n一、精简会议活动\n1、全县性会议每年不超过6次。\n2、会议不摆花草。\n二、严格公务用车管理\n"
            "　　县直各单位要严格执行公务用车编制和配备标准。具体做到：一是全面清理超编超标车辆；二是严禁借用下属单位车辆；"
            "三是严禁公车私用。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1、", "2、", "一是", "二是", "三是"]
    assert_partition(text, spans)


def test_ocr_dash_for_yi_opens_its_run():
    text = ("某县实施意见\n一、精简会议活动\n（—）严格控制会议数量。全县性会议每年不超过6次。\n"
            "（二）严格控制会议规模。参会人员不超过80人。\n（三）提高会议效率。会期不超过半天。\n")
    assert run(text)[0]["label"].tolist() == ["（—）", "（二）", "（三）"]


def test_a_plan_run_together_on_one_line_starts_the_first_sub_item_after_its_section_title():
    body = ("一、指导思想以党的十八大精神为指导，坚持立说立行、即知即改，切实把整改落实的过程变成为群众办实事的过程。"
            "二、整改措施（一）改进会风文风。全乡性会议每月不超过2次，每次不超过1.5小时，会议与培训能合并的一律合并。"
            "（二）严格纪律约束。实行乡干部工作日住乡制度，严禁走读，确需离乡的须向党委书记请假。"
            "（三）厉行勤俭节约。严格执行公务接待标准，一律安排在乡机关食堂用餐，严禁公车私用。"
            "三、保障措施（一）加强组织领导。乡党委书记为整改落实第一责任人，班子成员对分管领域整改负责。"
            "（二）实行台账管理。对整改事项逐项建立台账，明确责任人和完成时限，整改一项销号一项。")
    text = "某乡党委整改方案。" + body * 2 + "\n"  # a long line: the plan's breaks are lost
    m, spans = run(text)
    assert m["label"].tolist()[:5] == ["（一）", "（二）", "（三）", "（一）", "（二）"]
    guiding = text.index("指导思想以")
    assert spans[(spans.char_start <= guiding) & (spans.char_end > guiding)].span_kind.tolist() == ["preamble"]
    assert_partition(text, spans)


@pytest.mark.parametrize("closing", [
    "二、整改时限\n立行立改事项于2014年6月底前完成；集中整改事项于9月底前完成。\n",  # a timetable section
    "【整改时限】\n整改工作从2014年7月开始，分三个阶段进行，10月以后转入常态化整改。\n",  # a bracketed one after the item
])
def test_a_closing_timetable_section_is_no_measure_and_ends_the_last_one(closing):
    text = ("某局整改方案\n一、整改措施\n1.严格控制会议数量。全局性会议每年不超过6次。\n"
            "2.规范公务接待。一律安排在机关食堂。\n" + closing)
    m, spans = run(text)
    assert m["label"].tolist() == ["1.", "2."]
    assert m["text"].iloc[1].endswith("一律安排在机关食堂。")
    at = text.index("整改时限")
    assert spans[(spans.char_start <= at) & (spans.char_end > at)].span_kind.tolist() == ["heading"]
    assert_partition(text, spans)


def test_a_run_together_plan_sheds_its_signature_date_and_distribution_list():
    items = "".join(f"（{n}）严格控制第{n}类会议。全乡性会议每月不超过2次，每次不超过1.5小时，会议与培训能合并的一律合并，"
                    "能以电话、短信通知的事项不再开会，会议一律不摆花草、不发纪念品。" for n in "一二三四五六七八九十")
    text = ("某乡党委整改方案。一、整改措施" + items + "二、保障措施（一）加强组织领导。乡党委书记为第一责任人，"
            "班子成员对分管领域整改负责。（二）严肃追责问责。对整改不力的严肃问责。"
            "中共某乡委员会2014年7月15日抄送：县委教育实践活动领导小组办公室，县委第三督导组。\n")
    m, spans = run(text)
    assert len(m) == 12 and m["text"].iloc[-1].endswith("对整改不力的严肃问责。")
    assert_partition(text, spans)


def test_a_list_of_bans_gives_one_measure_per_paragraph_however_long_its_ban():
    bans = ["严禁用公款相互宴请、赠送节礼。", "严禁违规使用公务用车。",
            "严禁以各种名义突击花钱和滥发津贴补贴。", "严禁在农业项目审批和资金分配中优亲厚友、暗箱操作。"]
    text = ("某厅关于严明纪律改进作风的“四个严禁”\n为严明纪律，在全系统严格执行以下“四个严禁”：\n"
            + "".join(f"　　{b}各单位一律照此执行，不得变通。\n" for b in bans) + "某厅党组\n2013年1月28日\n")
    m, spans = run(text)
    assert len(m) == len(bans) and all(t.startswith(b) for t, b in zip(m["text"], bans))
    assert_partition(text, spans)


@pytest.mark.parametrize("companion", [
    "【政策解读】《某市若干规定》解读\n一、问：《若干规定》出台的背景是什么？\n答：为落实中央八项规定。\n",
    "关于《某厅整改方案》的起草说明\n一、起草过程\n起草组梳理意见建议612条。\n（一）关于量化指标。方案提出的指标均可考核。\n",
    "附1\n名词解释\n1．“四风”：指形式主义、官僚主义、享乐主义和奢靡之风。\n",
])
def test_an_interpretation_drafting_note_or_glossary_after_the_plan_gives_no_measures(companion):
    text = ("某市关于改进作风的若干规定\n一、精简会议\n1．严格控制会议数量。全市性会议减少三分之一。\n"
            "2．规范公务接待。一律安排工作餐。\n某市人民政府\n2013年1月25日\n" + companion)
    m, spans = run(text)
    assert m["label"].tolist() == ["1．", "2．"]
    assert_partition(text, spans)


def test_the_narrated_part_of_meeting_minutes_and_a_definition_clause_are_no_measures():
    text = ("某县委常委会会议纪要\n一、会议主要精神\n　　会议认为，中央八项规定是加强作风建设的动员令。\n"
            "　　会议强调，改进作风要从常委会做起。\n二、会议议定事项\n1．关于改进调查研究。常委每年到基层调研不少于60天。\n"
            "2．本规定所称公务接待，是指出席会议、考察调研等公务活动。\n3．关于精简会议。全县性会议减少三分之一。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1．", "3．"]
    assert_partition(text, spans)


def test_sub_items_under_a_topic_lead_or_a_title_line_over_a_run_are_the_measures():
    text = ("某厅整改方案\n一、整改措施\n1．公务接待方面：\n（1）严格执行公务接待标准，一律凭公函接待。\n"
            "（2）厅机关公务接待费比上年压减20%。\n2．严格控制会议。全厅性会议每年不超过6次。\n"
            "（一）规范经营管理，提升服务发展质量\n　　一是简化内部审批流程，审批时限压缩一半。二是规范招标采购管理，一律公开招标。"
            "三是严格投资决策程序，集体研究决定。\n")
    m, spans = run(text)
    assert [t[:3] for t in m["text"]] == ["（1）", "（2）", "2．严", "一是简", "二是规", "三是严"]
    assert_partition(text, spans)


def test_a_line_start_yi_shi_with_its_er_shi_san_shi_inside_the_paragraph_gives_one_measure_each():
    text = ("某县整改方案\n一、整改措施\n（一）严格控制会议。全县性会议减少三分之一。\n（二）精简文件。发文减少三成。\n"
            "二、组织保障\n一是县委常委会对整改落实负总责，县委书记为第一责任人；二是建立整改台账，实行挂号销号管理；"
            "三是整改方案及整改结果向社会公开，接受群众监督。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["（一）", "（二）", "一是", "二是", "三是"]
    assert m["text"].iloc[2].endswith("第一责任人；")
    assert_partition(text, spans)


def test_what_a_report_says_was_found_or_achieved_is_no_measure_and_its_next_steps_are():
    text = ("某镇自查报告\n一、前一阶段整治工作情况\n一是“三公”经费明显下降。同比下降18%。\n二是会议文件大幅精简。会议减少34%。\n"
            "二、自查情况\n（一）公务接待方面。经自查，未发现超标准接待问题。\n（二）公务用车方面。经自查，车辆全部定点停放。\n"
            "三、存在的不足\n在肯定成绩的同时，我们也清醒地看到，一些干部作风还不够扎实。\n"
            "四、整改措施\n1．严格公务接待。一律安排工作餐。\n2．规范公务用车。节假日一律封存。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1．", "2．"]
    found = text.index("在肯定成绩")
    assert spans[(spans.char_start <= found) & (spans.char_end > found)].span_kind.tolist() == ["problem"]
    assert_partition(text, spans)


def test_a_paragraph_measure_opening_with_an_ordinal_keeps_it_as_its_label():
    text = ("某县情况报告\n一、主要做法\n县政府党组坚持从领导班子做起，重点抓了以下几个方面：\n"
            "一是严格控制会议活动。常务会议每月召开1次。\n二是精简文件简报。发文同比减少21%。\n三是规范公务接待。一律安排工作餐。\n"
            "二、存在的不足\n一些干部作风还不够扎实。\n三、今后打算\n持续深化会风文风改进。严格执行会议计划管理。\n"
            "进一步规范公务接待。严格执行接待清单制度。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["一是", "二是", "三是", "", ""]
    assert m["heading"].iloc[0] == "严格控制会议活动。"
    assert_partition(text, spans)


def test_each_rule_of_a_compilation_keeps_its_measures_and_its_closing_article_is_none():
    text = ("制度汇编（节选）\n某局会议管理办法\n（2013年2月26日局党组会议通过）\n"
            "第一条　为精简会议活动，制定本办法。\n第二条　实行会议年度计划管理。未列入计划的会议原则上不召开。\n"
            "第三条　本办法由局办公室负责解释，自印发之日起施行。\n"
            "某局公务接待规定\n（某建〔2013〕37号　2013年3月18日印发）\n为规范公务接待工作，结合实际，制定本规定。\n"
            "一、接待标准\n1．接待一律安排工作餐，不上酒水。\n2．陪餐人数不超过3人。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["第二条", "1．", "2．"]
    assert m["text"].iloc[0].endswith("原则上不召开。")
    assert_partition(text, spans)


def test_a_signature_with_its_translation_under_it_closes_the_last_measure():
    text = ("某乡整改方案\n一、整改措施\n1．严格控制会议。全乡性会议每月不超过2次。\n2．规范公务接待。一律安排工作餐。\n\n"
            "中共某乡委员会\nجۇڭگو كوممۇنىستىك پارتىيىسى يېزىلىق كومىتېتى\n2014年8月15日\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1．", "2．"]
    assert m["text"].iloc[1].endswith("一律安排工作餐。")
    assert_partition(text, spans)


def test_a_next_steps_lead_splits_its_items_and_a_report_closes_with_tesi_tongbao():
    text = ("某厅整改落实情况通报\n一、整改措施\n1．严格控制会议。全厅性会议每年不超过6次。\n2．规范公务接待。一律安排工作餐。\n"
            "二、下一步工作\n整改落实只有进行时，没有完成时。下一步，厅党组将坚持标准不降、力度不减，一是对尚未完成的整改事项挂账督办；"
            "二是适时开展整改落实情况回头看；三是把整改落实情况纳入年度考核。\n特此通报。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["1．", "2．", "一是", "二是", "三是"]
    assert_partition(text, spans)


def test_a_run_carried_on_into_the_next_paragraph_under_a_stopped_title_gives_every_item():
    text = ("某政协党组整改方案\n三、整改措施\n　　（一）在反对形式主义方面，着力提高协商议政实效。\n"
            "　　针对学习不深入等问题，采取以下措施：\n"
            "　　一是健全学习制度。每月集中学习1次。二是精简会议活动。会议比上年减少20%。三是改进调研方式。不搞层层陪同。\n"
            "　　四是提高提案办理质量。实行提案立案审查制度。五是精简文件简报。简报由5种压缩为2种。\n"
            "　　（二）在反对奢靡之风方面，着力厉行勤俭节约。\n"
            "　　一是严格控制“三公”经费。比上年压减10%。二是规范公务接待。一律安排工作餐。三是加强公务用车管理。节假日封存。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["一是", "二是", "三是", "四是", "五是", "一是", "二是", "三是"]
    assert m["text"].iloc[3].endswith("实行提案立案审查制度。")
    assert_partition(text, spans)


def test_a_section_over_nothing_but_the_closing_clauses_is_no_measure():
    text = ("某局实施细则\n一、改进调查研究\n（一）局领导每年到基层调研不少于60天。\n（二）调研轻车简从，不搞层层陪同。\n"
            "二、其他\n本细则自印发之日起施行，由局办公室负责解释。\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["（一）", "（二）"]
    assert_partition(text, spans)


@pytest.mark.parametrize("section", [
    "二、工作要求\n一要加强领导。成立专项整治领导小组。二要公开透明。整治情况向社会公开。三要严肃问责。对走过场的严肃追究。\n",
    "二、保障措施\n为确保上述措施落到实处，一是加强组织领导，书记为第一责任人；二是强化督促检查，每季度检查一次；"
    "三是严肃责任追究，对违反的严肃处理。\n",
])
def test_a_run_of_yao_items_or_one_after_a_purpose_lead_gives_one_measure_per_item(section):
    text = "某市专项整治方案\n一、整治措施\n1．严格控制会议。全市性会议减少三分之一。\n2．规范公务接待。一律安排工作餐。\n" + section
    m, spans = run(text)
    assert len(m) == 5 and m["label"].tolist()[2][0] == "一"
    assert_partition(text, spans)


def test_a_lead_naming_the_problems_its_items_answer_is_no_problem_list_and_named_problems_with_symptoms_are():
    text = ("某县整改落实方案\n一、整治重点\n（一）“文山会海”问题。主要是会议多、会议长、陪会多。\n"
            "（二）公车私用问题。主要是借用下属单位车辆。\n二、整改任务和措施\n（一）在改进会风文风上见实效\n"
            "针对会议多、文件多、陪会多的问题：一是严格控制会议数量；二是提倡开短会、讲短话；三是从严控制发文。\n"
            "牵头领导：周某　牵头单位：县政府办公室　完成时限：2014年8月起\n")
    m, spans = run(text)
    assert m["label"].tolist() == ["一是", "二是", "三是"]
    assert m["text"].iloc[2].endswith("完成时限：2014年8月起")
    assert_partition(text, spans)
