"""admin_emails: short synthetic Dutch e-mails received by a fictional northern SME, labelled by category.

The SME is "Klaverkamp Installatietechniek" (fictional), an installer of heat pumps, boilers and solar
panels. Its shared inbox receives invoices and payment questions (factuur), requests for a quote
(offerteaanvraag), complaints (klacht), appointment requests and changes (afspraak), job applications
(sollicitatie) and everything else: newsletters, invitations, spam and phishing (overig).

Each e-mail is put together from a greeting, one to three sentences of its category, sometimes a
sentence that mentions another category's keyword (a complaint about an invoice, a phishing mail that
says "factuur"), a closing and a signature, with random details and, in part of the mails, typos. Some
subjects say nothing ("Vraag", "(geen onderwerp)"). So a text classifier does well but not perfectly,
and simple keyword rules do clearly worse. All people, companies and domains are fictional.
"""

import datetime

import numpy as np
import pandas as pd

from _names import COMPANIES, FIRST_F, FIRST_M, PRIVATE_DOMAINS, SURNAMES
from _places import PLACES
from _regions import PROVINCE_OF, municipality_weights

NAME = "admin_emails"
SEED = 4_2025
N_PER_CATEGORY = {"factuur": 160, "offerteaanvraag": 150, "klacht": 130, "afspraak": 150,
                  "sollicitatie": 100, "overig": 110}
CATEGORIES = tuple(N_PER_CATEGORY)
MENTION_SHARE = 0.30  # mails that also mention another category's keyword
MIXED_SHARE = 0.18  # mails that mix in sentences typical of a related category (truly ambiguous)
GENERIC_SHARE = 0.35  # mails with an extra sentence that fits any category
GENERIC_ONLY_SHARE = 0.06  # mails with only such sentences: the category is not in the text at all
NEUTRAL_SUBJECT_SHARE = 0.20  # subjects such as "Vraag" that give no hint
TYPO_SHARE = 0.35  # mails with typos
TYPO_RATE = 0.07  # share of longer words changed in such a mail
COMPANY_SENDER_SHARE = {"factuur": 0.6, "offerteaanvraag": 0.4, "klacht": 0.3, "afspraak": 0.2,
                        "sollicitatie": 0.0, "overig": 0.0}

SUBJECTS = {
    "factuur": ("Factuur {inv}", "Betalingsherinnering", "Vraag over nota {inv}", "Openstaand bedrag",
                "Re: factuur", "Creditnota", "Betaling {inv}", "Gewijzigd rekeningnummer", "Kopie nota",
                "{company} - factuur {inv}", "Herinnering: vervaldatum verstreken", "Btw op {inv}"),
    "offerteaanvraag": ("Offerteaanvraag {product}", "Prijsopgave", "Wat kost een {product}?",
                        "Aanvraag offerte", "Info {product_pl}", "Verduurzaming pand",
                        "Kosten vervangen {product}", "Vrijblijvende berekening", "Mogelijkheden {product}"),
    "klacht": ("Klacht", "Ontevreden", "Lekkage na installatie", "Geen monteur verschenen", "Schade",
               "Dringend!!", "Slechte service", "Re: {product}", "Nog steeds niet opgelost",
               "Teleurgesteld"),
    "afspraak": ("Afspraak", "Afspraak verzetten", "Onderhoud {product}", "Planning", "Bevestiging",
                 "Langskomen?", "Afzeggen", "Datum monteur", "Onderhoudsbeurt", "Andere dag?"),
    "sollicitatie": ("Sollicitatie {job}", "Open sollicitatie", "Stageplek", "Vacature {job}", "Bijbaan",
                     "Mijn cv", "Reactie op vacature", "Werken bij Klaverkamp"),
}
NEUTRAL_SUBJECTS = ("Vraag", "(geen onderwerp)", "Info", "Re:", "Ter info", "Contact", "Even een vraag",
                    "Fw: bericht")

