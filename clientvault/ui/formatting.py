"""Dates and sizes as a person reads them, in the window's locale."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def human_size(size: int) -> str:
    """1024-based with the units people know ("KB", "MB"), not "KiB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def local_datetime(when: datetime | None) -> str:
    """A stored UTC time, shown in local time in the locale's short format."""
    if when is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
