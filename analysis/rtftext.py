"""RTF to text: plans saved as Rich Text Format (``.rtf``, and the ``.doc`` files that are RTF inside).

Government sites have long attached plans as RTF: Word and WPS save it, CMSs export it, and a ``.doc``
served by a site is often RTF under Word's name. An RTF file is 7-bit text of groups (``{…}``) and control
words (``\\par``, ``\\f13``, ``\\'b8``) described by Microsoft's RTF 1.9.1 specification. This module reads
it as Word shows it:

- characters come as ``\\'hh`` bytes in the code page of the current font (``\\fcharset134`` GB2312,
  ``\\fcharset136`` Big5 …, else the document's ``\\ansicpg``), a double-byte character's trail byte
  sometimes written as a plain character after the escaped lead byte (``\\'b0@``), or as raw 8-bit bytes;
  or as ``\\uN`` (a signed 16-bit value; a pair for a character beyond the BMP) followed by ``\\ucN``
  fallback characters, which are skipped;
- paragraphs (``\\par``, ``\\sect``) one per line; ``\\line`` and ``\\page`` break the line;
- a paragraph of an automatic list starts with the number Word draws, which RTF writes in a ``\\listtext``
  (or old-style ``\\pntext``) group; the tab after it is dropped and bullets are left out, as the ``.docx``
  reader draws list numbers (:mod:`analysis.wordnum`);
- table cells (``\\intbl`` … ``\\cell``) and rows (``\\row``) take the ``.docx`` shape
  (:func:`analysis.wordbin.table_lines`): a row of one-paragraph cells is one line of tab-separated cells;
  a cell merged into the one before it or above it (``\\clmrg``, ``\\clvmrg``) is read once; a nested
  table's paragraphs (``\\itap2`` … ``\\nestcell``) are paragraphs of the outer cell, as in a ``.doc``;
- field results are kept and field codes dropped; a text box's paragraphs (``\\shptxt``) follow the
  paragraph it is anchored in; ``\\upr`` keeps its Unicode half (``\\ud``);
- not read, as for ``.docx``: headers, footers, footnotes, comments, document information, style and list
  tables, pictures and embedded objects' data (``\\bin`` runs are skipped by their length), a shape's
  fallback copy (``\\shprslt``, ``\\nonshppict``), any ``{\\*\\…}`` destination not named here, hidden text
  (``\\v``) and tracked deletions (``\\deleted``).

Nothing is run or fetched. Unbalanced braces are tolerated; bytes the code page cannot decode become U+FFFD
and are counted in ``encoding``.
"""
from __future__ import annotations

import codecs
import re

from .loaders import UnusableFile
from .wordbin import table_lines

# \fcharset -> Python codec (Windows code pages); 0 ANSI and 1 default take the document's \ansicpg
_CHARSETS = {2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gb18030", 136: "cp950",
             161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
             204: "cp1251", 222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850"}
_CODE_PAGES = {936: "gb18030", 950: "cp950", 932: "cp932", 949: "cp949", 10008: "gb2312", 10002: "big5",
               10000: "mac_roman", 54936: "gb18030", 65001: "utf-8"}
_MULTIBYTE = {"gb18030", "gb2312", "cp950", "big5", "cp932", "cp949", "johab", "utf-8"}

# Groups whose content is not text of the plan (besides any {\*\…} destination not known below).
_SKIPPED = frozenset("""colortbl stylesheet info pict header headerl headerr headerf footer footerl footerr footerf
footnote annotation fldinst shprslt nonshppict shppict sp listtable listoverridetable revtbl rsidtbl generator
themedata colorschememapping datastore latentstyles xmlnstbl pgdsctbl pn objdata xe tc tcn txe rxe ftnsep ftnsepc
ftncn aftnsep aftnsepc aftncn template docvar userprops filetbl protusertbl nonesttables atnid atnauthor atndate
atnref atnparent atrfstart atrfend bkmkstart bkmkend mmathPr fchars lchars panose falt do""".split())
# (a nested row's {\*\nesttableprops …} is skipped as unknown: its paragraphs were read into the outer cell)
_KNOWN_STARRED = frozenset({"ud", "shpinst", "shptxt", "listtext", "pntext", "fldrslt"})

_SYMBOLS = {"tab": "\t", "line": "\n", "page": "\n", "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003",
            "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
            "ldblquote": "\u201c", "rdblquote": "\u201d", "zwj": "\u200d", "zwnj": "\u200c", "zwbo": "\u200b",
            "zwnbo": "\ufeff"}
_CONTROL_SYMBOLS = {"~": "\xa0", "_": "-", "{": "{", "}": "}", "\\": "\\", "\t": "\t"}
_PARAGRAPH_ENDS = frozenset({"par", "sect"})

_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+"
                    r"|([^\\{}\r\n]+)|\\", re.S)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SKIP_TO = re.compile(r"\\bin(-?\d{1,10}) ?|\\[^a-zA-Z]|[{}]", re.S)  # what a skipped group must still see


