"""What a file's name and text suggest about the paper: its type, its own date, the period it covers,
an expiry date it states, and the NITs it names. Pure: no Qt, no database.

Everything is matched on folded text (case and accents aside, ``catalog.models.fold``), so
"RESOLUCIÓN" and "resolucion" meet. Type, dates and period look only at the first ``HEAD_CHARS``
characters: titles and dates stand at the top of a paper, and a 500-page extracto must not cost more
than a one-page RUT. NITs are looked for further (``NIT_CHARS``), the label-anchored regex is linear.
Every regex is compiled once here and its repetitions are bounded (no nested ``+``), so no text
can make one backtrack for long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from clientvault.core.catalog.models import fold
from clientvault.core.nit import check_digit

HEAD_CHARS = 20_000
HEADING_CHARS = 600  # where a bare word ("contrato", "acta") is a title rather than a passing mention
NIT_CHARS = 400_000
PERIOD_TYPES = frozenset({"estados", "renta", "iva", "retencion", "nomina", "extracto", "soporte"})
EXPIRY_TYPES = frozenset({"resolucion", "poliza"})
EARLIEST_YEAR = 1950


@dataclass(frozen=True)
class Suggestion:
    type_code: str | None = None
    created: date | None = None
    period: str | None = None
    expires: date | None = None
    nits: tuple[str, ...] = ()
    type_id: int | None = None  # the vault fills it from type_code

    def empty(self) -> bool:
        return (self.type_code is None and self.created is None and self.period is None
                and self.expires is None and not self.nits)


# ---------------------------------------------------------------- dates

_MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
    "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9, "octubre": 10, "oct": 10,
    "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
# Longest first, so "septiembre" is not read as "sep" followed by letters.
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_YEAR4 = r"(?:19|20)\d\d"
_YEAR = _YEAR4 + r"(?!\d)"
_DE = r"(?:\s*(?:de|del|-|/|,|\.)\s*|\s+)"  # "15 de marzo del 2024", "15-mar-2024", "marzo 15, 2024"
# One alternation, so finditer meets every date once, left to right. Day first in numeric dates:
# that is how Colombia writes them. "(15) dias del mes de marzo" is the notaries' way.
_DATE_SRC = (
    rf"(?<!\d)(?P<iy>{_YEAR4})(?P<is>[-/])(?P<im>\d{{1,2}})(?P=is)(?P<id>\d{{1,2}})(?!\d)"
    rf"|(?<![\d/.-])(?P<nd>\d{{1,2}})(?P<ns>[-/.])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>{_YEAR})"
    rf"|(?<!\d)(?P<td>\d{{1,2}})o?\)?(?:\s+dias?)?(?:\s+del\s+mes)?{_DE}(?P<tm>{_MONTH}){_DE}(?P<ty>{_YEAR})"
    rf"|(?<![a-z])(?P<mm>{_MONTH})\s*(?P<md>\d{{1,2}})(?!\d)(?:o\b)?{_DE}(?P<my>{_YEAR})"
)
_DATE = re.compile(_DATE_SRC)
_MONTH_YEAR = re.compile(rf"(?<![a-z])(?P<m>{_MONTH}){_DE}(?P<y>{_YEAR})"
                         rf"|(?<!\d)(?P<iy>{_YEAR4})[-/_](?P<im>0?[1-9]|1[0-2])(?![\d/-])"
                         rf"|(?<![\d/-])(?P<nm>0?[1-9]|1[0-2])[-/_](?P<ny>{_YEAR})")
_LONE_YEAR = re.compile(rf"(?<![\d/-]){_YEAR}(?![/-]\d)")
# Labels before a date. The gap after a label is short, so "hasta el número 5000" never reaches the
# date two clauses later.
_GAP = (r"[\s:,.\-]{0,6}(?:(?:del?\s+)?(?:la\s+)?(?:autorizacion|resolucion|poliza|vigencia|documento(?:\s+pdf)?)"
        r"[\s:,.\-]{0,6})?(?:el\s+)?")
_ISSUED = re.compile(
    r"(?:fecha\s+(?:y\s+hora\s+)?(?:de\s+)?(?:expedicion|emision|generacion)|expedid[oa]\s+(?:el|en)|expedicion)"
    + _GAP + f"(?:{_DATE_SRC})")
_VALID_UNTIL = re.compile(
    r"(?<![a-z])(?:vigente\s+hasta|vigencia\s+hasta|valida?\s+hasta|fecha\s+(?:de\s+)?vencimiento|vence|hasta)"
    + _GAP + f"(?:{_DATE_SRC})")
_VALID_MONTHS = re.compile(r"vigencia\s+(?:es\s+)?(?:de\s+)?(?:[a-z]{1,20}\s*)?\(?(\d{1,3})\)?\s*meses")
# A date right after these words is the end of a period or a validity, not the paper's own date.
_NOT_ISSUED = re.compile(r"(?:\bal|\bhasta(?:\s+el)?|\bcorte(?:\s+al?)?|\bvence(?:\s+el)?|\bvencimiento\W{0,3}"
                         r"|\bvigente(?:\s+hasta)?(?:\s+el)?)\s*$")
_BEFORE_MONTH = re.compile(r"\ba\s*$")  # "a diciembre 31 de 2023" closes a period; "Bogotá, a 15 de marzo" is a date
_PERIOD_LABEL = re.compile(
    r"(?:ano\s+gravable|periodo(?:\s+(?:gravable|fiscal|contable|de\s+pago|liquidado))?|vigencia\s+fiscal"
    r"|ejercicio(?:\s+fiscal)?|mes\s+de)[\s:,.\-]{0,4}(?:del\s+\d{1,2}\s+al\s+\d{1,2}\s+de\s+)?")
_YEAR_END = re.compile(rf"\ba\s+diciembre\s+31\s+del?\s+({_YEAR})|\bal?\s+31\s+de\s+diciembre\s+del?\s+({_YEAR})")


def _date_of(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["ny"]:
            return date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        if g["ty"]:
            return date(int(g["ty"]), _MONTHS[g["tm"].rstrip(".")], int(g["td"]))
        return date(int(g["my"]), _MONTHS[g["mm"].rstrip(".")], int(g["md"]))
    except ValueError:  # 31 de febrero, month 13
        return None


def _dates(folded: str) -> list[tuple[re.Match[str], date]]:
    return [(m, d) for m in _DATE.finditer(folded) if (d := _date_of(m)) is not None]


def dates_in(text: str) -> list[date]:
    """Every calendar date written in the first ``HEAD_CHARS`` of ``text``, in reading order."""
    return [d for _, d in _dates(fold(text[:HEAD_CHARS]))]


def _add_months(start: date, months: int) -> date:
    y, m = divmod(start.month - 1 + months, 12)
    year, month = start.year + y, m + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(start.day, (following - timedelta(days=1)).day))


# ---------------------------------------------------------------- types

def _words(*phrases: str) -> str:
    """Phrases between letter boundaries: "rut" is not inside "ruta" or "bruto", yet "rut_2024" and
    "RUT2024" are RUTs. Spaces in a phrase match any run of whitespace (a title broken over lines).

    The boundary before a phrase is checked after its first letter, not before it: a pattern that
    starts with a letter lets the engine skip to the places where that letter is, four times faster
    over a page of text than one that starts with a look-behind at every position."""
    assert all(p[:1].isalpha() for p in phrases), phrases
    return "|".join(p[0] + r"(?<![^\W\d_]" + p[0] + ")" + p[1:].replace(" ", r"\s+") + r"(?![^\W\d_])"
                    for p in phrases)


# The atomic group commits to the first "dian" after "resolucion": the search stays linear in the text.
_FORM = r"formulario\W{0,3}(?:no\W{0,3})?"
# Titles: anywhere in the head, the earliest one names the paper (a title comes before what it mentions).
_TITLES: dict[str, str] = {
    "rut": _words("registro unico tributario") + rf"|{_FORM}001(?!\d)",
    "camara": _words("existencia y representacion", "certificado de matricula mercantil"),
    "matricula": _words("matricula mercantil", r"renovacion(?: de)?(?: la)? matricula"),
    "resolucion": _words("autorizacion de numeracion", "habilitacion de numeracion",
                         r"resolucion(?: de)?(?: autorizacion de)? facturacion")
                  + r"|resolucion(?>[\s\S]{0,200}?dian)[\s\S]{0,300}?autoriza" + rf"|{_FORM}1876(?!\d)",
    "estados": _words("estados? de situacion financiera", "balance general", "estados financieros",
                      r"estados? de resultados", r"notas a los estados"),
    "renta": _words("declaracion de renta", "impuesto sobre la renta") + rf"|{_FORM}[12]10(?!\d)",
    "iva": _words("impuesto sobre las ventas") + rf"|{_FORM}300(?!\d)",
    "retencion": _words(r"retencion(?:es)? en la fuente") + rf"|{_FORM}350(?!\d)",
    "nomina": _words("desprendible de pago", "colilla de pago", "nomina electronica", "comprobante de nomina",
                     "liquidacion de nomina", "documento soporte de pago de nomina", "soporte de pago de nomina"),
    "extracto": _words("extracto bancario", r"extracto(?: de)?(?: su)? cuenta", "extracto mensual"),
    "acta": _words(r"acta(?: no\.?\s*\d{1,5})?(?: de)?(?: la)? (?:asamblea|junta|reunion)"),
    "cedula": _words("identificacion personal"),
    "soporte": _words(r"factura (?:electronica )?de venta", "documento soporte", "cuenta de cobro"),
}
# A bare word in the heading: weaker than a title, and than the name the accountant gave the file.
_HEADING: dict[str, str] = {
    "rut": _words("rut"), "camara": _words("camara de comercio"), "resolucion": _words("resolucion"),
    "renta": _words("renta"), "iva": _words("iva"), "nomina": _words("nomina"),
    "extracto": _words("extracto", "estado de cuenta"), "contrato": _words("contrato"),
    "poliza": _words("poliza"), "cedula": _words("cedula de ciudadania"), "acta": _words("acta"),
    "soporte": _words("soporte", "factura", "comprobante", "recibo"),
}
# File names: the first type in this order whose word is in the name ("Resolución facturación" is a
# resolución, not a factura; "renovación matrícula cámara" a matrícula).
_NAMES: dict[str, str] = {
    "resolucion": _words("resolucion", "autorizacion de numeracion", "habilitacion de numeracion"),
    "rut": _words("rut", "registro unico tributario"),
    "matricula": _words("matricula", "renovacion"),
    "camara": _words("camara", "existencia", "certificado de existencia"),
    "estados": _words("eeff", "ee ff", r"estados? financieros?", "balance", r"estados? de (?:resultados|situacion)"),
    "nomina": _words("nomina", "desprendible", "colilla"),
    "extracto": _words("extracto", "estado de cuenta"),
    "renta": _words("renta", "f110", "f210"),
    "iva": _words("iva", "f300"),
    "retencion": _words("retencion", "retefuente", "rte fte", "f350"),
    "soporte": _words("factura", "soporte", "comprobante", "recibo", "cuenta de cobro"),
    "contrato": _words("contrato"), "poliza": _words("poliza"), "cedula": _words("cedula"),
    "acta": _words("acta"),
}


def _alternation(patterns: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{code}>{p})" for code, p in patterns.items()))


_TITLE = _alternation(_TITLES)
_HEADING_WORD = _alternation(_HEADING)
_NAME_WORDS = {code: re.compile(p) for code, p in _NAMES.items()}
# When the earliest title is the first, the second wins if it is there at all: a Cámara certificate
# names the matrícula mercantil; an invoice repeats its numbering resolution in its header.
_OVERRIDES = {
    "matricula": ("camara", re.compile(_words("existencia y representacion", "certificado de matricula"))),
    "resolucion": ("soporte", re.compile(
        r"factura\s+(?:electronica\s+)?de\s+venta\s*(?:no\b|n°|#|numero)\.?\s*[a-z]{0,6}-?\s*\d")),
}


def _type_of_text(head: str) -> tuple[str | None, int]:
    """The type the earliest title says, and where it is (-1 without one)."""
    m = _TITLE.search(head)
    if m is None or m.lastgroup is None:
        return None, -1
    code = m.lastgroup
    if code in _OVERRIDES and _OVERRIDES[code][1].search(head):
        code = _OVERRIDES[code][0]
    return code, m.start()


# ---------------------------------------------------------------- NITs

_NIT_LABEL = r"n(?<![^\W\d_]n)\.?i\.?t\b\.?\)?[\s:.#\-]{0,6}(?:(?:no|n°|numero)\.?[\s:.#]{0,3})?"
# Box style (DIAN forms print one digit a box), thousands groups, plain digits; then a DV after a
# dash, or a lone digit after a space that is one only when it checks.
_NIT_NUMBER = (r"(?P<num>\d(?:[ \t]{1,3}\d){5,10}|\d{1,3}(?:[. ]\d{3}){1,3}|\d{6,10})(?!\d|[.,]\d)"
               r"(?:[ \t]{0,2}-[ \t]{0,2}(?P<dv>\d)|[ \t]{1,2}(?P<dv2>\d))?(?!\d)")
_NIT_LABELLED = re.compile(_NIT_LABEL + _NIT_NUMBER, re.IGNORECASE)
_NIT_FORMATTED = re.compile(r"(?P<num>\d(?<![\d.,$]\d)(?<!\$ \d)\d\d\.\d{3}\.\d{3})-(?P<dv>\d)(?![\d.])")


def _nit_of(m: re.Match[str]) -> str | None:
    raw = m.group("num")
    digits = re.sub(r"\D", "", raw)
    dv, loose = m.groupdict().get("dv"), m.groupdict().get("dv2")
    if dv is None and loose is not None and check_digit(digits) == int(loose):
        dv = loose
    if dv is None and re.fullmatch(r"\d(?:\s+\d)+", raw) and check_digit(digits[:-1]) == int(digits[-1]):
        digits, dv = digits[:-1], digits[-1]  # the last box holds the DV
    if not 6 <= len(digits) <= 10:
        return None
    if dv is not None and check_digit(digits) != int(dv):
        return None  # a NIT whose DV does not check is a misread or not a NIT
    return digits


def nits_in(text: str) -> list[str]:
    """The NITs ``text`` names, digits only without DV, first found first, each once: after a "NIT"
    label, or anywhere written exactly as ddd.ddd.ddd-d with a DV that checks."""
    text = text[:NIT_CHARS]
    found: list[tuple[int, str]] = []
    seen: dict[str, str | None] = {}  # a statement repeats its own NIT on every line: check each spelling once
    for pattern in (_NIT_LABELLED, _NIT_FORMATTED):
        for m in pattern.finditer(text):
            if m.group() not in seen:
                seen[m.group()] = _nit_of(m)
            if (nit := seen[m.group()]) is not None:
                found.append((m.start(), nit))
    out: list[str] = []
    for _, nit in sorted(found):
        if nit not in out:
            out.append(nit)
    return out


# ---------------------------------------------------------------- the suggestion

def _name_words(filename: str) -> str:
    name = fold(filename.replace("\\", "/").rsplit("/", 1)[-1])
    return re.sub(r"\.[a-z0-9]{1,5}$", "", name).replace("_", " ")


def _period_in(chunk: str) -> str | None:
    """The period a label points at: a month and year ("diciembre de 2024", "2024-12"), else a year."""
    full = _DATE.match(chunk)
    if full is not None and (d := _date_of(full)) is not None:
        return f"{d.year}-{d.month:02d}"
    if (my := _MONTH_YEAR.match(chunk)) is not None:
        return _month_year(my)
    y = _LONE_YEAR.match(chunk)
    return y.group() if y else None


def _month_year(m: re.Match[str]) -> str:
    if m.group("m"):
        return f"{m.group('y')}-{_MONTHS[m.group('m').rstrip('.')]:02d}"
    year, month = (m.group("iy"), m.group("im")) if m.group("iy") else (m.group("ny"), m.group("nm"))
    return f"{year}-{int(month):02d}"


def _period(code: str, name: str, head: str, dates: list[tuple[re.Match[str], date]]) -> str | None:
    for m in _PERIOD_LABEL.finditer(head):
        if found := _period_in(head[m.end():m.end() + 40]):
            return found[:4] if code == "renta" else found
    if (end := _YEAR_END.search(head)) is not None:
        return end.group(1) or end.group(2)
    if not _DATE.search(name):  # a full date in a name is the paper's date, not its period
        if (my := _MONTH_YEAR.search(name)) is not None:
            return _month_year(my)
        if (y := _LONE_YEAR.search(name)) is not None:
            return y.group()
    if code in {"nomina", "extracto", "iva", "retencion"}:
        spans = [m.span() for m, _ in dates]
        for my in _MONTH_YEAR.finditer(head):
            if my.group("m") and not any(a <= my.start() < b for a, b in spans):
                return _month_year(my)
    return None


def _created(head: str, name: str, dates: list[tuple[re.Match[str], date]], today: date) -> date | None:
    def plausible(d: date) -> bool:
        return date(EARLIEST_YEAR, 1, 1) <= d <= today + timedelta(days=1)

    for m in _ISSUED.finditer(head):
        if (d := _date_of(m)) is not None and plausible(d):
            return d
    for m, d in dates:
        before = head[max(0, m.start() - 30):m.start()]
        if plausible(d) and not _NOT_ISSUED.search(before) and not (m.group("mm") and _BEFORE_MONTH.search(before)):
            return d
    for m in _DATE.finditer(name):
        if (d := _date_of(m)) is not None and plausible(d):
            return d
    return None


def _expires(head: str, created: date | None) -> date | None:
    for m in _VALID_UNTIL.finditer(head):
        if (d := _date_of(m)) is not None and (created is None or d > created):
            return d
    months = _VALID_MONTHS.search(head)
    if months is not None and created is not None and 0 < int(months.group(1)) <= 120:
        return _add_months(created, int(months.group(1)))
    return None


def suggest(filename: str, text: str = "", today: date | None = None) -> Suggestion:
    """What ``filename`` and the paper's ``text`` (may be empty: names alone work) suggest.

    The type comes from a title in the text's heading, then the file name, then a word in the
    heading, then a title further down.
    ``today`` bounds the paper's own date (a date beyond tomorrow is not when it was issued)."""
    today = today or date.today()
    head = fold(text[:HEAD_CHARS])
    name = _name_words(filename)
    titled, where = _type_of_text(head)
    # A title in the heading says what the paper is; one further down may be a line of it (a bank
    # statement lists «RETENCIÓN EN LA FUENTE» among its charges): then the file's name and the
    # heading's words say more, and the deep title counts only when they say nothing.
    code = titled if 0 <= where < HEADING_CHARS else None
    if code is None:
        code = next((c for c, p in _NAME_WORDS.items() if p.search(name)), None)
    if code is None and (m := _HEADING_WORD.search(head[:HEADING_CHARS])) is not None:
        code = m.lastgroup
    if code is None:
        code = titled
    dates = _dates(head)
    created = _created(head, name, dates, today)
    return Suggestion(
        type_code=code,
        created=created,
        period=_period(code, name, head, dates) if code is not None and code in PERIOD_TYPES else None,
        expires=_expires(head, created) if code in EXPIRY_TYPES else None,
        nits=tuple(nits_in(text)),
    )
