"""f71_01: a municipal 实施意见 (2013) as LibreOffice Writer 7.x saves it.

Habits: automatic styles P1.../T1..., office:version 1.3, text:list with xml:id and a later
list continuing it with text:continue-list, a three-level nested list (一、 / （一） / 1.),
text:soft-page-break (between paragraphs and inside one), numbered outline headings
(text:h numbered through text:outline-style: 第一部分 ...) and a title heading whose automatic
paragraph style sets style:list-style-name="" so it is not numbered, <text:s text:c="2"/>,
<text:tab/>, a footnote (text:note) and bookmarks (point and start/end).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odfkit import OUT, Plan, esc, nsdecl, write_odt  # noqa: E402

FILE = "f71_01_linlan_2013.odt"
P = Plan(FILE)
LO_NS = nsdecl("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number",
               "svg", "chart", "dr3d", "math", "form", "script", "ooo", "ooow", "oooc", "dom",
               "xforms", "xsd", "xsi", "rpt", "of", "xhtml", "grddl", "officeooo", "tableooo",
               "drawooo", "calcext", "loext", "field", "formx", "css3t")
GEN = "LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9"

ZH = "一二三四五六七八九十"


def lvl_props(indent_cm, follow="nothing"):
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="%s" fo:text-indent="0cm" '
            'fo:margin-left="%scm"/></style:list-level-properties>' % (follow, indent_cm))


def list_style_L1():
    out = ['<text:list-style style:name="L1">']
    out.append('<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" '
               'style:num-suffix="、" style:num-format="一, 二, 三, ..." text:display-levels="1">'
               + lvl_props("0") + '</text:list-level-style-number>')
    out.append('<text:list-level-style-number text:level="2" text:style-name="Numbering_20_Symbols" '
               'style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..." '
               'text:display-levels="1">' + lvl_props("0") + '</text:list-level-style-number>')
    out.append('<text:list-level-style-number text:level="3" text:style-name="Numbering_20_Symbols" '
               'style:num-suffix="." style:num-format="1" text:display-levels="1">'
               + lvl_props("0") + '</text:list-level-style-number>')
    for lv in range(4, 11):
        out.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
                   'style:num-suffix="." style:num-format="1">' % lv
                   + lvl_props("%.3f" % (0.635 * lv), "listtab") + '</text:list-level-style-number>')
    out.append('</text:list-style>')
    return "".join(out)


# ---------------------------------------------------------------- the plan's content
TITLE = "中共临澜市委关于改进工作作风、密切联系群众的实施意见"
SUBLINE = "（2013年1月18日中共临澜市委常委会议审议通过）"
PREAMBLE_A = "为认真贯彻落实中央政治局关于改进工作作风、密切联系群众的八项规定"
FOOTNOTE = "指2012年12月4日中共中央政治局会议审议通过的《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》。"
PREAMBLE_B = ("和省委实施办法精神，进一步加强市委常委会自身建设，切实转变工作作风，始终保持同人民群众的血肉联系，"
              "结合我市实际，提出如下实施意见。")

# part 1 -> list1 ; part 2 -> list2 continuing list1
PART1 = "改进调查研究和会风文风"
PART2 = "规范公务活动，密切联系群众"
SECTIONS_1 = [
    ("改进调查研究", [
        ("规范调研活动", [
            "市委常委到基层调研要轻车简从、减少陪同，一般不超过2台车，随行人员不超过3人，不安排地方和部门负责同志陪同，不搞层层迎送。",
            "调研期间不打横幅、不铺红地毯、不摆放花草，不安排群众迎送，不组织集中视察和观摩；就餐一律安排工作餐，不上高档菜肴和酒水。",
        ]),
        ("建立基层联系点制度", [
            "每位市委常委确定1个县（市、区）、1个乡镇和1个村（社区）作为联系点，每年到联系点蹲点调研不少于2次、累计时间不少于10天，帮助基层解决实际困难。",
            "市委常委每年下基层调研时间不少于60天，其中到困难地区和矛盾集中的地方调研不少于20天，每人每年撰写1至2篇有价值的调研报告。",
        ]),
    ]),
    ("精简会议活动和文件简报", [
        ("严格控制会议", [
            "全市性会议实行年度计划和审批制度，未列入计划的会议原则上不予安排；能合并召开的会议一律合并召开，能以电视电话会议形式召开的一律不召开现场会议。",
            "严格控制会议规模和时间，全市性会议一般不超过半天，主持人讲话不超过10分钟，主要领导讲话不超过1小时，交流发言每人不超过8分钟。",
            # this item carries a soft page break inside the paragraph (see below)
            "除市委、市政府统一部署外，市委常委一般不出席部门召开的工作会议，不出席各类剪彩、奠基、庆典和论坛活动，不发贺信、贺电，不题词、题字。",
        ]),
        ("精简文件简报", [
            "凡国家和省里文件已有明确规定的，不再制发贯彻性文件；没有实质内容、可发可不发的文件一律不发，市委文件篇幅一般不超过5000字。",
            "各部门原则上只保留1种工作简报，不得要求基层报送与中心工作无关的材料，市委办公室每年对内部刊物和简报进行一次清理。",
        ]),
    ]),
]
SECTIONS_2 = [
    ("规范公务接待和出行", [
        ("简化公务接待", [
            # bookmark start/end around the opening words of this measure
            "严格执行公务接待审批制度和接待标准，不得超标准接待，不安排宴请，不上烟酒，陪餐人数不超过3人。",
            "市委常委到县（市、区）检查指导工作，一律住在当地普通宾馆标准间，不安排套房，不额外配备生活用品。",
        ]),
        ("规范警卫工作", [
            "市委常委出行一般不安排交通管制，不实行封路，不清场闭馆，减少对群众正常生产生活的影响。",
        ]),
    ]),
]
SECTION_PROSE_HEAD = "改进新闻报道"  # 四、 : a level-1 item with only a prose paragraph under it
SECTION_PROSE = ("市委常委参加会议和活动的新闻报道，要根据工作需要、新闻价值和社会效果决定是否报道，"
                 "进一步压缩报道数量、字数和时长；一般性会议和活动不作报道，市级媒体头版和黄金时段要多报道基层和群众。")
CLOSING = "本意见自印发之日起施行。"
SIGNER = "中共临澜市委"
DATE = "2013年1月18日"
PRINTED_L, PRINTED_R = "中共临澜市委办公室", "2013年1月19日印发"


def item_p(text, style="P4"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, esc(text))


def build_body():
    b = []
    b.append('<text:sequence-decls>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
             '</text:sequence-decls>')
    # title heading: outline level 1 but its automatic style switches the outline numbering off
    b.append('<text:h text:style-name="P1" text:outline-level="1"><text:bookmark text:name="_Ref_title"/>%s</text:h>'
             % esc(TITLE))
    P.line(TITLE)
    b.append('<text:p text:style-name="P2">%s</text:p>' % esc(SUBLINE))
    P.line(SUBLINE)
    # preamble: two leading spaces as text:s, a footnote, a bookmark range
    b.append('<text:p text:style-name="P3"><text:s text:c="2"/>%s<text:note text:id="ftn1" '
             'text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
             '<text:p text:style-name="P8">%s</text:p></text:note-body></text:note>'
             '<text:bookmark-start text:name="意见依据"/>%s<text:bookmark-end text:name="意见依据"/></text:p>'
             % (esc(PREAMBLE_A), esc(FOOTNOTE), esc(PREAMBLE_B)))
    P.line("  " + PREAMBLE_A + PREAMBLE_B)

    # part 1: numbered outline heading
    b.append('<text:h text:style-name="P5" text:outline-level="1"><text:bookmark-start text:name="__RefHeading___Toc101_1"/>'
             '%s<text:bookmark-end text:name="__RefHeading___Toc101_1"/></text:h>' % esc(PART1))
    P.line("第一部分" + PART1)

    def emit_sections(sections, first_index, list_open):
        """Emit level-1 items (sections) with nested （一） and 1. lists."""
        out = [list_open]
        for si, (sec_title, subs) in enumerate(sections):
            n1 = ZH[first_index + si] + "、"
            out.append('<text:list-item>' + item_p(sec_title))
            P.line(n1 + sec_title)
            out.append('<text:list>')
            for ji, (sub_title, items) in enumerate(subs):
                n2 = "（" + ZH[ji] + "）"
                out.append('<text:list-item>' + item_p(sub_title))
                P.line(n2 + sub_title)
                out.append('<text:list>')
                for ki, it in enumerate(items):
                    n3 = "%d." % (ki + 1)
                    if it.startswith("除市委、市政府统一部署外"):
                        # LibreOffice puts a soft page break inside the paragraph where the page turns
                        cut = it.index("不出席各类剪彩")
                        para = ('<text:p text:style-name="P4">%s<text:soft-page-break/>%s</text:p>'
                                % (esc(it[:cut]), esc(it[cut:])))
                    elif it.startswith("严格执行公务接待审批制度"):
                        cut = len("严格执行公务接待审批制度")
                        para = ('<text:p text:style-name="P4"><text:bookmark-start text:name="接待审批"/>%s'
                                '<text:bookmark-end text:name="接待审批"/>%s</text:p>' % (esc(it[:cut]), esc(it[cut:])))
                    else:
                        para = item_p(it)
                    out.append('<text:list-item>' + para + '</text:list-item>')
                    P.line(n3 + it)
                    P.measure(n3, it)
                out.append('</text:list></text:list-item>')
            out.append('</text:list></text:list-item>')
        return out

    # list1: sections 一、二、
    part1 = emit_sections(SECTIONS_1, 0, '<text:list xml:id="list3804150236" text:style-name="L1">')
    # put a soft page break at the start of the second level-1 item (LibreOffice writes it inside the item)
    for i, frag in enumerate(part1):
        if frag.startswith('<text:list-item>') and SECTIONS_1[1][0] in frag:
            part1[i] = frag.replace('<text:list-item>', '<text:list-item><text:soft-page-break/>', 1)
            break
    b.extend(part1)
    b.append('</text:list>')

    # part 2 heading interrupts the list
    b.append('<text:h text:style-name="P5" text:outline-level="1"><text:bookmark-start text:name="__RefHeading___Toc103_1"/>'
             '%s<text:bookmark-end text:name="__RefHeading___Toc103_1"/></text:h>' % esc(PART2))
    P.line("第二部分" + PART2)

    # list2 continues list1: sections 三、四、
    part2 = emit_sections(SECTIONS_2, 2, '<text:list xml:id="list1170355081" text:continue-list="list3804150236" '
                                         'text:style-name="L1">')
    b.extend(part2)
    # 四、 : a level-1 item with nothing nested; the prose follows outside the list
    b.append('<text:list-item>' + item_p(SECTION_PROSE_HEAD) + '</text:list-item>')
    P.line("四、" + SECTION_PROSE_HEAD)
    b.append('</text:list>')
    b.append('<text:p text:style-name="P3">%s</text:p>' % esc(SECTION_PROSE))
    P.line(SECTION_PROSE)
    P.measure("", SECTION_PROSE)

    b.append('<text:p text:style-name="P3">%s</text:p>' % esc(CLOSING))
    P.line(CLOSING)
    b.append('<text:p text:style-name="Standard"/>')
    P.line("")
    b.append('<text:p text:style-name="P6">%s<text:s text:c="2"/></text:p>' % esc(SIGNER))
    P.line(SIGNER + "  ")
    b.append('<text:p text:style-name="P6">%s<text:s text:c="2"/></text:p>' % esc(DATE))
    P.line(DATE + "  ")
    b.append('<text:p text:style-name="Standard"/>')
    P.line("")
    b.append('<text:p text:style-name="P7">%s<text:tab/>%s</text:p>' % (esc(PRINTED_L), esc(PRINTED_R)))
    P.line(PRINTED_L + "\t" + PRINTED_R)
    return "".join(b)


FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312" style:font-family-generic="roman"/>'
         '<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" style:font-family-generic="roman"/>'
         '<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def content_xml(body):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1" '
        'style:list-style-name=""><style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
        'fo:margin-bottom="0.423cm"/><style:text-properties style:font-name="方正小标宋简体" fo:font-size="22pt" '
        'fo:font-weight="normal" style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt" '
        'style:font-weight-asian="normal"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
        '<style:text-properties style:font-name-asian="楷体_GB2312" officeooo:rsid="0004a1b2" '
        'officeooo:paragraph-rsid="0004a1b2"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>'
        '<style:text-properties officeooo:paragraph-rsid="0004a1b2"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L1"><style:paragraph-properties fo:text-align="justify" '
        'style:justify-single-word="false" fo:text-indent="0.847cm"/>'
        '<style:text-properties officeooo:paragraph-rsid="0005c3d1"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Heading_20_1">'
        '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
        'fo:break-before="auto"/><style:text-properties style:font-name-asian="黑体" fo:font-size="16pt" '
        'style:font-size-asian="16pt"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end" style:justify-single-word="false"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" '
        'fo:padding="0.049cm"><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right"/>'
        '</style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="14pt" '
        'style:font-size-asian="14pt"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Footnote">'
        '<style:text-properties officeooo:paragraph-rsid="0004a1b2"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>'
        + list_style_L1() +
        '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>%s%s'
            '<office:body><office:text>%s</office:text></office:body></office:document-content>'
            % (LO_NS, FONTS, auto, body))


def outline_style():
    out = ['<text:outline-style style:name="Outline">']
    out.append('<text:outline-level-style text:level="1" style:num-prefix="第" style:num-suffix="部分" '
               'style:num-format="一, 二, 三, ...">' + lvl_props("0", "space") + '</text:outline-level-style>')
    for lv in range(2, 11):
        out.append('<text:outline-level-style text:level="%d" style:num-format="">' % lv
                   + lvl_props("0", "listtab") + '</text:outline-level-style>')
    out.append('</text:outline-style>')
    return "".join(out)


def styles_xml():
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-styles %s office:version="1.3">%s<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
        'draw:fill-color="#729fcf"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" '
        'style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/>'
        '<style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" '
        'fo:country="US" style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt" style:language-asian="zh" '
        'style:country-asian="CN" fo:hyphenate="false"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
        'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" '
        'fo:margin-bottom="0.212cm" fo:keep-with-next="always"/><style:text-properties style:font-name-asian="黑体" '
        'fo:font-size="14pt"/></style:style>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.247cm" fo:line-height="115%%"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
        'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" '
        'style:class="text"><style:text-properties fo:font-size="130%%" fo:font-weight="bold" '
        'style:font-size-asian="130%%" style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:margin-left="0.598cm" fo:text-indent="-0.598cm" '
        'text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-size="10pt" '
        'style:font-size-asian="10pt"/></style:style>'
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%%"/></style:style>'
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
        '%s'
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
        'text:number-position="left" text:increment="5"/>'
        '</office:styles><office:automatic-styles>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" '
        'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="3.7cm" '
        'fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm" style:writing-mode="lr-tb" '
        'style:footnote-max-height="0cm"><style:footnote-sep style:width="0.018cm" '
        'style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:line-style="solid" '
        'style:adjustment="left" style:rel-width="25%%" style:color="#000000"/></style:page-layout-properties>'
        '<style:header-style/><style:footer-style/></style:page-layout>'
        '</office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
        '</office:master-styles></office:document-styles>'
        % (LO_NS, FONTS, outline_style()))


def meta_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:creation-date>2013-01-16T15:02:11.204000000</meta:creation-date>'
            '<dc:date>2013-01-19T09:41:37.551000000</dc:date>'
            '<meta:editing-duration>PT3H12M40S</meta:editing-duration>'
            '<meta:editing-cycles>14</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title>'
            '<meta:initial-creator>市委办公室综合科</meta:initial-creator>'
            '<dc:creator>市委办公室综合科</dc:creator>'
            '<meta:document-statistic meta:table-count="0" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="3" meta:paragraph-count="34" meta:word-count="1712" meta:character-count="1890" '
            'meta:non-whitespace-character-count="1884"/>'
            '</office:meta></office:document-meta>'
            % (nsdecl("office", "xlink", "dc", "meta", "ooo", "grddl"), GEN, esc(TITLE)))


def settings_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings %s office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaWidth" config:type="long">35841</config:config-item>'
            '<config:config-item config:name="ViewAreaHeight" config:type="long">17782</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
            '</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="PrinterName" config:type="string"/>'
            '<config:config-item config:name="AddParaTableSpacing" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="RsidRoot" config:type="int">303538</config:config-item>'
            '<config:config-item config:name="ApplyParagraphMarkFormatToNumbering" config:type="boolean">true</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>'
            % nsdecl("office", "xlink", "config", "ooo"))


def main():
    body = build_body()
    parts = [("content.xml", content_xml(body)), ("styles.xml", styles_xml()),
             ("meta.xml", meta_xml()), ("settings.xml", settings_xml())]
    write_odt(os.path.join(OUT, FILE), parts, manifest_version="1.3", stamp=(2013, 1, 19, 9, 41, 36))
    P.save({"doc_id": "f71_01", "file": FILE, "level": "municipal", "region": "临澜市（虚构）",
            "issuer": "中共临澜市委", "issuer_type": "municipal party committee", "title": TITLE,
            "campaign": "中央八项规定", "date": "2013-01-18", "date_precision": "day",
            "notes": "LibreOffice Writer 7.x habits: xml:id lists continued by text:continue-list across a numbered "
                     "outline heading (第一部分/第二部分 drawn by text:outline-style), a 一、/（一）/1. nested list, an "
                     "unnumbered title heading (style:list-style-name=\"\"), soft page breaks, text:s, text:tab, a "
                     "footnote and bookmarks."})


if __name__ == "__main__":
    main()
