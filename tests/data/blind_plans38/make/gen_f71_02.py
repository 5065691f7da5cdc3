"""f71_02: a township party committee's 整改方案 (2014) as Apache OpenOffice 4 saves it in ODF 1.1.

Habits: office:version="1.1" (no xml:id on lists, no continue-list), list styles in the old
space-before/min-label-width form, lists broken by text:list-header paragraphs and joined
again with text:continue-numbering="true", a list item carrying text:start-value="5" (numbering
restarted by hand at 5), a bulleted list (text:list-level-style-bullet) of problems that are
not measures, tracked changes (text:tracked-changes: two text:deletion regions marked in the
body by text:change, one text:insertion marked by text:change-start/text:change-end) and an
office:annotation (ODF 1.1 form: dc:creator, dc:date, text:p).  Typed 一是/二是/三是 measures.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odfkit import OUT, Plan, esc, nsdecl, write_odt  # noqa: E402

FILE = "f71_02_luwan_2014.odt"
P = Plan(FILE)
AOO_NS = nsdecl("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg",
                "chart", "dr3d", "math", "form", "script", "ooo", "ooow", "oooc", "dom", "xforms", "xsd", "xsi",
                "field")
GEN = "OpenOffice/4.0.1$Win32 OpenOffice.org_project/401m5$Build-9714"

TITLE = "中共芦湾镇委员会领导班子党的群众路线教育实践活动整改方案"
DOCNO = "芦发〔2014〕9号"
PREAMBLE = ("根据县委关于党的群众路线教育实践活动的统一部署，镇党委领导班子在深入学习、广泛听取意见的基础上，"
            "召开了专题民主生活会，对照“四风”认真查摆问题、剖析根源。为切实抓好整改落实，制定本方案。")
H1 = "一、存在的主要问题"
PROBLEMS = [
    "形式主义方面：学习满足于读文件、记笔记，联系实际不够；部分会议和活动注重形式，以会议落实会议。",
    "官僚主义方面：班子成员深入村组、农户不够，对群众反映的土地流转、低保评定等问题回应不及时。",
    "享乐主义方面：有的干部工作标准不高，满足于完成上级交办任务，值班值守存在松懈现象。",
    "奢靡之风方面：公务接待、公务用车管理不够规范，个别节庆活动存在铺张现象。",
]
H2 = "二、整改措施"
H3 = "三、组织保障"
SIGNER = "中共芦湾镇委员会"
DATE = "2014年3月10日"
CC = "抄报：县委教育实践活动领导小组办公室，县委第三督导组。"

# tracked changes: ids as AOO writes them
DEL1, DEL2, INS1 = "ct1289304712", "ct1289310856", "ct1289317000"
DEL1_TEXT = "并压减"          # deleted inside the opening words of measure 3
DEL2_TEXT = "年底前"          # deleted inside measure 11
INS1_TEXT = "实行干部去向公示，"  # inserted inside measure 8
NOTE = ("学习次数与县委要求一致，请党政办核实。", "王建国", "2014-03-06T10:15:00")


def p(style, inner):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def build_body():
    b = []
    b.append('<text:tracked-changes text:track-changes="false">'
             '<text:changed-region text:id="%s"><text:deletion><office:change-info><dc:creator>李红梅</dc:creator>'
             '<dc:date>2014-03-07T16:20:00</dc:date></office:change-info>%s</text:deletion></text:changed-region>'
             '<text:changed-region text:id="%s"><text:deletion><office:change-info><dc:creator>李红梅</dc:creator>'
             '<dc:date>2014-03-07T16:24:00</dc:date></office:change-info>%s</text:deletion></text:changed-region>'
             '<text:changed-region text:id="%s"><text:insertion><office:change-info><dc:creator>李红梅</dc:creator>'
             '<dc:date>2014-03-07T16:31:00</dc:date></office:change-info></text:insertion></text:changed-region>'
             '</text:tracked-changes>'
             % (DEL1, p("P8", esc(DEL1_TEXT)), DEL2, p("P8", esc(DEL2_TEXT)), INS1))
    b.append('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>')
    b.append(p("P1", esc(TITLE)))
    P.line(TITLE)
    b.append(p("P2", esc(DOCNO)))
    P.line(DOCNO)
    b.append(p("P3", esc(PREAMBLE)))
    P.line(PREAMBLE)

    # problems: a bulleted list, not measures
    b.append(p("P4", esc(H1)))
    P.line(H1)
    b.append('<text:list text:style-name="L1">')
    for pr in PROBLEMS:
        b.append('<text:list-item>%s</text:list-item>' % p("P5", esc(pr)))
        P.line("•" + pr)
    b.append('</text:list>')

    b.append(p("P4", esc(H2)))
    P.line(H2)

    def numbered_list(header, items, first, opening):
        """One L2 list: a list-header (typed sub-heading, unnumbered) then numbered items."""
        out = [opening, '<text:list-header>%s</text:list-header>' % p("P6", esc(header))]
        P.line(header)
        for i, (xml_inner, text) in enumerate(items):
            n = "%d、" % (first + i)
            attr = ' text:start-value="5"' if (first == 5 and i == 0) else ""
            out.append('<text:list-item%s>%s</text:list-item>' % (attr, p("P7", xml_inner)))
            P.line(n + text)
            P.measure(n, text)
        out.append('</text:list>')
        return out

    m1 = "严格执行镇党委中心组学习制度，每月集中学习不少于1次，班子成员每年撰写学习体会文章不少于2篇。"
    cut = m1.index("每月集中学习")
    m1_xml = (esc(m1[:cut]) + '<office:annotation><dc:creator>%s</dc:creator><dc:date>%s</dc:date>%s'
              '</office:annotation>' % (NOTE[1], NOTE[2], p("P9", esc(NOTE[0]))) + esc(m1[cut:]))
    m2 = "精简会议文件，镇召开的工作会议能合并的一律合并，一般性会议时间不超过1小时，减少以会议落实会议。"
    m3 = "规范各类检查评比，取消镇级自行组织的评比达标表彰项目，确需保留的报县委审批。"
    m3_xml = esc("规范") + '<text:change text:change-id="%s"/>' % DEL1 + esc(m3[2:])
    m4 = "改进文风，镇发文件一般不超过3000字，不得照抄照搬上级文件，不得要求村（社区）重复报送材料。"
    b += numbered_list("（一）着力解决形式主义问题",
                       [(m1_xml, m1), (esc(m2), m2), (m3_xml, m3), (esc(m4), m4)], 1,
                       '<text:list text:style-name="L2">')

    m5 = "落实班子成员包村联户制度，每名班子成员联系1个村和5户困难群众，每月走访不少于2次，建立民情台账。"
    m6 = "实行领导干部接访日制度，每周一由1名班子成员在便民服务中心接待来访群众，做到件件有登记、事事有回音。"
    m7 = "推行便民服务“一站式”办理，公开办事流程和时限，杜绝“门难进、脸难看、事难办”现象。"
    # numbering restarted by hand at 5 on the first item (the list itself does not continue)
    b += numbered_list("（二）着力解决官僚主义问题", [(esc(m5), m5), (esc(m6), m6), (esc(m7), m7)], 5,
                       '<text:list text:style-name="L2">')

    m8 = "严格执行工作日考勤和值班制度，实行干部去向公示，杜绝迟到早退、上班时间办私事等现象。"
    c8 = m8.index(INS1_TEXT)
    m8_xml = (esc(m8[:c8]) + '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
              % (INS1, esc(INS1_TEXT), INS1) + esc(m8[c8 + len(INS1_TEXT):]))
    m9 = "加强对驻镇站所干部的管理考核，将群众满意度测评结果作为年度考核的重要依据。"
    b += numbered_list("（三）着力解决享乐主义问题", [(m8_xml, m8), (esc(m9), m9)], 8,
                       '<text:list text:style-name="L2" text:continue-numbering="true">')

    m10 = "严格公务接待管理，实行接待审批单制度，接待用餐一律安排在机关食堂，不上烟酒。"
    m11 = "规范公务用车管理，镇机关公务车辆实行集中停放、统一调度，严禁公车私用；全年“三公”经费比上年压减10%以上。"
    c11 = m11.index("全年")
    m11_xml = esc(m11[:c11]) + '<text:change text:change-id="%s"/>' % DEL2 + esc(m11[c11:])
    b += numbered_list("（四）着力解决奢靡之风问题", [(esc(m10), m10), (m11_xml, m11)], 10,
                       '<text:list text:style-name="L2" text:continue-numbering="true">')

    b.append(p("P4", esc(H3)))
    P.line(H3)
    for num, text in [
        ("一是", "加强组织领导。镇党委书记为整改第一责任人，班子成员按照分工抓好分管领域的整改落实。"),
        ("二是", "建立整改台账。对整改事项逐项明确责任人和完成时限，实行销号管理，整改结果在镇政务公开栏公示。"),
        ("三是", "强化督促检查。镇纪委对整改落实情况进行跟踪督查，对整改不力、敷衍塞责的严肃问责。"),
    ]:
        b.append(p("P3", esc(num + text)))
        P.line(num + text)
        P.measure(num, text)

    b.append(p("P3", ""))
    P.line("")
    b.append(p("P10", esc(SIGNER)))
    P.line(SIGNER)
    b.append(p("P10", esc(DATE)))
    P.line(DATE)
    b.append(p("P3", ""))
    P.line("")
    b.append(p("P11", esc(CC)))
    P.line(CC)
    return "".join(b)


FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/>'
         '<style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="system" '
         'style:font-pitch="variable"/>'
         '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="roman" '
         'style:font-pitch="variable"/>'
         '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="modern" '
         'style:font-pitch="fixed"/>'
         '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def list_styles():
    bullet = ['<text:list-style style:name="L1">']
    for lv in range(1, 11):
        bullet.append('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
                      'style:num-suffix="." text:bullet-char="•"><style:list-level-properties '
                      'text:space-before="%.3fcm" text:min-label-width="0.635cm"/><style:text-properties '
                      'style:font-name="OpenSymbol"/></text:list-level-style-bullet>' % (lv, 0.635 * lv))
    bullet.append('</text:list-style>')
    num = ['<text:list-style style:name="L2">']
    num.append('<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" '
               'style:num-suffix="、" style:num-format="1"><style:list-level-properties text:space-before="0.847cm" '
               'text:min-label-width="0.847cm"/></text:list-level-style-number>')
    for lv in range(2, 11):
        num.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
                   'style:num-suffix="." style:num-format="1"><style:list-level-properties text:space-before="%.3fcm" '
                   'text:min-label-width="0.635cm"/></text:list-level-style-number>' % (lv, 0.635 * lv))
    num.append('</text:list-style>')
    return "".join(bullet) + "".join(num)


def content_xml(body):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
        '<style:text-properties fo:font-size="22pt" style:font-name-asian="宋体" style:font-size-asian="22pt" '
        'fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="justify" style:justify-single-word="false" '
        'fo:text-indent="1.129cm"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-indent="1.129cm"/><style:text-properties style:font-name-asian="黑体"/>'
        '</style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L1"/>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L2"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>'
        '</style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L2"><style:paragraph-properties fo:text-align="justify" '
        'style:justify-single-word="false"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L2"/>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>'
        '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="end" style:justify-single-word="false" '
        'fo:margin-right="1.5cm"/></style:style>'
        '<style:style style:name="P11" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:border-top="0.002cm solid #000000" fo:border-bottom="0.002cm solid #000000" '
        'fo:padding="0.049cm"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>'
        + list_styles() +
        '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.1"><office:scripts/>%s%s'
            '<office:body><office:text>%s</office:text></office:body></office:document-content>'
            % (AOO_NS, FONTS, auto, body))


def styles_xml():
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.1">%s<office:styles>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
        'style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" style:line-break="strict" '
        'style:tab-stop-distance="1.251cm" style:writing-mode="page"/><style:text-properties '
        'style:font-name="Times New Roman" fo:font-size="12pt" fo:language="en" fo:country="US" '
        'style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" style:language-asian="zh" '
        'style:country-asian="CN" fo:hyphenate="false"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.212cm"/></style:style>'
        '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:class="list"/>'
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
        '<style:text-properties style:font-name="OpenSymbol"/></style:style>'
        '%s'
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
        'text:number-position="left" text:increment="5"/>'
        '</office:styles><office:automatic-styles>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="20.999cm" '
        'fo:page-height="29.699cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="3.7cm" '
        'fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm" style:writing-mode="lr-tb" '
        'style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" '
        'style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:adjustment="left" '
        'style:rel-width="25%%" style:color="#000000"/></style:page-layout-properties><style:header-style/>'
        '<style:footer-style/></style:page-layout></office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
        '</office:document-styles>'
        % (AOO_NS, FONTS, OUTLINE))


OUTLINE = ('<text:outline-style>'
           + "".join('<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties '
                     'text:min-label-distance="0.381cm"/></text:outline-level-style>' % lv for lv in range(1, 11))
           + '</text:outline-style>')


def meta_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.1"><office:meta>'
            '<meta:generator>%s</meta:generator>'
            '<meta:initial-creator>芦湾镇党政办</meta:initial-creator>'
            '<meta:creation-date>2014-03-04T08:57:00</meta:creation-date>'
            '<dc:creator>李红梅</dc:creator><dc:date>2014-03-10T11:03:00</dc:date>'
            '<meta:editing-cycles>9</meta:editing-cycles><meta:editing-duration>PT2H41M</meta:editing-duration>'
            '<meta:document-statistic meta:table-count="0" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="3" meta:paragraph-count="32" meta:word-count="1261" meta:character-count="1398"/>'
            '<meta:user-defined meta:name="Info 1"/><meta:user-defined meta:name="Info 2"/>'
            '</office:meta></office:document-meta>'
            % (nsdecl("office", "xlink", "dc", "meta", "ooo"), GEN))


def settings_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings %s office:version="1.1"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="int">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="int">0</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="RecordChanges" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '</config:config-item-set></office:settings></office:document-settings>'
            % nsdecl("office", "xlink", "config", "ooo"))


def main():
    body = build_body()
    parts = [("content.xml", content_xml(body)), ("styles.xml", styles_xml()),
             ("meta.xml", meta_xml()), ("settings.xml", settings_xml())]
    # ODF 1.1 manifest: no manifest:version attribute
    write_odt(os.path.join(OUT, FILE), parts, manifest_version=None, stamp=(2014, 3, 10, 11, 3, 0))
    P.save({"doc_id": "f71_02", "file": FILE, "level": "township", "region": "芦湾镇（虚构）",
            "issuer": "中共芦湾镇委员会", "issuer_type": "township party committee", "title": TITLE,
            "campaign": "党的群众路线教育实践活动", "date": "2014-03-10", "date_precision": "day",
            "notes": "Apache OpenOffice 4 saving ODF 1.1: numbered lists opened by text:list-header sub-headings and "
                     "joined by text:continue-numbering=\"true\", a list restarted at 5 by text:start-value, a "
                     "bulleted problem list, tracked deletions (text:change) and an insertion "
                     "(text:change-start/end), and an office:annotation inside a measure."})


if __name__ == "__main__":
    main()
