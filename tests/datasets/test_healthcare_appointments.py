"""Signals in healthcare_appointments that the data-sharing lessons rely on.

Lessons: names and BSN-like numbers are direct identifiers; postcode + age + sex single out most people
(re-identification); generalising to a 2-digit postcode and 10-year age bands gives k-anonymity for most
rows; a department x municipality table has small cells that must be suppressed; no-shows are predictable.
"""

import sys
from pathlib import Path

import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

GENERATORS = Path(__file__).resolve().parents[2] / "datasets" / "generators"
if str(GENERATORS) not in sys.path:
    sys.path.insert(0, str(GENERATORS))
import healthcare_appointments  # noqa: E402

pytestmark = pytest.mark.datasets

QUASI = ["postcode", "age", "sex"]
# Measured on seed 112025: 97.2 % of rows unique on (postcode, age, sex); after generalisation 87.9 % of
# rows in groups of 5 or more; 138 department x municipality cells with 1-4 patients; no-show ROC AUC 0.74.
MIN_UNIQUE_RAW = 0.90
MIN_SHARE_K5 = 0.80
MIN_SMALL_CELLS = 50
MIN_NO_SHOW_AUC = 0.65


@pytest.fixture(scope="module")
def frame():
    return healthcare_appointments.generate()["healthcare_appointments"]


def _group_sizes(frame, columns):
    return frame.groupby(columns)["appointment_id"].transform("size")


def test_eleven_proof_checker_knows_valid_numbers():
    """Does the 11-proof check accept numbers that pass it (so that 'fails' below means something)?"""
    assert not healthcare_appointments.fails_11_proof("111222333")
    assert not healthcare_appointments.fails_11_proof("123456782")
    assert healthcare_appointments.fails_11_proof("123456789")


def test_fake_bsn_never_passes_the_11_proof(frame):
    """Does every fake_bsn fail the 11-proof, so it can never be a real citizen service number?"""
    assert frame["fake_bsn"].str.fullmatch(r"[1-9][0-9]{8}").all()
    assert frame["fake_bsn"].map(healthcare_appointments.fails_11_proof).all()


def test_most_rows_are_unique_on_quasi_identifiers(frame):
    """Is a large share of rows (>= 90 %) unique on postcode, age and sex: the re-identification risk?"""
    assert (_group_sizes(frame, QUASI) == 1).mean() >= MIN_UNIQUE_RAW


def test_generalisation_reaches_k_anonymity_for_most_rows(frame):
    """After postcode -> 2 digits and age -> 10-year band, are >= 80 % of rows in a group of 5 or more,
    while some small groups remain (so suppression is still needed)?"""
    general = frame.assign(postcode=frame["postcode"].str[:2], age=frame["age"] // 10 * 10)
    sizes = _group_sizes(general, QUASI)
    assert (sizes >= 5).mean() >= MIN_SHARE_K5
    assert sizes.min() < 5


def test_department_by_municipality_has_small_cells(frame):
    """Does the department x municipality count table contain many cells of 1-4 patients to suppress?"""
    table = pd.crosstab(frame["department"], frame["municipality"])
    assert ((table > 0) & (table < 5)).sum().sum() >= MIN_SMALL_CELLS


def test_no_show_is_learnable(frame):
    """Does a logistic regression on lead time, distance, reminder, age and department predict no-shows
    clearly better than chance (5-fold ROC AUC >= 0.65)?"""
    features = pd.get_dummies(frame[["lead_time_days", "distance_km", "reminder_sent", "age", "department"]],
                              dtype=float)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    auc = cross_val_score(model, features, frame["no_show"], cv=5, scoring="roc_auc").mean()
    assert auc >= MIN_NO_SHOW_AUC
    assert 0.05 <= frame["no_show"].mean() <= 0.15
