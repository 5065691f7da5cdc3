"""Scans read by OCR: image files (a scanner's TIFF, a phone's long screenshot) and the engine itself.

Scanned PDFs (a whole scan, and a copy with some pages scanned) are checked against their key with the other
PDF copies of blind plans in ``tests/test_blind_plans.py``. The images here are made from the same scan
(``tests/data/ocr/README.md``), so their measures are rows of the same key.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from analysis import corpus, measures, ocr
from analysis.loaders import UnusableFile

DATA = Path(__file__).parent / "data"
KEY = [r for r in csv.DictReader(open(DATA / "blind_pdf" / "key.csv", encoding="utf-8")) if r["file"] == "f56_04.pdf"]


def _measures(doc) -> list[str]:
    m, spans = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "scan")
    assert spans["char_end"].iloc[-1] == len(doc.text)
    return [re.sub(r"\s+", "", t) for t in m["text"]]


def _matches(texts: list[str], rows: list[dict]) -> bool:
    wanted = [re.sub(r"\s+", "", r["number"] + r["text_prefix"])[:10] for r in rows]
    return len(texts) == len(wanted) and all(w[-8:] in t for w, t in zip(wanted, texts))


def test_a_scanners_multipage_tiff_is_read_page_by_page():
    doc = corpus.load_document(DATA / "ocr" / "scan_f56_04_p4-5.tif")
    assert doc.file_format == "image"
    assert re.fullmatch(r"image OCR \(2 pages; mean confidence 0\.9\d\d\)", doc.encoding)
    assert doc.text.count("\f") == 1  # one form feed between the two pages, as for a PDF
    assert _matches(_measures(doc), KEY[-2:])


def test_a_long_screenshot_is_read_in_slices_cut_between_lines():
    path = DATA / "ocr" / "long_f56_04_p1-2.png"
    with Image.open(path) as img:
        width, height = img.size
        dark = (np.asarray(img.convert("L")) < 128).sum(axis=1)
    tile = int(ocr.TILE_RATIO * width)
    assert height > tile  # the image is read in more than one slice ...
    cut = ocr._cut_row(dark, 0, tile)
    assert dark[cut] == 0 and 0.6 * tile <= cut <= tile  # ... cut in a blank row, never through a line
    doc = corpus.load_document(path)
    assert re.fullmatch(r"image OCR \(1 page; mean confidence 0\.9\d\d\)", doc.encoding)
    assert _matches(_measures(doc), KEY[:10])


def test_images_are_refused_with_the_reason_when_ocr_is_off_or_they_are_damaged(tmp_path):
    with pytest.raises(UnusableFile, match=re.escape("an image, not a text (OCR is switched off: ocr = false)")):
        corpus.load_document(DATA / "ocr" / "long_f56_04_p1-2.png", ocr=False)
    broken = tmp_path / "scan.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnusableFile, match="a damaged or unknown image"):
        corpus.load_document(broken)
    blank = tmp_path / "blank.png"
    Image.new("L", (600, 800), 255).save(blank)
    with pytest.raises(UnusableFile, match="OCR found no text"):
        corpus.load_document(blank)


def test_ocr_can_be_switched_off_for_pdfs_and_reads_a_page_the_same_way_twice():
    path = DATA / "blind_pdf" / "scan_f56_04.pdf"
    with pytest.raises(UnusableFile, match=re.escape("(OCR is switched off: ocr = false)")):
        corpus.load_document(path, ocr=False)
    first, again = (ocr.ocr_pages(path.read_bytes(), [4])[4].boxes for _ in range(2))  # the shortest page
    assert [(b.text, b.x0, b.y0) for b in first] == [(b.text, b.x0, b.y0) for b in again]
    assert any("县人武部" in b.text for b in first)  # the 抄送 line of the last page


def test_half_width_marks_in_chinese_become_the_full_width_marks_they_stand_for():
    assert ocr.cjk_punctuation("(二)建立制度,每月(至少)1次;不得:") == "（二）建立制度，每月（至少）1次；不得："
    assert ocr.cjk_punctuation("(2013年1月25日)") == "（2013年1月25日）"
    assert ocr.cjk_punctuation("(一）严格控制") == "（一）严格控制" and ocr.cjk_punctuation("（二)建立") == "（二）建立"
    assert ocr.cjk_punctuation("(1)县政府全体会议") == "（1）县政府全体会议"  # a list number before Chinese
    assert ocr.cjk_punctuation("1.a,b (x) 3:4") == "1.a,b (x) 3:4"  # no Chinese beside them: left alone


def test_a_ruled_table_is_found_in_an_image_and_text_strokes_are_not_rules():
    from PIL import ImageDraw

    img = Image.new("L", (1600, 2200), 255)
    draw = ImageDraw.Draw(img)
    for y in (400, 460, 700, 940):  # a header row and three rows, rules 2 px thick, slightly skewed
        draw.line([(200, y), (1400, y + 5)], fill=0, width=2)
    for x in (200, 320, 1100, 1400):
        draw.line([(x, 400), (x + 3, 945)], fill=0, width=2)
    for y in range(1100, 1900, 60):  # lines of "text": short dark marks, as strokes are
        for x in range(200, 1400, 45):
            draw.rectangle([x, y, x + 30, y + 3], fill=0)
            draw.rectangle([x + 14, y - 20, x + 17, y + 20], fill=0)
    dark = np.asarray(img) < 128
    xs, ys = ocr._table_rules(dark, line=45)
    assert len(xs) == 4 and all(abs(x - e) <= 3 for x, e in zip(xs, (201, 321, 1101, 1401)))
    assert len(ys) == 4 and all(abs(y - e) <= 4 for y, e in zip(ys, (403, 463, 703, 943)))
    text_only = dark.copy()
    text_only[:1000] = False
    assert ocr._table_rules(text_only, line=45) is None
    draw.line([(150, 250), (1450, 250)], fill=0, width=3)  # a 红头's red line above the table
    draw.rectangle([0, 0, 1599, 2199], outline=0, width=12)  # a scanner's dark border
    xs2, ys2 = ocr._table_rules(np.asarray(img) < 128, line=45)
    assert xs2 == xs and ys2 == ys  # neither is a rule of the table


def test_a_scan_a_site_stamped_with_a_line_of_text_is_still_read_by_ocr_and_the_stamp_kept_once():
    doc = corpus.load_document(DATA / "ocr" / "stamped_f56_04_p1.pdf")
    assert re.fullmatch(r"pdf OCR \(every page; mean confidence 0\.9\d\d\)", doc.encoding)
    assert doc.text.count("云岫县人民政府网") == 1 and doc.text.startswith("来源：")
    assert _matches(_measures(doc), KEY[:4])  # the stamp, left of the scan's margin, indents no paragraph


def test_a_page_whose_font_has_no_unicode_map_is_read_by_ocr_and_the_rest_from_its_text_layer():
    # page 2's embedded font has no Unicode map (make_nomap_pdf.py): its text layer is (cid:N) only, but it draws
    path = DATA / "ocr" / "nomap_2p.pdf"
    doc = corpus.load_document(path)
    assert re.fullmatch(r"pdf text layer and OCR \(1 of 2 pages; mean confidence (?:0\.9\d\d|1\.000); "
                        r"1 page\(s\) whose fonts have no Unicode map, or a wrong one\)", doc.encoding), doc.encoding
    assert "(cid:" not in doc.text and "五、精简文件简报，可发可不发的文件一律不发。" in doc.text
    m, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "nomap")
    assert m["label"].tolist() == ["一、", "二、", "三、", "四、", "五、"]
    with pytest.raises(UnusableFile, match=r"1 of 2 pages have fonts without a usable Unicode map .*"
                                           r"\(OCR is switched off: ocr = false\)"):
        corpus.load_document(path, ocr=False)


def test_a_page_whose_font_maps_its_glyphs_to_the_wrong_characters_is_read_by_ocr():
    # its /ToUnicode map sends every glyph to a rare ideograph (make_nomap_pdf.py): the text layer reads 䄋䄋㩫㨶…
    path = DATA / "ocr" / "wrongmap_1p.pdf"
    doc = corpus.load_document(path)
    assert doc.encoding.startswith("pdf OCR (every page; ") and "or a wrong one" in doc.encoding
    assert doc.text.startswith("某某县卫生健康局改进工作作风的若干措施\n一、严格控制会议数量")
    m, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "wrongmap")
    assert m["label"].tolist() == ["一、", "二、", "三、", "四、", "五、"]
    with pytest.raises(UnusableFile, match=r"1 of 1 pages have fonts without a usable Unicode map"):
        corpus.load_document(path, ocr=False)


def test_a_page_pdfminer_reads_but_pdfium_cannot_load_is_refused_with_the_reason(tmp_path):
    # found by mutating the fixtures' bytes: a stray byte in the page object's header (3Z0 obj) is tolerated by
    # pdfminer, which finds the text layer unreadable and sends the page to OCR, but PDFium cannot load the page
    data = (DATA / "ocr" / "wrongmap_1p.pdf").read_bytes()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data.replace(b"3 0 obj\n<< /Type /Page", b"3Z0 obj\n<< /Type /Page", 1))
    with pytest.raises(UnusableFile, match=r"not a readable PDF for OCR \(PDFium cannot draw page 1"):
        corpus.load_document(damaged)


@pytest.mark.parametrize("name, how", [("pasted_scan_f56_04_p1-2.docx", "utf-8; docx"),
                                       ("pasted_scan_f56_04_p1-2.doc", "word 97-2003 binary; doc")])
def test_a_scan_pasted_into_a_word_file_is_read_by_ocr_picture_by_picture(name, how):
    path = DATA / "ocr" / name  # two scanned pages pasted as pictures, no text of its own
    doc = corpus.load_document(path)
    assert re.fullmatch(re.escape(how) + r" pictures OCR \(2 pages; mean confidence 0\.9\d\d\)", doc.encoding)
    assert _matches(_measures(doc), KEY[:10])
    with pytest.raises(UnusableFile, match=re.escape("a Word document holding 2 picture(s) and hardly any text "
                                                     "(a pasted scan?) (OCR is switched off: ocr = false)")):
        corpus.load_document(path, ocr=False)


def _load_text(path, queue):
    queue.put(corpus.load_document(path).text)


def test_a_worker_forked_from_a_process_that_ran_ocr_runs_it_too():
    """The pipeline's workers are forked. A process that had read a scan holds an engine whose threads the fork
    does not copy; a worker that dropped that copy would wait for them forever (it did: the build hung)."""
    import multiprocessing

    path = DATA / "ocr" / "scan_f56_04_p4-5.tif"
    text = corpus.load_document(path).text  # this process now has its engine
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    worker = ctx.Process(target=_load_text, args=(path, queue))
    worker.start()
    worker.join(90)
    if worker.is_alive():
        worker.kill()
        pytest.fail("the forked worker hung in OCR")
    assert worker.exitcode == 0 and queue.get(timeout=5) == text  # and read the scan as this process did


@pytest.mark.parametrize("turned", [-2.5, -0.9, 0.0, 0.6, 1.0])
def test_the_angle_a_scanned_page_was_turned_by_is_found(turned):
    from PIL import ImageDraw

    img = Image.new("L", (1600, 2200), 255)
    draw = ImageDraw.Draw(img)
    for y in range(200, 2000, 60):  # lines of "characters"
        for x in range(200, 1400, 45):
            draw.rectangle([x, y, x + 30, y + 25], fill=0)
    page = img.rotate(turned, resample=Image.BICUBIC, fillcolor=255)
    assert ocr.skew(np.asarray(page) < 128) == pytest.approx(-turned, abs=0.1)  # the angle that turns it back
    assert ocr.skew(np.zeros((800, 600), dtype=bool)) == 0.0  # a blank page is left as it is


BLIND = DATA / "blind_scans"
BLIND_KEY = list(csv.DictReader(open(BLIND / "key.csv", encoding="utf-8")))


@pytest.mark.parametrize("name", sorted({r["file"] for r in BLIND_KEY}))
def test_scans_written_blind_give_every_intended_measure_in_order(name):
    """Plans written and scanned by a blind writer (see the folder's ``key_notes.md``): a 红头 page in grey JPEG
    with a seal over the signature, black-and-white pages turned 1.2° with specks and a dark edge, a ruled table
    over two pages, a group-4 TIFF, a phone's long colour photo of two pages."""
    doc = corpus.load_document(BLIND / name)
    assert "OCR" in doc.encoding
    rows = [r for r in BLIND_KEY if r["file"] == name]
    assert _matches(_measures(doc), rows)


def test_a_scanned_page_in_two_columns_is_read_column_by_column():
    # OCR finds some lines of both columns as one line across the narrow gutter: each is split at the white band
    # it has there and its pieces read again, and the page is read column after column as a text layer is
    doc = corpus.load_document(DATA / "ocr" / "columns_f73_01_p1.png")
    rows = [r for r in csv.DictReader(open(DATA / "blind_plans39" / "key.csv", encoding="utf-8"))
            if r["file"] == "f73_01.pdf"][:8]
    texts = _measures(doc)
    assert _matches(texts[:8], rows), texts[:8]
    text = re.sub(r"\s+", "", doc.text)
    assert "为深入贯彻落实中央关于改进工作作风、密切联系群众的八项规定" in text  # its first line is no longer run on
    assert "江平省人民政府关于贯彻落实中央八项规定精神改进工作作风的实施方案" in text  # a title across the gutter is whole
