"""Table tests for England's working-day calendar.

Every expected value below was worked out by hand from the published bank holidays (gov.uk),
not copied from the implementation; the comment on each row shows the count.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from api.statutory.calendar import ENGLAND, WorkingDayCalendar, add_calendar_months, add_years

D = date

# England's bank holidays on weekdays, as published on gov.uk. If a `holidays` upgrade changes
# these, deadlines move: this test makes that visible.
GOV_UK_BANK_HOLIDAYS = {
    2025: [D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26),
           D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26)],
    2026: [D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25),
           D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)],
    2027: [D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31),
           D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28)],
    2022: [D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2),
           D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19), D(2022, 12, 26), D(2022, 12, 27)],
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(GOV_UK_BANK_HOLIDAYS))
def test_weekday_bank_holidays_match_gov_uk(year: int) -> None:
    weekday_holidays = sorted(d for d in ENGLAND.bank_holidays(year) if d.weekday() < 5)
    assert weekday_holidays == GOV_UK_BANK_HOLIDAYS[year]


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 3, 4), True),  # ordinary Wednesday
        (D(2026, 3, 7), False),  # Saturday
        (D(2026, 3, 8), False),  # Sunday
        (D(2026, 4, 3), False),  # Good Friday 2026
        (D(2026, 4, 6), False),  # Easter Monday 2026
        (D(2021, 12, 27), False),  # Christmas Day substitute (25th was a Saturday)
        (D(2021, 12, 28), False),  # Boxing Day substitute (26th was a Sunday)
        (D(2021, 12, 29), True),
        (D(2022, 12, 26), False),  # Boxing Day on the Monday
        (D(2022, 12, 27), False),  # Christmas Day substitute (25th was a Sunday)
        (D(2022, 1, 3), False),  # New Year's Day substitute (1st was a Saturday)
        (D(2023, 1, 2), False),  # New Year's Day substitute (1st was a Sunday)
        (D(2026, 12, 28), False),  # Boxing Day substitute (26th is a Saturday)
        (D(2026, 12, 29), True),
        (D(2027, 12, 27), False),  # Christmas Day substitute
        (D(2027, 12, 28), False),  # Boxing Day substitute
        (D(2028, 1, 3), False),  # New Year's Day substitute (1st is a Saturday)
        (D(2022, 6, 3), False),  # Platinum Jubilee (one-off)
        (D(2022, 9, 19), False),  # State Funeral of Queen Elizabeth II (one-off)
        (D(2023, 5, 8), False),  # Coronation of King Charles III (one-off)
        (D(2024, 5, 8), True),  # the Coronation holiday does not recur
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert ENGLAND.is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (D(2022, 12, 27), "Christmas Day (observed)"),
        (D(2021, 12, 28), "Boxing Day (observed)"),
        (D(2027, 12, 28), "Boxing Day (observed)"),
        (D(2022, 1, 3), "New Year's Day (observed)"),
        (D(2026, 4, 3), "Good Friday"),
        (D(2026, 3, 4), None),
    ],
)
def test_holiday_names_mark_substitute_days(day: date, name: str | None) -> None:
    assert ENGLAND.holiday_name(day) == name


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # --- ordinary weeks (March 2026 has no bank holidays; 2 Mar is a Monday)
        (D(2026, 3, 4), 0, D(2026, 3, 4)),  # n == 0 is the date itself
        (D(2026, 3, 7), 0, D(2026, 3, 7)),  # ... even a Saturday
        (D(2026, 3, 4), 1, D(2026, 3, 5)),  # Wed -> Thu
        (D(2026, 3, 2), 5, D(2026, 3, 9)),  # Mon -> next Mon
        (D(2026, 3, 2), 15, D(2026, 3, 23)),  # three weeks
        # --- starting on Fri / Sat / Sun: day 1 is Monday 9 Mar in all three
        (D(2026, 3, 6), 1, D(2026, 3, 9)),
        (D(2026, 3, 7), 1, D(2026, 3, 9)),
        (D(2026, 3, 8), 1, D(2026, 3, 9)),
        (D(2026, 3, 6), 5, D(2026, 3, 13)),  # Mon 9 .. Fri 13
        (D(2026, 3, 7), 5, D(2026, 3, 13)),
        (D(2026, 3, 8), 5, D(2026, 3, 13)),
        # --- Easter 2025: Good Friday 18 Apr, Easter Monday 21 Apr
        (D(2025, 4, 17), 1, D(2025, 4, 22)),  # Thu -> Tue
        (D(2025, 4, 16), 2, D(2025, 4, 22)),  # Thu 17 (1), Tue 22 (2)
        (D(2025, 4, 17), 5, D(2025, 4, 28)),  # Tue 22, Wed 23, Thu 24, Fri 25, Mon 28
        # --- Easter 2026: Good Friday 3 Apr, Easter Monday 6 Apr
        (D(2026, 4, 2), 1, D(2026, 4, 7)),
        (D(2026, 4, 2), 4, D(2026, 4, 10)),  # Tue 7, Wed 8, Thu 9, Fri 10
        (D(2026, 4, 2), 5, D(2026, 4, 13)),  # ... Mon 13 (NOT Fri 10)
        (D(2026, 4, 3), 1, D(2026, 4, 7)),  # starting on Good Friday itself
        # --- Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar
        (D(2027, 3, 25), 5, D(2027, 4, 5)),  # Tue 30, Wed 31, Thu 1, Fri 2, Mon 5
        (D(2027, 3, 26), 1, D(2027, 3, 30)),
        # --- Christmas 2021: 25/26 at the weekend, substitutes Mon 27 and Tue 28,
        #     then New Year's Day 2022 (Sat) substituted on Mon 3 Jan
        (D(2021, 12, 24), 1, D(2021, 12, 29)),
        (D(2021, 12, 24), 5, D(2022, 1, 5)),  # Wed 29, Thu 30, Fri 31, Tue 4, Wed 5
        # --- Christmas 2022: Sun 25, Mon 26 Boxing Day, Tue 27 substitute;
        #     New Year's Day 2023 (Sun) substituted on Mon 2 Jan
        (D(2022, 12, 23), 1, D(2022, 12, 28)),
        (D(2022, 12, 23), 5, D(2023, 1, 4)),  # Wed 28, Thu 29, Fri 30, Tue 3, Wed 4
        # --- Christmas 2025: Thu 25, Fri 26; New Year's Day Thu 1 Jan 2026
        (D(2025, 12, 24), 1, D(2025, 12, 29)),
        (D(2025, 12, 24), 4, D(2026, 1, 2)),  # Mon 29, Tue 30, Wed 31, Fri 2
        # --- Christmas 2026: Fri 25, Boxing Day (Sat) substituted on Mon 28
        (D(2026, 12, 24), 1, D(2026, 12, 29)),
        # --- Christmas 2027: Sat/Sun, substitutes Mon 27 and Tue 28;
        #     New Year's Day 2028 (Sat) substituted on Mon 3 Jan
        (D(2027, 12, 24), 1, D(2027, 12, 29)),
        (D(2027, 12, 24), 3, D(2027, 12, 31)),
        (D(2027, 12, 24), 4, D(2028, 1, 4)),
        # --- turn of the year
        (D(2021, 12, 31), 1, D(2022, 1, 4)),  # Mon 3 Jan 2022 is a substitute day
        (D(2022, 12, 30), 1, D(2023, 1, 3)),  # Mon 2 Jan 2023 is a substitute day
        (D(2027, 12, 31), 1, D(2028, 1, 4)),  # Mon 3 Jan 2028 is a substitute day
        # --- May and summer bank holidays
        (D(2026, 5, 1), 1, D(2026, 5, 5)),  # early May bank holiday Mon 4 May 2026
        (D(2026, 5, 22), 1, D(2026, 5, 26)),  # spring bank holiday Mon 25 May 2026
        (D(2026, 8, 28), 1, D(2026, 9, 1)),  # summer bank holiday Mon 31 Aug 2026
        (D(2023, 4, 28), 5, D(2023, 5, 9)),  # May Day 1 May and Coronation 8 May 2023
        (D(2022, 6, 1), 1, D(2022, 6, 6)),  # Jubilee: Thu 2 and Fri 3 Jun 2022
        (D(2022, 9, 16), 1, D(2022, 9, 20)),  # State Funeral Mon 19 Sep 2022
        # --- 2026 statutory examples: SIN (5) and Rapid Review (15) from Thu 2 Apr 2026
        (D(2026, 4, 2), 15, D(2026, 4, 27)),  # Tue 7 .. Fri 10 (4), 13-17 (9), 20-24 (14), 27
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert ENGLAND.add_working_days(start, n) == expected


@pytest.mark.parametrize(
    ("end", "n", "expected"),
    [
        (D(2026, 3, 8), 0, D(2026, 3, 8)),  # n == 0 is the date itself (a Sunday)
        (D(2026, 3, 8), 1, D(2026, 3, 6)),  # Sun -> Fri
        (D(2026, 3, 9), 1, D(2026, 3, 6)),  # Mon -> Fri
        (D(2026, 3, 9), 5, D(2026, 3, 2)),  # Mon -> previous Mon
        # 7 before Wed 6 May 2026 across the early May bank holiday (Mon 4):
        # Tue 5 (1), Fri 1 (2), Thu 30 (3), Wed 29 (4), Tue 28 (5), Mon 27 (6), Fri 24 (7)
        (D(2026, 5, 6), 7, D(2026, 4, 24)),
        # 7 before Tue 14 Apr 2026 across Easter:
        # Mon 13, Fri 10, Thu 9, Wed 8, Tue 7 (5), Thu 2 (6), Wed 1 (7)
        (D(2026, 4, 14), 7, D(2026, 4, 1)),
        # 7 before Mon 4 Jan 2027 across Christmas 2026 and New Year's Day 2027:
        # Thu 31, Wed 30, Tue 29 (3), Thu 24 (4), Wed 23, Tue 22, Mon 21 (7)
        (D(2027, 1, 4), 7, D(2026, 12, 21)),
        # 7 before Wed 24 Feb 2027 (no holidays): Tue 23 .. Mon 15
        (D(2027, 2, 24), 7, D(2027, 2, 15)),
        (D(2026, 4, 7), 1, D(2026, 4, 2)),  # Tue after Easter -> Thu before it
    ],
)
def test_subtract_working_days(end: date, n: int, expected: date) -> None:
    assert ENGLAND.subtract_working_days(end, n) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 3, 4), D(2026, 3, 4), 0),
        (D(2026, 3, 6), D(2026, 3, 9), 1),  # Fri -> Mon
        (D(2026, 3, 9), D(2026, 3, 6), -1),  # backwards is negative
        (D(2026, 3, 7), D(2026, 3, 8), 0),  # Sat -> Sun
        (D(2026, 4, 2), D(2026, 4, 13), 5),  # across Easter 2026
        (D(2026, 4, 3), D(2026, 4, 13), 5),  # from Good Friday
        (D(2021, 12, 24), D(2022, 1, 5), 5),  # across Christmas and New Year substitutes
        # Whole year 2026: starts on a Thursday, 365 days -> 261 weekdays, minus 8 weekday
        # bank holidays (Boxing Day falls on Saturday; its substitute Mon 28 Dec counts).
        (D(2025, 12, 31), D(2026, 12, 31), 253),
        # Whole year 2022: starts on a Saturday -> 260 weekdays, minus 10 weekday holidays
        (D(2021, 12, 31), D(2022, 12, 31), 250),
    ],
)
def test_working_days_between(start: date, end: date, expected: int) -> None:
    assert ENGLAND.working_days_between(start, end) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 3, 10), 0, D(2026, 3, 10)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # no 31 Feb: last day of the month
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
        (D(2025, 8, 31), 6, D(2026, 2, 28)),  # 31 Aug + 6 months, non-leap February
        (D(2027, 8, 31), 6, D(2028, 2, 29)),  # 31 Aug + 6 months, leap February
        (D(2026, 9, 30), 6, D(2027, 3, 30)),  # 30 Sep + 6 months: 30 Mar exists
        (D(2026, 10, 31), 6, D(2027, 4, 30)),  # no 31 Apr
        (D(2026, 12, 31), 6, D(2027, 6, 30)),  # no 31 Jun
        (D(2026, 7, 15), 6, D(2027, 1, 15)),  # across the year end
        (D(2026, 8, 31), 6, D(2027, 2, 28)),  # the LCSPR example: lands on a Sunday, unmoved
        (D(2026, 3, 31), -1, D(2026, 2, 28)),  # counting back also clamps
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
    ],
)
def test_add_calendar_months(start: date, months: int, expected: date) -> None:
    assert add_calendar_months(start, months) == expected
    assert ENGLAND.add_calendar_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (D(2026, 6, 15), 1, D(2027, 6, 15)),
        (D(2028, 2, 29), 1, D(2029, 2, 28)),  # 29 Feb -> 28 Feb
        (D(2028, 2, 29), 4, D(2032, 2, 29)),  # ... but kept in a leap year
        (D(2027, 2, 28), 1, D(2028, 2, 28)),
    ],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected
    assert ENGLAND.add_years(start, years) == expected


def test_negative_counts_are_rejected() -> None:
    with pytest.raises(ValueError, match="n must be >= 0"):
        ENGLAND.add_working_days(D(2026, 3, 4), -1)
    with pytest.raises(ValueError, match="n must be >= 0"):
        ENGLAND.subtract_working_days(D(2026, 3, 4), -1)


def test_datetimes_are_rejected() -> None:
    # A datetime never equals a date, so it would silently miss every bank holiday.
    with pytest.raises(TypeError, match="not a datetime"):
        ENGLAND.is_working_day(datetime(2022, 12, 27, 9, 0))


def test_england_is_the_default_calendar() -> None:
    assert WorkingDayCalendar() == ENGLAND
    assert (ENGLAND.country, ENGLAND.subdiv) == ("GB", "ENG")