class _State:
    """One group's properties; a ``{`` copies them, a ``}`` restores the enclosing group's."""

    __slots__ = ("dest", "uc", "font", "afont", "dbch", "hidden", "deleted", "intbl", "itap")

    def __init__(self):
        self.dest, self.uc, self.font, self.afont, self.dbch = "main", 1, None, None, False
        self.hidden = self.deleted = self.intbl = False
        self.itap = 1

    def copy(self) -> "_State":
        new = _State.__new__(_State)
        for name in _State.__slots__:
            setattr(new, name, getattr(self, name))
        return new


class _Reader:
    """Walks the tokens once, keeping the group stack, the paragraph being read and the table being built."""

    def __init__(self, source: str, default_codec: str = "cp1252"):
        self.src = source
        self.state, self.stack = _State(), []
        self.ansi = default_codec  # until \ansicpg (or \mac, \pc, \pca) says otherwise
        self.declared = False  # whether a code page or a font charset was given
        self.default_font = None
        self.fonts: dict[int, str] = {}  # font number -> codec, when its \fcharset or \cpg says
        self.font_no = None  # the font being defined in the font table
        self.pending, self.pending_codec = bytearray(), None
        self.skip_units = 0  # \uN fallback characters still to skip
        self.parts: list[str] = []  # the paragraph being read
        self.label: list[str] = []  # a \listtext being read
        self.box: list[str] = []  # a text box paragraph being read
        self.boxes: list[str] = []  # text box paragraphs waiting for their anchor paragraph's end
        self.lines: list[str] = []
        self.cell: list[str] = []  # the paragraphs of the cell being read
        self.cells: list[list[str]] = []
        self.rows: list[list[list[str]]] = []
        self.merged: list[bool] = []  # per \cellx of the row definition: merged into its neighbour
        self.merge_flag = False
        self.replaced = 0

    # --- characters ---------------------------------------------------------------------------------
    def codec(self) -> str:
        st = self.state
        codec = self.fonts.get(st.font) or self.ansi
        if st.dbch and codec not in _MULTIBYTE:
            codec = self.fonts.get(st.afont) or codec  # a double-byte run under an associated CJK font
        return codec

    def add_bytes(self, data: bytes) -> None:
        if self.skip_units:
            n = min(self.skip_units, len(data))
            self.skip_units -= n
            data = data[n:]
        if not data or self.invisible():
            return
        codec = self.codec()
        if self.pending and codec != self.pending_codec:
            self.flush()
        self.pending_codec = codec
        self.pending += data

    def flush(self) -> None:
        if self.pending:
            text = bytes(self.pending).decode(self.pending_codec, errors="replace")
            self.replaced += text.count("\ufffd")
            self.pending.clear()
            self.emit(text)

    def awaits_trail_byte(self) -> bool:
        """Whether the bytes read so far end in the lead byte of a double-byte character."""
        if not self.pending or self.pending_codec not in _MULTIBYTE:
            return False
        decoder = codecs.getincrementaldecoder(self.pending_codec)(errors="replace")
        decoder.decode(bytes(self.pending), final=False)
        return bool(decoder.getstate()[0])

    def invisible(self) -> bool:
        st = self.state
        return st.hidden or st.deleted or st.dest in ("skip", "fonttbl", "upr")

    def emit(self, text: str) -> None:
        if self.invisible() or not text:
            return
        dest = self.state.dest
        (self.label if dest == "label" else self.box if dest == "box" else self.parts).append(text)

    # --- paragraphs and tables ------------------------------------------------------------------------
    def end_paragraph(self, in_table: bool) -> None:
        self.flush()
        if self.state.dest == "box":
            self.boxes.append(_utf16_fix("".join(self.box)))
            self.box = []
            return
        text = _utf16_fix("".join(self.parts))
        self.parts = []
        if in_table:
            self.cell.append(text)
            self.cell.extend(self.boxes)
        else:
            self.end_table()
            self.lines.append(text)
            self.lines.extend(self.boxes)
        self.boxes = []

    def end_cell(self) -> None:
        self.end_paragraph(True)
        self.cells.append(self.cell)
        self.cell = []

    def end_row(self) -> None:
        self.flush()
        if "".join(self.parts).strip() or self.cell:  # text after the last \cell: a cell left open
            self.end_cell()
        cells = self.cells
        if len(self.merged) == len(cells):
            cells = [c for c, merged in zip(cells, self.merged) if not merged]
        if cells:
            self.rows.append(cells)
        self.cells = []

    def end_table(self) -> None:
        if self.cells or self.cell:
            self.end_row()
        if self.rows:
            self.lines.extend(table_lines(self.rows))
            self.rows = []

    # --- groups and control words ---------------------------------------------------------------------
    def open_group(self) -> None:
        self.flush()
        self.stack.append(self.state)
        self.state = self.state.copy()

    def close_group(self) -> None:
        self.flush()
        self.skip_units = 0
        outer = self.stack[-1].dest if self.stack else "main"
        if self.state.dest == "label" and outer != "label":
            self.close_label()
        elif self.state.dest == "box" and outer != "box" and self.box:
            self.boxes.append(_utf16_fix("".join(self.box)))  # a text box's last paragraph, without \par
            self.box = []
        if self.stack:
            self.state = self.stack.pop()

    def close_label(self) -> None:
        """A ``\\listtext`` group ends: its text is the number drawn before the paragraph, without the tab
        after it; a bullet draws no number (as :class:`analysis.wordnum.ListNumbers` gives none)."""
        label = _utf16_fix("".join(self.label)).strip(" \t\xa0\u3000")
        self.label = []
        if any(ch.isalnum() for ch in label):
            self.parts.append(label)

    def destination(self, word: str, starred: bool) -> bool:
        """Handle ``word`` opening a group (after ``\\*`` when ``starred``); True when it was a destination."""
        st = self.state
        if word == "fonttbl":
            st.dest = "fonttbl"
        elif word in ("listtext", "pntext"):
            st.dest = "label"
        elif word == "shptxt":
            st.dest = "box"
        elif word == "upr":
            st.dest = "upr"  # the ANSI half is skipped; its \ud half is read
        elif word == "ud":
            if st.dest == "upr":  # read as the group around \upr reads
                st.dest = next((s.dest for s in reversed(self.stack) if s.dest != "upr"), "main")
        elif word in _SKIPPED or (starred and word not in _KNOWN_STARRED):
            st.dest = "skip"
        else:
            return False
        return True

    def control(self, word: str, arg: int | None) -> None:
        st = self.state
        if st.dest == "fonttbl":
            self.font_table_word(word, arg)
            return
        if word == "u" and arg is not None:
            self.flush()
            self.emit(chr(arg % 65536))
            self.skip_units = st.uc
            return
        self.flush()
        self.skip_units = 0
        if word in _PARAGRAPH_ENDS:
            self.end_paragraph(st.intbl)
        elif word == "cell":
            self.end_cell()
        elif word == "nestcell":
            self.end_paragraph(True)
        elif word == "row":
            self.end_row()
        elif word in _SYMBOLS:
            self.emit(_SYMBOLS[word])
        elif word == "uc":
            st.uc = max(0, arg or 0)
        elif word == "f":
            st.font = arg
        elif word == "af":
            st.afont = arg
        elif word == "dbch":
            st.dbch = True
        elif word in ("loch", "hich"):
            st.dbch = False
        elif word == "plain":
            st.font, st.hidden, st.deleted = self.default_font, False, False
        elif word == "v":
            st.hidden = arg != 0
        elif word == "deleted":
            st.deleted = arg != 0
        elif word == "pard":
            st.intbl, st.itap = False, 1
        elif word == "intbl":
            st.intbl = True
        elif word == "itap":
            st.itap = arg if arg is not None else 1
            st.intbl = st.intbl or st.itap > 0
        elif word == "trowd":
            self.merged, self.merge_flag = [], False
        elif word in ("clmrg", "clvmrg"):
            self.merge_flag = True
        elif word == "cellx":
            self.merged.append(self.merge_flag)
            self.merge_flag = False
        elif word == "ansicpg" and arg:
            codec = _CODE_PAGES.get(arg, f"cp{arg}")
            self.ansi, self.declared = (codec, True) if _known_codec(codec) else (self.ansi, self.declared)
        elif word in ("mac", "pc", "pca"):
            self.ansi, self.declared = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word], True
        elif word == "deff":
            self.default_font = arg
            st.font = st.font if st.font is not None else arg

    def font_table_word(self, word: str, arg: int | None) -> None:
        if word == "f":
            self.font_no = arg
        elif word == "fcharset" and self.font_no is not None and arg in _CHARSETS:
            self.fonts.setdefault(self.font_no, _CHARSETS[arg])
            self.declared = self.declared or arg != 2  # a symbol font says nothing about the text
        elif word == "cpg" and self.font_no is not None and arg:
            codec = _CODE_PAGES.get(arg, f"cp{arg}")
            if _known_codec(codec):
                self.fonts[self.font_no] = codec

    # --- the walk --------------------------------------------------------------------------------------
    def read(self) -> list[str]:
        src, pos, end = self.src, 0, len(self.src)
        group_start = False  # the token before was "{": a control word here may name a destination
        starred = False
        while pos < end:
            m = _TOKEN.match(src, pos)
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if brace == "{":
                self.open_group()
                group_start, starred = True, False
                continue
            if brace == "}":
                self.close_group()
                if not self.stack:
                    break  # the document's group is closed: what follows (padding, NULs) is not RTF
                group_start = starred = False
                continue
            if m.lastindex is None:
                continue  # line breaks in the source carry no meaning
            if word is not None:
                number = int(arg) if arg is not None else None
                if word == "bin":  # raw bytes follow; they are never text
                    pos += max(0, number or 0)
                    continue
                if (group_start or starred) and self.destination(word, starred):
                    if self.state.dest == "skip":
                        pos = self.skip_group(pos)
                    group_start = starred = False
                    continue
                group_start = starred = False
                self.control(word, number)
                continue
            if symbol == "*":
                starred = True
                continue
            group_start = starred = False
            if hexbyte is not None:
                self.add_bytes(bytes.fromhex(hexbyte))
            elif text is not None:
                if self.state.dest != "fonttbl":
                    self.add_bytes(text.encode("latin-1"))
                elif ";" in text:
                    self.font_no = None
            elif symbol is not None:
                if symbol in "\\{}" and self.awaits_trail_byte():
                    self.add_bytes(symbol.encode())  # Big5 許 is b3 5c: a writer may put its trail byte as \\
                    continue
                self.flush()
                if symbol in ("\n", "\r"):
                    self.end_paragraph(self.state.intbl)
                elif symbol in _CONTROL_SYMBOLS and not self.skip_units:
                    self.emit(_CONTROL_SYMBOLS[symbol])
                self.skip_units = max(0, self.skip_units - 1)
        self.flush()
        while self.stack:
            self.close_group()
        if self.parts or self.boxes:
            self.end_paragraph(False)
        self.end_table()
        return self.lines

    def skip_group(self, pos: int) -> int:
        """Past the end of the group just opened (its ``}``), seeing only braces, escapes and ``\\bin`` runs."""
        depth = 1
        while depth:
            m = _SKIP_TO.search(self.src, pos)
            if m is None:
                pos = len(self.src)
                break
            pos = m.end()
            tok = m.group()
            if m.group(1) is not None:
                pos += max(0, int(m.group(1)))
            elif tok == "{":
                depth += 1
            elif tok == "}":
                depth -= 1
        if self.stack:
            self.state = self.stack.pop()
        return pos


