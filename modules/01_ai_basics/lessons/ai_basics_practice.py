"""Practice checks for module 01_ai_basics: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from ai_basics_practice import exercises, options
    q = exercises("01_what_is_ai", "nl")
    q.n_rows.check(n_rows)              # not attempted / not quite (with a reason) / correct
    q.n_rows.hint()                     # the next hint, each one more concrete
    q.n_rows.solution()                 # a worked solution
    choice_widget(q.learning_system, options("learning_system"))   # radio buttons instead of typing

Expected values are computed from the regional SME survey when a check runs (nothing from the data is
written down here), with the same settings as the lesson notebooks use: change one, change both.
``CHOICE_ITEMS`` holds every multiple-choice item of the lessons: the keyed answer, the options and an
explanation for every option, so that a test can check the key.
"""

from __future__ import annotations

import numbers
from pathlib import Path
from typing import Any, Callable

import pandas as pd
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, boolean, number

DATA = Path(__file__).resolve().parents[3] / "datasets" / "data" / "sme_survey.csv"
FEATURES = ["employees", "digital_maturity", "uses_cloud", "has_webshop"]
LABEL = "uses_ai"
RANDOM_STATE = 42
TEST_SIZE = 0.25
LESSON2_DEPTH = 3
LESSON3_DEPTH = 3
DEPTHS = range(1, 16)
NEW_FIRM = {"employees": [120], "digital_maturity": [4], "uses_cloud": [True], "has_webshop": [False]}


# -- the data and the models the lessons build, recomputed on demand -----------------------------------


def _survey() -> pd.DataFrame:
    if not DATA.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {DATA}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {DATA}. Ask your teacher for help.",
        })
    return pd.read_csv(DATA)


def _lesson2_model() -> DecisionTreeClassifier:
    survey = _survey()
    return DecisionTreeClassifier(max_depth=LESSON2_DEPTH, random_state=RANDOM_STATE).fit(
        survey[FEATURES], survey[LABEL])


def _split():
    survey = _survey()
    return train_test_split(survey[FEATURES], survey[LABEL], test_size=TEST_SIZE,
                            random_state=RANDOM_STATE, stratify=survey[LABEL])


def _lesson3_matrix():
    X_train, X_test, y_train, y_test = _split()
    model = DecisionTreeClassifier(max_depth=LESSON3_DEPTH, random_state=RANDOM_STATE).fit(X_train, y_train)
    return confusion_matrix(y_test, model.predict(X_test)), model.score(X_test, y_test)


def _depth_scores() -> dict[int, tuple[float, float]]:
    X_train, X_test, y_train, y_test = _split()
    scores = {}
    for depth in DEPTHS:
        model = DecisionTreeClassifier(max_depth=depth, random_state=RANDOM_STATE).fit(X_train, y_train)
        scores[depth] = (model.score(X_train, y_train), model.score(X_test, y_test))
    return scores


# -- lesson-specific checkers (they raise Incorrect with a reason; they never use the answer's __eq__) --


def _number_from_data(expected: Callable[[], float], *, tolerance: float = 1e-6,
                      mixups: Callable[[], list[tuple[float, Text]]] = lambda: []) -> Callable[[Any], None]:
    """Like ``number``, but the expected value is computed at check time, and common mix-ups get their own text."""

    def check(value: Any) -> None:
        target = float(expected())
        try:
            number(target, tolerance=tolerance)(value)
        except Incorrect:
            if not isinstance(value, numbers.Real) or isinstance(value, bool):
                raise
            for other, text in mixups():
                if abs(float(value) - float(other)) <= tolerance and abs(float(other) - target) > tolerance:
                    raise Incorrect(text) from None
            raise

    return check


def _choice_from_data(expected: Callable[[], str], allowed: list[str], wrong: Text) -> Callable[[Any], None]:
    """A text answer whose right value comes from the data; ``allowed`` are the sensible options."""

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise Incorrect({"nl": "Geef de naam van een kolom als tekst, tussen aanhalingstekens.",
                             "en": "Give the name of a column as text, in quotes."})
        answer = value.strip()
        if answer not in allowed:
            raise Incorrect({"nl": f"\"{value}\" is geen kenmerk van dit model. Kies uit: {', '.join(allowed)}.",
                             "en": f"\"{value}\" is not a feature of this model. Choose from: {', '.join(allowed)}."})
        if answer != expected():
            raise Incorrect(wrong)

    return check


