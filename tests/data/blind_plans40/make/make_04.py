# -*- coding: utf-8 -*-
"""f75_04: gazette (政府公报) pages made with pdfgen.py (2 columns, 2 pages),
then 'scanned': pdftoppm -r 250 -gray, degraded with Pillow (slight rotation,
noise, blur, uneven contrast), wrapped back into an image-only PDF with Pillow."""
import sys, os, subprocess, random
sys.path.insert(0, os.path.dirname(__file__))
from plans import PLAN4 as P
from pdfgen import Font, Page, para_lines, flow, balanced_height, write_pdf, Line, MM
from PIL import Image, ImageFilter, ImageChops

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
font = Font()

W, H = 185 * MM, 260 * MM
ML = MR = 18 * MM
TOP, BOTTOM = 14 * MM, 20 * MM
GUT = 7 * MM
COLW = (W - ML - MR - GUT) / 2
BODY = float(sys.argv[1]) if len(sys.argv) > 1 else 10.5
LEAD = 1.8
TITLE_LINES = ["西岭省交通运输厅关于深入贯彻中央八项规定精神", "持续改进作风的实施办法"]
assert "".join(TITLE_LINES) == P["title"]
PAGENO0 = 23

lines = para_lines(font, P["preamble"], BODY, COLW, leading=LEAD)
for heading, ms in P["sections"]:
    lines += para_lines(font, heading, BODY, COLW, leading=LEAD, bold=True, space_before=BODY * 0.6,
                        keep_next=True, indent_chars=2)
    for m in ms:
        lines += para_lines(font, m[0] + m[1] + m[2], BODY, COLW, leading=LEAD)


def furniture(pg, n):
    y = H - TOP
    pg.draw_line(font, Line("西岭省人民政府公报", 9, 12, justify=False), ML, y, W - ML - MR)
    pg.draw_line(font, Line("2024年第9期", 9, 12, justify=False, align="right"), ML, y, W - ML - MR)
    pg.hline(ML, W - MR, y - 14, 0.8)
    pg.draw_line(font, Line("— %d —" % n, 10, 14, justify=False, align="center"), ML, BOTTOM - 6, W - ML - MR)
    return y - 24


pages = []
# page 1
pg = Page(W, H)
y = furniture(pg, PAGENO0)
y -= 6
for t in TITLE_LINES:
    pg.draw_line(font, Line(t, 16, 16 * 1.5, justify=False, align="center", bold=True), ML, y, W - ML - MR)
    y -= 16 * 1.5
y -= 4
pg.draw_line(font, Line(P["issuer"], 10.5, 10.5 * 1.6, justify=False, align="center"), ML, y, W - ML - MR)
y -= 10.5 * 1.6 + 10
colh = y - BOTTOM
cols, rest = flow(lines, 2, colh)
for ci, col in enumerate(cols):
    for ln, yo in col:
        pg.draw_line(font, ln, ML + ci * (COLW + GUT), y - yo, COLW)
pg.vline(ML + COLW + GUT / 2, BOTTOM + 4, y + 2, 0.4)
pages.append(pg)
# page 2: remaining text, balanced columns
pg = Page(W, H)
y = furniture(pg, PAGENO0 + 1) - 6
assert rest, "text fits on one page; raise the size"
h2 = balanced_height(rest, 2, step=0.25)
assert h2 <= y - BOTTOM, "text needs 3 pages"
cols, rest2 = flow(rest, 2, h2)
assert not rest2
for ci, col in enumerate(cols):
    for ln, yo in col:
        pg.draw_line(font, ln, ML + ci * (COLW + GUT), y - yo, COLW)
pg.vline(ML + COLW + GUT / 2, y - h2 - 2, y + 2, 0.4)
pages.append(pg)
print("page1 colh %.0f, page2 balanced h %.0f of %.0f" % (colh, h2, y - BOTTOM))

clean = os.path.join(HERE, "f75_04_clean.pdf")
write_pdf(clean, pages, font, title=P["title"])

# ---- scan simulation
DPI = 250
subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", clean, os.path.join(OUT, "scan04")], check=True)
random.seed(75)
imgs = []
for k, angle in ((1, 0.5), (2, -0.35)):
    im = Image.open(os.path.join(OUT, "scan04-%d.png" % k)).convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.effect_noise(im.size, 18).point(lambda v: (v - 128) // 3 + 128)
    im = ImageChops.add(im, noise, scale=1.0, offset=-128)
    # paper tone: lift whites slightly, soften blacks
    im = im.point(lambda v: int(30 + v * (238 - 30) / 255))
    imgs.append(im)
outpdf = os.path.join(OUT, "f75_04.pdf")
imgs[0].save(outpdf, "PDF", resolution=DPI, save_all=True, append_images=imgs[1:], quality=80)
imgs[0].save(os.path.join(OUT, "scan04_preview.png"))
print(outpdf)
