# -*- coding: utf-8 -*-
"""f73_01: python-docx, one-column title section + continuous section break
into a two-column section; A4; first-line indent of two characters.
Run with python (has python-docx), then soffice -> pdf."""
import sys
sys.path.insert(0, ".")
from content import paragraphs
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

BODY_PT = 12
FONT = "宋体"
HEI = "黑体"


def set_font(run, name, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), name)


def set_cols(section, num, space_twips=420, sep=False):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)


doc = Document()
st = doc.styles["Normal"]
st.font.size = Pt(BODY_PT)
st.font.name = FONT
st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(28), Mm(25)
set_cols(sec, 1)

paras = paragraphs("f73_01")
first_body = True
for kind, text in paras:
    if kind in ("preamble",) and first_body:
        # continuous section break: everything before is one column
        new = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(new, 2, 420)
        first_body = False
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(22)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.line_spacing = Pt(22)
        pf.space_after = Pt(6)
        a, b = text.split("精神", 1)
        r = p.add_run(a + "精神")
        set_font(r, "方正小标宋简体", 20, bold=True)
        r.add_break()  # manual line break inside the title paragraph
        set_font(p.add_run(b), "方正小标宋简体", 20, bold=True)
    elif kind == "issuer":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.space_after = Pt(14)
        set_font(p.add_run(text), "楷体", 13)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Pt(BODY_PT * 2)
        if kind == "heading":
            set_font(p.add_run(text), HEI, BODY_PT)
        else:
            set_font(p.add_run(text), FONT, BODY_PT)

# trailing continuous section break (empty one-column section) so that
# LibreOffice/Word balance the two columns on the last page
end = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(end, 1)
doc.save("./f73_01.docx")
print("saved")
