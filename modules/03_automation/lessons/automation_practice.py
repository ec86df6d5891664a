"""Practice checks for module 03_automation: instant feedback, tiered hints and solutions, in Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from automation_practice import exercises, options
    q = exercises("03_human_in_the_loop", "nl")
    q.share_to_person.check(share_to_person)   # not attempted / not quite (with a reason) / correct
    q.share_to_person.hint()                   # the next hint, each one more concrete
    q.share_to_person.solution()               # a worked solution
    choice_widget(q.tier_sort_mail, options("tier_sort_mail"))   # radio buttons instead of typing

``CHOICE_ITEMS`` holds every multiple-choice and classification item of the lessons: the keyed answer, the
options and a per-option explanation in both languages. The item about sorting e-mails is about case UC48 of
the AI use-case catalogue (``datasets/data/ai_use_cases.csv``): its options are the catalogue's tier names and
its key is the catalogue's ``risk_tier``. The item about rejecting job applications is a scenario of this
module, not a catalogue case (the graded law assignment of module 05 uses the catalogue's recruitment case).

Expected values are computed from the e-mail data when a check runs (nothing from the data is written down
here), with the same settings as the lesson notebooks: change one, change both. The keyword rules of lesson 1
and the cost assumptions of lesson 3 are lesson scenarios; they are written here and in the notebooks.
"""

from __future__ import annotations

import numbers
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, number, computed_number

DATA = Path(__file__).resolve().parents[3] / "datasets" / "data" / "admin_emails.csv"
CATEGORIES = ("afspraak", "factuur", "klacht", "offerteaanvraag", "overig", "sollicitatie")
RANDOM_STATE = 0
TEST_SIZE = 0.25
# Lesson 1: the keyword rules, checked in this order; a mail without any keyword is "overig".
RULES = {
    "sollicitatie": ["sollicit", "vacature", "cv", "stage"],
    "klacht": ["klacht", "ontevreden", "lekt", "beschadigd", "onacceptabel"],
    "offerteaanvraag": ["offerte", "prijs", "kosten"],
    "factuur": ["factuur", "nota", "betal", "bedrag"],
    "afspraak": ["afspraak", "langs", "datum", "verzetten", "afzeggen"],
}
# Lesson 3: the threshold of the exercises and the cost worksheet's assumptions (the sliders' defaults).
THRESHOLD = 0.4
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.30, 0.951, 0.05))
MINUTES_SAVED_PER_MAIL = 2
MINUTES_PER_ERROR = 15
HOURLY_COST = 40
FIXED_COST = 300


# -- the data and the models the lessons build, recomputed on demand (and cached) -----------------------


@lru_cache(maxsize=1)
def _emails() -> pd.DataFrame:
    if not DATA.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {DATA}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {DATA}. Ask your teacher for help.",
        })
    emails = pd.read_csv(DATA)
    return emails.assign(text=emails["subject"] + "\n" + emails["body"])


def rule_based(text: str, rules: dict = RULES) -> str:
    """Lesson 1: the first category whose keywords occur in the text; otherwise "overig"."""
    text = text.lower()
    for category, words in rules.items():
        if any(word in text for word in words):
            return category
    return "overig"


def _rules_accuracy(rules: dict = RULES) -> float:
    emails = _emails()
    return float((emails["text"].map(lambda t: rule_based(t, rules)) == emails["category"]).mean())


@lru_cache(maxsize=1)
def _split():
    emails = _emails()
    return train_test_split(emails["text"], emails["category"], test_size=TEST_SIZE, random_state=RANDOM_STATE,
                            stratify=emails["category"])


@lru_cache(maxsize=1)
def _model():
    X_train, _X_test, y_train, _y_test = _split()
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000)).fit(X_train, y_train)


@lru_cache(maxsize=1)
def _test_results() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(true labels, predictions, confidence) on the test set."""
    _X_train, X_test, _y_train, y_test = _split()
    model = _model()
    return y_test.to_numpy(), model.predict(X_test), model.predict_proba(X_test).max(axis=1)


def _report() -> pd.DataFrame:
    y_test, predictions, _ = _test_results()
    report = classification_report(y_test, predictions, output_dict=True, zero_division=0)
    return pd.DataFrame(report).T.loc[list(CATEGORIES)]


def _at_threshold(threshold: float) -> tuple[float, float]:
    """(share routed automatically, error rate among those) at ``threshold``."""
    y_test, predictions, confidence = _test_results()
    automatic = confidence >= threshold
    error_rate = float((predictions[automatic] != y_test[automatic]).mean()) if automatic.any() else 0.0
    return float(automatic.mean()), error_rate


def net_benefit(n_mails, share_automated, error_rate, minutes_saved_per_mail, minutes_per_error, hourly_cost,
                fixed_cost) -> float:
    """Lesson 3's cost worksheet, in euros per year."""
    automated = n_mails * share_automated
    errors = automated * error_rate
    hours_saved = automated * minutes_saved_per_mail / 60
    hours_lost = errors * minutes_per_error / 60
    return (hours_saved - hours_lost) * hourly_cost - fixed_cost


