"""Practice checks for module 02_data_digitalisation: instant feedback, tiered hints and solutions, in Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from data_digitalisation_practice import exercises, options
    q = exercises("02_cleaning_an_export", "nl")
    q.n_orders.check(n_orders)             # not attempted / not quite (with a reason) / correct
    q.n_orders.hint()                      # the next hint, each one more concrete
    q.n_orders.solution()                  # a worked solution
    choice_widget(q.ljouwert, options("ljouwert"))   # radio buttons instead of typing

``CHOICE_ITEMS`` holds every multiple-choice item of the lessons: the keyed answer, the options and a
per-option explanation in both languages (none of them is about a case of the AI use-case catalogue).

Expected values are computed from the regional data when a check runs (nothing from the data is written
down here), with the same steps the lesson notebooks take: change one, change both. The small milk table
of lesson 1 and the cost assumptions of lesson 3 are lesson scenarios, not data; they are written here and
in the notebooks.
"""

from __future__ import annotations

import json
import numbers
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, number, computed_number

DATASETS = Path(__file__).resolve().parents[3] / "datasets"
DATA = DATASETS / "data"
SURVEY = DATA / "sme_survey.csv"
MESSY = DATA / "sme_export_messy.csv"
CLEAN = DATA / "sme_export_clean.csv"
PACKAGE = DATASETS / "datapackage.json"

# Lesson 1: the milk table of a (made-up) dairy farm in Fryslân, litres per cow per month.
MILK = {"cow": ["Anna", "Bertha", "Clara"], "jan": [812, 790, 655], "feb": [798, 801, 640], "mar": [830, 815, 662]}
# Lessons 2 and 3: how the export writes a missing value, and what yes/no look like.
MISSING = ["", "NA", "n.v.t.", "-", "onbekend"]
YES = ["ja", "j", "yes", "1"]
NO = ["nee", "n", "no", "0"]
MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12}
# Names that no spelling rule can repair: Frisian names, older Dutch names and typos (lesson 2).
ALIASES = {"ljouwert": "Leeuwarden", "leewarden": "Leeuwarden", "groninge": "Groningen",
           "groningenstad": "Groningen", "hogeland": "Het Hogeland", "emmem": "Emmen",
           "tietjerksteradeel": "Tytsjerksteradiel", "tytsjerksteradeel": "Tytsjerksteradiel",
           "defriesemeren": "De Fryske Marren"}
EXCEL_DAY = 45400  # lesson 2: the Excel day number the learners convert
POSTCODE_PATTERN = "[0-9]{4} [A-Z]{2}"
# Lesson 3: the cost worksheet (assumptions a learner changes with the sliders; these are the defaults).
MINUTES_PER_FIX = 3
HOURLY_COST = 40
EXPORTS_PER_YEAR = 12
ONE_TIME_FIX = 3000
SHARE_PREVENTED = 0.8


# -- the data and the lesson's cleaning steps, recomputed on demand ------------------------------------


def _read(path: Path, **kwargs) -> pd.DataFrame:
    if not path.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {path}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {path}. Ask your teacher for help.",
        })
    return pd.read_csv(path, **kwargs)


def _survey() -> pd.DataFrame:
    return _read(SURVEY)


def _messy_text() -> pd.DataFrame:
    """The export exactly as text (lesson 2 reads it this way)."""
    return _read(MESSY, dtype=str, keep_default_na=False)


def _messy_default() -> pd.DataFrame:
    """The export as pandas reads it by default (lessons 1 and 3)."""
    return _read(MESSY)


def _schema() -> dict:
    package = json.loads(PACKAGE.read_text(encoding="utf-8"))
    return next(r for r in package["resources"] if r["name"] == "sme_export_clean")["schema"]


def _field(name: str) -> dict:
    return next(f for f in _schema()["fields"] if f["name"] == name)


