"""A realistic demo workspace: the six Compete-In regions, one plan each, built through the services."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from action_planner.model.enums import ActionStatus, FundingSource, InstrumentType, PlanStatus, Priority
from action_planner.model.services import Services
from action_planner.model.views import InterventionView
from action_planner.model.workspace import Workspace

#: Illustrative monthly accounting rates (1 EUR = rate), in the style of InforEuro.
DEMO_RATES = (
    ("GBP", "0.8694", date(2026, 10, 1)),
    ("SEK", "11.1420", date(2026, 10, 1)),
    ("PLN", "4.2590", date(2026, 10, 1)),
    ("GBP", "0.8712", date(2026, 11, 1)),
    ("SEK", "11.0180", date(2026, 11, 1)),
    ("PLN", "4.2385", date(2026, 11, 1)),
)


@dataclass(frozen=True)
class DemoRegion:
    code: str
    title: str
    partner: str
    others: str
    instrument: InstrumentType
    instrument_name: str
    contact: tuple[str, str, str]
    language: str
    context: str
    organisations: tuple[str, ...]
    people: tuple[str, ...]
    interventions: tuple[str, ...]
    status: PlanStatus


REGIONS = (
    DemoRegion(
        "ITH5",
        "Emilia-Romagna: going global with partnerships",
        "ERVET / ART-ER",
        "Municipality of Reggio Emilia",
        InstrumentType.GROWTH_AND_JOBS,
        "ROP ERDF Emilia-Romagna 2021-2027, Priority 1",
        ("Giulia Ferrari", "giulia.ferrari@example.it", "+39 051 000 1234"),
        "it",
        "Manufacturing SMEs in the packaging, mechatronics and agri-food chains export well through large "
        "lead firms, but many small suppliers have never sold abroad on their own. The region wants more "
        "first-time exporters and stronger cluster links to foreign markets.",
        (
            "ART-ER Attractiveness Research Territory",
            "Regione Emilia-Romagna",
            "Comune di Reggio Emilia",
            "Unioncamere Emilia-Romagna",
            "Clust-ER Mech",
            "Confindustria Emilia-Romagna",
        ),
        ("Marco Bianchi", "Elena Rossi", "Luca Conti", "Chiara Greco"),
        ("C02", "C05", "P27", "D20", "P29", "C09", "L31"),
        PlanStatus.IN_REVIEW,
    ),
    DemoRegion(
        "ES52",
        "Comunitat Valenciana: digital routes to export",
        "IVACE",
        "Cámara de Comercio de Valencia",
        InstrumentType.GROWTH_AND_JOBS,
        "Programa FEDER Comunitat Valenciana 2021-2027",
        ("Javier Martínez", "j.martinez@example.es", "+34 96 000 4321"),
        "es",
        "Ceramics, footwear and agri-food firms depend on a few traditional markets. Online channels and "
        "public tenders abroad are under-used, and export skills are thin in micro-enterprises.",
        (
            "IVACE Internacional",
            "Generalitat Valenciana",
            "Cámara de Comercio de Valencia",
            "ICEX España Exportación e Inversiones",
            "Universitat Politècnica de València",
        ),
        ("Lucía Navarro", "Pablo Sánchez", "Marta Ortega"),
        ("D20", "D22", "C12", "C18", "D24", "C17"),
        PlanStatus.DRAFT,
    ),
    DemoRegion(
        "SE31",
        "Gävleborg: a liveable region that trades with the world",
        "Gävle kommun",
        "Region Gävleborg",
        InstrumentType.OTHER,
        "Regional development strategy for Gävleborg 2030",
        ("Anna Lindqvist", "anna.lindqvist@example.se", "+46 26 000 17 00"),
        "sv",
        "Forest, steel and engineering firms dominate exports; smaller firms struggle to recruit "
        "international talent and to be seen by foreign investors. Quality of life is a strength that the "
        "region rarely markets.",
        (
            "Gävle kommun",
            "Region Gävleborg",
            "Business Sweden",
            "Almi Företagspartner Gävleborg",
            "Högskolan i Gävle",
            "Gävle Science Park",
        ),
        ("Erik Johansson", "Sara Nilsson", "Johan Berg", "Maria Holm"),
        ("L37", "L38", "L39", "C08", "P25", "L35"),
        PlanStatus.DRAFT,
    ),
    DemoRegion(
        "PL41",
        "Wielkopolska: from first export to global supplier",
        "Marshal Office of Wielkopolska",
        "Wielkopolska Regional Development Agency",
        InstrumentType.GROWTH_AND_JOBS,
        "Fundusze Europejskie dla Wielkopolski 2021-2027",
        ("Katarzyna Nowak", "k.nowak@example.pl", "+48 61 000 55 00"),
        "pl",
        "Furniture, food processing and logistics SMEs supply German and Scandinavian buyers through "
        "intermediaries. The region wants more firms to export under their own brand and to use export "
        "finance.",
        (
            "Urząd Marszałkowski Województwa Wielkopolskiego",
            "Wielkopolska Agencja Rozwoju Przedsiębiorczości",
            "Uniwersytet Ekonomiczny w Poznaniu",
            "Wielkopolska Izba Rzemieślnicza",
            "Poznań Science and Technology Park",
        ),
        ("Tomasz Wiśniewski", "Agnieszka Kamińska", "Piotr Lewandowski"),
        ("C01", "C03", "C14", "C13", "P26", "P10", "D21", "C19"),
        PlanStatus.ENDORSED,
    ),
    DemoRegion(
        "PL22",
        "Śląskie: internationalising the innovation ecosystem",
        "Marshal Office of the Silesian Voivodeship",
        "Silesian Centre for Entrepreneurship",
        InstrumentType.TERRITORIAL_COOPERATION,
        "Interreg Central Europe 2021-2027",
        ("Michał Zieliński", "m.zielinski@example.pl", "+48 32 000 77 00"),
        "pl",
        "A region in transition from coal: start-ups and engineering SMEs need partners abroad, and the "
        "incubators want to exchange companies with peers in other regions.",
        (
            "Urząd Marszałkowski Województwa Śląskiego",
            "Śląskie Centrum Przedsiębiorczości",
            "Katowicka Specjalna Strefa Ekonomiczna",
            "Politechnika Śląska",
            "Park Naukowo-Technologiczny Euro-Centrum",
        ),
        ("Joanna Wójcik", "Krzysztof Mazur", "Anna Kowalczyk"),
        ("P34", "P32", "L33", "D40", "P28"),
        PlanStatus.DRAFT,
    ),
    DemoRegion(
        "UKE4",
        "West Yorkshire: trade and investment together",
        "Wakefield Council",
        "Leeds Beckett University",
        InstrumentType.OTHER,
        "West Yorkshire Trade and Investment Plan",
        ("James Wilson", "james.wilson@example.gov.uk", "+44 1924 000 000"),
        "en",
        "Manufacturing and digital firms are under-represented among exporters compared with the UK "
        "average. A strong city-region brand and bondholder network can be used to attract investment "
        "and open doors abroad.",
        (
            "Wakefield Council",
            "Leeds Beckett University",
            "West Yorkshire Combined Authority",
            "Department for Business and Trade",
            "Leeds Chamber of Commerce",
            "Wakefield First Bondholders",
        ),
        ("Sarah Thompson", "David Clarke", "Emma Walker", "Oliver Wright"),
        ("L30", "C07", "C06", "P28", "L35", "P36", "C15"),
        PlanStatus.IN_REVIEW,
    ),
)

ROLES = (
    "leads delivery",
    "co-finances",
    "recruits participating firms",
    "provides market intelligence",
    "hosts events",
    "evaluates results",
    "offers mentoring",
)
STATUSES = (
    ActionStatus.PLANNED,
    ActionStatus.PLANNED,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DELAYED,
    ActionStatus.DONE,
)


def build_demo(path: str | Path, *, seed: int = 2026) -> Path:
    """Create the demo workspace at ``path`` (which must not exist)."""
    rng = random.Random(seed)
    with Workspace.create(path) as workspace:
        services = Services(workspace)
        for currency, rate, valid_on in DEMO_RATES:
            services.rates.set("EUR", currency, rate, valid_on, source="InforEuro-style monthly rate (demo)")
        by_code = {i.code: i for i in services.catalogue.interventions()}
        for spec in REGIONS:
            _build_region(services, spec, by_code, rng)
        return workspace.file


def _build_region(
    services: Services, spec: DemoRegion, by_code: Mapping[str, InterventionView], rng: random.Random
) -> None:
    region = services.regions.add(spec.code)
    name, email, phone = spec.contact
    plan = services.plans.add(
        region.id,
        spec.title,
        partner_organisation=spec.partner,
        other_partners=spec.others,
        instrument_type=spec.instrument,
        instrument_name=spec.instrument_name,
        contact_name=name,
        contact_email=email,
        contact_phone=phone,
        context=spec.context,
        language=spec.language,
        english_summary=""
        if spec.language == "en"
        else (
            f"The plan for {region.name} sets out {len(spec.interventions)} actions inspired by the Compete-In "
            "exchange of experience: it strengthens partnership working, digital export channels and the "
            "region's attractiveness, and improves the policy instrument named in Part II."
        ),
        status=spec.status,
        endorsement_date=date(2026, 6, 30) if spec.status is PlanStatus.ENDORSED else None,
        signatory="Director of Economic Development" if spec.status is PlanStatus.ENDORSED else "",
    )
    for index, code in enumerate(spec.interventions):
        item = by_code[code]
        action = services.actions.add_from_intervention(plan.id, item.id, year=2026)
        owner_org = spec.organisations[index % len(spec.organisations)]
        start = date(2027, 1 + (index * 2) % 12, 1)
        end = date(start.year + 1 + index % 2, start.month, 28)
        services.actions.update(
            action.id,
            background=(
                "During the Compete-In study visits the partners saw this instrument work in another region; "
                f"{spec.partner} adapts it to local firms."
            ),
            owner_organisation=owner_org,
            owner_person=spec.people[index % len(spec.people)],
            owner_email=_email(spec.people[index % len(spec.people)], spec.contact[1]),
            start_date=start,
            end_date=end,
            status=STATUSES[index % len(STATUSES)],
            priority=(Priority.HIGH, Priority.MEDIUM, Priority.LOW)[index % 3],
            impact=rng.randint(2, 5),
            effort=rng.randint(1, 5),
            pilot=index == 1,
        )
        players = [(org, ROLES[(index + n) % len(ROLES)]) for n, org in enumerate(rng.sample(spec.organisations, 3))]
        services.actions.set_players(action.id, players)
        for line in services.budget.lines(action.id):
            services.budget.delete(line.id)
        _budget(services, action.id, plan.currency, start.year, rng)
        for kpi in services.kpis.list(action.id):
            baseline = rng.randint(0, 20)
            services.kpis.update(kpi.id, baseline=baseline, target=baseline + rng.randint(10, 120), target_date=end)


def _budget(services: Services, action_id: int, currency: str, year: int, rng: random.Random) -> None:
    sources = rng.sample(
        [
            FundingSource.ERDF_INTERREG,
            FundingSource.REGIONAL,
            FundingSource.NATIONAL,
            FundingSource.MUNICIPAL,
            FundingSource.PRIVATE,
        ],
        k=rng.randint(2, 3),
    )
    for offset, source in enumerate(sources):
        line_currency = "EUR" if source is FundingSource.ERDF_INTERREG else currency
        scale = {"SEK": 11, "PLN": 4}.get(line_currency, 1)
        base = Decimal(rng.randrange(15_000, 250_000, 500) * scale)
        services.budget.add(
            action_id,
            base + Decimal(rng.randrange(0, 100)) / 100,
            currency=line_currency,
            funding_source=source,
            year=year + offset % 2,
            note=f"{source.label} share",
        )


def _email(person: str, contact_email: str) -> str:
    domain = contact_email.split("@", 1)[1]
    local = person.lower().replace(" ", ".")
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{ascii_local}@{domain}"