def _net_at(threshold: float) -> float:
    share, error_rate = _at_threshold(threshold)
    return net_benefit(len(_emails()), share, error_rate, MINUTES_SAVED_PER_MAIL, MINUTES_PER_ERROR, HOURLY_COST,
                       FIXED_COST)


# -- lesson-specific checkers (they raise Incorrect with a reason; they never use the answer's __eq__) --




def _category_from_data(expected: Callable[[], str], wrong: Callable[[str], Text]) -> Callable[[Any], None]:
    """A category name (text) whose right value comes from the data; ``wrong`` explains a wrong category."""

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise Incorrect({"nl": "Geef de naam van een categorie als tekst, tussen aanhalingstekens.",
                             "en": "Give the name of a category as text, in quotes."})
        answer = value.strip().lower()
        if answer not in CATEGORIES:
            raise Incorrect({"nl": f"\"{value}\" is geen categorie. Kies uit: {', '.join(CATEGORIES)}.",
                             "en": f"\"{value}\" is not a category. Choose from: {', '.join(CATEGORIES)}."})
        if answer != expected():
            raise Incorrect(wrong(answer))

    return check


def _check_better_rules(value: Any) -> None:
    if not isinstance(value, dict):
        raise Incorrect({"nl": f"Ik verwacht een woordenboek (dict) zoals RULES, maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a dictionary (dict) like RULES, but got a {type(value).__name__}."})
    for category, words in value.items():
        if not isinstance(category, str) or category not in CATEGORIES:
            raise Incorrect({"nl": f"{category!r} is geen categorie. Kies uit: {', '.join(CATEGORIES)}.",
                             "en": f"{category!r} is not a category. Choose from: {', '.join(CATEGORIES)}."})
        if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) and w.strip() for w in words):
            raise Incorrect({"nl": f"Bij {category} hoort een lijst met woorden, zoals [\"klacht\", \"lekt\"].",
                             "en": f"{category} needs a list of words, such as [\"klacht\", \"lekt\"]."})
    rules = {category: [str(w).lower() for w in words] for category, words in value.items()}
    mine, baseline = _rules_accuracy(rules), _rules_accuracy()
    if mine <= baseline + 0.005:
        raise Incorrect({"nl": f"Je regels zitten goed bij {mine:.1%} van de mails. De regels uit de les halen "
                               f"{baseline:.1%}. Voeg woorden toe die vaak in één categorie voorkomen.",
                         "en": f"Your rules are right for {mine:.1%} of the mails. The rules of the lesson reach "
                               f"{baseline:.1%}. Add words that often occur in one category."})


# -- the multiple-choice and classification items of the lessons -------------------------------------

TIER_LABELS: dict[str, Text] = {
    "prohibited": {"nl": "Verboden (artikel 5)", "en": "Prohibited (Article 5)"},
    "high": {"nl": "Hoog risico (bijlage III)", "en": "High risk (Annex III)"},
    "limited": {"nl": "Beperkt risico: transparantieplicht (artikel 50)",
                "en": "Limited risk: transparency duty (Article 50)"},
    "minimal": {"nl": "Minimaal risico: geen extra plichten", "en": "Minimal risk: no extra duties"},
}

