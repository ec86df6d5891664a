"""healthcare_appointments: synthetic first outpatient appointments at a fictional northern hospital group.

One row per new patient. The file is made for the lessons on responsible data sharing (FACTS.md B6):
- direct identifiers (`patient_name`, `fake_bsn`) to pseudonymise or remove; every `fake_bsn` FAILS the
  11-proof (elfproef), so it can never be a real citizen service number;
- quasi-identifiers (`postcode`, `age`, `sex`) that make most rows unique, while generalising postcode to
  2 digits and age to 10-year bands puts almost every row in a group of 5 or more (k-anonymity);
- a department x municipality table with small cells, for small-cell suppression;
- a `no_show` label that depends on lead time, distance, reminder and age, for a simple model.

The hospital group "Noorderzorg" is fictional; it has outpatient clinics in Groningen, Leeuwarden, Assen
and Emmen, and each patient goes to the nearest one.
"""

import datetime

import numpy as np
import pandas as pd

from _names import FIRST_F, FIRST_M, SURNAMES
from _places import PLACES, postcodes, road_km
from _regions import PROVINCE_OF, PROVINCES, municipality_weights

NAME = "healthcare_appointments"
SEED = 11_2025
N_PATIENTS = 3000
YEAR = 2025

LOCATIONS = ("Groningen", "Leeuwarden", "Assen", "Emmen")  # clinics of the fictional group
DEPARTMENTS = ("cardiology", "dermatology", "ent", "gynaecology", "internal_medicine", "neurology",
               "ophthalmology", "orthopaedics", "paediatrics", "surgery")
# Base referral weights per department (assumption), adjusted for age and sex in _department().
_DEPT_WEIGHT = {"cardiology": 1.0, "dermatology": 1.0, "ent": 0.9, "gynaecology": 0.9,
                "internal_medicine": 1.2, "neurology": 0.8, "ophthalmology": 1.0, "orthopaedics": 1.2,
                "paediatrics": 0.0, "surgery": 1.1}
# Age profile of new outpatients (assumption): weight per 10-year band 0-9 ... 90-99.
AGE_BAND_WEIGHT = (0.06, 0.06, 0.07, 0.08, 0.09, 0.12, 0.16, 0.18, 0.13, 0.05)
# No-show model (assumption; overall rate about 9 %). Log-odds terms:
NO_SHOW_LOGIT = {"intercept": -2.4, "per_lead_day": 0.03, "per_km": 0.03, "reminder": -1.0,
                 "age_18_34": 0.9, "age_65_plus": -0.4, "dermatology": 0.3}
REMINDER_SHARE = 0.7
LEAD_TIME_MEDIAN_DAYS = 21

_CBS_D1 = ("CBS StatLine 70072ned 'Regionale kerncijfers Nederland', population on 1 January 2024, "
           "https://www.cbs.nl/nl-nl/cijfers/detail/70072ned?q=park%20en%20plantsoen")
_POPULATION_2024 = {"Groningen": 601510, "Fryslân": 661956, "Drenthe": 504116}
CALIBRATION = [
    {"name": f"share_{province.lower().replace('â', 'a')}", "target": round(pop / 1767582, 4),
     "tolerance": 0.03, "source": _CBS_D1,
     "note": f"Share of patients living in {province}, proportional to the province's population "
             "(municipalities drawn by their relative size, FACTS.md D2)."}
    for province, pop in _POPULATION_2024.items()
]

_BOOL = {"type": "boolean", "trueValues": ["True"], "falseValues": ["False"], "constraints": {"required": True}}

RESOURCES = {
    "healthcare_appointments": {
        "title": "Outpatient appointments with identifiers and quasi-identifiers (synthetic)",
        "description": "Synthetic first outpatient appointments in 2025 at the fictional hospital group "
                       "Noorderzorg (Groningen, Leeuwarden, Assen, Emmen). For pseudonymisation, "
                       "k-anonymity and small-cell suppression exercises. fake_bsn never passes the "
                       "11-proof. Synthetische polikliniekafspraken; geen echte patiënten.",
        "schema": {
            "fields": [
                {"name": "appointment_id", "type": "string", "description": "Appointment number (fictional)",
                 "constraints": {"required": True, "unique": True, "pattern": "H[0-9]{5}"}},
                {"name": "fake_bsn", "type": "string",
                 "description": "Direct identifier: 9 digits that look like a BSN but always fail the "
                                "11-proof, so they are never a real citizen service number",
                 "constraints": {"required": True, "unique": True, "pattern": "[1-9][0-9]{8}"}},
                {"name": "patient_name", "type": "string",
                 "description": "Direct identifier: fictional name (common first name + common surname)",
                 "constraints": {"required": True}},
                {"name": "sex", "type": "string", "description": "Quasi-identifier: sex (F or M)",
                 "constraints": {"required": True, "enum": ["F", "M"]}},
                {"name": "age", "type": "integer", "description": "Quasi-identifier: age on the appointment day",
                 "unit": "years", "constraints": {"required": True, "minimum": 0, "maximum": 99}},
                {"name": "postcode", "type": "string",
                 "description": "Quasi-identifier: 4-digit postcode area (PC4); illustrative northern codes "
                                "(77xx-79xx, 83xx-99xx)",
                 "constraints": {"required": True, "pattern": "[0-9]{4}"}},
                {"name": "municipality", "type": "string", "description": "Municipality of the home address",
                 "constraints": {"required": True, "enum": sorted(PROVINCE_OF)}},
                {"name": "province", "type": "string", "description": "Province of the home address",
                 "constraints": {"required": True, "enum": list(PROVINCES)}},
                {"name": "location", "type": "string", "description": "Clinic of the fictional hospital group",
                 "constraints": {"required": True, "enum": list(LOCATIONS)}},
                {"name": "department", "type": "string", "description": "Outpatient department",
                 "constraints": {"required": True, "enum": list(DEPARTMENTS)}},
                {"name": "appointment_date", "type": "date", "description": "Date of the appointment (weekday)",
                 "constraints": {"required": True}},
                {"name": "lead_time_days", "type": "integer",
                 "description": "Days between referral and appointment", "unit": "days",
                 "constraints": {"required": True, "minimum": 1, "maximum": 180}},
                dict(_BOOL, name="reminder_sent", description="A text-message reminder was sent"),
                {"name": "distance_km", "type": "number",
                 "description": "Estimated road distance from home to the clinic", "unit": "km",
                 "constraints": {"required": True, "minimum": 0}},
                dict(_BOOL, name="no_show", description="Label: the patient did not come and did not cancel"),
            ],
            "primaryKey": ["appointment_id"],
            "missingValues": [""],
        },
    },
}


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def fails_11_proof(number):
    """True if a 9-digit string fails the BSN 11-proof: sum(d_i * (9..2)) - d_9 is not divisible by 11."""
    digits = [int(c) for c in number]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1))) - digits[8]
    return total % 11 != 0


