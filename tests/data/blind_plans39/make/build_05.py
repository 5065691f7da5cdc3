# -*- coding: utf-8 -*-
"""f73_05: PDF written by hand (raw PDF operators, no layout library).

* Font: WenQuanYi Micro Hei, subset with fontTools (glyph ids retained) and
  embedded as a CIDFontType2 with /Identity-H encoding (codes = glyph ids),
  /CIDToGIDMap /Identity, a /W width array and an explicit /ToUnicode CMap.
  (A first version used the non-embedded STSong-Light with UniGB-UCS2-H, but
  poppler without the Adobe CMap files (no poppler-data here) refuses that
  font entirely, so the embedded font is used instead.)
* Two columns of unequal width (60 % / 40 % of the text block), every line
  placed at explicit coordinates with a Tm operator.
* Lines justified (character spacing Tc), last line of a paragraph ragged.
* No first-line indent; a blank line between paragraphs (a blank line that
  would fall at the top of a column is dropped).
* Simple kinsoku: closing punctuation never starts a line, opening
  brackets never end one, ASCII runs (numbers) are not broken.
* The last page's columns are balanced.
* Furniture: page number "— n —" centred at the foot of each page.
"""
import sys, io, zlib
sys.path.insert(0, ".")
from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset

FONTFILE = "wqy-microhei.ttf"  # WenQuanYi Micro Hei, as analysis/data/fonts ships it
_font = TTFont(FONTFILE)
_cmap = _font.getBestCmap()
_hmtx = _font["hmtx"]
_upem = _font["head"].unitsPerEm
_gorder = _font.getGlyphOrder()
_gid = {n: i for i, n in enumerate(_gorder)}


def adv(ch):
    """advance width of ch in 1/1000 em"""
    return _hmtx[_cmap[ord(ch)]][0] * 1000.0 / _upem
from content import paragraphs

OUT = "../f73_05.pdf"
PW, PH = 595.28, 841.89
ML, MR, MT, MB = 56.0, 56.0, 64.0, 70.0
GUT = 20.0
TEXTW = PW - ML - MR
C1W = round((TEXTW - GUT) * 0.6, 2)
C2W = round(TEXTW - GUT - C1W, 2)
FS = 13.0          # body font size
LEAD = 22.0        # line pitch
TITLE_FS = 18.0

NO_START = set("，。、；：？！）》」』”’%…·—")
NO_END = set("（《「『“‘")


def cw(ch, size):
    return size * adv(ch) / 1000.0


def tokens(text):
    out, buf = [], ""
    for ch in text:
        if ord(ch) < 0x80:
            buf += ch
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def width(s, size=FS):
    return sum(cw(c, size) for c in s)


def break_lines(text, colw, size=FS):
    """Greedy CJK line breaking with kinsoku; returns list of strings."""
    toks = tokens(text)
    lines, cur = [], ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if not cur or width(cur + t, size) <= colw + 0.01:
            cur += t
            i += 1
            continue
        # t does not fit
        if t[0] in NO_START:             # hang the punctuation on this line
            cur += t
            i += 1
            continue
        if cur[-1] in NO_END:            # push an opening bracket down
            lines.append(cur[:-1])
            cur = cur[-1]
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ layout
plan = paragraphs("f73_05")
title, issuer = plan[0][1], plan[1][1]
body = plan[2:]

# title block on page 1 (across both columns)
t1, t2 = title.split("精神", 1)
title_lines = [t1 + "精神", t2]
TITLE_TOP = PH - MT
title_base = [TITLE_TOP - TITLE_FS, TITLE_TOP - TITLE_FS - 28]
issuer_base = title_base[-1] - 30
P1_TOP = issuer_base - 34       # first body baseline on page 1
PN_TOP = PH - MT - FS           # first body baseline on later pages
BOTTOM = MB                     # lowest allowed baseline

cols_x = [ML, ML + C1W + GUT]
cols_w = [C1W, C2W]


