"""Excel number format codes parsed into sections (:mod:`clientvault.preview.numfmt` applies them).

A code is split at its ``;`` (outside quotes, escapes and brackets) into up to four sections, and each
section into parts: literals, the number's place, the text's (``@``), General's, and date/time tokens;
its colour, condition, currency symbol and elapsed-time brackets are read on the way. Nothing here
raises on a malformed code: what is not understood is a literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


# One token each: a quoted literal, an escape, a space/fill, a bracket, AM/PM, a date/time run, General,
# a number placeholder run, E+/E-, or any other single character (a literal).
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_(?P<space>.)|\*(?P<fill>.)|\[(?P<bracket>[^\]]*)\]'
    r"|(?P<ampm>AM/PM|am/pm|A/P|a/p)|(?P<general>General)|(?P<date>y+|m+|d+|h+|s+|Y+|M+|D+|H+|S+)"
    r"|(?P<exp>[Ee][+-])|(?P<char>.)",
    re.DOTALL,
)
_CONDITION = re.compile(r"(<=|>=|<>|<|>|=)\s*(-?[0-9.]+(?:[Ee][+-]?[0-9]+)?)$")
DIGITS = "0#?"
PLACEHOLDERS = frozenset(DIGITS)
_LITERAL = "\x01"  # marks a literal among the number placeholders


@dataclass
class Section:
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
    places: int = 0  # decimals written
    zeros: int = 0  # "0" placeholders before the point: the integer's least digits
    plain_fraction: bool = True  # the decimals are all "0" placeholders
    fast: tuple[object, ...] | None = None  # numfmt's shortcut for the common codes (set when compiled)
    exp_pattern: str | None = None  # exponent placeholders after E+ / E-
    exp_sign: str = "+"
    num_pattern: str = ""  # fraction numerator / denominator
    den_pattern: str = ""
    hour12: bool = False
    elapsed: bool = False


def split_sections(code: str) -> list[str]:
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


def _bracket(section: Section, inner: str) -> None:
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


def parse_section(text: str, short_date: str) -> Section:
    text = text.replace("SHORT_DATE", short_date)
    section = Section([])
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
        elif value in DIGITS or (number and (value in ".,/" or (value.isdigit() and "/" in number))):
            if not number:
                parts.append(("num", ""))
                inside = 0
            elif inside and value in DIGITS and not {".", "/", "E+", "E-"} & set(number):
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


def _layout(section: Section, tokens: list[str]) -> None:
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
    section.frac_pattern = "".join(t for t in frac if t in DIGITS)
    section.point = point < len(tokens)
    section.places = len(section.frac_pattern)
    section.zeros = sum(t == "0" for t in section.int_pattern)
    section.plain_fraction = not section.frac_pattern.strip("0")  # only 0s: no trailing digit dropped


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
