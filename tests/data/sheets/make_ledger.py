"""Writes ledger_openpyxl.xlsx, the source of this folder's fixtures (run with the project's venv).

ledger.xls and ledger_lo.xlsx are LibreOffice 7.4 Calc's copies of it:
    soffice --headless --convert-to xls ledger_openpyxl.xlsx   (then rename to ledger.xls)
    soffice --headless --convert-to xlsx ledger.xls            (then rename to ledger_lo.xlsx)
"""
import datetime as dt
from pathlib import Path

import openpyxl

wb = openpyxl.Workbook()
intro = wb.active
intro.title = "说明"
intro["A1"] = "中共某县委常委班子党的群众路线教育实践活动整改任务清单"
intro["A2"] = "为抓好整改落实，制定本清单。\n各责任单位要按时限完成，每月报送进展。"
sheet = wb.create_sheet("整改清单")
sheet.append([None, "整改任务清单"])
sheet.merge_cells("B1:G1")
sheet.append([None, "序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限"])
sheet.append([None, "一、形式主义方面"])
sheet.merge_cells("B3:G3")
sheet.append([None, 1, "会议多、文件多", "严格控制全县性会议数量，每年不超过6次。", "张三", "县委办", dt.datetime(2014, 6, 30)])
sheet["G4"].number_format = 'yyyy"年"m"月"d"日"'
sheet.append([None, 2, None, "精简文件简报，\n发文数量减少三成。", "李四", "县委办", "长期坚持"])
sheet.merge_cells("C4:C5")
sheet.append([])
sheet.append([None, "二、官僚主义方面"])
sheet.merge_cells("B7:G7")
sheet.append([None, 3, "调研不深不实", "县级领导每年到基层调研不少于60天，其中1.5个月住村。", "王五", "组织部",
              dt.datetime(2014, 12, 31)])
sheet["G8"].number_format = "yyyy-mm-dd"
sheet.append([None, 4, "已完成，隐藏", "这一行已隐藏。", "", "", ""])
sheet.row_dimensions[9].hidden = True
sheet.append([None, 5, "门难进、脸难看", "公开办事流程，实行首问负责制。", "赵六", "政务服务中心", 1.5])
sheet["H2"] = "内部备注（隐藏列）"
sheet.column_dimensions["H"].hidden = True
scratch = wb.create_sheet("Sheet3")
scratch["A1"] = "县委办"
scratch.sheet_state = "hidden"
wb.save(Path(__file__).with_name("ledger_openpyxl.xlsx"))
