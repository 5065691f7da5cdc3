#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Structural check of the generated .ofd files (not a text extractor).

For every package: all XML parts well-formed and in the OFD namespace;
DocRoot / PublicRes / DocumentRes / TemplatePage / Page BaseLocs resolve
(relative to the referring file's folder, or to the package root when they
start with '/'); every TextObject Font, ImageObject ResourceID, Template
TemplateID, FillColor/StrokeColor ColorSpace resolves; MediaFile exists;
IDs unique and <= MaxUnitID; first TextCode of each TextObject has X and Y;
DeltaX (with 'g N v' expanded) has len(text)-1 entries; signature
BaseLoc / FileRef / SignedValue / StampAnnot PageRef resolve and the
CheckValue digests match.  Prints pages, TextObjects and characters.
"""
import base64
import glob
import hashlib
import os
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = 'http://www.ofdspec.org/2016'
HERE = os.path.dirname(os.path.abspath(__file__))


def ln(tag):
    return tag.rsplit('}', 1)[-1]


def ns(tag):
    return tag[1:].split('}')[0] if tag.startswith('{') else ''


def resolve(base_file, loc):
    loc = loc.strip()
    if loc.startswith('/'):
        return posixpath.normpath(loc.lstrip('/'))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_file), loc))


def child(e, name):
    for c in e:
        if ln(c.tag) == name:
            return c
    return None


def children(e, name):
    return [c for c in e if ln(c.tag) == name]


def expand_dx(s):
    t = s.split()
    out = []
    i = 0
    while i < len(t):
        if t[i] == 'g':
            out += [float(t[i + 2])] * int(t[i + 1])
            i += 3
        else:
            out.append(float(t[i]))
            i += 1
    return out


def check(path):
    errs = []
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    trees = {}
    for n in sorted(names):
        if n.endswith('.xml'):
            try:
                trees[n] = ET.fromstring(z.read(n))
            except ET.ParseError as e:
                errs.append('%s: not well-formed: %s' % (n, e))
                continue
            for el in trees[n].iter():
                if ns(el.tag) != NS:
                    errs.append('%s: element %s not in OFD namespace' % (n, el.tag))
                    break

    def need(p, what):
        if p not in names:
            errs.append('%s does not resolve (%s)' % (p, what))
            return False
        return True

    ofd = trees['OFD.xml']
    body = child(ofd, 'DocBody')
    docroot = child(body, 'DocRoot').text
    docpath = resolve('OFD.xml', docroot)
    if not need(docpath, 'DocRoot'):
        return errs, None
    doc = trees[docpath]
    cd = child(doc, 'CommonData')
    maxid = int(child(cd, 'MaxUnitID').text)
    ids = {}

    def reg(i, where):
        i = int(i)
        if i in ids:
            errs.append('duplicate ID %d (%s, %s)' % (i, ids[i], where))
        ids[i] = where
        if i > maxid:
            errs.append('ID %d > MaxUnitID %d (%s)' % (i, maxid, where))

    fonts, media, cspaces = set(), set(), set()
    for tag in ('PublicRes', 'DocumentRes'):
        for r in children(cd, tag):
            rp = resolve(docpath, r.text)
            if not need(rp, tag):
                continue
            res = trees[rp]
            base = res.get('BaseLoc', '')
            for el in res.iter():
                t = ln(el.tag)
                if t in ('Font', 'MultiMedia', 'ColorSpace', 'DrawParam', 'CompositeGraphicUnit'):
                    reg(el.get('ID'), rp)
                if t == 'Font':
                    fonts.add(el.get('ID'))
                    ff = child(el, 'FontFile')
                    if ff is not None:
                        need(resolve(rp, posixpath.join(base, ff.text)), 'FontFile')
                if t == 'ColorSpace':
                    cspaces.add(el.get('ID'))
                if t == 'MultiMedia':
                    media.add(el.get('ID'))
                    mf = child(el, 'MediaFile')
                    need(resolve(rp, posixpath.join(base, mf.text) if not mf.text.startswith('/') else mf.text),
                         'MediaFile')
    tpls = {}
    for t in children(cd, 'TemplatePage'):
        reg(t.get('ID'), 'TemplatePage')
        tp = resolve(docpath, t.get('BaseLoc'))
        if need(tp, 'TemplatePage'):
            tpls[t.get('ID')] = tp
    pages = []
    for p in children(child(doc, 'Pages'), 'Page'):
        reg(p.get('ID'), 'Page')
        pp = resolve(docpath, p.get('BaseLoc'))
        if need(pp, 'Page BaseLoc'):
            pages.append((p.get('ID'), pp))
    stats = dict(pages=len(pages), textobjects=0, chars=0, paths=0, images=0, pageblocks=0, layers=0)
    for kind, part in [('tpl', t) for t in tpls.values()] + [('page', pp) for _, pp in pages]:
        pg = trees[part]
        for el in pg.iter():
            t = ln(el.tag)
            if t == 'Template' and el.get('TemplateID') not in tpls:
                errs.append('%s: TemplateID %s unresolved' % (part, el.get('TemplateID')))
            if el.get('ID') and t in ('Layer', 'TextObject', 'PathObject', 'ImageObject', 'PageBlock',
                                      'CompositeObject'):
                reg(el.get('ID'), part)
            if t in ('FillColor', 'StrokeColor') and el.get('ColorSpace') and el.get('ColorSpace') not in cspaces:
                errs.append('%s: ColorSpace %s unresolved' % (part, el.get('ColorSpace')))
            if kind == 'page':
                if t == 'Layer':
                    stats['layers'] += 1
                if t == 'PageBlock':
                    stats['pageblocks'] += 1
                if t == 'PathObject':
                    stats['paths'] += 1
            if t == 'ImageObject':
                stats['images'] += kind == 'page'
                if el.get('ResourceID') not in media:
                    errs.append('%s: ResourceID %s unresolved' % (part, el.get('ResourceID')))
            if t == 'TextObject':
                if el.get('Font') not in fonts:
                    errs.append('%s: Font %s unresolved' % (part, el.get('Font')))
                if kind == 'page':
                    stats['textobjects'] += 1
                codes = children(el, 'TextCode')
                if not codes:
                    errs.append('%s: TextObject %s without TextCode' % (part, el.get('ID')))
                elif codes[0].get('X') is None or codes[0].get('Y') is None:
                    errs.append('%s: first TextCode of %s lacks X/Y' % (part, el.get('ID')))
                for c in codes:
                    txt = c.text or ''
                    if kind == 'page':
                        stats['chars'] += len(txt)
                    if c.get('DeltaX') is not None:
                        n = len(expand_dx(c.get('DeltaX')))
                        if n != len(txt) - 1:
                            errs.append('%s: DeltaX count %d for %d chars in %s' % (part, n, len(txt), el.get('ID')))
    # signatures
    sg = child(body, 'Signatures')
    stats['signatures'] = 0
    if sg is not None:
        sp = resolve('OFD.xml', sg.text)
        if need(sp, 'Signatures'):
            page_ids = {pid for pid, _ in pages}
            for s in children(trees[sp], 'Signature'):
                stats['signatures'] += 1
                sfile = resolve(sp, s.get('BaseLoc'))
                if not need(sfile, 'Signature BaseLoc'):
                    continue
                sroot = trees[sfile]
                si = child(sroot, 'SignedInfo')
                refs = child(si, 'References')
                meth = refs.get('CheckMethod', '')
                algo = 'sm3' if meth in ('1.2.156.10197.1.401', 'SM3', '') else 'sha256'
                for r in children(refs, 'Reference'):
                    fp = resolve(sfile, r.get('FileRef'))
                    if need(fp, 'Reference FileRef'):
                        dig = base64.b64encode(hashlib.new(algo, z.read(fp)).digest()).decode()
                        if dig != child(r, 'CheckValue').text.strip():
                            errs.append('digest mismatch for %s' % fp)
                for sa in children(si, 'StampAnnot'):
                    if sa.get('PageRef') not in page_ids:
                        errs.append('StampAnnot PageRef %s unresolved' % sa.get('PageRef'))
                need(resolve(sfile, child(sroot, 'SignedValue').text), 'SignedValue')
    return errs, stats


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'files', '*.ofd')))
    bad = 0
    for f in files:
        errs, st = check(f)
        name = os.path.basename(f)
        if st:
            print('%-45s pages=%d textobjects=%4d chars=%4d paths=%2d images=%d pageblocks=%2d layers=%d sigs=%d  %s'
                  % (name, st['pages'], st['textobjects'], st['chars'], st['paths'], st['images'],
                     st['pageblocks'], st['layers'], st['signatures'], 'OK' if not errs else 'ERRORS'))
        for e in errs:
            print('    ' + e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
