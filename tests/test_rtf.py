"""RTF plans (``.rtf``, and ``.doc`` files holding RTF) read as Word shows them.

``tests/data/rtf`` holds earlier ``.docx`` fixtures saved as RTF by LibreOffice (see its README): each must
read as its ``.docx`` source does, line for line. The hand-written snippets below stand for the habits of
Word, WPS and site CMSs: GBK byte pairs under a code page, Unicode escapes and their fallbacks, list numbers
in ``\\listtext``, tables, fields, text boxes and the groups that are not text.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis import corpus, loaders, measures, rtftext
from analysis.loaders import UnusableFile
from converted import docx_source

DATA = Path(__file__).parent / "data"
RTF = DATA / "rtf"

PAIRS = sorted(p.name for p in RTF.glob("*.rtf"))



def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip("\n").split("\n")]  # the .docx may end on an empty paragraph


def test_the_fixture_set_is_there():
    assert len(PAIRS) >= 12


@pytest.mark.parametrize("name", PAIRS)
def test_an_rtf_reads_as_its_docx(name):
    text, encoding = rtftext.rtf_to_text((RTF / name).read_bytes())
    expected = loaders.docx_to_text(docx_source(name).read_bytes(), max_bytes=20_000_000)
    assert _lines(text) == _lines(expected)
    assert encoding.startswith("rtf (code page")
    assert "\ufffd" not in text and not re.search(r"[\x00-\x08\x0b-\x1f]", text)


def gbk(text: str) -> str:
    """``text`` as an RTF writer on Chinese Windows escapes it: GBK bytes as ``\\'hh``."""
    return "".join(f"\\'{b:02x}" for b in text.encode("gbk"))


HEAD = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
        r"{\f13\fnil\fcharset134 " + gbk("宋体") + r";}{\f2\fnil\fcharset136 PMingLiU;}}"
        r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title " + gbk("标题不是正文") + "}}\n")


def read(body: str, head: str = HEAD) -> str:
    return rtftext.rtf_to_text((head + body + "}").encode("latin-1"))[0]


def test_gbk_pairs_in_a_chinese_font_and_under_the_code_page():
    body = (r"\pard\plain\f13 " + gbk("一、改进调查研究") + r"\par "
            r"\f0 " + gbk("严格控制会议") + r" 2013\par ")
    assert read(body).split("\n") == ["一、改进调查研究", "严格控制会议 2013"]


def test_a_cjk_font_decodes_its_bytes_under_a_western_code_page():
    head = HEAD.replace(r"\ansicpg936", r"\ansicpg1252")
    body = r"\pard\f13 " + gbk("精简文件简报") + r"\par\f2 " + "".join(
        f"\\'{b:02x}" for b in "會議".encode("cp950")) + r"\par\f0 caf\'e9\par "
    assert read(body, head).split("\n") == ["精简文件简报", "會議", "café"]


def test_a_trail_byte_written_as_a_plain_character():
    # GBK 0x8140 is 丂 and 0x8158 is 乆: their second byte is ASCII (@, X), so writers put it as it is
    assert read(r"\pard\f13 \'81@" + gbk("规定") + r"\'81X\par ") == "丂规定乆"
    # an escaped backslash or brace after a lead byte is its trail byte: Big5 許 is b3 5c, GBK 亄 81 7b
    assert read(r"\pard\f2 \'b3\\\'a5\\" + r"\par\f13 \'81\{" + gbk("严格") + r"\par ") == "許功\n亄严格"
    assert read(r"\pard\f13 " + gbk("严格") + r"\{\\\par ") == "严格{\\"  # not after a lead byte: the symbol


def test_unicode_escapes_skip_their_fallback():
    body = (r"\uc1\pard\u20013?\u22830?\u-28165?\par "  # 中央 and U+91FB (a negative value)
            r"{\uc2\u20843\'b0\'cb\u39033\'cf\'ee}\par "  # 八项 with GBK fallbacks
            r"{\uc0\u35268\u23450}\par "  # 规定 without fallback
            r"\u-10179?\u-8704?\par ")  # U+1F600 as a surrogate pair
    assert read(body).split("\n") == ["中央\u91fb", "八项", "规定", "\U0001f600"]


