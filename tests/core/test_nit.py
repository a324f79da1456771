"""NIT check digits (dígito de verificación) as the DIAN computes them, and their use on companies."""

from __future__ import annotations

import pytest

from clientvault.core import errors, nit
from clientvault.core.vault import Vault


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("800191045", 1),  # the example
        ("41261533", 2),  # the example
        # 5*3 + 4*7 + 3*13 + 2*17 + 1*19 = 135; 135 mod 11 = 3; 11 - 3 = 8
        ("12345", 8),
        # only the 9th digit from the right counts: 9 * 41 = 369; 369 mod 11 = 6; 11 - 6 = 5
        ("900000000", 5),
        # remainder 0 -> DV 0 (Codensa, 830.037.248-0)
        ("830037248", 0),
        # remainder 1 -> DV 1 (Ecopetrol, 899.999.068-1)
        ("899999068", 1),
        # well-known NITs printed on invoices
        ("890903938", 8),  # Bancolombia
        ("860034313", 7),  # Davivienda
    ],
)
def test_check_digit_follows_dian(number: str, expected: int) -> None:
    assert nit.check_digit(number) == expected


def test_check_digit_ignores_dots_and_spaces() -> None:
    assert nit.check_digit("800.191.045") == 1
    assert nit.check_digit("41 261 533") == 2


@pytest.mark.parametrize("bad", ["", "80019104a", "1234567890123456", "800-191"])
def test_check_digit_refuses_non_nits(bad: str) -> None:
    with pytest.raises(ValueError):
        nit.check_digit(bad)


def test_split_separates_the_check_digit() -> None:
    assert nit.split("800.191.045-1") == ("800191045", 1)
    assert nit.split("800191045-1") == ("800191045", 1)
    assert nit.split(" 800 191 045 ") == ("800191045", None)


@pytest.mark.parametrize("bad", ["800191045-12", "800191045-", "800191045-x"])
def test_split_refuses_bad_check_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        nit.split(bad)


def test_is_valid_number_bounds() -> None:
    assert nit.is_valid_number("12345")
    assert nit.is_valid_number("123456789012345")
    assert not nit.is_valid_number("1234")
    assert not nit.is_valid_number("1234567890123456")
    assert not nit.is_valid_number("80019104a")


def test_company_stores_nit_and_computed_dv(vault: Vault) -> None:
    c = vault.add_company("Andina S.A.S.", nit="800.191.045")
    assert (c.nit, c.dv) == ("800191045", 1)
    assert c.nit_display == "800191045-1"
    c2 = vault.add_company("Pérez", nit="41261533-2")
    assert (c2.nit, c2.dv) == ("41261533", 2)


def test_company_with_wrong_dv_is_refused_naming_the_right_one(vault: Vault) -> None:
    with pytest.raises(errors.CompanyError) as exc:
        vault.add_company("Andina S.A.S.", nit="800191045-7")
    assert "is 1, not 7" in exc.value.message
    assert vault.companies() == []


def test_wrong_dv_message_in_spanish(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    with pytest.raises(errors.CompanyError) as exc:
        vault.add_company("Andina S.A.S.", nit="800191045-7")
    assert "es 1, no 7" in exc.value.message


@pytest.mark.parametrize("bad", ["1234", "80019104a", "800191045-12"])
def test_company_with_malformed_nit_is_refused(vault: Vault, bad: str) -> None:
    with pytest.raises(errors.CompanyError) as exc:
        vault.add_company("Andina S.A.S.", nit=bad)
    assert bad in exc.value.message
    assert vault.companies() == []


def test_edit_company_checks_the_dv_too(vault: Vault) -> None:
    c = vault.add_company("Andina S.A.S.")
    with pytest.raises(errors.CompanyError, match="is 2, not 3"):
        vault.edit_company(c.id, nit="41261533-3")
    assert vault.company(c.id).nit is None
    vault.edit_company(c.id, nit="41261533-2")
    assert vault.company(c.id).nit_display == "41261533-2"
