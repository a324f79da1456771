"""Dates and sizes as a person reads them, in the window's locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def human_size(size: int) -> str:
    """1024-based with the units people know ("KB", "MB"), not "KiB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def local_datetime(when: datetime | None) -> str:
    """A stored UTC time, shown in local time in the locale's short format."""
    if when is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def four_digit_year(fmt: str) -> str:
    """A Qt date format with its year in four digits (an accountant's "3/04/24" could be 1924 as well
    as 2024 in a vault of old papers)."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def local_date(when: datetime | date | None) -> str:
    """A day in the locale's short format, always with a four-digit year; a stored datetime (UTC)
    is its local calendar day."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        when = when.replace(tzinfo=UTC).astimezone().date()
    locale = QLocale()
    return locale.toString(QDate(when.year, when.month, when.day),
                           four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))