def test_list_numbers_come_from_listtext_without_the_tab_and_bullets_draw_none():
    body = (r"{\*\listtable{\list{\listlevel{\leveltext\'02\'00.;}}}}"
            r"{\listtext\pard\plain\f13 " + gbk("（一）") + r"\tab}\pard\ls1 " + gbk("规范调研") + r"\par "
            r"{\listtext\pard\plain 2.\tab}\pard\ls1\f13 " + gbk("简化接待") + r"\par "
            r"{\listtext\pard\plain\f3\'b7\tab}\pard\ls2\f13 " + gbk("要点") + r"\par "
            r"{\pntext\f0 3.\tab}{\*\pn\pnlvlbody\pndec{\pntxta .}}\f13 " + gbk("旧式编号") + r"\par ")
    assert read(body).split("\n") == ["（一）规范调研", "2.简化接待", "要点", "3.旧式编号"]


def test_a_table_of_one_paragraph_cells_is_a_line_of_tab_separated_cells():
    row = lambda *cells: (r"\trowd\cellx1000\cellx5000\cellx8000\pard\intbl "
                          + "".join(gbk(c) + r"\cell " for c in cells) + r"\row ")
    body = (r"\pard\f13 " + gbk("附件") + r"\par " + row("序号", "整改任务", "责任单位")
            + row("1", "精简会议", "办公室") + row("2", "压缩文件", "秘书科") + r"\pard " + gbk("以上") + r"\par ")
    assert read(body).split("\n") == ["附件", "序号\t整改任务\t责任单位", "1\t精简会议\t办公室", "2\t压缩文件\t秘书科", "以上"]


def test_merged_cells_are_read_once_and_a_nested_table_is_read_into_its_cell():
    body = (r"\f13\trowd\clvmgf\cellx1000\clmgf\cellx3000\clmrg\cellx5000\pard\intbl "
            + gbk("会议") + r"\cell " + gbk("精简会议") + r"\cell \cell \row "
            r"\trowd\clvmrg\cellx1000\cellx3000\cellx5000\pard\intbl \cell " + gbk("压缩规模") + r"\cell "
            r"\pard\intbl\itap2 " + gbk("甲") + r"\nestcell " + gbk("乙") + r"\nestcell "
            r"{\*\nesttableprops\trowd\cellx500\cellx900\nestrow}\pard\intbl\itap1 " + gbk("丙") + r"\cell \row ")
    lines = read(body).split("\n")
    assert lines[0] == "会议\t精简会议"
    assert lines[1:] == ["压缩规模", "甲", "乙", "丙"]  # a cell of several paragraphs: a layout row


def test_fields_keep_their_result_and_skipped_groups_hold_no_text():
    body = (r"{\header\pard " + gbk("页眉文字") + r"\par}{\footer\pard{\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
            r"\pard\f13 " + gbk("见") + r'{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt ' + gbk("链接")
            + r"}}" + gbk("。") + r"{\super\chftn}{\footnote\pard " + gbk("脚注") + r"\par}"
            r"\chatn{\*\annotation " + gbk("批注") + r"}{\*\bkmkstart a}{\*\unknownthing " + gbk("未知") + r"}"
            r"{\v " + gbk("隐藏") + r"}{\deleted " + gbk("删除") + r"}{\revised " + gbk("插入") + r"}"
            r"{\pict\pngblip\picw10 89504e47\bin5 }{\\x}{\*\themedata 504b}\par ")
    assert read(body) == "见链接。插入"


def test_a_text_box_follows_its_anchor_paragraph_and_its_fallback_is_not_read():
    body = (r"\pard\f13 " + gbk("正文一") + r"{\shp{\*\shpinst\shpleft0{\sp{\sn shapeType}{\sv 202}}"
            r"{\shptxt\pard " + gbk("文本框") + r"\par " + gbk("第二段") + r"}}{\shprslt{\*\do\dobxpage "
            + gbk("副本") + r"}}}" + gbk("续") + r"\par\pard " + gbk("正文二") + r"\par ")
    assert read(body).split("\n") == ["正文一续", "文本框", "第二段", "正文二"]


def test_upr_reads_its_unicode_half_and_escaped_symbols_are_text():
    body = (r"\pard{\upr{\f13 " + gbk("旧") + r"}{\*\ud{\u26032?}}}\~\{a\}\\ \emdash\ldblquote x\rdblquote"
            r"\line y\tab z\par ")
    assert read(body).split("\n") == ["新\xa0{a}\\ \u2014\u201cx\u201d", "y\tz"]


