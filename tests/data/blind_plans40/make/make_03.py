# -*- coding: utf-8 -*-
"""f75_03: 4-column newspaper page (9 pt body) written by the hand-made PDF
generator pdfgen.py. Plan headline spans columns 1-3; column 4 carries an
unrelated news item from top to bottom. Page height is computed so that the
plan's three columns are balanced and fill the page."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from plans import PLAN3 as P
from pdfgen import Font, Page, para_lines, flow, balanced_height, write_pdf, Line, MM

HERE = os.path.dirname(os.path.abspath(__file__))
font = Font()

W = 210 * MM
ML = MR = 12 * MM
TOP = 10 * MM
BOTTOM = 12 * MM
GUT = 4.5 * MM
NC = 4
COLW = (W - ML - MR - (NC - 1) * GUT) / NC
BODY = 9.0
LEAD = 1.55

# ---- plan lines (columns 1-3)
lines = []
lines += para_lines(font, P["preamble"], BODY, COLW, leading=LEAD)
for heading, ms in P["sections"]:
    lines += para_lines(font, heading, BODY, COLW, leading=LEAD, bold=True, space_before=BODY * 0.5,
                        keep_next=True, indent_chars=2)
    for m in ms:
        lines += para_lines(font, m[0] + m[1] + m[2], BODY, COLW, leading=LEAD)
H = balanced_height(lines, 3, step=0.25)

# ---- unrelated item (column 4), not part of the plan
ITEM_KICKER = "本报讯（记者　周晓岚　通讯员　何文斌）"
ITEM_HEAD = ["澜江新区智慧公交", "首批线路开通运营"]
ITEM_BODY = [
    ITEM_KICKER + "5月6日上午，澜江新区智慧公交首批3条线路正式开通运营，标志着我市公共交通向智能化、绿色化迈出了新的一步。",
    "据了解，首批开通的智慧公交线路全长46公里，串联起新区行政服务中心、高铁站、市第二人民医院和6个大型居民小区，共设置站点52个，投放新能源公交车38辆。车辆全部配备智能调度终端和客流统计设备，站台设有电子站牌，市民可实时查询车辆到站时间和车内拥挤程度。",
    "“以前等车心里没底，现在看一眼站牌就知道车还有几分钟到。”家住锦江花园的市民刘女士在首班车上告诉记者，新线路让她上下班通勤时间缩短了近20分钟。",
    "市公交集团有关负责人介绍，智慧公交线路运营期间将根据客流数据动态调整发车间隔，早晚高峰最短发车间隔压缩至6分钟。下一步，我市还将在老城区推广电子站牌和移动支付全覆盖，年内新增和优化公交线路10条以上，进一步方便群众出行。",
]

HEAD_SIZE = 20.0
ISS_SIZE = 9.5
FOLIO = 9.0

# vertical budget
folio_h = FOLIO * 1.4 + 6            # folio line + rules
headline_h = HEAD_SIZE * 1.45 + ISS_SIZE * 1.6 + 10
page_h = TOP + folio_h + headline_h + H + BOTTOM
pg = Page(W, page_h)

y = page_h - TOP
# folio (newspaper furniture, not part of the plan)
pg.draw_line(font, Line("2024年5月8日　星期三", FOLIO, FOLIO * 1.4, justify=False), ML, y, 80 * MM)
pg.draw_line(font, Line("要　闻", FOLIO + 1, FOLIO * 1.4, justify=False, align="center", bold=True), ML, y, W - ML - MR)
pg.draw_line(font, Line("澜江日报　第3版", FOLIO, FOLIO * 1.4, justify=False, align="right"), ML, y, W - ML - MR)
y -= FOLIO * 1.4 + 2
pg.hline(ML, W - MR, y, 1.6)
pg.hline(ML, W - MR, y - 2.2, 0.4)
y -= 6
content_top = y

# headline over columns 1-3
span = 3 * COLW + 2 * GUT
pg.draw_line(font, Line(P["title"], HEAD_SIZE, HEAD_SIZE * 1.45, justify=False, align="center", bold=True), ML, y, span)
y -= HEAD_SIZE * 1.45
pg.draw_line(font, Line(P["issuer"], ISS_SIZE, ISS_SIZE * 1.6, justify=False, align="center"), ML, y, span)
y -= ISS_SIZE * 1.6 + 4
pg.hline(ML, ML + span, y + 2, 0.4)
y -= 6
cols_top = y

cols, rest = flow(lines, 3, H)
assert not rest
for ci, col in enumerate(cols):
    x = ML + ci * (COLW + GUT)
    for ln, yo in col:
        pg.draw_line(font, ln, x, cols_top - yo, COLW)

# column 4: rule and item from the top of the content area down to the bottom
x4 = ML + 3 * (COLW + GUT)
bottom_y = BOTTOM
pg.vline(x4 - GUT / 2, bottom_y, content_top, 0.6)
iy = content_top
for hl in ITEM_HEAD:
    pg.draw_line(font, Line(hl, 12.5, 12.5 * 1.45, justify=False, align="center", bold=True), x4, iy, COLW)
    iy -= 12.5 * 1.45
iy -= 5
ilines = []
for t in ITEM_BODY:
    ilines += para_lines(font, t, BODY, COLW, leading=LEAD)
avail = iy - bottom_y
icols, irest = flow(ilines, 1, avail)
for ln, yo in icols[0]:
    pg.draw_line(font, ln, x4, iy - yo, COLW)
used = sum(l.height for l, _ in icols[0])
print("plan col height %.1f pt, page h %.1f mm, item avail %.1f used %.1f, item rest %d lines" % (
    H, page_h / MM, avail, used, len(irest)))
pg.hline(ML, W - MR, bottom_y - 3, 0.4)
pg.draw_line(font, Line("责任编辑：许文涛　　版式设计：孙　蕾", 7.5, 10, justify=False, align="right"), ML, bottom_y - 4, W - ML - MR)

write_pdf(os.path.join(HERE, "out", "f75_03.pdf"), [pg], font, title=P["title"])
