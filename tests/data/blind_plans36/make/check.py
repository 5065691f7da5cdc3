#!/usr/bin/env python3
"""check.py - structural check of the generated .ofd files (NOT a text reader).

For every file: unzip, parse every XML part with xml.etree, resolve every
DocRoot / PublicRes / DocumentRes / TemplatePage / Page BaseLoc, Res BaseLoc +
MediaFile, Annotations FileLoc, and every Font / ResourceID / TemplateID /
DrawParam / PageID reference; check ID uniqueness and MaxUnitID; check that
each TextCode's expanded DeltaX list has at most len(text)-1 values.  Prints
pages, TextObjects and characters per file.
"""
import glob, os, posixpath, sys, zipfile
import xml.etree.ElementTree as ET

NS = 'http://www.ofdspec.org/2016'
Q = lambda t: '{%s}%s' % (NS, t)
BASE = os.path.dirname(os.path.abspath(__file__))


def resolve(base_dir, loc):
    loc = loc.strip()
    p = loc.lstrip('/') if loc.startswith('/') else posixpath.join(base_dir, loc)
    p = posixpath.normpath(p)
    return '' if p == '.' else p


def expand_dx(s):
    toks, out, i = s.split(), [], 0
    while i < len(toks):
        if toks[i] == 'g':
            out += [float(toks[i + 2])] * int(toks[i + 1])
            i += 3
        else:
            out.append(float(toks[i]))
            i += 1
    return out


