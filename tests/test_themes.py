"""Tests of analysis.themes: cue matching, places (heading/text/section), thresholds, `other`."""
import pandas as pd
import pytest

from analysis import schemas
from analysis.codebook import load_codebook
from analysis.themes import (_repeat_factor, assign_stage, assign_themes, choose_themes,
                             measure_places, score_measure, strip_label, strip_notes)

SHIPPED = load_codebook()

TOY = """\
version = "toy"
[assignment]
heading_weight = 2.0
text_weight = 1.0
section_weight = 0.5
max_repeats = 3
min_score = 2.0
further_min_score = 3.0
further_rel_share = 0.5
[[theme]]
id = "alpha"
name_zh = "甲"
name_en = "Alpha"
group = "core"
headline = true
cues = { "会议" = 3, "会" = 1 }
negative = { "民主生活会" = 0 }
[[theme]]
id = "beta"
name_zh = "乙"
name_en = "Beta"
group = "core"
cues = { "文件" = 3, "简报" = 1 }
[[theme]]
id = "other"
name_zh = "其他"
name_en = "Other"
group = "none"
cues = {}
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    p = tmp_path_factory.mktemp("cb") / "toy.toml"
    p.write_text(TOY, encoding="utf-8")
    return load_codebook(p)


def fires(text, theme, cb=SHIPPED, **kw):
    """Evidence string of ``theme`` for a measure made of ``text`` ('' when it does not fire)."""
    return score_measure(measure_places(text, **kw), cb).get(theme, (0.0, ""))[1]


@pytest.mark.parametrize("text, theme, present, absent", [
    ("严禁公车私用。", "vehicles", "公车私用×1", "公车×"),  # longest cue wins, no double count
    ("加强车间安全生产管理。", "vehicles", None, None),  # 车 inside 车间 is not a car
    ("不得乘坐公家的车外出。", "vehicles", "车×1", None),  # one-character cue as a whole token
    ("减少随行车辆。", "vehicles", "随行车辆×1", "车×"),  # 车 inside 车辆 does not fire again
    ("研究重大社会议题。", "meetings", None, None),  # 会议 straddling 社会|议题 does not fire
    ("大会期间不安排宴请。", "meetings", "大会×1", "会期"),  # 会期 straddling 大会|期间 does not
    ("会议室改为办公用房。", "meetings", "会议室×1", None),  # inside one word is fine
    ("坚持密切联系群众。", "grassroots", "联系群众×1", None),  # jieba word 密切联系 coarser than cue
    ("定期接待群众来访。", "reception", "-接待群众×1", "text:接待×"),  # negative cue masks 接待
    ("推行ＡＢ角工作制度。", "efficiency", "ab角×1", None),  # NFKC + lower case
])
def test_cue_matching(text, theme, present, absent):
    ev = fires(text, theme)
    if present is None:
        assert ev == "" or "-" in ev
    else:
        assert present in ev
    if absent:
        assert absent not in ev


def test_negative_cue_keeps_reception_out_and_grassroots_in():
    m = pd.DataFrame({"measure_id": ["a"], "text": ["县委常委定期接待群众来访，认真听取群众意见。"]})
    out = assign_themes(m)
    assert out.loc[out["is_primary"], "theme_code"].tolist() == ["grassroots"]
    assert "reception" not in out["theme_code"].tolist()


@pytest.mark.parametrize("n, factor", [(0, 0.0), (1, 1.0), (2, 1.5), (3, 1.75), (4, 2.0), (9, 2.0)])
def test_repeat_factor_has_diminishing_returns(n, factor):
    assert _repeat_factor(n, max_repeats=4) == factor


@pytest.mark.parametrize("raw, stripped", [
    ("5.从严控制会议", "从严控制会议"), ("1．加强党建", "加强党建"), ("（一）落实整改责任", "落实整改责任"),
    ("(3)严格审批", "严格审批"), ("①继续巩固", "继续巩固"), ("一是开展活动", "开展活动"),
    ("二、密切联系群众", "密切联系群众"), ("减少陪同人员。", "减少陪同人员。"),
    ("2016年上半年", "2016年上半年"),  # a year is not a number label
])
def test_strip_label(raw, stripped):
    assert strip_label(raw) == stripped


def test_places_heading_from_column_or_first_sentence():
    p = measure_places("1．减少会议。严格控制会议数量。", heading="减少会议。", section="二、改进会风 > （一）精简会议")
    assert p == {"heading": "减少会议。", "text": "严格控制会议数量。", "section": "改进会风；精简会议"}
    p = measure_places("减少陪同人员。县直部门不超过3人。")
    assert p["heading"] == "减少陪同人员" and p["text"] == "县直部门不超过3人。"
    long_first = "严格控制" + "各类" * 30 + "会议。第二句。"
    assert measure_places(long_first)["heading"] == ""  # too long to be a heading
    sec = measure_places("x", section="（二）改进会风文风，减少考核评比 针对会议多、文件多等问题")["section"]
    assert sec == "改进会风文风,减少考核评比"  # opening clause only, NFKC-folded comma


def test_flattened_punctuation_heading():
    # a plan whose punctuation was replaced by '.': the first '.'-segment is the heading
    p = measure_places("11.从严控制会议.抓紧制定出台会议制度.从严控制会议数量.")
    assert p["heading"] == "从严控制会议"


def test_heading_counts_more_than_text(toy):
    # alpha fires once in the heading (3 x 2 = 6), beta once in the text (3): alpha is primary
    m = pd.DataFrame({"measure_id": ["a"], "heading": ["精简会议。"], "text": ["精简会议。清理文件。"],
                      "section": [""]})
    out = assign_themes(m, toy).set_index("theme_code")
    assert out.loc["alpha", "is_primary"] and out.loc["alpha", "score"] == 6.0
    assert out.loc["alpha", "evidence"] == "heading:会议×1"
    assert out.loc["beta", "score"] == 3.0 and not out.loc["beta", "is_primary"]


def test_section_is_weak_context(toy):
    m = pd.DataFrame({"measure_id": ["a", "b"], "text": ["严格审批程序。一律报办公室审核。", "严格控制文件数量。"],
                      "section": ["三、精简会议活动", "三、精简会议活动"]})
    out = assign_themes(m, toy)
    a = out[out["measure_id"] == "a"].iloc[0]
    assert (a["theme_code"], a["score"]) == ("other", 0.0)  # section alone: 3 x 0.5 = 1.5 < min_score 2
    b = out[out["measure_id"] == "b"].set_index("theme_code")
    assert b.loc["beta", "is_primary"]  # own text (3) beats the section (1.5)
    assert "alpha" not in b.index  # 1.5 is below further_min_score


@pytest.mark.parametrize("scores, expected", [
    ({}, [("other", 0.0, True)]),  # nothing fires
    ({"alpha": (1.0, "text:会×1")}, [("other", 0.0, True)]),  # below min_score 2
    ({"alpha": (6.0, "e"), "beta": (3.0, "e")}, [("alpha", 6.0, True), ("beta", 3.0, False)]),
    ({"alpha": (8.0, "e"), "beta": (3.0, "e")}, [("alpha", 8.0, True)]),  # 3 < 0.5 x 8
    ({"alpha": (6.0, "e"), "beta": (2.5, "e")}, [("alpha", 6.0, True)]),  # 2.5 < further_min_score 3
    ({"alpha": (4.0, "e"), "beta": (4.0, "e")}, [("alpha", 4.0, True), ("beta", 4.0, False)]),  # tie -> codebook order
])
def test_choose_themes_thresholds(toy, scores, expected):
    got = [(c, s, p) for c, s, p, _ in choose_themes(scores, toy)]
    assert got == expected


def test_negative_cue_masks_in_toy(toy):
    ev = score_measure(measure_places("召开民主生活会。"), toy)
    assert "alpha" in ev and ev["alpha"][0] == 0.0  # masked: 会 and 会议 inside it do not fire


def test_assign_stage_contract():
    m = pd.DataFrame({
        "measure_id": ["d-m001", "d-m002", "d-m003"], "doc_id": ["d"] * 3,
        "label": ["1.", "2.", "3."], "section": ["一、精简会议", None, ""], "heading": ["", None, ""],
        "text": ["1.严格控制会议数量和会期，推广电视电话会议。", "2.严禁公车私用和私驾公车，规范公务用车管理。", "3.天气晴朗。"]})
    out = assign_stage({"measures": m}, {})["measure_themes"]
    schemas.validate(out, "measure_themes")
    assert out.groupby("measure_id")["is_primary"].sum().tolist() == [1, 1, 1]
    prim = out[out["is_primary"]].set_index("measure_id")["theme_code"].to_dict()
    assert prim == {"d-m001": "meetings", "d-m002": "vehicles", "d-m003": "other"}
    pd.testing.assert_frame_equal(out, assign_stage({"measures": m}, {})["measure_themes"])  # deterministic


def test_assign_stage_empty():
    out = assign_stage({"measures": schemas.empty("measures")}, {})["measure_themes"]
    assert out.empty and list(out.columns) == ["measure_id", "theme_code", "score", "is_primary", "evidence"]


def test_section_context_can_decide_a_measure_without_own_cues(toy):
    m = pd.DataFrame({"measure_id": ["a"], "text": ["严格审批程序。一律报办公室审核。"],
                      "section": ["三、精简会议，规范会议"]})
    out = assign_themes(m, toy)
    assert out[["theme_code", "score", "evidence"]].values.tolist() == [["alpha", 2.25, "section:会议×2"]]


@pytest.mark.parametrize("section, expected", [
    ("一、改进调查研究 > （二）具体措施", "grassroots"),  # the parent section says what it is about
    ("（二）具体措施", "other"),  # one weak cue of its own is below min_score
])
def test_parent_section_gives_context_under_a_generic_subsection(section, expected):
    text = "2.各位领导每年要形成有分量的书面报告，切实把群众意见带回来、把问题解决好，确保取得实效，不走过场。"
    out = assign_themes(pd.DataFrame({"measure_id": ["a"], "text": [text], "section": [section]}))
    assert out.loc[out["is_primary"], "theme_code"].item() == expected


# Measures phrased like the central Eight-point Regulation and provincial implementing rules (not
# from the seed plans), each labelled by the codebook's definitions: a guard on vocabulary coverage.
TYPICAL = [
    ("要精简会议活动，切实改进会风，严格控制以中央名义召开的各类全国性会议和举行的重大活动，不开泛泛部署工作和提要求的会，未经中央批准一律不出席各类剪彩、奠基活动和庆祝会、纪念会、表彰会、博览会、研讨会及各类论坛；提高会议实效，开短会、讲短话，力戒空话、套话。", "meetings"),
    ("要精简文件简报，切实改进文风，没有实质内容、可发可不发的文件、简报一律不发。", "documents"),
    ("要规范出访活动，从外交工作大局需要出发合理安排出访活动，严格控制出访随行人员，严格按照规定乘坐交通工具，一般不安排中资机构、华侨华人、留学生代表等到机场迎送。", "overseas"),
    ("要改进警卫工作，坚持有利于联系群众的原则，减少交通管制，一般情况下不得封路、不清场闭馆。", "security"),
    ("要改进新闻报道，中央政治局同志出席会议和活动应根据工作需要、新闻价值、社会效果决定是否报道，进一步压缩报道的数量、字数、时长。", "publicity"),
    ("要严格文稿发表，除中央统一安排外，个人不公开出版著作、讲话单行本，不发贺信、贺电，不题词、题字。", "publicity"),
    ("要厉行勤俭节约，严格遵守廉洁从政有关规定，严格执行住房、车辆配备等有关工作和生活待遇的规定。", "frugality"),
    ("严格执行公务用车配备标准，不得超编制、超标准配备公务用车，严禁公车私用。", "vehicles"),
    ("全面推进公务用车制度改革，取消一般公务用车，发放公务交通补贴。", "vehicles"),
    ("严格执行国内公务接待标准，不得超标准接待，接待对象应当按照规定标准自行用餐。", "reception"),
    ("公务接待实行审批控制，对无公函的公务活动不予接待，严禁将休假、探亲、旅游等活动纳入公务接待范围。", "reception"),
    ("严禁用公款送月饼、送节礼，严禁用公款印制、寄送贺年卡等物品。", "banquets_gifts"),
    ("严禁出入私人会所，严禁接受可能影响公正执行公务的宴请。", "banquets_gifts"),
    ("严格控制因公出国（境）团组数量和规模，不得安排照顾性和无实质内容的出访。", "overseas"),
    ("严格控制“三公”经费预算，确保“三公”经费只减不增，并按规定向社会公开。", "frugality"),
    ("停止新建楼堂馆所，严格清理腾退超标准办公用房。", "frugality"),
    ("全面清理“吃空饷”问题，严禁超编进人、超职数配备干部。", "personnel"),
    ("清理规范评比达标表彰项目，未经批准一律不得举办节庆、论坛和展会活动。", "evaluations"),
    ("严格执行首问负责制、限时办结制和责任追究制，整治“门难进、脸难看、事难办”。", "efficiency"),
    ("推行政务服务“一站式”办理，压缩行政审批事项和办理时限。", "efficiency"),
    ("严格落实党风廉政建设主体责任，对顶风违纪行为发现一起、查处一起、通报曝光一起。", "discipline"),
    ("严格执行“三重一大”集体决策制度，重大事项必须经领导班子集体讨论决定。", "decision_making"),
    ("坚持党组中心组学习制度，每月集中学习不少于1次。", "study"),
    ("认真开好专题民主生活会，开展批评和自我批评。", "study"),
    ("建立整改落实台账，实行挂号销账，逐项对账销号。", "implementation"),
    ("领导干部每年到基层调研时间不少于2个月，每人建立1个基层联系点。", "grassroots"),
    ("完善领导干部接访下访制度，定期到信访接待场所接待群众来访。", "grassroots"),
    ("控制会议数量和规模，多开电视电话会议，全县性会议会期不超过1天。", "meetings"),
    ("减少发文数量，文件篇幅一般不超过3000字，推进无纸化办公。", "documents"),
    ("领导干部出行不得要求警车开道，不得违规使用警灯警报。", "security"),
    ("领导干部参加活动的新闻报道，文字稿一般不超过1000字，电视新闻播出时长不超过3分钟。", "publicity"),
    ("加快推进重点项目建设，帮助企业解决融资难、用工难问题。", "development"),
    ("扎实推进精准扶贫，实施民生实事工程。", "development"),
    ("机关干部严格遵守上下班制度，不得迟到早退，严禁上班时间上网聊天、玩游戏。", "efficiency"),
    ("县委常委到乡镇调研，一律安排在乡镇食堂吃工作餐，不上酒水。", "reception"),
    ("规范领导干部办公用房面积，超标准的一律腾退。", "frugality"),
    ("不准违规发放津贴补贴，不准违规组织公款旅游。", "frugality"),
    ("领导干部不得违规在企业、社会团体兼职取酬。", "personnel"),
    # codebook .8, from blind batches 16 and 17
    ("严格公务用车编制管理，超编车辆一律收回，统一调剂使用。", "vehicles"),  # a vehicle quota is not staffing
    ("开展保障性住房分配情况专项核查，清退不符合条件的保障对象。", "development"),  # social housing, not leaders'
    ("镇里开展的督查检查一律统筹联合开展，同一事项原则上只安排一次，防止多头督查、重复检查。", "evaluations"),
    ("开展整治成效评估。采取群众评议、专项检查等方式对专项整治情况进行评估，评估结果纳入年度绩效考核。", "implementation"),
    ("省审计厅每年对省直部门经费使用情况开展经济责任审计。", "discipline"),
    # codebook .9, from blind batch 18
    ("建立问题线索快查快处机制，镇纪委在3个工作日内启动核查。", "discipline"),
    ("严禁用公款旅游或者变相用公款旅游。", "frugality"),
    ("清理规范村级证明事项，不得要求村（社区）出具职责范围以外的证明。", "efficiency"),
    ("加强宣传引导。通过党员大会等方式广泛宣传作风建设要求。", "implementation"),
    # codebook .10, from blind batch 20 (sector bodies)
    ("全面推行“双随机、一公开”监管，检查结果及时向社会公开。", "efficiency"),
    ("畅通纳税人诉求渠道，对投诉和建议实行限时答复。", "grassroots"),
    # codebook .26, from blind batch 121 (rules on cadres' weddings and funerals)
    ("严格控制宴席规模。婚事宴席不得超过20桌，丧事宴席不得超过15桌，每桌人数按10人计算。", "banquets_gifts"),
    ("丧事从简办理。带头婚事新办、丧事简办，带头移风易俗。", "frugality"),
    # codebook .27, from blind batches 127 (service efficiency) and 129 (leaders' study rules)
    ("坚持个人自学。班子成员每年自学时间不少于60小时，撰写学习笔记不少于5000字。", "study"),
    ("邀请专家辅导。每半年邀请专家学者作专题辅导讲座1次。", "study"),
    ("推行全程代理。对需要到县直部门办理的事项，由代理员全程代办，办结后送件上门。", "efficiency"),
    ("严禁使用服务禁语。接待群众时要使用文明用语，推行微笑服务。", "efficiency"),
    # codebook .28, from blind batch 130 (travel, meeting and training expense rules)
    ("出差人员应当在职务级别对应的住宿费标准限额内，选择安全、经济、便捷的宾馆住宿，不得超标准住宿。", "frugality"),
    ("师资费在综合定额标准外单独核算。讲课费执行以下标准：副高级技术职称专业人员每学时最高300元。", "frugality"),
    # codebook .29, from blind batches 136 (rules of procedure, 三重一大) and 138 (the business environment)
    ("县政府常务会议须有半数以上组成人员到会方可召开。组成人员因故不能出席的，应当向县长请假。", "decision_making"),
    ("落实末位表态和回避制度。讨论议题时，班子成员逐一发表意见，党委书记最后表态。", "decision_making"),
    ("市委常委会议、市政府常务会议等会议，除有重大决策、重要部署外，一般不作新闻报道。", "publicity"),
    ("推行“好差评”制度。企业开办时间压缩至3个工作日以内，涉企事项实行容缺受理。", "efficiency"),
    # codebook .30, from blind batches 142 (food waste) and 144 (cadre management)
    ("推行按需供餐。推行小份菜、半份菜，开展“光盘行动”，减少剩餐。", "frugality"),
    ("实行平时考核。按季度开展民主测评，考核等次作为干部选拔的重要依据。", "personnel"),
    # codebook .31, from blind batch 146 (作风建设年 campaigns)
    ("建立作风督查机制。成立作风督查组，采取明察暗访方式开展作风督查，对督查发现的问题严肃问责。", "discipline"),
    # codebook .32, from blind batches 150 (学习教育 plans), 152 (courts and police) and 153 (villages)
    ("严禁工作日午间饮酒和在执勤、备勤、值班期间饮酒。着警服一律不得在公共场所饮酒。", "efficiency"),
    ("全面清查村级集体资金。对村级集体资金收支情况进行全面清查，逐村建立资金台账，村级非生产性开支实行限额管理。", "frugality"),
    ("严格执行审限制度。每月通报审限内结案率和超审限案件情况，推行案件繁简分流。", "efficiency"),
    ("注重统筹结合。把学习教育同中心工作结合起来，防止“两张皮”，营造良好氛围。", "implementation"),
    ("提高思想认识。各党组织要充分认识开展学习教育的重要意义，主要负责人亲自抓、负总责。", "implementation"),
    # codebook .33, from blind batches 157 (public pledges) and 159 (office discipline)
    ("从严控制事假。工作人员一般不得请长事假，请病假3天以上的须提供诊断证明，假满返岗当日办理销假手续。", "efficiency"),
    ("做好工作交接。A岗离岗前须将待办事项交代给B岗，确需同时离岗的须指定临时代岗人员。", "efficiency"),
    ("强化践诺评诺。各党组织每季度对照承诺事项督促践诺，年底组织述诺评诺，评诺结果在一定范围内公开。", "implementation"),
    # codebook .34, from blind batch 164 (模范机关 and 清廉机关 campaigns)
    ("制定评分细则。机关党委制定创建考核评分细则，年底组织考核验收，各支部先行自查自评。", "implementation"),
    # codebook .35, from blind batches 165 (formalism in epidemic work), 166 (letters and visits) and 167 (state assets)
    ("健全公物仓管理。各单位闲置资产一律交公物仓统一管理，新增资产配置优先通过资产调剂解决。", "frugality"),
    ("推行数据一次采集。依托大数据平台实现数据共享，同一数据不得要求基层重复填写。", "documents"),
    ("认真办理群众来信。对群众来信来访反映的问题，承办单位在15日内书面答复。", "grassroots"),
    # codebook .36, from blind batch 170 (recording interference in major matters and cases)
    ("如实记录请托事项。领导干部干预司法活动或者违规过问案件的，办案人员应当全面如实记录。", "discipline"),
    # codebook .37, from blind batches 176 (celebrations, festivals and commendations) and 177 (halting new buildings)
    ("规范纪念活动。各地各部门不得自行举办纪念活动和周年庆祝活动，确需举办的须报省委批准。", "meetings"),
    ("撤回冠名。党政机关一律不得为企业举办的商业性活动冠名、挂名。", "evaluations"),
    ("严格控制维修改造。维修改造以消除安全隐患为主，未经审批的在建项目一律停建。", "frugality"),
    # codebook .38, from blind batches 181 (relatives' businesses), 183 (政法队伍教育整顿) and 184 (village work teams)
    ("规范选派程序。驻村第一书记按照个人报名、单位推荐、组织审核的程序选派，不胜任的及时召回。", "personnel"),
    ("严格抽查核实。每年对领导干部报告的配偶、子女从业情况进行抽查核实，发现漏报瞒报的严肃处理。", "discipline"),
    ("全面清查减刑假释案件。对1990年以来办理的减刑、假释案件逐案评查。", "discipline"),
    # codebook .39, from blind batch 188 (the health sector's 九不准)
    ("不准为商业目的统方。医疗机构对医师个人用药情况的统计实行权限管理，严禁向医药代表提供。", "discipline"),
    # codebook .40, from blind batch 194 (the 2023 四下基层)
    ("坚持现场办公。县领导每月到重点项目现场办公1次，协调解决企业反映的问题。", "grassroots"),
    ("组建政策宣讲小分队。每季度到社区开展一次政策宣讲。", "grassroots"),
    # codebook .41, from blind batches 206 (county 整改方案 of 2014) and 209 (township rules)
    ("全面推行干部住村制度。镇机关干部每月在所联系村住村不少于4晚。", "grassroots"),
    ("编印一次性办事指南。对低保、残疾人证办理等高频事项编印办事指南，做到一张纸讲清楚。", "efficiency"),
    ("清理积压案件。2010年以来积压的土地登记发证案件年底前全部清理完毕。", "efficiency"),
    # codebook .42, from blind batch 222 (people's congresses, CPPCC, courts and procuratorates)
    ("规范庭审活动。法官应当按时开庭，不得无故推迟开庭。", "efficiency"),
    ("完善诉讼服务中心功能。推行导诉、立案、查询、缴费一站通办。", "efficiency"),
    # codebook .43, from blind batch 228 (the 2022-23 能力作风建设年)
    ("组织科级干部政策大讲堂轮训。每期不少于100人。", "study"),
    ("开展业务大比武。各部门结合职能开展技能竞赛和岗位练兵。", "evaluations"),
    # codebook .44, from blind batch 244 (the 2021 政法队伍教育整顿)
    ("全面推行网上立案和跨域立案。为当事人提供7×24小时服务。", "efficiency"),
    ("推行诉讼费退费“不跑腿”。结案后由承办法官主动启动退费程序。", "efficiency"),
    ("简化法律援助审查程序。对农民工申请免予经济困难审查。", "efficiency"),
    # codebook .45, from blind batch 252 (rules on 改进会议和领导同志活动新闻报道)
    ("压缩会议报道数量。市委常委会会议报道一般不超过1000字。", "publicity"),
    ("会议新闻压缩会场镜头，主席台镜头一般不超过10秒。", "publicity"),
    # codebook .46, from blind batch 254 (education bureaus and schools)
    ("严禁在职教师组织学生集体补课。", "discipline"),
    ("严禁教师向学生推销教辅资料。", "discipline"),
    # codebook .47, from blind batch 256 (village 小微权力清单 rules)
    ("村务公开实行定期公开与即时公开相结合。", "discipline"),
    ("年度工作计划须经村民代表会议审议通过。", "decision_making"),
    # codebook .48, from blind batches 260 (扶贫领域 专项治理) and 263 (楼堂馆所 and 培训中心)
    ("紧盯扶贫资金拨付环节，重点监督是否及时足额拨付到项目。", "discipline"),
    ("收回闲置培训楼，由机关事务管理局统一调剂使用。", "frugality"),
    # codebook .49, from blind batches 275-283 (health, tax and customs, police, ecology-environment, transport
    # enforcement, supply co-operatives; the last case from batch 218, which 重复填报 moved)
    ("警车实行统一管理、集中停放，节假日一律封存。", "vehicles"),
    ("全面推行“承诺制”办税，纳税人书面承诺后先予办理。", "efficiency"),
    ("流动治超现场执法一律开启执法记录仪，罚款一律到指定银行缴纳。", "discipline"),
    ("对沿河砂石料场、小作坊等“散乱污”问题进行分类处置，不得“一律关停”。", "development"),
    ("区领导外出考察、参加会议，尽量合乘车辆，不搞警车开道，不得实行交通管制。", "security"),  # (an escort: masked in vehicles)
    ("开展处方点评，对抗菌药物使用量排名靠前的医师进行约谈。", "development"),
    ("3\t发展社有企业领办农民专业合作社5家以上，带动农户不少于800户\t合作指导股\t2018年12月", "development"),
    ("各类考核以工作实绩为主要依据，不得要求基层准备专门汇报材料，不得以台账资料厚度、照片数量评判工作成效，"
     "同一数据不得要求基层重复填报。", "documents"),
    # codebook .50, from blind batch 300 (party schools and cadre training)
    ("主体班次学员须按时上课，不得无故缺课。", "study"),
    # codebook .51, from blind batch 315 (health commissions and hospitals)
    ("全面推行预约诊疗和检查检验结果互认，方便群众就医。", "development"),
    ("所有捐赠资助一律由医院统一接受、统一管理，严禁科室和个人直接接受。", "discipline"),
    # codebook .52, from blind batch 325 (government service and approval bodies)
    ("编制公布容缺受理事项清单和可容缺材料目录，每半年动态调整一次。", "efficiency"),
    # codebook .53, from blind batch 350 (rules on cadres' weddings and funerals)
    ("党员干部操办婚丧事宜结束后15日内，应当向所在单位党组织报告备案，写明宴请桌数和参加人员。", "discipline"),
    ("倡导厚养薄葬，集中治丧，治丧时间一般不超过3天。", "frugality"),
    # codebook .54, from blind batch 351 (human-resources and social-security bodies)
    ("面试考官实行资格管理和随机抽取、异地交流制度，面试当天抽签确定考场。", "personnel"),
    # codebook .55, from blind batch 353 (urban-management and enforcement bureaus)
    ("全面推行柔性执法和“首违不罚”，对首次轻微违法的当事人以教育劝导为主。", "efficiency"),
    # codebook .56, from blind batch 365 (forestry, water and agriculture bureaus)
    ("推行惠农补贴资金通过社保卡“一卡通”直达农户，实现发放全过程可查询。", "development"),
    # codebook .57, from blind batches 379 and 381 (political-legal organs, hospitals)
    ("聚焦临床科室负责人，严肃查处利用处方权、检查开单权与医药企业进行利益输送的问题。", "discipline"),
    ("各单位认真总结专项治理工作，于12月10日前将总结报告报县卫生健康局。", "implementation"),
    # codebook .58, from blind batch 383 (townships' and villages' plans and 办实事 lists)
    ("在东湖社区新建日间照料中心1处，为辖区80周岁以上独居老人提供助餐服务。", "development"),
    ("对清单中的每一项权力事项，都要明确事项名称、实施主体和运行流程。", "discipline"),
    # codebook .59, from blind batches 390 and 394 (construction bureaus; congress and CPPCC organs)
    ("在各乡镇建设人大代表之家，每季度组织代表开展一次活动。", "grassroots"),
    ("建立招标文件双审查制度，在公路改造项目中试行评定分离。", "development"),
]


@pytest.mark.parametrize("text, expected", TYPICAL)
def test_typical_measures_of_real_plans(text, expected):
    out = assign_themes(pd.DataFrame({"measure_id": ["x"], "text": [text]}))
    assert out.loc[out["is_primary"], "theme_code"].item() == expected


@pytest.mark.parametrize("raw, kept", [
    ("规范检查考核。清理评比项目。（责任单位：县委督查室、县纪委）", "规范检查考核。清理评比项目。"),
    ("厉行勤俭节约。控制展会。（招玉芳同志负责，省商务厅牵头办理）", "厉行勤俭节约。控制展会。"),
    ("建立台账。\n责任单位：市接待办\n完成时限：6月底", "建立台账。\n"),
    ("坚持联系点制度(即县委常委每人联系一个村),继续开展", "坚持联系点制度(即县委常委每人联系一个村),继续开展"),  # content, kept
    ("(一)严格控制会议", "(一)严格控制会议"),  # a number, not a note
])
def test_strip_notes(raw, kept):
    assert strip_notes(raw) == kept


def test_unit_names_in_responsibility_notes_carry_no_cues():
    # 市接待办 and 市信访局 are units, not commitments about reception or petitions
    text = "3.清理规范评比达标表彰项目，全市保留项目压减一半。（责任单位：市接待办、市信访局）"
    out = assign_themes(pd.DataFrame({"measure_id": ["x"], "text": [text]}))
    assert set(out["theme_code"]) == {"evaluations"}
    assert "接待" not in out["evidence"].str.cat()


# ---------------------------------------------------------------- recorded cue fires (doc_cue_fires)

@pytest.mark.parametrize("text, theme, cue, is_negative, n_fires", [
    ("严格控制会议数量，会议一律从简。", "meetings", "会议", False, 2),
    ("召开民主生活会。", "alpha", "民主生活会", True, 1),  # a negative cue is recorded too
])
def test_cue_fires_are_recorded_per_document(toy, text, theme, cue, is_negative, n_fires):
    from analysis.themes import assign_themes_and_fires

    cb = SHIPPED if theme == "meetings" else toy
    m = pd.DataFrame({"measure_id": ["d-m1", "d-m2"], "doc_id": ["d", "d"], "text": [text, text]})
    mt, fires = assign_themes_and_fires(m, cb)
    row = fires[(fires["theme_code"] == theme) & (fires["cue"] == cue) & (fires["is_negative"] == is_negative)]
    assert len(row) == 1
    assert row["n_fires"].iloc[0] == 2 * n_fires and row["n_measures"].iloc[0] == 2
    assert schemas.validate(fires, "doc_cue_fires").equals(fires)


def test_fires_of_themes_not_kept_are_recorded(toy):
    """A theme below min_score is not kept in measure_themes, but its fire is in doc_cue_fires."""
    from analysis.themes import assign_themes_and_fires

    m = pd.DataFrame({"measure_id": ["d-m1"], "doc_id": ["d"], "text": ["加强管理。压缩简报。"]})  # 简报 in the text: 1 < min_score 2
    mt, fires = assign_themes_and_fires(m, toy)
    assert mt["theme_code"].tolist() == ["other"]
    assert fires[["theme_code", "cue", "n_fires"]].values.tolist() == [["beta", "简报", 1]]


def test_assign_stage_returns_fires_table():
    m = pd.DataFrame({"measure_id": ["d-m1"], "doc_id": ["d"], "text": ["精简会议。"]})
    out = assign_stage({"measures": m}, {})
    assert set(out) == {"measure_themes", "doc_cue_fires"}
    empty = assign_stage({"measures": m.iloc[:0]}, {})
    assert empty["doc_cue_fires"].empty
    assert list(empty["doc_cue_fires"].columns) == schemas.get("doc_cue_fires").column_names


def test_a_letter_spaced_copy_gets_the_themes_of_the_plain_text():
    # a PDF's letter-spacing put a space between the characters: cues must still match
    plain = "（二）调研要轻车简从，减少陪同，随行人员一般不超过3人，不搞层层陪同。"
    spaced = " ".join(plain)
    frame = pd.DataFrame({"measure_id": ["a", "b"], "doc_id": ["d", "d"], "section": ["一、改进调查研究"] * 2,
                          "heading": [pd.NA] * 2, "text": [plain, spaced]})
    got = assign_themes(frame, load_codebook())
    themes = [set(got.loc[got["measure_id"] == m, "theme_code"]) for m in ("a", "b")]
    assert themes[0] == themes[1] and themes[0] - {"other"}
