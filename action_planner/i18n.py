"""The window's language: which one starts, its translators, and the commands that build the .ts and .qm files.

English is the source; Italian, Spanish, Swedish and Polish ship as ``resources/translations/ui/
action_planner_<lang>.qm``, compiled from the ``.ts`` beside them. The language is the user's preference
(Edit ▸ Preferences…) when set, else the first of the system's UI languages that ships, else English.

``python -m action_planner.i18n update [--check]`` extracts the strings of ``action_planner/`` into the four
``.ts`` files (``--check``: only says what it would add or drop, and exits 1 if anything); ``python -m
action_planner.i18n release`` compiles each ``.ts`` into its ``.qm``. Qt is imported only by the functions
that need it, so the command line and the Qt-free model tests import this module without PySide6.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from action_planner.resources import resource_path

# The tooling below (argparse, subprocess, shutil, tempfile, ElementTree) is imported by the functions that use
# it: the window imports this module before its first paint and needs none of them.
if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LOGGER = logging.getLogger("action_planner")

ENGLISH = "en"
#: The translated languages, with the target language lupdate writes into each .ts file.
TRANSLATED = {"it": "it_IT", "es": "es_ES", "sv": "sv_SE", "pl": "pl_PL"}
#: Every language the window offers, each in its own name (never translated: a user must find their own).
NATIVE_NAMES = {"en": "English", "it": "Italiano", "es": "Español", "sv": "Svenska", "pl": "Polski"}
#: The locale of a language when the system names none in it (British English: the source's spelling).
DEFAULT_LOCALES = {"en": "en_GB", **TRANSLATED}

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations" / "ui"


def language_of(name: str) -> str:
    """The language code of a locale or BCP 47 name: ``pl-Latn-PL`` and ``pl_PL.UTF-8`` are ``pl``."""
    return name.replace("-", "_").split("_")[0].split(".")[0].lower()


def _territory(name: str) -> str | None:
    """The country or region of a locale name (``pl-Latn-PL``: ``PL``; ``es-419``: ``419``), if it has one."""
    parts = name.replace("-", "_").split(".")[0].split("_")[1:]
    return next((p.upper() for p in parts if len(p) == 2 or (len(p) == 3 and p.isdigit())), None)


class Choice(NamedTuple):
    """The window's language and the locale its numbers and dates follow (None: leave the system's).

    This and :class:`Installed` are named tuples rather than frozen dataclasses, which take ten times as long
    to make (0.5 ms each), before the window's first paint."""

    language: str
    locale: str | None


def choose(preference: str | None, system: Sequence[str]) -> Choice:
    """The language for ``preference`` (a code of :data:`NATIVE_NAMES`, or None for the system's) and the
    system's UI languages in order; the locale is the system's own spelling of it when there is one
    (``it-CH`` keeps Swiss numbers), else the language's usual one."""
    if preference in NATIVE_NAMES:
        language = preference
    else:
        language = next((language_of(n) for n in system if language_of(n) in NATIVE_NAMES), "")
        if not language:  # nothing we ship: English words, and the system's numbers and dates as before
            return Choice(ENGLISH, None)
    territory = next((_territory(n) for n in system if language_of(n) == language and _territory(n)), None)
    return Choice(language, f"{language}_{territory}" if territory else DEFAULT_LOCALES[language])


def qm_path(language: str) -> Path:
    """The shipped translation of the window into ``language`` (installed copy or checkout)."""
    return resource_path("translations", "ui", f"action_planner_{language}.qm")


def app_translator(language: str) -> QTranslator | None:
    """A QTranslator over the app's ``.qm`` for ``language``; None for English or when it does not load."""
    if language not in TRANSLATED:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    path = qm_path(language)
    if path.is_file() and translator.load(str(path)):
        return translator
    LOGGER.warning("The %s translation %s could not be loaded; the window stays in English", language, path)
    return None


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own translation (``qtbase_<lang>.qm``: standard buttons, file dialogs) from PySide6's folder."""
    if language not in TRANSLATED:
        return None
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    if path.is_file() and translator.load(str(path)):
        return translator
    LOGGER.warning("Qt's %s translation %s could not be loaded", language, path)
    return None


class Installed(NamedTuple):
    """What :func:`install` did: the choice made, the translators it installed (the app owns them) and the
    default locale it replaced."""

    choice: Choice
    translators: tuple[QTranslator, ...]
    previous_locale: str


_running: Choice | None = None


def running_language() -> str:
    """The language :func:`install` put the window in (English before it ran, as in most tests)."""
    return _running.language if _running is not None else ENGLISH


def install(preference: str | None) -> Installed:
    """Install the window's language into the running QApplication: the app's and Qt's translators and,
    as the default QLocale, the UI locale (numbers, dates and currency in the window follow it)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    global _running  # noqa: PLW0603 - one window language per process, as there is one QApplication
    choice = choose(preference, QLocale.system().uiLanguages())
    _running = choice
    previous = QLocale().name()
    if choice.locale is not None:
        QLocale.setDefault(QLocale(choice.locale))
    app = QCoreApplication.instance()
    translators = tuple(t for t in (app_translator(choice.language), qt_translator(choice.language)) if t)
    for translator in translators:
        if app is not None:
            translator.setParent(app)  # kept alive as long as the application
        QCoreApplication.installTranslator(translator)
    return Installed(choice, translators, previous)


def uninstall(installed: Installed) -> None:
    """Undo :func:`install`: its translators out, the default locale back (tests start the app many times)."""
    global _running  # noqa: PLW0603 - see install
    from PySide6.QtCore import QCoreApplication, QLocale

    for translator in installed.translators:
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale(installed.previous_locale))
    _running = None


# -- building the translation files ------------------------------------------------------------------


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed beside this Python or in PySide6."""


