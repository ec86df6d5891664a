"""sme_survey: the signals the module 01 lessons rely on are really in the committed CSV.

The lessons (modules/01_ai_basics) train decision trees on employees, digital_maturity, uses_cloud and
has_webshop with test_size=0.25, random_state=42 and a stratified split; the tests below use the same.
"""

from pathlib import Path

import pandas as pd
import pytest
from sklearn.metrics import balanced_accuracy_score, recall_score
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

pytestmark = pytest.mark.datasets

CSV = Path(__file__).resolve().parents[2] / "datasets" / "data" / "sme_survey.csv"
COLUMNS = ["firm_id", "province", "municipality", "sector", "size_class", "employees", "digital_maturity",
           "uses_cloud", "has_webshop", "uses_ai"]
FEATURES = ["employees", "digital_maturity", "uses_cloud", "has_webshop"]
SIZE_BOUNDS = {"10-19": (10, 19), "20-49": (20, 49), "50-99": (50, 99), "100-249": (100, 249)}


@pytest.fixture(scope="module")
def survey():
    return pd.read_csv(CSV)


@pytest.fixture(scope="module")
def split(survey):
    return train_test_split(survey[FEATURES], survey["uses_ai"], test_size=0.25, random_state=42,
                            stratify=survey["uses_ai"])


def _tree(depth, X_train, y_train):
    return DecisionTreeClassifier(max_depth=depth, random_state=42).fit(X_train, y_train)


def test_columns_and_types_are_the_agreed_ones(survey):
    """Does pandas read exactly the agreed columns, with real booleans and integers, about 1,200 firms?"""
    assert list(survey.columns) == COLUMNS
    assert 1100 <= len(survey) <= 1300
    for column in ("uses_cloud", "has_webshop", "uses_ai"):
        assert survey[column].dtype == bool, column
    assert survey["employees"].dtype.kind == "i" and survey["digital_maturity"].dtype.kind == "i"
    assert survey["firm_id"].is_unique and survey["firm_id"].str.fullmatch(r"F\d{4}").all()
    assert set(survey["province"]) == {"Groningen", "Fryslân", "Drenthe"}


def test_employees_fit_their_size_class(survey):
    """Does every firm's head count fall inside its size class?"""
    low = survey["size_class"].map(lambda c: SIZE_BOUNDS[c][0])
    high = survey["size_class"].map(lambda c: SIZE_BOUNDS[c][1])
    assert survey["employees"].between(low, high).all()


def test_always_no_looks_good_on_accuracy(survey):
    """Is AI use rare enough (20-25%) that a model that always says "no" still scores 75-80% accuracy?"""
    share = survey["uses_ai"].mean()
    assert 0.20 <= share <= 0.25
    assert 1 - share >= 0.75


def test_a_small_tree_beats_the_baseline_but_misses_most_ai_users(split):
    """Does the lessons' depth-3 tree beat always-"no" on accuracy, clearly beat it on balanced accuracy,
    and still miss more than half of the AI users (the confusion-matrix lesson)?"""
    X_train, X_test, y_train, y_test = split
    predicted = _tree(3, X_train, y_train).predict(X_test)
    baseline = 1 - y_test.mean()
    assert (predicted == y_test).mean() > baseline + 0.02
    assert balanced_accuracy_score(y_test, predicted) >= 0.60
    assert recall_score(y_test, predicted) < 0.5


def test_deep_trees_overfit(split):
    """Does a very deep tree score higher on the training set and lower on the test set than a depth-3 tree?"""
    X_train, X_test, y_train, y_test = split
    small, deep = _tree(3, X_train, y_train), _tree(15, X_train, y_train)
    assert deep.score(X_train, y_train) >= small.score(X_train, y_train) + 0.05
    assert deep.score(X_test, y_test) <= small.score(X_test, y_test) - 0.05


def test_ai_use_rises_with_size_maturity_and_cloud(survey):
    """Does AI use go up with each size class and maturity level, and is it higher for cloud users?"""
    by_size = survey.groupby("size_class")["uses_ai"].mean()[list(SIZE_BOUNDS)]
    assert by_size.is_monotonic_increasing
    assert survey.groupby("digital_maturity")["uses_ai"].mean().is_monotonic_increasing
    by_cloud = survey.groupby("uses_cloud")["uses_ai"].mean()
    assert by_cloud[True] >= by_cloud[False] + 0.15


def test_sectors_follow_the_cbs_order(survey):
    """Is ICT the sector with the most AI use, and are hospitality and construction the two lowest (CBS 2024)?"""
    by_sector = survey.groupby("sector")["uses_ai"].mean().sort_values()
    assert by_sector.index[-1] == "ict"
    assert set(by_sector.index[:2]) == {"hospitality", "construction"}
