"""eelde_solar: three years of synthetic daily weather at Eelde plus a fictional solar park's output.

The columns follow the KNMI daily files of station 280 (Groningen Airport Eelde), but in real units
(°C, mm, hours, m/s, J/cm²) instead of KNMI's 0.1 units. Temperatures follow the Eelde monthly normals
1981-2010 (FACTS.md D3). Radiation follows from day length and sunshine (Angström-Prescott); the park's
daily output follows from radiation, a small temperature loss and noise, plus a few outage days.
"""

import math

import numpy as np
import pandas as pd

NAME = "eelde_solar"
SEED = 280
START, END = "2022-01-01", "2024-12-31"
LATITUDE = 53.13          # Eelde, 53°08'N (FACTS.md D3)
PARK_KWP = 2000           # fictional park: 2 MWp
PERFORMANCE_RATIO = 0.85  # typical share of the sunlight's energy that reaches the grid (assumption)

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Eelde 1981-2010 normals (FACTS.md D3): daily mean, and mean max minus mean min (Dec range assumed 4.8).
_TG_NORMAL = (2.4, 2.4, 5.2, 8.4, 12.3, 14.9, 17.1, 16.9, 13.8, 10.0, 6.0, 2.9)
_TX_NORMAL = (4.7, 5.4, 9.0, 13.4, 17.4, 19.9, 22.2, 22.1, 18.6, 13.9, 8.7, 5.2)
_DAY_RANGE = (5.1, 6.0, 7.6, 10.0, 10.5, 10.4, 10.3, 10.5, 9.3, 7.7, 5.8, 4.8)
# Assumptions (not verified normals): monthly precipitation (sums to the ~808 mm annual norm), share of
# day length with sunshine, and mean wind speed.
_PRECIP_NORMAL = (72, 55, 60, 42, 55, 68, 78, 78, 72, 75, 75, 78)
_SUN_FRACTION = (0.20, 0.27, 0.32, 0.42, 0.44, 0.41, 0.41, 0.40, 0.36, 0.30, 0.22, 0.18)
_WIND_NORMAL = (5.0, 4.8, 4.6, 4.0, 3.7, 3.5, 3.4, 3.4, 3.7, 4.2, 4.6, 4.9)
_WET_DAY_CHANCE = 0.5

_EELDE = ("Climate data for Eelde/Groningen 1981-2010 (Wikipedia-derived, FACTS.md D3), "
          "https://primidi.com/groningen/climate")
_NORMS_2021 = ("OOG TV, '2020: veel warmte, maar normale hoeveelheid neerslag' (FACTS.md D3), "
               "https://www.oogtv.nl/2021/01/2020-veel-warmte-maar-normale-hoeveelheid-neerslag/")

CALIBRATION = (
    [{"name": f"temp_mean_{m}", "target": t, "tolerance": 0.5, "source": _EELDE,
      "note": f"Mean daily temperature in {m.capitalize()}, averaged over the three years (1981-2010 normal)."}
     for m, t in zip(MONTHS, _TG_NORMAL)]
    + [{"name": "temp_mean_year", "target": 9.3, "tolerance": 0.4, "source": _EELDE,
        "note": "Mean daily temperature over all days (1981-2010 normal)."},
       {"name": "temp_max_year", "target": 13.4, "tolerance": 0.6, "source": _EELDE,
        "note": "Mean daily maximum temperature over all days (1981-2010 normal)."},
       {"name": "precipitation_year", "target": 808.0, "tolerance": 100.0, "source": _NORMS_2021,
        "note": "Precipitation per year in mm, mean of the three years (annual norm quoted in 2021; "
                "normal period not stated, Low-Medium confidence)."},
       {"name": "sunshine_year", "target": 1551.0, "tolerance": 120.0, "source": _NORMS_2021,
        "note": "Sunshine hours per year, mean of the three years (annual norm quoted in 2021; Low-Medium "
                "confidence)."}]
)

