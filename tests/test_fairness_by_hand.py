"""Module 04 computes fairness measures by hand; these tests prove they equal fairlearn's.

The lesson ``modules/04_data_ethics/lessons/02_measuring_fairness`` tells learners that the numbers they
compute with pandas are the same as ``fairlearn.metrics`` gives. Here that claim is checked on the
benefit-applications data (the historical flags, and a risk model's decisions at several thresholds) and on
a small hand-made example whose answers are worked out on paper. A last test shows the comparison is not
toothless: a copy of the module with a wrong formula (min instead of max, or a mean instead of a gap) is
caught.
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pandas as pd
import pytest
from fairlearn.metrics import demographic_parity_difference, equalized_odds_difference
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from course_paths import ROOT

MODULE_FILE = ROOT / "modules" / "04_data_ethics" / "lessons" / "fairness_by_hand.py"
DATA = ROOT / "datasets" / "data" / "benefit_applications.csv"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


def load_module(source: str | None = None, name: str = "fairness_by_hand"):
    """Import fairness_by_hand.py, or a changed copy of its source text."""
    if source is None:
        spec = importlib.util.spec_from_file_location(name, MODULE_FILE)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    module = type(importlib)(name)
    exec(compile(source, f"<mutated {name}>", "exec"), module.__dict__)
    return module


@pytest.fixture(scope="module")
def by_hand():
    return load_module()


@pytest.fixture(scope="module")
def benefits() -> pd.DataFrame:
    return pd.read_csv(DATA)


@pytest.fixture(scope="module")
def cases(benefits) -> list[tuple[str, pd.Series, pd.Series, pd.Series]]:
    """(name, y_true, y_pred, groups): the historical flags, and a blind risk model at several thresholds."""
    truth = benefits["error_in_application"]
    groups = benefits["nationality_group"]
    features = pd.DataFrame({
        "monthly_income_eur": benefits["monthly_income_eur"],
        "years_at_address": benefits["years_at_address"],
        "n_children": benefits["n_children"],
        "income_changed": benefits["income_changed"].astype(int),
        "writes_in_english": (benefits["correspondence_language"] == "en").astype(int),
    })
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(features, benefits["flagged_for_review"])
    scores = pd.Series(model.predict_proba(features)[:, 1])
    found = [("historical flags", truth, benefits["flagged_for_review"], groups)]
    found += [(f"risk model, threshold {t}", truth, scores >= t, groups) for t in THRESHOLDS]
    return found


def disagreements(module, cases) -> list[str]:
    """Every case where the module's numbers differ from fairlearn's (empty when all agree)."""
    found = []
    for name, y_true, y_pred, groups in cases:
        pairs = {
            "demographic parity": (module.demographic_parity_difference(y_true, y_pred, sensitive_features=groups),
                                   demographic_parity_difference(y_true, y_pred, sensitive_features=groups)),
            "equalized odds": (module.equalized_odds_difference(y_true, y_pred, sensitive_features=groups),
                               equalized_odds_difference(y_true, y_pred, sensitive_features=groups)),
        }
        for measure, (ours, theirs) in pairs.items():
            if not math.isclose(float(ours), float(theirs), abs_tol=1e-12):
                found.append(f"{name}, {measure}: by hand {ours}, fairlearn {theirs}")
    return found


def test_by_hand_equals_fairlearn_on_the_benefit_data(by_hand, cases):
    """On the historical flags and on the risk model at five thresholds, both measures equal fairlearn's."""
    assert len(cases) == 1 + len(THRESHOLDS)
    assert disagreements(by_hand, cases) == []


def test_the_benefit_cases_are_not_trivial(by_hand, cases):
    """The comparison means something: the gaps are not all zero and the thresholds give different answers."""
    values = {round(by_hand.equalized_odds_difference(t, p, sensitive_features=g), 9) for _, t, p, g in cases}
    assert len(values) >= 4
    assert all(0 < by_hand.demographic_parity_difference(t, p, sensitive_features=g) < 1 for _, t, p, g in cases[:3])


def test_hand_made_example_worked_out_on_paper(by_hand):
    """Three groups, answers known in advance: the module and fairlearn both give them."""
    y_true = pd.Series([True, True, False, False, True, False, False, False, True, True, False, False])
    y_pred = pd.Series([True, False, True, False, True, True, True, False, True, True, False, False])
    groups = pd.Series(["a"] * 4 + ["b"] * 4 + ["c"] * 4)
    # selection rates a 2/4, b 3/4, c 2/4 -> gap 1/4
    # TPR a 1/2, b 1/1, c 2/2 -> gap 1/2 ; FPR a 1/2, b 2/3, c 0/2 -> gap 2/3 ; equalized odds 2/3
    assert by_hand.selection_rate(y_pred) == pytest.approx(7 / 12)
    assert by_hand.selection_rates(y_pred, groups).to_dict() == pytest.approx({"a": 0.5, "b": 0.75, "c": 0.5})
    assert by_hand.demographic_parity_difference(y_true, y_pred, sensitive_features=groups) == pytest.approx(0.25)
    assert by_hand.equalized_odds_difference(y_true, y_pred, sensitive_features=groups) == pytest.approx(2 / 3)
    assert demographic_parity_difference(y_true, y_pred, sensitive_features=groups) == pytest.approx(0.25)
    assert equalized_odds_difference(y_true, y_pred, sensitive_features=groups) == pytest.approx(2 / 3)
    # lists and a shuffled index give the same answer (no silent alignment on the index)
    shuffled = y_pred.copy()
    shuffled.index = list(reversed(range(len(shuffled))))
    assert by_hand.demographic_parity_difference(list(y_true), shuffled, sensitive_features=list(groups)) == \
        pytest.approx(0.25)


@pytest.mark.parametrize("wrong,right", [
    ("return float(max(tpr_gap, fpr_gap))", "return float(min(tpr_gap, fpr_gap))"),
    ("return float(rates.max() - rates.min())", "return float(rates.min() - rates.min())"),
    ("return float(rates.max() - rates.min())", "return float(rates.max() - rates.mean())"),
    ('predictions[~truth].groupby(groups[~truth]).mean()', 'predictions[truth].groupby(groups[truth]).mean()'),
], ids=["min instead of max", "min minus min", "mean instead of min", "FPR computed on positives"])
def test_a_wrong_formula_is_caught(cases, wrong, right):
    """A copy of the module with one formula broken disagrees with fairlearn, so the equality test can fail."""
    source = MODULE_FILE.read_text(encoding="utf-8")
    assert wrong in source, f"the mutation target {wrong!r} is no longer in the module; update this test"
    broken = load_module(source.replace(wrong, right), name="fairness_by_hand_broken")
    assert disagreements(broken, cases) != []


def test_module_file_is_where_the_lesson_expects_it():
    assert MODULE_FILE.is_file() and isinstance(MODULE_FILE, Path)
