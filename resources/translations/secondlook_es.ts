<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/banner.py" line="24"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="28"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="29"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConductEntryDialog</name>
    <message>
        <location filename="../../ui/conduct_tab.py" line="125"/>
        <source>Add conduct entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="130"/>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="131"/>
        <source>Date of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="133"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="137"/>
        <source>Division of a serious violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="138"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="142"/>
        <source>Violent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="143"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="143"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="143"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="146"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="149"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="150"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="151"/>
        <source>D&amp;ivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="152"/>
        <source>&amp;Violent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="153"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="171"/>
        <source>Expected {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="173"/>
        <source>This date is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="177"/>
        <source>A division applies only to a serious rules violation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConductTab</name>
    <message>
        <location filename="../../ui/conduct_tab.py" line="203"/>
        <source>Conduct summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="208"/>
        <source>Conduct timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="222"/>
        <source>&amp;Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="223"/>
        <source>Add conduct entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="224"/>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="225"/>
        <source>Remove selected conduct entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conduct_tab.py" line="237"/>
        <source>No conduct entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../ui/documents_tab.py" line="17"/>
        <source>Generated &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="19"/>
        <source>Generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="21"/>
        <source>E&amp;xhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="23"/>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="25"/>
        <source>Petitions and letters generated for this person will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="34"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="34"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="40"/>
        <source>No documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="42"/>
        <source>No exhibits yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityView</name>
    <message>
        <location filename="../../ui/eligibility_view.py" line="98"/>
        <source>Eligibility by program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <location filename="../../ui/facts_form.py" line="72"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="74"/>
        <source>&amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="74"/>
        <source>CDCR, BOP or DOC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="75"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="76"/>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="77"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="78"/>
        <source>J&amp;urisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="80"/>
        <source>Race/ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="81"/>
        <source>for population reports only; never used by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="82"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="85"/>
        <source>Controlling case and custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="87"/>
        <source>&amp;Offense date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="88"/>
        <source>&amp;Custody start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="89"/>
        <source>Custody brea&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="90"/>
        <source>YYYY-MM-DD..YYYY-MM-DD; … (first day out..day back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="91"/>
        <source>Controlling offense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="92"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="93"/>
        <source>County / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="96"/>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="98"/>
        <source>Sentence &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="100"/>
        <source>Sentence &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="101"/>
        <source>Term (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="102"/>
        <source>Term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="103"/>
        <source>Life term minimum (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="104"/>
        <source>15 for 15-to-life, 25 for 25-to-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="107"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="113"/>
        <source>Flag: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="128"/>
        <source>Form status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="130"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="131"/>
        <source>Revert unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="133"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="134"/>
        <source>Save changes to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="135"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="179"/>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="283"/>
        <source>1 field needs attention before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="284"/>
        <source>{n} fields need attention before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/facts_form.py" line="286"/>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>Choose the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>A roster (CSV or Excel), one row per person, and optionally a conduct file with rules violations, chronos and programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="96"/>
        <location filename="../../ui/import_wizard.py" line="118"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>Conduct file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>&amp;Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="100"/>
        <source>&amp;Conduct file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="104"/>
        <source>Browse for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>File problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="123"/>
        <source>Conduct file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/filter_panel.py" line="81"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="85"/>
        <source>Program filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="88"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="89"/>
        <source>Jurisdiction filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="91"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="91"/>
        <source>&amp;Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="92"/>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="101"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="102"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/filter_panel.py" line="169"/>
        <source>{name}, {count} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Search name or ID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Search by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Open the demo store of fictional people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Second Look is locked. No case data is shown or held in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <location filename="../../ui/main_window.py" line="745"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Create an empty case store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Open another case store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Practice on a store of fictional people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Import people from a CSV or Excel roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Export &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Write roster.csv and conduct.csv in the canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Export &amp;filtered list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Write the people shown in the list to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <location filename="../../ui/main_window.py" line="1302"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <location filename="../../ui/main_window.py" line="1304"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Add a person by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Delete the selected person from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Go to the case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Show &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Show &amp;person pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311"/>
        <source>&amp;Detach person pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Show the person in a window of its own, e.g. on a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Evaluate everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Evaluate everyone in the store as of the chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Office details used in petitions, and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Hide all case data until unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>&amp;About Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Show the person&apos;s &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>  &amp;As of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Evaluate as of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>The date on which eligibility is judged; changing it re-evaluates everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Set the as-of date to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Cancel the running evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Second Look — person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>Store: {name}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>This is the demo store. Everyone in it is fictional, generated for practice. Use File ▸ New store to start your own, or File ▸ Import roster to add real people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>The rule packs could not be loaded, so eligibility cannot be evaluated. Stored results are shown as they were. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>Some rule packs could not be loaded and their programs are left out: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601"/>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611"/>
        <source>Second Look stores (*.slstore);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <location filename="../../ui/main_window.py" line="630"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Second Look stores (*.slstore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="783"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="815"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>The rule packs could not be loaded, so there is nothing to evaluate with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="844"/>
        <source>Evaluation cancelled; the earlier results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="849"/>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="889"/>
        <source>Evaluating %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="943"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="944"/>
        <source>{n} eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="945"/>
        <source>{n} not yet ({soon} within 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="947"/>
        <source>{n} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948"/>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="950"/>
        <source>bringing results up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="952"/>
        <source>evaluated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="958"/>
        <source>{shown} of {total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="959"/>
        <source>{total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="965"/>
        <source>No store is open. Use File ▸ Open store or File ▸ New store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="970"/>
        <source>This store is empty. Import a roster (CSV or Excel) to begin, or add a person with Edit ▸ New person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="979"/>
        <source>No one&apos;s name or ID contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="980"/>
        <source>No one is in the chosen jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="981"/>
        <source>The chosen program applies to no one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="982"/>
        <source>No one shown has the chosen status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="984"/>
        <source>No one matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1027"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1028"/>
        <source>The facts you changed have not been saved. Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1029"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1111"/>
        <source>⚠ Someone with this ID is already in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1126"/>
        <source>Edit conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1136"/>
        <source>The record of 1 generated document goes with them; the file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1138"/>
        <source>The records of {n} generated documents go with them; the files stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1140"/>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1141"/>
        <source>Delete {name} ({id}) and their conduct, notes and results from this store? You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1143"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1219"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1219"/>
        <source>Open or create a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1236"/>
        <location filename="../../ui/main_window.py" line="1238"/>
        <source>Export filtered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1236"/>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1238"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1252"/>
        <source>Wrote {n} people to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1257"/>
        <source>Export roster to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1273"/>
        <source>Wrote roster.csv ({n} people) and conduct.csv to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1292"/>
        <source>About Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1293"/>
        <source>Second Look {version}

Screens people in prison for release and resentencing eligibility and prepares petitions. Every result cites its law; results marked as unsettled need legal review. All data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1301"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1303"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Say what each column of the file holds. Fields marked * are required. Suggestions come from the column names; your choices are remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>Roster column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>Conduct file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>Conduct column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="239"/>
        <source>Mapping problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/notes_tab.py" line="32"/>
        <source>Notes on this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="36"/>
        <source>&amp;Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="38"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="44"/>
        <source>Add &amp;new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="45"/>
        <source>Save &amp;edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/notes_tab.py" line="46"/>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/person_page.py" line="24"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="30"/>
        <source>Choose a person in the list to see their facts and eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="39"/>
        <source>Person name and ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="46"/>
        <source>Person summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="51"/>
        <source>Person tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="57"/>
        <source>&amp;Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="58"/>
        <source>C&amp;onduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="59"/>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="60"/>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="61"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="75"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="76"/>
        <source>Fill in the facts from the roster or the abstract of judgment, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person_page.py" line="81"/>
        <source>Age {age} · {offense} at offense · served {served} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="300"/>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>This is how the first rows will be read. Every row is checked during the import; rows with problems are left out and listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <location filename="../../ui/import_wizard.py" line="367"/>
        <source>Reading and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="398"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="413"/>
        <source>The import was cancelled. Nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="415"/>
        <source>Nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="430"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="435"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438"/>
        <source>&amp;Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="441"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <source>Cop&amp;y report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>&amp;Save report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>Copy the report to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Save the rejected rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="464"/>
        <source>Store: {created} added, {updated} updated, {unchanged} unchanged, {conduct} conduct entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="481"/>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="481"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>&amp;Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>&amp;Bar number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35"/>
        <source>&amp;Your name (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>29 February convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>1 March (default; never claims a date early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58"/>
        <source>28 February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>29 February &amp;falls on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingTable</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="169"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="191"/>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212"/>
        <source>{file}: choose a column for {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="216"/>
        <source>{file}: {fields} is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ui/dialogs.py" line="67"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
