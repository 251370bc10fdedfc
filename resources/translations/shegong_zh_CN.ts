<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/activities_page.py" line="11"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../app/ui/context.py" line="42"/>
        <source>Cannot do that</source>
        <translation>无法完成此操作</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="11"/>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients_page.py" line="11"/>
        <source>Clients</source>
        <translation>服务对象</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/crash.py" line="47"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="48"/>
        <source>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</source>
        <translation>社工站助手遇到了一个意外错误：%1

您的数据没有受到影响。详细信息已写入日志，日志位于 %2。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="33"/>
        <source>Welcome to Shegong</source>
        <translation>欢迎使用社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="37"/>
        <source>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</source>
        <translation>这台电脑还没有设置。请填写它所属的社工站，以下名称以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="42"/>
        <source>e.g. Nalong Town Social Work Station</source>
        <translation>例如：那龙镇社工站</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="44"/>
        <source>e.g. Wuming District, Nanning</source>
        <translation>例如：南宁市武鸣区</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="46"/>
        <source>e.g. Nalong Town</source>
        <translation>例如：那龙镇</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="48"/>
        <source>e.g. Wei Li&apos;s laptop</source>
        <translation>例如：韦丽的电脑</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="50"/>
        <source>e.g. Wei Li</source>
        <translation>例如：韦丽</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="52"/>
        <source>Resident social worker</source>
        <translation>驻站社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="52"/>
        <source>Station head</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53"/>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53"/>
        <source>County office</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="62"/>
        <source>&amp;Station name</source>
        <translation>社工站名称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="62"/>
        <source>&amp;County</source>
        <translation>县（市、区）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="63"/>
        <source>&amp;Township or street</source>
        <translation>乡镇（街道）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="64"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>本机名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="65"/>
        <source>&amp;Your name</source>
        <translation>您的姓名(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="77"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="89"/>
        <source>Start using Shegong</source>
        <translation>开始使用</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Shegong — social-work station assistant</source>
        <translation>社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&amp;Today</source>
        <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&amp;Clients</source>
        <translation>服务对象(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Cas&amp;es</source>
        <translation>个案(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>&amp;Visits</source>
        <translation>走访记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Exchange encrypted bundle files with the station and the county.</source>
        <translation>与社工站、县民政局交换加密的数据包文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>The monthly report for the county, in Excel and PDF.</source>
        <translation>报送县民政局的月度报表，可导出为 Excel 和 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Shegong</source>
        <translation>社工站助手</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>This screen is still being built; it arrives in the next version.</source>
        <translation>此页面正在开发中，将在下一版本中提供。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</source>
        <translation>%1 · %2%3 · 服务对象 %4 人 · 在办个案 %5 个 · 本月走访 %6 次</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="11"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today_page.py" line="11"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits_page.py" line="11"/>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="32"/>
        <source>Shegong cannot start</source>
        <translation>社工站助手无法启动</translation>
    </message>
</context>
</TS>
