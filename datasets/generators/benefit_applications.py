"""benefit_applications: synthetic applications for a fictional household allowance, for the ethics module.

One row per application. The ground truth `error_in_application` depends only on things that are
distributed the same way in both nationality groups (a change of income during the year, the number of
children), so the true error rate is the same for "dutch" and "non_dutch" applicants. The historical
label `flagged_for_review` comes from a biased past process: like the risk classification model in the
childcare benefits scandal (FACTS.md C1, B7), it treated non-Dutch nationality and a low income as risk
factors. Nationality is also tied to proxies: correspondence language, postcode area (some areas have
more non-Dutch residents), income and years at the address. A model trained on the historical label,
even without the nationality column, learns the bias back from these proxies.
"""

import numpy as np
import pandas as pd

from _places import postcodes
from _regions import CITIES, PROVINCE_OF, PROVINCES, municipality_weights

NAME = "benefit_applications"
SEED = 20201217  # the day "Ongekend onrecht" was presented (FACTS.md C1)
N_APPLICATIONS = 2000

# Teaching assumptions (no real figures): the non-Dutch share of applicants, higher in the four cities.
NON_DUTCH_SHARE_CITY = 0.30
NON_DUTCH_SHARE_ELSEWHERE = 0.16
# Residential concentration: in each municipality a quarter of the postcode areas is where non-Dutch
# applicants are this many times more likely to live than Dutch applicants.
CONCENTRATION_FACTOR = 6.0
# Correspondence language: "en" is the strongest proxy; "fy" (Frisian) is chosen by some in Fryslân.
ENGLISH_SHARE = {"dutch": 0.02, "non_dutch": 0.40}
FRISIAN_SHARE_FRYSLAN_DUTCH = 0.06
# Median gross monthly household income in euros for a one-adult household (assumption).
INCOME_MEDIAN = {"dutch": 2550.0, "non_dutch": 2050.0}
INCOME_SIGMA = 0.35
COUPLE_INCOME_FACTOR = 1.45
YEARS_AT_ADDRESS_MEAN = {"dutch": 9.0, "non_dutch": 4.0}
HOUSEHOLD_TYPES = ("single", "single_parent", "couple", "couple_with_children")
HOUSEHOLD_SHARE = (0.30, 0.20, 0.20, 0.30)  # the same for both groups
INCOME_CHANGED_SHARE = 0.25  # the same for both groups

# Ground truth: log-odds of an error in the application (independent of nationality by design).
ERROR_LOGIT = {"intercept": -2.55, "income_changed": 1.3, "per_child": 0.15}
# The biased historical process (FACTS.md C1: nationality and low income were risk factors).
LOW_INCOME_EUR = 2000
FLAG_LOGIT = {"intercept": -1.75, "non_dutch": 1.7, "low_income": 1.0, "income_changed": 0.8, "error": 0.6}

_CBS_D1 = ("CBS StatLine 70072ned 'Regionale kerncijfers Nederland', population on 1 January 2024, "
           "https://www.cbs.nl/nl-nl/cijfers/detail/70072ned?q=park%20en%20plantsoen")
_POPULATION_2024 = {"Groningen": 601510, "Fryslân": 661956, "Drenthe": 504116}
CALIBRATION = [
    {"name": f"share_{province.lower().replace('â', 'a')}", "target": round(pop / 1767582, 4),
     "tolerance": 0.03, "source": _CBS_D1,
     "note": f"Share of applications from {province}, proportional to the province's population "
             "(municipalities drawn by their relative size, FACTS.md D2)."}
    for province, pop in _POPULATION_2024.items()
]

_BOOL = {"type": "boolean", "trueValues": ["True"], "falseValues": ["False"], "constraints": {"required": True}}

RESOURCES = {
    "benefit_applications": {
        "title": "Benefit applications with a biased historical review label (synthetic)",
        "description": "Synthetic applications for a fictional household allowance in Groningen, Fryslân and "
                       "Drenthe. flagged_for_review was produced by a biased past process that used "
                       "nationality and low income as risk factors; error_in_application is the honest "
                       "ground truth and does not depend on nationality. Synthetische aanvragen voor een "
                       "verzonnen toeslag, voor de module data-ethiek.",
        "schema": {
            "fields": [
                {"name": "application_id", "type": "string", "description": "Application number (fictional)",
                 "constraints": {"required": True, "unique": True, "pattern": "A[0-9]{5}"}},
                {"name": "province", "type": "string", "description": "Province of the applicant's address",
                 "constraints": {"required": True, "enum": list(PROVINCES)}},
                {"name": "municipality", "type": "string", "description": "Municipality of the address",
                 "constraints": {"required": True, "enum": sorted(PROVINCE_OF)}},
                {"name": "postcode_area", "type": "string",
                 "description": "4-digit postcode area (PC4) of the address; illustrative northern codes",
                 "constraints": {"required": True, "pattern": "[0-9]{4}"}},
                {"name": "nationality_group", "type": "string",
                 "description": "Protected attribute: 'dutch' or 'non_dutch' nationality. Not a condition "
                                "for the allowance (legal residence is)",
                 "constraints": {"required": True, "enum": ["dutch", "non_dutch"]}},
                {"name": "correspondence_language", "type": "string",
                 "description": "Language chosen for letters: nl (Dutch), fy (Frisian), en (English)",
                 "constraints": {"required": True, "enum": ["nl", "fy", "en"]}},
                {"name": "household_type", "type": "string", "description": "Composition of the household",
                 "constraints": {"required": True, "enum": list(HOUSEHOLD_TYPES)}},
                {"name": "n_children", "type": "integer", "description": "Children living in the household",
                 "unit": "children", "constraints": {"required": True, "minimum": 0, "maximum": 5}},
                {"name": "monthly_income_eur", "type": "integer",
                 "description": "Gross monthly household income, rounded to 10 euros", "unit": "EUR/month",
                 "constraints": {"required": True, "minimum": 0}},
                {"name": "years_at_address", "type": "integer", "description": "Years at the current address",
                 "unit": "years", "constraints": {"required": True, "minimum": 0, "maximum": 50}},
                dict(_BOOL, name="income_changed",
                     description="The household income changed during the year (a legitimate risk of error)"),
                dict(_BOOL, name="error_in_application",
                     description="Ground truth: the application really contained an error. Same rate in "
                                 "both nationality groups by construction"),
                dict(_BOOL, name="flagged_for_review",
                     description="Historical label: flagged by the past (biased) process. Do not treat "
                                 "it as the truth"),
            ],
            "primaryKey": ["application_id"],
            "missingValues": [""],
        },
    },
}


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _postcode_areas(rng, municipality):
    """A handful of PC4 areas per municipality (more for larger places), a quarter marked as concentration."""
    codes = postcodes(municipality)
    names, weights = municipality_weights()
    share = weights[names.index(municipality)]
    k = int(np.clip(round(share * 60), 2, 8))
    chosen = sorted(rng.choice(codes, size=min(k, len(codes)), replace=False).tolist())
    n_conc = max(1, round(len(chosen) / 4))
    return chosen, set(chosen[:n_conc]) if len(chosen) > 1 else set()


