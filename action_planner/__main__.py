"""``python -m action_planner`` runs the command line."""

from action_planner.cli import main

raise SystemExit(main())
