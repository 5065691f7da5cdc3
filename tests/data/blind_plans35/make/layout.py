# -*- coding: utf-8 -*-
"""Tiny typesetting engine shared by make_ofd.py.

Lays out blocks (paragraphs, centred titles, signature, table, 版记 ...) on A4
pages in millimetres, the way an official-document word processor would:
28 characters per line, first-line indent of two characters, justified lines,
simple 禁则 (no closing punctuation at line start, no opening at line end,
no break inside an ASCII number/word).  Produces per page a list of Line
objects (absolute glyph positions) plus rules/images, and the ground truth
(paragraph texts in reading order with the page each one starts/ends on).
"""
from collections import namedtuple

PT = 25.4 / 72.0
S22 = 22 * PT      # 二号  7.7611 mm
S16 = 16 * PT      # 三号  5.6444 mm
S14 = 14 * PT      # 四号  4.9389 mm
S12 = 12 * PT      # 小四  4.2333 mm

FS, HT, KT, XBS, ST = 'fs', 'ht', 'kt', 'xbs', 'st'   # 仿宋 黑体 楷体 小标宋 宋体
RED = (255, 0, 0)

Style = namedtuple('Style', 'font size weight color')


def S(font, size, weight=None, color=None):
    return Style(font, size, weight, color)


NO_START = set('，。、；：？！）》”’」』〕】…．,.;:?!)]%')
NO_END = set('（《“‘「『〔【([')


def adv(ch, size):
    """Advance width: CJK / full-width = 1 em, Latin = half an em."""
    return size * 0.5 if ord(ch) < 0x2000 else size


def is_word(ch):
    return ord(ch) < 0x80 and (ch.isalnum() or ch in '.%')


class G:
    __slots__ = ('ch', 'x', 'adv', 'st')

    def __init__(self, ch, x, a, st):
        self.ch, self.x, self.adv, self.st = ch, x, a, st


class Line:
    def __init__(self, glyphs, baseline, top, h, page, blk, idx, kind,
                 layer='body', cell=None, left=0.0, width=0.0, sec=0):
        self.glyphs = glyphs
        self.baseline, self.top, self.h = baseline, top, h
        self.page, self.blk, self.idx, self.kind = page, blk, idx, kind
        self.layer, self.cell, self.left, self.width, self.sec = layer, cell, left, width, sec

    def text(self):
        return ''.join(g.ch for g in self.glyphs)

    def segs(self):
        """Runs of consecutive glyphs with the same style."""
        out = []
        for g in self.glyphs:
            if out and out[-1][0] == g.st:
                out[-1][1].append(g)
            else:
                out.append((g.st, [g]))
        return out

    @property
    def size(self):
        return max(g.st.size for g in self.glyphs)


class Page:
    def __init__(self, no):
        self.no = no
        self.lines = []
        self.paths = []     # dict(x1,y1,x2,y2,lw,color,layer)
        self.images = []    # dict(x,y,w,h,res,layer)
        self.meta = {}


def wrap(chars, avail_first, avail_rest, ind_first, ind_rest, justify):
    """chars: list of (ch, style).  Returns list of lines, each a list of
    (ch, style, rel_x, advance); rel_x measured from the left margin."""
    n = len(chars)
    out = []
    i = 0
    first = True
    while i < n:
        ind = ind_first if first else ind_rest
        avail = avail_first if first else avail_rest
        w = 0.0
        j = i
        while j < n:
            a = adv(chars[j][0], chars[j][1].size)
            if w + a > avail + 1e-6:
                break
            w += a
            j += 1
        if j < n:
            k = j
            while k > i + 1 and (chars[k][0] in NO_START or chars[k - 1][0] in NO_END
                                 or (is_word(chars[k - 1][0]) and is_word(chars[k][0]))):
                k -= 1
            j = k
        seg = chars[i:j]
        advs = [adv(c, st.size) for c, st in seg]
        used = sum(advs)
        extra = 0.0
        if justify and j < n and len(seg) > 1:
            extra = (avail - used) / (len(seg) - 1)
        x = ind
        rel = []
        for (c, st), a in zip(seg, advs):
            rel.append((c, st, x, a))
            x += a + extra
        out.append(rel)
        i = j
        first = False
    return out


def text_width(s, size):
    return sum(adv(c, size) for c in s)


