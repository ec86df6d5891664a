"""Practice checks for module 01_ai_basics: instant feedback, tiered hints and solutions, Dutch and English.

A lesson notebook loads its own set once, in its own language::

    from ai_basics_practice import exercises, options
    q = exercises("01_what_is_ai", "nl")
    q.n_rows.check(n_rows)              # not attempted / not quite (with a reason) / correct
    q.n_rows.hint()                     # the next hint, each one more concrete
    q.n_rows.solution()                 # a worked solution
    choice_widget(q.learning_system, options("learning_system"))   # radio buttons instead of typing

Expected values are computed from the regional datasets when a check runs (nothing from the data is
written down here): the SME survey (lessons 1-3), the land-use patches (lesson 4) and the Eelde weather
with the solar park (lesson 5), with the same settings as the lesson notebooks use: change one, change both.
``CHOICE_ITEMS`` holds every multiple-choice item of the lessons: the keyed answer, the options and an
explanation for every option, so that a test can check the key.
"""

from __future__ import annotations

import numbers
from pathlib import Path
from typing import Any, Callable

import math

import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import confusion_matrix, mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

from autograder.practice import ChoiceItem, Exercise, ExerciseSet, Incorrect, Text, boolean, number, computed_number

DATA = Path(__file__).resolve().parents[3] / "datasets" / "data" / "sme_survey.csv"
FEATURES = ["employees", "digital_maturity", "uses_cloud", "has_webshop"]
LABEL = "uses_ai"
RANDOM_STATE = 42
TEST_SIZE = 0.25
LESSON2_DEPTH = 3
LESSON3_DEPTH = 3
DEPTHS = range(1, 16)
NEW_FIRM = {"employees": [120], "digital_maturity": [4], "uses_cloud": [True], "has_webshop": [False]}

# lesson 4: images as data (the land-use patches)
PATCHES = DATA.parent / "land_use_patches.csv"
BANDS = {"blue": "b", "green": "g", "red": "r", "nir": "n"}  # feature name -> column prefix
PIXELS = 64  # 8 x 8 pixels per band
CLASSES = ["water", "grassland", "forest", "arable", "built_up"]
VEGETATION = ["grassland", "forest", "arable"]
IMAGE_FEATURES = ["blue", "green", "red", "nir", "ndvi"]
IMAGE_DEPTH = 3
LEFT_OUT = "built_up"  # the class the model of section 5 never sees
RULE_TARGET = 0.95  # the NDVI rule must sort at least this share of water and vegetation patches

# lesson 5: regression (weather at Eelde and the solar park)
SOLAR = DATA.parent / "eelde_solar.csv"
SOLAR_FEATURE = "radiation_j_cm2"
SOLAR_TARGET = "solar_output_kwh"
LAST_TRAIN_YEAR = 2023
TEST_YEAR = 2024
SUNNY_DAY = 2000  # J/cm², the day of the prediction exercise
FAULT_SHARE = 0.5  # a day with less than half of the predicted output counts as a fault


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


def _read(path: Path, **kwargs: Any) -> pd.DataFrame:
    if not path.exists():
        raise Incorrect({
            "nl": f"Ik kan het databestand niet vinden: {path}. Vraag je docent om hulp.",
            "en": f"I cannot find the data file: {path}. Ask your teacher for help.",
        })
    return pd.read_csv(path, **kwargs)


def _band(patches: pd.DataFrame, prefix: str):
    return patches[[f"{prefix}_{i:02d}" for i in range(PIXELS)]].to_numpy(dtype=float)


def _patches() -> pd.DataFrame:
    """The patches with the lesson's features: the mean of each band, and NDVI (per pixel, then the mean)."""
    patches = _read(PATCHES)
    red, nir = _band(patches, "r"), _band(patches, "n")
    extra = {name: _band(patches, prefix).mean(axis=1) for name, prefix in BANDS.items()}
    extra["ndvi"] = ((nir - red) / (nir + red)).mean(axis=1)
    return pd.concat([patches, pd.DataFrame(extra, index=patches.index)], axis=1)


def _patch_split():
    patches = _patches()
    return train_test_split(patches[IMAGE_FEATURES], patches["label"], test_size=TEST_SIZE,
                            random_state=RANDOM_STATE, stratify=patches["label"])


def _patch_tree() -> DecisionTreeClassifier:
    return DecisionTreeClassifier(max_depth=IMAGE_DEPTH, random_state=RANDOM_STATE)


