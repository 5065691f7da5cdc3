"""OpenDocument text plans (``.odt``) read as the application shows them.

``tests/data/odt`` holds earlier ``.docx`` fixtures saved as ODF by LibreOffice (see its README): each must
read as its ``.docx`` source does, line for line; where LibreOffice's own numbering differs from Word's, as
LibreOffice reads the ``.odt``. The hand-built packages below stand for what an ODF writer may do beyond that.
"""
from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest

from analysis import corpus, loaders, measures, odttext
from analysis.loaders import UnusableFile
from converted import docx_source, nonblank_lines

DATA = Path(__file__).parent / "data"
ODT = DATA / "odt"
LIBREOFFICE_READS = {"blind_plans22__e2.odt", "blind_plans22__e3.odt"}
PAIRS = sorted(p.name for p in ODT.glob("*.odt") if p.name not in LIBREOFFICE_READS)




def test_the_fixture_set_is_there():
    assert len(PAIRS) >= 12


@pytest.mark.parametrize("name", PAIRS)
def test_an_odt_reads_as_its_docx(name):
    text = odttext.odt_to_text((ODT / name).read_bytes(), max_bytes=20_000_000)
    expected = loaders.docx_to_text(docx_source(name).read_bytes(), max_bytes=20_000_000)
    assert nonblank_lines(text) == nonblank_lines(expected)


@pytest.mark.parametrize("name", sorted(LIBREOFFICE_READS))
def test_list_numbers_are_those_libreoffice_draws(name):
    ours = odttext.odt_to_text((ODT / name).read_bytes(), max_bytes=20_000_000)
    theirs = (ODT / name.replace(".odt", ".libreoffice.txt")).read_text(encoding="utf-8-sig")

    def squeeze(text):
        return [x for x in (re.sub(r"\s+", "", line) for line in text.split("\n")) if x]

    assert squeeze(ours) == squeeze(theirs)
    assert len(re.findall(r"^(?:第[一二三四五六七八九十]+条|\d+\.)", ours, re.M)) >= 10  # drawn, not in the text


# --- hand-built packages --------------------------------------------------------------------------------

_HEAD = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.2">')
_STYLES = (
    '<office:automatic-styles>'
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-prefix="" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>'
    '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>'
    '</text:list-style>'
    '<text:list-style style:name="B1"><text:list-level-style-bullet text:level="1" text:bullet-char="●"/></text:list-style>'
    '<style:style style:name="hidden" style:family="text"><style:text-properties text:display="none"/></style:style>'
    '</office:automatic-styles>')