SENTENCES = {
    "factuur": (
        "In de bijlage vindt u factuur {inv} voor de geleverde {product_pl}.",
        "Hierbij ontvangt u de nota voor de werkzaamheden van {date_past}.",
        "Volgens onze administratie staat {inv} van {amount} nog open.",
        "Wilt u {amount} binnen 14 dagen overmaken onder vermelding van het nummer {inv}?",
        "Ik heb uw rekening ontvangen, maar het btw-bedrag klopt volgens mij niet.",
        "Kunt u de nota op naam van {company} zetten in plaats van op mijn eigen naam?",
        "Het bedrag van {amount} is vandaag overgemaakt.",
        "Graag ontvang ik een creditnota voor de dubbel berekende uren.",
        "De betalingstermijn van 30 dagen is inmiddels verstreken.",
        "Dit is een vriendelijke herinnering: wij hebben uw betaling nog niet ontvangen.",
        "Kunt u mij een kopie van de rekening sturen? Ik kan hem niet meer vinden.",
        "Mag ik het bedrag in twee termijnen betalen?",
        "Het inkoopnummer {po} ontbreekt, waardoor onze boekhouding de nota niet kan verwerken.",
        "Wij ontvangen de facturen voortaan graag digitaal als pdf.",
        "Ons IBAN is gewijzigd; wilt u vanaf nu op het nieuwe rekeningnummer betalen?",
        "Er is twee keer {amount} afgeschreven, terwijl ik maar één keer had moeten betalen.",
        "Wanneer kan ik de eindafrekening verwachten?",
        "De aanbetaling van {amount} staat niet op het overzicht.",
    ),
    "offerteaanvraag": (
        "Wij overwegen een {product} te laten plaatsen en ontvangen graag een offerte.",
        "Wat zouden de kosten zijn van het vervangen van onze {product}?",
        "Kunt u mij een prijsopgave sturen voor een {product} in een {house}?",
        "Ons huis is een {house} uit {built} van ongeveer {m2} m².",
        "Graag hoor ik wat de mogelijkheden zijn en wat het ongeveer gaat kosten.",
        "Kan ik subsidie krijgen op een {product}, en kunt u dat meenemen in de prijs?",
        "Wij zijn een bedrijf met {n} medewerkers en willen ons pand verduurzamen.",
        "Wat is op dit moment de levertijd?",
        "Kunt u een vrijblijvende berekening maken?",
        "We hebben al twee andere aanbiedingen en willen graag vergelijken.",
        "Wat kost een onderhoudscontract per jaar?",
        "Ik zag op uw website dat u ook {product_pl} plaatst. Wat is de prijs per stuk?",
        "Wij zoeken iemand die {n} {product_pl} op het dak van onze schuur kan leggen.",
        "Hoeveel zou ik per jaar besparen met een {product}?",
        "Is het ook mogelijk om het in delen te laten uitvoeren, en wat kost dat?",
        "Graag een prijs inclusief montage en btw.",
    ),
    "klacht": (
        "Ik ben erg ontevreden over de installatie van de {product}.",
        "Sinds uw monteur is geweest, lekt er water onder de {product}.",
        "Uw monteur zou {date_past} komen, maar er is niemand verschenen.",
        "Ik heb al drie keer gebeld en niemand belt terug.",
        "De {product} maakt sinds de installatie een hard zoemend geluid.",
        "Bij het boren is de muur in de woonkamer beschadigd.",
        "Dit is echt niet wat we hadden afgesproken.",
        "Ik verwacht dat u dit zo snel mogelijk oplost, op uw kosten.",
        "Als ik binnen een week niets hoor, stap ik naar de geschillencommissie.",
        "Het werk is slordig afgewerkt en overal ligt nog bouwafval.",
        "De {product} valt steeds uit en we zitten in de kou.",
        "Ik voel me niet serieus genomen door uw medewerker aan de telefoon.",
        "Hierbij dien ik formeel een klacht in.",
        "Wat mij betreft is dit onacceptabel.",
        "Er zit nog steeds een gat in het plafond van de badkamer.",
        "De {product} werkt nog steeds niet goed, na twee bezoeken.",
    ),
    "afspraak": (
        "Zou de monteur {date} rond {time} kunnen komen?",
        "Ik wil graag een afspraak maken voor het jaarlijkse onderhoud van de {product}.",
        "Helaas moet ik de afspraak van {date} verzetten.",
        "Kunnen we het bezoek een week opschuiven?",
        "Ik ben {date} de hele dag thuis, dus dat komt goed uit.",
        "Kunt u de datum en tijd nog even bevestigen?",
        "Schikt {date} om {time} u ook?",
        "Ik ben alleen 's ochtends thuis.",
        "De sleutel ligt bij de buren op nummer {housenr}.",
        "Ik kom graag even langs in de showroom om de {product_pl} te bekijken.",
        "Wanneer heeft u weer ruimte in de planning voor een onderhoudsbeurt?",
        "Ik moet helaas afzeggen wegens ziekte. Kunnen we een nieuwe datum prikken?",
        "Past het om {time} of wordt het later op de dag?",
        "Graag een bevestiging per mail van het tijdstip.",
    ),
    "sollicitatie": (
        "Met veel interesse las ik uw vacature voor {job}.",
        "Hierbij solliciteer ik naar de functie van {job}.",
        "In de bijlage vindt u mijn cv en motivatiebrief.",
        "Ik heb een diploma {diploma} en {n} jaar werkervaring.",
        "Graag licht ik mijn motivatie toe in een gesprek.",
        "Heeft u vanaf {month} plek voor een stagiair {study}?",
        "Ik zoek een bijbaan voor {n} dagen per week.",
        "Is de functie van {job} nog open?",
        "Ik woon in {town}, dus ik ben snel ter plaatse.",
        "Ik zou graag bij uw bedrijf aan de slag gaan, ook als er nu geen vacature is.",
        "Ik ben per direct beschikbaar.",
        "Via een kennis hoorde ik dat jullie nieuwe collega's zoeken.",
        "Ik heb een rijbewijs B en mijn VCA-certificaat.",
    ),
}
# Which categories a mail can borrow a sentence or a keyword from (plausible pairs only; spam never mixes).
MIX_WITH = {"factuur": ("klacht", "afspraak", "offerteaanvraag"), "offerteaanvraag": ("afspraak", "factuur"),
            "klacht": ("factuur", "afspraak"), "afspraak": ("offerteaanvraag", "klacht", "factuur"),
            "sollicitatie": ("afspraak",), "overig": ()}
