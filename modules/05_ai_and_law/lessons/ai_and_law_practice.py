"""Practice checks for module 05_ai_and_law: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from ai_and_law_practice import exercises, options
    q = exercises("03_ai_act_risk_tiers", "nl")
    q.tier_uc04.check(tier_uc04)                       # not attempted / not quite (with a reason) / correct
    choice_widget(q.tier_uc04, options("tier_uc04"))   # radio buttons instead of typing

``CHOICE_ITEMS`` holds every multiple-choice and classification item of the lessons: the keyed answer, the
options and a per-option explanation in both languages. Items about a case of the AI use-case catalogue
(``datasets/data/ai_use_cases.csv``) carry ``case=<case_id>``, use the catalogue's tier names as option
keys, and their keyed answer is the catalogue's ``risk_tier`` (a test checks this). Lawful-basis items use
the letters of Article 6(1) GDPR (a-f) as option keys.

Legal facts follow ../../../../shared/reference/FACTS.md (sections A, B and C); the notebooks cite them.
Expected values of data exercises are computed when a check runs; nothing from the data is written here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pandas as pd

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, boolean, number, computed_number

CATALOGUE = Path(__file__).resolve().parents[3] / "datasets" / "data" / "ai_use_cases.csv"
TIERS = ("prohibited", "high", "limited", "minimal")
# The cases of the graded assignment (law_classification): the lessons' case trainer leaves them out.
ASSIGNMENT_CASES = ("UC02", "UC08", "UC18", "UC21", "UC34", "UC36", "UC46", "UC49")

# Scenario numbers of lessons 1 and 4 (a test swaps each exercise's solution in; change both together).
GDPR_TURNOVER = 800_000_000        # lesson 1: a dairy cooperative's worldwide annual turnover, in euros
SME_TURNOVER = 3_000_000           # lesson 4: turnover of a webshop in Assen (an SME)
LARGE_TURNOVER = 1_000_000_000     # lesson 4: turnover of a large company


# -- texts used in many places ------------------------------------------------------------------------

TIER_LABELS: dict[str, Text] = {
    "prohibited": {"nl": "Verboden (artikel 5)", "en": "Prohibited (Article 5)"},
    "high": {"nl": "Hoog risico (bijlage III)", "en": "High risk (Annex III)"},
    "limited": {"nl": "Beperkt risico: transparantieplicht (artikel 50)",
                "en": "Limited risk: transparency duty (Article 50)"},
    "minimal": {"nl": "Minimaal risico: geen extra plichten", "en": "Minimal risk: no extra duties"},
}

BASIS_LABELS: dict[str, Text] = {
    "a": {"nl": "toestemming", "en": "consent"},
    "b": {"nl": "overeenkomst (contract)", "en": "contract"},
    "c": {"nl": "wettelijke plicht", "en": "legal obligation"},
    "d": {"nl": "vitaal belang", "en": "vital interests"},
    "e": {"nl": "taak van algemeen belang", "en": "public task"},
    "f": {"nl": "gerechtvaardigd belang", "en": "legitimate interests"},
}

# Why a tier does not fit, by (chosen tier, right tier); the catalogue's own reason follows it.
_WRONG_TIER: dict[tuple[str, str], Text] = {
    ("prohibited", "high"): {"nl": "Dit is niet verboden. Het staat niet in de lijst van artikel 5. Wel gelden strenge "
                                   "eisen.",
                             "en": "This is not prohibited: it is not on the list in Article 5. Strict requirements do "
                                   "apply."},
    ("prohibited", "limited"): {"nl": "Dit is niet verboden. Het staat niet in de lijst van artikel 5.",
                                "en": "This is not prohibited: it is not on the list in Article 5."},
    ("prohibited", "minimal"): {"nl": "Dit is niet verboden. Het staat niet in de lijst van artikel 5.",
                                "en": "This is not prohibited: it is not on the list in Article 5."},
    ("high", "prohibited"): {"nl": "Het is nog ernstiger: deze praktijk staat in artikel 5 en is dus verboden.",
                             "en": "It is worse than that: this practice is in Article 5, so it is prohibited."},
    ("high", "limited"): {"nl": "Hoog risico geldt voor de gebieden van bijlage III, zoals onderwijs, werk en "
                                "uitkeringen. Dit hoort daar niet bij.",
                          "en": "High risk covers the areas of Annex III, such as education, work and benefits. This "
                                "is not one of them."},
    ("high", "minimal"): {"nl": "Hoog risico geldt voor de gebieden van bijlage III, zoals onderwijs, werk en "
                                "uitkeringen. Dit hoort daar niet bij.",
                          "en": "High risk covers the areas of Annex III, such as education, work and benefits. This "
                                "is not one of them."},
    ("limited", "prohibited"): {"nl": "Alleen zeggen dat het AI is, is niet genoeg. Deze praktijk is verboden.",
                                "en": "Just saying that it is AI is not enough. This practice is prohibited."},
    ("limited", "high"): {"nl": "Alleen een transparantieplicht is te weinig. Dit valt onder een gebied met hoog "
                                "risico.",
                          "en": "A transparency duty alone is too little. This falls under a high-risk area."},
    ("limited", "minimal"): {"nl": "Artikel 50 gaat over chatbots, deepfakes en gemaakte teksten of beelden. Dat is hier "
                                   "niet aan de orde.",
                             "en": "Article 50 is about chatbots, deepfakes and generated text or images. That is not "
                                   "the case here."},
    ("minimal", "prohibited"): {"nl": "Dit is niet zomaar toegestaan. Deze praktijk staat in artikel 5: verboden.",
                                "en": "This is not simply allowed. This practice is in Article 5: prohibited."},
    ("minimal", "high"): {"nl": "Er gelden wel extra plichten. Dit valt onder een gebied met hoog risico uit bijlage III.",
                          "en": "Extra duties do apply. This falls under a high-risk area of Annex III."},
    ("minimal", "limited"): {"nl": "Er geldt wel een plicht: mensen moeten weten dat ze met AI te maken hebben.",
                             "en": "A duty does apply: people must know that they are dealing with AI."},
}


def _join(*texts: Text) -> Text:
    return {lang: " ".join(text[lang] for text in texts if text.get(lang)) for lang in ("nl", "en")}


# -- the catalogue --------------------------------------------------------------------------------------


def _catalogue() -> pd.DataFrame:
    if not CATALOGUE.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {CATALOGUE}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {CATALOGUE}. Ask your teacher for help.",
        })
    return pd.read_csv(CATALOGUE, keep_default_na=False)


def _case_reason(case_id: str) -> Text:
    row = _catalogue().set_index("case_id").loc[case_id]
    return {"nl": str(row["reason_nl"]), "en": str(row["reason_en"])}


def tier_item(case_id: str, answer: str, explanations: dict[str, Text] | None = None) -> ChoiceItem:
    """A risk-tier item about one catalogue case: the tier names are the option keys.

    ``answer`` is written here by hand (a test compares it with the catalogue's ``risk_tier``). Options
    without an own explanation get the general reason why that tier does not fit, plus the catalogue's
    reason for the case.
    """
    reason = _case_reason(case_id)
    given = dict(explanations or {})
    texts = {}
    for tier in TIERS:
        if tier in given:
            texts[tier] = given[tier]
        elif tier == answer:
            texts[tier] = reason
        else:
            texts[tier] = _join(_WRONG_TIER[(tier, answer)], reason)
    return ChoiceItem(options=dict(TIER_LABELS), answer=answer, explanations=texts, case=case_id)


def basis_item(answer: str, explanations: dict[str, Text]) -> ChoiceItem:
    """A lawful-basis item: the options are the six bases of Article 6(1) GDPR, keyed by their letters."""
    return ChoiceItem(options=dict(BASIS_LABELS), answer=answer, explanations=explanations)


# -- the processing register of lesson 2 (a made-up care organisation in Drenthe) ---------------------

_REGISTER = [
    # id, activity nl/en, data nl/en, special, art9 exception nl/en, basis, retention (months),
    # profiling with significant effects, special categories on a large scale, public monitoring, dpia done
    ("R01", "Salarisadministratie", "Payroll", "naam, BSN, rekeningnummer, salaris",
     "name, citizen service number, bank account, salary", False, None, None, "c", 84, False, False, False, False),
    ("R02", "Zorgdossier van cliënten", "Clients' care records", "naam, adres, diagnose, medicijnen",
     "name, address, diagnosis, medication", True, "ja: verlenen van zorg", "yes: providing care", "b", 180,
     False, True, False, True),
    ("R03", "Nieuwsbrief voor familie", "Newsletter for relatives", "naam, e-mailadres", "name, e-mail address",
     False, None, None, "a", 24, False, False, False, False),
    ("R04", "Camera bij de voordeur", "Camera at the front door", "camerabeelden", "camera images", False, None, None,
     "f", 1, False, False, False, False),
    ("R05", "AI die valrisico voorspelt", "AI that predicts the risk of falls", "leeftijd, diagnose, medicijnen, "
     "eerdere vallen", "age, diagnosis, medication, earlier falls", True, "ja: verlenen van zorg", "yes: providing care",
     "b", 60, True, True, False, False),
    ("R06", "Sollicitaties", "Job applications", "naam, cv, motivatiebrief", "name, CV, cover letter", False, None,
     None, "b", None, False, False, False, False),
    ("R07", "Ziekteverzuim van personeel", "Staff sickness absence", "naam, ziektedagen, reden van ziekte",
     "name, days off sick, reason for sickness", True, None, None, "c", 24, False, False, False, False),
    ("R08", "Wifi voor gasten", "Guest wifi", "apparaatnummer, tijdstip", "device number, time", False, None, None,
     None, 3, False, False, False, False),
    ("R09", "Roosterapp", "Rota app", "naam, beschikbaarheid", "name, availability", False, None, None, "b", 12,
     False, False, False, False),
    ("R10", "Kentekencamera op het parkeerterrein", "Number-plate camera in the car park", "kenteken, tijdstip",
     "number plate, time", False, None, None, "f", 6, False, False, True, False),
]


def processing_register(lang: str) -> pd.DataFrame:
    """The processing register of lesson 2, with its texts in ``lang`` (``"nl"`` or ``"en"``)."""
    if lang not in ("nl", "en"):
        raise ValueError(f"language must be 'nl' or 'en', not {lang!r}")
    rows = []
    for (rid, act_nl, act_en, data_nl, data_en, special, exc_nl, exc_en, basis, months,
         profiling, special_large, monitoring, dpia) in _REGISTER:
        rows.append({
            "activity_id": rid,
            "activity": act_nl if lang == "nl" else act_en,
            "personal_data": data_nl if lang == "nl" else data_en,
            "special_category": special,
            "art9_exception": exc_nl if lang == "nl" else exc_en,
            "lawful_basis": basis,
            "retention_months": months,
            "profiling_with_effects": profiling,
            "special_large_scale": special_large,
            "public_monitoring": monitoring,
            "dpia_done": dpia,
        })
    frame = pd.DataFrame(rows)
    frame["retention_months"] = frame["retention_months"].astype("Float64")
    return frame


def _register_ids(mask: pd.Series, register: pd.DataFrame) -> list[str]:
    return sorted(register.loc[mask, "activity_id"].tolist())


def _missing_basis_count() -> int:
    register = processing_register("en")
    return int(register["lawful_basis"].isna().sum())


def _special_without_exception() -> list[str]:
    register = processing_register("en")
    return _register_ids(register["special_category"] & register["art9_exception"].isna(), register)


def _dpia_required(register: pd.DataFrame) -> pd.Series:
    return register["profiling_with_effects"] | register["special_large_scale"] | register["public_monitoring"]


def _dpia_missing() -> list[str]:
    register = processing_register("en")
    return _register_ids(_dpia_required(register) & ~register["dpia_done"], register)


def _id_list(expected: Callable[[], list[str]], mixups: Callable[[], list[tuple[list[str], Text]]]) -> Callable:
    """Accept a list, tuple, set, Series or Index of activity ids (as text) that equals ``expected()``."""

    def check(value: Any) -> None:
        if isinstance(value, str):
            raise Incorrect({"nl": "Geef een lijst met nummers, zoals [\"R01\", \"R02\"], niet één tekst.",
                             "en": "Give a list of ids, such as [\"R01\", \"R02\"], not a single text."})
        if isinstance(value, pd.DataFrame):
            raise Incorrect({"nl": "Dit is een tabel. Ik zoek alleen de nummers: neem de kolom activity_id en maak "
                                   "er een lijst van met .tolist().",
                             "en": "This is a table. I only want the ids: take the column activity_id and turn it "
                                   "into a list with .tolist()."})
        if not isinstance(value, (list, tuple, set, frozenset, pd.Series, pd.Index)):
            raise Incorrect({"nl": f"Ik verwacht een lijst met nummers, maar kreeg een {type(value).__name__}.",
                             "en": f"I expected a list of ids, but got a {type(value).__name__}."})
        items = list(value)
        if not all(isinstance(item, str) for item in items):
            raise Incorrect({"nl": "Zet in de lijst de nummers uit de kolom activity_id, zoals \"R01\".",
                             "en": "Put the ids from the column activity_id in the list, such as \"R01\"."})
        got = sorted(str(item).strip().upper() for item in items)
        want = sorted(expected())
        if got == want:
            return
        for other, text in mixups():
            if got == sorted(other):
                raise Incorrect(text)
        if set(got) < set(want):
            raise Incorrect({"nl": "Je mist er nog een of meer. Kijk nog eens naar alle rijen.",
                             "en": "You are still missing one or more. Look at all the rows again."})
        if set(got) > set(want):
            raise Incorrect({"nl": "Je lijst bevat te veel rijen. Bij een paar rijen is niets mis.",
                             "en": "Your list holds too many rows. Some of those rows are fine."})
        raise Incorrect({"nl": "Dat zijn niet de goede rijen. Lees de regel in de opdracht nog eens.",
                         "en": "Those are not the right rows. Read the rule in the exercise again."})

    return check


def _dpia_missing_mixups() -> list[tuple[list[str], Text]]:
    register = processing_register("en")
    return [
        (_register_ids(_dpia_required(register), register),
         {"nl": "Dit zijn alle rijen waarvoor een DPIA verplicht is. Bij één daarvan is de DPIA al gedaan "
                "(dpia_done is True). Die is in orde.",
          "en": "These are all rows that need a DPIA. For one of them the DPIA has already been done "
                "(dpia_done is True). That one is fine."}),
        (_register_ids(~register["dpia_done"], register),
         {"nl": "Dit zijn alle rijen zonder DPIA. Maar niet elke verwerking heeft een DPIA nodig. Kijk ook naar de "
                "drie kolommen met redenen.",
          "en": "These are all rows without a DPIA. But not every processing needs one. Also look at the three "
                "columns with reasons."}),
    ]


def _special_mixups() -> list[tuple[list[str], Text]]:
    register = processing_register("en")
    return [
        (_register_ids(register["special_category"], register),
         {"nl": "Dit zijn alle rijen met bijzondere gegevens. Bij een paar daarvan staat al een uitzondering. Die "
                "zijn in orde.",
          "en": "These are all rows with special-category data. Some of them already name an exception. Those are "
                "fine."}),
    ]


# -- the multiple-choice and classification items of the lessons --------------------------------------

CHOICE_ITEMS: dict[str, ChoiceItem] = {
    # lesson 1: the AVG/GDPR
    "personal_data": ChoiceItem(
        options={
            "a": {"nl": "Het aantal melkkoeien in Fryslân.", "en": "The number of dairy cows in Fryslân."},
            "b": {"nl": "Het e-mailadres van een klant van een webshop in Assen.",
                  "en": "The e-mail address of a customer of a webshop in Assen."},
            "c": {"nl": "De gemiddelde temperatuur in Eelde in juli.", "en": "The average temperature in Eelde in July."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Dit is een totaal voor een hele provincie. Het zegt niets over één persoon.",
                  "en": "This is a total for a whole province. It says nothing about one person."},
            "b": {"nl": "Een e-mailadres hoort bij één persoon. Het is dus een persoonsgegeven.",
                  "en": "An e-mail address belongs to one person, so it is personal data."},
            "c": {"nl": "Een weercijfer zegt iets over het weer, niet over een persoon.",
                  "en": "A weather figure tells you about the weather, not about a person."},
        },
    ),
    "basis_delivery": basis_item("b", {
        "a": {"nl": "Toestemming is hier niet nodig. Zonder adres kan de webshop het pakket niet bezorgen. Dat hoort "
                    "bij de koop.",
              "en": "Consent is not needed here. Without an address the webshop cannot deliver the parcel. That is "
                    "part of the purchase."},
        "b": {"nl": "Goed. De klant sluit een koop af. Het adres is nodig om die overeenkomst uit te voeren "
                    "(artikel 6 lid 1 onder b).",
              "en": "Right. The customer makes a purchase. The address is needed to perform that contract "
                    "(Article 6(1)(b))."},
        "c": {"nl": "Geen wet verplicht de webshop om een pakket te bezorgen. Dat volgt uit de koop.",
              "en": "No law obliges the webshop to deliver a parcel. That follows from the purchase."},
        "d": {"nl": "Vitaal belang gaat over leven of dood. Daar gaat een pakket niet over.",
              "en": "Vital interests are about life and death. A parcel is not."},
        "e": {"nl": "Een webshop voert geen taak van de overheid uit.", "en": "A webshop does not carry out a public task."},
        "f": {"nl": "Bijna goed, maar er is een betere grondslag: de koop zelf. Kies die als hij past.",
              "en": "Close, but there is a better basis: the purchase itself. Choose that one when it fits."},
    }),
    "basis_payroll": basis_item("c", {
        "a": {"nl": "De werknemer kan niet weigeren. De wet verplicht de werkgever. Toestemming past dus niet.",
              "en": "The employee cannot refuse: the law obliges the employer. So consent does not fit."},
        "b": {"nl": "Voor het loon zelf is de arbeidsovereenkomst de grondslag. Maar de gegevens naar de "
                    "Belastingdienst sturen moet van de wet.",
              "en": "For the wage itself the employment contract is the basis. But sending the data to the tax "
                    "office is required by law."},
        "c": {"nl": "Goed. De werkgever moet dit doen van de wet: een wettelijke plicht (artikel 6 lid 1 onder c).",
              "en": "Right. The law obliges the employer to do this: a legal obligation (Article 6(1)(c))."},
        "d": {"nl": "Vitaal belang gaat over leven of dood. Daar gaat loonaangifte niet over.",
              "en": "Vital interests are about life and death. A payroll return is not."},
        "e": {"nl": "De werkgever is geen overheid. Hij voert geen publieke taak uit, hij volgt een plicht.",
              "en": "The employer is not a public authority. It does not carry out a public task; it follows a duty."},
        "f": {"nl": "Er is een duidelijkere grondslag: de wet verplicht het. Dan kies je die.",
              "en": "There is a clearer basis: the law requires it. Then you choose that one."},
    }),
    "basis_camera": basis_item("f", {
        "a": {"nl": "Je kunt niet aan elke klant vooraf toestemming vragen voor een camera. Toestemming past hier "
                    "slecht.",
              "en": "You cannot ask every customer for consent to a camera in advance. Consent fits badly here."},
        "b": {"nl": "Wie binnenloopt, heeft nog niets gekocht. Er is dus nog geen overeenkomst.",
              "en": "Someone who walks in has not bought anything yet, so there is no contract."},
        "c": {"nl": "Geen wet verplicht een bakkerij om camera's op te hangen.",
              "en": "No law obliges a bakery to put up cameras."},
        "d": {"nl": "Vitaal belang gaat over leven of dood. Een camera tegen diefstal gaat over bezit.",
              "en": "Vital interests are about life and death. A camera against theft is about property."},
        "e": {"nl": "Een bakkerij voert geen taak van de overheid uit.",
              "en": "A bakery does not carry out a public task."},
        "f": {"nl": "Goed. De bakker heeft een eigen belang: diefstal voorkomen. Hij moet dat wel afwegen tegen de "
                    "privacy van klanten (artikel 6 lid 1 onder f).",
              "en": "Right. The baker has an interest of their own: preventing theft. They must weigh it against "
                    "the customers' privacy (Article 6(1)(f))."},
    }),
    "special_category": ChoiceItem(
        options={
            "a": {"nl": "Het huisadres van een klant.", "en": "A customer's home address."},
            "b": {"nl": "Een notitie dat een medewerker suikerziekte heeft.",
                  "en": "A note that an employee has diabetes."},
            "c": {"nl": "Het rekeningnummer van een leverancier.", "en": "A supplier's bank account number."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Een adres is een persoonsgegeven, maar geen bijzonder persoonsgegeven.",
                  "en": "An address is personal data, but not a special category."},
            "b": {"nl": "Goed. Dit gaat over gezondheid. Gezondheid is een bijzonder persoonsgegeven (artikel 9).",
                  "en": "Right. This is about health, and health data are a special category (Article 9)."},
            "c": {"nl": "Een rekeningnummer is gevoelig, maar staat niet in de lijst van artikel 9.",
                  "en": "A bank account number is sensitive, but it is not on the list in Article 9."},
        },
    ),
    "principle_purpose": ChoiceItem(
        options={
            "a": {"nl": "Opslagbeperking: gegevens niet te lang bewaren.",
                  "en": "Storage limitation: do not keep data too long."},
            "b": {"nl": "Doelbinding: gegevens alleen gebruiken voor het doel waarvoor je ze kreeg.",
                  "en": "Purpose limitation: use data only for the purpose you collected them for."},
            "c": {"nl": "Juistheid: gegevens moeten kloppen.", "en": "Accuracy: data must be correct."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Het gaat hier niet om hoe lang de gegevens bewaard worden, maar om waarvoor ze gebruikt worden.",
                  "en": "The issue here is not how long the data are kept, but what they are used for."},
            "b": {"nl": "Goed. De adressen waren voor bezorging. Verkopen aan een ander bedrijf is een heel ander doel.",
                  "en": "Right. The addresses were for delivery. Selling them to another firm is a very different "
                        "purpose."},
            "c": {"nl": "De adressen kloppen waarschijnlijk wel. Het probleem is het nieuwe doel.",
                  "en": "The addresses are probably correct. The problem is the new purpose."},
        },
    ),
    # lesson 2: register, automated decisions, DPIA
    "art22_rejection": ChoiceItem(
        options={
            "a": {"nl": "Dat mag gewoon. De computer is sneller en maakt minder fouten.",
                  "en": "That is fine. The computer is faster and makes fewer mistakes."},
            "b": {"nl": "Artikel 22 AVG speelt: een besluit met rechtsgevolgen, alleen door een computer. Dat mag "
                        "alleen met een uitzondering en met waarborgen, zoals een mens die ernaar kijkt.",
                  "en": "Article 22 GDPR applies: a decision with legal effects made by a computer alone. That is "
                        "only allowed under an exception and with safeguards, such as a person who reviews it."},
            "c": {"nl": "Het is alleen een probleem als het systeem bijzondere persoonsgegevens gebruikt.",
                  "en": "It is only a problem if the system uses special-category data."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Snelheid is geen grondslag. Een afwijzing van een aanvraag heeft rechtsgevolgen. Daarom "
                        "geldt artikel 22.",
                  "en": "Speed is not a legal ground. Rejecting an application has legal effects, so Article 22 "
                        "applies."},
            "b": {"nl": "Goed. De aanvrager heeft recht op menselijke tussenkomst, mag zijn standpunt geven en het "
                        "besluit aanvechten.",
                  "en": "Right. The applicant has the right to human intervention, to give their point of view and "
                        "to contest the decision."},
            "c": {"nl": "Artikel 22 geldt voor elk besluit dat alleen door een computer genomen wordt en grote "
                        "gevolgen heeft. Ook zonder bijzondere gegevens.",
                  "en": "Article 22 covers any decision made by a computer alone with serious effects, also without "
                        "special-category data."},
        },
    ),
    "rubber_stamp": ChoiceItem(
        options={
            "a": {"nl": "Ja. Er klikt een mens, dus het besluit is niet meer alleen automatisch.",
                  "en": "Yes. A person clicks, so the decision is no longer automated only."},
            "b": {"nl": "Nee. Een mens die alles zonder te kijken goedkeurt, telt niet als echte menselijke "
                        "betrokkenheid.",
                  "en": "No. A person who approves everything without looking does not count as real human "
                        "involvement."},
            "c": {"nl": "Ja, als de medewerker maar een diploma heeft.",
                  "en": "Yes, as long as the employee has a diploma."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Alleen klikken is een stempel. De Europese privacytoezichthouders (WP29) zeggen: dat telt niet.",
                  "en": "Just clicking is a rubber stamp. The European privacy regulators (WP29) say that does not "
                        "count."},
            "b": {"nl": "Goed. De mens moet het besluit echt kunnen beoordelen en kunnen veranderen.",
                  "en": "Right. The person must really be able to judge the decision and to change it."},
            "c": {"nl": "Een diploma helpt niet als de medewerker niet echt naar het besluit kijkt.",
                  "en": "A diploma does not help if the employee does not really look at the decision."},
        },
    ),
    # lesson 3: AI Act risk tiers (case items: keys are the catalogue's tiers)
    "tier_uc04": tier_item("UC04", "prohibited", {
        "high": {"nl": "Het is erger: een score voor 'goed gedrag' die je achteraan zet bij een huurhuis, is sociale "
                       "scoring. Dat is verboden (artikel 5 lid 1 onder c).",
                 "en": "It is worse: a 'good behaviour' score that puts you at the back of the housing queue is "
                       "social scoring, which is prohibited (Article 5(1)(c))."},
    }),
    "tier_uc17": tier_item("UC17", "high", {
        "minimal": {"nl": "Let op: een cijfer dat meetelt voor het diploma is een beoordeling van leerresultaten. Dat "
                          "is hoog risico (bijlage III punt 3b).",
                    "en": "Careful: a mark that counts towards the diploma is an evaluation of learning outcomes. That "
                          "is high risk (Annex III point 3(b))."},
    }),
    "tier_uc32": tier_item("UC32", "limited"),
    "tier_uc41": tier_item("UC41", "minimal"),
    "tier_uc12": tier_item("UC12", "high", {
        "prohibited": {"nl": "Emotieherkenning is alleen verboden op het werk en in het onderwijs (artikel 5 lid 1 "
                             "onder f). Dit is een winkelcentrum. Dan is het hoog risico (bijlage III punt 1c).",
                       "en": "Emotion recognition is only prohibited at work and in education (Article 5(1)(f)). This "
                             "is a shopping centre, so it is high risk (Annex III point 1(c))."},
    }),
    # lesson 4: the AI Act in practice
    "literacy_date": ChoiceItem(
        options={
            "a": {"nl": "2 februari 2025", "en": "2 February 2025"},
            "b": {"nl": "2 augustus 2026", "en": "2 August 2026"},
            "c": {"nl": "2 december 2027", "en": "2 December 2027"},
        },
        answer="a",
        explanations={
            "a": {"nl": "Goed. Hoofdstuk I (met artikel 4) en hoofdstuk II (de verboden) gelden sinds 2 februari 2025.",
                  "en": "Right. Chapter I (with Article 4) and Chapter II (the prohibitions) apply since 2 February "
                        "2025."},
            "b": {"nl": "Op 2 augustus 2026 gaat de wet in het algemeen gelden, bijvoorbeeld artikel 50. Artikel 4 "
                        "gold al eerder.",
                  "en": "On 2 August 2026 the Act applies in general, for example Article 50. Article 4 applied "
                        "earlier."},
            "c": {"nl": "2 december 2027 is de nieuwe datum voor hoog risico uit bijlage III. Artikel 4 gold veel "
                        "eerder.",
                  "en": "2 December 2027 is the new date for Annex III high risk. Article 4 applied much earlier."},
        },
    ),
    "annex3_date": ChoiceItem(
        options={
            "a": {"nl": "2 augustus 2026", "en": "2 August 2026"},
            "b": {"nl": "2 december 2027", "en": "2 December 2027"},
            "c": {"nl": "2 augustus 2028", "en": "2 August 2028"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Dat was de oude datum uit 2024. De wijziging van 2026 schoof hem op.",
                  "en": "That was the old date from 2024. The 2026 amendment moved it."},
            "b": {"nl": "Goed. Na de wijziging (Verordening 2026/1744) gelden de regels voor bijlage III vanaf "
                        "2 december 2027.",
                  "en": "Right. After the amendment (Regulation 2026/1744) the Annex III rules apply from "
                        "2 December 2027."},
            "c": {"nl": "2 augustus 2028 geldt voor hoog risico in producten (bijlage I), niet voor bijlage III.",
                  "en": "2 August 2028 is for high risk in products (Annex I), not for Annex III."},
        },
    ),
    "literacy_measure": ChoiceItem(
        options={
            "a": {"nl": "Niets. Artikel 4 geldt alleen voor grote bedrijven.",
                  "en": "Nothing. Article 4 only applies to large companies."},
            "b": {"nl": "Maatregelen nemen die passen bij het personeel en het gebruik, zoals een korte training over "
                        "de risico's, en dat intern vastleggen.",
                  "en": "Take measures that fit the staff and the use, such as a short training on the risks, and "
                        "record this internally."},
            "c": {"nl": "Voor elke medewerker een officieel certificaat kopen.",
                  "en": "Buy an official certificate for every employee."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Artikel 4 geldt voor alle aanbieders en gebruikers van AI, ook kleine bedrijven. Wel krijgen "
                        "mkb-bedrijven steun na de wijziging van 2026.",
                  "en": "Article 4 applies to all providers and deployers of AI, small firms too. After the 2026 "
                        "amendment SMEs do get support."},
            "b": {"nl": "Goed. De plicht is: maatregelen nemen die de AI-geletterdheid helpen ontwikkelen. Een interne "
                        "registratie is genoeg.",
                  "en": "Right. The duty is to take measures that support AI literacy. An internal record is enough."},
            "c": {"nl": "Volgens de vragen en antwoorden van de Europese Commissie is geen certificaat nodig.",
                  "en": "According to the European Commission's questions and answers, no certificate is required."},
        },
    ),
    "supervisor": ChoiceItem(
        options={
            "a": {"nl": "De Autoriteit Persoonsgegevens (AP)", "en": "The Dutch Data Protection Authority (AP)"},
            "b": {"nl": "Het CBS", "en": "Statistics Netherlands (CBS)"},
            "c": {"nl": "De gemeente waar het bedrijf zit", "en": "The municipality where the firm is based"},
        },
        answer="a",
        explanations={
            "a": {"nl": "Goed. De AP houdt toezicht op de AVG en coördineert sinds 2023 ook het toezicht op "
                        "algoritmes (de directie DCA).",
                  "en": "Right. The AP supervises the GDPR and since 2023 also coordinates the supervision of "
                        "algorithms (its DCA unit)."},
            "b": {"nl": "Het CBS maakt statistieken. Het houdt geen toezicht op privacy of algoritmes.",
                  "en": "CBS produces statistics. It does not supervise privacy or algorithms."},
            "c": {"nl": "Een gemeente is zelf vaak verwerker van gegevens. Ze is geen toezichthouder op de AVG.",
                  "en": "A municipality often processes data itself. It is not a GDPR supervisor."},
        },
    ),
}

# The case trainer of lesson 3: one item per catalogue case, except the cases of the graded assignment.
# The keys are written by hand on purpose, so that a test can compare them with the catalogue.
_TRAINER_KEYS = {
    "UC01": "prohibited", "UC03": "prohibited", "UC04": "prohibited", "UC05": "prohibited", "UC06": "prohibited",
    "UC07": "prohibited", "UC09": "prohibited", "UC10": "prohibited",
    "UC11": "high", "UC12": "high", "UC13": "high", "UC14": "high", "UC15": "high", "UC16": "high", "UC17": "high",
    "UC19": "high", "UC20": "high", "UC22": "high", "UC23": "high", "UC24": "high", "UC25": "high", "UC26": "high",
    "UC27": "high", "UC28": "high", "UC29": "high", "UC30": "high", "UC31": "high",
    "UC32": "limited", "UC33": "limited", "UC35": "limited", "UC37": "limited", "UC38": "limited",
    "UC39": "minimal", "UC40": "minimal", "UC41": "minimal", "UC42": "minimal", "UC43": "minimal", "UC44": "minimal",
    "UC45": "minimal", "UC47": "minimal", "UC48": "minimal", "UC50": "minimal",
}
for _case_id, _tier in _TRAINER_KEYS.items():
    CHOICE_ITEMS[f"trainer_{_case_id}"] = tier_item(_case_id, _tier)


def options(item_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice item, for ``choice_widget``."""
    return dict(CHOICE_ITEMS[item_id].options)


def _choice(item_id: str, level: str, hints: list[Text]) -> Exercise:
    """An exercise whose checker is the item's own: the keyed answer is correct, every other option explained."""
    return CHOICE_ITEMS[item_id].exercise(item_id, level, hints)


# -- number checks -------------------------------------------------------------------------------------


def _number_with_mixups(expected: Callable[[], float], mixups: Callable[[], list[tuple[float, Text]]],
                        tolerance: float = 0.5) -> Callable[[Any], None]:
    """The shared ``computed_number`` checker with this module's tolerance of half a unit."""
    return computed_number(expected, tolerance=tolerance, mixups=mixups)


def _ai_act_max_fine(turnover: float, violation: str, sme: bool) -> float:
    """Article 99 AI Act: the fixed amount or the share of turnover; the higher one, for SMEs the lower one."""
    fixed, share = {"prohibited": (35_000_000, 0.07), "obligation": (15_000_000, 0.03),
                    "information": (7_500_000, 0.01)}[violation]
    amounts = (fixed, share * turnover)
    return float(min(amounts) if sme else max(amounts))


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _gdpr_basics() -> list[Exercise]:
    def fine() -> float:
        return max(20_000_000, 0.04 * GDPR_TURNOVER)

    def fine_mixups() -> list[tuple[float, Text]]:
        return [
            (max(10_000_000, 0.02 * GDPR_TURNOVER),
             {"nl": "Dat is het lagere plafond (artikel 83 lid 4). De basisbeginselen vallen onder lid 5: 20 miljoen "
                    "of 4%.",
              "en": "That is the lower ceiling (Article 83(4)). The basic principles fall under paragraph 5: "
                    "20 million or 4%."}),
            (20_000_000,
             {"nl": "Dat is het vaste bedrag. Maar 4% van de omzet is hier hoger. Het hoogste bedrag telt.",
              "en": "That is the fixed amount. But 4% of turnover is higher here, and the higher amount counts."}),
            (0.04, {"nl": "Dat is het percentage. Reken het bedrag in euro's uit: 0.04 * turnover.",
                    "en": "That is the percentage. Work out the amount in euros: 0.04 * turnover."}),
        ]

    return [
        _choice("personal_data", "basis", [
            {"nl": "Een persoonsgegeven zegt iets over één persoon die je kunt herkennen.",
             "en": "Personal data say something about one person who can be identified."},
            {"nl": "Totalen voor een hele provincie en weercijfers gaan niet over één persoon.",
             "en": "Totals for a whole province and weather figures are not about one person."},
            {"nl": "Het e-mailadres hoort bij één klant. Dus: \"b\".",
             "en": "The e-mail address belongs to one customer. So: \"b\"."},
        ]),
        _choice("basis_delivery", "basis", [
            {"nl": "Waarom heeft de webshop het adres nodig? Wat heeft de klant net gedaan?",
             "en": "Why does the webshop need the address? What has the customer just done?"},
            {"nl": "De klant heeft iets gekocht. Dat is een afspraak tussen klant en webshop.",
             "en": "The customer bought something. That is an agreement between customer and webshop."},
            {"nl": "Een koop is een overeenkomst: \"b\".", "en": "A purchase is a contract: \"b\"."},
        ]),
        _choice("basis_payroll", "basis", [
            {"nl": "Kan de werkgever kiezen of hij dit doet?", "en": "Can the employer choose whether to do this?"},
            {"nl": "Nee: de wet zegt dat het moet.", "en": "No: the law says it must."},
            {"nl": "Een plicht uit de wet is grondslag \"c\".", "en": "A duty set by law is basis \"c\"."},
        ]),
        _choice("basis_camera", "basis", [
            {"nl": "Heeft de bakker een eigen reden om de camera op te hangen?",
             "en": "Does the baker have a reason of their own to put up the camera?"},
            {"nl": "Er is geen wet, geen koop en geen toestemming. Wel een belang van de bakker.",
             "en": "There is no law, no purchase and no consent. There is an interest of the baker."},
            {"nl": "Een eigen belang, afgewogen tegen de privacy van klanten: \"f\".",
             "en": "An interest of one's own, weighed against the customers' privacy: \"f\"."},
        ]),
        _choice("special_category", "basis", [
            {"nl": "Bijzondere persoonsgegevens zijn extra gevoelig. Denk aan gezondheid, geloof of afkomst.",
             "en": "Special categories are extra sensitive. Think of health, religion or ethnic origin."},
            {"nl": "Welke van de drie gaat over gezondheid?", "en": "Which of the three is about health?"},
            {"nl": "Suikerziekte is een ziekte, dus gezondheid: \"b\".", "en": "Diabetes is an illness, so health: \"b\"."},
        ]),
        _choice("principle_purpose", "verdieping", [
            {"nl": "Waarvoor kreeg de webshop de adressen? En waarvoor gebruikt hij ze nu?",
             "en": "What did the webshop get the addresses for? And what does it use them for now?"},
            {"nl": "Het nieuwe doel heeft niets met bezorgen te maken.",
             "en": "The new purpose has nothing to do with delivery."},
            {"nl": "Gegevens alleen gebruiken voor het oorspronkelijke doel heet doelbinding: \"b\".",
             "en": "Using data only for the original purpose is called purpose limitation: \"b\"."},
        ]),
        Exercise(
            id="gdpr_max_fine", level="verdieping",
            checker=_number_with_mixups(fine, fine_mixups),
            hints=[
                {"nl": "Voor de basisbeginselen is het plafond 20 miljoen euro of 4% van de omzet. Het hoogste telt.",
                 "en": "For the basic principles the ceiling is 20 million euros or 4% of turnover. The higher counts."},
                {"nl": "4% van de omzet is 0.04 * turnover. Vergelijk dat met 20_000_000 met max().",
                 "en": "4% of turnover is 0.04 * turnover. Compare it with 20_000_000 using max()."},
                {"nl": "Schrijf: gdpr_max_fine = max(20_000_000, 0.04 * turnover)",
                 "en": "Write: gdpr_max_fine = max(20_000_000, 0.04 * turnover)"},
            ],
            solution_code="gdpr_max_fine = max(20_000_000, 0.04 * turnover)",
            correct_text={"nl": "Dit is een maximum. De toezichthouder kiest zelf een boete die past bij de overtreding.",
                          "en": "This is a maximum. The supervisor chooses a fine that fits the infringement."},
        ),
    ]


def _register_and_dpia() -> list[Exercise]:
    def missing_mixups() -> list[tuple[float, Text]]:
        register = processing_register("en")
        return [(float(len(register) - _missing_basis_count()),
                 {"nl": "Dat zijn de rijen die wél een grondslag hebben. Ik zoek de rijen zonder.",
                  "en": "Those are the rows that DO have a basis. I want the rows without one."})]

    return [
        Exercise(
            id="n_missing_basis", level="basis",
            checker=_number_with_mixups(lambda: float(_missing_basis_count()), missing_mixups),
            hints=[
                {"nl": "Een lege cel heet in pandas NaN of None. isna() geeft True bij een lege cel.",
                 "en": "An empty cell is NaN or None in pandas. isna() gives True for an empty cell."},
                {"nl": "Neem de kolom lawful_basis, gebruik .isna() en tel de True's met .sum().",
                 "en": "Take the column lawful_basis, use .isna() and count the Trues with .sum()."},
                {"nl": "Schrijf: n_missing_basis = register[\"lawful_basis\"].isna().sum()",
                 "en": "Write: n_missing_basis = register[\"lawful_basis\"].isna().sum()"},
            ],
            solution_code='n_missing_basis = register["lawful_basis"].isna().sum()',
            correct_text={"nl": "Zonder grondslag is een verwerking niet rechtmatig. Die moet stoppen of een grondslag "
                                "krijgen.",
                          "en": "Without a lawful basis a processing is not lawful. It must stop or get a basis."},
        ),
        Exercise(
            id="special_without_exception", level="basis",
            checker=_id_list(_special_without_exception, _special_mixups),
            hints=[
                {"nl": "Je zoekt rijen waar special_category True is én art9_exception leeg is.",
                 "en": "You want rows where special_category is True AND art9_exception is empty."},
                {"nl": "Maak twee voorwaarden en zet & ertussen: register[\"special_category\"] & "
                       "register[\"art9_exception\"].isna()",
                 "en": "Make two conditions and put & between them: register[\"special_category\"] & "
                       "register[\"art9_exception\"].isna()"},
                {"nl": "Schrijf: problem = register[\"special_category\"] & register[\"art9_exception\"].isna()\n"
                       "special_without_exception = register.loc[problem, \"activity_id\"].tolist()",
                 "en": "Write: problem = register[\"special_category\"] & register[\"art9_exception\"].isna()\n"
                       "special_without_exception = register.loc[problem, \"activity_id\"].tolist()"},
            ],
            solution_code=('problem = register["special_category"] & register["art9_exception"].isna()\n'
                           'special_without_exception = register.loc[problem, "activity_id"].tolist()'),
            correct_text={"nl": "Bijzondere gegevens mag je alleen verwerken met een uitzondering uit artikel 9 lid 2.",
                          "en": "You may only process special-category data under an exception in Article 9(2)."},
        ),
        Exercise(
            id="dpia_missing", level="verdieping",
            checker=_id_list(_dpia_missing, _dpia_missing_mixups),
            hints=[
                {"nl": "Een DPIA is verplicht als minstens één van de drie kolommen profiling_with_effects, "
                       "special_large_scale of public_monitoring True is.",
                 "en": "A DPIA is required if at least one of the three columns profiling_with_effects, "
                       "special_large_scale or public_monitoring is True."},
                {"nl": "'Minstens één' schrijf je met | (of). 'Niet gedaan' schrijf je met ~register[\"dpia_done\"].",
                 "en": "'At least one' is written with | (or). 'Not done' is written as ~register[\"dpia_done\"]."},
                {"nl": "Schrijf: required = register[\"profiling_with_effects\"] | register[\"special_large_scale\"] | "
                       "register[\"public_monitoring\"]\n"
                       "dpia_missing = register.loc[required & ~register[\"dpia_done\"], \"activity_id\"].tolist()",
                 "en": "Write: required = register[\"profiling_with_effects\"] | register[\"special_large_scale\"] | "
                       "register[\"public_monitoring\"]\n"
                       "dpia_missing = register.loc[required & ~register[\"dpia_done\"], \"activity_id\"].tolist()"},
            ],
            solution_code=('required = (register["profiling_with_effects"] | register["special_large_scale"]\n'
                           '            | register["public_monitoring"])\n'
                           'dpia_missing = register.loc[required & ~register["dpia_done"], "activity_id"].tolist()'),
            correct_text={"nl": "Een DPIA doe je vóór je begint. Voor deze activiteiten is het dus eigenlijk te laat.",
                          "en": "You do a DPIA before you start. For these activities it is really too late."},
        ),
        _choice("art22_rejection", "basis", [
            {"nl": "Wie neemt hier het besluit: een mens of de computer?",
             "en": "Who makes the decision here: a person or the computer?"},
            {"nl": "Een afwijzing van een uitkering heeft rechtsgevolgen. Welk artikel gaat over besluiten die alleen "
                   "een computer neemt?",
             "en": "Rejecting a benefit has legal effects. Which article is about decisions made by a computer alone?"},
            {"nl": "Dat is artikel 22 AVG: \"b\".", "en": "That is Article 22 GDPR: \"b\"."},
        ]),
        _choice("rubber_stamp", "verdieping", [
            {"nl": "Kijkt de medewerker echt naar elk besluit?", "en": "Does the employee really look at each decision?"},
            {"nl": "Een mens die alleen op 'akkoord' klikt, verandert nooit iets aan de uitkomst.",
             "en": "A person who only clicks 'approve' never changes the outcome."},
            {"nl": "Zo'n stempel telt niet als menselijke betrokkenheid: \"b\".",
             "en": "Such a rubber stamp does not count as human involvement: \"b\"."},
        ]),
        Exercise(
            id="dpia_required", level="basis",
            checker=boolean(True, {
                "nl": "Kijk nog eens naar de drie redenen voor een DPIA. Het gaat om gezondheidsgegevens van alle "
                      "patiënten, en de AI maakt een profiel. Dan is een DPIA wel verplicht.",
                "en": "Look again at the three reasons for a DPIA. These are health data of all patients, and the "
                      "AI builds a profile. Then a DPIA is required.",
            }),
            hints=[
                {"nl": "Gebruikt het plan bijzondere persoonsgegevens? Op grote schaal?",
                 "en": "Does the plan use special-category data? On a large scale?"},
                {"nl": "Gezondheidsgegevens van alle patiënten van een ziekenhuisgroep: dat is op grote schaal.",
                 "en": "Health data of all patients of a hospital group: that is on a large scale."},
                {"nl": "Eén reden is genoeg. Schrijf: dpia_required = True",
                 "en": "One reason is enough. Write: dpia_required = True"},
            ],
            solution_code="dpia_required = True",
            correct_text={"nl": "Vul hieronder de DPIA-lite in. Zo zie je welke vragen een echte DPIA stelt.",
                          "en": "Fill in the DPIA-lite below, to see which questions a real DPIA asks."},
        ),
    ]


def _ai_act_risk_tiers() -> list[Exercise]:
    def n_high() -> float:
        cases = _catalogue()
        return float((cases["risk_tier"] == "high").sum())

    def n_high_mixups() -> list[tuple[float, Text]]:
        cases = _catalogue()
        return [(float((cases["risk_tier"] == "prohibited").sum()),
                 {"nl": "Dat is het aantal verboden toepassingen. Ik zoek hoog risico: \"high\".",
                  "en": "That is the number of prohibited uses. I want high risk: \"high\"."}),
                (float(len(cases)),
                 {"nl": "Dat zijn alle toepassingen. Tel alleen de rijen waar risk_tier gelijk is aan \"high\".",
                  "en": "Those are all uses. Count only the rows where risk_tier equals \"high\"."})]

    def n_education_high() -> float:
        cases = _catalogue()
        return float(((cases["sector"] == "education") & (cases["risk_tier"] == "high")).sum())

    def education_mixups() -> list[tuple[float, Text]]:
        cases = _catalogue()
        return [(float((cases["sector"] == "education").sum()),
                 {"nl": "Dat zijn alle toepassingen in het onderwijs. Er zit ook een verboden toepassing bij. Tel "
                        "alleen hoog risico.",
                  "en": "Those are all uses in education. One of them is prohibited. Count only high risk."})]

    tier_hints = {
        "tier_uc04": [
            {"nl": "Lees de lijst van artikel 5 nog eens. Zie je iets over een score voor gedrag?",
             "en": "Read the list in Article 5 again. Do you see anything about a score for behaviour?"},
            {"nl": "Een score voor gedrag die nadeel geeft in iets heel anders (een huurhuis) heet sociale scoring.",
             "en": "A score for behaviour that causes harm in something unrelated (housing) is social scoring."},
            {"nl": "Sociale scoring staat in artikel 5: \"prohibited\".",
             "en": "Social scoring is in Article 5: \"prohibited\"."},
        ],
        "tier_uc17": [
            {"nl": "In welk gebied werkt deze AI? Staat dat gebied in bijlage III?",
             "en": "In which area does this AI work? Is that area in Annex III?"},
            {"nl": "Onderwijs staat in bijlage III punt 3. Het nakijken van werk is 'leerresultaten beoordelen'.",
             "en": "Education is Annex III point 3. Marking work is 'evaluating learning outcomes'."},
            {"nl": "Dat is hoog risico: \"high\".", "en": "That is high risk: \"high\"."},
        ],
        "tier_uc32": [
            {"nl": "Beslist de chatbot iets over mensen? Of praat hij alleen met ze?",
             "en": "Does the chatbot decide anything about people? Or does it only talk to them?"},
            {"nl": "Bij een chatbot moeten mensen weten dat ze met een computer praten. Welk artikel is dat?",
             "en": "With a chatbot, people must know they are talking to a computer. Which article is that?"},
            {"nl": "Een transparantieplicht (artikel 50): \"limited\".", "en": "A transparency duty (Article 50): \"limited\"."},
        ],
        "tier_uc41": [
            {"nl": "Gaat deze AI over mensen, of over een machine?", "en": "Is this AI about people, or about a machine?"},
            {"nl": "Onderhoud voorspellen staat niet in artikel 5, niet in bijlage III en niet in artikel 50.",
             "en": "Predicting maintenance is not in Article 5, not in Annex III and not in Article 50."},
            {"nl": "Dan is het minimaal risico: \"minimal\".", "en": "Then it is minimal risk: \"minimal\"."},
        ],
        "tier_uc12": [
            {"nl": "Emotieherkenning komt twee keer voor: in artikel 5 én in bijlage III. Wat is het verschil?",
             "en": "Emotion recognition appears twice: in Article 5 AND in Annex III. What is the difference?"},
            {"nl": "Artikel 5 verbiedt het alleen op het werk en in het onderwijs. Waar speelt dit voorbeeld?",
             "en": "Article 5 only bans it at work and in education. Where does this example take place?"},
            {"nl": "In een winkelcentrum: dan geldt bijlage III punt 1c, \"high\".",
             "en": "In a shopping centre: then Annex III point 1(c) applies, \"high\"."},
        ],
    }
    levels = {"tier_uc04": "basis", "tier_uc17": "basis", "tier_uc32": "basis", "tier_uc41": "basis",
              "tier_uc12": "verdieping"}
    return [
        *[_choice(item_id, levels[item_id], tier_hints[item_id]) for item_id in
          ("tier_uc04", "tier_uc17", "tier_uc32", "tier_uc41")],
        Exercise(
            id="n_high", level="basis",
            checker=_number_with_mixups(n_high, n_high_mixups),
            hints=[
                {"nl": "Vergelijk de kolom risk_tier met \"high\". Dat geeft True of False per rij.",
                 "en": "Compare the column risk_tier with \"high\". That gives True or False per row."},
                {"nl": "Tel de True's met .sum().", "en": "Count the Trues with .sum()."},
                {"nl": "Schrijf: n_high = (cases[\"risk_tier\"] == \"high\").sum()",
                 "en": "Write: n_high = (cases[\"risk_tier\"] == \"high\").sum()"},
            ],
            solution_code='n_high = (cases["risk_tier"] == "high").sum()',
            correct_text={"nl": "In de echte wereld is het aandeel hoog risico veel kleiner. De catalogus laat expres "
                                "elk gebied zien.",
                          "en": "In the real world the share of high risk is much smaller. The catalogue shows every "
                                "area on purpose."},
        ),
        _choice("tier_uc12", "verdieping", tier_hints["tier_uc12"]),
        Exercise(
            id="n_education_high", level="verdieping",
            checker=_number_with_mixups(n_education_high, education_mixups),
            hints=[
                {"nl": "Je hebt twee voorwaarden: sector is \"education\" én risk_tier is \"high\".",
                 "en": "You need two conditions: sector is \"education\" AND risk_tier is \"high\"."},
                {"nl": "Zet haakjes om elke voorwaarde en & ertussen. Tel daarna met .sum().",
                 "en": "Put brackets around each condition and & between them. Then count with .sum()."},
                {"nl": "Schrijf: n_education_high = ((cases[\"sector\"] == \"education\") & "
                       "(cases[\"risk_tier\"] == \"high\")).sum()",
                 "en": "Write: n_education_high = ((cases[\"sector\"] == \"education\") & "
                       "(cases[\"risk_tier\"] == \"high\")).sum()"},
            ],
            solution_code=('n_education_high = ((cases["sector"] == "education")\n'
                           '                    & (cases["risk_tier"] == "high")).sum()'),
            correct_text={"nl": "Ook deze cursus beoordeelt leerresultaten. Daarom kijkt hier geen AI na: elke punt "
                                "komt van een vaste test.",
                          "en": "This course also evaluates learning outcomes. That is why no AI marks your work "
                                "here: every point comes from a fixed test."},
        ),
    ]


def _ai_act_in_practice() -> list[Exercise]:
    def sme_fine() -> float:
        return _ai_act_max_fine(SME_TURNOVER, "prohibited", sme=True)

    def sme_mixups() -> list[tuple[float, Text]]:
        return [(_ai_act_max_fine(SME_TURNOVER, "prohibited", sme=False),
                 {"nl": "Dat is het hoogste van de twee bedragen. Voor een mkb-bedrijf geldt het laagste.",
                  "en": "That is the higher of the two amounts. For an SME the lower one applies."}),
                (0.07, {"nl": "Dat is het percentage. Reken het bedrag in euro's uit.",
                        "en": "That is the percentage. Work out the amount in euros."})]

    def large_fine() -> float:
        return _ai_act_max_fine(LARGE_TURNOVER, "obligation", sme=False)

    def large_mixups() -> list[tuple[float, Text]]:
        return [(_ai_act_max_fine(LARGE_TURNOVER, "obligation", sme=True),
                 {"nl": "Dat is het laagste bedrag. Dit is geen mkb-bedrijf: het hoogste telt.",
                  "en": "That is the lower amount. This is not an SME: the higher one counts."}),
                (_ai_act_max_fine(LARGE_TURNOVER, "prohibited", sme=False),
                 {"nl": "Dat is het plafond voor verboden praktijken. Artikel 50 valt onder 15 miljoen of 3%.",
                  "en": "That is the ceiling for prohibited practices. Article 50 falls under 15 million or 3%."})]

    return [
        _choice("literacy_date", "basis", [
            {"nl": "Artikel 4 staat in hoofdstuk I van de AI Act. Kijk in de tijdlijn wanneer hoofdstuk I ging gelden.",
             "en": "Article 4 is in Chapter I of the AI Act. Look in the timeline for when Chapter I started to apply."},
            {"nl": "Hoofdstuk I en II gingen als eerste gelden, een half jaar na de inwerkingtreding.",
             "en": "Chapters I and II applied first, half a year after entry into force."},
            {"nl": "Dat was 2 februari 2025: \"a\".", "en": "That was 2 February 2025: \"a\"."},
        ]),
        _choice("annex3_date", "basis", [
            {"nl": "De wijziging van 2026 heeft de data voor hoog risico verschoven. Kijk in de tijdlijn.",
             "en": "The 2026 amendment moved the dates for high risk. Look in the timeline."},
            {"nl": "Er zijn twee nieuwe data: één voor bijlage III en één voor producten (bijlage I).",
             "en": "There are two new dates: one for Annex III and one for products (Annex I)."},
            {"nl": "Bijlage III: 2 december 2027, dus \"b\".", "en": "Annex III: 2 December 2027, so \"b\"."},
        ]),
        _choice("literacy_measure", "basis", [
            {"nl": "Voor wie geldt artikel 4? Alleen voor grote bedrijven?",
             "en": "Who does Article 4 apply to? Only large companies?"},
            {"nl": "Artikel 4 vraagt maatregelen die passen bij de mensen en het gebruik. Is een certificaat verplicht?",
             "en": "Article 4 asks for measures that fit the people and the use. Is a certificate required?"},
            {"nl": "Passende maatregelen en een interne registratie: \"b\".",
             "en": "Fitting measures and an internal record: \"b\"."},
        ]),
        Exercise(
            id="fine_sme", level="basis",
            checker=_number_with_mixups(sme_fine, sme_mixups),
            hints=[
                {"nl": "Gebruik de functie ai_act_max_fine uit de les. Welke soort overtreding is dit?",
                 "en": "Use the function ai_act_max_fine from the lesson. What kind of infringement is this?"},
                {"nl": "Een verboden praktijk is \"prohibited\". De webshop is een mkb-bedrijf: sme=True.",
                 "en": "A prohibited practice is \"prohibited\". The webshop is an SME: sme=True."},
                {"nl": "Schrijf: fine_sme = ai_act_max_fine(sme_turnover, \"prohibited\", sme=True)",
                 "en": "Write: fine_sme = ai_act_max_fine(sme_turnover, \"prohibited\", sme=True)"},
            ],
            solution_code='fine_sme = ai_act_max_fine(sme_turnover, "prohibited", sme=True)',
            correct_text={"nl": "Voor kleine bedrijven is het plafond dus veel lager dan 35 miljoen. Maar het blijft veel "
                                "geld voor een kleine webshop.",
                          "en": "So for small firms the ceiling is much lower than 35 million. But it is still a lot "
                                "of money for a small webshop."},
        ),
        Exercise(
            id="fine_large", level="verdieping",
            checker=_number_with_mixups(large_fine, large_mixups),
            hints=[
                {"nl": "Een overtreding van artikel 50 is een 'andere plicht': 15 miljoen of 3%.",
                 "en": "Breaking Article 50 is an 'other obligation': 15 million or 3%."},
                {"nl": "Dit is een groot bedrijf: sme=False. Gebruik \"obligation\".",
                 "en": "This is a large company: sme=False. Use \"obligation\"."},
                {"nl": "Schrijf: fine_large = ai_act_max_fine(large_turnover, \"obligation\", sme=False)",
                 "en": "Write: fine_large = ai_act_max_fine(large_turnover, \"obligation\", sme=False)"},
            ],
            solution_code='fine_large = ai_act_max_fine(large_turnover, "obligation", sme=False)',
            correct_text={"nl": "Bij een grote omzet is het percentage hoger dan het vaste bedrag.",
                          "en": "With a large turnover the percentage is higher than the fixed amount."},
        ),
        _choice("supervisor", "basis", [
            {"nl": "Welke organisatie houdt in Nederland toezicht op privacy?",
             "en": "Which organisation supervises privacy in the Netherlands?"},
            {"nl": "Diezelfde organisatie heeft sinds 2023 een aparte directie voor algoritmes.",
             "en": "Since 2023 that same organisation has a separate unit for algorithms."},
            {"nl": "Dat is de Autoriteit Persoonsgegevens: \"a\".", "en": "That is the Autoriteit Persoonsgegevens: \"a\"."},
        ]),
    ]


_LESSONS: dict[str, Callable[[], list[Exercise]]] = {
    "01_gdpr_basics": _gdpr_basics,
    "02_register_and_dpia": _register_and_dpia,
    "03_ai_act_risk_tiers": _ai_act_risk_tiers,
    "04_ai_act_in_practice": _ai_act_in_practice,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_gdpr_basics"``) in one language (``"nl"`` or ``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson]())


# -- widgets: the case trainer (lesson 3), the DPIA-lite form (lesson 2), the fine calculator (lesson 4) ---


def case_trainer(lang: str):
    """Pick a case from the catalogue, choose a risk tier, and get the explanation for that choice.

    Works by keyboard: Tab between the controls, arrow keys in the list and the radio buttons, Enter on the
    button. The cases of the graded assignment are left out.
    """
    import ipywidgets as widgets
    from IPython.display import Markdown, display

    from autograder.practice import Exercise as _Exercise

    cases = _catalogue().set_index("case_id")
    case_ids = [case_id for case_id in cases.index if f"trainer_{case_id}" in CHOICE_ITEMS]
    texts = {"nl": {"case": "Casus", "check": "Controleer"}, "en": {"case": "Case", "check": "Check"}}[lang]
    picker = widgets.Dropdown(options=[(f"{cid}: {cases.loc[cid, 'title_' + lang]}", cid) for cid in case_ids],
                              description=texts["case"], layout=widgets.Layout(width="auto"))
    choices = widgets.RadioButtons(options=[(f"{key}: {label[lang]}", key) for key, label in TIER_LABELS.items()],
                                   value=None, layout=widgets.Layout(width="auto"))
    button = widgets.Button(description=texts["check"], button_style="primary")
    description = widgets.Output()
    feedback = widgets.Output()

    def show_case(_change=None) -> None:
        description.clear_output()
        feedback.clear_output()
        choices.value = None
        with description:
            display(Markdown(f"**{cases.loc[picker.value, 'title_' + lang]}**\n\n"
                             f"{cases.loc[picker.value, 'description_' + lang]}"))

    def on_check(_button) -> None:
        feedback.clear_output()
        item = CHOICE_ITEMS[f"trainer_{picker.value}"]
        exercise = _Exercise(id="trainer", level="basis", checker=item.checker,
                             hints=[{"nl": "Kies een risicoklasse.", "en": "Choose a risk tier."}],
                             solution_code="", correct_text=item.explanations[item.answer], lang=lang)
        with feedback:
            display(exercise.check(choices.value))

    picker.observe(show_case, names="value")
    button.on_click(on_check)
    show_case()
    return widgets.VBox([picker, description, choices, button, feedback])


_DPIA_TEXT = {
    "nl": {
        "describe": "Beschrijving en doel",
        "describe_hint": "Wat wil de organisatie doen, met welke gegevens, en waarom?",
        "necessity": "Noodzaak en evenredigheid",
        "necessity_hint": "Kan het ook met minder gegevens? Weegt het doel op tegen de inbreuk?",
        "triggers": "Waarom is een DPIA verplicht? (artikel 35 lid 3)",
        "risks": "Risico's voor de mensen om wie het gaat",
        "measures": "Maatregelen",
        "make": "Maak mijn DPIA-lite",
        "title": "DPIA-lite",
        "required_yes": "Een DPIA is verplicht, omdat: ",
        "required_no": "Je hebt geen reden aangevinkt. Is een DPIA dan echt niet nodig? Kijk nog eens naar de drie "
                       "redenen.",
        "empty": "(nog niet ingevuld)",
        "gap": "Let op: voor het risico '{risk}' heb je nog geen passende maatregel gekozen. Bijvoorbeeld: {measure}.",
        "complete": "Bij elk risico dat je noemt, staat een maatregel. Goed bezig.",
        "no_risks": "Je hebt nog geen risico's gekozen. Een DPIA zonder risico's is niet af.",
        "dpo": "Heeft de organisatie een functionaris gegevensbescherming (FG)? Vraag die dan om advies.",
    },
    "en": {
        "describe": "Description and purpose",
        "describe_hint": "What does the organisation want to do, with which data, and why?",
        "necessity": "Necessity and proportionality",
        "necessity_hint": "Could it be done with fewer data? Does the purpose outweigh the intrusion?",
        "triggers": "Why is a DPIA required? (Article 35(3))",
        "risks": "Risks for the people concerned",
        "measures": "Measures",
        "make": "Make my DPIA-lite",
        "title": "DPIA-lite",
        "required_yes": "A DPIA is required, because: ",
        "required_no": "You ticked no reason. Is a DPIA really not needed? Look at the three reasons again.",
        "empty": "(not filled in yet)",
        "gap": "Careful: for the risk '{risk}' you have not yet chosen a fitting measure. For example: {measure}.",
        "complete": "Every risk you name has a measure. Well done.",
        "no_risks": "You have not chosen any risks yet. A DPIA without risks is not finished.",
        "dpo": "Does the organisation have a data protection officer (DPO)? Then ask them for advice.",
    },
}

DPIA_TRIGGERS: dict[str, Text] = {
    "profiling": {"nl": "(a) profilering of automatische beoordeling met grote gevolgen voor mensen",
                  "en": "(a) profiling or automated evaluation with significant effects on people"},
    "special": {"nl": "(b) bijzondere persoonsgegevens (zoals gezondheid) op grote schaal",
                "en": "(b) special-category data (such as health) on a large scale"},
    "monitoring": {"nl": "(c) stelselmatig en op grote schaal een openbare plek in de gaten houden",
                   "en": "(c) systematic large-scale monitoring of a public place"},
}
DPIA_RISKS: dict[str, Text] = {
    "errors": {"nl": "de voorspelling is fout voor een patiënt", "en": "the prediction is wrong for a patient"},
    "bias": {"nl": "sommige groepen krijgen vaker een hoge score (discriminatie)",
             "en": "some groups get a high score more often (discrimination)"},
    "breach": {"nl": "gegevens lekken uit (datalek)", "en": "data leak out (data breach)"},
    "creep": {"nl": "de gegevens worden later voor iets anders gebruikt", "en": "the data are later used for something else"},
}
DPIA_MEASURES: dict[str, Text] = {
    "human": {"nl": "een medewerker beoordeelt elke score voordat er iets gebeurt",
              "en": "an employee reviews every score before anything happens"},
    "fairness": {"nl": "de scores per groep controleren (bijvoorbeeld per leeftijd en postcode)",
                 "en": "check the scores per group (for example by age and postcode)"},
    "security": {"nl": "toegang beperken en gegevens versleutelen", "en": "limit access and encrypt the data"},
    "purpose": {"nl": "het doel vastleggen en de gegevens na afloop verwijderen",
                "en": "record the purpose and delete the data afterwards"},
    "minimise": {"nl": "alleen de gegevens gebruiken die echt nodig zijn", "en": "use only the data that are really needed"},
}
_RISK_MEASURES = {"errors": ["human"], "bias": ["fairness"], "breach": ["security", "minimise"],
                  "creep": ["purpose"]}


def dpia_summary(lang: str, description: str, necessity: str, triggers: list[str], risks: list[str],
                 measures: list[str]) -> str:
    """The DPIA-lite as Markdown: the four parts of Article 35(7) and feedback on gaps (no grade)."""
    t = _DPIA_TEXT[lang]
    lines = [f"### {t['title']}", ""]
    if triggers:
        lines.append(t["required_yes"] + "; ".join(DPIA_TRIGGERS[key][lang] for key in triggers) + ".")
    else:
        lines.append(t["required_no"])
    lines += ["", f"**1. {t['describe']}:** {description.strip() or t['empty']}", "",
              f"**2. {t['necessity']}:** {necessity.strip() or t['empty']}", "",
              f"**3. {t['risks']}:**", ""]
    lines += [f"- {DPIA_RISKS[key][lang]}" for key in risks] or [f"- {t['empty']}"]
    lines += ["", f"**4. {t['measures']}:**", ""]
    lines += [f"- {DPIA_MEASURES[key][lang]}" for key in measures] or [f"- {t['empty']}"]
    lines.append("")
    if not risks:
        lines.append(t["no_risks"])
    gaps = [key for key in risks if not set(_RISK_MEASURES[key]) & set(measures)]
    if gaps:
        lines.append("")
    for key in gaps:
        lines.append("- " + t["gap"].format(risk=DPIA_RISKS[key][lang],
                                            measure=DPIA_MEASURES[_RISK_MEASURES[key][0]][lang]))
    if risks and not gaps:
        lines.append(t["complete"])
    lines += ["", t["dpo"]]
    return "\n".join(lines)


def dpia_form(lang: str):
    """A keyboard-friendly form for a DPIA-lite: text boxes, check boxes and one button."""
    import ipywidgets as widgets
    from IPython.display import Markdown, display

    t = _DPIA_TEXT[lang]
    description = widgets.Textarea(placeholder=t["describe_hint"], description="", layout=widgets.Layout(width="95%"))
    necessity = widgets.Textarea(placeholder=t["necessity_hint"], description="", layout=widgets.Layout(width="95%"))

    def boxes(labels: dict[str, Text]) -> dict[str, widgets.Checkbox]:
        return {key: widgets.Checkbox(value=False, description=label[lang], indent=False,
                                      layout=widgets.Layout(width="auto")) for key, label in labels.items()}

    triggers, risks, measures = boxes(DPIA_TRIGGERS), boxes(DPIA_RISKS), boxes(DPIA_MEASURES)
    button = widgets.Button(description=t["make"], button_style="primary", layout=widgets.Layout(width="auto"))
    output = widgets.Output()

    def on_click(_button) -> None:
        output.clear_output()
        with output:
            display(Markdown(dpia_summary(
                lang, description.value, necessity.value,
                [k for k, box in triggers.items() if box.value], [k for k, box in risks.items() if box.value],
                [k for k, box in measures.items() if box.value])))

    button.on_click(on_click)

    def heading(text: str) -> widgets.HTML:
        return widgets.HTML(f"<strong>{text}</strong>")

    return widgets.VBox([
        heading("1. " + t["describe"]), description, heading("2. " + t["necessity"]), necessity,
        heading(t["triggers"]), *triggers.values(), heading("3. " + t["risks"]), *risks.values(),
        heading("4. " + t["measures"]), *measures.values(), button, output,
    ])
