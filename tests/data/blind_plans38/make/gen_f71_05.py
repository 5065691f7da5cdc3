"""f71_05: a county party committee's 实施细则 in 第X条 articles (2018), as Microsoft Word writes ODF
("Save as OpenDocument Text").

Habits: a table of contents at the start (text:table-of-content with its source templates and a
text:index-body whose entries are text:a links to _Toc bookmarks, a tab and a static page
number), chapter headings (text:h, typed 第X章, no outline numbering) wrapped in _Toc
bookmark ranges, articles numbered by a list style with num-prefix 第, num-format
"一, 二, 三, ..." and num-suffix 条 (第十一条 etc. drawn by the application), one article whose
clauses are a level-2 list drawn （一）（二）（三）, lists split by the chapter headings and joined
with xml:id + text:continue-list, running header and page-number footer in styles.xml.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odfkit import OUT, Plan, esc, nsdecl, write_odt  # noqa: E402

FILE = "f71_05_lanxi_2018.odt"
P = Plan(FILE)
W_NS = nsdecl("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg",
              "chart", "dr3d", "math", "form", "script", "ooo", "ooow", "oooc", "dom", "xforms", "xsd", "xsi",
              "rpt", "of", "xhtml", "grddl")
GEN = "MicrosoftOffice/16.0 MicrosoftWord"

TITLE = "中共岚溪县委关于贯彻落实中央八项规定精神的实施细则"
DOCNO = "岚发〔2018〕3号"
TOC_TITLE = "目　录"
SIGNER = "中共岚溪县委"
DATE = "2018年3月12日"
PRINTED = ("中共岚溪县委办公室", "2018年3月13日印发")
ZH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六"]

# (chapter heading, page, [articles]); an article is text or (text, [clauses]); None marks non-measures
CHAPTERS = [
    ("第一章　总则", 1, [
        ("为深入贯彻落实中央八项规定及其实施细则精神和省委、市委有关规定，持之以恒正风肃纪，结合我县实际，制定本细则。",
         "purpose"),
        ("本细则适用于县委、县人大常委会、县政府、县政协领导班子成员；县直各部门和各乡镇领导班子成员参照执行。", "scope"),
    ]),
    ("第二章　改进调查研究", 1, [
        "县领导到基层调研，要围绕中心工作和群众关心的热点难点问题，多到困难和矛盾集中、群众意见多的地方去，每人每年到基层调研不少于60天。",
        "调研要轻车简从，县领导到乡镇调研，陪同人员不超过3人，不搞层层陪同；不得要求基层组织群众迎送，不得悬挂标语横幅。",
    ]),
    ("第三章　精简会议活动和文件简报", 2, [
        ("严格控制会议活动，按照以下要求执行：", [
            "全县性会议每年年初制定计划，报县委、县政府审批，未经批准一律不得召开；",
            "县直部门召开的工作会议，原则上只安排1名分管县领导出席，会期不超过半天；",
            "未经县委批准，不得举办各类节庆、论坛、展会活动。",
        ]),
        "精简文件简报。县委、县政府发文要突出针对性和可操作性，没有实质内容的一律不发；县直部门只保留1种工作简报。",
        "规范新闻报道。县领导出席会议和活动的报道，根据新闻价值确定，一般性活动不作报道，县电视台新闻节目每条时长不超过3分钟。",
    ]),
    ("第四章　规范公务接待和出行", 3, [
        "严格执行公务接待制度。无公函的公务活动一律不予接待，严格按照标准安排工作餐，不得提供香烟和高档酒水。",
        "规范公务用车管理。公务用车实行统一管理、统一调度，严禁公车私用、私车公养，节假日公务车辆一律封存停放。",
        "严格控制因公出国（境）。县领导因公出国（境）须报市委审批，严格控制团组数量、人数和在外停留时间。",
    ]),
    ("第五章　厉行勤俭节约", 3, [
        "严格执行办公用房标准，超标准占用的一律腾退；不得违规新建、扩建楼堂馆所。",
        "严禁用公款大吃大喝、互相宴请，严禁收送礼品礼金、购物卡和土特产，严禁出入私人会所。",
    ]),
    ("第六章　监督检查", 4, [
        "县纪委监委对执行本细则情况进行监督检查，每年至少开展2次专项检查，对违反规定的严肃追责问责并通报曝光。",
        "将执行本细则情况纳入领导班子民主生活会对照检查和年度考核的重要内容。",
    ]),
    ("第七章　附则", 4, [
        ("本细则由县委办公室负责解释。", "interpretation"),
        ("本细则自印发之日起施行。2013年2月印发的《中共岚溪县委关于改进工作作风、密切联系群众的实施意见》同时废止。",
         "effective"),
    ]),
]
DOUBTS = {
    "purpose": "第一条 states the purpose and basis of the rules (为…制定本细则): a numbered article but no commitment; "
               "treated like a preamble and left out of key.csv",
    "scope": "第二条 only sets who the rules apply to (适用范围): numbered article without a commitment; left out of key.csv",
    "interpretation": "第十五条 (解释权) is 附则 boilerplate: numbered but not a measure by the preamble/furniture rule; "
                      "left out of key.csv",
    "effective": "第十六条 sets the effective date and repeals the 2013 opinion: 附则 boilerplate rather than a "
                 "commitment; left out of key.csv",
}


def toc_id(i):
    return "_Toc50981%04d" % (7201 + i)


def build_body():
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>']
    b.append('<text:p text:style-name="P1">%s</text:p>' % esc(TITLE))
    P.line(TITLE)
    b.append('<text:p text:style-name="P2">%s</text:p>' % esc(DOCNO))
    P.line(DOCNO)

    # table of contents (static index body as Word leaves it)
    b.append('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="_TOC_1">'
             '<text:table-of-content-source text:outline-level="1" text:use-index-marks="false">'
             '<text:index-title-template text:style-name="TOC_20_Heading">%s</text:index-title-template>'
             '<text:table-of-content-entry-template text:outline-level="1" text:style-name="TOC_20_1">'
             '<text:index-entry-link-start text:style-name="Hyperlink"/><text:index-entry-text/>'
             '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
             '<text:index-entry-page-number/><text:index-entry-link-end/>'
             '</text:table-of-content-entry-template></text:table-of-content-source><text:index-body>'
             '<text:index-title text:style-name="Sect1" text:name="_TOC_1_Head">'
             '<text:p text:style-name="TOC_20_Heading">%s</text:p></text:index-title>'
             % (esc(TOC_TITLE), esc(TOC_TITLE)))
    P.line(TOC_TITLE)
    for i, (head, page, _) in enumerate(CHAPTERS):
        b.append('<text:p text:style-name="P3"><text:a xlink:type="simple" xlink:href="#%s" '
                 'text:style-name="Hyperlink" text:visited-style-name="Hyperlink">%s<text:tab/>%d</text:a></text:p>'
                 % (toc_id(i), esc(head), page))
        P.line("%s\t%d" % (head, page))
    b.append('</text:index-body></text:table-of-content>')

    art = 0
    prev_id = None
    for ci, (head, _page, articles) in enumerate(CHAPTERS):
        b.append('<text:h text:style-name="P4" text:outline-level="1"><text:bookmark-start text:name="%s"/>%s'
                 '<text:bookmark-end text:name="%s"/></text:h>' % (toc_id(ci), esc(head), toc_id(ci)))
        P.line(head)
        list_id = "list%d" % (870311 + 17 * ci)
        cont = ' text:continue-list="%s"' % prev_id if prev_id else ""
        b.append('<text:list xml:id="%s"%s text:style-name="LFO1">' % (list_id, cont))
        prev_id = list_id
        for a in articles:
            label = "第%s条" % ZH[art]
            art += 1
            if isinstance(a, tuple) and isinstance(a[1], str):  # non-measure article
                text, tag = a
                b.append('<text:list-item><text:p text:style-name="P5">%s</text:p></text:list-item>' % esc(text))
                P.line(label + text)
                P.doubt(text, DOUBTS[tag])
            elif isinstance(a, tuple):  # article with clauses at level 2
                text, clauses = a
                inner = ['<text:list-item><text:p text:style-name="P5">%s</text:p><text:list>' % esc(text)]
                P.line(label + text)
                P.measure(label, text)
                for k, c in enumerate(clauses):
                    inner.append('<text:list-item><text:p text:style-name="P6">%s</text:p></text:list-item>' % esc(c))
                    P.line("（%s）%s" % (ZH[k], c))
                inner.append('</text:list></text:list-item>')
                b.append("".join(inner))
            else:
                b.append('<text:list-item><text:p text:style-name="P5">%s</text:p></text:list-item>' % esc(a))
                P.line(label + a)
                P.measure(label, a)
        b.append('</text:list>')

    b.append('<text:p text:style-name="P7"/>')
    P.line("")
    b.append('<text:p text:style-name="P8">%s</text:p>' % esc(SIGNER))
    P.line(SIGNER)
    b.append('<text:p text:style-name="P8">%s</text:p>' % esc(DATE))
    P.line(DATE)
    b.append('<text:p text:style-name="P7"/>')
    P.line("")
    b.append('<text:p text:style-name="P9">%s<text:tab/>%s</text:p>' % (esc(PRINTED[0]), esc(PRINTED[1])))
    P.line(PRINTED[0] + "\t" + PRINTED[1])
    return "".join(b)


def lfo1():
    def lv(n, prefix, suffix, fmt, margin):
        return ('<text:list-level-style-number text:level="%d" style:num-prefix="%s" style:num-suffix="%s" '
                'style:num-format="%s" text:display-levels="1"><style:list-level-properties '
                'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
                'text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="%scm"/>'
                '</style:list-level-properties></text:list-level-style-number>' % (n, prefix, suffix, fmt, margin))
    out = ['<text:list-style style:name="LFO1">', lv(1, "第", "条", "一, 二, 三, ...", "0"),
           lv(2, "（", "）", "一, 二, 三, ...", "0")]
    for n in range(3, 10):
        out.append(lv(n, "", ".", "1", "%.2f" % (0.74 * n)))
    out.append('</text:list-style>')
    return "".join(out)


def content_xml(body):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false">'
        '<style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Normal">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.53cm"/><style:text-properties '
        'style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Normal">'
        '<style:paragraph-properties fo:text-align="center" fo:break-after="page"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="TOC_20_1">'
        '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="15.58cm" style:type="right" '
        'style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>'
        '</style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Heading_20_1">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Normal" '
        'style:list-style-name="LFO1"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.13cm"/>'
        '</style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Normal" '
        'style:list-style-name="LFO1"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.13cm"/>'
        '</style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Normal"/>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Normal">'
        '<style:paragraph-properties fo:text-align="end" fo:margin-right="1.13cm"/></style:style>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Normal">'
        '<style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
        '<style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right"/></style:tab-stops>'
        '</style:paragraph-properties></style:style>'
        + lfo1() +
        '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<office:document-content %s office:version="1.2"><office:font-face-decls>'
            '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-pitch="fixed"/>'
            '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/>'
            '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-pitch="fixed"/>'
            '</office:font-face-decls>%s<office:body><office:text>%s</office:text></office:body>'
            '</office:document-content>' % (W_NS, auto, body))


def styles_xml():
    outline = ('<text:outline-style style:name="Outline">'
               + "".join('<text:outline-level-style text:level="%d" style:num-format=""/>' % n for n in range(1, 11))
               + '</text:outline-style>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<office:document-styles %s office:version="1.2"><office:font-face-decls>'
            '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-pitch="fixed"/>'
            '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-pitch="fixed"/>'
            '</office:font-face-decls><office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="0.99cm"/>'
            '<style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" '
            'style:font-size-asian="16pt" fo:language="en" fo:country="US" style:language-asian="zh" '
            'style:country-asian="CN"/></style:default-style>'
            '<style:style style:name="Normal" style:family="paragraph"/>'
            '<style:style style:name="Heading_20_1" style:display-name="heading 1" style:family="paragraph" '
            'style:parent-style-name="Normal" style:next-style-name="Normal" style:default-outline-level="1">'
            '<style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"/>'
            '<style:text-properties style:font-name-asian="黑体"/></style:style>'
            '<style:style style:name="TOC_20_Heading" style:display-name="TOC Heading" style:family="paragraph" '
            'style:parent-style-name="Normal"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties style:font-name-asian="黑体"/></style:style>'
            '<style:style style:name="TOC_20_1" style:display-name="toc 1" style:family="paragraph" '
            'style:parent-style-name="Normal"/>'
            '<style:style style:name="Hyperlink" style:family="text"><style:text-properties fo:color="#0563c1" '
            'style:text-underline-style="solid" style:text-underline-width="auto" '
            'style:text-underline-color="font-color"/></style:style>'
            '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Normal">'
            '<style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #000000"/>'
            '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>'
            '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Normal">'
            '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" '
            'style:font-size-asian="9pt"/></style:style>'
            '%s</office:styles><office:automatic-styles>'
            '<style:page-layout style:name="PL0"><style:page-layout-properties fo:page-width="21.001cm" '
            'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.54cm" '
            'fo:margin-bottom="2.54cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="1.2cm"/></style:header-style>'
            '<style:footer-style><style:header-footer-properties fo:min-height="1.2cm"/></style:footer-style>'
            '</style:page-layout></office:automatic-styles><office:master-styles>'
            '<style:master-page style:name="MP0" style:page-layout-name="PL0">'
            '<style:header><text:p text:style-name="Header">岚溪县贯彻落实中央八项规定精神实施细则</text:p></style:header>'
            '<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1'
            '</text:page-number> —</text:p></style:footer></style:master-page>'
            '</office:master-styles></office:document-styles>' % (W_NS, outline))


def meta_xml():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>%s</meta:generator><meta:initial-creator>Administrator</meta:initial-creator>'
            '<dc:creator>县委办文电科</dc:creator><meta:creation-date>2018-03-05T01:12:00Z</meta:creation-date>'
            '<dc:date>2018-03-12T08:30:00Z</dc:date><meta:template xlink:href="Normal.dotm" xlink:type="simple"/>'
            '<meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT95M</meta:editing-duration>'
            '<meta:document-statistic meta:page-count="5" meta:paragraph-count="40" meta:word-count="213" '
            'meta:character-count="1640" meta:non-whitespace-character-count="1604"/>'
            '</office:meta></office:document-meta>' % (nsdecl("office", "xlink", "dc", "meta"), GEN))


def settings_xml():
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<office:document-settings %s office:version="1.2"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ZoomFactor" config:type="short">100</config:config-item>'
            '</config:config-item-set><config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="AddParaTableSpacingAtStart" config:type="boolean">true</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>'
            % nsdecl("office", "config"))


def main():
    body = build_body()
    parts = [("content.xml", content_xml(body)), ("styles.xml", styles_xml()),
             ("meta.xml", meta_xml()), ("settings.xml", settings_xml())]
    write_odt(os.path.join(OUT, FILE), parts, manifest_version="1.2", stamp=(2018, 3, 12, 16, 30, 0))
    P.save({"doc_id": "f71_05", "file": FILE, "level": "county", "region": "岚溪县（虚构）",
            "issuer": "中共岚溪县委", "issuer_type": "county party committee", "title": TITLE,
            "campaign": "中央八项规定", "date": "2018-03-12", "date_precision": "day",
            "notes": "Word-style ODF export of a 第X条 实施细则: a text:table-of-content with a static index body at "
                     "the start, articles drawn by a list style (prefix 第, format 一, 二, 三, ..., suffix 条) "
                     "continued across chapter headings with text:continue-list, one article with level-2 "
                     "（一）（二）（三） clauses, _Toc bookmarks, header and footer in styles.xml."})


if __name__ == "__main__":
    main()
