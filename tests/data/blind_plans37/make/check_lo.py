"""LibreOffice check: convert every RTF to UTF-8 text with soffice and compare it with
make/truth/<file>.flat.txt (one paragraph per line, cell paragraphs on their own lines).

Normalisation before comparing (list-number rendering only): BOM dropped, empty lines
dropped, leading/trailing whitespace stripped, a run of spaces/tabs read as one space.
"""
import glob, os, re, subprocess, sys, difflib, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LO = os.path.join(tempfile.gettempdir(), 'blind_plans37_lo')


def norm(lines):
    res = []
    for l in lines:
        l = l.replace('\ufeff', '')
        l = re.sub(r'[ \t]+', ' ', l.strip())
        if l:
            res.append(l)
    return res


ENCLOSE = {'footnote': ('<text:note ', '</text:note>'), 'annotation': ('<office:annotation', '</office:annotation>'),
           'textbox': ('<draw:text-box', '</draw:text-box>'), 'header': ('<style:header', '</style:header>'),
           'footer': ('<style:footer', '</style:footer>')}


def check_marks(base, rtf):
    """Things LibreOffice's text export prints (or drops) although its document model marks
    them: convert to flat ODF and check each is where the generator says it is."""
    marks = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'work', base + '.lo_marks.tsv'), encoding='utf-8') if l.strip()]
    if not marks:
        return True
    d = os.path.join(LO, 'fodt')
    os.makedirs(d, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', 'fodt', '--outdir', d, rtf],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    x = open(os.path.join(d, base + '.fodt'), encoding='utf-8').read()
    ok = True
    for kind, text, after in marks:
        p = x.find(text, x.find(after) + len(after) if after else 0)
        good = False
        if kind == 'images':
            n = x.count('<draw:image')
            good, why = n == int(text), '%d images' % n
        elif kind == 'pagefield':
            a, b = ENCLOSE[text]
            i = x.find(a)
            good = i >= 0 and '<text:page-number' in x[i:x.find(b, i)]
            why = 'no PAGE field in the %s' % text
        elif p < 0:
            why = 'not found'
        elif kind.startswith('colspan:') or kind.startswith('rowspan:'):
            attr = 'table:number-%s-spanned="%s"' % ('columns' if kind.startswith('col') else 'rows', kind.split(':')[1])
            c = x.rfind('<table:table-cell', 0, p)
            tag = x[c:x.find('>', c)]
            good, why = attr in tag, 'cell tag: ' + tag[:120]
        elif kind == 'nested':
            depth = len(re.findall(r'<table:table ', x[:p])) - x[:p].count('</table:table>')
            good, why = depth >= 2, 'table depth %d' % depth
        elif kind in ('deletion', 'insertion'):
            m = list(re.finditer(r'<text:change-start text:change-id="([^"]+)"/>', x[:p]))
            why = 'not inside a change region'
            if m:
                cid = m[-1].group(1)
                if x.find('<text:change-end text:change-id="%s"/>' % cid, m[-1].end(), p) < 0:
                    r = x.find('xml:id="%s"' % cid)
                    kinds = re.search(r'<text:(deletion|insertion|format-change)>', x[r:])
                    good = kinds is not None and kinds.group(1) == kind
                    why = 'change region is a %s' % (kinds.group(1) if kinds else '?')
        elif kind == 'hidden':
            m = list(re.finditer(r'<text:span text:style-name="([^"]+)">', x[:p]))
            why = 'no span'
            if m:
                st = re.search(r'<style:style style:name="%s" style:family="text">(.*?)</style:style>' % re.escape(m[-1].group(1)), x, re.S)
                good = st is not None and 'text:display="none"' in st.group(1)
                why = 'span style is not hidden'
        elif kind in ENCLOSE:
            a, b = ENCLOSE[kind]
            good = x.rfind(a, 0, p) > x.rfind(b, 0, p) and x.rfind(a, 0, p) >= 0
            why = 'not inside %s' % a
        else:
            why = 'unknown kind'
        print('    %-10s %-5s %s%s' % (kind, 'ok' if good else 'WRONG', text[:24], '' if good else '  (' + why + ')'))
        ok &= good
    return ok


def main(names):
    os.makedirs(LO, exist_ok=True)
    files = sorted(glob.glob(os.path.join(OUT, 'f70_0*.rtf')))
    if names:
        files = [f for f in files if any(n in f for n in names)]
    subprocess.run(['soffice', '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', LO] + files,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    ok = True
    for f in files:
        base = os.path.splitext(os.path.basename(f))[0]
        lo_path = os.path.join(LO, base + '.txt')
        if not os.path.exists(lo_path):
            print('%s: LibreOffice produced nothing' % base); ok = False; continue
        got = norm(open(lo_path, encoding='utf-8').read().split('\n'))
        want = norm(open(os.path.join(HERE, 'work', base + '.lo_view.txt'), encoding='utf-8').read().split('\n'))
        nosp = lambda xs: [re.sub(r'[ \t]', '', x) for x in xs]
        if got == want:
            print('%s: SAME (%d paragraphs)' % (base, len(want)))
        elif nosp(got) == nosp(want):
            n = sum(1 for a, b in zip(got, want) if a != b)
            print('%s: SAME apart from the space LibreOffice puts after %d list labels (%d paragraphs)' % (base, n, len(want)))
        else:
            ok = False
            print('%s: DIFFERENT' % base)
            for d in difflib.unified_diff(want, got, 'truth', 'libreoffice', lineterm='', n=1):
                print('   ', d)
        ok &= check_marks(base, f)
    return ok


if __name__ == '__main__':
    sys.exit(0 if main(sys.argv[1:]) else 1)
