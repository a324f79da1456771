"""Errors a person can act on. Each carries a message, already in the user's language, that
says what happened, to which file or company, and what to do next."""

from __future__ import annotations

from clientvault.core.i18n import number, t


def os_words(exc: OSError) -> str:
    """An operating-system error in plain words («no tiene permiso…», «el disco está lleno»), never the
    system's English text ("Permission denied"), which goes to the log (``diskerrors.os_words``)."""
    from clientvault.core import diskerrors

    return diskerrors.os_words(exc)


class VaultError(Exception):
    """Base of every error the vault reports to a person (never a programmer's traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileRefused(VaultError):
    """A file that cannot enter the vault (empty, too large, wrong kind). Nothing was changed."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"{filename}: {reason}")
        self.filename = filename
        self.reason = reason


class EmptyFile(FileRefused):
    def __init__(self, filename: str) -> None:
        super().__init__(
            filename,
            t(
                "el archivo está vacío (0 bytes). Revise que se haya guardado bien y vuelva a intentarlo.",
                "the file is empty (0 bytes). Check that it was saved properly and try again.",
            ),
        )


class FileTooLarge(FileRefused):
    """Over the size limit, saying the limit and by how much, and what makes such a file smaller.

    ``size_text`` is the size as the reason writes it, for the lists that show a size column: the
    same number in both places. In MB it has two decimals; less than 0.01 MB over, it is in bytes: in
    MB such a file would read "5,00 MB", as if it were the limit."""

    def __init__(self, filename: str, size: int, limit: int) -> None:
        mib = 1024 * 1024
        over = size - limit
        limit_mb = number(limit / mib, 0 if limit % mib == 0 else 2)
        if over * 100 < mib:
            unit = "byte" if over == 1 else "bytes"
            self.size_text = f"{number(size)} bytes"
            es = f"pesa {self.size_text}, {number(over)} {unit} más que el límite de {limit_mb} MB ({number(limit)} bytes)"
            en = f"it is {self.size_text}, {number(over)} {unit} over the {limit_mb} MB limit ({number(limit)} bytes)"
        else:
            self.size_text = f"{number(size / mib, 2)} MB"
            extra = number(over / mib, 2)
            es = f"pesa {self.size_text}, {extra} MB más que el límite de {limit_mb} MB"
            en = f"it is {self.size_text}, {extra} MB over the {limit_mb} MB limit"
        super().__init__(filename, f"{t(es, en)}. {self._advice(filename, limit_mb)}")
        self.size = size
        self.limit = limit

    @staticmethod
    def _advice(filename: str, limit_mb: str) -> str:
        """What really makes this kind of file smaller. Never "compress it": a ZIP is refused too."""
        from clientvault.core.filetypes import kind_for_extension  # filetypes raises this error

        kind = kind_for_extension(filename.rpartition(".")[2]) if "." in filename else None
        family = kind.family if kind is not None else ""
        if family == "pdf":
            return t(f"Divídalo en varios PDF de menos de {limit_mb} MB, o, si es escaneado, escanéelo de nuevo con "
                     "menos resolución (200 ppp bastan para leerlo) o en blanco y negro.",
                     f"Split it into several PDFs of less than {limit_mb} MB, or, if it is a scan, scan it again at a "
                     "lower resolution (200 dpi is enough to read it) or in black and white.")
        if family == "image":
            return t("Reduzca la imagen: guárdela con menos píxeles o como JPEG, o escanéela de nuevo con menos "
                     "resolución (200 ppp bastan para leerla).",
                     "Make the image smaller: save it with fewer pixels or as a JPEG, or scan it again at a lower "
                     "resolution (200 dpi is enough to read it).")
        if family == "sheet":
            return t(f"Quite las imágenes que no necesite, o reparta los datos en varios libros de menos de {limit_mb} "
                     "MB; un .xls guardado como .xlsx ocupa menos.",
                     f"Remove the pictures it does not need, or split the data into several workbooks of less than "
                     f"{limit_mb} MB; an .xls saved as .xlsx takes less space.")
        if family == "word":
            return t("En Word, reduzca sus imágenes (Formato de imagen › Comprimir imágenes) o divídalo en varios "
                     "documentos.",
                     "In Word, make its pictures smaller (Picture Format › Compress Pictures) or split it into "
                     "several documents.")
        return t(f"Divídalo en varios archivos de menos de {limit_mb} MB.",
                 f"Split it into several files of less than {limit_mb} MB.")