def name_key(text: str) -> str:
    """Lower case, no accents, letters only: 'Súdwest Fryslân ' -> 'sudwestfryslan' (as in lesson 2)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def _normalise_municipality(name: str) -> str | None:
    by_key = {name_key(official): official for official in _field("municipality")["constraints"]["enum"]}
    key = name_key(name)
    return by_key[key] if key in by_key else ALIASES.get(key)


def _parse_weight(text: str) -> float | None:
    text = text.strip()
    if text in MISSING:
        return None
    if text.endswith(" g"):
        return round(float(text.removesuffix(" g").replace(",", ".")) / 1000, 1)
    return float(text.removesuffix(" kg").replace(",", "."))


def _orders() -> pd.DataFrame:
    """Lesson 2: one row per order (order number tidied, first copy kept)."""
    messy = _messy_text()
    order_ids = messy["order_id"].str.strip().str.upper()
    return messy.assign(order_id=order_ids).drop_duplicates(subset="order_id").reset_index(drop=True)


@lru_cache(maxsize=1)
def _schema_problems() -> tuple[int, int, int]:
    """Lesson 3: (postcodes breaking the pattern, municipalities not on the list, rows with any problem)."""
    messy = _messy_default().rename(columns={"weight": "weight_kg", "amount": "amount_eur"})
    bad = pd.DataFrame(index=messy.index)
    for field in _schema()["fields"]:
        for rule, mask in _field_problems(messy[field["name"]], field).items():
            bad[f"{field['name']}:{rule}"] = mask
    postcodes = messy["postcode"].dropna()
    n_postcodes = int((~postcodes.str.fullmatch(POSTCODE_PATTERN)).sum())
    allowed = _field("municipality")["constraints"]["enum"]
    n_municipalities = int((~messy["municipality"].isin(allowed)).sum())
    return n_postcodes, n_municipalities, int(bad.any(axis=1).sum())


def _field_problems(values: pd.Series, field: dict) -> dict[str, pd.Series]:
    """The same checks as check_field in lesson 3: one True/False column per rule."""
    rules = field.get("constraints", {})
    present = values.notna()
    text = values.astype(str)
    found = {}
    if field["type"] == "number":
        found["type"] = present & pd.to_numeric(values, errors="coerce").isna()
    if field["type"] == "date":
        found["type"] = present & pd.to_datetime(values, format="%Y-%m-%d", errors="coerce").isna()
    if field["type"] == "boolean":
        found["type"] = present & ~text.isin(["True", "False"])
    if rules.get("required"):
        found["required"] = ~present
    if rules.get("unique"):
        found["unique"] = present & values.duplicated(keep=False)
    if "pattern" in rules:
        found["pattern"] = present & ~text.str.fullmatch(rules["pattern"])
    if "enum" in rules:
        found["enum"] = present & ~values.isin(rules["enum"])
    if "minimum" in rules:
        found["minimum"] = pd.to_numeric(values, errors="coerce") < rules["minimum"]
    return found


def _yearly_cost() -> float:
    return _schema_problems()[2] * MINUTES_PER_FIX / 60 * HOURLY_COST * EXPORTS_PER_YEAR


# -- lesson-specific checkers (they raise Incorrect with a reason; they never use the answer's __eq__) --




def _check_excel_date(value: Any) -> None:
    expected = pd.Timestamp("1899-12-30") + pd.Timedelta(days=EXCEL_DAY)
    if isinstance(value, str):
        try:
            value = pd.Timestamp(value.strip())
        except ValueError:
            raise Incorrect({"nl": "Ik kan van deze tekst geen datum maken. Gebruik de functie parse_date.",
                             "en": "I cannot turn this text into a date. Use the function parse_date."}) from None
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        raise Incorrect({"nl": "Dit is nog een getal. Maak er een datum van met parse_date.",
                         "en": "This is still a number. Turn it into a date with parse_date."})
    if not hasattr(value, "year") or not hasattr(value, "month") or not hasattr(value, "day"):
        raise Incorrect({"nl": f"Ik verwacht een datum, maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a date, but got a {type(value).__name__}."})
    got = (int(value.year), int(value.month), int(value.day))
    if got == (expected.year, expected.month, expected.day):
        return
    if got == (expected.year, expected.day, expected.month):
        raise Incorrect({"nl": "Dag en maand zijn omgedraaid. Gebruik parse_date, die rekent vanaf 30 december 1899.",
                         "en": "Day and month are swapped. Use parse_date, which counts from 30 December 1899."})
    off = (pd.Timestamp(*got) - expected).days
    if abs(off) <= 2:
        raise Incorrect({"nl": f"Je zit er {abs(off)} dag(en) naast. Excel telt vanaf 30 december 1899, niet vanaf "
                               "1 januari 1900.",
                         "en": f"You are {abs(off)} day(s) off. Excel counts from 30 December 1899, not from "
                               "1 January 1900."})
    raise Incorrect({"nl": "Dat is niet de goede datum. Schrijf: excel_date = parse_date(\"45400\")",
                     "en": "That is not the right date. Write: excel_date = parse_date(\"45400\")"})


# -- the multiple-choice items of the lessons --------------------------------------------------------

CHOICE_ITEMS: dict[str, ChoiceItem] = {
    # lesson 1: tidy tables and data types
    "tidy_table": ChoiceItem(
        options={
            "a": {"nl": "Eén rij per koe, met een kolom voor elke maand (jan, feb, mar).",
                  "en": "One row per cow, with a column for each month (jan, feb, mar)."},
            "b": {"nl": "Eén rij per koe per maand, met de kolommen cow, month en litres.",
                  "en": "One row per cow per month, with the columns cow, month and litres."},
            "c": {"nl": "Eén rij per koe, met alles in één cel: \"jan 812 l, feb 798 l, mar 830 l\".",
                  "en": "One row per cow, with everything in one cell: \"jan 812 l, feb 798 l, mar 830 l\"."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Zo ziet een spreadsheet er vaak uit. Maar de maand zit dan in de kolomnamen, niet in een "
                        "kolom. Een nieuwe maand geeft een nieuwe kolom.",
                  "en": "Spreadsheets often look like this. But then the month sits in the column names, not in a "
                        "column. A new month means a new column."},
            "b": {"nl": "Elke rij is één waarneming, elke kolom is één eigenschap en elke cel heeft één waarde.",
                  "en": "Each row is one observation, each column is one property and each cell holds one value."},
            "c": {"nl": "Hier staan veel waarden in één cel, met de eenheid erbij. Een computer kan daar niet mee "
                        "rekenen.",
                  "en": "Here many values sit in one cell, with the unit attached. A computer cannot calculate "
                        "with that."},
        },
    ),
    "amount_type": ChoiceItem(
        options={
            "a": {"nl": "tekst (str)", "en": "text (str)"},
            "b": {"nl": "kommagetal (float)", "en": "decimal number (float)"},
            "c": {"nl": "ja/nee (bool)", "en": "yes/no (bool)"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Zo leest pandas de rommelige export nu in. Maar met tekst kun je niet optellen of een "
                        "gemiddelde nemen.",
                  "en": "That is how pandas reads the messy export now. But you cannot add up text or take an "
                        "average of it."},
            "b": {"nl": "Een bedrag is een getal met centen achter de komma. Dan kun je ermee rekenen.",
                  "en": "An amount is a number with cents after the decimal point. Then you can calculate with it."},
            "c": {"nl": "Ja/nee past bij een kolom als paid (betaald), niet bij een bedrag.",
                  "en": "Yes/no fits a column such as paid, not an amount."},
        },
    ),
    # lesson 2: cleaning
    "ljouwert": ChoiceItem(
        options={
            "a": {"nl": "Een tikfout in Leeuwarden.", "en": "A typo in Leeuwarden."},
            "b": {"nl": "De Friese naam van Leeuwarden.", "en": "The Frisian name of Leeuwarden."},
            "c": {"nl": "Een aparte gemeente in Fryslân.", "en": "A separate municipality in Fryslân."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Het lijkt op een tikfout, maar het is echt Fries. Het gaat om dezelfde stad.",
                  "en": "It looks like a typo, but it really is Frisian. It is the same city."},
            "b": {"nl": "Ljouwert is Fries voor Leeuwarden. Geen spellingsregel vindt dat. Je hebt een "
                        "opzoektabel nodig.",
                  "en": "Ljouwert is Frisian for Leeuwarden. No spelling rule finds that. You need a lookup "
                        "table."},
            "c": {"nl": "Ljouwert staat niet in de lijst met 40 officiële gemeenten. Het is een andere naam voor "
                        "Leeuwarden.",
                  "en": "Ljouwert is not on the list of 40 official municipalities. It is another name for "
                        "Leeuwarden."},
        },
    ),
    # lesson 3: checking against a schema
    "which_rule": ChoiceItem(
        options={
            "a": {"nl": "required: de cel mag niet leeg zijn.", "en": "required: the cell may not be empty."},
            "b": {"nl": "unique: elke waarde mag maar één keer voorkomen.",
                  "en": "unique: each value may appear only once."},
            "c": {"nl": "enum: de waarde moet op een vaste lijst staan.",
                  "en": "enum: the value must be on a fixed list."},
            "d": {"nl": "minimum: het getal mag niet kleiner zijn dan een grens.",
                  "en": "minimum: the number may not be below a limit."},
        },
        answer="c",
        explanations={
            "a": {"nl": "De cel is niet leeg: er staat \"Ljouwert\" in. Daarom vindt required dit niet.",
                  "en": "The cell is not empty: it says \"Ljouwert\". So required does not catch this."},
            "b": {"nl": "Gemeenten mogen vaak voorkomen: veel klanten wonen in dezelfde gemeente.",
                  "en": "Municipalities may appear many times: many customers live in the same municipality."},
            "c": {"nl": "Het schema geeft een lijst met de 40 officiële namen. Ljouwert staat daar niet op.",
                  "en": "The schema gives a list of the 40 official names. Ljouwert is not on it."},
            "d": {"nl": "Een minimum hoort bij getallen, zoals een bedrag. Een gemeente is tekst.",
                  "en": "A minimum belongs to numbers, such as an amount. A municipality is text."},
        },
    ),
}


def options(exercise_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice exercise, for ``choice_widget``."""
    return dict(CHOICE_ITEMS[exercise_id].options)


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _from_paper_to_data() -> list[Exercise]:
    def paper_firms() -> int:
        return int((_survey()["digital_maturity"] <= 2).sum())

    def paper_mixups() -> list[tuple[float, Text]]:
        maturity = _survey()["digital_maturity"]
        return [
            (int((maturity == 1).sum()), {"nl": "Dat zijn alleen de bedrijven op niveau 1. Tel niveau 2 ook mee.",
                                          "en": "Those are only the firms at level 1. Count level 2 as well."}),
            (int((maturity == 2).sum()), {"nl": "Dat zijn alleen de bedrijven op niveau 2. Tel niveau 1 ook mee.",
                                          "en": "Those are only the firms at level 2. Count level 1 as well."}),
            (int((maturity >= 2).sum()), {"nl": "Je telde niveau 2 en hoger. Ik zoek niveau 2 en lager: gebruik <=.",
                                          "en": "You counted level 2 and higher. I want level 2 and lower: use <=."}),
            (float((maturity <= 2).mean()), {"nl": "Dat is een deel. Ik zoek het aantal: gebruik .sum().",
                                             "en": "That is a share. I want the number: use .sum()."}),
        ]

    def feb_total() -> int:
        return sum(MILK["feb"])

    def feb_mixups() -> list[tuple[float, Text]]:
        return [
            (sum(MILK["jan"]), {"nl": "Dat is januari. Kies de maand \"feb\".",
                                "en": "That is January. Pick the month \"feb\"."}),
            (sum(MILK["jan"]) + sum(MILK["feb"]) + sum(MILK["mar"]),
             {"nl": "Dat is alle melk van drie maanden. Kies alleen de rijen van februari.",
              "en": "That is all the milk of three months. Pick only the rows for February."}),
            (MILK["feb"][0], {"nl": "Dat is alleen Anna. Tel de drie koeien bij elkaar op.",
                              "en": "That is only Anna. Add up the three cows."}),
        ]

    def not_numbers() -> int:
        return int(pd.to_numeric(_messy_default()["amount"], errors="coerce").isna().sum())

    def not_numbers_mixups() -> list[tuple[float, Text]]:
        amounts = pd.to_numeric(_messy_default()["amount"], errors="coerce")
        return [
            (int(amounts.notna().sum()), {"nl": "Dat zijn de bedragen die wél lukten. Tel de mislukte: .isna().",
                                          "en": "Those are the amounts that did work. Count the failures: .isna()."}),
            (float(amounts.isna().mean()), {"nl": "Dat is een deel. Ik zoek het aantal: gebruik .sum().",
                                            "en": "That is a share. I want the number: use .sum()."}),
        ]

    return [
        Exercise(
            id="n_paper_firms", level="basis",
            checker=computed_number(paper_firms, mixups=paper_mixups),
            hints=[
                {"nl": "Veel papier betekent: digital_maturity is 1 of 2. Dus: 2 of lager.",
                 "en": "Much paper means: digital_maturity is 1 or 2. So: 2 or lower."},
                {"nl": "survey[\"digital_maturity\"] <= 2 geeft True bij elk bedrijf op niveau 1 of 2. Met .sum() "
                       "tel je de True-waarden.",
                 "en": "survey[\"digital_maturity\"] <= 2 gives True for each firm at level 1 or 2. With .sum() you "
                       "count the True values."},
                {"nl": "Schrijf: n_paper_firms = (survey[\"digital_maturity\"] <= 2).sum()",
                 "en": "Write: n_paper_firms = (survey[\"digital_maturity\"] <= 2).sum()"},
            ],
            solution_code='n_paper_firms = (survey["digital_maturity"] <= 2).sum()',
            correct_text={"nl": "Voor deze bedrijven is digitaliseren de eerste stap, nog vóór AI.",
                          "en": "For these firms, going digital is the first step, even before AI."},
        ),
        Exercise(
            id="tidy_table", level="basis",
            checker=CHOICE_ITEMS["tidy_table"].checker,
            hints=[
                {"nl": "Een nette tabel heeft drie regels. Lees ze nog eens boven de opdracht.",
                 "en": "A tidy table has three rules. Read them again above the exercise."},
                {"nl": "Bij welke tabel staat de maand in een eigen kolom, en niet in de kolomnamen?",
                 "en": "In which table does the month have its own column, and not sit in the column names?"},
                {"nl": "Alleen b heeft één meting per rij en één waarde per cel. Dus: \"b\".",
                 "en": "Only b has one measurement per row and one value per cell. So: \"b\"."},
            ],
            solution_code='tidy_table = "b"',
            correct_text=CHOICE_ITEMS["tidy_table"].explanations["b"],
        ),
        Exercise(
            id="feb_total", level="basis",
            checker=computed_number(feb_total, mixups=feb_mixups),
            hints=[
                {"nl": "Gebruik de lange tabel milk_long. Kies eerst de rijen van februari.",
                 "en": "Use the long table milk_long. First pick the rows for February."},
                {"nl": "milk_long[milk_long[\"month\"] == \"feb\"] geeft de rijen van februari. Tel daarna de kolom "
                       "litres op met .sum().",
                 "en": "milk_long[milk_long[\"month\"] == \"feb\"] gives the rows for February. Then add up the "
                       "column litres with .sum()."},
                {"nl": "Schrijf: feb_total = milk_long[milk_long[\"month\"] == \"feb\"][\"litres\"].sum()",
                 "en": "Write: feb_total = milk_long[milk_long[\"month\"] == \"feb\"][\"litres\"].sum()"},
            ],
            solution_code='feb_total = milk_long[milk_long["month"] == "feb"]["litres"].sum()',
            correct_text={"nl": "In een nette tabel is elke vraag dezelfde stap: rijen kiezen, dan optellen.",
                          "en": "In a tidy table every question is the same step: pick rows, then add up."},
        ),
        Exercise(
            id="amount_type", level="basis",
            checker=CHOICE_ITEMS["amount_type"].checker,
            hints=[
                {"nl": "Wat wil je met een bedrag doen? Optellen, een gemiddelde nemen ...",
                 "en": "What do you want to do with an amount? Add up, take an average ..."},
                {"nl": "Bedragen hebben centen. Welk type past bij een getal met cijfers achter de komma?",
                 "en": "Amounts have cents. Which type fits a number with digits after the decimal point?"},
                {"nl": "Een bedrag is een kommagetal (float). Dus: \"b\".",
                 "en": "An amount is a decimal number (float). So: \"b\"."},
            ],
            solution_code='amount_type = "b"',
            correct_text=CHOICE_ITEMS["amount_type"].explanations["b"],
        ),
        Exercise(
            id="n_not_numbers", level="verdieping",
            checker=computed_number(not_numbers, mixups=not_numbers_mixups),
            hints=[
                {"nl": "amount_as_number heeft NaN (leeg) bij elk bedrag dat pandas niet kon lezen. Tel die.",
                 "en": "amount_as_number has NaN (empty) for each amount pandas could not read. Count those."},
                {"nl": ".isna() geeft True bij elke lege waarde. Met .sum() tel je ze.",
                 "en": ".isna() gives True for each empty value. With .sum() you count them."},
                {"nl": "Schrijf: n_not_numbers = amount_as_number.isna().sum()",
                 "en": "Write: n_not_numbers = amount_as_number.isna().sum()"},
            ],
            solution_code="n_not_numbers = amount_as_number.isna().sum()",
            correct_text={"nl": "Zoveel bedragen moet je eerst zelf omzetten. Dat doe je in les 2.",
                          "en": "You have to convert this many amounts yourself first. You will do that in lesson 2."},
        ),
    ]


