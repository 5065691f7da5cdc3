"""Write ``wqy-microhei-lite.ttf``: WenQuanYi Micro Hei cut down to the characters of GB2312 (the 6,763 common
Hanzi and its symbols), ASCII and Latin-1, general punctuation, letterlike symbols and number forms, arrows,
mathematical operators (the minus sign − a chart writes between two levels), circled numbers, box drawing and
geometric shapes, CJK punctuation and full-width forms, under the family name "WenQuanYi Micro Hei Lite" (8,047
characters). Run from this folder::

    python make_lite_font.py

Why: every PDF figure embeds the subset of its font that it uses, and matplotlib reads the whole font file to cut
that subset out — 0.19 s a PDF for the full font (49,531 glyphs), 0.06 s for this one, and a PDF using a character
of both embeds both. The charts name the lite
font first and the full font second, so a character outside GB2312 (a rare place name) still renders, from the
full font; the outlines are the full font's own, so the figures look the same. The licence is the full font's
(LICENSE-wqy-microhei.txt: Apache-2.0 or GPL-3+ with font exception), which allows this modified copy.
"""
from pathlib import Path

from fontTools import subset

HERE = Path(__file__).resolve().parent
RANGES = [(0x20, 0x7F), (0xA0, 0x100), (0x2000, 0x2070), (0x2100, 0x2190), (0x2190, 0x2300), (0x2460, 0x2600),
          (0x3000, 0x3040), (0xFF00, 0xFFF0)]


def lite_characters() -> set[int]:
    """Code points of the lite font: every character GB2312 encodes, and :data:`RANGES`."""
    points = {p for lo, hi in RANGES for p in range(lo, hi)}
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([b1, b2]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return points


def main() -> None:
    options = subset.Options()
    options.name_IDs, options.name_languages = ["*"], ["*"]
    options.layout_features = []  # matplotlib lays text out without GSUB/GPOS
    options.notdef_outline = True
    font = subset.load_font(str(HERE / "wqy-microhei.ttf"), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(lite_characters()))
    subsetter.subset(font)
    for record in font["name"].names:  # a family name of its own, so that both fonts can be registered
        if record.nameID in (1, 3, 4, 6, 16):
            name = record.toUnicode()
            name = name.replace("WenQuanYi Micro Hei", "WenQuanYi Micro Hei Lite")
            record.string = name.replace("WenQuanYiMicroHei", "WenQuanYiMicroHeiLite")
    font.recalcTimestamp = False  # the same bytes on every run
    subset.save_font(font, str(HERE / "wqy-microhei-lite.ttf"), options)


if __name__ == "__main__":
    main()
