"""Every service input, fuzzed: each call succeeds and reads back as documented, or is refused changing nothing.

"As documented": text is trimmed and loses its control characters, amounts keep their exact value in the
currency's minor unit, codes are upper-cased. A refusal is a :class:`ValidationError` that names the field
(never another exception), and the workspace is byte-for-byte what it was (every table compared).

Inputs that once crashed or fooled the core have their own tests at the end of this file.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol, TypeVar, runtime_checkable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from action_planner.model import transfer
from action_planner.model.enums import ActionStatus, FundingSource, IndicatorKind, InstrumentType, PlanStatus, Priority
from action_planner.model.errors import ValidationError
from action_planner.model.services import Services

FEW = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
SOME = settings(FEW, max_examples=60)

MAX_AMOUNT = Decimal("1000000000000")
MAX_NUMBER = Decimal("1e15")


# -- the workspace under test ------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """One of everything, made through the services in a fresh workspace."""

    services: Services
    region: int
    plan: int
    action: int
    line: int
    kpi: int
    indicator_name: str
    organisation: int
    theme: str


@pytest.fixture
def backend() -> str:
    """These properties are the services' checks of what is typed, the same on either engine: they run
    on a file only (on the server they took a minute and a half more of CI). Exact money on the server
    is tested in tests/server, and every other model test runs on both."""
    return "file"


@pytest.fixture
def world(services: Services) -> World:
    region = services.regions.add("SE31")
    plan = services.plans.add(region.id, "Gävleborg plan")
    theme = services.catalogue.themes()[0].code
    action = services.actions.add(plan.id, "Export coaching", theme)
    line = services.budget.add(action.id, "1000", currency="SEK", year=2027)
    indicator = services.catalogue.indicators()[0]
    kpi = services.kpis.add(action.id, indicator=indicator.code, target=10)
    organisation = services.organisations.add("Region Gävleborg")
    return World(services, region.id, plan.id, action.id, line.id, kpi.id, indicator.name, organisation.id, theme)


def fingerprint(services: Services) -> str:
    """Every row of every table (the model's content fingerprint): what a refusal must leave exactly as it was."""
    return transfer.fingerprint(services.workspace)


T = TypeVar("T")


@runtime_checkable
class _Saved(Protocol):
    id: int


def _id(saved: object) -> int:
    """The id of what a setter saved (each field's setter saves a different entity, typed object here)."""
    assert isinstance(saved, _Saved), saved
    return saved.id


def attempt(services: Services, call: Callable[[], T], *, must: bool | None) -> T | None:
    """Run ``call``: on refusal check it changed nothing and return None; else return its result.

    ``must`` is True when the input is valid as documented (a refusal fails), False when it is invalid
    (an acceptance fails), None when either answer is acceptable.
    """
    before = fingerprint(services)
    refusal: ValidationError | None = None
    try:
        result = call()
    except ValidationError as refused:
        refusal = refused
    if refusal is not None:
        assert refusal.errors, "a refusal names the field"
        assert all(isinstance(m, str) and m.strip() for m in refusal.errors.values()), refusal.errors
        assert fingerprint(services) == before, "a refused call changed the workspace"
        assert must is not True, f"valid input refused: {refusal.errors}"
        return None
    assert must is not False, f"invalid input accepted: {result!r}"
    return result


# -- text --------------------------------------------------------------------------------------

#: Control and other characters that must not reach a document (Cc), or cannot be stored (Cs).
REMOVED = {"Cc", "Cs"}  # what clean_text drops: control characters and lone surrogates
SPECIAL = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\n",
    "\t",
    "\x7f",
    "\x85",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u2028",
    "\ufeff",
    "\u00a0",
    "\u3000",
    "\ud800",
    "\udfff",
    "مرحبا بالعالم",
    "שלום",
    "👩‍👩‍👧‍👦",
    "🇪🇺",
    "e\u0301",
    "İ",
    "ß",
    "Ǆ",
    "'; DROP TABLE actions; --",
    "%",
    "=SUM(A1:A9)",
    "<b>",
    " ",
]
LONG = [
    "x" * 100_000,
    "é" * 100_000,
    "\x00" * 99_999 + "a",
    " " * 100_000,
    "line\n" * 20_000,
    "👩‍👩‍👧 " * 20_000,
    "\u202e" + "ب" * 99_999,
]
CHARACTERS = st.characters()
TEXTS = st.one_of(
    st.text(CHARACTERS, max_size=40),
    st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(CHARACTERS, max_size=6)), max_size=12).map("".join),
    st.sampled_from(LONG),
    st.sampled_from(["", " ", "\x00", "\t\n"]),
)


def normalised(value: str, *, multiline: bool) -> str:
    """The documented cleaning: control characters removed (tabs and new lines kept in long text), trimmed."""
    kept = "".join(ch for ch in value if (multiline and ch in "\n\t") or unicodedata.category(ch) not in REMOVED)
    return kept.strip("\n\r\t ") if multiline else kept.strip()


