"""Signals in benefit_applications that the data-ethics lessons rely on.

The lesson: a model trained on a biased historical label learns the bias back, even when the protected
attribute is left out, because other columns stand in for it (proxies). These tests prove that the
dataset really behaves that way, and that the honest ground truth does not differ between the groups.
"""

import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

GENERATORS = Path(__file__).resolve().parents[2] / "datasets" / "generators"
if str(GENERATORS) not in sys.path:
    sys.path.insert(0, str(GENERATORS))
import benefit_applications  # noqa: E402

pytestmark = pytest.mark.datasets

CATEGORICAL = ["postcode_area", "correspondence_language", "household_type"]
NUMERIC = ["n_children", "monthly_income_eur", "years_at_address", "income_changed"]
# Measured on seed 20201217 (5-fold cross-validated predictions): selection rate 0.050 (dutch) vs 0.300
# (non_dutch), gap 0.25; false positive rate 0.041 vs 0.285, gap 0.24; true error rate 0.135 vs 0.128.
MIN_SELECTION_GAP = 0.15
MIN_FPR_GAP = 0.15
MAX_TRUE_ERROR_GAP = 0.03


@pytest.fixture(scope="module")
def frame():
    return benefit_applications.generate()["benefit_applications"]


def _model():
    encode = make_column_transformer((OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
                                     (StandardScaler(), NUMERIC))
    return make_pipeline(encode, LogisticRegression(max_iter=1000))


@pytest.fixture(scope="module")
def predicted(frame):
    """Cross-validated predictions of a model trained on flagged_for_review WITHOUT nationality_group."""
    features = frame[CATEGORICAL + NUMERIC]
    assert "nationality_group" not in features.columns
    return frame.assign(pred=cross_val_predict(_model(), features, frame["flagged_for_review"], cv=5))


def _gap(series):
    return float(series["non_dutch"] - series["dutch"])


def test_true_error_rate_is_equal_between_groups(frame):
    """Is the honest ground truth (error_in_application) about equally common in both nationality groups?"""
    rates = frame.groupby("nationality_group")["error_in_application"].mean()
    assert abs(_gap(rates)) <= MAX_TRUE_ERROR_GAP, rates.to_dict()


def test_historical_label_is_biased(frame):
    """Did the past process flag non-Dutch applicants much more often, although their error rate is not higher?"""
    rates = frame.groupby("nationality_group")["flagged_for_review"].mean()
    assert _gap(rates) >= MIN_SELECTION_GAP, rates.to_dict()


def test_proxies_reveal_nationality(frame):
    """Can the remaining columns predict nationality (ROC AUC >= 0.75)? Then they are proxies for it."""
    features = frame[CATEGORICAL + NUMERIC]
    target = frame["nationality_group"] == "non_dutch"
    scores = cross_val_predict(_model(), features, target, cv=5, method="predict_proba")[:, 1]
    assert roc_auc_score(target, scores) >= 0.75


def test_model_without_protected_attribute_has_selection_gap(predicted):
    """Does a model trained without nationality still select non-Dutch applicants far more often
    (demographic-parity difference >= 0.15)?"""
    rates = predicted.groupby("nationality_group")["pred"].mean()
    assert _gap(rates) >= MIN_SELECTION_GAP, rates.to_dict()


def test_model_without_protected_attribute_has_fpr_gap(predicted):
    """Among applications WITHOUT an error, does that model wrongly flag non-Dutch applicants far more often
    (false-positive-rate difference >= 0.15)?"""
    honest = predicted[~predicted["error_in_application"]]
    rates = honest.groupby("nationality_group")["pred"].mean()
    assert _gap(rates) >= MIN_FPR_GAP, rates.to_dict()


def test_both_groups_are_large_in_every_province(frame):
    """Are both groups big enough (>= 300 rows) for stable rates, in every province?"""
    counts = frame.groupby(["province", "nationality_group"]).size()
    assert counts.groupby(level="nationality_group").sum().min() >= 300
    assert len(counts) == 6 and counts.min() >= 50, counts.to_dict()
    assert np.all(frame["postcode_area"].str.fullmatch(r"[0-9]{4}"))
