"""The catalogue and indicator library as the window shows them: in the planner's language (the UI's).

The workspace stores the shipped English; :mod:`action_planner.model.catalogue_language` gives a
shipped entry's text in another language and keeps an entry the user edited or added as typed.
Searching matches the shown text and the stored one, so an English word still finds its entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from action_planner.model.catalogue_language import language_of, localized
from action_planner.model.search import fold  # not the services: the glance paints before SQLAlchemy loads

# the views' module is not needed to paint the glance, nor dataclasses.replace (tests/ui/test_first_paint.py)
if TYPE_CHECKING:
    from action_planner.model.views import IndicatorView, InterventionView, ThemeView


def ui_language() -> str:
    """The window's language, two letters (``pl``), from the locale the application set at start-up."""
    return language_of(QLocale().name())


def theme_name(code: str, stored: str) -> str:
    """A theme's name in the window's language (a theme the user renamed or added keeps its name)."""
    return localized("themes", code, "name", stored, ui_language())


def theme(view: ThemeView, language: str) -> ThemeView:
    from dataclasses import replace

    return replace(
        view,
        name=localized("themes", view.code, "name", view.name, language),
        description=localized("themes", view.code, "description", view.description, language),
    )


def intervention(view: InterventionView, language: str) -> InterventionView:
    """An intervention's name, description, cost facts and theme's name in ``language``."""
    from dataclasses import replace

    return replace(
        view,
        name=localized("interventions", view.code, "name", view.name, language),
        description=localized("interventions", view.code, "description", view.description, language),
        cost_facts=localized("interventions", view.code, "cost_facts", view.cost_facts, language),
        theme_name=localized("themes", view.theme, "name", view.theme_name, language),
    )


def indicator(view: IndicatorView, language: str) -> IndicatorView:
    """An indicator's name, unit, source and definition in ``language``."""
    from dataclasses import replace

    return replace(
        view,
        name=localized("indicators", view.code, "name", view.name, language),
        unit=localized("indicators", view.code, "unit", view.unit, language),
        source=localized("indicators", view.code, "source", view.source, language),
        description=localized("indicators", view.code, "description", view.description, language),
    )


def matches(query: str, *texts: str) -> bool:
    """Every word of ``query`` is in one of ``texts`` (case and accents folded, as the catalogue searches)."""
    haystack = fold(" ".join(texts))
    return all(word in haystack for word in fold(query).split())
