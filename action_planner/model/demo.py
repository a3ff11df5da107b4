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
    #: The partner's own English summary (the plan's field is in English whatever the plan's language): it names
    #: only what this plan's actions do, so that it never claims a theme the plan has no action in.
    summary: str = ""


REGIONS = (
    DemoRegion(
        "ITH5",
        "Emilia-Romagna: verso i mercati globali con i partenariati",
        "ERVET / ART-ER",
        "Comune di Reggio Emilia",
        InstrumentType.GROWTH_AND_JOBS,
        "PR FESR Emilia-Romagna 2021-2027, Priorità 1",
        ("Giulia Ferrari", "giulia.ferrari@example.it", "+39 051 000 1234"),
        "it",
        "Le PMI manifatturiere delle filiere del packaging, della meccatronica e dell'agroalimentare esportano "
        "bene attraverso le grandi imprese capofila, ma molti piccoli fornitori non hanno mai venduto all'estero "
        "da soli. La Regione vuole più imprese alla prima esportazione e legami più forti tra i cluster e i "
        "mercati esteri.",
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
        "ART-ER's plan for Emilia-Romagna sets out seven actions inspired by the Compete-In exchange of "
        "experience. Its core is export support for first-time exporters: temporary export manager vouchers, an "
        "export-readiness programme and a trade mission. The clusters gain an internationalisation partnership "
        "and the region a strategy board for it; small suppliers learn to sell online through a digital export "
        "programme, and a territorial brand presents Emilia-Romagna to foreign buyers. Together the actions "
        "improve the ERDF programme named in Part II.",
    ),
    DemoRegion(
        "ES52",
        "Comunitat Valenciana: rutas digitales hacia la exportación",
        "IVACE",
        "Cámara de Comercio de Valencia",
        InstrumentType.GROWTH_AND_JOBS,
        "Programa FEDER Comunitat Valenciana 2021-2027",
        ("Javier Martínez", "j.martinez@example.es", "+34 96 000 4321"),
        "es",
        "Las empresas cerámicas, del calzado y agroalimentarias dependen de unos pocos mercados tradicionales. "
        "Los canales en línea y las licitaciones públicas en el extranjero se aprovechan poco, y las "
        "microempresas apenas tienen competencias en exportación.",
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
        "IVACE's plan for the Comunitat Valenciana sets out six actions inspired by the Compete-In exchange of "
        "experience. Three open digital export channels: an e-commerce programme, coaching in digital "
        "internationalisation, and virtual trade fairs with online B2B matchmaking. Three strengthen classic export "
        "support: an export skills academy for micro-enterprises, help with public tenders abroad and "
        "certification for new target markets. Together they take firms beyond their few traditional markets and "
        "improve the ERDF programme named in Part II.",
    ),
    DemoRegion(
        "SE31",
        "Gävleborg: en attraktiv region som handlar med världen",
        "Gävle kommun",
        "Region Gävleborg",
        InstrumentType.OTHER,
        "Regional utvecklingsstrategi för Gävleborg 2030",
        ("Anna Lindqvist", "anna.lindqvist@example.se", "+46 26 000 17 00"),
        "sv",
        "Skogs-, stål- och verkstadsföretag dominerar exporten; mindre företag har svårt att rekrytera "
        "internationell kompetens och att synas för utländska investerare. Livskvaliteten är en styrka som "
        "regionen sällan marknadsför.",
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
        "Gävle Municipality's plan for Gävleborg sets out six actions inspired by the Compete-In exchange of "
        "experience. Four make the region's quality of life work for its firms: welcome services for international "
        "talent, liveability marketing backed by evidence, international internships in small firms, and the "
        "promotion of foreign direct investment. One-to-one advice from an international trade adviser and partner "
        "searches through the Enterprise Europe Network help smaller firms take their first steps abroad. The "
        "plan feeds into the regional development strategy named in Part II.",
    ),
    DemoRegion(
        "PL41",
        "Wielkopolska: od pierwszego eksportu do globalnego dostawcy",
        "Urząd Marszałkowski Województwa Wielkopolskiego",
        "Wielkopolska Agencja Rozwoju Przedsiębiorczości",
        InstrumentType.GROWTH_AND_JOBS,
        "Fundusze Europejskie dla Wielkopolski 2021-2027",
        ("Katarzyna Nowak", "k.nowak@example.pl", "+48 61 000 55 00"),
        "pl",
        "MŚP z branży meblarskiej, spożywczej i logistycznej zaopatrują odbiorców w Niemczech i Skandynawii "
        "za pośrednictwem pośredników. Region chce, aby więcej firm eksportowało pod własną marką i korzystało "
        "z finansowania eksportu.",
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
        "The Marshal Office of Wielkopolska sets out eight actions inspired by the Compete-In exchange of "
        "experience, so that firms now selling abroad through intermediaries export under their own brand. Grants "
        "for internationalisation projects and trade fairs, an export working-capital guarantee and export credit "
        "insurance form the core of the plan, with an export information portal and awareness events. Export "
        "consortia and mentoring by experienced exporters pool the firms' efforts, and a digital marketing action "
        "helps them reach foreign customers. Together the actions improve the ERDF programme named in Part II.",
    ),
    DemoRegion(
        "PL22",
        "Śląskie: umiędzynarodowienie ekosystemu innowacji",
        "Urząd Marszałkowski Województwa Śląskiego",
        "Śląskie Centrum Przedsiębiorczości",
        InstrumentType.TERRITORIAL_COOPERATION,
        "Interreg Central Europe 2021-2027",
        ("Michał Zieliński", "m.zielinski@example.pl", "+48 32 000 77 00"),
        "pl",
        "Region odchodzący od węgla: start-upy i MŚP z branży inżynieryjnej potrzebują partnerów za granicą, "
        "a inkubatory chcą wymieniać się firmami z inkubatorami w innych regionach.",
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
        "The Marshal Office of the Silesian Voivodeship sets out five actions inspired by the Compete-In exchange "
        "of experience, for a region moving away from coal. Working with partners abroad comes first: an exchange "
        "between incubators, soft-landing stays for Silesian start-ups in partner incubators, and a city-to-city "
        "partnership put to work for business. The region also welcomes foreign start-ups to land in Silesia and "
        "funds feasibility studies for international R&D partnerships, through the Interreg Central Europe "
        "programme named in Part II.",
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


@dataclass(frozen=True)
class DemoWording:
    """The texts a demo plan's partner writes into each action, in the plan's language."""

    background: str  # with {partner}
    roles: tuple[str, ...]
    budget_note: str  # with {source}, the funding source's name in the plan's language
    sources: Mapping[FundingSource, str]
    signatory: str


WORDING = {
    "en": DemoWording(
        "During the Compete-In study visits the partners saw this instrument work in another region; "
        "{partner} adapts it to local firms.",
        (
            "leads delivery",
            "co-finances",
            "recruits participating firms",
            "provides market intelligence",
            "hosts events",
            "evaluates results",
            "offers mentoring",
        ),
        "{source} share",
        {s: s.label for s in FundingSource},
        "Director of Economic Development",
    ),
    "it": DemoWording(
        "Durante le visite di studio di Compete-In i partner hanno visto questo strumento funzionare in un'altra "
        "regione; {partner} lo adatta alle imprese del territorio.",
        (
            "guida l'attuazione",
            "cofinanzia",
            "coinvolge le imprese partecipanti",
            "fornisce analisi di mercato",
            "ospita gli eventi",
            "valuta i risultati",
            "offre mentoring",
        ),
        "Quota {source}",
        {
            FundingSource.ERDF_INTERREG: "FESR / Interreg",
            FundingSource.NATIONAL: "nazionale",
            FundingSource.REGIONAL: "regionale",
            FundingSource.MUNICIPAL: "comunale",
            FundingSource.PRIVATE: "privata",
            FundingSource.OTHER: "di altre fonti",
        },
        "Direttore dello Sviluppo economico",
    ),
    "es": DemoWording(
        "Durante las visitas de estudio de Compete-In los socios vieron funcionar este instrumento en otra "
        "región; {partner} lo adapta a las empresas locales.",
        (
            "lidera la ejecución",
            "cofinancia",
            "capta a las empresas participantes",
            "aporta inteligencia de mercado",
            "acoge los eventos",
            "evalúa los resultados",
            "ofrece mentoría",
        ),
        "Aportación {source}",
        {
            FundingSource.ERDF_INTERREG: "FEDER / Interreg",
            FundingSource.NATIONAL: "nacional",
            FundingSource.REGIONAL: "regional",
            FundingSource.MUNICIPAL: "municipal",
            FundingSource.PRIVATE: "privada",
            FundingSource.OTHER: "de otras fuentes",
        },
        "Director de Desarrollo Económico",
    ),
    "sv": DemoWording(
        "Under Compete-Ins studiebesök såg partnerna detta instrument fungera i en annan region; {partner} "
        "anpassar det till lokala företag.",
        (
            "leder genomförandet",
            "medfinansierar",
            "rekryterar deltagande företag",
            "bidrar med marknadsinformation",
            "står värd för evenemang",
            "utvärderar resultaten",
            "erbjuder mentorskap",
        ),
        "{source}",
        {
            FundingSource.ERDF_INTERREG: "Andel från Eruf / Interreg",
            FundingSource.NATIONAL: "Nationell andel",
            FundingSource.REGIONAL: "Regional andel",
            FundingSource.MUNICIPAL: "Kommunal andel",
            FundingSource.PRIVATE: "Privat andel",
            FundingSource.OTHER: "Andel från andra källor",
        },
        "Näringslivsdirektör",
    ),
    "pl": DemoWording(
        "Podczas wizyt studyjnych projektu Compete-In partnerzy zobaczyli, jak ten instrument działa w innym "
        "regionie; {partner} dostosowuje go do potrzeb lokalnych firm.",
        (
            "kieruje realizacją",
            "współfinansuje",
            "rekrutuje uczestniczące firmy",
            "dostarcza analiz rynkowych",
            "organizuje wydarzenia",
            "ocenia rezultaty",
            "prowadzi mentoring",
        ),
        "{source}",
        {
            FundingSource.ERDF_INTERREG: "Wkład EFRR / Interreg",
            FundingSource.NATIONAL: "Wkład krajowy",
            FundingSource.REGIONAL: "Wkład regionalny",
            FundingSource.MUNICIPAL: "Wkład gminny",
            FundingSource.PRIVATE: "Wkład prywatny",
            FundingSource.OTHER: "Wkład z innych źródeł",
        },
        "Dyrektor Departamentu Rozwoju Gospodarczego",
    ),
}
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
    wording = WORDING[spec.language]
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
        english_summary=spec.summary,
        status=spec.status,
        endorsement_date=date(2026, 6, 30) if spec.status is PlanStatus.ENDORSED else None,
        signatory=wording.signatory if spec.status is PlanStatus.ENDORSED else "",
    )
    for index, code in enumerate(spec.interventions):
        item = by_code[code]
        action = services.actions.add_from_intervention(plan.id, item.id, year=2026)
        owner_org = spec.organisations[index % len(spec.organisations)]
        start = date(2027, 1 + (index * 2) % 12, 1)
        end = date(start.year + 1 + index % 2, start.month, 28)
        services.actions.update(
            action.id,
            background=wording.background.format(partner=spec.partner),
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
        roles = wording.roles
        players = [(org, roles[(index + n) % len(roles)]) for n, org in enumerate(rng.sample(spec.organisations, 3))]
        services.actions.set_players(action.id, players)
        for line in services.budget.lines(action.id):
            services.budget.delete(line.id)
        _budget(services, action.id, plan.currency, start.year, rng, wording=wording)
        for kpi in services.kpis.list(action.id):
            baseline = rng.randint(0, 20)
            services.kpis.update(kpi.id, baseline=baseline, target=baseline + rng.randint(10, 120), target_date=end)


def _budget(
    services: Services, action_id: int, currency: str, year: int, rng: random.Random, *, wording: DemoWording
) -> None:
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
            note=wording.budget_note.format(source=wording.sources[source]),
        )


def _email(person: str, contact_email: str) -> str:
    domain = contact_email.split("@", 1)[1]
    local = person.lower().replace(" ", ".")
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{ascii_local}@{domain}"