def _cleaning_an_export() -> list[Exercise]:
    def missing_weight() -> int:
        return int(_messy_text()["weight"].isin(MISSING).sum())

    def missing_mixups() -> list[tuple[float, Text]]:
        weight = _messy_text()["weight"]
        return [
            (int(weight.isin(["", "NA"]).sum()),
             {"nl": "Dat is wat pandas zelf herkent: alleen lege cellen en NA. Gebruik de hele lijst MISSING.",
              "en": "That is what pandas finds by itself: only empty cells and NA. Use the whole list MISSING."}),
            (int((weight == "").sum()), {"nl": "Dat zijn alleen de lege cellen. Gebruik de hele lijst MISSING.",
                                         "en": "Those are only the empty cells. Use the whole list MISSING."}),
        ]

    def exact_duplicates() -> int:
        return int(_messy_text().duplicated().sum())

    def duplicate_mixups() -> list[tuple[float, Text]]:
        messy = _messy_text()
        return [
            (int(messy.duplicated(keep=False).sum()),
             {"nl": "Je telde beide kopieën. Ik zoek alleen de extra regels: laat keep=False weg.",
              "en": "You counted both copies. I only want the extra lines: leave out keep=False."}),
            (len(messy) - _orders().shape[0],
             {"nl": "Dat zijn álle extra regels, ook de orders die later opnieuw zijn geëxporteerd. Ik zoek alleen "
                    "regels die precies gelijk zijn: messy.duplicated().",
              "en": "Those are ALL the extra lines, including orders exported again later. I only want lines that "
                    "are exactly the same: messy.duplicated()."}),
        ]

    def orders() -> int:
        return int(_messy_text()["order_id"].str.strip().str.upper().nunique())

    def orders_mixups() -> list[tuple[float, Text]]:
        messy = _messy_text()
        return [
            (int(messy["order_id"].nunique()),
             {"nl": "Zo tel je \" ord-2024-0010\" en \"ORD-2024-0010\" als twee orders. Tel de nummers uit "
                    "order_ids: die zijn al netjes gemaakt.",
              "en": "This way \" ord-2024-0010\" and \"ORD-2024-0010\" count as two orders. Count the numbers in "
                    "order_ids: those have been tidied."}),
            (len(messy), {"nl": "Dat zijn alle regels, met de dubbele erbij. Tel de verschillende ordernummers.",
                          "en": "Those are all lines, duplicates included. Count the different order numbers."}),
        ]

    def total_weight() -> float:
        return float(_orders()["weight"].map(_parse_weight).sum())

    def weight_mixups() -> list[tuple[float, Text]]:
        messy = _messy_text()
        return [
            (float(messy["weight"].map(_parse_weight).sum()),
             {"nl": "Je telde ook de dubbele regels mee. Gebruik de tabel orders, niet messy.",
              "en": "You also counted the duplicate lines. Use the table orders, not messy."}),
        ]

    def municipalities() -> int:
        return int(_orders()["municipality"].map(_normalise_municipality).nunique())

    def municipalities_mixups() -> list[tuple[float, Text]]:
        return [
            (int(_orders()["municipality"].nunique()),
             {"nl": "Dat is het aantal schrijfwijzen vóór het opschonen. Gebruik eerst normalise_municipality.",
              "en": "That is the number of spellings before cleaning. Use normalise_municipality first."}),
            (40, {"nl": "Dat is het aantal gemeenten in de drie provincies. Niet elke gemeente komt in de export voor.",
                  "en": "That is the number of municipalities in the three provinces. Not every one appears in the "
                        "export."}),
        ]

    return [
        Exercise(
            id="n_missing_weight", level="basis",
            checker=computed_number(missing_weight, mixups=missing_mixups),
            hints=[
                {"nl": "Een ontbrekend gewicht kan op vijf manieren geschreven zijn. Die staan in de lijst MISSING.",
                 "en": "A missing weight can be written in five ways. They are in the list MISSING."},
                {"nl": "messy[\"weight\"].isin(MISSING) geeft True als het gewicht een van die vijf is. Tel de True-"
                       "waarden met .sum().",
                 "en": "messy[\"weight\"].isin(MISSING) gives True when the weight is one of those five. Count the "
                       "True values with .sum()."},
                {"nl": "Schrijf: n_missing_weight = messy[\"weight\"].isin(MISSING).sum()",
                 "en": "Write: n_missing_weight = messy[\"weight\"].isin(MISSING).sum()"},
            ],
            solution_code='n_missing_weight = messy["weight"].isin(MISSING).sum()',
            correct_text={"nl": "Pandas had een deel hiervan gemist. Kijk dus altijd zelf hoe 'leeg' geschreven is.",
                          "en": "Pandas would have missed some of these. So always look at how 'empty' is written."},
        ),
        Exercise(
            id="n_exact_duplicates", level="basis",
            checker=computed_number(exact_duplicates, mixups=duplicate_mixups),
            hints=[
                {"nl": "messy.duplicated() geeft True bij een regel die precies gelijk is aan een eerdere regel.",
                 "en": "messy.duplicated() gives True for a line that is exactly the same as an earlier line."},
                {"nl": "Tel de True-waarden met .sum().", "en": "Count the True values with .sum()."},
                {"nl": "Schrijf: n_exact_duplicates = messy.duplicated().sum()",
                 "en": "Write: n_exact_duplicates = messy.duplicated().sum()"},
            ],
            solution_code="n_exact_duplicates = messy.duplicated().sum()",
            correct_text={"nl": "Zonder opschonen zou je deze orders twee keer factureren.",
                          "en": "Without cleaning you would invoice these orders twice."},
        ),
        Exercise(
            id="n_orders", level="basis",
            checker=computed_number(orders, mixups=orders_mixups),
            hints=[
                {"nl": "order_ids bevat de ordernummers zonder spaties en in hoofdletters. Tel hoeveel verschillende "
                       "er zijn.",
                 "en": "order_ids holds the order numbers without spaces and in capitals. Count how many different "
                       "ones there are."},
                {"nl": ".nunique() telt het aantal verschillende waarden in een kolom.",
                 "en": ".nunique() counts the number of different values in a column."},
                {"nl": "Schrijf: n_orders = order_ids.nunique()", "en": "Write: n_orders = order_ids.nunique()"},
            ],
            solution_code="n_orders = order_ids.nunique()",
            correct_text={"nl": "Dit is het echte aantal orders. De rest waren dubbele regels.",
                          "en": "This is the real number of orders. The rest were duplicate lines."},
        ),
        Exercise(
            id="total_weight", level="verdieping",
            checker=computed_number(total_weight, tolerance=0.05, mixups=weight_mixups),
            hints=[
                {"nl": "Gebruik de functie parse_weight op elke waarde van orders[\"weight\"]. Tel daarna op.",
                 "en": "Use the function parse_weight on each value of orders[\"weight\"]. Then add up."},
                {"nl": ".map(parse_weight) voert de functie uit op elke cel van een kolom. .sum() slaat lege "
                       "waarden over.",
                 "en": ".map(parse_weight) runs the function on each cell of a column. .sum() skips empty values."},
                {"nl": "Schrijf: total_weight = orders[\"weight\"].map(parse_weight).sum()",
                 "en": "Write: total_weight = orders[\"weight\"].map(parse_weight).sum()"},
            ],
            solution_code='total_weight = orders["weight"].map(parse_weight).sum()',
            correct_text={"nl": "Met de ruwe tekst had je dit niet kunnen optellen.",
                          "en": "With the raw text you could not have added this up."},
        ),
        Exercise(
            id="excel_date", level="verdieping",
            checker=_check_excel_date,
            hints=[
                {"nl": "Een getal als 45400 is een Excel-dagnummer. De functie parse_date kan dat omzetten.",
                 "en": "A number such as 45400 is an Excel day number. The function parse_date can convert it."},
                {"nl": "parse_date verwacht tekst, zoals in de export. Zet het getal dus tussen aanhalingstekens.",
                 "en": "parse_date expects text, as in the export. So put the number in quotes."},
                {"nl": "Schrijf: excel_date = parse_date(\"45400\")",
                 "en": "Write: excel_date = parse_date(\"45400\")"},
            ],
            solution_code='excel_date = parse_date("45400")',
            correct_text={"nl": "Bekijk de datum met print(excel_date). Klopt het met wat je verwacht?",
                          "en": "Look at the date with print(excel_date). Is it what you expected?"},
        ),
        Exercise(
            id="ljouwert", level="basis",
            checker=CHOICE_ITEMS["ljouwert"].checker,
            hints=[
                {"nl": "Ljouwert komt voor in de export. Welke officiële gemeente bedoelt de klant?",
                 "en": "Ljouwert appears in the export. Which official municipality does the customer mean?"},
                {"nl": "In Fryslân hebben veel plaatsen ook een Friese naam.",
                 "en": "In Fryslân many places also have a Frisian name."},
                {"nl": "Ljouwert is de Friese naam van Leeuwarden. Dus: \"b\".",
                 "en": "Ljouwert is the Frisian name of Leeuwarden. So: \"b\"."},
            ],
            solution_code='ljouwert = "b"',
            correct_text=CHOICE_ITEMS["ljouwert"].explanations["b"],
        ),
        Exercise(
            id="n_municipalities", level="verdieping",
            checker=computed_number(municipalities, mixups=municipalities_mixups),
            hints=[
                {"nl": "Zet eerst elke naam om met normalise_municipality. Tel daarna de verschillende namen.",
                 "en": "First convert each name with normalise_municipality. Then count the different names."},
                {"nl": "orders[\"municipality\"].map(normalise_municipality) geeft de officiële namen. .nunique() "
                       "telt ze.",
                 "en": "orders[\"municipality\"].map(normalise_municipality) gives the official names. .nunique() "
                       "counts them."},
                {"nl": "Schrijf: n_municipalities = orders[\"municipality\"].map(normalise_municipality).nunique()",
                 "en": "Write: n_municipalities = orders[\"municipality\"].map(normalise_municipality).nunique()"},
            ],
            solution_code='n_municipalities = orders["municipality"].map(normalise_municipality).nunique()',
            correct_text={"nl": "Van veel schrijfwijzen naar één naam per gemeente: nu kun je per gemeente tellen.",
                          "en": "From many spellings to one name per municipality: now you can count per "
                                "municipality."},
        ),
    ]