@dataclass(frozen=True)
class TextField:
    """A text input of a service: its limits, how to set it and how to read it back."""

    name: str
    limit: int
    set: Callable[[World, str], object]
    get: Callable[[World, object], str]
    required: bool = False
    multiline: bool = False
    upper: bool = False
    keeps_when_empty: bool = False  # an empty value leaves the stored one (a library KPI's unit)

    def expected(self, value: str) -> tuple[str, bool]:
        """The value as it should read back, and whether the service must accept it."""
        cleaned = normalised(value, multiline=self.multiline)
        valid = len(cleaned) <= self.limit and (bool(cleaned) or not self.required)
        return (cleaned.upper() if self.upper else cleaned), valid


def _action(field: str, limit: int, **flags: bool) -> TextField:
    return TextField(
        f"action.{field}",
        limit,
        lambda w, v: w.services.actions.update(w.action, **{field: v}),
        lambda w, _: getattr(w.services.actions.get(w.action), field),
        **flags,
    )


def _plan(field: str, limit: int, **flags: bool) -> TextField:
    return TextField(
        f"plan.{field}",
        limit,
        lambda w, v: w.services.plans.update(w.plan, **{field: v}),
        lambda w, _: getattr(w.services.plans.get(w.plan), field),
        **flags,
    )


def _organisation(field: str, limit: int, **flags: bool) -> TextField:
    return TextField(
        f"organisation.{field}",
        limit,
        lambda w, v: w.services.organisations.update(w.organisation, **{field: v}),
        lambda w, _: next(getattr(o, field) for o in w.services.organisations.list() if o.id == w.organisation),
        **flags,
    )


def _kpi(field: str, limit: int, **flags: bool) -> TextField:
    return TextField(
        f"kpi.{field}",
        limit,
        lambda w, v: w.services.kpis.update(w.kpi, **{field: v}),
        lambda w, _: getattr(next(k for k in w.services.kpis.list(w.action) if k.id == w.kpi), field),
        **flags,
    )


def _intervention(field: str, limit: int, **flags: bool) -> TextField:
    def save(w: World, v: str) -> object:
        values = {"code": "PROP-1", "name": "Property test", "theme": w.theme, field: v}
        return w.services.catalogue.save_intervention(values)

    return TextField(
        f"intervention.{field}",
        limit,
        save,
        lambda w, saved: getattr(w.services.catalogue.intervention(_id(saved)), field),
        **flags,
    )


def _indicator(field: str, limit: int, **flags: bool) -> TextField:
    def save(w: World, v: str) -> object:
        return w.services.catalogue.save_indicator({"code": "PROP-IND", "name": "Firms", "kind": "output", field: v})

    return TextField(
        f"indicator.{field}",
        limit,
        save,
        lambda w, saved: getattr(
            next(i for i in w.services.catalogue.indicators() if i.id == _id(saved)),
            field,
        ),
        **flags,
    )


TEXT_FIELDS = [
    _action("title", 300, required=True),
    _action("background", 50_000, multiline=True),
    _action("description", 50_000, multiline=True),
    _action("notes", 50_000, multiline=True),
    _action("owner_person", 200),
    _plan("title", 300, required=True),
    _plan("project", 200),
    _plan("partner_organisation", 300),
    _plan("other_partners", 5000, multiline=True),
    _plan("instrument_name", 300),
    _plan("contact_name", 200),
    _plan("contact_phone", 50),
    _plan("context", 50_000, multiline=True),
    _plan("english_summary", 50_000, multiline=True),
    _plan("signatory", 200),
    TextField(
        "region.name",
        200,
        lambda w, v: w.services.regions.rename(w.region, v),
        lambda w, _: w.services.regions.get(w.region).name,
        required=True,
    ),
    _organisation("kind", 100),
    _organisation("website", 300),
    _organisation("country_code", 2, upper=True),
    TextField(
        "person.name",
        200,
        lambda w, v: w.services.organisations.add_person(v, organisation_id=w.organisation),
        lambda w, added: next(p.name for p in w.services.organisations.people() if p.id == _id(added)),
        required=True,
    ),
    TextField(
        "person.phone",
        50,
        lambda w, v: w.services.organisations.add_person("Anna", phone=v),
        lambda w, added: next(p.phone for p in w.services.organisations.people() if p.id == _id(added)),
    ),
    _kpi("unit", 100, keeps_when_empty=True),
    _kpi("note", 5000, multiline=True),
    TextField(
        "budget_line.note",
        2000,
        lambda w, v: w.services.budget.update(w.line, note=v),
        lambda w, _: next(line.note for line in w.services.budget.lines(w.action) if line.id == w.line),
        multiline=True,
    ),
    TextField(
        "rate.source",
        200,
        lambda w, v: w.services.rates.set("EUR", "SEK", "11.02", "2026-11-01", source=v),
        lambda w, saved: next(r.source for r in w.services.rates.list() if r.id == _id(saved)),
    ),
    _intervention("name", 300, required=True),
    _intervention("description", 10_000, multiline=True),
    _intervention("cost_facts", 5000, multiline=True),
    _intervention("source", 2000, multiline=True),
    _indicator("name", 300, required=True),
    _indicator("unit", 100),
    _indicator("source", 300),
    _indicator("description", 5000, multiline=True),
]


