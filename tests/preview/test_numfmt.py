"""Excel number format codes (clientvault/preview/numfmt.py), each case what Excel shows for it, in
Colombian Spanish ("." thousands, "," decimals) and in English."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientvault.preview.numfmt import NumberLocale, code_for, compile_code, general, number_locale

ES = NumberLocale.for_language("es")
EN = NumberLocale.for_language("en")

CASES: list[tuple[str, Any, str, str]] = [
    # code, value, Spanish (Colombia), English
    ('[$$-240A] #,##0.00', 2500, "$ 2.500,00", "$ 2,500.00"),
    ('"$" #,##0.00', 2500, "$ 2.500,00", "$ 2,500.00"),
    ('"$"#,##0.00_);("$"#,##0.00)', -1200.5, "($1.200,50)", "($1,200.50)"),
    ("#,##0.00_);(#,##0.00)", 1200.5, "1.200,50 ", "1,200.50 "),
    ("#,##0.00_);(#,##0.00)", -1200.5, "(1.200,50)", "(1,200.50)"),
    ("#,##0", 1234567.6, "1.234.568", "1,234,568"),
    ("#,##0.00", 0.5, "0,50", "0.50"),
    ("0", 41.5, "42", "42"),
    ("0.00", -0.001, "0,00", "0.00"),  # rounded to zero: no minus, as in Excel
    ("0%", 0.125, "13%", "13%"),  # Python's round-half-even would say 12
    ("0%", 0.145, "15%", "15%"),  # 14.499999999999998 in binary; Excel rounds its 15 digits
    ("0.00", 2.675, "2,68", "2.68"),
    ("0.0%", 0.125, "12,5%", "12.5%"),
    ("0.00E+00", 12345.678, "1,23E+04", "1.23E+04"),
    ("#,##0,", 1234567, "1.235", "1,235"),  # a trailing comma shows thousands
    ('#,##0.00 "COP"', 1e6, "1.000.000,00 COP", "1,000,000.00 COP"),
    ('0;[Red]-0;"cero"', 0, "cero", "cero"),
    ("0;-0;;@", 0, "", ""),  # an empty zero section shows nothing
    ('000"."000"."000"-"0', 9001234567, "900.123.456-7", "900.123.456-7"),  # literals among the digits
    ("# ?/?", 1.5, "1 1/2", "1 1/2"),
    ("# ??/??", 3.14159, "3 14/99", "3 14/99"),
    ("?/8", 0.375, "3/8", "3/8"),
    ("#.##", 0.5, ",5", ".5"),
    ("General", 1234.5, "1234,5", "1234.5"),
    ("@", "texto", "texto", "texto"),
    ('0.00;-0.00;0.00;"Cuenta "@', "1105", "Cuenta 1105", "Cuenta 1105"),
    ("dd/mm/yyyy", dt.datetime(2024, 12, 31), "31/12/2024", "31/12/2024"),
    (code_for(14, {}), dt.datetime(2024, 12, 31), "31/12/2024", "12/31/2024"),  # the locale's short date
    ("d-mmm-yy", dt.datetime(2024, 1, 2), "2-ene-24", "2-Jan-24"),
    ('dddd d "de" mmmm "de" yyyy', dt.datetime(2024, 3, 1), "viernes 1 de marzo de 2024", "Friday 1 de March de 2024"),
    ("yyyy-mm-dd hh:mm", dt.datetime(2024, 1, 2, 9, 15), "2024-01-02 09:15", "2024-01-02 09:15"),
    ("h:mm AM/PM", dt.time(14, 5), "2:05 PM", "2:05 PM"),
    ("hh:mm:ss", dt.time(14, 30, 5), "14:30:05", "14:30:05"),
    ("mm:ss.0", dt.time(0, 1, 2, 500000), "01:02,5", "01:02.5"),
    ("[h]:mm", dt.timedelta(hours=30, minutes=5), "30:05", "30:05"),
    ("dd/mm/yyyy", 45657.0, "31/12/2024", "31/12/2024"),  # a serial under a date code
]


@pytest.mark.parametrize(("code", "value", "spanish", "english"), CASES, ids=[f"{c[0]}|{c[1]}" for c in CASES])
def test_codes_as_excel_shows_them(code: str, value: Any, spanish: str, english: str) -> None:
    for locale, expected in ((ES, spanish), (EN, english)):
        number = compile_code(code, locale)
        text = number.format(value)[0] if number is not None else general(value, locale)  # None: General
        assert text == expected, (code, locale.lang)


def test_colombian_accounting_format() -> None:
    """The format Excel in Colombia gives "Contabilidad": symbol at the left, negatives with a minus,
    zero as a dash."""
    code = '_-[$$-240A]* #,##0.00_-;\\-[$$-240A]* #,##0.00_-;_-[$$-240A]* "-"??_-;_-@_-'
    number = compile_code(code, ES)
    assert number is not None
    assert number.format(2500)[0].strip() == "$ 2.500,00"
    assert number.format(-2500.5)[0].strip() == "-$ 2.500,50"
    assert number.format(0)[0].strip() == "$ -"
    assert number.format("Total")[0].strip() == "Total"


def test_colours_of_sections() -> None:
    number = compile_code("#,##0.00_);[Red](#,##0.00)", ES)
    assert number is not None
    assert number.format(5) == ("5,00 ", None)
    assert number.format(-5) == ("(5,00)", "#FF0000")
    conditional = compile_code("[Blue][>=1000]#,##0;[Red]0", ES)
    assert conditional is not None
    assert conditional.format(1500) == ("1.500", "#0000FF")
    assert conditional.format(50) == ("50", "#FF0000")


def test_general_is_none_and_hostile_codes_do_not_fail() -> None:
    assert compile_code("General", ES) is None and compile_code("", ES) is None
    for code in ('"unterminated', "[", "0.0.0", ";;;;;;", "E+", "[h", "#/", "*", "_", "\\", "0" * 5000, "[>=abc]0"):
        number = compile_code(code, ES)
        assert number is not None
        number.format(1234.5)
        number.format(-1.0)
        number.format("x")
        number.format(dt.datetime(2024, 1, 1))


def test_the_locale_follows_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")
    assert (number_locale().decimal, number_locale().group) == (".", ",")
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert (number_locale().decimal, number_locale().group) == (",", ".")


def test_the_shortcut_for_common_codes_writes_what_the_general_writer_writes() -> None:
    """numfmt takes a shortcut for plain codes ("#,##0.00", "dd/mm/yyyy"); on random values it must
    agree with the general writer, ties and negative zeros included."""
    import copy
    import random

    rnd = random.Random(7)
    values = [rnd.uniform(-1e9, 1e9) for _ in range(300)] + [rnd.uniform(-2, 2) for _ in range(300)]
    values += [0.125, 2.675, -0.001, -0.005, 0.5, 1e14 + 0.5, -1234.5, 0.0, -0.0]
    dates = [dt.datetime(2024, 1, 1) + dt.timedelta(minutes=rnd.randint(0, 10**6)) for _ in range(100)]
    codes = ["#,##0.00", "0.00", "#,##0", "0", '[$$-240A] #,##0.00', '"$"#,##0.00_);[Red]("$"#,##0.00)', "0.0%",
             "#,##0.00 \"COP\"", "#,##0,", "0.", "dd/mm/yyyy", "yyyy-mm-dd hh:mm:ss", "dd/mm/yy hh:mm"]
    for locale in (ES, EN):
        for code in codes:
            fast = compile_code(code, locale)
            assert fast is not None
            assert any(s.fast is not None for s in fast.sections), code  # the shortcut is taken
            slow = copy.deepcopy(fast)
            for section in slow.sections:
                section.fast = None
            for value in dates if fast.is_date else values:
                assert fast.format(value) == slow.format(value), (code, value, locale.lang)
