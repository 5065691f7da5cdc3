# -*- coding: utf-8 -*-
"""f75_05: python-docx document with four continuous sections:
1 col (title, issuer) | 2 cols (preamble .. measure (5) intro) | 1 col (ruled table)
| 2 cols (rest). LibreOffice imports the continuous section breaks as text
sections, balancing the 2-column block above the table."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from plans import PLAN5 as P
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FONT = "WenQuanYi Micro Hei"
BODY = float(sys.argv[1]) if len(sys.argv) > 1 else 10.5

doc = Document()
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(BODY)
rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
    rf.set(qn(a), FONT)
st.paragraph_format.space_before = Pt(0)
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.5


def set_cols(section, n, space_mm=8):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sp.append(cols)
    for k in list(cols.attrib):
        del cols.attrib[k]
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(round(space_mm / 25.4 * 1440)))


def para(text, size=None, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, before=0, after=0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or BODY) * 2)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p


def new_section(ncols):
    s = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s, ncols)
    return s


s0 = doc.sections[0]
s0.page_width, s0.page_height = Mm(210), Mm(297)
s0.left_margin = s0.right_margin = Mm(22)
s0.top_margin, s0.bottom_margin = Mm(22), Mm(20)
set_cols(s0, 1)

para(P["title"], size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
para(P["issuer"], size=BODY, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=8)
new_section(2)
para(P["preamble"])
table_rows = None
after_table = False
for heading, ms in P["sections"]:
    para(heading, bold=True, before=3, after=1)
    for m in ms:
        para(m[0] + m[1] + m[2])
        if len(m) > 3:
            table_rows = m[3]
            new_section(1)
            t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Mm(40), Mm(64), Mm(24), Mm(34)]
            t.autofit = False
            for ci, wd in enumerate(widths):
                t.columns[ci].width = wd
            for ri, row in enumerate(table_rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.width = widths[ci]
                    cp = cell.paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    cp.paragraph_format.line_spacing = 1.2
                    cp.paragraph_format.space_before = Pt(2)
                    cp.paragraph_format.space_after = Pt(2)
                    rr = cp.add_run(val)
                    rr.font.size = Pt(BODY - 0.5)
                    rr.bold = (ri == 0)
            new_section(2)

# close the last 2-column block with a continuous break so it is balanced too
new_section(1)

# shrink the empty paragraphs that carry the section breaks
for p in doc.paragraphs:
    pPr = p._p.pPr
    if pPr is not None and pPr.find(qn("w:sectPr")) is not None and not p.text:
        p.paragraph_format.line_spacing = Pt(4)
        p.paragraph_format.first_line_indent = Pt(0)
        rpr = pPr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr"); pPr.insert(0, rpr)
        sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "4"); rpr.append(sz)

# page number footer (not part of the plan)
fp = doc.sections[0].footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("— 1 —").font.size = Pt(10)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "f75_05.docx")
doc.save(out)
print(out)
