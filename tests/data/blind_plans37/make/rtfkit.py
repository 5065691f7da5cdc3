"""Small helpers shared by the six hand-written RTF generators (stdlib only).

Each generator writes its RTF bytes itself, in the habits of one producer; this module
only holds the text model every generator fills in:

* ``Truth`` collects the plan as it is meant to read (``make/truth/<file>.txt``),
  a flat list of paragraphs for the LibreOffice comparison, the measures for key.csv
  and the ambiguous items for disagreements.csv.
* a few encoders (GBK hex pairs, \\uN escapes) that several producers share.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)                 # the batch folder
TRUTH_DIR = os.path.join(HERE, 'truth')
WORK_DIR = os.path.join(HERE, 'work')     # LibreOffice view, key and checks (not truth)


class Truth:
    """The plan's text as a reader sees it.

    lines: one entry per paragraph; a table row is one entry with its cells joined by TAB
           (paragraphs inside one cell joined by one space; cells covered by a vertical
           merge written empty; cells covered by a horizontal merge left out).
    flat:  what LibreOffice's text export is expected to show: every paragraph on its own,
           cell paragraphs included, in reading order, plus what that export prints although
           the document model marks it (tracked deletions, hidden text, footnote numbers);
           written to make/work/, never to make/truth/.
    """

    def __init__(self, fname):
        self.fname = fname
        self.lines = []
        self.flat = []
        self.measures = []        # (number, text after the number)
        self.disagree = []        # (text_prefix, reason)
        self.marks = []           # (kind, text): things LibreOffice's text export shows but
                                  # marks in its document model (deleted, hidden, ...)

    def mark(self, kind, text, after=''):
        """after: a string just before `text` in the document, to find the right occurrence."""
        self.marks.append((kind, text, after))

    # ---- paragraphs -------------------------------------------------------------
    def para(self, text, measure=None, disagree=None, flat=None):
        """text: the paragraph as drawn (list number included).
        measure: None, or (number, text after number) when the paragraph starts a measure.
        disagree: None, or (text after number, reason).
        flat: how LibreOffice's text export shows the paragraph, when that differs
              (e.g. a soft line break \\line, exported as a new line)."""
        self.lines.append(text)
        self.flat.extend([text] if flat is None else flat)
        if measure is not None:
            self.measures.append(measure)
        if disagree is not None:
            self.disagree.append((disagree[0][:12], disagree[1]))

    def row(self, cells, measure=None, disagree=None, flat=None):
        """cells: list of cell contents, each a list of paragraphs (None = covered by a
        horizontal merge, left out; [] = covered by a vertical merge, written empty)."""
        shown = [c for c in cells if c is not None]
        self.lines.append('\t'.join(' '.join(c) for c in shown))
        if flat is None:
            for c in shown:
                self.flat.extend(c)
        else:
            self.flat.extend(flat)
        if measure is not None:
            self.measures.append(measure)
        if disagree is not None:
            for d in disagree:
                self.disagree.append((d[0][:12], d[1]))

    def write(self):
        os.makedirs(TRUTH_DIR, exist_ok=True)
        os.makedirs(WORK_DIR, exist_ok=True)
        base = os.path.splitext(self.fname)[0]
        with open(os.path.join(TRUTH_DIR, base + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(self.lines) + '\n')
        with open(os.path.join(WORK_DIR, base + '.lo_view.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(self.flat) + '\n')
        with open(os.path.join(WORK_DIR, base + '.key.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            for num, text in self.measures:
                f.write('%s\t%s\n' % (num, text[:12]))
        with open(os.path.join(WORK_DIR, base + '.disagree.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            for pre, why in self.disagree:
                f.write('%s\t%s\n' % (pre, why))
        with open(os.path.join(WORK_DIR, base + '.lo_marks.tsv'), 'w', encoding='utf-8', newline='\n') as f:
            for kind, text, after in self.marks:
                f.write('%s\t%s\t%s\n' % (kind, text, after))


def esc_ascii(ch):
    if ch in '\\{}':
        return '\\' + ch
    return ch


def gbk_hex(s, upper=False):
    """Every non-ASCII character as \\'xx\\'xx GBK byte pairs; ASCII as is (escaped)."""
    fmt = "\\'%02X" if upper else "\\'%02x"
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(esc_ascii(ch))
        else:
            out.append(''.join(fmt % b for b in ch.encode('gbk')))
    return ''.join(out)


def u_signed(cp):
    """RTF \\uN takes a signed 16-bit value."""
    return cp - 65536 if cp > 32767 else cp


def utf16_units(ch):
    b = ch.encode('utf-16-be')
    return [int.from_bytes(b[i:i + 2], 'big') for i in range(0, len(b), 2)]


def write_bytes(fname, data):
    path = os.path.join(OUT, fname)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def word_wrap(src, width=255, eol='\r\n'):
    """Word's way of keeping RTF source lines short: break before a control word once a
    line passes `width` characters.  Never breaks inside a control word, between a
    backslash and the character it escapes, or inside a \\'xx pair."""
    lines = []
    for line in src.split('\n'):
        while len(line) > width:
            cut = line.rfind('\\', 0, width)
            # step back over escaped backslashes / symbols (\\\\, \\{, \\})
            while cut > 0 and (line[cut - 1] == '\\' or line[cut + 1:cut + 2] in ('\\', '{', '}') or line[cut - 2:cut] == '\\*'):
                cut = line.rfind('\\', 0, cut - 1)
            if cut <= 0:
                break
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return eol.join(lines)