def tool(name: str) -> Path:
    """``pyside6-<name>`` beside the running interpreter, else ``<name>`` in the PySide6 package (not PATH)."""
    import importlib.util

    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
    if beside.is_file():
        return beside
    try:
        spec = importlib.util.find_spec("PySide6")
    except ImportError:
        spec = None
    if spec is not None and spec.origin is not None:
        binary = Path(spec.origin).parent / f"{name}{suffix}"
        if binary.is_file():
            return binary
    raise ToolMissing(f"pyside6-{name} is not installed beside {sys.executable} nor in PySide6")


def source_files(root: Path = ROOT) -> list[str]:
    """The package's Python files, relative to ``root``: those git tracks, else every one in the folder."""
    import shutil
    import subprocess

    git = shutil.which("git")
    if git is not None:
        found = subprocess.run(
            [git, "ls-files", "action_planner/*.py"], cwd=root, capture_output=True, text=True, check=False
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()
    return sorted(p.relative_to(root).as_posix() for p in (root / "action_planner").rglob("*.py"))


def ts_path(language: str) -> Path:
    """The Qt Linguist source of ``language`` in the checkout (what translators edit)."""
    return TS_FOLDER / f"action_planner_{language}.ts"


#: A message as lupdate tells it apart: its context, source text and disambiguating comment.
Key = tuple[str, str, str]


def messages(ts: Path) -> dict[Key, bool]:
    """Every message of a .ts file (ours, trusted), each with whether it is a plural (numerus) one."""
    import xml.etree.ElementTree as ET

    found: dict[Key, bool] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.get("numerus") == "yes"
    return found


def _lupdate(ts: Path, language: str, files: Sequence[str]) -> None:
    import subprocess

    command = [str(tool("lupdate")), "-locations", "relative", "-no-obsolete", *files]
    command += ["-target-language", TRANSLATED[language], "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def _named(key: Key) -> str:
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


def _changes(before: dict[Key, bool], after: dict[Key, bool]) -> list[str]:
    """What extraction changed, one line a message: ``+`` new, ``-`` gone, ``~`` its plural flag."""
    lines = [f"  + {_named(key)}" for key in after if key not in before]
    lines += [f"  - {_named(key)}" for key in before if key not in after]
    lines += [
        f"  ~ {_named(key)} is {'now' if after[key] else 'no longer'} a plural"
        for key in after
        if key in before and before[key] != after[key]
    ]
    return lines


def update(check: bool = False, languages: Iterable[str] = TRANSLATED) -> int:
    """Extract the strings into each .ts (or, with ``check``, into a copy) and print what changed; with
    ``check``, 1 when any .ts misses a string of the code or holds one the code no longer has."""
    import shutil
    import tempfile

    files = source_files()
    changed = False
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages:
            ts = ts_path(language)
            before = messages(ts) if ts.is_file() else {}
            target = Path(scratch) / ts.name if check else ts
            if check and ts.is_file():
                shutil.copyfile(ts, target)
            _lupdate(target, language, files)
            lines = _changes(before, messages(target))
            changed = changed or bool(lines)
            print(f"{ts.name}: {len(lines) or 'no'} change(s)" + (" needed" if check else ""))
            print("\n".join(lines), end="\n" if lines else "")
    return 1 if check and changed else 0


def release(folder: Path | None = None, languages: Iterable[str] = TRANSLATED) -> dict[Path, str]:
    """Compile each .ts into ``action_planner_<lang>.qm`` beside it (or in ``folder``), each with lrelease's
    count of what it compiled; the same .ts always gives the same bytes. Unfinished translations are left
    out (the English source shows instead)."""
    import subprocess

    made = {}
    for language in languages:
        ts = ts_path(language)
        qm = (folder or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [str(tool("lrelease")), "-nounfinished", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            text=True,
        )
        made[qm] = " ".join(line.strip() for line in result.stdout.splitlines() if line.startswith("    "))
    return made


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import subprocess

    parser = argparse.ArgumentParser(prog="python -m action_planner.i18n", description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    extract = steps.add_parser("update", help="extract the code's strings into the .ts files")
    extract.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts is out of date")
    steps.add_parser("release", help="compile each .ts into its .qm")
    args = parser.parse_args(argv)
    if not TS_FOLDER.is_dir():
        print(f"{TS_FOLDER} is missing: run this from a source checkout", file=sys.stderr)
        return 2
    try:
        if args.step == "update":
            return update(check=args.check)
        for qm, counts in release().items():
            print(f"{qm.name}: {qm.stat().st_size} bytes; {counts}")
        return 0
    except (ToolMissing, subprocess.CalledProcessError) as exc:
        print(f"{exc}\n{getattr(exc, 'stderr', '') or ''}".strip(), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