def capacity(top):
    return int((top - BOTTOM) // LEAD) + 1


def flow(items_by_width, caps):
    """Pour paragraphs into a sequence of columns.
    caps: list of (col_index, nlines). Returns placed lines per column
    and whether everything fitted."""
    placed = [[] for _ in caps]
    ci, used = 0, 0
    first_in_doc = True
    for kind, text in body:
        # blank line between paragraphs (not at the top of a column)
        if not first_in_doc:
            if used > 0:
                used += 1
                placed[ci].append(None)
            if used >= caps[ci][1]:
                ci, used = ci + 1, 0
                if ci >= len(caps):
                    return placed, False
        first_in_doc = False
        # lines depend on the width of the column they land in; re-break
        # the rest of the paragraph when it moves to a new column
        rest = text
        while rest:
            colw = cols_w[caps[ci][0]]
            lines = break_lines(rest, colw)
            room = caps[ci][1] - used
            take = lines[:room]
            for k, ln in enumerate(take):
                last = (k == len(lines) - 1)
                placed[ci].append((ln, kind, last))
            used += len(take)
            consumed = "".join(take)
            rest = rest[len(consumed):]
            if rest:
                ci, used = ci + 1, 0
                if ci >= len(caps):
                    return placed, False
            elif used >= caps[ci][1]:
                ci, used = ci + 1, 0
                if ci >= len(caps):
                    # everything placed exactly
                    return placed, True
    return placed, True


# page capacities
cap1 = capacity(P1_TOP)
capn = capacity(PN_TOP)
# find the number of pages
npages = 1
while True:
    caps = []
    for p in range(npages):
        c = cap1 if p == 0 else capn
        caps += [(0, c), (1, c)]
    placed, ok = flow(None, caps)
    if ok:
        break
    npages += 1
# balance the last page: shrink its column height while it still fits
last_cap = cap1 if npages == 1 else capn
best = last_cap
for h in range(last_cap, 0, -1):
    caps = []
    for p in range(npages):
        c = cap1 if p == 0 else capn
        if p == npages - 1:
            c = h
        caps += [(0, c), (1, c)]
    placed_h, ok = flow(None, caps)
    if ok:
        best = h
        placed = placed_h
    else:
        break
caps = []
for p in range(npages):
    c = cap1 if p == 0 else capn
    if p == npages - 1:
        c = best
    caps += [(0, c), (1, c)]
placed, ok = flow(None, caps)
assert ok
print("pages", npages, "col widths", C1W, C2W, "last-page lines", best)

# ------------------------------------------------------------------ output
used_chars = set()


def hexs(s):
    used_chars.update(s)
    return "<" + "".join("%04X" % _gid[_cmap[ord(c)]] for c in s) + ">"


def line_op(s, x, y, size, colw=None, justify=False, bold=False):
    tc = 0.0
    if justify and len(s) > 1:
        tc = (colw - width(s, size)) / (len(s) - 1)
    ops = ["BT", "/F1 %.2f Tf" % size, "%.4f Tc" % tc]
    # text rendering mode persists across BT/ET, so always set it
    ops += ["2 Tr", "0.35 w"] if bold else ["0 Tr"]
    ops += ["1 0 0 1 %.2f %.2f Tm" % (x, y), hexs(s) + " Tj", "ET"]
    return " ".join(ops)


pages_ops = [[] for _ in range(npages)]
# title + issuer
for s, y in zip(title_lines, title_base):
    x = ML + (TEXTW - width(s, TITLE_FS)) / 2
    pages_ops[0].append(line_op(s, x, y, TITLE_FS, bold=True))
x = ML + (TEXTW - width(issuer, FS)) / 2
pages_ops[0].append(line_op(issuer, x, issuer_base, FS))
# thin rule under the title block
pages_ops[0].append("0.6 w %.2f %.2f m %.2f %.2f l S" % (ML, issuer_base - 14, PW - MR, issuer_base - 14))

for k, col in enumerate(placed):
    page = k // 2
    cidx = caps[k][0]
    top = P1_TOP if page == 0 else PN_TOP
    x = cols_x[cidx]
    y = top
    for item in col:
        if item is not None:
            ln, kind, last = item
            pages_ops[page].append(line_op(ln, x, y, FS, cols_w[cidx], justify=not last,
                                           bold=(kind == "heading")))
        y -= LEAD

# page numbers (furniture)
for p in range(npages):
    s = "— %d —" % (p + 1)
    x = (PW - width(s, 10.5)) / 2
    pages_ops[p].append(line_op(s, x, 40, 10.5))

# embedded subset font (glyph ids retained so codes = original gids)
opts = ftsubset.Options()
opts.retain_gids = True
opts.notdef_outline = True
opts.hinting = False
opts.layout_features = []
opts.name_IDs = ["*"]
sub = ftsubset.Subsetter(opts)
sub.populate(unicodes=[ord(c) for c in used_chars])
ff = TTFont(FONTFILE)
sub.subset(ff)
buf = io.BytesIO()
ff.save(buf)
fontbytes = buf.getvalue()

chars = sorted(used_chars, key=lambda c: _gid[_cmap[ord(c)]])
gids = [_gid[_cmap[ord(c)]] for c in chars]
blocks = []
for i in range(0, len(chars), 100):
    chunk = chars[i:i + 100]
    blocks.append("%d beginbfchar\n" % len(chunk) +
                  "\n".join("<%04X> <%04X>" % (_gid[_cmap[ord(c)]], ord(c)) for c in chunk) +
                  "\nendbfchar")
tounicode = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
             "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
             "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
             "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
warr = " ".join("%d [%d]" % (g, round(adv(c))) for g, c in zip(gids, chars))

hhea = _font["hhea"]
bbox = [round(v * 1000.0 / _upem) for v in (_font["head"].xMin, _font["head"].yMin,
                                              _font["head"].xMax, _font["head"].yMax)]
objs = {}
objs[1] = "<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) >>"
FONT, CIDF, DESC, TOU, FFILE = 3, 4, 5, 6, 7
first_page_obj = 8
kids = []
for p in range(npages):
    pobj = first_page_obj + 2 * p
    kids.append("%d 0 R" % pobj)
objs[2] = "<< /Type /Pages /Count %d /Kids [%s] >>" % (npages, " ".join(kids))
BASE = "/AAAAAA+WenQuanYiMicroHei"
objs[FONT] = ("<< /Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H "
              "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (BASE, CIDF, TOU))
objs[CIDF] = ("<< /Type /Font /Subtype /CIDFontType2 /BaseFont %s "
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              "/FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 1000 /W [%s] >>" % (BASE, DESC, warr))
objs[DESC] = ("<< /Type /FontDescriptor /FontName %s /Flags 4 "
              "/FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d "
              "/CapHeight %d /StemV 80 /FontFile2 %d 0 R >>"
              % (BASE, bbox[0], bbox[1], bbox[2], bbox[3],
                 round(hhea.ascent * 1000.0 / _upem), round(hhea.descent * 1000.0 / _upem),
                 round(hhea.ascent * 1000.0 / _upem), FFILE))
objs[TOU] = tounicode.encode("ascii")
objs[FFILE] = ("FONTFILE", fontbytes)
for p in range(npages):
    pobj = first_page_obj + 2 * p
    cobj = pobj + 1
    objs[pobj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                  "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (PW, PH, FONT, cobj))
    objs[cobj] = ("\n".join(pages_ops[p]) + "\n").encode("ascii")

out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = {}
for n in sorted(objs):
    offsets[n] = len(out)
    v = objs[n]
    if isinstance(v, tuple):
        data = zlib.compress(v[1], 9)
        out += b"%d 0 obj\n<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (
            n, len(data), len(v[1])) + data + b"\nendstream\nendobj\n"
    elif isinstance(v, bytes):
        out += b"%d 0 obj\n<< /Length %d >>\nstream\n" % (n, len(v)) + v + b"endstream\nendobj\n"
    else:
        out += ("%d 0 obj\n%s\nendobj\n" % (n, v)).encode("ascii")
xref = len(out)
maxn = max(objs)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (maxn + 1)
for n in range(1, maxn + 1):
    out += b"%010d 00000 n \n" % offsets[n]
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxn + 1, xref)
open(OUT, "wb").write(out)
print("written", OUT, len(out), "bytes")
