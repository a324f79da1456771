<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="45"/>
        <source>&amp;Upload a file…</source>
        <translation>&amp;Subir un archivo…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="46"/>
        <source>Add files to the selected company</source>
        <translation>Agregar archivos a la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="56"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="57"/>
        <source>Open the selected file in a preview window</source>
        <translation>Abrir el archivo seleccionado en una ventana de vista previa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="67"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="68"/>
        <source>Save a copy of the selected file elsewhere</source>
        <translation>Guardar una copia del archivo seleccionado en otro lugar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="76"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="76"/>
        <source>Print the selected file</source>
        <translation>Imprimir el archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="84"/>
        <source>Send by &amp;e-mail…</source>
        <translation>Enviar por &amp;correo…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="85"/>
        <source>Send the selected files by e-mail</source>
        <translation>Enviar los archivos seleccionados por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="95"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="96"/>
        <source>Move the selected files to the trash</source>
        <translation>Mover los archivos seleccionados a la papelera</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="104"/>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="104"/>
        <source>Rename the selected file</source>
        <translation>Cambiar el nombre del archivo seleccionado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="112"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="113"/>
        <source>Bring the selected files back from the trash</source>
        <translation>Sacar de la papelera los archivos seleccionados</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="123"/>
        <source>Delete &amp;permanently…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="124"/>
        <source>Delete the selected files from the trash for good</source>
        <translation>Eliminar para siempre los archivos seleccionados de la papelera</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="134"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="135"/>
        <source>Bring back the files you just deleted</source>
        <translation>Recuperar los archivos que acaba de eliminar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="145"/>
        <source>Open with the &amp;default application</source>
        <translation>Abrir con la aplicación &amp;predeterminada</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="146"/>
        <source>Open the file in the program your computer uses for it</source>
        <translation>Abrir el archivo con el programa que su computador usa para ese tipo</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="156"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="157"/>
        <source>Open the company&apos;s folder in the file manager</source>
        <translation>Abrir la carpeta de la empresa en el explorador de archivos</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="167"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="168"/>
        <source>Show the company&apos;s deleted files</source>
        <translation>Ver los archivos eliminados de la empresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="178"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="178"/>
        <source>Filter the files by name</source>
        <translation>Filtrar los archivos por nombre</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="186"/>
        <source>&amp;New company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="187"/>
        <source>Add a client company</source>
        <translation>Agregar una empresa cliente</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="197"/>
        <source>&amp;Edit company…</source>
        <translation>&amp;Editar empresa…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="198"/>
        <source>Change the selected company&apos;s details</source>
        <translation>Cambiar los datos de la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="208"/>
        <source>&amp;Remove company…</source>
        <translation>&amp;Quitar empresa…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="209"/>
        <source>Remove the selected company</source>
        <translation>Quitar la empresa seleccionada</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="219"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="220"/>
        <source>Language and other preferences</source>
        <translation>Idioma y otras preferencias</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="227"/>
        <source>Close ClientVault</source>
        <translation>Cerrar ClientVault</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="232"/>
        <source>&amp;About ClientVault</source>
        <translation>&amp;Acerca de ClientVault</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/actions.py" line="232"/>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="52"/>
        <source>Company «%1» saved.</source>
        <translation>Empresa «%1» guardada.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="69"/>
        <source>«%1» has %2 file(s). Remove the company and move its files to the trash? They can be restored until the trash is emptied.</source>
        <translation>«%1» tiene %2 archivo(s). ¿Quitar la empresa y mover sus archivos a la papelera? Se pueden restaurar mientras no se vacíe la papelera.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="72"/>
        <source>Remove the company «%1»?</source>
        <translation>¿Quitar la empresa «%1»?</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="73"/>
        <source>Remove company</source>
        <translation>Quitar empresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="76"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="77"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/company_actions.py" line="89"/>
        <source>Company «%1» removed.</source>
        <translation>Empresa «%1» quitada.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="29"/>
        <source>Edit company</source>
        <translation>Editar empresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="29"/>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="34"/>
        <source>e.g. 800191045 or 800.191.045-1</source>
        <translation>p. ej. 800191045 o 800.191.045-1</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="47"/>
        <source>Legal name (razón social) *</source>
        <translation>Razón social *</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="48"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="50"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="51"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="52"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="54"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="77"/>
        <source>The check digit after the dash must be a single digit.</source>
        <translation>El dígito de verificación después del guion debe ser un solo dígito.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="79"/>
        <source>A NIT has 5 to 15 digits.</source>
        <translation>Un NIT tiene entre 5 y 15 dígitos.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="81"/>
        <source>Check digit (DV): %1  →  %2-%1</source>
        <translation>Dígito de verificación (DV): %1  →  %2-%1</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="83"/>
        <source>The check digit of %1 is %2, not %3. Check the NIT.</source>
        <translation>El dígito de verificación de %1 es %2, no %3. Revise el NIT.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="90"/>
        <source>Enter the company&apos;s legal name.</source>
        <translation>Escriba la razón social de la empresa.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/company_dialog.py" line="96"/>
        <source>The e-mail address is not valid.</source>
        <translation>La dirección de correo no es válida.</translation>
    </message>
