"""What every command module shares: exit codes, the handler shape, usage errors, argument types."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

from clientvault.core.i18n import t
from clientvault.core.vault import Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Handler = Callable[[Vault, argparse.Namespace], int]
# argparse's subparsers action is generic only to type checkers, so the alias stays a string at run time.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(Exception):
    """A command that parsed but makes no sense (e.g. ``company edit`` with nothing to change): exit 2."""


def _positive_int(text: str) -> int:
    value = int(text) if text.strip().isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            t(f"se esperaba un número entero positivo, no «{text}»", f"expected a positive whole number, not “{text}”")
        )
    return value


MAX_DAYS = 36500  # a century; beyond it the cut-off date would fall outside what datetime can hold


def _days(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_DAYS:  # also refuses NaN and infinity
        raise argparse.ArgumentTypeError(
            t(
                f"se esperaba un número de días entre 0 y {MAX_DAYS}, no «{text}»",
                f"expected a number of days from 0 to {MAX_DAYS}, not “{text}”",
            )
        )
    return value


def _doc_id(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(t(f"«{text}» no es un número de documento", f"“{text}” is not a document number"))
    return int(text)