def hex_lines(data, per_line=128, eol='\r\n'):
    h = data.hex()
    return eol.join(h[i:i + per_line] for i in range(0, len(h), per_line))


def u_escape(s, fallback='?', keep_ascii=True):
    """\\uN? escapes (Word 2007+ with \\uc1): non-ASCII characters as signed \\uN plus a
    one-character fallback."""
    out = []
    for ch in s:
        if keep_ascii and ord(ch) < 128:
            out.append(esc_ascii(ch))
        else:
            for u in utf16_units(ch):
                out.append('\\u%d%s' % (u_signed(u), fallback))
    return ''.join(out)


def u_escape_gbk(s):
    """\\uc2 runs: \\uN followed by the two GBK bytes as fallback."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(esc_ascii(ch))
        else:
            b = ch.encode('gbk')
            out.append('\\u%d' % u_signed(ord(ch)) + ''.join("\\'%02x" % x for x in b))
    return ''.join(out)


def make_png(w, h, pixel, text_chunks=()):
    """A small truecolour+alpha PNG drawn by pixel(x, y) -> (r, g, b, a)."""
    import struct, zlib

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    out = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
    for k, v in text_chunks:
        out += chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v)
    out += chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    return out


def seal_pixel(w, h, ring=0.12):
    """A red round seal with a star: what Chinese offices stamp on signatures."""
    import math
    cx, cy, r = (w - 1) / 2, (h - 1) / 2, min(w, h) / 2 - 1

    def px(x, y):
        d = math.hypot(x - cx, y - cy) / r
        if 1 - ring <= d <= 1:
            return (220, 20, 30, 255)
        # five-pointed star in the middle
        ang = math.atan2(y - cy, x - cx) + math.pi / 2
        k = (ang % (2 * math.pi / 5)) / (2 * math.pi / 5)
        lim = 0.38 * (0.45 + 0.55 * abs(1 - 2 * k))
        if d < lim:
            return (220, 20, 30, 255)
        return (255, 255, 255, 0)
    return px


def make_wmf(w, h, rgb=(220, 20, 30)):
    """A minimal Windows metafile (no placeable header, as RTF \\wmetafile8 wants it):
    SetWindowOrg, SetWindowExt, CreateBrushIndirect, SelectObject, Ellipse, EOF."""
    import struct
    recs = []

    def rec(func, *params):
        recs.append(struct.pack('<IH', 3 + len(params), func) + b''.join(struct.pack('<h', p) for p in params))
    rec(0x020B, 0, 0)                 # META_SETWINDOWORG (y, x)
    rec(0x020C, h, w)                 # META_SETWINDOWEXT (y, x)
    brush = struct.pack('<IHHI H', 7, 0x02FC, 0, rgb[0] | rgb[1] << 8 | rgb[2] << 16, 0)
    recs.append(brush)                # META_CREATEBRUSHINDIRECT
    rec(0x012D, 0)                    # META_SELECTOBJECT
    rec(0x0418, h, w, 0, 0)           # META_ELLIPSE (bottom, right, top, left)
    rec(0x0000)                       # META_EOF
    body = b''.join(recs)
    maxrec = max(len(r) for r in recs) // 2
    size = (18 + len(body)) // 2
    header = struct.pack('<HHHIHIH', 1, 9, 0x0300, size, 1, maxrec, 0)
    return header + body
