"""Working-day and calendar arithmetic for England's statutory deadlines.

Working days are Monday to Friday excluding England's bank holidays, as published by the
``holidays`` package (``GB``/``ENG``). That package includes substitute days (it names them
"... (observed)", e.g. 27 Dec 2022 is "Christmas Day (observed)") and one-off bank holidays
such as the State Funeral of 19 Sep 2022 and the Coronation of 8 May 2023.

Deadlines are recomputed rather than stored (PRODUCT.md section 3), so when the government
announces a new one-off bank holiday, upgrading ``holidays`` moves the affected deadlines.
"""

from __future__ import annotations

import functools
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import MappingProxyType

import holidays

__all__ = ["ENGLAND", "WorkingDayCalendar", "add_calendar_months", "add_years"]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


@functools.lru_cache(maxsize=512)
def _holidays_for_year(country: str, subdiv: str | None, year: int) -> Mapping[date, str]:
    """Return the bank holidays of one year, computed once and cached.

    ``lru_cache`` is safe to call from several threads: at worst two threads compute the same
    year concurrently and one result wins; both are equal and read-only.
    """
    table = holidays.country_holidays(country, subdiv=subdiv, years=year)
    return MappingProxyType({day: str(name) for day, name in table.items() if day.year == year})


def _require_date(value: date, name: str = "d") -> None:
    # A datetime is a date subclass but never compares equal to a date, so it would silently
    # miss every bank holiday; reject it instead.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date (not a datetime), got {value!r}")


def _require_count(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"n must be an int, got {n!r}")
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")


def add_calendar_months(d: date, months: int) -> date:
    """Return the same day of the month ``months`` later (or earlier, if negative).

    Where that day does not exist, the month's last day is used: 31 Aug + 6 months is 28 Feb
    (29 Feb in a leap year), 31 Jan + 1 month is 28/29 Feb. This is the "calendar month" of
    PRODUCT.md section 3; the result is not moved off weekends or bank holidays.
    """
    _require_date(d)
    years, month_index = divmod(d.month - 1 + months, 12)
    year = d.year + years
    month = month_index + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def add_years(d: date, n: int) -> date:
    """Return the same date ``n`` years later; 29 Feb becomes 28 Feb in a non-leap year."""
    return add_calendar_months(d, 12 * n)


@dataclass(frozen=True)
class WorkingDayCalendar:
    """Monday-Friday working days minus the bank holidays of one ``holidays`` subdivision.

    The default is England. Instances are immutable and hold no state: the holiday table is
    cached per (country, subdivision, year) at module level.
    """

    country: str = "GB"
    subdiv: str | None = "ENG"

    def bank_holidays(self, year: int) -> Mapping[date, str]:
        """All bank holidays of ``year`` (including ones that fall at a weekend), by name."""
        return _holidays_for_year(self.country, self.subdiv, year)

    def holiday_name(self, d: date) -> str | None:
        """The bank holiday's name on ``d`` (e.g. "Boxing Day (observed)"), or None."""
        _require_date(d)
        return self.bank_holidays(d.year).get(d)

    def is_working_day(self, d: date) -> bool:
        """True for Monday-Friday dates that are not bank holidays."""
        _require_date(d)
        return d.weekday() < _SATURDAY and d not in self.bank_holidays(d.year)

    def add_working_days(self, d: date, n: int) -> date:
        """Return the ``n``-th working day after ``d``.

        Day 1 is the first working day after ``d`` whatever day ``d`` is (a working day, a
        weekend or a bank holiday): "5 working days after" a Saturday counts Monday as day 1.
        ``n == 0`` returns ``d`` itself, even if it is not a working day.
        """
        _require_date(d)
        _require_count(n)
        current = d
        remaining = n
        while remaining:
            current += _ONE_DAY
            if self.is_working_day(current):
                remaining -= 1
        return current

    def subtract_working_days(self, d: date, n: int) -> date:
        """Return the ``n``-th working day before ``d``, counting back.

        Day 1 is the first working day before ``d`` whatever day ``d`` is, so "7 working days
        before publication" leaves 6 full working days between the two dates. ``n == 0``
        returns ``d`` itself.
        """
        _require_date(d)
        _require_count(n)
        current = d
        remaining = n
        while remaining:
            current -= _ONE_DAY
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Count the working days in the half-open interval (start, end].

        Negative when ``end`` is before ``start`` (minus the count in (end, start]), so that
        ``working_days_between(d, add_working_days(d, n)) == n`` and the count is additive:
        ``between(a, b) + between(b, c) == between(a, c)``. Used for "working days left"; a
        deadline that falls today has 0 working days left.
        """
        _require_date(start, "start")
        _require_date(end, "end")
        if end < start:
            return -self.working_days_between(end, start)
        # Weekdays in (start, end] by arithmetic, then remove the weekday bank holidays.
        full_weeks, extra_days = divmod((end - start).days, 7)
        weekdays = full_weeks * 5
        first_extra = start.weekday() + 1
        weekdays += sum(1 for i in range(extra_days) if (first_extra + i) % 7 < _SATURDAY)
        holidays_on_weekdays = sum(
            1
            for year in range(start.year, end.year + 1)
            for day in self.bank_holidays(year)
            if start < day <= end and day.weekday() < _SATURDAY
        )
        return weekdays - holidays_on_weekdays

    def add_calendar_months(self, d: date, months: int) -> date:
        """See :func:`add_calendar_months`; calendar months ignore bank holidays."""
        return add_calendar_months(d, months)

    def add_years(self, d: date, n: int) -> date:
        """See :func:`add_years`; 29 Feb plus one year is 28 Feb."""
        return add_years(d, n)


ENGLAND = WorkingDayCalendar()
"""England: Monday-Friday minus England's bank holidays, substitute days included."""
