<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="68"/>
        <source>&amp;Upload a file…</source>
        <translation>&amp;Subir un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69"/>
        <source>Add files to the selected company</source>
        <translation>Agregar archivos a la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Open the selected file in a preview window</source>
        <translation>Abrir el archivo seleccionado en una ventana de vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>&amp;Quick look</source>
        <translation>&amp;Vista rápida</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Open or close the preview window of the selected file</source>
        <translation>Abrir o cerrar la ventana de vista previa del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99"/>
        <source>Save a copy of the selected file elsewhere</source>
        <translation>Guardar una copia del archivo seleccionado en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Print the selected file</source>
        <translation>Imprimir el archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Enviar por &amp;correo…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Send the selected files by e-mail</source>
        <translation>Enviar los archivos seleccionados por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Move the selected files to the trash</source>
        <translation>Mover los archivos seleccionados a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Rename the selected file</source>
        <translation>Cambiar el nombre del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>&amp;Move to another company…</source>
        <translation>&amp;Mover a otra empresa…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>Move the selected files to another company, with their details and history</source>
        <translation>Mover los archivos seleccionados a otra empresa, con sus datos y su historial</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="158"/>
        <source>Cop&amp;y to another company…</source>
        <translation>C&amp;opiar a otra empresa…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="159"/>
        <source>Copy the selected files to another company too, with their details</source>
        <translation>Copiar también los archivos seleccionados a otra empresa, con sus datos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="169"/>
        <source>Bring the selected files back from the trash</source>
        <translation>Sacar de la papelera los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="178"/>
        <source>Delete &amp;permanently…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="179"/>
        <source>Delete the selected files from the trash for good</source>
        <translation>Eliminar para siempre los archivos seleccionados de la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Bring back the files you just deleted</source>
        <translation>Recuperar los archivos que acaba de eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Open with the &amp;default application</source>
        <translation>Abrir con la aplicación &amp;predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199"/>
        <source>Open the file in the program your computer uses for it</source>
        <translation>Abrir el archivo con el programa que su computador usa para ese tipo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="208"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="209"/>
        <source>Open the company&apos;s folder in the file manager</source>
        <translation>Abrir la carpeta de la empresa en el explorador de archivos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="218"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="219"/>
        <source>Show the company&apos;s deleted files</source>
        <translation>Ver los archivos eliminados de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="230"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231"/>
        <source>Filter the files by name</source>
        <translation>Filtrar los archivos por nombre</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="245"/>
        <source>Search &amp;all companies…</source>
        <translation>Buscar en &amp;todas las empresas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="246"/>
        <source>Find a document in any company, by its name or by what it says</source>
        <translation>Encontrar un documento de cualquier empresa, por su nombre o por lo que dice</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="257"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="258"/>
        <source>Add a client company</source>
        <translation>Agregar una empresa cliente</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="267"/>
        <source>&amp;Edit company…</source>
        <translation>&amp;Editar empresa…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="268"/>
        <source>Change the selected company&apos;s details</source>
        <translation>Cambiar los datos de la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="277"/>
        <source>&amp;Remove company…</source>
        <translation>&amp;Quitar empresa…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="278"/>
        <source>Remove the selected company</source>
        <translation>Quitar la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="287"/>
        <source>&amp;Back up…</source>
        <translation>Copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="288"/>
        <source>Save a copy of all your files, or of one company&apos;s, in a ZIP</source>
        <translation>Guardar una copia de todos sus archivos, o de los de una empresa, en un ZIP</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="297"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Restaurar copia…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="298"/>
        <source>Bring files back from a backup ZIP; nothing already here is replaced</source>
        <translation>Recuperar archivos de una copia de seguridad en ZIP; no se reemplaza nada de lo que ya está</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="307"/>
        <source>&amp;Check files</source>
        <translation>Re&amp;visar archivos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="308"/>
        <source>Look for missing or changed files and repair what can be repaired</source>
        <translation>Buscar archivos que faltan o que cambiaron, y reparar lo que se pueda</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>Re&amp;moved companies…</source>
        <translation>E&amp;mpresas quitadas…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="318"/>
        <source>See the companies you removed and bring one back with its files</source>
        <translation>Ver las empresas que quitó y recuperar una con sus archivos</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="327"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="328"/>
        <source>Delete every file in the company&apos;s trash for good</source>
        <translation>Eliminar definitivamente todos los archivos de la papelera de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="337"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="338"/>
        <source>Language and other preferences</source>
        <translation>Idioma y otras preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="344"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="344"/>
        <source>Close ClientVault</source>
        <translation>Cerrar ClientVault</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="348"/>
        <source>&amp;About ClientVault</source>
        <translation>&amp;Acerca de ClientVault</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="348"/>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="31"/>
        <source>E-mail &amp;history…</source>
        <translation>&amp;Historial de envíos…</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="32"/>
        <source>What was sent by e-mail for the selected file or company</source>
        <translation>Lo que se envió por correo del archivo o la empresa seleccionados</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="42"/>
        <location filename="../../ui/dialogs/backup_dialog.py" line="80"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="48"/>
        <source>A backup is a ZIP with a copy of your files, one folder per company, and a fingerprint of each file so that restoring it can check every one. Files in the trash are not included. Keep it on another disk or in the cloud.</source>
        <translation>Una copia de seguridad es un ZIP con una copia de sus archivos, una carpeta por empresa, y la huella de cada archivo para que al restaurarla se pueda comprobar cada uno. Los archivos de la papelera no se incluyen. Guárdela en otro disco o en la nube.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="53"/>
        <source>All companies (%n file(s))</source>
        <translation>
            <numerusform>Todas las empresas (%n archivo)</numerusform>
            <numerusform>Todas las empresas (%n archivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="59"/>
        <source>Only «%1» (%n file(s))</source>
        <translation>
            <numerusform>Solo «%1» (%n archivo)</numerusform>
            <numerusform>Solo «%1» (%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="61"/>
        <source>Only one company (choose it on the left first)</source>
        <translation>Solo una empresa (elíjala antes a la izquierda)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="64"/>
        <source>Save the backup as:</source>
        <translation>Guardar la copia como:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="67"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="116"/>
        <source>Backup %1 %2.zip</source>
        <translation>Copia %1 %2.zip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="117"/>
        <source>ClientVault backup %1.zip</source>
        <translation>Copia ClientVault %1.zip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="120"/>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="121"/>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="128"/>
        <source>Write where the backup goes, or choose it with «Choose…».</source>
        <translation>Escriba dónde guardar la copia, o elíjalo con «Elegir…».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="140"/>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="151"/>
        <source>Copying %1 of %2: %3</source>
        <translation>Copiando %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="155"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="169"/>
        <source>The backup was cancelled; no ZIP was left behind.</source>
        <translation>La copia se canceló; no quedó ningún ZIP.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="171"/>
        <source>Backup saved: %n file(s)</source>
        <translation>
            <numerusform>Copia guardada: %n archivo</numerusform>
            <numerusform>Copia guardada: %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_dialog.py" line="172"/>
        <source>of %n company(ies), in %1.</source>
        <translation>
            <numerusform>de %n empresa, en %1.</numerusform>
            <numerusform>de %n empresas, en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="174"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="180"/>
        <source>The backup stopped because of an unexpected problem; no ZIP was left behind. The details are in the log file in the data folder.</source>
        <translation>La copia se detuvo por un problema inesperado; no quedó ningún ZIP. Los detalles están en el archivo de registro de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="49"/>
        <source>Check files</source>
        <translation>Revisar archivos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="56"/>
        <source>ClientVault compares every stored file with what it recorded when the file came in: files missing from their folder, files changed outside ClientVault, and files in the folders that it has no record of.</source>
        <translation>ClientVault compara cada archivo guardado con lo que anotó cuando lo recibió: archivos que faltan en su carpeta, archivos que cambiaron fuera de ClientVault y archivos en las carpetas de los que no tiene registro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="71"/>
        <location filename="../../ui/dialogs/check_dialog.py" line="170"/>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="71"/>
        <location filename="../../ui/dialogs/check_dialog.py" line="171"/>
        <source>What «Repair» does</source>
        <translation>Qué hace «Reparar»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="80"/>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="85"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="112"/>
        <source>Repairing…</source>
        <translation>Reparando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="112"/>
        <source>Checking your files…</source>
        <translation>Revisando sus archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="132"/>
        <source>Repairing %1…</source>
        <translation>Reparando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="132"/>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="135"/>
        <source>Stopping the check…</source>
        <translation>Deteniendo la revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="148"/>
        <source>The check stopped because of an unexpected problem; nothing was changed by it. The details are in the log file in the data folder.</source>
        <translation>La revisión se detuvo por un problema inesperado; no cambió nada. Los detalles están en el archivo de registro de la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="161"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="171"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="179"/>
        <source>«Repair» does what the list says for each problem. A copy of the database is made first, and nothing of yours is deleted: what cannot be put back in its place is moved to a folder of its own in the data folder.</source>
        <translation>«Reparar» hace lo que la lista indica para cada problema. Antes se hace una copia de la base de datos, y no se elimina nada suyo: lo que no se puede devolver a su lugar se mueve a una carpeta aparte dentro de la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="194"/>
        <source>%n file(s) checked.</source>
        <translation>
            <numerusform>%n archivo revisado.</numerusform>
            <numerusform>%n archivos revisados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="198"/>
        <source>The check was stopped before the end.</source>
        <translation>La revisión se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="200"/>
        <source>Everything is in order.</source>
        <translation>Todo está en orden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="202"/>
        <source>Repaired: everything is in order now.</source>
        <translation>Reparado: ahora todo está en orden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="204"/>
        <source>%n problem(s) repaired.</source>
        <translation>
            <numerusform>%n problema reparado.</numerusform>
            <numerusform>%n problemas reparados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="205"/>
        <source>%n problem(s) could not be repaired here: the list says what to do.</source>
        <translation>
            <numerusform>%n problema no se pudo reparar aquí: la lista dice qué hacer.</numerusform>
            <numerusform>%n problemas no se pudieron reparar aquí: la lista dice qué hacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="207"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/check_dialog.py" line="210"/>
        <source>«Repair» can fix %n of them.</source>
        <translation>
            <numerusform>«Reparar» puede resolver %n de ellos.</numerusform>
            <numerusform>«Reparar» puede resolver %n de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="220"/>
        <source>a company</source>
        <translation>una empresa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="232"/>
        <source>The file «%1» of %2 is not in its folder: it was deleted or moved outside ClientVault.</source>
        <translation>El archivo «%1» de %2 no está en su carpeta: se eliminó o se movió fuera de ClientVault.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="234"/>
        <source>«%1» of %2 was changed outside ClientVault: its content is no longer the one that was stored.</source>
        <translation>«%1» de %2 se cambió fuera de ClientVault: su contenido ya no es el que se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="236"/>
        <source>«%1» is in the folder of %2, but ClientVault has no record of it.</source>
        <translation>«%1» está en la carpeta de %2, pero ClientVault no tiene registro de él.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="237"/>
        <source>A half-written copy left by an upload that was interrupted, in the folder of %2.</source>
        <translation>Una copia a medio escribir que dejó una carga interrumpida, en la carpeta de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="238"/>
        <source>A file deleted permanently from the trash of %2 was left half-deleted.</source>
        <translation>Un archivo eliminado definitivamente de la papelera de %2 quedó a medio borrar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="239"/>
        <source>The folder «%1» in the data folder belongs to no company.</source>
        <translation>La carpeta «%1» de la carpeta de datos no pertenece a ninguna empresa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="240"/>
        <source>The search by content needs to be brought up to date.</source>
        <translation>La búsqueda por contenido necesita ponerse al día.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="248"/>
        <source>Repaired.</source>
        <translation>Reparado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="251"/>
        <source>Puts it back: an upload that was interrupted left a copy of it in the company&apos;s folder.</source>
        <translation>Lo devuelve a su lugar: una carga interrumpida dejó una copia de él en la carpeta de la empresa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="254"/>
        <source>Puts it back under its own name: a file with the same content is in the company&apos;s folder as «%1».</source>
        <translation>Lo devuelve a su lugar con su nombre: en la carpeta de la empresa hay un archivo con el mismo contenido, llamado «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="256"/>
        <source>Cannot be repaired here. Put the file back from your own copy (a backup, the e-mail it came in), or delete it from ClientVault.</source>
        <translation>No se puede reparar aquí. Recupere el archivo de su propia copia (una copia de seguridad, el correo en que llegó) o elimínelo de ClientVault.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="259"/>
        <source>Moves the changed copy to the folder «cambiados» in the data folder, so that it is not taken for the original. Then put the original back from your own copy.</source>
        <translation>Mueve la copia cambiada a la carpeta «cambiados» de la carpeta de datos, para que no se tome por el original. Después recupere el original de su propia copia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="261"/>
        <source>Adds it to the company&apos;s files again (or, if it cannot, moves it to the folder «lost+found» in the data folder). Nothing is deleted.</source>
        <translation>Lo vuelve a agregar a los archivos de la empresa (o, si no puede, lo mueve a la carpeta «lost+found» de la carpeta de datos). No se elimina nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="263"/>
        <source>Removes it: the original is still where it was uploaded from.</source>
        <translation>La elimina: el original sigue donde estaba cuando se cargó.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="264"/>
        <source>Finishes deleting it, as was asked.</source>
        <translation>Termina de eliminarlo, como se pidió.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="265"/>
        <source>Brings it up to date from the texts already read; nothing is lost.</source>
        <translation>La pone al día con los textos ya leídos; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="266"/>
        <source>Moves it to the folder «lost+found» in the data folder; nothing is deleted.</source>
        <translation>La mueve a la carpeta «lost+found» de la carpeta de datos; no se elimina nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="267"/>
        <source>Left as it is.</source>
        <translation>Se deja como está.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/check_dialog.py" line="269"/>
        <source>Cannot be repaired here.</source>
        <translation>No se puede reparar aquí.</translation>
    </message>
</context>
<context>
    <name>ChooseCompanyDialog</name>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="41"/>
        <source>Type part of the name or the NIT…</source>
        <translation>Escriba parte del nombre o del NIT…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="108"/>
        <source>There is no other company. Add one first.</source>
        <translation>No hay otra empresa. Agregue una primero.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/choose_company.py" line="110"/>
        <source>No company matches «%1».</source>
        <translation>Ninguna empresa coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <location filename="../../ui/company_actions.py" line="37"/>
        <source>Company «%1» saved.</source>
        <translation>Empresa «%1» guardada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_actions.py" line="58"/>
        <source>«%1» has %n file(s). Remove the company and move its files to the trash? For %2 days you can bring it back with its files from «Company › Removed companies».</source>
        <translation>
            <numerusform>«%1» tiene %n archivo. ¿Quitar la empresa y mover su archivo a la papelera? Durante %2 días podrá recuperarla con sus archivos desde «Empresa › Empresas quitadas».</numerusform>
            <numerusform>«%1» tiene %n archivos. ¿Quitar la empresa y mover sus archivos a la papelera? Durante %2 días podrá recuperarla con sus archivos desde «Empresa › Empresas quitadas».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="62"/>
        <source>Remove the company «%1»?</source>
        <translation>¿Quitar la empresa «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="63"/>
        <source>Remove company</source>
        <translation>Quitar empresa</translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="66"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="67"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/company_actions.py" line="80"/>
        <source>Company «%1» removed.</source>
        <translation>Empresa «%1» quitada.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="39"/>
        <source>Edit company</source>
        <translation>Editar empresa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="39"/>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="44"/>
        <source>e.g. 800191045 or 800.191.045-1</source>
        <translation>p. ej. 800191045 o 800.191.045-1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="58"/>
        <source>Legal name (razón social) *</source>
        <translation>Razón social *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="59"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="62"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="63"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="69"/>
        <source>Required papers</source>
        <translation>Papeles requeridos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="71"/>
        <source>ClientVault tells you when one is missing or has expired.</source>
        <translation>ClientVault le avisa cuando falta alguno o se venció.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="138"/>
        <source>Check digit (DV): %1  →  %2-%1</source>
        <translation>Dígito de verificación (DV): %1  →  %2-%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="142"/>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Escriba la razón social de la empresa.</translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message>
        <location filename="../../ui/models/company_model.py" line="144"/>
        <source>NIT %1</source>
        <translation>NIT %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/company_model.py" line="144"/>
        <source>No NIT</source>
        <translation>Sin NIT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/company_model.py" line="150"/>
        <location filename="../../ui/models/company_model.py" line="154"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanySidebar</name>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="203"/>
        <source>Search companies…</source>
        <translation>Buscar empresas…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="209"/>
        <source>List only the companies that lack a paper they must have, or whose paper has expired</source>
        <translation>Mostrar solo las empresas a las que les falta un papel que deben tener, o cuyo papel está vencido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="217"/>
        <source>+ New company</source>
        <translation>+ Nueva empresa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="288"/>
        <source>No company with papers pending matches «%1».</source>
        <translation>Ninguna empresa con papeles pendientes coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="289"/>
        <source>All companies have their papers up to date.</source>
        <translation>Todas las empresas tienen sus papeles al día.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="291"/>
        <source>No company matches «%1».</source>
        <translation>Ninguna empresa coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="297"/>
        <source>Search «%1» in the documents (%2)</source>
        <translation>Buscar «%1» en los documentos (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="299"/>
        <source>Look for these words in the names and the text of the documents of every company</source>
        <translation>Buscar estas palabras en el nombre y en el texto de los documentos de todas las empresas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/company_sidebar.py" line="305"/>
        <source>Only with papers pending (%1)</source>
        <translation>Solo con papeles pendientes (%1)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="61"/>
        <source>Sorry, ClientVault ran into an unexpected problem and could not finish what you asked. Your files are safe: nothing was half-saved.</source>
        <translation>Disculpe: ClientVault tuvo un problema inesperado y no pudo terminar lo que pidió. Sus archivos están a salvo: nada quedó guardado a medias.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63"/>
        <source>If it happens again, send this file to whoever supports you:
%1</source>
        <translation>Si vuelve a ocurrir, envíe este archivo a quien le da soporte:
%1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="131"/>
        <location filename="../../ui/widgets/paper_fields.py" line="132"/>
        <source>Remove the date</source>
        <translation>Quitar la fecha</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/models/document_model.py" line="236"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="237"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="238"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="238"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="239"/>
        <source>Date added</source>
        <translation>Fecha de carga</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="239"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/models/document_model.py" line="277"/>
        <source>Original name: %1</source>
        <translation>Nombre original: %1</translation>
    </message>
</context>
<context>
    <name>DropWords</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/document_drag.py" line="85"/>
        <source>Move %n file(s) to %1</source>
        <translation>
            <numerusform>Mover %n archivo a %1</numerusform>
            <numerusform>Mover %n archivos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/document_drag.py" line="86"/>
        <source>Copy %n file(s) to %1 (hold Shift to move them)</source>
        <translation>
            <numerusform>Copiar %n archivo a %1 (mantenga Mayús para moverlo)</numerusform>
            <numerusform>Copiar %n archivos a %1 (mantenga Mayús para moverlos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueEntry</name>
    <message>
        <location filename="../../ui/widgets/due_entry.py" line="26"/>
        <source>Due papers</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_entry.py" line="27"/>
        <source>Papers expired or expiring soon, of every company</source>
        <translation>Papeles vencidos o por vencer de todas las empresas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_entry.py" line="33"/>
        <source>%n paper(s) expired or expiring soon</source>
        <translation>
            <numerusform>%n papel vencido o por vencer</numerusform>
            <numerusform>%n papeles vencidos o por vencer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="37"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="38"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="146"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="146"/>
        <source>, %n expired</source>
        <translation>
            <numerusform>, %n vencido</numerusform>
            <numerusform>, %n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="147"/>
        <source>NIT %1</source>
        <translation>NIT %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="170"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/due_model.py" line="172"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/due_model.py" line="173"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
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
        <translation>Por vencer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="126"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Próximo %n día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="132"/>
        <source>By company</source>
        <translation>Por empresa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="133"/>
        <source>By date</source>
        <translation>Por fecha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="139"/>
        <source>Also expired over a year ago</source>
        <translation>También vencidos hace más de un año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="142"/>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="144"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="302"/>
        <source>The list could not be read just now. If it happens again, the log file (logs/clientvault.log in the data folder) says why.</source>
        <translation>No se pudo leer la lista en este momento. Si vuelve a pasar, el archivo de registro (logs/clientvault.log en la carpeta de datos) dice por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="323"/>
        <source>Looking for papers that expire…</source>
        <translation>Buscando los documentos que vencen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="325"/>
        <source>No papers expired or due within the next %n day(s).</source>
        <translation>
            <numerusform>No hay documentos vencidos ni por vencer en el próximo %n día.</numerusform>
            <numerusform>No hay documentos vencidos ni por vencer en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="327"/>
        <source>— %n paper(s)</source>
        <translation>
            <numerusform>— %n documento</numerusform>
            <numerusform>— %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="328"/>
        <location filename="../../ui/widgets/due_view.py" line="441"/>
        <source>, %n expired</source>
        <translation>
            <numerusform>, %n vencido</numerusform>
            <numerusform>, %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="336"/>
        <source>%n paper(s) due this week</source>
        <translation>
            <numerusform>%n documento vence esta semana</numerusform>
            <numerusform>%n documentos vencen esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="337"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="338"/>
        <source>%1 — see «Due papers»</source>
        <translation>%1 — ver Por vencer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="354"/>
        <source>«%1» is no longer among the files: it was deleted.</source>
        <translation>«%1» ya no está entre los archivos: se eliminó.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="396"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="397"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_view.py" line="414"/>
        <source>The list was saved in %1.</source>
        <translation>La lista se guardó en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="440"/>
        <source>expired, or due within %n day(s)</source>
        <translation>
            <numerusform>vencidos o por vencer en %n día</numerusform>
            <numerusform>vencidos o por vencer en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_view.py" line="441"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryField</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="228"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="229"/>
        <source>Expiry date entered by hand</source>
        <translation>Fecha de vencimiento puesta a mano</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="231"/>
        <source>Enter a date…</source>
        <translation>Poner una fecha…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="233"/>
        <source>Use the rule</source>
        <translation>Usar la regla</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="70"/>
        <source>An upload is already running. Wait for it to finish or cancel it.</source>
        <translation>Ya hay una carga en curso. Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>Uploading files to %1…</source>
        <translation>Subiendo archivos a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <location filename="../../ui/file_actions.py" line="138"/>
        <location filename="../../ui/file_actions.py" line="203"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73"/>
        <source>Uploading</source>
        <translation>Subiendo archivos</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="86"/>
        <source>Uploading %1 of %2: %3</source>
        <translation>Subiendo %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>%n file(s) uploaded to %1.</source>
        <translation>
            <numerusform>%n archivo subido a %1.</numerusform>
            <numerusform>%n archivos subidos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>The upload stopped because of an unexpected problem. The files uploaded before it are kept.</source>
        <translation>La carga se detuvo por un problema inesperado. Los archivos subidos antes se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="130"/>
        <source>Add a company first; then open the files again to upload them into it.</source>
        <translation>Primero agregue una empresa; luego abra de nuevo los archivos para subirlos a ella.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="132"/>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="133"/>
        <source>Upload %n file(s) into «%1»?</source>
        <translation>
            <numerusform>¿Subir %n archivo a «%1»?</numerusform>
            <numerusform>¿Subir %n archivos a «%1»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="137"/>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="179"/>
        <source>%n file(s) moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n archivo movido a la papelera. Pulse Ctrl+Z para deshacer.</numerusform>
            <numerusform>%n archivos movidos a la papelera. Pulse Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="187"/>
        <source>%n file(s) brought back from the trash.</source>
        <translation>
            <numerusform>%n archivo recuperado de la papelera.</numerusform>
            <numerusform>%n archivos recuperados de la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="192"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n archivo restaurado.</numerusform>
            <numerusform>%n archivos restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="198"/>
        <location filename="../../ui/file_actions.py" line="202"/>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>Delete %n file(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n archivo? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente %n archivos? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="212"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n archivo eliminado definitivamente.</numerusform>
            <numerusform>%n archivos eliminados definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="231"/>
        <source>Choose where to save the copies</source>
        <translation>Elija dónde guardar las copias</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation>No se pudo guardar una copia de %1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="250"/>
        <source>%n copy(ies) saved.</source>
        <translation>
            <numerusform>%n copia guardada.</numerusform>
            <numerusform>%n copias guardadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="35"/>
        <source>Find in the document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="38"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="39"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="47"/>
        <source>Close the search (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="171"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="188"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="190"/>
        <source>No match for «%1».</source>
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="192"/>
        <source>%1 of more than %2</source>
        <translation>%1 de más de %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/find_bar.py" line="193"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../ui/preview/finders.py" line="116"/>
        <source>The search failed because of an unexpected problem.</source>
        <translation>La búsqueda falló por un problema inesperado.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="26"/>
        <source>Add your first company</source>
        <translation>Agregue su primera empresa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="28"/>
        <source>ClientVault keeps the documents of each client company you serve: RUT, Chamber of Commerce certificate, invoicing resolutions, financial statements, contracts…</source>
        <translation>ClientVault guarda los documentos de cada empresa cliente que usted atiende: RUT, certificado de Cámara de Comercio, resoluciones de facturación, estados financieros, contratos…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="31"/>
        <source>Start by adding a company with its legal name and NIT. Then upload its files with «Upload a file», or drag them from your file manager onto the list of files.</source>
        <translation>Empiece por agregar una empresa con su razón social y su NIT. Luego suba sus archivos con «Subir un archivo», o arrástrelos desde su explorador de archivos a la lista de archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/first_start.py" line="33"/>
        <source>Add a company…</source>
        <translation>Agregar una empresa…</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="308"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="76"/>
        <source>Upload finished</source>
        <translation>Carga terminada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="98"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="110"/>
        <source>Apply suggestion</source>
        <translation>Aplicar sugerencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="112"/>
        <source>Fill in the type, date and period suggested for the selected files</source>
        <translation>Llenar el tipo, la fecha y el periodo sugeridos para los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="113"/>
        <source>Apply all</source>
        <translation>Aplicar todas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="115"/>
        <source>Fill in what is suggested for every file; what a file already has is kept</source>
        <translation>Llenar lo sugerido en todos los archivos; lo que un archivo ya tiene se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="141"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="145"/>
        <source>Uploaded, looks damaged</source>
        <translation>Subido, parece dañado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="148"/>
        <source>It was uploaded on %1.</source>
        <translation>Se subió el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="259"/>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="268"/>
        <source>period %1</source>
        <translation>periodo %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="270"/>
        <source>expires %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="273"/>
        <source>Applied: %1</source>
        <translation>Aplicada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="275"/>
        <source>Reading the content…</source>
        <translation>Leyendo el contenido…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="277"/>
        <source>Nothing to suggest</source>
        <translation>Nada que sugerir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="289"/>
        <source>Moved to %1</source>
        <translation>Movido a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="332"/>
        <source>%n document(s) seem to belong to another company.</source>
        <translation>
            <numerusform>%n documento parece ser de otra empresa.</numerusform>
            <numerusform>%n documentos parecen ser de otra empresa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="334"/>
        <source>%n moved to the company whose NIT it names.</source>
        <translation>
            <numerusform>%n movido a la empresa cuyo NIT aparece en él.</numerusform>
            <numerusform>%n movidos a las empresas cuyo NIT aparece en ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="348"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="351"/>
        <source>Suggested: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="386"/>
        <source>It was not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="394"/>
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n archivo subido</numerusform>
            <numerusform>%n archivos subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="396"/>
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n con un aviso)</numerusform>
            <numerusform>(%n con un aviso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="398"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n repetido omitido</numerusform>
            <numerusform>%n repetidos omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_summary.py" line="400"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="108"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_summary.py" line="403"/>
        <source>The upload was cancelled; the files uploaded before that are kept.</source>
        <translation>La carga se canceló; los archivos subidos antes se conservan.</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message>
        <location filename="../../ui/text_indexer.py" line="159"/>
        <source>ClientVault reads what each document says so that search finds it by its content. You can keep working meanwhile.</source>
        <translation>ClientVault lee lo que dice cada documento para que la búsqueda lo encuentre por su contenido. Puede seguir trabajando mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="161"/>
        <source>Reading documents for search: %1 of %2</source>
        <translation>Leyendo documentos para la búsqueda: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="176"/>
        <source>Scanned documents cannot be searched yet</source>
        <translation>Los documentos escaneados aún no se pueden buscar</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="177"/>
        <source>On Windows, install the UB Mannheim build of Tesseract and tick Spanish among its languages.</source>
        <translation>En Windows, instale la versión de Tesseract de UB Mannheim y marque el español entre sus idiomas.</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="179"/>
        <source>On a Mac, install it with Homebrew: brew install tesseract tesseract-lang.</source>
        <translation>En un Mac, instálelo con Homebrew: brew install tesseract tesseract-lang.</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="180"/>
        <source>On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-spa.</source>
        <translation>En Debian o Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-spa.</translation>
    </message>
    <message>
        <location filename="../../ui/text_indexer.py" line="181"/>
        <source>To search scans and photos by what they say, install the free program Tesseract (with Spanish), then open ClientVault again.</source>
        <translation>Para buscar en escaneos y fotos por lo que dicen, instale el programa gratuito Tesseract (con el idioma español) y vuelva a abrir ClientVault.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <location filename="../../ui/mail_actions.py" line="65"/>
        <source>E-mail is not set up yet</source>
        <translation>El correo aún no está configurado</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="66"/>
        <source>E-mail is not set up yet. Choose your provider and fill in your mail server on this E-mail page, then send the files again.</source>
        <translation>El correo aún no está configurado. Elija su proveedor y llene los datos de su servidor en esta página de Correo electrónico; luego envíe de nuevo los archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="107"/>
        <source>No password is saved for this account.</source>
        <translation>No hay contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="110"/>
        <source>Mail password</source>
        <translation>Contraseña del correo</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="111"/>
        <source>Password of %1 on %2:</source>
        <translation>Contraseña de %1 en %2:</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="114"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="115"/>
        <location filename="../../ui/mail_actions.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="125"/>
        <source>Sending the e-mail…</source>
        <translation>Enviando el correo…</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="125"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="150"/>
        <source>E-mail sent to %1.</source>
        <translation>Correo enviado a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="157"/>
        <source>The e-mail could not be sent because of an unexpected problem.</source>
        <translation>El correo no se pudo enviar por un problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="167"/>
        <source>The e-mail was not sent</source>
        <translation>El correo no se envió</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="171"/>
        <source>Server reply: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="183"/>
        <source>E-mails with %1</source>
        <translation>Correos con %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="186"/>
        <source>E-mails of %1</source>
        <translation>Correos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/mail_actions.py" line="189"/>
        <source>E-mail history</source>
        <translation>Historial de envíos</translation>
    </message>
</context>
<context>
    <name>MailComposeDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="44"/>
        <source>Send by e-mail — %1</source>
        <translation>Enviar por correo — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="47"/>
        <source>name@company.com; several separated by commas</source>
        <translation>nombre@empresa.com; varias separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="48"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="49"/>
        <source>Optional: they get the message without the others seeing them</source>
        <translation>Opcional: reciben el correo sin que los demás lo vean</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="55"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="55"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="67"/>
        <source>Remove from the message</source>
        <translation>Quitar del mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="82"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="101"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="102"/>
        <source>CC:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="103"/>
        <source>BCC:</source>
        <translation>CCO:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="104"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="112"/>
        <source>Attached files:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="138"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="138"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="139"/>
        <source>BCC</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="144"/>
        <source>The subject cannot contain line breaks.</source>
        <translation>El asunto no puede tener saltos de línea.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="146"/>
        <source>There is no file left to send.</source>
        <translation>No queda ningún archivo para enviar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="149"/>
        <source>The files total %1, over the %2 MB limit. Remove a file or send them in several messages.</source>
        <translation>Los archivos suman %1 y pasan el límite de %2 MB. Quite algún archivo o envíelos en varios correos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/mail_compose.py" line="155"/>
        <source>%n file(s), %1 in total (limit %2 MB)</source>
        <translation>
            <numerusform>%n archivo, %1 en total (límite %2 MB)</numerusform>
            <numerusform>%n archivos, %1 en total (límite %2 MB)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_compose.py" line="183"/>
        <source>Server reply: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>MailHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="34"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="35"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="48"/>
        <source>Nothing has been sent by e-mail from here yet.</source>
        <translation>Todavía no se ha enviado nada por correo desde aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="51"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="64"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="64"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="79"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="80"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="80"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="82"/>
        <source>CC: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="84"/>
        <source>BCC: %1</source>
        <translation>CCO: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="86"/>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="88"/>
        <source>Sent to the mail server.</source>
        <translation>Entregado al servidor de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_history.py" line="88"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="84"/>
        <source>Other (fill in by hand)</source>
        <translation>Otro (llenar a mano)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="100"/>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="101"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="102"/>
        <source>None (not encrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="112"/>
        <source>Send the password unencrypted (not recommended)</source>
        <translation>Enviar la contraseña sin cifrar (no recomendado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="276"/>
        <source>Saved (type to change it)</source>
        <translation>Guardada (escriba para cambiarla)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="129"/>
        <source>Send a test e-mail</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="85"/>
        <source>Choose your e-mail provider</source>
        <translation>Elija su proveedor de correo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="150"/>
        <source>Outgoing mail server</source>
        <translation>Servidor de correo saliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="152"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="154"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="155"/>
        <source>Your e-mail address:</source>
        <translation>Su correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="156"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="159"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="161"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="164"/>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="165"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="168"/>
        <source>Size limit:</source>
        <translation>Límite de tamaño:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="169"/>
        <source>New messages start with</source>
        <translation>Los correos nuevos empiezan con</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="171"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="172"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="173"/>
        <source>{company} becomes the company&apos;s name, {files} the file names, {sender} your name.</source>
        <translation>{company} se cambia por el nombre de la empresa, {files} por los nombres de los archivos y {sender} por su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="218"/>
        <source>Write the mail server (for example smtp.gmail.com).</source>
        <translation>Escriba el servidor de correo (por ejemplo smtp.gmail.com).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="220"/>
        <source>Your name cannot contain line breaks.</source>
        <translation>Su nombre no puede tener saltos de línea.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="221"/>
        <source>Your e-mail address</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="278"/>
        <source>The app password, not your usual one</source>
        <translation>La contraseña de aplicación, no la habitual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="283"/>
        <source>Gmail needs an app password, not your usual password. Turn on 2-Step Verification in your Google account, then create the app password at %1 and type it in Password below.</source>
        <translation>Gmail necesita una contraseña de aplicación, no su contraseña habitual. Active la verificación en dos pasos en su cuenta de Google, cree la contraseña de aplicación en %1 y escríbala abajo, en Contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="286"/>
        <source>Outlook and Microsoft 365 need an app password, not your usual password. At %1 turn on two-step verification, create an app password under Advanced security options and type it in Password below. A company account may need its administrator to allow it.</source>
        <translation>Outlook y Microsoft 365 necesitan una contraseña de aplicación, no su contraseña habitual. En %1 active la verificación en dos pasos, cree una contraseña de aplicación en Opciones de seguridad avanzadas y escríbala abajo, en Contraseña. En una cuenta de empresa, puede que el administrador deba permitirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="290"/>
        <source>This provider needs an app password, not your usual password. Create one at %1 and type it in Password below.</source>
        <translation>Este proveedor necesita una contraseña de aplicación, no su contraseña habitual. Créela en %1 y escríbala abajo, en Contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="300"/>
        <source>STARTTLS: the connection starts plain and is encrypted before your password or any file is sent (usually port 587).</source>
        <translation>STARTTLS: la conexión empieza sin cifrar y se cifra antes de enviar su contraseña o cualquier archivo (normalmente, puerto 587).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="303"/>
        <source>SSL/TLS: the connection is encrypted from the very first moment (usually port 465).</source>
        <translation>SSL/TLS: la conexión va cifrada desde el primer momento (normalmente, puerto 465).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="304"/>
        <source>None: nothing is encrypted; only for a mail server inside your office.</source>
        <translation>Ninguna: nada va cifrado; solo para un servidor de correo dentro de su oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="312"/>
        <source>Without encryption your password would travel unprotected: anyone on the way could read it, and your clients&apos; files too. Use it only with a mail server inside your office; ClientVault sends the password this way only if you tick the box below.</source>
        <translation>Sin cifrado, su contraseña viajaría desprotegida: cualquiera en el camino podría leerla, y también los archivos de sus clientes. Úselo solo con un servidor de correo dentro de su oficina; ClientVault envía la contraseña así solo si marca la casilla de abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="316"/>
        <source>Without encryption your clients&apos; files travel readable by anyone on the way. Use it only with a mail server inside your office.</source>
        <translation>Sin cifrado, los archivos de sus clientes viajan legibles para cualquiera en el camino. Úselo solo con un servidor de correo dentro de su oficina.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="331"/>
        <source>Fill in the server and your e-mail address first.</source>
        <translation>Primero indique el servidor y su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="339"/>
        <source>Type the password first.</source>
        <translation>Primero escriba la contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="342"/>
        <source>Sending a test e-mail to %1…</source>
        <translation>Enviando un correo de prueba a %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="349"/>
        <source>It works: a test e-mail was sent to %1.</source>
        <translation>Funciona: se envió un correo de prueba a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="355"/>
        <source>Server reply: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_settings_page.py" line="357"/>
        <source>The test could not run because of an unexpected problem.</source>
        <translation>La prueba no se pudo hacer por un problema inesperado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="115"/>
        <source>Filter files by name…</source>
        <translation>Filtrar archivos por nombre…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="224"/>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="226"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="228"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="234"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="413"/>
        <source>No company matches «%1». Clear the search to see them all.</source>
        <translation>Ninguna empresa coincide con «%1». Borre la búsqueda para verlas todas.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="414"/>
        <source>Choose a company on the left</source>
        <translation>Elija una empresa a la izquierda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="423"/>
        <source>%Ln file(s) in the trash</source>
        <translation>
            <numerusform>%Ln archivo en la papelera</numerusform>
            <numerusform>%Ln archivos en la papelera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="429"/>
        <source> — Trash</source>
        <translation> — Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="443"/>
        <source>No file is of the type «%1».</source>
        <translation>Ningún archivo es del tipo «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="561"/>
        <source>Open a file in its company&apos;s list to see and edit its details.</source>
        <translation>Abra el archivo en la lista de su empresa para ver y cambiar sus datos.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="563"/>
        <source>Files in the trash keep their details. Restore a file to edit them.</source>
        <translation>Los archivos de la papelera conservan sus datos. Restaure un archivo para cambiarlos.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="639"/>
        <source>Wait until the work in progress ends, or cancel it, before closing ClientVault.</source>
        <translation>Espere a que termine el trabajo en curso, o cancélelo, antes de cerrar ClientVault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="428"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="434"/>
        <source>%1 of %Ln file(s) in the trash</source>
        <translation>
            <numerusform>%1 de %Ln archivo en la papelera</numerusform>
            <numerusform>%1 de %Ln archivos en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.py" line="435"/>
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 de %Ln archivo</numerusform>
            <numerusform>%1 de %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="439"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="441"/>
        <source>No file name contains «%1».</source>
        <translation>Ningún nombre de archivo contiene «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="445"/>
        <source>No files yet.
Drag files here or use «Upload a file».</source>
        <translation>Aún no hay archivos.
Arrastre archivos aquí o use «Subir un archivo».</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="598"/>
        <source>About ClientVault</source>
        <translation>Acerca de ClientVault</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="599"/>
        <source>ClientVault %1

The documents of every client company, in one place on your computer.
Your files are kept in: %2</source>
        <translation>ClientVault %1

Los documentos de cada empresa cliente, en un solo lugar de su computador.
Sus archivos se guardan en: %2</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="99"/>
        <source>«%1» is back with %n file(s).</source>
        <translation>
            <numerusform>«%1» volvió con %n archivo.</numerusform>
            <numerusform>«%1» volvió con %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="101"/>
        <source>%n file(s) it had deleted before are still in its trash.</source>
        <translation>
            <numerusform>%n archivo que había eliminado antes sigue en su papelera.</numerusform>
            <numerusform>%n archivos que había eliminado antes siguen en su papelera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="112"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="115"/>
        <location filename="../../ui/maintenance_actions.py" line="120"/>
        <location filename="../../ui/maintenance_actions.py" line="137"/>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="116"/>
        <source>Delete the %n file(s) in the trash of «%1» permanently? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n archivo de la papelera de «%1»? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente los %n archivos de la papelera de «%1»? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="121"/>
        <location filename="../../ui/maintenance_actions.py" line="139"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="138"/>
        <source>Deleting the files in the trash of «%1»…</source>
        <translation>Eliminando los archivos de la papelera de «%1»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="168"/>
        <source>Stopped: %n file(s) deleted permanently; the others are still in the trash.</source>
        <translation>
            <numerusform>Se detuvo: %n archivo eliminado definitivamente; los demás siguen en la papelera.</numerusform>
            <numerusform>Se detuvo: %n archivos eliminados definitivamente; los demás siguen en la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/maintenance_actions.py" line="171"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n archivo eliminado definitivamente.</numerusform>
            <numerusform>%n archivos eliminados definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/maintenance_actions.py" line="176"/>
        <source>Emptying the trash stopped because of an unexpected problem. The files deleted before it stay deleted; the others are still in the trash.</source>
        <translation>La papelera no se terminó de vaciar por un problema inesperado. Los archivos eliminados antes no vuelven; los demás siguen en la papelera.</translation>
    </message>
</context>
<context>
    <name>OwnerWarning</name>
    <message>
        <location filename="../../ui/widgets/owner_warning.py" line="44"/>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/owner_warning.py" line="52"/>
        <source>Moved to %1.</source>
        <translation>Movido a %1.</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="64"/>
        <source>%n files are selected. Select at most 5,000 to change their details at once.</source>
        <translation>
            <numerusform>Hay %n archivo seleccionado. Seleccione como máximo 5.000 para cambiar sus datos a la vez.</numerusform>
            <numerusform>Hay %n archivos seleccionados. Seleccione como máximo 5.000 para cambiar sus datos a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="173"/>
        <source>Saving the details</source>
        <translation>Guardando los datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="190"/>
        <location filename="../../ui/paper_actions.py" line="246"/>
        <source>Details saved for %n file(s).</source>
        <translation>
            <numerusform>Se guardaron los datos de %n archivo.</numerusform>
            <numerusform>Se guardaron los datos de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="192"/>
        <source>The details of «%1» were saved.</source>
        <translation>Se guardaron los datos de «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="203"/>
        <source>Applying the suggestions</source>
        <translation>Aplicando las sugerencias</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="214"/>
        <source>Suggestions applied to %n file(s).</source>
        <translation>
            <numerusform>Sugerencias aplicadas a %n archivo.</numerusform>
            <numerusform>Sugerencias aplicadas a %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="215"/>
        <source>There was nothing to suggest that the files do not have already.</source>
        <translation>No hay nada que sugerir que los archivos no tengan ya.</translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="222"/>
        <source>Details are already being saved. Wait for it to finish or cancel it.</source>
        <translation>Ya se están guardando datos. Espere a que termine o cancélelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_actions.py" line="226"/>
        <source>%n file(s)…</source>
        <translation>
            <numerusform>%n archivo…</numerusform>
            <numerusform>%n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="252"/>
        <source>The work stopped because of an unexpected problem. The details saved before it stay so.</source>
        <translation>El trabajo se detuvo por un problema inesperado. Los datos guardados antes se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/paper_actions.py" line="270"/>
        <source>The period «%1» was not saved: enter a year (2023) or a year and month (2023-12).</source>
        <translation>El periodo «%1» no se guardó: escriba un año (2023) o un año y mes (2023-12).</translation>
    </message>
</context>
<context>
    <name>PaperDetails</name>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="113"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="114"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="115"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="116"/>
        <source>Date of the paper</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="118"/>
        <source>&amp;Date of the paper:</source>
        <translation>&amp;Fecha del documento:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="121"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="122"/>
        <location filename="../../ui/widgets/paper_details.py" line="241"/>
        <location filename="../../ui/widgets/paper_details.py" line="267"/>
        <source>2023 or 2023-12</source>
        <translation>2023 o 2023-12</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="132"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="137"/>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="140"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="141"/>
        <location filename="../../ui/widgets/paper_details.py" line="244"/>
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="142"/>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="145"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="148"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="156"/>
        <location filename="../../ui/widgets/paper_details.py" line="248"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="158"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="171"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="175"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="177"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="213"/>
        <source>Save the details (Enter in a field, or %1)</source>
        <translation>Guardar los datos (Enter en un campo, o %1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="214"/>
        <source>Put back what is saved (Esc)</source>
        <translation>Volver a lo guardado (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="225"/>
        <location filename="../../ui/widgets/paper_details.py" line="236"/>
        <source>Details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="227"/>
        <source>Select a file to see and edit its type, dates, tags and notes.</source>
        <translation>Seleccione un archivo para ver y cambiar su tipo, sus fechas, etiquetas y notas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/paper_details.py" line="261"/>
        <source>%n file(s) selected: change them all at once</source>
        <translation>
            <numerusform>%n archivo seleccionado: cámbielo aquí</numerusform>
            <numerusform>%n archivos seleccionados: cámbielos todos a la vez</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="267"/>
        <source>(several)</source>
        <translation>(varios)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="270"/>
        <source>tags to add to all of them, separated by commas</source>
        <translation>etiquetas para agregar a todos, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="272"/>
        <source>Fill in what the names and texts of the files suggest, where it is missing.</source>
        <translation>Completar lo que sugieren los nombres y textos de los archivos, donde falte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/paper_details.py" line="273"/>
        <source>Apply suggestions to the %n</source>
        <translation>
            <numerusform>Aplicar la sugerencia al %n</numerusform>
            <numerusform>Aplicar sugerencias a los %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="278"/>
        <source>They all have: %1</source>
        <translation>Todos tienen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="300"/>
        <source>Suggestion: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="305"/>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_details.py" line="325"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>PaperTypesPage</name>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="95"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="104"/>
        <source>Add type…</source>
        <translation>Agregar tipo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="107"/>
        <source>Discard new type</source>
        <translation>Descartar el tipo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="116"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="217"/>
        <source>Does not expire</source>
        <translation>No vence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="117"/>
        <source>Some days after its date</source>
        <translation>Unos días después de su fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="118"/>
        <source>Every year on a set day</source>
        <translation>Cada año en un día fijo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="119"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="216"/>
        <source>On the date each paper has</source>
        <translation>En la fecha que tenga cada documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="123"/>
        <source>days after its date</source>
        <translation>días después de su fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="133"/>
        <source>Changing a rule recalculates the expiry date of the papers of that type, except those whose expiry date was entered by hand.</source>
        <translation>Al cambiar una regla se recalcula la fecha de vencimiento de los documentos de ese tipo, menos la de los que tienen una fecha de vencimiento escrita a mano.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="165"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="167"/>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="170"/>
        <source>Papers a new company must have</source>
        <translation>Papeles que debe tener una empresa nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="180"/>
        <source>ClientVault tells you when a company lacks one of them or it has expired. Each company&apos;s own list is in its Edit company window.</source>
        <translation>ClientVault le avisa cuando a una empresa le falta alguno o se le venció. La lista de cada empresa está en su ventana Editar empresa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/paper_types_page.py" line="211"/>
        <source>%n day(s) after its date</source>
        <translation>
            <numerusform>%n día después de su fecha</numerusform>
            <numerusform>%n días después de su fecha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="214"/>
        <source>Every year on %1 %2</source>
        <translation>Cada año el %2 de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="222"/>
        <location filename="../../ui/dialogs/paper_types_page.py" line="227"/>
        <source>(no name yet)</source>
        <translation>(sin nombre todavía)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="338"/>
        <source>Enter the name of the paper type.</source>
        <translation>Escriba el nombre del tipo de documento.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="340"/>
        <source>There is already a paper type named «%1».</source>
        <translation>Ya hay un tipo de documento llamado «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/paper_types_page.py" line="359"/>
        <source>%n paper type(s) could not be saved: see the message under the field.</source>
        <translation>
            <numerusform>No se pudo guardar %n tipo de documento: vea el mensaje debajo del campo.</numerusform>
            <numerusform>No se pudieron guardar %n tipos de documento: vea el mensaje debajo del campo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/paper_types_page.py" line="361"/>
        <source>The other changes were saved.</source>
        <translation>Los demás cambios quedaron guardados.</translation>
    </message>
</context>
<context>
    <name>PaperWords</name>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="75"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="77"/>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="79"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="80"/>
        <source>Valid: expires in %n day(s)</source>
        <translation>
            <numerusform>Vigente: vence en %n día</numerusform>
            <numerusform>Vigente: vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_words.py" line="85"/>
        <source>%n day(s) after its date</source>
        <translation>
            <numerusform>%n día después de su fecha</numerusform>
            <numerusform>%n días después de su fecha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="92"/>
        <source>every year on %1</source>
        <translation>cada año el %1</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="94"/>
        <source>the date written on the paper</source>
        <translation>la fecha que trae el documento</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="95"/>
        <source>does not expire</source>
        <translation>no vence</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="102"/>
        <source>%1 (entered by hand)</source>
        <translation>%1 (puesta a mano)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="104"/>
        <source>No type: choose one to know when it expires</source>
        <translation>Sin tipo: elija uno para saber cuándo vence</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="107"/>
        <source>%1 (rule: %2)</source>
        <translation>%1 (regla: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="109"/>
        <source>Does not expire</source>
        <translation>No vence</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="111"/>
        <source>Enter the paper&apos;s date to know when it expires (rule: %1)</source>
        <translation>Escriba la fecha del documento para saber cuándo vence (regla: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="113"/>
        <source>Enter its date or period to know when it expires (rule: %1)</source>
        <translation>Escriba su fecha o su periodo para saber cuándo vence (regla: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="114"/>
        <source>Enter the date it expires, written on the paper</source>
        <translation>Escriba la fecha de vencimiento que trae el documento</translation>
    </message>
    <message>
        <location filename="../../ui/paper_words.py" line="121"/>
        <source>expires %1</source>
        <translation>vence el %1</translation>
    </message>
</context>
<context>
    <name>PdfFinder</name>
    <message>
        <location filename="../../ui/preview/finders.py" line="319"/>
        <source>This document has no text to search.</source>
        <translation>Este documento no tiene texto que buscar.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="130"/>
        <source>Open with the default application</source>
        <translation>Abrir con la aplicación predeterminada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="132"/>
        <source>Type the password…</source>
        <translation>Escribir la contraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="166"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="167"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/preview_pane.py" line="248"/>
        <source>%Ln file(s) selected</source>
        <translation>
            <numerusform>%Ln archivo seleccionado</numerusform>
            <numerusform>%Ln archivos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="292"/>
        <source>Select a file to see it here.</source>
        <translation>Seleccione un archivo para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="323"/>
        <source>Loading the preview of %1…</source>
        <translation>Cargando la vista previa de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="366"/>
        <source>There is nothing to search: the document could not be shown.</source>
        <translation>No hay nada que buscar: el documento no se pudo mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="373"/>
        <source>The preview failed because of an unexpected problem. Open the file with its usual program.</source>
        <translation>La vista previa falló por un problema inesperado. Abra el archivo con su programa habitual.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="402"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="409"/>
        <source>There is no text to search in an image.</source>
        <translation>En una imagen no hay texto que buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="520"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/preview_pane.py" line="521"/>
        <source>Password to open %1:</source>
        <translation>Contraseña para abrir %1:</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="89"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="90"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="91"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="94"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="97"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="98"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="99"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="100"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="101"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="102"/>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="180"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="200"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="204"/>
        <source>There is no text to search in an image.</source>
        <translation>En una imagen no hay texto que buscar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="244"/>
        <source>There is nothing to search: the document could not be shown.</source>
        <translation>No hay nada que buscar: el documento no se pudo mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="246"/>
        <source>The preview failed because of an unexpected problem. Open the file with its usual program.</source>
        <translation>La vista previa falló por un problema inesperado. Abra el archivo con su programa habitual.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="306"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preview_window.py" line="312"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation>No se pudo guardar una copia de %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>PrintPreviewWindow</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="67"/>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="92"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="93"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="94"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="95"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="96"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="97"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="98"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="99"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="104"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="212"/>
        <source>Preparing the pages of %1…</source>
        <translation>Preparando las páginas de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="288"/>
        <source>This file cannot be printed because of an unexpected problem. Open it with its usual program and print it from there.</source>
        <translation>Este archivo no se puede imprimir por un problema inesperado. Ábralo con su programa habitual e imprímalo desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="309"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="309"/>
        <source> of about %1</source>
        <translation> de unas %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="330"/>
        <source>Save as PDF file</source>
        <translation>Guardar como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="330"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="359"/>
        <source>Printing %1…</source>
        <translation>Imprimiendo %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="365"/>
        <source>The pages could not be printed: %1</source>
        <translation>No se pudieron imprimir las páginas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview.py" line="370"/>
        <source>%n page(s) of %1 saved in %2.</source>
        <translation>
            <numerusform>%n página de %1 guardada en %2.</numerusform>
            <numerusform>%n páginas de %1 guardadas en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview.py" line="372"/>
        <source>%n page(s) of %1 sent to %2.</source>
        <translation>
            <numerusform>%n página de %1 enviada a %2.</numerusform>
            <numerusform>%n páginas de %1 enviadas a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="381"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="57"/>
        <source>No printer is installed on this computer; you can save the pages as a PDF file and print them elsewhere.</source>
        <translation>No hay ninguna impresora instalada en este equipo; puede guardar las páginas como archivo PDF e imprimirlas en otro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="64"/>
        <source>All pages</source>
        <translation>Todas las páginas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="66"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="80"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="85"/>
        <source>As the document is</source>
        <translation>Como el documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="86"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="87"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="105"/>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="106"/>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="107"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="108"/>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="128"/>
        <source>Save as PDF file…</source>
        <translation>Guardar como archivo PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="185"/>
        <source>The preview shows the first %1 pages of about %2; Print prints every page chosen.</source>
        <translation>La vista previa muestra las primeras %1 páginas de unas %2; «Imprimir» imprime todas las páginas elegidas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_settings.py" line="186"/>
        <source>The preview shows the first %1 pages of %2; Print prints every page chosen.</source>
        <translation>La vista previa muestra las primeras %1 páginas de %2; «Imprimir» imprime todas las páginas elegidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_settings.py" line="198"/>
        <source>%n sheet(s) of paper</source>
        <translation>
            <numerusform>%n hoja de papel</numerusform>
            <numerusform>%n hojas de papel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="72"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="72"/>
        <source>Page %1 of about %2</source>
        <translation>Página %1 de unas %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="96"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="98"/>
        <source>The printer refused a new page.</source>
        <translation>La impresora no aceptó una página nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="194"/>
        <source>This sheet is empty.</source>
        <translation>Esta hoja está vacía.</translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="201"/>
        <source>Only the first %1 columns are printed; open the file in Excel to print it all.</source>
        <translation>Solo se imprimen las primeras %1 columnas; abra el archivo en Excel para imprimirlo completo.</translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="209"/>
        <source>Only the first %1 rows of %2 are printed; open the file in Excel to print it all.</source>
        <translation>Solo se imprimen las primeras %1 filas de %2; abra el archivo en Excel para imprimirlo completo.</translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="212"/>
        <source>Only the first %1 rows are printed; the sheet has more. Open the file in Excel to print it all.</source>
        <translation>Solo se imprimen las primeras %1 filas; la hoja tiene más. Abra el archivo en Excel para imprimirlo completo.</translation>
    </message>
    <message>
        <location filename="../../ui/print_sheet.py" line="232"/>
        <source>This sheet only has charts. Open the file in Excel to print them.</source>
        <translation>Esta hoja solo tiene gráficos. Abra el archivo en Excel para imprimirlos.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_words.py" line="21"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="22"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="23"/>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="24"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="17"/>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar archivos &amp;ocultos</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="18"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Ya existe %1.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="19"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Revise que el nombre del archivo esté bien escrito.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_words.py" line="25"/>
        <source>File Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../ui/qt_words.py" line="35"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Orden de las páginas:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="36"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Páginas por &amp;hoja:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_words.py" line="28"/>
        <source>Double Sided Printing</source>
        <translation>Impresión a doble cara</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="29"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="30"/>
        <source>Long side binding</source>
        <translation>Encuadernar por el lado largo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="31"/>
        <source>Short side binding</source>
        <translation>Encuadernar por el lado corto</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="32"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="33"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Imprimir:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location filename="../../ui/qt_words.py" line="27"/>
        <source>Output &amp;file:</source>
        <translation>&amp;Archivo de salida:</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../ui/i18n.py" line="20"/>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="21"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="22"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="24"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="25"/>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="26"/>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="27"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery.py" line="29"/>
        <source>Rebuild from the folders</source>
        <translation>Reconstruir a partir de las carpetas</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="30"/>
        <source>Go back to the backup</source>
        <translation>Volver a la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="32"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="41"/>
        <source>1 company</source>
        <translation>1 empresa</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="42"/>
        <source>%1 companies</source>
        <translation>%1 empresas</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="43"/>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="44"/>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="48"/>
        <source>Left as they were:</source>
        <translation>Se dejaron como estaban:</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="45"/>
        <source>The database was rebuilt: %1 and %2 are back.</source>
        <translation>Se reconstruyó la base de datos: volvieron %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="54"/>
        <source>The backup is back in place, and 1 file added after it came back from the companies&apos; folders.</source>
        <translation>La copia de seguridad volvió a su lugar, y 1 archivo agregado después de ella volvió de las carpetas de las empresas.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="56"/>
        <source>The backup is back in place, and %1 files added after it came back from the companies&apos; folders.</source>
        <translation>La copia de seguridad volvió a su lugar, y %1 archivos agregados después de ella volvieron de las carpetas de las empresas.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="64"/>
        <source>The database could not be brought back because of an unexpected problem. Your files are still in their companies&apos; folders. The details are in the log file of the data folder.</source>
        <translation>La base de datos no se pudo recuperar por un problema inesperado. Sus archivos siguen en las carpetas de sus empresas. El detalle quedó en el registro de la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="74"/>
        <source>The database of your files in %1 is damaged and cannot be opened.</source>
        <translation>La base de datos de sus archivos en %1 está dañada y no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="76"/>
        <source>The database in %1 is not the one of your files: it belongs to another ClientVault data folder.</source>
        <translation>La base de datos de %1 no es la de sus archivos: pertenece a otra carpeta de datos de ClientVault.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="79"/>
        <source>The database of your files was not found in %1.</source>
        <translation>No se encontró la base de datos de sus archivos en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="80"/>
        <source>Your files are still in their companies&apos; folders; nothing was changed.</source>
        <translation>Sus archivos siguen en las carpetas de sus empresas; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="84"/>
        <source>You can go back to the backup of %1 (files added after it are found again in the folders), or rebuild the database from the companies&apos; folders.</source>
        <translation>Puede volver a la copia de seguridad del %1 (los archivos agregados después se vuelven a encontrar en las carpetas) o reconstruir la base de datos a partir de las carpetas de las empresas.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="88"/>
        <source>You can rebuild the database from the companies&apos; folders: every company and file comes back; document types, expiry dates and the e-mail history do not.</source>
        <translation>Puede reconstruir la base de datos a partir de las carpetas de las empresas: vuelven todas las empresas y todos los archivos; los tipos de documento, los vencimientos y el historial de envíos no.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="101"/>
        <source>Looking for the files added after the backup…</source>
        <translation>Buscando los archivos agregados después de la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery.py" line="134"/>
        <source>Rebuilding the database from the companies&apos; folders…</source>
        <translation>Reconstruyendo la base de datos a partir de las carpetas de las empresas…</translation>
    </message>
</context>
<context>
    <name>RemovedCompaniesDialog</name>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="42"/>
        <source>Removed companies</source>
        <translation>Empresas quitadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/removed_companies.py" line="49"/>
        <source>A removed company is kept with its files in its trash, so you can bring it back. Files in the trash are deleted for good after %n day(s); when the last one goes, so does the company.</source>
        <translation>
            <numerusform>Una empresa quitada se conserva con sus archivos en su papelera, para que pueda recuperarla. Los archivos de la papelera se eliminan definitivamente al cabo de %n día; cuando se va el último, se va también la empresa.</numerusform>
            <numerusform>Una empresa quitada se conserva con sus archivos en su papelera, para que pueda recuperarla. Los archivos de la papelera se eliminan definitivamente a los %n días; cuando se va el último, se va también la empresa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Files in its trash</source>
        <translation>Archivos en su papelera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="56"/>
        <source>Removed on</source>
        <translation>Quitada el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="59"/>
        <source>There are no removed companies.</source>
        <translation>No hay empresas quitadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="65"/>
        <location filename="../../ui/dialogs/removed_companies.py" line="118"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="69"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/removed_companies.py" line="89"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="119"/>
        <source>Bringing back «%1» and its files…</source>
        <translation>Recuperando «%1» y sus archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/removed_companies.py" line="151"/>
        <source>The company could not be brought back because of an unexpected problem. The details are in the log file in the data folder.</source>
        <translation>No se pudo recuperar la empresa por un problema inesperado. Los detalles están en el archivo de registro de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="37"/>
        <source>Restore a backup</source>
        <translation>Restaurar copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="45"/>
        <source>Choose a backup ZIP. ClientVault reads it first and shows what it holds; then it adds what is missing here, checking every file. Nothing already here is replaced.</source>
        <translation>Elija el ZIP de una copia de seguridad. ClientVault primero lo lee y le muestra qué contiene; después agrega lo que falta aquí, comprobando cada archivo. No se reemplaza nada de lo que ya está.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="50"/>
        <source>The backup ZIP</source>
        <translation>El ZIP de la copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="55"/>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="66"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="71"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="99"/>
        <source>Choose the backup</source>
        <translation>Elija la copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="100"/>
        <source>ZIP files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="124"/>
        <source>Reading the backup…</source>
        <translation>Leyendo la copia…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="144"/>
        <source>The backup could not be read because of an unexpected problem. Nothing was restored; the details are in the log file in the data folder.</source>
        <translation>No se pudo leer la copia por un problema inesperado. No se restauró nada; los detalles están en el archivo de registro de la carpeta de datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="162"/>
        <source>The backup holds %n company(ies)</source>
        <translation>
            <numerusform>La copia contiene %n empresa</numerusform>
            <numerusform>La copia contiene %n empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="248"/>
        <source>New in the list of companies: %n company(ies).</source>
        <translation>
            <numerusform>Nueva en la lista de empresas: %n.</numerusform>
            <numerusform>Nuevas en la lista de empresas: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="163"/>
        <source>and %n file(s). Untick a company to leave it out.</source>
        <translation>
            <numerusform>y %n archivo. Desmarque una empresa para dejarla por fuera.</numerusform>
            <numerusform>y %n archivos. Desmarque una empresa para dejarla por fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="165"/>
        <source>It is the export of one company, which is named after the ZIP.</source>
        <translation>Es la exportación de una sola empresa, que toma el nombre del ZIP.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="172"/>
        <source>A new company: its files are added.</source>
        <translation>Empresa nueva: se agregan sus archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="175"/>
        <source>Already here with all these files: nothing to add.</source>
        <translation>Ya está aquí con todos estos archivos: no hay nada que agregar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="176"/>
        <source>Already here, with %1 of these files. The others are added; a file whose name is taken here by other content is left out and listed.</source>
        <translation>Ya está aquí, con %1 de estos archivos. Se agregan los demás; un archivo cuyo nombre ya lo usa aquí otro contenido se deja por fuera y se indica en la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="200"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="210"/>
        <source>Restoring %1 of %2: %3</source>
        <translation>Restaurando %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="214"/>
        <source>Stopping after the file being restored…</source>
        <translation>Deteniendo al terminar el archivo que se está restaurando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="220"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="228"/>
        <source>Not restored: the name is taken</source>
        <translation>No restaurado: el nombre ya se usa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="229"/>
        <source>Not restored: damaged</source>
        <translation>No restaurado: dañado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="229"/>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="237"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="240"/>
        <source>Restored or already here (not listed): %n file(s).</source>
        <translation>
            <numerusform>Restaurado o que ya estaba aquí (no se lista): %n archivo.</numerusform>
            <numerusform>Restaurados o que ya estaban aquí (no se listan): %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="246"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n archivo restaurado.</numerusform>
            <numerusform>%n archivos restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="250"/>
        <source>Already here, left untouched: %n file(s).</source>
        <translation>
            <numerusform>Ya estaba aquí y no se tocó: %n archivo.</numerusform>
            <numerusform>Ya estaban aquí y no se tocaron: %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="252"/>
        <source>Not restored because another file here has the name (nothing was replaced): %n file(s).</source>
        <translation>
            <numerusform>No restaurado porque otro archivo de aquí tiene el nombre (no se reemplazó nada): %n archivo.</numerusform>
            <numerusform>No restaurados porque otro archivo de aquí tiene el nombre (no se reemplazó nada): %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_dialog.py" line="256"/>
        <source>Not restored because damaged or refused (the list says why): %n file(s).</source>
        <translation>
            <numerusform>No restaurado por estar dañado o ser rechazado (la lista dice por qué): %n archivo.</numerusform>
            <numerusform>No restaurados por estar dañados o ser rechazados (la lista dice por qué): %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="258"/>
        <source>The restore was cancelled; what came in before that is kept.</source>
        <translation>La restauración se canceló; lo que entró antes se conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="264"/>
        <source>The restore stopped because of an unexpected problem. What came in before it is kept; the details are in the log file in the data folder.</source>
        <translation>La restauración se detuvo por un problema inesperado. Lo que entró antes se conserva; los detalles están en el archivo de registro de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../ui/search_controller.py" line="141"/>
        <source>The search could not be done just now; try again. If it happens again, the log file (logs/clientvault.log in the data folder) says why.</source>
        <translation>No se pudo hacer la búsqueda en este momento; inténtelo de nuevo. Si vuelve a pasar, el registro (logs/clientvault.log en la carpeta de datos) dice por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/search_controller.py" line="223"/>
        <source>«%1» is no longer among the files: it was deleted.</source>
        <translation>«%1» ya no está entre los archivos: se eliminó.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="36"/>
        <source>Search all companies (Ctrl+K)</source>
        <translation>Buscar en todas las empresas (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="97"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="98"/>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="103"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="104"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="105"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="105"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="107"/>
        <source>Added between</source>
        <translation>Cargados entre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="109"/>
        <source>Only files uploaded between these two days (both included)</source>
        <translation>Solo los archivos subidos entre estos dos días (ambos incluidos)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="111"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="112"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="113"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="211"/>
        <source>Searching for «%1»…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="237"/>
        <source>No document matches «%1» with these filters. Remove a filter or check the spelling.</source>
        <translation>Ningún documento con estos filtros contiene «%1». Quite un filtro o revise la ortografía.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_panel.py" line="239"/>
        <source>No document contains «%1». Check the spelling or search for fewer words.</source>
        <translation>Ningún documento contiene «%1». Revise la ortografía o busque menos palabras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="242"/>
        <source>The first %Ln results for «%1». Type more words to narrow them down.</source>
        <translation>
            <numerusform>Los primeros %Ln resultados para «%1». Escriba más palabras para encontrar menos.</numerusform>
            <numerusform>Los primeros %Ln resultados para «%1». Escriba más palabras para encontrar menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="245"/>
        <source>%Ln result(s) for «%1»</source>
        <translation>
            <numerusform>%Ln resultado para «%1»</numerusform>
            <numerusform>%Ln resultados para «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_panel.py" line="248"/>
        <source>(%Ln document(s) not read yet: more results may appear.)</source>
        <translation>
            <numerusform>(%Ln documento aún sin leer: pueden aparecer más resultados.)</numerusform>
            <numerusform>(%Ln documentos aún sin leer: pueden aparecer más resultados.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="32"/>
        <source>Same as the computer</source>
        <translation>El mismo del computador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>The new language is used the next time ClientVault starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra ClientVault.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="41"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="44"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="48"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="52"/>
        <source>Paper types</source>
        <translation>Tipos de documento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="324"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="326"/>
        <location filename="../../ui/preview/sheet_view.py" line="391"/>
        <source> (hidden)</source>
        <translation> (oculta)</translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="329"/>
        <source>Hidden sheets not shown: %1</source>
        <translation>Hojas ocultas que no se muestran: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preview/sheet_view.py" line="366"/>
        <source>This sheet only has charts. Open the file in Excel to see them.</source>
        <translation>Esta hoja solo tiene gráficos. Abra el archivo en Excel para verlos.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move to another company</source>
        <translation>Mover a otra empresa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move %n file(s) to this company:</source>
        <translation>
            <numerusform>Mover %n archivo a esta empresa:</numerusform>
            <numerusform>Mover %n archivos a esta empresa:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="55"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="57"/>
        <source>Copy to another company</source>
        <translation>Copiar a otra empresa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="57"/>
        <source>Copy %n file(s) to this company, with their details:</source>
        <translation>
            <numerusform>Copiar %n archivo a esta empresa, con sus datos:</numerusform>
            <numerusform>Copiar %n archivos a esta empresa, con sus datos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="58"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="79"/>
        <source>Files are already being moved or copied. Wait for it to finish or cancel it.</source>
        <translation>Ya se están moviendo o copiando archivos. Espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="84"/>
        <source>Moving</source>
        <translation>Moviendo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="84"/>
        <source>Moving %n file(s) to %1…</source>
        <translation>
            <numerusform>Moviendo %n archivo a %1…</numerusform>
            <numerusform>Moviendo %n archivos a %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="86"/>
        <source>Copying</source>
        <translation>Copiando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="86"/>
        <source>Copying %n file(s) to %1…</source>
        <translation>
            <numerusform>Copiando %n archivo a %1…</numerusform>
            <numerusform>Copiando %n archivos a %1…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="87"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="114"/>
        <source>The work stopped because of an unexpected problem. The files moved or copied before it stay so.</source>
        <translation>El trabajo se detuvo por un problema inesperado. Los archivos movidos o copiados antes quedan así.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="123"/>
        <source>%n file(s) moved to %1.</source>
        <translation>
            <numerusform>%n archivo movido a %1.</numerusform>
            <numerusform>%n archivos movidos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="124"/>
        <source>%n file(s) copied to %1.</source>
        <translation>
            <numerusform>%n archivo copiado a %1.</numerusform>
            <numerusform>%n archivos copiados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="126"/>
        <source>%n file(s) were not moved to %1:</source>
        <translation>
            <numerusform>%n archivo no se movió a %1:</numerusform>
            <numerusform>%n archivos no se movieron a %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="127"/>
        <source>%n file(s) were not copied to %1:</source>
        <translation>
            <numerusform>%n archivo no se copió a %1:</numerusform>
            <numerusform>%n archivos no se copiaron a %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/transfer_actions.py" line="130"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/trash_bar.py" line="17"/>
        <source>Files in the trash are deleted for good after %n day(s).</source>
        <translation>
            <numerusform>Los archivos de la papelera se eliminan definitivamente al cabo de %n día.</numerusform>
            <numerusform>Los archivos de la papelera se eliminan definitivamente a los %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypeChoice</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="97"/>
        <source>(several)</source>
        <translation>(varios)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="98"/>
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
</context>
<context>
    <name>TypeFilter</name>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="45"/>
        <source>Show files of type</source>
        <translation>Mostrar archivos del tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="46"/>
        <location filename="../../ui/widgets/paper_fields.py" line="71"/>
        <location filename="../../ui/widgets/paper_fields.py" line="80"/>
        <source>Show only the files of one type</source>
        <translation>Mostrar solo los archivos de un tipo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="59"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/paper_fields.py" line="60"/>
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="46"/>
        <source>Upload files to %1</source>
        <translation>Subir archivos a %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="48"/>
        <source>Choose PDF, Excel, Word, image, CSV or text files of up to 5 MB each. Files that cannot be uploaded are marked with the reason.</source>
        <translation>Elija archivos PDF, Excel, Word, imágenes, CSV o texto de hasta 5 MB cada uno. Los que no se pueden subir se marcan con el motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="53"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="57"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="173"/>
        <source>%n file(s) ready</source>
        <translation>
            <numerusform>%n archivo listo</numerusform>
            <numerusform>%n archivos listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="175"/>
        <source>(%n with a warning)</source>
        <translation>
            <numerusform>(%n con un aviso)</numerusform>
            <numerusform>(%n con un aviso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="177"/>
        <source>%n will be refused</source>
        <translation>
            <numerusform>se rechazará %n</numerusform>
            <numerusform>se rechazarán %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="183"/>
        <source>“%1” will be refused: %2</source>
        <translation>«%1» se rechazará: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="186"/>
        <source>“%1” will be uploaded with a warning. %2</source>
        <translation>«%1» se subirá con un aviso. %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="101"/>
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="102"/>
        <source>Documents (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="129"/>
        <source>It cannot be read: %1.</source>
        <translation>No se puede leer: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="134"/>
        <source>Ready (%1), looks damaged</source>
        <translation>Listo (%1), parece dañado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="136"/>
        <source>Ready (%1)</source>
        <translation>Listo (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="126"/>
        <location filename="../../ui/dialogs/upload_dialog.py" line="130"/>
        <source>Will be refused: %1</source>
        <translation>Se rechazará: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/upload_dialog.py" line="68"/>
        <location filename="../../ui/dialogs/upload_dialog.py" line="167"/>
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Subir %n archivo</numerusform>
            <numerusform>Subir %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/upload_dialog.py" line="171"/>
        <source>No files chosen yet.</source>
        <translation>Aún no ha elegido archivos.</translation>
    </message>
</context>
</TS>
