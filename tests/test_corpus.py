"""Tests of analysis.corpus: the manifest checks, load_document / load_stage, and file-shape variants of the
seed plans, which must load to the same lines as their originals."""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import hashlib
import html
import io
import os
import re
import zipfile
from pathlib import Path

import docx
import pandas as pd
import pytest
from opencc import OpenCC

from analysis import corpus, schemas
from analysis.corpus import ManifestError, UnusableFile
from analysis.furniture import find_furniture, iter_lines

SEED_DIR = Path(__file__).resolve().parents[1] / "corpus"
SEEDS = sorted(SEED_DIR.glob("*.txt"))
HEADER = "doc_id,file,level,region,issuer,issuer_type,title,campaign,date"
PLAN = "关于改进工作作风的实施办法\n一、改进调查研究\n" + "　　（一）基本原则。要轻车简从，减少陪同、简化接待。\n" * 4


def make_corpus(tmp_path: Path, rows: list[str], header: str = HEADER, files=("a.txt", "b.txt")) -> Path:
    for name in files:
        (tmp_path / name).write_text(PLAN, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return tmp_path


# --- manifest ------------------------------------------------------------------------------------

def test_manifest_reads_strings_and_keeps_extra_columns(tmp_path):
    d = make_corpus(tmp_path, ["000,a.txt,county,,,,,,2013", "p1,b.txt,province,广东省,,,,,2016-01-16"],
                    header=HEADER + ",notes")
    m = corpus.read_manifest(d)
    assert m["doc_id"].tolist() == ["000", "p1"]  # never turned into 0
    assert m.columns.tolist() == HEADER.split(",") + ["notes"]
    assert m.loc[0, "region"] == "" and m.loc[1, "region"] == "广东省"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16"])
def test_manifest_saved_by_a_chinese_spreadsheet(tmp_path, encoding):
    """Excel on mainland Windows saves CSV as GBK; "Unicode" exports are UTF-16 with a BOM."""
    d = make_corpus(tmp_path, ["p1,a.txt,province,广东省,中共广东省委办公厅,,改进作风的实施办法,,2013-01-05"],
                    files=("a.txt",))
    (d / "manifest.csv").write_bytes((d / "manifest.csv").read_text(encoding="utf-8").encode(encoding))
    m = corpus.read_manifest(d)
    assert (m.loc[0, "region"], m.loc[0, "issuer"], m.loc[0, "title"]) == ("广东省", "中共广东省委办公厅", "改进作风的实施办法")


def test_a_gbk_manifest_that_is_also_valid_utf8_is_read_as_gbk(tmp_path):
    """缺失 in GBK (C8B1 CAA7) is valid UTF-8 too ("ȱʧ"); the likelier reading wins, and an error says how
    the file was read."""
    d = make_corpus(tmp_path, ["p1,a.txt,county,,,,缺失,,"], files=("a.txt",))
    (d / "manifest.csv").write_bytes((d / "manifest.csv").read_text(encoding="utf-8").encode("gbk"))
    assert corpus.read_manifest(d).loc[0, "title"] == "缺失"
    (d / "manifest.csv").write_bytes(f"{HEADER}\np1,缺失.txt,county,,,,,,\n".encode("gbk"))
    with pytest.raises(ManifestError, match=r"file not found: .*缺失\.txt(.|\n)*read as GB18030/GBK"):
        corpus.read_manifest(d)


def test_a_utf8_manifest_with_a_middle_dot_stays_utf8(tmp_path):
    d = make_corpus(tmp_path, ["p1,a.txt,county,,阿不都·热合曼,,关于改进作风的规定,,"], files=("a.txt",))
    assert corpus.read_manifest(d).loc[0, "issuer"] == "阿不都·热合曼"


def test_manifest_in_no_known_encoding_names_the_file(tmp_path):
    d = make_corpus(tmp_path, ["p1,a.txt,county,,,,,,"], files=("a.txt",))
    (d / "manifest.csv").write_bytes((d / "manifest.csv").read_bytes() + b"\x81\x30\xff\xff\n")
    with pytest.raises(ManifestError, match=r"manifest\.csv: neither UTF-8 .* nor GB18030/GBK"):
        corpus.read_manifest(d)


@pytest.mark.parametrize("written, iso", [
    ("2013", "2013"), ("2013-02", "2013-02"), ("2013-02-06", "2013-02-06"),
    ("2013/2/6", "2013-02-06"), ("2013.2.6", "2013-02-06"), ("2013-2-6", "2013-02-06"),   # as Excel saves them
    ("2013年2月6日", "2013-02-06"), ("2013年2月", "2013-02"), ("2013年", "2013"), ("2013/12", "2013-12"),
])
def test_manifest_dates_written_year_first_come_out_iso(tmp_path, written, iso):
    d = make_corpus(tmp_path, [f"p1,a.txt,county,,,,,,{written}"], files=("a.txt",))
    assert corpus.read_manifest(d).loc[0, "date"] == iso


@pytest.mark.parametrize("written, code", [
    ("province", "province"), ("Province", "province"), ("省级", "province"), ("省", "province"),
    ("市级", "municipal"), ("地级市", "municipal"), ("县", "county"), ("区", "county"), ("乡镇", "township"),
])
def test_manifest_levels_may_be_named_as_levels_csv_lists(tmp_path, written, code):
    d = make_corpus(tmp_path, [f"p1,a.txt,{written},,,,,,"], files=("a.txt",))
    assert corpus.read_manifest(d).loc[0, "level"] == code


def test_a_level_name_given_to_two_levels_is_an_error(tmp_path):
    from analysis import config
    path = tmp_path / "levels.csv"
    path.write_text("level,rank,name_zh,name_en,aliases\nprovince,1,省级,Provincial,省\ncounty,3,县级,County,省\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="'省' is given to both 'province' and 'county'"):
        config.level_aliases(path)


def _xlsx_manifest(path: Path, rows: list[list]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_manifest_kept_in_excel_is_read_like_its_csv(tmp_path):
    # a researcher's manifest.xlsx: a typed date cell, a number cell, formatted empty cells at the right
    (tmp_path / "csv").mkdir()
    csv_dir = make_corpus(tmp_path / "csv", ["p1,a.txt,county,某县,中共某县委,county party committee,实施方案,八项规定,2013-02-06",
                                             "2,b.txt,省级,某省,省委,provincial party committee,规定,八项规定,2013-02"])
    xlsx_dir = tmp_path / "xlsx"
    xlsx_dir.mkdir()
    for name in ("a.txt", "b.txt"):
        (xlsx_dir / name).write_bytes((csv_dir / name).read_bytes())
    _xlsx_manifest(xlsx_dir / "manifest.xlsx", [
        HEADER.split(",") + [None],
        ["p1", "a.txt", "county", "某县", "中共某县委", "county party committee", "实施方案", "八项规定",
         dt.datetime(2013, 2, 6), None],
        [2.0, "b.txt", "省级", "某省", "省委", "provincial party committee", "规定", "八项规定", "2013-02", None],
    ])
    pd.testing.assert_frame_equal(corpus.read_manifest(xlsx_dir), corpus.read_manifest(csv_dir))
    assert corpus.manifest_path(xlsx_dir).name == "manifest.xlsx"
    (xlsx_dir / "manifest.csv").write_bytes((csv_dir / "manifest.csv").read_bytes())
    assert corpus.manifest_path(xlsx_dir).name == "manifest.csv"  # both: the CSV is the manifest


def test_a_damaged_xlsx_manifest_names_the_file(tmp_path):
    (tmp_path / "manifest.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ManifestError, match=r"manifest\.xlsx: not a readable \.xlsx workbook"):
        corpus.read_manifest(tmp_path)


def test_an_xlsx_manifest_error_names_the_spreadsheet_row(tmp_path):
    (tmp_path / "a.txt").write_text("plan", encoding="utf-8")
    _xlsx_manifest(tmp_path / "manifest.xlsx", [HEADER.split(","), ["p1", "a.txt", "村级", "", "", "", "", "", "2013"]])
    with pytest.raises(ManifestError, match=r"manifest\.xlsx row 1 \(spreadsheet row 2\), column 'level'"):
        corpus.read_manifest(tmp_path)


def test_manifest_with_bom(tmp_path):
    d = make_corpus(tmp_path, ["p1,a.txt,county,,,,,,"])
    (d / "manifest.csv").write_bytes(codecs.BOM_UTF8 + (d / "manifest.csv").read_bytes())
    assert corpus.read_manifest(d)["doc_id"].tolist() == ["p1"]


@pytest.mark.parametrize("rows, where, message", [
    (["p1,a.txt,city,,,,,,"], "row 1 (spreadsheet row 2), column 'level'",
     "unknown level 'city' (expected one of central, province, municipal, county, township, or a name"),
    (["p1,a.txt,,,,,,,"], "row 1 (spreadsheet row 2), column 'level'", "empty level"),
    ([",a.txt,county,,,,,,"], "row 1 (spreadsheet row 2), column 'doc_id'", "empty doc_id"),
    (["p1,a.txt,county,,,,,,", "p1,b.txt,county,,,,,,"], "row 2 (spreadsheet row 3), column 'doc_id'",
     "duplicate doc_id 'p1' (already used in row 1)"),
    (["p1,,county,,,,,,"], "row 1 (spreadsheet row 2), column 'file'", "empty file name"),
    (["p1,/etc/passwd,county,,,,,,"], "column 'file'", "absolute path"),
    (["p1,C:\\plans\\a.txt,county,,,,,,"], "column 'file'", "absolute path"),
    (["p1,../a.txt,county,,,,,,"], "column 'file'", "escapes the corpus folder"),
    (["p1,missing.txt,county,,,,,,"], "row 1 (spreadsheet row 2), column 'file'", "file not found"),
    (["p1,a.txt,county,,,,,,", "p2,a.txt,county,,,,,,"], "row 2 (spreadsheet row 3), column 'file'",
     "already listed in row 1"),
    (["p1,a.txt,county,,,,,,06/02/2013"], "column 'date'", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["p1,a.txt,county,,,,,,2013年春"], "column 'date'", "is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["p1,a.txt,county,,,,,,2013/2/30"], "column 'date'", "not a calendar date"),
    (["p1,a.txt,county,,,,,,2013-02-30"], "row 1 (spreadsheet row 2), column 'date'", "not a calendar date"),
    (["p1,a.txt,county,,,,,,2013-13"], "column 'date'", "not a calendar date"),
    (["p1,a.txt,county,,,,,,,extra"], "row 1 (spreadsheet row 2)", "10 fields but the header has 9"),
])
def test_manifest_errors_name_row_and_column(tmp_path, rows, where, message):
    d = make_corpus(tmp_path, rows)
    with pytest.raises(ManifestError) as exc:
        corpus.read_manifest(d)
    text = str(exc.value)
    assert text.startswith(f"{d / 'manifest.csv'} row ") and where in text and message in text


@pytest.mark.parametrize("header, message", [
    (HEADER.replace(",level", ""), "header row, column 'level': missing required column"),
    (HEADER + ",title", "header row, column 'title': the column appears twice"),
])
def test_manifest_header_errors(tmp_path, header, message):
    row = ",".join(["p1", "a.txt", "county"] + [""] * (header.count(",") - 2))
    d = make_corpus(tmp_path, [row], header=header)
    with pytest.raises(ManifestError, match=message):
        corpus.read_manifest(d)


def test_manifest_lists_every_problem(tmp_path):
    d = make_corpus(tmp_path, ["p1,a.txt,city,,,,,,", "p1,b.txt,county,,,,,,2013-99"])
    with pytest.raises(ManifestError) as exc:
        corpus.read_manifest(d)
    assert len(str(exc.value).splitlines()) == 3


def test_manifest_symlink_outside_the_corpus(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(PLAN)
    d = tmp_path / "corpus"
    d.mkdir()
    os.symlink(outside, d / "link.txt")
    make_corpus(d, ["p1,link.txt,county,,,,,,"], files=())
    with pytest.raises(ManifestError, match="column 'file': path 'link.txt' resolves outside the corpus folder"):
        corpus.read_manifest(d)


@pytest.mark.parametrize("content, message", [
    (None, "no manifest.csv"),
    (HEADER + "\n", "lists no documents"),
    ("", "the file is empty"),
])
def test_manifest_missing_or_empty(tmp_path, content, message):
    if content is not None:
        (tmp_path / "manifest.csv").write_text(content)
    with pytest.raises(ManifestError, match=message):
        corpus.read_manifest(tmp_path)


def test_seed_manifest_is_valid():
    m = corpus.read_manifest(SEED_DIR)
    assert len(m) == len(SEEDS) and m["doc_id"].is_unique


# --- loading -------------------------------------------------------------------------------------

def test_load_stage_tables_match_their_schemas(tmp_path):
    text = "今日:\n????\n" + PLAN + "【打印本页】 【关闭窗口】\n"
    (tmp_path / "p.txt").write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode())
    entry = {"doc_id": "p1", "file": "p.txt", "level": "county", "region": "", "issuer": "", "issuer_type": "",
             "title": "", "campaign": "", "date": "2013", "notes": "extra column"}
    out = corpus.load_stage(entry, tmp_path, {})
    doc = out["documents"].iloc[0]
    assert (doc["source_file"], doc["file_format"], doc["encoding"], doc["n_chars"], doc["n_measures"],
            doc["notes"]) == ("p.txt", "text", "utf-8-sig", len(text), 0, "extra column")
    assert not doc["is_converted_from_traditional"] and len(doc["sha256"]) == 64
    assert out["texts"].loc[0, "text"] == text
    assert out["furniture"]["furniture_kind"].tolist() == ["date_banner", "mojibake", "print_button"]
    for name, df in out.items():
        schemas.validate(df, name)


def test_size_limit_names_size_and_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b" " * 4500)
    with pytest.raises(UnusableFile, match=r"^4,500 bytes is over the limit of 2,000 \(max_file_bytes\)$"):
        corpus.load_document(p, max_bytes=2000)


def test_size_limit_from_params(tmp_path):
    (tmp_path / "p.txt").write_text(PLAN)
    entry = {"doc_id": "p1", "file": "p.txt"}
    with pytest.raises(UnusableFile, match="over the limit of 10 "):
        corpus.load_stage(entry, tmp_path, {"max_file_bytes": 10})


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty (0 bytes)"),
    ("blank.txt", b" \r\n\t\n", "empty (only white space)"),
    ("blank16.txt", "　\n \n".encode("utf-16"), "empty"),
    ("binary.txt", b"\x00\x01\x02\xff\xfe\x00garbage\x00" * 50, "binary"),
    ("controls.txt", ("改进作风" * 30 + "\x01\x02\x03\x04\x05").encode(), "binary"),
    ("latin.txt", b"\x80\xff" * 300, "could not be decoded"),
    ("english.txt", b"This is not a plan at all.\n" * 20, "nothing recognisable as a plan"),
    ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not a readable Word .doc (broken OLE2 container"),
    ("plan.pdf", b"%PDF-1.7\n" + b"\x00" * 600, "not a readable PDF"),
    ("renamed.pdf", "改进作风".encode() * 50, "not a PDF (it does not start with %PDF-)"),
    ("page.html", b"<html><head><script>var a = 1;</script></head><body><img src=a.png></body></html>",
     "the HTML page holds no article text"),
])
def test_unusable_files_say_why(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(UnusableFile, match=re.escape(reason)):
        corpus.load_document(p)


def test_a_docx_with_a_damaged_zip_member_is_refused_naming_it(tmp_path):
    good = _docx_bytes(PLAN.splitlines())
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        info = zf.getinfo("word/styles.xml")
    data = bytearray(good)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)  # the member's compressed bytes
    for k in range(start + 10, start + 40):
        data[k] ^= 0x5A
    p = tmp_path / "plan.docx"
    p.write_bytes(bytes(data))
    with pytest.raises(UnusableFile, match=r"damaged zip member word/styles\.xml"):
        corpus.load_document(p)


def test_a_page_that_never_closes_its_inline_tags_is_read_whole(tmp_path):
    # old CMS pages open <font><span> on every line and never close them: 3,000 levels deep, past the
    # parser's limit, beyond which it used to drop the rest of the page without a word
    lines = [f"{i}．严格控制会议规模，第{i}项会议压缩一半。" for i in range(1, 1501)]
    page = "<html><body>" + "".join(f'<font size="3"><span>{ln}<br>\n' for ln in lines) + "</body></html>"
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    text = corpus.load_document(p).text
    assert [ln for ln in text.split("\n") if ln.strip()] == lines


def test_a_page_nested_past_the_parser_limit_by_blocks_is_refused(tmp_path):
    page = "<html><body>" + "<div>" * 3000 + "严格控制会议规模，压缩会议数量。" * 20 + "</body></html>"
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    with pytest.raises(UnusableFile, match="deeper than 2,048 levels"):
        corpus.load_document(p)


@pytest.mark.parametrize("name, reason", [
    ("scan.pdf", "the PDF has no text layer and OCR found no text on its 1 scanned page(s)"),  # an image of noise
    ("locked.pdf", "the PDF is password-protected"),
])
def test_pdfs_that_hold_no_readable_text_say_why(name, reason):
    with pytest.raises(UnusableFile, match=re.escape(reason)):
        corpus.load_document(Path(__file__).parent / "data" / "blind_pdf" / name)


def test_a_pdf_cut_short_is_refused_saying_so(tmp_path):
    data = (Path(__file__).parent / "data" / "blind_pdf" / "f56_04.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnusableFile, match="not a readable PDF .*cut short"):
        corpus.load_document(p)


# --- file-shape variants of the seed plans --------------------------------------------------------------

def _docx_bytes(lines):
    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _gov_page(lines, charset):
    body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>政务公开</title>
<style>.nav {{ float: left }}</style><script type="text/javascript">var s = "<p>不是正文</p>";</script></head>
<body><div class="top"><nav class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xwzx/">新闻中心</a></nav></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<div class="article"><div class="article-body">
{body}
</div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="print">【打印本页】【关闭窗口】</div></div>
<div class="footer">版权所有：中共金乡县委办公室　备案号：鲁ICP备05001234号<br>技术支持：某某网络</div>
<script>(function(){{var hm=document.createElement("script");}})();</script></body></html>"""


@functools.lru_cache(maxsize=None)
def _variants(text: str) -> dict[str, bytes]:
    lines = text.split("\n")
    out = {
        "gbk.txt": text.encode("gb18030"),
        "bom-crlf.txt": codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode(),
        "utf16.txt": text.encode("utf-16"),
        "page.html": _gov_page(lines, "utf-8").encode(),
        "page-gbk.htm": _gov_page(lines, "gb2312").encode("gb18030"),
        "plan.docx": _docx_bytes(lines),
        "traditional.txt": OpenCC("s2t").convert(text).encode(),
    }
    try:  # Big5 cannot encode every character of every seed (e.g. U+00A0); those seeds have no Big5 variant
        out["big5.txt"] = OpenCC("s2tw").convert(text).encode("cp950")
    except UnicodeEncodeError:
        pass
    return out


def _plan_lines(text: str) -> list[str]:
    """Non-blank, non-furniture lines, trimmed (the comparison the variants must pass)."""
    spans = find_furniture(text)
    keep = []
    for start, end, line in iter_lines(text):
        if line.strip() and not any(a < end and start < b for a, b, _ in spans):
            keep.append(line.strip())
    return keep


def _web_archive(page: bytes, charset: str, saved_by: str = "<Saved by Windows Internet Explorer 8>") -> bytes:
    """A page saved as a single-file web archive (.mht), as IE, Edge or Word write one: quoted-printable HTML
    and an image part, CRLF line ends."""
    import email.encoders
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart

    root = MIMEMultipart("related", type="text/html")
    root["From"] = saved_by
    html_part = MIMENonMultipart("text", "html", charset=charset)
    html_part.set_payload(page)
    email.encoders.encode_quopri(html_part)
    image = MIMENonMultipart("image", "gif")
    image.set_payload(b"GIF89a" + bytes(40))
    email.encoders.encode_base64(image)
    root.attach(html_part)
    root.attach(image)
    return root.as_bytes().replace(b"\n", b"\r\n")


@pytest.mark.parametrize("name", ["plan.mht", "plan.txt"])  # recognised by its headers, whatever its name
def test_a_web_archive_loads_like_the_page_it_holds(tmp_path, name):
    page = _gov_page(PLAN.splitlines(), "gb2312").encode("gb18030")
    (tmp_path / "page.htm").write_bytes(page)
    (tmp_path / name).write_bytes(_web_archive(page, "gb2312"))
    archived, direct = corpus.load_document(tmp_path / name), corpus.load_document(tmp_path / "page.htm")
    assert archived.file_format == "mhtml" and archived.text == direct.text and "改进调查研究" in archived.text
    assert archived.sha256 == hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()  # of the file as received


def test_a_web_archive_without_a_page_is_refused(tmp_path):
    data = _web_archive(b"<p>x</p>", "utf-8").replace(b"text/html", b"text/plain")
    (tmp_path / "x.mht").write_bytes(data)
    with pytest.raises(UnusableFile, match=r"web archive \(\.mht\) without an HTML page"):
        corpus.load_document(tmp_path / "x.mht")


VARIANT_CASES = [(seed, name) for seed in SEEDS for name in _variants(seed.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("seed, variant", VARIANT_CASES, ids=[f"{s.name[:3]}-{v}" for s, v in VARIANT_CASES])
def test_seed_variants_load_to_the_same_lines(tmp_path, seed, variant):
    original = corpus.load_document(seed)
    p = tmp_path / variant
    p.write_bytes(_variants(seed.read_text(encoding="utf-8"))[variant])
    loaded = corpus.load_document(p)
    assert _plan_lines(loaded.text) == _plan_lines(original.text)
    assert loaded.is_converted_from_traditional == (variant in ("traditional.txt", "big5.txt"))
    expected_format = {"html": "html", "htm": "html", "docx": "docx"}.get(variant.rsplit(".", 1)[1], "text")
    assert loaded.file_format == expected_format


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name[:3] for s in SEEDS])
def test_seed_text_is_the_file_text(seed):
    # a UTF-8 seed loads to exactly its characters (nothing trimmed, nothing replaced)
    assert corpus.load_document(seed).text == seed.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_a_saved_page_holding_only_furniture_and_a_title_is_refused(tmp_path):
    page = "首页 > 政务公开 > 通知公告\n关于改进工作作风的实施办法\n发布时间：2013-03-12 来源：县政府办公室\n【打印本页】【关闭窗口】\n"
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    with pytest.raises(UnusableFile, match="no plan text"):
        corpus.load_document(tmp_path / "p.txt", min_cjk_chars=20)