@pytest.mark.parametrize("field", TEXT_FIELDS, ids=[f.name for f in TEXT_FIELDS])
@FEW
@given(value=TEXTS)
def test_text_is_stored_cleaned_or_refused(world: World, field: TextField, value: str) -> None:
    expected, valid = field.expected(value)
    before = field.get(world, None) if field.keeps_when_empty else None
    result = attempt(world.services, lambda: field.set(world, value), must=valid)
    if result is not None:
        assert field.get(world, result) == (before if field.keeps_when_empty and not expected else expected)


ORGANISATION_NAMES = TEXTS


def _ascii_lower(value: str) -> str:
    return value.translate(str.maketrans(string.ascii_uppercase, string.ascii_lowercase))


@FEW
@given(value=ORGANISATION_NAMES)
def test_an_owner_organisation_is_found_or_created_by_its_cleaned_name(world: World, value: str) -> None:
    services = world.services
    expected = normalised(value, multiline=False)
    existing = {o.name for o in services.organisations.list()}
    valid = len(expected) <= 300
    result = attempt(services, lambda: services.actions.update(world.action, owner_organisation=value), must=valid)
    if result is None:
        return
    owner = services.actions.get(world.action).owner_organisation
    # Names match regardless of (ASCII) case, so an existing organisation may be reused as it is spelled.
    assert owner == expected or (owner in existing and _ascii_lower(owner) == _ascii_lower(expected)), owner


@FEW
@given(value=TEXTS)
def test_an_organisation_name_is_stored_cleaned_unless_taken(world: World, value: str) -> None:
    services = world.services
    expected = normalised(value, multiline=False)
    valid = 0 < len(expected) <= 300
    others = {o.name for o in services.organisations.list() if o.id != world.organisation}
    must = valid and expected not in others
    result = attempt(services, lambda: services.organisations.update(world.organisation, name=value), must=must)
    if result is not None:
        assert next(o.name for o in services.organisations.list() if o.id == world.organisation) == expected


CODE_CHARACTERS = st.sampled_from([*"ABCXYZabcxyz0189-_. ", "é", "ß", "١", "\x00", "/", "Ω", " ", "\t"])


@FEW
@given(value=st.one_of(st.text(CODE_CHARACTERS, max_size=20), TEXTS))
def test_a_catalogue_code_is_upper_cased_and_plain(world: World, value: str) -> None:
    services = world.services
    cleaned = normalised(value, multiline=False)
    code = cleaned.upper()
    valid = 0 < len(cleaned) <= 16 and all(ch.isalnum() or ch in "-_." for ch in code)
    values = {"code": value, "name": "Fuzzed", "theme": world.theme}
    result = attempt(services, lambda: services.catalogue.save_intervention(values), must=valid)
    if result is not None:
        assert services.catalogue.intervention(result.id).code == code


REGION_CODES = ["SE31", "ITH5", "PL41", "UKE4", "EL30", "FR", "US-CA", "JP", "DE2", "NO08", "TR", "XK"]


@st.composite
def region_codes_as_typed(draw: st.DrawFn) -> tuple[str, bool]:
    """(input, whether it is a real code written plainly: a region the service must find)."""
    code = draw(st.sampled_from(REGION_CODES))
    plain = [(code, True), (code.lower(), True), (f"  {code}\t", True), (code.title(), True)]
    odd = [
        (f"\u3000{code}\u00a0", False),
        (code.replace("-", ""), False),
        (draw(st.text(st.sampled_from([*"ABCEIKLSTUXZ0123459-_ ", "é", "\x00", "ß", "ﬁ"]), max_size=6)), False),
        (draw(TEXTS), False),
    ]
    return draw(st.sampled_from(plain + odd))


@SOME
@given(typed=region_codes_as_typed())
def test_a_region_code_is_found_or_refused(services: Services, typed: tuple[str, bool]) -> None:
    from action_planner.model.regions import lookup_region

    value, real = typed
    info = lookup_region(value.strip())
    taken = {r.code for r in services.regions.list()}
    must: bool | None = None
    if info is not None and info.code in taken:
        must = False  # each region once
    elif real:
        must = True
    result = attempt(services, lambda: services.regions.add(value), must=must)
    if result is not None:
        assert info is not None
        assert (result.code, result.name) == (info.code, info.name)
        assert result.code in {r.code for r in services.regions.list()} - taken


# -- amounts and numbers ---------------------------------------------------------------------------

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Entry:
    """A value as typed: the input, the number it means (if any), and whether its form is documented."""

    value: object
    number: Decimal | None
    documented: bool

    def __repr__(self) -> str:
        shown = repr(self.value)
        shown = shown if len(shown) <= 80 else shown[:80] + "…"
        return f"Entry({shown}, number={self.number}, documented={self.documented})"


