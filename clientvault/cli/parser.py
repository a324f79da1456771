"""The command line as a whole: global options, the parser built from each module's subcommands,
the language of one command, and ``main``."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from clientvault import APP_NAME, __version__, paths
from clientvault.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Handler, UsageError
from clientvault.cli.companies import _add_company_commands
from clientvault.cli.documents import _add_document_commands
from clientvault.cli.due import _add_due_commands
from clientvault.cli.finding import _add_finding_commands
from clientvault.cli.mail import _add_mail_commands
from clientvault.cli.maintenance import _add_maintenance_commands
from clientvault.cli.output import _err
from clientvault.cli.papers import _add_paper_commands
from clientvault.cli.recovery import _add_recovery_commands
from clientvault.core import errors
from clientvault.core.i18n import SUPPORTED, t
from clientvault.core.vault import Vault

LANG_ENV = "CLIENTVAULT_LANG"


def _global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--data-dir and --lang, accepted before or after the subcommand (people type them anywhere)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=t(
            "carpeta de datos (por omisión $CLIENTVAULT_DATA_DIR o la carpeta de datos del usuario)",
            "vault folder (default: $CLIENTVAULT_DATA_DIR or the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=SUPPORTED, default=default, help=t("idioma de los mensajes", "language of the messages")
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. Built after the language is known, so ``--help`` speaks it too."""
    parser = argparse.ArgumentParser(
        prog="clientvault",
        description=t(
            f"{APP_NAME}: los documentos de cada empresa cliente. Sin subcomando abre la ventana.",
            f"{APP_NAME}: every client company's documents. With no subcommand it opens the window.",
        ),
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=t(
            "comprueba sin pantalla que el programa funciona (importar, vista previa, imprimir) y termina",
            "check without a screen that the program works (import, preview, print) and exit",
        ),
    )
    _global_options(parser, default=None)
    parser.set_defaults(handler=None)
    # In subcommands the defaults are SUPPRESS, so an option typed before the subcommand survives.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=t("SUBCOMANDO", "COMMAND"))
    _add_company_commands(sub, common)
    _add_document_commands(sub, common)
    _add_paper_commands(sub, common)
    _add_due_commands(sub, common)
    _add_finding_commands(sub, common)
    _add_maintenance_commands(sub, common)
    _add_mail_commands(sub, common)
    _add_recovery_commands(sub, common)
    return parser


# -- running ---------------------------------------------------------------------------------------


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser exists, so the parser's own help and errors use it."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value: str | None = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in SUPPORTED:
            return value
    return None


@contextlib.contextmanager
def _language(code: str | None) -> Iterator[None]:
    """Force the UI language for this command only.

    ``i18n.set_language`` is the settings-level choice, which ``CLIENTVAULT_LANG`` outranks; a flag
    typed on this very command must outrank both, so it goes into the variable, and the old value
    comes back afterwards (``main()`` also runs in-process, in tests and scripts).
    """
    if code is None:
        yield
        return
    old = os.environ.get(LANG_ENV)
    os.environ[LANG_ENV] = code
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(LANG_ENV, None)
        else:
            os.environ[LANG_ENV] = old


def _open_vault(override: str | None) -> Vault:
    folder = paths.data_dir(override)
    try:
        return Vault(folder)
    except OSError as exc:
        raise errors.StorageError(
            t(
                f"No se pudo abrir la carpeta de datos {folder}: {errors.os_words(exc)}. Revise la carpeta y sus permisos.",
                f"Could not open the vault in {folder}: {errors.os_words(exc)}. Check the folder and its permissions.",
            )
        ) from exc


def _run_command(handler: Handler, args: argparse.Namespace) -> int:
    if not getattr(args, "needs_vault", True):  # recovery commands get the folder, not an open vault
        return handler(paths.data_dir(args.data_dir), args)  # type: ignore[arg-type]
    vault = _open_vault(args.data_dir)
    try:
        return handler(vault, args)
    finally:
        vault.close()


def _log_to_file(data_dir: Path) -> Path | None:
    """Warnings and errors go to the vault's log file, never to the terminal: a script reading
    stderr gets only messages meant for a person. A folder that cannot hold a log (read-only)
    just means no log."""
    from clientvault.logsetup import setup_logging

    try:
        return setup_logging(data_dir) if data_dir.exists() else None
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())  # not Python's last-resort stderr
        return None
    finally:
        if not logging.getLogger().handlers:
            logging.getLogger().addHandler(logging.NullHandler())


def _silence_stdout() -> None:
    """The reader of our output went away (``| head``): point stdout at devnull so Python's final
    flush does not print a second error about the same closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _exit_code(exc: SystemExit) -> int:
    return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)


def _split_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """``clientvault FILE...`` (how file managers run "Open with ClientVault") opens the window and
    offers to import the files: existing paths that are not a subcommand are taken as files."""
    commands = {"company", "import", "list", "search", "index", "show", "rename", "delete", "restore", "purge",
                "export", "verify", "mail", "send", "rebuild", "accept", "backups", "doc", "due", "missing", "types",
                "history"}
    options: list[str] = []
    files: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in commands:
            return argv, []  # a subcommand: its own arguments are not files to open
        if arg in ("--data-dir", "--lang") and i + 1 < len(argv):
            options += argv[i:i + 2]
            i += 2
            continue
        if not arg.startswith("-") and os.path.exists(arg):
            files.append(arg)
        else:
            options.append(arg)
        i += 1
    return options, files


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``clientvault`` command and of ``python -m clientvault``; returns the exit code."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    args_in, files = _split_files(args_in)
    with _language(_requested_language(args_in)):
        parser = build_parser()
        try:
            args = parser.parse_args(args_in)
        except SystemExit as exc:  # --help, --version and usage errors: argparse already printed
            return _exit_code(exc)
        if args.self_test:
            from clientvault.selftest import run_self_test

            return run_self_test()
        if args.handler is None:
            from clientvault.app import run  # Qt is loaded only for the window

            return run(paths.data_dir(args.data_dir), files)
        log_file = _log_to_file(paths.data_dir(args.data_dir))
        try:
            return _run_command(args.handler, args)
        except errors.VaultError as exc:
            _err(exc.message)
            return EXIT_FAILED
        except UsageError as exc:
            # The same shape as argparse's own usage errors, naming the subcommand.
            command = " ".join(c for c in (args.command, getattr(args, "company_command", None),
                                           getattr(args, "mail_command", None), getattr(args, "doc_command", None),
                                           getattr(args, "types_command", None)) if c)
            _err(f"{parser.prog} {command}: error: {exc}")
            return EXIT_USAGE
        except KeyboardInterrupt:
            # Every import and move is atomic per file: what finished stays, nothing is half-written.
            _err(t("Interrumpido.", "Interrupted."))
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()
            return EXIT_FAILED
        except Exception:  # a programmer's error: the log gets the traceback, the person a sentence
            logging.getLogger("clientvault.cli").exception("command failed: %s", args_in)
            where = str(log_file) if log_file else t("el registro", "the log")
            _err(t(f"Ocurrió un problema inesperado y el comando no terminó. El detalle quedó en {where}: envíelo a "
                   "quien le da soporte.",
                   f"An unexpected problem stopped the command. The details are in {where}: send that file to "
                   "whoever supports you."))
            return EXIT_FAILED
