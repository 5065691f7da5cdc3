"""f71_04: a municipal commission's 实施方案 (2023) as a government-website CMS exports it to ODT
(a pandoc-like converter writing the article page's three blocks as text:section wrappers).

Habits: text:section wrappers (header / notice / plan / footer), text:h headings with outline
levels but no outline numbering (numbers typed in the heading text, pandoc-style heading
bookmarks), automatic list styles using style:num-format="①, ②, ③, ..." and 1 with
num-prefix （ / num-suffix ） (drawn （1）（2）), a circled list of problems (not measures) and one of
measures, text:line-break inside paragraphs, hidden text (a text style with text:display="none"),
characters split over several text:span fragments, text:a hyperlinks, CMS page furniture.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from odfkit import OUT, Plan, esc, nsdecl, write_odt  # noqa: E402

FILE = "f71_04_chengchuan_2023.odt"
P = Plan(FILE)
CMS_NS = nsdecl("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg",
                "math", "form", "script", "ooo", "ooow", "oooc", "dom", "xforms", "xsd", "xsi", "of", "xhtml")
GEN = "ZWCMS/5.2 odt-export (pandoc 2.19.2 writer)"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"

SITE = "澄川市发展和改革委员会"
SITE_URL = "https://fgw.chengchuan.example.gov.cn/"
TITLE = "澄川市发展和改革委员会关于深入整治形式主义官僚主义切实为基层减负的实施方案"
PUBLISHED = "发布时间：2023-06-15 10:32　来源："
NOTICE_TITLE = "澄川市发展和改革委员会关于印发《深入整治形式主义官僚主义切实为基层减负的实施方案》的通知"
DOCNO = "澄发改〔2023〕58号"
ADDRESSEE = "委机关各科室、各直属单位："
NOTICE = "现将《深入整治形式主义官僚主义切实为基层减负的实施方案》印发给你们，请结合实际认真贯彻落实。"
SIGNER = "澄川市发展和改革委员会"
DATE = "2023年6月12日"
PLAN_TITLE = "深入整治形式主义官僚主义切实为基层减负的实施方案"
PREAMBLE = ("为深入贯彻落实中央八项规定及其实施细则精神，持续整治形式主义、官僚主义，进一步为基层松绑减负，"
            "结合学习贯彻习近平新时代中国特色社会主义思想主题教育，制定本方案。")
GOALS_H = "一、工作目标"
GOALS = "通过集中整治，会议文件数量明显减少，督查检查考核进一步规范，基层干部群众获得感明显增强，干事创业氛围更加浓厚。"
PROB_H = "二、突出问题"
PROB_LEAD = "经梳理，当前委机关在作风方面主要存在以下问题："
PROBLEMS = ["会议活动多，层层陪会、以会议落实会议的现象仍然存在；", "文件简报多，以文件落实文件、照搬照抄上级文件；",
            "督查检查考核频次偏高，过度留痕、重痕不重绩；", "调查研究不够深入，走马观花、蜻蜓点水。"]
MEAS_H = "三、整治措施"
REQ_H = "四、工作要求"
CONTACT = ("联系人：委办公室　王晓燕", "联系电话：0000-12345678")
FURNITURE = "【打印本页】　【关闭窗口】"
HIDDEN_EDITOR = "责任编辑：李明　审核：陈刚"


def p(style, inner):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def h(level, text, anchor):
    # pandoc writes a bookmark named after the heading id
    return ('<text:h text:style-name="Heading_20_%d" text:outline-level="%d"><text:bookmark-start text:name="%s"/>'
            '%s<text:bookmark-end text:name="%s"/></text:h>' % (level, level, anchor, esc(text), anchor))


def hidden(text):
    return '<text:span text:style-name="T9">%s</text:span>' % esc(text)


def build_body():
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
         '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/></text:sequence-decls>']

    # ---- header block of the article page
    b.append('<text:section text:style-name="Sect1" text:name="article-header">')
    b.append(h(1, NOTICE_TITLE, "article-title"))
    P.line(NOTICE_TITLE)
    b.append(p("P1", esc(PUBLISHED) + '<text:a xlink:type="simple" xlink:href="%s" text:style-name="Internet_20_link" '
               'text:visited-style-name="Visited_20_Internet_20_Link">%s</text:a>' % (SITE_URL, esc(SITE))))
    P.line(PUBLISHED + SITE)
    b.append('</text:section>')

    # ---- notice wrapping the plan
    b.append('<text:section text:style-name="Sect1" text:name="article-notice">')
    b.append(p("P2", esc(DOCNO)))
    P.line(DOCNO)
    b.append(p("First_20_paragraph", esc(ADDRESSEE)))
    P.line(ADDRESSEE)
    b.append(p("Text_20_body", esc(NOTICE)))
    P.line(NOTICE)
    b.append(p("P3", esc(SIGNER)))
    P.line(SIGNER)
    b.append(p("P3", esc(DATE)))
    P.line(DATE)
    b.append('</text:section>')

    # ---- the plan
    b.append('<text:section text:style-name="Sect1" text:name="article-body">')
    b.append(h(2, PLAN_TITLE, "深入整治形式主义官僚主义切实为基层减负的实施方案"))
    P.line(PLAN_TITLE)
    b.append(p("First_20_paragraph", esc(PREAMBLE)))
    P.line(PREAMBLE)
    b.append(h(3, GOALS_H, "一工作目标"))
    P.line(GOALS_H)
    b.append(p("First_20_paragraph", esc(GOALS)))
    P.line(GOALS)
    b.append(h(3, PROB_H, "二突出问题"))
    P.line(PROB_H)
    b.append(p("First_20_paragraph", esc(PROB_LEAD)))
    P.line(PROB_LEAD)
    b.append('<text:list text:style-name="L1">')
    for i, pr in enumerate(PROBLEMS):
        b.append('<text:list-item>%s</text:list-item>' % p("P4", esc(pr)))
        P.line(CIRC[i] + pr)
    b.append('</text:list>')
    b.append(h(3, MEAS_H, "三整治措施"))
    P.line(MEAS_H)

    def paren_list(style, para_style, items, circled=False):
        out = ['<text:list text:style-name="%s">' % style]
        for i, (inner, text) in enumerate(items):
            n = CIRC[i] if circled else "（%d）" % (i + 1)
            out.append('<text:list-item>%s</text:list-item>' % p(para_style, inner))
            P.line(n + text)
            P.measure(n, text)
        out.append('</text:list>')
        return out

    # (一) meetings
    b.append(h(4, "（一）大力精简会议活动", "一大力精简会议活动"))
    P.line("（一）大力精简会议活动")
    a1 = "严格执行年度会议计划，委机关召开的全市性会议数量比上年压减20%以上，坚持“无会周”制度。"
    a1x = ('<text:span text:style-name="T1">严格</text:span><text:span text:style-name="T2">执行</text:span>'
           + esc(a1[4:]))
    a2 = "提倡开短会、讲短话，一般性会议不超过1.5小时，同一事项原则上只召开一次会议。"
    a3 = "除市委、市政府统一安排外，委领导班子成员不出席各类节会、论坛、剪彩、奠基活动。"
    b += paren_list("L2", "P5", [(a1x, a1), (esc(a2), a2), (esc(a3), a3)])

    # (二) documents
    b.append(h(4, "（二）切实精简文件简报", "二切实精简文件简报"))
    P.line("（二）切实精简文件简报")
    b1 = "严控发文数量和篇幅，委发文件数量比上年减少15%，规范性文件一般不超过4000字。"
    b1x = ('<text:span text:style-name="T1">严</text:span><text:span text:style-name="T3">控</text:span>'
           '<text:span text:style-name="T1">发文</text:span>' + esc(b1[4:]))
    b2_head = "整合各类工作简报，除《发展改革动态》外不再编发其他简报，推广使用市一体化协同办公平台（"
    b2_url = "https://oa.chengchuan.example.gov.cn"
    b2_tail = "）在线办文。"
    b2 = b2_head + b2_url + b2_tail
    b2x = (esc(b2_head) + '<text:a xlink:type="simple" xlink:href="%s" text:style-name="Internet_20_link" '
           'text:visited-style-name="Visited_20_Internet_20_Link">%s</text:a>' % (b2_url, esc(b2_url)) + esc(b2_tail))
    b += paren_list("L3", "P6", [(b1x, b1), (b2x, b2)])

    # (三) inspections: hidden text inside the opening words of the first measure
    b.append(h(4, "（三）规范督查检查考核", "三规范督查检查考核"))
    P.line("（三）规范督查检查考核")
    c1_vis_a, c1_hid, c1_vis_b = "对委机关", "（含直属单位，内部掌握）", "组织的督查检查考核事项实行计划管理和审批报备，总量比上年压减30%。"
    c1 = c1_vis_a + c1_vis_b
    c1x = esc(c1_vis_a) + hidden(c1_hid) + esc(c1_vis_b)
    c2 = "不得要求基层填报重复数据，不得以微信工作群打卡、晒工作照等方式代替实绩考核。"
    c3 = "严格控制面向基层的“一票否决”和签订责任状事项，不得随意要求基层出具证明材料。"
    k3 = c3.index("事项") + 2
    c3x = esc(c3[:k3]) + hidden("（2022年共清理27项）") + esc(c3[k3:])
    b += paren_list("L4", "P7", [(c1x, c1), (esc(c2), c2), (c3x, c3)])

    # (四) research: measures numbered with circled digits, one with a line break
    b.append(h(4, "（四）持续改进调查研究", "四持续改进调查研究"))
    P.line("（四）持续改进调查研究")
    d1a = "委领导班子成员每人每年到基层调研不少于30天，多到矛盾集中、群众意见多的地方开展“解剖麻雀”式调研。"
    d1b = "调研活动严格执行轻车简从要求，不搞层层陪同。"
    d1 = d1a + " " + d1b
    d1x = esc(d1a) + '<text:line-break/>' + esc(d1b)
    d2 = "建立调研成果转化机制，每项调研课题形成问题清单和对策清单，年底前在委务会上通报转化情况。"
    b += paren_list("L5", "P8", [(d1x, d1), (esc(d2), d2)], circled=True)

    # 四、工作要求: numbered headings with only prose under them
    b.append(h(3, REQ_H, "四工作要求"))
    P.line(REQ_H)
    for head, anchor, prose in [
        ("（一）压实工作责任", "一压实工作责任",
         "委主要负责同志履行第一责任人职责，各科室主要负责同志对本科室整治工作负直接责任，确保各项措施落地见效。"),
        ("（二）强化监督问责", "二强化监督问责",
         "委机关纪委加强日常监督，对顶风违纪、搞变通的问题发现一起查处一起，典型问题点名道姓通报曝光。"),
    ]:
        b.append(h(4, head, anchor))
        P.line(head)
        b.append(p("First_20_paragraph", esc(prose)))
        P.line(prose)
        P.measure("", prose)
    b.append('</text:section>')

    # ---- page footer block
    b.append('<text:section text:style-name="Sect1" text:name="article-footer">')
    b.append(p("P9", esc(CONTACT[0]) + '<text:line-break/>' + esc(CONTACT[1])))
    P.line(CONTACT[0] + " " + CONTACT[1])
    b.append(p("P9", hidden(HIDDEN_EDITOR)))
    P.line("")  # hidden paragraph content: not part of the reading
    b.append(p("P10", esc(FURNITURE)))
    P.line(FURNITURE)
    b.append('</text:section>')
    return "".join(b)


def num_style(name, fmt, prefix="", suffix=""):
    out = ['<text:list-style style:name="%s">' % name]
    for lv in range(1, 11):
        attrs = ('style:num-prefix="%s" style:num-suffix="%s" style:num-format="%s"' % (prefix, suffix, fmt)
                 if lv == 1 else 'style:num-suffix="." style:num-format="1"')
        out.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" %s>'
                   '<style:list-level-properties text:space-before="%.2fin" text:min-label-width="0.4in"/>'
                   '</text:list-level-style-number>' % (lv, attrs, 0.4 * (lv - 1)))
    out.append('</text:list-style>')
    return "".join(out)


def content_xml(body):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="Sect1" style:family="section"><style:section-properties '
        'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0in"/>'
        '</style:section-properties></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" '
        'style:font-size-asian="9pt" fo:color="#666666"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="end"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L1"/>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L2"/>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L3"/>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L4"/>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:list-style-name="L5"/>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>'
        '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" '
        'style:font-size-asian="9pt"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" fo:color="#c00000"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:text-underline-style="none"/></style:style>'
        '<style:style style:name="T9" style:family="text"><style:text-properties text:display="none"/></style:style>'
        + num_style("L1", "①, ②, ③, ...")
        + num_style("L2", "1", "（", "）")
        + num_style("L3", "1", "（", "）")
        + num_style("L4", "1", "（", "）")
        + num_style("L5", "①, ②, ③, ...") +
        '</office:automatic-styles>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:font-face-decls>'
            '<style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;"/>'
            '</office:font-face-decls>%s'
            '<office:body><office:text text:use-soft-page-breaks="true">%s</office:text></office:body>'
            '</office:document-content>' % (CMS_NS, auto, body))


def styles_xml():
    heads = "".join(
        '<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" '
        'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="%d" '
        'style:class="text"><style:text-properties fo:font-size="%s" fo:font-weight="bold" '
        'style:font-size-asian="%s" style:font-weight-asian="bold"/></style:style>'
        % (n, n, n, s, s) for n, s in [(1, "130%"), (2, "115%"), (3, "101%"), (4, "95%")])
    outline = ('<text:outline-style style:name="Outline">'
               + "".join('<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties '
                         'text:min-label-distance="0.15in"/></text:outline-level-style>' % lv for lv in range(1, 11))
               + '</text:outline-style>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3"><office:font-face-decls>'
            '<style:font-face style:name="Noto Serif CJK SC" svg:font-family="&apos;Noto Serif CJK SC&apos;"/>'
            '</office:font-face-decls><office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="0.5in" '
            'style:writing-mode="page"/><style:text-properties style:font-name-asian="Noto Serif CJK SC" '
            'fo:font-size="12pt" style:font-size-asian="12pt" style:language-asian="zh" style:country-asian="CN"/>'
            '</style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
            'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties '
            'fo:margin-top="0.1665in" fo:margin-bottom="0.0835in" fo:keep-with-next="always"/></style:style>'
            '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.0799in" '
            'fo:margin-bottom="0.0799in"/></style:style>'
            '<style:style style:name="First_20_paragraph" style:display-name="First paragraph" style:family="paragraph" '
            'style:parent-style-name="Text_20_body" style:next-style-name="Text_20_body" style:class="text"/>'
            '%s'
            '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
            '<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text">'
            '<style:text-properties fo:color="#000080" style:text-underline-style="solid" '
            'style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>'
            '<style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" '
            'style:family="text"><style:text-properties fo:color="#800000" style:text-underline-style="solid" '
            'style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>'
            '%s'
            '</office:styles><office:automatic-styles><style:page-layout style:name="pm1">'
            '<style:page-layout-properties fo:page-width="8.2681in" fo:page-height="11.6929in" '
            'style:print-orientation="portrait" fo:margin-top="0.7874in" fo:margin-bottom="0.7874in" '
            'fo:margin-left="0.7874in" fo:margin-right="0.7874in" style:writing-mode="lr-tb"/></style:page-layout>'
            '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
            % (CMS_NS, heads, outline))


def meta_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title>'
            '<dc:date>2023-06-15T02:32:07Z</dc:date><dc:language>zh-CN</dc:language>'
            '<meta:user-defined meta:name="source-url">%sxxgk/tzgg/202306/t20230615_884213.html</meta:user-defined>'
            '</office:meta></office:document-meta>'
            % (nsdecl("office", "xlink", "dc", "meta", "ooo"), GEN, esc(TITLE), SITE_URL))


def main():
    body = build_body()
    parts = [("content.xml", content_xml(body)), ("styles.xml", styles_xml()), ("meta.xml", meta_xml())]
    write_odt(os.path.join(OUT, FILE), parts, manifest_version="1.3", stamp=(2023, 6, 15, 10, 32, 6))
    P.save({"doc_id": "f71_04", "file": FILE, "level": "municipal", "region": "澄川市（虚构）",
            "issuer": "澄川市发展和改革委员会", "issuer_type": "municipal department", "title": TITLE,
            "campaign": "整治形式主义为基层减负", "date": "2023-06-12", "date_precision": "day",
            "notes": "CMS/pandoc-style converter output: text:section wrappers, unnumbered text:h headings with typed "
                     "numbers, lists drawn as ①②③ and （1）（2） by num-format/num-prefix/num-suffix (a circled problem "
                     "list and a circled measure list), text:line-break, hidden text (text:display=\"none\"), "
                     "characters split over text:span fragments and text:a hyperlinks."})


if __name__ == "__main__":
    main()
