"""Excel number format codes, applied as Excel shows them: "$ 2.500,00", "12,5%", "(1.200,00)", "31/12/2024".

No library fitted: ``openpyxl.styles.numbers`` only names the built-in codes and tells dates apart;
``ssf`` (a port of SheetJS's formatter, last released 2020) and ``xlsx2html`` (babel over a whole
openpyxl load) have fixed "." and "," or need the whole workbook in memory. So this is a small
compiler: a code is parsed once into sections (:func:`compile_code`, cached), and each cell then costs
a few string operations.

What a code may hold, as ECMA-376 part 1, 18.8.31 describes it:

* up to four sections ``positive;negative;zero;text`` or conditions (``[>=1000]``); a negative in
  the second section is shown without its minus (the section writes what it wants, often parentheses);
* ``0 # ?`` digit placeholders, ``.`` the decimal point, ``,`` thousands grouping between digits or
  a scale by 1,000 after the last one, ``%`` (times 100), ``E+00`` scientific, ``# ?/?`` fractions;
* literals: ``"quoted"``, ``\\x``, ``$ - + ( ) : / space`` and the like; ``_x`` is a space as wide
  as x (written as one space), ``*x`` fills the cell with x (written once if a space, else dropped);
* ``[Red]``, ``[Blue]``, ``[Color10]`` colours (returned beside the text); ``[$$-240A]``, ``[$€-x]``
  currency symbols (the symbol is written); ``[$-409]`` a locale (ignored);
* dates and times: ``yy yyyy m mm mmm mmmm mmmmm d dd ddd dddd h hh m mm s ss .0 AM/PM A/P`` and the
  elapsed ``[h] [mm] [ss]``; month and day names in the window's language;
* ``@`` the text, ``General``.

Separators follow the window's locale (:func:`number_locale`, from ``clientvault.core.i18n``):
Colombian Spanish writes "." for thousands and "," for decimals, English the reverse. The built-in
short date (format 14, the one Excel writes for a typed date) is the locale's own short date, as
Excel shows it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from clientvault.core import i18n as core_i18n
from clientvault.core.i18n import language
from clientvault.preview.numfmt_codes import COLORS, INDEXED, PLACEHOLDERS, Section, parse_section, split_sections
from clientvault.preview.numfmt_dates import from_serial, render_date, to_serial

__all__ = ["BUILTIN", "COLORS", "INDEXED", "NumberFormat", "NumberLocale", "code_for", "compile_code", "general",
           "number_locale"]

# ---------------------------------------------------------------- locale


@dataclass(frozen=True)
class NumberLocale:
    decimal: str
    group: str
    short_date: str  # an Excel date code: what format 14 shows
    lang: str

    @classmethod
    def for_language(cls, lang: str) -> NumberLocale:
        if lang == "en":
            return cls(".", ",", "m/d/yyyy", "en")
        return cls(",", ".", "dd/mm/yyyy", "es")  # Colombia


def number_locale() -> NumberLocale:
    """The separators of the language in force, as the window's locale writes numbers: the one home of
    that fact is ``clientvault.core.i18n`` (the window sets it from Qt's locale, so an es_MX system
    writes "1,500.25"); it is read through ``i18n.number``, its public writer."""
    lang = language()
    base = NumberLocale.for_language(lang)
    writer = getattr(core_i18n, "number", None)
    if writer is None:
        return base
    text = str(writer(1000.5, 1))  # "1.000,5": the group mark after the 1, the decimal mark before the 5
    at = text.find("000", 1)
    if at < 0 or not text.endswith("5"):
        return base
    group, decimal = text[1:at], text[at + 3 : -1]
    if not decimal or decimal == group:
        return base
    return NumberLocale(decimal, group or base.group, base.short_date, lang)


# ---------------------------------------------------------------- built-in codes and colours

BUILTIN = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)',
    8: '"$"#,##0.00_);[Red]("$"#,##0.00)', 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "SHORT_DATE", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "SHORT_DATE h:mm", 37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)",
    39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)", 41: '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
    42: '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)', 43: '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)', 45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0",
    48: "##0.0E+0", 49: "@",
}

def code_for(format_id: int, custom: dict[int, str]) -> str:
    """The code of a style's ``numFmtId``: the workbook's own, a built-in one, or General."""
    code = custom.get(format_id)
    return code if code is not None else BUILTIN.get(format_id, "General")


@dataclass
class NumberFormat:
    code: str
    sections: list[Section]
    locale: NumberLocale

    @property
    def is_date(self) -> bool:
        return self.sections[0].kind == "date"

    @property
    def has_time(self) -> bool:
        """A date code that writes hours, minutes or seconds (a time of day shows under it)."""
        return any(k == "date" and v[:1] in ("h", "M", "s", "[", "a") for k, v in self.sections[0].parts)

    def __post_init__(self) -> None:
        # Made once: the sections a number may take (not the text one), and whether conditions choose.
        self._numeric = [s for s in self.sections[:3] if s.kind != "text"] or [self.sections[0]]
        self._conditional = any(s.condition for s in self._numeric)
        for section in self.sections:
            section.fast = _fast_path(section, self.locale)

    def format(self, value: Any) -> tuple[str, str | None]:
        """The cell's text and its colour (None: the font's) for a number, date, time, duration or text."""
        if type(value) is float and not self._conditional and value == value and abs(value) != math.inf:
            numeric = self._numeric  # the common case first: a plain number under a plain code
            section = numeric[1] if value < 0 and len(numeric) >= 2 else numeric[2] if value == 0 and len(
                numeric) >= 3 else numeric[0]
            shown = -value if section is not numeric[0] and value < 0 else value
            if section.kind != "date":
                return _render(section, shown, self.locale), section.color
        if isinstance(value, str):
            text_section = self.sections[3] if len(self.sections) > 3 else None
            if text_section is None and self.sections[0].kind == "text":
                text_section = self.sections[0]
            if text_section is None or text_section.kind == "date":
                return value, None
            return _render(text_section, value, self.locale), text_section.color
        if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
            section = self.sections[0]
            if section.kind != "date":
                value = to_serial(value)
            else:
                return _render(section, value, self.locale), section.color
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return str(value), None
        if not math.isfinite(value):
            return general(value, self.locale), None
        section, shown = self._pick(float(value))
        if section.kind == "date":
            return _render(section, from_serial(shown, section.elapsed), self.locale), section.color
        return _render(section, shown, self.locale), section.color

    def _pick(self, value: float) -> tuple[Section, float]:
        sections = self._numeric
        if self._conditional:
            for s in sections:
                if s.condition is None or _holds(s.condition, value):
                    return s, value
            return sections[-1], value
        if value < 0 and len(sections) >= 2:
            return sections[1], -value  # the second section writes its own sign (often parentheses)
        if value == 0 and len(sections) >= 3:
            return sections[2], value
        return sections[0], value


def _holds(condition: tuple[str, float], value: float) -> bool:
    op, limit = condition
    return {"<": value < limit, ">": value > limit, "=": value == limit, "<=": value <= limit,
            ">=": value >= limit, "<>": value != limit}[op]


@lru_cache(maxsize=1024)
def _compile(code: str, locale: NumberLocale) -> NumberFormat:
    sections = [parse_section(s, locale.short_date) for s in split_sections(code[:1000])]
    return NumberFormat(code, sections, locale)


def compile_code(code: str, locale: NumberLocale | None = None) -> NumberFormat | None:
    """The compiled code, or None for General (the caller's plain writing is General's)."""
    if not code or code.strip().lower() == "general":
        return None
    return _compile(code, locale or number_locale())


# ---------------------------------------------------------------- numbers


def general(value: float, loc: NumberLocale) -> str:
    """Excel's General: integers whole, other numbers to ten significant digits, huge ones as 1E+20."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = f"{value:.10g}"
    if "e" in text:
        if 1e-6 <= abs(value) < 1e16:
            text = f"{value:.10f}".rstrip("0").rstrip(".")
        else:
            mantissa, _, exp = text.partition("e")
            sign = exp[0]
            text = f"{mantissa}E{sign}{exp[1:].lstrip('0').rjust(2, '0')}"
    return text.replace(".", loc.decimal) if loc.decimal != "." else text


