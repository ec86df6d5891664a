"""Practice checks for module 06_data_sharing: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from data_sharing_practice import exercises, options
    q = exercises("01_personal_or_anonymous", "nl")
    q.n_unique.check(n_unique)
    choice_widget(q.still_personal, options("still_personal"))   # radio buttons instead of typing

Expected values are computed from the synthetic hospital-appointments data when a check runs (nothing from
the data is written down here), with the same settings as the lesson notebooks use: change one, change
both. Every multiple-choice item lives in ``CHOICE_ITEMS`` (options and a per-option explanation in both
languages), so a test can check its key.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, number, computed_number

DATA = Path(__file__).resolve().parents[3] / "datasets" / "data" / "healthcare_appointments.csv"
QUASI_IDENTIFIERS = ["postcode", "age", "sex"]
PRACTICE_KEY = b"practice-key-not-for-real-use"   # lesson 1; never a real key
CLUB_SIZE, CLUB_SEED = 30, 7                       # lesson 1: the running club's list
K = 5                                              # lessons 2 and 3: the smallest group / cell we publish
LESSON2_LEVELS = {"digits": 2, "width": 10}        # lesson 2: the generalisation the exercises use
SYNTHETIC_SEED = 2025                              # lesson 3: the naive synthetic table


# -- the data, recomputed on demand ----------------------------------------------------------------------


def _patients() -> pd.DataFrame:
    if not DATA.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {DATA}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {DATA}. Ask your teacher for help.",
        })
    return pd.read_csv(DATA, dtype={"postcode": str, "fake_bsn": str})


def _group_sizes(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    return frame.groupby(columns)[columns[0]].transform("size")


def _generalised(digits: int, width: int) -> pd.DataFrame:
    """Lesson 2's generalisation: postcode to its first `digits` digits, age to bands of `width` years."""
    patients = _patients()
    coarse = patients.copy()
    coarse["postcode"] = patients["postcode"].str[:digits]
    coarse["age"] = (patients["age"] // width) * width
    return coarse


def _no_show_table() -> pd.DataFrame:
    """Lesson 3's table: number of no-shows per department (rows) and clinic (columns)."""
    patients = _patients()
    return pd.crosstab(patients["department"], patients["location"], values=patients["no_show"],
                       aggfunc="sum").astype(int)


def _secondary(table: pd.DataFrame, hidden: pd.DataFrame) -> pd.DataFrame:
    """Lesson 3's ``add_secondary``, step for step: a row or column with one hidden cell hides its smallest other."""
    hidden = hidden.copy()
    changed = True
    while changed:
        changed = False
        for name in hidden.index:
            if hidden.loc[name].sum() == 1:
                candidates = table.loc[name][~hidden.loc[name] & (table.loc[name] > 0)]
                if len(candidates) > 0:
                    hidden.loc[name, candidates.idxmin()] = True
                    changed = True
        for name in hidden.columns:
            if hidden[name].sum() == 1:
                candidates = table[name][~hidden[name] & (table[name] > 0)]
                if len(candidates) > 0:
                    hidden.loc[candidates.idxmin(), name] = True
                    changed = True
    return hidden


def _primary(table: pd.DataFrame) -> pd.DataFrame:
    return (table > 0) & (table < K)


# -- checkers (they raise Incorrect with a reason; they never use the answer's own __eq__) --------------


def _t(nl: str, en: str) -> Text:
    return {"nl": nl, "en": en}




def _text_from_data(expected: Callable[[], str], wrong: Text) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise Incorrect(_t(f"Ik verwacht tekst (een code), maar kreeg een {type(value).__name__}.",
                               f"I expected text (a code), but got a {type(value).__name__}."))
        if value.strip() != expected():
            raise Incorrect(wrong)

    return check


# -- every multiple-choice item of the lessons (keyed answer, options, per-option explanations) ----------


CHOICE_ITEMS: dict[str, ChoiceItem] = {
    "postcode_kind": ChoiceItem(
        options={
            "a": _t("een direct identificerend gegeven, zoals een naam", "a direct identifier, like a name"),
            "b": _t("een quasi-identificator: samen met andere kenmerken wijst het een persoon aan",
                    "a quasi-identifier: together with other features it points at a person"),
            "c": _t("geen persoonsgegeven, want een postcode hoort bij een straat en niet bij een mens",
                    "not personal data, because a postcode belongs to a street, not to a person"),
        },
        answer="b",
        explanations={
            "a": _t("In een postcodegebied wonen veel mensen. Alleen de postcode wijst dus niet één persoon aan.",
                    "Many people live in a postcode area. The postcode alone does not point at one person."),
            "b": _t("Juist. Met leeftijd en geslacht erbij is de combinatie vaak uniek.",
                    "Right. Together with age and sex the combination is often unique."),
            "c": _t("In deze tabel is de postcode die van het woonadres van de patiënt. Samen met andere kenmerken "
                    "helpt hij om die patiënt te herkennen, dus is het een persoonsgegeven.",
                    "In this table the postcode is that of the patient's home. Together with other features it helps "
                    "to recognise that patient, so it is personal data."),
        },
    ),
    "still_personal": ChoiceItem(
        options={
            "a": _t("anonieme gegevens: de AVG geldt niet meer", "anonymous data: the GDPR no longer applies"),
            "b": _t("gepseudonimiseerde gegevens: nog steeds persoonsgegevens, met gezondheid als bijzonder "
                    "persoonsgegeven", "pseudonymised data: still personal data, with health as a special category"),
            "c": _t("gewone persoonsgegevens, maar geen gezondheidsgegevens meer",
                    "ordinary personal data, but no longer health data"),
        },
        answer="b",
        explanations={
            "a": _t("Nee. Met de sleutel kan het ziekenhuis de persoon terugvinden. Dan is het niet anoniem "
                    "(AVG artikel 4 punt 5 en overweging 26).",
                    "No. With the key the hospital can find the person again. Then it is not anonymous (GDPR "
                    "Article 4(5) and Recital 26)."),
            "b": _t("Juist. Een pseudoniem verlaagt het risico, maar de AVG blijft gelden.",
                    "Right. A pseudonym lowers the risk, but the GDPR still applies."),
            "c": _t("De poli (department) zegt nog steeds iets over de gezondheid. Een pseudoniem verandert dat niet.",
                    "The clinic (department) still says something about health. A pseudonym does not change that."),
        },
    ),
    "k_meaning": ChoiceItem(
        options={
            "a": _t("Elke combinatie van quasi-identificatoren komt bij minstens 5 rijen voor: iedereen lijkt op "
                    "minstens 4 anderen.",
                    "Every combination of quasi-identifiers occurs in at least 5 rows: everyone looks like at least "
                    "4 others."),
            "b": _t("Er zijn 5 kolommen uit de tabel gehaald.", "5 columns were removed from the table."),
            "c": _t("De gegevens zijn nu anoniem volgens de AVG.", "The data are now anonymous under the GDPR."),
        },
        answer="a",
        explanations={
            "a": _t("Juist. Wie één persoon zoekt, vindt een groepje van minstens 5.",
                    "Right. Anyone looking for one person finds a group of at least 5."),
            "b": _t("k gaat niet over kolommen, maar over hoe groot het kleinste groepje rijen is.",
                    "k is not about columns, but about how large the smallest group of rows is."),
            "c": _t("Niet vanzelf. Volgens overweging 26 tellen alle middelen die redelijkerwijs te verwachten zijn, "
                    "zoals voorkennis. k = 5 is een hulpmiddel, geen bewijs.",
                    "Not by itself. Under Recital 26 all means reasonably likely to be used count, such as "
                    "background knowledge. k = 5 is a tool, not proof."),
        },
    ),
    "synthetic_use": ChoiceItem(
        options={
            "a": _t("software testen, of laten zien hoe de tabel eruitziet, zonder echte patiënten",
                    "testing software, or showing what the table looks like, without real patients"),
            "b": _t("onderzoeken of een herinnering no-shows voorkomt",
                    "researching whether a reminder prevents no-shows"),
            "c": _t("nagaan welke patiënt vaak niet komt", "finding out which patient often does not turn up"),
        },
        answer="a",
        explanations={
            "a": _t("Juist. De kolommen en waarden kloppen, maar verbanden zitten er niet in. Voor testen en "
                    "oefenen is dat genoeg.",
                    "Right. The columns and values are right, but the relationships are missing. For testing and "
                    "practice that is enough."),
            "b": _t("Nee. Je zag net dat het verband tussen herinnering en no-show weg is. Een onderzoek op deze "
                    "tabel vindt geen effect, ook al is het er wel.",
                    "No. You just saw that the link between reminder and no-show is gone. Research on this table "
                    "finds no effect, even though there is one."),
            "c": _t("Nee. Elke synthetische rij is een mengsel van losse waarden. Er zit geen echte patiënt in.",
                    "No. Each synthetic row is a mix of separate values. There is no real patient in it."),
        },
    ),
    "new_request": ChoiceItem(
        options={
            "a": _t("Ja, de gegevens zijn toch al gedeeld.", "Yes, the data have been shared already anyway."),
            "b": _t("Nee. Dat is een ander doel dat niet past bij het onderzoek (doelbinding). Het gaat om "
                    "gezondheidsgegevens, en de afspraak verbiedt doorgeven.",
                    "No. That is a different purpose that does not fit the research (purpose limitation). These are "
                    "health data, and the agreement forbids passing them on."),
            "c": _t("Ja, als we eerst de namen weghalen.", "Yes, if we remove the names first."),
        },
        answer="b",
        explanations={
            "a": _t("Dat ze al gedeeld zijn voor onderzoek, maakt een nieuw doel niet toegestaan. Doelbinding geldt "
                    "voor elk nieuw gebruik (AVG artikel 5 lid 1 onder b).",
                    "Having shared them for research does not make a new purpose allowed. Purpose limitation "
                    "applies to every new use (GDPR Article 5(1)(b))."),
            "b": _t("Juist. Klanten beoordelen op no-shows past niet bij onderzoek naar betere herinneringen.",
                    "Right. Judging customers on no-shows does not fit research into better reminders."),
            "c": _t("Zonder namen blijven het persoonsgegevens (les 1). En het doel past nog steeds niet.",
                    "Without names they are still personal data (lesson 1). And the purpose still does not fit."),
        },
    ),
}


def options(item_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice exercise, for ``choice_widget``."""
    return CHOICE_ITEMS[item_id].options


def _choice(item_id: str, level: str, hints: list[Text], correct: Text) -> Exercise:
    return CHOICE_ITEMS[item_id].exercise(item_id, level, hints, correct)


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _personal_or_anonymous(lang: str) -> list[Exercise]:
    def sizes() -> pd.Series:
        return _group_sizes(_patients(), QUASI_IDENTIFIERS)

    def unique_mixups() -> list[tuple[float, Text]]:
        s = sizes()
        return [
            (float((s > 1).sum()), _t("Dat zijn de rijen die níet uniek zijn. Tel de groepjes van precies 1.",
                                      "Those are the rows that are NOT unique. Count the groups of exactly 1.")),
            (float((s == 1).mean()), _t("Dat is een deel. Ik zoek een aantal: gebruik .sum() in plaats van .mean().",
                                        "That is a share. I want a count: use .sum() instead of .mean().")),
            (float(len(s)), _t("Dat is het aantal rijen in de hele tabel. Tel alleen de groepjes van 1.",
                               "That is the number of rows in the whole table. Count only the groups of 1.")),
        ]

    def reidentified() -> int:
        patients = _patients()
        club = patients.sample(n=CLUB_SIZE, random_state=CLUB_SEED)
        size_of = patients.groupby(QUASI_IDENTIFIERS).size()
        return int(sum(size_of[tuple(row)] == 1 for row in club[QUASI_IDENTIFIERS].itertuples(index=False)))

    def first_pseudonym() -> str:
        return hmac.new(PRACTICE_KEY, _patients()["fake_bsn"].iloc[0].encode("utf-8"), hashlib.sha256).hexdigest()

    return [
        _choice("postcode_kind", "basis", [
            _t("Wijst een postcode alleen al één persoon aan? Hoeveel mensen wonen er in een postcodegebied?",
               "Does a postcode alone point at one person? How many people live in a postcode area?"),
            _t("Denk aan de combinatie met leeftijd en geslacht.", "Think of the combination with age and sex."),
            _t("Een postcode is een quasi-identificator: \"b\".", "A postcode is a quasi-identifier: \"b\"."),
        ], _t("Quasi-identificatoren zijn het lastigst: ze lijken onschuldig.",
              "Quasi-identifiers are the trickiest: they look harmless.")),
        Exercise(
            id="n_unique", level="basis",
            checker=computed_number(lambda: float((sizes() == 1).sum()), tolerance=0, mixups=unique_mixups),
            hints=[
                _t("group_size == 1 geeft True bij elke rij in een groepje van 1.",
                   "group_size == 1 gives True for every row in a group of 1."),
                _t("Een computer telt True als 1. Met .sum() tel je ze op.",
                   "A computer counts True as 1. With .sum() you add them up."),
                _t("Schrijf: n_unique = (group_size == 1).sum()", "Write: n_unique = (group_size == 1).sum()"),
            ],
            solution_code="n_unique = (group_size == 1).sum()",
            correct_text=_t("Bijna elke patiënt is uniek op drie gewone kenmerken. Zonder naam, toch herkenbaar.",
                            "Almost every patient is unique on three ordinary features. No name, yet recognisable."),
        ),
        Exercise(
            id="n_reidentified", level="verdieping",
            checker=computed_number(lambda: float(reidentified()), tolerance=0, mixups=lambda: [
                (float(CLUB_SIZE), _t("Dat is het aantal leden op de lijst. Tel alleen de leden met precies één "
                                      "match.",
                                      "That is the number of members on the list. Count only members with exactly "
                                      "one match.")),
            ]),
            hints=[
                _t("linked bevat per lid één rij voor elke match. Tel per lid het aantal rijen.",
                   "linked holds one row per match for each member. Count the rows per member."),
                _t("linked.groupby([\"patient_name\"] + quasi_identifiers).size() geeft per lid het aantal matches.",
                   "linked.groupby([\"patient_name\"] + quasi_identifiers).size() gives the number of matches per "
                   "member."),
                _t("Schrijf: matches = linked.groupby([\"patient_name\"] + quasi_identifiers).size() en daarna "
                   "n_reidentified = (matches == 1).sum()",
                   "Write: matches = linked.groupby([\"patient_name\"] + quasi_identifiers).size() and then "
                   "n_reidentified = (matches == 1).sum()"),
            ],
            solution_code=('matches = linked.groupby(["patient_name"] + quasi_identifiers).size()\n'
                           "n_reidentified = (matches == 1).sum()"),
            correct_text=_t("Van deze leden weet de buurman nu naar welke poli ze gingen.",
                            "For these members the neighbour now knows which clinic they visited."),
        ),
        Exercise(
            id="first_pseudonym", level="basis",
            checker=_text_from_data(first_pseudonym, _t(
                "Dat is niet het pseudoniem van het BSN van de eerste patiënt. Gebruik "
                "pseudonymise(patients[\"fake_bsn\"].iloc[0]).",
                "That is not the pseudonym of the first patient's BSN. Use "
                "pseudonymise(patients[\"fake_bsn\"].iloc[0]).")),
            hints=[
                _t("Het BSN van de eerste patiënt is patients[\"fake_bsn\"].iloc[0].",
                   "The first patient's BSN is patients[\"fake_bsn\"].iloc[0]."),
                _t("Geef dat BSN aan de functie pseudonymise(...).",
                   "Pass that BSN to the function pseudonymise(...)."),
                _t("Schrijf: first_pseudonym = pseudonymise(patients[\"fake_bsn\"].iloc[0])",
                   "Write: first_pseudonym = pseudonymise(patients[\"fake_bsn\"].iloc[0])"),
            ],
            solution_code='first_pseudonym = pseudonymise(patients["fake_bsn"].iloc[0])',
            correct_text=_t("Zonder de sleutel kan niemand deze code terugrekenen naar het BSN.",
                            "Without the key nobody can work this code back to the BSN."),
        ),
        _choice("still_personal", "basis", [
            _t("Kan het ziekenhuis met de sleutel de persoon terugvinden?",
               "Can the hospital find the person again with the key?"),
            _t("Lees de tabel in deel 1: wat staat er bij gepseudonimiseerde gegevens?",
               "Read the table in part 1: what does it say about pseudonymised data?"),
            _t("Het blijven persoonsgegevens, ook gezondheidsgegevens: \"b\".",
               "They remain personal data, health data too: \"b\"."),
        ], _t("Pseudonimiseren is een goede beveiliging, maar geen anonimiseren.",
              "Pseudonymisation is a good safeguard, but not anonymisation.")),
    ]


def _k_anonymity(lang: str) -> list[Exercise]:
    def coarse_sizes() -> pd.Series:
        return _group_sizes(_generalised(**LESSON2_LEVELS), QUASI_IDENTIFIERS)

    def released() -> pd.DataFrame:
        coarse = _generalised(**LESSON2_LEVELS)
        return coarse[(_group_sizes(coarse, QUASI_IDENTIFIERS) >= K).to_numpy()]

    def k_mixups() -> list[tuple[float, Text]]:
        sizes = _patients().groupby(QUASI_IDENTIFIERS).size()
        return [(float(sizes.max()), _t("Dat is het grootste groepje. De k is het kleinste.",
                                        "That is the largest group. The k is the smallest.")),
                (float(len(sizes)), _t("Dat is het aantal groepjes. De k is de grootte van het kleinste groepje.",
                                       "That is the number of groups. The k is the size of the smallest group."))]

    def suppress_mixups() -> list[tuple[float, Text]]:
        sizes = coarse_sizes()
        return [(float((sizes <= K).sum()), _t("Je telde ook de groepjes van precies 5. Die mogen blijven: tel < 5.",
                                               "You also counted groups of exactly 5. Those may stay: count < 5.")),
                (float((sizes < K).mean()), _t("Dat is een deel. Ik zoek een aantal rijen: gebruik .sum().",
                                               "That is a share. I want a number of rows: use .sum()."))]

    def kept() -> float:
        return len(released()) / len(_patients())

    def kept_mixups() -> list[tuple[float, Text]]:
        return [(1 - kept(), _t("Dat is het deel dat wég is. Ik zoek het deel dat overblijft.",
                                "That is the share that was LEFT OUT. I want the share that remains.")),
                (float(len(released())), _t("Dat is een aantal rijen. Deel het door len(patients).",
                                            "That is a number of rows. Divide it by len(patients)."))]

    def change() -> pd.Series:
        return released().groupby("department")["no_show"].mean() - _patients().groupby("department")["no_show"].mean()

    def change_mixups() -> list[tuple[float, Text]]:
        diff = change()
        return [(float(diff.max()), _t("Je vergat .abs(): een daling telt ook als verandering.",
                                       "You forgot .abs(): a fall also counts as a change.")),
                (float(diff.abs().mean()), _t("Dat is de gemiddelde verandering. Ik zoek de grootste: .max().",
                                              "That is the average change. I want the largest: .max()."))]

    def homogeneous() -> int:
        return int((released().groupby(QUASI_IDENTIFIERS)["department"].nunique() == 1).sum())

    return [
        Exercise(
            id="k_raw", level="basis",
            checker=computed_number(lambda: float(_patients().groupby(QUASI_IDENTIFIERS).size().min()),
                                      tolerance=0, mixups=k_mixups),
            hints=[
                _t("De k is de grootte van het kleinste groepje.", "The k is the size of the smallest group."),
                _t("group_sizes bevat de grootte van elk groepje. .min() geeft de kleinste.",
                   "group_sizes holds the size of every group. .min() gives the smallest."),
                _t("Schrijf: k_raw = group_sizes.min()", "Write: k_raw = group_sizes.min()"),
            ],
            solution_code="k_raw = group_sizes.min()",
            correct_text=_t("k = 1: minstens één patiënt is uniek. De tabel is dus niet anoniem.",
                            "k = 1: at least one patient is unique. So the table is not anonymous."),
        ),
        _choice("k_meaning", "basis", [
            _t("k gaat over groepjes rijen met dezelfde quasi-identificatoren.",
               "k is about groups of rows with the same quasi-identifiers."),
            _t("Is een getal genoeg om te bewijzen dat gegevens anoniem zijn? Denk aan overweging 26.",
               "Is a number enough to prove data are anonymous? Think of Recital 26."),
            _t("Het antwoord over minstens 5 rijen per combinatie: \"a\".",
               "The answer about at least 5 rows per combination: \"a\"."),
        ], _t("k is een maat voor één soort risico: dat iemand uniek is.",
              "k measures one kind of risk: that someone is unique.")),
        Exercise(
            id="rows_to_suppress", level="basis",
            checker=computed_number(lambda: float((coarse_sizes() < K).sum()), tolerance=0, mixups=suppress_mixups),
            hints=[
                _t("coarse_sizes < 5 geeft True bij elke rij in een groepje kleiner dan 5.",
                   "coarse_sizes < 5 gives True for every row in a group smaller than 5."),
                _t("Tel de True-waarden met .sum().", "Count the True values with .sum()."),
                _t("Schrijf: rows_to_suppress = (coarse_sizes < 5).sum()",
                   "Write: rows_to_suppress = (coarse_sizes < 5).sum()"),
            ],
            solution_code="rows_to_suppress = (coarse_sizes < 5).sum()",
            correct_text=_t("Deze rijen laat je weg. Dat doe je in het volgende deel.",
                            "You leave these rows out. You do that in the next part."),
        ),
        Exercise(
            id="share_kept", level="basis",
            checker=computed_number(kept, tolerance=0.001, mixups=kept_mixups),
            hints=[
                _t("Deel het aantal rijen van released door het aantal rijen van patients.",
                   "Divide the number of rows of released by the number of rows of patients."),
                _t("len(...) geeft het aantal rijen van een tabel.", "len(...) gives the number of rows of a table."),
                _t("Schrijf: share_kept = len(released) / len(patients)",
                   "Write: share_kept = len(released) / len(patients)"),
            ],
            solution_code="share_kept = len(released) / len(patients)",
            correct_text=_t("Het grootste deel blijft over, met k = 5. Kijk nu of het nog bruikbaar is.",
                            "Most of it remains, with k = 5. Now check whether it is still useful."),
        ),
        Exercise(
            id="max_change", level="verdieping",
            checker=computed_number(lambda: float(change().abs().max()), tolerance=0.0005, mixups=change_mixups),
            hints=[
                _t("Het verschil per poli is: de kolom voor released min de kolom voor alle rijen.",
                   "The difference per department is: the released column minus the all-rows column."),
                _t("In no_show_rates heten de kolommen zoals in de tabel hierboven. Je kunt ook rekenen met "
                   "released.groupby(\"department\")[\"no_show\"].mean().",
                   "In no_show_rates the columns are named as in the table above. You can also compute with "
                   "released.groupby(\"department\")[\"no_show\"].mean()."),
                _t("Schrijf: max_change = (released.groupby(\"department\")[\"no_show\"].mean() - "
                   "patients.groupby(\"department\")[\"no_show\"].mean()).abs().max()",
                   "Write: max_change = (released.groupby(\"department\")[\"no_show\"].mean() - "
                   "patients.groupby(\"department\")[\"no_show\"].mean()).abs().max()"),
            ],
            solution_code=('max_change = (released.groupby("department")["no_show"].mean()\n'
                           '              - patients.groupby("department")["no_show"].mean()).abs().max()'),
            correct_text=_t("Een paar procentpunt verschil. Of dat erg is, hangt af van de vraag van de onderzoekers.",
                            "A few percentage points. Whether that matters depends on the researchers' question."),
        ),
        Exercise(
            id="n_homogeneous", level="verdieping",
            checker=computed_number(lambda: float(homogeneous()), tolerance=0),
            hints=[
                _t("Maak groepjes met released.groupby(quasi_identifiers) en tel per groepje de verschillende "
                   "poli's met [\"department\"].nunique().",
                   "Make groups with released.groupby(quasi_identifiers) and count the different departments per "
                   "group with [\"department\"].nunique()."),
                _t("Een groepje waarin iedereen dezelfde poli heeft, heeft nunique gelijk aan 1.",
                   "A group in which everyone has the same department has nunique equal to 1."),
                _t("Schrijf: n_homogeneous = "
                   "(released.groupby(quasi_identifiers)[\"department\"].nunique() == 1).sum()",
                   "Write: n_homogeneous = (released.groupby(quasi_identifiers)[\"department\"].nunique() == 1).sum()"),
            ],
            solution_code='n_homogeneous = (released.groupby(quasi_identifiers)["department"].nunique() == 1).sum()',
            correct_text=_t("In deze groepjes verraadt de tabel de poli, ook met k = 5. Kijk welke poli en leeftijd "
                            "het zijn.",
                            "In these groups the table gives the department away, even with k = 5. Look at which "
                            "department and age they are."),
        ),
    ]


def _tables_synthetic_agreements(lang: str) -> list[Exercise]:
    def primary() -> pd.DataFrame:
        return _primary(_no_show_table())

    def primary_mixups() -> list[tuple[float, Text]]:
        table = _no_show_table()
        return [(float((table < K).sum().sum()), _t("Je telde ook de nullen. Die laten we staan: tel 1 tot en met 4.",
                                                   "You also counted the zeros. We leave those: count 1 to 4.")),
                (float(primary().any(axis=1).sum()), _t("Dat is het aantal rijen met een verborgen cel. Tel de "
                                                         "cellen zelf.",
                                                         "That is the number of rows with a hidden cell. Count the "
                                                         "cells themselves."))]

    def example_value() -> float:
        table, hidden = _no_show_table(), primary()
        one_hidden = hidden.sum(axis=1) == 1
        example = one_hidden[one_hidden].index[0]
        return float(table.loc[example][hidden.loc[example]].iloc[0])

    def recovered_mixups() -> list[tuple[float, Text]]:
        table, hidden = _no_show_table(), primary()
        example = (hidden.sum(axis=1) == 1).idxmax()
        return [(float(table.loc[example].sum()), _t("Dat is het totaal. Trek de zichtbare cellen er nog van af.",
                                                     "That is the total. Still subtract the visible cells.")),
                (float(table.loc[example][~hidden.loc[example]].sum()),
                 _t("Dat is de som van de zichtbare cellen. Trek die af van het totaal.",
                    "That is the sum of the visible cells. Subtract it from the total."))]

    def secondary_count() -> float:
        table = _no_show_table()
        return float(_secondary(table, _primary(table)).sum().sum() - _primary(table).sum().sum())

    def synthetic() -> pd.DataFrame:
        patients = _patients()
        rng = np.random.default_rng(SYNTHETIC_SEED)
        columns = ["age", "sex", "department", "reminder_sent", "lead_time_days", "no_show"]
        return pd.DataFrame({column: rng.choice(patients[column].to_numpy(), size=len(patients))
                             for column in columns})

    def gap(frame: pd.DataFrame) -> float:
        rates = frame.groupby("reminder_sent")["no_show"].mean()
        return float(rates[False] - rates[True])

    return [
        Exercise(
            id="n_primary", level="basis",
            checker=computed_number(lambda: float(primary().sum().sum()), tolerance=0, mixups=primary_mixups),
            hints=[
                _t("primary.sum() geeft per kolom het aantal True-waarden.",
                   "primary.sum() gives the number of True values per column."),
                _t("Tel die vier getallen op met nog een .sum().", "Add those four numbers with another .sum()."),
                _t("Schrijf: n_primary = primary.sum().sum()", "Write: n_primary = primary.sum().sum()"),
            ],
            solution_code="n_primary = primary.sum().sum()",
            correct_text=_t("Deze cellen zijn de primaire onderdrukking.", "These cells are the primary suppression."),
        ),
        Exercise(
            id="recovered_value", level="basis",
            checker=computed_number(example_value, tolerance=0, mixups=recovered_mixups),
            hints=[
                _t("Het totaal van de poli staat in published.loc[example, \"totaal\"].",
                   "The department's total is in published.loc[example, \"total\"]."),
                _t("De zichtbare cellen tel je op met published.loc[example, locations].sum().",
                   "Add up the visible cells with published.loc[example, locations].sum()."),
                _t("Schrijf: recovered_value = published.loc[example, \"totaal\"] - "
                   "published.loc[example, locations].sum()",
                   "Write: recovered_value = published.loc[example, \"total\"] - "
                   "published.loc[example, locations].sum()"),
            ],
            solution_code=_RECOVER[lang],
            correct_text=_t("Precies het getal dat verborgen was. Het verbergen was dus voor niets.",
                            "Exactly the number that was hidden. So hiding it was for nothing."),
        ),
        Exercise(
            id="n_secondary", level="verdieping",
            checker=computed_number(secondary_count, tolerance=0, mixups=lambda: [
                (float(_secondary(_no_show_table(), primary()).sum().sum()),
                 _t("Dat zijn alle verborgen cellen. Trek de primaire cellen er nog van af.",
                    "Those are all hidden cells. Still subtract the primary ones."))]),
            hints=[
                _t("hidden.sum().sum() telt alle verborgen cellen; primary.sum().sum() de eerste ronde.",
                   "hidden.sum().sum() counts all hidden cells; primary.sum().sum() the first round."),
                _t("Het verschil is het aantal extra cellen.", "The difference is the number of extra cells."),
                _t("Schrijf: n_secondary = hidden.sum().sum() - primary.sum().sum()",
                   "Write: n_secondary = hidden.sum().sum() - primary.sum().sum()"),
            ],
            solution_code="n_secondary = hidden.sum().sum() - primary.sum().sum()",
            correct_text=_t("Extra cellen verbergen kost informatie. Dat is de prijs van een veilige tabel.",
                            "Hiding extra cells costs information. That is the price of a safe table."),
        ),
        Exercise(
            id="synthetic_gap", level="basis",
            checker=computed_number(lambda: gap(synthetic()), tolerance=0.001, mixups=lambda: [
                (-gap(synthetic()), _t("Je rekende met min zonder. Draai het om: zonder min met.",
                                       "You computed with minus without. Turn it round: without minus with.")),
                (gap(_patients()), _t("Dat is het verschil in de echte data. Reken met synthetic.",
                                      "That is the difference in the real data. Compute with synthetic."))]),
            hints=[
                _t("synthetic.groupby(\"reminder_sent\")[\"no_show\"].mean() geeft het deel no-shows zonder "
                   "(False) en met (True) herinnering.",
                   "synthetic.groupby(\"reminder_sent\")[\"no_show\"].mean() gives the share of no-shows without "
                   "(False) and with (True) a reminder."),
                _t("Pak de twee getallen met [False] en [True] en trek ze van elkaar af.",
                   "Take the two numbers with [False] and [True] and subtract them."),
                _t("Schrijf: rates = synthetic.groupby(\"reminder_sent\")[\"no_show\"].mean() en daarna "
                   "synthetic_gap = rates[False] - rates[True]",
                   "Write: rates = synthetic.groupby(\"reminder_sent\")[\"no_show\"].mean() and then "
                   "synthetic_gap = rates[False] - rates[True]"),
            ],
            solution_code=('rates = synthetic.groupby("reminder_sent")["no_show"].mean()\n'
                           "synthetic_gap = rates[False] - rates[True]"),
            correct_text=_t("Bijna nul. In de echte data is het verschil veel groter.",
                            "Almost zero. In the real data the difference is much larger."),
        ),
        _choice("synthetic_use", "basis", [
            _t("Wat zit er nog wel in de synthetische tabel, en wat niet meer?",
               "What is still in the synthetic table, and what is not?"),
            _t("De verbanden tussen kolommen zijn weg, en er zit geen echte patiënt in.",
               "The links between columns are gone, and there is no real patient in it."),
            _t("Alleen testen en oefenen blijft over: \"a\".", "Only testing and practice remain: \"a\"."),
        ], _t("Kies de soort synthetische data bij het doel, en controleer wat erin zit.",
              "Choose the kind of synthetic data for the purpose, and check what is in it.")),
        _choice("new_request", "basis", [
            _t("Voor welk doel zijn de gegevens gedeeld? Past het nieuwe doel daarbij?",
               "For which purpose were the data shared? Does the new purpose fit it?"),
            _t("Denk aan doelbinding (artikel 5) en aan de afspraken in de datadeelovereenkomst.",
               "Think of purpose limitation (Article 5) and the terms of the data-sharing agreement."),
            _t("Het antwoord met doelbinding: \"b\".", "The answer with purpose limitation: \"b\"."),
        ], _t("Een nieuw doel vraagt een nieuwe afweging, en vaak nee.",
              "A new purpose needs a new assessment, and often a no.")),
    ]


_RECOVER = {
    "nl": 'recovered_value = published.loc[example, "totaal"] - published.loc[example, locations].sum()',
    "en": 'recovered_value = published.loc[example, "total"] - published.loc[example, locations].sum()',
}


_LESSONS: dict[str, Callable[[str], list[Exercise]]] = {
    "01_personal_or_anonymous": _personal_or_anonymous,
    "02_k_anonymity": _k_anonymity,
    "03_tables_synthetic_agreements": _tables_synthetic_agreements,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_personal_or_anonymous"``) in one language."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson](lang))
