"""Partner review in the window: send a plan for review, import returned workbooks, accept or reject."""

from action_planner.ui.review.feature import ReviewFeature, install_review

__all__ = ["ReviewFeature", "install_review"]
