"""Word 97–2003 binary documents (``.doc``, and WPS ``.wps`` files saved in Word's binary format) as text.

Many plans reach researchers as the ``.doc`` attachment of a government web page. The file is an OLE2
compound file (read with ``olefile``) whose ``WordDocument`` stream holds the text and whose table stream
(``0Table``/``1Table``) holds where it lies; the layout is Microsoft's published [MS-DOC] format:

- the *piece table* (CLX) maps the main document's characters (``FibRgLw97.ccpText`` of them) to byte runs
  of the ``WordDocument`` stream, UTF-16LE or one byte per character (cp1252);
- paragraph properties (PAPX, in 512-byte pages listed by ``PlcBtePapx``) say whether a paragraph is in a
  table, ends a table row, or is an item of an automatic list (``sprmPIlfo``, ``sprmPIlvl``), directly or
  through its paragraph style (the ``STSH`` style sheet, each style adding to its base style);
- the list definitions (``PlfLst``: per list, per level the number format and the label such as
  ``（%1）``) and the list instances paragraphs point to (``PlfLfo``, with start-at overrides).

What comes out has the shape :func:`analysis.loaders.docx_to_text` gives a ``.docx``: one paragraph per
line, an automatic list number drawn before its paragraph as Word draws it (plans typed in Word number
their measures this way; without the numbers the plan would lose its structure), a table row whose cells
each hold one paragraph as one line of tab-separated cells (a merged cell once), tracked changes read as
accepted (deleted text left out), hidden text left out, field codes dropped and field results kept, a text
box's paragraphs after the paragraph it is anchored in. Not read, as for ``.docx``: headers, footers, footnotes and
comments. Refused with the reason: Word 6.0/95 files, password-protected files, OLE2 files without a Word
document stream (old WPS formats, spreadsheets), damaged structures.
"""
from __future__ import annotations

import bisect
import io
import re
import struct

from .loaders import UnusableFile, is_data_table
from .wordnum import ListNumbers

# Offsets in the FIB (the header of the WordDocument stream), [MS-DOC] 2.5.1–2.5.6
_FIB_IDENT = 0xA5EC
_MIN_NFIB = 0x00C1  # Word 97; lower is Word 6.0/95, whose text and properties are laid out otherwise
_OFF_FLAGS = 0x0A  # FibBase: fComplex 0x0004, fEncrypted 0x0100, fWhichTblStm 0x0200
_OFF_CCP_TEXT = 0x4C  # FibRgLw97: characters in the main text, then footnotes, headers, (macros), comments,
# endnotes and text boxes, each story after the one before in character positions (CPs)
_OFF_STSHF = 0xA2  # FibRgFcLcb97 pairs (fc, lcb): style sheet
_OFF_PLCF_BTE_CHPX = 0xFA  # character-property pages
_OFF_PLCF_BTE_PAPX = 0x102  # paragraph-property pages
_OFF_CLX = 0x1A2  # piece table
_OFF_PLC_SPA_MOM = 0x1DA  # shapes anchored in the main text: anchor character and shape id
_OFF_PLCF_TXBX_TXT = 0x25A  # text box stories: where each starts in the text-box text, and its shape id
_OFF_PLF_LST = 0x2E2  # list definitions
_OFF_PLF_LFO = 0x2EA  # list instances

# Paragraph sprms (property modifiers) read here
_SPRM_ILVL, _SPRM_ILFO = 0x260A, 0x460B
_SPRM_IN_TABLE, _SPRM_TTP = 0x2416, 0x2417
_SPRM_ITAP, _SPRM_INNER_CELL, _SPRM_INNER_TTP = 0x6649, 0x244B, 0x244C
_SPRM_DELETED = 0x0800  # sprmCFRMarkDel: a tracked deletion (the text as it reads now leaves it out)
_SPRM_VANISH = 0x083C  # sprmCFVanish: hidden text, which Word neither shows nor prints (1 on; 0x81 the style's opposite)
_SPRM_DEF_TABLE = 0xD608  # a row's cells (TC80: merge flags); variable-size operand whose length takes two bytes
_SPRM_VERT_MERGE = 0xD62B  # a cell's vertical merge, set apart from the TC80s
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra bits; 6 = variable