@st.composite
def numbers_as_typed(draw: st.DrawFn, *, places: int, grouping: tuple[tuple[str, bool], ...]) -> Entry:
    """A number drawn first, then written the way a planner (or a spreadsheet) might write it."""
    scale = draw(st.integers(0, places + 2))
    units = draw(
        st.one_of(
            st.integers(0, 10**6),
            st.integers(0, 10**16),
            st.sampled_from([0, 1, 10**12 * 10**scale, 10**12 * 10**scale + 1, 10**15 * 10**scale]),
        )
    )
    negative = draw(st.booleans()) and draw(st.booleans())
    number = Decimal(-units if negative else units).scaleb(-scale)
    plain = format(number, "f")
    forms: list[tuple[object, bool]] = [
        (plain, True),
        (number, True),
        (f"  {plain}\t", True),
        (f"{number:e}", False),
        (plain.translate(ARABIC_INDIC), False),
        (plain.translate(FULL_WIDTH), False),
        (float(number), False),
    ]
    meaning_unknown = [plain.replace(".", ",")] if "." in plain else []
    if scale == 0:
        forms.append((int(number), True))
    if abs(number) >= 1000:
        grouped = format(number, ",f")
        forms += [(grouped.replace(",", sep), documented) for sep, documented in grouping]
        meaning_unknown.append(grouped.replace(",", "."))
    value, documented = draw(st.sampled_from([*forms, *((v, False) for v in meaning_unknown)]))
    if isinstance(value, float):
        return Entry(value, None, True)  # floats are refused: they cannot hold cents exactly
    if value in meaning_unknown:
        return Entry(value, None, False)  # "1,500" may be 1.5 or 1500: either reading is acceptable
    return Entry(value, number, documented)


NOT_NUMBERS = st.sampled_from(
    [
        "",
        " ",
        "abc",
        "12abc",
        "1.2.3",
        "--5",
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "-inf",
        "1e",
        "e5",
        "0x10",
        "½",
        "٫٥",
        "1,2,3",
        ",",
        ".",
        "1 000,50",
        "€ 100",
        "100 EUR",
        "\x00",
        "١٢٣\x00",
        "1" * 5000,
        "1" + "0" * 40,
        None,
        True,
        False,
        [],
        {"amount": 1},
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        1.5,
        float("nan"),
    ]
).map(lambda v: Entry(v, None, True))


def exponent_is_sane(value: object) -> bool:
    """False for exponents beyond +-999999 (see test_an_extreme_exponent_is_refused_not_a_crash)."""
    return not (isinstance(value, str) and re.search(r"[eE][+-]?0*\d{7,}", value))


AMOUNT_GROUPS = ((",", True), (" ", True), ("\u00a0", True), ("\u202f", True), ("_", False), ("'", False))
CURRENCY_DIGITS = {"EUR": 2, "SEK": 2, "JPY": 0, "KWD": 3}


def amount_verdict(entry: Entry, currency: str) -> tuple[bool | None, Decimal | None]:
    """Must the amount be accepted (True), refused (False), or either (None); and its value."""
    number = entry.number
    if number is None:
        return (False if entry.documented else None), None
    digits = CURRENCY_DIGITS[currency]
    valid = number >= 0 and number <= MAX_AMOUNT and number == number.quantize(Decimal(1).scaleb(-digits))
    if number == 0:
        valid = True  # "-0" means nothing owed; refusing it would also do
        return (True if entry.documented and not str(entry.value).strip().startswith("-") else None), number
    return (valid if entry.documented else (None if valid else False)), number


@SOME
@given(
    currency=st.sampled_from(sorted(CURRENCY_DIGITS)),
    entry=st.one_of(
        st.sampled_from(sorted(CURRENCY_DIGITS)).flatmap(
            lambda c: numbers_as_typed(places=CURRENCY_DIGITS[c], grouping=AMOUNT_GROUPS)
        ),
        NOT_NUMBERS,
    ),
)
@example(currency="SEK", entry=Entry("1000000000000.00", Decimal("1000000000000.00"), True))
@example(currency="SEK", entry=Entry("1 000 000 000 000.01", Decimal("1000000000000.01"), True))
@example(currency="EUR", entry=Entry("12,500.50", Decimal("12500.50"), True))
@example(currency="EUR", entry=Entry("0.001", Decimal("0.001"), True))
@example(currency="KWD", entry=Entry("0.001", Decimal("0.001"), True))
@example(currency="JPY", entry=Entry("12.5", Decimal("12.5"), True))
@example(currency="JPY", entry=Entry("12.0", Decimal("12.0"), True))
@example(currency="EUR", entry=Entry("-0.01", Decimal("-0.01"), True))
@example(currency="EUR", entry=Entry("1e3", Decimal("1000"), False))
@example(currency="EUR", entry=Entry("١٢٣", Decimal("123"), False))
def test_an_amount_is_exact_in_its_currency_or_refused(world: World, currency: str, entry: Entry) -> None:
    services = world.services
    must, number = amount_verdict(entry, currency)
    result = attempt(
        services, lambda: services.budget.add(world.action, entry.value, currency=currency, year=2027), must=must
    )
    if result is None:
        return
    amount = next(line.amount for line in services.budget.lines(world.action) if line.id == result.id)
    assert amount == result.amount
    assert amount.is_finite()
    assert 0 <= amount <= MAX_AMOUNT
    assert amount.as_tuple().exponent == -CURRENCY_DIGITS[currency], amount
    if number is not None:
        assert amount == number


