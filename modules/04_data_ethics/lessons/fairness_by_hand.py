"""Fairness measures written out by hand with pandas, so learners can see there is no magic inside.

The lesson ``02_measuring_fairness`` computes these step by step in cells first, then calls these
functions, then compares them with ``fairlearn.metrics``: the numbers are the same
(``tests/test_fairness_by_hand.py`` proves it). The call shape follows fairlearn on purpose::

    demographic_parity_difference(y_true, y_pred, sensitive_features=groups)
    equalized_odds_difference(y_true, y_pred, sensitive_features=groups)

``y_true`` (what really happened) and ``y_pred`` (what the model or the process decided) hold
``True``/``False`` (or 1/0); ``True`` means "selected" (for example: flagged for a check).
``sensitive_features`` holds the group of each row (for example the nationality group).

Every group should contain both real positives and real negatives; otherwise its true- or false-positive
rate is undefined. These functions then leave that group out of the gap (pandas skips the missing value),
whereas fairlearn counts the undefined rate as 0. The lessons only use data where this does not happen.
"""

from __future__ import annotations

import pandas as pd


def _as_bool(values, name: str) -> pd.Series:
    """The values as a Series of True/False with a fresh 0..n-1 index (so nothing aligns by accident)."""
    series = pd.Series(list(values) if not isinstance(values, pd.Series) else values.to_numpy())
    if series.isna().any():
        raise ValueError(f"{name} contains missing values")
    return series.astype(bool)


def _as_groups(values, length: int) -> pd.Series:
    groups = pd.Series(list(values) if not isinstance(values, pd.Series) else values.to_numpy())
    if len(groups) != length:
        raise ValueError(f"sensitive_features has {len(groups)} values, the predictions {length}")
    return groups


def selection_rate(y_pred) -> float:
    """The share of rows that are selected (``True``): the mean of the predictions."""
    return float(_as_bool(y_pred, "y_pred").mean())


def selection_rates(y_pred, sensitive_features) -> pd.Series:
    """The selection rate of each group, as a Series indexed by group."""
    predictions = _as_bool(y_pred, "y_pred")
    groups = _as_groups(sensitive_features, len(predictions))
    return predictions.groupby(groups).mean()


def group_rates(y_true, y_pred, sensitive_features) -> pd.DataFrame:
    """Per group: selection rate, true-positive rate (TPR) and false-positive rate (FPR).

    TPR: of the rows that really are positive, the share that is selected.
    FPR: of the rows that really are negative, the share that is selected anyway.
    """
    truth = _as_bool(y_true, "y_true")
    predictions = _as_bool(y_pred, "y_pred")
    if len(truth) != len(predictions):
        raise ValueError(f"y_true has {len(truth)} values, y_pred {len(predictions)}")
    groups = _as_groups(sensitive_features, len(predictions))
    return pd.DataFrame({
        "selection_rate": predictions.groupby(groups).mean(),
        "true_positive_rate": predictions[truth].groupby(groups[truth]).mean(),
        "false_positive_rate": predictions[~truth].groupby(groups[~truth]).mean(),
    })


def _gap(rates: pd.Series) -> float:
    """The largest difference between two groups: highest rate minus lowest rate."""
    return float(rates.max() - rates.min())


def demographic_parity_difference(y_true, y_pred, *, sensitive_features) -> float:
    """Highest minus lowest selection rate over the groups (0 means: every group is selected equally often).

    ``y_true`` is not needed for this measure; it is accepted so the call looks exactly like fairlearn's.
    """
    return _gap(selection_rates(y_pred, sensitive_features))


def equalized_odds_difference(y_true, y_pred, *, sensitive_features) -> float:
    """The larger of two gaps: the TPR gap and the FPR gap between the groups.

    0 means: in every group the same share of real positives is found, and the same share of real
    negatives is wrongly selected.
    """
    rates = group_rates(y_true, y_pred, sensitive_features)
    tpr_gap = _gap(rates["true_positive_rate"])
    fpr_gap = _gap(rates["false_positive_rate"])
    return float(max(tpr_gap, fpr_gap))