def _ndvi_matrix() -> pd.DataFrame:
    """Confusion matrix (rows: actual, columns: predicted) of the tree that sees NDVI only."""
    X_train, X_test, y_train, y_test = _patch_split()
    model = _patch_tree().fit(X_train[["ndvi"]], y_train)
    matrix = confusion_matrix(y_test, model.predict(X_test[["ndvi"]]), labels=CLASSES)
    return pd.DataFrame(matrix, index=CLASSES, columns=CLASSES)


def _rule_errors(threshold: float) -> tuple[float, int, int]:
    """The rule 'NDVI above the threshold is vegetation' on the water and vegetation patches: the share it
    gets right, the water patches it calls vegetation and the vegetation patches it calls water."""
    patches = _patches()
    subset = patches[patches["label"].isin(VEGETATION + ["water"])]
    says_plants = subset["ndvi"] > threshold
    is_plants = subset["label"].isin(VEGETATION)
    return (float((says_plants == is_plants).mean()), int((says_plants & ~is_plants).sum()),
            int((~says_plants & is_plants).sum()))


def _without_scores() -> dict[str, float]:
    """Accuracy of the tree trained without LEFT_OUT: on the whole test set and on the classes it knows, and
    the accuracy of the tree that saw every class."""
    X_train, X_test, y_train, y_test = _patch_split()
    seen = y_train != LEFT_OUT
    without = _patch_tree().fit(X_train[seen], y_train[seen])
    known = y_test != LEFT_OUT
    return {"all": float(without.score(X_test, y_test)),
            "known": float(without.score(X_test[known], y_test[known])),
            "full": float(_patch_tree().fit(X_train, y_train).score(X_test, y_test))}


def _solar_split() -> tuple[pd.DataFrame, pd.DataFrame]:
    days = _read(SOLAR, parse_dates=["date"])
    years = days["date"].dt.year
    return days[years <= LAST_TRAIN_YEAR], days[years == TEST_YEAR]


def _solar_model() -> LinearRegression:
    train, _ = _solar_split()
    return LinearRegression().fit(train[[SOLAR_FEATURE]], train[SOLAR_TARGET])


def _solar_figures() -> dict[str, float]:
    """What lesson 5 computes, and the numbers learners mix it up with."""
    train, test = _solar_split()
    model = _solar_model()
    predictions = model.predict(test[[SOLAR_FEATURE]])
    train_predictions = model.predict(train[[SOLAR_FEATURE]])
    errors = test[SOLAR_TARGET] - predictions
    sunny = float(model.predict(pd.DataFrame({SOLAR_FEATURE: [SUNNY_DAY]}))[0])
    return {
        "sunny": sunny,
        "sunny_no_intercept": float(model.coef_[0] * SUNNY_DAY),
        "mae": float(mean_absolute_error(test[SOLAR_TARGET], predictions)),
        "mse": float((errors ** 2).mean()),
        "rmse": math.sqrt(float((errors ** 2).mean())),
        "mean_error": float(errors.mean()),
        "r2": float(r2_score(test[SOLAR_TARGET], predictions)),
        "train_mae": float(mean_absolute_error(train[SOLAR_TARGET], train_predictions)),
        "baseline_mae": float((test[SOLAR_TARGET] - train[SOLAR_TARGET].mean()).abs().mean()),
        "faults_test": int((test[SOLAR_TARGET] < FAULT_SHARE * predictions).sum()),
        "faults_train": int((train[SOLAR_TARGET] < FAULT_SHARE * train_predictions).sum()),
    }


# -- lesson-specific checkers (they raise Incorrect with a reason; they never use the answer's __eq__) --




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


def _single_number(check: Callable[[Any], None]) -> Callable[[Any], None]:
    """A number check that first explains a one-element array (``model.predict(...)`` without ``[0]``)."""

    def wrapped(value: Any) -> None:
        if not isinstance(value, (str, bytes)) and hasattr(value, "__len__") and len(value) == 1:
            raise Incorrect({
                "nl": "Je antwoord is een rij met één getal erin. Haal dat getal eruit met [0].",
                "en": "Your answer is a row holding one number. Take that number out with [0].",
            })
        check(value)

    return wrapped


def _n_band_columns() -> int:
    columns = _read(PATCHES, nrows=1).columns
    return sum(1 for c in columns if c[:2] in {f"{p}_" for p in BANDS.values()} and c[2:].isdigit())