CHOICE_ITEMS: dict[str, ChoiceItem] = {
    # lesson 1: rules
    "rule_mistake": ChoiceItem(
        options={
            "a": {"nl": "factuur", "en": "factuur (invoice)"},
            "b": {"nl": "klacht", "en": "klacht (complaint)"},
            "c": {"nl": "afspraak", "en": "afspraak (appointment)"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Dat zeggen de regels, omdat het woord \"factuur\" erin staat. Maar de klant vraagt niets "
                        "over de factuur. Waar gaat de mail echt over?",
                  "en": "That is what the rules say, because the word \"factuur\" (invoice) is in it. But the "
                        "customer asks nothing about the invoice. What is the mail really about?"},
            "b": {"nl": "De klant belde al drie keer en de radiator blijft koud. Dat is een klacht. Eén los woord "
                        "stuurde de regels de verkeerde kant op.",
                  "en": "The customer called three times and the radiator stays cold. That is a complaint. One stray "
                        "word sent the rules the wrong way."},
            "c": {"nl": "De klant vraagt niet om een bezoek of een datum. De klant meldt een probleem.",
                  "en": "The customer does not ask for a visit or a date. The customer reports a problem."},
        },
    ),
    # lesson 2: precision and recall
    "which_metric": ChoiceItem(
        options={
            "a": {"nl": "De precisie voor klachten: van de mails die het model 'klacht' noemt, welk deel is echt "
                        "een klacht.",
                  "en": "The precision for complaints: of the mails the model calls 'complaint', what share really "
                        "is one."},
            "b": {"nl": "De recall voor klachten: van alle echte klachten, welk deel vindt het model.",
                  "en": "The recall for complaints: of all real complaints, what share the model finds."},
            "c": {"nl": "De nauwkeurigheid over alle mails samen.", "en": "The accuracy over all mails together."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Een lage precisie betekent: een collega krijgt soms een mail die geen klacht is. Dat is "
                        "lastig, maar snel opgelost. Een gemiste klacht is erger.",
                  "en": "Low precision means a colleague sometimes gets a mail that is no complaint. That is a "
                        "nuisance, but quickly solved. A missed complaint is worse."},
            "b": {"nl": "Een gemiste klacht blijft liggen en de klant wordt nog bozer. Recall telt precies die gemiste "
                        "klachten.",
                  "en": "A missed complaint is left lying and the customer gets even angrier. Recall counts exactly "
                        "those missed complaints."},
            "c": {"nl": "De nauwkeurigheid mengt alle categorieën. Een model kan goed scoren en toch veel klachten "
                        "missen.",
                  "en": "Accuracy mixes all categories. A model can score well and still miss many complaints."},
        },
    ),
    # lesson 3: the law
    "tier_sort_mail": ChoiceItem(
        options=dict(TIER_LABELS),
        answer="minimal",
        case="UC48",
        explanations={
            "prohibited": {"nl": "Mail sorteren staat niet in de lijst van verboden praktijken in artikel 5.",
                           "en": "Sorting mail is not on the list of prohibited practices in Article 5."},
            "high": {"nl": "Mail sorteren is geen gebied uit bijlage III. Het model beslist niets over mensen: een "
                           "collega leest de mail en beslist.",
                     "en": "Sorting mail is not an area of Annex III. The model decides nothing about people: a "
                           "colleague reads the mail and decides."},
            "limited": {"nl": "De transparantieplicht gaat over chatbots en gemaakte teksten of beelden. Dit model "
                              "praat niet met klanten en maakt niets.",
                        "en": "The transparency duty is about chatbots and generated text or images. This model does "
                              "not talk to customers and makes nothing."},
            "minimal": {"nl": "Minimaal risico: post sorteren, net als een spamfilter. Een mens beslist. Er gelden "
                              "geen extra plichten uit de AI-verordening.",
                        "en": "Minimal risk: sorting mail, like a spam filter. A person decides. No extra duties "
                              "under the AI Act apply."},
        },
    ),
    "tier_reject_applications": ChoiceItem(
        options=dict(TIER_LABELS),
        answer="high",
        explanations={
            "prohibited": {"nl": "Het is niet verboden: het staat niet in artikel 5. Wel gelden strenge eisen.",
                           "en": "It is not prohibited: it is not in Article 5. Strict requirements do apply."},
            "high": {"nl": "Sollicitaties analyseren en filteren valt onder werving en selectie: bijlage III, punt "
                           "4(a). Dat is hoog risico.",
                     "en": "Analysing and filtering job applications falls under recruitment and selection: Annex "
                           "III, point 4(a). That is high risk."},
            "limited": {"nl": "Het gaat om meer dan transparantie. Het model beslist over de kans op werk van een "
                              "mens.",
                        "en": "It is about more than transparency. The model decides on a person's chance of a job."},
            "minimal": {"nl": "Nu beslist het model over mensen: wie kans maakt op een baan. Dat is iets heel anders "
                              "dan post sorteren.",
                        "en": "Now the model decides about people: who gets a chance at a job. That is very "
                              "different from sorting mail."},
        },
    ),
}


