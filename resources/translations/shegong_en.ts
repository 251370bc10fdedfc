<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/activities_page.py" line="11"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../app/ui/context.py" line="42"/>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases_page.py" line="11"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients_page.py" line="11"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/crash.py" line="47"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash.py" line="48"/>
        <source>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</source>
        <translation>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="33"/>
        <source>Welcome to Shegong</source>
        <translation>Welcome to Shegong</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="37"/>
        <source>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</source>
        <translation>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="42"/>
        <source>e.g. Nalong Town Social Work Station</source>
        <translation>e.g. Nalong Town Social Work Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="44"/>
        <source>e.g. Wuming District, Nanning</source>
        <translation>e.g. Wuming District, Nanning</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="46"/>
        <source>e.g. Nalong Town</source>
        <translation>e.g. Nalong Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="48"/>
        <source>e.g. Wei Li&apos;s laptop</source>
        <translation>e.g. Wei Li&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="50"/>
        <source>e.g. Wei Li</source>
        <translation>e.g. Wei Li</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="52"/>
        <source>Resident social worker</source>
        <translation>Resident social worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="52"/>
        <source>Station head</source>
        <translation>Station head</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="53"/>
        <source>County office</source>
        <translation>County office</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="62"/>
        <source>&amp;Station name</source>
        <translation>&amp;Station name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="62"/>
        <source>&amp;County</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="63"/>
        <source>&amp;Township or street</source>
        <translation>&amp;Township or street</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="64"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>This computer&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="65"/>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="77"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="89"/>
        <source>Start using Shegong</source>
        <translation>Start using Shegong</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Shegong — social-work station assistant</source>
        <translation>Shegong — social-work station assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Cas&amp;es</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Exchange encrypted bundle files with the station and the county.</source>
        <translation>Exchange encrypted bundle files with the station and the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>The monthly report for the county, in Excel and PDF.</source>
        <translation>The monthly report for the county, in Excel and PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Shegong</source>
        <translation>Shegong</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>This screen is still being built; it arrives in the next version.</source>
        <translation>This screen is still being built; it arrives in the next version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</source>
        <translation>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings_page.py" line="11"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today_page.py" line="11"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits_page.py" line="11"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="32"/>
        <source>Shegong cannot start</source>
        <translation>Shegong cannot start</translation>
    </message>
</context>
</TS>
