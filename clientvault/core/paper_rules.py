"""When a paper expires, and what to do about it: the built-in types with their default rules, and
the date arithmetic. Plain Python (no database): the catalog stores the date a rule gives, the
«Por vencer» view and ``clientvault due`` read it, and the tests check the rules directly.

A rule belongs to a type and the accountant edits it in Settings:
- "none": the paper does not expire (a RUT, a declaración, estados financieros).
- "days": usable for ``rule_days`` days after its own date (a bank wants a Cámara de Comercio
  certificate issued within the last 30 days).
- "yearly": due every year on ``rule_day`` ("03-31"): the matrícula mercantil is renewed by 31 March
  of the year after the one it was renewed in. A 29 February falls on the 28th in other years.
- "own": the date written on each paper (a resolución de facturación's validity, a póliza, a contract).
A date entered on a document overrides its type's rule (``Document.expires_set``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from clientvault.core.i18n import t

Rule = Literal["none", "days", "yearly", "own"]
RULES: tuple[Rule, ...] = ("none", "days", "yearly", "own")
DUE_DAYS = 30  # «Por vencer» lists what expires within this many days, unless told otherwise
EXPIRED_DAYS = 365  # and what expired within this many days before today (older: history, unless asked)
TYPE_UNTYPED = 0  # the listing's type filter: documents without a type


@dataclass(frozen=True)
class BuiltinType:
    code: str
    name: str  # Spanish: the accountants' own word for it, in either interface language
    short_name: str | None = None
    rule: Rule = "none"
    rule_days: int | None = None
    rule_day: str | None = None


BUILTIN_TYPES: tuple[BuiltinType, ...] = (
    BuiltinType("rut", "RUT"),
    BuiltinType("camara", "Certificado de Cámara de Comercio", "Cámara", "days", rule_days=30),
    BuiltinType("matricula", "Matrícula mercantil", "Matrícula", "yearly", rule_day="03-31"),
    BuiltinType("resolucion", "Resolución de facturación", "Resolución", "own"),
    BuiltinType("estados", "Estados financieros", "Estados fin."),
    BuiltinType("renta", "Declaración de renta", "Renta"),
    BuiltinType("iva", "Declaración de IVA", "IVA"),
    BuiltinType("retencion", "Retención en la fuente", "Retención"),
    BuiltinType("nomina", "Nómina"),
    BuiltinType("extracto", "Extracto bancario", "Extracto"),
    BuiltinType("contrato", "Contrato", rule="own"),
    BuiltinType("poliza", "Póliza", rule="own"),
    BuiltinType("cedula", "Cédula"),
    BuiltinType("acta", "Acta"),
    BuiltinType("soporte", "Soporte"),
    BuiltinType("otro", "Otro"),
)
# A new company must have these unless the accountant changes the default (Settings).
DEFAULT_REQUIRED = ("rut", "camara", "resolucion")
# Papers renewed again and again: a newer one of the same type makes the older one's expiry moot,
# so «Por vencer» and the missing-papers check look at the newest only. Contracts and pólizas are
# not: a company may have several at once, each with its own end.
RENEWABLE_RULES: tuple[Rule, ...] = ("days", "yearly")

_PERIOD = re.compile(r"(19[5-9][0-9]|2[0-9]{3})(?:-(0[1-9]|1[0-2]))?")
_DAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


def as_date(value: object) -> date | None:
    """A date column's value as a date: SQLite hands back ISO text for rows written as text, the
    PostgreSQL driver a date; None for none, or for text that is no date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def clean_period(text: str | None) -> str | None:
    """"2023" or "2023-12" from what a person typed ("2023", "2023-12", "12/2023", "2023/12");
    None for empty; ValueError (worded for the person) otherwise."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip().replace("/", "-").replace(" ", "")
    month_first = re.fullmatch(r"(0?[1-9]|1[0-2])-([0-9]{4})", raw)
    if month_first:
        raw = f"{month_first.group(2)}-{int(month_first.group(1)):02d}"
    year_month = re.fullmatch(r"([0-9]{4})-([0-9])", raw)
    if year_month:
        raw = f"{year_month.group(1)}-0{year_month.group(2)}"
    if not _PERIOD.fullmatch(raw):
        raise ValueError(t(f"«{text}» no es un periodo: escriba un año (2023) o un año y mes (2023-12).",
                           f"“{text}” is not a period: enter a year (2023) or a year and month (2023-12)."))
    return raw


def clean_rule(rule: str, rule_days: int | None, rule_day: str | None) -> tuple[Rule, int | None, str | None]:
    """The rule as stored, or ValueError worded for the person."""
    if rule not in RULES:
        raise ValueError(t(f"«{rule}» no es una regla de vencimiento.", f"“{rule}” is not an expiry rule."))
    if rule == "days":
        if rule_days is None or not 1 <= int(rule_days) <= 3660:
            raise ValueError(t("Escriba cuántos días dura el documento (de 1 a 3660).",
                               "Enter how many days the paper lasts (1 to 3660)."))
        return "days", int(rule_days), None
    if rule == "yearly":
        if rule_day is None or not _DAY.fullmatch(rule_day.strip()):
            raise ValueError(t("Escriba el día del año en que vence, como 03-31 (mes-día).",
                               "Enter the day of the year it is due, as 03-31 (month-day)."))
        return "yearly", None, rule_day.strip()
    return rule, None, None  # type: ignore[return-value]


def on_day(year: int, rule_day: str) -> date:
    """``rule_day`` ("MM-DD") in ``year``; 29 February is the 28th when the year has none."""
    month, day = (int(p) for p in rule_day.split("-"))
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def rule_expiry(rule: str, rule_days: int | None, rule_day: str | None, created: date | None,
                period: str | None) -> date | None:
    """What the type's rule alone gives a paper of this date and period (None: it does not expire,
    or the paper lacks the date the rule needs)."""
    if rule == "days" and rule_days and created is not None:
        return created + timedelta(days=int(rule_days))
    if rule == "yearly" and rule_day:
        year = created.year if created is not None else int(period[:4]) if period else None
        return on_day(year + 1, rule_day) if year is not None else None
    return None


def status(expires_on: date | None, today: date, days: int = DUE_DAYS) -> tuple[str, int | None]:
    """("expired" | "due" | "ok" | "none", days left): due within ``days`` days, expired before today."""
    if expires_on is None:
        return "none", None
    left = (expires_on - today).days
    return ("expired" if left < 0 else "due" if left <= days else "ok"), left


def action(code: str | None, rule: str, rule_day: str | None, expired: bool) -> str:
    """What the accountant should do about a paper that is expired or about to be."""
    if code == "camara":
        return t("Pedir un certificado nuevo a la Cámara de Comercio", "Request a new Chamber of Commerce certificate")
    if code == "matricula" or rule == "yearly":
        day = on_day(2000, rule_day or "03-31")
        es, en = _day_words(day)
        what = ("Renovar la matrícula", "Renew the registration") if code == "matricula" else ("Renovar", "Renew")
        return t(f"{what[0]} antes del {es}", f"{what[1]} by {en}")
    if code == "resolucion":
        return t("Solicitar a la DIAN una nueva resolución de facturación", "Ask the DIAN for a new invoicing resolution")
    if code == "poliza":
        return t("Renovar la póliza", "Renew the policy")
    if code == "contrato":
        return t("Renovar o cerrar el contrato", "Renew or close the contract")
    if rule == "days":
        return t("Pedir uno nuevo", "Request a new one")
    return t("Renovar o reemplazar el documento", "Renew or replace the paper") if expired else t(
        "Renovarlo antes de que venza", "Renew it before it expires")


_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _day_words(day: date) -> tuple[str, str]:
    # Our own month names: strftime's follow the C locale, which Qt sets from the system.
    return f"{day.day} de {_MONTHS_ES[day.month - 1]}", f"{_MONTHS_EN[day.month - 1]} {day.day}"


def type_name(name: str) -> str:
    """A type's name as stored: its words single-spaced, or ValueError worded for the person."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise ValueError(t("Escriba el nombre del tipo de documento.", "Enter the name of the paper type."))
    if len(cleaned) > 80:
        raise ValueError(t("El nombre del tipo es demasiado largo (máximo 80 letras).",
                           "The type's name is too long (80 characters at most)."))
    return cleaned