def _check_x_two(value: Any) -> None:
    wanted = ["employees", "digital_maturity"]
    if isinstance(value, pd.Series):
        raise Incorrect({
            "nl": "Dit is één kolom. Voor een tabel met twee kolommen gebruik je dubbele blokhaken: survey[[...]].",
            "en": "This is a single column. For a table with two columns use double brackets: survey[[...]].",
        })
    if not isinstance(value, pd.DataFrame):
        raise Incorrect({"nl": f"Ik verwacht een tabel (DataFrame), maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a table (DataFrame), but got a {type(value).__name__}."})
    columns = [str(column) for column in value.columns]
    if LABEL in columns:
        raise Incorrect({
            "nl": "Je tabel bevat uses_ai. Dat is het label: het antwoord zelf. Dat mag geen kenmerk zijn.",
            "en": "Your table contains uses_ai. That is the label: the answer itself. It cannot be a feature.",
        })
    if sorted(columns) != sorted(wanted):
        raise Incorrect({"nl": f"Je tabel heeft de kolommen {columns}. Ik zoek precies: {wanted}.",
                         "en": f"Your table has the columns {columns}. I am looking for exactly: {wanted}."})
    survey = _survey()
    if len(value) != len(survey):
        raise Incorrect({"nl": f"Je tabel heeft {len(value)} rijen, maar de enquête heeft er {len(survey)}. "
                               "Neem alle rijen mee.",
                         "en": f"Your table has {len(value)} rows, but the survey has {len(survey)}. "
                               "Keep all the rows."})
    for column in wanted:
        if value[column].to_numpy().tolist() != survey[column].to_numpy().tolist():
            raise Incorrect({"nl": f"De kolom {column} heeft andere waarden dan in de enquête. Neem de kolom over "
                                   "zonder hem te veranderen.",
                             "en": f"The column {column} holds other values than in the survey. Copy the column "
                                   "without changing it."})


def _check_small_tree(value: Any) -> None:
    if not isinstance(value, DecisionTreeClassifier):
        raise Incorrect({"nl": f"Ik verwacht een DecisionTreeClassifier, maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a DecisionTreeClassifier, but got a {type(value).__name__}."})
    if value.max_depth != 2:
        raise Incorrect({"nl": f"Je boom heeft max_depth={value.max_depth}. Maak hem met max_depth=2.",
                         "en": f"Your tree has max_depth={value.max_depth}. Create it with max_depth=2."})
    if not hasattr(value, "tree_"):
        raise Incorrect({"nl": "Je boom is nog niet getraind. Roep .fit(X, y) aan.",
                         "en": "Your tree has not been trained yet. Call .fit(X, y)."})
    used = [str(name) for name in getattr(value, "feature_names_in_", [])]
    if sorted(used) != sorted(FEATURES):
        raise Incorrect({"nl": f"Je boom leerde van {used or 'iets anders dan een tabel'}. Train hem op X: "
                               "de vier kenmerken.",
                         "en": f"Your tree learned from {used or 'something other than a table'}. Train it on X: "
                               "the four features."})
    if int(value.tree_.n_node_samples[0]) != len(_survey()):
        raise Incorrect({"nl": "Je boom leerde niet van alle bedrijven. Gebruik X en y uit de les.",
                         "en": "Your tree did not learn from all firms. Use X and y from the lesson."})


def _check_prediction(value: Any) -> None:
    expected = bool(_lesson2_model().predict(pd.DataFrame(NEW_FIRM))[0])
    boolean(expected, {
        "nl": "Dat is niet wat het model zegt. Maak de tabel firm zoals in de opdracht en gebruik model.predict(firm).",
        "en": "That is not what the model says. Build the table firm as in the exercise and use model.predict(firm).",
    })(value)


def _top_feature() -> str:
    return FEATURES[int(_lesson2_model().tree_.feature[0])]


