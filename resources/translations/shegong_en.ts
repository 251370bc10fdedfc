<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="37"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="38"/>
        <source>Group work and community activities of the station: who took part, the volunteers and their hours.</source>
        <translation>Group work and community activities of the station: who took part, the volunteers and their hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="49"/>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="51"/>
        <source>Record a group or community activity (Ctrl+N)</source>
        <translation>Record a group or community activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="57"/>
        <source>Search: title, place, or a participant&apos;s name, pinyin initials or village</source>
        <translation>Search: title, place, or a participant&apos;s name, pinyin initials or village</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="68"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="69"/>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="71"/>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="73"/>
        <source>D&amp;omain</source>
        <translation>D&amp;omain</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="73"/>
        <source>Ty&amp;pe</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="74"/>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="85"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="86"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="87"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="90"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="88"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="89"/>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="112"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="122"/>
        <source>%1 activities shown.</source>
        <translation>%1 activities shown.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="125"/>
        <source>No activity matches.</source>
        <translation>No activity matches.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="127"/>
        <source>No activities recorded yet.</source>
        <translation>No activities recorded yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activities_page.py" line="130"/>
        <source>The activities could not be loaded; the log file has the details.</source>
        <translation>The activities could not be loaded; the log file has the details.</translation>
    </message>
</context>
<context>
    <name>ActivityFormDialog</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="252"/>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="275"/>
        <source>e.g. Summer reading group for left-behind children</source>
        <translation>e.g. Summer reading group for left-behind children</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="288"/>
        <source>None, or a group that meets several times</source>
        <translation>None, or a group that meets several times</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="293"/>
        <source>— not given —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="300"/>
        <source>What was done, how people took part, what to follow up</source>
        <translation>What was done, how people took part, what to follow up</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="306"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="307"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="308"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="309"/>
        <source>Support &amp;group</source>
        <translation>Support &amp;group</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="310"/>
        <source>Service d&amp;omain</source>
        <translation>Service d&amp;omain</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="311"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="312"/>
        <source>Activity d&amp;uration</source>
        <translation>Activity d&amp;uration</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="313"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="320"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="328"/>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="330"/>
        <source>Also taking part, not registered:</source>
        <translation>Also taking part, not registered:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="340"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="354"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="355"/>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="356"/>
        <source>Take this activity out of every list, count and report; it stays in the records with the reason</source>
        <translation>Take this activity out of every list, count and report; it stays in the records with the reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="359"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="377"/>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="393"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="393"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="394"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="394"/>
        <source>Service domain</source>
        <translation>Service domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="395"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="395"/>
        <source>Activity duration</source>
        <translation>Activity duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="396"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="397"/>
        <source>People not registered</source>
        <translation>People not registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="398"/>
        <source>Support group</source>
        <translation>Support group</translation>
    </message>