def _fixed(value: float, places: int) -> str:
    """``value`` (not negative) with ``places`` decimals, rounded as Excel rounds: half away from zero,
    on the number's first 15 significant digits (0.125 is 0.13; 0.145 * 100 is 15%, not 14%). Away
    from a tie the binary value rounds the same way, so only near one is Decimal asked (it costs 5x)."""
    if value < 1e15:
        shifted = value * 10.0**places
        if abs(shifted - int(shifted) - 0.5) < 1e-9 * max(1.0, shifted):
            exact = Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            return f"{exact:f}"
    return f"{value:.{places}f}"


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return digits[:head] + "".join(sep + digits[i : i + 3] for i in range(head, len(digits), 3))


def _fill_int(pattern: list[str], digits: str) -> str:
    """Digits into the integer placeholders, right to left; extra digits go before the first placeholder."""
    out: list[str] = []
    rest = digits
    slots = [i for i, ch in enumerate(pattern) if ch in PLACEHOLDERS]
    if not slots:
        return digits if digits != "0" else ""
    for i in range(len(pattern) - 1, -1, -1):
        ch = pattern[i]
        if ch not in PLACEHOLDERS:
            out.append(ch)
            continue
        if i == slots[0]:
            if rest:
                out.append(rest)
            elif ch == "0":
                out.append("0")
            elif ch == "?":
                out.append(" ")
            rest = ""
        elif rest:
            out.append(rest[-1])
            rest = rest[:-1]
        else:
            out.append("0" if ch == "0" else " " if ch == "?" else "")
    return "".join(reversed(out))