class UnsupportedType(FileRefused):
    pass


class NotAFile(UnsupportedType):
    """Something on disk that is no document: a folder, a device (/dev/zero), a pipe (FIFO), a
    socket. ``what`` is one of those four words, or "other"; it was never opened."""

    def __init__(self, filename: str, what: str) -> None:
        keep = t(" Elija el documento que quiere guardar.", " Choose the document you want to keep.")
        reason = {
            "folder": t("es una carpeta, no un archivo.", "it is a folder, not a file."),
            "device": t("no es un archivo sino un dispositivo del sistema; no se copió.",
                        "it is not a file but a system device; it was not copied.") + keep,
            "fifo": t("no es un archivo sino una tubería (FIFO) entre programas; no se copió.",
                      "it is not a file but a pipe (FIFO) between programs; it was not copied.") + keep,
            "socket": t("no es un archivo sino un socket (una conexión entre programas); no se copió.",
                        "it is not a file but a socket (a connection between programs); it was not copied.") + keep,
        }.get(what, t("no es un archivo común; no se copió.", "it is not a regular file; it was not copied.") + keep)
        super().__init__(filename, reason)
        self.what = what


class LinkRefused(FileRefused):
    """A link (shortcut) that is not followed: found inside a folder but pointing outside it
    (``what`` "file" or "folder"), or pointing to nothing ("broken")."""

    def __init__(self, filename: str, what: str) -> None:
        reason = {
            "file": t("es un acceso directo a un archivo fuera de la carpeta que eligió; no se copió. "
                      "Si lo necesita, agregue ese archivo directamente.",
                      "it is a shortcut to a file outside the folder you chose; it was not copied. "
                      "If you need it, add that file directly."),
            "folder": t("es un acceso directo a una carpeta fuera de la carpeta que eligió; no se copió nada de ella. "
                        "Si la necesita, agréguela directamente.",
                        "it is a shortcut to a folder outside the folder you chose; nothing in it was copied. "
                        "If you need it, add that folder directly."),
        }.get(what, t("es un acceso directo a un archivo que ya no existe; no se copió. Agregue el archivo original.",
                      "it is a shortcut to a file that no longer exists; it was not copied. "
                      "Add the original file instead."))
        super().__init__(filename, reason)
        self.what = what


class NotValidOffice(UnsupportedType):
    """A ZIP that claims to be a Word or Excel file (it has ``word/`` or ``xl/`` entries) but lacks
    the parts every such file has: its content types and its main part."""

    def __init__(self, filename: str, app: str) -> None:
        super().__init__(
            filename,
            t(f"no es un archivo de {app} válido: le faltan las partes que todo archivo de {app} tiene. "
              f"Ábralo en {app} y guárdelo de nuevo, o pida al cliente el archivo correcto.",
              f"it is not a valid {app} file: it lacks the parts every {app} file has. "
              f"Open it in {app} and save it again, or ask the client for the right file."),
        )
        self.app = app


class TypeMismatch(FileRefused):
    """The content contradicts the extension: we name both so the person can fix the file."""

    def __init__(self, filename: str, extension: str, real: str) -> None:
        super().__init__(
            filename,
            t(
                f"se llama {extension} pero en realidad es {real}. Cámbiele la extensión o pida al cliente el archivo correcto.",
                f"it is named {extension} but is really {real}. "
                "Rename it with the right extension or ask the client for the right file.",
            ),
        )
        self.extension = extension
        self.real = real


class UnreadableFile(FileRefused):
    def __init__(self, filename: str, detail: str) -> None:
        super().__init__(
            filename,
            t(
                f"no se pudo leer ({detail}). Revise que exista y que usted tenga permiso para abrirlo.",
                f"it could not be read ({detail}). Check that it exists and that you may open it.",
            ),
        )


class CompanyError(VaultError):
    pass


class NotFound(VaultError):
    pass


class NameConflict(VaultError):
    pass


class DatabaseTooNew(VaultError):
    def __init__(self, path: str, found: str, supported: str) -> None:
        super().__init__(
            t(
                f"La base de datos {path} es de una versión más nueva de ClientVault (esquema {found}; "
                f"esta versión entiende hasta el {supported}). Actualice ClientVault para abrirla; "
                "no se modificó nada.",
                f"The database {path} was written by a newer ClientVault (schema {found}; this version "
                f"understands up to {supported}). Update ClientVault to open it; nothing was changed.",
            )
        )


