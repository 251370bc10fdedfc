"""Simplified Chinese for the roster import (从 Excel 导入服务对象名册): Clients → Import
from Excel, its three steps and the button on the Clients page.

English source -> Chinese; `tools/update_translations.py` merges every tools/zh_CN_*.py.
Mnemonics go at the end as "(&X)"; %1 placeholders are kept.
"""

TRANSLATIONS: dict[str, str] = {
    # -- the Clients page's button -----------------------------------------------------------
    "Import from &Excel…": "从 Excel 导入…(&E)",
    "Register the people of a civil-affairs roster (.xlsx) (Ctrl+I)":
        "把民政部门提供的名册（.xlsx）中的人员登记为服务对象（Ctrl+I）",
    # -- the dialog and its buttons ------------------------------------------------------------
    "Import clients from Excel": "从 Excel 名册导入服务对象",
    "&Back": "上一步(&B)",
    "&Next": "下一步(&N)",
    "&Cancel": "取消(&C)",
    "&Close": "关闭(&C)",
    "&Import %1 rows": "导入 %1 行(&I)",
    "Reading the workbook…": "正在读取工作簿…",
    "Checking every row…": "正在逐行检查…",
    "Importing (one transaction)…": "正在导入（一次性全部写入）…",
    "That did not work (%1); the log file has the details.":
        "操作未能完成（%1），详情见日志文件。",
    # -- step 1: the file ------------------------------------------------------------------------
    "1. Choose the roster and its sheet": "第一步：选择名册文件和工作表",
    "An Excel list (.xlsx) from the civil-affairs office, e.g. of minimum-allowance "
    "recipients or persons in extreme poverty. Nothing is saved until the last step.":
        "民政部门提供的 Excel 名单（.xlsx），如低保对象、特困人员名册。"
        "在最后一步确认导入之前，不会保存任何数据。",
    "Excel file": "Excel 文件",
    "No file chosen yet": "尚未选择文件",
    "Choose &file…": "选择文件…(&F)",
    "Choose the roster": "选择名册文件",
    "Excel workbooks (*.xlsx);;All files (*)": "Excel 工作簿 (*.xlsx);;所有文件 (*)",
    "&Sheet": "工作表(&S)",
    "Header in row %1; %2 rows of data below it.": "表头在第 %1 行，其下有 %2 行数据。",
    "Header in row %1, but no rows of data below it: choose another sheet.":
        "表头在第 %1 行，但其下没有数据，请选择其他工作表。",
    "Ca&tegory for rows without one": "未填类别时的类别(&T)",
    "— choose a category —": "—请选择类别—",
    "Rows whose 类别 column is empty, or every row when the sheet has no such column, get "
    "this category. A person already registered gains it.":
        "“类别”列为空的行（表中没有“类别”列时为所有行）都按此类别登记；"
        "已登记的人员会增加这一类别。",
    "Allow &villages the station does not have yet": "允许新的村（社区）(&V)",
    "Leave this unticked to catch misspelt village names: a row whose village has no client "
    "here yet is then listed as a problem.":
        "不勾选时可以发现写错的村名：本站尚无服务对象的村（社区）所在的行会列为有问题的行。",
    # -- step 2: the columns ---------------------------------------------------------------------
    "2. Which column holds what": "第二步：核对各列内容",
    "The columns are guessed from the sheet's headers; check them against the rows below. "
    "The name and the ID number are required: a person already registered is found by the "
    "ID number.":
        "已根据表头自动识别各列，请对照下方的数据核对。姓名和身份证号为必选："
        "已登记的人员按身份证号匹配。",
    "Na&me": "姓名(&M)",
    "&ID number": "身份证号码(&I)",
    "&Gender": "性别(&G)",
    "Birth &date": "出生日期(&D)",
    "&Phone": "联系电话(&P)",
    "&Village": "村（社区）(&V)",
    "Village g&roup": "村民小组(&R)",
    "Home &address": "家庭住址(&A)",
    "Ca&tegory": "类别(&T)",
    "— not in the sheet —": "—表中没有—",
    "The first rows of “%1”:": "“%1”的前几行：",
    "Choose the columns that hold the name and the ID number: rows are matched to "
    "registered people by ID number.":
        "请指定姓名和身份证号所在的列：按身份证号与已登记的人员匹配。",
    "The sheet has no category column: go back to step 1 and choose the category of these "
    "people, or choose the column that holds it.":
        "表中没有类别列：请返回第一步为这些人员选择类别，或指定类别所在的列。",
    # -- step 3: the preview and the import -------------------------------------------------------
    "3. Check the rows, then import": "第三步：核对后导入",
    "%1 rows will be registered, %2 will be updated (already registered: same ID number), "
    "%3 rows have problems and will be left out.":
        "将新登记 %1 人，更新 %2 人（已登记过：身份证号相同），%3 行有问题、不会导入。",
    "Rows to import (%1):": "将导入的行（%1）：",
    "Rows with problems (%1), not imported; correct them in the sheet and import it again:":
        "有问题的行（%1），不会导入；请在表格中改正后再导入一次：",
    "Row": "行号",
    "Name": "姓名",
    "ID no.": "身份证号",
    "Village": "村（社区）",
    "Category": "类别",
    "Import as": "导入方式",
    "New registration": "新登记",
    "Update": "更新",
    "Problem": "问题",
    "Registered %1 people, updated %2, unchanged %3; rows with problems: %4.":
        "已登记 %1 人，更新 %2 人，未变化 %3 人；有问题的行 %4 行。",
    "&Save the rows with problems…": "保存有问题的行…(&S)",
    "An Excel file of these rows with their problems, to correct and import again":
        "把这些行及其问题另存为 Excel 文件，改正后可再次导入",
    "Save the rows with problems": "保存有问题的行",
    "%1 (rows with problems).xlsx": "%1（有问题的行）.xlsx",
    "Excel workbooks (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "Saved to %1.": "已保存到 %1。",
}
