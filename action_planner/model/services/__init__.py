"""The services: the only way anything in a workspace changes. ``Services(workspace)`` bundles them."""

from __future__ import annotations

from action_planner.model.services.actions import ActionService
from action_planner.model.services.budget import BudgetService, RateService
from action_planner.model.services.catalogue import CatalogueService, ImportRefused, ImportReport
from action_planner.model.services.funding import FundingSourceService
from action_planner.model.services.kpis import KpiService
from action_planner.model.services.organisations import OrganisationService
from action_planner.model.services.plans import PlanService, RegionService
from action_planner.model.services.reports import ReportService
from action_planner.model.services.reviews import ReviewService
from action_planner.model.services.workshops import WorkshopService
from action_planner.model.workspace import Workspace


class Services:
    """One object per area, all over the same open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.regions = RegionService(workspace)
        self.plans = PlanService(workspace)
        self.actions = ActionService(workspace)
        self.budget = BudgetService(workspace)
        self.kpis = KpiService(workspace)
        self.organisations = OrganisationService(workspace)
        self.catalogue = CatalogueService(workspace)
        self.rates = RateService(workspace)
        self.funding_sources = FundingSourceService(workspace)
        self.reports = ReportService(workspace)
        self.workshops = WorkshopService(workspace)
        self.reviews = ReviewService(workspace)


__all__ = ["ImportRefused", "ImportReport", "Services"]
