"""Tests of analysis.loaders and analysis.htmltext: encodings, HTML pages, Word .docx, traditional characters."""
from __future__ import annotations

import codecs
import io
import zipfile

import docx
import pytest

from analysis import corpus, htmltext, loaders, measures
from analysis.furniture import classify_line
from analysis.loaders import UnusableFile

SHORT_SIMPLIFIED = ["改进作风", "一、改进调查研究", "（三）基本原则。", "厉行勤俭节约", "八项规定", "会风",
                    "关于改进工作作风、密切联系群众的规定"]
SHORT_TRADITIONAL = ["改進作風", "一、改進調查研究", "（三）基本原則。", "厲行勤儉節約", "八項規定", "會風",
                     "關於改進工作作風、密切聯繫群眾的規定"]
PLAN = "关于改进工作作风的实施办法\n一、改进调查研究\n　　（一）基本原则。要轻车简从，减少陪同、简化接待。\n"


# --- decoding ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", SHORT_SIMPLIFIED)
def test_short_gbk_is_read_as_gb18030(text):
    # statistical detectors misread a few GBK characters; the plausibility score must not
    assert loaders.decode_bytes(text.encode("gbk")) == (text, "gb18030")


@pytest.mark.parametrize("text", SHORT_TRADITIONAL)
def test_short_big5_is_read_as_big5(text):
    assert loaders.decode_bytes(text.encode("big5")) == (text, "big5")


@pytest.mark.parametrize("data, encoding", [
    (PLAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8-sig"),
    (PLAN.encode("utf-16"), "utf-16"),  # with BOM (Python writes one)
    (codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), "utf-16"),
    (PLAN.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by plausibility
    (PLAN.encode("utf-16-be"), "utf-16-be"),
    (PLAN.encode("gb18030"), "gb18030"),
    (PLAN.encode("utf-32"), "utf-32"),
])
def test_encodings_decode_to_the_same_text(data, encoding):
    assert loaders.decode_bytes(data) == (PLAN, encoding)


def test_bom_and_crlf_are_normalised():
    text, enc = loaders.decode_bytes(codecs.BOM_UTF8 + PLAN.replace("\n", "\r\n").encode())
    assert enc == "utf-8-sig" and loaders.normalise_newlines(text) == PLAN
    assert loaders.normalise_newlines("a\rb\r\nc\n") == "a\nb\nc\n"


def test_characters_are_otherwise_kept():
    text = "　　一、要求。\u00a0??? ,.;\t全角　空格\n"
    assert loaders.decode_bytes(text.encode("gb18030"))[0] == text


@pytest.mark.parametrize("data, reason", [
    (b"\x00\x01\x02\x03binary\x00\xff" * 20, "NUL bytes"),
    (bytes(range(0x80, 0x100)) * 10, "could not be decoded"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "byte-order mark"),
])
def test_undecodable_bytes_are_unusable(data, reason):
    with pytest.raises(UnusableFile, match=reason):
        loaders.decode_bytes(data)


@pytest.mark.parametrize("data, text, encoding", [
    ((PLAN * 3).encode()[:-2], (PLAN * 3)[:-2] + "\ufffd", "utf-8 (1 undecodable byte replaced)"),  # cut mid-character
    ((PLAN * 3).encode("gbk") + b"\xff", PLAN * 3 + "\ufffd", "gb18030 (1 undecodable byte replaced)"),
])
def test_a_few_undecodable_bytes_are_replaced_and_recorded(data, text, encoding):
    assert loaders.decode_bytes(data) == (text, encoding)


def _damaged(data: bytes, every: int) -> tuple[bytes, int]:
    """``data`` with the lead byte of one character in every ``every`` three-byte UTF-8 characters (or GBK
    pairs) turned into 0xFF, as bytes damaged in storage are; and how many were damaged."""
    out, n = bytearray(data), 0
    for i in range(0, len(out) - 3, every):
        if out[i] >= 0xE0 or (0x81 <= out[i] <= 0xFE and 0x40 <= out[i + 1]):
            out[i], n = 0xFF, n + 1
    return bytes(out), n


def test_utf8_damaged_in_scattered_places_is_read_and_the_damage_counted():
    text = PLAN * 40
    data, n = _damaged(text.encode(), 301)
    assert n > 0.001 * len(text)  # more than a cut last character: once refused as undecodable
    decoded, enc = loaders.decode_bytes(data)
    assert enc.startswith("utf-8 (") and enc.endswith("undecodable bytes replaced)")
    intact = sum(a == b for a, b in zip(decoded.split("\n"), text.split("\n")))
    assert decoded.count("\ufffd") >= n and decoded.count("\n") == text.count("\n") and intact >= 0.85 * text.count("\n")


def test_gbk_damaged_in_scattered_places_is_read_as_gb18030():
    text = PLAN * 40
    data, n = _damaged(text.encode("gbk"), 201)
    assert n > 0.001 * len(text)
    decoded, enc = loaders.decode_bytes(data)
    assert enc.startswith("gb18030 (") and "改进调查研究" in decoded


def test_a_passage_in_another_encoding_is_not_read_as_damage():
    # a GBK plan with a long UTF-8 tail: undecodable as UTF-8 in one long run, not scattered damage, so the
    # plan is not lost to replacement characters: each part is read in its own encoding
    data = (PLAN * 10).encode("gbk") + ("的" * 20000).encode()
    decoded, enc = loaders.decode_bytes(data)
    assert decoded == PLAN * 10 + "的" * 20000 and enc == "mixed utf-8 (1 line) and gb18030 (30 lines)"


@pytest.mark.parametrize("first, second", [("gbk", "utf-8"), ("utf-8", "gbk")])
def test_a_copy_pieced_together_from_gbk_and_utf8_reads_each_line_in_its_own_encoding(first, second):
    head, tail = PLAN * 4, "二、精简会议活动\n　　1.严格控制会议规模，减少陪同人员。\r\n" * 3
    decoded, enc = loaders.decode_bytes(head.encode(first) + tail.encode(second))
    assert decoded == head + tail and enc.startswith("mixed utf-8 (")


def test_a_gbk_file_is_not_taken_for_mixed_by_a_line_that_happens_to_be_valid_utf8():
    text = PLAN * 3 + "说\n" + PLAN  # 说 in GBK is CB B5, valid UTF-8 for ˵, an implausible character
    assert "说".encode("gbk").decode("utf-8") == "\u02f5"
    assert loaders.decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_a_line_spliced_from_two_encodings_is_not_read_as_mixed():
    # no line may be read half one way, half the other: such a copy goes on to the whole-file readings
    data = (PLAN * 10).encode("gbk") + "改进作风".encode("gbk") + ("的" * 30).encode() + (PLAN * 10).encode("gbk")
    assert loaders._mixed_reading(data) is None
    assert not loaders.decode_bytes(data)[1].startswith("mixed")


@pytest.mark.parametrize("data, dropped", [
    ((PLAN * 5).encode() + b"\x00" * 4096, 4096),  # padding left by a failed copy
    ((PLAN * 5).encode("gbk") + b"\x00" * 512, 512),
    (codecs.BOM_UTF8 + (PLAN * 5).encode().replace("。".encode(), "。".encode() + b"\x00", 2), 2),  # strays
])
def test_nul_padding_and_stray_nuls_are_dropped_and_counted(data, dropped):
    decoded, enc = loaders.decode_bytes(data)
    assert decoded == PLAN * 5 and enc.endswith(f"({dropped} NUL bytes dropped)")


def test_many_nuls_in_a_text_that_is_not_utf16_make_it_binary():
    data = (PLAN * 5).encode().replace("，".encode(), b"\x00" * 8)
    with pytest.raises(UnusableFile, match="NUL bytes and is not UTF-16"):
        loaders.decode_bytes(data)


def test_declared_charset_of_html():
    assert loaders.declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') == "gb18030"
    assert loaders.declared_charset(b'<meta charset="UTF-8">') == "utf-8"
    assert loaders.declared_charset(b"<p>no meta</p>") is None


# --- checks ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    (" \n\t　\n", "empty"),
    ("改进作风" * 20 + "\x01\x02\x03\x04", "binary"),
    ("A plan in English only, no Chinese characters.", "fewer than the minimum of 50"),
    ("改进作风。" * 5, "20 Chinese characters, fewer than the minimum of 50"),
])
def test_check_text_refuses(text, reason):
    with pytest.raises(UnusableFile, match=reason):
        loaders.check_text(text, min_cjk_chars=50)