</context>
<context>
    <name>CompanyModel</name>
    <message numerus="yes">
        <location filename="../../clientvault/ui/models/company_model.py" line="59"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanySidebar</name>
    <message>
        <location filename="../../clientvault/ui/widgets/company_sidebar.py" line="113"/>
        <source>Search companies…</source>
        <translation>Buscar empresas…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/widgets/company_sidebar.py" line="117"/>
        <source>+ New company</source>
        <translation>+ Nueva empresa</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="126"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="127"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="127"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="128"/>
        <source>Date added</source>
        <translation>Fecha de carga</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="128"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/models/document_model.py" line="149"/>
        <source>Original name: %1</source>
        <translation>Nombre original: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="67"/>
        <source>An upload is already running. Wait for it to finish or cancel it.</source>
        <translation>Ya hay una carga en curso. Espere a que termine o cancélela.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="70"/>
        <source>Uploading files to %1…</source>
        <translation>Subiendo archivos a %1…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="70"/>
        <location filename="../../clientvault/ui/file_actions.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="73"/>
        <source>Uploading</source>
        <translation>Subiendo archivos</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="89"/>
        <source>Uploading %1 of %2: %3</source>
        <translation>Subiendo %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="112"/>
        <source>%n file(s) uploaded to %1.</source>
        <translation>
            <numerusform>%n archivo subido a %1.</numerusform>
            <numerusform>%n archivos subidos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="121"/>
        <source>The upload stopped because of an unexpected problem. The files uploaded before it are kept.</source>
        <translation>La carga se detuvo por un problema inesperado. Los archivos subidos antes se conservan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="149"/>
        <source>%n file(s) moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n archivo movido a la papelera. Pulse Ctrl+Z para deshacer.</numerusform>
            <numerusform>%n archivos movidos a la papelera. Pulse Ctrl+Z para deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="157"/>
        <source>%n file(s) brought back from the trash.</source>
        <translation>
            <numerusform>%n archivo recuperado de la papelera.</numerusform>
            <numerusform>%n archivos recuperados de la papelera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="162"/>
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n archivo restaurado.</numerusform>
            <numerusform>%n archivos restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="168"/>
        <location filename="../../clientvault/ui/file_actions.py" line="172"/>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="169"/>
        <source>Delete %n file(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %n archivo? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente %n archivos? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="180"/>
        <source>%n file(s) deleted permanently.</source>
        <translation>
            <numerusform>%n archivo eliminado definitivamente.</numerusform>
            <numerusform>%n archivos eliminados definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="198"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="203"/>
        <source>Choose where to save the copies</source>
        <translation>Elija dónde guardar las copias</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="220"/>
        <source>Could not save a copy of %1 to %2: %3</source>
        <translation>No se pudo guardar una copia de %1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/file_actions.py" line="223"/>
        <source>%n copy(ies) saved.</source>
        <translation>
            <numerusform>%n copia guardada.</numerusform>
            <numerusform>%n copias guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/file_actions.py" line="236"/>
        <source>This action arrives in the next version of ClientVault.</source>
        <translation>Esta acción llega en la próxima versión de ClientVault.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="15"/>
        <source>Upload finished</source>
        <translation>Carga terminada</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="24"/>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="27"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="37"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="45"/>
        <source>%1: %2 uploaded, %3 duplicate(s) skipped, %4 refused.</source>
        <translation>%1: %2 subido(s), %3 duplicado(s) omitido(s), %4 rechazado(s).</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/import_summary.py" line="48"/>
        <source>The upload was cancelled; the files uploaded before that are kept.</source>
        <translation>La carga se canceló; los archivos subidos antes se conservan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="72"/>
        <source>Filter files by name…</source>
        <translation>Filtrar archivos por nombre…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="102"/>
        <source>Add your first company</source>
        <translation>Agrega tu primera empresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="109"/>
        <source>ClientVault keeps the documents of each client company you serve: RUT, Chamber of Commerce certificate, invoicing resolutions, financial statements, contracts…

Start by adding a company. Then upload its files with «Upload a file» or drag them here from your file manager.</source>
        <translation>ClientVault guarda los documentos de cada empresa cliente que atiendes: RUT, certificado de Cámara de Comercio, resoluciones de facturación, estados financieros, contratos…

Empieza agregando una empresa. Luego sube sus archivos con «Subir un archivo» o arrástralos aquí desde tu explorador de archivos.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="116"/>
        <source>Add a company…</source>
        <translation>Agregar una empresa…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="152"/>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="155"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="161"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="240"/>
        <source>Choose a company on the left</source>
        <translation>Elija una empresa a la izquierda</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="246"/>
        <source> — Trash</source>
        <translation> — Papelera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientvault/ui/mainwindow.py" line="247"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="249"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="251"/>
        <source>No file name contains «%1».</source>
        <translation>Ningún nombre de archivo contiene «%1».</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="253"/>
        <source>No files yet.
Drag files here or use «Upload a file».</source>
        <translation>Aún no hay archivos.
Arrastre archivos aquí o use «Subir un archivo».</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="313"/>
        <source>About ClientVault</source>
        <translation>Acerca de ClientVault</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/mainwindow.py" line="314"/>
        <source>ClientVault %1

The documents of every client company, in one place on your computer.
Your files are kept in: %2</source>
        <translation>ClientVault %1

Los documentos de cada empresa cliente, en un solo lugar de su computador.
Sus archivos se guardan en: %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../clientvault/ui/widgets/preview_pane.py" line="23"/>
        <source>Select a file to see its details here.</source>
        <translation>Seleccione un archivo para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/widgets/preview_pane.py" line="25"/>
        <source>%1

The preview of this file will appear here.</source>
        <translation>%1

La vista previa de este archivo aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="26"/>
        <source>Same as the computer</source>
        <translation>El mismo del computador</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="31"/>
        <source>The new language is used the next time ClientVault starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra ClientVault.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="35"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="38"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/settings_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="35"/>
        <source>Upload files to %1</source>
        <translation>Subir archivos a %1</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="37"/>
        <source>Choose PDF, Excel, Word, image, CSV or text files of up to 5 MB each. Files that cannot be uploaded are marked with the reason.</source>
        <translation>Elija archivos PDF, Excel, Word, imágenes, CSV o texto de hasta 5 MB cada uno. Los que no se pueden subir se marcan con el motivo.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="40"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="42"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="52"/>
        <source>Upload file(s)</source>
        <translation>Cargar archivo(s)</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="76"/>
        <source>Choose files</source>
        <translation>Elegir archivos</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="77"/>
        <source>Documents (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.xlsx *.xlsm *.xls *.docx *.doc *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.heic *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="94"/>
        <source>Ready (%1)</source>
        <translation>Listo (%1)</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="96"/>
        <source>Will be refused: %1</source>
        <translation>Se rechazará: %1</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="123"/>
        <source>No files chosen yet.</source>
        <translation>Aún no ha elegido archivos.</translation>
    </message>
    <message>
        <location filename="../../clientvault/ui/dialogs/upload_dialog.py" line="125"/>
        <source>%1 file(s) ready, %2 will be refused.</source>
        <translation>%1 archivo(s) listo(s), %2 se rechazará(n).</translation>
    </message>
</context>
</TS>