def _fill_frac(pattern: str, digits: str) -> str:
    out = list(digits)
    for i in range(len(pattern) - 1, -1, -1):  # trailing zeros under # vanish, under ? become spaces
        if out[i] != "0" or pattern[i] == "0":
            break
        out[i] = "" if pattern[i] == "#" else " "
    return "".join(out)


def _number(section: Section, value: float, loc: NumberLocale) -> str:
    value *= section.scale
    negative = value < 0
    value = abs(value)
    places = section.places
    if section.exp_pattern is not None:
        return ("-" if negative else "") + _scientific(section, value, places, loc)
    text = _fixed(value, places)
    int_digits, _, frac_digits = text.partition(".")
    if int_digits == "0" and not section.zeros:  # "#.##" writes 0.5 as ",5"
        int_digits = ""
    if negative and not text.strip("0."):
        negative = False  # -0.001 shown as 0,00 has no minus in Excel
    if section.group and int_digits and not section.has_literals:
        int_text = _group(int_digits.rjust(section.zeros, "0"), loc.group)
    else:
        int_text = _fill_int(section.int_pattern, int_digits)
    if section.point:
        int_text += loc.decimal + (frac_digits if section.plain_fraction else _fill_frac(section.frac_pattern, frac_digits))
    return "-" + int_text if negative else int_text


def _scientific(section: Section, value: float, places: int, loc: NumberLocale) -> str:
    step = max(1, len(section.int_pattern)) if section.int_pattern[:1] == ["#"] else 1
    exp = 0 if value == 0 else math.floor(math.log10(value))
    exp -= exp % step
    mantissa = value / 10**exp if value else 0.0
    text = _fixed(mantissa, places)
    if float(text) >= 10**step:  # 9.999 rounded up to 10.00
        exp += step
        text = _fixed(value / 10**exp, places)
    int_digits, _, frac_digits = text.partition(".")
    out = int_digits + (loc.decimal + frac_digits if places else "")
    sign = "-" if exp < 0 else ("+" if section.exp_sign == "+" else "")
    width = (section.exp_pattern or "0").count("0") or 1
    return f"{out}E{sign}{str(abs(exp)).rjust(width, '0')}"


