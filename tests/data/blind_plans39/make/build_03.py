# -*- coding: utf-8 -*-
"""f73_03: newspaper reprint, python-docx -> LibreOffice.
Section 1 (one column): masthead (furniture) + headline across the page +
issuer line.  Section 2 (continuous): THREE narrow columns, 10.5 pt.
Section 3: empty one-column continuous section so the columns balance.
Page 1 has no header (masthead is in the body); following pages carry a
small running head; every page has an editor line in the footer."""
import sys
sys.path.insert(0, ".")
from content import paragraphs
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

BODY_PT = 9.5


def set_font(run, name, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.find(qn("w:rFonts")).set(qn("w:eastAsia"), name)


def set_cols(section, num, space_twips=240, sep=False):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)


def border(p, side="bottom", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "2")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    pPr.append(bdr)


def para(container, text, font, size, align=None, line=None, before=0, after=0, bold=False, indent=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(indent)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


doc = Document()
st = doc.styles["Normal"]
st.font.size = Pt(BODY_PT)
st.font.name = "宋体"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(16)
sec.top_margin, sec.bottom_margin = Mm(16), Mm(18)
sec.header_distance, sec.footer_distance = Mm(8), Mm(8)
set_cols(sec, 1)

for ft in (sec.footer, sec.first_page_footer):
    fp = ft.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(fp.add_run("责任编辑：马晓东　　校对：周　敏"), "宋体", 7.5)

# masthead (furniture)
m = para(doc, "岭西日报", "方正小标宋简体", 30, WD_ALIGN_PARAGRAPH.LEFT, line=36, bold=True)
m.add_run  # noqa
d = para(doc, "2013年7月12日　星期五　农历六月初五　第3版　要闻　国内统一连续出版物号CN65-0027", "宋体", 8,
         WD_ALIGN_PARAGRAPH.LEFT, line=12, after=10)
border(d, "bottom", 18)

plan = paragraphs("f73_03")
title = plan[0][1]
hl = doc.add_paragraph()
hl.alignment = WD_ALIGN_PARAGRAPH.CENTER
hl.paragraph_format.line_spacing = Pt(32)
hl.paragraph_format.space_after = Pt(2)
a, b = title.split("工作作风", 1)
r = hl.add_run(a + "工作作风")
set_font(r, "黑体", 24, True)
r.add_break()
set_font(hl.add_run(b), "黑体", 24, True)
para(doc, plan[1][1], "楷体", 10.5, WD_ALIGN_PARAGRAPH.CENTER, line=16, after=8)

body = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(body, 3, 260)
for kind, text in plan[2:]:
    if kind == "heading":
        para(doc, text, "黑体", BODY_PT, WD_ALIGN_PARAGRAPH.JUSTIFY, line=14, before=3, bold=True,
             indent=BODY_PT * 2)
    else:
        para(doc, text, "宋体", BODY_PT, WD_ALIGN_PARAGRAPH.JUSTIFY, line=14, indent=BODY_PT * 2)

# ---- furniture: an unrelated short news item below the plan -------------
NEWS_HEAD = "全区夏粮收购工作有序展开"
NEWS = [
    "本报讯（记者　阿依古丽　通讯员　陈建华）连日来，全区各地夏粮收购工作有序展开。截至7月10日，全区已收购小麦4.6万吨，同比增长12%，收购价格保持稳定，未出现农民“卖粮难”现象。",
    "今年以来，地区粮食局提前部署，组织各县市对仓容、资金、检验设备等进行全面检查，新增临时收储点23个，在主产乡镇设立流动收购服务队，方便农民就近售粮。同时，严格执行国家最低收购价政策，做到敞开收购、随到随收，及时兑付售粮款。",
    "地区粮食局有关负责人表示，下一步将加强粮食收购市场监督检查，严厉查处压级压价、短斤少两、打白条等坑农害农行为，切实保护种粮农民利益。",
]
sep = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(sep, 1)
rule = para(doc, "", "宋体", 4, line=6, before=6, after=4)
border(rule, "top", 12)
para(doc, NEWS_HEAD, "黑体", 15, WD_ALIGN_PARAGRAPH.CENTER, line=22, after=4, bold=True)
news = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(news, 3, 260)
for t in NEWS:
    para(doc, t, "宋体", BODY_PT, WD_ALIGN_PARAGRAPH.JUSTIFY, line=14, indent=BODY_PT * 2)

end = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(end, 1)
doc.save("./f73_03.docx")
print("saved")
