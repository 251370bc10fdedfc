"""The Simplified Chinese text of every UI string: English source -> Chinese.

`tools/update_translations.py` writes these into resources/translations/shegong_zh_CN.ts
and fails if a source string in app/ui has no entry here. Keep the `%1` placeholders and
give each mnemonic as a "(&X)" suffix with the English letter, as Chinese software does.
Words follow the stations' own forms: 服务对象, 个案, 走访, 督导, 县民政局.
"""

TRANSLATIONS: dict[str, str] = {
    "Cannot do that": "无法完成此操作",
    "Opening the data…": "正在打开数据…",
    "Check the computer's date": "请检查电脑日期",
    "This computer's clock is %1 days behind the newest record it has seen. Please set "
    "the correct date and time, or new records will look older than they are.":
        "本机时钟比已同步数据中最新的时间慢了 %1 天。"
        "请校正电脑的日期和时间，否则新记录的时间会显得比实际更早。",
    "Today": "今日待办",
    "Cases": "个案",
    "Visits": "走访记录",
    "Activities": "活动",
    "Settings": "设置",
    # -- first run (FirstRunDialog) -------------------------------------------------------
    "Welcome to Shegong": "欢迎使用社工站助手",
    "This computer is not set up yet. Tell Shegong which social-work station it "
    "belongs to; you can change names later in Settings.":
        "这台电脑还没有设置。请填写它所属的社工站，以下名称以后可以在“设置”中修改。",
    "e.g. Nalong Town Social Work Station": "例如：那龙镇社工站",
    "e.g. Wuming District, Nanning": "例如：南宁市武鸣区",
    "e.g. Nalong Town": "例如：那龙镇",
    "e.g. Wei Li's laptop": "例如：韦丽的电脑",
    "e.g. Wei Li": "例如：韦丽",
    "Resident social worker": "驻站社工",
    "Station head": "站长",
    "Supervisor": "督导",
    "County office": "县民政局",
    "&Station name": "社工站名称(&S)",
    "&County": "县（市、区）(&C)",
    "&Township or street": "乡镇（街道）(&T)",
    "This computer's &name": "本机名称(&N)",
    "&Your name": "您的姓名(&Y)",
    "&Role": "角色(&R)",
    "Start using Shegong": "开始使用",
    # -- main window ----------------------------------------------------------------------
    "Shegong — social-work station assistant": "社工站助手",
    "Shegong": "社工站助手",
    "&Today": "今日待办(&T)",
    "&Clients": "服务对象(&C)",
    "Cas&es": "个案(&E)",
    "&Visits": "走访记录(&V)",
    "&Activities": "活动(&A)",
    "Statio&n": "社工站(&N)",
    "Training, supervision and the plan's rules for this station.":
        "本站的培训、督导和三年计划的达标情况。",
    "S&ync": "同步(&Y)",
    "&Reports": "报表(&R)",
    "&Settings": "设置(&S)",
    "Follow-ups due today and overdue, clients waiting for a visit and unfinished "
    "visit records will be listed here.":
        "这里将列出今天到期和已经逾期的跟进、等待走访的服务对象，以及还没有填写完的走访记录。",
    "Everyone the station serves: search by name, pinyin, ID number, phone or village.":
        "本站的全部服务对象：可以按姓名、拼音、身份证号、电话或村（社区）查找。",
    "Cases by stage, from intake to closing, with their assessment and service plan.":
        "按阶段查看个案，从接案到结案，以及每个个案的需求评估和服务计划。",
    "Home visits with the material, emotional and social needs found, and the next "
    "follow-up.":
        "入户走访记录：评估出的物质、情感和社会支持需求，以及下次跟进的时间。",
    "Group work and community activities, with participants and volunteers.":
        "小组工作和社区活动，以及参加的服务对象和志愿者。",
    "Exchange encrypted bundle files with the station and the county.":
        "与社工站、县民政局交换加密的数据包文件。",
    "The monthly report for the county, in Excel and PDF.":
        "报送县民政局的月度报表，可导出为 Excel 和 PDF。",
    "Language, visit intervals, and where the data is kept:":
        "界面语言、走访周期，以及数据的保存位置：",
    "Loading…": "正在加载…",
    "%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month":
        "%1 · %2%3 · 服务对象 %4 人 · 在办个案 %5 个 · 本月走访 %6 次",
    "Clients": "服务对象",
    "Open cases": "在办个案",
    "Visits this month": "本月走访",
    "This screen is still being built; it arrives in the next version.":
        "此页面正在开发中，将在下一版本中提供。",
    # -- start-up and errors (main, CrashReporter) ----------------------------------------
    "Shegong cannot start": "社工站助手无法启动",
    "Something went wrong": "出错了",
    "Shegong hit an error it did not expect: %1\n\n"
    "Your data is safe. The details were written to the log in %2.":
        "社工站助手遇到了一个意外错误：%1\n\n您的数据没有受到影响。详细信息已写入日志，"
        "日志位于 %2。",
}
