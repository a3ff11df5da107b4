"""Workshop mode: the projected presentation, the prioritisation board, decisions and the workshop snapshot."""

from action_planner.ui.workshop.feature import WorkshopFeature, install_workshop

__all__ = ["WorkshopFeature", "install_workshop"]