def _odt(body: str, styles: str = _STYLES, mimetype: str = "application/vnd.oasis.opendocument.text",
         prolog: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored first, uncompressed, as ODF requires
        zf.writestr("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                    'opendocument:xmlns:manifest:1.0"/>')
        zf.writestr("content.xml", prolog + _HEAD + styles + "<office:body><office:text>" + body
                    + "</office:text></office:body></office:document-content>")
    return buf.getvalue()


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def _items(*texts: str) -> str:
    return "".join(f"<text:list-item>{_p(t)}</text:list-item>" for t in texts)


def read(body: str) -> list[str]:
    return odttext.odt_to_text(_odt(body), max_bytes=10**7).split("\n")


def test_list_numbers_count_through_levels_continue_and_restart():
    body = ('<text:list xml:id="a" text:style-name="L1"><text:list-item>' + _p("改进调查研究")
            + '<text:list>' + _items("规范调研", "简化接待") + '</text:list></text:list-item></text:list>'
            + _p("说明段落。")
            + '<text:list text:continue-list="a" text:style-name="L1">' + _items("精简会议")
            + '<text:list-item><text:list><text:list-item><text:list>' + _items("严控数量", "压缩时间")
            + '</text:list></text:list-item></text:list></text:list-item></text:list>'
            + '<text:list text:style-name="L1">' + _items("重新开始") + '</text:list>'
            + '<text:list text:style-name="B1">' + _items("要点") + '</text:list>')
    # an item without a paragraph of its own (the second level's here) draws no number and does not count
    assert read(body) == ["一、改进调查研究", "（一）规范调研", "（二）简化接待", "说明段落。", "二、精简会议",
                          "1.严控数量", "2.压缩时间", "一、重新开始", "要点"]


def test_spaces_tabs_breaks_and_what_is_not_text():
    body = _p('1.<text:s text:c="2"/>严控<text:tab/>会议<text:line-break/>续行'
              '<text:note><text:note-citation>1</text:note-citation><text:note-body>' + _p("脚注") + '</text:note-body></text:note>'
              '<office:annotation><text:p>批注</text:p></office:annotation>'
              '<text:span text:style-name="hidden">隐藏</text:span><text:bookmark text:name="b"/>。')
    body = '<text:tracked-changes><text:changed-region><text:deletion>' + _p("删去的段落") + \
        '</text:deletion></text:changed-region></text:tracked-changes>' + body
    assert read(body) == ["1.  严控\t会议", "续行。"]


def test_a_table_with_merged_cells_and_a_text_box_after_its_paragraph():
    row = lambda *cells: "<table:table-row>" + "".join(cells) + "</table:table-row>"
    cell = lambda t: f"<table:table-cell>{_p(t)}</table:table-cell>"
    body = ('<table:table><table:table-header-rows>' + row(cell("序号"), cell("整改任务"), cell("责任单位"))
            + '</table:table-header-rows>' + row(cell("1"), cell("精简会议"), cell("办公室"))
            + row(cell("2"), '<table:table-cell table:number-columns-spanned="2">' + _p("压缩文件") + '</table:table-cell>',
                  '<table:covered-table-cell/>') + '</table:table>'
            + _p('正文<draw:frame><draw:text-box>' + _p("文本框一") + _p("文本框二") + '</draw:text-box></draw:frame>续')
            + _p("末段"))
    assert read(body) == ["序号\t整改任务\t责任单位", "1\t精简会议\t办公室", "2\t压缩文件", "正文续", "文本框一", "文本框二", "末段"]


@pytest.mark.parametrize("data, reason", [
    (_odt(_p(" ")), "holds no text"),
    (_odt("<text:p>未闭合"), "broken XML in content.xml"),
    (_odt(_p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet"), "spreadsheet or presentation"),
])
def test_refusals_name_the_problem(data, reason):
    with pytest.raises(UnusableFile, match=reason):
        corpus_load(data)


def corpus_load(data: bytes):
    fmt = loaders.sniff_format(".odt", data)
    return odttext.odt_to_text(data, max_bytes=10**7) if fmt == "odt" else fmt


def test_an_odt_whose_mimetype_is_not_first_is_known_by_its_name():
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_odt(_p("一、改进调查研究")))) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in reversed(src.infolist()):
            dst.writestr(info, src.read(info))
    assert loaders.sniff_format(".odt", buf.getvalue()) == "odt"
    assert odttext.odt_to_text(buf.getvalue(), max_bytes=10**7) == "一、改进调查研究"


def test_a_dtd_is_refused_before_parsing():
    data = _odt(_p("x"), prolog='<!DOCTYPE x [<!ENTITY e "y">]>')
    with pytest.raises(UnusableFile, match="DTD"):
        odttext.odt_to_text(data, max_bytes=10**7)


def test_a_plan_saved_as_odt_loads_and_gives_its_measures(tmp_path):
    body = (_p("关于改进工作作风的实施方案") + _p("为贯彻落实中央八项规定精神，结合实际，制定本方案。")
            + '<text:list text:style-name="L1"><text:list-item>' + _p("精简会议活动") + '<text:list>'
            + _items("严格控制会议数量和规模，提倡开短会、讲短话。", "压缩文件数量和篇幅，不再重复发文。")
            + '</text:list></text:list-item></text:list>')
    path = tmp_path / "plan.odt"
    path.write_bytes(_odt(body))
    doc = corpus.load_document(path)
    assert doc.file_format == "odt" and doc.encoding == "odt (OpenDocument text)"
    assert "（二）压缩文件数量和篇幅" in doc.text
    found, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "plan.odt")
    assert [t[:3] for t in found["text"]] == ["（一）", "（二）"]


def test_mutated_odt_never_escapes_as_anything_but_unusable_file():
    rng = random.Random(11)
    sources = [(ODT / name).read_bytes() for name in PAIRS[:3]]
    for i in range(90):
        data = bytearray(sources[i % len(sources)])
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[at] = rng.randrange(256)
            else:
                del data[at:at + rng.randint(1, 40)]
        try:
            corpus_load(bytes(data))
        except UnusableFile:
            pass
