"""The one clock. Tests pin it; nothing else calls datetime.now or date.today directly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class Clock:
    def __init__(self) -> None:
        self._fixed: datetime | None = None

    def now(self) -> datetime:
        return self._fixed if self._fixed is not None else datetime.now(UTC)

    def today(self) -> date:
        """Today in England, which is what statutory deadlines count in."""
        return self.now().astimezone(LONDON).date()

    def pin(self, moment: datetime | None) -> None:
        self._fixed = moment


clock = Clock()