@FEW
@given(entry=st.one_of(numbers_as_typed(places=2, grouping=AMOUNT_GROUPS), NOT_NUMBERS))
def test_changing_an_amount_keeps_it_exact_or_changes_nothing(world: World, entry: Entry) -> None:
    services = world.services
    must, number = amount_verdict(entry, "SEK")
    result = attempt(services, lambda: services.budget.update(world.line, amount=entry.value), must=must)
    if result is not None and number is not None:
        assert next(line.amount for line in services.budget.lines(world.action) if line.id == world.line) == number


NUMBER_GROUPS = ((",", True), (" ", True), ("\u00a0", True), ("\u202f", False))


def number_verdict(entry: Entry) -> bool | None:
    number = entry.number
    if number is None:
        return False if entry.documented else None
    valid = number >= 0 and abs(number) < MAX_NUMBER
    if number == 0:
        return True if entry.documented and not str(entry.value).strip().startswith("-") else None
    return valid if entry.documented else (None if valid else False)


@SOME
@given(
    field=st.sampled_from(["baseline", "target"]),
    entry=st.one_of(numbers_as_typed(places=6, grouping=NUMBER_GROUPS), NOT_NUMBERS).filter(
        lambda e: exponent_is_sane(e.value)
    ),
)
def test_a_kpi_figure_is_exact_or_refused(world: World, field: str, entry: Entry) -> None:
    services = world.services
    must = number_verdict(entry)
    if entry.value is None or entry.value in ("", " "):
        must = True  # an empty figure clears it
    result = attempt(services, lambda: services.kpis.update(world.kpi, **{field: entry.value}), must=must)
    if result is None:
        return
    stored = getattr(next(k for k in services.kpis.list(world.action) if k.id == world.kpi), field)
    if entry.number is not None:
        assert stored == entry.number
    elif stored is not None:
        assert stored.is_finite()
        assert 0 <= stored < MAX_NUMBER


@FEW
@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    entry=st.one_of(numbers_as_typed(places=4, grouping=NUMBER_GROUPS), NOT_NUMBERS).filter(
        lambda e: exponent_is_sane(e.value)
    ),
)
def test_a_measured_value_is_exact_or_refused(world: World, day: date, entry: Entry) -> None:
    services = world.services
    must = number_verdict(entry)
    if entry.value is None or (isinstance(entry.value, str) and not entry.value.strip()):
        must = False  # a measurement needs a value
    result = attempt(services, lambda: services.kpis.record_actual(world.kpi, day, entry.value), must=must)
    if result is not None and entry.number is not None:
        kpi = next(k for k in services.kpis.list(world.action) if k.id == world.kpi)
        assert next(a.value for a in kpi.actuals if a.measured_on == day) == entry.number


@FEW
@given(entry=st.one_of(numbers_as_typed(places=6, grouping=((",", False),)), NOT_NUMBERS))
def test_an_exchange_rate_is_exact_and_plausible_or_refused(world: World, entry: Entry) -> None:
    services = world.services
    number = entry.number
    must: bool | None
    if number is None:
        must = False if entry.documented else None
    elif not Decimal("1e-9") <= number <= Decimal("1e9"):
        must = False
    else:
        must = True if entry.documented else None
    result = attempt(services, lambda: services.rates.set("EUR", "PLN", entry.value, "2026-11-01"), must=must)
    if result is not None:
        stored = next(r.rate for r in services.rates.list() if r.id == result.id)
        assert Decimal("1e-9") <= stored <= Decimal("1e9")
        if number is not None:
            assert stored == number


# -- dates -------------------------------------------------------------------------------------


