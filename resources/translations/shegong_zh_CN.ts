<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="37"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="38"/>
        <source>Group work and community activities of the station: who took part, the volunteers and their hours.</source>
        <translation>本站开展的小组活动和社区活动：参与者、志愿者及其服务时长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="49"/>
        <source>&amp;New activity</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="51"/>
        <source>Record a group or community activity (Ctrl+N)</source>
        <translation>登记一次小组活动或社区活动（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="57"/>
        <source>Search: title, place, or a participant&apos;s name, pinyin initials or village</source>
        <translation>查找：活动名称、地点，或参与者的姓名、拼音首字母、村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="68"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="69"/>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="71"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="73"/>
        <source>D&amp;omain</source>
        <translation>服务领域(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="73"/>
        <source>Ty&amp;pe</source>
        <translation>活动类型(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="74"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="84"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="85"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="86"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="87"/>
        <source>Domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="90"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="88"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="89"/>
        <source>Volunteer hours</source>
        <translation>志愿服务时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="112"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="122"/>
        <source>%1 activities shown.</source>
        <translation>显示 %1 场活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="125"/>
        <source>No activity matches.</source>
        <translation>没有符合条件的活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="127"/>
        <source>No activities recorded yet.</source>
        <translation>还没有登记活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="130"/>
        <source>The activities could not be loaded; the log file has the details.</source>
        <translation>活动列表加载失败，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>ActivityFormDialog</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="252"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="275"/>
        <source>e.g. Summer reading group for left-behind children</source>
        <translation>例如：留守儿童暑期阅读小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="288"/>
        <source>None, or a group that meets several times</source>
        <translation>不属于小组，或选择/填写多次活动的小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="293"/>
        <source>— not given —</source>
        <translation>—未填写—</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="300"/>
        <source>What was done, how people took part, what to follow up</source>
        <translation>活动内容、参与情况、需要跟进的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="306"/>
        <source>&amp;Title</source>
        <translation>活动名称(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="307"/>
        <source>&amp;Date</source>
        <translation>活动日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="308"/>
        <source>T&amp;ype</source>
        <translation>活动类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="309"/>
        <source>Support &amp;group</source>
        <translation>支持小组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="310"/>
        <source>Service d&amp;omain</source>
        <translation>服务领域(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="311"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="312"/>
        <source>Activity d&amp;uration</source>
        <translation>活动时长(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="313"/>
        <source>&amp;Summary</source>
        <translation>活动小结(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="320"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="328"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="330"/>
        <source>Also taking part, not registered:</source>
        <translation>另有未登记的参与者：</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="340"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="354"/>
        <source>&amp;History…</source>
        <translation>修改记录…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="355"/>
        <source>&amp;Void…</source>
        <translation>作废…(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="356"/>
        <source>Take this activity out of every list, count and report; it stays in the records with the reason</source>
        <translation>从所有列表、统计和报表中去掉这项活动；记录连同作废原因仍会保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="359"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="377"/>
        <source>Activity: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="393"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="393"/>
        <source>Date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="394"/>
        <source>Type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="394"/>
        <source>Service domain</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="395"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="395"/>
        <source>Activity duration</source>
        <translation>活动时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="396"/>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="397"/>
        <source>People not registered</source>
        <translation>未登记的参与人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="398"/>
        <source>Support group</source>
        <translation>支持小组</translation>
    </message>
</context>
<context>
    <name>AddLoginDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="293"/>
        <source>Add a person who uses this laptop</source>
        <translation>添加使用本机的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="296"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="299"/>
        <source>Each person who uses this laptop can open it with a password of their own; the start asks who is there.</source>
        <translation>使用本机的每个人都可以用自己的密码打开；启动时会询问是谁在使用。</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="47"/>
        <source>&amp;Presenting problem</source>
        <translation>求助问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="76"/>
        <source>The client as a person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="77"/>
        <source>The family system</source>
        <translation>家庭系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="78"/>
        <source>The community system</source>
        <translation>社区系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="93"/>
        <source>— not signed yet —</source>
        <translation>—尚未签名—</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="96"/>
        <source>Signed by &amp;worker</source>
        <translation>评估社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="100"/>
        <source>S&amp;igned on</source>
        <translation>评估日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="104"/>
        <source>Next &amp;follow-up</source>
        <translation>下次跟进日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="120"/>
        <source>&amp;Health</source>
        <translation>健康状况(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="121"/>
        <source>&amp;Daily living</source>
        <translation>日常生活(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="122"/>
        <source>&amp;Material situation</source>
        <translation>物质(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="123"/>
        <source>&amp;Emotional and mental state</source>
        <translation>情绪/精神(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="124"/>
        <source>S&amp;ocial contacts</source>
        <translation>社会交往(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="125"/>
        <source>P&amp;ressures other than money</source>
        <translation>除经济外的压力(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="126"/>
        <source>S&amp;trengths and resources</source>
        <translation>家庭优势与资源(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="127"/>
        <source>Policy su&amp;bsidies already received</source>
        <translation>已享受的政策补贴(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="128"/>
        <source>Places and ser&amp;vices nearby</source>
        <translation>周边场所与服务(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="129"/>
        <source>Problems that &amp;affect the client</source>
        <translation>影响服务对象的问题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="130"/>
        <source>Outside resources that could be lin&amp;ked</source>
        <translation>可链接的外部资源(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="131"/>
        <source>S&amp;ummary of problems and needs</source>
        <translation>问题与需求小结(&amp;U)</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="53"/>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="53"/>
        <source>&amp;Attach</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="55"/>
        <source>A photo or a scanned document of %1. Photos are turned upright, made smaller (longest edge %2 pixels) and stripped of where they were taken.</source>
        <translation>%1的照片或扫描件。照片会自动转正、缩小（最长边 %2 像素），并去掉拍摄地点等信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="59"/>
        <source>A photo (JPEG, PNG, …) or a PDF scan</source>
        <translation>照片（JPEG、PNG 等）或 PDF 扫描件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>浏览…(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="70"/>
        <source>e.g. the house from the road, after the repair</source>
        <translation>例如：修缮后的房屋外观</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="74"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="75"/>
        <source>&amp;What it shows</source>
        <translation>附件类别(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="76"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="77"/>
        <source>&amp;Belongs to</source>
        <translation>所属(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="83"/>
        <source>The client</source>
        <translation>服务对象本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="85"/>
        <source>Case opened %1 (%2)</source>
        <translation>%1开案的个案（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="87"/>
        <source>Visit of %1 (%2)</source>
        <translation>%1的走访（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="92"/>
        <source>Choose a photo or a scan</source>
        <translation>选择照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="93"/>
        <source>Photos and scans (%1)</source>
        <translation>照片和扫描件 (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="146"/>
        <source>A PDF document: save it, then open it with a PDF reader.</source>
        <translation>这是 PDF 文件：请先另存，再用 PDF 阅读器打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="150"/>
        <source>Save &amp;as…</source>
        <translation>另存为…(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="152"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="179"/>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="198"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="198"/>
        <source>What it shows</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Belongs to</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="200"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="211"/>
        <source>No photos or documents yet. Attach a consent form, an ID card copy or a photo of the home; or drop files here.</source>
        <translation>还没有照片或文件。可添加知情同意书、身份证复印件或住房照片，也可把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="218"/>
        <source>Attac&amp;h a file…</source>
        <translation>添加附件…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="219"/>
        <source>&amp;Open</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="220"/>
        <source>Save a&amp;s…</source>
        <translation>另存为…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="221"/>
        <source>Void &amp;this file…</source>
        <translation>作废此附件…(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="250"/>
        <source>Case opened %1</source>
        <translation>%1开案的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="252"/>
        <source>Visit of %1</source>
        <translation>%1的走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="254"/>
        <source>The client</source>
        <translation>服务对象本人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="255"/>
        <source>Not received yet</source>
        <translation>尚未收到文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="256"/>
        <source>Damaged on this laptop</source>
        <translation>本机文件已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="262"/>
        <source>The record is here; its file has not arrived with a bundle yet, or was damaged. Ask for a bundle with attachments.</source>
        <translation>附件记录已在本机，但文件尚未随同步文件传来或已损坏。请对方导出带附件的同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="284"/>
        <source>Attached.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="310"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="41"/>
        <source>Changes to the records</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="47"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="50"/>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="52"/>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="54"/>
        <source>Recorded</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="54"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="55"/>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="57"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="58"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="59"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="60"/>
        <source>Record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="61"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="62"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="63"/>
        <source>Fields</source>
        <translation>修改的字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="75"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="75"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="76"/>
        <source>&amp;Worker</source>
        <translation>社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="99"/>
        <source>Reading the change log…</source>
        <translation>正在读取修改记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="107"/>
        <source>%1 changes, newest first. Double-click one to see the values before and after.</source>
        <translation>共 %1 条修改，最新的在前。双击一条可查看修改前后的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="110"/>
        <source>Only the newest are shown: choose fewer days.</source>
        <translation>只显示了最新的部分，请缩短日期范围。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="111"/>
        <source>No changes on these days.</source>
        <translation>这段时间没有修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="115"/>
        <source>The change log could not be read; the log file has the details.</source>
        <translation>无法读取修改记录，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="130"/>
        <source>changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="132"/>
        <source>Export the changes</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="142"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="116"/>
        <location filename="../../app/ui/cases/case_dialog.py" line="394"/>
        <source>Next sta&amp;ge</source>
        <translation>下一阶段(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="118"/>
        <location filename="../../app/ui/cases/case_dialog.py" line="373"/>
        <source>&amp;Close case…</source>
        <translation>结案…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="120"/>
        <source>Reope&amp;n case…</source>
        <translation>重新开案…(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="84"/>
        <source>Problem and assessment</source>
        <translation>求助问题与预估</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="85"/>
        <source>Service plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="86"/>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="145"/>
        <source>Histor&amp;y</source>
        <translation>修改历史(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="147"/>
        <source>Who changed this case, when, from what to what</source>
        <translation>谁在何时修改了此个案，由什么改为什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="157"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="157"/>
        <source>Presenting problem</source>
        <translation>求助问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="158"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="158"/>
        <source>Opened on</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="159"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="159"/>
        <source>Closure reason</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="160"/>
        <source>Next follow-up</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="160"/>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="161"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="173"/>
        <source>&amp;Save assessment</source>
        <translation>保存预估(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="193"/>
        <source>Goal</source>
        <translation>服务目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="203"/>
        <source>e.g. The family applies for the minimum living allowance within a month</source>
        <translation>例如：一个月内协助家庭申请低保</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="206"/>
        <source>New goa&amp;l</source>
        <translation>新目标(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="208"/>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="215"/>
        <source>S&amp;tatus of the chosen goal</source>
        <translation>所选目标的状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="217"/>
        <source>Change stat&amp;us</source>
        <translation>更新状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="244"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="245"/>
        <source>Stage move</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="246"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="257"/>
        <source>Case opened (%1)</source>
        <translation>开案（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="258"/>
        <source>%1 → %2</source>
        <translation>由“%1”进入“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="280"/>
        <source>Case: %1</source>
        <translation>个案：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="283"/>
        <source>Opened %1 · Worker: %2 · Stage: %3</source>
        <translation>开案日期：%1 · 负责社工：%2 · 当前阶段：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="287"/>
        <source>This case was closed on %1 (%2). It is read-only; reopen it if work on it continues.</source>
        <translation>该个案已于%1结案（%2），只能查看不能修改；如需继续服务，请重新开案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="297"/>
        <source>At evaluation the next step is closing the case with a reason.</source>
        <translation>评估阶段之后请填写原因并结案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="302"/>
        <source>Service plan (%1)</source>
        <translation>服务计划（%1项目标）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="333"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="372"/>
        <source>Request &amp;closing…</source>
        <translation>申请结案…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="378"/>
        <source>The request to close this case, sent on %1, waits for the head&apos;s or the supervisor&apos;s answer.</source>
        <translation>结案申请已于%1提交，等待站长或督导审批。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="382"/>
        <source>%1 approved closing this case on %2: it can be closed now.</source>
        <translation>%1已于%2同意结案：现在可以结案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="385"/>
        <source>%1 sent the request to close this case back on %2: %3</source>
        <translation>%1于%2退回了结案申请：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="402"/>
        <source>Request approval of the &amp;plan…</source>
        <translation>申请审批服务计划…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="408"/>
        <source>The plan was sent for approval on %1; it waits for the head&apos;s or the supervisor&apos;s answer.</source>
        <translation>服务计划已于%1提交审批，等待站长或督导答复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="412"/>
        <source>%1 approved the plan on %2: the work can start.</source>
        <translation>%1已于%2批准服务计划：可以开始介入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="415"/>
        <source>%1 sent the plan back on %2: %3</source>
        <translation>%1于%2退回了服务计划：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="466"/>
        <source>Unsaved assessment</source>
        <translation>预估尚未保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="467"/>
        <source>The assessment has changes that are not saved yet. Save them?</source>
        <translation>预估内容有修改尚未保存。是否保存？</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="49"/>
        <location filename="../../app/ui/cases/cases_page.py" line="63"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="50"/>
        <source>Every case of the station by stage, from intake to closing, and every referral to another agency until it was answered and done. Open one to work on it.</source>
        <translation>本站全部个案（按阶段，从接案到结案），以及转介到其他机构的每一件事，直到对方答复并办结。打开一条即可继续处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="91"/>
        <source>Search the client: name, pinyin initials, village or phone</source>
        <translation>按服务对象查找：姓名、拼音首字母、村（社区）或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="93"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="95"/>
        <source>Worker in c&amp;harge</source>
        <translation>负责社工(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="109"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="110"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="111"/>
        <source>Opened</source>
        <translation>开案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="112"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="113"/>
        <source>Presenting problem</source>
        <translation>求助问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="64"/>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="135"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="147"/>
        <source>%1 cases shown. Press Enter or double-click to open one.</source>
        <translation>显示 %1 个个案。按回车键或双击打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="150"/>
        <source>No case matches.</source>
        <translation>没有符合条件的个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="152"/>
        <source>No cases at this stage.</source>
        <translation>此阶段没有个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="155"/>
        <source>The cases could not be loaded; the log file has the details.</source>
        <translation>个案列表加载失败，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="160"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="162"/>
        <source>%1 (%2 cases)</source>
        <translation>%1（%2个）</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="276"/>
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="278"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="155"/>
        <source>Categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="158"/>
        <source>Household and guardians</source>
        <translation>家庭成员及监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="161"/>
        <location filename="../../app/ui/clients/client_detail.py" line="362"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="163"/>
        <source>View the &amp;case</source>
        <translation>查看个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="167"/>
        <location filename="../../app/ui/clients/client_detail.py" line="428"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="183"/>
        <location filename="../../app/ui/clients/client_detail.py" line="195"/>
        <source>Timeline</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="191"/>
        <source>Attachments (%1)</source>
        <translation>附件 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="192"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="198"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="210"/>
        <source>Nothing recorded yet. Record the first visit.</source>
        <translation>还没有任何记录。请记录第一次走访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="217"/>
        <source>Record &amp;visit</source>
        <translation>记录走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>修改资料(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="219"/>
        <source>Open a &amp;new case</source>
        <translation>开案(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="220"/>
        <source>&amp;Refer</source>
        <translation>转介(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="221"/>
        <source>Vo&amp;id</source>
        <translation>作废(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="222"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="223"/>
        <source>Case &amp;file</source>
        <translation>个案档案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="226"/>
        <source>The whole case file (个案档案) for the station&apos;s paper archive and the on-site evaluation: print it, or save it as a PDF</source>
        <translation>完整的个案档案，用于站点纸质归档和实地评估：可打印，或另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="233"/>
        <source>The person&apos;s own record, with history and photos (at their request)…</source>
        <translation>个人信息副本（含修改历史和照片，应本人申请）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="242"/>
        <source>Histor&amp;y</source>
        <translation>修改历史(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="244"/>
        <source>Who changed this client&apos;s record, when, from what to what</source>
        <translation>谁在何时修改了此服务对象的资料，由什么改为什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="283"/>
        <source>%1 — client</source>
        <translation>%1 — 服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="285"/>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="289"/>
        <source>Gender not known</source>
        <translation>性别不详</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="291"/>
        <source>%1 years old (born %2)</source>
        <translation>%1岁（%2出生）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="293"/>
        <source>ID number %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="294"/>
        <source>No ID number</source>
        <translation>无身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="295"/>
        <source>Phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="295"/>
        <source>No phone</source>
        <translation>无联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="299"/>
        <source>No address recorded</source>
        <translation>未填写住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="300"/>
        <source>Consent signed on %1</source>
        <translation>%1签署知情同意书</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="302"/>
        <location filename="../../app/ui/clients/client_detail.py" line="427"/>
        <source>Consent signed</source>
        <translation>已签署知情同意书</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="302"/>
        <source>No consent recorded</source>
        <translation>未签署知情同意书</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="303"/>
        <source>Worker: %1</source>
        <translation>责任社工：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="312"/>
        <source>No category</source>
        <translation>未选择类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="314"/>
        <source>No household members recorded</source>
        <translation>未登记家庭成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="317"/>
        <source>No open case.</source>
        <translation>暂无进行中的个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="319"/>
        <source>Open since %1, at the stage “%2”.</source>
        <translation>%1开案，目前处于“%2”阶段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="326"/>
        <source>This client already has an open case.</source>
        <translation>该服务对象已有进行中的个案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="335"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="336"/>
        <source>%1 (type: %2; grade: %3)</source>
        <translation>%1（残疾类别：%2；残疾等级：%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="344"/>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="346"/>
        <source>lives elsewhere</source>
        <translation>不共同居住</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="359"/>
        <source>Visit · %1</source>
        <translation>走访 · %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="367"/>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="369"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="370"/>
        <source>To %1: %2</source>
        <translation>转介至%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="380"/>
        <source>No needs found</source>
        <translation>未发现需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="381"/>
        <source>Material needs</source>
        <translation>物质需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="382"/>
        <source>Emotional needs</source>
        <translation>精神需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="382"/>
        <source>Social needs</source>
        <translation>社会需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="386"/>
        <source>%1: %2 (%3)</source>
        <translation>%1程度：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="387"/>
        <source>%1: %2</source>
        <translation>%1程度：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="393"/>
        <source>Case opened</source>
        <translation>开案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="395"/>
        <source>Case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="397"/>
        <source>Case reopened</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="398"/>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="421"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="421"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="422"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="422"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="423"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="423"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="424"/>
        <source>Village group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="424"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="425"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="425"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="426"/>
        <source>Worker in charge</source>
        <translation>责任社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="428"/>
        <source>Consent date</source>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="465"/>
        <source>Sent to the printer.</source>
        <translation>已送往打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="472"/>
        <source>case file</source>
        <translation>个案档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="472"/>
        <source>Save the case file</source>
        <translation>保存个案档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="481"/>
        <source>Case file saved: %1</source>
        <translation>个案档案已保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="487"/>
        <source>Save the person&apos;s own record</source>
        <translation>保存个人信息副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="488"/>
        <source>personal record</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="496"/>
        <source>Personal record saved: %1</source>
        <translation>个人信息副本已保存：%1</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="107"/>
        <source>Edit client</source>
        <translation>修改服务对象信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="107"/>
        <source>New client</source>
        <translation>登记服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="123"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="125"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="159"/>
        <source>The person</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="164"/>
        <source>18 digits; birth date and gender follow</source>
        <translation>18位，出生日期和性别将自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="167"/>
        <location filename="../../app/ui/clients/client_form.py" line="201"/>
        <location filename="../../app/ui/clients/client_form.py" line="238"/>
        <location filename="../../app/ui/clients/client_form.py" line="239"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="168"/>
        <source>Not &amp;known</source>
        <translation>不详(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="170"/>
        <source>e.g. 13812345678 or 0771-5551234</source>
        <translation>例如：13812345678 或 0771-5551234</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="171"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="172"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="173"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="174"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="175"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="177"/>
        <source>Where the person lives</source>
        <translation>居住地</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="187"/>
        <source>e.g. Nalong Village</source>
        <translation>例如：那龙村</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="189"/>
        <source>e.g. Group 3</source>
        <translation>例如：三组</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="191"/>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="192"/>
        <source>Village gro&amp;up</source>
        <translation>村民小组(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="193"/>
        <source>&amp;Address</source>
        <translation>详细地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="195"/>
        <source>Service</source>
        <translation>服务信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="199"/>
        <source>The person (or the guardian) signed the informed consent form</source>
        <translation>本人（或监护人）已签署知情同意书</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="204"/>
        <source>&amp;Risk level</source>
        <translation>风险等级(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="205"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="206"/>
        <source>Assigned &amp;worker</source>
        <translation>责任社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="207"/>
        <source>&amp;Consent given</source>
        <translation>知情同意(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="208"/>
        <source>Consent &amp;date</source>
        <translation>签署日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="230"/>
        <source>Categories</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="232"/>
        <source>Cat&amp;egories</source>
        <translation>类别(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="240"/>
        <source>Disabilit&amp;y type</source>
        <translation>残疾类别(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="241"/>
        <source>Disability &amp;level</source>
        <translation>残疾等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="249"/>
        <source>Household and guardians</source>
        <translation>家庭成员及监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="251"/>
        <source>&amp;Household</source>
        <translation>家庭成员(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="253"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="255"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="317"/>
        <source>Read from the ID number</source>
        <translation>根据身份证号码自动填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="407"/>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="408"/>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation>本表中填写的内容尚未保存。确定要放弃吗？</translation>
    </message>
</context>
<context>
    <name>ClientIdsModel</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="71"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="71"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="185"/>
        <source>Name, pinyin initials, ID number, phone or village</source>
        <translation>姓名、拼音首字母、身份证号、电话或村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="279"/>
        <source>Nobody chosen yet.</source>
        <translation>尚未选择服务对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="283"/>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="285"/>
        <source>%1 chosen: %2</source>
        <translation>已选 %1 人：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="287"/>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="292"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="300"/>
        <source>%1 found</source>
        <translation>找到 %1 人</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="332"/>
        <source>Choose clients</source>
        <translation>选择服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="332"/>
        <source>Choose a client</source>
        <translation>选择服务对象</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="103"/>
        <source>ID no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="105"/>
        <source>Last visited</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="103"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="104"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="104"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="106"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="55"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="70"/>
        <source>Name, pinyin, initials, ID number, phone or village</source>
        <translation>姓名、拼音、首字母、身份证号、电话或村名</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="106"/>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="77"/>
        <source>Register &amp;new client</source>
        <translation>登记服务对象(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="78"/>
        <source>Register a new client (Ctrl+N)</source>
        <translation>登记新的服务对象（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="79"/>
        <source>Import from &amp;Excel…</source>
        <translation>从 Excel 导入…(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="81"/>
        <source>Register the people of a civil-affairs roster (.xlsx) (Ctrl+I)</source>
        <translation>把民政部门提供的名册（.xlsx）中的人员登记为服务对象（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="82"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="83"/>
        <source>Open the selected client (Enter)</source>
        <translation>打开选中的服务对象（回车键）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="87"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="89"/>
        <location filename="../../app/ui/clients/clients_page.py" line="288"/>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="91"/>
        <source>All risk levels</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="93"/>
        <location filename="../../app/ui/clients/clients_page.py" line="291"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="94"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="95"/>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Vi&amp;llage</source>
        <translation>村（社区）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Ris&amp;k</source>
        <translation>风险等级(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="119"/>
        <source>&amp;Worker</source>
        <translation>负责社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="119"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="249"/>
        <source>The list could not be loaded; see the log.</source>
        <translation>名单加载失败，详情请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="271"/>
        <source>%1 clients</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="274"/>
        <source>No client matches</source>
        <translation>没有符合条件的服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="276"/>
        <source>No clients registered yet</source>
        <translation>还没有登记服务对象</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="56"/>
        <source>Request to close the case</source>
        <translation>申请结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="57"/>
        <source>&amp;Send the request</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="59"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="65"/>
        <source>This station closes cases after the head&apos;s or the supervisor&apos;s approval: they see the request on Today and approve it or send it back with a comment.</source>
        <translation>本站结案需经站长或督导审批：他们会在“今日待办”看到申请，予以同意，或附意见退回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="68"/>
        <source>A closed case can no longer be edited. If work on it continues later, it has to be reopened with a reason.</source>
        <translation>结案后个案不能再修改。如以后需要继续服务，须填写原因重新开案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="70"/>
        <source>— choose a reason —</source>
        <translation>—请选择结案原因—</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="73"/>
        <source>What was achieved, what remains, who takes over …</source>
        <translation>服务成效、遗留问题、后续由谁跟进……</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="75"/>
        <source>&amp;Reason</source>
        <translation>结案原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="76"/>
        <source>Closed &amp;on</source>
        <translation>结案日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="77"/>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="59"/>
        <source>&amp;Close the case</source>
        <translation>确认结案(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ClosureDecisionDialog</name>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="19"/>
        <source>A request to approve</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="20"/>
        <source>&amp;Give the answer</source>
        <translation>提交审批意见(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="25"/>
        <source>%1 asks, on %2, to approve the service plan of %3&apos;s case (open the case from Today to read its goals).</source>
        <translation>%1于%2申请审批%3的个案服务计划（可在“今日待办”中双击打开个案查看目标）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="30"/>
        <source>%1 asks, on %2, to close the case of %3 on %4: %5.</source>
        <translation>%1于%2申请结案：服务对象%3，结案日期%4，原因：%5。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="35"/>
        <source>Why: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="39"/>
        <source>What the worker should know; required when the request goes back</source>
        <translation>需要社工知道的事；退回时必须填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="41"/>
        <source>&amp;Decision</source>
        <translation>审批结果(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="42"/>
        <source>&amp;Comment</source>
        <translation>审批意见(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="70"/>
        <source>County</source>
        <translation>县局</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="71"/>
        <source>Every station&apos;s month: the last bundle received, the visits and the plan&apos;s lights. Double-click a station to open its month.</source>
        <translation>各社工站本月情况：最近报送、走访次数和各项指标灯。双击某站可查看其月报。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Last bundle</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Days ago</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Bundle</source>
        <translation>报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Supervision</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Supervision hours</source>
        <translation>督导时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Supervisors</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Workers</source>
        <translation>社工人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Certified</source>
        <translation>持证社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="102"/>
        <source>Behind on training</source>
        <translation>培训进度落后</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="117"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="118"/>
        <source>T&amp;ownship</source>
        <translation>乡镇(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="119"/>
        <source>Su&amp;pervisor</source>
        <translation>督导(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="126"/>
        <source>Save as E&amp;xcel…</source>
        <translation>另存为 Excel…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="126"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="127"/>
        <source>Save as &amp;JSON…</source>
        <translation>另存为 JSON…(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="135"/>
        <source>Stations</source>
        <translation>各站</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="139"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="160"/>
        <source>%1 stations; %2 sent nothing this month; %3 supervised (≥ 16 hours).</source>
        <translation>共 %1 个社工站；本月 %2 个未报送；%3 个督导达标（≥ 16 小时）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="167"/>
        <source>The stations could not be read; the log file has the details.</source>
        <translation>无法读取各社工站数据；详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>OK</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>Missing</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="174"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="202"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="224"/>
        <source>Visits per station this month</source>
        <translation>本月各站走访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="225"/>
        <source>Stations meeting the supervision rule, 12 months</source>
        <translation>近 12 个月督导达标的站数</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="228"/>
        <source>No station has sent a bundle yet.</source>
        <translation>还没有社工站报送同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="256"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="257"/>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="259"/>
        <source>stations</source>
        <translation>各站汇总</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="260"/>
        <source>Save the county&apos;s roll-up</source>
        <translation>保存全县汇总表</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="268"/>
        <source>Saving the roll-up…</source>
        <translation>正在保存汇总表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="273"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/shell/crash.py" line="47"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/crash.py" line="48"/>
        <source>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</source>
        <translation>社工站助手遇到了一个意外错误：%1

您的数据没有受到影响。详细信息已写入日志，日志位于 %2。</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="76"/>
        <source>This device&apos;s card</source>
        <translation>本机名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="85"/>
        <source>Send the card file to the station head or the county office, then read them this fingerprint over the phone.</source>
        <translation>把名片文件发给站长或县民政局，再打电话把这串指纹念给对方核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="89"/>
        <source>E&amp;xport card…</source>
        <translation>导出名片…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="102"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="116"/>
        <source>Trusted devices</source>
        <translation>信任的设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="119"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="120"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="121"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="122"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="130"/>
        <source>Trust a car&amp;d…</source>
        <translation>信任名片…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="133"/>
        <source>Revo&amp;ke…</source>
        <translation>撤销…(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="141"/>
        <source>No other device is trusted yet. Trust the card of the station head or of a worker&apos;s laptop to exchange files with it.</source>
        <translation>尚未信任其他设备。信任站长或社工电脑的名片后，才能与之交换同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="156"/>
        <source>Revoked on %1</source>
        <translation>已于%1撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="158"/>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="158"/>
        <source>Not trusted</source>
        <translation>未信任</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="164"/>
        <source>Device ID %1</source>
        <translation>设备编号 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="188"/>
        <source>Export this device&apos;s card</source>
        <translation>导出本机名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="190"/>
        <source>Device cards (*.card);;All files (*)</source>
        <translation>设备名片 (*.card);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="198"/>
        <source>The card could not be saved: %1</source>
        <translation>名片未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="200"/>
        <source>The card was saved to %1.</source>
        <translation>名片已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="206"/>
        <source>Trust a device card</source>
        <translation>信任设备名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="207"/>
        <source>Device cards (*.card *.json);;All files (*)</source>
        <translation>设备名片 (*.card *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="230"/>
        <source>The device “%1” is trusted now, and admitted into its role: the admission travels with this laptop&apos;s next sync file, so every device of the station accepts its records.</source>
        <translation>设备“%1”已受信任，并获准担任其角色：准入记录会随本机下一个同步文件发出，本站所有设备都将接受其记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="235"/>
        <source>The device “%1” is trusted on this laptop. Only the station head (or the county office) admits a laptop into a role for every device.</source>
        <translation>设备“%1”已在本机受信任。只有站长（或县民政局）可以让一台电脑在所有设备上获准担任角色。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="255"/>
        <source>The device “%1” was revoked everywhere: the revocation travels with this laptop&apos;s next sync file.</source>
        <translation>设备“%1”已在所有设备上撤销：撤销记录会随本机下一个同步文件发出。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="257"/>
        <source>The device “%1” was revoked on this laptop. Only its station head (or the county office) revokes it for every device.</source>
        <translation>设备“%1”已在本机撤销。只有其站长（或县民政局）可以在所有设备上撤销它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="244"/>
        <source>Revoke the device?</source>
        <translation>撤销该设备？</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="245"/>
        <source>Every later sync file from “%1” will be refused, and this device cannot be trusted again. Do this when the laptop was lost, stolen or given away. Revoke it?</source>
        <translation>撤销后，将拒绝“%1”此后发来的所有同步文件，且不能再次信任该设备。电脑丢失、被盗或转给他人时才需撤销。确定撤销吗？</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="170"/>
        <source>This person may already be registered</source>
        <translation>此人可能已经登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="173"/>
        <source>These clients have the same ID number, or the same name and birth date in the same village. If one of them is this person, open that record instead of registering the person twice.</source>
        <translation>以下服务对象的身份证号码相同，或同村且姓名、出生日期相同。如果其中有此人，请打开已有档案，不要重复登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="180"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="195"/>
        <source>&amp;Open the existing record</source>
        <translation>打开已有档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="196"/>
        <source>&amp;Register anyway</source>
        <translation>仍然登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="197"/>
        <source>&amp;Go back to the form</source>
        <translation>返回修改(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="276"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="318"/>
        <source>A&amp;ll data</source>
        <translation>全部数据(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="319"/>
        <source>One &amp;month:</source>
        <translation>按月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="320"/>
        <source>What one device has not received yet, &amp;for:</source>
        <translation>给某台设备的增量(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="278"/>
        <source>A month&apos;s file holds every change that reached this laptop in that month, from here or imported: the station&apos;s monthly file for the county.</source>
        <translation>按月份导出的文件包含该月到达本机的全部数据变更（本机录入的和导入的），即社工站每月报送县民政局的文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="285"/>
        <source>Who can read the file (recipie&amp;nts):</source>
        <translation>可读取此文件的设备(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="287"/>
        <source>Ex&amp;port sync file…</source>
        <translation>导出同步文件…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="363"/>
        <source>No trusted device yet: trust the card of the station head or the county office first.</source>
        <translation>还没有信任的设备：请先信任站长或县民政局的名片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="426"/>
        <source>%1-for-%2-%3</source>
        <translation>%1-给%2-%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="428"/>
        <source>%1-all-%2</source>
        <translation>%1-全部-%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="442"/>
        <source>Tick at least one device that will read the file. Trust its card first if it is not listed.</source>
        <translation>请至少勾选一台接收此文件的设备；如未列出，请先信任其名片。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="446"/>
        <source>Export a sync file</source>
        <translation>导出同步文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="447"/>
        <source>Sync files (*.shegong);;All files (*)</source>
        <translation>同步文件 (*.shegong);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="479"/>
        <source>Exported %1 changes to %2 (%3). It can be read by: %4.</source>
        <translation>已导出 %1 条数据变更到 %2（%3）。可读取的设备：%4。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="487"/>
        <source>The file could not be written: %1</source>
        <translation>文件未能写入：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="490"/>
        <source>The export failed (%1); the log file has the details.</source>
        <translation>导出失败（%1），详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="495"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="496"/>
        <source>&amp;Import sync files…</source>
        <translation>导入同步文件…(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="498"/>
        <source>You can also drag sync files from a USB stick or a download folder onto this page. A file that is damaged, not meant for this device or from a device you do not trust is refused, and nothing changes.</source>
        <translation>也可以把U盘或下载文件夹中的同步文件直接拖到本页面。损坏的文件、不是发给本机的文件或来自未信任设备的文件会被拒绝，数据不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="507"/>
        <source>Results of the last import:</source>
        <translation>最近一次导入的结果：</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="88"/>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="89"/>
        <source>Choose &amp;file…</source>
        <translation>选择文件…(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="97"/>
        <source>— choose a category —</source>
        <translation>—请选择类别—</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="100"/>
        <source>Allow &amp;villages the station does not have yet</source>
        <translation>允许新的村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="106"/>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="108"/>
        <source>Ca&amp;tegory for rows without one</source>
        <translation>未填类别时的类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="111"/>
        <source>Excel file</source>
        <translation>Excel 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="117"/>
        <source>Rows whose 类别 column is empty, or every row when the sheet has no such column, get this category. A person already registered gains it.</source>
        <translation>“类别”列为空的行（表中没有“类别”列时为所有行）都按此类别登记；已登记的人员会增加这一类别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="121"/>
        <source>Leave this unticked to catch misspelt village names: a row whose village has no client here yet is then listed as a problem.</source>
        <translation>不勾选时可以发现写错的村名：本站尚无服务对象的村（社区）所在的行会列为有问题的行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="125"/>
        <source>1. Choose the roster and its sheet</source>
        <translation>第一步：选择名册文件和工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="127"/>
        <source>An Excel list (.xlsx) from the civil-affairs office, e.g. of minimum-allowance recipients or persons in extreme poverty. Nothing is saved until the last step.</source>
        <translation>民政部门提供的 Excel 名单（.xlsx），如低保对象、特困人员名册。在最后一步确认导入之前，不会保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="149"/>
        <source>Header in row %1; %2 rows of data below it.</source>
        <translation>表头在第 %1 行，其下有 %2 行数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="152"/>
        <source>Header in row %1, but no rows of data below it: choose another sheet.</source>
        <translation>表头在第 %1 行，但其下没有数据，请选择其他工作表。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="40"/>
        <source>Welcome to Shegong</source>
        <translation>欢迎使用社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="44"/>
        <source>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</source>
        <translation>这台电脑还没有设置。请填写它所属的社工站，以下名称以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="75"/>
        <source>e.g. Nalong Town Social Work Station</source>
        <translation>例如：那龙镇社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="77"/>
        <source>e.g. Wuming District, Nanning</source>
        <translation>例如：南宁市武鸣区</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="79"/>
        <source>e.g. Nalong Town</source>
        <translation>例如：那龙镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="81"/>
        <source>e.g. Wei Li&apos;s laptop</source>
        <translation>例如：韦丽的电脑</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="83"/>
        <source>e.g. Wei Li</source>
        <translation>例如：韦丽</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="85"/>
        <source>Resident social worker</source>
        <translation>驻站社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="85"/>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="86"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="86"/>
        <source>County office</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="97"/>
        <source>No card chosen yet</source>
        <translation>尚未选择名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="99"/>
        <source>Choose the &amp;head&apos;s card…</source>
        <translation>选择站长名片…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="102"/>
        <source>&amp;Found a new station: this is the station head&apos;s computer</source>
        <translation>建立新站：这是站长的电脑(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="104"/>
        <source>&amp;Join a station: I have the station head&apos;s card</source>
        <translation>加入已有站点：我有站长的设备名片(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="113"/>
        <source>&amp;Station name</source>
        <translation>社工站名称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="113"/>
        <source>&amp;County</source>
        <translation>县（市、区）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="114"/>
        <source>&amp;Township or street</source>
        <translation>乡镇（街道）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="115"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>本机名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="116"/>
        <source>&amp;Your name</source>
        <translation>您的姓名(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="121"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="125"/>
        <source>Head&apos;s card</source>
        <translation>站长名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="59"/>
        <source>Start using Shegong</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="139"/>
        <source>The station head&apos;s card</source>
        <translation>站长的设备名片</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="140"/>
        <source>Device cards (*.card *.json);;All files (*)</source>
        <translation>设备名片 (*.card *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="223"/>
        <source>Add to the register</source>
        <translation>登记志愿者或村干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="223"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="225"/>
        <source>Volunteers and village cadres who help at activities: registered once, chosen by name on each activity, their hours added up here. A volunteer typed on an activity is registered by itself.</source>
        <translation>协助开展活动的志愿者和村（社区）干部：登记一次，每次活动按姓名选择，服务时长在此累计。活动中新填写的志愿者会自动登记。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="232"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="233"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="234"/>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="235"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/kit/history.py" line="26"/>
        <source>History: %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="30"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="31"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="32"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="33"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="39"/>
        <source>Reading the change log…</source>
        <translation>正在读取修改记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="53"/>
        <source>Recorded</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="55"/>
        <source>Voided (reason)</source>
        <translation>作废（原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="55"/>
        <source>Void undone</source>
        <translation>撤销作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="61"/>
        <source>%1 changes since it was recorded, newest first.</source>
        <translation>记录后共修改 %1 处，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="62"/>
        <source>Not changed since it was recorded.</source>
        <translation>记录后未修改过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="67"/>
        <source>The history could not be read; the log file has the details.</source>
        <translation>无法读取修改历史，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="263"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="263"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="264"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="265"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="266"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="267"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="268"/>
        <source>Number of changes</source>
        <translation>变更条数</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="270"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="276"/>
        <source>No sync file was exported or imported yet.</source>
        <translation>还没有导出或导入过同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="290"/>
        <source>Month %1</source>
        <translation>%1月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="295"/>
        <source>Changes for %1</source>
        <translation>给%1的增量</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="294"/>
        <source>Changes for a device</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="296"/>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="303"/>
        <source>%1, for %2</source>
        <translation>%1，发给%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="304"/>
        <source>this device only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="305"/>
        <source>%1: %2 new, %3 already here, %4 overwritten, %5 conflicts</source>
        <translation>%1：新增 %2，已有 %3，被覆盖 %4，冲突 %5</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Relationship</source>
        <translation>与服务对象关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="72"/>
        <source>Lives with client</source>
        <translation>共同居住</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="72"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="86"/>
        <source>Add &amp;member</source>
        <translation>添加成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="89"/>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="90"/>
        <source>Remove the selected member (Delete)</source>
        <translation>删除选中的成员（Delete 键）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="173"/>
        <source>Importing sync files</source>
        <translation>正在导入同步文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="181"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="184"/>
        <source>Cancelling undoes the file being imported; nothing of it is kept.</source>
        <translation>取消后，正在导入的文件会全部撤回，不保留其中任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="203"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="213"/>
        <source>The other %1 files were not imported.</source>
        <translation>其余 %1 个文件未导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="222"/>
        <source>Importing “%1” (file %2 of %3)…</source>
        <translation>正在导入“%1”（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="242"/>
        <source>%1 of %2 changes</source>
        <translation>%1 / %2 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="259"/>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1：已取消导入，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="261"/>
        <source>File %1: %2</source>
        <translation>文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="263"/>
        <source>%1: the import failed (%2); nothing was changed. The log file has the details.</source>
        <translation>%1：导入失败（%2），数据没有任何改动。详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="272"/>
        <source>%1: this bundle from “%2” was imported before; nothing changed.</source>
        <translation>%1：来自“%2”的这个同步文件此前已导入过，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="274"/>
        <source>%1: %2 changes imported from “%3” (%4): %5 new, %6 already here, %7 overwritten, %8 conflicts.</source>
        <translation>%1：已导入来自“%3”（%4）的 %2 条，新增 %5，已有 %6，被覆盖 %7，冲突 %8。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="279"/>
        <source>%1: %2 changes are dated more than a day ahead of this computer&apos;s clock; they are kept aside, not applied (see the warning at the top of the page).</source>
        <translation>%1：有 %2 条更改的日期比本机时钟超前一天以上，已搁置、未应用（见页面顶部的提醒）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="284"/>
        <source>%1: %2 changes kept aside earlier were applied: their date has come.</source>
        <translation>%1：此前搁置的 %2 条更改已应用：它们的日期已到。</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="270"/>
        <source>V&amp;oid…</source>
        <translation>作废…(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="271"/>
        <source>Void the chosen record, with a reason</source>
        <translation>作废选中的记录，须填写原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="274"/>
        <source>&amp;History…</source>
        <translation>修改记录…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="275"/>
        <source>Who recorded and changed the chosen record, when</source>
        <translation>选中的记录由谁登记、何时修改过</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="210"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="210"/>
        <source>Open Shegong</source>
        <translation>打开社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="218"/>
        <source>This laptop&apos;s password</source>
        <translation>本机密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="223"/>
        <source>Who</source>
        <translation>使用人</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="225"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="226"/>
        <source>Forgot the password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="230"/>
        <source>The window is locked. Type the password to go on.</source>
        <translation>窗口已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="231"/>
        <source>The records on this laptop are encrypted. Type the password.</source>
        <translation>本机的记录已加密。请输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="235"/>
        <source>Quit Shegong</source>
        <translation>退出社工站助手</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="43"/>
        <source>Shegong — social-work station assistant</source>
        <translation>社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="47"/>
        <source>Exchange encrypted bundle files with the station and the county.</source>
        <translation>与社工站、县民政局交换加密的数据包文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="48"/>
        <source>The monthly report for the county, in Excel and PDF.</source>
        <translation>报送县民政局的月度报表，可导出为 Excel 和 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="49"/>
        <source>Training, supervision and the plan&apos;s rules for this station.</source>
        <translation>本站的培训、督导和三年计划的达标情况。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="82"/>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="94"/>
        <source>Cou&amp;nty</source>
        <translation>县局(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="106"/>
        <source>This screen is still being built; it arrives in the next version.</source>
        <translation>此页面正在开发中，将在下一版本中提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="80"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="150"/>
        <source>%1 · county office · %2 visits this month in all stations</source>
        <translation>%1 · 县民政局 · 各站本月走访 %2 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="155"/>
        <source>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</source>
        <translation>%1 · %2%3 · 服务对象 %4 人 · 在办个案 %5 个 · 本月走访 %6 次</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="165"/>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="165"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="166"/>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="166"/>
        <source>Birth &amp;date</source>
        <translation>出生日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="167"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="167"/>
        <source>&amp;Village</source>
        <translation>村（社区）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="168"/>
        <source>Village g&amp;roup</source>
        <translation>村民小组(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="168"/>
        <source>Home &amp;address</source>
        <translation>家庭住址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="169"/>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="197"/>
        <source>2. Which column holds what</source>
        <translation>第二步：核对各列内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="199"/>
        <source>The columns are guessed from the sheet&apos;s headers; check them against the rows below. The name and the ID number are required: a person already registered is found by the ID number.</source>
        <translation>已根据表头自动识别各列，请对照下方的数据核对。姓名和身份证号为必选：已登记的人员按身份证号匹配。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="214"/>
        <source>— not in the sheet —</source>
        <translation>—表中没有—</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="218"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="226"/>
        <source>The first rows of “%1”:</source>
        <translation>“%1”的前几行：</translation>
    </message>
</context>
<context>
    <name>NeedRow</name>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="57"/>
        <source>What you saw and what they asked for</source>
        <translation>看到的情况和对方提出的需求</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="144"/>
        <source>Open a case</source>
        <translation>开案</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="144"/>
        <source>Open &amp;case</source>
        <translation>开案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="146"/>
        <source>Open a case for %1. The case starts at intake; the assessment and the service plan follow in the case screen.</source>
        <translation>为%1开案。个案从“接案”阶段开始，预估和服务计划在个案页面中填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="148"/>
        <source>What the client or the family asks help with</source>
        <translation>服务对象或其家庭希望获得哪些帮助</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="149"/>
        <source>&amp;Presenting problem</source>
        <translation>求助问题(&amp;P)</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="57"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="58"/>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
</context>
<context>
    <name>PaperButton</name>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="30"/>
        <source>&amp;Print…</source>
        <translation>打印…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="32"/>
        <source>PDF, ID number &amp;masked…</source>
        <translation>PDF，身份证号隐去部分…(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="34"/>
        <source>PDF, ID number in &amp;full (for an official submission)…</source>
        <translation>PDF，身份证号完整显示（用于正式报送）…(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="70"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="87"/>
        <source>&amp;Find people</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="92"/>
        <source>Re&amp;move from the list</source>
        <translation>从名单中移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="128"/>
        <source>Taking part: %1</source>
        <translation>参与者：%1 人</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="25"/>
        <source>Password and lock</source>
        <translation>密码与锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="27"/>
        <source>The records on this laptop are encrypted; the password opens them. The window locks by itself when nobody uses it, and at once with Ctrl+L.</source>
        <translation>本机的记录已加密，凭密码打开。无人使用时窗口会自动锁定，按 Ctrl+L 可立即锁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="31"/>
        <source>Change the password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="34"/>
        <source>Add a person who uses this laptop…</source>
        <translation>添加使用本机的人员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="40"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="41"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="50"/>
        <source>Lock after</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="63"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="70"/>
        <source>Added: %1 has a password of their own.</source>
        <translation>已添加：%1 有了自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="79"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="55"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="55"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="56"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="59"/>
        <source>The station&apos;s social workers, its head and the supervisors who come to it. Someone who left is deactivated, not deleted.</source>
        <translation>本站的社工、站长和来站督导的督导。离开的人员请停用，不要删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="62"/>
        <source>Full name, e.g. 黄海燕</source>
        <translation>姓名全称，例如 黄海燕</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="69"/>
        <source>Optional, e.g. 13812345678</source>
        <translation>选填，例如 13812345678</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="70"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="71"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="72"/>
        <source>&amp;Certification</source>
        <translation>职业资格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="73"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="81"/>
        <source>This laptop records as this person; their role is changed on the head&apos;s laptop.</source>
        <translation>本机以此人的身份记录，其角色请在站长的电脑上修改。</translation>
    </message>
</context>
<context>
    <name>PlanApprovalDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="113"/>
        <source>Request approval of the plan</source>
        <translation>申请审批服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="114"/>
        <source>&amp;Send the request</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="118"/>
        <source>This station starts a case&apos;s work once the head or the supervisor approved its plan: they see the goals and answer on Today.</source>
        <translation>本站个案须经站长或督导批准服务计划后才开始介入：他们会在“今日待办”看到目标并答复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="120"/>
        <source>Anything the approver should know</source>
        <translation>需要审批人了解的情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="121"/>
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="253"/>
        <location filename="../../app/ui/roster/roster_pages.py" line="264"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="254"/>
        <location filename="../../app/ui/roster/roster_pages.py" line="265"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="255"/>
        <source>ID no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="256"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="257"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="259"/>
        <source>Import as</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="266"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="269"/>
        <source>&amp;Save the rows with problems…</source>
        <translation>保存有问题的行…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="272"/>
        <source>An Excel file of these rows with their problems, to correct and import again</source>
        <translation>把这些行及其问题另存为 Excel 文件，改正后可再次导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="279"/>
        <source>3. Check the rows, then import</source>
        <translation>第三步：核对后导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="298"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="298"/>
        <source>New registration</source>
        <translation>新登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="308"/>
        <source>%1 rows will be registered, %2 will be updated (already registered: same ID number), %3 rows have problems and will be left out.</source>
        <translation>将新登记 %1 人，更新 %2 人（已登记过：身份证号相同），%3 行有问题、不会导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="314"/>
        <source>Rows to import (%1):</source>
        <translation>将导入的行（%1）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="319"/>
        <source>Rows with problems (%1), not imported; correct them in the sheet and import it again:</source>
        <translation>有问题的行（%1），不会导入；请在表格中改正后再导入一次：</translation>
    </message>
</context>
<context>
    <name>Rail</name>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="37"/>
        <source>&amp;Today</source>
        <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="37"/>
        <source>&amp;Clients</source>
        <translation>服务对象(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="38"/>
        <source>Cas&amp;es</source>
        <translation>个案(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="38"/>
        <source>&amp;Visits</source>
        <translation>走访记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="39"/>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="39"/>
        <source>Statio&amp;n</source>
        <translation>社工站(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="40"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="41"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="41"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="46"/>
        <source>Shegong</source>
        <translation>社工站助手</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="154"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="157"/>
        <source>If the password is forgotten, this key opens the data again and a new password can be set; nothing is lost. It is shown only now. Write it down or print it, and keep it away from the laptop (with the station head, say).</source>
        <translation>忘记密码时，凭这个密钥可重新打开数据并设置新密码，数据不会丢失。它只显示这一次。请抄下或打印，并与电脑分开保管（例如交给站长）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="170"/>
        <source>I have written down the recovery key</source>
        <translation>我已抄下恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="174"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="192"/>
        <source>Shegong: recovery key</source>
        <translation>社工站助手：恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="193"/>
        <source>It opens the encrypted records of the laptop if the password is forgotten. Keep this page away from the laptop.</source>
        <translation>忘记密码时，凭它可打开电脑上加密的记录。请把这页纸与电脑分开保管。</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="126"/>
        <source>Refer to another agency</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="126"/>
        <source>&amp;Refer</source>
        <translation>转介(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="128"/>
        <source>Refer %1 to an agency that can help further.</source>
        <translation>将%1转介给能进一步提供帮助的机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="129"/>
        <source>Choose the agency</source>
        <translation>请选择转介机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="130"/>
        <source>What the agency is asked to do, and why</source>
        <translation>请对方机构提供什么帮助，以及原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="131"/>
        <source>&amp;Agency</source>
        <translation>转介机构(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="132"/>
        <source>R&amp;eason for the referral</source>
        <translation>转介原因(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="23"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="23"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="27"/>
        <source>Referral of %1 to %2</source>
        <translation>%1 转介至%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="28"/>
        <source>Referred on %1: %2</source>
        <translation>%1 转介：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="33"/>
        <source>What the agency did, and what it means for the client</source>
        <translation>机构做了什么，对服务对象意味着什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="37"/>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="38"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="39"/>
        <source>&amp;History…</source>
        <translation>修改记录…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="40"/>
        <source>&amp;Void…</source>
        <translation>作废…(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="47"/>
        <source>the referral of %1 to %2</source>
        <translation>%1 转介至%2 的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="54"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="55"/>
        <source>Reason</source>
        <translation>转介原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="55"/>
        <source>Agency</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="56"/>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="48"/>
        <source>Search the client: name, pinyin initials, village or phone</source>
        <translation>按服务对象查找：姓名、拼音首字母、村（社区）或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="51"/>
        <source>All agencies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="56"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="56"/>
        <source>A&amp;gency</source>
        <translation>转介机构(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="62"/>
        <source>Referred on</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="63"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="64"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="65"/>
        <source>Agency</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="67"/>
        <source>Reason and outcome</source>
        <translation>转介原因与结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="84"/>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="108"/>
        <source>%1 referrals</source>
        <translation>%1 条转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="109"/>
        <source>No referral matches</source>
        <translation>没有符合条件的转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="117"/>
        <source>All (%1)</source>
        <translation>全部（%1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="119"/>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1（%2 条）</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="93"/>
        <source>Reopen the case</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="97"/>
        <source>Reopening puts the case back at the intervention stage so it can be edited again. The reason is kept in the case&apos;s history.</source>
        <translation>重新开案后，个案回到“介入”阶段，可以继续编辑。原因会记入个案的阶段记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="101"/>
        <source>Reason for reo&amp;pening</source>
        <translation>重新开案原因(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="93"/>
        <source>&amp;Reopen</source>
        <translation>重新开案(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="67"/>
        <source>Monthly report</source>
        <translation>月报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="68"/>
        <source>The station&apos;s monthly report for the county: choose the month, check the figures, then save the report as Excel, PDF or JSON.</source>
        <translation>报送县民政局的社工站月报表：选择月份，核对数据，再保存为 Excel、PDF 或 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="127"/>
        <source>&amp;Month:</source>
        <translation>报表月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="91"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="92"/>
        <source>Count the figures again</source>
        <translation>重新统计数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="99"/>
        <source>Report preview</source>
        <translation>月报表预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="107"/>
        <source>Save as E&amp;xcel…</source>
        <translation>保存为 Excel…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="108"/>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="109"/>
        <source>Save as &amp;JSON…</source>
        <translation>保存为 JSON…(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="121"/>
        <source>Open f&amp;older</source>
        <translation>打开所在文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="122"/>
        <source>Show the saved file in its folder</source>
        <translation>打开保存文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="138"/>
        <source>Save the report</source>
        <translation>保存月报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="178"/>
        <source>Counting the figures for %1…</source>
        <translation>正在统计%1的数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="187"/>
        <source>%1: %2 people served, %3 visits, %4 activities.</source>
        <translation>%1：服务 %2 人，走访 %3 次，活动 %4 场。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="194"/>
        <source>The figures could not be counted; the log file has the details.</source>
        <translation>无法统计数据，详情请查看日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="210"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="211"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="212"/>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="214"/>
        <source>monthly-report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="215"/>
        <source>Save the monthly report</source>
        <translation>保存月报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="229"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="240"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="250"/>
        <source>The report could not be saved as %1: the folder does not exist or may not be written to. Choose another folder and save again.</source>
        <translation>无法保存为 %1：文件夹不存在或没有写入权限。请换一个文件夹后重新保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="254"/>
        <source>The report could not be saved; the log file has the details.</source>
        <translation>无法保存月报表，详情请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="258"/>
        <source>Reset the password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="262"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="265"/>
        <source>Type the recovery key you wrote down when the password was first set, and a new password. The records stay as they are.</source>
        <translation>请输入首次设置密码时抄下的恢复密钥和新密码。记录保持不变。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="138"/>
        <source>Conflicts: two devices changed the same field</source>
        <translation>冲突：两台设备改了同一项内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="145"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="142"/>
        <source>%1 at %2</source>
        <translation>%1，于%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="146"/>
        <source>Field</source>
        <translation>内容项</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="147"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="149"/>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="153"/>
        <source>Written by</source>
        <translation>修改人（设备、时间）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="151"/>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="161"/>
        <source>&amp;Keep the current value</source>
        <translation>保留当前值(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="164"/>
        <source>Use the &amp;other value</source>
        <translation>改用另一值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="169"/>
        <source>No conflicts to review.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="182"/>
        <source>Possible duplicates: the same ID number on two records</source>
        <translation>可能重复：两条记录的身份证号相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="184"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="185"/>
        <source>Record kept</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="186"/>
        <source>Record merged into it</source>
        <translation>并入的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="193"/>
        <source>&amp;Merge…</source>
        <translation>合并…(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="198"/>
        <source>No two records share an ID number.</source>
        <translation>没有身份证号相同的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="232"/>
        <source>Settled: %1 of %2.</source>
        <translation>已处理：%2 的%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="240"/>
        <source>Merge the two records?</source>
        <translation>合并这两条记录？</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="241"/>
        <source>Both records have the ID number %1. Keep “%2” and move the visits, cases, categories, household and activities of the other record (“%3”) to it? The other record is then voided as merged.</source>
        <translation>两条记录的身份证号都是 %1。保留“%2”，并把另一条记录（“%3”）的走访、个案、类别、家庭成员和活动都移到它名下吗？另一条记录随后作废，注明已合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="251"/>
        <source>“%1” was merged.</source>
        <translation>“%1”已合并。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="63"/>
        <source>Import clients from Excel</source>
        <translation>从 Excel 名册导入服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="89"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="91"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="95"/>
        <location filename="../../app/ui/roster/roster_import.py" line="146"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="144"/>
        <source>&amp;Import %1 rows</source>
        <translation>导入 %1 行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="146"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="173"/>
        <source>Choose the roster</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="174"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="182"/>
        <source>Reading the workbook…</source>
        <translation>正在读取工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="204"/>
        <source>Choose the columns that hold the name and the ID number: rows are matched to registered people by ID number.</source>
        <translation>请指定姓名和身份证号所在的列：按身份证号与已登记的人员匹配。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="208"/>
        <source>The sheet has no category column: go back to step 1 and choose the category of these people, or choose the column that holds it.</source>
        <translation>表中没有类别列：请返回第一步为这些人员选择类别，或指定类别所在的列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="216"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="231"/>
        <source>Importing (one transaction)…</source>
        <translation>正在导入（一次性全部写入）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="238"/>
        <source>Registered %1 people, updated %2, unchanged %3; rows with problems: %4.</source>
        <translation>已登记 %1 人，更新 %2 人，未变化 %3 人；有问题的行 %4 行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="252"/>
        <source>%1 (rows with problems).xlsx</source>
        <translation>%1（有问题的行）.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="253"/>
        <source>Save the rows with problems</source>
        <translation>保存有问题的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="254"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="265"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="266"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="271"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="297"/>
        <source>That did not work (%1); the log file has the details.</source>
        <translation>操作未能完成（%1），详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="156"/>
        <source>Showing the first %1 of %2</source>
        <translation>显示前 %1 条，共 %2 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="158"/>
        <source>Nothing here today.</source>
        <translation>今天这里没有待办事项。</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="131"/>
        <source>Protect the data with a password</source>
        <translation>用密码保护数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="134"/>
        <source>The records on this laptop are not encrypted yet. Choose a password: Shegong then encrypts them (a backup is made first) and asks for the password at every start.</source>
        <translation>本机的记录尚未加密。请设置密码：社工站助手随后会加密这些记录（先做一份备份），并在每次启动时要求输入密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="138"/>
        <source>Shegong keeps the records of the people you serve encrypted on this laptop. Choose a password; it is asked at every start and when the window is locked. A lost laptop then shows nothing.</source>
        <translation>社工站助手在本机加密保存服务对象的记录。请设置密码；每次启动和窗口锁定时都会要求输入。电脑丢失时，别人也看不到任何内容。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="60"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="61"/>
        <source>The language of the window, how often each group of clients is visited, your profile, what needs the head&apos;s approval, and where this laptop keeps its data.</source>
        <translation>界面语言、各类服务对象的走访间隔、本人信息、哪些事项需站长审批，以及这台电脑上数据的存放位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="96"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="97"/>
        <source>C&amp;hinese (中文)</source>
        <translation>中文(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="99"/>
        <source>E&amp;nglish</source>
        <translation>英语 English(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="102"/>
        <source>Use this &amp;language</source>
        <translation>使用此语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="126"/>
        <source>The setting could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="129"/>
        <location filename="../../app/ui/settings/settings_page.py" line="184"/>
        <location filename="../../app/ui/settings/settings_page.py" line="264"/>
        <location filename="../../app/ui/settings/settings_page.py" line="311"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="135"/>
        <source>Visit intervals</source>
        <translation>走访间隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="136"/>
        <source>How many days may pass between two visits to a client of each category. A client in several categories is visited as often as the strictest one asks.</source>
        <translation>各类服务对象两次走访之间最多间隔的天数。同时属于多个类别的服务对象，按要求最严的类别走访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="146"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="153"/>
        <source>Save &amp;intervals</source>
        <translation>保存走访间隔(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="156"/>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="188"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="190"/>
        <source>Closing a case needs the &amp;head&apos;s or the supervisor&apos;s approval</source>
        <translation>结案需经站长或督导审批(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="193"/>
        <source>A case&apos;s service &amp;plan needs that approval before the work starts</source>
        <translation>个案服务计划也需经审批后才能开始介入(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="196"/>
        <source>Workers then send a request; you see it on Today and approve it or send it back with a comment. Your own laptop closes without asking.</source>
        <translation>社工将提交结案申请；您会在“今日待办”看到，予以同意或附意见退回。站长本人的电脑结案无需申请。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="227"/>
        <source>Attached photos</source>
        <translation>照片附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="228"/>
        <source>A photo is made smaller when it is attached, so that bundles stay small enough for a USB stick or a messaging app. An ID card or a form stays readable at 1,600 pixels.</source>
        <translation>添加照片时会缩小尺寸，使同步文件适合用U盘或聊天软件传送。最长边 1600 像素时，身份证和表格仍清晰可读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="237"/>
        <source> pixels</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="238"/>
        <source>&amp;Longest edge</source>
        <translation>最长边(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="240"/>
        <source>Save photo si&amp;ze</source>
        <translation>保存照片尺寸(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="268"/>
        <source>My profile</source>
        <translation>本人信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="279"/>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="280"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="281"/>
        <source>Certi&amp;fication</source>
        <translation>职业资格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="284"/>
        <location filename="../../app/ui/settings/settings_page.py" line="347"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="285"/>
        <source>&amp;Update my profile</source>
        <translation>更新本人信息(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="315"/>
        <source>Where the data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="320"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="321"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="323"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="324"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="328"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="343"/>
        <source>This device</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="346"/>
        <source>Device ID</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="346"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="347"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="348"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="373"/>
        <source>This laptop has no worker profile.</source>
        <translation>这台电脑没有社工个人信息。</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="71"/>
        <source>Shegong — social-work station assistant</source>
        <translation>社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="79"/>
        <source>Opening the data…</source>
        <translation>正在打开数据…</translation>
    </message>
</context>
<context>
    <name>StationChartsPanel</name>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="103"/>
        <source>Visits per week, last 13 weeks</source>
        <translation>近 13 周每周走访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="104"/>
        <source>Clients by category</source>
        <translation>各类别服务对象人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="105"/>
        <source>Training hours this year (target %1)</source>
        <translation>今年培训学时（要求 %1 小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="127"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="144"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="159"/>
        <source>On pace</source>
        <translation>进度达标</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="161"/>
        <source>Behind the year&apos;s pace</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="167"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="171"/>
        <source>Target: %1 hours</source>
        <translation>要求：%1 小时</translation>
    </message>
</context>
<context>
    <name>StationLogs</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="377"/>
        <location filename="../../app/ui/station/station_logs.py" line="387"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="378"/>
        <location filename="../../app/ui/station/station_logs.py" line="478"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="379"/>
        <location filename="../../app/ui/station/station_logs.py" line="390"/>
        <location filename="../../app/ui/station/station_logs.py" line="405"/>
        <location filename="../../app/ui/station/station_logs.py" line="475"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="380"/>
        <location filename="../../app/ui/station/station_logs.py" line="391"/>
        <location filename="../../app/ui/station/station_logs.py" line="478"/>
        <location filename="../../app/ui/station/station_logs.py" line="481"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="381"/>
        <location filename="../../app/ui/station/station_logs.py" line="479"/>
        <source>Topics</source>
        <translation>督导内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="382"/>
        <location filename="../../app/ui/station/station_logs.py" line="479"/>
        <source>Cases discussed</source>
        <translation>讨论的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="383"/>
        <location filename="../../app/ui/station/station_logs.py" line="480"/>
        <source>Follow-ups agreed</source>
        <translation>商定的跟进事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="338"/>
        <source>&amp;Logs of year</source>
        <translation>记录年份(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="375"/>
        <source>Add su&amp;pervision…</source>
        <translation>登记督导…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="385"/>
        <source>Add trainin&amp;g…</source>
        <translation>登记培训…(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="389"/>
        <location filename="../../app/ui/station/station_logs.py" line="483"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="392"/>
        <location filename="../../app/ui/station/station_logs.py" line="482"/>
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="393"/>
        <location filename="../../app/ui/station/station_logs.py" line="482"/>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="394"/>
        <location filename="../../app/ui/station/station_logs.py" line="483"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="349"/>
        <source>Supervision log</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="350"/>
        <source>Training log</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="351"/>
        <source>Volunteers and cadres</source>
        <translation>志愿者与村干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="366"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="399"/>
        <source>Add to the re&amp;gister…</source>
        <translation>登记…(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="401"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="402"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="403"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="404"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="406"/>
        <source>Activities</source>
        <translation>参加活动次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="408"/>
        <source>Visits</source>
        <translation>陪同走访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="447"/>
        <source>The logs could not be loaded; the log file has the details.</source>
        <translation>无法加载记录，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="475"/>
        <source>Voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="477"/>
        <source>Session date</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="481"/>
        <source>Training date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="505"/>
        <source>the supervision of %1</source>
        <translation>%1的督导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="508"/>
        <source>%1&apos;s training of %2: %3</source>
        <translation>%1 %2的培训：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="512"/>
        <source>%1 sessions, %2 hours in all</source>
        <translation>共 %1 次督导，%2 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="516"/>
        <source>%1 people, %2 hours in the year</source>
        <translation>共 %1 人，全年 %2 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="520"/>
        <source>%1 trainings, %2 hours in all</source>
        <translation>共 %1 次培训，%2 小时</translation>
    </message>
</context>
<context>
    <name>StationMonthDialog</name>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="282"/>
        <source>%1 — %2</source>
        <translation>%1 — %2 月报</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="287"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="128"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="134"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="134"/>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="135"/>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="147"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="175"/>
        <source>Checking the rules…</source>
        <translation>正在核对各项要求…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="178"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="183"/>
        <source>Chan&amp;ges to the records…</source>
        <translation>修改记录…(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="185"/>
        <source>Every change: who made it, on which laptop, when</source>
        <translation>每一处修改：由谁、在哪台电脑、何时做出</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="212"/>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="212"/>
        <source>Add training…</source>
        <translation>登记培训…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="213"/>
        <source>Supervision this month</source>
        <translation>本月督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="214"/>
        <source>Add supervision…</source>
        <translation>登记督导…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="215"/>
        <source>Overdue visits</source>
        <translation>超期未走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="215"/>
        <location filename="../../app/ui/station/station_page.py" line="216"/>
        <source>Open Today</source>
        <translation>去今日待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="216"/>
        <source>Case follow-up</source>
        <translation>个案跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="217"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="217"/>
        <location filename="../../app/ui/station/station_page.py" line="218"/>
        <source>Open Sync</source>
        <translation>去同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="218"/>
        <source>Duplicate registrations</source>
        <translation>重复登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="263"/>
        <source>The rules could not be checked; the log file has the details.</source>
        <translation>无法检查各项规定，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="142"/>
        <source>The charts appear once the figures are in.</source>
        <translation>数据统计完成后将在此显示图表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="129"/>
        <source>Whether the station meets the rules of the provincial plan, what to do where it does not, the station&apos;s people, and the supervision and training logs.</source>
        <translation>本站是否达到省级三年行动计划的要求、未达标时该做什么，本站人员，以及督导和培训记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="151"/>
        <source>Supervision and training logs</source>
        <translation>督导和培训记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="245"/>
        <source>The plan&apos;s rules as of %1</source>
        <translation>截至%1的达标情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="270"/>
        <source>No worker of this station is registered yet.</source>
        <translation>本站尚未登记社工。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="271"/>
        <source>Every worker keeps the pace for %1 training hours this year.</source>
        <translation>每位社工的培训进度都能达到今年 %1 小时的要求。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="274"/>
        <source>Supervision done this month: %1 sessions, %2 hours in all.</source>
        <translation>本月督导已完成：%1 次，共 %2 小时。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="277"/>
        <source>No client is overdue for a visit.</source>
        <translation>没有超过走访周期的服务对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="278"/>
        <source>Every open case had a visit in the last %1 days.</source>
        <translation>所有在办个案在最近 %1 天内都有走访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="280"/>
        <source>No sync conflict is waiting for a choice.</source>
        <translation>没有待处理的同步冲突。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="281"/>
        <source>No client is registered twice with the same ID number.</source>
        <translation>没有以同一身份证号重复登记的服务对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="289"/>
        <source>%1: %2 overdue</source>
        <translation>%1 %2 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="292"/>
        <source>By category: %1</source>
        <translation>按类别：%1</translation>
    </message>
</context>
<context>
    <name>StationPeople</name>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="113"/>
        <source>&amp;Add person…</source>
        <translation>添加人员…(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="115"/>
        <source>&amp;Edit…</source>
        <translation>编辑…(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="117"/>
        <location filename="../../app/ui/station/station_people.py" line="216"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="125"/>
        <source>Only the station head&apos;s laptop adds, edits and deactivates the station&apos;s people.</source>
        <translation>只有站长的电脑可以添加、编辑和停用本站人员。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="151"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="152"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="154"/>
        <source>Certification</source>
        <translation>职业资格</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="156"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="157"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="160"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="160"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="161"/>
        <source>%1 (this laptop)</source>
        <translation>%1（本机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="175"/>
        <source>%1 active, %2 inactive</source>
        <translation>在岗 %1 人，停用 %2 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="189"/>
        <source>The station&apos;s people could not be loaded; the log file has the details.</source>
        <translation>无法读取本站人员，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="215"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="237"/>
        <source>%1 is inactive now; Reactivate brings them back.</source>
        <translation>%1已停用；点击“重新启用”可恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="239"/>
        <source>%1 is active again.</source>
        <translation>%1已重新启用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="251"/>
        <source>%1 is saved.</source>
        <translation>%1已保存。</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="84"/>
        <source>Add supervision</source>
        <translation>登记督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="84"/>
        <source>Correct a supervision</source>
        <translation>更正督导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="85"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="88"/>
        <source>The station is supervised at least once a month, at least %1 hours in all. Record one session a day (at most %2 hours): a supervision over two days is two sessions.</source>
        <translation>本站每月至少接受一次督导，合计不少于 %1 小时。每天登记一次（最多 %2 小时）：连续两天的督导登记为两次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="100"/>
        <source>Choose, or type a new supervisor&apos;s name</source>
        <translation>选择督导，或输入新督导的姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="103"/>
        <source>e.g. case supervision, writing service records</source>
        <translation>如：个案督导、服务记录规范</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="104"/>
        <source>Which cases were discussed</source>
        <translation>讨论了哪些个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="105"/>
        <source>What the workers will do before the next session</source>
        <translation>下次督导前社工要完成的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="107"/>
        <source>Session &amp;date</source>
        <translation>督导日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="108"/>
        <source>Su&amp;pervisor</source>
        <translation>督导(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="109"/>
        <source>&amp;Hours</source>
        <translation>时长（小时）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="110"/>
        <source>&amp;Form</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="111"/>
        <source>&amp;Topics</source>
        <translation>督导内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="112"/>
        <source>&amp;Cases discussed</source>
        <translation>讨论的个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="113"/>
        <source>F&amp;ollow-ups agreed</source>
        <translation>商定的跟进事项(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="79"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="80"/>
        <source>Exchange encrypted sync files with the station and the county: on a USB stick or through a messaging app. Only devices whose card you trusted can read them.</source>
        <translation>与社工站、县民政局交换加密的同步文件：可用U盘拷贝，也可通过聊天软件发送。只有您信任了其名片的设备才能读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="96"/>
        <source>This device and trusted devices</source>
        <translation>本机与信任设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="97"/>
        <source>Export and import</source>
        <translation>导出与导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="98"/>
        <location filename="../../app/ui/sync/sync_page.py" line="143"/>
        <source>Conflicts and duplicates</source>
        <translation>冲突与重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="99"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="101"/>
        <source>Repair cl&amp;ock</source>
        <translation>修复时钟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="104"/>
        <source>Write again, with today&apos;s date, what this laptop wrote while its clock was ahead, so other devices can apply it</source>
        <translation>以今天的日期重新写入本机时钟超前期间写下的内容，使其他设备能够应用</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="125"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="128"/>
        <source>The sync information could not be loaded; the log file has the details.</source>
        <translation>同步信息加载失败，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="142"/>
        <source>Conflicts and duplicates (%1)</source>
        <translation>冲突与重复（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="151"/>
        <source>%1 changes from “%2” are dated %3 days ahead of this computer&apos;s clock and are kept aside, not applied: ask its user to set the computer&apos;s date and time right, then use ‘Repair clock’ on that laptop.</source>
        <translation>来自“%2”的 %1 条更改的日期比本机时钟超前 %3 天，已搁置、未应用：请提醒其使用人校正电脑的日期和时间，然后在那台电脑上使用“修复时钟”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="160"/>
        <source>This computer&apos;s clock is %1 days behind the newest record on it; check the computer&apos;s date. If the date is right now, the records written while it was wrong are dated ahead and other devices keep them aside: use ‘Repair clock’.</source>
        <translation>本机时钟比本机最新的记录慢了 %1 天，请检查电脑日期。若日期现已正确，说明日期错误期间写下的记录日期超前，其他设备会将其搁置：请使用“修复时钟”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="176"/>
        <source>“%1” signed two different sync files with the same number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</source>
        <translation>“%1”签署了两个编号相同（%2）但内容不同的同步文件（%3 在 %4 中发现）：其密钥可能被盗，或其数据文件夹被复制到了另一台电脑。请询问其使用人；站长可在“本机与信任设备”中撤销该设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="182"/>
        <source>“%1” signed two different versions of its change number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Bundles that carry the other version are refused. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</source>
        <translation>“%1”对其第 %2 号更改签署了两个不同的版本（%3 在 %4 中发现）：其密钥可能被盗，或其数据文件夹被复制到了另一台电脑。带有另一个版本的同步文件会被拒绝。请询问其使用人；站长可在“本机与信任设备”中撤销该设备。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="197"/>
        <source>Repair clock</source>
        <translation>修复时钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="198"/>
        <source>Is this computer&apos;s date and time right now? The records this laptop wrote while its clock was ahead are written again with today&apos;s date, so the other devices apply them.</source>
        <translation>本机现在的日期和时间正确吗？本机时钟超前期间写下的记录将以今天的日期重新写入，使其他设备能够应用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="209"/>
        <source>Clock repaired: %1 records written again with today&apos;s date.</source>
        <translation>时钟已修复：%1 条记录已以今天的日期重新写入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="216"/>
        <source>The clock could not be repaired; the log file has the details.</source>
        <translation>未能修复时钟；详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="223"/>
        <source>Import sync files</source>
        <translation>导入同步文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="224"/>
        <source>Sync files (*.shegong *.bundle);;All files (*)</source>
        <translation>同步文件 (*.shegong *.bundle);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="48"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="49"/>
        <source>Client category</source>
        <translation>服务对象类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="50"/>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="51"/>
        <source>Home visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="52"/>
        <source>Worker on a visit</source>
        <translation>参与走访的社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="53"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="54"/>
        <source>Case goal</source>
        <translation>个案目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="55"/>
        <source>Case step</source>
        <translation>个案进程</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="56"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="57"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="58"/>
        <source>Activity participant</source>
        <translation>活动参与者</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="59"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="60"/>
        <source>Station</source>
        <translation>社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="61"/>
        <source>Worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="62"/>
        <source>Supervision session</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="63"/>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="71"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="72"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="73"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="74"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="75"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="76"/>
        <source>Village group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="77"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="78"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="79"/>
        <source>Assigned worker</source>
        <translation>负责社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="81"/>
        <source>Consent given</source>
        <translation>已知情同意</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="82"/>
        <source>Consent date</source>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="83"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="84"/>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="85"/>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="86"/>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="87"/>
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="88"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="89"/>
        <source>Services delivered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="90"/>
        <source>Risks noticed</source>
        <translation>发现的风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="91"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="92"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="93"/>
        <source>Presenting problem</source>
        <translation>求助问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="94"/>
        <source>Closure reason</source>
        <translation>结案原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="95"/>
        <source>Problems and needs</source>
        <translation>问题与需求总结</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="96"/>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="97"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="98"/>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="99"/>
        <source>Activity date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="100"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="101"/>
        <source>Relationship</source>
        <translation>与服务对象关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="102"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="103"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="104"/>
        <source>Voided (reason)</source>
        <translation>作废（原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="112"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="116"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="116"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="173"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="174"/>
        <source>Who to see today and what is still unfinished. Double-click a line (or press Enter) to open the client; the button records the visit.</source>
        <translation>今天需要走访谁、还有哪些事没有完成。双击某一行（或按回车键）查看服务对象；点击按钮直接记录走访。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="183"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="184"/>
        <source>Open cases</source>
        <translation>在办个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="185"/>
        <source>Visits this month</source>
        <translation>本月走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="187"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="205"/>
        <source>Record visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="205"/>
        <source>Continue</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="206"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="207"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="209"/>
        <source>Follow-ups due today or overdue</source>
        <translation>今日及逾期待跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="211"/>
        <source>Due</source>
        <translation>应跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="212"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="214"/>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="215"/>
        <source>Days since</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="217"/>
        <source>Clients waiting for a visit</source>
        <translation>超期未走访的服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="219"/>
        <source>Cases in intervention with no visit for %1 days</source>
        <translation>介入阶段 %1 天未走访的个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="222"/>
        <source>Referrals with no answer or result for %1 days</source>
        <translation>%1 天未答复或未办结的转介</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="224"/>
        <source>Agency</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="225"/>
        <source>Referred</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="226"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="227"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="230"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="231"/>
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="233"/>
        <source>Answer</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="235"/>
        <source>Unfinished visit records</source>
        <translation>未完成的走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="295"/>
        <source>Today&apos;s lists could not be computed; the log file has the details.</source>
        <translation>无法生成今日待办，详情见日志文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="229"/>
        <location filename="../../app/ui/today/today_page.py" line="236"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="228"/>
        <source>Requests waiting for your approval</source>
        <translation>待您审批的申请</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="232"/>
        <source>Asks to approve</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="237"/>
        <source>Last kept</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="238"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="299"/>
        <source>the service plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="300"/>
        <source>closing: %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="324"/>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="324"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="327"/>
        <source>never visited</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="330"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="333"/>
        <source>client not chosen yet</source>
        <translation>尚未选择服务对象</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="150"/>
        <source>Add training</source>
        <translation>登记培训</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="151"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="164"/>
        <source>e.g. child protection policy</source>
        <translation>如：儿童保护政策</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="166"/>
        <source>e.g. county civil affairs bureau</source>
        <translation>如：县民政局</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="201"/>
        <source>Certificate number, if one was given</source>
        <translation>如发了证书，填写证书编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="154"/>
        <source>Every resident social worker needs at least 48 hours of training a year. Tick everyone who attended: the training counts for each.</source>
        <translation>每位驻站社工每年至少参加 48 小时培训。请勾选所有参加的人员，培训时长分别计入每人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="150"/>
        <source>Correct a training record</source>
        <translation>更正培训记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="168"/>
        <source>Social &amp;workers</source>
        <translation>参加社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="172"/>
        <source>No active worker of this station yet: add the station&apos;s people first.</source>
        <translation>本站尚无在岗社工，请先在“人员”中添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="173"/>
        <source>Training &amp;date</source>
        <translation>培训日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="174"/>
        <source>&amp;Hours</source>
        <translation>时长（小时）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="175"/>
        <source>&amp;Form</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="176"/>
        <source>&amp;Topic</source>
        <translation>培训主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="177"/>
        <source>&amp;Provider</source>
        <translation>培训机构(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="178"/>
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="202"/>
        <source>Several workers: each one&apos;s certificate is not entered here</source>
        <translation>多名社工参加时，此处不填写各人的证书编号</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="98"/>
        <source>Trust a device</source>
        <translation>信任设备</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="99"/>
        <source>Trust the device “%1” of %2?</source>
        <translation>信任%2的设备“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="103"/>
        <source>Phone the device&apos;s user and check the fingerprint with them, group by group. Trust it only if every group is the same: bundles from this device will then be imported here.</source>
        <translation>请与对方电话核对指纹，逐组念读比对，每一组都相同才可信任。信任后，本机将接收并导入该设备发来的同步文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="109"/>
        <source>Device ID %1</source>
        <translation>设备编号 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="115"/>
        <source>&amp;Role of this device:</source>
        <translation>该设备的角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="122"/>
        <source>&amp;Trust this device</source>
        <translation>信任此设备(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="126"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VisitDrafts</name>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="149"/>
        <source>One unfinished visit record was found. Resume it?</source>
        <translation>发现 1 份未完成的走访记录，要继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="151"/>
        <source>%1 unfinished visit records were found. Resume them?</source>
        <translation>发现 %1 份未完成的走访记录，要继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="154"/>
        <source>If you choose No, they wait for you on the Today page.</source>
        <translation>如果选择“否”，可以稍后在“今日待办”页面继续填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="156"/>
        <source>Unfinished visit records</source>
        <translation>未完成的走访记录</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="97"/>
        <source>Home visit record</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="118"/>
        <source>Resumed from an unfinished record.</source>
        <translation>已恢复上次未完成的记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="121"/>
        <source>A saved visit: your corrections are kept in its history.</source>
        <translation>已保存的走访记录：所做修改会记入其修改记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="152"/>
        <location filename="../../app/ui/visits/visit_form.py" line="158"/>
        <source>Clie&amp;nt</source>
        <translation>服务对象(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="165"/>
        <source>Visit &amp;date</source>
        <translation>走访日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="168"/>
        <source>D&amp;uration</source>
        <translation>走访时长(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="171"/>
        <source>&amp;Mode</source>
        <translation>走访方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="174"/>
        <source>&amp;Workers present</source>
        <translation>参与社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="176"/>
        <source>None registered yet (Station → Volunteers and cadres)</source>
        <translation>尚未登记（在“社工站 → 志愿者与村干部”中登记）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="178"/>
        <source>Volunteers, cadres</source>
        <translation>陪同的志愿者、村干部</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="181"/>
        <source>e.g. the client and her granddaughter</source>
        <translation>例如：服务对象本人及其孙女</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="182"/>
        <source>&amp;People met</source>
        <translation>会见人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="185"/>
        <source>&amp;Observations</source>
        <translation>观察记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="189"/>
        <source>R&amp;isks noticed</source>
        <translation>发现的风险(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="194"/>
        <source>M&amp;aterial needs</source>
        <translation>物质需求(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="195"/>
        <source>&amp;Emotional needs</source>
        <translation>精神需求(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="196"/>
        <source>Socia&amp;l needs</source>
        <translation>社会需求(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="203"/>
        <source>Ser&amp;vices delivered</source>
        <translation>提供的服务(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="210"/>
        <source>Next &amp;follow-up</source>
        <translation>下次跟进日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="211"/>
        <source>Part of the open &amp;case</source>
        <translation>属于个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="252"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="252"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="254"/>
        <source>Save the visit record (Ctrl+S)</source>
        <translation>保存走访记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="255"/>
        <source>Disca&amp;rd</source>
        <translation>放弃(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="256"/>
        <source>Throw this record away, with its draft</source>
        <translation>放弃这份记录，并删除其草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="257"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="258"/>
        <source>Close without saving the changes</source>
        <translation>关闭，不保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="259"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>关闭窗口；已填写的内容会保存为草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="260"/>
        <source>&amp;History…</source>
        <translation>修改记录…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="262"/>
        <source>Who recorded and changed this visit, when</source>
        <translation>谁在何时记录、修改了这条走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="263"/>
        <source>&amp;Void…</source>
        <translation>作废…(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="265"/>
        <source>Take this visit out of every list, count and report; it stays in the records with the reason</source>
        <translation>从所有列表、统计和报表中去掉这条走访记录；记录连同作废原因仍会保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="267"/>
        <source>Record shee&amp;t…</source>
        <translation>走访记录表…(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="269"/>
        <source>The visit record sheet (走访记录表) for the paper archive: print it, or save it as a PDF</source>
        <translation>走访记录表，用于纸质归档：可打印，或另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="359"/>
        <source>Home visit record: %1</source>
        <translation>走访记录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="367"/>
        <source>%1 · stage: %2</source>
        <translation>%1 · 阶段：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="400"/>
        <source>Draft kept at %1</source>
        <translation>草稿已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="475"/>
        <source>Please choose the client you visited.</source>
        <translation>请选择本次走访的服务对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="500"/>
        <source>the visit of %1</source>
        <translation>%1 的走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="519"/>
        <source>Sent to the printer.</source>
        <translation>已送往打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="528"/>
        <source>visit record</source>
        <translation>走访记录表</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="527"/>
        <source>Save the visit record sheet</source>
        <translation>保存走访记录表</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="537"/>
        <source>Sheet saved: %1</source>
        <translation>记录表已保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="542"/>
        <source>Visit date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="542"/>
        <source>Duration</source>
        <translation>走访时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="543"/>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="543"/>
        <source>Worker who led it</source>
        <translation>主访社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="544"/>
        <source>People met</source>
        <translation>会见人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="545"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="545"/>
        <source>Risks noticed</source>
        <translation>发现的风险</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="546"/>
        <source>Services delivered</source>
        <translation>提供的服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="547"/>
        <source>Next follow-up</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="547"/>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="550"/>
        <source>%1: level</source>
        <translation>%1：程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="551"/>
        <source>%1: notes</source>
        <translation>%1：说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="557"/>
        <source>Discard this record?</source>
        <translation>放弃这份记录？</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="558"/>
        <source>Throw away this visit record? What you typed will be deleted.</source>
        <translation>确定放弃这份走访记录吗？已填写的内容将被删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="584"/>
        <source>Drop your corrections?</source>
        <translation>放弃所做的修改？</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="585"/>
        <source>This visit was changed here but not saved. Close and drop the changes?</source>
        <translation>这条走访记录已修改但尚未保存。关闭并放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="43"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="44"/>
        <source>Every home visit of the station, newest first. Double-click one (or press Enter) to open it: correct it, void it or read its history.</source>
        <translation>本站全部走访记录，最新的在前。双击一条（或按回车）即可打开：更正、作废或查看修改记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="58"/>
        <source>&amp;New visit record…</source>
        <translation>新建走访记录…(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="61"/>
        <source>Record a home visit of any client (Ctrl+N)</source>
        <translation>为任一服务对象记录走访（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="64"/>
        <source>Search the client: name, pinyin initials, village or phone (Ctrl+F)</source>
        <translation>按服务对象查找：姓名、拼音首字母、村（社区）或电话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="78"/>
        <source>All workers</source>
        <translation>全部社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="80"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="81"/>
        <source>All modes</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="82"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>Led &amp;by</source>
        <translation>主访社工(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>Mo&amp;de</source>
        <translation>走访方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="86"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="87"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="96"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="97"/>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="98"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="99"/>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="100"/>
        <source>Led by</source>
        <translation>主访社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="101"/>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="142"/>
        <source>%1 visits</source>
        <translation>共 %1 条走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="144"/>
        <source>No visit matches</source>
        <translation>没有符合条件的走访记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="146"/>
        <source>No visits recorded yet.</source>
        <translation>还没有走访记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="150"/>
        <source>The visits could not be loaded; the log file has the details.</source>
        <translation>无法加载走访记录，详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="98"/>
        <source>Void a record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="98"/>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="100"/>
        <source>Void “%1”? It stays in the records with the reason you give, but no longer appears in lists, counts or reports.</source>
        <translation>确定作废“%1”吗？记录会连同作废原因保留，但不再出现在列表、统计和报表中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="103"/>
        <source>e.g. registered twice</source>
        <translation>例如：重复登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="104"/>
        <source>&amp;Reason for voiding</source>
        <translation>作废原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="140"/>
        <location filename="../../app/ui/activities/activity_form.py" line="161"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="141"/>
        <source>&amp;Volunteer</source>
        <translation>志愿者(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="145"/>
        <source>Phone (optional)</source>
        <translation>电话（可不填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="152"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="153"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="162"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="163"/>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="170"/>
        <source>Remove volunteer</source>
        <translation>移除志愿者</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="219"/>
        <source>Enter the volunteer&apos;s name first.</source>
        <translation>请先填写志愿者姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="238"/>
        <source>%1 volunteers, %2 hours in all</source>
        <translation>共 %1 名志愿者，合计 %2 小时</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/kit/widgets.py" line="152"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/widgets.py" line="153"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>WorkerChecklist</name>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="104"/>
        <source>Leading the visit: %1</source>
        <translation>主责社工：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="105"/>
        <source>Tick who was there; the first one ticked leads.</source>
        <translation>请勾选参与走访的社工，第一位勾选者为主责社工。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="81"/>
        <source>Shegong cannot start</source>
        <translation>社工站助手无法启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="192"/>
        <source>The computer&apos;s date jumped %1 days ahead of the newest record on this laptop. Check it before recording anything: records saved now would carry that date.</source>
        <translation>电脑日期比本机最新的记录晚了 %1 天，像是跳变了。记录任何内容之前请先核对日期：现在保存的记录会带上这个日期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="197"/>
        <source>The computer&apos;s clock is behind the newest record on this laptop by %1 days; check the date. If the date is right now, the records written while it was wrong are dated ahead: use ‘Repair clock’ on the Sync page.</source>
        <translation>电脑时钟比本机最新的记录慢了 %1 天，请检查日期。若日期现已正确，说明日期错误期间写下的记录日期超前：请在“同步”页使用“修复时钟”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="202"/>
        <source>The computer&apos;s clock is behind the newest record on this laptop by %1 hours; check the date and time.</source>
        <translation>电脑时钟比本机最新的记录慢了 %1 小时，请检查日期和时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="205"/>
        <source>Check the computer&apos;s date</source>
        <translation>请检查电脑日期</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="25"/>
        <source>The data is damaged</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="32"/>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="34"/>
        <source>Not now</source>
        <translation>暂不恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="36"/>
        <source>What was saved after the backup is lost on this laptop; what was sent in bundles comes back from the other laptops. The damaged file is kept in the backups folder.</source>
        <translation>备份之后在本机保存的内容将丢失；已通过同步文件发出的内容可从其他电脑重新导入。损坏的文件保留在备份文件夹中。</translation>
    </message>
</context>
</TS>
