# -*- coding: utf-8 -*-
"""f75_01: python-docx, whole document = one section with 2 unequal columns
(w:cols w:equalWidth="0", 55 % / 45 %), title in column 1 at larger size.
Run with python; then soffice converts to PDF."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from plans import PLAN1 as P
from docx import Document
from docx.shared import Pt, Mm, Twips
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

FONT = "WenQuanYi Micro Hei"
BODY_PT = float(sys.argv[1]) if len(sys.argv) > 1 else 12

doc = Document()
# default fonts incl. eastAsia
st = doc.styles["Normal"]
st.font.name = FONT
st.font.size = Pt(BODY_PT)
rpr = st.element.get_or_add_rPr()
rf = rpr.find(qn("w:rFonts"))
for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
    rf.set(qn(a), FONT)
pf = st.paragraph_format
pf.space_before = Pt(0)
pf.space_after = Pt(0)
pf.line_spacing = 1.35

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
text_w = int(Mm(210 - 44).twips if hasattr(Mm(1), "twips") else (210 - 44) / 25.4 * 1440)
text_w = round((210 - 44) / 25.4 * 1440)
gap = round(8 / 25.4 * 1440)  # 8 mm between columns
w1 = round((text_w - gap) * 0.55)
w2 = (text_w - gap) - w1
sectPr = sec._sectPr
cols = sectPr.find(qn("w:cols"))
if cols is None:
    cols = OxmlElement("w:cols")
    sectPr.append(cols)
for k in list(cols.attrib):
    del cols.attrib[k]
cols.set(qn("w:num"), "2")
cols.set(qn("w:equalWidth"), "0")
cols.set(qn("w:space"), str(gap))
c1 = OxmlElement("w:col"); c1.set(qn("w:w"), str(w1)); c1.set(qn("w:space"), str(gap))
c2 = OxmlElement("w:col"); c2.set(qn("w:w"), str(w2))
cols.append(c1); cols.append(c2)

# page number in footer (not part of the plan)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def fld(par, instr):
    r = par.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    r = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
r = fp.add_run("— "); r.font.size = Pt(10)
fld(fp, "PAGE")
r = fp.add_run(" —"); r.font.size = Pt(10)


def para(text, size=None, bold=False, align=None, indent=True, before=0, after=0):
    p = doc.add_paragraph()
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or BODY_PT) * 2)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    return p

para(P["title"], size=BODY_PT + 6, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
para(P["issuer"], size=BODY_PT - 1, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=8)
para(P["preamble"])
for heading, ms in P["sections"]:
    para(heading, bold=True, before=4, after=2)
    for m in ms:
        para(m[0] + m[1] + m[2])
if P.get("closing"):
    para(P["closing"], before=4)

out = os.path.join(os.path.dirname(__file__), "f75_01.docx")
doc.save(out)
print(out, w1, w2, gap)