def _check_best_depth(value: Any) -> None:
    whole = isinstance(value, numbers.Integral) or (isinstance(value, numbers.Real) and float(value).is_integer())
    if isinstance(value, bool) or not whole:
        raise Incorrect({"nl": f"Ik verwacht een heel getal (een diepte), maar kreeg een {type(value).__name__}.",
                         "en": f"I expected a whole number (a depth), but got a {type(value).__name__}."})
    depth = int(value)
    if depth not in DEPTHS:
        raise Incorrect({"nl": f"Kies een diepte uit de tabel results: {DEPTHS.start} tot en met {DEPTHS.stop - 1}.",
                         "en": f"Pick a depth from the table results: {DEPTHS.start} up to {DEPTHS.stop - 1}."})
    scores = _depth_scores()
    best_test = max(test for _, test in scores.values())
    if scores[depth][1] == best_test:
        return
    best_train = max(train for train, _ in scores.values())
    if scores[depth][0] == best_train:
        raise Incorrect({"nl": "Op die diepte is de score op de trainingsdata het hoogst. Kijk naar test_accuracy.",
                         "en": "At that depth the score on the training data is highest. Look at test_accuracy."})
    raise Incorrect({"nl": "Er is een diepte met een hogere score op de testdata. Zoek de hoogste test_accuracy.",
                     "en": "There is a depth with a higher score on the test data. Find the highest test_accuracy."})


# -- the multiple-choice items of the lessons (radio buttons with choice_widget, or typed) ---------------

CHOICE_ITEMS: dict[str, ChoiceItem] = {
    # lesson 1: rules or learning from examples
    "learning_system": ChoiceItem(
        options={
            "a": {"nl": "Een thermostaat zet de verwarming aan als het kouder is dan 19 graden.",
                  "en": "A thermostat turns on the heating when it is colder than 19 degrees."},
            "b": {"nl": "Een webshop in Groningen raadt producten aan. Dat doet hij op basis van wat eerdere "
                        "klanten kochten.",
                  "en": "A webshop in Groningen recommends products, based on what earlier customers bought."},
            "c": {"nl": "Een parkeerautomaat in Leeuwarden rekent 2 euro per uur.",
                  "en": "A parking meter in Leeuwarden charges 2 euros an hour."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Een thermostaat volgt één vaste regel. Een mens heeft die regel bedacht.",
                  "en": "A thermostat follows one fixed rule. A person wrote that rule."},
            "b": {"nl": "De webshop leert van de aankopen van klanten. Dat is leren van voorbeelden.",
                  "en": "The webshop learns from what customers bought. That is learning from examples."},
            "c": {"nl": "De automaat rekent met een vaste prijs. Hij leert niets van voorbeelden.",
                  "en": "The meter uses a fixed price. It learns nothing from examples."},
        },
    ),
    # lesson 2: features and label
    "label_choice": ChoiceItem(
        options={
            "a": {"nl": "firm_id", "en": "firm_id"},
            "b": {"nl": "uses_ai", "en": "uses_ai"},
            "c": {"nl": "digital_maturity", "en": "digital_maturity"},
        },
        answer="b",
        explanations={
            "a": {"nl": "firm_id is alleen een naamkaartje. Het zegt niets over AI-gebruik.",
                  "en": "firm_id is only a name tag. It says nothing about AI use."},
            "b": {"nl": "uses_ai is het label. De andere kolommen kunnen kenmerken zijn.",
                  "en": "uses_ai is the label. The other columns can be features."},
            "c": {"nl": "digital_maturity is een kenmerk: het helpt bij het voorspellen. Het is niet het "
                        "antwoord zelf.",
                  "en": "digital_maturity is a feature: it helps to predict. It is not the answer itself."},
        },
    ),
    # lesson 3: accuracy on imbalanced data, and overfitting
    "accuracy_conclusion": ChoiceItem(
        options={
            "a": {"nl": "Het model is heel goed, want het heeft de meeste bedrijven goed.",
                  "en": "The model is very good, because it gets most firms right."},
            "b": {"nl": "Bij scheve data zegt nauwkeurigheid alleen weinig. Vergelijk met 'altijd nee' en bekijk "
                        "de fouten.",
                  "en": "With imbalanced data, accuracy alone says little. Compare with 'always no' and look at "
                        "the mistakes."},
            "c": {"nl": "Nauwkeurigheid is altijd de beste maat voor een model.",
                  "en": "Accuracy is always the best measure for a model."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Ook 'altijd nee' heeft de meeste bedrijven goed. Toch vindt die geen enkel AI-bedrijf.",
                  "en": "'Always no' also gets most firms right. Yet it finds not a single AI firm."},
            "b": {"nl": "Daarom kijken we hierna naar de verwarringsmatrix.",
                  "en": "That is why we look at the confusion matrix next."},
            "c": {"nl": "Bij scheve data kan een nutteloos model toch een hoge nauwkeurigheid halen.",
                  "en": "With imbalanced data, a useless model can still reach a high accuracy."},
        },
    ),
    "overfit_diagnosis": ChoiceItem(
        options={
            "a": {"nl": "Het model heeft te weinig geleerd. Het is te eenvoudig.",
                  "en": "The model has learned too little. It is too simple."},
            "b": {"nl": "Het model heeft de trainingsdata uit het hoofd geleerd (overfitting).",
                  "en": "The model has learned the training data by heart (overfitting)."},
            "c": {"nl": "De testdata zijn fout, want het model scoort daar lager.",
                  "en": "The test data are wrong, because the model scores lower there."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Een te eenvoudig model scoort óók slecht op de trainingsdata. Hier is die score juist "
                        "heel hoog.",
                  "en": "A model that is too simple ALSO scores badly on the training data. Here that score is "
                        "very high."},
            "b": {"nl": "Een kleinere boom (minder diepte) helpt vaak tegen overfitting.",
                  "en": "A smaller tree (less depth) often helps against overfitting."},
            "c": {"nl": "De testdata zijn gewone bedrijven die het model nog niet zag. Daar hoort het model het "
                        "goed te doen.",
                  "en": "The test data are ordinary firms the model had not seen. That is where the model should "
                        "do well."},
        },
    ),
}


