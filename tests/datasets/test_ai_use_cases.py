"""ai_use_cases: the risk-tier catalogue is complete, bilingual and internally consistent."""

import re
from pathlib import Path

import pandas as pd
import pytest

pytestmark = pytest.mark.datasets

CSV = Path(__file__).resolve().parents[2] / "datasets" / "data" / "ai_use_cases.csv"
TIERS = {"prohibited", "high", "limited", "minimal"}
# Which legal reference belongs to which tier.
REFERENCE_PATTERN = {
    "prohibited": r"Art\. 5\(1\)\(([a-h])\)",
    "high": r"Annex III ([1-8])(?:\(([a-d])\))?",
    "limited": r"Art\. 50\(([1-4])\)",
    "minimal": r"none",
}


@pytest.fixture(scope="module")
def cases():
    return pd.read_csv(CSV, keep_default_na=False)


def _dutch_citation(reference):
    """'Art. 5(1)(c)' -> 'art. 5 lid 1 onder c'; 'Annex III 5(a)' -> 'bijlage III punt 5a'; 'Art. 50(1)' ->
    'art. 50 lid 1'; the way the Dutch reasons cite."""
    if m := re.fullmatch(r"Art\. 5\(1\)\(([a-h])\)", reference):
        return f"art. 5 lid 1 onder {m.group(1)}"
    if m := re.fullmatch(r"Annex III ([1-8])(?:\(([a-d])\))?", reference):
        return f"bijlage III punt {m.group(1)}{m.group(2) or ''}"
    if m := re.fullmatch(r"Art\. 50\(([1-4])\)", reference):
        return f"art. 50 lid {m.group(1)}"
    return None


def test_size_and_every_tier_present(cases):
    """Are there 40-80 cases, with every risk tier present at least five times?"""
    assert 40 <= len(cases) <= 80
    counts = cases["risk_tier"].value_counts()
    assert set(counts.index) == TIERS
    assert counts.min() >= 5


def test_every_row_has_both_languages(cases):
    """Does every case have a Dutch and an English title, description and reason, and do they differ?"""
    for column in ("title", "description", "reason"):
        nl, en = cases[f"{column}_nl"].str.strip(), cases[f"{column}_en"].str.strip()
        assert (nl.str.len() >= 3).all() and (en.str.len() >= 3).all(), column
        assert (nl != en).all(), f"{column}: a Dutch text equals its English text"
    assert cases["title_nl"].is_unique and cases["title_en"].is_unique


def test_reference_matches_tier(cases):
    """Does each tier rest on the right kind of rule: Art. 5 (prohibited), Annex III (high), Art. 50
    (limited), none (minimal)?"""
    for tier, reference in zip(cases["risk_tier"], cases["legal_reference"]):
        assert re.fullmatch(REFERENCE_PATTERN[tier], reference), (tier, reference)


def test_reasons_cite_the_reference_in_both_languages(cases):
    """Does each English reason name its legal reference, and each Dutch reason the Dutch form of it?"""
    for row in cases.itertuples():
        if row.legal_reference == "none":
            assert "minimal" in row.reason_en.lower() and "minimaal" in row.reason_nl.lower()
            continue
        assert row.legal_reference in row.reason_en, row.case_id
        assert _dutch_citation(row.legal_reference) in row.reason_nl, row.case_id


def test_reason_names_the_tier(cases):
    """Does each reason start with its tier in words, so feedback can quote it?"""
    words_en = {"prohibited": "Prohibited", "high": "High risk", "limited": "Limited risk", "minimal": "Minimal risk"}
    words_nl = {"prohibited": "Verboden", "high": "Hoog risico", "limited": "Beperkt risico",
                "minimal": "Minimaal risico"}
    for row in cases.itertuples():
        assert row.reason_en.startswith(words_en[row.risk_tier]), row.case_id
        assert row.reason_nl.startswith(words_nl[row.risk_tier]), row.case_id


def test_all_article5_practices_and_annex3_areas_covered(cases):
    """Does the catalogue cover every Art. 5 practice (a-h) and every Annex III area (1-8)?"""
    letters = cases["legal_reference"].str.extract(r"Art\. 5\(1\)\(([a-h])\)")[0].dropna()
    areas = cases["legal_reference"].str.extract(r"Annex III ([1-8])")[0].dropna()
    assert set(letters) == set("abcdefgh")
    assert set(areas) == set("12345678")


def test_regional_cases_in_every_province(cases):
    """Are at least five cases set in each of Groningen, Fryslân and Drenthe, including the Dutch
    public-sector benefits case?"""
    counts = cases["region"].value_counts()
    for province in ("Groningen", "Fryslân", "Drenthe"):
        assert counts.get(province, 0) >= 5, province
    benefits = cases[cases["legal_reference"] == "Annex III 5(a)"]
    assert benefits["reason_en"].str.contains("childcare benefits").any()
