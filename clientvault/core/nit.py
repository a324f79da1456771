"""Colombian NIT check digit (dígito de verificación) as the DIAN computes it."""

from __future__ import annotations

import re

# DIAN weights, applied from the rightmost digit of the NIT leftwards.
_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def normalize(nit: str) -> str:
    """Digits only: people type NITs with dots, spaces and commas ("800.191.045")."""
    return re.sub(r"[.\s,]", "", nit)


def check_digit(nit: str) -> int:
    """The DV of ``nit`` (digits only, at most 15)."""
    digits = normalize(nit)
    if not re.fullmatch(r"[0-9]{1,15}", digits):  # ASCII only: str.isdigit() also accepts "²" and "８"
        raise ValueError(f"not a NIT: {nit!r}")
    total = sum(int(d) * w for d, w in zip(reversed(digits), _WEIGHTS, strict=False))
    r = total % 11
    return r if r in (0, 1) else 11 - r


def split(text: str) -> tuple[str, int | None]:
    """Split "800191045-1" into ("800191045", 1); a NIT without a dash gives (nit, None)."""
    text = normalize(text.strip())
    if "-" in text:
        number, _, dv = text.rpartition("-")
        if not re.fullmatch(r"[0-9]", dv):
            raise ValueError(f"not a check digit: {dv!r}")
        return number, int(dv)
    return text, None


def is_valid_number(nit: str) -> bool:
    return re.fullmatch(r"[0-9]{5,15}", normalize(nit)) is not None


def parse(text: str) -> tuple[str, int]:
    """The one NIT check, for the company form as you type and for the vault as it saves: the
    number and its DV from what a person typed ("800.191.045-1", "800191045"). Raises ValueError
    whose text, in the person's language, says what is wrong."""
    from clientvault.core.i18n import t

    try:
        number, given = split(text)
    except ValueError:  # "800191045-12": not a NIT with its DV, so not a valid NIT (the vault's message)
        number, given = "", None
    if not is_valid_number(number):
        raise ValueError(t(
            f"El NIT «{text.strip()}» no es válido: escriba entre 5 y 15 dígitos, con o sin el dígito de verificación.",
            f"The NIT “{text.strip()}” is not valid: enter 5 to 15 digits, with or without the check digit."))
    dv = check_digit(number)
    if given is not None and given != dv:
        raise ValueError(t(f"El dígito de verificación de {number} es {dv}, no {given}. Revise el NIT.",
                           f"The check digit of {number} is {dv}, not {given}. Check the NIT."))
    return number, dv
