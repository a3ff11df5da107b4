"""Action Planner: offline regional action plans for SME internationalisation."""

__version__ = "0.1.0"