def options(exercise_id: str) -> dict[str, Text]:
    """The answer options of a multiple-choice exercise, for ``choice_widget``."""
    return dict(CHOICE_ITEMS[exercise_id].options)


def _choice(exercise_id: str) -> dict[str, Any]:
    """Checker and 'correct' text of a multiple-choice exercise, from its item."""
    item = CHOICE_ITEMS[exercise_id]
    return {"checker": item.checker, "correct_text": item.explanations[item.answer]}


# -- the exercises, per lesson ---------------------------------------------------------------------------


def _what_is_ai() -> list[Exercise]:
    survey = _survey  # read the data when a check runs, not when the lesson starts
    return [
        Exercise(
            id="learning_system", level="basis",
            **_choice("learning_system"),
            hints=[
                {"nl": "Zoek het systeem dat beter wordt als het meer voorbeelden ziet.",
                 "en": "Look for the system that gets better when it sees more examples."},
                {"nl": "Bij twee systemen heeft een mens de regel vooraf vastgelegd. Welke twee zijn dat?",
                 "en": "For two of the systems a person fixed the rule in advance. Which two are they?"},
                {"nl": "De thermostaat en de parkeerautomaat volgen een vaste regel. Dus: \"b\".",
                 "en": "The thermostat and the parking meter follow a fixed rule. So: \"b\"."},
            ],
            solution_code='learning_system = "b"',
        ),
        Exercise(
            id="n_rows", level="basis",
            checker=_number_from_data(lambda: len(survey()), mixups=lambda: [
                (survey().shape[1], {"nl": "Dat is het aantal kolommen. Ik zoek het aantal rijen.",
                                     "en": "That is the number of columns. I am looking for the number of rows."}),
                (5, {"nl": "head() laat alleen de eerste vijf rijen zien. De tabel heeft er veel meer.",
                     "en": "head() shows only the first five rows. The table has many more."}),
            ]),
            hints=[
                {"nl": "Elke rij is één bedrijf. Je zoekt dus het aantal rijen van de tabel survey.",
                 "en": "Each row is one firm. So you are looking for the number of rows of the table survey."},
                {"nl": "De functie len() telt de rijen van een tabel.",
                 "en": "The function len() counts the rows of a table."},
                {"nl": "Schrijf: n_rows = len(survey)", "en": "Write: n_rows = len(survey)"},
            ],
            solution_code="n_rows = len(survey)",
            correct_text={"nl": "Elke rij is één bedrijf uit de enquête.", "en": "Each row is one firm in the survey."},
        ),
        Exercise(
            id="n_drenthe", level="basis",
            checker=_number_from_data(lambda: int((survey()["province"] == "Drenthe").sum()), mixups=lambda: [
                (int((survey()["province"] == "Groningen").sum()),
                 {"nl": "Dat is het aantal voor Groningen. Verander de naam van de provincie in \"Drenthe\".",
                  "en": "That is the number for Groningen. Change the province name to \"Drenthe\"."}),
                (len(survey()), {"nl": "Dat zijn alle bedrijven. Tel alleen de bedrijven in Drenthe.",
                                 "en": "Those are all firms. Count only the firms in Drenthe."}),
            ]),
            hints=[
                {"nl": "Doe hetzelfde als in het voorbeeld voor Groningen, maar dan voor Drenthe.",
                 "en": "Do the same as in the example for Groningen, but for Drenthe."},
                {"nl": "survey[\"province\"] == \"Drenthe\" geeft True bij elk bedrijf in Drenthe. .sum() telt de "
                       "True-waarden.",
                 "en": "survey[\"province\"] == \"Drenthe\" gives True for each firm in Drenthe. .sum() counts the "
                       "True values."},
                {"nl": "Schrijf: n_drenthe = (survey[\"province\"] == \"Drenthe\").sum()",
                 "en": "Write: n_drenthe = (survey[\"province\"] == \"Drenthe\").sum()"},
            ],
            solution_code='n_drenthe = (survey["province"] == "Drenthe").sum()',
            correct_text={"nl": "Zo tel je rijen die aan een voorwaarde voldoen.",
                          "en": "This is how you count the rows that meet a condition."},
        ),
        Exercise(
            id="ai_share", level="verdieping",
            checker=_number_from_data(lambda: survey()["uses_ai"].mean(), tolerance=0.005, mixups=lambda: [
                (100 * survey()["uses_ai"].mean(),
                 {"nl": "Dat is een percentage. Geef een deel tussen 0 en 1, dus bijvoorbeeld 0.25 in plaats van 25.",
                  "en": "That is a percentage. Give a share between 0 and 1, so for example 0.25 instead of 25."}),
                (survey()["uses_ai"].sum(),
                 {"nl": "Dat is het aantal bedrijven met AI. Ik zoek het deel: gebruik .mean() in plaats van .sum().",
                  "en": "That is the number of firms using AI. I want the share: use .mean() instead of .sum()."}),
                (survey()["uses_cloud"].mean(),
                 {"nl": "Dat is het deel dat de cloud gebruikt. Kies de kolom uses_ai.",
                  "en": "That is the share using the cloud. Pick the column uses_ai."}),
                (1 - survey()["uses_ai"].mean(),
                 {"nl": "Dat is het deel dat géén AI gebruikt. Ik zoek het deel dat wel AI gebruikt.",
                  "en": "That is the share that does NOT use AI. I want the share that does."}),
            ]),
            hints=[
                {"nl": "Kijk naar het voorbeeld met uses_cloud. Doe hetzelfde met uses_ai.",
                 "en": "Look at the example with uses_cloud. Do the same with uses_ai."},
                {"nl": "True telt als 1 en False als 0. Het gemiddelde (.mean()) is dan het deel met True.",
                 "en": "True counts as 1 and False as 0. The average (.mean()) is then the share that is True."},
                {"nl": "Schrijf: ai_share = survey[\"uses_ai\"].mean()",
                 "en": "Write: ai_share = survey[\"uses_ai\"].mean()"},
            ],
            solution_code='ai_share = survey["uses_ai"].mean()',
            correct_text={"nl": "Dit getal heb je in les 3 weer nodig. Onthoud het!",
                          "en": "You will need this number again in lesson 3. Remember it!"},
        ),
    ]