RESOURCES = {
    "eelde_solar": {
        "title": "Daily weather at Eelde and a fictional solar park's output, 2022-2024 (synthetic)",
        "description": "Synthetic daily weather in the style of KNMI station 280 (Groningen Airport Eelde), "
                       "in real units, calibrated to the Eelde monthly normals, with the daily output of a "
                       "fictional 2 MWp solar park. Synthetisch dagweer in Eelde met de opbrengst van een "
                       "verzonnen zonnepark.",
        "schema": {
            "fields": [
                {"name": "station", "type": "integer", "description": "KNMI station number (280 = Eelde)",
                 "constraints": {"required": True, "enum": [280]}},
                {"name": "date", "type": "date", "description": "Day (local calendar date)",
                 "constraints": {"required": True, "unique": True}},
                {"name": "temp_mean_c", "type": "number", "unit": "°C", "description": "Daily mean temperature",
                 "constraints": {"required": True, "minimum": -25, "maximum": 35}},
                {"name": "temp_min_c", "type": "number", "unit": "°C", "description": "Daily minimum temperature",
                 "constraints": {"required": True, "minimum": -30, "maximum": 30}},
                {"name": "temp_max_c", "type": "number", "unit": "°C", "description": "Daily maximum temperature",
                 "constraints": {"required": True, "minimum": -20, "maximum": 40}},
                {"name": "precipitation_mm", "type": "number", "unit": "mm",
                 "description": "Daily precipitation (0.0 also for a trace under 0.05 mm)",
                 "constraints": {"required": True, "minimum": 0}},
                {"name": "sunshine_h", "type": "number", "unit": "h", "description": "Sunshine duration",
                 "constraints": {"required": True, "minimum": 0, "maximum": 17}},
                {"name": "wind_mean_ms", "type": "number", "unit": "m/s", "description": "Daily mean wind speed",
                 "constraints": {"required": True, "minimum": 0}},
                {"name": "radiation_j_cm2", "type": "integer", "unit": "J/cm²",
                 "description": "Global radiation, daily sum (KNMI column Q)",
                 "constraints": {"required": True, "minimum": 0}},
                {"name": "solar_output_kwh", "type": "integer", "unit": "kWh",
                 "description": "Energy delivered by the fictional 2 MWp solar park that day",
                 "constraints": {"required": True, "minimum": 0}},
            ],
            "primaryKey": ["date"],
            "missingValues": [""],
        },
    },
}


def _daily_from_monthly(values, dates):
    """Values per day, interpolated linearly between mid-month points (the year wraps around)."""
    mid = np.array([15.5 + 30.44 * i for i in range(-1, 13)])
    monthly = np.array([values[-1], *values, values[0]])
    return np.interp(dates.day_of_year.to_numpy(), mid, monthly)


def _astronomy(dates):
    """Day length (h) and extraterrestrial radiation (MJ/m²) per day at Eelde's latitude (FAO-56)."""
    doy = dates.day_of_year.to_numpy()
    phi = math.radians(LATITUDE)
    decl = 0.409 * np.sin(2 * np.pi * doy / 365 - 1.39)
    sunset = np.arccos(-np.tan(phi) * np.tan(decl))
    distance = 1 + 0.033 * np.cos(2 * np.pi * doy / 365)
    extra = (24 * 60 / np.pi) * 0.0820 * distance * (
        sunset * np.sin(phi) * np.sin(decl) + np.cos(phi) * np.cos(decl) * np.sin(sunset))
    return 24 / np.pi * sunset, extra


def _anomaly(rng, months, sd, phi):
    """A red-noise series (today leans on yesterday), centred per calendar month.

    Centring makes the three-year mean of each month equal its normal, so the calibration holds for
    any seed; the years still differ from each other and from the normal.
    """
    n = len(months)
    noise = rng.normal(0.0, sd * math.sqrt(1 - phi * phi), n)
    out = np.empty(n)
    out[0] = rng.normal(0.0, sd)
    for i in range(1, n):
        out[i] = phi * out[i - 1] + noise[i]
    return out - pd.Series(out).groupby(months).transform("mean").to_numpy()