def test_after_the_document_group_nothing_is_read_and_unbalanced_braces_are_tolerated():
    assert read(r"\pard\f13 " + gbk("规定") + r"\par ", HEAD) == "规定"
    data = (HEAD + r"\pard\f13 " + gbk("规定") + r"\par}" + "\x00\x00junk").encode("latin-1")
    assert rtftext.rtf_to_text(data)[0] == "规定"
    data = (HEAD + r"{\pard\f13 " + gbk("未闭合") + r"\par ").encode("latin-1")  # braces never closed
    assert rtftext.rtf_to_text(data)[0] == "未闭合"


def test_undecodable_bytes_are_counted():
    text, encoding = rtftext.rtf_to_text((HEAD + r"\pard\f13\'ff\'ff" + gbk("规定") + r"\par}").encode("latin-1"))
    assert "\ufffd" in text and "undecodable bytes replaced" in encoding


@pytest.mark.parametrize("data, reason", [
    (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\pard\\par}", "holds no text"),
    (b"not rtf", "not an RTF file"),
])
def test_refusals_name_the_problem(data, reason):
    with pytest.raises(UnusableFile, match=reason):
        rtftext.rtf_to_text(data)


@pytest.mark.parametrize("suffix", [".rtf", ".doc", ".txt", ""])
def test_rtf_is_sniffed_by_its_bytes(suffix):
    assert loaders.sniff_format(suffix, b"{\\rtf1\\ansi\\ansicpg936 x}") == "rtf"


def test_a_plan_saved_as_rtf_loads_and_gives_its_measures(tmp_path):
    plan = ["关于改进工作作风的实施方案", "为贯彻落实中央八项规定精神，结合实际，制定本方案。", "一、精简会议活动",
            "严格控制会议数量和规模，提倡开短会、讲短话，力戒空话、套话。", "二、精简文件简报",
            "压缩文件数量和篇幅，凡国家和省里已经明确的不再重复发文。"]
    body = "".join(r"\pard\f13 " + gbk(p) + r"\par " for p in plan)
    path = tmp_path / "plan.doc"  # as sites serve RTF: under a .doc name
    path.write_bytes((HEAD + body + "}").encode("latin-1"))
    doc = corpus.load_document(path)
    assert doc.file_format == "rtf" and doc.encoding.startswith("rtf (code page gb18030)")
    assert doc.text.split("\n") == plan
    found, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "plan.doc")
    assert len(found) == 2


def test_mutated_rtf_never_escapes_as_anything_but_unusable_file():
    rng = random.Random(7)
    sources = [(RTF / name).read_bytes()[:40_000] for name in PAIRS[:4]]
    for i in range(120):
        data = bytearray(sources[i % len(sources)])
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(data))
            op = rng.random()
            if op < 0.4:
                data[at] = rng.choice(b"{}\\'0123456789abx \r\n\x00\xff")
            elif op < 0.7:
                del data[at:at + rng.randint(1, 300)]
            else:
                data[at:at] = rng.choice([b"\\bin999999 ", b"{\\*", b"\\u-1", b"\\uc9", b"}}}}", b"\\'", b"\\bin-5 "])
        try:
            text, _ = rtftext.rtf_to_text(bytes(data))
        except UnusableFile:
            continue
        assert isinstance(text, str)


def test_gbk_bytes_without_any_declared_code_page_are_read_as_gbk():
    # a careless exporter: no \ansicpg, no font charset, GBK bytes escaped or raw
    plan = "一、改进调查研究。县级领导干部每年到基层调研不少于两个月，轻车简从，不搞层层陪同。"
    data = (r"{\rtf1\ansi{\fonttbl{\f0 SimSun;}}\pard\f0 " + gbk(plan) + r"\par ").encode("latin-1") \
        + "二、精简会议活动。".encode("gbk") + b"\\par}"
    text, encoding = rtftext.rtf_to_text(data)
    assert text.split("\n") == [plan, "二、精简会议活动。"]
    assert encoding == "rtf (code page gb18030, none declared)"
    western = r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\f0 Caf\'e9 cr\'e8me br\'fbl\'e9e, na\'efve \'e0 la carte\par}"
    assert rtftext.rtf_to_text(western.encode("latin-1"))[0] == "Café crème brûlée, naïve à la carte"