</context>
<context>
    <name>AddLoginDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="293"/>
        <source>Add a person who uses this laptop</source>
        <translation>Add a person who uses this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="296"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="299"/>
        <source>Each person who uses this laptop can open it with a password of their own; the start asks who is there.</source>
        <translation>Each person who uses this laptop can open it with a password of their own; the start asks who is there.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="47"/>
        <source>&amp;Presenting problem</source>
        <translation>&amp;Presenting problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="76"/>
        <source>The client as a person</source>
        <translation>The client as a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="77"/>
        <source>The family system</source>
        <translation>The family system</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="78"/>
        <source>The community system</source>
        <translation>The community system</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="93"/>
        <source>— not signed yet —</source>
        <translation>— not signed yet —</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="96"/>
        <source>Signed by &amp;worker</source>
        <translation>Signed by &amp;worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="100"/>
        <source>S&amp;igned on</source>
        <translation>S&amp;igned on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="104"/>
        <source>Next &amp;follow-up</source>
        <translation>Next &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="120"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="121"/>
        <source>&amp;Daily living</source>
        <translation>&amp;Daily living</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="122"/>
        <source>&amp;Material situation</source>
        <translation>&amp;Material situation</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="123"/>
        <source>&amp;Emotional and mental state</source>
        <translation>&amp;Emotional and mental state</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="124"/>
        <source>S&amp;ocial contacts</source>
        <translation>S&amp;ocial contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="125"/>
        <source>P&amp;ressures other than money</source>
        <translation>P&amp;ressures other than money</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="126"/>
        <source>S&amp;trengths and resources</source>
        <translation>S&amp;trengths and resources</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="127"/>
        <source>Policy su&amp;bsidies already received</source>
        <translation>Policy su&amp;bsidies already received</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="128"/>
        <source>Places and ser&amp;vices nearby</source>
        <translation>Places and ser&amp;vices nearby</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="129"/>
        <source>Problems that &amp;affect the client</source>
        <translation>Problems that &amp;affect the client</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="130"/>
        <source>Outside resources that could be lin&amp;ked</source>
        <translation>Outside resources that could be lin&amp;ked</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_assessment.py" line="131"/>
        <source>S&amp;ummary of problems and needs</source>
        <translation>S&amp;ummary of problems and needs</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="53"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="53"/>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="55"/>
        <source>A photo or a scanned document of %1. Photos are turned upright, made smaller (longest edge %2 pixels) and stripped of where they were taken.</source>
        <translation>A photo or a scanned document of %1. Photos are turned upright, made smaller (longest edge %2 pixels) and stripped of where they were taken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="59"/>
        <source>A photo (JPEG, PNG, …) or a PDF scan</source>
        <translation>A photo (JPEG, PNG, …) or a PDF scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="70"/>
        <source>e.g. the house from the road, after the repair</source>
        <translation>e.g. the house from the road, after the repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="74"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="75"/>
        <source>&amp;What it shows</source>
        <translation>&amp;What it shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="76"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="77"/>
        <source>&amp;Belongs to</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="83"/>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="85"/>
        <source>Case opened %1 (%2)</source>
        <translation>Case opened %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="87"/>
        <source>Visit of %1 (%2)</source>
        <translation>Visit of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="92"/>
        <source>Choose a photo or a scan</source>
        <translation>Choose a photo or a scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="93"/>
        <source>Photos and scans (%1)</source>
        <translation>Photos and scans (%1)</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="146"/>
        <source>A PDF document: save it, then open it with a PDF reader.</source>
        <translation>A PDF document: save it, then open it with a PDF reader.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="150"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="152"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="198"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="198"/>
        <source>What it shows</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="199"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="200"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="211"/>
        <source>No photos or documents yet. Attach a consent form, an ID card copy or a photo of the home; or drop files here.</source>
        <translation>No photos or documents yet. Attach a consent form, an ID card copy or a photo of the home; or drop files here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="218"/>
        <source>Attac&amp;h a file…</source>
        <translation>Attac&amp;h a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="219"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="220"/>
        <source>Save a&amp;s…</source>
        <translation>Save a&amp;s…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="221"/>
        <source>Void &amp;this file…</source>
        <translation>Void &amp;this file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="250"/>
        <source>Case opened %1</source>
        <translation>Case opened %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="252"/>
        <source>Visit of %1</source>
        <translation>Visit of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="254"/>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="255"/>
        <source>Not received yet</source>
        <translation>Not received yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="256"/>
        <source>Damaged on this laptop</source>
        <translation>Damaged on this laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="262"/>
        <source>The record is here; its file has not arrived with a bundle yet, or was damaged. Ask for a bundle with attachments.</source>
        <translation>The record is here; its file has not arrived with a bundle yet, or was damaged. Ask for a bundle with attachments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="284"/>
        <source>Attached.</source>
        <translation>Attached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/attachments_tab.py" line="310"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="41"/>
        <source>Changes to the records</source>
        <translation>Changes to the records</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="47"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="50"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="52"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="54"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="54"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="55"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="57"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="58"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="59"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="60"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="61"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="62"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="63"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="75"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="75"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="76"/>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="99"/>
        <source>Reading the change log…</source>
        <translation>Reading the change log…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="107"/>
        <source>%1 changes, newest first. Double-click one to see the values before and after.</source>
        <translation>%1 changes, newest first. Double-click one to see the values before and after.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="110"/>
        <source>Only the newest are shown: choose fewer days.</source>
        <translation>Only the newest are shown: choose fewer days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="111"/>
        <source>No changes on these days.</source>
        <translation>No changes on these days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="115"/>
        <source>The change log could not be read; the log file has the details.</source>
        <translation>The change log could not be read; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="130"/>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="132"/>
        <source>Export the changes</source>
        <translation>Export the changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/audit_dialog.py" line="142"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="116"/>
        <location filename="../../app/ui/cases/case_dialog.py" line="394"/>
        <source>Next sta&amp;ge</source>
        <translation>Next sta&amp;ge</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="118"/>
        <location filename="../../app/ui/cases/case_dialog.py" line="373"/>
        <source>&amp;Close case…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="120"/>
        <source>Reope&amp;n case…</source>
        <translation>Reope&amp;n case…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="84"/>
        <source>Problem and assessment</source>
        <translation>Problem and assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="85"/>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="86"/>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="145"/>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="147"/>
        <source>Who changed this case, when, from what to what</source>
        <translation>Who changed this case, when, from what to what</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="157"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="157"/>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="158"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="158"/>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="159"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="159"/>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="160"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="160"/>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="161"/>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="173"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="193"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="203"/>
        <source>e.g. The family applies for the minimum living allowance within a month</source>
        <translation>e.g. The family applies for the minimum living allowance within a month</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="206"/>
        <source>New goa&amp;l</source>
        <translation>New goa&amp;l</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="208"/>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="215"/>
        <source>S&amp;tatus of the chosen goal</source>
        <translation>S&amp;tatus of the chosen goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="217"/>
        <source>Change stat&amp;us</source>
        <translation>Change stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="244"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="245"/>
        <source>Stage move</source>
        <translation>Stage move</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="246"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="257"/>
        <source>Case opened (%1)</source>
        <translation>Case opened (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="258"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="280"/>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="283"/>
        <source>Opened %1 · Worker: %2 · Stage: %3</source>
        <translation>Opened %1 · Worker: %2 · Stage: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="287"/>
        <source>This case was closed on %1 (%2). It is read-only; reopen it if work on it continues.</source>
        <translation>This case was closed on %1 (%2). It is read-only; reopen it if work on it continues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="297"/>
        <source>At evaluation the next step is closing the case with a reason.</source>
        <translation>At evaluation the next step is closing the case with a reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="302"/>
        <source>Service plan (%1)</source>
        <translation>Service plan (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="333"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="372"/>
        <source>Request &amp;closing…</source>
        <translation>Request &amp;closing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="378"/>
        <source>The request to close this case, sent on %1, waits for the head&apos;s or the supervisor&apos;s answer.</source>
        <translation>The request to close this case, sent on %1, waits for the head&apos;s or the supervisor&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="382"/>
        <source>%1 approved closing this case on %2: it can be closed now.</source>
        <translation>%1 approved closing this case on %2: it can be closed now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="385"/>
        <source>%1 sent the request to close this case back on %2: %3</source>
        <translation>%1 sent the request to close this case back on %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="402"/>
        <source>Request approval of the &amp;plan…</source>
        <translation>Request approval of the &amp;plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="408"/>
        <source>The plan was sent for approval on %1; it waits for the head&apos;s or the supervisor&apos;s answer.</source>
        <translation>The plan was sent for approval on %1; it waits for the head&apos;s or the supervisor&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="412"/>
        <source>%1 approved the plan on %2: the work can start.</source>
        <translation>%1 approved the plan on %2: the work can start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="415"/>
        <source>%1 sent the plan back on %2: %3</source>
        <translation>%1 sent the plan back on %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="466"/>
        <source>Unsaved assessment</source>
        <translation>Unsaved assessment</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_dialog.py" line="467"/>
        <source>The assessment has changes that are not saved yet. Save them?</source>
        <translation>The assessment has changes that are not saved yet. Save them?</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="49"/>
        <location filename="../../app/ui/cases/cases_page.py" line="63"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="50"/>
        <source>Every case of the station by stage, from intake to closing, and every referral to another agency until it was answered and done. Open one to work on it.</source>
        <translation>Every case of the station by stage, from intake to closing, and every referral to another agency until it was answered and done. Open one to work on it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="91"/>
        <source>Search the client: name, pinyin initials, village or phone</source>
        <translation>Search the client: name, pinyin initials, village or phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="93"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="95"/>
        <source>Worker in c&amp;harge</source>
        <translation>Worker in c&amp;harge</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="109"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="110"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="111"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="112"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="113"/>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="64"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="135"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="147"/>
        <source>%1 cases shown. Press Enter or double-click to open one.</source>
        <translation>%1 cases shown. Press Enter or double-click to open one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="150"/>
        <source>No case matches.</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="152"/>
        <source>No cases at this stage.</source>
        <translation>No cases at this stage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="155"/>
        <source>The cases could not be loaded; the log file has the details.</source>
        <translation>The cases could not be loaded; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="160"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/cases_page.py" line="162"/>
        <source>%1 (%2 cases)</source>
        <translation>%1 (%2 cases)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="276"/>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="278"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
</context>
<context>
    <name>ClientDetailDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="155"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="158"/>
        <source>Household and guardians</source>
        <translation>Household and guardians</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="161"/>
        <location filename="../../app/ui/clients/client_detail.py" line="362"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="163"/>
        <source>View the &amp;case</source>
        <translation>View the &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="167"/>
        <location filename="../../app/ui/clients/client_detail.py" line="428"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="183"/>
        <location filename="../../app/ui/clients/client_detail.py" line="195"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="191"/>
        <source>Attachments (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="192"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="197"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="198"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="210"/>
        <source>Nothing recorded yet. Record the first visit.</source>
        <translation>Nothing recorded yet. Record the first visit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="217"/>
        <source>Record &amp;visit</source>
        <translation>Record &amp;visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="219"/>
        <source>Open a &amp;new case</source>
        <translation>Open a &amp;new case</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="220"/>
        <source>&amp;Refer</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="221"/>
        <source>Vo&amp;id</source>
        <translation>Vo&amp;id</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="222"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="223"/>
        <source>Case &amp;file</source>
        <translation>Case &amp;file</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="226"/>
        <source>The whole case file (个案档案) for the station&apos;s paper archive and the on-site evaluation: print it, or save it as a PDF</source>
        <translation>The whole case file (个案档案) for the station&apos;s paper archive and the on-site evaluation: print it, or save it as a PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="233"/>
        <source>The person&apos;s own record, with history and photos (at their request)…</source>
        <translation>The person&apos;s own record, with history and photos (at their request)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="242"/>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="244"/>
        <source>Who changed this client&apos;s record, when, from what to what</source>
        <translation>Who changed this client&apos;s record, when, from what to what</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="283"/>
        <source>%1 — client</source>
        <translation>%1 — client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="285"/>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="289"/>
        <source>Gender not known</source>
        <translation>Gender not known</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="291"/>
        <source>%1 years old (born %2)</source>
        <translation>%1 years old (born %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="293"/>
        <source>ID number %1</source>
        <translation>ID number %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="294"/>
        <source>No ID number</source>
        <translation>No ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="295"/>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="295"/>
        <source>No phone</source>
        <translation>No phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="299"/>
        <source>No address recorded</source>
        <translation>No address recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="300"/>
        <source>Consent signed on %1</source>
        <translation>Consent signed on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="302"/>
        <location filename="../../app/ui/clients/client_detail.py" line="427"/>
        <source>Consent signed</source>
        <translation>Consent signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="302"/>
        <source>No consent recorded</source>
        <translation>No consent recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="303"/>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="312"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="314"/>
        <source>No household members recorded</source>
        <translation>No household members recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="317"/>
        <source>No open case.</source>
        <translation>No open case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="319"/>
        <source>Open since %1, at the stage “%2”.</source>
        <translation>Open since %1, at the stage “%2”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="326"/>
        <source>This client already has an open case.</source>
        <translation>This client already has an open case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="335"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="336"/>
        <source>%1 (type: %2; grade: %3)</source>
        <translation>%1 (type: %2; grade: %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="344"/>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="346"/>
        <source>lives elsewhere</source>
        <translation>lives elsewhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="359"/>
        <source>Visit · %1</source>
        <translation>Visit · %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="367"/>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="369"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="370"/>
        <source>To %1: %2</source>
        <translation>To %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="380"/>
        <source>No needs found</source>
        <translation>No needs found</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="381"/>
        <source>Material needs</source>
        <translation>Material needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="382"/>
        <source>Emotional needs</source>
        <translation>Emotional needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="382"/>
        <source>Social needs</source>
        <translation>Social needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="386"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="387"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="393"/>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="395"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="397"/>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="398"/>
        <source>Stage: %1 → %2</source>
        <translation>Stage: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="421"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="421"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="422"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="422"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="423"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="423"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="424"/>
        <source>Village group</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="424"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="425"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="425"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="426"/>
        <source>Worker in charge</source>
        <translation>Worker in charge</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="428"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="465"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="472"/>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="472"/>
        <source>Save the case file</source>
        <translation>Save the case file</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="481"/>
        <source>Case file saved: %1</source>
        <translation>Case file saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="487"/>
        <source>Save the person&apos;s own record</source>
        <translation>Save the person&apos;s own record</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="488"/>
        <source>personal record</source>
        <translation>personal record</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_detail.py" line="496"/>
        <source>Personal record saved: %1</source>
        <translation>Personal record saved: %1</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="107"/>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="107"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="125"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="159"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="164"/>
        <source>18 digits; birth date and gender follow</source>
        <translation>18 digits; birth date and gender follow</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="167"/>
        <location filename="../../app/ui/clients/client_form.py" line="201"/>
        <location filename="../../app/ui/clients/client_form.py" line="238"/>
        <location filename="../../app/ui/clients/client_form.py" line="239"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="168"/>
        <source>Not &amp;known</source>
        <translation>Not &amp;known</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="170"/>
        <source>e.g. 13812345678 or 0771-5551234</source>
        <translation>e.g. 13812345678 or 0771-5551234</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="171"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="172"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="173"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="174"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="175"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="177"/>
        <source>Where the person lives</source>
        <translation>Where the person lives</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="187"/>
        <source>e.g. Nalong Village</source>
        <translation>e.g. Nalong Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="189"/>
        <source>e.g. Group 3</source>
        <translation>e.g. Group 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="191"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="192"/>
        <source>Village gro&amp;up</source>
        <translation>Village gro&amp;up</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="193"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="195"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="199"/>
        <source>The person (or the guardian) signed the informed consent form</source>
        <translation>The person (or the guardian) signed the informed consent form</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="204"/>
        <source>&amp;Risk level</source>
        <translation>&amp;Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="205"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="206"/>
        <source>Assigned &amp;worker</source>
        <translation>Assigned &amp;worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="207"/>
        <source>&amp;Consent given</source>
        <translation>&amp;Consent given</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="208"/>
        <source>Consent &amp;date</source>
        <translation>Consent &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="230"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="232"/>
        <source>Cat&amp;egories</source>
        <translation>Cat&amp;egories</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="240"/>
        <source>Disabilit&amp;y type</source>
        <translation>Disabilit&amp;y type</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="241"/>
        <source>Disability &amp;level</source>
        <translation>Disability &amp;level</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="249"/>
        <source>Household and guardians</source>
        <translation>Household and guardians</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="251"/>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="253"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="255"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="317"/>
        <source>Read from the ID number</source>
        <translation>Read from the ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="407"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_form.py" line="408"/>
        <source>What you typed in this form has not been saved. Discard it?</source>
        <translation>What you typed in this form has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>ClientIdsModel</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="70"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="71"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="71"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="185"/>
        <source>Name, pinyin initials, ID number, phone or village</source>
        <translation>Name, pinyin initials, ID number, phone or village</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="279"/>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="283"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="285"/>
        <source>%1 chosen: %2</source>
        <translation>%1 chosen: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="287"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="292"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="300"/>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="332"/>
        <source>Choose clients</source>
        <translation>Choose clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/client_picker.py" line="332"/>
        <source>Choose a client</source>
        <translation>Choose a client</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="102"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="103"/>
        <source>ID no.</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="105"/>
        <source>Last visited</source>
        <translation>Last visited</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="103"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="104"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="104"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/client_table_model.py" line="106"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="55"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="70"/>
        <source>Name, pinyin, initials, ID number, phone or village</source>
        <translation>Name, pinyin, initials, ID number, phone or village</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="106"/>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="77"/>
        <source>Register &amp;new client</source>
        <translation>Register &amp;new client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="78"/>
        <source>Register a new client (Ctrl+N)</source>
        <translation>Register a new client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="79"/>
        <source>Import from &amp;Excel…</source>
        <translation>Import from &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="81"/>
        <source>Register the people of a civil-affairs roster (.xlsx) (Ctrl+I)</source>
        <translation>Register the people of a civil-affairs roster (.xlsx) (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="82"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="83"/>
        <source>Open the selected client (Enter)</source>
        <translation>Open the selected client (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="87"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="89"/>
        <location filename="../../app/ui/clients/clients_page.py" line="288"/>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="91"/>
        <source>All risk levels</source>
        <translation>All risk levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="93"/>
        <location filename="../../app/ui/clients/clients_page.py" line="291"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="94"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="95"/>
        <source>Clear &amp;filters</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Vi&amp;llage</source>
        <translation>Vi&amp;llage</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="118"/>
        <source>Ris&amp;k</source>
        <translation>Ris&amp;k</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="119"/>
        <source>&amp;Worker</source>
        <translation>&amp;Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="119"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="249"/>
        <source>The list could not be loaded; see the log.</source>
        <translation>The list could not be loaded; see the log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="271"/>
        <source>%1 clients</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="274"/>
        <source>No client matches</source>
        <translation>No client matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/clients_page.py" line="276"/>
        <source>No clients registered yet</source>
        <translation>No clients registered yet</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="56"/>
        <source>Request to close the case</source>
        <translation>Request to close the case</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="57"/>
        <source>&amp;Send the request</source>
        <translation>&amp;Send the request</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="59"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="65"/>
        <source>This station closes cases after the head&apos;s or the supervisor&apos;s approval: they see the request on Today and approve it or send it back with a comment.</source>
        <translation>This station closes cases after the head&apos;s or the supervisor&apos;s approval: they see the request on Today and approve it or send it back with a comment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="68"/>
        <source>A closed case can no longer be edited. If work on it continues later, it has to be reopened with a reason.</source>
        <translation>A closed case can no longer be edited. If work on it continues later, it has to be reopened with a reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="70"/>
        <source>— choose a reason —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="73"/>
        <source>What was achieved, what remains, who takes over …</source>
        <translation>What was achieved, what remains, who takes over …</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="75"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="76"/>
        <source>Closed &amp;on</source>
        <translation>Closed &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="77"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="59"/>
        <source>&amp;Close the case</source>
        <translation>&amp;Close the case</translation>
    </message>
</context>
<context>
    <name>ClosureDecisionDialog</name>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="19"/>
        <source>A request to approve</source>
        <translation>A request to approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="20"/>
        <source>&amp;Give the answer</source>
        <translation>&amp;Give the answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="25"/>
        <source>%1 asks, on %2, to approve the service plan of %3&apos;s case (open the case from Today to read its goals).</source>
        <translation>%1 asks, on %2, to approve the service plan of %3&apos;s case (open the case from Today to read its goals).</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="30"/>
        <source>%1 asks, on %2, to close the case of %3 on %4: %5.</source>
        <translation>%1 asks, on %2, to close the case of %3 on %4: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="35"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="39"/>
        <source>What the worker should know; required when the request goes back</source>
        <translation>What the worker should know; required when the request goes back</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="41"/>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/closure_dialog.py" line="42"/>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="70"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="71"/>
        <source>Every station&apos;s month: the last bundle received, the visits and the plan&apos;s lights. Double-click a station to open its month.</source>
        <translation>Every station&apos;s month: the last bundle received, the visits and the plan&apos;s lights. Double-click a station to open its month.</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="98"/>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Days ago</source>
        <translation>Days ago</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="99"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="100"/>
        <source>Supervision hours</source>
        <translation>Supervision hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="101"/>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="102"/>
        <source>Behind on training</source>
        <translation>Behind on training</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="117"/>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="118"/>
        <source>T&amp;ownship</source>
        <translation>T&amp;ownship</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="119"/>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="126"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="126"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="127"/>
        <source>Save as &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="135"/>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="139"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="160"/>
        <source>%1 stations; %2 sent nothing this month; %3 supervised (≥ 16 hours).</source>
        <translation>%1 stations; %2 sent nothing this month; %3 supervised (≥ 16 hours).</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="167"/>
        <source>The stations could not be read; the log file has the details.</source>
        <translation>The stations could not be read; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="171"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="174"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="202"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="224"/>
        <source>Visits per station this month</source>
        <translation>Visits per station this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="225"/>
        <source>Stations meeting the supervision rule, 12 months</source>
        <translation>Stations meeting the supervision rule, 12 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="228"/>
        <source>No station has sent a bundle yet.</source>
        <translation>No station has sent a bundle yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="256"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="256"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="257"/>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="259"/>
        <source>stations</source>
        <translation>stations</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="260"/>
        <source>Save the county&apos;s roll-up</source>
        <translation>Save the county&apos;s roll-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="268"/>
        <source>Saving the roll-up…</source>
        <translation>Saving the roll-up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="273"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../app/ui/shell/crash.py" line="47"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/crash.py" line="48"/>
        <source>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</source>
        <translation>Shegong hit an error it did not expect: %1

Your data is safe. The details were written to the log in %2.</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="76"/>
        <source>This device&apos;s card</source>
        <translation>This device&apos;s card</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="85"/>
        <source>Send the card file to the station head or the county office, then read them this fingerprint over the phone.</source>
        <translation>Send the card file to the station head or the county office, then read them this fingerprint over the phone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="89"/>
        <source>E&amp;xport card…</source>
        <translation>E&amp;xport card…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="102"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="116"/>
        <source>Trusted devices</source>
        <translation>Trusted devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="119"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="120"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="121"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="122"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="130"/>
        <source>Trust a car&amp;d…</source>
        <translation>Trust a car&amp;d…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="133"/>
        <source>Revo&amp;ke…</source>
        <translation>Revo&amp;ke…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="141"/>
        <source>No other device is trusted yet. Trust the card of the station head or of a worker&apos;s laptop to exchange files with it.</source>
        <translation>No other device is trusted yet. Trust the card of the station head or of a worker&apos;s laptop to exchange files with it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="156"/>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="158"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="158"/>
        <source>Not trusted</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="164"/>
        <source>Device ID %1</source>
        <translation>Device ID %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="188"/>
        <source>Export this device&apos;s card</source>
        <translation>Export this device&apos;s card</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="190"/>
        <source>Device cards (*.card);;All files (*)</source>
        <translation>Device cards (*.card);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="198"/>
        <source>The card could not be saved: %1</source>
        <translation>The card could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="200"/>
        <source>The card was saved to %1.</source>
        <translation>The card was saved to %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="206"/>
        <source>Trust a device card</source>
        <translation>Trust a device card</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="207"/>
        <source>Device cards (*.card *.json);;All files (*)</source>
        <translation>Device cards (*.card *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="230"/>
        <source>The device “%1” is trusted now, and admitted into its role: the admission travels with this laptop&apos;s next sync file, so every device of the station accepts its records.</source>
        <translation>The device “%1” is trusted now, and admitted into its role: the admission travels with this laptop&apos;s next sync file, so every device of the station accepts its records.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="235"/>
        <source>The device “%1” is trusted on this laptop. Only the station head (or the county office) admits a laptop into a role for every device.</source>
        <translation>The device “%1” is trusted on this laptop. Only the station head (or the county office) admits a laptop into a role for every device.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="255"/>
        <source>The device “%1” was revoked everywhere: the revocation travels with this laptop&apos;s next sync file.</source>
        <translation>The device “%1” was revoked everywhere: the revocation travels with this laptop&apos;s next sync file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="257"/>
        <source>The device “%1” was revoked on this laptop. Only its station head (or the county office) revokes it for every device.</source>
        <translation>The device “%1” was revoked on this laptop. Only its station head (or the county office) revokes it for every device.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="244"/>
        <source>Revoke the device?</source>
        <translation>Revoke the device?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="245"/>
        <source>Every later sync file from “%1” will be refused, and this device cannot be trusted again. Do this when the laptop was lost, stolen or given away. Revoke it?</source>
        <translation>Every later sync file from “%1” will be refused, and this device cannot be trusted again. Do this when the laptop was lost, stolen or given away. Revoke it?</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="170"/>
        <source>This person may already be registered</source>
        <translation>This person may already be registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="173"/>
        <source>These clients have the same ID number, or the same name and birth date in the same village. If one of them is this person, open that record instead of registering the person twice.</source>
        <translation>These clients have the same ID number, or the same name and birth date in the same village. If one of them is this person, open that record instead of registering the person twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="179"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="180"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="195"/>
        <source>&amp;Open the existing record</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="196"/>
        <source>&amp;Register anyway</source>
        <translation>&amp;Register anyway</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="197"/>
        <source>&amp;Go back to the form</source>
        <translation>&amp;Go back to the form</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="276"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="318"/>
        <source>A&amp;ll data</source>
        <translation>A&amp;ll data</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="319"/>
        <source>One &amp;month:</source>
        <translation>One &amp;month:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="320"/>
        <source>What one device has not received yet, &amp;for:</source>
        <translation>What one device has not received yet, &amp;for:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="278"/>
        <source>A month&apos;s file holds every change that reached this laptop in that month, from here or imported: the station&apos;s monthly file for the county.</source>
        <translation>A month&apos;s file holds every change that reached this laptop in that month, from here or imported: the station&apos;s monthly file for the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="285"/>
        <source>Who can read the file (recipie&amp;nts):</source>
        <translation>Who can read the file (recipie&amp;nts):</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="287"/>
        <source>Ex&amp;port sync file…</source>
        <translation>Ex&amp;port sync file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="363"/>
        <source>No trusted device yet: trust the card of the station head or the county office first.</source>
        <translation>No trusted device yet: trust the card of the station head or the county office first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="426"/>
        <source>%1-for-%2-%3</source>
        <translation>%1-for-%2-%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="428"/>
        <source>%1-all-%2</source>
        <translation>%1-all-%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="442"/>
        <source>Tick at least one device that will read the file. Trust its card first if it is not listed.</source>
        <translation>Tick at least one device that will read the file. Trust its card first if it is not listed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="446"/>
        <source>Export a sync file</source>
        <translation>Export a sync file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="447"/>
        <source>Sync files (*.shegong);;All files (*)</source>
        <translation>Sync files (*.shegong);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="479"/>
        <source>Exported %1 changes to %2 (%3). It can be read by: %4.</source>
        <translation>Exported %1 changes to %2 (%3). It can be read by: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="487"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="490"/>
        <source>The export failed (%1); the log file has the details.</source>
        <translation>The export failed (%1); the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="495"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="496"/>
        <source>&amp;Import sync files…</source>
        <translation>&amp;Import sync files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="498"/>
        <source>You can also drag sync files from a USB stick or a download folder onto this page. A file that is damaged, not meant for this device or from a device you do not trust is refused, and nothing changes.</source>
        <translation>You can also drag sync files from a USB stick or a download folder onto this page. A file that is damaged, not meant for this device or from a device you do not trust is refused, and nothing changes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_tabs.py" line="507"/>
        <source>Results of the last import:</source>
        <translation>Results of the last import:</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="88"/>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="89"/>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="97"/>
        <source>— choose a category —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="100"/>
        <source>Allow &amp;villages the station does not have yet</source>
        <translation>Allow &amp;villages the station does not have yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="106"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="108"/>
        <source>Ca&amp;tegory for rows without one</source>
        <translation>Ca&amp;tegory for rows without one</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="111"/>
        <source>Excel file</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="117"/>
        <source>Rows whose 类别 column is empty, or every row when the sheet has no such column, get this category. A person already registered gains it.</source>
        <translation>Rows whose 类别 column is empty, or every row when the sheet has no such column, get this category. A person already registered gains it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="121"/>
        <source>Leave this unticked to catch misspelt village names: a row whose village has no client here yet is then listed as a problem.</source>
        <translation>Leave this unticked to catch misspelt village names: a row whose village has no client here yet is then listed as a problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="125"/>
        <source>1. Choose the roster and its sheet</source>
        <translation>1. Choose the roster and its sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="127"/>
        <source>An Excel list (.xlsx) from the civil-affairs office, e.g. of minimum-allowance recipients or persons in extreme poverty. Nothing is saved until the last step.</source>
        <translation>An Excel list (.xlsx) from the civil-affairs office, e.g. of minimum-allowance recipients or persons in extreme poverty. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="149"/>
        <source>Header in row %1; %2 rows of data below it.</source>
        <translation>Header in row %1; %2 rows of data below it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="152"/>
        <source>Header in row %1, but no rows of data below it: choose another sheet.</source>
        <translation>Header in row %1, but no rows of data below it: choose another sheet.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="40"/>
        <source>Welcome to Shegong</source>
        <translation>Welcome to Shegong</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="44"/>
        <source>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</source>
        <translation>This computer is not set up yet. Tell Shegong which social-work station it belongs to; you can change names later in Settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="75"/>
        <source>e.g. Nalong Town Social Work Station</source>
        <translation>e.g. Nalong Town Social Work Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="77"/>
        <source>e.g. Wuming District, Nanning</source>
        <translation>e.g. Wuming District, Nanning</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="79"/>
        <source>e.g. Nalong Town</source>
        <translation>e.g. Nalong Town</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="81"/>
        <source>e.g. Wei Li&apos;s laptop</source>
        <translation>e.g. Wei Li&apos;s laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="83"/>
        <source>e.g. Wei Li</source>
        <translation>e.g. Wei Li</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="85"/>
        <source>Resident social worker</source>
        <translation>Resident social worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="85"/>
        <source>Station head</source>
        <translation>Station head</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="86"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="86"/>
        <source>County office</source>
        <translation>County office</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="97"/>
        <source>No card chosen yet</source>
        <translation>No card chosen yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="99"/>
        <source>Choose the &amp;head&apos;s card…</source>
        <translation>Choose the &amp;head&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="102"/>
        <source>&amp;Found a new station: this is the station head&apos;s computer</source>
        <translation>&amp;Found a new station: this is the station head&apos;s computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="104"/>
        <source>&amp;Join a station: I have the station head&apos;s card</source>
        <translation>&amp;Join a station: I have the station head&apos;s card</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="113"/>
        <source>&amp;Station name</source>
        <translation>&amp;Station name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="113"/>
        <source>&amp;County</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="114"/>
        <source>&amp;Township or street</source>
        <translation>&amp;Township or street</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="115"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>This computer&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="116"/>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="121"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="125"/>
        <source>Head&apos;s card</source>
        <translation>Head&apos;s card</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="59"/>
        <source>Start using Shegong</source>
        <translation>Start using Shegong</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="139"/>
        <source>The station head&apos;s card</source>
        <translation>The station head&apos;s card</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run.py" line="140"/>
        <source>Device cards (*.card *.json);;All files (*)</source>
        <translation>Device cards (*.card *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="223"/>
        <source>Add to the register</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="223"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="225"/>
        <source>Volunteers and village cadres who help at activities: registered once, chosen by name on each activity, their hours added up here. A volunteer typed on an activity is registered by itself.</source>
        <translation>Volunteers and village cadres who help at activities: registered once, chosen by name on each activity, their hours added up here. A volunteer typed on an activity is registered by itself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="232"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="233"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="234"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="235"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/kit/history.py" line="26"/>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="29"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="30"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="31"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="32"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="33"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="39"/>
        <source>Reading the change log…</source>
        <translation>Reading the change log…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="53"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="55"/>
        <source>Voided (reason)</source>
        <translation>Voided (reason)</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="55"/>
        <source>Void undone</source>
        <translation>Void undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="61"/>
        <source>%1 changes since it was recorded, newest first.</source>
        <translation>%1 changes since it was recorded, newest first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="62"/>
        <source>Not changed since it was recorded.</source>
        <translation>Not changed since it was recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/history.py" line="67"/>
        <source>The history could not be read; the log file has the details.</source>
        <translation>The history could not be read; the log file has the details.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="263"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="263"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="264"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="265"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="266"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="267"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="268"/>
        <source>Number of changes</source>
        <translation>Number of changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="270"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="276"/>
        <source>No sync file was exported or imported yet.</source>
        <translation>No sync file was exported or imported yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="290"/>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="295"/>
        <source>Changes for %1</source>
        <translation>Changes for %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="294"/>
        <source>Changes for a device</source>
        <translation>Changes for a device</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="296"/>
        <source>All data</source>
        <translation>All data</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="303"/>
        <source>%1, for %2</source>
        <translation>%1, for %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="304"/>
        <source>this device only</source>
        <translation>this device only</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="305"/>
        <source>%1: %2 new, %3 already here, %4 overwritten, %5 conflicts</source>
        <translation>%1: %2 new, %3 already here, %4 overwritten, %5 conflicts</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="71"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="72"/>
        <source>Lives with client</source>
        <translation>Lives with client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="72"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="86"/>
        <source>Add &amp;member</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="89"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/household_editor.py" line="90"/>
        <source>Remove the selected member (Delete)</source>
        <translation>Remove the selected member (Delete)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="173"/>
        <source>Importing sync files</source>
        <translation>Importing sync files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="181"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="184"/>
        <source>Cancelling undoes the file being imported; nothing of it is kept.</source>
        <translation>Cancelling undoes the file being imported; nothing of it is kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="203"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="213"/>
        <source>The other %1 files were not imported.</source>
        <translation>The other %1 files were not imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="222"/>
        <source>Importing “%1” (file %2 of %3)…</source>
        <translation>Importing “%1” (file %2 of %3)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="242"/>
        <source>%1 of %2 changes</source>
        <translation>%1 of %2 changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="259"/>
        <source>%1: import cancelled; nothing was changed.</source>
        <translation>%1: import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="261"/>
        <source>File %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="263"/>
        <source>%1: the import failed (%2); nothing was changed. The log file has the details.</source>
        <translation>%1: the import failed (%2); nothing was changed. The log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="272"/>
        <source>%1: this bundle from “%2” was imported before; nothing changed.</source>
        <translation>%1: this bundle from “%2” was imported before; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="274"/>
        <source>%1: %2 changes imported from “%3” (%4): %5 new, %6 already here, %7 overwritten, %8 conflicts.</source>
        <translation>%1: %2 changes imported from “%3” (%4): %5 new, %6 already here, %7 overwritten, %8 conflicts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="279"/>
        <source>%1: %2 changes are dated more than a day ahead of this computer&apos;s clock; they are kept aside, not applied (see the warning at the top of the page).</source>
        <translation>%1: %2 changes are dated more than a day ahead of this computer&apos;s clock; they are kept aside, not applied (see the warning at the top of the page).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="284"/>
        <source>%1: %2 changes kept aside earlier were applied: their date has come.</source>
        <translation>%1: %2 changes kept aside earlier were applied: their date has come.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="270"/>
        <source>V&amp;oid…</source>
        <translation>V&amp;oid…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="271"/>
        <source>Void the chosen record, with a reason</source>
        <translation>Void the chosen record, with a reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="274"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="275"/>
        <source>Who recorded and changed the chosen record, when</source>
        <translation>Who recorded and changed the chosen record, when</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="210"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="210"/>
        <source>Open Shegong</source>
        <translation>Open Shegong</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="218"/>
        <source>This laptop&apos;s password</source>
        <translation>This laptop&apos;s password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="223"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="225"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="226"/>
        <source>Forgot the password…</source>
        <translation>Forgot the password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="230"/>
        <source>The window is locked. Type the password to go on.</source>
        <translation>The window is locked. Type the password to go on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="231"/>
        <source>The records on this laptop are encrypted. Type the password.</source>
        <translation>The records on this laptop are encrypted. Type the password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="235"/>
        <source>Quit Shegong</source>
        <translation>Quit Shegong</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="43"/>
        <source>Shegong — social-work station assistant</source>
        <translation>Shegong — social-work station assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="47"/>
        <source>Exchange encrypted bundle files with the station and the county.</source>
        <translation>Exchange encrypted bundle files with the station and the county.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="48"/>
        <source>The monthly report for the county, in Excel and PDF.</source>
        <translation>The monthly report for the county, in Excel and PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="49"/>
        <source>Training, supervision and the plan&apos;s rules for this station.</source>
        <translation>Training, supervision and the plan&apos;s rules for this station.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="82"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="94"/>
        <source>Cou&amp;nty</source>
        <translation>Cou&amp;nty</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="106"/>
        <source>This screen is still being built; it arrives in the next version.</source>
        <translation>This screen is still being built; it arrives in the next version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="80"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="150"/>
        <source>%1 · county office · %2 visits this month in all stations</source>
        <translation>%1 · county office · %2 visits this month in all stations</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="155"/>
        <source>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</source>
        <translation>%1 · %2 %3 · %4 clients · %5 open cases · %6 visits this month</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="165"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="165"/>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="166"/>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="166"/>
        <source>Birth &amp;date</source>
        <translation>Birth &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="167"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="167"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="168"/>
        <source>Village g&amp;roup</source>
        <translation>Village g&amp;roup</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="168"/>
        <source>Home &amp;address</source>
        <translation>Home &amp;address</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="169"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="197"/>
        <source>2. Which column holds what</source>
        <translation>2. Which column holds what</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="199"/>
        <source>The columns are guessed from the sheet&apos;s headers; check them against the rows below. The name and the ID number are required: a person already registered is found by the ID number.</source>
        <translation>The columns are guessed from the sheet&apos;s headers; check them against the rows below. The name and the ID number are required: a person already registered is found by the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="214"/>
        <source>— not in the sheet —</source>
        <translation>— not in the sheet —</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="218"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="226"/>
        <source>The first rows of “%1”:</source>
        <translation>The first rows of “%1”:</translation>
    </message>
</context>
<context>
    <name>NeedRow</name>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="57"/>
        <source>What you saw and what they asked for</source>
        <translation>What you saw and what they asked for</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="144"/>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="144"/>
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="146"/>
        <source>Open a case for %1. The case starts at intake; the assessment and the service plan follow in the case screen.</source>
        <translation>Open a case for %1. The case starts at intake; the assessment and the service plan follow in the case screen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="148"/>
        <source>What the client or the family asks help with</source>
        <translation>What the client or the family asks help with</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="149"/>
        <source>&amp;Presenting problem</source>
        <translation>&amp;Presenting problem</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="57"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="58"/>
        <source>The same again</source>
        <translation>The same again</translation>
    </message>
</context>
<context>
    <name>PaperButton</name>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="30"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="32"/>
        <source>PDF, ID number &amp;masked…</source>
        <translation>PDF, ID number &amp;masked…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="34"/>
        <source>PDF, ID number in &amp;full (for an official submission)…</source>
        <translation>PDF, ID number in &amp;full (for an official submission)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/paper.py" line="70"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="87"/>
        <source>&amp;Find people</source>
        <translation>&amp;Find people</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="92"/>
        <source>Re&amp;move from the list</source>
        <translation>Re&amp;move from the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="128"/>
        <source>Taking part: %1</source>
        <translation>Taking part: %1</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="25"/>
        <source>Password and lock</source>
        <translation>Password and lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="27"/>
        <source>The records on this laptop are encrypted; the password opens them. The window locks by itself when nobody uses it, and at once with Ctrl+L.</source>
        <translation>The records on this laptop are encrypted; the password opens them. The window locks by itself when nobody uses it, and at once with Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="31"/>
        <source>Change the password…</source>
        <translation>Change the password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="34"/>
        <source>Add a person who uses this laptop…</source>
        <translation>Add a person who uses this laptop…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="40"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="41"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="50"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="63"/>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="70"/>
        <source>Added: %1 has a password of their own.</source>
        <translation>Added: %1 has a password of their own.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/password_box.py" line="79"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="55"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="55"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="59"/>
        <source>The station&apos;s social workers, its head and the supervisors who come to it. Someone who left is deactivated, not deleted.</source>
        <translation>The station&apos;s social workers, its head and the supervisors who come to it. Someone who left is deactivated, not deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="62"/>
        <source>Full name, e.g. 黄海燕</source>
        <translation>Full name, e.g. 黄海燕</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="69"/>
        <source>Optional, e.g. 13812345678</source>
        <translation>Optional, e.g. 13812345678</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="70"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="71"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="72"/>
        <source>&amp;Certification</source>
        <translation>&amp;Certification</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="73"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="81"/>
        <source>This laptop records as this person; their role is changed on the head&apos;s laptop.</source>
        <translation>This laptop records as this person; their role is changed on the head&apos;s laptop.</translation>
    </message>
</context>
<context>
    <name>PlanApprovalDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="113"/>
        <source>Request approval of the plan</source>
        <translation>Request approval of the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="114"/>
        <source>&amp;Send the request</source>
        <translation>&amp;Send the request</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="118"/>
        <source>This station starts a case&apos;s work once the head or the supervisor approved its plan: they see the goals and answer on Today.</source>
        <translation>This station starts a case&apos;s work once the head or the supervisor approved its plan: they see the goals and answer on Today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="120"/>
        <source>Anything the approver should know</source>
        <translation>Anything the approver should know</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="121"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="253"/>
        <location filename="../../app/ui/roster/roster_pages.py" line="264"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="254"/>
        <location filename="../../app/ui/roster/roster_pages.py" line="265"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="255"/>
        <source>ID no.</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="256"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="257"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="259"/>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="266"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="269"/>
        <source>&amp;Save the rows with problems…</source>
        <translation>&amp;Save the rows with problems…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="272"/>
        <source>An Excel file of these rows with their problems, to correct and import again</source>
        <translation>An Excel file of these rows with their problems, to correct and import again</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="279"/>
        <source>3. Check the rows, then import</source>
        <translation>3. Check the rows, then import</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="298"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="298"/>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="308"/>
        <source>%1 rows will be registered, %2 will be updated (already registered: same ID number), %3 rows have problems and will be left out.</source>
        <translation>%1 rows will be registered, %2 will be updated (already registered: same ID number), %3 rows have problems and will be left out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="314"/>
        <source>Rows to import (%1):</source>
        <translation>Rows to import (%1):</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_pages.py" line="319"/>
        <source>Rows with problems (%1), not imported; correct them in the sheet and import it again:</source>
        <translation>Rows with problems (%1), not imported; correct them in the sheet and import it again:</translation>
    </message>
</context>
<context>
    <name>Rail</name>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="37"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="37"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="38"/>
        <source>Cas&amp;es</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="38"/>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="39"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="39"/>
        <source>Statio&amp;n</source>
        <translation>Statio&amp;n</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="40"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="41"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="41"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="46"/>
        <source>Shegong</source>
        <translation>Shegong</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="154"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="157"/>
        <source>If the password is forgotten, this key opens the data again and a new password can be set; nothing is lost. It is shown only now. Write it down or print it, and keep it away from the laptop (with the station head, say).</source>
        <translation>If the password is forgotten, this key opens the data again and a new password can be set; nothing is lost. It is shown only now. Write it down or print it, and keep it away from the laptop (with the station head, say).</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="170"/>
        <source>I have written down the recovery key</source>
        <translation>I have written down the recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="174"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="192"/>
        <source>Shegong: recovery key</source>
        <translation>Shegong: recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="193"/>
        <source>It opens the encrypted records of the laptop if the password is forgotten. Keep this page away from the laptop.</source>
        <translation>It opens the encrypted records of the laptop if the password is forgotten. Keep this page away from the laptop.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="126"/>
        <source>Refer to another agency</source>
        <translation>Refer to another agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="126"/>
        <source>&amp;Refer</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="128"/>
        <source>Refer %1 to an agency that can help further.</source>
        <translation>Refer %1 to an agency that can help further.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="129"/>
        <source>Choose the agency</source>
        <translation>Choose the agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="130"/>
        <source>What the agency is asked to do, and why</source>
        <translation>What the agency is asked to do, and why</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="131"/>
        <source>&amp;Agency</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="132"/>
        <source>R&amp;eason for the referral</source>
        <translation>R&amp;eason for the referral</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="23"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="23"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="27"/>
        <source>Referral of %1 to %2</source>
        <translation>Referral of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="28"/>
        <source>Referred on %1: %2</source>
        <translation>Referred on %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="33"/>
        <source>What the agency did, and what it means for the client</source>
        <translation>What the agency did, and what it means for the client</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="37"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="38"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="39"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="40"/>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="47"/>
        <source>the referral of %1 to %2</source>
        <translation>the referral of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="54"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="55"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="55"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/clients/referral_dialog.py" line="56"/>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="48"/>
        <source>Search the client: name, pinyin initials, village or phone</source>
        <translation>Search the client: name, pinyin initials, village or phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="51"/>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="56"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="56"/>
        <source>A&amp;gency</source>
        <translation>A&amp;gency</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="62"/>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="63"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="64"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="65"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="67"/>
        <source>Reason and outcome</source>
        <translation>Reason and outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="84"/>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="108"/>
        <source>%1 referrals</source>
        <translation>%1 referrals</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="109"/>
        <source>No referral matches</source>
        <translation>No referral matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="117"/>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="119"/>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/referrals_panel.py" line="121"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="93"/>
        <source>Reopen the case</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="97"/>
        <source>Reopening puts the case back at the intervention stage so it can be edited again. The reason is kept in the case&apos;s history.</source>
        <translation>Reopening puts the case back at the intervention stage so it can be edited again. The reason is kept in the case&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="101"/>
        <source>Reason for reo&amp;pening</source>
        <translation>Reason for reo&amp;pening</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/case_stage.py" line="93"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="67"/>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="68"/>
        <source>The station&apos;s monthly report for the county: choose the month, check the figures, then save the report as Excel, PDF or JSON.</source>
        <translation>The station&apos;s monthly report for the county: choose the month, check the figures, then save the report as Excel, PDF or JSON.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="127"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="91"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="92"/>
        <source>Count the figures again</source>
        <translation>Count the figures again</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="99"/>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="107"/>
        <source>Save as E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="108"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="109"/>
        <source>Save as &amp;JSON…</source>
        <translation>Save as &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="121"/>
        <source>Open f&amp;older</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="122"/>
        <source>Show the saved file in its folder</source>
        <translation>Show the saved file in its folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="138"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="178"/>
        <source>Counting the figures for %1…</source>
        <translation>Counting the figures for %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="187"/>
        <source>%1: %2 people served, %3 visits, %4 activities.</source>
        <translation>%1: %2 people served, %3 visits, %4 activities.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="194"/>
        <source>The figures could not be counted; the log file has the details.</source>
        <translation>The figures could not be counted; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="210"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="211"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="212"/>
        <source>JSON file (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="214"/>
        <source>monthly-report</source>
        <translation>monthly-report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="215"/>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="229"/>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="240"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="250"/>
        <source>The report could not be saved as %1: the folder does not exist or may not be written to. Choose another folder and save again.</source>
        <translation>The report could not be saved as %1: the folder does not exist or may not be written to. Choose another folder and save again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/reports_page.py" line="254"/>
        <source>The report could not be saved; the log file has the details.</source>
        <translation>The report could not be saved; the log file has the details.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="258"/>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="262"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="265"/>
        <source>Type the recovery key you wrote down when the password was first set, and a new password. The records stay as they are.</source>
        <translation>Type the recovery key you wrote down when the password was first set, and a new password. The records stay as they are.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="138"/>
        <source>Conflicts: two devices changed the same field</source>
        <translation>Conflicts: two devices changed the same field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="145"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="142"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="146"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="147"/>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="149"/>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="153"/>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="151"/>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="161"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Keep the current value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="164"/>
        <source>Use the &amp;other value</source>
        <translation>Use the &amp;other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="169"/>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="182"/>
        <source>Possible duplicates: the same ID number on two records</source>
        <translation>Possible duplicates: the same ID number on two records</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="184"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="185"/>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="186"/>
        <source>Record merged into it</source>
        <translation>Record merged into it</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="193"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="198"/>
        <source>No two records share an ID number.</source>
        <translation>No two records share an ID number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="232"/>
        <source>Settled: %1 of %2.</source>
        <translation>Settled: %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="240"/>
        <source>Merge the two records?</source>
        <translation>Merge the two records?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="241"/>
        <source>Both records have the ID number %1. Keep “%2” and move the visits, cases, categories, household and activities of the other record (“%3”) to it? The other record is then voided as merged.</source>
        <translation>Both records have the ID number %1. Keep “%2” and move the visits, cases, categories, household and activities of the other record (“%3”) to it? The other record is then voided as merged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="251"/>
        <source>“%1” was merged.</source>
        <translation>“%1” was merged.</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="63"/>
        <source>Import clients from Excel</source>
        <translation>Import clients from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="89"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="91"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="95"/>
        <location filename="../../app/ui/roster/roster_import.py" line="146"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="144"/>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="146"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="173"/>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="174"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="182"/>
        <source>Reading the workbook…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="204"/>
        <source>Choose the columns that hold the name and the ID number: rows are matched to registered people by ID number.</source>
        <translation>Choose the columns that hold the name and the ID number: rows are matched to registered people by ID number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="208"/>
        <source>The sheet has no category column: go back to step 1 and choose the category of these people, or choose the column that holds it.</source>
        <translation>The sheet has no category column: go back to step 1 and choose the category of these people, or choose the column that holds it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="216"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="231"/>
        <source>Importing (one transaction)…</source>
        <translation>Importing (one transaction)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="238"/>
        <source>Registered %1 people, updated %2, unchanged %3; rows with problems: %4.</source>
        <translation>Registered %1 people, updated %2, unchanged %3; rows with problems: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="252"/>
        <source>%1 (rows with problems).xlsx</source>
        <translation>%1 (rows with problems).xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="253"/>
        <source>Save the rows with problems</source>
        <translation>Save the rows with problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="254"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="265"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="266"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="271"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster/roster_import.py" line="297"/>
        <source>That did not work (%1); the log file has the details.</source>
        <translation>That did not work (%1); the log file has the details.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="156"/>
        <source>Showing the first %1 of %2</source>
        <translation>Showing the first %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="158"/>
        <source>Nothing here today.</source>
        <translation>Nothing here today.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="131"/>
        <source>Protect the data with a password</source>
        <translation>Protect the data with a password</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="134"/>
        <source>The records on this laptop are not encrypted yet. Choose a password: Shegong then encrypts them (a backup is made first) and asks for the password at every start.</source>
        <translation>The records on this laptop are not encrypted yet. Choose a password: Shegong then encrypts them (a backup is made first) and asks for the password at every start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/access_dialogs.py" line="138"/>
        <source>Shegong keeps the records of the people you serve encrypted on this laptop. Choose a password; it is asked at every start and when the window is locked. A lost laptop then shows nothing.</source>
        <translation>Shegong keeps the records of the people you serve encrypted on this laptop. Choose a password; it is asked at every start and when the window is locked. A lost laptop then shows nothing.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="60"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="61"/>
        <source>The language of the window, how often each group of clients is visited, your profile, what needs the head&apos;s approval, and where this laptop keeps its data.</source>
        <translation>The language of the window, how often each group of clients is visited, your profile, what needs the head&apos;s approval, and where this laptop keeps its data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="96"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="97"/>
        <source>C&amp;hinese (中文)</source>
        <translation>C&amp;hinese (中文)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="99"/>
        <source>E&amp;nglish</source>
        <translation>E&amp;nglish</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="102"/>
        <source>Use this &amp;language</source>
        <translation>Use this &amp;language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="126"/>
        <source>The setting could not be saved: %1</source>
        <translation>The setting could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="129"/>
        <location filename="../../app/ui/settings/settings_page.py" line="184"/>
        <location filename="../../app/ui/settings/settings_page.py" line="264"/>
        <location filename="../../app/ui/settings/settings_page.py" line="311"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="135"/>
        <source>Visit intervals</source>
        <translation>Visit intervals</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="136"/>
        <source>How many days may pass between two visits to a client of each category. A client in several categories is visited as often as the strictest one asks.</source>
        <translation>How many days may pass between two visits to a client of each category. A client in several categories is visited as often as the strictest one asks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="146"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="153"/>
        <source>Save &amp;intervals</source>
        <translation>Save &amp;intervals</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="156"/>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="188"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="190"/>
        <source>Closing a case needs the &amp;head&apos;s or the supervisor&apos;s approval</source>
        <translation>Closing a case needs the &amp;head&apos;s or the supervisor&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="193"/>
        <source>A case&apos;s service &amp;plan needs that approval before the work starts</source>
        <translation>A case&apos;s service &amp;plan needs that approval before the work starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="196"/>
        <source>Workers then send a request; you see it on Today and approve it or send it back with a comment. Your own laptop closes without asking.</source>
        <translation>Workers then send a request; you see it on Today and approve it or send it back with a comment. Your own laptop closes without asking.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="227"/>
        <source>Attached photos</source>
        <translation>Attached photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="228"/>
        <source>A photo is made smaller when it is attached, so that bundles stay small enough for a USB stick or a messaging app. An ID card or a form stays readable at 1,600 pixels.</source>
        <translation>A photo is made smaller when it is attached, so that bundles stay small enough for a USB stick or a messaging app. An ID card or a form stays readable at 1,600 pixels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="237"/>
        <source> pixels</source>
        <translation> pixels</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="238"/>
        <source>&amp;Longest edge</source>
        <translation>&amp;Longest edge</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="240"/>
        <source>Save photo si&amp;ze</source>
        <translation>Save photo si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="268"/>
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="279"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="280"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="281"/>
        <source>Certi&amp;fication</source>
        <translation>Certi&amp;fication</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="284"/>
        <location filename="../../app/ui/settings/settings_page.py" line="347"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="285"/>
        <source>&amp;Update my profile</source>
        <translation>&amp;Update my profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="315"/>
        <source>Where the data lives</source>
        <translation>Where the data lives</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="320"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="321"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="323"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="324"/>
        <source>Log files</source>
        <translation>Log files</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="328"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="343"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="346"/>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="346"/>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="347"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="348"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_page.py" line="373"/>
        <source>This laptop has no worker profile.</source>
        <translation>This laptop has no worker profile.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="71"/>
        <source>Shegong — social-work station assistant</source>
        <translation>Shegong — social-work station assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rail.py" line="79"/>
        <source>Opening the data…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
<context>
    <name>StationChartsPanel</name>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="103"/>
        <source>Visits per week, last 13 weeks</source>
        <translation>Visits per week, last 13 weeks</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="104"/>
        <source>Clients by category</source>
        <translation>Clients by category</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="105"/>
        <source>Training hours this year (target %1)</source>
        <translation>Training hours this year (target %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="127"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="144"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="159"/>
        <source>On pace</source>
        <translation>On pace</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="161"/>
        <source>Behind the year&apos;s pace</source>
        <translation>Behind the year&apos;s pace</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="167"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_charts.py" line="171"/>
        <source>Target: %1 hours</source>
        <translation>Target: %1 hours</translation>
    </message>
</context>
<context>
    <name>StationLogs</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="377"/>
        <location filename="../../app/ui/station/station_logs.py" line="387"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="378"/>
        <location filename="../../app/ui/station/station_logs.py" line="478"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="379"/>
        <location filename="../../app/ui/station/station_logs.py" line="390"/>
        <location filename="../../app/ui/station/station_logs.py" line="405"/>
        <location filename="../../app/ui/station/station_logs.py" line="475"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="380"/>
        <location filename="../../app/ui/station/station_logs.py" line="391"/>
        <location filename="../../app/ui/station/station_logs.py" line="478"/>
        <location filename="../../app/ui/station/station_logs.py" line="481"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="381"/>
        <location filename="../../app/ui/station/station_logs.py" line="479"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="382"/>
        <location filename="../../app/ui/station/station_logs.py" line="479"/>
        <source>Cases discussed</source>
        <translation>Cases discussed</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="383"/>
        <location filename="../../app/ui/station/station_logs.py" line="480"/>
        <source>Follow-ups agreed</source>
        <translation>Follow-ups agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="338"/>
        <source>&amp;Logs of year</source>
        <translation>&amp;Logs of year</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="375"/>
        <source>Add su&amp;pervision…</source>
        <translation>Add su&amp;pervision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="385"/>
        <source>Add trainin&amp;g…</source>
        <translation>Add trainin&amp;g…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="389"/>
        <location filename="../../app/ui/station/station_logs.py" line="483"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="392"/>
        <location filename="../../app/ui/station/station_logs.py" line="482"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="393"/>
        <location filename="../../app/ui/station/station_logs.py" line="482"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="394"/>
        <location filename="../../app/ui/station/station_logs.py" line="483"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="349"/>
        <source>Supervision log</source>
        <translation>Supervision log</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="350"/>
        <source>Training log</source>
        <translation>Training log</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="351"/>
        <source>Volunteers and cadres</source>
        <translation>Volunteers and cadres</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="366"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="399"/>
        <source>Add to the re&amp;gister…</source>
        <translation>Add to the re&amp;gister…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="401"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="402"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="403"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="404"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="406"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="408"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="447"/>
        <source>The logs could not be loaded; the log file has the details.</source>
        <translation>The logs could not be loaded; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="475"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="477"/>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="481"/>
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="505"/>
        <source>the supervision of %1</source>
        <translation>the supervision of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="508"/>
        <source>%1&apos;s training of %2: %3</source>
        <translation>%1&apos;s training of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="512"/>
        <source>%1 sessions, %2 hours in all</source>
        <translation>%1 sessions, %2 hours in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="516"/>
        <source>%1 people, %2 hours in the year</source>
        <translation>%1 people, %2 hours in the year</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="520"/>
        <source>%1 trainings, %2 hours in all</source>
        <translation>%1 trainings, %2 hours in all</translation>
    </message>
</context>
<context>
    <name>StationMonthDialog</name>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="282"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/county/county_page.py" line="287"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="128"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="134"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="134"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="135"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="147"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="175"/>
        <source>Checking the rules…</source>
        <translation>Checking the rules…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="178"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="183"/>
        <source>Chan&amp;ges to the records…</source>
        <translation>Chan&amp;ges to the records…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="185"/>
        <source>Every change: who made it, on which laptop, when</source>
        <translation>Every change: who made it, on which laptop, when</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="212"/>
        <source>Training hours</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="212"/>
        <source>Add training…</source>
        <translation>Add training…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="213"/>
        <source>Supervision this month</source>
        <translation>Supervision this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="214"/>
        <source>Add supervision…</source>
        <translation>Add supervision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="215"/>
        <source>Overdue visits</source>
        <translation>Overdue visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="215"/>
        <location filename="../../app/ui/station/station_page.py" line="216"/>
        <source>Open Today</source>
        <translation>Open Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="216"/>
        <source>Case follow-up</source>
        <translation>Case follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="217"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="217"/>
        <location filename="../../app/ui/station/station_page.py" line="218"/>
        <source>Open Sync</source>
        <translation>Open Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="218"/>
        <source>Duplicate registrations</source>
        <translation>Duplicate registrations</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="263"/>
        <source>The rules could not be checked; the log file has the details.</source>
        <translation>The rules could not be checked; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="142"/>
        <source>The charts appear once the figures are in.</source>
        <translation>The charts appear once the figures are in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="129"/>
        <source>Whether the station meets the rules of the provincial plan, what to do where it does not, the station&apos;s people, and the supervision and training logs.</source>
        <translation>Whether the station meets the rules of the provincial plan, what to do where it does not, the station&apos;s people, and the supervision and training logs.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="151"/>
        <source>Supervision and training logs</source>
        <translation>Supervision and training logs</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="245"/>
        <source>The plan&apos;s rules as of %1</source>
        <translation>The plan&apos;s rules as of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="270"/>
        <source>No worker of this station is registered yet.</source>
        <translation>No worker of this station is registered yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="271"/>
        <source>Every worker keeps the pace for %1 training hours this year.</source>
        <translation>Every worker keeps the pace for %1 training hours this year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="274"/>
        <source>Supervision done this month: %1 sessions, %2 hours in all.</source>
        <translation>Supervision done this month: %1 sessions, %2 hours in all.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="277"/>
        <source>No client is overdue for a visit.</source>
        <translation>No client is overdue for a visit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="278"/>
        <source>Every open case had a visit in the last %1 days.</source>
        <translation>Every open case had a visit in the last %1 days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="280"/>
        <source>No sync conflict is waiting for a choice.</source>
        <translation>No sync conflict is waiting for a choice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="281"/>
        <source>No client is registered twice with the same ID number.</source>
        <translation>No client is registered twice with the same ID number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="289"/>
        <source>%1: %2 overdue</source>
        <translation>%1: %2 overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_page.py" line="292"/>
        <source>By category: %1</source>
        <translation>By category: %1</translation>
    </message>
</context>
<context>
    <name>StationPeople</name>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="113"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="115"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="117"/>
        <location filename="../../app/ui/station/station_people.py" line="216"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="125"/>
        <source>Only the station head&apos;s laptop adds, edits and deactivates the station&apos;s people.</source>
        <translation>Only the station head&apos;s laptop adds, edits and deactivates the station&apos;s people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="151"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="152"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="154"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="156"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="157"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="160"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="160"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="161"/>
        <source>%1 (this laptop)</source>
        <translation>%1 (this laptop)</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="175"/>
        <source>%1 active, %2 inactive</source>
        <translation>%1 active, %2 inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="189"/>
        <source>The station&apos;s people could not be loaded; the log file has the details.</source>
        <translation>The station&apos;s people could not be loaded; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="215"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="237"/>
        <source>%1 is inactive now; Reactivate brings them back.</source>
        <translation>%1 is inactive now; Reactivate brings them back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="239"/>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_people.py" line="251"/>
        <source>%1 is saved.</source>
        <translation>%1 is saved.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="84"/>
        <source>Add supervision</source>
        <translation>Add supervision</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="84"/>
        <source>Correct a supervision</source>
        <translation>Correct a supervision</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="88"/>
        <source>The station is supervised at least once a month, at least %1 hours in all. Record one session a day (at most %2 hours): a supervision over two days is two sessions.</source>
        <translation>The station is supervised at least once a month, at least %1 hours in all. Record one session a day (at most %2 hours): a supervision over two days is two sessions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="100"/>
        <source>Choose, or type a new supervisor&apos;s name</source>
        <translation>Choose, or type a new supervisor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="103"/>
        <source>e.g. case supervision, writing service records</source>
        <translation>e.g. case supervision, writing service records</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="104"/>
        <source>Which cases were discussed</source>
        <translation>Which cases were discussed</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="105"/>
        <source>What the workers will do before the next session</source>
        <translation>What the workers will do before the next session</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="107"/>
        <source>Session &amp;date</source>
        <translation>Session &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="108"/>
        <source>Su&amp;pervisor</source>
        <translation>Su&amp;pervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="109"/>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="110"/>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="111"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="112"/>
        <source>&amp;Cases discussed</source>
        <translation>&amp;Cases discussed</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="113"/>
        <source>F&amp;ollow-ups agreed</source>
        <translation>F&amp;ollow-ups agreed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="79"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="80"/>
        <source>Exchange encrypted sync files with the station and the county: on a USB stick or through a messaging app. Only devices whose card you trusted can read them.</source>
        <translation>Exchange encrypted sync files with the station and the county: on a USB stick or through a messaging app. Only devices whose card you trusted can read them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="96"/>
        <source>This device and trusted devices</source>
        <translation>This device and trusted devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="97"/>
        <source>Export and import</source>
        <translation>Export and import</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="98"/>
        <location filename="../../app/ui/sync/sync_page.py" line="143"/>
        <source>Conflicts and duplicates</source>
        <translation>Conflicts and duplicates</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="99"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="101"/>
        <source>Repair cl&amp;ock</source>
        <translation>Repair cl&amp;ock</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="104"/>
        <source>Write again, with today&apos;s date, what this laptop wrote while its clock was ahead, so other devices can apply it</source>
        <translation>Write again, with today&apos;s date, what this laptop wrote while its clock was ahead, so other devices can apply it</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="125"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="128"/>
        <source>The sync information could not be loaded; the log file has the details.</source>
        <translation>The sync information could not be loaded; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="142"/>
        <source>Conflicts and duplicates (%1)</source>
        <translation>Conflicts and duplicates (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="151"/>
        <source>%1 changes from “%2” are dated %3 days ahead of this computer&apos;s clock and are kept aside, not applied: ask its user to set the computer&apos;s date and time right, then use ‘Repair clock’ on that laptop.</source>
        <translation>%1 changes from “%2” are dated %3 days ahead of this computer&apos;s clock and are kept aside, not applied: ask its user to set the computer&apos;s date and time right, then use ‘Repair clock’ on that laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="160"/>
        <source>This computer&apos;s clock is %1 days behind the newest record on it; check the computer&apos;s date. If the date is right now, the records written while it was wrong are dated ahead and other devices keep them aside: use ‘Repair clock’.</source>
        <translation>This computer&apos;s clock is %1 days behind the newest record on it; check the computer&apos;s date. If the date is right now, the records written while it was wrong are dated ahead and other devices keep them aside: use ‘Repair clock’.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="176"/>
        <source>“%1” signed two different sync files with the same number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</source>
        <translation>“%1” signed two different sync files with the same number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="182"/>
        <source>“%1” signed two different versions of its change number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Bundles that carry the other version are refused. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</source>
        <translation>“%1” signed two different versions of its change number %2 (seen on %3 in %4): its key may be stolen, or its data folder copied to a second laptop. Bundles that carry the other version are refused. Ask its user; the station head can revoke it under ‘This device and trusted devices’.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="197"/>
        <source>Repair clock</source>
        <translation>Repair clock</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="198"/>
        <source>Is this computer&apos;s date and time right now? The records this laptop wrote while its clock was ahead are written again with today&apos;s date, so the other devices apply them.</source>
        <translation>Is this computer&apos;s date and time right now? The records this laptop wrote while its clock was ahead are written again with today&apos;s date, so the other devices apply them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="209"/>
        <source>Clock repaired: %1 records written again with today&apos;s date.</source>
        <translation>Clock repaired: %1 records written again with today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="216"/>
        <source>The clock could not be repaired; the log file has the details.</source>
        <translation>The clock could not be repaired; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="223"/>
        <source>Import sync files</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_page.py" line="224"/>
        <source>Sync files (*.shegong *.bundle);;All files (*)</source>
        <translation>Sync files (*.shegong *.bundle);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="48"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="49"/>
        <source>Client category</source>
        <translation>Client category</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="50"/>
        <source>Household member</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="51"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="52"/>
        <source>Worker on a visit</source>
        <translation>Worker on a visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="53"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="54"/>
        <source>Case goal</source>
        <translation>Case goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="55"/>
        <source>Case step</source>
        <translation>Case step</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="56"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="57"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="58"/>
        <source>Activity participant</source>
        <translation>Activity participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="59"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="60"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="61"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="62"/>
        <source>Supervision session</source>
        <translation>Supervision session</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="63"/>
        <source>Training record</source>
        <translation>Training record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="71"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="72"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="73"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="74"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="75"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="76"/>
        <source>Village group</source>
        <translation>Village group</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="77"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="78"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="79"/>
        <source>Assigned worker</source>
        <translation>Assigned worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="81"/>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="82"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="83"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="84"/>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="85"/>
        <source>Duration (minutes)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="86"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="87"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="88"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="89"/>
        <source>Services delivered</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="90"/>
        <source>Risks noticed</source>
        <translation>Risks noticed</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="91"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="92"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="93"/>
        <source>Presenting problem</source>
        <translation>Presenting problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="94"/>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="95"/>
        <source>Problems and needs</source>
        <translation>Problems and needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="96"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="97"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="98"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="99"/>
        <source>Activity date</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="100"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="101"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="102"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="103"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="104"/>
        <source>Voided (reason)</source>
        <translation>Voided (reason)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="112"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="116"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_review_tabs.py" line="116"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="173"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="174"/>
        <source>Who to see today and what is still unfinished. Double-click a line (or press Enter) to open the client; the button records the visit.</source>
        <translation>Who to see today and what is still unfinished. Double-click a line (or press Enter) to open the client; the button records the visit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="183"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="184"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="185"/>
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="187"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="205"/>
        <source>Record visit</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="205"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="206"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="207"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="209"/>
        <source>Follow-ups due today or overdue</source>
        <translation>Follow-ups due today or overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="211"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="212"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="214"/>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="215"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="217"/>
        <source>Clients waiting for a visit</source>
        <translation>Clients waiting for a visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="219"/>
        <source>Cases in intervention with no visit for %1 days</source>
        <translation>Cases in intervention with no visit for %1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="222"/>
        <source>Referrals with no answer or result for %1 days</source>
        <translation>Referrals with no answer or result for %1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="224"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="225"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="226"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="227"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="230"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="231"/>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="233"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="235"/>
        <source>Unfinished visit records</source>
        <translation>Unfinished visit records</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="295"/>
        <source>Today&apos;s lists could not be computed; the log file has the details.</source>
        <translation>Today&apos;s lists could not be computed; the log file has the details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="229"/>
        <location filename="../../app/ui/today/today_page.py" line="236"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="228"/>
        <source>Requests waiting for your approval</source>
        <translation>Requests waiting for your approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="232"/>
        <source>Asks to approve</source>
        <translation>Asks to approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="237"/>
        <source>Last kept</source>
        <translation>Last kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="238"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="299"/>
        <source>the service plan</source>
        <translation>the service plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="300"/>
        <source>closing: %1</source>
        <translation>closing: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="324"/>
        <source>%1 days late</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="324"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="327"/>
        <source>never visited</source>
        <translation>never visited</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="330"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="333"/>
        <source>client not chosen yet</source>
        <translation>client not chosen yet</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="150"/>
        <source>Add training</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="151"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="164"/>
        <source>e.g. child protection policy</source>
        <translation>e.g. child protection policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="166"/>
        <source>e.g. county civil affairs bureau</source>
        <translation>e.g. county civil affairs bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="201"/>
        <source>Certificate number, if one was given</source>
        <translation>Certificate number, if one was given</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="154"/>
        <source>Every resident social worker needs at least 48 hours of training a year. Tick everyone who attended: the training counts for each.</source>
        <translation>Every resident social worker needs at least 48 hours of training a year. Tick everyone who attended: the training counts for each.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="150"/>
        <source>Correct a training record</source>
        <translation>Correct a training record</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="168"/>
        <source>Social &amp;workers</source>
        <translation>Social &amp;workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="172"/>
        <source>No active worker of this station yet: add the station&apos;s people first.</source>
        <translation>No active worker of this station yet: add the station&apos;s people first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="173"/>
        <source>Training &amp;date</source>
        <translation>Training &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="174"/>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="175"/>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="176"/>
        <source>&amp;Topic</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="177"/>
        <source>&amp;Provider</source>
        <translation>&amp;Provider</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="178"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <location filename="../../app/ui/station/station_logs.py" line="202"/>
        <source>Several workers: each one&apos;s certificate is not entered here</source>
        <translation>Several workers: each one&apos;s certificate is not entered here</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="98"/>
        <source>Trust a device</source>
        <translation>Trust a device</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="99"/>
        <source>Trust the device “%1” of %2?</source>
        <translation>Trust the device “%1” of %2?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="103"/>
        <source>Phone the device&apos;s user and check the fingerprint with them, group by group. Trust it only if every group is the same: bundles from this device will then be imported here.</source>
        <translation>Phone the device&apos;s user and check the fingerprint with them, group by group. Trust it only if every group is the same: bundles from this device will then be imported here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="109"/>
        <source>Device ID %1</source>
        <translation>Device ID %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="115"/>
        <source>&amp;Role of this device:</source>
        <translation>&amp;Role of this device:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="122"/>
        <source>&amp;Trust this device</source>
        <translation>&amp;Trust this device</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_dialogs.py" line="126"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>VisitDrafts</name>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="149"/>
        <source>One unfinished visit record was found. Resume it?</source>
        <translation>One unfinished visit record was found. Resume it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="151"/>
        <source>%1 unfinished visit records were found. Resume them?</source>
        <translation>%1 unfinished visit records were found. Resume them?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="154"/>
        <source>If you choose No, they wait for you on the Today page.</source>
        <translation>If you choose No, they wait for you on the Today page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/drafts.py" line="156"/>
        <source>Unfinished visit records</source>
        <translation>Unfinished visit records</translation>
    </message>
</context>
<context>
    <name>VisitFormDialog</name>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="97"/>
        <source>Home visit record</source>
        <translation>Home visit record</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="118"/>
        <source>Resumed from an unfinished record.</source>
        <translation>Resumed from an unfinished record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="121"/>
        <source>A saved visit: your corrections are kept in its history.</source>
        <translation>A saved visit: your corrections are kept in its history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="152"/>
        <location filename="../../app/ui/visits/visit_form.py" line="158"/>
        <source>Clie&amp;nt</source>
        <translation>Clie&amp;nt</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="165"/>
        <source>Visit &amp;date</source>
        <translation>Visit &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="168"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="171"/>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="174"/>
        <source>&amp;Workers present</source>
        <translation>&amp;Workers present</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="176"/>
        <source>None registered yet (Station → Volunteers and cadres)</source>
        <translation>None registered yet (Station → Volunteers and cadres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="178"/>
        <source>Volunteers, cadres</source>
        <translation>Volunteers, cadres</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="181"/>
        <source>e.g. the client and her granddaughter</source>
        <translation>e.g. the client and her granddaughter</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="182"/>
        <source>&amp;People met</source>
        <translation>&amp;People met</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="185"/>
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="189"/>
        <source>R&amp;isks noticed</source>
        <translation>R&amp;isks noticed</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="194"/>
        <source>M&amp;aterial needs</source>
        <translation>M&amp;aterial needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="195"/>
        <source>&amp;Emotional needs</source>
        <translation>&amp;Emotional needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="196"/>
        <source>Socia&amp;l needs</source>
        <translation>Socia&amp;l needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="203"/>
        <source>Ser&amp;vices delivered</source>
        <translation>Ser&amp;vices delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="210"/>
        <source>Next &amp;follow-up</source>
        <translation>Next &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="211"/>
        <source>Part of the open &amp;case</source>
        <translation>Part of the open &amp;case</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="252"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="252"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="254"/>
        <source>Save the visit record (Ctrl+S)</source>
        <translation>Save the visit record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="255"/>
        <source>Disca&amp;rd</source>
        <translation>Disca&amp;rd</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="256"/>
        <source>Throw this record away, with its draft</source>
        <translation>Throw this record away, with its draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="257"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="258"/>
        <source>Close without saving the changes</source>
        <translation>Close without saving the changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="259"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>Close; what you typed is kept as a draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="260"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="262"/>
        <source>Who recorded and changed this visit, when</source>
        <translation>Who recorded and changed this visit, when</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="263"/>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="265"/>
        <source>Take this visit out of every list, count and report; it stays in the records with the reason</source>
        <translation>Take this visit out of every list, count and report; it stays in the records with the reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="267"/>
        <source>Record shee&amp;t…</source>
        <translation>Record shee&amp;t…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="269"/>
        <source>The visit record sheet (走访记录表) for the paper archive: print it, or save it as a PDF</source>
        <translation>The visit record sheet (走访记录表) for the paper archive: print it, or save it as a PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="359"/>
        <source>Home visit record: %1</source>
        <translation>Home visit record: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="367"/>
        <source>%1 · stage: %2</source>
        <translation>%1 · stage: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="400"/>
        <source>Draft kept at %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="475"/>
        <source>Please choose the client you visited.</source>
        <translation>Please choose the client you visited.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="500"/>
        <source>the visit of %1</source>
        <translation>the visit of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="519"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="528"/>
        <source>visit record</source>
        <translation>visit record</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="527"/>
        <source>Save the visit record sheet</source>
        <translation>Save the visit record sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="537"/>
        <source>Sheet saved: %1</source>
        <translation>Sheet saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="542"/>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="542"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="543"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="543"/>
        <source>Worker who led it</source>
        <translation>Worker who led it</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="544"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="545"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="545"/>
        <source>Risks noticed</source>
        <translation>Risks noticed</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="546"/>
        <source>Services delivered</source>
        <translation>Services delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="547"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="547"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="550"/>
        <source>%1: level</source>
        <translation>%1: level</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="551"/>
        <source>%1: notes</source>
        <translation>%1: notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="557"/>
        <source>Discard this record?</source>
        <translation>Discard this record?</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="558"/>
        <source>Throw away this visit record? What you typed will be deleted.</source>
        <translation>Throw away this visit record? What you typed will be deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="584"/>
        <source>Drop your corrections?</source>
        <translation>Drop your corrections?</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_form.py" line="585"/>
        <source>This visit was changed here but not saved. Close and drop the changes?</source>
        <translation>This visit was changed here but not saved. Close and drop the changes?</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="43"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="44"/>
        <source>Every home visit of the station, newest first. Double-click one (or press Enter) to open it: correct it, void it or read its history.</source>
        <translation>Every home visit of the station, newest first. Double-click one (or press Enter) to open it: correct it, void it or read its history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="58"/>
        <source>&amp;New visit record…</source>
        <translation>&amp;New visit record…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="61"/>
        <source>Record a home visit of any client (Ctrl+N)</source>
        <translation>Record a home visit of any client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="64"/>
        <source>Search the client: name, pinyin initials, village or phone (Ctrl+F)</source>
        <translation>Search the client: name, pinyin initials, village or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="78"/>
        <source>All workers</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="80"/>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="81"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="82"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>Led &amp;by</source>
        <translation>Led &amp;by</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="85"/>
        <source>Mo&amp;de</source>
        <translation>Mo&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="86"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="87"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="96"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="97"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="98"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="99"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="100"/>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="101"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="142"/>
        <source>%1 visits</source>
        <translation>%1 visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="144"/>
        <source>No visit matches</source>
        <translation>No visit matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="146"/>
        <source>No visits recorded yet.</source>
        <translation>No visits recorded yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visits_page.py" line="150"/>
        <source>The visits could not be loaded; the log file has the details.</source>
        <translation>The visits could not be loaded; the log file has the details.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="98"/>
        <source>Void a record</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="98"/>
        <source>&amp;Void</source>
        <translation>&amp;Void</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="100"/>
        <source>Void “%1”? It stays in the records with the reason you give, but no longer appears in lists, counts or reports.</source>
        <translation>Void “%1”? It stays in the records with the reason you give, but no longer appears in lists, counts or reports.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="103"/>
        <source>e.g. registered twice</source>
        <translation>e.g. registered twice</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/record_dialogs.py" line="104"/>
        <source>&amp;Reason for voiding</source>
        <translation>&amp;Reason for voiding</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="140"/>
        <location filename="../../app/ui/activities/activity_form.py" line="161"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="141"/>
        <source>&amp;Volunteer</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="145"/>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="152"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="153"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="162"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="163"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="170"/>
        <source>Remove volunteer</source>
        <translation>Remove volunteer</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="219"/>
        <source>Enter the volunteer&apos;s name first.</source>
        <translation>Enter the volunteer&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activities/activity_form.py" line="238"/>
        <source>%1 volunteers, %2 hours in all</source>
        <translation>%1 volunteers, %2 hours in all</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/kit/widgets.py" line="152"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/widgets.py" line="153"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>WorkerChecklist</name>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="104"/>
        <source>Leading the visit: %1</source>
        <translation>Leading the visit: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/visit_fields.py" line="105"/>
        <source>Tick who was there; the first one ticked leads.</source>
        <translation>Tick who was there; the first one ticked leads.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/ui/main.py" line="81"/>
        <source>Shegong cannot start</source>
        <translation>Shegong cannot start</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="192"/>
        <source>The computer&apos;s date jumped %1 days ahead of the newest record on this laptop. Check it before recording anything: records saved now would carry that date.</source>
        <translation>The computer&apos;s date jumped %1 days ahead of the newest record on this laptop. Check it before recording anything: records saved now would carry that date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="197"/>
        <source>The computer&apos;s clock is behind the newest record on this laptop by %1 days; check the date. If the date is right now, the records written while it was wrong are dated ahead: use ‘Repair clock’ on the Sync page.</source>
        <translation>The computer&apos;s clock is behind the newest record on this laptop by %1 days; check the date. If the date is right now, the records written while it was wrong are dated ahead: use ‘Repair clock’ on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="202"/>
        <source>The computer&apos;s clock is behind the newest record on this laptop by %1 hours; check the date and time.</source>
        <translation>The computer&apos;s clock is behind the newest record on this laptop by %1 hours; check the date and time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="205"/>
        <source>Check the computer&apos;s date</source>
        <translation>Check the computer&apos;s date</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="25"/>
        <source>The data is damaged</source>
        <translation>The data is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="32"/>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="34"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../app/ui/kit/restore_offer.py" line="36"/>
        <source>What was saved after the backup is lost on this laptop; what was sent in bundles comes back from the other laptops. The damaged file is kept in the backups folder.</source>
        <translation>What was saved after the backup is lost on this laptop; what was sent in bundles comes back from the other laptops. The damaged file is kept in the backups folder.</translation>
    </message>
</context>
</TS>
