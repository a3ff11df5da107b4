"""The room's language: slide texts, choices, numbers and dates in the plan's language, whatever the window's."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from action_planner.model import catalogue_language
from action_planner.model.enums import LABELS
from action_planner.model.money import minor_digits
from action_planner.model.sources import SourceNames
from action_planner.resources import resource_path
from action_planner.ui.labels import Labelled

#: NUTS country codes that differ from the ISO 3166 codes QLocale knows.
_NUTS_TO_ISO = {"UK": "GB", "EL": "GR"}


def translation_file(language: str) -> Path:
    """Where the window's compiled translation for ``language`` ships (``action_planner_<lang>.qm``)."""
    return resource_path("translations", "ui", f"action_planner_{language}.qm")


def plan_locale(language: str, region_code: str = "") -> QLocale:
    """The plan's language as spoken in its region's country (``it`` in ``ITH5``: it_IT; ``en`` in ``UKE4``: en_GB)."""
    country = _NUTS_TO_ISO.get(region_code[:2].upper(), region_code[:2].upper())
    if len(country) == 2 and country.isalpha():
        return QLocale(f"{language}_{country}")
    return QLocale(language)


class RoomLanguage:
    """Translates through a QTranslator of the plan's language, never installed app-wide, so that
    the slides speak the room's language while the window speaks the planner's.

    English, a language without a shipped translation, or a text the translation lacks: the source.
    """

    def __init__(self, language: str = "en", region_code: str = "") -> None:
        self._language = catalogue_language.language_of(language)
        self._locale = plan_locale(self._language, region_code)
        self.translator: QTranslator | None = None
        path = translation_file(self._language)
        if self._language != catalogue_language.SOURCE_LANGUAGE and path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                self.translator = translator

    @property
    def language(self) -> str:
        """The two-letter language (``it``)."""
        return self._language

    @property
    def locale(self) -> QLocale:
        return self._locale

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like ``QCoreApplication.translate``, in the room's language: ``%n`` becomes ``n`` in its locale."""
        text = self.translator.translate(context, source, disambiguation, n) if self.translator else ""
        text = text or source
        return text.replace("%n", self.locale.toString(n)) if n >= 0 else text

    def label(self, value: Labelled) -> str:
        """A choice (status, funding source, decision …) under the model's label, in the room's language."""
        return self.translate(LABELS, value.label)

    def funding_source(self, code: str, names: SourceNames) -> str:
        """A source of the workspace's list: a built-in one in the room's language, the planner's own as typed."""
        return names.name(code, lambda english: self.translate(LABELS, english))

    def theme_name(self, code: str, current: str) -> str:
        """A theme's name in the room's language (as typed when the user renamed it)."""
        return catalogue_language.theme_name(code, current, self.language)

    # -- numbers and dates -----------------------------------------------------------------------

    def _localise(self, plain: str) -> str:
        group, point = self.locale.groupSeparator(), self.locale.decimalPoint()
        return plain.replace(",", "\0").replace(".", point).replace("\0", group)

    def money(self, amount: Decimal | None, currency: str = "", *, with_code: bool = False) -> str:
        """``1.234.567,89 EUR`` in an Italian room: the currency's minor digits, exact (no float)."""
        if amount is None:
            return "—"
        digits = minor_digits(currency) if currency else 2
        text = self._localise(format(amount, f",.{digits}f"))
        return f"{text} {currency}" if with_code and currency else text

    def number(self, value: Decimal | None) -> str:
        """A KPI figure without trailing zeros (``121``, ``2,5`` in an Italian room)."""
        if value is None:
            return ""
        normal = value.normalize()
        if normal == normal.to_integral_value():
            return self._localise(format(int(normal), ",d"))
        return self._localise(format(normal, ",f"))

    def count(self, value: int) -> str:
        return self.locale.toString(value)

    def share(self, value: Decimal) -> str:
        """A percentage as the room writes it (``39,4 %``), from a share already rounded to show."""
        return f"{self._localise(format(value, 'f'))} %"

    def day(self, value: date | None) -> str:
        """``27 nov 2026`` (the month named, so that no room misreads day and month)."""
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    def month(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, 1), "MMM yyyy")

    def timeframe(self, start: date | None, end: date | None) -> str:
        """``gen 2027 – gen 2028``: the months an action runs, in the room's month names."""
        if start is None and end is None:
            return ""
        left = self.month(start) if start else "…"
        right = self.month(end) if end else "…"
        return f"{left} – {right}"

    def month_name(self, month: int) -> str:
        return self.locale.monthName(month, QLocale.FormatType.ShortFormat)

    def local_time(self, moment: datetime, today: date | None = None) -> str:
        """A stored UTC time (naive) in the computer's time zone, the room's way: the time alone when it is today."""
        local = moment.replace(tzinfo=UTC).astimezone()
        clock = self.locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == (today or date.today()):
            return clock
        return f"{self.day(local.date())} {clock}"


class WindowLanguage(RoomLanguage):
    """The window's language (the translators installed app-wide, the default locale): for the
    facilitator's own widgets, which share the slides' wording."""

    @property
    def language(self) -> str:
        return catalogue_language.language_of(QLocale().name())

    @property
    def locale(self) -> QLocale:
        return QLocale()  # read at each call: the window's locale is set at start-up

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation, n)


#: The window's language, for the facilitator's widgets (board, dialogs) that use the workshop's words.
WINDOW = WindowLanguage()


class Spoken:
    """Mixin for a widget on a slide: ``self.tr("…")`` (extracted under the class's name) in the
    language of ``self.room``, set by the slide that holds the widget."""

    room: RoomLanguage = WINDOW

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.room.translate(type(self).__name__, source, disambiguation, n)
