"""The one way to find files shipped in ``resources/`` (repository) or ``action_planner/resources`` (wheel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def resource_root() -> Path:
    """Folder holding the shipped resources, for an installed wheel or a source checkout."""
    here = Path(__file__).resolve().parent
    for folder in (here / "resources", here.parent / "resources"):  # in the installed package; in a checkout
        if folder.is_dir():
            return folder
    from importlib import resources  # only for a package not unpacked into folders (imported before the paint)

    packaged = resources.files("action_planner") / "resources"
    if packaged.is_dir():
        return Path(str(packaged))
    raise FileNotFoundError("Action Planner's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource_path("catalogue", "indicators.json")``."""
    return resource_root().joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse one shipped JSON resource."""
    import json

    with resource_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
