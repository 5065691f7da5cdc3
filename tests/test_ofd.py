"""OFD (GB/T 33190) plans: characters placed by their coordinates, lines and paragraphs rebuilt, tables by rules."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from analysis import corpus, measures, ofdtext
from analysis.loaders import UnusableFile, sniff_format

NS = "http://www.ofdspec.org/2016"
SIZE = 5.6  # 仿宋 16 pt, in mm
LEFT, WIDTH = 28.0, 28 * SIZE  # a line holds 28 characters
PARAS = [
    "关于进一步改进工作作风的实施办法",
    "为深入贯彻落实中央八项规定精神，结合本县实际，制定本办法。本办法适用于县委、县政府及其部门。",
    "一、改进调查研究",
    "（一）深入基层调研。县级领导干部每年到基层调研不少于30天，轻车简从，减少陪同，不搞层层陪同和迎送。",
    "（二）精简会议活动。严格控制会议数量和规模，全县性会议每年不超过12个，会期一般不超过半天。",
    "二、厉行勤俭节约",
    "（一）严格公务接待。接待对象无公函的一律不予接待，工作餐不上高档菜肴和酒水。",
]


def _lines(paras, top=40.0, step=10.0):
    """(x, baseline y, text) of each visual line: first lines indented two characters, wrapped at WIDTH."""
    out, y = [], top
    for k, p in enumerate(paras):
        if k == 0:  # the title, centred
            out.append((LEFT + (WIDTH - len(p) * SIZE) / 2, y, p))
            y += step * 1.5
            continue
        first, rest = p[:26], p[26:]
        out.append((LEFT + 2 * SIZE, y, first))
        y += step
        while rest:
            out.append((LEFT, y, rest[:28]))
            rest = rest[28:]
            y += step
    return out


def _advances(text):
    return [SIZE if ord(c) > 0x2E80 else SIZE / 2 for c in text]


def _line_object(i, x, y, text, prefix="ofd:"):
    """One TextObject per visual line, DeltaX in the compressed ``g`` form where the advances repeat."""
    adv = _advances(text)
    delta = f"g {len(adv) - 1} {SIZE}" if len(set(adv)) == 1 else " ".join(f"{a:g}" for a in adv[:-1])
    return (f'<{prefix}TextObject ID="{i}" Boundary="{x} {y - SIZE} {sum(adv):.2f} {SIZE * 1.2:.2f}" Font="3" '
            f'Size="{SIZE}"><{prefix}TextCode X="0" Y="{SIZE:g}" DeltaX="{delta}">{text}</{prefix}TextCode>'
            f'</{prefix}TextObject>')


def _char_objects(start, x, y, text):
    """One TextObject per character, scaled by a CTM (as PDF-to-OFD converters write them)."""
    out = []
    for k, (c, a) in enumerate(zip(text, _advances(text))):
        out.append(f'<ofd:TextObject ID="{start + k}" Boundary="{x:.3f} {y - SIZE:.3f} {a:.3f} {SIZE:.3f}" '
                   f'Size="{SIZE * 20:g}" CTM="0.05 0 0 0.05 0 0" Font="3"><ofd:TextCode X="0" '
                   f'Y="{SIZE * 20:g}">{c}</ofd:TextCode></ofd:TextObject>')
        x += a
    return out


def _page(objects, extra="", template=None):
    tpl = f'<ofd:Template TemplateID="{template}" ZOrder="Background"/>' if template else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{tpl}<ofd:Content>'
            f'<ofd:Layer ID="2">{"".join(objects)}</ofd:Layer>{extra}</ofd:Content></ofd:Page>')


def make_ofd(pages, *, templates=None, res="", doc_root="Doc_0/Document.xml", page_loc="Pages/Page_{}/Content.xml",
             extra_parts=None, doc_res=None) -> bytes:
    """An OFD package: ``pages`` are Content.xml texts, ``templates`` ID -> template Content.xml text."""
    templates = templates or {}
    tpl_refs = "".join(f'<ofd:TemplatePage ID="{t}" BaseLoc="Tpls/Tpl_{t}/Content.xml"/>' for t in templates)
    page_refs = "".join(f'<ofd:Page ID="{100 + i}" BaseLoc="{page_loc.format(i)}"/>' for i in range(len(pages)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" DocType="OFD" '
                              f'Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>a1</ofd:DocID></ofd:DocInfo>'
                              f'<ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}">'
                                         '<ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea>'
                                         '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
                                         f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl_refs}'
                                         + (f'<ofd:DocumentRes>{doc_res}</ofd:DocumentRes>' if doc_res else '')
                                         + '</ofd:CommonData>'
                                         f'<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" '
                                          f'BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="仿宋"/></ofd:Fonts>'
                                          f'{res}</ofd:Res>')
        for i, content in enumerate(pages):
            z.writestr(f"Doc_0/{page_loc.format(i)}", content)
        for t, content in templates.items():
            z.writestr(f"Doc_0/Tpls/Tpl_{t}/Content.xml", content)
        for name, content in (extra_parts or {}).items():
            z.writestr(name, content)
    return buf.getvalue()


def read(data: bytes) -> str:
    return ofdtext.ofd_to_text(data, max_bytes=10_000_000)[0]


def test_lines_are_rebuilt_into_paragraphs_from_line_objects():
    objs = [_line_object(10 + i, x, y, t) for i, (x, y, t) in enumerate(_lines(PARAS))]
    objs.append(_line_object(99, 95, 280, "— 1 —"))
    text, how = ofdtext.ofd_to_text(make_ofd([_page(objs)]), max_bytes=10_000_000)
    assert text.splitlines() == PARAS + ["— 1 —"]
    assert how == "ofd (1 page)"


def test_one_object_per_character_scaled_by_a_ctm_and_written_out_of_order_reads_the_same():
    objs = []
    for x, y, t in _lines(PARAS):
        objs += _char_objects(10 + len(objs), x, y, t)
    objs.reverse()  # only the coordinates give the reading order
    assert read(make_ofd([_page(objs)])).splitlines() == PARAS


def test_a_page_break_ends_paragraphs_and_template_text_is_read_on_every_page():
    lines = _lines(PARAS)
    pages = [_page([_line_object(10 + i, x, y, t) for i, (x, y, t) in enumerate(part)], template="7")
             for part in (lines[:5], lines[5:])]
    header = _page([_line_object(1, 28, 20, "县委办公室文件")])
    text = read(make_ofd(pages, templates={"7": header}))
    first, second = text.split("\f")
    assert first.splitlines()[0] == "县委办公室文件" and second.splitlines()[0] == "县委办公室文件"
    assert "（一）深入基层调研。" in first and "二、厉行勤俭节约" in second


def test_page_blocks_composite_objects_and_text_codes_that_take_the_last_x():
    # a TextCode without X takes the X of the one before it (GB/T 33190): a second line of the same object;
    # a CompositeObject draws a unit of the resources
    code = (f'<ofd:TextObject ID="20" Boundary="{LEFT} 54.4 120 20" Size="{SIZE}" Font="3">'
            f'<ofd:TextCode X="{2 * SIZE}" Y="{SIZE}" DeltaX="g 5 {SIZE}">一、改进文风</ofd:TextCode>'
            f'<ofd:TextCode Y="{SIZE + 10}" DeltaX="g 5 {SIZE}">（一）精简文件</ofd:TextCode></ofd:TextObject>')
    unit = (f'<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="50" Width="50" Height="10"><ofd:Content>'
            f'{_line_object(51, 0, SIZE, "（二）严控简报")}</ofd:Content></ofd:CompositeGraphicUnit>'
            '</ofd:CompositeGraphicUnits>')
    comp = f'<ofd:CompositeObject ID="52" ResourceID="50" Boundary="{LEFT + 2 * SIZE} 74.4 60 10"/>'
    preamble = [_line_object(10 + i, x, y, t) for i, (x, y, t) in enumerate(_lines(PARAS[:2], top=20))]
    page = _page(preamble + [f'<ofd:PageBlock ID="9"><ofd:PageBlock ID="8">{code}</ofd:PageBlock></ofd:PageBlock>', comp])
    assert read(make_ofd([page], res=unit)).splitlines()[2:] == ["一、改进文风", "（一）精简文件", "（二）严控简报"]


def _rule(i, x, y, w, h):
    return f'<ofd:PathObject ID="{i}" Boundary="{x} {y} {w} {h}" LineWidth="0.25"><ofd:AbbreviatedData>' \
           f'M 0 0 L {w} {h}</ofd:AbbreviatedData></ofd:PathObject>'


def test_a_table_drawn_with_path_objects_reads_row_by_row_and_a_rule_under_the_title_is_no_table():
    cols, rows = [20, 35, 120, 190], [60, 75, 95]
    rules = [_rule(200 + k, x, rows[0], 0, rows[-1] - rows[0]) for k, x in enumerate(cols)]
    rules += [_rule(210 + k, cols[0], y, cols[-1] - cols[0], 0) for k, y in enumerate(rows)]
    rules.append(_rule(220, 20, 45, 170, 0))  # the red rule under the 红头, above the table
    cells = [(22, 70, "序号"), (37, 70, "整改措施"), (122, 70, "责任单位"),
             (25, 82, "1"), (37, 82, "严格控制会议数量，全县性会议"), (37, 90, "每年不超过12个"), (122, 82, "县委办")]
    objs = [_line_object(300 + k, x, y, t) for k, (x, y, t) in enumerate(cells)]
    objs.append(_line_object(330, 60, 40, "整改任务清单"))
    text = read(make_ofd([_page(objs + rules)]))
    assert text.splitlines() == ["整改任务清单", "序号\t整改措施\t责任单位", "1\t严格控制会议数量，全县性会议每年不超过12个\t县委办"]


def test_default_namespace_absolute_base_loc_and_a_part_written_in_gbk():
    body = _page([_line_object(10 + i, x, y, t, prefix="") for i, (x, y, t) in enumerate(_lines(PARAS[:3]))])
    body = body.replace(f'<ofd:Page xmlns:ofd="{NS}">', f'<Page xmlns="{NS}">').replace("ofd:", "").replace(
        "</ofd:", "</")
    gbk = body.encode("gb18030")  # declares UTF-8, written in GBK: some producers do
    data = make_ofd([gbk], page_loc="Pages/Page_{}/Content.xml")
    assert read(data).splitlines() == PARAS[:3]
    absolute = make_ofd([_page([_line_object(10, LEFT, 40, PARAS[0])])], doc_root="/Doc_0/Document.xml",
                        page_loc="/Doc_0/Pages/Page_{}/Content.xml".replace("/Doc_0/", ""))
    assert read(absolute).splitlines() == [PARAS[0]]


@pytest.mark.parametrize("spoil, message", [
    (lambda parts: parts.pop("Doc_0/Pages/Page_0/Content.xml"), "Pages/Page_0/Content.xml"),
    (lambda parts: parts.update({"Doc_0/Pages/Page_0/Content.xml": b"<ofd:Page><ofd:Content>"}), "broken XML in Doc_0/Pages/Page_0"),
    (lambda parts: parts.update({"Doc_0/Document.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'}), "DTD"),
    (lambda parts: parts.update({"OFD.xml": f'<ofd:OFD xmlns:ofd="{NS}"/>'.encode()}), "no DocRoot"),
])
def test_a_broken_package_is_refused_naming_the_part(spoil, message):
    with zipfile.ZipFile(io.BytesIO(make_ofd([_page([_line_object(10, LEFT, 40, PARAS[1])])]))) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    spoil(parts)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    with pytest.raises(UnusableFile, match=message):
        read(buf.getvalue())


def test_pages_without_text_are_refused_as_scans():
    image = '<ofd:ImageObject ID="5" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>'
    with pytest.raises(UnusableFile, match="hold no text"):
        read(make_ofd([_page([image]), _page([image])]))


def test_an_ofd_is_known_by_its_bytes_and_loads_as_a_plan_with_its_measures(tmp_path):
    data = make_ofd([_page([_line_object(10 + i, x, y, t) for i, (x, y, t) in enumerate(_lines(PARAS))])])
    assert sniff_format(".zip", data) == "ofd" and sniff_format(".ofd", data) == "ofd"
    path = tmp_path / "plan.ofd"
    path.write_bytes(data)
    doc = corpus.load_document(path)
    assert doc.file_format == "ofd" and doc.encoding.startswith("ofd (1 page)")
    found, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], path.name)
    assert [t[:9] for t in found["text"]] == ["（一）深入基层调研", "（二）精简会议活动", "（一）严格公务接待"]


def _scanned_ofd(frames) -> bytes:
    """An OFD whose pages are scanned images (PNG resources, each page the size of its image at its dpi)."""
    pages, parts, media = [], {}, []
    for i, (png, width_mm, height_mm) in enumerate(frames):
        media.append(f'<ofd:MultiMedia ID="{60 + i}" Type="Image" Format="PNG"><ofd:MediaFile>scan_{i}.png'
                     '</ofd:MediaFile></ofd:MultiMedia>')
        parts[f"Doc_0/Res/scan_{i}.png"] = png
        pages.append(f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Area><ofd:PhysicalBox>'
                     f'0 0 {width_mm:.3f} {height_mm:.3f}</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="2">'
                     f'<ofd:ImageObject ID="{70 + i}" ResourceID="{60 + i}" Boundary="0 0 {width_mm:.3f} {height_mm:.3f}" '
                     f'CTM="{width_mm:.3f} 0 0 {height_mm:.3f} 0 0"/></ofd:Layer></ofd:Content></ofd:Page>')
    res = f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>' \
          f'{"".join(media)}</ofd:MultiMedias></ofd:Res>'
    return make_ofd(pages, extra_parts={**parts, "Doc_0/DocumentRes.xml": res}, doc_res="DocumentRes.xml")


def test_a_scanned_ofd_is_read_by_ocr_as_the_same_scan_as_an_image_file():
    from PIL import Image, ImageSequence

    from analysis import ocr

    tif = Path(__file__).parent / "data" / "ocr" / "scan_f56_04_p4-5.tif"
    frames = []
    with Image.open(tif) as img:
        dpi = img.info.get("dpi", (ocr.IMAGE_DPI, ocr.IMAGE_DPI))[1] or ocr.IMAGE_DPI
        for frame in ImageSequence.Iterator(img):
            buf = io.BytesIO()
            frame.convert("RGB").save(buf, format="PNG")
            frames.append((buf.getvalue(), frame.size[0] / dpi * 25.4, frame.size[1] / dpi * 25.4))
    data = _scanned_ofd(frames)
    text, how = ofdtext.ofd_to_text(data, max_bytes=50_000_000)
    assert text == ocr.image_to_text(tif.read_bytes())[0]
    assert how.startswith("ofd OCR (every page; mean confidence 0.9")
    with pytest.raises(UnusableFile, match=re.escape("(OCR is switched off: ocr = false)")):
        ofdtext.ofd_to_text(data, max_bytes=50_000_000, ocr=False)


def test_damaged_ofd_files_are_read_or_refused_with_a_reason_never_crash():
    import random

    rng = random.Random(0)
    files = sorted((Path(__file__).parent / "data" / "blind_plans35").glob("*.ofd"))
    outcomes = set()
    for k in range(240):
        data = files[k % len(files)].read_bytes()
        if k % 2:  # damage inside one XML part of a sound zip: broken markup, values cut short
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                parts = {n: bytearray(z.read(n)) for n in z.namelist()}
            name = rng.choice(sorted(n for n in parts if n.endswith(".xml")))
            for _ in range(rng.randint(1, 10)):
                i = rng.randrange(len(parts[name]))
                parts[name][i:i + rng.randint(1, 30)] = bytes([rng.randrange(256)])
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                for n, content in parts.items():
                    z.writestr(n, bytes(content))
            data = buf.getvalue()
        else:  # bytes flipped anywhere, the zip's directory included
            data = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            data = bytes(data)
        try:
            text, _ = ofdtext.ofd_to_text(data, max_bytes=10_000_000, ocr=False)
            outcomes.add("read")
        except UnusableFile as exc:
            assert str(exc)
            outcomes.add("refused")
    assert outcomes == {"read", "refused"}


def test_a_zip_whose_directory_names_an_impossible_version_is_refused_not_raised():
    # a damaged "version needed to extract" field makes zipfile raise NotImplementedError, not BadZipFile
    data = bytearray(make_ofd([_page([_line_object(10, LEFT, 40, PARAS[1])])]))
    entry = data.index(b"PK\x01\x02")
    data[entry + 6:entry + 8] = (201).to_bytes(2, "little")
    with pytest.raises(UnusableFile, match="broken zip archive"):
        read(bytes(data))


@pytest.mark.parametrize("kind", ["ofd", "docx"])
def test_a_zip_member_flagged_as_encrypted_is_refused_naming_it(kind, tmp_path):
    # one flipped bit in a member's flags reads as zip encryption: zipfile raises RuntimeError on reading it
    if kind == "ofd":
        data = bytearray(make_ofd([_page([_line_object(10, LEFT, 40, PARAS[1])])]))
    else:
        import docx

        d = docx.Document()
        d.add_paragraph(PARAS[1])
        buf = io.BytesIO()
        d.save(buf)
        data = bytearray(buf.getvalue())
    entry = data.index(b"PK\x01\x02")
    data[entry + 8] |= 1  # general purpose flag bit 0: encrypted
    path = tmp_path / f"plan.{kind}"
    path.write_bytes(bytes(data))
    with pytest.raises(UnusableFile, match="damaged zip member"):
        corpus.load_document(path)


def test_quotes_and_dashes_placed_one_object_each_are_full_width_and_leave_no_false_spaces():
    # “ ” — are of ambiguous width: a Chinese font sets them full width, and a producer places the next
    # character one em on; given half an em they left a gap that the layout, measuring gaps against the body
    # text's size, read as a space in a larger title (开展“ 四风” 问题)
    title, size = "关于开展“四风”问题——整治", 7.76
    objs, x = [], LEFT
    for k, c in enumerate(title):
        objs.append(f'<ofd:TextObject ID="{100 + k}" Boundary="{x:.2f} 20 {size} {size}" Size="{size}" Font="3">'
                    f'<ofd:TextCode X="0" Y="{size}">{c}</ofd:TextCode></ofd:TextObject>')
        x += size
    objs += [_line_object(10 + i, x, y, t) for i, (x, y, t) in enumerate(_lines(PARAS[:4], top=40))]
    assert read(make_ofd([_page(objs)])).splitlines()[0] == title
