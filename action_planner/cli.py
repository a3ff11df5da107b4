"""Command line: the same services as the window, headless (demo, info, export, catalogue)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from action_planner import __version__
from action_planner.export.registry import NAMES as EXPORT_FORMATS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="action-planner",
        description="Plan regional SME internationalisation actions. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a demo workspace of the six Compete-In regions")
    demo.add_argument("path", type=Path, help="new .actionplan file to create")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")

    info = commands.add_parser("info", help="report a workspace's regions, plans and totals")
    info.add_argument("path", type=Path)
    info.add_argument("--json", action="store_true", help="print one JSON object")

    new = commands.add_parser("new", help="create an empty workspace with the catalogue")
    new.add_argument("path", type=Path)
    new.add_argument("--reporting-currency", default="EUR", metavar="CODE")

    export = commands.add_parser("export", help="export plans to Word, Excel or PDF")
    export.add_argument("path", type=Path)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("--output", required=True, type=Path)
    export.add_argument("--region", metavar="CODE", help="only this region's plans")

    catalogue = commands.add_parser("catalogue", help="import or export the intervention catalogue (CSV or XLSX)")
    catalogue.add_argument("action", choices=("import", "export"))
    catalogue.add_argument("path", type=Path, help="the workspace")
    catalogue.add_argument("file", type=Path, help=".csv or .xlsx file")

    app = commands.add_parser("open", help="start the desktop app on a workspace (same as giving just the path)")
    app.add_argument("path", type=Path, nargs="?")
    app.add_argument("--demo", action="store_true", help="open a fresh demo workspace")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    known = {"demo", "info", "new", "export", "catalogue", "open", "-h", "--help", "--version"}
    if not args_list or args_list[0] not in known:
        args_list.insert(0, "open")
    args = _parser().parse_args(args_list)
    from action_planner.model.errors import ActionPlannerError

    try:
        handler = {
            "demo": _demo,
            "info": _info,
            "new": _new,
            "export": _export,
            "catalogue": _catalogue,
            "open": _open,
        }[args.command]
        return handler(args)
    except ActionPlannerError as exc:
        print(f"action-planner: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `action-planner info x | head`: the reader left, which is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _demo(args: argparse.Namespace) -> int:
    from action_planner.model.demo import build_demo

    path: Path = args.path
    if path.exists() and args.force:
        path.unlink()
    written = build_demo(path)
    print(f"Demo workspace written to {written}")
    return 0


def _new(args: argparse.Namespace) -> int:
    from action_planner.model.workspace import Workspace

    with Workspace.create(args.path, reporting_currency=args.reporting_currency.upper()) as workspace:
        print(f"New workspace written to {workspace.path}")
    return 0


#: Plans whose reports ``info`` reads in one transaction (bounded memory, few round trips).
INFO_BATCH = 50


def info_document(path: Path) -> dict[str, Any]:
    """The ``info --json`` object: catalogue counts, and per region and plan the totals as decimal strings."""
    from action_planner.model.money import money_str
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    with Workspace.open_for_reading(path) as workspace:  # works beside another window writing
        services = Services(workspace)
        summary = services.reports.summary()
        ids = [p.id for region in summary.regions for p in region.plans]
        reports = {}  # read in batches across regions: one read per region cost a transaction per plan
        for start in range(0, len(ids), INFO_BATCH):
            reports.update({r.plan.id: r for r in services.reports.plan_reports(ids[start : start + INFO_BATCH])})
        regions = []
        for region in summary.regions:
            plans = []
            for report in (reports[p.id] for p in region.plans):
                plan, totals, actions = report.plan, report.totals, report.actions
                in_plan, reporting = totals.plan, totals.reporting
                plans.append(
                    {
                        "id": plan.id,
                        "title": plan.title,
                        "status": plan.status.value,
                        "currency": plan.currency,
                        "total": money_str(in_plan.total, plan.currency) if in_plan else None,
                        "total_reporting": money_str(reporting.total, reporting.currency) if reporting else None,
                        "by_theme": {k: money_str(v, plan.currency) for k, v in in_plan.by_theme.items()}
                        if in_plan
                        else {},
                        "by_funding_source": (
                            {k.value: money_str(v, plan.currency) for k, v in in_plan.by_source.items()}
                            if in_plan
                            else {}
                        ),
                        "by_year": {str(k): money_str(v, plan.currency) for k, v in in_plan.by_year.items()}
                        if in_plan
                        else {},
                        "problem": totals.problem or None,
                        "actions": [
                            {
                                "number": a.number,
                                "title": a.title,
                                "theme": a.theme,
                                "total": money_str(a.total, plan.currency) if a.total is not None else None,
                                "budget_lines": len(a.budget_lines),
                                "kpis": len(a.kpis),
                            }
                            for a in actions
                        ],
                    }
                )
            regions.append({"code": region.region.code, "name": region.region.name, "plans": plans})
        return {
            "path": str(workspace.path),
            "reporting_currency": summary.reporting_currency,
            "catalogue": {
                "interventions": sum(summary.interventions_by_theme.values()),
                "by_theme": {summary.theme_names[k]: v for k, v in summary.interventions_by_theme.items()},
                "indicators": len(services.catalogue.indicators()),
            },
            "regions": regions,
        }


def _info(args: argparse.Namespace) -> int:
    document = info_document(args.path)
    if args.json:
        import json

        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"Workspace: {document['path']}")
    print(f"Reporting currency: {document['reporting_currency']}")
    catalogue = document["catalogue"]
    themes = ", ".join(f"{name} {count}" for name, count in catalogue["by_theme"].items())
    print(f"Catalogue: {catalogue['interventions']} interventions ({themes}); {catalogue['indicators']} indicators")
    for region in document["regions"]:
        print(f"\n{region['name']} ({region['code']})")
        for plan in region["plans"]:
            reporting = (
                f" = {plan['total_reporting']} {document['reporting_currency']}" if plan["total_reporting"] else ""
            )
            print(f"  {plan['title']}: {len(plan['actions'])} actions, {plan['total']} {plan['currency']}{reporting}")
            for action in plan["actions"]:
                amount = f"{action['total']} {plan['currency']}"
                print(f"    {action['number']:>2}. {action['title']} [{action['theme']}] {amount}")
            if plan["problem"]:
                print(f"  ! {plan['problem']}")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        from action_planner.export.run import export_workspace
    except ImportError:
        print("action-planner: exporting is not available in this version yet.", file=sys.stderr)
        return 3
    written = export_workspace(args.path, args.format, args.output, region=args.region)
    print(f"Exported to {written}")
    return 0


def _catalogue(args: argparse.Namespace) -> int:
    from action_planner.export.catalogue_files import export_catalogue, import_catalogue
    from action_planner.model.services import Services
    from action_planner.model.workspace import Workspace

    opener = Workspace.open_for_reading if args.action == "export" else Workspace.open
    with opener(args.path) as workspace:
        services = Services(workspace)
        if args.action == "export":
            written = export_catalogue(services, args.file)
            print(f"Catalogue written to {written}")
        else:
            report = import_catalogue(services, args.file)
            print(
                f"Imported {report.interventions_added} new and {report.interventions_updated} updated interventions, "
                f"{report.indicators_added} new and {report.indicators_updated} updated indicators."
            )
    return 0


def _open(args: argparse.Namespace) -> int:
    try:
        from action_planner.app import run
    except ImportError as exc:
        if "action_planner.app" not in str(exc):
            raise
        print(
            "action-planner: the desktop app is not part of this version yet; use demo, info or export.",
            file=sys.stderr,
        )
        return 3
    return int(run(args.path, demo=args.demo))


if __name__ == "__main__":
    raise SystemExit(main())
