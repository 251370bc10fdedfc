"""Simplified Chinese for the Sync screen (同步) and its dialogs.

English source -> Chinese, merged by tools/update_translations.py with the other areas'
files. Words as the stations say them: 同步文件, 名片, 指纹, 信任, 撤销, 冲突, 合并,
服务对象, 走访. Mnemonics as a "(&X)" suffix. Words other areas translate too carry the
same Chinese here.
"""

TRANSLATIONS: dict[str, str] = {
    # -- shared words (same Chinese as the other areas) ------------------------------------
    "Loading…": "正在加载…",
    "Client": "服务对象",
    "Name": "姓名",
    "Phone": "联系电话",
    "Village": "村（社区）",
    "Gender": "性别",
    "Date of birth": "出生日期",
    "Risk level": "风险等级",
    "Status": "状态",
    "Role": "角色",
    "Notes": "备注",
    "Mode": "走访方式",
    "Observations": "观察记录",
    "Next follow-up": "下次跟进",
    "Stage": "阶段",
    "Presenting problem": "求助问题",
    "Title": "活动名称",
    "Place": "地点",
    "Hours": "时长（小时）",
    "Relationship": "与服务对象关系",
    "Station": "社工站",
    "Case": "个案",
    "Referral": "转介",
    # -- the page ---------------------------------------------------------------------------
    "Sync": "同步",
    "Exchange encrypted sync files with the station and the county: on a USB stick or "
    "through a messaging app. Only devices whose card you trusted can read them.":
        "与社工站、县民政局交换加密的同步文件：可用U盘拷贝，也可通过聊天软件发送。"
        "只有您信任了其名片的设备才能读取。",
    "This device and trusted devices": "本机与信任设备",
    "Export and import": "导出与导入",
    "Conflicts and duplicates": "冲突与重复",
    "Conflicts and duplicates (%1)": "冲突与重复（%1）",
    "History": "记录",
    "The sync information could not be loaded; the log file has the details.":
        "同步信息加载失败，详情见日志文件。",
    "The clock of the device “%1” is %2 hours fast; remind its user to correct the "
    "computer's date and time.":
        "设备“%1”的时钟快了 %2 小时，请提醒其使用人校正电脑日期和时间。",
    "This computer's clock is %1 days behind the time found in the synced data; check the "
    "computer's date.":
        "本机时钟比已同步数据中的时间慢了 %1 天，请检查电脑日期。",
    "Import sync files": "导入同步文件",
    "Sync files (*.shegong *.bundle);;All files (*)":
        "同步文件 (*.shegong *.bundle);;所有文件 (*)",
    # -- this device and the trusted devices -------------------------------------------------
    "This device's card": "本机名片",
    "Send the card file to the station head or the county office, then read them this "
    "fingerprint over the phone.":
        "把名片文件发给站长或县民政局，再打电话把这串指纹念给对方核对。",
    "E&xport card…": "导出名片…(&X)",
    "Fingerprint:": "指纹：",
    "Fingerprint": "指纹",
    "Device ID %1": "设备编号 %1",
    "Trusted devices": "信任的设备",
    "Device": "设备",
    "Trusted": "已信任",
    "Not trusted": "未信任",
    "Revoked on %1": "已于%1撤销",
    "No other device is trusted yet. Trust the card of the station head or of a worker's "
    "laptop to exchange files with it.":
        "尚未信任其他设备。信任站长或社工电脑的名片后，才能与之交换同步文件。",
    "Trust a car&d…": "信任名片…(&D)",
    "Revo&ke…": "撤销…(&K)",
    "Export this device's card": "导出本机名片",
    "Device cards (*.card);;All files (*)": "设备名片 (*.card);;所有文件 (*)",
    "Device cards (*.card *.json);;All files (*)": "设备名片 (*.card *.json);;所有文件 (*)",
    "The card could not be saved: %1": "名片未能保存：%1",
    "The card was saved to %1.": "名片已保存到 %1。",
    "Trust a device card": "信任设备名片",
    "The device “%1” is trusted now.": "已信任设备“%1”。",
    "Revoke the device?": "撤销该设备？",
    "Every later sync file from “%1” will be refused, and this device cannot be trusted "
    "again. Do this when the laptop was lost, stolen or given away. Revoke it?":
        "撤销后，将拒绝“%1”此后发来的所有同步文件，且不能再次信任该设备。"
        "电脑丢失、被盗或转给他人时才需撤销。确定撤销吗？",
    "The device “%1” was revoked.": "已撤销设备“%1”。",
    # -- trust dialog -------------------------------------------------------------------------
    "Trust a device": "信任设备",
    "Trust the device “%1” of %2?": "信任%2的设备“%1”吗？",
    "Phone the device's user and check the fingerprint with them, group by group. Trust it "
    "only if every group is the same: bundles from this device will then be imported here.":
        "请与对方电话核对指纹，逐组念读比对，每一组都相同才可信任。"
        "信任后，本机将接收并导入该设备发来的同步文件。",
    "&Role of this device:": "该设备的角色(&R)",
    "&Trust this device": "信任此设备(&T)",
    "&Cancel": "取消(&C)",
    # -- export -------------------------------------------------------------------------------
    "Export": "导出",
    "A&ll data": "全部数据(&L)",
    "One &month:": "按月份(&M)",
    "What one device has not received yet, &for:": "给某台设备的增量(&F)",
    "A month's file holds every change that reached this laptop in that month, from here or "
    "imported: the station's monthly file for the county.":
        "按月份导出的文件包含该月到达本机的全部数据变更（本机录入的和导入的），"
        "即社工站每月报送县民政局的文件。",
    "Who can read the file (recipie&nts):": "可读取此文件的设备(&N)",
    "No trusted device yet: trust the card of the station head or the county office first.":
        "还没有信任的设备：请先信任站长或县民政局的名片。",
    "Ex&port sync file…": "导出同步文件…(&P)",
    "%1-for-%2-%3": "%1-给%2-%3",
    "%1-all-%2": "%1-全部-%2",
    "Tick at least one device that will read the file. Trust its card first if it is not "
    "listed.":
        "请至少勾选一台接收此文件的设备；如未列出，请先信任其名片。",
    "Export a sync file": "导出同步文件",
    "Sync files (*.shegong);;All files (*)": "同步文件 (*.shegong);;所有文件 (*)",
    "Exported %1 changes to %2 (%3). It can be read by: %4.":
        "已导出 %1 条数据变更到 %2（%3）。可读取的设备：%4。",
    "The file could not be written: %1": "文件未能写入：%1",
    "The export failed (%1); the log file has the details.": "导出失败（%1），详情见日志文件。",
    # -- import -------------------------------------------------------------------------------
    "Import": "导入",
    "&Import sync files…": "导入同步文件…(&I)",
    "You can also drag sync files from a USB stick or a download folder onto this page. A "
    "file that is damaged, not meant for this device or from a device you do not trust is "
    "refused, and nothing changes.":
        "也可以把U盘或下载文件夹中的同步文件直接拖到本页面。"
        "损坏的文件、不是发给本机的文件或来自未信任设备的文件会被拒绝，数据不会有任何改动。",
    "Results of the last import:": "最近一次导入的结果：",
    "Importing sync files": "正在导入同步文件",
    "&Cancel import": "取消导入(&C)",
    "Cancelling undoes the file being imported; nothing of it is kept.":
        "取消后，正在导入的文件会全部撤回，不保留其中任何数据。",
    "Cancelling…": "正在取消…",
    "The other %1 files were not imported.": "其余 %1 个文件未导入。",
    "Importing “%1” (file %2 of %3)…": "正在导入“%1”（第 %2 个，共 %3 个）…",
    "%1 of %2 changes": "%1 / %2 条",
    "%1: import cancelled; nothing was changed.": "%1：已取消导入，数据没有任何改动。",
    "File %1: %2": "文件“%1”：%2",
    "%1: the import failed (%2); nothing was changed. The log file has the details.":
        "%1：导入失败（%2），数据没有任何改动。详情见日志文件。",
    "%1: this bundle from “%2” was imported before; nothing changed.":
        "%1：来自“%2”的这个同步文件此前已导入过，没有任何改动。",
    "%1: %2 changes imported from “%3” (%4): %5 new, %6 already here, %7 overwritten, "
    "%8 conflicts.":
        "%1：已导入来自“%3”（%4）的 %2 条，新增 %5，已有 %6，被覆盖 %7，冲突 %8。",
    "%1: some changes carry a clock far ahead of this computer's; see the warning at the top "
    "of the page.":
        "%1：部分数据的时间远超本机时钟，请看页面顶部的提示。",
    # -- conflicts and duplicates ---------------------------------------------------------------
    "Conflicts: two devices changed the same field": "冲突：两台设备改了同一项内容",
    "Record": "记录",
    "Field": "内容项",
    "Current value": "当前值",
    "Other value": "另一值",
    "Written by": "修改人（设备、时间）",
    "%1 at %2": "%1，于%2",
    "&Keep the current value": "保留当前值(&K)",
    "Use the &other value": "改用另一值(&O)",
    "No conflicts to review.": "没有待处理的冲突。",
    "Settled: %1 of %2.": "已处理：%2 的%1。",
    "Possible duplicates: the same ID number on two records": "可能重复：两条记录的身份证号相同",
    "Record kept": "保留的记录",
    "Record merged into it": "并入的记录",
    "&Merge…": "合并…(&M)",
    "No two records share an ID number.": "没有身份证号相同的记录。",
    "Merge the two records?": "合并这两条记录？",
    "Both records have the ID number %1. Keep “%2” and move the visits, cases, categories, "
    "household and activities of the other record (“%3”) to it? The other record is then "
    "voided as merged.":
        "两条记录的身份证号都是 %1。保留“%2”，并把另一条记录（“%3”）的走访、个案、类别、"
        "家庭成员和活动都移到它名下吗？另一条记录随后作废，注明已合并。",
    "“%1” was merged.": "“%1”已合并。",
    # -- records and fields named in conflicts ------------------------------------------------
    "Client category": "服务对象类别",
    "Household member": "家庭成员",
    "Home visit": "走访记录",
    "Worker on a visit": "参与走访的社工",
    "Case goal": "个案目标",
    "Case step": "个案进程",
    "Activity": "活动",
    "Activity participant": "活动参与者",
    "Volunteer": "志愿者",
    "Worker": "社工",
    "Supervision session": "督导记录",
    "Training record": "培训记录",
    "Village group": "村民小组",
    "Address": "住址",
    "Assigned worker": "负责社工",
    "Consent given": "已知情同意",
    "Consent date": "知情同意日期",
    "Visit date": "走访日期",
    "Duration (minutes)": "时长（分钟）",
    "People met": "会见人员",
    "Services delivered": "提供的服务",
    "Risks noticed": "发现的风险",
    "Closure reason": "结案原因",
    "Problems and needs": "问题与需求总结",
    "Summary": "活动总结",
    "Activity date": "活动日期",
    "Description": "说明",
    "Category": "类别",
    "Voided (reason)": "作废（原因）",
    "(empty)": "（空）",
    "Yes": "是",
    "No": "否",
    # -- history --------------------------------------------------------------------------------
    "Direction": "方向",
    "When": "时间",
    "Kind": "类型",
    "Number of changes": "变更条数",
    "Changes for a device": "增量",
    "Details": "详情",
    "Exported": "导出",
    "Imported": "导入",
    "All data": "全部数据",
    "Month %1": "%1月份",
    "Changes for %1": "给%1的增量",
    "%1, for %2": "%1，发给%2",
    "this device only": "仅本机",
    "%1: %2 new, %3 already here, %4 overwritten, %5 conflicts":
        "%1：新增 %2，已有 %3，被覆盖 %4，冲突 %5",
    "No sync file was exported or imported yet.": "还没有导出或导入过同步文件。",
}
