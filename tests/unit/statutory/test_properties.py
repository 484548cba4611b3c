"""Property tests for the working-day calendar.

The inversion laws, worked out from the definitions ("day 1 is the first working day
after/before d, whatever day d is"), for n >= 1:

* ``subtract(add(d, n), n)`` is the last working day on or before ``d``: the n working days
  counted back from ``add(d, n)`` are the n-1 working days after ``d`` and then the first
  working day at or before ``d``. So it is ``d`` for a working day, else the working day
  before ``d``.
* symmetrically ``add(subtract(d, n), n)`` is the first working day on or after ``d``.
* ``working_days_between(d, add(d, n)) == n`` always, but because the interval counted is
  (start, end], ``working_days_between(subtract(d, n), d)`` is n only for a working day ``d``.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from api.statutory.calendar import ENGLAND, add_calendar_months

# No example database: these tests must not write into the source tree.
settings.register_profile("statutory", database=None, max_examples=200)
PROFILE = settings.get_profile("statutory")

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
counts = st.integers(min_value=0, max_value=400)
positive_counts = st.integers(min_value=1, max_value=400)


def _last_working_day_on_or_before(d: date) -> date:
    while not ENGLAND.is_working_day(d):
        d -= timedelta(days=1)
    return d


def _first_working_day_on_or_after(d: date) -> date:
    while not ENGLAND.is_working_day(d):
        d += timedelta(days=1)
    return d


@PROFILE
@given(dates, positive_counts)
def test_adding_working_days_lands_on_a_working_day(d: date, n: int) -> None:
    result = ENGLAND.add_working_days(d, n)
    assert result.weekday() < 5
    assert ENGLAND.holiday_name(result) is None
    assert ENGLAND.is_working_day(result)


@PROFILE
@given(dates, positive_counts)
def test_subtracting_working_days_lands_on_a_working_day(d: date, n: int) -> None:
    assert ENGLAND.is_working_day(ENGLAND.subtract_working_days(d, n))


@PROFILE
@given(dates, counts, counts)
def test_adding_is_strictly_monotonic_in_n(d: date, n: int, m: int) -> None:
    if n < m:
        assert ENGLAND.add_working_days(d, n) < ENGLAND.add_working_days(d, m)
        assert ENGLAND.subtract_working_days(d, n) > ENGLAND.subtract_working_days(d, m)


@PROFILE
@given(dates, positive_counts)
def test_subtract_inverts_add_up_to_the_last_working_day(d: date, n: int) -> None:
    there_and_back = ENGLAND.subtract_working_days(ENGLAND.add_working_days(d, n), n)
    assert there_and_back == _last_working_day_on_or_before(d)
    if ENGLAND.is_working_day(d):
        assert there_and_back == d
    else:
        assert there_and_back == ENGLAND.subtract_working_days(d, 1)


@PROFILE
@given(dates, positive_counts)
def test_add_inverts_subtract_up_to_the_next_working_day(d: date, n: int) -> None:
    back_and_forth = ENGLAND.add_working_days(ENGLAND.subtract_working_days(d, n), n)
    assert back_and_forth == _first_working_day_on_or_after(d)


@PROFILE
@given(dates, counts)
def test_zero_is_the_identity(d: date, n: int) -> None:
    assert ENGLAND.add_working_days(d, 0) == d
    assert ENGLAND.subtract_working_days(d, 0) == d
    assert ENGLAND.working_days_between(d, d) == 0


@PROFILE
@given(dates, counts)
def test_working_days_between_counts_what_add_added(d: date, n: int) -> None:
    assert ENGLAND.working_days_between(d, ENGLAND.add_working_days(d, n)) == n


@PROFILE
@given(dates, positive_counts)
def test_working_days_between_counts_what_subtract_took_away(d: date, n: int) -> None:
    # The interval is (start, end], so counting from subtract(d, n) includes d itself but not
    # the start: it is n when d is a working day and n - 1 when it is not (found by
    # Hypothesis: 1 working day before Sat 1 Jan 2000 is Thu 30 Dec 1999, because Fri 31 Dec
    # 1999 was the Millennium bank holiday, and (30 Dec, 1 Jan] holds no working day).
    start = ENGLAND.subtract_working_days(d, n)
    expected = n if ENGLAND.is_working_day(d) else n - 1
    assert ENGLAND.working_days_between(start, d) == expected


@PROFILE
@given(dates, st.integers(min_value=0, max_value=800))
def test_working_days_between_matches_a_day_by_day_count(d: date, span: int) -> None:
    end = d + timedelta(days=span)
    brute_force = sum(
        1 for i in range(1, span + 1) if ENGLAND.is_working_day(d + timedelta(days=i))
    )
    assert ENGLAND.working_days_between(d, end) == brute_force


@PROFILE
@given(dates, dates, dates)
def test_working_days_between_is_antisymmetric_and_additive(a: date, b: date, c: date) -> None:
    between = ENGLAND.working_days_between
    assert between(a, b) == -between(b, a)
    assert between(a, b) + between(b, c) == between(a, c)


@PROFILE
@given(dates, st.integers(min_value=-120, max_value=120))
def test_calendar_months_keep_the_day_or_clamp_to_month_end(d: date, months: int) -> None:
    result = add_calendar_months(d, months)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == months
    if result.day != d.day:
        # Clamped: only when the day does not exist, and then to the month's last day.
        assert result.day < d.day
        assert (result + timedelta(days=1)).day == 1
