"""The command line's arguments: ``open FILE`` read without the parser means what the parser makes of it."""

from __future__ import annotations

import pytest

from action_planner import cli


@pytest.mark.parametrize("path", ["plan.actionplan", "/tmp/a b/plan.actionplan", "open", "x-y.actionplan"])
def test_open_file_is_read_as_the_parser_reads_it(path: str) -> None:
    quick = cli._opened(["open", path])
    assert quick is not None
    assert vars(quick) == vars(cli._parser("open").parse_args(["open", path]))


@pytest.mark.parametrize(
    "args", [["open"], ["open", "--demo"], ["open", "-h"], ["open", ""], ["open", "a", "--demo"], ["info", "a"]]
)
def test_anything_else_goes_to_the_parser(args: list[str]) -> None:
    assert cli._opened(args) is None