def _fake_bsns(rng, n):
    """n distinct 9-digit strings that all fail the 11-proof."""
    found = []
    seen = set()
    while len(found) < n:
        number = f"{rng.integers(100_000_000, 1_000_000_000)}"
        if not fails_11_proof(number):  # a valid one: change the last digit, which makes it invalid
            number = number[:8] + str((int(number[8]) + 1) % 10)
        if number not in seen:
            seen.add(number)
            found.append(number)
    return found


def _department(rng, age, sex):
    if age < 18 and rng.random() < 0.75:
        return "paediatrics"
    w = dict(_DEPT_WEIGHT)
    w["cardiology"] *= 0.2 + age / 40
    w["ophthalmology"] *= 0.4 + age / 50
    w["gynaecology"] *= 0.0 if (sex == "M" or age < 16) else 2.0
    w["neurology"] *= 0.5 + age / 80
    p = np.array([w[d] for d in DEPARTMENTS])
    return DEPARTMENTS[rng.choice(len(DEPARTMENTS), p=p / p.sum())]


def generate():
    """Return {"healthcare_appointments": frame}; the same frame on every call."""
    rng = np.random.default_rng(SEED)
    n = N_PATIENTS
    names, weights = municipality_weights()
    municipality = [names[i] for i in rng.choice(len(names), size=n, p=weights)]
    postcode = [rng.choice(postcodes(m)) for m in municipality]
    sex = np.where(rng.random(n) < 0.53, "F", "M")
    band = rng.choice(10, size=n, p=np.array(AGE_BAND_WEIGHT) / sum(AGE_BAND_WEIGHT))
    age = 10 * band + rng.integers(0, 10, n)
    department = [_department(rng, a, s) for a, s in zip(age, sex)]

    location, distance = [], []
    for m in municipality:
        _town, lat, lon, _ranges = PLACES[m]
        km = {loc: road_km(lat, lon, PLACES[loc][1], PLACES[loc][2]) for loc in LOCATIONS}
        nearest = min(km, key=km.get)
        location.append(nearest)
        distance.append(max(0.8, km[nearest] + abs(rng.normal(0.0, 4.0))))
    distance = np.round(np.array(distance), 1)

    days = pd.bdate_range(datetime.date(YEAR, 1, 2), datetime.date(YEAR, 12, 31))
    appointment_date = days[rng.integers(0, len(days), n)].date
    lead = np.clip(np.round(LEAD_TIME_MEDIAN_DAYS * np.exp(rng.normal(0.0, 0.7, n))), 1, 180).astype(int)
    reminder = rng.random(n) < REMINDER_SHARE

    c = NO_SHOW_LOGIT
    logit = (c["intercept"] + c["per_lead_day"] * (lead - LEAD_TIME_MEDIAN_DAYS) + c["per_km"] * (distance - 15)
             + c["reminder"] * reminder + c["age_18_34"] * ((age >= 18) & (age < 35))
             + c["age_65_plus"] * (age >= 65) + c["dermatology"] * (np.array(department) == "dermatology"))
    no_show = rng.random(n) < _sigmoid(logit)

    first = np.where(sex == "F", rng.choice(FIRST_F, n), rng.choice(FIRST_M, n))
    patient_name = [f"{a} {b}" for a, b in zip(first, rng.choice(SURNAMES, n))]

    frame = pd.DataFrame({
        "appointment_id": [f"H{i:05d}" for i in range(1, n + 1)],
        "fake_bsn": _fake_bsns(rng, n),
        "patient_name": patient_name,
        "sex": sex,
        "age": age.astype(int),
        "postcode": postcode,
        "municipality": municipality,
        "province": [PROVINCE_OF[m] for m in municipality],
        "location": location,
        "department": department,
        "appointment_date": appointment_date,
        "lead_time_days": lead,
        "reminder_sent": reminder,
        "distance_km": distance,
        "no_show": no_show,
    })
    frame = frame.sort_values(["appointment_date", "appointment_id"], kind="stable").reset_index(drop=True)
    frame["appointment_id"] = [f"H{i:05d}" for i in range(1, n + 1)]
    return {"healthcare_appointments": frame}


def measure(frames):
    """The CALIBRATION quantities: the share of patients per province."""
    shares = frames["healthcare_appointments"]["province"].value_counts(normalize=True)
    return {entry["name"]: float(shares[province])
            for entry, province in zip(CALIBRATION, _POPULATION_2024)}
