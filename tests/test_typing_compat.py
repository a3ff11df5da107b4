"""The app's ``typing.override``: the standard marker at run time, without ``typing_extensions``."""

from __future__ import annotations

from action_planner.typing_compat import override


class Base:
    def name(self) -> str:
        return "base"


class Derived(Base):
    @override
    def name(self) -> str:
        return "derived"


def test_override_returns_the_method_marked_as_typing_override_marks_it() -> None:
    assert Derived().name() == "derived"
    assert Derived.name.__override__ is True  # type: ignore[attr-defined]


def test_a_method_that_takes_no_attributes_is_returned_unmarked() -> None:
    assert override(len) is len
