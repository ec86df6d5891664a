"""sme_export: a messy order export of a fictional northern wholesaler, and what cleaning should give.

`sme_export_clean` is generated first: one row per order, strictly typed. `sme_export_messy` is made from
it by the kind of damage real exports show: mixed date formats (also Excel day numbers), amounts as text
("€ 1.234,50"), weights with units ("12,5 kg", "12500 g"), variant and misspelt municipality names
(including the old Dutch names of Frisian municipalities), stray spaces, yes/no in five spellings,
missing values written five ways, exact duplicate rows and near duplicates (the same order exported again
in another format). Every variant can be undone without guessing, so a correct cleaning gives exactly
the clean table.
"""

import datetime as dt

import numpy as np
import pandas as pd

from _places import postcodes
from _regions import MUNICIPALITY_NAMES, municipality_weights

NAME = "sme_export"
SEED = 7001
N_ORDERS = 400
N_CUSTOMERS = 60
N_EXACT_DUPLICATES = 12
N_NEAR_DUPLICATES = 14
FIRST_DAY = dt.date(2024, 1, 2)

# product -> price per kg in euros (fictional price list)
PRODUCTS = {"aardappelen": 0.85, "uien": 1.10, "wortelen": 1.25, "boerenkaas jong": 11.50,
            "boerenkaas belegen": 13.90, "roomboter": 8.40, "suikerbieten": 0.06, "appels": 2.10}
_SHOP_WORDS = ("Bakkerij", "Eetcafé", "Hotel", "Kaashandel", "Groentehal", "Zorgboerderij", "Strandpaviljoen",
               "Camping", "Slagerij", "Cateraar", "Versmarkt", "Restaurant")
_NAME_WORDS = ("Noorderzon", "Wadzicht", "De Eikelhof", "Terpstee", "Het Veenhuis", "Zilverreiger",
               "De Brinkhoeve", "Kwelderweg", "Esgoed", "De Skûtsje", "Hunzedal", "Lauwerskant",
               "De Turfsteker", "Zandhorst")
# Other ways of writing a municipality, as people and older systems do (old Dutch names, no accents,
# typos, lower/upper case).
VARIANTS = {
    "Súdwest-Fryslân": ["Sudwest-Fryslan", "Súdwest Fryslân", "sudwest fryslan"],
    "Noardeast-Fryslân": ["Noardeast-Fryslan", "Noardeast Fryslân"],
    "De Fryske Marren": ["De Friese Meren", "de fryske marren"],
    "Tytsjerksteradiel": ["Tietjerksteradeel", "Tytsjerksteradeel"],
    "Dantumadiel": ["Dantumadeel"],
    "Leeuwarden": ["Leewarden", "LEEUWARDEN", "Ljouwert"],
    "Groningen": ["Groningen (stad)", "GRONINGEN", "Groninge"],
    "Midden-Groningen": ["Midden Groningen", "midden-groningen"],
    "Het Hogeland": ["Hogeland", "het hogeland"],
    "Aa en Hunze": ["Aa & Hunze", "aa en hunze"],
    "Borger-Odoorn": ["Borger Odoorn"],
    "Emmen": ["emmen ", "Emmem"],
    "Assen": ["ASSEN", "Asen"],
}
MISSING_SPELLINGS = ("", "NA", "n.v.t.", "-", "onbekend")
_YES = ("ja", "Ja", "J", "yes", "1")
_NO = ("nee", "Nee", "N", "no", "0")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")

CALIBRATION = []  # the mess is designed, not calibrated to a published figure

_STRING = {"type": "string", "constraints": {"required": False}}

RESOURCES = {
    "sme_export_clean": {
        "title": "Order export of a fictional wholesaler, cleaned (synthetic)",
        "description": "What a correct cleaning of sme_export_messy gives: one row per order, typed "
                       "columns. Opgeschoonde versie van de rommelige export.",
        "schema": {
            "fields": [
                {"name": "order_id", "type": "string", "description": "Order number",
                 "constraints": {"required": True, "unique": True, "pattern": "ORD-2024-[0-9]{4}"}},
                {"name": "order_date", "type": "date", "description": "Date of the order",
                 "constraints": {"required": True}},
                {"name": "customer_id", "type": "string", "description": "Customer number",
                 "constraints": {"required": True, "pattern": "K[0-9]{3}"}},
                {"name": "customer_name", "type": "string", "description": "Customer (fictional business)",
                 "constraints": {"required": True}},
                {"name": "postcode", "type": "string", "description": "Delivery postcode, '9711 AB' style",
                 "constraints": {"required": False, "pattern": "[0-9]{4} [A-Z]{2}"}},
                {"name": "municipality", "type": "string", "description": "Delivery municipality (official name)",
                 "constraints": {"required": True, "enum": sorted(MUNICIPALITY_NAMES)}},
                {"name": "product", "type": "string", "description": "Product ordered",
                 "constraints": {"required": True, "enum": sorted(PRODUCTS)}},
                {"name": "weight_kg", "type": "number", "unit": "kg", "description": "Weight delivered",
                 "constraints": {"required": False, "minimum": 0}},
                {"name": "amount_eur", "type": "number", "unit": "EUR", "description": "Invoice amount",
                 "constraints": {"required": True, "minimum": 0}},
                {"name": "paid", "type": "boolean", "trueValues": ["True"], "falseValues": ["False"],
                 "description": "The invoice has been paid", "constraints": {"required": True}},
            ],
            "primaryKey": ["order_id"],
            "missingValues": [""],
        },
    },
    "sme_export_messy": {
        "title": "Order export of a fictional wholesaler, as exported (messy, synthetic)",
        "description": "The same orders as sme_export_clean, as an old order system exports them: mixed "
                       "formats, typos, units in text, duplicates, missing values written in several ways. "
                       "All columns are text on purpose. Rommelige export om op te schonen.",
        "schema": {
            "fields": [dict(_STRING, name=name, description=f"{name} as exported (text, not yet cleaned)")
                       for name in ("order_id", "order_date", "customer_id", "customer_name", "postcode",
                                    "municipality", "product", "weight", "amount", "paid")],
            "missingValues": [],
        },
    },
}


