"""f71_03: a provincial department party group's 整改方案 (2019) as WPS Office for Linux exports ODT.

Habits: every run wrapped in a text:span with its own T-style (WPS keeps run formatting), no list
styles at all (all numbers typed), a table of tasks (table:table named 表格1) with two
table:table-header-rows rows (cells spanning rows/columns, table:covered-table-cell with
table:number-columns-repeated), category rows spanning the whole table
(table:number-columns-spanned="6" + covered cells), one cell holding two paragraphs, two empty
cells written once with table:number-columns-repeated="2", and a text box
(draw:frame/draw:text-box anchored to the date paragraph) holding the publication note.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odfkit import OUT, Plan, esc, nsdecl, write_odt  # noqa: E402

FILE = "f71_03_songyuan_2019.odt"
P = Plan(FILE)
WPS_NS = nsdecl("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg",
                "chart", "dr3d", "math", "form", "script", "ooo", "ooow", "oooc", "dom", "xforms", "xsd", "xsi",
                "rpt", "of", "xhtml", "grddl", "officeooo", "tableooo", "drawooo", "field", "formx")
GEN = "WPS Office/11.1.0.8865$Linux_X86_64"

TITLE = "中共嵩原省水利厅党组关于集中整治形式主义、官僚主义问题的整改方案"
DOCNO = "嵩水党〔2019〕27号"
PREAMBLE = ("为深入贯彻落实中央关于解决形式主义突出问题为基层减负的部署要求，巩固深化“不忘初心、牢记使命”主题教育成果，"
            "针对厅党组在检视问题中查找出的形式主义、官僚主义突出问题，制定本整改方案。")
H1 = "一、总体要求"
GOALS = ("坚持问题导向、靶向施治，聚焦文山会海、督查检查考核过多过频、服务基层和群众不到位等突出问题，"
         "以钉钉子精神逐项抓好整改，确保整改任务于2019年12月底前基本完成，基层负担明显减轻。")
H2 = "二、整改任务"
H2_LEAD = "对照检视出的问题，厅党组确定10项整改任务，逐项明确具体措施、责任单位和完成时限（见下表）。"
TABLE_CAPTION = "厅党组集中整治形式主义、官僚主义问题整改任务清单"
HEAD1 = ["序号", "整改任务", "具体措施", "责任分工", "完成时限"]
HEAD2 = ["牵头单位", "配合单位"]
ROWS = [
    ("cat", "一、文山会海问题"),
    ("1", "严格控制全省性会议数量和规模", "厅机关召开的全省性会议比上年减少30%以上；一般性工作会议时间不超过半天，能采用视频方式召开的不再集中开会。",
     "办公室", "各处室", "2019年12月"),
    ("2", "精简文件简报和各类内部刊物", "厅发文件数量比上年减少30%以上；各处室原则上不再编发工作简报，已有简报统一整合为《水利工作动态》。",
     "办公室", "各处室", "2019年11月"),
    ("3", "改进文风切实提高公文质量效率", ["坚持短实新，严格控制发文篇幅，政策性文件一般不超过5000字。",
                              "推行公文审核“退文”制度，对内容空泛、照搬照抄的文稿予以退回。"],
     "办公室", "法规处", "长期坚持"),
    ("cat", "二、督查检查考核过多过频问题"),
    ("4", "统筹规范督查检查考核事项", "制定年度督查检查考核计划，未列入计划的一律不得开展；同类事项合并进行，总量压减50%以上。",
     "督查处", "各处室", "2019年10月"),
    ("5", "切实减少基层填表报数负担", "清理面向市县的各类报表，能通过信息系统获取的数据不得要求基层重复报送。",
     "规划计划处", "信息中心", "2019年12月"),
    ("6", "纠正过度留痕和以留痕代实绩", "检查考核不以工作台账、微信工作群打卡、照片视频等作为主要评价依据，注重实地察看和听取群众意见。",
     "督查处", "", ""),
    ("cat", "三、服务基层和群众不到位问题"),
    ("7", "改进调查研究深入基层一线", "厅领导每年到基层调研不少于30天，每人确定1个基层联系点，多搞“四不两直”暗访，不打招呼、不要陪同。",
     "人事处", "各处室", "长期坚持"),
    ("8", "提升行政审批和政务服务效能", "水利行政审批事项全部进驻省政务服务大厅，审批时限在法定时限基础上压缩50%。",
     "行政审批处", "法规处", "2019年12月"),
    ("9", "规范公务接待和公务用车管理", "严格执行公务接待公函制度和接待标准，严禁超标准接待；公务用车实行平台统一调度，严禁公车私用。",
     "机关服务中心", "财务处", "长期坚持"),
    ("10", "严格压减“三公”经费支出", "2019年厅机关“三公”经费预算比上年压减5%，从严控制因公出国（境）团组数量和人数。",
     "财务处", "外事处", "2019年12月"),
]
H3 = "三、保障措施"
GUARANTEES = [
    ("（一）", "加强组织领导。厅党组对整改工作负总责，党组书记为第一责任人，各牵头处室主要负责同志为直接责任人，确保整改任务按时完成。"),
    ("（二）", "实行台账管理。厅主题教育领导小组办公室建立整改台账，实行“销号”管理，每月跟踪调度一次整改进展。"),
    ("（三）", "公开整改结果。整改情况在厅门户网站公开，接受干部群众监督，对整改不力的严肃追责问责。"),
]
SIGNER = "中共嵩原省水利厅党组"
DATE = "2019年9月26日"
BOXNOTE = "（此件公开发布）"
CC = "抄送：省委主题教育领导小组办公室，省委第五巡回指导组。"


def sp(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, esc(text))


def p(pstyle, text, tstyle="T2"):
    if text == "":
        return '<text:p text:style-name="%s"/>' % pstyle
    return '<text:p text:style-name="%s">%s</text:p>' % (pstyle, sp(tstyle, text))


def cell(style, paras, extra=""):
    inner = "".join(p("P9", t, "T4") for t in paras)
    return '<table:table-cell table:style-name="%s"%s office:value-type="string">%s</table:table-cell>' % (
        style, extra, inner)


def build_table():
    t = ['<table:table table:name="表格1" table:style-name="表格1">',
         '<table:table-column table:style-name="表格1.A"/>',
         '<table:table-column table:style-name="表格1.B"/>',
         '<table:table-column table:style-name="表格1.C"/>',
         '<table:table-column table:style-name="表格1.D" table:number-columns-repeated="2"/>',
         '<table:table-column table:style-name="表格1.F"/>',
         '<table:table-header-rows>']
    # header row 1
    t.append('<table:table-row table:style-name="表格1.1">'
             + cell("表格1.A1", ["序号"], ' table:number-rows-spanned="2"')
             + cell("表格1.A1", ["整改任务"], ' table:number-rows-spanned="2"')
             + cell("表格1.A1", ["具体措施"], ' table:number-rows-spanned="2"')
             + cell("表格1.A1", ["责任分工"], ' table:number-columns-spanned="2"')
             + '<table:covered-table-cell table:style-name="表格1.A1"/>'
             + cell("表格1.F1", ["完成时限"], ' table:number-rows-spanned="2"')
             + '</table:table-row>')
    P.line("\t".join(HEAD1[:4] + [""] + HEAD1[4:]))
    # header row 2: three covered cells written once with number-columns-repeated
    t.append('<table:table-row table:style-name="表格1.1">'
             '<table:covered-table-cell table:number-columns-repeated="3" table:style-name="表格1.A1"/>'
             + cell("表格1.A1", [HEAD2[0]]) + cell("表格1.A1", [HEAD2[1]])
             + '<table:covered-table-cell table:style-name="表格1.F1"/>'
             + '</table:table-row>')
    P.line("\t".join(["", "", ""] + HEAD2 + [""]))
    t.append('</table:table-header-rows>')
    for row in ROWS:
        if row[0] == "cat":
            t.append('<table:table-row table:style-name="表格1.3">'
                     + cell("表格1.A3", [row[1]], ' table:number-columns-spanned="6"')
                     + '<table:covered-table-cell table:number-columns-repeated="5" table:style-name="表格1.A3"/>'
                     + '</table:table-row>')
            P.line("\t".join([row[1], "", "", "", "", ""]))
            continue
        num, task, steps, lead, helper, due = row
        steps = steps if isinstance(steps, list) else [steps]
        cells = [cell("表格1.A2", [num]), cell("表格1.B2", [task]), cell("表格1.C2", steps), cell("表格1.D2", [lead])]
        if helper == "" and due == "":
            # two empty cells written once
            cells.append('<table:table-cell table:style-name="表格1.D2" table:number-columns-repeated="2" '
                         'office:value-type="string"><text:p text:style-name="P9"/></table:table-cell>')
        else:
            cells += [cell("表格1.D2", [helper]), cell("表格1.F2", [due])]
        t.append('<table:table-row table:style-name="表格1.2">' + "".join(cells) + '</table:table-row>')
        line = "\t".join([num, task, " ".join(steps), lead, helper, due])
        P.line(line)
        assert len(task) >= 12, task  # the 12-character prefix stays inside the task cell
        P.measure(num, line[len(num) + 1:])
    t.append('</table:table>')
    return "".join(t)


def build_body():
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>']
    b.append(p("P1", TITLE, "T1"))
    P.line(TITLE)
    b.append(p("P2", DOCNO))
    P.line(DOCNO)
    b.append(p("P3", PREAMBLE))
    P.line(PREAMBLE)
    b.append(p("P4", H1, "T3"))
    P.line(H1)
    b.append(p("P3", GOALS))
    P.line(GOALS)
    b.append(p("P4", H2, "T3"))
    P.line(H2)
    b.append(p("P3", H2_LEAD))
    P.line(H2_LEAD)
    b.append(p("P5", TABLE_CAPTION, "T3"))
    P.line(TABLE_CAPTION)
    b.append(build_table())
    b.append(p("P3", ""))
    P.line("")
    b.append(p("P4", H3, "T3"))
    P.line(H3)
    for num, text in GUARANTEES:
        head = text.split("。")[0] + "。"
        rest = text[len(head):]
        # WPS splits the bold run-in heading and the body into two spans
        b.append('<text:p text:style-name="P3">%s%s</text:p>' % (sp("T5", num + head), sp("T2", rest)))
        P.line(num + text)
        P.measure(num, text)
    b.append(p("P3", ""))
    P.line("")
    b.append(p("P6", SIGNER))
    P.line(SIGNER)
    # the publication note sits in a text box anchored to the date paragraph
    b.append('<text:p text:style-name="P6">%s<draw:frame draw:style-name="fr1" draw:name="文本框 2" '
             'text:anchor-type="paragraph" svg:x="2.1cm" svg:y="1.2cm" svg:width="5.2cm" draw:z-index="1">'
             '<draw:text-box fo:min-height="0.9cm">%s</draw:text-box></draw:frame></text:p>'
             % (sp("T2", DATE), p("P7", BOXNOTE)))
    P.line(DATE)
    P.line(BOXNOTE)
    b.append(p("P3", ""))
    P.line("")
    b.append(p("P8", CC, "T6"))
    P.line(CC)
    return "".join(b)


FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="roman" '
         'style:font-pitch="variable"/>'
         '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="modern" '
         'style:font-pitch="fixed"/>'
         '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" '
         'style:font-family-generic="script"/>'
         '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="modern" '
         'style:font-pitch="fixed"/>'
         '<style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312" style:font-family-generic="modern"/>'
         '<style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss"/>'
         '</office:font-face-decls>')


def tprops(font, size, bold=False):
    w = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return ('<style:text-properties style:font-name="%s" fo:font-size="%spt" style:font-name-asian="%s" '
            'style:font-size-asian="%spt"%s/>' % (font, size, font, size, w))


def content_xml(body):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="表格1" style:family="table"><style:table-properties style:width="15.6cm" '
        'table:align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>'
        '<style:style style:name="表格1.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="1.1cm"/></style:style>'
        '<style:style style:name="表格1.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="3.0cm"/></style:style>'
        '<style:style style:name="表格1.C" style:family="table-column"><style:table-column-properties '
        'style:column-width="6.2cm"/></style:style>'
        '<style:style style:name="表格1.D" style:family="table-column"><style:table-column-properties '
        'style:column-width="1.9cm"/></style:style>'
        '<style:style style:name="表格1.F" style:family="table-column"><style:table-column-properties '
        'style:column-width="1.5cm"/></style:style>'
        '<style:style style:name="表格1.1" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="0.8cm" fo:keep-together="always"/></style:style>'
        '<style:style style:name="表格1.2" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="1.2cm"/></style:style>'
        '<style:style style:name="表格1.3" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="0.7cm"/></style:style>'
        + "".join('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                  'style:vertical-align="middle" fo:padding-left="0.19cm" fo:padding-right="0.19cm" '
                  'fo:border="0.5pt solid #000000"%s/></style:style>'
                  % (n, ' fo:background-color="#d9d9d9"' if n in ("表格1.A1", "表格1.F1", "表格1.A3") else "")
                  for n in ("表格1.A1", "表格1.F1", "表格1.A2", "表格1.B2", "表格1.C2", "表格1.D2", "表格1.F2",
                            "表格1.A3")) +
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:line-height="0.987cm"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="justify" fo:text-indent="1.129cm" fo:line-height="0.988cm"/>'
        '</style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-indent="1.129cm" fo:line-height="0.988cm"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>'
        '</style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end" fo:margin-right="1.4cm"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" '
        'fo:padding="0.05cm"/></style:style>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" fo:line-height="100%"/></style:style>'
        '<style:style style:name="T1" style:family="text">' + tprops("方正小标宋简体", "22") + '</style:style>'
        '<style:style style:name="T2" style:family="text">' + tprops("仿宋_GB2312", "16") + '</style:style>'
        '<style:style style:name="T3" style:family="text">' + tprops("黑体", "16") + '</style:style>'
        '<style:style style:name="T4" style:family="text">' + tprops("仿宋_GB2312", "10.5") + '</style:style>'
        '<style:style style:name="T5" style:family="text">' + tprops("楷体_GB2312", "16", True) + '</style:style>'
        '<style:style style:name="T6" style:family="text">' + tprops("仿宋_GB2312", "14") + '</style:style>'
        '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
        '<style:graphic-properties style:wrap="run-through" style:number-wrapped-paragraphs="no-limit" '
        'style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" '
        'style:horizontal-rel="paragraph" fo:border="none" fo:padding="0.13cm" draw:fill="none"/></style:style>'
        '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.2">%s%s'
            '<office:body><office:text>%s</office:text></office:body></office:document-content>'
            % (WPS_NS, FONTS, auto, body))


def styles_xml():
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.2">%s<office:styles>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="justify" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:text-autospace="ideograph-alpha" '
        'style:tab-stop-distance="0.741cm" style:writing-mode="lr-tb"/><style:text-properties '
        'style:font-name="Calibri" fo:font-size="10.5pt" style:font-name-asian="宋体" style:font-size-asian="10.5pt" '
        'fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/></style:default-style>'
        '<style:default-style style:family="table"/>'
        '<style:default-style style:family="graphic"/>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" '
        'svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph-content" '
        'style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/></style:style>'
        '%s'
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
        '</office:styles><office:automatic-styles>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
        'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" '
        'fo:margin-left="2.8cm" fo:margin-right="2.6cm" style:writing-mode="lr-tb"/></style:page-layout>'
        '</office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        '</office:master-styles></office:document-styles>'
        % (WPS_NS, FONTS, OUTLINE))


OUTLINE = ('<text:outline-style style:name="Outline">'
           + "".join('<text:outline-level-style text:level="%d" style:num-format=""/>' % lv for lv in range(1, 11))
           + '</text:outline-style>')


def meta_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>%s</meta:generator>'
            '<meta:initial-creator>kylin</meta:initial-creator><dc:creator>kylin</dc:creator>'
            '<meta:creation-date>2019-09-20T09:12:00Z</meta:creation-date><dc:date>2019-09-26T17:40:31Z</dc:date>'
            '<meta:editing-cycles>6</meta:editing-cycles>'
            '<meta:document-statistic meta:page-count="4" meta:paragraph-count="96" meta:word-count="2104" '
            'meta:character-count="2377" meta:table-count="1"/>'
            '<meta:user-defined meta:name="KSOProductBuildVer">2052-11.1.0.8865</meta:user-defined>'
            '</office:meta></office:document-meta>'
            % (nsdecl("office", "xlink", "dc", "meta", "ooo"), GEN))


def main():
    body = build_body()
    parts = [("content.xml", content_xml(body)), ("styles.xml", styles_xml()), ("meta.xml", meta_xml())]
    # WPS writes the manifest right after mimetype and no settings.xml
    write_odt(os.path.join(OUT, FILE), parts, manifest_version="1.2", stamp=(2019, 9, 26, 17, 40, 30),
              manifest_first=True)
    P.save({"doc_id": "f71_03", "file": FILE, "level": "province", "region": "嵩原省（虚构）",
            "issuer": "中共嵩原省水利厅党组", "issuer_type": "provincial department party group", "title": TITLE,
            "campaign": "“不忘初心、牢记使命”主题教育", "date": "2019-09-26", "date_precision": "day",
            "notes": "WPS Office for Linux export: a 整改任务清单 table with two header rows, row and column spans "
                     "(covered cells, number-columns-repeated), full-width category rows, a two-paragraph cell, two "
                     "empty cells written once, typed numbers in cells, span-wrapped runs and a text box holding "
                     "the publication note; no settings.xml."})


if __name__ == "__main__":
    main()
