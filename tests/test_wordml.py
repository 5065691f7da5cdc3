"""Word 2003 XML documents (``<w:wordDocument>``, under ``.xml`` or ``.doc`` names) read as Word shows them.

``tests/data/wordml`` holds earlier ``.docx`` fixtures saved in this format by LibreOffice (see its README):
each must read as its ``.docx`` source does. The hand-written documents below stand for what Word itself
writes and LibreOffice's export loses: tracked changes, hidden text, tabs, numbering set on a style.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import corpus, loaders, measures, wordml
from analysis.loaders import UnusableFile
from converted import docx_source, nonblank_lines

DATA = Path(__file__).parent / "data"
WORDML = DATA / "wordml"
PAIRS = sorted(p.name for p in WORDML.glob("*.xml"))




def test_the_fixture_set_is_there():
    assert len(PAIRS) >= 10


@pytest.mark.parametrize("name", PAIRS)
def test_a_word_2003_xml_document_reads_as_its_docx(name):
    text = wordml.wordml_to_text((WORDML / name).read_bytes())
    expected = loaders.docx_to_text(docx_source(name).read_bytes(), max_bytes=20_000_000)
    assert nonblank_lines(text) == nonblank_lines(expected)


_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
         '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
         'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
         'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
         'xmlns:v="urn:schemas-microsoft-com:vml">')
_LISTS = ('<w:lists><w:listDef w:listDefId="0">'
          '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="%1、"/></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:nfc w:val="37"/><w:lvlText w:val="（%2）"/></w:lvl>'
          '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlText w:val="%3."/></w:lvl></w:listDef>'
          '<w:listDef w:listDefId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="23"/>'
          '<w:lvlText w:val="·"/></w:lvl></w:listDef>'
          '<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list>'
          '<w:list w:ilfo="2"><w:ilst w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:list>'
          '<w:list w:ilfo="3"><w:ilst w:val="1"/></w:list></w:lists>'
          '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:listPr><w:ilfo w:val="1"/>'
          '</w:listPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="Heading1"/>'
          '</w:style></w:styles>')


def _doc(body: str) -> bytes:
    return (_HEAD + _LISTS + "<w:body><wx:sect>" + body + "</wx:sect></w:body></w:wordDocument>").encode()


def _p(text: str, ilfo: str | None = None, ilvl: int = 0, style: str | None = None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if ilfo:
        ppr += f'<w:listPr><w:ilvl w:val="{ilvl}"/><w:ilfo w:val="{ilfo}"/></w:listPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def read(body: str) -> list[str]:
    return wordml.wordml_to_text(_doc(body)).split("\n")


def test_list_numbers_from_the_paragraph_and_from_its_style():
    body = (_p("改进调查研究", style="H1b") + _p("规范调研", "1", 1) + _p("先调研后决策", "1", 2)
            + _p("多搞随机调研", "1", 2) + _p("精简会议活动", style="Heading1") + _p("严控数量", "1", 1)
            + _p("第五项起", "2", 2) + _p("要点", "3", 0) + _p("正文"))
    assert read(body) == ["一、改进调查研究", "（一）规范调研", "1.先调研后决策", "2.多搞随机调研", "二、精简会议活动",
                          "（一）严控数量", "5.第五项起", "要点", "正文"]


def test_tracked_changes_hidden_text_fields_and_breaks():
    body = ('<w:p><w:r><w:t>1.严控</w:t><w:tab/><w:t>会议</w:t></w:r>'
            '<aml:annotation aml:id="1" w:type="Word.Deletion"><aml:content><w:r><w:delText>数量和</w:delText></w:r>'
            '</aml:content></aml:annotation>'
            '<aml:annotation aml:id="2" w:type="Word.Insertion"><aml:content><w:r><w:t>规模</w:t></w:r></aml:content>'
            '</aml:annotation>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏）</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>，全年</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<aml:annotation aml:id="3" w:type="Word.Comment"><aml:content><w:p><w:r><w:t>批注</w:t></w:r></w:p>'
            '</aml:content></aml:annotation>'
            '<w:r><w:br/><w:t>续行。</w:t><w:footnote><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote></w:r></w:p>')
    assert read(body) == ["1.严控\t会议规模，全年", "续行。"]


def test_tables_merged_cells_and_a_text_box():
    cell = lambda t, merge="": f"<w:tc><w:tcPr>{merge}</w:tcPr>{_p(t)}</w:tc>"
    body = ("<w:tbl><w:tblPr/><w:tr>" + cell("序号") + cell("整改任务") + cell("责任单位") + "</w:tr>"
            "<w:tr>" + cell("1") + cell("精简会议") + cell("办公室", '<w:vmerge w:val="restart"/>') + "</w:tr>"
            "<w:tr>" + cell("2") + cell("压缩文件") + cell("", "<w:vmerge/>") + "</w:tr></w:tbl>"
            '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + _p("文本框")
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>续</w:t></w:r></w:p>")
    assert read(body) == ["序号\t整改任务\t责任单位", "1\t精简会议\t办公室", "2\t压缩文件", "正文续", "文本框"]


@pytest.mark.parametrize("data, reason", [
    (_doc(_p(" ")), "holds no text"),
    (_doc(_p("x"))[:-30], "broken XML"),
    (_doc(_p("x")).replace(b"<?mso-application", b'<!DOCTYPE x [<!ENTITY e "y">]><?mso-application'), "DTD"),
])
def test_refusals_name_the_problem(data, reason):
    with pytest.raises(UnusableFile, match=reason):
        wordml.wordml_to_text(data)


@pytest.mark.parametrize("suffix", [".xml", ".doc", ".txt"])
def test_it_is_sniffed_by_its_bytes_not_read_as_text_with_its_markup(suffix):
    assert loaders.sniff_format(suffix, _doc(_p("x"))) == "wordml"


def test_a_plan_saved_as_word_2003_xml_loads_and_gives_its_measures(tmp_path):
    body = (_p("关于改进工作作风的实施方案") + _p("为贯彻落实中央八项规定精神，结合实际，制定本方案。")
            + _p("精简会议活动", style="Heading1") + _p("严格控制会议数量和规模，提倡开短会、讲短话。", "1", 1)
            + _p("压缩文件数量和篇幅，不再重复发文。", "1", 1))
    path = tmp_path / "plan.doc"
    path.write_bytes(_doc(body))
    doc = corpus.load_document(path)
    assert doc.file_format == "wordml" and doc.encoding == "word 2003 xml"
    found, _ = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], "plan.doc")
    assert [t[:3] for t in found["text"]] == ["（一）", "（二）"]
