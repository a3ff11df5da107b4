"""How regions and owners read in lists: shared by the read models and the start-up glance.

Standard library only, so that :mod:`action_planner.model.glance` stays light.
"""

from __future__ import annotations


def region_label(name: str, code: str) -> str:
    """``Emilia-Romagna (ITH5)``."""
    return f"{name} ({code})"


def owner_label(organisation: str, person: str) -> str:
    """``Organisation (Person)``, or whichever of the two is set."""
    if person and organisation:
        return f"{organisation} ({person})"
    return organisation or person
