"""sme_survey: a synthetic survey of northern SMEs (10-249 employees) on digitalisation and AI use.

One row per firm. The label `uses_ai` depends on size, sector, digital maturity and cloud use through a
fixed logistic model, calibrated to the CBS AI-monitor 2024 figures (FACTS.md D5). CBS publishes no
regional rates, so the national rates are used for all three provinces. About 22% of firms use AI: a
model that always says "no" is right 78% of the time, which the lessons use to show why plain accuracy
is not enough.
"""

import numpy as np
import pandas as pd

from _regions import CITIES, PROVINCE_OF, PROVINCES, municipality_weights

NAME = "sme_survey"
SEED = 20240101
N_FIRMS = 1200

SECTORS = ("agriculture", "manufacturing", "construction", "trade", "transport", "hospitality", "ict",
           "finance", "business_services", "healthcare")
SIZE_CLASSES = ("10-19", "20-49", "50-99", "100-249")
_SIZE_BOUNDS = {"10-19": (10, 19), "20-49": (20, 49), "50-99": (50, 99), "100-249": (100, 249)}
_SIZE_SHARE = (0.50, 0.30, 0.12, 0.08)

# Share of firms per sector (assumption: a rough northern mix, tilted per place below).
_SECTOR_SHARE = {"agriculture": 0.09, "manufacturing": 0.12, "construction": 0.12, "trade": 0.20,
                 "transport": 0.07, "hospitality": 0.10, "ict": 0.06, "finance": 0.03,
                 "business_services": 0.13, "healthcare": 0.08}
# How much more digital a sector is than average, on the 1-5 maturity scale (assumption).
_SECTOR_MATURITY = {"agriculture": -0.3, "manufacturing": 0.0, "construction": -0.5, "trade": 0.1,
                    "transport": -0.2, "hospitality": -0.5, "ict": 1.2, "finance": 0.9,
                    "business_services": 0.6, "healthcare": 0.1}
# Log-odds of having a webshop per sector (assumption; the webshop is not a cause of AI use).
_SECTOR_WEBSHOP = {"agriculture": -1.5, "manufacturing": -0.8, "construction": -2.0, "trade": 0.6,
                   "transport": -1.8, "hospitality": -0.2, "ict": -0.6, "finance": -1.2,
                   "business_services": -1.4, "healthcare": -1.6}
# Log-odds shifts of AI use, tuned so that the rates match CBS 2024 (see CALIBRATION).
_SECTOR_AI = {"agriculture": -0.3, "manufacturing": 0.0, "construction": -0.9, "trade": 0.0,
              "transport": -0.3, "hospitality": -1.0, "ict": 0.45, "finance": 0.75,
              "business_services": 0.55, "healthcare": 0.0}
_SIZE_AI = (0.0, 0.3, 0.6, 0.9)

_CBS_2024 = ("CBS AI-monitor 2024, as reported by Accountancy van Morgen, 'AI-gebruik bedrijven nam in 2024 "
             "flink toe', https://www.accountancyvanmorgen.nl/2025/02/28/ai-gebruik-bedrijven-nam-in-2024-flink-toe/")
_CBS_2024_TOTAL = ("CBS AI-monitor 2024 via security.nl, https://www.security.nl/posting/877910/ ; " + _CBS_2024)

CALIBRATION = [
    {"name": "ai_share_all", "target": 0.227, "tolerance": 0.03, "source": _CBS_2024_TOTAL,
     "note": "Share of firms with 10+ employees that use at least one AI technology in 2024. CBS includes "
             "firms of 250+, this survey does not, so a value slightly below the target is expected."},
    {"name": "ai_share_size_10_19", "target": 0.178, "tolerance": 0.03, "source": _CBS_2024,
     "note": "Share using AI among firms with 10-19 employees, 2024."},
    {"name": "ai_share_ict", "target": 0.58, "tolerance": 0.08, "source": _CBS_2024,
     "note": "Share using AI in information and communication, 2024 (about 70 firms here, so a wide tolerance)."},
    {"name": "ai_share_business_services", "target": 0.398, "tolerance": 0.08, "source": _CBS_2024,
     "note": "Share using AI in specialist business services, 2024."},
    {"name": "ai_share_finance", "target": 0.374, "tolerance": 0.12, "source": _CBS_2024,
     "note": "Share using AI in financial services, 2024 (only about 35 firms here, so a wide tolerance)."},
]

_BOOL = {"type": "boolean", "trueValues": ["True"], "falseValues": ["False"], "constraints": {"required": True}}