def _schema_and_quality() -> list[Exercise]:
    def bad_postcodes() -> int:
        return _schema_problems()[0]

    def postcode_mixups() -> list[tuple[float, Text]]:
        postcodes = _messy_default()["postcode"].dropna()
        good = int(postcodes.str.fullmatch(POSTCODE_PATTERN).sum())
        return [
            (good, {"nl": "Dat zijn de postcodes die wél kloppen. Tel de postcodes die níet kloppen: zet ~ ervoor.",
                    "en": "Those are the postcodes that DO match. Count the ones that do NOT: put ~ in front."}),
            (len(postcodes), {"nl": "Dat zijn alle postcodes. Tel alleen de postcodes die het patroon breken.",
                              "en": "Those are all postcodes. Count only the ones that break the pattern."}),
        ]

    def bad_municipalities() -> int:
        return _schema_problems()[1]

    def municipality_mixups() -> list[tuple[float, Text]]:
        messy = _messy_default()
        allowed = _field("municipality")["constraints"]["enum"]
        return [
            (int(messy["municipality"].isin(allowed).sum()),
             {"nl": "Dat zijn de rijen die wél op de lijst staan. Zet ~ voor de vergelijking.",
              "en": "Those are the rows that ARE on the list. Put ~ in front of the comparison."}),
            (int(messy.loc[~messy["municipality"].isin(allowed), "municipality"].nunique()),
             {"nl": "Dat is het aantal verschillende foute namen. Ik zoek het aantal rijen met een foute naam.",
              "en": "That is the number of different wrong names. I want the number of rows with a wrong name."}),
        ]

    def yearly_cost() -> float:
        return _yearly_cost()

    def cost_mixups() -> list[tuple[float, Text]]:
        rows = _schema_problems()[2]
        return [
            (rows * MINUTES_PER_FIX * HOURLY_COST * EXPORTS_PER_YEAR,
             {"nl": "Je vergat minuten om te rekenen naar uren: deel door 60.",
              "en": "You forgot to turn minutes into hours: divide by 60."}),
            (rows * MINUTES_PER_FIX / 60 * HOURLY_COST,
             {"nl": "Dat zijn de kosten van één export. Vermenigvuldig met het aantal exports per jaar.",
              "en": "That is the cost of one export. Multiply by the number of exports per year."}),
        ]

    def payback() -> float:
        return ONE_TIME_FIX / (_yearly_cost() * SHARE_PREVENTED / 12)

    def payback_mixups() -> list[tuple[float, Text]]:
        return [
            (ONE_TIME_FIX / (_yearly_cost() / 12),
             {"nl": "Je rekende alsof álle fouten verdwijnen. De oplossing voorkomt maar een deel: "
                    "share_prevented.",
              "en": "You calculated as if ALL errors disappear. The fix prevents only part of them: "
                    "share_prevented."}),
            (ONE_TIME_FIX / (_yearly_cost() * SHARE_PREVENTED),
             {"nl": "Dat is in jaren. Ik vraag het aantal maanden: reken met de besparing per maand.",
              "en": "That is in years. I ask for the number of months: use the saving per month."}),
        ]

    return [
        Exercise(
            id="n_bad_postcodes", level="basis",
            checker=computed_number(bad_postcodes, mixups=postcode_mixups),
            hints=[
                {"nl": "Doe hetzelfde als in het voorbeeld met order_id, maar dan met de kolom postcode en het "
                       "patroon voor postcodes.",
                 "en": "Do the same as in the example with order_id, but with the column postcode and the pattern "
                       "for postcodes."},
                {"nl": "postcodes.str.fullmatch(pattern) geeft True als een postcode klopt. Met ~ ervoor krijg je "
                       "True als hij níet klopt.",
                 "en": "postcodes.str.fullmatch(pattern) gives True when a postcode matches. With ~ in front you get "
                       "True when it does NOT match."},
                {"nl": "Schrijf: n_bad_postcodes = (~postcodes.str.fullmatch(pattern)).sum()",
                 "en": "Write: n_bad_postcodes = (~postcodes.str.fullmatch(pattern)).sum()"},
            ],
            solution_code="n_bad_postcodes = (~postcodes.str.fullmatch(pattern)).sum()",
            correct_text={"nl": "Een schema vindt deze fouten meteen, bij elke nieuwe export opnieuw.",
                          "en": "A schema finds these errors at once, again with every new export."},
        ),
        Exercise(
            id="which_rule", level="basis",
            checker=CHOICE_ITEMS["which_rule"].checker,
            hints=[
                {"nl": "Ljouwert is niet leeg en het is geen getal. Wat is er dan mis mee?",
                 "en": "Ljouwert is not empty and it is not a number. So what is wrong with it?"},
                {"nl": "Kijk in het schema naar de kolom municipality. Welke regel staat daar?",
                 "en": "Look at the column municipality in the schema. Which rule is there?"},
                {"nl": "Het schema geeft een vaste lijst met namen (enum). Dus: \"c\".",
                 "en": "The schema gives a fixed list of names (enum). So: \"c\"."},
            ],
            solution_code='which_rule = "c"',
            correct_text=CHOICE_ITEMS["which_rule"].explanations["c"],
        ),
        Exercise(
            id="n_bad_municipalities", level="verdieping",
            checker=computed_number(bad_municipalities, mixups=municipality_mixups),
            hints=[
                {"nl": "De lijst met toegestane namen staat in allowed. Welke rijen hebben een naam die daar niet op "
                       "staat?",
                 "en": "The list of allowed names is in allowed. Which rows have a name that is not on it?"},
                {"nl": "messy[\"municipality\"].isin(allowed) geeft True als de naam op de lijst staat. Zet ~ ervoor "
                       "en tel met .sum().",
                 "en": "messy[\"municipality\"].isin(allowed) gives True when the name is on the list. Put ~ in "
                       "front and count with .sum()."},
                {"nl": "Schrijf: n_bad_municipalities = (~messy[\"municipality\"].isin(allowed)).sum()",
                 "en": "Write: n_bad_municipalities = (~messy[\"municipality\"].isin(allowed)).sum()"},
            ],
            solution_code='n_bad_municipalities = (~messy["municipality"].isin(allowed)).sum()',
            correct_text={"nl": "Elk van deze rijen valt weg als je per gemeente telt. Zo gaan cijfers stilletjes "
                                "mis.",
                          "en": "Each of these rows drops out when you count per municipality. That is how figures "
                                "go wrong without anyone noticing."},
        ),
        Exercise(
            id="yearly_cost", level="basis",
            checker=computed_number(yearly_cost, tolerance=0.5, mixups=cost_mixups),
            hints=[
                {"nl": "Reken in stappen: minuten per export, dan uren, dan euro's, dan keer het aantal exports.",
                 "en": "Work in steps: minutes per export, then hours, then euros, then times the number of "
                       "exports."},
                {"nl": "Minuten per export = n_bad_rows * minutes_per_fix. Deel door 60 voor uren. Keer "
                       "hourly_cost voor euro's.",
                 "en": "Minutes per export = n_bad_rows * minutes_per_fix. Divide by 60 for hours. Times "
                       "hourly_cost for euros."},
                {"nl": "Schrijf: yearly_cost = n_bad_rows * minutes_per_fix / 60 * hourly_cost * exports_per_year",
                 "en": "Write: yearly_cost = n_bad_rows * minutes_per_fix / 60 * hourly_cost * exports_per_year"},
            ],
            solution_code="yearly_cost = n_bad_rows * minutes_per_fix / 60 * hourly_cost * exports_per_year",
            correct_text={"nl": "Dit is een schatting. Met je eigen getallen kan het veel meer of minder zijn.",
                          "en": "This is an estimate. With your own numbers it may be much more or less."},
        ),
        Exercise(
            id="payback_months", level="verdieping",
            checker=computed_number(payback, tolerance=0.05, mixups=payback_mixups),
            hints=[
                {"nl": "Hoeveel bespaar je per maand? De oplossing voorkomt een deel (share_prevented) van de "
                       "kosten per jaar. Deel door 12.",
                 "en": "How much do you save per month? The fix prevents a share (share_prevented) of the yearly "
                       "cost. Divide by 12."},
                {"nl": "Besparing per maand = yearly_cost * share_prevented / 12. Deel de eenmalige kosten door "
                       "die besparing.",
                 "en": "Saving per month = yearly_cost * share_prevented / 12. Divide the one-time cost by that "
                       "saving."},
                {"nl": "Schrijf: payback_months = one_time_fix / (yearly_cost * share_prevented / 12)",
                 "en": "Write: payback_months = one_time_fix / (yearly_cost * share_prevented / 12)"},
            ],
            solution_code="payback_months = one_time_fix / (yearly_cost * share_prevented / 12)",
            correct_text={"nl": "Na deze tijd levert de oplossing geld op. Fouten voorkomen is vaak goedkoper dan "
                                "fouten herstellen.",
                          "en": "After this time the fix pays off. Preventing errors is often cheaper than "
                                "repairing them."},
        ),
    ]


_LESSONS: dict[str, Callable[[], list[Exercise]]] = {
    "01_from_paper_to_data": _from_paper_to_data,
    "02_cleaning_an_export": _cleaning_an_export,
    "03_schema_and_quality": _schema_and_quality,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"02_cleaning_an_export"``) in one language (``"nl"``/``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson]())