@st.composite
def dates_as_typed(draw: st.DrawFn) -> tuple[object, date | None, bool | None]:
    """(input, the date it means or None, must it be accepted: True / False / None for either)."""
    day = draw(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
    iso = day.isoformat()
    year = draw(st.integers(1000, 9999))
    choices: list[tuple[object, date | None, bool | None]] = [
        (day, day, True),
        (datetime(day.year, day.month, day.day, 13, 45), day, True),
        (iso, day, True),
        (f" {iso}\t", day, True),
        (f"\u3000{iso}\u00a0", day, None),
        (iso.replace("-", ""), day, None),
        (f"{day.day:02d}/{day.month:02d}/{day.year:04d}", day, None),
        (f"{iso}T00:00", day, None),
        (iso.translate(ARABIC_INDIC), day, None),
        (f"{year}-02-30", None, False),
        (f"{year}-02-31", None, False),
        (f"{year}-04-31", None, False),
        (f"{year}-13-01", None, False),
        (f"{year}-00-10", None, False),
        (f"{year}-01-00", None, False),
        ("10000-01-01", None, False),
        ("0000-01-01", None, False),
        ("2026-1-5", None, None),
        ("yesterday", None, False),
        (draw(st.text(max_size=12)), None, None),
        (20260101, None, False),
        (2026.5, None, False),
        (Decimal("2026"), None, False),
        (("2026", 1, 1), None, False),
    ]
    return draw(st.sampled_from(choices))


DATE_FIELDS: dict[str, tuple[Callable[[World, object], object], Callable[[World, object], date | None], bool]] = {
    "action.start_date": (
        lambda w, v: w.services.actions.update(w.action, start_date=v, end_date=None),
        lambda w, _: w.services.actions.get(w.action).start_date,
        False,
    ),
    "action.end_date": (
        lambda w, v: w.services.actions.update(w.action, start_date=None, end_date=v),
        lambda w, _: w.services.actions.get(w.action).end_date,
        False,
    ),
    "kpi.target_date": (
        lambda w, v: w.services.kpis.update(w.kpi, target_date=v),
        lambda w, _: next(k.target_date for k in w.services.kpis.list(w.action) if k.id == w.kpi),
        False,
    ),
    "plan.endorsement_date": (
        lambda w, v: w.services.plans.update(w.plan, endorsement_date=v),
        lambda w, _: w.services.plans.get(w.plan).endorsement_date,
        False,
    ),
    "rate.valid_on": (
        lambda w, v: w.services.rates.set("EUR", "GBP", "0.87", v),
        lambda w, saved: next(r.valid_on for r in w.services.rates.list() if r.id == _id(saved)),
        True,
    ),
}


@pytest.mark.parametrize("field", sorted(DATE_FIELDS))
@FEW
@given(typed=dates_as_typed())
def test_a_date_reads_back_as_the_day_meant_or_is_refused(
    world: World, field: str, typed: tuple[object, date | None, bool | None]
) -> None:
    value, meant, must = typed
    setter, getter, required = DATE_FIELDS[field]
    if required and value in ("", None):
        must = False
    result = attempt(world.services, lambda: setter(world, value), must=must)
    if result is None:
        return
    stored = getter(world, result)
    if value in ("", None):
        assert stored is None  # an empty date clears it
        return
    assert isinstance(stored, date)
    if meant is not None:
        assert stored == meant


@FEW
@given(start=dates_as_typed(), end=dates_as_typed())
def test_an_action_period_never_ends_before_it_starts(world: World, start: Any, end: Any) -> None:
    services = world.services
    result = attempt(
        services, lambda: services.actions.update(world.action, start_date=start[0], end_date=end[0]), must=None
    )
    if result is not None:
        action = services.actions.get(world.action)
        if action.start_date is not None and action.end_date is not None:
            assert action.start_date <= action.end_date


# -- codes, choices and small numbers --------------------------------------------------------------


def _babel_currencies() -> set[str]:
    from babel.numbers import list_currencies

    return set(list_currencies())


CURRENCY_TEXT = st.one_of(
    st.text(st.sampled_from([*string.ascii_letters, "é", "ß", "Ω", " ", "\x00", "€", "$"]), max_size=5),
    st.sampled_from(["EUR", "eur", " sek ", "Pln", "GBP", "JPY", "KWD", "XXX", "EURO", "€", "US$", "ＥＵＲ", ""]),
)
CURRENCY_SETTERS: dict[str, Callable[[World, str], object]] = {
    "plan.currency": lambda w, v: w.services.plans.update(w.plan, currency=v),
    "budget_line.currency": lambda w, v: w.services.budget.add(w.action, "12", currency=v, year=2027),
    "rate.quote": lambda w, v: w.services.rates.set("EUR", v, "1.5", "2026-11-01"),
    "reporting_currency": lambda w, v: w.services.rates.set_reporting_currency(v),
}
CURRENCY_GETTERS: dict[str, Callable[[World, object], str]] = {
    "plan.currency": lambda w, _: w.services.plans.get(w.plan).currency,
    "budget_line.currency": lambda w, saved: next(
        line.currency for line in w.services.budget.lines(w.action) if line.id == _id(saved)
    ),
    "rate.quote": lambda w, saved: next(r.quote for r in w.services.rates.list() if r.id == _id(saved)),
    "reporting_currency": lambda w, _: w.services.rates.reporting_currency(),
}


@pytest.mark.parametrize("field", sorted(CURRENCY_SETTERS))
@FEW
@given(value=CURRENCY_TEXT)
def test_a_currency_code_is_an_iso_code_upper_cased_or_refused(world: World, field: str, value: str) -> None:
    code = value.strip().upper()
    if field == "budget_line.currency" and not value:
        code = "SEK"  # a line's currency defaults to its plan's
    valid = code in _babel_currencies() and not (field == "rate.quote" and code == "EUR")
    result = attempt(world.services, lambda: CURRENCY_SETTERS[field](world, value), must=valid)
    if result is not None:
        assert CURRENCY_GETTERS[field](world, result) == code


SCORES = st.one_of(
    st.integers(-3, 8),
    st.sampled_from(["1", " 5 ", "3\t", "0", "6", "-1", "3.0", "three", "", None, True, False, 2.0, "٣", "３", "+4"]),
    st.text(max_size=4),
)


@FEW
@given(field=st.sampled_from(["impact", "effort"]), value=SCORES)
def test_a_score_is_a_whole_number_from_1_to_5_or_refused(world: World, field: str, value: object) -> None:
    must: bool | None = None
    if value is None or value == "":
        must = True
    elif isinstance(value, bool | float):
        must = False
    elif isinstance(value, int):
        must = 1 <= value <= 5
    elif isinstance(value, str) and value.strip().isascii() and re.fullmatch(r"[+-]?\d+", value.strip()):
        must = 1 <= int(value) <= 5
    elif isinstance(value, str) and not any(ch.isdigit() for ch in value):
        must = False
    result = attempt(world.services, lambda: world.services.actions.update(world.action, **{field: value}), must=must)
    if result is None:
        return
    stored = getattr(world.services.actions.get(world.action), field)
    if value is None or value == "":
        assert stored is None
    else:
        assert isinstance(value, int | str)
        assert stored == int(value)
        assert 1 <= stored <= 5


@FEW
@given(
    value=st.one_of(
        st.integers(1900, 2200),
        st.sampled_from(["2027", " 2030 ", "1989", "2101", "20 27", "MMXXVII", "", None, True, 2027.0, "٢٠٢٧"]),
    )
)
def test_a_budget_year_is_between_1990_and_2100_or_refused(world: World, value: object) -> None:
    services = world.services
    must: bool | None = None
    if isinstance(value, bool | float) or value in ("", None):
        must = value is None  # no year: the action's start year (or this year)
    elif isinstance(value, int):
        must = 1990 <= value <= 2100
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        must = 1990 <= int(value) <= 2100
    result = attempt(services, lambda: services.budget.add(world.action, "5", year=value), must=must)
    if result is not None:
        year = next(line.year for line in services.budget.lines(world.action) if line.id == result.id)
        assert 1990 <= year <= 2100


CHOICES: dict[str, tuple[type[StrEnum], Callable[[World, object], object], Callable[[World, object], object]]] = {
    "action.status": (
        ActionStatus,
        lambda w, v: w.services.actions.update(w.action, status=v),
        lambda w, _: w.services.actions.get(w.action).status,
    ),
    "action.priority": (
        Priority,
        lambda w, v: w.services.actions.update(w.action, priority=v),
        lambda w, _: w.services.actions.get(w.action).priority,
    ),
    "plan.status": (
        PlanStatus,
        lambda w, v: w.services.plans.update(w.plan, status=v),
        lambda w, _: w.services.plans.get(w.plan).status,
    ),
    "plan.instrument_type": (
        InstrumentType,
        lambda w, v: w.services.plans.update(w.plan, instrument_type=v),
        lambda w, _: w.services.plans.get(w.plan).instrument_type,
    ),
    "budget_line.funding_source": (
        FundingSource,
        lambda w, v: w.services.budget.update(w.line, funding_source=v),
        lambda w, _: next(line.funding_source for line in w.services.budget.lines(w.action) if line.id == w.line),
    ),
    "kpi.kind": (
        IndicatorKind,
        lambda w, v: w.services.kpis.update(w.kpi, kind=v),
        lambda w, _: next(k.kind for k in w.services.kpis.list(w.action) if k.id == w.kpi),
    ),
}


@pytest.mark.parametrize("field", sorted(CHOICES))
@FEW
@given(data=st.data())
def test_a_choice_is_one_of_its_members_or_refused(world: World, field: str, data: st.DataObject) -> None:
    kind, setter, getter = CHOICES[field]
    member = data.draw(st.sampled_from(list(kind)))
    spellings: list[tuple[object, bool | None]] = [
        (member, True),
        (member.value, True),
        (member.value.upper(), True),
        (f" {member.value.replace('_', ' ')} ", True),
        (member.value.replace("_", "-"), True),
        (getattr(member, "label", member.value), True),
        (data.draw(TEXTS), None),
        (3, False),
        (None, False),
    ]
    value, must = data.draw(st.sampled_from(spellings))
    result = attempt(world.services, lambda: setter(world, value), must=must)
    if result is not None:
        stored = getter(world, result)
        assert stored in list(kind)
        if must:  # a funding source is one of the workspace's, kept by its code
            assert stored is member if kind is not FundingSource else stored == member.value


@FEW
@given(value=st.one_of(st.sampled_from(["anna@example.se", " a.b@c.de ", "anna at example", "@x.y", "a@b", ""]), TEXTS))
def test_a_contact_email_looks_like_one_or_is_refused(world: World, value: str) -> None:
    cleaned = normalised(value, multiline=False)
    shaped = re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", cleaned) is not None
    must = cleaned == "" or (shaped and len(cleaned) <= 254)
    result = attempt(world.services, lambda: world.services.plans.update(world.plan, contact_email=value), must=must)
    if result is not None:
        assert world.services.plans.get(world.plan).contact_email == cleaned


# -- inputs that once crashed or fooled the core ------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda w: w.services.budget.add(w.action, "1e1000000"), id="budget-amount"),
        pytest.param(lambda w: w.services.budget.add(w.action, Decimal("9E+999999999")), id="budget-amount-decimal"),
        pytest.param(lambda w: w.services.kpis.update(w.kpi, target="1e1000000"), id="kpi-target"),
        pytest.param(
            lambda w: w.services.catalogue.save_intervention(
                {"code": "BIG", "name": "Big", "theme": w.theme, "cost_min": "1e1000000", "cost_currency": "EUR"}
            ),
            id="catalogue-cost",
        ),
    ],
)
def test_an_extreme_exponent_is_refused_not_a_crash(world: World, call: Callable[[World], object]) -> None:
    attempt(world.services, lambda: call(world), must=False)