def test_check_text_accepts_a_stray_control_character():
    loaders.check_text("改进作风。" * 40 + "\x1a", min_cjk_chars=50)


@pytest.mark.parametrize("suffix, data, reason", [
    (".ppt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "presentations are not supported"),
    (".pdf", "改进作风".encode(), "not a PDF"),
    (".docx", "改进作风".encode(), "not a valid .docx"),
    (".zip", b"PK\x03\x04" + b"\x00" * 50, "zip archive that is not a Word .docx"),
    (".xml", b'<?xml version="1.0"?><rss><channel><item>' + "改进作风".encode() + b"</item></channel></rss>",
     "XML document that is neither a web page nor a Word 2003"),
    (".fodt", b'<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">',
     "flat OpenDocument"),
])
def test_unsupported_formats_are_refused(suffix, data, reason):
    with pytest.raises(UnusableFile, match=reason):
        loaders.sniff_format(suffix, data)


@pytest.mark.parametrize("suffix, data, fmt", [
    (".txt", PLAN.encode(), "text"),
    (".xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "xls"),  # its reader says what is wrong
    ("", PLAN.encode(), "text"),
    (".htm", b"<p>x</p>", "html"),
    (".txt", b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (".txt", b"<html lang='zh'><body>x</body></html>", "html"),
    (".txt", "<<改进作风>>的通知".encode(), "text"),
    (".txt", "<p>一、改进调查研究</p>\n<p>（一）轻车简从。</p><br/>".encode(), "html"),  # a fragment saved as .txt
    (".pdf", b"%PDF-1.4\n", "pdf"),
    (".txt", b"%PDF-1.7\n", "pdf"),  # by its bytes, whatever its name
    (".mht", b"MIME-Version: 1.0\r\n", "mhtml"),
    ("", b"From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
         b"\ttype=\"text/html\";\r\n\tboundary=\"----b\"\r\n\r\n", "mhtml"),
    (".txt", "关于印发的通知\nContent-Type: multipart/related".encode(), "text"),  # not in a header block
    (".doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),  # an OLE2 file: Word 97-2003
    (".wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # WPS saves Word's binary format
    (".txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # by its bytes, whatever its name
    (".doc", "改进作风".encode(), "text"),
    (".png", b"\x89PNG\r\n\x1a\n", "image"),  # a scan or screenshot: read by OCR
    (".jpg", b"\xff\xd8\xff\xe0", "image"),
    (".tif", b"II*\x00", "image"),
    (".txt", "BM与基层联系".encode(), "text"),  # not a bitmap: its header is not one
])
def test_sniff_format(suffix, data, fmt):
    assert loaders.sniff_format(suffix, data) == fmt


# --- HTML ------------------------------------------------------------------------------------------

CHROME_TOP = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>标题</title>
<style>p {{ color: red }}</style><script>document.write("<p>脚本里的文字</p>")</script></head><body>
<div class="header"><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="left"><ul><li><a href="/a">县长会见客商代表</a></li><li><a href="/b">全县安全生产工作会议召开</a></li></ul></div>
<div class="content">"""
CHROME_BOTTOM = """</div><div class="share">分享到：<a>微博</a> <a>微信</a></div>
<div class="tools">【打印本页】【关闭窗口】</div>
<div id="footer"><p>版权所有：金乡县人民政府办公室 备案号：鲁ICP备12345678号</p></div>
<script>var _hmt = _hmt || [];</script></body></html>"""
ARTICLE = ["中共金乡县委常委会关于改进工作作风、密切联系群众的实施办法",
           "　　为认真贯彻落实中央八项规定，结合我县实际，制定如下实施办法。",
           "一、改进调查研究",
           "　　（一）基本原则。到基层调研要轻车简从，减少陪同、简化接待，不张贴悬挂标语横幅，不安排群众迎送。",
           "二、精简会议活动",
           "　　（二）严格控制会议数量。没有实质内容的会议一律不开，可开可不开的会议坚决不开，提倡开短会、讲短话。",
           "　　（三）改进文风。没有实质内容、可发可不发的文件简报一律不发。"]


def page(lines, charset="utf-8", tag="p"):
    body = "\n".join(f"<{tag}>{ln}</{tag}>" for ln in lines)
    return CHROME_TOP.format(charset=charset) + body + CHROME_BOTTOM


def without_furniture(text):
    return [ln for ln in text.split("\n") if not classify_line(ln)]


def test_html_keeps_article_lines_exactly_and_drops_chrome():
    text = htmltext.html_to_text(page(ARTICLE))
    # full-width indentation kept; nav, sidebar, share bar and footer gone; the print buttons are left
    # to the furniture finder
    assert without_furniture(text) == ARTICLE
    assert "脚本" not in text and "color" not in text


def test_html_short_headings_in_h_tags_are_kept():
    lines = [f"<h3>{ln}</h3>" if "、" in ln[:2] else f"<p>{ln}</p>" for ln in ARTICLE]
    assert without_furniture(htmltext.html_to_text(page(lines, tag="div"))) == ARTICLE


def test_html_br_and_source_line_breaks():
    html = "<html><body><div class='main'>第一行<br>第二行<br/>\n   第三\n   行 and\n   more</div></body></html>"
    assert htmltext.html_to_text(html).split("\n") == ["第一行", "第二行", "第三行 and more"]


def test_html_without_recognisable_article_keeps_every_block():
    html = "<html><body><p>一、改进调查研究</p><p>（一）轻车简从。</p></body></html>"
    assert htmltext.html_to_text(html) == "一、改进调查研究\n（一）轻车简从。"


def test_html_asp_net_form_wrapping_everything_is_kept():
    html = "<html><body><form id='form1'>" + "".join(f"<p>{ln}</p>" for ln in ARTICLE) + "</form></body></html>"
    assert htmltext.html_to_text(html).split("\n") == ARTICLE


def test_html_layout_table_with_br_lines_and_sidebar_links():
    # an old-style page: layout table, a sidebar list of links (no telling class), lines split by <br>,
    # indentation by &nbsp;
    side = "".join(f"<li><a href='/n{i}'>全县第{i}次安全生产工作会议召开</a></li>" for i in range(15))
    body = "<br>".join(ln.replace("　　", "&nbsp;&nbsp;") for ln in ARTICLE)
    html = (f"<html><body><table><tr><td class='left'><ul>{side}</ul></td>"
            f"<td class='main'><font size='3'>{body}</font></td></tr></table></body></html>")
    assert htmltext.html_to_text(html).split("\n") == [ln.replace("　　", "\u00a0\u00a0") for ln in ARTICLE]


def test_html_trailing_link_list_is_left_out():
    lines = "".join(f"<p>{ln}</p>" for ln in ARTICLE)
    html = (f"<html><body><div class='zw'>{lines}</div><div class='xglj'><h3>相关链接</h3>"
            "<ul><li><a href='/a'>国务院关于改进工作作风的规定</a></li><li><a href='/b'>省政府办公厅</a></li></ul>"
            "</div></body></html>")
    assert without_furniture(htmltext.html_to_text(html)) == ARTICLE


def test_html_pre_keeps_its_lines():
    html = "<html><body><pre>" + "\n".join(ARTICLE) + "</pre></body></html>"
    assert htmltext.html_to_text(html).split("\n") == ARTICLE


def test_html_entities_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<html><body><p>改进作风&x;</p><img src='http://example.invalid/a.png'></body></html>")
    assert "TOPSECRET" not in htmltext.html_to_text(html)


def test_invisible_characters_are_removed_and_noted():
    text, notes = loaders.repair_text("1.\u200b严\u00ad格控制\ufeff会议\u200d。", decode_entities=False)
    assert text == "1.严格控制会议。" and notes == ["4 invisible characters removed"]


def test_radical_forms_a_pdf_font_copies_become_the_characters_they_stand_for(tmp_path):
    # some PDF writers' fonts map 一 to the Kangxi radical ⼀ (U+2F00), 长 to ⻓ (U+2ED3): a copy then reads
    # ⼀、严格控制⽂件 and neither the numbering nor the cues see it
    copied = "⼀、严格控制⽂件数量，篇幅⻓度不超过3000字。\n⼆、会议时间不超过⼀⼩时，⻋辆统⼀调度。\n"
    plain = "一、严格控制文件数量，篇幅长度不超过3000字。\n二、会议时间不超过一小时，车辆统一调度。\n"
    text, notes = loaders.repair_text(copied, decode_entities=False)
    assert text == plain and notes == ["8 radical forms read as the characters they stand for (⼀ → 一)"]
    assert loaders.repair_text("⻫⺀", decode_entities=False) == ("⻫⺀", [])  # no Chinese equivalent: kept
    path = tmp_path / "copied.txt"
    path.write_text("关于改进工作作风的措施\n" + copied, encoding="utf-8")
    doc = corpus.load_document(path, min_cjk_chars=10)
    assert doc.text.endswith(plain) and "radical forms" in doc.encoding
    m, _ = measures.extract(doc.text, [], "copied")
    assert m["label"].tolist() == ["一、", "二、"]


def test_a_letter_spaced_copy_out_of_a_pdf_is_closed_up_but_ordinary_spaces_are_kept():
    spaced = "（ 一 ） 县 委 常 委 每 年 到 基 层 调 研 不 少 于 6 0 天 ， 使 用 Word 2007 起 草 。\n二 、 精 简 会 议"
    text, notes = loaders.repair_text(spaced, decode_entities=False)
    assert text == "（一）县委常委每年到基层调研不少于60天，使用 Word 2007起草。\n二、精简会议" and notes == ["letter-spacing removed"]
    plain = "一、会议 严控数量。使用 Word 2007 起草。第七章　附　则"  # a few spaces are not letter-spacing
    assert loaders.repair_text(plain, decode_entities=False) == (plain, [])


def test_html_entities_left_in_a_plain_text_copy_are_decoded_but_a_lone_ampersand_is_kept():
    page = "&nbsp;&nbsp;1.反对&ldquo;四风&rdquo;&mdash;&mdash;改进作风，&amp;ldquo;转载&amp;rdquo;"
    text, notes = loaders.repair_text(page, decode_entities=True)
    assert text == "\xa0\xa01.反对“四风”——改进作风，“转载”" and notes == ["HTML entities decoded"]
    assert loaders.repair_text("某某公司&某某研究院合作。", decode_entities=True) == ("某某公司&某某研究院合作。", [])
    assert loaders.repair_text(page, decode_entities=False)[0] == page  # an HTML page is decoded by its parser


# --- Word .docx --------------------------------------------------------------------------------------

def make_docx(lines, table=None) -> bytes:
    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_one_per_line_and_table_rows_split_by_tabs():
    data = make_docx(ARTICLE[:3], table=[["整改事项", "责任单位"], ["精简会议", "县委办"]])
    assert loaders.docx_to_text(data, max_bytes=10**7).split("\n") == ARTICLE[:3] + ["整改事项\t责任单位",
                                                                                      "精简会议\t县委办"]


def test_docx_vertically_merged_cell_is_read_once():
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for r, (no, task) in enumerate([("1", "精简会议"), ("2", "精简文件")]):
        t.cell(r, 0).text, t.cell(r, 1).text = no, task
    t.cell(0, 2).merge(t.cell(1, 2)).text = "县委办"
    buf = io.BytesIO()
    d.save(buf)
    assert loaders.docx_to_text(buf.getvalue(), max_bytes=10**7).split("\n") == ["1\t精简会议\t县委办", "2\t精简文件"]


def test_docx_data_table_row_with_a_two_paragraph_cell_is_still_one_row():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for r, (no, task, unit) in enumerate([("1", "精简会议", "县委办"), ("2", "精简文件", "县委办"), ("3", "清理办公用房", "县机关事务局")]):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = no, task, unit
    t.cell(2, 1).add_paragraph("超标部分限期腾退。")
    buf = io.BytesIO()
    d.save(buf)
    assert loaders.docx_to_text(buf.getvalue(), max_bytes=10**7).split("\n")[-1] == "3\t清理办公用房 超标部分限期腾退。\t县机关事务局"


def test_docx_layout_table_cells_keep_their_paragraphs_on_lines_of_their_own():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "一、精简会议"
    t.cell(0, 0).add_paragraph("1.严控会议数量。")
    t.cell(0, 1).text = "说明"
    buf = io.BytesIO()
    d.save(buf)
    assert loaders.docx_to_text(buf.getvalue(), max_bytes=10**7).split("\n") == ["一、精简会议", "1.严控会议数量。", "说明"]


def test_html_data_table_rows_are_lines_split_by_tabs_and_layout_cells_are_not():
    page = ("<html><body><table><tr><th>序号</th><th>整改任务</th><th>责任单位</th></tr>"
            "<tr><td>1</td><td>严控会议数量</td><td>县委办</td></tr></table>"
            "<table><tr><td><p>一、精简会议</p><p>1.严控会期。</p></td><td>侧栏</td></tr></table></body></html>")
    assert htmltext.html_to_text(page).split("\n") == ["序号\t整改任务\t责任单位", "1\t严控会议数量\t县委办",
                                                        "一、精简会议", "1.严控会期。", "侧栏"]


def test_docx_merged_cells_once():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "合并单元格"
    buf = io.BytesIO()
    d.save(buf)
    assert loaders.docx_to_text(buf.getvalue(), max_bytes=10**7) == "合并单元格"


def test_docx_word_list_numbers_are_part_of_the_text():
    # Word's automatic numbers are not in the paragraph text; a plan typed as a Word list keeps them
    d = docx.Document()
    d.add_paragraph("一、改进调查研究")
    d.add_paragraph("严格控制调研次数。", style="List Number")
    d.add_paragraph("调研轻车简从。", style="List Number")
    d.add_paragraph("说明：不编号的段落。")
    buf = io.BytesIO()
    d.save(buf)
    lines = loaders.docx_to_text(buf.getvalue(), max_bytes=10**7).split("\n")
    assert lines == ["一、改进调查研究", "1.严格控制调研次数。", "2.调研轻车简从。", "说明：不编号的段落。"]


def _docx_with_body_xml(body_xml: str) -> bytes:
    """A .docx whose body is ``body_xml`` (WordprocessingML as Word writes it), for shapes python-docx
    cannot build: tracked changes, content controls, text boxes."""
    buf = io.BytesIO()
    docx.Document().save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    xml = src.read("word/document.xml").decode()
    head, _, tail = xml.partition("<w:body>")
    xml = head + "<w:body>" + body_xml + tail[tail.index("<w:sectPr"):]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, xml if info.filename == "word/document.xml" else src.read(info.filename))
    return out.getvalue()


_R = "<w:r><w:t>{}</w:t></w:r>"
_TRACK = 'w:id="{}" w:author="审核人" w:date="2013-01-05T00:00:00Z"'


def test_docx_tracked_changes_read_as_accepted_and_content_controls_are_read():
    body = ("<w:p>" + _R.format("1.严控会议数量。") + f"<w:ins {_TRACK.format(1)}>" + _R.format("全年不超过四次。")
            + f"</w:ins><w:del {_TRACK.format(2)}><w:r><w:delText>可以适当增加。</w:delText></w:r></w:del></w:p>"
            f"<w:p><w:del {_TRACK.format(3)}><w:r><w:delText>2.删去的一条。</w:delText></w:r></w:del></w:p>"
            "<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + _R.format("2.严控会期。") + "</w:p></w:sdtContent></w:sdt>"
            "<w:p>" + _R.format("3.") + "<w:sdt><w:sdtContent>" + _R.format("规范接待。") + "</w:sdtContent></w:sdt></w:p>")
    lines = loaders.docx_to_text(_docx_with_body_xml(body), max_bytes=10**7).split("\n")
    assert lines == ["1.严控会议数量。全年不超过四次。", "", "2.严控会期。", "3.规范接待。"]


def test_docx_hidden_runs_are_not_read():
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注，不印发）</w:t></w:r>'
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>全年不超过四次。</w:t></w:r>'
    body = "<w:p>" + _R.format("1.严控会议数量。") + hidden + shown + "</w:p>"
    assert loaders.docx_to_text(_docx_with_body_xml(body), max_bytes=10**7) == "1.严控会议数量。全年不超过四次。"


def test_docx_text_box_is_read_once_after_its_paragraph():
    box = "<w:txbxContent><w:p>" + _R.format("5.严控出国。") + "</w:p></w:txbxContent>"
    body = ("<w:p>" + _R.format("4.规范用车。") + '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
            'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.'
            'openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wps:wsp xmlns:wps="http://schemas.microsoft.com/'
            f'office/word/2010/wordprocessingShape"><wps:txbx>{box}</wps:txbx></wps:wsp></wp:anchor></w:drawing>'
            '</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            "<w:p>" + _R.format("6.厉行节约。") + "</w:p>")
    lines = loaders.docx_to_text(_docx_with_body_xml(body), max_bytes=10**7).split("\n")
    assert lines == ["4.规范用车。", "5.严控出国。", "6.厉行节约。"]


def test_html_ordered_list_numbers_are_drawn_as_a_browser_shows_them():
    page = ("<html><body><div><h3>一、精简会议</h3><ol><li>严控会议数量。</li><li>严格会议审批，程序如下："
            "<ol><li>提出申请；</li><li>审核；</li></ol></li><li>严控会期。</li></ol>"
            "<ol start='4' type='a'><li>四</li></ol><ol style='list-style-type: cjk-ideographic'><li>甲</li></ol>"
            "<ul><li>无编号</li></ul></div></body></html>")
    lines = htmltext.html_to_text(page).split("\n")
    assert lines == ["一、精简会议", "1.严控会议数量。", "2.严格会议审批，程序如下：", "（1）提出申请；", "（2）审核；",
                     "3.严控会期。", "d.四", "一、甲", "无编号"]


PLAN_LINE = "一、改进调查研究\n（一）减少陪同人员，不搞层层陪同，轻车简从。\n（二）精简会议活动，严格控制会议规模和会期。\n"


@pytest.mark.parametrize("wrong", ["latin-1", "cp1252"])
def test_utf8_read_as_latin1_or_cp1252_and_saved_again_is_repaired(wrong):
    raw = PLAN_LINE.encode("utf-8")
    if wrong == "latin-1":
        garbled = raw.decode("latin-1")
    else:  # how browsers read windows-1252: its five undefined bytes stand for themselves
        garbled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    text, encoding = loaders.decode_bytes(garbled.encode("utf-8"))
    assert text == PLAN_LINE and "repaired" in encoding


def test_unrepairable_mojibake_is_named_as_such():
    garbled = PLAN_LINE.encode("utf-8").decode("latin-1") + "Ã"  # a torn sequence: not UTF-8 underneath
    with pytest.raises(UnusableFile, match="mojibake"):
        loaders.check_text(loaders.decode_bytes(garbled.encode("utf-8"))[0], min_cjk_chars=10)


def test_latin_text_with_a_few_accents_is_left_alone():
    text = "Plan für die Verwaltung: café, naïve, 中共中央八项规定。" * 3
    assert loaders.decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def _numbered_docx(levels: str, paragraphs: list[tuple[int, str]]) -> bytes:
    """A .docx whose paragraphs carry a direct ``w:numPr`` (list 90, level ilvl) with the given levels XML."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for ilvl, text in paragraphs:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_chinese_list_levels_restart_under_their_parent():
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/></w:lvl>'
              '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>')
    data = _numbered_docx(levels, [(0, "精简会议"), (1, "严控数量"), (1, "严控会期"), (2, "要点"), (0, "精简文件"),
                                   (1, "压缩篇幅")])
    assert loaders.docx_to_text(data, max_bytes=10**7).split("\n") == [
        "（一）精简会议", "①严控数量", "②严控会期", "要点", "（二）精简文件", "①压缩篇幅"]


def test_docx_list_level_with_lvl_restart_zero_runs_on_across_its_parents():
    # 第X章 over 第X条 that never restarts (w:lvlRestart 0): articles run 第一条…第四条 across chapters, while
    # the clause level below restarts in every article (the default)
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1章"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlRestart w:val="0"/>'
              '<w:lvlText w:val="第%2条"/></w:lvl>'
              '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%3）"/></w:lvl>')
    data = _numbered_docx(levels, [(0, "总则"), (1, "目的"), (1, "范围"), (0, "会议"), (1, "精简会议"), (2, "控制数量"),
                                   (2, "控制会期"), (1, "改进会风"), (2, "开短会")])
    assert loaders.docx_to_text(data, max_bytes=10**7).split("\n") == [
        "第一章总则", "第一条目的", "第二条范围", "第二章会议", "第三条精简会议", "（一）控制数量", "（二）控制会期",
        "第四条改进会风", "（一）开短会"]


@pytest.mark.parametrize("n, fmt, drawn", [
    (1, "decimal", "1"), (12, "chineseCounting", "十二"), (20, "chineseCountingThousand", "二十"),
    (105, "chineseCounting", "一百零五"), (110, "chineseCounting", "一百一十"), (3, "decimalEnclosedCircle", "③"),
    (10, "decimalFullWidth", "１０"), (2, "ideographTraditional", "乙"), (4, "upperRoman", "IV"), (27, "lowerLetter", "aa"),
])
def test_word_number_formats(n, fmt, drawn):
    from analysis.wordnum import format_number

    assert format_number(n, fmt) == drawn


def _rezip(data: bytes, replace: dict[str, bytes] = (), extra: dict[str, bytes] = ()) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, dict(replace).get(info.filename, src.read(info)))
        for name, payload in dict(extra).items():
            zf.writestr(name, payload)
    return out.getvalue()


def test_docx_zip_bomb_is_refused():
    bomb = _rezip(make_docx(["改进作风"]), extra={"word/media/bomb.xml": b" " * 20_000_000})
    with pytest.raises(UnusableFile, match="zip bomb"):
        loaders.docx_to_text(bomb, max_bytes=10**9)


def test_docx_total_uncompressed_size_is_limited():
    data = make_docx(["改进作风"])
    with pytest.raises(UnusableFile, match="uncompressed"):
        loaders.docx_to_text(data, max_bytes=1_000)  # its XML parts exceed 10 x 1,000 bytes


def test_docx_too_many_members_is_refused():
    many = _rezip(make_docx(["改进作风"]), extra={f"customXml/item{i}.bin": b"x" for i in range(2001)})
    with pytest.raises(UnusableFile, match="zip members"):
        loaders.docx_to_text(many, max_bytes=10**7)


def test_docx_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    data = make_docx(["PLACEHOLDER"])
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    decl_end = xml.index("?>") + 2
    xml = (xml[:decl_end] + f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           + xml[decl_end:].replace("PLACEHOLDER", "&xxe;"))
    evil = _rezip(data, replace={"word/document.xml": xml.encode()})
    with pytest.raises(UnusableFile, match="DTD") as exc:
        loaders.docx_to_text(evil, max_bytes=10**7)
    assert "TOPSECRET" not in str(exc.value)
    # second line of defence: python-docx itself must not resolve the entity either
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(evil)).paragraphs)
    assert "TOPSECRET" not in text


def test_docx_without_document_part_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(UnusableFile, match="word/document.xml"):
        loaders.docx_to_text(out.getvalue(), max_bytes=10**7)


# --- traditional characters ---------------------------------------------------------------------------

@pytest.mark.parametrize("traditional, simplified", [
    ("關於改進工作作風、密切聯繫群眾的規定", "关于改进工作作风、密切联系群众的规定"),
    ("一、改進調查研究。著力解決群眾反映強烈的問題，隨著形勢發展。", "一、改进调查研究。着力解决群众反映强烈的问题，随着形势发展。"),
    ("對需要批覆的事項及時批覆，加強醫療衞生工作。", "对需要批复的事项及时批复，加强医疗卫生工作。"),
])
def test_traditional_is_converted_with_the_same_length(traditional, simplified):
    out, converted = loaders.to_simplified(traditional)
    assert (out, converted) == (simplified, True)
    assert len(out) == len(traditional)


@pytest.mark.parametrize("text", [
    PLAN,
    "显著提高，著名的著作。覆盖全县，颠覆。",  # simplified text using 著/覆 legitimately
    "乾隆年间的文物保护工作要加强，严格执行八项规定。",  # one traditional-looking character is not enough
])
def test_simplified_is_never_flagged(text):
    assert loaders.to_simplified(text) == (text, False)
    assert not loaders.is_traditional(text)


@pytest.mark.parametrize("text, expected", [
    ("会议文件", (0, 4)),
    ("會議文件", (2, 4)),  # 會 議 change, 文 件 do not
    ("abc，。 123", (0, 0)),
    ("㐀會", (1, 2)),  # CJK extension A counts as Han
    ("", (0, 0)),
])
def test_traditional_share_counts(text, expected):
    assert loaders.traditional_share(text) == expected


def test_utf8_read_as_gbk_and_saved_again_is_repaired_and_its_losses_counted():
    clean = "中共某县委关于改进工作作风的实施办法\n一、精简会议活动。全县性会议每年不超过四次，会期不超过一天。\n" * 8
    mojibake = clean.encode("utf-8").decode("gbk", errors="replace")
    text, encoding = loaders.decode_bytes(mojibake.encode("utf-8"))
    assert "read as GBK; repaired" in encoding
    kept = sum(a == b for a, b in zip(text, clean))
    assert text.count("改进工作作风的实施办法") == 8 and kept > 0.6 * len(clean)
    # ordinary Chinese text is left alone
    assert loaders.decode_bytes(clean.encode("utf-8")) == (clean, "utf-8")


def test_punctuation_lost_to_question_marks_gets_its_list_numbers_back():
    damaged = ("某市整改方案\n一?总体要求\n坚持问题导向?从严从实?\n二?整改措施\n?一?改进会风\n1?严控会议数量?全市性会议减少三成?\n"
               "2?提高会议质量?开短会?讲短话?\n?二?改进文风\n1?精简文件?发文减少两成?\n2?压缩简报?每个部门只保留一种?\n")
    text, notes = loaders.repair_text(damaged, decode_entities=False)
    assert len(text) == len(damaged) and any("punctuation lost to '?'" in n for n in notes)
    assert "二、整改措施\n（一）改进会风\n1.严控会议数量?" in text
    # a text with its marks intact is not touched, however many question marks it asks
    asked = "某县关于征求意见的通知。你们的意见是什么？" * 30
    assert loaders.repair_text(asked, decode_entities=False)[0] == asked


def test_list_numbers_lost_to_question_marks_are_restored_when_only_some_marks_were_lost():
    # most marks kept, a few lost: the ratio test does not fire, but ?一? at a line start is never anything else
    partly = ("第八条　规范公务接待工作。对上级领导?按以下要求接待：\n?一?不到机场、车站迎送?不安排宴请；\n"
              "?二?住宿安排在普通标准间，用餐实行自助餐。\n第九条　严格因公出国?境）管理。\n") * 2
    text, notes = loaders.repair_text(partly, decode_entities=False)
    assert len(text) == len(partly) and any("some punctuation lost to '?'" in n for n in notes)
    assert "\n（一）不到机场、车站迎送?不安排宴请；\n（二）住宿" in text and "出国?境）" in text
    # one such line alone is not enough, and a question at a line start is not a number
    once = "一?总体要求。\n为什么要改进作风?因为群众有意见。\n"
    assert loaders.repair_text(once, decode_entities=False) == (once, [])


def test_html_data_table_cells_with_line_breaks_stay_one_row_and_a_menu_row_is_furniture():
    page = ("<html><body><table><tr><td><a href='/'>首页</a></td><td><a href='/gk'>概况</a></td>"
            "<td><a href='/xw'>新闻中心</a></td></tr></table>"
            "<div class='article'><p>某市整改方案</p><p>为抓好整改落实，制定本方案。整改任务如下：</p>"
            "<table><tr><th>序号</th><th>存在问题</th><th>整改措施</th><th>责任领导</th></tr>"
            "<tr><td>1</td><td rowspan='2'>会议多、文件多</td><td>严格控制全市性会议数量，<br>会期一般不超过半天。</td>"
            "<td>陈卫东<br>（市委常委、秘书长）</td></tr>"
            "<tr><td>2</td><td>从严控制发文数量和篇幅。</td><td>陈卫东</td></tr></table></div></body></html>")
    doc_lines = htmltext.html_to_text(page).split("\n")
    assert "1\t会议多、文件多\t严格控制全市性会议数量， 会期一般不超过半天。\t陈卫东 （市委常委、秘书长）" in doc_lines
    assert "2\t从严控制发文数量和篇幅。\t陈卫东" in doc_lines
    assert without_furniture(htmltext.html_to_text(page))[0] == "某市整改方案"  # the menu row is set aside


# --- PDF text layer --------------------------------------------------------------------------------

def test_pdf_lines_join_into_paragraphs_by_margins_and_indents():
    from analysis.pdftext import _paragraphs

    em, left, right = 10.0, 50.0, 550.0
    def line(text, x0=left, full=True, y=0.0):  # (x0, x1, y0, y1, text), y falling down the page
        return (x0, right if full else x0 + em * len(text), -y - 10, -y, text)
    lines = [
        line("一、精简会议", full=False, y=0),
        line("1.严格控制会议数量，全县性会议每年不超过", x0=left + 2 * em, y=14),   # indented: a paragraph starts
        line("12个，会期不超过半天。", full=False, y=28),                             # wrapped, short: it ends
        line("　　2.改进会风，开短会、讲短话，一般", y=42),                          # white space: a new one
        line("Word 文档 and", y=56), line("PDF copies keep their spaces.", full=False, y=70),
    ]
    assert _paragraphs(lines) == ("一、精简会议\n1.严格控制会议数量，全县性会议每年不超过12个，会期不超过半天。\n"
                                  "　　2.改进会风，开短会、讲短话，一般Word 文档 and PDF copies keep their spaces.")


def _with_main_type(data: bytes, content_type: str) -> bytes:
    """A copy of a .docx package whose main part is declared as ``content_type``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    types = src.read("[Content_Types].xml").decode().replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", content_type)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, types if info.filename == "[Content_Types].xml" else src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("content_type", [
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
])
def test_macro_enabled_documents_and_templates_read_as_docx(content_type):
    plain = make_docx(["一、改进调查研究", "1.严格控制调研次数。"])
    assert loaders.docx_to_text(_with_main_type(plain, content_type), max_bytes=10**7) == \
        loaders.docx_to_text(plain, max_bytes=10**7)


def test_an_unreadable_docx_is_refused_without_a_memory_address_in_the_reason():
    bad = _with_main_type(make_docx(["一、改进调查研究"]), "application/xml")
    with pytest.raises(UnusableFile) as err:
        loaders.docx_to_text(bad, max_bytes=10**7)
    assert "not a readable Word .docx" in str(err.value) and "0x" not in str(err.value)


# --- PDF pages set in columns (gazettes, newspaper reprints) ------------------------------------------

def _placed(lines, size=10.0, pitch=None):
    """Boxes, one per character, for ``lines`` given as (x0 of the first character, y of the baseline, text);
    characters ``pitch`` points apart (default: ``size``, set solid)."""
    from analysis.ocr import Box

    pitch = pitch or size
    return [Box(x0 + i * pitch, x0 + i * pitch + size, y, y + size, ch, 1.0)
            for x0, y, text in lines for i, ch in enumerate(text)]


def _column_page():
    """A title across the page, then two columns of 20 characters (x 72–272 and 292–492): a paragraph that
    runs from the foot of the left column to the head of the right one, then a second paragraph."""
    body = ("１．严格控制会议数量全县性会议每年不超过十二个会期一般不超过半天讲话一般不超过三十分钟不摆花草"
            "不发纪念品能合并的合并召开能用视频的不集中开会坚决杜绝陪会现象会议材料一律精简不搞层层陪同不安排"
            "宴请严禁借会议名义组织会餐会风会纪明显好转群众满意度不断提高文风会风持续改进各项制度落实到位久久为功。")
    assert len(body) == 18 + 6 * 20 + 8
    first, rest = body[:18], body[18:]
    chunks = [rest[i:i + 20] for i in range(0, len(rest), 20)]
    left = [(92, 700, first)] + [(72, 700 - 16 * (k + 1), c) for k, c in enumerate(chunks[:3])]
    right = [(292, 700 - 16 * k, c) for k, c in enumerate(chunks[3:])]
    second = "２．精简文件简报"
    right.append((312, 700 - 16 * len(right), second))
    title = (152, 740, "某县关于改进工作作风密切联系群众的实施办法")
    return [title] + left + right, body, second


def test_a_page_in_two_columns_is_read_column_after_column():
    from analysis.ocr import OcrPage
    from analysis.pdftext import placed_pages_to_text

    lines, body, second = _column_page()
    text = placed_pages_to_text([OcrPage(_placed(lines), ([], [], None))])
    assert text.split("\n")[:3] == ["某县关于改进工作作风密切联系群众的实施办法", body, second]


def test_a_page_in_two_letter_spaced_columns_is_read_column_after_column():
    # distributed justification spreads each line's characters 0.6 of a character apart: those gaps are not
    # gutters, the band between the columns is
    from analysis.ocr import OcrPage
    from analysis.pdftext import placed_pages_to_text

    left = ["严格控制会议数量规模", "全县性会议每年不超过", "十二个会期一般为半天", "讲话一般不超过半小时"]
    right = ["精简文件简报减少发文", "不发可发可不发的文件", "简报每期不超过两千字", "不得要求基层层层转发"]
    lines = [(72, 700 - 20 * k, t) for k, t in enumerate(left)] + [(262, 700 - 20 * k, t) for k, t in enumerate(right)]
    text = placed_pages_to_text([OcrPage(_placed(lines, pitch=16.0), ([], [], None))])
    assert text.replace(" ", "").replace("\n", "") == "".join(left) + "".join(right)


def test_a_hanging_list_number_or_a_short_right_hand_block_is_no_column():
    from analysis.ocr import OcrPage
    from analysis.pdftext import placed_pages_to_text

    # numbers hang in a band of their own; the text after them is one column of full lines
    lines = [(72, 700 - 16 * k, f"{k + 1}.") for k in range(6)]
    lines += [(100, 700 - 16 * k, "严格控制会议数量和规模会期一般不超过半天讲话不超过三十分钟") for k in range(6)]
    # a signature block to the right under the text
    lines += [(380, 580, "中共某县委员会"), (380, 564, "２０１３年２月６日")]
    text = placed_pages_to_text([OcrPage(_placed(lines), ([], [], None))])
    assert text.split("\n")[0].startswith("1. 严格控制会议数量")
    assert "2. 严格控制" in text


def test_docx_ledger_under_a_header_row_is_read_row_by_row_when_its_measure_cells_hold_paragraphs():
    d = docx.Document()
    d.add_paragraph("整改措施清单")
    t = d.add_table(rows=3, cols=4)
    for c, val in enumerate(["序号", "问题", "整改措施", "责任单位"]):
        t.cell(0, c).text = val
    for r, (n, prob, items, unit) in enumerate([("1", "会议多", ["1.严格执行会议计划。", "2.压减发文20%。"], "办公室"),
                                                 ("2", "接待不规范", ["1.执行公函制度。", "2.不上酒水。"], "财务科")], 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 3).text = n, prob, unit
        t.cell(r, 2).text = items[0]
        t.cell(r, 2).add_paragraph(items[1])
    buf = io.BytesIO()
    d.save(buf)
    lines = loaders.docx_to_text(buf.getvalue(), max_bytes=10**7).split("\n")
    assert lines[1:] == ["序号\t问题\t整改措施\t责任单位", "1\t会议多\t1.严格执行会议计划。 2.压减发文20%。\t办公室",
                         "2\t接待不规范\t1.执行公函制度。 2.不上酒水。\t财务科"]


def test_html_ledger_cells_of_numbered_lines_under_a_header_row_are_read_as_one_row():
    page = ("<html><head><meta charset='utf-8'></head><body><table>"
            "<tr><td>序号</td><td>整改任务</td><td>具体措施</td><td>责任领导</td></tr>"
            "<tr><td>1</td><td>改进学风</td><td>1、严格落实中心组学习制度。<br>2、开展业务大讲堂活动。</td><td>张振宇</td></tr>"
            "<tr><td>2</td><td>精简会议</td><td>严格控制会议和发文。</td><td>李军</td></tr></table></body></html>")
    text = htmltext.html_to_text(page)
    assert "1\t改进学风\t1、严格落实中心组学习制度。 2、开展业务大讲堂活动。\t张振宇" in text.split("\n")
