<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="45"/>
        <source>&amp;Upload a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="46"/>
        <source>Add files to the selected company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="56"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="57"/>
        <source>Open the selected file in a preview window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="67"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="68"/>
        <source>Save a copy of the selected file elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="76"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="76"/>
        <source>Print the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="84"/>
        <source>Send by &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="85"/>
        <source>Send the selected files by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="95"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="96"/>
        <source>Move the selected files to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="104"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="104"/>
        <source>Rename the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="112"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="113"/>
        <source>Bring the selected files back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="123"/>
        <source>Delete &amp;permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="124"/>
        <source>Delete the selected files from the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="134"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="135"/>
        <source>Bring back the files you just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="145"/>
        <source>Open with the &amp;default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="146"/>
        <source>Open the file in the program your computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="156"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="157"/>
        <source>Open the company&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="167"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="168"/>
        <source>Show the company&apos;s deleted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="178"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="178"/>
        <source>Filter the files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="186"/>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="187"/>
        <source>Add a client company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="197"/>
        <source>&amp;Edit company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="198"/>
        <source>Change the selected company&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="208"/>
        <source>&amp;Remove company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="209"/>
        <source>Remove the selected company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="219"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="220"/>
        <source>Language and other preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="227"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="227"/>
        <source>Close ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="232"/>
        <source>&amp;About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="232"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="52"/>
        <source>Company «%1» saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="69"/>
        <source>«%1» has %2 file(s). Remove the company and move its files to the trash? They can be restored until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="72"/>
        <source>Remove the company «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="73"/>
        <source>Remove company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="89"/>
        <source>Company «%1» removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="29"/>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="29"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="34"/>
        <source>e.g. 800191045 or 800.191.045-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="47"/>
        <source>Legal name (razón social) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="48"/>
        <source>NIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="50"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="51"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="52"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="54"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="77"/>
        <source>The check digit after the dash must be a single digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="79"/>
        <source>A NIT has 5 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="81"/>
        <source>Check digit (DV): %1  →  %2-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="83"/>
        <source>The check digit of %1 is %2, not %3. Check the NIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="90"/>
        <source>Enter the company&apos;s legal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="96"/>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message numerus="yes">
        <location filename="../../clientvault/ui/models/company_model.py" line="59"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanySidebar</name>
    <message>
        <location filename="../../clientvault/ui/widgets/company_sidebar.py" line="113"/>
        <source>Search companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/widgets/company_sidebar.py" line="117"/>
        <source>+ New company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="126"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="127"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="128"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="128"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="149"/>
        <source>Original name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="67"/>
        <source>An upload is already running. Wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="70"/>
        <source>Uploading files to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="70"/>
        <location filename="../../clientvault/ui/file_actions.py" line="173"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="73"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="89"/>
        <source>Uploading %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="112"/>
        <source>%n file(s) uploaded to %1.</source>
        <translation>
            <numerusform>%n file uploaded to %1.</numerusform>
            <numerusform>%n files uploaded to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="121"/>
        <source>The upload stopped because of an unexpected problem. The files uploaded before it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="149"/>
        <source>%n file(s) moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n file moved to the trash. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n files moved to the trash. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="157"/>
        <source>%n file(s) brought back from the trash.</source>
        <translation>
            <numerusform>%n file brought back from the trash.</numerusform>
            <numerusform>%n files brought back from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="162"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n file restored.</numerusform>
            <numerusform>%n files restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="168"/>
        <location filename="../../clientvault/ui/file_actions.py" line="172"/>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="169"/>
        <source>Delete %n file(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n file permanently? This cannot be undone.</numerusform>
            <numerusform>Delete %n files permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="180"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n file deleted permanently.</numerusform>
            <numerusform>%n files deleted permanently.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="198"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="203"/>
        <source>Choose where to save the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="220"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="223"/>
        <source>%n copy(ies) saved.</source>
        <translation>
            <numerusform>%n copy saved.</numerusform>
            <numerusform>%n copies saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="236"/>
        <source>This action arrives in the next version of ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="15"/>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="37"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="45"/>
        <source>%1: %2 uploaded, %3 duplicate(s) skipped, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="48"/>
        <source>The upload was cancelled; the files uploaded before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="72"/>
        <source>Filter files by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="102"/>
        <source>Add your first company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="109"/>
        <source>ClientVault keeps the documents of each client company you serve: RUT, Chamber of Commerce certificate, invoicing resolutions, financial statements, contracts…

Start by adding a company. Then upload its files with «Upload a file» or drag them here from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="116"/>
        <source>Add a company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="150"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="152"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="155"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="161"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="240"/>
        <source>Choose a company on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="246"/>
        <source> — Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/mainwindow.py" line="247"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="249"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="251"/>
        <source>No file name contains «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="253"/>
        <source>No files yet.
Drag files here or use «Upload a file».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="313"/>
        <source>About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="314"/>
        <source>ClientVault %1

The documents of every client company, in one place on your computer.
Your files are kept in: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../clientvault/ui/widgets/preview_pane.py" line="23"/>
        <source>Select a file to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/widgets/preview_pane.py" line="25"/>
        <source>%1

The preview of this file will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="31"/>
        <source>The new language is used the next time ClientVault starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="35"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="38"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="35"/>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="37"/>
        <source>Choose PDF, Excel, Word, image, CSV or text files of up to 5 MB each. Files that cannot be uploaded are marked with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="40"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="42"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="52"/>
        <source>Upload file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="76"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="77"/>
        <source>Documents (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="94"/>
        <source>Ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="96"/>
        <source>Will be refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="123"/>
        <source>No files chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="125"/>
        <source>%1 file(s) ready, %2 will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