def generate():
    """Return {"benefit_applications": frame}; the same frame on every call."""
    rng = np.random.default_rng(SEED)
    n = N_APPLICATIONS
    names, weights = municipality_weights()
    areas = {m: _postcode_areas(rng, m) for m in names}
    municipality = [names[i] for i in rng.choice(len(names), size=n, p=weights)]
    province = [PROVINCE_OF[m] for m in municipality]

    p_non_dutch = np.where(np.isin(municipality, CITIES), NON_DUTCH_SHARE_CITY, NON_DUTCH_SHARE_ELSEWHERE)
    non_dutch = rng.random(n) < p_non_dutch
    group = np.where(non_dutch, "non_dutch", "dutch")

    postcode = []
    for m, nd in zip(municipality, non_dutch):
        codes, conc = areas[m]
        w = np.array([CONCENTRATION_FACTOR if (nd and c in conc) else 1.0 for c in codes])
        postcode.append(codes[rng.choice(len(codes), p=w / w.sum())])

    u = rng.random(n)
    p_en = np.where(non_dutch, ENGLISH_SHARE["non_dutch"], ENGLISH_SHARE["dutch"])
    p_fy = np.where(~non_dutch & (np.array(province) == "Fryslân"), FRISIAN_SHARE_FRYSLAN_DUTCH, 0.0)
    language = np.where(u < p_en, "en", np.where(u < p_en + p_fy, "fy", "nl"))

    household = np.array(HOUSEHOLD_TYPES)[rng.choice(len(HOUSEHOLD_TYPES), size=n, p=HOUSEHOLD_SHARE)]
    with_children = np.isin(household, ["single_parent", "couple_with_children"])
    n_children = np.where(with_children, 1 + np.minimum(rng.poisson(0.9, n), 4), 0)

    median = np.where(non_dutch, INCOME_MEDIAN["non_dutch"], INCOME_MEDIAN["dutch"])
    couple = np.isin(household, ["couple", "couple_with_children"])
    income = median * np.where(couple, COUPLE_INCOME_FACTOR, 1.0) * np.exp(rng.normal(0.0, INCOME_SIGMA, n))
    income = (np.round(income / 10) * 10).astype(int)
    mean_years = np.where(non_dutch, YEARS_AT_ADDRESS_MEAN["non_dutch"], YEARS_AT_ADDRESS_MEAN["dutch"])
    years = np.clip(np.floor(rng.exponential(mean_years)), 0, 50).astype(int)
    income_changed = rng.random(n) < INCOME_CHANGED_SHARE

    e = ERROR_LOGIT
    error = rng.random(n) < _sigmoid(e["intercept"] + e["income_changed"] * income_changed
                                     + e["per_child"] * n_children)
    f = FLAG_LOGIT
    flag_logit = (f["intercept"] + f["non_dutch"] * non_dutch + f["low_income"] * (income < LOW_INCOME_EUR)
                  + f["income_changed"] * income_changed + f["error"] * error)
    flagged = rng.random(n) < _sigmoid(flag_logit)

    frame = pd.DataFrame({
        "application_id": [f"A{i:05d}" for i in range(1, n + 1)],
        "province": province,
        "municipality": municipality,
        "postcode_area": postcode,
        "nationality_group": group,
        "correspondence_language": language,
        "household_type": household,
        "n_children": n_children.astype(int),
        "monthly_income_eur": income,
        "years_at_address": years,
        "income_changed": income_changed,
        "error_in_application": error,
        "flagged_for_review": flagged,
    })
    return {"benefit_applications": frame}


def measure(frames):
    """The CALIBRATION quantities: the share of applications per province."""
    shares = frames["benefit_applications"]["province"].value_counts(normalize=True)
    return {entry["name"]: float(shares[province])
            for entry, province in zip(CALIBRATION, _POPULATION_2024)}