def test_a_positive_amount_below_the_minor_unit_is_refused(world: World) -> None:
    attempt(world.services, lambda: world.services.budget.add(world.action, "1E-1000000000"), must=False)


@pytest.mark.parametrize(
    ("column", "call"),
    [
        pytest.param("kpis.target", lambda w: w.services.kpis.update(w.kpi, target="1e-100000"), id="kpi-target"),
        pytest.param(
            "exchange_rates.rate",
            lambda w: w.services.rates.set("EUR", "SEK", "11." + "0" * 100_000 + "1", "2026-11-01"),
            id="rate",
        ),
    ],
)
def test_a_figure_is_refused_or_fits_its_column(world: World, column: str, call: Callable[[World], object]) -> None:
    # "1e-999999999" typed as a KPI target allocates about a gigabyte in format(value, "f"); 1e-100000 shows it.
    table, name = column.split(".")
    if attempt(world.services, lambda: call(world), must=None) is None:
        return
    with world.services.workspace.reading() as session:
        longest = session.execute(text(f"SELECT max(length({name})) FROM {table}")).scalar()
    assert longest is not None
    assert longest <= 48  # the columns are declared String(48)


@pytest.mark.parametrize("typed", ["Clust_ER Mech", "Clust\\-ER Mech"])
def test_an_owner_organisation_name_is_matched_literally(world: World, typed: str) -> None:
    services = world.services
    services.organisations.add("Clust-ER Mech")
    services.actions.update(world.action, owner_organisation=typed)
    assert services.actions.get(world.action).owner_organisation == typed


