"""Simplified Chinese for the Reports screen (报表): the monthly report's preview and
saving it as Excel, PDF or JSON.

English source -> Chinese, merged by tools/update_translations.py with the other areas'
files. Words as the stations say them: 月报表, 服务对象, 走访, 活动. Mnemonics as a
"(&X)" suffix. Words other areas translate too carry the same Chinese here. The report
document itself is not translated here: its texts live in app/reports/sections.py.
"""

TRANSLATIONS: dict[str, str] = {
    # -- shared words (same Chinese as the other areas) ------------------------------------
    "Re&fresh": "刷新(&F)",
    "Saved to %1.": "已保存到 %1。",
    # -- the Reports page ------------------------------------------------------------------
    "Monthly report": "月报表",
    "The station's monthly report for the county: choose the month, check the figures, "
    "then save the report as Excel, PDF or JSON.":
        "报送县民政局的社工站月报表：选择月份，核对数据，再保存为 Excel、PDF 或 JSON 文件。",
    "&Month:": "报表月份(&M)",
    "Count the figures again": "重新统计数据",
    "Report preview": "月报表预览",
    "Save the report": "保存月报表",
    "Save as E&xcel…": "保存为 Excel…(&X)",
    "Save as &PDF…": "保存为 PDF…(&P)",
    "Save as &JSON…": "保存为 JSON…(&J)",
    "Open f&older": "打开所在文件夹(&O)",
    "Show the saved file in its folder": "打开保存文件所在的文件夹",
    "Counting the figures for %1…": "正在统计%1的数据…",
    "%1: %2 people served, %3 visits, %4 activities.":
        "%1：服务 %2 人，走访 %3 次，活动 %4 场。",
    "The figures could not be counted; the log file has the details.":
        "无法统计数据，详情请查看日志文件。",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "PDF document (*.pdf)": "PDF 文档 (*.pdf)",
    "JSON file (*.json)": "JSON 文件 (*.json)",
    "monthly-report": "月报",
    "Save the monthly report": "保存月报表",
    "Saving %1…": "正在保存 %1…",
    "The report could not be saved as %1: the folder does not exist or may not be "
    "written to. Choose another folder and save again.":
        "无法保存为 %1：文件夹不存在或没有写入权限。请换一个文件夹后重新保存。",
    "The report could not be saved; the log file has the details.":
        "无法保存月报表，详情请查看日志文件。",
}
