"""eelde_solar: the weather follows the Eelde normals and the solar park follows the sunlight."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LinearRegression

pytestmark = pytest.mark.datasets

CSV = Path(__file__).resolve().parents[2] / "datasets" / "data" / "eelde_solar.csv"
# Eelde 1981-2010 monthly mean temperatures, °C (FACTS.md D3).
NORMALS = [2.4, 2.4, 5.2, 8.4, 12.3, 14.9, 17.1, 16.9, 13.8, 10.0, 6.0, 2.9]
TOLERANCE = 0.5


@pytest.fixture(scope="module")
def days():
    return pd.read_csv(CSV, parse_dates=["date"])


def test_every_day_of_three_years_once(days):
    """Is there exactly one row for every day from 2022-01-01 to 2024-12-31, all from station 280?"""
    expected = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    assert list(days["date"]) == list(expected)
    assert (days["station"] == 280).all()


@pytest.mark.parametrize("month", range(1, 13))
def test_monthly_mean_temperature_matches_the_normal(days, month):
    """Is each month's mean temperature over the three years within 0.5 °C of the Eelde 1981-2010 normal?"""
    measured = days.loc[days["date"].dt.month == month, "temp_mean_c"].mean()
    assert abs(measured - NORMALS[month - 1]) <= TOLERANCE


def test_daily_values_are_physically_consistent(days):
    """Are min <= mean <= max, sunshine within the day length, and no negative rain, radiation or output?"""
    assert (days["temp_min_c"] <= days["temp_mean_c"]).all()
    assert (days["temp_mean_c"] <= days["temp_max_c"]).all()
    assert (days["sunshine_h"] <= 17).all()
    for column in ("precipitation_mm", "sunshine_h", "wind_mean_ms", "radiation_j_cm2", "solar_output_kwh"):
        assert (days[column] >= 0).all(), column


def test_summer_gets_more_radiation_than_winter(days):
    """Is mean radiation in June at least four times that of December?"""
    by_month = days.groupby(days["date"].dt.month)["radiation_j_cm2"].mean()
    assert by_month[6] >= 4 * by_month[12]


def test_radiation_explains_solar_output(days):
    """Does a linear regression of output on radiation alone reach R² > 0.8 with a positive slope?"""
    X, y = days[["radiation_j_cm2"]], days["solar_output_kwh"]
    model = LinearRegression().fit(X, y)
    assert model.score(X, y) > 0.8
    assert model.coef_[0] > 0


def test_fault_days_stand_out_as_outliers(days):
    """Are there a few days (1-20) far below the regression line, for the outlier exercise?"""
    X, y = days[["radiation_j_cm2"]], days["solar_output_kwh"]
    residual = y - LinearRegression().fit(X, y).predict(X)
    low = residual < -4 * np.std(residual[residual > np.percentile(residual, 5)])
    assert 1 <= int(low.sum()) <= 20
