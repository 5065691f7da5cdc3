# -*- coding: utf-8 -*-
"""f73_04: python-docx -> LibreOffice.  Title/issuer in a one-column
section, body in a two-column section with a vertical line between the
columns (w:cols w:sep="1"), and a small ruled 3-column table placed inside
a column (序号/任务/责任单位).  Footer page number "— n —" (furniture)."""
import sys
sys.path.insert(0, ".")
from content import PLANS, paragraphs
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

BODY_PT = 11
LINE = 20


def set_font(run, name, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.find(qn("w:rFonts")).set(qn("w:eastAsia"), name)


def set_cols(section, num, space_twips=480, sep=False):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)


def add_field(run, instr):
    for t, extra in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if t == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = extra
        elif t == "text":
            el = OxmlElement("w:t")
            el.text = extra
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), t)
        run._r.append(el)


doc = Document()
st = doc.styles["Normal"]
st.font.size = Pt(BODY_PT)
st.font.name = "仿宋"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")

sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(24)
sec.top_margin, sec.bottom_margin = Mm(30), Mm(28)
set_cols(sec, 1)

fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
set_font(fp.add_run("— "), "宋体", 10)
r = fp.add_run()
set_font(r, "宋体", 10)
add_field(r, "PAGE")
set_font(fp.add_run(" —"), "宋体", 10)

plan = paragraphs("f73_04")
for kind, text in plan[:2]:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    if kind == "title":
        pf.line_spacing = Pt(34)
        pf.space_after = Pt(4)
        set_font(p.add_run(text), "方正小标宋简体", 21, True)
    else:
        pf.line_spacing = Pt(22)
        pf.space_after = Pt(16)
        set_font(p.add_run(text), "楷体", 12)

body = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(body, 2, 480, sep=True)

COLW = [Mm(11), Mm(29), Mm(34)]  # total 74 mm < column width (~76 mm)
i = 2
while i < len(plan):
    kind, text = plan[i]
    if kind == "tablerow":
        rows = []
        while i < len(plan) and plan[i][0] == "tablerow":
            rows.append(plan[i][1])
            i += 1
        t = doc.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        # LibreOffice takes the widths from tblGrid/tblW, so set them too
        tbl = t._tbl
        for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), COLW):
            gc.set(qn("w:w"), str(int(w.twips)))
        tblPr = tbl.tblPr
        tblW = tblPr.find(qn("w:tblW"))
        if tblW is None:
            tblW = OxmlElement("w:tblW")
            tblPr.append(tblW)
        tblW.set(qn("w:w"), str(int(sum(w.twips for w in COLW))))
        tblW.set(qn("w:type"), "dxa")
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        for ri, row in enumerate(rows):
            for ci, cell_text in enumerate(row):
                c = t.cell(ri, ci)
                c.width = COLW[ci]
                cp = c.paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                cp.paragraph_format.line_spacing = Pt(16)
                cp.paragraph_format.space_after = Pt(0)
                cp.paragraph_format.space_before = Pt(0)
                set_font(cp.add_run(cell_text), "黑体" if ri == 0 else "仿宋", 9.5, ri == 0)
        # small gap after the table
        g = doc.add_paragraph()
        g.paragraph_format.line_spacing = Pt(6)
        g.paragraph_format.space_after = Pt(0)
        continue
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(LINE)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.first_line_indent = Pt(BODY_PT * 2)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    set_font(p.add_run(text), "黑体" if kind == "heading" else "仿宋", BODY_PT)
    i += 1

end = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(end, 1)
doc.save("./f73_04.docx")
print("saved")
