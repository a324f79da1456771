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
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from clientvault.core import i18n as core_i18n
from clientvault.core.i18n import language

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


_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_MONTHS_SHORT = {
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_DAYS = {  # Monday first, as date.weekday()
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_DAYS_SHORT = {
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

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

COLORS = {"black": "#000000", "white": "#FFFFFF", "red": "#FF0000", "green": "#00FF00", "blue": "#0000FF",
          "yellow": "#FFFF00", "magenta": "#FF00FF", "cyan": "#00FFFF"}

# The legacy indexed palette (styles' ``indexed=`` colours, ``[ColorN]`` in codes is N + 7).
INDEXED = (  # noqa: SIM905 - 64 colours read better as lines of hex than as a literal of 64 strings
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF "
    "00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 "
    "0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF "
    "FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 "
    "993300 993366 333399 333333"
).split()


def code_for(format_id: int, custom: dict[int, str]) -> str:
    """The code of a style's ``numFmtId``: the workbook's own, a built-in one, or General."""
    code = custom.get(format_id)
    return code if code is not None else BUILTIN.get(format_id, "General")


# ---------------------------------------------------------------- tokens

# One token each: a quoted literal, an escape, a space/fill, a bracket, AM/PM, a date/time run, General,
# a number placeholder run, E+/E-, or any other single character (a literal).
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_(?P<space>.)|\*(?P<fill>.)|\[(?P<bracket>[^\]]*)\]'
    r"|(?P<ampm>AM/PM|am/pm|A/P|a/p)|(?P<general>General)|(?P<date>y+|m+|d+|h+|s+|Y+|M+|D+|H+|S+)"
    r"|(?P<exp>[Ee][+-])|(?P<char>.)",
    re.DOTALL,
)
_CONDITION = re.compile(r"(<=|>=|<>|<|>|=)\s*(-?[0-9.]+(?:[Ee][+-]?[0-9]+)?)$")
_DIGITS = "0#?"
_PLACEHOLDERS = frozenset(_DIGITS)
_LITERAL = "\x01"  # marks a literal among the number placeholders


@dataclass
class _Section:
    parts: list[tuple[str, str]]  # ("lit", text), ("num", ""), ("text", ""), ("general", ""), ("date", token)
    color: str | None = None
    condition: tuple[str, float] | None = None
    kind: str = "number"  # "number", "date", "text", "general", "fraction"
    # number layout (kind number / fraction)
    int_pattern: list[str] = field(default_factory=list)  # placeholders and literals before the point, in order
    has_literals: bool = False
    frac_pattern: str = ""
    group: bool = False
    scale: float = 1.0
    point: bool = False  # a decimal point is written (also "0." with no decimals)
    exp_pattern: str | None = None  # exponent placeholders after E+ / E-
    exp_sign: str = "+"
    num_pattern: str = ""  # fraction numerator / denominator
    den_pattern: str = ""
    hour12: bool = False
    elapsed: bool = False


def _split_sections(code: str) -> list[str]:
    sections, start, i, n = [], 0, 0, len(code)
    while i < n:
        ch = code[i]
        if ch == '"':
            j = code.find('"', i + 1)
            i = n if j < 0 else j + 1
            continue
        if ch in "\\_*":
            i += 2
            continue
        if ch == "[":
            j = code.find("]", i)
            i = n if j < 0 else j + 1
            continue
        if ch == ";":
            sections.append(code[start:i])
            start = i + 1
        i += 1
    sections.append(code[start:])
    return sections


def _bracket(section: _Section, inner: str) -> None:
    low = inner.lower()
    if low in COLORS:
        section.color = COLORS[low]
    elif low.startswith("color") and low[5:].isdigit():
        n = int(low[5:])
        if 1 <= n <= 56:
            section.color = "#" + INDEXED[n + 7]
    elif inner.startswith("$"):
        symbol = inner[1:].split("-", 1)[0]
        if symbol:
            section.parts.append(("lit", symbol))
    elif re.fullmatch(r"[hH]+|[mM]+|[sS]+", inner):
        section.parts.append(("date", "[" + inner.lower() + "]"))
        section.elapsed = True
    else:
        found = _CONDITION.match(inner.strip())
        if found:
            section.condition = (found.group(1), float(found.group(2)))


def _parse(text: str, short_date: str) -> _Section:
    text = text.replace("SHORT_DATE", short_date)
    section = _Section([])
    parts = section.parts
    number: list[str] = []  # the number placeholders, decimal point, commas and E, in order
    seen_date = False
    inside = 0  # literal parts written since the last number placeholder
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "char"
        value = m.group(kind)
        if kind in ("quoted", "escaped"):
            parts.append(("lit", value))
        elif kind == "space" or (kind == "fill" and value == " "):
            parts.append(("lit", " "))
        elif kind == "fill":
            continue  # a fill of other characters cannot fill a cell whose width is not known here
        elif kind == "bracket":
            _bracket(section, value)
            seen_date = seen_date or section.elapsed
        elif kind == "ampm":
            parts.append(("date", value.lower()))
            section.hour12 = seen_date = True
        elif kind == "general":
            parts.append(("general", ""))
        elif kind == "date":
            parts.append(("date", value.lower()))
            seen_date = True
        elif seen_date:
            parts.append(("lit", value))  # "ss.00": the point and zeros are the seconds' fraction
        elif kind == "exp" and number:
            number.append(value.upper())
        elif value == "@":
            parts.append(("text", ""))
        elif value == "%":
            section.scale *= 100
            parts.append(("lit", "%"))
        elif value in _DIGITS or (number and (value in ".,/" or (value.isdigit() and "/" in number))):
            if not number:
                parts.append(("num", ""))
                inside = 0
            elif inside and value in _DIGITS and not {".", "/", "E+", "E-"} & set(number):
                # Literals between digit placeholders ('000"."000"-"0') are written among the digits.
                between = [v for _k, v in parts[len(parts) - inside:]]
                del parts[len(parts) - inside:]
                if between == [" "] and "/" in text:
                    number.append(" ")  # "# ?/?": the space between the whole part and the fraction
                else:
                    number.extend(_LITERAL + v for v in between)
            inside = 0
            number.append(value)
        else:
            parts.append(("lit", value))
        if number and kind in ("quoted", "escaped", "space", "fill", "char") and parts[-1][0] == "lit":
            inside += 1
    if seen_date:
        section.kind = "date"
        _fix_minutes(parts)
        _merge_fractions(parts)
    elif number:
        _layout(section, number)
    elif any(p[0] == "text" for p in parts):
        section.kind = "text"
    elif any(p[0] == "general" for p in parts):
        section.kind = "general"
    else:
        section.kind = "literal"
    return section


def _layout(section: _Section, tokens: list[str]) -> None:
    """Read the run of number placeholders ("#,##0.00", "0.00E+00", "# ??/??") into the section."""
    number = "".join(t for t in tokens if not t.startswith(_LITERAL))
    if "/" in number:
        section.kind = "fraction"
        whole, _, rest = number.rpartition(" ")
        num, _, den = rest.partition("/")
        section.int_pattern, section.num_pattern, section.den_pattern = [*whole], num, den
        return
    for marker in ("E+", "E-"):
        if marker in tokens:
            at = tokens.index(marker)
            tokens, section.exp_pattern = tokens[:at], "".join(tokens[at + 1 :])
            section.exp_sign = marker[1]
    point = tokens.index(".") if "." in tokens else len(tokens)
    int_part, frac = tokens[:point], tokens[point + 1 :]
    commas = 0
    while int_part and int_part[-1] == ",":
        int_part.pop()
        commas += 1
    section.scale /= 1000**commas  # "#,##0," shows thousands
    section.group = "," in int_part
    section.int_pattern = [t[1:] if t.startswith(_LITERAL) else t for t in int_part if t != ","]
    section.has_literals = any(t.startswith(_LITERAL) for t in int_part)
    section.frac_pattern = "".join(t for t in frac if t in _DIGITS)
    section.point = point < len(tokens)


def _fix_minutes(parts: list[tuple[str, str]]) -> None:
    """``m``/``mm`` right after an hour or right before a second is minutes, not the month."""
    dates = [i for i, p in enumerate(parts) if p[0] == "date"]
    for n, i in enumerate(dates):
        token = parts[i][1]
        if token not in ("m", "mm"):
            continue
        before = parts[dates[n - 1]][1] if n else ""
        after = parts[dates[n + 1]][1] if n + 1 < len(dates) else ""
        if before.startswith(("h", "[h")) or after.startswith(("s", "[s")):
            parts[i] = ("date", "M" if token == "m" else "MM")  # minutes


def _merge_fractions(parts: list[tuple[str, str]]) -> None:
    """"ss.00" in a date code: the point and its zeros become one ("frac", "00") part."""
    i = 0
    while i < len(parts):
        if parts[i] == ("lit", ".") and i + 1 < len(parts) and parts[i + 1] == ("lit", "0"):
            j = i + 1
            while j < len(parts) and parts[j] == ("lit", "0"):
                j += 1
            parts[i:j] = [("frac", "0" * (j - i - 1))]
        i += 1


@dataclass
class NumberFormat:
    code: str
    sections: list[_Section]
    locale: NumberLocale

    @property
    def is_date(self) -> bool:
        return self.sections[0].kind == "date"

    @property
    def has_time(self) -> bool:
        """A date code that writes hours, minutes or seconds (a time of day shows under it)."""
        return any(k == "date" and v[:1] in ("h", "M", "s", "[", "a") for k, v in self.sections[0].parts)

    def format(self, value: Any) -> tuple[str, str | None]:
        """The cell's text and its colour (None: the font's) for a number, date, time, duration or text."""
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
                value = _serial(value)
            else:
                return _render(section, value, self.locale), section.color
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return str(value), None
        if not math.isfinite(value):
            return general(value, self.locale), None
        section, shown = self._pick(float(value))
        if section.kind == "date":
            return _render(section, _from_serial(shown, section.elapsed), self.locale), section.color
        return _render(section, shown, self.locale), section.color

    def _pick(self, value: float) -> tuple[_Section, float]:
        sections = [s for s in self.sections[:3] if s.kind != "text"] or [self.sections[0]]
        if any(s.condition for s in sections):
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
    sections = [_parse(s, locale.short_date) for s in _split_sections(code[:1000])]
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
    on the number's first 15 significant digits (0.125 is 0.13; 0.145 * 100 is 15%, not 14%)."""
    if value >= 1e15:
        return f"{value:.{places}f}"
    exact = Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{exact:f}"


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return digits[:head] + "".join(sep + digits[i : i + 3] for i in range(head, len(digits), 3))


def _fill_int(pattern: list[str], digits: str) -> str:
    """Digits into the integer placeholders, right to left; extra digits go before the first placeholder."""
    out: list[str] = []
    rest = digits
    slots = [i for i, ch in enumerate(pattern) if ch in _PLACEHOLDERS]
    if not slots:
        return digits if digits != "0" else ""
    for i in range(len(pattern) - 1, -1, -1):
        ch = pattern[i]
        if ch not in _PLACEHOLDERS:
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


def _number(section: _Section, value: float, loc: NumberLocale) -> str:
    value *= section.scale
    negative = value < 0
    value = abs(value)
    places = sum(ch in _DIGITS for ch in section.frac_pattern)
    if section.exp_pattern is not None:
        return ("-" if negative else "") + _scientific(section, value, places, loc)
    text = _fixed(value, places)
    int_digits, _, frac_digits = text.partition(".")
    if int_digits == "0" and "0" not in section.int_pattern:  # "#.##" writes 0.5 as ",5"
        int_digits = ""
    if int(text.replace(".", "") or "0") == 0:
        negative = False  # -0.001 shown as 0,00 has no minus in Excel
    if section.group and int_digits and not section.has_literals:
        width = sum(t == "0" for t in section.int_pattern)
        int_text = _group(int_digits.rjust(width, "0"), loc.group)
    else:
        int_text = _fill_int(section.int_pattern, int_digits)
    out = int_text
    if section.point:
        out += loc.decimal + _fill_frac(section.frac_pattern, frac_digits)
    return ("-" if negative else "") + out


def _scientific(section: _Section, value: float, places: int, loc: NumberLocale) -> str:
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


def _fraction(section: _Section, value: float) -> str:
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


# ---------------------------------------------------------------- dates


def _serial(value: Any) -> float:
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    delta = value - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400 + (1 if value < dt.datetime(1900, 3, 1) else 0)


def _from_serial(value: float, elapsed: bool) -> Any:
    if elapsed:
        return dt.timedelta(days=value) if abs(value) < 1e8 else value
    if not 0 <= value <= 2_958_465:
        return value
    base = dt.datetime(1899, 12, 30) if value >= 60 else dt.datetime(1899, 12, 31)
    return base + dt.timedelta(milliseconds=round(value * 86_400_000))


def _date(section: _Section, value: Any, loc: NumberLocale) -> str:
    if isinstance(value, (int, float)):
        return general(float(value), loc)  # a serial no calendar holds
    moment: dt.datetime | None
    if isinstance(value, dt.timedelta):
        total = value.total_seconds()
        moment = None
    else:
        if isinstance(value, dt.time):
            moment = dt.datetime(1899, 12, 31, value.hour, value.minute, value.second, value.microsecond)
        elif not isinstance(value, dt.datetime):
            moment = dt.datetime(value.year, value.month, value.day)
        else:
            moment = value
        total = moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6
    # Seconds are rounded to the places the code shows, as Excel does (14:30:05.6 under "ss" is :06).
    places = max((len(v) for k, v in section.parts if k == "frac"), default=0)
    negative = total < 0
    seconds = round(abs(total), places)
    hour, minute, second = int(seconds // 3600), int(seconds % 3600 // 60), seconds % 60
    if moment is not None and seconds >= 86400:
        moment, hour = moment + dt.timedelta(days=1), 0  # 23:59:59.6 under "ss" is the next day's 00:00:00
    lang = loc.lang
    out: list[str] = []
    for kind, token in section.parts:
        if kind == "lit":
            out.append(token)
        elif kind == "frac":
            out.append(loc.decimal + f"{second - int(second):.{len(token)}f}"[2:])
        elif kind != "date":
            continue
        elif token.startswith("["):
            amount = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}[token[1]]
            out.append(("-" if negative else "") + str(int(amount)).rjust(len(token) - 2, "0"))
            negative = False
        elif token in ("am/pm", "a/p"):
            pm = hour % 24 >= 12
            out.append(("PM" if pm else "AM") if token == "am/pm" else ("P" if pm else "A"))
        elif token[0] == "h":
            h = hour % 24
            if section.hour12:
                h = h % 12 or 12
            out.append(str(h).rjust(min(len(token), 2), "0"))
        elif token in ("M", "MM"):
            out.append(str(minute).rjust(len(token), "0"))
        elif token[0] == "s":
            out.append(str(int(second)).rjust(min(len(token), 2), "0"))
        elif moment is None:
            continue  # a duration has no calendar date
        elif token[0] == "y":
            out.append(str(moment.year) if len(token) > 2 else f"{moment.year % 100:02d}")
        elif token[0] == "m":
            n, month = len(token), moment.month
            out.append(str(month) if n == 1 else f"{month:02d}" if n == 2 else _MONTHS_SHORT[lang][month - 1]
                       if n == 3 else _MONTHS[lang][month - 1][0] if n == 5 else _MONTHS[lang][month - 1])
        elif token[0] == "d":
            n, day = len(token), moment.day
            out.append(str(day) if n == 1 else f"{day:02d}" if n == 2 else _DAYS_SHORT[lang][moment.weekday()]
                       if n == 3 else _DAYS[lang][moment.weekday()])
    return "".join(out)


# ---------------------------------------------------------------- one section


def _render(section: _Section, value: Any, loc: NumberLocale) -> str:
    if section.kind == "date":
        return _date(section, value, loc)
    out: list[str] = []
    for kind, token in section.parts:
        if kind == "lit":
            out.append(token)
        elif kind in ("text", "general"):
            out.append(value if isinstance(value, str) else general(value, loc))
        elif kind == "num" and not isinstance(value, str):
            out.append(_fraction(section, value) if section.kind == "fraction" else _number(section, value, loc))
    return "".join(out)
