"""What every command module shares: exit codes, the handler shape, usage errors, argument types."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from typing import TypeAlias

from clientvault.core import errors
from clientvault.core.i18n import t
from clientvault.core.values import DocumentType, clean_period
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


# -- a paper's details -------------------------------------------------------------------------------

BACK_TO_RULE = "rule"  # ``--expires rule``: forget the date entered, the type's rule gives it again
_DMY = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})")


def _paper_date(text: str) -> date | None:
    """2024-03-15 or 15/03/2024 (day first, as Colombia writes it); "" clears the date."""
    raw = text.strip()
    if not raw:
        return None
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
            return date.fromisoformat(raw)
        found = _DMY.fullmatch(raw)
        if found:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        pass  # 31/02/2024: the shape of a date, not a day of the calendar
    raise argparse.ArgumentTypeError(t(
        f"«{text}» no es una fecha: escríbala como 2024-03-15 o 15/03/2024",
        f"“{text}” is not a date: type it as 2024-03-15 or 15/03/2024"))


def _expiry(text: str) -> date | str | None:
    """A date, or ``rule`` (also «regla», or "") to go back to what the type's rule gives."""
    if text.strip().casefold() in ("", BACK_TO_RULE, "regla"):
        return BACK_TO_RULE
    try:
        return _paper_date(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(t(
            f"«{text}» no es una fecha: escríbala como 2024-03-15 o 15/03/2024, o «rule» para volver a la regla "
            "del tipo",
            f"“{text}” is not a date: type it as 2024-03-15 or 15/03/2024, or “rule” to go back to the type's "
            "rule")) from None


def _period(text: str) -> str | None:
    """2023 or 2023-12 (also 12/2023); "" clears the period."""
    try:
        return clean_period(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None


def _month_day(text: str) -> str:
    """A yearly rule's day: 03-31 (month-day)."""
    raw = text.strip()
    found = re.fullmatch(r"([0-9]{1,2})-([0-9]{1,2})", raw)
    if found and 1 <= int(found.group(1)) <= 12 and 1 <= int(found.group(2)) <= 31:
        try:
            date(2000, int(found.group(1)), int(found.group(2)))  # 2000 has a 29 February
            return f"{int(found.group(1)):02d}-{int(found.group(2)):02d}"
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(t(
        f"«{text}» no es un día del año: escríbalo como 03-31 (mes-día)",
        f"“{text}” is not a day of the year: type it as 03-31 (month-day)"))


def _paper_type(vault: Vault, ref: str) -> DocumentType:
    """A type by name, short name, code or id; an unknown one is a usage error naming the types."""
    try:
        return vault.document_type(ref)
    except errors.NotFound:
        names = ", ".join(tp.name for tp in vault.document_types())
        raise UsageError(t(
            f"No existe el tipo de documento «{ref}». Escriba uno de estos (o su número, de «clientvault types "
            f"list»): {names}.",
            f"There is no paper type “{ref}”. Type one of these (or its id, from “clientvault types list”): "
            f"{names}.")) from None
