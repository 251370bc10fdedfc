"""Chinese for the home visit form, its drafts, the client picker, Today and Visits.

English source -> Simplified Chinese, as tools/update_translations.py expects: keep the
%1 placeholders, give each mnemonic as a "(&X)" suffix with the English letter.
"""

TRANSLATIONS: dict[str, str] = {
    # -- the visit form (VisitFormDialog, NeedRow, WorkerChecklist) -----------------------
    "Home visit record": "走访记录",
    "Home visit record: %1": "走访记录：%1",
    "Clie&nt": "服务对象(&N)",
    "Visit &date": "走访日期(&D)",
    "D&uration": "走访时长(&U)",
    "not given": "未填写",
    " min": " 分钟",
    "&Mode": "走访方式(&M)",
    "&Workers present": "参与社工(&W)",
    "Tick who was there; the first one ticked leads.":
        "请勾选参与走访的社工，第一位勾选者为主责社工。",
    "Leading the visit: %1": "主责社工：%1",
    "&People met": "会见人员(&P)",
    "e.g. the client and her granddaughter": "例如：服务对象本人及其孙女",
    "&Observations": "观察记录(&O)",
    "R&isks noticed": "发现的风险(&I)",
    "M&aterial needs": "物质需求(&A)",
    "&Emotional needs": "精神需求(&E)",
    "Socia&l needs": "社会需求(&L)",
    "What you saw and what they asked for": "看到的情况和对方提出的需求",
    "Ser&vices delivered": "提供的服务(&V)",
    "Next &follow-up": "下次跟进日期(&F)",
    "Part of the open &case": "属于个案(&C)",
    "%1 · stage: %2": "%1 · 阶段：%2",
    "&Save": "保存(&S)",
    "Save the visit record (Ctrl+S)": "保存走访记录（Ctrl+S）",
    "Disca&rd": "放弃(&R)",
    "Throw this record away, with its draft": "放弃这份记录，并删除其草稿",
    "Close": "关闭",
    "Close; what you typed is kept as a draft": "关闭窗口；已填写的内容会保存为草稿",
    "Resumed from an unfinished record.": "已恢复上次未完成的记录。",
    "Draft kept at %1": "草稿已于 %1 自动保存",
    "Please choose the client you visited.": "请选择本次走访的服务对象。",
    "Discard this record?": "放弃这份记录？",
    "Throw away this visit record? What you typed will be deleted.":
        "确定放弃这份走访记录吗？已填写的内容将被删除。",
    # -- drafts at start-up (offer_drafts) --------------------------------------------------
    "Unfinished visit records": "未完成的走访记录",
    "One unfinished visit record was found. Resume it?":
        "发现 1 份未完成的走访记录，要继续填写吗？",
    "%1 unfinished visit records were found. Resume them?":
        "发现 %1 份未完成的走访记录，要继续填写吗？",
    "If you choose No, they wait for you on the Today page.":
        "如果选择“否”，可以稍后在“今日待办”页面继续填写。",
    # -- the client picker (ClientPicker, ClientIdsModel, ClientPickerDialog) -------------
    "Name": "姓名",
    "Gender": "性别",
    "Date of birth": "出生日期",
    "Village": "村（社区）",
    "ID number": "身份证号码",
    "Name, pinyin initials, ID number, phone or village":
        "姓名、拼音首字母、身份证号、电话或村（社区）",
    "Searching…": "正在查找…",
    "%1 found": "找到 %1 人",
    "Nobody chosen yet.": "尚未选择服务对象。",
    "%1 and %2 more": "%1，另有 %2 人",
    "%1 chosen: %2": "已选 %1 人：%2",
    "Chosen: %1": "已选：%1",
    "Choose clients": "选择服务对象",
    "Choose a client": "选择服务对象",
    # -- Today (TodayPage, Section) ---------------------------------------------------------
    "Today": "今日待办",
    "Who to see today and what is still unfinished. Double-click a line (or press Enter) "
    "to open the client; the button records the visit.":
        "今天需要走访谁、还有哪些事没有完成。双击某一行（或按回车键）查看服务对象；"
        "点击按钮直接记录走访。",
    "Clients": "服务对象",
    "Open cases": "在办个案",
    "Visits this month": "本月走访",
    "Re&fresh": "刷新(&F)",
    "Follow-ups due today or overdue": "今日及逾期待跟进",
    "Clients waiting for a visit": "超期未走访的服务对象",
    "Cases in intervention with no visit for %1 days": "介入阶段 %1 天未走访的个案",
    "Due": "应跟进日期",
    "Late": "逾期",
    "due today": "今天到期",
    "%1 days late": "逾期 %1 天",
    "Last visit": "上次走访",
    "never visited": "从未走访",
    "Days since": "距今",
    "%1 days": "%1 天",
    "Client": "服务对象",
    "Last kept": "最后保存",
    "Observations": "观察记录",
    "Record visit": "记录走访",
    "Continue": "继续填写",
    "client not chosen yet": "尚未选择服务对象",
    "Showing the first %1 of %2": "显示前 %1 条，共 %2 条",
    "Nothing here today.": "今天这里没有待办事项。",
    "Today's lists could not be computed: %1": "今日待办无法计算：%1",
    # -- Visits (VisitsPage) ------------------------------------------------------------------
    "Visits": "走访记录",
    "The station's newest home visits. Double-click one (or press Enter) to open the "
    "client.": "本站最近的走访记录。双击某一条（或按回车键）查看服务对象。",
    "&New visit record…": "新建走访记录…(&N)",
    "Record a home visit of any client (Ctrl+N)": "为任一服务对象记录走访（Ctrl+N）",
    "Date": "日期",
    "Mode": "走访方式",
    "The newest %1 visits": "最近的 %1 条走访记录",
    "%1 visits": "共 %1 条走访记录",
    "No visits recorded yet.": "还没有走访记录。",
    "The visits could not be loaded: %1": "走访记录无法加载：%1",
}