RESOURCES = {
    "sme_survey": {
        "title": "SME survey: digitalisation and AI use in the Northern Netherlands (synthetic)",
        "description": "Synthetic survey of 1,200 firms with 10-249 employees in Groningen, Fryslân and "
                       "Drenthe. AI use (uses_ai) is calibrated to CBS AI-monitor 2024 national rates. "
                       "Synthetische enquête onder mkb-bedrijven in Noord-Nederland.",
        "schema": {
            "fields": [
                {"name": "firm_id", "type": "string", "description": "Firm identifier (fictional), F0001...",
                 "constraints": {"required": True, "unique": True, "pattern": "F[0-9]{4}"}},
                {"name": "province", "type": "string", "description": "Province of the firm's location",
                 "constraints": {"required": True, "enum": list(PROVINCES)}},
                {"name": "municipality", "type": "string",
                 "description": "Municipality (one of the 40 in the three provinces), drawn by relative size",
                 "constraints": {"required": True, "enum": sorted(PROVINCE_OF)}},
                {"name": "sector", "type": "string", "description": "Main economic activity",
                 "constraints": {"required": True, "enum": list(SECTORS)}},
                {"name": "size_class", "type": "string", "description": "Size class by number of employees",
                 "constraints": {"required": True, "enum": list(SIZE_CLASSES)}},
                {"name": "employees", "type": "integer", "description": "Number of persons employed",
                 "unit": "persons", "constraints": {"required": True, "minimum": 10, "maximum": 249}},
                {"name": "digital_maturity", "type": "integer",
                 "description": "Self-assessed digital maturity, 1 (paper-based) to 5 (fully digital)",
                 "constraints": {"required": True, "minimum": 1, "maximum": 5}},
                dict(_BOOL, name="uses_cloud", description="The firm uses paid cloud services"),
                dict(_BOOL, name="has_webshop", description="The firm sells through its own webshop"),
                dict(_BOOL, name="uses_ai", description="The firm uses at least one AI technology (label)"),
            ],
            "primaryKey": ["firm_id"],
            "missingValues": [""],
        },
    },
}


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _draw_sector(rng, municipality):
    """Sector for one firm: more ict and business services in the cities, more farms in Fryslân."""
    weights = dict(_SECTOR_SHARE)
    if municipality in CITIES:
        weights["ict"] *= 2.0
        weights["business_services"] *= 1.5
        weights["agriculture"] *= 0.2
    elif PROVINCE_OF[municipality] == "Fryslân":
        weights["agriculture"] *= 1.6
    p = np.array([weights[s] for s in SECTORS])
    return SECTORS[rng.choice(len(SECTORS), p=p / p.sum())]


def generate():
    """Return {"sme_survey": frame}; the same frame on every call."""
    rng = np.random.default_rng(SEED)
    names, weights = municipality_weights()
    municipality = [names[i] for i in rng.choice(len(names), size=N_FIRMS, p=weights)]
    sector = [_draw_sector(rng, m) for m in municipality]
    size_idx = rng.choice(len(SIZE_CLASSES), size=N_FIRMS, p=_SIZE_SHARE)
    low = np.array([_SIZE_BOUNDS[SIZE_CLASSES[i]][0] for i in size_idx])
    high = np.array([_SIZE_BOUNDS[SIZE_CLASSES[i]][1] for i in size_idx])
    employees = low + np.floor((high - low + 1) * rng.random(N_FIRMS) ** 1.6).astype(int)

    sector_maturity = np.array([_SECTOR_MATURITY[s] for s in sector])
    latent = 2.6 + 0.3 * size_idx + sector_maturity + rng.normal(0.0, 0.8, N_FIRMS)
    maturity = np.clip(np.rint(latent), 1, 5).astype(int)
    uses_cloud = rng.random(N_FIRMS) < _sigmoid(-0.2 + 0.9 * (maturity - 3) + 0.2 * size_idx)
    webshop_logit = np.array([_SECTOR_WEBSHOP[s] for s in sector]) + 0.5 * (maturity - 3)
    has_webshop = rng.random(N_FIRMS) < _sigmoid(webshop_logit)

    ai_logit = (-2.25 + np.array(_SIZE_AI)[size_idx] + np.array([_SECTOR_AI[s] for s in sector])
                + 0.9 * (maturity - 3) + 0.8 * uses_cloud)
    uses_ai = rng.random(N_FIRMS) < _sigmoid(ai_logit)

    frame = pd.DataFrame({
        "firm_id": [f"F{i:04d}" for i in range(1, N_FIRMS + 1)],
        "province": [PROVINCE_OF[m] for m in municipality],
        "municipality": municipality,
        "sector": sector,
        "size_class": [SIZE_CLASSES[i] for i in size_idx],
        "employees": employees,
        "digital_maturity": maturity,
        "uses_cloud": uses_cloud,
        "has_webshop": has_webshop,
        "uses_ai": uses_ai,
    })
    return {"sme_survey": frame}


def measure(frames):
    """The CALIBRATION quantities, measured on the generated survey."""
    survey = frames["sme_survey"]
    by_sector = survey.groupby("sector")["uses_ai"].mean()
    return {
        "ai_share_all": float(survey["uses_ai"].mean()),
        "ai_share_size_10_19": float(survey.loc[survey["size_class"] == "10-19", "uses_ai"].mean()),
        "ai_share_ict": float(by_sector["ict"]),
        "ai_share_business_services": float(by_sector["business_services"]),
        "ai_share_finance": float(by_sector["finance"]),
    }
