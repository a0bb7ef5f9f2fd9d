<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/security/audit_view.py" line="149"/>
        <location filename="../../ui/security/audit_view.py" line="239"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="156"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="157"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="161"/>
        <location filename="../../ui/security/audit_view.py" line="162"/>
        <source>Person ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="164"/>
        <location filename="../../ui/security/audit_view.py" line="165"/>
        <source>Search the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="166"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="168"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="176"/>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="195"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/audit_view.py" line="243"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="253"/>
        <location filename="../../ui/security/audit_view.py" line="262"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/audit_view.py" line="253"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/security/audit_view.py" line="264"/>
        <source>Exported %n entries to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="155"/>
        <source>Generate documents for a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="186"/>
        <source>One document per person, named ID_LASTNAME_kind.pdf, from the facts and results as of {date}, with the template text and each person&apos;s exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="193"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="197"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="201"/>
        <source>Document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="207"/>
        <source>Choose the folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="208"/>
        <location filename="../../ui/petitions/batch_dialog.py" line="383"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="209"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="210"/>
        <source>Choose output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="214"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="215"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="216"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="217"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="228"/>
        <source>People selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="237"/>
        <source>Text to write by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="243"/>
        <source>Missing office details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="244"/>
        <source>&amp;Office details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="252"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="254"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="255"/>
        <source>Cancel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="262"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="263"/>
        <source>A summary of the run appears here: written, skipped and failed, with the reason for each failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="267"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="297"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="309"/>
        <source>The people could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="316"/>
        <source>Folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="343"/>
        <source>{people} {status} under {program} as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="348"/>
        <source>⚠ The stored results are not for this date or these rule packs. Evaluate everyone (F5) first so the selection is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="352"/>
        <source>⚠ This document has text to write for each person ({sections}). In a batch those people are listed as failed; prepare it one person at a time from their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="358"/>
        <source>⚠ This document needs office details that are not set: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="409"/>
        <source>Nothing was generated: you chose to stop because some files already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="421"/>
        <location filename="../../ui/petitions/batch_dialog.py" line="480"/>
        <source>Generate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="429"/>
        <source>Gathering the people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="477"/>
        <source>The batch stopped because of an error. Files already written are complete; check the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="486"/>
        <source>Generating %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="497"/>
        <source>Gathering %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="501"/>
        <source>Cancelled before any document was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="512"/>
        <source>Stopping after the current document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="516"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="519"/>
        <source>Cancelled after {done} of {total} people; no file was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="521"/>
        <source>Written: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="522"/>
        <source>Skipped (the file already existed): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="523"/>
        <source>Failed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="527"/>
        <source>Written but not recorded in the store: {n}</source>
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
        <location filename="../../ui/documents_tab.py" line="54"/>
        <source>Generated &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="55"/>
        <source>&amp;Prepare a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="56"/>
        <source>Prepare a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="57"/>
        <source>A petition, a letter or a plain-language summary for this person (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="64"/>
        <source>Generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="72"/>
        <source>Double-click a document (or press Enter) to open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="102"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="102"/>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="107"/>
        <source>⚠ file moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="110"/>
        <source>{path}
SHA-256 {hash}
Rule packs: {packs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents_tab.py" line="114"/>
        <source>No documents yet.</source>
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
    <name>ExhibitTitleDialog</name>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="91"/>
        <location filename="../../ui/petitions/exhibits_panel.py" line="98"/>
        <source>Exhibit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="93"/>
        <source>&amp;Title printed on the cover page and in the exhibit list (the PDF has {pages}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="99"/>
        <source>e.g. Certificate of completion, Anger Management</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitsPanel</name>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="141"/>
        <source>E&amp;xhibits (appended to petitions in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="143"/>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="154"/>
        <source>&amp;Attach PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="155"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="156"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="157"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="165"/>
        <source>Exhibit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="202"/>
        <source>Exhibit {letter}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="204"/>
        <source>⚠ file missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="207"/>
        <source>Added {date} · SHA-256 {hash}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="211"/>
        <source>No exhibits yet. Attach certificates, chronos or letters as PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="235"/>
        <source>Attach an exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="236"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="243"/>
        <source>Checking and copying {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="271"/>
        <location filename="../../ui/petitions/exhibits_panel.py" line="286"/>
        <source>Attach exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="274"/>
        <source>Attached “{title}” ({pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="284"/>
        <source>This file cannot be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="298"/>
        <location filename="../../ui/petitions/exhibits_panel.py" line="306"/>
        <source>Remove exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="299"/>
        <source>Remove “{title}” from this person&apos;s exhibits? Petitions generated from now on leave it out. Second Look&apos;s copy is deleted; the file you attached it from is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="301"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="314"/>
        <source>Removed “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/exhibits_panel.py" line="331"/>
        <source>Reorder exhibits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingFilesDialog</name>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="66"/>
        <source>Files already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="71"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="72"/>
        <source>{files} already in the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="74"/>
        <source>Skip them and generate the other {rest}, replace them all, or stop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="80"/>
        <source>&amp;Skip existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/batch_dialog.py" line="81"/>
        <source>&amp;Replace all</source>
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
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Choose the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>A roster (CSV or Excel), one row per person, and optionally a conduct file with rules violations, chronos and programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="97"/>
        <location filename="../../ui/import_wizard.py" line="119"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>Conduct file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="100"/>
        <source>&amp;Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101"/>
        <source>&amp;Conduct file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="104"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>Browse for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112"/>
        <source>File problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="124"/>
        <source>Conduct file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
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
    <name>GenerateDialog</name>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="229"/>
        <source>Prepare a document: {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="246"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {id} · {jurisdiction} · facts and results as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="249"/>
        <source>Person and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="258"/>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="260"/>
        <source>Document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="268"/>
        <source>Before generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="272"/>
        <source>Requirements status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="274"/>
        <source>What the document still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="279"/>
        <source>&amp;Office details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="280"/>
        <source>Edit office details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="281"/>
        <source>Organisation, attorney, bar number, address, telephone and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="291"/>
        <source>Narrative sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="322"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="326"/>
        <source>&amp;Generate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="328"/>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="330"/>
        <source>Generate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="331"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="340"/>
        <source>No document applies to this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="373"/>
        <source>Generate the document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="398"/>
        <source>None of the four documents applies to this person with the current results (the Eligibility tab says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="406"/>
        <source>The template for this document cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="430"/>
        <source>Still to write: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="437"/>
        <source>Exhibits ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="439"/>
        <source>A client summary is one page for the person and their family; exhibits are not appended to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="463"/>
        <source>No document applies to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="464"/>
        <source>Nothing to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="472"/>
        <source>The template cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="474"/>
        <source>Office details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="475"/>
        <source>Case facts (edit them on the Facts tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="476"/>
        <source>Text to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="493"/>
        <source>⚠ {things} to do before this document can be generated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="498"/>
        <source>✓ Everything this document needs is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="508"/>
        <source>{field} is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="530"/>
        <source>The text, settings or exhibits changed after this preview. Generate it again before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="546"/>
        <location filename="../../ui/petitions/generate_dialog.py" line="576"/>
        <source>The document is not ready: see the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="568"/>
        <source>Preview of {pages}. Read it through, then Save As… to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="580"/>
        <source>The document could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="581"/>
        <source>Generate document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="583"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="596"/>
        <location filename="../../ui/petitions/generate_dialog.py" line="636"/>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="596"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="603"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="604"/>
        <source>“{name}” already exists in {folder}. Replace it with this document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="605"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="606"/>
        <source>Not saved: the existing file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="622"/>
        <source>Saved to {path}, but it could not be recorded in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="624"/>
        <source>Record document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="628"/>
        <source>Saved to {path} and recorded (SHA-256 {hash}…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="634"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="638"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="650"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="651"/>
        <source>The generated document has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="652"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="38"/>
        <source>Second Look is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="64"/>
        <source>No case data is shown. Enter the passphrase of {name} to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/lock_screen.py" line="65"/>
        <source>No case data is shown. Enter the passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Search name or ID…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Search by name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>People shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Import a roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Open the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Open the demo store of fictional people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Second Look is locked. No case data is shown or held in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <location filename="../../ui/main_window.py" line="865"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Create an empty case store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Open another case store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Open the &amp;demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Practice on a store of fictional people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Import people from a CSV or Excel roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Export &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Write roster.csv and conduct.csv in the canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Export &amp;filtered list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Write the people shown in the list to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <location filename="../../ui/main_window.py" line="1747"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <location filename="../../ui/main_window.py" line="1749"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Add a person by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Delete the selected person from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Go to the case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Show &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Show &amp;person pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Detach person pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
        <source>Show the person in a window of its own, e.g. on a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>&amp;Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>&amp;Conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>&amp;Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Evaluate everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Evaluate everyone in the store as of the chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>Office details used in petitions, and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Hide all case data until unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;About Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Show the person&apos;s &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Prepare a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>A petition, letter or plain-language summary for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Generate for a &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>One document per person for everyone with a status under a program, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Every change to this store: who, when, what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Replace this store with one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>En&amp;crypt this store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Protect this store with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>C&amp;hange passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Choose a new passphrase for this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Office details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Organisation, attorney and address printed on petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>  &amp;As of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Evaluate as of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>The date on which eligibility is judged; changing it re-evaluates everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Set the as-of date to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Cancel the running evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="619"/>
        <source>Second Look — person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="679"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="681"/>
        <source>Store: {name}{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686"/>
        <source>This is the demo store. Everyone in it is fictional, generated for practice. Use File ▸ New store to start your own, or File ▸ Import roster to add real people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>The rule packs could not be loaded, so eligibility cannot be evaluated. Stored results are shown as they were. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>Some rule packs could not be loaded and their programs are left out: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <location filename="../../ui/main_window.py" line="1403"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="720"/>
        <source>Second Look stores (*.slstore);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <location filename="../../ui/main_window.py" line="748"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Second Look stores (*.slstore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Protect the new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="903"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="935"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936"/>
        <source>The rule packs could not be loaded, so there is nothing to evaluate with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>Evaluation cancelled; the earlier results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="969"/>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1009"/>
        <source>Evaluating %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1063"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1064"/>
        <source>{n} eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1065"/>
        <source>{n} not yet ({soon} within 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1067"/>
        <source>{n} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1068"/>
        <source>as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1070"/>
        <source>bringing results up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1072"/>
        <source>evaluated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1078"/>
        <source>{shown} of {total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1079"/>
        <source>{total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1085"/>
        <source>No store is open. Use File ▸ Open store or File ▸ New store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1090"/>
        <source>This store is empty. Import a roster (CSV or Excel) to begin, or add a person with Edit ▸ New person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1099"/>
        <source>No one&apos;s name or ID contains “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1100"/>
        <source>No one is in the chosen jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1101"/>
        <source>The chosen program applies to no one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1102"/>
        <source>No one shown has the chosen status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1104"/>
        <source>No one matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1147"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1148"/>
        <source>The facts you changed have not been saved. Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1149"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1230"/>
        <source>⚠ Someone with this ID is already in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1245"/>
        <source>Edit conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1255"/>
        <source>The record of 1 generated document goes with them; the file stays on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1257"/>
        <source>The records of {n} generated documents go with them; the files stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1259"/>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1260"/>
        <source>Delete {name} ({id}) and their conduct, notes and results from this store? You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1262"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1338"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1338"/>
        <location filename="../../ui/main_window.py" line="1695"/>
        <source>Open or create a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1355"/>
        <location filename="../../ui/main_window.py" line="1357"/>
        <source>Export filtered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1355"/>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1357"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1371"/>
        <source>Wrote {n} people to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1376"/>
        <source>Export roster to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1392"/>
        <source>Wrote roster.csv ({n} people) and conduct.csv to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1406"/>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1407"/>
        <source>Restore it from a backup now? The damaged store is kept as a backup of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1408"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1453"/>
        <source>Today&apos;s backup was made: {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1468"/>
        <source>Today&apos;s backup could not be made: {reason} Your work is saved as usual; the backup is tried again the next time the store opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1499"/>
        <source>Work in the background is still using the store. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1524"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1526"/>
        <source>Open a store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1532"/>
        <source>No backups of {name} were found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1560"/>
        <source>This backup is encrypted. Enter the passphrase the store had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1581"/>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1592"/>
        <source>Encrypt {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1604"/>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1600"/>
        <location filename="../../ui/main_window.py" line="1615"/>
        <location filename="../../ui/main_window.py" line="1626"/>
        <source>Encrypt store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>Res&amp;tore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1621"/>
        <source>{name} is now encrypted. Backups made before now are not: once you have checked the store, delete the older files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1638"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1646"/>
        <location filename="../../ui/main_window.py" line="1651"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1657"/>
        <source>Passphrase changed. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1665"/>
        <location filename="../../ui/main_window.py" line="1668"/>
        <location filename="../../ui/main_window.py" line="1681"/>
        <source>Prepare a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1665"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1669"/>
        <source>Save or undo the changes on the Facts tab first: a document states the facts as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1690"/>
        <source>Saved and recorded {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1695"/>
        <source>Generate for a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1709"/>
        <source>Office details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1737"/>
        <source>About Second Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1738"/>
        <source>Second Look {version}

Screens people in prison for release and resentencing eligibility and prepares petitions. Every result cites its law; results marked as unsettled need legal review. All data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1746"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1748"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="226"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="227"/>
        <source>Say what each column of the file holds. Fields marked * are required. Suggestions come from the column names; your choices are remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>Roster column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>Conduct file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="233"/>
        <source>Conduct column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="234"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="240"/>
        <source>Mapping problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="41"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="46"/>
        <source>The passphrase encrypts every case in this store. Use at least {n} characters; a few unrelated words are easy to remember and hard to guess. There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="50"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="51"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="52"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="55"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="57"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="58"/>
        <source>Do &amp;not encrypt this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="60"/>
        <source>Without encryption, anyone who can copy the file, from this laptop, a backup or a synced folder, can read every name, birth date and criminal history in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="66"/>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/new_passphrase_dialog.py" line="97"/>
        <source>Enter the current passphrase too.</source>
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
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="183"/>
        <source>Office details for petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="186"/>
        <source>These details print on every petition and letter: the attorney block, the letterhead and the signature. The command line uses the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="221"/>
        <source>⚠ The settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsForm</name>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="105"/>
        <source>1200 Harbor Street, Suite 400
Oakland, CA 94612</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="110"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="119"/>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/office_settings.py" line="152"/>
        <source>The document you are preparing needs this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../ui/security/passphrase_form.py" line="36"/>
        <location filename="../../ui/security/passphrase_form.py" line="37"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/passphrase_form.py" line="42"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/passphrase_form.py" line="47"/>
        <source>Passphrase error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/passphrase_form.py" line="75"/>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="41"/>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="49"/>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="54"/>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="55"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="57"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="62"/>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="63"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="64"/>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="65"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="67"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="70"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="71"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="71"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="72"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="72"/>
        <source>Show whole pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="77"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="87"/>
        <location filename="../../ui/petitions/pdf_preview.py" line="161"/>
        <source>Generate the document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="132"/>
        <source>The document could not be shown ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/pdf_preview.py" line="141"/>
        <source>of {n}</source>
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
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>This is how the first rows will be read. Every row is checked during the import; rows with problems are left out and listed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="312"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344"/>
        <location filename="../../ui/import_wizard.py" line="368"/>
        <source>Reading and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="399"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="414"/>
        <source>The import was cancelled. Nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="416"/>
        <source>Nothing was added to the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="431"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="436"/>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="439"/>
        <source>&amp;Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448"/>
        <source>Cop&amp;y report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>&amp;Save report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="450"/>
        <source>Copy the report to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="451"/>
        <source>Save the rejected rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="465"/>
        <source>Store: {created} added, {updated} updated, {unchanged} unchanged, {conduct} conduct entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="469"/>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/security/restore_dialog.py" line="51"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/restore_dialog.py" line="55"/>
        <source>Choose the backup of {name} to restore. The store as it is now is kept as a backup of its own (“before a restore”), so this can be undone by restoring that one. Changes made after the chosen backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/restore_dialog.py" line="60"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/restore_dialog.py" line="70"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/restore_dialog.py" line="71"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="150"/>
        <source>Text of section {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="157"/>
        <source>Section status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="158"/>
        <source>Restore the template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="187"/>
        <source>⚠ Replace the highlighted [[…]] text ({places}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="191"/>
        <source>This section is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/petitions/generate_dialog.py" line="194"/>
        <source>Edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>&amp;Your name (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Office details for petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>Your name (audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Daily &amp;backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>29 February convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58"/>
        <source>1 March (default; never claims a date early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>28 February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>29 February &amp;falls on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>⚠ The settings could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="26"/>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="29"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MappingTable</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="192"/>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="213"/>
        <source>{file}: choose a column for {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>{file}: {fields} is chosen for more than one column.</source>
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
