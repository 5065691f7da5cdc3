# -*- coding: utf-8 -*-
"""Tiny hand-written PDF generator (no reportlab): embeds a subset of
WenQuanYi Micro Hei as a CIDFontType2 (Identity-H) with a ToUnicode CMap,
simple CJK line breaking with justification, and multi-column flow.
Needs fontTools (run with python)."""
import io, zlib, re
from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset

FONT_PATH = "wqy-microhei.ttf"  # WenQuanYi Micro Hei, as analysis/data/fonts ships it
MM = 72 / 25.4

NO_START = set("，。、；：？！）》」』”’%．.,;:!?)]·…—")
NO_END = set("（《「『“‘([")


class Font:
    def __init__(self, path=FONT_PATH):
        self.path = path
        self.tt = TTFont(path)
        self.cmap = self.tt.getBestCmap()
        self.upm = self.tt["head"].unitsPerEm
        self.hmtx = self.tt["hmtx"].metrics
        self.order = self.tt.getGlyphOrder()
        self.gid_of = {n: i for i, n in enumerate(self.order)}
        self.used = set()

    def gid(self, ch):
        name = self.cmap.get(ord(ch))
        if name is None:
            raise KeyError("no glyph for %r" % ch)
        return self.gid_of[name]

    def adv(self, ch):
        """advance in 1/1000 em"""
        name = self.cmap[ord(ch)]
        return self.hmtx[name][0] * 1000.0 / self.upm

    def width(self, s, size):
        return sum(self.adv(c) for c in s) * size / 1000.0


def tokens(text):
    """split into breakable units: runs of ASCII alnum stay together."""
    return re.findall(r"[0-9A-Za-z.%]+|.", text, flags=re.S)


def break_lines(font, text, size, width, first_indent=0.0):
    """Greedy CJK line breaking. Returns list of (string, is_last, indent)."""
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    indent = first_indent
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = font.width(t, size)
        avail = width - indent
        if curw + tw <= avail + 0.01 or not cur:
            cur.append(t); curw += tw; i += 1
            continue
        # t does not fit
        if t[0] in NO_START:
            # pull the last real character (and any closing marks after it) down
            pull = [cur.pop()]
            while cur and pull[0][0] in NO_START:
                pull.insert(0, cur.pop())
            while cur and cur[-1][-1] in NO_END:
                pull.insert(0, cur.pop())
            if not cur:
                cur = pull + [t]; i += 1
                lines.append(("".join(cur), False, indent)); cur, curw, indent = [], 0.0, 0.0
                continue
            lines.append(("".join(cur), False, indent))
            cur, curw, indent = pull, font.width("".join(pull), size), 0.0
            continue
        if cur and cur[-1][-1] in NO_END:
            last = cur.pop()
            lines.append(("".join(cur), False, indent))
            cur, curw, indent = [last], font.width(last, size), 0.0
            continue
        lines.append(("".join(cur), False, indent))
        cur, curw, indent = [], 0.0, 0.0
    if cur:
        lines.append(("".join(cur), True, indent))
    return lines


class Line:
    def __init__(self, text, size, height, indent=0.0, justify=True, last=False, bold=False,
                 align="left", space_before=0.0, keep_next=False, color=None):
        self.__dict__.update(locals()); del self.__dict__["self"]


def para_lines(font, text, size, width, leading=1.6, indent_chars=2, bold=False, align="justify",
               space_before=0.0, keep_next=False, color=None):
    ls = break_lines(font, text, size, width, first_indent=indent_chars * size)
    out = []
    for k, (s, last, ind) in enumerate(ls):
        out.append(Line(s, size, size * leading, indent=ind, justify=(align == "justify" and not last),
                        last=last, bold=bold, align=("left" if align == "justify" else align),
                        space_before=(space_before if k == 0 else 0.0),
                        keep_next=(keep_next or (len(ls) > 1 and k == 0)), color=color))
    return out


def flow(lines, ncols, height, max_cols=None):
    """Place lines into ncols columns of the given height; returns list of columns
    (each a list of (line, y_offset_from_top)) and the leftover lines."""
    cols = []
    i = 0
    for c in range(ncols):
        col, y = [], 0.0
        while i < len(lines):
            ln = lines[i]
            sb = ln.space_before if col else 0.0
            if y + sb + ln.height > height + 0.01:
                break
            # keep-with-next: don't leave a heading/first line alone at column bottom
            if ln.keep_next and i + 1 < len(lines):
                nx = lines[i + 1]
                if y + sb + ln.height + nx.height > height + 0.01 and col:
                    break
            y += sb
            col.append((ln, y))
            y += ln.height
            i += 1
        # never end a column with a line that must stay with the next one
        while i < len(lines) and len(col) > 1 and col[-1][0].keep_next:
            col.pop()
            i -= 1
        cols.append(col)
    return cols, lines[i:]


def balanced_height(lines, ncols, step=0.5):
    total = sum(l.height + l.space_before for l in lines)
    h = total / ncols
    while True:
        cols, rest = flow(lines, ncols, h)
        if not rest:
            return h
        h += step