class Layout:
    """cfg keys: left, W, top, bottom, pitch, body (Style), pn ('center' or
    'oddeven'), pn_y, pn_layer"""

    def __init__(self, cfg):
        self.cfg = cfg
        self.pages = []
        self.truth = []     # [text, first_page, last_page]
        self.keys = []      # (marker, prefix)
        self.newpage()

    @property
    def cur(self):
        return self.pages[-1]

    def newpage(self):
        self.pages.append(Page(len(self.pages) + 1))
        self.y = self.cfg['top']

    def fits(self, h):
        return self.y + h <= self.cfg['bottom'] + 1e-6

    def add_line(self, rel, x0, pitch, bi, idx, kind, layer, sec, baseline=None, box=None):
        size = max(st.size for _, st, _, _ in rel)
        if not self.fits(pitch):
            self.newpage()
        top = self.y
        bl = top + (pitch + 0.8 * size) / 2 if baseline is None else baseline
        glyphs = [G(c, x0 + rx, a, st) for c, st, rx, a in rel]
        left, width = box if box else (self.cfg['left'], self.cfg['W'])
        ln = Line(glyphs, bl, top, pitch, self.cur.no, bi, idx, kind, layer,
                  left=left, width=width, sec=sec)
        self.cur.lines.append(ln)
        self.y += pitch
        return ln

    def add_keys(self, text, markers):
        pos = 0
        for m in markers:
            p = text.index(m, pos)
            rest = text[p + len(m):].lstrip('\u3000 ')
            self.keys.append((m, rest[:12]))
            pos = p + len(m)

    def run(self, blocks):
        cfg = self.cfg
        L, W, unit = cfg['left'], cfg['W'], cfg['body'].size
        for bi, b in enumerate(blocks):
            k = b['k']
            layer = b.get('layer', 'body')
            sec = b.get('sec', 0)
            if k == 'space':
                self.y += b['h']
                continue
            if k == 'pagebreak':
                self.newpage()
                continue
            if self.y > cfg['top'] + 1e-6:
                self.y += b.get('sb', 0)
            p0 = self.cur.no
            if k == 'para':
                chars = [(ch, st) for t, st in b['runs'] for ch in t]
                u = b.get('unit', unit)
                fi, ri, rm = b.get('fi', 2) * u, b.get('ri', 0) * u, b.get('rm', 0) * u
                lines = wrap(chars, W - fi - rm, W - ri - rm, fi, ri, b.get('just', True))
                pitch = b.get('pitch', cfg['pitch'])
                for li, rel in enumerate(lines):
                    self.add_line(rel, L, pitch, bi, li, b.get('kind', 'body'), layer, sec)
                text = ''.join(t for t, _ in b['runs'])
            elif k == 'center':
                st = b['st']
                pitch = b['pitch']
                for li, s in enumerate(b['lines']):
                    w = text_width(s, st.size)
                    rel = []
                    x = 0.0
                    for c in s:
                        a = adv(c, st.size)
                        rel.append((c, st, x, a))
                        x += a
                    self.add_line(rel, L + (W - w) / 2, pitch, bi, li, b.get('kind', 'title'), layer, sec)
                text = ''.join(b['lines'])
            elif k == 'sig':
                st = b.get('st', cfg['body'])
                pitch = cfg['pitch']
                if not self.fits(2 * pitch):
                    self.newpage()
                wd = text_width(b['date'], st.size)
                xd = L + W - 4 * unit - wd
                wi = text_width(b['issuer'], st.size)
                xi = min(xd + wd / 2 - wi / 2, L + W - wi)
                lns = []
                for li, (s, x0) in enumerate(((b['issuer'], xi), (b['date'], xd))):
                    rel = []
                    x = 0.0
                    for c in s:
                        a = adv(c, st.size)
                        rel.append((c, st, x, a))
                        x += a
                    lns.append(self.add_line(rel, x0, pitch, bi, li, 'sig', layer, sec))
                    self.truth.append([s, self.cur.no, self.cur.no])
                self.cur.meta['sig'] = dict(xc=xi + wi / 2, b1=lns[0].baseline, b2=lns[1].baseline,
                                            x0=min(xi, xd), x1=max(xi + wi, xd + wd))
                self.y += b.get('sa', 0)
                continue
            elif k == 'rule':
                yy = self.y + b.get('off', 0)
                self.cur.paths.append(dict(x1=b.get('x0', L), y1=yy, x2=b.get('x1', L + W), y2=yy,
                                           lw=b['lw'], color=b.get('color'), layer=layer))
                self.y += b.get('h', 0)
                continue
            elif k == 'table':
                self.table(b, bi)
                continue
            elif k == 'banji':
                self.banji(b, bi)
                continue
            else:
                raise ValueError(k)
            self.truth.append([text, p0, self.cur.no])
            if b.get('keys'):
                self.add_keys(text, b['keys'])
            self.y += b.get('sa', 0)
        self.page_numbers()

    # ------------------------------------------------------------ page no.
    def page_numbers(self):
        cfg = self.cfg
        st = cfg.get('pn_style', S(ST, S14))
        L, W = cfg['left'], cfg['W']
        for pg in self.pages:
            s = '— %d —' % pg.no
            w = text_width(s, st.size)
            if cfg['pn'] == 'oddeven':
                x0 = L + W - st.size - w if pg.no % 2 else L + st.size
            else:
                x0 = L + (W - w) / 2
            rel = []
            x = 0.0
            for c in s:
                a = adv(c, st.size)
                rel.append((c, st, x, a))
                x += a
            bl = cfg['pn_y']
            glyphs = [G(c, x0 + rx, a, st_) for c, st_, rx, a in rel]
            pg.lines.append(Line(glyphs, bl, bl - st.size, st.size * 1.2, pg.no, -1, 0, 'pn',
                                 cfg.get('pn_layer', 'body'), left=x0, width=w))

    def truth_lines(self):
        out = []
        pn = 1
        n = len(self.truth)
        maxpage = 0
        for i, (t, fp, lp) in enumerate(self.truth):
            out.append(t)
            maxpage = max(maxpage, lp)
            nxt = self.truth[i + 1][1] if i + 1 < n else 10 ** 9
            while pn <= maxpage and pn < nxt:
                out.append('— %d —' % pn)
                pn += 1
        while pn <= len(self.pages):
            out.append('— %d —' % pn)
            pn += 1
        return out

    # ------------------------------------------------------------ table
    def table(self, b, bi):
        cols = b['cols']
        x0 = b['x0']
        st, hst = b['st'], b['hst']
        tp = b['tpitch']
        px, py = b.get('padx', 1.5), b.get('pady', 1.8)
        align = b['align']
        sec = b.get('sec', 0)
        xs = [x0]
        for w in cols:
            xs.append(xs[-1] + w)

        def cell_lines(t, w, s):
            return wrap([(c, s) for c in t], w - 2 * px, w - 2 * px, 0, 0, False)

        def row_layout(cells, s):
            ls = [cell_lines(t, w, s) for t, w in zip(cells, cols)]
            return ls, max(len(l) for l in ls) * tp + 2 * py

        def draw_row(ls, h, s, ri):
            ry = self.y
            for c, rels in enumerate(ls):
                cx, w = xs[c], cols[c]
                off = (h - len(rels) * tp) / 2
                for k, rel in enumerate(rels):
                    lw = rel[-1][2] + rel[-1][3]
                    xo = cx + (w - lw) / 2 if align[c] == 'c' else cx + px
                    bl = ry + off + k * tp + (tp + 0.8 * s.size) / 2
                    glyphs = [G(ch, xo + rx, a, st_) for ch, st_, rx, a in rel]
                    self.cur.lines.append(Line(glyphs, bl, ry + off + k * tp, tp, self.cur.no, bi,
                                               k, 'cell', cell=(cx, ry, w, h, ri, c), sec=sec))
            self.y += h

        hl, hh = row_layout(b['header'], hst)
        rows = [row_layout(r, st) for r in b['rows']]
        state = {'top': None, 'hl': []}

        def start(first_h):
            if not self.fits(hh + first_h):
                self.newpage()
            state['top'] = self.y
            state['hl'] = [self.y]
            draw_row(hl, hh, hst, 0)
            state['hl'].append(self.y)
            self.truth.append(['\t'.join(b['header']), self.cur.no, self.cur.no])

        def close():
            top, bot = state['top'], self.y
            for i, yy in enumerate(state['hl']):
                outer = i == 0 or i == len(state['hl']) - 1
                self.cur.paths.append(dict(x1=xs[0], y1=yy, x2=xs[-1], y2=yy, lw=0.5 if outer else 0.25,
                                           color=None, layer='body', grid=True))
            for i, xx in enumerate(xs):
                outer = i == 0 or i == len(xs) - 1
                self.cur.paths.append(dict(x1=xx, y1=top, x2=xx, y2=bot, lw=0.5 if outer else 0.25,
                                           color=None, layer='body', grid=True))

        for ri, (r, (ls, h)) in enumerate(zip(b['rows'], rows), 1):
            if state['top'] is None:
                start(h)
            elif not self.fits(h):
                close()
                self.newpage()
                start(h)
            draw_row(ls, h, st, ri)
            state['hl'].append(self.y)
            self.truth.append(['\t'.join(r), self.cur.no, self.cur.no])
            self.keys.append((r[0], r[1][:12]))
        close()
        self.y += b.get('sa', 0)

    # ------------------------------------------------------------ 版记
    def banji(self, b, bi):
        cfg = self.cfg
        L, W = cfg['left'], cfg['W']
        st = b.get('st', S(FS, S14))
        u = st.size
        pitch = b.get('pitch', 8.0)
        cc = [(c, st) for c in b['cc']]
        cc_lines = wrap(cc, W - 2 * u, W - 5 * u, u, 4 * u, True)   # hanging indent after 抄送：
        iss = [(c, st) for c in b['issue']]
        iss_lines = wrap(iss, W - 2 * u, W - 2 * u, u, u, False)
        gap = 1.0
        H = gap + len(cc_lines) * pitch + gap + len(iss_lines) * pitch + gap
        if not self.fits(H):
            self.newpage()
        y = cfg['bottom'] - H
        page = self.cur

        def rule(yy, lw):
            page.paths.append(dict(x1=L, y1=yy, x2=L + W, y2=yy, lw=lw, color=None, layer='body'))

        rule(y, 0.35)
        self.y = y + gap
        for li, rel in enumerate(cc_lines):
            self.add_line(rel, L, pitch, bi, li, 'banji', 'body', b.get('sec', 0))
        self.truth.append([b['cc'], page.no, page.no])
        rule(self.y + gap / 2, 0.25)
        self.y += gap
        for li, rel in enumerate(iss_lines):
            self.add_line(rel, L, pitch, bi, 100 + li, 'banji', 'body', b.get('sec', 0))
        self.truth.append([b['issue'], page.no, page.no])
        rule(self.y + gap / 2, 0.35)
        self.y += gap