def _first_classifier() -> list[Exercise]:
    return [
        Exercise(
            id="label_choice", level="basis",
            **_choice("label_choice"),
            hints=[
                {"nl": "Het label is het antwoord dat het model moet leren geven.",
                 "en": "The label is the answer the model has to learn to give."},
                {"nl": "Wat wil het mkb-loket weten over elk bedrijf?",
                 "en": "What does the SME desk want to know about each firm?"},
                {"nl": "Het loket wil weten of een bedrijf AI gebruikt. Dus: \"b\".",
                 "en": "The desk wants to know whether a firm uses AI. So: \"b\"."},
            ],
            solution_code='label_choice = "b"',
        ),
        Exercise(
            id="X_two", level="basis",
            checker=_check_x_two,
            hints=[
                {"nl": "Kijk hoe X gemaakt is. Doe hetzelfde, maar met een lijst van twee kolomnamen.",
                 "en": "Look at how X was made. Do the same, but with a list of two column names."},
                {"nl": "Een lijst schrijf je tussen blokhaken: [\"employees\", \"digital_maturity\"]. Zet die lijst "
                       "tussen survey[ en ].",
                 "en": "You write a list between brackets: [\"employees\", \"digital_maturity\"]. Put that list "
                       "between survey[ and ]."},
                {"nl": "Schrijf: X_two = survey[[\"employees\", \"digital_maturity\"]]",
                 "en": "Write: X_two = survey[[\"employees\", \"digital_maturity\"]]"},
            ],
            solution_code='X_two = survey[["employees", "digital_maturity"]]',
            correct_text={"nl": "Een tabel met alleen de kenmerken die jij kiest.",
                          "en": "A table with only the features you chose."},
        ),
        Exercise(
            id="small_tree", level="basis",
            checker=_check_small_tree,
            hints=[
                {"nl": "Doe hetzelfde als bij model, maar met max_depth=2.",
                 "en": "Do the same as for model, but with max_depth=2."},
                {"nl": "Eerst maak je de boom: DecisionTreeClassifier(max_depth=2, random_state=42). Daarna train "
                       "je hem met .fit(X, y).",
                 "en": "First you create the tree: DecisionTreeClassifier(max_depth=2, random_state=42). Then you "
                       "train it with .fit(X, y)."},
                {"nl": "Schrijf twee regels: small_tree = DecisionTreeClassifier(max_depth=2, random_state=42) en "
                       "daarna small_tree.fit(X, y)",
                 "en": "Write two lines: small_tree = DecisionTreeClassifier(max_depth=2, random_state=42) and "
                       "then small_tree.fit(X, y)"},
            ],
            solution_code="small_tree = DecisionTreeClassifier(max_depth=2, random_state=42)\nsmall_tree.fit(X, y)",
            correct_text={"nl": "Bekijk de regels van je kleine boom met export_text(small_tree, "
                                "feature_names=features).",
                          "en": "Look at the rules of your small tree with export_text(small_tree, "
                                "feature_names=features)."},
        ),
        Exercise(
            id="prediction", level="verdieping",
            checker=_check_prediction,
            hints=[
                {"nl": "Kijk naar het voorbeeld met new_firms. De tabel firm is al klaar; je hoeft alleen nog te "
                       "voorspellen.",
                 "en": "Look at the example with new_firms. The table firm is ready; you only have to predict."},
                {"nl": "model.predict(firm) geeft een rij met één antwoord. Met [0] pak je dat antwoord.",
                 "en": "model.predict(firm) gives a row with one answer. With [0] you take that answer."},
                {"nl": "Schrijf: prediction = model.predict(firm)[0]",
                 "en": "Write: prediction = model.predict(firm)[0]"},
            ],
            solution_code=(
                'firm = pd.DataFrame({"employees": [120], "digital_maturity": [4], "uses_cloud": [True],\n'
                '                     "has_webshop": [False]})\n'
                "prediction = model.predict(firm)[0]"
            ),
            correct_text={"nl": "Dit is een voorspelling, geen feit. Het model kan zich vergissen.",
                          "en": "This is a prediction, not a fact. The model can be wrong."},
        ),
        Exercise(
            id="top_feature", level="verdieping",
            checker=_choice_from_data(_top_feature, FEATURES, {
                "nl": "Dat kenmerk komt wel in de boom voor, maar niet als eerste vraag. Kijk naar de allereerste "
                      "regel.",
                "en": "That feature does appear in the tree, but not as the first question. Look at the very "
                      "first line.",
            }),
            hints=[
                {"nl": "De boom stelt zijn eerste vraag in de bovenste regel van export_text.",
                 "en": "The tree asks its first question in the top line of export_text."},
                {"nl": "De bovenste regel begint met |--- en daarna de naam van een kolom. Die naam zoek je.",
                 "en": "The top line starts with |--- followed by the name of a column. That name is what you want."},
                {"nl": "Neem de kolomnaam uit de eerste regel over, tussen aanhalingstekens. In code kan het ook: "
                       "top_feature = features[model.tree_.feature[0]]",
                 "en": "Copy the column name from the first line, in quotes. In code you can also write: "
                       "top_feature = features[model.tree_.feature[0]]"},
            ],
            solution_code=(
                "# the first line of export_text(model, feature_names=features) names it; in code:\n"
                "top_feature = features[model.tree_.feature[0]]"
            ),
            correct_text={"nl": "Het model vindt dit kenmerk het nuttigst om mee te beginnen.",
                          "en": "The model finds this feature the most useful one to start with."},
        ),
    ]