def generate():
    """Return {"eelde_solar": frame}; the same frame on every call."""
    rng = np.random.default_rng(SEED)
    dates = pd.date_range(START, END, freq="D")
    n = len(dates)
    day_length, extra = _astronomy(dates)

    wet = rng.random(n) < _WET_DAY_CHANCE
    wet_mm = _daily_from_monthly(_PRECIP_NORMAL, dates) / (30.44 * _WET_DAY_CHANCE)
    precipitation = np.where(wet, rng.gamma(0.8, wet_mm / 0.8), 0.0)

    sun_mean = _daily_from_monthly(_SUN_FRACTION, dates)
    sun_fraction = rng.beta(1.6 * sun_mean / (1 - sun_mean), 1.6, n) * np.where(wet, 0.6, 1.45)
    sun_fraction = np.clip(sun_fraction, 0.0, 0.95)
    months = dates.month.to_numpy()
    sunshine = sun_fraction * day_length
    radiation = (0.25 + 0.50 * sun_fraction) * extra * 100          # MJ/m² -> J/cm²

    summer = np.sin(2 * np.pi * (dates.day_of_year.to_numpy() - 80) / 365)  # +1 midsummer, -1 midwinter
    sunny = sun_fraction - pd.Series(sun_fraction).groupby(months).transform("mean").to_numpy()
    temp_mean = (_daily_from_monthly(_TG_NORMAL, dates) + _anomaly(rng, months, 2.6, 0.75)
                 + 2.0 * summer * sunny)
    day_range = _daily_from_monthly(_DAY_RANGE, dates) * (0.6 + 1.0 * sun_fraction) + rng.normal(0, 0.8, n)
    day_range = np.clip(day_range, 1.5, None)
    temp_max = temp_mean + 0.5 * day_range + (_daily_from_monthly(_TX_NORMAL, dates)
                                              - _daily_from_monthly(_TG_NORMAL, dates)
                                              - 0.5 * _daily_from_monthly(_DAY_RANGE, dates))
    temp_min = temp_max - day_range
    wind = rng.gamma(6.0, _daily_from_monthly(_WIND_NORMAL, dates) / 6.0) * np.where(wet, 1.15, 0.9)

    radiation_kwh_m2 = radiation / 360.0
    temperature_loss = 1 - 0.004 * np.clip(temp_max - 15, 0, None)
    output = (PARK_KWP * PERFORMANCE_RATIO * radiation_kwh_m2 * temperature_loss
              * rng.normal(1.0, 0.05, n))
    outage = rng.random(n) < 0.006                                   # inverter faults: a few days a year
    output = np.where(outage, output * rng.uniform(0.0, 0.4, n), output)

    frame = pd.DataFrame({
        "station": 280,
        "date": dates.strftime("%Y-%m-%d"),
        "temp_mean_c": temp_mean.round(1),
        "temp_min_c": np.minimum(temp_min, temp_mean - 0.5).round(1),
        "temp_max_c": np.maximum(temp_max, temp_mean + 0.5).round(1),
        "precipitation_mm": precipitation.round(1),
        "sunshine_h": sunshine.round(1),
        "wind_mean_ms": wind.round(1),
        "radiation_j_cm2": np.rint(radiation).astype(int),
        "solar_output_kwh": np.rint(np.clip(output, 0, None)).astype(int),
    })
    return {"eelde_solar": frame}


def measure(frames):
    """The CALIBRATION quantities, measured on the generated days."""
    days = frames["eelde_solar"]
    month = pd.to_datetime(days["date"]).dt.month
    monthly = days.groupby(month)["temp_mean_c"].mean()
    years = pd.to_datetime(days["date"]).dt.year.nunique()
    values = {f"temp_mean_{m}": float(monthly[i + 1]) for i, m in enumerate(MONTHS)}
    values.update({
        "temp_mean_year": float(days["temp_mean_c"].mean()),
        "temp_max_year": float(days["temp_max_c"].mean()),
        "precipitation_year": float(days["precipitation_mm"].sum() / years),
        "sunshine_year": float(days["sunshine_h"].sum() / years),
    })
    return values