# MSONFC number formats, as the format names of word/numbering.xml (what wordnum.format_number draws)
NFC_FORMATS = {0x00: "decimal", 0x01: "upperRoman", 0x02: "lowerRoman", 0x03: "upperLetter", 0x04: "lowerLetter",
        0x0A: "ideographDigital", 0x0B: "japaneseCounting", 0x0E: "decimalFullWidth", 0x12: "decimalEnclosedCircle",
        0x13: "decimalFullWidth2", 0x16: "decimalZero", 0x17: "bullet", 0x1A: "decimalEnclosedFullstop",
        0x1B: "decimalEnclosedParen", 0x1C: "decimalEnclosedCircleChinese", 0x1D: "ideographEnclosedCircle",
        0x1E: "ideographTraditional", 0x21: "taiwaneseCounting", 0x22: "ideographLegalTraditional",
        0x23: "taiwaneseCountingThousand", 0x24: "taiwaneseDigital", 0x25: "chineseCounting",
        0x26: "chineseLegalSimplified", 0x27: "chineseCountingThousand", 0x2A: "koreanCounting", 0xFF: "none"}

# Characters of the main text: paragraph ends, fields, and marks that stand for objects
_PARAGRAPH_ENDS = "\r\x07\x0c"  # paragraph mark, table cell/row mark, section mark
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_TABLE_SPRMS = {_SPRM_IN_TABLE, _SPRM_TTP, _SPRM_ITAP, _SPRM_INNER_CELL, _SPRM_INNER_TTP}
_CHAR_MAP = {0x0B: "\n", 0x1E: "-", 0x09: "\t"}  # line break, non-breaking hyphen; other controls are dropped


# Where a picture's bytes start in a stream (PNG, JPEG, TIFF, BMP and GIF signatures), for pasted scans.
_PICTURE_START = re.compile(rb"\x89PNG\r\n\x1a\n|\xff\xd8\xff[\xc0-\xfe]|II\*\x00|MM\x00\*|GIF8[79]a")


def doc_images(data: bytes) -> list[bytes]:
    """The pictures stored in a Word 97–2003 file (inline ones in its ``Data`` stream, floating ones after the
    text of its ``WordDocument`` stream), in stream order: each from its signature to the next picture's (an
    image reader stops at its own end), kept when it opens as an image the size of a page. For a scan pasted
    into a ``.doc``; call after :func:`doc_to_text`."""
    import olefile

    out = []
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        for name in ("Data", "WordDocument"):
            if not ole.exists(name):
                continue
            stream = ole.openstream(name).read()
            starts = [m.start() for m in _PICTURE_START.finditer(stream)]
            out += [p for p in (stream[a:b] for a, b in zip(starts, [*starts[1:], len(stream)])) if _is_page(p)]
    return out