def _evaluating_models() -> list[Exercise]:
    def baseline() -> float:
        y_test = _split()[3]
        return float((y_test == False).mean())  # noqa: E712 - the same code the learners write

    def baseline_mixups() -> list[tuple[float, Text]]:
        y_test = _split()[3]
        return [
            (float(y_test.mean()), {"nl": "Dat is het deel dat wél AI gebruikt. 'Altijd nee' heeft het goed bij "
                                          "de bedrijven zónder AI.",
                                    "en": "That is the share that DOES use AI. 'Always no' is right for the firms "
                                          "WITHOUT AI."}),
            (_lesson3_matrix()[1], {"nl": "Dat is de score van het model. Ik zoek de score van 'altijd nee'.",
                                    "en": "That is the model's score. I am looking for the score of 'always no'."}),
        ]

    def missed() -> int:
        return int(_lesson3_matrix()[0][1, 0])

    def missed_mixups() -> list[tuple[float, Text]]:
        matrix = _lesson3_matrix()[0]
        return [
            (int(matrix[0, 1]), {"nl": "Dat zijn de bedrijven die het model ten onrechte 'ja' noemt. Ik zoek "
                                       "bedrijven die wél AI gebruiken, maar die het model 'nee' noemt.",
                                 "en": "Those are the firms the model wrongly calls 'yes'. I want the firms that DO "
                                       "use AI but that the model calls 'no'."}),
            (int(matrix[1, 1]), {"nl": "Dat zijn de AI-bedrijven die het model wél vond. Ik zoek de gemiste.",
                                 "en": "Those are the AI firms the model did find. I want the ones it missed."}),
            (int(matrix[0, 0]), {"nl": "Dat zijn de bedrijven zonder AI die het model goed had. Kijk in de rij "
                                       "'echt: ja'.",
                                 "en": "Those are the firms without AI that the model got right. Look in the row "
                                       "'actual: yes'."}),
        ]

    def recall() -> float:
        matrix = _lesson3_matrix()[0]
        return float(matrix[1, 1] / (matrix[1, 0] + matrix[1, 1]))

    def recall_mixups() -> list[tuple[float, Text]]:
        matrix, accuracy = _lesson3_matrix()
        return [
            (float(matrix[1, 1] / (matrix[0, 1] + matrix[1, 1])),
             {"nl": "Dat is de precisie: van de 'ja'-voorspellingen, hoeveel klopten. Recall kijkt naar alle "
                    "bedrijven die echt AI gebruiken.",
              "en": "That is the precision: of the 'yes' predictions, how many were right. Recall looks at all "
                    "firms that really use AI."}),
            (float(accuracy), {"nl": "Dat is de nauwkeurigheid van het model. Ik zoek de recall.",
                               "en": "That is the model's accuracy. I am looking for the recall."}),
            (float(matrix[1, 0] / (matrix[1, 0] + matrix[1, 1])),
             {"nl": "Dat is het deel dat het model mist. Recall is het deel dat het model vindt.",
              "en": "That is the share the model misses. Recall is the share the model finds."}),
        ]

    return [
        Exercise(
            id="baseline_accuracy", level="basis",
            checker=_number_from_data(baseline, tolerance=0.001, mixups=baseline_mixups),
            hints=[
                {"nl": "'Altijd nee' heeft het goed bij elk bedrijf dat geen AI gebruikt. Welk deel van de testset "
                       "is dat?",
                 "en": "'Always no' is right for every firm that does not use AI. What share of the test set is "
                       "that?"},
                {"nl": "y_test == False geeft True bij elk bedrijf zonder AI. Het gemiddelde daarvan is het deel.",
                 "en": "y_test == False gives True for every firm without AI. Its average is the share."},
                {"nl": "Schrijf: baseline_accuracy = (y_test == False).mean()",
                 "en": "Write: baseline_accuracy = (y_test == False).mean()"},
            ],
            solution_code="baseline_accuracy = (y_test == False).mean()",
            correct_text={"nl": "Een model dat niets leert, scoort dit al. Een goed model moet beter zijn.",
                          "en": "A model that learns nothing already scores this. A good model must do better."},
        ),
        Exercise(
            id="accuracy_conclusion", level="basis",
            **_choice("accuracy_conclusion"),
            hints=[
                {"nl": "Kijk nog eens naar de score van 'altijd nee'. Is dat een slim model?",
                 "en": "Look again at the score of 'always no'. Is that a smart model?"},
                {"nl": "Als maar een klein deel 'ja' is, haal je met 'altijd nee' al een hoge score.",
                 "en": "If only a small share is 'yes', 'always no' already gets a high score."},
                {"nl": "Het juiste antwoord vergelijkt met 'altijd nee' en kijkt naar de fouten: \"b\".",
                 "en": "The right answer compares with 'always no' and looks at the mistakes: \"b\"."},
            ],
            solution_code='accuracy_conclusion = "b"',
        ),
        Exercise(
            id="n_missed", level="basis",
            checker=_number_from_data(missed, mixups=missed_mixups),
            hints=[
                {"nl": "Gemist betekent: het bedrijf gebruikt echt AI, maar het model zegt 'nee'.",
                 "en": "Missed means: the firm really uses AI, but the model says 'no'."},
                {"nl": "Zoek in de tabel de rij 'echt: ja' en de kolom 'model: nee'.",
                 "en": "In the table, find the row 'actual: yes' and the column 'model: no'."},
                {"nl": "Dat vak is matrix[1, 0]. Schrijf: n_missed = matrix[1, 0]",
                 "en": "That cell is matrix[1, 0]. Write: n_missed = matrix[1, 0]"},
            ],
            solution_code="n_missed = matrix[1, 0]",
            correct_text={"nl": "Dit zijn de gemiste AI-gebruikers: de valse negatieven.",
                          "en": "These are the missed AI users: the false negatives."},
        ),
        Exercise(
            id="recall", level="verdieping",
            checker=_number_from_data(recall, tolerance=0.005, mixups=recall_mixups),
            hints=[
                {"nl": "Recall: van alle bedrijven die echt AI gebruiken, welk deel vindt het model?",
                 "en": "Recall: of all firms that really use AI, what share does the model find?"},
                {"nl": "Alle echte AI-bedrijven staan in de rij 'echt: ja': matrix[1, 0] + matrix[1, 1]. Gevonden "
                       "zijn er matrix[1, 1].",
                 "en": "All real AI firms are in the row 'actual: yes': matrix[1, 0] + matrix[1, 1]. Found are "
                       "matrix[1, 1]."},
                {"nl": "Schrijf: recall = matrix[1, 1] / (matrix[1, 0] + matrix[1, 1])",
                 "en": "Write: recall = matrix[1, 1] / (matrix[1, 0] + matrix[1, 1])"},
            ],
            solution_code="recall = matrix[1, 1] / (matrix[1, 0] + matrix[1, 1])",
            correct_text={"nl": "recall_score(y_test, predictions) geeft hetzelfde getal.",
                          "en": "recall_score(y_test, predictions) gives the same number."},
        ),
        Exercise(
            id="overfit_diagnosis", level="basis",
            **_choice("overfit_diagnosis"),
            hints=[
                {"nl": "Vergelijk de twee scores. Waar is het model goed, en waar minder?",
                 "en": "Compare the two scores. Where is the model good, and where less so?"},
                {"nl": "Denk aan een leerling die de antwoorden van de oefentoets uit het hoofd leert.",
                 "en": "Think of a student who learns the answers of the practice test by heart."},
                {"nl": "Heel goed op bekende data, slecht op nieuwe data: dat is overfitting. Dus: \"b\".",
                 "en": "Very good on known data, poor on new data: that is overfitting. So: \"b\"."},
            ],
            solution_code='overfit_diagnosis = "b"',
        ),
        Exercise(
            id="best_depth", level="verdieping",
            checker=_check_best_depth,
            hints=[
                {"nl": "Je zoekt de rij in results met de hoogste waarde in de kolom test_accuracy.",
                 "en": "You are looking for the row in results with the highest value in the column test_accuracy."},
                {"nl": "results[\"test_accuracy\"].idxmax() geeft het rijnummer van de hoogste score. Met .loc pak "
                       "je de diepte uit die rij.",
                 "en": "results[\"test_accuracy\"].idxmax() gives the row number of the highest score. With .loc "
                       "you take the depth from that row."},
                {"nl": "Schrijf: best_depth = results.loc[results[\"test_accuracy\"].idxmax(), \"depth\"]",
                 "en": "Write: best_depth = results.loc[results[\"test_accuracy\"].idxmax(), \"depth\"]"},
            ],
            solution_code='best_depth = results.loc[results["test_accuracy"].idxmax(), "depth"]',
            correct_text={"nl": "Let op: kies je de diepte met de testset, dan is die test niet meer 'nieuw'. "
                                "Daarom gebruiken vakmensen nog een derde stuk data (validatie).",
                          "en": "Careful: once you pick the depth with the test set, that test is no longer 'new'. "
                                "That is why practitioners keep a third piece of data (validation)."},
        ),
    ]


_LESSONS: dict[str, Callable[[], list[Exercise]]] = {
    "01_what_is_ai": _what_is_ai,
    "02_first_classifier": _first_classifier,
    "03_evaluating_models": _evaluating_models,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_what_is_ai"``) in one language (``"nl"`` or ``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson]())
