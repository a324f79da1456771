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
