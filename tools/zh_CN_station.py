"""Simplified Chinese for the Station screen (社工站): the plan's rules as lights, the
charts, and the supervision and training logs with their dialogs.

English source -> Chinese, merged by tools/update_translations.py with the other areas'
files. Words as the stations write them: 督导, 培训, 学时, 走访, 个案, 作废, 服务对象.
Mnemonics as a "(&X)" suffix.
"""

TRANSLATIONS: dict[str, str] = {
    # -- the page and its rules -------------------------------------------------------------
    "Whether the station meets the rules of the provincial plan, what to do where it does "
    "not, and the supervision and training logs.":
        "本站是否达到省级三年行动计划的要求、未达标时该做什么，以及督导和培训记录。",
    "OK": "正常",
    "Attention": "注意",
    "Not met": "未达标",
    "Checking the rules…": "正在核对各项要求…",
    "Training hours": "培训学时",
    "Add training…": "登记培训…",
    "Supervision this month": "本月督导",
    "Add supervision…": "登记督导…",
    "Overdue visits": "超期未走访",
    "Open Today": "去今日待办",
    "Case follow-up": "个案跟进",
    "Sync conflicts": "同步冲突",
    "Open Sync": "去同步",
    "Duplicate registrations": "重复登记",
    "The charts appear once the figures are in.": "数据统计完成后将在此显示图表。",
    "Supervision and training logs": "督导和培训记录",
    "The plan's rules as of %1": "截至%1的达标情况",
    "The rules could not be checked: %1": "无法核对各项要求：%1",
    "No worker of this station is registered yet.": "本站尚未登记社工。",
    "Every worker keeps the pace for %1 training hours this year.":
        "每位社工的培训进度都能达到今年 %1 小时的要求。",
    "Supervision done this month: %1 sessions, %2 hours in all.":
        "本月督导已完成：%1 次，共 %2 小时。",
    "No client is overdue for a visit.": "没有超过走访周期的服务对象。",
    "Every open case had a visit in the last %1 days.": "所有在办个案在最近 %1 天内都有走访。",
    "No sync conflict is waiting for a choice.": "没有待处理的同步冲突。",
    "No client is registered twice with the same ID number.":
        "没有以同一身份证号重复登记的服务对象。",
    "%1: %2 overdue": "%1 %2 人",
    "By category: %1": "按类别：%1",
    # -- the charts -------------------------------------------------------------------------
    "Visits per week, last 13 weeks": "近 13 周每周走访次数",
    "Clients by category": "各类别服务对象人数",
    "Training hours this year (target %1)": "今年培训学时（要求 %1 小时）",
    "On pace": "进度达标",
    "Behind the year's pace": "进度落后",
    "hours": "小时",
    "Target: %1 hours": "要求：%1 小时",
    # -- the logs and their dialogs ---------------------------------------------------------
    "Add supervision": "登记督导",
    "The station is supervised at least once a month, at least %1 hours each time.":
        "社工站每月至少接受一次督导，每次不少于 %1 小时。",
    "Choose, or type a new supervisor's name": "选择督导，或输入新督导的姓名",
    "e.g. case supervision, writing service records": "如：个案督导、服务记录规范",
    "Which cases were discussed": "讨论了哪些个案",
    "What the workers will do before the next session": "下次督导前社工要完成的事项",
    "Session &date": "督导日期(&D)",
    "Su&pervisor": "督导(&P)",
    "&Hours": "时长（小时）(&H)",
    "&Form": "形式(&F)",
    "&Topics": "督导内容(&T)",
    "&Cases discussed": "讨论的个案(&C)",
    "F&ollow-ups agreed": "商定的跟进事项(&O)",
    "Add training": "登记培训",
    "Every resident social worker needs at least 48 hours of training a year.":
        "每位驻站社工每年至少参加 48 小时培训。",
    "e.g. child protection policy": "如：儿童保护政策",
    "e.g. county civil affairs bureau": "如：县民政局",
    "Certificate number, if one was given": "如发了证书，填写证书编号",
    "Social &worker": "社工(&W)",
    "Training &date": "培训日期(&D)",
    "&Topic": "培训主题(&T)",
    "&Provider": "培训机构(&P)",
    "&Certificate": "证书(&C)",
    "V&oid…": "作废…(&O)",
    "Void the chosen record, with a reason": "作废选中的记录，须填写原因",
    "&Logs of year": "记录年份(&L)",
    "Add su&pervision…": "登记督导…(&P)",
    "Add trainin&g…": "登记培训…(&G)",
    "Form": "形式",
    "Topics": "督导内容",
    "Cases discussed": "讨论的个案",
    "Follow-ups agreed": "商定的跟进事项",
    "Topic": "培训主题",
    "Provider": "培训机构",
    "Certificate": "证书",
    "Supervision log": "督导记录",
    "Training log": "培训记录",
    "The logs could not be loaded; the log file has the details.":
        "无法加载记录，详情见日志文件。",
    "the supervision of %1": "%1的督导记录",
    "%1's training of %2: %3": "%1 %2的培训：%3",
    "%1 sessions, %2 hours in all": "共 %1 次督导，%2 小时",
    "%1 trainings, %2 hours in all": "共 %1 次培训，%2 小时",
}