def _looks_like_gbk(text: str) -> bool:
    """Whether text read as cp1252 is GBK read wrongly: no Chinese, but Latin-1 letters that read as GBK give
    Chinese (each Chinese character takes two of them, a full-width mark too)."""
    high = sum("\xa1" <= ch <= "\xff" for ch in text)
    if high < 20 or _HAN.search(text):
        return False
    as_gbk = text.encode("cp1252", errors="ignore").decode("gb18030", errors="ignore")
    return 3 * len(_HAN.findall(as_gbk)) >= high


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _utf16_fix(text: str) -> str:
    """Join the surrogate pairs ``\\uN`` gave for a character beyond the BMP (a lone surrogate becomes U+FFFD)."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", errors="replace")


def rtf_to_text(data: bytes) -> tuple[str, str]:
    """The text of an RTF file (its bytes), one paragraph per line, and how it was read:
    ``rtf (code page gb18030)``, with ``; 3 undecodable bytes replaced`` when some were.

    Raises :class:`~analysis.loaders.UnusableFile` when the bytes are not RTF or hold no text.
    """
    if not data.lstrip()[:5] == b"{\\rtf":
        raise UnusableFile("not an RTF file (it does not start with {\\rtf)")
    source = data.decode("latin-1")
    reader = _Reader(source)
    text = "\n".join(reader.read()).strip("\n")
    if not reader.declared and _looks_like_gbk(text):
        # no \ansicpg and no font charset: a careless exporter's GBK bytes, not Western text
        reader = _Reader(source, default_codec="gb18030")
        text = "\n".join(reader.read()).strip("\n")
    if not text.strip():
        raise UnusableFile("the RTF file holds no text")
    encoding = f"rtf (code page {reader.ansi}{'' if reader.declared else ', none declared'})"
    if reader.replaced:
        encoding += f"; {reader.replaced} undecodable bytes replaced"
    return text, encoding
