"""Screenshots for the README and docs/screenshots, taken under a real X server (Xvfb) at real screen sizes.

``python tools/screenshots.py`` (needs Debian's ``xvfb``) writes, from a fresh demo workspace:
``main-window-1366.png`` (the main window filling a 1366×768 screen), ``main-window-1366-scale2.png`` (the
same at Qt scale factor 2, as on a HiDPI laptop), ``workshop-fullscreen.png`` (Workshop Mode full screen on a
1920×1080 projector), ``workshop-board.png`` (the board as a slide) and ``main-window-pl.png`` (the window in
Polish on the Wielkopolskie plan; ``--only main-window-pl`` takes that one alone). Each shot runs in its own process
and X server, so sizes and scale factors never leak between them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
#: name: (screen width, height, Qt scale factor)
SHOTS = {
    "main-window-1366": (1366, 768, 1),
    "main-window-1366-scale2": (2732, 1536, 2),
    "main-window-pl": (1366, 768, 1),
    "workshop-fullscreen": (1920, 1080, 1),
    "workshop-board": (1920, 1080, 1),
}


def _take(name: str) -> None:
    """In the child: open the demo in the window, or project it, and save the screen."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from action_planner import i18n
    from action_planner.model.demo import build_demo
    from action_planner.ui.document import Document
    from action_planner.ui.main_window import MainWindow
    from action_planner.ui.settings import AppSettings
    from action_planner.ui.workshop.slides import SlideKey, SlideKind

    app = QApplication(sys.argv[:1])
    if name.endswith("-pl"):
        i18n.install("pl")  # as a planner in Poznań starts it (Edit ▸ Preferences… or a Polish system)
    folder = Path(tempfile.mkdtemp())
    document = Document.open(build_demo(folder / "demo.actionplan"))
    window = MainWindow(document, AppSettings())
    window.showMaximized()
    if name.endswith("-pl"):
        window.navigator.select_plan(next(p for p in document.services.plans.list() if p.region_code == "PL41").id)
    if name.startswith("workshop"):
        plan = next(p for p in document.services.plans.list() if p.region_code == "UKE4")
        window.navigator.select_plan(plan.id)
        actions = document.services.actions.list(plan.id)
        document.services.workshops.set_votes(actions[4].id, 5, 1)
        document.services.workshops.set_votes(actions[2].id, 3, 0)
        window.workshop.present(SlideKey(SlideKind.BOARD) if name == "workshop-board" else None)

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(OUT / f"{name}.png"))
        app.quit()

    QTimer.singleShot(2500, shoot)  # a screenshot tool, not a test: the window has settled by then
    app.exec()
    document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shot", choices=sorted(SHOTS), help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=sorted(SHOTS), help="take this screenshot only")
    args = parser.parse_args()
    if args.shot:
        _take(args.shot)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (width, height, scale) in SHOTS.items() if not args.only else [(args.only, SHOTS[args.only])]:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": str(scale)}
        with tempfile.TemporaryDirectory() as home:  # fresh settings: no saved layout or geometry
            env |= {"HOME": home, "XDG_CONFIG_HOME": home}
            subprocess.run(
                ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, __file__, "--shot", name],
                env=env,
                check=True,
            )
        print(OUT / f"{name}.png")


if __name__ == "__main__":
    main()