def check(path):
    errs, warn = [], []
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    xml = {}
    for n in names:
        if n.endswith('.xml'):
            try:
                xml[n] = ET.fromstring(z.read(n))
            except ET.ParseError as e:
                errs.append('parse %s: %s' % (n, e))
            else:
                if not xml[n].tag.startswith('{%s}' % NS):
                    errs.append('%s: root not in OFD namespace' % n)
    used = {'OFD.xml'}

    def need(p, what):
        if p not in names:
            errs.append('%s -> missing %s' % (what, p))
            return False
        used.add(p)
        return True

    stats = {'pages': 0, 'page_text': 0, 'tpl_text': 0, 'annot_text': 0, 'chars': 0,
             'tpl_chars': 0, 'annot_chars': 0, 'images': 0, 'paths': 0, 'composites': 0,
             'landscape': 0}
    ofd = xml['OFD.xml']
    for body in ofd.findall(Q('DocBody')):
        droot = resolve('', body.find(Q('DocRoot')).text)
        if not need(droot, 'DocRoot'):
            continue
        doc = xml[droot]
        ddir = posixpath.dirname(droot)
        ids = {}

        def collect_ids(root, where):
            for el in root.iter():
                if 'ID' in el.attrib:
                    i = int(el.attrib['ID'])
                    if i in ids:
                        errs.append('duplicate ID %d (%s and %s)' % (i, ids[i], where))
                    ids[i] = where
        collect_ids(doc, droot)
        cd = doc.find(Q('CommonData'))
        fonts, media, units, dparams = set(), set(), set(), set()
        for tag in ('PublicRes', 'DocumentRes'):
            for r in cd.findall(Q(tag)):
                rp = resolve(ddir, r.text)
                if not need(rp, tag):
                    continue
                res = xml[rp]
                collect_ids(res, rp)
                rbase = resolve(posixpath.dirname(rp), res.attrib.get('BaseLoc', ''))
                for f in res.iter(Q('Font')):
                    fonts.add(f.attrib['ID'])
                    ff = f.find(Q('FontFile'))
                    if ff is not None:
                        need(resolve(rbase, ff.text), 'FontFile')
                for m in res.iter(Q('MultiMedia')):
                    media.add(m.attrib['ID'])
                    need(resolve(rbase, m.find(Q('MediaFile')).text), 'MediaFile')
                for u in res.iter(Q('CompositeGraphicUnit')):
                    units.add(u.attrib['ID'])
                for dp in res.iter(Q('DrawParam')):
                    dparams.add(dp.attrib['ID'])
        tpls = {}
        for t in cd.findall(Q('TemplatePage')):
            tp = resolve(ddir, t.attrib['BaseLoc'])
            if need(tp, 'TemplatePage %s' % t.attrib['ID']):
                tpls[t.attrib['ID']] = tp
        pages = []
        for pg in doc.find(Q('Pages')).findall(Q('Page')):
            pp = resolve(ddir, pg.attrib['BaseLoc'])
            if need(pp, 'Page %s' % pg.attrib['ID']):
                pages.append((pg.attrib['ID'], pp))
        stats['pages'] += len(pages)
        pageids = {i for i, _ in pages}
        mx = int(cd.find(Q('MaxUnitID')).text)

        def scan(root, where, kind):
            for el in root.iter():
                tag = el.tag.split('}')[1]
                if tag == 'TextObject':
                    if el.attrib.get('Font') not in fonts:
                        errs.append('%s: TextObject %s Font %s unresolved' % (where, el.attrib.get('ID'), el.attrib.get('Font')))
                    stats[kind + '_text'] += 1
                    for tc in el.findall(Q('TextCode')):
                        t = tc.text or ''
                        stats['chars' if kind == 'page' else kind + '_chars'] += len(t)
                        if 'DeltaX' in tc.attrib and len(expand_dx(tc.attrib['DeltaX'])) > max(len(t) - 1, 0):
                            errs.append('%s: DeltaX longer than text %r' % (where, t))
                elif tag == 'ImageObject':
                    stats['images'] += 1
                    if el.attrib.get('ResourceID') not in media:
                        errs.append('%s: ImageObject ResourceID unresolved' % where)
                elif tag == 'CompositeObject':
                    stats['composites'] += 1
                    if el.attrib.get('ResourceID') not in units:
                        errs.append('%s: CompositeObject ResourceID unresolved' % where)
                elif tag == 'PathObject':
                    stats['paths'] += 1
                    if 'DrawParam' in el.attrib and el.attrib['DrawParam'] not in dparams:
                        errs.append('%s: DrawParam unresolved' % where)
                elif tag == 'Template':
                    if el.attrib.get('TemplateID') not in tpls:
                        errs.append('%s: TemplateID %s unresolved' % (where, el.attrib.get('TemplateID')))
        for _, tp in tpls.items():
            collect_ids(xml[tp], tp)
            scan(xml[tp], tp, 'tpl')
        for _, pp in pages:
            collect_ids(xml[pp], pp)
            scan(xml[pp], pp, 'page')
            area = xml[pp].find(Q('Area'))
            if area is not None:
                bx = area.find(Q('PhysicalBox')).text.split()
                if float(bx[2]) > float(bx[3]):
                    stats['landscape'] += 1
        an = doc.find(Q('Annotations'))
        if an is not None:
            ap = resolve(ddir, an.text)
            if need(ap, 'Annotations'):
                for p in xml[ap].findall(Q('Page')):
                    if p.attrib['PageID'] not in pageids:
                        errs.append('Annotations PageID %s unresolved' % p.attrib['PageID'])
                    fp = resolve(posixpath.dirname(ap), p.find(Q('FileLoc')).text)
                    if need(fp, 'Annot FileLoc'):
                        collect_ids(xml[fp], fp)
                        scan(xml[fp], fp, 'annot')
        for (rp, root) in [(n, xml[n]) for n in list(used) if n in xml]:
            for u in root.iter(Q('CompositeGraphicUnit')):
                scan(u, rp, 'tpl')
        if ids and max(ids) > mx:
            errs.append('MaxUnitID %d < max ID %d' % (mx, max(ids)))
    orphans = sorted(n for n in names - used if not n.endswith('/'))
    if orphans:
        warn.append('unreferenced parts: %s' % orphans)
    return stats, errs, warn


def main():
    files = sorted(glob.glob(os.path.join(BASE, 'files', '*.ofd')))
    bad = 0
    for f in files:
        st, errs, warn = check(f)
        print('%-22s pages=%d (landscape %d)  page TextObjects=%d chars=%d | template TextObjects=%d chars=%d | '
              'annotation TextObjects=%d chars=%d | images=%d paths=%d composites=%d  %s'
              % (os.path.basename(f), st['pages'], st['landscape'], st['page_text'], st['chars'],
                 st['tpl_text'], st['tpl_chars'], st['annot_text'], st['annot_chars'],
                 st['images'], st['paths'], st['composites'], 'OK' if not errs else 'ERRORS'))
        for e in errs:
            print('   ERROR', e)
        for w in warn:
            print('   note', w)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