# Sentences that fit every category.
GENERIC = ("Kunt u mij even terugbellen?", "Zie de bijlage.", "Ik hoor graag van u.",
           "Mijn telefoonnummer is 06-{phone}.", "Alvast bedankt voor de moeite.",
           "Graag zo snel mogelijk een reactie.", "Zie het bericht hieronder.",
           "Ik kon u telefonisch niet bereiken.", "Het gaat om het adres {street} {housenr} in {town}.",
           "Mijn klantnummer is {klant}.", "Kunt u dit doorsturen naar de juiste persoon?")
# Sentences that contain another category's keyword without changing the category of the mail.
MENTIONS = {
    "factuur": ("De factuur heb ik trouwens al betaald.", "Het factuurnummer was {inv}.",
                "Uw factuur komt later, los daarvan dit:"),
    "offerteaanvraag": ("Het gaat om het werk uit de offerte van {date_past}.",
                        "Ik heb de offerte destijds direct getekend."),
    "klacht": ("Eerder had ik al een klacht ingediend, maar dat is opgelost.",),
    "afspraak": ("We hadden een afspraak op {date}.", "Zoals afgesproken met uw collega:"),
}
GREETINGS = ("Beste {to},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi {to},", "Goedemorgen,",
             "Beste mensen,", "", "L.S.,", "Geachte {to_formal},")
CLOSINGS = ("Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt!", "Groetjes,",
            "Met vriendelijke groeten,", "Bvd,", "Vriendelijke groet,")