def _check_threshold(value: Any) -> None:
    if not isinstance(value, numbers.Real) or isinstance(value, bool):
        raise Incorrect({"nl": f"Ik verwacht een getal, maar kreeg iets van type {type(value).__name__}.",
                         "en": f"I expected a number, but got something of type {type(value).__name__}."})
    threshold = float(value)
    if not math.isfinite(threshold) or not -1 <= threshold <= 1:
        raise Incorrect({"nl": "De NDVI ligt altijd tussen -1 en 1. Kies een grens daartussen.",
                         "en": "NDVI always lies between -1 and 1. Choose a threshold in between."})
    share, water_as_plants, plants_as_water = _rule_errors(threshold)
    if share >= RULE_TARGET:
        return
    if water_as_plants > plants_as_water:
        move = {"nl": "Veel water telt nu als planten. Zet de grens hoger.",
                "en": "A lot of water now counts as plants. Raise the threshold."}
    else:
        move = {"nl": "Veel planten tellen nu als water. Zet de grens lager.",
                "en": "A lot of plants now count as water. Lower the threshold."}
    raise Incorrect({
        "nl": f"Met grens {threshold:g} zit de regel bij {share:.0%} goed. Ik zoek minstens {RULE_TARGET:.0%}. "
              + move["nl"],
        "en": f"With threshold {threshold:g} the rule is right for {share:.0%}. I am looking for at least "
              f"{RULE_TARGET:.0%}. " + move["en"],
    })