class StorageError(VaultError):
    """The disk refused (full, read-only, permissions). The vault was left as it was."""


class DatabaseDamaged(VaultError):
    def __init__(self, path: str, backup: str | None = None) -> None:
        how = (t(f" Vuelva a la copia de seguridad {backup} con «clientvault backups restore», o reconstrúyala a partir "
                 "de las carpetas con «clientvault rebuild».",
                 f" Go back to the backup {backup} with “clientvault backups restore”, or rebuild it from the "
                 "folders with “clientvault rebuild”.")
               if backup else
               t(" Reconstrúyala a partir de las carpetas con «clientvault rebuild» («Reconstruir» en la ventana).",
                 " Rebuild it from the folders with “clientvault rebuild” (“Rebuild” in the window)."))
        super().__init__(t(
            f"La base de datos {path} está dañada y no se puede abrir. Sus archivos siguen en la carpeta "
            "companies; no se cambió nada.",
            f"The database {path} is damaged and cannot be opened. Your files are still in the companies "
            "folder; nothing was changed.") + how)
        self.path, self.backup = path, backup


class CatalogMissing(VaultError):
    """The data folder had a catalog (its identity file says so) and it is gone, empty, or another
    vault's: refused at open, never replaced silently by an empty one."""

    def __init__(self, root: str, foreign: bool = False, backup: str | None = None) -> None:
        what = (t(f"La base de datos de {root} no es la de sus archivos (pertenece a otra carpeta de datos de "
                  "ClientVault).",
                  f"The database in {root} is not the one of your files (it belongs to another ClientVault data "
                  "folder).")
                if foreign else
                t(f"No se encontró la base de datos de sus archivos en {root}.",
                  f"The database of your files was not found in {root}."))
        how = (t(f" Puede volver a la copia de seguridad {backup} («clientvault backups restore»), o",
                 f" You can go back to the backup {backup} (“clientvault backups restore”), or")
               if backup else t(" Puede", " You can"))
        super().__init__(what + t(" Sus archivos siguen en la carpeta companies; no se cambió nada.",
                                  " Your files are still in the companies folder; nothing was changed.")
                         + how + t(" reconstruirla a partir de las carpetas de las empresas («clientvault rebuild», o "
                                   "«Reconstruir» en la ventana).",
                                   " rebuild it from the companies' folders (“clientvault rebuild”, or “Rebuild” in "
                                   "the window)."))
        self.root, self.foreign, self.backup = root, foreign, backup


class VaultBusy(VaultError):
    """Another window or command on this vault holds the lock for longer than we wait."""

    def __init__(self) -> None:
        super().__init__(t(
            "Otra ventana o programa de ClientVault está trabajando en estos archivos. Espere a que termine y "
            "vuelva a intentarlo; no se cambió nada.",
            "Another ClientVault window or command is working on these files. Wait for it to finish and try "
            "again; nothing was changed."))


class NameClash(VaultError):
    """A unique name (of a company, of a live document) is already taken; raised by the catalog."""


class MailError(VaultError):
    """A send that did not happen (or not for everyone). ``kind`` is stable for tests and the history;
    ``detail`` holds the server's words, if any."""

    def __init__(self, kind: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail

    def full_text(self) -> str:
        """The message plus the server's words: what the history keeps."""
        return f"{self.message}\n{t('Respuesta del servidor', 'Server reply')}: {self.detail}" if self.detail else self.message


class ExportRefused(VaultError):
    """An export that would write where it must not (inside the data folder, onto a folder or an
    existing file). Nothing was written."""


class ExportTargetExists(ExportRefused):
    """The ZIP's name is taken by an existing file, which is left as it was (``overwrite`` replaces it)."""

    def __init__(self, path: str) -> None:
        super().__init__(t(
            f"Ya existe {path}; no se reemplazó ni se cambió nada. Elija otro nombre para el ZIP, o agregue "
            "--overwrite para reemplazar ese archivo.",
            f"{path} already exists; it was not replaced and nothing was changed. Choose another name for the "
            "ZIP, or add --overwrite to replace that file."))
        self.path = path