# "overig" mails: each sender with its own subjects and sentences (spam, phishing, newsletters, notices).
OTHER_SENDERS = (
    ("PrijzenPlaza", "prijzenplaza-actie.example", ("U heeft gewonnen!", "Laatste kans!", "Uw prijs wacht"),
     ("Gefeliciteerd! U heeft een cadeaubon van {prize} gewonnen.", "Vul uw gegevens in om de prijs op te halen.",
      "Deze actie is nog maar 48 uur geldig.")),
    ("MailVeilig", "mailveilig-login.example", ("Actie vereist: verifieer uw account", "Uw mailbox is vol"),
     ("Klik op de link hieronder om uw account te verifiëren.",
      "Uw mailbox is bijna vol. Log binnen 24 uur in om uw berichten te bewaren.",
      "Doet u dit niet, dan wordt uw account geblokkeerd.")),
    ("PakketPunt", "pakketpunt-bezorging.example", ("Pakket niet bezorgd", "Factuur beschikbaar"),
     ("Uw pakket kon niet worden bezorgd. Betaal {fee} verzendkosten via de link.",
      "Uw factuur staat klaar. Download het bestand via deze link.", "Uw zending wordt 7 dagen bewaard.")),
    ("KantoorKorting", "kantoorkorting.example", ("Laatste kans!", "50% korting", "Nieuwsbrief {month}"),
     ("Speciale aanbieding: 50% korting op kantoorartikelen, alleen deze week!",
      "Gratis verzending vanaf 50 euro.", "Bekijk ons hele aanbod in de webwinkel.")),
    ("SnelKrediet", "snelkrediet.example", ("Geld nodig?", "Zakelijke lening binnen 24 uur"),
     ("Wij bieden snelle zakelijke leningen zonder gedoe.", "Binnen 24 uur geld op uw rekening.")),
    ("KlikMeer Marketing", "klikmeer.example", ("Meer klanten?", "Gratis websitescan"),
     ("Meer klanten via Google? Wij zorgen ervoor!", "Vraag vandaag nog een gratis scan van uw website aan.")),
    ("Ondernemersnetwerk Noord", "onnoord.example", ("Uitnodiging netwerkborrel", "Nieuwsbrief {month}", "Enquête"),
     ("Graag nodigen wij u uit voor de netwerkborrel voor ondernemers in {town}.",
      "Hierbij ontvangt u onze nieuwsbrief van {month}.", "Bedankt voor het invullen van onze enquête.",
      "Mogen wij uw bedrijf opnemen in de ondernemersgids van {town}?")),
    ("VV De Wierde", "vvdewierde.example", ("Sponsoring {year}", "Bedankt sponsor!"),
     ("Wilt u uw sponsorbijdrage aan de voetbalclub voor {year} verlengen?",
      "Uw logo blijft dan een jaar langer op het scorebord.")),
    ("Groothandel Veenkoloniaal Sanitair", "vk-sanitair.example", ("Sluitingsdagen", "Wij zijn verhuisd",
                                                                   "Nieuwe voorwaarden"),
     ("Onze vestigingen zijn gesloten op {holiday}.",
      "Wij zijn verhuisd: vanaf nu vindt u ons aan de {street} in {town}.",
      "Let op: vanaf volgende maand wijzigen onze algemene voorwaarden.")),
)

_FILL = {
    "product": ("warmtepomp", "cv-ketel", "boiler", "airco", "thermostaat", "ventilatie-unit",
                "vloerverwarming", "omvormer", "laadpaal", "hybride warmtepomp"),
    "product_pl": ("zonnepanelen", "radiatoren", "laadpalen", "warmtepompen", "airco's", "thermostaten"),
    "house": ("tussenwoning", "hoekwoning", "twee-onder-een-kapwoning", "vrijstaande woning", "boerderij",
              "bedrijfspand", "jaren-30-woning"),
    "job": ("servicemonteur", "eerste monteur", "werkvoorbereider", "administratief medewerker",
            "planner", "leerling-monteur"),
    "diploma": ("mbo 4 Installatietechniek", "mbo 3 Eerste Monteur", "hbo Werktuigbouwkunde",
                "mbo 4 Bedrijfsadministratie"),
    "study": ("mbo Installatietechniek", "hbo Bedrijfskunde", "mbo Bedrijfsadministratie"),
    "month": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december"),
    "holiday": ("Koningsdag", "Hemelvaartsdag", "tweede pinksterdag", "de kerstdagen"),
    "street": ("Dorpsstraat", "Molenweg", "Stationsweg", "Hoofdweg", "Industrieweg", "Kanaalweg"),
    "time": ("9.00 uur", "half tien", "13:30", "10 uur", "kwart over twee", "8.30 uur"),
    "date": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "volgende week dinsdag", "morgen",
             "donderdag de 12e", "maandagochtend"),
    "date_past": ("afgelopen vrijdag", "vorige week", "dinsdag", "begin deze maand", "in maart"),
}

_CBS_D1 = ("CBS StatLine 70072ned 'Regionale kerncijfers Nederland', population on 1 January 2024, "
           "https://www.cbs.nl/nl-nl/cijfers/detail/70072ned?q=park%20en%20plantsoen")