def _check_most_confused(value: Any) -> None:
    if not isinstance(value, str):
        raise Incorrect({"nl": "Geef de naam van een klasse als tekst, tussen aanhalingstekens, bijvoorbeeld \"water\".",
                         "en": "Give the name of a class as text, in quotes, for example \"water\"."})
    answer = value.strip()
    if answer not in CLASSES:
        raise Incorrect({"nl": f"\"{value}\" is geen klasse. Kies uit: {', '.join(CLASSES)}.",
                         "en": f"\"{value}\" is not a class. Choose from: {', '.join(CLASSES)}."})
    if answer == "grassland":
        raise Incorrect({"nl": "Dat vak is het aantal keer dat het model grasland góed had. Ik zoek een vergissing: "
                               "een ander vak in de rij grassland.",
                         "en": "That cell counts how often the model got grassland RIGHT. I want a mistake: another "
                               "cell in the row grassland."})
    row = _ndvi_matrix().loc["grassland"].drop("grassland")
    if int(row[answer]) != int(row.max()):
        raise Incorrect({"nl": "Dat is niet het grootste getal in de rij grassland (naast het goede vak). "
                               "Kijk nog eens naar die rij.",
                         "en": "That is not the largest number in the row grassland (apart from the right cell). "
                               "Look at that row again."})


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
    # lesson 4: images as data
    "ndvi_below_zero": ChoiceItem(
        options={
            "a": {"nl": "bos", "en": "forest"},
            "b": {"nl": "water", "en": "water"},
            "c": {"nl": "grasland", "en": "grassland"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Bos heeft juist een hoge NDVI. Bladeren kaatsen veel nabij-infrarood terug.",
                  "en": "Forest has a high NDVI: leaves reflect a lot of near-infrared light."},
            "b": {"nl": "Water slokt nabij-infrarood op. Dan is nir kleiner dan red, en is de NDVI negatief.",
                  "en": "Water absorbs near-infrared light. Then nir is smaller than red, so NDVI is negative."},
            "c": {"nl": "Gras dat groeit, kaatst veel nabij-infrarood terug. De NDVI van gras is hoog.",
                  "en": "Growing grass reflects a lot of near-infrared light, so its NDVI is high."},
        },
    ),
    "unseen_answer": ChoiceItem(
        options={
            "a": {"nl": "Het zegt 'built_up'. Het model ziet zelf dat het een stad is.",
                  "en": "It says 'built_up'. The model works out by itself that it is a town."},
            "b": {"nl": "Het kiest een soort land die het wel kent, bijvoorbeeld akkerland.",
                  "en": "It picks a kind of land it does know, for example arable land."},
            "c": {"nl": "Het zegt: 'Dit ken ik niet.'",
                  "en": "It says: 'I do not know this.'"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Het model kan alleen antwoorden geven die in de trainingsdata stonden. 'built_up' stond "
                        "er niet in.",
                  "en": "The model can only give answers that were in its training data, and 'built_up' was not."},
            "b": {"nl": "Een classifier kiest altijd een klasse die hij kent. Ook als geen enkele klasse past.",
                  "en": "A classifier always picks a class it knows, even when none of them fits."},
            "c": {"nl": "Een gewone classifier heeft geen antwoord 'weet ik niet'. Hij kiest altijd een klasse. "
                        "Zo'n antwoord moet je er zelf bij bouwen.",
                  "en": "An ordinary classifier has no 'I don't know' answer: it always picks a class. You have to "
                        "build such an answer in yourself."},
        },
    ),
    # lesson 5: regression
    "regression_question": ChoiceItem(
        options={
            "a": {"nl": "Gebruikt dit bedrijf AI: ja of nee?",
                  "en": "Does this firm use AI: yes or no?"},
            "b": {"nl": "Hoeveel kWh levert het zonnepark morgen?",
                  "en": "How many kWh will the solar park deliver tomorrow?"},
            "c": {"nl": "Is dit vlakje water, bos of grasland?",
                  "en": "Is this patch water, forest or grassland?"},
        },
        answer="b",
        explanations={
            "a": {"nl": "Ja of nee zijn twee klassen. Dat is classificatie, zoals in les 2.",
                  "en": "Yes or no are two classes. That is classification, as in lesson 2."},
            "b": {"nl": "Een aantal kWh is een getal. Een model dat een getal voorspelt, doet regressie.",
                  "en": "A number of kWh is a number. A model that predicts a number does regression."},
            "c": {"nl": "Water, bos en grasland zijn klassen. Dat is classificatie, zoals in les 4.",
                  "en": "Water, forest and grassland are classes. That is classification, as in lesson 4."},
        },
    ),
    "time_split": ChoiceItem(
        options={
            "a": {"nl": "Schudden kan niet met scikit-learn.",
                  "en": "scikit-learn cannot shuffle."},
            "b": {"nl": "Een voorspelling gaat over dagen die nog moeten komen. Dus test je op latere dagen, net als "
                        "in het echt.",
                  "en": "A forecast is about days that have not happened yet. So you test on later days, just as "
                        "in real life."},
            "c": {"nl": "Zo wordt de test makkelijker en scoort het model hoger.",
                  "en": "It makes the test easier, so the model scores higher."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Het kan wel: train_test_split schudt zelfs vanzelf. Maar dan leert het model van dagen ná "
                        "de testdagen. Dat kan in het echt niet.",
                  "en": "It can: train_test_split even shuffles by default. But then the model learns from days "
                        "AFTER the test days, which is impossible in real life."},
            "b": {"nl": "Zo test je eerlijk. Het model kent alleen het verleden, net als de eigenaar van het park.",
                  "en": "That is a fair test: the model only knows the past, just like the owner of the park."},
            "c": {"nl": "Daar gaat het niet om. Een eerlijke test lijkt op het echte gebruik. De score mag dan best "
                        "lager zijn.",
                  "en": "That is not the point. A fair test looks like real use, even if the score is lower."},
        },
    ),
    "r2_meaning": ChoiceItem(
        options={
            "a": {"nl": "Het model zit elke dag precies goed, tot op de kWh.",
                  "en": "The model is exactly right every day, to the kWh."},
            "b": {"nl": "Het model volgt bijna alle verschillen tussen de dagen. Het zonlicht verklaart de meeste "
                        "verschillen in opbrengst.",
                  "en": "The model follows almost all the differences between days: sunlight explains most of "
                        "the differences in output."},
            "c": {"nl": "Het zonnepark draait bijna altijd op vol vermogen.",
                  "en": "The solar park almost always runs at full power."},
        },
        answer="b",
        explanations={
            "a": {"nl": "Nee. Ook met een R² dicht bij 1 zit het model er elke dag een beetje naast. Hoeveel, dat "
                        "zegt de MAE in kWh.",
                  "en": "No. Even with an R² close to 1 the model is a little off every day. How much, the MAE in "
                        "kWh tells you."},
            "b": {"nl": "R² zegt hoe goed het model de verschillen tussen dagen volgt. 1 is perfect. 0 is niet beter "
                        "dan steeds het gemiddelde gokken.",
                  "en": "R² says how well the model follows the differences between days. 1 is perfect; 0 is no "
                        "better than always guessing the average."},
            "c": {"nl": "R² gaat over het model, niet over het park. Het zegt hoe goed de voorspelling de echte "
                        "opbrengst volgt.",
                  "en": "R² is about the model, not the park. It says how well the predictions follow the real "
                        "output."},
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
            checker=computed_number(lambda: len(survey()), mixups=lambda: [
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
            checker=computed_number(lambda: int((survey()["province"] == "Drenthe").sum()), mixups=lambda: [
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
            checker=computed_number(lambda: survey()["uses_ai"].mean(), tolerance=0.005, mixups=lambda: [
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
            checker=computed_number(baseline, tolerance=0.001, mixups=baseline_mixups),
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
            checker=computed_number(missed, mixups=missed_mixups),
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
            checker=computed_number(recall, tolerance=0.005, mixups=recall_mixups),
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


def _images() -> list[Exercise]:
    def without_mixups() -> list[tuple[float, Text]]:
        scores = _without_scores()
        return [
            (scores["known"], {"nl": "Dat is de score op de vier klassen die het model kent. Ik zoek de score op de "
                                     "hele testset, met de bebouwde vlakjes erbij.",
                               "en": "That is the score on the four classes the model knows. I want the score on "
                                     "the whole test set, built-up patches included."}),
            (scores["full"], {"nl": "Dat is de score van model: het model dat wél bebouwde vlakjes zag. Gebruik "
                                    "model_without.",
                              "en": "That is the score of model: the model that DID see built-up patches. Use "
                                    "model_without."}),
        ]

    return [
        Exercise(
            id="n_numbers", level="basis",
            checker=computed_number(_n_band_columns, mixups=lambda: [
                (PIXELS, {"nl": "Dat zijn de getallen van één band. Een vlakje heeft vier banden.",
                          "en": "Those are the numbers of one band. A patch has four bands."}),
                (_n_band_columns() + 2, {"nl": "Dan tel je patch_id en label mee. Dat zijn geen pixels.",
                                         "en": "Then you count patch_id and label too. Those are not pixels."}),
                (len(_read(PATCHES, usecols=["patch_id"])), {"nl": "Dat is het aantal vlakjes (rijen). Ik zoek het "
                                                                   "aantal getallen in één vlakje.",
                                                             "en": "That is the number of patches (rows). I want the "
                                                                   "number of values in one patch."}),
                (8, {"nl": "Dat is één rij pixels. Een band heeft 8 rijen van 8 pixels.",
                     "en": "That is one row of pixels. A band has 8 rows of 8 pixels."}),
            ]),
            hints=[
                {"nl": "Een vlakje heeft vier banden: blauw, groen, rood en nabij-infrarood.",
                 "en": "A patch has four bands: blue, green, red and near infrared."},
                {"nl": "Elke band is 8 bij 8 pixels. Dat zijn 64 getallen per band.",
                 "en": "Each band is 8 by 8 pixels. That is 64 numbers per band."},
                {"nl": "Schrijf: n_numbers = 4 * 64", "en": "Write: n_numbers = 4 * 64"},
            ],
            solution_code="n_numbers = 4 * 64  # four bands, each 8 x 8 = 64 pixels",
            correct_text={"nl": "Voor de computer is dit kleine plaatje dus een rij van getallen.",
                          "en": "So to the computer this small picture is a row of numbers."},
        ),
        Exercise(
            id="ndvi_below_zero", level="basis",
            **_choice("ndvi_below_zero"),
            hints=[
                {"nl": "Bij een NDVI onder nul is nir kleiner dan red. Waar kaatst weinig nabij-infrarood terug?",
                 "en": "With an NDVI below zero, nir is smaller than red. What reflects little near-infrared light?"},
                {"nl": "Kijk in de tabel met de gemiddelde NDVI per klasse. Welke klasse is negatief?",
                 "en": "Look at the table with the mean NDVI per class. Which class is negative?"},
                {"nl": "Planten kaatsen veel nabij-infrarood terug, water bijna niets. Dus: \"b\".",
                 "en": "Plants reflect a lot of near infrared, water almost none. So: \"b\"."},
            ],
            solution_code='ndvi_below_zero = "b"',
        ),
        Exercise(
            id="threshold", level="basis",
            checker=_check_threshold,
            hints=[
                {"nl": "Schuif de grens tot de regel bij minstens 95% goed zit. Neem dat getal over.",
                 "en": "Move the threshold until the rule is right for at least 95%. Copy that number."},
                {"nl": "Water ligt links in de figuur, de planten rechts. Zet de grens in het gat ertussen.",
                 "en": "Water lies on the left of the figure, the plants on the right. Put the threshold in the gap "
                       "between them."},
                {"nl": "De computer kan ook alle grenzen proberen: threshold = max([t / 100 for t in range(-100, 101)], "
                       "key=share_right)",
                 "en": "The computer can also try every threshold: threshold = max([t / 100 for t in range(-100, 101)], "
                       "key=share_right)"},
            ],
            solution_code=(
                "# try every threshold from -1 to 1 in steps of 0.01 and keep the best one\n"
                "threshold = max([t / 100 for t in range(-100, 101)], key=share_right)"
            ),
            correct_text={"nl": "Eén getal (de NDVI) en één grens houden water en planten al bijna helemaal uit elkaar.",
                          "en": "One number (NDVI) and one threshold already keep water and plants almost "
                                "completely apart."},
        ),
        Exercise(
            id="most_confused", level="verdieping",
            checker=_check_most_confused,
            hints=[
                {"nl": "Zoek in ndvi_matrix de rij grassland: alle vlakjes die echt grasland zijn.",
                 "en": "In ndvi_matrix, find the row grassland: all patches that really are grassland."},
                {"nl": "Het vak waar de rij en de kolom allebei grassland zijn, telt de goede antwoorden. Zoek daarnaast "
                       "het grootste getal.",
                 "en": "The cell where row and column are both grassland counts the right answers. Next to it, find "
                       "the largest number."},
                {"nl": "In code: most_confused = ndvi_matrix.loc[\"grassland\"].drop(\"grassland\").idxmax()",
                 "en": "In code: most_confused = ndvi_matrix.loc[\"grassland\"].drop(\"grassland\").idxmax()"},
            ],
            solution_code='most_confused = ndvi_matrix.loc["grassland"].drop("grassland").idxmax()',
            correct_text={"nl": "Beide klassen zitten vol planten. Aan de NDVI alleen zie je het verschil slecht.",
                          "en": "Both classes are full of plants. NDVI alone hardly shows the difference."},
        ),
        Exercise(
            id="unseen_answer", level="basis",
            **_choice("unseen_answer"),
            hints=[
                {"nl": "Welke antwoorden kent het model? Alleen de klassen uit zijn trainingsdata.",
                 "en": "Which answers does the model know? Only the classes in its training data."},
                {"nl": "Heeft een beslisboom een blad met 'weet ik niet'? Kijk naar de regels van les 2.",
                 "en": "Does a decision tree have a leaf that says 'I don't know'? Think of the rules in lesson 2."},
                {"nl": "Het model moet kiezen uit wat het kent. Dus: \"b\".",
                 "en": "The model has to choose from what it knows. So: \"b\"."},
            ],
            solution_code='unseen_answer = "b"',
        ),
        Exercise(
            id="accuracy_without", level="verdieping",
            checker=computed_number(lambda: _without_scores()["all"], tolerance=0.001, mixups=without_mixups),
            hints=[
                {"nl": "Je zoekt de nauwkeurigheid van model_without op de hele testset.",
                 "en": "You want the accuracy of model_without on the whole test set."},
                {"nl": "In les 3 gaf model.score(X_test, y_test) de nauwkeurigheid. Doe dat met model_without.",
                 "en": "In lesson 3, model.score(X_test, y_test) gave the accuracy. Do that with model_without."},
                {"nl": "Schrijf: accuracy_without = model_without.score(X_test, y_test)",
                 "en": "Write: accuracy_without = model_without.score(X_test, y_test)"},
            ],
            solution_code="accuracy_without = model_without.score(X_test, y_test)",
            correct_text={"nl": "Het verschil met model komt bijna helemaal van de bebouwde vlakjes: die heeft het model "
                                "allemaal fout.",
                          "en": "The gap with model comes almost entirely from the built-up patches: the model gets "
                                "all of them wrong."},
        ),
    ]


def _regression() -> list[Exercise]:
    def figure(name: str) -> Callable[[], float]:
        return lambda: _solar_figures()[name]

    def sunny_mixups() -> list[tuple[float, Text]]:
        return [(_solar_figures()["sunny_no_intercept"],
                 {"nl": "Je vergat de startwaarde (intercept_). Laat model.predict het werk doen.",
                  "en": "You forgot the starting value (intercept_). Let model.predict do the work."})]

    def mae_mixups() -> list[tuple[float, Text]]:
        figures = _solar_figures()
        return [
            (figures["train_mae"], {"nl": "Dat is de fout op 2022 en 2023: de dagen waar het model van leerde. Ik "
                                          "zoek de fout op 2024.",
                                    "en": "That is the error on 2022 and 2023, the days the model learned from. I "
                                          "want the error on 2024."}),
            (figures["baseline_mae"], {"nl": "Dat is de fout van 'altijd het gemiddelde'. Ik zoek de fout van het "
                                             "model.",
                                       "en": "That is the error of 'always the average'. I want the model's error."}),
            (figures["rmse"], {"nl": "Dat is de wortel van de gemiddelde kwadratische fout (RMSE). Ik zoek de "
                                     "gemiddelde absolute fout: mean_absolute_error.",
                               "en": "That is the root mean squared error (RMSE). I want the mean absolute error: "
                                     "mean_absolute_error."}),
            (figures["mse"], {"nl": "Dat is de gemiddelde kwadratische fout (in kWh²). Ik zoek de gemiddelde absolute "
                                    "fout, in kWh.",
                              "en": "That is the mean squared error (in kWh²). I want the mean absolute error, in kWh."}),
            (figures["r2"], {"nl": "Dat is R². Ik zoek de fout in kWh: mean_absolute_error.",
                             "en": "That is R². I want the error in kWh: mean_absolute_error."}),
            (figures["mean_error"], {"nl": "Dat is het gewone gemiddelde van de fouten. Dan vallen fouten naar boven en "
                                           "naar beneden tegen elkaar weg. Neem eerst de absolute waarde: .abs().",
                                     "en": "That is the plain average of the errors, so errors up and down cancel out. "
                                           "Take the absolute value first: .abs()."}),
        ]

    return [
        Exercise(
            id="regression_question", level="basis",
            **_choice("regression_question"),
            hints=[
                {"nl": "Bij regressie is het antwoord een getal. Bij classificatie is het een klasse.",
                 "en": "In regression the answer is a number. In classification it is a class."},
                {"nl": "Welke vraag heeft als antwoord een hoeveelheid?",
                 "en": "Which question has an amount as its answer?"},
                {"nl": "Een aantal kWh is een getal. Dus: \"b\".",
                 "en": "A number of kWh is a number. So: \"b\"."},
            ],
            solution_code='regression_question = "b"',
        ),
        Exercise(
            id="time_split", level="basis",
            **_choice("time_split"),
            hints=[
                {"nl": "Denk aan de eigenaar van het park. Welke dagen kent hij als hij een voorspelling maakt?",
                 "en": "Think of the park's owner. Which days does he know when he makes a forecast?"},
                {"nl": "Een voorspelling gaat over morgen. Over gisteren hoef je niets te voorspellen.",
                 "en": "A forecast is about tomorrow. You do not need to forecast yesterday."},
                {"nl": "Test op latere dagen, net als in het echt. Dus: \"b\".",
                 "en": "Test on later days, as in real life. So: \"b\"."},
            ],
            solution_code='time_split = "b"',
        ),
        Exercise(
            id="predicted_kwh", level="basis",
            checker=_single_number(computed_number(figure("sunny"), tolerance=1.0, mixups=sunny_mixups)),
            hints=[
                {"nl": "Zet de schuifregelaar op 2000. Of laat het model rekenen met model.predict.",
                 "en": "Set the slider to 2000. Or let the model do the sum with model.predict."},
                {"nl": "De tabel sunny_day staat al klaar. model.predict(sunny_day) geeft een rij met één getal. "
                       "Met [0] pak je dat getal.",
                 "en": "The table sunny_day is ready. model.predict(sunny_day) gives a row with one number. With [0] "
                       "you take that number."},
                {"nl": "Schrijf: predicted_kwh = model.predict(sunny_day)[0]",
                 "en": "Write: predicted_kwh = model.predict(sunny_day)[0]"},
            ],
            solution_code=(
                'sunny_day = pd.DataFrame({"radiation_j_cm2": [2000]})\n'
                "predicted_kwh = model.predict(sunny_day)[0]"
            ),
            correct_text={"nl": "Dit is een verwachting. De echte opbrengst ligt er meestal een stukje naast.",
                          "en": "This is an expectation. The real output is usually a little different."},
        ),
        Exercise(
            id="mae", level="basis",
            checker=computed_number(figure("mae"), tolerance=0.5, mixups=mae_mixups),
            hints=[
                {"nl": "De MAE is het gemiddelde van de fouten zonder min-teken. Reken op de testset: 2024.",
                 "en": "The MAE is the average of the errors without their minus signs. Use the test set: 2024."},
                {"nl": "scikit-learn heeft er een functie voor: mean_absolute_error(echt, voorspeld).",
                 "en": "scikit-learn has a function for it: mean_absolute_error(actual, predicted)."},
                {"nl": "Schrijf: mae = mean_absolute_error(y_test, predictions)",
                 "en": "Write: mae = mean_absolute_error(y_test, predictions)"},
            ],
            solution_code="mae = mean_absolute_error(y_test, predictions)",
            correct_text={"nl": "Zo ver zit de voorspelling er op een gewone dag gemiddeld naast, in kWh.",
                          "en": "That is how far off the forecast is on an ordinary day, on average, in kWh."},
        ),
        Exercise(
            id="r2_meaning", level="basis",
            **_choice("r2_meaning"),
            hints=[
                {"nl": "R² is geen percentage goede dagen. Het gaat over de verschillen tussen de dagen.",
                 "en": "R² is not a share of days that are right. It is about the differences between days."},
                {"nl": "Een R² van 0 is net zo goed als steeds het gemiddelde gokken. Een R² van 1 is perfect.",
                 "en": "An R² of 0 is as good as always guessing the average. An R² of 1 is perfect."},
                {"nl": "Dicht bij 1: het model volgt bijna alle verschillen. Dus: \"b\".",
                 "en": "Close to 1: the model follows almost all differences. So: \"b\"."},
            ],
            solution_code='r2_meaning = "b"',
        ),
        Exercise(
            id="n_faults", level="verdieping",
            checker=computed_number(figure("faults_test"), mixups=lambda: [
                (_solar_figures()["faults_train"], {"nl": "Dat zijn de storingsdagen in 2022 en 2023. Tel ze in 2024: "
                                                          "gebruik y_test en predictions.",
                                                    "en": "Those are the fault days in 2022 and 2023. Count them in "
                                                          "2024: use y_test and predictions."}),
                (_solar_figures()["faults_train"] + _solar_figures()["faults_test"],
                 {"nl": "Dat zijn de storingsdagen van alle drie de jaren. Tel alleen 2024.",
                  "en": "Those are the fault days of all three years. Count 2024 only."}),
            ]),
            hints=[
                {"nl": "Doe hetzelfde als bij de storingen in 2022 en 2023, maar nu met de testset.",
                 "en": "Do the same as for the faults in 2022 and 2023, but now with the test set."},
                {"nl": "y_test < 0.5 * predictions geeft True op elke dag onder de helft van de voorspelling. .sum() "
                       "telt ze.",
                 "en": "y_test < 0.5 * predictions gives True on every day below half of the forecast. .sum() counts "
                       "them."},
                {"nl": "Schrijf: n_faults = (y_test < 0.5 * predictions).sum()",
                 "en": "Write: n_faults = (y_test < 0.5 * predictions).sum()"},
            ],
            solution_code="n_faults = (y_test < 0.5 * predictions).sum()",
            correct_text={"nl": "Op zulke dagen stuurt de eigenaar een monteur. De voorspelling werkt zo als alarm.",
                          "en": "On such days the owner sends a technician: the forecast works as an alarm."},
        ),
    ]


_LESSONS: dict[str, Callable[[], list[Exercise]]] = {
    "01_what_is_ai": _what_is_ai,
    "02_first_classifier": _first_classifier,
    "03_evaluating_models": _evaluating_models,
    "04_images": _images,
    "05_regression": _regression,
}


def exercises(lesson: str, lang: str) -> ExerciseSet:
    """The practice exercises of one lesson (e.g. ``"01_what_is_ai"``) in one language (``"nl"`` or ``"en"``)."""
    if lesson not in _LESSONS:
        raise ValueError(f"unknown lesson {lesson!r}; choose from {', '.join(_LESSONS)}")
    return ExerciseSet(lang, _LESSONS[lesson]())