def options(exercise_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice exercise, for ``choice_widget``."""
    return dict(CHOICE_ITEMS[exercise_id].options)


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _rules_for_the_inbox() -> list[Exercise]:
    def largest() -> str:
        return str(_emails()["category"].value_counts().idxmax())

    def largest_wrong(answer: str) -> Text:
        if answer == str(_emails()["category"].value_counts().idxmin()):
            return {"nl": "Dat is juist de kleinste categorie. Zoek de grootste.",
                    "en": "That is the smallest category. Look for the largest."}
        return {"nl": "Die categorie komt wel vaak voor, maar niet het vaakst. Kijk naar de bovenste regel van "
                      "value_counts().",
                "en": "That category is common, but not the most common. Look at the top line of value_counts()."}

    def accuracy_mixups() -> list[tuple[float, Text]]:
        emails = _emails()
        correct = int((emails["text"].map(rule_based) == emails["category"]).sum())
        return [
            (correct, {"nl": "Dat is het aantal goede mails. Ik zoek het deel: gebruik .mean() in plaats van .sum().",
                       "en": "That is the number of correct mails. I want the share: use .mean() instead of .sum()."}),
            (100 * _rules_accuracy(), {"nl": "Dat is een percentage. Geef een deel tussen 0 en 1.",
                                       "en": "That is a percentage. Give a share between 0 and 1."}),
            (1 - _rules_accuracy(), {"nl": "Dat is het deel dat de regels fout hebben. Ik zoek het deel dat goed is.",
                                     "en": "That is the share the rules get wrong. I want the share they get right."}),
        ]

    return [
        Exercise(
            id="largest_category", level="basis",
            checker=_category_from_data(largest, largest_wrong),
            hints=[
                {"nl": "De tabel van value_counts() staat al boven de figuur. De grootste staat bovenaan.",
                 "en": "The table of value_counts() is printed above the figure. The largest is at the top."},
                {"nl": "Je kunt het ook laten uitrekenen: emails[\"category\"].value_counts().idxmax() geeft de naam "
                       "van de grootste.",
                 "en": "You can also compute it: emails[\"category\"].value_counts().idxmax() gives the name of the "
                       "largest."},
                {"nl": "Schrijf: largest_category = emails[\"category\"].value_counts().idxmax()",
                 "en": "Write: largest_category = emails[\"category\"].value_counts().idxmax()"},
            ],
            solution_code='largest_category = emails["category"].value_counts().idxmax()',
            correct_text={"nl": "Die collega krijgt dus de meeste mails doorgestuurd.",
                          "en": "So that colleague gets the most mails forwarded."},
        ),
        Exercise(
            id="rules_accuracy", level="basis",
            checker=computed_number(_rules_accuracy, tolerance=0.001, mixups=accuracy_mixups),
            hints=[
                {"nl": "Vergelijk rule_predictions met de echte categorie. Het deel dat gelijk is, is de "
                       "nauwkeurigheid.",
                 "en": "Compare rule_predictions with the real category. The share that is equal is the accuracy."},
                {"nl": "rule_predictions == emails[\"category\"] geeft True bij elke goede mail. .mean() geeft het "
                       "deel True.",
                 "en": "rule_predictions == emails[\"category\"] gives True for each correct mail. .mean() gives the "
                       "share of True."},
                {"nl": "Schrijf: rules_accuracy = (rule_predictions == emails[\"category\"]).mean()",
                 "en": "Write: rules_accuracy = (rule_predictions == emails[\"category\"]).mean()"},
            ],
            solution_code='rules_accuracy = (rule_predictions == emails["category"]).mean()',
            correct_text={"nl": "Veel mails gaan goed, maar lang niet alle. Waar gaat het mis?",
                          "en": "Many mails go right, but far from all. Where does it go wrong?"},
        ),
        Exercise(
            id="rule_mistake", level="basis",
            checker=CHOICE_ITEMS["rule_mistake"].checker,
            hints=[
                {"nl": "Lees de mail als een collega. Wat wil de klant?",
                 "en": "Read the mail as a colleague would. What does the customer want?"},
                {"nl": "Het factuurnummer staat er alleen bij, zodat het bedrijf weet om welke klus het gaat.",
                 "en": "The invoice number is only mentioned so that the business knows which job it is about."},
                {"nl": "Drie keer gebeld, niemand belt terug, de radiator blijft koud: dat is een klacht. Dus: \"b\".",
                 "en": "Called three times, nobody calls back, the radiator stays cold: that is a complaint. "
                       "So: \"b\"."},
            ],
            solution_code='rule_mistake = "b"',
            correct_text=CHOICE_ITEMS["rule_mistake"].explanations["b"],
        ),
        Exercise(
            id="better_rules", level="verdieping",
            checker=_check_better_rules,
            hints=[
                {"nl": "Begin met een kopie van RULES. Zoek in de tabel hierboven welke categorie vaak fout gaat.",
                 "en": "Start with a copy of RULES. Look in the table above for the category that often goes wrong."},
                {"nl": "Verander \"cv\" in \"mijn cv\", dan telt cv-ketel niet meer mee. Veel klachten eindigen bij "
                       "'overig': voeg woorden toe zoals \"teleurgesteld\" of \"niet opgelost\".",
                 "en": "Change \"cv\" into \"mijn cv\" (my CV), so that cv-ketel no longer counts. Many complaints "
                       "end up as 'overig': add words such as \"teleurgesteld\" (disappointed) or \"niet opgelost\" "
                       "(not solved)."},
                {"nl": "Bekijk de oplossing met q.better_rules.solution(). Probeer daarna zelf nog een woord.",
                 "en": "Look at the solution with q.better_rules.solution(). Then try one more word yourself."},
            ],
            solution_code=(
                "better_rules = {\n"
                '    "sollicitatie": ["sollicit", "vacature", "mijn cv", "stage", "werkervaring", "diploma", "bijbaan"],\n'
                '    "klacht": ["klacht", "ontevreden", "lekt", "beschadigd", "onacceptabel", "teleurgesteld",\n'
                '               "niet opgelost", "slordig"],\n'
                '    "offerteaanvraag": ["offerte", "prijs", "kosten"],\n'
                '    "factuur": ["factuur", "nota", "betal", "bedrag", "rekening"],\n'
                '    "afspraak": ["afspraak", "langs", "datum", "verzetten", "afzeggen", "monteur"],\n'
                "}"
            ),
            correct_text={"nl": "Beter! Maar elke nieuwe regel kan ook een nieuwe fout maken. Zie je het verschil met "
                                "leren van voorbeelden?",
                          "en": "Better! But every new rule can also cause a new error. Do you see the difference "
                                "with learning from examples?"},
        ),
    ]


def _learning_from_examples() -> list[Exercise]:
    def accuracy() -> float:
        y_test, predictions, _ = _test_results()
        return float((predictions == y_test).mean())

    def accuracy_mixups() -> list[tuple[float, Text]]:
        y_test, predictions, _ = _test_results()
        _X_train, X_test, _y_train, _ = _split()
        return [
            (float((X_test.map(rule_based).to_numpy() == y_test).mean()),
             {"nl": "Dat is de score van de regels. Gebruik de voorspellingen van het model: predictions.",
              "en": "That is the score of the rules. Use the model's predictions: predictions."}),
            (int((predictions == y_test).sum()),
             {"nl": "Dat is het aantal goede mails. Ik zoek het deel: gebruik .mean().",
              "en": "That is the number of correct mails. I want the share: use .mean()."}),
        ]

    def recall_klacht() -> float:
        return float(_report().loc["klacht", "recall"])

    def recall_mixups() -> list[tuple[float, Text]]:
        report = _report()
        return [
            (float(report.loc["klacht", "precision"]),
             {"nl": "Dat is de precisie voor klachten. Recall staat in de kolom recall.",
              "en": "That is the precision for complaints. Recall is in the column recall."}),
            (float(report.loc["klacht", "f1-score"]),
             {"nl": "Dat is de f1-score, een mix van precisie en recall. Kies de kolom recall.",
              "en": "That is the f1-score, a mix of precision and recall. Pick the column recall."}),
        ]

    def weakest() -> str:
        return str(_report()["recall"].idxmin())

    def weakest_wrong(answer: str) -> Text:
        if answer == str(_report()["precision"].idxmin()):
            return {"nl": "Die categorie heeft de laagste precisie. Ik zoek de laagste recall.",
                    "en": "That category has the lowest precision. I want the lowest recall."}
        return {"nl": "Die categorie heeft niet de laagste recall. Kijk naar de kolom recall in per_category.",
                "en": "That category does not have the lowest recall. Look at the column recall in per_category."}

    return [
        Exercise(
            id="model_accuracy", level="basis",
            checker=computed_number(accuracy, tolerance=0.001, mixups=accuracy_mixups),
            hints=[
                {"nl": "Doe hetzelfde als bij de regels in les 1, maar nu met predictions en y_test.",
                 "en": "Do the same as for the rules in lesson 1, but now with predictions and y_test."},
                {"nl": "predictions == y_test geeft True bij elke goede mail. .mean() geeft het deel.",
                 "en": "predictions == y_test gives True for each correct mail. .mean() gives the share."},
                {"nl": "Schrijf: model_accuracy = (predictions == y_test).mean()",
                 "en": "Write: model_accuracy = (predictions == y_test).mean()"},
            ],
            solution_code="model_accuracy = (predictions == y_test).mean()",
            correct_text={"nl": "Vergelijk met de regels op dezelfde testmails. Het model doet het duidelijk beter.",
                          "en": "Compare with the rules on the same test mails. The model clearly does better."},
        ),
        Exercise(
            id="recall_klacht", level="basis",
            checker=computed_number(recall_klacht, tolerance=0.001, mixups=recall_mixups),
            hints=[
                {"nl": "De tabel per_category heeft een rij per categorie en een kolom recall.",
                 "en": "The table per_category has a row per category and a column recall."},
                {"nl": "Met .loc[rij, kolom] pak je één getal uit een tabel.",
                 "en": "With .loc[row, column] you take one number from a table."},
                {"nl": "Schrijf: recall_klacht = per_category.loc[\"klacht\", \"recall\"]",
                 "en": "Write: recall_klacht = per_category.loc[\"klacht\", \"recall\"]"},
            ],
            solution_code='recall_klacht = per_category.loc["klacht", "recall"]',
            correct_text={"nl": "Zo'n deel van de klachten vindt het model. De rest komt bij een verkeerde collega.",
                          "en": "That share of the complaints the model finds. The rest reaches the wrong colleague."},
        ),
        Exercise(
            id="which_metric", level="basis",
            checker=CHOICE_ITEMS["which_metric"].checker,
            hints=[
                {"nl": "Wat is erger: een gemiste klacht, of een mail die onterecht bij de klachtencollega komt?",
                 "en": "What is worse: a missed complaint, or a mail that wrongly reaches the complaints colleague?"},
                {"nl": "Welke maat telt de gemiste klachten?", "en": "Which measure counts the missed complaints?"},
                {"nl": "Recall kijkt naar alle echte klachten en telt hoeveel het model vindt. Dus: \"b\".",
                 "en": "Recall looks at all real complaints and counts how many the model finds. So: \"b\"."},
            ],
            solution_code='which_metric = "b"',
            correct_text=CHOICE_ITEMS["which_metric"].explanations["b"],
        ),
        Exercise(
            id="weakest_category", level="verdieping",
            checker=_category_from_data(weakest, weakest_wrong),
            hints=[
                {"nl": "Zoek in per_category de categorie met de laagste recall.",
                 "en": "Look in per_category for the category with the lowest recall."},
                {"nl": "per_category[\"recall\"].idxmin() geeft de naam van de rij met de laagste waarde.",
                 "en": "per_category[\"recall\"].idxmin() gives the name of the row with the lowest value."},
                {"nl": "Schrijf: weakest_category = per_category[\"recall\"].idxmin()",
                 "en": "Write: weakest_category = per_category[\"recall\"].idxmin()"},
            ],
            solution_code='weakest_category = per_category["recall"].idxmin()',
            correct_text={"nl": "Kijk in de verwarringsmatrix: waar komen die gemiste mails terecht?",
                          "en": "Look in the confusion matrix: where do those missed mails end up?"},
        ),
    ]


def _human_in_the_loop() -> list[Exercise]:
    def to_person() -> float:
        return 1 - _at_threshold(THRESHOLD)[0]

    def to_person_mixups() -> list[tuple[float, Text]]:
        share, _ = _at_threshold(THRESHOLD)
        _, _, confidence = _test_results()
        return [
            (share, {"nl": "Dat is het deel dat automatisch gaat. Ik zoek het deel dat naar een mens gaat.",
                     "en": "That is the share handled automatically. I want the share that goes to a person."}),
            (int((confidence < THRESHOLD).sum()),
             {"nl": "Dat is het aantal mails. Ik zoek het deel: gebruik .mean().",
              "en": "That is the number of mails. I want the share: use .mean()."}),
        ]

    def error_rate() -> float:
        return _at_threshold(THRESHOLD)[1]

    def error_mixups() -> list[tuple[float, Text]]:
        y_test, predictions, confidence = _test_results()
        return [
            (float((predictions != y_test).mean()),
             {"nl": "Dat is het foutpercentage over álle mails. Kijk alleen naar de mails die automatisch gaan.",
              "en": "That is the error rate over ALL mails. Look only at the mails handled automatically."}),
            (int((predictions[confidence >= THRESHOLD] != y_test[confidence >= THRESHOLD]).sum()),
             {"nl": "Dat is het aantal fouten. Ik zoek het deel: gebruik .mean().",
              "en": "That is the number of errors. I want the share: use .mean()."}),
        ]

    def net() -> float:
        return _net_at(THRESHOLD)

    def net_mixups() -> list[tuple[float, Text]]:
        share, rate = _at_threshold(THRESHOLD)
        n = len(_emails())
        return [
            (net_benefit(n, share, rate, MINUTES_SAVED_PER_MAIL, MINUTES_PER_ERROR, HOURLY_COST, 0),
             {"nl": "Je vergat de vaste kosten van het systeem (fixed_cost) af te trekken.",
              "en": "You forgot to subtract the fixed cost of the system (fixed_cost)."}),
            (net_benefit(n, share, 0.0, MINUTES_SAVED_PER_MAIL, MINUTES_PER_ERROR, HOURLY_COST, FIXED_COST),
             {"nl": "Je rekende zonder de tijd die fouten kosten. Tel de fouten mee.",
              "en": "You left out the time that errors cost. Count the errors too."}),
        ]

    def best() -> float:
        return max(THRESHOLDS, key=_net_at)

    def check_best(value: Any) -> None:
        computed_number(best, tolerance=0.001)(value)

    def check_best_threshold(value: Any) -> None:
        try:
            check_best(value)
        except Incorrect:
            if isinstance(value, numbers.Real) and not isinstance(value, bool):
                if abs(float(value) - max(THRESHOLDS, key=lambda t: -_net_at(t))) <= 0.001:
                    raise Incorrect({"nl": "Bij die drempel is de winst juist het laagst. Gebruik idxmax.",
                                     "en": "At that threshold the benefit is the lowest. Use idxmax."}) from None
                if float(value) > 1:
                    raise Incorrect({"nl": "Dat is een bedrag, geen drempel. Ik zoek de drempel met de hoogste winst.",
                                     "en": "That is an amount, not a threshold. I want the threshold with the "
                                           "highest benefit."}) from None
            raise

    return [
        Exercise(
            id="share_to_person", level="basis",
            checker=computed_number(to_person, tolerance=0.001, mixups=to_person_mixups),
            hints=[
                {"nl": "Een mail gaat naar een mens als de zekerheid (confidence) lager is dan de drempel.",
                 "en": "A mail goes to a person when the confidence is lower than the threshold."},
                {"nl": "confidence < threshold geeft True bij elke mail voor een mens. .mean() geeft het deel.",
                 "en": "confidence < threshold gives True for each mail for a person. .mean() gives the share."},
                {"nl": "Schrijf: share_to_person = (confidence < threshold).mean()",
                 "en": "Write: share_to_person = (confidence < threshold).mean()"},
            ],
            solution_code="share_to_person = (confidence < threshold).mean()",
            correct_text={"nl": "Deze mails leest een collega zelf. De rest gaat automatisch door.",
                          "en": "A colleague reads these mails. The rest is forwarded automatically."},
        ),
        Exercise(
            id="error_rate_auto", level="basis",
            checker=computed_number(error_rate, tolerance=0.001, mixups=error_mixups),
            hints=[
                {"nl": "Kijk alleen naar de mails die automatisch gaan: automatic is True. Welk deel daarvan is fout?",
                 "en": "Look only at the mails handled automatically: automatic is True. What share of those is "
                       "wrong?"},
                {"nl": "predictions[automatic] en y_test[automatic] zijn de automatische mails. != geeft True bij een "
                       "fout.",
                 "en": "predictions[automatic] and y_test[automatic] are the automatic mails. != gives True for an "
                       "error."},
                {"nl": "Schrijf: error_rate_auto = (predictions[automatic] != y_test[automatic]).mean()",
                 "en": "Write: error_rate_auto = (predictions[automatic] != y_test[automatic]).mean()"},
            ],
            solution_code="error_rate_auto = (predictions[automatic] != y_test[automatic]).mean()",
            correct_text={"nl": "Zonder drempel zou dit hoger zijn. De twijfelgevallen gaan nu naar een mens.",
                          "en": "Without a threshold this would be higher. The doubtful cases now go to a person."},
        ),
        Exercise(
            id="net_benefit", level="basis",
            checker=computed_number(net, tolerance=0.5, mixups=net_mixups),
            hints=[
                {"nl": "Volg het rekenblad: eerst het aantal automatische mails, dan de fouten, dan de uren.",
                 "en": "Follow the worksheet: first the number of automatic mails, then the errors, then the hours."},
                {"nl": "De functie worksheet doet alle stappen. Geef haar n_mails, het deel dat automatisch gaat "
                       "(1 - share_to_person), error_rate_auto en de vier aannames.",
                 "en": "The function worksheet does all steps. Give it n_mails, the share handled automatically "
                       "(1 - share_to_person), error_rate_auto and the four assumptions."},
                {"nl": "Schrijf: net_benefit = worksheet(n_mails, 1 - share_to_person, error_rate_auto, "
                       "minutes_saved_per_mail, minutes_per_error, hourly_cost, fixed_cost)",
                 "en": "Write: net_benefit = worksheet(n_mails, 1 - share_to_person, error_rate_auto, "
                       "minutes_saved_per_mail, minutes_per_error, hourly_cost, fixed_cost)"},
            ],
            solution_code=("net_benefit = worksheet(n_mails, 1 - share_to_person, error_rate_auto,\n"
                           "                        minutes_saved_per_mail, minutes_per_error, hourly_cost, fixed_cost)"),
            correct_text={"nl": "Dit is een schatting per jaar, met aannames. Verander ze en kijk wat er gebeurt.",
                          "en": "This is an estimate per year, with assumptions. Change them and see what happens."},
        ),
        Exercise(
            id="best_threshold", level="verdieping",
            checker=check_best_threshold,
            hints=[
                {"nl": "De tabel results heeft per drempel de netto winst. Zoek de rij met de hoogste winst.",
                 "en": "The table results has the net benefit per threshold. Find the row with the highest benefit."},
                {"nl": "results[\"net_benefit\"].idxmax() geeft het rijnummer. Met .loc pak je de drempel uit die "
                       "rij.",
                 "en": "results[\"net_benefit\"].idxmax() gives the row number. With .loc you take the threshold "
                       "from that row."},
                {"nl": "Schrijf: best_threshold = results.loc[results[\"net_benefit\"].idxmax(), \"threshold\"]",
                 "en": "Write: best_threshold = results.loc[results[\"net_benefit\"].idxmax(), \"threshold\"]"},
            ],
            solution_code='best_threshold = results.loc[results["net_benefit"].idxmax(), "threshold"]',
            correct_text={"nl": "Let op: dit hangt af van je aannames én van maar 200 testmails. Houd de drempel in de "
                                "gaten als het systeem draait.",
                          "en": "Careful: this depends on your assumptions AND on only 200 test mails. Keep an eye "
                                "on the threshold once the system runs."},
        ),
        Exercise(
            id="tier_sort_mail", level="basis",
            checker=CHOICE_ITEMS["tier_sort_mail"].checker,
            hints=[
                {"nl": "Beslist het model iets over mensen, of sorteert het alleen post?",
                 "en": "Does the model decide anything about people, or does it only sort mail?"},
                {"nl": "Een spamfilter is het bekendste voorbeeld van minimaal risico.",
                 "en": "A spam filter is the best-known example of minimal risk."},
                {"nl": "Mail sorteren, met een mens die beslist: minimaal risico. Dus: \"minimal\".",
                 "en": "Sorting mail, with a person who decides: minimal risk. So: \"minimal\"."},
            ],
            solution_code='tier_sort_mail = "minimal"',
            correct_text=CHOICE_ITEMS["tier_sort_mail"].explanations["minimal"],
        ),
        Exercise(
            id="tier_reject_applications", level="basis",
            checker=CHOICE_ITEMS["tier_reject_applications"].checker,
            hints=[
                {"nl": "Waarover beslist het model nu? Over post, of over mensen?",
                 "en": "What does the model decide about now? About mail, or about people?"},
                {"nl": "Bijlage III noemt gebieden met hoog risico. Werk en werving is er één van.",
                 "en": "Annex III lists high-risk areas. Employment and recruitment is one of them."},
                {"nl": "Sollicitaties filteren valt onder bijlage III, punt 4(a). Dus: \"high\".",
                 "en": "Filtering job applications falls under Annex III, point 4(a). So: \"high\"."},
            ],
            solution_code='tier_reject_applications = "high"',
            correct_text=CHOICE_ITEMS["tier_reject_applications"].explanations["high"],
        ),
    ]


_LESSONS: dict[str, Callable[[], list[Exercise]]] = {
    "01_rules_for_the_inbox": _rules_for_the_inbox,
    "02_learning_from_examples": _learning_from_examples,
    "03_human_in_the_loop": _human_in_the_loop,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"03_human_in_the_loop"``) in one language (``"nl"``/``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson]())