def _customers(rng):
    """Fictional customers: id, name, municipality, postcode (or None when the system has none)."""
    names, weights = municipality_weights()
    seen, rows = set(), []
    while len(rows) < N_CUSTOMERS:
        name = f"{rng.choice(_SHOP_WORDS)} {rng.choice(_NAME_WORDS)}"
        if name in seen:
            continue
        seen.add(name)
        municipality = names[rng.choice(len(names), p=weights)]
        letters = "".join(rng.choice(list("ABCEGHJKLMNPRTVWXZ"), size=2))
        postcode = f"{rng.choice(postcodes(municipality))} {letters}" if rng.random() > 0.08 else None
        rows.append((f"K{len(rows) + 1:03d}", name, municipality, postcode))
    return rows


def _clean(rng):
    customers = _customers(rng)
    days = np.sort(rng.integers(0, 360, N_ORDERS))
    rows = []
    for i, day in enumerate(days):
        customer_id, name, municipality, postcode = customers[rng.integers(N_CUSTOMERS)]
        product = list(PRODUCTS)[rng.integers(len(PRODUCTS))]
        weight = float(np.round(rng.gamma(2.0, 60.0) + 1, 1))
        amount = round(weight * PRODUCTS[product], 2)
        rows.append({
            "order_id": f"ORD-2024-{i + 1:04d}",
            "order_date": (FIRST_DAY + dt.timedelta(days=int(day))).isoformat(),
            "customer_id": customer_id, "customer_name": name, "postcode": postcode,
            "municipality": municipality, "product": product,
            "weight_kg": None if rng.random() < 0.06 else weight,
            "amount_eur": amount, "paid": bool(rng.random() < 0.8),
        })
    return pd.DataFrame(rows)


def _date_text(rng, iso):
    day = dt.date.fromisoformat(iso)
    style = rng.integers(6)
    if style == 0:
        return iso
    if style == 1:
        return day.strftime("%d-%m-%Y")
    if style == 2:
        return f"{day.day}-{day.month}-{day.year}"
    if style == 3:
        return day.strftime("%d/%m/%Y")
    if style == 4:
        return f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}"
    return str((day - dt.date(1899, 12, 30)).days)   # an Excel day number


def _number_nl(value, decimals):
    """1234.5 -> '1.234,50' (Dutch thousands dot and decimal comma)."""
    return f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _amount_text(rng, amount):
    return [f"€ {_number_nl(amount, 2)}", f"{amount:.2f}", f"EUR {amount:.2f}".replace(".", ","),
            _number_nl(amount, 2)][rng.integers(4)]


def _weight_text(rng, weight):
    if pd.isna(weight):
        return str(rng.choice(MISSING_SPELLINGS))
    text = f"{weight:g}"
    return [f"{text} kg", f"{text.replace('.', ',')} kg", f"{round(weight * 1000)} g", text.replace(".", ","),
            text][rng.integers(5)]


def _messy_row(rng, row):
    municipality = row["municipality"]
    if municipality in VARIANTS and rng.random() < 0.5:
        municipality = str(rng.choice(VARIANTS[municipality]))
    postcode = row["postcode"]
    if pd.isna(postcode):
        postcode = str(rng.choice(MISSING_SPELLINGS))
    else:
        postcode = [postcode, postcode.replace(" ", ""), postcode.lower(), f" {postcode}"][rng.integers(4)]
    name = row["customer_name"]
    name = [name, f"{name} ", name.replace(" ", "  ", 1)][rng.integers(3)]
    return {
        "order_id": row["order_id"], "order_date": _date_text(rng, row["order_date"]),
        "customer_id": row["customer_id"], "customer_name": name, "postcode": postcode,
        "municipality": municipality, "product": row["product"] if rng.random() < 0.8 else row["product"].upper(),
        "weight": _weight_text(rng, row["weight_kg"]), "amount": _amount_text(rng, row["amount_eur"]),
        "paid": str(rng.choice(_YES if row["paid"] else _NO)),
    }


def _messy(rng, clean):
    rows = [_messy_row(rng, row) for row in clean.to_dict("records")]
    for i in sorted(rng.choice(len(rows), N_EXACT_DUPLICATES, replace=False), reverse=True):
        rows.insert(i + 1, dict(rows[i]))                      # the same line twice
    for i in rng.choice(len(clean), N_NEAR_DUPLICATES, replace=False):
        again = _messy_row(rng, clean.iloc[i].to_dict())       # exported again, formatted differently
        again["order_id"] = f" {again['order_id'].lower()}"
        rows.append(again)
    return pd.DataFrame(rows)


def generate():
    """Return {"sme_export_clean": frame, "sme_export_messy": frame}; the same on every call."""
    rng = np.random.default_rng(SEED)
    clean = _clean(rng)
    messy = _messy(rng, clean)
    return {"sme_export_clean": clean, "sme_export_messy": messy}


def measure(frames):
    """No calibration targets: the mess is designed (see CALIBRATION)."""
    return {}