def test_an_owner_email_without_an_owner_is_refused_or_kept(world: World) -> None:
    services = world.services
    result = attempt(services, lambda: services.actions.update(world.action, owner_email="lead@example.se"), must=None)
    if result is not None:
        assert services.actions.get(world.action).owner_email == "lead@example.se"


@pytest.mark.parametrize("typed", ["false", "no", "0", "None"])
def test_pilot_is_a_yes_or_no_not_any_truthy_value(world: World, typed: str) -> None:
    services = world.services
    if attempt(services, lambda: services.actions.update(world.action, pilot=typed), must=None) is not None:
        assert services.actions.get(world.action).pilot is False


def test_a_region_added_with_a_blank_name_is_named(services: Services) -> None:
    result = attempt(services, lambda: services.regions.add("FI19", name="   "), must=None)
    if result is not None:
        assert services.regions.list()[0].name.strip()


@pytest.mark.parametrize("suggested", [5, 5.0, True, object()], ids=["int", "float", "bool", "object"])
def test_a_catalogue_entry_with_odd_suggested_indicators_is_refused(world: World, suggested: object) -> None:
    values = {"code": "ODD", "name": "Odd", "theme": world.theme, "suggested_indicators": suggested}
    attempt(world.services, lambda: world.services.catalogue.save_intervention(values), must=False)


@pytest.mark.parametrize("typed", ["Moose 🫎 fair", "Shaking 🫨", "Logo \ue000 mark"])
def test_new_emoji_and_private_use_are_kept(world: World, typed: str) -> None:
    world.services.actions.update(world.action, title=typed)
    assert world.services.actions.get(world.action).title == typed


@pytest.mark.parametrize("kind", ["action", "budget_line", "kpi"])
def test_undoing_a_delete_works_after_something_else_was_added(world: World, kind: str) -> None:
    services = world.services
    other_plan = services.plans.add(world.region, "Second plan").id
    if kind == "action":
        doomed = services.actions.add(world.plan, "Doomed", world.theme).id
        snapshot: Any = services.actions.delete(doomed)
        services.actions.add(other_plan, "Added meanwhile in another plan", world.theme)
        attempt(services, lambda: services.actions.restore(snapshot), must=True)
    elif kind == "budget_line":
        view = services.budget.delete(services.budget.add(world.action, "7").id)
        other = services.actions.add(other_plan, "Elsewhere", world.theme)
        services.budget.add(other.id, "8")
        attempt(services, lambda: services.budget.restore(view), must=True)
    else:
        snapshot = services.kpis.delete(services.kpis.add(world.action, name="Doomed KPI").id)
        other = services.actions.add(other_plan, "Elsewhere", world.theme)
        services.kpis.add(other.id, name="Added meanwhile")
        attempt(services, lambda: services.kpis.restore(snapshot), must=True)
