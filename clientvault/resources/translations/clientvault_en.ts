<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>&amp;Upload a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Add files to the selected company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Open the selected file in a preview window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>&amp;Quick look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Open or close the preview window of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Save a copy of the selected file elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Print the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118"/>
        <source>Send by &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Send the selected files by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Move the selected files to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Rename the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>&amp;Move to another company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>Move the selected files to another company, with their details and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="158"/>
        <source>Cop&amp;y to another company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="159"/>
        <source>Copy the selected files to another company too, with their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="168"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="169"/>
        <source>Bring the selected files back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="178"/>
        <source>Delete &amp;permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="179"/>
        <source>Delete the selected files from the trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Bring back the files you just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Open with the &amp;default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199"/>
        <source>Open the file in the program your computer uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="208"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="209"/>
        <source>Open the company&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="218"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="219"/>
        <source>Show the company&apos;s deleted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="230"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231"/>
        <source>Filter the files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="245"/>
        <source>Search &amp;all companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="246"/>
        <source>Find a document in any company, by its name or by what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="257"/>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="258"/>
        <source>Add a client company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="267"/>
        <source>&amp;Edit company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="268"/>
        <source>Change the selected company&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>&amp;Remove company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="278"/>
        <source>Remove the selected company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="287"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="288"/>
        <source>Save a copy of all your files, or of one company&apos;s, in a ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="297"/>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="298"/>
        <source>Bring files back from a backup ZIP; nothing already here is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="307"/>
        <source>&amp;Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="308"/>
        <source>Look for missing or changed files and repair what can be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>Re&amp;moved companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="318"/>
        <source>See the companies you removed and bring one back with its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="327"/>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="328"/>
        <source>Delete every file in the company&apos;s trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="337"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="338"/>
        <source>Language and other preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="344"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="344"/>
        <source>Close ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="348"/>
        <source>&amp;About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="348"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="31"/>
        <source>E-mail &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="32"/>
        <source>What was sent by e-mail for the selected file or company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="42"/>
        <location filename="../../ui/dialogs/backup_dialog.py" line="80"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="48"/>
        <source>A backup is a ZIP with a copy of your files, one folder per company, and a fingerprint of each file so that restoring it can check every one. Files in the trash are not included. Keep it on another disk or in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="53"/>
        <source>All companies (%n file(s))</source>
        <translation>
            <numerusform>All companies (%n file)</numerusform>
            <numerusform>All companies (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="59"/>
        <source>Only «%1» (%n file(s))</source>
        <translation>
            <numerusform>Only «%1» (%n file)</numerusform>
            <numerusform>Only «%1» (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="61"/>
        <source>Only one company (choose it on the left first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="64"/>
        <source>Save the backup as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="116"/>
        <source>Backup %1 %2.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="117"/>
        <source>ClientVault backup %1.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="120"/>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="121"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="128"/>
        <source>Write where the backup goes, or choose it with «Choose…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="140"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="151"/>
        <source>Copying %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="169"/>
        <source>The backup was cancelled; no ZIP was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="171"/>
        <source>Backup saved: %n file(s)</source>
        <translation>
            <numerusform>Backup saved: %n file</numerusform>
            <numerusform>Backup saved: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="172"/>
        <source>of %n company(ies), in %1.</source>
        <translation>
            <numerusform>of %n company, in %1.</numerusform>
            <numerusform>of %n companies, in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="174"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="180"/>
        <source>The backup stopped because of an unexpected problem; no ZIP was left behind. The details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="49"/>
        <source>Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="56"/>
        <source>ClientVault compares every stored file with what it recorded when the file came in: files missing from their folder, files changed outside ClientVault, and files in the folders that it has no record of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="71"/>
        <location filename="../../ui/dialogs/check_dialog.py" line="170"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="71"/>
        <location filename="../../ui/dialogs/check_dialog.py" line="171"/>
        <source>What «Repair» does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="80"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="112"/>
        <source>Repairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="112"/>
        <source>Checking your files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="132"/>
        <source>Repairing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="132"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="135"/>
        <source>Stopping the check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="148"/>
        <source>The check stopped because of an unexpected problem; nothing was changed by it. The details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="161"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="171"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="179"/>
        <source>«Repair» does what the list says for each problem. A copy of the database is made first, and nothing of yours is deleted: what cannot be put back in its place is moved to a folder of its own in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="194"/>
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n file checked.</numerusform>
            <numerusform>%n files checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="198"/>
        <source>The check was stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="200"/>
        <source>Everything is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="202"/>
        <source>Repaired: everything is in order now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="204"/>
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problem repaired.</numerusform>
            <numerusform>%n problems repaired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="205"/>
        <source>%n problem(s) could not be repaired here: the list says what to do.</source>
        <translation>
            <numerusform>%n problem could not be repaired here: the list says what to do.</numerusform>
            <numerusform>%n problems could not be repaired here: the list says what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="207"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="210"/>
        <source>«Repair» can fix %n of them.</source>
        <translation>
            <numerusform>«Repair» can fix %n of them.</numerusform>
            <numerusform>«Repair» can fix %n of them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="220"/>
        <source>a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="232"/>
        <source>The file «%1» of %2 is not in its folder: it was deleted or moved outside ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="234"/>
        <source>«%1» of %2 was changed outside ClientVault: its content is no longer the one that was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="236"/>
        <source>«%1» is in the folder of %2, but ClientVault has no record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="237"/>
        <source>A half-written copy left by an upload that was interrupted, in the folder of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="238"/>
        <source>A file deleted permanently from the trash of %2 was left half-deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="239"/>
        <source>The folder «%1» in the data folder belongs to no company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="240"/>
        <source>The search by content needs to be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="248"/>
        <source>Repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="251"/>
        <source>Puts it back: an upload that was interrupted left a copy of it in the company&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="254"/>
        <source>Puts it back under its own name: a file with the same content is in the company&apos;s folder as «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="256"/>
        <source>Cannot be repaired here. Put the file back from your own copy (a backup, the e-mail it came in), or delete it from ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="259"/>
        <source>Moves the changed copy to the folder «cambiados» in the data folder, so that it is not taken for the original. Then put the original back from your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="261"/>
        <source>Adds it to the company&apos;s files again (or, if it cannot, moves it to the folder «lost+found» in the data folder). Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="263"/>
        <source>Removes it: the original is still where it was uploaded from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="264"/>
        <source>Finishes deleting it, as was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="265"/>
        <source>Brings it up to date from the texts already read; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="266"/>
        <source>Moves it to the folder «lost+found» in the data folder; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="267"/>
        <source>Left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="269"/>
        <source>Cannot be repaired here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseCompanyDialog</name>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="41"/>
        <source>Type part of the name or the NIT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="108"/>
        <source>There is no other company. Add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="110"/>
        <source>No company matches «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <location filename="../../ui/company_actions.py" line="37"/>
        <source>Company «%1» saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_actions.py" line="58"/>
        <source>«%1» has %n file(s). Remove the company and move its files to the trash? For %2 days you can bring it back with its files from «Company › Removed companies».</source>
        <translation>
            <numerusform>«%1» has %n file. Remove the company and move its files to the trash? For %2 days you can bring it back with its files from «Company › Removed companies».</numerusform>
            <numerusform>«%1» has %n files. Remove the company and move its files to the trash? For %2 days you can bring it back with its files from «Company › Removed companies».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="62"/>
        <source>Remove the company «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="63"/>
        <source>Remove company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="66"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="80"/>
        <source>Company «%1» removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="39"/>
        <source>Edit company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="39"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="44"/>
        <source>e.g. 800191045 or 800.191.045-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="58"/>
        <source>Legal name (razón social) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="59"/>
        <source>NIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="62"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="63"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="69"/>
        <source>Required papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="71"/>
        <source>ClientVault tells you when one is missing or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="138"/>
        <source>Check digit (DV): %1  →  %2-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="142"/>
        <source>Enter the company&apos;s legal name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message>
        <location filename="../../ui/models/company_model.py" line="144"/>
        <source>NIT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/company_model.py" line="144"/>
        <source>No NIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/company_model.py" line="150"/>
        <location filename="../../ui/models/company_model.py" line="154"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanySidebar</name>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="203"/>
        <source>Search companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="209"/>
        <source>List only the companies that lack a paper they must have, or whose paper has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="217"/>
        <source>+ New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="288"/>
        <source>No company with papers pending matches «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="289"/>
        <source>All companies have their papers up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="291"/>
        <source>No company matches «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="297"/>
        <source>Search «%1» in the documents (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="299"/>
        <source>Look for these words in the names and the text of the documents of every company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="305"/>
        <source>Only with papers pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="61"/>
        <source>Sorry, ClientVault ran into an unexpected problem and could not finish what you asked. Your files are safe: nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63"/>
        <source>If it happens again, send this file to whoever supports you:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="131"/>
        <location filename="../../ui/widgets/paper_fields.py" line="132"/>
        <source>Remove the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/models/document_model.py" line="236"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="238"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="238"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="239"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="239"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="277"/>
        <source>Original name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropWords</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/document_drag.py" line="85"/>
        <source>Move %n file(s) to %1</source>
        <translation>
            <numerusform>Move %n file to %1</numerusform>
            <numerusform>Move %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/document_drag.py" line="86"/>
        <source>Copy %n file(s) to %1 (hold Shift to move them)</source>
        <translation>
            <numerusform>Copy %n file to %1 (hold Shift to move them)</numerusform>
            <numerusform>Copy %n files to %1 (hold Shift to move them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueEntry</name>
    <message>
        <location filename="../../ui/widgets/due_entry.py" line="26"/>
        <source>Due papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_entry.py" line="27"/>
        <source>Papers expired or expiring soon, of every company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_entry.py" line="33"/>
        <source>%n paper(s) expired or expiring soon</source>
        <translation>
            <numerusform>%n paper expired or expiring soon</numerusform>
            <numerusform>%n papers expired or expiring soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>NIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="38"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="146"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="146"/>
        <source>, %n expired</source>
        <translation>
            <numerusform>, %n expired</numerusform>
            <numerusform>, %n expired</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="147"/>
        <source>NIT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="170"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="172"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="173"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="115"/>
        <location filename="../../ui/widgets/due_view.py" line="391"/>
        <location filename="../../ui/widgets/due_view.py" line="436"/>
        <source>Due papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="126"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="132"/>
        <source>By company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="133"/>
        <source>By date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="139"/>
        <source>Also expired over a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="142"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="144"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="302"/>
        <source>The list could not be read just now. If it happens again, the log file (logs/clientvault.log in the data folder) says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="323"/>
        <source>Looking for papers that expire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="325"/>
        <source>No papers expired or due within the next %n day(s).</source>
        <translation>
            <numerusform>No papers expired or due within the next %n day.</numerusform>
            <numerusform>No papers expired or due within the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="327"/>
        <source>— %n paper(s)</source>
        <translation>
            <numerusform>— %n paper</numerusform>
            <numerusform>— %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="328"/>
        <location filename="../../ui/widgets/due_view.py" line="441"/>
        <source>, %n expired</source>
        <translation>
            <numerusform>, %n expired</numerusform>
            <numerusform>, %n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="336"/>
        <source>%n paper(s) due this week</source>
        <translation>
            <numerusform>%n paper due this week</numerusform>
            <numerusform>%n papers due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="337"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="338"/>
        <source>%1 — see «Due papers»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="354"/>
        <source>«%1» is no longer among the files: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="396"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="397"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="414"/>
        <source>The list was saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="440"/>
        <source>expired, or due within %n day(s)</source>
        <translation>
            <numerusform>expired, or due within %n day</numerusform>
            <numerusform>expired, or due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="441"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="228"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="229"/>
        <source>Expiry date entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="231"/>
        <source>Enter a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="233"/>
        <source>Use the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="70"/>
        <source>An upload is already running. Wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>Uploading files to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <location filename="../../ui/file_actions.py" line="138"/>
        <location filename="../../ui/file_actions.py" line="203"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73"/>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="86"/>
        <source>Uploading %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>%n file(s) uploaded to %1.</source>
        <translation>
            <numerusform>%n file uploaded to %1.</numerusform>
            <numerusform>%n files uploaded to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>The upload stopped because of an unexpected problem. The files uploaded before it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="130"/>
        <source>Add a company first; then open the files again to upload them into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="132"/>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="133"/>
        <source>Upload %n file(s) into «%1»?</source>
        <translation>
            <numerusform>Upload %n file into «%1»?</numerusform>
            <numerusform>Upload %n files into «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="137"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="179"/>
        <source>%n file(s) moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n file moved to the trash. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n files moved to the trash. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="187"/>
        <source>%n file(s) brought back from the trash.</source>
        <translation>
            <numerusform>%n file brought back from the trash.</numerusform>
            <numerusform>%n files brought back from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="192"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n file restored.</numerusform>
            <numerusform>%n files restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="198"/>
        <location filename="../../ui/file_actions.py" line="202"/>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>Delete %n file(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n file permanently? This cannot be undone.</numerusform>
            <numerusform>Delete %n files permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="212"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n file deleted permanently.</numerusform>
            <numerusform>%n files deleted permanently.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="231"/>
        <source>Choose where to save the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="250"/>
        <source>%n copy(ies) saved.</source>
        <translation>
            <numerusform>%n copy saved.</numerusform>
            <numerusform>%n copies saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="35"/>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="38"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="39"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="47"/>
        <source>Close the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="171"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="188"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="190"/>
        <source>No match for «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="192"/>
        <source>%1 of more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="193"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../ui/preview/finders.py" line="116"/>
        <source>The search failed because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="26"/>
        <source>Add your first company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="28"/>
        <source>ClientVault keeps the documents of each client company you serve: RUT, Chamber of Commerce certificate, invoicing resolutions, financial statements, contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="31"/>
        <source>Start by adding a company with its legal name and NIT. Then upload its files with «Upload a file», or drag them from your file manager onto the list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="33"/>
        <source>Add a company…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="308"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="76"/>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="110"/>
        <source>Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="112"/>
        <source>Fill in the type, date and period suggested for the selected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="113"/>
        <source>Apply all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="115"/>
        <source>Fill in what is suggested for every file; what a file already has is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="145"/>
        <source>Uploaded, looks damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="148"/>
        <source>It was uploaded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="259"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="268"/>
        <source>period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="270"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="273"/>
        <source>Applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="275"/>
        <source>Reading the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="277"/>
        <source>Nothing to suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="289"/>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="332"/>
        <source>%n document(s) seem to belong to another company.</source>
        <translation>
            <numerusform>%n document seems to belong to another company.</numerusform>
            <numerusform>%n documents seem to belong to another company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="334"/>
        <source>%n moved to the company whose NIT it names.</source>
        <translation>
            <numerusform>%n moved to the company whose NIT it names.</numerusform>
            <numerusform>%n moved to the companies whose NITs they name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="348"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="351"/>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="386"/>
        <source>It was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="394"/>
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="396"/>
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n with a warning)</numerusform>
            <numerusform>(%n with a warning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="398"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="400"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="108"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="403"/>
        <source>The upload was cancelled; the files uploaded before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../ui/text_indexer.py" line="159"/>
        <source>ClientVault reads what each document says so that search finds it by its content. You can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="161"/>
        <source>Reading documents for search: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="176"/>
        <source>Scanned documents cannot be searched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="177"/>
        <source>On Windows, install the UB Mannheim build of Tesseract and tick Spanish among its languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="179"/>
        <source>On a Mac, install it with Homebrew: brew install tesseract tesseract-lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="180"/>
        <source>On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-spa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="181"/>
        <source>To search scans and photos by what they say, install the free program Tesseract (with Spanish), then open ClientVault again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../ui/mail_actions.py" line="65"/>
        <source>E-mail is not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="66"/>
        <source>E-mail is not set up yet. Choose your provider and fill in your mail server on this E-mail page, then send the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="107"/>
        <source>No password is saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="110"/>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="111"/>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="114"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="115"/>
        <location filename="../../ui/mail_actions.py" line="126"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="125"/>
        <source>Sending the e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="125"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="150"/>
        <source>E-mail sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="157"/>
        <source>The e-mail could not be sent because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="167"/>
        <source>The e-mail was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="171"/>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="183"/>
        <source>E-mails with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="186"/>
        <source>E-mails of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="189"/>
        <source>E-mail history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailComposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="44"/>
        <source>Send by e-mail — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="47"/>
        <source>name@company.com; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="48"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="49"/>
        <source>Optional: they get the message without the others seeing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="55"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="55"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="67"/>
        <source>Remove from the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="82"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="101"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="102"/>
        <source>CC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="103"/>
        <source>BCC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="104"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="112"/>
        <source>Attached files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="138"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="138"/>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="139"/>
        <source>BCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="144"/>
        <source>The subject cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="146"/>
        <source>There is no file left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="149"/>
        <source>The files total %1, over the %2 MB limit. Remove a file or send them in several messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/mail_compose.py" line="155"/>
        <source>%n file(s), %1 in total (limit %2 MB)</source>
        <translation>
            <numerusform>%n file, %1 in total (limit %2 MB)</numerusform>
            <numerusform>%n files, %1 in total (limit %2 MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="183"/>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="35"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="48"/>
        <source>Nothing has been sent by e-mail from here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="51"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="64"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="64"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="79"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="80"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="80"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="82"/>
        <source>CC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="84"/>
        <source>BCC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="86"/>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="88"/>
        <source>Sent to the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="88"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="84"/>
        <source>Other (fill in by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="100"/>
        <source>STARTTLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="101"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="102"/>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="112"/>
        <source>Send the password unencrypted (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="276"/>
        <source>Saved (type to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="129"/>
        <source>Send a test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="85"/>
        <source>Choose your e-mail provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="150"/>
        <source>Outgoing mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="152"/>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="154"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="155"/>
        <source>Your e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="156"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="159"/>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="161"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="164"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="165"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="168"/>
        <source>Size limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="169"/>
        <source>New messages start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="171"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="172"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="173"/>
        <source>{company} becomes the company&apos;s name, {files} the file names, {sender} your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="218"/>
        <source>Write the mail server (for example smtp.gmail.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="220"/>
        <source>Your name cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="221"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="278"/>
        <source>The app password, not your usual one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="283"/>
        <source>Gmail needs an app password, not your usual password. Turn on 2-Step Verification in your Google account, then create the app password at %1 and type it in Password below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="286"/>
        <source>Outlook and Microsoft 365 need an app password, not your usual password. At %1 turn on two-step verification, create an app password under Advanced security options and type it in Password below. A company account may need its administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="290"/>
        <source>This provider needs an app password, not your usual password. Create one at %1 and type it in Password below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="300"/>
        <source>STARTTLS: the connection starts plain and is encrypted before your password or any file is sent (usually port 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="303"/>
        <source>SSL/TLS: the connection is encrypted from the very first moment (usually port 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="304"/>
        <source>None: nothing is encrypted; only for a mail server inside your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="312"/>
        <source>Without encryption your password would travel unprotected: anyone on the way could read it, and your clients&apos; files too. Use it only with a mail server inside your office; ClientVault sends the password this way only if you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="316"/>
        <source>Without encryption your clients&apos; files travel readable by anyone on the way. Use it only with a mail server inside your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="331"/>
        <source>Fill in the server and your e-mail address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="339"/>
        <source>Type the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="342"/>
        <source>Sending a test e-mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="349"/>
        <source>It works: a test e-mail was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="355"/>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="357"/>
        <source>The test could not run because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="115"/>
        <source>Filter files by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="218"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="224"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="228"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="413"/>
        <source>No company matches «%1». Clear the search to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="414"/>
        <source>Choose a company on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="423"/>
        <source>%Ln file(s) in the trash</source>
        <translation>
            <numerusform>%Ln file in the trash</numerusform>
            <numerusform>%Ln files in the trash</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="429"/>
        <source> — Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="443"/>
        <source>No file is of the type «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="561"/>
        <source>Open a file in its company&apos;s list to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="563"/>
        <source>Files in the trash keep their details. Restore a file to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="639"/>
        <source>Wait until the work in progress ends, or cancel it, before closing ClientVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="428"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="434"/>
        <source>%1 of %Ln file(s) in the trash</source>
        <translation>
            <numerusform>%1 of %Ln file in the trash</numerusform>
            <numerusform>%1 of %Ln files in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="435"/>
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="439"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="441"/>
        <source>No file name contains «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="445"/>
        <source>No files yet.
Drag files here or use «Upload a file».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="598"/>
        <source>About ClientVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="599"/>
        <source>ClientVault %1

The documents of every client company, in one place on your computer.
Your files are kept in: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="99"/>
        <source>«%1» is back with %n file(s).</source>
        <translation>
            <numerusform>«%1» is back with %n file.</numerusform>
            <numerusform>«%1» is back with %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="101"/>
        <source>%n file(s) it had deleted before are still in its trash.</source>
        <translation>
            <numerusform>%n file it had deleted before are still in its trash.</numerusform>
            <numerusform>%n files it had deleted before are still in its trash.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="112"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="115"/>
        <location filename="../../ui/maintenance_actions.py" line="120"/>
        <location filename="../../ui/maintenance_actions.py" line="137"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="116"/>
        <source>Delete the %n file(s) in the trash of «%1» permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n file in the trash of «%1» permanently? This cannot be undone.</numerusform>
            <numerusform>Delete the %n files in the trash of «%1» permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="121"/>
        <location filename="../../ui/maintenance_actions.py" line="139"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="138"/>
        <source>Deleting the files in the trash of «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="168"/>
        <source>Stopped: %n file(s) deleted permanently; the others are still in the trash.</source>
        <translation>
            <numerusform>Stopped: %n file deleted permanently; the others are still in the trash.</numerusform>
            <numerusform>Stopped: %n files deleted permanently; the others are still in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="171"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n file deleted permanently.</numerusform>
            <numerusform>%n files deleted permanently.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="176"/>
        <source>Emptying the trash stopped because of an unexpected problem. The files deleted before it stay deleted; the others are still in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerWarning</name>
    <message>
        <location filename="../../ui/widgets/owner_warning.py" line="44"/>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/owner_warning.py" line="52"/>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="64"/>
        <source>%n files are selected. Select at most 5,000 to change their details at once.</source>
        <translation>
            <numerusform>%n file is selected. Select at most 5,000 to change their details at once.</numerusform>
            <numerusform>%n files are selected. Select at most 5,000 to change their details at once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="173"/>
        <source>Saving the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="190"/>
        <location filename="../../ui/paper_actions.py" line="246"/>
        <source>Details saved for %n file(s).</source>
        <translation>
            <numerusform>Details saved for %n file.</numerusform>
            <numerusform>Details saved for %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="192"/>
        <source>The details of «%1» were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="203"/>
        <source>Applying the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="214"/>
        <source>Suggestions applied to %n file(s).</source>
        <translation>
            <numerusform>Suggestions applied to %n file.</numerusform>
            <numerusform>Suggestions applied to %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="215"/>
        <source>There was nothing to suggest that the files do not have already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="222"/>
        <source>Details are already being saved. Wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="226"/>
        <source>%n file(s)…</source>
        <translation>
            <numerusform>%n file…</numerusform>
            <numerusform>%n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="226"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="252"/>
        <source>The work stopped because of an unexpected problem. The details saved before it stay so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="270"/>
        <source>The period «%1» was not saved: enter a year (2023) or a year and month (2023-12).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDetails</name>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="113"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="114"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="115"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="116"/>
        <source>Date of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="118"/>
        <source>&amp;Date of the paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="121"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="122"/>
        <location filename="../../ui/widgets/paper_details.py" line="241"/>
        <location filename="../../ui/widgets/paper_details.py" line="267"/>
        <source>2023 or 2023-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="132"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="137"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="140"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="141"/>
        <location filename="../../ui/widgets/paper_details.py" line="244"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="142"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="145"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="148"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="156"/>
        <location filename="../../ui/widgets/paper_details.py" line="248"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="158"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="171"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="175"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="177"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="213"/>
        <source>Save the details (Enter in a field, or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="214"/>
        <source>Put back what is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="225"/>
        <location filename="../../ui/widgets/paper_details.py" line="236"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="227"/>
        <source>Select a file to see and edit its type, dates, tags and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/paper_details.py" line="261"/>
        <source>%n file(s) selected: change them all at once</source>
        <translation>
            <numerusform>%n file selected: change it here</numerusform>
            <numerusform>%n files selected: change them all at once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="267"/>
        <source>(several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="270"/>
        <source>tags to add to all of them, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="272"/>
        <source>Fill in what the names and texts of the files suggest, where it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/paper_details.py" line="273"/>
        <source>Apply suggestions to the %n</source>
        <translation>
            <numerusform>Apply the suggestion to the %n</numerusform>
            <numerusform>Apply suggestions to the %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="278"/>
        <source>They all have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="300"/>
        <source>Suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="305"/>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="325"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperTypesPage</name>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="104"/>
        <source>Add type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="107"/>
        <source>Discard new type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="116"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="217"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="117"/>
        <source>Some days after its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="118"/>
        <source>Every year on a set day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="119"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="216"/>
        <source>On the date each paper has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="123"/>
        <source>days after its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="133"/>
        <source>Changing a rule recalculates the expiry date of the papers of that type, except those whose expiry date was entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="165"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="167"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="170"/>
        <source>Papers a new company must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="180"/>
        <source>ClientVault tells you when a company lacks one of them or it has expired. Each company&apos;s own list is in its Edit company window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/paper_types_page.py" line="211"/>
        <source>%n day(s) after its date</source>
        <translation>
            <numerusform>%n day after its date</numerusform>
            <numerusform>%n days after its date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="214"/>
        <source>Every year on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="222"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="227"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="338"/>
        <source>Enter the name of the paper type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="340"/>
        <source>There is already a paper type named «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/paper_types_page.py" line="359"/>
        <source>%n paper type(s) could not be saved: see the message under the field.</source>
        <translation>
            <numerusform>%n paper type could not be saved: see the message under the field.</numerusform>
            <numerusform>%n paper types could not be saved: see the message under the field.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="361"/>
        <source>The other changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperWords</name>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="75"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="77"/>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="79"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="80"/>
        <source>Valid: expires in %n day(s)</source>
        <translation>
            <numerusform>Valid: expires in %n day</numerusform>
            <numerusform>Valid: expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="85"/>
        <source>%n day(s) after its date</source>
        <translation>
            <numerusform>%n day after its date</numerusform>
            <numerusform>%n days after its date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="92"/>
        <source>every year on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="94"/>
        <source>the date written on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="95"/>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="102"/>
        <source>%1 (entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="104"/>
        <source>No type: choose one to know when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="107"/>
        <source>%1 (rule: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="109"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="111"/>
        <source>Enter the paper&apos;s date to know when it expires (rule: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="113"/>
        <source>Enter its date or period to know when it expires (rule: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="114"/>
        <source>Enter the date it expires, written on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="121"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../ui/preview/finders.py" line="319"/>
        <source>This document has no text to search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="130"/>
        <source>Open with the default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="132"/>
        <source>Type the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="166"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="167"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/preview_pane.py" line="248"/>
        <source>%Ln file(s) selected</source>
        <translation>
            <numerusform>%Ln file selected</numerusform>
            <numerusform>%Ln files selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="292"/>
        <source>Select a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="323"/>
        <source>Loading the preview of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="366"/>
        <source>There is nothing to search: the document could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="373"/>
        <source>The preview failed because of an unexpected problem. Open the file with its usual program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="402"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="409"/>
        <source>There is no text to search in an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="520"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="521"/>
        <source>Password to open %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="89"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="90"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="91"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="94"/>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="97"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="98"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="99"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="100"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="102"/>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="180"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="200"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="204"/>
        <source>There is no text to search in an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="244"/>
        <source>There is nothing to search: the document could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="246"/>
        <source>The preview failed because of an unexpected problem. Open the file with its usual program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="306"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="312"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewWindow</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="67"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="92"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="93"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="94"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="95"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="96"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="97"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="98"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="99"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="104"/>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="212"/>
        <source>Preparing the pages of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="288"/>
        <source>This file cannot be printed because of an unexpected problem. Open it with its usual program and print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="309"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="309"/>
        <source> of about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="330"/>
        <source>Save as PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="330"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="359"/>
        <source>Printing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="365"/>
        <source>The pages could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview.py" line="370"/>
        <source>%n page(s) of %1 saved in %2.</source>
        <translation>
            <numerusform>%n page of %1 saved in %2.</numerusform>
            <numerusform>%n pages of %1 saved in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview.py" line="372"/>
        <source>%n page(s) of %1 sent to %2.</source>
        <translation>
            <numerusform>%n page of %1 sent to %2.</numerusform>
            <numerusform>%n pages of %1 sent to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="381"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="57"/>
        <source>No printer is installed on this computer; you can save the pages as a PDF file and print them elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="64"/>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="66"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="80"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="85"/>
        <source>As the document is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="86"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="87"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="105"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="106"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="107"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="108"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="128"/>
        <source>Save as PDF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="185"/>
        <source>The preview shows the first %1 pages of about %2; Print prints every page chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="186"/>
        <source>The preview shows the first %1 pages of %2; Print prints every page chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_settings.py" line="198"/>
        <source>%n sheet(s) of paper</source>
        <translation>
            <numerusform>%n sheet of paper</numerusform>
            <numerusform>%n sheets of paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="72"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="72"/>
        <source>Page %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="96"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="98"/>
        <source>The printer refused a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="194"/>
        <source>This sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="201"/>
        <source>Only the first %1 columns are printed; open the file in Excel to print it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="209"/>
        <source>Only the first %1 rows of %2 are printed; open the file in Excel to print it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="212"/>
        <source>Only the first %1 rows are printed; the sheet has more. Open the file in Excel to print it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="232"/>
        <source>This sheet only has charts. Open the file in Excel to print them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_words.py" line="21"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="22"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="23"/>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="24"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="17"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="18"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="19"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_words.py" line="25"/>
        <source>File Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_words.py" line="35"/>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="36"/>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_words.py" line="28"/>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="29"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="30"/>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="31"/>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="32"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="33"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_words.py" line="27"/>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../ui/i18n.py" line="20"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="21"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="22"/>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="24"/>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="25"/>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="26"/>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="27"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="29"/>
        <source>Rebuild from the folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="30"/>
        <source>Go back to the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="32"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42"/>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44"/>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="48"/>
        <source>Left as they were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="45"/>
        <source>The database was rebuilt: %1 and %2 are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="54"/>
        <source>The backup is back in place, and 1 file added after it came back from the companies&apos; folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="56"/>
        <source>The backup is back in place, and %1 files added after it came back from the companies&apos; folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="64"/>
        <source>The database could not be brought back because of an unexpected problem. Your files are still in their companies&apos; folders. The details are in the log file of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="74"/>
        <source>The database of your files in %1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="76"/>
        <source>The database in %1 is not the one of your files: it belongs to another ClientVault data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="79"/>
        <source>The database of your files was not found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="80"/>
        <source>Your files are still in their companies&apos; folders; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="84"/>
        <source>You can go back to the backup of %1 (files added after it are found again in the folders), or rebuild the database from the companies&apos; folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="88"/>
        <source>You can rebuild the database from the companies&apos; folders: every company and file comes back; document types, expiry dates and the e-mail history do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="101"/>
        <source>Looking for the files added after the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="134"/>
        <source>Rebuilding the database from the companies&apos; folders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovedCompaniesDialog</name>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="42"/>
        <source>Removed companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/removed_companies.py" line="49"/>
        <source>A removed company is kept with its files in its trash, so you can bring it back. Files in the trash are deleted for good after %n day(s); when the last one goes, so does the company.</source>
        <translation>
            <numerusform>A removed company is kept with its files in its trash, so you can bring it back. Files in the trash are deleted for good after %n day; when the last one goes, so does the company.</numerusform>
            <numerusform>A removed company is kept with its files in its trash, so you can bring it back. Files in the trash are deleted for good after %n days; when the last one goes, so does the company.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Files in its trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Removed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="59"/>
        <source>There are no removed companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="65"/>
        <location filename="../../ui/dialogs/removed_companies.py" line="118"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="69"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/removed_companies.py" line="89"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="119"/>
        <source>Bringing back «%1» and its files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="151"/>
        <source>The company could not be brought back because of an unexpected problem. The details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="37"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="45"/>
        <source>Choose a backup ZIP. ClientVault reads it first and shows what it holds; then it adds what is missing here, checking every file. Nothing already here is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="50"/>
        <source>The backup ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="71"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="99"/>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="100"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="124"/>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="144"/>
        <source>The backup could not be read because of an unexpected problem. Nothing was restored; the details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="162"/>
        <source>The backup holds %n company(ies)</source>
        <translation>
            <numerusform>The backup holds %n company</numerusform>
            <numerusform>The backup holds %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="248"/>
        <source>New in the list of companies: %n company(ies).</source>
        <translation>
            <numerusform>New in the list of companies: %n company.</numerusform>
            <numerusform>New in the list of companies: %n companies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="163"/>
        <source>and %n file(s). Untick a company to leave it out.</source>
        <translation>
            <numerusform>and %n file. Untick a company to leave it out.</numerusform>
            <numerusform>and %n files. Untick a company to leave it out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="165"/>
        <source>It is the export of one company, which is named after the ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="172"/>
        <source>A new company: its files are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="175"/>
        <source>Already here with all these files: nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="176"/>
        <source>Already here, with %1 of these files. The others are added; a file whose name is taken here by other content is left out and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="200"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="210"/>
        <source>Restoring %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="214"/>
        <source>Stopping after the file being restored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="220"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="228"/>
        <source>Not restored: the name is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="229"/>
        <source>Not restored: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="229"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="237"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="240"/>
        <source>Restored or already here (not listed): %n file(s).</source>
        <translation>
            <numerusform>Restored or already here (not listed): %n file.</numerusform>
            <numerusform>Restored or already here (not listed): %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="246"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n file restored.</numerusform>
            <numerusform>%n files restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="250"/>
        <source>Already here, left untouched: %n file(s).</source>
        <translation>
            <numerusform>Already here, left untouched: %n file.</numerusform>
            <numerusform>Already here, left untouched: %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="252"/>
        <source>Not restored because another file here has the name (nothing was replaced): %n file(s).</source>
        <translation>
            <numerusform>Not restored because another file here has the name (nothing was replaced): %n file.</numerusform>
            <numerusform>Not restored because another file here has the name (nothing was replaced): %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="256"/>
        <source>Not restored because damaged or refused (the list says why): %n file(s).</source>
        <translation>
            <numerusform>Not restored because damaged or refused (the list says why): %n file.</numerusform>
            <numerusform>Not restored because damaged or refused (the list says why): %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="258"/>
        <source>The restore was cancelled; what came in before that is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="264"/>
        <source>The restore stopped because of an unexpected problem. What came in before it is kept; the details are in the log file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../ui/search_controller.py" line="141"/>
        <source>The search could not be done just now; try again. If it happens again, the log file (logs/clientvault.log in the data folder) says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_controller.py" line="223"/>
        <source>«%1» is no longer among the files: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="36"/>
        <source>Search all companies (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="97"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="98"/>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="103"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="104"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="105"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="105"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="107"/>
        <source>Added between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="109"/>
        <source>Only files uploaded between these two days (both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="111"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="112"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="113"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="211"/>
        <source>Searching for «%1»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="237"/>
        <source>No document matches «%1» with these filters. Remove a filter or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="239"/>
        <source>No document contains «%1». Check the spelling or search for fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="242"/>
        <source>The first %Ln results for «%1». Type more words to narrow them down.</source>
        <translation>
            <numerusform>The first %Ln results for «%1». Type more words to narrow them down.</numerusform>
            <numerusform>The first %Ln results for «%1». Type more words to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="245"/>
        <source>%Ln result(s) for «%1»</source>
        <translation>
            <numerusform>%Ln result for «%1»</numerusform>
            <numerusform>%Ln results for «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="248"/>
        <source>(%Ln document(s) not read yet: more results may appear.)</source>
        <translation>
            <numerusform>(%Ln document not read yet: more results may appear.)</numerusform>
            <numerusform>(%Ln documents not read yet: more results may appear.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="32"/>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>The new language is used the next time ClientVault starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="44"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="48"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52"/>
        <source>Paper types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="324"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="326"/>
        <location filename="../../ui/preview/sheet_view.py" line="391"/>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="329"/>
        <source>Hidden sheets not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="366"/>
        <source>This sheet only has charts. Open the file in Excel to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move to another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move %n file(s) to this company:</source>
        <translation>
            <numerusform>Move %n file to this company:</numerusform>
            <numerusform>Move %n files to this company:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="57"/>
        <source>Copy to another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="57"/>
        <source>Copy %n file(s) to this company, with their details:</source>
        <translation>
            <numerusform>Copy %n file to this company, with its details:</numerusform>
            <numerusform>Copy %n files to this company, with their details:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="58"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="79"/>
        <source>Files are already being moved or copied. Wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="84"/>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="84"/>
        <source>Moving %n file(s) to %1…</source>
        <translation>
            <numerusform>Moving %n file to %1…</numerusform>
            <numerusform>Moving %n files to %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="86"/>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="86"/>
        <source>Copying %n file(s) to %1…</source>
        <translation>
            <numerusform>Copying %n file to %1…</numerusform>
            <numerusform>Copying %n files to %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="114"/>
        <source>The work stopped because of an unexpected problem. The files moved or copied before it stay so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="123"/>
        <source>%n file(s) moved to %1.</source>
        <translation>
            <numerusform>%n file moved to %1.</numerusform>
            <numerusform>%n files moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="124"/>
        <source>%n file(s) copied to %1.</source>
        <translation>
            <numerusform>%n file copied to %1.</numerusform>
            <numerusform>%n files copied to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="126"/>
        <source>%n file(s) were not moved to %1:</source>
        <translation>
            <numerusform>%n file was not moved to %1:</numerusform>
            <numerusform>%n files were not moved to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="127"/>
        <source>%n file(s) were not copied to %1:</source>
        <translation>
            <numerusform>%n file was not copied to %1:</numerusform>
            <numerusform>%n files were not copied to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="130"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/trash_bar.py" line="17"/>
        <source>Files in the trash are deleted for good after %n day(s).</source>
        <translation>
            <numerusform>Files in the trash are deleted for good after %n day.</numerusform>
            <numerusform>Files in the trash are deleted for good after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypeChoice</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="97"/>
        <source>(several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="98"/>
        <source>No type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeFilter</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="45"/>
        <source>Show files of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="46"/>
        <location filename="../../ui/widgets/paper_fields.py" line="71"/>
        <location filename="../../ui/widgets/paper_fields.py" line="80"/>
        <source>Show only the files of one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="59"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="60"/>
        <source>No type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="46"/>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="48"/>
        <source>Choose PDF, Excel, Word, image, CSV or text files of up to 5 MB each. Files that cannot be uploaded are marked with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="53"/>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="173"/>
        <source>%n file(s) ready</source>
        <translation>
            <numerusform>%n file ready</numerusform>
            <numerusform>%n files ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="175"/>
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n with a warning)</numerusform>
            <numerusform>(%n with a warning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="177"/>
        <source>%n will be refused</source>
        <translation>
            <numerusform>%n will be refused</numerusform>
            <numerusform>%n will be refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="183"/>
        <source>“%1” will be refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="186"/>
        <source>“%1” will be uploaded with a warning. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="101"/>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="102"/>
        <source>Documents (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="129"/>
        <source>It cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="134"/>
        <source>Ready (%1), looks damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="136"/>
        <source>Ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="126"/>
        <location filename="../../ui/dialogs/upload_dialog.py" line="130"/>
        <source>Will be refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="68"/>
        <location filename="../../ui/dialogs/upload_dialog.py" line="167"/>
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Upload %n file</numerusform>
            <numerusform>Upload %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="171"/>
        <source>No files chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