def _is_page(data: bytes, min_pixels: int = 300) -> bool:
    """``data`` opens as an image at least ``min_pixels`` wide and high (a page, not an icon or bytes that
    merely look like a signature)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            return min(img.size) >= min_pixels
    except Exception:  # Pillow raises many kinds on what is not an image
        return False


def doc_to_text(data: bytes) -> str:
    """The text of a Word 97–2003 binary document, one paragraph per line (see the module docstring).

    ``data``: the file's bytes (an OLE2 compound file). Returns the main document's text with ``\\n``
    between paragraphs. Raises :class:`~analysis.loaders.UnusableFile` naming what is wrong.
    """
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as exc:  # olefile raises OSError and others on a damaged container
        raise UnusableFile(f"not a readable Word .doc (broken OLE2 container: {exc})") from None
    with ole:
        if ole.exists("EncryptedPackage"):  # how Office stores a .docx (or .xlsx) saved with a password
            raise UnusableFile("a password-protected Office document (encrypted); save an unprotected copy")
        if not ole.exists("WordDocument"):
            raise UnusableFile("an OLE2 Office file without a Word document (an old WPS format, a spreadsheet or "
                               "a presentation?); save it as .docx")
        try:
            word = ole.openstream("WordDocument").read()
            if len(word) < 0x2F2 or struct.unpack_from("<H", word, 0)[0] != _FIB_IDENT:
                raise UnusableFile("not a Word document (its WordDocument stream has no Word header)")
            n_fib, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, _OFF_FLAGS)[0]
            if n_fib < _MIN_NFIB:
                raise UnusableFile("a Word 6.0/95 document, which is not supported; save it as .docx")
            if flags & 0x0100:
                raise UnusableFile("the .doc is password-protected (encrypted); save an unprotected copy")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(table_name):
                raise UnusableFile(f"damaged Word .doc: its table stream {table_name} is missing")
            table = ole.openstream(table_name).read()
            return "\n".join(_Document(word, table).lines())
        except UnusableFile:
            raise
        except struct.error as exc:  # a count or offset that points past the end of its stream
            raise UnusableFile(f"damaged Word .doc: a structure is cut short or points outside the file ({exc})") from None
        except (IndexError, ValueError, KeyError, OSError) as exc:
            raise UnusableFile(f"damaged Word .doc ({type(exc).__name__}: {exc})") from None


def _fc_lcb(word: bytes, offset: int) -> tuple[int, int]:
    return struct.unpack_from("<II", word, offset)


def sprms(grpprl: bytes):
    """``(sprm, operand bytes)`` of a list of property modifiers ([MS-DOC] 2.2.5.1); a truncated one ends it."""
    i, n = 0, len(grpprl)
    while i + 2 <= n:
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        spra = sprm >> 13
        if spra != 6:
            size, start = _OPERAND_SIZE[spra], i + 2
        elif sprm == _SPRM_DEF_TABLE:
            if i + 4 > n:
                return
            size, start = struct.unpack_from("<H", grpprl, i + 2)[0] - 1, i + 4
        else:
            if i + 3 > n:
                return
            size, start = grpprl[i + 2], i + 3
        if start + size > n:
            return
        yield sprm, grpprl[start:start + size]
        i = start + size


class _Document:
    """The parsed structures of one document (the state of one read; not kept)."""

    def __init__(self, word: bytes, table: bytes):
        self.word, self.table = word, table
        counts = struct.unpack_from("<7i", word, _OFF_CCP_TEXT)  # main text, footnotes … text boxes
        self.ccp_text = max(counts[0], 0)
        self.txbx_start = sum(max(c, 0) for c in counts[:6])
        self.pieces = self._pieces(*_fc_lcb(word, _OFF_CLX))
        self.piece_starts = [p[0] for p in self.pieces]
        self.text = self._main_text(self.txbx_start + max(counts[6], 0))
        self.boxes = self._text_boxes()
        self.left_out = self._left_out(*_fc_lcb(word, _OFF_PLCF_BTE_CHPX))
        self.papx = self._papx_runs(*_fc_lcb(word, _OFF_PLCF_BTE_PAPX))
        self.styles = self._style_props(*_fc_lcb(word, _OFF_STSHF))
        levels, self.list_of = self._lists()
        self.numbers = ListNumbers(levels)

    # --- text ---------------------------------------------------------------------------------

    def _pieces(self, fc: int, lcb: int) -> list[tuple[int, int, int, bool]]:
        """The piece table: ``(cp_start, cp_end, byte offset, compressed)`` per piece, in text order."""
        if lcb <= 0:
            raise UnusableFile("damaged Word .doc: no piece table")
        clx, i = self.table[fc:fc + lcb], 0
        while i < len(clx) and clx[i] == 0x01:  # Prc: formatting of fast-saved pieces, skipped
            i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
        if i >= len(clx) or clx[i] != 0x02:
            raise UnusableFile("damaged Word .doc: the piece table is not where the header says")
        size = struct.unpack_from("<I", clx, i + 1)[0]
        plc = clx[i + 5:i + 5 + size]
        n = (len(plc) - 4) // 12
        cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
        out = []
        for k in range(n):
            fc_raw = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
            compressed = bool(fc_raw & 0x40000000)
            offset = (fc_raw & 0x3FFFFFFF) // 2 if compressed else fc_raw & 0x3FFFFFFF
            out.append((cps[k], cps[k + 1], offset, compressed))
        return out

    def _main_text(self, ccp: int) -> str:
        """The first ``ccp`` characters of the document's stories (main text first)."""
        parts = []
        for cp0, cp1, offset, compressed in self.pieces:
            if cp0 >= ccp:
                break
            n = min(cp1, ccp) - cp0
            if compressed:
                raw = self.word[offset:offset + n]
                parts.append(raw.decode("cp1252", errors="replace"))
            else:
                parts.append(self.word[offset:offset + 2 * n].decode("utf-16-le", errors="replace"))
        return "".join(parts)

    def _left_out(self, fc: int, lcb: int) -> bytearray:
        """A mask over the main text: 1 where a character is a tracked deletion (CHPX runs with
        ``sprmCFRMarkDel``), so that the text reads as it does with the changes accepted, as for ``.docx``,
        or hidden text (``sprmCFVanish``), which Word neither shows nor prints."""
        runs = []
        for page, crun, rgfc in self._fkp_pages(fc, lcb):
            for r in range(crun):
                b = page[4 * (crun + 1) + r]
                if b and any(s == _SPRM_DELETED and v[:1] != b"\x00" or s == _SPRM_VANISH and v[:1] in (b"\x01", b"\x81")
                             for s, v in sprms(page[2 * b + 1:2 * b + 1 + page[2 * b]])):
                    runs.append((rgfc[r], rgfc[r + 1]))
        mask = bytearray(len(self.text))
        for fc0, fc1 in runs:
            for cp0, cp1, offset, compressed in self.pieces:
                width = 1 if compressed else 2
                lo, hi = max(fc0, offset), min(fc1, offset + (cp1 - cp0) * width)
                if lo < hi:
                    a, b = cp0 + (lo - offset) // width, min(cp0 + (hi - offset + width - 1) // width, len(mask))
                    mask[a:b] = b"\x01" * max(b - a, 0)
        return mask

    def _fkp_pages(self, fc: int, lcb: int):
        """``(page, crun, rgfc)`` of each 512-byte property page a ``PlcBte`` (at ``fc`` in the table stream)
        lists: the page, its number of runs and the byte offsets where they start (one more: the end)."""
        n = (lcb - 4) // 8 if lcb >= 12 else 0
        for k in range(n):
            pn = struct.unpack_from("<I", self.table, fc + 4 * (n + 1) + 4 * k)[0] & 0x3FFFFF
            page = self.word[pn * 512:pn * 512 + 512]
            if len(page) < 512:
                raise UnusableFile("damaged Word .doc: a property page lies outside the file")
            crun = page[511]
            yield page, crun, struct.unpack_from(f"<{crun + 1}I", page, 0)

    def _text_boxes(self) -> list[tuple[int, int, int]]:
        """``(anchor cp, start cp, end cp)`` of each text box story, by anchor; a box whose shape is not
        found is anchored at the end of the main text (read last rather than lost)."""
        fc, lcb = _fc_lcb(self.word, _OFF_PLCF_TXBX_TXT)
        n = (lcb - 4) // 26 if lcb >= 30 else 0
        if not n or self.txbx_start >= len(self.text):
            return []
        cps = struct.unpack_from(f"<{n + 1}i", self.table, fc)
        lids = [struct.unpack_from("<i", self.table, fc + 4 * (n + 1) + 22 * k + 14)[0] for k in range(n)]
        fc_spa, lcb_spa = _fc_lcb(self.word, _OFF_PLC_SPA_MOM)
        m = (lcb_spa - 4) // 30 if lcb_spa >= 34 else 0
        anchors = {struct.unpack_from("<i", self.table, fc_spa + 4 * (m + 1) + 26 * k)[0]:
                   struct.unpack_from("<i", self.table, fc_spa + 4 * k)[0] for k in range(m)}
        out = []
        for k in range(n - 1):  # the last story is a placeholder Word keeps
            start, end = self.txbx_start + cps[k], min(self.txbx_start + cps[k + 1], len(self.text))
            if start < end:
                out.append((min(anchors.get(lids[k], self.ccp_text), self.ccp_text), start, end))
        return sorted(out)

    def fc_of(self, cp: int) -> int:
        """The byte offset in the WordDocument stream of character ``cp`` (PAPX runs are keyed by it)."""
        k = bisect.bisect_right(self.piece_starts, cp) - 1
        cp0, _, offset, compressed = self.pieces[max(k, 0)]
        return offset + (cp - cp0) * (1 if compressed else 2)

    # --- paragraph properties -----------------------------------------------------------------

    def _papx_runs(self, fc: int, lcb: int) -> tuple[list[int], list[tuple[int, bytes]]]:
        """Sorted run starts (byte offsets) and, per run, ``(istd, grpprl)`` of the paragraphs ending in it."""
        runs = []
        for page, crun, rgfc in self._fkp_pages(fc, lcb):
            for r in range(crun):
                b_offset = page[4 * (crun + 1) + 13 * r]
                istd, grpprl = 0, b""
                if b_offset:
                    p = 2 * b_offset
                    cb = page[p]
                    body = page[p + 1:p + 2 * cb] if cb else page[p + 2:p + 2 + 2 * page[p + 1]]
                    istd, grpprl = struct.unpack_from("<H", body, 0)[0], body[2:]
                runs.append((rgfc[r], rgfc[r + 1], istd, grpprl))
        runs.sort()
        return [r[0] for r in runs], [(r[1], r[2], r[3]) for r in runs]

    def _papx_at(self, end_cp: int) -> tuple[int, bytes] | None:
        """``(istd, grpprl)`` of the paragraph whose mark is character ``end_cp`` (None: no properties stored)."""
        starts, runs = self.papx
        fc = self.fc_of(end_cp)
        k = bisect.bisect_right(starts, fc) - 1
        if k < 0 or fc >= runs[k][0]:
            return None
        return runs[k][1], runs[k][2]

    def paragraph_props(self, end_cp: int) -> dict[int, bytes]:
        """Sprm -> operand for the paragraph whose mark is character ``end_cp``: its style's (through the
        styles it is based on), then its own."""
        found = self._papx_at(end_cp)
        if found is None:
            return {}
        istd, grpprl = found
        props = dict(self.styles.get(istd, {}))
        props.update(sprms(grpprl))
        return props

    def _style_props(self, fc: int, lcb: int) -> dict[int, dict[int, bytes]]:
        """Paragraph styles' sprms by style index, each with those of the styles it is based on."""
        if lcb < 6:
            return {}
        stsh = self.table[fc:fc + lcb]
        cb_stshi = struct.unpack_from("<H", stsh, 0)[0]
        cstd, cb_base = struct.unpack_from("<HH", stsh, 2)
        own, bases, pos = {}, {}, 2 + cb_stshi
        for istd in range(cstd):
            if pos + 2 > len(stsh):
                break
            cb_std = struct.unpack_from("<H", stsh, pos)[0]
            std = stsh[pos + 2:pos + 2 + cb_std]
            pos += 2 + cb_std
            if cb_std < cb_base or cb_base < 10:
                continue  # an empty slot
            kind_base = struct.unpack_from("<H", std, 2)[0]
            if kind_base & 0xF != 1:  # not a paragraph style
                continue
            bases[istd] = kind_base >> 4
            cch = struct.unpack_from("<H", std, cb_base)[0]
            p = cb_base + 2 + 2 * cch + 2
            p += p % 2
            if p + 2 <= len(std):
                cb_upx = struct.unpack_from("<H", std, p)[0]
                own[istd] = dict(sprms(std[p + 4:p + 2 + cb_upx]))  # after the UPX's own istd
        out = {}
        for istd in own:
            chain, seen = [], set()
            while istd in own and istd not in seen:  # 0x0FFF: no base
                seen.add(istd)
                chain.append(istd)
                istd = bases[istd]
            props = {}
            for s in reversed(chain):
                props.update(own[s])
            out[chain[0]] = props
        return out

    # --- lists --------------------------------------------------------------------------------

    def _lists(self) -> tuple[dict, dict[int, tuple]]:
        """``(levels, list_of)``: list id -> level -> ``(fmt, text, start, restart)`` for :class:`ListNumbers`,
        and list instance (``ilfo``, 1-based, what paragraphs point to) -> list id.

        Instances of one list share its counters in Word (id ``("list", lsid)``); an instance that
        overrides a level or a start number counts on its own (id ``("lfo", ilfo)``).
        """
        fc_lst, lcb_lst = _fc_lcb(self.word, _OFF_PLF_LST)
        fc_lfo, lcb_lfo = _fc_lcb(self.word, _OFF_PLF_LFO)
        if lcb_lst < 2 or lcb_lfo < 4:
            return {}, {}
        t = self.table
        c_lst = struct.unpack_from("<h", t, fc_lst)[0]
        lists, pos = {}, fc_lst + lcb_lst  # the levels follow the list table
        for k in range(c_lst):
            lsid = struct.unpack_from("<i", t, fc_lst + 2 + 28 * k)[0]
            simple = t[fc_lst + 2 + 28 * k + 26] & 0x01
            levels = {}
            for ilvl in range(1 if simple else 9):
                levels[ilvl], pos = self._level(pos)
            lists[lsid] = levels
        n_lfo = struct.unpack_from("<i", t, fc_lfo)[0]
        lfos = [struct.unpack_from("<i8xB", t, fc_lfo + 4 + 16 * k) for k in range(n_lfo)]
        pos = fc_lfo + 4 + 16 * n_lfo  # LFOData, one per instance, in order
        out, list_of = {("list", lsid): levels for lsid, levels in lists.items()}, {}
        for ilfo, (lsid, n_over) in enumerate(lfos, start=1):
            levels = dict(lists.get(lsid, {}))
            own = False
            pos += 4  # the instance's cp, unused
            for _ in range(n_over):
                start, flags = struct.unpack_from("<iI", t, pos)
                pos += 8
                ilvl = flags & 0x0F
                if flags & 0x20:  # fFormatting: a whole level of its own follows
                    levels[ilvl], pos = self._level(pos)
                    own = True
                if flags & 0x10 and ilvl in levels:  # fStartAt
                    fmt, text, _, restart = levels[ilvl]
                    levels[ilvl] = (fmt, text, start, restart)
                    own = True
            list_of[ilfo] = ("lfo", ilfo) if own else ("list", lsid)
            if own:
                out[list_of[ilfo]] = levels
        return out, list_of

    def _level(self, pos: int) -> tuple[tuple[str, str, int, int | None], int]:
        """One LVL at ``pos`` of the table stream: ``(fmt, text, start, restart)`` and where the next begins."""
        t = self.table
        start, nfc, flags = struct.unpack_from("<iBB", t, pos)
        cb_chpx, cb_papx, restart_lim = t[pos + 24], t[pos + 25], t[pos + 26]
        p = pos + 28 + cb_papx + cb_chpx
        cch = struct.unpack_from("<H", t, p)[0]
        xst = t[p + 2:p + 2 + 2 * cch].decode("utf-16-le", errors="replace")
        # the label's placeholders are characters 0..8 (the level whose counter goes there)
        text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in xst)
        restart = restart_lim if flags & 0x08 else None  # fNoRestart: ilvlRestartLim says when it restarts
        return (NFC_FORMATS.get(nfc, "decimal"), text, start, restart), p + 2 + 2 * cch

    def list_label(self, props: dict[int, bytes]) -> str:
        """The number Word draws before a paragraph with these properties (``""`` if none)."""
        ilfo = struct.unpack("<h", props[_SPRM_ILFO])[0] if _SPRM_ILFO in props else 0
        if ilfo <= 0:
            return ""
        ilvl = props.get(_SPRM_ILVL, b"\x00")[0]
        return self.numbers.number(self.list_of.get(ilfo), ilvl)

    # --- paragraphs and tables ------------------------------------------------------------------

    def paragraphs(self, start: int, end: int):
        """``(text, props, end mark, end cp)`` per paragraph of characters ``start``…``end``, fields resolved
        (codes dropped, results kept) and tracked deletions left out."""
        out, fields, left_out = [], [], self.left_out
        for cp in range(start, end):
            ch = self.text[cp]
            if left_out[cp] and ch not in _PARAGRAPH_ENDS:
                continue
            if ch == _FIELD_BEGIN:
                fields.append(True)  # in the field's code until its separator
            elif ch == _FIELD_SEPARATOR:
                if fields:
                    fields[-1] = False
            elif ch == _FIELD_END:
                if fields:
                    fields.pop()
            elif ch in _PARAGRAPH_ENDS:
                yield "".join(out), self.paragraph_props(cp), ch, cp
                out = []
            elif any(fields):
                continue
            elif ch < " ":
                mapped = _CHAR_MAP.get(ord(ch))
                if mapped:
                    out.append(mapped)
            else:
                out.append(ch)
        if out:
            yield "".join(out), {}, "\r", end

    def with_boxes(self):
        """The main text's paragraphs, each followed by those of the text boxes anchored in it (as
        ``.docx`` text boxes are read)."""
        boxes = list(self.boxes)
        for paragraph in self.paragraphs(0, self.ccp_text):
            yield paragraph
            while boxes and boxes[0][0] <= paragraph[3]:
                yield from self._box(*boxes.pop(0)[1:])
        for _, start, end in boxes:
            yield from self._box(start, end)

    def _box(self, start: int, end: int):
        """A text box's paragraphs, but empty ones (Word ends each story with extra marks), never in a table."""
        for text, props, _, cp in self.paragraphs(start, end):
            if text.strip():
                yield text, {k: v for k, v in props.items() if k not in _TABLE_SPRMS}, "\r", cp

    def row_cells_kept(self, end_cp: int, n_cells: int) -> list[bool]:
        """Which of a row's ``n_cells`` cells to read: not those merged into the cell before them or the
        cell above (``.docx`` rows give a merged cell once), from the row mark's table properties."""
        keep = [True] * n_cells
        found = self._papx_at(end_cp)
        for sprm, operand in sprms(found[1] if found else b""):
            if sprm == _SPRM_DEF_TABLE and operand:
                itc = operand[0]
                base = 1 + 2 * (itc + 1)
                for c in range(min(itc, n_cells)):
                    if base + 20 * c + 2 <= len(operand):
                        grf = struct.unpack_from("<H", operand, base + 20 * c)[0]
                        if grf & 0x3 >= 2 or (grf >> 5) & 0x3 in (1, 2):
                            keep[c] = False
            elif sprm == _SPRM_VERT_MERGE and len(operand) >= 2 and operand[0] < n_cells:
                if operand[1] in (1, 2):
                    keep[operand[0]] = False
        return keep

    def lines(self):
        """The lines :func:`doc_to_text` joins: paragraphs, and table rows as :func:`docx_to_text` gives them."""
        rows, cells, cell = [], [], []
        for text, props, end, cp in self.with_boxes():
            line = self.list_label(props) + text
            depth = (struct.unpack("<i", props[_SPRM_ITAP])[0] if _SPRM_ITAP in props
                     else int(props.get(_SPRM_IN_TABLE, b"\x00")[0] != 0))
            if depth < 1:
                if rows:
                    yield from table_lines(rows)
                    rows = []
                yield line
                continue
            if depth > 1 or props.get(_SPRM_INNER_CELL, b"\x00")[0] or props.get(_SPRM_INNER_TTP, b"\x00")[0]:
                cell.append(line)  # a nested table's paragraphs are read as paragraphs of the outer cell
                continue
            if props.get(_SPRM_TTP, b"\x00")[0]:  # the row's end mark
                rows.append([c for c, keep in zip(cells, self.row_cells_kept(cp, len(cells))) if keep])
                cells, cell = [], []
            elif end == "\x07":
                cell.append(line)
                cells.append(cell)
                cell = []
            else:
                cell.append(line)
        if cells or cell:
            rows.append(cells + ([cell] if cell else []))
        if rows:
            yield from table_lines(rows)


def table_lines(rows: list[list[list[str]]]):
    """One table's lines: as for ``.docx``, a data table (:func:`analysis.loaders.is_data_table`) gives a line per
    row, cells split by tabs; another table gives each cell's paragraphs as lines."""
    flat = [len(cells) > 1 and all(len(c) == 1 for c in cells) for cells in rows]
    data_table = is_data_table(flat, [len(cells) for cells in rows], [" ".join(c).strip() for c in rows[0]] if rows else [])
    for cells, is_flat in zip(rows, flat):
        if len(cells) > 1 and (is_flat or data_table):
            yield "\t".join(" ".join(p.strip() for p in c).strip() for c in cells)
        else:
            for c in cells:
                yield from c