class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.ops = []  # ('text', x, y, size, str, bold, tc, color) or raw graphics strings
        self.images = []

    def text(self, x, y, s, size, bold=False, tc=0.0, color=None):
        self.ops.append(("text", x, y, size, s, bold, tc, color))

    def g(self, op):
        self.ops.append(("g", op))

    def hline(self, x1, x2, y, w=0.5):
        self.g("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y, x2, y))

    def vline(self, x, y1, y2, w=0.5):
        self.g("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x, y1, x, y2))

    def rect(self, x, y, w, h, lw=0.5):
        self.g("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def draw_line(self, font, ln, x, ytop, width):
        """ytop = top of the line box (PDF coords)."""
        base = ytop - ln.height + (ln.height - ln.size) / 2 + ln.size * 0.16
        s = ln.text
        w = font.width(s, ln.size)
        tc = 0.0
        xx = x + ln.indent
        if ln.justify and len(s) > 1:
            extra = width - ln.indent - w
            if 0 < extra < ln.size * 1.5 * len(s):
                tc = extra / (len(s) - 1)
        elif ln.align == "center":
            xx = x + (width - w) / 2
        elif ln.align == "right":
            xx = x + width - w
        self.text(xx, base, s, ln.size, ln.bold, tc, ln.color)


def _hex(font, s):
    out = []
    for ch in s:
        g = font.gid(ch)
        font.used.add((g, ch))
        out.append("%04X" % g)
    return "<" + "".join(out) + ">"


def write_pdf(path, pages, font, title="", compress=True):
    # build content streams first (records used glyphs)
    contents = []
    for pg in pages:
        buf = []
        for op in pg.ops:
            if op[0] == "g":
                buf.append(op[1])
            else:
                _, x, y, size, s, bold, tc, color = op
                c = "%.3f g " % color if color is not None else ""
                if bold:
                    buf.append("q %s%s 2 Tr %.2f w BT /F1 %.2f Tf %.3f Tc 1 0 0 1 %.2f %.2f Tm %s Tj ET Q" % (
                        c, ("%.3f G " % color) if color is not None else "", size * 0.03, size, tc, x, y, _hex(font, s)))
                else:
                    buf.append("q %sBT /F1 %.2f Tf %.3f Tc 1 0 0 1 %.2f %.2f Tm %s Tj ET Q" % (c, size, tc, x, y, _hex(font, s)))
        contents.append("\n".join(buf).encode("latin-1"))

    # subset font keeping original glyph ids
    opts = ftsubset.Options()
    opts.retain_gids = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.hinting = False
    sub = ftsubset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(ch) for g, ch in font.used}))
    tt = TTFont(font.path)
    sub.subset(tt)
    fb = io.BytesIO(); tt.save(fb)
    fontbytes = fb.getvalue()

    objs = []

    def add(data):
        objs.append(data)
        return len(objs)

    def stream(dict_extra, data):
        if compress:
            data = zlib.compress(data, 9)
            dict_extra += " /Filter /FlateDecode"
        return b"<< " + dict_extra.encode() + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    used = sorted(font.used)
    gids = sorted({g for g, ch in used})
    uni = {}
    for g, ch in used:
        uni.setdefault(g, ch)
    # ToUnicode
    cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
          "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    chunk = [gids[i:i + 100] for i in range(0, len(gids), 100)]
    for ch in chunk:
        cm.append("%d beginbfchar" % len(ch))
        for g in ch:
            u = uni[g].encode("utf-16-be").hex().upper()
            cm.append("<%04X> <%s>" % (g, u))
        cm.append("endbfchar")
    cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tounicode = add(stream("", "\n".join(cm).encode()))
    ff = add(stream("/Length1 %d" % len(fontbytes), fontbytes))
    head = font.tt["head"]; hhea = font.tt["hhea"]
    sc = 1000.0 / font.upm
    fd = add(("<< /Type /FontDescriptor /FontName /AAAAAA+WenQuanYiMicroHei /Flags 4 "
              "/FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80 "
              "/FontFile2 %d 0 R >>" % (head.xMin * sc, head.yMin * sc, head.xMax * sc, head.yMax * sc,
                                       hhea.ascent * sc, hhea.descent * sc, 700, ff)).encode())
    w = " ".join("%d [%d]" % (g, round(font.hmtx[font.order[g]][0] * sc)) for g in gids)
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               "/FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>" % (fd, w)).encode())
    f1 = add(("<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
              "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tounicode)).encode())
    pages_id = len(objs) + 1 + 2 * len(pages)  # reserve
    page_ids = []
    for pg, data in zip(pages, contents):
        c = add(stream("", data))
        p = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                 "/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, pg.w, pg.h, c, f1)).encode())
        page_ids.append(p)
    pid = add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(pages))).encode())
    assert pid == pages_id
    info = add(("<< /Producer (fresh75 pdfgen.py) /Title <%s> >>" % ("FEFF" + title.encode("utf-16-be").hex().upper())).encode())
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pid).encode())

    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref))
    open(path, "wb").write(out.getvalue())
