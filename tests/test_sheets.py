"""Spreadsheet ledgers (``analysis.sheets``): .xlsx and .xls read as the lines a Word table gives.

``tests/data/sheets``: ``ledger_openpyxl.xlsx`` (written by ``make_ledger.py``) and LibreOffice Calc's copies
of it as Excel 97–2003 ``ledger.xls`` and as ``ledger_lo.xlsx``: two sheets (a 说明 sheet whose cell holds two
lines, a ledger starting in column B), merged title, category and problem cells, a Chinese and an ISO date
format, a decimal, a hidden row, a hidden column and a hidden sheet.
"""
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from analysis import corpus, loaders, measures, sheets
from analysis.loaders import UnusableFile

DATA = Path(__file__).parent / "data" / "sheets"
LEDGER = ("说明\n中共某县委常委班子党的群众路线教育实践活动整改任务清单\n为抓好整改落实，制定本清单。\n"
          "各责任单位要按时限完成，每月报送进展。\n\n整改清单\n整改任务清单\n"
          "序号\t存在问题\t整改措施\t责任领导\t责任单位\t完成时限\n一、形式主义方面\n"
          "1\t会议多、文件多\t严格控制全县性会议数量，每年不超过6次。\t张三\t县委办\t2014年6月30日\n"
          "2\t\t精简文件简报， 发文数量减少三成。\t李四\t县委办\t长期坚持\n\n二、官僚主义方面\n"
          "3\t调研不深不实\t县级领导每年到基层调研不少于60天，其中1.5个月住村。\t王五\t组织部\t2014-12-31\n"
          "5\t门难进、脸难看\t公开办事流程，实行首问负责制。\t赵六\t政务服务中心\t1.5")


@pytest.mark.parametrize("name,fmt", [("ledger_openpyxl.xlsx", "xlsx"), ("ledger.xls", "xls"), ("ledger_lo.xlsx", "xlsx")])
def test_a_ledger_reads_alike_from_xlsx_and_xls_and_its_rows_are_the_measures(name, fmt):
    doc = corpus.load_document(DATA / name)
    assert doc.file_format == fmt and doc.text == LEDGER
    assert doc.encoding == f"{fmt} spreadsheet: 2 sheets (1 hidden sheet, 1 hidden row, 1 hidden column left out)"
    m, spans = measures.extract(doc.text, [(s, e) for s, e, _ in doc.furniture], name)
    assert list(m["label"]) == ["1", "2", "3", "5"]
    assert m["text"].str.contains("严格控制全县性会议数量|精简文件简报|调研不少于60天|首问负责制").all()
    assert "这一行已隐藏" not in doc.text and "内部备注" not in doc.text  # hidden rows and columns stay out
    assert spans["char_start"].iloc[0] == 0 and spans["char_end"].iloc[-1] == len(doc.text)


def test_the_bytes_decide_what_a_spreadsheet_is():
    xls, xlsx = (DATA / "ledger.xls").read_bytes(), (DATA / "ledger_lo.xlsx").read_bytes()
    assert loaders.sniff_format(".xls", xls) == loaders.sniff_format(".et", xls) == "xls"  # WPS .et: the same BIFF
    assert loaders.sniff_format(".doc", xls) == "xls"  # misnamed
    assert loaders.sniff_format(".xlsx", xlsx) == loaders.sniff_format(".docx", xlsx) == "xlsx"
    word97 = next((Path(__file__).parent / "data" / "word97").glob("*.doc")).read_bytes()
    assert loaders.sniff_format(".xls", word97) == "doc"  # a Word file named .xls is still read as Word


def _xlsx(tmp_path, build) -> Path:
    wb = openpyxl.Workbook()
    build(wb.active)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return path


def test_cells_read_as_shown_and_a_row_of_one_cell_keeps_its_line_breaks(tmp_path):
    def build(ws):
        ws.title = "Sheet1"  # a default name: not printed
        ws.append(["某局整改台账\n（2014年）"])
        ws.append([1.0, 1.2, True, dt.time(9, 30), dt.datetime(2014, 3, 1), "a\r\nb"])
        ws["E2"].number_format = 'yyyy"年"m"月"'
        ws.append([])
        ws.append([])
        ws.append(["附：说明"])
    text, note = sheets.xlsx_to_text(_xlsx(tmp_path, build).read_bytes(), max_bytes=10**7)
    assert text == "某局整改台账\n（2014年）\n1\t1.2\t是\t09:30\t2014年3月\ta b\n\n附：说明"
    assert note == "xlsx spreadsheet: 1 sheet"


def test_a_formula_never_computed_reads_as_an_empty_cell(tmp_path):
    def build(ws):
        ws.append(["序号", "整改措施"])
        ws.append(["=ROW()-1", "严格控制会议数量。"])  # openpyxl stores no computed value
    text, _ = sheets.xlsx_to_text(_xlsx(tmp_path, build).read_bytes(), max_bytes=10**7)
    assert text == "序号\t整改措施\n严格控制会议数量。"


def _rezip(data: bytes, change) -> bytes:
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = change(info.filename, src.read(info.filename))
            if body is not None:
                dst.writestr(info.filename, body)
    return out.getvalue()


@pytest.mark.parametrize("damage,reason", [
    (lambda d: d[: len(d) // 2], "not a valid .xlsx (broken zip archive"),
    (lambda d: _rezip(d, lambda n, b: None if n == "xl/workbook.xml" else b), "not an Excel .xlsx workbook (no xl/workbook.xml"),
    (lambda d: _rezip(d, lambda n, b: b.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
                      if n == "xl/sharedStrings.xml" else b), "refused .xlsx: xl/sharedStrings.xml declares a DTD"),
    (lambda d: _rezip(d, lambda n, b: b"<worksheet" if n.startswith("xl/worksheets/") else b), "not a readable Excel .xlsx"),
])
def test_a_damaged_or_hostile_xlsx_is_refused_with_the_reason(tmp_path, damage, reason):
    bad = tmp_path / "ledger.xlsx"
    bad.write_bytes(damage((DATA / "ledger_lo.xlsx").read_bytes()))
    with pytest.raises(UnusableFile, match=reason.replace("(", r"\(").replace(".", r"\.")):
        corpus.load_document(bad)


def test_a_damaged_xls_is_refused_with_the_reason(tmp_path):
    data = bytearray((DATA / "ledger.xls").read_bytes())
    bad = tmp_path / "ledger.xls"
    bad.write_bytes(bytes(data[:3000]))  # cut short: its OLE2 directory is lost, its name still says Excel
    with pytest.raises(UnusableFile, match="not a readable Excel 97–2003 workbook"):
        corpus.load_document(bad)
