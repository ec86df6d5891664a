"""sme_export: the messy export really is messy, and a correct cleaning gives exactly the clean table.

`clean_export` below is a reference cleaning written independently of the generator: it knows only the
kinds of mess the datasheet lists, not how the generator made them.
"""

import io
import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.datasets

DATA = Path(__file__).resolve().parents[2] / "datasets" / "data"
MISSING = {"", "NA", "n.v.t.", "-", "onbekend"}
YES, NO = {"ja", "j", "yes", "1"}, {"nee", "n", "no", "0"}
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
# Names that no spelling rule repairs: Frisian, old Dutch names, shortened names, typos.
ALIASES = {"ljouwert": "Leeuwarden", "leewarden": "Leeuwarden", "tietjerksteradeel": "Tytsjerksteradiel",
           "tytsjerksteradeel": "Tytsjerksteradiel", "dantumadeel": "Dantumadiel",
           "defriesemeren": "De Fryske Marren", "groningenstad": "Groningen", "groninge": "Groningen",
           "hogeland": "Het Hogeland", "emmem": "Emmen", "asen": "Assen"}


def _key(text):
    """Lower case, no accents, letters only: 'Súdwest Fryslân' -> 'sudwestfryslan'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain.replace("&", "en"))


def _date(text):
    text = text.strip()
    if text.isdigit() and len(text) == 5:
        return date(1899, 12, 30) + timedelta(days=int(text))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    day, month, year = text.split()
    return date(int(year), MONTHS_NL.index(month.lower()) + 1, int(day))


def _amount(text):
    text = text.replace("€", "").replace("EUR", "").strip()
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return round(float(text), 2)


def _weight(text):
    text = text.strip()
    if text in MISSING:
        return None
    grams = text.endswith(" g")
    number = float(text.removesuffix(" kg").removesuffix(" g").replace(",", "."))
    return round(number / 1000 if grams else number, 1)


def _postcode(text):
    text = text.strip().upper().replace(" ", "")
    return None if text in {m.upper() for m in MISSING} else f"{text[:4]} {text[4:]}"


def _paid(text):
    text = text.strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueError(f"not a yes/no value: {text!r}")


def clean_export(messy, official_names):
    """The reference cleaning: messy export (all text) -> one typed row per order, sorted by order_id."""
    by_key = {_key(name): name for name in official_names}
    by_key.update(ALIASES)
    out = pd.DataFrame({
        "order_id": messy["order_id"].str.strip().str.upper(),
        "order_date": [_date(t).isoformat() for t in messy["order_date"]],
        "customer_id": messy["customer_id"].str.strip(),
        "customer_name": messy["customer_name"].str.split().str.join(" "),
        "postcode": [_postcode(t) for t in messy["postcode"]],
        "municipality": [by_key[_key(t)] for t in messy["municipality"]],
        "product": messy["product"].str.strip().str.lower(),
        "weight_kg": [_weight(t) for t in messy["weight"]],
        "amount_eur": [_amount(t) for t in messy["amount"]],
        "paid": [_paid(t) for t in messy["paid"]],
    })
    out = out.drop_duplicates()
    assert out["order_id"].is_unique, "the same order cleaned to two different rows"
    return out.sort_values("order_id").reset_index(drop=True)


@pytest.fixture(scope="module")
def messy():
    return pd.read_csv(DATA / "sme_export_messy.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def clean_text():
    return (DATA / "sme_export_clean.csv").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def official_names():
    """The 40 official municipality names, as the published schema of the clean table lists them."""
    package = json.loads((DATA.parent / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == "sme_export_clean")
    field = next(f for f in resource["schema"]["fields"] if f["name"] == "municipality")
    return set(field["constraints"]["enum"])


def test_reference_cleaning_gives_exactly_the_clean_table(messy, clean_text, official_names):
    """Does the reference cleaning turn the messy export into exactly the clean CSV, byte for byte?"""
    cleaned = clean_export(messy, official_names)
    buffer = io.StringIO()
    pd.read_csv(io.StringIO(cleaned.to_csv(index=False))).to_csv(buffer, index=False, lineterminator="\n")
    assert buffer.getvalue() == clean_text


def test_clean_table_has_one_row_per_order(clean_text):
    """Does the clean table hold each order exactly once, with typed dates, amounts and booleans?"""
    clean = pd.read_csv(io.StringIO(clean_text), parse_dates=["order_date"])
    assert clean["order_id"].is_unique
    assert clean["order_date"].dt.year.eq(2024).all()
    assert clean["paid"].dtype == bool and clean["amount_eur"].dtype.kind == "f"


def test_messy_has_exact_and_near_duplicates(messy, clean_text):
    """Are there both exact duplicate lines and orders exported twice in a different form?"""
    n_orders = len(pd.read_csv(io.StringIO(clean_text)))
    exact = int(messy.duplicated().sum())
    ids = messy["order_id"].str.strip().str.upper()
    near = int(ids.duplicated().sum()) - exact
    assert exact >= 5 and near >= 5
    assert len(messy) == n_orders + exact + near


def test_messy_has_mixed_formats(messy):
    """Does the messy export mix at least five date formats, four amount styles and units in the weights?"""
    date_shapes = {re.sub(r"\d", "9", re.sub(r"[a-z]+", "month", t.lower())) for t in messy["order_date"]}
    assert len({s.replace("99", "9") for s in date_shapes}) >= 5
    amounts = messy["amount"]
    assert amounts.str.startswith("€").any() and amounts.str.startswith("EUR").any()
    assert amounts.str.fullmatch(r"\d+\.\d{2}").any() and amounts.str.contains(r"\d\.\d{3},").any()
    assert messy["weight"].str.endswith(" kg").any() and messy["weight"].str.endswith(" g").any()


def test_messy_has_missing_values_written_in_several_ways(messy):
    """Are missing values written at least four different ways, including ones pandas does not catch?"""
    used = set(messy["weight"]) & MISSING | set(messy["postcode"]) & MISSING
    assert len(used) >= 4
    assert {"n.v.t.", "onbekend"} & used


def test_messy_municipalities_need_a_lookup(messy, official_names):
    """Do some municipality names differ from the official ones, including names only a lookup table fixes?"""
    unofficial = set(messy["municipality"]) - official_names
    assert len(unofficial) >= 10
    assert {_key(name) for name in unofficial} & set(ALIASES)
