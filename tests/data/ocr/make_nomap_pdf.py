"""Write ``nomap_2p.pdf`` and ``wrongmap_1p.pdf``: plans whose fonts give no characters, or the wrong ones.

Every page draws its text with a subset of the bundled CJK font, embedded as a Type0 font (Identity-H, glyph
ids as character codes) without a ``/ToUnicode`` map, as old typesetting software embeds fonts.
``nomap_2p.pdf``: page 1's embedded font keeps its ``cmap`` table, so a text extractor can still tell which
character each glyph is; page 2's has none, so its text layer gives only ``(cid:N)``. ``wrongmap_1p.pdf``: its
font has a ``/ToUnicode`` map sending each glyph to a rare character of CJK Extension A, as a broken map does, so
its text layer is gibberish. Every page looks right in any viewer.

    .venv/bin/python tests/data/ocr/make_nomap_pdf.py   # from the repository root
"""
import io
import zlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[3]
FONT = ROOT / "analysis" / "data" / "fonts" / "wqy-microhei-lite.ttf"
PAGES = [
    ["某某县卫生健康局改进工作作风的若干措施",
     "一、严格控制会议数量，全局性会议每年不超过6个。",
     "二、会议时间一般不超过1小时，讲话不超过15分钟。",
     "三、下基层调研轻车简从，陪同人员不超过2人。"],
    ["四、严格执行公务接待标准，一律安排工作餐。",
     "五、精简文件简报，可发可不发的文件一律不发。",
     "某某县卫生健康局",
     "2014年3月5日"],
]


def to_unicode_map(gids: dict[str, int]) -> bytes:
    """A /ToUnicode CMap sending each glyph id to a wrong character (U+3400 + 53 × id: CJK Extension A)."""
    pairs = "\n".join(f"<{g:04X}> <{0x3400 + 53 * g:04X}>" for g in sorted(set(gids.values())))
    return (f"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            f"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n{len(set(gids.values()))} beginbfchar\n"
            f"{pairs}\nendbfchar\nendcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n").encode()


def subset_font(text: str, keep_cmap: bool) -> tuple[bytes, dict[str, int], dict[int, int]]:
    """The font cut down to ``text``'s characters: (TrueType bytes, glyph id per character, width per glyph id)."""
    options = subset.Options()
    options.notdef_outline, options.name_IDs, options.layout_features = True, [], []
    font = TTFont(FONT, recalcTimestamp=False)  # no save time in the file: the same bytes on every run
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cmap = font.getBestCmap()
    gids = {ch: font.getGlyphID(cmap[ord(ch)]) for ch in set(text)}
    upm = font["head"].unitsPerEm
    widths = {g: font["hmtx"][font.getGlyphName(g)][0] * 1000 // upm for g in gids.values()}
    if not keep_cmap:
        del font["cmap"]
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue(), gids, widths


def stream(data: bytes, extra: str = "") -> bytes:
    z = zlib.compress(data)
    return f"<< /Length {len(z)} /Filter /FlateDecode{extra} >>\nstream\n".encode() + z + b"\nendstream"


def write_pdf(path: Path, pages: list[tuple[list[str], str]]) -> None:
    """``pages``: each page's lines and its font's map: ``cmap`` (the font's own table kept), ``none`` or ``wrong``."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]  # 2: the page tree, filled in below
    kids = []
    for number, (lines, mapping) in enumerate(pages):
        ttf, gids, widths = subset_font("".join(lines), keep_cmap=mapping == "cmap")
        base = len(objs) + 1  # page, contents, Type0 font, CID font, descriptor, font file (, ToUnicode)
        content, y = [], 780
        for i, line in enumerate(lines):
            size = 18 if number == 0 and i == 0 else 14
            x = 380 if number == 1 and i >= 2 else 60  # the signature and date set to the right
            content.append(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm <{''.join(f'{gids[ch]:04X}' for ch in line)}> Tj ET")
            y -= 36 if size == 18 else 28
        w = " ".join(f"{g} [{widths[g]}]" for g in sorted(widths))
        name = f"/AAAAA{'ABCDEFGH'[number]}+WQY"
        objs += [
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {base + 2} 0 R >> >> "
            f"/Contents {base + 1} 0 R >>".encode(),
            stream("\n".join(content).encode()),
            (f"<< /Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{base + 3} 0 R]"
             + (f" /ToUnicode {base + 6} 0 R" if mapping == "wrong" else "") + " >>").encode(),
            (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {name} /CIDSystemInfo << /Registry (Adobe) /Ordering "
             f"(Identity) /Supplement 0 >> /FontDescriptor {base + 4} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{w}] >>").encode(),
            (f"<< /Type /FontDescriptor /FontName {name} /Flags 4 /FontBBox [-100 -200 1100 900] /ItalicAngle 0 "
             f"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 {base + 5} 0 R >>").encode(),
            stream(ttf, f" /Length1 {len(ttf)}"),
        ]
        if mapping == "wrong":
            objs.append(stream(to_unicode_map(gids)))
        kids.append(f"{base} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    pdf, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(pdf))
        pdf += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    pdf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(pdf))


def main() -> None:
    here = Path(__file__).parent
    write_pdf(here / "nomap_2p.pdf", [(PAGES[0], "cmap"), (PAGES[1], "none")])
    write_pdf(here / "wrongmap_1p.pdf", [(PAGES[0] + PAGES[1], "wrong")])


if __name__ == "__main__":
    main()
