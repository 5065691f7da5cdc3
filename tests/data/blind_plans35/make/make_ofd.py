#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write six test .ofd files (GB/T 33190-2016) plus ground truth.

  files/*.ofd         the packages
  truth/<file>.txt    paragraphs in reading order (one per line, table rows TAB-separated)
  key.csv             one row per measure: file,number,text_prefix

Standard library only.  Layout engine in layout.py, texts in docs_text.py.
"""
import base64
import csv
import hashlib
import os
import random
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from layout import Layout, S, FS, HT, KT, XBS, ST, RED, S16, S14, S22
import docs_text as D

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'http://www.ofdspec.org/2016'
XMLHEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


# ----------------------------------------------------------------- helpers
def fmt(v):
    s = '%.4f' % v
    s = s.rstrip('0').rstrip('.')
    return '0' if s in ('', '-0') else s


def A(v):
    return escape(str(v), {'"': '&quot;'})


def T(s):
    return escape(s)


def box(*v):
    return ' '.join(fmt(x) for x in v)


def dx_vals(glyphs):
    return [glyphs[i + 1].x - glyphs[i].x for i in range(len(glyphs) - 1)]


def dx_str(vals, compress):
    vs = [fmt(v) for v in vals]
    if not compress:
        return ' '.join(vs)
    out = []
    i = 0
    while i < len(vs):
        j = i
        while j < len(vs) and vs[j] == vs[i]:
            j += 1
        if j - i >= 3:
            out.append('g %d %s' % (j - i, vs[i]))
        else:
            out.extend(vs[i:j])
        i = j
    return ' '.join(out)


def color(c):
    return '%d %d %d' % c


class Ids:
    def __init__(self, start=1):
        self.n = start - 1

    def __call__(self):
        self.n += 1
        return self.n


class Q:
    """qualified-name maker for a namespace prefix ('' = default namespace)"""

    def __init__(self, prefix):
        self.p = prefix + ':' if prefix else ''
        self.decl = ('xmlns:%s="%s"' % (prefix, NS)) if prefix else ('xmlns="%s"' % NS)

    def __call__(self, tag):
        return self.p + tag


def png_seal(n=96):
    """red round seal with a star, RGBA, transparent background"""
    import math
    c = (n - 1) / 2.0
    pts = []
    for k in range(10):
        r = n * 0.17 if k % 2 == 0 else n * 0.07
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))

    def in_star(x, y):
        inside = False
        for i in range(10):
            (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % 10]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
        return inside

    raw = bytearray()
    for y in range(n):
        raw.append(0)
        for x in range(n):
            d = math.hypot(x - c, y - c)
            on = (n * 0.42 <= d <= n * 0.48) or in_star(x, y)
            raw += bytes((215, 25, 30, 235)) if on else bytes((0, 0, 0, 0))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def ofd_xml(q, docroot, info, signatures=None):
    x = [XMLHEAD, '<%s %s Version="1.0" DocType="OFD">' % (q('OFD'), q.decl), '<%s>' % q('DocBody'),
         '<%s>' % q('DocInfo')]
    for k in ('DocID', 'Title', 'Author', 'Subject', 'CreationDate', 'ModDate', 'Creator', 'CreatorVersion'):
        if k in info:
            x.append('<%s>%s</%s>' % (q(k), T(info[k]), q(k)))
    x.append('</%s>' % q('DocInfo'))
    x.append('<%s>%s</%s>' % (q('DocRoot'), T(docroot), q('DocRoot')))
    if signatures:
        x.append('<%s>%s</%s>' % (q('Signatures'), T(signatures), q('Signatures')))
    x.append('</%s></%s>' % (q('DocBody'), q('OFD')))
    return ''.join(x)


def document_xml(q, maxid, pages, publicres='PublicRes.xml', documentres=None, tpls=(), pretty=True):
    nl = '\n' if pretty else ''
    x = [XMLHEAD, '<%s %s>' % (q('Document'), q.decl), nl, '<%s>' % q('CommonData'), nl,
         '<%s>%d</%s>' % (q('MaxUnitID'), maxid, q('MaxUnitID')), nl,
         '<%s><%s>0 0 210 297</%s></%s>' % (q('PageArea'), q('PhysicalBox'), q('PhysicalBox'), q('PageArea')), nl,
         '<%s>%s</%s>' % (q('PublicRes'), T(publicres), q('PublicRes')), nl]
    if documentres:
        x += ['<%s>%s</%s>' % (q('DocumentRes'), T(documentres), q('DocumentRes')), nl]
    for tid, loc, name in tpls:
        x += ['<%s ID="%d" Name="%s" ZOrder="Background" BaseLoc="%s"/>' % (q('TemplatePage'), tid, A(name), A(loc)), nl]
    x += ['</%s>' % q('CommonData'), nl, '<%s>' % q('Pages'), nl]
    for pid, loc in pages:
        x += ['<%s ID="%d" BaseLoc="%s"/>' % (q('Page'), pid, A(loc)), nl]
    x += ['</%s>' % q('Pages'), nl, '</%s>' % q('Document')]
    return ''.join(x)


def publicres_xml(q, fonts, base='Res', colorspaces=()):
    x = [XMLHEAD, '<%s %s BaseLoc="%s">\n' % (q('Res'), q.decl, base)]
    if colorspaces:
        x.append('<%s>' % q('ColorSpaces'))
        for cid in colorspaces:
            x.append('<%s ID="%d" Type="RGB" BitsPerComponent="8"/>' % (q('ColorSpace'), cid))
        x.append('</%s>\n' % q('ColorSpaces'))
    x.append('<%s>\n' % q('Fonts'))
    for fid, name, fam in fonts:
        x.append('<%s ID="%d" FontName="%s" FamilyName="%s"/>\n' % (q('Font'), fid, A(name), A(fam)))
    x.append('</%s>\n</%s>' % (q('Fonts'), q('Res')))
    return ''.join(x)


def path_obj(q, oid, p, col=None):
    """horizontal or vertical rule as a PathObject; Boundary is the rule's box"""
    lw = p['lw']
    if abs(p['y1'] - p['y2']) < 1e-9:      # horizontal
        w = p['x2'] - p['x1']
        b = box(p['x1'], p['y1'] - lw / 2, w, lw)
        d = 'M 0 %s L %s %s' % (fmt(lw / 2), fmt(w), fmt(lw / 2))
    else:
        h = p['y2'] - p['y1']
        b = box(p['x1'] - lw / 2, p['y1'], lw, h)
        d = 'M %s 0 L %s %s' % (fmt(lw / 2), fmt(lw / 2), fmt(h))
    c = col or p.get('color')
    sc = '<%s Value="%s"/>' % (q('StrokeColor'), color(c)) if c else ''
    return '<%s ID="%d" Boundary="%s" LineWidth="%s">%s<%s>%s</%s></%s>' % (
        q('PathObject'), oid, b, fmt(lw), sc, q('AbbreviatedData'), d, q('AbbreviatedData'), q('PathObject'))


def write_zip(path, parts, order=None):
    names = order or list(parts)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            data = parts[n]
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zipfile.ZipInfo(n, date_time=(2013, 1, 8, 9, 30, 0)), data, zipfile.ZIP_DEFLATED)


def docid(name):
    return hashlib.md5(name.encode()).hexdigest()


def font_table(ids, names):
    """names: logical key -> (FontName, FamilyName); returns key->ID and list"""
    m, lst = {}, []
    for k, (fn, fam) in names.items():
        i = ids()
        m[k] = i
        lst.append((i, fn, fam))
    return m, lst


WPS_FONTS = {FS: ('仿宋_GB2312', '仿宋_GB2312'), HT: ('黑体', '黑体'), KT: ('楷体_GB2312', '楷体_GB2312'),
             XBS: ('方正小标宋简体', '方正小标宋简体'), ST: ('宋体', '宋体')}


# ===================================================================== file 1
def write1(lay, fname, info):
    """WPS-like: one TextObject per visual line (per style run), X=0 Y=size,
    full DeltaX compressed with 'g N v'; template page with a header rule;
    page numbers in each page (odd right / even left)."""
    q = Q('ofd')
    ids = Ids()
    fmap, flist = font_table(ids, WPS_FONTS)
    tpl_id = ids()
    page_ids = [ids() for _ in lay.pages]
    parts = {}
    # template: a thin grey rule above the type area, same on every page
    lid = ids()
    rule = path_obj(q, ids(), dict(x1=26, y1=30, x2=26 + 28 * S16, y2=30, lw=0.25), col=(128, 128, 128))
    parts['Doc_0/Tpls/Tpl_0/Content.xml'] = (
        XMLHEAD + '<%s %s><%s><%s ID="%d" Type="Background">%s</%s></%s></%s>' % (
            q('Page'), q.decl, q('Content'), q('Layer'), lid, rule, q('Layer'), q('Content'), q('Page')))
    for pg, pid in zip(lay.pages, page_ids):
        x = [XMLHEAD, '<%s %s>\n' % (q('Page'), q.decl),
             '<%s TemplateID="%d" ZOrder="Background"/>\n' % (q('Template'), tpl_id),
             '<%s><%s>0 0 210 297</%s></%s>\n' % (q('Area'), q('PhysicalBox'), q('PhysicalBox'), q('Area')),
             '<%s>\n<%s ID="%d" Type="Body">\n' % (q('Content'), q('Layer'), ids())]
        for ln in pg.lines:
            for st, gl in ln.segs():
                x0 = gl[0].x
                w = gl[-1].x + gl[-1].adv - x0
                attrs = 'ID="%d" Boundary="%s" Font="%d" Size="%s"' % (
                    ids(), box(x0, ln.baseline - st.size, w, st.size * 1.25), fmap[st.font], fmt(st.size))
                if st.weight:
                    attrs += ' Weight="%d"' % st.weight
                tc = 'X="0" Y="%s"' % fmt(st.size)
                if len(gl) > 1:
                    tc += ' DeltaX="%s"' % dx_str(dx_vals(gl), True)
                x.append('<%s %s><%s Value="0 0 0"/><%s %s>%s</%s></%s>\n' % (
                    q('TextObject'), attrs, q('FillColor'), q('TextCode'), tc, T(''.join(g.ch for g in gl)),
                    q('TextCode'), q('TextObject')))
        x.append('</%s>\n</%s>\n</%s>' % (q('Layer'), q('Content'), q('Page')))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = ''.join(x)
    parts['Doc_0/PublicRes.xml'] = publicres_xml(q, flist)
    parts['Doc_0/Document.xml'] = document_xml(
        q, ids.n, [(pid, 'Pages/Page_%d/Content.xml' % i) for i, pid in enumerate(page_ids)],
        tpls=[(tpl_id, 'Tpls/Tpl_0/Content.xml', '正文模板')])
    parts['OFD.xml'] = ofd_xml(q, 'Doc_0/Document.xml', info)
    order = ['OFD.xml', 'Doc_0/Document.xml', 'Doc_0/PublicRes.xml', 'Doc_0/Tpls/Tpl_0/Content.xml'] + \
        ['Doc_0/Pages/Page_%d/Content.xml' % i for i in range(len(lay.pages))]
    write_zip(fname, parts, order)


# ===================================================================== file 2
def write2(lay, fname, info):
    """PDF->OFD converter style: one TextObject PER CHARACTER, Boundary = glyph
    box, TextCode X=0 Y=baseline in object units, Size and Y scaled by 20 and
    CTM 0.05 brings them back to mm.  Subset font names."""
    q = Q('ofd')
    ids = Ids()
    fmap, flist = font_table(ids, {FS: ('BCDEEE+FangSong_GB2312', 'FangSong_GB2312'),
                                   XBS: ('BCDFEF+FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05S'),
                                   ST: ('BCDGEH+SimSun', 'SimSun')})
    page_ids = [ids() for _ in lay.pages]
    k = 0.05
    parts = {}
    for pg, pid in zip(lay.pages, page_ids):
        x = [XMLHEAD, '<%s %s>' % (q('Page'), q.decl),
             '<%s><%s>0 0 210 297</%s></%s>' % (q('Area'), q('PhysicalBox'), q('PhysicalBox'), q('Area')),
             '<%s><%s ID="%d">' % (q('Content'), q('Layer'), ids())]
        for ln in pg.lines:
            for g in ln.glyphs:
                st = g.st
                asc = 0.86 * st.size
                x.append('<%s ID="%d" CTM="0.05 0 0 0.05 0 0" Boundary="%s" Font="%d" Size="%s">'
                         '<%s Value="0 0 0"/><%s X="0" Y="%s">%s</%s></%s>' % (
                             q('TextObject'), ids(), box(g.x, ln.baseline - asc, g.adv, st.size * 1.1),
                             fmap[st.font], fmt(st.size / k), q('FillColor'), q('TextCode'), fmt(asc / k),
                             T(g.ch), q('TextCode'), q('TextObject')))
        x.append('</%s></%s></%s>' % (q('Layer'), q('Content'), q('Page')))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = ''.join(x)
    parts['Doc_0/PublicRes.xml'] = publicres_xml(q, flist)
    parts['Doc_0/Document.xml'] = document_xml(
        q, ids.n, [(pid, 'Pages/Page_%d/Content.xml' % i) for i, pid in enumerate(page_ids)], pretty=False)
    parts['OFD.xml'] = ofd_xml(q, 'Doc_0/Document.xml', info)
    write_zip(fname, parts)


# ===================================================================== file 3
def write3(lay, fname, info):
    """Table file: body lines one TextObject each (Boundary = line slot,
    X=0, Y=baseline offset); table cell lines one TextObject each whose
    Boundary is the whole CELL and X/Y are relative to the cell's corner;
    grid drawn with PathObjects (written before the text)."""
    q = Q('ofd')
    ids = Ids()
    fmap, flist = font_table(ids, {FS: ('仿宋', '仿宋'), HT: ('黑体', '黑体'), KT: ('楷体', '楷体'),
                                   XBS: ('方正小标宋简体', '方正小标宋简体'), ST: ('宋体', '宋体')})
    page_ids = [ids() for _ in lay.pages]
    parts = {}
    for pg, pid in zip(lay.pages, page_ids):
        x = [XMLHEAD, '<%s %s>\n' % (q('Page'), q.decl),
             '<%s>\n<%s ID="%d" Type="Body">\n' % (q('Content'), q('Layer'), ids())]
        for p in pg.paths:
            x.append(path_obj(q, ids(), p) + '\n')
        for ln in pg.lines:
            for st, gl in ln.segs():
                if ln.cell:
                    cx, cy, cw, ch = ln.cell[:4]
                    bnd = box(cx, cy, cw, ch)
                    X, Y = gl[0].x - cx, ln.baseline - cy
                else:
                    w = gl[-1].x + gl[-1].adv - gl[0].x
                    bnd = box(gl[0].x, ln.top, w, ln.h)
                    X, Y = 0, ln.baseline - ln.top
                tc = 'X="%s" Y="%s"' % (fmt(X), fmt(Y))
                if len(gl) > 1:
                    tc += ' DeltaX="%s"' % dx_str(dx_vals(gl), False)
                x.append('<%s ID="%d" Boundary="%s" Font="%d" Size="%s"><%s %s>%s</%s></%s>\n' % (
                    q('TextObject'), ids(), bnd, fmap[st.font], fmt(st.size), q('TextCode'), tc,
                    T(''.join(g.ch for g in gl)), q('TextCode'), q('TextObject')))
        x.append('</%s>\n</%s>\n</%s>' % (q('Layer'), q('Content'), q('Page')))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = ''.join(x)
    parts['Doc_0/PublicRes.xml'] = publicres_xml(q, flist)
    parts['Doc_0/Document.xml'] = document_xml(
        q, ids.n, [(pid, 'Pages/Page_%d/Content.xml' % i) for i, pid in enumerate(page_ids)])
    parts['OFD.xml'] = ofd_xml(q, 'Doc_0/Document.xml', info)
    write_zip(fname, parts)


# ===================================================================== file 4
def write4(lay, fname, info):
    """红头 file: two Layers (Body, Foreground); body text grouped in nested
    PageBlocks (section > paragraph > line objects); red 红头 text and red
    rule and the page number in the Foreground layer, which is written
    AFTER the body; seal as ImageObject from DocumentRes; one Signature."""
    q = Q('ofd')
    ids = Ids()
    fmap, flist = font_table(ids, WPS_FONTS)
    cs_id = ids()
    seal_id = ids()
    page_ids = [ids() for _ in lay.pages]
    parts = {}

    def tobj(ln, st, gl):
        attrs = 'ID="%d" Boundary="%s" Font="%d" Size="%s"' % (
            ids(), box(ln.left, ln.top, ln.width, ln.h), fmap[st.font], fmt(st.size))
        fill = '<%s Value="%s" ColorSpace="%d"/>' % (q('FillColor'), color(st.color), cs_id) if st.color else ''
        tc = 'X="%s" Y="%s"' % (fmt(gl[0].x - ln.left), fmt(ln.baseline - ln.top))
        if len(gl) > 1:
            tc += ' DeltaX="%s"' % dx_str(dx_vals(gl), True)
        return '<%s %s>%s<%s %s>%s</%s></%s>' % (q('TextObject'), attrs, fill, q('TextCode'), tc,
                                                  T(''.join(g.ch for g in gl)), q('TextCode'), q('TextObject'))

    sig_page = None
    for pg, pid in zip(lay.pages, page_ids):
        x = [XMLHEAD, '<%s %s>\n' % (q('Page'), q.decl),
             '<%s>\n<%s ID="%d" Type="Body">\n' % (q('Content'), q('Layer'), ids())]
        body = [ln for ln in pg.lines if ln.layer == 'body']
        fg = [ln for ln in pg.lines if ln.layer == 'fg']
        # nested PageBlocks: section -> paragraph(block) -> lines
        secs = []
        for ln in body:
            if not secs or secs[-1][0] != ln.sec:
                secs.append((ln.sec, []))
            blks = secs[-1][1]
            if not blks or blks[-1][0] != ln.blk:
                blks.append((ln.blk, []))
            blks[-1][1].append(ln)
        for sec, blks in secs:
            x.append('<%s ID="%d">\n' % (q('PageBlock'), ids()))
            for blk, lns in blks:
                x.append('<%s ID="%d">\n' % (q('PageBlock'), ids()))
                for ln in lns:
                    for st, gl in ln.segs():
                        x.append(tobj(ln, st, gl) + '\n')
                x.append('</%s>\n' % q('PageBlock'))
            x.append('</%s>\n' % q('PageBlock'))
        x.append('</%s>\n<%s ID="%d" Type="Foreground">\n' % (q('Layer'), q('Layer'), ids()))
        for p in pg.paths:
            x.append(path_obj(q, ids(), p) + '\n')
        for ln in fg:
            for st, gl in ln.segs():
                x.append(tobj(ln, st, gl) + '\n')
        if 'sig' in pg.meta:
            m = pg.meta['sig']
            d = 40.0
            cy = (m['b1'] + m['b2']) / 2 - 3
            bx = (m['xc'] - d / 2, cy - d / 2, d, d)
            x.append('<%s ID="%d" Boundary="%s" CTM="%s 0 0 %s 0 0" ResourceID="%d"/>\n' % (
                q('ImageObject'), ids(), box(*bx), fmt(d), fmt(d), seal_id))
            sig_page = (pid, bx)
        x.append('</%s>\n</%s>\n</%s>' % (q('Layer'), q('Content'), q('Page')))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = ''.join(x)
    parts['Doc_0/PublicRes.xml'] = publicres_xml(q, flist, colorspaces=[cs_id])
    parts['Doc_0/DocumentRes.xml'] = (
        XMLHEAD + '<%s %s BaseLoc="Res"><%s><%s ID="%d" Type="Image" Format="PNG"><%s>seal_%d.png</%s></%s></%s></%s>'
        % (q('Res'), q.decl, q('MultiMedias'), q('MultiMedia'), seal_id, q('MediaFile'), seal_id, q('MediaFile'),
           q('MultiMedia'), q('MultiMedias'), q('Res')))
    parts['Doc_0/Res/seal_%d.png' % seal_id] = png_seal()
    parts['Doc_0/Document.xml'] = document_xml(
        q, ids.n, [(pid, 'Pages/Page_%d/Content.xml' % i) for i, pid in enumerate(page_ids)],
        documentres='DocumentRes.xml')
    parts['OFD.xml'] = ofd_xml(q, 'Doc_0/Document.xml', info, signatures='Doc_0/Signs/Signatures.xml')
    # ---- signature (digests are real SM3 values; SignedValue.dat is a dummy blob)
    refs = []
    for n in sorted(parts):
        data = parts[n].encode('utf-8') if isinstance(parts[n], str) else parts[n]
        dig = base64.b64encode(hashlib.new('sm3', data).digest()).decode()
        refs.append('<%s FileRef="/%s"><%s>%s</%s></%s>' % (q('Reference'), n, q('CheckValue'), dig,
                                                           q('CheckValue'), q('Reference')))
    pid, bx = sig_page
    parts['Doc_0/Signs/Sign_0/Signature.xml'] = (
        XMLHEAD + '<%s %s><%s><%s ProviderName="YL-ESeal" Company="云岭省数字证书认证中心" Version="1.0"/>'
        '<%s>1.2.156.10197.1.501</%s><%s>20130220093000Z</%s><%s CheckMethod="1.2.156.10197.1.401">%s</%s>'
        '<%s ID="1" PageRef="%d" Boundary="%s"/></%s><%s>/Doc_0/Signs/Sign_0/SignedValue.dat</%s></%s>' % (
            q('Signature'), q.decl, q('SignedInfo'), q('Provider'), q('SignatureMethod'), q('SignatureMethod'),
            q('SignatureDateTime'), q('SignatureDateTime'), q('References'), ''.join(refs), q('References'),
            q('StampAnnot'), pid, box(*bx), q('SignedInfo'), q('SignedValue'), q('SignedValue'), q('Signature')))
    parts['Doc_0/Signs/Sign_0/SignedValue.dat'] = b'0\x82' + hashlib.sha256(b'dummy seal value').digest() * 8
    parts['Doc_0/Signs/Signatures.xml'] = (
        XMLHEAD + '<%s %s><%s>1</%s><%s ID="1" Type="Seal" BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/></%s>' % (
            q('Signatures'), q.decl, q('MaxSignId'), q('MaxSignId'), q('Signature'), q('Signatures')))
    write_zip(fname, parts)


# ===================================================================== file 5
def write5(lay, fname, info):
    """Namespace / BaseLoc / ordering quirks.
    * Document.xml in the DEFAULT namespace, PublicRes.xml with prefix 'o',
      pages alternate: default ns / 'ofd:' / 'ofd:' root with default-ns Content.
    * DocRoot absolute; page BaseLocs alternate relative / absolute.
    * one TextObject per paragraph (per page): Boundary = paragraph box, one
      TextCode per line; a TextCode omits X when it equals the previous
      TextCode's X and omits Y when it equals the previous Y (GB/T 33190
      semantics: missing X/Y = inherit previous TextCode's value).  Lines
      containing ASCII runs are split into several TextCodes (same Y, Y omitted).
    * objects of a page NOT in reading order (page 1 reversed, others shuffled)."""
    ids = Ids()
    qo = Q('o')
    fmap, flist = font_table(ids, WPS_FONTS)
    page_ids = [ids() for _ in lay.pages]
    parts = {}
    rnd = random.Random(20130910)

    def pieces(gl):
        out = []
        for g in gl:
            asc = ord(g.ch) < 0x80
            if out and out[-1][0] == asc:
                out[-1][1].append(g)
            else:
                out.append((asc, [g]))
        return [p[1] for p in out]

    for pg, pid in zip(lay.pages, page_ids):
        mode = (pg.no - 1) % 3
        q = Q('') if mode == 0 else Q('ofd')
        qc = Q('') if mode in (0, 2) else q     # names inside <Content>
        groups = []
        for ln in pg.lines:
            key = (ln.blk, ln.kind) if ln.kind != 'pn' else ('pn',)
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append(ln)
        objs = []
        for key, lns in groups:
            st = lns[0].glyphs[0].st
            left = min(g.x for ln in lns for g in ln.glyphs)
            right = max(g.x + g.adv for ln in lns for g in ln.glyphs)
            top = lns[0].top
            bottom = lns[-1].top + lns[-1].h
            if key == ('pn',):
                top, bottom = lns[0].baseline - st.size, lns[0].baseline + 0.3 * st.size
            codes = []
            px = py = None
            for ln in lns:
                for gl in (pieces(ln.glyphs) if ln.kind != 'pn' else [ln.glyphs]):
                    X, Y = gl[0].x - left, ln.baseline - top
                    a = []
                    if px is None or abs(X - px) > 1e-6:
                        a.append('X="%s"' % fmt(X))
                    if py is None or abs(Y - py) > 1e-6:
                        a.append('Y="%s"' % fmt(Y))
                    px, py = X, Y
                    if len(gl) > 1:
                        a.append('DeltaX="%s"' % dx_str(dx_vals(gl), False))
                    codes.append('<%s%s>%s</%s>' % (qc('TextCode'), ''.join(' ' + s for s in a),
                                                    T(''.join(g.ch for g in gl)), qc('TextCode')))
            objs.append('<%s ID="@ID@" Boundary="%s" Font="%d" Size="%s">%s</%s>' % (
                qc('TextObject'), box(left, top, right - left, bottom - top), fmap[st.font], fmt(st.size),
                ''.join(codes), qc('TextObject')))
        if pg.no == 1:
            objs.reverse()
        else:
            rnd.shuffle(objs)
        objs = [o.replace('@ID@', str(ids()), 1) for o in objs]
        if mode == 2:
            content = '<Content xmlns="%s"><Layer ID="%d">%s</Layer></Content>' % (NS, ids(), '\n'.join(objs))
        else:
            content = '<%s><%s ID="%d">\n%s\n</%s></%s>' % (q('Content'), q('Layer'), ids(), '\n'.join(objs),
                                                           q('Layer'), q('Content'))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = (
            XMLHEAD + '<%s %s><%s><%s>0 0 210 297</%s></%s>%s</%s>' % (
                q('Page'), q.decl, q('Area'), q('PhysicalBox'), q('PhysicalBox'), q('Area'), content, q('Page')))
    parts['Doc_0/PublicRes.xml'] = publicres_xml(qo, flist)
    locs = []
    for i, pid in enumerate(page_ids):
        locs.append((pid, ('/Doc_0/Pages/Page_%d/Content.xml' if i % 2 else 'Pages/Page_%d/Content.xml') % i))
    parts['Doc_0/Document.xml'] = document_xml(Q(''), ids.n, locs)
    parts['OFD.xml'] = ofd_xml(Q('ofd'), '/Doc_0/Document.xml', info)
    write_zip(fname, parts)


# ===================================================================== file 6
def write6(lay, fname, info):
    """Suwell-like: every TextObject has Boundary = the whole page and absolute
    X/Y; several objects on one line (marker / bold or 楷体 lead / body);
    uncompressed DeltaX; 版记 rules as PathObjects; Weight=700 for bold."""
    q = Q('ofd')
    ids = Ids()
    fmap, flist = font_table(ids, {FS: ('仿宋_GB2312', 'FangSong_GB2312'), HT: ('黑体', 'SimHei'),
                                   KT: ('楷体_GB2312', 'KaiTi_GB2312'), XBS: ('方正小标宋_GBK', 'FZXiaoBiaoSong-B05'),
                                   ST: ('宋体', 'SimSun')})
    page_ids = [ids() for _ in lay.pages]
    parts = {}
    for pg, pid in zip(lay.pages, page_ids):
        x = [XMLHEAD, '<%s %s>' % (q('Page'), q.decl),
             '<%s><%s>0 0 210 297</%s></%s>' % (q('Area'), q('PhysicalBox'), q('PhysicalBox'), q('Area')),
             '<%s><%s ID="%d" Type="Body">' % (q('Content'), q('Layer'), ids())]
        for ln in pg.lines:
            for st, gl in ln.segs():
                attrs = 'ID="%d" Boundary="0 0 210 297" Font="%d" Size="%s"' % (ids(), fmap[st.font], fmt(st.size))
                if st.weight:
                    attrs += ' Weight="%d"' % st.weight
                tc = 'X="%s" Y="%s"' % (fmt(gl[0].x), fmt(ln.baseline))
                if len(gl) > 1:
                    tc += ' DeltaX="%s"' % dx_str(dx_vals(gl), False)
                x.append('<%s %s><%s Value="0 0 0"/><%s %s>%s</%s></%s>' % (
                    q('TextObject'), attrs, q('FillColor'), q('TextCode'), tc, T(''.join(g.ch for g in gl)),
                    q('TextCode'), q('TextObject')))
        for p in pg.paths:
            x.append(path_obj(q, ids(), p))
        x.append('</%s></%s></%s>' % (q('Layer'), q('Content'), q('Page')))
        parts['Doc_0/Pages/Page_%d/Content.xml' % (pg.no - 1)] = ''.join(x)
    parts['Doc_0/PublicRes.xml'] = publicres_xml(q, flist)
    parts['Doc_0/Document.xml'] = document_xml(
        q, ids.n, [(pid, 'Pages/Page_%d/Content.xml' % i) for i, pid in enumerate(page_ids)])
    parts['OFD.xml'] = ofd_xml(q, 'Doc_0/Document.xml', info)
    write_zip(fname, parts)


# ===================================================================== main
BASE = dict(left=26.0, W=28 * S16, top=37.0, bottom=262.0, pitch=10.0, body=S(FS, S16), pn='center', pn_y=274.0)

FILES = [
    ('01_yunling_provincial_committee_2013.ofd', D.doc1, write1, dict(pitch=28 * 25.4 / 72, pn='oddeven'),
     dict(Title='中共云岭省委关于贯彻落实中央八项规定精神改进工作作风的实施办法', Author='中共云岭省委办公厅',
          CreationDate='2013-01-08', Creator='WPS Office', CreatorVersion='11.8.2.8621')),
    ('02_qingxi_city_gov_office_2013.ofd', D.doc2, write2, dict(),
     dict(Title='', Author='', CreationDate='2013-03-18', Creator='PDF2OFD Converter', CreatorVersion='2.3.0')),
    ('03_tongxi_county_table_2014.ofd', D.doc3, write3, dict(),
     dict(Title='中共桐溪县委常委会党的群众路线教育实践活动整改方案', Author='桐溪县委办',
          CreationDate='2014-03-05', Creator='Foxit OFD Creator', CreatorVersion='9.1')),
    ('04_yunling_transport_dept_redhead_2013.ofd', D.doc4, write4, dict(pn_layer='fg'),
     dict(Title='云交发〔2013〕12号', Author='云岭省交通运输厅办公室', CreationDate='2013-02-20',
          ModDate='2013-02-20', Creator='WPS Office', CreatorVersion='9.1.0.4468')),
    ('05_baisha_township_2013.ofd', D.doc5, write5, dict(),
     dict(Title='白沙镇四风专项整治方案', CreationDate='2013-09-10', Creator='OFD Writer', CreatorVersion='1.0')),
    ('06_yunling_energy_group_2024.ofd', D.doc6, write6, dict(pitch=10.3, pn='oddeven', bottom=263.0),
     dict(Title='关于持续深化纠治“四风”的若干措施', Author='党委办公室', CreationDate='2024-03-15',
          Creator='Suwell OFD Writer', CreatorVersion='5.0.24.0315')),
]


def main():
    os.makedirs(os.path.join(HERE, 'files'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'truth'), exist_ok=True)
    keyrows = []
    for fname, docf, writer, cfgx, info in FILES:
        cfg = dict(BASE)
        cfg.update(cfgx)
        lay = Layout(cfg)
        lay.run(docf())
        info = dict(info)
        info['DocID'] = docid(fname)
        writer(lay, os.path.join(HERE, 'files', fname), info)
        with open(os.path.join(HERE, 'truth', fname + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lay.truth_lines()) + '\n')
        for m, p in lay.keys:
            keyrows.append((fname, m, p))
        if os.environ.get('DUMP'):
            for pg in lay.pages:
                print('=== page', pg.no)
                for ln in pg.lines:
                    print('%6.1f %6.1f %-7s %s' % (ln.glyphs[0].x, ln.baseline, ln.kind, ln.text()))
        print('%-45s pages=%d measures=%d' % (fname, len(lay.pages), len(lay.keys)))
    with open(os.path.join(HERE, 'key.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['file', 'number', 'text_prefix'])
        w.writerows(keyrows)


if __name__ == '__main__':
    main()
