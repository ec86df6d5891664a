"""Signals in land_use_patches that the image lessons rely on.

Lessons: NDVI = (nir - red) / (nir + red) tells vegetation from water; a classifier on four band means
is useful but not perfect, because real patches are mixed (ditches, shores, gardens, bare soil).
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

GENERATORS = Path(__file__).resolve().parents[2] / "datasets" / "generators"
if str(GENERATORS) not in sys.path:
    sys.path.insert(0, str(GENERATORS))
import land_use_patches  # noqa: E402

pytestmark = pytest.mark.datasets

VEGETATION = ("grassland", "forest", "arable")
# Measured on seed 5340: mean NDVI water -0.15, arable 0.39, grassland 0.68, forest 0.75 (margin 0.55);
# 5-fold accuracy of a logistic regression on the four band means 0.92 (chance 0.20).
MIN_NDVI_MARGIN = 0.3
ACCURACY_RANGE = (0.6, 0.98)


@pytest.fixture(scope="module")
def frame():
    return land_use_patches.generate()["land_use_patches"]


def _band_means(frame):
    return pd.DataFrame({p: frame[[f"{p}_{i:02d}" for i in range(64)]].mean(axis=1) for p in "bgrn"})


def test_every_class_has_about_100_patches(frame):
    """Are there five classes with 100 patches each, 8 x 8 pixels in four bands?"""
    assert frame["label"].value_counts().to_dict() == {c: 100 for c in land_use_patches.CLASSES}
    assert frame.shape[1] == 2 + 4 * 64


def test_mean_ndvi_separates_vegetation_from_water(frame):
    """Is the lowest vegetation class mean NDVI at least 0.3 above the water mean, and does the rule
    'NDVI > 0.2 is vegetation' sort >= 95 % of the water and vegetation patches correctly?"""
    ndvi = land_use_patches.ndvi(frame)
    means = ndvi.groupby(frame["label"]).mean()
    assert min(means[c] for c in VEGETATION) - means["water"] >= MIN_NDVI_MARGIN, means.to_dict()
    subset = frame["label"].isin(VEGETATION + ("water",))
    correct = (ndvi[subset] > 0.2) == frame.loc[subset, "label"].isin(VEGETATION)
    assert correct.mean() >= 0.95


def test_band_mean_classifier_is_good_but_not_perfect(frame):
    """Does a logistic regression on the four band means beat chance (0.2) clearly, without being perfect
    (5-fold accuracy between 0.6 and 0.98)?"""
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    accuracy = cross_val_score(model, _band_means(frame), frame["label"], cv=5).mean()
    assert ACCURACY_RANGE[0] <= accuracy <= ACCURACY_RANGE[1], accuracy


def test_patches_have_spatial_texture(frame):
    """Is open water smooth while land patches have structure (median within-patch NIR spread at least five
    times larger), and are neighbouring pixels more alike than pixels at opposite edges?"""
    nir = frame[[f"n_{i:02d}" for i in range(64)]].to_numpy(float).reshape(-1, 8, 8)
    spread = pd.Series(nir.reshape(len(frame), -1).std(axis=1)).groupby(frame["label"]).median()
    assert spread.drop("water").min() >= 5 * spread["water"], spread.to_dict()
    near = np.abs(nir[:, :, 1:] - nir[:, :, :-1]).mean()
    far = np.abs(nir[:, :, 7:] - nir[:, :, :1]).mean()
    assert near < far
