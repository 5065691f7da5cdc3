"""Spreadsheets read as text: the 整改任务清单 / 整改台账 ledgers that bodies attach as Excel files.

``.xlsx`` (Office Open XML, as Excel and WPS write it) is read with openpyxl, ``.xls`` (Excel 97–2003
BIFF8, also WPS ``.et``) with xlrd. The text has the shape the ``.docx`` reader gives a Word table, so
the same extraction applies:

* each visible sheet in workbook order; before a sheet, its name on a line of its own when the workbook
  shows more than one sheet and the name is not a default one (``Sheet1``, ``工作表1``);
* each row on one line, its cells joined by tabs (``1\t会议多\t严格控制会议数量…\t县委办``). A cell covered
  by a merged range is empty (its text is in the range's first cell, as Word gives a merged cell once);
* inside a row of two or more filled cells, line breaks within a cell (Alt+Enter) become spaces, as a
  Word table cell's paragraphs are joined; a row with one filled cell keeps them (a paragraph pasted into
  a cell, a title);
* empty rows become one empty line; numbers read as shown for whole numbers and decimals (``1``,
  ``1.2``), dates as the cell's format writes them (``2014年6月30日`` for a Chinese date format, else
  ``2014-06-30``).

Hidden sheets, rows and columns are left out (like a tracked deletion, they are not what the reader of
the file sees); :func:`xlsx_to_text` and :func:`xls_to_text` say how many in their note. A formula's last computed value is read
(a file never opened in a spreadsheet program after a formula was written has none: the cell is empty).
"""
from __future__ import annotations

import datetime as dt
import io
import re

from .loaders import UnusableFile, check_office_zip

_DEFAULT_NAME = re.compile(r"(?:sheet|工作表|表)\s*\d*", re.IGNORECASE)
_CJK_DATE_FORMAT = re.compile(r"年|月|日")


def _number(v: float) -> str:
    """``1.0`` -> ``1``, ``1.2`` -> ``1.2`` (15 significant digits, as a spreadsheet shows at most)."""
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.15g}"


def _date(value: dt.datetime | dt.date, number_format: str) -> str:
    """A date cell as its format writes it: Chinese (``2014年6月30日``, ``2014年6月``) or ISO (``2014-06-30``)."""
    if _CJK_DATE_FORMAT.search(number_format or ""):
        out = f"{value.year}年{value.month}月"
        return out + (f"{value.day}日" if "d" in number_format.lower() or "日" in number_format else "")
    return value.strftime("%Y-%m-%d")


def cell_text(value, number_format: str = "") -> str:
    """A cell's value as the text a reader sees: ``""`` for empty, whole numbers without ``.0``, dates as
    ``number_format`` writes them (ISO ``2013-02-05`` when it is not a Chinese date format), times ``HH:MM``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dt.datetime, dt.date)):
        return _date(value, number_format)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (int, float)):
        return _number(float(value)) if isinstance(value, float) else str(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _row_line(cells: list[str]) -> str:
    """One row as a line: cells joined by tabs; a filled cell's line breaks are spaces unless it is alone."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    if sum(map(bool, cells)) <= 1:
        return "".join(cells)
    return "\t".join(re.sub(r"\s*\n\s*", " ", c) for c in cells)


def _sheet_lines(name: str, rows: list[list[str]], show_name: bool) -> list[str]:
    """Lines of one sheet: its name (when shown), then a line per row, runs of empty rows as one empty line.
    Columns left of the first filled one are dropped (a table that starts in column B)."""
    out = [name] if show_name else []
    first = min((next(i for i, c in enumerate(r) if c) for r in rows if any(r)), default=0)
    for cells in (r[first:] for r in rows):
        line = _row_line(cells)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _join(sheets: list[tuple[str, list]], hidden: dict[str, int], fmt: str) -> tuple[str, str]:
    shown = [n for n, _ in sheets]
    several = len(shown) > 1
    blocks = [_sheet_lines(n, rows, several and not _DEFAULT_NAME.fullmatch(n.strip())) for n, rows in sheets]
    text = "\n\n".join("\n".join(b) for b in blocks if b)
    note = f"{fmt} spreadsheet: {len(shown)} sheet{'s' if len(shown) != 1 else ''}"
    left_out = [f"{k} hidden {what}{'s' if k != 1 else ''}" for what, k in hidden.items() if k]
    if left_out:
        note += " (" + ", ".join(left_out) + " left out)"
    return text, note


def xlsx_to_text(data: bytes, *, max_bytes: int) -> tuple[str, str]:
    """The text of an ``.xlsx`` workbook (see the module's rules) and a note for ``encoding``."""
    check_office_zip(data, max_bytes=max_bytes, kind="xlsx")
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on malformed packages
        raise UnusableFile(f"not a readable Excel .xlsx workbook ({type(exc).__name__}: {exc})") from None
    sheets, hidden = [], {"sheet": 0, "row": 0, "column": 0}
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            hidden["sheet"] += 1
            continue
        cols = [c for c in range(1, ws.max_column + 1)
                if not ws.column_dimensions[openpyxl.utils.get_column_letter(c)].hidden]
        hidden["column"] += ws.max_column - len(cols)
        rows = []
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row), start=1):
            if ws.row_dimensions[r].hidden:
                hidden["row"] += 1
                continue
            rows.append([cell_text(row[c - 1].value, row[c - 1].number_format) for c in cols])
        sheets.append((ws.title, rows))
    return _join(sheets, hidden, "xlsx")


def xls_to_text(data: bytes) -> tuple[str, str]:
    """The text of an Excel 97–2003 ``.xls`` workbook (also WPS ``.et``) and a note for ``encoding``."""
    import xlrd

    try:
        # xlrd reports damage it works around on its log (stdout by default): kept out of the build's output
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False, logfile=io.StringIO())
    except xlrd.biffh.XLRDError as exc:
        reason = "password-protected" if "encrypt" in str(exc).lower() else str(exc)
        raise UnusableFile(f"an Excel 97–2003 workbook that cannot be read ({reason})") from None
    except Exception as exc:  # damaged BIFF records surface as many kinds
        raise UnusableFile(f"not a readable Excel 97–2003 workbook ({type(exc).__name__}: {exc})") from None
    sheets, hidden = [], {"sheet": 0, "row": 0, "column": 0}
    for sh in book.sheets():
        if sh.visibility:
            hidden["sheet"] += 1
            continue
        covered = {(r, c) for rlo, rhi, clo, chi in sh.merged_cells
                   for r in range(rlo, rhi) for c in range(clo, chi) if (r, c) != (rlo, clo)}
        cols = [c for c in range(sh.ncols) if not (c in sh.colinfo_map and sh.colinfo_map[c].hidden)]
        hidden["column"] += sh.ncols - len(cols)
        rows = []
        for r in range(sh.nrows):
            if r in sh.rowinfo_map and sh.rowinfo_map[r].hidden:
                hidden["row"] += 1
                continue
            rows.append(["" if (r, c) in covered else _xls_cell(book, sh, r, c) for c in cols])
        sheets.append((sh.name, rows))
    return _join(sheets, hidden, "xls")


def _xls_cell(book, sh, r: int, c: int) -> str:
    import xlrd

    cell = sh.cell(r, c)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return _number(cell.value)
        fmt = book.format_map.get(book.xf_list[sh.cell_xf_index(r, c)].format_key)
        return cell_text(value, fmt.format_str if fmt else "")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)