_POPULATION_2024 = {"Groningen": 601510, "Fryslân": 661956, "Drenthe": 504116}
CALIBRATION = [
    {"name": f"share_{province.lower().replace('â', 'a')}", "target": round(pop / 1767582, 4),
     "tolerance": 0.05, "source": _CBS_D1,
     "note": f"Share of senders with a known municipality who live in {province}: proportional to the "
             "province's population (about 690 senders, so a wider tolerance)."}
    for province, pop in _POPULATION_2024.items()
]

RESOURCES = {
    "admin_emails": {
        "title": "Administrative e-mails of a northern SME, labelled by category (synthetic)",
        "description": "Synthetic Dutch e-mails to the fictional installer Klaverkamp Installatietechniek, "
                       "labelled factuur, offerteaanvraag, klacht, afspraak, sollicitatie or overig. "
                       "Synthetische e-mails voor tekstclassificatie; alle namen en domeinen zijn verzonnen.",
        "schema": {
            "fields": [
                {"name": "email_id", "type": "string", "description": "Message number, in order of arrival",
                 "constraints": {"required": True, "unique": True, "pattern": "E[0-9]{4}"}},
                {"name": "received", "type": "datetime", "description": "Date and time of arrival (local time)",
                 "constraints": {"required": True}},
                {"name": "sender_domain", "type": "string",
                 "description": "Domain of the sender's address; all fictional (.example)",
                 "constraints": {"required": True, "pattern": "[a-z0-9.-]+\\.example"}},
                {"name": "sender_municipality", "type": "string",
                 "description": "Municipality of the sender as known in the customer file; empty when unknown",
                 "constraints": {"enum": sorted(PROVINCE_OF)}},
                {"name": "subject", "type": "string", "description": "Subject line (Dutch)",
                 "constraints": {"required": True}},
                {"name": "body", "type": "string", "description": "Message text (Dutch, several lines)",
                 "constraints": {"required": True}},
                {"name": "category", "type": "string", "description": "Label: category of the e-mail",
                 "constraints": {"required": True, "enum": list(CATEGORIES)}},
            ],
            "primaryKey": ["email_id"],
            "missingValues": [""],
        },
    },
}


def _euro(value):
    """Dutch money notation: 1234.5 -> '€ 1.234,50'."""
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _slots(rng, town, company):
    """Random values for every {slot} used in the templates."""
    values = {key: options[rng.integers(len(options))] for key, options in _FILL.items()}
    euros = rng.integers(80, 9000) + rng.integers(0, 100) / 100
    values.update(
        inv=f"2025-{rng.integers(1, 999):04d}", po=f"PO-{rng.integers(10000, 99999)}",
        amount=_euro(euros), fee=_euro(rng.integers(195, 499) / 100), prize=f"€ {rng.choice([250, 500, 1000])}",
        klant=f"K{rng.integers(10000, 99999)}",
        n=int(rng.integers(2, 25)), m2=int(rng.integers(70, 260)), built=int(rng.integers(1925, 2020)),
        year=2026, phone=f"{rng.integers(10_000_000, 99_999_999)}", housenr=int(rng.integers(1, 120)),
        town=town, company=company,
        to=("Jelle", "Marije", "Hilde", "Klaverkamp")[rng.integers(4)],
        to_formal=("heer Klaver", "mevrouw Kampinga")[rng.integers(2)])
    return values


