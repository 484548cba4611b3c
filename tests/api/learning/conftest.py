from tests.api.reviews.fixtures import callers, pinned_clock, scenario

__all__ = ["callers", "pinned_clock", "scenario"]
