"""Simplified Chinese for the Clients page (服务对象): the list, its search and filters.

English source -> Chinese; `tools/update_translations.py` merges every tools/zh_CN_*.py.
Mnemonics go at the end as "(&X)"; %1 placeholders are kept.
"""

TRANSLATIONS: dict[str, str] = {
    "Clients": "服务对象",
    # -- search and buttons ----------------------------------------------------------------
    "F&ind": "查找(&I)",
    "Name, pinyin, initials, ID number, phone or village":
        "姓名、拼音、首字母、身份证号、电话或村名",
    "%1 clients": "共 %1 人",
    "No client matches": "没有符合条件的服务对象",
    "No clients registered yet": "还没有登记服务对象",
    "The list could not be loaded; see the log.": "名单加载失败，详情请查看日志。",
    "Register &new client": "登记服务对象(&N)",
    "Register a new client (Ctrl+N)": "登记新的服务对象（Ctrl+N）",
    "&Open": "打开(&O)",
    "Open the selected client (Enter)": "打开选中的服务对象（回车键）",
    # -- filters ---------------------------------------------------------------------------
    "Cate&gory": "类别(&G)",
    "Vi&llage": "村（社区）(&L)",
    "Ris&k": "风险等级(&K)",
    "&Worker": "负责社工(&W)",
    "Stat&us": "状态(&U)",
    "Clear &filters": "清除筛选(&F)",
    "All categories": "全部类别",
    "All villages": "全部村（社区）",
    "All risk levels": "全部风险等级",
    "All workers": "全部社工",
    "All statuses": "全部状态",
    # -- table columns -----------------------------------------------------------------------
    "Name": "姓名",
    "Gender": "性别",
    "Age": "年龄",
    "ID no.": "身份证号",
    "Phone": "联系电话",
    "Village": "村（社区）",
    "Risk level": "风险等级",
    "Last visited": "最近走访",
    "Next follow-up": "下次跟进",
}