def _typos(rng, text):
    """Swap, drop or double one letter in a share of the longer words."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and word.isalpha() and rng.random() < TYPO_RATE:
            j = int(rng.integers(1, len(word) - 1))
            kind = rng.integers(3)
            if kind == 0:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
            elif kind == 1:
                word = word[:j] + word[j + 1:]
            else:
                word = word[:j] + word[j] + word[j:]
            words[i] = word
    return " ".join(words)


def _pick(rng, options):
    return options[rng.integers(len(options))]


def _email(rng, category, sender_pool):
    """(sender_municipality, sender_domain, subject, body) for one e-mail of `category`."""
    if category == "overig":
        company, domain, subjects, pool = OTHER_SENDERS[rng.integers(len(OTHER_SENDERS))]
        person, municipality = None, None
        town = _pick(rng, ("Assen", "Groningen", "Leeuwarden", "Drachten", "Emmen"))
    else:
        first = _pick(rng, FIRST_F) if rng.random() < 0.5 else _pick(rng, FIRST_M)
        person = f"{first} {_pick(rng, SURNAMES)}"
        if rng.random() < COMPANY_SENDER_SHARE[category]:
            company, domain, municipality = sender_pool["companies"][rng.integers(len(COMPANIES))]
        else:
            company, domain = None, _pick(rng, PRIVATE_DOMAINS)
            municipality = sender_pool["draw"]()
        town = PLACES[municipality][0]
        subjects, pool = SUBJECTS[category], SENTENCES[category]
    values = _slots(rng, town, company or person)

    if rng.random() < NEUTRAL_SUBJECT_SHARE:
        subjects = NEUTRAL_SUBJECTS
    if category != "overig" and rng.random() < GENERIC_ONLY_SHARE:
        sentences = list(rng.choice(GENERIC, size=2, replace=False))
        subjects = NEUTRAL_SUBJECTS
    elif MIX_WITH[category] and rng.random() < MIXED_SHARE:
        other = _pick(rng, MIX_WITH[category])
        sentences = [_pick(rng, pool), _pick(rng, SENTENCES[other])]
        sentences = sentences[::-1] if rng.random() < 0.5 else sentences
        subjects = SUBJECTS[other] if rng.random() < 0.5 else subjects
    else:
        sentences = list(rng.choice(pool, size=int(rng.integers(1, min(3, len(pool)) + 1)), replace=False))
    if category != "overig" and rng.random() < MENTION_SHARE:
        sentences.insert(int(rng.integers(len(sentences) + 1)), _pick(rng, MENTIONS[_pick(rng, MIX_WITH[category])]))
    if category != "overig" and rng.random() < GENERIC_SHARE:
        sentences.append(_pick(rng, GENERIC))
    text = " ".join(s.format(**values) for s in sentences)
    if rng.random() < TYPO_SHARE:
        text = _typos(rng, text)

    greeting = _pick(rng, GREETINGS).format(**values)
    if person is None:
        signature = f"Het team van {company}"
    else:
        signature = "\n".join(x for x in (person, company, town) if x)
    body = "\n\n".join(x for x in (greeting, text, f"{_pick(rng, CLOSINGS)}\n{signature}") if x)
    return municipality, domain, _pick(rng, subjects).format(**values), body


def _received(rng, category):
    """Arrival time in 2025: office hours on weekdays, except spam and newsletters (any time)."""
    day = datetime.date(2025, 1, 6) + datetime.timedelta(days=int(rng.integers(0, 347)))
    if category != "overig":
        while day.weekday() >= 5 and rng.random() < 0.85:
            day -= datetime.timedelta(days=1)
        minutes = int(rng.normal(13 * 60, 170))
    else:
        minutes = int(rng.integers(0, 24 * 60))
    minutes = int(np.clip(minutes, 0, 24 * 60 - 1))
    return datetime.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, int(rng.integers(60)))


def generate():
    """Return {"admin_emails": frame}; the same frame on every call. Rows in order of arrival."""
    rng = np.random.default_rng(SEED)
    names, weights = municipality_weights()

    def draw():
        return names[rng.choice(len(names), p=weights)]

    sender_pool = {"draw": draw, "companies": [(name, domain, draw()) for name, domain in COMPANIES]}
    rows = []
    for category, count in N_PER_CATEGORY.items():
        for _ in range(count):
            municipality, domain, subject, body = _email(rng, category, sender_pool)
            rows.append({"received": _received(rng, category), "sender_domain": domain,
                         "sender_municipality": municipality or "", "subject": subject, "body": body,
                         "category": category})
    frame = pd.DataFrame(rows).sort_values("received", kind="stable").reset_index(drop=True)
    frame["received"] = frame["received"].dt.strftime("%Y-%m-%dT%H:%M:%S")
    frame.insert(0, "email_id", [f"E{i:04d}" for i in range(1, len(frame) + 1)])
    return {"admin_emails": frame}


def measure(frames):
    """The CALIBRATION quantities: province shares among senders with a known municipality."""
    known = frames["admin_emails"]["sender_municipality"]
    known = known[known.fillna("") != ""]
    shares = known.map(PROVINCE_OF).value_counts(normalize=True)
    return {entry["name"]: float(shares[province])
            for entry, province in zip(CALIBRATION, _POPULATION_2024)}
