"""How a paper's details read on screen: its period («dic. 2023»), its expiry state («Vence en 18
días»), its type's rule («regla: 30 días después de su fecha»). Shared by the table and the details
panel so both say the same thing the same way."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QColor

from clientvault.core.values import as_date as as_day  # what the catalog's date columns hold, as a date
from clientvault.core.values import expiry_status
from clientvault.ui.formatting import date_format, local_date

# Dark enough to read on white and on the table's alternate rows; amber rather than yellow for that.
EXPIRED_COLOUR = QColor("#b3261e")
DUE_COLOUR = QColor("#8a5300")


def expiry_state(expires: Any, today: date | None = None) -> tuple[str, int | None]:
    """("expired" | "due" | "ok" | "none", days left), as the core's ``paper_rules.status`` counts."""
    return expiry_status(as_day(expires), today or date.today())


def state_colour(state: str) -> QColor | None:
    return EXPIRED_COLOUR if state == "expired" else DUE_COLOUR if state == "due" else None


def day_month_format(locale: QLocale | None = None) -> str:
    """The locale's date format without the year ("dd/MM", "MM/dd"), for a yearly rule's day."""
    fmt = date_format(locale)
    return re.sub(r"[^dM']*y+[^dM']*", "", fmt).strip(" /.-") or "dd/MM"


class PaperWords(QObject):
    """The sentences (a QObject only so its strings are in the translations, with plurals)."""

    def period_text(self, period: str | None) -> str:
        """"2023" -> «2023»; "2023-12" -> «dic. 2023» (the locale's short month name)."""
        if not period:
            return ""
        try:
            year = int(period[:4])
            month = int(period[5:7]) if len(period) >= 7 else 0
        except ValueError:
            return period
        if not month:
            return str(year)
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    def state_text(self, state: str, left: int | None) -> str:
        if left is None or state == "none":
            return ""
        if state == "expired":
            return self.tr("Expired %n day(s) ago", "", -left)
        if left == 0:
            return self.tr("Expires today")
        if state == "due":
            return self.tr("Expires in %n day(s)", "", left)
        return self.tr("Valid: expires in %n day(s)", "", left)

    def rule_text(self, rule: str, rule_days: int | None, rule_day: str | None) -> str:
        """The type's rule in a few words, as «(regla: …)» shows it after a date."""
        if rule == "days" and rule_days:
            return self.tr("%n day(s) after its date", "", int(rule_days))
        if rule == "yearly" and rule_day:
            try:
                month, day = (int(p) for p in rule_day.split("-"))
                shown = QLocale().toString(QDate(2000, month, day), day_month_format())
            except ValueError:
                shown = rule_day
            return self.tr("every year on %1").replace("%1", shown)
        if rule == "own":
            return self.tr("the date written on the paper")
        return self.tr("does not expire")

    def expiry_line(self, expires: Any, by_hand: bool, rule: str | None, rule_days: int | None,
                    rule_day: str | None) -> str:
        """«30/12/2026 (regla: 30 días después de su fecha)», or why there is no date."""
        day = as_day(expires)
        if by_hand:
            return self.tr("%1 (entered by hand)").replace("%1", local_date(day)) if day else ""
        if rule is None:
            return self.tr("No type: choose one to know when it expires")
        words = self.rule_text(rule, rule_days, rule_day)
        if day is not None:
            return self.tr("%1 (rule: %2)").replace("%1", local_date(day)).replace("%2", words)
        if rule == "none":
            return self.tr("Does not expire")
        if rule == "days":
            return self.tr("Enter the paper's date to know when it expires (rule: %1)").replace("%1", words)
        if rule == "yearly":
            return self.tr("Enter its date or period to know when it expires (rule: %1)").replace("%1", words)
        return self.tr("Enter the date it expires, written on the paper")

    def suggestion_text(self, type_label: str | None, created: date | None, period: str | None,
                        expires: date | None) -> str:
        """«RUT · 15/03/2024 · 2024 · vence 30/06/2025»: the parts given (those the paper lacks)."""
        parts = [p for p in (type_label, local_date(created) if created else None, self.period_text(period)) if p]
        if expires is not None:
            parts.append(self.tr("expires %1").replace("%1", local_date(expires)))
        return " · ".join(parts)