def _fraction(section: Section, value: float) -> str:
    negative = value < 0
    value = abs(value)
    whole = int(value) if section.int_pattern else 0
    rest = value - whole
    if section.den_pattern.isdigit():
        den = int(section.den_pattern)
        num = round(rest * den) if den else 0
    else:
        limit = 10 ** max(1, section.den_pattern.count("?") + section.den_pattern.count("#")
                          + section.den_pattern.count("0")) - 1
        frac = Fraction(rest).limit_denominator(limit)
        num, den = frac.numerator, frac.denominator
    if section.int_pattern and den and num == den:
        whole, num = whole + 1, 0
    width_num, width_den = len(section.num_pattern), len(section.den_pattern)
    sign = "-" if negative and (whole or num) else ""
    if num == 0:
        head = str(whole) if section.int_pattern else "0"
        pad = " " * (width_num + width_den + 1) if "?" in section.num_pattern else ""
        return sign + head + (" " + pad if pad else "")
    if section.int_pattern and whole:
        return f"{sign}{whole} {str(num).rjust(width_num)}/{str(den).ljust(width_den)}".rstrip()
    return f"{sign}{num}/{den}"


# ---------------------------------------------------------------- one section


_STRFTIME = {"dd": "%d", "mm": "%m", "yyyy": "%Y", "yy": "%y", "hh": "%H", "MM": "%M", "ss": "%S"}


def _fast_path(section: Section, loc: NumberLocale) -> tuple[Any, ...] | None:
    """What lets the common codes skip the general writer, made once per section and locale:

    * ("number", prefix, format spec, suffix, separators table, scale, places) for literals around
      "#,##0.00"-like placeholders (Python's own grouping, the separators swapped in one translate);
    * ("date", strftime pattern) for "dd/mm/yyyy hh:mm"-like codes (no names, no 12-hour clock).
    None for anything else."""
    parts = section.parts
    if section.kind == "date":
        if section.hour12 or any(k == "frac" for k, _v in parts):
            return None
        pattern = []
        for kind, token in parts:
            if kind == "lit":
                pattern.append(token.replace("%", "%%"))
            elif kind == "date" and token in _STRFTIME:
                pattern.append(_STRFTIME[token])
            else:
                return None
        return ("date", "".join(pattern))
    if section.kind != "number" or section.exp_pattern is not None or section.has_literals:
        return None
    if not section.plain_fraction or any(t not in ("0", "#") for t in section.int_pattern):
        return None
    if section.zeros != 1 or section.int_pattern[-1] != "0":
        return None  # "#.##", "000" and the like take the general writer
    kinds = [k for k, _v in parts]
    if kinds.count("num") != 1 or any(k not in ("lit", "num") for k in kinds):
        return None
    at = kinds.index("num")
    prefix = "".join(v for _k, v in parts[:at])
    suffix = "".join(v for _k, v in parts[at + 1 :])
    spec = ("," if section.group else "") + f".{section.places}f"
    table = str.maketrans({",": loc.group, ".": loc.decimal})
    bare_point = section.point and not section.places  # "0." writes its point with no decimals
    return ("number", prefix, spec, suffix, table, section.scale, section.places, bare_point)


def _render_fast(fast: tuple[Any, ...], value: Any) -> str | None:
    if fast[0] == "date":
        if isinstance(value, dt.datetime) and value.year >= 1000:
            return value.strftime(fast[1])
        return None
    _kind, prefix, spec, suffix, table, scale, places, bare_point = fast
    if type(value) is not float:
        return None
    value *= scale
    shifted = abs(value) * 10.0**places
    if shifted >= 1e15 or abs(shifted - int(shifted) - 0.5) < 1e-9 * max(1.0, shifted):
        return None  # near a tie: Excel's rounding, in the general writer
    text = format(value, spec)
    if text[0] == "-" and not text.strip("-0.,"):
        text = text[1:]  # -0.001 shown as 0,00 has no minus in Excel
    if bare_point:
        text += "."
    return prefix + text.translate(table) + suffix


def _render(section: Section, value: Any, loc: NumberLocale) -> str:
    fast = section.fast
    if fast is not None:
        text = _render_fast(fast, value)
        if text is not None:
            return text
    if section.kind == "date":
        return general(float(value), loc) if isinstance(value, (int, float)) else render_date(section, value, loc)
    out: list[str] = []
    for kind, token in section.parts:
        if kind == "lit":
            out.append(token)
        elif kind in ("text", "general"):
            out.append(value if isinstance(value, str) else general(value, loc))
        elif kind == "num" and not isinstance(value, str):
            out.append(_fraction(section, value) if section.kind == "fraction" else _number(section, value, loc))
    return "".join(out)
